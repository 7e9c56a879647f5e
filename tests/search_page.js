// Runs the shipped search.js on a built site's search page in node, loading index
// shards the way a browser does: each <script> the page adds is read from disk and run
// (a tick later, as a browser would). Used by tests/search.rs and by hand for sizes and
// timings at national scale.
//
//   node tests/search_page.js OUT '[{"open":"光伏"},{"type":"易地搬迁"},{"more":1}]'
//
// Steps: open (a fresh page, with ?q= when not empty), type (one input event per
// character, as a reader types), compose (["guangfu", "光伏"]: an input method's
// letters, then the characters it gives), submit (the form, with this text in the box), more
// (the "more" button). After every event the page settles (no script pending) and one
// record is printed: the query, the scripts loaded since the last record with their
// bytes, the heading, the result links, whether "more" is there, the element with the
// keyboard focus (a link's address), the milliseconds.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [out, stepsJson] = process.argv.slice(2);
const steps = JSON.parse(stepsJson);
const dir = path.join(out, "search");
const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");

class El {
  constructor(tag) {
    this.tagName = tag;
    this.children = [];
    this.listeners = {};
    this.dataset = {};
    this.hidden = false;
    this.text = "";
    this.className = "";
  }
  appendChild(c) {
    this.children.push(c);
    if (this.onAppend) this.onAppend(c);
    return c;
  }
  set textContent(t) {
    this.text = t;
    this.children = [];
  }
  get textContent() {
    return this.text + this.children.map((c) => c.textContent).join("");
  }
  get firstChild() {
    return this.children[0] || null;
  }
  focus() {
    focused = this;
  }
  addEventListener(type, f) {
    (this.listeners[type] = this.listeners[type] || []).push(f);
  }
  fire(type, e) {
    (this.listeners[type] || []).forEach((f) => f(e || {}));
  }
  find(pred, acc = []) {
    if (pred(this)) acc.push(this);
    this.children.forEach((c) => c.find(pred, acc));
    return acc;
  }
}

// The results box's data attributes, as the built page has them.
function dataset() {
  const div = html.match(/<div id="search-results"[^>]*>/)[0];
  const d = {};
  for (const m of div.matchAll(/data-([a-z-]+)="([^"]*)"/g)) {
    d[m[1].replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = m[2]
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&");
  }
  return d;
}

let page, pending, loaded, focused;

function open(q) {
  pending = 0;
  loaded = [];
  focused = null;
  const head = new El("head");
  const box = new El("div");
  box.dataset = dataset();
  box.hidden = true;
  const input = new El("input");
  input.value = "";
  const form = new El("form");
  input.form = form;
  const all = new El("section");
  const ids = { "search-results": box, "search-q": input, "search-all": all };
  const ctx = {
    URLSearchParams,
    console,
    location: { search: q ? "?q=" + encodeURIComponent(q) : "" },
    document: {
      head,
      getElementById: (id) => ids[id] || null,
      createElement: (tag) => new El(tag),
    },
  };
  ctx.window = ctx;
  vm.createContext(ctx);
  head.onAppend = (s) => {
    pending++;
    setImmediate(() => {
      const file = path.join(dir, s.src);
      pending--;
      if (fs.existsSync(file)) {
        const text = fs.readFileSync(file, "utf8");
        loaded.push([s.src, Buffer.byteLength(text)]);
        vm.runInContext(text, ctx);
        s.onload();
      } else {
        loaded.push([s.src, -1]);
        s.onerror();
      }
    });
  };
  for (const src of ["index.js", "../static/search.js"]) {
    const text = fs.readFileSync(path.join(dir, src), "utf8");
    loaded.push([src, Buffer.byteLength(text)]);
    vm.runInContext(text, ctx);
  }
  page = { box, input, form, all };
}

async function settle() {
  for (;;) {
    await new Promise((r) => setImmediate(r));
    if (pending === 0) {
      await new Promise((r) => setImmediate(r));
      if (pending === 0) return;
    }
  }
}

const records = [];
function record(q, t0) {
  const { box, all } = page;
  const heading = box.children.find((c) => c.tagName === "h2");
  records.push({
    q,
    loaded,
    heading: box.hidden || !heading ? null : heading.textContent,
    results: box.hidden ? [] : box.find((e) => e.tagName === "a").map((a) => a.href),
    more: !box.hidden && box.find((e) => e.tagName === "button").length > 0,
    all_hidden: all.hidden,
    focused: focused ? focused.href || focused.tagName : null,
    ms: Number((performance.now() - t0).toFixed(2)),
  });
  loaded = [];
}

(async () => {
  for (const step of steps) {
    if ("open" in step) {
      const t0 = performance.now();
      open(step.open);
      await settle();
      record(step.open, t0);
    } else if ("compose" in step) {
      // An input method: pinyin letters while composing, then the chosen characters.
      for (const c of Array.from(step.compose[0])) {
        page.input.value += c;
        page.input.fire("input", { isComposing: true });
      }
      page.input.value = page.input.value.slice(0, -step.compose[0].length) + step.compose[1];
      const t0 = performance.now();
      page.input.fire("input", { isComposing: true });
      page.input.fire("compositionend");
      await settle();
      record(page.input.value, t0);
    } else if ("type" in step) {
      for (const c of Array.from(step.type)) {
        page.input.value += c;
        const t0 = performance.now();
        page.input.fire("input");
        await settle();
        record(page.input.value, t0);
      }
    } else if ("submit" in step) {
      page.input.value = step.submit;
      let prevented = false;
      const t0 = performance.now();
      page.form.fire("submit", { preventDefault: () => (prevented = true) });
      await settle();
      record(step.submit, t0);
      records[records.length - 1].prevented = prevented;
    } else if ("more" in step) {
      const t0 = performance.now();
      page.box.find((e) => e.tagName === "button")[0].fire("click");
      await settle();
      record(page.input.value, t0);
    }
  }
  process.stdout.write(JSON.stringify(records) + "\n");
})();

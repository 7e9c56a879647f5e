// Measures a built page the way a reader's Chromium shows it, for tests/elder_mode.rs:
// loaded by a wrapper page that opens the site in an iframe (file://, with
// --allow-file-access-from-files), presses the header's switch, follows links and writes
// what it measured as JSON into <pre id="result">. The wrapper sets STEPS before this.
"use strict";

function rgba(s) {
  var m = /rgba?\(([^)]+)\)/.exec(s || "");
  if (!m) return null;
  var p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
}
function lum(c) {
  function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
  return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
}
function over(fg, bg) {
  return { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a), a: 1 };
}
function ratio(a, b) {
  var x = lum(a), y = lum(b);
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

// The colour under a point: the topmost painted background (HTML) or filled shape (SVG)
// below the text itself.
function backgroundAt(doc, win, x, y, self) {
  var stack = doc.elementsFromPoint(x, y);
  for (var i = 0; i < stack.length; i++) {
    var el = stack[i], cs = win.getComputedStyle(el), c = null;
    if (el === self || el.closest("text")) continue;
    if (el instanceof win.SVGElement) {
      if (/^(rect|path|circle|polygon|ellipse)$/.test(el.tagName) && cs.fill !== "none") c = rgba(cs.fill);
      if (c) c.a *= Number(cs.fillOpacity) * Number(cs.opacity);
    } else {
      c = rgba(cs.backgroundColor);
    }
    if (c && c.a > 0) {
      c = c.a < 1 ? over(c, { r: 255, g: 255, b: 255, a: 1 }) : c;
      c.on = el.tagName + (el.getAttribute("class") ? "." + el.getAttribute("class") : "");
      return c;
    }
  }
  return { r: 255, g: 255, b: 255, a: 1, on: "nothing" };
}

// Every visible piece of text with its contrast against what is behind it.
function contrasts(doc, win) {
  var out = [], walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (var n = walker.nextNode(); n; n = walker.nextNode()) {
    var text = n.nodeValue.trim(), el = n.parentElement;
    if (!text || !el || el.closest("title, desc, script, style")) continue;
    // Not shown: a closed <details>' content keeps boxes in Chromium but is not painted.
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    var range = doc.createRange();
    range.selectNodeContents(n);
    if (!range.getClientRects().length) continue;
    el.scrollIntoView({ block: "center", inline: "center" });
    // Chromium places a range in SVG text wrongly; the text element's own box is right.
    var svgText = el.closest("text");
    var r = svgText ? svgText.getBoundingClientRect() : range.getClientRects()[0];
    if (r.width < 2 || r.height < 2 || r.right < 0 || r.bottom < 0) continue;
    var fg = rgba(svgText ? win.getComputedStyle(svgText).fill : win.getComputedStyle(el).color);
    if (!fg) continue;
    var bg = backgroundAt(doc, win, r.left + r.width / 2, r.top + r.height / 2, svgText);
    out.push({ text: text.slice(0, 24), in: el.tagName + "." + (el.getAttribute("class") || ""), ratio: Math.round(ratio(over(fg, bg), bg) * 100) / 100, on: bg.on, at: [Math.round(r.left), Math.round(r.top)] });
  }
  win.scrollTo(0, 0);
  return out;
}

// The smallest line-height to font-size of the page's running text.
function lineSpacing(doc, win) {
  var min = 99, where = "";
  doc.querySelectorAll("body, p, li, td, th, dd, figcaption, .figure-label, .figure-note, .figure-source").forEach(function (el) {
    if (!el.getClientRects().length || !el.textContent.trim()) return;
    var cs = win.getComputedStyle(el), lh = parseFloat(cs.lineHeight) / parseFloat(cs.fontSize);
    if (lh < min) { min = lh; where = el.tagName + "." + el.className; }
  });
  return { min: Math.round(min * 100) / 100, where: where };
}

// Side by side: two figure cards, or the masthead's title and menu, on one line.
function columns(doc) {
  var cards = Array.prototype.map.call(doc.querySelectorAll(".figure-card"), function (c) { return c.getBoundingClientRect(); });
  var lefts = {};
  cards.forEach(function (r) { lefts[Math.round(r.left)] = true; });
  var brand = doc.querySelector(".brand"), nav = doc.querySelector(".nav");
  var stacked = !brand || !nav || nav.getBoundingClientRect().top >= brand.getBoundingClientRect().bottom - 1;
  return { cards: cards.length, card_columns: Object.keys(lefts).length, nav_below_title: stacked };
}

// Tables whose content is wider than the box showing them (their <details> open).
function cutTables(doc) {
  var cut = [];
  doc.querySelectorAll("table").forEach(function (t) {
    var box = t.closest(".table-scroll") || t;
    if (box.scrollWidth > box.clientWidth + 1) cut.push((t.caption ? t.caption.textContent : "table").slice(0, 30) + ": " + box.scrollWidth + " > " + box.clientWidth);
  });
  return cut;
}

// Chart labels: their size on screen, and labels that overlap or leave their chart.
function charts(doc) {
  var smallest = 99, problems = [];
  doc.querySelectorAll(".chart-svg svg").forEach(function (svg) {
    var box = svg.getBoundingClientRect(), scale = box.width / svg.viewBox.baseVal.width, rects = [];
    svg.querySelectorAll("text").forEach(function (t) {
      var s = t.textContent.trim();
      if (!s) return;
      smallest = Math.min(smallest, parseFloat(t.getAttribute("font-size") || 16) * scale);
      var r = t.getBoundingClientRect();
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push("clipped: " + s);
      rects.push({ s: s, r: r });
    });
    for (var i = 0; i < rects.length; i++) for (var j = i + 1; j < rects.length; j++) {
      var a = rects[i].r, b = rects[j].r;
      var w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0 && h > 0 && w * h > 0.2 * Math.min(a.width * a.height, b.width * b.height)) problems.push("overlap: " + rects[i].s + " / " + rects[j].s);
    }
  });
  return { smallest_label_px: Math.round(smallest * 10) / 10, problems: problems };
}

function state(doc, win) {
  var button = doc.querySelector(".elder-switch"), zoom = doc.querySelector(".elder-zoom");
  return {
    page: win.location.pathname.split("/").slice(-3).join("/"),
    search: win.location.search,
    elder: doc.documentElement.classList.contains("xk-elder"),
    pressed: button.getAttribute("aria-pressed"),
    button_shown: button.getClientRects().length > 0,
    zoom_note_shown: zoom.getClientRects().length > 0,
    body_font_px: parseFloat(win.getComputedStyle(doc.body).fontSize),
    // Charts' data tables: how many are open, of how many.
    chart_tables: [doc.querySelectorAll("details.chart-data[open]").length, doc.querySelectorAll("details.chart-data").length],
  };
}

function measure(doc, win) {
  // Charts' data tables are measured open, as a reader opens them.
  var closed = doc.querySelectorAll("details.chart-data:not([open])");
  closed.forEach(function (d) { d.open = true; });
  var s = state(doc, win), cs = contrasts(doc, win);
  s.line_spacing = lineSpacing(doc, win);
  s.texts = cs.length;
  s.low_contrast = cs.filter(function (c) { return c.ratio < 4.5; }).slice(0, 10);
  s.columns = columns(doc);
  s.cut_tables = cutTables(doc);
  closed.forEach(function (d) { d.open = false; });
  s.charts = charts(doc);
  s.min_contrast = cs.reduce(function (m, c) { return Math.min(m, c.ratio); }, 99);
  return s;
}

// Runs STEPS in the iframe #f, one per page load: "measure", "state", "switch" (press the
// switch), "follow:SELECTOR" (click the first link it matches; the next step runs on
// the page it opens).
(function () {
  var frame = document.getElementById("f"), results = [], i = 0;
  function finish() {
    var pre = document.createElement("pre");
    pre.id = "result";
    pre.textContent = JSON.stringify(results);
    document.body.appendChild(pre);
  }
  function run() {
    var doc = frame.contentDocument, win = frame.contentWindow;
    try {
      while (i < STEPS.length) {
        var step = STEPS[i++];
        if (step === "measure") results.push(measure(doc, win));
        else if (step === "state") results.push(state(doc, win));
        else if (step === "switch") doc.querySelector(".elder-switch").click();
        else if (step.indexOf("follow:") === 0) {
          var a = doc.querySelector(step.slice(7));
          a.click();
          results.push({ followed: a.getAttribute("href") });
          return; // the next steps run when the page it opens has loaded
        }
      }
    } catch (e) {
      results.push({ error: String(e && e.stack || e) });
    }
    finish();
  }
  frame.onload = run;
})();

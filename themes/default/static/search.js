/* xiaokang search, loaded by the search page alone.
   search/index.js sets window.XIAOKANG_SEARCH = {terms: T, pages: P, per: K, t: {}, d: {}}.
   The rest of the index is in shards, loaded as <script> elements (fetch() is refused
   from file://) only when a query needs them:
   - terms/<n>.js sets t[n] = {key: postings}: a query term's key is the term itself, in
     shard fnv1a(key) % T; postings are base-32 numbers (page distance, weight, ...).
   - pages/<n>.js sets d[n] = [[title, url, kind, region, summary], ...] for pages
     n*K ... n*K+K-1, loaded only for the results shown.
   Terms are CJK character bigrams and Latin words, as in src/render/search/. */
(function () {
  "use strict";
  var index = window.XIAOKANG_SEARCH;
  var box = document.getElementById("search-results");
  var input = document.getElementById("search-q");
  if (!index || !box || !input) return;
  var SHOWN = 10; // results shown at once; "more" shows the next as many

  function isCjk(c) {
    var n = c.codePointAt(0);
    return (n >= 0x3400 && n <= 0x4dbf) || (n >= 0x4e00 && n <= 0x9fff) ||
      (n >= 0xf900 && n <= 0xfaff) || (n >= 0x20000 && n <= 0x2fa1f);
  }

  // Query terms. A bigram or a number of 2+ digits is looked up as it is; a lone
  // character or another word finds every term holding it or beginning with it: the
  // index stores those merged under the term itself (src/render/search/shards.rs).
  function terms(q) {
    var out = [], run = [], word = "";
    function flushRun() {
      if (run.length === 1) out.push(run[0]);
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    }
    function flushWord() {
      if (word.length > 0) out.push(word);
      word = "";
    }
    Array.from(q).forEach(function (c) {
      if (isCjk(c)) { flushWord(); run.push(c); }
      else if (/[\p{L}\p{N}]/u.test(c)) {
        flushRun();
        if (word && /\p{N}/u.test(word.slice(-1)) !== /\p{N}/u.test(c)) flushWord();
        word += c.toLowerCase();
      }
      else { flushRun(); flushWord(); }
    });
    flushRun(); flushWord();
    return out;
  }

  // The term shard of a key: FNV-1a over UTF-16 units, as shards.rs computes it.
  function shardOf(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % index.terms;
  }

  // Loads shard n of "t" (terms) or "d" (pages) once; calls done when it is there (or
  // failed: a missing shard finds nothing rather than blocking the page).
  var waiting = { t: {}, d: {} };
  function load(kind, n, done) {
    if (index[kind][n] || waiting[kind][n] === true) return done();
    if (waiting[kind][n]) return waiting[kind][n].push(done);
    waiting[kind][n] = [done];
    var s = document.createElement("script");
    s.src = (kind === "t" ? "terms/" : "pages/") + n + ".js";
    s.onload = s.onerror = function () {
      var calls = waiting[kind][n];
      waiting[kind][n] = true;
      calls.forEach(function (f) { f(); });
    };
    document.head.appendChild(s);
  }

  // Calls done once every shard of `list` ([kind, n] pairs) is loaded.
  function loadAll(list, done) {
    var left = list.length + 1;
    function one() { if (--left === 0) done(); }
    list.forEach(function (x) { load(x[0], x[1], one); });
    one();
  }

  var LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef", MORE = "ghijklmnopqrstuvwxyz0123456789-_";
  var digit = {};
  for (var i = 0; i < 32; i++) { digit[LAST[i]] = [i, true]; digit[MORE[i]] = [i, false]; }

  // Postings of a term: page → weight.
  function postings(term) {
    var shard = index.t[shardOf(term)] || {}, s = shard[term] || "", found = {};
    var v = 0, page = 0, second = false;
    for (var i = 0; i < s.length; i++) {
      var d = digit[s[i]];
      v = v * 32 + d[0];
      if (!d[1]) continue;
      if (second) found[page] = v;
      else page += v;
      second = !second;
      v = 0;
    }
    return found;
  }

  // Pages matching q, best first: the ranking of the one-file index, unchanged.
  function search(ts) {
    if (!ts.length) return [];
    var hits = {}, score = {};
    ts.forEach(function (t) {
      var p = postings(t);
      Object.keys(p).forEach(function (d) {
        hits[d] = (hits[d] || 0) + 1;
        score[d] = (score[d] || 0) + p[d];
      });
    });
    // Two terms or fewer must all match; longer queries most of theirs, so 易地搬迁
    // (易地 地搬 搬迁) finds 易地扶贫搬迁.
    var need = ts.length <= 2 ? ts.length : Math.ceil(ts.length * 0.6);
    return Object.keys(hits)
      .filter(function (d) { return hits[d] >= need; })
      .map(function (d) { return [Number(d), score[d] + 100 * hits[d]]; })
      .sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
      .map(function (x) { return x[0]; });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // Page shards holding the display records of `pages`.
  function pageShards(pages) {
    var seen = {}, out = [];
    pages.forEach(function (d) {
      var n = Math.floor(d / index.per);
      if (!seen[n]) { seen[n] = true; out.push(["d", n]); }
    });
    return out;
  }

  function item(d) {
    var doc = (index.d[Math.floor(d / index.per)] || [])[d % index.per];
    var li = el("li");
    if (!doc) return li;
    var a = el("a", "story-title", doc[0]);
    a.href = box.dataset.root + doc[1];
    li.appendChild(a);
    var kind = doc[2] === "region" ? box.dataset.kindRegion : box.dataset.kindStory;
    li.appendChild(el("span", "story-meta", kind + (doc[3] ? " · " + doc[3] : "")));
    if (doc[4]) li.appendChild(el("p", "story-summary", doc[4]));
    return li;
  }

  // The query shown last: an answer for an older one (its shards came late) is dropped.
  var current = null;

  function render(q, found, count) {
    if (q !== current) return;
    var shown = found.slice(0, count);
    loadAll(pageShards(shown), function () {
      if (q !== current) return;
      box.textContent = "";
      box.appendChild(el("h2", null, found.length ? box.dataset.results.replace("{n}", found.length) : box.dataset.none));
      var ul = el("ul", "stories"), first = null;
      shown.forEach(function (d, i) {
        var li = ul.appendChild(item(d));
        if (i === count - SHOWN && i > 0) first = li.firstChild;
      });
      box.appendChild(ul);
      if (found.length > count) {
        var more = el("button", "search-more", box.dataset.more);
        more.type = "button";
        more.addEventListener("click", function () { render(q, found, count + SHOWN); });
        box.appendChild(more);
      }
      box.hidden = false;
      var all = document.getElementById("search-all");
      if (all) all.hidden = true;
      // After "more", the keyboard goes on from the first new result, not the top.
      if (first) first.focus();
    });
  }

  function show(q) {
    if (q === current) return;
    current = q;
    var ts = terms(q);
    if (!ts.length) {
      box.hidden = true;
      var all = document.getElementById("search-all");
      if (all) all.hidden = false;
      return;
    }
    loadAll(ts.map(function (t) { return ["t", shardOf(t)]; }), function () {
      if (q === current) render(q, search(ts), SHOWN);
    });
  }

  // Results follow the typing; the form's submit (Enter) searches without reloading.
  // While an input method composes (pinyin letters before the characters are chosen)
  // nothing is searched: the characters come at compositionend.
  input.addEventListener("input", function (e) { if (!e.isComposing) show(input.value); });
  input.addEventListener("compositionend", function () { show(input.value); });
  var form = input.form;
  if (form) {
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      show(input.value);
    });
  }

  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
    show(q);
  }
})();

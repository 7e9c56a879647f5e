/* xiaokang search: the only script of the site, loaded by the search page alone.
   The index (search/index.js) sets window.XIAOKANG_SEARCH = {d: [[title, url, kind,
   region, summary], ...], g: {term: [doc, weight, doc, weight, ...]}}. Terms are CJK
   character bigrams and Latin words, as in src/render/search.rs. */
(function () {
  "use strict";
  var index = window.XIAOKANG_SEARCH;
  var box = document.getElementById("search-results");
  var input = document.getElementById("search-q");
  if (!index || !box || !input) return;

  function isCjk(c) {
    var n = c.codePointAt(0);
    return (n >= 0x3400 && n <= 0x4dbf) || (n >= 0x4e00 && n <= 0x9fff) ||
      (n >= 0xf900 && n <= 0xfaff) || (n >= 0x20000 && n <= 0x2fa1f);
  }

  // Query terms: [term, exact] pairs; a lone character or short word matches by prefix.
  function terms(q) {
    var out = [], run = [], word = "";
    function flushRun() {
      if (run.length === 1) out.push([run[0], false]);
      for (var i = 0; i + 1 < run.length; i++) out.push([run[i] + run[i + 1], true]);
      run = [];
    }
    function flushWord() {
      if (word.length > 0) out.push([word, word.length >= 2 && /^[0-9]+$/.test(word)]);
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

  // Postings of a term: doc → weight (prefix terms add up the postings of every match).
  function postings(term) {
    var found = {};
    function add(list) {
      for (var i = 0; i + 1 < list.length; i += 2) {
        found[list[i]] = Math.max(found[list[i]] || 0, list[i + 1]);
      }
    }
    if (term[1]) {
      if (index.g[term[0]]) add(index.g[term[0]]);
    } else {
      Object.keys(index.g).forEach(function (k) {
        if (k.indexOf(term[0]) === 0 || (isCjk(term[0]) && k.indexOf(term[0]) >= 0)) add(index.g[k]);
      });
    }
    return found;
  }

  function search(q) {
    var ts = terms(q);
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

  function show(q) {
    var found = search(q);
    box.textContent = "";
    var head = el("h2", null, found.length ? box.dataset.results.replace("{n}", found.length) : box.dataset.none);
    box.appendChild(head);
    var ul = el("ul", "stories");
    found.forEach(function (d) {
      var doc = index.d[d];
      var li = el("li");
      var a = el("a", "story-title", doc[0]);
      a.href = box.dataset.root + doc[1];
      li.appendChild(a);
      var kind = doc[2] === "region" ? box.dataset.kindRegion : box.dataset.kindStory;
      li.appendChild(el("span", "story-meta", kind + (doc[3] ? " · " + doc[3] : "")));
      if (doc[4]) li.appendChild(el("p", "story-summary", doc[4]));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.hidden = false;
    var all = document.getElementById("search-all");
    if (all) all.hidden = true;
  }

  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
    show(q);
  }
})();

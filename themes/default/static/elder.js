// 长者模式 (elder-friendly mode): the header's switch, remembered across pages.
// Loaded in <head> without defer, so the mode's class is on <html> before the first
// paint and a page never flashes small. Without JavaScript the page reads as it is and
// the header says how to zoom (the switch's <details>).
//
// The state is kept in localStorage and, while the mode is on, in the address
// (?elder=1) carried on the site's own links: where storage is per file or refused
// (some browsers on file://, private windows) the next page still knows.
(function () {
  "use strict";
  var KEY = "xiaokang-elder";
  var html = document.documentElement;

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function store(v) {
    try { localStorage.setItem(KEY, v); } catch (e) { /* refused: the address keeps it */ }
  }

  // The address wins (a link followed in the mode), then storage, then the page's own
  // class (a site whose template turns the mode on by default).
  var m = /[?&]elder=([01])(?=&|#|$)/.exec(location.search);
  var saved = stored();
  var on = m ? m[1] === "1" : saved ? saved === "1" : html.classList.contains("xk-elder");
  if (m) store(m[1]);
  html.classList.add("xk-js");
  html.classList.toggle("xk-elder", on);

  // `url` with ?elder=1 when `value`, without the parameter when not; the fragment kept.
  function withMode(url, value) {
    var hash = "", i = url.indexOf("#");
    if (i >= 0) { hash = url.slice(i); url = url.slice(0, i); }
    var q = url.indexOf("?"), path = q >= 0 ? url.slice(0, q) : url;
    var params = (q >= 0 ? url.slice(q + 1).split("&") : []).filter(function (p) {
      return p && p.split("=")[0] !== "elder";
    });
    if (value) params.push("elder=1");
    return path + (params.length ? "?" + params.join("&") : "") + hash;
  }

  // A link to one of the site's pages: relative, and to a page rather than a file to download.
  function isPage(a) {
    var href = a.getAttribute("href");
    if (!href || a.hasAttribute("download") || /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) return false;
    var path = href.split(/[?#]/)[0];
    return path === "" || /(\.html|\/)$/.test(path);
  }

  // In the mode a phone shows charts at their drawn size, scrolling sideways in their
  // box, and a story's wide table may scroll too; keyboard readers reach such a box.
  function scrollersFocusable() {
    document.querySelectorAll(".chart-svg, .prose table").forEach(function (box) {
      if (on && box.scrollWidth > box.clientWidth + 1) box.setAttribute("tabindex", "0");
      else if (!on) box.removeAttribute("tabindex");
    });
  }

  // On a phone, the mode shows a wide table's rows as blocks, each figure under its
  // column's name (elder.css reads data-label).
  function labelCells() {
    document.querySelectorAll(".table-scroll table").forEach(function (table) {
      var heads = table.querySelectorAll("thead th");
      table.querySelectorAll("tbody tr").forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (cell, i) {
          if (i > 0 && heads[i] && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", heads[i].textContent);
        });
      });
    });
  }

  // In the mode each chart's figures are shown open in its table too: large type that
  // never scrolls sideways, where a phone shows the drawing's labels at its drawn size.
  // Turned off, the tables the mode opened close again; one the reader opened stays.
  function openTables() {
    document.querySelectorAll("details.chart-data").forEach(function (d) {
      if (on && !d.open) { d.open = true; d.setAttribute("data-elder-opened", ""); }
      else if (!on && d.hasAttribute("data-elder-opened")) { d.open = false; d.removeAttribute("data-elder-opened"); }
    });
  }

  function set(value, button) {
    on = value;
    store(on ? "1" : "0");
    html.classList.toggle("xk-elder", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
    openTables();
    scrollersFocusable();
    try { history.replaceState(history.state, "", withMode(location.href, on)); } catch (e) { /* file:// may refuse */ }
  }

  document.addEventListener("DOMContentLoaded", function () {
    labelCells();
    openTables();
    scrollersFocusable();
    var button = document.querySelector(".elder-switch");
    if (!button) return;
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.addEventListener("click", function () { set(!on, button); });
  });

  // Links and forms are followed with the state in the address. Done at the moment of
  // following, so links added later (search results) carry it too, and a link copied
  // from a page in the normal mode stays clean.
  document.addEventListener("click", function (e) {
    var a = on && e.target.closest ? e.target.closest("a[href]") : null;
    if (a && isPage(a)) a.setAttribute("href", withMode(a.getAttribute("href"), true));
  }, true);
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!on || (form.method || "get").toLowerCase() !== "get" || form.querySelector("input[name=elder]")) return;
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = "elder";
    input.value = "1";
    form.appendChild(input);
  }, true);
})();

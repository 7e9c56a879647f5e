// The 公众号 article page's button: puts the article on the clipboard as HTML (what the
// editor keeps) and as plain text. navigator.clipboard.write where the browser has it
// (a secure context: https, localhost or file://), else a `copy` event filled by hand,
// which older browsers support. Images get absolute addresses, which the editor may
// fetch; otherwise the clerk uploads the listed images.
(function () {
  "use strict";
  function payload(el) {
    var copy = el.cloneNode(true);
    var imgs = copy.querySelectorAll("img");
    for (var i = 0; i < imgs.length; i++) imgs[i].setAttribute("src", imgs[i].src);
    return { html: copy.innerHTML, text: el.innerText };
  }
  function byEvent(p) {
    var done = false;
    function fill(e) {
      e.clipboardData.setData("text/html", p.html);
      e.clipboardData.setData("text/plain", p.text);
      e.preventDefault();
      done = true;
    }
    document.addEventListener("copy", fill);
    try { document.execCommand("copy"); } catch (e) { /* reported below */ }
    document.removeEventListener("copy", fill);
    return done;
  }
  function say(button, ok) {
    var status = document.querySelector(".wechat-status");
    if (status) status.textContent = button.getAttribute(ok ? "data-copied" : "data-failed");
  }
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("[data-wechat-copy]") : null;
    if (!button) return;
    var el = document.getElementById(button.getAttribute("data-wechat-copy"));
    if (!el) return;
    var p = payload(el);
    if (navigator.clipboard && navigator.clipboard.write && window.ClipboardItem) {
      var item = new ClipboardItem({
        "text/html": new Blob([p.html], { type: "text/html" }),
        "text/plain": new Blob([p.text], { type: "text/plain" })
      });
      navigator.clipboard.write([item]).then(function () { say(button, true); }, function () {
        say(button, byEvent(p));
      });
    } else {
      say(button, byEvent(p));
    }
  });
})();

// Presses a 公众号 article page's 复制到公众号 button and pastes what it put on the
// clipboard into a contenteditable, for tests/wechat.rs. The wrapper opens the page in
// an iframe (file://, --allow-file-access-from-files) and runs this when it has loaded.
//
// Headless Chromium has no system clipboard a test can read, and the button's click is
// no user gesture: so navigator.clipboard.write is replaced by a recorder before the
// click (the page calls it with a ClipboardItem, whose text/html blob is what a reader's
// browser would put on the clipboard), and a `copy` listener records what the page's
// fallback (a `copy` event filled by hand) would. Pasting into a contenteditable is
// execCommand("insertHTML"): the editing path a real paste takes in Chromium, with its
// clean-up of the pasted markup.
//
// With MODE "no clipboard API" (set by the wrapper) the page has no
// navigator.clipboard.write, as older browsers: it falls back to execCommand("copy"),
// which headless Chromium refuses without a user's gesture, and the probe reports what
// the page then says.
"use strict";

function done(x) {
  var pre = document.createElement("pre");
  pre.id = "result";
  pre.textContent = JSON.stringify(x);
  document.body.appendChild(pre);
}

// What a reader sees in order: headings, bold, tables (with their cell count) and images.
function shape(root) {
  var seq = [];
  var els = root.querySelectorAll("h2, h3, strong, table, img");
  for (var i = 0; i < els.length; i++) {
    var e = els[i], tag = e.tagName.toLowerCase();
    if (tag === "img") seq.push("img " + e.getAttribute("src").split("/").pop());
    else if (tag === "table") seq.push("table " + e.querySelectorAll("td, th").length);
    else seq.push(tag + " " + e.textContent.trim());
  }
  return seq;
}

var frame = document.getElementById("f");
frame.addEventListener("load", function () {
  var w = frame.contentWindow, d = frame.contentDocument;
  var got = { via: "nothing", html: null };
  if (MODE === "no clipboard API" && w.navigator.clipboard) {
    w.navigator.clipboard.write = undefined;
  } else if (w.navigator.clipboard) {
    w.navigator.clipboard.write = function (items) {
      got.via = "navigator.clipboard.write";
      return items[0].getType("text/html")
        .then(function (b) { return b.text(); })
        .then(function (t) { got.html = t; });
    };
  }
  w.addEventListener("copy", function (e) {
    got.via = "copy event";
    got.html = e.clipboardData.getData("text/html");
  });
  var button = d.querySelector("[data-wechat-copy]");
  if (!button) return done({ error: "no copy button" });
  button.click();
  var tries = 0;
  (function wait() {
    if (got.html === null && tries++ < 50) return setTimeout(wait, 20);
    var status = d.querySelector(".wechat-status").textContent;
    if (got.html === null && MODE === "no clipboard API") return done({ via: got.via, status: status });
    if (got.html === null) return done({ error: "nothing was copied" });
    var editor = document.createElement("div");
    editor.contentEditable = "true";
    document.body.appendChild(editor);
    editor.focus();
    document.execCommand("insertHTML", false, got.html);
    var copied = new DOMParser().parseFromString(got.html, "text/html").body;
    var preview = d.getElementById("wechat-article");
    done({
      via: got.via,
      status: status,
      preview: shape(preview),
      copied: shape(copied),
      pasted: shape(editor),
      preview_text: preview.innerText,
      pasted_text: editor.innerText,
      pasted_styles: editor.querySelectorAll("[style]").length,
      image_srcs: Array.prototype.map.call(editor.querySelectorAll("img"), function (i) { return i.src; })
    });
  })();
});

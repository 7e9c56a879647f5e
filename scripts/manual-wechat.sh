#!/usr/bin/env bash
# The manual's 公众号 screenshots (docs/manual-wechat-*.png) from the example site: the
# article page on a phone, the article pasted into a contenteditable at 375 px (the
# button's clipboard, as tests/wechat_probe.js captures it), and the cover beside the
# thumbnail. Needs chromium and python3 with Pillow (PNGs are quantized to stay small).
#
#   scripts/manual-wechat.sh [STORY]     default: kangle/zijin-fuwu
set -euo pipefail
cd "$(dirname "$0")/.."
story=${1:-kangle/zijin-fuwu}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo run --quiet -- build --root . --out "$work/site" >/dev/null
page="$work/site/wechat/$story/index.html"
shot() { # URL WIDTH HEIGHT OUT
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --allow-file-access-from-files --virtual-time-budget=5000 --hide-scrollbars \
    --user-data-dir="$work/profile" --screenshot="$4" --window-size="$2,$3" "$1" 2>/dev/null
}
shot "file://$page" 375 900 "$work/page.png"
cat >"$work/paste.html" <<HTML
<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #fff } #ed { padding: 16px }
iframe { position: absolute; left: -2000px; width: 375px; height: 600px }
</style></head><body><div id="ed" contenteditable="true"></div>
<iframe id="f" src="file://$page"></iframe>
<script>
var f = document.getElementById("f");
f.addEventListener("load", function () {
  var w = f.contentWindow, html = null;
  w.navigator.clipboard.write = function (items) {
    return items[0].getType("text/html").then(function (b) { return b.text(); }).then(function (t) { html = t; });
  };
  f.contentDocument.querySelector("[data-wechat-copy]").click();
  (function wait() {
    if (html === null) return setTimeout(wait, 20);
    document.getElementById("ed").focus();
    document.execCommand("insertHTML", false, html);
    f.remove();
  })();
});
</script></body></html>
HTML
shot "file://$work/paste.html" 375 1100 "$work/pasted.png"
python3 - "$work" "$work/site/wechat/$story" <<'PY'
import sys
from PIL import Image
work, folder = sys.argv[1], sys.argv[2]
def save(im, name):
    im.convert("RGB").quantize(colors=64).save("docs/" + name, optimize=True)
save(Image.open(work + "/page.png"), "manual-wechat-page.png")
save(Image.open(work + "/pasted.png"), "manual-wechat-pasted.png")
cover, thumb = Image.open(folder + "/cover.png"), Image.open(folder + "/thumb.png")
both = Image.new("RGB", (cover.width + 24 + thumb.width, cover.height), "white")
both.paste(cover, (0, 0))
both.paste(thumb, (cover.width + 24, (cover.height - thumb.height) // 2))
save(both.resize((both.width * 2 // 3, both.height * 2 // 3), Image.LANCZOS), "manual-wechat-cover.png")
PY
ls -l docs/manual-wechat-*.png

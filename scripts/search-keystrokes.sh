#!/usr/bin/env bash
# Search timing in a real browser: opens a built site's search page from file:// in
# headless Chromium, types each word key by key (an input event per character) and
# prints, per keystroke, the milliseconds until the results were drawn. Pass 0 loads
# the index shards as it goes; pass 1 types the same again with them loaded.
#
#   scripts/search-keystrokes.sh OUT [WORD ...]      default: 易地搬迁 光伏 扶贫产业
#
# A probe page is written beside OUT/search/index.html for the run and removed after.
set -euo pipefail
out=$(cd "$1" && pwd)
shift
words=("$@")
[ ${#words[@]} -gt 0 ] || words=(易地搬迁 光伏 扶贫产业)
probe=$out/search/.keystrokes.html
profile=$(mktemp -d)
trap 'rm -rf "$probe" "$profile"' EXIT
list=$(printf '"%s",' "${words[@]}")
script="<script>
(async function () {
  var input = document.getElementById('search-q'), box = document.getElementById('search-results');
  var log = [];
  // Resolves when the results are drawn: search.js redraws the box once per query.
  function key(v) {
    return new Promise(function (done) {
      var t0 = performance.now();
      var mo = new MutationObserver(function () {
        mo.disconnect();
        log.push(v + ' ' + (performance.now() - t0).toFixed(1) + ' ms');
        done();
      });
      mo.observe(box, { childList: true });
      input.value = v;
      input.dispatchEvent(new Event('input'));
    });
  }
  for (var pass = 0; pass < 2; pass++) {
    log.push('pass ' + pass);
    for (var w of [${list%,}]) {
      var cs = Array.from(w);
      for (var i = 1; i <= cs.length; i++) await key(cs.slice(0, i).join(''));
      input.value = '';
      input.dispatchEvent(new Event('input'));
    }
  }
  var pre = document.createElement('pre');
  pre.id = 'keystrokes';
  pre.textContent = log.join('\n');
  document.body.appendChild(pre);
})();
</script></body>"
sed "s#</body>#$(printf '%s' "$script" | sed 's/[&#\\]/\\&/g' | tr '\n' '\r')#" \
  "$out/search/index.html" | tr '\r' '\n' >"$probe"
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
  --timeout=20000 --dump-dom "file://$probe" 2>/dev/null |
  sed -n '/<pre id="keystrokes">/,/<\/pre>/p' | sed 's/<[^>]*>//g'

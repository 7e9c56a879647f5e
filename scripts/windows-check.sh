#!/usr/bin/env bash
# Checks the Windows download under wine, headless (console programs need no X):
#
#   a. xiaokang.exe builds the repository's example site byte-identical (diff -r) to the
#      Linux build of the same site;
#   b. the zip, unpacked into a fresh folder: its 示例站点 builds (identical too), and
#      `xiaokang.exe new 我的站点` then `xiaokang.exe build --root 我的站点` work;
#      Run with no arguments, as a double-click does, it previews 示例站点 in the browser
#      and prints what to do next in Chinese; the zip carries the licences.
#   c. Windows habits: a region.yaml saved by Notepad with a BOM builds; an error in a
#      region.yaml names the file as Windows users write it (content\regions\...) and
#      prints Chinese correctly, also through wine's console (WriteConsoleW); `serve
#      --open` starts the default browser (wine hands it to xdg-open, faked here).
#
# Builds both downloads first with scripts/dist.sh. Installs what is missing: wine (apt's
# wine and wine64), MinGW-w64 (apt's gcc-mingw-w64-x86-64) and the Rust target (rustup);
# apt needs root. Exits non-zero on any failure.
#
# wine 8 lacks bcryptprimitives.dll, which Rust's standard library imports (ProcessPrng);
# real Windows 10 and later have it. A shim DLL forwarding ProcessPrng to advapi32's
# SystemFunction036 (RtlGenRandom) is built here and put beside xiaokang.exe for the test
# only: it is not in the zip.
#
# Environment: CARGO_TARGET_DIR and DIST_WINDOWS_TARGET_DIR as for scripts/dist.sh;
# KEEP=1 keeps the scratch folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
# wine reads the command line and writes the console in the locale's encoding.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
# The 简报's fonts by role come from the system's fonts when it has them, and Linux and
# wine have different ones: both builds here use only the site's fonts/ and the built-in
# fonts (wine passes the variable on to xiaokang.exe), so their PDFs can be compared.
export XIAOKANG_SYSTEM_FONTS=0

fail() {
  echo "windows-check: FAILED: $*" >&2
  exit 1
}
step() { echo "windows-check: $*"; }

apt_install() {
  [ "$(id -u)" = 0 ] || fail "missing $*; install it with: sudo apt-get install $*"
  if [ -z "${XIAOKANG_APT_UPDATED:-}" ]; then
    apt-get update -qq
    export XIAOKANG_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! command -v wine >/dev/null 2>&1 || ! command -v wineboot >/dev/null 2>&1 ||
  ! { [ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null 2>&1; }; then
  step "installing wine"
  apt_install wine wine64
fi
command -v script >/dev/null 2>&1 || apt_install bsdutils
command -v curl >/dev/null 2>&1 || apt_install curl

start=$(date +%s)
scripts/dist.sh
build_s=$(($(date +%s) - start))

version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"]=="xiaokang"))')
linux_bin="$repo/${CARGO_TARGET_DIR:-target}/release/xiaokang"
case "${CARGO_TARGET_DIR:-}" in /*) linux_bin="$CARGO_TARGET_DIR/release/xiaokang" ;; esac
zip="$repo/dist/xiaokang-$version-windows-x86_64.zip"
[ -x "$linux_bin" ] || fail "no Linux binary at $linux_bin"
[ -f "$zip" ] || fail "no $zip"

work=$(mktemp -d "${TMPDIR:-/tmp}/xiaokang-wine.XXXXXX")
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEARCH=win64
# No Mono or Gecko install prompts while the prefix is made.
export WINEDLLOVERRIDES="mscoree=;mshtml="
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  if [ "${KEEP:-}" = 1 ]; then echo "windows-check: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
cd "$work"

step "building the ProcessPrng shim"
cat >shim.c <<'EOF'
/* bcryptprimitives.dll for wine 8, which lacks it: ProcessPrng via RtlGenRandom. */
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
EOF
x86_64-w64-mingw32-gcc -shared -O2 -s -o bcryptprimitives.dll shim.c -ladvapi32

step "unpacking $(basename "$zip")"
mkdir unzipped
python3 -m zipfile -e "$zip" unzipped
pkg="unzipped/xiaokang-$version-windows-x86_64"
[ -f "$pkg/xiaokang.exe" ] || fail "the zip has no xiaokang-$version-windows-x86_64/xiaokang.exe"
[ ! -e "$pkg/bcryptprimitives.dll" ] || fail "the shim DLL must not be in the zip"
mkdir bin
cp "$pkg/xiaokang.exe" bcryptprimitives.dll bin/
cp bcryptprimitives.dll "$pkg/"

step "making the wine prefix"
t=$(date +%s)
wineboot -i >wineboot.log 2>&1 || {
  cat wineboot.log >&2
  fail "wineboot -i"
}
wine bin/xiaokang.exe --version >version.txt 2>&1 || {
  cat version.txt >&2
  fail "xiaokang.exe does not start under wine"
}
step "under wine: $(cat version.txt)"

# The default browser, faked: wine hands a URL to xdg-open, which notes it in $work/$1.
fake_browser() {
  mkdir -p fakebin
  printf '#!/bin/sh\necho "$@" >>"%s"\n' "$work/$1" >fakebin/xdg-open
  chmod +x fakebin/xdg-open
}

# The example site as the repository has it: content/, and templates/ and themes/ if any.
copy_site() {
  mkdir -p "$1"
  for d in content templates themes; do
    [ -d "$repo/$d" ] && cp -r "$repo/$d" "$1/"
  done
  return 0
}

step "a. example site: Linux build and wine build"
copy_site site-linux
copy_site site-wine
"$linux_bin" build --quiet --root site-linux --out out-linux
t_wine=$(date +%s%N)
wine bin/xiaokang.exe build --quiet --root site-wine --out out-wine >a.log 2>&1 || {
  cat a.log >&2
  fail "xiaokang.exe build of the example site"
}
t_wine=$((($(date +%s%N) - t_wine) / 1000000))
if ! diff -r out-linux out-wine >a.diff; then
  head -c 3000 a.diff >&2
  fail "the wine build of the example site differs from the Linux build (diff -r above)"
fi
step "a. identical: $(find out-wine -type f | wc -l) files, $(du -sb out-wine | cut -f1) bytes (wine build $t_wine ms)"

step "b. the zip carries the licences"
for f in LICENSE-MIT LICENSE-APACHE THIRD-PARTY.txt; do
  [ -s "$pkg/$f" ] || fail "the zip has no $f"
done

step "b. a double-click: xiaokang.exe with no arguments, in the unzipped folder"
# Explorer starts it in its own folder with no arguments: it must preview the 示例站点
# beside it in the browser and say, in Chinese, what to do next and how to stop.
fake_browser dblclick-browser.log
(cd "$pkg" && PATH="$work/fakebin:$PATH" exec wine xiaokang.exe </dev/null >"$work/dblclick.log" 2>&1) &
dbl_pid=$!
for _ in $(seq 1 120); do
  [ -s dblclick-browser.log ] && break
  sleep 1
done
url=$(head -n 1 dblclick-browser.log 2>/dev/null | tr -d '\r' || true)
page=""
[ -n "$url" ] && page=$(curl -s --max-time 20 "$url" || true)
kill "$dbl_pid" 2>/dev/null || true
wineserver -k >/dev/null 2>&1 || true
wait "$dbl_pid" 2>/dev/null || true
tr -d '\r' <dblclick.log >dblclick.txt
title=$(sed -n 's/^title: *//p' "$pkg/示例站点/content/site.yaml" | sed 's/ *#.*//' | head -n 1)
case "$url" in http://127.0.0.1:*) ;; *)
  cat dblclick.txt >&2
  fail "with no arguments, no browser was opened on the preview"
  ;;
esac
printf '%s' "$page" | grep -qF "<title>$title" || {
  cat dblclick.txt >&2
  fail "with no arguments, $url did not answer with the site $title"
}
for said in "正在预览网站：" "示例站点" "打开的网页会自动刷新" "停止预览：关闭这个窗口，或按 Ctrl+C。"; do
  grep -qF -- "$said" dblclick.txt || {
    cat dblclick.txt >&2
    fail "with no arguments, it did not say \"$said\""
  }
done
step "b. ok: a double-click previews 示例站点 at $url and says how to go on and stop"

step "b. the zip, unpacked: 示例站点, then new 我的站点 and build"
(
  cd "$pkg"
  wine xiaokang.exe build --quiet --root 示例站点 >../../b1.log 2>&1 || {
    cat ../../b1.log >&2
    fail "xiaokang.exe build --root 示例站点"
  }
  wine xiaokang.exe new 我的站点 >../../b2.log 2>&1 || {
    cat ../../b2.log >&2
    fail "xiaokang.exe new 我的站点"
  }
  wine xiaokang.exe build --root 我的站点 >../../b3.log 2>&1 || {
    cat ../../b3.log >&2
    fail "xiaokang.exe build --root 我的站点"
  }
  test -f 我的站点/content/site.yaml || fail "我的站点/content/site.yaml is missing"
  test -f 我的站点/output/index.html || fail "我的站点/output/index.html is missing"
)
cat b2.log b3.log
diff -r out-linux "$pkg/示例站点/output" >b.diff || {
  head -c 3000 b.diff >&2
  fail "the zip's 示例站点 builds differently from the repository's example site"
}
step "b. ok: 我的站点 built; the zip's 示例站点 builds identical to the Linux build"

step "c. a region.yaml saved by Notepad (UTF-8 with a BOM)"
copy_site site-bom
region=$(cd site-bom && find content/regions -name region.yaml | sort | head -n 1)
{
  printf '\xef\xbb\xbf'
  cat "site-bom/$region"
} >bom.yaml
mv bom.yaml "site-bom/$region"
wine bin/xiaokang.exe build --quiet --root site-bom --out out-bom >c1.log 2>&1 || {
  cat c1.log >&2
  fail "a region.yaml with a BOM does not build under wine"
}
test -f out-bom/index.html || fail "out-bom/index.html is missing"

step "c. an error in a region.yaml: its path with backslashes, Chinese shown rightly"
copy_site site-bad
# An unknown key typed in Chinese: quoted in the message and under it.
printf '\n贫困户数: 1\n' >>"site-bad/$region"
if wine bin/xiaokang.exe build --root site-bad --out out-bad >c2.log 2>&1; then
  cat c2.log >&2
  fail "a build with a bad region.yaml succeeded"
fi
winpath=$(printf '%s' "$region" | tr / '\\')
cat c2.log
grep -qF -- "--> $winpath:" c2.log || fail "the error does not name $winpath"
grep -qF -- '贫困户数' c2.log || fail "the Chinese key is not in the message"
# The same on a terminal, where wine gives the program a console: Rust's std writes to it
# with WriteConsoleW, which wine turns back into UTF-8 for the terminal.
script -qec "wine bin/xiaokang.exe build --root site-bad --out out-bad" /dev/null >c3.log 2>&1 || true
tr -d '\r' <c3.log | grep -qF -- "--> $winpath:" || {
  cat c3.log >&2
  fail "on wine's console the error does not name $winpath"
}
tr -d '\r' <c3.log | grep -qF -- '| 贫困户数: 1' || {
  cat c3.log >&2
  fail "on wine's console the Chinese text is garbled"
}
step "c. ok: the error names $winpath; Chinese shows on wine's console"

step "c. serve --open starts the default browser"
fake_browser browser.log
port=$((20000 + $$ % 20000))
PATH="$work/fakebin:$PATH" wine bin/xiaokang.exe serve --root site-wine --port "$port" --open \
  >serve.log 2>&1 &
serve_pid=$!
for _ in $(seq 1 60); do
  [ -s browser.log ] && break
  sleep 1
done
kill "$serve_pid" 2>/dev/null || true
wineserver -k >/dev/null 2>&1 || true
wait "$serve_pid" 2>/dev/null || true
grep -q "127.0.0.1:$port" browser.log 2>/dev/null || {
  cat serve.log >&2
  fail "serve --open did not open http://127.0.0.1:$port/ (no call of the browser)"
}
step "c. ok: browser called with $(cat browser.log)"

step "passed: builds ${build_s} s (scripts/dist.sh), wine checks $(($(date +%s) - t)) s"

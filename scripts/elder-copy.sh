#!/usr/bin/env bash
# A copy of a built site with 长者模式 (the elder-friendly mode) on in every page, for
# checkers that open pages by file name and cannot press the switch first:
#
#   scripts/elder-copy.sh OUT COPY && pagecheck COPY && sitecheck COPY
#
# static/elder.js takes a `xk-elder` class already on <html> as the mode's state when
# neither the address nor storage says otherwise, so the copy's pages open in the mode.
set -euo pipefail
out=$(cd "$1" && pwd)
copy=$2
rm -rf "$copy"
cp -a "$out" "$copy"
find "$copy" -name '*.html' -print0 |
  xargs -0 sed -i 's/^<html lang="\([^"]*\)">/<html lang="\1" class="xk-elder">/'

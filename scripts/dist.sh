#!/usr/bin/env bash
# Builds the downloads that run without Rust, from this (Linux x86_64) machine:
#
#   dist/xiaokang-<version>-windows-x86_64.zip     xiaokang.exe (x86_64-pc-windows-gnu)
#   dist/xiaokang-<version>-linux-x86_64.tar.gz    xiaokang     (x86_64-unknown-linux-gnu)
#
# each with the example site (示例站点/), the Chinese manual, the licences, THIRD-PARTY.txt
# (every crate in the binary with its licence, and the embedded font's) and 使用说明.txt.
# What goes in: scripts/dist-package.py. The version is Cargo.toml's.
#
#   scripts/dist.sh              both
#   scripts/dist.sh windows      only the zip  (or: linux)
#
# The Windows build needs the Rust target and MinGW-w64's linker; when missing they are
# installed (`rustup target add`, apt's gcc-mingw-w64-x86-64; apt needs root). A Windows
# build from nothing takes 15-25 minutes on two cores; later ones reuse target/.
# CARGO_TARGET_DIR is honoured; DIST_WINDOWS_TARGET_DIR, if set, is the Windows build's. The Linux binary is the ordinary `cargo build --release`
# (the README's build command makes it too), so CI compiles it only once.
set -euo pipefail
cd "$(dirname "$0")/.."

WIN_TARGET=x86_64-pc-windows-gnu
LINUX_TARGET=x86_64-unknown-linux-gnu
want="${1:-all}"
case "$want" in all | windows | linux) ;; *)
  echo "usage: scripts/dist.sh [windows|linux]" >&2
  exit 2
  ;;
esac

version=$(cargo metadata --no-deps --format-version 1 --locked |
  python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"]=="xiaokang"))')
target_dir="${CARGO_TARGET_DIR:-target}"
# One date for everything packed: the last commit's. MinGW's strip writes it into the
# .exe's header instead of the current time; dist-package.py dates the entries with it.
# Not exported: cargo would rebuild crates whose build scripts watch SOURCE_DATE_EPOCH.
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 315532800)}"
host=$(rustc -vV | sed -n 's/^host: //p')

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "dist: missing $*; install it with: sudo apt-get install $*" >&2
    exit 1
  fi
  if [ -z "${XIAOKANG_APT_UPDATED:-}" ]; then
    apt-get update -qq
    export XIAOKANG_APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

windows_toolchain() {
  if ! rustup target list --installed | grep -qx "$WIN_TARGET"; then
    rustup target add "$WIN_TARGET"
  fi
  if ! command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1; then
    apt_install gcc-mingw-w64-x86-64
  fi
}

mkdir -p dist/.work
made=()

if [ "$want" != windows ]; then
  if [ "$host" = "$LINUX_TARGET" ]; then
    cargo build --release --locked
    linux_bin="$target_dir/release/xiaokang"
  else
    cargo build --release --locked --target "$LINUX_TARGET"
    linux_bin="$target_dir/$LINUX_TARGET/release/xiaokang"
  fi
  # Symbols off (66 MB to 54 MB); the build's own binary is left as it is.
  SOURCE_DATE_EPOCH="$epoch" strip -o dist/.work/xiaokang "$linux_bin"
  out="dist/xiaokang-$version-linux-x86_64.tar.gz"
  SOURCE_DATE_EPOCH="$epoch" python3 scripts/dist-package.py --version "$version" --target "$LINUX_TARGET" --os linux \
    --binary dist/.work/xiaokang --out "$out"
  made+=("$out")
fi

if [ "$want" != linux ]; then
  windows_toolchain
  win_dir="${DIST_WINDOWS_TARGET_DIR:-$target_dir}"
  start=$(date +%s)
  CARGO_TARGET_DIR="$win_dir" cargo build --release --locked --target "$WIN_TARGET"
  echo "dist: Windows build took $(($(date +%s) - start)) s"
  # Symbols off (92 MB to 69 MB).
  SOURCE_DATE_EPOCH="$epoch" x86_64-w64-mingw32-strip -o dist/.work/xiaokang.exe "$win_dir/$WIN_TARGET/release/xiaokang.exe"
  out="dist/xiaokang-$version-windows-x86_64.zip"
  SOURCE_DATE_EPOCH="$epoch" python3 scripts/dist-package.py --version "$version" --target "$WIN_TARGET" --os windows \
    --binary dist/.work/xiaokang.exe --out "$out"
  made+=("$out")
fi

rm -rf dist/.work
echo "dist: made"
for f in "${made[@]}"; do
  printf '  %s  %s bytes (%s)\n' "$f" "$(stat -c %s "$f")" "$(du -h "$f" | cut -f1)"
done

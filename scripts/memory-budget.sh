#!/usr/bin/env bash
# Memory budget: builds a generated site of 1,000 counties (gen_corpus, 100 news stories,
# seed 7; no tables, as most sites) with the release binary and fails when the peak
# resident memory goes over its budget, so a change that makes every site hold more is
# seen in CI instead of on a national site. Three figures, each with its own limit:
#
#   pages     peak up to the end of the page rendering (load, model, compute, pages):
#             what the site's model and page batches hold
#   full      peak of the whole first build (with search, feed, all.xlsx and all.csv)
#   rebuild   peak of a second build into the same output with nothing changed, which
#             must reuse the last build's files instead of making them again
#   national  peak of the whole first build of 10,000 counties (1,000 news stories):
#             what only a large site shows (all.xlsx and all.csv made from every sheet's
#             rows held at once took it from 473 to 1,016 MiB while the 1,000-county
#             figures stayed in budget)
#
# Measured on the 2-thread machine of the tables-regression fix (6440714 + fixes, with
# all.xlsx written in rust_xlsxwriter's low-memory mode): pages 132-135, full 168-172,
# rebuild 87 MiB; 6440714 itself had pages 174-189, full 262-280 and rebuild 237-277 MiB
# (every region.yaml's YAML tree held at once; all.xlsx held whole in memory and made
# again on every rebuild). After the workbook's rows were streamed (#29): pages 133-135,
# full 135-154, rebuild 84-88 MiB, national 589-592 MiB.
# Memory grows with threads (each renders its own pages), so the builds run on
# RAYON_NUM_THREADS=2 for the same figures on any machine. Limits can be overridden:
#
#   PAGES_MIB=160 FULL_MIB=190 REBUILD_MIB=120 NATIONAL_MIB=700 scripts/memory-budget.sh
#
# NATIONAL_MIB=0 skips the 10,000-county build (about a minute).
#
# XIAOKANG= measures another xiaokang binary (an older commit's copy, to see it fail).
#
# Needs bash and cargo; peak memory comes from xiaokang itself (XIAOKANG_TIMINGS=1 reads
# VmHWM from /proc, so Linux). Takes a few seconds once the release build exists.
set -euo pipefail
cd "$(dirname "$0")/.."
pages_limit=${PAGES_MIB:-160}
full_limit=${FULL_MIB:-190}
rebuild_limit=${REBUILD_MIB:-120}
national_limit=${NATIONAL_MIB:-700}
target=${CARGO_TARGET_DIR:-$PWD/target}
cargo build --release --quiet --example gen_corpus
[ -n "${XIAOKANG:-}" ] || cargo build --release --quiet
bin=${XIAOKANG:-$target/release/xiaokang}
# On tmpfs when there is one: the build's time is not measured, but ext4 is slow to
# create 20,000 files and slower to remove them.
base=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && base=/dev/shm
work=$(mktemp -d "$base/xiaokang-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$target/release/examples/gen_corpus" "$work/site" --regions 1000 --news 100 --seed 7 >/dev/null

# build LOG [SITE OUT]: one build of the site into $work/out with per-stage figures in LOG.
build() {
  RAYON_NUM_THREADS=2 XIAOKANG_TIMINGS=1 "$bin" --lang en build --root "${2:-$work/site}" \
    --out "${3:-$work/out}" >"$1.out" 2>"$1" || {
    echo "memory budget: the build failed:"
    cat "$1.out" "$1"
    exit 1
  }
}
# peak LOG PATTERN: the peak memory (MiB) of the line of LOG starting with PATTERN.
peak() {
  grep "^$2" "$1" | sed -E 's/.*peak( memory)? ([0-9]+) MiB.*/\2/' | tail -1
}

build "$work/full.log"
pages=$(peak "$work/full.log" 'stage render pages')
full=$(peak "$work/full.log" 'total:')
build "$work/rebuild.log"
rebuild=$(peak "$work/rebuild.log" 'total:')

national=0
if [ "$national_limit" -gt 0 ]; then
  rm -rf "$work/site" "$work/out"
  "$target/release/examples/gen_corpus" "$work/site10k" --regions 10000 --news 1000 --seed 7 >/dev/null
  build "$work/national.log" "$work/site10k" "$work/out10k"
  national=$(peak "$work/national.log" 'total:')
fi

status=0
check() {
  local verdict=ok
  if [ "$3" -gt "$4" ]; then
    verdict="OVER BUDGET"
    status=1
  fi
  printf 'memory budget, %s counties: %-8s peak %4d MiB (limit %4d MiB) %s\n' "$1" "$2" "$3" "$4" "$verdict"
}
check 1,000 pages "$pages" "$pages_limit"
check 1,000 full "$full" "$full_limit"
check 1,000 rebuild "$rebuild" "$rebuild_limit"
[ "$national_limit" -gt 0 ] && check 10,000 national "$national" "$national_limit"
if [ "$status" -ne 0 ]; then
  echo "Stages of the first build and of the rebuild (memory now, and peak so far):"
  grep -E '^(stage|total)' "$work/full.log" | sed 's/^/    /'
  grep -E '^(stage|total)' "$work/rebuild.log" | sed 's/^/    rebuild /'
  [ "$national_limit" -gt 0 ] && grep -E '^(stage|total)' "$work/national.log" | sed 's/^/    national /'
fi
exit "$status"

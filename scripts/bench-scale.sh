#!/usr/bin/env bash
# Scale benchmark: builds synthetic sites of N counties (with N/10 news stories) with the
# settings a user gets by default and prints, for each, the first build's wall time, CPU
# time, peak memory, pages/s and charts/s, the time and memory of each pipeline stage, the
# output's files and bytes (and a county's), two rebuilds into the same output (nothing
# changed; one county's funds figure changed), `serve`'s rebuild after the same kind of
# edit (and the time until the page shows it), and then the same site published: with a
# `base_url`, so each page gets its share PNG (`charts.png: auto`), from an empty PNG cache.
#
#   scripts/bench-scale.sh [N ...]          default: 1000 10000
#   VILLAGES=128000 scripts/bench-scale.sh 832   the village-level stress test: 128,000
#                                           village regions spread under 832 counties
#   PUBLISHED=no scripts/bench-scale.sh …   without the published run (at 128,000 villages
#                                           it rasterizes 130,000 share PNGs: half an hour)
#   XLSX=1 scripts/bench-scale.sh 3000      also builds the same regions and figures read
#                                           from one content/tables/全国.xlsx (gen_corpus
#                                           --xlsx; counties only, no VILLAGES) and prints
#                                           both first builds' times and their per-region ratio
#
# Needs only bash, sed, curl and cargo; CPU time and peak memory come from xiaokang itself
# (XIAOKANG_TIMINGS=1 reads /proc, so Linux). Work files go to a fresh temporary folder
# (or $XIAOKANG_BENCH_DIR), removed at the end; 10,000 counties write about 1.2 GB.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
cargo build --release --quiet --example gen_corpus
cargo build --release --quiet
bin=$PWD/target/release/xiaokang
work=${XIAOKANG_BENCH_DIR:-$(mktemp -d)}
mkdir -p "$work"
# Removing a large output just before building another slows file creation on ext4 (it
# skips recently freed inodes), so outputs are removed only at the end.
trap 'rm -rf "$work"' EXIT

# build SITE OUT LOG: one timed build; prints "wall_ms cpu_ms peak_mib pages charts jobs rendered".
# Messages in English whatever the site's language: the counts are read from them.
build() {
  XIAOKANG_TIMINGS=1 "$bin" --lang en build --root "$1" --out "$2" >"$3.out" 2>"$3"
  local total wall cpu peak pages charts jobs rendered
  total=$(grep '^total:' "$3")
  wall=$(sed -E 's/.*wall ([0-9]+) ms.*/\1/' <<<"$total")
  cpu=$(sed -E 's/.*cpu ([0-9]+) ms.*/\1/' <<<"$total")
  peak=$(sed -E 's/.*peak memory ([0-9]+) MiB.*/\1/' <<<"$total")
  pages=$(grep -o 'built [0-9]* pages' "$3.out" | awk '{print $2}')
  charts=$(grep -o '[0-9]* charts' "$3.out" | head -1 | awk '{print $1}')
  jobs=$(grep -o 'render pages ([0-9]* of [0-9]* jobs)' "$3" | tr -d '()' | awk '{print $5}')
  rendered=$(grep -o 'render pages ([0-9]* of [0-9]* jobs)' "$3" | tr -d '()' | awk '{print $3}')
  echo "$wall $cpu $peak $pages $charts $jobs $rendered"
}

# serve_edit SITE YAML LOG: `xiaokang serve` on SITE (its first build in memory), then the
# county's YAML edited again; prints the rebuild time serve reports, the time from the
# edit until the page is served with the new figure, when all.xlsx and all.csv follow,
# and serve's peak and resting memory (VmHWM, VmRSS).
serve_edit() {
  local site=$1 yaml=$2 serve_log=$3 spid addr first page t0 shown rebuilt settled hwm rss
  "$bin" --lang en serve --root "$site" --port 0 >"$serve_log" 2>&1 &
  spid=$!
  # A first build in memory takes as long as `build` and more memory (every file is
  # held): wait while serve is alive, up to an hour.
  for _ in $(seq 1 7200); do
    grep -q '^serving' "$serve_log" && break
    kill -0 "$spid" 2>/dev/null || break
    sleep 0.5
  done
  if ! grep -q '^serving' "$serve_log"; then
    kill "$spid" 2>/dev/null || true
    echo "    serve: not serving (its output follows)"
    tail -n 5 "$serve_log" | sed 's/^/        /'
    return
  fi
  addr=$(grep -o 'http://[0-9.:]*/' "$serve_log" | head -1 || true)
  first=$(grep -o 'in [0-9.]* ms' "$serve_log" | head -1 | awk '{print $2}' || true)
  page="${addr}regions/x00000/index.html"
  sed -i -E '0,/amount: 9.87亿元/s//amount: 9.86亿元/' "$yaml"
  t0=$(date +%s%N)
  for _ in $(seq 1 3000); do curl -sf "$page" | grep -q '9.86亿元' && break; sleep 0.02; done
  shown=$(( ($(date +%s%N) - t0) / 1000000 ))
  for _ in $(seq 1 600); do grep -q 'rebuilt after' "$serve_log" && break; sleep 0.1; done
  rebuilt=$(grep 'rebuilt after' "$serve_log" | grep -o 'in [0-9.]* ms' | awk '{print $2}' || true)
  for _ in $(seq 1 600); do grep -q 'all.csv updated' "$serve_log" && break; sleep 0.1; done
  settled=$(grep 'all.csv updated' "$serve_log" | grep -o 'in [0-9]* ms' | awk '{print $2}' || true)
  hwm=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$spid/status")
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$spid/status")
  kill "$spid"; wait "$spid" 2>/dev/null || true
  echo "    serve: first build ${first} ms; one county's funds changed: rebuilt in ${rebuilt} ms," \
    "page shown with it ${shown} ms after the edit, all.xlsx and all.csv ${settled} ms later;" \
    "peak ${hwm} MiB, ${rss} MiB at rest"
}

printf '%-8s %7s %7s %9s %9s %9s %9s %9s\n' regions pages charts wall_s cpu_s peak_MiB pages/s charts/s
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  out="$work/out-$n"
  target/release/examples/gen_corpus "$site" --regions "$n" --villages "${VILLAGES:-0}" \
    --news $((n / 10)) --seed 7 >/dev/null
  read -r wall cpu peak pages charts jobs rendered < <(build "$site" "$out" "$work/first-$n.log")
  awk -v n="$n" -v w="$wall" -v c="$cpu" -v r="$peak" -v p="$pages" -v k="$charts" \
    'BEGIN { printf "%-8s %7d %7d %9.2f %9.2f %9d %9.0f %9.0f\n", n, p, k, w / 1000, c / 1000, r, p * 1000 / w, k * 1000 / w }'
  grep '^stage ' "$work/first-$n.log" | sed 's/^/    /'
  full=$wall
  county=$(find "$out/regions" -path '*/x00000/index.html' | head -1)
  echo "    output: $(find "$out" -type f | wc -l) files, $(du -sb "$out" | awk '{printf "%.0f", $1 / 1048576}') MiB;" \
    "a county: $(find "$out" -path '*x00000*' -type f | wc -l) files, $(find "$out" -path '*x00000*' -type f -print0 | du -cb --files0-from=- | tail -1 | awk '{printf "%.0f", $1 / 1024}') kB, its page $(($(wc -c <"$county") / 1024)) kB"

  read -r wall cpu peak _ _ jobs rendered < <(build "$site" "$out" "$work/same-$n.log")
  awk -v w="$wall" -v f="$full" -v j="$jobs" -v r="$rendered" -v m="$peak" \
    'BEGIN { printf "    rebuild, nothing changed: %d ms (%.0f%% of the first build), %d of %d pages rendered, peak %d MiB\n", w, 100 * w / f, r, j, m }'

  yaml=$(find "$site/content/regions" -path '*/x00000/region.yaml' | head -1)
  sed -i -E '0,/amount: [0-9.]+亿元/s//amount: 9.87亿元/' "$yaml"
  read -r wall cpu peak _ _ jobs rendered < <(build "$site" "$out" "$work/edit-$n.log")
  grep -q '9.87亿元' "$out/regions/x00000/index.html" || { echo "the edited figure is not on the page"; exit 1; }
  awk -v w="$wall" -v f="$full" -v j="$jobs" -v r="$rendered" -v m="$peak" \
    'BEGIN { printf "    rebuild, one county'"'"'s funds changed: %d ms (%.0f%% of the first build), %d of %d pages rendered, peak %d MiB\n", w, 100 * w / f, r, j, m }'
  grep '^stage ' "$work/edit-$n.log" | sed 's/^/        /'

  serve_edit "$site" "$yaml" "$work/serve-$n.log"

  # From a workbook: the same regions and figures (same seed) in content/tables/全国.xlsx
  # instead of region.yaml files, a first build into an empty output like the folders' one.
  if [ "${XLSX:-0}" = 1 ] && [ "${VILLAGES:-0}" = 0 ]; then
    xsite="$work/xlsx-$n"
    target/release/examples/gen_corpus "$xsite" --regions "$n" --news $((n / 10)) --seed 7 --xlsx >/dev/null
    read -r wall cpu peak xpages _ _ _ < <(build "$xsite" "$work/out-xlsx-$n" "$work/xlsx-$n.log" || true)
    if [ -z "$xpages" ]; then
      # A failed build says "built N pages" nowhere: show why rather than a ratio of nothing.
      echo "    from content/tables/全国.xlsx: the build failed:"
      grep -v -e '^stage ' -e '^total:' "$work/xlsx-$n.log" | head -n 20 | sed 's/^/        /'
    else
      regions=$(find "$site/content/regions" -name region.yaml | wc -l)
      awk -v w="$wall" -v f="$full" -v c="$cpu" -v m="$peak" -v p="$xpages" -v q="$pages" -v r="$regions" \
        'BEGIN { printf "    from content/tables/全国.xlsx: %.2f s wall (folders %.2f s), %.2f s CPU, peak %d MiB, %d pages (folders %d); per region %.2f ms from the workbook, %.2f ms from folders: %.2fx\n", w / 1000, f / 1000, c / 1000, m, p, q, w / r, f / r, w / f }'
      grep '^stage ' "$work/xlsx-$n.log" | sed 's/^/        /'
    fi
    rm -rf "$xsite" "$work/out-xlsx-$n"
  elif [ "${XLSX:-0}" = 1 ]; then
    echo "    from a workbook: skipped (VILLAGES has no 6-digit codes; gen_corpus --xlsx writes counties only)"
  fi

  # Published: a base_url, so every page gets its share PNG; the PNG cache starts empty.
  [ "${PUBLISHED:-yes}" = no ] && continue
  pub="$work/pub-$n"
  cp -r "$site" "$pub"
  rm -rf "$pub/.xiaokang-cache"
  echo "base_url: https://fupin.example.gov.cn/" >>"$pub/content/site.yaml"
  read -r wall cpu peak _ _ _ _ < <(build "$pub" "$work/out-pub-$n" "$work/pub-$n.log")
  awk -v w="$wall" -v c="$cpu" -v m="$peak" -v p="$(find "$work/out-pub-$n" -name '*.png' | wc -l)" \
    'BEGIN { printf "    published (base_url, a share PNG per page, empty PNG cache): %.2f s wall, %.2f s CPU, peak %d MiB, %d PNGs\n", w / 1000, c / 1000, m, p }'
  rm -rf "$pub" "$work/out-pub-$n"
done

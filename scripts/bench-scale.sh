#!/usr/bin/env bash
# Scale benchmark: builds synthetic sites of N regions and prints wall time, CPU time,
# peak memory, pages/s and charts/s, and the time of each pipeline stage.
#
#   scripts/bench-scale.sh [N ...]          default: 1000 10000
#
# Needs GNU time (/usr/bin/time, Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }
cargo build --release --quiet --example gen_corpus
cargo build --release --quiet
bin=target/release/xiaokang
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %9s %9s %10s %9s %9s\n' regions wall_s cpu_s peak_MiB pages/s charts/s
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  target/release/examples/gen_corpus "$site" --regions "$n" --news $((n / 10)) --seed 7 >/dev/null
  log="$work/time-$n.txt"
  XIAOKANG_TIMINGS=1 /usr/bin/time -v "$bin" build --root "$site" --out "$work/out-$n" >"$work/out-$n.txt" 2>"$log"
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(grep 'User time' "$log" | awk '{print $NF}')
  sys=$(grep 'System time' "$log" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$log" | awk '{print $NF}')
  pages=$(grep -o 'built [0-9]* pages' "$work/out-$n.txt" | awk '{print $2}')
  charts=$(grep -o '[0-9]* charts' "$work/out-$n.txt" | head -1 | awk '{print $1}')
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v p="$pages" -v c="$charts" \
    'BEGIN { printf "%-8s %9.2f %9.2f %10.1f %9.0f %9.0f\n", n, w, u + s, r / 1024, p / w, c / w }'
  grep '^stage ' "$log" | sed 's/^/    /' || true
done

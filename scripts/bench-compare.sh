#!/usr/bin/env bash
# Compares two xiaokang binaries on one site in one interleaved run (this machine is
# noisy: only figures from the same run compare): builds from scratch, then a rebuild with
# nothing changed. Prints wall time, peak memory, the booklet stage and the compute line.
#
#   scripts/bench-compare.sh OLD_BINARY NEW_BINARY SITE_ROOT [RUNS] [OUT_DIR]
#
# Outputs go to OUT_DIR (default /dev/shm, so the disk's swings stay out of the figures);
# the PNG cache is warmed first so both builds find it the same.
set -euo pipefail
old=$1 new=$2 root=$3 runs=${4:-3} out=${5:-/dev/shm}
for bin in "$old" "$new"; do "$bin" build --root "$root" --out "$out/bench-warm" >/dev/null 2>&1; done
rm -rf "$out/bench-warm"
for r in $(seq "$runs"); do
  for which in old new; do
    bin=${!which}
    o="$out/bench-$which"
    rm -rf "$o" "$root"/.xiaokang-cache/build-*.json
    XIAOKANG_TIMINGS=1 /usr/bin/time -f "TIME %e %M" "$bin" build --root "$root" --out "$o" >/dev/null 2>"$o.err"
    t=$(grep '^TIME' "$o.err" | awk '{printf "%.2f s, %d MiB", $2, $3 / 1024}')
    b=$(grep -E '^stage (render )?booklet' "$o.err" | sed -E 's/.*: ([0-9.]+) ms.*/\1/')
    c=$(grep -E '^stage compute' "$o.err" | sed 's/, memory.*//')
    /usr/bin/time -f "%e" "$bin" build --root "$root" --out "$o" >/dev/null 2>"$o.again"
    again=$(tail -1 "$o.again")
    echo "run $r $which: $t, booklet stage ${b:-0} ms, rebuild with nothing changed ${again} s | $c"
  done
done
diff -rq "$out/bench-old" "$out/bench-new" | head -5 || true
rm -rf "$out/bench-old" "$out/bench-new" "$out"/bench-*.err "$out"/bench-*.again

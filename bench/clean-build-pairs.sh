#!/usr/bin/env bash
# Two tools compared on clean builds, their runs alternating (this machine's speed drifts by a third within an hour):
# each pair runs the first tool, then the second, each with bench/clean-build.sh into a new folder under <work>.
# Prints every run (wall, peak memory, user and system CPU, full collections, and the cores' idle time: the phases'
# wall times on every core less their CPU, in all and in extraction) and each tool's median wall time.
# Usage: bench/clean-build-pairs.sh <tool-a> <tool-b> <corpus> <work-folder> [pairs]   (default 3 pairs)
# The folders are left for comparing outputs (`diff -rq <work>/a1/output <work>/b1/output`); delete them after the
# measuring, not between runs (see bench/clean-build.sh).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
a="$1"; b="$2"; corpus="$3"; work="$4"; pairs="${5:-3}"
[ ! -e "$work" ] || { echo "$work exists: give a new folder" >&2; exit 2; }
mkdir -p "$work"
for pair in $(seq 1 "$pairs"); do
  for side in a b; do
    tool="$a"; [ "$side" = b ] && tool="$b"
    folder="$work/$side$pair"
    sleep 10
    "$repo/bench/clean-build.sh" "$tool" "$corpus" "$folder" > /dev/null
    full="$(grep -o '[0-9]* gen2,' "$folder.log" | tail -1 | cut -d' ' -f1)"
    idle="$(awk -v cores="$(nproc)" 'match($0, /^  .*[0-9.]+ s  cpu +[0-9.]+ s/) {
        n = split(substr($0, 1, RLENGTH), f, " +"); wall = f[n - 4]; cpu = f[n - 1]; all += cores * wall - cpu
        if ($1 == "extract") extract = cores * wall - cpu }
      END { printf "idle %.2f core-s (extraction %.2f)", all, extract }' "$folder.log")"
    echo "$side$pair $(tail -n 1 "$folder.log") $full full collections, $idle" | tee -a "$work/pairs.txt"
  done
done
python3 - "$work/pairs.txt" <<'PY'
import statistics, sys
runs = {"a": [], "b": []}
for line in open(sys.argv[1]):
    runs[line[0]].append(float(line.split()[1]))
print(f"median wall: a {statistics.median(runs['a']):.2f} s, b {statistics.median(runs['b']):.2f} s ({len(runs['a'])} and {len(runs['b'])} runs)")
PY

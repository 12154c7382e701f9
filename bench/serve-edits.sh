#!/usr/bin/env bash
# The preview server's rebuilds after title edits: starts `briefing serve` in a built folder, lets it warm, edits the
# title of one briefing in input/ again and again, and prints the server's rebuild time for each edit, then the median
# time of each phase (with BRIEFING_TIMINGS=1).
# Usage: bench/serve-edits.sh <tool-folder> <work-folder> [edits] [nth briefing]
#   tool-folder: a published tool (dotnet publish … -o DIR, as README's "Installing" says, or bench/bin/briefing)
#   work-folder: a folder with articles/ that this tool built once (`briefing build --articles articles`)
set -euo pipefail
tool="$1"; work="$2"; edits="${3:-6}"; nth="${4:-11}"
log="$(mktemp)"
cd "$work"
BRIEFING_TIMINGS=1 "$tool/briefing" serve --articles articles --port 0 > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
until grep -q "^serving" "$log"; do sleep 1; done
sleep 40
file="$(ls input/*.md | sed -n "${nth}p")"
for i in $(seq 1 "$edits"); do
  sed -i "0,/^title: .*/s//title: Serve edit $i $RANDOM/" "$file"
  until [ "$(grep -c '^rebuilt' "$log")" -ge "$i" ]; do sleep 0.2; done
  sleep 4
done
echo "rebuilds (s): $(grep -oP '^rebuilt.* in \K[0-9.]+' "$log" | tr '\n' ' ')"
sed -n '/^serving/,$p' "$log" | python3 -c '
import re, sys, statistics, collections
phases = collections.defaultdict(list)
for line in sys.stdin:
    m = re.match(r"  (.+?)\s+([0-9.]+) s  cpu", line)
    if m and not m.group(1).startswith("snapshot"):
        phases[re.sub(r" \(\d+ keys kept\)", "", m.group(1)).strip()].append(float(m.group(2)))
for name, times in phases.items():
    print(f"  {name:28s} median {statistics.median(times):.2f} s")
'

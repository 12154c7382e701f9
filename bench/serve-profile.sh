#!/usr/bin/env bash
# Where the preview server's rebuilds spend their CPU: starts `briefing serve` in a built folder, lets it warm, records
# it with Linux perf while the title of one briefing is edited again and again, then prints the project's methods by
# inclusive share of the samples taken while a rebuild ran (every thread, the collector's and the kernel's included).
# Usage: bench/serve-profile.sh <tool-folder> <work-folder> [edits]
#   tool-folder: a published tool; work-folder: a folder with articles/ that this tool built once. Needs perf.
set -euo pipefail
tool="$1"; work="$2"; edits="${3:-10}"
command -v perf >/dev/null || { echo "perf is not installed (apt-get install linux-perf)" >&2; exit 2; }
log="$(mktemp)"; data="$(mktemp --suffix .perf)"; stacks="$(mktemp)"
cd "$work"
# Named methods need the runtime's perf map and its JIT-compiled code mapped as plain memory.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 BRIEFING_TIMINGS=1 \
  dotnet "$tool/briefing.dll" serve --articles articles --port 0 > "$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log" "$data" "$stacks"' EXIT
until grep -q "^serving" "$log"; do sleep 1; done
sleep 40
file="$(ls input/*.md | sed -n 11p)"
perf record -F 999 -g -p "$server" -o "$data" 2>/dev/null &
recorder=$!
sleep 2
for i in $(seq 1 "$edits"); do
  sed -i "0,/^title: .*/s//title: Profiled edit $i $RANDOM/" "$file"
  until [ "$(grep -c '^rebuilt' "$log")" -ge "$i" ]; do sleep 0.2; done
  sleep 3
done
kill -INT "$recorder"; wait "$recorder" || true
echo "rebuilds (s): $(grep -oP '^rebuilt.* in \K[0-9.]+' "$log" | tr '\n' ' ')"
perf script -i "$data" -F comm,tid,time,ip,sym,dso 2>/dev/null > "$stacks"
python3 - "$stacks" <<'PY'
import collections, re, sys

def method(frame):
    name = frame.split(" ", 1)[1] if " " in frame else frame
    name = re.sub(r"\[Optimized\]|\[PreJIT\]|instance |class |valuetype |\[[A-Za-z.]+\]", "", name)
    return re.sub(r"\(.*", "", name).strip()[:140]

samples, sample = [], []
for line in open(sys.argv[1], errors="replace"):
    if line.strip():
        sample.append(line.strip())
    elif len(sample) > 1:
        samples.append(sample)
        sample = []
when = lambda s: float(re.search(r"(\d+\.\d+):", s[0]).group(1))
# A rebuild: a run of samples in the project's code with no gap of more than a second (edits are 3 s apart).
busy = sorted(when(s) for s in samples if any("BriefingSite" in f for f in s[1:]))
windows, start = [], busy[0]
for before, after in zip(busy, busy[1:]):
    if after - before > 1.0:
        windows.append((start, before))
        start = after
windows.append((start, busy[-1]))
inside = [s for s in samples if any(a <= when(s) <= b for a, b in windows)]
print(f"{len(windows)} rebuilds, {len(inside) / 999 / len(windows):.2f} s of CPU each (at 999 samples a second)")
shares = collections.Counter(name for s in inside for name in {method(f) for f in s[1:] if "BriefingSite" in f})
for name, count in shares.most_common(40):
    print(f"{100 * count / len(inside):6.1f}%  {name}")
PY

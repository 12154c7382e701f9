#!/usr/bin/env bash
# Where a run's CPU goes, kernel and runtime included: records `briefing <command> …` with Linux perf (call graphs,
# methods named through the runtime's perf map, JIT-compiled rather than ReadyToRun so that every method is named),
# then prints the share of each thread kind and library, and the project's methods by inclusive share.
# Usage: bench/perf-profile.sh <tool-folder> <briefing arguments…>   (run it in the folder the command expects)
#   e.g. (cd /tmp/site && bench/perf-profile.sh /tmp/tool render --content input --output out-2 --theme none)
# Needs perf (apt-get install linux-perf). Runs slower under perf, and the JIT (libclrjit) takes a share that the
# published, ReadyToRun tool does not: read the shares of the project's methods, not seconds.
set -euo pipefail
tool="$1"; shift
command -v perf >/dev/null || { echo "perf is not installed (apt-get install linux-perf)" >&2; exit 2; }
data="$(mktemp --suffix .perf)"; stacks="$(mktemp)"
trap 'rm -f "$data" "$stacks"' EXIT
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0 \
  perf record -F 499 -g -o "$data" -- dotnet "$tool/briefing.dll" "$@" > /dev/null
perf script -i "$data" -F comm,ip,sym,dso 2>/dev/null > "$stacks"
python3 - "$stacks" <<'PY'
import collections, re, sys
threads, libraries, inclusive = collections.Counter(), collections.Counter(), collections.Counter()
total = 0

def method(frame):
    name = frame.split(" ", 1)[1] if " " in frame else frame
    name = re.sub(r"\[Optimized\]|instance |class |valuetype |\[[A-Za-z.]+\]", "", name)
    return re.sub(r"\(.*", "", name).strip()

def take(sample):
    global total
    if len(sample) < 2:
        return
    total += 1
    threads[re.sub(r"\s+\d+$", "", sample[0]).strip()] += 1
    library = re.search(r"\(([^)]*)\)\s*$", sample[1])
    libraries[library.group(1).split("/")[-1] if library else "?"] += 1
    for name in {method(f) for f in sample[1:] if "BriefingSite" in f}:
        inclusive[name] += 1

sample = []
for line in open(sys.argv[1], errors="replace"):
    if not line.strip():
        take(sample)
        sample = []
    else:
        sample.append(line.strip())
take(sample)
print(f"{total} samples")
for title, counter, rows in (("threads", threads, 8), ("libraries (where the sample was)", libraries, 10), ("project methods, inclusive", inclusive, 40)):
    print(f"--- {title}")
    for name, count in counter.most_common(rows):
        print(f"{100 * count / total:6.1f}%  {name[:150]}")
PY

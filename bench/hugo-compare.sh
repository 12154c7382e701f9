#!/usr/bin/env bash
# Renders the same 10,000 briefings with Hugo (minimal equivalent theme, with and without its related
# content) and with `briefing render`, and prints wall time and peak memory of each, plus the ratios.
# Usage: bench/hugo-compare.sh [work-folder]   (default /tmp/briefing-hugo)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-/tmp/briefing-hugo}"
corpus="$work/corpus"
command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
mkdir -p "$work"
# The tool as README's "Installing" publishes it: one native program, compiled for this machine.
dotnet publish -c Release -r linux-x64 -p:PublishAot=true "$repo/src/BriefingSite.Cli" -o "$repo/bench/bin/briefing" -v q -nologo >/dev/null
briefing="$repo/bench/bin/briefing/briefing"
if [ ! -d "$corpus" ]; then
  dotnet run -c Release --project "$repo/bench/BriefingSite.Benchmarks" -- corpus "$repo/../shared/corpora/bbc" "$corpus" 10000
fi
if [ ! -d "$work/site/input" ]; then
  (cd "$work" && mkdir -p site && cd site && $briefing extract --articles "$corpus" --content input >/dev/null)
fi

# Hugo reads the briefings where they are: our front matter is Hugo front matter too.
rm -rf "$work/hugo" && mkdir -p "$work/hugo" && cp -r "$repo/bench/hugo/." "$work/hugo/"
ln -sfn "$work/site/input" "$work/hugo/content"

measure() { # key, label, command...
  local key="$1" label="$2"; shift 2
  local log; log="$(mktemp)"
  /usr/bin/time -f "%e %M" -o "$log" "$@" >/dev/null 2>&1
  read -r seconds kilobytes < "$log"
  printf '%-34s %8.2f s %8d MB\n' "$label" "$seconds" "$((kilobytes / 1024))"
  echo "$seconds $kilobytes" >> "$work/$key.result"
}

cd "$work"
rm -f ./*.result
# Each run writes into a folder of its own, and the sites of earlier runs are deleted only at the end: on this
# machine's file system (ext4 without a journal) files are slow to create for some minutes after many were deleted.
if compgen -G "out-*" >/dev/null; then old="$work/old.$$"; mkdir -p "$old"; mv out-* "$old/"; trap 'rm -rf "$old" "$work"/out-*' EXIT; else trap 'rm -rf "$work"/out-*' EXIT; fi
echo "10,000 briefings, $(nproc) cores, $(hugo version | cut -d' ' -f1-2)"
for run in 1 2; do
  measure hugo "hugo (no related content)" hugo -s hugo --theme plain -d "$work/out-$run-hugo" --quiet
  measure hugo-related "hugo (related content)" hugo -s hugo --theme related -d "$work/out-$run-hugo-related" --quiet
  measure briefing "briefing render" bash -c "cd site && rm -rf .briefing-cache && $briefing render --content input --output $work/out-$run-briefing --theme none"
done
python3 - "$work" <<'PY'
import sys, pathlib
w = pathlib.Path(sys.argv[1])
# Best wall time and its peak memory of the runs of each, then the median wall times (this machine moves by more
# than a tenth between runs: neither alone is the whole story).
import statistics
runs = {p.stem: [tuple(map(float, l.split())) for l in p.read_text().splitlines()] for p in w.glob("*.result")}
r = {k: min(v) for k, v in runs.items()}
m = {k: statistics.median(t[0] for t in v) for k, v in runs.items()}
b, h, hr = r["briefing"], r["hugo"], r["hugo-related"]
print(f"briefing/hugo wall {b[0]/h[0]:.2f}x, memory {b[1]/h[1]:.2f}x; briefing/hugo-with-related wall {b[0]/hr[0]:.2f}x, memory {b[1]/hr[1]:.2f}x")
print(f"medians: briefing/hugo wall {m['briefing']/m['hugo']:.2f}x; briefing/hugo-with-related wall {m['briefing']/m['hugo-related']:.2f}x")
PY

#!/usr/bin/env bash
# Where a run's allocations come from: records `briefing <command> …` with dotnet-trace's gc-verbose profile (a sampled
# allocation about every 100 KB, with its stack, and each collection), then prints the bytes by the project's first
# method on the stack, by type, and the collections by generation and reason.
# Usage: bench/alloc-profile.sh <tool-folder> <briefing arguments…>   (run it in the folder the command expects)
#   e.g. (cd /tmp/site && rm -rf .briefing-cache && bench/alloc-profile.sh /tmp/tool render --content input --output out-2 --theme none)
# Installs dotnet-trace (a .NET global tool) when missing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tool="$1"; shift
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null || dotnet tool install -g dotnet-trace >/dev/null
trace="$(mktemp --suffix .nettrace)"
trap 'rm -f "$trace"' EXIT
dotnet-trace collect --profile gc-verbose -o "$trace" -- dotnet "$tool/briefing.dll" "$@" > /dev/null
dotnet run -c Release --project "$repo/bench/BriefingSite.Benchmarks" -- allocations "$trace"

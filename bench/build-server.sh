#!/usr/bin/env bash
# `briefing build` after one title edit each, answered by a build server (README, "The build server"): the wall time of
# each edit's whole command, as a user waits for it, then the median. The CLI without a server is timed the same way.
# Usage: bench/build-server.sh <tool-folder> <site-folder> [edits]   (a folder with articles/ built by
#   `briefing build --articles articles`; the tool as `dotnet publish` wrote it)
set -euo pipefail
tool="$1"; site="$2"; edits="${3:-10}"
briefing="$tool/briefing"
cd "$site"
briefings=(input/*.md); file="${briefings[0]}"

edit_and_time() { # label, build arguments...
  local label="$1"; shift
  local times=()
  for i in $(seq 1 "$edits"); do
    sed -i "0,/^title: .*/s//title: Edited for the benchmark $label $i $RANDOM/" "$file"
    local log; log="$(mktemp)"
    /usr/bin/time -f "%e" -o "$log" $briefing build --articles articles "$@" > /dev/null
    times+=("$(cat "$log")")
    sleep 1
  done
  printf '%-32s %s\n' "$label" "${times[*]}"
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$label" '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%-32s median %.2f s, %.2f-%.2f s\n", label, m, a[1], a[NR]}'
}

echo "$(find articles -type f | wc -l) articles, $(nproc) cores"
$briefing build --articles articles --build-server on | tail -n 1
# The server loads the site in the background; the first build it answers waits for that.
$briefing build --articles articles > /dev/null
edit_and_time "through the build server"
$briefing build --articles articles --build-server off > /dev/null
edit_and_time "in the command (no server)" --build-server off

#!/usr/bin/env bash
# One clean build of a corpus in a new folder, with each phase's wall time, CPU and allocations (BRIEFING_TIMINGS).
# Usage: bench/clean-build.sh <tool-folder> <corpus> <new-folder>   (the tool as `dotnet publish` wrote it)
# The log goes to <new-folder>.log; its last lines are the summary and /usr/bin/time's wall, peak memory and CPU.
# Write into a folder beside no recent deletions: on this machine's file system files are slow to create for some
# minutes after many were deleted (see bench/rebuild.sh).
set -euo pipefail
tool="$1"; corpus="$2"; folder="$3"
[ ! -e "$folder" ] || { echo "$folder exists: give a new folder" >&2; exit 2; }
mkdir -p "$folder/articles"
cp "$corpus"/* "$folder/articles/"
touch -d '1 hour ago' "$folder/articles"/*
cd "$folder"
BRIEFING_TIMINGS=1 /usr/bin/time -f "%e s %M KB %U user %S sys" "$tool/briefing" build --articles articles > "$folder.log" 2>&1
tail -n 3 "$folder.log"

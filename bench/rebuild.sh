#!/usr/bin/env bash
# Whole builds of one corpus with `briefing build`: a clean build, a re-run with nothing changed, a re-run after
# editing one briefing's title, and a re-run after adding one article. Prints wall time and peak memory of each.
# Usage: bench/rebuild.sh [corpus] [work-folder]   (defaults: /tmp/corpus10k, /tmp/briefing-rebuild)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-/tmp/corpus10k}"
work="${2:-/tmp/briefing-rebuild}"
if [ ! -d "$corpus" ]; then
  dotnet run -c Release --project "$repo/bench/BriefingSite.Benchmarks" -- corpus "$repo/../shared/corpora/bbc" "$corpus" 10000
fi
# The tool as README's "Installing" publishes it: one native program, compiled for this machine.
dotnet publish -c Release -r linux-x64 -p:PublishAot=true "$repo/src/BriefingSite.Cli" -o "$repo/bench/bin/briefing" -v q -nologo >/dev/null
briefing="$repo/bench/bin/briefing/briefing"
# On this machine's file system (ext4 without a journal) a file is slow to create for some minutes after many were
# deleted: the kernel passes over recently freed inodes one by one. So the last run's folder is set aside and deleted
# only after this run has measured, and a clean build writes into folders where nothing was deleted. Leave five
# minutes between runs of this script.
if [ -e "$work" ]; then old="$work.old.$$"; mv "$work" "$old"; trap 'rm -rf "$old"' EXIT; fi
mkdir -p "$work/articles"
cp "$corpus"/* "$work/articles/"
# Articles saved a while ago, as a user's are (files written within the last two seconds are checked byte by byte).
touch -d '1 hour ago' "$work/articles"/*
cd "$work"

measure() { # label
  local log; log="$(mktemp)"
  local summary; summary="$(/usr/bin/time -f "%e %M" -o "$log" $briefing build --articles articles | tail -n 1)"
  read -r seconds kilobytes < "$log"
  printf '%-26s %7.2f s %6d MB   %s\n' "$1" "$seconds" "$((kilobytes / 1024))" "$summary"
}

echo "$(find articles -type f | wc -l) articles, $(nproc) cores"
measure "clean build"
measure "nothing changed"
briefings=(input/*.md); file="${briefings[0]}"
sed -i '0,/^title: .*/s//title: Edited for the benchmark/' "$file"
measure "one briefing edited"
measure "nothing changed"
articles=(articles/*); first="${articles[0]}"
{ echo "Harbour Board Approves New Ferry Terminal"; echo; tail -n +2 "$first"; } > articles/zz-added.txt
touch -d '1 hour ago' articles/zz-added.txt
measure "one article added"

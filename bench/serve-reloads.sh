#!/usr/bin/env bash
# When open pages hear of an edit: starts `briefing serve` in a built folder, lets it warm, listens to its reload
# events as a browser would, edits the titles of briefings in input/ one after another, and prints, per edit, the time
# from the save to the event naming that briefing's page and to the event that moves the build number; then medians.
# Usage: bench/serve-reloads.sh <tool-folder> <work-folder> [edits] [port]
#   tool-folder: a published tool (dotnet publish … -o DIR, as README's "Installing" says, or bench/bin/briefing)
#   work-folder: a folder with articles/ that this tool built once (`briefing build --articles articles`)
set -euo pipefail
tool="$1"; work="$2"; edits="${3:-8}"; port="${4:-4620}"
log="$(mktemp)"; events="$(mktemp)"
cd "$work"
"$tool/briefing" serve --articles articles --port "$port" > "$log" 2>&1 &
server=$!
trap 'kill $server $listener 2>/dev/null; rm -f "$log" "$events"' EXIT
until grep -q "^serving" "$log"; do sleep 1; done
sleep 45
curl -sN "http://127.0.0.1:$port/__briefing/reload" | while IFS= read -r line; do
  [ -n "$line" ] && echo "$(date +%s%3N) $line"
done > "$events" &
listener=$!
sleep 2
results=()
for i in $(seq 1 "$edits"); do
  file="$(ls input/*.md | sed -n "$((i * 7))p")"; slug="$(basename "$file" .md)"
  saved=$(date +%s%3N)
  sed -i "0,/^title: .*/s//title: Reload probe $i $RANDOM/" "$file"
  sleep 7
  page=$(grep " briefings/$slug.html$" "$events" | tail -1 | cut -d' ' -f1 || true)
  build=$(grep -E "data: $i [0-9]+$" "$events" | head -1 | cut -d' ' -f1 || true)
  page_ms=$([ -n "$page" ] && echo $((page - saved)) || echo "-")
  build_ms=$([ -n "$build" ] && echo $((build - saved)) || echo "-")
  echo "edit $i: its page told after $page_ms ms, the build number moved after $build_ms ms"
  results+=("$page_ms $build_ms")
done
printf '%s\n' "${results[@]}" | python3 -c '
import sys, statistics
rows = [line.split() for line in sys.stdin]
for at, name in ((0, "page told"), (1, "build number moved")):
    values = [int(r[at]) for r in rows if r[at] != "-"]
    print(f"median {name}: {statistics.median(values):.0f} ms over {len(values)} edits" if values else f"{name}: never (a tool without page events)")
'

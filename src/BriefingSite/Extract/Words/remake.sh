#!/usr/bin/env bash
# Remakes everyday-words.txt and proper-names.txt from SCOWL as Debian's scowl package installs it (see NOTICE).
set -euo pipefail
cd "$(dirname "$0")"
lists=/usr/share/dict/scowl
[ -d "$lists" ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq scowl >/dev/null; }
cat "$lists"/english-words.{10,20} | iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$' | LC_ALL=C sort -u > everyday-words.txt
cat "$lists"/english-proper-names.{35,40,50} | iconv -f latin1 -t utf-8 | grep -E '^[A-Za-z]+$' | LC_ALL=C sort -u > proper-names.txt
wc -l everyday-words.txt proper-names.txt

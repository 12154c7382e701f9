#!/usr/bin/env python3
"""People's pages that may join two people of one surname: a person's id whose names (over every briefing of
output/briefings.json) hold two names of two words, one surname, whose given names differ (neither an initial, a
title, nor sharing its first three letters with the other: "Jim" and "James", "Steve" and "Steven" pass; "Tony" and
"Cherie" do not). Nicknames ("Ted" Heath) and misspellings are flagged too: read the list.
Usage: bench/person-merges.py <site folder>   (the folder holding output/)"""
import collections
import json
import sys

TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "baron", "president", "prime", "minister",
          "chancellor", "secretary", "prince", "princess", "king", "queen", "general", "gen", "senator", "rev",
          "professor", "prof", "judge", "justice", "captain", "coach", "mayor", "pope", "saint", "st", "chief",
          "deputy", "former", "mp", "tory", "labour"}


def given_names_by_surname(names):
    by_surname = collections.defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) == 2 and words[0].lower().strip(".") not in TITLES and len(words[0].rstrip(".")) > 1:
            by_surname[words[-1]].add(words[0])
    return by_surname


def unlike(given):
    return any(a != b and a[:3] != b[:3] for a in given for b in given)


names = collections.defaultdict(set)
for briefing in json.load(open(f"{sys.argv[1]}/output/briefings.json", encoding="utf-8")):
    for entity in briefing["entities"]:
        if entity["type"] == "person":
            names[entity["id"]].update([entity["name"], *entity.get("aliases", [])])

flagged = []
for entity_id, entity_names in sorted(names.items()):
    for surname, given in given_names_by_surname(entity_names).items():
        if unlike(given):
            flagged.append(f"{entity_id}: {', '.join(sorted(n for n in entity_names if n.split()[-1] == surname))}")
print(f"{len(flagged)} of {len(names)} people's pages")
print("\n".join(flagged))

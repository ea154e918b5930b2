"""Print 6-word sequences shared between the fresh notes and the other corpora.

The other corpora are read only here, only to compute the shared sequences; nothing
else from them is printed.
"""
import csv
import os
import re
import sys

csv.field_size_limit(sys.maxsize)
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OTHERS = ["/work/shared/eval/dev/notes.csv", "/work/main/annotations/notes.csv",
          "/work/main/annotations/heldout/notes.csv", "/work/main/annotations/unseen/notes.csv"]
N = 6


def grams(text):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


def texts(path):
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield row.get("note_id", ""), row.get("text", "")


mine = {}
for nid, tx in texts(os.path.join(D, "notes.csv")):
    for g in grams(tx):
        mine.setdefault(g, set()).add(nid)
shared = {}
for path in OTHERS:
    if not os.path.exists(path):
        print(f"(missing: {path})")
        continue
    for _, tx in texts(path):
        for g in grams(tx) & mine.keys():
            shared.setdefault(g, set()).add(os.path.basename(os.path.dirname(path)) or path)
for g in sorted(shared):
    print(" ".join(g), "|", ",".join(sorted(mine[g])))
print(f"{len(shared)} shared 6-word sequences")

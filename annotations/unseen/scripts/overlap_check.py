"""Print 6-word sequences shared between our notes and three other corpora.

Words are lowercase runs of [a-z0-9]. The other files are read only to build their set of
6-grams (tokenized over the raw file); nothing from them is printed except the shared
sequences themselves, each with our note_id(s).
"""
import csv
import os
import re
import sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OTHERS = [
    "/work/shared/eval/dev/notes.csv",
    "/work/main/annotations/notes.csv",
    "/work/main/annotations/heldout/notes.csv",
]
N = 6
TOK = re.compile(r"[a-z0-9]+")


def grams(text):
    t = TOK.findall(text.lower())
    return {" ".join(t[i:i + N]) for i in range(len(t) - N + 1)}


theirs = set()
for path in OTHERS:
    with open(path, encoding="utf-8", errors="replace") as fh:
        theirs |= grams(fh.read())

shared = {}
with open(os.path.join(OUT, "notes.csv"), newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        for g in grams(row["text"]):
            if g in theirs:
                shared.setdefault(g, []).append(row["note_id"])

for g in sorted(shared):
    print(f"{g}\t{','.join(sorted(shared[g]))}")
print(f"# {len(shared)} shared 6-grams", file=sys.stderr)
sys.exit(1 if shared else 0)

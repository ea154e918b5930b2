"""Print 6-word sequences shared between heldout notes and the two other corpora.

Reads the other corpora only to build their 6-gram sets; prints nothing but the
shared sequences (and which heldout note they occur in).
"""
import csv, os, re, sys
csv.field_size_limit(sys.maxsize)
HERE = os.path.dirname(os.path.abspath(__file__))
OTHERS = ["/work/shared/eval/dev/notes.csv", "/work/main/annotations/notes.csv"]
N = 6

def grams(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(toks[i:i + N]) for i in range(len(toks) - N + 1)}

other = set()
for path in OTHERS:
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            other |= grams(row.get("text", "") or "")

hits = 0
with open(os.path.join(os.path.dirname(HERE), "notes.csv"), newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        for g in sorted(grams(row["text"]) & other):
            print(row["note_id"], "|", g)
            hits += 1
print("shared 6-grams:", hits)

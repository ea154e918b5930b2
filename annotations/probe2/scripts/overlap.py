"""Print 6-word sequences (lowercase [a-z0-9] runs) shared between our notes and other corpora.
Reads the other notes.csv files only to compute shared sequences; prints nothing else from them."""
import csv, glob, os, re, sys
csv.field_size_limit(10**9)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 6

def grams(text):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(w[i:i + N]) for i in range(len(w) - N + 1)}

ours = {}
for r in csv.DictReader(open(os.path.join(OUT, "notes.csv"), encoding="utf-8")):
    for g in grams(r["text"]):
        ours.setdefault(g, []).append(r["note_id"])
others = ["/work/shared/eval/dev/notes.csv"] + [p for p in glob.glob("/work/main/annotations/**/notes.csv", recursive=True)
                                                if not os.path.abspath(p).startswith(OUT)]
theirs = set()
for p in others:
    with open(p, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            theirs |= grams(r.get("text", ""))
shared = sorted(set(ours) & theirs)
for g in shared:
    print(g, "|", ",".join(sorted(set(ours[g]))))
print(len(shared), "shared 6-word sequences")

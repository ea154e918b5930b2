"""Score the trauma challenge set (annotations/challenge_trauma/sentences.json): single sentences
written apart from the code, each with the skin traumas the guidelines would annotate.

    python scripts/score_trauma_challenge.py        # totals
    python scripts/score_trauma_challenge.py -v     # and every miss, wrong type or extra trauma

A gold trauma is found when an affirmed TRAUMA mention overlaps its text; its type must match;
its region and side are those of the SITE its LOCATION relation points to. Gold traumas marked
not affirmed (negated, planned, a relative's) must not come out affirmed; an affirmed TRAUMA
overlapping no gold trauma is counted as extra. Sentences are printed only with -v.
"""
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import load  # noqa: E402
from pipeline.extract import extract_text  # noqa: E402


def _affirmed(mention) -> bool:
    return not (mention.negated or mention.hypothetical or mention.family)


def score_sentence(nlp, case: dict, counts: Counter, verbose: bool) -> None:
    """Add one sentence's results to ``counts``."""
    text = case["text"]
    record = extract_text(nlp, text, dt.date.fromisoformat(case["note_date"]))
    by_id = {m.mention_id: m for m in record.mentions}
    site_of = {r.arg1: by_id[r.arg2] for r in record.relations if r.type == "LOCATION"}
    traumas = [m for m in record.mentions if m.label == "TRAUMA"]
    used = set()
    for gold in case["traumas"]:
        start = text.find(gold["text"])
        end = start + len(gold["text"])
        over = [m for m in traumas if m.start < end and m.end > start]
        used |= {m.mention_id for m in over}
        found = [m for m in over if _affirmed(m)]
        if not gold["affirmed"]:
            counts["not affirmed"] += 1
            counts["not affirmed kept so"] += not found
            if found and verbose:
                print("AFFIRMED", case["id"], repr(gold["text"]), "|", text)
            continue
        counts["affirmed"] += 1
        if not found:
            if verbose:
                print("MISS", case["id"], repr(gold["text"]), "|", text)
            continue
        mention = found[0]
        counts["found"] += 1
        counts["type right"] += mention.trauma_type == gold["trauma_type"]
        if verbose and mention.trauma_type != gold["trauma_type"]:
            print("TYPE", case["id"], repr(gold["text"]), mention.trauma_type, "|", text)
        if gold.get("region"):
            site = site_of.get(mention.mention_id)
            counts["with region"] += 1
            counts["region right"] += bool(site and site.region == gold["region"])
            counts["side right"] += bool(site and site.region == gold["region"]
                                         and (site.laterality or None) == (gold.get("laterality") or None))
    for mention in traumas:
        if mention.mention_id not in used and _affirmed(mention):
            counts["extra"] += 1
            if verbose:
                print("EXTRA", case["id"], repr(mention.text), mention.trauma_type, "|", text)


def main(verbose: bool) -> None:
    nlp = load()
    cases = json.loads((ROOT / "annotations" / "challenge_trauma" / "sentences.json").read_text())
    counts = Counter()
    for case in cases:
        score_sentence(nlp, case, counts, verbose)
    print(f"affirmed traumas found: {counts['found']} of {counts['affirmed']} "
          f"({counts['found'] / counts['affirmed']:.3f}); type right {counts['type right']} of {counts['found']}")
    print(f"region right {counts['region right']} of {counts['with region']} found with a gold region "
          f"(and side {counts['side right']})")
    print(f"not affirmed kept so: {counts['not affirmed kept so']} of {counts['not affirmed']}; "
          f"extra affirmed traumas: {counts['extra']}")


if __name__ == "__main__":
    main("-v" in sys.argv)

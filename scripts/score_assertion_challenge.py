"""Score the assertion challenge set (annotations/challenge_assertion/sentences.json): single
sentences written apart from the code, each naming one CALCIPHYLAXIS, LESION or TRAUMA mention
and the assertion flags the guidelines give it.

    python scripts/score_assertion_challenge.py        # totals per label and per flag
    python scripts/score_assertion_challenge.py -v     # and every sentence scored wrong

A sentence is right when a mention of its label overlaps the target and carries exactly the gold
flags; a target with no such mention is a miss. Sentences are printed only with -v.
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

FLAGS = ("negated", "uncertain", "hypothetical", "historical", "family")
NOTE_DATE = dt.date(2024, 6, 1)


def predicted_flags(nlp, case: dict) -> set[str] | None:
    """The flags of the mention of the case's label over its target, or None when none."""
    start = case["text"].index(case["target"])
    end = start + len(case["target"])
    record = extract_text(nlp, case["text"], NOTE_DATE)
    over = [m for m in record.mentions
            if m.label == case["label"] and m.start < end and m.end > start]
    if not over:
        return None
    return {flag for flag in FLAGS if getattr(over[0], flag)}


def main(verbose: bool) -> None:
    nlp = load()
    cases = json.loads((ROOT / "annotations" / "challenge_assertion" / "sentences.json").read_text())
    right, total, missed = Counter(), Counter(), Counter()
    flag_gold, flag_hit, flag_extra = Counter(), Counter(), Counter()
    for case in cases:
        gold = set(case["flags"])
        got = predicted_flags(nlp, case)
        total[case["label"]] += 1
        if got is None:
            missed[case["label"]] += 1
            if verbose:
                print("MISS", case["id"], case["label"], repr(case["target"]), "|", case["text"])
            continue
        right[case["label"]] += got == gold
        for flag in FLAGS:
            flag_gold[flag] += flag in gold
            flag_hit[flag] += flag in gold and flag in got
            flag_extra[flag] += flag in got and flag not in gold
        if verbose and got != gold:
            print("WRONG", case["id"], case["label"], repr(case["target"]), "gold", sorted(gold),
                  "got", sorted(got), "|", case["text"])
    for label in sorted(total):
        print(f"{label}: {right[label]} of {total[label]} right, {missed[label]} not found")
    print(f"all: {sum(right.values())} of {sum(total.values())} right")
    for flag in FLAGS:
        print(f"  {flag}: {flag_hit[flag]} of {flag_gold[flag]} found, {flag_extra[flag]} extra")


if __name__ == "__main__":
    main("-v" in sys.argv)

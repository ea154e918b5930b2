"""Run-folder tables from a hand-written linker case (tests/cases/link_*.json and the linker unit
tests): notes, mentions and relations as the extraction stage writes them, offsets found from
the quoted text so a case never states a character offset by hand."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")


def _offset(text: str, quote: str, n: int, where: str) -> int:
    start = -1
    for _ in range(n):
        start = text.find(quote, start + 1)
        if start < 0:
            raise AssertionError(f"{where}: {quote!r} occurs fewer than {n} times in the note")
    return start


def case_frames(case: dict, patient_id: str = "P") -> dict[str, pd.DataFrame]:
    """notes / mentions / relations tables as the extraction stage writes them."""
    notes = pd.DataFrame([{**n, "patient_id": patient_id, "note_date": date.fromisoformat(n["note_date"])}
                          for n in case["notes"]])
    by_note = {n["note_id"]: n for n in case["notes"]}
    timex = {(m["note_id"], m["id"]): m.get("timex_value") for m in case["mentions"]}
    event_dates = {}
    relations = []
    for r in case["relations"]:
        relations.append({"patient_id": patient_id, "note_id": r["note_id"], "type": r["type"],
                          "arg1": f"{r['note_id']}:{r['arg1']}", "arg2": f"{r['note_id']}:{r['arg2']}"})
        if r["type"] == "TIME":
            event_dates[(r["note_id"], r["arg1"])] = timex[(r["note_id"], r["arg2"])]
    mentions = []
    for m in case["mentions"]:
        note = by_note[m["note_id"]]
        start = _offset(note["text"], m["text"], m.get("n", 1), f"{m['note_id']}:{m['id']}")
        mentions.append({
            "patient_id": patient_id, "note_id": m["note_id"],
            "note_date": date.fromisoformat(note["note_date"]), "mention_id": f"{m['note_id']}:{m['id']}",
            "label": m["label"], "start": start, "end": start + len(m["text"]), "text": m["text"],
            "section": m.get("section", "other"), **{f: f in m.get("flags", []) for f in FLAGS},
            "region": m.get("region"), "laterality": m.get("laterality"),
            "trauma_type": m.get("trauma_type"), "agent": m.get("agent"),
            "timex_value": m.get("timex_value"), "event_date": event_dates.get((m["note_id"], m["id"])),
            "rule": "case",
        })
    return {"notes": notes, "mentions": pd.DataFrame(mentions), "relations": pd.DataFrame(relations)}


def write_run(frames: dict[str, pd.DataFrame], run_dir: Path) -> Path:
    """The frames as ``<name>.parquet`` in ``run_dir`` (created): a run folder the linker reads."""
    run_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        frame.to_parquet(run_dir / f"{name}.parquet", index=False)
    return run_dir

"""Hard linker cases as data (tests/cases/link_*.json), run end to end through real Parquet
files: each asserts the patient row, the decision on named pairs, and the reviewer's reason."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.link import link_run, load_config
from pipeline.link.timeline import build_timeline

CASES = sorted((Path(__file__).parent / "cases").glob("link_*.json"))
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
    run_dir.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        frame.to_parquet(run_dir / f"{name}.parquet", index=False)
    return run_dir


@pytest.fixture(params=CASES, ids=lambda p: p.stem)
def case(request) -> dict:
    return json.loads(request.param.read_text(encoding="utf-8"))


def test_case(case: dict, tmp_path: Path) -> None:
    run_dir = write_run(case_frames(case), tmp_path / "run")
    link_run(run_dir)
    patients = pd.read_csv(run_dir / "patients.csv", dtype=str, keep_default_na=False)
    assert len(patients) == 1
    row = patients.iloc[0].to_dict()
    for field, expected in case["expect"]["patient"].items():
        assert row[field] == expected, f"{field}: {row[field]!r} != {expected!r}"

    links = pd.read_parquet(run_dir / "links.parquet")
    for want in case["expect"]["links"]:
        pair = links[(links.trauma_id == want["trauma"]) & (links.lesion_id == want["lesion"])]
        assert len(pair) == 1, f"no candidate row for {want['trauma']} -> {want['lesion']}"
        got = pair.iloc[0]
        assert bool(got.linked) is want["linked"], got.reason
        assert got.site_match == want["site_match"], got.reason
        assert got.order == want["order"], got.reason
        if "reason" in want:
            assert got.reason == want["reason"]
        for part in want.get("reason_contains", []):
            assert part in got.reason
    for lesion_id in case["expect"].get("absent_lesions", []):
        assert lesion_id not in set(links.lesion_id), f"{lesion_id} should give no evidence"
    for trauma_id in case["expect"].get("absent_traumas", []):
        assert trauma_id not in set(links.trauma_id), f"{trauma_id} (not affirmed) became a candidate"


def test_copy_forward_keeps_the_original_date() -> None:
    case = json.loads((Path(__file__).parent / "cases" / "link_copy_forward.json").read_text())
    frames = case_frames(case)
    timeline = build_timeline("P", frames["notes"], frames["mentions"], frames["relations"], load_config())
    events = {e.mention_id: e for e in timeline.events}
    for mention_id, want in case["expect"]["copied"].items():
        e = events[mention_id]
        assert e.copied_from == want["copied_from"]
        assert str(e.date) == want["date"]
        assert e.first_seen.isoformat() == want["first_seen"]
    # the new sentence of the later note is not a copy
    assert events["P9-02:T4"].copied_from is None
    assert events["P9-02:T4"].first_seen == date(2019, 3, 20)

"""Hard linker cases as data (tests/cases/link_*.json), run end to end through real Parquet
files: each asserts the patient row, the decision on named pairs, and the reviewer's reason."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from case_loader import case_file_params, read_case_file
from link_frames import case_frames, write_run

from pipeline.link import link_run, load_config
from pipeline.link.timeline import build_timeline


@pytest.mark.parametrize("case", case_file_params("link_*.json"))
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
    case = read_case_file("link_copy_forward.json")
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

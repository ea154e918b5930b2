"""The lexical screen keeps every patient the pipeline could flag, with all of their notes."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.ingest import ColumnMap, read_notes
from pipeline.screen import (
    ScreenConfigError,
    ScreenTerms,
    TermMatcher,
    flag_patients,
    load_terms,
    screen_notes,
)
from pipeline.synth import FLAGGED_GROUPS, iter_chunks, write_cohort

# Hand-written notes in the style of real charts: shorthand, misspellings, odd casing.
CHART = [
    # Patient whose diagnosis appears only in the third note (a misspelled pathology report).
    ("A1", "A1-1", "2021-03-02", "Dialysis Progress Note",
     "HD PROGRESS NOTE\nS: 71F ESRD on HD MWF, c/o new painful area L thigh x 10d. Denies fever.\n"
     "O: BP 151/77. Access LUE AVF +thrill.\nSkin: L lat thigh 3x2 cm violaceous indurated plaque.\n"
     "A/P: painful plaque, ?cellulitis vs other. Derm referral. Cont cephalexin."),
    ("A1", "A1-2", "2021-03-09", "Telephone Encounter",
     "Pt's daughter called, pain worse, not sleeping. Derm appt moved up to Friday."),
    ("A1", "A1-3", "2021-03-12", "Surgical Pathology Report",
     "FINAL DIAGNOSIS:\nSkin, left thigh, punch bx: vascular calcification and thrombosis of "
     "subcutaneous arterioles with fat necrosis, consistent with CALCIPHYLAXSIS."),
    # Upper-case CUA in the plan, lower-case cua in a follow-up.
    ("B2", "B2-1", "2020-11-20", "Wound Care Note",
     "WOUND CARE\nR calf ulcer w/ black eschar, 4 x 3 cm.\nA/P: CUA - cont STS 25g w/ HD, xeroform."),
    ("B3", "B3-1", "2020-12-01", "Nephrology Clinic Note",
     "pt w/ hx of cua dx'd 2019 (bx proven), lesions healed. on cinacalcet. f/u 3 mo."),
    # Other phrasings and misspellings of the diagnosis.
    ("C4", "C4-1", "2019-06-01", "Dermatology Consult",
     "Impression: calcific uraemic\narteriolopathy of the pannus. Discussed prognosis."),
    ("C5", "C5-1", "2019-06-02", "ED Note", "Hx calcifylaxis on STS, here for wound check."),
    ("C6", "C6-1", "2019-06-03", "Discharge Summary",
     "Dx: non-uremic calciphilaxis (nl renal fxn) – warfarin stopped, café-au-lait macules."),
    ("C7", "C7-1", "2019-06-04", "Dermatology Consult",
     "Bx c/w Calcifying Panniculitis. Recommend STS."),
    ("C8", "C8-1", "2019-06-05", "Wound Care Note", "(C.U.A.) R breast - dressing changed."),
    # Only suspected: the pipeline would say 'possible', so the screen must keep it.
    ("D9", "D9-1", "2022-01-15", "ED Note",
     "Retiform purpura bilat thighs. r/o calciphylaxis, derm to see in AM."),
    # Near misses: a common word containing 'cua', vascular calcification, calcium, anaphylaxis.
    ("N1", "N1-1", "2022-02-01", "Discharge Summary",
     "Hematoma evacuated at bedside. Wound vac placed. Extensive vascular calcification on CT. "
     "Calcium acetate 667 mg TID. Allergy: PCN - anaphylaxis. DVT prophylaxis: heparin SC."),
    ("N1", "N1-2", "2022-02-20", "Podiatry Note",
     "DFU R plantar 1st MTP head, 1.5 cm, probe to bone neg. Calcinosis cutis of fingertips noted."),
]


@pytest.fixture()
def chart_csv(tmp_path):
    path = tmp_path / "chart.csv"
    pd.DataFrame(CHART, columns=["patient_id", "note_id", "note_date", "note_type", "text"]).to_csv(
        path, index=False)
    return path


@pytest.mark.parametrize("use_arrow", [True, False])
def test_chart_notes_keep_every_calciphylaxis_patient_and_drop_near_misses(chart_csv, use_arrow):
    result = screen_notes(chart_csv, use_arrow=use_arrow)
    assert result.kept_patient_ids == {"A1", "B2", "B3", "C4", "C5", "C6", "C7", "C8", "D9"}
    assert result.reader == ("arrow" if use_arrow else "ingest")
    # A1's only mention is in its last note; the linker needs the first two as well.
    assert {"A1-1", "A1-2", "A1-3"} <= set(result.kept_note_ids)
    assert not any(nid.startswith("N1") for nid in result.kept_note_ids)
    assert result.notes_in == len(CHART) and result.patients_in == 10
    assert result.notes_kept == len(CHART) - 2
    assert result.bytes_scanned == sum(len(row[4].encode()) for row in CHART)


def test_cua_is_matched_as_a_word_in_any_case_but_not_inside_words():
    matcher = TermMatcher(load_terms())
    for text in ("CUA", "h/o CUA.", "cua dx 2019", "Cua, biopsy proven", "(CUA)", "CUA/STS",
                 "known C.U.A."):
        assert matcher.matches(text), text
    for text in ("evacuated", "vacuum dressing", "acuate", "Cuauhtemoc", "CUAD"):
        assert not matcher.matches(text), text


def test_match_offsets_point_at_the_term():
    matcher = TermMatcher(load_terms())
    text = "A/P: Calciphylaxis of L thigh; also CUA noted."
    hits = matcher.find(text)
    assert any(text[s:e].lower().startswith("calciphyl") for s, e, _ in hits)
    assert any(text[s:e] == "CUA" for s, e, _ in hits)


def test_kept_notes_file_has_the_input_format_and_reads_back(chart_csv, tmp_path):
    for suffix in (".csv", ".parquet"):
        out = tmp_path / f"kept{suffix}"
        result = screen_notes(chart_csv, out=out)
        notes, rejected = read_notes(out)
        assert rejected == []
        assert [n.note_id for n in notes] == result.kept_note_ids
        original = {row[1]: row[4] for row in CHART}
        assert all(n.text == original[n.note_id] for n in notes)


def test_kept_notes_keep_the_input_column_names(tmp_path):
    omop = pd.DataFrame({
        "person_id": ["7", "7", "8"], "note_id": ["n1", "n2", "n3"],
        "note_date": ["2020-01-01", "2020-02-01", "2020-01-05"],
        "note_title": ["ED Note", "Derm Consult", "ED Note"],
        "note_text": ["Painful plaque on abdomen.", "Biopsy: calciphylaxis.", "Ankle sprain."],
    })
    source = tmp_path / "note.parquet"
    omop.to_parquet(source)
    out = tmp_path / "kept.csv"
    result = screen_notes(source, out=out, columns=ColumnMap.parse("omop"))
    assert result.kept_patient_ids == {"7"}
    written = pd.read_csv(out, dtype=str)
    assert list(written.columns) == ["person_id", "note_id", "note_date", "note_title", "note_text"]
    assert written["note_id"].tolist() == ["n1", "n2"]


def test_rejected_rows_are_reported_not_hidden(tmp_path):
    rows = CHART[:3] + [("A1", "A1-4", "not a date", "Wound Care Note", "Calciphylaxis L thigh.")]
    path = tmp_path / "bad.csv"
    pd.DataFrame(rows, columns=["patient_id", "note_id", "note_date", "note_type", "text"]).to_csv(
        path, index=False)
    result = screen_notes(path)
    assert result.kept_patient_ids == {"A1"}
    assert [(r.row, r.note_id) for r in result.rejected] == [(4, "A1-4")]
    assert "note_date" in result.rejected[0].reason
    assert result.notes_kept == 3


def test_synthetic_cohort_keeps_every_flagged_patient_and_all_their_notes(tmp_path):
    summary = write_cohort(tmp_path / "cohort.parquet", 600, seed=31, calciphylaxis_share=0.12,
                           koebner_share=0.04, ruled_out_share=0.03)
    profiles = [p for chunk in iter_chunks(600, 31, shares=_shares(0.12, 0.04, 0.03))
                for p in chunk.profiles]
    flagged = {p.patient_id for p in profiles if p.group in FLAGGED_GROUPS}
    ruled_out = {p.patient_id for p in profiles if p.group == "ruled_out"}
    assert len(flagged) > 40
    for use_arrow in (True, False):
        result = screen_notes(summary.notes_path, use_arrow=use_arrow)
        assert flagged <= result.kept_patient_ids
        # Background patients without any mention are dropped; ruled-out ones may be kept.
        assert result.kept_patient_ids <= flagged | ruled_out
    frame = pd.read_parquet(summary.notes_path)
    expected_notes = frame.loc[frame["patient_id"].isin(result.kept_patient_ids), "note_id"]
    assert result.kept_note_ids == expected_notes.tolist()


def test_background_only_cohort_keeps_a_small_fraction(tmp_path):
    summary = write_cohort(tmp_path / "background.csv", 1500, seed=41, calciphylaxis_share=0.0,
                           koebner_share=0.0, ruled_out_share=0.0)
    result = flag_patients(summary.notes_path)
    assert result.patients_in == 1500
    assert result.patients_kept / result.patients_in <= 0.01


def _shares(calciphylaxis, koebner, ruled_out):
    from pipeline.synth import CohortShares

    return CohortShares(calciphylaxis, koebner, ruled_out)


def test_bad_term_files_are_refused_with_the_reason(tmp_path):
    with pytest.raises(ScreenConfigError, match="no terms"):
        ScreenTerms.from_dict({"terms": [], "whole_word_terms": []})
    with pytest.raises(ScreenConfigError, match="item 1 is empty"):
        ScreenTerms.from_dict({"terms": ["calciphyl", " "]})
    broken = tmp_path / "terms.json"
    broken.write_text("{not json")
    with pytest.raises(ScreenConfigError, match="not valid JSON"):
        load_terms(broken)


def test_custom_term_file_changes_what_is_kept(chart_csv, tmp_path):
    terms = tmp_path / "terms.json"
    terms.write_text(json.dumps({"terms": ["anaphylaxis"]}))
    result = flag_patients(chart_csv, terms=load_terms(terms))
    assert result.kept_patient_ids == {"N1"}


def test_screen_command_writes_kept_notes_and_a_summary(chart_csv, tmp_path):
    out = tmp_path / "kept.parquet"
    summary = tmp_path / "summary.json"
    result = CliRunner().invoke(app, ["screen", str(chart_csv), "--out", str(out),
                                      "--summary-json", str(summary)])
    assert result.exit_code == 0, result.output
    assert "patients kept 9" in result.output
    data = json.loads(summary.read_text())
    assert data["notes_in"] == len(CHART) and data["notes_kept"] == len(CHART) - 2
    assert len(pd.read_parquet(out)) == len(CHART) - 2
    missing = CliRunner().invoke(app, ["screen", str(tmp_path / "nope.csv")])
    assert missing.exit_code == 2 and "input not found" in missing.output

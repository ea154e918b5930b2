"""Building a gold corpus from JSON sources and checking corpora against the guidelines."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.corpus import read_corpus
from pipeline.corpus.build import CorpusSourceError, build_corpus
from pipeline.corpus.check import check_corpus

REPO = Path(__file__).resolve().parents[2]

NOTE_1 = (
    "NEPHROLOGY HD NOTE\n"
    "62M ESRD on HD TTS, T2DM on insulin, BMI 36. Injects insulin into L lower abd, "
    "same spot for years.\n"
    "C/o painful dark patch on L lower abd x 10 days. No ulcer.\n"
    "A/P: r/o calciphylaxis; will rotate injection sites."
)
NOTE_2 = (
    "DERMATOLOGY CONSULT\n"
    "Punch biopsy of the L lower abdomen plaque today. Path: medial calcification of "
    "subcutaneous arterioles, c/w calciphylaxis."
)

SOURCE = {
    "patient_id": "Z01",
    "age": 62,
    "sex": "M",
    "split": "train",
    "gold": {
        "calciphylaxis": "yes", "koebner": "yes", "trauma_types": "injection",
        "sites": "abdomen:left", "lesion_onset": "2021-04-02", "trauma_date": "", "interval_days": "",
        "esrd": "yes", "dialysis": "HD", "diabetes": "yes", "insulin": "yes", "warfarin": "no",
        "obesity": "yes", "bmi": 36.0,
    },
    "notes": [
        {
            "note_id": "Z01-01", "note_date": "2021-04-12", "note_type": "Dialysis Progress Note",
            "text": NOTE_1,
            "mentions": [
                {"id": "T1", "label": "TRAUMA", "quote": "Injects insulin", "n": 1,
                 "type": "injection", "agent": "insulin"},
                {"id": "T2", "label": "SITE", "quote": "L lower abd", "n": 1,
                 "region": "abdomen", "laterality": "left"},
                {"id": "T3", "label": "LESION", "quote": "dark patch", "n": 1},
                {"id": "T4", "label": "SITE", "quote": "L lower abd", "n": 2,
                 "region": "abdomen", "laterality": "left"},
                {"id": "T5", "label": "TIMEX", "quote": "x 10 days", "n": 1, "value": "2021-04-02"},
                {"id": "T6", "label": "LESION", "quote": "ulcer", "n": 1, "flags": ["Negated"]},
                {"id": "T7", "label": "CALCIPHYLAXIS", "quote": "calciphylaxis", "n": 1,
                 "flags": ["Uncertain"]},
                {"id": "T8", "label": "TRAUMA", "quote": "injection sites", "n": 1,
                 "flags": ["Hypothetical"], "type": "injection"},
            ],
            "relations": [["LOCATION", "T1", "T2"], ["LOCATION", "T3", "T4"], ["TIME", "T3", "T5"]],
        },
        {
            "note_id": "Z01-02", "note_date": "2021-04-15", "note_type": "Dermatology Consult",
            "text": NOTE_2,
            "mentions": [
                {"id": "T1", "label": "TRAUMA", "quote": "Punch biopsy", "n": 1, "type": "procedure"},
                {"id": "T2", "label": "SITE", "quote": "L lower abdomen", "n": 1,
                 "region": "abdomen", "laterality": "left"},
                {"id": "T3", "label": "LESION", "quote": "plaque", "n": 1},
                {"id": "T4", "label": "TIMEX", "quote": "today", "n": 1, "value": "2021-04-15"},
                {"id": "T5", "label": "CALCIPHYLAXIS", "quote": "calciphylaxis", "n": 1},
            ],
            "relations": [["LOCATION", "T1", "T2"], ["LOCATION", "T3", "T2"], ["TIME", "T1", "T4"]],
        },
    ],
}


def _write_source(src: Path, source: dict) -> None:
    src.mkdir(parents=True, exist_ok=True)
    (src / f"{source['patient_id']}.json").write_text(json.dumps(source, indent=1), encoding="utf-8")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    _write_source(tmp_path / "src", SOURCE)
    out = tmp_path / "corpus"
    build_corpus(tmp_path / "src", out)
    return out


def _problems_text(root: Path) -> list[str]:
    return [str(p) for p in check_corpus(root)]


def _edit_ann(root: Path, note_id: str, old: str, new: str) -> None:
    path = root / "brat" / f"{note_id}.ann"
    content = path.read_text(encoding="utf-8")
    assert old in content
    path.write_text(content.replace(old, new, 1), encoding="utf-8")


def _rewrite_gold(root: Path, change) -> None:
    path = root / "gold.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields, rows = reader.fieldnames, list(reader)
    rows = change(rows)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def test_built_corpus_has_offsets_attributes_and_relations(corpus: Path) -> None:
    assert check_corpus(corpus) == []
    gold = read_corpus(corpus)
    doc = gold.documents["Z01-01"]
    assert doc.text == NOTE_1
    second_site = doc.entities["T4"]
    # n=2 must select the second "L lower abd", the one after "dark patch on"
    assert NOTE_1[second_site.start - 3:second_site.start] == "on "
    assert second_site.attributes == {"Region": "abdomen", "Laterality": "left"}
    assert doc.entities["T6"].flags == {"Negated"}
    assert doc.entities["T1"].attributes == {"TraumaType": "injection", "Agent": "insulin"}
    assert doc.entities["T5"].note == "2021-04-02"
    assert [(r.type, r.arg1, r.arg2) for r in doc.relations][-1] == ("TIME", "T3", "T5")
    assert gold.notes.loc[0, "text"] == NOTE_1  # newlines survive RFC 4180 quoting
    row = gold.gold.iloc[0]
    assert (row["koebner"], row["sites"], row["bmi"]) == ("yes", "abdomen:left", "36")
    splits = (corpus / "splits.csv").read_text(encoding="utf-8").splitlines()
    assert splits == ["patient_id,split", "Z01,train"]


def test_quote_not_found_names_file_note_and_quote(tmp_path: Path) -> None:
    source = json.loads(json.dumps(SOURCE))
    source["notes"][1]["mentions"][2]["n"] = 2  # only one "plaque" in Z01-02
    _write_source(tmp_path / "src", source)
    with pytest.raises(CorpusSourceError) as err:
        build_corpus(tmp_path / "src", tmp_path / "out")
    message = str(err.value)
    assert "Z01.json" in message and "Z01-02" in message and "'plaque'" in message
    assert not (tmp_path / "out" / "notes.csv").exists()


def test_shifted_offset_is_reported_on_its_entity(corpus: Path) -> None:
    ann = (corpus / "brat" / "Z01-02.ann").read_text(encoding="utf-8")
    line = next(x for x in ann.splitlines() if x.startswith("T3\t"))
    _, middle, quote = line.split("\t")
    label, start, end = middle.split()
    shifted = f"T3\t{label} {int(start) + 1} {int(end) + 1}\t{quote}"
    _edit_ann(corpus, "Z01-02", line, shifted)
    problems = check_corpus(corpus)
    assert len(problems) == 1
    assert problems[0].file == "brat/Z01-02.ann"
    assert problems[0].where.startswith("T3 ")
    assert "not the quoted 'plaque'" in problems[0].message


def test_bad_region_is_reported(corpus: Path) -> None:
    _edit_ann(corpus, "Z01-01", "Region T2 abdomen", "Region T2 belly")
    assert _problems_text(corpus) == [
        "brat/Z01-01.ann T2 (line 4): Region 'belly' is not one of the guideline regions"
    ]


def test_relation_to_the_wrong_label_is_reported(corpus: Path) -> None:
    # LOCATION from the lesion to the TIMEX instead of the SITE
    _edit_ann(corpus, "Z01-01", "LOCATION Arg1:T3 Arg2:T4", "LOCATION Arg1:T3 Arg2:T5")
    problems = check_corpus(corpus)
    assert [(p.file, p.where.split()[0]) for p in problems] == [("brat/Z01-01.ann", "R2")]
    assert "Arg2 T5 is a TIMEX; it must be a SITE" in problems[0].message


def test_koebner_without_calciphylaxis_is_reported(corpus: Path) -> None:
    def change(rows):
        rows[0]["calciphylaxis"] = "no"
        return rows

    _rewrite_gold(corpus, change)
    assert _problems_text(corpus) == [
        "gold.csv line 2 (Z01): koebner=yes needs calciphylaxis=yes, got 'no'"
    ]


def test_missing_gold_row_is_reported(corpus: Path) -> None:
    _rewrite_gold(corpus, lambda rows: [])
    assert _problems_text(corpus) == [
        "gold.csv patient Z01: no gold row for a patient in notes.csv"
    ]


def test_interval_days_must_follow_the_dates(corpus: Path) -> None:
    def change(rows):
        rows[0]["trauma_date"] = "2021-03"  # month precision: the 15th
        rows[0]["interval_days"] = "30"
        return rows

    _rewrite_gold(corpus, change)
    assert _problems_text(corpus) == [
        "gold.csv line 2 (Z01): interval_days 30 but the dates give 18"
    ]


def test_brat_text_must_equal_notes_csv(corpus: Path) -> None:
    path = corpus / "brat" / "Z01-02.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("today", "TODAY"), encoding="utf-8")
    problems = _problems_text(corpus)
    assert any(p.startswith("brat/Z01-02.txt file: text differs from notes.csv") for p in problems)
    assert any("brat/Z01-02.ann T4" in p and "not the quoted 'today'" in p for p in problems)


def test_cli_check_exit_codes(corpus: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(app, ["annotations", "check", str(corpus)])
    assert ok.exit_code == 0, ok.output
    assert "OK - 1 patients, 2 notes, 13 mentions" in ok.output
    assert "LESION 3" in ok.output
    _edit_ann(corpus, "Z01-01", "TraumaType T1 injection", "TraumaType T1 needle")
    bad = runner.invoke(app, ["annotations", "check", str(corpus)])
    assert bad.exit_code == 1
    assert "brat/Z01-01.ann" in bad.output and "needle" in bad.output


def test_cli_build_writes_and_checks(tmp_path: Path) -> None:
    _write_source(tmp_path / "src", SOURCE)
    result = CliRunner().invoke(
        app, ["annotations", "build", str(tmp_path / "src"), "--out", str(tmp_path / "c")]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c" / "brat" / "Z01-02.ann").exists()


def test_committed_annotations_corpus_is_valid() -> None:
    problems = check_corpus(REPO / "annotations")
    assert [str(p) for p in problems] == []
    gold = read_corpus(REPO / "annotations")
    assert len(gold.gold) >= 20
    assert set(gold.notes["note_id"]) == set(gold.documents)

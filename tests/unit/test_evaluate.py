"""Contract scoring on hand-made gold corpora and run folders with hand-computed figures."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.evaluate import RunFormatError, evaluate_run, write_evaluation
from pipeline.evaluate.mentions import SpanRecord, match_lenient
from pipeline.records import GOLD_FIELDS, LABELS

NOTES = {
    "N1": ("P1", "2021-03-10",
           "Painful violaceous plaque on the left lateral thigh, onset 3 weeks ago. She rests ice "
           "packs on her thighs nightly for pain. No ulceration seen. Clinical diagnosis of "
           "calciphylaxis."),
    "N2": ("P2", "2020-11-02",
           "Family history: mother had calciphylaxis. Denies trauma to the R buttock. Will rotate "
           "insulin injections away from the abdomen."),
    # annotated by nobody: predictions here must be ignored
    "N3": ("P2", "2020-12-01", "Eschar on the abdomen, stable."),
}

# (id, label, phrase, attributes, AnnotatorNotes) per gold note
GOLD_ENTITIES = {
    "N1": [
        ("T1", "LESION", "violaceous plaque", {}, None),
        ("T2", "SITE", "left lateral thigh", {"Region": "thigh", "Laterality": "left"}, None),
        ("T3", "TIMEX", "3 weeks ago", {}, "2021-02-17"),
        ("T4", "TRAUMA", "ice packs", {"TraumaType": "thermal"}, None),
        ("T5", "SITE", "thighs", {"Region": "thigh", "Laterality": "bilateral"}, None),
        ("T6", "LESION", "ulceration", {"Negated": True}, None),
        ("T7", "CALCIPHYLAXIS", "calciphylaxis", {}, None),
    ],
    "N2": [
        ("T1", "CALCIPHYLAXIS", "calciphylaxis", {"Family": True}, None),
        ("T2", "TRAUMA", "trauma", {"Negated": True, "TraumaType": "accidental"}, None),
        ("T3", "SITE", "R buttock", {"Region": "buttock", "Laterality": "right"}, None),
        ("T4", "TRAUMA", "insulin injections",
         {"Hypothetical": True, "TraumaType": "injection", "Agent": "insulin"}, None),
        ("T5", "SITE", "abdomen", {"Region": "abdomen"}, None),
    ],
}
GOLD_RELATIONS = {
    "N1": [("LOCATION", "T1", "T2"), ("TIME", "T1", "T3"), ("LOCATION", "T4", "T5")],
    "N2": [("LOCATION", "T2", "T3"), ("LOCATION", "T4", "T5")],
}

GOLD_PATIENTS = [
    # patient_id, calciphylaxis, koebner, trauma_types, sites, interval_days, bmi
    dict(patient_id="P1", calciphylaxis="yes", koebner="yes", trauma_types="thermal",
         sites="thigh:left", lesion_onset="2021-02-17", trauma_date="2021-01", interval_days="33",
         esrd="yes", dialysis="HD", diabetes="yes", insulin="no", warfarin="no", obesity="yes",
         bmi="34.1"),
    dict(patient_id="P2", calciphylaxis="no", koebner="no", trauma_types="", sites="",
         lesion_onset="", trauma_date="", interval_days="", esrd="no", dialysis="none",
         diabetes="yes", insulin="yes", warfarin="no", obesity="no", bmi=""),
]


def offsets(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def write_gold(root: Path, splits: dict[str, str] | None = None,
               patients: list[dict] | None = None) -> Path:
    (root / "brat").mkdir(parents=True)
    notes = pd.DataFrame(
        [{"patient_id": p, "note_id": n, "note_date": d, "note_type": "Progress", "text": t}
         for n, (p, d, t) in NOTES.items()])
    notes.to_csv(root / "notes.csv", index=False)
    for note_id, entities in GOLD_ENTITIES.items():
        text = NOTES[note_id][2]
        lines, n_attr, n_note = [], 0, 0
        for tid, label, phrase, attrs, note in entities:
            start, end = offsets(text, phrase)
            lines.append(f"{tid}\t{label} {start} {end}\t{phrase}")
            for name, value in attrs.items():
                n_attr += 1
                lines.append(f"A{n_attr}\t{name} {tid}" + ("" if value is True else f" {value}"))
            if note:
                n_note += 1
                lines.append(f"#{n_note}\tAnnotatorNotes {tid}\t{note}")
        for i, (rtype, a1, a2) in enumerate(GOLD_RELATIONS[note_id], start=1):
            lines.append(f"R{i}\t{rtype} Arg1:{a1} Arg2:{a2}\t")
        (root / "brat" / f"{note_id}.txt").write_text(text, encoding="utf-8")
        (root / "brat" / f"{note_id}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pd.DataFrame(patients or GOLD_PATIENTS, columns=["patient_id", *GOLD_FIELDS]).to_csv(
        root / "gold.csv", index=False)
    if splits:
        pd.DataFrame(list(splits.items()), columns=["patient_id", "split"]).to_csv(
            root / "splits.csv", index=False)
    return root


def mention(note_id: str, mention_id: str, label: str, phrase: str, *, shift: tuple[int, int] = (0, 0),
            **values) -> dict:
    patient_id, note_date, text = NOTES[note_id]
    start, end = offsets(text, phrase)
    start, end = start + shift[0], end + shift[1]
    row = {"patient_id": patient_id, "note_id": note_id, "note_date": note_date,
           "mention_id": mention_id, "label": label, "start": start, "end": end,
           "text": text[start:end], "section": "", "negated": False, "uncertain": False,
           "historical": False, "hypothetical": False, "family": False, "region": None,
           "laterality": None, "trauma_type": None, "agent": None, "timex_value": None,
           "event_date": None, "rule": "test"}
    row.update(values)
    return row


def perfect_mentions() -> list[dict]:
    return [
        mention("N1", "m1", "LESION", "violaceous plaque"),
        mention("N1", "m2", "SITE", "left lateral thigh", region="thigh", laterality="left"),
        mention("N1", "m3", "TIMEX", "3 weeks ago", timex_value="2021-02-17"),
        mention("N1", "m4", "TRAUMA", "ice packs", trauma_type="thermal"),
        mention("N1", "m5", "SITE", "thighs", region="thigh", laterality="bilateral"),
        mention("N1", "m6", "LESION", "ulceration", negated=True),
        mention("N1", "m7", "CALCIPHYLAXIS", "calciphylaxis"),
        mention("N2", "m8", "CALCIPHYLAXIS", "calciphylaxis", family=True),
        mention("N2", "m9", "TRAUMA", "trauma", negated=True, trauma_type="accidental"),
        mention("N2", "m10", "SITE", "R buttock", region="buttock", laterality="right"),
        mention("N2", "m11", "TRAUMA", "insulin injections", hypothetical=True,
                trauma_type="injection", agent="insulin"),
        mention("N2", "m12", "SITE", "abdomen", region="abdomen"),
    ]


PERFECT_RELATIONS = [("N1", "LOCATION", "m1", "m2"), ("N1", "TIME", "m1", "m3"),
                     ("N1", "LOCATION", "m4", "m5"), ("N2", "LOCATION", "m9", "m10"),
                     ("N2", "LOCATION", "m11", "m12")]

MENTION_COLUMNS = list(mention("N1", "x", "LESION", "violaceous plaque"))


def write_run(root: Path, mentions: list[dict] | None = None,
              relations: list[tuple[str, str, str, str]] | None = None,
              patients: list[dict] | None = None, links: list[dict] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if mentions is not None:
        pd.DataFrame(mentions, columns=MENTION_COLUMNS).to_parquet(root / "mentions.parquet")
    if relations is not None:
        rows = [{"patient_id": NOTES[n][0], "note_id": n, "type": t, "arg1": a, "arg2": b}
                for n, t, a, b in relations]
        pd.DataFrame(rows, columns=["patient_id", "note_id", "type", "arg1", "arg2"]).to_parquet(
            root / "relations.parquet")
    if patients is not None:
        frame = pd.DataFrame(patients, columns=["patient_id", *GOLD_FIELDS])
        frame["n_notes"] = 1
        frame["evidence"] = ""
        frame.to_csv(root / "patients.csv", index=False)
    if links is not None:
        pd.DataFrame(links).to_parquet(root / "links.parquet")
    return root


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold")


def test_perfect_prediction_scores_one_everywhere(gold: Path, tmp_path: Path) -> None:
    run = write_run(tmp_path / "run", perfect_mentions(), PERFECT_RELATIONS, GOLD_PATIENTS)
    result = evaluate_run(gold, run)
    m = result.mentions
    for label in LABELS:
        assert (m.lenient[label].f1, m.strict[label].f1) == (1.0, 1.0), label
    assert m.lenient_micro.tp == 12 and m.strict_micro.tp == 12
    assert all(acc.accuracy == 1.0 for acc in m.attributes.values())
    assert m.attributes["negated"].total == 7  # flags are scored on the 7 event mentions only
    assert m.attributes["region"].total == 4 and m.attributes["timex_value"].total == 1
    assert result.relations.micro.f1 == 1.0 and result.relations.by_type["LOCATION"].tp == 4
    p = result.patients
    assert p.calciphylaxis.accuracy == 1.0 and p.koebner_yes.f1 == 1.0
    assert p.interval_days.accuracy == 1.0 and p.bmi.accuracy == 1.0
    assert result.errors == [] and result.not_scored == []


def test_empty_prediction_has_zero_recall_and_undefined_precision(gold: Path, tmp_path: Path) -> None:
    run = write_run(tmp_path / "run", [], [])
    result = evaluate_run(gold, run)
    lesion = result.mentions.lenient["LESION"]
    assert (lesion.tp, lesion.fp, lesion.fn) == (0, 0, 2)
    assert lesion.recall == 0.0 and lesion.precision is None and lesion.f1 == 0.0
    assert result.relations.micro.recall == 0.0 and result.relations.micro.precision is None
    assert all(acc.total == 0 and acc.accuracy is None for acc in result.mentions.attributes.values())
    assert "patients: patients.csv is missing from the run folder" in result.not_scored
    assert sum(e.kind == "mention_fn" for e in result.errors) == 12
    assert result.to_dict()["mentions"]["lenient"]["LESION"]["precision"] is None


def test_off_by_one_span_matches_lenient_but_not_strict(gold: Path, tmp_path: Path) -> None:
    mentions = perfect_mentions()
    mentions[0] = mention("N1", "m1", "LESION", "violaceous plaque", shift=(0, -1))  # "plaqu"
    run = write_run(tmp_path / "run", mentions, PERFECT_RELATIONS)
    result = evaluate_run(gold, run)
    lenient, strict = result.mentions.lenient["LESION"], result.mentions.strict["LESION"]
    assert (lenient.tp, lenient.fp, lenient.fn) == (2, 0, 0)
    assert (strict.tp, strict.fp, strict.fn) == (1, 1, 1)
    assert strict.precision == 0.5 and strict.recall == 0.5
    # the relation's argument is still lenient-matched, so the relation stays correct
    assert result.relations.by_type["TIME"].tp == 1
    boundary = [e for e in result.errors if e.kind == "mention_boundary"]
    assert len(boundary) == 1 and boundary[0].fields["predicted_text"] == "violaceous plaqu"


def test_greedy_one_to_one_prefers_largest_overlap(gold: Path, tmp_path: Path) -> None:
    mentions = perfect_mentions()
    mentions[1] = mention("N1", "m2a", "SITE", "left lateral", region="thigh", laterality="left")
    mentions.append(mention("N1", "m2b", "SITE", "lateral thigh", region="thigh", laterality="left"))
    relations = [("N1", "LOCATION", "m1", "m2a")] + PERFECT_RELATIONS[1:]
    result = evaluate_run(gold, write_run(tmp_path / "run", mentions, relations))
    site = result.mentions.lenient["SITE"]
    # "lateral thigh" overlaps the gold "left lateral thigh" by 13 characters, "left lateral" by
    # 12: the first is the match, the second a false positive.
    assert (site.tp, site.fp, site.fn) == (4, 1, 0)
    fp = [e for e in result.errors if e.kind == "mention_fp"]
    assert [e.fields["text"] for e in fp] == ["left lateral"]
    # the relation pointed at the unmatched span, so it is wrong and the gold one is missed
    location = result.relations.by_type["LOCATION"]
    assert (location.tp, location.fp, location.fn) == (3, 1, 1)


def test_greedy_matching_takes_the_largest_overlap_first() -> None:
    # One prediction overlaps two gold spans: it goes to the one it covers most (B, 8 characters),
    # not to the first in text order (A, 2 characters); A stays unmatched.
    gold = [SpanRecord("A", "SITE", 0, 10, ""), SpanRecord("B", "SITE", 12, 20, "")]
    assert [(g.id, p.id) for g, p in match_lenient(gold, [SpanRecord("X", "SITE", 8, 20, "")])] \
        == [("B", "X")]
    # Two predictions compete for one gold span: the larger overlap wins, in either input order.
    preds = [SpanRecord("short", "SITE", 0, 4, ""), SpanRecord("full", "SITE", 0, 10, "")]
    assert [p.id for _, p in match_lenient(gold[:1], preds)] == ["full"]
    assert [p.id for _, p in match_lenient(gold[:1], preds[::-1])] == ["full"]
    # Labels must agree.
    assert match_lenient(gold[:1], [SpanRecord("L", "LESION", 0, 10, "")]) == []


def test_swapped_flags_lower_their_accuracy(gold: Path, tmp_path: Path) -> None:
    mentions = perfect_mentions()
    mentions[5]["negated"] = False  # "No ulceration seen": gold negated
    mentions[6]["uncertain"] = True  # "Clinical diagnosis of calciphylaxis": gold affirmed
    result = evaluate_run(gold, write_run(tmp_path / "run", mentions, PERFECT_RELATIONS))
    attrs = result.mentions.attributes
    assert (attrs["negated"].correct, attrs["negated"].total) == (6, 7)
    assert (attrs["uncertain"].correct, attrs["uncertain"].total) == (6, 7)
    assert attrs["family"].accuracy == 1.0 and attrs["hypothetical"].accuracy == 1.0
    mismatches = {(e.fields["text"], e.fields["attribute"], e.fields["gold"], e.fields["predicted"])
                  for e in result.errors if e.kind == "attribute"}
    assert mismatches == {("ulceration", "negated", True, False),
                          ("calciphylaxis", "uncertain", False, True)}


def test_wrong_region_and_laterality_on_sites(gold: Path, tmp_path: Path) -> None:
    mentions = perfect_mentions()
    mentions[4]["laterality"] = None  # "thighs": gold bilateral
    mentions[9]["region"] = "hip"  # "R buttock": gold buttock
    mentions[11]["laterality"] = "left"  # "abdomen": gold has no laterality
    mentions[3]["trauma_type"] = "pressure"  # "ice packs": gold thermal
    mentions[2]["timex_value"] = "2021-02"  # gold 2021-02-17: exact match required
    result = evaluate_run(gold, write_run(tmp_path / "run", mentions, PERFECT_RELATIONS))
    attrs = result.mentions.attributes
    assert (attrs["region"].correct, attrs["region"].total) == (3, 4)
    assert (attrs["laterality"].correct, attrs["laterality"].total) == (2, 4)
    assert (attrs["trauma_type"].correct, attrs["trauma_type"].total) == (2, 3)
    assert (attrs["timex_value"].correct, attrs["timex_value"].total) == (0, 1)


def test_relations_right_and_wrong(gold: Path, tmp_path: Path) -> None:
    mentions = perfect_mentions() + [mention("N3", "m13", "LESION", "Eschar"),
                                     mention("N3", "m14", "SITE", "abdomen", region="abdomen")]
    relations = [
        ("N1", "LOCATION", "m1", "m2"),   # right
        ("N1", "TIME", "m4", "m3"),       # ice packs -> 3 weeks ago: gold dates the plaque
        ("N1", "LOCATION", "m1", "m2"),   # duplicate of a counted relation
        ("N2", "LOCATION", "m9", "m10"),  # right
        ("N2", "LOCATION", "m11", "m12"),  # right
        ("N2", "TIME", "m9", "m99"),      # argument that is not a mention
        ("N3", "LOCATION", "m13", "m14"),  # note without gold: ignored
    ]
    result = evaluate_run(gold, write_run(tmp_path / "run", mentions, relations))
    location, time = result.relations.by_type["LOCATION"], result.relations.by_type["TIME"]
    assert (location.tp, location.fp, location.fn) == (3, 1, 1)
    assert (time.tp, time.fp, time.fn) == (0, 2, 1)
    assert result.relations.ignored_predictions == 1
    assert result.mentions.ignored_predictions == 2
    reasons = sorted(e.fields["reason"] for e in result.errors if e.kind == "relation_fp")
    assert reasons == ["argument is not a mention of this note in mentions.parquet",
                       "duplicate of a relation already counted",
                       "gold has no such relation between the matched mentions"]
    missed = [e for e in result.errors if e.kind == "relation_fn"]
    assert {(e.fields["type"], e.fields["arg1"].split()[0]) for e in missed} == {
        ("TIME", "LESION"), ("LOCATION", "TRAUMA")}


def _patient(pid: str, **changes) -> dict:
    base = dict(GOLD_PATIENTS[0], patient_id=pid)
    base.update(changes)
    return base


def test_missing_patient_is_wrong_on_every_field(gold: Path, tmp_path: Path) -> None:
    links = [{"patient_id": "P1", "trauma_id": "m4", "lesion_id": "m1", "site_match": "partial",
              "order": "before", "linked": True, "reason": "thermal trauma on thighs before plaque",
              "trauma_type": "thermal", "region": "thigh", "trauma_laterality": "bilateral",
              "lesion_laterality": "left", "trauma_date": None, "lesion_onset": "2021-02-17",
              "interval_days": None, "score": 0.8}]
    run = write_run(tmp_path / "run", patients=[GOLD_PATIENTS[0]], links=links)
    result = evaluate_run(gold, run)
    p = result.patients
    assert p.missing_patients == 1
    assert (p.calciphylaxis.correct, p.calciphylaxis.total) == (1, 2)
    assert all((acc.correct, acc.total) == (1, 2) for acc in p.risk_factors.values())
    assert (p.bmi.correct, p.bmi.total) == (1, 2)
    assert p.calciphylaxis_confusion["no"] == {"(missing)": 1}
    assert "mentions: mentions.parquet is missing from the run folder" in result.not_scored
    missing = [e for e in result.errors if e.kind == "patient"]
    assert [(e.patient_id, e.fields["field"]) for e in missing] == [("P2", "patient")]


def test_koebner_prf_on_four_patients_and_interval_tolerance(tmp_path: Path) -> None:
    gold_rows = [
        _patient("P1", koebner="yes", interval_days="20"),
        _patient("P2", koebner="yes", interval_days="20"),
        _patient("P3", koebner="no", trauma_types="", sites="", interval_days=""),
        _patient("P4", koebner="no", trauma_types="", sites="", interval_days="",
                 calciphylaxis="possible"),
    ]
    predicted = [
        _patient("P1", koebner="yes", interval_days="27", sites="thigh:bilateral",
                 trauma_types="thermal;pressure"),
        _patient("P2", koebner="no", trauma_types="", sites="", interval_days=""),
        _patient("P3", koebner="yes", interval_days="5"),
        _patient("P4", koebner="no", trauma_types="", sites="", interval_days="",
                 calciphylaxis="yes", bmi="34.7"),
    ]
    gold = write_gold(tmp_path / "gold", patients=gold_rows)
    result = evaluate_run(gold, write_run(tmp_path / "run", patients=predicted))
    p = result.patients
    # gold yes {P1, P2}, predicted yes {P1, P3}: TP 1, FP 1, FN 1
    assert (p.koebner_yes.tp, p.koebner_yes.fp, p.koebner_yes.fn) == (1, 1, 1)
    assert p.koebner_yes.precision == 0.5 and p.koebner_yes.recall == 0.5 and p.koebner_yes.f1 == 0.5
    # only P1 is koebner-yes in both: 27 vs 20 days is within 7; regions agree, sides do not
    assert p.both_koebner_yes == 1
    assert p.interval_days.accuracy == 1.0
    assert p.sites_regions.accuracy == 1.0 and p.sites_region_laterality.accuracy == 0.0
    assert p.trauma_types.accuracy == 0.0
    # calciphylaxis: P4 possible -> yes is wrong, and a false positive of "yes"
    assert (p.calciphylaxis.correct, p.calciphylaxis.total) == (3, 4)
    assert (p.calciphylaxis_yes.tp, p.calciphylaxis_yes.fp, p.calciphylaxis_yes.fn) == (3, 1, 0)
    assert (p.bmi.correct, p.bmi.total) == (3, 4)  # 34.7 vs 34.1 is outside 0.5


def test_interval_eight_days_off_is_wrong(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", patients=[_patient("P1", interval_days="20")])
    run = write_run(tmp_path / "run", patients=[_patient("P1", interval_days="28")])
    assert evaluate_run(gold, run).patients.interval_days.accuracy == 0.0
    run2 = write_run(tmp_path / "run2", patients=[_patient("P1", interval_days="")])
    assert evaluate_run(gold, run2).patients.interval_days.accuracy == 0.0


def test_split_filters_notes_and_patients(tmp_path: Path) -> None:
    gold = write_gold(tmp_path / "gold", splits={"P1": "train", "P2": "test"})
    run = write_run(tmp_path / "run", perfect_mentions()[:7], [], [GOLD_PATIENTS[0]])
    result = evaluate_run(gold, run, split="test")
    # only P2 (note N2) is scored; P2's mentions were not predicted, P2 is missing
    assert result.mentions.gold_notes == 1
    assert result.mentions.lenient_micro.fn == 5 and result.mentions.lenient_micro.fp == 0
    assert result.patients.gold_patients == 1 and result.patients.missing_patients == 1
    assert result.patients.extra_patients == 0  # P1 is a train patient, not an extra one
    train = evaluate_run(gold, run, split="train")
    assert train.mentions.lenient_micro.f1 == 1.0 and train.patients.calciphylaxis.accuracy == 1.0


def test_bad_run_files_name_the_problem(gold: Path, tmp_path: Path) -> None:
    run = tmp_path / "run"
    run.mkdir()
    pd.DataFrame({"note_id": ["N1"], "label": ["LESION"], "start": [5], "end": [2],
                  "mention_id": ["m1"]}).to_parquet(run / "mentions.parquet")
    with pytest.raises(RunFormatError, match=r"mentions.parquet row 0: span 5-2"):
        evaluate_run(gold, run)
    pd.DataFrame({"note_id": ["N1"], "label": ["LESION"], "start": [1]}).to_parquet(
        run / "mentions.parquet")
    with pytest.raises(RunFormatError, match="missing required column.*end"):
        evaluate_run(gold, run)


def test_cli_writes_evaluation_and_error_listings(gold: Path, tmp_path: Path) -> None:
    mentions = perfect_mentions()
    del mentions[5]  # miss "ulceration"
    wrong_p1 = _patient("P1", koebner="no", trauma_types="", sites="", interval_days="")
    links = [{"patient_id": "P1", "trauma_id": "m4", "lesion_id": "m1", "site_match": "partial",
              "order": "unknown", "linked": False, "reason": "trauma date unknown"}]
    run = write_run(tmp_path / "run", mentions, PERFECT_RELATIONS, [wrong_p1, GOLD_PATIENTS[1]],
                    links)
    out = tmp_path / "eval"
    res = CliRunner().invoke(app, ["evaluate", str(gold), str(run), "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "LESION" in res.output and "koebner = yes" in res.output
    figures = json.loads((out / "evaluation.json").read_text())
    assert figures["mentions"]["lenient"]["LESION"]["recall"] == 0.5
    assert figures["patients"]["koebner_yes"]["recall"] == 0.0
    assert figures["error_counts"] == {"mention_fn": 1, "patient": 1}
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    fn = next(e for e in errors if e["kind"] == "mention_fn")
    assert fn["context"] == "No [[ulceration]] seen."
    patient = next(e for e in errors if e["kind"] == "patient")
    assert (patient["field"], patient["gold"], patient["predicted"]) == ("koebner", "yes", "no")
    assert patient["links"][0]["reason"] == "trauma date unknown"
    md = (out / "errors.md").read_text()
    assert "### P1" in md and "trauma date unknown" in md and "[[ulceration]]" in md


def test_cli_reports_a_missing_split_file(gold: Path, tmp_path: Path) -> None:
    run = write_run(tmp_path / "run", [])
    res = CliRunner().invoke(app, ["evaluate", str(gold), str(run), "--split", "test"])
    assert res.exit_code == 2
    assert "splits.csv" in res.output


def test_gold_corpus_as_run_scores_perfectly(gold: Path, tmp_path: Path) -> None:
    # The corpus stage's gold-as-run writer and this scorer must agree on every field.
    from pipeline.corpus.as_run import gold_as_run

    run = tmp_path / "gold_run"
    gold_as_run(gold, run)
    pd.read_csv(gold / "gold.csv", dtype=str, keep_default_na=False).to_csv(
        run / "patients.csv", index=False)
    result = evaluate_run(gold, run)
    assert result.errors == [] and result.not_scored == []
    assert result.mentions.strict_micro.tp == 12 and result.relations.micro.tp == 5
    assert result.mentions.attributes["timex_value"].accuracy == 1.0
    write_evaluation(result, tmp_path / "out")
    assert (tmp_path / "out" / "errors.jsonl").read_text() == ""


def test_markdown_lists_linked_and_same_site_candidates_first(tmp_path: Path) -> None:
    from pipeline.evaluate.errors import MD_LINK_LIMIT, ErrorItem, write_markdown

    links = [{"trauma_id": f"t{i}", "lesion_id": "l1", "site_match": "none", "order": "before",
              "linked": False, "reason": "other region"} for i in range(MD_LINK_LIMIT + 4)]
    links.append({"trauma_id": "t_exact", "lesion_id": "l1", "site_match": "exact",
                  "order": "after", "linked": False, "reason": "trauma followed the lesion"})
    links.append({"trauma_id": "t_linked", "lesion_id": "l1", "site_match": "partial",
                  "order": "before", "linked": True, "reason": "same region, before onset"})
    item = ErrorItem("patient", "P1", None, {"field": "koebner", "gold": "yes", "predicted": "no",
                                             "links": links})
    write_markdown([item], tmp_path / "errors.md")
    md = (tmp_path / "errors.md").read_text()
    rows = [line for line in md.splitlines()
            if line.startswith("| t") and not line.startswith("| trauma_id")]
    assert rows[0].startswith("| t_linked |") and rows[1].startswith("| t_exact |")
    assert len(rows) == MD_LINK_LIMIT
    assert "6 more in errors.jsonl." in md


def test_koebner_proportion_is_the_case_series_figure_of_gold_and_output() -> None:
    from pipeline.evaluate.patients import score_patients

    blank = {f: "" for f in GOLD_FIELDS}
    def rows(pairs):
        return pd.DataFrame([{**blank, "patient_id": f"P{i}", "calciphylaxis": c, "koebner": k}
                             for i, (c, k) in enumerate(pairs)])
    # gold: 4 calciphylaxis patients, 2 with Koebner; output: 5 called calciphylaxis (one of
    # them a gold "possible"), 4 of them Koebner
    gold = rows([("yes", "yes"), ("yes", "yes"), ("yes", "no"), ("yes", "no"), ("possible", "no")])
    predicted = rows([("yes", "yes"), ("yes", "yes"), ("yes", "yes"), ("yes", "no"), ("yes", "yes")])
    scores, _ = score_patients(gold, predicted)
    gold_share, predicted_share = scores.koebner_proportion()
    assert (gold_share.count, gold_share.of, gold_share.value) == (2, 4, 0.5)
    assert (predicted_share.count, predicted_share.of, predicted_share.value) == (4, 5, 0.8)
    assert str(predicted_share) == "4/5 (80.0%)"
    assert scores.to_dict()["koebner_proportion"]["gold"] == {"count": 2, "of": 4, "value": 0.5}

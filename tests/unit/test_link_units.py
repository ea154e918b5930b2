"""Linker building blocks (dates, sites, status) and the run-folder interface: every patient gets
a row, settings can be overridden by a file, bad tables give errors that name the row."""
from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.corpus.as_run import gold_as_run
from pipeline.link import RunTableError, link_patients, link_run, load_config
from pipeline.link.dates import PartialDate, days_between, earliest
from pipeline.link.sites import Site, combined_side, site_match
from pipeline.records import GOLD_FIELDS

FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")


def test_earliest_prefers_the_precise_date_inside_the_earliest_period():
    dates = [PartialDate.parse(v) for v in ("2019-02-18", "2019-01", "2019-01-28")]
    assert str(earliest(dates)) == "2019-01-28"
    assert str(earliest([PartialDate.parse("2017-11"), PartialDate.parse("2017-12-09")])) == "2017-11"


def test_interval_uses_the_15th_for_a_month_and_nothing_for_a_year():
    assert days_between(PartialDate.parse("2021-04"), PartialDate.parse("2021-05-14")) == 29
    assert days_between(PartialDate.parse("2008"), PartialDate.parse("2019-01-28")) is None
    assert PartialDate.parse("2019-02-30") is None and PartialDate.parse("last spring") is None


def test_a_season_orders_by_its_months_but_keeps_the_year_as_its_value():
    from pipeline.link.dates import compare
    from pipeline.link.seasons import within_season

    spring = within_season(PartialDate.parse("2021"), "timex:relative_season", "this spring")
    assert str(spring) == "2021" and spring.precision == "year"
    assert (spring.start, spring.end) == (date(2021, 3, 1), date(2021, 5, 31))
    assert compare(spring, PartialDate.parse("2021-07")) == "before"
    assert compare(spring, PartialDate.parse("2021-05")) == "overlap"
    assert days_between(spring, PartialDate.parse("2021-07")) is None  # a year gives no interval
    # winter is named by the year of its middle month and began the December before
    winter = within_season(PartialDate.parse("2022"), "timex:season_year", "winter 2022")
    assert (winter.start, winter.end) == (date(2021, 12, 1), date(2022, 2, 28))
    assert winter == PartialDate.parse("2022")  # the same value for every other purpose
    # the year of another pattern ("this year") is the whole year
    assert within_season(PartialDate.parse("2021"), "timex:relative_unit", "this year").start == date(2021, 1, 1)


def test_a_part_of_a_month_orders_by_its_days_but_keeps_the_month_as_its_value():
    from pipeline.link.dates import compare
    from pipeline.link.seasons import within_season

    early = within_season(PartialDate.parse("2020-11"), "timex:part_of_month", "early November")
    assert str(early) == "2020-11" and early.precision == "month"
    assert (early.start, early.end) == (date(2020, 11, 1), date(2020, 11, 10))
    # an IV placed on the 24th came after a plaque there "since early November"
    assert compare(PartialDate.parse("2020-11-24"), early) == "after"
    late = within_season(PartialDate.parse("2022-02"), "timex:part_of_month", "the end of February")
    assert (late.start, late.end) == (date(2022, 2, 21), date(2022, 2, 28))
    middle = within_season(PartialDate.parse("2021-06"), "timex:part_of_month", "mid-June")
    assert (middle.start, middle.end) == (date(2021, 6, 11), date(2021, 6, 20))
    assert days_between(PartialDate.parse("2021-05-20"), middle) == 26  # the 15th, as for a month
    assert early.described() == "2020-11 (days 1-10)"


def test_site_matching_and_sides():
    assert site_match(Site("thigh", "right"), Site("thigh", None)) == "exact"
    assert site_match(Site("thigh", "bilateral"), Site("thigh", "left")) == "exact"
    assert site_match(Site("buttock", "left"), Site("buttock", "right")) == "none"
    assert site_match(Site("thigh", "left"), Site("lower_leg", "left")) == "partial"
    assert site_match(Site("abdomen", None), Site("thigh", None)) == "none"
    assert combined_side(["left", None, "right"]) == "bilateral"
    assert combined_side([None, "left"]) == "left"
    assert combined_side([None]) is None


def _note(pid, nid, day, text):
    return {"patient_id": pid, "note_id": nid, "note_date": day, "note_type": "Note", "text": text}


def _mention(note, quote, label, mid, **extra):
    start = note["text"].index(quote)
    flags = extra.pop("flags", ())
    row = {"patient_id": note["patient_id"], "note_id": note["note_id"], "note_date": note["note_date"],
           "mention_id": mid, "label": label, "start": start, "end": start + len(quote), "text": quote,
           "section": extra.pop("section", "other"), **{f: f in flags for f in FLAGS},
           "region": None, "laterality": None, "trauma_type": None, "agent": None,
           "timex_value": None, "event_date": None, "rule": "test"}
    row.update(extra)
    return row


def _status(notes, mentions) -> str:
    _, patients = link_patients(pd.DataFrame(notes), pd.DataFrame(mentions), None, None)
    return patients[0].calciphylaxis


def test_later_confirmation_overrides_doubt_and_later_rule_out_overrides_suspicion():
    n1 = _note("A", "A1", date(2020, 1, 1), "A/P: concern for calciphylaxis.")
    n2 = _note("A", "A2", date(2020, 1, 9), "Diagnosis: consistent with calciphylaxis.")
    n3 = _note("A", "A3", date(2020, 1, 9), "Diagnosis: no evidence of calciphylaxis.")
    suspected = _mention(n1, "calciphylaxis", "CALCIPHYLAXIS", "A1:T1", flags=("uncertain",), section="assessment_plan")
    confirmed = _mention(n2, "calciphylaxis", "CALCIPHYLAXIS", "A2:T1", section="pathology_diagnosis")
    ruled_out = _mention(n3, "calciphylaxis", "CALCIPHYLAXIS", "A3:T1", flags=("negated",), section="pathology_diagnosis")
    assert _status([n1], [suspected]) == "possible"
    assert _status([n1, n2], [suspected, confirmed]) == "yes"
    assert _status([n1, n3], [suspected, ruled_out]) == "no"


def test_a_passing_negation_does_not_undo_a_diagnosis():
    n1 = _note("B", "B1", date(2020, 1, 1), "Assessment: calciphylaxis, biopsy-proven.")
    n2 = _note("B", "B2", date(2020, 2, 1), "Exam: no new calciphylaxis lesions on the arms.")
    affirmed = _mention(n1, "calciphylaxis", "CALCIPHYLAXIS", "B1:T1", section="assessment_plan")
    passing = _mention(n2, "calciphylaxis", "CALCIPHYLAXIS", "B2:T1", flags=("negated",), section="exam")
    hypothetical = _mention(n2, "calciphylaxis", "CALCIPHYLAXIS", "B2:T2", flags=("hypothetical",))
    assert _status([n1, n2], [affirmed, passing]) == "yes"
    assert _status([n2], [hypothetical]) == "no"


@pytest.fixture
def small_run(tmp_path) -> Path:
    """Two patients: one with a dated trauma 20 days before a lesion at the same site, one
    without any mention; facts for the first."""
    n1 = _note("P1", "P1-01", date(2021, 5, 25),
               "HPI: ice packs applied to the right thigh on 4/24. Painful plaque on the right thigh since 5/14.\n"
               "Assessment: calciphylaxis, clinical diagnosis.")
    n2 = _note("P2", "P2-01", date(2021, 6, 1), "HPI: routine dialysis visit, no skin complaints.")
    m = [
        _mention(n1, "ice packs", "TRAUMA", "P1-01:T1", trauma_type="thermal", event_date="2021-04-24"),
        _mention(n1, "right thigh", "SITE", "P1-01:T2", region="thigh", laterality="right"),
        _mention(n1, "Painful plaque", "LESION", "P1-01:T3", event_date="2021-05-14"),
        _mention(n1, "calciphylaxis", "CALCIPHYLAXIS", "P1-01:T4", section="assessment_plan"),
    ]
    rel = [{"patient_id": "P1", "note_id": "P1-01", "type": "LOCATION", "arg1": "P1-01:T1", "arg2": "P1-01:T2"},
           {"patient_id": "P1", "note_id": "P1-01", "type": "LOCATION", "arg1": "P1-01:T3", "arg2": "P1-01:T2"}]
    facts = [{"patient_id": "P1", "note_id": "P1-01", "note_date": date(2021, 5, 25), "fact": f,
              "value": v, "start": s, "end": s + 3, "text": "xxx", "section": "hpi", "rule": "t"}
             for f, v, s in (("dialysis", "HD", 5), ("bmi", "36.2", 9), ("diabetes", "yes", 12))]
    run = tmp_path / "run"
    run.mkdir()
    pd.DataFrame([n1, n2]).to_parquet(run / "notes.parquet")
    pd.DataFrame(m).to_parquet(run / "mentions.parquet")
    pd.DataFrame(rel).to_parquet(run / "relations.parquet")
    pd.DataFrame(facts).to_parquet(run / "facts.parquet")
    return run


def test_every_patient_gets_a_row_with_the_gold_fields(small_run):
    result = link_run(small_run)
    patients = pd.read_csv(small_run / "patients.csv", dtype=str, keep_default_na=False)
    assert list(patients.columns) == ["patient_id", *GOLD_FIELDS, "n_notes", "evidence",
                                      "processed", "n_notes_quarantined"]
    rows = patients.set_index("patient_id")
    assert rows.loc["P1", ["koebner", "trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days"]].tolist() == \
        ["yes", "thermal", "thigh:right", "2021-05-14", "2021-04-24", "20"]
    assert rows.loc["P1", ["esrd", "dialysis", "diabetes", "obesity", "bmi"]].tolist() == ["yes", "HD", "yes", "yes", "36.2"]
    assert rows.loc["P2", ["calciphylaxis", "koebner", "esrd", "dialysis", "n_notes"]].tolist() == ["no", "no", "no", "none", "1"]
    assert result.counts["patients"] == 2 and result.counts["koebner_yes"] == 1


def test_config_file_overrides_the_window(small_run, tmp_path):
    settings = json.loads((files("pipeline.configs") / "linker.json").read_text())
    settings["order"]["max_days_before_onset_single"] = 10
    path = tmp_path / "linker.json"
    path.write_text(json.dumps(settings))
    link_run(small_run, path)
    links = pd.read_parquet(small_run / "links.parquet")
    assert not links.linked.any()
    assert "more than 10 days" in links.iloc[0].reason
    assert load_config(path).order.max_days_single == 10


def test_missing_column_and_bad_date_are_named(small_run):
    notes = pd.read_parquet(small_run / "notes.parquet")
    mentions = pd.read_parquet(small_run / "mentions.parquet")
    with pytest.raises(RunTableError, match="mentions: missing column.*laterality"):
        link_patients(notes, mentions.drop(columns=["laterality"]), None, None)
    broken = notes.astype({"note_date": str})
    broken.loc[1, "note_date"] = "not a date"
    with pytest.raises(RunTableError, match=r"notes row 1 \(note P2-01\)"):
        link_patients(broken, mentions, None, None)
    orphan = mentions.copy()
    orphan.loc[0, "note_id"] = "P1-99"
    with pytest.raises(ValueError, match="P1-99, which is not in notes.parquet"):
        link_patients(notes, orphan, None, None)


def test_cli_prints_the_summary(small_run):
    result = CliRunner().invoke(app, ["link", str(small_run)])
    assert result.exit_code == 0, result.output
    assert "koebner yes" in result.output and "pairs linked" in result.output
    missing = CliRunner().invoke(app, ["link", str(small_run / "nowhere")])
    assert missing.exit_code == 2  # input unusable, as for stats
    assert "not found" in missing.output


def test_gold_corpus_becomes_a_run_folder(tmp_path):
    gold = tmp_path / "gold"
    (gold / "brat").mkdir(parents=True)
    text = "HPI: T2DM on insulin. Ulcer on the L shin x 2 wks after she bumped it 3/1.\nA/P: calciphylaxis."
    pd.DataFrame([{"patient_id": "G1", "note_id": "G1-01", "note_date": "2022-03-20",
                   "note_type": "Derm", "text": text}]).to_csv(gold / "notes.csv", index=False)
    (gold / "brat" / "G1-01.txt").write_text(text)
    spans = {q: (text.index(q), text.index(q) + len(q)) for q in ("Ulcer", "L shin", "2 wks", "bumped", "3/1", "calciphylaxis")}
    ann = "\n".join([
        "T1\tLESION {} {}\tUlcer".format(*spans["Ulcer"]),
        "T2\tSITE {} {}\tL shin".format(*spans["L shin"]), "A1\tRegion T2 lower_leg", "A2\tLaterality T2 left",
        "T3\tTIMEX {} {}\t2 wks".format(*spans["2 wks"]), "#1\tAnnotatorNotes T3\t2022-03-06",
        "T4\tTRAUMA {} {}\tbumped".format(*spans["bumped"]), "A3\tTraumaType T4 accidental",
        "T5\tTIMEX {} {}\t3/1".format(*spans["3/1"]), "#2\tAnnotatorNotes T5\t2022-03-01",
        "T6\tCALCIPHYLAXIS {} {}\tcalciphylaxis".format(*spans["calciphylaxis"]),
        "R1\tLOCATION Arg1:T1 Arg2:T2", "R2\tTIME Arg1:T1 Arg2:T3", "R3\tLOCATION Arg1:T4 Arg2:T2",
        "R4\tTIME Arg1:T4 Arg2:T5",
    ])
    (gold / "brat" / "G1-01.ann").write_text(ann + "\n")
    made = gold_as_run(gold, tmp_path / "run")
    assert (made.notes, made.mentions, made.relations) == (1, 6, 4)
    mentions = pd.read_parquet(tmp_path / "run" / "mentions.parquet").set_index("mention_id")
    assert mentions.loc["G1-01:T1", "event_date"] == "2022-03-06"
    assert mentions.loc["G1-01:T2", ["region", "laterality"]].tolist() == ["lower_leg", "left"]
    assert mentions.loc["G1-01:T4", "trauma_type"] == "accidental"
    facts = pd.read_parquet(tmp_path / "run" / "facts.parquet")
    assert {("diabetes", "yes"), ("insulin", "yes")} <= set(zip(facts.fact, facts.value))
    result = link_run(tmp_path / "run")
    assert result.patients[0].koebner == "yes" and result.patients[0].interval_days == 5


def test_onset_stated_years_before_the_first_note_is_not_the_lesion_onset():
    # "on HD since 2017" attached to the lesion by mistake must not date a lesion first seen in 2021
    n1 = _note("C", "C1", date(2021, 5, 26), "HPI: ice pack on the right thigh 4/24. Necrotic plaque "
               "on the right thigh since 5/14, on HD since 2017.\nAssessment: calciphylaxis.")
    m = [
        _mention(n1, "ice pack", "TRAUMA", "C1:T1", trauma_type="thermal", event_date="2021-04-24"),
        _mention(n1, "right thigh", "SITE", "C1:T2", region="thigh", laterality="right"),
        _mention(n1, "Necrotic plaque", "LESION", "C1:T3", event_date="2017"),
        _mention(n1, "calciphylaxis", "CALCIPHYLAXIS", "C1:T4", section="assessment_plan"),
    ]
    rel = [{"patient_id": "C", "note_id": "C1", "type": "LOCATION", "arg1": a, "arg2": "C1:T2"}
           for a in ("C1:T1", "C1:T3")]
    links, patients = link_patients(pd.DataFrame([n1]), pd.DataFrame(m), pd.DataFrame(rel), None)
    assert links[0].lesion_onset is None and links[0].order == "before" and links[0].linked
    assert "first documentation of the lesion 2021-05-26" in links[0].reason
    assert patients[0].koebner == "yes" and patients[0].lesion_onset == ""


def test_dates_compare_as_intervals_at_their_precision():
    from pipeline.link.dates import compare
    year, march, sept = (PartialDate.parse(v) for v in ("2019", "2019-03-10", "2019-09-10"))
    # a year holds both days: neither before nor after either of them
    assert compare(year, march) == compare(year, sept) == "overlap"
    assert compare(PartialDate.parse("2018"), sept) == "before"
    assert compare(PartialDate.parse("2019-10"), sept) == "after"
    assert compare(PartialDate.parse("2019-09"), sept) == "overlap"
    assert compare(march, march) == "overlap"


def _timeline_of(text: str, mentions: list[dict], relations: list[dict] | None = None,
                 note_type: str = "Clinic Note"):
    from link_frames import case_frames

    from pipeline.link.timeline import build_timeline

    case = {"notes": [{"note_id": "U-01", "note_date": "2022-06-01", "note_type": note_type,
                       "text": text}],
            "mentions": [{"note_id": "U-01", **m} for m in mentions],
            "relations": [{"note_id": "U-01", **r} for r in relations or []]}
    frames = case_frames(case)
    return build_timeline("P", frames["notes"], frames["mentions"], frames["relations"], load_config())


def test_a_procedure_is_never_an_ongoing_exposure_whatever_its_sentence_says():
    from pipeline.link.exposure import is_chronic
    timeline = _timeline_of(
        "DM2 on insulin since 2008, daily; skin bx of the thigh done. Holds an ice pack on the "
        "knee several times a day.",
        [{"id": "T1", "label": "TRAUMA", "text": "insulin", "trauma_type": "injection", "agent": "insulin"},
         {"id": "T2", "label": "TRAUMA", "text": "skin bx", "trauma_type": "procedure"},
         {"id": "T3", "label": "TRAUMA", "text": "ice pack", "trauma_type": "thermal"}])
    events = {e.mention_id: e for e in timeline.events}
    config = load_config()
    assert is_chronic(events["U-01:T1"], timeline, config)
    assert not is_chronic(events["U-01:T2"], timeline, config)
    assert is_chronic(events["U-01:T3"], timeline, config)  # "several times a day"


def test_a_procedure_note_dates_the_procedure_it_reports_but_not_its_history_or_plans():
    text = ("HISTORY: s/p appendectomy. Prior excision of a cyst on the back.\n"
            "PROCEDURE: Two 4 mm punch biopsies were taken from the left calf.\n"
            "PLAN: excision of the right shoulder nevus next month.")
    mentions = [{"id": "T1", "label": "TRAUMA", "text": "appendectomy", "trauma_type": "procedure"},
                {"id": "T2", "label": "TRAUMA", "text": "excision", "trauma_type": "procedure"},
                {"id": "T3", "label": "TRAUMA", "text": "punch biopsies", "trauma_type": "procedure"},
                {"id": "T4", "label": "TRAUMA", "text": "excision", "n": 2, "trauma_type": "procedure",
                 "flags": ["hypothetical"]}]
    events = {e.mention_id: e for e in _timeline_of(text, mentions, note_type="Dermatology Procedure Note").events}
    assert str(events["U-01:T3"].date) == "2022-06-01" and events["U-01:T3"].date_source == "procedure note"
    assert events["U-01:T1"].date is None and events["U-01:T2"].date is None and events["U-01:T4"].date is None
    # the same sentence in a clinic note dates nothing: only a procedure note reports its own procedure
    clinic = {e.mention_id: e for e in _timeline_of(text, mentions).events}
    assert clinic["U-01:T3"].date is None


def test_a_side_stated_once_in_a_sentence_applies_to_its_unsided_sites_of_that_region():
    timeline = _timeline_of(
        "LLE medial calf: 3 cm abrasion. R thigh and thigh skin intact.",
        [{"id": "T1", "label": "SITE", "text": "LLE", "region": "lower_leg", "laterality": "left"},
         {"id": "T2", "label": "SITE", "text": "medial calf", "region": "lower_leg"},
         {"id": "T3", "label": "TRAUMA", "text": "abrasion", "trauma_type": "accidental"}],
        [{"type": "LOCATION", "arg1": "T3", "arg2": "T2"}])
    abrasion = next(e for e in timeline.events if e.text == "abrasion")
    assert [str(s) for s in abrasion.sites] == ["lower_leg:left"]


def test_a_bilateral_lesion_began_when_either_side_did():
    from pipeline.link.lesions import lesion_onset
    from pipeline.link.sites import Site
    timeline = _timeline_of(
        "Plaque R thigh since 5/2. Plaque L thigh since 5/9. Plaques on both thighs.",
        [{"id": "T1", "label": "LESION", "text": "Plaque", "n": 1},
         {"id": "T2", "label": "SITE", "text": "R thigh", "region": "thigh", "laterality": "right"},
         {"id": "T3", "label": "TIMEX", "text": "5/2", "timex_value": "2022-05-02"},
         {"id": "T4", "label": "LESION", "text": "Plaque", "n": 2},
         {"id": "T5", "label": "SITE", "text": "L thigh", "region": "thigh", "laterality": "left"},
         {"id": "T6", "label": "TIMEX", "text": "5/9", "timex_value": "2022-05-09"}],
        [{"type": "LOCATION", "arg1": "T1", "arg2": "T2"}, {"type": "TIME", "arg1": "T1", "arg2": "T3"},
         {"type": "LOCATION", "arg1": "T4", "arg2": "T5"}, {"type": "TIME", "arg1": "T4", "arg2": "T6"}])
    lesions = [e for e in timeline.events if e.label == "LESION"]
    assert str(lesion_onset(Site("thigh", "bilateral"), lesions, load_config()).date) == "2022-05-02"


def test_a_day_inside_the_onset_month_is_taken_as_before_but_a_year_holding_the_onset_is_not():
    n1 = _note("W", "W1", date(2019, 9, 30), "Bumped her R shin on 9/6. Necrotic plaque on the R shin "
               "since September.\nAssessment: calciphylaxis.")
    def run(trauma_date):
        m = [
            _mention(n1, "Bumped", "TRAUMA", "W1:T1", trauma_type="accidental", event_date=trauma_date),
            _mention(n1, "R shin", "SITE", "W1:T2", region="lower_leg", laterality="right"),
            _mention(n1, "Necrotic plaque", "LESION", "W1:T3", event_date="2019-09"),
            _mention(n1, "calciphylaxis", "CALCIPHYLAXIS", "W1:T4", section="assessment_plan"),
        ]
        rel = [{"patient_id": "W", "note_id": "W1", "type": "LOCATION", "arg1": a, "arg2": "W1:T2"}
               for a in ("W1:T1", "W1:T3")]
        links, _ = link_patients(pd.DataFrame([n1]), pd.DataFrame(m), pd.DataFrame(rel), None)
        return next(link for link in links if link.lesion_id == "W1:T3")
    day = run("2019-09-06")
    assert day.linked and day.order == "before" and day.order_basis == "dates_within"
    assert "within the period of lesion onset 2019-09" in day.reason
    month_in_year = run("2019")
    assert not month_in_year.linked and month_in_year.order == "unknown" and month_in_year.dates_overlap


def test_linker_sentences_follow_hard_wrapped_lines_and_end_at_headers():
    from pipeline.link.timeline import sentence_spans
    text = ("He had been holding a cold pack against\nthe front of that knee several times a day.\n"
            "Exam: ulcer L knee\nA/P: calciphylaxis")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "He had been holding a cold pack against\nthe front of that knee several times a day.",
        "Exam: ulcer L knee", "A/P: calciphylaxis"]


def test_linker_sentences_end_at_a_spoken_period_as_the_pipeline_s_do():
    from pipeline import load
    from pipeline.link.timeline import sentence_spans
    text = ("derm follow up comma biopsy of the left calf confirms calciphylaxis period\n"
            "the groin wound is healing comma no sign of infection there period in the "
            "postoperative period she did well")
    expected = ["derm follow up comma biopsy of the left calf confirms calciphylaxis period",
                "the groin wound is healing comma no sign of infection there period",
                "in the postoperative period she did well"]
    assert [text[a:b].strip() for a, b in sentence_spans(text)] == expected
    assert [s.text.strip() for s in load()(text).sents] == expected

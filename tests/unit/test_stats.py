"""Case-series statistics against numbers worked out by hand on a small fixed cohort."""
from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from scipy import stats as sps
from typer.testing import CliRunner

from cli import app
from pipeline.stats import RunInputError, compute_stats, write_stats

PATIENT_FIELDS = [
    "patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
    "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
    "obesity", "bmi", "n_notes", "evidence",
]


def patient(pid, calci="yes", koebner="no", types="", sites="", onset="", tdate="", interval="",
            esrd="yes", dialysis="HD", diabetes="no", insulin="no", warfarin="no", obesity="no",
            bmi=""):
    return dict(zip(PATIENT_FIELDS, [pid, calci, koebner, types, sites, onset, tdate, interval,
                                     esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi,
                                     "2", f"{pid}-n1"]))


# Ten calciphylaxis patients, four with a Koebner pattern, plus one possible and one without.
COHORT = [
    patient("K1", koebner="yes", types="injection", sites="abdomen:left", onset="2019-01-28",
            tdate="2019-01-08", interval="20", diabetes="yes", insulin="yes"),
    patient("K2", koebner="yes", types="thermal", sites="thigh:right", onset="2021-05-14",
            tdate="2021-04-22", interval="22", diabetes="yes", dialysis="PD"),
    patient("K3", koebner="yes", types="injection;pressure", sites="abdomen:bilateral;thigh:bilateral",
            onset="2017-11", tdate="", diabetes="yes", insulin="yes", warfarin="yes"),
    patient("K4", koebner="yes", types="injection", sites="abdomen:unspecified", onset="2014-09-05",
            tdate="2014-07-26", interval="41", diabetes="no", obesity="yes"),
    patient("N1", diabetes="yes", warfarin="yes"),
    patient("N2", dialysis="PD"),
    patient("N3", dialysis="none", esrd="no"),
    patient("N4", warfarin="yes"),
    patient("N5"),
    patient("N6", obesity="yes"),
    patient("P1", calci="possible", esrd="no", dialysis="none"),
    patient("X1", calci="no", esrd="no", dialysis="none"),
]
AGES = {"K1": 68, "K2": 58, "K3": 71, "K4": 49, "N1": 63, "N2": 55, "N3": 77, "N4": 60,
        "N5": 52, "N6": 66, "P1": 70, "X1": 45}
SEXES = {"K1": "F", "K2": "M", "K3": "F", "K4": "F", "N1": "M", "N2": "M", "N3": "F", "N4": "M",
         "N5": "M", "N6": "F", "P1": "F", "X1": "M"}


def write_patients(run: Path, rows: list[dict]) -> None:
    run.mkdir(parents=True, exist_ok=True)
    with (run / "patients.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PATIENT_FIELDS)
        writer.writeheader()
        writer.writerows(rows)


def write_links(run: Path) -> None:
    rows = [
        ("K1", "n1-T1", "n1-L1", "injection", "abdomen", "left", "left", "exact", "2019-01-08",
         "2019-01-28", "before", 20, 0.9, True, "same region and side; trauma before lesion"),
        ("K1", "n1-T2", "n1-L1", "thermal", "thigh", "right", "left", "none", "2019-02-10",
         "2019-01-28", "after", -13, 0.1, False, "other region; trauma after lesion"),
        ("K2", "n2-T1", "n2-L1", "thermal", "thigh", "right", "right", "exact", "2021-04-22",
         "2021-05-14", "before", 22, 0.9, True, "same region and side; trauma before lesion"),
    ]
    columns = ["patient_id", "trauma_id", "lesion_id", "trauma_type", "region", "trauma_laterality",
               "lesion_laterality", "site_match", "trauma_date", "lesion_onset", "order",
               "interval_days", "score", "linked", "reason"]
    pd.DataFrame(rows, columns=columns).to_parquet(run / "links.parquet", index=False)


def write_site_mentions(run: Path) -> None:
    def m(pid, note, mid, label, region=None, laterality=None, negated=False):
        return dict(patient_id=pid, note_id=note, note_date=pd.Timestamp("2019-02-01").date(),
                    mention_id=mid, label=label, start=0, end=1, text="x", section="",
                    negated=negated, uncertain=False, historical=False, hypothetical=False,
                    family=False, region=region, laterality=laterality, trauma_type=None,
                    agent=None, timex_value=None, event_date=None, rule="test")
    mentions = [
        m("K1", "n1", "L1", "LESION"), m("K1", "n1", "S1", "SITE", "abdomen", "left"),
        m("K1", "n1", "T1", "TRAUMA"), m("K1", "n1", "S2", "SITE", "abdomen", "left"),
        m("N1", "n9", "L1", "LESION"), m("N1", "n9", "S1", "SITE", "lower_leg", "right"),
        # a negated lesion at the head must not be drawn
        m("N2", "n8", "L1", "LESION", negated=True), m("N2", "n8", "S1", "SITE", "head", None),
    ]
    relations = [("K1", "n1", "LOCATION", "L1", "S1"), ("K1", "n1", "LOCATION", "T1", "S2"),
                 ("N1", "n9", "LOCATION", "L1", "S1"), ("N2", "n8", "LOCATION", "L1", "S1")]
    pd.DataFrame(mentions).to_parquet(run / "mentions.parquet", index=False)
    pd.DataFrame(relations, columns=["patient_id", "note_id", "type", "arg1", "arg2"]).to_parquet(
        run / "relations.parquet", index=False)


def write_demographics(path: Path, bmi_column: bool = False) -> Path:
    # "albumin" is an extra structured column: it must get its own Table 1 row.
    frame = pd.DataFrame({"patient_id": list(AGES), "age": list(AGES.values()),
                          "sex": [SEXES[p] for p in AGES],
                          "albumin": [3.1, 2.9, 3.4, 2.5, 3.0, 3.8, 3.3, 3.6, 2.8, 3.2, 3.5, 4.0]})
    frame.to_csv(path, index=False)
    return path


@pytest.fixture
def run(tmp_path: Path) -> Path:
    folder = tmp_path / "run"
    write_patients(folder, COHORT)
    write_links(folder)
    write_site_mentions(folder)
    return folder


def wilson_by_hand(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def table_row(stats, variable_prefix: str):
    rows = stats.table1.rows
    for i, row in enumerate(rows):
        if row.variable.startswith(variable_prefix):
            levels = {}
            for sub in rows[i + 1:]:
                if sub.variable:
                    break
                levels[sub.level] = sub.cells
            return row, levels
    raise AssertionError(f"no Table 1 row for {variable_prefix}")


def test_koebner_proportion_and_wilson_interval_match_hand_calculation(run):
    stats = compute_stats(run)
    assert (stats.koebner.count, stats.koebner.denominator) == (4, 10)
    assert stats.koebner.proportion == pytest.approx(0.4)
    low, high = wilson_by_hand(4, 10)
    assert stats.koebner.ci_low == pytest.approx(low, abs=1e-9)
    assert stats.koebner.ci_high == pytest.approx(high, abs=1e-9)
    assert (round(low, 4), round(high, 4)) == (0.1682, 0.6873)
    assert stats.koebner.text == "4/10 (40.0%; 95% CI 16.8% to 68.7%)"
    assert stats.calciphylaxis_counts == {"yes": 10, "possible": 1, "no": 1}


def test_trauma_types_and_sites_are_counted_once_per_koebner_patient(run):
    stats = compute_stats(run)
    types = {c.category: (c.share.count, c.share.denominator) for c in stats.trauma_types}
    assert types == {"injection": (3, 4), "thermal": (1, 4), "pressure": (1, 4)}
    assert [c.category for c in stats.trauma_types] == ["injection", "thermal", "pressure"]
    regions = {c.category: c.share.count for c in stats.regions}
    assert regions == {"abdomen": 3, "thigh": 2}
    assert [c.category for c in stats.region_lateralities] == [
        "abdomen:left", "abdomen:bilateral", "abdomen:unspecified", "thigh:right", "thigh:bilateral"]


def test_interval_median_iqr_and_range(run):
    interval = compute_stats(run).interval
    # Known intervals 20, 22, 41 (K3 has none): median 22, Q1 = 21, Q3 = 31.5 (linear).
    assert (interval.n, interval.n_missing) == (3, 1)
    assert (interval.median, interval.q1, interval.q3) == (22, 21, 31.5)
    assert (interval.minimum, interval.maximum) == (20, 41)
    assert interval.text == "median 22.0 [IQR 21.0 to 31.5]; range 20.0 to 41.0 days (n = 3, missing 1)"


def test_table_one_tests_match_scipy_and_hand_counts(run, tmp_path):
    stats = compute_stats(run, demographics=write_demographics(tmp_path / "demo.csv"))
    assert stats.table1.group_sizes == {"overall": 10, "koebner": 4, "non_koebner": 6}

    header, levels = table_row(stats, "Diabetes")
    assert header.test == "Fisher exact"
    # Koebner 3 yes / 1 no; non-Koebner 1 yes / 5 no.
    expected = sps.fisher_exact([[3, 1], [1, 5]]).pvalue
    assert header.p_value == pytest.approx(expected)
    # The same p by hand: hypergeometric tables at least as extreme, margins 4 yes / 6 no.
    prob = {a: math.comb(4, a) * math.comb(6, 4 - a) / math.comb(10, 4) for a in range(0, 5)}
    assert header.p_value == pytest.approx(sum(p for p in prob.values() if p <= prob[3] + 1e-12))
    assert levels["yes"] == {"overall": "4 (40.0%)", "koebner": "3 (75.0%)", "non_koebner": "1 (16.7%)"}
    assert levels["missing"]["overall"] == "0 (0.0%)"

    header, levels = table_row(stats, "Dialysis")
    assert header.test == "Chi-square"  # HD / PD / none: a 3x2 table
    # Koebner HD 3, PD 1, none 0; non-Koebner HD 4, PD 1, none 1.
    expected = sps.chi2_contingency([[3, 4], [1, 1], [0, 1]], correction=False).pvalue
    assert header.p_value == pytest.approx(expected)

    header, _ = table_row(stats, "Age")
    assert header.test == "Mann-Whitney U"
    expected = sps.mannwhitneyu([68, 58, 71, 49], [63, 55, 77, 60, 52, 66]).pvalue
    assert header.p_value == pytest.approx(expected)
    assert header.cells["koebner"] == "63.0 [55.8, 68.8]"

    header, _ = table_row(stats, "albumin")
    assert header.test == "Mann-Whitney U"  # an extra numeric column is continuous
    header, levels = table_row(stats, "Sex")
    assert header.test == "Fisher exact" and levels["F"]["koebner"] == "3 (75.0%)"


def test_all_missing_bmi_says_not_computable_and_never_nan(run, tmp_path):
    stats = compute_stats(run, demographics=write_demographics(tmp_path / "demo.csv"))
    header, levels = table_row(stats, "BMI")
    assert header.cells["overall"] == "not computable (no values)"
    assert header.p_text == "not computable: a group has no values"
    assert levels["missing"]["overall"] == "10 (100.0%)"
    written = write_stats(stats, run / "stats")
    markdown = (run / "stats" / "table1.md").read_text()
    assert "not computable" in markdown
    assert "nan" not in markdown.lower()
    for path in written:
        if path.suffix in {".csv", ".md", ".html", ".json"}:
            assert "nan" not in path.read_text().lower(), path.name


def test_empty_koebner_group_gives_text_not_crash(tmp_path):
    run = tmp_path / "run"
    rows = [patient(f"N{i}", diabetes="yes" if i % 2 else "no") for i in range(5)]
    write_patients(run, rows)
    stats = compute_stats(run)
    assert stats.koebner.text == "0/5 (0.0%; 95% CI 0.0% to 43.4%)"
    assert stats.trauma_types == [] and stats.timelines == []
    assert stats.interval.text == "not computable: no values (missing 0)"
    header, _ = table_row(stats, "Diabetes")
    assert header.p_text == "not computable: a group has no values"
    write_stats(stats, run / "stats")
    summary = json.loads((run / "stats" / "summary.json").read_text())
    assert {f["name"]: f["has_data"] for f in summary["figures"]} == {
        "trauma_types": False, "sites": False, "interval": False, "timelines": False}
    assert "no calciphylaxis patient has koebner=yes: no Koebner group" in summary["notes"]
    assert (run / "stats" / "koebner_timelines_1.png").stat().st_size > 1000
    assert "nan" not in (run / "stats" / "table1.md").read_text().lower()


def test_no_calciphylaxis_patient_at_all(tmp_path):
    run = tmp_path / "run"
    write_patients(run, [patient("X1", calci="no"), patient("P1", calci="possible")])
    stats = compute_stats(run)
    assert stats.koebner.text == "0/0 (not computable: no patients in the denominator)"
    write_stats(stats, run / "stats")
    summary = json.loads((run / "stats" / "summary.json").read_text())
    assert summary["koebner_among_calciphylaxis"]["proportion"] is None
    assert "nan" not in (run / "stats" / "table1.html").read_text().lower()


def test_write_stats_files_and_figures(run, tmp_path):
    stats = compute_stats(run, demographics=write_demographics(tmp_path / "demo.csv"))
    write_stats(stats, run / "stats")
    out = run / "stats"
    for name in ("table1.csv", "table1.md", "table1.html", "summary.json", "trauma_types.png",
                 "sites.png", "interval.png", "koebner_timelines_1.png"):
        assert (out / name).is_file(), name
    assert (out / "sites.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    summary = json.loads((out / "summary.json").read_text())
    assert summary["koebner_among_calciphylaxis"]["n"] == 4
    # Regions head to foot; the negated head lesion is not there.
    assert [r["region"] for r in summary["region_counts"]] == ["abdomen", "thigh", "lower_leg"]
    abdomen = summary["region_counts"][0]
    assert (abdomen["lesion_patients"], abdomen["trauma_patients"], abdomen["koebner_patients"]) == (1, 1, 3)
    with (out / "table1.csv").open() as handle:
        header = next(csv.reader(handle))
    assert header[2:5] == ["Overall (n = 10)", "Koebner (n = 4)", "Non-Koebner (n = 6)"]
    timelines = {t.patient_id: t for t in stats.timelines}
    assert timelines["K1"].linked_pairs == [("n1-T1", "n1-L1")]
    assert len(timelines["K1"].events) == 3


def test_bad_value_names_file_line_and_field(tmp_path):
    run = tmp_path / "run"
    rows = [patient("A1"), patient("A2", calci="maybe")]
    write_patients(run, rows)
    with pytest.raises(RunInputError, match=r"patients.csv line 3 \(patient_id 'A2'\): calciphylaxis is 'maybe'"):
        compute_stats(run)
    write_patients(run, [patient("A1", bmi="41,6")])
    with pytest.raises(RunInputError, match=r"line 2 .*bmi '41,6' is not a number"):
        compute_stats(run)


def test_cli_writes_stats_folder(run, tmp_path):
    demo = write_demographics(tmp_path / "demo.csv")
    result = CliRunner().invoke(app, ["stats", str(run), "--demographics", str(demo)])
    assert result.exit_code == 0, result.output
    assert "4/10 (40.0%; 95% CI 16.8% to 68.7%)" in result.output
    assert (run / "stats" / "table1.md").is_file()
    bad = CliRunner().invoke(app, ["stats", str(tmp_path / "nowhere")])
    assert bad.exit_code == 2

"""benchmarks/scale.py's report: verdicts from medians, and only its own section rewritten."""
from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale  # noqa: E402


def _rows(ours: list[float], med: list[float], floor: list[float], local1: list[float],
          dask2: list[float], cpu: tuple[float, float, float] = (300.0, 25.0, 1200.0)) -> dict:
    def dense(rates, cpu_median):
        return {"notes": 2000, "bytes_per_note": 600.0, "notes_per_s": rates, "errors": [],
                "median": sorted(rates)[len(rates) // 2], "best": max(rates),
                "cpu_median": cpu_median}

    def engine(seconds):
        return {**scale._summary(seconds), "errors": [], "tree_peak_mb": 900.0}

    return {"dense": {"ours": dense(ours, cpu[0]), "medspacy": dense(med, cpu[1]),
                      "floor": dense(floor, cpu[2])},
            "engines": {"local1": engine(local1), "local2": engine([60.0, 70.0, 65.0]),
                        "dask2": engine(dask2)},
            "engines_notes": 20000, "dask_identical": True,
            "components": {"dense": {"error": "not run"}, "synthetic": {"error": "not run"}}}


ARGS = Namespace(batch_size=64, repeats=3, engine_repeats=5, medspacy_notes=500, dense_notes=2000,
                 component_notes=500)
INFO = {"commit": "abc1234", "load_average": (5.0, 4.0, 3.0), "cores": 2}


def test_verdicts_use_the_medians_not_the_best_run():
    # one lucky run of ours (400 notes/s) must not carry the ratio: the median is 200
    text = scale.render(ARGS, _rows([150.0, 200.0, 400.0], [18.0, 20.0, 21.0],
                                    [500.0, 900.0, 1000.0], [130.0, 120.0, 125.0],
                                    [70.0, 90.0, 75.0]), INFO, "cmd", "2026-12-02 03:00", 10.0)
    assert "ours / medspaCy (medians): 10.0x (target >= 10x): PASS" in text
    assert "ours / floor (medians): 0.22x (target >= 0.5x): FAIL" in text
    assert "Dask 2 workers vs local 1 worker (medians): 1.67x (target >= 1.6x): PASS" in text
    assert "| koebner `pipeline.load()` | 2000 | 0.60 | 200.0 | 400.0 | 300.0 | 150.0, 200.0, 400.0" in text
    # CPU-time rates are reported beside the wall-clock verdicts: 300 / 25 and 300 / 1200
    assert "by CPU time, which other work on the machine disturbs less (medians): ours / medspaCy 12.0x, " \
           "ours / floor 0.25x" in text


def test_the_python_modules_row_and_the_compiled_ratio():
    rows = _rows([300.0, 320.0, 310.0], [18.0, 20.0, 21.0], [500.0, 900.0, 1000.0],
                 [130.0, 120.0, 125.0], [70.0, 90.0, 75.0])
    rows["dense"]["ours_python"] = {**rows["dense"]["ours"], "notes_per_s": [240.0, 250.0, 260.0],
                                    "median": 250.0, "best": 260.0}
    text = scale.render(ARGS, rows, {**INFO, "compiled": "22 of 22"}, "cmd", "2026-12-02 03:00", 10.0)
    assert "| koebner `pipeline.load()`, Python modules (`KOEBNER_PURE_PYTHON=1`) | 2000 | 0.60 | 250.0 | 260.0 " in text
    # median 310 compiled over median 250 as Python
    assert "- the first row loads 22 of 22 modules compiled (`koebner compile`); compiled / Python " \
           "modules (medians): 1.24x" in text
    # the verdicts stay on the first row, the install as it is
    assert "ours / floor (medians): 0.34x (target >= 0.5x): FAIL" in text


def test_only_the_scale_section_of_results_md_is_rewritten(tmp_path):
    results = tmp_path / "results.md"
    results.write_text("# koebner benchmark results\n\nrows of run.py\n")
    first = f"{scale.BEGIN}\nfirst\n{scale.END}\n"
    scale.write_section(results, first)
    scale.write_section(results, f"{scale.BEGIN}\nsecond\n{scale.END}\n")
    text = results.read_text()
    assert text.startswith("# koebner benchmark results\n\nrows of run.py\n")
    assert "second" in text and "first" not in text
    assert text.count(scale.BEGIN) == 1


def test_a_partial_run_reports_its_rows_only_with_cpu_seconds(tmp_path):
    engines = {"local1": {**scale._summary([100.0, 96.0, 98.0]), "errors": [],
                          "cpu": scale._summary([95.0, 94.0, 97.0]), "tree_peak_mb": 700.0},
               "dask2": {**scale._summary([62.0, 58.0, 60.0]), "errors": [],
                         "cpu": scale._summary([110.0, 108.0, 111.0]), "tree_peak_mb": 1500.0}}
    rows = {"engines": engines, "engines_notes": 20000, "dask_identical": True}
    text = scale.render(ARGS, rows, INFO, "cmd", "2026-12-02 09:00", 10.0)
    assert "### Dense notes" not in text and "### Time per component" not in text
    # the engines row says how many runs its medians are of (--engine-repeats, not --repeats)
    assert "starting the 2-worker LocalCluster; 5 interleaved runs." in text
    # median 98 s over median 60 s; CPU seconds median beside the wall clock
    assert "| local, `--workers 1` | 98.0 | 96.0 | 204.1 | 95.0 | 700 | 100.0, 96.0, 98.0 |" in text
    assert "| `--engine dask --workers 2` (LocalCluster) | 60.0 | 58.0 | 333.3 | 110.0 |" in text
    assert "local, `--workers 2`" not in text
    assert "Dask 2 workers vs local 1 worker (medians): 1.63x (target >= 1.6x): PASS" in text


def test_a_partial_run_must_not_replace_the_full_section_of_results_md(capsys):
    with pytest.raises(SystemExit):
        scale.main(["--only", "engines"])
    assert "give --out FILE" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        scale.main(["--engines", "local1,dask3", "--out", "elsewhere.md"])
    assert "unknown variant(s) dask3" in capsys.readouterr().err

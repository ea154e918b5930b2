"""The benchmark script's --quick smoke run produces every row (no timed assertions)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_benchmark_writes_a_report_with_every_row(tmp_path):
    out = tmp_path / "results.md"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--out", str(out),
         "--workdir", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = out.read_text()
    for heading in ("## Extraction throughput", "## Screening", "### Patient recall",
                    "## Scaling", "## Peak memory", "- command: `"):
        assert heading in report
    # The screen never loses a patient the full pipeline flags, whatever the timings.
    assert "recall: 100.0%" in report
    assert "spaCy blank English tokenizer (floor) | failed" not in report
    assert out.with_suffix(".json").exists()

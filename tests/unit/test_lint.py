"""ruff over the whole repository (the rules in pyproject.toml [tool.ruff]) must find nothing, and
those rules must still catch what the team's guide forbids."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUFF = [sys.executable, "-m", "ruff", "check", "--no-cache"]


def test_ruff_finds_nothing_in_the_repository():
    done = subprocess.run([*RUFF, "."], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"ruff check . found problems:\n{done.stdout}{done.stderr}"


def test_the_configured_rules_catch_what_the_guide_forbids(tmp_path):
    module = tmp_path / "intake.py"
    module.write_text(
        '"""Reads a notes file."""\n'
        "import sys\n"
        "import os\n"
        "\n"
        "\n"
        "def read_note(path):\n"
        "    try:\n"
        "        return open(path).read()\n"
        "    except:\n"
        "        return None\n"
        "\n"
        "\n"
        "def count_notes(paths):\n"
        '    """How many of the paths are readable notes."""\n'
        "    try:\n"
        "        return sum(1 for p in paths if read_note(p))\n"
        "    except Exception:\n"
        "        return 0\n",
        encoding="utf-8")
    done = subprocess.run([*RUFF, "--config", str(ROOT / "pyproject.toml"), "--output-format",
                           "concise", str(module)], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    found = set(re.findall(r"intake\.py:\d+:\d+: ([A-Z]+[0-9]+) ", done.stdout))
    # unused imports, their order, a bare except, a blind except, a public function undocumented
    assert found == {"F401", "I001", "E722", "BLE001", "D103"}, done.stdout

"""ruff over the whole repository (the rules in pyproject.toml [tool.ruff]) must find nothing, and
those rules must still catch what the team's guide forbids; no module of pipeline/ binds a
top-level name twice (which ruff does not check for constants)."""
from __future__ import annotations

import ast
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


def _names_bound_twice(source: str) -> list[str]:
    """Module-level names that two top-level statements bind (a constant defined a second time
    further down silently replaces the first for every function that reads it at run time)."""
    seen: dict[str, int] = {}
    twice = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names = [node.name]
        else:
            continue
        for name in names:
            if name in seen and name != "__all__":
                twice.append(f"{name} (lines {seen[name]} and {node.lineno})")
            seen.setdefault(name, node.lineno)
    return twice


def test_no_module_binds_a_top_level_name_twice():
    found = {str(path.relative_to(ROOT)): twice for path in sorted((ROOT / "pipeline").rglob("*.py"))
             if (twice := _names_bound_twice(path.read_text(encoding="utf-8")))}
    assert not found, f"names bound twice at module level: {found}"


def test_a_constant_bound_twice_is_caught():
    source = ('CLAUSE_WORDS = frozenset({",", "and"})\n\n\ndef split(words):\n    return words\n\n\n'
              'CLAUSE_WORDS = frozenset({"she", "he"})\n')
    assert _names_bound_twice(source) == ["CLAUSE_WORDS (lines 1 and 8)"]

"""The one loader for JSON test cases (tests/cases/*.json, the rule examples in configs/tests/).

A case file holds a list of cases under one key (``"cases"``; ``"examples"`` for rule examples),
or is itself one case (``tests/cases/link_*.json``: the file name is its id). Every case in a list
has an ``"id"``: a short, stable, unique name that pytest shows (``test_x[unc-less-likely]``).
A case that fails today and is kept as a known failure says why in ``"xfail"``; it runs as
``xfail(strict=True)``, so the suite fails as soon as it starts passing and the note must go.

    from case_loader import case_params
    @pytest.mark.parametrize("case", case_params("sentence_cases.json"))
    def test_sentences(nlp, case): ...
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
CASES_DIR = TESTS / "cases"
RULE_EXAMPLES_DIR = TESTS.parent / "configs" / "tests"


class CaseFileError(ValueError):
    """A case file that cannot be used: the message names the file, the case and the problem."""


def _resolve(path: str | Path) -> Path:
    path = Path(path)
    return path if path.is_absolute() else CASES_DIR / path


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CaseFileError(f"{path}: no such case file") from None
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def _check_xfail(path: Path, where: str, case: dict) -> None:
    reason = case.get("xfail")
    if reason is not None and not (isinstance(reason, str) and reason.strip()):
        raise CaseFileError(f"{path}: {where}: 'xfail' must be the reason the case fails, "
                            f"got {reason!r}")


def read_cases(path: str | Path, key: str = "cases", id_field: str = "id") -> list[dict]:
    """The cases of a file holding a list under ``key``, each checked to have a unique id.

    ``path`` is a file name in tests/cases/ or any path. Raises CaseFileError naming the file and
    the case (by position, 1-based) for a missing list, a case that is not an object, a missing,
    empty or repeated id, or an ``xfail`` that is not a reason.
    """
    path = _resolve(path)
    data = _read_json(path)
    cases = data.get(key) if isinstance(data, dict) else None
    if not isinstance(cases, list) or not cases:
        raise CaseFileError(f"{path}: expected a non-empty list of cases under {key!r}")
    seen: dict[str, int] = {}
    for number, case in enumerate(cases, start=1):
        where = f"case {number}"
        if not isinstance(case, dict):
            raise CaseFileError(f"{path}: {where}: a case is a JSON object, got {type(case).__name__}")
        case_id = case.get(id_field)
        if not isinstance(case_id, str) or not case_id.strip():
            raise CaseFileError(f"{path}: {where}: needs an {id_field!r} (a short unique name), "
                                f"got {case_id!r}")
        if case_id in seen:
            raise CaseFileError(f"{path}: {where}: {id_field} {case_id!r} is already used by "
                                f"case {seen[case_id]}")
        seen[case_id] = number
        _check_xfail(path, f"case {number} ({case_id})", case)
    return cases


def as_params(cases: Iterable[dict], id_field: str = "id", prefix: str = "") -> list:
    """Each case as ``pytest.param(case, id=prefix + its id)``; one with an ``xfail`` reason is
    marked ``xfail(strict=True)`` so that it fails the suite once it passes."""
    params = []
    for case in cases:
        marks = ()
        if case.get("xfail"):
            marks = (pytest.mark.xfail(strict=True, reason=case["xfail"]),)
        params.append(pytest.param(case, id=prefix + case[id_field], marks=marks))
    return params


def case_params(path: str | Path, key: str = "cases", id_field: str = "id",
                where: Callable[[dict], bool] | None = None, prefix: str = "") -> list:
    """The cases of a file as pytest params (see read_cases and as_params); ``where`` keeps only
    the cases a test applies to (e.g. those that list relations)."""
    cases = read_cases(path, key=key, id_field=id_field)
    return as_params((c for c in cases if where is None or where(c)), id_field=id_field, prefix=prefix)


def read_case_file(path: str | Path) -> dict:
    """A file that is one case (its id is the file name without .json), its ``xfail`` checked."""
    path = _resolve(path)
    case = _read_json(path)
    if not isinstance(case, dict):
        raise CaseFileError(f"{path}: a case file is a JSON object, got {type(case).__name__}")
    _check_xfail(path, "the case", case)
    return case


def case_file_params(pattern: str, folder: str | Path = CASES_DIR) -> list:
    """One pytest param per file of ``folder`` matching ``pattern``, in name order, with the file
    name as id and a strict xfail if the file has an ``xfail`` reason."""
    paths = sorted(Path(folder).glob(pattern))
    if not paths:
        raise CaseFileError(f"{folder}: no case files match {pattern!r}")
    params = []
    for path in paths:
        case = read_case_file(path)
        marks = (pytest.mark.xfail(strict=True, reason=case["xfail"]),) if case.get("xfail") else ()
        params.append(pytest.param(case, id=path.stem, marks=marks))
    return params

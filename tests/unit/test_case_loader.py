"""The shared JSON case loader (tests/case_loader.py): ids every case file must have, errors that
name the file and the case, and known failures that run as strict xfails."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from case_loader import (
    CASES_DIR,
    RULE_EXAMPLES_DIR,
    CaseFileError,
    case_file_params,
    case_params,
    read_case_file,
    read_cases,
)

LIST_FILES = sorted(p for p in CASES_DIR.glob("*.json") if not p.name.startswith("link_"))
ONE_CASE_FILES = sorted(CASES_DIR.glob("link_*.json"))


@pytest.mark.parametrize("path", LIST_FILES, ids=lambda p: p.name)
def test_every_case_list_has_unique_ids(path):
    cases = read_cases(path)
    assert len({c["id"] for c in cases}) == len(cases)


@pytest.mark.parametrize("path", sorted(RULE_EXAMPLES_DIR.glob("*.json")), ids=lambda p: p.name)
def test_every_rule_example_has_an_id(path):
    examples = read_cases(path, key="examples")
    assert all(e["id"] for e in examples)


def test_one_case_files_are_named_by_their_file():
    ids = [p.id for p in case_file_params("link_*.json")]
    assert ids == [p.stem for p in ONE_CASE_FILES]
    assert "link_copy_forward" in ids and len(ids) >= 15
    assert read_case_file("link_copy_forward.json")["expect"]["copied"]


def _write(tmp_path: Path, cases, name: str = "cases.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps({"description": "made for this test", "cases": cases}), encoding="utf-8")
    return path


def test_a_case_without_an_id_is_named_by_position(tmp_path):
    path = _write(tmp_path, [{"id": "ice-pack", "text": "Ice pack to the L thigh."},
                             {"text": "Heating pad to the low back."}])
    with pytest.raises(CaseFileError, match=r"cases\.json: case 2: needs an 'id'"):
        read_cases(path)


def test_a_repeated_id_names_both_cases(tmp_path):
    path = _write(tmp_path, [{"id": "insulin-abdomen", "text": "Injects insulin into the abdomen."},
                             {"id": "lovenox", "text": "Lovenox injections to the belly."},
                             {"id": "insulin-abdomen", "text": "Insulin shots in the abdomen."}])
    with pytest.raises(CaseFileError, match=r"case 3: id 'insulin-abdomen' is already used by case 1"):
        read_cases(path)


def test_an_xfail_must_give_its_reason(tmp_path):
    path = _write(tmp_path, [{"id": "burn", "text": "Burn from a kettle.", "xfail": True}])
    with pytest.raises(CaseFileError, match=r"case 1 \(burn\): 'xfail' must be the reason"):
        read_cases(path)


def test_bad_json_and_missing_list_are_named(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"cases": [{"id": "a",}]}', encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"broken\.json: not valid JSON .* line 1"):
        read_cases(broken)
    with pytest.raises(CaseFileError, match=r"expected a non-empty list of cases under 'examples'"):
        read_cases(_write(tmp_path, [{"id": "a"}]), key="examples")
    with pytest.raises(CaseFileError, match="no such case file"):
        read_cases(tmp_path / "absent.json")


def test_a_known_failure_becomes_a_strict_xfail(tmp_path):
    path = _write(tmp_path, [{"id": "fall", "text": "Fell onto the R hip."},
                             {"id": "cold-pack", "text": "Cold pack on the knee.",
                              "xfail": "cold pack is not a thermal trigger yet"}])
    plain, known = case_params(path)
    assert (plain.id, plain.marks) == ("fall", ())
    assert known.id == "cold-pack"
    (mark,) = known.marks
    assert mark.name == "xfail"
    assert mark.kwargs == {"strict": True, "reason": "cold pack is not a thermal trigger yet"}
    assert [p.id for p in case_params(path, where=lambda c: "xfail" not in c, prefix="thermal/")] \
        == ["thermal/fall"]


def test_strict_xfail_fails_the_run_once_the_case_passes(pytester, tmp_path):
    """Run by pytest itself: a known failure that still fails is xfailed, one that now passes
    fails the run (XPASS(strict)), so its xfail note cannot outlive the fix."""
    cases = _write(tmp_path, [
        {"id": "sees-thigh", "text": "Ulcer on the left thigh.", "want": "thigh"},
        {"id": "still-broken", "text": "Ulcer on the L calf.", "want": "shin",
         "xfail": "calf read as shin is not fixed"},
        {"id": "fixed-now", "text": "Ulcer on the abdomen.", "want": "abdomen",
         "xfail": "abdomen was missed before the fix"},
    ])
    pytester.makepyfile(test_known=f"""
        import pytest
        from case_loader import case_params

        @pytest.mark.parametrize("case", case_params({str(cases)!r}))
        def test_site(case):
            assert case["want"] in case["text"]
        """)
    result = pytester.runpytest("-rxX")
    result.assert_outcomes(passed=1, xfailed=1, failed=1)
    result.stdout.fnmatch_lines(["*_ test_site?fixed-now? _*",
                                 "?XPASS(strict)? abdomen was missed before the fix"])
    result.stdout.fnmatch_lines(["XFAIL *test_site?still-broken? - calf read as shin is not fixed"])

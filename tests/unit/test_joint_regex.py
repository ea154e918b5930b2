"""One joint scan must find, for every pattern, exactly what the pattern's own finditer finds."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.joint_regex import JointRegex, first_char_guard, guarded
from pipeline.nlp.risk_factors import RiskFactorRules
from pipeline.nlp.timex import load_rules

ROOT = Path(__file__).resolve().parents[2]

# Shapes the rule files use, and ones the joint scan must leave to a scan of their own.
PATTERNS = [
    r"(?P<num>\d{1,3})\s*(?P<unit>days?|wks?|weeks?)\s+ago",
    r"\b(?:on|since)\s+(?P<t>mon(?:day)?|tue(?:sday)?)\b",
    r"(?P<m>0?[1-9]|1[0-2])/(?P<d>\d{1,2})(?:/(?P<y>\d{2,4}))?",
    r"(?<!\w)(?:left|right|bilateral)\s+(?P<site>thigh|calf|abdomen)",
    r"\b(?:insulin|heparin)(?:\s+(injection|site))?",
    r"(a)(b)?\1",              # a back-reference: scanned alone
    r"x*",                     # may match empty: scanned alone
    r"[^\s]+ago",              # starts with a negated class: no guard, still joint
    r"(c)?(?(1)a|b)",         # a conditional: scanned alone
    r"\(?P<x>y",              # "(?P<" as text, not a group: scanned alone
]


def _own(regexes: list[re.Pattern[str]], text: str):
    return sorted((i, m.span(), m.groups(), m.groupdict())
                  for i, rx in enumerate(regexes) for m in rx.finditer(text))


def _joint(joint: JointRegex, text: str, groups: list[int]):
    return sorted((i, m.span(), tuple(m.group(k) for k in range(1, groups[i] + 1)), m.groupdict())
                  for i, m in joint.finditer(text))


@pytest.fixture(scope="module")
def joint():
    return JointRegex(PATTERNS, re.IGNORECASE)


def test_unsafe_patterns_are_scanned_alone(joint):
    assert sorted(joint._alone) == [5, 6, 8, 9]


_WORDS = st.sampled_from(["2", "12", "3/14", "3/14/24", "days", "wk", "ago", "on", "Monday",
                          "since", "tue", "Left", "thigh", "insulin", "site", "ab", "aba",
                          "x", "xx", "b", "/", "-", "(P<x>y", "P<x>y"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from(["", " ", "  ", "\n", ", "])), max_size=30))
def test_joint_scan_equals_each_pattern_alone(joint, pieces):
    text = "".join(word + gap for word, gap in pieces)
    groups = [rx.groups for rx in joint.patterns]
    assert _joint(joint, text, groups) == _own(joint.patterns, text)


# The same shapes behind a left edge refusing word characters: scanned through the prefilter
# (only next to non-word characters, only the patterns whose heads match there), and some
# starting with a non-word character themselves.
ANCHORED = [
    r"(?P<num>\d{1,3})\s*(?P<unit>days?|wks?|weeks?)\s+ago",
    r"(?:on|since)\s+(?P<t>mon(?:day)?|tue(?:sday)?)\b",
    r"(?P<m>0?[1-9]|1[0-2])/(?P<d>\d{1,2})(?:/(?P<y>\d{2,4}))?",
    r"\((?P<site>thigh|calf)\)",
    r"~\s*(?P<n>\d+)",
    r"(?:insulin|heparin)(?:\s+(injection|site))?",
    r"(a)(b)?\1",             # a back-reference: scanned alone
]


@pytest.fixture(scope="module")
def anchored():
    return JointRegex(ANCHORED, re.IGNORECASE, left_edge=r"(?<![\w.])")


def test_anchored_patterns_take_the_prefiltered_path(anchored):
    assert anchored._starts is not None and anchored.regex is None
    assert anchored._alone == [6]


_ANCHORED_WORDS = st.sampled_from(["2", "12", "3/14", "3/14/24", "days", "wk", "ago", "on", "Monday",
                                   "since", "tue", "(thigh)", "(calf", "thigh)", "~", "~3", "7",
                                   "insulin", "site", "ab", "aba", "x", ".", "(", ")", "/"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_ANCHORED_WORDS, st.sampled_from(["", " ", "  ", "\n", ", ", "."])),
                max_size=30))
def test_prefiltered_scan_equals_each_pattern_alone(anchored, pieces):
    text = "".join(word + gap for word, gap in pieces)
    groups = [rx.groups for rx in anchored.patterns]
    assert _joint(anchored, text, groups) == _own(anchored.patterns, text)


def _notes() -> list[str]:
    with (ROOT / "annotations/notes.csv").open(newline="", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def test_timex_rules_scan_jointly_as_alone():
    rules = load_rules()
    regexes = rules.scan.patterns  # the patterns and the "since then" anaphora
    assert regexes[:len(rules.patterns)] == [p.regex for p in rules.patterns]
    assert rules.anaphora_index == len(rules.patterns) and regexes[-1] is rules.anaphora
    groups = [rx.groups for rx in regexes]
    assert not rules.scan._alone  # every timex pattern takes part in the joint scan
    for text in _notes():
        assert _joint(rules.scan, text, groups) == _own(regexes, text)


def test_risk_factor_rules_scan_jointly_as_alone():
    rules = RiskFactorRules.load()
    regexes = [p.regex for p in rules.patterns]
    groups = [rx.groups for rx in regexes]
    assert not rules.scan._alone  # every risk-factor pattern takes part in the joint scan
    for text in _notes():
        assert _joint(rules.scan, text, groups) == _own(regexes, text)


@pytest.mark.parametrize("source, inside, outside", [
    (r"\d+\s*days", "7", "a"),
    (r"(?:jan|feb)\w*", "F", "m"),
    (r"\b(?:on|since)\s+x", "S", "x"),
    (r"(?:the\s+)?end", "e", "x"),
])
def test_first_char_guard_admits_every_start(source, inside, outside):
    guard = re.compile(first_char_guard(source, re.IGNORECASE), re.IGNORECASE)
    assert guard.match(inside)
    assert not guard.match(outside)


@pytest.mark.parametrize("source", [r"x*", r"(?:a|)", r".+", r"[^a]b"])
def test_no_guard_where_any_start_is_possible(source):
    assert first_char_guard(source) is None


def test_guarded_finds_what_the_pattern_finds():
    """The risk-factor clause and cue regexes behind their first-character guard, and the pattern
    shapes above: the same matches and groups on every annotated note."""
    from pipeline.nlp.risk_factors import CONFIG_NAME
    from pipeline.rules.loader import read

    data = read(CONFIG_NAME, None, ValueError)
    sources = [data[key] for key in ("clause_boundary", "negation_cues", "hypothetical_cues",
                                     "family_cues", "generic_group") if data.get(key)]
    for source in sources + PATTERNS:
        plain, wrapped = re.compile(source, re.IGNORECASE), guarded(source, re.IGNORECASE)
        assert wrapped.groupindex == plain.groupindex
        for text in _notes():
            assert [(m.span(), m.groups()) for m in wrapped.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_guarded_compiles_as_is_what_takes_no_guard():
    assert guarded(r"x*").pattern == r"x*"
    assert guarded(r"(?i)abc").pattern == r"(?i)abc"  # global flags must open the pattern
    assert guarded(r"abc").pattern.startswith("(?=")

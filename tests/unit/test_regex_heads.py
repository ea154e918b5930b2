"""The prefilter of the rule scans: heads worked out from each pattern must let through every
position where the pattern matches (a dropped match would be a silently lost TIMEX or fact),
and should turn most others away."""
from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp import regex_heads
from pipeline.nlp.joint_regex import JointRegex
from pipeline.nlp.regex_heads import HeadIndex, WordStarts, guard, heads, starts_next_to_non_word
from pipeline.nlp.risk_factors import RiskFactorRules
from pipeline.nlp.timex import default_rules_path, find_timexes, load_rules


def _guard(source: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    found = heads(source, flags)
    assert found is not None
    return re.compile(guard(found), regex_heads.guard_flags(flags))


@pytest.mark.parametrize("source, inside, outside", [
    (r"\d{1,3}\s*(?:days?|wks?)\s+ago", ["7 days ago", "12wk ago", "3 day  ago"], ["a7", "7-d", "x 3"]),
    (r"(?:jan|feb)(?:uary)?\.?\s+\d", ["January 3", "FEB 2", "jan. 4"], ["jun", "fab", "j"]),
    (r"\b(?:on|since)\s+(?:mon|tue)", ["on Mon", "SINCE tue"], ["one", "sin", "onto"]),
    (r"(?:the\s+)?end\s+of", ["the end of", "end of", "THE  end\tof"], ["then", "en", "ten"]),
    (r"\(diet\)", ["(diet)", "(DIET)"], ["diet)", "(dot)"]),
    (r"a{2,}b", ["aab", "aaab"], ["ab", "ba"]),
    (r"x?y", ["xy", "y"], ["xx", "z"]),
])
def test_heads_admit_every_match_and_turn_others_away(source, inside, outside):
    pattern, admits = re.compile(source, re.IGNORECASE), _guard(source)
    for text in inside:
        assert pattern.match(text) and admits.match(text), text
    for text in outside:
        assert not pattern.match(text) and not admits.match(text), text


def test_heads_let_through_the_letters_outside_ascii_that_ignorecase_folds():
    # the Kelvin sign is a "k", the long s an "s", dotted and dotless I an "i" under IGNORECASE
    pattern = re.compile(r"kiss", re.IGNORECASE)
    for text in ["\u212aiss", "k\u0130ss", "ki\u017fs", "K\u0131SS"]:
        assert pattern.match(text) and _guard(r"kiss").match(text), ascii(text)


def test_the_list_of_letters_folding_into_ascii_is_complete():
    everything = "".join(map(chr, range(128, 0x110000)))
    folding = set(re.findall("[a-z]", everything, re.IGNORECASE))
    listed = set("".join(regex_heads._FOLDS_INTO_ASCII.values()))
    assert folding == listed
    for letter, others in regex_heads._FOLDS_INTO_ASCII.items():
        assert all(re.fullmatch(letter, c, re.IGNORECASE) for c in others)


@pytest.mark.parametrize("source", [r"x*", r"(?:x|)y?", r"(a)?\1", r"(?i:a)b"])
def test_no_heads_where_a_match_may_be_empty_or_start_with_what_cannot_be_read(source):
    assert heads(source, 0) is None


def test_a_head_may_start_with_any_character():
    admits = _guard(r".b[^c]d")
    assert admits.match("\nbxd") and admits.match("ab\nd")
    assert not admits.match("aaxd") and not admits.match("abx")


@pytest.mark.parametrize("source, anchored", [
    (r"\bwarfarin", True),
    (r"(?<![\w.,$#+&])(?<![\d.]/)\d+", True),
    (r"^\d+", True),
    (r"(?<!\w)x", True),
    (r"(?<=\s)x", False),         # a lookbehind that requires a character says nothing of words
    (r"(?<![^\w])x", False),
    (r"x\b", False),              # the boundary comes after a character
    (r"\Bx", False),
])
def test_which_patterns_start_next_to_a_non_word_character(source, anchored):
    assert starts_next_to_non_word(source) is anchored


def test_word_starts_find_heads_after_and_at_non_word_characters():
    found = set().union(heads(r"insulin", re.I), heads(r"\(diet\)", re.I))
    starts = WordStarts(found, re.I)
    text = "Insulin; diet-controlled (diet) no_insulin insulin"
    positions = list(starts.positions(text))
    assert positions == sorted(set(positions))
    assert {0, text.index("(diet)"), text.rindex("insulin")} <= set(positions)
    assert text.index("_insulin") + 1 not in positions  # inside a word: never a start


def test_word_starts_read_an_ascii_text_lower_cased_as_it_is():
    # the lower-cased scan of an ASCII text finds what the scan of both cases finds
    found = set().union(heads(r"insulin|(?:jan|feb)\w*", re.I), heads(r"\(diet\)|\d+\s*days", re.I),
                        heads(r"[k-s]ilo|\bstill", re.I))
    starts = WordStarts(found, re.I)
    both_cases = WordStarts(found, re.I)
    both_cases._lowered = None
    assert starts._lowered is not None
    for text in ("Insulin; DIET-controlled (Diet) no_insulin INSULIN", "3 Days since FEB, still; Silo kilo",
                 "İnsulin ſtill Kilo (DIET)"):
        assert starts.positions(text) == both_cases.positions(text)


def test_head_index_names_the_patterns_that_may_match_at_a_position():
    index = HeadIndex([heads(r"\d+\s*days", re.I), heads(r"days?", re.I),
                       heads(r"(?:jan|feb)\w*", re.I)], re.I)
    text = "3 days since Feb"
    assert index.members(text, 0) == (0,)
    assert index.members(text, 2) == (1,)
    assert index.members(text, text.index("Feb")) == (2,)
    assert index.members(text, text.index("since")) == ()


# ------------------------------------------------------------------ the rule files, fuzzed

def _timex_vocabulary() -> list[str]:
    raw = json.loads(default_rules_path().read_text())
    words = [*raw["months"], *raw["month_abbreviations"], *raw["number_words"], *raw["weekdays"],
             *raw["relative_days"], *raw["relative_modifiers"], *raw["future_cues"],
             *raw["presenting_cues"], *raw["holidays"], *raw["since_prefix"],
             *(form for forms in raw["units"].values() for form in forms),
             *(form for forms in raw["subday_units"].values() for form in forms),
             *(k for k in raw["seasons"] if not k.startswith("_") and k != "precision")]
    return sorted({w for w in words if not w.startswith("_")}) + [
        "ago", "x", "for", "over", "in", "of", "the", "past", "prior", "history", "hx", "ulcer",
        "3", "12", "2019", "1999", "03", "3/14", "3/14/19", "2019-03-14", "2019-03", "10/2019",
        "mid", "early", "end", "~", "(", ")", "/", "-", ".", ",", ":", "#", "$", "&", "8/10",
        "pain", "mg", "Jan.", "MARCH", "Today", "2/2", "x2", "E", "N",
    ]


def _risk_vocabulary() -> list[str]:
    return ["ESRD", "end-stage", "renal", "disease", "on", "HD", "PD", "dialysis", "hemodialysis",
            "MWF", "T1DM", "DM", "type", "1", "2", "II", "diabetes", "diabetic", "mellitus",
            "insulin", "non-insulin", "diet", "(diet)", "controlled", "warfarin", "Coumadin",
            "obese", "obesity", "BMI", "body", "mass", "index", "of", "32.5", "40", ">", "=",
            "no", "denies", "mother", "if", "ESRD/HD", "non", "dependent", "/", "-", "(", ")",
            "cath", "catheter", "exit", "site", "class", "III", "IDDM", "NIDDM", "Lantus"]


def _texts(vocabulary: list[str]):
    gaps = st.sampled_from(["", " ", "  ", "\n", ", ", ". ", "-", "/", ": "])
    return st.lists(st.tuples(st.sampled_from(vocabulary), gaps), max_size=25).map(
        lambda pieces: "".join(word + gap for word, gap in pieces))


def _each_alone(regexes: list[re.Pattern[str]], text: str):
    return [(i, m.span(), m.groupdict()) for i, rx in enumerate(regexes) for m in rx.finditer(text)]


def _prefiltered(scan: JointRegex, text: str):
    return sorted((i, m.span(), m.groupdict()) for i, m in scan.finditer(text))


@pytest.fixture(scope="module")
def timex_rules():
    rules = load_rules()
    assert rules.scan._starts is not None  # the timex rules take the prefiltered path
    return rules


@pytest.fixture(scope="module")
def risk_rules():
    rules = RiskFactorRules.load()
    assert rules.scan._starts is not None
    return rules


@settings(max_examples=400, deadline=None)
@given(_texts(_timex_vocabulary()))
def test_prefiltered_timex_scan_finds_what_every_pattern_finds_alone(timex_rules, text):
    regexes = timex_rules.scan.patterns  # the patterns and the "since then" anaphora
    assert _prefiltered(timex_rules.scan, text) == sorted(_each_alone(regexes, text))


@settings(max_examples=400, deadline=None)
@given(_texts(_risk_vocabulary()))
def test_prefiltered_risk_factor_scan_finds_what_every_pattern_finds_alone(risk_rules, text):
    regexes = [p.regex for p in risk_rules.patterns]
    assert _prefiltered(risk_rules.scan, text) == sorted(_each_alone(regexes, text))


def test_a_pattern_added_to_the_rule_file_is_found_without_touching_the_prefilter(tmp_path):
    """A new pattern (one starting with a word, one with a parenthesis) is found through the
    prefilter as soon as it is in the rule file."""
    raw = json.loads(default_rules_path().read_text())
    text = "Ulcer noted 3 days previously. Biopsy (2 weeks before) was negative."
    note_date = date(2021, 6, 10)
    before = find_timexes(text, note_date, load_rules())
    assert [text[t.start:t.end] for t in before] == []  # neither phrase is a date yet
    raw["patterns"] += [
        {"name": "previously", "kind": "offset",
         "regex": r"(?P<t>{NUM}\s*(?P<unit>{UNIT})\s+previously)"},
        {"name": "parenthesised_before", "kind": "offset",
         "regex": r"\((?P<t>{NUM}\s*(?P<unit>{UNIT})\s+before)\)"},
    ]
    path = tmp_path / "timex.json"
    path.write_text(json.dumps(raw))
    rules = load_rules(path)
    assert rules.scan._starts is not None
    found = find_timexes(text, note_date, rules)
    assert [(text[t.start:t.end], t.value, t.rule) for t in found] == [
        ("3 days previously", "2021-06-07", "previously"),
        ("2 weeks before", "2021-05-27", "parenthesised_before"),
    ]


def test_since_then_is_found_in_the_scan_or_on_its_own(tmp_path):
    """The "since then" anaphora is found by the patterns' scan when it starts at a word edge, and
    by a search of its own when it may start inside a word: the same starts either way."""
    raw = json.loads(default_rules_path().read_text())
    text = "Her knee flared up on Thanksgiving. She has kept an ice pack on it since then."
    note_date = date(2019, 12, 3)
    in_scan = load_rules()
    assert in_scan.anaphora_index == len(in_scan.patterns)
    raw["anaphora"]["pattern"] = r"(?:since|from)\s+(?:then|that\s+day)\b"  # no word edge first
    path = tmp_path / "timex.json"
    path.write_text(json.dumps(raw))
    alone = load_rules(path)
    assert alone.anaphora_index is None and len(alone.scan.patterns) == len(alone.patterns)
    expected = [("Thanksgiving", "2019-11-28", "holiday"), ("since then", "2019-11-28", "since_then")]
    for rules in (in_scan, alone):
        assert [(text[t.start:t.end], t.value, t.rule) for t in find_timexes(text, note_date, rules)] == expected

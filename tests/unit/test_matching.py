"""RuleMatcher against spaCy's own Matcher followed by filter_spans, on clinical sentences."""
import random

import spacy
from spacy.matcher import Matcher
from spacy.util import filter_spans

from pipeline.nlp.matching import RuleMatcher, longest_first

PATTERNS = [
    ("LESION", [{"LOWER": {"IN": ["necrotic", "painful"]}, "OP": "*"}, {"LOWER": "eschar"}]),
    ("LESION", [{"LOWER": "retiform"}, {"LOWER": "purpura"}]),
    ("TRAUMA", [{"LOWER": "insulin"}, {"LOWER": {"IN": ["injection", "injections"]}},
                {"LOWER": "sites", "OP": "?"}]),
    ("TRAUMA", [{"LOWER": {"IN": ["ice", "heat"]}}, {"LOWER": {"IN": ["pack", "packs"]}}]),
    # a first test that checks more than its word: the index alone does not decide it
    ("COUNT", [{"LOWER": {"IN": ["2", "3", "two", "x"]}, "LIKE_NUM": True}, {"LOWER": "wks"}]),
    # a first test by regular expression: tried at every token
    ("DATE", [{"TEXT": {"REGEX": r"^\d{1,2}/\d{1,2}$"}}]),
    ("NEG", [{"LOWER": "no"}, {"LOWER": "evidence", "OP": "?"}, {"LOWER": "of", "OP": "?"}]),
    ("NEG", [{"LOWER": "denies"}]),
    ("LIST", [{"LOWER": "thigh"}, {"IS_PUNCT": True, "OP": "+"}, {"LOWER": "calf"}]),
    ("SIDE", [{"ORTH": "L"}, {"LOWER": "thigh"}]),
]

SENTENCES = [
    "Necrotic painful eschar L thigh x 2 wks at her insulin injection sites.",
    "No evidence of retiform purpura; denies ice packs or heat pack use since 3/14.",
    "Eschar of the thigh,, calf and abdomen, insulin injections sites rotated x two wks, x wks.",
    "no of eschar. 12/3 painful eschar painful necrotic eschar L thigh L Thigh l thigh",
]


def _spacy_matches(nlp, doc):
    matcher = Matcher(nlp.vocab)
    for index, (label, pattern) in enumerate(PATTERNS):
        matcher.add(f"{label}|{index}", [pattern])
    spans = matcher(doc, as_spans=True)
    return [(s.start, s.end, s.label_) for s in filter_spans(spans)]


def test_rule_matcher_finds_what_spacy_matcher_and_filter_spans_find():
    nlp = spacy.blank("en")
    ours = RuleMatcher((f"{label}|{index}", pattern)
                       for index, (label, pattern) in enumerate(PATTERNS))
    for sentence in SENTENCES:
        doc = nlp(sentence)
        found = [(s.start, s.end, s.label_) for s in ours(doc)]
        assert found == _spacy_matches(nlp, doc), sentence
        assert ours.offsets(doc) == found


def test_matcher_keys_what_a_person_expects():
    nlp = spacy.blank("en")
    ours = RuleMatcher((f"{label}|{index}", pattern)
                       for index, (label, pattern) in enumerate(PATTERNS))
    doc = nlp(SENTENCES[0])
    assert [(s.text, s.label_.split("|")[0]) for s in ours(doc)] == [
        ("Necrotic painful eschar", "LESION"), ("L thigh", "SIDE"), ("2 wks", "COUNT"),
        ("insulin injection sites", "TRAUMA")]


def test_longest_first_is_filter_spans_on_tuples():
    nlp = spacy.blank("en")
    doc = nlp(" ".join(["word"] * 30))
    rng = random.Random(14)
    for _ in range(200):
        matches = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(0, 29)
            matches.append((start, rng.randint(start + 1, min(30, start + 5)),
                            rng.choice(["A", "B", "C"])))
        spans = [doc[start:end] for start, end, _ in matches]
        for span, (_, _, label) in zip(spans, matches):
            span.label_ = label
        expected = [(s.start, s.end, s.label_) for s in filter_spans(spans)]
        assert longest_first(matches) == expected


def test_longest_first_keeps_matches_in_text_order_that_do_not_overlap():
    # as a matcher lists them: by start, often with no overlap at all (longest_first's fast path)
    nlp = spacy.blank("en")
    doc = nlp(" ".join(["word"] * 40))
    rng = random.Random(26)
    for _ in range(300):
        matches, start = [], 0
        while start < 38 and len(matches) < 10:
            start += rng.choice([0, 0, 1, 2])  # 0: touches (or, taken twice, overlaps) the last
            end = min(40, start + rng.randint(1, 3))
            matches.append((start, end, rng.choice(["A", "B"])))
            start = end - rng.choice([0, 0, 0, 1])
        spans = [doc[s:e] for s, e, _ in matches]
        for span, (_, _, label) in zip(spans, matches):
            span.label_ = label
        expected = [(s.start, s.end, s.label_) for s in filter_spans(spans)]
        assert longest_first(matches) == expected


# a first token then optional tests: the token after the first must pass one of the optional
# tests or the required test after them (RuleMatcher narrows its candidates by that)
OPTIONAL_AFTER_FIRST = [
    ("END", [{"ORTH": {"IN": [",", ";", "("]}}, {"LOWER": {"IN": ["findings", "features"]}, "OP": "*"},
             {"LOWER": {"IN": ["consistent", "compatible"]}}, {"LOWER": "with"}]),
    ("NEG", [{"LOWER": "no"}, {"LOWER": "new", "OP": "?"}, {"LOWER": "evidence"},
             {"LOWER": "of", "OP": "?"}]),
    ("BOX", [{"ORTH": "["}, {"LOWER": "x", "OP": "?"}, {"ORTH": "]"}]),
    ("LIST", [{"LOWER": "thigh"}, {"IS_PUNCT": True, "OP": "+"}, {"LOWER": "calf"}]),
    ("NOT", [{"LOWER": "not"}, {"LOWER": "yet", "OP": "?"}, {"LOWER": "been", "OP": "*"}]),
]

OPTIONAL_SENTENCES = [
    "Ulcer, findings consistent with calciphylaxis; features compatible with it (consistent with).",
    "No new evidence of eschar, no evidence of ulcer, no new eschar, no",
    "[x] ice packs [ ] heat [] none [x",
    "Eschar of the thigh,, calf; thigh calf and thigh - calf",
    "Not yet been biopsied, not been seen, not",
    "Plaque, features findings consistent with, consistent",
]


def test_optional_tests_after_the_first_find_what_spacy_matcher_finds():
    nlp = spacy.blank("en")
    ours = RuleMatcher((f"{label}|{index}", pattern)
                       for index, (label, pattern) in enumerate(OPTIONAL_AFTER_FIRST))
    matcher = Matcher(nlp.vocab)
    for index, (label, pattern) in enumerate(OPTIONAL_AFTER_FIRST):
        matcher.add(f"{label}|{index}", [pattern])
    found_labels = set()
    for sentence in OPTIONAL_SENTENCES:
        doc = nlp(sentence)
        expected = [(s.start, s.end, s.label_) for s in filter_spans(matcher(doc, as_spans=True))]
        assert ours.offsets(doc) == expected, sentence
        found_labels |= {label.split("|")[0] for _, _, label in expected}
    assert found_labels == {"END", "NEG", "BOX", "LIST", "NOT"}


def test_rules_with_the_same_pattern_match_alike_in_listing_order():
    nlp = spacy.blank("en")
    negation = [{"LOWER": "no"}, {"LOWER": "new", "OP": "?"}, {"LOWER": "evidence"}]
    ours = RuleMatcher([("NEG_A", negation), ("BOX", OPTIONAL_AFTER_FIRST[2][1]),
                        ("NEG_B", negation)])
    doc = nlp("No new evidence of eschar; no evidence of ulcer [x] no new ulcer.")
    assert ours.match_offsets(doc) == [(0, 3, "NEG_A"), (0, 3, "NEG_B"), (6, 8, "NEG_A"),
                                       (6, 8, "NEG_B"), (10, 13, "BOX")]


def test_rules_opening_with_one_or_more_words_match_as_spacy_matches():
    # the pair lookup narrows such a rule by the next word: it must be one of the repeated
    # words or one the rest of the rule accepts
    patterns = [
        ("INJ", [{"LOWER": {"IN": ["insulin", "heparin", "lovenox"]}, "OP": "+"},
                 {"LOWER": {"IN": ["injection", "injections"]}}]),
        ("DEC", [{"LOWER": {"IN": ["left", "right", "l"]}, "OP": "+"},
                 {"LOWER": "lateral", "OP": "?"}, {"LOWER": "decubitus"}]),
        ("ANY", [{"LOWER": {"IN": ["left", "right"]}, "OP": "+"}, {"LOWER": "side", "OP": "?"}]),
    ]
    nlp = spacy.blank("en")
    ours = RuleMatcher((f"{label}|{index}", pattern) for index, (label, pattern) in enumerate(patterns))
    matcher = Matcher(nlp.vocab)
    for index, (label, pattern) in enumerate(patterns):
        matcher.add(f"{label}|{index}", [pattern])
    for sentence in ["insulin heparin injections and lovenox injection; insulin then heparin",
                     "left right decubitus, l lateral decubitus, left lateral side, right",
                     "Heparin Insulin injection left side left"]:
        doc = nlp(sentence)
        expected = [(s.start, s.end, s.label_) for s in filter_spans(matcher(doc, as_spans=True))]
        assert ours.offsets(doc) == expected, sentence


def test_a_word_and_an_optional_second_match_as_spacy_matches_when_the_pair_recurs():
    # the length of these matches is decided by the pair of words and remembered per pair: the
    # same pair later in the text, or at the text's end, must match as spaCy's Matcher does
    patterns = [("NEG", [{"LOWER": "no"}, {"LOWER": {"IN": ["new", "abnormal"]}, "OP": "?"}]),
                ("SITE", [{"LOWER": "thigh"}, {"LOWER": "region", "OP": "?"}]),
                ("NEW", [{"LOWER": "new"}, {"LOWER": "lesion"}])]
    sentences = ["No new lesion of the thigh region; no abnormal pulses; no new, thigh.",
                 "Thigh region no new lesion. Thigh region clear, no abnormal, no",
                 "no no new no new lesion thigh thigh region thigh"]
    nlp = spacy.blank("en")
    ours = RuleMatcher((f"{label}|{index}", pattern) for index, (label, pattern) in enumerate(patterns))
    matcher = Matcher(nlp.vocab)
    for index, (label, pattern) in enumerate(patterns):
        matcher.add(f"{label}|{index}", [pattern])
    for sentence in sentences * 2:  # the second time, every pair is remembered
        doc = nlp(sentence)
        expected = [(s.start, s.end, s.label_) for s in filter_spans(matcher(doc, as_spans=True))]
        assert ours.offsets(doc) == expected, sentence
    doc = nlp(sentences[0])
    # "No new lesion": two matches of two words; the earlier wins the tie
    assert [doc[s:e].text for s, e, _ in ours.offsets(doc)] == [
        "No new", "thigh region", "no abnormal", "no new", "thigh"]

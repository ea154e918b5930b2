"""The screen is a superset of CALCIPHYLAXIS mention detection.

Checked three ways: texts generated from the CALCIPHYLAXIS target rules themselves (whatever
the rules can match, the screen must keep), gold CALCIPHYLAXIS mentions of the annotated corpora,
and the full pipeline run on synthetic notes.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import spacy
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher

from pipeline.nlp.targets import read_targets
from pipeline.screen import TermMatcher, load_terms, screen_notes

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT / "annotations", ROOT.parent / "shared" / "eval" / "dev"]


def _calciphylaxis_rules() -> list[dict]:
    rules = read_targets()["target_rules"]
    return [r for r in rules if r.get("category") == "CALCIPHYLAXIS"]


def _cased(word: str):
    return st.sampled_from([word, word.upper(), word.capitalize(), word.lower()])


def _token_strategy(spec: dict):
    """Strings one token of a spaCy Matcher pattern can be (for the attributes rules use)."""
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        if attr not in spec:
            continue
        value = spec[attr]
        folds = attr in ("LOWER", "NORM")
        if isinstance(value, str):
            return _cased(value) if folds else st.just(value)
        if "IN" in value:
            options = st.sampled_from(value["IN"])
            return options.flatmap(_cased) if folds else options
        if "REGEX" in value:
            generated = st.from_regex(value["REGEX"], fullmatch=True)
            return generated.flatmap(_cased) if folds else generated
    raise AssertionError(f"unsupported token spec in a CALCIPHYLAXIS rule: {spec}")


def _pattern_text(pattern: list[dict]):
    parts = []
    for spec in pattern:
        token = _token_strategy(spec)
        if spec.get("OP") in ("?", "*"):
            token = st.one_of(st.just(""), token)
        parts.append(token)
    return st.tuples(*parts).map(lambda words: " ".join(w for w in words if w))


@pytest.fixture(scope="module")
def matcher():
    return TermMatcher(load_terms())


def test_every_calciphylaxis_literal_is_caught(matcher):
    rules = _calciphylaxis_rules()
    assert rules, "configs/targets/ has no CALCIPHYLAXIS rule"
    for rule in rules:
        assert matcher.matches(rule["literal"]), rule["literal"]
        assert matcher.matches(f"A/P: {rule['literal'].upper()}, on STS."), rule["literal"]


def test_every_text_a_calciphylaxis_pattern_matches_is_caught(matcher):
    rules = [r for r in _calciphylaxis_rules() if isinstance(r.get("pattern"), list)]
    if not rules:
        pytest.skip("no token-pattern CALCIPHYLAXIS rules")
    nlp = spacy.blank("en")
    for rule in rules:
        rule_matcher = Matcher(nlp.vocab)
        rule_matcher.add("R", [rule["pattern"]])

        @settings(max_examples=150, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
        @given(text=_pattern_text(rule["pattern"]), before=st.sampled_from(["", "Dx: ", "h/o ("]),
               after=st.sampled_from(["", ".", ") of L thigh", "-related ulcer"]))
        def check(text, before, after):
            note = f"{before}{text}{after}"
            assume(rule_matcher(nlp(note)))  # only texts the rule itself would find
            assert matcher.matches(note), (rule["literal"], note)

        check()


def test_string_patterns_are_literal_phrases_the_screen_catches(matcher):
    for rule in _calciphylaxis_rules():
        if isinstance(rule.get("pattern"), str):
            # medspaCy treats a string pattern as a regular expression over the text.
            pytest.fail(f"regex CALCIPHYLAXIS rule {rule['literal']!r}: add a generator for it here")


@pytest.mark.parametrize("root", CORPORA, ids=lambda p: p.name)
def test_gold_calciphylaxis_mentions_are_all_caught(root, matcher):
    from pipeline.corpus.brat import read_corpus

    if not (root / "brat").is_dir():
        pytest.skip(f"no gold corpus at {root}")
    corpus = read_corpus(root)
    spans = [e for doc in corpus.documents.values() for e in doc.entities.values()
             if e.label == "CALCIPHYLAXIS"]
    assert spans
    missed = [e.id for e in spans if not matcher.matches(e.text)]
    assert not missed


@pytest.mark.parametrize("root", CORPORA, ids=lambda p: p.name)
def test_gold_patients_with_calciphylaxis_are_kept(root):
    if not (root / "gold.csv").exists():
        pytest.skip(f"no gold corpus at {root}")
    gold = pd.read_csv(root / "gold.csv", dtype=str, keep_default_na=False)
    flagged = set(gold.loc[gold["calciphylaxis"].isin(["yes", "possible"]), "patient_id"])
    assert flagged
    result = screen_notes(root / "notes.csv")
    assert flagged <= result.kept_patient_ids
    notes = pd.read_csv(root / "notes.csv", dtype=str, keep_default_na=False)
    kept = notes.loc[notes["patient_id"].isin(result.kept_patient_ids), "note_id"].tolist()
    assert result.kept_note_ids == kept


def test_full_pipeline_finds_no_calciphylaxis_in_notes_the_screen_drops(nlp, tmp_path):
    from pipeline.nlp.extensions import mentions
    from pipeline.synth import write_cohort

    summary = write_cohort(tmp_path / "cohort.parquet", 40, seed=77, calciphylaxis_share=0.25,
                           koebner_share=0.1)
    result = screen_notes(summary.notes_path)
    frame = pd.read_parquet(summary.notes_path)
    found = set()
    for pid, doc in zip(frame["patient_id"], nlp.pipe(frame["text"].tolist(), batch_size=32)):
        if any(span.label_ == "CALCIPHYLAXIS" for span in mentions(doc)):
            found.add(pid)
    assert found, "the pipeline found no CALCIPHYLAXIS mention at all"
    assert found <= result.kept_patient_ids

"""The timex and risk-factor rules share one word-start scan of a note, and each finds what it
finds with its own scan."""
from datetime import date

from pipeline.nlp.shared_scan import SharedWordStarts, share_word_starts
from pipeline.nlp.timex.find import find_timexes

TEXTS = [
    "On HD since 2019 (MWF), insulin since 3/2019; warfarin stopped 2/14. R thigh ulcer x 2 wks.",
    "Pain 7/10. Started apixaban 8/14/2021, BMI 41.2, T2DM on glargine; mother on dialysis.",
    "(ESRD) ~3 weeks ago she noticed a bruise; no diabetes. Follow up next Tuesday.",
    "",
]


def test_the_pipeline_shares_one_scan_between_timex_and_risk_factors(nlp):
    timex, risk = nlp.get_pipe("koebner_timex"), nlp.get_pipe("koebner_risk_factors")
    assert timex.shared_starts is not None and timex.shared_starts is risk.shared_starts
    assert timex.shared_starts.covers(timex.rules.scan) and timex.shared_starts.covers(risk.rules.scan)


def test_shared_positions_find_what_each_scan_finds_alone(nlp):
    timex, risk = nlp.get_pipe("koebner_timex"), nlp.get_pipe("koebner_risk_factors")
    shared = SharedWordStarts([timex.rules.scan, risk.rules.scan])
    for text in TEXTS:
        starts = shared._starts.positions(text)
        for own in (timex.rules.scan._starts.positions(text), risk.rules.scan._starts.positions(text)):
            assert set(own) <= set(starts)
        assert find_timexes(text, date(2021, 9, 1), timex.rules, starts) == \
            find_timexes(text, date(2021, 9, 1), timex.rules)
        assert risk.rules.find(text, starts) == risk.rules.find(text)


def test_nothing_to_share_with_fewer_than_two_scans(nlp):
    assert share_word_starts([nlp.get_pipe("koebner_timex")]) is None
    assert not SharedWordStarts([]).covers(None)

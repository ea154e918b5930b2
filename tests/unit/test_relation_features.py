"""The relation model's pair features and the sentence starts they read, on a short note."""
import pytest

from pipeline.nlp.relation_features import MentionInfo, PairContext, sentence_starts

NOTE = "Necrotic ulcer on the L thigh, noted since 8/14.\nPlan: recheck 9/30."


@pytest.fixture(scope="module")
def note(nlp):
    doc = nlp.get_pipe("koebner_sentences")(nlp.make_doc(NOTE))
    doc._.koebner_note_date = "2020-09-01"
    spans = {}
    for phrase, label in (("Necrotic ulcer", "LESION"), ("L thigh", "SITE"),
                          ("since 8/14", "TIMEX"), ("9/30", "TIMEX")):
        start = NOTE.index(phrase)
        spans[phrase] = doc.char_span(start, start + len(phrase), label=label)
    spans["since 8/14"]._.koebner_timex_value = "2020-08-14"
    spans["9/30"]._.koebner_timex_value = "2020-09-30"
    infos = {phrase: MentionInfo(doc, span) for phrase, span in spans.items()}
    return doc, infos, PairContext(doc, list(infos.values()))


def test_sentence_starts_follow_the_sentence_splitter(note):
    doc, _, _ = note
    # the first sentence, the line break (its own item), then the plan line
    assert sentence_starts(doc) == [0] * 11 + [11] + [12] * 5
    assert sentence_starts(doc) == [token.sent.start for token in doc]


def test_features_of_a_site_right_after_its_lesion(note):
    _, infos, pairs = note
    features = pairs.features(infos["Necrotic ulcer"], infos["L thigh"])
    assert list(features) == [
        "bias", "event=LESION", "dir=after", "gap=2", "dir_gap=a2", "events_between=0",
        "args_between=0", "same_sentence=True", "newline_between=False", "section=other",
        "between:on", "gap_words=on the", "nearest_arg=True", "nearest_event=True"]
    assert set(features.values()) == {1.0}


def test_features_of_the_onset_date_of_the_lesion(note):
    _, infos, pairs = note
    features = pairs.features(infos["Necrotic ulcer"], infos["since 8/14"], "assessment_plan")
    assert list(features) == [
        "bias", "event=LESION", "dir=after", "gap=5-7", "dir_gap=a5-7", "events_between=0",
        "args_between=0", "same_sentence=True", "newline_between=False",
        "section=assessment_plan", "between:on", "between:,", "between:noted",
        "before_arg:noted", "nearest_arg=True", "nearest_event=True", "timex_precision=2",
        "timex_first=since"]


def test_features_of_a_future_date_on_the_next_line(note):
    _, infos, pairs = note
    features = pairs.features(infos["Necrotic ulcer"], infos["9/30"])
    assert list(features) == [
        "bias", "event=LESION", "dir=after", "gap=13-20", "dir_gap=a13-20", "events_between=0",
        "args_between=1", "same_sentence=False", "newline_between=True", "section=other",
        "between:on", "between:,", "between:noted", "between:since", "between:.", "between::",
        "nearest_arg=False", "nearest_event=True", "timex_precision=2", "timex_future"]


def test_features_of_a_site_before_the_date_read_from_the_date(note):
    # the TIMEX is the event here only to look at the pair the other way round: a site before it
    _, infos, pairs = note
    features = pairs.features(infos["Necrotic ulcer"], infos["L thigh"])
    reverse = pairs.features(infos["since 8/14"], infos["L thigh"])
    assert "dir=before" in reverse and "dir=after" in features
    assert "gap=2" in reverse and "gap_words=, noted" in reverse

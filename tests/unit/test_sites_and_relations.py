"""Sites and relations on sentences written for these tests: a trauma whose place is told in the
sentence beside it (pipeline/nlp/site_references.py), a side phrase after a body part ("lower
belly, left side"), named digits, exam items after a semicolon, and which event a time dates."""
import pytest

from pipeline.nlp.extensions import mentions


def _traumas(nlp, text):
    doc = nlp(text)
    return {m.text: (m._.koebner_region, m._.koebner_laterality)
            for m in mentions(doc) if m.label_ == "TRAUMA"}


@pytest.mark.parametrize("text, trauma, place", [
    # placement in the next sentence: verb, the trauma as a pronoun, preposition, site
    ("He sleeps with an electric heating pad every night. He puts it under his left hip.",
     "electric heating pad", ("hip", "left")),
    ("Uses ice packs for her gout. She holds them mostly against the right ankle.",
     "ice packs", ("ankle", "right")),
    # or as a determiner and a word of the trauma's own phrase
    ("Started enoxaparin shots at rehab. The nurses gave the shots into both thighs.",
     "enoxaparin shots", ("thigh", "bilateral")),
    # a back reference in the trauma's sentence takes the site of the sentence before
    ("She grabs a pinch of skin on the left side of her belly. She injects her insulin there.",
     "injects her insulin", ("abdomen", "left")),
    ("Technique reviewed: the pen goes into the skin of the right upper arm. He has given himself "
     "heparin this way since March.", "given himself heparin", ("upper_arm", "right")),
])
def test_a_site_told_beside_the_trauma(nlp, text, trauma, place):
    assert _traumas(nlp, text)[trauma] == place


@pytest.mark.parametrize("text, trauma", [
    # the next sentence names a body part but does not place the trauma there
    ("She has injected insulin since 2015. Her left thigh is swollen.", "injected insulin"),
    # 'there is' and 'from there' point at nothing
    ("Cellulitis of the right calf last year. There is a heating pad at home.", "heating pad"),
    ("Ulcer on the left shin. He fell at the bus stop and walked home from there.", "fell"),
    # the placing sentence comes two sentences later
    ("Uses a heating pad. Sleeps poorly. Puts it on her right thigh.", "heating pad"),
])
def test_no_site_without_a_reference(nlp, text, trauma):
    assert _traumas(nlp, text)[trauma] == (None, None)


def test_a_trauma_with_a_site_of_its_own_keeps_it(nlp):
    doc = nlp("Insulin injections into the abdomen. She puts them on the right thigh too.")
    located = {a.text: b.text for r, a, b in doc._.koebner_relations if r == "LOCATION"}
    assert located["Insulin injections"] == "abdomen"
    trauma = next(m for m in mentions(doc) if m.text == "Insulin injections")
    assert trauma._.koebner_region is None


@pytest.mark.parametrize("text, site, place", [
    ("Necrotic ulcer of the lower belly, left side.", "lower belly, left side", ("abdomen", "left")),
    ("Eschar on the thigh, right side, 3 cm.", "thigh, right side", ("thigh", "right")),
    # 'left side of ...' belongs to what follows
    ("Ulcer on the thigh, left side of the bed raised.", "thigh", ("thigh", None)),
])
def test_a_side_phrase_after_the_body_part(nlp, text, site, place):
    doc = nlp(text)
    sites = {m.text: (m._.koebner_region, m._.koebner_laterality)
             for m in mentions(doc) if m.label_ == "SITE"}
    assert sites[site] == place


@pytest.mark.parametrize("text, site, place", [
    # named digits: the side before the list is every digit's, and they are one hand or foot
    ("Dry gangrene of the tips of the right index, middle and ring fingers.",
     "tips of the right index, middle and ring fingers", ("hand", "right")),
    ("Black eschar on the L 2nd and 3rd toes.", "L 2nd and 3rd toes", ("foot", "left")),
    ("Necrosis of the index and middle fingertips.", "index and middle fingertips", ("hand", None)),
    ("Painful ulcer of the left little finger.", "left little finger", ("hand", "left")),
    ("Necrosis of the right index, long, and ring fingertips.", "right index, long, and ring fingertips",
     ("hand", "right")),
    ("Gangrene of the left second through fourth toes.", "left second through fourth toes",
     ("foot", "left")),
    # digits named by no name stay plural, and paired parts stay bilateral
    ("Livedo over the fingers and both thighs.", "fingers", ("hand", "bilateral")),
    # one side before two aspects joined by 'and'
    ("Exam: L lateral and posterior calf with retiform purpura.", "L lateral and posterior calf",
     ("lower_leg", "left")),
])
def test_digits_and_aspects(nlp, text, site, place):
    doc = nlp(text)
    sites = {m.text: (m._.koebner_region, m._.koebner_laterality)
             for m in mentions(doc) if m.label_ == "SITE"}
    assert sites[site] == place


def test_a_site_after_a_semicolon_is_the_next_item(nlp):
    doc = nlp("Exam: L calf ulcer 3 cm with central black eschar, tender; R calf with bruising "
              "where she bumped it.")
    located = {a.text: b.text for r, a, b in doc._.koebner_relations if r == "LOCATION"}
    assert located["black eschar"] == "L calf"
    assert located["bruising"] == "R calf"


def _times(nlp, text: str, note_date: str) -> set[tuple[str, str]]:
    """(event, time) of every TIME relation of ``text`` written on ``note_date``."""
    doc = nlp.make_doc(text)
    doc._.koebner_note_date = note_date
    return {(a.text, b.text) for r, a, b in nlp(doc)._.koebner_relations if r == "TIME"}


def test_a_time_before_a_semicolon_dates_its_own_item(nlp):
    assert _times(nlp, "She has worn a rigid back brace all day since March; the plaques lie "
                       "along its lower border.", "2022-07-15") == {("back brace", "since March")}


def test_a_time_far_before_an_event_does_not_date_it(nlp):
    assert _times(nlp, "She has been on hemodialysis since June 2020, and also has diabetes on "
                       "insulin, gout, hypertension and obesity, and comes because of painful "
                       "sores on the belly that she first noticed about two weeks ago.",
                  "2023-05-10") == {("painful sores", "two weeks ago")}


def test_a_time_opening_its_sentence_dates_a_later_event(nlp):
    assert ("black eschar", "4th of May") in _times(
        nlp, "About ten days ago, on the 4th of May, she noticed that the skin over the outer "
             "part of her left shin had turned dark and very tender, and within a few days it "
             "formed a black eschar.", "2023-05-14")


def test_a_time_in_a_relative_clause_dates_that_clause_not_the_lesion(nlp):
    # "since April" is when she began using the spot, a clause with its own subject and verb;
    # the plaque's own start is the date its sentence gives it after "it appeared"
    times = _times(nlp, "The plaque sits in the part of the right thigh that he has kept for "
                        "every shot since April, and it appeared on 2 September.", "2021-09-20")
    assert ("plaque", "since April") not in times


def test_a_start_the_rules_give_a_trauma_is_not_also_the_lesions(nlp):
    # the relation model would add the ulcer to "since Sunday"; the time is when the heating
    # pad began, written as its start
    times = _times(nlp, "Her son says the ulcer on her hip looks worse; since Sunday she has kept "
                        "an electric heating pad against it.", "2023-02-08")
    assert {event for event, time in times if time == "since Sunday"} == {"electric heating pad"}


def test_a_start_after_a_lesion_at_injection_sites_still_dates_the_lesion(nlp):
    # the injection sites are where the plaques are; "since 5/2" is when the plaques began
    times = _times(nlp, "Started SC heparin into the belly 4/20. Painful violet plaques at the "
                        "injection sites since 5/2, now with dark centers.", "2022-05-16")
    assert ("plaques", "since 5/2") in times

"""The section detector finds the same sections on an ASCII note searched lower-cased as the
case-insensitive pattern finds on the note itself."""
from pipeline.nlp.sections import SectionDetector
from pipeline.resources import read_config

NOTES = [
    "HPI: 62F with painful lesions.\nPMH:\n  ESRD on HD\nA/P - likely calciphylaxis\n",
    "Chief Complaint: leg wound\n1. Assessment: ulcer\nS: pain\ns - not a header\nFINAL DIAGNOSIS\nCUA",
    "no header here at all",
    "Meds: warfarin\nPlan: biopsy\n\n2.\n\nhistory of present illness: ...",
    "Caf\u00e9 au lait\nHPI: na\u00efve\nMEDICATIONS: none",  # not ASCII: the case-insensitive pattern
    "",
]


def test_lower_cased_search_finds_the_case_insensitive_sections():
    detector = SectionDetector(read_config("sections.json")["sections"])
    assert detector.lower_pattern is not None
    case_insensitive = SectionDetector(read_config("sections.json")["sections"])
    case_insensitive.lower_pattern = None  # always the IGNORECASE pattern on the note as it is
    for text in NOTES:
        assert detector.find(text) == case_insensitive.find(text)
    assert [name for _, _, name in detector.find(NOTES[0])] == ["hpi", "pmh", "assessment_plan"]


def test_non_ascii_headers_keep_the_case_insensitive_pattern():
    # IGNORECASE lets a few non-ASCII letters match ASCII ones (a long s matches 's' and 'S'):
    # a lower-cased search of an ASCII note could miss what the header matches
    detector = SectionDetector({"plan": ["\u017foap", "plan"]})
    assert detector.lower_pattern is None
    assert detector.find("x\nPLAN: biopsy") == [(0, 2, "other"), (2, 14, "plan")]


def test_ranges_of_hold_the_offsets_at_gives_the_named_sections():
    from pipeline.nlp.sections import SectionIndex

    cases = [
        [(0, 10, "other"), (10, 25, "plan"), (25, 40, "hpi"), (40, 60, "plan")],
        [(5, 10, "plan"), (10, 10, "hpi"), (10, 30, "discussion")],  # text before the first, an empty one
        [(0, 50, "plan")],
        [],
    ]
    for sections in cases:
        index = SectionIndex(sections)
        for names in ({"plan"}, {"hpi", "discussion"}, set()):
            ranges = index.ranges_of(names)
            for char in range(0, 70):
                held = [name for start, end, name in ranges if start <= char < end]
                expected = index.at(char) if sections else None
                assert held == ([expected] if expected in names else []), (sections, names, char)

"""Items of a list under a heading line, and the answers offered under a query's question."""
import pytest

from pipeline.nlp.heading_lists import heading_pattern, listed_under, question_pattern
from pipeline.rules.schema import HeadingListRule

DIFFERENTIAL = heading_pattern(["differential diagnosis", "ddx"])
QUERY = question_pattern(r"\bplease\b[^\n]*\b(?:clarify|document)\b")


def at(text: str, word: str) -> int:
    return text.index(word)


@pytest.mark.parametrize("text, word, expected", [
    # numbered, bulleted and lettered items, the third item as much as the first
    ("Differential diagnosis:\n1. vasculitis\n2. calciphylaxis\n3. emboli", "calciphylaxis", True),
    ("DDx -\n- emboli\n* calciphylaxis", "calciphylaxis", True),
    ("ddx:\na) calciphylaxis\nb) pyoderma", "calciphylaxis", True),
    # a line without an item marker ends the list: what follows is no item
    ("DDx:\n- emboli\nBiopsy confirmed calciphylaxis.", "calciphylaxis", False),
    ("DDx:\n- emboli\nPlan: biopsy\n- calciphylaxis workup", "calciphylaxis", False),
    # the heading must stand alone on its line
    ("DDx given below, after the exam:\n1. calciphylaxis", "calciphylaxis", False),
    # no heading at all
    ("1. calciphylaxis\n2. emboli", "calciphylaxis", False),
])
def test_items_under_a_heading_line(text, word, expected):
    assert listed_under(text, at(text, word), DIFFERENTIAL) is expected


@pytest.mark.parametrize("text, expected", [
    ("Please clarify the cause:\n[ ] Other\n[ ] Calciphylaxis", True),
    # the question wrapped over two lines
    ("Kindly, please document before\ndischarge:\n[ ] Calciphylaxis", True),
    # a checked box is an answer line too; a history checklist has no question
    ("Past history:\n[x] Diabetes\n[ ] Calciphylaxis", False),
    # a question that does not end with its colon asks for no boxed answer
    ("Please clarify the cause, thanks.\n[ ] Calciphylaxis", False),
])
def test_answers_under_a_query(text, expected):
    assert listed_under(text, at(text, "Calciphylaxis"), question=QUERY) is expected


def test_a_rule_needs_headings_or_a_question():
    with pytest.raises(ValueError, match="needs 'headings' or 'asks'"):
        HeadingListRule.model_validate({"flag": "uncertain", "labels": ["CALCIPHYLAXIS"]})

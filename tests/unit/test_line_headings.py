"""Places that head a line (pipeline.nlp.line_headings), on template and consult lines."""
import pytest

from pipeline.nlp.line_headings import heading_end


def _heads(line: str, place: str) -> bool:
    start = line.index(place)
    return heading_end(line, start, start + len(place)) is not None


@pytest.mark.parametrize("line, place", [
    ("1) Left hand dorsum: began after the IV leaked. Tense bulla.", "Left hand dorsum"),
    ("Hand: healing ulcer at the old IV site - post-phlebitic.", "Hand"),
    ("B. Skin, right dorsal forearm, punch: calcinosis cutis.", "right dorsal forearm"),
    ("#2 R heel: unstageable, 70% slough.", "R heel"),
    ("- L shin, lateral aspect: 3 x 2 cm eschar.", "L shin"),
])
def test_a_place_before_the_colon_heads_its_line(line, place):
    assert _heads(line, place)


@pytest.mark.parametrize("line, place", [
    # the place sits inside a sentence, not at the head of the line
    ("She fell on the stairs and hurt her left knee: it is bruised.", "left knee"),
    # a colon far along the line is a label of something else
    ("Painful plaque on the thigh that has been there since the spring, worse lately: see plan.",
     "thigh"),
    # no colon at all
    ("Left calf ulcer with eschar.", "Left calf"),
])
def test_a_place_inside_a_sentence_does_not(line, place):
    assert not _heads(line, place)

"""Section detection: header lines ("HPI:", "A/P:", "FINAL DIAGNOSIS") split a note into sections."""

import bisect
import math
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import config_source, read_config
from .batching import BatchedPipe
from .doc_memo import doc_text
from .extensions import register_extensions, set_doc_value
from .serialization import RuleDataComponent, hashed

DEFAULT_SECTION = "other"


class SectionDetector:
    """Find section headers at line starts and record ``(start_char, end_char, section)``."""

    def __init__(self, headers: dict[str, list[str]]):
        self.header_to_section = {h.lower(): sec for sec, hs in headers.items() for h in hs}
        alternatives = sorted(self.header_to_section, key=len, reverse=True)
        body = "|".join(re.escape(h) for h in alternatives)
        # Single-letter SOAP headers ("S:", "O:", "A:") need the colon; longer ones may stand alone
        # on their line ("FINAL DIAGNOSIS") or be followed by a dash. A bracketed aside on one line
        # may stand between a header and its colon ("ATTENDING ADDENDUM (Dr. Rao):").
        source = (rf"^[ \t]*(?:\d+\.\s*)?(?P<header>{body})[ \t]*(?P<aside>\([^()\n]{{1,60}}\)[ \t]*(?=:))?"
                  rf"(?P<sep>:|-(?=\s)|\n|$)")
        self.pattern = re.compile(source, re.IGNORECASE | re.MULTILINE)
        # An ASCII note is searched lower-cased (same length, same offsets) by the pattern without
        # IGNORECASE: re tries a case-insensitive alternative's first letter only by entering it,
        # alternative after alternative at every line start, while a case-sensitive one whose
        # first letter differs is passed over at once (about half the search time). Only for
        # ASCII headers: IGNORECASE lets a few non-ASCII letters match ASCII ones ('K' Kelvin).
        self.lower_pattern = (re.compile(source, re.MULTILINE)
                              if all(h.isascii() for h in self.header_to_section) else None)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start_char, end_char, section)`` of every section of ``text``; text before the first header is 'other'."""
        marks: list[tuple[int, str]] = []
        if self.lower_pattern is not None and text.isascii():
            found = self.lower_pattern.finditer(text.lower())
        else:
            found = self.pattern.finditer(text)
        for match in found:
            header = match.group("header").lower()
            if len(header) <= 2 and match.group("sep") != ":":
                continue
            marks.append((match.start("header"), self.header_to_section[header]))
        sections = []
        if not marks or marks[0][0] > 0:
            sections.append((0, marks[0][0] if marks else len(text), DEFAULT_SECTION))
        for i, (start, name) in enumerate(marks):
            end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
            sections.append((start, end, name))
        return sections


class SectionIndex:
    """One doc's sections (``doc._.koebner_sections``) for many look-ups: the section starts are
    listed once, not at every call as :func:`section_at` does."""

    def __init__(self, sections: list[tuple[int, int, str]]):
        self.sections = sections
        self.starts = [start for start, _, _ in sections]

    def at(self, char: int) -> str:
        """The section holding character offset ``char`` ('other' when there are no sections)."""
        if not self.sections:
            return DEFAULT_SECTION
        return self.sections[max(bisect.bisect_right(self.starts, char) - 1, 0)][2]

    def ranges_of(self, names) -> list[tuple[int, float, str]]:
        """``(start, end, section)``: the character offsets ``start <= char < end`` for which
        :meth:`at` gives a section named in ``names`` (the sections in text order, as
        ``koebner_sections`` lists them): from a section's start to the next one's, the first
        from offset 0 and the last to any offset. A few ranges tested in turn are cheaper than a
        look-up per offset when most sections are not asked for."""
        ranges = []
        count = len(self.starts)
        for k, (start, _, name) in enumerate(self.sections):
            if name in names:
                ranges.append((start if k else 0, self.starts[k + 1] if k + 1 < count else math.inf, name))
        return ranges


def section_at(sections: list[tuple[int, int, str]], char: int) -> str:
    """The section holding character offset ``char`` ('other' when there are no sections); for
    one look-up (many in one doc: :class:`SectionIndex`)."""
    return SectionIndex(sections).at(char)


@Language.factory("koebner_sections", default_config={"rules": None},
                  assigns=["doc._.koebner_sections"])
class KoebnerSections(BatchedPipe, RuleDataComponent):
    """Sets ``doc._.koebner_sections`` to ``[(start_char, end_char, section)]``.

    ``rules`` is a sections.json path (None: the file in use). Saved with the pipeline.
    """

    compiled = ("detector",)

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self._defer(nlp)

    def _read(self) -> tuple[dict, dict[str, str]]:
        return read_config("sections.json", self.rules_path), hashed([config_source(
            "sections.json", self.rules_path)])

    def _build(self, data: dict) -> None:
        self.detector = SectionDetector(data["sections"])

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.koebner_sections``; returns the doc."""
        set_doc_value(doc, "koebner_sections", self.detector.find(doc_text(doc)))
        return doc

"""SITE mentions: body locations of the skin, normalized to a region and a laterality."""

import json
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import read_config
from .extensions import add_mentions, mentions, register_extensions
from .matching import compile_matcher, longest_matches

IGNORE = "SITE_IGNORE"


class SiteVocabulary:
    """The region vocabulary of configs/sites.json, turned into matcher patterns."""

    def __init__(self, data: dict):
        self.term_region = {t: region for region, terms in data["regions"].items() for t in terms}
        self.plural = set(data["plural_terms"])
        self.side_of = {w: side for side, words in data["laterality"].items() for w in words}
        self.case_sensitive_sides = set(data["laterality_case_sensitive"])
        self.quadrant_side = data.get("quadrant_laterality", {})
        self.orientation = set(data["orientation"])
        self.not_before = set(data["not_before"])
        self.not_after = set(data["not_after"])
        self.ignore_terms = data.get("ignore_terms", [])
        lateral_words = {w for w in self.side_of if "/" not in w}
        self.prefix_words = self.orientation | lateral_words | {"/", "-"}
        self.case_sensitive_sides |= {"L.", "R."}

    def patterns(self):
        """Body-part terms only; side and orientation words are added by :meth:`extend_left`."""
        for term, region in self.term_region.items():
            yield f"SITE_{region}", [{"LOWER": w} for w in term.split()]
        for term in self.ignore_terms:
            yield IGNORE, [{"LOWER": w} for w in term.split()]

    def extend_left(self, doc: Doc, start: int) -> int:
        """Take in the side and orientation words before a body part ("L lateral", "b/l")."""
        while start > 0:
            previous = doc[start - 1]
            if previous.lower_ in self.prefix_words or previous.text in self.case_sensitive_sides:
                start -= 1
            elif previous.lower_ == "l" and start >= 3 and doc[start - 2].text == "/" \
                    and doc[start - 3].lower_ == "b":
                start -= 3
            else:
                break
        return start

    def laterality(self, span: Span, region_term: str) -> str | None:
        text = span.text
        lowered = text.lower()
        if lowered.startswith("b/l"):
            return "bilateral"
        for token in span:
            if token.text in self.case_sensitive_sides or token.text in ("L.", "R."):
                return self.side_of.get(token.lower_) or self.side_of.get(token.lower_.rstrip("."))
            side = self.side_of.get(token.lower_)
            if side and token.lower_ not in ("l", "r", "bl"):
                return side
        if region_term in self.quadrant_side:
            return self.quadrant_side[region_term]
        if region_term in self.plural:
            return "bilateral"
        return None

    def term_of(self, span: Span) -> str:
        words = [t.lower_ for t in span]
        for size in (3, 2, 1):
            candidate = " ".join(words[-size:])
            if candidate in self.term_region:
                return candidate
        return words[-1]


@Language.factory("koebner_sites", default_config={"rules": None})
class KoebnerSites:
    """Adds SITE spans with ``span._.region`` and ``span._.laterality``."""

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        data = json.loads(Path(rules).read_text()) if rules else read_config("sites.json")
        self.vocab = SiteVocabulary(data)
        self.matcher = compile_matcher(nlp.vocab, self.vocab.patterns())

    def __call__(self, doc: Doc) -> Doc:
        sites = []
        # "rests her elbows on her thighs": the elbows are the instrument, part of the TRAUMA span
        taken = {i for m in mentions(doc) for i in range(m.start, m.end)}
        for span in longest_matches(doc, self.matcher):
            if span.label_ == IGNORE:
                continue
            span = self._trim(doc[self.vocab.extend_left(doc, span.start): span.end])
            if self._vetoed(doc, span) or any(i in taken for i in range(span.start, span.end)):
                continue
            term = self.vocab.term_of(span)
            site = Span(doc, span.start, span.end, label="SITE")
            site._.region = self.vocab.term_region.get(term)
            site._.laterality = self.vocab.laterality(site, term)
            site._.koebner_rule = f"site:{term}"
            sites.append(site)
        self._share_sides(doc, sites)
        add_mentions(doc, sites)
        return doc

    def _trim(self, span: Span) -> Span:
        start = span.start
        while start < span.end - 1 and span.doc[start].text in ("/", "-"):
            start += 1
        return span.doc[start: span.end]

    def _vetoed(self, doc: Doc, span: Span) -> bool:
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        return before in self.vocab.not_after or after in self.vocab.not_before

    @staticmethod
    def _share_sides(doc: Doc, sites: list[Span]) -> None:
        # "L low back/flank": one side word before slash-joined sites applies to all of them
        for previous, current in zip(sites, sites[1:]):
            between = doc[previous.end: current.start]
            if (len(between) == 1 and between[0].text == "/" and previous._.laterality
                    and not current._.laterality):
                current._.laterality = previous._.laterality

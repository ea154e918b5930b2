"""SITE mentions: body locations of the skin, normalized to a region and a laterality."""


from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import config_source, read_config
from .batching import BatchedPipe
from .extensions import add_mentions, mentions, register_extensions
from .matching import compile_matcher, longest_matches
from .serialization import RuleDataComponent, hashed

IGNORE = "SITE_IGNORE"
DETERMINERS = {"the", "her", "his", "their", "its"}
SIDE_NOUNS = {"side", "sides", "aspect", "half", "part", "portion"}
# midline regions: a side word before another site does not carry over to these
MIDLINE_REGIONS = {"head", "neck", "chest", "abdomen", "back", "genitals"}


class SiteVocabulary:
    """The region vocabulary of configs/sites.json, turned into matcher patterns."""

    def __init__(self, data: dict):
        self.term_region = {t: region for region, terms in data["regions"].items() for t in terms}
        self.plural = set(data["plural_terms"])
        self.side_of = {w: side for side, words in data["laterality"].items() for w in words}
        self.case_sensitive_sides = set(data["laterality_case_sensitive"])
        # terms whose own letters carry the side: quadrants (LLQ) and limbs (LLE, RUE, BLE)
        self.quadrant_side = {**data.get("quadrant_laterality", {}),
                              **data.get("term_laterality", {})}
        self.orientation = set(data["orientation"])
        self.not_before = set(data["not_before"])
        self.not_after = set(data["not_after"])
        self.ignore_terms = data.get("ignore_terms", [])
        self.adjective_terms = set(data.get("adjective_terms", []))
        self.generic_nouns = set(data.get("generic_nouns", []))
        self.position_nouns = set(data.get("position_nouns", []))
        lateral_words = {w for w in self.side_of if "/" not in w}
        self.prefix_words = self.orientation | lateral_words | {"/", "-"}
        self.case_sensitive_sides |= {"L.", "R."}
        # short side/orientation words written with a period: "R lat. thigh", "lt. calf"
        self.abbreviations = {w for w in self.prefix_words
                              if w.isalpha() and len(w) <= 5 and w not in ("left", "right", "both",
                                                                           "each", "upper",
                                                                           "lower", "inner",
                                                                           "outer", "mid", "low",
                                                                           "deep")}
        services = data.get("services", {})
        self.service_nouns = set(services.get("nouns", []))
        self.service_activities = set(services.get("activities", []))
        self.service_followers = set(services.get("followers", []))
        self.service_conjunctions = set(services.get("conjunctions", []))
        self.service_names = set(services.get("names", []))
        dressings = data.get("dressing_terms", {})
        self.dressing_terms = set(dressings.get("terms", []))
        self.dressing_not_before = set(dressings.get("not_before", []))
        self.dressing_not_after = set(dressings.get("not_after", []))

    def patterns(self):
        """Body-part terms only; side and orientation words are added by :meth:`extend_left`."""
        for term, region in self.term_region.items():
            yield f"SITE_{region}", [{"LOWER": w} for w in term.split()]
        for term in self.ignore_terms:
            yield IGNORE, [{"LOWER": w} for w in term.split()]

    def extend_left(self, doc: Doc, start: int) -> int:
        """Take in the side and orientation words before a body part ("L lateral", "b/l"), and
        a heading side or position phrase ("left side of her", "back of the")."""
        while True:
            start = self._prefix_words(doc, start)
            phrase_start = self._phrase(doc, start)
            if phrase_start == start:
                return start
            start = phrase_start

    def _prefix_words(self, doc: Doc, start: int) -> int:
        while start > 0:
            previous = doc[start - 1]
            # "b/l" is three tokens; "l" alone would read as left
            if previous.lower_ == "l" and start >= 3 and doc[start - 2].text == "/" \
                    and doc[start - 3].lower_ == "b":
                start -= 3
            elif previous.lower_ in self.prefix_words or previous.text in self.case_sensitive_sides:
                start -= 1
            elif previous.text == "." and start >= 2 and not doc[start].is_sent_start \
                    and doc[start - 2].lower_ in self.abbreviations:
                start -= 2
            else:
                break
        return start

    def _phrase(self, doc: Doc, start: int) -> int:
        """'left side of her belly', 'R of the umbilicus', 'back of the R heel'."""
        side_start = self._side_of_phrase(doc, start)
        if side_start != start:
            return side_start
        i = start - 1
        if i >= 0 and doc[i].lower_ in DETERMINERS:
            i -= 1
        if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in self.position_nouns:
            return i - 1
        return start

    def _side_of_phrase(self, doc: Doc, start: int) -> int:
        i = start - 1
        if i >= 0 and doc[i].lower_ in DETERMINERS:
            i -= 1
        if i < 0 or doc[i].lower_ != "of":
            return start
        i -= 1
        if i >= 0 and doc[i].lower_ in SIDE_NOUNS:
            i -= 1
        while i >= 0 and doc[i].lower_ in self.orientation:
            i -= 1
        if i >= 0 and self._is_side_word(doc[i]):
            return i
        return start

    def extend_right(self, doc: Doc, end: int) -> int:
        """'periumbilical skin', 'gluteal region': a generic noun after a body-part adjective."""
        if end < len(doc) and doc[end - 1].lower_ in self.adjective_terms \
                and doc[end].lower_ in self.generic_nouns:
            return end + 1
        return end

    def _is_side_word(self, token) -> bool:
        if token.text in self.case_sensitive_sides:
            return True
        return token.lower_ in self.side_of and token.lower_ not in ("l", "r", "bl", "l.", "r.")

    def laterality(self, span: Span, region_term: str) -> str | None:
        """left / right / bilateral from the span's side words or the term itself; None when unsaid."""
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
        """The body-part term of a site span (its last one to three words that name a region)."""
        words = [t.lower_ for t in span]
        if len(words) > 1 and words[-1] in self.generic_nouns:
            words = words[:-1]
        for size in (3, 2, 1):
            candidate = " ".join(words[-size:])
            if candidate in self.term_region:
                return candidate
        return words[-1]


@Language.factory(
    "koebner_sites", default_config={"rules": None},
    assigns=["doc.spans", "span._.koebner_region", "span._.koebner_laterality",
             "span._.koebner_rule"],
)
class KoebnerSites(BatchedPipe, RuleDataComponent):
    """Adds SITE spans with ``span._.koebner_region`` and ``span._.koebner_laterality``.

    ``rules`` is a sites.json path (None: the file in use). Words already inside a koebner
    mention (a TRAUMA's "elbows") are not sites. Saved with the pipeline.
    """

    compiled = ("vocab", "matcher")

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self._vocab = nlp.vocab
        self._defer(nlp)

    def _read(self) -> tuple[dict, dict[str, str]]:
        return read_config("sites.json", self.rules_path), hashed([config_source(
            "sites.json", self.rules_path)])

    def _build(self, data: dict) -> None:
        self.vocab = SiteVocabulary(data)
        self.matcher = compile_matcher(self._vocab, self.vocab.patterns())

    def __call__(self, doc: Doc) -> Doc:
        """Add SITE mentions to the doc's koebner span group; returns the doc."""
        sites = []
        # "rests her elbows on her thighs": the elbows are the instrument, part of the TRAUMA span
        taken = {i for m in mentions(doc) for i in range(m.start, m.end)}
        for span in self._join_adjectives(doc, longest_matches(doc, self.matcher)):
            if span.label_ == IGNORE:
                continue
            span = self._trim(doc[self.vocab.extend_left(doc, span.start):
                                  self.vocab.extend_right(doc, span.end)])
            if self._vetoed(doc, span) or any(i in taken for i in range(span.start, span.end)):
                continue
            term = self.vocab.term_of(span)
            site = Span(doc, span.start, span.end, label="SITE")
            site._.koebner_region = self.vocab.term_region.get(term)
            site._.koebner_laterality = self.vocab.laterality(site, term)
            site._.koebner_rule = f"site:{term}"
            sites.append(site)
        self._share_sides(doc, sites)
        add_mentions(doc, sites)
        return doc

    def _join_adjectives(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """'periumbilical abdomen', 'sacral buttock': a body-part adjective joins the next term."""
        joined: list[Span] = []
        for span in spans:
            if joined and joined[-1].end == span.start and span.label_ != IGNORE \
                    and joined[-1].label_ != IGNORE \
                    and joined[-1][-1].lower_ in self.vocab.adjective_terms:
                joined[-1] = Span(doc, joined[-1].start, span.end, label=span.label_)
            else:
                joined.append(span)
        return joined

    def _trim(self, span: Span) -> Span:
        start = span.start
        while start < span.end - 1 and span.doc[start].text in ("/", "-"):
            start += 1
        return span.doc[start: span.end]

    def _vetoed(self, doc: Doc, span: Span) -> bool:
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if before in self.vocab.not_after or after in self.vocab.not_before:
            return True
        return self._names_a_service(doc, span.end) or self._is_a_dressing(span, before, after)

    def _names_a_service(self, doc: Doc, end: int) -> bool:
        """'hand surgeon', 'breast clinic', 'breast surgery consulted', 'breast surgery + derm'."""
        vocab = self.vocab
        words = [t.lower_ for t in doc[end: end + 3]]
        if not words:
            return False
        if words[0] in vocab.service_nouns:
            return True
        if words[0] not in vocab.service_activities or len(words) < 2:
            return False
        if words[1] in vocab.service_followers:
            return True
        return len(words) == 3 and words[1] in vocab.service_conjunctions \
            and words[2] in vocab.service_names

    def _is_a_dressing(self, span: Span, before: str, after: str) -> bool:
        """'xeroform + ABD daily': an abbreviation that also names a dressing pad."""
        vocab = self.vocab
        term = span[-1].lower_
        return term in vocab.dressing_terms and len(span) == 1 and (
            after in vocab.dressing_not_before or before in vocab.dressing_not_after)

    @staticmethod
    def _share_sides(doc: Doc, sites: list[Span]) -> None:
        # "L low back/flank", "right knee and thigh": one side word before joined sites applies
        # to all of them (guidelines 6); not to a midline region ("left arm and abdomen")
        for previous, current in zip(sites, sites[1:]):
            between = doc[previous.end: current.start]
            if len(between) != 1 or not previous._.koebner_laterality or current._.koebner_laterality:
                continue
            if between[0].text == "/" or (between[0].lower_ in ("and", "&")
                                          and len(current) == 1
                                          and current._.koebner_region not in MIDLINE_REGIONS):
                current._.koebner_laterality = previous._.koebner_laterality

"""SITE mentions: body locations of the skin, normalized to a region and a laterality."""


from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import config_source, read_config
from .batching import BatchedPipe
from .doc_memo import TokenView, doc_text, in_firsts, is_sentence_first, sentence_firsts, token_view
from .extensions import (
    LABEL_NAMES,
    MentionRow,
    label_ids,
    register_extensions,
    set_span_values,
    set_values_at,
    span_value,
)
from .matching import compile_matcher
from .mention_table import add_mentions, all_mention_records
from .serialization import RuleDataComponent, hashed
from .site_references import SiteReferences

IGNORE = "SITE_IGNORE"
DETERMINERS = {"the", "her", "his", "their", "its", "my", "your"}  # "my", "your": patients write too
SIDE_NOUNS = {"side", "sides", "aspect", "half", "part", "portion"}
# words that may follow a side told after its part ("abdomen on the R, where ...")
_AFTER_A_TRAILING_SIDE = frozenset({"and", "or", "but", "with", "where", "since", "for", "at", "near", "by",
                                    "because", "as", "from", "to", "only", "again", "too", "then",
                                    "which", "that", "of", "each", "every", "daily", "nightly"})
# midline regions: a side word before another site does not carry over to these
MIDLINE_REGIONS = {"head", "neck", "chest", "abdomen", "back", "genitals"}
# words joining the names of digits: "index, middle, and ring", "second through fourth"
DIGIT_JOINERS = {",", "and", "&", "/", "-", "to", "through", "thru"}


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
        digits = data.get("digits", {})
        self.digit_terms = set(digits.get("terms", []))
        self.digit_names = set(digits.get("names", []))
        relative = data.get("relative_positions", {})
        # "distal to" -> ("distal", "to"): the words before a landmark, last word first
        self.relative_directions = {tuple(reversed(w.lower().split())): way
                                    for w, way in relative.get("directions", {}).items()}
        self.relative_skip = set(relative.get("skip", []))
        self.relative_regions = relative.get("regions", {})
        self.relative_terms = relative.get("terms", {})
        self.min_distance = relative.get("min_distance", {})
        self.number_words = relative.get("numbers", {})
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

    def extend_left(self, tokens: TokenView, start: int) -> int:
        """Take in the side and orientation words before a body part ("L lateral", "b/l"), and
        a heading side or position phrase ("left side of her", "back of the"); ``tokens`` is
        the doc's token view, ``start`` the body part's first token."""
        while True:
            start = self._digit_list(tokens, start)
            start = self._prefix_words(tokens, start)
            phrase_start = self._phrase(tokens, start)
            if phrase_start == start:
                return start
            start = phrase_start

    def _digit_list(self, tokens: TokenView, start: int) -> int:
        """'index, middle and ring (fingers)', '2nd and 3rd (toes)': the digits' names."""
        lower = tokens.lower
        if start >= tokens.n or lower[start] not in self.digit_terms:
            return start
        # "index, middle, and ring", "second through fourth": names joined by separators
        first, i = start, start - 1
        while i >= 0 and (lower[i] in self.digit_names or lower[i] in DIGIT_JOINERS):
            if lower[i] in self.digit_names:
                first = i
            i -= 1
        return first

    def _prefix_words(self, tokens: TokenView, start: int) -> int:
        text, lower = tokens.text, tokens.lower
        firsts = sentence_firsts(tokens.doc)
        while start > 0:
            if in_firsts(firsts, start):
                break  # "L > R. Upper arms: ...": a side that ends a sentence is not this site's
            previous_lower, previous_text = lower[start - 1], text[start - 1]
            if start >= 2 and previous_text.isspace() and previous_text.count("\n") == 1 \
                    and ((lower[start - 2] in self.prefix_words and lower[start - 2] not in ("/", "-"))
                         or text[start - 2] in self.case_sensitive_sides):
                start -= 1  # "over the L\nlateral thigh": a side before a hard line wrap
                continue
            # "b/l" is three tokens; "l" alone would read as left
            if previous_lower == "l" and start >= 3 and text[start - 2] == "/" \
                    and lower[start - 3] == "b":
                start -= 3
            elif previous_lower in self.prefix_words or previous_text in self.case_sensitive_sides:
                start -= 1
            elif previous_lower in ("and", "&") and start >= 2 and lower[start] in self.orientation \
                    and lower[start - 2] in self.orientation:
                start -= 2  # "R anterior and medial thigh": one side for both aspects
            elif previous_lower in ("and", "&") and start >= 2 \
                    and self._is_side_word(text[start], lower[start]) \
                    and self._is_side_word(text[start - 2], lower[start - 2]):
                start -= 2  # "L and R shins": both sides of one body part
            elif previous_text == "." and start >= 2 and not in_firsts(firsts, start) \
                    and lower[start - 2] in self.abbreviations:
                start -= 2
            elif previous_text == ")" and start >= 3 and text[start - 3] == "(" \
                    and self._is_side_word(text[start - 2], lower[start - 2]):
                start -= 3  # "the opposite (left) thigh": a side in brackets
            else:
                break
        return start

    def _phrase(self, tokens: TokenView, start: int) -> int:
        """'left side of her belly', 'R of the umbilicus', 'back of the R heel', 'back side of
        the thigh'."""
        side_start = self._side_of_phrase(tokens, start)
        if side_start != start:
            return side_start
        lower = tokens.lower
        i = start - 1
        if i >= 0 and lower[i] in DETERMINERS:
            i -= 1
        if i >= 1 and lower[i] == "of" and lower[i - 1] in self.position_nouns:
            if i >= 2 and lower[i - 1] in ("side", "sides", "surface") \
                    and lower[i - 2] in self.position_nouns:
                return i - 2  # "back side of the R thigh": the back of the thigh, no back
            return i - 1
        return start

    def _side_of_phrase(self, tokens: TokenView, start: int) -> int:
        lower = tokens.lower
        i = start - 1
        if i >= 0 and lower[i] in DETERMINERS:
            i -= 1
        if i < 0 or lower[i] != "of":
            return start
        i -= 1
        if i >= 0 and lower[i] in SIDE_NOUNS:
            i -= 1
        while i >= 0 and lower[i] in self.orientation:
            i -= 1
        if i >= 0 and self._is_side_word(tokens.text[i], lower[i]):
            return i
        return start

    def extend_right(self, tokens: TokenView, end: int) -> int:
        """'periumbilical skin', 'gluteal region': a generic noun after a body-part adjective;
        'lower belly, left side', 'thigh lateral aspect': a side phrase after the body part."""
        lower = tokens.lower
        if end < tokens.n and lower[end - 1] in self.adjective_terms \
                and lower[end] in self.generic_nouns:
            return end + 1
        return self._trailing_side(tokens, end)

    def _trailing_side(self, tokens: TokenView, end: int) -> int:
        lower = tokens.lower
        i = end + 1 if end < tokens.n and lower[end] == "," else end
        # one side named after the part; "both sides" after a part restates what it covers
        if i + 1 < tokens.n and lower[i + 1] in ("side", "aspect") \
                and self._is_side_word(tokens.text[i], lower[i]) \
                and self.side_of.get(lower[i]) in ("left", "right") \
                and not is_sentence_first(tokens.doc, i) \
                and (i + 2 >= tokens.n or lower[i + 2] != "of"):
            return i + 2
        # "into her abdomen on the R", "thigh on the left side": a side told after the part,
        # when nothing the side could belong to follows it
        if i + 2 < tokens.n and lower[i] == "on" and lower[i + 1] == "the" \
                and self._is_side_word(tokens.text[i + 2], lower[i + 2]) \
                and self.side_of.get(lower[i + 2]) in ("left", "right"):
            j = i + 3
            if j < tokens.n and lower[j] in ("side", "sides"):
                j += 1
            if j >= tokens.n or not lower[j].isalpha() or lower[j] in _AFTER_A_TRAILING_SIDE:
                return j
        return end

    def _is_side_word(self, text: str, lower: str) -> bool:
        if text in self.case_sensitive_sides:
            return True
        return lower in self.side_of and lower not in ("l", "r", "bl", "l.", "r.")

    def laterality(self, span: Span, region_term: str) -> str | None:
        """left / right / bilateral from the span's side words or the term itself; None when unsaid."""
        tokens = token_view(span.doc)
        return self.laterality_of(tokens, span.start, span.end, span.text, region_term)

    def laterality_of(self, tokens: TokenView, start: int, end: int, text: str,
                      region_term: str) -> str | None:
        """:meth:`laterality` of the site at tokens ``start:end`` whose text is ``text``."""
        if text.lower().startswith("b/l"):
            return "bilateral"
        texts, lowers = tokens.text, tokens.lower
        sides = []
        for i in range(start, end):
            token_text, token_lower = texts[i], lowers[i]
            if token_text in self.case_sensitive_sides or token_text in ("L.", "R."):
                sides.append(self.side_of.get(token_lower) or self.side_of.get(token_lower.rstrip(".")))
            else:
                side = self.side_of.get(token_lower)
                if side and token_lower not in ("l", "r", "bl"):
                    sides.append(side)
        if sides:
            # "L and R shins": both sides named for one body part
            both = {"left", "right"} <= set(sides) and any(lowers[i] in ("and", "&") for i in range(start, end))
            return "bilateral" if both else sides[0]
        if region_term in self.quadrant_side:
            return self.quadrant_side[region_term]
        if region_term in self.plural and not any(lowers[i] in self.digit_names
                                                  for i in range(start, end)):
            return "bilateral"  # named digits are of one hand or foot
        return None

    def beyond_landmark(self, lower: list[str], start: int, term: str, region: str | None) -> str | None:
        """The region of a place told by its distance from the landmark at token ``start`` ("8 cm
        below the groin crease": the thigh), or ``region`` when no direction word and distance
        stand before it."""
        ways = self.relative_terms.get(term) or self.relative_regions.get(region or "")
        if not ways:
            return region
        i = start - 1
        while i >= 0 and lower[i] in self.relative_skip:
            i -= 1
        for words, way in self.relative_directions.items():
            if i - len(words) + 1 >= 0 and all(lower[i - k] == w for k, w in enumerate(words)):
                return ways.get(way, region) if self._far_enough(lower, i - len(words) + 1) else region
        return region

    def _far_enough(self, lower: list[str], direction: int) -> bool:
        """Whether a distance of at least its unit's ``min_distance`` stands right before the
        direction word at token ``direction`` ("8 cm below", "two finger breadths above", "a hand's
        breadth and more above"); with an aside in brackets there, the distance inside it or the
        one before it ("a hand's breadth (8 cm) below", "10 cm (one palm width) below")."""
        unit_at = direction - 1
        if unit_at >= 1 and lower[unit_at] in ("more", "over", "so") and lower[unit_at - 1] in ("and", "or"):
            unit_at -= 2  # "a hand's breadth and more above", "10 cm or so below"
        if unit_at >= 0 and lower[unit_at] == ")" and "(" in lower[max(0, unit_at - 8):unit_at]:
            opening = max(k for k in range(max(0, unit_at - 8), unit_at) if lower[k] == "(")
            return self._distance_at_least(lower, unit_at - 1, opening) \
                or self._distance_at_least(lower, opening - 1)
        return self._distance_at_least(lower, unit_at)

    def _distance_at_least(self, lower: list[str], unit_at: int, floor: int = -1) -> bool:
        """Whether the unit at ``unit_at`` and the number up to three words before it (after
        token ``floor``) make a distance of at least the unit's ``min_distance``."""
        if unit_at < 0 or lower[unit_at] not in self.min_distance:
            return False
        for k in range(unit_at - 1, max(unit_at - 4, floor), -1):
            word = lower[k]
            value = self.number_words.get(word)
            if value is None:
                try:
                    value = float(word.lstrip("~"))
                except ValueError:
                    continue
            return value >= self.min_distance[lower[unit_at]]
        return False

    def term_of(self, words: list[str]) -> str:
        """The body-part term of a site from its lower-case words (its longest run of last words
        that names a region: "between the shoulder and the elbow" before "elbow")."""
        if len(words) > 2 and words[-1] in SIDE_NOUNS and words[-2] in self.side_of:
            words = words[:-3] if words[-3] == "," else words[:-2]  # 'belly, left side'
        if len(words) > 3 and words[-3:-1] == ["on", "the"] and words[-1] in self.side_of:
            words = words[:-3]  # 'abdomen on the R'
        elif len(words) > 2 and words[-2:] == ["on", "the"]:
            words = words[:-2]  # 'abdomen on the right side', its side words taken above
        if len(words) > 1 and words[-1] in self.generic_nouns:
            words = words[:-1]
        for size in range(len(words), 0, -1):
            candidate = " ".join(words[-size:])
            if candidate in self.term_region:
                return candidate
        return words[-1]


# the words before a body part that make it the patient's own in a trauma's words
STRUCK_PART_OWNERS = frozenset({"his", "her", "their", "my", "both"})


@Language.factory(
    "koebner_sites", default_config={"rules": None},
    assigns=["doc.spans", "span._.koebner_region", "span._.koebner_laterality",
             "span._.koebner_rule"],  # also region and side of a TRAUMA placed by reference
)
class KoebnerSites(BatchedPipe, RuleDataComponent):
    """Adds SITE spans with ``span._.koebner_region`` and ``span._.koebner_laterality``.

    ``rules`` is a sites.json path (None: the file in use). Words already inside a koebner
    mention (a TRAUMA's "elbows") are not sites. Saved with the pipeline.
    """

    compiled = ("vocab", "matcher", "references")

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self._vocab = nlp.vocab
        self._label_ids = label_ids(nlp.vocab, ("SITE",))
        self._defer(nlp)

    def _read(self) -> tuple[dict, dict[str, str]]:
        return read_config("sites.json", self.rules_path), hashed([config_source(
            "sites.json", self.rules_path)])

    def _build(self, data: dict) -> None:
        self.vocab = SiteVocabulary(data)
        self.references = SiteReferences(data.get("references", {}))
        self.matcher = compile_matcher(self._vocab, self.vocab.patterns())

    def __call__(self, doc: Doc) -> Doc:
        """Add SITE mentions to the doc's koebner span group; returns the doc."""
        tokens = token_view(doc)
        text, lower = tokens.text, tokens.lower
        note = doc_text(doc)
        vocab = self.vocab
        # [span, start, end, region, laterality] per site, in text order
        sites: list[list] = []
        # "rests her elbows on her thighs": the elbows are the instrument, part of the TRAUMA span
        taken: set[int] = set()
        traumas = []  # for the references below: read while the mentions are walked anyway
        findings = []  # the starts of lesion and diagnosis mentions: a field line after one is theirs
        records = []  # the mention table's records of the sites
        site_label = (self._label_ids if doc.vocab is self._vocab else LABEL_NAMES)["SITE"]
        for start, end, start_char, end_char, label in all_mention_records(doc):
            taken.update(range(start, end))
            if label == "TRAUMA":
                traumas.append(MentionRow.of(doc, start, end, start_char, end_char, label))
                self._side_of_a_named_region(doc, tokens, start, end, start_char, end_char)
            elif label in ("LESION", "CALCIPHYLAXIS"):
                findings.append(start)
        for start, end, key in self._join_adjectives(lower, self.matcher.offsets(doc)):
            if key == IGNORE:
                continue
            start = vocab.extend_left(tokens, start)
            end = vocab.extend_right(tokens, end)
            while start < end - 1 and text[start] in ("/", "-"):
                start += 1
            if self._vetoed(tokens, start, end):
                continue
            if not taken.isdisjoint(range(start, end)):
                self._place_struck_part(doc, tokens, traumas, start, end)
                continue
            term = vocab.term_of(lower[start:end])
            site = Span(doc, start, end, label=site_label)
            start_char, end_char = site.start_char, site.end_char
            region = vocab.beyond_landmark(lower, start, term, vocab.term_region.get(term))
            # the span's text, sliced from the note rather than joined from Token objects
            site_text = note[start_char:end_char]
            laterality = vocab.laterality_of(tokens, start, end, site_text, term)
            set_values_at(doc, start_char, end_char, koebner_region=region,
                          koebner_laterality=laterality, koebner_rule=f"site:{term}")
            sites.append([site, start, end, region, laterality])
            records.append((start, end, start_char, end_char, "SITE"))
        self._share_sides(doc, tokens, sites)
        self.references.place_fields(doc, tokens, sites, traumas, findings)
        self.references.place(doc, tokens, sites, traumas)
        add_mentions(doc, [site[0] for site in sites], records)
        return doc

    def _side_of_a_named_region(self, doc: Doc, tokens, start: int, end: int, start_char: int,
                                end_char: int) -> None:
        """A trauma whose rule names its region ("always on his right side": the hip) takes the
        side its own words say."""
        if not span_value(doc, "koebner_region", start_char, end_char) \
                or span_value(doc, "koebner_laterality", start_char, end_char):
            return
        side = self.vocab.laterality_of(tokens, start, end, doc_text(doc)[start_char:end_char], "")
        if side:
            set_values_at(doc, start_char, end_char, koebner_laterality=side)

    def _place_struck_part(self, doc: Doc, tokens, traumas: list, start: int, end: int) -> None:
        """A body part inside an accidental TRAUMA's own words ("caught his right shin against
        the footplate", "banged her left knee") is where it struck: the trauma takes its region
        and side, unless it has a region already. A part inside another kind of trauma is its
        instrument ("rests her elbows on her thighs") and places nothing."""
        for m in traumas:
            if not (m.start <= start and end <= m.end):
                continue
            key = (m.start_char, m.end_char)
            if span_value(doc, "koebner_trauma_type", *key) != "accidental" \
                    or span_value(doc, "koebner_region", *key):
                return
            term = self.vocab.term_of(tokens.lower[start:end])
            region = self.vocab.term_region.get(term)
            laterality = self.vocab.laterality_of(tokens, start, end, " ".join(tokens.text[start:end]), term)
            # the part struck is told as the patient's own ("his right shin", "her knee"), not a
            # word of the thing ("fell off the back step")
            owned = start > 0 and tokens.lower[start - 1] in STRUCK_PART_OWNERS
            if region and (owned or laterality):
                set_values_at(doc, *key, koebner_region=region, koebner_laterality=laterality)
            return

    def _join_adjectives(self, lower: list[str], matches: list[tuple[int, int, str]]
                         ) -> list[tuple[int, int, str]]:
        """'periumbilical abdomen', 'sacral buttock': a body-part adjective joins the next term."""
        joined: list[tuple[int, int, str]] = []
        for start, end, key in matches:
            if joined and joined[-1][1] == start and key != IGNORE and joined[-1][2] != IGNORE \
                    and lower[joined[-1][1] - 1] in self.vocab.adjective_terms:
                joined[-1] = (joined[-1][0], end, key)
            else:
                joined.append((start, end, key))
        return joined

    def _vetoed(self, tokens: TokenView, start: int, end: int) -> bool:
        lower = tokens.lower
        before = lower[start - 1] if start > 0 else ""
        after = lower[end] if end < tokens.n else ""
        if before in self.vocab.not_after or after in self.vocab.not_before:
            return True
        return self._names_a_service(lower[end: end + 3]) or self._is_a_dressing(
            lower[end - 1], end - start, before, after)

    def _names_a_service(self, words: list[str]) -> bool:
        """'hand surgeon', 'breast clinic', 'breast surgery consulted', 'breast surgery + derm':
        ``words`` are the (up to three) lower-case words after the site."""
        vocab = self.vocab
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

    def _is_a_dressing(self, term: str, length: int, before: str, after: str) -> bool:
        """'xeroform + ABD daily': an abbreviation that also names a dressing pad."""
        vocab = self.vocab
        return term in vocab.dressing_terms and length == 1 and (
            after in vocab.dressing_not_before or before in vocab.dressing_not_after)

    @staticmethod
    def _share_sides(doc: Doc, tokens: TokenView, sites: list[list]) -> None:
        # "L low back/flank", "right knee and thigh": one side word before joined sites applies
        # to all of them (guidelines 6); not to a midline region ("left arm and abdomen")
        for previous, current in zip(sites, sites[1:]):
            _, _, previous_end, _, previous_side = previous
            site, start, end, region, side = current
            if start - previous_end != 1 or not previous_side or side:
                continue
            between = previous_end
            if tokens.text[between] == "/" or (tokens.lower[between] in ("and", "&")
                                               and end - start == 1
                                               and region not in MIDLINE_REGIONS):
                current[4] = previous_side
                set_span_values(doc, site, koebner_laterality=previous_side)

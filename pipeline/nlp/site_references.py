"""The site of a trauma that a note gives in the sentence beside it, by reference.

Notes often name an exposure in one sentence and say where it is in the next ("She sleeps on a
heating pad. She puts it right under her left hip.") or describe the place first and point back
at it ("She pinches up skin on the right side of her belly and inserts the pen. She has injected
this way for years."). Relations join mentions within a sentence only (guidelines section 3), so
such a trauma would have no site at all. This module gives a site-less TRAUMA the region and side
of the site its neighbour sentence points to; the linker reads them as the trauma's own place, the
way it reads a procedure that names its region ("L BKA"). The words it looks for are data
(``references`` in sites.json).
"""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from .doc_memo import TokenView, sentence_firsts
from .extensions import MentionRow, set_span_values, span_value

# a site as the sites component collects it: [span, start, end, region, laterality]
SiteRow = list


class SiteReferences:
    """The reference vocabulary of sites.json's ``references`` block."""

    def __init__(self, data: dict):
        self.verbs = set(data.get("placement_verbs", []))
        self.objects = set(data.get("objects", []))
        self.determiners = set(data.get("object_determiners", []))
        self.prepositions = set(data.get("prepositions", []))
        self.max_gap = int(data.get("max_gap", 4))
        self.back_phrases = [tuple(p.lower().split()) for p in data.get("back_phrases", [])]
        # the phrases by their first word: at a token only those starting with it can match
        self.back_phrases_by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.back_phrases:
            self.back_phrases_by_first.setdefault(phrase[0], []).append(phrase)
        self.not_after_there = set(data.get("not_after_there", []))
        fields = data.get("field_lines", {})
        # "access site" -> ("access", "site"): the label words before the colon
        self.field_labels = {tuple(label.lower().split()) for label in fields.get("labels", [])}
        self.field_reach = int(fields.get("reach", 0))

    def place_fields(self, doc: Doc, tokens: TokenView, sites: list[SiteRow],
                     traumas: list[MentionRow], findings: list[int]) -> None:
        """A field line of a procedure or injection record ("Site: LLQ", "Access site: right
        common femoral") gives its site to the trauma told last before it and to the earlier
        ones of its kind (the procedure in the note's heading), within ``field_reach`` sentences
        with words, when such a trauma has no site in its sentence and no lesion or diagnosis is
        told between the last one and the line (then the line describes that finding). A trauma
        that names its region itself ("paracentesis": the abdomen) takes the line's side when
        the line names the same region."""
        if not self.field_labels or not sites or not traumas:
            return
        lower = tokens.lower
        firsts = sentence_firsts(doc)
        bounds = firsts + [len(doc)]
        worded = None  # per sentence, whether it holds a word: made for a note with a field line
        for site in sites:
            sentence = bisect_right(firsts, site[1]) - 1
            if not self._after_field_label(lower, firsts[sentence], site[1]):
                continue
            if worded is None:
                worded = [any(w.strip() for w in lower[bounds[k]:bounds[k + 1]])
                          for k in range(len(firsts))]
            earlier = [t for t in traumas if t.start < firsts[sentence]]
            if not earlier or any(earlier[-1].start < f < site[1] for f in findings):
                continue
            kind = span_value(doc, "koebner_trauma_type", earlier[-1].start_char, earlier[-1].end_char)
            for trauma in reversed(earlier):
                trauma_sentence = bisect_right(firsts, trauma.start) - 1
                if sum(worded[trauma_sentence + 1:sentence]) >= self.field_reach:
                    break
                if span_value(doc, "koebner_trauma_type", trauma.start_char, trauma.end_char) != kind:
                    continue
                if any(firsts[trauma_sentence] <= other[1] < bounds[trauma_sentence + 1]
                       for other in sites if other is not site):
                    continue  # the trauma's own sentence names a place: relations decide
                own = span_value(doc, "koebner_region", trauma.start_char, trauma.end_char)
                if own and (own != site[3] or span_value(doc, "koebner_laterality", trauma.start_char,
                                                         trauma.end_char)):
                    continue
                self._give(doc, trauma, site)

    def _after_field_label(self, lower: list[str], sentence_start: int, site_start: int) -> bool:
        """Whether the site opens a field line: a label and a colon are all that stand before
        it in its sentence ("Site: LLQ", "Access site - right groin")."""
        before = [w for w in lower[sentence_start:site_start] if w.strip()]
        if len(before) < 2 or before[-1] not in (":", "-"):
            return False
        return tuple(before[:-1]) in self.field_labels

    def place(self, doc: Doc, tokens: TokenView, sites: list[SiteRow],
              traumas: list[MentionRow]) -> None:
        """Give each of ``traumas`` (the doc's TRAUMA mentions) that has no region of its own
        and no site in its sentence the site its neighbour sentence refers to."""
        if not sites or not traumas or not (self.verbs or self.back_phrases):
            return
        # the region a trauma names itself, read without a ``._`` object per span
        traumas = [m for m in traumas
                   if not span_value(doc, "koebner_region", m.start_char, m.end_char)]
        if not traumas:
            return
        firsts = sentence_firsts(doc)
        ranges = [(s, firsts[k + 1] if k + 1 < len(firsts) else len(doc))
                  for k, s in enumerate(firsts)]
        sites_in: dict[int, list[SiteRow]] = {}
        for site in sites:
            sites_in.setdefault(bisect_right(firsts, site[1]) - 1, []).append(site)
        traumas_in: dict[int, list[MentionRow]] = {}
        for trauma in traumas:
            traumas_in.setdefault(bisect_right(firsts, trauma.start) - 1, []).append(trauma)
        for sentence, found in traumas_in.items():
            if sentence in sites_in:
                continue  # the sentence names a place itself: relations decide
            placed = None
            if sentence + 1 < len(ranges):
                placed = self._placement(tokens, ranges[sentence + 1], found[-1],
                                         sites_in.get(sentence + 1, []))
            if placed is not None:
                self._give(doc, found[-1], placed)
                continue
            if sentence > 0 and sites_in.get(sentence - 1):
                for trauma in found:
                    if self._points_back(tokens, trauma, ranges[sentence][1]):
                        self._give(doc, trauma, sites_in[sentence - 1][-1])

    @staticmethod
    def _give(doc: Doc, trauma: MentionRow, site: SiteRow) -> None:
        set_span_values(doc, trauma, koebner_region=site[3], koebner_laterality=site[4])

    def _placement(self, tokens: TokenView, bounds: tuple[int, int], trauma: MentionRow,
                   sites: list[SiteRow]) -> SiteRow | None:
        """The site of "puts it on her left hip" in the sentence ``bounds``, where the object
        ("it", "them", "the pad") is the trauma of the sentence before."""
        if not sites:
            return None
        lower = tokens.lower
        start, end = bounds
        own_words = {w for w in lower[trauma.start:trauma.end] if len(w) > 2 and w.isalpha()}
        for i in range(start, end - 1):
            if lower[i] not in self.verbs:
                continue
            object_end = self._object_end(lower, i + 1, end, own_words)
            if object_end is None:
                continue
            for k in range(object_end, min(object_end + self.max_gap + 1, end)):
                if lower[k] in self.prepositions:
                    # "against the outside of my right thigh": the site a few words on
                    for site in sites:
                        if k < site[1] <= k + self.max_gap + 2:
                            return site
                    break
        return None

    def _object_end(self, lower: list[str], j: int, end: int, own_words: set[str]) -> int | None:
        if j >= end:
            return None
        if lower[j] in self.objects:
            return j + 1
        if lower[j] in self.determiners:
            for k in range(j + 1, min(j + 3, end)):
                if lower[k] in own_words:
                    return k + 1
        return None

    def _points_back(self, tokens: TokenView, trauma: MentionRow, sentence_end: int) -> bool:
        """Whether a back reference ("this way", "there", "the same spot") follows the trauma
        closely in its sentence."""
        lower = tokens.lower
        by_first = self.back_phrases_by_first
        for i in range(trauma.end, min(trauma.end + self.max_gap + 1, sentence_end)):
            for phrase in by_first.get(lower[i], ()):
                if tuple(lower[i:i + len(phrase)]) != phrase:
                    continue
                if phrase == ("there",):
                    after = lower[i + 1] if i + 1 < sentence_end else ""
                    before = lower[i - 1]
                    if after in self.not_after_there or before in ("from", "to"):
                        continue
                return True
        return False

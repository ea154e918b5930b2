"""A fast, line-aware sentence splitter for clinical notes.

Clinical text ends sentences with line breaks as often as with periods, but dictated notes are
hard-wrapped mid-sentence. A line break ends a sentence unless the line looks wrapped: it ends
without punctuation and the next line starts in lower case. Much faster than PyRuSH, and
accuracy on our corpora is measured, not assumed (docs/evaluation.md).
"""

import bisect
import re

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .batching import BatchedPipe
from .doc_memo import doc_text

# Tokens after which a period does not end a sentence.
ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "pt", "pts", "approx", "vs", "e.g", "i.e", "etc", "st", "no", "fig",
    "hx", "dx", "tx", "sx", "rx", "q", "b.i.d", "t.i.d", "p.o", "a.m", "p.m", "sig",
}
# Lower-case shorthand that opens a clinical sentence ("... 2/8). c/o painful spots", ". pt reports")
SENTENCE_SHORTHAND = re.compile(r"(?:c/o|s/p|h/o|f/u|pts?)\b")
# ... and lower-case pronouns that open a sentence in text typed without capitals (portal messages:
# "right where i do my shots. it started 12/3"); after an abbreviation's period they never split
LOWERCASE_OPENERS = re.compile(r"(?:it|its|it's|i|im|i'm|my|she|he|they|we|this|now|then|there)\b")
BULLET = re.compile(r"^\s*(?:[-*•>]|\d{1,2}[.)]|\[[ xX✓]?\]|\(?[a-z]\)|#)\s*")
TERMINAL = re.compile(r"[.;!?]\s*$")
_CANDIDATE_CHARS = re.compile(r"[\n.!?]")


@Language.factory("koebner_sentences", assigns=["token.is_sent_start"])
class ClinicalSentencizer(BatchedPipe):
    """Sets sentence starts (``token.is_sent_start``): line-aware, for clinical notes.

    It has no settings or rule files, so it saves nothing with the pipeline.
    """

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Set every token's sentence start; returns the doc."""
        n = len(doc)
        if n == 0:
            return doc
        starts = numpy.full(n, -1, dtype="int64")
        starts[0] = 1
        text = doc_text(doc)
        token_starts = doc.to_array([IDX]).tolist()
        # Only a token holding a line break or sentence punctuation can end a sentence, so look
        # at those tokens alone instead of walking every token in Python.
        looked_at = set()
        for found in _CANDIDATE_CHARS.finditer(text):
            i = bisect.bisect_right(token_starts, found.start()) - 1
            if i in looked_at or i + 1 >= n:
                continue
            looked_at.add(i)
            if self._ends_sentence(doc, i, text):
                starts[i + 1] = 1
        # one array write instead of a per-token attribute set (which re-checks the parse each time)
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        return doc

    def _ends_sentence(self, doc: Doc, i: int, text: str) -> bool:
        token = doc[i]
        if token.is_space:
            return "\n" in token.text and (token.text.count("\n") >= 2
                                           or self._line_break_ends(text, token.idx, doc[i + 1]))
        if token.text in {".", "!", "?"} or (token.text.endswith(".") and len(token.text) > 1
                                             and token.text[:-1].lower() not in ABBREVIATIONS
                                             and not token.like_num):
            nxt = doc[i + 1]
            if token.text == "." and i > 0 and doc[i - 1].lower_ in ABBREVIATIONS:
                return False
            return bool((token.whitespace_ or nxt.is_space)
                        and (nxt.text[:1].isupper() or nxt.is_space or nxt.like_num or nxt.is_punct
                             or SENTENCE_SHORTHAND.match(text, nxt.idx) is not None
                             or LOWERCASE_OPENERS.match(text, nxt.idx) is not None))
        return False

    @staticmethod
    def _line_break_ends(text: str, newline_at: int, next_token) -> bool:
        line_start = text.rfind("\n", 0, newline_at) + 1
        previous_line = text[line_start:newline_at]
        line_end = text.find("\n", next_token.idx)
        next_line = text[next_token.idx: line_end if line_end >= 0 else len(text)]
        if not previous_line.strip() or TERMINAL.search(previous_line):
            return True
        if BULLET.match(next_line) or re.match(r"^[A-Z][A-Za-z /&]{0,40}:", next_line):
            return True
        first = next_line.lstrip()[:1]
        if first.islower() or first in "(,&/":
            return False  # a wrapped line continues in lower case
        # dictation is hard-wrapped near the margin: a long unpunctuated line runs on
        return len(previous_line.rstrip()) < 60

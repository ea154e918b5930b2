"""A fast, line-aware sentence splitter for clinical notes.

Clinical text ends sentences with line breaks as often as with periods, but dictated notes are
hard-wrapped mid-sentence. A line break ends a sentence unless the line looks wrapped: it ends
without punctuation and the next line starts in lower case. Much faster than PyRuSH, and
accuracy on our corpora is measured, not assumed (docs/evaluation.md).
"""

import bisect
import re

import numpy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LIKE_NUM, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .batching import BatchedPipe
from .doc_memo import (
    doc_text,
    remember_column,
    remember_sentence_firsts,
    remember_wrapping_breaks,
    token_view,
)

# Tokens after which a period does not end a sentence.
ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "pt", "pts", "approx", "vs", "e.g", "i.e", "etc", "st", "no", "fig",
    "hx", "dx", "tx", "sx", "rx", "q", "b.i.d", "t.i.d", "p.o", "a.m", "p.m", "sig",
    "susp", "poss",  # "Susp. Calciphylaxis": suspected, possible
}
# Titles before a person's name: an initial after one ("Mr. E. Halvorsen", "Dr. J. K. Brandt")
# is part of the name, not the end of a sentence
TITLES = {"mr.", "mrs.", "ms.", "dr.", "prof.", "mr", "mrs", "ms", "dr", "prof", "miss"}
# Lower-case shorthand that opens a clinical sentence ("... 2/8). c/o painful spots", ". pt reports")
SENTENCE_SHORTHAND = re.compile(r"(?:c/o|s/p|h/o|f/u|pts?)\b")
# ... and lower-case pronouns that open a sentence in text typed without capitals (portal messages:
# "right where i do my shots. it started 12/3"); after an abbreviation's period they never split
LOWERCASE_OPENERS = re.compile(r"(?:it|its|it's|i|im|i'm|my|she|he|they|we|this|now|then|there)\b")
# Words a sentence does not end with (articles, prepositions, conjunctions, possessives,
# auxiliaries): a hard-wrapped line that stops on one runs on into the next
CONTINUING_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto",
    "over", "under", "and", "or", "but", "nor", "both", "either", "her", "his", "their", "its",
    "my", "our", "your", "this", "these", "those", "is", "are", "was", "were", "be", "been",
    "has", "have", "had", "as", "than", "per", "via", "without", "between", "after", "before",
    "about", "across", "along", "around", "behind", "below", "beneath", "above", "within", "w/",
    # prepositions and conjunctions that need what follows ("worn every day since\nMarch")
    "since", "until", "during", "toward", "towards", "upon", "against", "despite", "among",
    "because", "although", "whereas", "whose", "every", "each", "s/p", "h/o", "w/o",
    # a negation needs what it denies ("Not\ndiabetic.", "denies\nfalls or burns")
    "not", "non", "nor", "neither", "denies", "denied",
}
# Words of a time that stop before its month ("since early\nOctober", "in mid\nMarch"): a line
# that stops on one runs on into a next line that opens with a month's name
TIME_MODIFIERS = {"early", "mid", "late", "end", "beginning", "middle", "last", "next", "this",
                  "start", "since", "in", "of"}
MONTH_START = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|sept|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\b\.?(?!\s*:)", re.IGNORECASE)
# A line with no subject of its own that tells when the item on the line above began
ONSET_FRAGMENT = re.compile(r"\s*(?:onset|began|started|first (?:noted|noticed|seen))\b(?!\s*:)", re.IGNORECASE)
BULLET = re.compile(r"^\s*(?:[-*•>]|\d{1,2}[.)]|\[[ xX✓]?\]|\(?[a-z]\)|#)\s*")
TERMINAL = re.compile(r"[.;!?]\s*$")
_CANDIDATE_CHARS = re.compile(r"[\n.!?]")
# Speech recognition that was not told to punctuate leaves the spoken marks as words ("... no
# growth period final diagnosis calciphylaxis comma ..."). A note that dictates a comma or a new
# paragraph is such a note; in it a spoken stop ends its sentence.
DICTATED_PUNCTUATION = re.compile(r"\b(?:comma|new paragraph|next paragraph|full stop)\b",
                                  re.IGNORECASE)
# A lower-cased note holds one of these wherever DICTATED_PUNCTUATION matches; looking for them
# first spares most notes the case-insensitive search (14 of the splitter's ~90 us on a dense
# note). Lower-casing goes character by character, and of the letters here only "s" has a
# case-insensitive match outside ASCII that lower-casing keeps (U+017F, long s): hence the fourth.
_DICTATED_WORDS = ("comma", "paragraph", "full stop", "full \u017ftop")
SPOKEN_STOP = re.compile(r"\b(?:period|new paragraph|next paragraph|full stop)\b", re.IGNORECASE)
# ... but "period" is a noun after these ("the postoperative period", "a period of"), and
# before "of"
NOUN_PERIOD_BEFORE = {
    "a", "an", "the", "this", "that", "her", "his", "their", "my", "its", "same", "whole",
    "entire", "brief", "short", "long", "prolonged", "extended", "trial", "waiting", "washout",
    "grace", "incubation", "refractory", "menstrual", "postoperative", "postop", "post-op",
    "perioperative", "peri-operative", "postpartum", "neonatal", "recovery", "follow-up",
    "observation", "time", "latent", "symptom-free", "asymptomatic", "dialysis", "treatment",
}


_WORD_BEFORE = re.compile(r"([\w'-]+)\W*$")
_WORD_AFTER = re.compile(r"\s*([\w'-]+|\S)")


# a line of a legacy all-caps record (at least two capitals, no lower-case letter), and in it a
# run of two to four spaces between a word and the next word: such exports write no full stops,
# and the gap is where a sentence or a field ends ("... SINCE 3/2  PLAQUE STARTED 4/9"). Not
# after a heading's colon or a joining sign ("DX:  CALCIPHYLAXIS"), and not a longer run, which
# pads a title or aligns a column ("BREAST SURGERY      20.07.23").
_CAPS_LINE = re.compile(r"^(?=[^\n]*[A-Z][^\n]*[A-Z])[^a-z\n]+$", re.M)
_CAPS_GAP = re.compile(r"(?<=[^\s:,;(/&+-]) {2,4}(?=[A-Z])")


def caps_gap_starts(text: str) -> list[int]:
    """Character offsets where a sentence starts after a gap of spaces in an all-caps line
    (``_CAPS_LINE``); [] for a note with no such gap."""
    if "  " not in text:
        return []
    starts = []
    for line in _CAPS_LINE.finditer(text):
        if "  " not in line.group():
            continue
        for gap in _CAPS_GAP.finditer(text, line.start(), line.end()):
            if len(text[line.start():gap.start()].split()) <= 2:
                continue  # the line's heading ("HX  CALCIPHYLAXIS ...", "EXAM SKIN  ..."): it
                # tells whose and when its field is, so it stays with it
            starts.append(gap.end())
    return starts


def spoken_stop_ends(text: str) -> list[int]:
    """Character offsets where a sentence starts after a spoken stop ("... no growth period
    final diagnosis ...", "... today new paragraph exam ..."), in a note dictated without
    punctuation (one that says "comma" or "new paragraph"); [] for other notes. The offset is
    the end of the stop word. "period" as a noun ("the postoperative period", "a period of
    two weeks") is not a stop. The linker's sentences split here too (link.timeline)."""
    lowered = text.lower()
    if not any(word in lowered for word in _DICTATED_WORDS) \
            or DICTATED_PUNCTUATION.search(text) is None:
        return []
    ends = []
    for stop in SPOKEN_STOP.finditer(text):
        after = _WORD_AFTER.match(text, stop.end())
        if after is None or (stop.end() < len(text) and text[stop.end()].isalnum()):
            continue  # the end of the note, or not a whole word ("periodic")
        if stop.group().lower() == "period":
            before = _WORD_BEFORE.search(text, max(0, stop.start() - 40), stop.start())
            word = before.group(1).lower() if before else ""
            if word in NOUN_PERIOD_BEFORE or "-" in word or word[:1].isdigit():
                continue
            following = after.group(1).lower()
            if following == "of" or not (following[:1].isalnum()):
                continue
        ends.append(stop.end())
    return ends


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _is_initial_of_a_name(tokens: "_Tokens", i: int) -> bool:
    """Whether token ``i`` is a name's initial ("E."): an initial right after a title or after
    another such initial. A letter closing a name of its own ("hepatitis B.") still ends."""
    k = i
    while k > 0 and _is_initial(tokens.text[k]):
        k -= 1
        if tokens.lower[k] in TITLES:
            return True
    return False


class _Tokens:
    """The token attributes the splitter reads, as plain lists: the flags of every token come
    from one ``to_array`` call, where a ``Token`` object per looked-at token cost more than the
    tests themselves."""

    __slots__ = ("text", "lower", "idx", "is_space", "like_num", "is_punct", "space_after")

    def __init__(self, doc: Doc):
        view = token_view(doc)
        self.text, self.lower = view.text, view.lower
        array = doc.to_array([IDX, IS_SPACE, LIKE_NUM, IS_PUNCT, SPACY])
        self.idx, self.is_space, self.like_num, self.is_punct, self.space_after = array.T.tolist()
        # the relations read which tokens are whitespace too: they need not read the doc again
        remember_column(doc, "is_space", array[:, 1].astype(bool).tolist())


# one-word answers to a question a template or a history asks ("Falls? None.", "Calciphylaxis?
# No - vasculitis on biopsy"): the answer stays in the question's sentence, so that it reads
# back onto what was asked
QUESTION_ANSWERS = frozenset({"no", "none", "nil", "neg", "negative", "denies", "denied", "absent", "nope",
                              "yes", "positive", "present"})


def _answers_question(tokens: _Tokens, j: int) -> bool:
    """Whether token ``j``, right after a question mark, is a one-word answer to it: an answer
    word that ends its clause (the end of the text, punctuation or a line break follows) or
    names who gave it ("None per patient")."""
    if tokens.lower[j] not in QUESTION_ANSWERS:
        return False
    k = j + 1
    return k >= len(tokens.text) or tokens.is_punct[k] or tokens.is_space[k] or tokens.lower[k] in ("per", "by")


def _is_query_mark(tokens: _Tokens, i: int) -> bool:
    """Whether the question mark at token ``i`` is the shorthand query written before what it
    doubts ("review ? CUA", "Imp: ? early calciphylaxis"): a space on each side of it and a word
    right after, where a question's own mark sits against its last word ("Is this CUA? Biopsy")."""
    j = i + 1
    opens = i == 0 or tokens.space_after[i - 1] or tokens.is_space[i - 1]  # or opens a line
    return (opens and tokens.space_after[i] and not tokens.is_space[j]
            and tokens.text[j][:1].isalpha())


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
        tokens = _Tokens(doc)
        token_starts = tokens.idx
        # Only a token holding a line break or sentence punctuation can end a sentence, so look
        # at those tokens alone instead of walking every token in Python. The characters come in
        # text order, so a token's characters come one after another.
        last = -1
        firsts = [0]
        wraps = []  # line breaks inside a sentence
        for found in _CANDIDATE_CHARS.finditer(text):
            i = bisect.bisect_right(token_starts, found.start()) - 1
            if i == last or i + 1 >= n:
                continue
            last = i
            if self._ends_sentence(tokens, i, text):
                starts[i + 1] = 1
                firsts.append(i + 1)
            elif i > 0 and tokens.is_space[i] and tokens.text[i].count("\n") == 1:
                wraps.append(i)
        added = [i for i in (bisect.bisect_left(token_starts, at)
                             for at in spoken_stop_ends(text) + caps_gap_starts(text))
                 if 0 < i < n]
        if added:
            for i in added:
                starts[i] = 1
            firsts = sorted(set(firsts) | set(added))
        # one array write instead of a per-token attribute set (which re-checks the parse each time)
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
        # the later components read the sentences and the wrapped lines from the doc memo
        remember_sentence_firsts(doc, firsts)
        remember_wrapping_breaks(doc, wraps)
        return doc

    def _ends_sentence(self, tokens: _Tokens, i: int, text: str) -> bool:
        word = tokens.text[i]
        if tokens.is_space[i]:
            return "\n" in word and (word.count("\n") >= 2
                                     or self._line_break_ends(text, tokens.idx[i],
                                                              tokens.idx[i + 1]))
        if word in {".", "!", "?"} or (word.endswith(".") and len(word) > 1
                                       and word[:-1].lower() not in ABBREVIATIONS
                                       and not tokens.like_num[i]):
            if word == "." and i > 0 and tokens.lower[i - 1] in ABBREVIATIONS:
                return False
            if _is_initial_of_a_name(tokens, i):
                return False
            j = i + 1
            following, at = tokens.text[j], tokens.idx[j]
            if word == "?" and _answers_question(tokens, j):
                return False  # "Falls? None." is one question and its answer
            if word == "?" and _is_query_mark(tokens, i):
                return False  # "derm review ? CUA": the shorthand query before a diagnosis
            return bool((tokens.space_after[i] or tokens.is_space[j])
                        and (following[:1].isupper() or tokens.is_space[j] or tokens.like_num[j]
                             or following[:1].isdigit()  # a measurement: "6x4cm plaque ..."
                             or tokens.is_punct[j]
                             or SENTENCE_SHORTHAND.match(text, at) is not None
                             or LOWERCASE_OPENERS.match(text, at) is not None))
        return False

    @staticmethod
    def _line_break_ends(text: str, newline_at: int, next_at: int) -> bool:
        """Whether the line break at ``newline_at`` ends a sentence; the next token starts at
        ``next_at``."""
        line_start = text.rfind("\n", 0, newline_at) + 1
        previous_line = text[line_start:newline_at]
        line_end = text.find("\n", next_at)
        next_line = text[next_at: line_end if line_end >= 0 else len(text)]
        if not previous_line.strip() or TERMINAL.search(previous_line):
            return True
        if BULLET.match(next_line) or re.match(r"^[A-Z][A-Za-z /&]{0,40}:", next_line):
            return True
        first = next_line.lstrip()[:1]
        if first.islower() or first in "(,&/":
            return False  # a wrapped line continues in lower case
        if previous_line.rstrip()[-1] in "-\u2013\u2014":
            return False  # "... today -\nL lower abdomen": a dash points on to the next line
        if ONSET_FRAGMENT.match(next_line):
            return False  # "Dx: calciphylaxis R thigh\nOnset mid-Feb": when the item above began
        words = previous_line.split()
        if words[-1].lower().rstrip("-") in TIME_MODIFIERS and MONTH_START.match(next_line.lstrip()):
            return False  # "Since early\nSeptember there is a new spot": one time, wrapped
        # dictation is hard-wrapped near the margin: a long line that stops on a word no sentence
        # ends with ("ulcers over both\nLeft and right thighs") runs on; one that stops on any
        # other word ends its sentence ("... no fever no pus\nHusband turned the camera"): notes
        # dictated a paragraph to a line often leave the last sentence unpunctuated
        return len(previous_line.rstrip()) < 60 or words[-1].lower() not in CONTINUING_WORDS

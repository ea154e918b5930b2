"""Values several components read from the same doc, computed once per doc.

spaCy's ``Doc.text`` joins every token's text on each access, and every rule matcher listed each
token's text and lower-case form again; across the pipeline that was a tenth of its run time. The
memo is keyed by the doc object itself and holds the few most recent docs, because a pipeline
passes each doc through all its components before the next one. Tokens never change after our
tokenizer (no component retokenizes); a doc whose length changed is recomputed all the same.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable

from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LIKE_NUM, SENT_START, SPACY
from spacy.tokens import Doc

RECENT_DOCS = 128  # docs remembered: more than a batch of nlp.pipe (extraction uses 64), so a doc's
# values survive from one component to the next; with 32 every component recomputed them


_FLAG_ATTRS = {"like_num": LIKE_NUM, "is_punct": IS_PUNCT, "is_space": IS_SPACE,
               "is_alpha": IS_ALPHA, "is_digit": IS_DIGIT, "spacy": SPACY}  # SPACY: a space follows


class TokenView:
    """Per-doc token attributes, computed once and only when a test needs them."""

    def __init__(self, doc: Doc, words: list[str] | None = None, lowers: list[str] | None = None):
        self.doc = doc
        self.n = len(doc)
        if words is not None and len(words) == self.n:
            # the words the doc was built from are its token texts; a token's lower-case form
            # is str.lower of its text (the English LOWER attribute getter), which a tokenizer
            # may have at hand (``lowers``)
            self.text = words
            self.lower = lowers if lowers is not None and len(lowers) == self.n else [w.lower() for w in words]
        else:
            self.text = [t.text for t in doc]
            self.lower = [t.lower_ for t in doc]
        self._lazy: dict[str, list] = {}

    def get(self, field: str, i: int):
        """Token ``i``'s ``field`` (a Token attribute name), computed for the whole doc on first use."""
        if field == "lower":
            return self.lower[i]
        if field == "text":
            return self.text[i]
        return self.column(field)[i]

    def column(self, field: str) -> list:
        """Every token's ``field``, computed once (a loop reads it faster than :meth:`get`).
        Do not change the list."""
        if field == "lower":
            return self.lower
        if field == "text":
            return self.text
        values = self._lazy.get(field)
        if values is None:
            values = self._lazy[field] = self._column(field)
        return values

    def _column(self, field: str) -> list:
        # lexical flags come from one C-level array instead of a Token object per token, and
        # numpy turns them into Python bools (half the time of bool() on each)
        attr = _FLAG_ATTRS.get(field)
        if attr is not None and self.n:
            return self.doc.to_array(attr).astype(bool).tolist()
        return [getattr(t, field) for t in self.doc]


class JoinedView(TokenView):
    """A :class:`TokenView` without the line breaks that only wrap a sentence ("not\\nexcluded"
    in a hard-wrapped note): rule patterns match across them as across a space. ``doc_index[j]``
    is the doc token of view token ``j`` (ascending)."""

    def __init__(self, base: TokenView, left_out: Iterable[int]):
        self.doc = base.doc
        # the kept tokens come in runs between the left-out ones: copied a run at a time
        self.doc_index, self.text, self.lower = [], [], []
        start = 0
        for stop in [*sorted(set(left_out)), base.n]:
            self.doc_index += range(start, stop)
            self.text += base.text[start:stop]
            self.lower += base.lower[start:stop]
            start = stop + 1
        self.n = len(self.doc_index)
        self._base = base
        self._lazy: dict[str, list] = {}

    def _column(self, field: str) -> list:
        return [self._base.get(field, i) for i in self.doc_index]


def _wrapping_breaks(view: TokenView) -> list[int]:
    """Tokens that are one line break (and indentation) inside a sentence: the next token does
    not start a sentence, so the sentence splitter read the break as a wrap, not an item end."""
    if view.n < 3:
        return []
    texts = view.text
    spaces = view.doc.to_array(IS_SPACE).nonzero()[0].tolist()  # whitespace tokens, found in C
    candidates = [i for i in spaces if 0 < i < view.n - 1 and texts[i].count("\n") == 1]
    if not candidates:
        return []
    starts = view.doc.to_array(SENT_START)
    return [i for i in candidates if starts[i + 1] != 1]


def joined_view(doc: Doc) -> TokenView:
    """The doc's token view with sentence-wrapping line breaks left out (a :class:`JoinedView`),
    or the plain :func:`token_view` when there are none."""
    def compute(d: Doc) -> TokenView:
        base = token_view(d)
        breaks = _wrapping_breaks(base)
        return JoinedView(base, breaks) if breaks else base
    return memo_slot(doc, "joined_view", compute)


class _Entry:
    __slots__ = ("doc", "n", "text", "words", "lowers", "view", "slots")

    def __init__(self, doc: Doc):
        self.doc, self.n, self.text, self.words, self.lowers, self.view = doc, len(doc), None, None, None, None
        self.slots: dict[str, object] = {}


_memo: OrderedDict[int, _Entry] = OrderedDict()
# the entry asked for last: a component asks for the same doc's entry a dozen times in a row
# (its text, its token view, its sentences, ...), and one identity test is cheaper than the
# dict look-up; about 40 look-ups per dense note
_last: list[_Entry | None] = [None]


def _entry(doc: Doc) -> _Entry:
    entry = _last[0]
    if entry is not None and entry.doc is doc and entry.n == len(doc):
        return entry
    entry = _memo.get(id(doc))
    if entry is None or entry.doc is not doc or entry.n != len(doc):
        entry = _memo[id(doc)] = _Entry(doc)  # holding the doc keeps its id from being reused
        if len(_memo) > RECENT_DOCS:
            _memo.popitem(last=False)
    _last[0] = entry
    return entry


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    entry = _entry(doc)
    if entry.text is None:
        entry.text = doc.text
    return entry.text


def remember_text(doc: Doc, text: str, words: list[str] | None = None,
                  lowers: list[str] | None = None) -> None:
    """For a tokenizer that already holds the doc's text, and the words (token texts, spaces
    included) it built the doc from, and maybe their lower-case forms (``str.lower`` of each)."""
    entry = _entry(doc)
    entry.text = text
    entry.words = words
    entry.lowers = lowers


def token_view(doc: Doc) -> TokenView:
    """The doc's :class:`TokenView`, shared by every component that reads it."""
    entry = _entry(doc)
    if entry.view is None:
        entry.view = TokenView(doc, entry.words, entry.lowers)
    return entry.view


_UNSET = object()  # a slot not computed yet (None may be a slot's value)


def memo_slot(doc: Doc, name: str, compute):
    """``compute(doc)``, once per doc for each ``name``: for values that only depend on what the
    pipeline's first components set (tokens, sentence starts)."""
    slots = _entry(doc).slots
    value = slots.get(name, _UNSET)
    if value is _UNSET:
        value = slots[name] = compute(doc)
    return value


# --------------------------------------------------------------------------- sentences

def remember_sentence_firsts(doc: Doc, firsts: list[int]) -> None:
    """For a sentence splitter, which knows where the sentences it set start: the first token
    of every sentence, in order (0 first). Saves reading them back from the doc."""
    _entry(doc).slots["sentence_firsts"] = firsts


def sentence_firsts(doc: Doc) -> list[int]:
    """The first token of every sentence, in order; 0 first (so a doc without sentence starts is
    one sentence) and none for an empty doc. Do not change the list."""
    return memo_slot(doc, "sentence_firsts", _read_sentence_firsts)


def is_sentence_first(doc: Doc, i: int) -> bool:
    """``doc[i].is_sent_start`` is True: token ``i`` starts a sentence (token 0 always does),
    read from the doc's sentence firsts instead of a Token object."""
    return in_firsts(sentence_firsts(doc), i)


def in_firsts(firsts: list[int], i: int) -> bool:
    """:func:`is_sentence_first` for a caller holding the doc's :func:`sentence_firsts`."""
    k = bisect_left(firsts, i)
    return k < len(firsts) and firsts[k] == i


def sentence_bounds(firsts: list[int], n: int, i: int) -> tuple[int, int]:
    """``(start, end)`` tokens of the sentence holding token ``i``, from the doc's sentence
    firsts (:func:`sentence_firsts`) and its length ``n``: a sentence ends where the next starts."""
    following = bisect_right(firsts, i)
    return (firsts[following - 1] if following else 0), (firsts[following] if following < len(firsts) else n)


def _read_sentence_firsts(doc: Doc) -> list[int]:
    if not len(doc):
        return []
    marked = (doc.to_array(SENT_START) == 1).nonzero()[0].tolist()  # 1: starts a sentence
    return [0] + [i for i in marked if i > 0]


def remember_column(doc: Doc, field: str, values: list) -> None:
    """For a component that read a token flag column (``field``, e.g. "is_space") from the doc
    anyway: the doc's :class:`TokenView` gives it from now on instead of reading it again.
    ``values`` must be what :meth:`TokenView.column` would compute (bools for the flags)."""
    token_view(doc)._lazy[field] = values


def remember_wrapping_breaks(doc: Doc, breaks: list[int]) -> None:
    """For a sentence splitter, which sees every line break as it decides where sentences end:
    the tokens that are one line break inside a sentence (what ``_wrapping_breaks`` reads back
    from the doc), giving the doc's :func:`joined_view` without reading the doc again."""
    base = token_view(doc)
    _entry(doc).slots["joined_view"] = JoinedView(base, breaks) if breaks else base

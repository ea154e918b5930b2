"""The koebner tokenizer: spaCy's English rule tokenizer, run once per distinct whitespace chunk.

spaCy's ``Tokenizer`` ends every call with a PhraseMatcher pass over the whole doc for its ~1,300
special cases ("a.m.", "don't", "Dr."). On clinical notes that pass costs about ten times the rest
of tokenization, although tokens never cross a whitespace chunk. Notes repeat their chunks heavily
(headers, drug names, "the", "left"), so we tokenize each distinct chunk once with the full spaCy
tokenizer, remember its tokens, and build the doc from the remembered words (by their
string-store hashes, so that no word is hashed again). The output is the same tokens, whitespace
and token-level norms spaCy gives for the whole text (tests check this on every corpus we have);
only the repeated special-case scan is gone.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import compress
from operator import attrgetter
from typing import NamedTuple

import ahocorasick
import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from .doc_memo import remember_text

# Python's \s and str.isspace() (what spaCy splits on) use the same Unicode whitespace table. A
# unit is a whitespace chunk, or a word chunk with the one space after it that spaCy folds into
# its last token's whitespace: one memo entry then gives a word and its trailing space at once.
_UNITS = re.compile(r"\S+ ?|\s+")

# Settings that change how a chunk is split; setting one through the wrapper forgets the chunks.
_RULE_SETTINGS = frozenset(
    {"prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match", "rules",
     "faster_heuristics"}
)


class _Chunk(NamedTuple):
    """How spaCy split one unit (see ``_UNITS``)."""
    words: tuple[str, ...]
    # their lower-case forms (str.lower, the English LOWER getter), made once per distinct chunk:
    # every doc then shares these string objects, whose hashes Python has already computed,
    # instead of lower-casing and hashing each token's text again in every doc
    lowers: tuple[str, ...]
    # the words' hashes in the string store: a doc built from them skips hashing each word again
    # (most of the cost of building a doc from words)
    orths: tuple[int, ...]
    spaces: tuple[bool, ...]
    # (index, norm) for token-level norms that a special case set (e.g. "n't" -> "not"), which a
    # doc built from words would otherwise lose
    norms: tuple[tuple[int, str], ...]
    # the special-case pieces the chunk starts and ends with (at most two each, so tuples:
    # a chunk of strings, numbers and tuples of them is left alone by the garbage collector,
    # which would otherwise walk every entry of a memo that grows to max_chunks), and whether
    # a special case changed its tokens (see _SpecialPairs)
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    special: bool


_chunk_starts = attrgetter("starts")
_chunk_norms = attrgetter("norms")


class _SpecialPairs:
    """Where spaCy's whole-text special-case pass could reach across a space.

    spaCy finds special cases ("a.m.", ":)", "(:") with a PhraseMatcher over the affix-split
    tokens, and that matcher ignores whitespace: in "( :)" it finds "(:" across the space.
    Such a match changes nothing itself (no rule has the spaced text), but it can crowd out an
    overlapping special case inside a chunk: there ":)" stays two tokens. So a text is tokenized
    whole, by spaCy itself, where one chunk's last token is a piece of a special case, the next
    chunk's first token is the piece that follows it, and a special case changed either chunk's
    tokens. A chunk's edge token is taken both as spaCy finally gives it and as plain affix
    splitting (no special cases) gives it, so the edge the matcher saw is among them. Clinical
    notes seldom have such a pair ("Ext: 1+" has one, ":1", but neither chunk has a special).
    """

    def __init__(self, tokenizer: Tokenizer):
        self.bare = bare = Tokenizer(
            tokenizer.vocab, rules={}, prefix_search=tokenizer.prefix_search,
            suffix_search=tokenizer.suffix_search, infix_finditer=tokenizer.infix_finditer,
            token_match=tokenizer.token_match, url_match=tokenizer.url_match)
        self.pairs: set[tuple[str, str]] = set()
        for special in tokenizer.rules or {}:
            pieces = [t.text for t in bare(special)]
            self.pairs.update(zip(pieces, pieces[1:]))
        self.firsts = frozenset(a for a, _ in self.pairs)
        self.seconds = frozenset(b for _, b in self.pairs)
        # every special case's text: spaCy applies one only where its text is in the chunk
        self._specials: ahocorasick.Automaton | None = None
        if tokenizer.rules:
            self._specials = ahocorasick.Automaton()
            for special in tokenizer.rules:
                self._specials.add_word(special, None)
            self._specials.make_automaton()

    def may_apply(self, chunk: str) -> bool:
        """Whether a special case could change how ``chunk`` is split: its text is in the chunk
        (spaCy looks special cases up by their exact text, in the whole chunk, in the pieces
        affix splitting leaves, and as runs of tokens). Otherwise the bare tokenizer splits the
        chunk the same, without the special-case pass."""
        return self._specials is not None and next(self._specials.iter(chunk), None) is not None

    def edges(self, chunk: str, words: tuple[str, ...], plain: tuple[str, ...] | None = None
              ) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        """(first tokens that may continue a special case, last tokens that may begin one,
        whether special cases changed the chunk's tokens); ``plain`` is the chunk as plain affix
        splitting gives it, when known."""
        if plain is None:
            plain = tuple(t.text for t in self.bare(chunk))
        if not plain or not words:
            return (), (), plain != words
        return (tuple(sorted({words[0], plain[0]} & self.seconds)),
                tuple(sorted({words[-1], plain[-1]} & self.firsts)), plain != words)

    def join(self, ends: tuple[str, ...], starts: tuple[str, ...]) -> bool:
        return any((a, b) in self.pairs for a in ends for b in starts)


class ChunkCachedTokenizer:
    """Callable like a spaCy tokenizer; wraps one and remembers how it split each chunk.

    ``max_chunks`` bounds the memory of the chunk memo: when it is full it starts again empty,
    which costs speed for a while, never correctness.
    """

    def __init__(self, tokenizer: Tokenizer, max_chunks: int = 200_000):
        object.__setattr__(self, "tokenizer", tokenizer)
        object.__setattr__(self, "max_chunks", max_chunks)
        object.__setattr__(self, "_chunks", {})
        object.__setattr__(self, "_pairs", None)

    @property
    def vocab(self):
        """The wrapped tokenizer's vocab."""
        return self.tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text`` as the wrapped tokenizer would, reusing cached chunk splits."""
        units = _UNITS.findall(text)
        split = list(map(self._chunks.get, units))
        if not all(split):  # chunks not seen before (None): split all of them at once
            new = self._split_new([unit for unit, chunk in zip(units, split) if chunk is None])
            split = [chunk or new[unit] for unit, chunk in zip(units, split)]
        if self._special_across(split):
            return self._whole(text)
        words: list[str] = []
        lowers: list[str] = []
        orths: list[int] = []
        spaces: list[bool] = []
        for chunk in split:
            words += chunk.words
            lowers += chunk.lowers
            orths += chunk.orths
            spaces += chunk.spaces
        doc = Doc(self.vocab, words=orths, spaces=spaces)
        if any(map(_chunk_norms, split)):  # seldom: a special case set a norm ("n't" -> "not")
            self._set_norms(doc, split)
        remember_text(doc, text, words, lowers)
        return doc

    def _special_across(self, split: list[_Chunk]) -> bool:
        """Whether spaCy's special-case pass could reach from one chunk into the next: only
        chunks that start with a piece of a special case (few) are looked at, in C."""
        for i in compress(range(1, len(split)), map(_chunk_starts, split[1:])):
            previous = split[i - 1]
            if previous.ends and self._joined(previous, split[i]):
                return True
        return False

    @staticmethod
    def _set_norms(doc: Doc, split: list[_Chunk]) -> None:
        offset = 0
        for chunk in split:
            for i, norm in chunk.norms:
                doc[offset + i].norm_ = norm
            offset += len(chunk.words)

    def _joined(self, previous: _Chunk, chunk: _Chunk) -> bool:
        """Whether spaCy's special-case pass over the whole text could reach from ``previous``
        into the ``chunk`` after it."""
        return (chunk.special or previous.special) and self._special_pairs().join(
            previous.ends, chunk.starts)

    def _whole(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        remember_text(doc, text)
        return doc

    def _special_pairs(self) -> _SpecialPairs:
        if self._pairs is None:
            object.__setattr__(self, "_pairs", _SpecialPairs(self.tokenizer))
        return self._pairs

    def _split_new(self, units: list[str]) -> dict[str, _Chunk]:
        """How spaCy splits each of ``units`` (units not in the memo), remembered.

        Plain affix splitting of every word unit is done by one call on the words joined by
        spaces: spaCy cuts a text at its spaces first and splits each piece on its own, so each
        word comes out as it would alone, and one doc is built instead of one or two per word
        (new text tokenizes in a fifth less time). That split is final for a word without
        special-case text; a word with some is split again with the special-case pass, and its
        plain split tells where a special case changed it. Whitespace units go one by one.
        """
        pairs = self._special_pairs()
        found: dict[str, _Chunk] = {}
        words: list[tuple[str, str]] = []  # (unit, its text without the folded space)
        for unit in dict.fromkeys(units):
            if unit.isspace():
                found[unit] = self._split(unit)
            else:
                words.append((unit, unit[:-1] if unit[-1] == " " else unit))
        if not words:
            return found
        plains = _align(pairs.bare(" ".join(word for _, word in words)), [word for _, word in words])
        if plains is None:
            # the joined split did not line up with the words (it always should): split each alone
            found.update((unit, self._split(unit)) for unit, _ in words)
            return found
        for (unit, word), plain in zip(words, plains):
            if pairs.may_apply(word):
                doc = self.tokenizer(word)
                tokens, spaces = list(doc), [bool(t.whitespace_) for t in doc]
            else:
                # the last piece's whitespace is the joining space (or none)
                tokens, spaces = plain, [False] * len(plain)
            spaces[-1] = unit[-1] == " "  # a word unit's trailing space, as spaCy folds it
            found[unit] = self._remember(unit, word, tokens, spaces,
                                         tuple(t.text for t in plain))
        return found

    def _split(self, unit: str) -> _Chunk:
        """How spaCy splits ``unit`` on its own, remembered."""
        # a word unit's trailing space is the last token's whitespace, as spaCy folds it
        folded = unit[-1] == " " and not unit.isspace()
        chunk = unit[:-1] if folded else unit
        pairs = self._special_pairs()
        # most chunks hold no special case: split them without spaCy's special-case pass
        special = pairs.may_apply(chunk)
        doc = (self.tokenizer if special else pairs.bare)(chunk)
        spaces = [bool(t.whitespace_) for t in doc]
        if folded:
            spaces[-1] = True
        plain = None if special else tuple(t.text for t in doc)
        return self._remember(unit, chunk, list(doc), spaces, plain)

    def _remember(self, unit: str, chunk: str, tokens: list, spaces: list[bool],
                  plain: tuple[str, ...] | None) -> _Chunk:
        """The memo entry of ``unit`` (``chunk`` without its folded space) from the tokens spaCy
        split it into; ``plain`` is the chunk's plain affix split, when known."""
        vocab = self.vocab
        words = tuple(t.text for t in tokens)
        split = _Chunk(
            words,
            tuple(word.lower() for word in words),
            tuple(t.orth for t in tokens),
            tuple(spaces),
            tuple((i, t.norm_) for i, t in enumerate(tokens) if t.norm != vocab[t.orth].norm),
            *self._special_pairs().edges(chunk, words, plain),
        )
        if len(self._chunks) >= self.max_chunks:
            self._chunks.clear()
        self._chunks[unit] = split
        return split

    def __getstate__(self) -> dict:
        # a copy starts without the chunk memo: its hashes name strings of this vocab's string
        # store, which the copy's vocab need not hold
        return {**self.__dict__, "_chunks": {}, "_pairs": None}

    def clear_cache(self) -> None:
        """Forget cached chunk tokenizations (after a change of rules)."""
        self._chunks.clear()
        object.__setattr__(self, "_pairs", None)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize each text, in order."""
        for text in texts:
            yield self(text)

    # --- the rest behaves as the wrapped spaCy tokenizer -------------------------------------

    def add_special_case(self, string: str, substrings) -> None:
        """Add a special case to the wrapped tokenizer and clear the cache."""
        self.tokenizer.add_special_case(string, substrings)
        self.clear_cache()

    def explain(self, text: str):
        """The wrapped tokenizer's explanation of how ``text`` is split."""
        return self.tokenizer.explain(text)

    def __getattr__(self, name: str):
        # only reached for names not found on the wrapper: the wrapped tokenizer's settings
        # (never for dunders or before __init__, e.g. while unpickling)
        if name.startswith("__") or name in ("tokenizer", "max_chunks", "_chunks", "_pairs"):
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __setattr__(self, name: str, value) -> None:
        if name in _RULE_SETTINGS:
            setattr(self.tokenizer, name, value)
            self.clear_cache()
        else:
            object.__setattr__(self, name, value)

    def to_bytes(self, **kwargs) -> bytes:
        """The wrapped tokenizer's bytes."""
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs) -> ChunkCachedTokenizer:
        """Load the wrapped tokenizer from bytes; returns self."""
        self.tokenizer.from_bytes(data, **kwargs)
        self.clear_cache()
        return self

    def to_disk(self, path, **kwargs) -> None:
        """Save the wrapped tokenizer to ``path``."""
        self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs) -> ChunkCachedTokenizer:
        """Load the wrapped tokenizer from ``path``; returns self."""
        self.tokenizer.from_disk(path, **kwargs)
        self.clear_cache()
        return self


def _align(pieces, words: list[str]) -> list[list] | None:
    """The pieces (tokens) of each word, in order, from the pieces of all of them joined by
    spaces; None when they do not line up (a piece running over a word's end, or pieces left
    over or missing), so the caller can split each word alone instead."""
    pieces = list(pieces)
    out, i = [], 0
    for word in words:
        plain, covered = [], 0
        while covered < len(word):  # a word's pieces cover its characters
            if i >= len(pieces):
                return None
            plain.append(pieces[i])
            covered += len(pieces[i])
            i += 1
        if covered != len(word):
            return None
        out.append(plain)
    return out if i == len(pieces) else None


def clinical_prefixes(nlp: Language) -> list[str]:
    """spaCy's prefixes for the language, plus '~' ("~4 cm")."""
    # "~4 cm", "~9/25": the approximate sign is not part of the number or date
    return list(nlp.Defaults.prefixes) + [r"~"]


@registry.tokenizers("koebner.clinical_tokenizer.v1")
def create_clinical_tokenizer(max_chunks: int = 200_000):
    """The ``koebner.clinical_tokenizer.v1`` factory: spaCy's tokenizer for the language plus a
    '~' prefix, cached per whitespace-separated chunk."""
    make_rule_tokenizer = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> ChunkCachedTokenizer:
        rule_tokenizer = make_rule_tokenizer(nlp)
        rule_tokenizer.prefix_search = spacy.util.compile_prefix_regex(clinical_prefixes(nlp)).search
        return ChunkCachedTokenizer(rule_tokenizer, max_chunks=max_chunks)

    return make

"""Named word lists of the target rules: ``"vocabularies"`` in a targets file.

A drug family is named once (``"insulins": {"words": ["insulin", "lantus", ...]}``) and any word
list of a target rule (a token's ``IN`` / ``NOT_IN``, a context condition's words) or of the
``agents`` table names it as ``"@insulins"``. The reader puts the vocabulary's words in its place,
in order, without repeating a word the list already has. A vocabulary may name other vocabularies
(``"self_injected": {"words": ["@insulins", "@heparins", "emicizumab"]}``); a name that is not
defined, or a vocabulary that names itself through others, is an error naming the file and rule.

Adding a drug to a family is then one edit, and every rule about that family learns it.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..resources import ConfigError

MARK = "@"
TABLES = ("agents",)   # tables besides target_rules whose word lists may name a vocabulary


class VocabularyError(ConfigError):
    """A vocabulary named but not defined, defined twice, or defined through itself;
    ``vocabulary`` is the one whose definition is wrong, ``rule`` the literal of the rule that
    names an undefined one, ``source`` the file when known."""

    def __init__(self, message: str, vocabulary: str | None = None, source: str | None = None,
                 rule: str | None = None):
        super().__init__(message)
        self.message, self.vocabulary, self.source, self.rule = message, vocabulary, source, rule

    def at(self, source: str) -> VocabularyError:
        """The same error, named by the file it is in."""
        return VocabularyError(self.message, self.vocabulary, source, self.rule)

    def __str__(self) -> str:
        where = [self.source] if self.source else []
        where += [f"rule {self.rule!r}"] if self.rule else []
        return ": ".join(where + [self.message])


def is_reference(word: Any) -> bool:
    """Whether a word of a list names a vocabulary (``@insulins``)."""
    return isinstance(word, str) and word.startswith(MARK) and len(word) > 1


def collect(files: Iterable[tuple[str, dict]]) -> dict[str, list[str]]:
    """The vocabularies of a targets folder, ``(file, data)`` in file order, each name once."""
    found: dict[str, list[str]] = {}
    where: dict[str, str] = {}
    for source, data in files:
        for name, vocabulary in (data.get("vocabularies") or {}).items():
            if name in where:
                raise VocabularyError(f"vocabulary '{name}' is already defined in {where[name]}",
                                      name, source)
            where[name] = source
            found[name] = list(vocabulary["words"])
    try:
        return resolve(found)
    except VocabularyError as exc:
        raise exc.at(where[exc.vocabulary]) from None


def resolve(vocabularies: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each vocabulary's own words, with the vocabularies it names put in their place."""
    done: dict[str, list[str]] = {}

    def words_of(name: str, path: tuple[str, ...]) -> list[str]:
        if name in done:
            return done[name]
        if name in path:
            raise VocabularyError("vocabulary '" + "' names '".join(path + (name,))
                                  + "': a vocabulary cannot name itself", path[0])
        out: list[str] = []
        for word in vocabularies[name]:
            if is_reference(word):
                inner = word[len(MARK):]
                if inner not in vocabularies:
                    raise VocabularyError(f"vocabulary '{name}' names '{word}', which is not "
                                          f"defined", name)
                out += words_of(inner, path + (name,))
            else:
                out.append(word)
        done[name] = list(dict.fromkeys(out))
        return done[name]

    for vocabulary in vocabularies:
        words_of(vocabulary, ())
    return done


def expand_words(words: list, vocabularies: dict[str, list[str]]) -> list:
    """``words`` with each ``@name`` replaced by that vocabulary's words (repeats left out)."""
    if not any(is_reference(w) for w in words):
        return words
    out: list = []
    for word in words:
        if not is_reference(word):
            out.append(word)
            continue
        name = word[len(MARK):]
        if name not in vocabularies:
            known = ", ".join(sorted(vocabularies)) or "none"
            raise VocabularyError(f"'{word}' is not a defined vocabulary (defined: {known})")
        out += vocabularies[name]
    return list(dict.fromkeys(out))


def _expanded(value: Any, vocabularies: dict[str, list[str]]) -> Any:
    if isinstance(value, dict):
        return {key: _expanded(item, vocabularies) for key, item in value.items()}
    if isinstance(value, list):
        if value and all(isinstance(item, str) for item in value):
            return expand_words(value, vocabularies)
        return [_expanded(item, vocabularies) for item in value]
    return value


def expand_rule(rule: dict, vocabularies: dict[str, list[str]]) -> dict:
    """A target rule with every vocabulary it names spelt out (its literal says which rule an
    error is about)."""
    try:
        return _expanded(rule, vocabularies)
    except VocabularyError as exc:
        raise VocabularyError(exc.message, rule=str(rule.get("literal"))) from None


def expand_tables(data: dict, vocabularies: dict[str, list[str]]) -> dict:
    """``data`` (one targets file, or a folder's merged rules) with its rules' and tables'
    vocabulary names spelt out; ``vocabularies`` itself is left out of the result."""
    out = {key: value for key, value in data.items() if key != "vocabularies"}
    out["target_rules"] = [expand_rule(rule, vocabularies)
                           for rule in data.get("target_rules", [])]
    for table in TABLES:
        if table in out:
            try:
                out[table] = _expanded(out[table], vocabularies)
            except VocabularyError as exc:
                raise VocabularyError(f"table '{table}': {exc.message}") from None
    return out

"""``koebner rules check [DIR]``: every rule file against its schema and the guidelines'
vocabularies, duplicate and shadowed target rules, and patterns that can never match.

Every problem names the file (a path one can open) and the rule (its ``literal``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import KoebnerError
from ..resources import TARGETS_DIR, shipped_rules_dir
from .loader import Issue, parsed_issues
from .patterns import dead_words, tokenizer
from .vocabularies import TABLES, VocabularyError, collect, expand_rule, expand_tables

SETTINGS_FILES = ("sites.json", "sections.json", "timex.json", "risk_factors.json", "screening.json",
                  "linker.json", "omop_note_nlp.json")
CONTEXT_FLAG_CATEGORIES = ("NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL",
                           "HYPOTHETICAL", "FAMILY")   # medspaCy's DEFAULT_ATTRIBUTES


@dataclass(frozen=True)
class RuleProblem:
    """One problem of a rule file, named by the file and the rule's literal (``""``: the file)."""

    file: str
    rule: str        # the rule's literal, or "" for the file as a whole
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f" rule {self.rule!r}" if self.rule else ""
        return f"{self.file}:{where} {self.severity}: {self.message}"


def _problem(file: Path, issue: Issue) -> RuleProblem:
    message = f"{issue.where}: {issue.message}" if issue.where else issue.message
    rule = issue.rule or (f"#{issue.index + 1}" if issue.index is not None else "")
    return RuleProblem(str(file), rule, message)


def _checked(name: str, file: Path, problems: list[RuleProblem]) -> tuple[Any, set[int], set[str]]:
    """The file's data (None when unreadable) after adding its schema problems to ``problems``,
    the positions of the rules (target_rules, context_rules) that have problems, and the
    top-level keys with problems outside a rule ("vocabularies")."""
    data, found = parsed_issues(name, file)
    problems += [_problem(file, issue) for issue in found]
    return (data, {issue.index for issue in found if issue.index is not None},
            {issue.where.split(".")[0] for issue in found if issue.index is None})


def _valid_rules(data: Any, key: str, file: Path, bad: set[int]) -> list[tuple[Path, dict]]:
    rules = data.get(key) if isinstance(data, dict) else None
    if not isinstance(rules, list):
        return []
    return [(file, rule) for index, rule in enumerate(rules) if index not in bad]


def _check_never_matching(rules: list[tuple[Path, dict]], problems: list[RuleProblem]) -> None:
    tok = tokenizer()
    for file, rule in rules:
        for position, token in enumerate(rule.get("pattern") or [], start=1):
            dead, total = dead_words(tok, token)
            if not dead:
                continue
            reasons = "; ".join(f"{w!r} {why}" for w, why in dead[:5])
            if len(dead) == total and token.get("OP") not in ("?", "*"):
                problems.append(RuleProblem(str(file), rule["literal"],
                                            f"can never match: token {position}: {reasons}"))
            else:
                problems.append(RuleProblem(str(file), rule["literal"],
                                            f"token {position} has words that never match: "
                                            f"{reasons}", "warning"))


def _key(rule: dict) -> str:
    return json.dumps(rule["pattern"], sort_keys=True)


def _outcome(rule: dict) -> str:
    return json.dumps([rule["category"], rule.get("metadata")], sort_keys=True)


def _check_duplicates(rules: list[tuple[Path, dict]], problems: list[RuleProblem]) -> None:
    """Same literal twice (mentions name their rule by it), same pattern twice (a duplicate, or,
    with another category or metadata, a shadowed rule: the earlier one wins every tie)."""
    literals: dict[str, Path] = {}
    patterns: dict[str, tuple[Path, dict]] = {}
    for file, rule in rules:
        literal = rule["literal"]
        if literal in literals:
            problems.append(RuleProblem(str(file), literal, f"literal already used by a rule in "
                                                            f"{literals[literal]}"))
        literals.setdefault(literal, file)
        key = _key(rule)
        if key in patterns:
            first_file, first = patterns[key]
            if _outcome(first) == _outcome(rule):
                message = (f"duplicate of rule {first['literal']!r} in {first_file} "
                           f"(same pattern, category and metadata)")
            else:
                message = (f"shadowed by rule {first['literal']!r} in {first_file}: same pattern, "
                           f"and the earlier rule wins every match")
            problems.append(RuleProblem(str(file), literal, message))
        else:
            patterns[key] = (file, rule)


def _check_targets(folder: Path, problems: list[RuleProblem], patterns: bool) -> None:
    files = sorted(folder.glob("*.json"))
    if not files:
        problems.append(RuleProblem(str(folder), "", "no target rule files (*.json)"))
        return
    rules: list[tuple[Path, dict]] = []
    tables: dict[str, Path] = {}
    valid: list[tuple[str, dict]] = []
    for file in files:
        data, bad, bad_keys = _checked(f"{TARGETS_DIR}/{file.name}", file, problems)
        if not isinstance(data, dict):
            continue
        for table in ("agents", "procedure_regions", "not_skin_procedures"):
            if table in data:
                if table in tables:
                    problems.append(RuleProblem(str(file), "", f"'{table}' is already given in "
                                                               f"{tables[table]}"))
                tables.setdefault(table, file)
        rules += _valid_rules(data, "target_rules", file, bad)
        if "vocabularies" not in bad_keys and not (bad_keys & set(TABLES)):
            valid.append((str(file), data))  # its vocabularies and tables can be read
    rules = _spelt_out(valid, rules, problems)
    _check_duplicates(rules, problems)
    if patterns:
        _check_never_matching(rules, problems)


def _spelt_out(files: list[tuple[str, dict]], rules: list[tuple[Path, dict]],
               problems: list[RuleProblem]) -> list[tuple[Path, dict]]:
    """The rules with the folder's vocabularies spelt out (their words are what the duplicate and
    never-match checks look at); a rule naming an undefined vocabulary is a problem and left out."""
    try:
        vocabularies = collect(files)
    except VocabularyError as exc:
        problems.append(RuleProblem(exc.source or "", "", exc.message))
        return []
    for file, data in files:
        try:
            expand_tables({table: data[table] for table in TABLES if table in data}, vocabularies)
        except VocabularyError as exc:
            problems.append(RuleProblem(file, "", exc.message))
    out = []
    for file, rule in rules:
        try:
            out.append((file, expand_rule(rule, vocabularies)))
        except VocabularyError as exc:
            problems.append(RuleProblem(str(file), rule["literal"], exc.message))
    return out


def _check_context(file: Path, problems: list[RuleProblem], patterns: bool) -> None:
    data, bad, _ = _checked("context.json", file, problems)
    if not isinstance(data, dict):
        return
    rules = _valid_rules(data, "context_rules", file, bad)
    terminated_by = data.get("terminated_by")
    clearing_categories = data.get("clearing_categories")
    enders = {e.upper() for k, v in (terminated_by if isinstance(terminated_by, dict) else {}).items()
              if k != "description" for e in (v if isinstance(v, list) else [])}
    clearing = {k for k in (clearing_categories if isinstance(clearing_categories, dict) else {})
                if k != "description"}
    known = set(CONTEXT_FLAG_CATEGORIES) | enders | clearing
    for _, rule in rules:
        if rule["direction"] in ("TERMINATE", "PSEUDO"):
            continue
        if rule["category"] not in known:
            problems.append(RuleProblem(
                str(file), rule["literal"],
                f"category {rule['category']!r} sets no flag, clears none and ends no scope "
                f"(flags: {', '.join(CONTEXT_FLAG_CATEGORIES)})"))
    if patterns:
        _check_never_matching([(f, r) for f, r in rules if r.get("pattern")], problems)


def _compile_settings(name: str, file: Path) -> None:
    """Build what a component builds from the file (beyond the schema: e.g. a timex pattern
    whose placeholders do not fill in, a screen without terms)."""
    if name == "linker.json":
        from ..link.config import load_config
        load_config(file)
    elif name == "screening.json":
        from ..screen.terms import load_terms
        load_terms(file)
    elif name == "timex.json":
        from ..nlp.timex import load_rules
        load_rules(file)
    elif name == "risk_factors.json":
        from ..nlp.risk_factors import RiskFactorRules
        RiskFactorRules.load(file)


def _check_settings(name: str, file: Path, problems: list[RuleProblem]) -> None:
    data, found = parsed_issues(name, file)
    problems += [_problem(file, issue) for issue in found]
    if data is None or found:
        return
    try:
        _compile_settings(name, file)
    except KoebnerError as exc:
        message = str(exc).removeprefix(f"{file}: ").removeprefix(f"{file}")
        problems.append(RuleProblem(str(file), "", message.strip(" :")))


def check_rules(directory: str | Path | None = None, patterns: bool = True) -> list[RuleProblem]:
    """Problems of every rule file in ``directory`` (the shipped rules when None), errors first.

    ``patterns=False`` leaves out the (slower) search for words and patterns that never match.
    """
    folder = Path(directory) if directory is not None else shipped_rules_dir()
    problems: list[RuleProblem] = []
    if not folder.is_dir():
        return [RuleProblem(str(folder), "", "rules folder not found")]
    if (folder / TARGETS_DIR).is_dir():
        _check_targets(folder / TARGETS_DIR, problems, patterns)
    if (folder / "targets.json").is_file():
        problems.append(RuleProblem(str(folder / "targets.json"), "", "a single targets.json is "
                                    "no longer read: target rules live in targets/<concept>.json",
                                    "warning"))
    if (folder / "context.json").is_file():
        _check_context(folder / "context.json", problems, patterns)
    for name in SETTINGS_FILES:
        if (folder / name).is_file():
            _check_settings(name, folder / name, problems)
    return sorted(problems, key=lambda p: p.severity != "error")

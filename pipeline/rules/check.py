"""``koebner rules check [DIR]``: every rule file against its schema and the guidelines'
vocabularies, duplicate and shadowed target rules, and patterns that can never match.

Every problem names the file (a path one can open) and the rule (its ``literal``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from ..resources import TARGETS_DIR, shipped_rules_dir
from .patterns import dead_words, tokenizer
from .schema import ContextFile, ContextRule, SitesFile, TargetRule, TargetsFile

CONTEXT_FLAG_CATEGORIES = ("NEGATED_EXISTENCE", "POSSIBLE_EXISTENCE", "HISTORICAL",
                           "HYPOTHETICAL", "FAMILY")   # medspaCy's DEFAULT_ATTRIBUTES


@dataclass(frozen=True)
class RuleProblem:
    file: str
    rule: str        # the rule's literal, or "" for the file as a whole
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        where = f" rule {self.rule!r}" if self.rule else ""
        return f"{self.file}:{where} {self.severity}: {self.message}"


def _load(path: Path, problems: list[RuleProblem]) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        problems.append(RuleProblem(str(path), "", f"not valid JSON ({exc.msg} at line "
                                                   f"{exc.lineno}, column {exc.colno})"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(RuleProblem(str(path), "", f"cannot be read ({exc})"))
    return None


def _messages(exc: ValidationError) -> list[str]:
    out = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        value = error.get("input")
        shown = f" (got {json.dumps(value)[:80]})" if error["type"] != "missing" \
            and not isinstance(value, (dict, list)) else ""
        out.append(f"{where}: {message}{shown}" if where else message)
    return out


def _validate(model: type[BaseModel], data: Any, file: Path, rule: str,
              problems: list[RuleProblem]) -> bool:
    try:
        model.model_validate(data)
        return True
    except ValidationError as exc:
        problems += [RuleProblem(str(file), rule, m) for m in _messages(exc)]
        return False


def _rule_name(rule: Any, index: int) -> str:
    if isinstance(rule, dict) and isinstance(rule.get("literal"), str):
        return rule["literal"]
    return f"#{index + 1}"


def _check_rules_list(model, rules: Any, file: Path, key: str,
                      problems: list[RuleProblem]) -> list[tuple[Path, dict]]:
    if not isinstance(rules, list):
        problems.append(RuleProblem(str(file), "", f"'{key}' must be a list of rules"))
        return []
    valid = []
    for index, rule in enumerate(rules):
        if _validate(model, rule, file, _rule_name(rule, index), problems):
            valid.append((file, rule))
    return valid


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
    for file in files:
        data = _load(file, problems)
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(RuleProblem(str(file), "", "a target rules file is a JSON object"))
            continue
        head = {k: v for k, v in data.items() if k != "target_rules"}
        _validate(TargetsFile, head, file, "", problems)
        for table in ("agents", "procedure_regions", "not_skin_procedures"):
            if table in data:
                if table in tables:
                    problems.append(RuleProblem(str(file), "", f"'{table}' is already given in "
                                                               f"{tables[table]}"))
                tables.setdefault(table, file)
        rules += _check_rules_list(TargetRule, data.get("target_rules", []), file,
                                   "target_rules", problems)
    _check_duplicates(rules, problems)
    if patterns:
        _check_never_matching(rules, problems)


def _check_context(file: Path, problems: list[RuleProblem], patterns: bool) -> None:
    data = _load(file, problems)
    if not isinstance(data, dict):
        if data is not None:
            problems.append(RuleProblem(str(file), "", "context.json is a JSON object"))
        return
    head = {k: v for k, v in data.items() if k != "context_rules"}
    _validate(ContextFile, {**head, "context_rules": []}, file, "", problems)
    rules = _check_rules_list(ContextRule, data.get("context_rules", []), file, "context_rules",
                              problems)
    enders = {e.upper() for k, v in data.get("terminated_by", {}).items() if k != "description"
              for e in (v if isinstance(v, list) else [])}
    clearing = {k for k in data.get("clearing_categories", {}) if k != "description"}
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


def _check_with_loader(file: Path, problems: list[RuleProblem]) -> None:
    """linker.json and screening.json have their own typed loaders; their errors are kept."""
    if _load(file, problems) is None:
        return
    try:
        if file.name == "linker.json":
            from ..link.config import load_config
            load_config(file)
        else:
            from ..screen.terms import load_terms
            load_terms(file)
    except ValueError as exc:
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
    if (folder / "sites.json").is_file():
        data = _load(folder / "sites.json", problems)
        if data is not None:
            _validate(SitesFile, data, folder / "sites.json", "", problems)
    for name in ("linker.json", "screening.json"):
        if (folder / name).is_file():
            _check_with_loader(folder / name, problems)
    for name in ("sections.json", "timex.json", "risk_factors.json"):
        if (folder / name).is_file():
            _load(folder / name, problems)
    return sorted(problems, key=lambda p: p.severity != "error")

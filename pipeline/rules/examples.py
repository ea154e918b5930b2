"""Rule tests as data: example sentences kept beside the rules (``tests/<concept>.json``).

Each file holds ``examples``; an example is an optional ``id`` (a short name, shown by the test
suite), a ``text`` (and optionally a ``note_date``) with
``match``: mentions that must be found (``text``, and any of ``label``, ``trauma_type``,
``agent``, ``region``, ``laterality``, ``negated``, ``uncertain``, ``historical``,
``hypothetical``, ``family``, ``rule`` that must equal), and ``no_match``: phrases no mention
(of the given ``label``, if any) may overlap. ``koebner rules test`` and the test suite run them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..errors import KoebnerError
from ..records import ASSERTION_FLAGS, Agent, Label, Laterality, Mention, Region, TraumaType
from ..resources import shipped_rules_dir
from .folder import EXAMPLES_DIR


class Strict(BaseModel):
    """Base of the examples-file models: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid")


class Expected(Strict):
    """A mention an example must produce: its text, and any field that must equal."""

    text: str
    label: Label | None = None
    trauma_type: TraumaType | None = None
    agent: Agent | None = None
    region: Region | None = None
    laterality: Laterality | None = None
    negated: bool | None = None
    uncertain: bool | None = None
    historical: bool | None = None
    hypothetical: bool | None = None
    family: bool | None = None
    rule: str | None = None


class Absent(Strict):
    """A phrase no mention (of ``label``, if given) may overlap."""

    text: str
    label: Label | None = None


class Example(Strict):
    """One example sentence: ``id`` names it (optional; the test suite shows it), ``match`` lists
    the mentions that must be found in ``text``, ``no_match`` the phrases none may overlap."""

    id: str | None = None
    text: str
    note_date: date | None = None
    match: list[Expected] = []
    no_match: list[Absent] = []


class ExamplesFile(Strict):
    """``tests/<concept>.json``: the examples kept beside a rules folder."""

    description: str | None = None
    examples: list[Example]


class ExamplesError(KoebnerError, ValueError):
    """An examples file that is not valid."""


@dataclass
class ExampleResult:
    """The outcome of one example: its failures (none when it passed)."""

    file: str
    index: int                  # 1-based position of the example in its file
    text: str
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Whether the example produced what it expects."""
        return not self.failures


def examples_files(directory: str | Path | None = None) -> list[Path]:
    """The examples files of a rules folder (the shipped rules when None), in name order."""
    folder = (Path(directory) if directory is not None else shipped_rules_dir()) / EXAMPLES_DIR
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def load_examples(path: Path) -> ExamplesFile:
    """An examples file, validated; ExamplesError names the file and the key path."""
    try:
        return ExamplesFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except json.JSONDecodeError as exc:
        raise ExamplesError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ExamplesError(f"{path}: {where}: {first['msg']}") from None


def _describe(m: Mention) -> str:
    extra = [f"{k}={getattr(m, k)}" for k in ("trauma_type", "agent", "region", "laterality")
             if getattr(m, k)]
    extra += [k for k in ASSERTION_FLAGS if getattr(m, k)]
    return f"{m.label} {m.text!r}" + (f" ({', '.join(extra)})" if extra else "")


def check_example(example: Example, found: list[Mention]) -> list[str]:
    """What of ``example`` the ``found`` mentions fail: missing, different, or unwanted ones."""
    failures = []
    for expected in example.match:
        same_text = [m for m in found if m.text == expected.text
                     and (expected.label is None or m.label == expected.label)]
        if not same_text:
            what = f"{expected.label} " if expected.label else ""
            seen = "; ".join(_describe(m) for m in found) or "no mentions"
            failures.append(f"expected {what}{expected.text!r}, found {seen}")
            continue
        wanted = expected.model_dump(exclude_none=True, exclude={"text", "label"})
        if not any(all(getattr(m, k) == v for k, v in wanted.items()) for m in same_text):
            got = "; ".join(_describe(m) + (f" rule={m.rule!r}" if "rule" in wanted else "")
                            for m in same_text)
            failures.append(f"{expected.text!r}: expected {wanted}, found {got}")
    for absent in example.no_match:
        start = example.text.find(absent.text)
        if start < 0:
            failures.append(f"no_match phrase {absent.text!r} is not in the example text")
            continue
        end = start + len(absent.text)
        hits = [m for m in found if m.start < end and start < m.end
                and (absent.label is None or m.label == absent.label)]
        if absent.label is None:
            hits = [m for m in hits if m.label not in ("SITE", "TIMEX")]
        if hits:
            failures.append(f"{absent.text!r} must not match, found "
                            + "; ".join(_describe(m) + f" by rule {m.rule!r}" for m in hits))
    return failures


def run_examples(nlp, directory: str | Path | None = None) -> list[ExampleResult]:
    """Every example of every examples file, run through ``nlp`` (``pipeline.load()``)."""
    from ..extract import extract_text

    results = []
    for path in examples_files(directory):
        examples = load_examples(path)
        for index, example in enumerate(examples.examples, start=1):
            found = list(extract_text(nlp, example.text, note_date=example.note_date).mentions)
            results.append(ExampleResult(str(path), index, example.text,
                                         check_example(example, found)))
    return results

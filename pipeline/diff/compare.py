"""Compare two run folders: mentions, links and patient decisions gained, lost and changed.

Mentions are matched by note, label and character span (mention ids shift when a rule adds a
mention earlier in a note); links by patient and the spans of their trauma and lesion. With a
gold corpus, a change is ``fixed`` when run B agrees with gold where run A did not, ``broke``
when the reverse, and blank when neither run agrees with gold (or gold says nothing).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..corpus.brat import read_corpus
from ..errors import KoebnerError
from ..evaluate.mentions import ATTRIBUTE_LABELS, gold_span
from ..evaluate.patients import _norm, _set, _sites

MENTION_ATTRIBUTES = ("negated", "uncertain", "historical", "hypothetical", "family", "region",
                      "laterality", "trauma_type", "agent", "timex_value", "rule")
PATIENT_FIELDS = ("calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
                  "trauma_date", "interval_days")
LINK_FIELDS = ("linked", "site_match", "order", "window", "score", "reason")


class DiffError(KoebnerError, ValueError):
    """A run folder that cannot be compared."""


@dataclass(frozen=True)
class MentionChange:
    """A mention only in run A (lost), only in run B (gained), or in both with other attributes (changed)."""
    change: str                 # gained | lost | changed
    note_id: str
    label: str
    start: int
    end: int
    text: str
    details: str = ""           # for changed: "negated: False -> True; rule: a -> b"
    rule: str = ""              # the rule of the run that has the mention (B for changed)
    verdict: str = ""           # fixed | broke | "" (with --gold)


@dataclass(frozen=True)
class LinkChange:
    """A trauma-lesion link gained, lost or changed between the runs, for one patient."""
    change: str                 # gained | lost | changed
    patient_id: str
    trauma: str                 # "note_id [start:end] 'text'"
    lesion: str
    details: str = ""


@dataclass(frozen=True)
class PatientChange:
    """A patient-level field whose value differs between the runs.

    ``gold`` is the gold value when a gold corpus was given; ``verdict`` is "fixed" when only run B
    agrees with it, "broke" when only run A does, else "".
    """
    patient_id: str
    field: str
    before: str
    after: str
    gold: str | None = None
    verdict: str = ""


@dataclass
class RunDiff:
    """All changes from run ``run_a`` to run ``run_b``; ``gold`` is the gold corpus path, or None."""
    run_a: str
    run_b: str
    gold: str | None
    mentions: list[MentionChange] = field(default_factory=list)
    links: list[LinkChange] = field(default_factory=list)
    patients: list[PatientChange] = field(default_factory=list)

    def count(self, kind: str, change: str | None = None, verdict: str | None = None) -> int:
        """Number of ``kind`` changes ("mentions", "links", "patients"), optionally of one change and verdict only."""
        items = getattr(self, kind)
        return sum((change is None or getattr(i, "change", None) == change)
                   and (verdict is None or i.verdict == verdict) for i in items)


def _read(run: Path, name: str) -> pd.DataFrame:
    path = run / name
    if not path.is_file():
        raise DiffError(f"{run}: no {name}; is it a finished run folder (koebner run --out)?")
    if path.suffix == ".csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    return pd.read_parquet(path)


def _value(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def _mentions(run: Path) -> dict[tuple, dict]:
    table = _read(run, "mentions.parquet")
    return {(str(r["note_id"]), r["label"], int(r["start"]), int(r["end"])):
            {k: _value(v) for k, v in r.items()} for r in table.to_dict("records")}


def _gold_mentions(gold) -> dict[tuple, dict]:
    out = {}
    for note_id, document in gold.documents.items():
        for entity in document.entities.values():
            span = gold_span(entity)
            out[(note_id, span.label, span.start, span.end)] = dict(span.values)
    return out


def _mention_changes(a: dict, b: dict, gold: dict | None, notes: set[str] | None) -> list[MentionChange]:
    out = []
    for key in sorted(set(a) | set(b)):
        note_id, label, start, end = key
        in_gold = None if gold is None or (notes is not None and note_id not in notes) \
            else key in gold
        if key not in a or key not in b:
            row = b.get(key) or a[key]
            change = "gained" if key in b else "lost"
            verdict = "" if in_gold is None else \
                ("fixed" if in_gold == (change == "gained") else "broke")
            out.append(MentionChange(change, note_id, label, start, end, row.get("text") or "",
                                     rule=row.get("rule") or "", verdict=verdict))
            continue
        changed = [name for name in MENTION_ATTRIBUTES if a[key].get(name) != b[key].get(name)]
        if not changed:
            continue
        details = "; ".join(f"{n}: {a[key].get(n)} -> {b[key].get(n)}" for n in changed)
        verdict = ""
        if in_gold:
            scored = [n for n in changed if label in ATTRIBUTE_LABELS.get(n, ())]
            right_a = sum(a[key].get(n) == gold[key].get(n) for n in scored)
            right_b = sum(b[key].get(n) == gold[key].get(n) for n in scored)
            verdict = "fixed" if right_b > right_a else "broke" if right_a > right_b else ""
        out.append(MentionChange("changed", note_id, label, start, end, b[key].get("text") or "",
                                 details, b[key].get("rule") or "", verdict))
    return out


def _describe(mention: dict | None, mention_id: str) -> str:
    if mention is None:
        return mention_id
    return f"{mention['note_id']} [{mention['start']}:{mention['end']}] {mention.get('text')!r}"


def _links(run: Path, mentions: dict[tuple, dict]) -> dict[tuple, dict]:
    by_id = {m["mention_id"]: m for m in mentions.values()}
    out = {}
    for row in _read(run, "links.parquet").to_dict("records"):
        trauma, lesion = by_id.get(row["trauma_id"]), by_id.get(row["lesion_id"])
        key = (str(row["patient_id"]),
               (trauma["note_id"], trauma["start"], trauma["end"]) if trauma else row["trauma_id"],
               (lesion["note_id"], lesion["start"], lesion["end"]) if lesion else row["lesion_id"])
        out[key] = {**{k: _value(v) for k, v in row.items()},
                    "_trauma": _describe(trauma, row["trauma_id"]),
                    "_lesion": _describe(lesion, row["lesion_id"])}
    return out


def _link_changes(a: dict, b: dict) -> list[LinkChange]:
    out = []
    for key in sorted(set(a) | set(b), key=str):
        if key not in a or key not in b:
            row = b.get(key) or a[key]
            change = "gained" if key in b else "lost"
            out.append(LinkChange(change, key[0], row["_trauma"], row["_lesion"],
                                  f"linked={row['linked']}: {row['reason']}"))
            continue
        changed = [n for n in LINK_FIELDS if a[key].get(n) != b[key].get(n)]
        if changed:
            out.append(LinkChange("changed", key[0], b[key]["_trauma"], b[key]["_lesion"],
                                  "; ".join(f"{n}: {a[key].get(n)} -> {b[key].get(n)}"
                                            for n in changed)))
    return out


def _same(field_name: str, x: str, y: str) -> bool:
    if field_name == "sites":
        return _sites(x) == _sites(y)
    if field_name == "trauma_types":
        return _set(x) == _set(y)
    return _norm(x) == _norm(y)


def _patient_changes(a: pd.DataFrame, b: pd.DataFrame, gold: pd.DataFrame | None) -> list[PatientChange]:
    rows_a = {r["patient_id"]: r for r in a.to_dict("records")}
    rows_b = {r["patient_id"]: r for r in b.to_dict("records")}
    truth = {r["patient_id"]: r for r in gold.to_dict("records")} if gold is not None else {}
    out = []
    for patient in sorted(set(rows_a) | set(rows_b)):
        for name in PATIENT_FIELDS:
            before = str(rows_a.get(patient, {}).get(name, ""))
            after = str(rows_b.get(patient, {}).get(name, ""))
            if _same(name, before, after):
                continue
            expected = truth.get(patient, {}).get(name)
            verdict = ""
            if expected is not None:
                right_a, right_b = _same(name, before, expected), _same(name, after, expected)
                verdict = "fixed" if right_b and not right_a else \
                    "broke" if right_a and not right_b else ""
            out.append(PatientChange(patient, name, before, after, expected, verdict))
    return out


def diff_runs(run_a: str | Path, run_b: str | Path, gold: str | Path | None = None) -> RunDiff:
    """Every mention, link and patient-field change from run A to run B (see module doc)."""
    run_a, run_b = Path(run_a), Path(run_b)
    corpus = read_corpus(gold) if gold is not None else None
    gold_mentions = _gold_mentions(corpus) if corpus is not None else None
    annotated = set(corpus.documents) if corpus is not None else None
    mentions_a, mentions_b = _mentions(run_a), _mentions(run_b)
    result = RunDiff(str(run_a), str(run_b), str(gold) if gold is not None else None)
    result.mentions = _mention_changes(mentions_a, mentions_b, gold_mentions, annotated)
    result.links = _link_changes(_links(run_a, mentions_a), _links(run_b, mentions_b))
    result.patients = _patient_changes(_read(run_a, "patients.csv"), _read(run_b, "patients.csv"),
                                       corpus.gold if corpus is not None and not corpus.gold.empty
                                       else None)
    return result

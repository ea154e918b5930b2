"""Inter-annotator agreement between two corpus folders of the same notes: per-label span F1
(exact and overlapping spans), Cohen's kappa on the attributes of spans both annotated, and on
each patient-level field of gold.csv."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

from ..errors import KoebnerError
from ..evaluate.patients import _norm, _set, _sites
from ..records import GOLD_FIELDS, LABELS
from .brat import read_corpus
from .build import FLAG_NAMES

ATTRIBUTES = {**{flag: ("CALCIPHYLAXIS", "LESION", "TRAUMA") for flag in FLAG_NAMES},
              "Region": ("SITE",), "Laterality": ("SITE",), "TraumaType": ("TRAUMA",),
              "Agent": ("TRAUMA",), "timex_value": ("TIMEX",)}


class AgreementError(KoebnerError, ValueError):
    """Two corpora that cannot be compared."""


@dataclass(frozen=True)
class SpanAgreement:
    """Span agreement of one label: counts of spans each annotator marked and of spans they share."""
    label: str
    a: int                 # spans annotator A marked
    b: int
    exact: int             # spans both marked with the same offsets
    overlapping: int       # spans of B overlapping a span of A with the same label

    @property
    def f1(self) -> float | None:
        """Exact-offset F1 between the two annotators (2 * exact / (a + b)); None when neither marked any."""
        return 2 * self.exact / (self.a + self.b) if self.a + self.b else None

    @property
    def lenient_f1(self) -> float | None:
        """F1 counting any same-label overlap as a match; None when neither annotator marked a span."""
        return 2 * self.overlapping / (self.a + self.b) if self.a + self.b else None


@dataclass(frozen=True)
class Kappa:
    """Cohen's kappa and raw agreement of one attribute or patient field over the items both annotated."""
    name: str
    n: int                 # items both annotated
    observed: float | None  # share of items with the same value
    kappa: float | None     # None when undefined (one value only, or no items)


@dataclass
class AgreementResult:
    """Agreement of corpus ``a`` with corpus ``b`` over the ``notes`` both annotated: spans, attributes, patients."""
    a: str
    b: str
    notes: int
    spans: list[SpanAgreement] = field(default_factory=list)
    attributes: list[Kappa] = field(default_factory=list)
    patients: list[Kappa] = field(default_factory=list)


def kappa(name: str, a: list[str], b: list[str]) -> Kappa:
    """Cohen's kappa of the paired values ``a`` and ``b`` (same length, same item order).

    kappa is None when there are no items or only one distinct value; observed is None with no
    items.
    """
    if not a:
        return Kappa(name, 0, None, None)
    observed = sum(x == y for x, y in zip(a, b)) / len(a)
    if len(set(a) | set(b)) < 2:
        return Kappa(name, len(a), observed, None)
    value = float(cohen_kappa_score(a, b))
    return Kappa(name, len(a), observed, None if math.isnan(value) else value)


def _value(entity, name: str) -> str:
    if name == "timex_value":
        return (entity.note or "").strip()
    value = entity.attributes.get(name)
    return "yes" if value is True else (value or "")


def _patient_value(name: str, value: str) -> str:
    if name == "sites":
        return ";".join(sorted(_sites(value)))
    if name == "trauma_types":
        return ";".join(sorted(_set(value)))
    return _norm(value)


def agreement(a_dir: str | Path, b_dir: str | Path) -> AgreementResult:
    """Compare the corpus folders ``a_dir`` and ``b_dir`` on the notes both annotated.

    Raises AgreementError when they share no note or a shared note's text differs between them.
    """
    a, b = read_corpus(a_dir), read_corpus(b_dir)
    shared = sorted(set(a.documents) & set(b.documents))
    if not shared:
        raise AgreementError(f"{a_dir} and {b_dir} have no annotated note in common")
    for note_id in shared:
        if a.documents[note_id].text != b.documents[note_id].text:
            raise AgreementError(f"note {note_id}: brat/{note_id}.txt differs between {a_dir} "
                                 f"and {b_dir}")
    result = AgreementResult(str(a_dir), str(b_dir), len(shared))
    pairs = []
    for label in LABELS:
        n_a = n_b = exact = overlapping = 0
        for note_id in shared:
            spans_a = [e for e in a.documents[note_id].entities.values() if e.label == label]
            spans_b = [e for e in b.documents[note_id].entities.values() if e.label == label]
            n_a, n_b = n_a + len(spans_a), n_b + len(spans_b)
            by_offsets = {(e.start, e.end): e for e in spans_a}
            for e in spans_b:
                if (e.start, e.end) in by_offsets:
                    exact += 1
                    pairs.append((by_offsets[(e.start, e.end)], e))
                if any(x.start < e.end and e.start < x.end for x in spans_a):
                    overlapping += 1
        result.spans.append(SpanAgreement(label, n_a, n_b, exact, overlapping))
    for name, labels in ATTRIBUTES.items():
        relevant = [(x, y) for x, y in pairs if x.label in labels]
        result.attributes.append(kappa(name, [_value(x, name) for x, _ in relevant],
                                       [_value(y, name) for _, y in relevant]))
    gold_a = {r["patient_id"]: r for r in a.gold.to_dict("records")} if not a.gold.empty else {}
    gold_b = {r["patient_id"]: r for r in b.gold.to_dict("records")} if not b.gold.empty else {}
    patients = sorted(set(gold_a) & set(gold_b))
    for name in GOLD_FIELDS:
        result.patients.append(kappa(
            name, [_patient_value(name, gold_a[p].get(name, "")) for p in patients],
            [_patient_value(name, gold_b[p].get(name, "")) for p in patients]))
    return result


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render_agreement(result: AgreementResult) -> str:
    """The agreement as a plain-text report: span F1 per label, then kappa tables; undefined values as '-'."""
    lines = [f"agreement {result.a} vs {result.b}: {result.notes} notes annotated in both", "",
             "label          A     B  exact  F1     overlap F1"]
    for s in result.spans:
        lines.append(f"{s.label:<13}{s.a:>4}  {s.b:>4}  {s.exact:>5}  {_fmt(s.f1):<6} "
                     f"{_fmt(s.lenient_f1)}")
    lines += ["", "attribute (spans both marked)   n  agree  kappa"]
    lines += [f"{k.name:<30}{k.n:>4}  {_fmt(k.observed):<6} {_fmt(k.kappa)}"
              for k in result.attributes]
    lines += ["", "patient field                   n  agree  kappa"]
    lines += [f"{k.name:<30}{k.n:>4}  {_fmt(k.observed):<6} {_fmt(k.kappa)}"
              for k in result.patients]
    lines.append("\nkappa '-': undefined (one value only, or no items)")
    return "\n".join(lines) + "\n"

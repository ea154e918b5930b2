"""Patient-level scoring of patients.csv against gold.csv (contract, "Scoring")."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .errors import LINK_COLUMNS, ErrorItem
from .metrics import PRF, Accuracy

CALCIPHYLAXIS_CLASSES = ("yes", "possible", "no")
RISK_FIELDS = ("esrd", "dialysis", "diabetes", "insulin", "warfarin", "obesity")
INTERVAL_TOLERANCE_DAYS = 7
BMI_TOLERANCE = 0.5
MISSING = "(missing)"  # the predicted value of a gold patient absent from patients.csv


@dataclass(frozen=True)
class Proportion:
    """``count`` out of ``of`` patients; prints as e.g. "3/10 (30.0%)"."""
    count: int
    of: int

    @property
    def value(self) -> float | None:
        """count / of, or None when ``of`` is 0."""
        return self.count / self.of if self.of else None

    def __str__(self) -> str:
        return f"{self.count}/{self.of} ({self.value:.1%})" if self.of else f"{self.count}/0 (undefined)"

    def to_dict(self) -> dict[str, Any]:
        """Count, denominator and value as a JSON-ready dict."""
        return {"count": self.count, "of": self.of, "value": self.value}


@dataclass
class PatientScores:
    """Patient-level scores of patients.csv against gold.csv, one counter per scored field."""
    gold_patients: int = 0
    missing_patients: int = 0  # in gold.csv, not in patients.csv: wrong on every field
    extra_patients: int = 0  # in patients.csv, not in gold.csv (or outside the split): ignored
    calciphylaxis: Accuracy = field(default_factory=Accuracy)
    calciphylaxis_yes: PRF = field(default_factory=PRF)
    # confusion[gold][predicted], predicted may be MISSING or any value the run wrote
    calciphylaxis_confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    koebner_yes: PRF = field(default_factory=PRF)
    both_koebner_yes: int = 0
    trauma_types: Accuracy = field(default_factory=Accuracy)
    sites_regions: Accuracy = field(default_factory=Accuracy)
    sites_region_laterality: Accuracy = field(default_factory=Accuracy)
    interval_days: Accuracy = field(default_factory=Accuracy)
    risk_factors: dict[str, Accuracy] = field(
        default_factory=lambda: {name: Accuracy() for name in RISK_FIELDS})
    bmi: Accuracy = field(default_factory=Accuracy)

    def koebner_proportion(self) -> tuple[Proportion, Proportion]:
        """The case-series figure, gold and predicted: Koebner-yes patients among the
        calciphylaxis-yes ones (a gold patient missing from the output counts as no)."""
        c, k = self.calciphylaxis_yes, self.koebner_yes
        return Proportion(k.tp + k.fn, c.tp + c.fn), Proportion(k.tp + k.fp, c.tp + c.fp)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of every score, the Koebner proportions included."""
        gold_share, predicted_share = self.koebner_proportion()
        return {
            "gold_patients": self.gold_patients,
            "koebner_proportion": {"gold": gold_share.to_dict(), "predicted": predicted_share.to_dict()},
            "missing_patients": self.missing_patients,
            "extra_patients": self.extra_patients,
            "calciphylaxis": self.calciphylaxis.to_dict(),
            "calciphylaxis_yes": self.calciphylaxis_yes.to_dict(),
            "calciphylaxis_confusion": self.calciphylaxis_confusion,
            "koebner_yes": self.koebner_yes.to_dict(),
            "both_koebner_yes": self.both_koebner_yes,
            "trauma_types": self.trauma_types.to_dict(),
            "sites_regions": self.sites_regions.to_dict(),
            "sites_region_laterality": self.sites_region_laterality.to_dict(),
            "interval_days": self.interval_days.to_dict(),
            "risk_factors": {k: v.to_dict() for k, v in self.risk_factors.items()},
            "bmi": self.bmi.to_dict(),
        }


def _norm(value: Any) -> str:
    return "" if value is None else str(value).strip().lower()


def _set(value: Any) -> frozenset[str]:
    return frozenset(part.strip().lower() for part in str(value or "").split(";") if part.strip())


def _sites(value: Any) -> frozenset[str]:
    """``region:laterality`` items; a bare region reads as ``region:unspecified``."""
    items = set()
    for item in _set(value):
        region, _, side = item.partition(":")
        items.add(f"{region.strip()}:{side.strip() or 'unspecified'}")
    return frozenset(items)


def _number(value: Any, where: str) -> float | None:
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValueError(f"{where}: {text!r} is not a number") from None


def _within(gold: float | None, pred: float | None, tolerance: float) -> bool:
    """Both unknown is right; one unknown is wrong; otherwise within ``tolerance``."""
    if gold is None or pred is None:
        return gold is None and pred is None
    return abs(gold - pred) <= tolerance + 1e-9


def _links_of(links: pd.DataFrame | None, patient_id: str) -> list[dict[str, Any]]:
    if links is None or "patient_id" not in links.columns:
        return []
    rows = links[links["patient_id"].astype(str) == patient_id]
    cols = [c for c in LINK_COLUMNS if c in rows.columns]
    out = []
    for record in rows[cols].to_dict("records"):
        out.append({k: (v.item() if hasattr(v, "item") else v) for k, v in record.items()})
    return out


def score_patients(
    gold: pd.DataFrame, predicted: pd.DataFrame, links: pd.DataFrame | None = None
) -> tuple[PatientScores, list[ErrorItem]]:
    """``gold`` and ``predicted`` are read as text (``dtype=str``, empty cells as "")."""
    scores = PatientScores(gold_patients=len(gold))
    errors: list[ErrorItem] = []
    pred_by_id = {str(r["patient_id"]): r for r in predicted.to_dict("records")}
    gold_ids = {str(p) for p in gold["patient_id"]}
    scores.extra_patients = len(set(pred_by_id) - gold_ids)
    scores.calciphylaxis_confusion = {c: {} for c in CALCIPHYLAXIS_CLASSES}

    for row_no, g in enumerate(gold.to_dict("records")):
        patient_id = str(g["patient_id"])
        p = pred_by_id.get(patient_id)
        wrong: list[tuple[str, Any, Any]] = []

        def record(name: str, ok: bool, gold_value: Any, pred_value: Any) -> None:
            if not ok:
                wrong.append((name, gold_value, pred_value))

        gold_calci = _norm(g["calciphylaxis"])
        pred_calci = _norm(p["calciphylaxis"]) if p is not None else MISSING
        confusion = scores.calciphylaxis_confusion.setdefault(gold_calci, {})
        confusion[pred_calci] = confusion.get(pred_calci, 0) + 1

        if p is None:
            scores.missing_patients += 1
            scores.calciphylaxis.add(False)
            scores.calciphylaxis_yes.fn += gold_calci == "yes"
            scores.koebner_yes.fn += _norm(g["koebner"]) == "yes"
            for name in RISK_FIELDS:
                scores.risk_factors[name].add(False)
            scores.bmi.add(False)
            errors.append(ErrorItem("patient", patient_id, None, {
                "field": "patient", "gold": "in gold.csv", "predicted": "missing from patients.csv",
                "links": _links_of(links, patient_id)}))
            continue

        ok = gold_calci == pred_calci
        scores.calciphylaxis.add(ok)
        record("calciphylaxis", ok, g["calciphylaxis"], p["calciphylaxis"])
        _count_yes(scores.calciphylaxis_yes, gold_calci, pred_calci)

        gold_k, pred_k = _norm(g["koebner"]), _norm(p["koebner"])
        _count_yes(scores.koebner_yes, gold_k, pred_k)
        record("koebner", gold_k == pred_k, g["koebner"], p["koebner"])
        if gold_k == "yes" and pred_k == "yes":
            scores.both_koebner_yes += 1
            ok = _set(g["trauma_types"]) == _set(p["trauma_types"])
            scores.trauma_types.add(ok)
            record("trauma_types", ok, g["trauma_types"], p["trauma_types"])
            gold_sites, pred_sites = _sites(g["sites"]), _sites(p["sites"])
            ok = {s.split(":")[0] for s in gold_sites} == {s.split(":")[0] for s in pred_sites}
            scores.sites_regions.add(ok)
            record("sites (regions)", ok, g["sites"], p["sites"])
            ok = gold_sites == pred_sites
            scores.sites_region_laterality.add(ok)
            record("sites (region:laterality)", ok, g["sites"], p["sites"])
            ok = _within(_number(g["interval_days"], f"gold.csv row {row_no} interval_days"),
                         _number(p["interval_days"], f"patients.csv {patient_id} interval_days"),
                         INTERVAL_TOLERANCE_DAYS)
            scores.interval_days.add(ok)
            record("interval_days", ok, g["interval_days"], p["interval_days"])

        for name in RISK_FIELDS:
            ok = _norm(g[name]) == _norm(p[name])
            scores.risk_factors[name].add(ok)
            record(name, ok, g[name], p[name])
        ok = _within(_number(g["bmi"], f"gold.csv row {row_no} bmi"),
                     _number(p["bmi"], f"patients.csv {patient_id} bmi"), BMI_TOLERANCE)
        scores.bmi.add(ok)
        record("bmi", ok, g["bmi"], p["bmi"])

        if wrong:
            patient_links = _links_of(links, patient_id)
            for name, gold_value, pred_value in wrong:
                errors.append(ErrorItem("patient", patient_id, None, {
                    "field": name, "gold": gold_value, "predicted": pred_value,
                    "links": patient_links}))
    return scores, errors


def _count_yes(prf: PRF, gold: str, pred: str) -> None:
    if gold == "yes" and pred == "yes":
        prf.tp += 1
    elif pred == "yes":
        prf.fp += 1
    elif gold == "yes":
        prf.fn += 1

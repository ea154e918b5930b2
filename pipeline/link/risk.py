"""Patient-level risk factors from the risk-factor statements of facts.parquet (guidelines
section 4): yes when any note affirms it; dialysis and BMI as last stated."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

YES_NO_FACTS = ("esrd", "diabetes", "insulin", "warfarin", "obesity")
OBESITY_BMI = 30.0


@dataclass(frozen=True)
class RiskFactors:
    """A patient's risk factors as patients.csv writes them (yes/no; dialysis none/HD/PD; bmi in kg/m2).

    ``evidence`` lists the note_ids of the statements behind them, first seen first.
    """
    esrd: str = "no"
    dialysis: str = "none"
    diabetes: str = "no"
    insulin: str = "no"
    warfarin: str = "no"
    obesity: str = "no"
    bmi: float | None = None
    evidence: tuple[str, ...] = ()


def _bmi(value: str, row_label: str) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"facts.parquet {row_label}: BMI value {value!r} is not a number") from None
    return number


def patient_risk_factors(facts: pd.DataFrame) -> RiskFactors:
    """``facts``: one patient's rows (fact, value, note_date, note_id, start)."""
    if facts.empty:
        return RiskFactors()
    ordered = facts.sort_values(["note_date", "note_id", "start"], kind="stable")
    affirmed = {f: False for f in YES_NO_FACTS}
    modality, bmi, evidence = None, None, []
    for row in ordered.itertuples():
        fact, value = str(row.fact), str(row.value)
        if fact in affirmed and value == "yes":
            affirmed[fact] = True
            evidence.append(row.note_id)
        elif fact == "dialysis" and value in ("HD", "PD"):
            modality = value
            evidence.append(row.note_id)
        elif fact == "bmi":
            bmi = _bmi(value, f"row {row.Index} (note {row.note_id})")
    esrd = affirmed["esrd"] or modality is not None
    obese = affirmed["obesity"] or (bmi is not None and bmi >= OBESITY_BMI)
    yn = {True: "yes", False: "no"}
    return RiskFactors(
        esrd=yn[esrd], dialysis=modality or "none", diabetes=yn[affirmed["diabetes"]],
        insulin=yn[affirmed["insulin"]], warfarin=yn[affirmed["warfarin"]], obesity=yn[obese],
        bmi=bmi, evidence=tuple(dict.fromkeys(evidence)),
    )

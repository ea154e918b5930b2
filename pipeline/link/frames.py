"""Checking and normalizing the run-folder tables the linker reads (contract v1)."""
from __future__ import annotations

from datetime import date

import pandas as pd

from ..errors import KoebnerError

REQUIRED = {
    "notes": ("patient_id", "note_id", "note_date", "text"),
    "mentions": (
        "patient_id", "note_id", "mention_id", "label", "start", "end", "text", "section",
        "negated", "uncertain", "historical", "hypothetical", "family", "region", "laterality",
        "trauma_type", "agent", "timex_value", "event_date",
    ),
    "relations": ("patient_id", "note_id", "type", "arg1", "arg2"),
    "facts": ("patient_id", "note_id", "note_date", "fact", "value", "start"),
}
FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")


class RunTableError(KoebnerError, ValueError):
    """A run-folder table lacks a column or holds a value the linker cannot read."""


def _dates(frame: pd.DataFrame, table: str) -> pd.Series:
    out = []
    for position, value in enumerate(frame["note_date"]):
        if isinstance(value, pd.Timestamp):
            out.append(value.date())
        elif isinstance(value, date):
            out.append(value)
        else:
            try:
                out.append(pd.Timestamp(str(value)).date())
            except (ValueError, TypeError):
                raise RunTableError(
                    f"{table} row {position} (note {frame['note_id'].iloc[position]}): "
                    f"note_date {value!r} is not a date"
                ) from None
    return pd.Series(out, index=frame.index, dtype=object)


def check(frame: pd.DataFrame | None, table: str) -> pd.DataFrame:
    """A copy of ``frame`` with ids as text and dates as ``datetime.date``; an empty table with
    the right columns when ``frame`` is None."""
    columns = REQUIRED[table]
    if frame is None:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise RunTableError(f"{table}: missing column(s) {', '.join(missing)}")
    frame = frame.reset_index(drop=True).copy()
    for column in ("patient_id", "note_id"):
        blank = frame[column].isna() | (frame[column].astype(str).str.strip() == "")
        if blank.any():
            row = int(blank.idxmax())
            raise RunTableError(f"{table} row {row}: {column} is empty")
        frame[column] = frame[column].astype(str)
    if "note_date" in frame.columns and table in ("notes", "facts"):
        frame["note_date"] = _dates(frame, table)
    if table == "mentions":
        for flag in FLAGS:
            frame[flag] = frame[flag].fillna(False).astype(bool)
        frame["mention_id"] = frame["mention_id"].astype(str)
    if table == "notes":
        duplicated = frame["note_id"].duplicated()
        if duplicated.any():
            row = int(duplicated.idxmax())
            raise RunTableError(f"notes row {row}: note_id {frame['note_id'].iloc[row]} appears twice")
    return frame

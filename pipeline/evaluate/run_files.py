"""Reading a run folder (contract "Output: a run folder") for scoring.

Each file is optional: a run may have stopped after extraction. Values are normalised here once
(empty strings and nulls become ``None``, flags become ``bool``) so the scorers compare like with
like.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.records import ASSERTION_FLAGS, GOLD_FIELDS

from ..errors import KoebnerError

MENTION_REQUIRED = ("note_id", "mention_id", "label", "start", "end")
RELATION_REQUIRED = ("note_id", "type", "arg1", "arg2")
PATIENT_REQUIRED = ("patient_id",)


class RunFormatError(KoebnerError, ValueError):
    """A run-folder file that cannot be scored: the message names the file, row and problem."""


@dataclass
class RunFolder:
    """The run-folder files that are scored, each None when the file is absent."""
    root: Path
    mentions: pd.DataFrame | None
    relations: pd.DataFrame | None
    patients: pd.DataFrame | None
    links: pd.DataFrame | None


def optional_str(value: Any) -> str | None:
    """``None`` for null, NaN and blank values; otherwise the stripped string."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    text = str(value).strip()
    return text or None


def as_flag(value: Any, where: str) -> bool:
    """A flag cell as a bool: null, NaN, blank, "false", "0", "no" are False; "true", "1", "yes" True.

    Raises RunFormatError naming ``where`` for anything else.
    """
    if value is None or value is pd.NA:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    if isinstance(value, (bool, int)) or hasattr(value, "item"):
        return bool(value)
    text = str(value).strip().lower()
    if text in ("true", "1", "yes"):
        return True
    if text in ("false", "0", "no", ""):
        return False
    raise RunFormatError(f"{where}: flag value {value!r} is not a boolean")


def _require(frame: pd.DataFrame, columns: tuple[str, ...], name: str) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise RunFormatError(f"{name}: missing required column(s) {', '.join(missing)}")


def _clean_mentions(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    _require(frame, MENTION_REQUIRED, name)
    frame = frame.copy()
    for col in ("note_id", "mention_id", "label"):
        frame[col] = frame[col].map(optional_str)
    starts, ends = [], []
    for row, (start, end) in enumerate(zip(frame["start"], frame["end"])):
        where = f"{name} row {row}"
        try:
            s, e = int(start), int(end)
        except (TypeError, ValueError):
            raise RunFormatError(f"{where}: start/end {start!r}/{end!r} are not integers") from None
        if s < 0 or e < s:
            raise RunFormatError(f"{where}: span {s}-{e} is not a valid character range")
        if frame["note_id"].iat[row] is None or frame["label"].iat[row] is None:
            raise RunFormatError(f"{where}: note_id and label must not be empty")
        starts.append(s)
        ends.append(e)
    frame["start"], frame["end"] = starts, ends
    for flag in ASSERTION_FLAGS:
        values = frame[flag] if flag in frame.columns else [False] * len(frame)
        frame[flag] = [as_flag(v, f"{name} row {i} column {flag}") for i, v in enumerate(values)]
    for col in ("patient_id", "text", "region", "laterality", "trauma_type", "agent",
                "timex_value", "rule"):
        values = frame[col] if col in frame.columns else [None] * len(frame)
        frame[col] = [optional_str(v) for v in values]
    for col in ("region", "laterality", "trauma_type"):
        frame[col] = [v.lower() if v else v for v in frame[col]]
    dup = frame["mention_id"].duplicated(keep=False) & frame["mention_id"].notna()
    if dup.any():
        first = int(dup.to_numpy().nonzero()[0][0])
        raise RunFormatError(
            f"{name} row {first}: mention_id {frame['mention_id'].iat[first]!r} is not unique"
        )
    return frame


def _clean_relations(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    _require(frame, RELATION_REQUIRED, name)
    frame = frame.copy()
    for col in RELATION_REQUIRED:
        frame[col] = frame[col].map(optional_str)
    for row in range(len(frame)):
        if any(frame[c].iat[row] is None for c in RELATION_REQUIRED):
            raise RunFormatError(f"{name} row {row}: note_id, type, arg1 and arg2 must be set")
    frame["type"] = frame["type"].str.upper()
    return frame


def _read_patients(path: Path) -> pd.DataFrame:
    # Read as text: "yes"/"no" must not turn into booleans, nor ids into numbers.
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    _require(frame, PATIENT_REQUIRED, path.name)
    missing = [f for f in GOLD_FIELDS if f not in frame.columns]
    if missing:
        raise RunFormatError(f"{path.name}: missing gold field column(s) {', '.join(missing)}")
    dup = frame["patient_id"].duplicated()
    if dup.any():
        row = int(dup.to_numpy().nonzero()[0][0])
        raise RunFormatError(f"{path.name} row {row}: patient_id {frame['patient_id'].iat[row]!r} "
                             "appears more than once")
    return frame


def read_run(root: str | Path) -> RunFolder:
    """Read and check the scored files of the run folder ``root``.

    Raises RunFormatError when the folder does not exist or a file has a bad row.
    """
    root = Path(root)
    if not root.is_dir():
        raise RunFormatError(f"run folder {root} does not exist")

    def parquet(name: str) -> pd.DataFrame | None:
        path = root / name
        return pd.read_parquet(path) if path.exists() else None

    mentions = parquet("mentions.parquet")
    relations = parquet("relations.parquet")
    links = parquet("links.parquet")
    patients_path = root / "patients.csv"
    return RunFolder(
        root=root,
        mentions=_clean_mentions(mentions, "mentions.parquet") if mentions is not None else None,
        relations=_clean_relations(relations, "relations.parquet") if relations is not None else None,
        patients=_read_patients(patients_path) if patients_path.exists() else None,
        links=links,
    )

"""Reading a run folder for statistics: ``patients.csv``, ``links.parquet`` and demographics.

Values are validated here, once, so the statistics can trust them. A bad value raises
:class:`RunInputError` naming the file, the line and the problem (never the note text).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import KoebnerError
from ..records import GOLD_FIELDS

CALCIPHYLAXIS_VALUES = ("yes", "possible", "no")
YES_NO = ("yes", "no")
DIALYSIS_VALUES = ("HD", "PD", "none")
YES_NO_FIELDS = ("koebner", "esrd", "diabetes", "insulin", "warfarin", "obesity")
NUMERIC_FIELDS = ("interval_days", "bmi")
PATIENT_COLUMNS = ("patient_id", *GOLD_FIELDS)
LINK_COLUMNS = (
    "patient_id", "trauma_id", "lesion_id", "trauma_type", "region", "trauma_laterality",
    "lesion_laterality", "site_match", "trauma_date", "lesion_onset", "order", "interval_days",
    "score", "linked", "reason",
)


class RunInputError(KoebnerError, ValueError):
    """A run-folder file is missing, lacks columns, or holds a value outside the contract."""


@dataclass
class RunTables:
    """The run-folder tables statistics are computed from, checked against the contract."""
    patients: pd.DataFrame  # one row per patient, contract values, numbers as float (NaN = missing)
    links: pd.DataFrame | None  # None when the run has no links.parquet
    demographics: pd.DataFrame | None  # indexed like patients, extra columns kept as read
    notes: list[str] = field(default_factory=list)  # remarks that belong in summary.json


def _line(index: int) -> int:
    # Data row i of a CSV sits on line i + 2 (line 1 is the header): the number an editor shows.
    return index + 2


def read_patients(path: Path) -> pd.DataFrame:
    """patients.csv checked against the contract, text stripped, numeric fields as float (NaN = missing).

    Raises RunInputError naming the file, row and problem when it is missing, lacks a column,
    repeats a patient or holds a value outside the contract.
    """
    if not path.is_file():
        raise RunInputError(f"{path}: file not found (a run folder must hold patients.csv)")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in PATIENT_COLUMNS if c not in frame.columns]
    if missing:
        raise RunInputError(f"{path}: missing column(s) {', '.join(missing)}")
    frame = frame.copy()
    for column in frame.columns:
        frame[column] = frame[column].str.strip()
    _check_patient_ids(frame, path)
    _check_choices(frame, "calciphylaxis", CALCIPHYLAXIS_VALUES, path, allow_empty=False)
    for column in YES_NO_FIELDS:
        # An empty risk factor means "not known" and is counted as missing, not as "no".
        _check_choices(frame, column, YES_NO, path, allow_empty=column != "koebner")
    _check_choices(frame, "dialysis", DIALYSIS_VALUES, path, allow_empty=True)
    for column in NUMERIC_FIELDS:
        frame[column] = _to_numbers(frame, column, path)
    return frame


def _check_choices(frame: pd.DataFrame, column: str, allowed: tuple[str, ...], path: Path,
                   allow_empty: bool) -> None:
    for i, value in enumerate(frame[column]):
        if value == "" and allow_empty:
            continue
        if value not in allowed:
            shown = "empty" if value == "" else repr(value)
            raise RunInputError(
                f"{path} line {_line(i)} (patient_id {frame['patient_id'].iat[i]!r}): {column} is "
                f"{shown}, expected one of {'/'.join(allowed)}"
            )


def _to_numbers(frame: pd.DataFrame, column: str, path: Path) -> pd.Series:
    values = []
    for i, text in enumerate(frame[column]):
        if text == "":
            values.append(math.nan)
            continue
        try:
            number = float(text)
        except ValueError:
            raise RunInputError(
                f"{path} line {_line(i)} (patient_id {frame['patient_id'].iat[i]!r}): {column} "
                f"{text!r} is not a number"
            ) from None
        if not math.isfinite(number):
            raise RunInputError(
                f"{path} line {_line(i)} (patient_id {frame['patient_id'].iat[i]!r}): {column} "
                f"{text!r} is not a finite number"
            )
        values.append(number)
    return pd.Series(values, index=frame.index, dtype=float)


def read_links(path: Path) -> pd.DataFrame | None:
    """links.parquet, or None when the run has none; raises RunInputError when a contract column is missing."""
    if not path.is_file():
        return None
    frame = pd.read_parquet(path)
    missing = [c for c in LINK_COLUMNS if c not in frame.columns]
    if missing:
        raise RunInputError(f"{path}: missing column(s) {', '.join(missing)}")
    return frame


def read_demographics(path: Path, patients: pd.DataFrame, notes: list[str]) -> pd.DataFrame:
    """Demographics aligned to the patients (one row per patient; absent patients all missing)."""
    if not path.is_file():
        raise RunInputError(f"{path}: demographics file not found")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "patient_id" not in frame.columns:
        raise RunInputError(f"{path}: missing column patient_id")
    frame = frame.apply(lambda col: col.str.strip())
    _check_patient_ids(frame, path)
    if "age" in frame.columns:
        for i, text in enumerate(frame["age"]):
            if text == "":
                continue
            try:
                age = float(text)
            except ValueError:
                raise RunInputError(
                    f"{path} line {_line(i)} (patient_id {frame['patient_id'].iat[i]!r}): age "
                    f"{text!r} is not a number"
                ) from None
            if not 0 <= age < 130:
                raise RunInputError(
                    f"{path} line {_line(i)} (patient_id {frame['patient_id'].iat[i]!r}): age "
                    f"{text!r} is outside 0-129"
                )
    known = set(patients["patient_id"])
    unknown = sorted(set(frame["patient_id"]) - known)
    if unknown:
        notes.append(f"{len(unknown)} demographics row(s) name patients not in patients.csv; ignored")
    absent = sorted(known - set(frame["patient_id"]))
    if absent:
        notes.append(f"{len(absent)} patient(s) have no demographics row; counted as missing")
    aligned = patients[["patient_id"]].merge(frame, on="patient_id", how="left")
    return aligned.fillna("")


def read_run(run_dir: Path, demographics: Path | None = None) -> RunTables:
    """Read and check a run folder for statistics, with an optional demographics CSV.

    Raises RunInputError when the folder or patients.csv is missing or a file breaks the contract.
    """
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise RunInputError(f"{run_dir}: run folder not found")
    notes: list[str] = []
    patients = read_patients(run_dir / "patients.csv")
    links = read_links(run_dir / "links.parquet")
    if links is None:
        notes.append("links.parquet not found: timelines use patients.csv dates only")
    demo = None
    if demographics is not None:
        demo = read_demographics(Path(demographics), patients, notes)
    return RunTables(patients=patients, links=links, demographics=demo, notes=notes)


def read_site_mentions(run_dir: Path) -> pd.DataFrame | None:
    """Affirmed LESION/TRAUMA mentions joined to their SITE through LOCATION relations.

    Returns one row per (patient_id, kind, region, laterality), or None when the run has no
    mentions/relations files. Used only to draw where lesions and traumas were found.
    """
    mentions_path, relations_path = run_dir / "mentions.parquet", run_dir / "relations.parquet"
    if not (mentions_path.is_file() and relations_path.is_file()):
        return None
    wanted = ["patient_id", "note_id", "mention_id", "label", "negated", "uncertain",
              "hypothetical", "family", "region", "laterality"]
    mentions = pd.read_parquet(mentions_path)
    missing = [c for c in wanted if c not in mentions.columns]
    if missing:
        raise RunInputError(f"{mentions_path}: missing column(s) {', '.join(missing)}")
    relations = pd.read_parquet(relations_path)
    missing = [c for c in ("patient_id", "note_id", "type", "arg1", "arg2") if c not in relations.columns]
    if missing:
        raise RunInputError(f"{relations_path}: missing column(s) {', '.join(missing)}")
    mentions = mentions[wanted]
    flags = mentions[["negated", "uncertain", "hypothetical", "family"]].fillna(False).astype(bool)
    events = mentions[mentions["label"].isin(["LESION", "TRAUMA"]) & ~flags.any(axis=1)]
    sites = mentions[mentions["label"] == "SITE"]
    located = relations[relations["type"] == "LOCATION"]
    # mention_id is unique within a note; join on the note too so ids reused across notes are safe
    joined = located.merge(
        events[["patient_id", "note_id", "mention_id", "label"]],
        left_on=["patient_id", "note_id", "arg1"], right_on=["patient_id", "note_id", "mention_id"],
    ).merge(
        sites[["patient_id", "note_id", "mention_id", "region", "laterality"]],
        left_on=["patient_id", "note_id", "arg2"], right_on=["patient_id", "note_id", "mention_id"],
    )
    joined = joined[joined["region"].notna() & (joined["region"].astype(str) != "")]
    out = joined[["patient_id", "label", "region", "laterality"]].copy()
    out["kind"] = out.pop("label").str.lower()
    return out.drop_duplicates().reset_index(drop=True)


def _check_patient_ids(frame: pd.DataFrame, path) -> None:
    """Every row names a patient, and no patient has two rows."""
    seen: dict[str, int] = {}
    for i, pid in enumerate(frame["patient_id"]):
        if not pid:
            raise RunInputError(f"{path} line {_line(i)}: empty patient_id")
        if pid in seen:
            raise RunInputError(
                f"{path} line {_line(i)}: patient_id {pid!r} repeats line {_line(seen[pid])}"
            )
        seen[pid] = i

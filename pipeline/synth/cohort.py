"""Generate and write a synthetic cohort in the contract's input format, in bounded chunks."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pandas as pd

from .compose import compose_note, note_dates, patient_context, plan_notes
from .profiles import CohortShares, PatientProfile, make_profile
from .vocabulary import NOTE_TYPES

NOTE_COLUMNS = ("patient_id", "note_id", "note_date", "note_type", "text")
DEMOGRAPHIC_COLUMNS = ("patient_id", "age", "sex")
DEFAULT_CHUNK_PATIENTS = 2_000
FORMATS = (".csv", ".parquet")


@dataclass(frozen=True)
class CohortChunk:
    """The notes table of a run of patients and the profiles (the generator's truth) they were written from."""
    notes: pd.DataFrame
    profiles: list[PatientProfile]


@dataclass(frozen=True)
class CohortSummary:
    """What write_cohort wrote: the two files, counts of patients, notes and text bytes, patients per group."""
    notes_path: Path
    demographics_path: Path
    patients: int
    notes: int
    text_bytes: int
    groups: dict[str, int]


def patient_notes(profile: PatientProfile, rng) -> list[tuple[str, str, str, str, str]]:
    """The notes of one patient as (patient_id, note_id, note_date, note_type, text) rows, in date order.

    Everything is drawn from ``rng``, so the same generator state gives the same notes.
    """
    plan = plan_notes(profile, rng)
    dates = note_dates(profile, plan, rng)
    onset = None
    for (_, role), day in zip(plan, dates):
        if role == "onset":
            onset = day - timedelta(days=rng.randint(7, 42))
    ctx = patient_context(profile)
    rows, carried = [], None
    for k, ((kind, role), day) in enumerate(zip(plan, dates), start=1):
        text, carried = compose_note(kind, role, profile, day, onset, rng, ctx, carried)
        rows.append((profile.patient_id, f"{profile.patient_id}-{k:02d}", day.isoformat(),
                     NOTE_TYPES[kind], text))
    return rows


def iter_chunks(n_patients: int, seed: int, shares: CohortShares | None = None,
                chunk_patients: int = DEFAULT_CHUNK_PATIENTS) -> Iterator[CohortChunk]:
    """Notes and profiles, ``chunk_patients`` patients at a time; patient ``i`` is fixed by the seed."""
    if n_patients < 0:
        raise ValueError(f"n_patients must be >= 0, got {n_patients}")
    if chunk_patients < 1:
        raise ValueError(f"chunk_patients must be >= 1, got {chunk_patients}")
    shares = shares or CohortShares()
    for first in range(0, n_patients, chunk_patients):
        rows, profiles = [], []
        for index in range(first, min(first + chunk_patients, n_patients)):
            profile, rng = make_profile(seed, index, shares)
            profiles.append(profile)
            rows.extend(patient_notes(profile, rng))
        yield CohortChunk(pd.DataFrame(rows, columns=list(NOTE_COLUMNS)), profiles)


def generate_cohort(n_patients: int, seed: int, calciphylaxis_share: float = 0.02,
                    koebner_share: float = 0.005, ruled_out_share: float = 0.01,
                    chunk_patients: int = DEFAULT_CHUNK_PATIENTS) -> Iterator[pd.DataFrame]:
    """Yield note tables (patient_id, note_id, note_date, note_type, text) chunk by chunk."""
    shares = CohortShares(calciphylaxis_share, koebner_share, ruled_out_share)
    for chunk in iter_chunks(n_patients, seed, shares, chunk_patients):
        yield chunk.notes


def cohort_profiles(n_patients: int, seed: int, calciphylaxis_share: float = 0.02,
                    koebner_share: float = 0.005, ruled_out_share: float = 0.01) -> list[PatientProfile]:
    """The generator's truth about each patient (group, sites, trauma), without composing notes."""
    shares = CohortShares(calciphylaxis_share, koebner_share, ruled_out_share)
    return [make_profile(seed, i, shares)[0] for i in range(n_patients)]


def _demographics_frame(profiles: list[PatientProfile]) -> pd.DataFrame:
    """The demographics table (patient_id, age, sex) of ``profiles``."""
    return pd.DataFrame([(p.patient_id, p.age, p.sex) for p in profiles],
                        columns=list(DEMOGRAPHIC_COLUMNS))


def default_demographics_path(notes_path: Path) -> Path:
    """Where the demographics go by default: ``<notes stem>.demographics.csv`` beside the notes file."""
    return notes_path.with_name(f"{notes_path.stem}.demographics.csv")


def write_cohort(path: str | Path, n_patients: int, seed: int, calciphylaxis_share: float = 0.02,
                 koebner_share: float = 0.005, ruled_out_share: float = 0.01,
                 demographics_path: str | Path | None = None,
                 chunk_patients: int = DEFAULT_CHUNK_PATIENTS) -> CohortSummary:
    """Write notes to ``path`` (.csv or .parquet) and demographics to a CSV beside it.

    Output is byte-identical for the same arguments: rows come in patient order, and the
    writers add no timestamps.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: output must end in .csv or .parquet, not {suffix or '(none)'!r}")
    demo_path = Path(demographics_path) if demographics_path else default_demographics_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    demo_path.parent.mkdir(parents=True, exist_ok=True)
    shares = CohortShares(calciphylaxis_share, koebner_share, ruled_out_share)
    writer = _ParquetNotes(path) if suffix == ".parquet" else _CsvTable(path)
    demographics = _CsvTable(demo_path)
    n_notes = n_bytes = 0
    groups: dict[str, int] = {}
    try:
        for chunk in iter_chunks(n_patients, seed, shares, chunk_patients):
            writer.write(chunk.notes)
            demographics.write(_demographics_frame(chunk.profiles))
            n_notes += len(chunk.notes)
            n_bytes += int(chunk.notes["text"].str.len().sum()) if len(chunk.notes) else 0
            for profile in chunk.profiles:
                groups[profile.group] = groups.get(profile.group, 0) + 1
        if n_patients == 0:
            writer.write(pd.DataFrame(columns=list(NOTE_COLUMNS)))
            demographics.write(pd.DataFrame(columns=list(DEMOGRAPHIC_COLUMNS)))
    finally:
        writer.close()
        demographics.close()
    return CohortSummary(path, demo_path, n_patients, n_notes, n_bytes, groups)


class _CsvTable:
    def __init__(self, path: Path):
        self.handle = path.open("w", encoding="utf-8", newline="")
        self.header = True

    def write(self, frame: pd.DataFrame) -> None:
        frame.to_csv(self.handle, index=False, header=self.header, lineterminator="\n")
        self.header = False

    def close(self) -> None:
        self.handle.close()


class _ParquetNotes:
    def __init__(self, path: Path):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        self.schema = pa.schema([
            ("patient_id", pa.string()), ("note_id", pa.string()), ("note_date", pa.date32()),
            ("note_type", pa.string()), ("text", pa.string()),
        ])
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")

    def write(self, frame: pd.DataFrame) -> None:
        pa = self.pa
        dates = pd.to_datetime(frame["note_date"]).dt.date if len(frame) else []
        table = pa.Table.from_arrays([
            pa.array(frame["patient_id"].tolist(), pa.string()),
            pa.array(frame["note_id"].tolist(), pa.string()),
            pa.array(list(dates), pa.date32()),
            pa.array(frame["note_type"].tolist(), pa.string()),
            pa.array(frame["text"].tolist(), pa.string()),
        ], schema=self.schema)
        self.writer.write_table(table)

    def close(self) -> None:
        self.writer.close()

"""Public entry points: link a run folder, or link DataFrames."""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..records import GOLD_FIELDS, Link, PatientResult, as_dict, field_names
from .config import LinkerConfig, load_config
from .frames import check
from .patient import account_quarantined, link_patient, quarantined_notes

log = logging.getLogger(__name__)

PATIENT_COLUMNS = ["patient_id", *GOLD_FIELDS, "n_notes", "evidence", "processed",
                   "n_notes_quarantined"]


@dataclass
class LinkResult:
    """What linking produced: the links and patient rows, where they were written, and summary counts.

    ``counts`` holds patients, calciphylaxis_yes/possible/no, koebner_yes, links_considered and
    links_linked; the paths are None when nothing was written (in-memory linking).
    """
    links: list[Link]
    patients: list[PatientResult]
    links_path: Path | None = None
    patients_path: Path | None = None
    config_source: str = ""
    counts: dict[str, int] = field(default_factory=dict)


def link_patients(notes: pd.DataFrame, mentions: pd.DataFrame | None,
                  relations: pd.DataFrame | None, facts: pd.DataFrame | None,
                  config: LinkerConfig | None = None) -> tuple[list[Link], list[PatientResult]]:
    """Link every patient of ``notes`` (also those without a mention) on in-memory tables."""
    config = config or load_config()
    notes, mentions = check(notes, "notes"), check(mentions, "mentions")
    relations, facts = check(relations, "relations"), check(facts, "facts")
    groups = {
        name: dict(tuple(frame.groupby("patient_id", sort=False)))
        for name, frame in (("mentions", mentions), ("relations", relations), ("facts", facts))
    }
    links: list[Link] = []
    patients: list[PatientResult] = []
    for patient_id, patient_notes in notes.groupby("patient_id", sort=True):
        def part(name: str, frame: pd.DataFrame) -> pd.DataFrame:
            return groups[name].get(patient_id, frame.iloc[0:0])
        patient_links, result = link_patient(
            patient_id, patient_notes, part("mentions", mentions), part("relations", relations),
            part("facts", facts), config,
        )
        links += patient_links
        patients.append(result)
    return links, patients


def links_frame(links: list[Link]) -> pd.DataFrame:
    """Links as the links.parquet table (contract columns and types; interval_days nullable Int64)."""
    frame = pd.DataFrame([as_dict(link) for link in links], columns=field_names(Link))
    frame["interval_days"] = frame["interval_days"].astype("Int64")
    frame["score"] = frame["score"].astype(float)
    frame["linked"] = frame["linked"].astype(bool)
    return frame


def patients_frame(patients: list[PatientResult]) -> pd.DataFrame:
    """Patient rows as the patients.csv table, in its column order (interval_days nullable Int64)."""
    frame = pd.DataFrame([as_dict(p) for p in patients], columns=field_names(PatientResult))
    frame["interval_days"] = frame["interval_days"].astype("Int64")
    return frame[PATIENT_COLUMNS]


def _read(run_dir: Path, name: str, required: bool) -> pd.DataFrame | None:
    path = run_dir / f"{name}.parquet"
    if not path.exists():
        if required:
            raise FileNotFoundError(f"{path} not found: is {run_dir} a run folder?")
        log.warning("%s not found; linking without it", path.name)
        return None
    return pd.read_parquet(path)


def link_run(run_dir: str | Path, config: LinkerConfig | str | Path | None = None) -> LinkResult:
    """Read a run folder, write links.parquet and patients.csv next to its inputs."""
    run_dir = Path(run_dir)
    if not isinstance(config, LinkerConfig):
        config = load_config(config)
    notes = _read(run_dir, "notes", required=True)
    links, patients = link_patients(
        notes, _read(run_dir, "mentions", True), _read(run_dir, "relations", True),
        _read(run_dir, "facts", False), config,
    )
    # every input patient gets a row, also one whose notes were all quarantined
    patients = account_quarantined(patients, quarantined_notes(run_dir))
    links_path, patients_path = run_dir / "links.parquet", run_dir / "patients.csv"
    links_frame(links).to_parquet(links_path, index=False)
    patients_frame(patients).to_csv(patients_path, index=False)
    status = Counter(p.calciphylaxis for p in patients)
    counts = {
        "patients": len(patients),
        "calciphylaxis_yes": status["yes"], "calciphylaxis_possible": status["possible"],
        "calciphylaxis_no": status["no"],
        "koebner_yes": sum(p.koebner == "yes" for p in patients),
        "links_considered": len(links), "links_linked": sum(link.linked for link in links),
    }
    log.info("linked %d patients: %s", len(patients), counts)
    return LinkResult(links, patients, links_path, patients_path, config.source, counts)

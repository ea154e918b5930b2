"""Reviewed results back out of the review database: ``koebner export RUN_DIR --adjudicated``.

Writes, by default into ``RUN_DIR/adjudicated/``:

* ``patients.csv``: every patient of the run with the settled values of calciphylaxis and
  koebner in place of the pipeline's, and who decided each (``*_decided_by``: ``pipeline``,
  ``reviewer:NAME``, ``reviewers:A,B`` when they agree, ``adjudicator:NAME``, or
  ``disagreement`` when reviewers differ and nobody has settled: the pipeline value is kept).
  A patient whose settled koebner is ``no`` loses the Koebner details (trauma types, sites,
  dates, interval), which describe the link the reviewers rejected.
* ``links.parquet``: the run's candidate links with ``linked`` set by the reviewers' accept or
  reject of their group, and ``decided_by``. Together with patients.csv this is a run folder
  ``koebner stats`` reads.
* ``gold/``: a gold corpus ``koebner evaluate`` reads (``gold.csv`` and ``notes.csv``) holding
  only the patients whose calciphylaxis and koebner are both settled.
* ``audit.csv`` (the whole audit log) and ``agreement.json`` (Cohen's kappa per field).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from ..records import GOLD_FIELDS
from ..report.folding import fold_links, link_field
from ..report.run_data import RunFrames, build_review_data, read_run_frames
from .agreement import agreement
from .consensus import settle
from .store import DB_NAME, ReviewStore, ReviewStoreError

KOEBNER_DETAILS = ("trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days")
NOTE_COLUMNS = ("patient_id", "note_id", "note_date", "note_type", "text")
GOLD_README = """# Reviewed gold corpus of run {run}

Written by `koebner export --adjudicated`: {n} patient(s) whose calciphylaxis and koebner were
both settled by chart review (agreeing reviewers or an adjudicator). Only those two fields were
reviewed. The other fields of gold.csv (trauma types, sites, dates, interval, risk factors, BMI)
are the pipeline's own values (Koebner details emptied where the reviewed koebner is no), so
scoring the same run against them measures nothing. There is no brat/ folder: mentions were not
reviewed.
"""


@dataclass
class ExportResult:
    """What ``export_adjudicated`` wrote: counts of patients, reviewed and gold-ready ones, and the files.

    ``unresolved`` lists the patients with a disagreement no adjudicator has settled.
    """
    out_dir: Path
    patients: int
    reviewed: int  # patients with any review or adjudication
    gold_patients: int
    unresolved: list[str] = field(default_factory=list)  # patients with an open disagreement
    files: list[Path] = field(default_factory=list)


def export_adjudicated(run_dir: Path | str, out_dir: Path | str | None = None) -> ExportResult:
    """Write the reviewed results of a run to ``out_dir`` (default RUN_DIR/adjudicated).

    Writes patients.csv and links.parquet with settled values and who decided each, gold/ (a gold
    corpus of the fully settled patients), audit.csv and agreement.json. Raises ReviewStoreError
    when the run has no review database.
    """
    run_dir = Path(run_dir)
    if not (run_dir / DB_NAME).is_file():
        raise ReviewStoreError(f"{run_dir / DB_NAME}: no review database (run `koebner serve "
                               f"{run_dir}` and review some patients first)")
    out = Path(out_dir) if out_dir else run_dir / "adjudicated"
    store = ReviewStore.for_run(run_dir)
    reviews, adjudications = store.reviews(), store.adjudications()
    frames = read_run_frames(run_dir)
    raw = pd.read_csv(run_dir / "patients.csv", dtype=str, keep_default_na=False)

    patients = raw.copy()
    decided = {name: [] for name in ("calciphylaxis", "koebner")}
    gold_rows, unresolved, reviewed = [], [], 0
    for i, pid in enumerate(patients["patient_id"]):
        mine, settled_here = reviews.get(pid, {}), adjudications.get(pid, {})
        if mine or settled_here:
            reviewed += 1
        complete = True
        for name in decided:
            result = settle(mine.get(name, {}), settled_here.get(name))
            if result.value is None:
                decided[name].append(result.decided_by or "pipeline")
                complete = False
                if result.decided_by == "disagreement" and pid not in unresolved:
                    unresolved.append(pid)
            else:
                patients.at[i, name] = result.value
                decided[name].append(result.decided_by)
        if patients.at[i, "koebner"] == "no" and decided["koebner"][-1] != "pipeline":
            for column in KOEBNER_DETAILS:
                patients.at[i, column] = ""
        if complete:
            gold_rows.append(i)
    for name, who in decided.items():
        patients[f"{name}_decided_by"] = who

    out.mkdir(parents=True, exist_ok=True)
    files = [out / "patients.csv"]
    patients.to_csv(files[0], index=False)
    if frames.links is not None:
        files.append(out / "links.parquet")
        _reviewed_links(frames, reviews, adjudications).to_parquet(files[-1], index=False)
    gold_dir = out / "gold"
    gold_dir.mkdir(exist_ok=True)
    patients.loc[gold_rows, ["patient_id", *GOLD_FIELDS]].to_csv(gold_dir / "gold.csv", index=False)
    notes = frames.notes
    chosen = set(patients.loc[gold_rows, "patient_id"])
    if notes is not None:
        notes = notes[notes["patient_id"].isin(chosen)].copy()
        if "note_type" not in notes.columns:
            notes["note_type"] = ""
        notes = notes.loc[:, list(NOTE_COLUMNS)]
        notes["note_date"] = notes["note_date"].map(lambda d: str(d)[:10])
    else:
        notes = pd.DataFrame(columns=list(NOTE_COLUMNS))
    notes.sort_values(["patient_id", "note_id"]).to_csv(gold_dir / "notes.csv", index=False)
    (gold_dir / "README.md").write_text(GOLD_README.format(run=run_dir.name, n=len(gold_rows)),
                                        encoding="utf-8")
    files += [gold_dir / "gold.csv", gold_dir / "notes.csv", gold_dir / "README.md"]
    audit = pd.DataFrame([asdict(row) for row in store.audit()],
                         columns=["id", "at", "user", "kind", "patient_id", "field", "old_value",
                                  "new_value", "comment"])
    files.append(out / "audit.csv")
    audit.to_csv(files[-1], index=False)
    files.append(out / "agreement.json")
    files[-1].write_text(json.dumps([a.to_dict() for a in agreement(reviews)], indent=2) + "\n",
                         encoding="utf-8")
    return ExportResult(out, len(patients), reviewed, len(gold_rows), unresolved, files)


def _reviewed_links(frames: RunFrames, reviews: dict, adjudications: dict) -> pd.DataFrame:
    """links.parquet with each group's settled accept/reject applied to all its members."""
    links = frames.links.copy()
    links["linked"] = links["linked"].fillna(False).astype(bool)
    links["decided_by"] = "pipeline"
    row_of = {(str(p), str(t), str(k)): i for i, (p, t, k) in
              enumerate(zip(links["patient_id"], links["trauma_id"], links["lesion_id"]))}
    data = build_review_data(RunFrames(frames.root, frames.patients, None, None, frames.links, None, []))
    for view in data.patients:
        mine, settled_here = reviews.get(view.patient_id, {}), adjudications.get(view.patient_id, {})
        if not mine and not settled_here:
            continue
        for group in fold_links(view.links):
            result = settle(mine.get(group.key, {}), settled_here.get(group.key))
            if result.value is None:
                continue
            for member in group.members:
                i = row_of[(view.patient_id, member.trauma_id, member.lesion_id)]
                links.iat[i, links.columns.get_loc("linked")] = result.value == "accept"
                links.iat[i, links.columns.get_loc("decided_by")] = result.decided_by
    return links


__all__ = ["ExportResult", "export_adjudicated", "link_field"]

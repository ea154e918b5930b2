"""What the review page shows, read from a run folder and grouped per patient.

Only ``patients.csv`` is required; a missing notes, mentions or links file becomes a visible
notice on the page rather than an error, so a partial run can still be reviewed.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..stats.inputs import RunInputError, read_patients

MENTION_COLUMNS = ("patient_id", "note_id", "mention_id", "label", "start", "end")
OPTIONAL_MENTION_COLUMNS = (
    "text", "section", "negated", "uncertain", "historical", "hypothetical", "family", "region",
    "laterality", "trauma_type", "agent", "timex_value", "event_date", "rule", "fact", "value",
)
ATTRIBUTES = ("region", "laterality", "trauma_type", "agent", "timex_value", "event_date", "fact",
              "value")
FACT_COLUMNS = ("patient_id", "note_id", "fact", "value", "start", "end")
RISK_LABEL = "RISK"  # risk-factor evidence (facts.parquet), highlighted like a mention
FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")
NOTE_COLUMNS = ("patient_id", "note_id", "note_date", "text")
LINK_COLUMNS = ("patient_id", "trauma_id", "lesion_id", "linked", "reason")


@dataclass(frozen=True, slots=True)
class MentionView:
    """A mention as the page shows it: offsets, true flags, set attributes and a date when it has one."""
    mention_id: str
    note_id: str
    label: str
    start: int
    end: int
    text: str
    flags: tuple[str, ...]  # the assertion flags that are true
    attributes: tuple[tuple[str, str], ...]  # region, laterality, trauma_type... when set
    dated: str = ""  # event_date, else the timex_value of the TIMEX its TIME relation points to


@dataclass(frozen=True, slots=True)
class NoteView:
    """A note as the page shows it, with its mentions; ``text`` is None when the run lacks it."""
    note_id: str
    note_date: str
    note_type: str
    text: str | None  # None: the run has no notes.parquet or the note is missing from it
    mentions: tuple[MentionView, ...]


@dataclass(frozen=True, slots=True)
class LinkView:
    """A candidate link from links.parquet, its values as printed text (``linked`` as a bool)."""
    trauma_id: str
    lesion_id: str
    trauma_type: str
    region: str
    site_match: str
    order: str
    trauma_date: str
    lesion_onset: str
    interval_days: str
    score: str
    linked: bool
    reason: str


@dataclass
class PatientView:
    """One patient of the page: the patients.csv row, notes and candidate links."""
    patient_id: str
    fields: dict[str, str]  # the patients.csv row as printed text
    notes: list[NoteView] = field(default_factory=list)
    links: list[LinkView] = field(default_factory=list)


@dataclass
class ReviewData:
    """Everything the review page shows: the run's name, its patients and run-level notices."""
    run_name: str
    patients: list[PatientView]
    notices: list[str]  # run-level remarks shown at the top of the page


def _text(value: object) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _truthy(value: object) -> bool:
    """A flag from Parquet: True/False, numpy bools, or null (pd.NA/None), which counts as False."""
    if value is None or value is pd.NA:
        return False
    try:
        return bool(value) and not pd.isna(value)
    except (TypeError, ValueError):
        return False


def _require(frame: pd.DataFrame, columns, path: Path) -> None:
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise RunInputError(f"{path}: missing column(s) {', '.join(missing)}")


def _read_optional(path: Path, columns, notices: list[str], what: str) -> pd.DataFrame | None:
    if not path.is_file():
        notices.append(f"{path.name} not found: {what} are not shown")
        return None
    frame = pd.read_parquet(path)
    _require(frame, columns, path)
    return frame


def _time_values(frame: pd.DataFrame, relations: pd.DataFrame | None) -> dict[tuple[str, str], str]:
    """(note_id, event mention_id) -> the timex_value its TIME relation points to."""
    if relations is None or not len(relations):
        return {}
    timex = {(_text(r.note_id), _text(r.mention_id)): _text(r.timex_value)
             for r in frame[frame["label"] == "TIMEX"].itertuples(index=False)}
    dated = {}
    for r in relations[relations["type"] == "TIME"].itertuples(index=False):
        value = timex.get((_text(r.note_id), _text(r.arg2)), "")
        if value:
            dated[(_text(r.note_id), _text(r.arg1))] = value
    return dated


def _mention_views(frame: pd.DataFrame, path: Path,
                   relations: pd.DataFrame | None = None) -> dict[str, list[MentionView]]:
    by_note: dict[str, list[MentionView]] = {}
    for column in OPTIONAL_MENTION_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    time_values = _time_values(frame, relations)
    for i, row in enumerate(frame.itertuples(index=False)):
        try:
            start, end = int(row.start), int(row.end)
        except (TypeError, ValueError):
            raise RunInputError(
                f"{path} row {i} (mention_id {row.mention_id!r}): start/end are not integers"
            ) from None
        flags = tuple(f for f in FLAGS if _truthy(getattr(row, f)))
        attributes = tuple(
            (name, _text(getattr(row, name)))
            for name in ATTRIBUTES
            if _text(getattr(row, name))
        )
        dated = _text(row.event_date) or time_values.get((_text(row.note_id), _text(row.mention_id)), "")
        by_note.setdefault(_text(row.note_id), []).append(MentionView(
            _text(row.mention_id), _text(row.note_id), _text(row.label), start, end,
            _text(row.text), flags, attributes, dated))
    return by_note


@dataclass
class RunFrames:
    """The run folder's tables as read (mentions already joined with risk-factor evidence)."""
    root: Path
    patients: pd.DataFrame
    notes: pd.DataFrame | None
    mentions: pd.DataFrame | None
    links: pd.DataFrame | None
    relations: pd.DataFrame | None
    notices: list[str]


def _facts_as_mentions(facts: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Each risk-factor statement as a RISK mention, so it is highlighted in its note."""
    _require(facts, FACT_COLUMNS, path)
    rows = facts.reset_index(drop=True)
    return pd.DataFrame({
        "patient_id": rows["patient_id"], "note_id": rows["note_id"],
        "note_date": rows["note_date"] if "note_date" in rows.columns else None,
        "mention_id": [f"{n}:F{i}" for i, n in enumerate(rows["note_id"])],
        "label": RISK_LABEL, "start": rows["start"], "end": rows["end"],
        "text": rows["text"] if "text" in rows.columns else None,
        "fact": rows["fact"], "value": rows["value"],
    })


def read_run_frames(run_dir: Path | str) -> RunFrames:
    """Read a run folder; only patients.csv is required (extra columns are kept)."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise RunInputError(f"{run_dir}: run folder not found")
    notices: list[str] = []
    patients = read_patients(run_dir / "patients.csv")
    notes = _read_optional(run_dir / "notes.parquet", NOTE_COLUMNS, notices, "note texts")
    mentions = _read_optional(run_dir / "mentions.parquet", MENTION_COLUMNS, notices, "mentions")
    links = _read_optional(run_dir / "links.parquet", LINK_COLUMNS, notices, "candidate links")
    relations = None
    if (run_dir / "relations.parquet").is_file():
        relations = pd.read_parquet(run_dir / "relations.parquet")
        _require(relations, ("note_id", "type", "arg1", "arg2"), run_dir / "relations.parquet")
    if (run_dir / "facts.parquet").is_file():
        facts = _facts_as_mentions(pd.read_parquet(run_dir / "facts.parquet"), run_dir / "facts.parquet")
        mentions = facts if mentions is None else pd.concat([mentions, facts], ignore_index=True)
    return RunFrames(run_dir, patients, notes, mentions, links, relations, notices)


def load_review_data(run_dir: Path | str) -> ReviewData:
    """Read the run folder ``run_dir`` into per-patient views (only patients.csv is required)."""
    return build_review_data(read_run_frames(run_dir))


def build_review_data(frames: RunFrames) -> ReviewData:
    """Per-patient views of (a subset of) a run folder's tables."""
    patients, notes, mentions, links, relations = (
        frames.patients, frames.notes, frames.mentions, frames.links, frames.relations)
    notices = list(frames.notices)
    mentions_by_note = _mention_views(mentions.copy(), frames.root / "mentions.parquet",
                                      relations) if mentions is not None else {}
    notes_by_patient: dict[str, list[NoteView]] = {}
    if notes is not None:
        note_type = notes["note_type"] if "note_type" in notes.columns else pd.Series("", index=notes.index)
        ordered = notes.assign(review_type=note_type, review_date=notes["note_date"].map(_text)) \
            .sort_values(["patient_id", "review_date", "note_id"])
        for row in ordered.itertuples(index=False):
            nid = _text(row.note_id)
            notes_by_patient.setdefault(_text(row.patient_id), []).append(NoteView(
                nid, row.review_date[:10], _text(row.review_type), _text(row.text),
                tuple(sorted(mentions_by_note.get(nid, ()), key=lambda m: (m.start, -m.end)))))
    elif mentions is not None:
        # No note texts: still list each note's mentions (labels and offsets only).
        dates = mentions.groupby("note_id")["note_date"].first() if "note_date" in mentions.columns else {}
        for (pid, nid), _ in mentions.groupby(["patient_id", "note_id"]):
            nid = _text(nid)
            notes_by_patient.setdefault(_text(pid), []).append(NoteView(
                nid, _text(dates.get(nid, ""))[:10] if len(dates) else "", "", None,
                tuple(sorted(mentions_by_note.get(nid, ()), key=lambda m: (m.start, -m.end)))))

    links_by_patient: dict[str, list[LinkView]] = {}
    if links is not None:
        for row in links.itertuples(index=False):
            get = lambda name: _text(getattr(row, name, ""))  # noqa: E731
            score = getattr(row, "score", None)
            links_by_patient.setdefault(get("patient_id"), []).append(LinkView(
                get("trauma_id"), get("lesion_id"), get("trauma_type"), get("region"),
                get("site_match"), get("order"), get("trauma_date"), get("lesion_onset"),
                get("interval_days"), f"{float(score):.2f}" if _text(score) else "",
                _truthy(row.linked), get("reason")))

    views = []
    for row in patients.itertuples(index=False):
        fields = {column: _text(getattr(row, column)) for column in patients.columns}
        views.append(PatientView(
            row.patient_id, fields, notes_by_patient.get(row.patient_id, []),
            links_by_patient.get(row.patient_id, [])))
    return ReviewData(frames.root.name, views, notices)

"""The server's view of a run folder: the worklist query (filter, search, sort, page) and one
patient's full view. The run folder is read once at start-up; queries work on in-memory columns,
so a page of a 10,000-patient worklist costs milliseconds (benchmarks/worklist.py).
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..report.run_data import PatientView, RunFrames, build_review_data, read_run_frames
from .consensus import NOT_REVIEWED, STATUSES, status

SORTABLE = ("patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "interval_days",
            "n_notes", "review")
PAGE_SIZES = (25, 50, 100)


@dataclass(frozen=True)
class Query:
    """A worklist request: filters, free-text words, sort column and direction, page; "" means any."""
    calciphylaxis: str = ""  # yes / possible / no, "" = any
    koebner: str = ""
    trauma_type: str = ""
    site: str = ""  # a region
    review: str = ""  # one of consensus.STATUSES, "" = any
    q: str = ""  # words that must all occur in the patient's notes (case-insensitive)
    sort: str = "patient_id"
    descending: bool = False
    page: int = 1
    per_page: int = 50

    @classmethod
    def from_params(cls, params) -> "Query":
        """A Query from request parameters; unknown values are ignored, never an error (page >= 1, known page sizes)."""
        def pick(name: str, allowed) -> str:
            value = (params.get(name) or "").strip()
            return value if value in allowed else ""
        try:
            page = max(1, int(params.get("page") or 1))
        except ValueError:
            page = 1
        try:
            per_page = int(params.get("per_page") or 50)
        except ValueError:
            per_page = 50
        return cls(
            calciphylaxis=pick("calciphylaxis", ("yes", "possible", "no")),
            koebner=pick("koebner", ("yes", "no")),
            trauma_type=(params.get("trauma_type") or "").strip(),
            site=(params.get("site") or "").strip(),
            review=pick("review", STATUSES),
            q=(params.get("q") or "").strip()[:200],
            sort=pick("sort", SORTABLE) or "patient_id",
            descending=params.get("dir") == "desc",
            page=page,
            per_page=per_page if per_page in PAGE_SIZES else 50,
        )


@dataclass
class Page:
    """One page of the worklist: its rows, the number of matching patients and pages, filter choices."""
    rows: list[dict]
    total: int  # patients matching the filters
    page: int
    pages: int
    choices: dict[str, list[str]] = field(default_factory=dict)


def _split(value: str) -> list[str]:
    return [v for v in value.split(";") if v]


class RunIndex:
    """A run folder held in memory for the server: patients, their note text for search, rows per patient."""
    def __init__(self, run_dir: Path | str):
        self.frames: RunFrames = read_run_frames(run_dir)
        patients = self.frames.patients.reset_index(drop=True)
        self.patients = patients
        self.ids = patients["patient_id"].to_numpy()
        self.position = {pid: i for i, pid in enumerate(self.ids)}
        self.trauma_sets = [set(_split(v)) for v in patients["trauma_types"]]
        self.region_sets = [{s.partition(":")[0] for s in _split(v)} for v in patients["sites"]]
        self.choices = {
            "trauma_type": sorted(set().union(*self.trauma_sets)) if len(patients) else [],
            "site": sorted(set().union(*self.region_sets)) if len(patients) else [],
        }
        notes = self.frames.notes
        n_notes = pd.Series(0, index=patients["patient_id"])
        texts = pd.Series("", index=patients["patient_id"])
        if notes is not None and len(notes):
            grouped = notes.assign(text=notes["text"].fillna("").astype(str).str.lower()) \
                .groupby("patient_id")["text"]
            texts = texts.add(grouped.agg("\n".join), fill_value="").reindex(patients["patient_id"]).fillna("")
            n_notes = grouped.size().reindex(patients["patient_id"]).fillna(0).astype(int)
        # All notes in one lower-case string, patient after patient, separated by NUL: a search
        # is str.find over it (memchr speed), jumping to the next patient after each hit.
        parts = list(texts.to_numpy(dtype=object))
        lengths = np.array([len(t) + 1 for t in parts], dtype=np.int64)
        self._blob = "\0".join(parts)
        self._ends = np.cumsum(lengths) - 1  # position of each patient's separator (or the end)
        self._end_list = self._ends.tolist()
        self._start_list = (self._ends - lengths + 1).tolist()
        self.n_notes = n_notes.to_numpy()
        self._groups = {
            name: frame.groupby("patient_id").indices if frame is not None and len(frame) else {}
            for name, frame in (("notes", notes), ("mentions", self.frames.mentions),
                                ("links", self.frames.links))
        }

    def __len__(self) -> int:
        return len(self.ids)

    def query(self, query: Query, reviews: dict, adjudications: dict) -> Page:
        """The page of patients matching ``query``, with each one's review status from the given reviews.

        ``reviews`` and ``adjudications`` are as ReviewStore.reviews() and adjudications() return
        them. A page beyond the last gives the last page.
        """
        p = self.patients
        keep = np.ones(len(p), dtype=bool)
        if query.calciphylaxis:
            keep &= (p["calciphylaxis"] == query.calciphylaxis).to_numpy()
        if query.koebner:
            keep &= (p["koebner"] == query.koebner).to_numpy()
        if query.trauma_type:
            keep &= np.fromiter((query.trauma_type in s for s in self.trauma_sets), bool, len(p))
        if query.site:
            keep &= np.fromiter((query.site in s for s in self.region_sets), bool, len(p))
        review_status = np.full(len(p), NOT_REVIEWED, dtype=object)
        for pid in set(reviews) | set(adjudications):  # only reviewed patients need a look
            if pid in self.position:
                review_status[self.position[pid]] = status(reviews.get(pid, {}),
                                                           adjudications.get(pid, {}))
        if query.review:
            keep &= review_status == query.review
        # rarest-looking (longest) word first: later words only look at the patients left
        for word in sorted(query.q.lower().replace("\0", " ").split(), key=len, reverse=True):
            keep &= self._containing(word, keep)
        chosen = np.flatnonzero(keep)
        if query.sort == "n_notes":
            key = self.n_notes[chosen]
        elif query.sort == "review":
            key = review_status[chosen]
        elif query.sort == "interval_days":
            key = p["interval_days"].to_numpy(dtype=float)[chosen]
        else:
            key = p[query.sort].to_numpy(dtype=object)[chosen].astype(str)
        order = _stable_order(key, query.descending)
        chosen = chosen[order]
        total = len(chosen)
        pages = max(1, -(-total // query.per_page))
        page = min(query.page, pages)
        window = chosen[(page - 1) * query.per_page: page * query.per_page]
        rows = []
        for i in window:
            row = {c: _cell(p.at[i, c]) for c in ("patient_id", "calciphylaxis", "koebner",
                                                   "trauma_types", "sites", "interval_days")}
            row["n_notes"] = int(self.n_notes[i])
            row["review"] = review_status[i]
            rows.append(row)
        return Page(rows, total, page, pages, self.choices)

    def _containing(self, word: str, among: np.ndarray) -> np.ndarray:
        """Which of the patients ``among`` have notes containing ``word`` (lower case)."""
        found = np.zeros(len(self.ids), dtype=bool)
        candidates = np.flatnonzero(among)
        blob, ends, starts = self._blob, self._end_list, self._start_list
        if len(candidates) < len(self.ids) // 4:
            # few patients left: search each one's stretch of the string, without copying it
            for i in candidates.tolist():
                found[i] = blob.find(word, starts[i], ends[i]) != -1
            return found
        at = blob.find(word)
        while at != -1:
            i = bisect_left(ends, at)
            found[i] = True
            at = blob.find(word, ends[i] + 1)
        return found

    def patient(self, patient_id: str) -> PatientView | None:
        """The review view of one patient (notes, mentions, links), or None for an unknown patient_id."""
        i = self.position.get(patient_id)
        if i is None:
            return None
        f = self.frames

        def rows(name: str, frame):
            if frame is None:
                return None
            return frame.iloc[self._groups[name].get(patient_id, [])]

        subset = RunFrames(f.root, f.patients.iloc[[i]], rows("notes", f.notes),
                           rows("mentions", f.mentions), rows("links", f.links), f.relations, [])
        if subset.relations is not None and subset.mentions is not None:
            subset.relations = f.relations[f.relations["note_id"].isin(set(subset.mentions["note_id"]))]
        return build_review_data(subset).patients[0]


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _stable_order(key: np.ndarray, descending: bool) -> np.ndarray:
    """Sort positions by key; missing numbers always last; ties keep patient order."""
    if key.dtype.kind == "f":
        missing = np.isnan(key)
        filled = np.where(missing, 0.0, -key if descending else key)
        return np.lexsort((filled, missing))
    values, inverse = np.unique(key.astype(str), return_inverse=True)
    rank = inverse if not descending else (len(values) - 1 - inverse)
    return np.argsort(rank, kind="stable")

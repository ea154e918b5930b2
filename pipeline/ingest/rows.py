"""Checking one input row: identifiers, date, text; a Note, or the reason it cannot be one.

Decisions (documented in docs/reliability.md):

* Bytes that are not valid UTF-8 (and lone surrogates from JSON escapes) become U+FFFD, one per
  bad byte, and the row gets a warning. The note is processed: dropping a clinical note for one
  stray Latin-1 byte loses more than it protects, and offsets stay valid for the stored text.
* NUL, control characters, CR and CRLF are kept as they are, so offsets index the text exactly.
* A row with no note_id, patient_id, usable date or text, a duplicate note_id, or a note over the
  length limit is quarantined with its reason. Raw cell values are never echoed in a reason:
  a shifted column can put note text where a date should be.
"""
from __future__ import annotations

import hashlib
import math
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd

from ..records import Note
from .columns import ColumnMap
from .problems import Rejected, RowWarning

PROBLEM = "__koebner_problem__"  # set by a reader on a row it could not parse (the reason)
MAX_ID_CHARS = 200
DEFAULT_MAX_NOTE_CHARS = 1_000_000  # spaCy's own default max_length
EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
_MAX_DATE_CHARS = 64
_UNDECODABLE = re.compile("[\ud800-\udfff]")


def repair_text(value) -> tuple[str | None, int]:
    """The text with undecodable characters replaced by U+FFFD, and how many were replaced.

    ``None`` when the value is not text at all (missing, a number...).
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        value = bytes(value).decode("utf-8", "surrogateescape")
    if not isinstance(value, str):
        return None, 0
    if value.isascii():
        return value, 0
    replaced = len(_UNDECODABLE.findall(value))
    if replaced:
        value = _UNDECODABLE.sub("\ufffd", value)
    return value, replaced


def clean_id(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text, _ = repair_text(value if isinstance(value, (str, bytes)) else str(value))
    return (text or "").strip()


def _date_text(value) -> str:
    if value is None or value is pd.NaT or value is pd.NA:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    text, _ = repair_text(value if isinstance(value, (str, bytes)) else str(value))
    return (text or "").strip()


def parse_dates(values) -> list[date | None]:
    """Dates of a column of cells; ``None`` where a cell is no date in [1900, 2100].

    pandas parses the whole column at once; when it refuses the column (mixed time zones, odd
    objects) each cell is parsed on its own, so one bad cell never costs the others.
    """
    texts = [_date_text(v) for v in values]
    texts = [t if len(t) <= _MAX_DATE_CHARS else "" for t in texts]
    try:
        with warnings.catch_warnings():
            # mixed UTC offsets: each cell keeps its own wall-clock date, which is what we want;
            # if pandas starts refusing such a column, the per-cell path below takes over
            warnings.simplefilter("ignore", FutureWarning)
            parsed = pd.to_datetime(pd.Series(texts, dtype=object), errors="coerce", format="mixed")
        dates = [None if pd.isna(p) else p.date() for p in parsed]
    except (ValueError, TypeError, OverflowError, AttributeError):
        dates = [parse_date(t) for t in texts]
    return [d if d is not None and EARLIEST_DATE <= d <= LATEST_DATE else None for d in dates]


def parse_date(value) -> date | None:
    """One cell as a date in [1900, 2100], or ``None``; never raises."""
    text = _date_text(value)
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    try:
        parsed = pd.to_datetime(text, errors="coerce", format="mixed")
        found = None if pd.isna(parsed) else parsed.date()
    except (ValueError, TypeError, OverflowError, AttributeError):
        return None
    if found is None or not EARLIEST_DATE <= found <= LATEST_DATE:
        return None
    return found


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()


@dataclass
class RowChecker:
    """Turns raw rows into notes, remembering note_ids across chunks to catch duplicates."""

    columns: ColumnMap = field(default_factory=ColumnMap)
    max_note_chars: int = DEFAULT_MAX_NOTE_CHARS
    today: date = field(default_factory=date.today)
    _seen: dict[str, tuple[int, bytes]] = field(default_factory=dict, repr=False)

    def check(self, frame: pd.DataFrame, first_row: int
              ) -> tuple[list[Note], list[int], list[Rejected], list[RowWarning]]:
        """Check a chunk whose first row has the 1-based number ``first_row``.

        Returns the notes, the row number of each note, the rejected rows and the warnings.
        """
        c = self.columns
        n = len(frame)

        def column(name):
            return frame[name].tolist() if name in frame.columns else [None] * n

        dates = parse_dates(column(c.note_date))
        notes: list[Note] = []
        note_rows: list[int] = []
        rejected: list[Rejected] = []
        warnings: list[RowWarning] = []
        for i, (pid, nid, raw_date, when, raw_text, ntype, problem) in enumerate(zip(
            column(c.patient_id), column(c.note_id), column(c.note_date), dates, column(c.text),
            column(c.note_type), column(PROBLEM),
        )):
            row = first_row + i
            pid, nid = clean_id(pid), clean_id(nid)
            shown_nid = nid if len(nid) <= MAX_ID_CHARS else ""
            shown_pid = pid if len(pid) <= MAX_ID_CHARS else ""
            text, replaced = repair_text(raw_text)
            reason = self._reason(problem, nid, pid, raw_date, when, raw_text, text)
            if reason:
                rejected.append(Rejected(row, shown_nid, reason, shown_pid))
                continue
            self._seen[nid] = (row, _digest(text))
            if replaced:
                warnings.append(RowWarning(row, nid, f"{replaced} undecodable character(s) "
                                           "(invalid UTF-8 or lone surrogate) replaced with U+FFFD",
                                           pid))
            if when > self.today:
                warnings.append(RowWarning(row, nid, f"note_date {when.isoformat()} is in the "
                                           "future (processed as given)", pid))
            notes.append(Note(pid, nid, when, text, clean_id(ntype)))
            note_rows.append(row)
        return notes, note_rows, rejected, warnings

    def _reason(self, problem, nid: str, pid: str, raw_date, when: date | None, raw_text,
                text: str | None) -> str | None:
        if isinstance(problem, str) and problem:
            return problem
        if not nid:
            return "empty note_id"
        if len(nid) > MAX_ID_CHARS:
            return f"note_id longer than {MAX_ID_CHARS} characters (a shifted column?)"
        if not pid:
            return "empty patient_id"
        if len(pid) > MAX_ID_CHARS:
            return f"patient_id longer than {MAX_ID_CHARS} characters (a shifted column?)"
        if nid in self._seen:
            first_row, first_digest = self._seen[nid]
            same = text is not None and _digest(text) == first_digest
            return (f"duplicate note_id {nid!r}: "
                    + (f"same text as row {first_row}" if same else
                       f"different text from row {first_row}, which is kept"))
        if when is None:
            if not _date_text(raw_date):
                return "empty note_date"
            # the raw cell is never echoed: it may hold note text
            return (f"unparseable note_date (not a date between {EARLIEST_DATE.year} and "
                    f"{LATEST_DATE.year})")
        if text is None:
            if raw_text is None or raw_text is pd.NA or (isinstance(raw_text, float)
                                                         and math.isnan(raw_text)):
                return "empty text"
            return f"text is not a string ({type(raw_text).__name__})"
        if not text.strip():
            return "empty text"
        if len(text) > self.max_note_chars:
            return (f"note text has {len(text):,} characters, over the limit of "
                    f"{self.max_note_chars:,} (raise it with --max-note-chars)")
        return None

"""Checking one input row: identifiers, date, text; a Note, or the reason it cannot be one.

Decisions (documented in docs/reliability.md):

* Bytes that are not valid UTF-8 (and lone surrogates from JSON escapes) become U+FFFD, one per
  bad byte, and the row gets a warning. The note is processed: dropping a clinical note for one
  stray Latin-1 byte loses more than it protects, and offsets stay valid for the stored text.
* NUL, control characters, CR and CRLF are kept as they are, so offsets index the text exactly.
* A row with no note_id, patient_id, usable date or text, or a duplicate note_id is quarantined
  with its reason. A note over the length limit is processed in windows, with a warning. Raw cell
  values are never echoed in a reason: a shifted column can put note text where a date should be.
"""
from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from ..records import Note
from .columns import ColumnMap
from .dates import EARLIEST_DATE, LATEST_DATE, DateReader, date_text
from .problems import Rejected, RowWarning

PROBLEM = "__koebner_problem__"  # set by a reader on a row it could not parse (the reason)
MAX_ID_CHARS = 200
DEFAULT_MAX_NOTE_CHARS = 1_000_000  # spaCy's own default max_length; longer notes go in windows
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
    """An id cell as stripped text: "" for null/NaN, ``12.0`` as "12", bad bytes replaced by U+FFFD."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text, _ = repair_text(value if isinstance(value, (str, bytes)) else str(value))
    return (text or "").strip()


def _date_text(value) -> str:
    return date_text(value, repair_text)


def parse_dates(values, reader: DateReader | None = None) -> list[date | None]:
    """Dates of a column of cells; ``None`` where a cell is no date in [1900, 2100]."""
    return (reader or DateReader()).read(list(values), repair_text)[0]


def parse_date(value) -> date | None:
    """One cell as a date in [1900, 2100], or ``None``; never raises."""
    return parse_dates([value])[0]


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()


@dataclass
class RowChecker:
    """Turns raw rows into notes, remembering note_ids across chunks to catch duplicates."""

    columns: ColumnMap = field(default_factory=ColumnMap)
    max_note_chars: int = DEFAULT_MAX_NOTE_CHARS
    today: date = field(default_factory=date.today)
    dates: DateReader = field(default_factory=DateReader)
    encoding_hint: str = ""
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

        dates, date_warnings = self.dates.read(column(c.note_date), repair_text)
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
                                           "(invalid UTF-8 or lone surrogate) replaced with U+FFFD"
                                           + self.encoding_hint, pid))
            if i in date_warnings:
                warnings.append(RowWarning(row, nid, date_warnings[i], pid))
            if len(text) > self.max_note_chars:
                warnings.append(RowWarning(
                    row, nid, f"note text has {len(text):,} characters, over --max-note-chars "
                    f"{self.max_note_chars:,}: processed in windows cut at line or sentence "
                    "breaks (context does not cross a cut)", pid))
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
            shape = (f" written as --date-format {self.dates.date_format}"
                     if self.dates.date_format else "")
            return (f"unparseable note_date (not a date{shape} between {EARLIEST_DATE.year} and "
                    f"{LATEST_DATE.year})")
        if text is None:
            if raw_text is None or raw_text is pd.NA or (isinstance(raw_text, float)
                                                         and math.isnan(raw_text)):
                return "empty text"
            return f"text is not a string ({type(raw_text).__name__})"
        if not text.strip():
            return "empty text"
        return None

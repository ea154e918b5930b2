"""What reading an input can go wrong with: the whole input, or one row.

None of these ever carries note text: a row is named by its number and identifiers only, because
quarantine files, run.json and logs are read by people who are not allowed to see the notes.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..errors import KoebnerError


class IngestError(KoebnerError, ValueError):
    """The input as a whole cannot be read (missing file or columns, unknown format, empty file)."""


@dataclass(frozen=True)
class Rejected:
    """A row that cannot be processed; it goes to the run's quarantine file."""

    row: int  # 1-based data record in the input (header and blank lines excluded)
    note_id: str
    reason: str
    patient_id: str = ""


@dataclass(frozen=True)
class RowWarning:
    """A row that is processed, but not exactly as it came in (or looks suspicious)."""

    row: int
    note_id: str
    warning: str
    patient_id: str = ""

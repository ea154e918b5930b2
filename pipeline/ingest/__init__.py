"""Reading notes from files and databases into validated :class:`~pipeline.records.Note` batches."""
from .columns import OMOP, ColumnMap
from .options import ReadOptions
from .problems import IngestError, Rejected, RowWarning
from .readers import InputChunk, NoteSource, open_notes, read_notes
from .rows import DEFAULT_MAX_NOTE_CHARS

__all__ = ["ColumnMap", "OMOP", "DEFAULT_MAX_NOTE_CHARS", "IngestError", "InputChunk",
           "NoteSource", "ReadOptions", "Rejected", "RowWarning", "open_notes", "read_notes"]

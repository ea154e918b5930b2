"""Reading notes from files and databases into validated :class:`~pipeline.records.Note` batches."""
from .columns import ColumnMap, OMOP
from .readers import IngestError, NoteSource, Rejected, open_notes, read_notes

__all__ = ["ColumnMap", "OMOP", "IngestError", "NoteSource", "Rejected", "open_notes", "read_notes"]

"""Write kept notes in the input's column names, as CSV or Parquet, chunk by chunk."""
from __future__ import annotations

from pathlib import Path

from ..ingest import ColumnMap
from ..records import Note

FORMATS = (".csv", ".parquet")


class NotesWriter:
    """Kept notes keep the input's column names, so the same ``--columns`` reads them back."""

    def __init__(self, path: Path, columns: ColumnMap | None = None):
        self.check_path(path)
        self.path = path
        c = columns or ColumnMap()
        self.names = [c.patient_id, c.note_id, c.note_date, c.note_type, c.text]
        path.parent.mkdir(parents=True, exist_ok=True)
        self._parquet = None
        self._csv = None
        self.rows = 0
        if path.suffix.lower() == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            self._schema = pa.schema([
                (self.names[0], pa.string()), (self.names[1], pa.string()),
                (self.names[2], pa.date32()), (self.names[3], pa.string()),
                (self.names[4], pa.string()),
            ])
            self._parquet = pq.ParquetWriter(path, self._schema, compression="zstd")
        else:
            self._csv = path.open("w", encoding="utf-8", newline="")
            self._header = True

    @staticmethod
    def check_path(path: Path) -> None:
        """Raise ValueError unless ``path`` ends in .csv or .parquet (checked before any scan)."""
        if path.suffix.lower() not in FORMATS:
            raise ValueError(f"{path}: kept notes are written as .csv or .parquet, "
                             f"not {path.suffix or '(no suffix)'!r}")

    def write(self, notes: list[Note]) -> None:
        """Append ``notes`` to the file (one Parquet row group or CSV chunk per call)."""
        import pandas as pd

        if self._parquet is not None:
            import pyarrow as pa

            table = pa.Table.from_arrays([
                pa.array([n.patient_id for n in notes], pa.string()),
                pa.array([n.note_id for n in notes], pa.string()),
                pa.array([n.note_date for n in notes], pa.date32()),
                pa.array([n.note_type for n in notes], pa.string()),
                pa.array([n.text for n in notes], pa.string()),
            ], schema=self._schema)
            self._parquet.write_table(table)
        else:
            frame = pd.DataFrame(
                [(n.patient_id, n.note_id, n.note_date.isoformat(), n.note_type, n.text)
                 for n in notes], columns=self.names)
            frame.to_csv(self._csv, index=False, header=self._header, lineterminator="\n")
            self._header = False
        self.rows += len(notes)

    def close(self) -> None:
        """Finish the file; with no note kept it is still readable, with its columns."""
        if self._parquet is not None:
            if self.rows == 0:
                self._parquet.write_table(self._schema.empty_table())
            self._parquet.close()
        elif self._csv is not None:
            if self._header:  # nothing kept: still a readable file with its header
                self._csv.write(",".join(self.names) + "\n")
            self._csv.close()

"""Screen a note source: keep every note of every patient with a calciphylaxis-like term.

Pass 1 scans all text and collects the flagged patient_ids. Pass 2 (only when the kept notes
are wanted) streams the input again through :func:`pipeline.ingest.open_notes` and keeps the
notes of flagged patients, because the linker needs a patient's other notes too, including
notes written before the first mention.

Pass 1 reads Parquet and CSV/TSV column-wise with pyarrow (only patient_id and text), which is
several times faster than building validated ``Note`` records: a case-insensitive RE2 search
over the Arrow buffers picks candidate notes and the Aho-Corasick automaton decides on them. It
falls back to ``open_notes`` (automaton on every note) for every other source and for any file
pyarrow cannot read. A row that ingest would reject can only add a patient here, never hide one,
so the fast path stays a superset.
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import ColumnMap, NoteSource, Rejected, open_notes
from ..records import Note
from .terms import ScreenTerms, TermMatcher, load_terms

ARROW_CSV = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
ARROW_PARQUET = (".parquet", ".pq")
BATCH_ROWS = 5_000


@dataclass
class ScreenResult:
    """What a screen did: the patients kept by pass 1 (any note matched a screening term), the
    notes pass 2 wrote out for them, the rows refused on the way, and the time each pass took."""

    source: str
    kept_patient_ids: frozenset[str]
    notes_in: int
    patients_in: int
    notes_matched: int
    bytes_scanned: int
    scan_seconds: float
    scan_cpu_seconds: float
    reader: str                       # "arrow" or "ingest": how pass 1 read the input
    notes_kept: int | None = None     # set by pass 2
    kept_note_ids: list[str] | None = None
    rejected: list[Rejected] = field(default_factory=list)
    total_seconds: float = 0.0
    out: str | None = None

    @property
    def patients_kept(self) -> int:
        """Patients with at least one note that matched a screening term."""
        return len(self.kept_patient_ids)

    @property
    def mb_scanned(self) -> float:
        """Note text read by pass 1, in MB (10^6 bytes of UTF-8)."""
        return self.bytes_scanned / 1e6

    @property
    def mb_per_s(self) -> float:
        """Pass-1 throughput in MB of note text per wall-clock second."""
        return self.mb_scanned / self.scan_seconds if self.scan_seconds > 0 else float("inf")

    @property
    def mb_per_cpu_s(self) -> float:
        """Pass-1 throughput per CPU second of this process: one core, whatever else runs."""
        return self.mb_scanned / self.scan_cpu_seconds if self.scan_cpu_seconds > 0 else float("inf")

    def summary(self) -> dict:
        """The counts, sizes and rates as a JSON-ready dict (``screen.json``); no note text."""
        return {
            "source": self.source, "reader": self.reader,
            "notes_in": self.notes_in, "patients_in": self.patients_in,
            "notes_matched": self.notes_matched, "patients_kept": self.patients_kept,
            "notes_kept": self.notes_kept, "rejected": len(self.rejected),
            "mb_scanned": round(self.mb_scanned, 3), "scan_seconds": round(self.scan_seconds, 3),
            "scan_mb_per_s": round(self.mb_per_s, 1), "scan_mb_per_cpu_s": round(self.mb_per_cpu_s, 1),
            "total_seconds": round(self.total_seconds, 3), "out": self.out,
        }


def _as_source(source: str | Path | NoteSource, columns: ColumnMap | None,
               query: str | None) -> NoteSource:
    if isinstance(source, NoteSource):
        return source
    return open_notes(source, columns, query)


def _fresh(source: NoteSource) -> NoteSource:
    # A NoteSource remembers rows read and note_ids seen; each pass needs its own.
    return open_notes(source.path, source.columns, source.query, source.chunk_rows,
                      source.max_note_chars, source.options)


def flag_patients(source: str | Path | NoteSource, columns: ColumnMap | None = None,
                  query: str | None = None, terms: ScreenTerms | None = None,
                  use_arrow: bool = True) -> ScreenResult:
    """Pass 1: scan every note's text; return the patients with at least one matching note."""
    src = _as_source(source, columns, query)
    matcher = TermMatcher(terms or load_terms())
    wall, cpu = time.perf_counter(), time.process_time()
    scan = None
    if use_arrow and src.query is None and not src.path.is_dir():
        scan = _arrow_scan(src, matcher)
    reader = "arrow"
    if scan is None:
        reader = "ingest"
        scan = _ingest_scan(_fresh(src), matcher)
    flagged, notes_in, patients_in, matched, n_bytes, rejected = scan
    return ScreenResult(
        source=str(src.path), kept_patient_ids=frozenset(flagged), notes_in=notes_in,
        patients_in=patients_in, notes_matched=matched, bytes_scanned=n_bytes,
        scan_seconds=time.perf_counter() - wall, scan_cpu_seconds=time.process_time() - cpu,
        reader=reader, rejected=rejected, total_seconds=time.perf_counter() - wall,
    )


def iter_kept_notes(source: str | Path | NoteSource, patient_ids: frozenset[str] | set[str],
                    columns: ColumnMap | None = None,
                    query: str | None = None) -> Iterator[list[Note]]:
    """Pass 2: the validated notes of the given patients, in input order, one list per chunk.

    Read the source's ``rejected`` afterwards for rows ingest refused (they are not yielded).
    """
    src = _as_source(source, columns, query)
    for batch in src.batches():
        kept = [note for note in batch if note.patient_id in patient_ids]
        if kept:
            yield kept


def screen_notes(source: str | Path | NoteSource, out: str | Path | None = None,
                 columns: ColumnMap | None = None, query: str | None = None,
                 terms: ScreenTerms | None = None, collect_note_ids: bool = True,
                 use_arrow: bool = True) -> ScreenResult:
    """Screen ``source``; write the kept notes to ``out`` (.csv or .parquet) when given.

    With ``out`` or ``collect_note_ids`` a second pass lists the kept notes and the rows
    ingest rejected; without both, only pass 1 runs (``notes_kept`` stays None).
    """
    from .output import NotesWriter

    started = time.perf_counter()
    src = _as_source(source, columns, query)
    if out is not None:
        NotesWriter.check_path(Path(out))
    result = flag_patients(src, terms=terms, use_arrow=use_arrow)
    if out is None and not collect_note_ids:
        return result
    second = _fresh(src)
    writer = NotesWriter(Path(out), src.columns) if out is not None else None
    kept_ids: list[str] = []
    try:
        for batch in iter_kept_notes(second, result.kept_patient_ids):
            kept_ids.extend(note.note_id for note in batch)
            if writer is not None:
                writer.write(batch)
    finally:
        if writer is not None:
            writer.close()
    result.notes_kept = len(kept_ids)
    result.kept_note_ids = kept_ids if collect_note_ids else None
    result.rejected = list(second.rejected)
    result.out = str(out) if out is not None else None
    result.total_seconds = time.perf_counter() - started
    return result


ScanOutcome = tuple[set[str], int, int, int, int, list[Rejected]]


def _ingest_scan(src: NoteSource, matcher: TermMatcher) -> ScanOutcome:
    flagged: set[str] = set()
    patients: set[str] = set()
    notes_in = matched = n_bytes = 0
    matches = matcher.matches
    for batch in src.batches():
        notes_in += len(batch)
        for note in batch:
            text = note.text
            n_bytes += len(text) if text.isascii() else len(text.encode("utf-8"))
            patients.add(note.patient_id)
            if matches(text):
                matched += 1
                flagged.add(note.patient_id)
    return flagged, notes_in, len(patients), matched, n_bytes, list(src.rejected)


def _arrow_batches(src: NoteSource) -> Iterator | None:
    """Record batches of (patient_id, text), or None when pyarrow should not read the input."""
    import pyarrow as pa

    suffix = src.path.suffix.lower()
    pid_col, text_col = src.columns.patient_id, src.columns.text
    if suffix in ARROW_PARQUET:
        import pyarrow.parquet as pq

        try:
            parquet = pq.ParquetFile(src.path)
        except (pa.ArrowInvalid, OSError):
            return None
        names = set(parquet.schema_arrow.names)
        if pid_col not in names or text_col not in names:
            return None  # let ingest raise its error naming the missing columns
        pid_type = parquet.schema_arrow.field(pid_col).type
        text_type = parquet.schema_arrow.field(text_col).type
        if not (pa.types.is_string(pid_type) or pa.types.is_large_string(pid_type)
                or pa.types.is_integer(pid_type)):
            return None  # float or other ids: ingest knows how to clean them
        if not (pa.types.is_string(text_type) or pa.types.is_large_string(text_type)):
            return None
        # One thread: the screen's throughput is quoted per core.
        return parquet.iter_batches(batch_size=BATCH_ROWS, columns=[pid_col, text_col],
                                    use_threads=False)
    if suffix in ARROW_CSV and src.options.encoding is None and src.options.sep is None:
        import pyarrow.csv as pcsv

        try:
            return pcsv.open_csv(
                src.path,
                read_options=pcsv.ReadOptions(block_size=8 << 20, use_threads=False),
                parse_options=pcsv.ParseOptions(delimiter=ARROW_CSV[suffix], newlines_in_values=True),
                convert_options=pcsv.ConvertOptions(
                    include_columns=[pid_col, text_col],
                    column_types={pid_col: pa.string(), text_col: pa.string()},
                    strings_can_be_null=False,
                ),
            )
        except (pa.ArrowInvalid, OSError, KeyError):
            return None
    return None


def _candidate_pattern(terms: ScreenTerms) -> str:
    """One RE2 alternation of every term, whole-word ones as plain substrings. Case-insensitive
    RE2 folds at least every letter that ``str.lower`` does for these ASCII terms, so its hits are
    a superset of the automaton's; the automaton then decides on the few candidates."""
    import re

    return "|".join(re.escape(t) for t in sorted(set(terms.terms + terms.whole_word_terms)))


def _arrow_scan(src: NoteSource, matcher: TermMatcher) -> ScanOutcome | None:
    import pyarrow as pa
    import pyarrow.compute as pc

    batches = _arrow_batches(src)
    if batches is None:
        return None
    pattern = _candidate_pattern(matcher.terms)
    flagged: set[str] = set()
    patients: set[str] = set()
    notes_in = matched = n_bytes = 0
    matches = matcher.matches
    try:
        for batch in batches:
            pids = pc.utf8_trim_whitespace(pc.cast(batch.column(0), pa.string()))
            texts = batch.column(1)
            notes_in += len(texts)
            n_bytes += pc.sum(pc.binary_length(texts)).as_py() or 0
            patients.update(pids.to_pylist())
            # Vectorised in C++ over the Arrow buffers: only candidate rows become Python strings.
            candidates = pc.match_substring_regex(texts, pattern, ignore_case=True)
            rows = pc.indices_nonzero(pc.fill_null(candidates, False)).to_pylist()
            if not rows:
                continue
            for pid, text in zip(pids.take(rows).to_pylist(), texts.take(rows).to_pylist()):
                if text and pid and matches(text):
                    matched += 1
                    flagged.add(pid)
    except (pa.ArrowInvalid, UnicodeDecodeError):
        return None  # malformed for pyarrow; ingest reads it again and reports the bad rows
    patients.discard(None)
    patients.discard("")
    return flagged, notes_in, len(patients), matched, n_bytes, []

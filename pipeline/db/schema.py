"""The result tables: one definition for the run folder's DuckDB file and for PostgreSQL.

Every table starts with ``run_id``, so one database (or PostgreSQL schema) holds many runs;
``(run_id, ...)`` is each table's primary key. Types are the portable names both databases
accept. Columns are documented in ``docs/data-dictionary.md``. A column that a newer version of
a run file carries and this list does not is kept, with the type of its Parquet column.
"""
from __future__ import annotations

from dataclasses import dataclass

TEXT, BIGINT, BOOLEAN, DATE, DOUBLE, TIMESTAMP = \
    "TEXT", "BIGINT", "BOOLEAN", "DATE", "DOUBLE PRECISION", "TIMESTAMP"


@dataclass(frozen=True)
class TableSpec:
    """One result table: its columns with portable SQL types, primary key and source file in the run folder."""
    name: str
    columns: tuple[tuple[str, str], ...]   # (name, type), run_id first
    key: tuple[str, ...]                   # primary key
    source: str                            # the run-folder file the rows come from

    @property
    def names(self) -> list[str]:
        """Column names in table order (run_id first)."""
        return [name for name, _ in self.columns]


def _spec(name: str, source: str, key: tuple[str, ...], *columns: tuple[str, str]) -> TableSpec:
    return TableSpec(name, (("run_id", TEXT), *columns), ("run_id", *key), source)


RUNS = _spec(
    "runs", "run.json", (),
    ("tool", TEXT), ("version", TEXT), ("input", TEXT), ("written_at", TIMESTAMP),
    ("rows_read", BIGINT), ("notes_processed", BIGINT), ("notes_skipped", BIGINT),
    ("notes_screened_out", BIGINT), ("notes_failed", BIGINT), ("wall_seconds", DOUBLE),
    ("settings", TEXT), ("config_hashes", TEXT),
)
NOTES = _spec(
    "notes", "notes.parquet", ("note_id",),
    ("patient_id", TEXT), ("note_id", TEXT), ("note_date", DATE), ("note_type", TEXT),
    ("text", TEXT),
)
MENTIONS = _spec(
    "mentions", "mentions.parquet", ("mention_id",),
    ("patient_id", TEXT), ("note_id", TEXT), ("note_date", DATE), ("mention_id", TEXT),
    ("label", TEXT), ("start", BIGINT), ("end", BIGINT), ("text", TEXT), ("section", TEXT),
    ("negated", BOOLEAN), ("uncertain", BOOLEAN), ("historical", BOOLEAN),
    ("hypothetical", BOOLEAN), ("family", BOOLEAN), ("region", TEXT), ("laterality", TEXT),
    ("trauma_type", TEXT), ("agent", TEXT), ("timex_value", TEXT), ("event_date", TEXT),
    ("rule", TEXT),
)
RELATIONS = _spec(
    "relations", "relations.parquet", ("relation_no",),
    ("relation_no", BIGINT), ("patient_id", TEXT), ("note_id", TEXT), ("type", TEXT),
    ("arg1", TEXT), ("arg2", TEXT),
)
FACTS = _spec(
    "facts", "facts.parquet", ("fact_no",),
    ("fact_no", BIGINT), ("patient_id", TEXT), ("note_id", TEXT), ("note_date", DATE),
    ("fact", TEXT), ("value", TEXT), ("start", BIGINT), ("end", BIGINT), ("text", TEXT),
    ("section", TEXT), ("rule", TEXT),
)
LINKS = _spec(
    "links", "links.parquet", ("trauma_id", "lesion_id"),
    ("patient_id", TEXT), ("trauma_id", TEXT), ("lesion_id", TEXT), ("trauma_type", TEXT),
    ("region", TEXT), ("trauma_laterality", TEXT), ("lesion_laterality", TEXT),
    ("site_match", TEXT), ("trauma_date", TEXT), ("lesion_onset", TEXT), ("order", TEXT),
    ("interval_days", BIGINT), ("score", DOUBLE), ("linked", BOOLEAN), ("reason", TEXT),
    ("order_basis", TEXT), ("dates_overlap", BOOLEAN), ("window", TEXT), ("care", BOOLEAN),
)
PATIENTS = _spec(
    "patients", "patients.csv", ("patient_id",),
    ("patient_id", TEXT), ("calciphylaxis", TEXT), ("koebner", TEXT), ("trauma_types", TEXT),
    ("sites", TEXT), ("lesion_onset", TEXT), ("trauma_date", TEXT), ("interval_days", BIGINT),
    ("esrd", TEXT), ("dialysis", TEXT), ("diabetes", TEXT), ("insulin", TEXT),
    ("warfarin", TEXT), ("obesity", TEXT), ("bmi", DOUBLE), ("n_notes", BIGINT),
    ("evidence", TEXT),
)
# OMOP CDM v5.4 NOTE_NLP, after run_id; the Parquet file has exactly these columns.
NOTE_NLP_COLUMNS = (
    ("note_nlp_id", BIGINT), ("note_id", BIGINT), ("section_concept_id", BIGINT),
    ("snippet", TEXT), ("offset", TEXT), ("lexical_variant", TEXT),
    ("note_nlp_concept_id", BIGINT), ("note_nlp_source_concept_id", BIGINT),
    ("nlp_system", TEXT), ("nlp_date", DATE), ("nlp_datetime", TIMESTAMP),
    ("term_exists", TEXT), ("term_temporal", TEXT), ("term_modifiers", TEXT),
)
NOTE_NLP = _spec("note_nlp", "note_nlp.parquet", ("note_nlp_id",), *NOTE_NLP_COLUMNS)

TABLES: tuple[TableSpec, ...] = (RUNS, NOTES, MENTIONS, RELATIONS, FACTS, LINKS, PATIENTS,
                                 NOTE_NLP)


def arrow_type_name(arrow_type) -> str:
    """The portable column type for a Parquet column this module does not list."""
    import pyarrow as pa

    if pa.types.is_boolean(arrow_type):
        return BOOLEAN
    if pa.types.is_integer(arrow_type):
        return BIGINT
    if pa.types.is_floating(arrow_type):
        return DOUBLE
    if pa.types.is_date(arrow_type):
        return DATE
    if pa.types.is_timestamp(arrow_type):
        return TIMESTAMP
    return TEXT


def quoted(name: str) -> str:
    """``name`` as a double-quoted SQL identifier (embedded quotes doubled), safe in DuckDB and PostgreSQL."""
    return '"' + name.replace('"', '""') + '"'


def create_sql(spec: TableSpec, schema: str | None = None) -> str:
    """``CREATE TABLE`` with types and primary key (DuckDB and PostgreSQL both accept it)."""
    table = f"{quoted(schema)}.{quoted(spec.name)}" if schema else quoted(spec.name)
    cols = [f"{quoted(name)} {kind}" + (" NOT NULL" if name in spec.key else "")
            for name, kind in spec.columns]
    cols.append(f"PRIMARY KEY ({', '.join(quoted(k) for k in spec.key)})")
    return f"CREATE TABLE IF NOT EXISTS {table} (\n  " + ",\n  ".join(cols) + "\n)"

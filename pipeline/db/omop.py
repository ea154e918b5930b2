"""OMOP CDM v5.4 NOTE_NLP rows: one per mention of a run, concept ids from a mapping file.

``configs/omop_note_nlp.json`` (documented in the file and in docs/data-dictionary.md) holds the
concept ids; the shipped file has 0, OMOP's "No matching concept", until a site fills in its own.
``term_exists`` is "N" when the mention is negated, uncertain, hypothetical or about a family
member (OMOP's definition), else "Y"; ``term_temporal`` is "past" for historical mentions, else
"present"; ``term_modifiers`` lists the flags and the region, laterality, trauma type, agent and
normalized date as ``key=value`` pairs.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd

from .. import __version__
from ..errors import KoebnerError
from ..resources import read_config
from .schema import NOTE_NLP_COLUMNS

MAPPING_FILE = "omop_note_nlp.json"
SNIPPET_MAX = 250       # OMOP: snippet varchar(250)
FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")
NOT_EXISTING = ("negated", "uncertain", "hypothetical", "family")


class OmopError(KoebnerError, ValueError):
    """The run's notes cannot be written as OMOP NOTE_NLP (e.g. a note_id is not an integer)."""


def load_mapping(path: str | Path | None = None) -> dict:
    """The concept-id mapping (``configs/omop_note_nlp.json``, or the file at ``path``).

    Raises OmopError when a concept id in ``concepts``, ``source_concepts`` or ``sections`` is not
    an integer.
    """
    mapping = read_config(MAPPING_FILE, path, error=OmopError)
    for key in ("concepts", "source_concepts", "sections"):
        table = mapping.get(key, {})
        bad = [k for k, v in table.items() if not isinstance(v, int) or isinstance(v, bool)]
        if bad:
            raise OmopError(f"{MAPPING_FILE}: {key}[{bad[0]!r}] must be an integer concept id")
    return mapping


def omop_note_ids(note_ids: pd.Series) -> pd.Series:
    """note_id as OMOP's integer note_id; raises naming the first note_id that is not one."""
    numbers = pd.to_numeric(note_ids, errors="coerce")
    bad = note_ids[numbers.isna() | (numbers != numbers.round())]
    if len(bad):
        raise OmopError(
            f"note_id {bad.iloc[0]!r} is not an integer, as OMOP's note_nlp.note_id must be "
            f"({len(bad)} such mention row(s)); read the notes from an OMOP note table")
    return numbers.astype("int64")


def _concept(table: dict, label: str, trauma_type) -> int:
    if isinstance(trauma_type, str) and f"{label}/{trauma_type}" in table:
        return table[f"{label}/{trauma_type}"]
    return table.get(label, 0)


def _text(value) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def term_modifiers(row: dict) -> str:
    """NOTE_NLP ``term_modifiers`` of a mention row: ``negated=false,...`` flags, then attributes and date if set."""
    parts = [f"{flag}={'true' if bool(row[flag]) else 'false'}" for flag in FLAGS]
    for key in ("region", "laterality", "trauma_type", "agent"):
        if _text(row.get(key)):
            parts.append(f"{key}={row[key]}")
    date = _text(row.get("event_date")) or _text(row.get("timex_value"))
    if date:
        parts.append(f"date={date}")
    return ",".join(parts)


def snippet(text, start: int, end: int, chars: int) -> str | None:
    """Up to 250 characters of ``text`` around ``[start, end)``, ``chars`` characters either side, whitespace collapsed.

    Returns "[redacted]" for a redacted note, and None when the text is missing or shorter than
    ``end``.
    """
    if not isinstance(text, str):
        return None
    if end > len(text) or text == "[redacted]":
        return "[redacted]" if text == "[redacted]" else None
    piece = " ".join(text[max(0, start - chars):end + chars].split())
    return piece[:SNIPPET_MAX]


def note_nlp_frame(mentions: pd.DataFrame, notes: pd.DataFrame, mapping: dict | None = None,
                   when: datetime | None = None) -> pd.DataFrame:
    """The NOTE_NLP rows of a run's mentions (in mentions.parquet order, note_nlp_id 1..n)."""
    mapping = mapping or load_mapping()
    when = (when or datetime.now()).replace(microsecond=0)
    columns = [name for name, _ in NOTE_NLP_COLUMNS]
    if mentions.empty:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in columns})
    # first: a run whose note ids are not OMOP's integers has no NOTE_NLP rows to build
    note_ids = omop_note_ids(mentions["note_id"])
    texts = dict(zip(notes["note_id"], notes["text"]))
    chars = int(mapping.get("snippet_chars", 60))
    system = f"{mapping.get('nlp_system', 'koebner')} {__version__}"
    sections = mapping.get("sections", {})
    concepts, source_concepts = mapping.get("concepts", {}), mapping.get("source_concepts", {})
    cols = {name: mentions[name].tolist() for name in mentions.columns}
    rows = []
    for i in range(len(mentions)):
        row = {name: values[i] for name, values in cols.items()}
        start, end = int(row["start"]), int(row["end"])
        label, trauma_type = row["label"], row.get("trauma_type")
        rows.append((
            i + 1,
            sections.get(row.get("section"), sections.get("*", 0)),
            snippet(texts.get(row["note_id"]), start, end, chars),
            str(start),
            row["text"],
            _concept(concepts, label, trauma_type),
            _concept(source_concepts, label, trauma_type),
            "N" if any(bool(row[f]) for f in NOT_EXISTING) else "Y",
            "past" if bool(row["historical"]) else "present",
            term_modifiers(row),
        ))
    names = ["note_nlp_id", "section_concept_id", "snippet", "offset", "lexical_variant",
             "note_nlp_concept_id", "note_nlp_source_concept_id", "term_exists",
             "term_temporal", "term_modifiers"]
    frame = pd.DataFrame.from_records(rows, columns=names)
    frame["nlp_system"] = system
    frame["nlp_date"] = when.date()
    frame["nlp_datetime"] = when
    frame.insert(1, "note_id", note_ids.to_numpy())
    return frame[columns]

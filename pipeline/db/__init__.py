"""Databases: PostgreSQL as a notes source, the results database (DuckDB in every run folder,
PostgreSQL with ``--db``) and OMOP CDM v5.4 NOTE_NLP output."""
from .url import DatabaseUrlError, is_database_url, shown_url

__all__ = ["DatabaseUrlError", "is_database_url", "shown_url"]

"""Database URLs: which inputs are databases, and a URL that never carries a password.

A password on the command line ends up in shell history, ``ps`` output and logs, so a URL with
one is refused (:class:`DatabaseUrlError`, without echoing it). libpq, under psycopg, finds the
password itself: ``PGPASSWORD`` in the environment, or the user's ``~/.pgpass`` (``PGPASSFILE``).
"""
from __future__ import annotations

import re

from ..errors import KoebnerError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_SCHEME = re.compile(r"^([a-z0-9+]+)://", re.IGNORECASE)


class DatabaseUrlError(KoebnerError, ValueError):
    """A database URL that cannot be used as given (the message never contains a password)."""


def is_database_url(value) -> bool:
    """True for ``postgresql://...`` (and ``postgres://``, ``postgresql+psycopg://``)."""
    match = _SCHEME.match(str(value))
    return bool(match) and match.group(1).lower() in SCHEMES


def engine_url(value: str):
    """The SQLAlchemy URL for ``value``, with the psycopg (v3) driver; no password allowed."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    if not is_database_url(value):
        raise DatabaseUrlError(
            f"not a PostgreSQL URL: expected postgresql://USER@HOST[:PORT]/DATABASE, got a URL "
            f"starting {str(value).split('://')[0]!r}")
    try:
        url = make_url(str(value))
    except (ArgumentError, ValueError):
        raise DatabaseUrlError("malformed database URL: expected "
                               "postgresql://USER@HOST[:PORT]/DATABASE") from None
    if url.password is not None or "password" in url.query:
        raise DatabaseUrlError(
            "the database URL contains a password; remove it (postgresql://USER@HOST/DATABASE) "
            "and give it through the PGPASSWORD environment variable or ~/.pgpass, so that it "
            "stays out of shell history, process lists and logs")
    if not url.database:
        raise DatabaseUrlError("the database URL names no database: "
                               "postgresql://USER@HOST[:PORT]/DATABASE")
    return url.set(drivername="postgresql+psycopg")


def shown_url(value: str) -> str:
    """The URL as it may appear in run.json, logs and messages (it has no password)."""
    return engine_url(value).render_as_string(hide_password=True)


def create_engine(value: str):
    """A SQLAlchemy engine for the URL ``value`` (psycopg driver, connections checked before use)."""
    from sqlalchemy import create_engine as _create

    return _create(engine_url(value), pool_pre_ping=True)

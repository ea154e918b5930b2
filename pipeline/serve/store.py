"""The review database of a run folder (``RUN_DIR/review.sqlite``): accounts, sessions, decisions.

Two kinds of decision tables:

* ``audit``: append-only (SQLite triggers refuse UPDATE and DELETE). One row per changed value:
  who, when, which patient and field, old value, new value, comment, and whether it was a
  review or an adjudication.
* ``reviews`` and ``adjudications``: the current state, one row per (patient, field, reviewer)
  and per (patient, field). They are rewritten in the same transaction as the audit row, so the
  two never disagree.

Fields are ``calciphylaxis``, ``koebner`` and ``link:<trauma_id>><lesion_id>`` (accept / reject
a candidate link, or a folded group of identical ones named by its first link).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ..errors import KoebnerError

DB_NAME = "review.sqlite"
ROLES = ("reviewer", "adjudicator")
FIELD_VALUES = {
    "calciphylaxis": ("yes", "possible", "no"),
    "koebner": ("yes", "no"),
}
LINK_VALUES = ("accept", "reject")
SESSION_HOURS = 12
_SCRYPT = dict(n=2**14, r=8, p=1, dklen=32)

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY, role TEXT NOT NULL CHECK (role IN ('reviewer', 'adjudicator')),
    salt BLOB NOT NULL, password_hash BLOB NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY, user TEXT NOT NULL REFERENCES users(name), csrf TEXT NOT NULL,
    expires_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, user TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('review', 'adjudication')), patient_id TEXT NOT NULL,
    field TEXT NOT NULL, old_value TEXT, new_value TEXT NOT NULL, comment TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE IF NOT EXISTS reviews (
    patient_id TEXT NOT NULL, field TEXT NOT NULL, reviewer TEXT NOT NULL, value TEXT NOT NULL,
    comment TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (patient_id, field, reviewer));
CREATE TABLE IF NOT EXISTS adjudications (
    patient_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, adjudicator TEXT NOT NULL,
    comment TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (patient_id, field));
"""


class ReviewStoreError(KoebnerError, ValueError):
    """A request the review database refuses: unknown user, bad role, value outside the field."""


@dataclass(frozen=True, slots=True)
class User:
    """A reviewer account: its name and role (reviewer or adjudicator)."""
    name: str
    role: str


@dataclass(frozen=True, slots=True)
class Session:
    """A logged-in user and the CSRF token their forms must send back."""
    user: User
    csrf: str


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One recorded change: when, by whom, review or adjudication, and the field's old and new values."""
    id: int
    at: str
    user: str
    kind: str
    patient_id: str
    field: str
    old_value: str | None
    new_value: str
    comment: str


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _stamp(moment: datetime | None = None) -> str:
    return (moment or _now()).isoformat(timespec="seconds")


def _check_value(field: str, value: str) -> None:
    """Raise ReviewStoreError unless ``value`` is allowed for ``field`` (a patient field or a ``link:`` field)."""
    allowed = LINK_VALUES if field.startswith("link:") else FIELD_VALUES.get(field)
    if allowed is None:
        raise ReviewStoreError(f"unknown field {field!r}")
    if value not in allowed:
        raise ReviewStoreError(f"{field} must be one of {'/'.join(allowed)}, not {value!r}")


class ReviewStore:
    """One connection per call: the server handles requests on several threads."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        with self._connect() as db:
            db.executescript(SCHEMA)

    @classmethod
    def for_run(cls, run_dir: Path | str) -> "ReviewStore":
        """The review database of the run folder ``run_dir``, created if absent.

        Raises ReviewStoreError when the folder does not exist.
        """
        run_dir = Path(run_dir)
        if not run_dir.is_dir():
            raise ReviewStoreError(f"{run_dir}: run folder not found")
        return cls(run_dir / DB_NAME)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10)
        db.execute("PRAGMA foreign_keys = ON")
        return db

    # accounts -------------------------------------------------------------------------------
    def add_user(self, name: str, role: str, password: str) -> User:
        """Create an account; the password is stored as a salted scrypt hash.

        Raises ReviewStoreError for a bad name (letters, digits, '.', '_', '-'), an unknown role, a
        password shorter than 8 characters, or an existing name.
        """
        name = name.strip()
        if not name or not all(c.isalnum() or c in "._-" for c in name):
            raise ReviewStoreError(f"user name {name!r}: use letters, digits, '.', '_' or '-'")
        if role not in ROLES:
            raise ReviewStoreError(f"role must be one of {'/'.join(ROLES)}, not {role!r}")
        if len(password) < 8:
            raise ReviewStoreError("password must have at least 8 characters")
        salt = secrets.token_bytes(16)
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)
        with self._connect() as db:
            if db.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
                raise ReviewStoreError(f"user {name!r} already exists")
            db.execute("INSERT INTO users VALUES (?, ?, ?, ?, ?)", (name, role, salt, digest, _stamp()))
        return User(name, role)

    def users(self) -> list[User]:
        """Every account, sorted by name."""
        with self._connect() as db:
            return [User(*row) for row in db.execute("SELECT name, role FROM users ORDER BY name")]

    def check_password(self, name: str, password: str) -> User | None:
        """The user when ``password`` is theirs, else None (same time whether or not the name exists)."""
        with self._connect() as db:
            row = db.execute("SELECT role, salt, password_hash FROM users WHERE name = ?",
                             (name,)).fetchone()
        if row is None:
            # spend the same time as for a real user, so timing does not reveal user names
            hashlib.scrypt(password.encode("utf-8"), salt=b"0" * 16, **_SCRYPT)
            return None
        role, salt, expected = row
        digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, **_SCRYPT)
        return User(name, role) if hmac.compare_digest(digest, expected) else None

    # sessions -------------------------------------------------------------------------------
    def open_session(self, user: User) -> tuple[str, str]:
        """A new session: (token for the cookie, CSRF token for the forms). Only a hash of the
        token is stored, so a copy of the database cannot be used to log in."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        expires = _stamp(_now() + timedelta(hours=SESSION_HOURS))
        with self._connect() as db:
            db.execute("DELETE FROM sessions WHERE expires_at < ?", (_stamp(),))
            db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?)",
                       (_token_hash(token), user.name, csrf, expires))
        return token, csrf

    def session(self, token: str | None) -> Session | None:
        """The session of a cookie token, or None when it is missing, unknown or expired."""
        if not token:
            return None
        with self._connect() as db:
            row = db.execute(
                "SELECT u.name, u.role, s.csrf FROM sessions s JOIN users u ON u.name = s.user "
                "WHERE s.token_hash = ? AND s.expires_at > ?", (_token_hash(token), _stamp())).fetchone()
        return Session(User(row[0], row[1]), row[2]) if row else None

    def close_session(self, token: str | None) -> None:
        """Log out: delete the session of ``token`` (nothing happens for None or an unknown token)."""
        if token:
            with self._connect() as db:
                db.execute("DELETE FROM sessions WHERE token_hash = ?", (_token_hash(token),))

    # decisions ------------------------------------------------------------------------------
    def record_review(self, user: User, patient_id: str, values: dict[str, str], comment: str) -> int:
        """Set ``user``'s values for a patient; return how many changed (each one audited)."""
        return self._record(user, "review", patient_id, values, comment)

    def record_adjudication(self, user: User, patient_id: str, values: dict[str, str],
                            comment: str) -> int:
        """Settle fields of a patient as adjudicator ``user``; return how many values changed (each audited).

        Raises ReviewStoreError when ``user`` is not an adjudicator or a value is not allowed.
        """
        if user.role != "adjudicator":
            raise ReviewStoreError(f"{user.name} is a {user.role}: only an adjudicator settles")
        return self._record(user, "adjudication", patient_id, values, comment)

    def _record(self, user: User, kind: str, patient_id: str, values: dict[str, str],
                comment: str) -> int:
        for field, value in values.items():
            _check_value(field, value)
        changed = 0
        at = _stamp()
        with self._connect() as db:
            for field, value in sorted(values.items()):
                if kind == "review":
                    row = db.execute("SELECT value FROM reviews WHERE patient_id = ? AND field = ? "
                                     "AND reviewer = ?", (patient_id, field, user.name)).fetchone()
                else:
                    row = db.execute("SELECT value FROM adjudications WHERE patient_id = ? AND "
                                     "field = ?", (patient_id, field)).fetchone()
                old = row[0] if row else None
                if old == value:
                    continue
                db.execute("INSERT INTO audit (at, user, kind, patient_id, field, old_value, "
                           "new_value, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           (at, user.name, kind, patient_id, field, old, value, comment))
                if kind == "review":
                    db.execute("INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?)",
                               (patient_id, field, user.name, value, comment, at))
                else:
                    db.execute("INSERT OR REPLACE INTO adjudications VALUES (?, ?, ?, ?, ?, ?)",
                               (patient_id, field, value, user.name, comment, at))
                changed += 1
        return changed

    def reviews(self, patient_id: str | None = None) -> dict[str, dict[str, dict[str, tuple[str, str]]]]:
        """patient_id -> field -> reviewer -> (value, comment)."""
        query, args = "SELECT patient_id, field, reviewer, value, comment FROM reviews", ()
        if patient_id is not None:
            query, args = query + " WHERE patient_id = ?", (patient_id,)
        out: dict[str, dict[str, dict[str, tuple[str, str]]]] = {}
        with self._connect() as db:
            for pid, field, reviewer, value, comment in db.execute(query, args):
                out.setdefault(pid, {}).setdefault(field, {})[reviewer] = (value, comment)
        return out

    def adjudications(self, patient_id: str | None = None) -> dict[str, dict[str, tuple[str, str, str]]]:
        """patient_id -> field -> (value, adjudicator, comment)."""
        query, args = "SELECT patient_id, field, value, adjudicator, comment FROM adjudications", ()
        if patient_id is not None:
            query, args = query + " WHERE patient_id = ?", (patient_id,)
        out: dict[str, dict[str, tuple[str, str, str]]] = {}
        with self._connect() as db:
            for pid, field, value, who, comment in db.execute(query, args):
                out.setdefault(pid, {})[field] = (value, who, comment)
        return out

    def audit(self) -> list[AuditRow]:
        """Every recorded change, oldest first."""
        with self._connect() as db:
            return [AuditRow(*row) for row in db.execute(
                "SELECT id, at, user, kind, patient_id, field, old_value, new_value, comment "
                "FROM audit ORDER BY id")]


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()

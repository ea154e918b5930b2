"""Chart review that records decisions: a local review server (``koebner serve``), its accounts
and review database, and the reviewed results flowing back (export, statistics, agreement)."""
from .store import DB_NAME, ReviewStore, ReviewStoreError, User

__all__ = ["DB_NAME", "ReviewStore", "ReviewStoreError", "User"]

"""Fast lexical prefilter: keep only patients whose notes could mention calciphylaxis.

``screen_notes(path)`` returns a :class:`ScreenResult` (kept patient_ids, counts, MB/s); the
kept set is a superset of the patients the full pipeline can flag, because every text its
CALCIPHYLAXIS rules can match contains one of the screening terms (configs/screening.json).
"""
from .output import NotesWriter
from .scan import ScreenResult, flag_patients, iter_kept_notes, screen_notes
from .terms import ScreenConfigError, ScreenTerms, TermMatcher, load_terms

__all__ = [
    "NotesWriter", "ScreenConfigError", "ScreenResult", "ScreenTerms", "TermMatcher",
    "flag_patients", "iter_kept_notes", "load_terms", "screen_notes",
]

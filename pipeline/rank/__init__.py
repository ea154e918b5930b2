"""``koebner rank RUN_DIR``: where annotators should look next."""
from .uncertainty import NoteRank, PatientRank, RankError, rank_run, render_rank

__all__ = ["NoteRank", "PatientRank", "RankError", "rank_run", "render_rank"]

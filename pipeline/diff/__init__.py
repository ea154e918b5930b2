"""``koebner diff RUN_A RUN_B [--gold DIR]``: what a rule change changed, and with a gold corpus
which changes fixed or broke something."""
from .compare import DiffError, LinkChange, MentionChange, PatientChange, RunDiff, diff_runs
from .render import diff_html, diff_text

__all__ = ["DiffError", "LinkChange", "MentionChange", "PatientChange", "RunDiff", "diff_runs",
           "diff_html", "diff_text"]

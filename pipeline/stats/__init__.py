"""Case-series statistics of a run folder: proportions, Table 1, figures (``stats/``)."""
from __future__ import annotations

from .case_series import CaseSeriesStats, compute_stats
from .inputs import RunInputError
from .writers import write_stats

__all__ = ["CaseSeriesStats", "RunInputError", "compute_stats", "write_stats"]

"""Deterministic synthetic cohorts for speed and scale tests (never for accuracy claims).

``generate_cohort`` yields note tables in the contract's input format; ``write_cohort`` writes
them to CSV or Parquet with a demographics CSV beside them. The same seed gives the same bytes.
"""
from .cohort import (
    NOTE_COLUMNS,
    CohortSummary,
    cohort_profiles,
    default_demographics_path,
    generate_cohort,
    iter_chunks,
    write_cohort,
)
from .profiles import FLAGGED_GROUPS, GROUPS, CohortShares, PatientProfile

__all__ = [
    "CohortShares", "CohortSummary", "FLAGGED_GROUPS", "GROUPS", "NOTE_COLUMNS", "PatientProfile",
    "cohort_profiles", "default_demographics_path", "generate_cohort", "iter_chunks", "write_cohort",
]

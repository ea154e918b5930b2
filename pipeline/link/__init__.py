"""Per-patient linker: is a calciphylaxis lesion at the site of an earlier skin trauma?

``link_run(run_dir)`` reads a run folder (notes, mentions, relations, facts) and writes
``links.parquet`` and ``patients.csv``; ``link_patients`` does the same on DataFrames.
"""
from .api import LinkResult, link_patients, link_run, links_frame, patients_frame
from .config import LinkerConfig, LinkerConfigError, load_config
from .frames import RunTableError

__all__ = [
    "LinkResult", "LinkerConfig", "LinkerConfigError", "RunTableError", "link_patients",
    "link_run", "links_frame", "load_config", "patients_frame",
]

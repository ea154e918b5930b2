"""Trained artifacts shipped with koebner: ``relations.json``, the relation model (see README.md here)."""

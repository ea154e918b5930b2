"""Rule and settings files shipped with koebner (``configs/*.json``, ``targets/``), read via importlib.resources."""

"""Rule files: the shipped ones, an annotator's edited copy, and clear errors for bad files."""
import json

import pytest

from pipeline.link.config import LinkerConfigError, load_config
from pipeline.resources import ConfigError, read_config


def test_shipped_and_edited_rule_files(tmp_path):
    shipped = read_config("sections.json")
    assert "hpi" in shipped["sections"]
    edited = tmp_path / "sections.json"
    edited.write_text(json.dumps({"sections": {"hpi": ["story so far"]}}))
    assert read_config("sections.json", edited) == {"sections": {"hpi": ["story so far"]}}


def test_missing_and_invalid_files_name_the_file(tmp_path):
    with pytest.raises(ConfigError, match="nope.json: file not found"):
        read_config("sites.json", tmp_path / "nope.json")
    broken = tmp_path / "linker.json"
    broken.write_text('{"windows": ')
    with pytest.raises(LinkerConfigError, match=r"linker.json: not valid JSON .* line 1"):
        load_config(broken)

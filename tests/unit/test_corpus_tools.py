"""scripts/corpus_tools.py rebuilds a corpus's files exactly and refuses inconsistent gold."""
import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("corpus_tools", ROOT / "scripts" / "corpus_tools.py")
corpus_tools = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus_tools)


def test_build_reproduces_the_committed_files(tmp_path):
    copy = tmp_path / "probe"
    shutil.copytree(ROOT / "annotations" / "probe" / "scripts", copy / "scripts")
    assert corpus_tools.build(copy) == 0
    for name in ("notes.csv", "demographics.csv", "gold.csv"):
        assert (copy / name).read_bytes() == (ROOT / "annotations" / "probe" / name).read_bytes()
    assert corpus_tools.validate(copy) == 0


def test_validate_names_a_koebner_patient_without_calciphylaxis(tmp_path, capsys):
    copy = tmp_path / "probe"
    shutil.copytree(ROOT / "annotations" / "probe", copy)
    gold = (copy / "gold.csv").read_text().splitlines()
    header = gold[0].split(",")
    row = gold[1].split(",")
    row[header.index("calciphylaxis")] = "no"
    row[header.index("koebner")] = "yes"
    (copy / "gold.csv").write_text("\n".join([gold[0], ",".join(row), *gold[2:]]) + "\n")
    assert corpus_tools.validate(copy) == 1
    assert f"{row[0]} koebner without calc" in capsys.readouterr().out


def test_interval_counts_a_month_from_its_15th():
    assert corpus_tools.interval("2021-03", "2021-02-28") == "15"
    assert corpus_tools.interval("2021", "2020-12-01") == ""

"""Values a user supplies that cannot be read are input errors (exit 2) naming where, not bugs."""
import pytest

from pipeline.errors import EXIT_INPUT, KoebnerError
from pipeline.evaluate.patients import _number
from pipeline.link.risk import _bmi
from pipeline.stats.inputs import _read_csv


def test_a_non_number_in_gold_names_the_cell():
    with pytest.raises(KoebnerError, match=r"gold.csv row 4 bmi: 'thirty' is not a number") as err:
        _number("thirty", "gold.csv row 4 bmi")
    assert err.value.exit_code == EXIT_INPUT


def test_a_bmi_fact_that_is_not_a_number_names_the_row():
    with pytest.raises(KoebnerError, match=r"facts.parquet row 12: BMI value '3O.5' is not a number"):
        _bmi("3O.5", "row 12")


def test_a_csv_pandas_cannot_parse_is_input(tmp_path):
    broken = tmp_path / "demographics.csv"
    broken.write_text('patient_id,age\n"P1,40\n')
    with pytest.raises(KoebnerError, match=r"demographics.csv: not a readable CSV file") as err:
        _read_csv(broken)
    assert err.value.exit_code == EXIT_INPUT

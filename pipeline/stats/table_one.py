"""Table 1: Koebner against non-Koebner calciphylaxis patients.

Written on scipy rather than tableone: tableone 0.9 picks Fisher's test only when an expected
count is below 5 (we want it for every 2x2 table), prints ``nan [nan,nan]`` for an all-missing
column, and reports p = 1 when one group is empty. Here every such case is spelled out.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import stats as sps

from .formatting import NOT_COMPUTABLE, fmt_count_percent, fmt_number, fmt_p_value, is_missing

GROUPS = ("koebner", "non_koebner")
GROUP_TITLES = {"overall": "Overall", "koebner": "Koebner", "non_koebner": "Non-Koebner"}


@dataclass(frozen=True, slots=True)
class Variable:
    """A Table 1 variable: its column, printed title, kind (categorical or continuous) and level order."""
    name: str  # column name
    title: str
    kind: str  # categorical | continuous
    levels: tuple[str, ...] = ()  # fixed level order for categorical variables, else as found


@dataclass(frozen=True, slots=True)
class TableRow:
    """One Table 1 row: a variable's header row (level "") or one of its levels, per group, with its test."""
    variable: str
    level: str  # "" on a variable's header row
    cells: dict[str, str]  # overall / koebner / non_koebner -> printed value
    test: str = ""
    p_value: float | None = None
    p_text: str = ""


@dataclass
class TableOne:
    """Table 1 (overall, Koebner, non-Koebner), with the size of each group."""
    group_sizes: dict[str, int]
    rows: list[TableRow] = field(default_factory=list)

    def header(self) -> list[str]:
        """Column titles: variable, level, each group with its n, test and p."""
        return ["Variable", "Level"] + [
            f"{GROUP_TITLES[g]} (n = {self.group_sizes[g]})" for g in ("overall", *GROUPS)
        ] + ["Test", "p"]

    def records(self) -> list[list[str]]:
        """The rows as lists of printed cells, in header order."""
        return [
            [r.variable, r.level, r.cells.get("overall", ""), r.cells.get("koebner", ""),
             r.cells.get("non_koebner", ""), r.test, r.p_text]
            for r in self.rows
        ]


RISK_FACTORS = (
    Variable("esrd", "ESRD", "categorical", ("yes", "no")),
    Variable("dialysis", "Dialysis modality", "categorical", ("HD", "PD", "none")),
    Variable("diabetes", "Diabetes", "categorical", ("yes", "no")),
    Variable("insulin", "Insulin use", "categorical", ("yes", "no")),
    Variable("warfarin", "Warfarin", "categorical", ("yes", "no")),
    Variable("obesity", "Obesity", "categorical", ("yes", "no")),
    Variable("bmi", "BMI, kg/m2", "continuous"),
)


def demographic_variables(columns: list[str], frame: pd.DataFrame) -> list[Variable]:
    """Age and sex first, then any extra column; a column is continuous if every value is a number."""
    ordered = [c for c in ("age", "sex") if c in columns]
    ordered += [c for c in columns if c not in ("patient_id", "age", "sex")]
    variables = []
    for column in ordered:
        kind = "continuous" if column == "age" or _all_numeric(frame[column]) else "categorical"
        title = {"age": "Age, years", "sex": "Sex"}.get(column, column)
        variables.append(Variable(column, title, kind))
    return variables


def _all_numeric(series: pd.Series) -> bool:
    present = [v for v in series if not is_missing(v)]
    if not present:
        return False
    return bool(pd.to_numeric(pd.Series(present), errors="coerce").notna().all())


def build_table_one(frame: pd.DataFrame, group: pd.Series, variables: list[Variable]) -> TableOne:
    """``frame``: one row per calciphylaxis patient; ``group``: 'koebner' or 'non_koebner' per row."""
    masks = {"overall": pd.Series(True, index=frame.index)}
    masks.update({g: group == g for g in GROUPS})
    sizes = {g: int(m.sum()) for g, m in masks.items()}
    table = TableOne(group_sizes=sizes)
    for variable in variables:
        if variable.kind == "continuous":
            table.rows.extend(_continuous_rows(frame[variable.name], masks, sizes, variable))
        else:
            table.rows.extend(_categorical_rows(frame[variable.name], masks, sizes, variable))
    return table


def _continuous_rows(values: pd.Series, masks, sizes, variable: Variable) -> list[TableRow]:
    numbers = pd.to_numeric(values.where(~values.map(is_missing)), errors="coerce").astype(float)
    cells, missing_cells = {}, {}
    for g, mask in masks.items():
        present = numbers[mask].dropna().to_numpy()
        n_missing = int(mask.sum()) - present.size
        missing_cells[g] = fmt_count_percent(n_missing, sizes[g])
        if present.size == 0:
            cells[g] = f"{NOT_COMPUTABLE} (no values)"
        else:
            q1, med, q3 = np.percentile(present, [25, 50, 75])
            cells[g] = f"{fmt_number(med)} [{fmt_number(q1)}, {fmt_number(q3)}]"
    a = numbers[masks["koebner"]].dropna().to_numpy()
    b = numbers[masks["non_koebner"]].dropna().to_numpy()
    test, p = "Mann-Whitney U", None
    if a.size == 0 or b.size == 0:
        p_text = f"{NOT_COMPUTABLE}: a group has no values"
    else:
        p = float(sps.mannwhitneyu(a, b, alternative="two-sided").pvalue)
        p_text = fmt_p_value(p)
    header = TableRow(f"{variable.title}, median [IQR]", "", cells, test, p, p_text)
    return [header, TableRow("", "missing", missing_cells)]


def _categorical_rows(values: pd.Series, masks, sizes, variable: Variable) -> list[TableRow]:
    present = values[~values.map(is_missing)].astype(str)
    found = sorted(set(present))
    # Fixed levels are always listed (a zero count is information); unexpected values follow.
    levels = list(variable.levels) if variable.levels else list(found)
    levels += [lv for lv in found if lv not in levels]
    rows: list[TableRow] = []
    counts = {}
    for level in levels:
        cells = {}
        for g, mask in masks.items():
            n = int((values[mask].astype(str) == level).sum())
            counts[(level, g)] = n
            cells[g] = fmt_count_percent(n, sizes[g])
        rows.append(TableRow("", level, cells))
    missing_cells = {
        g: fmt_count_percent(int(values[mask].map(is_missing).sum()), sizes[g])
        for g, mask in masks.items()
    }
    rows.append(TableRow("", "missing", missing_cells))
    test, p, p_text = _categorical_test(counts, levels)
    header = TableRow(f"{variable.title}, n (%)", "", {}, test, p, p_text)
    return [header, *rows]


def _categorical_test(counts, levels) -> tuple[str, float | None, str]:
    # Only levels seen in someone take part; a level nobody has adds an all-zero row that
    # neither test can use.
    used = [lv for lv in levels if counts[(lv, "koebner")] + counts[(lv, "non_koebner")] > 0]
    table = np.array([[counts[(lv, g)] for g in GROUPS] for lv in used], dtype=int)
    if table.size == 0 or (table.sum(axis=0) == 0).any():
        return "", None, f"{NOT_COMPUTABLE}: a group has no values"
    if len(used) < 2:
        return "", None, f"{NOT_COMPUTABLE}: only one level observed"
    if table.shape == (2, 2):
        p = float(sps.fisher_exact(table).pvalue)
        return "Fisher exact", p, fmt_p_value(p)
    result = sps.chi2_contingency(table, correction=False)
    return "Chi-square", float(result.pvalue), fmt_p_value(float(result.pvalue))

"""Rich tables of an EvaluationResult for the terminal."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .metrics import PRF, Accuracy, fmt
from .report import EvaluationResult


def _prf_row(name: str, prf: PRF) -> list[str]:
    return [name, str(prf.tp), str(prf.fp), str(prf.fn),
            fmt(prf.precision), fmt(prf.recall), fmt(prf.f1)]


def _acc_row(name: str, acc: Accuracy) -> list[str]:
    return [name, str(acc.correct), str(acc.total), fmt(acc.accuracy)]


def _table(title: str, columns: list[str]) -> Table:
    table = Table(title=title, title_justify="left")
    for i, column in enumerate(columns):
        table.add_column(column, justify="left" if i == 0 else "right", no_wrap=i == 0)
    return table


PRF_COLUMNS = ["", "TP", "FP", "FN", "P", "R", "F1"]
ACC_COLUMNS = ["", "correct", "total", "accuracy"]


def patient_tables(result: EvaluationResult) -> list[Table]:
    """The patient-level tables (P/R/F1 and field accuracy); empty when patients were not scored."""
    p = result.patients
    if p is None:
        return []
    head = (f"Patients ({p.gold_patients} gold, {p.missing_patients} missing from output, "
            f"{p.extra_patients} extra ignored)")
    prf = _table(head, PRF_COLUMNS)
    prf.add_row(*_prf_row("calciphylaxis = yes", p.calciphylaxis_yes))
    prf.add_row(*_prf_row("koebner = yes", p.koebner_yes))
    gold_share, predicted_share = p.koebner_proportion()
    prf.caption = (f"Koebner among calciphylaxis patients: gold {gold_share}, "
                   f"predicted {predicted_share}")
    acc = _table(f"Patient fields (koebner-yes in both: {p.both_koebner_yes})", ACC_COLUMNS)
    acc.add_row(*_acc_row("calciphylaxis (3 classes)", p.calciphylaxis))
    acc.add_row(*_acc_row("trauma_types (set)", p.trauma_types))
    acc.add_row(*_acc_row("sites (regions)", p.sites_regions))
    acc.add_row(*_acc_row("sites (region:laterality)", p.sites_region_laterality))
    acc.add_row(*_acc_row("interval_days (±7 d)", p.interval_days))
    for name, value in p.risk_factors.items():
        acc.add_row(*_acc_row(name, value))
    acc.add_row(*_acc_row("bmi (±0.5)", p.bmi))
    return [prf, acc]


def mention_tables(result: EvaluationResult) -> list[Table]:
    """The mention tables (lenient and strict P/R/F1 per label, attribute accuracy); empty when not scored."""
    m = result.mentions
    if m is None:
        return []
    head = (f"Mentions ({m.gold_notes} gold notes, {m.gold_notes_with_predictions} with "
            f"predictions; {m.ignored_predictions} predictions in other notes ignored)")
    table = _table(head, ["label", "len P", "len R", "len F1", "str P", "str R", "str F1",
                          "gold", "pred"])
    rows = [(label, m.lenient[label], m.strict[label]) for label in m.lenient]
    rows.append(("micro", m.lenient_micro, m.strict_micro))
    for label, le, st in rows:
        table.add_row(label, fmt(le.precision), fmt(le.recall), fmt(le.f1), fmt(st.precision),
                      fmt(st.recall), fmt(st.f1), str(le.tp + le.fn), str(le.tp + le.fp))
    attrs = _table("Attributes on lenient-matched mentions", ACC_COLUMNS)
    for name, acc in m.attributes.items():
        attrs.add_row(*_acc_row(name, acc))
    return [table, attrs]


def relation_tables(result: EvaluationResult) -> list[Table]:
    """The relation P/R/F1 table; empty when relations were not scored."""
    r = result.relations
    if r is None:
        return []
    table = _table("Relations", PRF_COLUMNS)
    for rtype, prf in r.by_type.items():
        table.add_row(*_prf_row(rtype, prf))
    table.add_row(*_prf_row("micro", r.micro))
    return [table]


def print_result(result: EvaluationResult, console: Console | None = None) -> None:
    """Print every table of ``result``, then what was not scored and the notes, to ``console`` (default: stdout)."""
    console = console or Console()
    for table in patient_tables(result) + mention_tables(result) + relation_tables(result):
        console.print(table)
    for line in result.not_scored:
        console.print(f"[yellow]not scored[/yellow]: {line}")
    for line in result.notes:
        console.print(f"note: {line}")

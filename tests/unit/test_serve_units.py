"""The review server's parts without a browser: accounts, the append-only audit log, how reviews
settle, Cohen's kappa, the worklist query, the export and the CLI's errors."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from serve_run import build_review_run
from typer.testing import CliRunner

from cli import app
from pipeline.serve import ReviewStore, ReviewStoreError
from pipeline.serve.agreement import agreement
from pipeline.serve.consensus import DISAGREEMENT, NOT_REVIEWED, REVIEWED, settle, status
from pipeline.serve.export import export_adjudicated
from pipeline.serve.worklist import Query, RunIndex

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run(tmp_path) -> Path:
    return build_review_run(tmp_path / "run")


@pytest.fixture
def store(run) -> ReviewStore:
    store = ReviewStore.for_run(run)
    store.add_user("ana", "reviewer", "ana-password")
    store.add_user("ben", "reviewer", "ben-password")
    store.add_user("cy", "adjudicator", "cy-password")
    return store


def test_passwords_are_hashed_and_checked(store, run):
    assert store.check_password("ana", "ana-password").role == "reviewer"
    assert store.check_password("ana", "ben-password") is None
    assert store.check_password("nobody", "ana-password") is None
    with sqlite3.connect(run / "review.sqlite") as db:
        raw = db.execute("SELECT * FROM users").fetchall()
    assert not any(b"ana-password" in bytes(str(row), "utf-8") for row in raw)
    with pytest.raises(ReviewStoreError, match="already exists"):
        store.add_user("ana", "reviewer", "another-password")
    with pytest.raises(ReviewStoreError, match="role must be one of reviewer/adjudicator"):
        store.add_user("dee", "admin", "dee-password")
    with pytest.raises(ReviewStoreError, match="at least 8"):
        store.add_user("dee", "reviewer", "short")


def test_sessions_are_stored_as_hashes_and_end_at_logout(store, run):
    user = store.check_password("ana", "ana-password")
    token, csrf = store.open_session(user)
    assert store.session(token).csrf == csrf
    assert store.session("not-a-token") is None
    with sqlite3.connect(run / "review.sqlite") as db:
        assert db.execute("SELECT count(*) FROM sessions WHERE token_hash = ?", (token,)).fetchone()[0] == 0
    store.close_session(token)
    assert store.session(token) is None


def test_audit_log_is_append_only_and_records_old_and_new(store, run):
    ana = store.check_password("ana", "ana-password")
    assert store.record_review(ana, "S1", {"koebner": "no"}, "injections were on the other side") == 1
    assert store.record_review(ana, "S1", {"koebner": "no"}, "same again") == 0  # unchanged: no row
    assert store.record_review(ana, "S1", {"koebner": "yes"}, "re-read the MAR") == 1
    rows = [(r.user, r.field, r.old_value, r.new_value, r.comment) for r in store.audit()]
    assert rows == [("ana", "koebner", None, "no", "injections were on the other side"),
                    ("ana", "koebner", "no", "yes", "re-read the MAR")]
    assert store.reviews("S1") == {"S1": {"koebner": {"ana": ("yes", "re-read the MAR")}}}
    with sqlite3.connect(run / "review.sqlite") as db:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("UPDATE audit SET new_value = 'no'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            db.execute("DELETE FROM audit")


def test_values_and_roles_are_checked(store):
    ana = store.check_password("ana", "ana-password")
    with pytest.raises(ReviewStoreError, match="koebner must be one of yes/no, not 'maybe'"):
        store.record_review(ana, "S1", {"koebner": "maybe"}, "")
    with pytest.raises(ReviewStoreError, match="unknown field 'bmi'"):
        store.record_review(ana, "S1", {"bmi": "31"}, "")
    with pytest.raises(ReviewStoreError, match="only an adjudicator settles"):
        store.record_adjudication(ana, "S1", {"koebner": "no"}, "")
    assert store.audit() == []


def test_reviews_settle_by_agreement_or_adjudication():
    assert settle({}, None).value is None
    assert settle({"ana": ("no", "")}, None) == settle({"ana": ("no", "")}, None)
    assert settle({"ana": ("no", "x")}, None).decided_by == "reviewer:ana"
    both = settle({"ana": ("no", ""), "ben": ("no", "")}, None)
    assert (both.value, both.decided_by) == ("no", "reviewers:ana,ben")
    split = settle({"ana": ("no", ""), "ben": ("yes", "")}, None)
    assert (split.value, split.decided_by) == (None, "disagreement")
    settled = settle({"ana": ("no", ""), "ben": ("yes", "")}, ("yes", "cy", "photos"))
    assert (settled.value, settled.decided_by) == ("yes", "adjudicator:cy")
    disagree = {"koebner": {"ana": ("no", ""), "ben": ("yes", "")}}
    assert status({}, {}) == NOT_REVIEWED
    assert status(disagree, {}) == DISAGREEMENT
    assert status(disagree, {"koebner": ("yes", "cy", "")}) == REVIEWED


def test_cohens_kappa_per_field():
    # koebner on four patients: yes/yes, yes/no, no/no, no/no. Observed agreement 3/4; by chance
    # ana says yes 1/2 and ben 1/4: pe = 1/2*1/4 + 1/2*3/4 = 1/2; kappa = (3/4 - 1/2)/(1/2) = 0.5
    pairs = [("yes", "yes"), ("yes", "no"), ("no", "no"), ("no", "no")]
    reviews = {f"P{i}": {"koebner": {"ana": (a, ""), "ben": (b, "")}} for i, (a, b) in enumerate(pairs)}
    # links: all four accepted by both: one class only, kappa undefined (not 1, not 0)
    for i in range(4):
        reviews[f"P{i}"][f"link:T{i}>L{i}"] = {"ana": ("accept", ""), "ben": ("accept", "")}
    result = {r.field: r for r in agreement(reviews)}
    assert (result["koebner"].n, result["koebner"].agreed, result["koebner"].kappa) == (4, 3, 0.5)
    assert (result["links"].n, result["links"].agreed, result["links"].kappa) == (4, 4, None)
    assert "calciphylaxis" not in result


def test_worklist_filters_search_sort_and_pages(run):
    index = RunIndex(run)
    rows = lambda **kw: [r["patient_id"] for r in index.query(Query(**kw), {}, {}).rows]  # noqa: E731
    assert rows(site="thigh") == ["S2", "S5"]
    assert rows(calciphylaxis="possible") == ["S3"]
    assert rows(q="CONCERN   cellulitis") == ["S3"]  # every word, any case
    assert rows(q="cellulitis heating") == []
    assert rows(sort="interval_days") == ["S2", "S1", "S3", "S4", "S5"]  # unknown intervals last
    assert rows(sort="interval_days", descending=True) == ["S2", "S1", "S3", "S4", "S5"]
    assert rows(sort="n_notes", descending=True)[0] == "S1"
    page = index.query(Query(per_page=25, page=9), {}, {})
    assert (page.total, page.page, page.pages) == (5, 1, 1)  # past the end: the last page
    reviews = {"S4": {"koebner": {"ana": ("no", "")}}}
    assert [r["patient_id"] for r in index.query(Query(review="reviewed"), reviews, {}).rows] == ["S4"]
    assert index.patient("S9") is None
    view = index.patient("S1")
    assert [n.note_id for n in view.notes] == ["S1-n1", "S1-n2", "S1-n3"] and len(view.links) == 7


def test_query_parameters_are_checked():
    query = Query.from_params({"calciphylaxis": "maybe", "sort": "text", "page": "-3",
                               "per_page": "100000", "dir": "desc", "review": "disagreement"})
    assert (query.calciphylaxis, query.sort, query.page, query.per_page, query.descending,
            query.review) == ("", "patient_id", 1, 50, True, "disagreement")


def test_export_keeps_unresolved_patients_out_of_gold(store, run):
    ana, ben = (store.check_password(n, f"{n}-password") for n in ("ana", "ben"))
    store.record_review(ana, "S2", {"calciphylaxis": "yes", "koebner": "yes"}, "")
    store.record_review(ana, "S3", {"calciphylaxis": "no", "koebner": "no"}, "livedo from cellulitis")
    store.record_review(ben, "S3", {"calciphylaxis": "possible", "koebner": "no"}, "biopsy pending")
    result = export_adjudicated(run)
    assert (result.reviewed, result.gold_patients, result.unresolved) == (2, 1, ["S3"])
    patients = pd.read_csv(run / "adjudicated" / "patients.csv", dtype=str,
                           keep_default_na=False).set_index("patient_id")
    assert patients.loc["S3", "calciphylaxis"] == "possible"  # pipeline value kept
    assert patients.loc["S3", "calciphylaxis_decided_by"] == "disagreement"
    assert patients.loc["S3", "koebner_decided_by"] == "reviewers:ana,ben"
    assert patients.loc["S2", "koebner_decided_by"] == "reviewer:ana"
    gold = pd.read_csv(run / "adjudicated" / "gold" / "gold.csv", dtype=str, keep_default_na=False)
    assert list(gold["patient_id"]) == ["S2"]
    agreement_rows = json.loads((run / "adjudicated" / "agreement.json").read_text())
    assert [(r["field"], r["n"], r["agreed"]) for r in agreement_rows] == [
        ("calciphylaxis", 1, 0), ("koebner", 1, 1)]


def test_stats_adjudicated_uses_reviewed_values(store, run):
    ana = store.check_password("ana", "ana-password")
    store.record_review(ana, "S1", {"koebner": "no"}, "injections on the other side")
    result = CliRunner().invoke(app, ["stats", str(run), "--adjudicated"])
    assert result.exit_code == 0, result.output
    # pipeline: S1, S2, S5 Koebner among 3 calciphylaxis; reviewed: S1 is not
    assert "Koebner among calciphylaxis: 2/3" in result.output
    summary = json.loads((run / "adjudicated" / "stats" / "summary.json").read_text())
    assert (summary["koebner_among_calciphylaxis"]["n"], summary["koebner_among_calciphylaxis"]["denominator"]) == (2, 3)


def test_cli_errors_are_clear(tmp_path, run):
    runner = CliRunner()
    result = runner.invoke(app, ["export", str(run), "--adjudicated"])
    assert result.exit_code == 2 and "no review database" in result.output
    result = runner.invoke(app, ["export", str(run)])
    assert result.exit_code == 2 and "--adjudicated" in result.output
    result = runner.invoke(app, ["users", "add", "x y", "--role", "reviewer", "--run", str(run),
                                 "--password-stdin"], input="long-enough-pw\n")
    assert result.exit_code == 2 and "use letters, digits" in result.output
    result = runner.invoke(app, ["users", "add", "eve", "--role", "reviewer", "--run",
                                 str(tmp_path / "nope"), "--password-stdin"], input="long-enough-pw\n")
    assert result.exit_code == 2 and "run folder not found" in result.output
    result = runner.invoke(app, ["serve", str(run)])
    assert result.exit_code == 2 and "no accounts yet" in result.output
    listed = subprocess.run([sys.executable, str(ROOT / "cli.py"), "users", "list", "--run", str(run)],
                            capture_output=True, text=True)
    assert listed.returncode == 0 and listed.stdout == ""

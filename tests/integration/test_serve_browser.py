"""The review server end to end: the real server (``cli.py serve`` in a subprocess) driven by
Debian's headless Chromium through Playwright. One reviewer overrides the pipeline, a second
disagrees blind, the adjudicator settles, and the export, the audit log and ``koebner evaluate``
hold exactly what was done. Screenshots go to test-artifacts/serve-*.png.

Without Chromium the browser tests skip locally and fail under CI (env var CI set).
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pandas as pd
import pytest
from serve_run import NOTES, build_review_run

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
PASSWORDS = {"alice": "alice-reviews-1", "bob": "bob-reviews-22", "carol": "carol-settles-3"}
ALICE_COMMENT = "Eschar is on the left flank, injections in the right abdomen per MAR."
BOB_COMMENT = "Agree with the linker: same site, injections for years."
CAROL_COMMENT = "MAR photos confirm right-sided injections; not at the lesion site."


def _need_browser():
    if not CHROMIUM.exists():
        message = (f"{CHROMIUM} not found: install Debian's chromium (scripts/setup-browser.sh "
                   "or apt-get install -y chromium) to run the review server's browser tests")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return pytest.importorskip("playwright.sync_api")


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    sync_api = _need_browser()
    run = build_review_run(tmp_path_factory.mktemp("serve") / "run")
    for name, role in (("alice", "reviewer"), ("bob", "reviewer"), ("carol", "adjudicator")):
        done = _cli("users", "add", name, "--role", role, "--run", str(run), "--password-stdin",
                    stdin=PASSWORDS[name] + "\n")
        assert done.returncode == 0, done.stderr
    port = _free_port()
    log_path = run.parent / "server.log"
    with log_path.open("w") as log:
        process = subprocess.Popen([sys.executable, str(ROOT / "cli.py"), "serve", str(run),
                                    "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/login", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"server did not start: {log_path.read_text()}")
            time.sleep(0.3)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield {"base": base, "run": run, "browser": browser, "log": log_path}
        browser.close()
    process.terminate()
    process.wait(timeout=20)


class Reviewer:
    """A browser context logged in as one user; collects console and page errors."""

    def __init__(self, server, name: str):
        self.base = server["base"]
        self.context = server["browser"].new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.base + "/")
        assert self.page.url == self.base + "/login"  # no session: sent to the login form
        self.page.fill("#name", name)
        self.page.fill("#password", PASSWORDS[name])
        self.page.click("button[type=submit]")
        self.page.wait_for_url(self.base + "/")  # waits for "load": the deferred script has run
        assert self.page.inner_text("#whoami").startswith(name)

    def patients(self) -> list[str]:
        return self.page.eval_on_selector_all("#worklist tbody tr[data-patient]",
                                              "rows => rows.map(r => r.dataset.patient)")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"serve-{name}.png"), full_page=True)

    def close(self) -> None:
        assert self.errors == []
        self.context.close()


def _in_view(page, selector: str, width: int = 1400) -> bool:
    box = page.locator(selector).first.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width


def test_review_disagree_adjudicate_export_evaluate(server, tmp_path):
    run, base = server["run"], server["base"]

    # --- alice: filter, search, sort, open a patient, override with a comment ----------------
    alice = Reviewer(server, "alice")
    page = alice.page
    assert alice.patients() == ["S1", "S2", "S3", "S4", "S5"]
    page.select_option("#f-calciphylaxis", "yes")
    page.wait_for_url("**calciphylaxis=yes**")
    assert alice.patients() == ["S1", "S2", "S5"]
    page.select_option("#f-trauma", "pressure")
    page.wait_for_url("**trauma_type=pressure**")
    assert alice.patients() == ["S5"]
    page.goto(base + "/")
    page.fill("#f-q", "heating pad")
    page.click("#apply")
    page.wait_for_url("**q=heating**")
    assert alice.patients() == ["S1", "S2"]  # S1's nephrology note mentions a heating pad too
    page.fill("#f-q", "sodium thiosulfate")
    page.click("#apply")
    page.wait_for_url("**q=sodium**")
    assert alice.patients() == ["S1"]
    page.goto(base + "/")
    page.click("th >> text=Patient")  # ascending already: the click sorts descending
    page.wait_for_url("**dir=desc**")
    assert alice.patients() == ["S5", "S4", "S3", "S2", "S1"]
    alice.shot("worklist")

    page.click("a[href='/patients/S1']")
    page.wait_for_selector("#decision-form")
    # six identical candidate pairs fold into one row; the rejected heating pad pair is another
    assert page.locator("#links tbody tr").count() == 2
    assert page.inner_text("#links tbody tr >> nth=0").count("6 pairs") == 1
    # decision and reason columns are on screen at 1400 px, and the decision panel too
    assert _in_view(page, "#links th >> text=Decision") and _in_view(page, "#links th >> text=Reason")
    assert _in_view(page, "#r-save")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1400  # no sideways scrolling
    # risk-factor evidence is highlighted; the year-only trauma date is drawn as the whole year
    risk = page.locator("article.note mark.m-RISK")
    assert risk.all_inner_texts() == ["ESRD", "hemodialysis", "type 2 diabetes"]
    assert "fact=diabetes" in risk.nth(2).get_attribute("title")
    year = page.locator("rect.ev-range.ev-trauma")
    assert (year.get_attribute("data-from"), year.get_attribute("data-to")) == ("2015-01-01", "2015-12-31")
    page.select_option("#r-koebner", "no")
    page.click("#r-save")  # an override without a comment is refused, nothing saved
    page.wait_for_selector("#error")
    assert "say why in the comment" in page.inner_text("#error")
    assert page.input_value("#r-koebner") == "yes"
    page.select_option("#r-koebner", "no")
    page.check("input[name='link:S1-n1:M1>S1-n1:M3'][value=reject]")
    page.fill("#r-comment", ALICE_COMMENT)
    page.click("#r-save")
    page.wait_for_selector("#saved")
    assert page.inner_text("#saved") == "Saved: 3 value(s) changed."
    assert page.inner_text("#review-status") == "reviewed"
    alice.shot("patient-alice")

    # a request without the CSRF token, or without a session, is refused and changes nothing
    refused = page.request.post(base + "/patients/S1/review",
                                form={"koebner": "yes", "comment": "forged", "csrf": "wrong"},
                                max_redirects=0)
    assert refused.status == 403
    token = page.input_value("input[name=csrf] >> nth=0")
    not_adjudicator = page.request.post(base + "/patients/S1/adjudicate", max_redirects=0,
                                        form={"koebner": "no", "comment": "settled", "csrf": token})
    assert not_adjudicator.status == 403  # a reviewer cannot settle, even with a valid token
    anonymous = server["browser"].new_context()
    no_session = anonymous.request.post(base + "/patients/S1/review",
                                        form={"koebner": "yes", "csrf": "x"}, max_redirects=0)
    assert no_session.status == 403
    assert anonymous.request.get(base + "/patients/S1", max_redirects=0).status == 303
    anonymous.close()
    cookie = {c["name"]: c for c in alice.context.cookies()}["koebner_session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    page.click("text=Log out")
    page.wait_for_url("**/login")
    alice.close()

    # --- bob: blind to alice, keeps the pipeline's decision -----------------------------------
    bob = Reviewer(server, "bob")
    assert bob.page.inner_text("tr[data-patient=S1] td.review") == "not reviewed"
    bob.page.goto(base + "/patients/S1")
    assert bob.page.input_value("#r-koebner") == "yes"  # the pipeline's value, not alice's
    assert ALICE_COMMENT not in bob.page.content()
    bob.page.check("input[name='link:S1-n1:M1>S1-n1:M3'][value=accept]")
    bob.page.fill("#r-comment", BOB_COMMENT)
    bob.page.click("#r-save")
    bob.page.wait_for_selector("#saved")
    assert bob.page.inner_text("#saved") == "Saved: 3 value(s) changed."
    bob.close()

    # --- carol: sees the disagreement side by side and settles it ------------------------------
    carol = Reviewer(server, "carol")
    carol.page.select_option("#f-review", "disagreement")
    carol.page.wait_for_url("**review=disagreement**")
    assert carol.patients() == ["S1"]
    carol.page.click("a[href='/patients/S1']")
    carol.page.wait_for_selector("#side-by-side")
    rows = carol.page.locator("#side-by-side tr.disagree")
    assert rows.count() == 2  # koebner and the folded injection link
    koebner_row = carol.page.locator("#side-by-side tr[data-field=koebner]")
    assert "no" in koebner_row.inner_text() and ALICE_COMMENT in koebner_row.inner_text()
    assert BOB_COMMENT in koebner_row.inner_text()
    assert "link: injection → abdomen (6 pairs" in carol.page.inner_text("#side-by-side")
    assert carol.page.evaluate("document.documentElement.scrollWidth") <= 1400
    carol.shot("adjudicate-before")
    carol.page.select_option("select[data-settle=koebner]", "no")
    carol.page.select_option("select[data-settle='link:S1-n1:M1>S1-n1:M3']", "reject")
    carol.page.fill("#a-comment", CAROL_COMMENT)
    carol.page.click("#a-save")
    carol.page.wait_for_selector("#saved")
    assert carol.page.inner_text("#review-status") == "reviewed"
    carol.shot("adjudicate-after")
    carol.page.goto(base + "/audit")
    assert carol.page.locator("#audit tbody tr").count() == 8
    carol.close()

    # --- export: the reviewed values, who decided, the audit log, and a gold corpus ------------
    done = _cli("export", str(run), "--adjudicated")
    assert done.returncode == 0, done.stderr
    out = run / "adjudicated"
    patients = pd.read_csv(out / "patients.csv", dtype=str, keep_default_na=False).set_index("patient_id")
    s1 = patients.loc["S1"]
    assert (s1.calciphylaxis, s1.calciphylaxis_decided_by) == ("yes", "reviewers:alice,bob")
    assert (s1.koebner, s1.koebner_decided_by) == ("no", "adjudicator:carol")
    assert s1.trauma_types == "" and s1.sites == ""  # the rejected link's details are gone
    assert s1.processed == "true"  # the run's extra column is kept
    assert (patients.loc["S2", "koebner"], patients.loc["S2", "koebner_decided_by"]) == ("yes", "pipeline")
    links = pd.read_parquet(out / "links.parquet")
    injection = links[links["trauma_type"] == "injection"]
    assert len(injection) == 6 and not injection["linked"].any()
    assert set(injection["decided_by"]) == {"adjudicator:carol"}
    audit = pd.read_csv(out / "audit.csv", dtype=str, keep_default_na=False)
    link = "link:S1-n1:M1>S1-n1:M3"
    assert list(zip(audit.user, audit.kind, audit.field, audit.old_value, audit.new_value,
                    audit.comment)) == [
        ("alice", "review", "calciphylaxis", "", "yes", ALICE_COMMENT),
        ("alice", "review", "koebner", "", "no", ALICE_COMMENT),
        ("alice", "review", link, "", "reject", ALICE_COMMENT),
        ("bob", "review", "calciphylaxis", "", "yes", BOB_COMMENT),
        ("bob", "review", "koebner", "", "yes", BOB_COMMENT),
        ("bob", "review", link, "", "accept", BOB_COMMENT),
        ("carol", "adjudication", "koebner", "", "no", CAROL_COMMENT),
        ("carol", "adjudication", link, "", "reject", CAROL_COMMENT),
    ]
    gold = pd.read_csv(out / "gold" / "gold.csv", dtype=str, keep_default_na=False)
    assert list(gold["patient_id"]) == ["S1"] and list(gold["koebner"]) == ["no"]
    gold_notes = pd.read_csv(out / "gold" / "notes.csv", dtype=str, keep_default_na=False)
    assert list(gold_notes["note_id"]) == ["S1-n1", "S1-n2", "S1-n3"]
    assert gold_notes["text"].iloc[0] == NOTES["S1-n1"][3]

    # --- evaluate the pipeline's run against the reviewed gold ---------------------------------
    scored = _cli("evaluate", str(out / "gold"), str(run), "--out", str(tmp_path / "eval"))
    assert scored.returncode == 0, scored.stdout + scored.stderr
    result = json.loads((tmp_path / "eval" / "evaluation.json").read_text())
    patients_scores = result["patients"]
    assert patients_scores["gold_patients"] == 1
    # the pipeline said koebner yes; the adjudicated gold says no: one false positive
    assert (patients_scores["koebner_yes"]["tp"], patients_scores["koebner_yes"]["fp"]) == (0, 1)

    # --- nothing of the notes, searches or comments in the server log ---------------------------
    log = server["log"].read_text()
    assert "GET /patients/S1 200" in log
    assert f"Uvicorn running on {base}" in log  # bound to 127.0.0.1 by default
    for secret in ("heating pad", "sodium", "thiosulfate", ALICE_COMMENT, "eschar", "insulin"):
        assert secret not in log

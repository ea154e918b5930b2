"""The review page: its HTML (escaping, highlighting, redaction, odd input), then the page in a
real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Without Chromium the browser tests skip locally and fail under CI (env var CI set), so a CI
machine cannot pass them by accident.
"""
from __future__ import annotations

import csv
import os
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.report import write_review
from pipeline.report.highlight import highlight
from pipeline.report.run_data import MentionView
from pipeline.stats import RunInputError

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

PATIENT_FIELDS = [
    "patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
    "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
    "obesity", "bmi", "n_notes", "evidence",
]

NOTE_R1 = (
    "DERMATOLOGY CONSULT\n"
    "Biopsy-proven calciphylaxis. Exquisitely painful eschar over the left lower abdomen, first "
    "noticed 01/28/2019. She has given her insulin injections into the left lower abdomen since "
    "2015. No ulceration on the legs. Advised to avoid ice packs."
)
NOTE_R1B = "Wound care visit. Eschar unchanged in size; no new lesions."
NOTE_R2 = "Nephrology note. Calciphylaxis of the right calf with retiform purpura since March 2021."
NOTE_R3 = "Concern for calciphylaxis vs warfarin necrosis; biopsy pending."
# A note that tries to inject markup: it must be shown as text, never run.
NOTE_R4 = ('Pt typed into portal: <script>window.__pwned = 1</script> and '
           '<img src=x onerror="window.__pwned = 2"> &amp; "quotes". Ulcer ruled out.')


def find(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(pid, nid, ndate, text, mid, label, phrase, nth=0, **extra):
    start, end = find(text, phrase, nth)
    row = dict(patient_id=pid, note_id=nid, note_date=ndate, mention_id=mid, label=label,
               start=start, end=end, text=text[start:end], section="", negated=False,
               uncertain=False, historical=False, hypothetical=False, family=False, region=None,
               laterality=None, trauma_type=None, agent=None, timex_value=None, event_date=None,
               rule="test")
    row.update(extra)
    return row


def build_run(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    d1, d1b, d2, d3, d4 = (date(2019, 2, 4), date(2019, 3, 1), date(2021, 4, 2),
                           date(2020, 6, 1), date(2022, 1, 5))
    notes = pd.DataFrame([
        ("R1", "R1-n1", d1, "Dermatology Consult", NOTE_R1),
        ("R1", "R1-n2", d1b, "Wound Care", NOTE_R1B),
        ("R2", "R2-n1", d2, "Nephrology", NOTE_R2),
        ("R3", "R3-n1", d3, "Dermatology", NOTE_R3),
        ("R4", "R4-n1", d4, "Portal message", NOTE_R4),
    ], columns=["patient_id", "note_id", "note_date", "note_type", "text"])
    notes.to_parquet(folder / "notes.parquet", index=False)
    mentions = [
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T1", "CALCIPHYLAXIS", "calciphylaxis"),
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T2", "LESION", "eschar", event_date="2019-01-28"),
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T3", "SITE", "left lower abdomen",
                region="abdomen", laterality="left"),
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T4", "TIMEX", "01/28/2019", timex_value="2019-01-28"),
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T5", "TRAUMA", "insulin injections",
                trauma_type="injection", agent="insulin", event_date="2015"),
        # The SITE sits inside a longer TRAUMA-like span below: nesting must stay well formed.
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T6", "SITE", "left lower abdomen", nth=1,
                region="abdomen", laterality="left"),
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T7", "LESION", "ulceration", negated=True),
        mention("R1", "R1-n1", d1, NOTE_R1, "R1-n1:T8", "TRAUMA", "ice packs",
                trauma_type="thermal", hypothetical=True),
        mention("R1", "R1-n2", d1b, NOTE_R1B, "R1-n2:T1", "LESION", "Eschar"),
        mention("R2", "R2-n1", d2, NOTE_R2, "R2-n1:T1", "CALCIPHYLAXIS", "Calciphylaxis"),
        mention("R2", "R2-n1", d2, NOTE_R2, "R2-n1:T2", "SITE", "right calf", region="lower_leg",
                laterality="right"),
        mention("R2", "R2-n1", d2, NOTE_R2, "R2-n1:T3", "LESION", "retiform purpura",
                event_date="2021-03"),
        mention("R3", "R3-n1", d3, NOTE_R3, "R3-n1:T1", "CALCIPHYLAXIS", "calciphylaxis",
                uncertain=True),
        mention("R4", "R4-n1", d4, NOTE_R4, "R4-n1:T1", "LESION", "Ulcer", negated=True),
        mention("R4", "R4-n1", d4, NOTE_R4, "R4-n1:T2", "TRAUMA", "<script>", trauma_type="accidental"),
    ]
    pd.DataFrame(mentions).to_parquet(folder / "mentions.parquet", index=False)
    pd.DataFrame([("R1", "R1-n1", "LOCATION", "R1-n1:T2", "R1-n1:T3")],
                 columns=["patient_id", "note_id", "type", "arg1", "arg2"]).to_parquet(
        folder / "relations.parquet", index=False)
    links = pd.DataFrame([
        ("R1", "R1-n1:T5", "R1-n1:T2", "injection", "abdomen", "left", "left", "exact", "2015",
         "2019-01-28", "before", None, 0.92, True,
         "insulin injections at the same region and side, started before the eschar"),
        ("R1", "R1-n1:T8", "R1-n1:T2", "thermal", "abdomen", None, "left", "none", None,
         "2019-01-28", "unknown", None, 0.05, False, "trauma is hypothetical"),
    ], columns=["patient_id", "trauma_id", "lesion_id", "trauma_type", "region",
                "trauma_laterality", "lesion_laterality", "site_match", "trauma_date",
                "lesion_onset", "order", "interval_days", "score", "linked", "reason"])
    links.to_parquet(folder / "links.parquet", index=False)
    rows = [
        ["R1", "yes", "yes", "injection", "abdomen:left", "2019-01-28", "2015", "", "yes", "HD",
         "yes", "yes", "no", "yes", "34.1", "2", "R1-n1"],
        ["R2", "yes", "no", "", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "", "1", "R2-n1"],
        ["R3", "possible", "no", "", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "", "1", ""],
        ["R4", "no", "no", "", "", "", "", "", "no", "none", "no", "no", "no", "no", "", "1", ""],
    ]
    with (folder / "patients.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(PATIENT_FIELDS)
        writer.writerows(rows)
    return folder


class _Nesting(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    VOID = {"meta", "br", "img", "input", "hr", "link", "line", "circle", "polygon"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.script_bodies: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag in self.VOID and (not self.stack or self.stack[-1] != tag):
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_bodies.append(data)


@pytest.fixture
def run(tmp_path: Path) -> Path:
    return build_run(tmp_path / "run")


def test_note_markup_is_escaped_and_page_has_one_script(run, tmp_path):
    out = tmp_path / "report.html"
    write_review(run, out)
    page = out.read_text()
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    # "<script>" is itself a (silly) TRAUMA mention, so it is escaped inside a <mark>.
    assert 'title="TRAUMA | affirmed | trauma_type=accidental | id R4-n1:T2 [' in page
    assert "&lt;script&gt;</mark>window.__pwned = 1&lt;/script&gt;" in page
    parser = _Nesting()
    parser.feed(page)
    assert parser.stack == []
    assert len(parser.script_bodies) == 1 and "applyFilters" in parser.script_bodies[0]
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page


def test_mentions_are_highlighted_by_label_with_flags(run, tmp_path):
    out = tmp_path / "report.html"
    write_review(run, out)
    page = out.read_text()
    assert 'class="m m-LESION is-negated"' in page
    assert 'class="m m-TRAUMA is-hypothetical"' in page
    assert ">eschar</mark>" in page
    assert 'title="LESION | negated | id R1-n1:T7 [' in page
    assert '<a href="#mention-R1-n1_T5">R1-n1:T5</a> &ldquo;insulin injections&rdquo;' in page


def test_highlight_keeps_nested_and_crossing_spans_well_formed():
    text = "rests her elbows on her thighs"
    def mv(mid, label, a, b):
        return MentionView(mid, "n", label, a, b, text[a:b], (), ())
    crossing = [mv("a", "TRAUMA", 0, 16), mv("b", "SITE", 10, 16), mv("c", "TIMEX", 14, 23),
                mv("d", "SITE", 24, 30), mv("bad", "SITE", 25, 99)]
    result = highlight(text, crossing)
    parser = _Nesting()
    parser.feed(result.html)
    assert parser.stack == []
    assert result.misplaced == ("bad",)
    plain = HTMLParser()
    pieces = []
    plain.handle_data = pieces.append
    plain.feed(result.html)
    assert "".join(pieces) == text  # highlighting never changes the text


def test_offsets_that_do_not_fit_are_reported_not_highlighted():
    text = "Necrotic plaque on the right thigh."
    wrong = MentionView("m1", "n", "LESION", 0, 8, "Eschar!!", (), ())
    result = highlight(text, [wrong])
    assert "<mark" not in result.html and result.misplaced == ("m1",)


def test_redacted_report_has_no_note_text(run, tmp_path):
    out = tmp_path / "redacted.html"
    write_review(run, out, redact=True)
    page = out.read_text()
    for note in (NOTE_R1, NOTE_R1B, NOTE_R2, NOTE_R3, NOTE_R4):
        for sentence in note.split(". "):
            assert sentence.strip()[:25] not in page, sentence
    for phrase in ("insulin injections", "retiform purpura", "ice packs", "eschar"):
        assert phrase not in page.lower()
    assert "[redacted]" in page  # the link reason quoted "insulin injections"
    assert 'id="redacted-banner"' in page
    start, end = find(NOTE_R1, "eschar")
    assert f"<td>{start}-{end}</td>" in page  # offsets stay, so a reviewer can look it up


def test_partial_run_without_notes_or_links_still_renders(tmp_path):
    run = build_run(tmp_path / "run")
    (run / "notes.parquet").unlink()
    (run / "links.parquet").unlink()
    out = tmp_path / "partial.html"
    write_review(run, out)
    page = out.read_text()
    assert "notes.parquet not found: note texts are not shown" in page
    assert "Note text not in the run folder." in page
    assert "m-LESION" in page  # mentions still listed with their labels


def test_null_flags_and_link_decisions_count_as_false(tmp_path):
    run = build_run(tmp_path / "run")
    mentions = pd.read_parquet(run / "mentions.parquet")
    mentions["negated"] = pd.array([None] * (len(mentions) - 1) + [True], dtype="boolean")
    mentions.to_parquet(run / "mentions.parquet", index=False)
    links = pd.read_parquet(run / "links.parquet")
    links["linked"] = pd.array([True, None], dtype="boolean")
    links.to_parquet(run / "links.parquet", index=False)
    out = tmp_path / "nulls.html"
    write_review(run, out)
    page = out.read_text()
    assert "m-LESION is-negated" not in page  # null negation is not negated
    assert page.count('class="m m-TRAUMA is-negated"') == 2  # the mark and the mention table
    assert page.count('data-linked="true"') == 1 and page.count('data-linked="false"') == 1


def test_bad_mentions_file_is_named(tmp_path):
    run = build_run(tmp_path / "run")
    pd.DataFrame({"patient_id": ["R1"], "note_id": ["R1-n1"]}).to_parquet(run / "mentions.parquet")
    with pytest.raises(RunInputError, match=r"mentions.parquet: missing column\(s\) mention_id, label, start, end"):
        write_review(run, tmp_path / "x.html")


def test_review_cli(run, tmp_path):
    out = tmp_path / "cli.html"
    result = CliRunner().invoke(app, ["review", str(run), "--out", str(out), "--redact"])
    assert result.exit_code == 0, result.output
    assert "redacted, 4 patients, 5 notes" in result.output
    assert "Biopsy-proven" not in out.read_text()


# ---- in a real browser -------------------------------------------------------------------


def _need_browser():
    if not CHROMIUM.exists():
        message = (f"{CHROMIUM} not found: install Debian's chromium (scripts/setup-browser.sh "
                   "or apt-get install -y chromium) to run the review page's browser tests")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return pytest.importorskip("playwright.sync_api")


def test_missing_chromium_fails_under_ci_and_skips_otherwise(monkeypatch, tmp_path):
    # _need_browser reads the module-level CHROMIUM path: point it at a file that is not there.
    monkeypatch.setitem(globals(), "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="no-chromium not found"):
        _need_browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="install Debian's chromium"):
        _need_browser()


@pytest.fixture(scope="module")
def browser():
    sync_api = _need_browser()
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("review")
    run = build_run(folder / "run")
    write_review(run, folder / "report.html")
    write_review(run, folder / "redacted.html", redact=True)
    return folder


class Page:
    """A loaded page and every console error, page error and network request it made."""

    def __init__(self, browser, path: Path):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("#worklist tbody tr")

    def visible_patients(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "#worklist tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.patient)")

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def page(browser, report):
    loaded = Page(browser, report / "report.html")
    yield loaded
    loaded.close()


def test_page_loads_clean_and_offline(page):
    assert page.errors == []  # also proves the CSP hashes match the page's own style and script
    assert page.requests == [page.page.url]  # nothing but the file itself is fetched
    assert page.visible_patients() == ["R1", "R2", "R3", "R4"]
    assert page.page.text_content("#visible-count") == "4 of 4 patients shown"


def test_injected_markup_in_a_note_stays_text(page):
    page.page.click("#worklist tbody tr[data-patient='R4']")
    section = page.page.locator("section.patient[data-patient='R4']")
    assert section.is_visible()
    assert "<script>window.__pwned = 1</script>" in section.locator(".note-text").inner_text()
    assert page.page.evaluate("typeof window.__pwned") == "undefined"
    assert page.page.locator("section.patient[data-patient='R4'] img").count() == 0


def test_filters_change_visible_rows(page):
    page.page.select_option("#filter-koebner", "yes")
    assert page.visible_patients() == ["R1"]
    page.page.select_option("#filter-koebner", "all")
    page.page.select_option("#filter-calciphylaxis", "possible")
    assert page.visible_patients() == ["R3"]
    assert page.page.text_content("#visible-count") == "1 of 4 patients shown"
    page.page.select_option("#filter-calciphylaxis", "yes")
    assert page.visible_patients() == ["R1", "R2"]
    page.page.fill("#filter-search", "r2")
    assert page.visible_patients() == ["R2"]
    assert page.page.locator("#worklist tbody tr[data-patient='R1']").is_hidden()


def test_sorting_by_a_column_reorders_rows(page):
    header = page.page.locator("#worklist thead th", has_text="Patient").locator("button")
    header.click()
    assert page.visible_patients() == ["R1", "R2", "R3", "R4"]
    header.click()
    assert page.visible_patients() == ["R4", "R3", "R2", "R1"]
    page.page.locator("#worklist thead th", has_text="Calciphylaxis").locator("button").click()
    assert page.visible_patients()[0] == "R4"  # "no" < "possible" < "yes"


def test_mentions_highlighted_and_negation_distinct(page):
    page.page.click("#worklist tbody tr[data-patient='R1']")
    section = page.page.locator("section.patient[data-patient='R1']")
    assert section.is_visible()
    assert page.page.locator("section.patient[data-patient='R2']").is_hidden()
    eschar = section.locator("mark.m-LESION", has_text="eschar").first
    assert eschar.is_visible()
    style = lambda loc, prop: loc.evaluate(f"e => getComputedStyle(e).{prop}")  # noqa: E731
    assert style(eschar, "backgroundColor") == "rgb(201, 179, 224)"  # the LESION colour
    assert "line-through" not in style(eschar, "textDecorationLine")

    negated = section.locator("mark.is-negated", has_text="ulceration")
    assert negated.is_visible()
    assert "line-through" in style(negated, "textDecorationLine")
    assert style(negated, "color") == "rgb(119, 119, 119)"
    assert "negated" in negated.get_attribute("title")
    assert style(section.locator("mark.m-SITE").first, "backgroundColor") == "rgb(169, 203, 232)"

    # The linked pair and its reason are listed; the trauma id jumps to its highlight.
    linked = section.locator("tr.link[data-linked='true']")
    assert "linked" in linked.inner_text() and "started before the eschar" in linked.inner_text()
    rejected = section.locator("details.rejected")
    assert "1 candidate pair(s) not linked" in rejected.inner_text()
    assert section.locator("tr.link[data-linked='false']").is_hidden()  # collapsed until asked
    rejected.locator("summary").click()
    assert section.locator("tr.link[data-linked='false']").is_visible()
    linked.locator("a").first.click()
    assert page.page.evaluate("location.hash") == "#mention-R1-n1_T5"
    # Timeline: the dated trauma and the lesion, joined; the undated ice packs are counted.
    assert section.locator("svg.timeline .ev-trauma").count() == 1
    assert section.locator("svg.timeline .ev-lesion").count() == 1
    assert "1 undated event(s) not drawn." in section.inner_text()
    assert section.locator("svg.timeline line.pair").count() == 1

    ARTIFACTS.mkdir(exist_ok=True)
    page.page.locator("#worklist tbody tr[data-patient='R1']").scroll_into_view_if_needed()
    page.page.screenshot(path=str(ARTIFACTS / "review.png"))
    assert (ARTIFACTS / "review.png").stat().st_size > 10_000


def test_keyboard_selects_a_patient(page):
    page.page.focus("#worklist tbody tr[data-patient='R2']")
    page.page.keyboard.press("Enter")
    assert page.page.locator("section.patient[data-patient='R2']").is_visible()


def test_redacted_page_in_browser(browser, report):
    loaded = Page(browser, report / "redacted.html")
    try:
        assert loaded.errors == []
        body = loaded.page.inner_text("body")
        assert "Biopsy-proven" not in body and NOTE_R1[:40] not in body
        assert loaded.page.locator("#redacted-banner").is_visible()
        loaded.page.click("#worklist tbody tr[data-patient='R1']")
        table = loaded.page.locator("section.patient[data-patient='R1'] table.mentions").first
        assert table.is_visible() and "LESION" in table.inner_text()
    finally:
        loaded.close()


# --- the points a new reviewer raised: folded links, risk-factor evidence, ranges, filters ------

@pytest.fixture(scope="module")
def review_run_report(tmp_path_factory) -> Path:
    from serve_run import build_review_run

    folder = tmp_path_factory.mktemp("review-run")
    write_review(build_review_run(folder / "run"), folder / "report.html")
    return folder / "report.html"


def _section(html_text: str, patient: str) -> str:
    start = html_text.index(f'data-patient="{patient}" hidden>')
    return html_text[start:html_text.index("</section>", start)]


def test_identical_links_fold_into_one_row(review_run_report):
    s1 = _section(review_run_report.read_text(), "S1")
    assert "Candidate links (7 pairs, 2 distinct)" in s1
    assert s1.count('data-pairs="6"') == 1 and s1.count('data-pairs="1"') == 1
    assert "<summary>6 pairs</summary>" in s1
    for trauma in ("S1-n1:M1", "S1-n2:M2", "S1-n3:M2"):  # every folded pair is still listed
        assert f">{trauma}</a>" in s1


def test_risk_factor_evidence_is_highlighted(review_run_report):
    s1 = _section(review_run_report.read_text(), "S1")
    assert s1.count('class="m m-RISK" data-label="RISK"') == 3  # marks in the note text
    start = s1.index("fact=diabetes")
    assert s1[start:s1.index("</mark>", start)].endswith(">type 2 diabetes")


def test_year_only_date_is_drawn_as_the_whole_year(review_run_report):
    s1 = _section(review_run_report.read_text(), "S1")
    # one bar for "since 2015" (charted in three notes), from 1 January to 31 December
    assert s1.count('data-from="2015-01-01" data-to="2015-12-31"') == 1
    assert "ev-trauma" in s1 and "<polygon" not in s1
    s2 = _section(review_run_report.read_text(), "S2")
    assert 'data-from="2020-10-01" data-to="2020-10-31"' in s2  # a month: the whole month


def test_review_run_in_browser_columns_and_filters(browser, review_run_report):
    loaded = Page(browser, review_run_report)
    page = loaded.page
    try:
        assert loaded.errors == []
        page.click("#worklist tbody tr[data-patient=S1]")
        for header in ("Decision", "Reason"):
            box = page.locator(f"section.patient[data-patient=S1] table.links th >> text={header}").first.bounding_box()
            assert box and box["x"] + box["width"] <= 1400
        page.select_option("#filter-trauma", "thermal")
        assert loaded.visible_patients() == ["S2"]
        page.select_option("#filter-trauma", "all")
        page.select_option("#filter-site", "thigh")
        assert loaded.visible_patients() == ["S2", "S5"]
        page.select_option("#filter-site", "all")
        page.fill("#filter-text", "Heating   PAD")
        assert loaded.visible_patients() == ["S1", "S2"]
        page.fill("#filter-text", "heating cellulitis")
        assert loaded.visible_patients() == []
        assert page.inner_text("#visible-count") == "0 of 5 patients shown"
        ARTIFACTS.mkdir(exist_ok=True)
        page.fill("#filter-text", "")
        page.click("#worklist tbody tr[data-patient=S1]")
        page.screenshot(path=str(ARTIFACTS / "review-folded.png"), full_page=True)
    finally:
        loaded.close()

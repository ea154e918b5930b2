"""The review page in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

Without Chromium these tests skip locally and fail under CI (env var CI set), so a CI machine
cannot pass them by accident.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from pipeline.report import write_review
from test_report import NOTE_R1, build_run

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def _need_browser():
    if not CHROMIUM.exists():
        message = (f"{CHROMIUM} not found: install Debian's chromium (scripts/setup-browser.sh "
                   "or apt-get install -y chromium) to run the review page's browser tests")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return pytest.importorskip("playwright.sync_api")


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

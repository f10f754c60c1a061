"""The HTML report in real headless Chromium: no console errors, the filter and search work."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.consult_report.conftest import OUTPUT
from wetgen.consult.publish import build_report
from wetgen.consult.publish.html import render_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists() and not shutil.which("chromium"), reason="Debian chromium not installed"
)


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


def _open(browser, store, tmp_path, public=True):
    path = tmp_path / "verslag.html"
    path.write_bytes(render_html(build_report(store, public=public)))
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on(
        "request", lambda r: problems.append(f"request {r.url}") if r.url != path.as_uri() else None
    )
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, problems


def _visible_sections(page) -> list[str]:
    return page.eval_on_selector_all(
        "section.node[id^='s-']", "els => els.filter(e => e.offsetParent !== null).map(e => e.id)"
    )


def test_page_loads_offline_without_console_errors_and_saves_a_screenshot(browser, store, tmp_path):
    page, problems = _open(browser, store, tmp_path)
    assert problems == []
    assert page.locator("svg.grafiek").count() == 3
    assert page.locator("nav.inhoud li[data-target]").count() == len(_visible_sections(page))
    assert page.inner_text("#zichtbaar") == "8 van 8 onderdelen zichtbaar"
    OUTPUT.mkdir(exist_ok=True)
    shot = OUTPUT / "consult_report_public.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    page.close()


def test_search_box_filters_sections_and_navigation(browser, store, tmp_path):
    page, problems = _open(browser, store, tmp_path)
    page.fill("#zoek", "twaalf maanden")
    assert _visible_sections(page) == ["s-art_II", "s-art_II__para_2"]
    hidden_links = page.eval_on_selector_all(
        "nav.inhoud li.verborgen", "els => els.map(e => e.dataset.target)"
    )
    assert "s-art_I" in hidden_links and "s-art_II" not in hidden_links
    assert page.inner_text("#zichtbaar") == "2 van 8 onderdelen zichtbaar"
    page.fill("#zoek", "")
    assert len(_visible_sections(page)) == 8
    assert problems == []
    page.close()


def test_category_filter_keeps_sections_and_quotes_of_that_category(browser, store, tmp_path):
    page, problems = _open(browser, store, tmp_path)
    page.select_option("#categorie", "woningcorporatie")
    assert _visible_sections(page) == ["s-art_I", "s-art_I__point_B", "s-art_III"]
    quotes = page.eval_on_selector_all(
        "#s-art_I__point_B blockquote", "els => els.filter(e => e.offsetParent !== null).length"
    )
    assert quotes == 1
    # a section whose quotes are all of other categories hides its "quotes" heading too
    page.select_option("#categorie", "belangenorganisatie")
    assert "s-art_I__point_B" in _visible_sections(page)
    assert not page.is_visible("#s-art_I__point_B .groep")
    assert problems == []
    page.close()


def test_internal_page_is_marked_and_also_loads_cleanly(browser, store, tmp_path):
    page, problems = _open(browser, store, tmp_path, public=False)
    assert "Niet publiceren" in page.inner_text(".intern-balk")
    assert problems == []
    page.close()


def test_sample_report_loads_and_filters_in_chromium(browser, sample_db, tmp_path):
    from wetgen.consult.store import open_store

    conn = open_store(sample_db, create=False)
    try:
        html = render_html(build_report(conn, public=True))
    finally:
        conn.close()
    path = tmp_path / "sample.html"
    path.write_bytes(html)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(path.as_uri())
    everything = len(_visible_sections(page))
    page.select_option("#categorie", "waterschap")
    some = len(_visible_sections(page))
    assert 0 < some < everything
    page.select_option("#categorie", "")
    page.fill("#zoek", "zzz-komt-nergens-voor")
    assert _visible_sections(page) == []
    page.fill("#zoek", "")
    assert problems == []
    OUTPUT.mkdir(exist_ok=True)
    shot = OUTPUT / "consult_report_sample.png"
    page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    page.close()

"""The chat in a real browser: `streamlit run`, headless Debian Chromium, the headline question end to end."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.helpers.browser import ANSWER_MS, CHROMIUM, serve_app
from tests.helpers.sample import part_stock_by_warehouse
from webui.i18n import STRINGS
from webui.navigation import PAGES

HEADLINE = "ABC-12345 부품의 재고는?"
BREAKDOWN = "ABC-12345 부품의 창고별 재고"
"""The headline's total is one row, which gets no chart; its per-warehouse breakdown does."""
STAGES = ("Query analysis", "Data retrieval", "Response generation")

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")]


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The app on the real agent and sample data."""
    with serve_app() as url:
        yield url


@pytest.fixture(scope="module")
def slow_server() -> Iterator[str]:
    """The app on an agent whose query runs until it is stopped."""
    with serve_app("tests.helpers.page_agents:slow_agent") as url:
        yield url


def _ask(page, question: str, expected: re.Pattern[str]):
    chat_input = page.locator('[data-testid="stChatInput"] textarea')
    chat_input.wait_for(timeout=ANSWER_MS)
    page.wait_for_function("el => !el.disabled", arg=chat_input.element_handle(), timeout=ANSWER_MS)
    chat_input.fill(question)
    chat_input.press("Enter")
    reply = page.locator('[data-testid="stChatMessage"]').filter(has_text=expected)
    reply.first.wait_for(timeout=ANSWER_MS)
    return reply.first


def _menu(page) -> list[str]:
    """The sidebar menu's titles (each link's text is its icon's name, then its title)."""
    links = page.locator('[data-testid="stSidebarNav"] a')
    return [text.strip().split("\n")[-1] for text in links.all_inner_texts() if text.strip()]


def test_menu_titles_even_when_a_fresh_server_opens_on_a_page(server, browser):
    """The first request after a start opens /Settings: the menu still shows the app's titles, no Deploy."""
    page = browser.new_page(viewport={"width": 1400, "height": 900}, locale="en-US")
    try:
        page.goto(f"{server}/Settings")
        page.get_by_text("Answering engine").wait_for(timeout=ANSWER_MS)
        titles = [STRINGS[entry.title]["en"] for entry in PAGES]
        page.wait_for_function(
            "n => { const a = [...document.querySelectorAll('[data-testid=stSidebarNav] a')];"
            " return a.length === n && !a.some(x => x.innerText.includes('streamlit app')); }",
            arg=len(titles), timeout=ANSWER_MS)
        assert _menu(page) == titles
        assert titles[:3] == ["Chat", "Data", "Settings"]
        assert page.get_by_text("Deploy", exact=True).count() == 0
        page.get_by_role("link", name="Chat").first.click()
        page.locator('[data-testid="stChatInput"] textarea').wait_for(timeout=ANSWER_MS)
        assert page.url.rstrip("/") == server
    finally:
        page.close()


def test_headline_question_in_the_browser(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1800}, locale="en-US")
    try:
        page.goto(server)
        answer = _ask(page, HEADLINE, re.compile(r"1,?000"))
        answer.get_by_text("Confidence:").wait_for(timeout=ANSWER_MS)
        for stage in STAGES:
            assert page.get_by_text(stage, exact=False).first.is_visible(), stage
        assert page.get_by_text(HEADLINE).first.is_visible()
        answer.locator("[data-testid=\"stDataFrame\"]").first.wait_for(timeout=ANSWER_MS)

        seoul = dict(part_stock_by_warehouse())["Seoul Central"]  # the part's stock there, from pandas
        breakdown = _ask(page, BREAKDOWN, re.compile(rf"Seoul Central\D*{seoul}.*1,?000", re.S))
        chart = breakdown.locator('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg, '
                                  '.vega-embed canvas, .vega-embed svg')
        chart.first.wait_for(timeout=ANSWER_MS)
        assert page.get_by_text(HEADLINE).first.is_visible(), "the first question stays on the page"
    finally:
        page.close()


def test_downloads_in_the_browser(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1400, "height": 1400}, locale="en-US", accept_downloads=True)
    try:
        page.goto(server)
        answer = _ask(page, "stock by warehouse", re.compile(r"Seoul Central"))
        answer.locator('[data-testid="stVegaLiteChart"]').first.wait_for(timeout=ANSWER_MS)
        answer.locator('[data-testid="stPopover"] button').first.click()
        files = {}
        for label in ("Table (CSV)", "Table (Excel)", "Chart (PNG)", "Chart (SVG)", "Download SQL",
                      "Download report (HTML)", "Download Markdown"):
            with page.expect_download(timeout=ANSWER_MS) as download:
                page.get_by_role("button", name=label).first.click()
            path = tmp_path / download.value.suggested_filename
            download.value.save_as(path)
            files[label] = path
        assert files["Table (CSV)"].name.startswith("stock-by-warehouse_")
        assert files["Table (CSV)"].read_bytes().startswith(b"\xef\xbb\xbfWarehouse name,")  # BOM, then headers
        assert files["Table (Excel)"].read_bytes()[:2] == b"PK"
        assert files["Chart (PNG)"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert "<svg" in files["Chart (SVG)"].read_text(encoding="utf-8")[:500]
        assert "SELECT" in files["Download SQL"].read_text(encoding="utf-8")
        report = files["Download report (HTML)"].read_text(encoding="utf-8")
        assert "stock by warehouse" in report and "<svg" in report
        assert "stock by warehouse" in files["Download Markdown"].read_text(encoding="utf-8")
        assert page.locator('[data-testid="stChatMessage"]').count() == 2, "downloads do not rerun the page"
    finally:
        page.close()


def test_data_page_in_the_browser(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1100}, locale="en-US")
    try:
        page.goto(f"{server}/Data")
        page.get_by_role("tab").first.wait_for(timeout=ANSWER_MS)
        assert page.get_by_role("tab").count() == 5
        page.locator('[data-testid="stDataFrame"]').nth(1).wait_for(timeout=ANSWER_MS)
    finally:
        page.close()


def test_stop_button_stops_the_answer_and_keeps_the_question(slow_server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
    try:
        page.goto(slow_server)
        chat_input = page.locator('[data-testid="stChatInput"] textarea')
        chat_input.wait_for(timeout=ANSWER_MS)
        chat_input.fill("count forever")
        chat_input.press("Enter")
        page.get_by_text(re.compile(r"running for \d")).first.wait_for(timeout=ANSWER_MS)
        page.locator('[data-testid="stChatInputStopButton"]').click()
        page.wait_for_function("el => !el.disabled", arg=chat_input.element_handle(), timeout=ANSWER_MS)
        chat_input.fill("and now?")
        chat_input.press("Enter")  # the next run redraws the stopped turn from session state
        page.get_by_text("Stopped — this answer was interrupted").first.wait_for(timeout=ANSWER_MS)
        assert page.get_by_text("count forever").first.is_visible()
        page.get_by_text("and now?").first.wait_for(timeout=ANSWER_MS)  # drawn just after the history
    finally:
        page.close()

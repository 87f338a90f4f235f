"""The HTML report in headless Chromium: charts drawn, text and tables shown, nothing executed or fetched."""

from __future__ import annotations

import pytest

from exports import conversation_html
from tests.helpers.browser import CHROMIUM
from tests.helpers.export_samples import GENERATED_AT

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]


@pytest.fixture
def report_page(browser, turns, tmp_path):
    """The sample conversation opened from a file:// URL, with requests and dialogs recorded."""
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    requests: list[str] = []
    dialogs: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    path = tmp_path / "report.html"
    html = conversation_html(turns, "재고 대화 보고서", generated_at=GENERATED_AT, max_rows=10)
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    yield page, requests, dialogs, path
    page.close()


def test_report_shows_charts_text_and_tables(report_page):
    page, requests, dialogs, path = report_page
    charts = page.locator("figure.chart svg")
    assert charts.count() == 2
    for i in range(2):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] > 300 and box["height"] > 150
    assert page.locator("figure.chart svg .mark-rect path").count() == 3  # three bars
    assert page.locator("figure.chart svg .mark-line path").count() == 1
    assert page.locator("figure.chart svg .role-axis-label text").count() > 5
    assert page.locator("#q1 .answer").inner_text().startswith("ABC-12345 부품의 현재 재고는 1,000개입니다.")
    assert page.locator("#q1 .answer").is_visible()
    first_table = page.locator("table.data").first
    assert first_table.locator("tbody tr").count() == 4
    assert first_table.locator("tbody tr").first.inner_text().split("\t")[:3] == ["ABC-12345", "볼트 M8", "1,000"]
    assert page.get_by_text("Confidence: 87%").is_visible()
    assert page.get_by_text("Showing the first 10 of 120 rows.").is_visible()
    assert page.locator("pre.sql").first.inner_text().startswith("SELECT part_no")
    assert requests == [path.as_uri()], "only the file itself is loaded"
    assert dialogs == []

    shot = path.with_suffix(".png")  # in the test's temporary folder (docs/screenshots: `make screenshots`)
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_hostile_text_is_shown_not_executed(report_page):
    page, _, dialogs, _ = report_page
    question = page.locator("#q3 .qtext")
    assert question.inner_text() == "<script>alert(1)</script> and <img src=x onerror=alert(2)>"
    assert "<script>window.__xss = 1</script>" in page.locator("#q3 .answer").inner_text()
    assert page.locator("#q3 table.data td").inner_text() == "<script>alert(4)</script>"
    assert page.evaluate("document.querySelectorAll('script, img, iframe').length") == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert dialogs == []

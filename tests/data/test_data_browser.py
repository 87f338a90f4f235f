"""The data page in a real browser: `streamlit run app.py`, upload a CSV with the file chooser, see the table."""

from __future__ import annotations

import re

import pytest

from tests.helpers.browser import ANSWER_MS, CHROMIUM, serve_app

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium")]

SALES = ("region,sold_on,amount,units\n"
         + "".join(f"{r},2025/{m:02d}/{d:02d},\"{(m * 1000 + d * 37):,}\",{m + d}\n"
                   for m in range(1, 7) for d in (3, 17) for r in ("Seoul", "Busan", "Daegu")))


def test_upload_a_file_in_the_browser(browser, tmp_path, monkeypatch):
    monkeypatch.setenv("CHATBOT_DATA_DIR", str(tmp_path / "data"))
    csv_path = tmp_path / "Regional sales.csv"
    csv_path.write_text(SALES, encoding="utf-8")
    with serve_app() as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1500}, locale="en-US")
        try:
            page.goto(f"{url}/Data")
            chooser = page.locator('[data-testid="stFileUploader"] input[type="file"]').first
            chooser.wait_for(state="attached", timeout=ANSWER_MS)
            chooser.set_input_files(str(csv_path))
            page.get_by_text(re.compile(r"Added table `?regional_sales`? from Regional sales\.csv")).wait_for(
                timeout=ANSWER_MS)
            tab = page.get_by_role("tab", name=re.compile(r"regional_sales · 36"))
            tab.wait_for(timeout=ANSWER_MS)
            tab.click()
            page.get_by_text("Uploaded from Regional sales.csv").wait_for(timeout=ANSWER_MS)
            page.locator('[data-testid="stDataFrame"]:visible').nth(1).wait_for(timeout=ANSWER_MS)
        finally:
            page.close()

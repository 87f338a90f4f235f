"""Make docs/screenshots/*.png: the app under `streamlit run` in headless Chromium, as the browser tests drive it.

`make screenshots` (or `.venv/bin/python scripts/make_screenshots.py [--out DIR]`). Users' data and connections
go to a throwaway folder, so the pictures show the bundled sample data and the upload made here, nothing else.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from tests.helpers.browser import ANSWER_MS, launch, serve_app  # noqa: E402

HEADLINE = "ABC-12345 부품의 재고는?"
BREAKDOWN = "ABC-12345 부품의 창고별 재고"
REPORT_QUESTIONS = (HEADLINE, BREAKDOWN, "monthly shipments")
SALES = ("region,sold_on,amount,units\n"
         + "".join(f"{r},2025/{m:02d}/{d:02d},\"{(m * 1000 + d * 37):,}\",{m + d}\n"
                   for m in range(1, 7) for d in (3, 17) for r in ("Seoul", "Busan", "Daegu")))
"""The upload shown in data_upload.png: 36 rows of regional sales, dates and numbers as text."""
SETTLE_MS = 800
"""Time for charts and tables to finish drawing before a picture is taken."""


def _ask(page, question: str, expected: re.Pattern[str]):
    chat_input = page.locator('[data-testid="stChatInput"] textarea')
    chat_input.wait_for(timeout=ANSWER_MS)
    page.wait_for_function("el => !el.disabled", arg=chat_input.element_handle(), timeout=ANSWER_MS)
    chat_input.fill(question)
    chat_input.press("Enter")
    reply = page.locator('[data-testid="stChatMessage"]').filter(has_text=expected).first
    reply.wait_for(timeout=ANSWER_MS)
    return reply


def chat(browser, url: str, out: Path) -> Path:
    """The headline question and its per-warehouse breakdown, with the chart."""
    page = browser.new_page(viewport={"width": 1400, "height": 1800}, locale="en-US")
    try:
        page.goto(url)
        _ask(page, HEADLINE, re.compile(r"1,?000")).get_by_text("Confidence:").wait_for(timeout=ANSWER_MS)
        breakdown = _ask(page, BREAKDOWN, re.compile(r"Seoul Central.*1,?000", re.S))
        breakdown.locator('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg').first \
            .wait_for(timeout=ANSWER_MS)
        page.wait_for_timeout(SETTLE_MS)
        page.evaluate("() => document.querySelectorAll('*').forEach(el => { if (el.scrollTop > 0) el.scrollTop = 0; })")
        page.screenshot(path=str(out / "chat.png"))
    finally:
        page.close()
    return out / "chat.png"


def data(browser, url: str, out: Path) -> Path:
    """The data page on the sample tables."""
    page = browser.new_page(viewport={"width": 1400, "height": 1100}, locale="en-US")
    try:
        page.goto(f"{url}/Data")
        page.get_by_role("tab").first.wait_for(timeout=ANSWER_MS)
        page.locator('[data-testid="stDataFrame"]').nth(1).wait_for(timeout=ANSWER_MS)
        page.wait_for_timeout(SETTLE_MS)
        page.screenshot(path=str(out / "data.png"))
    finally:
        page.close()
    return out / "data.png"


def data_upload(browser, url: str, out: Path, work: Path) -> Path:
    """The data page after uploading a CSV through the file chooser, its new table open."""
    csv_path = work / "Regional sales.csv"
    csv_path.write_text(SALES, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1500}, locale="en-US")
    try:
        page.goto(f"{url}/Data")
        chooser = page.locator('[data-testid="stFileUploader"] input[type="file"]').first
        chooser.wait_for(state="attached", timeout=ANSWER_MS)
        chooser.set_input_files(str(csv_path))
        tab = page.get_by_role("tab", name=re.compile(r"regional_sales · 36"))
        tab.wait_for(timeout=ANSWER_MS)
        tab.click()
        page.get_by_text("Uploaded from Regional sales.csv").wait_for(timeout=ANSWER_MS)
        page.locator('[data-testid="stDataFrame"]:visible').nth(1).wait_for(timeout=ANSWER_MS)
        page.wait_for_timeout(SETTLE_MS)
        page.screenshot(path=str(out / "data_upload.png"), full_page=True)
    finally:
        page.close()
    return out / "data_upload.png"


def report(browser, out: Path, work: Path) -> Path:
    """The HTML report of a short conversation answered by the real agent on the sample data."""
    from agent.chatbot import ChatbotAgent
    from exports import conversation_html

    agent = ChatbotAgent()
    turns = []
    for question in REPORT_QUESTIONS:
        last = list(agent.stream(question))[-1]
        turns.append({"question": question, "final": last["data"] if last["type"] == "final" else None,
                      "error": last["data"] if last["type"] == "error" else None, "stopped": False})
    path = work / "report.html"
    path.write_text(conversation_html(turns, "재고 대화 보고서", generated_at=dt.datetime.now().astimezone()),
                    encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 800})
    try:
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        page.screenshot(path=str(out / "report.png"), full_page=True)
    finally:
        page.close()
    return out / "report.png"


def main() -> None:
    """Start the app, drive it in headless Chromium and save the screenshots to `--out`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="screenshots-") as folder:
        work = Path(folder)
        isolated = {"CHATBOT_DATA_DIR": str(work / "data"), "CHATBOT_SECRETS_FILE": str(work / "no-secrets.toml")}
        os.environ.update(isolated)  # the report's agent, in this process, reads them too
        with sync_playwright() as playwright, serve_app(env=isolated) as url:
            browser = launch(playwright)
            try:
                made = [chat(browser, url, args.out), data(browser, url, args.out),
                        data_upload(browser, url, args.out, work), report(browser, args.out, work)]
            finally:
                browser.close()
    for path in made:
        print(f"{path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path}: "
              f"{path.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()

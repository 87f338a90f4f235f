"""The HTML conversation report as text: self-contained, escaped, charts inline and sanitised."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from exports import conversation_html
from exports.safe_markdown import markdown_to_html
from exports.svg_inline import inline_svg
from tests.helpers.export_samples import GENERATED_AT


class Collector(HTMLParser):
    """Tags, attributes and text of a document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


def test_document_head_is_complete(turns):
    html = conversation_html(turns, "재고 대화 <요약>", generated_at=GENERATED_AT)
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"ko\">")
    assert "<meta charset=\"utf-8\">" in html
    assert "<title>재고 대화 &lt;요약&gt;</title>" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert "@media print" in html
    assert "<time datetime=\"2025-06-01T09:30:00+09:00\">2025-06-01 09:30</time> · 5 questions" in html


def test_lang_follows_the_text():
    final = {"content": "Three.", "sources": []}
    english = [{"question": "How many?", "final": final, "error": None, "stopped": False}]
    assert "<html lang=\"en\">" in conversation_html(english, "Stock", generated_at=GENERATED_AT)
    assert "<html lang=\"de\">" in conversation_html(english, "Stock", generated_at=GENERATED_AT, lang="de")


def test_self_contained_no_script_no_remote_resources(turns):
    html = conversation_html(turns, "t", generated_at=GENERATED_AT)
    doc = parse(html)
    tags = [tag for tag, _ in doc.tags]
    assert "script" not in tags and "iframe" not in tags and "img" not in tags and "link" not in tags
    for _, attrs in doc.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
        for name in ("src", "href", "xlink:href"):
            assert not (attrs.get(name) or "").startswith(("http", "//", "javascript")), attrs
    assert "cdn" not in html.lower() and "vega-embed" not in html


def test_user_and_answer_text_is_escaped(turns):
    html = conversation_html(turns, "t", generated_at=GENERATED_AT)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;b&gt;bold?&lt;/b&gt; &lt;script&gt;window.__xss = 1&lt;/script&gt;" in html
    assert "[link](javascript:alert(3))" in html  # not turned into a link
    assert "<th scope=\"col\">&lt;i&gt;col&lt;/i&gt;</th>" in html
    assert "<td>&lt;script&gt;alert(4)&lt;/script&gt;</td>" in html


def test_answers_tables_sources_and_states(turns):
    html = conversation_html(turns, "t", generated_at=GENERATED_AT, max_rows=10)
    assert "<p>ABC-12345 부품의 현재 재고는 <strong>1,000개</strong>입니다.</p>" in html
    assert "<td>ABC-12345</td><td>볼트 M8</td><td class=\"num\">1,000</td><td class=\"num\">12.5</td>" in html
    assert "Showing the first 10 of 120 rows." in html
    assert "Confidence: <strong>87%</strong>" in html
    assert "<li>inventory (4 rows)</li>" in html
    assert "SELECT part_no, name, qty FROM inventory WHERE part_no LIKE &#x27;ABC-%&#x27; ORDER BY qty DESC" in html
    assert "<strong>Error</strong> (<code>TimeoutError</code>): 시간 초과 (30초)" in html
    assert "Stopped before the answer was finished." in html


def test_charts_are_inline_svg_with_unique_ids(turns):
    for turn in turns[:2]:  # clipped marks: Vega draws them through clip paths that are referenced by id
        chart = turn["final"]["chart_data"]
        mark = chart["mark"] if isinstance(chart["mark"], dict) else {"type": chart["mark"]}
        chart["mark"] = {**mark, "clip": True}
    html = conversation_html(turns, "t", generated_at=GENERATED_AT)
    assert html.count("<svg ") == 2 and "class=\"marks chart-svg\"" in html
    assert "aria-label=\"부품별 재고 현황\"" in html and "aria-label=\"Orders per month\"" in html
    ids = re.findall(r" id=\"([^\"]+)\"", html)
    assert len(ids) == len(set(ids))
    refs = re.findall(r"url\(#([^)]+)\)", html)
    assert len(refs) >= 2, "each chart clips its marks by id"
    assert set(refs) <= set(ids), set(refs) - set(ids)


def test_a_broken_chart_does_not_break_the_report(turns):
    turns[0]["final"]["chart_data"] = {"mark": "no-such-mark", "data": {"values": []}}
    html = conversation_html(turns, "t", generated_at=GENERATED_AT)
    assert "The chart could not be rendered" in html and html.count("<svg ") == 1


def test_inline_svg_strips_script_handlers_links_and_foreign_content():
    hostile = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10" '
        'onload="alert(1)"><script>alert(2)</script><foreignObject><div>x</div></foreignObject>'
        '<a xlink:href="javascript:alert(3)"><rect width="5" height="5" onclick="alert(4)"/></a>'
        '<image xlink:href="https://example.com/x.png"/><defs><clipPath id="clip1"><rect/></clipPath></defs>'
        '<g clip-path="url(#clip1)" fill="url(https://evil/x#y)" style="background:url(https://evil)">'
        "<text>&lt;b&gt;t</text></g></svg>"
    )
    out = inline_svg(hostile, "p-", label="l")
    for bad in ("alert", "script", "foreignObject", "href", "https", "image", "<a", "style="):
        assert bad not in out, bad
    assert '<clipPath id="p-clip1">' in out and 'clip-path="url(#p-clip1)"' in out
    assert "<text>&lt;b&gt;t</text>" in out
    assert out.startswith('<svg width="10" height="10" class="chart-svg" role="img" aria-label="l">')


def test_markdown_renderer_is_safe():
    html = markdown_to_html(
        "<script>x</script> [a](javascript:x) [b](https://ok.example) ![c](https://img.example/c.png)"
        "\n\n| a |\n|---|\n| 1 |"
    )
    assert "<script" not in html and 'href="javascript' not in html and "<img" not in html
    assert '<a href="https://ok.example" rel="noopener noreferrer nofollow">b</a>' in html
    assert "<table>" in html and "<td>1</td>" in html

"""The Markdown conversation report: questions, answers, capped tables, sources and SQL, marked failures."""

from __future__ import annotations

from exports import conversation_markdown
from exports.markdown_report import escape_text, fenced, markdown_table
from tests.helpers.export_samples import GENERATED_AT


def test_report_has_title_questions_answers_and_tables(turns):
    md = conversation_markdown(turns, "재고 대화", generated_at=GENERATED_AT)
    assert md.startswith("# 재고 대화\n\n_Exported 2025-06-01 09:30 · 5 questions_")
    assert "> ABC\\-12345 부품의 현재 재고는?" not in md  # hyphens are not escaped
    assert "> ABC-12345 부품의 현재 재고는?" in md
    assert "ABC-12345 부품의 현재 재고는 **1,000개**입니다." in md
    assert "| 부품 번호 | 부품명 | 재고 | 단가 | 입고일 |" in md
    assert "|---|---|---:|---:|---|" in md
    assert "| ABC-12345 | 볼트 M8 | 1,000 | 12.5 | 2025-05-30 |" in md
    assert "| XYZ-00001 | 와셔 \"특대\" | 0 | 1,234,567.891 |   |" in md
    assert "| XYZ-00002 | 줄바꿈 있는 이름 | -75 |   | 2025-01-02 |" in md
    assert "**Confidence:** 87%" in md


def test_long_tables_are_capped_and_say_so(turns):
    md = conversation_markdown(turns, "t", generated_at=GENERATED_AT, max_rows=10)
    assert "| 9 | row 9 |" in md and "| 10 | row 10 |" not in md
    assert "_Showing the first 10 of 120 rows. The query returned more rows than the answer kept" in md


def test_sources_and_sql_are_fenced(turns):
    md = conversation_markdown(turns, "t", generated_at=GENERATED_AT)
    assert "**Sources**\n\n- orders (3 rows)\n- calendar (120 rows)" in md
    assert "```sql\nSELECT month, count(*) AS orders\nFROM orders\nGROUP BY 1\n```" in md
    assert "```sql\nSELECT * FROM calendar;\n```" in md


def test_errors_stopped_and_html_are_marked_as_text(turns):
    md = conversation_markdown(turns, "t", generated_at=GENERATED_AT)
    assert "> **Error** (TimeoutError): 시간 초과 (30초)" in md
    assert "_Stopped before the answer was finished._" in md
    assert "> \\<script\\>alert(1)\\</script\\> and \\<img src=x onerror=alert(2)\\>" in md
    assert "| \\<i\\>col\\</i\\> |" in md


def test_helpers():
    assert fenced("a ``` b", "sql") == "````sql\na ``` b\n````"
    assert escape_text("a|b*c_[d]") == "a\\|b\\*c\\_\\[d\\]"
    assert markdown_table({"columns": ["a|b"], "rows": [[None], [True]]}) == "| a\\|b |\n|---|\n|   |\n| true |"


HOSTILE_ANSWER = (
    "**Stock** is low <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n"
    "[details](javascript:alert(3)) <javascript:alert(4)> [docs](https://example.com/a)\n\n"
    "<div onmouseover=\"alert(5)\">raw block</div>\n\n"
    "- keep `<b>code</b>` and ``` fences\n- second\n\n"
    "&lt;script&gt;alert(6)&lt;/script&gt; <a href=\"javascript:alert(7)\">a</a>"
)


def _rendered(md: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table").render(md)


def _markup(html: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The tags and (attribute, value) pairs of an HTML fragment, as a browser's parser sees them."""
    from html.parser import HTMLParser

    tags: list[str] = []
    attrs: list[tuple[str, str]] = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, found):
            tags.append(tag)
            attrs.extend((name, value or "") for name, value in found)

    Collect().feed(html)
    return tags, attrs


def _turn(**final) -> dict:
    return {"question": "재고는?", "final": {"content": "", **final}}


def test_the_answer_renders_no_html_when_the_report_is_rendered_with_html_on():
    hostile_table = {"columns": ["<script>x</script>", "ok"], "rows": [["<img src=x onerror=alert(8)>", 1]]}
    sources = [{"name": "<b>orders</b>", "sql": "SELECT 1\n```\n<script>alert(9)</script>\n```"}]
    md = conversation_markdown([_turn(content=HOSTILE_ANSWER, table_data=hostile_table, sources=sources)],
                               "<script>t</script>", generated_at=GENERATED_AT)
    html = _rendered(md)
    tags, attrs = _markup(html)
    assert not {"script", "img", "div"} & set(tags), tags
    assert not [a for a in attrs if a[0].startswith("on") or "javascript:" in a[1].lower()], attrs
    assert [v for k, v in attrs if k == "href"] == ["https://example.com/a"]
    # what people read is still there, as text
    for visible in ("&lt;script&gt;alert(1)&lt;/script&gt;", "onerror=alert(2)", "<strong>Stock</strong>",
                    "<code>&lt;b&gt;code&lt;/b&gt;</code>", "<li>second</li>", "raw block",
                    "&lt;script&gt;alert(6)&lt;/script&gt;"):
        assert visible in html, visible


def test_sql_with_a_fence_inside_stays_in_its_code_block():
    sources = [{"name": "q", "sql": "SELECT '```' AS x\n```\n<script>alert(1)</script>"}]
    md = conversation_markdown([_turn(content="ok", sources=sources)],
                               "t", generated_at=GENERATED_AT)
    tags, _ = _markup(_rendered(md))
    assert "script" not in tags and tags.count("pre") == 1

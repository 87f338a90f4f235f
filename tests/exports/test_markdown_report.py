"""The Markdown conversation report: questions, answers, capped tables, sources and SQL, marked failures."""

from __future__ import annotations

from exports import conversation_markdown
from exports.markdown_report import escape_text, fenced, markdown_table

from .conftest import GENERATED_AT


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

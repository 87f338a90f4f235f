"""SQL for copying, and download file names."""

from __future__ import annotations

import datetime as dt

from exports import export_filename, sql_text


def test_sql_text_joins_every_source_once():
    final = {
        "sources": [
            {"type": "table", "name": "orders", "sql": "SELECT 1", "row_count": 1},
            {"type": "table", "name": "orders\nagain", "sql": " SELECT 1 ", "row_count": 1},
            {"type": "table", "name": "stock", "sql": "SELECT 2;\n", "row_count": 1234},
            {"type": "table", "name": "no sql", "sql": None},
        ]
    }
    assert sql_text(final) == "-- orders (1 row)\nSELECT 1;\n\n-- stock (1,234 rows)\nSELECT 2;\n"
    assert sql_text({"sources": []}) == "" and sql_text(None) == ""


def test_sql_text_of_the_sample(final):
    assert sql_text(final).startswith("-- inventory (4 rows)\nSELECT part_no")


def test_export_filename_is_a_safe_dated_slug():
    day = dt.date(2025, 6, 1)
    assert export_filename("ABC-12345 부품 재고?", "csv", day) == "abc-12345-부품-재고_2025-06-01.csv"
    assert export_filename("../../etc/passwd", ".XLSX", day) == "etc-passwd_2025-06-01.xlsx"
    assert export_filename("  ", "html", day) == "data-chat_2025-06-01.html"
    assert export_filename(None, "", dt.datetime(2025, 1, 2, 23, 59)) == "data-chat_2025-01-02.txt"
    long = export_filename("가" * 200, "md", day)
    assert long == "가" * 60 + "_2025-06-01.md"
    assert export_filename("ｆｕｌｌ　ｗｉｄｔｈ", "md", day) == "full-width_2025-06-01.md"
    assert export_filename("x", "png").endswith(f"_{dt.date.today():%Y-%m-%d}.png")

"""Results worth sharing: answers and conversations as CSV, XLSX, PNG, SVG, SQL, Markdown and HTML."""

from exports.charts import ChartExportError, chart_png, chart_svg
from exports.filenames import export_filename
from exports.html_report import conversation_html
from exports.markdown_report import conversation_markdown
from exports.sql import sql_text
from exports.tables import table_csv, table_xlsx

__all__ = [
    "ChartExportError",
    "chart_png",
    "chart_svg",
    "conversation_html",
    "conversation_markdown",
    "export_filename",
    "sql_text",
    "table_csv",
    "table_xlsx",
]

"""Typing an upload's text columns: numbers with thousands separators, text dates, clean column names."""

from __future__ import annotations

import re
from collections.abc import Sequence

import duckdb

from agent.data.catalog import TEXT_DATE_FORMATS
from agent.data.database import one_row, quote_identifier, quote_literal
from agent.data.uploads.load_messages import Language, change_note

THOUSANDS = r"[-+]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)([.][0-9]+)?"
DATE_SAMPLE = 1000


def clean_names(names: Sequence[str]) -> list[str]:
    """Column names trimmed of padding (never empty, never repeated)."""
    cleaned: list[str] = []
    for i, name in enumerate(names):
        base = re.sub(r"\s+", " ", name).strip() or f"column{i + 1}"
        candidate, n = base, 2
        while candidate.lower() in (c.lower() for c in cleaned):
            candidate, n = f"{base}_{n}", n + 1
        cleaned.append(candidate)
    return cleaned


def find_conversions(connection: duckdb.DuckDBPyConnection, source: str, text: list[str]) -> dict[str, tuple]:
    """Text columns that are really numbers with thousands separators or dates: {column: (kind, ...)}.

    Candidates come from the first DATE_SAMPLE non-empty values of each column (cheap); one scan of
    the candidates then checks every value, so a wide file of ordinary text pays for the sample only.
    """
    candidates: dict[str, tuple] = {}
    for column in text:
        col = quote_identifier(column)
        sample = (f"(SELECT trim({col}) AS v FROM {source} WHERE {col} IS NOT NULL AND trim({col}) <> '' "
                  f"LIMIT {DATE_SAMPLE})")
        total, numbers = one_row(
            connection, f"SELECT count(*), count(*) FILTER (WHERE regexp_full_match(v, '{THOUSANDS}')) FROM {sample}")
        if not total:
            continue
        if numbers == total:  # commas may come later in the file (a text column of plain digits stays text)
            candidates[column] = ("thousands",)
            continue
        fmt = _date_format_of_sample(connection, source, column)
        if fmt:
            candidates[column] = ("date", fmt)
    if not candidates:
        return {}
    checks = []
    for column, kind in candidates.items():
        value = f"nullif(trim({quote_identifier(column)}), '')"
        if kind[0] == "thousands":
            checks.append(f"count({value}) = count(*) FILTER (WHERE regexp_full_match({value}, '{THOUSANDS}')) "
                          f"AND coalesce(bool_or(contains({value}, ',')), false)")
            checks.append(f"coalesce(bool_or(contains({value}, '.')), false) OR "
                          f"coalesce(max(abs(TRY_CAST(replace({value}, ',', '') AS DOUBLE))), 0) >= 9e18")
        else:
            checks.append(f"count({value}) = count(try_strptime({value}, {quote_literal(kind[1])}))")
            checks.append("false")
    verdicts = one_row(connection, f"SELECT {', '.join(checks)} FROM {source}")
    found: dict[str, tuple] = {}
    for i, (column, kind) in enumerate(candidates.items()):
        ok, decimal = verdicts[2 * i], verdicts[2 * i + 1]
        if not ok:
            continue
        found[column] = ("thousands", "DOUBLE" if decimal else "BIGINT") if kind[0] == "thousands" else kind
    return found


def midnight_timestamps(connection: duckdb.DuckDBPyConnection, source: str,
                         columns: list[str]) -> dict[str, tuple]:
    """TIMESTAMP columns whose every value is at midnight: they hold dates (2025/03/15 is read so)."""
    if not columns:
        return {}
    checks = ", ".join(f"coalesce(bool_and(CAST({quote_identifier(c)} AS TIME) = TIME '00:00:00'), false)"
                       for c in columns)
    verdicts = one_row(connection, f"SELECT {checks} FROM {source}")
    return {c: ("day",) for c, ok in zip(columns, verdicts, strict=True) if ok}


def _date_format_of_sample(connection: duckdb.DuckDBPyConnection, source: str, column: str) -> str | None:
    col = quote_identifier(column)
    sample = (f"(SELECT trim({col}) AS v FROM {source} WHERE {col} IS NOT NULL AND trim({col}) <> '' "
              f"LIMIT {DATE_SAMPLE})")
    checks = ", ".join(f"count(try_strptime(v, {quote_literal(fmt)}))" for fmt in TEXT_DATE_FORMATS)
    row = one_row(connection, f"SELECT count(*), {checks} FROM {sample}")
    total = row[0]
    if not total:
        return None
    for fmt, parsed in zip(TEXT_DATE_FORMATS, row[1:], strict=True):
        if parsed == total:
            return fmt
    return None


def converted_column(column: str, kind: tuple, language: Language) -> tuple[str, str, str]:
    """(SQL expression, new type, note with a {column} slot) for one converted column."""
    value = f"nullif(trim({quote_identifier(column)}), '')"
    if kind[0] == "day":
        return f"CAST({quote_identifier(column)} AS DATE)", "DATE", "“{column}”: TIMESTAMP → DATE"
    if kind[0] == "thousands":
        sql_type = kind[1]
        note = change_note("thousands", language, column="{column}", type=sql_type)
        return f"CAST(replace({value}, ',', '') AS {sql_type})", sql_type, note
    fmt = kind[1]
    sql_type = "TIMESTAMP" if any(code in fmt for code in ("%H", "%M", "%S")) else "DATE"
    note = change_note("date", language, column="{column}", format=fmt, type=sql_type)
    return f"CAST(try_strptime({value}, {quote_literal(fmt)}) AS {sql_type})", sql_type, note

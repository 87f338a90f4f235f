"""Uploaded files -> typed Parquet tables, read by DuckDB straight from disk (never whole into Python).

`convert_file` turns one CSV, TSV, Parquet, JSON or Excel (.xlsx) file into one Parquet file per
table, in two DuckDB passes that stream under a memory cap:

1. the file is checked (empty, binary, UTF-16, not UTF-8, ragged rows, only a header) from its first
   MiB, then copied to a staging Parquet file by `read_csv` / `read_json` / `read_parquet` with the
   checked dialect — an error later in the file is mapped to a message for people;
2. text columns are examined in the staging file (a columnar scan): numbers written with thousands
   separators ("1,234") become BIGINT or DOUBLE, text dates in a common format become DATE or
   TIMESTAMP, padded column names are trimmed; the result is written to the final Parquet file.

Excel workbooks are checked first (`workbook_check.py`: the zip, every XML part, the cells), then
streamed row by row with openpyxl's read-only mode into a CSV (each non-empty sheet a table), so they
take the same path. A table of more than `max_columns` columns is refused in every format, from the
CSV header, the Parquet footer, the JSON sample or the workbook scan, before it is read (`limits.py`).
Every failure is a `DataLoadError` whose message says what is wrong, in English or Korean. The parts:
`sniffing.py` (the head checks), `conversions.py` (typing text columns), `excel.py` (sheets to CSV),
`limits.py` (how much is read) and `load_messages.py` (what is said to people).
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from agent.contract.errors import DataLoadError
from agent.data.database import duckdb_config, one_row, quote_identifier, quote_literal
from agent.data.uploads.conversions import clean_names, converted_column, find_conversions, midnight_timestamps
from agent.data.uploads.excel import workbook_to_csv
from agent.data.uploads.limits import LoadLimits
from agent.data.uploads.load_messages import Language, change_note, load_error
from agent.data.uploads.sniffing import check_binary, check_text_head

FORMATS: dict[str, str] = {
    ".csv": "csv", ".tsv": "tsv", ".txt": "csv", ".parquet": "parquet", ".pq": "parquet",
    ".json": "json", ".jsonl": "json", ".ndjson": "json", ".xlsx": "excel",
}
"""File suffix -> how it is read."""
UPLOAD_TYPES = ("csv", "tsv", "txt", "parquet", "pq", "json", "jsonl", "ndjson", "xlsx")


@dataclass
class Converted:
    """One table made from an upload: a Parquet file, its row count and what was changed on the way."""

    stem: str
    """The name to derive the table name from (file stem, or file_sheet for workbooks)."""
    path: Path
    rows: int
    columns: list[tuple[str, str]]
    notes: list[str] = field(default_factory=list)


def file_format(name: str) -> str | None:
    """How a file of this name is read ("csv", "tsv", "parquet", "json", "excel"), or None."""
    return FORMATS.get(Path(name).suffix.lower())


def check_supported(name: str, language: Language = "en") -> str:
    """The file's format, or a `DataLoadError` naming the supported ones."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xls":
        raise load_error("xls", language, name=name)
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise load_error("unsupported", language, name=name, suffix=suffix or "(no extension)")
    return fmt


class Loader:
    """Converts files with a DuckDB connection of its own, memory-capped, spilling to `temp_directory`."""

    def __init__(self, work_dir: Path, memory_limit: str | None = "512MB", threads: int | None = None,
                 limits: LoadLimits | None = None, spill_dir: Path | None = None) -> None:
        self.work_dir = Path(work_dir)
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.spill_dir = Path(spill_dir) if spill_dir else self.work_dir / "spill"
        self.memory_limit = memory_limit
        self.threads = threads
        self.limits = limits or LoadLimits()

    def _connect(self) -> duckdb.DuckDBPyConnection:
        config = duckdb_config(self.memory_limit, self.spill_dir, self.threads)
        return duckdb.connect(":memory:", config=config)

    def convert(self, path: Path, name: str, language: Language = "en") -> list[Converted]:
        """Turn one file (`name` is what the person called it) into typed Parquet files in `work_dir`."""
        path = Path(path)
        fmt = check_supported(name, language)
        size = path.stat().st_size
        if size == 0:
            raise load_error("empty", language, name=name)
        if fmt == "excel":
            return self._convert_excel(path, name, language, size)
        connection = self._connect()
        try:
            stage = self.work_dir / f".stage-{uuid.uuid4().hex}.parquet"
            try:
                if fmt in ("csv", "tsv"):
                    self._stage_csv(connection, path, name, stage, "\t" if fmt == "tsv" else None, language)
                elif fmt == "json":
                    self._stage_json(connection, path, name, stage, language)
                else:
                    self._stage_parquet(connection, path, name, stage, language)
                return [self._finish(connection, stage, Path(name).stem, name, language)]
            finally:
                stage.unlink(missing_ok=True)
        finally:
            connection.close()

    # --- pass 1: file -> staging Parquet --------------------------------------------------------

    def _stage_csv(self, connection: duckdb.DuckDBPyConnection, path: Path, name: str, stage: Path,
                   delimiter: str | None, language: Language) -> None:
        delimiter = check_text_head(path, name, delimiter, language, self.limits.max_columns)
        base = (f"read_csv({quote_literal(str(path))}, delim = {quote_literal(delimiter)}, header = true, "
                f"skip = 0, strict_mode = true, null_padding = false")
        for options in ("", ", sample_size = -1"):
            try:
                _copy(connection, f"SELECT * FROM {base}{options})", stage)
                return
            except duckdb.ConversionException as exc:
                if options:  # the whole file was sampled and a value still does not fit
                    raise _csv_error(exc, name, language) from None
            except duckdb.Error as exc:
                raise _csv_error(exc, name, language) from None

    def _stage_json(self, connection: duckdb.DuckDBPyConnection, path: Path, name: str, stage: Path,
                    language: Language) -> None:
        check_binary(path, name, language, text_expected=True)
        source = f"read_json({quote_literal(str(path))})"
        try:
            self._check_columns(connection, source, name, language)
            _copy(connection, f"SELECT * FROM {source}", stage)
        except duckdb.Error as exc:
            detail = _first_line(exc)
            match = re.search(r"(Malformed JSON.*?)(?:$|\n)", str(exc))
            if match:
                detail = match.group(1).split(" in file ")[0] + _where_in_json(str(exc))
            raise load_error("json", language, name=name, detail=detail) from None

    def _stage_parquet(self, connection: duckdb.DuckDBPyConnection, path: Path, name: str, stage: Path,
                       language: Language) -> None:
        with open(path, "rb") as handle:
            head = handle.read(4)
            handle.seek(max(0, path.stat().st_size - 4))
            tail = handle.read(4)
        if head != b"PAR1" or tail != b"PAR1":
            check_binary(path, name, language, text_expected=False)
            raise load_error("parquet", language, name=name,
                        detail="no Parquet magic bytes" if language != "ko" else "Parquet 표식이 없음")
        source = f"read_parquet({quote_literal(str(path))})"
        try:
            self._check_columns(connection, source, name, language)  # from the footer, before any row is read
            _copy(connection, f"SELECT * FROM {source}", stage)
        except duckdb.Error as exc:
            raise load_error("parquet", language, name=name, detail=_first_line(exc)) from None

    def _check_columns(self, connection: duckdb.DuckDBPyConnection, source: str, name: str,
                       language: Language) -> None:
        """Refuse a table wider than `max_columns` from its schema alone (DESCRIBE reads no rows)."""
        found = len(connection.execute(f"DESCRIBE SELECT * FROM {source}").fetchall())
        if found > self.limits.max_columns:
            raise load_error("too_many_columns", language, name=name, found=f"{found:,}",
                             limit=f"{self.limits.max_columns:,}")

    # --- pass 2: staging Parquet -> typed Parquet -----------------------------------------------

    def _finish(self, connection: duckdb.DuckDBPyConnection, stage: Path, stem: str, name: str,
                language: Language) -> Converted:
        source = f"read_parquet({quote_literal(str(stage))})"
        described = connection.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
        rows = one_row(connection, f"SELECT count(*) FROM {source}")[0]
        if rows == 0:
            raise load_error("no_records" if file_format(name) == "json" else "no_rows", language, name=name)
        columns = [(str(r[0]), str(r[1])) for r in described]
        renamed: list[str] = []
        converted: list[str] = []
        names = clean_names([c for c, _ in columns])
        for (old, _), new in zip(columns, names, strict=True):
            if old != new:
                renamed.append(change_note("renamed", language, old=old, new=new))
        text = [c for c, t in columns if t == "VARCHAR"]
        conversions = find_conversions(connection, source, text) if text else {}
        conversions.update(midnight_timestamps(connection, source, [c for c, t in columns if t == "TIMESTAMP"]))
        selects = []
        out_columns = []
        for (old, sql_type), new in zip(columns, names, strict=True):
            expression = quote_identifier(old)
            kind = conversions.get(old)
            if kind is not None:
                expression, sql_type, note = converted_column(old, kind, language)
                converted.append(note.format(column=new))
            selects.append(f"{expression} AS {quote_identifier(new)}")
            out_columns.append((new, sql_type))
        final = self.work_dir / f".table-{uuid.uuid4().hex}.parquet"
        try:
            _copy(connection, f"SELECT {', '.join(selects)} FROM {source}", final)
        except duckdb.Error:
            final.unlink(missing_ok=True)
            if not conversions:
                raise
            # A conversion that the checks allowed still failed (a number too large for BIGINT):
            # keep the values as they were read.
            plain = [f"{quote_identifier(old)} AS {quote_identifier(new)}"
                     for (old, _), new in zip(columns, names, strict=True)]
            _copy(connection, f"SELECT {', '.join(plain)} FROM {source}", final)
            out_columns = [(new, t) for (_, t), new in zip(columns, names, strict=True)]
            converted = []
        return Converted(stem=stem, path=final, rows=int(rows), columns=out_columns, notes=renamed + converted)

    # --- Excel -----------------------------------------------------------------------------------

    def _convert_excel(self, path: Path, name: str, language: Language, size: int) -> list[Converted]:
        if size > self.limits.max_excel_bytes:
            raise load_error("excel_size", language, name=name, limit=self.limits.max_excel_bytes // (1 << 20),
                             size=f"{size / (1 << 20):.1f}")
        with open(path, "rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                handle.seek(0)
                check_binary(path, name, language, text_expected=False)
                raise load_error("excel", language, name=name,
                                 detail="not an .xlsx (ZIP) file" if language != "ko" else ".xlsx(ZIP) 형식이 아님")
        try:
            sheets = workbook_to_csv(path, self.work_dir, name, language, self.limits)
        except zipfile.BadZipFile as exc:
            raise load_error("excel", language, name=name, detail=_first_line(exc)) from None
        if not sheets:
            raise load_error("excel_empty", language, name=name)
        converted = []
        try:
            for sheet, csv_path in sheets:
                stem = Path(name).stem if len(sheets) == 1 else f"{Path(name).stem}_{sheet}"
                connection = self._connect()
                stage = self.work_dir / f".stage-{uuid.uuid4().hex}.parquet"
                try:
                    self._stage_csv(connection, csv_path, f"{name} [{sheet}]", stage, ",", language)
                    table = self._finish(connection, stage, stem, name, language)
                    if len(sheets) > 1:
                        table.notes.insert(0, change_note("sheet", language, sheet=sheet))
                    converted.append(table)
                finally:
                    stage.unlink(missing_ok=True)
                    connection.close()
        except BaseException:
            for table in converted:
                table.path.unlink(missing_ok=True)
            raise
        finally:
            for _, csv_path in sheets:
                csv_path.unlink(missing_ok=True)
        return converted


# --- checks on a text file's first MiB ---------------------------------------------------------------


# --- DuckDB errors as messages ---------------------------------------------------------------------

def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _csv_error(exc: duckdb.Error, name: str, language: Language) -> DataLoadError:
    text = str(exc)
    line = re.search(r"CSV Error on Line: (\d+)", text)
    line_no = int(line.group(1)) if line else "?"
    ragged = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", text)
    if ragged:
        return load_error("ragged", language, name=name, line=line_no, expected=ragged.group(1), found=ragged.group(2))
    if "Invalid unicode" in text or "not utf-8" in text.lower():
        return load_error("encoding", language, name=name, line=line_no,
                     guess="Latin-1 / Windows-1252 / CP949" if language != "ko" else "Latin-1/CP949")
    value = re.search(r'converting column "(.*?)"\. Could not convert string "(.*?)" to \'(\w+)\'', text)
    if value:
        return load_error("bad_value", language, name=name, line=line_no, column=value.group(1),
                     value=repr(value.group(2)), type=value.group(3))
    return load_error("unreadable", language, name=name, detail=_first_line(exc).removeprefix("Invalid Input Error: "))


def _where_in_json(text: str) -> str:
    match = re.search(r"at byte (\d+)", text)
    return f" at byte {match.group(1)}" if match else ""


# --- copying and conversions -----------------------------------------------------------------------

def _copy(connection: duckdb.DuckDBPyConnection, select: str, target: Path) -> None:
    connection.execute(f"COPY ({select}) TO {quote_literal(str(target))} (FORMAT parquet, COMPRESSION zstd)")


def copy_upload(data: Any, target: Path, chunk: int = 1 << 20) -> int:
    """Write an upload (a path, bytes or a binary file object) to `target` in chunks; the bytes written."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str | os.PathLike):
        shutil.copyfile(data, target)
        return target.stat().st_size
    if isinstance(data, bytes | bytearray | memoryview):
        target.write_bytes(bytes(data))
        return len(data)
    if hasattr(data, "seek"):
        try:
            data.seek(0)
        except (OSError, ValueError):
            pass
    with open(target, "wb") as handle:
        shutil.copyfileobj(data, handle, chunk)
    return target.stat().st_size

"""Uploaded files -> typed Parquet tables, read by DuckDB straight from disk (never whole into Python).

`convert_file` turns one CSV, TSV, Parquet, JSON or Excel (.xlsx) file into one Parquet file per
table, in two DuckDB passes that stream under a memory cap:

1. the file is checked (empty, binary, UTF-16, not UTF-8, ragged rows, only a header) from its first
   MiB, then copied to a staging Parquet file by `read_csv` / `read_json` / `read_parquet` with the
   checked dialect — an error later in the file is mapped to a message for people;
2. text columns are examined in the staging file (a columnar scan): numbers written with thousands
   separators ("1,234") become BIGINT or DOUBLE, text dates in a common format become DATE or
   TIMESTAMP, padded column names are trimmed; the result is written to the final Parquet file.

Excel workbooks are streamed row by row with openpyxl's read-only mode into a CSV first (each
non-empty sheet a table), so they take the same path; they are capped in size (`max_excel_bytes`).
Every failure is a `DataLoadError` whose message says what is wrong, in English or Korean.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from agent.data.catalog import TEXT_DATE_FORMATS
from agent.data.database import duckdb_config, quote_identifier, quote_literal
from agent.errors import DataLoadError

Language = str  # "en" | "ko"

FORMATS: dict[str, str] = {
    ".csv": "csv", ".tsv": "tsv", ".txt": "csv", ".parquet": "parquet", ".pq": "parquet",
    ".json": "json", ".jsonl": "json", ".ndjson": "json", ".xlsx": "excel",
}
"""File suffix -> how it is read."""
UPLOAD_TYPES = ("csv", "tsv", "txt", "parquet", "pq", "json", "jsonl", "ndjson", "xlsx")
HEAD_BYTES = 1 << 20
"""How much of a text file is checked in Python before DuckDB reads all of it."""
HEAD_ROWS = 2000
DELIMITERS = (",", ";", "\t", "|")
THOUSANDS = r"[-+]?([0-9]{1,3}(,[0-9]{3})+|[0-9]+)([.][0-9]+)?"
DATE_SAMPLE = 1000
DEFAULT_MAX_EXCEL_BYTES = 50 * 1024 * 1024

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (an Excel .xlsx workbook is one)"),
    (b"PAR1", "a Parquet file"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Excel .xls (or other Office) file"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "an SQLite database"),
)
MAGIC_KO = {
    "a ZIP archive (an Excel .xlsx workbook is one)": "ZIP 압축 파일(엑셀 .xlsx 통합 문서도 ZIP입니다)",
    "a Parquet file": "Parquet 파일", "a PDF document": "PDF 문서", "a PNG image": "PNG 이미지",
    "a JPEG image": "JPEG 이미지", "a GIF image": "GIF 이미지",
    "an old Excel .xls (or other Office) file": "예전 엑셀 .xls(또는 다른 오피스) 파일",
    "a gzip archive": "gzip 압축 파일", "an SQLite database": "SQLite 데이터베이스",
}

MESSAGES: dict[str, dict[str, str]] = {
    "unsupported": {
        "en": "{name}: {suffix} files are not supported. Upload CSV, TSV, Parquet, JSON or Excel (.xlsx).",
        "ko": "{name}: {suffix} 파일은 지원하지 않습니다. CSV, TSV, Parquet, JSON, 엑셀(.xlsx) 파일을 올려 주세요."},
    "xls": {
        "en": "{name}: old Excel .xls files are not supported. Save the workbook as .xlsx (or CSV UTF-8) and "
              "upload that.",
        "ko": "{name}: 예전 엑셀 .xls 파일은 지원하지 않습니다. .xlsx(또는 CSV UTF-8)로 저장해서 올려 주세요."},
    "empty": {"en": "{name}: the file is empty.", "ko": "{name}: 빈 파일입니다."},
    "no_rows": {"en": "{name}: the file has column names but no rows of data.",
                "ko": "{name}: 컬럼 이름만 있고 데이터 행이 없습니다."},
    "binary": {
        "en": "{name}: this is not a text table — the file looks like {what}. Check that you picked the "
              "right file, or give it the right extension.",
        "ko": "{name}: 텍스트 표가 아닙니다. 파일이 {what}처럼 보입니다. 올바른 파일인지, 확장자가 맞는지 확인해 "
              "주세요."},
    "binary_unknown": {
        "en": "{name}: this is not a text table — the file holds binary data. Check that you picked the right "
              "file.",
        "ko": "{name}: 텍스트 표가 아닙니다. 파일에 이진 데이터가 들어 있습니다. 올바른 파일인지 확인해 주세요."},
    "utf16": {
        "en": "{name}: the file is UTF-16 text; only UTF-8 is read. Save it as “CSV UTF-8” (in Excel: "
              "Save As → CSV UTF-8) and upload it again.",
        "ko": "{name}: 파일이 UTF-16 인코딩입니다. UTF-8만 읽을 수 있습니다. “CSV UTF-8”로 저장해서(엑셀: 다른 "
              "이름으로 저장 → CSV UTF-8) 다시 올려 주세요."},
    "encoding": {
        "en": "{name}: the file is not UTF-8 text (line {line} has bytes that are not UTF-8; it looks like "
              "{guess}). Save it as “CSV UTF-8” and upload it again.",
        "ko": "{name}: 파일이 UTF-8 인코딩이 아닙니다({line}번째 줄에 UTF-8이 아닌 바이트가 있습니다. {guess} "
              "인코딩으로 보입니다). “CSV UTF-8”로 저장해서 다시 올려 주세요."},
    "ragged": {
        "en": "{name}: line {line} has {found} values but the header has {expected} columns. Every row needs "
              "the same number of values (check for stray delimiters or unquoted commas).",
        "ko": "{name}: {line}번째 줄의 값은 {found}개인데 머리글의 컬럼은 {expected}개입니다. 모든 행의 값 개수가 "
              "같아야 합니다(구분자나 따옴표 없는 쉼표를 확인해 주세요)."},
    "no_records": {"en": "{name}: the file holds no records.", "ko": "{name}: 레코드가 없습니다."},
    "no_header": {
        "en": "{name}: the first line is empty; it must name the columns.",
        "ko": "{name}: 첫 줄이 비어 있습니다. 첫 줄에 컬럼 이름이 있어야 합니다."},
    "bad_value": {
        "en": "{name}: line {line}: the value {value} in column “{column}” does not fit the column's type "
              "({type}) read from the other rows.",
        "ko": "{name}: {line}번째 줄: “{column}” 컬럼의 값 {value}이(가) 다른 행에서 읽은 타입({type})과 맞지 "
              "않습니다."},
    "json": {
        "en": "{name}: the file is not valid JSON ({detail}). Upload an array of objects or one object per "
              "line (JSON Lines).",
        "ko": "{name}: 올바른 JSON이 아닙니다({detail}). 객체의 배열이나 한 줄에 객체 하나(JSON Lines) 형식으로 "
              "올려 주세요."},
    "parquet": {
        "en": "{name}: the file is not a readable Parquet file ({detail}).",
        "ko": "{name}: 읽을 수 있는 Parquet 파일이 아닙니다({detail})."},
    "excel": {
        "en": "{name}: the file is not a readable Excel .xlsx workbook ({detail}).",
        "ko": "{name}: 읽을 수 있는 엑셀 .xlsx 통합 문서가 아닙니다({detail})."},
    "excel_size": {
        "en": "{name}: Excel files are limited to {limit} MB (this one is {size} MB). Save it as CSV UTF-8 — "
              "CSV files of any size are read directly.",
        "ko": "{name}: 엑셀 파일은 {limit}MB까지 올릴 수 있습니다(이 파일은 {size}MB). CSV UTF-8로 저장해서 올려 "
              "주세요. CSV는 크기 제한 없이 바로 읽습니다."},
    "excel_empty": {
        "en": "{name}: the workbook has no sheet with data.",
        "ko": "{name}: 데이터가 있는 시트가 없습니다."},
    "unreadable": {
        "en": "{name}: could not be read as a table ({detail}).",
        "ko": "{name}: 표로 읽을 수 없습니다({detail})."},
}

NOTES: dict[str, dict[str, str]] = {
    "thousands": {"en": "“{column}”: numbers with thousands separators → {type}",
                  "ko": "“{column}”: 천 단위 구분 기호가 있는 숫자 → {type}"},
    "date": {"en": "“{column}”: text dates ({format}) → {type}",
             "ko": "“{column}”: 텍스트 날짜({format}) → {type}"},
    "renamed": {"en": "column “{old}” renamed “{new}”", "ko": "컬럼 “{old}” → “{new}”"},
    "sheet": {"en": "sheet “{sheet}”", "ko": "시트 “{sheet}”"},
}


def message(key: str, language: Language = "en", **values: object) -> str:
    """A load message for people, in `language` (English unless "ko")."""
    table = MESSAGES[key]
    return table["ko" if language == "ko" else "en"].format(**values)


def _fail(key: str, language: Language, **values: object) -> DataLoadError:
    return DataLoadError(message(key, language, **values))


def _note(key: str, language: Language, **values: object) -> str:
    return NOTES[key]["ko" if language == "ko" else "en"].format(**values)


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
        raise _fail("xls", language, name=name)
    fmt = FORMATS.get(suffix)
    if fmt is None:
        raise _fail("unsupported", language, name=name, suffix=suffix or "(no extension)")
    return fmt


class Loader:
    """Converts files with a DuckDB connection of its own, memory-capped, spilling to `temp_directory`."""

    def __init__(self, work_dir: Path, memory_limit: str | None = "512MB", threads: int | None = None,
                 max_excel_bytes: int = DEFAULT_MAX_EXCEL_BYTES, spill_dir: Path | None = None) -> None:
        self.work_dir = Path(work_dir)
        self.work_dir.mkdir(parents=True, exist_ok=True)
        self.spill_dir = Path(spill_dir) if spill_dir else self.work_dir / "spill"
        self.memory_limit = memory_limit
        self.threads = threads
        self.max_excel_bytes = max_excel_bytes

    def _connect(self) -> duckdb.DuckDBPyConnection:
        config = duckdb_config(self.memory_limit, self.spill_dir, self.threads)
        return duckdb.connect(":memory:", config=config)

    def convert(self, path: Path, name: str, language: Language = "en") -> list[Converted]:
        """Turn one file (`name` is what the person called it) into typed Parquet files in `work_dir`."""
        path = Path(path)
        fmt = check_supported(name, language)
        size = path.stat().st_size
        if size == 0:
            raise _fail("empty", language, name=name)
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
        delimiter = check_text_head(path, name, delimiter, language)
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
        _check_binary(path, name, language, text_expected=True)
        try:
            _copy(connection, f"SELECT * FROM read_json({quote_literal(str(path))})", stage)
        except duckdb.Error as exc:
            detail = _first_line(exc)
            match = re.search(r"(Malformed JSON.*?)(?:$|\n)", str(exc))
            if match:
                detail = match.group(1).split(" in file ")[0] + _where_in_json(str(exc))
            raise _fail("json", language, name=name, detail=detail) from None

    def _stage_parquet(self, connection: duckdb.DuckDBPyConnection, path: Path, name: str, stage: Path,
                       language: Language) -> None:
        with open(path, "rb") as handle:
            head = handle.read(4)
            handle.seek(max(0, path.stat().st_size - 4))
            tail = handle.read(4)
        if head != b"PAR1" or tail != b"PAR1":
            _check_binary(path, name, language, text_expected=False)
            raise _fail("parquet", language, name=name,
                        detail="no Parquet magic bytes" if language != "ko" else "Parquet 표식이 없음")
        try:
            _copy(connection, f"SELECT * FROM read_parquet({quote_literal(str(path))})", stage)
        except duckdb.Error as exc:
            raise _fail("parquet", language, name=name, detail=_first_line(exc)) from None

    # --- pass 2: staging Parquet -> typed Parquet -----------------------------------------------

    def _finish(self, connection: duckdb.DuckDBPyConnection, stage: Path, stem: str, name: str,
                language: Language) -> Converted:
        source = f"read_parquet({quote_literal(str(stage))})"
        described = connection.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
        rows = connection.execute(f"SELECT count(*) FROM {source}").fetchone()[0]
        if rows == 0:
            raise _fail("no_records" if file_format(name) == "json" else "no_rows", language, name=name)
        columns = [(str(r[0]), str(r[1])) for r in described]
        renamed: list[str] = []
        converted: list[str] = []
        names = _clean_names([c for c, _ in columns])
        for (old, _), new in zip(columns, names, strict=True):
            if old != new:
                renamed.append(_note("renamed", language, old=old, new=new))
        text = [c for c, t in columns if t == "VARCHAR"]
        conversions = _conversions(connection, source, text) if text else {}
        conversions.update(_midnight_timestamps(connection, source, [c for c, t in columns if t == "TIMESTAMP"]))
        selects = []
        out_columns = []
        for (old, sql_type), new in zip(columns, names, strict=True):
            expression = quote_identifier(old)
            kind = conversions.get(old)
            if kind is not None:
                expression, sql_type, note = _converted(old, kind, language)
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
        if size > self.max_excel_bytes:
            raise _fail("excel_size", language, name=name, limit=self.max_excel_bytes // (1 << 20),
                        size=f"{size / (1 << 20):.1f}")
        with open(path, "rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                handle.seek(0)
                _check_binary(path, name, language, text_expected=False)
                raise _fail("excel", language, name=name,
                            detail="not an .xlsx (ZIP) file" if language != "ko" else ".xlsx(ZIP) 형식이 아님")
        sheets = self._excel_to_csv(path, name, language)
        if not sheets:
            raise _fail("excel_empty", language, name=name)
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
                        table.notes.insert(0, _note("sheet", language, sheet=sheet))
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

    def _excel_to_csv(self, path: Path, name: str, language: Language) -> list[tuple[str, Path]]:
        """Each non-empty sheet streamed (read-only mode) into a UTF-8 CSV: [(sheet name, csv path)]."""
        import zipfile

        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
            raise _fail("excel", language, name=name, detail=_first_line(exc)) from None
        written: list[tuple[str, Path]] = []
        try:
            for sheet in workbook.worksheets:
                target = self.work_dir / f".sheet-{uuid.uuid4().hex}.csv"
                if _sheet_to_csv(sheet, target):
                    written.append((sheet.title, target))
                else:
                    target.unlink(missing_ok=True)
        except Exception as exc:  # a damaged sheet part
            for _, csv_path in written:
                csv_path.unlink(missing_ok=True)
            raise _fail("excel", language, name=name, detail=_first_line(exc)) from None
        finally:
            workbook.close()
        return written


def _sheet_to_csv(sheet: Any, target: Path) -> bool:
    """Write one worksheet's rows (from its first non-empty row, which names the columns) as CSV."""
    width = 0
    data_rows = 0
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for row in sheet.iter_rows(values_only=True):
            cells = list(row)
            if not width:
                while cells and cells[-1] in (None, ""):
                    cells.pop()
                if not cells:
                    continue
                width = len(cells)
                header = [str(c).strip() if c not in (None, "") else f"column{i + 1}" for i, c in enumerate(cells)]
                writer.writerow(header)
                continue
            cells = (cells + [None] * width)[:width]
            if all(c in (None, "") for c in cells):
                continue
            writer.writerow([_cell_text(c) for c in cells])
            data_rows += 1
    return width > 0 and data_rows > 0


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- checks on a text file's first MiB ---------------------------------------------------------------

def _check_binary(path: Path, name: str, language: Language, text_expected: bool) -> bytes:
    """The file's head; a `DataLoadError` when it is a known binary format, UTF-16, or holds NUL bytes."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        raise _fail("empty", language, name=name)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        raise _fail("utf16", language, name=name)
    for magic, what in MAGIC:
        if head.startswith(magic):
            shown = MAGIC_KO.get(what, what) if language == "ko" else what
            raise _fail("binary", language, name=name, what=shown)
    if text_expected and b"\x00" in head:
        raise _fail("binary_unknown", language, name=name)
    return head


def _looks_utf16(head: bytes) -> bool:
    sample = head[:4096]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _guess_encoding(raw: bytes, language: Language) -> str:
    try:
        text = raw.decode("cp949")
        if re.search("[\uac00-\ud7a3]", text):
            return "Korean CP949 / EUC-KR" if language != "ko" else "한국어 CP949/EUC-KR"
    except UnicodeDecodeError:
        pass
    return "Latin-1 / Windows-1252" if language != "ko" else "Latin-1/Windows-1252"


def check_text_head(path: Path, name: str, delimiter: str | None, language: Language = "en") -> str:
    """Check a delimited text file's first MiB; return its delimiter or raise a `DataLoadError`."""
    head = _check_binary(path, name, language, text_expected=True)
    complete = path.stat().st_size <= len(head)
    if not complete:  # drop the last, possibly cut, line (and any cut UTF-8 sequence with it)
        cut = head.rfind(b"\n")
        head = head[:cut + 1] if cut > 0 else head
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = head[:exc.start].count(b"\n") + 1
        raise _fail("encoding", language, name=name, line=line,
                    guess=_guess_encoding(head, language)) from None
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise _fail("empty", language, name=name)
    sample = "\n".join(lines[:HEAD_ROWS])
    if delimiter is None:
        delimiter = _pick_delimiter(sample)
    rows = _rows(sample, delimiter)
    if not rows or not any(cell.strip() for cell in rows[0][1]):
        raise _fail("no_header", language, name=name)
    expected = len(rows[0][1])
    for line, cells in rows[1:]:
        if len(cells) != expected and any(c.strip() for c in cells):
            raise _fail("ragged", language, name=name, line=line, found=len(cells), expected=expected)
    if complete and not any(any(c.strip() for c in cells) for _, cells in rows[1:]):
        raise _fail("no_rows", language, name=name)
    return delimiter


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of each parsed row; a quoted field spanning lines counts from its first line."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    try:
        line = 1
        for cells in reader:
            if cells:
                rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error:  # a quote left open by the cut: the rest is DuckDB's to judge
        pass
    return rows


def _pick_delimiter(sample: str) -> str:
    """The candidate that splits the header into most columns with the most rows agreeing; "," if none."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        rows = _rows(sample, delimiter)[:200]
        if not rows:
            continue
        width = len(rows[0][1])
        if width < 2:
            continue
        agreeing = sum(len(cells) == width for _, cells in rows) / len(rows)
        score = (agreeing, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


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
        return _fail("ragged", language, name=name, line=line_no, expected=ragged.group(1), found=ragged.group(2))
    if "Invalid unicode" in text or "not utf-8" in text.lower():
        return _fail("encoding", language, name=name, line=line_no,
                     guess="Latin-1 / Windows-1252 / CP949" if language != "ko" else "Latin-1/CP949")
    value = re.search(r'converting column "(.*?)"\. Could not convert string "(.*?)" to \'(\w+)\'', text)
    if value:
        return _fail("bad_value", language, name=name, line=line_no, column=value.group(1),
                     value=repr(value.group(2)), type=value.group(3))
    return _fail("unreadable", language, name=name, detail=_first_line(exc).removeprefix("Invalid Input Error: "))


def _where_in_json(text: str) -> str:
    match = re.search(r"at byte (\d+)", text)
    return f" at byte {match.group(1)}" if match else ""


# --- copying and conversions -----------------------------------------------------------------------

def _copy(connection: duckdb.DuckDBPyConnection, select: str, target: Path) -> None:
    connection.execute(f"COPY ({select}) TO {quote_literal(str(target))} (FORMAT parquet, COMPRESSION zstd)")


def _clean_names(names: Sequence[str]) -> list[str]:
    """Column names trimmed of padding (never empty, never repeated)."""
    cleaned: list[str] = []
    for i, name in enumerate(names):
        base = re.sub(r"\s+", " ", name).strip() or f"column{i + 1}"
        candidate, n = base, 2
        while candidate.lower() in (c.lower() for c in cleaned):
            candidate, n = f"{base}_{n}", n + 1
        cleaned.append(candidate)
    return cleaned


def _conversions(connection: duckdb.DuckDBPyConnection, source: str, text: list[str]) -> dict[str, tuple]:
    """Text columns that are really numbers with thousands separators or dates: {column: (kind, ...)}.

    Candidates come from the first DATE_SAMPLE non-empty values of each column (cheap); one scan of
    the candidates then checks every value, so a wide file of ordinary text pays for the sample only.
    """
    candidates: dict[str, tuple] = {}
    for column in text:
        col = quote_identifier(column)
        sample = (f"(SELECT trim({col}) AS v FROM {source} WHERE {col} IS NOT NULL AND trim({col}) <> '' "
                  f"LIMIT {DATE_SAMPLE})")
        total, numbers = connection.execute(
            f"SELECT count(*), count(*) FILTER (WHERE regexp_full_match(v, '{THOUSANDS}')) FROM {sample}").fetchone()
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
    for i, (column, kind) in enumerate(candidates.items()):
        value = f"nullif(trim({quote_identifier(column)}), '')"
        if kind[0] == "thousands":
            checks.append(f"count({value}) = count(*) FILTER (WHERE regexp_full_match({value}, '{THOUSANDS}')) "
                          f"AND coalesce(bool_or(contains({value}, ',')), false)")
            checks.append(f"coalesce(bool_or(contains({value}, '.')), false) OR "
                          f"coalesce(max(abs(TRY_CAST(replace({value}, ',', '') AS DOUBLE))), 0) >= 9e18")
        else:
            checks.append(f"count({value}) = count(try_strptime({value}, {quote_literal(kind[1])}))")
            checks.append("false")
    verdicts = connection.execute(f"SELECT {', '.join(checks)} FROM {source}").fetchone()
    found: dict[str, tuple] = {}
    for i, (column, kind) in enumerate(candidates.items()):
        ok, decimal = verdicts[2 * i], verdicts[2 * i + 1]
        if not ok:
            continue
        found[column] = ("thousands", "DOUBLE" if decimal else "BIGINT") if kind[0] == "thousands" else kind
    return found


def _midnight_timestamps(connection: duckdb.DuckDBPyConnection, source: str,
                         columns: list[str]) -> dict[str, tuple]:
    """TIMESTAMP columns whose every value is at midnight: they hold dates (2025/03/15 is read so)."""
    if not columns:
        return {}
    checks = ", ".join(f"coalesce(bool_and(CAST({quote_identifier(c)} AS TIME) = TIME '00:00:00'), false)"
                       for c in columns)
    verdicts = connection.execute(f"SELECT {checks} FROM {source}").fetchone()
    return {c: ("day",) for c, ok in zip(columns, verdicts, strict=True) if ok}


def _date_format_of_sample(connection: duckdb.DuckDBPyConnection, source: str, column: str) -> str | None:
    col = quote_identifier(column)
    sample = (f"(SELECT trim({col}) AS v FROM {source} WHERE {col} IS NOT NULL AND trim({col}) <> '' "
              f"LIMIT {DATE_SAMPLE})")
    checks = ", ".join(f"count(try_strptime(v, {quote_literal(fmt)}))" for fmt in TEXT_DATE_FORMATS)
    row = connection.execute(f"SELECT count(*), {checks} FROM {sample}").fetchone()
    total = row[0]
    if not total:
        return None
    for fmt, parsed in zip(TEXT_DATE_FORMATS, row[1:], strict=True):
        if parsed == total:
            return fmt
    return None


def _converted(column: str, kind: tuple, language: Language) -> tuple[str, str, str]:
    """(SQL expression, new type, note with a {column} slot) for one converted column."""
    value = f"nullif(trim({quote_identifier(column)}), '')"
    if kind[0] == "day":
        return f"CAST({quote_identifier(column)} AS DATE)", "DATE", "“{column}”: TIMESTAMP → DATE"
    if kind[0] == "thousands":
        sql_type = kind[1]
        note = _note("thousands", language, column="{column}", type=sql_type)
        return f"CAST(replace({value}, ',', '') AS {sql_type})", sql_type, note
    fmt = kind[1]
    sql_type = "TIMESTAMP" if any(code in fmt for code in ("%H", "%M", "%S")) else "DATE"
    note = _note("date", language, column="{column}", format=fmt, type=sql_type)
    return f"CAST(try_strptime({value}, {quote_literal(fmt)}) AS {sql_type})", sql_type, note


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

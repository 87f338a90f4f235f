"""Checking a text file's head before DuckDB reads it: binary or not, encoding, delimiter, ragged rows."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from agent.data.uploads.load_messages import Language, load_error

HEAD_BYTES = 1 << 20
"""How much of a text file is checked in Python before DuckDB reads all of it."""
HEAD_ROWS = 2000
DELIMITERS = (",", ";", "\t", "|")
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


def check_binary(path: Path, name: str, language: Language, text_expected: bool) -> bytes:
    """The file's head; a `DataLoadError` when it is a known binary format, UTF-16, or holds NUL bytes."""
    with open(path, "rb") as handle:
        head = handle.read(HEAD_BYTES)
    if not head.strip():
        raise load_error("empty", language, name=name)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(head):
        raise load_error("utf16", language, name=name)
    for magic, what in MAGIC:
        if head.startswith(magic):
            shown = MAGIC_KO.get(what, what) if language == "ko" else what
            raise load_error("binary", language, name=name, what=shown)
    if text_expected and b"\x00" in head:
        raise load_error("binary_unknown", language, name=name)
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


def check_text_head(path: Path, name: str, delimiter: str | None, language: Language = "en",
                    max_columns: int | None = None) -> str:
    """Check a delimited text file's first MiB; return its delimiter or raise a `DataLoadError`.

    A header of more than `max_columns` names is refused here, before DuckDB reads the file (10,000
    columns exhaust its memory limit).
    """
    head = check_binary(path, name, language, text_expected=True)
    complete = path.stat().st_size <= len(head)
    header_cut = False
    if not complete:  # drop the last, possibly cut, line (and any cut UTF-8 sequence with it)
        cut = head.rfind(b"\n")
        header_cut = cut < 0
        head = head[:cut + 1] if cut > 0 else head
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = head[:exc.start].count(b"\n") + 1
        raise load_error("encoding", language, name=name, line=line,
                    guess=_guess_encoding(head, language)) from None
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    while lines and not lines[0].strip():
        lines.pop(0)
    if not lines:
        raise load_error("empty", language, name=name)
    sample = "\n".join(lines[:HEAD_ROWS])
    if delimiter is None:
        delimiter = _pick_delimiter(sample)
    rows = _rows(sample, delimiter)
    if not rows or not any(cell.strip() for cell in rows[0][1]):
        raise load_error("no_header", language, name=name)
    expected = len(rows[0][1])
    if max_columns is not None and expected > max_columns:
        found = f"{expected:,}+" if header_cut else f"{expected:,}"  # a header longer than the head: at least
        raise load_error("too_many_columns", language, name=name, found=found, limit=f"{max_columns:,}")
    for line, cells in rows[1:]:
        if len(cells) != expected and any(c.strip() for c in cells):
            raise load_error("ragged", language, name=name, line=line, found=len(cells), expected=expected)
    if complete and not any(any(c.strip() for c in cells) for _, cells in rows[1:]):
        raise load_error("no_rows", language, name=name)
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

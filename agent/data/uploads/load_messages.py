"""What loading a file says to people: its error messages and change notes, in English and Korean."""

from __future__ import annotations

from agent.contract.errors import DataLoadError
from agent.contract.i18n import pick

Language = str  # "en" | "ko"
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
    "excel_dtd": {
        "en": "{name}: the workbook was refused: its part {part} declares an XML DTD (entities), which Excel "
              "never writes and which is used to attack XML readers. Save the workbook again from Excel, or as "
              "CSV UTF-8.",
        "ko": "{name}: 통합 문서를 거부했습니다. {part} 부분에 XML DTD(엔터티) 선언이 있습니다. 엑셀은 이런 선언을 "
              "쓰지 않으며 XML 리더를 공격하는 데 쓰입니다. 엑셀에서 다시 저장하거나 CSV UTF-8로 저장해 주세요."},
    "excel_unzipped": {
        "en": "{name}: the workbook unpacks to {size} MB; at most {limit} MB are read. Save it as CSV UTF-8 — "
              "CSV files of any size are read directly.",
        "ko": "{name}: 통합 문서의 압축을 풀면 {size}MB입니다. {limit}MB까지 읽습니다. CSV UTF-8로 저장해서 올려 "
              "주세요. CSV는 크기 제한 없이 바로 읽습니다."},
    "excel_ratio": {
        "en": "{name}: the workbook was refused: its part {part} unpacks to {ratio:,}× its packed size (at most "
              "{limit:,}× is read; that is how zip bombs are made). Save the workbook again from Excel, or as CSV "
              "UTF-8.",
        "ko": "{name}: 통합 문서를 거부했습니다. {part} 부분의 압축을 풀면 원래 크기의 {ratio:,}배가 됩니다"
              "({limit:,}배까지 읽습니다. 압축 폭탄이 이렇게 만들어집니다). 엑셀에서 다시 저장하거나 "
              "CSV UTF-8로 저장해 주세요."},
    "excel_parts": {
        "en": "{name}: the workbook holds {count:,} files; at most {limit:,} are read.",
        "ko": "{name}: 통합 문서 안에 파일이 {count:,}개 있습니다. {limit:,}개까지 읽습니다."},
    "excel_sheets": {
        "en": "{name}: the workbook has {count:,} sheets; at most {limit:,} are read.",
        "ko": "{name}: 통합 문서에 시트가 {count:,}개 있습니다. {limit:,}개까지 읽습니다."},
    "excel_structure": {
        "en": "{name}: the workbook was refused: {part} has {what} (at most {limit:,}). Save the workbook again "
              "from Excel, or as CSV UTF-8.",
        "ko": "{name}: 통합 문서를 거부했습니다. {part}에 {what}(최대 {limit:,}). 엑셀에서 다시 저장하거나 CSV "
              "UTF-8로 저장해 주세요."},
    "excel_grid": {
        "en": "{name}: the workbook is damaged: {part} names {detail}, outside Excel's grid of 1,048,576 rows × "
              "16,384 columns (A1:XFD1048576). Open it in Excel and save it again, or save it as CSV UTF-8.",
        "ko": "{name}: 통합 문서가 손상되었습니다. {part}에 있는 {detail}은(는) 엑셀 격자(1,048,576행 × 16,384열, "
              "A1:XFD1048576)를 벗어납니다. 엑셀에서 열어 다시 저장하거나 CSV UTF-8로 저장해 주세요."},
    "excel_cells": {
        "en": "{name}: sheet “{sheet}” spans {rows:,} rows × {columns:,} columns ({cells:,} cells, counted from A1 "
              "to the last value); at most {limit:,} cells are read from a workbook. Save it as CSV UTF-8 — CSV "
              "files of any size are read directly.",
        "ko": "{name}: “{sheet}” 시트는 {rows:,}행 × {columns:,}열({cells:,}칸, A1부터 마지막 값까지)입니다. 통합 "
              "문서에서는 {limit:,}칸까지 읽습니다. CSV UTF-8로 저장해서 올려 주세요. CSV는 크기 제한 없이 바로 "
              "읽습니다."},
    "excel_too_big": {
        "en": "{name}: the workbook's sheets write more than {limit:,} cells; at most {limit:,} are read from a "
              "workbook. Save it as CSV UTF-8 — CSV files of any size are read directly.",
        "ko": "{name}: 통합 문서의 시트에 {limit:,}칸보다 많은 셀이 있습니다. 통합 문서에서는 {limit:,}칸까지 "
              "읽습니다. CSV UTF-8로 저장해서 올려 주세요. CSV는 크기 제한 없이 바로 읽습니다."},
    "excel_strings": {
        "en": "{name}: the workbook holds {count:,} shared texts; at most {limit:,} are read. Save it as CSV "
              "UTF-8 — CSV files of any size are read directly.",
        "ko": "{name}: 통합 문서에 공유 문자열이 {count:,}개 있습니다. {limit:,}개까지 읽습니다. CSV UTF-8로 저장해서 "
              "올려 주세요. CSV는 크기 제한 없이 바로 읽습니다."},
    "too_many_columns": {
        "en": "{name}: the table has {found} columns; at most {limit} are read. Keep the columns you need "
              "(or split the table in two) and upload it again.",
        "ko": "{name}: 표의 컬럼이 {found}개입니다. {limit}개까지 읽습니다. 필요한 컬럼만 남기거나 표를 나눠서 "
              "다시 올려 주세요."},
    "unexpected": {
        "en": "{name}: could not be read ({kind}); nothing was added. The other files are not affected.",
        "ko": "{name}: 읽지 못했습니다({kind}). 아무것도 추가하지 않았습니다. 다른 파일은 영향을 받지 않습니다."},
    "excel_empty": {
        "en": "{name}: the workbook has no sheet with data.",
        "ko": "{name}: 데이터가 있는 시트가 없습니다."},
    "unreadable": {
        "en": "{name}: could not be read as a table ({detail}).",
        "ko": "{name}: 표로 읽을 수 없습니다({detail})."},
}
STRUCTURE: dict[str, dict[str, str]] = {
    "part_size": {"en": "{found:,} bytes unpacked", "ko": "압축을 푼 크기가 {found:,}바이트입니다"},
    "elements": {"en": "{found:,} XML elements", "ko": "XML 요소가 {found:,}개 있습니다"},
    "loose": {"en": "{found:,} XML elements outside its rows or texts",
              "ko": "행이나 문자열 밖의 XML 요소가 {found:,}개 있습니다"},
    "unit": {"en": "a row or text of {found:,} XML elements",
             "ko": "XML 요소가 {found:,}개인 행이나 문자열이 있습니다"},
    "depth": {"en": "XML nested {found:,} levels deep", "ko": "XML이 {found:,}단계로 중첩되어 있습니다"},
    "text": {"en": "a text of {found:,} characters", "ko": "{found:,}자짜리 텍스트가 있습니다"},
    "rows": {"en": "{found:,} rows", "ko": "행이 {found:,}개 있습니다"},
}
"""What a part has too much of, for the "excel_structure" message."""
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
    return pick(MESSAGES, key, language, **values)


def load_error(key: str, language: Language, **values: object) -> DataLoadError:
    """A `DataLoadError` whose message is load message `key` in `language`."""
    return DataLoadError(message(key, language, **values))


def change_note(key: str, language: Language, **values: object) -> str:
    """A note on what loading changed (a column renamed, dates read), in `language`."""
    return pick(NOTES, key, language, **values)


def structure(key: str, language: Language, **values: object) -> str:
    """What a part has too much of, for `load_error("excel_structure", what=...)`."""
    return pick(STRUCTURE, key, language, **values)

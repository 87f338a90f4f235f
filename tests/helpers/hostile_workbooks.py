"""Hostile .xlsx files built in memory: a DTD, truncated XML, a huge dimension, string and zip bombs.

`workbook()` writes the few parts a real .xlsx needs by hand (content types, relationships, workbook,
one sheet, shared strings), so each hostile variant changes exactly one thing of a good file.
"""

from __future__ import annotations

import io
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
CONTENT_TYPES = (
    DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>")
ROOT_RELS = (
    DECLARATION + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = (
    DECLARATION + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
    '<sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    DECLARATION + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
BOOK = "xl/workbook.xml"


def sheet_xml(rows: str, dimension: str = "A1:B4", doctype: str = "") -> str:
    """A worksheet part holding `rows`, declaring `dimension`, with an optional DOCTYPE."""
    return (f'{DECLARATION}{doctype}<worksheet xmlns="{MAIN}"><dimension ref="{dimension}"/>'
            f"<sheetData>{rows}</sheetData></worksheet>")


def strings_xml(items: str, count: int) -> str:
    """A shared strings part holding `items`, declaring `count` of them."""
    return f'{DECLARATION}<sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">{items}</sst>'


def good_rows(rows: int = 3) -> str:
    """A header (city, visits: shared strings 0 and 1) and `rows` rows of inline text and numbers."""
    cells = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>']
    for i in range(rows):
        n = i + 2
        cells.append(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>city {i}</t></is></c>'
                     f'<c r="B{n}"><v>{i * 10}</v></c></row>')
    return "".join(cells)


GOOD_STRINGS = strings_xml("<si><t>city</t></si><si><t>visits</t></si>", 2)


def workbook(sheet: str | bytes | None = None, strings: str | bytes = GOOD_STRINGS,
             extra: dict[str, bytes] | None = None) -> bytes:
    """A one-sheet workbook ("Data"); by default a good one with columns city, visits and 3 rows."""
    sheet = sheet_xml(good_rows()) if sheet is None else sheet
    files = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, BOOK: WORKBOOK,
             "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, SHEET: sheet, STRINGS: strings, **(extra or {})}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def billion_laughs() -> bytes:
    """A sheet whose DTD defines nested entities (10 ** 9 "lol"s when expanded)."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    return workbook(sheet_xml(rows, "A1", f"<!DOCTYPE worksheet [{entities}]>"))


def external_entity() -> bytes:
    """Shared strings naming an external entity (a file of the server), as an XXE attack would."""
    doctype = '<!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    strings = strings_xml("<si><t>&secret;</t></si><si><t>visits</t></si>", 2).replace("<sst", f"{doctype}<sst", 1)
    return workbook(strings=strings)


def truncated(part: str = SHEET, rows: int = 2000) -> bytes:
    """A good workbook of `rows` rows whose `part` (sheet, shared strings, workbook) stops half-way."""
    whole = {SHEET: sheet_xml(good_rows(rows), f"A1:B{rows + 1}"), STRINGS: GOOD_STRINGS, BOOK: WORKBOOK}
    whole[part] = whole[part][: len(whole[part]) // 2]
    return workbook(whole[SHEET], whole[STRINGS], extra={BOOK: whole[BOOK].encode()})


def huge_dimension(ref: str = "A1:XFD4000000", last_row: int = 4_000_000) -> bytes:
    """A 1.5 KB workbook declaring a vast used range, with one cell at its last row."""
    rows = good_rows() + f'<row r="{last_row}"><c r="A{last_row}"><v>1</v></c></row>'
    return workbook(sheet_xml(rows, ref))


def far_cell(row: int = 1_000_000, column: str = "XFD") -> bytes:
    """A sheet that declares A1:B4 but has one more cell far away (its real extent, not the declared one)."""
    rows = good_rows() + f'<row r="{row}"><c r="{column}{row}"><v>2</v></c></row>'
    return workbook(sheet_xml(rows, "A1:B4"))


def shared_strings_bomb(count: int = 4_000_000) -> bytes:
    """A workbook with `count` shared strings (a few MB zipped) of which the sheet uses two."""
    items = "<si><t>city</t></si><si><t>visits</t></si>" + "".join(f"<si><t>s{i}</t></si>" for i in range(count))
    return workbook(strings=strings_xml(items, count + 2))


def zip_bomb(megabytes: int = 128) -> bytes:
    """A workbook whose sheet part inflates to `megabytes` MiB (blank space between rows) from ~1/1000 of that."""
    sheet = sheet_xml(good_rows()).encode()
    cut = sheet.index(b"</row>") + len(b"</row>")
    buffer = io.BytesIO(workbook(sheet=b"<placeholder/>"))
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in source.namelist():
            if name != SHEET:
                archive.writestr(name, source.read(name))
        with archive.open(SHEET, "w", force_zip64=True) as handle:
            handle.write(sheet[:cut])
            blank = b" " * (1 << 20)
            for _ in range(megabytes):
                handle.write(blank)
            handle.write(sheet[cut:])
    return out.getvalue()

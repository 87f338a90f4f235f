"""One XML part of a workbook read once by expat, holding nothing: refuses DTDs, counts what readers would hold.

The scan keeps counters only (memory stays flat whatever the part holds) and refuses, as defusedxml's
`forbid_dtd=True` does, any document type declaration — so no entity (billion laughs) and no external
entity (a server file, a URL) is ever expanded. What it counts (elements, nesting, rows and cells, shared
strings, the longest text) is judged afterwards by `workbook_check`, by what openpyxl does with the part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO, Any, NoReturn
from xml.parsers import expat

from agent.data.uploads.limits import EXCEL_COLUMNS, EXCEL_ROWS

CHUNK = 1 << 16
_CELL_REF = re.compile(r"([A-Za-z]{1,3})(\d{1,7})")
_RANGE = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?")


class XmlRefused(Exception):
    """The part is refused: `kind` names why ("dtd", "malformed", "grid"), `detail` says where."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass
class PartStats:
    """What one XML part holds, as a reader would see it."""

    root: str = ""
    elements: int = 0
    depth: int = 0
    longest_text: int = 0
    """Most characters of text in one element."""
    rows: int = 0
    row_elements: int = 0
    """Most elements in one row."""
    loose_sheet_elements: int = 0
    """Elements outside rows."""
    cells: int = 0
    used_rows: int = 0
    """The last row with a value (a cell with <v> or <is>), 0 when none."""
    used_columns: int = 0
    declared: str = ""
    """The sheet's <dimension ref> as written."""
    declared_rows: int = 0
    declared_columns: int = 0
    strings: int = 0
    string_elements: int = 0
    """Most elements in one shared string."""
    loose_string_elements: int = 0


def column_number(letters: str) -> int:
    """A column's number from its letters: A -> 1, XFD -> 16384."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


class _Counter:
    """Expat handlers that count into a `PartStats`; sheets and shared strings get handlers of their own."""

    def __init__(self, parser: Any) -> None:
        self.parser = parser
        self.stats = PartStats()
        self.depth = 0
        self.text = 0
        self.unit_depth = 0  # depth of the open <row> or <si>, 0 outside one
        self.unit_count = 0
        self.row_number = 0
        self.column = 0
        self.cell_depth = 0
        self.cell_has_value = False

    # --- any part -------------------------------------------------------------------------------

    def first(self, name: str, attrs: dict[str, str]) -> None:
        """The root element: pick the handlers for what the part is."""
        root = name.rpartition(":")[2]
        self.stats.root = root
        start, end = {"worksheet": (self.sheet_start, self.sheet_end),
                      "sst": (self.strings_start, self.strings_end)}.get(root, (self.start, self.end))
        self.parser.StartElementHandler, self.parser.EndElementHandler = start, end
        start(name, attrs)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        stats = self.stats
        self.depth += 1
        stats.elements += 1
        if self.depth > stats.depth:
            stats.depth = self.depth
        if self.text > stats.longest_text:
            stats.longest_text = self.text
        self.text = 0

    def end(self, name: str) -> None:
        if self.text > self.stats.longest_text:
            self.stats.longest_text = self.text
        self.text = 0
        self.depth -= 1

    def data(self, text: str) -> None:
        self.text += len(text)

    # --- worksheets -----------------------------------------------------------------------------

    def sheet_start(self, name: str, attrs: dict[str, str]) -> None:
        stats = self.stats
        self.depth += 1
        stats.elements += 1
        if self.depth > stats.depth:
            stats.depth = self.depth
        if self.text:
            if self.text > stats.longest_text:
                stats.longest_text = self.text
            self.text = 0
        tag = name.rpartition(":")[2]
        if self.unit_depth:
            self.unit_count += 1
            if tag == "c" and not self.cell_depth:
                self._cell(attrs)
            elif tag == "v" or tag == "is":
                self.cell_has_value = self.cell_depth > 0
        elif tag == "row":
            self._row(attrs)
        else:
            self.stats.loose_sheet_elements += 1
            if tag == "dimension" and not self.stats.declared:
                self._dimension(attrs.get("ref", ""))

    def sheet_end(self, name: str) -> None:
        depth = self.depth
        if self.cell_depth == depth:
            if self.cell_has_value:
                stats = self.stats
                if self.row_number > stats.used_rows:
                    stats.used_rows = self.row_number
                if self.column > stats.used_columns:
                    stats.used_columns = self.column
            self.cell_depth = 0
        elif self.unit_depth == depth:
            if self.unit_count > self.stats.row_elements:
                self.stats.row_elements = self.unit_count
            self.unit_depth = 0
        if self.text:
            if self.text > self.stats.longest_text:
                self.stats.longest_text = self.text
            self.text = 0
        self.depth -= 1

    def _row(self, attrs: dict[str, str]) -> None:
        number = attrs.get("r")
        if number is None:
            self.row_number += 1
        else:
            try:
                self.row_number = int(float(number))
            except (ValueError, OverflowError):  # "abc", "nan", "inf"
                raise XmlRefused("grid", f"row r={number[:20]!r}") from None
        if not 1 <= self.row_number <= EXCEL_ROWS:
            raise XmlRefused("grid", f"row {self.row_number:,}")
        self.stats.rows += 1
        self.unit_depth = self.depth
        self.unit_count = 1
        self.column = 0

    def _cell(self, attrs: dict[str, str]) -> None:
        reference = attrs.get("r")
        if reference is None:
            self.column += 1
        else:
            match = _CELL_REF.fullmatch(reference)
            if match is None:
                raise XmlRefused("grid", f"cell {reference[:20]!r}")
            self.column = column_number(match.group(1))
        if self.column > EXCEL_COLUMNS:
            raise XmlRefused("grid", f"cell {reference or self.column} beyond column XFD")
        self.stats.cells += 1
        self.cell_depth = self.depth
        self.cell_has_value = False

    def _dimension(self, ref: str) -> None:
        stats = self.stats
        stats.declared = ref[:40]
        match = _RANGE.fullmatch(ref.strip())
        if match is None:
            return
        last_column, last_row = (match.group(3), match.group(4)) if match.group(3) else match.group(1, 2)
        stats.declared_rows, stats.declared_columns = int(last_row), column_number(last_column)
        if stats.declared_rows > EXCEL_ROWS or stats.declared_columns > EXCEL_COLUMNS:
            raise XmlRefused("grid", f"declared range {stats.declared}")

    # --- shared strings -------------------------------------------------------------------------

    def strings_start(self, name: str, attrs: dict[str, str]) -> None:
        self.start(name, attrs)
        if self.unit_depth:
            self.unit_count += 1
        elif name.rpartition(":")[2] == "si":
            self.unit_depth = self.depth
            self.unit_count = 1
            self.stats.strings += 1
        else:
            self.stats.loose_string_elements += 1

    def strings_end(self, name: str) -> None:
        if self.unit_depth == self.depth:
            if self.unit_count > self.stats.string_elements:
                self.stats.string_elements = self.unit_count
            self.unit_depth = 0
        self.end(name)


def _refuse_dtd(*_: Any) -> NoReturn:
    raise XmlRefused("dtd")


def scan(stream: IO[bytes]) -> PartStats:
    """Read an XML stream through once; its counts, or `XmlRefused` (a DTD, bad XML, a cell off the grid)."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    counter = _Counter(parser)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.UnparsedEntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd
    parser.StartElementHandler = counter.first
    parser.EndElementHandler = counter.end
    parser.CharacterDataHandler = counter.data
    try:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise XmlRefused("malformed", expat.ErrorString(exc.code) + f" (line {exc.lineno})") from None
    return counter.stats

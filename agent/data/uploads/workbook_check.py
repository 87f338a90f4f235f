"""An .xlsx checked before openpyxl reads any of it: the zip, every XML part, and each part by its use.

1. The zip's directory: how many parts, how they are packed, their unpacked sizes (all together, and
   each against its packed size: a zip bomb inflates ~1,000×). zipfile never yields more than the
   declared size of a part, so these sizes bound everything after.
2. The parts openpyxl reads (`workbook_parts`) are streamed once by `xml_scan` (flat memory) and judged
   by how openpyxl reads them: a part parsed whole must be small; the shared strings (all held in
   memory) are counted; each sheet may hold only so many XML elements outside its rows, in one row,
   and all sheets together only so many cells. Sizes are checked before a part is scanned.
3. Every other XML part is scanned too. In all of them a DTD or an entity refuses the workbook, and
   so does XML that is not well-formed (a cut download) or a cell off Excel's grid.

What passes is read by openpyxl in read-only mode (with defusedxml installed, so its own parser
refuses entities too) up to each sheet's last value, never up to the range a sheet declares.
"""

from __future__ import annotations

import math
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from agent.contract.errors import DataLoadError
from agent.data.uploads.limits import EXCEL_ROWS, EXCEL_TEXT, LoadLimits
from agent.data.uploads.load_messages import Language, load_error, structure
from agent.data.uploads.workbook_parts import PartRoles, part_roles
from agent.data.uploads.xml_scan import PartStats, XmlRefused, scan

XML_SUFFIXES = (".xml", ".rels", ".vml")


@dataclass(frozen=True)
class CheckedSheet:
    """A worksheet that may be read, with the extent of its values."""

    name: str
    part: str
    stats: PartStats


def check_workbook(path: Path, name: str, language: Language, limits: LoadLimits) -> list[CheckedSheet]:
    """The workbook's sheets with their extents, or a `DataLoadError` saying which limit it passes."""
    with zipfile.ZipFile(path) as archive:
        _check_directory(archive, name, language, limits)
        scanned: dict[str, PartStats] = {}

        def stats(part: str) -> PartStats:
            if part not in scanned:
                scanned[part] = _scan(archive, part, name, language)
            return scanned[part]

        sizes = {info.filename: info.file_size for info in archive.infolist()}

        def check_whole(part: str) -> None:
            _at_most(sizes[part], limits.max_whole_part_bytes, "part_size", part, name, language)
            _whole_rules(part, stats(part), name, language, limits)

        try:
            roles = part_roles(archive, check_whole)
        except DataLoadError:
            raise
        except Exception as exc:  # noqa: BLE001 - openpyxl's readers fail on a damaged part in open-ended ways
            raise load_error("excel", language, name=name, detail=_first_line(exc)) from None
        for part in roles.whole:
            check_whole(part)
        if roles.strings is not None and roles.strings in sizes:
            _at_most(sizes[roles.strings], limits.max_strings_bytes, "part_size", roles.strings, name, language)
            _strings_rules(roles.strings, stats(roles.strings), name, language, limits)
        sheets = _sheets(roles, stats, name, language, limits)
        for info in archive.infolist():  # the parts openpyxl does not read: no DTD, well-formed all the same
            if info.filename.lower().endswith(XML_SUFFIXES):
                stats(info.filename)
        return sheets


def _check_directory(archive: zipfile.ZipFile, name: str, language: Language, limits: LoadLimits) -> None:
    infos = archive.infolist()
    if len(infos) > limits.max_parts:
        raise load_error("excel_parts", language, name=name, count=len(infos), limit=limits.max_parts)
    seen: set[str] = set()
    for info in infos:
        if info.filename in seen:
            raise _damaged(name, language, f"two parts are named {info.filename}")
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise _damaged(name, language, f"{info.filename} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _damaged(name, language, f"{info.filename} is packed in a way Excel does not use")
    total = sum(info.file_size for info in infos)
    if total > limits.max_unzipped_bytes:
        raise load_error("excel_unzipped", language, name=name, size=f"{math.ceil(total / (1 << 20)):,}",
                         limit=limits.max_unzipped_bytes >> 20)
    for info in infos:
        if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise load_error("excel_ratio", language, name=name, part=info.filename,
                             ratio=info.file_size // max(info.compress_size, 1), limit=limits.max_ratio)


def _scan(archive: zipfile.ZipFile, part: str, name: str, language: Language) -> PartStats:
    try:
        with archive.open(part) as stream:
            return scan(stream)
    except XmlRefused as refused:
        if refused.kind == "dtd":
            raise load_error("excel_dtd", language, name=name, part=part) from None
        if refused.kind == "grid":
            raise load_error("excel_grid", language, name=name, part=part, detail=refused.detail) from None
        raise _damaged(name, language, f"{part}: {refused.detail}") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:  # a bad CRC, a cut stream
        raise _damaged(name, language, f"{part}: {_first_line(exc)}") from None


def _whole_rules(part: str, stats: PartStats, name: str, language: Language, limits: LoadLimits) -> None:
    _at_most(stats.elements, limits.max_whole_part_elements, "elements", part, name, language)
    _common_rules(part, stats, name, language, limits)


def _strings_rules(part: str, stats: PartStats, name: str, language: Language, limits: LoadLimits) -> None:
    _expect_root(part, stats, "sst", name, language)
    if stats.strings > limits.max_shared_strings:
        raise load_error("excel_strings", language, name=name, count=stats.strings, limit=limits.max_shared_strings)
    _at_most(stats.loose_string_elements, limits.max_loose_elements, "loose", part, name, language)
    _at_most(stats.string_elements, limits.max_unit_elements, "unit", part, name, language)
    _common_rules(part, stats, name, language, limits)


def _sheets(roles: PartRoles, stats: Callable[[str], PartStats], name: str, language: Language,
            limits: LoadLimits) -> list[CheckedSheet]:
    """Each worksheet's rules, then the budget of all sheets together (a part named twice counts twice)."""
    if len(roles.sheets) > limits.max_sheets:
        raise load_error("excel_sheets", language, name=name, count=len(roles.sheets), limit=limits.max_sheets)
    sheets = []
    elements = 0
    cells = 0
    for sheet_name, part in roles.sheets:
        facts = stats(part)
        _expect_root(part, facts, "worksheet", name, language)
        _at_most(facts.rows, EXCEL_ROWS, "rows", part, name, language)
        _at_most(facts.loose_sheet_elements, limits.max_loose_elements, "loose", part, name, language)
        _at_most(facts.row_elements, limits.max_unit_elements, "unit", part, name, language)
        _common_rules(part, facts, name, language, limits)
        if facts.used_columns > limits.max_columns:
            raise load_error("too_many_columns", language, name=f"{name} [{sheet_name}]",
                             found=f"{facts.used_columns:,}", limit=f"{limits.max_columns:,}")
        elements += facts.elements
        cells += facts.used_rows * facts.used_columns
        if cells > limits.max_excel_cells:
            raise load_error("excel_cells", language, name=name, sheet=sheet_name, rows=facts.used_rows,
                             columns=facts.used_columns, cells=facts.used_rows * facts.used_columns,
                             limit=limits.max_excel_cells)
        if elements > limits.max_sheet_elements or facts.cells > limits.max_excel_cells:
            raise load_error("excel_too_big", language, name=name, limit=limits.max_excel_cells)
        sheets.append(CheckedSheet(sheet_name, part, facts))
    return sheets


def _common_rules(part: str, stats: PartStats, name: str, language: Language, limits: LoadLimits) -> None:
    _at_most(stats.depth, limits.max_depth, "depth", part, name, language)
    _at_most(stats.longest_text, EXCEL_TEXT, "text", part, name, language)


def _at_most(found: int, limit: int, what: str, part: str, name: str, language: Language) -> None:
    if found > limit:
        raise load_error("excel_structure", language, name=name, part=part, limit=limit,
                         what=structure(what, language, found=found))


def _expect_root(part: str, stats: PartStats, root: str, name: str, language: Language) -> None:
    if stats.root != root:
        raise _damaged(name, language, f"{part} is a <{stats.root}>, not a <{root}>")


def _damaged(name: str, language: Language, detail: str) -> DataLoadError:
    return load_error("excel", language, name=name, detail=detail)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__

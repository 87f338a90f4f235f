"""Which parts of an .xlsx openpyxl reads in read-only mode, and how: whole, as sheets, as shared strings.

Found with openpyxl's own package readers (the manifest, the workbook part, relationships), so the parts
named here are the ones `load_workbook(read_only=True, keep_links=False)` and its sheets will open. Each
part is handed to `check` before openpyxl's code here parses it, so nothing unchecked is parsed.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from openpyxl.packaging.manifest import Manifest
from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.reader.excel import _find_workbook_part  # type: ignore[attr-defined]  # private: not in the stubs
from openpyxl.reader.workbook import WorkbookParser
from openpyxl.xml.constants import (
    ARC_CONTENT_TYPES,
    ARC_CORE,
    ARC_CUSTOM,
    ARC_STYLE,
    ARC_THEME,
    IMAGE_NS,
    SHARED_STRINGS,
)
from openpyxl.xml.functions import fromstring


@dataclass
class PartRoles:
    """How openpyxl will use the parts it reads."""

    whole: set[str] = field(default_factory=set)
    """Parsed whole into a tree (manifest, workbook, styles, properties, relationships, chart sheets), or
    held whole as bytes (the theme)."""
    strings: str | None = None
    """The shared strings part, streamed into a list of every string."""
    sheets: list[tuple[str, str]] = field(default_factory=list)
    """(sheet name, part) of each worksheet, streamed row by row; a part may be named twice."""


def part_roles(archive: zipfile.ZipFile, check: Callable[[str], None]) -> PartRoles:
    """The roles of the parts openpyxl reads; `check(part)` runs before each is parsed here (and may raise)."""
    names = set(archive.namelist())
    roles = PartRoles(whole={ARC_CONTENT_TYPES} | ({ARC_CORE, ARC_CUSTOM, ARC_STYLE, ARC_THEME} & names))

    def parsed_whole(part: str) -> None:
        roles.whole.add(part)
        check(part)

    parsed_whole(ARC_CONTENT_TYPES)
    # types-openpyxl's tree protocol does not admit the Element `fromstring` returns; openpyxl makes this call too.
    package = Manifest.from_tree(fromstring(archive.read(ARC_CONTENT_TYPES)))  # type: ignore[arg-type]
    if package is None:  # only some Serialisable types return None; a Manifest is always built
        raise ValueError("unreadable [Content_Types].xml")
    strings = package.find(SHARED_STRINGS)
    roles.strings = strings.PartName[1:] if strings is not None else None
    book = _find_workbook_part(package).PartName[1:]
    parsed_whole(book)
    if get_rels_path(book) in names:
        parsed_whole(get_rels_path(book))
    parser = WorkbookParser(archive, book, keep_links=False)
    parser.parse()
    for sheet, rel in parser.find_sheets():
        if rel.target not in names:
            continue
        if "chartsheet" in rel.Type:
            _with_dependents(archive, rel.target, names, parsed_whole, set())
            continue
        roles.sheets.append((sheet.name, rel.target))
        if get_rels_path(rel.target) in names:
            parsed_whole(get_rels_path(rel.target))
    return roles


def _with_dependents(archive: zipfile.ZipFile, part: str, names: set[str], parsed_whole: Callable[[str], None],
                     seen: set[str]) -> None:
    """A chart sheet and what it leads to (drawings, charts; not images): openpyxl parses each whole."""
    if part in seen:
        return
    seen.add(part)
    parsed_whole(part)
    rels = get_rels_path(part)
    if rels not in names:
        return
    parsed_whole(rels)
    for dependent in get_dependents(archive, rels):
        if dependent.TargetMode != "External" and dependent.Type != IMAGE_NS and dependent.target in names:
            _with_dependents(archive, dependent.target, names, parsed_whole, seen)

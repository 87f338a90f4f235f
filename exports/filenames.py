"""Download file names: a safe slug of the title plus the date."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

MAX_SLUG = 60
_NOT_WORD = re.compile(r"[\W_]+")  # Unicode-aware: Hangul and other letters and digits are kept


def slugify(title: str | None, fallback: str = "data-chat") -> str:
    """Lower-case words joined by "-": no path separators, dots, spaces or control characters."""
    text = unicodedata.normalize("NFKC", str(title or ""))
    slug = _NOT_WORD.sub("-", text).strip("-").lower()
    slug = slug[:MAX_SLUG].rstrip("-")
    return slug or fallback


def export_filename(title: str | None, ext: str, when: dt.date | None = None) -> str:
    """E.g. `export_filename("ABC-12345 부품 재고", "csv")` -> "abc-12345-부품-재고_2025-06-01.csv"."""
    day = when.date() if isinstance(when, dt.datetime) else when or dt.date.today()
    extension = re.sub(r"[^0-9A-Za-z]", "", ext or "").lower() or "txt"
    return f"{slugify(title)}_{day:%Y-%m-%d}.{extension}"

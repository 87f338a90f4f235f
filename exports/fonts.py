"""CJK fonts for vl-convert: register font directories once and name a Hangul-capable font stack."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import vl_convert as vlc

# A CSS-style family list. vl-convert (resvg) and browsers both take the first family they have, so
# Hangul renders wherever any of these is installed; `sans-serif` keeps Latin text readable otherwise.
# Unquoted on purpose: multi-word family names are valid CSS identifiers and survive SVG attributes as-is.
FONT_STACK = "Noto Sans CJK KR, Noto Sans KR, NanumGothic, Apple SD Gothic Neo, Malgun Gothic, sans-serif"

# Where Linux distributions install Noto CJK / Nanum; macOS and Windows system fonts are found by
# vl-convert's own system scan. Extra directories: EXPORTS_FONT_DIRS (os.pathsep-separated).
FONT_DIRS = (
    "/usr/share/fonts/opentype/noto",  # Debian/Ubuntu fonts-noto-cjk
    "/usr/share/fonts/noto-cjk",  # Arch noto-fonts-cjk
    "/usr/share/fonts/google-noto-cjk",  # Fedora (older)
    "/usr/share/fonts/google-noto-sans-cjk-fonts",  # Fedora 38+
    "/usr/share/fonts/truetype/nanum",  # Debian/Ubuntu fonts-nanum
)

_lock = threading.Lock()
_registered: list[str] | None = None


def _has_cjk_font(directory: Path) -> bool:
    names = (p.name.lower() for p in directory.iterdir() if p.suffix.lower() in {".ttc", ".otf", ".ttf", ".otc"})
    return any("cjk" in n or "kr" in n or "nanum" in n for n in names)


def register_fonts() -> list[str]:
    """Register every existing CJK font directory with vl-convert (once per process); return them."""
    global _registered
    with _lock:
        if _registered is None:
            extra = [d for d in os.environ.get("EXPORTS_FONT_DIRS", "").split(os.pathsep) if d]
            found: list[str] = []
            for directory in (*extra, *FONT_DIRS):
                path = Path(directory)
                try:
                    usable = path.is_dir() and (directory in extra or _has_cjk_font(path))
                except OSError:
                    usable = False
                if usable:
                    vlc.register_font_directory(str(path.resolve()))
                    found.append(str(path))
            _registered = found
        return list(_registered)

"""Charts as files: a Vega-Lite spec rendered offline to PNG or SVG by vl-convert."""

from __future__ import annotations

import copy
from typing import Any

import vl_convert as vlc

from exports.fonts import FONT_STACK, register_fonts

DEFAULT_WIDTH = 640
DEFAULT_HEIGHT = 320

# Parts of a spec that hold data rather than view properties; never rewritten.
_DATA_KEYS = frozenset({"data", "datasets", "values"})


class ChartExportError(ValueError):
    """The spec could not be rendered (invalid, or it needs data from the network)."""


def static_spec(chart_spec: dict[str, Any], width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT) -> dict[str, Any]:
    """A copy of the spec fit for a file: fixed size instead of "container", a Hangul-capable font."""
    if not isinstance(chart_spec, dict) or not chart_spec:
        raise ChartExportError("no chart to export")
    spec = _fix_container_sizes(copy.deepcopy(chart_spec), width, height)
    config = spec.get("config")
    spec["config"] = config = dict(config) if isinstance(config, dict) else {}
    config.setdefault("font", FONT_STACK)  # an explicit font in the spec wins
    return spec


def _fix_container_sizes(node: Any, width: int, height: int) -> Any:
    """Replace "container" widths/heights (which need a page to measure) at every view level."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "width" and value == "container":
                node[key] = width
            elif key == "height" and value == "container":
                node[key] = height
            elif key not in _DATA_KEYS:
                _fix_container_sizes(value, width, height)
    elif isinstance(node, list):
        for item in node:
            _fix_container_sizes(item, width, height)
    return node


def chart_svg(chart_spec: dict[str, Any], width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT) -> str:
    """The chart as an SVG document (text); no network access, inline data only."""
    register_fonts()
    try:
        return vlc.vegalite_to_svg(static_spec(chart_spec, width, height), allowed_base_urls=[])
    except ChartExportError:
        raise
    except ValueError as exc:
        raise ChartExportError(str(exc)) from exc


def chart_png(
    chart_spec: dict[str, Any], scale: float = 2, width: int = DEFAULT_WIDTH, height: int = DEFAULT_HEIGHT
) -> bytes:
    """The chart as PNG bytes at `scale` times its CSS pixel size; no network access, inline data only."""
    register_fonts()
    try:
        return vlc.vegalite_to_png(static_spec(chart_spec, width, height), scale=scale, allowed_base_urls=[])
    except ChartExportError:
        raise
    except ValueError as exc:
        raise ChartExportError(str(exc)) from exc

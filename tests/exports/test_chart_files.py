"""PNG and SVG chart exports: valid files, right size, axis labels present, Hangul drawn (not tofu)."""

from __future__ import annotations

import copy
import io
import struct
import zlib
from xml.etree import ElementTree

import pytest

from exports import ChartExportError, chart_png, chart_svg
from exports.charts import DEFAULT_WIDTH, static_spec
from exports.fonts import FONT_STACK, register_fonts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, checking the signature and the chunk's CRC."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    body = data[16 : 16 + length]
    (crc,) = struct.unpack(">I", data[16 + length : 20 + length])
    assert zlib.crc32(kind + body) == crc
    width, height = struct.unpack(">II", body[:8])
    return width, height


def svg_size(svg: str) -> tuple[float, float]:
    root = ElementTree.fromstring(svg)
    return float(root.get("width")), float(root.get("height"))


def svg_texts(svg: str) -> list[str]:
    return ["".join(t.itertext()) for t in ElementTree.fromstring(svg).iter(f"{SVG}text")]


def test_png_decodes_at_twice_the_svg_size(chart_spec):
    data = chart_png(chart_spec, scale=2)
    width, height = png_size(data)
    svg_width, svg_height = svg_size(chart_svg(chart_spec))
    assert (width, height) == (round(svg_width * 2), round(svg_height * 2))
    assert width > DEFAULT_WIDTH  # "container" became a real width
    assert data.endswith(b"IEND\xaeB`\x82")


def test_png_decodes_with_pillow_when_installed(chart_spec):
    image_module = pytest.importorskip("PIL.Image")
    image = image_module.open(io.BytesIO(chart_png(chart_spec, scale=1)))
    image.load()
    assert image.format == "PNG" and min(image.size) > 100
    assert image.convert("L").getextrema()[0] < 128, "has dark pixels (text, axes), not a blank image"


def test_svg_parses_and_has_title_and_axis_labels(chart_spec):
    svg = chart_svg(chart_spec)
    texts = svg_texts(svg)
    for label in ("부품별 재고 현황", "부품명", "재고 수량", "볼트 M8", "너트", "와셔", "1,000"):
        assert label in texts
    assert FONT_STACK in svg


def test_spec_is_not_modified_and_its_own_font_wins(chart_spec):
    before = copy.deepcopy(chart_spec)
    chart_svg(chart_spec)
    assert chart_spec == before
    custom = copy.deepcopy(chart_spec)
    custom["config"]["font"] = "serif"
    assert static_spec(custom)["config"]["font"] == "serif"
    assert static_spec(chart_spec)["width"] == DEFAULT_WIDTH


def _glyph_png(char: str) -> bytes:
    spec = {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "data": {"values": [{}]},
        "mark": {"type": "text", "fontSize": 40},
        "encoding": {"text": {"value": char}},
        "config": {"view": {"stroke": None}},
    }
    return chart_png(spec, scale=1)


def test_hangul_is_drawn_with_real_glyphs_not_tofu():
    if not register_fonts():
        pytest.skip("no CJK font directory on this machine")
    # Tofu (or no glyph at all) looks the same for every character; real glyphs differ.
    assert _glyph_png("부") != _glyph_png("품")
    assert _glyph_png("부") != _glyph_png(" ")


def test_external_data_is_refused_not_fetched():
    spec = {"data": {"url": "https://example.invalid/data.csv"}, "mark": "point"}
    with pytest.raises(ChartExportError, match="not allowed"):
        chart_svg(spec)
    with pytest.raises(ChartExportError):
        chart_png(spec)


@pytest.mark.parametrize("bad", [None, {}, {"mark": "no-such-mark", "data": {"values": []}}])
def test_unrenderable_specs_raise_chart_export_error(bad):
    with pytest.raises(ChartExportError):
        chart_svg(bad)

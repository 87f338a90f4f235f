"""vl-convert SVG made safe to inline in HTML: allow-listed elements, no scripts or links, unique ids."""

from __future__ import annotations

import re
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

# Everything Vega's SVG renderer emits, minus what can run code or fetch (script, foreignObject, image).
_ELEMENTS = frozenset({
    "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
    "title", "desc", "defs", "clipPath", "linearGradient", "radialGradient", "stop", "pattern", "mask",
})
_URL_REF = re.compile(r"url\(\s*['\"]?#([^)'\"\s]+)['\"]?\s*\)")


def _local(name: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag or attribute name."""
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return "", name


def inline_svg(svg: str, id_prefix: str, label: str = "") -> str:
    """Re-serialise an SVG document as an inline <svg> element that cannot run script or load anything.

    Ids get `id_prefix` (and url(#...) references follow), so several charts on one page keep their own
    clip paths and gradients. `label` becomes the accessible name.
    """
    root = ElementTree.fromstring(svg)
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    out: list[str] = []

    def fix_refs(value: str) -> str | None:
        """Point url(#id) at the prefixed id; None for any other url(...) or a script: URL."""
        fixed = _URL_REF.sub(lambda m: f"url(#{id_prefix}{m.group(1)})" if m.group(1) in ids else "none", value)
        rest = _URL_REF.sub("", fixed).lower()
        return None if "url(" in rest or "script:" in rest else fixed

    def write(el: ElementTree.Element) -> None:
        namespace, tag = _local(el.tag)
        if namespace != SVG_NS or tag not in _ELEMENTS:
            return  # dropped with its children; its tail text is dropped too (whitespace in Vega output)
        attrs: dict[str, str] = {}
        for name, value in el.attrib.items():
            attr_ns, attr = _local(name)
            if attr_ns not in ("", SVG_NS) or attr.lower().startswith("on") or attr in ("href", "style"):
                continue  # xlink:href, event handlers, inline CSS
            if attr == "id":
                value = id_prefix + value
            fixed = fix_refs(value)
            if fixed is not None:
                attrs[attr] = fixed
        if tag == "svg" and el is root:
            attrs["class"] = (attrs.get("class", "") + " chart-svg").strip()
            attrs["role"] = "img"
            if label:
                attrs["aria-label"] = label
        out.append(f"<{tag}" + "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items()) + ">")
        if el.text:
            out.append(escape(el.text))
        for child in el:
            write(child)
            if child.tail and _local(child.tag)[0] == SVG_NS and _local(child.tag)[1] in _ELEMENTS:
                out.append(escape(child.tail))
        out.append(f"</{tag}>")

    write(root)
    return "".join(out)

"""Answer Markdown to HTML that is safe to embed: raw HTML escaped, unsafe links dropped, no remote images."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt

SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")


@lru_cache(maxsize=1)
def _renderer() -> MarkdownIt:
    # CommonMark with raw HTML disabled: "<script>" in the text becomes "&lt;script&gt;".
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    # Images would fetch from the network when the report is opened (and can track readers): off.
    # "![alt](url)" then renders as "!" followed by an ordinary link.
    md.disable("image")
    md.validateLink = lambda url: url.strip().lower().startswith(SAFE_SCHEMES)

    def link_open(renderer, tokens, idx, options, env):
        tokens[idx].attrSet("rel", "noopener noreferrer nofollow")
        return renderer.renderToken(tokens, idx, options, env)

    md.add_render_rule("link_open", link_open)
    return md


def markdown_to_html(text: str) -> str:
    """Render Markdown (GFM tables, strikethrough) to an HTML fragment with all raw HTML escaped."""
    return _renderer().render(str(text or ""))

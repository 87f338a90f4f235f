r"""Answer Markdown re-written as Markdown that shows no raw HTML and no unsafe link, whatever renders it.

The answer is parsed as the HTML report parses it (CommonMark, raw HTML off, only http/https/mailto
links, no images), so `<script>`, `<img onerror=…>` and `[x](javascript:…)` are plain text there; mdformat
then writes the tree back as Markdown, escaping that text (`\<script>`). A renderer with raw HTML on
(GitHub, markdown-it with html=True) shows it as text; bold, lists, links and code stay as they were.
"""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from mdformat.renderer import MDRenderer

from exports.safe_markdown import SAFE_SCHEMES


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["strikethrough"])
    md.disable("image")  # "![alt](url)" becomes "!" and a link: a report fetches nothing when opened
    md.validateLink = lambda url: url.strip().lower().startswith(SAFE_SCHEMES)
    return md


def safe_markdown(text: str) -> str:
    """`text` as Markdown in which raw HTML is escaped text and unsafe links are plain text."""
    tokens = _parser().parse(str(text or ""))
    return MDRenderer().render(tokens, {"parser_extension": [], "mdformat": {}}, {}).rstrip("\n")

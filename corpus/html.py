"""HTML pages to Markdown, with the page's own metadata.

markdownify turns the page into Markdown; ``HtmlDoc.text`` is that Markdown
and every offset in the project indexes it. Scripts, styles, navigation and
forms are dropped before conversion; they are never run or followed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DROP_TAGS = [
    "script",
    "style",
    "noscript",
    "nav",
    "form",
    "iframe",
    "svg",
    "template",
    "head",
    "button",
    "select",
    "input",
    "textarea",
    "object",
    "embed",
]


@dataclass(slots=True)
class HtmlDoc:
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    """Spans of ``text`` that are page furniture, not the article."""


def read_html(raw: str) -> HtmlDoc:
    """Convert an HTML page to Markdown and read its title."""
    # Heavy imports: kept off the app's start-up path.
    from bs4 import BeautifulSoup
    from markdownify import MarkdownConverter

    soup = BeautifulSoup(raw, "html.parser")
    title = None
    for tag_name in ("h1", "title"):
        tag = soup.find(tag_name)
        if tag is not None:
            candidate = " ".join(tag.get_text(" ").split())
            if candidate:
                title = candidate
                break
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    markdown = MarkdownConverter(heading_style="ATX").convert_soup(soup)
    markdown = re.sub(r"\n[ \t]+\n", "\n\n", markdown)
    markdown = re.sub(r"\n{3,}", "\n\n", markdown).strip() + "\n"
    return HtmlDoc(markdown, title=title)

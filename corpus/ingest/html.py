"""HTML pages to Markdown, with the page's own metadata and its furniture marked.

markdownify turns the page into Markdown; ``HtmlDoc.text`` is that Markdown and every offset in
the project indexes it. Hostile parts (scripts, styles, frames, handlers, ``javascript:`` links,
``data:`` URIs) and navigation are dropped first (``corpus.ingest.html_clean``); they are never run or
followed. The article is told from the page furniture on the parsed page (``corpus.ingest.html_content``),
and the furniture's Markdown is found again in the output by private-use marker characters the
converter wraps around it, so ``HtmlDoc.boilerplate`` spans index ``HtmlDoc.text`` exactly.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from typing import Any

_OPEN, _CLOSE = "\ue000", "\ue001"
_MARKERS = re.compile(f"[{_OPEN}{_CLOSE}]")
_EDGE_NEWLINES = re.compile(r"^(\n*)(.*?)(\n*)$", re.S)
# Tidying the Markdown: spaces at line ends, blank lines with spaces, runs of blank lines.
_TIDY = (
    (re.compile(r"[ \t]+(?=\n)"), ""),
    (re.compile(r"\n{3,}"), "\n\n"),
)

Span = tuple[int, int]


@dataclass(slots=True)
class HtmlDoc:
    text: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    author: str | None = None
    boilerplate: list[Span] = field(default_factory=list)
    """Spans of ``text`` that are page furniture, not the article."""


def read_html(raw: str) -> HtmlDoc:
    """Convert an HTML page to Markdown, read its metadata and mark its furniture."""
    # Heavy imports: kept off the app's start-up path.
    from bs4 import BeautifulSoup, Tag

    from corpus.ingest.html_clean import MARKER_CHARS, render_article_templates, sanitize
    from corpus.ingest.html_content import find_furniture
    from corpus.ingest.html_meta import read_meta
    from corpus.ingest.html_vote import reconcile, second_opinion

    page = MARKER_CHARS.sub("", raw)
    with warnings.catch_warnings():  # "looks like XML", "looks like a URL": the page is what it is
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(page, "html.parser", element_classes={Tag: _tag_class()})
    meta = read_meta(soup)
    render_article_templates(soup)
    sanitize(soup)
    furniture = find_furniture(soup, meta.title, meta.article_body or _summary_as_body(soup, meta))
    marked = _convert(soup, {id(tag) for tag in furniture.elements})
    text, spans = _unmark(marked)
    for pattern, replacement in _TIDY:
        text, spans = _sub_keeping_spans(pattern, replacement, text, spans)
    stripped = text.lstrip("\n")
    text, spans = stripped.rstrip() + "\n", _shift(spans, len(stripped) - len(text))
    spans = [(max(0, s), min(len(text), e)) for s, e in spans if min(len(text), e) > max(0, s)]
    spans = reconcile(text, spans, second_opinion(page), meta.title)
    return HtmlDoc(text, meta.title, meta.source, meta.date, meta.author, spans)


# A page with fewer words than this shows no article of its own (a bare frame, a script app).
_EMPTY_PAGE_WORDS = 40


def _summary_as_body(soup: Any, meta: Any) -> str | None:
    """The page's summary, when the page shows no text of its own and the summary is longer
    than what it shows: then the summary is all the article there is to read."""
    summary = meta.description
    if not summary:
        return None
    shown = len(soup.get_text(" ").split())
    return summary if shown < _EMPTY_PAGE_WORDS and len(summary.split()) > shown else None


def _tag_class() -> type:
    """bs4's Tag with a quick ``find_parent(name)``: markdownify asks it of every element, and
    bs4's general matcher made that a third of the conversion time."""
    from bs4 import Tag

    class QuickTag(Tag):
        def find_parent(self, name: Any = None, attrs: Any = None, **kwargs: Any) -> Any:
            if isinstance(name, str) and not attrs and not kwargs:
                parent = self.parent
                while parent is not None:
                    if parent.name == name:
                        return parent
                    parent = parent.parent
                return None
            return super().find_parent(name, attrs or {}, **kwargs)

    return QuickTag


def _convert(soup: Any, furniture: set[int]) -> str:
    """markdownify's Markdown of the page, each furniture element's part wrapped in markers."""
    from markdownify import MarkdownConverter

    class Converter(MarkdownConverter):
        def process_tag(self, node: Any, parent_tags: Any = None) -> str:
            text: str = super().process_tag(node, parent_tags)  # type: ignore[misc]  # untyped in the stubs
            if id(node) not in furniture or not text.strip():
                return text
            match = _EDGE_NEWLINES.match(text)
            assert match is not None  # the pattern matches any string
            lead, inner, trail = match.groups()
            return f"{lead}{_OPEN}{inner}{_CLOSE}{trail}"

    return str(Converter(heading_style="ATX").convert_soup(soup))


def _unmark(marked: str) -> tuple[str, list[Span]]:
    """The text without markers, and the spans the markers enclosed."""
    pieces: list[str] = []
    spans: list[Span] = []
    depth = 0
    opened = 0
    length = 0
    last = 0
    for match in _MARKERS.finditer(marked):
        pieces.append(marked[last : match.start()])
        length += match.start() - last
        last = match.end()
        if match.group() == _OPEN:
            if depth == 0:
                opened = length
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and length > opened:
                spans.append((opened, length))
    pieces.append(marked[last:])
    if depth and len(marked) - last:
        spans.append((opened, length + len(marked) - last))
    return "".join(pieces), spans


def _sub_keeping_spans(pattern: re.Pattern[str], replacement: str, text: str, spans: list[Span]):
    """``pattern.sub(replacement, text)``, with the spans moved to stay on the same characters."""
    if not spans:
        return pattern.sub(replacement, text), spans
    pieces: list[str] = []
    edits: list[tuple[int, int, int]] = []  # (old start, old end, new start) of each replacement
    last = 0
    new_length = 0
    for match in pattern.finditer(text):
        pieces.append(text[last : match.start()])
        new_length += match.start() - last
        edits.append((match.start(), match.end(), new_length))
        pieces.append(replacement)
        new_length += len(replacement)
        last = match.end()
    pieces.append(text[last:])
    if not edits:
        return text, spans

    import bisect

    starts = [e[0] for e in edits]

    def move(offset: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        if i < 0:
            return offset
        old_start, old_end, new_start = edits[i]
        if offset < old_end:  # inside a replaced stretch: to its start
            return new_start + min(offset - old_start, len(replacement))
        return new_start + len(replacement) + (offset - old_end)

    return "".join(pieces), [(move(s), move(e)) for s, e in spans]


def _shift(spans: list[Span], delta: int) -> list[Span]:
    return [(s + delta, e + delta) for s, e in spans]

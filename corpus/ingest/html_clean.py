"""Hostile HTML is data: what is dropped from a page before anything reads its text.

Scripts, styles, frames, embedded objects, forms' controls, navigation and hidden elements are
removed; event-handler attributes, ``javascript:`` links and ``data:`` URIs go too, so no part of
the page is ever run or followed. Works on any tree BeautifulSoup made, malformed or truncated.
"""

from __future__ import annotations

import re
from typing import Any

# Removed with everything inside them: code, frames, controls and the site's menus.
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "canvas",
    "template",
    "head",
    "link",
    "meta",
    "base",
    "button",
    "select",
    "option",
    "input",
    "textarea",
    "label",
    "dialog",
)
_UNSAFE_URL = re.compile(r"^\s*(?:javascript|vbscript|data|file)\s*:", re.I)
_URL_ATTRS = ("href", "src", "srcset", "action", "formaction", "poster", "background", "xlink:href")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Markers the converter uses to find the furniture in its output: never let the page supply them.
MARKER_CHARS = re.compile("[\ue000\ue001]")
# Elements nested deeper than this are flattened to their text (markdownify recurses per level).
MAX_DEPTH = 100
# A form bigger than this (in letters) wraps the whole page (old ASP.NET sites): keep its text.
_PAGE_FORM = 1500


# Scripts that hold markup for the page's own code to show, not code.
_TEMPLATE_TYPES = re.compile(r"^\s*text/(?:template|x-template|html)\s*$", re.I)


def render_article_templates(soup: Any) -> None:
    """Put in place the markup of a template script set inside the article's own element
    (Blogger keeps each post's body so): it is what a reader sees there. Templates elsewhere
    (cookie dialogs, widgets) stay scripts, dropped with the rest; what is put in place is
    sanitized like the rest of the page."""
    from bs4 import BeautifulSoup

    from corpus.ingest.html_hints import POSITIVE, attr_words

    for script in soup.find_all("script", attrs={"type": _TEMPLATE_TYPES}):
        parent = script.parent
        if parent is None or not POSITIVE.search(attr_words(parent)):
            continue
        fragment = BeautifulSoup(script.string or "", "html.parser")
        if fragment.contents:
            script.replace_with(*fragment.contents)
        else:
            script.decompose()


def sanitize(soup: Any) -> None:
    """Drop everything a page could run or hide, in place."""
    from bs4 import CData, Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    not_text = (Comment, CData, Declaration, Doctype, ProcessingInstruction)
    forms: list[Any] = []
    stack = [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        for child in list(node.children):
            if not isinstance(child, Tag):
                if isinstance(child, not_text):
                    child.extract()
                continue
            if depth >= MAX_DEPTH:  # absurd nesting: its text, flat, so no reader recurses that deep
                child.replace_with(NavigableString(" ".join(child.get_text(" ").split())))
                continue
            attrs = child.attrs
            if child.name in _DROP or _is_hidden(attrs) or (child.name == "img" and not _safe_src(attrs)):
                child.decompose()
                continue
            for name in [n for n in attrs if n.lower().startswith("on") or n.lower() == "style"]:
                del attrs[name]
            for name in _URL_ATTRS:
                value = attrs.get(name)
                if isinstance(value, str) and _UNSAFE_URL.match(value):
                    del attrs[name]
            if child.name == "form":
                forms.append(child)
            stack.append((child, depth + 1))
    for form in reversed(forms):  # innermost first
        if _letters(form.get_text()) > _PAGE_FORM:
            form.unwrap()
        else:
            form.decompose()


_DROP = frozenset(DROP_TAGS)


def _safe_src(attrs: dict[str, Any]) -> bool:
    src = attrs.get("src")
    return isinstance(src, str) and bool(src.strip()) and _UNSAFE_URL.match(src) is None


def _is_hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and _HIDDEN_STYLE.search(style) is not None


def _letters(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")

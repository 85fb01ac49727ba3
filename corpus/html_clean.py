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
# A form bigger than this (in letters) wraps the whole page (old ASP.NET sites): keep its text.
_PAGE_FORM = 1500


def sanitize(soup: Any) -> None:
    """Drop everything a page could run or hide, in place."""
    from bs4 import Comment, Tag

    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(DROP_TAGS):
        if not tag.decomposed:
            tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or not isinstance(tag, Tag):
            continue
        attrs = tag.attrs
        if _is_hidden(attrs):
            tag.decompose()
            continue
        for name in [n for n in attrs if n.lower().startswith("on") or n.lower() == "style"]:
            del attrs[name]
        for name in _URL_ATTRS:
            value = attrs.get(name)
            if isinstance(value, str) and _UNSAFE_URL.match(value):
                del attrs[name]
        if tag.name == "img" and not attrs.get("src"):
            tag.decompose()
    for form in soup.find_all("form"):
        if form.decomposed:
            continue
        if _letters(form.get_text()) > _PAGE_FORM:
            form.unwrap()
        else:
            form.decompose()


def _is_hidden(attrs: dict[str, Any]) -> bool:
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and _HIDDEN_STYLE.search(style) is not None


def _letters(text: str) -> int:
    return len(text) - text.count(" ") - text.count("\n") - text.count("\t")

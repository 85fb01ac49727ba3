"""The title of a markdown link is page furniture, not a quotation (moved out of
:mod:`corpus.quotes.spans`, which asks it of every quote it finds)."""

from __future__ import annotations

import re

__all__ = ["LINK_LOOKBACK", "is_link_title"]

LINK_LOOKBACK = 500
"""Characters before a title's mark read for its link's target (a long URL; bounded, so that a storm of
`"a")` stays linear)."""
_SPACE = re.compile(r"\s")


def is_link_title(text: str, open_at: int, close_at: int) -> bool:
    """Whether the quote between the marks at ``open_at`` and (just before) ``close_at`` is the title
    of a markdown link (`[Jas](/Jas "Jas")`, a footnote's `(#note_1 "Source: …")`): what a page shows
    on hovering a link, page furniture, not a quotation of its text."""
    if text[close_at : close_at + 1] != ")":
        return False  # the common case, read from one character
    target_end = open_at
    while target_end > 0 and text[target_end - 1] in " \t":
        target_end -= 1
    if target_end == open_at:
        return False
    paren = text.rfind("(", max(0, open_at - LINK_LOOKBACK), target_end)
    if paren < 1 or text[paren - 1] != "]":
        return False
    return _SPACE.search(text, paren + 1, target_end) is None  # the target is one word

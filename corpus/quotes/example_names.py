"""A name given as an example is no speaker the ranker may choose (h-gate30).

"Having an entertainer such as {Jackman} host the show …, said Jane Roe, author of the book “…”",
"court voters across channels such as {Facebook}", "holdouts such as {Ryan}", "services like
{Uber}", "many, including {Roe}": the mention stands after "such as", "like" or "including", one of
a list of instances of something the sentence speaks of, not someone it gives words to. The ranker
has no feature for it: the one it has, a mention after "as" ("as {Roe} put it"), reads "such as" the
same way, and a name so written is often quoted elsewhere in the article.

PolNeAR train: 157 candidates after these words, 2 of them the gold Source (1.3%; 26 after "such
as", none gold), against 15% of the other candidates after "as" (71 of 464). Where the ranker
chooses one, the rules' answer stands (``rerank.trusted``). Asked as shipped it chose none on
PolNeAR train or dev (no held-out quote moves); with the ask gate lower (-5.2) it chose one on ECB+,
a book's title given to the actor named "such as Jackman" in the sentence before the cue.
"""

from __future__ import annotations

import re

EXAMPLE_OPENERS = ("such as", "like", "including")
"""The words that open a list of instances ("such as {Roe}"): a mention right after them is given as an
example. (``name_groups`` reads the same words after a group noun, where the names after them are
the group's people.)"""
_OPENER_BEFORE = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in EXAMPLE_OPENERS) + r")[ \t\u00a0]+\Z", re.IGNORECASE
)
_REACH = 16
"""Characters read before a mention for the words (the longest, "such as", and its spaces)."""


def given_as_example(text: str, start: int) -> bool:
    """Whether the mention starting at ``start`` stands right after "such as", "like" or "including"."""
    lo = max(0, start - _REACH)
    return _OPENER_BEFORE.search(text[lo:start]) is not None

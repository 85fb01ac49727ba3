"""The name a speaker is shown by: the fullest form the articles give, as they most often write it.

A person is seen by many names ("Sullivan", "Judge Sullivan", "Emmet G. Sullivan", "Joe Biden",
"Joseph R. Biden"). The name shown is chosen in two steps. Middle initials set aside, the form with
the most words wins, then the most seen ("Joe Biden" over "Joseph Biden" where it is written more
often; a full name over a bare surname). Of the names written that way with or without initials,
the most seen is shown ("Emmet G. Sullivan" where the articles write him only so; "Donald Trump"
where "Donald J. Trump" is rarer). So a one-off misspelling written with an initial ("Philip H.
Hickock" once, "Philip Hickok" twice) never becomes the name shown for being one word longer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from corpus.quotes.middle_initials import without_initials


def shown_name(names: Mapping[str, int]) -> str:
    """The name to show for a person seen by ``names`` (each name with how often it was seen)."""
    if len(names) == 1:  # (most people are seen by one name: it is shown)
        return next(iter(names))
    bare = {name: without_initials(name) for name in names}  # (each name's reduced once)
    reduced: Counter[str] = Counter()
    for name, seen in names.items():
        reduced[bare[name]] += seen
    sizes = {n: len(n.split()) for n in reduced}
    longest = max(sizes.values())
    # the most seen; between as many sightings, the first in sorted order (names are distinct)
    best = min((n for n in reduced if sizes[n] == longest), key=lambda n: (-reduced[n], n))
    written = [n for n in names if bare[n] == best]
    return min(written, key=lambda n: (-names[n], n))

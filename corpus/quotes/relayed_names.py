"""The people relayers quote, as sightings of names for :class:`corpus.quotes.speakers.SpeakerIndex`.

A person quoted only through a relayer (`“…,” Roe said, according to Frankel`) is still someone a
reader looks for: registered as every speaker's name is, they get the fullest name the corpus gives
them and join the same person quoted elsewhere; their relayed quotes are counted apart from their
own (:meth:`SpeakerIndex.count_relayed`).
"""

from __future__ import annotations

from corpus.model import Quote

__all__ = ["relayed_sightings"]


def relayed_sightings(quotes: list[Quote]) -> list[tuple[str, str, str | None]]:
    """(article, name as the article gives it, no role) of each named person a quote's speaker
    relays (``Quote.quoting``), in quote order."""
    return [(q.article, q.quoting.name, None) for q in quotes if q.quoting is not None and q.quoting.name]

"""The story's quotes and speakers, and the look-ups the screens make from them, built once.

Imported by :class:`corpus.story.Story` when quotes are first asked for. A plain class, not a
dataclass: making a dataclass compiles its methods from source, and start-up is measured.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.model import Quote, Speaker


class QuoteIndex:
    """Quotes by article (reading order), by speaker and by statement group (article order), the
    speakers by name, and each speaker's rank (0 = most quoted)."""

    __slots__ = (
        "by_article", "by_group", "by_quoted", "by_speaker", "quotes", "rank", "speaker_index", "speakers",
    )  # fmt: skip

    def __init__(self, quotes: list[Quote], speakers: list[Speaker], article_order: list[str]) -> None:
        self.quotes = quotes
        self.speakers = speakers
        self.by_article: dict[str, list[Quote]] = {}
        self.by_speaker: dict[str, list[Quote]] = {}
        self.by_group: dict[int, list[Quote]] = {}
        self.by_quoted: dict[str, list[Quote]] = {}
        """The quotes whose speaker relays a person's words, by that person (``Quote.quoting``)."""
        for q in quotes:
            self.by_article.setdefault(q.article, []).append(q)
            if q.speaker:
                self.by_speaker.setdefault(q.speaker, []).append(q)
            if q.quoting is not None and q.quoting.name:
                self.by_quoted.setdefault(q.quoting.name, []).append(q)
            self.by_group.setdefault(q.group, []).append(q)
        for qs in self.by_article.values():
            qs.sort(key=lambda q: (q.start, q.end))
        order = {name: i for i, name in enumerate(article_order)}
        for qs in (*self.by_speaker.values(), *self.by_group.values(), *self.by_quoted.values()):
            qs.sort(key=lambda q: (order.get(q.article, 0), q.start))
        self.speaker_index: dict[str, Speaker] = {s.name: s for s in speakers}
        # Colours follow the speaker's rank (most quoted first, then by name), so a speaker keeps one
        # colour on every screen and the most quoted speakers get the most distinct ones.
        ranked = sorted(speakers, key=lambda s: (-s.quotes, s.name))
        self.rank: dict[str, int] = {s.name: i for i, s in enumerate(ranked)}

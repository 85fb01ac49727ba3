"""One loaded corpus and everything computed from it, each piece computed once, when first asked for.

The app (and any tool) holds a :class:`Story` instead of calling the engine piece by piece: it
loads the articles, then lazily finds quotes and speakers, word weights, the overlap of a pair of
articles, the reuse graph and the passages each article shares. It composes the engine's public
functions only and computes nothing of its own beyond lookups. It is safe to call from worker
threads: each lazy piece is guarded by a lock so two workers never compute it twice.

The quote and passage engines are imported when first needed, so building a Story (and painting the
article list) stays cheap.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.ingest.load import load_corpus
from corpus.model import Article, Families, Graph, Overlap, Quote, Speaker

_LEADING_NUMBER = re.compile(r"^(\d+)[_\-. ]")

Progress = Callable[[int, int], None]


@dataclass
class _Quotes:
    quotes: list[Quote]
    speakers: list[Speaker]
    by_article: dict[str, list[Quote]] = field(default_factory=dict)
    by_speaker: dict[str, list[Quote]] = field(default_factory=dict)
    by_group: dict[int, list[Quote]] = field(default_factory=dict)
    speaker_index: dict[str, Speaker] = field(default_factory=dict)
    rank: dict[str, int] = field(default_factory=dict)


class Story:
    """A corpus and its lazily computed quotes, speakers, overlaps and reuse graph."""

    def __init__(self, root: Path, articles: list[Article]) -> None:
        self.root = root
        self.articles = articles
        self._by_name = {a.name: a for a in articles}
        self._position = {a.name: i for i, a in enumerate(articles)}
        self._tags: dict[str, str] | None = None
        self._lock = threading.RLock()
        # The graph has a lock of its own: building it reports progress to the UI thread and waits
        # for it, and the UI thread asks for quotes meanwhile (one shared lock deadlocked the app).
        self._graph_lock = threading.Lock()
        self._weights_lock = threading.Lock()
        self._quotes: _Quotes | None = None
        self._weights: Any = None
        self._overlaps: dict[tuple[str, str], Overlap] = {}
        self._graph: Graph | None = None
        self._families: Families | None = None
        self._families_lock = threading.Lock()
        """Engine parts that are not installed ("quotes", "passages"): their answers are empty."""

    @classmethod
    def load(
        cls,
        root: Path | str,
        *,
        progress: Progress | None = None,
        cache: Any = None,
        into: list[Article] | None = None,
    ) -> Story:
        """Load every article under ``root``; raises ``CorpusError`` only when ``root`` is unusable.

        ``cache`` is the loader's ``ArticleCache`` (``corpus.cache.Cache``), or None; articles are
        appended to ``into`` as they load (see :func:`corpus.ingest.load.load_corpus`).
        """
        return cls(Path(root), load_corpus(root, progress=progress, cache=cache, into=into))

    # -- articles -------------------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self.root.name or str(self.root)

    def article(self, name: str) -> Article:
        return self._by_name[name]

    def get(self, name: str) -> Article | None:
        return self._by_name.get(name)

    def index_of(self, name: str) -> int:
        return self._position[name]

    def tag(self, name: str) -> str:
        """A short tag naming an article on screen ("also in 003, 004"): the number its file name
        starts with ("000_…") when no two articles share it, else its position (1-based): in a
        corpus of per-event folders ("10_1ecb.txt", "10_2ecb.txt") the numbers name events, not
        articles."""
        if self._tags is None:
            numbers = {a.name: m.group(1) for a in self.articles if (m := _LEADING_NUMBER.match(a.name))}
            unique = len(numbers) == len(self.articles) and len(set(numbers.values())) == len(numbers)
            self._tags = numbers if unique else {a.name: str(i + 1) for i, a in enumerate(self.articles)}
        return self._tags[name]

    # -- quotes and speakers --------------------------------------------------------------------

    def _quote_index(self) -> _Quotes:
        with self._lock:
            if self._quotes is None:
                self._quotes = self._find_quotes()
            return self._quotes

    def _find_quotes(self) -> _Quotes:
        readable = [a for a in self.articles if not a.problem or a.paragraphs]
        from corpus.quotes import find_quotes

        quotes, speakers = find_quotes(readable)
        index = _Quotes(list(quotes), list(speakers))
        for q in index.quotes:
            index.by_article.setdefault(q.article, []).append(q)
            if q.speaker:
                index.by_speaker.setdefault(q.speaker, []).append(q)
            index.by_group.setdefault(q.group, []).append(q)
        for qs in index.by_article.values():
            qs.sort(key=lambda q: (q.start, q.end))
        order = {a.name: i for i, a in enumerate(self.articles)}
        for qs in (*index.by_speaker.values(), *index.by_group.values()):
            qs.sort(key=lambda q: (order.get(q.article, 0), q.start))
        index.speaker_index = {s.name: s for s in index.speakers}
        # Colours follow the speaker's rank (most quoted first, then by name), so a speaker keeps one
        # colour on every screen and the most quoted speakers get the most distinct ones.
        ranked = sorted(index.speakers, key=lambda s: (-s.quotes, s.name))
        index.rank = {s.name: i for i, s in enumerate(ranked)}
        return index

    def quotes(self) -> list[Quote]:
        return self._quote_index().quotes

    def speakers(self) -> list[Speaker]:
        """Every canonical speaker, most quoted first."""
        index = self._quote_index()
        return sorted(index.speakers, key=lambda s: index.rank.get(s.name, 0))

    def speaker(self, name: str | None) -> Speaker | None:
        return self._quote_index().speaker_index.get(name) if name else None

    def speaker_rank(self, name: str | None) -> int | None:
        """A stable small number per canonical speaker (0 = most quoted); None for no speaker."""
        return self._quote_index().rank.get(name) if name else None

    def quotes_of(self, article: str) -> list[Quote]:
        """The quotes of one article, in reading order."""
        return self._quote_index().by_article.get(article, [])

    def quotes_by(self, speaker: str) -> list[Quote]:
        """Every quote of one canonical speaker, in article order."""
        return self._quote_index().by_speaker.get(speaker, [])

    def quotes_in_group(self, group: int) -> list[Quote]:
        """Every wording of one statement across the corpus."""
        return self._quote_index().by_group.get(group, [])

    # -- passages -------------------------------------------------------------------------------

    def weights(self) -> Any:
        """Word rarity over the corpus (the passage engine's ``WordWeights``)."""
        with self._weights_lock:
            if self._weights is None:
                from corpus.passages import WordWeights

                self._weights = WordWeights.from_articles(self._readable())
            return self._weights

    def _readable(self) -> list[Article]:
        return [a for a in self.articles if a.paragraphs]

    def overlap(self, a: str, b: str) -> Overlap:
        """The passages articles ``a`` and ``b`` share, in A's order (computed once per pair)."""
        if a == b:
            return Overlap(a, b, [])
        key = (a, b) if a <= b else (b, a)
        with self._lock:
            cached = self._overlaps.get(key)
        if cached is None:
            from corpus.passages import align_articles

            first, second = self.article(key[0]), self.article(key[1])
            if first.paragraphs and second.paragraphs:
                cached = align_articles(first, second, self.weights())
            else:
                cached = Overlap(first.name, second.name, [])
            with self._lock:
                self._overlaps[key] = cached
        if cached.a == a:
            return cached
        from corpus.passages import swap_overlap

        return swap_overlap(cached)

    def graph(self, *, progress: Progress | None = None, cache: Any = None) -> Graph:
        """Which articles share passages with which, over the whole corpus."""
        with self._graph_lock:
            if self._graph is None:
                from corpus.passages import build_graph

                self._graph = build_graph(self._readable(), cache=cache, progress=progress)
            return self._graph

    def families(self, *, progress: Progress | None = None) -> Families:
        """The reprint families of the corpus, largest first (computed once)."""
        with self._families_lock:
            if self._families is None:
                from corpus.passages import build_families

                self._families = build_families(self._readable(), progress=progress)
            return self._families

    def shares(self) -> dict[str, int]:
        """Per article, how many passages it shares with the other articles (from the graph)."""
        counts = {a.name: 0 for a in self.articles}
        for edge in self.graph().edges:
            for name in (edge.a, edge.b):
                if name in counts:
                    counts[name] += edge.passages
        return counts

    def shared_passages(self) -> int:
        """Passages shared between pairs of articles, over the whole corpus."""
        return sum(edge.passages for edge in self.graph().edges)

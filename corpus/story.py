"""One loaded corpus and everything computed from it, each piece computed once, when first asked for.

This is the one way into the engine for the app and the command line. A :class:`Story` loads the
articles, names them (:meth:`Story.find`, :meth:`Story.number`: one numbering everywhere), then
lazily finds quotes and speakers, word weights, the overlap of a pair of articles, the reuse graph
and the passages each article shares. It decides when the on-disk cache is used and reports
progress; it composes the engine's public functions and computes nothing of its own beyond
lookups. It is safe to call from worker threads: each lazy piece is guarded by a lock so two
workers never compute it twice.

The quote and passage engines, and the cache, are imported when first needed, so building a Story
(and painting the article list) stays cheap.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.ingest.files import CorpusError, at_most_entries
from corpus.ingest.kept_chrome import KeptChrome
from corpus.ingest.load import load_article, load_corpus
from corpus.ingest.lookup import NoSuchArticle, article_named, folder_within, unused_name
from corpus.model import Article, Progress

if TYPE_CHECKING:  # the engine's findings: corpus.model imports them when first asked for
    from corpus.cache import Cache
    from corpus.model import Families, Family, FamilyMember, Graph, Overlap, Quote, Speaker
    from corpus.passages import WordWeights
    from corpus.quote_index import QuoteIndex
    from corpus.quotes import ReadingAhead
    from corpus.search import Hit, HitContext, SearchIndex, SearchResult

__all__ = [
    "SMALL_CORPUS",
    "CorpusError",
    "FamilyPassage",
    "FamilyVersion",
    "Hit",
    "HitContext",
    "NoSuchArticle",
    "Progress",
    "SearchResult",
    "Story",
    "quick_to_load",
]

FamilyVersion = tuple["FamilyMember", Article, str, list[tuple[int, int]]]
"""A family member, its article, its version's text and the spans where it differs from the base."""
FamilyPassage = tuple["FamilyMember", "Family"]
"""One article's version of a reprint family, and the family."""

SMALL_CORPUS = 64
"""A corpus of at most this many files (or folders) loads in a few milliseconds: the app reads it
before painting its first frame, and its parsed articles are faster to read again than to fetch
from the on-disk cache. Bigger corpora load in a worker behind a progress bar, through the cache."""


def quick_to_load(root: Path) -> bool:
    """True when ``root`` is a file, or a folder holding at most SMALL_CORPUS entries (counted lazily)."""
    return at_most_entries(root, SMALL_CORPUS)


@contextmanager
def _open_cache(wanted: bool = True, at_first_use: bool = False) -> Iterator[Cache | None]:
    """The on-disk cache for one step, opened and closed in the calling thread (SQLite connections
    belong to the thread that opened them); None when unwanted or unusable: work goes on without it.
    ``at_first_use``: its file is opened when first read or written (:meth:`Cache.open`)."""
    if not wanted:
        yield None
        return
    from corpus.cache import Cache

    cache = Cache.open(at_first_use=at_first_use)
    try:
        yield cache
    finally:
        if cache is not None:
            cache.close()


class Story:
    """A corpus and its lazily computed quotes, speakers, overlaps and reuse graph."""

    def __init__(self, root: Path, articles: list[Article]) -> None:
        self.root = root
        self.articles = articles
        self._by_name = {a.name: a for a in articles}
        self._position = {a.name: i for i, a in enumerate(articles)}
        self._lock = threading.RLock()
        # The graph and the families have locks of their own: building the families reports progress
        # to the UI thread and waits for it, and the UI thread asks for quotes meanwhile (one shared
        # lock deadlocked the app).
        self._graph_lock = threading.Lock()
        self._weights_lock = threading.Lock()
        self._found: tuple[list[Quote], list[Speaker]] | None = None
        self._quotes: QuoteIndex | None = None
        self._reading_ahead: ReadingAhead | None = None
        self._cached = False  # loaded through the on-disk cache: quote readings are kept there too
        self._weights: WordWeights | None = None
        self._overlaps: dict[tuple[str, str], Overlap] = {}
        self._graph: Graph | None = None
        self._families: Families | None = None
        self._families_lock = threading.Lock()
        self._family_passages: dict[str, list[FamilyPassage]] | None = None
        self._search_index: SearchIndex | None = None
        self._folders: dict[str, str] = {}
        self._search_lock = threading.Lock()
        self._short_names: dict[str, str] = {}
        """What tight lists show of each canonical speaker asked for (:meth:`short_name`)."""

    @classmethod
    def load(
        cls,
        root: Path | str,
        *,
        progress: Progress | None = None,
        into: list[Article] | None = None,
        quotes_ahead: bool = False,
        fork_helper: bool = False,
    ) -> Story:
        """Load every article under ``root``; raises ``CorpusError`` only when ``root`` is unusable.

        Parsed articles of a corpus bigger than SMALL_CORPUS come from the on-disk cache (opened
        in the calling thread for this call only); a small one is read faster than the cache opens.
        Articles are appended to ``into`` as they load, and ``progress(done, total)`` is called after
        each (see :func:`corpus.ingest.load.load_corpus`).

        ``quotes_ahead``: the quotes will be asked for; on a big corpus the quote finder's helper
        process starts at the first file parsed (none when every article comes from the cache; at
        once when there is no cache file yet) and reads the quotes of the articles parsed while the
        rest load (:class:`ReadingAhead`). ``fork_helper``: this process will hold no other corpus
        (the command line's): a helper started before the loading may be forked from it, not spawned
        (:func:`corpus.processes.fork_helper`).
        """
        root = Path(root)
        cached = not quick_to_load(root)
        reading: AbstractContextManager[ReadingAhead | None] = nullcontext()
        if quotes_ahead and cached:  # not even the quote finder's import for a small one
            from corpus.cache_place import cache_is_new  # (sqlite3 is imported after the helper starts)
            from corpus.quotes import reading_ahead

            reading = reading_ahead(root, cache_is_new, fork_helper)
        # the cache's file opened once the loading first reads or writes it: after the helper (if
        # one is started) has been sent its first files (a cold corpus)
        with reading as ahead, _open_cache(cached, at_first_use=True) as cache:
            loader = cache if ahead is None else ahead.watching(cache)
            share = None if ahead is None else ahead.share()  # (the helper parses a share too)
            kept = None if cache is None else KeptChrome(cache, root)  # which paragraphs are chrome
            articles = load_corpus(root, progress=progress, cache=loader, into=into, share=share, chrome=kept)
        story = cls(root, articles)
        story._reading_ahead = ahead
        story._cached = cached
        return story

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

    def number(self, name: str) -> int:
        """The article's number: its 1-based position in the listing, the same in the app's article
        list, ``storydiff list`` and every tag naming it ("also in 3, 4"); ``find`` takes it back."""
        return self._position[name] + 1

    def folder(self, name: str) -> str:
        """The folder holding the article, relative to the corpus folder ("" at its top)."""
        folder = self._folders.get(name)
        if folder is None:
            folder = self._folders[name] = folder_within(self.article(name).path, self.root)
        return folder

    def search(self, query: str) -> list[SearchResult]:
        """The articles holding every word and "phrase" of ``query``, in corpus order, each with its
        hits (offsets into ``article.text``) and one shown in context (see :mod:`corpus.search`).
        The articles' folded texts are made on the first search and kept."""
        with self._search_lock:
            index = self._search_index
            if index is None or len(index.articles) != len(self.articles):
                from corpus.search import SearchIndex  # only a search needs it: kept off start-up

                index = self._search_index = SearchIndex(self.articles)
        return index.search(query)

    def skipped_files(self) -> list[Path]:
        """The files of the corpus folder that are not articles (a ``.pdf``…): walks the folder."""
        from corpus.ingest import skipped_files

        return skipped_files(self.root)

    def tag(self, name: str) -> str:
        """The short tag naming an article on screen: its :meth:`number`."""
        return str(self.number(name))

    def find(self, key: str) -> Article:
        """The article ``key`` names, as a person names it on the command line (see
        :func:`corpus.ingest.lookup.article_named`: its number is :meth:`number`'s). A path to a file
        outside the corpus is read and added to the story (before quotes or weights are computed, it
        counts in them). Raises :class:`NoSuchArticle` saying what matched."""
        found = article_named(key, self.root, self.articles, self._by_name)
        return found if isinstance(found, Article) else self._add(load_article(found))

    def _add(self, article: Article) -> Article:
        """An article from outside the corpus joins it (its name made unique)."""
        article.name = name = unused_name(article.name, self._by_name)
        with self._lock:
            self.articles.append(article)
            self._by_name[name] = article
            self._position[name] = len(self.articles) - 1
        return article

    # -- quotes and speakers --------------------------------------------------------------------

    def _found_quotes(
        self, arrived: Callable[[list[Quote]], None] | None = None
    ) -> tuple[list[Quote], list[Speaker]]:
        with self._lock:
            if self._found is None:
                self._found = self._find_quotes(arrived)
            return self._found

    def _quote_index(self) -> QuoteIndex:
        with self._lock:
            if self._quotes is None:
                from corpus.quote_index import QuoteIndex

                quotes, speakers = self._found_quotes()
                self._quotes = QuoteIndex(list(quotes), list(speakers), [a.name for a in self.articles])
            return self._quotes

    def _find_quotes(
        self, arrived: Callable[[list[Quote]], None] | None
    ) -> tuple[list[Quote], list[Speaker]]:
        """Each article's quote reading comes from the on-disk cache (of a corpus loaded through
        it), or from the helper that read it while the corpus loaded, or is made now (and kept)."""
        readable = [a for a in self.articles if not a.problem or a.paragraphs]
        from corpus.quotes import QuoteReadings, find_quotes

        ahead, self._reading_ahead = self._reading_ahead, None  # find_quotes shuts its helper down
        with _open_cache(self._cached) as cache:
            store = QuoteReadings(cache, ahead, self.root)
            return find_quotes(readable, ahead.pool if ahead else None, store, arrived)

    def quotes(self) -> list[Quote]:
        return self._quote_index().quotes

    def quotes_alone(self, arrived: Callable[[list[Quote]], None] | None = None) -> list[Quote]:
        """The quotes of :meth:`quotes` without the screens' look-ups (by article, speaker, statement),
        which ``storydiff quotes`` needs none of (4-6 ms of its run on the 4 MB bench corpus).
        ``arrived``: given each article's quotes as they are read, when they are found now and the
        helper process reads too (see :func:`corpus.quotes.find_quotes`)."""
        return self._found_quotes(arrived)[0]

    def speakers(self) -> list[Speaker]:
        """Every canonical speaker, most quoted first."""
        index = self._quote_index()
        return sorted(index.speakers, key=lambda s: index.rank.get(s.name, 0))

    def speaker(self, name: str | None) -> Speaker | None:
        return self._quote_index().speaker_index.get(name) if name else None

    def short_name(self, name: str | None) -> str:
        """What tight lists show of a canonical speaker: a person's surname, other names whole, as
        the articles quoting the speaker write the name ("the Associated Press": whole)."""
        if not name:
            return "(unknown)"
        shown = self._short_names.get(name)  # (asked for each row of a quote list)
        if shown is None:
            from corpus.quotes import short_name

            speaker = self.speaker(name)
            quoting = speaker.articles if speaker is not None else []
            texts = (a.text for a in map(self._by_name.get, quoting) if a is not None)
            shown = self._short_names[name] = short_name(name, texts=texts)
        return shown

    def speaker_rank(self, name: str | None) -> int | None:
        """A stable small number per canonical speaker (0 = most quoted); None for no speaker."""
        return self._quote_index().rank.get(name) if name else None

    def quotes_of(self, article: str) -> list[Quote]:
        """The quotes of one article, in reading order."""
        return self._quote_index().by_article.get(article, [])

    def quotes_by(self, speaker: str) -> list[Quote]:
        """Every quote of one canonical speaker, in article order."""
        return self._quote_index().by_speaker.get(speaker, [])

    def quotes_relaying(self, speaker: str) -> list[Quote]:
        """Every quote whose speaker relays one canonical speaker's words (``Quote.quoting``)."""
        return self._quote_index().by_quoted.get(speaker, [])

    def quotes_in_group(self, group: int) -> list[Quote]:
        """Every wording of one statement across the corpus."""
        return self._quote_index().by_group.get(group, [])

    # -- passages -------------------------------------------------------------------------------

    def weights(self) -> WordWeights:
        """Word rarity over the corpus."""
        with self._weights_lock:
            if self._weights is None:
                from corpus.passages import WordWeights

                self._weights = WordWeights.from_articles(self._readable())
            return self._weights

    def _readable(self) -> list[Article]:
        return [a for a in self.articles if a.paragraphs]

    def overlap(self, a: str, b: str) -> Overlap:
        """The passages articles ``a`` and ``b`` share, in A's order (computed once per pair)."""
        from corpus.model import Overlap

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

    def graph(self, *, progress: Progress | None = None) -> Graph:
        """Which articles share passages with which, over the whole corpus: two articles are joined
        when they share a reprint family (the families are built first, ``progress(done, total)``
        called as they advance; the graph is then a count over them)."""
        families = self.families(progress=progress)
        with self._graph_lock:
            if self._graph is None:
                from corpus.passages import graph_from_families

                self._graph = graph_from_families(self._names(), families, self._text_of)
            return self._graph

    def _names(self) -> list[str]:
        return [a.name for a in self.articles]

    def _text_of(self, name: str) -> str:
        return self._by_name[name].text

    def families(self, *, progress: Progress | None = None) -> Families:
        """The reprint families of the corpus, largest first (computed once)."""
        with self._families_lock:
            if self._families is None:
                from corpus.passages import build_families

                self._families = build_families(self._readable(), progress=progress)
            return self._families

    def family_versions(self, family: Family) -> list[FamilyVersion]:
        """Each member of ``family`` with its article, its version's text and the spans of that text
        that differ from the family's base text (offsets into the version)."""
        from corpus.passages import family_versions

        return family_versions(family, self.article)

    def reprint_sources(self) -> dict[str, str]:
        """Per article that reprints a wire service's copy, who ran it and whose copy it is: "AP via
        yahoo.com" (see :mod:`corpus.outlets`; finds the families first)."""
        from corpus.outlets import reprint_sources

        return reprint_sources(self.families().reuse, self._by_name)

    def shares(self, *, progress: Progress | None = None) -> dict[str, int]:
        """Per article, how many passages it shares with the others: per family it is in, the
        family's other articles (its edges' passages in :meth:`graph`, without listing the pairs)."""
        from corpus.passages import shares_from_families

        return shares_from_families(self._names(), self.families(progress=progress))

    def shared_passages(self, *, progress: Progress | None = None) -> int:
        """Passages shared between pairs of articles over the whole corpus (the passages of every
        edge of :meth:`graph`)."""
        from corpus.passages import shared_passage_count

        return shared_passage_count(self._names(), self.families(progress=progress))

    def families_ready(self) -> bool:
        """True once the families are built (what is read from them is then a mere look-up)."""
        return self._families is not None

    def family_passages(self, name: str, *, progress: Progress | None = None) -> list[FamilyPassage]:
        """Article ``name``'s passages in families (each shared with another article), in text order."""
        families = self.families(progress=progress)
        with self._families_lock:
            if self._family_passages is None:
                from corpus.passages import passages_by_article

                self._family_passages = passages_by_article(families)
            return self._family_passages.get(name, [])

    def shared_words(self, name: str, *, progress: Progress | None = None) -> dict[str, int]:
        """Per article sharing families with ``name``, how many of its words they share, most first."""
        from corpus.passages import words_shared_through_families

        passages = self.family_passages(name, progress=progress)
        return words_shared_through_families(name, passages, lambda a: self.article(a).text, self._position)

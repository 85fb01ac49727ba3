"""Each article's quotes, read on their own: in this process, or shared with the helper process
(:mod:`corpus.processes`) on a big corpus.

What one article gives (its quote spans, who said each in the article, the name a reader sees of
that speaker) depends on that article alone, so a big corpus's articles are read in two processes:
the helper is sent runs of consecutive articles (pickled :class:`Article` objects: their text and
block arrays; 18 ms to pickle, 18 to unpickle for the 4 MB bench corpus) and sends back each
article's reading as the bytes the cache keeps (:mod:`corpus.quotes.reading_codec`). What ties
articles together (one speaker per person, statements) stays with
:func:`corpus.quotes.find.find_quotes`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from corpus import helper_claims, processes
from corpus.model import Article, Quote
from corpus.quotes.quote_helper import start_quote_helper
from corpus.quotes.reading_codec import reading_bytes, reading_from_bytes

if TYPE_CHECKING:  # (the name tables and pairs: imported where an article is read; a warm run reads none)
    from concurrent.futures import Future, ProcessPoolExecutor

    from corpus.quotes.attribution import Attribution
    from corpus.quotes.name_pairs import NamePairs
    from corpus.quotes.names import NameTables
    from corpus.quotes.spans import QuoteSpan

__all__ = [
    "ArticleQuotes",
    "ReadingStore",
    "article_quotes",
    "helper_pairs",
    "quotes_by_article",
    "read_article",
    "read_in_helper",
    "warm_up_helper",
]

TASKS = 64
"""Runs of consecutive articles a corpus is cut into (by characters): small enough that neither
process waits long for the other at the end, big enough that sending them costs little."""

_PAIRS = "quote-name-pairs"
"""The helper's :class:`NamePairs`, kept across its runs of articles (:func:`processes.hold`)."""

ArticleQuotes = tuple[list[Quote], list[str | None], list[str | None], list[tuple[str, str]]]
"""An article's quotes (no canonical speaker yet), in text order; per quote, its speaker's name as a
reader sees it (None: no one, or nothing that reads as a name), and that speaker's role; and the
pairs of words the article writes that could be someone's full name (:class:`NamePairs`)."""


class ReadingStore(Protocol):
    """Readings made before (:class:`corpus.quotes.readings.QuoteReadings`: the on-disk cache's, the
    helper's while the corpus loaded), and where new ones are kept."""

    def readings(self, articles: Sequence[Article]) -> list[ArticleQuotes | None]:
        """A reading of each article, or None where there is none to be had yet."""

    def late(self, article: Article) -> bytes | None:
        """A reading (as :func:`reading_bytes` wrote it) that came in since :meth:`readings`, or None:
        read it now."""

    def coming(self, article: Article) -> bool:
        """Whether the helper was reading ``article`` when :meth:`readings` came (see :meth:`late`)."""

    def keep(self, article: Article, reading: ArticleQuotes, data: bytes | None = None) -> None:
        """Keep ``reading`` (``data``: its bytes, when it came so)."""


Arrived = Callable[[Article, ArticleQuotes], None]
"""What is given each article's reading as it is made or comes in (:class:`.step_ahead.StepAhead`)."""


@dataclass(slots=True, eq=False)
class ReadingsOut:
    """Where each reading made or come in goes: the ``store`` keeps it, ``arrived`` is given it."""

    store: ReadingStore | None
    arrived: Arrived | None

    def keep(self, article: Article, reading: ArticleQuotes, data: bytes | None = None) -> None:
        if self.store is not None:
            self.store.keep(article, reading, data)
        if self.arrived is not None:
            self.arrived(article, reading)


def article_quotes(article: Article, tables: NameTables, pairs: NamePairs) -> ArticleQuotes:
    """The quotes of one article, who said each as the article names them and in what role, and the
    article's pairs of words that could be a full name (:func:`.article_reading.quotes_of`, whose
    steps and their patterns are imported when an article is first read, not with this module: a
    warm run, every reading from the cache, reads no article)."""
    from corpus.quotes.article_reading import quotes_of

    return quotes_of(article, tables, pairs)


def read_article(article: Article) -> tuple[list[QuoteSpan], list[Attribution], list[bool]]:
    """One article's spans, speakers and terms (:func:`.article_reading.read_article`)."""
    from corpus.quotes.article_reading import read_article as read

    return read(article)


def quotes_by_article(
    articles: list[Article],
    tables: NameTables | None,
    pool: ProcessPoolExecutor | None,
    store: ReadingStore | None = None,
    arrived: Arrived | None = None,
) -> list[ArticleQuotes]:
    """:func:`article_quotes` of each article, in article order: those ``store`` has are not read
    again; of the others, the helper ``pool`` reads runs from the end while this process reads from
    the start (all of them when there is no helper, or when it dies). Without ``pool``, one is
    started when PARALLEL_FROM articles or more are to be read. The pool is shut down at the end;
    the readings made are given to ``store`` to keep. An article with the same reading as one before
    it (:func:`~corpus.quotes.readings.same_reading`: the same page saved twice) is not read again:
    the other's reading is copied for it (on the 4 MB bench corpus 72 of 1,066 articles).
    ``tables``: the name tables (None: the shipped ones, read only if an article is read here).
    ``arrived``: given each reading as soon as it is had, in any order: those ``store`` had first,
    then each made here or come from the helper (not those copied for a twin)."""
    found: list[ArticleQuotes | None] = [None] * len(articles)
    if store is not None:
        found = store.readings(articles)
        if arrived is not None:  # (the helper's while the corpus loaded: given now, while it reads on)
            for article, reading in zip(articles, found, strict=True):
                if reading is not None:
                    arrived(article, reading)
    twins = _twins(articles, found)
    unread = [k for k, reading in enumerate(found) if reading is None and k not in twins]
    # those the helper is reading (sent while the corpus loaded) are read here last, only if their
    # readings have not come in by then: read first, 24-35 of the bench corpus's were read twice
    coming = {k for k in unread if store is not None and store.coming(articles[k])}
    order = [k for k in unread if k not in coming] + sorted(coming)
    if pool is None and order:
        pool = start_quote_helper(len(order))
    try:
        made = _read_all([articles[k] for k in order], tables, pool, ReadingsOut(store, arrived), len(coming))
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    new = dict(zip(order, made, strict=True))
    out: list[ArticleQuotes] = []
    for k, reading in enumerate(found):
        if k in twins:  # (its first one comes before it: already in ``out``)
            reading = _twin_reading(articles[k], out[twins[k]], store)
        elif reading is None:
            reading = new[k]
        out.append(reading)
    return out


def _twins(articles: list[Article], found: list[ArticleQuotes | None]) -> dict[int, int]:
    """For each article with no reading yet that has the same reading as an article before it, the
    index of the first such article (one that is read, or was found)."""
    from corpus.quotes.readings import same_reading  # (this process only: the helper never needs it)

    first: dict[str, list[int]] = {}
    twins: dict[int, int] = {}
    for k, article in enumerate(articles):
        alike = first.setdefault(article.text, [])
        if found[k] is None:
            j = next((j for j in alike if same_reading(article, articles[j])), None)
            if j is not None:
                twins[k] = j
                continue
        alike.append(k)
    return twins


def _twin_reading(article: Article, reading: ArticleQuotes, store: ReadingStore | None) -> ArticleQuotes:
    """``reading`` (of an article with the same text and blocks, not yet given speakers) for
    ``article``: its quotes are its own and carry its name, as :func:`reading_from_bytes` would make
    them from the other's bytes (their mentions, frozen, are shared). Made after the reading, on one
    core: written out and read back, a reading took 39 µs on the 4 MB bench corpus (72 twins), copied
    4 (and 13 written out for the cache)."""
    quotes, named, roles, pairs = reading
    name = article.name
    own = [Quote(name, q.start, q.end, q.text, q.kind, None, q.mention, q.cue, 0, q.quoting) for q in quotes]
    twin = (own, list(named), list(roles), list(pairs))
    if store is not None:
        store.keep(article, twin)
    return twin


def _read_all(
    articles: list[Article],
    tables: NameTables | None,
    pool: ProcessPoolExecutor | None,
    kept: ReadingsOut,
    last: int = 0,
) -> list[ArticleQuotes]:
    """Each article's reading, made here or by the helper, and given to ``kept`` as soon as it is
    made or comes in: while the helper still reads, not after it is done (then this process alone
    would work while it waits). The ``last`` articles are read here, after the others."""
    if not articles:  # every reading found: the reading's steps are not even imported
        return []
    from corpus.quotes.name_pairs import NamePairs
    from corpus.quotes.names import shipped_tables

    known = shipped_tables() if tables is None else tables
    pairs = NamePairs(known)
    articles, after = articles[: len(articles) - last], articles[len(articles) - last :]

    store = kept.store

    def read(article: Article) -> ArticleQuotes:
        late = store.late(article) if store is not None else None
        if late is not None:
            return _sent(article, late, known, kept)
        reading = article_quotes(article, known, pairs)
        kept.keep(article, reading)
        return reading

    if pool is None:
        return [read(a) for a in (*articles, *after)]
    cuts = processes.even_runs([len(a.text) for a in articles], TASKS)  # by characters
    runs = [articles[start:end] for start, end in cuts]
    done: list[list[ArticleQuotes]] = [[] for _ in runs]
    claims = helper_claims.made_claims(len(articles))
    path = None if claims is None else claims.path

    def here(k: int) -> Sequence[ArticleQuotes | bytes]:
        return [read(a) for a in runs[k]]

    def here_raced(
        k: int, helper: Future[Sequence[ArticleQuotes | bytes]]
    ) -> Sequence[ArticleQuotes | bytes]:
        if claims is None:
            return processes.rest_from_helper(runs[k], read, helper)
        return helper_claims.met_with_helper(runs[k], cuts[k][0], read, helper, claims)

    # this process never waits for the helper at the end (whose start may be slow on a busy machine):
    # a run the helper has too is met in the middle (each reads its end of it)
    sent: Iterator[tuple[int, Sequence[ArticleQuotes | bytes]]] = processes.shared_out(
        pool, read_in_helper, lambda k: (runs[k], path, cuts[k][0]), here, len(runs), 3, False,
        local_raced=here_raced,
    )  # fmt: skip
    try:
        for k, run_found in sent:
            if claims is not None and any(isinstance(one, bytes) for one in run_found):
                claims.mapped_there()
            done[k] = [
                _sent(a, one, known, kept) if isinstance(one, bytes) else one
                for a, one in zip(runs[k], run_found, strict=True)
            ]
    finally:
        if claims is not None:
            claims.close()
    return [one for run in done for one in run] + [read(a) for a in after]


def _sent(article: Article, data: bytes, tables: NameTables, kept: ReadingsOut) -> ArticleQuotes:
    """The reading the helper sent as bytes (:func:`reading_bytes`), kept as they are; read here
    again should they not be one (never seen)."""
    try:
        reading = reading_from_bytes(data, article)
    except ValueError:
        from corpus.quotes.name_pairs import NamePairs

        reading = article_quotes(article, tables, NamePairs(tables))
        data = reading_bytes(reading)
    kept.keep(article, reading, data)
    return reading


def read_in_helper(articles: list[Article], claims: str | None = None, first: int = 0) -> list[bytes]:
    """In the helper: :func:`article_quotes` of a run of articles, as :func:`reading_bytes` writes
    them (the name tables are read once there, from their file: :func:`shipped_tables` keeps them;
    one :class:`NamePairs` serves every run, as in this process); up to the first one this process
    has claimed (``claims``: the :class:`helper_claims.Claims` file, the run's articles its items ``first``
    on; see :func:`helper_claims.met_with_helper`)."""
    from corpus.quotes.names import shipped_tables

    tables = shipped_tables()
    pairs = helper_pairs(tables)
    read: list[bytes] = []
    for k, article in enumerate(articles, first):
        if not helper_claims.taken_there(claims, k):
            break
        read.append(reading_bytes(article_quotes(article, tables, pairs)))
    return read


def helper_pairs(tables: NameTables) -> NamePairs:
    try:
        pairs: NamePairs = processes.held(_PAIRS)
    except KeyError:
        from corpus.quotes.name_pairs import NamePairs

        pairs = NamePairs(tables)
        processes.hold(_PAIRS, pairs)
    return pairs


def warm_up_helper() -> None:
    """In the helper, as soon as it starts (:func:`corpus.quotes.quote_helper.warm_up`): import the
    reading's steps, read the name tables and make its name pairs' reader, so that its first run of
    articles waits for none of them (nothing is sent back)."""
    import corpus.quotes.article_reading  # noqa: F401  (the reading's steps, imported on first use)
    from corpus.quotes.names import shipped_tables

    helper_pairs(shipped_tables())

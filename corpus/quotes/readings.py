"""Quote readings kept and read ahead: each article's :data:`ArticleQuotes` from the on-disk cache,
or from the helper process, which reads the quotes of the articles parsed while the corpus still
loads.

A reading depends on the article alone (its text, paragraphs and problem: see
:func:`reading_key`) and the engine's code and tables (the cache's schema id), so it is kept as
plain data beside the parsed article and used again while the key matches. What ties articles
together (one speaker per person, statements) is not kept: it depends on the whole corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from corpus.digests import blake2b
from corpus.ingest.files import at_most_entries
from corpus.ingest.load import ArticleCache
from corpus.model import Article, Blocks
from corpus.quotes import quote_helper

if TYPE_CHECKING:  # (the quote finder is imported once the helper has been started: see quote_helper)
    from concurrent.futures import Future, ProcessPoolExecutor

    from corpus.quotes.article_quotes import ArticleQuotes
    from corpus.quotes.kept_speakers import KeptStep
    from corpus.quotes.shared_ingest import SharedIngest

__all__ = [
    "QuoteReadings",
    "ReadingAhead",
    "ReadingCache",
    "reading_ahead",
    "reading_ahead_for",
    "reading_key",
    "same_reading",
]

RUN_CHARS = 48_000
"""Characters of parsed articles sent to the helper at a time while the corpus loads (a tenth of a
second of its work): the helper starts on the first ones while this process parses the next, and
the runs it has not started when loading ends are taken back (see :meth:`ReadingAhead.take`)."""


class ReadingCache(Protocol):
    """Where readings are kept between runs (:class:`corpus.cache.Cache`): bytes under a path and a key."""

    def readings(self, wanted: Sequence[tuple[Path, str]]) -> list[bytes | None]:
        """The bytes kept for each (path, key); None where there are none, or only under another key."""

    def put_reading(self, path: Path, key: str, data: bytes) -> None: ...


def reading_key(article: Article) -> str:
    """What an article's reading depends on, as a digest: its text, paragraphs and problem (its name
    is given back when the reading is read; the quote finder splits its own masked text into
    sentences and never reads the article's, which are made only where read: see
    :class:`corpus.model.LaterSentences`). The loader marks repeated chrome after the cache
    (paragraph kinds change), so the parsed article's entry alone would not do."""
    # the text as its digest (kept with the article in the on-disk cache: not hashed again warm)
    digest = blake2b(article.text_digest(), digest_size=16)
    digest.update(article.paragraphs.to_bytes())
    digest.update(b"|")
    digest.update((article.problem or "").encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


_Shape = tuple[Blocks, "str | None"]


def _shape(article: Article) -> _Shape:
    return article.paragraphs, article.problem


def same_reading(a: Article, b: Article) -> bool:
    """Whether two articles have one reading: the same text, paragraphs and problem (what
    :func:`reading_key` digests), as a page saved twice has; their names are given back when read."""
    return a.text == b.text and all(x is y or x == y for x, y in zip(_shape(a), _shape(b), strict=True))


class ReadingAhead:
    """The quotes of the articles parsed while a big corpus loads, read by the helper process
    meanwhile (the parse runs here: the two cores overlap instead of the helper waiting).

    :meth:`parsed` is told of each article parsed, not taken from the cache; the helper is started
    at the first one (a warm run starts none). Runs of RUN_CHARS characters are sent as they fill.
    When the quotes are asked for, :meth:`take` gives the readings in, takes back the runs the helper
    has not started, and leaves those it is reading to race this process (:meth:`late`). A reading
    of an article changed since it was sent (repeated chrome marked) is not used. An article whose
    text was parsed before (the same page saved twice) is not sent: it is given the reading of the
    first one, where the two are still alike (:func:`same_reading`)."""

    def __init__(
        self,
        start: Callable[[], ProcessPoolExecutor | None],
        forked: Callable[[], ProcessPoolExecutor | None] | None = None,
    ) -> None:
        self._start: Callable[[], ProcessPoolExecutor | None] | None = start
        self._forked = forked
        """Starts the helper by a fork of this process, where that is safe (:meth:`start`)."""
        self.pool: ProcessPoolExecutor | None = None
        self._run: list[Article] = []
        self._chars = 0
        self._sent: list[tuple[list[Article], list[_Shape], Future[list[Any]]]] = []
        self._racing: dict[int, tuple[Article, _Shape, Future[list[Any]], int]] = {}
        self._first: dict[str, Article] = {}
        """The first article parsed with each text."""
        self._twins: list[tuple[Article, Article]] = []
        """(an article not sent, the first one parsed with its text)."""
        self._made: list[tuple[Article, _Shape, bytes]] = []
        """Articles the helper parsed itself, with their readings (:meth:`made`)."""
        self._held: list[Article] | None = None
        self._cache: ArticleCache | None = None
        self._holds_corpus = False
        """Whether the cache gave an article of the corpus before the first was parsed (then the
        helper started at that one is spawned, not forked: :meth:`parsed`)."""

    def start(self, fork: bool = False) -> None:
        """Start the helper now (unless it was started), not at the first article parsed: for a
        corpus every file of which will be parsed, so that it starts while the loading starts.
        ``fork``: this process holds no corpus yet (nothing loaded, or only the article just parsed)
        and will hold no other (the command line): the helper is forked when it can be (``forked``)."""
        if self._start is not None:
            start, self._start = self._start, None
            self.pool = self._forked() if fork and self._forked is not None else start()

    def share(self) -> SharedIngest | None:
        """The helper's share of the files to parse (:mod:`corpus.quotes.shared_ingest`), when it was
        started before the loading (every file will be parsed: :func:`reading_ahead`)."""
        if self.pool is None:
            return None
        from corpus.quotes.shared_ingest import SharedIngest

        return SharedIngest(self, self._cache)  # type: ignore[arg-type]

    def hold(self) -> None:
        """Keep the articles parsed from now on until :meth:`release` (the helper parses its own)."""
        self._held = []

    def release(self) -> None:
        """Send the articles parsed since :meth:`hold`, as :meth:`parsed` sends them."""
        held, self._held = self._held or [], None
        for article in held:
            self.parsed(article)

    def parsed_twice(self, articles: Sequence[Article], future: Future[list[Any]]) -> None:
        """``articles`` were parsed here while the helper parsed and read them too (``future``: its
        result, to come): they are not sent, their readings are taken from that result."""
        run = list(articles)
        self._sent.append((run, [_shape(a) for a in run], future))
        mine = {id(a) for a in run}
        for article in run:
            self._first.setdefault(article.text, article)
        if self._held is not None:
            self._held = [a for a in self._held if id(a) not in mine]

    def loaded(self) -> None:
        """The cache gave an article of the corpus: this process holds part of it."""
        self._holds_corpus = True

    def made(self, article: Article, data: bytes) -> None:
        """``article`` was parsed by the helper, which read it too (``data``: its reading's bytes)."""
        self._first.setdefault(article.text, article)
        self._made.append((article, _shape(article), data))

    def parsed(self, article: Article) -> None:
        if article.problem and not article.paragraphs:  # no quotes are read in it
            return
        if self._held is not None:
            self._held.append(article)
            return
        # forked where the cache gave none before (a corpus new to it): this process holds only the
        # article just parsed, as little as before the loading
        self.start(fork=not self._holds_corpus)
        if self.pool is None:
            return
        first = self._first.setdefault(article.text, article)
        if first is not article:
            self._twins.append((article, first))
            return
        self._run.append(article)
        self._chars += len(article.text)
        if self._chars >= RUN_CHARS:
            self.send()

    def send(self) -> None:
        """Send the articles gathered so far (the last ones, at the end of loading)."""
        run, self._run, self._chars = self._run, [], 0
        if not run or self.pool is None:
            return
        from concurrent.futures.process import BrokenProcessPool

        from corpus.quotes.article_quotes import read_in_helper

        try:
            future = self.pool.submit(read_in_helper, run)
        except (BrokenProcessPool, RuntimeError):  # the helper died: this process reads them later
            return
        self._sent.append((run, [_shape(a) for a in run], future))

    def take(self) -> dict[int, bytes]:
        """The readings the helper has sent back (:func:`reading_bytes`), by ``id`` of their article;
        the runs it has not started are taken back (read here), those it is reading are left to
        :meth:`late`."""
        done: dict[int, bytes] = {}
        sent, self._sent = self._sent, []
        for run, shapes, future in sent:
            if future.cancel():
                continue
            for k, (article, shape) in enumerate(zip(run, shapes, strict=True)):
                if future.done():
                    found = _result(future, article, shape, k)
                    if found is not None:
                        done[id(article)] = found
                else:
                    self._racing[id(article)] = (article, shape, future, k)
        for article, shape, data in self._made:  # (unless the loader changed it since)
            if _same_shape(article, shape):
                done[id(article)] = data
        self._made = []
        for twin, first in self._twins:  # (one whose first is still being read is read later)
            found = done.get(id(first))
            if found is not None and same_reading(twin, first):
                done[id(twin)] = found
        self._twins = []
        return done

    def coming(self, article: Article) -> bool:
        """Whether the helper was reading ``article`` when :meth:`take` came (its reading may be in
        by now: :meth:`late`)."""
        return id(article) in self._racing

    def late(self, article: Article) -> bytes | None:
        """The helper's reading of ``article`` if one it was reading when :meth:`take` came is in now."""
        racing = self._racing.pop(id(article), None)
        if racing is None or not racing[2].done():
            return None
        return _result(racing[2], *racing[0:2], racing[3])

    def watching(self, cache: ArticleCache | None) -> ArticleCache:
        """``cache`` for the loader, telling this of each article it parses (it puts them in the
        cache: the articles the cache did not have); the loader stats every file for it, even
        without a usable cache."""
        self._cache = cache
        return _Watched(cache, self)

    def shutdown(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None


@contextmanager
def reading_ahead(root: Path, fresh: Callable[[], bool], fork: bool = False) -> Iterator[ReadingAhead | None]:
    """A :class:`ReadingAhead` for loading the corpus under ``root`` (None for a small one: see
    :func:`reading_ahead_for`), for the loader to watch; its helper started at once when ``fresh()``
    says every file will be parsed (no cache file yet: it starts before the cache is made), forked
    where ``fork`` says this process will hold no other corpus (:meth:`ReadingAhead.start`). When the
    loading ends the last articles are sent (their repeated chrome now marked); when it fails (an
    unusable folder, or the app cancelling the load) the helper is shut down."""
    ahead = reading_ahead_for(root, fork)
    if ahead is not None and fresh():
        ahead.start(fork)
    try:
        yield ahead
        if ahead is not None:
            ahead.send()
    except BaseException:
        if ahead is not None:
            ahead.shutdown()
        raise


def reading_ahead_for(root: Path, fork: bool = False) -> ReadingAhead | None:
    """A :class:`ReadingAhead` for the corpus under ``root``; None when it holds fewer than
    PARALLEL_FROM files and folders (counted no further), too few for the helper to pay. ``fork``:
    its helper may be forked when it starts before the loading."""
    least = quote_helper.PARALLEL_FROM
    if at_most_entries(root, least):
        return None
    forked = (lambda: quote_helper.start_quote_helper(least, fork=True)) if fork else None
    return ReadingAhead(lambda: quote_helper.start_quote_helper(least), forked)


class _Watched:
    """An :class:`ArticleCache` (or none) that tells a :class:`ReadingAhead` of each article parsed."""

    def __init__(self, cache: ArticleCache | None, ahead: ReadingAhead) -> None:
        self._cache = cache
        self._ahead = ahead

    def expect(self, paths: Sequence[Path]) -> None:
        if self._cache is not None:
            self._cache.expect(paths)

    def get(self, path: Path, size: int, mtime_ns: int) -> Article | None:
        found = None if self._cache is None else self._cache.get(path, size, mtime_ns)
        if found is not None:
            self._ahead.loaded()
        return found

    def put(self, article: Article, size: int, mtime_ns: int, content: bytes | None = None) -> None:
        if self._cache is not None:
            self._cache.put(article, size, mtime_ns, content)
        self._ahead.parsed(article)


def _result(future: Future[list[Any]], article: Article, shape: _Shape, k: int) -> bytes | None:
    """The reading of the ``k``-th article of a run the helper read (:func:`read_in_helper`: its bytes)
    or parsed and read (:func:`ingest_in_helper`: the last of what it sent of the file)."""
    if future.cancelled() or future.exception() is not None:
        return None
    if not _same_shape(article, shape):
        return None  # changed since it was sent: read again
    found = future.result()[k]
    return found[-1] if isinstance(found, tuple) else found  # type: ignore[no-any-return]


def _same_shape(article: Article, shape: _Shape) -> bool:
    return all(a is b or a == b for a, b in zip(_shape(article), shape, strict=True))


class QuoteReadings:
    """The readings :func:`corpus.quotes.article_quotes.quotes_by_article` need not make: those
    kept in ``cache`` and those the helper made while the corpus loaded (``ahead``); and where the
    readings it makes are kept."""

    def __init__(
        self, cache: ReadingCache | None, ahead: ReadingAhead | None = None, corpus: Path | None = None
    ) -> None:
        self._cache = cache
        self._ahead = ahead
        self._keys: dict[int, str] = {}
        self._corpus = corpus
        """The corpus's folder: the speakers step's result is kept under it (None: not kept)."""

    def kept_step(self, articles: Sequence[Article]) -> KeptStep | None:
        """Where the speakers step's result for ``articles`` is kept (:mod:`.kept_speakers`), keyed
        by their names and reading keys; None without a cache or a corpus folder."""
        from corpus.quotes.kept_speakers import KeptStep, StepCache, step_key

        cache = self._cache
        if self._corpus is None or not isinstance(cache, StepCache):
            return None
        keys = [self._keys.get(id(a)) or reading_key(a) for a in articles]
        return KeptStep(cache, self._corpus, step_key([a.name for a in articles], keys))

    def readings(self, articles: Sequence[Article]) -> list[ArticleQuotes | None]:
        found: list[ArticleQuotes | None] = [None] * len(articles)
        from_helper = self._ahead.take() if self._ahead is not None else {}
        if self._cache is not None:
            keys = [reading_key(a) for a in articles]
            self._keys = {id(a): key for a, key in zip(articles, keys, strict=True)}
            kept = self._cache.readings([(a.path, key) for a, key in zip(articles, keys, strict=True)])
            for n, (article, data) in enumerate(zip(articles, kept, strict=True)):
                if data is not None:
                    found[n] = _decoded(data, article)  # None when damaged: read again (and kept anew)
        for n, article in enumerate(articles):
            sent = from_helper.get(id(article)) if found[n] is None else None
            if sent is not None:
                found[n] = reading = _decoded(sent, article)
                if reading is not None:
                    self.keep(article, reading, sent)
        return found

    def late(self, article: Article) -> bytes | None:
        """The helper's reading of ``article`` (its bytes) if it came in since :meth:`readings`."""
        return self._ahead.late(article) if self._ahead is not None else None

    def coming(self, article: Article) -> bool:
        """Whether the helper is reading ``article`` (sent while the corpus loaded)."""
        return self._ahead is not None and self._ahead.coming(article)

    def keep(self, article: Article, reading: ArticleQuotes, data: bytes | None = None) -> None:
        """Keep ``reading`` in the cache (``data``: its bytes, when they were sent so)."""
        if self._cache is None:
            return
        key = self._keys.get(id(article)) or reading_key(article)
        if data is None:
            from corpus.quotes.reading_codec import reading_bytes

            data = reading_bytes(reading)
        self._cache.put_reading(article.path, key, data)


def _decoded(data: bytes, article: Article) -> ArticleQuotes | None:
    # the codec (with the quote model's dataclasses: 40 M instructions) is imported when a reading
    # is first read or written, not with this module: a cold load starts the helper sooner
    from corpus.quotes.reading_codec import reading_from_bytes

    try:
        return reading_from_bytes(data, article)
    except ValueError:
        return None

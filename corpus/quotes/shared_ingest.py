"""The helper process parsing its own share of a big corpus's files as it loads, and reading their
quotes, while this process parses the rest.

Without it this process parsed every file and the helper read quotes only: on a corpus of web pages,
whose parse costs far more than their quotes (the 200 pages of ``html-more``: 33 MB of HTML), the
helper waited for this process nearly all the time. Runs of consecutive files (:data:`TASKS`, cut by
their size) are shared out as the quote finder's runs of articles are (:func:`processes.shared_out`):
the helper takes them from the end, this process from the start. For each file the helper sends back
the article as the cache keeps it (:func:`article_bytes`: read back here in one C call a part, and
kept in the cache as it came), the digest of the file's bytes, and the article's quote reading as
the cache keeps it (used unless the loader changes the article afterwards: :class:`ReadingAhead`).
The articles this process parsed are sent to the helper for their quotes once its share is done, as
the loader sent them before (:meth:`ReadingAhead.hold`).

Only a load that parses every file shares it so (a new cache: :func:`reading_ahead`): where the cache
holds some of them this process reads those in a few milliseconds and parses the others as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from corpus import helper_claims, processes
from corpus.ingest.article_bytes import article_bytes, article_entry, article_from_bytes
from corpus.ingest.load import ParsedTexts, parse_file
from corpus.model import Article

if TYPE_CHECKING:
    from corpus.quotes.readings import ReadingAhead

__all__ = ["TASKS", "ArticleStore", "Parsed", "SharedIngest", "ingest_in_helper"]

TASKS = 128
"""Runs of consecutive files a corpus is cut into (by their size): a web page's parse can take a
second, so small runs keep either process from waiting long for the other at the end."""

_PARSED = "ingest-parsed-texts"
"""The helper's :data:`ParsedTexts`, kept across its runs of files (:func:`processes.hold`)."""
_READ = "ingest-readings"
"""The helper's readings by text, kept across its runs of files: a page saved twice is read once
(:func:`same_reading`), as this process does (on the 4 MB bench corpus 6 of the helper's share)."""

Parsed = tuple[bytes, int, int, "str | None", "bytes | None"]
"""What the helper sends back of a file: the article (:func:`article_bytes`), the file's size and
modification time, the digest of its bytes (None: none were read) and the article's quote reading
(:func:`corpus.quotes.reading_codec.reading_bytes`; None: it has no text to read quotes in)."""


class ArticleStore(Protocol):
    """Where parsed articles are kept (:class:`corpus.cache.Cache`)."""

    def put(self, article: Article, size: int, mtime_ns: int, content: bytes | None = None) -> None: ...

    def put_parsed(self, path: Path, size: int, mtime_ns: int, digest: str, data: bytes) -> None: ...


def ingest_in_helper(
    paths: Sequence[Path], names: Sequence[str], claims: str | None = None, first: int = 0
) -> list[Parsed | None]:
    """In the helper: each file read and parsed (:func:`parse_file`, as the loader does) and its
    quotes read (:func:`article_quotes`); None for a file where anything failed (parsed again here).
    Up to the first file this process has claimed (``claims``: the :class:`helper_claims.Claims` file, the
    run's files its items ``first`` on; see :func:`helper_claims.met_with_helper`)."""
    from corpus.quotes.article_quotes import article_quotes, helper_pairs
    from corpus.quotes.names import shipped_tables
    from corpus.quotes.reading_codec import reading_bytes
    from corpus.quotes.readings import same_reading

    tables = shipped_tables()
    pairs = helper_pairs(tables)
    parsed: ParsedTexts = _held(_PARSED)
    read: dict[str, tuple[Article, bytes]] = _held(_READ)
    sent: list[Parsed | None] = []
    for k, (path, name) in enumerate(zip(paths, names, strict=True), first):
        if not helper_claims.taken_there(claims, k):
            break
        try:
            article, raw = parse_file(path, name, None, parsed)
            reading = None
            if not (article.problem and not article.paragraphs):
                before = read.get(article.text)
                if before is not None and same_reading(article, before[0]):
                    reading = before[1]
                else:
                    reading = reading_bytes(article_quotes(article, tables, pairs))
                    read[article.text] = (article, reading)
            data, digest = article_entry(article, raw.data) if raw.data else (article_bytes(article), None)
            sent.append((data, raw.size, raw.mtime_ns, digest, reading))
        except Exception:  # (never seen: parse_file and article_quotes do not raise on a file)
            sent.append(None)
    return sent


def _held(key: str) -> dict[str, Any]:
    try:
        found: dict[str, Any] = processes.held(key)
    except KeyError:
        found = {}
        processes.hold(key, found)
    return found


class SharedIngest:
    """The loader's :class:`~corpus.ingest.load.ParseShare` with the helper of ``ahead``: the articles
    it parses are kept in ``cache`` (None: no cache) and their readings given to ``ahead``."""

    def __init__(self, ahead: ReadingAhead, cache: ArticleStore | None) -> None:
        self._ahead = ahead
        self._cache = cache

    def load(
        self, paths: Sequence[Path], names: Sequence[str], here: Callable[[Path, str], Article]
    ) -> Iterator[Article]:
        runs = processes.even_runs([_size(p) for p in paths], TASKS)

        def local(k: int) -> list[Any]:  # (articles)
            start, end = runs[k]
            return [here(paths[i], names[i]) for i in range(start, end)]

        claims = helper_claims.made_claims(len(paths))
        path = None if claims is None else claims.path

        def sent(k: int) -> tuple[Sequence[Path], Sequence[str], str | None, int]:
            start, end = runs[k]
            return paths[start:end], names[start:end], path, start

        def local_raced(k: int, helper: Future[list[Any]]) -> list[Any]:  # (what it sent, then articles)
            start, end = runs[k]
            parse = lambda i: here(paths[i], names[i])  # noqa: E731
            if claims is None:
                return processes.rest_from_helper(range(start, end), parse, helper)
            return helper_claims.met_with_helper(range(start, end), start, parse, helper, claims)

        self._ahead.hold()  # what this process parses is sent for its quotes once the helper is done
        raced: dict[int, Future[list[Any]]] = {}
        made = processes.shared_out(
            self._ahead.pool,
            ingest_in_helper,
            sent,
            local,
            len(runs),
            processes.QUEUED,
            False,
            claims is None,  # (with claims the run the helper is parsing is met in the middle too)
            None if claims is not None else raced,  # (a run met in the middle is parsed once)
            local_raced,
        )
        try:
            yield from self._in_order(made, runs, paths, names, here, raced, claims)
        finally:
            if claims is not None:
                claims.close()
        self._ahead.release()

    def _in_order(
        self,
        made: Iterator[tuple[int, list[Any]]],
        runs: list[tuple[int, int]],
        paths: Sequence[Path],
        names: Sequence[str],
        here: Callable[[Path, str], Article],
        raced: dict[int, Future[list[Any]]],
        claims: helper_claims.Claims | None,
    ) -> Iterator[Article]:
        """The articles of each run as it is done (``made``), in the files' order."""
        done: list[list[Article] | None] = [None] * len(runs)
        at = 0
        for k, found in made:
            if claims is not None and not all(isinstance(one, Article) for one in found):
                claims.mapped_there()
            start, end = runs[k]
            done[k] = [
                self._received(paths[i], names[i], one, here)
                for i, one in zip(range(start, end), found, strict=True)
            ]
            if k in raced:  # parsed here while the helper had it too: its quotes are read there
                self._ahead.parsed_twice(done[k], raced.pop(k))  # type: ignore[arg-type]
            while at < len(runs) and (ready := done[at]) is not None:
                yield from ready  # in order: this process's first, the helper's once this one reaches them
                done[at] = None
                at += 1

    def _received(
        self, path: Path, name: str, one: Article | Parsed | None, here: Callable[[Path, str], Article]
    ) -> Article:
        """The article of one file: parsed here, or by the helper (kept in the cache, its reading given
        to the :class:`ReadingAhead`), or parsed here after all where the helper failed on it."""
        if isinstance(one, Article):  # parsed here
            return one
        if one is None:
            return here(path, name)
        data, size, mtime_ns, digest, reading = one
        try:
            article = article_from_bytes(data, path)
        except ValueError:  # (never seen)
            return here(path, name)
        article.name = name
        if self._cache is not None and mtime_ns:
            if digest is None:
                self._cache.put(article, size, mtime_ns)
            else:
                self._cache.put_parsed(path, size, mtime_ns, digest, data)
        if reading is not None:
            self._ahead.made(article, reading)
        return article


def _size(path: Path) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0

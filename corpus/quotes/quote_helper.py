"""Starting the quote finder's helper process, without importing the quote finder here first.

A cold load of a big corpus starts the helper as soon as it knows it will parse the corpus
(:meth:`corpus.quotes.readings.ReadingAhead.start`); importing the quote finder in this process
(some 80 ms) before that only delayed the helper, which then lagged behind the loading. This module
imports nothing of the finder: the helper is asked to import it, by name, as its first task. A helper
forked before the loading (the command line's) is the exception: see :func:`_forked`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus import processes

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["PARALLEL_FROM", "start_quote_helper", "warm_up", "warm_up_to_parse"]

PARALLEL_FROM = 200
"""Articles from which the helper process reads a share of them: below it the helper's start-up
(spawning an interpreter, importing the quote finder, reading the name tables: some 0.3 s of its
core) is not paid back."""


def start_quote_helper(articles: int, fork: bool = False) -> ProcessPoolExecutor | None:
    """The helper process for a corpus of ``articles`` articles, already asked to import the quote
    finder and read the name tables (not waited for: this process goes on meanwhile); None when the
    corpus is too small for it to pay, or no process can be started. ``fork``: this process holds no
    corpus yet: the helper is forked where it can be (:func:`corpus.processes.fork_helper`)."""
    if processes.workers(articles, PARALLEL_FROM) < 2:
        return None
    pool = _forked() if fork else None
    if pool is None:
        pool = processes.start_helper()
        if pool is not None:
            pool.submit(warm_up)
    return pool


def _forked() -> ProcessPoolExecutor | None:
    """A helper forked from this process (:func:`corpus.processes.fork_helper`; None where a fork is not
    safe), the quote finder imported and the name tables read here first: this process needs both
    once the corpus has loaded, and the helper, a copy of it, has them from the start (no time of
    either core spent on them twice, and their pages shared)."""
    if not processes.fork_is_safe():
        return None
    import corpus.quotes.article_reading  # noqa: F401  (the reading's steps)
    from corpus.quotes.names import shipped_tables

    shipped_tables()
    return processes.fork_helper(warm_up_to_parse)


def warm_up() -> None:
    """In the helper, as soon as it starts: import the quote finder and read the name tables, so
    that its first run of articles waits for neither (nothing is sent back)."""
    from corpus.quotes.article_quotes import warm_up_helper

    warm_up_helper()


def warm_up_to_parse() -> None:
    """In a helper forked before the loading (:func:`_forked`: every file will be parsed, a share of
    them there): :func:`warm_up`, then the modules its first task imports (the shared loading's, the
    parser's), which it would import then. The command sends that task once it has listed the
    corpus's files (some 10 ms on the 4 MB bench corpus), and the helper waited idle till then."""
    warm_up()
    import corpus.quotes.shared_ingest  # noqa: F401  (its tasks' own)
    from corpus.ingest.load import import_parser

    import_parser()

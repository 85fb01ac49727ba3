"""Which readings of the quote finder are asked more than once per article with the same arguments:
every plain function of ``corpus.quotes`` and ``corpus.ingest`` counted per article and per distinct
arguments, over the reading of quotes (``quotes_of``) of the bench corpus or of real corpora.

A reading asked again with the same arguments in one article is work a per-article object could keep
(a sentence's tokens, a mention's name, a cue's phrase); one asked once per article is not, however
often its kind of question recurs. For each function it prints its calls, how many were distinct
(the same article and arguments counted once), its mean inclusive wall time per call and the time
the repeats took (repeats x mean: an upper bound of what keeping the answers would save, as a kept
answer costs a lookup). The article's text and masked text count by identity, as do unhashable
arguments (a list of sentences), which are kept alive while their article is read (so that no other
object takes their identity). Generators are left out (each resumption would count as a call), and so
are functions made inside others.

Each call is wrapped, so the wall times are inflated for small functions: read the repeats' share,
not the times. A function that keeps its answers already (``reader_role_once``'s roles seen per
article, ``phrase_before``'s stretch memo) counts its kept answers as repeats at its mean cost, which
its first, unkept calls make: its row overstates what is left to save. Run on a real corpus too
(``--corpus``): the bench corpus repeats five seeds, and a reading remembered across articles
(``lru_cache`` on text) is no repeat within one.

    python bench/repeated_reads.py [--mb 1 | --corpus PATH ...] [--top 40]
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import inspect
import pkgutil
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

LONG_STRING = 300
"""A string argument this long is an article's text (or its masked copy): counted by identity."""


class Census:
    """Calls per function, and the distinct (article, arguments) among them, with their wall time."""

    def __init__(self) -> None:
        self.article = 0
        self.calls: dict[str, int] = {}
        self.seen: dict[str, set[tuple[Any, ...]]] = {}
        self.seconds: dict[str, float] = {}
        self.depth: dict[str, int] = {}
        self.alive: list[Any] = []

    def key(self, value: Any) -> Any:
        if isinstance(value, str):
            return ("text", id(value)) if len(value) >= LONG_STRING else value
        try:
            hash(value)
        except TypeError:
            self.alive.append(value)
            return ("object", id(value))
        if isinstance(value, tuple) and any(isinstance(v, list) for v in value):
            self.alive.append(value)  # (a NamedTuple holding a list hashes, but not by value)
            return ("object", id(value))
        return value

    def wrapped(self, function: Callable[..., Any], name: str) -> Callable[..., Any]:
        self.calls[name], self.seen[name], self.seconds[name], self.depth[name] = 0, set(), 0.0, 0

        @functools.wraps(function)
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls[name] += 1
            named = tuple((k, self.key(v)) for k, v in sorted(kwargs.items()))
            arguments = tuple(map(self.key, args)) + named
            try:
                self.seen[name].add((self.article, arguments))
            except TypeError:  # an argument holding an unhashable one
                self.seen[name].add((self.article, self.calls[name]))
            self.depth[name] += 1
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.depth[name] -= 1
                if self.depth[name] == 0:  # (a recursive call's time counts once)
                    self.seconds[name] += time.perf_counter() - start

        return counted


def _modules() -> list[types.ModuleType]:
    import corpus.ingest
    import corpus.quotes

    out: list[types.ModuleType] = []
    for package in (corpus.quotes, corpus.ingest):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            out.append(importlib.import_module(info.name))
    return out


def wrap_all(census: Census, modules: list[types.ModuleType]) -> None:
    """Every plain function defined in the modules, replaced in each module's namespace (and in the
    tuples of functions modules keep, the attribution steps) by its counted wrapper."""
    wrappers: dict[Callable[..., Any], Callable[..., Any]] = {}
    for module in modules:
        for value in vars(module).values():
            if (
                isinstance(value, types.FunctionType)
                and value.__module__.startswith("corpus.")
                and "<locals>" not in value.__qualname__
                and not inspect.isgeneratorfunction(value)
                and value not in wrappers
            ):
                wrappers[value] = census.wrapped(value, f"{value.__module__}:{value.__qualname__}")
    for module in modules:
        for attr, value in list(vars(module).items()):
            if isinstance(value, types.FunctionType) and value in wrappers:
                setattr(module, attr, wrappers[value])
            elif isinstance(value, tuple) and any(v in wrappers for v in value if callable(v)):
                setattr(module, attr, tuple(wrappers.get(v, v) if callable(v) else v for v in value))


def read(census: Census, articles: list[Any]) -> float:
    """The quotes of every article read (one pair reader for the corpus, as the command reads them);
    the wall time of the whole."""
    from corpus.quotes import article_reading
    from corpus.quotes.name_pairs import NamePairs
    from corpus.quotes.names import shipped_tables

    tables = shipped_tables()
    pairs = NamePairs(tables)
    gc.disable()
    start = time.perf_counter()
    try:
        for k, article in enumerate(articles):
            census.article = k
            census.alive.clear()
            article_reading.quotes_of(article, tables, pairs)
    finally:
        gc.enable()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the synthetic corpus in MB")
    parser.add_argument("--corpus", type=Path, action="append", help="a folder of articles; repeatable")
    parser.add_argument("--top", type=int, default=40, help="rows printed")
    args = parser.parse_args()
    if args.corpus:
        from corpus.ingest.load import load_corpus

        articles = [a for folder in args.corpus for a in load_corpus(folder)]
    else:
        from quotes_speed import synthetic_corpus

        articles = synthetic_corpus(args.mb)
    census = Census()
    wrap_all(census, _modules())
    total = read(census, articles)
    rows = []
    for name, calls in census.calls.items():
        if not calls:
            continue
        distinct = len(census.seen[name])
        mean = census.seconds[name] / calls
        rows.append(((calls - distinct) * mean, name, calls, distinct, mean))
    rows.sort(reverse=True)
    repeated = sum(r[0] for r in rows)
    print(f"{len(articles)} articles read in {total:.2f} s (every call wrapped)", end="")
    print(f"; the repeats' time {repeated:.2f} s")
    print(f"{'repeats s':>9} {'share':>6} {'calls':>8} {'distinct':>8} {'mean us':>8}  function")
    for cost, name, calls, distinct, mean in rows[: args.top]:
        print(f"{cost:9.3f} {100 * cost / total:5.1f}% {calls:8d} {distinct:8d} {1e6 * mean:8.1f}  {name}")


if __name__ == "__main__":
    main()

"""A big corpus loaded into a new cache with its quotes asked for: the helper process parses a share
of the files (and reads their quotes) while this process parses the rest (corpus.quotes.shared_ingest).
The articles, quotes and speakers are those of one process; a warm run reads them all back from the
cache; a helper that dies midway loses nothing."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from corpus import helper_claims, processes
from corpus.ingest import load as load_module
from corpus.model import Article
from corpus.quotes import quote_helper as quote_helper_module
from corpus.quotes import shared_ingest as shared_ingest_module
from corpus.story import Story
from tests.article_reads import count_reads, found_json

_PLAIN = """Ferry line {n} to reopen in May

The port authority of Corvalla said on Tuesday that ferry line {n} would run again from May.

"The new boats are ready and the crews are trained," said Dana Pellworth{k}, the authority's director.

Residents of the island welcomed the news. "We have been cut off all winter," said Tomas Evring, who
runs the island's bakery.

Pellworth{k} added that fares would stay as they were.
"""

_PAGE = """<html><head><title>Harbour fees rise {n}</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour fees rise {n}</h1>
<p>Fees at the harbour of Corvalla will rise by {n} percent next year, the council decided.</p>
<p>"We cannot keep the quays open on what we charge now," said councillor Mira Delacosta.</p>
<p>Fishermen disagreed. "This will push the small boats out," said Olaf Brenning, who leads their union.</p>
</article><footer>Corvalla Daily</footer></body></html>
"""


def _write(folder: Path) -> None:
    for n in range(60):
        (folder / f"{n:03}.txt").write_text(_PLAIN.format(n=n, k=n % 4), encoding="utf-8")
    for n in range(6):
        (folder / f"{60 + n:03}.html").write_text(_PAGE.format(n=n), encoding="utf-8")
    (folder / "066.txt").write_text(_PLAIN.format(n=3, k=3), encoding="utf-8")  # a page saved twice
    (folder / "067.txt").write_bytes(b"")  # bad files: reported as before, their places kept
    (folder / "068.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)


def _parsed(articles: list[Article]) -> list[tuple[object, ...]]:
    return [
        (a.name, a.title, a.source, a.date, a.author, a.words, a.problem, a.text, a.paragraphs, a.sentences)
        for a in articles
    ]


def _alone(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[object, ...]], str]:
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(folder / "cache-alone"))
    story = Story.load(folder)  # one process: the helper is started for PARALLEL_FROM files only
    return _parsed(story.articles), found_json((story.quotes(), story.speakers()))


def _parses_here(monkeypatch: pytest.MonkeyPatch, first: list[ProcessPoolExecutor]) -> list[str]:
    """The names of the files parsed in this process from here on; the first waits until the helper
    (``first[0]``) has done the runs of files it was sent first (it does its tasks in order)."""
    parsed: list[str] = []
    parse = load_module._parse

    def counted(path: Path, name: str, *args: object) -> Article:
        if not parsed and first:
            first[0].submit(int).result()
        parsed.append(name)
        return parse(path, name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(load_module, "_parse", counted)
    return parsed


def test_the_helper_parses_a_share_and_the_corpus_reads_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path)
    articles, found = _alone(tmp_path, monkeypatch)
    assert found.count('"speaker": "Tomas Evring"') == 61 and len(articles) == 69
    pools: list[ProcessPoolExecutor] = []
    start_helper = processes.start_helper

    def kept_start() -> ProcessPoolExecutor | None:
        pools.extend(pool for pool in [start_helper()] if pool is not None)
        return pools[-1] if pools else None

    monkeypatch.setattr(processes, "start_helper", kept_start)
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 50)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache"))  # new: every file is parsed
    parsed_here = _parses_here(monkeypatch, pools)
    cold = Story.load(tmp_path, quotes_ahead=True)
    assert _parsed(cold.articles) == articles
    assert found_json((cold.quotes(), cold.speakers())) == found
    # the helper parsed the others: at least the three runs of files it was sent first (from the end)
    assert len(pools) == 1 and 0 < len(parsed_here) <= len(articles) - 3
    assert parsed_here[:3] == ["000.txt", "001.txt", "002.txt"] and "068.txt" not in parsed_here
    parsed_cold = len(parsed_here)
    read_here = count_reads(monkeypatch)
    warm = Story.load(tmp_path, quotes_ahead=True)  # every article and reading from the cache
    assert _parsed(warm.articles) == articles
    assert found_json((warm.quotes(), warm.speakers())) == found
    assert len(parsed_here) == parsed_cold and read_here == [] and len(pools) == 1


def _die_soon() -> None:
    """In the helper: end the process a moment after it starts, whatever it is doing."""
    threading.Timer(0.3, os._exit, (3,)).start()


@pytest.mark.parametrize("dies", ["at once", "midway"])
def test_a_helper_that_dies_loses_no_article_and_no_quote(
    dies: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path)
    articles, found = _alone(tmp_path, monkeypatch)
    context = multiprocessing.get_context("spawn")
    if dies == "at once":
        dying = ProcessPoolExecutor(1, context, initializer=os._exit, initargs=(3,))
    else:
        dying = ProcessPoolExecutor(1, context, initializer=_die_soon)
    monkeypatch.setattr(processes, "start_helper", lambda: dying)
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 50)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache"))
    story = Story.load(tmp_path, quotes_ahead=True)
    assert _parsed(story.articles) == articles
    assert found_json((story.quotes(), story.speakers())) == found
    monkeypatch.setattr(processes, "start_helper", lambda: None)
    warm = Story.load(tmp_path, quotes_ahead=True)
    assert _parsed(warm.articles) == articles
    assert found_json((warm.quotes(), warm.speakers())) == found


def test_the_helper_parses_as_the_loader_does_and_reads_a_page_saved_twice_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the helper sends back of each file (run here, as the helper runs it): the article as the
    loader parses it, and its reading; a text it read before is not read again."""
    from corpus.ingest.article_bytes import article_from_bytes
    from corpus.ingest.load import load_article
    from corpus.quotes.reading_codec import reading_from_bytes
    from corpus.quotes.shared_ingest import ingest_in_helper

    _write(tmp_path)
    monkeypatch.setattr(processes, "_held", {})  # (what a new helper holds: nothing)
    names = ["003.txt", "061.html", "066.txt", "067.txt"]  # 066 is 003 saved again; 067 is empty
    paths = [tmp_path / name for name in names]
    read = count_reads(monkeypatch)
    sent = ingest_in_helper(paths, names)
    assert read == ["003.txt", "061.html"]
    for path, name, one in zip(paths, names, sent, strict=True):
        assert one is not None
        data, size, _, digest, reading = one
        article = article_from_bytes(data, path)
        assert _parsed([article]) == _parsed([load_article(path, name=name)]) and size == path.stat().st_size
        assert (digest is None) == (name == "067.txt") and (reading is None) == (name == "067.txt")
    assert sent[0][4] == sent[2][4]  # type: ignore[index]
    quotes = reading_from_bytes(sent[1][4], article_from_bytes(sent[1][0], paths[1]))[0]  # type: ignore[arg-type,index]
    assert [q.text for q in quotes][:1] == ["We cannot keep the quays open on what we charge now,"]


class _HelperOnCall:
    """A helper that takes every task at once (none can be taken back) and does them only when
    :meth:`finish` is called: here, while this process parses a run the helper has too."""

    def __init__(self) -> None:
        self.tasks: list[tuple[Future[Any], Callable[..., Any], tuple[Any, ...]]] = []

    def submit(self, job: Callable[..., Any], *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_running_or_notify_cancel()
        self.tasks.append((future, job, args))
        return future

    def finish(self) -> None:
        for future, job, args in self.tasks:
            if not future.done():
                future.set_result(job(*args))

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def test_a_run_both_processes_have_is_met_in_the_middle_and_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus in four runs: the helper is sent the last three, this process parses the first,
    then meets the helper's (none could be taken back), each from its last file back. The helper
    does its three while this process parses the last file of the second: the helper parses that
    run up to the file this process claimed, and this process no other; every article is the
    loader's, in order."""
    from corpus.ingest.load import load_article
    from corpus.quotes.readings import ReadingAhead
    from corpus.quotes.shared_ingest import SharedIngest

    _write(tmp_path)
    monkeypatch.setattr(shared_ingest_module, "TASKS", 4)
    monkeypatch.setattr(processes, "_held", {})  # (what a new helper holds: nothing)
    paths = sorted(p for p in tmp_path.iterdir() if p.is_file())
    names = [p.name for p in paths]
    runs = processes.even_runs([p.stat().st_size for p in paths], 4)
    assert len(runs) == 4
    helper = _HelperOnCall()
    ahead = ReadingAhead(lambda: helper)  # type: ignore[arg-type,return-value]
    ahead.start()
    parsed_here: list[str] = []
    helper_parsed = count_reads(monkeypatch)  # (the helper reads the quotes of each file it parses)
    made: list[helper_claims.Claims | None] = []
    make = helper_claims.made_claims
    monkeypatch.setattr(helper_claims, "made_claims", lambda count: made.append(make(count)) or made[-1])

    def here(path: Path, name: str) -> Article:
        assert made[0] is not None and os.path.exists(made[0].path)  # (the helper has sent nothing yet)
        if name == names[runs[1][1] - 1]:
            helper.finish()
        parsed_here.append(name)
        return load_article(path, name=name)

    articles: list[Article] = []
    for article in SharedIngest(ahead, None).load(paths, names, here):
        if article.name == names[runs[1][0]]:  # the helper has sent its results: the file's name is gone
            assert made[0] is not None and not os.path.exists(made[0].path)
        articles.append(article)
    assert _parsed(articles) == _parsed([load_article(p, name=n) for p, n in zip(paths, names, strict=True)])
    assert parsed_here == [*names[: runs[1][0]], names[runs[1][1] - 1]]
    assert sorted(set(helper_parsed)) == sorted(helper_parsed)  # none twice
    assert not set(helper_parsed) & set(parsed_here)

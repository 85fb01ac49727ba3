"""The quote finder on two processes: a big corpus's articles are read in this process and in the
spawned helper (corpus.processes), and the quotes and speakers are the same as in one process; a
helper that dies or cannot start leaves its articles to this process."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import subprocess
import sys
import textwrap
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from corpus import processes
from corpus.ingest.load import article_from_text
from corpus.model import Article, Quote, Speaker
from corpus.quotes import article_quotes as article_quotes_module
from corpus.quotes import find_quotes
from corpus.quotes import quote_helper as quote_helper_module
from corpus.quotes import readings as readings_module
from corpus.quotes.article_quotes import ArticleQuotes
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import NameTables
from corpus.story import Story
from tests.article_reads import count_reads

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SURNAMES = ["Stoltenberg", "Peskov", "Kuleba", "Scholz", "Zakharova", "Chizhov", "Makey", "Biden"]
"""Surnames the seeds quote: each copy of a seed renames some of them, so that the copies quote
different people (and spelling variants of one person), as a big corpus of one story does."""


def _corpus(copies: int, seed: int = 3) -> list[Article]:
    """``copies`` copies of each seed, each with some speakers renamed."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    articles = []
    for n in range(copies * len(texts)):
        text = texts[n % len(texts)]
        for surname in SURNAMES:
            if rng.random() < 0.5:
                text = text.replace(surname, surname + rng.choice(["a", "e", "o", "son", "ski"]) + str(n % 7))
        articles.append(article_from_text(f"{n:03}.txt", Path(f"{n:03}.txt"), text))
    return articles


def _in_one_process(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Quote], list[Speaker]]:
    with monkeypatch.context() as patch:
        patch.setattr(quote_helper_module, "PARALLEL_FROM", len(articles) + 1)
        return find_quotes(articles)


def test_the_helper_finds_the_same_quotes_and_speakers(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _corpus(6)
    quotes, speakers = _in_one_process(articles, monkeypatch)
    assert len(speakers) > 10 and sum(q.speaker is not None for q in quotes) > 100  # a real corpus of quotes
    read_here: list[str] = []
    reader = article_quotes_module.article_quotes
    pools: list[ProcessPoolExecutor] = []
    start_helper = processes.start_helper

    def kept_start() -> ProcessPoolExecutor | None:
        pools.extend(pool for pool in [start_helper()] if pool is not None)
        return pools[-1] if pools else None

    def counted(article: Article, tables: NameTables, pairs: NamePairs) -> ArticleQuotes:
        if not read_here:  # however slow the helper is to start, it reads the runs it was sent first
            pools[0].submit(int).result()  # (one process reads its tasks in order: these come after)
        read_here.append(article.name)
        return reader(article, tables, pairs)

    monkeypatch.setattr(processes, "start_helper", kept_start)
    monkeypatch.setattr(article_quotes_module, "article_quotes", counted)  # in this process only
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 2)
    monkeypatch.setattr(article_quotes_module, "TASKS", 10)
    assert processes.workers(len(articles), quote_helper_module.PARALLEL_FROM) == 2  # the helper path
    assert find_quotes(articles) == (quotes, speakers)
    # the helper read the last articles (it takes runs from the end), this process the first ones
    assert read_here[:5] == [a.name for a in articles[:5]]
    assert 0 < len(read_here) < len(articles)


def test_a_helper_that_dies_leaves_the_work_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _corpus(2)
    found = _in_one_process(articles, monkeypatch)
    dying = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"), initializer=os._exit, initargs=(3,))
    died = dying.submit(int)  # fails once the pool knows its process died
    monkeypatch.setattr(processes, "start_helper", lambda: dying)
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 2)
    reader = article_quotes_module.article_quotes

    def after_the_helper_died(article: Article, tables: NameTables, pairs: NamePairs) -> ArticleQuotes:
        # the helper is sent its runs of articles first, then dies with them: they must be read here
        wait([died])
        return reader(article, tables, pairs)

    monkeypatch.setattr(article_quotes_module, "article_quotes", after_the_helper_died)
    assert find_quotes(articles) == found
    assert isinstance(died.exception(), BrokenProcessPool)
    assert len(found[0]) > 20


def test_no_helper_to_be_had_leaves_the_work_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _corpus(1)
    found = _in_one_process(articles, monkeypatch)
    monkeypatch.setattr(processes, "start_helper", lambda: None)
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 2)
    assert find_quotes(articles) == found


def test_a_small_corpus_is_read_in_one_process() -> None:
    """PolNeAR dev's 84 articles, say: the helper's start-up would cost more than it saves."""
    assert processes.workers(84, quote_helper_module.PARALLEL_FROM) == 1


def test_the_app_gets_its_quotes_from_the_helper(tmp_path: Path) -> None:
    """Inside the Textual app ``sys.stderr`` is a capture with no file descriptor, which the helper's
    start must survive (see corpus.processes). Run in a fresh interpreter, as the app's is."""
    script = tmp_path / "quotes_under_capture.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys

            sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
            from corpus.quotes import quote_helper
            from corpus.quotes import find_quotes
            from stderr_capture import Capture
            from test_quotes_helper import _corpus


            if __name__ == "__main__":
                articles = _corpus(2)
                alone = find_quotes(articles)
                sys.stderr = Capture()
                quote_helper.PARALLEL_FROM = 2
                pool = quote_helper.start_quote_helper(len(articles))
                print("no helper" if pool is None else pool.submit(len, "abc").result())
                if pool is not None:
                    pool.shutdown()
                both = find_quotes(articles)
                print(len(both[0]), both == alone)
            """
        )
    )
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env
    )
    lines = result.stdout.split("\n")
    assert lines[0] == "3", (result.stdout, result.stderr)
    count, same = lines[1].split()
    assert int(count) > 20 and same == "True"


def test_a_story_reads_quotes_in_the_helper_while_its_articles_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The command line's ``quotes`` and the app load a big corpus with ``quotes_ahead``: the helper
    starts at the first file parsed and reads the quotes of the articles parsed meanwhile; the quotes
    are those of one process. A warm cache holds every article and reading: no helper at all."""
    for article in _corpus(14)[:66]:  # more files than a corpus read without the on-disk cache
        (tmp_path / article.name).write_text(article.text, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")  # a bad file: reported as before, its place kept
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache-alone"))
    alone = Story.load(tmp_path)
    quotes, speakers = alone.quotes(), alone.speakers()  # in one process
    listed = [(a.name, a.problem) for a in alone.articles]
    started: list[ProcessPoolExecutor | None] = []
    start_helper = processes.start_helper

    def counted_start() -> ProcessPoolExecutor | None:
        started.append(start_helper())
        return started[-1]

    monkeypatch.setattr(processes, "start_helper", counted_start)
    read_here = count_reads(monkeypatch)  # in this process only
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 50)
    monkeypatch.setattr(readings_module, "RUN_CHARS", 20_000)  # several runs
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache"))  # cold
    ahead = Story.load(tmp_path, quotes_ahead=True)
    assert len(started) == 1 and started[0] is not None  # before any quote was asked for
    started[0].submit(int).result()  # the helper reads in order: every run sent is read by now
    assert ahead.quotes() == quotes and ahead.speakers() == speakers
    assert [(a.name, a.problem) for a in ahead.articles] == listed and listed[-1][1] == "empty file"
    assert len(started) == 1 and read_here == []  # the one started ahead did all the work
    assert len(quotes) > 300
    warm = Story.load(tmp_path, quotes_ahead=True)
    assert warm.quotes() == quotes and warm.speakers() == speakers
    assert len(started) == 1 and read_here == []  # every reading came from the cache
    small = tmp_path / "small"
    small.mkdir()
    for name in sorted(p.name for p in tmp_path.glob("*.txt"))[:40]:
        (small / name).write_text((tmp_path / name).read_text(encoding="utf-8"), encoding="utf-8")
    Story.load(small, quotes_ahead=True).quotes()
    assert len(started) == 1  # a small corpus is read in one process


def test_with_no_cache_yet_the_helper_starts_before_the_first_file_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new cache: every file will be parsed, the helper starts as the loading starts. A cache that
    holds the corpus but one changed file: the helper starts at that file (none when none changed)."""
    for article in _corpus(14)[:66]:
        (tmp_path / article.name).write_text(article.text, encoding="utf-8")
    loaded: list[Article] = []
    at_start: list[int] = []  # the articles loaded when the helper was started
    start_helper = processes.start_helper

    def counted_start() -> ProcessPoolExecutor | None:
        at_start.append(len(loaded))
        return start_helper()

    monkeypatch.setattr(processes, "start_helper", counted_start)
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 50)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache"))
    cold = Story.load(tmp_path, quotes_ahead=True, into=loaded)
    assert at_start == [0]
    quotes = cold.quotes()
    changed = tmp_path / "040.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nOne more line.\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))  # (a modification time the cache cannot mistake for the old one)
    loaded.clear()
    again = Story.load(tmp_path, quotes_ahead=True, into=loaded)
    assert at_start == [0, 40]  # at the changed file (the 41st: 40 came from the cache before it)
    assert again.quotes() == quotes
    loaded.clear()
    Story.load(tmp_path, quotes_ahead=True, into=loaded).quotes()
    assert at_start == [0, 40]  # every article and reading from the cache: no helper


def test_a_load_cancelled_midway_shuts_the_helper_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app cancels a load by raising from its progress callback: the helper started for it is
    shut down, not left reading the runs it was sent."""
    for article in _corpus(14)[:66]:
        (tmp_path / article.name).write_text(article.text, encoding="utf-8")
    pools: list[ProcessPoolExecutor] = []
    start_helper = processes.start_helper

    def kept_start() -> ProcessPoolExecutor | None:
        pool = start_helper()
        if pool is not None:
            pools.append(pool)
        return pool

    def cancel(done: int, total: int) -> None:
        if done == 40:
            raise KeyboardInterrupt

    monkeypatch.setattr(processes, "start_helper", kept_start)
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 50)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(KeyboardInterrupt):
        Story.load(tmp_path, quotes_ahead=True, progress=cancel)
    assert len(pools) == 1
    with pytest.raises(RuntimeError, match="shutdown"):  # shut down: it takes no more work
        pools[0].submit(print)


FIRST_TASK = """
import json, sys
from pathlib import Path
import corpus.quotes.readings  # (the command has it when it forks its helper)
from corpus.quotes import quote_helper
getattr(quote_helper, sys.argv[2])()
before = set(sys.modules)
from corpus.quotes.shared_ingest import ingest_in_helper
parsed = ingest_in_helper([Path(sys.argv[1])], ["bridge.txt"])
print(json.dumps([parsed[0] is not None, sorted(set(sys.modules) - before)]))
"""


def test_a_forked_helper_warms_up_to_its_first_parse_while_the_files_are_listed(tmp_path: Path) -> None:
    """The forked helper waits for its first files while the command lists the corpus: its warm-up
    imports what parsing them imports, so that the first task imports nothing (the plain warm-up,
    a spawned helper's, leaves the parser's modules to it)."""
    page = tmp_path / "bridge.txt"
    page.write_text(
        "Council votes on the bridge\n\nBy Ann Lee\n\n"
        '"We will fix the road by May," said Jane Roe, the mayor, on Tuesday.\n',
        encoding="utf-8",
    )

    def first_task_imports(warm_up: str) -> list[object]:
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
        done = subprocess.run(
            [sys.executable, "-c", FIRST_TASK, str(page), warm_up],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        return json.loads(done.stdout)  # type: ignore[no-any-return]

    assert first_task_imports("warm_up_to_parse") == [True, []]
    parsed, imported = first_task_imports("warm_up")
    assert parsed is True and "corpus.ingest.meta" in imported  # type: ignore[operator]

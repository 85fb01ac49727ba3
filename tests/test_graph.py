"""The reuse graph: candidates from the 3-gram index, edges only where passages are shared."""

from __future__ import annotations

import multiprocessing
import os
import random
import subprocess
import sys
import textwrap
import threading
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from corpus.cache import Cache
from corpus.ingest.load import article_from_text, load_corpus
from corpus.model import Article, Graph
from corpus.passages import graph, graph_helper
from corpus.passages.align import align_articles
from corpus.passages.graph import article_index, build_graph, candidate_pairs, posting_limit
from corpus.passages.weights import WordWeights
from corpus.passages.word_diff import shared_words

WIRE = (
    "The European Central Bank raised its main refinancing rate by a quarter point to 4.25 percent, "
    "citing stubborn inflation in services and a tight labour market across the euro area. "
    "Governing council members were split over the size of the move, two people familiar with the "
    "discussion said, with several hawks pressing for a half-point increase."
)


def _filler(rng: random.Random, words: int) -> str:
    """Sentences of made-up words from a large vocabulary: text that shares nothing by chance."""
    syllables = "ka lo mi ren tu sa vi dor pel an ust ri mo bel fa gor ni te"
    parts = syllables.split()
    sentences = []
    while words > 0:
        n = rng.randint(8, 16)
        made_up = (rng.choice(parts) + rng.choice(parts) + rng.choice(parts) for _ in range(n))
        sentences.append(" ".join(made_up).capitalize() + ".")
        words -= n
    return " ".join(sentences)


def _corpus(n: int, wire_in: set[int], seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    articles = []
    for k in range(n):
        body = [_filler(rng, 120), _filler(rng, 120)]
        if k in wire_in:
            body.insert(1, WIRE)
        text = f"Story number {k}\n\n" + "\n\n".join(body)
        articles.append(article_from_text(f"{k:03}.txt", Path(f"{k:03}.txt"), text))
    return articles


def test_wire_copy_joins_exactly_the_articles_that_ran_it() -> None:
    wire_in = {3, 11, 12, 29}
    graph = build_graph(_corpus(40, wire_in))
    joined = {(e.a, e.b) for e in graph.edges}
    expected = {(f"{i:03}.txt", f"{j:03}.txt") for i in sorted(wire_in) for j in sorted(wire_in) if i < j}
    assert joined == expected
    for edge in graph.edges:
        assert edge.passages == 1
        assert edge.shared_words >= 40
    assert len(graph.articles) == 40


def test_progress_is_reported_up_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    build_graph(_corpus(12, {1, 2}), progress=lambda done, total: calls.append((done, total)))
    assert calls
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_seed_graph_joins_the_articles_sharing_the_stoltenberg_quote(seeds_dir: Path) -> None:
    graph = build_graph(load_corpus(seeds_dir))
    pairs = {(e.a[:3], e.b[:3]): e for e in graph.edges}
    assert ("000", "004") in pairs
    assert pairs[("000", "004")].shared_words > 15
    assert ("003", "004") not in pairs  # they report different facts


def test_name_only_and_stop_word_ngrams_are_not_indexed() -> None:
    text = "Headline\n\nJens Stoltenberg Dmitry Peskov Olaf Scholz said that it was the way it is."
    shingles, words = article_index(article_from_text("x.txt", Path("x.txt"), text))
    assert shingles == []
    assert "Stoltenberg" in words


def test_common_ngrams_over_the_limit_make_no_candidates() -> None:
    everywhere = [[1, 2, 3]] * 60
    assert candidate_pairs(everywhere, posting_limit(60)) == []
    assert candidate_pairs([[1, 2], [2, 1], [3]], posting_limit(3)) == [(0, 1)]
    assert posting_limit(100_000) > posting_limit(10_000) > 50 - 1


def test_broken_and_empty_articles_do_not_stop_the_graph(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title A\n\n" + WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title B\n\nSomething else first. " + WIRE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    graph = build_graph(load_corpus(tmp_path))
    assert [(e.a, e.b) for e in graph.edges] == [("a.txt", "b.txt")]
    assert len(graph.articles) == 4


def test_worker_processes_build_the_same_graph(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    articles = _corpus(60, {2, 9, 33, 58})
    articles[40] = article_from_text("040.txt", Path("040.txt"), "Story 40\n\n" + WIRE + " " + WIRE)
    one_process = build_graph(articles)
    monkeypatch.setattr(graph_helper, "PARALLEL_FROM", 1)
    assert graph_helper.workers(60) == graph_helper.WORKERS > 1  # the helper path is the one taken
    calls: list[tuple[int, int]] = []
    assert build_graph(articles, progress=lambda done, total: calls.append((done, total))) == one_process
    in_thread: list[Graph] = []  # as the CLI builds it, its progress bars drawn by another thread
    thread = threading.Thread(target=lambda: in_thread.append(build_graph(articles)))
    thread.start()
    thread.join()
    assert in_thread == [one_process]
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    cache = Cache.open(tmp_path)
    assert cache is not None
    with cache:
        assert build_graph(articles, cache=cache) == one_process  # indexed in workers, then cached
        stored, made = cache.get_index(articles[9]), article_index(articles[9])
        assert stored is not None and stored[0] == made[0]  # the helper's entry, as made here
        assert sorted(stored[1]) == sorted(made[1])  # words in the helper's set order
        assert build_graph(articles, cache=cache) == one_process  # read back from the cache
    assert len(one_process.edges) == 10


def test_a_helper_that_dies_leaves_the_work_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _corpus(60, {2, 9, 33, 58})
    one_process = build_graph(articles)
    monkeypatch.setattr(graph_helper, "PARALLEL_FROM", 1)
    dying = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"), initializer=os._exit, initargs=(3,))
    monkeypatch.setattr(graph_helper, "start_helper", lambda: dying)
    assert graph_helper.workers(60) == 2  # the helper path is the one taken
    assert build_graph(articles) == one_process
    assert len(one_process.edges) == 6


def test_edge_counts_are_what_align_articles_finds(seeds_dir: Path) -> None:
    articles = load_corpus(seeds_dir)
    weights = WordWeights.from_articles(articles)
    joined = 0
    for a in articles:
        for b in articles:
            if a is b:
                continue
            overlap = align_articles(a, b, weights)
            expected = (len(overlap.passages), shared_words(overlap.passages))
            assert graph.shared_passages(a, b, weights) == expected
            joined += bool(overlap.passages)
    assert joined >= 2  # the seeds do share passages: the comparison is not of empty results


def test_the_helper_starts_where_stderr_has_no_file_descriptor(tmp_path: Path) -> None:
    """Inside the Textual app ``sys.stderr`` is a capture whose ``fileno()`` is -1; starting
    multiprocessing's resource tracker with it failed ("bad value(s) in fds_to_keep") and the app
    showed no shared passages on a big corpus. Run in a fresh interpreter: the tracker starts once
    per process."""
    script = tmp_path / "helper_under_capture.py"
    script.write_text(
        textwrap.dedent(
            """
            import sys

            from corpus.passages import graph_helper


            class Capture:  # what Textual puts in sys.stderr while an app runs
                def write(self, text):
                    return len(text)

                def flush(self):
                    pass

                def fileno(self):
                    return -1


            if __name__ == "__main__":
                sys.stderr = Capture()
                pool = graph_helper.start_helper()
                print("no pool" if pool is None else pool.submit(len, "abcd").result())
                if pool is not None:
                    pool.shutdown()
            """
        )
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "4", (result.stdout, result.stderr)

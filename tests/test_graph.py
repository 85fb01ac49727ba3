"""The reuse graph read off the reprint families: two articles are joined when they share a family,
an edge counts the families and the words of the shorter versions, and the Articles screen's
Shares are the same counts summed per article."""

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

from corpus import processes
from corpus.ingest.load import article_from_text, load_corpus
from corpus.model import Article, Graph
from corpus.passages import families as families_module
from corpus.story import Story
from tests.made_up_text import filler

WIRE = (
    "The European Central Bank raised its main refinancing rate by a quarter point to 4.25 percent, "
    "citing stubborn inflation in services and a tight labour market across the euro area. "
    "Governing council members were split over the size of the move, two people familiar with the "
    "discussion said, with several hawks pressing for a half-point increase."
)
STOLTENBERG = "There are signs from Moscow that diplomacy could continue"
"""The start of Stoltenberg's statement, which seeds 000 (reworded) and 004 (quoted whole) share."""


def _corpus(n: int, wire_in: set[int], seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    articles = []
    for k in range(n):
        body = [filler(rng, 120), filler(rng, 120)]
        if k in wire_in:
            body.insert(1, WIRE)
        text = f"Story number {k}\n\n" + "\n\n".join(body)
        articles.append(article_from_text(f"{k:03}.txt", Path(f"{k:03}.txt"), text))
    return articles


def _graph(articles: list[Article], **progress: object) -> Graph:
    return Story(Path("."), articles).graph(**progress)  # type: ignore[arg-type]


def test_wire_copy_joins_exactly_the_articles_that_ran_it() -> None:
    wire_in = {3, 11, 12, 29}
    graph = _graph(_corpus(40, wire_in))
    joined = {(e.a, e.b) for e in graph.edges}
    expected = {(f"{i:03}.txt", f"{j:03}.txt") for i in sorted(wire_in) for j in sorted(wire_in) if i < j}
    assert joined == expected
    for edge in graph.edges:
        assert edge.passages == 1  # the one wire paragraph: one family
        assert edge.shared_words == len(WIRE.split())  # copied whole by both
    assert len(graph.articles) == 40


def test_progress_is_reported_up_to_the_total() -> None:
    calls: list[tuple[int, int]] = []
    _graph(_corpus(12, {1, 2}), progress=lambda done, total: calls.append((done, total)))
    assert calls
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_seed_articles_sharing_the_stoltenberg_statement_are_joined_by_its_family(seeds_dir: Path) -> None:
    story = Story.load(seeds_dir)
    pairs = {(e.a[:3], e.b[:3]): e for e in story.graph().edges}
    assert ("003", "004") not in pairs  # they report different facts
    edge = pairs[("000", "004")]
    shared = [f for f in story.families().families if {edge.a, edge.b} <= set(f.articles)]
    assert len(shared) == edge.passages == 1
    versions = {m.article[:3]: story.article(m.article).text[m.start : m.end] for m in shared[0].members}
    assert versions["004"].lstrip('“"').startswith(STOLTENBERG)
    assert "diplomacy" in versions["000"]  # 000 words it otherwise
    assert edge.shared_words == min(len(text.split()) for text in versions.values())
    assert pairs[("000", "001")].passages >= 2  # BBC's piece reprints several of 000's paragraphs


def test_the_graph_shares_and_header_count_agree_with_the_families(seeds_dir: Path) -> None:
    for articles in (load_corpus(seeds_dir), _corpus(30, {2, 5, 17, 21, 22})):
        story = Story(Path("."), articles)
        graph = story.graph()
        families = story.families().families
        for edge in graph.edges:
            assert edge.passages == sum(1 for f in families if {edge.a, edge.b} <= set(f.articles))
        joined = {frozenset((e.a, e.b)) for e in graph.edges}
        for family in families:
            held = family.articles
            assert all(frozenset((a, b)) in joined for a in held for b in held if a != b)
        per_article = {a.name: 0 for a in articles}
        for edge in graph.edges:
            per_article[edge.a] += edge.passages
            per_article[edge.b] += edge.passages
        assert story.shares() == per_article
        assert story.shared_passages() == sum(e.passages for e in graph.edges) > 0


def test_graph_shares_and_families_are_one_build(monkeypatch: pytest.MonkeyPatch, seeds_dir: Path) -> None:
    builds: list[int] = []
    real = families_module.build_families

    def counted(articles, **kwargs):  # type: ignore[no-untyped-def]
        builds.append(len(articles))
        return real(articles, **kwargs)

    monkeypatch.setattr(families_module, "build_families", counted)
    monkeypatch.setattr("corpus.passages.build_families", counted)
    story = Story.load(seeds_dir)
    story.shares()
    story.graph()
    story.families()
    assert story.shared_passages() > 0
    assert builds == [5]


def test_broken_and_empty_articles_do_not_stop_the_graph(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title A\n\n" + WIRE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Title B\n\nSomething else first. " + WIRE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    story = Story.load(tmp_path)
    graph = story.graph()
    assert [(e.a, e.b) for e in graph.edges] == [("a.txt", "b.txt")]
    assert len(graph.articles) == 4
    assert story.shares() == {"a.txt": 1, "b.txt": 1, "binary.txt": 0, "empty.txt": 0}


def test_the_helper_process_builds_the_same_graph(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _corpus(60, {2, 9, 33, 58})
    articles[40] = article_from_text("040.txt", Path("040.txt"), "Story 40\n\n" + WIRE + " " + WIRE)
    one_process = _graph(articles)
    monkeypatch.setattr(families_module, "PARALLEL_FROM", 1)
    assert processes.workers(60, families_module.PARALLEL_FROM) == processes.WORKERS > 1  # the helper path
    calls: list[tuple[int, int]] = []
    assert _graph(articles, progress=lambda done, total: calls.append((done, total))) == one_process
    in_thread: list[Graph] = []  # as the CLI builds it, its progress bars drawn by another thread
    thread = threading.Thread(target=lambda: in_thread.append(_graph(articles)))
    thread.start()
    thread.join()
    assert in_thread == [one_process]
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert len(one_process.edges) == 10  # five articles run the wire copy, 040 twice


def test_a_helper_that_dies_leaves_the_work_to_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    articles = _corpus(60, {2, 9, 33, 58})
    one_process = _graph(articles)
    monkeypatch.setattr(families_module, "PARALLEL_FROM", 1)
    dying = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"), initializer=os._exit, initargs=(3,))
    monkeypatch.setattr(processes, "start_helper", lambda: dying)
    assert processes.workers(60, families_module.PARALLEL_FROM) == 2  # the helper path is the one taken
    assert _graph(articles) == one_process
    assert len(one_process.edges) == 6


def test_alignments_sent_to_the_helper_while_the_plan_is_made_give_the_same_graph(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Shards of a few alignments: the helper is sent the plan's first ones while the rest is
    planned (and aligns them, or this process does when it has died); the graph is the one of
    one process."""
    articles = _corpus(60, {2, 9, 33, 58, 12, 27, 44})
    one_process = _graph(articles)
    monkeypatch.setattr(families_module, "PARALLEL_FROM", 1)
    monkeypatch.setattr(families_module, "SHARD", 2)
    sent: list[int] = []
    planned = families_module._planned

    def counting(*args: object) -> object:
        plan, early = planned(*args)  # type: ignore[arg-type]
        sent.append(len(early))
        return plan, early

    monkeypatch.setattr(families_module, "_planned", counting)
    assert _graph(articles) == one_process
    assert sent[-1] >= 1  # the early path was taken
    dying = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"), initializer=os._exit, initargs=(3,))
    monkeypatch.setattr(processes, "start_helper", lambda: dying)
    assert _graph(articles) == one_process
    assert len(one_process.edges) == 21  # seven articles run the wire copy


def test_the_helper_starts_where_stderr_has_no_file_descriptor(tmp_path: Path) -> None:
    """Inside the Textual app ``sys.stderr`` is a capture whose ``fileno()`` is -1; starting
    multiprocessing's resource tracker with it failed ("bad value(s) in fds_to_keep") and the app
    showed no shared passages on a big corpus. Run in a fresh interpreter: the tracker starts once
    per process."""
    script = tmp_path / "helper_under_capture.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys

            sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
            from corpus import processes
            from stderr_capture import Capture


            if __name__ == "__main__":
                sys.stderr = Capture()
                pool = processes.start_helper()
                print("no pool" if pool is None else pool.submit(len, "abcd").result())
                if pool is not None:
                    pool.shutdown()
            """
        )
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "4", (result.stdout, result.stderr)

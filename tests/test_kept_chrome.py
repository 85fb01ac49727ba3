"""The repeated-chrome pass kept in the on-disk cache (corpus.ingest.kept_chrome): a warm load of an
unchanged corpus marks the chrome a fresh load marks without running the pass; an edited, added or
removed file, a changed engine or a damaged entry runs it again, and the load is a fresh one's. All on
invented text."""

from __future__ import annotations

import ast
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from corpus import cache as cache_module
from corpus.cache import FILE_NAME, Cache
from corpus.ingest import repeats
from corpus.ingest.kept_chrome import KeptChrome
from corpus.ingest.load import load_corpus
from corpus.model import Article

ROOT = Path(__file__).resolve().parents[1]


def _story(n: int, topic: str, label: str = "Weekend print edition") -> str:
    return (
        f"Ferry {topic} number {n} reopens\n\n"
        f"The port authority said the {topic} service {n} would run again from May after repairs.\n\n"
        f"{label}\n\n"
        f"Crews of the {topic} line spent the winter training on the new boats, the authority said.\n"
    )


def _write(folder: Path, topics: tuple[str, ...] = ("harbour", "island", "bay")) -> Path:
    folder.mkdir(exist_ok=True)
    for n, topic in enumerate(topics):
        (folder / f"{n}.txt").write_text(_story(n, topic), encoding="utf-8")
    return folder


def _shown(articles: list[Article]) -> list[tuple[str, str | None, list[str]]]:
    return [(a.name, a.title, [p.kind for p in a.paragraphs]) for a in articles]


def _kept_load(corpus: Path, cache_dir: Path) -> list[Article]:
    with Cache.open(cache_dir) as cache:
        assert cache is not None
        return load_corpus(corpus, cache=cache, chrome=KeptChrome(cache, corpus))


def _count_passes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the pass runs from here on (one entry a run)."""
    runs: list[int] = []
    found = repeats.repeated_chrome

    def counted(articles):  # type: ignore[no-untyped-def]
        runs.append(1)
        return found(articles)

    monkeypatch.setattr(repeats, "repeated_chrome", counted)
    return runs


def test_a_warm_load_marks_the_kept_chrome_without_the_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _write(tmp_path / "corpus")
    fresh = _shown(load_corpus(corpus))
    assert all(kinds[2] == "boilerplate" for _, _, kinds in fresh)  # the repeated label is chrome
    passes = _count_passes(monkeypatch)
    assert _shown(_kept_load(corpus, tmp_path / "cache")) == fresh
    assert passes == [1]
    assert _shown(_kept_load(corpus, tmp_path / "cache")) == fresh
    assert passes == [1]  # read from the cache


@pytest.mark.parametrize("change", ["edited", "added", "removed"])
def test_a_changed_corpus_runs_the_pass_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    corpus = _write(tmp_path / "corpus")
    _kept_load(corpus, tmp_path / "cache")
    if change == "edited":  # the label left in one article only: no longer chrome anywhere
        for n, topic in ((1, "island"), (2, "bay")):
            (corpus / f"{n}.txt").write_text(_story(n, topic, f"Pick {n}"), encoding="utf-8")
    elif change == "added":
        (corpus / "3.txt").write_text(_story(3, "lake"), encoding="utf-8")
    else:  # one article left with the label: not repeated
        (corpus / "1.txt").unlink()
        (corpus / "2.txt").unlink()
    fresh = _shown(load_corpus(corpus))
    passes = _count_passes(monkeypatch)
    assert _shown(_kept_load(corpus, tmp_path / "cache")) == fresh
    assert passes == [1]
    if change != "added":
        assert "boilerplate" not in str(fresh)


def test_a_changed_engine_or_a_damaged_entry_runs_the_pass_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _write(tmp_path / "corpus")
    fresh = _shown(load_corpus(corpus))
    _kept_load(corpus, tmp_path / "cache")
    monkeypatch.setattr(cache_module, "_schema_id", lambda: "another engine")
    passes = _count_passes(monkeypatch)
    assert _shown(_kept_load(corpus, tmp_path / "cache")) == fresh
    assert passes == [1]
    for damaged in (b"[[0, [2]], [1, [99]]]", b"not json", b'[["x", 1]]'):
        with sqlite3.connect(tmp_path / "cache" / FILE_NAME) as db:
            assert db.execute("UPDATE chrome SET data = ?", (damaged,)).rowcount == 1
        assert _shown(_kept_load(corpus, tmp_path / "cache")) == fresh
    assert passes == [1, 1, 1, 1]
    assert _shown(_kept_load(corpus, tmp_path / "cache")) == fresh
    assert passes == [1, 1, 1, 1]  # written anew


WARM_LOAD = """
import sys
from pathlib import Path
from corpus.cache import Cache
from corpus.ingest.kept_chrome import KeptChrome
from corpus.ingest.load import load_corpus
corpus, cache_dir = Path(sys.argv[1]), Path(sys.argv[2])
with Cache.open(cache_dir) as cache:
    articles = load_corpus(corpus, cache=cache, chrome=KeptChrome(cache, corpus))
print(repr([(a.name, a.title, [p.kind for p in a.paragraphs]) for a in articles]))
print(sorted(m for m in sys.modules if m.startswith("corpus.ingest.")))
"""


def test_a_warm_load_imports_neither_the_parser_nor_the_pass(tmp_path: Path) -> None:
    corpus = _write(tmp_path / "corpus")
    fresh = _shown(load_corpus(corpus))
    args = [sys.executable, "-c", WARM_LOAD, str(corpus), str(tmp_path / "cache")]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cold = subprocess.run(args, capture_output=True, text=True, check=True, env=env).stdout.splitlines()
    warm = subprocess.run(args, capture_output=True, text=True, check=True, env=env).stdout.splitlines()
    assert cold[0] == warm[0] == repr(fresh)
    parser_modules = {
        "corpus.ingest.structure",
        "corpus.ingest.meta",
        "corpus.ingest.dates",
        "corpus.ingest.repeats",
    }
    assert parser_modules <= set(ast.literal_eval(cold[1]))
    assert not parser_modules & set(ast.literal_eval(warm[1]))

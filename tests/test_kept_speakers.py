"""The speakers step's result kept in the on-disk cache (corpus.quotes.kept_speakers): a warm run of
an unchanged corpus gives the quotes and speakers of a fresh run without settling who is who again;
an edited, renamed, added or reordered article, a changed engine or a damaged entry settles them
again, and the result is a fresh run's. All on invented text."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from hashlib import blake2b
from pathlib import Path

import pytest

from corpus import cache as cache_module
from corpus.cache import FILE_NAME, Cache
from corpus.ingest.load import article_from_text
from corpus.model import Article, Quote, Speaker
from corpus.quotes import QuoteReadings, find_quotes
from corpus.quotes import find as find_module
from corpus.quotes.kept_speakers import VERSION, apply_step, step_bytes, step_key
from tests.article_reads import found_json

ROOT = Path(__file__).resolve().parents[1]

BODIES = (
    "“We will rebuild the bridge by spring,” said Marta Quillfeather, the mayor of Dunmore.\n\n"
    "Quillfeather added: “The money is there.”\n\n"
    "“Nobody asked us,” said Tobias Renwick, who runs the ferry.",
    "Mayor Quillfeather spoke on Monday. “The bridge comes first,” she said.\n\n"
    "“We have waited long enough,” Renwick told reporters.",
    "“The river rose two metres overnight,” said Ingrid Solberg, a hydrologist at the county office.\n\n"
    "Marta Quillfeather said: “We will rebuild the bridge by spring.”",
)


def _articles(folder: Path, bodies: tuple[str, ...] = BODIES) -> list[Article]:
    return [
        article_from_text(f"{i}.txt", folder / f"{i}.txt", "Bridge to be rebuilt in Dunmore\n\n" + body)
        for i, body in enumerate(bodies)
    ]


def _kept_run(articles: list[Article], cache_dir: Path, corpus: Path) -> tuple[list[Quote], list[Speaker]]:
    with Cache.open(cache_dir) as cache:
        assert cache is not None
        return find_quotes(articles, None, QuoteReadings(cache, None, corpus))


def _count_steps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times the speakers step runs from here on (one entry a run)."""
    runs: list[int] = []
    settled = find_module.settle_speakers

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(1)
        return settled(*args, **kwargs)

    monkeypatch.setattr(find_module, "settle_speakers", counted)
    return runs


def test_the_step_key_is_the_digest_of_each_article_name_and_reading_key_in_order() -> None:
    # as every earlier cache wrote it: the version and count, then a NUL before each name and key
    names = ["dunmore-bridge.txt", "Überschwemmung \ud800.txt", "ferry.txt"]
    keys = ["0f3a", "9bc2", "77de"]
    pieces = [f"{VERSION}|3".encode()]
    for name, key in zip(names, keys, strict=True):
        pieces += [b"\0", name.encode("utf-8", "surrogatepass"), b"\0", key.encode("ascii")]
    assert step_key(names, keys) == blake2b(b"".join(pieces), digest_size=16).hexdigest()
    assert step_key(names[::-1], keys[::-1]) != step_key(names, keys)
    assert step_key(["dunmore-bridge.tx", "tferry.txt"], keys[:2]) != step_key(
        ["dunmore-bridge.txt", "ferry.txt"], keys[:2]
    )


def test_a_kept_step_gives_a_fresh_runs_quotes_and_speakers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = found_json(find_quotes(_articles(tmp_path)))
    assert '"Marta Quillfeather"' in fresh and '"Tobias Renwick"' in fresh
    assert found_json(_kept_run(_articles(tmp_path), tmp_path / "cache", tmp_path)) == fresh
    steps = _count_steps(monkeypatch)
    assert found_json(_kept_run(_articles(tmp_path), tmp_path / "cache", tmp_path)) == fresh
    assert steps == []  # the step's result came from the cache


def _changed(folder: Path, change: str) -> list[Article]:
    articles = _articles(folder)
    if change == "edited":  # another person says the first article's last words
        return _articles(folder, (BODIES[0].replace("Tobias Renwick", "Hugo Aldane"), *BODIES[1:]))
    if change == "renamed":
        articles[2].name = "9.txt"
    elif change == "reordered":
        articles.reverse()
    elif change == "added":
        articles += _articles(folder / "more", BODIES[:1])
        articles[-1].name = "more.txt"
    else:
        articles = articles[:2]
    return articles


@pytest.mark.parametrize("change", ["edited", "renamed", "reordered", "added", "removed"])
def test_a_changed_corpus_settles_its_speakers_again(
    change: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _kept_run(_articles(tmp_path), tmp_path / "cache", tmp_path)
    fresh = found_json(find_quotes(_changed(tmp_path, change)))
    steps = _count_steps(monkeypatch)
    again = found_json(_kept_run(_changed(tmp_path, change), tmp_path / "cache", tmp_path))
    assert steps == [1] and again == fresh
    if change == "edited":
        assert '"Hugo Aldane"' in again and '"Tobias Renwick"' not in again
    assert found_json(_kept_run(_changed(tmp_path, change), tmp_path / "cache", tmp_path)) == fresh
    assert steps == [1]  # kept for the corpus as it is now


def test_a_changed_engine_or_a_damaged_entry_settles_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = found_json(find_quotes(_articles(tmp_path)))
    _kept_run(_articles(tmp_path), tmp_path / "cache", tmp_path)
    monkeypatch.setattr(cache_module, "_schema_id", lambda: "another engine")
    steps = _count_steps(monkeypatch)
    assert found_json(_kept_run(_articles(tmp_path), tmp_path / "cache", tmp_path)) == fresh
    assert steps == [1]
    with sqlite3.connect(tmp_path / "cache" / FILE_NAME) as db:
        assert db.execute("UPDATE steps SET data = ?", (b'[1, 2, "not the step"',)).rowcount == 1
    assert found_json(_kept_run(_articles(tmp_path), tmp_path / "cache", tmp_path)) == fresh
    assert steps == [1, 1]
    assert found_json(_kept_run(_articles(tmp_path), tmp_path / "cache", tmp_path)) == fresh
    assert steps == [1, 1]  # written anew


def test_a_step_for_other_quotes_is_not_applied(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    names = [a.name for a in articles]
    quotes, speakers = find_quotes(articles)
    data = step_bytes(quotes, speakers, names)
    fewer, _ = find_quotes(_articles(tmp_path)[:2])
    before = [(q.speaker, q.group) for q in fewer]
    assert apply_step(data, fewer, names[:2]) is None
    assert [(q.speaker, q.group) for q in fewer] == before  # untouched
    again, _ = find_quotes(_articles(tmp_path))
    for q in again:
        q.speaker, q.group = None, 0
    assert found_json((again, apply_step(data, again, names) or [])) == found_json((quotes, speakers))


def _quotes_json(corpus: Path, cache_dir: Path) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT), STORYDIFF_CACHE_DIR=str(cache_dir))
    argv = [sys.executable, "-m", "storydiff.cli", "quotes", str(corpus), "--json"]
    return subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, check=True, text=True).stdout


def test_the_command_warm_and_after_an_edit_prints_what_a_cold_run_prints(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(70):  # more than a small corpus (story.SMALL_CORPUS): loaded through the cache
        body = BODIES[i % 3].replace("Dunmore", f"Dunmore {i}")
        (corpus / f"{i:03d}.txt").write_text(
            f"Bridge to be rebuilt in Dunmore {i}\n\n{body}\n", encoding="utf-8"
        )
    cold = _quotes_json(corpus, tmp_path / "cache")
    assert '"Ingrid Solberg"' in cold
    assert _quotes_json(corpus, tmp_path / "cache") == cold  # warm: readings and step kept
    edited = corpus / "002.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Ingrid Solberg", "Ingrid Solvang"), "utf-8")
    after = _quotes_json(corpus, tmp_path / "cache")
    assert after == _quotes_json(corpus, tmp_path / "fresh-cache") != cold
    assert '"Ingrid Solvang"' in after

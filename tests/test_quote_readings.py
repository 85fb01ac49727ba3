"""Each article's quote reading kept in the on-disk cache (corpus.quotes.readings): read back, it
gives the quotes and speakers of a fresh reading; a stale or damaged entry is read again; and the
readings the helper makes while a corpus loads lose nothing when it dies, cannot start, or reads an
article the loader changes afterwards."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from corpus import processes
from corpus.cache import FILE_NAME, Cache
from corpus.ingest.load import load_corpus
from corpus.model import Article, Block
from corpus.quotes import QuoteReadings, ReadingAhead, find_quotes
from corpus.quotes import article_quotes as article_quotes_module
from corpus.quotes import quote_helper as quote_helper_module
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import shipped_tables
from corpus.quotes.quote_helper import start_quote_helper
from corpus.quotes.reading_codec import reading_bytes, reading_from_bytes
from corpus.story import Story
from tests.article_reads import count_reads, found_json, read_ahead_by_helper

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def seeds() -> list[Article]:
    return [a for a in load_corpus(SEEDS) if a.paragraphs]


def _with_cache(articles: list[Article], folder: Path) -> tuple[list, list]:  # type: ignore[type-arg]
    with Cache.open(folder) as cache:
        assert cache is not None
        return find_quotes(articles, None, QuoteReadings(cache))


def test_readings_from_the_cache_give_the_same_quotesfound_json(
    seeds: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = found_json(find_quotes(seeds))
    assert found_json(_with_cache(seeds, tmp_path)) == fresh  # read, and kept
    read = count_reads(monkeypatch)
    again = found_json(_with_cache(seeds, tmp_path))
    assert read == [] and again == fresh  # every reading from the cache
    assert fresh.count('"speaker": "Stoltenberg"') + fresh.count('"speaker": "Jens Stoltenberg"') >= 5


def test_a_reading_round_trips_every_field(seeds: list[Article]) -> None:
    tables = shipped_tables()
    for article in seeds:
        reading = article_quotes_module.article_quotes(article, tables, NamePairs(tables))
        assert reading_from_bytes(reading_bytes(reading), article) == reading
        assert reading[0] and reading[3]  # quotes and name pairs: something to lose


def test_a_stale_reading_is_not_used(
    seeds: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_cache(seeds, tmp_path)
    changed = seeds[1]
    changed.text = changed.text.replace("Peskov", "Pezkov")  # same length: the offsets still fit
    kinds = [p.kind for p in seeds[2].paragraphs]  # another's paragraph kinds, as repeated chrome does
    first_body = kinds.index("body")
    seeds[2].paragraphs = [
        Block(p.start, p.end, "boilerplate" if i == first_body else p.kind, p.paragraph)
        for i, p in enumerate(seeds[2].paragraphs)
    ]
    fresh = found_json(find_quotes(seeds))
    read = count_reads(monkeypatch)
    assert found_json(_with_cache(seeds, tmp_path)) == fresh
    assert read == [seeds[1].name, seeds[2].name]
    assert "Pezkov" in fresh


@pytest.mark.parametrize(
    "damage",
    [b"{", b"[[[1, 2]], []]", b'[[[0, 99999999, "direct", null, null, null, null, null]], []]', b"\xff\xfe"],
)
def test_a_damaged_reading_is_read_again_and_kept_anew(
    seeds: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    fresh = found_json(find_quotes(seeds))
    _with_cache(seeds, tmp_path)
    db = sqlite3.connect(tmp_path / FILE_NAME)
    db.execute("UPDATE readings SET data = ? WHERE path = ?", (damage, os.path.abspath(seeds[0].path)))
    db.commit()
    db.close()
    read = count_reads(monkeypatch)
    assert found_json(_with_cache(seeds, tmp_path)) == fresh
    assert read == [seeds[0].name]
    assert found_json(_with_cache(seeds, tmp_path)) == fresh and read == [seeds[0].name]  # kept anew


def _run_ahead(seeds: list[Article], pool: ProcessPoolExecutor | None) -> tuple[ReadingAhead, str]:
    ahead = ReadingAhead(lambda: pool)
    for article in seeds:
        ahead.parsed(article)
    ahead.send()
    return ahead, found_json(find_quotes(seeds, ahead.pool, QuoteReadings(None, ahead)))


def test_the_helpers_readings_made_while_loading_are_used(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    pool, ahead = read_ahead_by_helper(seeds, monkeypatch)
    changed = seeds[3]  # the loader changes one after it was sent: it is read again here
    changed.paragraphs = [Block(p.start, p.end, p.kind, p.paragraph) for p in changed.paragraphs][:-1]
    fresh = found_json(find_quotes(seeds))
    read = count_reads(monkeypatch)
    pool.shutdown()  # (so the one left to read is read here, not raced by the helper)
    assert found_json(find_quotes(seeds, None, QuoteReadings(None, ahead))) == fresh
    assert read == [changed.name]


def test_a_helper_that_dies_or_cannot_start_loses_no_reading(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = found_json(find_quotes(seeds))
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 2)
    dying = ProcessPoolExecutor(1, multiprocessing.get_context("spawn"), initializer=os._exit, initargs=(3,))
    read = count_reads(monkeypatch)
    assert _run_ahead(seeds, dying)[1] == fresh
    assert sorted(read) == sorted(a.name for a in seeds)  # every one read here
    read.clear()
    assert _run_ahead(seeds, None)[1] == fresh
    assert sorted(read) == sorted(a.name for a in seeds)


def test_a_story_whose_helper_cannot_start_reads_everything_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for n in range(70):  # more files than a corpus read without the on-disk cache
        (tmp_path / f"{n:03}.txt").write_text(
            texts[n % len(texts)].replace("Peskov", f"Peskov{n % 3}"), encoding="utf-8"
        )
    (tmp_path / "040b.txt").write_bytes(b"")  # bad files among them: reported as before
    (tmp_path / "041b.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe" * 50)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache-one"))
    alone = Story.load(tmp_path)
    expected = found_json((alone.quotes(), alone.speakers()))
    problems = [(a.name, a.problem) for a in alone.articles]
    assert sum(p is not None for _, p in problems) == 2
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 50)
    monkeypatch.setattr(processes, "start_helper", lambda: None)
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "cache-two"))
    story = Story.load(tmp_path, quotes_ahead=True)
    assert found_json((story.quotes(), story.speakers())) == expected
    assert [(a.name, a.problem) for a in story.articles] == problems
    warm = Story.load(tmp_path, quotes_ahead=True)
    read = count_reads(monkeypatch)
    assert found_json((warm.quotes(), warm.speakers())) == expected and read == []


class _KeptBytes:
    """A :class:`corpus.quotes.readings.ReadingCache` that keeps nothing from before and records
    the bytes it is given."""

    def __init__(self) -> None:
        self.kept: dict[Path, bytes] = {}

    def readings(self, wanted: list[tuple[Path, str]]) -> list[bytes | None]:
        return [None] * len(wanted)

    def put_reading(self, path: Path, key: str, data: bytes) -> None:
        self.kept[path] = data


def test_the_helper_sends_readings_as_the_bytes_the_cache_keeps(
    seeds: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    tables = shipped_tables()
    fresh = [article_quotes_module.article_quotes(a, tables, NamePairs(tables)) for a in seeds]
    sent = article_quotes_module.read_in_helper(seeds)  # what the helper sends back: bytes
    assert [reading_from_bytes(data, a) for data, a in zip(sent, seeds, strict=True)] == fresh
    monkeypatch.setattr(quote_helper_module, "PARALLEL_FROM", 2)
    pool = start_quote_helper(len(seeds))
    assert pool is not None
    ahead = ReadingAhead(lambda: pool)
    for article in seeds[:5]:  # these read while "loading", the rest shared out by find_quotes
        ahead.parsed(article)
    ahead.send()
    pool.submit(int).result()
    kept = _KeptBytes()
    assert found_json(find_quotes(seeds, ahead.pool, QuoteReadings(kept, ahead))) == found_json(
        find_quotes(seeds)
    )
    assert [kept.kept[a.path] for a in seeds] == sent  # kept as sent, from either process

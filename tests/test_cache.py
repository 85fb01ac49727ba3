"""The SQLite cache: hits when nothing changed, misses when a file changes, harmless when broken."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from corpus import cache as cache_module
from corpus.cache import FILE_NAME, Cache, cache_dir
from corpus.ingest.load import load_corpus


class CountingCache(Cache):
    """The real cache, counting what the loader asks of it."""

    hits = 0

    def get(self, path, size, mtime_ns):  # type: ignore[no-untyped-def]
        found = super().get(path, size, mtime_ns)
        self.hits += found is not None
        return found


def _open(directory: Path) -> CountingCache:
    cache = CountingCache.open(directory)
    assert isinstance(cache, CountingCache)
    return cache


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds_dir, folder)
    return folder


def test_second_load_comes_from_the_cache_and_is_the_same(corpus: Path, tmp_path: Path) -> None:
    with _open(tmp_path / "c") as cache:
        first = load_corpus(corpus, cache=cache)
        assert cache.hits == 0
    with _open(tmp_path / "c") as cache:
        second = load_corpus(corpus, cache=cache)
        assert cache.hits == 5
    assert [(a.name, a.text, a.title, a.source, a.date, a.words) for a in first] == [
        (a.name, a.text, a.title, a.source, a.date, a.words) for a in second
    ]
    assert [a.sentences for a in first] == [a.sentences for a in second]
    assert [a.paragraphs for a in first] == [a.paragraphs for a in second]


def test_a_changed_file_is_read_again(corpus: Path, tmp_path: Path) -> None:
    with _open(tmp_path / "c") as cache:
        load_corpus(corpus, cache=cache)
    changed = corpus / "003_7a3bfe3a68cac043.txt"
    text = changed.read_text(encoding="utf-8").replace("Stoltenberg", "Stoltenbergg")
    changed.write_text(text, encoding="utf-8")
    with _open(tmp_path / "c") as cache:
        articles = load_corpus(corpus, cache=cache)
        assert cache.hits == 4
        reread = next(a for a in articles if a.name == changed.name)
        assert "Stoltenbergg" in reread.text


def test_same_size_change_in_the_same_instant_is_caught_by_the_hash(corpus: Path, tmp_path: Path) -> None:
    # Written just now, cached at once, then changed again within the clock's resolution.
    target = corpus / "000_001046f2ce72b2e4.txt"
    target.write_bytes(target.read_bytes())
    before = target.stat()
    with _open(tmp_path / "c") as cache:
        load_corpus(corpus, cache=cache)
    data = target.read_bytes().replace(b"Romania", b"Rumania")
    target.write_bytes(data)
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same mtime
    with _open(tmp_path / "c") as cache:
        articles = load_corpus(corpus, cache=cache)
    assert "Rumania" in next(a for a in articles if a.name == target.name).text


def test_a_touched_file_is_still_a_hit(corpus: Path, tmp_path: Path) -> None:
    with _open(tmp_path / "c") as cache:
        load_corpus(corpus, cache=cache)
    target = corpus / "001_585f0ca8fba6610a.txt"
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    with _open(tmp_path / "c") as cache:
        load_corpus(corpus, cache=cache)
        assert cache.hits == 5


def test_a_corrupt_cache_file_is_replaced_not_fatal(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / FILE_NAME).write_bytes(b"this is not a database" * 100)
    cache = Cache.open(folder)
    assert cache is not None
    with cache:
        assert len(load_corpus(corpus, cache=cache)) == 5


def test_an_unwritable_cache_folder_means_no_cache(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    assert Cache.open(blocker / "cache") is None
    assert len(load_corpus(corpus, cache=None)) == 5


def test_a_cache_that_breaks_mid_run_turns_itself_off(corpus: Path, tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "c")
    assert cache is not None
    load_corpus(corpus, cache=cache)
    cache.flush()
    (tmp_path / "c" / FILE_NAME).write_bytes(b"\0" * 4096)  # clobbered under our feet
    articles = load_corpus(corpus, cache=cache)
    assert len(articles) == 5 and all(a.paragraphs for a in articles)
    cache.close()


def test_a_cache_opened_at_first_use_makes_its_file_only_then(corpus: Path, tmp_path: Path) -> None:
    """``at_first_use`` (the cold command's load): no file until the loader first reads the cache;
    then it keeps the articles as a cache opened at once does, and a second load takes them all."""
    folder = tmp_path / "c"
    cache = _open_at_first_use(folder)
    cache.expect(sorted(corpus.iterdir()))  # (what the loader says first: still no file)
    assert not (folder / FILE_NAME).exists()
    with cache:
        assert len(load_corpus(corpus, cache=cache)) == 5
        assert cache.usable and (folder / FILE_NAME).exists()
    again = _open_at_first_use(folder)
    with again:
        load_corpus(corpus, cache=again)
        assert again.hits == 5


def test_a_cache_opened_at_first_use_and_never_used_leaves_no_file(tmp_path: Path) -> None:
    cache = _open_at_first_use(tmp_path / "c")
    cache.close()
    assert not (tmp_path / "c").exists() and not cache.usable


def test_a_cache_opened_at_first_use_where_none_can_be_turns_itself_off(corpus: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    cache = _open_at_first_use(blocker / "cache")
    with cache:
        articles = load_corpus(corpus, cache=cache)
        assert len(articles) == 5 and all(a.paragraphs for a in articles)
        assert not cache.usable and cache.hits == 0
    assert blocker.read_text(encoding="utf-8") == "x"


def _open_at_first_use(folder: Path) -> CountingCache:
    cache = CountingCache.open(folder, at_first_use=True)
    assert isinstance(cache, CountingCache)
    return cache


def test_cache_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("STORYDIFF_CACHE_DIR", str(tmp_path / "here"))
    assert cache_dir() == tmp_path / "here"
    monkeypatch.delenv("STORYDIFF_CACHE_DIR")
    assert "storydiff" in str(cache_dir())


def test_the_index_an_older_storydiff_kept_is_dropped(tmp_path: Path) -> None:
    """The reuse graph once kept a 3-gram index here; a cache written then loses it on opening."""
    folder = tmp_path / "c"
    folder.mkdir()
    with sqlite3.connect(folder / FILE_NAME) as db:
        db.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "INSERT INTO meta VALUES ('schema', 'an older storydiff');"
            "CREATE TABLE ngrams (path TEXT PRIMARY KEY, text_hash TEXT, shingles BLOB, words BLOB);"
            "INSERT INTO ngrams VALUES ('/a.txt', 'x', x'00', x'00');"
        )
    db.close()
    with Cache.open(folder) as cache:
        assert cache is not None and cache.usable
    with sqlite3.connect(folder / FILE_NAME) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    db.close()
    assert "ngrams" not in tables and "articles" in tables


def _fields(article):  # type: ignore[no-untyped-def]
    return (
        article.name,
        article.text,
        article.title,
        article.source,
        article.date,
        article.author,
        article.words,
        article.problem,
        article.paragraphs.rows(),
        article.sentences.rows(),
    )


def test_every_field_of_every_kind_of_file_comes_back_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    (corpus / "wide.txt").write_text(
        "Kyiv’s “red line” — 東京 talks 😀\n\n"
        "“We will not move,” said José Núñez on Tuesday, 15 February 2022.\n",
        encoding="utf-8",
    )
    (corpus / "latin.txt").write_bytes(
        "Café talks resume\n\nThe mayor said “no”.\n".encode("cp1252") + b"\x81"
    )
    (corpus / "front.md").write_text(
        "---\ntitle: A front-matter headline\nauthor: Jane Roe\ndate: 2022-02-15\n---\n\nThe text itself.\n",
        encoding="utf-8",
    )
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    with _open(tmp_path / "c") as cache:
        first = load_corpus(corpus, cache=cache)
    with _open(tmp_path / "c") as cache:
        second = load_corpus(corpus, cache=cache)
        assert cache.hits == len(first) == 9
    assert [_fields(a) for a in second] == [_fields(a) for a in first]
    by_name = {a.name: a for a in second}
    assert by_name["front.md"].author == "Jane Roe"
    assert by_name["latin.txt"].problem and by_name["empty.txt"].problem
    assert "東京" in by_name["wide.txt"].text


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # cut short
        lambda blob: b"xxxx" + blob[4:],  # another format's magic
        lambda blob: blob[:-16] + bytes([0, 0, 0, 0, 5, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0]),  # kind code 9
        lambda blob: b"",
    ],
)
def test_a_damaged_entry_is_a_miss_and_the_file_is_read_again(corpus: Path, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    with _open(tmp_path / "c") as cache:
        first = load_corpus(corpus, cache=cache)
    target = str((corpus / "002_a472edca295215ad.txt").resolve())
    with sqlite3.connect(tmp_path / "c" / FILE_NAME) as db:
        (blob,) = db.execute("SELECT data FROM articles WHERE path = ?", (target,)).fetchone()
        db.execute("UPDATE articles SET data = ? WHERE path = ?", (damage(blob), target))
    db.close()
    with _open(tmp_path / "c") as cache:
        second = load_corpus(corpus, cache=cache)
        assert cache.hits == 4
    assert [_fields(a) for a in second] == [_fields(a) for a in first]


def test_entries_read_ahead_in_small_queries_are_the_same_hits(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loader says which files come; the cache reads their entries READ_AHEAD a query. With two
    a query, the five samples take three queries, a new file among them is a miss, a file asked
    for out of turn is read alone."""
    monkeypatch.setattr(cache_module, "READ_AHEAD", 2)
    with _open(tmp_path / "c") as cache:
        first = load_corpus(corpus, cache=cache)
    (corpus / "001a_new.txt").write_text("A new headline\n\nA new text, said Jane Roe.\n", encoding="utf-8")
    with _open(tmp_path / "c") as cache:
        second = load_corpus(corpus, cache=cache)
        assert cache.hits == 5
        alone = corpus / "004_2a2727772e1582b5.txt"
        stat = alone.stat()
        assert cache.get(alone, stat.st_size, stat.st_mtime_ns) is not None
    assert [_fields(a) for a in second if a.name != "001a_new.txt"] == [_fields(a) for a in first]
    assert "001a_new.txt" in [a.name for a in second]


@pytest.mark.parametrize("spelled", ["relative", "dotted"])
def test_a_corpus_named_any_way_is_one_corpus_to_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelled: str
) -> None:
    """The cache keys a file by its absolute path: a corpus loaded once by its plain absolute path
    is all hits when named again another way (relative to the working folder, or with ``.`` and
    ``..`` parts), and the other way round."""
    monkeypatch.chdir(tmp_path)
    other = {
        "relative": "corpus",
        "dotted": f"{tmp_path}/./corpus/../corpus",
    }[spelled]
    for first, second in ((corpus, other), (other, corpus)):
        shutil.rmtree(tmp_path / "c", ignore_errors=True)
        with _open(tmp_path / "c") as cache:
            load_corpus(Path(first), cache=cache)
            assert cache.hits == 0
        with _open(tmp_path / "c") as cache:
            load_corpus(Path(second), cache=cache)
            assert cache.hits == 5


def test_rows_held_for_one_write_are_read_back_before_the_cache_closes(corpus: Path, tmp_path: Path) -> None:
    """Rows are written WRITE_BATCH at a time: the five samples' entries and a reading, all still held,
    are what the same cache reads back at once, and what another one reads once this one closes."""
    sample = corpus / "004_2a2727772e1582b5.txt"
    with _open(tmp_path / "c") as cache:
        load_corpus(corpus, cache=cache)
        cache.put_reading(sample, "key-1", b"[2,[],[]]")
        assert cache.readings([(sample, "key-1"), (sample, "key-2")]) == [b"[2,[],[]]", None]
        stat = sample.stat()
        assert cache.get(sample, stat.st_size, stat.st_mtime_ns) is not None
    with _open(tmp_path / "c") as cache:
        load_corpus(corpus, cache=cache)
        assert cache.hits == 5
        assert cache.readings([(sample, "key-1")]) == [b"[2,[],[]]"]


def test_rows_are_committed_as_they_pile_up_not_only_at_the_end(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With rows written two at a time and committed every two, another connection sees the first
    four of the five samples' entries while the cache is still open (the fifth is held)."""
    monkeypatch.setattr(cache_module, "WRITE_BATCH", 2)
    monkeypatch.setattr(cache_module, "_COMMIT_EVERY", 2)
    cache = _open(tmp_path / "c")
    load_corpus(corpus, cache=cache)
    other = sqlite3.connect(tmp_path / "c" / FILE_NAME)
    try:
        assert other.execute("SELECT count(*) FROM articles").fetchone() == (4,)
        cache.close()
        assert other.execute("SELECT count(*) FROM articles").fetchone() == (5,)
    finally:
        other.close()


def test_the_schema_id_follows_the_engine_files_content(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An edited engine file (here one more file of the engine, by its absolute path) makes another
    id, so a cache the old engine filled starts afresh; the same bytes make the same id."""
    rule = tmp_path / "rules.py"
    sources = cache_module._engine_sources
    monkeypatch.setattr(cache_module, "_engine_sources", lambda engine: [*sources(engine), str(rule)])
    ids = []
    for text in ("LIMIT = 3\n", "LIMIT = 4\n", "LIMIT = 3\n"):
        rule.write_text(text, encoding="utf-8")
        ids.append(cache_module._schema_id.__wrapped__())
    assert ids[0] != ids[1] and ids[0] == ids[2]
    assert ids[0].startswith(f"{cache_module.SCHEMA}:")

"""What a cold ``storydiff quotes`` does before its helper process starts: as little as it can, so that
the second core starts early. The cache's place is read without SQLite (``sqlite3`` is imported once
the helper has been asked for), and the cache works as before afterwards."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import json, sys
from corpus.quotes import quote_helper
seen = []

def start_quote_helper(articles):
    seen.append(sorted(m for m in ("sqlite3", "corpus.cache") if m in sys.modules))
    return None  # no helper: this process does the work (the quote finder asks again)

quote_helper.start_quote_helper = start_quote_helper
from corpus.story import Story
story = Story.load(sys.argv[1], quotes_ahead=True)
quotes = story.quotes_alone()
print(json.dumps({"seen": seen, "articles": len(story.articles), "quotes": len(quotes),
                  "cache": "corpus.cache" in sys.modules}))
"""


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for n in range(count):
        text = f'Council vote {n}\n\n"We will fix road {n}," said Jane Roe, the mayor.\n'
        (folder / f"{n:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def _run(corpus: Path, cache: Path) -> dict[str, object]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), STORYDIFF_CACHE_DIR=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(corpus)], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def test_the_helper_is_asked_for_before_sqlite_is_imported(tmp_path: Path) -> None:
    from corpus.quotes import PARALLEL_FROM

    corpus = _corpus(tmp_path / "corpus", PARALLEL_FROM + 5)
    cold = _run(corpus, tmp_path / "cache")
    seen = cold["seen"]
    assert isinstance(seen, list) and seen[0] == []  # first asked for while loading, before SQLite
    assert cold["articles"] == PARALLEL_FROM + 5 and cold["quotes"] == PARALLEL_FROM + 5
    assert cold["cache"] is True  # the cache was opened after all: the articles were kept
    assert (tmp_path / "cache" / "storydiff.sqlite3").exists()
    warm = _run(corpus, tmp_path / "cache")
    assert [] not in warm["seen"]  # type: ignore[operator]  # (warm: not while loading)
    assert warm["quotes"] == cold["quotes"]


def test_the_cache_is_new_only_without_its_file(tmp_path: Path) -> None:
    from corpus.cache import Cache
    from corpus.cache_place import FILE_NAME, cache_is_new

    assert cache_is_new(tmp_path)
    cache = Cache.open(tmp_path)
    assert cache is not None
    cache.close()
    assert (tmp_path / FILE_NAME).exists() and not cache_is_new(tmp_path)


def test_the_engine_keys_by_blake2b_without_hashlib(tmp_path: Path) -> None:
    import hashlib

    from corpus.digests import blake2b

    for data in (b"", b"Jane Roe said so.", "“Zelensky”".encode()):
        for size in (8, 16, 64):
            assert (
                blake2b(data, digest_size=size).digest() == hashlib.blake2b(data, digest_size=size).digest()
            )
    # the cache, the readings' keys, the kept step and the loader: none imports hashlib (OpenSSL's)
    corpus = _corpus(tmp_path / "corpus", 3)
    script = (
        "import sys\n"
        "from corpus.story import Story\n"
        "import corpus.cache, corpus.quotes.readings, corpus.quotes.kept_speakers, corpus.quotes.find\n"
        f"story = Story.load({str(corpus)!r})\n"
        "assert len(story.quotes_alone()) == 3\n"
        "print('hashlib' in sys.modules)"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), STORYDIFF_CACHE_DIR=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False"]

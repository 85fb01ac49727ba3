"""An article's text digest (what its quote reading's cache key is made from) is kept with the article
in the on-disk cache, so a warm run reads it back instead of hashing every text again: the key must be
the same whichever way the digest came, and follow the text when the text is set anew."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from unittest import mock

from corpus.cache import Cache
from corpus.ingest.article_bytes import article_bytes, article_entry, article_from_bytes, content_hash
from corpus.ingest.load import parse_file
from corpus.model import Article, text_digest_of
from corpus.quotes.readings import reading_key

_TEXT = """Bridge over the Varne to close for repairs

The county said on Monday that the old bridge would close for six weeks. “The piers need new
footings before the spring floods,” said Ilse Marwick, the county's chief engineer.
"""


def _article(text: str = _TEXT, name: str = "bridge.txt") -> Article:
    return Article(
        name=name,
        path=Path("/nowhere") / name,
        text=text,
        title="Bridge over the Varne to close for repairs",
        paragraphs=[],
        sentences=[],
        words=len(text.split()),
    )


def test_the_digest_is_of_the_text_as_utf8() -> None:
    article = _article()
    expected = hashlib.blake2b(_TEXT.encode("utf-8"), digest_size=16).digest()
    assert article.text_digest() == expected == text_digest_of(_TEXT.encode("utf-8"))


def test_an_article_read_back_keeps_its_digest_without_hashing_again() -> None:
    made = _article()
    data = article_bytes(made)
    with mock.patch("corpus.model.text_digest_of", side_effect=AssertionError("hashed again")):
        back = article_from_bytes(data, made.path)
        assert back.text_digest() == made.text_digest()
        assert reading_key(back) == reading_key(made)


def test_a_reading_key_is_the_same_from_the_cache_as_from_a_new_article(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = folder / "bridge.txt"
    path.write_text(_TEXT, encoding="utf-8")
    stat = os.stat(path)
    cache = Cache.open(tmp_path / "cache")
    assert cache is not None
    article = _article()
    article.path = path
    cache.put(article, stat.st_size, stat.st_mtime_ns)
    back = cache.get(path, stat.st_size, stat.st_mtime_ns)
    cache.close()
    assert back is not None
    fresh = _article()  # no digest kept: made from its text
    fresh.path = path
    assert reading_key(back) == reading_key(fresh) == reading_key(article)


def test_a_text_set_anew_gets_a_digest_of_its_own() -> None:
    article = _article()
    before = reading_key(article)
    article.text = _TEXT.replace("six weeks", "nine weeks")
    assert article.text_digest() == text_digest_of(article.text.encode("utf-8"))
    assert reading_key(article) != before
    assert reading_key(article) == reading_key(_article(article.text))


def test_a_text_that_is_not_valid_utf8_alone_still_has_a_digest() -> None:
    odd = "Lone surrogate \udc80 kept as written."  # (surrogatepass: as the cache stores it)
    article = _article(odd)
    back = article_from_bytes(article_bytes(article), article.path)
    assert back.text == odd
    assert back.text_digest() == text_digest_of(odd.encode("utf-8", "surrogatepass"))


def _entry_of(content: bytes, tmp_path: Path) -> tuple[Article, bytes, str]:
    path = tmp_path / "bridge.txt"
    path.write_bytes(content)
    article, raw = parse_file(path, "bridge.txt")
    data, digest = article_entry(article, raw.data)
    return article, data, digest


def test_a_file_read_as_utf8_is_hashed_once_for_the_file_and_the_text(tmp_path: Path) -> None:
    content = _TEXT.encode("utf-8")
    with mock.patch("corpus.ingest.article_bytes.text_digest_of", wraps=text_digest_of) as hashed:
        article, data, digest = _entry_of(content, tmp_path)
    assert hashed.call_count == 1
    assert digest == content_hash(content) == hashlib.blake2b(content, digest_size=16).hexdigest()
    assert data == article_bytes(article)
    assert article_from_bytes(data, article.path).text_digest() == text_digest_of(content)


def test_a_file_that_is_not_its_texts_utf8_keeps_the_files_own_digest(tmp_path: Path) -> None:
    for content in (
        _TEXT.replace("“", '"').replace("”", '"').encode("cp1252") + "Café.\n".encode("cp1252"),
        b"\xef\xbb\xbf" + _TEXT.encode("utf-8"),  # a byte-order mark: not part of the text
    ):
        article, data, digest = _entry_of(content, tmp_path)
        assert article.text.encode("utf-8") != content
        assert digest == hashlib.blake2b(content, digest_size=16).hexdigest()
        assert data == article_bytes(article)
        assert article.text_digest() == text_digest_of(article.text.encode("utf-8"))

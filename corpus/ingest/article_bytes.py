"""An article as bytes and back: how the on-disk cache keeps a parsed article (:mod:`corpus.cache`),
and how the helper process sends back the articles it parsed (:mod:`corpus.quotes.shared_ingest`),
which the cache then keeps as they came."""

from __future__ import annotations

import json
import struct
from pathlib import Path

from corpus.digests import blake2b
from corpus.model import Article, Blocks, text_digest_of

__all__ = ["article_bytes", "article_from_bytes", "content_hash"]


def content_hash(data: bytes) -> str:
    """The digest of a file's bytes by which the cache knows a file changed."""
    return blake2b(data, digest_size=16).hexdigest()


_MAGIC = b"sdA3"
_HEADER = struct.Struct("<4sIIII16s")
"""What a blob opens with: the magic, the byte lengths of its four parts (the short fields as JSON,
the text as UTF-8, the paragraphs' and the sentences' numbers), then the digest of the text's UTF-8
(:meth:`Article.text_digest`: read back, not made again from the text)."""


def article_bytes(article: Article) -> bytes:
    """The article as bytes; not pickle: a cache file someone else wrote must never run code.

    The few short fields are JSON; the text is its UTF-8 and the blocks their numbers as machine bytes
    (:meth:`Blocks.to_bytes`), each written and read in one C call. The text through JSON and zlib,
    as the cache once stored it, took a quarter of the time that parsing the article had taken.
    """
    fields = [
        article.name,
        article.title,
        article.source,
        article.date,
        article.author,
        article.words,
        article.problem,
    ]
    short = json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")
    text = article.text.encode("utf-8", "surrogatepass")
    digest = article.note_text_digest(text_digest_of(text))  # (the UTF-8 at hand: hashed here, once)
    paragraphs = article.paragraphs.to_bytes()
    sentences = article.sentences.to_bytes()
    header = _HEADER.pack(_MAGIC, len(short), len(text), len(paragraphs), len(sentences), digest)
    return b"".join((header, short, text, paragraphs, sentences))


def article_from_bytes(data: bytes, path: Path) -> Article:
    """The article :func:`article_bytes` wrote; ValueError (or struct.error) when ``data`` is not one."""
    magic, *lengths, digest = _HEADER.unpack_from(data)
    if magic != _MAGIC or _HEADER.size + sum(lengths) != len(data):
        raise ValueError("not an article's blob")
    view = memoryview(data)
    parts = []
    at = _HEADER.size
    for length in lengths:
        parts.append(view[at : at + length])
        at += length
    short, text, paragraphs, sentences = parts
    name, title, source, date, author, words, problem = json.loads(
        bytes(short).decode("utf-8", "surrogatepass")
    )
    article = Article(
        name=name,
        path=path,
        text=str(text, "utf-8", "surrogatepass"),
        title=title,
        source=source,
        date=date,
        author=author,
        paragraphs=Blocks.from_bytes(paragraphs),
        sentences=Blocks.from_bytes(sentences),
        words=words,
        problem=problem,
    )
    article.note_text_digest(digest)
    return article

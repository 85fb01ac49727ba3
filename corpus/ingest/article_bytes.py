"""An article as bytes and back: how the on-disk cache keeps a parsed article (:mod:`corpus.cache`),
and how the helper process sends back the articles it parsed (:mod:`corpus.quotes.shared_ingest`),
which the cache then keeps as they came."""

from __future__ import annotations

import json
import struct
from array import array
from pathlib import Path

from corpus.model import Article, Blocks, LaterSentences, text_digest_of

__all__ = ["article_bytes", "article_entry", "article_from_bytes", "content_hash"]


def content_hash(data: bytes) -> str:
    """The digest of a file's bytes by which the cache knows a file changed: the one a text's UTF-8 has
    (:func:`text_digest_of`), in hex, so that a file read as UTF-8 is hashed once (:func:`article_entry`)."""
    return text_digest_of(data).hex()


_MAGIC = b"sdA4"
_HEADER = struct.Struct("<4sIIII16sB")
"""What a blob opens with: the magic, the byte lengths of its four parts (the short fields as JSON,
the text as UTF-8, the paragraphs' and the sentences' numbers), the digest of the text's UTF-8
(:meth:`Article.text_digest`: read back, not made again from the text), then its flags
(:data:`_SENTENCES_LATER`)."""
_SENTENCES_LATER = 1
"""The flag of an article whose sentences were not made (:class:`LaterSentences`): none are kept
(the numbers of its paragraphs relabelled since the parse stand in their place), and they are made
of its text and paragraphs where first read."""


def article_bytes(article: Article) -> bytes:
    """The article as bytes; not pickle: a cache file someone else wrote must never run code.

    The few short fields are JSON; the text is its UTF-8 and the blocks their numbers as machine bytes
    (:meth:`Blocks.to_bytes`), each written and read in one C call. The text through JSON and zlib,
    as the cache once stored it, took a quarter of the time that parsing the article had taken.
    """
    text = article.text.encode("utf-8", "surrogatepass")
    digest = article.note_text_digest(text_digest_of(text))  # (the UTF-8 at hand: hashed here, once)
    return _blob(article, text, digest)


def article_entry(article: Article, content: bytes) -> tuple[bytes, str]:
    """``(article_bytes(article), content_hash(content))`` of an article made from the file's bytes
    ``content``, hashed once where they are the text's UTF-8 (a file read as UTF-8, as most are): the
    text's digest and the file's are then one BLAKE2b of the same bytes, which the cache and the
    helper process made twice for each file parsed."""
    text = article.text.encode("utf-8", "surrogatepass")
    digest = article.note_text_digest(text_digest_of(text))
    # (content_hash is that same digest, in hex; the bytes compared in one C call)
    return _blob(article, text, digest), digest.hex() if text == content else content_hash(content)


def _blob(article: Article, text: bytes, digest: bytes) -> bytes:
    """:func:`article_bytes` of an article whose text's UTF-8 is ``text`` and its digest ``digest``."""
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
    paragraphs = article.paragraphs.to_bytes()
    later = article.later_sentences()
    # (not made: the paragraphs relabelled since the parse, what making them asks besides)
    sentences = (
        article.sentences.to_bytes() if later is None else array("I", sorted(later.relabelled)).tobytes()
    )
    flags = 0 if later is None else _SENTENCES_LATER
    header = _HEADER.pack(_MAGIC, len(short), len(text), len(paragraphs), len(sentences), digest, flags)
    return b"".join((header, short, text, paragraphs, sentences))


def article_from_bytes(data: bytes, path: Path) -> Article:
    """The article :func:`article_bytes` wrote; ValueError (or struct.error) when ``data`` is not one."""
    magic, *lengths, digest, flags = _HEADER.unpack_from(data)
    if magic != _MAGIC or _HEADER.size + sum(lengths) != len(data) or flags & ~_SENTENCES_LATER:
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
    text_read = str(text, "utf-8", "surrogatepass")
    paragraphs_read = Blocks.from_bytes(paragraphs)
    relabelled = array("I")
    if flags & _SENTENCES_LATER:
        relabelled.frombytes(sentences)  # (ValueError itself when not a whole number of numbers)
    article = Article(
        name=name,
        path=path,
        text=text_read,
        title=title,
        source=source,
        date=date,
        author=author,
        paragraphs=paragraphs_read,
        sentences=LaterSentences(_sentences_of, text_read, paragraphs_read, frozenset(relabelled))
        if flags & _SENTENCES_LATER
        else Blocks.from_bytes(sentences),
        words=words,
        problem=problem,
    )
    article.note_text_digest(digest)
    return article


def _sentences_of(text: str, paragraphs: Blocks, relabelled: frozenset[int]) -> Blocks:
    """The sentences of ``paragraphs`` of ``text``, as the parse makes them (its module imported only
    then: a warm load reads every article from the cache and parses none)."""
    from corpus.ingest.structure import sentence_blocks

    return sentence_blocks(text, paragraphs, relabelled)

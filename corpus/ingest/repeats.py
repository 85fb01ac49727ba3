"""Chrome found across a corpus: short lines that several articles carry and none is about.

A site's buttons and prompts ("Go to permalink", "Teilen", "Mehr zum Thema") come back in every
article saved from it, in whatever language, so a line seen in several articles of a corpus may be
chrome even when no word list knows it. But in a corpus of one story, wire copy repeats too: the
same headline, the same short sentence. What tells them apart, and is used here:

- chrome is a label, not a sentence: it does not end as one;
- chrome stands alone: where one article's line is also another's, a neighbouring paragraph being
  shared as well means a passage was copied, not a button;
- chrome says nothing of the story: it shares no word with the rest of its article.

The pass is one dictionary over the short paragraphs of the corpus (linear in their number). It
works on parsed articles and changes nothing a cache holds: a file's cached parse stays what the
file alone says, and the pass is run again over whatever corpus is loaded.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from corpus.ingest.text_words import content_words
from corpus.model import Article, BlockKind

REPEAT_ARTICLES = 2
"""A line in this many articles or more is repeated."""
LABEL_WORDS = 12
"""Only lines of at most this many words (and ``LABEL_CHARS`` characters) are looked at."""
LABEL_CHARS = 120
ABOUT_SAMPLE = 20_000
"""Characters of an article whose words a repeated line is checked against."""

_WORD = re.compile(r"\w+")
SENTENCE_STOPS = (".", "!", "?", "…")
CLOSING_QUOTES = ('"', "”", "’")
"""A line ending with one of these ends as a sentence, and so does one ending with a stop, these,
straight apostrophes and parentheses after it."""


def _ends_sentence(line: str) -> bool:
    """As the regex ``[.!?…]["'”’)]*$|["”’]$`` finds (a last line break not counted), tested as
    strings: the regex's classes took longer to compile than a small folder takes to test."""
    core = line[:-1] if line.endswith("\n") else line
    return core.endswith(CLOSING_QUOTES) or core.rstrip(_SENTENCE_TAIL).endswith(SENTENCE_STOPS)


def _key(text: str) -> str:
    """A paragraph's words, lower-cased: the same line with other spacing or punctuation matches."""
    head = text[:200]
    if head.isascii():  # (most lines: cut between words and lower-cased in one translate, in C)
        return " ".join(head.translate(_ASCII_WORD_CHARS_LOWERED).split())
    return " ".join(_WORD.findall(head.lower()))


_ASCII_WORD_CHARS_LOWERED = str.maketrans(
    {chr(c): chr(c).lower() if _WORD.fullmatch(chr(c)) else " " for c in range(128)}
)
"""Each ASCII character of a :data:`_WORD` to itself lower-cased, any other to a space: the words of
an ASCII line are then what ``split`` gives."""


_NO_ARTICLES: frozenset[int] = frozenset()


def repeated_chrome(articles: Sequence[Article]) -> dict[int, list[int]]:
    """For each article (by its position) the body paragraphs that are repeated chrome.

    Paragraphs are read as (start, end, kind) rows (:meth:`Blocks.spans`), not as Block objects:
    the pass runs at every load, after the cache, and a Block object a paragraph cost more than
    reading every article back from the cache."""
    where: dict[str, set[int]] = defaultdict(set)
    labels: list[dict[int, str]] = []
    # each short line's key (in a tuple), or () for a line that is no label: a line is read once for
    # each way it is written, as a site's chrome recurs in every article saved from it
    read: dict[str, tuple[str, ...]] = {}
    for n, article in enumerate(articles):
        text = article.text
        own: dict[int, str] = {}
        # (the short paragraphs picked at C speed: most of a corpus's paragraphs are long)
        for i, start, end in article.paragraphs.short(LABEL_CHARS):
            line = text[start:end]
            label = read.get(line)
            if label is None:
                label = read[line] = (_key(line),) if _is_label(line) else ()
            if label:
                own[i] = label[0]
        labels.append(own)
        for key in own.values():  # (a line that is chrome elsewhere counts too)
            if key:
                where[key].add(n)
    found: dict[int, list[int]] = {}
    key_sets: dict[int, set[str]] = {}
    for n, article in enumerate(articles):
        text_words: set[str] | None = None
        spans: list[tuple[int, int, BlockKind]] | None = None
        paragraphs = article.paragraphs
        for i, key in labels[n].items():
            held = where[key] if key else _NO_ARTICLES
            # (the others counted, not made as a set, and the kind read from the array: most labels
            # are in too few articles or no body paragraph)
            if len(held) - (n in held) + 1 < REPEAT_ARTICLES or paragraphs.kind_of(i) != "body":
                continue
            spans = paragraphs.spans() if spans is None else spans
            beside = [spans[j] for j in (i - 1, i + 1) if 0 <= j < len(spans)]
            neighbours = {_key(article.text[a:b]) for a, b, _ in beside} - {""}
            if any(neighbours & _keys_of(key_sets, articles, o) for o in held - {n}):
                continue  # a copied passage, not a button
            if text_words is None:
                text_words = _text_words(article.text, spans, read)
            start, end, _ = spans[i]
            if not content_words(article.text[start:end]) & text_words:
                found.setdefault(n, []).append(i)
    return found


def _keys_of(known: dict[int, set[str]], articles: Sequence[Article], n: int) -> set[str]:
    """:func:`paragraph_keys` of the ``n``-th article, made once (``known``: those made so far)."""
    keys = known.get(n)
    if keys is None:
        keys = known[n] = paragraph_keys(articles[n])
    return keys


def paragraph_keys(article: Article) -> set[str]:
    """The keys of every paragraph of ``article`` (what another article's paragraphs are compared by)."""
    text = article.text
    return {_key(text[start:end]) for start, end, _ in article.paragraphs.spans()}


def _text_words(
    text: str, spans: list[tuple[int, int, BlockKind]], read: dict[str, tuple[str, ...]]
) -> set[str]:
    """The words of the article's paragraphs of text (not its labels), in its first ``ABOUT_SAMPLE``
    characters (``read``: whether each short line of the corpus is a label, found before)."""
    words: set[str] = set()
    for start, end, kind in spans:
        if start > ABOUT_SAMPLE:
            break
        if kind == "boilerplate":
            continue
        line = text[start:end]
        label = read.get(line)  # (every short line was judged: a long one is no label)
        if not (label if label is not None else _is_label(line)):
            words |= content_words(line)
    return words


_SENTENCE_TAIL = "')" + "".join(CLOSING_QUOTES)
"""What may follow a sentence's stop (see :func:`_ends_sentence`)."""


def _is_label(line: str) -> bool:
    line = line.strip()
    # (its words counted last, and only up to one more than a label's: most short lines of a page
    # saved whole are sentences, and a line of many words is not split whole)
    if not 0 < len(line) <= LABEL_CHARS or _ends_sentence(line):
        return False
    return len(line.split(None, LABEL_WORDS)) <= LABEL_WORDS

"""The ranker's candidate reading, made cheaper, reads what the plain definitions read.

The words beside a mention are read once for two features each (``words_after``/``words_before``),
and the tokens that cannot open a mention are passed over in bulk (``read_mentions``): both must
give exactly what the one-feature-at-a-time definitions give, on real text, at every position.
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus.quotes.article_features import words_after, words_before
from corpus.quotes.candidates import mentions_in, read_mentions

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
_WORD = re.compile(r"[A-Za-z’'-]+")
_SKIPPABLE = frozenset("also has had have later then again once recently previously further".split())


def _plain_after(text: str, end: int) -> tuple[str | None, str | None]:
    words = [w.lower() for w in _WORD.findall(text, end, end + 40)[:3]]
    words = [w for w in words if w not in _SKIPPABLE] or words
    side = _WORD.findall(text[end : end + 24].split("\n", 1)[0])
    return (words[0] if words else None), (side[0].lower() if side else None)


def _plain_before(text: str, start: int) -> tuple[str | None, str | None]:
    words = _WORD.findall(text[max(0, start - 40) : start])
    side = _WORD.findall(text[max(0, start - 24) : start].rsplit("\n", 1)[-1])
    return (words[-1].lower() if words else None), (side[-1].lower() if side else None)


def test_the_words_beside_every_position_of_the_seeds_are_the_plain_definitions() -> None:
    compared = 0
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        for at in range(len(text) + 1):
            assert words_after(text, at) == _plain_after(text, at), (path.name, at)
            assert words_before(text, at) == _plain_before(text, at), (path.name, at)
            compared += 1
    assert compared > 10_000


def test_a_word_cut_by_the_side_reach_or_a_line_break_is_read_as_the_plain_definition_reads_it() -> None:
    # the side reach (24 characters) cuts "administration"; a line break hides "from" from the side word
    text = "Officials of the " + " " * 30 + "administration said\nfrom Jane Roe"
    at = text.index("administration") - 18
    assert words_after(text, at) == _plain_after(text, at) == ("administration", "admini")
    start = text.index("Jane")
    assert words_before(text, start) == _plain_before(text, start) == ("from", "from")
    start = text.index("from")
    assert words_before(text, start) == ("said", None)


def test_mentions_read_in_bulk_keep_every_kind_of_token_that_opens_one() -> None:
    # each kind of token that may open a mention, among the ordinary words passed over in bulk:
    # a capital outside ASCII, "who" after a comma, a bare plural with the sentence's full stop,
    # a description's opener, a pronoun; a parenthesis is one token and opens nothing
    text = (
        "Émile Zola, who wrote it (in 1898), accused the general staff and angered "
        "several officers. He then left, said federal prosecutors."
    )
    found = [(text[a:b], kind) for a, b, kind in read_mentions(text, 0, len(text))]
    assert found == [
        ("Émile Zola", "name"),
        ("who", "pronoun"),
        ("the general", "description"),
        ("several officers", "group"),
        ("He", "pronoun"),
        ("federal prosecutors", "group"),
    ]
    assert read_mentions(text, 0, len(text)) == [
        (c.start, c.end, c.kind) for c in mentions_in(text, 0, len(text))
    ]

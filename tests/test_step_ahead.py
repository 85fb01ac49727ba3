"""What the speakers step reads of each article alone (``corpus.quotes.step_ahead``), read as the
readings come in, in whatever order: the step's result is the one it gives reading all of it itself.
Text written for the test."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article, Quote, Speaker
from corpus.quotes.article_quotes import ArticleQuotes, quotes_by_article
from corpus.quotes.find import settle_speakers
from corpus.quotes.sighted_names import SightedNames
from corpus.quotes.spelling import SpellingMemo
from corpus.quotes.step_ahead import StepAhead

BODIES = [
    "North Korean leader Kim Jong Un met the envoy on Monday.\n\n"
    "“We will talk again,” Kim said. “The talks were useful,” said Jane Roe, the envoy.",
    "Envoy Jane Roe flew home.\n\n“The talks were useful,” Roe said. “We are not done,” Kim said, "
    "according to Sam Frankel, an aide.",
    "“The talks were useful,” said envoy Jane Rowe on Tuesday.\n\n"
    "“Nothing was agreed,” Olaf Scholz said. “It was long,” Scholz told reporters.",
    "Chancellor Olaf Scholz spoke in Berlin.\n\n“Nothing was agreed at all,” Scholz said.",
]


def _articles() -> list[Article]:
    return [
        article_from_text(f"{k}.txt", Path(f"{k}.txt"), "Talks resume in Brussels\n\n" + body)
        for k, body in enumerate(BODIES)
    ]


def _settled(ahead_order: list[int] | None) -> tuple[list[tuple[str | None, int]], list[Speaker]]:
    """Each quote's speaker and group, and the speakers, the articles read ahead in ``ahead_order``
    (None: none read ahead, the step reads them all)."""
    articles = _articles()
    found = quotes_by_article(articles, None, None)
    quotes: list[Quote] = [q for made, *_ in found for q in made]
    ahead = None
    if ahead_order is not None:
        ahead = StepAhead(articles)
        for k in ahead_order:
            ahead.add(articles[k], found[k])
    speakers = settle_speakers(articles, found, quotes, ahead)
    return [(q.speaker, q.group) for q in quotes], speakers


def test_reading_ahead_in_any_order_settles_the_same_speakers_and_statements() -> None:
    alone = _settled(None)
    names = {s.name for s in alone[1]}
    assert {"Kim Jong Un", "Jane Roe", "Olaf Scholz"} <= names  # (the lone word, surnames, a respelling)
    assert len({group for speaker, group in alone[0] if speaker == "Jane Roe"}) == 1  # one statement
    for order in ([0, 1, 2, 3], [3, 2, 1, 0], [2, 0], [1, 1, 3]):  # (the rest read by the step)
        assert _settled(order) == alone


def test_each_reading_made_is_given_as_it_is_made() -> None:
    articles = _articles()
    given: list[tuple[str, ArticleQuotes]] = []
    found = quotes_by_article(articles, None, None, None, lambda a, r: given.append((a.name, r)))
    assert [name for name, _ in given] == [a.name for a in articles]
    assert [reading for _, reading in given] == found


def _gathered(order: list[int]) -> SightedNames:
    articles = _articles()
    found = quotes_by_article(articles, None, None)
    sighted = SightedNames(SpellingMemo())
    for k in order:
        quotes, named, _, pairs = found[k]
        sighted.add(quotes, named, pairs)
    return sighted


def test_names_gathered_article_by_article_in_any_order_are_the_same() -> None:
    first = _gathered([0, 1, 2, 3])
    # the names quoted or relayed by one word, by article ("Kim" relayed in 1.txt)
    assert first.lone == {"0.txt": {"Kim"}, "1.txt": {"Kim", "Roe"}, "2.txt": {"Scholz"}, "3.txt": {"Scholz"}}
    assert first.surnames == {"roe", "rowe", "scholz", "kim"}
    assert first.spoken == {"Jane Roe", "Jane Rowe", "Olaf Scholz"}
    assert first.full.any_close("scholz") and not first.full.any_close("kim")  # (a full name's last word)
    assert first.lasts["Frankel"] == "frankel"  # (a pair's last word, though no speaker's)
    for order in ([3, 2, 1, 0], [2, 0, 3, 1], [1, 1, 0, 3, 2, 2]):
        again = _gathered(order)
        assert (again.lone, again.surnames, again.spoken) == (first.lone, first.surnames, first.spoken)
        assert dict(again.lasts) == dict(first.lasts)
        assert [again.full.any_close(key) for key in sorted(first.surnames)] == [
            first.full.any_close(key) for key in sorted(first.surnames)
        ]

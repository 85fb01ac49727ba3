"""A sentence's mentions and a mention's own features are remembered across articles for text written
the same (a wire story's reprints): what is remembered must be what the article itself would read,
whatever comes before the stretch they are read from."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest.load import article_from_text
from corpus.quotes.article_features import (
    ArticleCounts,
    MentionFeatures,
    cue_beside,
    last_word,
    side_words,
    what_it_is,
    words_after,
    words_before,
)
from corpus.quotes.candidates import read_mentions, sentence_mentions
from corpus.quotes.context import ArticleReading
from corpus.quotes.feature_names import FEATURE_ID
from corpus.quotes.place_tails import place_after_city
from corpus.quotes.spans import find_quote_spans

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))


def _reading(text: str) -> ArticleReading:
    article = article_from_text("a.txt", Path("a.txt"), text)
    return ArticleReading.of(article, find_quote_spans(article))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_sentence_mentions_are_those_read_in_place(path: Path) -> None:
    reading = _reading(path.read_text(encoding="utf-8"))
    found = 0
    for start, end, _ in reading.sentences:
        mentions = sentence_mentions(reading.masked, start, end)
        assert mentions == read_mentions(reading.masked, start, end)
        found += len(mentions)
    assert found > 20  # the seeds name people: the comparison is of something


def test_a_sentence_after_blanks_or_an_opening_mark() -> None:
    # whether "Later" opens a sentence depends on what stands before the blanks and marks before it
    masked = "He left.  “Later Jane Roe said so.   (Later Jane Roe said so." + " " * 100 + "Later Roe said."
    for start in range(len(masked)):
        for end in (len(masked), min(len(masked), start + 25)):
            assert sentence_mentions(masked, start, end) == read_mentions(masked, start, end), start


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_mention_features_are_those_read_in_the_whole_text(path: Path) -> None:
    # each feature read afresh from the article's whole text, as before they were remembered by the
    # stretch around the mention, with the same article further into a page too
    text = path.read_text(encoding="utf-8")
    for page in (text, "Filler words. " * 7 + text):
        reading = _reading(page)
        masked = reading.masked
        described = MentionFeatures(page, masked, ArticleCounts(page, []))
        mentions = [m for start, end, _ in reading.sentences for m in read_mentions(masked, start, end)]
        assert len(mentions) > 20
        for start, end, kind in mentions:
            ids = [FEATURE_ID[f"kind={kind}"]]
            after, side_after = words_after(masked, end)
            before, side_before = words_before(masked, start)
            cue_beside(ids, masked, start, end, (after, before))
            what_it_is(ids, page[start:end], kind)
            side_words(ids, masked, start, end, (side_before, side_after))
            read = described.of(start, end, kind)
            assert read.ids[: len(ids)] == tuple(ids)
            assert read.last == last_word(page, start, end)
            assert read.place_tail == place_after_city(page, start, end)

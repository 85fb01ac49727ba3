"""The words a headline is judged against (``text_words.words_up_to``) are read paragraph by paragraph,
each paragraph's remembered (``paragraph_words``): the same words as reading the stretch whole, on
ASCII text, text with curly quotes and accents, a "İ", and a stretch cut inside a paragraph. Read only
as far as a question asks (``TextBelow``), they give the answers the whole set of them gives."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingest.headline import TITLE_CHARS, clean_title
from corpus.ingest.load import load_corpus
from corpus.ingest.structure import split_paragraphs
from corpus.ingest.text_words import TextBelow, content_words, paragraph_words, words_up_to

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
WRITTEN = (
    "Port talks collapse\n\n"
    "The dockers’ union walked out on Monday, said Zoë Ålund-Roe.\n\n"
    "   \n\nİstanbul's harbour talks, the “longest” ever, resumed.\n\n"
    "Officials expected nothing from the meeting of the harbour board.\n"
)


def test_a_stretch_read_by_paragraph_has_the_words_of_the_stretch_read_whole() -> None:
    texts = [a.text for a in load_corpus(SEEDS)] + [WRITTEN]
    tried = 0
    for text in texts:
        spans = split_paragraphs(text)
        for first in range(min(len(spans), 6)):
            start = spans[first][0]
            for stop in (start + 1, start + 57, start + 400, start + 2000, len(text) + 10):
                assert words_up_to(text, spans[first:], stop) == content_words(text[start:stop])
                tried += 1
    assert tried > 100
    words = words_up_to(WRITTEN, split_paragraphs(WRITTEN), len(WRITTEN))
    assert {"docke", "ålund", "harbo", "longe", "talk"} <= words and "said" not in words  # a common word


def test_a_paragraphs_words_are_remembered_and_never_changed_by_their_readers() -> None:
    paragraph = "The dockers' union walked out of the talks on Monday."
    words = paragraph_words(paragraph)
    assert paragraph_words(paragraph) is words and words == content_words(paragraph)
    assert isinstance(words, frozenset)  # a reader's union makes a new set


TITLE_PIECES = ["# ", "Harbour", " talks", "\n", "\u2028", "\xa0", " – ", "—", "İstanbul", "’s", "x" * 40]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=20).map("".join))
def test_a_short_paragraph_cleaned_as_a_title_keeps_its_words(paragraph: str) -> None:
    # (read_header judges a headline by its paragraph's words when it is short enough not to be cut)
    if len(paragraph) <= TITLE_CHARS:
        assert content_words(clean_title(paragraph)) == content_words(paragraph)


def test_a_title_s_heading_marks_and_trailing_dash_are_no_words() -> None:
    assert content_words(clean_title("## Harbour talks resume –")) == {"harbo", "talk", "resum"}


TALKS = (
    "Harbour talks stall\n\n"
    "Talks between the dockers and the port board stalled on Tuesday after a long night.\n\n"
    "The board's talkative chairman said the dockers were stalling, and would say no more.\n\n"
    "A third meeting, the longest yet, is planned for the weekend at the harbour office.\n"
)


def _asked_of(text: str) -> set[str]:
    """Words to ask about: every content word of the text, stems that only begin a word of it or
    that a common word of it makes, and words of four letters or fewer."""
    words = content_words(text)
    return words | {w[:4] for w in words} | {"talka", "stall", "woul", "would", "more", "yet", "longe"}


def test_the_text_below_read_as_asked_answers_as_its_words_read_whole() -> None:
    texts = [a.text for a in load_corpus(SEEDS)] + [WRITTEN, TALKS]
    tried = 0
    for text in texts:
        spans = split_paragraphs(text)
        asked = sorted(_asked_of(text))
        for first in range(min(len(spans), 4)):
            start = spans[first][0]
            for stop in (start + 1, start + 57, start + 400, start + 2000, len(text) + 10):
                whole = words_up_to(text, spans[first:], stop)
                for count in (1, 5, 20, len(whole), len(whole) + 1):
                    below = TextBelow(text, spans[first:], stop)
                    assert below.at_least(count) == (len(whole) >= count)
                    assert [w for w in asked if below.holds(w)] == [w for w in asked if w in whole]
                    assert below.known <= whole
                    also = {"harbo", "zzzzz"}
                    assert below.at_least(count, also) == (len(whole | also) >= count)
                asking_first = TextBelow(text, spans[first:], stop)
                shared = len(whole & set(asked))  # (every word asked: the last test reads them all)
                assert asking_first.shares_at_least(set(asked), shared)
                assert not asking_first.shares_at_least(set(asked), shared + 1)
                for least in (0, 1, 2, len(whole & set(asked)), len(whole & set(asked)) + 1):
                    # asked only until enough are found, the answer is the full count's
                    asking_some = TextBelow(text, spans[first:], stop)
                    shared = len(whole & set(asked))
                    assert asking_some.shares_at_least(set(asked), least) == (shared >= least)
                    assert asking_some.at_least(20) == (len(whole) >= 20)
                assert asking_first.at_least(20) == (len(whole) >= 20)
                tried += 1
    assert tried > 100


def test_a_word_below_is_found_whole_not_as_the_start_of_another() -> None:
    spans = split_paragraphs(TALKS)
    below = TextBelow(TALKS, spans[1:], len(TALKS))  # (nothing read yet: the rest is searched)
    assert below.holds("stall") and below.holds("talk") and below.holds("harbo")
    assert below.holds("talka")  # "talkative": its stem, not "talk"
    assert not below.holds("week") and below.holds("weeke")  # "weekend": no "week" stands alone
    assert not below.holds("woul")  # "would" is a common word, left out
    assert below.shares_any({"stall", "zzzzz"}) and not below.shares_any({"zzzzz"}, {"yyyyy"})
    assert below.shares_any({"zzzzz"}, {"zzzzz"})  # a word of the lines under the header counts too

"""The words a headline is judged against (``headline.words_up_to``) are read paragraph by paragraph,
each paragraph's remembered (``paragraph_words``): the same words as reading the stretch whole, on
ASCII text, text with curly quotes and accents, a "İ", and a stretch cut inside a paragraph."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingest.headline import TITLE_CHARS, clean_title, content_words, paragraph_words, words_up_to
from corpus.ingest.load import load_corpus
from corpus.ingest.structure import split_paragraphs

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

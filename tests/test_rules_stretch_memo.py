"""The phrase before a cue, remembered by the stretch it is read from (``stretch_memo``): reused in
another article only where that article answers the same questions about its whole text."""

from __future__ import annotations

import threading

from corpus.quotes.phrases import phrase_before
from corpus.quotes.roles import Phrase
from corpus.quotes.stretch_memo import StretchMemo, noting

_FILLER = "The council met on Tuesday to discuss the budget for the coming year and the roads. " * 4
_STRETCH = "Nobody in the hall expected the vote to pass so easily. Cuban said"


def _said_at(text: str) -> int:
    return text.rindex(" said")


def test_a_lone_surname_is_read_again_where_the_article_writes_no_full_name() -> None:
    # the same stretch before "said" in two articles: one writes "Mark Cuban" far after it, the
    # other never does; "Cuban" is the surname only in the first
    named = _FILLER + _STRETCH + " it was a fair deal. " + _FILLER + "Mark Cuban owns the team."
    unnamed = _FILLER + _STRETCH + " it was a fair deal. " + _FILLER + "A local man owns the team."
    for text in (named, unnamed, named, unnamed):
        phrase = phrase_before(text, 0, _said_at(text))
        assert phrase is not None
        assert text[phrase.start : phrase.end] == "Cuban"
        if text is named:
            assert (phrase.name, phrase.description) == ("Cuban", False)
        else:
            assert (phrase.name, phrase.role, phrase.description) == (None, "Cuban", True)


def _wordy(text: str, word: str) -> bool:
    return word in text


def test_a_stretch_read_once_is_reused_at_its_new_place_while_the_answers_hold() -> None:
    reads: list[int] = []

    def read(text: str, lo: int, hi: int) -> Phrase | None:
        reads.append(hi)
        named = noting(_wordy, text, "Jane Roe")
        return Phrase(hi - 3, hi, "Roe" if named else None, None if named else "roe", description=not named)

    memo = StretchMemo(read)
    stretch = "x" * 100 + " and then Roe"
    first = "Jane Roe spoke. " + "y" * 100 + stretch + " said it. " + "z" * 100
    moved = "Jane Roe wrote. " + "y" * 130 + stretch + " said it. " + "z" * 100
    other = "Someone spoke. " + "y" * 101 + stretch + " said it. " + "z" * 100
    hi = first.index(" said it")
    assert memo(first, hi - 50, hi) == Phrase(hi - 3, hi, "Roe", None)
    assert reads == [hi]
    hi_moved = moved.index(" said it")
    assert memo(moved, hi_moved - 50, hi_moved) == Phrase(hi_moved - 3, hi_moved, "Roe", None)
    assert reads == [hi]  # reused, its offsets moved with it
    hi_other = other.index(" said it")
    assert memo(other, hi_other - 50, hi_other) == Phrase(
        hi_other - 3, hi_other, None, "roe", description=True
    )
    assert reads == [hi, hi_other]  # the article names no "Jane Roe": read again


def test_a_margin_of_blanks_is_read_in_place() -> None:
    reads: list[int] = []

    def read(text: str, lo: int, hi: int) -> Phrase | None:
        reads.append(hi)
        return None

    memo = StretchMemo(read)
    text = "a" * 50 + " " * 200 + "Roe said"
    hi = text.index(" said")
    memo(text, hi - 3, hi)
    memo(text, hi - 3, hi)
    assert len(reads) == 2


def test_a_question_asked_in_another_thread_is_no_note_of_this_threads_phrase() -> None:
    # The app reads quotes in worker threads: while one thread reads a phrase, another reading an
    # article of its own must not add its questions to that phrase's notes.
    asked: list[str] = []
    reads: list[int] = []

    def question(text: str, word: str) -> bool:
        asked.append(word)
        return word in text

    def read(text: str, lo: int, hi: int) -> None:
        reads.append(lo)
        other = threading.Thread(target=noting, args=(question, "another article", "elsewhere"))
        other.start()
        other.join()

    memo = StretchMemo(read)
    text = "word " * 60
    memo(text, 120, 130)
    memo("Other " + text[6:], 120, 130)  # the same stretch in another article: reused as it is
    assert reads == [120]
    assert asked == ["elsewhere"]  # asked once, by the other thread, and never again on reuse

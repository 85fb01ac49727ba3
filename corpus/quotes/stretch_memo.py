"""The phrase read before a cue, remembered per process by the stretch of text it is read from, with
the answers about the whole article it relied on, checked again on reuse.

:func:`corpus.quotes.phrases.phrase_before` reads a bounded stretch before its cue (its tokens, the
few characters beside them), and a few things of the whole article: whether a lone word is a surname
the article writes after a given name (``roles.lone_surname``), whether it writes a word in lower
case or inside a sentence (``roles.opening_common_word``)… A wire story's sentences recur in every
outlet that reprints it, so most of the phrases a corpus reads were read before from the same
stretch (72% on the bench corpus); but a phrase remembered by its stretch alone may be wrong in
another article, whose own text answers those questions otherwise. So while a phrase is read, each
such answer is noted (:func:`noting`: the function of the article's text asked, its arguments and its
answer), kept with the phrase, and asked again of the article that reuses it: the phrase is reused
only where every answer is the same, else it is read anew. The notes' offsets are kept relative to
the stretch, as is the phrase.

The notes go to the innermost phrase being read (a phrase read inside another's reading, an
appositive's name, adds its notes to the outer one's too): a stack kept per thread, as is the article
whose answers were last asked again (the app reads quotes in worker threads; two readings at once
must not mix their notes). The remembered phrases themselves are shared by the process's threads:
each is checked against its reader's own article before it is used.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpus.quotes.roles import Phrase  # (roles notes its answers here: imported when first read)

Note = tuple[Callable[..., Any], tuple[Any, ...], tuple[int, ...], Any]
"""A question asked of the whole article: the function (its first argument the article's text), its
other arguments, which of them are offsets into the text, and the answer."""


class _ThreadState(threading.local):
    """What one thread's readings keep between calls."""

    def __init__(self) -> None:
        self.reading: list[list[Note]] = []
        """The notes of each phrase being read, innermost last."""
        self.text = ""
        """The article last asked again (:meth:`StretchMemo._asked`)."""
        self.answers: dict[tuple[Callable[..., Any], tuple[Any, ...]], Any] = {}
        """That article's answers to the questions asked again of it."""


_here = _ThreadState()


def noting(function: Callable[..., Any], text: str, *args: Any, offsets: tuple[int, ...] = ()) -> Any:
    """``function(text, *args)``, a question about the whole article, its answer noted for the phrase
    being read (if any); ``offsets``: which of ``args`` are offsets into the text."""
    answer = function(text, *args)
    reading = _here.reading
    if reading:
        reading[-1].append((function, args, offsets, answer))
    return answer


Kept = tuple[int, int, tuple[Any, ...], type]
"""A phrase as remembered: its start and end relative to its stretch's key, its other fields, its type."""
_new = tuple.__new__

MARGIN = 64
"""How many characters each side of the stretch a phrase is read from are part of its key: what is
read beside its tokens (a word-start test, a place's preposition 30 characters back, an age or a
number after the name, the word after the cue) lies within them."""
_BLANKS = " \t\u00a0\n\r“\"‘'(["
"""What a reader may step over back or forth without limit (``roles.at_sentence_start``): a margin
all of these is read in place, never remembered."""
LIMIT = 1 << 15
"""At most this many phrases are remembered (the memo is emptied when full)."""


class StretchMemo:
    """``read(text, lo, hi)`` remembered by ``text[lo - MARGIN : hi + MARGIN]`` and the answers about
    the whole article the reading noted."""

    __slots__ = ("_known", "_read")

    def __init__(self, read: Callable[[str, int, int], Phrase | None]) -> None:
        self._read = read
        self._known: dict[tuple[str, int, int], tuple[Kept | None, tuple[Note, ...]]] = {}

    def __call__(self, text: str, lo: int, hi: int) -> Phrase | None:
        base = lo - MARGIN
        after = hi + MARGIN
        # (:func:`blank_beside` asked only where a margin's far end is a blank: most end in a word)
        far_blank = (base > 0 and text[base] in _BLANKS) or (after < len(text) and text[after - 1] in _BLANKS)
        if far_blank and blank_beside(text, lo, hi):
            return self._read(text, lo, hi)  # a long run of blanks beside it: read in place
        if base < 0:
            base = 0
        key = (text[base:after], lo - base, hi - base)
        known = self._known.get(key)
        if known is not None:
            kept, notes = known
            if not notes:  # (most phrases: no answer about the article to ask again)
                return None if kept is None else _new(kept[3], (kept[0] + base, kept[1] + base, *kept[2]))
            here = _here
            if text is not here.text:
                here.text, here.answers = text, {}
            if all(_asked(here.answers, text, note, base) == note[3] for note in notes):
                if here.reading:
                    here.reading[-1].extend(_moved(note, base) for note in notes)
                return None if kept is None else _new(kept[3], (kept[0] + base, kept[1] + base, *kept[2]))
        reading = _here.reading
        reading.append([])
        try:
            phrase = self._read(text, lo, hi)
        finally:
            read = reading.pop()
        if read and reading:
            reading[-1].extend(read)
        if len(self._known) >= LIMIT:
            self._known.clear()
        at = None if phrase is None else (phrase[0] - base, phrase[1] - base, phrase[2:], type(phrase))
        self._known[key] = (at, tuple(_moved(note, -base) for note in read) if read else ())
        return phrase


def blank_beside(text: str, lo: int, hi: int) -> bool:
    """Whether the :data:`MARGIN` characters before ``lo`` (where text lies before them) or after
    ``hi`` (where text lies after them) are all blanks (:data:`_BLANKS`)."""
    # (a margin is all blanks only if its far end is one: that one character is tested first, the
    # margin sliced and stripped only then; most margins end in a word)
    base = lo - MARGIN
    after = hi + MARGIN
    if base > 0 and text[base : base + 1] in _BLANKS and not text[base:lo].strip(_BLANKS):
        return True
    return after < len(text) and text[after - 1] in _BLANKS and not text[hi:after].strip(_BLANKS)


def _asked(
    answers: dict[tuple[Callable[..., Any], tuple[Any, ...]], Any], text: str, note: Note, base: int
) -> Any:
    """A note's question asked again of ``text`` (the stretch at ``base``), once per article: its
    answers so far in ``answers``."""
    function, args, offsets, _ = note
    if offsets:
        args = tuple(a + base if k in offsets else a for k, a in enumerate(args))
    key = (function, args)
    answer = answers.get(key, _UNASKED)
    if answer is _UNASKED:
        answer = answers[key] = function(text, *args)
    return answer


_UNASKED = object()


def _moved(note: Note, by: int) -> Note:
    function, args, offsets, answer = note
    if not offsets:
        return note
    return function, tuple(a + by if k in offsets else a for k, a in enumerate(args)), offsets, answer

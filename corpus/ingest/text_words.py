"""The words that say what a text is about (:func:`content_words`), and those of the text under a
page's header, read only as far as judging a headline asks (:class:`TextBelow`)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from corpus.ingest.chrome import LOWERS_TO_TWO, as_ascii
from corpus.ingest.lazy_regex import compiled_on_first_use

Span = tuple[int, int]

_CONTENT_WORD = compiled_on_first_use(r"[^\W\d_]{4,}")
ASCII_LETTERS_LOWERED = str.maketrans(
    {chr(c): chr(c).lower() if chr(c).isalpha() else " " for c in range(128)}
)
"""Each ASCII character to itself lower-cased if a letter, else to a space: an ASCII text translated
so is its runs of letters lower-cased, split at white space (a translate of an ASCII text runs in C
at a few instructions a character, a regex class at some thirty)."""
COMMON_WORDS = frozenset(
    """
    about after again also because been before being could does from have into just maybe more most
    much must only other over should some than that their them then there these they this those very
    were what when where which while will with would your says said year years here were week weeks
    """.split()
)
"""Words of four letters or more that say nothing of what an article is about."""
_ENDINGS = ("ing", "ed", "es", "s")
STEM_CUTS = frozenset(_ENDINGS)
"""A word is cut to its first four letters when what follows them is one of ``_ENDINGS``
("talking", "talked", "talks" → "talk"); any other word to its first five ("stopped" → "stopp"): a
longer stem is cut to five letters anyway, and an ending cut off must leave four."""


def content_words(text: str) -> set[str]:
    """The words of four letters or more that say what a text is about, their endings ("talks",
    "talking", "talked") cut off and kept to five letters."""
    plain = as_ascii(text)
    if plain is not None:  # lower-cased and cut at every character but a letter in one translate
        words = set(plain.translate(ASCII_LETTERS_LOWERED).split())
    elif LOWERS_TO_TWO in text:
        words = set(map(str.lower, _CONTENT_WORD().findall(text)))
    else:  # lower-cased whole, in one call: the same words
        words = set(_CONTENT_WORD().findall(text.lower()))
    words -= COMMON_WORDS  # (each word stemmed once)
    # (a stem, as stem() makes it, written out in one expression: a function call per word cost a
    # third of the header)
    return {w[:4] if w[4:] in STEM_CUTS else w[:5] for w in words if len(w) >= 4}


def stem(word: str) -> str:
    """What :func:`content_words` keeps of a word of four letters or more, lower-cased."""
    return word[:4] if word[4:] in STEM_CUTS else word[:5]


def words_up_to(text: str, paragraphs: list[Span], stop: int) -> set[str]:
    """``content_words(text[paragraphs[0][0]:stop])``, as the union of each whole paragraph's words
    (:func:`paragraph_words`) and the words of the one ``stop`` cuts: between paragraphs there is only
    white space, and no word of :func:`content_words` reaches across it."""
    words: set[str] = set()
    for start, end in paragraphs:
        if start >= stop:
            break
        if end > stop:
            return words | content_words(text[start:stop])
        words |= paragraph_words(text[start:end])
    return words


@lru_cache(maxsize=1 << 12)
def paragraph_words(paragraph: str) -> frozenset[str]:
    """:func:`content_words` of a paragraph, remembered once per process for each way it is written:
    a wire story's paragraphs recur in every reprint (on the 4 MB bench corpus four in five of the
    characters the header is judged by), and the words of the text below the header were a third of
    the time of reading it."""
    return frozenset(content_words(paragraph))


@dataclass(slots=True, eq=False)
class TextBelow:
    """The words :func:`words_up_to` gives of ``text``'s ``paragraphs`` up to ``stop``, read only as
    far as the questions asked need: whether they number at least so many (paragraph by paragraph,
    until they do) and which of a line's words they hold (a word not among those read is looked for
    in the rest by ``str.find``, the rest's letters lower-cased in one translate). A headline is
    judged against the 2,000 characters under the header, most of whose words no line of it asks
    for: making them all cost a third of reading the header (PolNeAR: a fifth of the parse).

    An article's own: its answers are kept as they are found (one article's words, not the process's).
    """

    text: str
    paragraphs: list[Span]
    stop: int
    known: set[str] = field(default_factory=set)
    """Words of the text found so far: every word of the paragraphs read, and any found in the rest."""
    missing: set[str] = field(default_factory=set)
    """Words looked for in the rest and not found."""
    unread: int = 0
    """The first paragraph not read."""
    rest: str | None = None
    """From a paragraph not read to ``stop``, each letter lower-cased and every other character a
    space, between spaces (made when a word is first looked for; "" when no ASCII text is left)."""

    def at_least(self, count: int, also: AbstractSet[str] = frozenset()) -> bool:
        """Whether the text's words and ``also`` are at least ``count`` words."""
        while len(self.known.union(also) if also else self.known) < count:
            if not self._read_next():
                return False
        return True

    def shares_any(self, words: AbstractSet[str], also: AbstractSet[str] = frozenset()) -> bool:
        """Whether any of ``words`` is one of the text's words or of ``also``."""
        return any(w in also or self.holds(w) for w in words)

    def shares_at_least(
        self, words: AbstractSet[str], least: int, also: AbstractSet[str] = frozenset()
    ) -> bool:
        """Whether at least ``least`` of ``words`` are the text's words or among ``also``: the words asked
        only until it is so (a headline's words are mostly found among the first asked)."""
        if least <= 0:
            return True
        for word in words:
            if word in also or self.holds(word):
                least -= 1
                if not least:
                    return True
        return False

    def holds(self, word: str) -> bool:
        """Whether ``word`` is one of the text's words."""
        if word in self.known:
            return True
        if word in self.missing:
            return False
        rest = self.rest
        if rest is None:
            rest = self._rest_letters()  # (a rest beyond ASCII is read whole, its words then known)
            if word in self.known:
                return True
        key = " " + word
        at = rest.find(key)
        while at >= 0:
            end = rest.find(" ", at + 1)  # (the rest ends with a space)
            found = rest[at + 1 : end]
            if len(found) >= 4 and found not in COMMON_WORDS and stem(found) == word:
                self.known.add(word)
                return True
            at = rest.find(key, end)
        self.missing.add(word)
        return False

    def _read_next(self) -> bool:
        """Read the next paragraph's words; False when no paragraph is left before ``stop``."""
        if self.unread >= len(self.paragraphs):
            return False
        start, end = self.paragraphs[self.unread]
        if start >= self.stop:
            self.unread = len(self.paragraphs)
            return False
        if end > self.stop:
            self.known |= content_words(self.text[start : self.stop])
            self.unread = len(self.paragraphs)
        else:
            self.known |= paragraph_words(self.text[start:end])
            self.unread += 1
        return True

    def _rest_letters(self) -> str:
        """:attr:`rest`, made from the first paragraph not read (words read since are all in
        :attr:`known`, and looking for them in the rest again finds only words of the text)."""
        self.rest = ""
        if self.unread < len(self.paragraphs) and self.paragraphs[self.unread][0] < self.stop:
            plain = as_ascii(self.text[self.paragraphs[self.unread][0] : self.stop])
            if plain is not None:
                self.rest = " " + plain.translate(ASCII_LETTERS_LOWERED) + " "
            else:  # letters beyond ASCII: the rest's words read as content_words reads them
                self.known |= words_up_to(self.text, self.paragraphs[self.unread :], self.stop)
                self.unread = len(self.paragraphs)
        return self.rest

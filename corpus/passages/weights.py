"""Words for comparing articles: tokens with offsets, crude stems, and how rare each word is.

Two articles about one story share names ("Stoltenberg", "Kremlin"), titles
("secretary-general") and reporting verbs ("told reporters") without sharing a
passage. What makes two sentences say the same thing is shared *content*
words, and the rarer in the corpus the better; :class:`WordWeights` says how
much each word counts and which words are names.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress
from typing import Any, NamedTuple

from corpus.model import Article

# Numbers first so "100,000" and "2.5%" stay one token; words keep inner apostrophes and hyphens.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|\w+(?:[’'-]\w+)*")

STOPWORDS = frozenset(
    """a about above after again against all almost also although am among an and any are aren't as at
    be because been before being below between both but by can can't cannot could couldn't did didn't do
    does doesn't doing don't down during each either even ever every few for from further had hadn't has
    hasn't have haven't having he her here hers herself him himself his how however i if in into is isn't
    it its itself just least less let like many may me might more most much must my myself neither no nor
    not now of off on once only or other others our ours ourselves out over own per rather same several
    shan't she should shouldn't since so some still such than that the their theirs them themselves then
    there these they this those though through thus to too under until up upon us very via was wasn't we
    were weren't what when where whether which while who whom whose why will with within without won't
    would wouldn't yet you your yours yourself yourselves one two three also another already around back
    get got go going made make new well way s t""".split()
)

# Words every news story uses to attribute and date things: they never make two sentences the same.
ATTRIBUTION = frozenset(
    """say says said saying tell tells told telling add adds added adding according report reports reported
    reporting reporter reporters journalist journalists briefing statement statements interview spokesman
    spokeswoman spokesperson spokespeople secretary general secretary-general minister ministers ministry
    president chancellor ambassador official officials foreign prime chief leader leaders mr mrs ms dr
    news agency agencies source sources monday tuesday wednesday thursday friday saturday sunday january
    february march april june july august september october november december today yesterday tomorrow
    week weeks year years day days month months time times people published updated posted am pm gmt
    est utc http https www com html htm""".split()
)

CHUNKS_REMEMBERED = 1 << 19
"""Most chunks a :class:`WordWeights` remembers the content words of (then it starts again)."""
_FIGURE = re.compile(r"\d[\d.,]*%?$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_SUFFIXES = ("ingly", "ings", "ing", "edly", "ed", "es", "s")


def normalize(word: str) -> str:
    """A word as compared: lower case, straight apostrophes, no possessive, numbers without commas."""
    key = word.lower().translate(_APOSTROPHES)
    if key[:1].isdigit():
        return key.replace(",", "")
    if key.endswith("'s"):
        key = key[:-2]
    return key.rstrip("'")


def stem(key: str) -> str:
    """A crude stem of a normalized word, so "troops"/"troop" and "amassed"/"amassing" meet."""
    if key[:1].isdigit() or len(key) <= 3 or key in STOPWORDS or key in ATTRIBUTION:
        return key
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            if suffix == "s" and key.endswith(("ss", "us", "is")):
                break
            key = key[: -len(suffix)]
            break
    if key.endswith("e") and len(key) > 4:
        key = key[:-1]
    if len(key) > 4 and key[-1] == key[-2] and key[-1] not in "lsz":
        key = key[:-1]  # "planned" -> "plann" -> "plan"
    return key


class Token(NamedTuple):
    """One word of an article: its span in ``article.text``, its compared form and its stem."""

    start: int
    end: int
    key: str
    stem: str


class Memo(dict[str, Any]):
    """A memo of a function of one string, looked up at C speed (``map(memo.__getitem__, …)``).

    Emptied when it grows past ``limit`` entries, so memory stays bounded.
    """

    def __init__(self, function: Callable[[str], Any], limit: int = 1 << 19) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, key: str) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.function(key)
        return value


_chunk_words = Memo(lambda chunk: tuple(TOKEN.findall(chunk)))
_NO_NAMES: frozenset[str] = frozenset()
"""What most chunks name: one object for all of them in the memo of :meth:`WordWeights.names_in`."""


def chunk_words(chunk: str) -> tuple[str, ...]:
    """``TOKEN.findall(chunk)`` of a run of text without white space, remembered: the families'
    index reads each chunk's words through this, and the alignment after it finds them here
    (the regex and :func:`word_forms` ran for each new chunk in both steps)."""
    words: tuple[str, ...] = _chunk_words[chunk]
    return words


def split_words(text: str) -> list[str]:
    """``TOKEN.findall(text)``, faster: a word never spans white space, so the text is split
    on it first and each chunk's words are remembered (news repeats its chunks)."""
    return list(chain.from_iterable(map(_chunk_words.__getitem__, text.split())))


@lru_cache(maxsize=1 << 18)
def word_forms(word: str) -> tuple[str, str]:
    """A written word's compared form and stem (memoised: news reuses its words).

    Both are interned: each form is then one object wherever it is used, so the sets and
    dicts of alignment find it by identity, in less memory."""
    key = normalize(word)
    return sys.intern(key), sys.intern(stem(key)) if key else ""


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    for match in TOKEN.finditer(text, start, len(text) if end is None else end):
        key, word_stem = word_forms(match.group())
        if key:
            yield Token(match.start(), match.end(), key, word_stem)


def content_text(article: Article) -> str:
    """The article's title and body paragraphs (boilerplate left out), joined by blank lines (read
    as plain spans, not Block objects: this runs over every article of the families' index)."""
    text = article.text
    spans = article.paragraphs.spans()
    return "\n\n".join([text[start:end] for start, end, kind in spans if kind != "boilerplate"])


@dataclass(slots=True)
class WordWeights:
    """How much each word stem counts when comparing articles of one corpus.

    A stem's weight grows with its rarity (inverse document frequency), so a
    shared "100,000" or "de-escalation" counts more than a shared "troops".
    Stop words weigh nothing; names (words the corpus writes capitalised) and
    attribution words ("told", "spokesman") weigh little and never count as
    content on their own.
    """

    articles: int = 0
    df: dict[str, int] = field(default_factory=dict)
    names: frozenset[str] = frozenset()
    _content: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    """Memo of :meth:`content_weight`."""
    _diff: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    """Memo of :meth:`diff_weight`."""
    surface: dict[str, tuple[str, float] | tuple[()]] = field(default_factory=dict, repr=False, compare=False)
    """Written word -> (stem, weight) for content words, () for the rest: see :meth:`content_of_text`."""
    chunks: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict, repr=False, compare=False)
    """Run of text without white space -> its content words: see :meth:`content_of_text`."""
    name_chunks: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    """Run of text without white space -> the name stems it writes: see :meth:`names_in`."""
    analyses: OrderedDict[int, tuple[Any, Any]] = field(
        default_factory=OrderedDict, repr=False, compare=False
    )
    """Articles already analysed with these weights (see ``corpus.passages.align.analyse``), by id."""

    @classmethod
    def from_articles(cls, articles: Iterable[Article]) -> WordWeights:
        """Document frequencies and names over the articles' titles and bodies.

        One C-speed pass per article (regex, set, Counter): this runs over
        100,000 articles for the reuse graph.
        """
        surface: Counter[str] = Counter()
        count = 0
        for article in articles:
            if not article.sentences:
                continue  # an empty or unreadable file says nothing about the corpus
            count += 1
            surface.update(set(split_words(content_text(article))))
        return cls.from_counts(surface, count)

    @classmethod
    def from_counts(cls, surface: Counter[str], articles: int) -> WordWeights:
        """Weights from the number of articles each written form occurs in."""
        df: dict[str, int] = {}
        capitalised: Counter[str] = Counter()
        lowercase: Counter[str] = Counter()
        for word, n in surface.items():
            key, s = word_forms(word)
            if not key:
                continue
            df[s] = max(df.get(s, 0), n)
            if word[:1].isupper():
                capitalised[s] += n
            elif word[:1].islower():
                lowercase[s] += n
        # A name is written capitalised far more often than not (sentence starts aside).
        names = frozenset(s for s, n in capitalised.items() if lowercase[s] * 4 < n)
        return cls(articles=articles, df=df, names=names)

    def weight(self, word_stem: str) -> float:
        """How much a shared stem counts: 0 for stop words, more the rarer it is."""
        if word_stem in STOPWORDS:
            return 0.0
        idf = math.log((self.articles + 1) / (self.df.get(word_stem, 0) + 1)) if self.articles else 0.0
        w = 1.0 + max(idf, 0.0)
        if _FIGURE.match(word_stem):
            return w * 1.5  # a shared figure is a shared fact
        if word_stem in ATTRIBUTION:
            return 0.25
        if word_stem in self.names:
            return 0.5 * w
        return w

    def content_weight(self, word_stem: str) -> float:
        """The stem's weight when it is a content word, else 0."""
        found = self._content.get(word_stem)
        if found is None:
            found = self._content[word_stem] = self.weight(word_stem) if self.is_content(word_stem) else 0.0
        return found

    def content_of_text(self, text: str) -> list[tuple[str, float]]:
        """The content words of ``text``, as (stem, weight), in order; looked up by white-space
        chunk (news repeats its chunks): one look-up a chunk instead of one for each word.
        Runs over every word the graph aligns."""
        return self.content_of_chunks(text.split())

    def content_of_chunks(self, chunks: list[str]) -> list[tuple[str, float]]:
        """:meth:`content_of_text` of a text split at white space into ``chunks``."""
        memo = self.chunks
        try:
            return list(chain.from_iterable(map(memo.__getitem__, chunks)))
        except KeyError:
            if len(memo) >= CHUNKS_REMEMBERED:
                memo.clear()
            # The new chunks' words are weighed together and each chunk's are picked at C speed:
            # a fresh WordWeights (each overlaps command, each graph) reads every chunk once.
            new = [chunk for chunk in dict.fromkeys(chunks) if chunk not in memo]
            words_of = list(map(_chunk_words.__getitem__, new))
            surface = self.surface
            for word in chain.from_iterable(words_of):
                if word not in surface:
                    word_stem = word_forms(word)[1]
                    weight = self.content_weight(word_stem)
                    surface[word] = (word_stem, weight) if weight else ()
            for chunk, words in zip(new, words_of, strict=True):
                found = list(map(surface.__getitem__, words))
                memo[chunk] = tuple(compress(found, found))  # type: ignore[arg-type]  # () entries dropped
            return list(chain.from_iterable(map(memo.__getitem__, chunks)))

    def names_in(self, sentence: str) -> frozenset[str]:
        """The stems of the names (see :attr:`names`) a sentence writes capitalised, past its first
        run of text (any word starts a sentence capitalised; in a small corpus that makes a name).
        Looked up by white-space chunk, as :meth:`content_of_text`: most chunks name no one."""
        return frozenset().union(*filter(None, self.chunk_names(sentence.split()[1:])))

    def chunk_names(self, chunks: list[str]) -> list[frozenset[str]]:
        """The name stems each of ``chunks`` (runs of text without white space) writes capitalised."""
        memo = self.name_chunks
        try:
            return list(map(memo.__getitem__, chunks))
        except KeyError:
            if len(memo) >= CHUNKS_REMEMBERED:
                memo.clear()
            names = self.names
            for chunk in chunks:
                if chunk in memo:
                    continue
                if chunk.islower():  # no capital in it (most chunks): no word of it is read
                    memo[chunk] = _NO_NAMES
                    continue
                stems = (word_forms(word)[1] for word in _chunk_words[chunk] if word[:1].isupper())
                memo[chunk] = frozenset(stem for stem in stems if stem in names) or _NO_NAMES
            return list(map(memo.__getitem__, chunks))

    def diff_weight(self, word_stem: str) -> float:
        """The stem's weight in a passage's similarity: stop words count a little (0.2) too."""
        found = self._diff.get(word_stem)
        if found is None:
            found = self._diff[word_stem] = max(self.weight(word_stem), 0.2)
        return found

    def is_content(self, word_stem: str) -> bool:
        """True for words that can make two sentences the same: not stop words, names or attribution."""
        return not (
            word_stem in STOPWORDS
            or word_stem in ATTRIBUTION
            or word_stem in self.names
            or len(word_stem) < 2
        )

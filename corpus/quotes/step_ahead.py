"""The speakers step's work that one article's reading settles alone, done as each reading is made or
comes in from the helper process: while both processes still read, not in the step
(:func:`corpus.quotes.find.settle_speakers`), which runs on one core after both have read. A ms of
the step is a ms of the command's wall; a ms of the shared reading about half of one (the helper then
takes a larger share of the articles: :mod:`corpus.helper_claims` balances the shares).

Read here, each from one article's reading and text alone, so the order readings come in (this
process's from the corpus's start, the helper's from its end) changes nothing of the step's result:
- its speakers' and relayed persons' names as the speaker index reads them (:meth:`SpeakerIndex.spell`);
- the same names and its pairs of words that could be a full name, gathered as the step pairs them
  (:class:`sighted_names.SightedNames`: the corpus's surnames, full names' last words, lone words);
- what the article writes after each word it quotes someone by alone (:func:`lone_names.names_opened`);
- its quotes' words as statements are compared by (:func:`statements.statement_words`).
What ties articles together (who is who, which quotes are one statement) is left to the step, as
are the articles whose readings were found made (the cache's) or copied (a twin's).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the step's modules: imported with the first reading, never on a warm run)
    from collections.abc import Callable

    from corpus.model import Article, Quote
    from corpus.quotes.article_quotes import ArticleQuotes
    from corpus.quotes.names import NameTables
    from corpus.quotes.sighted_names import SightedNames
    from corpus.quotes.speakers import SpeakerIndex
    from corpus.quotes.spelling import SpellingMemo

__all__ = ["StepAhead", "StepReader", "step_reader"]


@dataclass(slots=True, eq=False)
class StepReader:
    """The speaker index the step registers names in, the memo it shares, and the functions that read
    an article's part (bound once: imported per article, they were 22 M of its 173 M instructions on
    the 4 MB bench corpus)."""

    index: SpeakerIndex
    memo: SpellingMemo
    tables: NameTables
    sighted: SightedNames
    """The corpus's speakers' names and pairs' last words, gathered (what ``find._full_names`` reads)."""
    statement_words: Callable[[str], tuple[str, frozenset[str]]]
    article_names: Callable[[list[Quote], list[str | None]], set[str]]
    names_opened: Callable[[str, str, NameTables], frozenset[str] | None]


def step_reader(articles: list[Article]) -> StepReader:
    """A :class:`StepReader` for the corpus ``articles`` (the step's modules imported here)."""
    from corpus.quotes.lone_names import names_opened
    from corpus.quotes.names import shipped_tables
    from corpus.quotes.sighted_names import SightedNames, article_names
    from corpus.quotes.sighting_genders import ArticleGenders
    from corpus.quotes.speakers import SpeakerIndex
    from corpus.quotes.spelling import SpellingMemo
    from corpus.quotes.statements import statement_words

    memo = SpellingMemo()  # both of the step's indexes fold, expand and compare many of the same names
    tables = shipped_tables()
    index = SpeakerIndex(memo, tables, genders=ArticleGenders(articles))
    sighted = SightedNames(memo)
    return StepReader(index, memo, tables, sighted, statement_words, article_names, names_opened)


@dataclass(slots=True, eq=False)
class StepAhead:
    """What the speakers step reads of each article on its own, for the corpus ``articles``: given each
    article's reading by :meth:`add` as it comes in (in any order; an article given twice is read
    twice, to the same effect)."""

    articles: list[Article]
    said: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    """:func:`statements.statement_words` of each quote text read."""
    opened: dict[tuple[int, str], frozenset[str] | None] = field(default_factory=dict)
    """:func:`lone_names.names_opened` of (an article's id, a word it quotes someone by alone)."""
    done: set[int] = field(default_factory=set)
    """The ids of the articles read."""
    made: StepReader | None = None

    def reader(self) -> StepReader:
        """The :class:`StepReader`, made on first use."""
        if self.made is None:
            self.made = step_reader(self.articles)
        return self.made

    def add(self, article: Article, reading: ArticleQuotes) -> None:
        """Read what the step needs of ``article`` alone, given its reading."""
        read = self.reader()
        quotes, named, _, pairs = reading
        names = read.article_names(quotes, named)
        read.index.spell(names)
        lone = read.sighted.add_names(quotes[0].article if quotes else "", names, pairs)
        said, statement_words = self.said, read.statement_words
        for q in quotes:
            if q.text not in said:
                said[q.text] = statement_words(q.text)
        key = id(article)
        for word in lone:
            if (key, word) not in self.opened:
                self.opened[(key, word)] = read.names_opened(word, article.text, read.tables)
        self.done.add(key)

    def add_unread(self, found: list[ArticleQuotes]) -> None:
        """:meth:`add` each article of the corpus not read yet (``found``: their readings, in order)."""
        for article, reading in zip(self.articles, found, strict=True):
            if id(article) not in self.done:
                self.add(article, reading)

    def names_opened(self, article: Article, word: str) -> frozenset[str] | None:
        """:func:`lone_names.names_opened` of the article and word, as read before or read now."""
        key = (id(article), word)
        if key not in self.opened:
            read = self.reader()
            self.opened[key] = read.names_opened(word, article.text, read.tables)
        return self.opened[key]

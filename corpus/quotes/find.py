"""Every quotation of a corpus, attributed, with one speaker per person: ``find_quotes``.

The work is split by question: where the quotes are (:mod:`corpus.quotes.spans`),
who said each one in its article (:mod:`corpus.quotes.attribution`, with the word classes
in :mod:`corpus.quotes.lexicon`), who that is across the corpus
(:mod:`corpus.quotes.speakers`) and which quotes are the same statement
(:mod:`corpus.quotes.statements`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus import processes
from corpus.model import Article, Quote, Speaker
from corpus.quotes.article_quotes import ReadingStore, quotes_by_article
from corpus.quotes.kept_speakers import StepStore, apply_step, step_bytes
from corpus.quotes.step_ahead import StepAhead, step_reader

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import ProcessPoolExecutor

    from corpus.quotes.article_quotes import ArticleQuotes
    from corpus.quotes.sighted_names import SightedNames

__all__ = ["find_quotes"]


def find_quotes(
    articles: list[Article],
    helper: ProcessPoolExecutor | None = None,
    store: ReadingStore | None = None,
    arrived: Callable[[list[Quote]], None] | None = None,
) -> tuple[list[Quote], list[Speaker]]:
    """All quotes of ``articles`` (in article and text order) and their canonical speakers.

    Each article is read on its own (:mod:`corpus.quotes.article_quotes`), on a big corpus in two
    processes; who is who across articles and which quotes are one statement are settled here.
    ``helper``: the helper process, started ahead by :func:`start_quote_helper` (while the articles
    load, say); this call shuts it down. Without it, one is started here when the corpus is big.
    ``store``: articles' readings made before (the on-disk cache's), and where new ones are kept.
    Never raises on article text: what fails of one article's reading is left out, its quotes kept
    ``arrived``: given each article's quotes as they are had (the store's first), while the two
    processes read (before the speakers step gives them speakers and groups: ``storydiff quotes``
    writes the rest of their JSON meanwhile); not those copied for a twin, and none without
    ``helper`` (in one process that work would only come earlier, not be shared).

    The cyclic garbage collector is paused meanwhile (as in the helper, which reads the articles with
    it off): the readings, quotes and names made here are acyclic, and a collection they set off
    walks every object of the loaded corpus again (on the 4 MB bench corpus a full one fell in the
    speakers' step: 36 ms, with 10 ms of younger ones, of this call's 0.45 s).
    """
    with processes.collector_paused():
        return _find_quotes(articles, helper, store, arrived)


def _find_quotes(
    articles: list[Article],
    helper: ProcessPoolExecutor | None,
    store: ReadingStore | None,
    arrived: Callable[[list[Quote]], None] | None,
) -> tuple[list[Quote], list[Speaker]]:
    ahead = None
    if helper is not None:  # (a cold run: the helper reads too, and the step will be made)
        import_step_modules()
        ahead = StepAhead(articles)  # what the step reads of each article, read as its reading comes

    def came(article: Article, reading: ArticleQuotes) -> None:
        if ahead is not None:
            ahead.add(article, reading)
        if arrived is not None:
            arrived(reading[0])

    found = quotes_by_article(articles, None, helper, store, came if helper is not None else None)
    quotes = [q for made, *_ in found for q in made]
    kept = store.kept_step(articles) if isinstance(store, StepStore) else None
    data = None if kept is None else kept.get()  # the step's result for the corpus as it is now
    names = [a.name for a in articles]
    speakers = None if data is None else apply_step(data, quotes, names)
    if speakers is None:
        speakers = settle_speakers(articles, found, quotes, ahead)
        data = None if kept is None else step_bytes(quotes, speakers, names)
        if kept is not None and data is not None:
            kept.keep(data)
    return quotes, speakers


def import_step_modules() -> None:
    """Import the speakers step's modules (what :func:`settle_speakers` imports), while the helper
    process reads articles: the step runs on one core after both have read, and its imports (~17 ms)
    were a tenth of it; made while the helper reads, half their time is the helper's reading."""
    import corpus.quotes.lone_names
    import corpus.quotes.relayed_names
    import corpus.quotes.sighted_names
    import corpus.quotes.sighting_genders
    import corpus.quotes.speakers
    import corpus.quotes.spelling
    import corpus.quotes.statements  # noqa: F401


def settle_speakers(
    articles: list[Article], found: list[ArticleQuotes], quotes: list[Quote], ahead: StepAhead | None = None
) -> list[Speaker]:
    """The speakers step: one speaker per person across the corpus, whom relayers quote, statement
    groups (its modules imported here: a warm run whose step is kept (:mod:`.kept_speakers`) needs
    none of them). ``ahead``: what the step reads of each article alone, read of some as their
    readings came in (:mod:`.step_ahead`); of the others here."""
    from corpus.quotes.relayed_names import relayed_sightings
    from corpus.quotes.statements import assign_groups

    if ahead is None:  # (nothing read ahead: the lone words' tails and statement words read here at once)
        read, opened, said = step_reader(articles), None, None
        for made, names, _, written in found:
            read.sighted.add(made, names, written)
    else:
        ahead.add_unread(found)
        read, opened, said = ahead.reader(), ahead.names_opened, ahead.said
    # each quote's speaker as the article names it, and the named ones' sightings (one comprehension
    # for the corpus: one per article was a thousand calls on the 4 MB bench corpus)
    named: list[str | None] = [n for _, names, _, _ in found for n in names]
    sightings = [
        (q.article, n, r)
        for made, names, roles, _ in found
        for q, n, r in zip(made, names, roles, strict=True)
        if n
    ]
    quoted = relayed_sightings(quotes)

    index = read.index
    pairs = [article_found[3] for article_found in found]
    full = _full_names(articles, pairs, read.sighted, opened)
    index.add_names(sightings + quoted + full)
    index.count_quotes(quotes, named)
    index.count_relayed(quotes)
    assign_groups(quotes, said)
    return index.speakers()


def _full_names(
    articles: list[Article],
    pairs: list[list[tuple[str, str]]],
    sighted: SightedNames,
    opened: Callable[[Article, str], frozenset[str] | None] | None = None,
) -> list[tuple[str, str, str | None]]:
    """Full names ("Olaf Scholz") the articles give speakers quoted by surname or spelled otherwise,
    so each speaker is known by the fullest form of the name and every spelling is an alias
    (``pairs``: each article's pairs of words that could be a full name, :class:`NamePairs`;
    ``sighted``: the corpus's speakers' names and the pairs' last words, gathered)."""
    from corpus.quotes.lone_names import lone_word_names
    from corpus.quotes.names import shipped_tables

    surnames, full = sighted.surnames, sighted.full
    # each last word asked about once (PolNeAR train's 14,288 pairs have 3,315 last words): the pairs
    # are then kept by a set look-up, no call per pair
    wanted = {last for last, key in sighted.lasts.items() if key in surnames or full.any_close(key)}
    out: list[tuple[str, str, str | None]] = [
        (article.name, f"{first} {last}", None)
        for article, written in zip(articles, pairs, strict=True)
        for first, last in written
        if last in wanted
    ]
    # a speaker quoted by the first word of a name ("Kim" of "Kim Jong Un") that no one is quoted by
    tables = shipped_tables()
    return out + lone_word_names(articles, sighted.lone, sighted.spoken, surnames, tables, opened)

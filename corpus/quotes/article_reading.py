"""One article's quotes, read on its own: its quote spans, who said each in the article, the name
and role a reader sees of that speaker (:func:`quotes_of`).

Apart from :mod:`corpus.quotes.article_quotes`, which shares a corpus's articles between processes
and reads the kept readings back: this module imports every step of the reading (the cue grammar,
attribution, the ranker, and their patterns), which a run whose readings all come from the cache
never needs; :mod:`~corpus.quotes.article_quotes` imports it when an article is first read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.model import Article, Mention, Quote, Quoting
from corpus.quotes.appositives import appositive_role
from corpus.quotes.aside_subjects import past_aside
from corpus.quotes.attribution import Attribution, attribute
from corpus.quotes.clause_subjects import with_later_clause_subjects
from corpus.quotes.context import ArticleReading
from corpus.quotes.described_people import with_described_people
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import NameTables, reader_name, shipped_tables
from corpus.quotes.naming_agents import with_naming_agents
from corpus.quotes.owned_names import read_past_owner
from corpus.quotes.participle_subjects import with_participle_subjects
from corpus.quotes.reader_roles import RolesSeen, reader_role_once
from corpus.quotes.relayed_inner import Inner, relayed_inners
from corpus.quotes.rerank import rerank
from corpus.quotes.spans import QuoteSpan, find_quote_spans
from corpus.quotes.terms import term_flags
from corpus.quotes.writer_roles import writers_relation

if TYPE_CHECKING:
    from corpus.quotes.article_quotes import ArticleQuotes

__all__ = ["quotes_of", "read_article"]

_UNSAID = Attribution(None, None, None, None)


def quotes_of(article: Article, tables: NameTables, pairs: NamePairs) -> ArticleQuotes:
    """The quotes of one article, who said each as the article names them and in what role, and the
    article's pairs of words that could be a full name (``pairs``: one reader per corpus and process).

    Never raises on article text: what fails of an article's reading is left out, its quotes kept
    (:func:`_read_what_can_be`; a name that cannot be cleaned is no name)."""
    text, name = article.text, article.name
    written = pairs.of(text)
    if article.problem and not article.paragraphs:
        return [], [], [], written
    spans, speech, terms, inners = _read_what_can_be(article, tables)
    quotes: list[Quote] = []
    named: list[str | None] = []
    roles: list[str | None] = []
    cleaned: dict[str, str | None] = {}  # whether a lone word is a surname depends on the article's text
    seen_roles: RolesSeen = {}  # so does the role: each asked once per article
    for span, found, term, inner in zip(spans, speech, terms, inners, strict=True):
        att = (
            _UNSAID if term else past_aside(text, read_past_owner(found, text, tables))
        )  # terms: no one said them
        m = att.mention
        quotes.append(
            Quote(
                name,
                span.start,
                span.end,
                text[span.start : span.end],
                "term" if term else span.kind,
                None,
                None if m is None else Mention(m.start, m.end, text[m.start : m.end]),
                text[att.cue[0] : att.cue[1]] if att.cue else None,
                quoting=None if inner is None or term else _quoting(inner, text),
            )
        )
        try:
            raw = None if m is not None and text[m.start - 1 : m.start] in _TAG_MARKS else att.name
            if raw is not None:
                seen = cleaned.get(raw, "")
                if seen == "":  # keyed by the name as given (`raw = cleaned[raw] = …` keyed the answer)
                    seen = cleaned[raw] = reader_name(raw, tables, text)
                raw = seen
            role = _role_once(att, raw, text, tables, seen_roles) if raw and att.name else None
        except Exception:  # a bug in cleaning one name: the quote stays, said by no one named
            raw = role = None
        named.append(raw)
        roles.append(role)
    return quotes, named, roles, written


_TAG_MARKS = ("#",)
"""A mention written after these is a hashtag ("#NeverTrump"): a topic, no one who speaks. (The
start of the text reads "" before it, never one of them.)"""


def _quoting(inner: Inner, text: str) -> Quoting:
    m = inner.mention
    return Quoting(inner.name, Mention(m.start, m.end, text[m.start : m.end]))


def _role_once(att: Attribution, raw: str, text: str, tables: NameTables, seen: RolesSeen) -> str | None:
    m = att.mention
    mention = text[m.start : m.end] if m else ""
    return reader_role_once(_written_role(att, text), tables, mention, (att.name or "", raw), text, seen)


def _written_role(att: Attribution, text: str) -> str | None:
    """The role the article writes for a quote's speaker: the cue grammar's, else the role set off
    after the name as written ("said Jane Roe, a spokeswoman for Acme": :mod:`appositives`)."""
    m = att.mention
    if att.role is not None and m is not None and not m.pronoun and writers_relation(text, m.start):
        return None  # "writes my friend Eric Liu": how he stands to the writer, no role of his
    if att.role is not None or m is None or m.pronoun or m.description or not att.name:
        return att.role
    last = att.name.split()[-1]
    return appositive_role(text, m.end) if text[m.start : m.end].endswith(last) else None


def read_article(article: Article) -> tuple[list[QuoteSpan], list[Attribution], list[bool]]:
    """One article's quote spans, who said each (the rules, then the learned ranker's second
    opinion where the rules read no name beside a cue), and which are terms, not statements."""
    return _read_relayed(article, shipped_tables())[:3]


_Read = tuple[list[QuoteSpan], list[Attribution], list[bool], "list[Inner | None]"]


def _read_relayed(article: Article, tables: NameTables) -> _Read:
    """:func:`read_article`, and per quote whom its speaker quotes where they relay the words
    (:mod:`corpus.quotes.relayed_inner`)."""
    spans = find_quote_spans(article)
    reading = ArticleReading.of(article, spans) if spans else None
    speech = attribute(article, spans, reading)
    rules = speech.quotes
    terms = term_flags(article, spans, rules)
    if reading is None or not reading.english:  # in another language no one is named at all
        return spans, rules, terms, [None] * len(spans)
    said = rerank(reading, spans, rules, terms, subjects=speech.subjects)
    if speech.subjects is not None:  # "“…,” the Florida senator said": Marco Rubio, named before
        said = with_later_clause_subjects(reading, spans, rules, said, speech.subjects)
        said = with_participle_subjects(reading, spans, rules, said, speech.subjects)
        said = with_naming_agents(reading, spans, said, speech.subjects)
        said = with_described_people(reading.text, spans, said, speech.subjects)
    # a term the ranker gave a speaker (a cue beside it says who) is a statement
    terms = [term and att.mention is None for term, att in zip(terms, said, strict=True)]
    try:
        inners = relayed_inners(reading, spans, said, speech.subjects, tables)
    except Exception:  # a bug reading whom a relayer quotes: the relayer's quote stands alone
        inners = [None] * len(spans)
    return spans, said, terms, inners


def _read_what_can_be(article: Article, tables: NameTables) -> _Read:
    """:func:`read_article`, or as much of it as can be read: a bug met on one odd article must
    neither take the corpus down nor lose that article's quotes. Where the ranker fails the rules'
    speakers stand; where the rules fail the quotes are shown said by no one; only where the quote
    marks themselves cannot be read does the article give no quotes."""
    try:
        return _read_relayed(article, tables)
    except Exception:  # any bug: the reader keeps what the steps before it read
        pass
    try:
        spans = find_quote_spans(article)
    except Exception:
        return [], [], [], []
    none: list[Inner | None] = [None] * len(spans)
    try:
        rules = attribute(article, spans, ArticleReading.of(article, spans) if spans else None).quotes
        return spans, rules, term_flags(article, spans, rules), none
    except Exception:
        return spans, [_UNSAID] * len(spans), [False] * len(spans), none

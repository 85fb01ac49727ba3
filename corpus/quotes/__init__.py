"""Quotes and who said them: the public API the app and the CLI use.

- :func:`find_quotes` — every quotation of a corpus, attributed, with one speaker per person;
- :func:`find_quote_spans` — where the quotations of one article are, before attribution;
- :func:`start_quote_helper` — the helper process with which ``find_quotes`` shares the articles
  of a corpus of ``PARALLEL_FROM`` articles or more, started ahead;
- :func:`short_name` — the part of a speaker's name tight lists show (a person's surname);
- :class:`QuoteReadings` — each article's reading kept in the on-disk cache, and those
  :class:`ReadingAhead` (``reading_ahead`` while a folder loads) has the helper make meanwhile.

The parts, by question: where the quotes are (:mod:`.spans`), the word classes of reported speech
(:mod:`.lexicon`), the noun phrases next to a cue (:mod:`.phrases`, :mod:`.roles`), the cue of a
quote (:mod:`.cues`, :mod:`.source_phrases`), what is read around a quote (:mod:`.context`: the
masked text, its sentences, one :class:`~.context.QuoteContext` per quote), who a pronoun or
description stands for (:mod:`.subjects`), who said each quote in its article (:mod:`.attribution`,
an ordered tuple of steps; the learned ranker's say, :mod:`.rerank`, its features named and numbered in
:mod:`.feature_names`), who that is across the corpus (:mod:`.speakers`, :mod:`.spelling`) and
which quotes are one statement (:mod:`.statements`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpus.quotes.find import find_quotes
    from corpus.quotes.quote_helper import PARALLEL_FROM, start_quote_helper
    from corpus.quotes.readings import QuoteReadings, ReadingAhead, reading_ahead, reading_ahead_for
    from corpus.quotes.short_names import short_name
    from corpus.quotes.spans import find_quote_spans

__all__ = [
    "PARALLEL_FROM",
    "QuoteReadings",
    "ReadingAhead",
    "find_quote_spans",
    "find_quotes",
    "reading_ahead",
    "reading_ahead_for",
    "short_name",
    "start_quote_helper",
]

_HOME = {
    "PARALLEL_FROM": "quote_helper",
    "QuoteReadings": "readings",
    "ReadingAhead": "readings",
    "find_quote_spans": "spans",
    "find_quotes": "find",
    "reading_ahead": "readings",
    "reading_ahead_for": "readings",
    "short_name": "short_names",
    "start_quote_helper": "quote_helper",
}
"""The module of each name: imported when the name is first asked for, so that a cold load can
start the helper (``readings``, ``quote_helper``) before this process imports the quote finder."""


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)

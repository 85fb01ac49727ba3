"""Who a relayer quotes: the person a relayed quote's sentence says first spoke the words.

`“…,” Roe said, according to Frankel.` is Frankel's quote as the article gives it (the relayer:
:mod:`corpus.quotes.relayed`, PolNeAR's convention, 20:1 on train), and Frankel is quoting Roe. A
reader wants both names: who vouches for the words, and whose words they are said to be. This
module reads the second where the sentence writes one, by the steps that read a quote's own
sentence when no relay is written, where they find a cue verb and its subject (`Roe said`, `said
Roe`, `According to the Ledger, Roe praised her “…”`), and gives it as an :class:`Inner`: the
mention as written and the name a reader sees of it. A sentence's subject with no cue of its own is
not read so: on the corpora no one tuned on, it named who the quoted words were about ("the
bullet “is a bit deformed”", "the State Department gave an “inaccurate …” response") five times
for once the person who wrote them.

Read after the ranker has decided (its choice must still be the relayer: a quote the ranker gave to
someone else is no relayed quote), for the few quotes whose sentence writes a relay (a string
search each; the steps run only there).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from corpus.quotes.attribution import (
    DIRECT_QUOTE_STEPS,
    OPENING_QUOTE_STEPS,
    PARTIAL_QUOTE_STEPS,
    Attribution,
    names_a_time,
)
from corpus.quotes.context import ArticleReading, QuoteContext
from corpus.quotes.mention_speakers import resolve
from corpus.quotes.names import NameTables, reader_name
from corpus.quotes.relayed import relayed_after, relayed_opening
from corpus.quotes.relayed_guards import not_the_speaker, without_auxiliary
from corpus.quotes.roles import Phrase
from corpus.quotes.spans import QuoteSpan
from corpus.quotes.subjects import Subjects

__all__ = ["Inner", "cue_subject", "relayed_inners"]


class Inner(NamedTuple):
    """The person a relayer quotes: the mention as the sentence writes it, and the name a reader sees
    (a pronoun's or a description's antecedent; None where it stands for no name)."""

    mention: Phrase
    name: str | None


RELAY_WORDS = ("ccording to", " report")
"""What a sentence relaying a quote writes (`according to X`, `…, reports X`): a quote whose
stretch holds neither is read no further."""
RELAY_REACH = 400
"""A relay's words stand this close to its quote: the relayed steps read no farther (the quote's
sentence, cut to CUE_WINDOW each side, and an opening relay up to 300 characters before it)."""
_WORD = re.compile(r"[^\W_]")


def relayed_inners(
    reading: ArticleReading,
    spans: list[QuoteSpan],
    said: list[Attribution],
    subjects: Subjects | None,
    tables: NameTables,
) -> list[Inner | None]:
    """Per quote of ``spans`` (``said``: who the article gives each to, the ranker's last word), the
    person its relayer quotes, or None: a quote not relayed, or whose sentence names no one else."""
    out: list[Inner | None] = [None] * len(spans)
    masked = reading.masked
    if subjects is None or not _relay_shaped(masked, 0, len(masked)):
        return out  # most articles: no relay anywhere
    host: Inner | None = None
    for k, (span, att) in enumerate(zip(spans, said, strict=True)):
        if span.nested:
            out[k] = host  # the host's speaker said it, quoting whoever the host quotes
            continue
        host = None
        if att.mention is None or not _writes_a_relay(masked, span):
            continue
        quote = reading.context(span)
        host = out[k] = _inner(quote, att.mention, subjects, tables)
    return out


def _writes_a_relay(masked: str, span: QuoteSpan) -> bool:
    """Whether a relay's words stand near the quote (a cheap filter before any step runs: the
    quote's context is made only where one of the relay steps could find a relay)."""
    lo, hi = max(0, span.open_at - RELAY_REACH), span.close_at + RELAY_REACH
    if not any(masked.find(word, lo, hi) >= 0 for word in RELAY_WORDS):
        return False
    return _relay_shaped(masked, lo, min(hi, len(masked)))


def _relay_shaped(masked: str, lo: int, hi: int) -> bool:
    """Whether ``masked[lo:hi]`` writes what the relay steps (:func:`.relayed_after`,
    :func:`.relayed_opening`) find no relay without: "according" (any blanks before its "to"), or
    "report" after a comma and blanks (`…, reports X`; not "told reporters", which most stretches
    with " report" write). Found by C searches, no pattern tried at every position."""
    if masked.find("ccording", lo, hi) >= 0:
        return True
    at = masked.find("report", lo, hi)
    while at >= 0:
        blank = at
        while blank > lo and masked[blank - 1].isspace():
            blank -= 1
        if lo < blank < at and masked[blank - 1] == ",":
            return True
        at = masked.find("report", at + len("report"), hi)
    return False


def _inner(quote: QuoteContext, said: Phrase, subjects: Subjects, tables: NameTables) -> Inner | None:
    relay = relayed_after(quote) or relayed_opening(quote)
    if relay is None or relay[0] is None or not _overlaps(relay[0], said.start, said.end):
        return None  # not relayed, or the ranker gave the quote to someone else than the relayer
    relayer = relay[0]
    mention = _spoken(quote, relayer, relay[1])
    if mention is None:
        return None
    text = quote.text
    shown = _shown(resolve(text, mention, quote.open_at, subjects)[0], text, tables)
    if shown is not None and shown == _shown(relayer.name, text, tables):
        return None  # `Roe said, according to Roe's office`: no one else
    return Inner(mention, shown)


def _spoken(quote: QuoteContext, relayer: Phrase, relay_cue: tuple[int, int] | None) -> Phrase | None:
    """The subject of the cue of the quote's own sentence read as if no relay were written, unless
    it is the relayer itself, its `according to`, or a subject that did not say the quote (a label's
    namer, a clause before the quote's own, an aside's object: :mod:`corpus.quotes.relayed_guards`)."""
    found = cue_subject(quote)
    if found is None:
        return None
    mention, cue = found
    if _overlaps(relayer, mention.start, mention.end):
        return None  # the steps read the relayer: the sentence names no one else
    if relay_cue is not None and relay_cue[0] <= cue[0] <= relay_cue[1]:
        return None  # the relay's own `according to`
    if not_the_speaker(quote.text, quote.masked, quote.open_at, mention, cue) is not None:
        return None
    return without_auxiliary(quote.text, mention)


def cue_subject(quote: QuoteContext) -> tuple[Phrase, tuple[int, int]] | None:
    """The mention and the cue the first step reading the quote's own sentence finds with a cue (no
    cue: a sentence's subject is not told to have said the words relayed), a time passed over."""
    if _WORD.search(quote.masked, quote.before, quote.open_at) is None:
        steps = OPENING_QUOTE_STEPS
    else:
        steps = DIRECT_QUOTE_STEPS if quote.span.kind == "direct" else PARTIAL_QUOTE_STEPS
    for step in steps:
        mention, cue = step(quote) or (None, None)
        if mention is None or cue is None or names_a_time(quote.masked, mention):
            continue
        return mention, cue
    return None


def _overlaps(phrase: Phrase, start: int, end: int) -> bool:
    return phrase.start < end and start < phrase.end


def _shown(name: str | None, text: str, tables: NameTables) -> str | None:
    """The name a reader sees of ``name``; None for none, or where cleaning it fails (a bug cleaning
    one name: the mention is still shown as written)."""
    if not name:
        return None
    try:
        return reader_name(name, tables, text)
    except Exception:
        return None

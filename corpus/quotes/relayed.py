"""Words relayed by a source the sentence names: the relayer is the speaker the article gives.

`“…,” Grayson said, according to Frankel.` / `“…,” said Kristen Day, …, reports USA Today.` /
`According to ProPublica, Clinton praised her “wonderful donors”`: the article has the words from
the relayer (a person, an outlet, a report or an account), and it is the relayer it attributes
them to, whoever it says first spoke them. PolNeAR's annotators mark the relayer as the Source
there (on train, ``according to`` after a quote and its cue clause: 20 relayers, 1 inner speaker).
The inner speaker is read by the ordinary steps where no relay is written, and where one is, kept
beside the relayer as whom they quote (:mod:`corpus.quotes.relayed_inner`). The relayer's phrase is
read as every `according to` is (:mod:`corpus.quotes.relayers`).

Each function is a step of :mod:`corpus.quotes.attribution` reading one
:class:`corpus.quotes.context.QuoteContext`.
"""

from __future__ import annotations

import re

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.context import QuoteContext
from corpus.quotes.cues import CLOSING_SUBJECT_REACH, Found
from corpus.quotes.phrases import phrase_before
from corpus.quotes.relayers import RELAYER_END, RELAYER_LENGTH, relayer_phrase

_RELAY_AFTER = re.compile(r"(?:,?\s+[Aa]ccording\s+to|,\s+report(?:s|ed))\s+")
"""`…, according to X` / `…, reports X` / `…, reported X` after the quote (and its cue clause): the
relay; "reports" and "reported" only inverted after a comma (not "O’Malley's move was first
reported by MSNBC", whose reporter relays another sentence)."""
_RELAY_WORDS = re.compile(r"[Aa]ccording\s+to|report(?:s|ed)")
"""The relay's own words in it, its cue as written (no comma nor space around)."""
_RELAY_OPENING = re.compile(r"[“\"(]?[Aa]ccording\s+to\s+")
"""`According to X, …`: a sentence opening with its source."""
OPENING_RELAYER_LENGTH = 120
"""`According to conservative talk radio host Rush Limbaugh, …`: the comma ending an opening
relayer stands this close after `According to`."""
_TAIL_AFTER_RELAYER = compiled_on_first_use(
    r",?\s*(?:who|which|whose|during|in|at|on|after|before|from|for|with|about|when|while|since|by"
    r"|[a-z]+ing|[a-z]+ed)\b"
)
"""An aside after the relayer (`according to Reuters, during an answer to a question`): a
preposition, a relative or a participle; not a clause of its own (`according to X, the plan …`)."""
_CLOSING_TAIL_WORDS = 4
"""`…, court sources said last night.`: the words a cue closing the sentence may have after it."""
_RELATIVES = frozenset(("which", "who", "whom", "that", "where", "when", "as", "what"))
_QUOTE_MARKS = frozenset('“”"')


def relayed_after(quote: QuoteContext) -> Found | None:
    """`“…,” Walker said, according to an Associated Press account.`: a relay closing the quote's
    sentence, after the quote with no other quote between, is who the article has the words from."""
    masked, text, close_at, end = quote.masked, quote.text, quote.close_at, quote.after
    if masked.find("ccording to", close_at, end) < 0 and masked.find(" report", close_at, end) < 0:
        return None  # the common case, without a regex scan
    for relay in _RELAY_AFTER.finditer(masked, close_at, end):
        if not _QUOTE_MARKS.isdisjoint(text[close_at : relay.start()]):
            return None  # another quote between: the relay is that one's
        stop = RELAYER_END.search(masked, relay.end(), min(end, relay.end() + RELAYER_LENGTH))
        if stop is None and end - relay.end() > RELAYER_LENGTH:
            return None
        at = end if stop is None else stop.start()
        if stop is not None and not _closes_clause(masked, at, end):
            return None
        at = relay.end() + len(masked[relay.end() : at].rstrip().rstrip(".!?"))
        phrase = relayer_phrase(masked, relay.end(), at)
        if phrase is not None:
            words = _RELAY_WORDS.search(masked, relay.start(), relay.end())
            return phrase, (relay.start(), relay.end()) if words is None else words.span()
    return None


def _closes_clause(masked: str, at: int, end: int) -> bool:
    """Whether the relayer's phrase, ending at ``at``, runs to the end of the sentence but for a
    short tail (`released Thursday.`) or an aside of when, where or whose (`, during an answer to a
    question aboard the plane.`): the relay is of the sentence before it."""
    rest = masked[at:end].strip()
    if not rest or rest[0] in ".!?" or _TAIL_AFTER_RELAYER().match(rest):
        return True
    return rest[0] != "," and len(rest.split()) <= _CLOSING_TAIL_WORDS and rest[-1:] in ".!?"


def relayed_opening(quote: QuoteContext) -> Found | None:
    """`According to ProPublica, Clinton praised her “wonderful donors”`: a sentence opening with
    `According to X,` names who the article has every quote of the sentence from."""
    if not quote.sentences:
        return None  # a text of no sentence (a quote mark and little else): no opening to read
    masked, s_start, open_at = quote.masked, quote.sentences[quote.first][0], quote.open_at
    if open_at - s_start > 2 * RELAYER_LENGTH + OPENING_RELAYER_LENGTH:
        return None
    k = s_start
    while k < open_at and masked[k].isspace():
        k += 1
    opening = _RELAY_OPENING.match(masked, k, open_at)
    if opening is None:
        return None
    comma = masked.find(",", opening.end(), min(open_at, opening.end() + OPENING_RELAYER_LENGTH))
    if comma < 0 or not _QUOTE_MARKS.isdisjoint(quote.text[opening.end() : comma]):
        return None
    phrase = relayer_phrase(masked, opening.end(), comma) or phrase_before(masked, opening.end(), comma)
    if phrase is None or _closing_cue(quote):
        return None  # `According to X, the bullet “…”, court sources said.`: the closing cue relays X
    return phrase, (opening.end() - len("according to "), opening.end() - 1)


def _closing_cue(quote: QuoteContext) -> bool:
    """Whether a cue closes the quote's sentence after a comma (`…, court sources said last night.`):
    its subject tells what the opening relayer said."""
    cues = quote.cues.between(quote.close_at, quote.after)
    if not cues:
        return False
    cue, masked = cues[-1], quote.masked
    comma = masked.rfind(",", max(quote.close_at, cue.start() - CLOSING_SUBJECT_REACH), cue.start())
    if comma < 0 or len(masked[cue.end() : quote.after].split()) > _CLOSING_TAIL_WORDS:
        return False
    subject = masked[comma + 1 : cue.start()].split()
    return bool(subject) and subject[0] not in _RELATIVES  # not `…, which he called “…”.`

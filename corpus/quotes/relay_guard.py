"""Speech a sentence relays: the ranker is not asked about it, nor let to give its words to the one
relaying them (h-gate27).

"A police spokesman said {the witness} told detectives she couldn't see it “from the angle I was
at”", "Rep. Steve Israel said {Clinton} called on members to be “closely coordinated”", "Trump
referred to Kim as “Rocket Man,” while {the dictator} described Trump as a “dotard”", "When {the
driver} yelled, “Don't move!” it clicked that they were cops, she said": the rules read the subject
of the cue verb that opens onto the quote (their mention, before the quote, its cue between them, all
in one sentence: :func:`relaying_stretch`), and that is whose words they are. The speaker ranker,
asked, learned PolNeAR's habit of giving such words to the sentence's other subject, the person who
relays them (the spokesman, the congressman, Trump, "she"): a reader would see the wrong name. So
the ask gate (:mod:`corpus.quotes.ask_gate`) never asks about a quote the rules read so
(``rerank._asked``), and where the ranker is asked anyway (its mention beyond ``rerank.ASK_BEYOND``),
a choice standing before the rules' mention in that sentence, or after the quote's close, is no
choice: the rules' answer stands (:func:`relays_rules`).

Where the rules' mention stands in another sentence, after the quote, or is no subject of its cue (a
relative pronoun, a possessive, a preposition's object opening the sentence, set off by punctuation:
:func:`cue_subject`), nothing is guarded: the ranker decides as before (an "according to" relay's
relayer is the speaker the article gives, with whom it quotes beside it: :mod:`corpus.quotes.relayed`).

PolNeAR train, held-out folds (``train/no_speaker.py --c 3 --margins 0``, shipped row): CV / dev
0.9258 / 0.9369 as before, 0.253 -> 0.248 of train asked; PolNeAR marks the relayer as the Source, so
the guard costs the ranker asked about every quote 0.9278 / 0.9395 -> 0.9271 / 0.9369 (read by hand,
the 12 train quotes it moves there: 4 right by PolNeAR, 5 more a reader's right, 3 moot). With the
gate's threshold lowered it keeps the speaker where asking would give the relayer, and asks fewer:
-5 0.9268 / 0.9369 for 0.330 asked (unguarded 0.9271 / 0.9395 for 0.404).

h-gate28: a preposition's object before the cue ends the subject's phrase whatever the preposition,
as "of" did ("Roe said she saw {a kite whipping around in the sky} read, “Welcome here.”": the
kite's words, not Roe's; "{a spokesman for Acme} said"): the stretch ends where that phrase starts
(:data:`_owned_by`). CV / dev unchanged at every ask-gate threshold (0.332 -> 0.331 of train asked at
-5); at -5 it kept a NewsWCL50 kite's words and a train quote from the relayer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import OBJECT_PREPOSITIONS, POSSESSIVE_ENDINGS

if TYPE_CHECKING:
    from corpus.quotes.attribution import Attribution
    from corpus.quotes.context import ArticleReading
    from corpus.quotes.spans import QuoteSpan


RELATIVES = frozenset({"who", "which", "that"})
"""A relative pronoun as the rules' mention is not guarded: its antecedent may be the ranker's choice
("Donald Trump - {who} previously said he would “…”"), and the cue after it may be another clause's
("She has proposed a “chief trade prosecutor” {who} reports to the president, and called for “…”")."""
_BREAKS = frozenset(",;:()[]\u2013\u2014")
"""Punctuation between the rules' mention and its cue that sets the mention off from the cue's clause
("behind {her aggressive tone}, called her “…”", "{Congress}; Roe called it"): the mention is no
subject of the cue, unless it is a comma before a participle ("{Reid} quieted the chatter, telling")."""


class Relay(NamedTuple):
    """Where, in the quote's sentence, a mention would relay what the rules' mention said: before that
    mention, or after the quote."""

    start: int
    mention: int
    close: int
    end: int

    def holds(self, start: int, end: int) -> bool:
        return (self.start <= start and end <= self.mention) or (self.close <= start and end <= self.end)


def relaying_stretch(
    reading: ArticleReading, spans: Sequence[QuoteSpan], k: int, att: Attribution
) -> Relay | None:
    """Where in ``spans[k]``'s sentence a speaker would relay the words the rules give to their
    mention: from the sentence's start to that mention, and from the quote's close to the sentence's
    end; where the rules' mention stands before the quote as the subject of the cue opening onto it
    (:func:`cue_subject`), with no other quote between them, all in one sentence. None where the rules
    read the quote otherwise."""
    m, cue = att.mention, att.cue
    if m is None or cue is None:
        return None
    span = spans[k]
    open_at = span.open_at
    if not m.end <= cue[0] < cue[1] <= open_at:
        return None
    if k > 0 and spans[k - 1].close_at > m.end and not spans[k - 1].nested:
        return None  # a quote between: the rules' cue opens onto that one
    sentences = reading.sentences
    if not sentences:
        return None
    start, end, _ = sentences[sentences.index_of(open_at)]
    if m.start < start or not cue_subject(reading.text, att, start):
        return None  # the mention in another sentence (no relay the sentence writes), or no subject
    # "{a member of the family} suggested", "{a kite whipping around in the sky} read": the subject is the
    # phrase the mention ends
    text = reading.text
    before = text[max(start, m.start - _WORD_REACH) : m.start].split()
    owned = bool(before) and before[-1].lower() in OBJECT_PREPOSITIONS
    owner = _owned_by().search(text, max(start, m.start - _OWNER_REACH), m.start) if owned else None
    return Relay(start, m.start if owner is None else owner.start(), span.close_at, max(end, span.close_at))


def cue_subject(text: str, att: Attribution, start: int) -> bool:
    """Whether the rules' mention (``att``, its cue after it) reads as its cue's subject: not a
    relative pronoun (:data:`RELATIVES`), a possessive ("{Ross'} stated rationale"), a preposition's
    object opening the sentence ("For {Acme} it was “…”"; but "the head of {Acme} called it": the
    phrase it ends is the subject, and "from {Bush} calling it"), nor set off from the cue
    (:data:`_BREAKS`). ``start``: the sentence's."""
    m, cue = att.mention, att.cue
    assert m is not None and cue is not None
    written = text[m.start : m.end]
    if m.pronoun and written.lower() in RELATIVES:
        return False
    if written.endswith(("'", "’")) or text.startswith(POSSESSIVE_ENDINGS, m.end):
        return False
    between = text[m.end : cue[0]]
    participle = text[cue[0] : cue[1]].endswith("ing")
    breaks = [c for c in between if c in _BREAKS]
    aside = " - " in between or bool(breaks)
    if aside and not (participle and breaks == [","] and between.rstrip().endswith(",")):
        return False
    before = text[max(start, m.start - _WORD_REACH) : m.start].split()
    # (a participle right after a preposition's object is the gerund's: "from {Bush} calling it"; the
    # preposition ends the subject's phrase, "a member of {the family} suggested": :data:`_owned_by`)
    if not before or before[-1].lower() not in OBJECT_PREPOSITIONS:
        return True
    return (participle and not between.strip()) or len(before) > 1


_WORD_REACH = 16
"""Characters before the rules' mention read for the word before it."""
_owned_by = compiled_on_first_use(
    r"(?:\b(?:a|an|the|one|some|each|any|his|her|their|its|our|two|three|several)\s+)?(?:[\w’'-]+\s+){1,4}?"
    rf"(?:{'|'.join(sorted(OBJECT_PREPOSITIONS))})\s+\Z"
)
"""The head of the phrase a mention after a preposition ends ("a member of", "the head of", "one of",
"a kite whipping around in"; at most four words): the phrase's start bounds the stretch before it,
so the head is not one who relays the mention."""
_OWNER_REACH = 60
"""Characters before the rules' mention read for that phrase."""


def relayer_read(reading: ArticleReading, span: QuoteSpan, att: Attribution) -> bool:
    """Whether the rules read their mention as the relayer of a relay in ``span``'s own sentence
    (:mod:`corpus.quotes.relayed`: "According to {the Ledger}, the levy, which Mayor Roe called “a
    lifeline,” passed", "…, reported {the Examiner}"): PolNeAR marks the relayer as the Source, and
    the relay step keeps whom it quotes beside it (:mod:`corpus.quotes.relayed_inner`); the ranker,
    asked, gives the words to the one quoted and that is lost. The ask gate does not ask about it
    (h-gate28). Not a relayer in another sentence, carried over to this quote: the ranker is asked."""
    m, cue = att.mention, att.cue
    sentences = reading.sentences
    if m is None or cue is None or not sentences:
        return False
    words = reading.text[cue[0] : cue[1]].lower()
    if not (words.startswith(RELAY_CUES[0]) or (words.startswith(RELAY_CUES[1:]) and cue[1] <= m.start)):
        return False
    return sentences.by_quote(m.start, m.end, span.open_at, span.close_at)


RELAY_CUES = ("according", "reported", "reports")
"""A relay's cue as the rules read it: "according to X", and "…, reported X" inverted before X."""


def relays_rules(relay: Relay | None, start: int, end: int) -> bool:
    """Whether a mention from ``start`` to ``end`` stands where it would relay what the rules' mention
    said (:func:`relaying_stretch`)."""
    return relay is not None and relay.holds(start, end)

"""Cue subjects that did not say the quote: when a relayed quote's own cue is not whom it quotes.

:mod:`corpus.quotes.relayed_inner` reads whom a relayer quotes from the cue of the quote's own
sentence, as if no relay were written. The steps it borrows read the subject of the nearest cue
before or after the quote; for the scored speaker the ranker weighs that reading against others, for
the quoted person nothing does. Three classes of sentence give a cue's subject that never said the
words:

- ``label``: the quote is a name a participle gives a thing ("items labeled “Grown in the Valley”",
  "Millbrook, called the “Orchard of the North” by its founders"): a label, not the speech of the
  cue's subject. Not where the naming verb is the cue, active, its subject before it ("which he
  called “a lifeline”", "what Roe, the treasurer, called “…”"), nor the passive's agent ("was
  called “…” by {the council}").
- ``subordinate``: the cue stands in a clause of time or condition set off by a comma before the
  quote's own clause ("After {Whitfield} asked about it, the councillors became “agitated”"); not
  where the main clause's subject is a pronoun, which reads back to the mention ("When Okafor
  announced his run, he called it “…”").
- ``aside``: the mention ends an aside set off by commas before its cue, opened by a participle or
  holding a preposition ("One memo, written about the county and {its contractors}, said:"): the
  cue's subject is the phrase the aside hangs from.

Measured by ``train/inner_guards.py`` on every PolNeAR train quote whose own cue's subject the steps
read (4,403; PolNeAR annotates too few relayed quotes to measure on them alone): ``aside`` marks 11,
every one by a reading of them another person than the speaker (the daughter's words given to her
parents, a delegate's to the name on her cape), though PolNeAR's Source, the whole subject phrase
with its aside, overlaps 7 of them; ``label`` 8, gold 4 (a title PolNeAR gives the outlet or the
reporter whose piece it names), dev 1 (a nickname, gold the speaker who used it); ``subordinate`` 1,
not gold. Judged on the golden corpora's ``quoting``: PolNeAR train 26 right / 5 wrong before, the
label, clause and aside classes took 4 wrong ones and no right one.
"""

from __future__ import annotations

import re

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.asides import aside_comma
from corpus.quotes.lexicon import OBJECT_PREPOSITIONS, SUBJECT_PRONOUNS, SUBORDINATORS
from corpus.quotes.roles import Phrase

__all__ = ["LABEL_WORDS", "TRAILING_AUXILIARIES", "not_the_speaker", "without_auxiliary"]

LABEL_WORDS = (
    "so-called",
    "so called",
    "called",
    "labeled",
    "labelled",
    "titled",
    "entitled",
    "dubbed",
    "named",
    "nicknamed",
    "branded",
    "stamped",
    "marked",
    "termed",
    "known as",
    "billed as",
)
"""Participles that give a thing the quoted words as its name (``no_one``'s "named" class reads the
same words after a mention; here they stand before the quote wherever the mention is)."""
_LABEL_BEFORE = compiled_on_first_use(
    r"\b(" + "|".join(w.replace(" ", r"\s+") for w in LABEL_WORDS) + r")\s+(?:(?:the|a|an|as)\s+)?[“\"‘']?\Z",
    re.IGNORECASE,
)
_LABEL_REACH = 30
"""Characters read before a quote's mark for a naming participle."""
_HUGS = re.compile(r"\s+(?:[A-Za-z]+\s+){0,3}")
"""What stands between a subject and its verb when the verb is its own: a few words, no comma ("he
called", "Trump had called", "Beck on Wednesday called")."""
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:[a-z]+ly\s+)?\Z")
_BY = re.compile(r"[,.]?\s+by\b")
_BY_BEFORE = re.compile(r"\bby\s+\Z")
_CLOSING_MARKS = ("”", '"', "’", "'")
_CLAUSE_BREAKS = re.compile(r"[,;:(—–]|[.!?]\s|\n")
_CLAUSE_REACH = 60
"""Characters read back from a mention for the subordinator opening its clause."""
_ASIDE_REACH = 120
"""Characters read back from a mention for the comma opening its aside."""
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s|\n")
_WORD = re.compile(r"[A-Za-z]+")
_ASIDE_OPENERS = re.compile(r"\b(?:[a-z]+ing|[a-z]+ed)\b")
"""A participle opening an aside ("referring to", "speaking at", "forwarded to")."""


TRAILING_AUXILIARIES = frozenset("will would can could may might shall should must".split())
"""A modal the steps may read into a subject before an inverted cue ("“…” {the two-term president will}
say"): no part of whom it names."""


def without_auxiliary(text: str, mention: Phrase) -> Phrase:
    """The mention without a modal it ends with ("the two-term president will" -> "the two-term
    president"), its role too; as it is where it ends with none, or is nothing else."""
    written = text[mention.start : mention.end]
    head, _, last = written.rstrip().rpartition(" ")
    if not head.strip() or last.lower() not in TRAILING_AUXILIARIES:
        return mention
    role = mention.role
    if role is not None and role.split()[-1:] == [last]:
        role = role.rsplit(None, 1)[0] if " " in role.strip() else None
    return mention._replace(end=mention.start + len(head.rstrip()), role=role)


def not_the_speaker(
    text: str, masked: str, open_at: int, mention: Phrase, cue: tuple[int, int]
) -> str | None:
    """The class (``label``, ``subordinate``, ``aside``) of the sentence in which ``mention``, the
    subject the steps read for the cue ``cue`` of the quote opening at ``open_at``, did not say the
    quote; None where it may have (``masked``: the text with its quotes masked, whose commas are the
    sentence's own)."""
    if _labelled(text, open_at, mention, cue):
        return "label"
    if cue[1] <= open_at and _subordinate(masked, open_at, mention, cue):
        return "subordinate"
    if _in_aside(text, mention, cue):
        return "aside"
    return None


def _labelled(text: str, open_at: int, mention: Phrase, cue: tuple[int, int]) -> bool:
    """Whether a naming participle stands right before the quote, and is not the active verb of the
    mention before it ("which he called “…”", "what Roe, a treasurer, called “…”"): a passive one
    ("called “…” by the citizens", "was branded “…”") names a label too."""
    label = _LABEL_BEFORE().search(text, max(0, open_at - _LABEL_REACH), open_at)
    if label is None:
        return False
    verb_at = label.start(1)
    if mention.start >= open_at and _BY_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return False  # "“…” was called by {the SVP}": the namer named it
    if not (cue[0] <= verb_at < cue[1] and mention.end <= verb_at):
        return True  # a label after another verb ("say they prefer items labeled “…”")
    if _HUGS.fullmatch(text, mention.end, verb_at):
        return False  # "which he had called “…”": the subject's own words
    return _PASSIVE_BEFORE.search(text, max(0, verb_at - 12), verb_at) is not None or _by_after(text, open_at)


def _by_after(text: str, open_at: int) -> bool:
    """Whether `by` follows the quote closely (the passive's agent: "called “…” by the citizens")."""
    close = min(
        (at for at in (text.find(mark, open_at + 1) for mark in _CLOSING_MARKS) if at >= 0), default=-1
    )
    return close >= 0 and _BY.match(text, close + 1) is not None


def _subordinate(masked: str, open_at: int, mention: Phrase, cue: tuple[int, int]) -> bool:
    """Whether the mention's clause opens with a subordinator ("After Roe asked about it, …") and a
    comma closes it before the quote, the main clause's own subject standing between ("…, the
    Graysons became"); not a pronoun, which reads back to the mention ("When Roe announced …, he
    called")."""
    head = masked[max(0, mention.start - _CLAUSE_REACH) : mention.start]
    breaks = list(_CLAUSE_BREAKS.finditer(head))
    words = _WORD.findall(head[breaks[-1].end() :] if breaks else head)
    if not words or words[0].lower() not in SUBORDINATORS:
        return False
    comma = masked.rfind(",", cue[1], open_at)
    main = _WORD.findall(masked[comma + 1 : open_at]) if comma >= 0 else []
    return bool(main) and main[0].lower() not in SUBJECT_PRONOUNS


def _in_aside(text: str, mention: Phrase, cue: tuple[int, int]) -> bool:
    """Whether the mention ends an aside set off by commas before its cue ("X, referring to … and {its
    allies}, said"), opened by a participle or holding a preposition before the mention."""
    comma = aside_comma(text, mention.start, mention.end, cue[0], _ASIDE_REACH, _SENTENCE_BREAK)
    if comma is None:
        return False  # no aside, or the comma is another sentence's
    aside = text[comma + 1 : mention.start]
    words = [w.lower() for w in _WORD.findall(aside)]
    if not words:
        return False
    return _ASIDE_OPENERS.match(aside.strip()) is not None or any(w in OBJECT_PREPOSITIONS for w in words)

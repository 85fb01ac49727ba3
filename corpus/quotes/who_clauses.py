"""The relative "who" whose clause holds a quote is its speaker as written (issue 15).

"Beck, who has in the past described Trump as “…”", "said Jane Roe, who thinks the council “…”": the
quote is the object of the relative clause's verb, so the clause's subject, the "who", said it, and
it stands for the name before it (:mod:`corpus.quotes.relative_antecedents`). The rules had read the
sentence's subject there, another cue's, or no one; PolNeAR marks the "who" as the Source.

Only where the clause runs on to the quote unbroken: no comma, stop, colon, dash or parenthesis
between the "who" and the quote ("Trump, who has a lead, mocked Rubio for “…”": the main verb's
quote), no clause opened inside it ("who forced me … when she called him “…”"), and the "who" a
subject (not "who he dubbed “…”", an object) in the active voice ("who was greeted with chants of
“…”": others said them), after a comma: a restrictive relative ("critics who say “…”", "judges who
serve in “…”") is a description's, and PolNeAR marks the description or another mention as often."""

from __future__ import annotations

from itertools import pairwise

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import SUBJECT_PRONOUNS
from corpus.quotes.lexicon import SUBORDINATORS as LEXICON_SUBORDINATORS
from corpus.quotes.lexicon import words as word_set
from corpus.quotes.roles import Phrase

WHO_CLAUSE_REACH = 150
"""How far before its quote a relative "who" may open the clause holding it."""
_WHO = compiled_on_first_use(r"\bwho\s+([A-Za-z’']+)")
_BREAK = compiled_on_first_use(r"[,;:.!?()\[\]—–]|\s-\s|--")
"""What ends a relative clause before the quote: its closing comma, a stop, a dash, a parenthesis."""
_WORD = compiled_on_first_use(r"[A-Za-z’']+")
_PASSIVE = compiled_on_first_use(r"(?:(?:is|are|was|were|has|have|had|been|being|be)\s+)+[a-z]+(?:ed|en)\b")
SUBORDINATORS = LEXICON_SUBORDINATORS | word_set("as whereas once")
"""Words opening another clause between the "who" and the quote: its verb, not the relative's, quotes
("who forced me to confront … when she called him “…”")."""
_COORDINATORS = frozenset(("and", "but", "or"))
_COPULAS = frozenset(("is", "are", "was", "were"))
"""A copula in the relative clause, not after a "that" of its own ("who estimates that his costs were
“…”"), is the main clause's verb again: the relative clause closed unmarked before it."""


def who_clause_subject(masked: str, open_at: int, sentence_start: int) -> Phrase | None:
    """The relative "who" whose clause, opened in the quote's sentence, runs on to the quote at
    ``open_at`` (read in the article's masked text), or None."""
    lo = max(sentence_start, open_at - WHO_CLAUSE_REACH)
    at = masked.rfind("who", lo, open_at)
    # (asked of every quote whose rules' answer stands: the cheap string tests first)
    if at < 0 or masked[max(lo, at - 2) : at].rstrip()[-1:] != ",":
        return None  # no "who", or "critics who say …", "those who thought …": a restrictive relative
    match = _WHO().match(masked, at)
    if match is None:
        return None
    following = match.group(1)
    if following[0].isupper() or following.lower() in SUBJECT_PRONOUNS:
        return None  # "who Beck called “…”", "who he dubbed “…”": the relative is the verb's object
    between = masked[match.end() : open_at]
    if _BREAK().search(between) or _PASSIVE().match(masked, match.start(1)):
        return None  # "McAuliffe, who was greeted with chants of “…”": others said it
    words = [w.lower() for w in _WORD().findall(between)]
    if any(w in SUBORDINATORS for w in words) or any(
        w in _COORDINATORS and n in SUBJECT_PRONOUNS for w, n in pairwise(words)
    ):
        return None  # "who forced me … when she called him “…”": another clause's
    copula = next((k for k, w in enumerate(words) if w in _COPULAS), None)
    if copula is not None and "that" not in words[:copula]:
        return None  # "the mother of Sean Smith, who died in the attack is “…”": the main verb again
    return Phrase(at, at + 3, None, None, pronoun=True)

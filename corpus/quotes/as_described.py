"""An "as described by X" set off after a quote names its speaker (issue 15).

"her “extreme carelessness” in handling classified information – as described by FBI Director James
Comey – …", "the deal is “a betrayal of working families,” as characterised by union leader Tom
Beck, …": the aside after the quote says whose words they are, whatever the sentence's subject
(the one described, or someone quoting). The same passive of naming as
:mod:`corpus.quotes.naming_agents` ("labeled a “…” by Democrats"), with the participle after the
quote in an "as" clause set off by a comma, a dash or a bracket: read there, over any answer.

Only a few words of the sentence may stand between the quote and the aside ("“…” in the handling of
classified information – as described by"), no sentence end, no other quote; not where "according
to" follows the agent (the report is the outer source's, as PolNeAR marks it).
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.after_cue import phrase_after
from corpus.quotes.roles import Phrase

__all__ = [
    "AS_DESCRIBED_REACH",
    "DESCRIBING_PARTICIPLES",
    "agent_as_described",
    "agent_phrase",
    "describing_by",
]

DESCRIBING_PARTICIPLES = (
    "described",
    "characterized",
    "characterised",
    "called",
    "labeled",
    "labelled",
    "dubbed",
    "termed",
    "branded",
    "phrased",
    "worded",
    "put",
    "framed",
    "defined",
)
"""Participles of an "as … by X" aside that says who used the quoted words ("as described by",
"as characterised by", "as phrased by"): the agent is the one who said them."""
AS_DESCRIBED_REACH = 80
"""How far after the quote's closing mark the aside's "by" may stand (a few words of the sentence,
then the aside)."""
_AGENT_REACH = 80
_AS_DESCRIBED = compiled_on_first_use(
    r"[”\"’']?(?!\s*[A-Z])[^,;:.!?“”\"–—()\n]{0,60}?[,;]?\s*[,–—(-]\s*as\s+(?:(?:was|were|it\s+was)\s+)?("
    + "|".join(DESCRIBING_PARTICIPLES)
    + r")\s+by\s+"
)
"""The quote's close, at most a few words of its sentence (no capital: a new sentence's), the
aside's opening comma, dash or bracket (a comma may stand inside the quote: "“…,” as characterised
by"), then "as <participle> by "."""
_AS_DESCRIBED_IN_QUOTE = compiled_on_first_use(
    r"[”\"’']?\s*as\s+(" + "|".join(DESCRIBING_PARTICIPLES) + r")\s+by\s+"
)
"""The aside right after the closing mark, its comma inside the quote ("“…,” as described by")."""


_DESCRIBING = frozenset(DESCRIBING_PARTICIPLES)


_ACCORDING_AFTER = compiled_on_first_use(r"\s*,\s*according\s+to\b")


def agent_phrase(masked: str, at: int, hi: int) -> Phrase | None:
    """The agent of a passive or an aside read right at ``at`` ("by X", "in the words of X"): None
    where the phrase starts later, where ", according to" follows it (the words are the relayer's),
    or where it names no one (no name, description or pronoun)."""
    agent = phrase_after(masked, at, hi)
    if agent is None or agent.start != at or _ACCORDING_AFTER().match(masked, agent.end):
        return None
    if agent.name is None and not agent.description and not agent.pronoun:
        return None
    return agent


def describing_by(masked: str, by: int) -> bool:
    """Whether the word before the " by " at ``by`` is a describing participle ("described by")."""
    return masked[masked.rfind(" ", max(0, by - 16), by) + 1 : by] in _DESCRIBING


def agent_as_described(masked: str, close_at: int) -> tuple[Phrase, tuple[int, int]] | None:
    """The agent of an "as described by" aside after the quote closing at ``close_at`` (the closing
    mark's offset in the masked text), and the participle as its cue; None where there is none."""
    found = _AS_DESCRIBED_IN_QUOTE().match(masked, close_at) or _AS_DESCRIBED().match(masked, close_at)
    if found is None:
        return None
    at = found.end()
    agent = agent_phrase(masked, at, min(len(masked), at + _AGENT_REACH))
    return None if agent is None else (agent, found.span(1))

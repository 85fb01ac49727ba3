""" "In the words of X" says whose words a quote beside it is (issue 15).

"The tax was, in the words of Governor Mark Holt, “a burden on every family.”", "The plan is “a gift
to the banks,” in the words of council member Ann Pike", "– to use the words of union leader Tom
Beck –": the phrase names the quote's speaker whatever the sentence's subject (the thing the words
describe). Read with :mod:`corpus.quotes.naming_agents` (after the ranker, over its answer) where
the article writes "words of" near a quote: right before the quote's opening mark (a comma between),
or right after its closing mark (a comma or a dash between); not where "according to" follows the
agent (the report is the outer source's).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.as_described import agent_phrase
from corpus.quotes.roles import Phrase

if TYPE_CHECKING:
    from corpus.quotes.spans import QuoteSpan

__all__ = ["WORDS_OF_REACH", "words_of_agent", "words_of_agents"]

WORDS_OF_REACH = 100
"""How far from "words of" the quote's mark may stand (the agent's phrase between, or none)."""
_GAP = r"[^\S\n]+"
_WORDS_OF = "((?:in|to_use|using|to_borrow|borrowing)_the_(?:\\w+_)?words_of)_".replace("_", _GAP)
"""The phrase itself, in one paragraph (its gaps no line break), with the verbs of borrowing words
("to use the words of", "to borrow the words of") and an adjective ("in the memorable words of")."""
_BEFORE = compiled_on_first_use(r"\b" + _WORDS_OF + r"([^,;:!?“”\"()\n]{2,80}?)\s*,?\s*\Z")
_AFTER = compiled_on_first_use(r"[”\"’']?\s*[,–—(-]?\s*" + _WORDS_OF)


def _agent_at(masked: str, at: int, hi: int) -> Phrase | None:
    line_end = masked.find("\n", at, hi)  # (the agent's phrase stays in its paragraph)
    return agent_phrase(masked, at, hi if line_end < 0 else line_end)


def words_of_agent(masked: str, open_at: int, close_at: int) -> tuple[Phrase, tuple[int, int]] | None:
    """The one whose words the quote between ``open_at`` and ``close_at`` is by an "in the words of"
    beside it, and the phrase's span as its cue; None where there is none."""
    before = _BEFORE().search(masked, max(0, open_at - WORDS_OF_REACH), open_at)
    if before is not None:
        agent = _agent_at(masked, before.start(2), before.end(2))
        if agent is not None and not masked[agent.end : before.end(2)].strip(" ."):  # all of it
            return agent, before.span(1)
    after = _AFTER().match(masked, close_at)
    if after is None:
        return None
    agent = _agent_at(masked, after.end(), min(len(masked), after.end() + WORDS_OF_REACH))
    return None if agent is None else (agent, after.span(1))


def words_of_agents(
    masked: str, spans: list[QuoteSpan], out: list[tuple[Phrase, tuple[int, int]] | None]
) -> None:
    """Fill ``out`` (one entry per quote, None where no agent is known yet) with
    :func:`words_of_agent` for each quote (not a nested one) a "words of" stands near: found at C
    speed, most articles have none."""
    found = masked.find(" words of ")
    at = [span.open_at for span in spans] if found >= 0 else []  # (most articles have none)
    while found >= 0:
        k = bisect_left(at, found - WORDS_OF_REACH - 400)
        while k < len(spans) and at[k] <= found + WORDS_OF_REACH:
            span = spans[k]
            if out[k] is None and not span.nested:
                out[k] = words_of_agent(masked, span.open_at, span.close_at)
            k += 1
        found = masked.find(" words of ", found + 10)

"""Quotes a passive of naming gives its subject as a name or a description: "All the files were
designated as “Restricted,”", "the memoir is described in the catalogue as a “gripping account”", "a
depot that was known locally as the “Red Barn.”". The subject is named by the words, no one in the
sentence said them, and with no "by" agent after the quote (its speaker, given by
:mod:`corpus.quotes.naming_agents`) the quote is a term, said by no one (issue 15).

The participles are those of :func:`corpus.quotes.cue_clauses.passive_participle` (the cue list's,
and the naming participles PolNeAR train writes after "be"). Words may stand between the participle
and "as" ("described in the catalogue as"), not an agent's "by". A passive cue with the quote
right after it (`was described as a “…”`) is read by :mod:`corpus.quotes.reported_speech` too; this
reads the rest.

Measured (h-none29, ``train/no_speaker.py --c 3 --margins 0``, shipped row, weights as shipped):
CV / dev / gap 0.9288 / 0.9395 / -0.0107 -> 0.9291 / 0.9395 / -0.0104, wrong held out 473 -> 471
(gold names no Source for 2 more right; one lost, "X reported … a facility that was known as the
“…”", PolNeAR crediting the relayer). Golden: ECB+ 2 quotes and dev 1 turn from partial to term,
their speaker none before and after (a building "known as", a species "declared as"); the relayer's
quote gone, an outlet quoted in other articles is no longer named by that one's longer form of its
name (train: 5 quotes).
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.cue_clauses import BE_WORDS, agent_after, passive_participle

__all__ = ["named_by_a_passive"]

_AS_ENDS = (" as ", " as the ", " as a ", " as an ")
"""What stands right before a quote's mark that a passive of naming completes ("as the “")."""
_AS_REACH = len(" as the ")
_PASSIVE_REACH = 70
"""Characters before the quote's mark read for the passive ("were designated as")."""
_PASSIVE_AS = compiled_on_first_use(
    r"\b([a-z]+)\s+(?:(?:[a-z]+ly|also|often|still|now|once|long)\s+)?([a-z]+(?:ed|en|wn))"
    r"((?:\s+(?!by\b)[A-Za-z]+){0,3}?)\s+as\s+(?:(?:the|a|an)\s+)?\Z"
)
"""A form of "be", an adverb, a participle, at most three words (no "by"), "as" and an article
before the quote's mark; no punctuation between, so the passive is the quote's own clause."""


def named_by_a_passive(text: str, open_at: int, close_at: int) -> bool:
    """Whether the quote whose marks are at ``open_at`` and ``close_at`` completes a passive of naming
    with "as" ("were designated as “…”", "is described in the catalogue as a “…”") and no agent
    after it."""
    # (most quotes have no "as" right before their mark: one slice and an endswith, at C speed)
    if not text[max(0, open_at - _AS_REACH) : open_at].endswith(_AS_ENDS):
        return False
    found = _PASSIVE_AS().search(text, max(0, open_at - _PASSIVE_REACH), open_at)
    if found is None or found.group(1) not in BE_WORDS or not passive_participle(found.group(2)):
        return False
    return agent_after(text, close_at) is None

"""Tiers a reader can trust: is an aligned passage copied text, the same statement reworded,
or too weak to be a passage at all?

The aligner (:mod:`corpus.passages.align`) finds sentences that share content words; that
also joins two reports of *different* events told in the same words ("retained his IBF, IBO
and WBO titles" against "retained his WBA, IBF and WBO title belts"). Families keep a
passage only when it is

- ``copied``: verbatim reuse, most of its words the same words in the same order; or
- ``reworded``: the same statement in other words: alike enough, with a verbatim run of a
  few words, and no figure of one side replaced by another figure (23 pirates against 26 is
  another event, not a rewording).

The thresholds were chosen on ECB+ dev as a whole (``bench/graph_ecbplus.py`` prints the
figures), never pair by pair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.model import Passage, Tier
from corpus.passages.weights import TOKEN


@dataclass(frozen=True, slots=True)
class TierRule:
    """The thresholds of :func:`passage_tier`, as data."""

    copied_share: float = 0.5
    """Least share of the longer side's words found verbatim in the other for ``copied``."""
    reworded_similarity: float = 0.35
    """Least weighted similarity (the aligner's) for ``reworded``."""
    reworded_run: int = 5
    """Least words in a row the two sides of a rewording have in common (a name with its
    title, a figure with its noun): scattered shared words are a topic, not a statement."""


TIER_RULE = TierRule()
_FIGURE = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class PassageEvidence:
    """What the tier of a passage is decided by, read from its word diff."""

    words_a: int
    words_b: int
    verbatim: int
    longest_run: int
    figure_conflicts: int
    similarity: float


def passage_evidence(passage: Passage, a_text: str, b_text: str) -> PassageEvidence:
    """The evidence of ``passage``, whose offsets index ``a_text`` and ``b_text``."""
    longest = conflicts = 0
    for op in passage.ops:
        if op.op == "equal":
            longest = max(longest, len(TOKEN.findall(a_text, op.a_start, op.a_end)))
        elif op.op == "replace":
            figures_a = {w for w in TOKEN.findall(a_text, op.a_start, op.a_end) if _FIGURE.search(w)}
            figures_b = {w for w in TOKEN.findall(b_text, op.b_start, op.b_end) if _FIGURE.search(w)}
            if figures_a and figures_b and figures_a != figures_b:
                conflicts += 1
    return PassageEvidence(
        len(TOKEN.findall(a_text, passage.a_start, passage.a_end)),
        len(TOKEN.findall(b_text, passage.b_start, passage.b_end)),
        passage.shared_words,
        longest,
        conflicts,
        passage.similarity,
    )


def evidence_tier(evidence: PassageEvidence, rule: TierRule = TIER_RULE) -> Tier | None:
    """``copied``, ``reworded``, or None when the evidence is too weak for a passage."""
    longer = max(evidence.words_a, evidence.words_b, 1)
    if evidence.verbatim / longer >= rule.copied_share:
        return "copied"
    if (
        evidence.similarity >= rule.reworded_similarity
        and evidence.longest_run >= rule.reworded_run
        and not evidence.figure_conflicts
    ):
        return "reworded"
    return None


def passage_tier(passage: Passage, a_text: str, b_text: str, rule: TierRule = TIER_RULE) -> Tier | None:
    """The tier a reader can trust for ``passage`` (see the module's doc), or None."""
    return evidence_tier(passage_evidence(passage, a_text, b_text), rule)

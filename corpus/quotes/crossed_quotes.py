"""An earlier quote's speaker is no choice of the ranker's across that quote, where the rules name
another speaker after it (h-gate30).

"Police commissioner {Kelly} told the Times there was “nothing to indicate …” while Jane Roe, the
former commander for firearms training at the department, said “it appears to be a good shooting”":
the rules read Roe, the subject of the cue right before the quote; the ranker, asked, chose Kelly,
the earlier cue's subject, whose own quote stands between him and this one. Its features see Kelly
as a cue's subject in the quote's sentence and the previous speaker, and Roe without a cue right
after her (the description set off between them hides it).

The class: the ranker's choice stands before an earlier quote, the rules' mention, a name read with
its cue, stands after that quote and before this one, and no quote stands between the mention and
this one (:func:`across_earlier_quote`). PolNeAR train: 1,618 candidates so, 3 of them gold (0.2%);
dev 262, 3 gold (partial overlaps of one Source split by a nickname in quotes). Where the rules read
a pronoun instead ("{Roe} told AP, “…” {He} added, “…”"), the earlier speaker is often the gold one:
those are not guarded. Where the ranker chooses such a candidate, the rules' answer stands
(``rerank._decided``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.quotes.attribution import Attribution
    from corpus.quotes.spans import QuoteSpan


def across_earlier_quote(spans: Sequence[QuoteSpan], k: int, att: Attribution, end: int) -> bool:
    """Whether a candidate ending at ``end`` stands before an earlier quote than ``spans[k]`` that
    stands before the rules' mention (``att``: a name read with its cue, before the quote, no quote
    between it and the quote)."""
    m = att.mention
    if m is None or att.cue is None or att.name is None or m.pronoun or m.description:
        return False
    span = spans[k]
    if end > span.open_at or m.end > span.open_at or end > m.start:
        return False
    for j in range(k - 1, -1, -1):
        earlier = spans[j]
        if earlier.nested:
            continue
        if earlier.close_at > m.start:
            return False  # a quote between the mention and this one, or the mention inside one
        return end <= earlier.open_at
    return False

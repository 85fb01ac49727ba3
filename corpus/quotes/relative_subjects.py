"""A restrictive relative as the subject of a verb of saying: "critics {who} say he should …", "water
bottles {that} said “…”", "a message {that} read “…”", "an impersonator {who} promises". PolNeAR marks
the relative (or its antecedent) as the Source there, and no candidate held it: the rules read the
name before ("{Obama} rebuked critics who say …") or none.

Such a relative is a candidate of kind "group": a mention that names no one (the antecedent is a
common noun, or a thing that "said": a message, a sign, a T-shirt), so a reader sees no name rather
than the last person named (a relative resolved as a pronoun gave "Purple PAC" for an impersonator's
words, h-acc20). A relative after a comma ("Jane Roe, who said") is a pronoun candidate already
(``candidates.read_mentions``), resolved to the name before it.
"""

from __future__ import annotations

from corpus.quotes.lexicon import CUE_FILLERS, FINITE_CUES

RELATIVES = frozenset("who that which".split())
"""The relatives that may be a verb of saying's subject in a restrictive clause."""
_FILLERS = CUE_FILLERS | frozenset("now".split())
"""What may stand between the relative and its verb ("who also say", "that now reads")."""
_VERB_REACH = 3
"""The verb of saying stands within this many tokens after the relative."""


def restrictive_subject(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the relative ``toks[i]`` (lower case, not after a comma or a dash) is the subject of a
    finite verb of saying right after it ("critics who say", "bottles that said")."""
    if toks[i][2] not in RELATIVES or (i > 0 and toks[i - 1][2] in _SET_OFF):
        return False
    if i == 0 or not toks[i - 1][2].isalpha():
        return False  # the relative opens its sentence ("That said, …") or follows a mark
    for j in range(i + 1, min(len(toks), i + 1 + _VERB_REACH)):
        word = toks[j][2]
        if word in FINITE_CUES:
            return True
        if word not in _FILLERS:
            return False
    return False


_SET_OFF = frozenset(",—–-(")
"""Marks that set a relative off: "Jane Roe, who said" (read as a pronoun candidate)."""

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
“…”", PolNeAR crediting the relayer). Golden: ECB+ 3 quotes and dev 1 turn from partial to term,
their speaker none before and after (a building "known as", a species "declared as", a player "has
been described as"); the relayer's quote gone, an outlet quoted in other articles is no longer named
by that one's longer form of its name (train: 5 quotes). Cold ``storydiff quotes`` on the 4 MB bench
corpus: 13.376 G instructions against 13.349 G (x1.0020, one run).
"""

from __future__ import annotations

from corpus.quotes.cue_clauses import BE_WORDS, agent_after, passive_participle

__all__ = ["AS_LAST_LETTERS", "named_by_a_passive"]

_AS_ENDS = (" as ", " as the ", " as a ", " as an ")
"""What stands right before a quote's mark that a passive of naming completes ("as the “")."""
_AS_REACH = len(" as the ")
AS_LAST_LETTERS = "sean"
"""The letters "as", "the", "a" and "an" end with: the one before the blank before a quote's mark,
tested first by a caller asking of every quote (an endswith on the article's text, in UCS-2 with
its curly marks, costs thousands of instructions a call; one character's slice a few hundred)."""
_PASSIVE_REACH = 70
"""Characters before "as" read for the passive ("were designated as")."""
_WORDS_BETWEEN = 3
"""At most this many words between the participle and "as" ("described in the catalogue as")."""
_ADVERBS = frozenset("also often still now once long".split())
"""Adverbs between "be" and the participle ("was long known as"), besides those in -ly."""
_PARTICIPLE_ENDS = ("ed", "en", "wn")


def named_by_a_passive(text: str, open_at: int, close_at: int) -> bool:
    """Whether the quote whose marks are at ``open_at`` and ``close_at`` completes a passive of naming
    with "as" ("were designated as “…”", "is described in the catalogue as a “…”") and no agent
    after it: a form of "be", an adverb, the participle, at most three words (no "by") and "as", no
    punctuation between, so that the passive is the quote's own clause."""
    # (the few characters before the mark sliced first: a slice of them is ASCII, whose endswith is
    # cheap; the words before "as" are then split, not searched with a pattern tried at every start)
    before = text[max(0, open_at - _AS_REACH) : open_at]
    if not before.endswith(_AS_ENDS):
        return False
    at = open_at - len(before) + before.rfind(" as ")
    words = text[max(0, at - _PASSIVE_REACH) : at].split()[-(_WORDS_BETWEEN + 3) :]
    for j in range(len(words) - 1, max(-1, len(words) - _WORDS_BETWEEN - 2), -1):
        word = words[j]
        if not word.isalpha() or word == "by":
            return False  # punctuation or an agent between: the quote is no complement of a passive
        if word.endswith(_PARTICIPLE_ENDS) and passive_participle(word) and _be_before(words, j):
            return agent_after(text, close_at) is None
    return False


def _be_before(words: list[str], j: int) -> bool:
    """Whether a form of "be" stands right before ``words[j]``, past an adverb ("was long known")."""
    if j >= 1 and words[j - 1] in BE_WORDS:
        return True
    adverb = j >= 2 and (words[j - 1] in _ADVERBS or words[j - 1].endswith("ly"))
    return adverb and words[j - 2] in BE_WORDS

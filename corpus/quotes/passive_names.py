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

A reduced relative of naming reads the same (h-terms30): the participle set off by a comma or a
dash, no "be" before it, only adverbs between it and "as" ("the tour — known here as “…”", "Roe,
44, known online as “…”"; not "Roe, the chair, described the plan as", an object between: a past
verb; nor after an aside a preposition opens, "what Roe, in her campaign, described as “…”": the
subject's verb), and "best" / "better" among the adverbs after "be" ("is best known for his years
as the “…”"). Measured as above: CV / dev / gap 0.9291 / 0.9395 / -0.0104 -> 0.9292 / 0.9395 /
-0.0103, wrong held out 471 -> 470 (gold names no Source for 2 more right, 1 lost to the refit),
unmatched given a speaker 216 / 23 as before: within refit noise, shipped (integ30) for what it
does to a reader (a thing's name is no one's words). Golden: train 2 quotes partial -> term, their
speaker gone (gold names none: "the full Grassley", "senior black correspondent"); ECB+ 1 ("an
imperiled species, known as “take,”" in Hall's clause, partial given Hall -> term: the name of a
thing), html-more 1 partial -> term (a menu's "described as", speaker none before and after);
dev, seeds, census, spotify and NewsWCL50 unchanged.
"""

from __future__ import annotations

from corpus.quotes.cue_clauses import BE_WORDS, agent_after, passive_participle
from corpus.quotes.lexicon import PREPOSITIONS

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
_ADVERBS = frozenset("also often still now once long best better".split())
"""Adverbs between "be" and the participle ("was long known as", "is best known as"), besides those
in -ly."""
_PLACE_ADVERBS = frozenset("here there online locally".split())
"""Adverbs between a reduced relative's participle and "as" ("— known here as", ", known online
as"), besides those in -ly."""
_DASHES = frozenset("— – - --".split())
_ASIDE_REACH = 120
"""Characters before "as" read for an aside before a reduced relative's participle."""
_PARTICIPLE_ENDS = ("ed", "en", "wn")


def named_by_a_passive(text: str, open_at: int, close_at: int) -> bool:
    """Whether the quote whose marks are at ``open_at`` and ``close_at`` completes a passive of naming
    with "as" ("were designated as “…”", "is described in the catalogue as a “…”") and no agent
    after it: a form of "be", an adverb, the participle, at most three words (no "by") and "as", no
    punctuation between, so that the passive is the quote's own clause; or a reduced relative's
    participle after a comma or a dash, only adverbs before "as" ("Roe, 44, known online as “…”")."""
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
        if (
            word.endswith(_PARTICIPLE_ENDS)
            and passive_participle(word)
            and _names_its_noun(text, at, words, j)
        ):
            return agent_after(text, close_at) is None
    return False


def _names_its_noun(text: str, at: int, words: list[str], j: int) -> bool:
    """Whether the participle ``words[j]`` (of the last words before "as" at ``at``) is a passive's
    (a form of "be" before it) or a reduced relative's (:func:`_reduced_relative`, only adverbs
    after it, not after an aside: :func:`_after_an_aside`)."""
    if _be_before(words, j):
        return True
    if not (_reduced_relative(words, j) and _only_adverbs(words[j + 1 :])):
        return False
    return not _after_an_aside(text[max(0, at - _ASIDE_REACH) : at].split()[: j - len(words)])


def _reduced_relative(words: list[str], j: int) -> bool:
    """Whether ``words[j]``, a participle, opens a relative clause with no "who is" that names the
    noun before it: set off by a comma or a dash, past an adverb ("the plan — known here as", "Roe,
    44, known online as", ", supposedly marked as")."""
    i = j - 1
    if i >= 1 and (words[i] in _ADVERBS or words[i].endswith("ly")):
        i -= 1
    return i >= 0 and (words[i].endswith(",") or words[i] in _DASHES)


def _after_an_aside(words: list[str]) -> bool:
    """Whether the comma before a participle (the last of ``words``, the words before it) closes an
    aside that a preposition opens ("what Roe, in his 2000 campaign, described as “…”"): the
    participle is then the verb of the subject before the aside, not a reduced relative."""
    commas = [i for i, w in enumerate(words[:-1]) if w.endswith(",")]
    return bool(commas) and commas[-1] + 1 < len(words) and words[commas[-1] + 1].lower() in PREPOSITIONS


def _only_adverbs(words: list[str]) -> bool:
    """Whether the words between a reduced relative's participle and "as" are adverbs alone: an
    object there ("Roe, the mayor, described the plan as") makes the participle a past verb."""
    return all(w in _PLACE_ADVERBS or w.endswith("ly") for w in words)


def _be_before(words: list[str], j: int) -> bool:
    """Whether a form of "be" stands right before ``words[j]``, past an adverb ("was long known")."""
    if j >= 1 and words[j - 1] in BE_WORDS:
        return True
    adverb = j >= 2 and (words[j - 1] in _ADVERBS or words[j - 1].endswith("ly"))
    return adverb and words[j - 2] in BE_WORDS

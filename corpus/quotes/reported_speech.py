"""Who speaks in a clause reported inside another, read by :mod:`corpus.quotes.attribution`.

A passive cue's agent named after the quote it completes (`The plan was called “a disaster” by Jane
Roe`), else no one (`Blumenthal was asked, “…?”`: :func:`told_words`); and the reporter of a clause
whose subject pronoun stands for that same reporter (`{Trump} said he responded: “…”`:
:func:`same_reporter`): the mention a reader and PolNeAR's annotators take as the speaker is the
outer one.
"""

from __future__ import annotations

from corpus.quotes.context import QuoteContext
from corpus.quotes.cue_clauses import BE_WORDS, agent_after, completes_passive, reporting_subject
from corpus.quotes.cues import Cue, Found
from corpus.quotes.mention_speakers import resolve
from corpus.quotes.roles import Phrase
from corpus.quotes.subject_traits import plural_role, says_the_other
from corpus.quotes.subjects import Subjects

PASSIVE_COMPLEMENT_REACH = 24
"""At most this many characters between a passive cue and the quote that completes it (`was called
the “…”`, `was described as a “…”`)."""
_LONGEST_CUE = 16
"""Characters of the longest cue word read before the quote."""


def told_words(quote: QuoteContext) -> Found | None:
    """A quote completing a passive cue (`was called the “…”`, `was asked, “…”`, `was said to be
    “…”`): the agent named after it is its speaker (`The plan was called “a disaster” by Jane Roe`);
    with none, the words were said to the subject, or of it, by someone the sentence does not name
    (`Blumenthal was asked, “…?” He answered, “…”`), and the search stops with no one: not the next
    sentence's cue, nor the previous quote's speaker; the ranker, asked, weighs who. (No cue either:
    a few words so named stay a term, `what had been called the “Golden Week”`.) Read after the
    quote's own sentence found no one."""
    cue = completed_passive(quote)
    if cue is None:
        return None
    agent = agent_after(quote.masked, quote.close_at)
    return (None, None) if agent is None else (agent, (cue.start(), cue.end()))


def completed_passive(quote: QuoteContext) -> Cue | None:
    """The passive cue right before the quote that the quote completes (`was called the “…”`), if
    any (:func:`corpus.quotes.cue_clauses.completes_passive`)."""
    open_at, masked = quote.open_at, quote.masked
    if BE_WORDS.isdisjoint(masked[max(quote.before, open_at - _BE_REACH) : open_at].split()):
        return None  # (most quotes: no "be" right before them; told without listing the cues)
    near = quote.cues.between(max(quote.before, open_at - PASSIVE_COMPLEMENT_REACH - _LONGEST_CUE), open_at)
    if not near or open_at - near[-1].end() > PASSIVE_COMPLEMENT_REACH:
        return None
    cue = near[-1]
    # (`was reported in a “hit piece” by X`: the quote is no complement of the cue)
    return cue if completes_passive(masked, quote.before, cue, open_at) else None


_BE_REACH = PASSIVE_COMPLEMENT_REACH + _LONGEST_CUE + 24


def same_reporter(
    text: str, mention: Phrase | None, at: int, subjects: Subjects, name: str | None
) -> tuple[Phrase, tuple[str | None, str | None]] | None:
    """The subject of the cue reporting the clause a pronoun mention opens, and who it names, when it
    stands for the same speaker (`{Trump} said he responded: “…”`, `{a woman} told her she worries
    she is “…”`): the outer mention is the one a reader and PolNeAR's annotators take as the speaker.
    ``name``: whom the pronoun was resolved to. Not when the pronoun stands for someone else
    (`prosecutors say he told an agent “…”`: the reader wants who spoke), nor for "I" or "we"."""
    if mention is None or not mention.pronoun or not subjects.sentences:
        return None
    word = text[mention.start : mention.end].lower()
    if word not in _REPORTED_PRONOUNS:
        return None
    lo = subjects.sentences[subjects.sentences.index_of(mention.start)][0]
    outer = reporting_subject(subjects.masked, lo, mention)
    if outer is None:
        return None
    if says_the_other(text[outer.start : outer.end], word):
        return None  # `Jane Roe said he told her “…”`
    if outer.pronoun:
        same = text[outer.start : outer.end].lower() == word
    elif outer.name is not None:
        same = name is None or name.split()[-1:] == outer.name.split()[-1:]
    else:  # a description (`a spokesman said he`): a person's, for "he" or "she"; a group's for "they"
        plural = bool(outer.role) and plural_role(outer.role or "")
        same = plural == (word == "they")
    if not same:
        return None
    outer_name, outer_role = resolve(text, outer, at, subjects)
    if name and outer_name and len(name) > len(outer_name) and name.split()[-1] == outer_name.split()[-1]:
        outer_name = name  # `Doe said he`, the pronoun read back to "John Doe": the fuller name
    return outer, (outer_name, outer_role)


_REPORTED_PRONOUNS = frozenset(("he", "she", "they"))

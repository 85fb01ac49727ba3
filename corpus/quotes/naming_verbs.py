"""The verbs of saying or naming written right before a quote: features of its "no speaker" option
(:mod:`corpus.quotes.speakerless`) that say whether someone said it or named something with it
("Trump called it a “witch hunt”", "a film titled “…”", "was nicknamed the “…”").
"""

from __future__ import annotations

import re

NAMING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|nicknam(?:e|es|ed|ing)|label(?:s|ed|led|ing)?"
    r"|brand(?:s|ed|ing)?|term(?:s|ed)|describ(?:e|es|ed|ing)\b[^.!?]{0,40}?\bas"
    r"|refer(?:s|red|ring)?\s+to\b[^.!?]{0,40}?\bas|deem(?:s|ed)?|characteri[sz](?:e|es|ed|ing))\b[^.!?:]{0,30}$"
)
"""(Read in lower case, as :data:`NAMED_AS` and :data:`SAYING`: a case-blind pattern costs four times
more.) A naming verb in the words before a quote: someone called something so ("Trump called it a “witch
hunt”", "described the plan as “…”"), or no one ("a website called “…”"): the features around it
(a subject before it or not, words between) tell which."""
NAMED_AS = re.compile(
    r"\b(?:known|titled|entitled|so-called|headlined|billed|named|dubbed)\s*(?:as\s+)?(?:(?:the|a|an)\s+)?$"
)
"""Words right before a quote that give it as a name, no one's words ("a film titled “…”",
"the so-called “…”", "known as “…”")."""
SAYING = re.compile(
    r"\b(?P<verb>(?:call|dub|label|brand|nicknam|describ|refer|term|deem|chant|shout|yell|scream|cry|cried"
    r"|say|said|tell|told|warn|vow|promis|announc|declar|insist|argu|claim|accus|tweet|wr[io]t)[a-z]*)"
    r"\b(?:\W+[\w’'-]+){0,5}?\W*$"
)
"""A verb of saying or naming at most five words before a quote ("Trump called it a “witch hunt”",
"saying it had sunk a pirate “mother ship”", "chanting “Pigs!”"), unless in the passive
(:data:`PASSIVE`): the feature ``term_cue`` of a quote that is no term (:func:`term_cue`). A term's
is read from learned words instead (``speakerless.learned_cue``)."""
PASSIVE = frozenset("is are was were be been being am it’s it's".split())
"""Words before a naming verb that make it passive ("was nicknamed the “Jail Blazers”"): the thing
named, not who named it."""


def verbs_before(before: str, low: str, cue_too: bool = True) -> list[str]:
    """The features of the verbs right before a quote's opening mark (``low``: ``before`` in lower
    case; ``cue_too``: with ``term_cue`` read by the verb pattern, :func:`term_cue`; a term's is
    learned, ``speakerless.learned_cue``)."""
    out = []
    if NAMING.search(low):
        out.append("naming_before")
    if cue_too and term_cue(before, low):
        out.append("term_cue")
    if NAMED_AS.search(low, max(0, len(low) - 30)):
        out.append("named_as")
    return out


def term_cue(before: str, low: str | None = None) -> bool:
    """Whether the words before a quote hold a verb of saying or naming, not in the passive
    (:data:`SAYING`): a cue that may say who said a term. ``low``: ``before`` in lower case."""
    if low is None:
        low = before.lower()
    if len(low) != len(before):  # a letter whose lower case is longer ("İ"): read as written
        low = before
    found = SAYING.search(low)
    if found is None:
        return False
    # the word before the verb, as written
    end = found.start("verb")
    while end > 0 and not _word_char(before[end - 1]):
        end -= 1
    if end == 0:
        return True
    word = before[_word_start(before, end) : end]
    if word.lower() in PASSIVE or word.lower() in _NOUN_OPENERS:
        return False  # "was nicknamed the “…”"; "the term “Hyatt”", "a call for “…”": a noun
    # "a website called “…”": a participle after its noun, the quote its name (not "what he called")
    glued = found.group("verb").startswith(_NAMING_VERBS) and not low[found.end("verb") :].strip()
    return not (glued and word.islower() and word not in SUBJECT_WORDS)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_’'-"


def _word_start(text: str, end: int) -> int:
    i = end
    while i > 0 and _word_char(text[i - 1]):
        i -= 1
    return i


_NOUN_OPENERS = frozenset("the a an this".split())
"""Words that make the "verb" after them a noun ("the term", "a call", "the claim")."""
_NAMING_VERBS = ("call", "dub", "label", "brand", "nicknam", "term", "titl")
SUBJECT_WORDS = frozenset("he she they we i you it who what which that".split())
"""Words that make a naming verb after them a finite verb with its subject ("what he called"), not a
participle after the noun it names."""

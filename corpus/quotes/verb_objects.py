"""A verb's object set off by a comma before a participle cue is not the cue's subject (issue 15):
"Roe endorsed {Doe}, saying “…”", "Roe went after {Doe}, calling him “…”". The participle's subject
is the clause's, the one who endorsed or went after; the object is who was spoken of. The ranker's
feature ``verb_object_set_off`` (of a candidate in the quote's own sentence, as ``object_set_off``,
:func:`corpus.quotes.no_one.object_set_off`, is for a preposition's object).

A verb is read without a parser: a lower-case word PolNeAR train writes as a verb
(``after_cue.VERBS``, learned), with its "-s" or "-es", or any past in "-ed", optionally followed by one
particle ("went after", "lashed out at"), right before the mention or its determiner. Not a verb of
saying: "“…,” said {Roe}, adding “…”" has the speaker after its cue, inverted.
"""

from __future__ import annotations

import re

from corpus.quotes.after_cue import VERBS
from corpus.quotes.lexicon import CUE_WORDS, DETERMINERS, FUNCTION_WORDS, PARTICIPLES

_SET_OFF_PARTICIPLE = re.compile(r"[’']?s?,\s*(?:[a-z]+ly\s+)?([a-z]+ing)\b")
"""A comma after the mention and a participle (an adverb may stand between): ", saying", ", then
calling"."""
PARTICLES = frozenset("after at against into on off out up down over with to".split())
"""Words after a verb that go with it before its object ("went after", "lashed out at", "took on")."""
_VERB_ENDINGS = ("ed", "es", "s")
_BE_OR_HAVE = frozenset("is was are were be been has have had".split())
_NOT_VERBS = DETERMINERS | FUNCTION_WORDS | PARTICLES | _BE_OR_HAVE
"""Words before a mention that are no verb taking it as object (a form of "be" or "have" makes it
a complement or an auxiliary's)."""
_REACH = 40
"""Characters read before a mention for its verb."""


def verb_object_set_off(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is a verb's object set off by a comma before a
    participle cue ("endorsed {Doe}, saying “…”", "went after {Doe}, calling him “…”")."""
    after = _SET_OFF_PARTICIPLE.match(text, end)
    if after is None or after.group(1) not in PARTICIPLES:
        return False
    words = text[max(0, start - _REACH) : start].split()[-3:]
    if not words or not text[start - 1 : start].isspace():
        return False
    if words[-1].lower() in DETERMINERS:
        words.pop()
    if len(words) >= 2 and words[-1] in PARTICLES:
        words.pop()
    return bool(words) and _a_verb(words[-1])


def _a_verb(word: str) -> bool:
    """A lower-case word PolNeAR writes as a verb, or its inflection; not a verb of saying (the
    speaker after it, inverted: "said Roe, adding")."""
    if not (word.isalpha() and word.islower()) or word in _NOT_VERBS or word in CUE_WORDS:
        return False
    if word in VERBS or word.endswith("ed"):
        return True  # (a past tense in "-ed", whatever its stem: "slammed", "praised")
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and (word[: -len(ending)] in VERBS or word[: -len(ending)] + "e" in VERBS):
            return True
    return False

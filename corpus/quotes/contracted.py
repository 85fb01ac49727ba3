"""A pronoun with a verb contracted onto it ("He’s said", "They’ve called it", "She’s doing “very
well”"): the subject is the pronoun, resolved as pronouns are. Read as one word, "He’s" was taken
for a name that names no one, and the quote was given no speaker. "It’s", "That’s" are no one's
(:data:`corpus.quotes.uncued.CONTRACTED_SUBJECTS`) and are left as they are.

Measured (``train/no_speaker.py --c 3 --margins 0``, asked beyond 80, with the retort cues): CV
0.9158 -> 0.9163, dev 0.9332 both, unmatched quotes given a speaker 219 / 23 both. As shipped: PolNeAR
dev 3 quotes given their speaker ("He’s" -> Trump twice, Mehmet Oz), train 2 (Trump, Rubio), NewsWCL50
1 (Trump); one worse ("They’re" of a poll's Catholic Republicans read back to the pollster); the same
speaker through another mention 6 times on train and 4 on html-more; ECB+, census, spotify unchanged.
With it, "X at the time said he’d asked" is read as "he had asked" was, so a time read as the
reporting subject is passed over (``attribution.resolved``): "he" stands for X.
"""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import PRONOUNS

SUBJECT_PRONOUNS_CONTRACTED = PRONOUNS - {"who", "which", "it"}
"""The pronouns read out of a contraction: those that stand for a speaker."""
_CONTRACTED = compiled_on_first_use(r"([A-Za-z]+)[’'](?:s|re|ve|d|ll|m)")


def pronoun_end(word: str) -> int | None:
    """Where the pronoun of a contracted word ends ("He’s" -> 2), or None where ``word`` is no
    pronoun with a verb contracted onto it."""
    if len(word) > 7 or ("’" not in word and "'" not in word):
        return None  # (asked of every subject read before a cue: most are no contraction)
    contracted = _CONTRACTED().fullmatch(word)
    if contracted is None or contracted.group(1).lower() not in SUBJECT_PRONOUNS_CONTRACTED:
        return None
    return contracted.end(1)

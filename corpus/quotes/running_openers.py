"""A share's qualifier opening a sentence before a number is no name: "{About} four in 10 Republican
voters say", "{Nearly} 60 percent said" (issue 15).

The rules read a name as a run of capitalised words, so an ordinary word capitalised for opening its
sentence stops there and stands as the speaker: PolNeAR train's output showed "About" twice. The
speaker is the share the number opens (``shares.in_ten_before``, ``shares.share_before``), which
the ranker's candidates hold: the word is :mod:`corpus.quotes.no_one`'s "opener", as one set off by
a comma is ("{First}, Trump…").

Measured (h-cand22, ``train/no_speaker.py --c 3 --margins 0``, CV 0.9168 before): a number alone
0.9171; any lower-case word after the opener ("{Small} groups of protesters", "{Nuclear}
proliferation experts", "{Transcript} as follows") 0.9169: it also barred "Transcript", which
PolNeAR marks as the Source of the transcript under it, and on PolNeAR dev gave "Small groups of
protesters"' chant to "the streets around Bank".
"""

from __future__ import annotations

import re

from corpus.quotes.lexicon import NUMBER_WORDS, SHARE_QUALIFIERS

_NUMBER = re.compile(r"[ \t\u00a0]+(\d|[a-z]+\b)")
"""The word right after a mention: a digit, or a lower-case word that may be a number."""
SHARE_NUMBERS = NUMBER_WORDS | frozenset(("half",))
"""Numbers written in words that open a share ("four in 10", "half of them")."""


def runs_on(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is a share's qualifier running on into a number ("{About}
    four in 10", "{Nearly} 60 percent"): the words after it are the share, the speaker. Only a
    qualifier (``lexicon.SHARE_QUALIFIERS``): a noun before a number is a numbered name ("Article 33
    affirms", "Line 10 said")."""
    if text[start:end].lower() not in SHARE_QUALIFIERS:
        return False
    found = _NUMBER.match(text, end)
    return found is not None and (found.group(1).isdigit() or found.group(1) in SHARE_NUMBERS)

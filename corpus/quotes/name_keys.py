"""The words a person's name is compared by in :class:`corpus.quotes.speakers.SpeakerIndex`:
initials joined, a given name's syllables apart, a surname's particle set aside ("Del Rio", "DelRio").
"""

from __future__ import annotations

import re

from corpus.quotes.lexicon import NAME_PARTICLES, NAME_SUFFIXES

_INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")


def name_keys(words: list[str]) -> list[str]:
    """The words a name is compared by: a given name's hyphened syllables apart ("Kim Jong-un" gives
    Kim Jong un, as "Kim Jong Un"), leading initials as one ("A. J." and "A.J." give "AJ"), and a
    surname's particle left out, written apart or joined ("Del Rio" and "DelRio" give "Rio", "De
    Blasio" is "Blasio" as a bare surname)."""
    words = [part for w in words for part in (_syllables(w) if "-" in w else (w,))]  # (most hold none)
    k = 0
    while k < len(words) - 1 and _INITIAL.fullmatch(words[k]):
        k += 1
    keys = ["".join(words[:k]), *words[k:]] if k > 1 else list(words)
    while len(keys) >= 2 and keys[-2].lower() in NAME_PARTICLES:
        del keys[-2]
    joined = _JOINED_PARTICLE.fullmatch(keys[-1])
    if joined:
        keys[-1] = joined.group(1)
    return keys


_SHORTEST_BARREL = 3
"""A hyphened part this long and capitalised is half of a double-barrelled surname ("Strauss-Kahn");
a shorter or lower-case one is a syllable of a given name ("Jong-un", "Jong-Un", "Ki-moon") or a
particle ("al-Assad"), written with a space too ("Kim Jong Un", "Assad")."""


def words_before_suffixes(words: list[str]) -> int:
    """How many of a name's words come before the suffixes closing it ("Jr.", "III"), two at least:
    the word before them is the surname ("King" of "Martin Luther King Jr.")."""
    named = len(words)
    while named > 2 and words[named - 1].lower() in NAME_SUFFIXES:
        named -= 1
    return named


def surname_particle(words: list[str]) -> str | None:
    """The surname's particle, folded: written apart ("dos Santos") or joined ("DeSantis")."""
    if len(words) >= 2 and words[-2].lower() in NAME_PARTICLES:
        return words[-2].lower()
    joined = _JOINED_PARTICLE.fullmatch(words[-1]) if words else None
    return words[-1][: joined.start(1)].lower() if joined else None


def _syllables(word: str) -> list[str]:
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return [word]
    if all(p[:1].isupper() and len(p) >= _SHORTEST_BARREL for p in parts):
        return [word]
    return parts


_JOINED_PARTICLE = re.compile(r"(?:De|Del|Della|Di|Da|Van|Von|Der|Den|La|Le|Du|Dos|Das)([A-Z][\w’'-]+)")
"""A surname written with its particle joined ("DelRio", "DeBlasio")."""

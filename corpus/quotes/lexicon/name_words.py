"""The lexicon's words of names: nationalities (which qualify a name, "Russian", "Republican"),
the particles and articles written lower case inside one ("van der", "al-"), and common given
names that say "he" or "she"."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon.wordsets import words

# --- Nationalities -----------------------------------------------------------------------------

NATIONALITY_ABBREVIATIONS = ("U.S.", "U.S", "US.", "US", "UK", "U.K.", "EU", "UN", "U.N.")
NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish")
"""Endings of a nationality not listed ("Estonian", "Lebanese", "Danish")."""
FIRST_NAMES_LIKE_NATIONALITIES = (
    "Brian Julian Adrian Sebastian Christian Damian Fabian Florian Lillian Marian Jillian Gillian Kristian "
    "Cristian Maximilian Killian Vivian"
).split()
"""First names with a nationality's ending: names, not nationalities."""
NATIONALITIES = (
    "Russian German American African Korean Mexican Afghan Pakistani Iraqi Israeli Saudi Yemeni Qatari Thai "
    "Dutch French Swiss Greek Chinese Cuban Turkish Kurdish Polish Czech Slovak Belgian Estonian Latvian "
    "Lithuanian Moldovan Georgian Armenian Syrian Libyan Venezuelan Chilean Peruvian Brazilian Argentine "
    "Canadian Australian Indian Iranian Italian Kenyan Nigerian Ukrainian Belarusian Western Eastern "
    "European Asian Arab Democratic Republican Libertarian Former"
).split()
"""Adjectives of a nation, a region or a party, which qualify a name ("Russian", "Republican")."""
NAME_PARTICLES = words("de del della di da van von der den la le du dos das bin ibn")
"""Particles written lower case inside a person's name ("Bill de Blasio", "Alex van der Zwaan",
"Osama bin Laden"): the name goes on past them. Not "al" or "el", which are given names too ("Al
Sharpton"); joined to the surname they are :data:`JOINED_ARTICLES`."""
JOINED_ARTICLES = ("al-", "el-")
"""An Arabic article joined to a surname written lower case ("Bashar al-Assad")."""


def ends_as_plural(word: str) -> bool:
    """A plural's or a verb's "-s" ending, not "-ss", "-us" or "-is" ("officials", "says"; not "boss",
    "census", "analysis")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def has_joined_article(word: str) -> bool:
    """ "al-Assad": an article joined lower case to a capitalised surname."""
    return word[2:3] == "-" and word[:3] in JOINED_ARTICLES and word[3:4].isupper()


PLACE_QUALIFIERS = words("north south east west northern southern central upper lower new")
"""Words that open a place's name before a nationality's ending ("South Sudanese", "Papua New Guinean")."""
NATIONALITY = compiled_on_first_use(
    "^(?:"
    + "|".join(re.escape(a) for a in NATIONALITY_ABBREVIATIONS)
    + "|(?!(?:"
    + "|".join(FIRST_NAMES_LIKE_NATIONALITIES)
    + ")$)[A-Z][a-z]+(?:"
    + "|".join(NATIONALITY_ENDINGS)
    + ")|"
    + "|".join(NATIONALITIES)
    + ")$"
)
_NATIONALITY_LAST_CHARACTERS = frozenset(
    [w[-1] for w in (*NATIONALITY_ABBREVIATIONS, *NATIONALITY_ENDINGS, *NATIONALITIES)] + ["\n"]
)
"""The last characters of every word NATIONALITY matches (its $ also allows a final line break)."""


def is_nationality(word: str) -> bool:
    """``NATIONALITY().match(word)``, after a check of the last character: the regex tries some 50
    alternatives (~1 µs), and most words it is asked about are names that end otherwise."""
    return word[-1:] in _NATIONALITY_LAST_CHARACTERS and _matches_nationality(word)


@lru_cache(maxsize=8192)
def _matches_nationality(word: str) -> bool:
    # asked of the same few words again and again (a name's words beside every cue that reads it)
    return NATIONALITY().match(word) is not None


# --- First names -------------------------------------------------------------------------------

# Very common first names that say "he" or "she" (a hint only: a name in neither list says nothing).
FIRST_NAMES_HE = words(
    "james john robert michael william david richard joseph thomas charles christopher daniel matthew "
    "mark donald paul steven steve george kenneth edward brian ronald anthony kevin jeffrey gary larry "
    "frank scott eric stephen andrew raymond gregory peter henry jerry walter harold douglas roger joe jim "
    "bob bill tom mike dave tony jack barack bernie hugh ted mitch"
)
FIRST_NAMES_SHE = words(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty bettie "
    "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie "
    "rebecca laura sharon cynthia kathleen amy angela helen anna anne ann julie maria hillary melania "
    "melanie nicole catherine jane elaine"
)

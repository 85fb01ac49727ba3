"""A speaker named after the name of whom or what they work for: "said Oversight ranking Democrat
Elijah Cummings", "said Clinton ally James Carville", "tweeted Rubio spokesman Alex Conant". The cue
grammar stops at the first lower-case word and reads the owner ("Oversight", "Clinton") as the
speaker; the person is the name after the role's words, and the owner and those words are their role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.attribution import Attribution
from corpus.quotes.lexicon import CUE_WORDS, PARTY_MEMBERS, ROLE_WORDS, TITLES, ends_as_plural
from corpus.quotes.names import NameTables

OWNED_ROLE_WORDS = ROLE_WORDS | frozenset(
    "ally allies speechwriter ranking confidant confidante backer supporter loyalist friend "
    "pollster surrogate aide adviser advisor strategist spokesman spokeswoman lawyer attorney "
    "chairman chairwoman member minority majority former longtime top senior chief".split()
)
"""Lower-case words that make a role after an owner's name: jobs held for someone ("ally",
"speechwriter", "spokesman") and their qualifiers ("ranking", "former", "top"). Nothing else may
stand between the owner and the name: "Trump supporters like Jane Roe", "Clinton said Jane Roe …"
are other sentences."""

_ROLE_RUN = re.compile(r"((?:[ \u00a0][a-z][a-z-]*){1,3})[ \u00a0]")
"""The role's lower-case words after the owner."""
_TITLE = re.compile(r"([A-Z][a-z]+\.?)[ \u00a0]")
"""A party's member or a title after them ("ranking Democrat", "Sen.")."""
_NAME = compiled_on_first_use(
    r"([A-Z][\w’'-]+)((?:[ \u00a0](?:[A-Z]\.|[A-Z][\w’'-]+)){1,2})"
    r"(?=[ \u00a0]*(?:[,.;:()]|$)|[ \u00a0]+([a-z]))"
)
"""A person's full name, two or three capitalised words (a middle initial among them), ending the
clause (a comma, a period, a parenthesis: "Elijah Cummings (D-Md.)") or, where the name is the
subject, before its verb ("Former Obama speechwriter Jon Favreau published"; not after the cue: "said
former Florida governor Jeb Bush has …" is what someone said of him)."""


@dataclass(frozen=True, slots=True)
class OwnedName:
    name: str
    role: str
    end: int
    """Where the person's name ends in the text: the mention runs to it."""


def person_after_owner(
    text: str, start: int, end: int, tables: NameTables, *, subject: bool = True
) -> OwnedName | None:
    """The person a mention of their owner (``text[start:end]``, a name) is followed by, with the
    role the owner and the words between make, or None when no role's words and name follow
    (``subject``: the mention stands before its cue, so a verb may follow the name)."""
    run = _ROLE_RUN.match(text, end)
    if run is None:
        return None
    words = run.group(1).split()
    if not OWNED_ROLE_WORDS.issuperset(words) or (ends_as_plural(words[-1]) and words[-1] not in _QUALIFIERS):
        return None  # (a plural's are several: "Trump aides Jane Roe and John Doe")
    at, title = run.end(), ""
    titled = _TITLE.match(text, at)
    if titled is not None and titled.group(1).lower() in _TITLE_WORDS:
        at, title = titled.end(), titled.group(1)
    if not title and all(w in _QUALIFIERS for w in words):
        return None  # "Clinton former James Roe": no role's noun
    name = _NAME().match(text, at)
    if name is None or name.group(1).lower() not in tables.given_names or (name.group(3) and not subject):
        return None
    full = name.group(1) + name.group(2)
    role = " ".join([text[start:end], *words, *([title] if title else [])])
    return OwnedName(full.replace("\u00a0", " "), role, name.end())


_TITLE_WORDS = PARTY_MEMBERS | TITLES
_QUALIFIERS = frozenset("ranking former longtime top senior minority majority".split())
"""Words that qualify a role and make none alone ("Clinton former James Roe" is no role)."""
_BEFORE_A_ROLE = _QUALIFIERS | {"the"}
"""Words stepped over back to a cue before a mention (built once, not at each word)."""


def read_past_owner(att: Attribution, text: str, tables: NameTables) -> Attribution:
    """``att`` with its speaker read past their owner's name when a role's words and a person's name
    follow the mention (:func:`person_after_owner`); else ``att`` itself."""
    m = att.mention
    if (
        m is None
        or m.pronoun
        or m.description
        or not att.name
        or att.name.split()[-1] not in text[m.start : m.end]
    ):
        return att
    # as a subject first: as the cue's object the answer can only be None where that one is (and most
    # mentions are followed by no role's words, so no cue is looked for before them)
    owned = person_after_owner(text, m.start, m.end, tables)
    if owned is not None and _after_a_cue(text, m.start):
        owned = person_after_owner(text, m.start, m.end, tables, subject=False)
    if owned is None:
        return att
    mention = m._replace(end=owned.end, name=owned.name, role=owned.role)
    return att._replace(mention=mention, name=owned.name, role=owned.role)


def _after_a_cue(text: str, at: int) -> bool:
    """Whether a verb of saying stands right before ``at`` (a role's qualifiers between: "said former
    …"): the mention is its object, no subject of a verb after it."""
    words = text[max(0, at - 40) : at].split()
    while words and words[-1].lower() in _BEFORE_A_ROLE:
        words.pop()
    return bool(words) and words[-1].lower().strip(",") in CUE_WORDS

"""Titles that say which kind of person someone is for life: a judge, a member of the clergy, an
officer of the armed forces or the police. A speaker quoted by surname alone under one of them ("Judge
Roe said") is not the person of that surname another article names when that person is never given a
title of the kind ("Acme lobbyist Jane Roe"): a judge is no lobbyist.

Offices of state are left out on purpose: people move between them and articles of other years name
them by either ("Senator Roe" then, "President Roe" now), so they contradict nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol, TypeVar

__all__ = ["TITLE_KINDS", "lone_surname_title_kinds", "title_kinds", "titled_person"]

TITLE_KINDS: dict[str, frozenset[str]] = {
    # "Justice" too ("Chief Justice Roe"); a role's last word is read, so "Department of Justice" is
    # one only when written as a role, which it seldom is
    "judicial": frozenset({"judge", "justice", "magistrate"}),
    # no "Father": a relative as often as a priest ("her father")
    "clergy": frozenset(
        {"rev.", "rev", "reverend", "pastor", "bishop", "archbishop", "rabbi", "imam", "cardinal"}
    ),
    # ranks change within the kind (a colonel becomes a general); no "General": "Attorney General"
    "military": frozenset(
        {
            "gen.",
            "col.",
            "colonel",
            "lt.",
            "lieutenant",
            "sgt.",
            "sergeant",
            "capt.",
            "maj.",
            "adm.",
            "admiral",
        }
    ),
}
"""Kinds of title by the words a role ends with ("U.S. District Judge", "Oregon State Police Lt.")."""

_KIND_OF: dict[str, str] = {word: kind for kind, words in TITLE_KINDS.items() for word in words}


def title_kinds(roles: Iterable[str]) -> set[str]:
    """The kinds of title the roles end with ("Superior Court Judge": judicial)."""
    kinds = set()
    for role in roles:
        words = role.split()
        kind = _KIND_OF.get(words[-1].lower()) if words else None
        if kind is not None:
            kinds.add(kind)
    return kinds


def lone_surname_title_kinds(
    sightings: Iterable[tuple[str, str, str | None]], one_word: set[str]
) -> dict[tuple[str, str], set[str]]:
    """For each (article, name) of a name written as one word (``one_word``: the raw names that are a
    surname alone once cleaned), the kinds of title its sightings in that article give it: every
    sighting of the key counts, as any of them decides which person the key joins."""
    roles: dict[tuple[str, str], Counter[str]] = {}
    for article, raw, role in sightings:
        if role and raw in one_word:
            roles.setdefault((article, raw), Counter())[role] += 1
    out: dict[tuple[str, str], set[str]] = {}
    for key, seen in roles.items():
        kinds = title_kinds(seen)
        if kinds:
            out[key] = kinds
    return out


class Titled(Protocol):
    """A person as the speaker index knows them: the roles they were seen with, the articles naming them."""

    roles: Counter[str]
    seen: set[str]


P = TypeVar("P", bound=Titled)


def titled_person(found: P, namesakes: list[P], kinds: set[str], article: str) -> P | None:
    """The person a surname alone with titles of ``kinds`` in ``article`` is: ``found`` (the person the
    surname joins by name) when the article names them or they were given a title of the kind
    elsewhere; else the one person of the surname (``namesakes``) given one; else no one known yet."""
    if article in found.seen or kinds & title_kinds(found.roles):
        return found
    alike = [p for p in namesakes if kinds & title_kinds(p.roles)]
    return alike[0] if len(alike) == 1 else None

"""Middle initials in a person's name: "Emmet G. Sullivan", "George H. W. Bush", "George H.W. Bush".

The same person is written with and without them ("Emmet Sullivan"), so they are set aside when
names are compared for the name shown (:mod:`corpus.quotes.shown_names`); but two full names whose
middle initials differ are two people ("George H.W. Bush" and "George W. Bush", "George P. Bush").
"""

from __future__ import annotations

from collections.abc import Iterable

from corpus.ingest.lazy_regex import compiled_on_first_use

_MIDDLE_INITIAL = compiled_on_first_use(r"(?:[A-Z]\.){1,2}")
"""A middle initial or two joined ("H.W." of "George H.W. Bush"); one of several apart ("H.", "W.")."""


def without_initials(name: str) -> str:
    """The name without its middle initials: "Emmet G. Sullivan" is "Emmet Sullivan"; a leading
    initial ("J. Roe", "A.J. Roe") and a one- or two-word name are kept whole."""
    if "." not in name:  # an initial is written with its period: most names hold none
        return name
    words = name.split()
    if len(words) < 3:
        return name
    middle = [w for w in words[1:-1] if not _MIDDLE_INITIAL().fullmatch(w)]
    if len(middle) == len(words) - 2:
        return name
    return " ".join([words[0], *middle, words[-1]])


def middle_initials(words: list[str]) -> str:
    """The letters of a name's middle initials, however spaced ("HW" of "George H. W. Bush" and of
    "George H.W. Bush"); "" for none."""
    if len(words) < 3:
        return ""
    return "".join(w.replace(".", "") for w in words[1:-1] if "." in w and _MIDDLE_INITIAL().fullmatch(w))


def other_initials(words: list[str], names: Iterable[str]) -> bool:
    """Whether a name written with middle initials (``words``) names another person than one of
    ``names`` opening with the same word and written with other middle initials: "George W. Bush"
    is not "George H.W. Bush". A name without initials contradicts none ("George Bush")."""
    mine = middle_initials(words)
    if not mine:
        return False
    for name in names:
        if "." not in name:  # no initials written: none to contradict (most names)
            continue
        theirs = name.split()
        if theirs[0] == words[0] and (other := middle_initials(theirs)) and other != mine:
            return True
    return False

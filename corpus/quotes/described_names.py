"""Names an article introduces with a description before them: "trade publication Variety", "daily
Eleftherotypia", "the tabloid Bild", "rapper Future"; and the outlet "the paper" or "the network"
stands for ("Centre-left daily Eleftherotypia warned …. “…,” the paper said").

A lone capitalised word that is an ordinary word too ("Variety", "Future") is a name only on the
article's evidence (``names.reader_name``: a capitalised word before it, "Jane Future"); a lower-case
description noun right before it is such evidence: the article tells the reader what it names.
"""

from __future__ import annotations

import re
from functools import cache

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.lexicon import OUTLET_WORDS, ROLE_WORDS

OUTLET_NOUNS = frozenset(
    "publication newspaper paper daily tabloid magazine weekly broadsheet journal network broadcaster "
    "channel station website site outlet agency wire".split()
)
"""Nouns an article describes a news outlet by, before its name ("trade publication Variety",
"daily Eleftherotypia") or as a bare description standing for it ("the paper said")."""

OUTLET_DESCRIPTIONS = OUTLET_NOUNS - {"agency", "journal", "wire"}
"""Heads of bare descriptions that stand for the outlet named before: not "the agency" (a body's:
:mod:`corpus.quotes.named_bodies`), "the journal" (a scientific one, often) or "the wire"."""

_ROLE_ADJECTIVES = frozenset(
    "former public senior top acting interim deputy chief executive federal national foreign democratic "
    "republican libertarian presidential military intelligence security health defence defense interior "
    "retired state white prime vice general press".split()
)
"""Role words that qualify a noun rather than name what someone is ("former", "senior")."""
_DESCRIBING_SET = OUTLET_NOUNS | frozenset(
    w for w in ROLE_WORDS if w.isalpha() and w.islower() and w not in _ROLE_ADJECTIVES
)
"""Lower-case nouns that describe the name written right after them ("publication", "rapper")."""

_NAME = r"[A-Z][\w’'&.-]*(?:[ \u00a0][A-Z][\w’'&.-]*){0,3}"


@cache
def _after_noun(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(nouns) + r")[ \u00a0](" + _NAME + r")")


def described_before(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` right after a lower-case describing noun, as a whole name
    ("publication Variety" for "Variety"; not "Variety Fair" for "Variety")."""
    at = text.find(" " + name)
    while at >= 0:
        end = at + 1 + len(name)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "’'-"):
            before = text[max(0, at - 16) : at].split()[-1:]
            if before and before[0] in _DESCRIBING_SET:
                return True
        at = text.find(" " + name, at + 1)
    return False


_OUTLET_NAME_WORDS = frozenset(w.capitalize() for w in OUTLET_WORDS) | frozenset(
    w.upper() for w in OUTLET_WORDS if len(w) <= 3
)
_CAPITAL_RUN = compiled_on_first_use(r"(?<![\w’'-])(?:[Tt]he[ \u00a0])?(" + _NAME + r")")


def outlet_named(masked: str, lo: int, hi: int) -> str | None:
    """The last news outlet named in ``masked[lo:hi]``: a name after an outlet's noun ("daily
    Eleftherotypia", "network CNN") or holding an outlet's word ("the Daily News", "CNN"), or None."""
    found: tuple[int, str] | None = None
    for m in _after_noun(tuple(sorted(OUTLET_NOUNS))).finditer(masked, lo, hi):
        found = (m.start(1), m.group(1))
    for m in _CAPITAL_RUN().finditer(masked, found[0] + 1 if found else lo, hi):
        words = m.group(1).split()
        if any(w.removesuffix("’s").removesuffix("'s").rstrip(".,") in _OUTLET_NAME_WORDS for w in words):
            found = (m.start(1), m.group(1))
    return found[1] if found else None

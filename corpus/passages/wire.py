"""Wire credits and origins: which news agency an article credits, and which version of a
reprinted text most likely came first.

A family's origin is its earliest-dated member; members without a date, or dated the same
day, are told apart by a wire credit (an agency's copy is the source its clients reprint)
and then by length (reprints cut, they seldom add). Each decision says why it was made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.model import Article, Origin

WIRE_CREDITS: tuple[tuple[str, str], ...] = (
    (
        "AP",
        r"\(AP\)|\bBy\s+(?:The\s+)?Associated\s+Press\b|\bThe\s+Associated\s+Press\s+contributed"
        r"|\bCopyright\s+\d{4}\s+(?:The\s+)?Associated\s+Press\b|\bAP\s+Archive\b",
    ),
    (
        "Reuters",
        r"\(Reuters\)|\bBy\s+Reuters\b|\bReporting\s+by\s+[A-Z][^\n]{0,80}\bEditing\s+by\b"
        r"|\bThomson\s+Reuters\b",
    ),
    ("AFP", r"\(AFP\)|\bBy\s+AFP\b|\bAgence\s+France[- ]Presse\s+contributed|^AFP\b"),
    ("dpa", r"\(dpa(?:/[A-Za-z]+)?\)|\bBy\s+dpa\b"),
    ("Bloomberg", r"\bBy\s+[A-Z][\w.' -]{1,40},?\s+Bloomberg\b|\(Bloomberg\)"),
    ("CNN", r"\(CNN\)|\bBy\s+[A-Z][\w.' -]{1,40},\s+CNN\b"),
    ("UPI", r"\(UPI\)|\bBy\s+UPI\b"),
    ("PA", r"\(PA\)|\bPress\s+Association\b"),
)
"""Agency name -> how an article credits it: a dateline "(AP)", a byline "By Reuters", a
credit line "The Associated Press contributed". A bare mention ("Reuters reported") is a
citation, not a credit, and is not listed."""

CREDIT_REACH = 600
"""Credits stand in the dateline or byline near the top, or in the credit lines at the
bottom: only this many characters at each end are searched (a quote naming an agency in
the middle of a story is not a credit)."""

CREDIT_HINTS = (
    "AP",
    "Associated",
    "Reuters",
    "Editing",
    "AFP",
    "Agence",
    "dpa",
    "Bloomberg",
    "CNN",
    "UPI",
    "Press",
)
"""A word every credit of WIRE_CREDITS holds (keep them together)."""
_NAMES = [name for name, _ in WIRE_CREDITS]
_CREDIT = re.compile(
    "|".join(f"(?P<w{k}>{pattern})" for k, (_, pattern) in enumerate(WIRE_CREDITS)), re.MULTILINE
)
"""Every credit in one pattern (one search of each end of an article, not one per agency)."""
_HINT = re.compile("|".join(map(re.escape, CREDIT_HINTS)))
"""Any of CREDIT_HINTS: one search at C speed, not a test per hint in a generator (reading the
credits of 4,000 wire articles: 0.121 -> 0.105 CPU s; the rest is the credit pattern itself,
searched in the few ends that hold a hint)."""


def wire_credit(article: Article) -> str | None:
    """The agency ``article`` credits for its text, or None (the first credit found, top first)."""
    text = article.text
    for part in (text[:CREDIT_REACH], text[-CREDIT_REACH:], article.author or ""):
        if _HINT.search(part) is None:
            continue  # most articles credit no agency: plain look-ups tell, without the pattern
        found = _CREDIT.search(part)
        if found is not None and found.lastgroup is not None:
            return _NAMES[int(found.lastgroup[1:])]
    return None


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the origin of a family is chosen by, for one member."""

    article: str
    date: str | None
    credit: str | None
    length: int


def choose_origin(candidates: Sequence[Candidate]) -> Origin | None:
    """The member most likely to be the source: earliest date; then a wire credit; then the
    longest version. None when nothing tells the members apart."""
    if not candidates:
        return None
    dated = [c for c in candidates if c.date]
    pool = list(candidates)
    why = ""
    if dated:
        first = min(c.date or "" for c in dated)
        pool = [c for c in dated if c.date == first]
        if len(pool) == 1:
            return Origin(pool[0].article, f"earliest, {first}")
        why = f"earliest, {first}; "
    credited = [c for c in pool if c.credit]
    if credited:
        best = max(credited, key=lambda c: (c.length, _reverse(c.article)))
        return Origin(best.article, f"{why}credited to {best.credit}")
    longest = max(c.length for c in pool)
    pool = [c for c in pool if c.length == longest]
    if len(pool) > 1:
        return None
    return Origin(pool[0].article, f"{why}longest version")


def _reverse(name: str) -> tuple[int, ...]:
    """A key that puts ``name`` first when it sorts first (for max() among equals)."""
    return tuple(-ord(ch) for ch in name)

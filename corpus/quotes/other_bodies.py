"""Whether an organisation's full name names another body than the names of one of the same head word
("Democratic Senatorial Campaign Committee" and the "Democratic National Committee"): what keeps
:class:`corpus.quotes.speakers.SpeakerIndex` from joining two organisations by their shared last word.
"""

from __future__ import annotations

from collections.abc import Iterable

from corpus.quotes.lexicon import ORG_HEADS

__all__ = ["another_body"]


def another_body(words: list[str], surname: str, names: Iterable[str]) -> bool:
    """Whether an organisation's full name (``words``, its head word folded: ``surname``) is another
    body than the one known by ``names`` of the same head word: "Democratic Senatorial Campaign
    Committee" is not the "Democratic National Committee" (neither name's words hold the other's;
    "Senate Intelligence Committee" holds "Intelligence Committee"), "LA Times" not the "New York
    Times" (a particle-like opener read as no first name), though it is the "Los Angeles Times"."""
    if len(words) < 2 or surname not in ORG_HEADS:
        return False
    mine = {w.lower() for w in words}
    for name in names:
        other = {w.lower() for w in name.split()}
        if len(other) < 2 or mine <= other or other <= mine or _abbreviated(words, name.split()):
            return False
    return True


def _abbreviated(words: list[str], others: list[str]) -> bool:
    """Whether one name is the other with the words before their shared head written as initials
    ("LA Times" of "Los Angeles Times")."""
    short, long = (words, others) if len(words) < len(others) else (others, words)
    capitals = short[0]
    if not (capitals.isupper() and capitals.isalpha()) or short[1:] != long[len(long) - len(short) + 1 :]:
        return False
    return capitals == "".join(w[:1] for w in long[: len(long) - len(short) + 1]).upper()

"""A name after a cue verb that a modal follows opens a reported clause that has not happened yet:
a participle of saying set off after it is the finite cue's subject's (issue 15).

"A strategist said Clinton will have to choose a side, saying, “…”": "said Clinton" reads like an
inverted cue ("said Rep. Bobby Scott at the time, adding"), but "will" makes "Clinton" the subject of
what was said, and one who "will have to choose" is not yet saying anything: the participle's subject
is the finite cue's own ("a strategist"). Where the reported clause tells what its subject did ("an
official said Reid quieted the chatter, telling his colleagues, “…”"), the participle goes with that
clause and its subject is the speaker, as the inverted reading already gives: so only a modal
(will, would, can, could, should, may, might, must, shall) marks the clause.
:mod:`corpus.quotes.cues` asks :func:`opens_reported_clause` before it takes a name after a finite
cue as the speaker of a participle after it.

PolNeAR train, ``train/no_speaker.py --c 3 --margins 0``: "said Clinton will have to choose …,
saying" now the strategist's; with every finite verb (was, has, -ed, -s) also "said Reid quieted the
chatter, telling" went wrong (left out).
"""

from __future__ import annotations

import re

__all__ = ["REPORTED_MODALS", "opens_reported_clause"]

REPORTED_MODALS = frozenset("will would can could should shall may might must".split())
"""Modals that, right after a name, make it the subject of a reported clause about what it will or
may do ("said Clinton will have to choose"): an inverted speaker is followed by a time, a place, an
aside or the comma, never by these."""
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def opens_reported_clause(masked: str, name_end: int) -> bool:
    """Whether a modal follows the name ending at ``name_end`` ("said Clinton will …"), so that the
    name is the subject of a reported clause, not an inverted cue's speaker ("said Roe on Tuesday,
    adding")."""
    match = _NEXT_WORD.match(masked, name_end)
    return match is not None and match.group(1) in REPORTED_MODALS

"""Every passage the aligner finds between two seed articles, judged by hand: is it the same
statement or fact (``copied`` verbatim, ``reworded`` in other words) or not a passage
(``none``)? Keyed by (article A's number, article B's number, the passage's start in A).

Judged by reading both sides; the reasons are written next to each, so the judgement can be
checked. Used by ``bench/families_ecbplus.py``; never by tests (it scores a heuristic)."""

from __future__ import annotations

JUDGED: dict[tuple[str, str, int], str] = {
    # troops returning to bases after drills, said by the defence ministry: one fact
    ("000", "001", 366): "reworded",
    # Kuleba will believe in de-escalation/withdrawal when he sees it: one statement
    ("000", "001", 1044): "reworded",
    # more than 100,000 Russian troops massed at Ukraine's border: one fact
    ("000", "001", 1414): "reworded",
    # Moscow/Russia has denied planning an attack: one statement
    ("000", "001", 1851): "reworded",
    # NATO has not seen de-escalation on the ground; units returning to bases: one statement
    ("000", "003", 366): "reworded",
    # "grounds for cautious optimism": one quote, cut differently
    ("000", "003", 2874): "reworded",
    # Stoltenberg's "signs from Moscow that diplomacy should/could continue": one quote in two wordings
    ("000", "004", 2813): "reworded",
    # Russia says it pulls back troops / NATO sees no drawdown: two different claims
    ("001", "004", 89): "none",
    # citizenship for 720,000 people / government forces fighting separatists: background, not one fact
    ("001", "004", 2940): "none",
    # Stoltenberg: no sign of reduced presence / NATO sees no drawdown: one statement
    ("002", "004", 3729): "reworded",
}

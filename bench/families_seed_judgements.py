"""Sentence pairs of the seed articles judged by hand: do both sentences state the same fact or
statement (``reworded``: in other words; ``copied``: verbatim), or not (``none``)?

Keyed by (article A's number, article B's number, the start of A's sentence, the start of B's
sentence), offsets into ``article.text``. The pairs judged are every pair of sentences of two
seed articles sharing two content stems or more worth 3.0 (the aligner's least shared weight),
74 pairs, so any passage an aligner finds in the seeds covers judged pairs.

The rule the judgements follow: two sentences are the same fact when both state it, as their
main claim or in a clause, with the same who-did-what, figures and names (a quote and its
paraphrase are one statement). Sharing the story's words without stating one thing is
``none``, and so is a later instance of the same kind of fact ("more troops returning" the next
day; another video). The reason is written next to each judgement, so it can be checked.
Used by ``bench/tiers_eval.py`` and ``bench/families_ecbplus.py``; never by tests (it scores a
heuristic)."""

from __future__ import annotations

JUDGED: dict[tuple[str, str, int, int], str] = {
    # troops/units returning to their bases after drills, said the defence ministry: one fact
    ("000", "001", 366, 204): "reworded",
    # troops in military districts next to Ukraine pulling back, said the ministry: one fact
    ("000", "001", 366, 954): "reworded",
    # returning troops / exercises "conducted as planned" (Konashenkov): two claims
    ("000", "001", 366, 1104): "none",
    # large-scale drills continue, some units return to base: one statement
    ("000", "001", 608, 204): "reworded",
    # units of the (Southern and Western) military districts end exercises and leave: one fact
    ("000", "001", 608, 954): "reworded",
    # drills continue across the country / the Russia-Belarus drill ends on 20 February: two facts
    ("000", "001", 608, 1236): "none",
    # drills over, some units returning to base: one fact
    ("000", "001", 608, 2112): "reworded",
    # Kuleba will believe in de-escalation/the withdrawal when he sees it: one statement
    ("000", "001", 1044, 1604): "reworded",
    # Kuleba's quote "we believe what we see" and its paraphrase: one statement
    ("000", "001", 1204, 1604): "reworded",
    # "If we see the pullout we will believe in de-escalation" and its paraphrase: one statement
    ("000", "001", 1320, 1604): "reworded",
    # a troop build-up near Ukraine raised/prompted fears of an invasion: one fact (in a clause of 001)
    ("000", "001", 1414, 89): "reworded",
    # more than 100,000 Russian troops massed at Ukraine's border: one fact
    ("000", "001", 1414, 440): "reworded",
    # troops amassed near Ukraine / troops withdrawn from districts bordering Ukraine: opposite facts
    ("000", "001", 1414, 954): "none",
    # the joint drills with Belarus that end on the 20th (Feb. 10-20 / due to end on 20 February): one fact
    ("000", "001", 1414, 1236): "reworded",
    # Russia massing / increasing troops near the border with Ukraine: one fact
    ("000", "001", 1414, 2004): "reworded",
    # markets reacted to the announcement / powers reacted cautiously to it: two facts
    ("000", "001", 1633, 315): "none",
    # sanctions in the event of a war / Nord Stream in the event of aggression: two facts
    ("000", "001", 1633, 3774): "none",
    # Moscow/Russia has (always) denied planning an attack: one statement
    ("000", "001", 1851, 505): "reworded",
    # Russia demands guarantees that Ukraine will not join the military bloc/alliance: one fact
    ("000", "001", 1851, 557): "reworded",
    # troops returning (Tuesday) / "more troops and weapons" returning (another move, the next day)
    ("000", "002", 366, 0): "none",
    ("000", "002", 366, 84): "none",
    ("000", "002", 366, 168): "none",
    # a video of drills / a video of a train in Crimea: two videos
    ("000", "002", 608, 653): "none",
    ("000", "002", 913, 653): "none",
    # troops amassed / the ministry signalled a withdrawal: two facts
    ("000", "002", 1414, 917): "none",
    # Stoltenberg welcomed diplomatic signals / Putin signalled a diplomatic way out: two statements
    ("000", "002", 2605, 917): "none",
    # "since the cold war" in two different claims: a phrase, not a fact
    ("000", "002", 3112, 1276): "none",
    # "most serious security crisis" (Stoltenberg) / "worst East-West security crisis" (the outlet)
    ("000", "002", 3250, 1276): "none",
    ("000", "002", 3250, 1468): "none",
    # NATO has not seen de-escalation on the ground; units returning to bases: one statement
    ("000", "003", 366, 0): "reworded",
    # Russia said some units in exercises were returning to their bases: one fact (a clause of 003)
    ("000", "003", 608, 0): "reworded",
    # Peskov: Putin wants no information campaigns / NATO wants to see a withdrawal: two statements
    ("000", "003", 2368, 973): "none",
    # the subheading "Cautious optimism" (two words) is no statement
    ("000", "003", 2584, 647): "none",
    # "grounds for cautious optimism": one quote, cut differently
    ("000", "003", 2874, 647): "reworded",
    # "we have not seen any sign of de-escalation on the ground" and its paraphrase: one statement
    ("000", "003", 2916, 0): "reworded",
    # drills across the country / Lukashenko rejects Russian bases in his country: two facts
    ("000", "004", 608, 1446): "none",
    # troops amassed / NATO sees no drawdown of them: two facts
    ("000", "004", 1414, 106): "none",
    ("000", "004", 1414, 325): "none",
    # Russia has amassed troops/soldiers, prompting fears of an invasion: one fact
    ("000", "004", 1414, 978): "reworded",
    # guarantees demanded of the United States / a letter from the United States: two facts
    ("000", "004", 1851, 4207): "none",
    # "There are signs from Moscow that diplomacy should/could continue": one quote, one word apart
    ("000", "004", 2813, 590): "reworded",
    # "so far we have not seen any sign of (withdrawal or) de-escalation": one quote
    ("000", "004", 2916, 590): "reworded",
    # "security crisis" (Stoltenberg) / "security demands made in the current crisis": two facts
    ("000", "004", 3250, 4207): "none",
    # the ministry withdraws troops after exercises near Ukraine / signalled that withdrawal: one fact
    ("001", "002", 954, 917): "reworded",
    # exercises in districts bordering Ukraine / exercises in Belarus, which borders Ukraine
    ("001", "002", 954, 1999): "none",
    # withdrawing troops / Russia wants the West to withdraw forces: two facts
    ("001", "002", 954, 2851): "none",
    # training exercises conducted as planned / warplanes conducted training missions: two facts
    ("001", "002", 1104, 1999): "none",
    # when the war will start (a joke) / wars in Europe rarely start (another joke)
    ("001", "002", 2663, 2527): "none",
    # the ministry said some units were returning to their bases: one fact
    ("001", "003", 204, 0): "reworded",
    # troops packing up / Russia pulled back in the past: two facts
    ("001", "003", 2253, 816): "none",
    # Russia pulls back troops from near Ukraine / Moscow announced it would reduce its presence there
    ("001", "004", 89, 106): "reworded",
    ("001", "004", 89, 325): "reworded",
    # a US warning of an invasion / fears in Western capitals of one: two facts
    ("001", "004", 848, 978): "none",
    # Russia increasing troops near the border / NATO sees no drawdown: two facts
    ("001", "004", 2004, 106): "none",
    ("001", "004", 2004, 325): "none",
    # Russian-backed separatists fighting Ukrainian (government) forces in Donbas: one fact
    ("001", "004", 2940, 2646): "reworded",
    ("001", "004", 2940, 3914): "reworded",
    # no sign of a significant withdrawal / NATO wants a significant withdrawal: two claims
    ("002", "003", 456, 973): "none",
    # gestures from Moscow / a gesture by the foreign minister: two facts
    ("002", "003", 456, 1717): "none",
    # the ministry signalled a withdrawal / NATO wants one: two claims
    ("002", "003", 917, 973): "none",
    # the security crisis / security grievances behind the crisis: two facts
    ("002", "003", 1276, 1717): "none",
    # Belarus says Russian troops will leave / Russia pulled back in the past: two facts
    ("002", "003", 2259, 816): "none",
    # Putin: talks on (limits of / a ban on) missile deployments and military exercises: one statement
    ("002", "003", 3179, 1096): "reworded",
    # no sign(s) of a (significant) withdrawal of the forces: one claim
    ("002", "004", 456, 590): "reworded",
    # two clauses naming the "far" and "sign" of different claims
    ("002", "004", 3556, 590): "none",
    # Crimea, which Russia annexed in 2014: one fact (in a clause of each)
    ("002", "004", 653, 2646): "reworded",
    # the United States' doubts / the United States' letter: two facts
    ("002", "004", 1276, 4207): "none",
    # withdraw forces from Eastern Europe / forces concentrated near the border: two facts
    ("002", "004", 2851, 807): "none",
    # talks offered on security / Russia's security demands answered: two facts
    ("002", "004", 3026, 4207): "none",
    # Stoltenberg: no sign of a reduced presence / no drawdown, though Moscow announced one: one statement
    ("002", "004", 3729, 106): "reworded",
    ("002", "004", 3729, 325): "reworded",
    # Stoltenberg has not (yet) seen any sign(s) of de-escalation: one statement
    ("003", "004", 0, 590): "reworded",
    # exercises that return to bases / Lukashenko rejects Russian bases: two facts
    ("003", "004", 0, 1446): "none",
    # units returning from the exercises near Ukraine / soldiers in Belarus to return when it is over
    ("003", "004", 0, 2296): "none",
}

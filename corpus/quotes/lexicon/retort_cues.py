"""Verbs of a reply or an interruption, written as a verb and a particle ("shot back", "fired
back", "chimed in") or as "interjected": a cue of the words that follow them, as "retorted" is.
News reports a debate's exchange this way ("After Jane Roe criticized the plan, John Doe shot
back, “…”"); with neither word a cue, the rules gave the words to the subject of the cue before
(the one answered). Their single verbs are no cue ("shot", "fired", "hit": a shooting, a dismissal,
a blow), so only the pair is.

Measured (``train/no_speaker.py --c 3 --margins 0``, asked beyond 80): CV 0.9153 -> 0.9158, dev
0.9332 both; PolNeAR train 6 quotes better named as shipped (Hillary rather than Jerry Brown, whom
she answered; Rubio rather than Trump; Sanders rather than Clinton; O'Malley rather than Clinton;
"the audience" rather than Trump, whose question it answered), none worse; no other output changed
on 7 corpora (ECB+ dev, census and spotify pages, NewsWCL50, html-more, PolNeAR dev, seeds).
"""

from __future__ import annotations

from corpus.quotes.lexicon.wordsets import words

_VERBS_BACK = words("shot shoots fired fires hit hits snapped snaps screamed struck")
"""Verbs that make a cue with "back" after them."""
RETORT_CUES = frozenset(f"{verb} back" for verb in _VERBS_BACK) | {
    "interjected",
    "interjects",
    "chimed in",
    "chimes in",
}
"""Cues of a reply or an interruption: read as the other cue words are (``lexicon.CUE_WORDS``)."""

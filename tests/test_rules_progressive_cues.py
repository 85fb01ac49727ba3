"""A verb of saying in the progressive before a term is a cue ("is promising to create a “…”",
"were chanting “…”"), not a passive said of the thing named (issue 15): on words written for these
tests."""

from __future__ import annotations

from corpus.quotes.speakerless import learned_cue, shipped_cue_stems


def test_a_progressive_verb_of_saying_is_a_cue_a_passive_is_not() -> None:
    stems = shipped_cue_stems()
    assert learned_cue("Now Jane Roe, the mayor of Dover, is promising to build ", stems)
    assert learned_cue("Outside, about 50 students were chanting ", stems)
    assert not learned_cue("The old mill was long described as ", stems)
    # a comma after "be" makes no verb group: "may be, shrugging off" is no progressive
    assert not learned_cue("Whatever it may be, shrugging off her view as a ", stems)

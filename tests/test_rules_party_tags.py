"""A party-and-state tag after a legislator's name ("Rep. Jane Roe, R-Ohio, who", "Sen. Ana Ruiz,
D-N.Y., who", "(D), who") is part of the person's description: the relative "who" after it stands for
the name, whether it is a cue's subject or the clause that holds the quote
(:mod:`corpus.quotes.party_tags`). On sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.article_reads import speakers_and_mentions

_OPENING = "The transit bill passed the House on Tuesday by four votes.\n\n"


@pytest.mark.parametrize("tag", [", R-Ohio,", ", D-N.Y.,", ", I-Vt.,", ", D-W. Va.,"])
def test_who_after_a_party_tag_stands_for_the_legislator(tag: str) -> None:
    called = _OPENING + f"It drew fire from Rep. Tomas Heller{tag} who called it “a gift to the big banks.”"
    assert speakers_and_mentions(called) == [("Tomas Heller", "who")]
    said = _OPENING + f"It drew fire from Rep. Tomas Heller{tag} who said it was “a gift to the big banks.”"
    assert [speaker for speaker, _ in speakers_and_mentions(said)] == ["Tomas Heller"]
    # the tag in parentheses, as some outlets write it, and a hyphenated surname (no tag) read alike
    for written in (" (D-Calif.),", " (R),"):
        assert speakers_and_mentions(called.replace(tag, written)) == [("Tomas Heller", "who")]
    hyphenated = called.replace(f"Tomas Heller{tag}", "Ana Lopez-Ruiz,")
    assert speakers_and_mentions(hyphenated) == [("Ana Lopez-Ruiz", "who")]

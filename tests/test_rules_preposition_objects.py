"""A name after a cue and a preposition is what the words are about, not who said them (issue 15),
on text written for these tests: "Williams added about Carson: “…”" is Williams's."""

from __future__ import annotations

from corpus.quotes.after_cue import phrase_after
from tests.article_reads import speakers_and_mentions


def test_the_object_of_about_after_a_cue_is_no_inverted_speaker() -> None:
    body = (
        "Tom Williams has known the candidate for years.\n\nWilliams added about Carson: “He feels sorry "
        "for him because he likes the man.”"
    )
    assert speakers_and_mentions(body) == [("Tom Williams", "Williams")]
    text = "added about Carson: “…”"
    assert phrase_after(text, text.index(" ") + 1, text.index(":")) is None
    text = "added Carson: “…”"
    found = phrase_after(text, text.index(" ") + 1, text.index(":"))
    assert found is not None and found.name == "Carson"

"""The heads ``train/source_heads.py`` learns from PolNeAR's described Sources, on Sources written
here: an indefinite pronoun of people ("someone close to the campaign") heads its Source, though it
begins no name (``NON_NAME_WORDS``); a name or a pronoun still heads none."""

from __future__ import annotations

from train.source_heads import head_of


def _head(source: str) -> str | None:
    found = head_of(source)
    return None if found is None else found[0]


def test_an_indefinite_pronoun_of_people_heads_its_source() -> None:
    assert _head("someone close to the campaign") == "someone"
    assert _head("anyone who has followed the race") == "anyone"
    assert _head("Everyone in the room") == "everyone"
    assert _head("nobody at the agency") == "nobody"
    # as nouns do, and names and pronouns head no Source
    assert _head("one of the protesters") == "protesters"
    assert _head("a spokesman for the agency") == "spokesman"
    assert [_head(s) for s in ("Jane Roe", "she", "those", "Sen. Ada Morrow")] == [None] * 4

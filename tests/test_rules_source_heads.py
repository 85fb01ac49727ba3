"""The heads ``train/source_heads.py`` learns from PolNeAR's described Sources, on Sources written
here: an indefinite pronoun of people ("someone close to the campaign") heads its Source, though it
begins no name; a name, a pronoun or a determiner heads none."""

from __future__ import annotations

import pytest

from train.source_heads import head_of


@pytest.mark.parametrize(
    ("source", "head"),
    [
        ("someone close to the campaign", "someone"),
        ("anyone who has followed the race", "anyone"),
        ("Everyone in the room", "everyone"),
        ("nobody at the agency", "nobody"),
        ("one of the protesters", "protesters"),
        ("a spokesman for the agency", "spokesman"),
    ],
)
def test_a_described_source_has_its_head(source: str, head: str) -> None:
    found = head_of(source)
    assert found is not None
    assert found[0] == head


@pytest.mark.parametrize("source", ["Jane Roe", "she", "those", "Sen. Ada Morrow"])
def test_a_name_or_pronoun_has_no_head(source: str) -> None:
    assert head_of(source) is None

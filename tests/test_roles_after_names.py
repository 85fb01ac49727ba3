"""A role right after a name, read by word set (``corpus.quotes.roles_after_names``)."""

from __future__ import annotations

import pytest

from corpus.quotes.roles_after_names import then_a_role


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, a former senator, said",
        "Jane Roe, who is the mayor of Elmsford, said",
        "Acme, the software company based in Elmsford",
        "Jane Roe, Director of Planning",
        "Jane Roe, Acme Chief Executive, said",
        "Jane Roe, Elmsford County CHAIRMAN",
        "Jane Roe, mayor",
    ],
)
def test_a_role_after_the_name(text: str) -> None:
    assert then_a_role(text, len("Jane Roe") if text.startswith("Jane") else len("Acme"))


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, a keen gardener. The mayor said",  # the role is past the sentence's end
        "Jane Roe, a " + "very " * 20 + "old mayor",  # beyond the reach after the article
        "Jane Roe, One Two Three Four Director",  # more capitalised words than a title has
        "Jane Roe, a mayors' friend",  # "mayors" is not the word "mayor"
        "Jane Roe said the mayor",  # no comma or article after the name
    ],
)
def test_no_role_after_the_name(text: str) -> None:
    assert not then_a_role(text, len("Jane Roe"))

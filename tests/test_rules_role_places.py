"""The name and role readers' faster paths answer as the slow ones did: the per-word regexes that
``role_places`` replaces, and a role asked once per article (``reader_role_once``)."""

from __future__ import annotations

import random
import re

import pytest

from corpus.quotes.name_labels import is_label
from corpus.quotes.names import shipped_tables
from corpus.quotes.reader_roles import RolesSeen, reader_role, reader_role_once
from corpus.quotes.role_places import given_name_before, written_after_the, written_as_a_place

_PIECES = [
    "in ", "In ", "the ", "The ", "he ", " ", "  ", "Roe", "Jane ", "Acme ", "jane ", "’", "'", "-",
    "_", ".", "A", "Z", "a", "x", "Roe Roe ", "é", "Éva ", "\n", "1", "Florida", " State",
]  # fmt: skip
_WORDS = ["Roe", "Florida", "A", "Roe.", "Jr.", "x", "é", "Acme", "-Roe", "Roe-", "Z"]
_GIVEN = [{"jane", "eva", "éva", "roe", "acme"}, {"roe"}, {"roe", "jane"}, set()]


def _place_regex(word: str, text: str) -> bool:
    return re.search(r"(?<![\w’'-])in " + re.escape(word) + r"(?![\w’'-])(?! [A-Z])", text) is not None


def _given_regex(word: str, text: str, given: set[str]) -> bool:
    pattern = r"\b([A-Z][a-z]+) " + re.escape(word) + r"\b"
    return any(m.group(1).lower() in given for m in re.finditer(pattern, text))


def _the_regex(name: str, text: str) -> bool:
    return re.search(r"\b[Tt]he +" + re.escape(name) + r"\b", text) is not None


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("She grew up in Florida and stayed.", "Florida", True),
        ("She studied in Florida State for a year.", "Florida", False),  # inside a longer name
        ("She lived in Floridas for a year.", "Florida", False),
        ("Born in-Florida, she said.", "Florida", False),
        ("in Florida", "Florida", True),  # at the text's edges
        ("Written within Florida.", "Florida", False),
    ],
)
def test_a_place_is_read_as_the_regex_did(text: str, word: str, expected: bool) -> None:
    assert written_as_a_place(word, text) is expected
    assert _place_regex(word, text) is expected


def test_a_given_name_before_takes_the_places_finditer_takes() -> None:
    # "Acme Roe" is a match whose first word is no given name; "Roe Roe" inside it is never tried
    assert not given_name_before("Roe", "Acme Roe Roe said so.", {"roe"})
    assert not _given_regex("Roe", "Acme Roe Roe said so.", {"roe"})
    assert given_name_before("Roe", "Acme Roe and Jane Roe spoke.", {"jane"})
    assert not given_name_before("Roe", "Acme Roes and JANE Roe spoke.", {"jane"})


def test_the_before_a_name_is_read_as_the_regex_did() -> None:
    assert written_after_the("Kremlin", "A statement from the  Kremlin said.")
    assert not written_after_the("Kremlin", "Kremlin said; bathe Kremlin.")
    assert not written_after_the("Navy", "on a Navy ship, the Navyard")


def test_every_reading_agrees_with_its_regex_on_invented_text() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        word, given = rng.choice(_WORDS), rng.choice(_GIVEN)
        assert written_as_a_place(word, text) == _place_regex(word, text), (word, text)
        assert given_name_before(word, text, given) == _given_regex(word, text, given), (word, text)
        assert written_after_the(word, text) == _the_regex(word, text), (word, text)


def test_a_label_needs_capitals() -> None:
    text = "WASHINGTON, D.C. - Jane Roe said the BOMBSHELL DEVELOPMENT was news in Washington."
    assert is_label(["BOMBSHELL", "DEVELOPMENT"], text)
    assert is_label(["WASHINGTON"], text)
    assert not is_label(["Jane", "Roe"], text)
    assert not is_label(["NATO"], text)  # an acronym, not a shouted word


def test_a_role_asked_once_per_article_is_the_plain_answer() -> None:
    tables = shipped_tables()
    text = (
        "Jane Roe, a spokeswoman for Acme, said the plan works. A spokesman for Mueller said no. "
        "Sen. John Doe of Florida spoke in Florida. Doe said it again."
    )
    asks = [
        ("spokeswoman for Acme", "Jane Roe", ("Jane Roe", "Jane Roe")),
        ("spokesman", "A spokesman for Mueller", ("Mueller", "Mueller")),
        ("Florida", "Florida John Doe", ("John Doe", "John Doe")),
        (None, "Sen. John Doe", ("Sen. John Doe", "John Doe")),
        ("spokeswoman for Acme", "Jane Roe", ("Jane Roe", "Jane Roe")),  # asked again
    ]
    seen: RolesSeen = {}
    for role, mention, named in asks:
        plain = reader_role(role, tables, mention, named=named, text=text)
        assert reader_role_once(role, tables, mention, named, text, seen) == plain
    assert len(seen) == 4  # the role asked again was kept
    assert seen[("spokesman", "A spokesman for Mueller", "Mueller", "Mueller")] is None
    assert seen[("Florida", "Florida John Doe", "John Doe", "John Doe")] is None  # a place

"""Two kinds of phrase that stand beside a quote without having said it (issue 15), on sentences
written for these tests:

- a thing a participle names by the quote ("a short film called “…”", "a culture known as “…”"): the
  description before the participle is what the quote names, not who said it
  (:func:`corpus.quotes.no_one.names_no_one`'s "named" class, for that quote only);
- a preposition's object set off by a comma before a cue, a participle too ("cut into Doe, calling
  him a “…”"): the cue's subject is the clause's (the ranker's ``object_set_off`` feature).
"""

from __future__ import annotations

from corpus.quotes.names import shipped_tables
from corpus.quotes.no_one import names_no_one, object_set_off
from tests.test_rules_passive_cues import mentions

FILM = (
    "Months before the vote, the Roe campaign paid to broadcast a short film called "
    '"Our Families Together" in two states.'
)


def test_the_thing_named_by_a_quote_is_not_its_speaker() -> None:
    assert mentions(FILM) != ["a short film"]


def test_the_named_class_holds_for_the_quote_it_names_only() -> None:
    text = 'The ad, titled "Unifier?", concludes that Doe is too "dangerous and reckless" to be governor.'
    tables = shipped_tables()
    end = text.index(",")
    assert names_no_one(text, 0, end, tables, text.index('"Unifier')) == "named"
    assert names_no_one(text, 0, end, tables, text.index('"dangerous')) is None
    assert names_no_one(text, 0, end, tables) is None  # no quote given: nothing is named


def test_a_name_before_a_naming_participle_is_not_a_thing_named() -> None:
    text = 'Mark Doe, called "the Hammer" by his friends, said nothing.'
    assert names_no_one(text, 0, len("Mark Doe"), shipped_tables(), text.index('"the')) is None


def test_an_object_set_off_before_a_participle_cue_is_not_its_speaker() -> None:
    body = (
        "Jane Roe spent the week in Ohio. On Tuesday she talked about jobs for an hour. Then Roe cut "
        'into Doe, calling him a "stiff" and accusing him of acting like a "spoiled child."'
    )
    assert mentions(body)[1] == "Roe"


def test_object_set_off_reads_the_comma_and_the_cue() -> None:
    text = "Roe cut into Doe, calling him a stiff. Footage of Doe saying it ran. Roe sat with Doe, who left."
    doe = text.index("Doe")
    assert object_set_off(text, doe, doe + 3)
    second = text.index("Doe", doe + 1)
    assert not object_set_off(text, second, second + 3)  # no comma: the object says it
    third = text.index("Doe", second + 1)
    assert not object_set_off(text, third, third + 3)  # "who" is no cue

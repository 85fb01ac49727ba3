"""A speaker written as someone else's (``corpus.quotes.owned``): "said Dorsey’s wife" names no
Dorsey, "said Clinton’s spokesman, Brian Fallon" names the spokesman, the owner staying in the role."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes.after_cue import phrase_after
from corpus.quotes.article_quotes import article_quotes
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import shipped_tables


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """Each quote's speaker as a reader sees it, and their role."""
    tables = shipped_tables()
    article = article_from_text("a.txt", Path("a.txt"), text)
    _quotes, named, roles, _pairs = article_quotes(article, tables, NamePairs(tables))
    return list(zip(named, roles, strict=True))


def test_a_person_named_after_a_description_is_the_speaker() -> None:
    said = _speakers(
        "A Day In Town\n\n"
        "“Thank you all,” said Ann Dorsett’s husband, President Tim Dorsett.\n\n"
        "“No comment on that,” said the governor’s spokesman, Brian Fallowby.\n\n"
        "“We disagree with it,” said Acme’s chief executive, Jane Roeberts.\n\n"
        "“We disagree strongly,” Acme’s chief executive, Jane Roeberts, said.\n\n"
        "“We will win,” said Obama’s former chief of staff, Rahm Emmerling.\n\n"
        "“Yes,” said Clinton’s longtime aide and confidante, Huma Abedine.\n"
    )
    assert said == [
        ("Tim Dorsett", "Ann Dorsett’s husband"),
        ("Brian Fallowby", "the governor’s spokesman"),
        ("Jane Roeberts", "Acme’s chief executive"),
        ("Jane Roeberts", "Acme’s chief executive"),
        ("Rahm Emmerling", "Obama’s former chief of staff"),
        ("Huma Abedine", "Clinton’s longtime aide and confidante"),
    ]


def test_someone_known_by_whose_they_are_is_not_the_owner() -> None:
    said = _speakers(
        "A Day In Town\n\n"
        "Senator Tom Dorsett spoke at noon and left early.\n\n"
        "“It was a fine day for the town,” said Dorsett’s wife.\n\n"
        "Dorsett’s daughter said, “He is tired but happy with it.”\n"
    )
    assert said == [(None, None), (None, None)]


def test_the_owner_s_name_alone_is_read_as_before() -> None:
    text = "said Jane Roeberts on Monday."
    phrase = phrase_after(text, 4, len(text))
    assert phrase is not None and phrase.name == "Jane Roeberts"
    text = "said Trump’s campaign manager Corey Lewandowicz."
    phrase = phrase_after(text, 4, len(text))
    assert phrase is not None and (phrase.name, phrase.role) == (
        "Corey Lewandowicz",
        "Trump’s campaign manager",
    )
    text = "said the spokesman, Monday."
    phrase = phrase_after(text, 4, len(text))
    assert phrase is not None and phrase.name is None  # a day, no person set off

"""Whose "he" or "she" a lone surname is (issue 15, :mod:`corpus.quotes.surname_sexes`): a subject
written as one word the article never writes after a first name or a title ("Okafor said …") is the
person a later "he" stands for where the article calls that word "he" ("Okafor said he …"), or the
role or kin beside it says so ("her husband, Ravi"); a "he" steps over a lone surname the article
calls "she"; a common word opening a sentence ("Soon, he …") is no one's surname. On sentences
written for these tests.
"""

from __future__ import annotations

from corpus.quotes.surname_sexes import called, surname_verdict
from tests.quote_texts import speakers_in


def test_a_lone_surname_the_article_calls_he_is_the_he_after_it_a_common_word_is_not() -> None:
    body = (
        "Tom Reyes opened the meeting on Monday.\n\n"
        "Okafor said he would not sign the budget. The council met again after lunch.\n\n"
        "“We cannot pay for this,” he said."
    )
    assert speakers_in(body) == ["Okafor"]
    # a common word opening a sentence is no one's surname, though a "he" follows it
    body = "Luis Ortega moved to Ohio in 2011. Soon, he found work there.\n\n“It felt like home,” he said."
    assert speakers_in(body) == ["Luis Ortega"]
    text = f"Talks resume\n\n{body}"
    assert surname_verdict(text, "Soon", None, text.index("Soon"), "he") is None


def test_kin_set_beside_a_lone_name_says_its_sex() -> None:
    text = "Ana Vance spoke first. Vance’s husband, Bill, thanked the crowd. Her daughter, Sam, waved."
    assert surname_verdict(text, "Bill", None, text.index("Bill"), "he") is True
    assert surname_verdict(text, "Sam", None, text.index("Sam"), "he") is False
    headline = "Anchor Fears For Her Daughter.\n\nGetty. Reyes spoke."
    assert surname_verdict(headline, "Getty", None, headline.index("Getty"), "she") is None


def test_he_steps_over_a_lone_surname_the_article_calls_she() -> None:
    body = (
        "Brandt said she would resign in May.\n\n"
        "The board met on Friday. Brandt spoke next.\n\n"
        "“It is over now,” he said."
    )
    assert speakers_in(body) == [None]


def test_only_a_pronoun_in_the_surname_s_own_clause_says_its_sex() -> None:
    # a comma, another clause or a long stretch between may bring in someone else's pronoun
    assert called("Okafor said he would go. Okafor told CNN reporters that he agreed.", "Okafor") == "he"
    assert called("He met Okafor, and she said no. Okafor and she left.", "Okafor") is None
    assert called("Okafor’s wife said she would go.", "Okafor") is None
    assert called("Okafor, 52, said she would go. Okafor said he left.", "Okafor") is None

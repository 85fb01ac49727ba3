"""He and she: which earlier subject a gendered pronoun stands for, each rule on a text written for it."""

from __future__ import annotations

from tests.test_quotes_speakers import said


def test_a_pronoun_after_another_name_says_nothing_of_the_subject() -> None:
    # "he" is Trump's, not Jordan Hill's: Hill stays the most recent subject (a given name the
    # census gives to both sexes, so that only the sentence could have said which)
    body = (
        "Pat Lane praised the plan. Jordan Hill said Trump is angry because he cannot win.\n\n"
        "“You could dismiss it,” she said."
    )
    assert said(body, "You could")[0] == "Jordan Hill"


def test_an_organisation_is_no_she_even_when_its_sentence_says_she() -> None:
    body = "Jo Vance wrote the piece. The New York Post said she was wrong.\n\n“It was a rant,” she said."
    assert said(body, "It was a rant")[0] == "Jo Vance"


def test_a_closed_class_word_opening_a_sentence_is_no_one() -> None:
    body = (
        "Don Fowler spoke at length. Voters may balk, said Ann Ross. "
        "That’s why, he argued, the party must plan.\n\n"
        "“This is a different time,” he said."
    )
    assert said(body, "This is")[0] == "Don Fowler"


def test_a_common_first_name_says_he_or_she() -> None:
    body = "Melanie watched the speech at home. Donald Trump waved to the crowd.\n\n“You winning?” she said."
    assert said(body, "You winning")[0] == "Melanie"


def test_a_word_after_a_two_word_name_is_no_surname() -> None:
    # "Post" ends "New York Post": it is no person's surname, so "she" does not stand for it
    body = "Kim Ames read the New York Post. Post editors wrote about the rally.\n\n“I was scared,” she said."
    assert said(body, "I was scared")[0] == "Kim Ames"


def test_a_lone_first_name_says_he_or_she() -> None:
    body = "Trump spoke on stage. Melanie watched at home.\n\n“I love you,” he said."
    assert said(body, "I love")[0] == "Trump"


def test_a_surname_before_a_generational_suffix_is_a_persons() -> None:
    # "Anthony LaVance III": the suffix does not make "Anthony LaVance" part of a longer name, so the
    # lone "LaVance" is a man's surname and "he" is his, not the organisation's named after him
    body = (
        "The shelter is run by Anthony LaVance III.\n\n"
        "LaVance met UNICEF on Monday. UNICEF said it would send beds.\n\n"
        "“We need more,” he said."
    )
    assert said(body, "We need") == ("Anthony LaVance", "he")

"""A sentence's subject behind an adverb of doubt ("Maybe Rigg is …") and one unnamed person opening
a sentence ("A 31-year-old Hamburg woman, meanwhile, …"): whom a later he/she stands for."""

from __future__ import annotations

from tests.article_reads import speakers_and_mentions


def test_subject_behind_an_adverb_of_doubt_is_the_later_he() -> None:
    body = (
        "The plan was backed by Senator Tom Rigg, who spoke at the rally.\n\n"
        "Mr. Rigg's aide is Paul Vance, who drafted the bill.\n\n"
        "Maybe Rigg is the one who wants the fight. \u201cWe will win this,\u201d he said.\n"
    )
    assert speakers_and_mentions(body) == [("Tom Rigg", "he")]


def test_an_unnamed_woman_opening_a_sentence_is_the_later_she_not_a_name_further_back() -> None:
    body = (
        "Chancellor Greta Holm warned against hate in her speech on Monday.\n\n"
        "Fines are rising across the country. In the port town of Kiel, a judge fined a man in May.\n\n"
        "The home of a 40-year-old Bremen man was searched by police in June.\n\n"
        "A 31-year-old Hamburg woman, meanwhile, was fined in June after she had written online "
        "about the camp. \u201cGo home!\u201d she wrote.\n"
    )
    assert speakers_and_mentions(body) == [(None, "A 31-year-old Hamburg woman")]

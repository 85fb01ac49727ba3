"""A quote no cue ties to anyone is not given to a capitalised word that names no speaker (an ordinary
word opening its sentence, "It’s", an interjection opening a line of dialogue): the ranker may choose
another mention, and where it trusts none, no one said it. A surname that is an ordinary word, which
the article writes as a speaker's, stays the speaker."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.quotes import find_quotes
from corpus.quotes.names import shipped_tables
from corpus.quotes.uncued import names_no_speaker, speaker_heads


def read(body: str) -> list[tuple[str, str | None, str | None]]:
    """Each quote of an invented article: its words, speaker and mention."""
    article = article_from_text("a.txt", Path("a.txt"), "Harvest fair opens in Millbrook\n\n" + body)
    return [(q.text, q.speaker, q.mention.text if q.mention else None) for q in find_quotes([article])[0]]


def kind(text: str, mention: str, where: str | None = None) -> str | None:
    """The class of ``mention`` where ``text`` writes it (at ``where``, else its first place)."""
    start = text.index(where or mention)
    return names_no_speaker(text, start, start + len(mention), shipped_tables(), speaker_heads())


def test_an_ordinary_word_opening_the_sentence_of_a_partial_quote_says_nothing() -> None:
    opening = "The county fair opened on Friday.\n\n"
    body = (
        opening
        + "Optimism is even higher among young farmers (34% “strongly agree”) than among their parents."
    )
    assert kind(body, "Optimism") == "ordinary"
    assert read(body) == [("strongly agree", None, None)]
    body = opening + "Questions linger about the “sudden closure” of the old barn."
    assert read(body) == [("sudden closure", None, None)]


def test_a_clause_opening_with_its_contracted_verb_names_no_one() -> None:
    body = (
        "The county fair opened on Friday.\n\n"
        "It’s been common to call the fair a “harvest festival” rather than a market."
    )
    assert kind(body, "It’s") == "contraction"
    assert read(body) == [("harvest festival", None, None)]


def test_an_interjection_opening_a_line_of_dialogue_is_no_speaker() -> None:
    body = (
        "Lena Marsh runs the pie stall.\n\nShe smiled at the judges.\n\n"
        "Um, is this the line for pies? “I think so.”"
    )
    assert kind(body, "Um") == "interjection"
    assert read(body) == [("I think so.", None, None)]


def test_an_ordinary_word_that_is_a_speakers_surname_stays_the_speaker() -> None:
    # an ordinary word the article writes as no one's, before a partial quote: no one's, as above
    opening = "The county fair opened on Friday.\n\n"
    assert read(opening + "Apples were “the best in years” at the fair.") == [
        ("the best in years", None, None)
    ]
    # a surname that is an ordinary word, the subject of a verb of saying in the article
    body = (
        "Tom Sharp runs the pie stall. Sharp said the judges were “far too strict” this year.\n\n"
        "Sharp later called the ribbon “a small miracle.”"
    )
    assert kind(body, "Sharp", "Sharp later") is None
    assert [speaker for _, speaker, _ in read(body)] == ["Tom Sharp", "Tom Sharp"]
    # a word opening a noun phrase headed by those who speak, a people's plural, a personal pronoun
    text = "Multiple outlets reported a “serious breach”. Demonstrators chanted “shame”. He’s “tired”."
    assert kind(text, "Multiple") is None
    assert kind(text, "Demonstrators") is None
    assert kind(text, "He’s") is None
    # a quantifier opening a group, a word describing the name after it
    text = "Many Republicans called it “a disgrace”. Presumptive nominee Jane Roe called it “fine”."
    assert kind(text, "Many") is None
    assert kind(text, "Presumptive") is None


def test_a_headline_in_capitals_opening_a_newsletters_item_says_nothing() -> None:
    body = (
        "The county fair opened on Friday.\n\n"
        "PIE CONTEST DRAWS RECORD ENTRIES The judges tasted 300 pies, a “new record” for the valley."
        " [Gazette.]"
    )
    assert kind(body, "PIE CONTEST DRAWS RECORD ENTRIES") == "heading"
    assert read(body) == [("new record", None, None)]
    # a transcript's label in capitals names its speaker; two words in capitals may be a name
    assert kind("RAMOS SANCHEZ JR: We will not sign.", "RAMOS SANCHEZ JR") is None
    assert kind("JANE ROE said it was “over”.", "JANE ROE") is None


def test_a_word_hyphened_to_a_lower_case_one_or_a_hashtag_names_no_one() -> None:
    opening = "The barn burned down on Friday.\n\n"
    body = opening + "No-one was hurt in the fire, which is being treated as “suspicious”."
    assert kind(body, "No-one") == "compound"
    assert read(body) == [("suspicious", None, None)]
    body = opening + "T-shirts reading “Rebuild it” were sold at the gate."
    assert read(body) == [("Rebuild it", None, None)]
    body = opening + "Online, the hashtag #SaveTheBarn (“Save the barn”) spread within hours."
    assert kind(body, "SaveTheBarn") == "hashtag"
    assert read(body) == [("Save the barn", None, None)]
    # a double-barrelled name and a hyphened plural of people may speak
    assert kind("Kingsley-Hughes called it “odd”.", "Kingsley-Hughes") is None
    assert kind("Asylum-seekers called it “a trap”.", "Asylum-seekers") is None

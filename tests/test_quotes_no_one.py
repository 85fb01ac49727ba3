"""The rules' mentions that name no one (a place's second part, a dateline, an ordinary word opening a
sentence): the ranker is asked and may not keep them as the speaker."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Quote
from corpus.quotes import find_quotes
from corpus.quotes.names import shipped_tables
from corpus.quotes.no_one import names_no_one


def quotes_of(body: str) -> list[Quote]:
    article = article_from_text("a.txt", Path("a.txt"), "Talks resume in Brussels\n\n" + body)
    return find_quotes([article])[0]


def no_one(text: str, mention: str) -> str | None:
    start = text.index(mention)
    return names_no_one(text, start, start + len(mention), shipped_tables())


def test_a_state_after_its_city_names_no_one_and_the_subject_says_the_quote() -> None:
    body = "At a town hall in Salem, Oregon, Anna Berg went after the mayor, calling him “a total failure.”"
    assert no_one(body, "Oregon") == "place"
    assert no_one(body, "Anna Berg") is None
    assert [(q.speaker, q.mention.text if q.mention else None) for q in quotes_of(body)] == [
        ("Anna Berg", "Anna Berg")
    ]


def test_a_persons_name_after_a_company_and_a_comma_is_no_place() -> None:
    text = "His partner at Lenox, Jane B. Roe, called him “a master of the deal.”"
    assert no_one(text, "Jane B. Roe") is None
    text = "His partner at Lenox, Jane Roe, called him “a master of the deal.”"
    assert no_one(text, "Jane Roe") is None


def test_a_dateline_names_no_one_and_the_subject_after_it_says_the_quote() -> None:
    body = (
        "SPRINGFIELD — Sen. Anna Berg (D-Ohio) on Wednesday played down the mayor's attack on a judge"
        " as “no different from what anyone else would say.”"
    )
    assert no_one(body, "SPRINGFIELD") == "dateline"
    # the subject read past the dateline, its party's brackets and all
    assert [(q.speaker, q.mention.text if q.mention else None) for q in quotes_of(body)] == [
        ("Anna Berg", "Sen. Anna Berg (D-Ohio)")
    ]


def test_a_transcript_label_in_capitals_names_its_speaker() -> None:
    text = "Talks resume\n\nRAMOS: “We will not sign this treaty.”"
    assert no_one(text, "RAMOS") is None


def test_an_ordinary_word_set_off_at_a_sentence_start_names_no_one() -> None:
    text = "Anna Berg spoke for an hour.\n\nWait, it gets better: “We will build a bridge.”"
    assert no_one(text, "Wait") == "opener"
    text = "Anna Berg spoke for an hour. First, Berg described the budget as “a betrayal.”"
    assert no_one(text, "First") == "opener"


def test_a_name_or_a_group_opening_a_sentence_may_name_someone() -> None:
    text = "The mayor left. Small, who attended the rally, said it was “a disgrace.” Small said so twice."
    assert no_one(text, "Small") is None  # an ordinary word the article gives as a speaker's name
    text = "The mayor left. Aides, speaking on Monday, said it was “a disgrace.”"
    assert no_one(text, "Aides") is None  # a plural: a group that speaks


def test_a_prepositions_object_set_off_before_a_cue_is_not_its_subject() -> None:
    body = "The report, sent to the governor and forwarded to Anna Berg, called the plan “a waste of money.”"
    assert no_one(body, "Anna Berg") == "object"  # after a participle
    assert [(q.speaker, q.mention.text if q.mention else None) for q in quotes_of(body)] == [
        (None, "The report")
    ]
    body = "Anna Berg, of the Acme Corp, said the plan was “a waste of money.”"
    assert no_one(body, "the Acme Corp") == "object"  # set off by commas
    assert [q.speaker for q in quotes_of(body)] == ["Anna Berg"]


def test_a_prepositions_object_inside_the_subject_or_before_an_ing_cue_may_speak() -> None:
    text = "A statement from Acme Corp said the plan was “a waste of money.”"
    assert no_one(text, "Acme Corp") is None  # the subject as a whole holds it
    body = "The ad shows footage of Anna Berg saying, “This will be a hard year.”"
    assert no_one(body, "Anna Berg") is None
    assert [q.speaker for q in quotes_of(body)] == ["Anna Berg"]
    text = "The deal drew fire, with Anna Berg calling it “a waste of money.”"
    assert no_one(text, "Anna Berg") is None
    text = "A letter from Acme obtained by the Daily Star warns that “the plan will fail.”"
    assert no_one(text, "the Daily Star") == "object"  # after a participle, before a cue in the present
    text = "The firm is renowned for a chummy culture called “The Acme Way.”"
    assert no_one(text, "a chummy culture") is None  # "called" names the object

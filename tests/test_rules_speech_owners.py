"""A speaker written as the owner of a noun of saying ("Her claim that “…”", "His call for “…”", "the
senator’s response: “…”") is the owner, resolved as a pronoun or a description is: the quote went to
no one when the phrase was read as a description with no one to stand for (issue 15). A possessive
before another noun ("his campaign") is not read so. On text written for these tests."""

from __future__ import annotations

from corpus.quotes.candidates import read_mentions
from corpus.quotes.roles import Phrase
from corpus.quotes.speech_owners import owner_of
from tests.quote_texts import speakers_in


def test_a_possessive_pronoun_owning_a_claim_is_its_speaker() -> None:
    body = "Jane Roe spoke to the board on Monday. Her claim that “the books were cooked” shocked the room."
    assert speakers_in(body) == ["Jane Roe"]


def test_a_possessive_pronoun_owning_a_call_is_its_speaker() -> None:
    body = "Tom Hale has not backed down. His call for “a total and complete review” of the agency drew fire."
    assert speakers_in(body) == ["Tom Hale"]
    # a possessive before a noun that says nothing is no speaker's owner
    other = "Tom Hale has not backed down. His campaign called the plan “a complete disaster” on Monday."
    assert speakers_in(other) == [None]


def test_a_description_owning_a_response_is_its_speaker() -> None:
    body = (
        "Senator Tom Hale voted no on the farm bill. The bill failed on Tuesday. "
        "The senator’s response: “We will bring it back next year.”"
    )
    assert speakers_in(body) == ["Tom Hale"]


def test_a_possessive_before_a_call_or_an_admission_is_a_candidate() -> None:
    text = "His call for “x” drew fire, and by her own admission “x” was a mistake."
    pronouns = [text[a:b] for a, b, kind in read_mentions(text, 0, len(text)) if kind == "pronoun"]
    assert pronouns == ["His", "her"]


def test_the_owner_of_an_ad_or_a_book_is_its_speaker() -> None:
    # a document its owner made speaks for them: the name a reader sees is the owner's
    ad = "Jane Roe is running for the Senate in Ohio. Her new ad says “we can do better than this.”"
    assert speakers_in(ad) == ["Jane Roe"]
    book = (
        "Tom Hale has written about his years in the Army. His book says “the war was lost before it began.”"
    )
    assert speakers_in(book) == ["Tom Hale"]


def test_one_of_many_owned_ads_and_a_named_owner_s_memoir() -> None:
    ads = (
        "Jane Roe is running for the Senate in Ohio. She went on the air this week, "
        "with one of her ads asking, “Who will stand up for you?”"
    )
    assert speakers_in(ads) == ["Jane Roe"]
    memoir = (
        "David Axelrod advised the president for years. "
        "She later called the talks a “root canal,” according to Axelrod’s memoir."
    )
    assert speakers_in(memoir) == ["David Axelrod"]


def test_a_document_about_its_owner_is_not_their_speech() -> None:
    # an indictment is written about the one it names, a photo shows its owner: neither is theirs to say
    indictment = "Tom Hale was charged last year. His indictment says he “conspired to defraud the bank.”"
    assert speakers_in(indictment) == [None]
    photo = "Tom Hale sued the county in May. His photo shows a sign reading “No more lies.”"
    assert speakers_in(photo) == [None]


def test_a_document_named_by_its_owner_s_name_is_theirs() -> None:
    imf = "The fund cut its forecast on Tuesday. “Growth will slow sharply next year,” the IMF report said."
    assert speakers_in(imf) == ["IMF"]
    house = "Talks went on late into the night. The White House statement called them “productive and frank.”"
    assert speakers_in(house) == ["White House"]


def test_a_platform_before_a_post_is_not_its_owner() -> None:
    # "a Facebook post" is put on Facebook, written by someone else; "the IMF report" is the IMF's
    post = "A Facebook post said the mayor was “a liar and a thief.”"
    assert owner_of(post, Phrase(0, 15, None, post[:15], description=True)) is None
    report = "The IMF report said growth would “slow sharply.”"
    owner = owner_of(report, Phrase(0, 14, None, report[:14], description=True))
    assert owner is not None and owner.name == "IMF"

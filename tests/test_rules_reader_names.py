"""The names a reader sees beside quotes and in the speakers list, across articles: a given name
written in hyphened syllables after the surname ("Ban Ki-moon", "Kim Jong-un"), a speaker named after
whom they work for ("said Acme ranking Democrat Jane Roe"), a film's name in a description, a title
of address kept as the role, a given name alone taking the one full name of its article: text written
for these tests."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Speaker
from corpus.quotes import find_quotes
from corpus.quotes.article_quotes import article_quotes
from corpus.quotes.described_by import only_a_longer_name_s_tail
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import reader_name, shipped_tables


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    """Each quote's speaker as a reader sees it in its article, and their role."""
    tables = shipped_tables()
    article = article_from_text("a.txt", Path("a.txt"), text)
    _quotes, named, roles, _pairs = article_quotes(article, tables, NamePairs(tables))
    return list(zip(named, roles, strict=True))


def _corpus(*texts: str) -> tuple[list[str | None], list[Speaker]]:
    articles = [article_from_text(f"{k}.txt", Path(f"{k}.txt"), t) for k, t in enumerate(texts)]
    quotes, speakers = find_quotes(articles)
    return [q.speaker for q in quotes], speakers


def test_a_surname_that_is_an_ordinary_word_before_hyphened_given_names_is_a_name() -> None:
    said = _speakers(
        "Talks In The Capital\n\n"
        "Moon Jae-sun, the mayor of the port city, spoke to reporters after the vote on Monday.\n\n"
        "“We will build the new bridge next year,” Moon said.\n"
    )
    assert said == [("Moon", None)]


def test_an_ordinary_word_opening_a_name_before_hyphened_given_names_is_its_surname() -> None:
    text = "Moon Jae-sun and Ban Ki-dong met on Monday."
    assert reader_name("Moon Jae-sun", text=text) == "Moon Jae-sun"
    assert reader_name("Ban Ki-dong", text=text) == "Ban Ki-dong"
    assert reader_name("Secretary-General Ban Ki-dong", text=text) == "Ban Ki-dong"
    assert reader_name("Later Moon Jae-sun", text=text) == "Moon Jae-sun"


def test_the_full_name_a_speaker_has_elsewhere_is_chosen_among_several_of_the_article() -> None:
    # the article names the grandfather, the father and the son, each "Kim"; another article quotes
    # the son by his full name, spaced and capitalised otherwise
    quoted, speakers = _corpus(
        "The Dynasty Speaks\n\n"
        "Kim Hwa-sung founded the state, and his son Kim Jong-pil ruled it after him. "
        "Now Kim Jong-dae leads it.\n\n"
        "“We will stop the tests,” Kim said on Friday.\n",
        "Tests Halted\n\n“The tests are over,” Kim Jong Dae said in a speech on Saturday.\n",
        "Envoy Leaves\n\n“I am going home,” Kim Darrow, the ambassador, said on Sunday.\n",
    )
    assert quoted == ["Kim Jong Dae", "Kim Jong Dae", "Kim Darrow"]
    assert sorted(s.name for s in speakers) == ["Kim Darrow", "Kim Jong Dae"]


def test_a_speaker_named_after_the_body_they_belong_to_is_the_person() -> None:
    said = _speakers(
        "Hearing Ends\n\n"
        "“They are wasting everyone’s time,” said Oversight ranking Democrat Elias Cumberbatch (D-Md.).\n\n"
        "“This was never about the law,” said Grant ally Jeremy Carvelle.\n\n"
        "“He will not run,” said Dorsett spokesman Alex Conway.\n"
    )
    assert said == [
        ("Elias Cumberbatch", "Oversight ranking Democrat"),
        ("Jeremy Carvelle", "Grant ally"),
        ("Alex Conway", "Dorsett spokesman"),
    ]
    from corpus.quotes.owned_names import person_after_owner  # (imported here: new in this change)

    tables = shipped_tables()
    text = "Former Dorsett speechwriter Jon Favrell published a column."
    owned = person_after_owner(text, 0, len("Former Dorsett"), tables)
    assert owned is not None and (owned.name, owned.role) == ("Jon Favrell", "Former Dorsett speechwriter")
    text = "Dorsett aides Jane Roeberts and John Doer said so."
    assert person_after_owner(text, 0, len("Dorsett"), tables) is None  # several people
    said = _speakers(
        "Poll Out\n\nDorsett leads the field.\n\n"
        "While those surveyed said former Ohio governor Jeb Bushell has the “best experience,” Dorsett is "
        "the one voters trust.\n"
    )
    assert said[0][0] != "Jeb Bushell"  # what they said of him
    # no role's words between: the name as the cue grammar reads it
    said = _speakers(
        "Hearing Ends\n\n"
        "“We will see about that,” said Cumberbatch on Tuesday.\n\n"
        "“Nothing changed today,” said Dorsett supporters like Jane Roeberts.\n"
    )
    assert said[0] == ("Cumberbatch", None)
    assert said[1][0] != "Jane Roeberts"


def test_a_film_s_name_in_a_description_is_no_one_s_name() -> None:
    said = _speakers(
        "Star In Rehab\n\n"
        "Tara Reidy has checked into a clinic, her agent confirmed on Monday.\n\n"
        "The Summer Camp actress and party fixture has been there since Friday, according to "
        "her publicist.\n\n"
        "“We ask for privacy at this time,” said The Summer Camp actress.\n"
    )
    assert said[0][0] != "Summer Camp"


def test_a_title_of_address_is_the_role_when_no_job_is_written() -> None:
    said = _speakers(
        "Clinic Opens\n\n"
        "“We will treat everyone who comes,” said Dr. Muhammad Babarov at the opening.\n\n"
        "“It is a good day,” Mr. John Roeberts said.\n"
    )
    assert said == [("Muhammad Babarov", "Dr."), ("John Roeberts", None)]
    # across articles, a job written once is shown before the title seen more often
    _quoted, speakers = _corpus(
        "Clinic Opens\n\nMuhammad Babarov opened it. “We will treat everyone,” said Dr. Babarov.\n",
        "Clinic Grows\n\nMuhammad Babarov spoke. “We will add beds,” said Dr. Babarov.\n",
        "Clinic Praised\n\n“It is the best in town,” said clinic director Muhammad Babarov.\n",
    )
    assert [(s.name, s.role) for s in speakers] == [("Muhammad Babarov", "clinic director")]


def test_a_given_name_alone_takes_the_one_full_name_of_its_article() -> None:
    # two people named Joan are quoted by full name; a third is known by her given name alone
    quoted, _speakers = _corpus(
        "Other Notes\n\n“We lost,” said Joan, a volunteer, who gave no surname.\n",
        "Campaign Notes\n\n"
        "Paul Fenwick, a candidate for the council, and his wife, Joan Fenwick, came to the rally. "
        "“We will win this,” Joan said.\n\n"
        "“He is right,” Paul said.\n",
        "Council Notes\n\n“The books are in order,” said Joan Marlowe, the treasurer.\n",
    )
    assert quoted == ["Joan", "Joan Fenwick", "Paul Fenwick", "Joan Marlowe"]


def test_two_bodies_with_one_head_word_and_one_first_word_stay_two() -> None:
    _quoted, speakers = _corpus(
        "Funds Raised\n\n“We raised more than ever,” the Democratic Eastern Fund Committee said.\n",
        "Funds Spent\n\n“We spent less than ever,” the Democratic Western Committee said.\n",
        "Funds Counted\n\n“We counted it all again,” the Democratic Western Committee said.\n",
    )
    assert sorted(s.name for s in speakers) == [
        "Democratic Eastern Fund Committee",
        "Democratic Western Committee",
    ]


def test_a_surname_that_is_a_dictionary_word_ending_in_s_stays_after_a_given_name() -> None:
    text = "Tyra Bankes and Lorenzo Lamas spoke. Spotify Backs Away From Policy."
    assert reader_name("Lorenzo Lamas", text=text) == "Lorenzo Lamas"
    assert reader_name("Gordon Advisors", text=text + " Gordon Advisors said so.") == "Gordon Advisors"
    assert reader_name("Spotify Backs") == "Spotify"  # a headline's verb after a name that is no person's


def test_the_tail_of_a_longer_name_after_and_is_no_name() -> None:
    text = (
        "Kevin Bradley, chairman of the House Roads and Means Committee, said so. "
        "The Committee on Oversight and Public Reform met. Bill and Hilda Clifton came."
    )
    assert reader_name("Means Committee", text=text) is None
    assert reader_name("Public Reform", text=text) is None
    assert reader_name("Hilda Clifton", text=text) == "Hilda Clifton"
    text = "Crews from Palmer Fire Department and Mat-Su Central Fire Department came."
    assert reader_name("Mat-Su Central Fire Department", text=text) == "Mat-Su Central Fire Department"


def test_a_longer_name_s_tail_is_read_where_the_article_writes_it() -> None:
    assert only_a_longer_name_s_tail("Means Committee", "The Roads and Means Committee met.")
    assert only_a_longer_name_s_tail("Means Committee", "The Roads & Means Committee met.")
    # written alone once too, before or after the joined place: a name of its own
    assert not only_a_longer_name_s_tail("Means Committee", "Means Committee met. Roads and Means Committee")
    assert not only_a_longer_name_s_tail("Means Committee", "Roads and Means Committee met. Means Committee")
    assert not only_a_longer_name_s_tail(
        "Means Committee", "nd Means Committee met."
    )  # (at the text's start)
    assert not only_a_longer_name_s_tail("Means Committee", "Roads andMeans Committee met.")

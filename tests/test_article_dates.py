"""An article's date: the one its text gives for itself, not a photo's or an embedded post's, and
else the one its file name holds."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.dates import date_in_file_name, find_date
from corpus.ingest.load import load_article

BYLINE = "By Jane Roe\nUpdated 6:35 PM ET, Fri June 1, 2018\n"


def test_a_photo_caption_s_date_is_the_photo_s() -> None:
    caption = "In this June 30, 2013 file photo, a singer performs at an awards show.\n"
    assert find_date(caption + BYLINE + "The company changed its policy.") == "2018-06-01"
    credited = "The chief speaks in New York on May 20, 2015.Jane Doe / AFP - Getty Images file\n"
    assert find_date(credited + BYLINE) == "2018-06-01"
    assert find_date(caption + "The company changed its policy.") is None


def test_an_embedded_post_s_date_is_the_post_s() -> None:
    post = "This is a bad idea. (2)\n— Jane Roe (@janeroe) January 26, 2017\n"
    assert find_date(post + BYLINE) == "2018-06-01"
    assert find_date("Published January 26, 2017\n" + post) == "2017-01-26"  # the byline's own


def test_a_date_in_the_file_name_dates_an_article_whose_text_gives_none(tmp_path: Path) -> None:
    assert date_in_file_name("breitbart_2016-09-28_mary-j-blige") == "2016-09-28"
    assert date_in_file_name("2016-13-28_story") is None  # no thirteenth month
    assert date_in_file_name("000_001046f2ce72b2e4") is None
    plain = tmp_path / "outlet_2016-09-28_a-story.txt"
    plain.write_text("Voters lined up early.\n\nThe count ran late, officials said.\n", encoding="utf-8")
    assert load_article(plain).date == "2016-09-28"
    dated = tmp_path / "outlet_2016-09-28_another.txt"
    dated.write_text(BYLINE + "\nVoters lined up early.\n", encoding="utf-8")
    assert load_article(dated).date == "2018-06-01"  # what the text says comes first

"""Who ran an article, and whose wire copy it reprints: "AP via yahoo.com"."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.site_names import site_in_file_name
from corpus.outlets import names_wire, reprint_source


def test_a_web_address_in_a_file_name_names_the_outlet() -> None:
    assert site_in_file_name(Path("00761_yahoo.com-news.txt")) == "yahoo.com"
    assert site_in_file_name(Path("09990_dailymail.co.uk.txt")) == "dailymail.co.uk"
    assert site_in_file_name(Path("www.Example.org.story.html")) == "example.org"
    assert site_in_file_name(Path("000_001046f2ce72b2e4.txt")) is None
    assert site_in_file_name(Path("notes.final.txt")) is None
    assert site_in_file_name(Path("report.v2.md")) is None


def test_a_source_that_only_names_the_agency_is_not_an_outlet() -> None:
    assert names_wire("AP Archive", "AP") and names_wire("The Associated Press", "AP")
    assert names_wire("dpa/MIA", "dpa") and names_wire("Agence France-Presse", "AFP")
    assert not names_wire("Apple Daily", "AP") and not names_wire("yahoo.com", "Reuters")


def test_the_source_says_whose_copy_a_reprint_is() -> None:
    assert reprint_source("Reuters", "Reuters", Path("00761_yahoo.com-news.txt")) == "Reuters via yahoo.com"
    assert reprint_source("Deadline", "Reuters", Path("story.txt")) == "Reuters via Deadline"
    assert reprint_source("Associated Press", "AP", Path("story.txt")) == "Associated Press"
    assert reprint_source(None, "AP", Path("story.txt")) == "AP"
    assert reprint_source("CNN", "CNN", Path("01333_cnn.com.txt")) == "CNN"  # the agency's own site
    assert reprint_source("BBC", None, Path("x.txt")) == "BBC"


def test_a_scraped_file_named_after_its_site_gets_that_site_as_its_source(tmp_path: Path) -> None:
    from corpus.ingest.load import load_article

    body = "Voters lined up early.\n\nThe count ran late into the night, officials said.\n"
    named = tmp_path / "00604_example.com.txt"
    named.write_text(body, encoding="utf-8")
    assert load_article(named).source == "example.com"
    credited = tmp_path / "00605_example.com.txt"
    credited.write_text(body + "\nSource: The Daily Planet\n", encoding="utf-8")
    assert load_article(credited).source == "The Daily Planet"  # what the text names comes first
    plain = tmp_path / "story.txt"
    plain.write_text(body, encoding="utf-8")
    assert load_article(plain).source is None

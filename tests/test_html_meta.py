"""Web pages: title, source, date and author come from the page's own markup."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.ingest.html import read_html
from corpus.ingest.html_meta import iso_date, strip_site_name
from corpus.ingest.load import load_article

TEXT = (
    "<p>The defence ministry said on Tuesday that several units were returning to their bases, after "
    "two days of talks between the governments, and that more would follow.</p>"
    "<p>Western officials said they had seen no sign of a withdrawal so far, and that the camps near "
    "the frontier were still full, according to satellite pictures.</p>"
)


def test_visible_h1_is_the_title_over_the_title_tag() -> None:
    doc = read_html(
        "<html><head><title>Border talks: live | Example News</title></head>"
        f"<body><article><h1>Troops pull back after talks</h1>{TEXT}</article></body></html>"
    )
    assert doc.title == "Troops pull back after talks"


def test_logo_in_an_h1_is_not_the_title() -> None:
    doc = read_html(
        "<html><head><title>Troops pull back after talks – Example News</title>"
        "<meta property='og:site_name' content='Example News'></head><body>"
        "<h1 class='logo'>Example News</h1><article><h1>Troops pull back after talks</h1>"
        f"{TEXT}</article></body></html>"
    )
    assert doc.title == "Troops pull back after talks"
    assert doc.source == "Example News"


def test_without_h1_og_title_loses_the_site_name() -> None:
    doc = read_html(
        "<html><head><meta property='og:title' content='Troops pull back after talks | Example News'>"
        "<meta property='og:site_name' content='Example News'></head>"
        f"<body><article>{TEXT}</article></body></html>"
    )
    assert doc.title == "Troops pull back after talks"


def test_title_tag_site_name_stripped_without_og_site_name() -> None:
    doc = read_html(
        f"<html><head><title>Troops pull back after talks | Example</title></head><body>{TEXT}</body>"
    )
    assert doc.title == "Troops pull back after talks"
    assert strip_site_name("Example News - Troops pull back after long talks", "example.com") == (
        "Troops pull back after long talks"
    )
    assert strip_site_name("Troops - and tanks - pull back", None) == "Troops - and tanks - pull back"


def test_json_ld_publisher_date_and_author() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "ignored"},
            {
                "@type": "NewsArticle",
                "headline": "Troops pull back after talks",
                "datePublished": "2022-02-15T09:30:00+01:00",
                "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
                "publisher": {"@type": "Organization", "name": "Example Wire"},
            },
        ],
    }
    doc = read_html(
        f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head>"
        f"<body><h1>Troops pull back after talks</h1>{TEXT}</body></html>"
    )
    assert (doc.source, doc.date, doc.author) == ("Example Wire", "2022-02-15", "Jane Doe, John Roe")


def test_meta_tags_beat_time_elements_and_canonical_domain_is_the_last_resort() -> None:
    doc = read_html(
        "<html><head><link rel='canonical' href='https://www.example.org/2022/02/troops.html'>"
        "<meta property='article:published_time' content='2022-02-16T08:00:00Z'>"
        "<meta name='author' content='Jane Doe'></head>"
        f"<body><h1>Troops</h1><time datetime='2021-01-01'>old</time>{TEXT}</body></html>"
    )
    assert (doc.source, doc.date, doc.author) == ("example.org", "2022-02-16", "Jane Doe")


def test_time_element_gives_the_date_when_nothing_else_does() -> None:
    doc = read_html(
        f"<html><body><h1>Troops</h1><p><time datetime='2022-02-17T10:00'>Thursday</time></p>{TEXT}"
    )
    assert doc.date == "2022-02-17"


def test_broken_json_ld_is_ignored() -> None:
    doc = read_html(
        '<html><head><script type=\'application/ld+json\'>{"headline": "x", </script></head>'
        f"<body><h1>Troops</h1>{TEXT}</body></html>"
    )
    assert doc.title == "Troops" and doc.date is None and doc.source is None


def test_iso_date_forms() -> None:
    assert iso_date("2022-02-15T09:30:00Z") == "2022-02-15"
    assert iso_date("2022/2/5") == "2022-02-05"
    assert iso_date("20220215") == "2022-02-15"
    assert iso_date("15 February 2022") == "2022-02-15"
    assert iso_date("2022-13-45") is None
    assert iso_date("soon") is None


def test_loaded_article_carries_the_page_metadata(tmp_path: Path) -> None:
    path = tmp_path / "troops.htm"
    path.write_text(
        "<html><head><meta property='og:site_name' content='Example News'>"
        "<meta property='article:published_time' content='2022-02-15'>"
        "<meta name='author' content='Jane Doe'></head>"
        f"<body><nav><a href='/'>Home</a></nav><h1>Troops pull back after talks</h1>{TEXT}</body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert (article.title, article.source, article.date, article.author) == (
        "Troops pull back after talks",
        "Example News",
        "2022-02-15",
        "Jane Doe",
    )

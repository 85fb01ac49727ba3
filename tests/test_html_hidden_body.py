"""Web pages that keep their article out of the plain markup: in a template script inside the
article's element (Blogger), or only in the page's summary (a page that shows no text itself).
The pages are written for the test."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.html import read_html
from tests.test_html_furniture import HEADLINE, STORY, load, shown


def templated(container_class: str, inside: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='blog'>"
        f"<h1>{HEADLINE}</h1><div class='{container_class}'>"
        f"<script type='text/template'>{inside}</script></div>"
        "<div class='sidebar'><p>About this blog: notes on security.</p></div></div></body></html>"
    )


def test_the_article_in_a_template_script_of_the_post_body_is_read(tmp_path: Path) -> None:
    inside = "".join(f"<p>{p}</p>" for p in STORY)
    article = load(tmp_path, templated("post-body", inside))
    assert all(paragraph in shown(article) for paragraph in STORY)


def test_a_template_outside_the_article_stays_a_script() -> None:
    doc = read_html(templated("cookie-dialog", "<p>We use cookies to improve this site for you.</p>"))
    assert "cookies" not in doc.text


def test_markup_from_a_template_is_sanitized_like_the_page() -> None:
    inside = (
        f"<p>{STORY[0]}</p><script>alert('x')</script>"
        f"<p onclick='steal()'>{STORY[1]}</p><a href='javascript:steal()'>link</a>"
    )
    doc = read_html(templated("post-body", inside))
    assert STORY[0] in doc.text and STORY[1] in doc.text
    for hostile in ("alert", "steal", "javascript", "onclick"):
        assert hostile not in doc.text


def summary_only(summary: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title>"
        f"<meta property='og:description' content='{summary}'></head>"
        "<body><div id='app'></div></body></html>"
    )


def test_a_page_with_only_a_summary_shows_the_summary(tmp_path: Path) -> None:
    summary = " ".join(STORY).replace("'", "’")
    article = load(tmp_path, summary_only(summary))
    assert "several units were returning to their bases" in shown(article)


def test_a_summary_never_joins_a_page_that_has_its_article() -> None:
    summary = "Talks between the two governments ended on Tuesday with a deal to pull troops back."
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        f"<html><head><title>{HEADLINE}</title><meta name='description' content='{summary}'></head>"
        f"<body><article><h1>{HEADLINE}</h1>{paragraphs}</article></body></html>"
    )
    assert "with a deal to pull troops back" not in read_html(html).text

"""The Source column names the outlet, not the tagline or headline a page declares beside it."""

from __future__ import annotations

import pytest

from corpus.ingest.html import read_html
from corpus.ingest.site_names import outlet_name

BODY = (
    "<p>The council said on Tuesday that the bridge would reopen in spring, after two years of repairs "
    "that cost far more than planned, and that tolls would not rise.</p>"
    "<p>Residents who had driven around the river for months said they were glad, though some doubted "
    "the date would hold after so many delays.</p>"
)


def page(site_name: str, url: str | None) -> str:
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return (
        f"<html><head><title>Bridge to reopen in spring | {site_name}</title>{canonical}"
        f'<meta property="og:site_name" content="{site_name}"></head>'
        f"<body><article><h1>Bridge to reopen in spring</h1>{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("declared", "domain", "name"),
    [
        # the part that spells the domain is the name, wherever it stands
        ("Riverside Herald | Your town, your news, since 1901", "riversideherald.com", "Riverside Herald"),
        ("Bridge to reopen in spring after two years of repairs | RVH", "www.rvh.example.org", "RVH"),
        ("Welcome - Stadtwerke Mühlheim", "stadtwerke-muehlheim.de", "Stadtwerke Mühlheim"),
        ("Kabelblog | Technik | Alltag", "kabelblog.wordpress.com", "Kabelblog"),
        # a name that is the domain whole keeps its separator
        ("North - South", "northsouth.net", "North - South"),
        # no domain: a short name may be the name itself; a long one loses its tagline
        ("Miller - The Bookshop", None, "Miller - The Bookshop"),
        ("Miller Books - Reading for every season, every shelf and every age", None, "Miller Books"),
        ("A council votes to reopen the bridge on the river road by spring | RVH", None, "RVH"),
        # nothing to cut
        ("Osthafen|News", "osthafen-news.de", "Osthafen|News"),
        ("Riverside Herald", "riversideherald.com", "Riverside Herald"),
    ],
)
def test_outlet_name(declared: str, domain: str | None, name: str) -> None:
    assert outlet_name(declared, domain) == name


def test_a_page_names_its_outlet_without_the_tagline_and_keeps_its_title() -> None:
    doc = read_html(
        page("Riverside Herald - Your town, your news, every morning", "https://riversideherald.com/a/1")
    )
    assert doc.source == "Riverside Herald"
    assert doc.title == "Bridge to reopen in spring"


def test_a_domain_that_spells_no_part_leaves_a_short_name_whole() -> None:
    doc = read_html(page("Miller - The Bookshop", "https://example.org/a/1"))
    assert doc.source == "Miller - The Bookshop"

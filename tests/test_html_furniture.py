"""Web pages: the article is kept as body, each kind of page furniture is marked boilerplate.

Every page here is written for the test: one article (headline and three paragraphs of running
text) in a site's layout, with one kind of furniture added to it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest.load import load_article
from corpus.model import Article
from corpus.quotes import find_quotes

HEADLINE = "Troops pull back from the border after talks"
STORY = [
    "The defence ministry said on Tuesday that several units were returning to their bases, "
    "after two days of talks between the governments in the capital.",
    "“Some units are returning, others are staying for exercises,” the ministry's spokesman, "
    "Ivan Petrov, told reporters, adding that the movement would take several weeks.",
    "Western officials, however, said they had seen no sign of a withdrawal so far, and that "
    "satellite pictures showed the camps near the frontier were still full.",
]


def page(furniture_in_article: str = "", furniture_outside: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<!DOCTYPE html><html><head><title>{HEADLINE} | Daily Example</title>{head}</head><body>"
        "<header class='site-header'><a href='/'>Daily Example</a></header>"
        f"<div class='layout'><article class='post'><h1>{HEADLINE}</h1>"
        f"<div class='entry-content'>{paragraphs}{furniture_in_article}</div></article>"
        f"{furniture_outside}</div>"
        "<footer class='site-footer'><p>© 2022 Daily Example. All rights reserved.</p></footer>"
        "</body></html>"
    )


def load(tmp_path: Path, html: str, name: str = "page.html") -> Article:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    article = load_article(path)
    assert article.problem is None
    return article


def shown(article: Article) -> str:
    """What the reader shows: every paragraph but boilerplate."""
    return "\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind != "boilerplate")


def marked(article: Article) -> str:
    return "\n".join(article.text[p.start : p.end] for p in article.paragraphs if p.kind == "boilerplate")


def assert_story_kept(article: Article) -> None:
    body = [article.text[p.start : p.end] for p in article.body_paragraphs()]
    for paragraph in STORY:
        assert paragraph.replace("'", "'") in body
    assert article.title == HEADLINE
    assert article.kind_at(article.text.index(HEADLINE)) == "title"


def assert_furniture(article: Article, *snippets: str) -> None:
    body = shown(article)
    for snippet in snippets:
        assert snippet in article.text, "furniture is marked, not deleted"
        assert snippet not in body
        assert snippet in marked(article)


FURNITURE = {
    "menu": (
        "",
        "<div class='menu'><ul><li><a href='/world'>World</a></li><li><a href='/politics'>Politics</a></li>"
        "<li><a href='/business'>Business</a></li><li><a href='/sport'>Sport and leisure</a></li></ul></div>",
        ["Sport and leisure"],
    ),
    "related links": (
        "<div class='related-posts'><h3>Related stories</h3><ul>"
        "<li><a href='/a'>Minister says “we will not give an inch” on the border</a></li>"
        "<li><a href='/b'>Satellite pictures show camps near the frontier</a></li></ul></div>",
        "",
        ["Related stories", "we will not give an inch", "Satellite pictures show camps"],
    ),
    "most-read list": (
        "",
        "<section><h2>Most read</h2><ol><li><a href='/1'>Storm closes the airport for a second day</a></li>"
        "<li><a href='/2'>Prices of bread rise again in the capital</a></li></ol></section>",
        ["Most read", "Storm closes the airport", "Prices of bread rise again"],
    ),
    "comments and form": (
        "",
        "<section id='comments' class='comments-area'><h2>3 comments</h2>"
        "<div class='comment'><p>I do not believe a word of this, the ministry has said the same thing "
        "every winter and nothing ever changes on the ground, as everyone here knows.</p></div>"
        "<form action='/post-comment'><p>Leave a reply</p><textarea name='c'>Your comment</textarea>"
        "<input type='submit' value='Post comment'></form></section>",
        ["3 comments", "I do not believe a word of this"],
    ),
    "author box": (
        "<div class='author-bio'><p>Jane Doe is our defence correspondent. She has reported from the "
        "region, its capitals and its front lines, for more than ten years.</p></div>",
        "",
        ["Jane Doe is our defence correspondent"],
    ),
    "share bar": (
        "<div class='share-bar'><a href='https://facebook.example/share'>Facebook</a> "
        "<a href='https://twitter.example/share'>Twitter</a> "
        "<a href='mailto:?subject=x'>Email a friend</a></div>",
        "",
        ["Email a friend"],
    ),
    "cookie banner": (
        "",
        "<div id='cookie-consent'><p>We use cookies to give you the best experience on our website, "
        "to show you personalised content and to analyse our traffic.</p><a href='/ok'>Accept all</a></div>",
        ["We use cookies to give you the best experience"],
    ),
    "newsletter banner": (
        "<div class='newsletter-signup'><h3>Get our morning briefing</h3><p>The day's most important "
        "stories, explained, in your inbox before breakfast every weekday.</p></div>",
        "",
        ["Get our morning briefing", "in your inbox before breakfast"],
    ),
    "post meta lines": (
        "<p>Tuesday, 15 February 2022 at 10:15</p><ul><li><a href='/c/defence'>Defence desk</a></li></ul>"
        "<p>Posted in World, Europe</p>",
        "",
        ["15 February 2022", "Defence desk", "Posted in World"],
    ),
    "photo credit": (
        "<figure><img src='/troops.jpg' alt='A convoy'><figcaption>A convoy on the road north of the city. "
        "Photo: Reuters/John Roe</figcaption></figure>",
        "",
        ["Photo: Reuters/John Roe"],
    ),
}


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_each_kind_of_furniture_is_marked_and_the_story_kept(tmp_path: Path, kind: str) -> None:
    inside, outside, snippets = FURNITURE[kind]
    article = load(tmp_path, page(inside, outside))
    assert_story_kept(article)
    assert_furniture(article, *snippets)
    assert_furniture(article, "All rights reserved")  # the site footer, on every page


def test_all_furniture_at_once(tmp_path: Path) -> None:
    inside = "".join(v[0] for v in FURNITURE.values())
    outside = "".join(v[1] for v in FURNITURE.values())
    article = load(tmp_path, page(inside, outside))
    assert_story_kept(article)
    assert_furniture(article, *(s for v in FURNITURE.values() for s in v[2]))
    words = sum(len(p.split()) for p in STORY)
    assert words <= article.words <= words + len(HEADLINE.split()) + 5


def test_offsets_slice_the_markdown(tmp_path: Path) -> None:
    inside = "".join(v[0] for v in FURNITURE.values())
    article = load(tmp_path, page(inside))
    last = 0
    for p in article.paragraphs:
        assert last <= p.start < p.end <= len(article.text)
        chunk = article.text[p.start : p.end]
        assert chunk == chunk.strip() and chunk
        last = p.end
    for s in article.sentences:
        para = article.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
        assert s.kind == para.kind or (para.kind == "body" and s.kind == "boilerplate")


def test_a_quote_in_a_related_headline_is_not_a_quote_of_the_article(tmp_path: Path) -> None:
    inside = FURNITURE["related links"][0]
    article = load(tmp_path, page(inside))
    quotes, _ = find_quotes([article])
    texts = [q.text for q in quotes]
    assert any("Some units are returning" in t for t in texts)
    assert not any("give an inch" in t for t in texts)


def test_furniture_heading_without_class_names_marks_its_section(tmp_path: Path) -> None:
    section = (
        "<h2>You might also like</h2><ul><li><a href='/x'>Ten pictures of the frontier in winter</a></li>"
        "<li><a href='/y'>What the talks mean for the region's farmers</a></li></ul>"
    )
    article = load(tmp_path, page(section))
    assert_story_kept(article)
    assert_furniture(article, "You might also like", "Ten pictures of the frontier")


def test_story_split_around_an_advert_keeps_both_halves(tmp_path: Path) -> None:
    advert = "<div class='ad-slot'><p>Advertisement</p><a href='/buy'>Buy the new phone today</a></div>"
    paragraphs = f"<p>{STORY[0]}</p>{advert}<p>{STORY[1]}</p><p>{STORY[2]}</p>"
    html = f"<html><body><main><h1>{HEADLINE}</h1>{paragraphs}</main></body></html>"
    article = load(tmp_path, html)
    assert_story_kept(article)
    assert_furniture(article, "Buy the new phone today")


def test_comment_section_longer_than_the_article_is_not_taken_for_it(tmp_path: Path) -> None:
    comment = (
        "<li class='comment'><p>This is a long comment, written by a reader, who has many opinions "
        "about the border, the ministry, the talks and the weather, and shares all of them.</p></li>"
    )
    outside = f"<div id='comments'><h3>Comments</h3><ol class='comment-list'>{comment * 8}</ol></div>"
    article = load(tmp_path, page("", outside))
    assert_story_kept(article)
    assert_furniture(article, "This is a long comment")


def test_page_whose_text_is_only_in_json_ld_gets_it(tmp_path: Path) -> None:
    body = "\\n".join(STORY).replace('"', '\\"')
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "' + HEADLINE + '", '
        '"articleBody": "' + body + '", "datePublished": "2022-02-15T09:00:00Z"}</script>'
    )
    html = (
        f"<html><head>{head}</head><body><div class='menu'><a href='/'>Home</a> <a href='/w'>World</a></div>"
        f"<h1>{HEADLINE}</h1><div id='app'></div></body></html>"
    )
    article = load(tmp_path, html)
    assert_story_kept(article)
    assert article.date == "2022-02-15"


def test_list_of_teasers_beside_the_article_is_not_more_of_it(tmp_path: Path) -> None:
    teaser = (
        "<li><p>Border talks — Earlier coverage of the talks, with the envoys, the maps, the demands "
        "and the answers, as they came in, day by day.</p></li>"
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        f"<html><body><div class='wrap'><h1>{HEADLINE}</h1><div>{paragraphs}</div>"
        f"<div><p>Elsewhere:</p><ul>{teaser * 4}</ul></div></div></body></html>"
    )
    article = load(tmp_path, html)
    assert_story_kept(article)
    assert_furniture(article, "Earlier coverage of the talks")


def test_json_ld_body_written_its_own_way_is_not_added_twice(tmp_path: Path) -> None:
    glued = "Updated 9:30 GMT" + "".join(STORY).replace("“", '\\"').replace("”", '\\"').replace("'", "’")
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "articleBody": "{glued}"}}</script>'
    article = load(tmp_path, page(head=head))
    assert_story_kept(article)
    assert article.text.count("several units were returning") == 1


def test_furniture_named_by_data_component_and_test_id(tmp_path: Path) -> None:
    inside = (
        "<div data-component='links-block'><a href='/a'>Border crisis explained</a> "
        "<a href='/b'>Who are the envoys?</a></div>"
        "<div data-testid='share-tools'><a href='/s'>Copy link to this story</a></div>"
    )
    article = load(tmp_path, page(inside))
    assert_story_kept(article)
    assert_furniture(article, "Border crisis explained", "Copy link to this story")

"""Scraped plain text: the headline among page chrome, chrome marked (never deleted), wire credits.

Every text here is built by the test: a made-up story about a bridge, saved the way a scraper keeps
a page's text blocks (buttons, prompts, bylines, timestamps, captions and credits around it).
"""

from __future__ import annotations

from pathlib import Path

from corpus.cache import Cache
from corpus.ingest.load import article_from_text, load_corpus
from corpus.model import Article

LEAD = (
    "The harbour bridge reopened to traffic on Tuesday after eleven months of repairs, the city's "
    "transport department said, ending long detours for commuters on both banks of the river."
)
BODY = (
    "Engineers replaced the corroded steel cables and resurfaced the deck, the department said in a "
    "statement. “The bridge is safer now than on the day it first opened,” the chief engineer told "
    "reporters at the reopening ceremony, adding that tolls would stay at their current level."
)
HEADLINE = "Harbour bridge reopens to traffic after months of repairs"


def page(*header: str, tail: tuple[str, ...] = ()) -> str:
    return "\n\n".join([*header, LEAD, BODY, *tail]) + "\n"


def load(text: str, name: str = "a.txt") -> Article:
    return article_from_text(name, Path(name), text)


def kind_of(article: Article, line: str) -> str:
    kinds = {p.kind for p in article.paragraphs if article.text[p.start : p.end] == line}
    assert len(kinds) == 1, (line, kinds)
    return kinds.pop()


def test_chrome_lines_before_the_headline_are_boilerplate_and_the_headline_is_the_title() -> None:
    chrome = ("Share on Facebook Share on Twitter", "Email Bio Follow", "Subscribe to Breaking News emails")
    article = load(page(*chrome, HEADLINE))
    assert article.title == HEADLINE
    assert kind_of(article, HEADLINE) == "title"
    assert [kind_of(article, line) for line in chrome] == ["boilerplate"] * 3
    assert article.text.startswith(chrome[0])  # marked, never deleted
    assert kind_of(article, LEAD) == "body"


def test_a_dateline_or_a_timestamp_is_never_the_title() -> None:
    stamps = ("May 30 at 2:44 PM", "Updated 1:45 pm, Friday, June 1, 2018", "06/01/2018 02:57 pm ET")
    for stamp in stamps:
        article = load(page(stamp, HEADLINE))
        assert article.title == HEADLINE, stamp
        assert kind_of(article, stamp) == "boilerplate", stamp
    without_headline = load(page("May 31, 2019, 9:52 PM UTC"))
    assert without_headline.title is not None and without_headline.title.startswith(
        "The harbour bridge reopened"
    )


def test_other_headlines_with_their_ages_are_chrome() -> None:
    header = (
        HEADLINE,
        "3 hours ago",
        "Five gardens to visit before the summer ends",
        "15m ago",
        "The best cheap laptops for students",
    )
    article = load(page(*header))
    assert article.title == HEADLINE
    assert [kind_of(article, line) for line in header[1:]] == ["boilerplate"] * 4


def test_another_storys_headline_above_a_page_without_one_is_not_the_title() -> None:
    promo = "Why Do Some Gardens Bloom Twice a Year? Maybe Because Nobody Prunes Them."
    article = load(page(promo))
    assert kind_of(article, promo) == "boilerplate"
    assert (article.title or "").startswith("The harbour bridge reopened")


def test_a_headline_sharing_no_word_with_its_text_is_still_the_title() -> None:
    pun = "Smooth sailing for drivers"  # the writer's headline, in other words than the text's
    article = load(page(pun))
    assert article.title == pun
    assert kind_of(article, pun) != "boilerplate"


def test_a_wire_credit_is_the_source_and_the_byline_is_chrome() -> None:
    for byline, source in (
        ("By The Associated Press", "Associated Press"),
        ("Jane Roe and John Doe, Associated Press", "Associated Press"),
        ("Lucas Miller, Bloomberg", "Bloomberg"),
        ("By Jane Roe, Reuters", "Reuters"),
    ):
        article = load(page(HEADLINE, byline))
        assert article.source == source, byline
        assert kind_of(article, byline) == "boilerplate", byline
        assert article.title == HEADLINE
    plain_byline = load(page(HEADLINE, "By Jane Roe"))
    assert plain_byline.source is None
    assert kind_of(plain_byline, "By Jane Roe") == "boilerplate"


def test_a_dateline_agency_and_a_copyright_line_name_the_source() -> None:
    dateline = load(
        page(HEADLINE).replace("The harbour bridge", "RIVERTON (Reuters) - The harbour bridge", 1)
    )
    assert dateline.source == "Reuters"
    footer = load(page(HEADLINE, tail=("Copyright 2018 The Associated Press. All rights reserved.",)))
    assert footer.source == "Associated Press"


def test_an_agency_in_a_photo_credit_is_not_the_source() -> None:
    caption = "Commuters cross the reopened bridge on Tuesday. (Jane Roe/AFP/Getty Images)"
    article = load(page(HEADLINE, caption))
    assert article.source is None
    assert kind_of(article, caption) == "boilerplate"
    credit = load(page(HEADLINE, "Jane Roe / Getty Images", "The bridge at dusk"))
    assert kind_of(credit, "Jane Roe / Getty Images") == "boilerplate"
    assert kind_of(credit, "The bridge at dusk") == "boilerplate"  # the caption under the credit


def test_a_dateline_city_and_an_authors_name_are_neither_title_nor_source() -> None:
    article = load(page("Jane Roe", "RIVERTON", HEADLINE))
    assert article.title == HEADLINE
    assert article.source is None
    assert kind_of(article, "Jane Roe") == kind_of(article, "RIVERTON") == "boilerplate"


def test_a_transcript_speaker_label_does_not_stand_for_the_title() -> None:
    article = load(page("Email", "JANE ROE, HOST:"))
    assert (article.title or "").startswith("The harbour bridge reopened")


def test_labels_after_the_last_sentence_are_chrome_and_the_last_sentence_is_text() -> None:
    footer = (
        "(Reporting by Jane Roe; Editing by John Doe)",
        "Copyright 2018 The Daily Planet. All rights reserved. This material may not be published.",
        "RELATED COVERAGE",
        "More from the Daily Planet",
        "Contact Jane Roe at jane.roe@example.com .",
    )
    article = load(page(HEADLINE, tail=footer))
    assert [kind_of(article, line) for line in footer] == ["boilerplate"] * 5
    assert kind_of(article, BODY) == "body"
    unfinished = "Tolls will stay at their current level for cars and bicycles alike"
    kept = load(page(HEADLINE, tail=(unfinished,)))
    assert kind_of(kept, unfinished) == "body"  # a last line of text without its full stop


STORIES = (
    (
        "Bridge reopens after repairs",
        "traffic on the harbour bridge resumed",
        "Drivers queued at dawn to cross.",
    ),
    (
        "Commuters return to the bridge",
        "the bridge carried its first commuters",
        "Cyclists got a lane of their own.",
    ),
    ("City celebrates its bridge", "the city marked the bridge's return", "A brass band played on the deck."),
)
LABEL = "Ausgabe wählen"
"""A site's control in a language no word list here knows, amid the text of every article."""
SHARED = "Tolls will stay the same"
"""A short line of wire copy, its next paragraph copied along with it."""


def write_corpus(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for n, (title, lead, own) in enumerate(STORIES):
        lead_line = (
            f"In Riverton, {lead} on Tuesday after eleven months of repairs and detours, officials said."
        )
        closing = f"The {title.split()[0].lower()} story was filed by reporter number {n + 1}."
        text = "\n\n".join([title, lead_line, SHARED, BODY, own, LABEL, closing])
        (folder / f"{n}.txt").write_text(text + "\n", encoding="utf-8")


def test_a_line_repeated_across_articles_is_chrome_but_a_shared_passage_is_not(tmp_path: Path) -> None:
    write_corpus(tmp_path / "corpus")
    articles = load_corpus(tmp_path / "corpus")
    for article, (title, _lead, own) in zip(articles, STORIES, strict=True):
        assert article.title == title
        assert kind_of(article, LABEL) == "boilerplate"
        assert kind_of(article, SHARED) == "body"
        assert kind_of(article, own) == "body"
    alone = load_corpus(tmp_path / "corpus" / "0.txt")  # in a corpus of one, nothing is repeated
    assert kind_of(alone[0], LABEL) == "body"


def test_corpus_level_chrome_leaves_cached_articles_as_their_file_says(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder)
    cache = Cache.open(tmp_path / "cache")
    assert cache is not None
    together = load_corpus(folder, cache=cache)
    assert all(kind_of(a, LABEL) == "boilerplate" for a in together)
    cache.flush()
    alone = load_corpus(folder / "0.txt", cache=cache)  # the same file, cached, in a corpus of one
    assert kind_of(alone[0], LABEL) == "body"
    again = load_corpus(folder, cache=cache)
    assert all(kind_of(a, LABEL) == "boilerplate" for a in again)


def test_with_little_text_below_a_sentence_of_prose_is_the_text_begun_not_chrome() -> None:
    # The first line shares no word with the text below it, so it is no headline; the text under
    # the short line "0 AB" is too little to judge that line by its words. After a whole sentence
    # of prose that line is the text going on: not the headline, and the sentence is not chrome.
    sentence = (
        "Rebel positions near the northern river were shelled overnight by heavy artillery, "
        "local officials said."
    )
    rest = (
        "The talks will go on next week in Geneva, and the ministers said that they hope that the "
        "talks will bring some progress on the prisoners."
    )
    text = "Weather today\n\n" + sentence + "\n\n0 AB\n\n" + rest + "\n"
    article = load(text)
    assert kind_of(article, sentence) == "body"
    assert article.title != "0 AB"


def test_a_long_caption_above_a_photo_credit_is_not_the_lead() -> None:
    caption = (
        "Commuters on bicycles and on foot crowd the harbour bridge at dawn on Tuesday, the first "
        "morning it carried traffic again after eleven months closed for repairs."
    )
    credit = "Photo: Jane Roe/Reuters"
    article = load(page(HEADLINE, caption, credit))
    assert kind_of(article, caption) == "boilerplate"
    assert kind_of(article, LEAD) == "body"
    assert article.title == HEADLINE
    # a gallery gives the caption twice: the first, under no credit, is the same caption
    gallery = load(page(HEADLINE, caption, "Next photo", caption, credit))
    assert [p.kind for p in gallery.paragraphs if gallery.text[p.start : p.end] == caption] == [
        "boilerplate",
        "boilerplate",
    ]
    # a long sentence under no credit is the lead itself
    plain = load(page(HEADLINE, caption))
    assert kind_of(plain, caption) == "body"


def test_a_caption_that_opens_a_longer_paragraph_above_a_credit_is_still_the_lead() -> None:
    caption = (
        "Commuters on bicycles and on foot crowd the harbour bridge at dawn on Tuesday, the first "
        "morning it carried traffic again after eleven months closed for repairs."
    )
    credit = "Photo: Jane Roe/Reuters"
    # the same words open the paragraph above the credit, but that paragraph goes on: no caption
    article = load(page(HEADLINE, caption, caption + " The council paid for the work.", credit))
    assert kind_of(article, caption) == "body"
    assert article.title == HEADLINE

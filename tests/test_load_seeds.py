"""The five sample articles load with the right title, source, date and boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest.load import load_corpus
from corpus.model import Article

EXPECTED = {
    "000_001046f2ce72b2e4.txt": (
        "Russia says it returns some troops to base in areas near Ukraine",
        None,
        None,  # "Tuesday (15 February)" but no year anywhere in the text
    ),
    "001_585f0ca8fba6610a.txt": ("Russia pulls some troops back from border", "BBC", None),
    "002_a472edca295215ad.txt": (
        "Russia says more troops and weapons are returning to bases amid Ukraine standoff",
        "Wales Online",
        None,
    ),
    "003_7a3bfe3a68cac043.txt": (
        "(15 Feb 2022) NATO Secretary-General Jens Stoltenberg said the alliance had not yet seen any "
        "signs of de-escalation on the ground after Russia said Tuesday that some units participating "
        "in military exercises were returning to their bases.",
        "AP Archive",
        "2022-02-15",
    ),
    "004_2a2727772e1582b5.txt": (
        "NATO still sees no Russian retreat from Ukraine border",
        "dpa/MIA",
        "2022-02-17",
    ),
}


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    return {a.name: a for a in load_corpus(seeds_dir)}


def test_all_five_load_in_name_order(seeds_dir: Path) -> None:
    names = [a.name for a in load_corpus(seeds_dir)]
    assert names == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_title_source_date(seeds: dict[str, Article], name: str) -> None:
    article = seeds[name]
    assert (article.title, article.source, article.date) == EXPECTED[name]
    assert article.problem is None


def test_text_is_the_file_unchanged(seeds: dict[str, Article], seeds_dir: Path) -> None:
    for name, article in seeds.items():
        assert article.text == (seeds_dir / name).read_text(encoding="utf-8")


def test_offsets_slice_the_text_exactly(seeds: dict[str, Article]) -> None:
    for article in seeds.values():
        assert article.paragraphs and article.sentences
        previous_end = 0
        for p in article.paragraphs:
            chunk = article.text[p.start : p.end]
            assert chunk == chunk.strip() and chunk, (article.name, p)
            assert p.start >= previous_end
            previous_end = p.end
        for s in article.sentences:
            para = article.paragraphs[s.paragraph]
            assert para.start <= s.start < s.end <= para.end
            sentence = article.text[s.start : s.end]
            assert sentence == sentence.strip()


def test_menu_line_is_boilerplate_not_title(seeds: dict[str, Article]) -> None:
    article = seeds["004_2a2727772e1582b5.txt"]
    first = article.paragraphs[0]
    assert article.text[first.start : first.end].startswith("0_Web_Top stories")
    assert first.kind == "boilerplate"
    assert article.paragraphs[1].kind == "title"


def test_repeated_headline_is_one_title(seeds: dict[str, Article]) -> None:
    for name in ("001_585f0ca8fba6610a.txt", "002_a472edca295215ad.txt"):
        kinds = [p.kind for p in seeds[name].paragraphs[:3]]
        assert kinds == ["title", "title", "body"], name
    # the trailing " –" of 002's headline is dropped from the title but kept in the text
    assert seeds["002_a472edca295215ad.txt"].text.startswith("Russia says more troops") is True
    assert not seeds["002_a472edca295215ad.txt"].title.endswith("–")


def _kinds_of(article: Article, needle: str) -> set[str]:
    return {p.kind for p in article.paragraphs if needle in article.text[p.start : p.end]}


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("000_001046f2ce72b2e4.txt", "Subscribe to our newsletters"),
        ("000_001046f2ce72b2e4.txt", "[EPA-EFE/RUSSIAN DEFENCE MINISTRY"),  # a photo caption
        ("001_585f0ca8fba6610a.txt", "Sources: BBC"),
        ("002_a472edca295215ad.txt", "Source: Wales Online"),
        ("003_7a3bfe3a68cac043.txt", "Find out more about AP Archive"),
        ("003_7a3bfe3a68cac043.txt", "Twitter: ["),
        ("003_7a3bfe3a68cac043.txt", "You can license this story through AP Archive"),
        ("004_2a2727772e1582b5.txt", "Back to top button"),
    ],
)
def test_boilerplate_is_marked_not_deleted(seeds: dict[str, Article], name: str, needle: str) -> None:
    article = seeds[name]
    assert needle in article.text
    assert _kinds_of(article, needle) == {"boilerplate"}


@pytest.mark.parametrize(
    ("name", "needle"),
    [
        ("000_001046f2ce72b2e4.txt", "There are signs from Moscow that diplomacy should continue"),
        ("003_7a3bfe3a68cac043.txt", "US Ambassador to NATO Julianne Smith"),
        ("004_2a2727772e1582b5.txt", "Brussels/Moscow, 17 February 2022 (dpa/MIA)"),
        ("001_585f0ca8fba6610a.txt", "Maria Zakharova"),
    ],
)
def test_article_text_is_body(seeds: dict[str, Article], name: str, needle: str) -> None:
    assert _kinds_of(seeds[name], needle) == {"body"}


def test_lines_without_blank_lines_are_paragraphs(seeds: dict[str, Article]) -> None:
    article = seeds["003_7a3bfe3a68cac043.txt"]  # one paragraph a line, no blank lines
    assert len(article.paragraphs) == article.text.count("\n") + 1


def test_sentences_split_at_sentence_ends_not_abbreviations(seeds: dict[str, Article]) -> None:
    article = seeds["000_001046f2ce72b2e4.txt"]
    sentences = [article.text[s.start : s.end] for s in article.sentences]
    assert (
        "Meanwhile, the Kremlin said that U.S. assertions that Russia was poised to invade Ukraine "
        "were baseless hysteria." in sentences
    )
    # a quote of several sentences is split at its full stops like any other text
    assert "“There are signs from Moscow that diplomacy should continue." in sentences
    assert "This gives grounds for cautious optimism." in sentences
    assert any(s.startswith("Washington and Brussels have so far refused") for s in sentences)
    # "Feb. 10-20" is an abbreviation, not a sentence end
    assert any("Feb. 10-20 joint drills" in s for s in sentences)


def test_word_counts_leave_boilerplate_out(seeds: dict[str, Article]) -> None:
    article = seeds["003_7a3bfe3a68cac043.txt"]
    all_words = len(article.text.split())
    assert 250 < article.words < all_words

"""Markdown files with YAML front matter: its title, date, source and author are the article's."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest.frontmatter import read_front_matter
from corpus.ingest.load import load_article

ARTICLE = """---
title: "Troops pull back: what we know"
date: 2022-02-15T10:30:00Z
publisher: Example News
author:
  - Jane Doe
  - John Roe
tags: [border, talks]  # a comment
---

# Troops pull back

The ministry said “some units are returning”, officials told reporters on Tuesday.

Western officials said they had seen no sign of a withdrawal so far.
"""


def write(tmp_path: Path, text: str, name: str = "troops.md") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_front_matter_gives_the_metadata(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, ARTICLE))
    assert article.problem is None
    assert article.title == "Troops pull back: what we know"
    assert article.date == "2022-02-15"
    assert article.source == "Example News"
    assert article.author == "Jane Doe, John Roe"


def test_front_matter_block_is_boilerplate_and_offsets_index_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE)
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    first = article.paragraphs[0]
    assert first.kind == "boilerplate"
    assert article.text[first.start : first.end].startswith("---\ntitle:")
    assert article.text[first.start : first.end].endswith("\n---")
    kinds = [(article.text[p.start : p.end], p.kind) for p in article.paragraphs[1:]]
    assert kinds == [
        ("# Troops pull back", "title"),
        ("The ministry said “some units are returning”, officials told reporters on Tuesday.", "body"),
        ("Western officials said they had seen no sign of a withdrawal so far.", "body"),
    ]
    for index, p in enumerate(article.paragraphs):
        assert p.paragraph == index
    for s in article.sentences:
        para = article.paragraphs[s.paragraph]
        assert para.start <= s.start < s.end <= para.end
    assert "Jane" not in " ".join(article.text[p.start : p.end] for p in article.body_paragraphs())
    assert article.words == len("Troops pull back".split()) + 12 + 13


def test_source_key_and_single_quotes_and_nested_author(tmp_path: Path) -> None:
    text = (
        "---\ntitle: 'It''s over'\nsource: Wire Service\ndate: 15 February 2022\n"
        "author:\n  name: Jane Doe\n  url: https://example.org/jane\n---\nBody text of the article here.\n"
    )
    article = load_article(write(tmp_path, text, "wire.markdown"))
    assert (article.title, article.source, article.date, article.author) == (
        "It's over",
        "Wire Service",
        "2022-02-15",
        "Jane Doe",
    )
    assert article.text[article.body_paragraphs()[0].start :].startswith("Body text")


def test_bom_and_windows_line_ends(tmp_path: Path) -> None:
    text = "\ufeff---\r\ntitle: Troops\r\ndate: 2022-02-15\r\n---\r\n\r\nBody text.\r\n"
    article = load_article(write(tmp_path, text))
    assert article.title == "Troops"
    assert article.date == "2022-02-15"
    body = article.body_paragraphs()
    assert [article.text[p.start : p.end] for p in body] == ["Body text."]


@pytest.mark.parametrize(
    "text",
    [
        "---\n\nJust a rule above some prose, and another below.\n\n---\n\nMore prose.\n",
        "---\ntitle: never closed\n\nBody.\n",
        "No front matter at all.\n---\ntitle: x\n---\n",
    ],
)
def test_no_front_matter_means_the_text_is_read_as_before(tmp_path: Path, text: str) -> None:
    assert read_front_matter(text) is None
    article = load_article(write(tmp_path, text))
    assert article.problem is None
    assert article.text == text
    assert article.title != "never closed"
    assert article.author is None


def test_txt_files_do_not_read_front_matter(tmp_path: Path) -> None:
    article = load_article(write(tmp_path, ARTICLE, "troops.txt"))
    assert article.source != "Example News"


def test_values_are_data() -> None:
    front = read_front_matter(
        "---\ntitle: !!python/object:os.system 'rm -rf /'\nauthor: &a Jane\nsource: *a\n"
        'date: "2022-02-15"\nsummary: |\n  line one\n  line two\n---\n'
    )
    assert front is not None
    assert front.title == "!!python/object:os.system 'rm -rf /'"
    assert front.author == "&a Jane"
    assert front.source == "*a"
    assert front.date == "2022-02-15"
    assert front.fields["summary"] == "line one\nline two"

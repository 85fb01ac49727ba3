"""The string tests that stand in for regexes at start-up find what those regexes found.

Page furniture, sentence ends and month names are tested with string methods (compiling the
patterns cost more than loading a small folder). Each test here builds lines from the pieces the
patterns care about (openings in any case, the letters a case-insensitive regex also takes, white
space, line breaks, lengths around the limits) and checks the string test against the regex it
replaced, written out here as the specification.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.ingest.chrome import ends_sentence, folded, is_photo_credit, is_rights_notice
from corpus.ingest.dates import find_date
from corpus.ingest.furniture import is_furniture_line
from corpus.ingest.meta import SHORT_CHROME_CHARS, is_boilerplate

FURNITURE = re.compile(
    r"""^(?:
        subscribe\b.{0,60}
      | sign\ up\b.{0,60}
      | back\ to\ top(?:\ button)?
      | (?:find\ out\ more|you\ can\ license\ this\ story)\b.{0,80}
      | (?:twitter|facebook|instagram|telegram|youtube|vk|linkedin|whatsapp|email|share)\s*:?\s*\[.{0,80}\]
      | (?:share|tweet|print|email|comments?)(?:\s+(?:this|on|via)\b.{0,30})?
      | (?:read|see)\ (?:more|also)\b.{0,80}
      | advertisement | advertising | related(?:\ (?:articles|stories|news))?
      | (?:photo|image|picture|credit)s?\s*:.{0,120}
      | .{0,40}\bsources?\s*:\s*\S.{0,60}
      | copyright\b.{0,120} | ©.{0,120} | all\ rights\ reserved.{0,40}
      | cookies?\b.{0,120}
      | (?:published|updated|posted|last\ updated|last\ modified)\b.{0,80}
      | https?\s*:\s*/\s*/\s*\S.{0,300}
      | www\s*\.\s*\S.{0,300}
    )$""",
    re.I | re.X,
)
ENDS_SENTENCE = re.compile(r"[.!?]['\"”’)]?$")

OPENINGS = [
    "subscribe", "sign up", "back to top", "back to top button", "find out more",
    "you can license this story",
    "twitter", "vk", "email", "share", "tweet", "print", "comment", "comments", "read more", "see also",
    "advertisement", "advertising", "related", "related news", "photo", "images", "credit", "source",
    "sources", "copyright", "©", "all rights reserved", "cookie", "cookies", "published", "last updated",
    "http", "https", "www", "this", "on", "via",
]  # fmt: skip
PIECES = [" ", "  ", "\n", ":", " : ", "[", "]", "/", " / ", ".", "_", "s", "x", "é", "1", "Ссылка", "a" * 25]


def recased(text: str, flips: list[int]) -> str:
    """``text`` with some letters upper-cased or swapped for what a case-insensitive regex also
    takes (İ or ı for i, ſ for s, the Kelvin sign for k)."""
    others = {"i": "İı", "s": "ſ", "k": "\u212a"}
    chars = list(text)
    for n, flip in enumerate(flips[: len(chars)]):
        if flip == 1:
            chars[n] = chars[n].upper()
        elif flip == 2 and chars[n] in others:
            chars[n] = others[chars[n]][n % len(others[chars[n]])]
    return "".join(chars)


@st.composite
def furniture_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(OPENINGS + PIECES), min_size=1, max_size=8))
    text = "".join(parts)
    flips = draw(st.lists(st.integers(0, 2), max_size=len(text)))
    return recased(text, flips)


@settings(max_examples=3000, deadline=None)
@given(furniture_like())
def test_furniture_lines_are_what_the_regex_found(line: str) -> None:
    assert is_furniture_line(line) == (FURNITURE.match(line) is not None)


def test_furniture_lines_read_as_people_write_them() -> None:
    assert is_furniture_line("Subscribe to our newsletters")
    assert is_furniture_line("TWITTER: [ link ]")
    assert is_furniture_line("Share on Facebook")
    assert is_furniture_line("Bocs news Sources: BBC")
    assert is_furniture_line("https://www.example.org/a/page")
    assert not is_furniture_line("Subscribers waited in line for an hour, the manager said.")
    assert not is_furniture_line(
        "A government source said it was waiting to see the scale of the withdrawal."
    )
    assert is_boilerplate("Back to top button") and not is_boilerplate(
        "Back to the top of the hill they went."
    )


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=".!?'\"”’)x \n", max_size=6))
def test_sentence_ends_are_what_the_regex_found(line: str) -> None:
    assert ends_sentence(line) == (ENDS_SENTENCE.search(line) is not None)


def test_folding_matches_a_case_insensitive_regex_letter_by_letter() -> None:
    for char in map(chr, range(0x2200)):
        for letter in "abcdefghijklmnopqrstuvwxyz":
            assert (folded(char) == letter) == (re.fullmatch(letter, char, re.I) is not None), (char, letter)


def test_dates_are_found_by_the_month_names_in_any_case() -> None:
    assert find_date("Posted Feb. 15, 2022 by the desk") == "2022-02-15"
    assert find_date("Updated on the 15th FEBRUARY 2022") == "2022-02-15"
    assert find_date("Sept 3, 2019: the vote") == "2019-09-03"
    # a word in a month's place that is not one is passed over, and the next date is taken
    assert find_date("In 12 Rooms 2021 and then on 16 May 2021 they met.") == "2021-05-16"
    assert find_date("Published Tuesday (15 February) in the year 2022.") == "2022-02-15"
    assert find_date("Room 15 Foo 2022") is None


CHROME_PIECES = [
    "May 3, 2013 ", "Updated 1:45 pm ", "Share on Facebook ", "jane@example.org ", "+1 555 123 4567 ",
    "storiesEurope_menu | ", "Ссылка ", "Photo: Jane Roe ", "/ Getty Images", "All rights reserved. ",
    "Copyright 2022 ", "Text goes on. ", "x" * 45,
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(CHROME_PIECES), min_size=1, max_size=16).map("".join), st.booleans())
def test_a_long_paragraph_is_chrome_only_as_a_credit_or_a_rights_notice(line: str, scraped: bool) -> None:
    """Longer than a dateline, timestamp, control, contact line, menu or stray line can be, a
    paragraph of their pieces is chrome only as a credit or a rights notice (or furniture)."""
    line = line.strip()
    if len(line) <= SHORT_CHROME_CHARS:
        assert is_boilerplate("Share on Facebook") and is_boilerplate("May 3, 2013")
        return
    expected = is_furniture_line(line) or (scraped and (is_photo_credit(line) or is_rights_notice(line)))
    assert is_boilerplate(line, scraped=scraped) == expected

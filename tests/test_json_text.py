"""The commands' JSON writer gives exactly the bytes ``json.dumps(value, ensure_ascii=False,
indent=2)`` gives: on any JSON value, on the odd keys and numbers json accepts, on dataclasses and
paths, and on what ``storydiff`` prints for the samples."""

from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from enum import IntEnum
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.model import Mention, Quote
from corpus.story import Story
from storydiff.cli_articles import article_row
from storydiff.cli_quotes import quote_row, quotes_json, speaker_row
from storydiff.json_text import indented_json
from tests.quote_strategies import quotes

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=40,
)


def standard(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@given(values)
def test_any_json_value_is_written_as_json_dumps_writes_it(value: object) -> None:
    assert indented_json(value) == standard(value)


@given(st.dictionaries(st.none() | st.booleans() | st.integers() | st.floats() | st.text(), scalars))
def test_keys_that_are_not_strings_are_written_as_json_writes_them(value: dict[object, object]) -> None:
    assert indented_json(value) == standard(value)


class Level(IntEnum):
    HIGH = 3


def test_odd_numbers_and_text_are_written_as_json_writes_them() -> None:
    value = {
        "nan": math.nan,
        "inf": [math.inf, -math.inf, 1e300, -0.0, 0.1],
        "enum": Level.HIGH,
        "big": 10**30,
        "text": 'quote " backslash \\ tab \t nul \x00 line\u2028 bidi \u202e “curly” é 東京 😀',
        "empty": [{}, [], (), ""],
    }
    assert indented_json(value) == standard(value)


@dataclass
class Inner:
    where: Path
    tags: tuple[str, ...] = ("a", "b")


@dataclass
class Outer:
    name: str
    inner: Inner
    more: list[Inner] = field(default_factory=list)


def test_dataclasses_and_paths_are_written_as_dicts_and_strings() -> None:
    value = [Outer("x", Inner(Path("/tmp/a.txt")), [Inner(Path("b"), ())]), Path("seeds")]
    plain = [
        {
            "name": "x",
            "inner": {"where": "/tmp/a.txt", "tags": ["a", "b"]},
            "more": [{"where": "b", "tags": []}],
        },
        "seeds",
    ]
    assert json.loads(indented_json(value)) == plain
    assert indented_json(value) == standard(plain)
    assert asdict(value[0])["inner"]["where"] == Path("/tmp/a.txt")  # (the value itself is untouched)


def test_what_json_cannot_write_is_refused_as_json_refuses_it() -> None:
    with pytest.raises(TypeError):
        indented_json({"words": {"a", "b"}})
    with pytest.raises(TypeError):
        indented_json({("a", "b"): 1})


def test_the_samples_rows_are_written_as_json_dumps_writes_them() -> None:
    story = Story.load(SEEDS)
    rows = [
        [article_row(a) for a in story.articles],
        [quote_row(q) for q in story.quotes()],
        [speaker_row(s) for s in story.speakers()],
    ]
    for value in rows:
        assert value
        assert indented_json(value) == standard(value)


@given(st.lists(quotes, max_size=4))
def test_quotes_are_written_from_their_template_as_json_dumps_writes_their_rows(made: list[Quote]) -> None:
    assert quotes_json(made) == standard([quote_row(q) for q in made])


def test_a_quote_with_a_field_of_another_type_is_written_as_json_dumps_writes_it() -> None:
    odd = [
        Quote("a.txt", True, 2, "x", "direct", None, None, None, 1),  # type: ignore[arg-type]
        Quote("b.txt", 1, 2, "y", "partial", "Roe", Mention(1.5, 2, "Roe"), "said", 2),  # type: ignore[arg-type]
        Quote("c.txt", 1, 2, "z", "direct", "Roe", Mention(1, 2, "Roe"), None, Level.HIGH),
    ]
    assert quotes_json(odd) == standard([quote_row(q) for q in odd])
    assert '"start": true' in quotes_json(odd[:1])


def test_the_samples_quotes_are_written_from_their_template_as_json_dumps_writes_them() -> None:
    made = Story.load(SEEDS).quotes()
    assert made and all(q.mention and q.cue and q.speaker for q in made)  # (the nulls: the test above)
    assert quotes_json(made) == standard([quote_row(q) for q in made])

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

from corpus.story import Story
from storydiff.cli_articles import article_row
from storydiff.cli_quotes import quote_row, speaker_row
from storydiff.json_text import indented_json

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

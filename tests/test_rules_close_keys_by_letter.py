"""A set of folded names answers "which keys are spelled close to this one" as keys are added between
questions (the speakers step asks after each person it adds): an answer stands until a key of the
query's first letter is added (a close key shares it), then only the keys added since are compared
with the query, and it is always the keys close to the query."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.quotes.spelling import FuzzyKeys, SpellingMemo, close_spelling


class _Counted(dict):  # type: ignore[type-arg]
    """A dict of FuzzyKeys's (the keys by shape, the pairs compared) counting the look-ups of a
    question."""

    reads = 0

    def get(self, key, default=None):  # type: ignore[no-untyped-def]
        type(self).reads += 1
        return super().get(key, default)


def test_an_answer_stands_while_only_keys_of_other_letters_come() -> None:
    keys = FuzzyKeys()
    for name in ("zelensky", "zelenska", "roe", "kiedis"):
        keys.add(name)
    assert keys.close_to("zelenski") == ["zelenska", "zelensky"]
    shapes = _Counted(keys._shapes)
    keys._shapes = shapes
    for name in ("marwick", "pellworth", "evring", "abbott"):
        keys.add(name)
    _Counted.reads = 0
    assert keys.close_to("zelenski") == ["zelenska", "zelensky"]
    assert _Counted.reads == 0  # no key of "z" since: not read again
    keys.add("zelenskij")
    assert keys.close_to("zelenski") == ["zelenska", "zelenskij", "zelensky"]
    keys.add("zimmer")  # of "z", not close: read again, the same answer
    assert keys.close_to("zelenski") == ["zelenska", "zelenskij", "zelensky"]


words = st.text(alphabet="abdeiklmnorsz", min_size=1, max_size=9)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.booleans(), words), max_size=60))
def test_answers_are_the_close_keys_whatever_came_between(steps: list[tuple[bool, str]]) -> None:
    keys = FuzzyKeys()
    added: set[str] = set()
    for ask, word in steps:
        if ask:
            assert keys.close_to(word) == sorted(k for k in added if close_spelling(k, word))
        else:
            keys.add(word)
            added.add(word)


def test_asked_again_only_the_keys_added_since_are_compared() -> None:
    memo = SpellingMemo()
    memo.close = _Counted()
    keys = FuzzyKeys(memo)
    for name in ("zelensky", "zelenska", "zelenskyy", "zelenko"):
        keys.add(name)
    assert keys.close_to("zelenski") == ["zelenska", "zelensky"]
    keys.add("zelenskij")  # of the query's shape: its answer is read again, for this key alone
    _Counted.reads = 0
    assert keys.close_to("zelenski") == ["zelenska", "zelenskij", "zelensky"]
    assert _Counted.reads == 1
    keys.add("zelenzki")  # close to none of the answer's keys, but to the query: still found
    assert keys.close_to("zelenski") == ["zelenska", "zelenskij", "zelensky", "zelenzki"]

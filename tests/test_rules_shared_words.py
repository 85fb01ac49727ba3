"""The pairs of word sets that share enough words (``shared_words.close_pairs``, which statement groups
compare) are those of the plain definition: every pair counted, words in too many sets left out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.quotes.shared_words import MIN_WORDS, close_pairs, words_needed


def _pairs_by_definition(
    words: list[frozenset[str]], share: float, max_posting: int
) -> set[tuple[int, int, int]]:
    seen: dict[str, int] = {}
    for ws in words:
        for w in ws:
            seen[w] = seen.get(w, 0) + 1
    out = set()
    for a, one in enumerate(words):
        for b, two in enumerate(words):
            if len(one) < MIN_WORDS or len(two) < MIN_WORDS:
                continue
            if (len(one), a) >= (len(two), b):  # the smaller first; as long: the lower index first
                continue
            shared = sum(1 for w in one & two if seen[w] <= max_posting)
            least = min(len(one), len(two))
            if shared > 1 and not shared < share * least:
                out.add((a, b, shared))
    return out


vocabulary = [f"w{n}" for n in range(14)]
word_sets = st.lists(st.frozensets(st.sampled_from(vocabulary), max_size=12), max_size=25)


@settings(max_examples=300)
@given(word_sets, st.sampled_from([0.5, 0.6, 0.75]), st.sampled_from([2, 4, 400]))
def test_close_pairs_are_those_of_the_definition(
    words: list[frozenset[str]], share: float, max_posting: int
) -> None:
    found = close_pairs(words, share, max_posting)
    assert len(found) == len(set(found))  # each pair once
    assert set(found) == _pairs_by_definition(words, share, max_posting)


def test_a_short_set_is_found_inside_a_long_one_by_its_rarest_words() -> None:
    # the long set holds every word of the short one; the others share its common words alone
    common = frozenset({"said", "people", "think"})
    short = frozenset({"moscow", "diplomacy", "signs"})
    long = short | common | {"continue", "should", "there", "ground", "seen", "any"}
    words = [common | {"a"}, common | {"b"}, long, common | {"c"}, short]
    found = sorted(close_pairs(words, 0.6, 400))
    assert found == [(0, 1, 3), (0, 2, 3), (0, 3, 3), (1, 2, 3), (1, 3, 3), (3, 2, 3), (4, 2, 3)]


def test_words_in_too_many_sets_are_not_counted() -> None:
    shared = frozenset({"ukraine", "russia", "border"})
    words = [shared | {f"x{n}"} for n in range(5)]
    assert len(close_pairs(words, 0.6, 400)) == 10  # every pair shares 3 of 4 words
    assert close_pairs(words, 0.6, 4) == []  # the shared words are in 5 sets: none is counted


def test_words_needed_is_two_at_least_and_the_share_of_the_size() -> None:
    assert [words_needed(n, 0.6) for n in (3, 4, 5, 6, 10, 11)] == [2, 3, 3, 4, 6, 7]

"""The fast paths of speaker matching give the answers of the plain definitions they replace."""

from __future__ import annotations

import random
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from corpus.quotes.spelling import (
    TWO_EDITS_FROM,
    FuzzyKeys,
    SpellingMemo,
    close_spelling,
    fold,
    lengths_close_to,
    letter_mask,
    may_be_close,
    within_edits,
)


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _swap_distance(a: str, b: str) -> int:
    """The edit distance where a swap of two neighbouring letters is one edit (optimal string alignment)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _close_by_definition(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    if min(len(a), len(b)) >= 9:
        return _levenshtein(a, b) <= 2 or _swap_distance(a, b) <= 1
    return _swap_distance(a, b) <= 1


def _edited(rng: random.Random, word: str, alphabet: str) -> str:
    letters = list(word)
    for _ in range(rng.randint(0, 4)):
        op = rng.randint(0, 2)
        if op == 0 and letters:
            del letters[rng.randrange(len(letters))]
        elif op == 1:
            letters.insert(rng.randint(0, len(letters)), rng.choice(alphabet))
        elif letters:
            letters[rng.randrange(len(letters))] = rng.choice(alphabet)
    return "".join(letters)


def _word_pairs(count: int) -> list[tuple[str, str]]:
    rng = random.Random(5)
    pairs = []
    for _ in range(count):
        alphabet = rng.choice(["ab", "abc", "abcde"])
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        pairs.append((a, _edited(rng, a, alphabet)))
    return pairs


def test_within_edits_is_the_levenshtein_distance_compared_with_the_limit() -> None:
    for a, b in _word_pairs(20_000):
        distance = _levenshtein(a, b)
        for limit in (0, 1, 2):
            assert within_edits(a, b, limit) == (distance <= limit), (a, b, limit)


def test_close_spelling_is_its_definition() -> None:
    for a, b in _word_pairs(20_000):
        assert close_spelling(a, b) == _close_by_definition(a, b), (a, b)
    assert close_spelling("stoltenberg", "stoltenburg")
    assert close_spelling("zelenski", "zelensky")
    assert close_spelling("kiedis", "keidis")  # two neighbours swapped
    # two edits apart in words under nine letters: two names, not one spelled twice
    assert not close_spelling("carson", "cardin") and not close_spelling("bolton", "burton")
    assert not close_spelling("fiorina", "florida")
    assert not close_spelling("stoltenberga88", "stoltenberge12")


def test_close_spelling_of_long_words_is_its_definition() -> None:
    """Words of nine letters or more, two edits allowed: the same-length pairs (letters replaced, two
    neighbours swapped, a letter deleted and another added elsewhere) and those a letter longer."""
    rng = random.Random(11)
    for _ in range(20_000):
        alphabet = rng.choice(["ab", "abc", "abcde"])
        a = "s" + "".join(rng.choice(alphabet) for _ in range(rng.randint(8, 13)))
        b = _edited(rng, a, alphabet)
        if rng.random() < 0.3 and len(b) >= 2:  # a swap of two neighbours
            at = rng.randrange(1, len(b) - 1) if len(b) > 2 else 0
            b = b[:at] + b[at + 1 : at + 2] + b[at : at + 1] + b[at + 2 :]
        assert close_spelling(a, b) == _close_by_definition(a, b), (a, b)
        assert close_spelling(b, a) == _close_by_definition(b, a), (b, a)
    assert close_spelling("stoltenbergx", "stoltenbeyrg")  # a letter deleted, another added
    assert not close_spelling("stoltenbergxy", "stoltenbeyzrg")


def _may_be_close(a: str, b: str) -> bool:
    """The letter masks' test (one letter longer or shorter: one bit apart at most), and the lengths'."""
    long_words = len(a) >= TWO_EDITS_FROM and len(b) >= TWO_EDITS_FROM
    masks = may_be_close(letter_mask(a), letter_mask(b), long_words, same_length=len(a) == len(b))
    return masks and len(b) in lengths_close_to(len(a))


def test_letter_masks_never_rule_out_a_close_pair_and_rule_out_most_others() -> None:
    pairs = _word_pairs(20_000)
    for a, b in pairs:
        if close_spelling(a, b):
            assert _may_be_close(a, b), (a, b)
    assert _may_be_close("zelenski", "zelensky") and _may_be_close("kiedis", "keidis")
    assert close_spelling("berdymukhamedov", "berdimukhamedow")  # two edits in long words
    assert _may_be_close("berdymukhamedov", "berdimukhamedow")  # ("y", "v" against "i", "w")
    assert not _may_be_close("berdymukhamedov", "berdimuhamedow")  # and "k": five letters differ
    assert not _may_be_close("carson", "cardin")  # "s", "o" against "d", "i": four letters differ
    # a letter replaced and one added ("s" against "t", then "o"): two bits apart and one letter
    # longer, so two edits; two letters longer in short words, two edits too
    assert not _may_be_close("peskov", "petkovo") and not close_spelling("peskov", "petkovo")
    assert not _may_be_close("makey", "makeyev") and _may_be_close("kuleba", "kulebra")
    names = ["stoltenberg", "scholz", "peskov", "kuleba", "makey", "blinken", "lavrov", "biden"]
    others = [(a, b) for a in names for b in names if a != b]
    assert sum(not _may_be_close(a, b) for a, b in others) > len(others) * 0.9


words = st.text(alphabet=st.sampled_from("abcdeéß1-"), max_size=12)
edits = st.lists(st.tuples(st.sampled_from("sid"), st.integers(0, 12), st.sampled_from("abxéß")), max_size=3)


@given(words, edits)
def test_an_edited_word_close_to_its_word_is_never_ruled_out(
    word: str, made: list[tuple[str, int, str]]
) -> None:
    other = list(word)
    for op, at, letter in made:
        at = min(at, len(other))
        if op == "s" and at < len(other):
            other[at] = letter
        elif op == "i":
            other.insert(at, letter)
        elif op == "d" and at < len(other):
            del other[at]
    edited = "".join(other)
    if close_spelling(word, edited):
        assert _may_be_close(word, edited), (word, edited)


def test_fuzzy_keys_answer_as_comparing_every_key() -> None:
    rng = random.Random(11)
    stems = ["stoltenberg", "peskov", "kuleba", "makey", "bidn", "scholz"]
    endings = ["", "a", "e1", "88"]
    words = [_edited(rng, rng.choice(stems), "aeiou18") + rng.choice(endings) for _ in range(1500)]
    memo = SpellingMemo()
    keys = FuzzyKeys(memo)
    other = FuzzyKeys(memo)  # a second index on the same memo, as find_quotes builds them
    added: list[str] = []
    # keys and queries interleaved: the first queries read a few keys, later ones use the index
    for n, word in enumerate(words):
        if n % 2 == 0:
            keys.add(word)
            other.add(word[::-1])
            added.append(word)
        if n % 3 == 0:
            expected = sorted({k for k in added if close_spelling(k, word)})
            assert keys.close_to(word) == expected, word
            assert keys.any_close(word) == bool(expected), word
    for word in words[::7]:  # answers given before later keys came are kept current
        assert keys.close_to(word) == sorted({k for k in added if close_spelling(k, word)}), word


def test_fuzzy_keys_any_close_reading_keys_then_indexing_them() -> None:
    rng = random.Random(13)
    stems = ["stoltenberg", "kuleba", "makey"]
    keys = FuzzyKeys()
    added = sorted({_edited(rng, rng.choice(stems), "aeiou18") for _ in range(300)})
    for key in added:
        keys.add(key)
    # many queries per shape: the first ones read the keys, the later ones use the index
    for _ in range(3000):
        query = _edited(rng, rng.choice(stems), "aeiou18")
        assert keys.any_close(query) == any(close_spelling(k, query) for k in added), query


def test_fuzzy_keys_index_short_words_by_one_deletion_and_long_ones_by_two() -> None:
    # words of 7 to 10 letters around TWO_EDITS_FROM, many per shape so that the keys are indexed by
    # their deletion variants (fewer for the short ones): swaps, replacements, additions and drops
    rng = random.Random(17)
    stems = ["kowalsk", "kowalska", "kowalskie", "kowalskiew"]

    def varied(word: str) -> str:
        letters = list(word)
        for _ in range(rng.randint(0, 2)):
            at = rng.randrange(1, len(letters))
            op = rng.randint(0, 3)
            if op == 0 and at + 1 < len(letters):
                letters[at], letters[at + 1] = letters[at + 1], letters[at]
            elif op == 1:
                letters[at] = rng.choice("aeiowz")
            elif op == 2:
                letters.insert(at, rng.choice("aeiowz"))
            elif len(letters) > 5:
                del letters[at]
        return "".join(letters)

    added = sorted({varied(rng.choice(stems)) for _ in range(400)})
    keys = FuzzyKeys()
    for key in added:
        keys.add(key)
    for _ in range(600):
        query = varied(rng.choice(stems))
        expected = sorted(k for k in added if close_spelling(k, query))
        assert keys.close_to(query) == expected, query
        assert keys.any_close(query) == bool(expected), query
    late = [varied(rng.choice(stems)) for _ in range(100)]
    for key in late:  # keys added after the index was made meet the queries asked before
        keys.add(key)
    for word in added[::5]:
        assert keys.close_to(word) == sorted({k for k in [*added, *late] if close_spelling(k, word)}), word


def test_fold_is_its_definition() -> None:
    words = ["Stoltenberg", "O'Brien", "Müller", "Jean-Luc", "ZELENSKY", "Łukasz", "\u212aim", "X2", "", "’s"]
    for word in words:
        decomposed = unicodedata.normalize("NFKD", word.lower())
        assert fold(word) == "".join(c for c in decomposed if c.isalnum() or c == "-"), word

"""Where a word stands alone in an article's text: the same answer from the index of a long text and
the scan of a short one."""

from corpus.quotes.word_places import places_alone

SENTENCE = "Long after the vote, Rep. Billy Long said the Longhorns were long gone. "


def test_a_word_inside_a_longer_one_is_not_found() -> None:
    places = list(places_alone(SENTENCE, "Long"))
    assert [SENTENCE[p : p + 10] for p in places] == ["Long after", "Long said "]


def test_a_long_text_is_read_from_its_index_with_the_same_places_as_a_scan() -> None:
    text = SENTENCE * 400  # about 29,000 characters: indexed
    step = len(SENTENCE)
    assert list(places_alone(text, "Long")) == [i * step + p for i in range(400) for p in (0, 32)]
    assert list(places_alone(text, "long")) == [i * step + 61 for i in range(400)]
    assert list(places_alone(text, "Longhorn")) == []


def test_a_word_with_inner_punctuation_is_found_by_scanning() -> None:
    text = ("Mr. O'Neil spoke; O'Neill did not. " * 700).strip()
    places = list(places_alone(text, "O'Neil"))
    assert len(places) == 700 and all(text[p : p + 7] == "O'Neil " for p in places)

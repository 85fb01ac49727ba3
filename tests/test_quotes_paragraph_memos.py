"""What the reading remembers per paragraph's text across articles (a wire story's paragraphs recur
in every outlet that reprints it) is what a fresh reading of that paragraph finds, in whatever
article it stands and whatever stands before it."""

from __future__ import annotations

from corpus.quotes.cues import CUE, cue_words
from corpus.quotes.lexicon import CUE_WORDS

WIRE_PARAGRAPH = (
    "Officials told reporters on Tuesday that the bridge would reopen, and the mayor said the "
    "repairs had cost less than feared. Jane Roe, who leads the council, added that she was pleased."
)


def _spans(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in cue_words(masked, start, end)]


def _scanned(masked: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in CUE.finditer(masked, start, end)]


def test_a_reprinted_paragraph_has_its_cues_where_it_stands() -> None:
    first = "Bridge to reopen\n\n" + WIRE_PARAGRAPH + "\n"
    second = "By Jane Doe, Metro desk\nUpdated 5 p.m.\n\n" + WIRE_PARAGRAPH + "\nMore below."
    for text in (first, second, first):  # the first one read again: remembered
        start = text.index(WIRE_PARAGRAPH)
        end = start + len(WIRE_PARAGRAPH)
        found = _spans(text, start, end)
        assert found == _scanned(text, start, end)
        assert [word for _, _, word in found] == ["told", "said", "added"]
        assert all(start <= s and e <= end and text[s:e] == w for s, e, w in found)
        assert all(m.string is text for m in cue_words(text, start, end))  # matches of this article


def test_the_character_before_a_paragraph_still_decides_a_cue_at_its_start() -> None:
    paragraph = "said the mayor, who added a word after the vote."
    apart = "The vote.\n" + paragraph
    glued = "The unvote" + paragraph  # "unvotesaid": no word "said" starts there
    for text in (apart, glued, paragraph, apart, glued, paragraph):  # (the text itself opening with it too)
        start = text.index(paragraph)
        assert _spans(text, start, len(text)) == _scanned(text, start, len(text))
    assert [w for _, _, w in _spans(apart, apart.index(paragraph), len(apart))] == ["said", "added"]
    assert [w for _, _, w in _spans(glued, glued.index(paragraph), len(glued))] == ["added"]


def test_a_stretch_read_only_in_part_ends_its_last_word_where_the_part_ends() -> None:
    text = "Roe saidthat twice, and Doe added nothing."
    cut = text.index("said") + len("said")  # read up to here, "said" ends a word (as a scan reads it)
    for _ in range(2):
        assert _spans(text, 0, cut) == _scanned(text, 0, cut) == [(4, 8, "said")]
        assert [w for _, _, w in _spans(text, 0, len(text))] == ["added"]


def test_a_long_paragraph_is_scanned_as_before() -> None:
    long = " ".join([WIRE_PARAGRAPH] * 40)
    assert _spans(long, 0, len(long)) == _scanned(long, 0, len(long))
    assert len(_spans(long, 0, len(long))) == 120


def test_no_cue_word_starts_inside_another() -> None:
    # Why the places read in a paragraph alone hold every place a scan of the article finds: only the
    # first word may read differently there (no word ended before it in the article), and a match it
    # gives the article would not have covers whole words, none of which starts a cue word of its own
    later_words = {word for cue in CUE_WORDS for word in cue.split()[1:]}
    assert later_words  # ("shot back", "chimed in", "pointed out")
    assert not any(cue == word or cue.startswith(word + " ") for cue in CUE_WORDS for word in later_words)

"""Few quoted words with a cue before them (issue 15): a term is said by no one unless a cue says
who. The cue words are learned from PolNeAR train's annotated Cues (``train/term_cues.py``,
``corpus/quotes/term_cue_stems.json``), read in the term's sentence before it; a term asked so is
decided by the speaker ranker. Sentences written for these tests, names invented.

- A verb of saying or naming far before its term, out of the old pattern's five words' reach, gives
  the term to its subject ("referred to her rival, a former mayor of the city, as “…”").
- A naming participle said of the thing named (a passive, a participle set off after a name) is no
  one's cue: "was long known as “…”", "Marek Dunn, 44, known online as “…”".
- A title in a list of quoted titles, or a quoted modifier of the noun after it, is no one's words
  whatever verb stands before it: "did not reveal what the star of “…”, “…” and “…”".
"""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Quote
from corpus.quotes import find_quotes
from corpus.quotes.speakerless import learned_cue, shipped_cue_stems, stem


def quotes_of(body: str) -> list[tuple[str, str, str | None]]:
    article = article_from_text("a.txt", Path("a.txt"), "Talks resume in Brussels\n\n" + body)
    found: list[Quote] = find_quotes([article])[0]
    return [(q.text, q.kind, q.speaker) for q in found]


def test_a_naming_verb_far_before_its_term_gives_it_to_the_verbs_subject() -> None:
    body = (
        "Senator Dana Whitcombe spoke in Lorton on Tuesday.\n\n"
        "Later, Whitcombe repeatedly referred to her rival, a former mayor of the city, as "
        "“Madam Tollbooth” before the crowd."
    )
    assert quotes_of(body) == [("Madam Tollbooth", "partial", "Dana Whitcombe")]


def test_a_naming_participle_said_of_the_thing_named_is_no_ones_cue() -> None:
    body = (
        "Senator Dana Whitcombe spoke in Lorton on Tuesday. Whitcombe was long known as “The Hammer” "
        "in the state house.\n\n"
        "Marek Dunn, 44, known online as “Gullfire,” was sentenced on Friday."
    )
    assert quotes_of(body) == [("The Hammer", "term", None), ("Gullfire,", "term", None)]


def test_titles_in_a_list_and_a_quoted_modifier_are_no_ones_words() -> None:
    body = (
        "Tara Velde's agent, Jack Orsini, confirmed she had entered a clinic.\n\n"
        "Orsini did not reveal what the star of “Moon Harbor”, “Salt Road” and “The Quiet Field” was "
        "being treated for."
    )
    found = quotes_of(body)
    assert ("Salt Road", "term", None) in found
    assert all(speaker is None for _, _, speaker in found)
    modifier = "The debate went on for hours. In the end, it was decided to praise the “green belt” plan."
    assert quotes_of(modifier) == [("green belt", "term", None)]


def test_the_cue_words_are_read_as_learned_not_in_the_passive() -> None:
    stems = shipped_cue_stems()
    assert {"said", "call", "describ", "refer", "chant"} <= stems
    assert stem("referring") == stem("referred") == stem("refers") == "refer"
    assert learned_cue("and Trump repeatedly called him a", stems)
    assert not learned_cue("the fort, which was called the", stems)
    assert not learned_cue("a new bill on farm subsidies, the", stems)

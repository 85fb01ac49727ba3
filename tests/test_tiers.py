"""Tiers a reader can trust: a statement told in other words by two reports of one story is
``reworded``, verbatim reuse is ``copied``, and look-alikes (two obituaries sharing a legal
phrase, two laptop reviews sharing a chip, one team sacking two coaches) are no passage."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.ingest.load import article_from_text, load_corpus
from corpus.model import Article, Overlap
from corpus.passages import WordWeights, align_articles
from corpus.passages.tiers import SentenceWords, one_statement, one_story

# Other stories of the corpus: the words of a news day, so rare words weigh more than common ones.
BACKGROUND = [
    "The city council of Marrowby approved a new budget for road repairs on Monday after a long debate.",
    "Farmers in the Tessel valley said a late frost had damaged most of the apple blossom this spring.",
    "The regional orchestra of Calder announced a winter season of eight concerts in the old town hall.",
    "Police in Dunmore closed the coastal road for several hours after a lorry shed its load of timber.",
    "A new ferry between Ostrand and the islands will start sailing in June, the operator said.",
    "The museum of Fenwick reopened its natural history wing after two years of repairs to the roof.",
]


def _article(name: str, *paragraphs: str) -> Article:
    return article_from_text(name, Path(name), "\n\n".join(paragraphs))


def _overlap(a: Article, b: Article) -> Overlap:
    others = [_article(f"bg{k}.txt", f"Story {k}", text) for k, text in enumerate(BACKGROUND)]
    return align_articles(a, b, WordWeights.from_articles([a, b, *others]))


def test_one_statement_in_other_words_between_two_reports_of_one_story_is_reworded() -> None:
    a = _article(
        "a.txt",
        "Harbour crane collapse in Port Elmswick",
        "The harbour authority of Port Elmswick said on Tuesday that the northern terminal of Elmswick "
        "would stay shut while inspectors from Calloway Engineering examine the wreck.",
        "A snapped counterweight cable brought down the crane onto the freighter Maren Vale, harbour "
        "master Ilse Brandt told reporters in Port Elmswick.",
    )
    b = _article(
        "b.txt",
        "Elmswick terminal shut after accident",
        "Harbour master Ilse Brandt said the freighter Maren Vale was hit when the crane's counterweight "
        "cable snapped.",
        "Calloway Engineering has sent inspectors, and the Port Elmswick authority keeps the northern "
        "terminal closed until they finish.",
    )
    tiers = {p.tier for p in _overlap(a, b).passages}
    assert tiers == {"reworded"}


def test_two_obituaries_sharing_a_legal_phrase_are_no_passage() -> None:
    a = _article(
        "a.txt",
        "Walter Hensley, bridge builder, dies at 88",
        "Walter Hensley, who designed the Carrick river bridges, died at his home in Brackenford.",
        "In a will drawn up in 1994 with his lawyer Agnes Morrow, Hensley left the estate to his "
        "surviving spouse and children in equal shares, the Brackenford probate court said.",
    )
    b = _article(
        "b.txt",
        "Ronald Pemberton, shipping magnate, dies",
        "Ronald Pemberton, who ran the Ashgrove shipping line for forty years, died in Lisford.",
        "His daughter Clara, who now chairs Ashgrove, said Pemberton left the estate to his surviving "
        "spouse and children in equal shares and the fleet to a trust.",
    )
    assert _overlap(a, b).passages == []


def test_two_reviews_of_two_laptops_sharing_a_chip_are_no_passage() -> None:
    a = _article(
        "a.txt",
        "Review: the Corvane Slate 14",
        "The Corvane Slate 14 runs on the Zentrix Quasar processor with integrated graphics and a "
        "fanless design, which keeps it silent under load.",
        "Corvane sells it for 1,099 euros at Brightwell stores, with Lumen Office preinstalled.",
    )
    b = _article(
        "b.txt",
        "Review: the Pellion Aero X",
        "Pellion fitted the Aero X with the Zentrix Quasar processor, integrated graphics and a "
        "fanless design that stays silent under load.",
        "The Aero X costs 949 euros from Marlow Digital and ships with Tessera Linux.",
    )
    assert _overlap(a, b).passages == []


def test_one_team_sacking_two_coaches_is_two_facts() -> None:
    a = _article(
        "a.txt",
        "Harbourside Rovers part ways with Maurice Keller",
        "The Harbourside Rovers fired head coach Maurice Keller on Sunday after a losing streak, "
        "general manager Dana Voss said.",
    )
    b = _article(
        "b.txt",
        "Harbourside Rovers dismiss Jim Orwell",
        "The Harbourside Rovers fired head coach Jim Orwell after a losing streak, owner Colin Brandt "
        "announced.",
    )
    assert _overlap(a, b).passages == []


def test_a_figure_that_differs_is_another_event() -> None:
    # Told in other words (not a reprint with a figure updated): 23 against 26 is another hijacking.
    a = _article(
        "a.txt",
        "Hijacking in the gulf",
        "Pirates seized the tanker Amber Gale off Sokotra and took its 23 crew members hostage, the "
        "Sokotra coast guard said.",
    )
    b = _article(
        "b.txt",
        "Coast guard report",
        "According to the Sokotra coast guard, 26 crew members of the tanker Amber Gale were taken "
        "hostage when pirates seized the ship.",
    )
    pairs = [(p.a_text, p.b_text) for p in _overlap(a, b).passages]
    assert not any("23 crew" in a_text and "26 crew" in b_text for a_text, b_text in pairs)


def test_verbatim_reuse_is_copied() -> None:
    shared = (
        "The harbour authority of Port Elmswick closed the northern container terminal on Tuesday after "
        "a crane collapsed onto a cargo ship, injuring four dock workers."
    )
    a = _article("a.txt", "Crane collapse closes terminal", shared)
    b = _article("b.txt", "Port Elmswick terminal closed", "From our correspondent.", shared)
    assert [p.tier for p in _overlap(a, b).passages] == ["copied"]


def _words(text: str, names: set[str]) -> SentenceWords:
    stems = text.split()
    return SentenceWords(dict.fromkeys(stems, 2.0), stems, frozenset(names))


def test_one_statement_needs_shared_content_and_no_name_the_other_story_lacks() -> None:
    story = (frozenset({"rovers", "keller", "voss"}), frozenset({"rovers", "keller", "brandt"}))
    said = _words("fire coach losing streak", {"rovers", "keller"})
    told = _words("fire coach after losing streak owner", {"keller"})
    assert one_statement(said, told, story)
    # The same words about a coach the other article never names: another fact.
    other_coach = _words("fire coach after losing streak owner", {"orwell", "jim"})
    assert not one_statement(said, other_coach, (story[0], frozenset({"rovers", "orwell", "jim"})))
    # Two words in common, with nothing else: a topic, not a statement.
    assert not one_statement(_words("coach streak", set()), _words("coach streak owner", set()), story)


def test_two_reports_of_one_story_share_half_their_names() -> None:
    assert one_story(frozenset("abcd"), frozenset("abcxyz"))
    assert not one_story(frozenset("abcd"), frozenset("axyz"))
    # Too few names to tell a story by: any story is one.
    assert one_story(frozenset("ab"), frozenset("xy"))


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> dict[str, Article]:
    return {a.name[:3]: a for a in load_corpus(seeds_dir)}


def test_seed_rewordings_of_one_statement_are_found(seeds: dict[str, Article]) -> None:
    weights = WordWeights.from_articles(seeds.values())
    overlap = align_articles(seeds["000"], seeds["001"], weights)
    found = {(p.a_text.split()[0], p.b_text.split()[-1]): p.tier for p in overlap.passages}
    pairs = [(p.a_text, p.b_text) for p in overlap.passages]
    # Moscow/Russia has (always) denied planning an attack: one statement, no words in a row.
    assert any("denied ever planning" in a and "always denied it is planning" in b for a, b in pairs), found
    # Kuleba will believe the pullout/withdrawal when he sees it: a quote in other framing.
    assert any("Kuleba said Kyiv would" in a and "would believe the withdrawal" in b for a, b in pairs), found
    assert set(found.values()) == {"reworded"}

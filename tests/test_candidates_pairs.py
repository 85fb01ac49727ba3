"""The families' candidate pairs for rewordings: name bigrams (two capitalised kept words in a row)
are keys that two reports of one event in their own words share where they share no 3-gram; they
propose partners to the second pass, and never pair articles for the first."""

from __future__ import annotations

import random
import zlib
from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.passages import build_families
from corpus.passages.family_plan import holder_pairs
from corpus.passages.ngrams import HASH_BITS, NAME_KEYS_FROM, text_index, text_keys
from corpus.passages.rare_partners import rare_partners
from corpus.passages.weights import ATTRIBUTION, STOPWORDS, content_text, normalize, stem

FERRY_A = (
    "Nordic Coastal Lines will restart the Vardholm ferry crossing on Monday after storm damage to "
    "the pier is repaired, harbour master Ingrid Solberg said."
)
FERRY_B = (
    "From Monday, ferries run by Nordic Coastal Lines should again cross to Vardholm, where the pier "
    "the storm damaged is being repaired, according to Ingrid Solberg, who runs the harbour."
)
OTHER_NEWS = [
    (
        "Council approves new library budget",
        "The city council voted on Tuesday to fund a larger reading "
        "room and longer opening hours at the central library.",
    ),
    (
        "Orchard growers fear late frost",
        "Apple farmers in the valley lit fires between the rows overnight "
        "as temperatures fell below zero for the third night.",
    ),
    (
        "Chess club wins regional title",
        "The school's chess team beat six rivals on Saturday to take the "
        "regional trophy for the first time in a decade.",
    ),
    (
        "Bridge repairs delay commuters",
        "Drivers faced hour-long queues on the ring road after engineers "
        "closed two lanes of the river bridge for inspection.",
    ),
    (
        "Museum opens textile gallery",
        "Hand-woven carpets and embroidered coats from four centuries went "
        "on show in a new wing of the county museum.",
    ),
]


def _article(name: str, paragraphs: list[str]) -> Article:
    return article_from_text(name, Path(name), "\n\n".join(paragraphs))


def test_a_statement_reworded_with_the_same_names_is_one_family() -> None:
    """Two reports of one ferry's return, each in its own words: no word 3-gram in common (the
    first pass never pairs them, nor did the second, by rare 3-grams), but the names the statement
    writes ("Nordic Coastal Lines", "Ingrid Solberg") are rare keys both hold."""
    a = _article(
        "a.txt",
        [
            "Ferry service to Vardholm resumes",
            FERRY_A,
            "Islanders have relied on a fishing boat for groceries and post since the gale struck.",
        ],
    )
    b = _article(
        "b.txt",
        [
            "Storm-hit island link back next week",
            FERRY_B,
            "A school trip planned for the weekend has been moved to the mainland museum instead.",
        ],
    )
    corpus = [a, b, *(_article(f"o{k}.txt", list(news)) for k, news in enumerate(OTHER_NEWS))]
    assert not set(text_index(content_text(a))[0]) & set(text_index(content_text(b))[0])
    families = build_families(corpus).families
    assert [sorted(f.articles) for f in families] == [["a.txt", "b.txt"]]
    text = {"a.txt": a.text, "b.txt": b.text}
    versions = {m.article: text[m.article][m.start : m.end] for m in families[0].members}
    assert FERRY_A in versions["a.txt"] and FERRY_B in versions["b.txt"]
    assert {m.tier for m in families[0].members if m != families[0].base} == {"reworded"}


def test_name_keys_are_exactly_the_bigrams_of_two_capitalised_words() -> None:
    """Against the definition written out word by word: the bigrams of kept words (stop and
    attribution words left out) whose two words are capitalised, hashed above the 3-grams."""
    rng = random.Random(17)
    names = "Solberg Vardholm Nordic Coastal Monday Kremlin".split()  # "Monday" is a stop word
    content = "harbour ferry crossing restart pier repaired storm the of said".split()
    dropped = STOPWORDS | ATTRIBUTION
    for _ in range(200):
        words = [rng.choice(names if rng.random() < 0.5 else content) for _ in range(rng.randint(0, 12))]
        stems = [(stem(normalize(w)), w[0].isupper()) for w in words]
        kept = [(key, capital) for key, capital in stems if key not in dropped]
        codes = [zlib.crc32(key.encode()) for key, _ in kept]
        expected = {
            NAME_KEYS_FROM | (hash((codes[k], codes[k + 1])) & ((1 << HASH_BITS) - 1))
            for k in range(len(kept) - 1)
            if kept[k][1] and kept[k + 1][1]
        }
        shingles, keys, _ = text_keys(" ".join(words))
        assert keys == sorted(expected)
        assert all(h < NAME_KEYS_FROM for h in shingles)


def test_name_keys_pair_no_articles_for_the_first_pass_but_propose_partners() -> None:
    """Three articles sharing only name keys: no first-holder pair (names alone are no shared
    text to align with a base), but each pair of holders counts them as rare keys."""
    keys = [NAME_KEYS_FROM + k for k in (5, 9, 40)]
    shingles = [[1, 2, 3, *keys], [4, 5, 6, *keys], [7, 8, *keys[:2]]]
    order = [0, 1, 2]
    found = holder_pairs(order, shingles)
    assert found.first == [] and not found.rare
    assert dict(found.named) == {(0, 1): 3, (0, 2): 2, (1, 2): 2}
    assert rare_partners(order, found.rare, planned=[], named=found.named) == [(1, 0), (2, 0), (2, 1)]


def test_each_article_proposes_at_most_its_partners_best_sharers() -> None:
    """Article 0 shares k + 1 rare keys with article k (1 to 5); each of those shares more with
    two twins of its own, its best partners: 0's pairs are those it proposes itself, its best
    sharers first, as many as an article's partners."""
    shingles: list[list[int]] = [[] for _ in range(16)]
    for k in range(1, 6):
        with_zero = [NAME_KEYS_FROM + 1000 * k + x for x in range(k + 1)]
        shingles[0] += with_zero
        shingles[k] += with_zero
        twins = [NAME_KEYS_FROM + 1000 * k + 100 + x for x in range(20)]
        for holder in (k, 4 + 2 * k, 5 + 2 * k):
            shingles[holder] += twins
    shingles = [sorted(s) for s in shingles]
    order = list(range(16))
    found = holder_pairs(order, shingles)
    assert {k: found.named[(0, k)] for k in range(1, 6)} == {1: 2, 2: 3, 3: 4, 4: 5, 5: 6}
    for partners, best in ((1, [5]), (2, [5, 4])):
        pairs = rare_partners(order, found.rare, planned=[], partners=partners, named=found.named)
        assert sorted((k for k, other in pairs if other == 0), reverse=True) == best

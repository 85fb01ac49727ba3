"""Property tests: any two articles align symmetrically, within bounds, and ops rebuild both passages."""

from __future__ import annotations

import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.ingest.load import article_from_text
from corpus.model import Article, Overlap
from corpus.passages import WordWeights, align_articles
from corpus.passages.align import Analysis, analyse, names_of, passage_keys
from corpus.passages.sentence_pairs import (
    MIN_CONTAINMENT,
    MIN_COSINE,
    MIN_DENSITY,
    MIN_SHARED,
    sentence_matches,
)
from corpus.passages.tiers import (
    copied_in_place,
    density,
    ends_in_place_trigrams,
    in_place_trigrams,
    shared_trigrams,
    word_keys,
)
from corpus.passages.weights import TOKEN, split_words, word_forms

# Sentences two articles may share whole or reworded; the rest of the text is random words.
_SHARED = [
    "There are signs from Moscow that diplomacy should continue.",
    "Russia has amassed over 100,000 troops near Ukraine's borders.",
    "The defence ministry said that large-scale drills continue but some units were returning.",
    "Rebel positions in the Donetsk region were also shelled overnight by heavy artillery.",
]
_WORDS = st.sampled_from(
    "the a troops border Moscow diplomacy signs drills units returning said told Stoltenberg "
    "100,000 de-escalation “ ” , . ; could should ESC\x1b[2J [bold] café naïve \u200b".split()
)
_SENTENCE = st.one_of(
    st.sampled_from(_SHARED),
    st.lists(_WORDS, min_size=1, max_size=14).map(lambda ws: " ".join(ws).capitalize() + "."),
    st.text(min_size=1, max_size=40),
)
_ARTICLE = st.lists(st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=6).map(
    "\n\n".join
)


_LEAD_A = (
    "Officials in both capitals spent the whole of Monday trading statements about troop movements, "
    "sanctions and the talks planned for later in the week."
)
_LEAD_B = (
    "Diplomats from a dozen countries gathered in the conference hall on Tuesday morning, hoping that "
    "a compromise over the disputed border could still be reached."
)


def _article(name: str, text: str) -> Article:
    return article_from_text(name, Path(name), text)


def _check(overlap: Overlap, a: Article, b: Article) -> None:
    for p in overlap.passages:
        assert 0 <= p.a_start < p.a_end <= len(a.text)
        assert 0 <= p.b_start < p.b_end <= len(b.text)
        assert p.a_text == a.text[p.a_start : p.a_end]
        assert p.b_text == b.text[p.b_start : p.b_end]
        assert 0.0 <= p.similarity <= 1.0
        assert p.tier in ("copied", "reworded")
        assert "".join(a.text[o.a_start : o.a_end] for o in p.ops) == p.a_text
        assert "".join(b.text[o.b_start : o.b_end] for o in p.ops) == p.b_text
        equal_words = sum(len(TOKEN.findall(a.text, o.a_start, o.a_end)) for o in p.ops if o.op == "equal")
        assert p.shared_words == equal_words
        for o in p.ops:
            assert p.a_start <= o.a_start <= o.a_end <= p.a_end
            assert p.b_start <= o.b_start <= o.b_end <= p.b_end
            if o.op == "insert":
                assert o.a_start == o.a_end
            if o.op == "delete":
                assert o.b_start == o.b_end


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLE, _ARTICLE, _ARTICLE)
def test_alignment_is_symmetric_in_bounds_and_ops_rebuild_both_passages(ta: str, tb: str, tc: str) -> None:
    a, b, c = _article("a.txt", ta), _article("b.txt", tb), _article("c.txt", tc)
    weights = WordWeights.from_articles([a, b, c])
    forward = align_articles(a, b, weights)
    backward = align_articles(b, a, weights)
    _check(forward, a, b)
    _check(backward, b, a)
    key = sorted((p.a_start, p.a_end, p.b_start, p.b_end, p.similarity, p.tier) for p in forward.passages)
    swapped = sorted(
        (p.b_start, p.b_end, p.a_start, p.a_end, p.similarity, p.tier) for p in backward.passages
    )
    assert key == swapped
    assert [p.a_start for p in forward.passages] == sorted(p.a_start for p in forward.passages)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_SHARED), min_size=1, max_size=4, unique=True), _ARTICLE, _ARTICLE)
def test_a_shared_sentence_is_always_found(shared: list[str], pad_a: str, pad_b: str) -> None:
    # Each article opens with a headline and a lead, as articles do: the text after them is body.
    # (Lines above a page's headline-shaped line are read as page chrome, so without a lead a
    # random line below the shared sentence could stand for the headline.)
    a = _article("a.txt", "Headline one\n\n" + _LEAD_A + "\n\n" + " ".join(shared) + "\n\n" + pad_a)
    b = _article("b.txt", "Headline two\n\n" + _LEAD_B + "\n\n" + pad_b + "\n\n" + " ".join(reversed(shared)))
    overlap = align_articles(a, b, WordWeights.from_articles([a, b]))
    for sentence in shared:
        assert any(sentence in p.a_text and sentence in p.b_text for p in overlap.passages), sentence


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_fast_word_split_finds_exactly_the_words_of_the_regex(text: str) -> None:
    assert split_words(text) == TOKEN.findall(text)


_KEYS = st.lists(st.sampled_from("the troops border moscow said could should 100,000".split()), max_size=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLE, st.data())
def test_a_passages_keys_are_the_keys_of_its_text(text: str, data: st.DataObject) -> None:
    """Keys read from each sentence's keys are the keys of the passage's text, whatever lies
    between its sentences (white space, a link left out of the analysis, words run together)."""
    article = _article("a.txt", text)
    analysis = analyse(article, WordWeights.from_articles([article]))
    sentences = analysis.sentences
    if not sentences:
        return
    first = data.draw(st.integers(0, len(sentences) - 1))
    last = data.draw(st.integers(first, len(sentences) - 1))
    expected = word_keys(text[sentences[first].start : sentences[last].end])
    assert passage_keys(article, analysis, first, last) == expected


def _matches_one_by_one(an_a: Analysis, an_b: Analysis) -> list[tuple[float, int, int]]:
    """Every sentence pair sharing two content stems weighed, by the thresholds
    sentence_matches documents, in the order of i and then j."""
    found = []
    for i, x in enumerate(an_a.sentences):
        for j, y in enumerate(an_b.sentences):
            common = x.content.keys() & y.content.keys()
            if len(common) < 2:
                continue
            shared = sum(weight for stem, weight in x.content.items() if stem in y.content)
            cosine = shared / math.sqrt(x.weight * y.weight)
            if (
                shared < MIN_SHARED
                or shared < MIN_CONTAINMENT * min(x.weight, y.weight)
                or cosine < MIN_COSINE
            ):
                continue
            if min(density(x.sequence, common), density(y.sequence, common)) >= MIN_DENSITY:
                found.append((cosine, i, j))
    return found


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLE, _ARTICLE)
def test_sentence_matches_are_the_pairs_weighed_one_by_one(text_a: str, text_b: str) -> None:
    """The pairs found through the masks of each word's sentences, and passed on density
    without counting it when the shared words alone make it, are those that weighing every
    pair finds."""
    a, b = _article("a.txt", text_a), _article("b.txt", text_b)
    weights = WordWeights.from_articles([a, b])
    an_a, an_b = analyse(a, weights), analyse(b, weights)
    assert sentence_matches(an_a, an_b) == _matches_one_by_one(an_a, an_b)
    assert sentence_matches(an_b, an_a) == _matches_one_by_one(an_b, an_a)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLE, st.lists(_SENTENCE, min_size=1, max_size=3).map(" ".join))
def test_the_names_a_sentence_writes_are_its_capitalised_words_the_corpus_names(
    corpus_text: str, sentence: str
) -> None:
    """names_in as its docstring defines it, asked twice (words read the first time, the
    memo of each chunk's names the second), chunks without a capital included."""
    weights = WordWeights.from_articles([_article("a.txt", corpus_text), _article("b.txt", sentence)])
    expected = frozenset(
        word_forms(word)[1]
        for chunk in sentence.split()[1:]
        for word in TOKEN.findall(chunk)
        if word[:1].isupper() and word_forms(word)[1] in weights.names
    )
    assert weights.names_in(sentence) == expected
    assert weights.names_in(sentence) == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ARTICLE, _ARTICLE)
def test_an_articles_names_read_in_one_split_are_each_sentences_names(text: str, other: str) -> None:
    """names_of (the text from the first analysed sentence to the last split once, where only
    white space lies between them) gives each sentence what names_in gives it, and their union."""
    article = _article("a.txt", text)
    weights = WordWeights.from_articles([article, _article("b.txt", other)])
    analysis = analyse(article, weights)
    each = [weights.names_in(text[s.start : s.end]) for s in analysis.sentences]
    assert names_of(article, analysis, weights) == [*each, frozenset().union(*each)]


def _covered_share(keys_a: list[str], keys_b: list[str]) -> float:
    """shared_trigrams as its docstring defines it, word by word."""
    if len(keys_a) < len(keys_b):
        keys_a, keys_b = keys_b, keys_a
    trigrams_b = set(zip(keys_b, keys_b[1:], keys_b[2:], strict=False))
    covered = [
        any(
            tuple(keys_a[s : s + 3]) in trigrams_b
            for s in range(max(0, k - 2), k + 1)
            if s + 3 <= len(keys_a)
        )
        for k in range(len(keys_a))
    ]
    return sum(covered) / max(len(keys_a), 1)


@settings(max_examples=400, deadline=None)
@given(a=_KEYS, b=_KEYS, copy=st.booleans())
def test_shared_trigrams_is_the_share_of_words_in_a_shared_trigram(
    a: list[str], b: list[str], copy: bool
) -> None:
    if copy:
        b = a[: len(a) // 2] + b + a[len(a) // 2 :]
    assert shared_trigrams(a, b) == _covered_share(a, b)


def _in_place_share(keys_a: list[str], keys_b: list[str]) -> float:
    """in_place_trigrams as its docstring defines it, word by word."""
    words = max(len(keys_a), len(keys_b))
    in_place = [
        keys_a[s : s + 3] == keys_b[s : s + 3] and s + 3 <= min(len(keys_a), len(keys_b))
        for s in range(words)
    ]
    covered = [any(in_place[s] for s in range(max(0, k - 2), k + 1)) for k in range(words)]
    return sum(covered) / words if words else 0.0


@settings(max_examples=400, deadline=None)
@given(a=_KEYS, b=_KEYS, edits=st.lists(st.tuples(st.integers(0, 39), st.sampled_from(["moscow", "kyiv"]))))
def test_trigrams_in_place_are_those_at_one_position_and_never_more_than_those_shared(
    a: list[str], b: list[str], edits: list[tuple[int, str]]
) -> None:
    """The cheap count that decides most copies is the positional one, and a lower bound of
    shared_trigrams (a passage it calls copied is copied): on unrelated keys, and on a copy
    with words changed in place and some cut or added at the end."""
    copy = list(a)
    for at, word in edits:
        if at < len(copy):
            copy[at] = word
    for other in (b, copy, copy[:-3] + b[:5]):
        assert in_place_trigrams(a, other) == _in_place_share(a, other)
        assert in_place_trigrams(a, other) <= shared_trigrams(a, other)


def _ends_share(keys_a: list[str], keys_b: list[str]) -> float:
    """ends_in_place_trigrams as its docstring defines it, word by word, on the longer side:
    a 3-gram at the same place as in the other side counted from the start, or from the end."""
    longer, shorter = (keys_a, keys_b) if len(keys_a) >= len(keys_b) else (keys_b, keys_a)
    words, offset = len(longer), len(longer) - len(shorter)

    def in_place(s: int) -> bool:
        at_start = s + 3 <= len(shorter) and longer[s : s + 3] == shorter[s : s + 3]
        at_end = (
            s - offset >= 0 and s + 3 <= words and longer[s : s + 3] == shorter[s - offset : s - offset + 3]
        )
        return at_start or at_end

    covered = [any(in_place(s) for s in range(max(0, k - 2), k + 1)) for k in range(words)]
    return sum(covered) / words if words else 0.0


@settings(max_examples=400, deadline=None)
@given(a=_KEYS, b=_KEYS, added=_KEYS, at=st.integers(0, 40), cut=st.integers(0, 3))
def test_trigrams_in_place_from_either_end_are_never_more_than_those_shared(
    a: list[str], b: list[str], added: list[str], at: int, cut: int
) -> None:
    """The second cheap count, for copies with words added or cut in one place: the positional
    one from the start or from the end, at least the one from the start and a lower bound of
    shared_trigrams; on unrelated keys, and on a copy with words added and cut in the middle."""
    copy = a[:at] + added[:5] + a[at + cut :]
    for other in (b, copy, copy[:-3]):
        ends = ends_in_place_trigrams(a, other)
        assert ends == _ends_share(a, other)
        assert in_place_trigrams(a, other) <= ends <= shared_trigrams(a, other)
        for least in (0.3, 0.6):
            assert copied_in_place(a, other, least) == (ends >= least)


def test_a_copy_with_words_added_in_the_middle_is_in_place_from_its_ends() -> None:
    text = (
        "The harbour authority closed the northern container terminal on Tuesday after a crane "
        "collapsed onto a cargo ship, and said the terminal would reopen once inspectors had "
        "checked the remaining cranes."
    )
    longer = text.replace("onto a cargo ship", "onto the deck of a moored cargo ship")
    keys_a, keys_b = word_keys(text), word_keys(longer)
    assert in_place_trigrams(keys_a, keys_b) < 0.6  # shifted after the words added
    assert ends_in_place_trigrams(keys_a, keys_b) >= 0.6
    assert ends_in_place_trigrams(keys_a, keys_b) <= shared_trigrams(keys_a, keys_b)
    assert copied_in_place(keys_a, keys_b, 0.6)


@given(sequence=_KEYS, common=st.sets(st.sampled_from("troops border moscow said".split())))
def test_density_is_shared_words_between_the_first_and_last_shared(
    sequence: list[str], common: set[str]
) -> None:
    hits = [k for k, word in enumerate(sequence) if word in common]
    expected = len(hits) / (hits[-1] - hits[0] + 1) if hits else 0.0
    assert density(sequence, common) == expected


# Sentences sharing exactly two content words with those of _PAIRS_B: some share heavy words
# and little else (a match), some share two words among many (too weak to be one); and one of
# common words only (its two heaviest weigh less than MIN_SHARED) shared whole by one sentence
# and in two words by another; and a long one shared whole.
_PAIRS_A = (
    "Markets rose as traders weighed earnings. "
    "Volcanic ash grounded flights. "
    "Ash grounded every glider, kite, balloon, drone, helicopter and seaplane across the northern islands. "
    "Floodwater swamped orchards. "
    "Engineers repaired turbines near vineyards beside quarries and lighthouses along windswept cliffs. "
    "Meadows and barns were photographed by tourists visiting castles, museums, galleries, cathedrals, "
    "harbours and gardens. "
    "Rescuers searched collapsed buildings, bridges, tunnels and warehouses overnight."
)
_PAIRS_B = (
    "Markets rose as traders weighed earnings. "
    "Ash grounded planes. "
    "Floodwater swamped meadows, pastures, barns, stables, silos and granaries throughout the valley. "
    "Turbines hummed by vineyards. "
    "Traders weighed bonds. "
    "Rescuers searched collapsed buildings, bridges, tunnels and warehouses again."
)
_FILLER = "Markets rose on Monday as traders weighed earnings from retailers and banks."


def test_sentence_matches_weigh_pairs_sharing_two_words_only_as_every_pair() -> None:
    """Pairs of sentences sharing two content words only are half of a wire corpus's candidates,
    most of them rejected on a bound of their shared weight (the two heaviest words of A's
    sentence) without weighing the pair: the matches are still those of weighing every pair, the
    short sentences sharing two rare words among them, the long ones sharing two not."""
    a, b = _article("a.txt", _PAIRS_A), _article("b.txt", _PAIRS_B)
    others = [_article(f"{k}.txt", f"{_FILLER} Item {k}.") for k in range(30)]
    weights = WordWeights.from_articles([a, b, *others])
    an_a, an_b = analyse(a, weights), analyse(b, weights)
    two_only = [
        (i, j)
        for i, x in enumerate(an_a.sentences)
        for j, y in enumerate(an_b.sentences)
        if len(x.content.keys() & y.content.keys()) == 2
    ]
    found = sentence_matches(an_a, an_b)
    assert found == _matches_one_by_one(an_a, an_b)
    assert (0, 0) in {(i, j) for _, i, j in found}  # the sentence of common words
    assert sum(sorted(an_a.sentences[0].content.values())[-2:]) < MIN_SHARED
    matched_two = [(i, j) for _, i, j in found if (i, j) in two_only]
    assert matched_two and len(two_only) > len(matched_two)  # some pairs of two words pass, some not
    assert sentence_matches(an_b, an_a) == _matches_one_by_one(an_b, an_a)

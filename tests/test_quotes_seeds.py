"""Quotes and speakers of the five seeds, scored against a gold file read by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.ingest.load import load_corpus
from corpus.model import Quote, Speaker
from corpus.quotes import find_quotes

GOLD = json.loads((Path(__file__).parent / "gold" / "seed_quotes.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def found(seeds_dir: Path) -> tuple[list[Quote], list[Speaker]]:
    return find_quotes(load_corpus(seeds_dir))


def _overlaps(q: Quote, g: dict[str, str], text: str) -> bool:
    start = text.index(g["text"])
    return q.article == g["article"] and q.start < start + len(g["text"]) and start < q.end


def _person_of(name: str | None) -> str | None:
    for person in GOLD["people"]:
        if name in person["spellings"]:
            return person["name"]
    return name


def test_every_quote_found_and_nothing_else(found, seeds_dir: Path) -> None:
    quotes, _ = found
    texts = {g["article"]: (seeds_dir / g["article"]).read_text(encoding="utf-8") for g in GOLD["quotes"]}
    gold = GOLD["quotes"]
    matched_gold = [g for g in gold if any(_overlaps(q, g, texts[g["article"]]) for q in quotes)]
    matched_pred = [q for q in quotes if any(_overlaps(q, g, texts[g["article"]]) for g in gold)]
    precision = len(matched_pred) / len(quotes)
    recall = len(matched_gold) / len(gold)
    assert (precision, recall) == (1.0, 1.0), [q.text for q in quotes if q not in matched_pred]
    assert len(quotes) == len(gold) == 32


def test_exact_spans_kinds_speakers_and_mentions(found) -> None:
    quotes, _ = found
    by_text = {(q.article, q.text): q for q in quotes}
    wrong = []
    for g in GOLD["quotes"]:
        q = by_text.get((g["article"], g["text"]))
        if q is None:
            wrong.append(("span", g["text"]))
            continue
        if q.kind != g["kind"]:
            wrong.append(("kind", g["text"], q.kind))
        if _person_of(q.speaker) != g["speaker"]:
            wrong.append(("speaker", g["text"], q.speaker))
        if q.mention is None or q.mention.text != g["mention"]:
            wrong.append(("mention", g["text"], q.mention))
    # The score reached on the seeds: every span, kind, speaker and mention right.
    assert wrong == []


def test_one_canonical_speaker_per_person_with_all_spellings(found) -> None:
    _, speakers = found
    by_name = {s.name: s for s in speakers}
    for person in GOLD["people"]:
        holders = [s for s in speakers if set(s.aliases) & set(person["spellings"])]
        assert len(holders) == 1, (person["name"], [s.name for s in holders])
    kuleba = by_name["Dmytro Kuleba"]
    assert {"Dmytro Kuleba", "Dymytro Kuleba"} <= set(kuleba.aliases)
    assert kuleba.quotes == 3
    assert kuleba.articles == ["000_001046f2ce72b2e4.txt", "001_585f0ca8fba6610a.txt"]
    assert {"Vladimir Makey", "Vladimir Makei"} <= set(by_name["Vladimir Makey"].aliases)
    stoltenberg = by_name["Jens Stoltenberg"]
    assert stoltenberg.quotes == 6 and len(stoltenberg.articles) == 4
    assert "Secretary" in (stoltenberg.role or "")
    assert by_name["Maria Zakharova"].role == "Russian foreign ministry spokeswoman"
    assert by_name["Julianne Smith"].role == "US Ambassador to NATO"
    assert by_name["Vladimir Chizhov"].role == "Russian Ambassador to the European Union"
    # organisations and countries speak too
    assert by_name["NATO"].quotes == 1 and by_name["Russia"].quotes == 2
    assert sum(s.quotes for s in speakers) == 32


def test_the_same_statement_shares_a_group_across_articles(found) -> None:
    quotes, _ = found
    groups = {
        next(q.group for q in quotes if q.article == article and q.text.startswith(first))
        for article, first in GOLD["same_statement"]
    }
    assert len(groups) == 1
    stoltenberg_group = groups.pop()
    members = [q for q in quotes if q.group == stoltenberg_group]
    assert {q.article for q in members} == {a for a, _ in GOLD["same_statement"]}
    # different statements keep different groups
    assert len({q.group for q in quotes}) >= 25
    assert all(q.group > 0 for q in quotes)


def test_cues_as_written(found) -> None:
    quotes, _ = found
    cue = {q.text[:20]: q.cue for q in quotes}
    assert cue["We continuously hear"] == "quoted"  # "the report quoted Kuleba as saying"
    assert cue["most serious securit"] == "calling"
    assert cue["Wars in Europe rarel"] == "joked"
    assert cue["good sign"] == "hailed"
    assert cue["hybrid threats"] == "urging"
    assert cue["A number of combat t"] == "says"


def test_headings_and_stray_marks_are_not_quotes(found, seeds_dir: Path) -> None:
    quotes, _ = found
    assert not any("Cautious optimism" in q.text for q in quotes)
    text = (seeds_dir / "002_a472edca295215ad.txt").read_text(encoding="utf-8")
    stray = text.index("‘Ukraine.")
    assert not any(q.article.startswith("002") and q.start <= stray < q.end + 1 for q in quotes)
    # the quote after the stray mark is still found whole
    assert any(q.text == "Wars in Europe rarely start. Wednesday" for q in quotes)


def test_offsets_slice_the_text(found, seeds_dir: Path) -> None:
    quotes, _ = found
    for q in quotes:
        text = (seeds_dir / q.article).read_text(encoding="utf-8")
        assert text[q.start : q.end] == q.text
        assert text[q.start - 1] in '“"' and q.text == q.text.strip()
        if q.mention is not None:
            assert text[q.mention.start : q.mention.end] == q.mention.text

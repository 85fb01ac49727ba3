"""A quote the article has from a relayer stays the relayer's (`“…,” Okafor said, according to Marta
Vance` is Vance's quote), and keeps whom the relayer quotes: ``Quote.quoting``, the person the
sentence says first spoke the words, as written and as a reader knows them; the speakers count
those quotes apart (``Speaker.relayed``). Through every layer: the engine, the reading's bytes,
``storydiff quotes --json`` and ``storydiff speakers --json``. On sentences written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.ingest.load import article_from_text
from corpus.model import Article, Quote
from corpus.quotes import find_quotes
from corpus.quotes.article_quotes import article_quotes
from corpus.quotes.name_pairs import NamePairs
from corpus.quotes.names import shipped_tables
from corpus.quotes.reading_codec import reading_bytes, reading_from_bytes

RELAYED_AFTER = "“She will spend a fortune on the race,” Okafor said, according to Marta Vance. Vance left."
RELAYED_OPENING = (
    "According to the Valley Ledger, Mayor Jon Okafor praised her “tireless work for the county.”"
)
RELAYED_PRONOUN = (
    "Mayor Jon Okafor spoke at the hall on Monday.\n\n"
    "“The levy is dead,” he said, according to the Valley Ledger."
)


def _article(body: str, name: str = "a.txt") -> Article:
    return article_from_text(name, Path(name), f"Talks resume\n\n{body}")


def _quotes(*bodies: str) -> list[Quote]:
    articles = [_article(body, f"{k}.txt") for k, body in enumerate(bodies)]
    return find_quotes(articles)[0]


def _quoting(quote: Quote) -> tuple[str | None, str] | None:
    """(name, mention as written) of whom the quote's speaker quotes, checked against the text."""
    if quote.quoting is None:
        return None
    return quote.quoting.name, quote.quoting.mention.text


def test_a_relay_after_the_cue_keeps_the_relayer_and_whom_they_quote() -> None:
    (quote,) = _quotes(RELAYED_AFTER)
    assert quote.speaker == "Marta Vance"
    assert _quoting(quote) == ("Okafor", "Okafor")
    article = _article(RELAYED_AFTER, "0.txt")
    assert quote.quoting is not None
    m = quote.quoting.mention
    assert article.text[m.start : m.end] == "Okafor" and m.start > quote.end  # "…,” Okafor said


def test_a_sentence_opening_with_according_to_keeps_its_subject_as_the_one_quoted() -> None:
    (quote,) = _quotes(RELAYED_OPENING)
    assert quote.speaker == "Valley Ledger"
    assert _quoting(quote) == ("Jon Okafor", "Mayor Jon Okafor")


def test_a_pronoun_quoted_by_the_relayer_is_read_as_the_person_it_stands_for() -> None:
    (quote,) = _quotes(RELAYED_PRONOUN)
    assert quote.speaker == "Valley Ledger"
    assert _quoting(quote) == ("Jon Okafor", "he")


def test_an_unnamed_speaker_quoted_by_the_relayer_is_kept_as_written() -> None:
    body = "“I greeted him and nothing more,” the bishop told reporters, according to the Valley Ledger."
    (quote,) = _quotes(body)
    assert quote.speaker == "Valley Ledger"
    assert _quoting(quote) == (None, "the bishop")


def test_no_one_is_quoted_where_no_relay_or_no_other_speaker_is_written() -> None:
    unrelayed = "“She will spend a fortune on the race,” Okafor said at the hall on Monday."
    relayer_alone = "“She will spend a fortune on the race,” according to Marta Vance."
    # the subject of the quoted words, with no verb of saying, is who they are about, not who spoke
    subject = "According to the filing, the old bridge “is a bit bent, which showed it was struck” in May."
    for body in (unrelayed, relayer_alone, subject):
        (quote,) = _quotes(body)
        assert quote.quoting is None, body


def test_the_person_quoted_takes_the_name_the_corpus_knows_them_by_and_counts_apart() -> None:
    own = "“We will fight on,” Okafor said at the hall on Tuesday."
    quotes, speakers = find_quotes([_article(RELAYED_PRONOUN, "0.txt"), _article(own, "1.txt")])
    relayed = next(q for q in quotes if q.article == "0.txt")
    assert _quoting(relayed) == ("Jon Okafor", "he")
    by_name = {s.name: s for s in speakers}
    assert (by_name["Jon Okafor"].quotes, by_name["Jon Okafor"].relayed) == (1, 1)
    assert by_name["Jon Okafor"].articles == ["1.txt"]  # the articles quoting them themselves
    assert (by_name["Valley Ledger"].quotes, by_name["Valley Ledger"].relayed) == (1, 0)


def test_a_person_only_relayed_is_listed_with_no_quote_of_their_own() -> None:
    _, speakers = find_quotes([_article(RELAYED_OPENING)])
    by_name = {s.name: (s.quotes, s.relayed) for s in speakers}
    assert by_name == {"Valley Ledger": (1, 0), "Jon Okafor": (0, 1)}
    assert [s.name for s in speakers] == ["Valley Ledger", "Jon Okafor"]  # most quoted first


def test_the_reading_bytes_keep_whom_the_speaker_quotes() -> None:
    article = _article(RELAYED_OPENING)
    tables = shipped_tables()
    reading = article_quotes(article, tables, NamePairs(tables))
    assert _quoting(reading[0][0]) == ("Jon Okafor", "Mayor Jon Okafor")
    back = reading_from_bytes(reading_bytes(reading), article)
    assert [q.quoting for q in back[0]] == [q.quoting for q in reading[0]]
    assert back[1:] == reading[1:]


def test_a_reading_written_before_the_version_is_read_again_not_misread() -> None:
    article = _article(RELAYED_OPENING)
    tables = shipped_tables()
    data = json.loads(reading_bytes(article_quotes(article, tables, NamePairs(tables))))
    old_form = json.dumps([[row[:8] for row in data[1]], data[2]]).encode()  # version 1's form
    with pytest.raises(ValueError):
        reading_from_bytes(old_form, article)
    outside = json.dumps([data[0], [[*data[1][0][:8], 0, 10_000, "Jon Okafor"]], data[2]]).encode()
    with pytest.raises(ValueError):
        reading_from_bytes(outside, article)


def test_quotes_and_speakers_json_give_whom_a_relayer_quotes(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Talks resume\n\n{RELAYED_PRONOUN}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Vote delayed\n\n“No levy, no deal,” Okafor said on Friday.\n")
    result = run_cli("quotes", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["article"]: row for row in json.loads(result.stdout)}
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    quoting = rows["a.txt"]["quoting"]
    assert rows["a.txt"]["speaker"] == "Valley Ledger" and quoting["name"] == "Jon Okafor"
    m = quoting["mention"]
    assert text[m["start"] : m["end"]] == m["text"] == "he"
    assert rows["b.txt"]["quoting"] is None
    speakers = json.loads(run_cli("speakers", str(tmp_path), "--json").stdout)
    okafor = next(s for s in speakers if s["name"] == "Jon Okafor")
    assert (okafor["quotes"], okafor["relayed"], okafor["articles"]) == (1, 1, ["b.txt"])
    listed = run_cli("quotes", str(tmp_path)).stdout
    assert "Valley Ledger according to · quoting Jon Okafor" in listed


def test_the_quotes_listing_shows_a_relayer_no_name_stands_for_as_written(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "c.txt").write_text(
        "Levy filing\n\nMayor Jon Okafor met the aldermen on Monday.\n\n"
        "According to Thursday's filing, Okafor said the levy was “dead on arrival” and would never pass.\n",
        encoding="utf-8",
    )
    listed = run_cli("quotes", str(tmp_path)).stdout
    assert "Thursday's filing According to · quoting Jon Okafor" in listed
    assert "(unknown)" not in listed


def test_an_inverted_reports_relay_keeps_whom_the_outlet_quotes_and_reporters_are_no_relay() -> None:
    (relayed,) = _quotes("“The levy is dead,” Mayor Jon Okafor said, reports the Valley Ledger. Okafor left.")
    assert relayed.speaker == "Valley Ledger"
    assert _quoting(relayed) == ("Jon Okafor", "Mayor Jon Okafor")
    # "reporters" and "reported" written without the comma of an inverted relay relay nothing
    (told,) = _quotes("“The levy is dead,” Mayor Jon Okafor told reporters, as the Valley Ledger reported.")
    assert told.speaker == "Jon Okafor" and told.quoting is None

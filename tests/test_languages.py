"""Articles in other languages: quote spans in every European convention of marks, no speaker taken
from English rules where the cue is not English, and `storydiff list` with right-to-left and CJK
titles. All text here is written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from corpus.ingest.load import article_from_text
from corpus.model import Article
from corpus.quotes import find_quote_spans, find_quotes
from corpus.quotes.language import ENGLISH_MARKERS, OTHER_LANGUAGE_MARKERS, reads_as_english
from corpus.quotes.spans import DOUBLE_MARK_CONVENTIONS, SINGLE_MARK_CONVENTIONS

NBSP, NNBSP = "\u00a0", "\u202f"


def art(body: str, title: str = "Une histoire", name: str = "a.txt") -> Article:
    return article_from_text(name, Path(name), f"{title}\n\n{body}\n")


def spans_of(body: str) -> list[tuple[str, str, bool]]:
    article = art(body)
    return [(article.text[s.start : s.end], s.kind, s.nested) for s in find_quote_spans(article)]


# --- where the quotes are -------------------------------------------------------------------------

SENTENCES = [
    # (convention, sentence): the quoted words are always "Wir bleiben hier" / the same shape
    ("English", "“Wir bleiben hier”, he said, and then nothing more."),
    ("German", "„Wir bleiben hier“, sagte er, und dann nichts mehr."),
    ("Polish, Hungarian", "„Wir bleiben hier” – powiedział, i nic więcej."),
    ("French", "«Wir bleiben hier», a-t-il dit, et rien de plus."),
    ("French, spaced", f"«{NBSP}Wir bleiben hier{NBSP}», a-t-il dit, et rien de plus."),
    ("French, narrow spaces", f"«{NNBSP}Wir bleiben hier{NNBSP}», a-t-il dit, et rien de plus."),
    ("Danish, German books", "»Wir bleiben hier«, sagde han, og intet mere."),
    ("Swedish", "”Wir bleiben hier”, sa han, och inget mer."),
    ("Swedish guillemets", "»Wir bleiben hier», sa han, och inget mer."),
]


@pytest.mark.parametrize(("convention", "sentence"), SENTENCES, ids=[c for c, _ in SENTENCES])
def test_each_convention_gives_the_words_marks_and_spaces_excluded(convention: str, sentence: str) -> None:
    article = art(sentence)
    spans = find_quote_spans(article)
    assert [(article.text[s.start : s.end], s.kind) for s in spans] == [("Wir bleiben hier", "direct")]
    span = spans[0]
    # the marks are where the span says: the opening mark, and the closing one just before close_at
    assert article.text[span.open_at] in "“„«»”"
    assert article.text[span.close_at - 1] in "”“»«"


def test_every_convention_of_the_table_is_exercised() -> None:
    pairs = {(c.opening, c.closing) for c in DOUBLE_MARK_CONVENTIONS if c.opening != '"'}
    written = {(s.lstrip()[0], next(ch for ch in s[1:] if ch in "“”»«")) for _, s in SENTENCES}
    assert pairs <= written


def test_a_german_quote_closes_at_its_own_mark_and_the_next_one_is_found() -> None:
    body = (
        "„Wir bleiben hier“, sagte der Minister am Dienstag. Die Opposition nannte den Plan "
        "„eine Katastrophe“ für die Stadt. „Das ist nicht wahr“, antwortete er."
    )
    assert spans_of(body) == [
        ("Wir bleiben hier", "direct", False),
        ("eine Katastrophe", "partial", False),
        ("Das ist nicht wahr", "direct", False),
    ]


def test_danish_marks_point_inwards_and_french_outwards_in_one_article() -> None:
    body = "»Vi bliver her«, sagde hun.\n\n«Nous restons ici», a-t-elle dit. »Vi bliver her«, igen."
    assert [t for t, _, _ in spans_of(body)] == ["Vi bliver her", "Nous restons ici", "Vi bliver her"]


NESTED = [
    ("German", "„Er sagte ‚niemals‘ vor uns allen“, sagte sie."),
    ("Polish", "„Powiedział ‚nigdy’ przy nas”, powiedziała."),
    ("French", f"«{NBSP}Il a dit ‹{NBSP}jamais{NBSP}› devant nous{NBSP}», a-t-elle dit."),
    ("Swiss", "«Er sagte ‹niemals› vor uns allen», sagte sie."),
    ("German books", "»Er sagte ›niemals‹ vor uns allen«, sagte sie."),
]


@pytest.mark.parametrize(("convention", "sentence"), NESTED, ids=[c for c, _ in NESTED])
def test_a_quote_inside_a_quote_by_each_convention(convention: str, sentence: str) -> None:
    found = spans_of(sentence)
    assert len(found) == 2 and found[0][1:] == ("direct", False)
    inner = found[1]
    assert inner[0] in ("niemals", "nigdy", "jamais") and inner[2] is True


def test_every_single_mark_convention_is_exercised() -> None:
    pairs = {(c.opening, c.closing) for c in SINGLE_MARK_CONVENTIONS if c.opening not in "'‘"}
    pairs -= {("›", "›")}  # Swedish nested guillemets: exercised below
    written = {
        (ch, close)
        for _, s in NESTED
        for ch, close in [("‚", "‘"), ("‚", "’"), ("‹", "›"), ("›", "‹")]
        if ch in s and close in s[s.index(ch) + 1 :]
    }
    assert pairs <= written
    assert [t for t, _, n in spans_of("»Han sa ›aldrig› inför oss alla», sa hon.") if n] == ["aldrig"]


def test_apostrophes_in_a_german_quote_are_not_nested_quotes() -> None:
    found = spans_of("„Geht’s noch? Das wird’s nicht geben“, sagte er.")
    assert found == [("Geht’s noch? Das wird’s nicht geben", "direct", False)]


def test_a_storm_of_european_marks_gives_valid_spans() -> None:
    marks = "«»„“”‚‘’‹›"
    storm = "".join(
        f"a{marks[i % len(marks)]} " if i % 7 else f"b{marks[i % len(marks)]}" for i in range(20_000)
    )
    article = art(storm)
    for span in find_quote_spans(article):
        assert span.open_at < span.start <= span.end <= span.close_at <= len(article.text)
        assert article.text[span.start : span.end].strip() == article.text[span.start : span.end]


# --- no speaker where the cue is not English -------------------------------------------------------

FRENCH = """Le gouvernement a présenté mardi son projet de budget pour l'année prochaine.

« Nous ne reculerons pas », a déclaré le ministre des Finances Jean Dupont devant les députés.

Le Président De La Commission a répondu que le texte était « une erreur historique » pour le pays.

Selon Marie Lefèvre, porte-parole du parti, « les familles paieront le prix de cette décision ».

Le débat reprendra jeudi à l'Assemblée nationale."""

GERMAN = """Die Regierung hat am Dienstag den Haushalt für das kommende Jahr vorgestellt.

„Wir werden nicht zurückweichen“, sagte Finanzminister Hans Müller vor dem Bundestag.

Der Sprecher Des Ministeriums erklärte: „Die Zahlen sind solide und der Plan ist gerecht.“

Die Opposition nannte den Entwurf „einen historischen Fehler“ für das Land.

»Die Familien zahlen den Preis«, schrieb Anna Schmidt, die Vorsitzende der Partei, am Abend."""

ENGLISH_CONTROL = """The government presented its budget for next year on Tuesday.

“We will not retreat,” Finance Minister Hans Müller told parliament.

Anna Schmidt, the party leader, said the draft was “a historic mistake” for the country."""


@pytest.mark.parametrize("body", [FRENCH, GERMAN], ids=["French", "German"])
def test_french_and_german_quotes_are_found_with_no_speaker(body: str) -> None:
    quotes, speakers = find_quotes([art(body, title="Budget")])
    assert len(quotes) >= 3  # the spans are found in the article's own marks
    assert [(q.text, q.speaker, q.mention, q.cue) for q in quotes if q.speaker or q.mention or q.cue] == []
    assert speakers == []


def test_the_same_story_in_english_gets_its_speakers() -> None:
    quotes, _ = find_quotes([art(ENGLISH_CONTROL, title="Budget")])
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will not retreat,", "Hans Müller"),
        ("a historic mistake", "Anna Schmidt"),
    ]


def test_a_corpus_mixing_languages_keeps_the_english_speakers() -> None:
    quotes, speakers = find_quotes(
        [art(GERMAN, title="Haushalt", name="de.txt"), art(ENGLISH_CONTROL, title="Budget", name="en.txt")]
    )
    assert {q.article for q in quotes if q.speaker} == {"en.txt"}
    assert {s.name for s in speakers} == {"Hans Müller", "Anna Schmidt"}


def test_the_language_of_an_article_is_read_from_its_function_words() -> None:
    assert not reads_as_english(art(FRENCH)) and not reads_as_english(art(GERMAN))
    assert reads_as_english(art(ENGLISH_CONTROL))
    # a short English text with few function words is not taken for a foreign one
    assert reads_as_english(art("“Go home,” Smith told reporters in Da Nang."))
    polish = "„Nie wycofamy się” – powiedział minister. Rząd jest gotowy na rozmowy, ale nie na ustępstwa."
    assert not reads_as_english(art(polish))
    quotes, _ = find_quotes([art(polish)])
    assert [(q.text, q.speaker) for q in quotes] == [("Nie wycofamy się", None)]


def test_a_word_marks_one_language_only_and_is_counted_whatever_its_case() -> None:
    # each marker is read as one side's (a word in both sets would count for the foreign side only)
    assert not ENGLISH_MARKERS & OTHER_LANGUAGE_MARKERS
    # shouted or capitalised ("DER", "Das") they count as the lower-case markers do; a long English
    # text stays English however many foreign names it writes
    shouted = "DER VORSTAND: DAS IST NICHT GUT, SAGTE ER. Und Die Firma? Auf Dem Weg. " * 3
    assert not reads_as_english(art(shouted))
    english = "The minister said that the talks would go on, and that he had not been told. " * 4
    assert reads_as_english(art(english + "Der Spiegel and Die Welt were not there. "))


# --- `storydiff list` with right-to-left and CJK titles ---------------------------------------------

TITLES = {
    "a_arabic.txt": "مجلس الأمن يدعو\u200f إلى وقف فوري لإطلاق النار في المنطقة الحدودية بعد أسبوع من القتال",
    "b_hebrew.txt": "הממשלה אישרה את התקציב \u202eהחדש לאחר דיון ארוך בכנסת",
    "c_chinese.txt": "联合国安理会呼吁立即停火，各方代表在纽约举行紧急会议讨论边境局势并要求撤军",
    "d_japanese.txt": "国連安全保障理事会は即時停戦を求める声明を発表した",
    "e_english.txt": "Council calls for a ceasefire along the border",
}
BIDI_CONTROLS = set("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def write_titles(folder: Path) -> Path:
    folder.mkdir()
    for name, title in TITLES.items():
        (folder / name).write_text(
            f"{title}\n\nThe council met on Tuesday and issued a statement.\n", "utf-8"
        )
    return folder


def test_list_json_keeps_every_script_and_escapes_bidi_controls(run_cli, tmp_path: Path) -> None:
    result = run_cli("list", str(write_titles(tmp_path / "corpus")), "--json")
    assert result.returncode == 0, result.stderr
    assert not BIDI_CONTROLS & set(result.stdout)  # escaped as \u200f, not written raw
    rows = {row["article"]: row for row in json.loads(result.stdout)}
    assert {name: row["title"] for name, row in rows.items()} == TITLES  # and read back exactly


def test_list_table_stays_aligned_with_rtl_and_wide_titles(run_cli, tmp_path: Path) -> None:
    # (in a pipe `list` prints one row per line; --width draws the table)
    result = run_cli("list", str(write_titles(tmp_path / "corpus")), "--width", "120")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert not BIDI_CONTROLS & set(out) and "⇄" in out  # the controls are shown, not obeyed
    lines = [line for line in out.splitlines() if line[:1] in "┏┃┡│└"]
    assert len({cell_len(line) for line in lines}) == 1, "a row is wider or narrower than the table"
    # every column rule is at the same terminal cell on every line of the table
    rules = {tuple(cell_len(line[:i]) for i, ch in enumerate(line) if ch in "┏┓┡┩└┘┃│╇┳┴") for line in lines}
    assert len(rules) == 1, rules
    for name in TITLES:
        assert name in out
    assert (
        "联合国安理会呼吁" in out and "国連安全保障理事会" in out and "Council calls for a ceasefire" in out
    )


def test_list_in_a_pipe_prints_one_line_per_article_whatever_the_script(run_cli, tmp_path: Path) -> None:
    result = run_cli("list", str(write_titles(tmp_path / "corpus")))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert not BIDI_CONTROLS & set(result.stdout)
    assert len(lines) == len(TITLES)
    assert all(line == line.rstrip() for line in lines)

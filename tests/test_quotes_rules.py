"""Each rule of quote finding and attribution, on small texts written for it."""

from __future__ import annotations

from pathlib import Path

from corpus.ingest.load import article_from_text
from corpus.model import Article, Quote, Speaker
from corpus.quotes import find_quotes
from corpus.quotes.spans import find_quote_spans


def art(body: str, name: str = "a.txt") -> Article:
    return article_from_text(name, Path(name), "Talks resume in Brussels\n\n" + body)


def quotes_of(*bodies: str) -> tuple[list[Quote], list[Speaker]]:
    return find_quotes([art(body, f"{i}.txt") for i, body in enumerate(bodies)])


def one(body: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    quotes, _ = quotes_of(body)
    return [(q.text, q.kind, q.speaker, q.mention.text if q.mention else None, q.cue) for q in quotes]


# --- where the quotes are ---------------------------------------------------------------------------


def test_curly_and_straight_marks_whole_sentences_and_partial_quotes() -> None:
    found = one(
        "“We will not retreat,” the minister said.\n\n"
        'The mayor said the plan was "a disaster" for the city.\n\n'
        "Officials dismissed the warnings as “hysteria”."
    )
    assert [(t, k) for t, k, *_ in found] == [
        ("We will not retreat,", "direct"),
        ("a disaster", "partial"),
        ("hysteria", "partial"),
    ]


def test_a_capitalised_quote_right_after_a_cue_word_is_a_sentence_of_its_own() -> None:
    found = one(
        "Ida Strand said “We are ready to go,” and left.\n\n"
        "He read the essay “We are ready” aloud to the class.\n\n"
        "Then Ole Brun wrote “Nothing will change” in a note.\n\n"
        "She told the press “Not now” and went home."
    )
    assert [(t, k) for t, k, *_ in found] == [
        ("We are ready to go,", "direct"),
        ("We are ready", "partial"),  # "essay" ends in "say", no cue word
        ("Nothing will change", "direct"),
        ("Not now", "partial"),  # "told the press": the cue's object between, no clause of its own
    ]
    # a cue word alone before the mark, shorter than other cue words
    assert [k for _, k, *_ in one("said “Nothing more,” the note ended.")] == ["direct"]


def test_a_quote_continued_into_the_next_paragraph_is_one_quote() -> None:
    body = (
        "“The first part of the statement goes on here.\n\n"
        "“And this is the second part,” Anna Berg said.\n\n"
        "Nothing else was said."
    )
    quotes, _ = quotes_of(body)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("The first part") and q.text.endswith("second part,")
    assert q.speaker == "Anna Berg" and q.kind == "direct"


def test_a_quote_runs_on_only_into_the_paragraph_right_after_it() -> None:
    # three paragraphs, each opening with a mark: one quote; a narration paragraph (no mark at all)
    # between an unclosed quote and the next quote: two quotes, the first ending with its paragraph
    quotes, _ = quotes_of(
        "“The plan is simple.\n\n“We build first.\n\n“Then we talk,” Ida Strand said.\n\nShe left soon after."
    )
    assert [(q.text.split("\n\n"), q.speaker) for q in quotes] == [
        (["The plan is simple.", "“We build first.", "“Then we talk,"], "Ida Strand")
    ]
    quotes, _ = quotes_of(
        "“The first part runs on here without a close.\n\nA paragraph of narration follows it.\n\n"
        "“This one opens on its own,” Ida Strand said."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The first part runs on here without a close.", None),
        ("This one opens on its own,", "Ida Strand"),
    ]


def test_a_quote_split_by_its_attribution_gives_two_quotes_with_one_speaker() -> None:
    found = one("“We are ready,” Tom Hale said. “But not at any price.”")
    assert [(t, s, c) for t, _, s, _, c in found] == [
        ("We are ready,", "Tom Hale", "said"),
        ("But not at any price.", "Tom Hale", "said"),
    ]


def test_single_marks_count_only_nested_and_apostrophes_are_left_alone() -> None:
    found = one("“Russia’s troops and the allies’ plans: they call it ‘a drill’ again,” Eva Lund said.")
    texts = [t for t, *_ in found]
    assert texts == ["Russia’s troops and the allies’ plans: they call it ‘a drill’ again,", "a drill"]
    assert found[1][2] == "Eva Lund"  # the host's speaker said those words
    assert one("The ‘special operation’ continued in Ukraine’s east.") == []


def test_a_quoted_heading_is_not_speech() -> None:
    quotes, _ = quotes_of(
        "Some text before.\n\n‘Cautious optimism’\n\n“Cautious optimism”\n\nMore text after."
    )
    assert quotes == []


def test_an_unmatched_mark_never_swallows_the_text_after_it() -> None:
    body = (
        "Troops may be used as cover to invade the ‘Ukraine.\n\n"
        'Officials said the stray mark "should not matter at all.\n\n'
        "“We hope others follow,” Lena Holm said."
    )
    quotes, _ = quotes_of(body)
    assert [q.text for q in quotes] == ["We hope others follow,"]
    # a quote opening a paragraph that never closes ends with its paragraph
    quotes, _ = quotes_of("“This statement lost its closing mark.\n\nThe next paragraph is narration.")
    assert [q.text for q in quotes] == ["This statement lost its closing mark."]


def test_a_mark_opening_its_paragraph_opens_a_quote_whatever_stands_around_it() -> None:
    # pasted web text: a direction mark or zero-width space before the mark, a closing-shaped mark
    # opening the paragraph, a space after it before an ellipsis
    body = (
        "Readers answered the post at once.\n\n"
        "\u202a”Nobody should forget this day,” wrote Ada Kerr.\n\n"
        "\u200b“We have waited long enough,” said Ole Brun.\n\n"
        "” … and then the lights went out in the whole town,” Mia Sand wrote."
    )
    found = one(body)
    assert [(t, k, s) for t, k, s, *_ in found] == [
        ("Nobody should forget this day,", "direct", "Ada Kerr"),
        ("We have waited long enough,", "direct", "Ole Brun"),
        ("… and then the lights went out in the whole town,", "partial", "Mia Sand"),  # a fragment
    ]


def test_an_opening_mark_typed_as_the_closing_one_ends_the_quote() -> None:
    body = (
        "The senator called the ruling “deeply unfair“ in a post on Sunday, and the council asked "
        "for an “urgent review“ of the water plant."
    )
    assert [(t, k) for t, k, *_ in one(body)] == [("deeply unfair", "partial"), ("urgent review", "partial")]
    # an opener glued to the next word still opens a quote inside an open one that never closed
    quotes, _ = quotes_of("He spoke of a “new deal and then of “fair pay” for all.")
    assert [q.text for q in quotes] == ["fair pay"]


def test_the_title_of_a_markdown_link_is_page_furniture_not_a_quote() -> None:
    body = (
        'At noon she meets [Jas](/wiki/Jas "Jas") by the [old mill](https://example.org/mill  "Mill").\n\n'
        'A note on the source.[1](#footnote_0_1 "Quoted from the town records, page 4")\n\n'
        '“I love this place,” Penny said (see "Friendship").'
    )
    # a quote in parentheses that is no link's title stays a quote
    assert [t for t, *_ in one(body)] == ["I love this place,", "Friendship"]


def test_quotes_in_boilerplate_paragraphs_are_ignored() -> None:
    text = (
        "Talks resume\n\n“We are ready,” Tom Hale said.\n\nRelated stories: “Peace is near,” says minister\n"
    )
    related = text.index("Related")
    article = article_from_text("a.txt", Path("a.txt"), text, boilerplate=[(related, len(text))])
    assert article.kind_at(related) == "boilerplate"
    quotes, _ = find_quotes([article])
    assert [q.text for q in quotes] == ["We are ready,"]
    spans = find_quote_spans(article, include_boilerplate=True)
    assert [text[s.start : s.end] for s in spans] == ["We are ready,", "Peace is near,"]


# --- who said it ------------------------------------------------------------------------------------


def test_cues_before_and_after_the_quote() -> None:
    found = one(
        "“It is over,” warned Karl Weiss.\n\n"
        "Maria Lopez told reporters: “We will see.”\n\n"
        "Peter Novak declared a “day of unity” on Monday.\n\n"
        "Nina Berg urged calm and promised “every chance” for talks."
    )
    assert [(s, c) for _, _, s, _, c in found] == [
        ("Karl Weiss", "warned"),
        ("Maria Lopez", "told"),
        ("Peter Novak", "declared"),
        ("Nina Berg", "promised"),
    ]


def test_a_cue_closing_the_sentence_names_the_speaker_of_a_quote_inside_it() -> None:
    found = one("A cashier who “steals a handful of notes” is held accountable, Elizabeth Warren said.")
    assert found[0][2:] == ("Elizabeth Warren", "Elizabeth Warren", "said")


def test_the_report_quoted_x_as_saying_names_x() -> None:
    found = one("“We believe what we see,” the report quoted Kuleba as saying.")
    assert found[0][2:] == ("Kuleba", "Kuleba", "quoted")


def test_an_outlet_in_according_to_is_not_the_speaker() -> None:
    found = one(
        "Kremlin spokesman Dmitry Peskov said, according to the Interfax agency, "
        "that there was “no question now”."
    )
    assert found[0][2] == "Dmitry Peskov"
    assert found[0][3] == "Kremlin spokesman Dmitry Peskov"


def test_calling_it_takes_the_subject_of_the_sentence() -> None:
    found = one("Russia mocked the West’s warnings, calling it “hysteria” and “madness”.")
    assert [(t, s, c) for t, _, s, _, c in found] == [
        ("hysteria", "Russia", "calling"),
        ("madness", "Russia", "calling"),
    ]


def test_titles_and_appositives_give_the_person_and_keep_the_role() -> None:
    _, speakers = quotes_of(
        "NATO Secretary-General Jens Stoltenberg said there was “no sign” of a pullout.\n\n"
        "A Russian foreign ministry spokeswoman, Maria Zakharova, said the day “will go into history”.\n\n"
        "US Ambassador to NATO Julianne Smith said troops moved in the “opposite direction”."
    )
    roles = {s.name: s.role for s in speakers}
    assert roles == {
        "Jens Stoltenberg": "NATO Secretary-General",
        "Maria Zakharova": "Russian foreign ministry spokeswoman",
        "Julianne Smith": "US Ambassador to NATO",
    }


def test_pronouns_resolve_to_the_latest_named_subject() -> None:
    found = one(
        "President Joe Biden said on Tuesday that officials had not confirmed the claim.\n\n"
        "“They remain in a threatening position,” he said."
    )
    assert found[0][2:] == ("Joe Biden", "he", "said")


def test_a_quote_paragraph_without_a_cue_inherits_the_previous_speaker() -> None:
    found = one("“We are ready,” Tom Hale said on Monday.\n\n“Nobody wants this to go on.”")
    assert [s for _, _, s, _, _ in found] == ["Tom Hale", "Tom Hale"]


def test_organisations_and_countries_are_speakers() -> None:
    found = one(
        "NATO said it had not seen “any de-escalation”.\n\n"
        "The Kremlin said the claims were “baseless hysteria”."
    )
    assert [s for _, _, s, _, _ in found] == ["NATO", "Kremlin"]


def test_one_speaker_per_person_across_articles_with_tolerant_spelling() -> None:
    quotes, speakers = quotes_of(
        "President Volodymyr Zelenski declared a “day of national unity”.\n\n"
        "Foreign Minister Dmytro Kuleba said “we believe what we see”.",
        "Volodymyr Zelensky said the country was “calm”.\n\n"
        "Ukraine’s Foreign Minister Dymytro Kuleba said “we have deterred Russia”.\n\n"
        "Mr Kuleba later added that it was “a good day”.",
    )
    by_name = {s.name: s for s in speakers}
    assert len(speakers) == 2, [s.name for s in speakers]
    zelensky = next(s for s in speakers if "Volodymyr Zelenski" in s.aliases)
    assert {"Volodymyr Zelenski", "Volodymyr Zelensky"} <= set(zelensky.aliases)
    assert zelensky.quotes == 2 and zelensky.articles == ["0.txt", "1.txt"]
    kuleba = by_name["Dmytro Kuleba"] if "Dmytro Kuleba" in by_name else by_name["Dymytro Kuleba"]
    assert {"Dmytro Kuleba", "Dymytro Kuleba", "Kuleba"} <= set(kuleba.aliases)
    assert kuleba.quotes == 3
    assert "Foreign Minister" in (kuleba.role or "")
    assert all(q.speaker in by_name for q in quotes)


def test_the_same_statement_in_other_words_shares_a_group() -> None:
    quotes, _ = quotes_of(
        "“There are signs from Moscow that diplomacy should continue,” Jens Stoltenberg said.\n\n"
        "“We will decide next week,” Olaf Scholz said.",
        "“There are signs from Moscow that diplomacy could continue,” NATO chief Jens Stoltenberg said.",
    )
    signs = [q for q in quotes if q.text.startswith("There are signs")]
    assert len(signs) == 2 and signs[0].group == signs[1].group
    other = next(q for q in quotes if q.text.startswith("We will decide"))
    assert other.group != signs[0].group


def test_a_place_closing_an_aside_is_not_the_speaker() -> None:
    found = one(
        "Mara Lind, during a town hall in Columbus, Ohio, said: “We will build the bridge.”\n\n"
        "Piet Olde, a farmer from Lagos, Nigeria, said: “The rain came late.”"
    )
    assert [(s, m) for _, _, s, m, _ in found] == [("Mara Lind", "Mara Lind"), ("Piet Olde", "Piet Olde")]


def test_reporting_verbs_learned_from_annotated_news_are_cues() -> None:
    found = one(
        "“The numbers do not add up,” Mara Lind notes.\n\n"
        "Piet Olde blamed the council: “They waited too long.”"
    )
    assert [(s, c) for _, _, s, _, c in found] == [("Mara Lind", "notes"), ("Piet Olde", "blamed")]


def test_a_two_word_reporting_verb_is_one_cue() -> None:
    found = one("“The numbers do not add up,” Mara Lind pointed out.")
    assert [(s, c) for _, _, s, _, c in found] == [("Mara Lind", "pointed out")]

"""Who the subject before a cue is: a word before a name is its first name only if it could be
one ("Free" of a button's "Free Acme" is not), a surname may be two letters ("Daniel Ek"), a
document speaks for who issued it, and an appositive may lack its closing comma."""

from __future__ import annotations

from pathlib import Path

from corpus.story import Story


def _speakers_of(tmp_path: Path, text: str) -> list[str | None]:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return [q.speaker for q in Story.load(tmp_path).quotes()]


def test_a_button_s_word_before_an_organisation_makes_it_no_person(tmp_path: Path) -> None:
    text = (
        "Acme drops its policy\n\n"
        "On Friday, Acme said that its rules remain.\n\n"
        "Now Playing: Watch this: Free Acme: Here's what's new\n\n"
        "“We created confusion and concern,” the company said Friday.\n"
    )
    assert _speakers_of(tmp_path, text) == ["Acme"]


def test_a_two_letter_surname_is_a_person_s(tmp_path: Path) -> None:
    text = (
        "Streaming chief sorry\n\n"
        "Daniel Ek, the chief executive of Acme Music, spoke on Wednesday. Beta Records, its rival, "
        "has 40 million subscribers.\n\n"
        "Ek was contrite about how his company had dealt with the matter.\n\n"
        "“We made a mess of it,” he said.\n"
    )
    assert _speakers_of(tmp_path, text) == ["Daniel Ek"]


def test_a_note_speaks_for_who_issued_it(tmp_path: Path) -> None:
    text = (
        "Streamify drops its policy\n\n"
        "On the page of its policy, Streamify added a note explaining the change.\n\n"
        "“We believe our intentions were good,” the note said.\n"
    )
    assert _speakers_of(tmp_path, text) == ["Streamify"]  # ("acme" is an ordinary word: no name alone)


def test_an_appositive_whose_closing_comma_is_left_out_is_the_name_s_role(tmp_path: Path) -> None:
    text = (
        "Census fight\n\n"
        "“The evidence reveals a plan,” Jane Roe, president of Common Cause said in a statement.\n\n"
        "In an interview with Jane Doe, the candidate said it was “a plan of long standing.”\n"
    )
    assert _speakers_of(tmp_path, text) == ["Jane Roe", None]  # the candidate is no Jane Doe


def test_an_organisation_s_statement_speaks_for_it(tmp_path: Path) -> None:
    text = (
        "Streamify drops its policy\n\n"
        "Streamify said on Friday that it would drop the policy.\n\n"
        "“That is not what we are about,” the company’s statement further reads.\n"
    )
    assert _speakers_of(tmp_path, text) == ["Streamify"]

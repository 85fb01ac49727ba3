"""Where the name read back from a cue starts: initials written together ("G.K.") belong to it,
like one initial ("J."); a common plural before a given name does not."""

from __future__ import annotations

from corpus.quotes.name_ends import trailing_name


def test_joined_initials_stay_in_the_name_read_back_from_a_cue() -> None:
    words = ["Rep.", "G.K.", "Butterfield", "(D-N.C.)"]
    assert words[trailing_name(words) :] == ["G.K.", "Butterfield", "(D-N.C.)"]
    words = ["author", "J.R.R.", "Tolkien"]
    assert words[trailing_name(words) :] == ["J.R.R.", "Tolkien"]


def test_an_organisation_s_capitals_still_end_the_name() -> None:
    words = ["US", "Ambassador", "to", "NATO", "Julianne", "Smith"]
    assert words[trailing_name(words) :] == ["Julianne", "Smith"]


def test_the_speaker_keeps_their_initials(tmp_path) -> None:
    from corpus.story import Story

    (tmp_path / "a.txt").write_text(
        "Vote Fails\n\n“This is a disgusting day,” said Rep. G.K. Roe (D-N.C.), head of the caucus.\n",
        encoding="utf-8",
    )
    assert [(s.name, s.role) for s in Story.load(tmp_path).speakers()] == [("G.K. Roe", "Rep.")]


def test_a_common_plural_before_a_given_name_ends_an_office_s_name() -> None:
    words = ["Director", "of", "Government", "Affairs", "Jane", "Roe"]
    assert words[trailing_name(words) :] == ["Jane", "Roe"]
    words = ["Sen.", "Adams", "Jane", "Roe"]  # a surname that looks plural is no common word
    assert words[trailing_name(words) :] == ["Adams", "Jane", "Roe"]
    words = ["Human", "Rights", "Watch"]
    assert words[trailing_name(words) :] == ["Human", "Rights", "Watch"]

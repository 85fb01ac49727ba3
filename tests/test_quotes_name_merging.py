"""One person listed once and two people kept apart: initials spaced or not, short and clipped
given names, surnames spelled otherwise, hyphened names, offices glued on. Text written for the
test."""

from __future__ import annotations

from corpus.quotes.names import reader_name
from tests.article_reads import speakers_of


def test_one_person_with_and_without_spaced_initials_and_a_short_first_name() -> None:
    found = speakers_of(
        "“The port is open,” said A. J. Brandt, the harbour master.",
        "“Ships are waiting,” said A.J. Brandt on Monday.",
        "“We have no cranes,” said Dave Kowalczyk, a docker.",
        "“It will take weeks,” David Kowalczyk said.",
        "“Prices will rise,” said Maria Del Rio, an economist.",
        "“Exports fall,” said Maria DelRio.",
    )
    assert sorted(s.quotes for s in found) == [2, 2, 2]
    spellings = [set(s.aliases) for s in found]
    for one_person in (
        {"A. J. Brandt", "A.J. Brandt"},
        {"Dave Kowalczyk", "David Kowalczyk"},
        {"Maria DelRio"},
    ):
        assert any(one_person <= aliases for aliases in spellings), one_person
    assert any({"Maria Del Rio", "Maria DelRio"} <= aliases for aliases in spellings)


def test_two_people_whose_surnames_differ_by_a_letter_and_first_names_differ_stay_two() -> None:
    found = speakers_of(
        "“The vote is lost,” said Anna Kowalski.",
        "“The vote is won,” said Peter Kowalsky.",
    )
    assert sorted(s.name for s in found) == ["Anna Kowalski", "Peter Kowalsky"]


def test_a_surname_spelled_otherwise_with_the_same_first_name_is_one_person() -> None:
    found = speakers_of("“We talk,” said Dmytro Kuleba.", "“We still talk,” said Dmytro Kuleva.")
    assert len(found) == 1 and found[0].quotes == 2


def test_a_family_name_first_alone_joins_the_one_full_name_it_opens() -> None:
    found = speakers_of(
        "“We will stop the tests,” said Kim Jong Un on Friday.\n\n“It is over,” Kim said later."
    )
    assert [(s.name, s.quotes) for s in found] == [("Kim Jong Un", 2)]


def test_a_relative_named_by_the_same_surname_lends_the_speaker_no_first_name() -> None:
    found = speakers_of(
        "President Kowalczyk and Anna Kowalczyk, the first lady, arrived on Monday.\n\n"
        "“We are glad to be here,” Kowalczyk said.",
        "“The talks went well,” said President Jan Kowalczyk.",
    )
    assert [(s.name, s.quotes) for s in found] == [("Jan Kowalczyk", 2)]


def test_a_clipped_first_name_a_nickname_and_a_transliteration_name_one_person() -> None:
    found = speakers_of(
        "“The ferry runs,” said Stan Wojcik, a skipper.",
        "“It runs late,” said Stanley Wojcik.",
        "“Fares rise,” said Bill Okonkwo.",
        "“Fares stay,” said William Okonkwo.",
        "“The strike ends,” said Giannis Papadakis.",
        "“The strike goes on,” said Yiannis Papadakis.",
    )
    assert sorted(s.quotes for s in found) == [2, 2, 2]
    spellings = [set(s.aliases) for s in found]
    for one_person in (
        {"Stan Wojcik", "Stanley Wojcik"},
        {"Bill Okonkwo", "William Okonkwo"},
        {"Giannis Papadakis", "Yiannis Papadakis"},
    ):
        assert any(one_person <= aliases for aliases in spellings), one_person


def test_a_short_form_needs_the_same_surname_and_other_first_names_stay_apart() -> None:
    found = speakers_of(
        "“The ferry runs,” said Bill Okonkwo.",
        "“It runs late,” said William Okonkwa.",  # a short form, but another surname
        "“Fares rise,” said Harry Ostrowski.",
        "“Fares stay,” said Larry Ostrowski.",  # one letter apart, not a romanisation: two names
    )
    names = sorted(s.name for s in found)
    assert names == ["Bill Okonkwo", "Harry Ostrowski", "Larry Ostrowski", "William Okonkwa"]


def test_two_surnames_two_letters_apart_are_two_people_though_the_first_names_agree() -> None:
    found = speakers_of(
        "“We will win Ohio,” said Ben Carsten.",
        "“We will win Iowa,” said Ben Cartier.",
        "“The scandal is old,” said Keith Kiedis.",
        "“It is new,” said Keith Keidis.",  # two letters swapped: one spelling mistake
    )
    assert sorted((s.name, s.quotes) for s in found if s.name.startswith("Ben")) == [
        ("Ben Carsten", 1),
        ("Ben Cartier", 1),
    ]
    assert [sorted(s.aliases) for s in found if s.quotes == 2] == [["Keith Keidis", "Keith Kiedis"]]


def test_an_office_glued_before_a_name_is_cut_and_the_person_is_listed_once() -> None:
    assert reader_name("Harbour Secretary Jan Wojcik") == "Jan Wojcik"
    assert reader_name("Speaker of the Sejm Rep. Anna Nowak") == "Anna Nowak"
    assert reader_name("Democrat Anna Nowak") == "Anna Nowak"
    assert reader_name("Gov. Wojcik") == "Wojcik"
    assert reader_name("Cornell William Brooks") == "Cornell William Brooks"  # no office before "William"
    assert reader_name("Homeland Security Investigations") == "Homeland Security Investigations"
    found = speakers_of(
        "“The port reopens,” said Harbour Secretary Jan Wojcik.",
        "“Ships wait,” said Jan Wojcik on Monday.\n\n“Not for long,” Wojcik added.",
    )
    assert [(s.name, s.quotes) for s in found] == [("Jan Wojcik", 3)]


def test_a_name_written_twice_with_a_hyphen_is_written_once() -> None:
    assert reader_name("Jane Roe-Jane Roe") == "Jane Roe"
    assert reader_name("Jean-Luc Roe") == "Jean-Luc Roe"
    assert reader_name("Dominique Strauss-Kahn") == "Dominique Strauss-Kahn"


def test_a_given_name_hyphened_or_spaced_is_one_person() -> None:
    speakers = speakers_of(
        "“We will open the site,” Kim Jong-un said on Friday.",
        "“The tests are over,” Kim Jong Un said in a statement.",
        "“The talks can go on,” Ri Yong-ho said in Pyongyang.",
        "“We are ready,” Ri Yong Ho said.",
    )
    names = {s.name: s.quotes for s in speakers}
    assert sorted(names.values()) == [2, 2], names
    assert any(n.startswith("Kim Jong") for n in names) and any(n.startswith("Ri Yong") for n in names)
    # a double-barrelled surname stays one surname: "Strauss-Kahn" is not "Kahn"
    speakers = speakers_of(
        "“I resign,” Dominique Strauss-Kahn said.",
        "“No comment,” Jane Kahn said.",
    )
    assert sorted(s.name for s in speakers) == ["Dominique Strauss-Kahn", "Jane Kahn"]


def test_a_word_opening_two_names_goes_to_the_one_its_article_names() -> None:
    speakers = speakers_of(
        "“The site is closed,” Kim Jong Un said. Later Kim said: “We are done testing.”",
        "“The envoy is welcome,” Kim Darroch said in London.",
    )
    names = {s.name: s.quotes for s in speakers}
    assert names == {"Kim Jong Un": 2, "Kim Darroch": 1}, names

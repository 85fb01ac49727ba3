"""The name and role a reader sees beside a speaker: one person's, as a reader writes them."""

from __future__ import annotations

from pathlib import Path

from corpus.quotes.reader_roles import reader_role


def _roles_of(tmp_path: Path, text: str) -> dict[str, str | None]:
    """Each speaker's name and role, in the order listed, in one article of ``text``."""
    from corpus.story import Story

    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return {s.name: s.role for s in Story.load(tmp_path).speakers()}


def test_a_group_s_description_is_no_one_person_s_role() -> None:
    assert reader_role("Producers") is None  # "Producers Jane Roe and John Doe called …"
    assert reader_role("his girlfriends") is None  # "one of his girlfriends, Jane Roe"
    assert reader_role("Oscar producer") == "Oscar producer"
    assert reader_role("a former vice president of global sales") == "a former vice president of global sales"
    assert reader_role("New York Times") == "New York Times"  # a name's last word, not a plural
    assert reader_role("head of news") == "head of news"


def test_a_possessive_that_opened_the_sentence_is_written_lower_case() -> None:
    assert reader_role("His sister") == "his sister"
    assert reader_role("Their lawyer") == "their lawyer"
    assert reader_role("Her") is None  # a determiner alone is a sentence's word, no role


def test_a_form_of_address_alone_is_no_role() -> None:
    assert reader_role("Mr.") is None  # "Mr. Roe said"
    assert reader_role("Mrs") is None
    assert reader_role("Dr.") == "Dr."  # says what someone is
    assert reader_role("Mr. President") == "Mr. President"


def test_the_job_of_one_speaking_for_the_named_is_not_theirs() -> None:
    assert reader_role("A spokesman", mention="A spokesman for Roe") is None
    assert reader_role("lawyer", mention="a lawyer to the Roe family") is None
    assert reader_role("agent", mention="Roe's agent, Jane Doe") == "agent"  # Jane Doe is the agent
    assert reader_role("spokesman", mention="spokesman Jane Doe") == "spokesman"
    held = "a spokesman for committee Democrats"
    assert reader_role("spokesman for committee", mention=held) is None


def test_the_speakers_list_gives_no_one_the_job_of_who_spoke_for_them(tmp_path) -> None:
    roles = _roles_of(
        tmp_path,
        'Jane Roe Sues\n\nMr. Roe said the suit was "long overdue and fully justified."\n\n'
        'A spokesman for Roe told reporters the filing was "only the first step of many."\n',
    )
    assert roles == {"Jane Roe": None}  # not "Mr.", not "spokesman"


def test_a_place_s_modifier_is_no_role() -> None:
    assert reader_role("New York-based") is None  # "New York-based Human Rights Watch"
    assert reader_role("Australian-born") is None
    assert reader_role("a Boston-based lawyer") == "a Boston-based lawyer"


def test_a_headline_in_capitals_glued_before_a_role_is_dropped() -> None:
    assert reader_role("DEADLY HARBOUR FIRE Port Authority chief") == "Port Authority chief"
    assert reader_role("NATO Secretary General") == "NATO Secretary General"
    assert reader_role("U.S. District Judge") == "U.S. District Judge"
    assert reader_role("U.S. EPA administrator") == "U.S. EPA administrator"


def test_a_cue_opening_the_sentence_is_no_role() -> None:
    assert reader_role("Said") is None  # "Said Jane Roe, who …"


def test_a_rank_before_a_name_is_not_part_of_it() -> None:
    from corpus.quotes.names import reader_name

    assert reader_name("Rear Admiral Jian Roe") == "Jian Roe"
    assert reader_name("Archbishop Aris Roe") == "Aris Roe"
    assert reader_name("Julie Bishop") == "Julie Bishop"  # a rank's word as a surname stays


def test_a_description_before_a_surname_is_no_full_name_of_it(tmp_path) -> None:
    roles = _roles_of(
        tmp_path,
        "Oscar-winner Roe not sure about the vote\n\n"
        "Actress Jane Roe is not sure she will vote at all.\n\n"
        "“I am going to see what happens,” Roe said.\n",
    )
    assert list(roles) == ["Jane Roe"]


def test_a_modifier_alone_is_no_role() -> None:
    assert reader_role("former") is None  # its noun went into the name: "former Gov. and Chairman Roe"
    assert reader_role("Public") is None  # "Public Advocate Jane Roe", the office's noun lost
    assert reader_role("former governor") == "former governor"


def test_a_role_is_not_read_across_another_person_s_name() -> None:
    role = "Sen. Jeff Stanton (R-AL) and former New York City Mayor"
    assert reader_role(role) == "former New York City Mayor"
    held = "California Department of Alcohol and Drug Program deputy director"  # a state, no person
    assert reader_role(held) == held
    assert reader_role("a former director of the Fish and Wildlife Service") == (
        "a former director of the Fish and Wildlife Service"
    )


def test_a_place_or_another_s_surname_is_no_role() -> None:
    text = "President Jane Roe spoke in Springfield. Clinton State Department officials said so."
    assert reader_role("Florida’s", text=text) is None  # "Florida’s Jane Doe"
    assert reader_role("Springfield", text=text) is None  # the article writes "in Springfield"
    assert reader_role("Roe", text=text) is None  # a titled person's surname
    assert reader_role("CNN", text=text) == "CNN"  # "CNN's Jane Doe": where she works
    assert reader_role("Fox", text=text) == "Fox"


def test_the_titles_a_name_s_cleaning_took_off_join_the_role(tmp_path) -> None:
    roles = _roles_of(
        tmp_path,
        "Streamify falls behind\n\nThe platform lost ground this year, analysts said.\n\n"
        '"That is what he did in the last two races," said former Pennsylvania Gov. and '
        "Democratic National Committee Chairman Edmund Randle.\n\n"
        '"We will not stop," said Sen. Jeff Stanton (R-AL) and former New York City Mayor '
        "Rudolph Gilliam.\n\n"
        '"It is a generational wipeout," said Florida’s Ricky Walson, a Republican political consultant.\n',
    )
    assert roles == {
        "Edmund Randle": "former Pennsylvania Gov. and Democratic National Committee Chairman",
        "Rudolph Gilliam": "former New York City Mayor",
        "Ricky Walson": None,
    }


def test_a_verb_opening_the_sentence_is_no_part_of_a_role() -> None:
    assert reader_role("Recall Sen.") == "Sen."  # "Recall Sen. Jane Roe said …"
    assert reader_role("Enter") is None  # "Enter The Daily Planet."
    assert reader_role("Meet the Press host") == "Meet the Press host"  # a show's name
    assert reader_role("House Speaker") == "House Speaker"


def test_another_party_joined_by_and_gives_no_role(tmp_path) -> None:
    roles = _roles_of(
        tmp_path,
        "Streamify and the emails\n\nThe review went on for months.\n\n"
        'Governor Jane Roe and the Streamify Foundation have asserted that the emails were "never '
        'classified at the time they were sent."\n',
    )
    assert roles.get("Streamify Foundation", "absent") is None  # not "Governor Jane Roe"


def test_a_name_of_three_words_is_given_whole_to_its_surname(tmp_path) -> None:
    roles = _roles_of(
        tmp_path,
        "Streamify hearing\n\nRep. Debbie Wasserman Quillfeather opened the hearing on Tuesday.\n\n"
        '"We will get answers," Wasserman Quillfeather said.\n\n'
        "Justice Ruth Bader Grimsby wrote the opinion.\n\n"
        '"The record is plain," Grimsby said.\n\n'
        "Photos: Ivanka Donald Trump\n\n"
        'Donald Trump spoke next. "It is over," Trump said.\n',
    )
    names = set(roles)
    assert "Debbie Wasserman Quillfeather" in names  # not "Wasserman Quillfeather"
    assert "Ruth Bader Grimsby" in names  # not "Bader Grimsby"
    assert "Donald Trump" in names  # not "Ivanka Donald Trump": two names run together


def test_a_courtesy_title_after_a_job_s_noun_is_no_part_of_the_job(tmp_path: Path) -> None:
    assert reader_role("Chairman Rep.") == "Chairman"  # "panel Chairman Rep. Jane Roe"
    assert reader_role("Senate Minority Leader Sen.") == "Senate Minority Leader"
    assert reader_role("Democratic Sen.") == "Democratic Sen."  # a modifier: the title is the job
    assert reader_role("retired Lt. Gen.") == "retired Lt. Gen."
    assert reader_role("Oregon State Police Lt.") == "Oregon State Police Lt."
    roles = _roles_of(
        tmp_path,
        "The hearing went on.\n\n"
        '"Subpoenas are not optional," committee Chairwoman Sen. Ann Kettlewell said after the hearing.\n',
    )
    assert roles == {"Ann Kettlewell": "committee Chairwoman"}


def test_a_capitalised_our_opening_an_organisation_s_name_is_part_of_it(tmp_path: Path) -> None:
    roles = _roles_of(
        tmp_path,
        "The caucus opened.\n\n"
        "Six delegates ran, but Our Future PAC, the best-funded group, said, “We will stop him at the "
        "convention, whatever it takes.”\n\n"
        "Our Revolution said, “Every vote matters now and we will show it in the fall.”\n\n"
        "“We are proud of him and of all of them,” Our President Mary Vasquez said.\n",
    )
    assert set(roles) == {"Our Future PAC", "Our Revolution", "Mary Vasquez"}


def test_a_role_set_off_after_the_name_a_cue_gives_is_the_speaker_s(tmp_path: Path) -> None:
    roles = _roles_of(
        tmp_path,
        "Acme Deal Draws Praise\n\n"
        "“We will not pay for it,” said Ann Colbert, a spokeswoman for the company. “Not now.”\n\n"
        "“We will win this one,” said Bill Nunesly, the union president, adding that talks would go on.\n\n"
        "“I am proud of the workers,” said Rita Ambrose, 45, a professor at Iowa who studies labour.\n\n"
        "“Nobody asked us about it,” said Anna Keslowe, who runs a shop nearby.\n\n"
        "“It was a long night for all,” said Tom Wexford, the first to arrive.\n",
    )
    assert roles == {
        "Ann Colbert": "a spokeswoman for the company",
        "Bill Nunesly": "the union president",
        "Rita Ambrose": "a professor at Iowa",  # the relative clause after it is no part of it
        "Anna Keslowe": None,  # a clause, no description
        "Tom Wexford": None,  # a description whose head is no job
    }


def test_a_given_name_alone_is_no_surname_spelled_otherwise(tmp_path: Path) -> None:
    roles = _roles_of(
        tmp_path,
        "A Day\n\n“Taylor had a tin ear for it,” said Thomas Davies, a historian.\n\n"
        "Clay’s biographers, Dana and Jeanne Heidlow, wrote that Taylor “had a tin ear and was wrong.”\n\n"
        "“She was right about him,” Dana said later.\n",
    )
    assert set(roles) == {"Thomas Davies", "Dana Heidlow"}  # "Dana" is not "Davies" spelled otherwise


def test_a_person_s_surname_as_an_owner_is_no_role(tmp_path: Path) -> None:
    roles = _roles_of(
        tmp_path,
        "A Day\n\nJane Roeberts founded the firm in 1990.\n\n"
        "Roeberts’s Acmeco has said “we are proud of what we built together over the years.”\n",
    )
    assert roles == {"Acmeco": None}
    assert reader_role("CNN’s") == "CNN"  # an outlet's possessive says where the speaker works


def test_a_hashtag_is_no_speaker(tmp_path: Path) -> None:
    roles = _roles_of(
        tmp_path,
        "Tweets\n\nOn Twitter, others used the hashtag #OpenDoorsTown to say “we have rooms for anyone "
        "who needs one tonight.”\n\n“We are full,” said Jane Roeberts, a hotel owner.\n",
    )
    assert roles == {"Jane Roeberts": "a hotel owner"}

"""The names a reader sees: non-name edges trimmed, non-names refused, one person listed once."""

from __future__ import annotations

from corpus.quotes.names import reader_name
from corpus.quotes.reader_roles import reader_role
from tests.article_reads import speakers_of


def test_sentence_openers_and_headline_words_are_trimmed_from_a_name() -> None:
    assert reader_name("Usually Acmecorp") == "Acmecorp"
    assert reader_name("Free Zorblify") == "Zorblify"
    assert reader_name("Zorblify Backs Away") == "Zorblify"
    assert reader_name("Zorblify Will") == "Zorblify"


def test_ordinary_words_alone_labels_and_datelines_are_no_name() -> None:
    for junk in (
        "Later",
        "Asked",
        "Citing",
        "Standing Up",
        "Admitting It",
        "BOMBSHELL DEVELOPMENT",
    ):
        assert reader_name(junk) is None, junk
    assert reader_name("Walk", text="He met Anna Walk in May.") == "Walk"  # a surname the article writes so
    dateline = "WASHINGTON — The vote in Washington was put off."
    assert reader_name("WASHINGTON", text=dateline) is None
    assert reader_name("BRUSSELS", text="BRUSSELS, Belgium — Talks resumed.") is None
    assert reader_name("MSNBC", text="MSNBC said it would air the debate.") == "MSNBC"


def test_names_made_of_ordinary_words_keep_them() -> None:
    assert (
        reader_name("Organization for Security and Cooperation")
        == "Organization for Security and Cooperation"
    )
    assert reader_name("Homeland Security Investigations") == "Homeland Security Investigations"
    assert reader_name("Supreme Court") == "Supreme Court"
    assert reader_name("Laurence Mark") == "Laurence Mark"
    assert reader_name("NATO") == "NATO"
    assert reader_name("De Blasio") == "De Blasio"


def test_an_ordinary_word_the_article_writes_capitalised_inside_a_sentence_is_part_of_the_name() -> None:
    text = "Ban Ki-moon spoke first. The talks, said Secretary-General Ban Ki-moon, went well."
    assert reader_name("Ban Ki-moon", text=text) == "Ban Ki-moon"
    assert reader_name("Activist Dorota Zielinska", text="The activist Dorota Zielinska left.") == (
        "Dorota Zielinska"
    )


def test_a_job_title_opening_a_name_is_cut() -> None:
    assert reader_name("Coach Dorota Zielinska", text="Coach Dorota Zielinska said so.") == "Dorota Zielinska"
    assert reader_name("Prosecutor Jan Nowak", text="Prosecutor Jan Nowak left.") == "Jan Nowak"


def test_a_surname_that_is_a_title_s_word_stays_before_a_suffix() -> None:
    # "King", "Bishop", "Judge" are titles' words too: before "Jr." or "III" they are the surname
    text = "Ken Bishop Jr. coached the team. Martin Luther King III spoke after him."
    assert reader_name("Ken Bishop Jr.", text=text) == "Ken Bishop Jr."
    assert reader_name("Martin Luther King III", text=text) == "Martin Luther King III"
    assert reader_name("Coach Ken Bishop Jr.", text="Coach Ken Bishop Jr. said so.") == "Ken Bishop Jr."
    found = speakers_of("“We are proud of the team,” Ken Bishop Jr. said after the game on Saturday night.")
    assert [s.name for s in found] == ["Ken Bishop"]


def test_two_offices_joined_by_a_hyphen_are_cut_like_one() -> None:
    text = "Steelworkers Secretary-Treasurer Gary Roeland met the owners. Vice-Chair Dana Whitford did not."
    assert reader_name("Steelworkers Secretary-Treasurer Gary Roeland", text=text) == "Gary Roeland"
    assert reader_name("Vice-Chair Dana Whitford", text=text) == "Dana Whitford"
    # a hyphened given name before another is the person's own
    assert (
        reader_name("Jean-Pierre Marie Duval", text="Jean-Pierre Marie Duval left.")
        == "Jean-Pierre Marie Duval"
    )
    found = speakers_of(
        "“The plant will stay open,” said Steelworkers Secretary-Treasurer Gary Roeland on Friday."
    )
    assert [s.name for s in found] == ["Gary Roeland"]


def test_an_abbreviated_rank_s_period_ends_no_sentence_before_the_name() -> None:
    for rank in ("Pvt.", "Cpl.", "Brig. Gen.", "Msgr.", "Fr.", "the Hon."):
        body = f"“The road will stay closed until Friday,” said {rank} Dana Whitford, who leads the crew."
        found = speakers_of(body)
        assert [(s.name, s.role) for s in found] == [("Dana Whitford", rank.removeprefix("the "))], rank


def test_neighbours_glued_to_a_name_are_cut() -> None:
    assert reader_name("France Jane Roe", text="the U.S. Ambassador to France Jane Roe") == "Jane Roe"
    assert reader_name("Cornell William Brooks") == "Cornell William Brooks"
    assert reader_name("Jane Roe Roe") == "Jane Roe"
    assert reader_name("2016 Acmecorp") == "Acmecorp"
    assert reader_name("2016") is None
    assert reader_name("Korea's Kim") == "Kim"
    assert reader_name("Acmecorp’s") == "Acmecorp"


def test_a_headline_word_before_a_quoted_organisation_is_not_its_first_name() -> None:
    found = speakers_of(
        "Free Zorblify users will see ads.\n\n“We screwed up,” Zorblify said on Friday.\n\n"
        "Later, the company said it would “keep listening.”"
    )
    assert [s.name for s in found] == ["Zorblify"]


def test_a_role_that_is_an_owner_loses_its_possessive_mark() -> None:
    assert reader_role("CNN’s") == "CNN"
    assert reader_role("New York Times'") == "New York Times"
    assert reader_role("Interior Secretary") == "Interior Secretary"


def test_a_lone_word_the_article_never_uses_as_a_name_is_no_speaker() -> None:
    for junk, text in (
        ("Malibu", "The actress entered a Malibu clinic on Tuesday."),
        ("Constitution", "The Constitution requires a count of every person."),
        ("War", "The post-Civil War amendments changed the count."),
        ("Somalian", "They had 26 crewmen aboard, all Somalian nationals."),
        ("Rainy Nights", "Rainy Nights: the shop closes early."),
    ):
        assert reader_name(junk, text=text) is None, junk


def test_a_lone_word_the_article_uses_as_a_name_is_a_speaker() -> None:
    for name, text in (
        ("Acmecorp", "Acmecorp said it would appeal."),  # the subject of a reporting verb
        ("Zadan", "Zadan and Meron added that the show goes on."),
        ("Okafor", "“No,” said Rep. G.K. Okafor (D-N.C.)."),  # after a title and initials
        ("Okafor", "Chidi Okafor spoke first."),  # after a given name
        ("Okafor", "Okafor, a former senator, left."),  # a role describes it
        ("Penny", "The shop was quiet."),  # a given name alone
        ("NATO", "The alliance met."),  # an acronym
        ("LinkedIn", "The site grew."),  # a capital inside the word: a brand's name
        ("Democrats", "A Democrat won the seat."),  # a group the article names one of
        ("Human Rights Watch", "Human Rights Watch said the vote was fair."),
    ):
        assert reader_name(name, text=text) == name, name


def test_ordinary_words_of_a_heading_are_no_speaker_though_a_name_ends_with_their_last() -> None:
    text = "**Rainy Nights**\n\n“How was your day?” she asks.\n\nThe Stardew Nights are long."
    assert reader_name("Rainy Nights", text=text) is None


def test_an_outlet_s_possessive_before_a_reporter_s_name_is_cut() -> None:
    assert reader_name("Reuters’ Michael Paulsonn") == "Michael Paulsonn"
    assert reader_name("Times' David Bylerr") == "David Bylerr"


def test_a_descriptor_before_a_name_and_a_stray_mark_after_it_are_cut() -> None:
    assert reader_name("Oscar-winner Zorbic") == "Zorbic"
    assert reader_name("Emmy-nominated Jane Zorbic") == "Jane Zorbic"
    assert reader_name("Carlos Lopez-Zorbic") == "Carlos Lopez-Zorbic"
    assert reader_name("Jane Zorbic'") == "Jane Zorbic"


def test_a_sentence_s_words_are_no_role() -> None:
    assert reader_role("Continues to") is None
    assert reader_role("congressman.") == "congressman"
    assert reader_role("Retired Lt. Gen.") == "Retired Lt. Gen."
    assert reader_role("German Chancellor") == "German Chancellor"


def test_a_person_s_affiliation_after_of_is_cut_and_an_organisation_s_name_kept() -> None:
    assert reader_name("Marco Zorbic of Florida") == "Marco Zorbic"
    assert reader_name("Bank of Zorbia") == "Bank of Zorbia"
    assert reader_name("University of New Zorbia") == "University of New Zorbia"


def test_what_the_ranker_puts_in_the_rules_place_needs_the_article_to_name_someone() -> None:
    from corpus.quotes.name_evidence import names_someone
    from corpus.quotes.names import shipped_tables

    tables = shipped_tables()
    text = (
        "The band played Dreamboat Annie twice. Fans drove in from Los Angeles for the show.\n\n"
        "“It was loud,” wrote Times critic Jane Roe. Veska Tarrow, the promoter, was pleased. "
        "Tarrow said the tour goes on."
    )
    assert not names_someone("Dreamboat Annie", 0, text, tables)  # a song: its last word a given name
    assert not names_someone("Los Angeles", 0, text, tables)  # a place
    assert names_someone("Times critic Jane Roe", 0, text, tables)  # a given name before the surname
    assert names_someone("Veska Tarrow", 0, text, tables)  # the surname alone says something


def test_a_pronoun_with_a_verb_glued_on_is_no_name() -> None:
    assert [reader_name(n) for n in ("I’m", "We're", "They’ll", "Jane Roe")] == [None, None, None, "Jane Roe"]


def test_everyday_words_political_news_rarely_uses_are_no_name() -> None:
    # "cave", "carrot" are seldom in PolNeAR: the dictionary's lower-case words say they are ordinary;
    # "mezcal", in no table, the article writes in lower case itself
    text = "The Cave Carrot grows in mines. Cave Carrot is rare. Mezcal Soup (with no mezcal) is hot soup."
    assert reader_name("Cave Carrot", text=text) is None
    assert reader_name("Carrot", text=text) is None
    assert reader_name("Mezcal Soup", text=text) is None
    # a name the news writes capitalised stays one, though the dictionary has the word
    text = "The Times reported it. Jane Roe of the Times said so."
    assert reader_name("Times", text=text) == "Times"


def test_a_demonstrative_or_question_word_is_no_name() -> None:
    text = "Blue Hydrangeas That bloom late. That's why he waits. What he said was odd."
    assert reader_name("That's", text=text) is None
    assert reader_name("Hydrangeas That", text=text) is None
    assert reader_name("What", text=text) is None


def test_a_title_before_a_given_name_from_the_census_is_cut() -> None:
    # "Alfredo", "Gerry" are US Census first names; "Supervisor", "Rabbi" dictionary words before them
    text = "Napa County Supervisor Alfredo Pedroza said the fire was out. Rabbi Gerry Tamsin agreed."
    assert reader_name("Supervisor Alfredo Pedroza", text=text) == "Alfredo Pedroza"
    assert reader_name("Rabbi Gerry Tamsin", text=text) == "Gerry Tamsin"


def test_ordinary_words_running_up_to_a_link_name_an_organisation() -> None:
    text = "The Southern District Court of New York ruled. It said the case was closed."
    court = "Southern District Court of New York"
    assert reader_name(court, text=text) == court
    # a rarer dictionary word opening a name is the name's own, not a sentence's opener
    text = "Downing Street said the talks went well. Officials agreed."
    assert reader_name("Downing Street", text=text) == "Downing Street"
    assert reader_name("Usually Acmecorp", text="Usually Acmecorp said no.") == "Acmecorp"


def test_a_role_after_the_comma_names_someone_whose_given_name_no_table_has() -> None:
    from corpus.quotes.name_evidence import names_someone
    from corpus.quotes.names import shipped_tables

    tables = shipped_tables()
    text = "“Our agents stop cargo,” Ostavio Quelling, Director of the Air and Marine Branch. “We act.”"
    assert names_someone("Ostavio Quelling", 0, text, tables)
    text = "“Our agents stop cargo,” Ostavio Quelling. “We act.” Quelling is a river."
    assert not names_someone("Ostavio Quelling", 0, text, tables)


def test_a_party_or_people_before_its_members_names_is_no_part_of_them() -> None:
    text = "Republicans Kolly of Indian Shores and Danvers of Ponte Vedra agree. Kolly said no."
    assert reader_name("Republicans Kolly", text=text) == "Kolly"
    text = "Syrians Ahmad Kassem and Ali Said left."
    assert reader_name("Syrians Ahmad Kassem", text=text) == "Ahmad Kassem"
    # a group after a word is the group's own name
    text = "Latino Republicans said they would vote. Latino Republicans met."
    assert reader_name("Latino Republicans", text=text) == "Latino Republicans"


def test_a_surname_that_is_an_ordinary_word_is_the_speaker_and_the_sentence_opener_is_not() -> None:
    speakers = speakers_of(
        "Rep. Billy Long said on Monday that the bill was dead. “It will not pass,” Long said.\n\n"
        "Long after the vote, the mood was grim. “We will see,” he said.\n\n"
        "Long before that, “we had hope,” Mary Hart said."
    )
    assert {s.name: s.quotes for s in speakers} == {"Billy Long": 2, "Mary Hart": 1}


def test_a_role_read_across_a_sentence_keeps_the_last_sentences_words() -> None:
    assert reader_role("Interior Secretary Jane Rowland. Commerce Secretary") == "Commerce Secretary"
    assert reader_role("chairman of Our") is None  # a determiner ends no role
    assert reader_role("Retired Lt. Gen.") == "Retired Lt. Gen."  # abbreviations end no sentence
    assert reader_role("U.S. Vice Adm.") == "U.S. Vice Adm."


def test_a_word_that_is_only_the_object_of_a_preposition_is_no_speaker() -> None:
    # a verb after "from X and" is the sentence subject's, not the place's
    text = "He wrote that rapists from Mexico and demands that the border be closed."
    assert reader_name("Mexico", text=text) is None
    # the same word as a reporting verb's own subject is a speaker (a country speaks through its government)
    assert reader_name("Mexico", text="Mexico said it would appeal the tariff.") == "Mexico"
    # "the head of Acmecorp said": the head said it, not the company
    assert reader_name("Acmecorp", text="The head of Acmecorp said the plan was sound.") is None
    # but one who speaks for it speaks in its name
    assert reader_name("Acmecorp", text="A spokesman for Acmecorp said the plan was sound.") == "Acmecorp"
    assert reader_name("Acmecorp", text="A statement from Acmecorp said the store will reopen.") == "Acmecorp"
    # a clause after "after" or "with" has the name as its subject
    assert reader_name("Acmecorp", text="After Acmecorp said no, the talks ended.") == "Acmecorp"


def test_an_organisation_word_alone_needs_the_article_to_use_it_as_a_speaker() -> None:
    assert reader_name("Navy", text="The name was covered on a Navy ship last year.") is None
    assert reader_name("Navy", text="The Navy said the ship would sail.") == "Navy"
    # the word after "the" names the institution itself
    assert reader_name("Kremlin", text="In recent years, the Kremlin has adapted its tactics.") == "Kremlin"
    # an organisation's longer name is one with the word alone
    assert reader_name("Acme Group", text="Shares of Acme Group rose.") == "Acme Group"


def test_a_given_name_the_article_only_writes_after_an_owner_is_no_speaker() -> None:
    text = "**Spirit's Eve**\n\n“The vapor from this cauldron makes my head spin.”"
    assert reader_name("Eve", text=text) is None
    # a surname written after a possessive is no surname written after a given name
    assert reader_name("Cupp", text="The team won America's Cupp twice.") is None
    assert reader_name("Eve", text="Eve smiled. “The vapor makes my head spin.”") == "Eve"


def test_a_given_name_after_each_owner_s_mark_is_a_thing_s_name() -> None:
    # a singular and a plural owner's mark, straight and curly: each read before the name
    for owner in ("Spirit's", "Spirit’s", "the Hendersons'", "the Hendersons’"):
        text = f"The sailors waited all spring for {owner} Penny to leave the harbour."
        assert reader_name("Penny", text=text) is None, owner
        text += " “We sail at dawn,” Penny said."
        assert reader_name("Penny", text=text) == "Penny", owner
    # a mark before another word than the name takes nothing from it
    assert reader_name("Penny", text="At Spirit's inn, Penny said the boats were late.") == "Penny"


def test_ordinary_words_opening_with_a_preposition_are_no_name() -> None:
    for junk in ("After Group", "During Session", "Before Launch"):
        assert reader_name(junk, text=f"**{junk} 10 Heart Event**\n\nThe farm is quiet.") is None, junk
    assert reader_name("Supreme Court", text="The Supreme Court said no.") == "Supreme Court"


def test_an_office_of_a_place_or_a_field_with_no_one_named_is_no_name() -> None:
    for office in ("CEO of California", "Minister of Finance", "Director of Research"):
        assert reader_name(office) is None, office
    # organisations "of" something are speakers; an office before a person's name is cut
    assert reader_name("Department of Justice") == "Department of Justice"
    assert reader_name("Bank of America") == "Bank of America"
    assert reader_name("Chief of Staff Reince Priebus") == "Reince Priebus"


def test_a_field_of_study_or_an_abstract_noun_is_a_thing_not_a_speaker() -> None:
    for thing in ("Neuroscience", "Criminology", "Deregulation of Wall Street", "Enforcement of the Rules"):
        assert reader_name(thing) is None, thing
    # organisations and groups made of such words keep them
    for name in ("Department of Education", "Supporters of Sanders", "Coalition of Immokalee Workers"):
        assert reader_name(name) == name, name
    found = speakers_of(
        "Neuroscience tells us that “most of the work is done out of sight”.\n\n"
        "Deregulation of Wall Street was the cause, he notes: “the single most important cause”."
    )
    assert found == []


def test_an_award_or_a_versioned_product_is_a_thing_not_a_speaker() -> None:
    award = (
        "Lena Dorn hosted the gala, for which she received a Primetime Emmy nomination for "
        "“Outstanding Performance in a Variety Program.” She is a double-digit Emmy winner."
    )
    assert reader_name("Primetime Emmy", text=award) is None
    assert reader_name("Emmy", text=award) is None  # the award's last word alone
    product = "Moving from Python 2 to Python 3 took years. Python says “explicit is better”."
    assert reader_name("Python", text=product) is None
    # a person the article names by a given name keeps the name, numbers after it or not
    person = "Jane Roe 2 was a film. Jane Roe said it was “fine”. Roe 3 is next."
    assert reader_name("Roe", text=person) == "Roe"
    assert reader_name("Emmy Rossum", text="Emmy Rossum said it was “a joy”.") == "Emmy Rossum"
    # who speaks through a publication, a document or an aide written after "a" keeps the name
    assert reader_name("Times", text="A Times article hailed him: “a comeback”.") == "Times"
    assert reader_name("Jane Roe", text="“No comment,” said a Jane Roe spokesman.") == "Jane Roe"
    aide = "“We will see,” said a former aide Jane Roe."
    assert reader_name("Jane Roe", text=aide) == "Jane Roe"


def test_a_product_takes_two_version_numbers_after_its_name() -> None:
    once = "Moving to Python 3 took years. Python says “explicit is better”."
    assert reader_name("Python", text=once) == "Python"  # one number may be a score or a year
    shares = "Python 2% and Python 3, percent aside. Python says “explicit is better”."
    assert reader_name("Python", text=shares) == "Python"  # "2%" is no version
    glued = "MiniPython 2 and MiniPython 3 came out. Python says “explicit is better”."
    assert reader_name("Python", text=glued) == "Python"  # another word's end, not the name
    counted = "Python 2, Python 3.6 and Python 3.7 came out. Python says “explicit is better”."
    assert reader_name("Python", text=counted) is None


def test_a_common_noun_after_a_company_s_word_is_no_surname() -> None:
    # the article writes the word lower case too ("game"): after a capitalised word that is no given
    # name nor title ("Paintbucket Games") it ends a company's name, and alone it opens a sentence
    text = (
        "**Developer** Paintbucket Games\n\nThis game is bleak. Games usually seek to soften it, by "
        "saying little more than “shoot everyone”. Paintbucket Games refuses to flinch."
    )
    assert reader_name("Games", text=text) is None
    # a surname that is a common word too keeps its evidence after a given name ("Bettie Page")
    page = "Bettie Page posed for the front page. “I was shy,” Page said."
    assert reader_name("Page", text=page) == "Page"

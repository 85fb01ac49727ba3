"""The lexicon of reported speech: every word class the quote code reads, once, with the regexes
made from them. Reporting verbs, and the words that make a phrase next to them a name, a role, a
pronoun, an outlet or an organisation; :mod:`corpus.quotes.phrases` and :mod:`corpus.quotes.roles`
hold the grammar that reads phrases with them."""

from __future__ import annotations

import re

from corpus.ingest.calendar import MONTHS, NEWS_MONTH_ABBREVIATIONS, WEEKDAYS
from corpus.quotes.lexicon.name_words import (
    FIRST_NAMES_HE,
    FIRST_NAMES_LIKE_NATIONALITIES,
    FIRST_NAMES_SHE,
    JOINED_ARTICLES,
    NAME_PARTICLES,
    NATIONALITIES,
    NATIONALITY,
    NATIONALITY_ABBREVIATIONS,
    NATIONALITY_ENDINGS,
    PLACE_QUALIFIERS,
    ends_as_plural,
    has_joined_article,
    is_nationality,
)
from corpus.quotes.lexicon.retort_cues import RETORT_CUES
from corpus.quotes.lexicon.wordsets import dotted, trie_pattern, with_and_without_period, words

# --- Cue verbs ---------------------------------------------------------------------------------

_FINITE = (
    "said says say told tells added adds warned warns joked jokes asked asks declared declares urged urges "
    "promised promises hailed hails wrote writes tweeted tweets stated states explained explains noted notes "
    "insisted insists argued argues claimed claims replied replies responded responds answered answers "
    "recalled recalls conceded concedes acknowledged acknowledges admitted admits announced announces "
    "stressed stresses emphasized emphasised emphasizes quipped quips charged charges complained complains "
    "predicted predicts vowed vows pledged pledges boasted boasts posted posts commented comments "
    "remarked remarks observed cautioned cautions countered counters asserted asserts contended contends "
    "maintained maintains exclaimed shouted yelled continued continues mocked reiterated reiterates "
    "called calls described describes dubbed labeled labelled branded termed "
    "suggested suggests concluded concludes agreed agrees "
    "wondered wonders mused muses bragged brags lamented laments griped gripes opined "
    "testified testifies shot retorted snapped sniped scoffed read reads reported reports sings sang "
    "criticized criticised blasted slammed praised denounced touted lauded accused attacked "
    "chanted chants texted emailed demanded demands questioned challenged "
    "yells shouts exclaims scolded scolds thundered thunders"
).split()
# Plural nouns as often as verbs ("Bill Clinton's comments"): not cues.
_NOUN_LIKE = words(
    "comments remarks notes claims charges answers calls states posts counters vows pledges promises "
    "tweets jokes quips concludes agrees continues shot"
)
_PARTICIPLES = words(
    "saying telling adding warning joking asking declaring urging promising hailing writing tweeting "
    "stating explaining noting insisting arguing claiming replying responding recalling conceding "
    "acknowledging admitting announcing stressing emphasizing emphasising quipping charging complaining "
    "predicting vowing pledging boasting commenting calling describing dubbing labeling labelling "
    "branding terming suggesting mocking cautioning asserting chanting shouting yelling"
)
LEARNED_CUES = words("notes accuses accused blamed blames cited cites remarked") | {
    "pointed out",
    "points out",
}
LEARNED_CUES |= RETORT_CUES
LEARNED_PARTICIPLES = words("accusing remarking")
"""Reporting verbs counted in PolNeAR train's Cue spans of direct quotes (``train/cue_words.py``) that
the list above lacked: at least 4 direct quotes' cue and a Cue in at least half the places the article
writes the word ("notes": 13 direct quotes, a Cue for 20 of its 33 uses; "blamed" 5, 14 of 22;
"cited" 4, 27 of 44; "accuses" 6, 6 of 11; "remarking" 4, 5 of 7; "pointed out" 4 and "points out" 2,
13 and 6 Cues) and their other forms. Tried and left out: "citing" (6, 29 of 33: no change on train).
"shot back" and other replies: :mod:`corpus.quotes.lexicon.retort_cues`."""
PARTICIPLES = _PARTICIPLES | LEARNED_PARTICIPLES
CUE_WORDS = frozenset(w for w in _FINITE if w not in _NOUN_LIKE) | PARTICIPLES | LEARNED_CUES
"""Reporting verbs, finite and -ing: the words a quote's cue is."""
FINITE_CUES = frozenset(_FINITE) | LEARNED_CUES
"""Every finite reporting verb, the forms that may be nouns too ("states", "calls", "notes"): after a
subject pronoun ("it states", "what it calls") they are verbs."""
INVERTIBLE_CUES = words(
    "said says added adds wrote writes continued explained declared replied answered responded noted "
    "recalled insisted argued asked asks quipped joked warned reported read reads"
)
"""Cues whose inverted subject may follow them (`said Smith`); `told CBS` names the listener instead."""
CUES_BEFORE_A_QUOTE = "said says say told added adds asked asks wrote writes tweeted declared".split()
"""Cues after which a quote opens a clause of its own (`he said “We …`): quotes read before cues are."""
SPEECH_NOUNS = (
    "claim claims statement statements remark remarks comment comments assertion assertions words "
    "promise pledge vow warning argument description accusation accusations charge suggestion "
    "insistence contention boast prediction declaration characterization complaint"
).split()
"""Nouns for something said, owned by its speaker (`Trump's claim that …`)."""

# --- Words between and around subjects -----------------------------------------------------------

CUE_FILLERS = words(
    "also has had have was were is would will could may might then later earlier previously once "
    "further reportedly repeatedly recently again simply flatly quickly just even only often "
    "already long never first initially publicly privately bluntly angrily pointedly "
    "separately subsequently immediately himself herself itself themselves still however"
)
"""Auxiliaries and adverbs that sit between a subject and its cue ("Dmitry Peskov has also said")."""
TIME_PREPOSITIONS = words("in on at last this")
"""Prepositions of a time between subject and cue ("Trump on Monday said")."""
TIME_NOUNS = ("week", "month", "year", "morning", "afternoon", "evening", "night")
DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS)
TIME_WORDS = DATE_WORDS | frozenset(TIME_NOUNS)
"""Words of a time ("on Monday", "last week")."""
TIME_OPENING_WORD = (
    "(?:"
    + "|".join(
        [w.capitalize() for w in (*WEEKDAYS, *MONTHS)]
        + [re.escape(a.capitalize() + ".") for a in NEWS_MONTH_ABBREVIATIONS]
        + list(TIME_NOUNS)
        + [r"\d{1,4}(?:st|nd|rd|th)?"]
    )
    + ")"
)
"""A regex for one word of a time opening a sentence ("On September 27", "Last week", "In 2015")."""
SHARE_WORDS = words("percent per cent % majority third quarter half")
"""A share of a group as a subject: "52 percent of voters said", "a majority of respondents said"."""
SHARE_QUALIFIERS = words("only just about nearly almost some over under roughly fully")
MODIFIER_PREPOSITIONS = words("through in on at near outside inside across along around from of")
"""The preposition after a participle modifier: "Protesters marching through the streets chanted"."""
PREPOSITIONS = words("by at in on with for from to as about into off over under after during out up")
"""A participle opening a sentence before one of these opens a clause ("Reached by telephone, …")."""
ASIDE_PREPOSITIONS = words("in on at to from with by into about against during")
"""Prepositions whose object, closing an aside before a cue, is no subject of it (`Clinton, also
campaigning in Wisconsin, said`); not "of" and "for", which build a role ("a spokeswoman for Roe")."""
OBJECT_PREPOSITIONS = words("of from to in on at into for by about over under during")
"""Prepositions that make the name after them the object of a phrase, not a verb's subject: in "the
head of Acme said", "rapists from Mexico and demands" the verb is another word's. Not those that open
a clause whose subject the name is ("after Roe said", "with Roe saying", "as Roe put it")."""
PRONOUNS = words("he she they it we i you who which")
SUBJECT_PRONOUNS = words("he she they it i we")
"""Pronouns that can be the subject of a cue after a quote (`“…?” she asks`)."""
DEMONSTRATIVES = words("that this these those")
PERSONAL_PRONOUNS = words("he she i")
"""Pronouns that stand for a person (a speaker found through one is a person; "they" may be a group)."""
POSSESSIVE_ENDINGS = ("’s", "'s")
"""The endings of a possessive as articles write it, curly or straight ("Roe’s", "Roe's")."""
FIRST_PERSON_POSSESSIVES = ("my", "our")
"""The writer's (or a name's own) possessive determiners: "my friend", "Our Revolution"."""
ARTICLES = ("the", "a", "an")
DETERMINERS = frozenset(ARTICLES) | words("his her their its another one some two three several our my your")
PARTY_MEMBERS = words("republican democrat conservative liberal libertarian independent")
"""Nouns of a party's member: no one's name ("an Iowa Democrat", "one senior Republican")."""
INDEFINITE_DETERMINERS = words("a an one another")
"""Determiners of someone not named: capitalised words after them are a description ("an Iowa Democrat")."""
DESCRIPTION_OPENERS = words("a an the one another his her their its some two several")
"""Words a short description before a cue opens with (`“…?” a narrator in the ad asks`)."""
SOURCE_OPENERS = frozenset(ARTICLES) | words("his her its their")
"""Lower-case words a source after `per` may open with (`per the party's bylaws`)."""
LINK_WORDS = words("of to for the and")
NAME_JOINS = words("and & of for in")
"""Words inside a chunk of capitalised words ("in" only inside an organisation: see
:func:`corpus.quotes.roles.org_goes_on`)."""
NUMBER_WORDS = words(
    "one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety "
    "dozen hundred"
)
PLURALS_WITHOUT_S = words("police people")
"""Plural nouns that do not end in -s ("Police said")."""
PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")
"""Endings of plural nouns of people or agents ("Demonstrators chanting “thieves, thieves”",
"Protesters", "Students", "Migrants", "marchers and spectators chanting"): a group that may speak,
though PolNeAR's Sources hold too few of each to learn it as a head."""
NUMERALS = words("thousands millions billions dozens tens scores")
"""Plural numbers ("Hundreds of stores"): a number, not a group that speaks."""
NON_NAME_WORDS = DATE_WORDS | words(
    "but and while when as meanwhile however in on at if after before since although though so then "
    "also still yet now today yesterday tonight earlier later this that these those it there here what "
    "which why how where asked speaking according for with by from into over under during despite "
    "not no instead indeed thus hence once last next "
    "many some most all both each every other such only even just well yes oh following "
    "amid without within among through throughout unlike like given including more less fewer "
    "because unless until whether besides otherwise nearby outside inside below above beyond behind "
    "across along around against toward towards upon via except somehow perhaps maybe probably surely "
    "too either neither few moreover furthermore additionally nevertheless nonetheless therefore "
    "likewise anyway regardless someone somebody anyone anybody everyone everybody nobody something "
    "anything everything nothing no-one noone none"
)
"""Capitalised words that start sentences or clauses but never belong to a name (indefinite pronouns
too: "Someone called it a “quiet revolution”" names no one)."""
SUBORDINATORS = words("when while after before because if although though since until unless")
CLAUSE_JOINS = words("and but or while as then also")
CLAUSE_OPENERS = SUBORDINATORS | CLAUSE_JOINS | words("that which who whom what where how why")
"""Words that may open a clause whose subject follows them (`what officials called a “hate crime”`)."""
"""Words that join a second verb to the first one's subject ("I laughed and said")."""
FUNCTION_WORDS = words("and or but to that what who which when while as if because he she they it")
"""Words no short description holds (`“…?” a narrator asks`, not `“…?” and then she asks`)."""
STATEMENT_STOP_WORDS = words(
    "the a an of to and in on for that this is are was were be been it its we they he she i you our "
    "their his her at by with from as but or not so have has had will would could should there"
)
"""Words too common to tell two statements apart."""
TITLE_CASE_SMALL_WORDS = words("of the and a an in on to for with at by from or vs")
"""Small words a title in title case leaves in lower case ("Guardians of the Galaxy")."""

# --- Titles and roles --------------------------------------------------------------------------

DOTTED_ONLY_TITLES = ("del",)
"""Titles abbreviated only with their period: "Del. Stacey Plaskett" (a territory's delegate in the
U.S. House); "Del" alone opens names ("Maria Del Rio")."""
COURTESY_TITLES = ("mr", "mrs", "ms", "dr")
"""Written before a name with or without a period."""
POLITICAL_TITLES = ("sen", "rep", "gov")
"""Senator, Representative, Governor: abbreviated, with or without a period."""
MILITARY_TITLES = ("gen", "lt", "col", "sgt", "capt")
_OTHER_ABBREVIATIONS = "st jr sr prof no atty dist det supt insp adm cmdr maj rev asst".split()
RANK_ABBREVIATIONS = "brig pvt cpl pfc spc ens msgr fr hon pres".split()
"""Abbreviated ranks and titles of address ("Brig. Gen.", "Pvt.", "Msgr.", "Fr.", "the Hon."), which
nameparser's title list has and these lists lacked (``bench/nameparser_check.py``): without them the
period after one ended the sentence before the name, and "said Pvt. Jane Roe" was said by "Pvt"."""
ABBREVIATIONS_BEFORE_A_NAME = [
    *(
        w.capitalize()
        for w in (
            *COURTESY_TITLES,
            *POLITICAL_TITLES,
            *DOTTED_ONLY_TITLES,
            *MILITARY_TITLES,
            *_OTHER_ABBREVIATIONS,
            *RANK_ABBREVIATIONS,
        )
    ),
    "vs",
]
"""Abbreviations, as written, whose period ends no sentence ("Dist. Atty. Steve Cooley", "No. 2")."""
HONORIFICS = with_and_without_period(COURTESY_TITLES) | {"miss"}
"""Words that make a phrase a person's ("Mr. Jackman")."""
OFFICE_TITLES = words(
    "president chancellor minister ambassador spokesman spokeswoman senator governor mayor "
    "secretary-general secretary king queen prince"
)
PERSON_TITLES = (
    with_and_without_period(COURTESY_TITLES)
    | dotted(("prof", "gen", *POLITICAL_TITLES, *DOTTED_ONLY_TITLES))
    | OFFICE_TITLES
)
"""Titles of a person: a word after one is a name, not an organisation's."""
TITLES = (
    PERSON_TITLES
    | HONORIFICS
    | dotted((*MILITARY_TITLES, *POLITICAL_TITLES, *DOTTED_ONLY_TITLES, "rev", "fr"))
    | words(
        "secretary representative chairman chairwoman chair director chief commissioner judge justice "
        "producer producers head leader attorney lawyer "
        "spokesperson agent publicist counsel deputy officer professor sheriff constable inspector rev "
        "undersheriff detective detectives actor actress receptionist pensioner commodore councilman "
        "councilwoman"
    )
)
"""Words that name a person's position: a chunk of capitalised words starting with one is about a person."""
TITLES_BEFORE_SURNAMES = dotted(
    (
        *COURTESY_TITLES,
        *POLITICAL_TITLES,
        *DOTTED_ONLY_TITLES,
        "gen",
        "sgt",
        "lt",
        "capt",
        "det",
        "rev",
        "prof",
    )
)
"""Abbreviated titles written before a surname: the word after one is a person's."""
TITLED_NAME_WORDS = (
    "Mr Mrs Ms Dr Sen Rep Gov Gen President Chancellor Minister Secretary-General Secretary "
    "spokesman spokeswoman spokesperson Ambassador Senator Governor Mayor Leader Speaker Chairman "
    "King Queen"
).split()
"""Titles, as written, that an article puts before a person's name ("President Vladimir Putin")."""
NAME_TITLES = with_and_without_period((*COURTESY_TITLES, "prof")) | {"sir", "dame"}
"""Titles a speaker's name is known without ("Mr. Smith" is Smith)."""
NAME_SUFFIXES = with_and_without_period(("jr", "sr")) | {"ii", "iii", "iv"}
HE_WORDS = with_and_without_period(("mr",)) | words(
    "sir king prince spokesman chairman congressman councilman actor father"
)
SHE_WORDS = with_and_without_period(("mrs", "ms")) | words(
    "miss dame queen princess spokeswoman chairwoman congresswoman councilwoman actress mother wife"
)
"""Titles and roles that say whether "he" or "she" stands for their holder."""
ROLE_WORDS = (
    words(
        "president vice-president minister ministry secretary secretary-general general spokesman "
        "spokeswoman spokesperson spokespeople ambassador chancellor official officials source sources "
        "leader leaders chief director adviser advisor aide aides representative senator "
        "governor mayor chairman chairwoman chair candidate nominee businessman "
        "businesswoman manager deputy head vice former top senior government military defence defense "
        "foreign interior press campaign agency analyst analysts expert experts professor lawyer attorney "
        "police officer officers commander ruler prime premier king queen prince foreign-minister "
        "retired speaker whip congressman congresswoman lawmaker lawmakers legislator member members "
        "justice judge host anchor correspondent reporter editor columnist author founder ceo executive "
        "strategist pollster consultant operative surrogate staffer staffers counsel envoy diplomat "
        "diplomats negotiator general-secretary commissioner chairperson president-elect "
        "state national assistant acting interim then-president house white "
        "democratic republican libertarian presidential vice-presidential party "
        "security intelligence federal public health council committee "
        "department office administration"
    )
    | with_and_without_period((*COURTESY_TITLES, *POLITICAL_TITLES))
    | dotted(("prof", *MILITARY_TITLES))
)
"""Words that make a phrase a title or a role, not a name ("Secretary-General", "spokesman")."""
SPEAKS_FOR = words(
    "spokesman spokeswoman spokesperson representative lawyer attorney agent publicist counsel"
)
"""Who speaks for someone else: "a spokesman for Waitrose" speaks, Waitrose is who they speak for."""
FIELDS = words("security intelligence health defense defence interior military immigration")
"""Role words naming a field, not a position: "Homeland Security Investigations" is an organisation."""
APPOSITIVE_OPENERS = words("a an the one who whose which at in on during after before speaking")
"""Words an appositive after a name opens with (`Douglas Brinkley, a historian …, said`)."""

# --- Outlets and organisations -----------------------------------------------------------------

OUTLET_WORDS = words(
    "interfax belta tass ria reuters afp ap dpa bbc cnn news newspaper report reports "
    "media outlet broadcaster television radio channel website xinhua efe ansa bloomberg"
)
"""Outlets named in "according to X" or "X reported" are not the speaker of the quote."""
PUBLICATIONS = words(
    "article report story editorial poll piece column survey study memo op-ed analysis investigation"
)
"""Nouns for what an outlet publishes: the capitalised words before one name the outlet."""
DOCUMENTS = words("statement report letter memo ruling filing complaint release study survey poll document")
"""Documents that can speak for their authors ("the statement noted")."""
DOCUMENT_NOUNS = DOCUMENTS | words(
    "ad ads advertisement commercial video website site book memoir email e-mail mailer flier flyer "
    "tweet post message headline photo caption sign banner billboard poster column op-ed editorial "
    "lawsuit suit petition indictment bill legislation resolution cover"
)
"""Nouns for a thing written or shown, which PolNeAR marks as a quote's Source ("One Club for Growth
ad … argues", "the photo quotes"), or names with its owner ("her ad", "his book says")."""
AUTHORED_DOCUMENTS = DOCUMENT_NOUNS - words(
    "indictment photo caption cover sign banner billboard poster headline poll survey bill legislation "
    "resolution"
)
"""Documents whose owner wrote or made them, so speaks through them ("her ad", "his book says", "Roe’s
memoir"); not those whose owner is who they are about or who holds them ("his indictment", "her
photo", "his sign") or that many make ("his poll", "her bill")."""
PLATFORMS = words(
    "facebook twitter instagram youtube tiktok snapchat linkedin reddit substack tumblr whatsapp telegram "
    "web internet"
)
"""Platforms a post or a video is put on, not its owner ("a Facebook post", "a YouTube video")."""
ORG_UNITS = ("ministry", "agency", "department", "office", "committee")
"""Parts of an organisation: a role naming one ("a ministry official") is no personal title."""
ORG_WORDS = words(
    "union nations council committee department ministry house senate party commission agency office "
    "bureau court assembly parliament congress federation republic states kingdom organization "
    "organisation alliance forces army navy service times post news journal network institute "
    "university foundation association group company corporation bank fund centre center campaign "
    "administration government kremlin nato team"
)
"""Words that end the name of an organisation or a place, never part of a person's name."""
MASTHEAD_WORDS = words(
    "review magazine gazette tribune chronicle telegraph examiner inquirer dispatch observer bulletin herald "
    "courier"
)
"""Words that end a newspaper's or a magazine's name ("National Review", "Miami Herald", "Washington
Examiner") and no person's: not "Press", "Sun", "Star", "Ledger", "Register", surnames too."""
ORG_HEADS = (
    ORG_WORDS
    | MASTHEAD_WORDS
    | words(
        "academy program programme society club church coalition inc. inc corp. corp co. ltd. llc films "
        "studios pictures museum school college hospital trust board authority league laboratory "
        "conference federation institution endowment fire rescue police clinic"
    )
)
"""Words that make a chunk of capitalised words an organisation's name."""
ORG_ADJECTIVES = words("national state federal international presidential public civil")
"""Role words that open an organisation's name too ("National Rifle Association", "Federal Reserve
Board"), as a nationality does ("American Bar Association")."""
NAME_CONNECTORS = frozenset("of for and & the on at in".split())
"""Small words inside a name that make it an organisation's or a place's ("Court of Appeals"); the
words after one name another body or a place ("New York" of "Southern District Court of New York")."""
ABBREVIATED_NAME_WORDS = words("jr. sr. st. co. inc. corp. ltd. u.s. u.k. u.n. d.c.")
"""Abbreviations whose period belongs to the name ("Jr.", "U.S."), not to the end of a sentence."""

OFFICE_HEADS = words(
    "president vice-president minister secretary secretary-general spokesman spokeswoman spokesperson "
    "ambassador chancellor leader chief director adviser advisor aide senator governor mayor chairman "
    "chairwoman chair chairperson ceo executive head professor judge justice commissioner founder "
    "editor manager member speaker"
)
"""Words for a person's office that "of" and what it is over follow ("CEO of California", "Director of
Research", "Minister of Finance"): with no given name among its words, such a phrase names an office,
not someone. (Not "Department", "House", "Bank": organisations "of" something are speakers.)"""


# --- Passive cues ------------------------------------------------------------------------------

LEARNED_NAMING_PARTICIPLES = words("considered designated known")
"""Participles (not cue words) that PolNeAR train writes after a form of "be" with a quote as their
complement (`are considered the “…”`, `were designated as “…”`, `is known as “…”`;
``train/passive_cues.py``): a passive of naming, whose subject is named by the quoted words, not
their speaker (:func:`corpus.quotes.cue_clauses.passive_participle`)."""

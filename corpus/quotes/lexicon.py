"""The lexicon of reported speech: reporting verbs, and the words that make a phrase next to them
a name, a role, a pronoun, an outlet or an organisation. :mod:`corpus.quotes.phrases` holds the
grammar that reads phrases with them."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str], *, word_start: bool = False) -> str:
    """An alternation of ``words`` as a trie (`sa(?:id|ys?)`): the regex engine then tries one
    branch per letter instead of ~200 whole words at every word start.

    With ``word_start``, each word must start a word (as after ``\\b``). The check is written after
    the first letter, not before it as ``\\b`` would be: a pattern that opens with a letter lets the
    engine skip straight to the places where such a letter stands, and one that opens with ``\\b``
    tries every position of the text (3× slower for title words, which few letters start)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict], lead: str = "") -> str:
        branches = [re.escape(c) + lead + emit(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if "" in node else "")

    # (?<!\w.) after the first letter: the character before that letter is no word character
    return emit(trie, r"(?<!\w.)" if word_start else "")


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
    "added: wondered wonders mused muses bragged brags lamented laments griped gripes opined "
    "testified testifies shot retorted snapped sniped scoffed read reads reported reports sings sang "
    "criticized criticised blasted slammed praised denounced touted lauded accused attacked "
    "explained: insisted: chanted chants texted emailed demanded demands questioned challenged "
    "yells shouts exclaims scolded scolds thundered thunders"
).split()
# Plural nouns as often as verbs ("Bill Clinton's comments"): not cues.
_NOUN_LIKE = frozenset(
    "comments remarks notes claims charges answers calls states posts counters vows pledges promises "
    "tweets jokes quips concludes agrees continues shot".split()
)
_PARTICIPLES = (
    "saying telling adding warning joking asking declaring urging promising hailing writing tweeting "
    "stating explaining noting insisting arguing claiming replying responding recalling conceding "
    "acknowledging admitting announcing stressing emphasizing emphasising quipping charging complaining "
    "predicting vowing pledging boasting commenting calling describing dubbing labeling labelling "
    "branding terming suggesting mocking cautioning asserting chanting shouting yelling"
).split()
CUE_WORDS = frozenset(w.rstrip(":") for w in _FINITE if w not in _NOUN_LIKE) | frozenset(_PARTICIPLES)
PARTICIPLES = frozenset(_PARTICIPLES)
# "Dmitry Peskov said" but also the auxiliaries and adverbs that sit between subject and verb.
_BETWEEN = frozenset(
    (
        "also has had have was were is would will could may might then later earlier previously once "
        "further reportedly repeatedly recently again simply flatly quickly just even only often "
        "had already has long never first initially publicly privately bluntly angrily pointedly "
        "separately subsequently immediately himself herself itself themselves still however"
    ).split()
)
# "52 percent of voters said", "a majority of respondents said": a share of a group as a subject.
_SHARE_WORDS = frozenset("percent per cent % majority third quarter half".split())
_SHARE_QUALIFIERS = frozenset("only just about nearly almost some over under roughly fully".split())
# "Protesters marching through the streets chanted": the preposition after a participle modifier.
_MODIFIER_PREPOSITIONS = frozenset("through in on at near outside inside across along around from of".split())
PRONOUNS = frozenset("he she they it we i you who which".split())
# Words that make a phrase a title or a role, not a name ("Secretary-General", "spokesman").
ROLE_WORDS = frozenset(
    (
        "president vice-president minister ministry secretary secretary-general general spokesman "
        "spokeswoman spokesperson spokespeople ambassador chancellor official officials source sources "
        "leader leaders chief director adviser advisor aide aides representative rep rep. senator sen. "
        "sen governor gov. gov mayor chairman chairwoman chair candidate nominee businessman "
        "businesswoman manager deputy head vice former top senior government military defence defense "
        "foreign interior press campaign agency analyst analysts expert experts professor lawyer attorney "
        "police officer officers commander ruler prime premier king queen prince foreign-minister "
        "retired speaker leader whip congressman congresswoman lawmaker lawmakers legislator member members "
        "justice judge host anchor correspondent reporter editor columnist author founder ceo executive "
        "strategist pollster consultant operative surrogate staffer staffers counsel envoy diplomat "
        "diplomats negotiator general-secretary commissioner chairperson president-elect "
        "mr. mrs. ms. dr. mr mrs ms dr prof. gen. lt. col. sgt. capt. gov. sen. rep. "
        "state national deputy assistant acting interim former then-president house white "
        "democratic republican libertarian presidential vice-presidential party nominee "
        "security intelligence federal public health council committee "
        "department office administration"
    ).split()
)
_PERSON_TITLES = frozenset(
    "mr. mrs. ms. dr. mr mrs ms dr prof. sen. rep. gov. gen. president chancellor minister ambassador "
    "spokesman spokeswoman senator governor mayor secretary-general secretary king queen prince".split()
)
_DETERMINERS = frozenset("the a an his her their its another one some two three several our my your".split())
_LINKS = frozenset("of to for the and".split())
# Capitalised words that start sentences or clauses but never belong to a name.
_STOP = frozenset(
    (
        "but and while when as meanwhile however in on at if after before since although though so then "
        "also still yet now today yesterday tonight earlier later this that these those it there here what "
        "which why how where asked speaking according for with by from into over under during despite "
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
        "july august september october november december not no instead indeed thus hence once last next "
        "many some most all both each every other such only even just well yes oh following during "
        "amid without within among through throughout unlike like given including more less fewer "
        "because unless until whether besides otherwise nearby outside inside below above beyond behind "
        "across along around against toward towards upon via except somehow perhaps maybe probably surely "
        "too either neither few moreover furthermore additionally nevertheless nonetheless therefore "
        "likewise anyway regardless"
    ).split()
)
# A participle opening a sentence before one of these opens a clause ("Reached by telephone, …").
PREPOSITIONS = frozenset(
    "by at in on with for from to as about into off over under after during out up".split()
)
# Outlets named in "according to X" or "X reported" are not the speaker of the quote.
OUTLET_WORDS = frozenset(
    (
        "interfax belta tass ria reuters afp ap dpa bbc cnn news newspaper report reports "
        "media outlet broadcaster television radio channel website xinhua efe ansa bloomberg"
    ).split()
)
# Words that end the name of an organisation or a place, never part of a person's name.
ORG_WORDS = frozenset(
    (
        "union nations council committee department ministry house senate party commission agency office "
        "bureau court assembly parliament congress federation republic states kingdom organization "
        "organisation alliance forces army navy service times post news journal network institute "
        "university foundation association group company corporation bank fund centre center campaign "
        "administration government kremlin nato"
    ).split()
)
_NATIONALITY = re.compile(
    r"^(?:U\.?S\.?|US|UK|U\.K\.|EU|UN|U\.N\.|(?!(?:Br|Jul|Adr|Sebast|Christ|Dam|Fab|Flor|Lill|Mar|Jill|Gill|Krist|Crist"
    r"|Maximil|Kill|Viv)ian$)[A-Z][a-z]+(?:ian|ean|ese|ish)|Russian|German|American|African|Korean|Mexican|Afghan|Pakistani"
    r"|Iraqi|Israeli|Saudi|Yemeni|Qatari|Thai|Dutch|French|Swiss|Greek|Chinese|Cuban|Turkish|Kurdish|Polish|Czech|Slovak"
    r"|Belgian|Estonian|Latvian|Lithuanian|Moldovan|Georgian|Armenian|Syrian|Libyan|Venezuelan|Chilean|Peruvian"
    r"|Brazilian|Argentine|Canadian|Australian|Indian|Iranian|Italian|Kenyan|Nigerian|Ukrainian|Belarusian|Western"
    r"|Eastern|European|Asian|Arab|Democratic|Republican|Libertarian|Former)$"
)
_NATIONALITY_ENDINGS = frozenset("SKUN.nehiskbcr\n")
"""The last characters of every word _NATIONALITY matches (its $ also allows a final line break)."""


def is_nationality(word: str) -> bool:
    """``_NATIONALITY.match(word)``, after a check of the last character: the regex tries some 50
    alternatives (~1 µs), and most words it is asked about are names that end otherwise."""
    return word[-1:] in _NATIONALITY_ENDINGS and _NATIONALITY.match(word) is not None


_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety "
    "dozen hundred".split()
)

# Very common first names that say "he" or "she" (a hint only: a name in neither list says nothing).
FIRST_NAMES_HE = frozenset(
    "james john robert michael william david richard joseph thomas charles christopher daniel matthew "
    "mark donald paul steven steve george kenneth edward brian ronald anthony kevin jeffrey gary larry "
    "frank scott eric stephen andrew raymond gregory peter henry jerry walter harold douglas roger joe jim "
    "bob bill tom mike dave tony jack barack bernie hugh ted mitch".split()
)
FIRST_NAMES_SHE = frozenset(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty bettie "
    "margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie "
    "rebecca laura sharon cynthia kathleen amy angela helen anna anne ann julie maria hillary melania "
    "melanie nicole catherine jane elaine".split()
)

"""Who a description stands for when no role names it: the issuer of a document ("the statement
said"), the organisation named before ("the company said"), a group a name owns ("the Trump
campaign said"). :func:`corpus.quotes.mention_speakers.resolve`
asks these after a description's role (:func:`corpus.quotes.subject_traits.fits_role`)."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from corpus.quotes.described_names import OUTLET_DESCRIPTIONS, outlet_named
from corpus.quotes.named_bodies import BODY_HEADS, body_named
from corpus.quotes.subject_traits import PRONOUN_SENTENCES, PRONOUN_SUBJECTS, Subject, fits_role
from corpus.quotes.titled_names import names_a_holder, opens_as_a_holder, titles_before

if TYPE_CHECKING:  # subjects imports this module
    from corpus.quotes.subjects import Subjects

ISSUED_DOCUMENTS = frozenset("statement release email e-mail letter memo note post announcement".split())
"""Documents someone issues and then speaks through ("Obama released a statement … “…,” the
statement said"; "Acme added a note …, “…,” the note said"; a post, an announcement); not a poll,
a report or a study, which their subjects are written about."""
ORGANISATION_DESCRIPTIONS = frozenset(
    "company firm group organization organisation agency department ministry office committee council "
    "campaign party service giant startup corporation business network "
    "platform union association foundation institute university".split()
)
"""Heads of descriptions that stand for an organisation named before ("the company", "the streaming
giant", "the department"); not "the government" or "the administration", which stand for a
country's or a leader's, rarely named as a subject just before."""


def names_an_organisation(role: str) -> bool:
    """A description whose head names an organisation ("The French foreign ministry")."""
    words = role.split()
    return bool(words) and words[-1].lower() in ORGANISATION_DESCRIPTIONS


_PASSIVE = re.compile(r"\s+(?:was|were|is|are|(?:has|have|had) been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")
"""A subject followed by a passive verb ("was restored", "has been sued"): acted upon, not acting."""
SPOKE_WITHIN = 40
"""Characters after a subject's name in which a cue makes it a speaking subject ("… said in")."""
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*")


def bare(words: list[str]) -> bool:
    """ "the" and lower-case words only ("the streaming giant"): no owner, no name, no place; not "a
    group", which brings in someone new."""
    return len(words) >= 2 and words[0].lower() == "the" and all(w.islower() for w in words[1:])


def organisation_before(limit: int, subjects: Subjects) -> Subject | None:
    """The organisation a description stands for ("Spotify is backpedaling …. The company said"):
    among the named subjects within a pronoun's reach that are no person, nor written in capitals (a
    dateline's "NEW YORK (AP) —", a heading), the most recent that spoke (a cue soon after it:
    "United Gun Group said in a statement"), else the most recent; not one a passive sentence is
    about ("XXXTentacion was restored to playlists" before "the company said")."""
    masked = subjects.masked
    first: Subject | None = None
    for subject in islice(subjects.recent(limit, PRONOUN_SENTENCES), PRONOUN_SUBJECTS):
        after = subject.at + len(subject.name)
        plain = (
            subject.described is None
            and not subject.pair
            and not masked[subject.at : after].isupper()
            and not _PASSIVE.match(masked, after)
        )
        if plain and not subjects.is_person(subject):  # (the person test may scan the article: last)
            if subjects.cues.between(subject.at, after + SPOKE_WITHIN):
                return subject
            first = first or subject
    return first


def issuer_of(document: str, limit: int, subjects: Subjects) -> Subject | None:
    """Who issued the document a description names ("the statement said"): the most recent named
    subject of a sentence that speaks of such a document ("Cook provided a written statement",
    "President Obama released a statement"), within a pronoun's reach."""
    word = re.compile(rf"\b{document}\b", re.IGNORECASE)
    sentences = subjects.sentences
    here = sentences.index_of(limit)
    for subject in islice(subjects.recent(limit, PRONOUN_SENTENCES), PRONOUN_SUBJECTS):
        index = sentences.index_of(subject.at)
        if subject.described is not None or index == here:
            continue  # the document is issued before the sentence that quotes it
        end = sentences[index][1]
        found = word.search(subjects.masked, subject.at, end)
        if found is None:
            continue
        own = set(f"{subject.role or ''} {subject.name}".split())
        between = _CAPITALISED.findall(subjects.masked, subject.at, found.start())
        # "The Times said Cook provided a written statement": another name nearer is its issuer
        return None if any(w not in own for w in between) else subject
    return None


NAMED_GROUP_HEADS = frozenset("campaign administration government team camp".split())
"""Heads of a group a name owns, which the group is known by ("the Trump campaign", "the Kazakh
government"): the speaker as the article names it."""


def named_group(words: list[str]) -> str | None:
    """ "Trump campaign" of "the Trump campaign said": "the", capitalised words, a group's head."""
    if len(words) < 3 or words[0].lower() != "the" or words[-1] not in NAMED_GROUP_HEADS:
        return None
    owner = words[1:-1]
    if not all(w[:1].isupper() and w.replace(".", "").replace("-", "").isalpha() for w in owner):
        return None
    return " ".join([*owner, words[-1]])


_AGE_WORD = re.compile(r"(\d{1,3})-year-old")
AGE_MODIFIERS = 1
"""At most this many words between "the" and an age ("the American-born 29-year-old")."""
KIN_NOUNS = frozenset(
    "son daughter mother father wife husband brother sister child grandson granddaughter grandmother "
    "grandfather niece nephew cousin stepson stepdaughter".split()
)
"""Nouns of kinship: "the 14-year-old son" is someone's son, not the person named before."""
_NAME_RUN = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"


def aged_person(start: int, end: int, limit: int, subjects: Subjects) -> Subject | None:
    """Whom "the N-year-old" stands for ("Melania Trump, 46, … “…,” said the 46-year-old"; "The
    57-year-old scientist says"): the person the article gives that age before (", 46," after a name,
    "46-year-old Jane Roe"), else a person named just before (:data:`AGE_SENTENCES`), unless the
    article gives them another age. None where "a 21-year-old" brought
    in someone new with that age since, and for "the 14-year-old son", someone's son (but "the
    34-year-old mother of three" is the person)."""
    masked = subjects.masked
    written = masked[start:end].split()
    if len(written) < 2 or written[0].lower() != "the":
        return None
    at = next((k for k, w in enumerate(written[1 : AGE_MODIFIERS + 2], 1) if _AGE_WORD.match(w)), None)
    if at is None:
        return None
    kin = next((k for k in range(at + 1, len(written)) if written[k].lower().rstrip(".,") in KIN_NOUNS), None)
    if kin is not None and not (written[kin + 1 : kin + 2] == ["of"] or _OF_AFTER.match(masked, end)):
        return None
    age = _AGE_WORD.match(written[at])[1]  # type: ignore[index]
    given = [m for m in _ages_given().finditer(masked, 0, limit) if age in (m[2], m[3], m[4], m[6])]
    for found in reversed(given):
        if found[6] is not None:
            return None  # "said a 19-year-old from Dayton. … the 19-year-old added": that one, unnamed
        subject = Subject(found.start(), (found[1] or found[5]).rstrip("."), None, None)
        if subjects.is_person(subject):
            return subject
    for subject in islice(subjects.recent(limit, AGE_SENTENCES), PRONOUN_SUBJECTS):
        if masked.find("\n", subject.at, limit) >= 0:
            break  # another paragraph: a caption's name ("Jane Roe via Getty Images."), another topic
        if subject.described is not None or subject.pair or not subjects.is_person(subject):
            continue
        other = _AGE_AFTER.match(masked, subject.at + len(subject.name))
        if other is None or other[1] == age:
            return subject
    return None


AGE_SENTENCES = 2
"""Where no age was given to a name, "the 46-year-old" stands for a person named as a subject or
speaker in its sentence or the one before, in its paragraph ("Murphy sent his family home …. The
43-year-old former congressman …"). Any person within a pronoun's reach was wrong as often as right
on PolNeAR (3 of 6: "House Speaker Paul Ryan" three paragraphs before "said the 46-year-old" of
Melania Trump, a photo credit's name), and a name wrong is worse for a reader than none."""


_OF_AFTER = re.compile(r"\s+of\s")
"""A kinship noun followed by "of" says what the person is ("mother of three"), not whose relative."""
_AGE_AFTER = re.compile(r",\s+(\d{1,3})\b")
"""An age written after a name ("Jane Roe, 46,")."""


@cache
def _ages_given() -> re.Pattern[str]:
    """A name with an age given beside it: "Jane Roe, 46,", "Jane Roe, a 46-year-old model," or
    "46-year-old Jane Roe" (the name: group 1 or 5; the age: 2, 3 or 4); or someone brought in
    unnamed with one: "a 46-year-old" with no name after it (the age: group 6). Compiled once, when
    an age is first resolved."""
    return re.compile(
        rf"\b({_NAME_RUN}),\s+(?:(\d{{1,3}})(?=[,.;)])|an?\s+(?:[\w-]+\s+)?(\d{{1,3}})-year-old\b)"
        rf"|\b(\d{{1,3}})-year-old\s+({_NAME_RUN})"
        rf"|\b[Aa]n?\s+(?:[\w-]+\s+)?(\d{{1,3}})-year-old\b(?!\s+[A-Z])"
    )


def body_before(head: str, written: list[str], limit: int, subjects: Subjects) -> str | None:
    """The body a bare description ("the agency", ``written``) names by its head, named within a
    pronoun's reach before ``limit`` (:func:`corpus.quotes.named_bodies.body_named`), or None."""
    if (head not in BODY_HEADS and head not in OUTLET_DESCRIPTIONS) or not bare(written):
        return None
    sentences = subjects.sentences
    if not sentences:
        return None
    first = sentences[max(0, sentences.index_of(limit) - PRONOUN_SENTENCES + 1)][0]
    if head in OUTLET_DESCRIPTIONS:  # "the paper" of "daily Eleftherotypia", "the Daily News"
        return outlet_named(subjects.masked, first, limit)
    return body_named(subjects.masked, head, first, limit)


def titled_subject(
    description: str, head: str, limit: int, subjects: Subjects, reach: tuple[int, int]
) -> tuple[str, str] | None:
    """The most recent person subject (within a description's reach) the article writes a title
    before, anywhere, that the description fits ("the president" of "Mr. Trump", whom the lead
    called "President Trump": :mod:`corpus.quotes.titled_names`): their name and that title.
    ``reach``: how many sentences back, and how many subjects there, are read. A person passed over
    must have a title of their own that does not fit: one the article gives none may be the one
    described ("Rubio … the senator said", Rubio never titled; not Sen. Sanders named before)."""
    if not opens_as_a_holder(description.split()):
        return None  # ("his aides", "Protesters": no title fits it, no subject is read for one)
    sentences, most = reach
    for count, subject in enumerate(subjects.recent(limit, sentences)):
        if count >= most:
            break
        if subject.described is not None or subject.pair or not subject.name[:1].isupper():
            continue
        written = titles_before(subjects.masked, subject.name.split()[-1])
        titles = [t for t in written if names_a_holder(description, head, t)]
        fitting = next((t for t in titles if fits_role(description, t)), None)
        if fitting is not None and subjects.is_person(subject):
            return subject.name, fitting
        if not written and subjects.is_person(subject):
            return None  # an untitled person: perhaps the one described
    return None

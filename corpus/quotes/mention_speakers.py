"""Which named speaker a mention stands for: a name itself; a pronoun the most recent fitting
subject of the article (:class:`corpus.quotes.subjects.Subjects`); a description the subject with
its role, an age, a document's issuer or the organisation named before."""

from __future__ import annotations

from corpus.quotes.antecedents import not_a_person, relative_names_no_one
from corpus.quotes.described import (
    ISSUED_DOCUMENTS,
    ORGANISATION_DESCRIPTIONS,
    aged_person,
    bare,
    body_before,
    issuer_of,
    named_group,
    names_an_organisation,
    organisation_before,
    titled_subject,
)
from corpus.quotes.described_blocks import stands_for_described
from corpus.quotes.lexicon import POSSESSIVE_ENDINGS
from corpus.quotes.relative_antecedents import relative_antecedent
from corpus.quotes.roles import Phrase
from corpus.quotes.subject_traits import (
    FIRST_PERSON,
    PRONOUN_SENTENCES,
    PRONOUN_SUBJECTS,
    SECOND_PERSON,
    Subject,
    fits_role,
    indefinite,
    no_one,
)
from corpus.quotes.subjects import DESCRIPTION_SENTENCES, DESCRIPTION_SUBJECTS, Subjects
from corpus.quotes.surname_sexes import surname_verdict


def resolve(text: str, mention: Phrase | None, at: int, subjects: Subjects) -> tuple[str | None, str | None]:
    """The named speaker a mention stands for: itself, or the most recent fitting subject."""
    if mention is None:
        return None, None
    if mention.name is not None:
        return mention.name, mention.role
    if mention.pronoun:
        antecedent = _relative_antecedent(text, mention, subjects)
        if antecedent is not None:  # "drew fire from Ana Ruiz, who called it “…”": Ana Ruiz
            return antecedent.name, antecedent.role
        subject = _pronoun_subject(text, mention, min(at, mention.start), subjects)
        if subject is None:
            return None, None
        return (None if subject.described else subject.name), subject.role
    limit = min(at, mention.start)
    head = (mention.role or "").split()[-1:] or [""]
    if head[0] and not indefinite(text[mention.start : mention.end]):
        back = subjects.description_reach(mention.role or "", limit)  # (one sentence where none fits before)
        for count, subject in enumerate(subjects.recent(limit, back)):
            if subject.described is None and subject.role and fits_role(mention.role or "", subject.role):
                return subject.name, subject.role
            if count >= DESCRIPTION_SUBJECTS:
                break
        reach = (DESCRIPTION_SENTENCES, DESCRIPTION_SUBJECTS)
        titled = titled_subject(text[mention.start : mention.end], head[0], limit, subjects, reach)
        if titled is not None:  # "the president" of "Mr. Trump", titled "President Trump" elsewhere
            return titled
    aged = aged_person(mention.start, mention.end, limit, subjects)
    if aged is not None:  # "the 46-year-old"
        return aged.name, aged.role
    if head[0].lower() in ISSUED_DOCUMENTS:
        issuer = issuer_of(head[0].lower(), limit, subjects)
        if issuer is not None:
            return issuer.name, issuer.role
    written = text[mention.start : mention.end].split()
    body = body_before(head[0].lower(), written, limit, subjects)
    if body is not None:  # "the agency" of "the International Atomic Energy Agency"
        return body, None
    if (head[0].lower() in ORGANISATION_DESCRIPTIONS and bare(written)) or _an_organisation_s(written):
        # "the company", "the streaming giant"; not "the Sanders campaign", "Powell's office"
        organisation = organisation_before(limit, subjects)
        if organisation is not None:
            return organisation.name, organisation.role
    return named_group(written), None


def _relative_antecedent(text: str, mention: Phrase, subjects: Subjects) -> Phrase | None:
    """The name a relative "who" stands for, read in its sentence
    (:mod:`corpus.quotes.relative_antecedents`)."""
    if mention.end - mention.start != 3:  # most pronouns are not "who": no sentence looked up
        return None
    sentences = subjects.sentences
    start = sentences[sentences.index_of(mention.start)][0] if sentences else 0
    return relative_antecedent(text, mention, start)


def _an_organisation_s(written: list[str]) -> bool:
    """ "the company's statement", "the agency's blog post": something of an organisation the article
    named before, written as a bare description's possessive."""
    if len(written) < 3 or written[0].lower() != "the" or not written[1].endswith(POSSESSIVE_ENDINGS):
        return False
    owner = written[1][:-2].lower()
    return owner in ORGANISATION_DESCRIPTIONS and all(w.islower() for w in written[2:])


def described_antecedent(text: str, pronoun: Phrase, at: int, subjects: Subjects) -> Phrase | None:
    """The plural description "they" stands for (`Deputies said …. They said …`), when it is the
    subject the pronoun resolves to: the mention of the quote, with no named speaker."""
    subject = _pronoun_subject(text, pronoun, min(at, pronoun.start), subjects)
    return subject.described if subject is not None else None


def _pronoun_subject(text: str, mention: Phrase, limit: int, subjects: Subjects) -> Subject | None:
    # he/she: the most recent person; it/they: the most recent subject that is not one
    # (an organisation, a country, a group), else the most recent subject of any kind
    word = text[mention.start : mention.end].lower()
    if word in SECOND_PERSON:
        return None  # "You can opt in by selecting “…”": the reader addressed, no one named before
    if word in FIRST_PERSON and subjects.masked[mention.start] == text[mention.start]:
        return None  # "I wrote that “…”" outside every quote (unmasked): the writer, no one named before
    if word == "who" and relative_names_no_one(text, mention.start):
        return None  # "activists, who praised the company": it stands for the words before, no name
    want_person = word in ("he", "she", "who", "i")
    want_group = word in ("it", "they")
    first: Subject | None = None
    for count, subject in enumerate(subjects.recent(limit, PRONOUN_SENTENCES)):
        if count >= PRONOUN_SUBJECTS:
            break
        if subject.described is not None:
            if subject.person and word in ("he", "she") and subjects.near(subject, limit):
                if stands_for_described(subject, word, limit, subjects):
                    return subject  # "A 29-year-old woman … after she had posted": no one named
                continue
            if word == "they" and not subject.person and subjects.near(subject, limit):
                return subject  # a group, written as a plural, just before
            if (
                word == "it"
                and subjects.near(subject, limit)
                and names_an_organisation(subject.described.role or "")
            ):
                return subject  # "The French foreign ministry said …. But it added": no name
            continue
        person: bool | None = None  # (whether the subject is a person: asked once, where needed)
        if word in ("he", "she"):
            # two people named together are "they"; a subject known as the other one is not this one
            gender = subjects.gender(subject)
            if subject.pair or gender not in (None, word) or no_one(subject.name):
                continue
            if not_a_person(subject.name):
                continue  # "Right Wing Watch first reported. He …": an outlet the tables read as a name
            person = subjects.is_person(subject)
            if gender == word and len(subject.name) > 2 and person:
                return subject
            if not person:
                verdict = surname_verdict(subjects.masked, subject.name, subject.role, subject.at, word)
                if verdict is not None:  # "Miller said he …" elsewhere: "Miller", a "he"'s or a "she"'s
                    if verdict:
                        return subject
                    continue
        if word == "who" and not_a_person(subject.name):
            return None  # "activists, who praised the company": a personal relative, none named
        first = first or subject
        if person is None:
            person = subjects.is_person(subject)
        if want_person == person or not (want_person or want_group):
            return subject
    if word == "it" and first is not None and subjects.is_person(first):
        return None  # "it says": a statement, a company, an ad; never a person
    if word == "they" and first is not None and (first.pair or subjects.is_person(first)):
        return None  # "they said": a group, never one person's name (a pair is named by its first)
    return first

"""A definite description of a person who was named just before: "Marco Rubio said …. “…,” the
Florida senator said", "The retired neurosurgeon added". Where the description's role names no
one (:func:`corpus.quotes.mention_speakers.resolve` found no subject with that role), the person it
stands for is the most recent person the article named, when that person is close enough to be the
one a reader takes it for: the subject their sentence opens with (in the description's sentence or
the one before), or named in the description's own paragraph. It is asked after the ranker, on the
speakers it chose, so that neither the rules' names the ranker reads nor later pronouns change.

Only the most recent person is asked (an earlier one is someone the reader has left behind), and not
where the description says the other sex ("the congresswoman" of a man) or the other party ("the
Republican nominee" of a Democrat), nor for heads that describe someone else than the person in the
news ("the source", "the spokesman", "the lawyer": :data:`PERSON_HEADS` leaves them out).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.quotes.described_relatives import HER_HEADS, HIS_HEADS
from corpus.quotes.roles import Phrase
from corpus.quotes.subject_traits import PRONOUN_SENTENCES, PRONOUN_SUBJECTS
from corpus.quotes.subjects import Subjects
from corpus.quotes.titled_names import names_a_holder, titles_before

if TYPE_CHECKING:
    from corpus.quotes.attribution import Attribution
    from corpus.quotes.spans import QuoteSpan

PERSON_HEADS = frozenset(
    "senator governor candidate nominee businessman businesswoman mogul tycoon billionaire "
    "neurosurgeon congressman congresswoman lawmaker mayor frontrunner front-runner hopeful "
    "senator-elect president-elect chairman chairwoman star singer actor actress rapper "
    "magnate entrepreneur legislator representative".split()
)
"""Heads of descriptions by which news writing repeats the person it is about ("the Florida
senator", "the New York businessman", "the retired neurosurgeon"); not heads that usually stand for
someone else beside them (source, spokesman, aide, lawyer, official, man, woman, person)."""

_HER_HEADS = HER_HEADS | {"businesswoman"}
_HIS_HEADS = HIS_HEADS | {"businessman"}
"""Heads that say the person's sex: not a person known as the other one."""

OFFICE_WORDS = frozenset(
    "president senator sen governor gov mayor secretary representative rep congressman congresswoman "
    "minister chancellor premier speaker leader chairman chairwoman judge justice attorney".split()
)
"""Words of a title that names an office: a person titled so is described by that office."""

_TITLES = {
    "senator": ("Sen.", "Senator"),
    "governor": ("Gov.", "Governor"),
    "mayor": ("Mayor",),
    "congressman": ("Rep.", "Congressman"),
    "congresswoman": ("Rep.", "Congresswoman"),
    "representative": ("Rep.", "Representative"),
}
"""The titles an article writes before the name of a holder of the office a head names: where it
titles someone else so ("Sen. Ada Morrow"), "the senator" may be that one, not the person just named."""

_PARTIES = (("republican", "gop"), ("democratic", "democrat"))
"""A party's words: a description of one party's person is not the other party's."""


def _party(words: str) -> int | None:
    low = words.lower()
    for index, party in enumerate(_PARTIES):
        if any(word in low for word in party):
            return index
    return None


def _titled_otherwise(description: str, head: str, name: str, masked: str) -> bool:
    """Whether the article titles the person with an office the description does not name ("Mayor
    Bill de Blasio" is not "the Republican presidential candidate")."""
    # "Mayor Bill de Blasio", later "De Blasio": the particle is written lower-case after a given name
    titles = titles_before(masked, name.split()[-1]) + titles_before(masked, name[:1].lower() + name[1:])
    offices = [t for t in titles if OFFICE_WORDS.intersection(t.lower().replace(".", "").split())]
    return bool(offices) and not any(names_a_holder(description, head, t) for t in offices)


def _another_titled(head: str, name: str, masked: str) -> bool:
    """Whether the article writes the office's title (:data:`_TITLES`) before a name that is not the
    person's ("Sen. Ada Morrow" where "the senator" would be Tom Ruiz)."""
    titles = _TITLES.get(head)
    if not titles:
        return False
    surname = name.split()[-1].lower()
    alternatives = "|".join(re.escape(t) for t in titles)
    pattern = rf"\b(?:{alternatives})\s+((?:[A-Z][\w'’.-]*\s*){{1,3}})"
    return any(surname not in m.group(1).lower().split() for m in re.finditer(pattern, masked))


def described_person(
    text: str, mention: Phrase, at: int, subjects: Subjects
) -> tuple[str, str | None] | None:
    """The named person (name, role) a definite description stands for (module docstring), or None."""
    written = text[mention.start : mention.end].split()
    if len(written) < 2 or written[0] not in ("the", "The"):
        return None
    head = written[-1].lower()
    if head not in PERSON_HEADS or written[1].endswith(("'s", "’s")):
        return None  # "the campaign's candidate": someone's, not the one named
    limit = min(at, mention.start)
    for count, subject in enumerate(subjects.recent(limit, PRONOUN_SENTENCES)):
        if count >= PRONOUN_SUBJECTS:
            return None
        if subject.described is not None or not subjects.is_person(subject):
            continue
        if subject.pair:
            return None
        index = subjects.sentences.index_of(subject.at)
        lead = subjects.lead(index)
        leads = lead is not None and lead.start <= subject.at < lead.end and subjects.near(subject, limit)
        if not leads and "\n" in subjects.masked[subject.at : mention.start]:
            return None
        if _titled_otherwise(" ".join(written), head, subject.name, subjects.masked) or _another_titled(
            head, subject.name, subjects.masked
        ):
            return None
        gender = subjects.gender(subject)
        if (head in _HER_HEADS and gender == "he") or (head in _HIS_HEADS and gender == "she"):
            return None
        said, held = _party(" ".join(written)), _party(subject.role or "")
        if said is not None and held is not None and said != held:
            return None
        return subject.name, subject.role
    return None


def with_described_people(
    text: str, spans: list[QuoteSpan], said: list[Attribution], subjects: Subjects
) -> list[Attribution]:
    """``said`` with each definite description that names no one given the person it stands for
    (:func:`described_person`)."""
    out = list(said)
    for i, (span, att) in enumerate(zip(spans, said, strict=True)):
        mention = att.mention
        if att.name is None and mention is not None and mention.description and not mention.pronoun:
            person = described_person(text, mention, span.open_at, subjects)
            if person is not None:
                out[i] = att._replace(name=person[0], role=person[1])
    return out

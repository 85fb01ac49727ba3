"""A person a sentence introduces with a relative clause, though not its subject ("the lawyers
attached a deposition of A. Mark Neuman, who they say was Ross' adviser", "It has become an issue,
with Hillary Clinton — who's called for tax hikes — lambasting the plan"), is whom the next
sentence's "he" or "she" stands for (issue 15): the relative says the article is turning to them.
Read as one of the sentence's subjects (:class:`corpus.quotes.subjects.Subjects`) only where the
sentence's own subject is no person named or pronoun ("the lawyers", "It", "New documents"): after
"Jane Roe met Ana Ruiz, who …", "She said" goes on with the subject, Jane Roe. Before this, such a
"he" went to an older subject ("Ross" of "Ross' stated rationale", two sentences before) or to no
one."""

from __future__ import annotations

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.quotes.antecedents import not_a_person
from corpus.quotes.phrases import phrase_before
from corpus.quotes.roles import Phrase

THING_PRONOUNS = frozenset(("it", "this", "that"))
"""Subjects that stand for no person ("It has become an issue, with Jane Roe — who …"): a person
introduced after them is whom the next "she" stands for."""
_NAME_BEFORE_RELATIVE = compiled_on_first_use(
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?=\s*(?:,|\s[—–]|\s--)\s*who(?:[’']s)?\s"
    r"(?!(?:he|she|they|we|I|you)\s(?!(?:say|says|said)\b)))"
)
"""A capitalised run set off before a relative "who" by a comma or a dash ("Neuman, who",
"Clinton — who's"), the subject of its clause: not "Marco Rubio, who he dubbed “…”" (the relative
the object, the person named someone else's object), but "Jane Roe, who they say was …"."""


def introduced_people(masked: str, start: int, end: int, lead: Phrase | None) -> list[Phrase]:
    """The people named before a relative "who" in the sentence ``masked[start:end]``, where its
    subject ``lead`` is no person named or pronoun; none where it is."""
    if masked.find("who", start, end) < 0:
        return []  # (most sentences have none: no scan, and the subject is not weighed)
    if lead is not None and _a_person(masked, lead):
        return []  # "He met Jane Roe, who …", "Jane Roe met Ana Ruiz, who …": the subject goes on
    found = []
    for match in _NAME_BEFORE_RELATIVE().finditer(masked, start, end):
        phrase = phrase_before(masked, start, match.end())
        if phrase is None or not phrase.name or phrase.pronoun or phrase.description:
            continue
        if lead is not None and phrase.start <= lead.start < phrase.end:
            continue  # the sentence's own subject ("Defenders of the Wildlife, who")
        if not not_a_person(phrase.name):
            found.append(phrase)
    return found


def _a_person(masked: str, lead: Phrase) -> bool:
    """Whether a sentence's subject is a person named or a personal pronoun (not "It's", "This")."""
    written = masked[lead.start : lead.end].lower().removesuffix("’s").removesuffix("'s")
    if written in THING_PRONOUNS:
        return False
    return lead.pronoun or (lead.name is not None and not not_a_person(lead.name))

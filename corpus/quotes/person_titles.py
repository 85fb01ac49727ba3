"""Titles a person is addressed by ("Dr.", "Rev.", "Prof."): kept as the role a reader sees when the
articles give the person no job, never in place of one (:func:`shown_role`), and read off the front
of a mention whose name the cleaning took them from (:func:`title_before_name`: "Dr. Jane Roe")."""

from __future__ import annotations

from collections import Counter

HONORIFIC_ROLES = frozenset(
    "dr dr. doctor prof prof. professor rev rev. reverend fr fr. father rabbi imam pastor sir dame".split()
)
"""Titles of address that say what someone is, not what they do in the story: a reader wants one
beside the name when nothing better is written ("Dr. Jane Roe"), and a job when there is one ("Dr."
against "a surgeon at Acme Hospital": the surgeon). Courtesy titles ("Mr.", "Ms.") say nothing and
are no role at all (``reader_roles.FORMS_OF_ADDRESS``)."""


def an_honorific(role: str) -> bool:
    """Whether a role is titles of address alone ("Dr.", "The Rev.")."""
    words = [w.lower() for w in role.split() if w.lower() != "the"]
    return bool(words) and all(w in HONORIFIC_ROLES for w in words)


def shown_role(roles: Counter[str]) -> str | None:
    """The role a reader sees for a person seen with ``roles`` (role: sightings): the most seen job;
    a title of address only when no job was written."""
    if not roles:
        return None
    best = roles.most_common(1)[0][0]
    if not an_honorific(best):
        return best  # the usual case: the most seen role is a job
    jobs = [(n, r) for r, n in roles.items() if not an_honorific(r)]
    return min(jobs, key=lambda nr: -nr[0])[1] if jobs else best  # the most seen, the first between as many


def title_before_name(mention: str, name: str) -> str | None:
    """The title of address the mention writes before the name as the reader sees it ("Dr." of "Dr.
    Jane Roe" shown "Jane Roe"), or None."""
    words = mention.split()
    if len(words) < 2 or not mention.endswith(name):
        return None
    before = words[: len(words) - len(name.split())]
    if before and all(w.lower() in HONORIFIC_ROLES for w in before) and before[0][:1].isupper():
        return " ".join(before)
    return None

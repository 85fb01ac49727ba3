"""Whether the articles call a person "he" or "she": the evidence that keeps a short given name from
joining a long one of the other sex (a "Chris Roe" who "said he" is no Kristen Roe). Where the
articles say nothing of either, the merge stands: PolNeAR's pollster Chris Anderson, with no pronoun
or title, still joins Kristen Soltis Anderson.

A short form is merged into a long name by the nickname table ("Chris" of Christopher, Christine and
Kristen), which knows nothing of sex. Before such a merge :class:`corpus.quotes.speakers.SpeakerIndex`
asks here what each side is called: a gendered title before the name or its surname ("Mr.
Anderson", "Ms. Roe"), a subject pronoun right after the name in its sentence with no other name
between ("Chris Anderson said he …", not "Anderson told Fox that Clinton … she", nor "picked Kaine
as her …"), else the given name's own sex as the census gives it
(:func:`corpus.quotes.subject_traits.gender_of`). Read only when a merge asks
(rarely), so no article is searched otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from corpus.ingest.lazy_regex import compiled_on_first_use
from corpus.model import Article
from corpus.quotes.subject_traits import gender_of

GENDERED_TITLES = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
"""Titles written before a name that say "he" or "she" of its holder (not "Sen.", "Dr.": either)."""
PRONOUN_SEX = {"he": "he", "she": "she"}
"""The pronouns read after a name: subjects only ("Roe said he would …"); a possessive or an object
after a name is most often someone else's ("picked Tim Kaine as her running mate")."""
PRONOUN_REACH = 80
"""A pronoun this many characters after the name, in its sentence, may stand for it."""
_BETWEEN_ENDS = re.compile(r"[.!?;:“”\"]|\s[A-Z]")
"""What ends the stretch a pronoun is looked for in: a sentence's or a quote's mark, or another
capitalised word (another name, perhaps, whom the pronoun would stand for)."""
_PRONOUN = re.compile(r"\b(?:" + "|".join(PRONOUN_SEX) + r")\b", re.IGNORECASE)


def _title_pattern(titles: Iterable[str]) -> str:
    r"""``\b(Mr|Mrs|Ms|Miss)\.?\s+`` for the ``titles``, written so that it opens with a letter: each
    title's first letter, then the test that no word character stands before it, then the rest
    (``M(?<!\wM)(?:r|rs|s|iss)``). Opening with ``\b``, the regex engine tried the pattern at every
    place of the text (0.6 ms an article of PolNeAR train, 79 of them read in its speakers step); a
    literal first, it jumps from one "M" to the next."""
    by_letter: dict[str, list[str]] = {}
    for title in titles:
        by_letter.setdefault(title[0].upper(), []).append(re.escape(title[1:]))
    tails = [f"{first}(?<!\\w{first})(?:{'|'.join(rests)})" for first, rests in by_letter.items()]
    return "(" + "|".join(tails) + r")\.?\s+"


_TITLE_RUN = re.compile(_title_pattern(GENDERED_TITLES))
_CAPITALISED_WORD = compiled_on_first_use(r"[A-Z][\w’'-]*\s+")
r"""A gendered title, then up to two capitalised words, before a surname ("Mr. John Roe"): the regex
``\b(Mr|…)\.?\s+(?:[A-Z][\w’'-]*\s+){0,2}`` and the surname, read as its parts (see
:func:`_titled_sexes`) rather than compiled once per surname asked about."""
_FREE_BEFORE = re.compile(r"(?<![\w’'-])")
_FREE_AFTER = re.compile(r"(?![\w-])")
_ANY_BEFORE = re.compile("")
_WORD_BOUNDARY = re.compile(r"\b")
"""The tests a name's place in the text must pass before and after it (matched at the place, they
see the characters around it): a name's own words for ``written``, a name ending a word for a
pronoun after it. A literal search and these, not a pattern compiled per name: the speakers step
asks about hundreds of names, and compiling their patterns was most of its cost here."""


class ArticleGenders:
    """The sex the articles give a name: ``of(article, name)`` is "he", "she" or None; and how often
    an article writes a name (``written``: a slip is written once)."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self._texts = {a.name: a.text for a in articles}
        self._known: dict[tuple[str, str], str | None] = {}
        self._titles: dict[str, list[tuple[int, int, str]]] = {}
        """Each article's gendered titles (start, end of the title and its spaces, the sex it says),
        found when a name of the article is first asked about."""

    def written(self, article: str, name: str) -> int:
        """How many times ``article`` writes ``name`` as words of their own."""
        text = self._texts.get(article, "")
        count = 0
        for _ in written_at(text, name, _FREE_BEFORE, _FREE_AFTER):
            count += 1
        return count

    def of(self, article: str, name: str) -> str | None:
        key = (article, name)
        if key not in self._known:
            self._known[key] = self._read(article, self._texts.get(article, ""), name)
        return self._known[key]

    def _read(self, article: str, text: str, name: str) -> str | None:
        words = name.split()
        if not words:
            return None
        votes: Counter[str] = Counter()
        if words[-1] in text:
            titles = self._titles.get(article)
            if titles is None:
                titles = self._titles[article] = _titles_in(text)
            if titles:  # (most articles write none)
                votes.update(_titled_sexes(text, titles, words[-1]))
        for end in written_at(text, name, _ANY_BEFORE, _WORD_BOUNDARY):
            votes.update(pronoun_after(text, end))
        if votes["he"] != votes["she"]:
            return "he" if votes["he"] > votes["she"] else "she"
        return gender_of(words[0]) if len(words) > 1 else None


def _titles_in(text: str) -> list[tuple[int, int, str]]:
    """Each gendered title of ``text`` with its spaces after it, and the sex it says."""
    return [(m.start(), m.end(), GENDERED_TITLES[m.group(1).lower()]) for m in _TITLE_RUN.finditer(text)]


def _titled_sexes(text: str, titles: list[tuple[int, int, str]], surname: str) -> list[str]:
    """The sex of each title written before ``surname`` (up to two capitalised words between), as
    ``re.finditer`` of the title, the words and the surname as a whole word would find them: left to
    right without overlaps, the most words first (a word and its spaces read whole: giving letters
    or spaces back can match nothing else, as no surname opens with a space and no word with one)."""
    found: list[str] = []
    done = 0
    for start, end, sex in titles:
        if start < done:
            continue  # inside the match before
        ends = [end]
        while len(ends) < 3 and (word := _CAPITALISED_WORD().match(text, ends[-1])) is not None:
            ends.append(word.end())
        for at in reversed(ends):
            after = at + len(surname)
            if text.startswith(surname, at) and _WORD_BOUNDARY.match(text, after):
                found.append(sex)
                done = after
                break
    return found


def written_at(text: str, name: str, before: re.Pattern[str], after: re.Pattern[str]) -> Iterator[int]:
    """Where each writing of ``name`` in ``text`` ends that passes ``before`` at its start and
    ``after`` at its end, scanned left to right without overlaps (as ``re.finditer`` would)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if before.match(text, at) and after.match(text, end):
            yield end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def pronoun_after(text: str, at: int) -> list[str]:
    """The sex of the first pronoun after ``at`` in its stretch (see ``_BETWEEN_ENDS``), if any."""
    stop = _BETWEEN_ENDS.search(text, at, at + PRONOUN_REACH)
    end = stop.start() if stop is not None else min(len(text), at + PRONOUN_REACH)
    pronoun = _PRONOUN.search(text, at, end)
    return [PRONOUN_SEX[pronoun.group().lower()]] if pronoun is not None else []


def sexes_differ(
    genders: ArticleGenders | None, article: str, name: str, seen: Iterable[str], names: Iterable[str]
) -> bool:
    """Whether the articles make ``name`` (seen in ``article``) one sex and a person known by
    ``names`` (seen in the articles ``seen``) the other: then a short given name does not join them."""
    if genders is None:
        return False
    mine = genders.of(article, name)
    if mine is None:
        return False
    full = [n for n in names if " " in n]
    other_sex = False
    for seen_in in seen:  # one sighting of the same sex settles it: most merges asked are right
        for written in full:
            theirs = genders.of(seen_in, written)
            if theirs == mine:
                return False
            other_sex = other_sex or theirs is not None
    return other_sex

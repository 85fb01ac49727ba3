"""Who a pronoun or a description stands for: the named subjects of an article's sentences.

"he" and "she" resolve to the most recent person named as a subject or speaker, "it" and "they" to
the most recent subject of any kind, "the mayor" to the most recent subject with that role; a
pronoun inside the sentence of its subject stands for that subject (never a title-case headline's
words, nor an organisation for "he": :mod:`corpus.quotes.antecedents`). The subjects are read
here; which of them a mention stands for, in :mod:`corpus.quotes.mention_speakers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from operator import attrgetter

from corpus.quotes.antecedents import headline_name, not_a_person, title_case
from corpus.quotes.context import Sentences
from corpus.quotes.cues import Cues
from corpus.quotes.described import names_an_organisation
from corpus.quotes.described_subjects import indefinite_person, one_described
from corpus.quotes.introduced_people import introduced_people
from corpus.quotes.inverted_subjects import inverted_subject
from corpus.quotes.lexicon import (
    DETERMINERS,
    DOCUMENTS,
    NON_NAME_WORDS,
    ORG_WORDS,
    ROLE_WORDS,
    TITLES,
    TITLES_BEFORE_SURNAMES,
    is_nationality,
)
from corpus.quotes.openings import past_doubt, skip_adverbial
from corpus.quotes.phrases import phrase_after, phrase_before
from corpus.quotes.roles import Phrase, is_outlet, looks_like_person
from corpus.quotes.subject_traits import (
    GENDERED,
    Subject,
    fits_role,
    gender_of,
    head_written_from,
    plural_role,
    says_the_other,
)
from corpus.quotes.surnames_after_titles import may_be_titled, person_surnames

_NAME_WORD = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+(?:[’']s)?\s+[A-Z][a-z]+\b")
"""Two capitalised words in a row (not opening a sentence): a person's or a place's name."""

_SPEAKING_HEADS = ORG_WORDS | ROLE_WORDS | DOCUMENTS
"""Heads of descriptions that can speak for themselves ("the council", "the statement")."""

TITLED_PRECHECKS = 3
"""At most this many names of an article are asked whether a title stands before one of their
writings (:func:`may_be_titled`) before all its titled surnames are read (a scan of the article)."""
_SCAN_LIMIT = 64
"""How many times a surname is looked up in the text after a first name (bounded work)."""
_RECENT_SPEAKERS = 50
"""How many of the latest speakers are searched for the full name of a surname."""
DESCRIPTION_SENTENCES = 25
"""A description (`the mayor`) stands for a subject with that role named at most this many sentences
before: a role is repeated far from the name, a pronoun is not."""
DESCRIPTION_SUBJECTS = 30
"""…and only the most recent this many subjects there are compared with it (bounded work)."""
_FIRST_NAME_LOOKBACK = 40
"""Characters before a lone surname read for the first name or title written before it."""

HEADING_LENGTH = 160
"""A paragraph this short that ends with no sentence's stop is a heading, a subhead or a caption."""
_SENTENCE_STOPS = (".", "!", "?", ":", ";")
_CLOSERS = "”\"’')"  # closing marks after a sentence's stop (`… he said.”`)

_HE_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_ROLE_OR_TITLE = ROLE_WORDS | TITLES

_new = tuple.__new__
_AT = attrgetter("at")
"""A subject's offset (the key its sentence's subjects are sorted by, most recent first)."""
_COORDINATORS = (["and"], ["but"], ["or"], ["so"], ["yet"])
"""A pronoun after one of these opens a clause of its own (`…, but he said`)."""


def _ordinary_word(low: str) -> bool:
    """:func:`corpus.quotes.names.ordinary_word` with the shipped tables ("free" opens no name)."""
    from corpus.quotes.names import ordinary_word, shipped_tables  # names reads the quote modules

    return ordinary_word(low, shipped_tables())


class Subjects:
    """Named subjects of an article (who speaks before a cue, or opens a sentence), found lazily:
    only the sentences just before a pronoun or a description are read for them."""

    def __init__(self, masked: str, sentences: Sentences, cues: Cues) -> None:
        self.masked = masked
        self.cues = cues
        self.sentences = sentences
        self._known: frozenset[str] | None = None
        self._by_sentence: dict[int, list[Subject]] = {}
        self._leads: dict[int, Phrase | None] = {}
        self._genders: dict[tuple[int, int], str | None] = {}
        self._surnames: dict[str, str | None] = {}
        self._speakers: list[Subject] = []
        self._speaker_at: list[int] = []
        self._said_as: dict[int, str] = {}
        self._lowered: str | None = None
        """The masked text in lower case (read once, for the first description resolved)."""
        self._prechecks = 0
        """How many names were asked whether the article titles them before its titles were all read."""

    @property
    def known(self) -> frozenset[str]:
        if self._known is None:
            self._known = person_surnames(self.masked)
        return self._known

    def add_speaker(
        self, at: int, name: str, role: str | None, pronoun: bool, pair: bool = False, said_as: str = ""
    ) -> None:
        """A quote's speaker at ``at``; ``said_as``: the pronoun its mention is ("she": the speaker's
        sex where the name does not say it: "Deja Stewart, who … when she called him “…”" is no
        later "he"; kept for that speaker only, not every subject of the name, as one wrong reading
        would make the person the other sex everywhere)."""
        # (the tuple built directly: a speaker is added for every quote, and a NamedTuple's
        # constructor is a Python function; the fields in order, ``described`` None)
        self._speakers.append(_new(Subject, (at, name, role, True if pronoun else None, pair, None)))
        self._speaker_at.append(at)
        if said_as in ("he", "she"):
            self._said_as[at] = said_as

    def gender(self, subject: Subject) -> str | None:
        """ "he" or "she" when the subject's role says it ("Mr.", "spokeswoman") or its sentence
        speaks of it with one of them only, and no other capitalised word comes between
        (`Page avoided the camera, though she was photographed`; not `Roesler said Page … she`)."""
        written = self.masked[subject.at : subject.at + 6].split()[:1]  # "Mr. Bob Hall": role-less
        words = subject.name.split()
        given = words[0] if len(words) > 1 else self._first_of(subject.name)
        for word in [*written, *(subject.role or "").split(), given or subject.name]:
            if word.lower() in GENDERED:  # a title, a role, a common given name: "Mr.", "spokeswoman"
                return GENDERED[word.lower()]
        said = gender_of(given) if given else None  # a given name ("Milton", "Ada"; not "Clinton" alone)
        if said is not None:
            return said
        if subject.at in self._said_as:  # a speaker whose mention was "he" or "she"
            return self._said_as[subject.at]
        index = self.sentences.index_of(subject.at) if self.sentences else -1
        if index < 0:
            return None
        key = (index, subject.at)
        if key not in self._genders:
            self._genders[key] = self._sentence_gender(subject, self.sentences[index][1])
        return self._genders[key]

    def _sentence_gender(self, subject: Subject, end: int) -> str | None:
        masked = self.masked
        last = subject.name.split()[-1]
        at = masked.find(last, subject.at, end)
        if at < 0:
            return None
        said = [(m.start(), m.group().lower()) for m in _HE_SHE.finditer(masked, at + len(last), end)]
        if not said or len({word for _, word in said}) > 1:
            return None
        between = masked[at + len(last) : said[0][0]].split()
        if any(w[:1].isupper() and w != "I" for w in between):
            return None  # another name may be whom the pronoun stands for
        return said[0][1]

    def is_person(self, subject: Subject) -> bool:
        if subject.person is None:
            # the article's titled surnames are asked last: they take a scan of the whole article
            name = subject.name
            return looks_like_person(name, subject.role) or self._surname(name) or self._titled(name)
        return subject.person

    def _person(self, name: str, role: str | None) -> bool:
        """``looks_like_person`` with the article's titled surnames as known ones, read only when the
        name and role alone do not say it."""
        return looks_like_person(name, role) or self._titled(name)

    def _titled(self, name: str) -> bool:
        """True when the article gives the name's last word a personal title ("Mr Scholz")."""
        parts = name.split()
        if not parts:
            return False
        surname = parts[-1].lower()
        if self._known is None and self._prechecks < TITLED_PRECHECKS:
            self._prechecks += 1
            if not may_be_titled(self.masked, surname):
                return False  # (no title before any writing of it: the article's titles not all read)
        return surname in self.known

    def _surname(self, name: str) -> bool:
        """A lone word the article also writes after a first name or title ("Salazar" after "Ken
        Salazar") is a person's surname."""
        return self._first_of(name) is not None

    def _first_of(self, name: str) -> str | None:
        """The first name or title the article writes before the lone word ``name``, if any."""
        if " " in name or len(name) < 2 or not name[:1].isupper() or name.isupper():
            return None
        if len(name) == 2 and _ordinary_word(name.lower()):
            return None  # "He", "In": a word; "Ek", "Li", "Wu" may be surnames
        if name.lower() in NON_NAME_WORDS:
            return None
        if name not in self._surnames:
            self._surnames[name] = self._after_first_name(name)
        return self._surnames[name]

    def _after_first_name(self, name: str) -> str | None:
        """True when the article writes ``name`` after a title ("Mr. Salazar") or as the second word of
        a two-word name ("Ken Salazar"; not "New York Post", "An Ambitious", "… Sanders. That")."""
        masked = self.masked
        at = masked.find(" " + name)
        for _ in range(_SCAN_LIMIT):  # bounded: a name written thousands of times is read a few
            if at < 0:
                return None
            end = at + 1 + len(name)
            if end >= len(masked) or not masked[end].isalnum():
                before = masked[max(0, at - _FIRST_NAME_LOOKBACK) : at].split()[-2:]
                if before and self._first_name(before, masked[end : end + 4]):
                    return before[-1]
            at = masked.find(" " + name, end)
        return None

    @staticmethod
    def _first_name(before: list[str], after: str) -> bool:
        """True when the last of ``before`` is a title or a lone first name before a surname."""
        word = before[-1]
        low = word.lower()
        if low in TITLES_BEFORE_SURNAMES:
            return True
        if not (word.isalpha() and word[0].isupper() and word[1:].islower()):
            return False
        if low in NON_NAME_WORDS or low in DETERMINERS or low in ORG_WORDS or is_nationality(word):
            return False
        if _ordinary_word(low):
            return False  # "Watch this: Free Spotify": a headline's or a button's word, no first name
        if after[:1] == " " and after[1:2].isupper() and after[1:3] not in ("Jr", "Sr", "II", "IV"):
            return False  # "New York Post": inside a longer run of capitalised words
        lead = before[0] if len(before) == 2 else ""
        sex = gender_of(lead) if lead[:1].isupper() else None
        if sex is not None and gender_of(word) in (None, sex):
            # "Hillary Rodham Clinton", "Norbert Leo Butz": a given name, a middle name that is none
            # or one of the same sex, the surname (not "Ivanka Donald Trump": two people run together)
            return True
        return not (lead[:1].isupper() and lead[-1:].isalpha() and lead.lower() not in _ROLE_OR_TITLE)

    def recent(self, at: int, window: int) -> Iterator[Subject]:
        """Subjects before offset ``at`` within ``window`` sentences, most recent first (read lazily)."""
        if not self.sentences:
            return
        here = self.sentences.index_of(at)
        # speakers are added in text order: the ones before ``at`` are a prefix
        k = bisect_right(self._speaker_at, at - 1)
        for index in range(here, max(-1, here - window), -1):
            start = self.sentences[index][0]
            if start >= at:
                continue  # a quote opening its sentence: all read there stands after it (not read yet)
            batch = [s for s in self._of_sentence(index) if s.at < at]
            while k > 0 and self._speakers[k - 1].at >= start:
                k -= 1
                batch.append(self._speakers[k])
            batch.sort(key=_AT, reverse=True)  # (a stable sort: those at one offset keep their order)
            yield from batch

    def description_reach(self, description: str, at: int) -> int:
        """How many sentences back from offset ``at`` (its own counted) a subject may hold the role of
        ``description`` ("the senator", :func:`fits_role`), at most :data:`DESCRIPTION_SENTENCES`: back
        to the first earlier sentence there that writes the description's head (or a title
        abbreviated for it: :func:`head_written_from`), or has a speaker holding a fitting role. The
        sentences before it are not read for the description: a role is read from its own sentence,
        so none there holds it (and the subjects are compared most recent first, so the one found,
        if any, is the same)."""
        sentences = self.sentences
        if not sentences:
            return DESCRIPTION_SENTENCES
        here = sentences.index_of(at)
        first, start = sentences[max(0, here - DESCRIPTION_SENTENCES + 1)][0], sentences[here][0]
        if self._lowered is None:
            self._lowered = self.masked.lower()
        if len(self._lowered) != len(self.masked) or "Σ" in self.masked:
            return DESCRIPTION_SENTENCES  # a letter whose lower case is longer, or reads its context
        oldest = head_written_from(self._lowered, description.split()[-1].lower(), first, start)
        for k in range(bisect_left(self._speaker_at, first), bisect_left(self._speaker_at, start)):
            role = self._speakers[k].role
            if (oldest < 0 or self._speaker_at[k] < oldest) and role and fits_role(description, role):
                oldest = self._speaker_at[k]
                break  # (in text order: the first fitting is the oldest)
        return 1 if oldest < 0 else here - sentences.index_of(oldest) + 1

    def near(self, subject: Subject, at: int) -> bool:
        """True when ``subject`` is in the sentence of offset ``at`` or the one before it."""
        here = self.sentences.index_of(at)
        return here - self.sentences.index_of(subject.at) <= 1

    def lead(self, index: int) -> Phrase | None:
        """The subject a sentence opens with (after an adverbial such as "On Monday,")."""
        if index not in self._leads:
            start, end = self.sentences[index][:2]
            at = skip_adverbial(self.masked, start, end)
            self._leads[index] = phrase_after(self.masked, past_doubt(self.masked, at, end), end)
        return self._leads[index]

    def antecedent_in_sentence(self, pronoun: Phrase, quote_at: int, resolved: str | None) -> Phrase | None:
        """The subject of the quote's sentence when a pronoun later in it stands for that subject:
        `Lynch said she recalled …`, `He ignored the tweets in which he called her “…”`,
        `The council condemned what it called “…”`. A pronoun in a clause inside the sentence
        refers first to the sentence's subject, and the reader takes that subject as the speaker
        (whether the subject or the pronoun is the mention: ``clause_mentions.lead_is_the_mention``).
        Not when the pronoun opens a clause of its own (`…, but he said`) or another name stands
        between them (`X described Y as … after she …`)."""
        if not self.sentences:
            return None
        index = self.sentences.index_of(pronoun.start)
        if index != self.sentences.index_of(quote_at):
            return None
        masked = self.masked
        word = masked[pronoun.start : pronoun.end].lower()
        lead = self.lead(index)
        if lead is None or lead.end > pronoun.start or lead.start == pronoun.start:
            return None
        between = masked[lead.end : pronoun.start]
        if between.rstrip().endswith(";") or between.split()[-1:] in _COORDINATORS:
            return None
        if lead.pronoun:
            return lead if masked[lead.start : lead.end].lower() == word else None
        if is_outlet(lead, masked):
            return None
        if word in ("he", "she"):
            if lead.name is None or _NAME_WORD.search(between) or not_a_person(lead.name):
                return None  # (`South Carolina, he said, was …`: a place, no one)
            if says_the_other(masked[lead.start : lead.end], word):
                return None  # (`Jane Roe said he told her`: he is someone else)
            same = resolved is not None and resolved.split()[-1] == lead.name.split()[-1]
            person = self._quoted_person(lead.name.split()[-1])
            return lead if same or person or self._person(lead.name, lead.role) else None
        if word in ("it", "they"):
            if lead.name is None:  # "The statement noted they …", not "The problem is that they …"
                head = (lead.role or "").split()[-1:] or [""]
                return lead if head[0].lower() in _SPEAKING_HEADS else None
            return None if self._person(lead.name, lead.role) else lead
        return None

    def _quoted_person(self, surname: str) -> bool:
        """A full name ending in ``surname`` quoted earlier is a person's ("Donald Trump", so "Trump")."""
        for speaker in self._speakers[-_RECENT_SPEAKERS:][::-1]:  # bounded: a quote storm stays linear
            words = speaker.name.split()
            if len(words) >= 2 and words[-1] == surname:
                return self.is_person(speaker)
        return False

    def _heading(self, index: int) -> str | None:
        """The heading sentence ``index`` stands in: "" for a short paragraph with no stop at its end
        ("Smoking gun evidence of …", a caption), the line for one in title case whatever its end but
        a colon (``antecedents.title_case``: "The Pinocchio Test."); else None."""
        para = self.sentences[index][2]
        start, end = self.cues.paragraphs[para] if para < len(self.cues.paragraphs) else (0, 0)
        line = self.masked[start:end].rstrip().rstrip(_CLOSERS)
        if not 0 < len(line) <= HEADING_LENGTH:
            return None
        if not line.endswith(_SENTENCE_STOPS):
            return ""
        return line if not line.endswith(":") and title_case(line) else None

    def _of_sentence(self, index: int) -> list[Subject]:
        cached = self._by_sentence.get(index)
        if cached is None:
            cached = self._by_sentence[index] = self._read(*self.sentences[index][:2])
        return cached

    def _read(self, start: int, end: int) -> list[Subject]:
        masked = self.masked
        found: list[Subject] = []
        index = self.sentences.index_of(start)
        heading = self._heading(index)
        if heading == "":
            return found  # a title, a subhead or a caption: no one a later pronoun stands for
        lead = self.lead(index)
        if heading is not None:
            # its words run into a name ("Obama Claims Hillary …"): only a plain name is read from it
            name = headline_name(masked, lead)
            return [Subject(lead.start, name, lead.role, None)] if lead and name else found
        if lead is not None and lead.name and not is_outlet(lead, masked):
            found.append(_new(Subject, (lead.start, lead.name, lead.role, None, lead.pair, None)))
        elif lead is not None and lead.description and lead.role and _a_group(lead.role):
            found.append(Subject(lead.start, lead.role, lead.role, False, described=lead))
        else:
            one = lead or indefinite_person(masked, skip_adverbial(masked, start, end), end)
            if one is not None and one.role and one_described(masked, one):  # "A 29-year-old woman …"
                found.append(Subject(one.start, one.role, one.role, True, described=one))
        for cue in self.cues.between(start, end):
            # "…, said Rick Tyler, a consultant.", "“…” for Clinton, said Kunin.": the name after the cue
            phrase = inverted_subject(masked, cue, end) or phrase_before(masked, start, cue.start())
            if phrase is None or not phrase.name or phrase.start == (lead.start if lead else -1):
                continue
            if not is_outlet(phrase, masked):
                found.append(_new(Subject, (phrase.start, phrase.name, phrase.role, None, phrase.pair, None)))
        for person in introduced_people(masked, start, end, lead):  # "a deposition of Jane Roe, who"
            introduced = Subject(person.start, person.name or "", person.role, None, person.pair)
            if self.is_person(introduced):  # not "XXXTentacion, who": no one the article calls a person
                found.append(introduced)
        return found


def _a_group(role: str) -> bool:
    """A description "they" or "it" may stand for, though it names no one: a plural ("Deputies") or
    an organisation ("The French foreign ministry said …. But it added")."""
    return plural_role(role) or names_an_organisation(role)

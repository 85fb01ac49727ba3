"""One canonical speaker per person across the corpus.

Names are keyed by surname (accents folded, case ignored) with tolerant
spelling: an edit or two apart ("Zelenski"/"Zelensky", "Makei"/"Makey",
"Dmytro"/"Dymytro" Kuleba). A bare surname joins the person with that surname
(the one quoted in the same article first). The canonical name is the most
frequent full form; every spelling is kept as an alias, titles go to ``role``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from corpus.model import Quote, Speaker
from corpus.quotes.given_spellings import another_given_name
from corpus.quotes.given_syllables import written_before_given_syllables
from corpus.quotes.lexicon import NAME_CONNECTORS, NAME_SUFFIXES, NAME_TITLES, ORG_HEADS, OUTLET_WORDS
from corpus.quotes.middle_initials import middle_initials, other_initials
from corpus.quotes.name_keys import name_keys, surname_particle
from corpus.quotes.names import NameTables, a_group_of_people, same_given_name, shipped_tables
from corpus.quotes.other_bodies import another_body
from corpus.quotes.person_titles import shown_role
from corpus.quotes.reader_roles import US_STATES
from corpus.quotes.shown_names import shown_name
from corpus.quotes.sighting_genders import ArticleGenders, sexes_differ
from corpus.quotes.spelling import FuzzyKeys, SpellingMemo, close_spelling, fold
from corpus.quotes.title_kinds import lone_surname_title_kinds, titled_person


@dataclass(slots=True)
class _Person:
    surname: str
    firsts: set[str] = field(default_factory=set)
    inner: set[str] = field(default_factory=set)
    """Middle words of full names ("rappaport" of Jamie Rappaport Clark): "Rappaport Clark" is them too."""
    names: Counter[str] = field(default_factory=Counter)
    roles: Counter[str] = field(default_factory=Counter)
    articles: list[str] = field(default_factory=list)
    quoted_in: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)
    particles: set[str] = field(default_factory=set)
    """The particles its surname was written with ("de" of "DeSantis" and "De Santis")."""
    quotes: int = 0
    relayed: int = 0
    """Quotes of others relaying this person's words (:meth:`SpeakerIndex.count_relayed`)."""
    total: int = 0
    """The sum of ``names``: how often the person was seen, by any name."""


@dataclass(slots=True)
class _Spelling:
    """A cleaned name as ``add_names`` reads it: its words, folded surname, first and middle words."""

    name: str
    words: list[str]
    surname: str
    first: str | None
    """None for a bare surname."""
    inner: list[str]
    opener: str
    """The name's first word, folded (a key of ``_by_first_word``)."""
    particle: str | None = None
    """The surname's particle, written apart or joined ("dos" of "dos Santos", "de" of "DeSantis")."""
    group: bool = False
    """Whether the last word is a group of people's ("Republicans": :func:`names.a_group_of_people`)."""
    lone: str = ""
    """The one word of a name written as one word, lower case ("" for a longer name)."""
    may_be_other: bool = False
    """Whether the name can say it is another person than one of the same surname: an organisation's
    full name (:func:`other_bodies.another_body`) or a name with middle initials (``other_initials``);
    most names can not, and ``_find`` asks of them once, not per candidate."""


def clean_name(name: str) -> str:
    """A name as a speaker is known by: personal titles and possessives stripped."""
    words = [w for w in name.replace("\u00a0", " ").split() if w.lower() not in NAME_TITLES]
    while words and words[-1].lower() in NAME_SUFFIXES and len(words) > 1:
        words.pop()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words) or name


class SpeakerIndex:
    """Collects (article, name, role) sightings and maps each name to one canonical speaker."""

    def __init__(
        self,
        memo: SpellingMemo | None = None,
        tables: NameTables | None = None,
        genders: ArticleGenders | None = None,
    ) -> None:
        memo = SpellingMemo() if memo is None else memo
        self._genders = (
            genders  # "he" or "she" by the articles: a short given name's merges (Chris / Kristen)
        )
        self._tables = shipped_tables() if tables is None else tables
        self._given: dict[tuple[str, str], bool] = {}
        self._people: list[_Person] = []
        self._by_name: dict[tuple[str, str], _Person] = {}
        self._by_surname: dict[str, list[_Person]] = {}
        self._by_first_word: dict[str, dict[int, _Person]] = {}
        """The people (by id) whose full name opens with a word ("Kim" of "Kim Jong Un")."""
        self._surnames = FuzzyKeys(memo)
        self._close = memo.close
        self._canonical: dict[int, str] = {}
        self._folded = memo.folded
        self._spellings: dict[str, _Spelling] = {}  # each raw name as add_names reads it (see spell)

    def _fold(self, word: str) -> str:
        folded = self._folded.get(word)
        if folded is None:
            folded = self._folded[word] = fold(word)
        return folded

    def _is_close(self, a: str, b: str) -> bool:
        if a[:1] != b[:1]:  # never close (see close_spelling): not worth a pair in the memo
            return False
        key = f"{a}\0{b}" if a <= b else f"{b}\0{a}"  # as SpellingMemo.close is keyed
        known = self._close.get(key)
        if known is None:
            known = self._close[key] = close_spelling(a, b)
        return known

    def _same_given(self, a: str, b: str) -> bool:
        """Whether two given names beside one surname name one person: spelled a little differently,
        or a short form, a clipping or a transliteration of the other (``names.same_given_name``)."""
        key = (a, b) if a <= b else (b, a)
        known = self._given.get(key)
        if known is None:
            known = self._given[key] = self._is_close(a, b) or same_given_name(a, b, self._tables)
        return known

    def _another_given(self, article: str, spelling: _Spelling, other: str) -> bool:
        """Whether a given name close to ``other`` is written so often in its article that it is
        another person's ("Ivana Trump" beside Ivanka Trump: :mod:`given_spellings`)."""
        if self._genders is None or spelling.first is None:
            return False
        written = self._genders.written(article, spelling.name)
        return another_given_name(spelling.first, other, written, self._tables)

    def spell(self, raw_names: Iterable[str | None]) -> None:
        """Read names (None: none) as :meth:`add_names` will: that depends on the name alone, so they are
        read as each article's reading comes in (:mod:`corpus.quotes.step_ahead`), not after all are."""
        spellings = self._spellings
        for raw in raw_names:
            if raw and raw not in spellings:
                spellings[raw] = self._spelling(clean_name(raw))

    def add_names(self, sightings: list[tuple[str, str, str | None]]) -> None:
        """Register every named sighting; full names first, so a bare surname finds its person."""
        counts = Counter(sightings)
        spellings = self._spellings
        by_size: dict[int, list[tuple[tuple[str, str, str | None], int]]] = {}
        # first sightings first, in order; the longest names first (a stable bucketing, not a sort)
        for sighting, seen in counts.items():
            raw = sighting[1]
            spelling = spellings.get(raw)
            if spelling is None:
                spelling = spellings[raw] = self._spelling(clean_name(raw))
            size = len(spelling.words)
            bucket = by_size.get(size)
            if bucket is None:
                by_size[size] = [(sighting, seen)]
            else:
                bucket.append((sighting, seen))
        by_name = self._by_name
        one_word = {raw for raw, spelling in spellings.items() if len(spelling.words) == 1}
        titled = lone_surname_title_kinds(counts, one_word)  # "Judge Roe": most corpora have few
        for size in sorted(by_size, reverse=True):
            for (article, raw, role), seen in by_size[size]:
                spelling = spellings[raw]
                key = (article, raw)
                person = by_name.get(key)
                if person is None:  # (else the name's other role: its words and article are the person's)
                    person = self._find(article, spelling)
                    titles = titled.get(key)
                    if titles and person:  # "Judge Roe" is not the lobbyist Jane Roe of another article
                        person = titled_person(person, self._by_surname[person.surname], titles, article)
                    if person is None:
                        person = self._new_person(spelling.surname)
                    self._join(person, spelling, article)
                    by_name[key] = person
                names = person.names  # (Counters: a missing name's count through get, not __missing__)
                names[spelling.name] = names.get(spelling.name, 0) + seen
                person.total += seen
                if role:
                    person.roles[role] = person.roles.get(role, 0) + seen

    def _join(self, person: _Person, spelling: _Spelling, article: str) -> None:
        """Give ``person`` the words of a name an article calls them by (what ``_find`` reads)."""
        if spelling.first is not None:
            owners = self._by_first_word.get(spelling.opener)
            if owners is None:
                self._by_first_word[spelling.opener] = {id(person): person}
            else:
                owners[id(person)] = person
            person.firsts.add(spelling.first)
            if spelling.inner:
                person.inner.update(spelling.inner)
        if spelling.particle:
            person.particles.add(spelling.particle)
        person.seen.add(article)

    def _new_person(self, surname: str) -> _Person:
        person = _Person(surname=surname)
        self._people.append(person)
        self._by_surname.setdefault(surname, []).append(person)
        self._surnames.add(surname)
        return person

    def _spelling(self, name: str) -> _Spelling:
        words = name.split()
        keys = name_keys(words)  # initials joined, a particle joined to its surname
        surname = self._fold(keys[-1])
        opener = self._fold(words[0]) if words else ""
        particle = surname_particle(words)
        group = bool(words) and a_group_of_people(words[-1])
        other = (len(words) >= 2 and surname in ORG_HEADS) or middle_initials(words) != ""
        if len(keys) < 2:
            lone = words[0].lower() if len(words) == 1 else ""
            return _Spelling(name, words, surname, None, [], opener, particle, group, lone, other)
        inner = [self._fold(w) for w in _own_middle_words(keys)]
        first = self._fold(keys[0])
        return _Spelling(name, words, surname, first, inner, opener, particle, group, "", other)

    def _find(self, article: str, spelling: _Spelling) -> _Person | None:
        surname, first = spelling.surname, spelling.first
        if spelling.group:
            # "Americans" are not "Muslim Americans", nor "Latino Republicans" "Georgia Republicans"
            return next((p for p in self._by_surname.get(surname, []) if spelling.name in p.names), None)
        lone, may_be_other = spelling.lone, spelling.may_be_other
        if lone in OUTLET_WORDS:  # "Bloomberg reported": the outlet, unless its article names a person so
            return self._outlet_or_person_here(article, surname)
        # (a state alone is a place though a given name too: "California" is no "California Democratic")
        named_here = (
            self._one_named_here(article, surname, lone) if lone and lone.title() not in US_STATES else None
        )
        if named_here is not None:
            return named_here
        keys = self._surnames.close_to(surname)
        if lone in self._tables.given_names:
            keys = [k for k in keys if k == surname]  # "David" alone is no "Davis" spelled otherwise
        if len(keys) == 1:  # the usual case: one person known by this surname, no other spelling
            people = self._by_surname[keys[0]]
            if len(people) == 1:
                only = people[0]
                if (
                    (first is None or not only.firsts or first in only.firsts)
                    and _same_particle(spelling, only, keys[0])
                    and not (may_be_other and _other_person(spelling, only))
                ):
                    return only  # the one candidate the list below would hold
        # a surname spelled otherwise is the same person only if the first names agree (or one is
        # absent); a first name spelled otherwise only beside the same surname, and never in an
        # organisation's name ("UnitedHealth Group" is not "United Gun Group": "United" is no
        # clipped "UnitedHealth" as "Stan" is of "Stanley")
        tolerant = surname not in ORG_HEADS
        candidates = [
            p
            for key in keys
            for p in self._by_surname[key]
            if _same_particle(spelling, p, key)
            and (
                first is None
                or not p.firsts
                or first in p.firsts  # the usual case: a first name seen before, no spelling to compare
                or first in p.inner
                or (
                    tolerant
                    and key == surname
                    and any(
                        self._same_given(first, f) and not self._another_given(article, spelling, f)
                        for f in p.firsts
                    )
                    and not sexes_differ(self._genders, article, spelling.name, p.seen, p.names)
                )
            )
            and not (may_be_other and _other_person(spelling, p))
        ]
        if not candidates:
            if first is None:  # "Kim" after "Kim Jong Un", "Hillary" after "Hillary Clinton"
                owners = list(self._by_first_word.get(surname, {}).values())
                if len(owners) > 1:  # "Kim Jong Un" and "Kim Darroch": the one this article names
                    owners = [p for p in owners if article in p.seen]
                if len(owners) == 1:
                    return owners[0]
            return None
        if len(candidates) == 1:
            return candidates[0]
        in_article = [p for p in candidates if article in p.seen]
        pool = in_article or candidates
        return max(pool, key=lambda p: (p.surname == surname, p.total))

    def _outlet_or_person_here(self, article: str, surname: str) -> _Person | None:
        """Whom an outlet's word alone ("Bloomberg") names: the person of that surname its article
        names (Michael Bloomberg), else the outlet as other articles name it alone, not a person
        another article names."""
        people = self._by_surname.get(surname, ())
        here = next((p for p in people if article in p.seen), None)
        return here if here is not None else next((p for p in people if not p.firsts), None)

    def _one_named_here(self, article: str, word: str, lone: str) -> _Person | None:
        """The one person this article names by a full name opening with the word (``word`` folded,
        ``lone`` lower case) when it is a given name or a surname written first ("Jane" of "Jane
        Sanders", "Ban" of "Ban Ki-moon", before a "Jane" or a "Muslim Ban" of another article), and
        no one the article names has it for a surname ("Graham" beside Lindsey Graham)."""
        if any(article in p.seen for p in self._by_surname.get(word, ())):
            return None
        owners = [p for p in self._by_first_word.get(word, {}).values() if article in p.seen]
        if len(owners) != 1 or any(_organisation_s(n) for n in owners[0].names):
            return None  # "California" is no "California Democratic Party"
        return owners[0] if lone in self._tables.given_names or _surname_first(owners[0]) else None

    def count_quotes(self, quotes: list[Quote], named: list[str | None]) -> None:
        """Count each quote whose speaker its article names (``named``: each quote's name as the article
        gives it, as registered by :meth:`add_names`) and set its canonical speaker."""
        by_name, shown = self._by_name, self._canonical
        # a quote named as the last named one in its article is that quote's person's: an article
        # quotes its speakers in runs (2,132 of the 6,823 named quotes of the 4 MB bench corpus, 3,074
        # of 6,137 on PolNeAR train)
        last_raw, last_article = "", ""
        person, name = _Person(surname=""), ""  # (replaced at the first named quote)
        for quote, raw in zip(quotes, named, strict=True):
            if raw:
                article = quote.article
                if raw != last_raw or article != last_article:
                    last_raw, last_article = raw, article
                    person = by_name[(article, raw)]
                    if article not in person.quoted_in:  # a set: big corpora quote one person in thousands
                        person.quoted_in.add(article)
                        person.articles.append(article)
                    # (the canonical name made once per person: _name_of's look-up written out)
                    known = shown.get(id(person))
                    name = self._name_of(person) if known is None else known
                person.quotes += 1
                quote.speaker = name

    def count_relayed(self, quotes: list[Quote]) -> None:
        """Count each quote whose speaker relays a named person's words (``Quote.quoting``, its name
        as the article gives it and as registered by :meth:`add_names`) for that person, apart from
        their own quotes, and give the quote's ``quoting`` that person's canonical name."""
        for quote in quotes:
            quoting = quote.quoting
            person = None if quoting is None else self._by_name.get((quote.article, quoting.name or ""))
            if quoting is not None and person is not None:  # (a name registered: always, but never raise)
                person.relayed += 1
                quote.quoting = replace(quoting, name=self._name_of(person))

    def _name_of(self, person: _Person) -> str:
        name = self._canonical.get(id(person))
        if name is None:
            name = self._canonical[id(person)] = canonical(person)
        return name

    def speakers(self) -> list[Speaker]:
        """The canonical speakers with at least one quote of their own or relayed by others, most
        quoted first (those only relayed last)."""
        out = []
        for person in self._people:
            if person.quotes == 0 and person.relayed == 0:
                continue
            role = shown_role(person.roles)
            aliases = sorted(person.names, key=lambda n: (-person.names[n], n))
            name, articles = self._name_of(person), list(person.articles)
            out.append(Speaker(name, role, aliases, person.quotes, articles, person.relayed))
        out.sort(key=lambda s: (-s.quotes, -s.relayed, s.name))
        return out


def _own_middle_words(keys: list[str]) -> list[str]:
    """The middle words of a name that are its own: none after a connector of an organisation's
    name, which name another body or a place ("New York" of "Southern District Court of New
    York" is no "Court")."""
    middle = keys[1:-1]
    if NAME_CONNECTORS.isdisjoint(middle):  # most names
        return middle
    return middle[: next(i for i, w in enumerate(middle) if w in NAME_CONNECTORS)]


def _other_person(spelling: _Spelling, person: _Person) -> bool:
    """Whether a name of the person's surname names another: another organisation of the same head
    word, or a name with other middle initials ("George W. Bush", "George H.W. Bush")."""
    words, names = spelling.words, person.names
    return another_body(words, spelling.surname, names) or other_initials(words, names)


def _organisation_s(name: str) -> bool:
    """Whether a name holds an organisation's word ("Party", "Committee"): no person's."""
    return any(w.lower() in ORG_HEADS for w in name.split()[1:])


def _surname_first(person: _Person) -> bool:
    """Whether a person's name is written surname first, before a hyphened given name ("Ban Ki-moon")."""
    return any(written_before_given_syllables(n.split()[0], n) for n in person.names if " " in n)


def _same_particle(spelling: _Spelling, person: _Person, key: str) -> bool:
    """Whether a surname spelled otherwise (``key``, the person's) was written with the same particle
    where both have one: "dos Santos" is not "DeSantis", one letter apart."""
    if key == spelling.surname or spelling.particle is None or not person.particles:
        return True
    return spelling.particle in person.particles


def canonical(person: _Person) -> str:
    """The fullest form of the name, as most often written (:func:`shown_names.shown_name`)."""
    return shown_name(person.names)

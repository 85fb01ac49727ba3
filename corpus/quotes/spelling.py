"""Names spelled a little differently: the folded form names are compared in, whether two are close,
and a set of names that finds the ones close to a query.

Close means the same first letter and an edit apart ("Zelenski"/"Zelensky", "Makei"/"Makey",
"Dmytro"/"Dymytro", "Kiedis"/"Keidis"), two for long words: see :func:`close_spelling`.
:mod:`corpus.quotes.speakers` keys people by it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache
from operator import ne


def fold(word: str) -> str:
    """Lower case, accents and apostrophes removed: the form names are compared in."""
    low = word.lower()
    if low.isascii() and low.isalnum():  # most names: nothing to decompose or remove
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if c.isalnum() or c == "-")


TWO_EDITS_FROM = 9
"""Two edits make two words one name only when both are at least this long ("Berdymukhamedov" /
"Berdimuhamedow"); shorter words two edits apart are mostly other names: "Carson" / "Cardin", "Bolton"
/ "Burton", "Weaver" / "Weiner", "Fiorina" / "Florida" (PolNeAR train's speakers, where two edits
merged each of these pairs), while a respelling of a short name is one edit ("Hefner" / "Heffner",
"Kiedis" / "Keidis")."""
SHORTEST_CLOSE = 4
"""Shorter words are never respellings of each other ("Lee" / "Lea" are two names)."""


def close_spelling(a: str, b: str) -> bool:
    """True when two folded words are the same name spelled a little differently: the same first
    letter and one edit apart (a letter replaced, added, dropped, or two neighbours swapped), two
    for long words."""
    if a == b:
        return True
    size_a, size_b = len(a), len(b)
    if size_a < SHORTEST_CLOSE or size_b < SHORTEST_CLOSE or a[0] != b[0]:
        return False
    limit = 2 if size_a >= TWO_EDITS_FROM and size_b >= TWO_EDITS_FROM else 1
    # asked of every pair of names of one shape, with few close: the cheap answers first
    if abs(size_a - size_b) > limit:
        return False  # more letters added than edits allowed; a swap keeps the length
    if size_a == size_b:
        return _same_length_close(a, b, limit)
    if limit == 1:
        # one letter added: the words agree up to the first place they differ (found by C code), and
        # from there the shorter goes on as the longer does past its added letter
        short, long = (a, b) if size_a < size_b else (b, a)
        differ = list(map(ne, short, long))
        differ.append(True)  # (the added letter last: no place differs before it)
        at = differ.index(True)
        return short[at:] == long[at + 1 :]
    return within_edits(a, b, limit)


def _same_length_close(a: str, b: str, limit: int) -> bool:
    """:func:`close_spelling` of two different words of one length and first letter: letters replaced
    (as many as edits allowed), two neighbours swapped (one edit of the shape, two of the count) or,
    for two edits, a letter deleted and one added elsewhere (the letters between shifted by one). The
    places they differ at are found by C code: :func:`within_edits` walked their common ends letter
    by letter (on the 4 MB bench corpus most pairs compared are long words of one length)."""
    differ = list(map(ne, a, b))
    edits = differ.count(True)
    if edits <= limit:
        return True
    first = differ.index(True)
    if limit == 1:
        return edits == 2 and differ[first + 1] and a[first] == b[first + 1] and a[first + 1] == b[first]
    end = len(a) - differ[::-1].index(True)  # one past the last place they differ
    # between the first and the last place they differ, one is the other shifted by a letter
    return a[first + 1 : end] == b[first : end - 1] or a[first : end - 1] == b[first + 1 : end]


@cache
def lengths_close_to(size: int) -> tuple[int, ...]:
    """The lengths a word close to one of ``size`` letters can have (:func:`close_spelling`): its own
    (the word itself is close), one letter more or less, two only where both words are long; none
    shorter than SHORTEST_CLOSE. (``FuzzyKeys`` read the keys two letters longer and shorter for every
    query, and compared those its letters' mask let through only to find them too far apart.)"""
    if size < SHORTEST_CLOSE:
        return (size,)
    reach = 2 if size >= TWO_EDITS_FROM else 1
    return tuple(
        n
        for n in range(size - reach, size + reach + 1)
        if n == size or (n >= SHORTEST_CLOSE and (abs(n - size) == 1 or n >= TWO_EDITS_FROM))
    )


def within_edits(a: str, b: str, limit: int) -> bool:
    """True when the Levenshtein distance of ``a`` and ``b`` is at most ``limit`` (0, 1 or 2)."""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > limit:
        return False
    # only the differing middle matters: "stoltenberg" vs "stoltenburg" compares "e" with "u"
    n = len(a)
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    j = 0
    while j < n - k and a[-1 - j] == b[-1 - j]:
        j += 1
    if k + j == n:  # the shorter word is all matched: the rest of the longer one is inserted
        return True
    a, b = a[k : n - j], b[k : len(b) - j]
    # both middles now differ at their first and at their last letter, so one edit changes each
    # end (a single edit both only when each middle is one letter) and what lies between matches
    if limit < 2:
        return limit == 1 and len(a) == 1 and len(b) == 1
    extra = len(b) - len(a)
    if extra == 0:  # both ends replaced, or a letter deleted at one end and one added at the other
        return a[1:-1] == b[1:-1] or a[1:] == b[:-1] or a[:-1] == b[1:]
    if extra == 1:  # one end replaced, a letter of the longer one added at the other
        return a[1:] == b[1:-1] or a[:-1] == b[1:-1]
    return a == b[1:-1]  # a letter added at each end


LETTER_BITS = 30
"""A letter's bit in :func:`letter_mask`: its code modulo this (each ASCII letter a bit of its own;
the mask stays one small int)."""


def letter_mask(word: str) -> int:
    """The letters of ``word`` as bits, for :func:`may_be_close`."""
    mask = 0
    for letter in word:
        mask |= 1 << (ord(letter) % LETTER_BITS)
    return mask


def may_be_close(mask_a: int, mask_b: int, long_words: bool, same_length: bool = True) -> bool:
    """False when two words with these :func:`letter_mask` cannot be close (``long_words``: both are
    TWO_EDITS_FROM letters or more, two edits allowed): an edit adds a letter the other word lacks,
    or removes one, or both (a swap neither), so one edit leaves at most two bits differing, two
    edits four (letters sharing a bit only hide differences). Most pairs of names of one shape
    differ in more: close_to compares a quarter of them. See :func:`mask_bits_allowed`."""
    return (mask_a ^ mask_b).bit_count() <= mask_bits_allowed(long_words, same_length)


def mask_bits_allowed(long_words: bool, same_length: bool) -> int:
    """The most bits two close words' :func:`letter_mask` can differ in: four for two edits (long
    words); two for one edit that keeps the length (a letter replaced: one gone, one new); one for
    one that does not (a letter added or dropped: at most one letter the other word lacks). (The
    last is the most frequent comparison of ``FuzzyKeys``: the keys one letter longer or shorter.)"""
    if long_words:
        return 4
    return 2 if same_length else 1


def _deletes(word: str) -> tuple[str, ...]:
    """``word`` with up to two letters deleted, never the first: two words that begin alike and are
    within two edits of each other share one (their first letters match: the rest are within two).
    Up to one for a word shorter than TWO_EDITS_FROM: it is close to no word more than one edit away
    (:func:`close_spelling`), and two words one edit apart share a variant with one letter deleted
    at most from each (the word itself, or it less the letter replaced, added or swapped). A
    7-letter word has 7 variants so, not 22: on PolNeAR train the speakers step's surname index
    filed and looked up its short names' second deletions for no close name."""
    once = [word[:j] + word[j + 1 :] for j in range(1, len(word))]
    if len(word) < TWO_EDITS_FROM:
        return tuple({word, *once})
    out = set(once)
    # letters i < j deleted: letter i deleted from the word without letter j (each pair once)
    out.update([w[:i] + w[i + 1 :] for j, w in enumerate(once, 1) for i in range(1, j)])
    out.add(word)
    return tuple(out)  # kept per word: a tuple of strings the cyclic collector soon stops tracking


@dataclass(slots=True)
class SpellingMemo:
    """Answers that depend on the words alone (folded forms, deletion variants, close pairs), shared
    by the indexes of one ``find_quotes`` call so that no word is expanded or compared twice."""

    folded: dict[str, str] = field(default_factory=dict)
    deletes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    close: dict[str, bool] = field(default_factory=dict)
    """Keyed by the pair in sorted order (closeness is symmetric), joined by a NUL (no folded word holds
    one): a string, where a tuple per pair was one more object for the cyclic collector to track."""
    masks: dict[str, int] = field(default_factory=dict)
    """Each word's :func:`letter_mask`."""


_SCAN = 32
"""Up to this many keys of a query's shapes are compared with it one by one (see ``close_to``)."""

_INDEX_COST = 32
"""About how many comparisons indexing one key costs (its deletion variants): ``any_close`` reads
the keys of the query's shapes until it has compared this many per key, then indexes them."""


_Filed = dict[str, "str | set[str]"]
"""Words filed by deletion variant: the one word filed under a variant, or the set of them. A set per
variant was tens of thousands of containers for a corpus's surnames, each one more object for the
cyclic collector to count and walk (its full passes fell in the speaker index's build); a string is
none."""


class FuzzyKeys:
    """A set of folded names that finds the ones spelled closely to a query without comparing all."""

    def __init__(self, memo: SpellingMemo | None = None) -> None:
        memo = SpellingMemo() if memo is None else memo
        self._keys: set[str] = set()
        self._variants: _Filed = {}
        self._indexed = False
        """Whether ``_variants`` holds the keys: not until a query needs it (many are answered by
        reading a few keys, and a corpus's names may never need it)."""
        self._compared = 0  # keys read by any_close while not indexed
        self._deletes = memo.deletes
        self._pairs = memo.close
        self._answers: dict[str, list[str]] = {}
        self._asked: _Filed = {}  # variant -> queries answered, to keep answers current
        self._shapes: dict[tuple[str, int], list[str]] = {}  # the keys by (first letter, length)
        self._masks = memo.masks
        self._scanned: dict[str, tuple[list[str], list[int], int]] = {}
        """Answers found by reading the keys of the query's shapes, with how many keys each of those
        shapes held then and the :attr:`_added` count of the query's first letter (keys are only
        added, at the end of their shape's list: a new count means keys to read, only those)."""
        self._added: dict[str, int] = {}
        """Keys added so far by first letter: a close key shares the query's, so an answer read
        while no key of that letter came since stands (the speakers step asks after each person it
        adds, most of another letter: a count of the whole set made it read the shapes again)."""

    def add(self, key: str) -> None:
        if key in self._keys:
            return
        self._keys.add(key)
        first = key[:1]
        self._added[first] = self._added.get(first, 0) + 1
        if key not in self._masks:
            self._masks[key] = letter_mask(key)
        shape = (key[:1], len(key))
        same = self._shapes.get(shape)
        if same is None:
            self._shapes[shape] = [key]
        else:
            same.append(key)
        if self._indexed:
            self._index(key)

    def _index(self, key: str) -> None:
        touched = self._file_under(key, self._variants, self._asked)
        for query in touched:
            if self._close(key, query):
                self._answers[query] = sorted([*self._answers[query], key])

    def _index_all(self) -> None:
        self._indexed = True
        for key in self._keys:  # no query has asked yet: no answer to keep current
            self._index(key)

    def close_to(self, query: str) -> list[str]:
        answer = self._answers.get(query)
        if answer is not None:
            return answer
        first = query[:1]
        added = self._added.get(first, 0)
        scanned = self._scanned.get(query)
        if scanned is not None and scanned[2] == added:
            return scanned[0]  # no key of its first letter added since
        # close spellings share the first letter and differ in length by two at most
        shapes = self._shapes
        held = [shapes.get((first, n)) for n in lengths_close_to(len(query))]
        counts = [0 if keys is None else len(keys) for keys in held]
        count = sum(counts)
        if count == 0:
            return []
        if count <= _SCAN:
            # few keys of this shape: reading them beats expanding the query into its variants
            if scanned is None:
                answer = self._scan(query, [keys for keys in held if keys])
            elif scanned[1] == counts:
                answer = scanned[0]  # keys were added, but none of these shapes: the answer stands
            else:
                # only the keys added since are read: on PolNeAR train more than half the keys read
                # were read again, the speakers step asking again after adding a person of the letter
                read = zip(held, scanned[1], strict=True)
                more = self._scan(query, [keys[was:] for keys, was in read if keys and len(keys) > was])
                answer = sorted([*scanned[0], *more]) if more else scanned[0]
            self._scanned[query] = (answer, counts, added)
            return answer
        if not self._indexed:
            self._index_all()
        candidates = self._file_under(query, self._asked, self._variants)
        answer = self._answers[query] = sorted(k for k in candidates if self._close(k, query))
        return answer

    def _scan(self, query: str, near: list[list[str]], first_only: bool = False) -> list[str]:
        """The keys of ``near`` (the query's shapes) close to ``query``, read one by one, in order
        (``first_only``: the first one found, if any)."""
        answer = []
        pairs, masks = self._pairs, self._masks
        mine = masks.get(query)
        if mine is None:
            mine = masks[query] = letter_mask(query)
        size = len(query)
        long_query = size >= TWO_EDITS_FROM
        for keys in near:
            long_words = long_query and len(keys[0]) >= TWO_EDITS_FROM  # (one shape: one length)
            allowed = mask_bits_allowed(long_words, len(keys[0]) == size)
            for k in keys:  # may_be_close and self._close written out: the most frequent comparison
                if k == query:
                    answer.append(k)
                    if first_only:
                        return answer
                    continue
                if (masks[k] ^ mine).bit_count() > allowed:
                    continue
                pair = f"{k}\0{query}" if k <= query else f"{query}\0{k}"
                hit = pairs.get(pair)
                if hit is None:
                    hit = pairs[pair] = close_spelling(k, query)
                if hit:
                    answer.append(k)
                    if first_only:
                        return answer
        answer.sort()
        return answer

    def _file_under(self, word: str, home: _Filed, other: _Filed) -> set[str]:
        """Files ``word`` in ``home`` under each of its deletion variants and returns what ``other`` holds
        under them: a key is filed among the keys and meets the queries that asked for its variants; a
        query is filed among the queries and meets the keys."""
        met: set[str] = set()
        for variant in self._deletes_of(word):
            held = home.get(variant)
            if held is None:
                home[variant] = word  # most variants hold one word: no set made for it
            elif isinstance(held, str):
                if held != word:
                    home[variant] = {held, word}
            else:
                held.add(word)
            found = other.get(variant)
            if found is not None:
                if isinstance(found, str):
                    met.add(found)
                else:
                    met |= found
        return met

    def any_close(self, query: str) -> bool:
        """``bool(close_to(query))``, stopping at the first close key (nothing cached for ``query``)."""
        answer = self._answers.get(query)
        if answer is not None:
            return bool(answer)
        first, shapes = query[:1], self._shapes
        near = [keys for keys in (shapes.get((first, n)) for n in lengths_close_to(len(query))) if keys]
        if not near:
            return False
        if not self._indexed:
            count = sum(len(keys) for keys in near)
            if count <= _SCAN or self._compared + count <= _INDEX_COST * len(self._keys):
                # reading the keys is cheaper than indexing them all, until it has cost as much
                self._compared += count
                return self._scan(query, near, first_only=True) != []
            self._index_all()
        variants = self._deletes_of(query)
        if self._variants.keys().isdisjoint(variants):
            return False  # the most frequent answer, found at C speed: no key shares a variant
        tried: set[str] = set()
        for variant in variants:
            found = self._variants.get(variant)
            if found is None:
                continue
            if isinstance(found, str):
                if found not in tried and self._close(found, query):
                    return True
                tried.add(found)
                continue
            for key in found - tried:
                if self._close(key, query):
                    return True
            tried |= found
        return False

    def _deletes_of(self, word: str) -> tuple[str, ...]:
        known = self._deletes.get(word)
        if known is None:
            known = self._deletes[word] = _deletes(word)
        return known

    def _close(self, a: str, b: str) -> bool:
        pair = f"{a}\0{b}" if a <= b else f"{b}\0{a}"
        known = self._pairs.get(pair)
        if known is None:
            known = self._pairs[pair] = close_spelling(a, b)
        return known

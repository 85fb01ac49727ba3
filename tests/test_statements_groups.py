"""Statement groups (``assign_groups``) are those of their plain definition: quotes of the same words
and speaker are one statement, and so are two first wordings (one per words and speaker) that share
most of their words, speakers agreeing, across articles (within one article only a repeated one)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from corpus.model import Quote
from corpus.quotes.lexicon import STATEMENT_STOP_WORDS
from corpus.quotes.statements import assign_groups

_WORD = re.compile(r"\w+")


def _groups_by_definition(quotes: list[Quote]) -> list[int]:
    """Every pair compared, components numbered in order of their first quote."""
    n = len(quotes)
    keys = [(" ".join(_WORD.findall(q.text.lower())), q.speaker) for q in quotes]
    first = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    words = [frozenset(map(str.lower, _WORD.findall(q.text))) - STATEMENT_STOP_WORDS for q in quotes]
    linked = [[first[keys[i]]] for i in range(n)]
    reps = sorted(set(first.values()))
    for a in reps:
        for b in reps:
            if a >= b or len(words[a]) < 3 or len(words[b]) < 3:
                continue
            shared = len(words[a] & words[b])
            least = min(len(words[a]), len(words[b]))
            if shared < 2 or shared < 0.6 * least:
                continue
            one, two = quotes[a].speaker, quotes[b].speaker
            if one is not None and two is not None and one != two:
                continue
            if quotes[a].article == quotes[b].article and shared < least:
                continue
            linked[a].append(b)
            linked[b].append(a)
    component = [-1] * n
    for i in range(n):  # the reps' components, then each quote takes its first wording's
        if component[i] == -1 and first[keys[i]] == i:
            stack = [i]
            while stack:
                j = stack.pop()
                if component[j] == -1:
                    component[j] = i
                    stack.extend(linked[j])
    roots = [component[first[keys[i]]] for i in range(n)]
    ids: dict[int, int] = {}
    return [ids.setdefault(root, len(ids) + 1) for root in roots]


sayings = st.sampled_from(
    [
        "There are signs from Moscow that diplomacy should continue",
        "There are signs from Moscow that diplomacy could continue",
        "signs from Moscow diplomacy",
        "We have not seen any de-escalation on the ground",
        "hysteria",
        "Russia has amassed a fighting force",
        "Russia has amassed a fighting force near Ukraine, unprecedented",
    ]
)
quotes = st.lists(
    st.builds(
        Quote,
        st.sampled_from(["a.txt", "b.txt", "c.txt"]),
        st.just(0),
        st.just(1),
        sayings,
        st.just("direct"),
        st.sampled_from([None, "Jens Stoltenberg", "Dmitry Peskov"]),
    ),
    max_size=30,
)


@given(quotes)
def test_groups_are_those_of_the_definition(made: list[Quote]) -> None:
    expected = _groups_by_definition(made)
    assign_groups(made)
    assert [q.group for q in made] == expected


def test_a_statement_reworded_across_articles_is_one_group_and_speakers_keep_theirs_apart() -> None:
    said = "There are signs from Moscow that diplomacy should continue"
    made = [
        Quote("a.txt", 0, 1, said, "direct", "Jens Stoltenberg"),
        Quote("b.txt", 0, 1, said.replace("should", "could"), "direct", None),
        Quote("c.txt", 0, 1, said, "direct", "Dmitry Peskov"),
        Quote("a.txt", 5, 9, said, "direct", "Jens Stoltenberg"),
    ]
    assign_groups(made)
    assert [q.group for q in made] == [1, 1, 1, 1]  # (b, with no speaker, agrees with both)
    alone = [made[0], made[2], made[3]]
    assign_groups(alone)
    assert [q.group for q in alone] == [1, 2, 1]

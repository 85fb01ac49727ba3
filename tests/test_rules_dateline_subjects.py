"""A dateline opening a story's first sentence is no subject ("NEW YORK (AP) — Acme Corp. is…": the
subject is Acme Corp., whom "the company" later stands for); and a description brought in with "a"
or "one" is someone new, never the person the article named before with that role."""

from __future__ import annotations

import pytest

from corpus.quotes.openings import skip_adverbial
from tests.article_reads import names_read


@pytest.mark.parametrize(
    ("opening", "subject"),
    [
        ("NEW YORK (AP) — Acme Corp. is", "Acme Corp. is"),
        ("WASHINGTON—The senator said", "The senator said"),
        ("LONDON, June 1 (Reuters) - Acme said", "Acme said"),
        ("JACKSON, Miss. - The mayor said", "The mayor said"),
        ("EB-5 requires an investment", "EB-5 requires an investment"),  # a hyphen inside a word
        ("FBI agents said", "FBI agents said"),
    ],
)
def test_a_dateline_is_stepped_over_to_the_subject(opening: str, subject: str) -> None:
    assert opening[skip_adverbial(opening, 0, len(opening)) :] == subject


def test_the_company_after_a_dateline_is_the_company_it_opens_with() -> None:
    text = (
        "Policy news\n\n"
        "NEW YORK (AP) — Acme Corp. is backpedaling on its recently announced policy after critics spoke.\n\n"
        "The company said in a blog post that the policy “created confusion and concern” among artists.\n"
    )
    assert names_read(text) == ["Acme Corp."]


def test_a_description_with_a_is_someone_new() -> None:
    text = (
        "A Day\n\n"
        "Steve Elmwood, a veteran lobbyist close to the campaign, says the goal is “to win it all.”\n\n"
        "“The drop we are seeing now is due to the emails,” said a lobbyist close to the campaign.\n\n"
        "“We expected it,” the lobbyist said.\n"
    )
    assert names_read(text) == ["Steve Elmwood", None, "Steve Elmwood"]


def test_you_stands_for_the_reader_not_a_name_before() -> None:
    text = (
        "Browsing news\n\n"
        "After a short period, Safe Browsing anonymizes this data so it is no longer connected to you.\n\n"
        "You can opt in to this mode by selecting the “Enhanced protection” mode under the settings.\n"
    )
    assert names_read(text) == [None]

"""The role set off after a speaker's name (``corpus.quotes.appositives``): a description whose head
is a job, read up to its closing comma or the sentence's stop, never a clause."""

from __future__ import annotations

import pytest

from corpus.quotes.appositives import appositive_role


def _role(written: str) -> str | None:
    return appositive_role(written, written.index(","))


@pytest.mark.parametrize(
    ("written", "role"),
    [
        ("said Ann Colbert, a spokeswoman for the company.", "a spokeswoman for the company"),
        ("said Ann Colbert, a spokeswoman for the company, on Monday.", "a spokeswoman for the company"),
        (
            "said Jo Pike, executive director and co-founder of Acme.",
            "executive director and co-founder of Acme",
        ),
        ("said Jo Pike, 45, a retired lawyer.", "a retired lawyer"),
        ("said Jo Pike, a spokeswoman for Acme Inc. She added", "a spokeswoman for Acme Inc."),
        ("said Jo Pike, the U.S. envoy to the talks.", "the U.S. envoy to the talks"),
        ("said Jo Pike, a lawyer in Iowa. Pike said", "a lawyer in Iowa"),
        ("said Jo Pike, a professor at Iowa who co-wrote a book.", "a professor at Iowa"),
        ("said Jo Pike, the mayor", "the mayor"),
        ("said Jo Pike, who runs a shop nearby.", None),
        ("said Jo Pike, adding that the talks would go on.", None),
        ("said Jo Pike, the first woman to lead the group.", None),
        ("said Jo Pike, Acme Corp.", None),
        ("said Jo Pike, D-Calif.", None),
        ("said Jo Pike, and then she left.", None),
    ],
)
def test_an_appositive_is_a_role_only_when_its_head_is_a_job(written: str, role: str | None) -> None:
    assert _role(written) == role


def test_a_description_that_runs_past_the_reach_is_none() -> None:
    assert _role("said Jo Pike, a spokeswoman " + "for the group " * 20 + "on Monday.") is None

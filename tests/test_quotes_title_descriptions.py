"""A description resolves to the holder of an abbreviated title ("Sen. …" … "the senator"), and
not to one whose role names another place ("California Gov. …" is not "the Arkansas governor")."""

from __future__ import annotations

from tests.quote_texts import speakers_in


def speakers(body: str) -> list[str | None]:
    return speakers_in(body, "Budget talks stall")


def test_the_senator_is_the_sen_named_before() -> None:
    found = speakers(
        "Sen. Jane Roe (D-Vt.) opened the hearing on Tuesday with a list of complaints about the bill.\n\n"
        "Staff handed out copies of the draft to reporters waiting in the hall.\n\n"
        "“This budget cuts the very programs our towns depend on,” the senator said."
    )
    assert found == ["Jane Roe"]


def test_the_governor_of_a_state_is_the_gov_of_that_state() -> None:
    found = speakers(
        "New Jersey Gov. John Doe toured the flooded towns on Monday and promised more help.\n\n"
        "“We will rebuild every road that was lost,” the New Jersey governor said."
    )
    assert found == ["John Doe"]


def test_a_governor_of_another_state_is_not_the_one_named() -> None:
    found = speakers(
        "California Gov. John Doe toured the flooded towns on Monday and promised more help.\n\n"
        "“We did the same thing twenty years ago,” the former Arkansas governor said."
    )
    assert found != ["John Doe"]


def test_a_statement_speaks_for_whoever_issued_it() -> None:
    found = speakers(
        "In Washington, Mayor Jane Roe released a statement on Thursday night about the fire.\n\n"
        "“We stand with every family that lost a home tonight,” the statement said."
    )
    assert found == ["Jane Roe"]


def test_a_statement_another_name_issued_is_not_the_first_subject_s() -> None:
    found = speakers(
        "The Herald said John Doe provided a written statement in response to its questions.\n\n"
        "“I regret the delay and will repay the money,” the statement said."
    )
    assert found != ["Herald"]

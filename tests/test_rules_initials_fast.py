"""Middle initials are written with their periods: a name with no period is known to hold none without
its words being read ("Emmet Sullivan"), and one seen by a single name is shown by it. Names with
initials are read as before ("Emmet G. Sullivan", "George H.W. Bush" against "George W. Bush")."""

from __future__ import annotations

from unittest import mock

from corpus.quotes import middle_initials as initials_module
from corpus.quotes.middle_initials import other_initials, without_initials
from corpus.quotes.shown_names import shown_name


def _words_never_read() -> mock._patch[mock.MagicMock]:
    unread = mock.MagicMock()
    unread.fullmatch.side_effect = AssertionError("a word read for initials")
    return mock.patch.object(initials_module, "_MIDDLE_INITIAL", unread)


def test_a_name_without_a_period_holds_no_initials() -> None:
    with _words_never_read():
        assert without_initials("Emmet Gary Sullivan") == "Emmet Gary Sullivan"
        assert not other_initials("George Walker Bush".split(), ["George H.W. Bush", "George W. Bush"])
        assert shown_name({"Emmet Sullivan": 3, "Sullivan": 5}) == "Emmet Sullivan"
        assert shown_name({"Judge Emmet Sullivan": 1}) == "Judge Emmet Sullivan"


def test_names_with_initials_are_read_as_before() -> None:
    assert without_initials("Emmet G. Sullivan") == "Emmet Sullivan"
    assert without_initials("George H. W. Bush") == "George Bush"
    assert without_initials("J. Roe") == "J. Roe"
    assert other_initials("George W. Bush".split(), ["George Bush", "George H.W. Bush"])
    assert not other_initials("George W. Bush".split(), ["George W. Bush", "Laura Bush"])
    assert shown_name({"Emmet G. Sullivan": 2, "Emmet Sullivan": 1}) == "Emmet G. Sullivan"
    assert shown_name({"Philip H. Hickock": 1, "Philip Hickok": 2}) == "Philip Hickok"
    with _words_never_read():
        assert shown_name({"Philip H. Hickock": 4}) == "Philip H. Hickock"  # (one name: shown as it is)

"""A definite description ("the president", "the Ohio senator") stands for the person named before
whom the article gives that title anywhere, not only where it names them as a subject ("… meet with
President Dana Whitcombe …. Ms. Whitcombe welcomed it. “…,” the president said"); not past a person
the article gives no title (who may be the one described), nor for another office ("its vice
president"). Text written for the test."""

from __future__ import annotations

from corpus.quotes.titled_names import names_a_holder, titles_before
from tests.article_reads import spoken


def test_the_president_is_the_person_titled_president_in_the_lead() -> None:
    assert spoken(
        "The leaders of the two countries will meet with President Dana Whitcombe next week.\n\n"
        "Ms. Whitcombe welcomed the offer on Friday. “This is very good news for the region,” the "
        "president said in a statement."
    ) == [("This is very good news for the region,", "Dana Whitcombe")]


def test_a_description_names_no_one_past_an_untitled_person_nor_another_office() -> None:
    titled_as_an_object = "The crowd cheered for Sen. Ada Morrow on Monday. Ms. Morrow spoke first.\n\n"
    said = "Walking in to cheers, the senator said his campaign was “closing really strong.”"
    assert spoken(titled_as_an_object + "Ms. Morrow stopped by her headquarters on Tuesday. " + said) == [
        ("closing really strong.", "Ada Morrow")
    ]
    # a person the article gives no title stands between: perhaps the senator described
    assert spoken(titled_as_an_object + "Tom Ruiz stopped by his headquarters on Tuesday. " + said) == [
        ("closing really strong.", None)
    ]
    assert titles_before("met with French President Jean Dupuis today", "Dupuis") == ("French President",)
    assert names_a_holder("the senator", "senator", "Sen.")
    assert not names_a_holder("its senior vice president", "president", "President")
    assert not names_a_holder("the vice president", "president", "President")

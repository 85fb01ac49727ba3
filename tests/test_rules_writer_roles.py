"""A role from the writer's possessive ("writes my friend Ana Ruiz") is no role of the speaker's."""

from __future__ import annotations

from tests.article_reads import quotes_and_speakers


def test_my_friend_is_no_role_shown_for_the_speaker() -> None:
    body = (
        "Voters are tired of the fight.\n\n"
        "\u201cThe idea of a nation is made by its citizens,\u201d writes my friend Ana Ruiz "
        "in her new book.\n"
    )
    _, speakers = quotes_and_speakers(body)
    assert [(s.name, s.role) for s in speakers] == [("Ana Ruiz", None)]

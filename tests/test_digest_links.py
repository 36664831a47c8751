"""A post that links another post of the window is about that post: one item of a digest
(archive/digest_links.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from conftest import channel_post

from tg_archiver.archive.digest_items import group_items
from tg_archiver.archive.digest_links import linked_posts
from tg_archiver.archive.export import ExportRow

T0 = datetime(2025, 9, 15, 6, 0, tzinfo=UTC)

FLASH = (
    "Перестрелка на киргизско-таджикской границе возобновилась около полудня, таджикская "
    "сторона применяет минометы — ГКНБ Киргизии"
)
# An analyst's comment on it: few of its words or names, but its link.
COMMENT = (
    "Ворух опять. Третий раз за три года, и сценарий одинаковый: вода, дорога, «первыми "
    "открыли огонь они». https://t.me/interfax_news/{n} #Баткен"
)
OTHER = "Росатом и Казахстан подписали дорожную карту по строительству первой АЭС."


def post(n: int, text: str, source: str, minutes: int, **changes: object) -> ExportRow:
    row = channel_post(n, text, source, T0 + timedelta(minutes=minutes))
    return replace(row, **changes)  # type: ignore[arg-type]


def leads(rows: list[ExportRow]) -> list[list[int]]:
    return [[r.id for r in item.rows] for item in group_items(rows)]


def test_a_comment_linking_a_post_joins_its_item() -> None:
    rows = [
        post(97004, FLASH, "interfax_news", 0),
        post(97005, OTHER, "interfax_news", 30),
        post(7403, COMMENT.format(n=97004), "sredazia_monitor", 240),
    ]
    assert leads(rows) == [[97004, 7403], [97005]]


def test_a_link_read_by_the_post_number_alone_when_usernames_are_unknown() -> None:
    # An imported export stores no username: the post's number, when one post bears it.
    rows = [
        post(97004, FLASH, "1700000001", 0, url=None),
        post(97005, OTHER, "1700000001", 30, url=None),
        post(7403, COMMENT.format(n=97004), "1700000002", 240, url=None),
    ]
    assert leads(rows) == [[97004, 7403], [97005]]
    # Two posts of that number, neither named by its URL: no telling which.
    twin = post(
        97004 + 10**6,
        "В Белоруссии стартовало учение КСОР ОДКБ «Взаимодействие-2025».",
        "1700000003",
        60,
        url=None,
        external_id="97004",
    )
    assert len(group_items([*rows, twin])) == 4


def test_a_link_to_a_later_post_or_none_in_the_window_folds_nothing() -> None:
    later = [
        post(7403, COMMENT.format(n=97004), "sredazia_monitor", 0),
        post(97004, FLASH, "interfax_news", 60),
    ]
    assert len(group_items(later)) == 2
    missing = [
        post(97005, OTHER, "interfax_news", 0),
        post(7403, COMMENT.format(n=97004), "sredazia_monitor", 60),
    ]
    assert len(group_items(missing)) == 2


def test_a_link_from_another_step_of_the_story_folds_nothing() -> None:
    # The ceasefire's report linking the fighting's is the ceasefire's story.
    rows = [
        post(97004, FLASH, "interfax_news", 0),
        post(
            7410,
            "Киргизия и Таджикистан договорились о прекращении огня с 20:00. Ранее: "
            "https://t.me/interfax_news/97004",
            "sredazia_monitor",
            120,
        ),
    ]
    assert len(group_items(rows)) == 2


def test_linked_posts_reads_both_link_forms() -> None:
    text = "См. t.me/mid_rf/48217 и https://t.me/c/1700000001/12 , но не https://t.me/mid_rf"
    assert linked_posts(text) == [("mid_rf", None, "48217"), (None, "1700000001", "12")]


def test_a_post_linking_two_stories_is_a_roundup_of_them_and_joins_neither() -> None:
    rows = [
        post(97004, FLASH, "interfax_news", 0),
        post(97005, OTHER, "interfax_news", 30),
        post(
            7420,
            "Главное за утро: бои у Ворух (https://t.me/interfax_news/97004), Росатом строит "
            "АЭС в Казахстане (https://t.me/interfax_news/97005).",
            "sredazia_monitor",
            240,
        ),
    ]
    got = leads(rows)
    assert [97004] in got and [97005] in got  # neither story holds the roundup
    assert all(len(ids) == 1 for ids in got)

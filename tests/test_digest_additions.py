"""What the reports folded into a digest's story add to it: a folded flash's own fact is
shown under the story, not lost in "+N sources" (archive/digest_additions.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from conftest import export_row

from tg_archiver.archive.digest import DigestOptions, render_item
from tg_archiver.archive.digest_additions import MAX_ADDED, additions
from tg_archiver.archive.digest_items import DigestItem
from tg_archiver.archive.export import ExportRow

T0 = datetime(2024, 6, 4, 6, 30, tzinfo=UTC)
OPTIONS = DigestOptions(title="SCO", topics=("SCO",))

RIA = "Главы МИД стран ШОС одобрили проект Астанинской декларации, сообщил Нуртлеу."
TASS = "Лавров: саммит ШОС в Астане утвердит стратегию развития организации до 2035 года."
# A reposting channel's copy of the ministry's readout, the minister named by his first name.
READOUT = "О переговорах главы МИД России С.В.Лаврова с главой МИД Таджикистана С.Мухриддином."
REPOST = (
    "О переговорах главы МИД России Сергея Лаврова с Министром иностранных дел Республики "
    "Таджикистан С.Мухриддином."
)


def post(n: int, text: str, source: str, minutes: int, **changes: object) -> ExportRow:
    return export_row(
        n,
        text,
        source=source,
        source_title=source.upper(),
        url=f"https://t.me/{source}/{n}",
        published_at=T0 + timedelta(minutes=minutes),
        **changes,
    )


def test_a_folded_flash_with_a_fact_of_its_own_is_shown_under_the_story() -> None:
    item = DigestItem(post(1, RIA, "ria", 0), (post(2, TASS, "tass", 40),))
    message = render_item(item, OPTIONS)
    lines = message.splitlines()
    assert lines[0] == f"<b>{RIA.rstrip('.')}</b>"
    # TASS's strategy and its year: a line of its own, linked, not one more "+1 source".
    assert lines[-1] == (
        'Also <a href="https://t.me/tass/2">TASS</a>: Лавров: саммит ШОС в Астане утвердит '
        "стратегию развития организации до 2035 года"
    )
    assert "+1 source" not in message
    assert additions(item, [RIA]) == [(item.copies[0], lines[-1].split(": ", 1)[1])]


def test_a_copy_a_translation_or_the_same_facts_add_nothing() -> None:
    lead = post(1, READOUT, "mfa", 0)
    repost = post(2, REPOST, "repost", 5)  # "Сергея" before "Лаврова": the same man
    copy = post(3, TASS, "tass_copy", 6, duplicate_of=1)  # a near duplicate: the lead's own
    english = post(4, "Lavrov met Tajik Foreign Minister Muhriddin in Moscow in 2035.", "en", 7)
    item = DigestItem(lead, (repost, copy, english))
    assert additions(item, [READOUT]) == []
    message = render_item(item, OPTIONS)
    assert "Also" not in message
    assert "+3 sources" in message


def test_at_most_a_few_additions_each_adding_to_those_before() -> None:
    lead = post(1, "Совбез ООН принял резолюцию по Газе.", "ria", 0)
    told = [
        post(2, "Совбез ООН одобрил резолюцию по Газе: 14 голосов «за».", "tass", 3),
        post(3, "СБ ООН: 14 голосов «за» резолюцию по Газе.", "izv", 4),  # nothing new now
        post(4, "Совбез ООН принял резолюцию 2735 по Газе.", "mfa", 5),
        post(5, "Небензя объяснил, почему Россия воздержалась по Газе в СБ ООН.", "rt", 6),
    ]
    item = DigestItem(lead, tuple(told))
    added = additions(item, ["Совбез ООН принял резолюцию по Газе"])
    assert [row.id for row, _ in added] == [2, 4][:MAX_ADDED]
    # The source whose fact is shown is not listed again among the others.
    message = render_item(item, OPTIONS)
    assert "+2 sources: " in message
    assert message.count("https://t.me/tass/2") == 1


def test_a_short_digest_lists_sources_only() -> None:
    item = DigestItem(post(1, RIA, "ria", 0), (post(2, TASS, "tass", 40),))
    assert "Also" not in render_item(item, replace(OPTIONS, excerpt_chars=0))
    assert "+1 source: " in render_item(item, replace(OPTIONS, excerpt_chars=0))


def test_a_cut_headline_ends_at_its_last_whole_clause() -> None:
    lead = post(1, "Си Цзиньпин поздравил Пезешкиана с избранием президентом Ирана.", "tass", 0)
    long = (
        "Председатель КНР Си Цзиньпин поздравил Масуда Пезешкиана с избранием на пост "
        "президента Ирана и выразил уверенность, что отношения двух стран продолжат "
        "развиваться на благо народов обеих стран и всего региона в целом."
    )
    item = DigestItem(lead, (post(2, long, "ria", 30),))
    [(_, said)] = additions(item, [lead.text])
    assert not said.endswith("…")
    assert said.startswith("Председатель КНР Си Цзиньпин поздравил")

"""A topic with more stories than it shows: which stay, and the "and N more" line."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from conftest import export_row as row
from conftest import ingest, make_post
from test_digest import SINCE, UNTIL, check_message, compose, options

from tg_archiver.archive.digest import DigestOptions, compose_digest
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.tags import TopicAliases


def covered_story_and_five_singles() -> list[ExportRow]:
    lead = row(1, "Summit opens in Astana.")
    copies = [
        row(
            n, "Summit opens in Astana.", source=f"s{n}", source_title=f"Agency {n}", duplicate_of=1
        )
        for n in (2, 3, 4)
    ]
    singles = [row(n, f"Single story {n}.") for n in range(5, 10)]
    return [lead, *copies, *singles]


def test_a_cut_topic_keeps_the_most_covered_then_the_newest_and_says_how_many_more() -> None:
    [message] = compose(covered_story_and_five_singles(), options(max_items_per_topic=3))
    check_message(message)
    assert "Summit opens in Astana" in message  # four sources: kept though the oldest
    assert "Single story 9" in message and "Single story 8" in message
    assert not any(f"Single story {n}" in message for n in (5, 6, 7))
    assert "6 stories from 9 posts, 4 sources, 1 topic" in message
    assert "<b>#SCO</b> · 6 stories" in message
    assert message.count("and 3 more") == 1
    assert message.endswith(
        "and 3 more: <code>/search tag:SCO since:2024-03-01T00:00Z until:2024-04-01T00:00Z</code>"
    )
    # The most covered first, the rest in time order, like an uncut topic.
    assert message.index("Summit opens") < message.index("Single story 8")
    assert message.index("Single story 8") < message.index("Single story 9")


def test_a_cut_weeks_digest_keeps_the_newest_of_each_day_not_the_last_days() -> None:
    # Three days of four single stories each, six shown: the newest-first rule alone showed
    # the last day's four and two of the day before, and nothing of the first day.
    rows = [
        row(
            10 * d + n,
            f"Day {d} story {n}.",
            published_at=datetime(2024, 3, d, 8 + n, 0, tzinfo=UTC),
        )
        for d in (2, 3, 4)
        for n in range(1, 5)
    ]
    [message] = compose(rows, options(max_items_per_topic=6))
    shown = re.findall(r"Day (\d) story (\d)", message)
    assert shown == [("2", "3"), ("2", "4"), ("3", "3"), ("3", "4"), ("4", "3"), ("4", "4")]
    # Days are the digest's time zone's: 23:30 UTC on the 2nd is the newest of the 2nd in
    # UTC, the oldest of the 3rd in Moscow.
    late = row(99, "Late story.", published_at=datetime(2024, 3, 2, 23, 30, tzinfo=UTC))
    [utc] = compose([*rows, late], options(max_items_per_topic=3))
    assert "Late story" in utc
    assert re.findall(r"Day (\d) story (\d)", utc) == [("3", "4"), ("4", "4")]
    [moscow] = compose([*rows, late], options(max_items_per_topic=3, timezone="Europe/Moscow"))
    assert "Late story" not in moscow
    assert re.findall(r"Day (\d) story (\d)", moscow) == [("2", "4"), ("3", "4"), ("4", "4")]


def test_no_more_line_when_every_story_is_shown() -> None:
    rows = covered_story_and_five_singles()
    for limit in (6, 10):
        [message] = compose(rows, options(max_items_per_topic=limit))
        assert "more" not in message
        assert all(f"Single story {n}" in message for n in range(5, 10))


def test_more_lines_of_a_search_a_phrase_tag_and_other() -> None:
    rows = [row(n, f"Story {n}.", tags=("Ceasefire watch", "Asia Pacific")) for n in range(1, 4)]
    rows += [row(n, f"Untagged {n}.", tags=()) for n in range(4, 7)]
    opts = options(
        "Asia Pacific",
        "Ceasefire watch",
        max_items_per_topic=1,
        include_untagged=True,
        searches=("Ceasefire watch",),
        search_queries=(("Ceasefire watch", "ceasefire OR truce"),),
    )
    [message] = compose(rows, opts)
    window = "since:2024-03-01T00:00Z until:2024-04-01T00:00Z"
    assert f'and 2 more: <code>/search tag:"Asia Pacific" {window}</code>' in message
    assert "\n\nand 2 more\n" in message + "\n"  # Other: no query to give
    searched = options("Ceasefire watch", max_items_per_topic=1, searches=("Ceasefire watch",),
                       search_queries=(("Ceasefire watch", "ceasefire OR truce"),))  # fmt: skip
    [only] = compose(rows[:3], searched)
    assert only.endswith(f"and 2 more: <code>/search ceasefire OR truce {window}</code>")


async def test_the_more_command_finds_the_stories_the_digest_left_out(
    engine_store: Store,
) -> None:
    store = engine_store
    await ingest(store, *(make_post(n, f"#SCO story number {n}.", day=n + 1) for n in range(1, 8)))
    rows = await store.digest_rows(["SCO"], since=SINCE, until=UNTIL)
    [message] = compose(rows, options(max_items_per_topic=3))
    command = re.search(r"and 4 more: <code>/search (.+)</code>$", message)
    assert command is not None
    hits = await store.search(parse_query(html.unescape(command.group(1))), limit=50)
    found = {h.row.external_id for h in hits}
    shown = set(re.findall(r"story number (\d+)", message))
    assert shown == {"5", "6", "7"}
    assert found == {str(n) for n in range(1, 8)} and found - shown == {"1", "2", "3", "4"}


async def test_the_more_command_of_a_moscow_digest_names_its_own_window(
    engine_store: Store,
) -> None:
    # A window from Moscow midnight is 21:00 UTC the day before: the command named that day,
    # and, with no end, listed the days after the window first.
    since = datetime(2024, 3, 4, 21, tzinfo=UTC)
    until = since + timedelta(days=1)
    posts = [make_post(n, f"#SCO story number {n}.", day=5) for n in range(1, 5)]
    posts += [make_post(n, f"#SCO story number {n}.", day=4) for n in range(5, 7)]  # before
    posts += [make_post(n, f"#SCO story number {n}.", day=6) for n in range(7, 9)]  # after
    await ingest(engine_store, *posts)
    rows = await engine_store.digest_rows(["SCO"], since=since, until=until)
    opts = options(max_items_per_topic=1, timezone="Europe/Moscow")
    [message] = compose_digest(rows, opts, since=since, until=until)
    window = "since:2024-03-05T00:00+03:00 until:2024-03-06T00:00+03:00"
    assert message.endswith(f"and 3 more: <code>/search tag:SCO {window}</code>")
    hits = await engine_store.search(parse_query(f"tag:SCO {window}"), limit=50)
    assert {h.row.external_id for h in hits} == {"1", "2", "3", "4"}


def test_a_topics_heading_counts_its_stories_listed_under_an_earlier_topic() -> None:
    # A story goes under the first topic it has; BRICS's heading said "1 story" while three
    # stories tagged #BRICS sat under #SCO (an editor's review: 17 counted, 32 in the topic).
    rows = [
        row(1, "Both summits.", tags=("SCO", "BRICS")),
        row(2, "Both again.", tags=("SCO", "BRICS")),
        row(3, "SCO only."),
        row(4, "BRICS only.", tags=("BRICS",)),
    ]
    [message] = compose(rows, options("SCO", "BRICS"))
    check_message(message)
    assert "<b>#SCO</b> · 3 stories\n" in message
    assert "<b>#BRICS</b> · 1 story · 2 more under #SCO\n" in message


def test_the_header_names_a_topic_asked_for_that_has_no_section() -> None:
    # A topic with no story of its own vanished from the digest, and "Other" counted as a
    # topic under a line of two hashtags ("3 topics").
    rows = [row(1, "Both summits.", tags=("SCO", "CIS")), row(2, "Untagged.", tags=())]
    [message] = compose(rows, options("SCO", "CIS", "UN", include_untagged=True))
    check_message(message)
    header = message.split("\n\n", 1)[0]
    assert "2 stories from 2 posts, 1 source, 1 topic and Other" in header
    assert header.endswith("#SCO\n#CIS: 1 under #SCO; nothing for #UN")


def test_a_cut_topic_lists_other_events_before_more_reports_of_one() -> None:
    # One channel's three reports of one vote, the newest of the day, and two stories of
    # other events: three shown were the three reports (the newest first); now one of them
    # and the other two events, the rest of the vote under "and 2 more".
    vote = [
        "Совет Безопасности ООН не принял российский проект резолюции о прекращении огня в"
        " Ливане: против проголосовали США, Великобритания и Франция.",
        "Небензя: западные члены Совета Безопасности ООН заблокировали российский проект"
        " резолюции о прекращении огня в Ливане.",
        "Проект резолюции о прекращении огня в Ливане в Совете Безопасности ООН поддержали"
        " шесть стран, против проголосовали три.",
    ]
    others = [
        "Генсек ООН Гутерриш призвал стороны конфликта в Судане к перемирию.",
        "МАГАТЭ провело ротацию экспертов на Запорожской АЭС.",
    ]
    at = datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    rows = [
        *(row(n, text, published_at=at + timedelta(hours=n)) for n, text in enumerate(others, 1)),
        *(row(n, text, published_at=at + timedelta(hours=n)) for n, text in enumerate(vote, 3)),
    ]
    [message] = compose(rows, options(max_items_per_topic=3))
    check_message(message)
    assert "Гутерриш" in message and "Запорожской" in message
    assert sum(text[:40] in message for text in vote) == 1
    assert "and 2 more" in message


def test_other_lists_untagged_news_before_more_of_a_story_shown_under_its_topic() -> None:
    # The week's "Other" had room for two: the newest were a channel's untagged report of
    # the vote already shown under #UN and one other story; now the two other stories.
    at = datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    vote = row(
        1,
        "Совет Безопасности ООН не принял российский проект резолюции о прекращении огня в"
        " Ливане: против проголосовали США, Великобритания и Франция.",
        tags=("UN",),
        published_at=at,
    )
    untagged = [
        row(2, "В Москве открылась выставка «Иннопром».", tags=(), published_at=at),
        row(3, "В Казани открылся форум «Россия — исламский мир».", tags=(), published_at=at),
        row(
            4,
            "Москва сожалеет, что Совет Безопасности ООН не принял проект резолюции о"
            " прекращении огня в Ливане: против проголосовали США, Великобритания и Франция.",
            tags=(),
            published_at=at + timedelta(hours=2),
        ),
    ]
    untagged[0] = replace(untagged[0], published_at=at + timedelta(hours=1))
    [message] = compose(
        [vote, *untagged], options("UN", include_untagged=True, max_items_per_topic=2)
    )
    check_message(message)
    other = message[message.index("<b>Other</b>") :]
    assert "Иннопром" in other and "Россия — исламский мир" in other
    assert "Москва сожалеет" not in other and "and 1 more" in other


def test_a_cut_topic_lists_other_events_before_another_languages_report_of_one() -> None:
    # A ministry's channel posts its readout in Russian and, the same hour, in English (one
    # source: no translation to fold); the two newest stories of the day were the two
    # versions, and the day's other event was cut. Now one version and the other event.
    readout_ru = (
        "О телефонном разговоре С.В.Лаврова с Министром иностранных дел Буркина-Фасо"
        " К.Ж.-М.Траоре\n\n7 июня Лавров и Траоре обсудили открытие посольства России в"
        " Уагадугу и поставки зерна."
    )
    readout_en = (
        "Sergey Lavrov's telephone conversation with Foreign Minister of Burkina Faso"
        " Karamoko Jean-Marie Traoré\n\nOn June 7, Lavrov and Traoré discussed the opening of"
        " the Russian Embassy in Ouagadougou and grain deliveries."
    )
    other = "Генсек ООН Гутерриш призвал стороны конфликта в Судане к перемирию."
    at = datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    rows = [
        row(1, other, source="agency", source_title="Agency", published_at=at),
        row(2, readout_ru, published_at=at + timedelta(hours=2)),
        row(3, readout_en, published_at=at + timedelta(hours=3)),
    ]
    [message] = compose(rows, options(max_items_per_topic=2))
    check_message(message)
    assert "Гутерриш" in message
    assert ("Буркина-Фасо" in message) != ("Burkina Faso" in message)
    assert "and 1 more" in message


def test_a_topic_leads_with_its_most_covered_story_and_keeps_passing_mentions_last() -> None:
    # quake_week's Quake digest of 18 November listed its stories in time order: the toll,
    # told by five agencies and updated all day, came last (its lead the evening's figure),
    # on the digest's second page. An editor leads with the day's main story.
    day = datetime(2024, 3, 4, tzinfo=UTC)
    hotline = row(
        1,
        "Посольство России в Анкаре открыло горячую линию для российских граждан.",
        published_at=day + timedelta(hours=6),
        tags=("Quake",),
    )
    mourning = row(
        2,
        "Erdoğan declares 7 days of national mourning after Erzurum earthquake.",
        published_at=day + timedelta(hours=10),
        source="aa",
        source_title="Anadolu Agency",
        tags=("Quake",),
    )
    toll = [
        row(
            10 + n,
            "Число жертв землетрясения в Турции достигло 284 — AFAD.",
            published_at=day + timedelta(hours=18, minutes=n),
            source=f"agency{n}",
            source_title=f"Agency {n}",
            duplicate_of=None if n == 0 else 10,
            tags=("Quake",),
        )
        for n in range(4)
    ]
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 4
    passing = [
        row(
            20 + n,
            f"Министры иностранных дел стран ШОС провели заседание в Бишкеке.\n{filler}\n"
            "Участники почтили минутой молчания жертв землетрясения в Турции.",
            published_at=day + timedelta(hours=5, minutes=n),
            source=f"wire{n}",
            source_title=f"Wire {n}",
            duplicate_of=None if n == 0 else 20,
            tags=("Quake",),
        )
        for n in range(3)
    ]
    aliases = TopicAliases.from_mapping({"Quake": ["землетрясение", "earthquake", "#Quake"]})
    digest = DigestOptions("d", ("Quake",), aliases=aliases)
    [message] = compose_digest(
        [*passing, hotline, mourning, *toll], digest, since=day, until=day + timedelta(days=1)
    )
    check_message(message)
    order = [
        message.index(s)
        for s in ("Число жертв", "Посольство России", "Erdoğan declares", "Министры иностранных")
    ]
    # Four sources first; the two single reports in time order; the SCO meeting, three
    # sources but naming the quake only in passing, last.
    assert order == sorted(order)

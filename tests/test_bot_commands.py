"""Bot commands through telethon's real update path, asserted on the TL requests they send."""

from __future__ import annotations

import json
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import pytest
from conftest import OPTIONS, Clock, ingest, make_post
from telegram_harness import (
    FakeTelegram,
    basic_group,
    basic_group_message,
    callback_query,
    channel,
    channel_message,
    dispatch,
    group,
    group_message,
    private_message,
    update_new_channel_message,
    update_new_message,
    user,
)
from telethon.tl import functions, types

from tg_archiver.archive.config import TelegramConfig
from tg_archiver.archive.models import SourceRef
from tg_archiver.archive.pipeline import PipelineOptions, prepare
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.archive.tags import TopicAliases
from tg_archiver.bot.access import ADMINS_ONLY, GROUP_ADMINS_ONLY, REFUSAL, SLOW_DOWN
from tg_archiver.bot.commands import BotCommands
from tg_archiver.bot.forward_intake import ForwardIntake
from tg_archiver.bot.replies import EXPIRED, SearchSessions

ADMIN = user(1001, "Admin")
ANALYST = user(4242, "Analyst")
STRANGER = user(6666, "Stranger")
DESK = group(1900000009, "Desk")
CONFIG = TelegramConfig(admins=(ADMIN.id,), allowed_users=(ANALYST.id,))
START = datetime(2024, 3, 20, 12, 0, tzinfo=UTC)

TOPICS = [
    "harbour logistics", "grain corridor", "energy pricing", "visa regime", "water treaty",
    "rail freight", "customs union", "border demarcation", "student exchange", "space research",
    "fisheries quota", "museum loan",
]  # fmt: skip


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


def make_bot(store: Store, clock: Clock, **options: Any) -> FakeTelegram:
    client = FakeTelegram(bot=True)
    BotCommands(store, client, CONFIG, clock=clock, **options).register()
    return client


@pytest.fixture
def bot(store: Store, clock: Clock) -> FakeTelegram:
    return make_bot(store, clock)


_msg_ids = iter(range(100, 10_000))


async def command(bot: FakeTelegram, text: str, sender: types.User = ANALYST) -> int:
    msg_id = next(_msg_ids)
    msg = private_message(msg_id, sender, text, entities=[])
    await dispatch(bot, update_new_message(msg), users=[sender])
    return msg_id


async def in_group(bot: FakeTelegram, text: str, sender: types.User) -> None:
    msg = group_message(next(_msg_ids), DESK, sender, text)
    await dispatch(bot, update_new_channel_message(msg), users=[sender], chats=[DESK])


async def press(bot: FakeTelegram, data: bytes, sender: types.User = ANALYST) -> None:
    await dispatch(bot, callback_query(sender, data, msg_id=5001), users=[sender])


def texts(bot: FakeTelegram) -> list[str]:
    return [r.message for r in bot.sent()]


def entity_texts(req: Any, kind: type) -> list[str]:
    """The text each entity of ``kind`` covers (offsets are UTF-16 units)."""
    raw = req.message.encode("utf-16-le")
    return [
        raw[e.offset * 2 : (e.offset + e.length) * 2].decode("utf-16-le")
        for e in req.entities or []
        if isinstance(e, kind)
    ]


@dataclass(frozen=True)
class Btn:
    text: str
    data: bytes


def buttons(req: Any) -> list[Btn]:
    """The inline callback buttons of a sent or edited message (this layer's
    ``KeyboardInlineButton`` with an ``InlineButtonTypeCallback``)."""
    assert isinstance(req.reply_markup, types.ReplyInlineMarkup)
    found = []
    for row in req.reply_markup.rows:
        for b in row.buttons:
            assert isinstance(b, types.KeyboardInlineButton)
            assert isinstance(b.type, types.InlineButtonTypeCallback)
            found.append(Btn(b.text, b.type.data))
    return found


async def twelve_astana_posts(store: Store) -> None:
    await ingest(
        store,
        *(
            make_post(300 + i, f"Astana talks on {topic} #SCO", day=1 + i)
            for i, topic in enumerate(TOPICS)
        ),
    )


# -- start, help, access --------------------------------------------------------------------


async def test_start_explains_every_command_with_an_example(bot):
    await command(bot, "/start")

    (sent,) = bot.sent()
    for name in ("/search", "/tags", "/stats", "/digest", "/subscribe", "/unsubscribe",
                 "/subscriptions", "/export", "/help"):  # fmt: skip
        assert name in sent.message
    assert "/search lavrov tag:SCO since:2024-01-01" in entity_texts(sent, types.MessageEntityCode)
    assert sent.no_webpage
    assert sent.reply_to.reply_to_msg_id is not None


async def test_stranger_is_refused_once_and_gets_nothing_from_the_archive(store, bot):
    await twelve_astana_posts(store)

    await command(bot, "/search astana", sender=STRANGER)
    await command(bot, "/start", sender=STRANGER)
    await command(bot, "/frobnicate", sender=STRANGER)
    await press(bot, b"s:whatever:2", sender=STRANGER)

    assert texts(bot) == [REFUSAL]
    assert bot.edits() == []
    (answer,) = bot.callback_answers()  # the button stops spinning, silently
    assert answer.message is None


async def test_stranger_command_is_answered_once_even_with_forward_intake(store, clock):
    client = make_bot(store, clock)
    ForwardIntake(store, client, OPTIONS, allowed_users=[ANALYST.id]).register()

    await command(client, "/start", sender=STRANGER)
    await command(client, "/start", sender=ANALYST)

    sent = texts(client)
    assert sent[0] == REFUSAL
    assert len(sent) == 2 and "/search" in sent[1]


async def test_unknown_command_in_private_points_to_help(bot):
    await command(bot, "/frobnicate")

    assert texts(bot) == ["Unknown command /frobnicate. See /help."]


async def test_a_slash_word_no_command_can_be_is_answered_in_private_too(bot):
    # 33 letters (past Telegram's 32) or a symbol: no command's shape, and no reply at all.
    await command(bot, "/" + "a" * 33)
    await command(bot, "/😀 hello")
    assert texts(bot) == [
        f"Unknown command /{'a' * 31}…. See /help.",
        "Unknown command /😀. See /help.",
    ]


async def test_commands_over_the_rate_limit_get_one_slow_down(store, clock):
    bot = make_bot(store, clock, rate_limit=3)

    for _ in range(5):
        await command(bot, "/help")
    clock.advance(61)
    await command(bot, "/help")

    sent = texts(bot)
    assert sent[3] == SLOW_DOWN
    assert len(sent) == 5 and all("/search" in t for t in sent[:3] + sent[4:])


async def test_command_for_another_bot_in_a_group_is_ignored(bot):
    await in_group(bot, "/stats@other_bot", ANALYST)

    assert bot.sent() == []


async def test_command_posted_in_a_broadcast_channel_is_ignored(bot):
    news = channel(1500000077, "news", "News")
    post = channel_message(5, news, "/stats@archiver_bot")

    await dispatch(bot, update_new_channel_message(post), chats=[news])

    assert bot.sent() == []


async def test_command_addressed_to_this_bot_in_a_group_is_answered(bot):
    await in_group(bot, "/stats@archiver_bot", ANALYST)

    (sent,) = bot.sent()
    assert "posts: 0" in sent.message


# -- search -----------------------------------------------------------------------------------


async def test_search_shows_five_newest_hits_with_bold_matches_links_and_pages(store, bot):
    await twelve_astana_posts(store)

    await command(bot, "/search astana")

    (sent,) = bot.sent()
    assert sent.no_webpage
    assert "12 posts" in sent.message
    assert "museum loan" in sent.message and "customs union" not in sent.message
    assert sent.message.count("Example MFA") == 5
    assert "2024-03-12 09:00" in sent.message
    assert entity_texts(sent, types.MessageEntityBold).count("Astana") == 5
    urls = [e.url for e in sent.entities if isinstance(e, types.MessageEntityTextUrl)]
    assert urls == [f"https://t.me/example_mfa/{i}" for i in range(311, 306, -1)]
    assert [b.text for b in buttons(sent)] == ["page 1 of 3", "▶"]
    assert all(len(b.data) <= 64 for b in buttons(sent))


async def test_next_and_previous_buttons_edit_the_message_in_place(store, bot):
    await twelve_astana_posts(store)
    await command(bot, "/search astana")
    forward = buttons(bot.sent()[0])[-1].data

    await press(bot, forward)

    (edit,) = bot.edits()
    assert edit.id == 5001
    assert edit.no_webpage
    assert "6. " in edit.message and "10. " in edit.message and "11. " not in edit.message
    assert "customs union" in edit.message and "museum loan" not in edit.message
    assert [b.text for b in buttons(edit)] == ["◀", "page 2 of 3", "▶"]
    assert bot.callback_answers()[-1].message is None  # the spinner stops, no toast

    await press(bot, buttons(edit)[0].data)

    assert "1. " in bot.edits()[-1].message and "museum loan" in bot.edits()[-1].message


async def test_expired_search_button_asks_to_search_again(store, bot, clock):
    await twelve_astana_posts(store)
    await command(bot, "/search astana")
    forward = buttons(bot.sent()[0])[-1].data

    clock.advance(2 * 3600)
    await press(bot, forward)

    assert bot.edits() == []
    (answer,) = bot.callback_answers()
    assert answer.message == EXPIRED and answer.alert


async def test_bad_query_gets_the_reason_and_the_syntax(bot):
    await command(bot, "/search harbour since:yesterday")

    (sent,) = bot.sent()
    assert "bad date" in sent.message
    assert "tag:SCO" in sent.message and "since:" in sent.message
    assert not sent.entities


async def test_archive_text_is_escaped_not_parsed(store, bot):
    await ingest(store, make_post(1, "Astana <b>not bold</b> & <a href='x'>co</a>"))

    await command(bot, "/search astana")

    (sent,) = bot.sent()
    assert "<b>not bold</b> & <a href='x'>co</a>" in sent.message
    assert entity_texts(sent, types.MessageEntityBold) == ["astana", "Astana"]  # head, match
    assert sent.reply_markup is None


async def test_a_misspelt_search_says_so_on_the_first_line_of_every_page(engine_store, clock):
    # The posts of "Astana" were the reply to "/search Asatna" as if "Asatna" had matched.
    await twelve_astana_posts(engine_store)
    bot = make_bot(engine_store, clock)
    await command(bot, "/search Asatna")

    (sent,) = bot.sent()
    first, head = sent.message.split("\n")[:2]
    assert first == "No posts hold «Asatna»; showing results for «Astana»."
    assert entity_texts(sent, types.MessageEntityItalic)[0] == first  # then the dates
    assert head == "🔎 Astana — 12 posts"
    assert "museum loan" in sent.message  # the newest of "Astana"
    await press(bot, buttons(sent)[-1].data)
    (edit,) = bot.edits()
    assert edit.message.split("\n")[0] == first and "customs union" in edit.message
    # Found as typed: no such line.
    await command(bot, "/search Astana")
    assert bot.sent()[-1].message.startswith("🔎 Astana — 12 posts")


async def test_search_with_no_hits_says_so(bot):
    await command(bot, "/search nothing-here")

    assert texts(bot) == ["Nothing found for nothing-here."]


async def test_search_says_how_many_older_posts_a_refill_has_not_indexed_yet(store, bot):
    await twelve_astana_posts(store)
    # Another tg-archiver, with a new word analyser, is indexing every post again (newest
    # first) and has the four newest done (archive/store/index_writes.py keep_forms_current).
    with closing(sqlite3.connect(store.path)) as db, db:
        (upto,) = db.execute("SELECT max(id) - 4 FROM posts").fetchone()
        db.execute("INSERT INTO search_forms_refill (upto_id) VALUES (?)", (upto,))
        (left,) = db.execute("SELECT count(*) FROM posts WHERE id <= ?", (upto,)).fetchone()

    await command(bot, "/search astana")
    await command(bot, "/search nothing-here")

    found, nothing = bot.sent()
    note = "older posts cannot be found yet: the search index is being made again"
    said = f"{left} {note} for a new word analyser."
    assert left == 8 and found.message.endswith(said)
    assert entity_texts(found, types.MessageEntityItalic)[-1] == said
    assert nothing.message.startswith("Nothing found for nothing-here.") and note in nothing.message


# -- tags, stats ------------------------------------------------------------------------------


async def test_tags_lists_the_last_week_and_overall(store, bot):
    await twelve_astana_posts(store)
    await ingest(store, make_post(900, "Kazan summit #BRICS", day=19))

    await command(bot, "/tags 5")

    (sent,) = bot.sent()
    week, overall = sent.message.split("Overall")
    assert "#BRICS — 1" in week and "#SCO" not in week
    assert "#SCO — 12" in overall and "#BRICS — 1" in overall


async def test_tags_with_long_tags_stays_within_a_message(store, bot):
    # A text hashtag has no length bound: 50 of 200 letters took the reply past 4096
    # characters, Telegram refused it and the user got no answer.
    words = ["".join(chr(97 + (i * 7 + j) % 26) for j in range(200)) + str(i) for i in range(50)]
    await ingest(store, make_post(1, "Statement " + " ".join(f"#{w}" for w in words), day=19))

    await command(bot, "/tags 50")

    (sent,) = bot.sent()
    assert len(sent.message) <= 4096 and "Overall" in sent.message
    assert max(len(line) for line in sent.message.splitlines()) < 80


async def test_stats_reports_posts_sources_dates_and_size(store, bot):
    await twelve_astana_posts(store)

    await command(bot, "/stats")

    (sent,) = bot.sent()
    assert "posts: 12" in sent.message
    assert "sources: 1 (telegram 1)" in sent.message
    assert "first post: 2024-03-01 09:00 UTC" in sent.message
    assert "last post: 2024-03-12 09:00 UTC" in sent.message
    assert "database: " in sent.message and " MB" in sent.message


# -- subscriptions ----------------------------------------------------------------------------


async def test_admin_subscribes_changes_lists_and_unsubscribes_in_private(store, bot):
    await command(bot, "/subscribe SCO", sender=ADMIN)
    await command(bot, "/subscribe #sco weekly mon 09:30 Europe/Moscow", sender=ADMIN)
    await command(bot, "/subscriptions", sender=ADMIN)
    await command(bot, "/unsubscribe SCO", sender=ADMIN)
    await command(bot, "/unsubscribe SCO", sender=ADMIN)

    assert texts(bot) == [
        "Subscribed this chat to #SCO: daily 08:00 UTC.",
        "Changed this chat's digest of #sco: weekly Mon 09:30 Europe/Moscow.",
        "This chat's digests\n#sco — weekly Mon 09:30 Europe/Moscow",
        "Unsubscribed from #SCO.",
        "This chat has no digest of #SCO.",
    ]
    assert await store.list_subscriptions() == []


async def test_member_cannot_change_subscriptions_in_private(store, bot):
    await command(bot, "/subscribe SCO")

    assert texts(bot) == [ADMINS_ONLY]
    assert await store.list_subscriptions() == []


async def test_bad_schedule_is_explained(store, bot):
    await command(bot, "/subscribe SCO weekly someday", sender=ADMIN)

    (text,) = texts(bot)
    assert "weekly needs a day" in text


async def test_group_member_who_is_not_a_group_admin_cannot_subscribe(store, bot):
    await in_group(bot, "/subscribe@archiver_bot SCO", ANALYST)

    assert texts(bot) == [GROUP_ADMINS_ONLY]
    (ask,) = [r for r in bot.requests if isinstance(r, functions.channels.GetParticipantRequest)]
    assert ask.channel.channel_id == DESK.id and ask.participant.user_id == ANALYST.id
    assert await store.list_subscriptions() == []


async def test_group_admin_can_subscribe_the_group(store, bot):
    bot.make_admin(DESK, ANALYST)

    await in_group(bot, "/subscribe SCO daily 7:05", ANALYST)

    assert texts(bot) == ["Subscribed this chat to #SCO: daily 07:05 UTC."]
    (sub,) = await store.list_subscriptions()
    assert (sub.chat_id, sub.topic, sub.time, sub.created_by) == (
        int(f"-100{DESK.id}"),
        "SCO",
        "07:05",
        ANALYST.id,
    )


OLD_DESK = basic_group(4400)


@pytest.mark.parametrize("is_admin", [False, True])
async def test_basic_group_admins_are_asked_from_the_full_chat(store, bot, is_admin):
    if is_admin:
        bot.make_admin(OLD_DESK, ANALYST)
    msg = basic_group_message(next(_msg_ids), OLD_DESK, ANALYST, "/subscribe SCO")

    await dispatch(bot, update_new_message(msg), users=[ANALYST], chats=[OLD_DESK])

    assert len(await store.list_subscriptions(-OLD_DESK.id)) == int(is_admin)
    assert (texts(bot) == [GROUP_ADMINS_ONLY]) is not is_admin


async def test_configured_admin_needs_no_group_admin_rights(store, bot):
    await in_group(bot, "/subscribe SCO", ADMIN)

    assert len(await store.list_subscriptions()) == 1
    assert not any(isinstance(r, functions.channels.GetParticipantRequest) for r in bot.requests)


# -- digest -----------------------------------------------------------------------------------


async def test_digest_is_composed_like_a_scheduled_one_with_copies_folded(store, bot, clock):
    clock.now = datetime(2024, 3, 12, 12, 0, tzinfo=UTC)
    await twelve_astana_posts(store)
    other = SourceRef(kind="telegram", key="1500000002", title="Copycat", username="copycat")
    await ingest(store, make_post(1, "Astana talks on museum loan #SCO", source=other, day=12))

    await command(bot, "/digest #SCO 7d")

    (sent,) = bot.sent()
    text = sent.message
    assert text.startswith("#SCO, last 7d\n2024-03-05 12:00 UTC – 2024-03-12 12:00 UTC\n")
    assert "7 stories from 8 posts, 2 sources, 1 topic" in text  # days 6..12, the copy folded
    assert text.count("museum loan") == 1 and "+1 source: Copycat" in text
    # The most covered story first (two sources), the rest by time.
    assert text.index("museum loan") < text.index("fisheries quota")
    times = re.findall(r"Example MFA · (\S+ \S+) UTC", text)
    assert len(times) == 7 and times[1:] == sorted(times[1:])
    links = [e.url for e in sent.entities if isinstance(e, types.MessageEntityTextUrl)]
    assert "https://t.me/example_mfa/311" in links and "https://t.me/copycat/1" in links
    assert any(isinstance(e, types.MessageEntityBold) for e in sent.entities)  # HTML parsed
    assert sent.no_webpage


async def test_digest_of_two_topics_and_an_empty_window(store, bot, clock):
    clock.now = datetime(2024, 3, 12, 12, 0, tzinfo=UTC)
    await twelve_astana_posts(store)
    await ingest(store, make_post(900, "Summit of the five in Kazan #BRICS", day=12))

    await command(bot, "/digest SCO,BRICS 24h")
    await command(bot, "/digest CIS")

    digest, empty = texts(bot)
    assert "2 stories from 2 posts, 1 source, 2 topics" in digest
    assert "#SCO · 1" in digest and "#BRICS · 1" in digest
    assert empty == "No posts tagged #CIS in the last 24h."


async def test_a_configured_topic_whose_name_is_no_hashtag_is_digested_and_subscribed(store, clock):
    # The config takes topic names that are no hashtag's ("Middle East", "EU, NATO"), and
    # `tg-archiver digest` digests them; /digest and /subscribe refused them as no topic.
    topics = TopicAliases.from_mapping(
        {"Middle East": ["#MENA"], "EU, NATO": ["#NATO"], "SCO": ["#ШОС"]}
    )
    bot = make_bot(store, clock, topics=topics)
    clock.now = datetime(2024, 3, 12, 12, 0, tzinfo=UTC)
    options = PipelineOptions(topics=topics)
    posts = [
        make_post(1, "Talks in Cairo on the region. #MENA", day=12),
        make_post(2, "Summit in Brussels on defence. #NATO", day=12),
    ]
    async with store.transaction():
        await store.ingest([prepare(p, options) for p in posts], now=clock.now)

    await command(bot, "/digest Middle East 7d")
    await command(bot, "/digest EU, NATO")
    await command(bot, "/digest #mena")  # an alias, as before
    await command(bot, "/subscribe EU, NATO weekly mon 09:00 Europe/Berlin", sender=ADMIN)
    await command(bot, "/subscribe middle east", sender=ADMIN)
    subscribed = sorted((s.topic, s.schedule_kind) for s in await store.list_subscriptions())
    await command(bot, "/unsubscribe EU, NATO", sender=ADMIN)
    left = [s.topic for s in await store.list_subscriptions()]

    region, alliance, alias, weekly, daily, unsubscribed = texts(bot)
    assert region.startswith("#Middle_East, last 7d\n") and "Talks in Cairo" in region
    assert alliance.startswith("#EU_NATO, last 24h\n") and "Summit in Brussels" in alliance
    assert "Talks in Cairo" not in alliance
    assert alias.startswith("#Middle_East, last 24h\n")
    assert weekly.startswith("Subscribed this chat to #EU, NATO: weekly")
    assert "Europe/Berlin" in weekly
    assert daily.startswith("Subscribed this chat to #Middle East: daily")
    assert subscribed == [("EU, NATO", "weekly"), ("Middle East", "daily")]
    assert unsubscribed == "Unsubscribed from #EU, NATO."
    assert left == ["Middle East"]


async def test_digest_caps_the_stories_per_topic_and_keeps_the_count(store, bot):
    await ingest(
        store,
        *(
            make_post(i, f"Statement {i} on topic {i * 7919} number #CIS", day=20)
            for i in range(25)
        ),
    )

    await command(bot, "/digest CIS")

    joined = "\n".join(texts(bot))
    assert joined.count("Example MFA ·") == 20
    assert "#CIS · 25" in joined
    assert all(len(t.encode("utf-16-le")) // 2 <= 4096 for t in texts(bot))


async def test_a_topic_alias_names_its_topic_in_digest_export_and_subscribe(store, clock):
    # #ШОС is an alias of SCO (conftest's topics, as a config's [topics] gives them): posts
    # tagged either way are filed under SCO, and the desk typing the alias gets SCO's posts
    # from every command, as /search's tag:ШОС does.
    bot = make_bot(store, clock, topics=OPTIONS.topics)
    clock.now = datetime(2024, 3, 12, 12, 0, tzinfo=UTC)
    await ingest(
        store,
        make_post(1, "Заседание СМИД ШОС в Астане. #ШОС", day=12),
        make_post(2, "Astana talks on trade #SCO", day=12),
    )

    await command(bot, "/digest ШОС 7d")
    await command(bot, "/digest #шос,SCO 7d")  # one topic, named twice
    await command(bot, "/export tag:ШОС", sender=ADMIN)
    await command(bot, "/subscribe ШОС", sender=ADMIN)
    subscribed = [s.topic for s in await store.list_subscriptions()]
    await command(bot, "/unsubscribe шос", sender=ADMIN)

    alias, twice, subscribe, unsubscribe = texts(bot)
    assert alias.startswith("#SCO, last 7d\n") and twice == alias
    assert "2 stories from 2 posts, 1 source, 1 topic" in alias and "#SCO · 2" in alias
    ((media,),) = [bot.media_sent()]
    assert media.message == "2 posts"
    assert subscribe == "Subscribed this chat to #SCO: daily 08:00 UTC."
    assert subscribed == ["SCO"]
    assert unsubscribe == "Unsubscribed from #SCO." and await store.list_subscriptions() == []


# -- export -----------------------------------------------------------------------------------


async def test_export_sends_a_jsonl_document_named_by_date_and_filters(store, bot):
    await twelve_astana_posts(store)
    await ingest(store, make_post(900, "Kazan summit #BRICS", day=19))

    await command(bot, "/export tag:SCO", sender=ADMIN)

    (media,) = bot.media_sent()
    doc = media.media
    assert isinstance(doc, types.InputMediaUploadedDocument)
    (name,) = [a for a in doc.attributes if isinstance(a, types.DocumentAttributeFilename)]
    assert name.file_name == "tg-archiver-2024-03-20-tag-SCO.jsonl"
    rows = [json.loads(line) for line in bot.uploaded(doc.file).decode().splitlines()]
    assert len(rows) == 12
    contract = {"id", "source", "source_kind", "external_id", "url", "published_at",
                "edited_at", "forwarded_from", "text", "tags", "duplicate_of"}  # fmt: skip
    assert contract <= rows[0].keys()
    assert {tuple(r["tags"]) for r in rows} == {("SCO",)}
    assert media.message == "12 posts"


async def test_export_with_search_words_and_csv_format(store, bot):
    await twelve_astana_posts(store)

    await command(bot, "/export museum csv", sender=ADMIN)

    (media,) = bot.media_sent()
    (name,) = [a for a in media.media.attributes if isinstance(a, types.DocumentAttributeFilename)]
    assert name.file_name == "tg-archiver-2024-03-20-search.csv"
    body = bot.uploaded(media.media.file).decode()
    assert body.startswith("id,source") and "museum loan" in body and "grain" not in body


async def test_export_is_for_admins_only(store, bot):
    await twelve_astana_posts(store)

    await command(bot, "/export tag:SCO")

    assert texts(bot) == [ADMINS_ONLY]
    assert bot.media_sent() == []


async def test_export_over_the_size_limit_suggests_narrower_filters(store, clock):
    bot = make_bot(store, clock, export_limit=1000)
    await twelve_astana_posts(store)

    await command(bot, "/export", sender=ADMIN)

    assert bot.media_sent() == []
    (text,) = texts(bot)
    assert "over the" in text and "limit" in text and "since:" in text


async def test_export_in_a_format_it_does_not_write_says_which_it_does(store, bot):
    # "pdf" was a search word: the reply was a JSON Lines file of the posts holding "pdf".
    await command(bot, "/export astana pdf", sender=ADMIN)

    assert texts(bot) == [
        "I cannot export pdf: the formats are jsonl, csv, md, html, atom (the last word)."
    ]
    assert bot.media_sent() == []


async def test_export_of_nothing_says_so(store, bot):
    await command(bot, "/export tag:NOPE", sender=ADMIN)

    assert texts(bot) == ["Nothing matches those filters."]
    assert bot.media_sent() == []


# -- smaller things ---------------------------------------------------------------------------


async def test_search_pages_in_a_group_edit_the_group_message(store, bot):
    await twelve_astana_posts(store)
    await in_group(bot, "/search@archiver_bot astana", ANALYST)
    forward = buttons(bot.sent()[0])[-1].data

    update = callback_query(ANALYST, forward, msg_id=5001, peer=types.PeerChannel(DESK.id))
    await dispatch(bot, update, users=[ANALYST], chats=[DESK])

    (edit,) = bot.edits()
    assert isinstance(edit.peer, types.InputPeerChannel) and edit.peer.channel_id == DESK.id
    assert "6. " in edit.message


async def test_search_without_words_shows_how_to_search(bot):
    await command(bot, "/search")

    (text,) = texts(bot)
    assert "/search lavrov tag:SCO" in text and "Search syntax" in text


async def test_digest_needs_a_topic_and_a_known_window(bot):
    await command(bot, "/digest")
    await command(bot, "/digest SCO fortnight")
    await command(bot, "/digest SCO 0h")  # a window of no time was "No posts … in the last 0h"

    assert texts(bot) == ["Name a topic and a window: /digest SCO 7d"] * 3


async def test_export_with_bad_filters_is_explained(bot):
    await command(bot, "/export since:yesterday", sender=ADMIN)

    (text,) = texts(bot)
    assert "bad date 'yesterday'" in text
    assert bot.media_sent() == []


def test_search_sessions_expire_and_are_capped(clock):
    sessions = SearchSessions(clock, ttl=60, cap=2)
    query = parse_query("astana")
    first = sessions.add(query, 10)
    clock.advance(30)
    second = sessions.add(query, 10)
    third = sessions.add(query, 10)

    assert sessions.get(first) is None  # over the cap: the oldest goes
    assert sessions.get(second) is not None
    clock.advance(59)
    assert sessions.get(second) is not None
    clock.advance(1)  # ttl seconds after it was made
    assert sessions.get(second) is None and sessions.get(third) is None
    assert len(f"s:{third}:20".encode()) <= 64


async def test_hostile_arguments_get_one_reply_that_fits(store, bot):
    # Found by a hostile round on the bot (session 29): "²" is a digit to str.isdigit() and
    # no number to int() (no reply at all); a 300-letter time zone raised OSError; a topic
    # of HTML or 10,000 letters was saved and echoed past Telegram's 4096 characters.
    await command(bot, "/tags ²")
    assert texts(bot)[-1].startswith("How many tags? A number from 1 to 50")
    await command(bot, "/unalert ²", sender=ADMIN)
    assert texts(bot)[-1] == "This chat has no alert ². See /alerts."
    await command(bot, "/subscribe SCO daily 08:00 " + "A" * 300, sender=ADMIN)
    assert texts(bot)[-1].startswith("unknown schedule or time zone 'AAAA")
    for topic in ("<b>x</b>", "\u202eOCS", "x" * 10_000):
        await command(bot, f"/subscribe {topic}", sender=ADMIN)
        assert "is not a topic: a hashtag's name" in texts(bot)[-1]
        assert len(texts(bot)[-1]) < 4096
    await command(bot, "/digest " + "x" * 10_000 + " 7d")
    assert len(texts(bot)[-1]) < 4096
    await command(bot, "/search " + " ".join(["a*"] * 1360))  # 15 s on 100k posts, held the store
    assert "too many words to search for: at most 64" in texts(bot)[-1]
    assert await store.list_subscriptions(ANALYST.id) == []


async def test_a_control_character_in_a_search_is_not_echoed_back(store, bot):
    await twelve_astana_posts(store)

    await command(bot, "/search astana\x00\x1b[31m")

    await command(bot, "/search astana \x00")

    nothing, found = bot.sent()
    assert "\x00" not in nothing.message and "\x1b" not in nothing.message
    assert nothing.message == "Nothing found for astana [31m."
    head = found.message.split("\n", 1)[0]
    assert "\x00" not in found.message
    assert head.startswith("🔎 astana —") and "posts" in head


async def test_a_chat_with_many_digests_lists_every_one_within_telegrams_limit(store, bot):
    # Hostile round 10: 60 topics of 60 letters listed in one reply past Telegram's 4096
    # characters, which it refuses: /subscriptions got no answer at all.
    from tg_archiver.archive.subscriptions import parse_subscription

    topics = [f"Topic{n:02}" + "x" * 53 for n in range(60)]
    for topic in topics:
        sub = parse_subscription(
            f"{topic} weekly mon 09:30 Europe/Moscow",
            chat_id=ADMIN.id,
            created_by=ADMIN.id,
            now=datetime(2024, 3, 1, tzinfo=UTC),
        )
        await store.add_subscription(sub)
    await command(bot, "/subscriptions", sender=ADMIN)
    replies = texts(bot)
    assert len(replies) > 1
    assert all(len(t.encode("utf-16-le")) // 2 <= 4096 for t in replies)
    assert replies[0].startswith("This chat's digests\n")
    listed = [line for t in replies for line in t.splitlines() if line.startswith("#")]
    assert listed == [f"#{t} — weekly Mon 09:30 Europe/Moscow" for t in topics]

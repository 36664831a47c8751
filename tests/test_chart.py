"""The weekly digest's chart: its counts, caption, PNG, and delivery as one more recorded part."""

from __future__ import annotations

import contextlib
import io
import struct
from datetime import UTC, datetime, timedelta

from conftest import CHANNEL, Clock, ingest
from conftest import export_row as row
from PIL import Image
from telegram_harness import FakeTelegram, group
from telethon.tl import types

from tg_archiver.archive.chart import (
    MARK,
    MAX_CAPTION,
    ChartData,
    chart_caption,
    chart_data,
    decode_part,
    display_part,
    encode_part,
    render_png,
)
from tg_archiver.archive.digest import DigestOptions, utf16_len
from tg_archiver.archive.models import Post
from tg_archiver.archive.store import Store
from tg_archiver.bot.digests import (
    ConsoleSink,
    DigestSender,
    Pacer,
    telegram_send,
    telegram_send_photo,
)


def options(*topics: str) -> DigestOptions:
    return DigestOptions(title="Weekly digest", topics=topics)


WEEK_START = datetime(2024, 3, 4, tzinfo=UTC)
WEEK_END = WEEK_START + timedelta(days=7)
CHAT = "-1001234567890"


def at(day: int, n: int = 0) -> datetime:
    return WEEK_START + timedelta(days=day, hours=9, minutes=n)


def week_rows() -> list:
    return [
        row(1, "Talks in Astana on trade. More text follows here.", published_at=at(0)),
        # an exact copy from another source: one story, not two
        row(2, "Talks in Astana on trade. More text follows here.", published_at=at(0, 5),
            source="agency", duplicate_of=1),
        row(3, "Summit in Kazan on the bank.", tags=("BRICS",), published_at=at(2)),
        row(4, "Second statement on the bank.", tags=("BRICS",), published_at=at(2, 9)),
        row(5, "Ministers met in Tashkent.", published_at=at(6)),
        row(6, "Outside the window.", published_at=WEEK_END + timedelta(hours=1)),
    ]  # fmt: skip


def test_counts_are_stories_per_topic_per_day_in_the_digest_order() -> None:
    data = chart_data(week_rows(), options("SCO", "BRICS"), since=WEEK_START, until=WEEK_END)

    assert data is not None
    assert data.days == tuple(f"2024-03-{d:02d}" for d in range(4, 11))
    assert data.series == (("SCO", (1, 0, 0, 0, 0, 0, 1)), ("BRICS", (0, 0, 2, 0, 0, 0, 0)))
    assert sum(dict(data.series)["BRICS"]) == 2


def test_no_chart_for_an_empty_window_or_a_single_day() -> None:
    opts = options("SCO")
    assert chart_data([], opts, since=WEEK_START, until=WEEK_END) is None
    one_day = chart_data(week_rows(), opts, since=WEEK_START, until=WEEK_START + timedelta(1))
    assert one_day is None


def test_caption_escapes_and_fits_1024_with_many_topics() -> None:
    topics = tuple(f"Topic<{n}>&{'x' * 60}" for n in range(40))
    data = ChartData(
        title="Weekly <b> & 'digest' " + "🇺🇳" * 300,
        days=("2024-03-04", "2024-03-05"),
        series=tuple((t, (n, 1)) for n, t in enumerate(topics)),
    )
    caption = chart_caption(data)

    assert utf16_len(caption) <= MAX_CAPTION
    assert "<b>" not in caption.replace("<b>Weekly", "")  # user text never becomes a tag
    assert caption.endswith("…")
    short = chart_caption(ChartData("Weekly &", data.days, (("SCO", (3, 4)),)))
    assert (
        short
        == "<b>Weekly &amp;</b> · stories per topic per day, 2024-03-04 – 2024-03-05 (UTC)\n#SCO: 7"
    )


def test_part_round_trips_and_prints_as_its_caption() -> None:
    data = chart_data(week_rows(), options("SCO", "BRICS"), since=WEEK_START, until=WEEK_END)
    assert data is not None
    part = encode_part(data)

    assert part.startswith(MARK) and decode_part(part) == data
    assert decode_part("<b>Morning</b>") is None
    assert display_part(part) == "[chart] " + chart_caption(data)


def test_png_is_a_small_640_by_360_image() -> None:
    data = chart_data(week_rows(), options("SCO", "BRICS"), since=WEEK_START, until=WEEK_END)
    assert data is not None
    png = render_png(data)

    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])  # the IHDR chunk
    assert (width, height) == (640, 360)
    assert 5_000 < len(png) < 200_000


def week_post(n: int, day: int, tag: str) -> Post:
    words = " ".join(f"w{n}x{j}" for j in range(30))
    return Post(
        source=CHANNEL, external_id=str(n), published_at=at(day, n), text=f"News {n} {tag} {words}"
    )


def weekly(store: Store, bot: FakeTelegram, clock: Clock) -> DigestSender:
    return DigestSender(
        store,
        "weekly",
        ("SCO", "BRICS"),
        send=telegram_send(bot),
        send_photo=telegram_send_photo(bot),
        chart=True,
        clock=clock,
        pacer=Pacer(sleep=clock.sleep, monotonic=clock.monotonic),
        default_window=timedelta(days=7),
    )


async def test_weekly_digest_sends_the_chart_as_a_photo_once_after_the_text(store: Store) -> None:
    await ingest(store, *(week_post(n, n % 7, "#SCO" if n % 3 else "#BRICS") for n in range(20)))
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))
    clock = Clock(WEEK_END)

    [d] = await weekly(store, bot, clock).deliver(CHAT)

    assert decode_part(d.messages[-1]) is not None
    assert len(bot.sent()) == len(d.messages) - 1  # the text parts
    [photo] = bot.media_sent()
    assert isinstance(photo.media, types.InputMediaUploadedPhoto)
    image = Image.open(io.BytesIO(bot.uploaded(photo.media.file)))  # telethon may re-encode
    assert image.size == (640, 360)
    caption = "Digest: weekly · stories per topic per day, 2024-03-04 – 2024-03-10"
    assert photo.message.startswith(caption)
    assert "#SCO: " in photo.message and "#BRICS: " in photo.message
    assert any(isinstance(e, types.MessageEntityBold) for e in photo.entities)
    [done] = await store._deliveries("digest = ?", ("weekly",))
    assert done.finished and len(done.message_ids) == len(d.messages)

    clock.now += timedelta(minutes=1)
    await weekly(store, bot, clock).deliver(CHAT)  # nothing new: nothing sent again
    assert len(bot.media_sent()) == 1


async def test_crash_before_the_chart_resumes_with_only_the_chart(store: Store) -> None:
    await ingest(store, *(week_post(n, n % 7, "#SCO") for n in range(10)))
    bot = FakeTelegram()
    bot.add_channel(group(1234567890, "Analysts"))
    clock = Clock(WEEK_END)

    async def no_photo(chat: str, png: bytes, caption: str, key: str) -> int | None:
        raise ConnectionError("network down")

    crashing = weekly(store, bot, clock)
    crashing.send_photo = no_photo
    with contextlib.suppress(ConnectionError):
        await crashing.deliver(CHAT)
    texts_sent = len(bot.sent())
    assert texts_sent >= 1 and bot.media_sent() == []

    [resumed] = await weekly(store, bot, clock).deliver(CHAT)
    assert len(bot.sent()) == texts_sent  # no text part twice
    assert len(bot.media_sent()) == 1
    assert resumed.period_end == WEEK_END


async def test_console_prints_the_caption_where_the_chart_would_be(store: Store) -> None:
    await ingest(store, *(week_post(n, n % 7, "#SCO") for n in range(10)))
    out = io.StringIO()
    clock = Clock(WEEK_END)
    sender = DigestSender(
        store,
        "weekly",
        ("SCO",),
        send=ConsoleSink(out),
        chart=True,
        clock=clock,
        pacer=Pacer(sleep=clock.sleep, monotonic=clock.monotonic),
        default_window=timedelta(days=7),
    )
    [d] = await sender.deliver("console")

    printed = out.getvalue().split("\n---\n")
    assert len(printed) == len(d.messages)
    assert printed[-1].startswith("[chart] <b>Digest: weekly</b> · stories per topic per day")
    assert "\x00" not in out.getvalue()

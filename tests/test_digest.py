from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from conftest import CHANNEL, CliResult, ingest, make_post
from conftest import export_row as row
from telethon.extensions import html as tl_html
from telethon.tl.types import MessageEntityBold, MessageEntityTextUrl

from tg_archiver.archive.digest import (
    MAX_ENTITIES,
    MAX_UTF16,
    DigestItem,
    DigestOptions,
    compose_digest,
    count_entities,
    group_items,
    utf16_len,
)
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.models import Forward, Media, SourceRef
from tg_archiver.archive.store import Store

SINCE = datetime(2024, 3, 1, tzinfo=UTC)
UNTIL = datetime(2024, 4, 1, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def options(*topics: str, **changes: object) -> DigestOptions:
    values: dict[str, object] = {"title": "Morning digest", "topics": topics or ("SCO",)}
    values.update(changes)
    return DigestOptions(**values)  # type: ignore[arg-type]


def compose(rows: list[ExportRow], opts: DigestOptions | None = None) -> list[str]:
    return compose_digest(rows, opts or options(), since=SINCE, until=UNTIL)


def check_message(message: str) -> None:
    """Within Telegram's limits, and well-formed: telethon parses it back."""
    assert utf16_len(message) <= MAX_UTF16
    assert count_entities(message) <= MAX_ENTITIES
    text, entities = tl_html.parse(message)
    hashtags = re.findall(r"(?<![\w/])[#@$]\w+", text)
    assert len(entities) + len(hashtags) <= count_entities(message)
    assert "<script>" not in message
    assert utf16_len(text) <= MAX_UTF16


def copies_of_one_post() -> list[ExportRow]:
    original = row(1, "🎙 Minister's remarks at the #SCO meeting\nKey points follow.")
    exact = row(2, original.text, duplicate_of=1)  # same channel re-posted it
    near = row(
        3,
        "🎙 Minister's remarks at the #SCO meeting!\nKey points follow.",
        source="agency",
        source_title="News Agency",
        url="https://agency.example/news/3",
        duplicate_of=1,
    )
    forward = row(
        4,
        original.text,
        source="relay",
        source_title="Relay <Channel> & Co",
        url="https://t.me/relay/4",
        forwarded_from="Example MFA",
        duplicate_of=1,
        tags=(),
    )
    return [forward, near, original, exact]


# -- grouping ---------------------------------------------------------------------------------


def test_copies_fold_into_their_original() -> None:
    items = group_items(copies_of_one_post())
    assert len(items) == 1
    assert items[0].lead.id == 1
    assert [r.id for r in items[0].copies] == [2, 3, 4]
    assert [n for n, _ in items[0].other_sources()] == ["News Agency", "Relay <Channel> & Co"]


def test_earliest_copy_in_the_window_leads_when_the_original_is_outside() -> None:
    items = group_items([row(7, duplicate_of=1), row(5, duplicate_of=1), row(9)])
    assert [(i.lead.id, [c.id for c in i.copies]) for i in items] == [(5, [7]), (9, [])]


def test_one_item_with_plus_two_sources_each_linked() -> None:
    [message] = compose(copies_of_one_post())
    check_message(message)
    assert message.count("Minister") == 1
    assert "+2 sources" in message
    assert '<a href="https://agency.example/news/3">News Agency</a>' in message
    assert '<a href="https://t.me/relay/4">Relay &lt;Channel&gt; &amp; Co</a>' in message
    assert '<a href="https://t.me/example_mfa/1">Example MFA</a>' in message
    assert "+1 copy" in message  # id 2: the same channel posted it again
    assert "1 story from 4 posts, 3 sources, 1 topic" in message


# -- content and escaping ---------------------------------------------------------------------


def test_user_text_is_escaped_and_html_stays_well_formed() -> None:
    nasty = row(
        1,
        '<script>alert("x")</script> & co 🇷🇺🤝🇨🇳\n<b>not bold</b> 5 > 3 &amp; literal',
        source_title="МИД <i>",
        url='https://example.org/?a=1&b="2"',
    )
    [message] = compose([nasty], options(title="Digest <&>"))
    check_message(message)
    text, entities = tl_html.parse(message)
    assert '<script>alert("x")</script> & co 🇷🇺🤝🇨🇳' in text
    assert "<b>not bold</b> 5 > 3 &amp; literal" in text
    assert "Digest <&>" in text
    assert "МИД <i>" in text
    links = [e for e in entities if isinstance(e, MessageEntityTextUrl)]
    assert [e.url for e in links] == ['https://example.org/?a=1&b="2"']


def test_only_http_urls_are_linked() -> None:
    [message] = compose([row(1, url="javascript:alert(1)"), row(2, url=None)])
    assert "href" not in message
    assert "javascript" not in message


def test_excerpt_is_cut_at_a_word_boundary() -> None:
    body = "Headline\n" + " ".join(f"word{n}" for n in range(200))
    [message] = compose([row(1, body)], options(excerpt_chars=50))
    excerpt = message.split("\n")[-2]
    assert excerpt.endswith("…")
    assert len(excerpt) <= 50
    assert re.fullmatch(r"(word\d+ )*word\d+…", excerpt)


def test_topics_are_hashtags_ordered_by_volume_items_by_time() -> None:
    rows = [
        row(1, "First SCO story", tags=("SCO",)),
        row(2, "First BRICS story", tags=("BRICS",)),
        # Under SCO: named first (and told in words of its own, unlike the BRICS stories).
        row(3, "Second BRICS: communiqué adopted in Kazan", tags=("BRICS", "SCO")),
        row(4, "Third BRICS story", tags=("brics",)),
        row(5, "Fourth BRICS story", tags=("BRICS",)),
        row(6, "Untagged story", tags=()),
    ]
    [message] = compose(rows, options("SCO", "BRICS"))
    check_message(message)
    assert "#BRICS #SCO" in message
    brics, sco = message.index("<b>#BRICS</b> · 3"), message.index("<b>#SCO</b> · 2")
    assert brics < sco
    order = [message.index(s) for s in ("First BRICS", "Third BRICS", "Fourth BRICS")]
    assert order == sorted(order) and order[-1] < sco
    assert message.index("First SCO") < message.index("Second BRICS")
    assert "Untagged" not in message

    [with_other] = compose(rows, options("SCO", "BRICS", include_untagged=True))
    assert "<b>Other</b> · 1" in with_other and "Untagged story" in with_other


def test_max_items_per_topic() -> None:
    rows = [row(n, f"Story {n}") for n in range(1, 6)]
    [message] = compose(rows, options(max_items_per_topic=2))
    # Equally covered: the newest two stay.
    assert "Story 4" in message and "Story 5" in message and "Story 3" not in message
    assert "<b>#SCO</b> · 5 stories" in message
    assert message.endswith(
        "\n\nand 3 more: <code>/search tag:SCO since:2024-03-01T00:00Z"
        " until:2024-04-01T00:00Z</code>"
    )


def test_empty_window() -> None:
    assert compose([]) == []
    outside = row(1, published_at=datetime(2024, 5, 1, tzinfo=UTC))
    assert compose([outside]) == []
    assert compose([row(1, tags=("BRICS",))]) == []
    assert compose([], options("SCO", "BRICS", say_when_empty=True)) == [
        "No new posts for #SCO, #BRICS, 2024-03-01 00:00 UTC – 2024-04-01 00:00 UTC"
    ]


# -- splitting --------------------------------------------------------------------------------


def test_long_astral_text_splits_between_items_within_the_limit() -> None:
    # Emoji and astral letters count two UTF-16 units each: a character count would overflow.
    astral = "𝐀😀🇷🇺"
    rows = [
        row(n, f"Story {n:03d}\n" + " ".join(astral * 3 for _ in range(200))) for n in range(1, 40)
    ]
    messages = compose(rows, options(excerpt_chars=600, max_items_per_topic=1000))
    assert len(messages) > 3
    total = len(messages)
    for n, message in enumerate(messages, start=1):
        check_message(message)
        assert f"({n}/{total})" in message.split("\n")[0]
        if n > 1:  # a message that opens inside a topic names it again
            assert message.split("\n")[2] == "<b>#SCO</b> (cont.)"
    # The parts were packed: each (but the last) could not take the next story.
    assert all(utf16_len(m) > MAX_UTF16 - 1400 for m in messages[:-1])
    # Every story once, whole: headline, meta line and excerpt in the same message.
    joined = "\n".join(messages)
    for n in range(1, 40):
        assert joined.count(f"Story {n:03d}") == 1
        [holder] = [m for m in messages if f"Story {n:03d}" in m]
        after = holder.split(f"<b>Story {n:03d}</b>\n", 1)[1].split("\n")
        assert after[0].endswith("…")  # the summary, cut
        assert after[1].startswith(f'<a href="https://t.me/example_mfa/{n}">Example MFA</a> · ')


def test_a_single_item_over_the_limit_is_shortened_not_split() -> None:
    huge = row(1, "Huge\n" + "😀 " * 5000)
    [message] = compose([huge], options(excerpt_chars=10_000))
    check_message(message)
    assert "Huge" in message and message.rstrip().endswith(" UTC")


def test_entity_limit_splits_many_tiny_items() -> None:
    rows = [row(n, f"#SCO item {n} @mfa_ru") for n in range(1, 151)]
    messages = compose(rows, options(max_items_per_topic=1000))
    assert len(messages) >= 5  # 150 items x 3 entities (headline, mention, link)
    for message in messages:
        check_message(message)
        assert utf16_len(message) < MAX_UTF16 - 500  # it was the entities, not the length
    joined = "\n".join(messages)
    assert all(joined.count(f"<b>SCO item {n} @mfa_ru<") == 1 for n in range(1, 151))


def test_many_sources_are_trimmed_to_fit() -> None:
    original = row(1, "Story")
    copies = [
        row(n, "Story", source=f"s{n}", source_title=f"Source {n}", duplicate_of=1)
        for n in range(2, 300)
    ]
    [message] = compose([original, *copies])
    check_message(message)
    assert "+298 sources" in message and "more" in message


def test_count_entities_matches_telethon() -> None:
    message = '<b>a</b> <i>b</i> <a href="https://x.org">c</a> #tag @name'
    _, entities = tl_html.parse(message)
    assert len(entities) == 3 and isinstance(entities[0], MessageEntityBold)
    assert count_entities(message) == 5


def test_digest_item_tags_include_copies() -> None:
    item = DigestItem(row(1, tags=()), (row(2, tags=("CIS",), duplicate_of=1),))
    assert item.tag_keys == {"cis"}


# -- the store --------------------------------------------------------------------------------


async def test_store_digest_rows(engine_store: Store) -> None:
    store = engine_store
    agency = SourceRef(kind="feed", key="https://agency.example/rss", title="Agency")
    relay = SourceRef(kind="telegram", key="1500000002", title="Relay", username="relay")
    text = "Statement on the #SCO summit in Astana with many details about the agenda."
    await ingest(
        store,
        make_post(1, text, day=4),
        make_post(2, "Statement on the SCO summit in Astana with many details.", day=5),
        make_post(3, text, source=agency, day=5, url="https://agency.example/3"),
        make_post(
            4,
            text.replace("#SCO ", ""),
            source=relay,
            day=6,
            forwarded_from=Forward(source_key=CHANNEL.key, external_id="1", name="Example MFA"),
        ),
        make_post(5, "Unrelated #BRICS news", day=6),
        make_post(6, "Older #SCO post", day=1),
        make_post(7, "Later #СНГ post", day=20),
    )
    rows = await store.digest_rows(
        ["sco", "#CIS"], since=datetime(2024, 3, 2, tzinfo=UTC), until=UNTIL
    )
    by_ext = {r.external_id: r for r in rows}
    assert sorted(by_ext) == ["1", "3", "4", "7"] or sorted(by_ext) == ["1", "2", "3", "4", "7"]
    assert by_ext["4"].duplicate_of == by_ext["1"].id
    assert by_ext["3"].duplicate_of == by_ext["1"].id
    assert [r.published_at for r in rows] == sorted(r.published_at for r in rows)
    assert await store.digest_rows([], since=SINCE, until=UNTIL) == []

    messages = compose_digest(rows, options("SCO", "CIS"), since=SINCE, until=UNTIL)
    [message] = messages
    check_message(message)
    assert message.count("Statement on the SCO summit") == 1
    assert "+2 sources" in message


async def test_a_story_whose_original_was_in_an_earlier_window_is_old_news(
    engine_store: Store,
) -> None:
    # A statement on the 4th, an agency's copy and another channel's forward of it on the
    # 5th: the digest of the 5th has no story (the 4th's listed it); the 4th's has one, with
    # both copies' sources left to their own day.
    store = engine_store
    agency = SourceRef(kind="feed", key="https://agency.example/rss", title="Agency")
    relay = SourceRef(kind="telegram", key="1500000002", title="Relay", username="relay")
    text = "Statement on the #SCO summit in Astana with many details about the agenda."
    forward = Forward(source_key=CHANNEL.key, external_id="1", name="Example MFA")
    await ingest(
        store,
        make_post(1, text, day=4),
        make_post(3, text, source=agency, day=5, url="https://agency.example/3"),
        make_post(4, text, source=relay, day=5, forwarded_from=forward),
        make_post(5, "Talks with the #SCO Secretary-General on the next summit.", day=5),
    )
    day5 = datetime(2024, 3, 5, tzinfo=UTC), datetime(2024, 3, 6, tzinfo=UTC)
    rows = await store.digest_rows(["SCO"], since=day5[0], until=day5[1])
    assert {r.external_id for r in rows} == {"3", "4", "5"}
    [message] = compose_digest(rows, options("SCO"), since=day5[0], until=day5[1])
    assert "Statement on the SCO summit" not in message and "Secretary-General" in message
    assert "1 story from 1 post" in message
    day4 = datetime(2024, 3, 4, tzinfo=UTC), day5[0]
    rows = await store.digest_rows(["SCO"], since=day4[0], until=day4[1])
    [message] = compose_digest(rows, options("SCO"), since=day4[0], until=day4[1])
    assert "Statement on the SCO summit" in message and "1 story from 1 post" in message


def test_copies_alone_lead_their_story_when_the_caller_names_no_window() -> None:
    # group_items without ``given`` (a caller with rows of its own): the earliest copy leads.
    copy = row(2, "Statement on the SCO summit.", duplicate_of=1, source="agency")
    [item] = group_items([copy])
    assert item.lead is copy
    assert group_items([copy], given={2}) == []


# -- the command line -------------------------------------------------------------------------


def test_cli_digest_of_the_example_data(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    config = ROOT / "config.example.toml"
    assert cli("--config", config, "--db", db, "import").code == 0
    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    result = cli("--config", config, "--db", db, "digest", "SCO,BRICS", *window, "--dry-run")
    assert result.code == 0, result.err
    messages = result.out.rstrip("\n").split("\n---\n")
    assert messages[0].startswith("<b>Digest: SCO, BRICS</b>")
    for message in messages:
        check_message(message)
    assert "#SCO #BRICS" in messages[0]
    assert result.out.count("Joint statement of the BRICS") == 1

    later = ("--since", "2030-01-01", "--until", "2030-01-02")
    empty = cli("--config", config, "--db", db, "digest", "CIS", *later)
    assert empty.code == 0
    assert empty.out.startswith("No new posts for #CIS, 2030-01-01 00:00 UTC – 2030-01-03 00:00")

    bad = cli("--config", config, "--db", db, "digest", "SCO", "--since", "yesterday")
    assert bad.code == 1 and "bad date" in bad.err


def test_cli_topic_digest_in_a_time_zone(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    config = ROOT / "config.example.toml"
    assert cli("--config", config, "--db", db, "import").code == 0
    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    zoned = cli(
        "--config", config, "--db", db, "digest", "SCO", *window, "--timezone", "Europe/Moscow"
    )
    assert zoned.code == 0, zoned.err
    # The days named are Moscow's (its midnight, not 03:00), and so are the posts' times.
    assert "2024-03-01 00:00 MSK – 2024-04-01 00:00 MSK" in zoned.out
    assert " MSK" in zoned.out.split("\n\n", 2)[2] and " UTC" not in zoned.out
    bad = cli("--config", config, "--db", db, "digest", "SCO", "--timezone", "Mars/Base")
    assert bad.code == 2 and "unknown time zone 'Mars/Base'" in bad.err
    assert "Traceback" not in bad.err


def test_cli_digest_names_a_time_the_clocks_skip(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    # 02:30 of the spring change was read as 03:30: "--since must be before --until".
    db = tmp_path / "a.db"
    assert cli("--db", db, "migrate").code == 0
    berlin = ("--timezone", "Europe/Berlin")

    skipped = cli("--db", db, "digest", "SCO", "--since", "2024-03-31 02:30",
                  "--until", "2024-03-31 03:30", *berlin)  # fmt: skip

    assert (skipped.code, skipped.out) == (1, "")
    assert skipped.err == (
        "tg-archiver: error: bad date '2024-03-31 02:30': 02:30 does not exist on 2024-03-31"
        " in Europe/Berlin (the clocks go forward then)\n"
    )
    twice = cli("--db", db, "digest", "SCO", "--since", "2024-10-27 02:30",
                "--until", "2024-10-27 03:30", *berlin)  # fmt: skip
    assert twice.out.startswith("No new posts for #SCO, 2024-10-27 02:30 CEST – 2024-10-27 03:30")
    # A day whose midnight is skipped (Santiago's spring) starts when the clocks resume.
    day = cli("--db", db, "digest", "SCO", "--since", "2024-09-08", "--until", "2024-09-08",
              "--timezone", "America/Santiago")  # fmt: skip
    assert day.out.startswith("No new posts for #SCO, 2024-09-08 01:00 -03 – 2024-09-09 00:00")


def test_cli_digest_of_a_topic_whose_name_holds_a_comma(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    # `digest "EU, NATO"` read two topics, EU and NATO: "No new posts for #EU, #NATO".
    config = tmp_path / "c.toml"
    config.write_text('[topics]\n"EU, NATO" = ["eu nato"]\nSCO = ["#ШОС"]\n')
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "Forwarded from MFA\nStatement on EU NATO relations, March 12, 2024.\n\n"
        "Forwarded from MFA\nThe SCO ministers met in Astana, March 12, 2024.\n"
    )
    db = tmp_path / "a.db"
    assert cli("--config", config, "--db", db, "import", dump).code == 0
    window = ("--since", "2024-03-12", "--until", "2024-03-12")

    one = cli("--config", config, "--db", db, "digest", "EU, NATO", *window)

    assert one.code == 0, one.err
    assert one.out.startswith("<b>Digest: EU, NATO</b>\n") and "1 story from 1 post" in one.out
    listed = cli("--config", config, "--db", db, "digest", "SCO,BRICS", *window)
    assert listed.out.startswith("No new posts for #SCO, #BRICS,")  # a list: split as before


def test_readme_shows_the_example_digest_exactly_as_it_renders(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    db = tmp_path / "a.db"
    config = ROOT / "config.example.toml"
    assert cli("--config", config, "--db", db, "import").code == 0
    assert cli("--config", config, "--db", db, "fetch").code == 0
    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    result = cli("--config", config, "--db", db, "digest", "SCO,BRICS", *window)
    assert result.code == 0, result.err
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("prints, for the example data", 1)[1].split("```\n", 2)[1]
    assert shown == result.out
    assert "+2 copies" in shown and shown.count('<a href="https://t.me/c/1500000001/') == 4


# -- undated posts ----------------------------------------------------------------------------


def test_undated_posts_are_left_out_unless_asked_and_then_labelled() -> None:
    dated = row(1, "Talks on #SCO cooperation in Astana.\nThe sides agreed on a plan.")
    from_text = row(
        2,
        "🎙 Interview on the #SCO (Moscow, March 12, 2024)\nCooperation keeps growing.",
        source="mfa-scrape",
        source_kind="import",
        source_title="mfa-scrape",
        url=None,
        published_at=datetime(2024, 3, 12, tzinfo=UTC),
        date_source="text",
    )
    undated = row(
        3,
        "❗️ Comment on the #SCO summit preparations\nThe agenda is agreed.",
        source="mfa-scrape",
        source_kind="import",
        source_title="mfa-scrape",
        url=None,
        published_at=datetime(2024, 3, 20, 9, 30, tzinfo=UTC),
        date_source="file",
    )

    [hidden] = compose([dated, from_text, undated])
    [shown] = compose([dated, from_text, undated], options(include_undated=True))

    assert "2 stories from 2 posts" in hidden and "summit preparations" not in hidden
    assert "mfa-scrape · 2024-03-12 (date from its text)" in hidden
    assert "undated" not in hidden
    assert "3 stories from 3 posts" in shown
    assert "Comment on the SCO summit preparations" in shown
    assert "mfa-scrape · undated" in shown and "2024-03-20" not in shown
    for message in (hidden, shown):
        check_message(message)


def test_a_window_of_undated_posts_only_is_empty_unless_asked() -> None:
    undated = row(1, "Comment on the #SCO summit.\nThe agenda is agreed.", date_source="file")

    assert compose([undated]) == []
    assert "undated" in compose([undated], options(include_undated=True))[0]


# -- what a reader receives: found by reviewing digests as an editor would (session 29) --------


def test_posts_that_say_nothing_are_no_story_but_a_photo_is() -> None:
    # An advertisement, a link alone, hashtags alone were stories: "Реклама" with its tax
    # number, "brics-russia2024.ru", "(no text)"; they pushed real news out of a topic's ten.
    rows = [
        row(1, "Лидеры БРИКС приняли Казанскую декларацию. #SCO"),
        row(2, "Реклама. ООО «Ромашка», ИНН 7700000000, erid: 2VtzqxYz\nЛучшие туры в Казань!"),
        row(3, "👉 brics-russia2024.ru"),
        row(4, "https://t.me/MID_Russia/48105"),
        row(5, "#SCO #BRICS #Kazan"),
        row(6, "#SCO", media=(Media("photo", "p.jpg", 10, "image/jpeg"),)),
        row(  # an advertisement with a photo
            7,
            "Лучший вклад!\nРеклама. Банк «Пример» (АО), erid: 4CQwVszH9pWvFzXyRtZ",
            media=(Media("photo", "q.jpg", 12, "image/jpeg"),),
        ),
    ]
    [message] = compose(rows)
    assert "1 story" not in message and "2 stories from 2 posts" in message
    assert "<b>Лидеры БРИКС приняли Казанскую декларацию</b>" in message
    assert "<b>(photo)</b>" in message
    for noise in ("Реклама", "ИНН", "brics-russia2024", "48105", "(no text)", "Kazan", "вклад"):
        assert noise not in message


def test_an_albums_photos_without_words_are_no_stories_of_their_own() -> None:
    # A Telegram Desktop export stores each photo of an album as a post: the captioned one
    # tells the story, the others were each a "(photo)" story beside it.
    at = datetime(2024, 3, 4, 9, 0, tzinfo=UTC)
    photo = (Media("photo", "p.jpg", 10, "image/jpeg"),)
    rows = [
        row(1, "Лавров прибыл в Минск. #SCO", published_at=at, media=photo),
        row(2, "", published_at=at + timedelta(seconds=1), media=photo, tags=("SCO",)),
        row(3, "#SCO", published_at=at + timedelta(seconds=2), media=photo),
        row(4, "#SCO", published_at=at + timedelta(hours=3), media=photo),  # alone: a story
    ]
    [message] = compose(rows)
    assert "2 stories" in message and message.count("<b>(photo)</b>") == 1


def test_a_story_is_led_by_the_post_its_source_dated_not_a_dumps_copy() -> None:
    # A text dump's copy dated by its own line ("21 October 2024": midnight) came first in
    # time, so it led the story: no link, no time of day, the real post listed as "+1".
    dump = row(
        1,
        "Lavrov held talks with Wang Yi in Kazan on the sidelines of the summit.",
        source="intl-digest",
        source_kind="import",
        source_title="intl-digest",
        url=None,
        date_source="text",
        published_at=datetime(2024, 3, 4, 0, 0, tzinfo=UTC),
    )
    post = row(2, dump.text, duplicate_of=1)
    [item] = group_items([dump, post])
    assert item.lead is post and item.copies == (dump,)
    [message] = compose([dump, post])
    assert '<a href="https://t.me/example_mfa/2">Example MFA</a> · 2024-03-04 09:02 UTC' in message
    assert "+1 source: intl-digest" in message


def test_other_comes_last_whatever_its_size() -> None:
    rows = [row(n, f"Untagged statement number {n} on trade.", tags=()) for n in range(1, 4)]
    rows.append(row(9, "Ministers of the SCO met in Astana."))
    [message] = compose(rows, options("SCO", include_untagged=True))
    assert message.index("<b>#SCO</b>") < message.index("<b>Other</b>")


def test_times_are_written_in_the_digests_time_zone() -> None:
    # A [[digests]] entry scheduled in Europe/Moscow showed every time in UTC.
    [message] = compose([row(2)], options(timezone="Europe/Moscow"))
    assert "2024-03-01 03:00 MSK – 2024-04-01 03:00 MSK" in message
    assert "· 2024-03-04 12:02 MSK" in message and "UTC" not in message


def test_a_headlines_only_digest_keeps_the_comma_where_the_headline_was_cut() -> None:
    text = (
        "Захарова: руководство МАГАТЭ должно дать четкую и недвусмысленную оценку ударам США по"
        " иранским ядерным объектам, находящимся под гарантиями агентства и его инспекторов."
    )
    [message] = compose([row(1, text)], options(excerpt_chars=0))
    # It read "…ядерным объектам находящимся под гарантиями…".
    assert "ядерным объектам, находящимся под гарантиями агентства" in message

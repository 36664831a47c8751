"""Saved searches as digest topics, stories without a topic under "Other", excerpt length."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import pytest
from conftest import CHANNEL, CliResult, ingest

from tg_archiver.archive.config import load_config
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store
from tg_archiver.bot.digests import DigestSender

DAY = datetime(2024, 3, 4, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent
AGENCY = SourceRef(kind="telegram", key="1500000007", title="News Agency", username="agency")


def filler(n: int) -> str:
    return " ".join(f"detail{n}x{j}" for j in range(30))


def post(n: int, text: str, source: SourceRef = CHANNEL) -> Post:
    return Post(
        source=source,
        external_id=str(n),
        published_at=DAY + timedelta(hours=8, minutes=n),
        text=f"{text} {filler(n % 100)}",
    )


async def posts(store: Store) -> None:
    await ingest(
        store,
        post(1, "Ceasefire agreed in the north #SCO"),
        post(101, "Ceasefire agreed in the north #SCO", AGENCY),  # an exact copy
        post(3, "A truce holds on the border"),  # matches the search, no tag
        post(4, "Museum loan to Astana #CIS"),  # neither
        post(5, "Sanctions and a ceasefire debated"),  # excluded by -sanctions
    )


def sender(store: Store, **kw: object) -> DigestSender:
    watch = parse_query("ceasefire OR truce -sanctions")
    return DigestSender(
        store,
        "desk",
        ("SCO",),
        send=lambda *a: None,  # type: ignore[arg-type, return-value]
        searches=[("Ceasefire watch", watch)],
        **kw,  # type: ignore[arg-type]
    )


async def test_a_saved_search_is_a_topic_written_by_name(engine_store: Store) -> None:
    store = engine_store
    await posts(store)
    [text] = await sender(store).compose(DAY, DAY + timedelta(days=1))

    assert "<b>#SCO</b> · 1" in text  # the #SCO story (with its copy folded)
    assert "<b>Ceasefire watch</b> · 1" in text  # the truce: untagged, found by the search
    assert "#Ceasefire" not in text  # a search is never written as a hashtag
    assert '+1 source: <a href="https://t.me/agency/101">News Agency</a>' in text
    assert text.count("<b>Ceasefire agreed") == 1  # one story, not two
    assert "Museum loan" not in text and "Sanctions" not in text
    assert "2 stories from 3 posts, 2 sources, 2 topics" in text


async def test_untagged_stories_go_under_other_and_excerpts_can_be_cut(engine_store: Store) -> None:
    store = engine_store
    await posts(store)
    [text] = await sender(store, include_untagged=True, excerpt_chars=0).compose(
        DAY, DAY + timedelta(days=1)
    )

    assert "<b>Other</b> · 2" in text and "Museum loan" in text and "Sanctions" in text
    assert "detail3x12" not in text  # no excerpts: headlines, sources and links only


async def test_only_searches_no_topics(engine_store: Store) -> None:
    store = engine_store
    await posts(store)
    only = DigestSender(
        store,
        "watch",
        (),
        send=lambda *a: None,  # type: ignore[arg-type, return-value]
        searches=[("Ceasefire watch", parse_query("ceasefire OR truce -sanctions"))],
    )
    [text] = await only.compose(DAY, DAY + timedelta(days=1))
    assert "<b>Ceasefire watch</b> · 2" in text and "#SCO" not in text.split("\n\n")[0]


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_config_searches_and_options(tmp_path: Path) -> None:
    body = (
        '[[digests]]\nname = "desk"\ncron = "0 8 * * *"\n'
        'searches = { "Ceasefire watch" = "ceasefire OR truce -sanctions" }\n'
        "excerpt_chars = 80\ninclude_untagged = true\n"
    )
    [d] = load_config(write(tmp_path, body)).digests
    assert d.topics == ()
    assert d.searches == (("Ceasefire watch", "ceasefire OR truce -sanctions"),)
    assert (d.excerpt_chars, d.include_untagged) == (80, True)


@pytest.mark.parametrize(
    ("extra", "key"),
    [
        ("", "digests[1].topics"),  # neither topics nor searches
        ('searches = ["ceasefire"]', "digests[1].searches"),
        ('searches = { Watch = "since:someday" }', "digests[1].searches.Watch"),
        ("searches = { Watch = 3 }", "digests[1].searches.Watch"),
        ('topics = ["SCO"]\nexcerpt_chars = -1', "digests[1].excerpt_chars"),
        ('topics = ["SCO"]\ninclude_untagged = "yes"', "digests[1].include_untagged"),
    ],
)
def test_bad_searches_and_options_are_refused(tmp_path: Path, extra: str, key: str) -> None:
    body = f'[[digests]]\nname = "d"\ncron = "0 8 * * *"\n{extra}\n'
    with pytest.raises(InputError, match=re.escape(key)):
        load_config(write(tmp_path, body))


def test_cli_prints_a_saved_search_digest(cli: Callable[..., CliResult], tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    body = (
        '[[digests]]\nname = "desk"\ncron = "0 8 * * *"\n'
        'searches = { "Ceasefire watch" = "ceasefire OR truce -sanctions" }\n'
    )
    config = write(tmp_path, body)
    export = ROOT / "examples" / "channel-export" / "result.json"
    assert cli("--config", config, "--db", db, "import", export).code == 0
    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    result = cli("--config", config, "--db", db, "digest", "desk", *window)
    assert result.code == 0, result.err
    assert result.out.startswith("<b>Digest: desk</b>\n2024-03-01 00:00 UTC – 2024-04-01")
    assert re.search(r"<b>Ceasefire watch</b> · \d", result.out)
    assert "ceasefire" in result.out and "#Ceasefire" not in result.out


def _alias_and_name(
    cli: Callable[..., CliResult], tmp_path: Path, entry: str, topics: tuple[str, str]
) -> tuple[Path, Path]:
    """A config where #ШОС is an alias of SCO, with two [[digests]], "alias" and "name", whose
    ``entry`` (a format of one value) names ``topics``' first and second; and an archive of
    the example channel export."""
    body = '[topics]\nSCO = ["#ШОС"]\n' + "".join(
        f'\n[[digests]]\nname = "{name}"\ncron = "0 8 * * *"\n{entry.format(topic)}\n'
        for name, topic in zip(("alias", "name"), topics, strict=True)
    )
    config, db = write(tmp_path, body), tmp_path / "a.db"
    export = ROOT / "examples" / "channel-export" / "result.json"
    assert cli("--config", config, "--db", db, "import", export).code == 0
    return config, db


def test_a_saved_search_reads_a_tag_alias_as_its_topic(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    # #ШОС is an alias of SCO: its posts are filed under SCO, and `tag:ШОС` in a saved search
    # finds them as it does in `search` (it found nothing before), the same as `tag:SCO`.
    config, db = _alias_and_name(
        cli, tmp_path, 'searches = {{ "Shanghai" = "tag:{}" }}', ("ШОС", "SCO")
    )
    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    alias = cli("--config", config, "--db", db, "digest", "alias", *window)
    name = cli("--config", config, "--db", db, "digest", "name", *window)
    assert alias.code == 0 and name.code == 0, alias.err + name.err
    assert re.search(r"<b>Shanghai</b> · [1-9]", alias.out)
    assert alias.out.replace("<b>Digest: alias</b>", "<b>Digest: name</b>", 1) == name.out


def test_a_topic_alias_names_its_topic_in_export_digest_and_a_configured_digest(
    cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    # The same for every other place a user names a topic: `export --tag ШОС`, `digest ШОС`
    # and a [[digests]] entry's `topics = ["ШОС"]` found nothing before (only `search` read
    # aliases); each now gives what SCO gives.
    config, db = _alias_and_name(cli, tmp_path, 'topics = ["{}"]', ("ШОС", "SCO"))
    run = partial(cli, "--config", config, "--db", db)

    by_name, by_alias = run("export", "--tag", "SCO"), run("export", "--tag", "#шос")
    assert by_name.code == by_alias.code == 0 and by_name.out.count("\n") >= 2
    assert by_alias.out == by_name.out

    window = ("--since", "2024-03-01", "--until", "2024-03-31")
    by_name, by_alias = run("digest", "SCO", *window), run("digest", "ШОС,sco", *window)
    assert by_name.code == by_alias.code == 0 and "<b>#SCO</b> · " in by_name.out
    assert by_alias.out == by_name.out

    alias, name = run("digest", "alias", *window), run("digest", "name", *window)
    assert alias.code == name.code == 0 and "<b>#SCO</b> · " in name.out
    assert alias.out.replace("<b>Digest: alias</b>", "<b>Digest: name</b>", 1) == name.out

    # A filter that names nothing is refused as search refuses it, not answered with nothing.
    empty = run("export", "--tag", " ")
    assert (empty.code, empty.out) == (1, "")
    assert empty.err == "tg-archiver: error: empty tag filter: name one, as in tag:SCO\n"

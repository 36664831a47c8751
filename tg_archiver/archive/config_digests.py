"""The config's ``[[digests]]``: each scheduled digest's topics, saved searches, cron schedule in
a time zone and chats, read and checked (:func:`parse_digests`) into :class:`DigestConfig`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from tg_archiver.archive.config_values import is_chat, only, str_list, string, whole
from tg_archiver.archive.crontab import from_crontab
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.location import local_path
from tg_archiver.archive.query import parse_query

if TYPE_CHECKING:
    # apscheduler is loaded only where a digest's schedule is read, not by every command.
    from apscheduler.triggers.cron import CronTrigger


@dataclass(frozen=True, slots=True)
class DigestConfig:
    """A scheduled digest: its topics, a 5-field cron schedule in a time zone, its chats."""

    name: str
    topics: tuple[str, ...]
    cron: str = "0 8 * * *"
    timezone: str = "UTC"
    # Numeric chat ids, or "-100123:45" for topic 45 of a forum group. Empty: printed to the
    # console (the service's standard output).
    chats: tuple[int | str, ...] = ()
    max_items_per_topic: int = 10
    say_when_empty: bool = False
    chart: bool = False  # attach a PNG of stories per topic per day (needs the charts extra)
    searches: tuple[tuple[str, str], ...] = ()  # (name, query): saved searches as topics
    file: Path | None = None  # without chats: appended to this file instead of stdout
    excerpt_chars: int = 200
    include_untagged: bool = False  # stories with none of the topics, under "Other"
    include_undated: bool = False  # text-dump posts without a date, labelled "undated"
    photo: bool = False  # after the text, the first kept photo of its stories (digest_photo)

    def trigger(self) -> CronTrigger:
        return from_crontab(self.cron, ZoneInfo(self.timezone))


# The Gregorian calendar, weekdays included, repeats every 400 years: a cron schedule fires
# in every such cycle or never, and its first time after a fixed date tells which (the
# scheduler searches up to the year 9999 before it answers none). A fixed date, not the clock:
# whether a schedule can fire does not depend on today. 29 February fires, on a Monday too.
_CALENDAR_CYCLE_START = datetime(2000, 1, 1, tzinfo=UTC)


def parse_digests(raw: Any, base: Path) -> tuple[DigestConfig, ...]:
    if not isinstance(raw, list):
        raise InputError("digests: expected a list of [[digests]] tables")
    digests: list[DigestConfig] = []
    for i, item in enumerate(raw, start=1):
        key = f"digests[{i}]"
        if not isinstance(item, dict):
            raise InputError(f"{key}: expected a table with a name, topics and cron")
        only(
            item,
            f"{key}.",
            {"name", "topics", "cron", "timezone", "chats", "max_items_per_topic",
             "say_when_empty", "chart", "searches", "excerpt_chars", "include_untagged",
             "include_undated", "file", "photo"},
        )  # fmt: skip
        for required in ("name", "cron"):
            if required not in item:
                raise InputError(f"{key}.{required}: missing")
        name = string(item["name"], f"{key}.name").strip()
        if any(d.name == name for d in digests):
            raise InputError(f"{key}.name: {name!r} is already the name of another digest")
        topics = tuple(
            t.strip().lstrip("#") for t in str_list(item.get("topics", []), f"{key}.topics")
        )
        searches = _searches(item.get("searches", {}), f"{key}.searches")
        if not topics and not searches:
            raise InputError(
                f"{key}.topics: expected at least one topic (or a saved search in searches)"
            )
        zone = string(item.get("timezone", "UTC"), f"{key}.timezone")
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise InputError(
                f"{key}.timezone: unknown time zone {zone!r} (use an IANA name such as"
                " Europe/Moscow or UTC)"
            ) from None
        cron = string(item["cron"], f"{key}.cron")
        try:
            trigger = from_crontab(cron, ZoneInfo(zone))
        except ValueError as e:
            raise InputError(
                f'{key}.cron: "{cron}" is not a cron expression tg-archiver can read ({e});'
                ' e.g. "0 8 * * *" (minute hour day month weekday, 0 or 7 Sunday)'
            ) from None
        if trigger.get_next_fire_time(None, _CALENDAR_CYCLE_START) is None:
            # 30 February: the service would wait for it, and `digest` would use a day.
            raise InputError(
                f'{key}.cron: "{cron}" never fires (no day of the calendar matches it)'
            )
        chats = item.get("chats", [])
        if not isinstance(chats, list) or not all(is_chat(c) for c in chats):
            raise InputError(
                f'{key}.chats: expected a list of numeric chat ids, or "-100...:TOPIC" for a'
                " topic of a forum group"
            )
        say = item.get("say_when_empty", False)
        if not isinstance(say, bool):
            raise InputError(f"{key}.say_when_empty: expected true or false")
        flags = {}
        for flag in ("chart", "include_untagged", "include_undated", "photo"):
            flags[flag] = item.get(flag, False)
            if not isinstance(flags[flag], bool):
                raise InputError(f"{key}.{flag}: expected true or false")
        digests.append(
            DigestConfig(
                name=name,
                topics=topics,
                cron=cron,
                timezone=zone,
                chats=tuple(chats),
                max_items_per_topic=whole(
                    item.get("max_items_per_topic", 10), f"{key}.max_items_per_topic", 1
                ),
                say_when_empty=say,
                chart=flags["chart"],
                searches=searches,
                excerpt_chars=whole(item.get("excerpt_chars", 200), f"{key}.excerpt_chars", 0),
                include_untagged=flags["include_untagged"],
                include_undated=flags["include_undated"],
                photo=flags["photo"],
                file=local_path(string(item["file"], f"{key}.file"), base)
                if "file" in item
                else None,
            )
        )
    return tuple(digests)


def _searches(raw: Any, key: str) -> tuple[tuple[str, str], ...]:
    """``{ "Ceasefire watch" = "ceasefire OR truce -sanctions" }``: name -> search query."""
    if not isinstance(raw, dict):
        raise InputError(f'{key}: expected a table of name = "query", e.g. {{ Talks = "talks" }}')
    out = []
    for name, query in raw.items():
        if not name.strip():
            raise InputError(f"{key}: a saved search needs a name")
        if not isinstance(query, str) or not query.strip():
            raise InputError(f"{key}.{name}: expected a search query in quotes")
        try:
            parse_query(query)
        except InputError as e:
            raise InputError(f"{key}.{name}: {e}") from None
        out.append((name.strip(), query))
    return tuple(out)

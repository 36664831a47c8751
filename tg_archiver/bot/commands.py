"""The bot's commands: search, tags, stats, digest subscriptions, digests and exports.

Commands work in private chats and in groups, where ``/cmd@botname`` addressed to another bot
is left alone. Every handler is thin: it parses its arguments, calls the store (or a pure
function of ``archive``), and formats the reply with :mod:`bot.replies`; who may run it is
declared with :func:`bot.access.requires` and checked there, once. Replies are HTML with link
previews off.
"""

from __future__ import annotations

import html
import logging
import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from telethon import TelegramClient, events

from tg_archiver.archive import lazy_re
from tg_archiver.archive.alert_query import watched
from tg_archiver.archive.config import TelegramConfig
from tg_archiver.archive.digest import DigestOptions, compose_digest, hashtag
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import FORMATS
from tg_archiver.archive.export_file import EXPORT_LIMIT, ExportTooBig, export_to_temp
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.source_usernames import SourceUsernames
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.alerts import alert_store
from tg_archiver.archive.subscriptions import SYNTAX as SUBSCRIBE_SYNTAX
from tg_archiver.archive.subscriptions import format_schedule, parse_subscription
from tg_archiver.archive.tags import (
    TopicAliases,
    configured_topic_at_start,
    is_topic_name,
    topics_named,
)
from tg_archiver.archive.timefmt import minute
from tg_archiver.bot.access import Access, Need, requires
from tg_archiver.bot.clock import Clock, utcnow
from tg_archiver.bot.replies import (
    EXPIRED,
    HELP,
    MAX_RESULTS,
    MESSAGE_BUDGET,
    NOT_INDEXED,
    PAGE_SIZE,
    QUERY_SYNTAX,
    SearchSessions,
    echoed,
    keyboard,
    page_count,
    page_text,
    shorten,
    split_messages,
)

log = logging.getLogger(__name__)

ALERT_SYNTAX = "Add one: /alert QUERY (the /search syntax), e.g. /alert ceasefire tag:BRICS"


DIGEST_ITEMS = 20  # stories per topic
DIGEST_TOPICS = 10

ALERT_SHOWN = 160  # characters of an alert's query in /alerts: 20 of them fit a message
_COMMAND_RE = lazy_re.compile(
    r"/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{3,64}))?(?:\s+(.*))?", re.DOTALL
)
_WINDOW_RE = lazy_re.compile(r"(\d{1,3})([hd])", re.IGNORECASE)
TAG_SHOWN = 60  # characters of a tag a /tags line shows
TAGS_MOST = 50  # tags a /tags list shows at most


def _short_tag(tag: str) -> str:
    return tag if len(tag) <= TAG_SHOWN else tag[: TAG_SHOWN - 1] + "…"


_DIGITS = lazy_re.compile(r"[0-9]+")
# File types a user may ask /export for that it does not write (said so, not searched for).
_OTHER_FORMATS = frozenset(
    {"pdf", "docx", "doc", "xlsx", "xls", "txt", "json", "xml", "rtf", "odt"}
)  # str.isdigit() takes "²", which int() refuses


# -- the commands ---------------------------------------------------------------------------------


class BotCommands:
    """Every command of the bot client; :meth:`register` adds the handlers."""

    def __init__(
        self,
        store: Store,
        client: TelegramClient,
        config: TelegramConfig,
        *,
        clock: Clock = utcnow,
        usernames: SourceUsernames | None = None,
        db_path: Path | None = None,
        export_limit: int = EXPORT_LIMIT,
        export_admin_only: bool = True,
        subscriptions_admin_only: bool = True,
        rate_limit: int = 20,
        rate_period: float = 60.0,
        topics: TopicAliases | None = None,
        shares: Callable[[], str | None] | None = None,
    ) -> None:
        """``shares`` says, for /stats, what this service holds of the channels and feeds it
        shares with others on a PostgreSQL archive (bot.shares), or None."""
        self._store = store
        self._shares = shares
        self._topics = topics  # so that /search tag:ШОС finds the posts filed under SCO
        self._client = client
        self._clock = clock
        self._usernames = usernames or SourceUsernames()  # config [sources.NAME]: links
        self._alert_store = alert_store(store)
        # The file whose size /stats shows; a PostgreSQL archive's size is the database's.
        self._db_path = db_path or (store.path if store.engine == "sqlite" else None)
        self._export_limit = export_limit
        self.access = Access(
            client,
            admins=config.admins,
            members=config.allowed_users,
            clock=clock,
            rate_limit=rate_limit,
            rate_period=rate_period,
            export_admin_only=export_admin_only,
            subscriptions_admin_only=subscriptions_admin_only,
        )
        self._sessions = SearchSessions(clock)
        self._username: str | None = None
        self._commands = {
            "start": self._help,
            "help": self._help,
            "search": self._search,
            "tags": self._tags,
            "stats": self._stats,
            "subscribe": self._subscribe,
            "unsubscribe": self._unsubscribe,
            "subscriptions": self._subscriptions,
            "alert": self._alert,
            "alerts": self._alerts,
            "unalert": self._unalert,
            "digest": self._digest,
            "export": self._export,
        }

    def register(self) -> None:
        add = self._client.add_event_handler
        # Not in broadcast channels: a post there has no user to answer.
        commands = events.NewMessage(
            incoming=True, pattern=r"/", func=lambda e: e.is_private or e.is_group
        )
        add(self._on_message, commands)
        add(self._on_page, events.CallbackQuery(pattern=rb"s:"))

    async def _on_message(self, event: Any) -> None:
        m = _COMMAND_RE.fullmatch(event.raw_text or "")
        if m is None:
            # Not a command's shape ("/" and 33 letters, "/😀"): in private it is still
            # meant for the bot, which says what it knows rather than nothing.
            if event.is_private:
                word = (event.raw_text or "/").split(maxsplit=1)[0][1:]
                await self._unknown(event, word if len(word) <= 32 else word[:31] + "…")
            return
        name, addressee, args = m.group(1).lower(), m.group(2), (m.group(3) or "").strip()
        if addressee and addressee.lower() != (await self._bot_username()).lower():
            return  # for another bot in the group
        handler = self._commands.get(name)
        if handler is None:
            if event.is_private or addressee:
                await self._unknown(event, name)
            return
        log.info("command=%s user=%s chat=%s", name, event.sender_id, event.chat_id)
        await handler(event, args)

    async def _bot_username(self) -> str:
        if self._username is None:
            me = await self._client.get_me()
            self._username = getattr(me, "username", None) or ""
        return self._username

    async def _reply(self, event: Any, text: str, **kwargs: Any) -> None:
        await event.reply(text, parse_mode="html", link_preview=False, **kwargs)

    @requires(Need.MEMBER)
    async def _unknown(self, event: Any, name: str) -> None:
        await self._reply(event, f"Unknown command /{html.escape(name)}. See /help.")

    @requires(Need.MEMBER)
    async def _help(self, event: Any, args: str) -> None:
        await self._reply(event, HELP)

    # -- search -------------------------------------------------------------------------------

    @requires(Need.MEMBER)
    async def _search(self, event: Any, args: str) -> None:
        if not args:
            await event.reply(
                f"What should I look for? For example: /search lavrov tag:SCO\n{QUERY_SYNTAX}",
                parse_mode=None,
                link_preview=False,
            )
            return
        try:
            query = parse_query(args, topics=self._topics)
            hits = await self._store.search(query, limit=MAX_RESULTS + 1)
        except InputError as e:
            await event.reply(
                f"I cannot read that search: {e}.\n{QUERY_SYNTAX}",
                parse_mode=None,
                link_preview=False,
            )
            return
        # Posts not indexed again yet for a new word analyser (another tg-archiver is at it).
        unindexed = await self._store.not_searchable()
        note = f"\n\n<i>{NOT_INDEXED.format(unindexed)}</i>" if unindexed else ""
        if not hits:
            await self._reply(
                event, f"Nothing found for <b>{html.escape(shorten(echoed(args)))}</b>.{note}"
            )
            return
        total = len(hits)
        pages = page_count(total)
        token = self._sessions.add(query, total) if pages > 1 else ""
        text = page_text(query, hits[:PAGE_SIZE], total, 1, hits.corrected) + note
        await self._reply(event, text, buttons=keyboard(token, 1, pages))

    @requires(Need.MEMBER)
    async def _on_page(self, event: Any) -> None:
        parts = event.data.decode("ascii", "replace").split(":")
        if len(parts) != 3 or not _DIGITS.fullmatch(parts[2]):
            await event.answer()  # the "page n of N" label
            return
        search = self._sessions.get(parts[1])
        if search is None:
            await event.answer(EXPIRED, alert=True)
            return
        pages = page_count(search.total)
        page = min(max(int(parts[2]), 1), pages)
        hits = await self._store.search(
            search.query, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
        )
        await event.answer()
        await event.edit(
            page_text(search.query, hits, search.total, page, hits.corrected),
            parse_mode="html",
            link_preview=False,
            buttons=keyboard(parts[1], page, pages),
        )

    # -- tags, stats ------------------------------------------------------------------------

    @requires(Need.MEMBER)
    async def _tags(self, event: Any, args: str) -> None:
        # "/tags 0" listed one tag, "/tags -1" or "/tags many" ten, and said nothing of it.
        limit = int(args) if _DIGITS.fullmatch(args) else 10 if not args.strip() else 0
        if not 1 <= limit <= TAGS_MOST:
            await self._reply(
                event,
                f"How many tags? A number from 1 to {TAGS_MOST}: /tags 20 (or /tags for 10).",
            )
            return
        week = await self._store.top_tags(limit=limit, since=self._clock() - timedelta(days=7))
        overall = await self._store.top_tags(limit=limit)
        if not overall:
            await self._reply(event, "No tags yet.")
            return

        def lines(tags: list[tuple[str, int]]) -> str:
            return "\n".join(f"#{html.escape(_short_tag(t))} — {n}" for t, n in tags) or "none"

        while True:  # long tags (a feed's categories) took the reply past Telegram's limit
            text = f"<b>Last 7 days</b>\n{lines(week)}\n\n<b>Overall</b>\n{lines(overall)}"
            if len(text) <= MESSAGE_BUDGET or len(overall) <= 1:
                break
            week, overall = week[: len(week) - 1], overall[: len(overall) - 1]
        await self._reply(event, text)

    @requires(Need.MEMBER)
    async def _stats(self, event: Any, args: str) -> None:
        s = await self._store.stats()
        files = (self._db_path, Path(f"{self._db_path}-wal")) if self._db_path else ()
        size = sum(p.stat().st_size for p in files if p.exists())
        size = size or s.database_bytes
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(s.sources.items())) or "none"
        first = f"{minute(s.first_post)} UTC" if s.first_post else "—"
        last = f"{minute(s.last_post)} UTC" if s.last_post else "—"
        await self._reply(
            event,
            f"<b>Archive</b>\nposts: {s.posts} ({s.duplicates} copies, {s.versions} versions,"
            f" {s.deleted} deleted at source)\nsources: {sum(s.sources.values())} ({kinds})\n"
            f"tags: {s.tags}\nfirst post: {first}\nlast post: {last}\n"
            f"database: {size / 1024 / 1024:.1f} MB{self._shares_line()}",
        )

    def _shares_line(self) -> str:
        said = self._shares() if self._shares is not None else None
        return f"\n{html.escape(said)}" if said else ""

    # -- subscriptions --------------------------------------------------------------------------

    @requires(Need.MANAGER)
    async def _subscribe(self, event: Any, args: str) -> None:
        try:
            sub = parse_subscription(
                args,
                chat_id=event.chat_id,
                created_by=event.sender_id,
                now=self._clock(),
                aliases=self._topics,
            )
        except InputError as e:
            await event.reply(f"{e}", parse_mode=None, link_preview=False)
            return
        if self._topics is not None:  # `/subscribe ШОС` is a digest of SCO's posts
            sub = replace(sub, topic=self._topics.topic_named(sub.topic))
        new = await self._store.add_subscription(sub)
        what = "Subscribed this chat to" if new else "Changed this chat's digest of"
        await self._reply(
            event, f"{what} <b>#{html.escape(sub.topic)}</b>: {html.escape(format_schedule(sub))}."
        )

    @requires(Need.MANAGER)
    async def _unsubscribe(self, event: Any, args: str) -> None:
        words = args.split()
        whole = configured_topic_at_start(words, self._topics)
        if whole is not None and whole[1] == len(words):  # /unsubscribe Middle East
            topic, named = " ".join(words).lstrip("#"), whole[0]
        else:
            topic = args.strip().lstrip("#")
            if not topic or len(words) != 1 or not is_topic_name(topic):
                await event.reply("Name one topic: /unsubscribe SCO", parse_mode=None)
                return
            named = self._topics.topic_named(topic) if self._topics is not None else topic
        # (a subscription made before /subscribe read aliases is filed under the alias)
        removed = await self._store.remove_subscription(event.chat_id, named) or (
            named != topic and await self._store.remove_subscription(event.chat_id, topic)
        )
        if removed:
            await self._reply(event, f"Unsubscribed from <b>#{html.escape(named)}</b>.")
        else:
            await self._reply(event, f"This chat has no digest of #{html.escape(topic)}.")

    @requires(Need.MEMBER)
    async def _subscriptions(self, event: Any, args: str) -> None:
        subs = await self._store.list_subscriptions(event.chat_id)
        if not subs:
            await event.reply(
                f"This chat has no digests. Add one: {SUBSCRIBE_SYNTAX}", parse_mode=None
            )
            return
        lines = [f"#{html.escape(s.topic)} — {html.escape(format_schedule(s))}" for s in subs]
        # A chat may have any number: 60 went past Telegram's 4096 characters in one reply,
        # and no answer came. As many messages as they take.
        for text in split_messages(["<b>This chat's digests</b>", *lines], sep="\n"):
            await self._reply(event, text)

    # -- alerts -------------------------------------------------------------------------------

    @requires(Need.MANAGER)
    async def _alert(self, event: Any, args: str) -> None:
        """Each new post matching the search, sent to this chat as it is stored."""
        if not args.strip():  # an empty alert would match every post
            await event.reply(f"Name a search to watch. {ALERT_SYNTAX}", parse_mode=None)
            return
        try:
            query, _ = watched(args)  # refused now, not at the first post
            new = await self._alert_store.add(
                str(event.chat_id), query, now=self._clock(), created_by=event.sender_id
            )
        except InputError as e:
            await event.reply(f"{e}. {ALERT_SYNTAX}", parse_mode=None, link_preview=False)
            return
        what = "This chat will get each new post matching" if new else "Already alerting on"
        await self._reply(event, f"{what} <b>{html.escape(shorten(query))}</b>.")

    @requires(Need.MEMBER)
    async def _alerts(self, event: Any, args: str) -> None:
        alerts = await self._alert_store.alerts(str(event.chat_id))
        if not alerts:
            await event.reply(f"This chat has no alerts. {ALERT_SYNTAX}", parse_mode=None)
            return
        # 20 alerts of 400 characters went past Telegram's 4096, and no answer came: each
        # query shown in at most ALERT_SHOWN characters (/unalert takes its number).
        lines = [
            f"{n}. {html.escape(shorten(a.query, ALERT_SHOWN))}"
            for n, a in enumerate(alerts, start=1)
        ]
        await self._reply(event, "<b>This chat's alerts</b>\n" + "\n".join(lines))

    @requires(Need.MANAGER)
    async def _unalert(self, event: Any, args: str) -> None:
        if not args:
            await event.reply(
                "Name the alert: /unalert 1 (its number in /alerts) or its query", parse_mode=None
            )
            return
        gone = await self._alert_store.remove(str(event.chat_id), args)
        if gone is None:
            await self._reply(
                event, f"This chat has no alert {html.escape(shorten(args))}. See /alerts."
            )
        else:
            shown = html.escape(shorten(gone.query, ALERT_SHOWN))
            await self._reply(event, f"No more alerts on <b>{shown}</b>.")

    # -- digest -------------------------------------------------------------------------------

    @requires(Need.MEMBER)
    async def _digest(self, event: Any, args: str) -> None:
        """The digest of one or more topics (``SCO`` or ``SCO,BRICS``) over the last 24 hours
        or a given window, composed exactly as a scheduled digest is. Records nothing: a
        subscription's next digest is not affected. The argument is tried as one configured
        topic first, whose name need not be a hashtag's (``/digest Middle East 7d``)."""
        words = args.split()
        named = configured_topic_at_start(words, self._topics)
        listed = [words[0]] if words and named is None else []  # SCO,BRICS
        rest = words[named[1] :] if named is not None else words[1:]
        window = _WINDOW_RE.fullmatch(rest[0]) if len(rest) == 1 else None
        if window is not None and int(window.group(1)) == 0:
            window = None  # "0h": a window of no time
        if not words or len(rest) > 1 or (rest and window is None):
            await event.reply("Name a topic and a window: /digest SCO 7d", parse_mode=None)
            return
        names = listed[0].split(",") if listed else []
        if bad := [t for t in names if t.strip() and not is_topic_name(t)]:
            await event.reply(
                f"{shorten(bad[0])!r} is not a topic: a hashtag's name, as in /digest SCO 7d",
                parse_mode=None,
            )
            return
        topics = (named[0],) if named is not None else topics_named(names, self._topics)
        topics = topics[:DIGEST_TOPICS]
        if not topics:
            await event.reply("Name a topic and a window: /digest SCO 7d", parse_mode=None)
            return
        amount, unit = (int(window.group(1)), window.group(2).lower()) if window else (24, "h")
        span = timedelta(hours=amount) if unit == "h" else timedelta(days=amount)
        until = self._clock().astimezone(UTC).replace(microsecond=0)
        since = until - span
        rows = await self._store.digest_rows(topics, since=since, until=until)
        options = DigestOptions(
            title=f"{', '.join(hashtag(t) for t in topics)}, last {amount}{unit}",
            topics=topics,
            max_items_per_topic=DIGEST_ITEMS,
            usernames=await self._usernames.pairs(self._store),
            aliases=self._topics,
        )
        messages = compose_digest(rows, options, since=since, until=until)
        if not messages:
            tags = ", ".join(html.escape(hashtag(t)) for t in topics)
            await self._reply(event, f"No posts tagged {tags} in the last {amount}{unit}.")
            return
        for text in messages:
            await self._reply(event, text)

    # -- export -------------------------------------------------------------------------------

    @requires(Need.ADMIN)
    async def _export(self, event: Any, args: str) -> None:
        words = args.split()
        fmt = "jsonl"
        if words and words[-1].lower() in FORMATS:
            fmt = words.pop().lower()
            if words and all(w.lower() in FORMATS or w.lower() in _OTHER_FORMATS for w in words):
                # "/export csv csv" searched for the word "csv" and found nothing.
                await event.reply(
                    f"Name one format, as the last word: /export tag:SCO {fmt} (the formats"
                    f" are {', '.join(FORMATS)}).",
                    parse_mode=None,
                )
                return
        elif words and words[-1].lower() in _OTHER_FORMATS:
            # "/export astana pdf" searched for the word "pdf" and sent a JSON Lines file.
            known = ", ".join(FORMATS)
            await event.reply(
                f"I cannot export {words[-1]}: the formats are {known} (the last word).",
                parse_mode=None,
            )
            return
        try:
            query = parse_query(" ".join(words), topics=self._topics)
        except InputError as e:
            await event.reply(f"I cannot read those filters: {e}.\n{QUERY_SYNTAX}", parse_mode=None)
            return
        try:
            path, count = await export_to_temp(
                self._store, query, fmt, now=self._clock(), limit=self._export_limit
            )
        except ExportTooBig:
            mb = self._export_limit / 1024 / 1024
            await event.reply(
                f"That export is over the {mb:g} MB limit. Narrow it with filters, for"
                " example: /export tag:SCO since:2024-03-01",
                parse_mode=None,
            )
            return
        try:
            if count == 0:
                await event.reply("Nothing matches those filters.", parse_mode=None)
                return
            log.info("export user=%s posts=%d file=%s", event.sender_id, count, path.name)
            await self._client.send_file(
                event.chat_id,
                path,
                caption=f"{count} posts",
                parse_mode=None,
                force_document=True,
                reply_to=event.message.id,
            )
        finally:
            shutil.rmtree(path.parent, ignore_errors=True)

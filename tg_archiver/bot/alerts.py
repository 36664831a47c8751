"""Alerts: each new post that matches a chat's search, sent to that chat once, as it is stored.

    alerts = AlertSender(store, send=telegram_send(bot), pacer=pacer)
    await alerts.check()  # after posts were stored: sends what is new and matching

A check records every new match's message first (:class:`archive.store.alerts.AlertStore`),
then sends what is recorded and not yet sent, paced and with FloodWait waited out like
digests (the same :class:`bot.sending.Pacer`), each message with a ``random_id`` derived from
(alert, post), so a message Telegram accepted just before a crash is refused as a duplicate
on the resend instead of posted twice. Copies of a story already stored (exact or near
duplicates, linked forwards) never alert: the story was told by its first post.

Checks do not overlap (a lock): a burst of live posts gives one check after another, never
two sending the same recorded message at once.
"""

from __future__ import annotations

import asyncio
import html
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial

from tg_archiver.archive.alert_query import watched
from tg_archiver.archive.digest import DigestItem, DigestOptions, render_item
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.source_usernames import SourceUsernames
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.alerts import PendingAlert, alert_store
from tg_archiver.archive.summary import shorten
from tg_archiver.archive.tags import TopicAliases
from tg_archiver.bot.sending import Pacer, Send, paced_send

log = logging.getLogger(__name__)

SUMMARY_CHARS = 300
QUERY_CHARS = 200  # the search shown atop an alert


def compose_alert(query: str, row: ExportRow, usernames: Sequence[tuple[str, str]] = ()) -> str:
    """An alert as HTML: which search matched, then the post as a digest lists a story."""
    options = DigestOptions(
        title="", topics=(), excerpt_chars=SUMMARY_CHARS, usernames=tuple(usernames)
    )
    head = html.escape(shorten(" ".join(query.split()), QUERY_CHARS), quote=False)
    return f"🔔 <b>{head}</b>\n\n{render_item(DigestItem(row), options)}"


class AlertSender:
    def __init__(
        self,
        store: Store,
        *,
        send: Send,
        pacer: Pacer | None = None,
        usernames: SourceUsernames | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        topics: TopicAliases | None = None,
    ) -> None:
        self.store = store
        self.alerts = alert_store(store)
        self.topics = topics  # so that an alert's `tag:ШОС` watches the posts filed under SCO
        self.send = send
        self.pacer = pacer or Pacer()
        self.usernames = usernames or SourceUsernames()
        self.clock = clock
        self._lock = asyncio.Lock()

    async def check(self) -> int:
        """Record the new matches of every alert, then send every unsent one; how many sent."""
        async with self._lock:
            usernames = await self.usernames.pairs(self.store)
            for alert in await self.alerts.alerts():
                try:
                    _, query = watched(alert.query, self.topics)
                except InputError as e:  # stored by an older version: say so, skip it
                    log.warning("alert skipped id=%d chat=%s reason=%s", alert.id, alert.chat, e)
                    continue
                compose = partial(compose_alert, alert.query, usernames=usernames)
                # A name watched in one script is watched as the other writes it too, as a
                # search finds it (store/both_scripts.py): «Лавров» sends "Lavrov" posts.
                queries = [query]
                if (other := await self.store.searching.in_other_script(query)) is not None:
                    queries.append(other)
                await self.alerts.take_matches(alert, queries, compose)
            sent = 0
            for pending in await self.alerts.unsent():
                try:
                    await self._send(pending)
                except Exception as e:  # this message, not the others: retried next check
                    log.error(
                        "alert not sent id=%d chat=%s post=%d reason=%s; retried on the next"
                        " check, the others go on",
                        pending.alert_id,
                        pending.chat,
                        pending.post_id,
                        type(e).__name__,
                    )
                    continue
                sent += 1
            return sent

    async def _send(self, pending: PendingAlert) -> None:
        send = partial(self.send, pending.chat, pending.message, pending.key)
        message_id = await paced_send(
            self.pacer, pending.chat, send, what=f"alert id={pending.alert_id}"
        )
        await self.alerts.mark_sent(pending, message_id, self.clock())
        log.info(
            "alert sent id=%d chat=%s post=%d", pending.alert_id, pending.chat, pending.post_id
        )

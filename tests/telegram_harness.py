"""Telegram with no network: a real telethon client that answers requests from a script.

See ../shared/TESTING-TELEGRAM.md. :class:`FakeTelegram` is a ``TelegramClient`` on a
``StringSession`` that never connects; it overrides ``__call__`` (the one door every TL request
goes through), records a copy of each request as sent, and answers the ones the code under test
needs. Updates go through telethon's own dispatch (:func:`dispatch`), so the real event
builders, filters and ``event.reply`` run.

History is served as Telegram serves ``messages.getHistory`` for a channel: newest first,
``offset_id`` (exclusive) then ``add_offset`` then ``limit``, then ``min_id``/``max_id`` as
bounds, so ``iter_messages(min_id=..., reverse=True)`` runs telethon's real iterator, chunk by
chunk.

Albums: telethon's ``events.Album`` collects the parts of an album, which arrive as separate
updates, in an ``AlbumHack`` that delivers the album ``_HACK_DELAY`` (0.5 s) after its last
part. :func:`dispatch_album` makes that deterministic: it holds delivery back while it
dispatches every part, then delivers the collected album once and waits for the handlers.

Builders return real TL objects: ``channel``, ``user``, ``channel_message``,
``private_message``, ``hashtag_entities``, ``photo``, ``document``, ``update_*``. They live in
:mod:`telegram_builders` and are re-exported here, so a test imports one module.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from telegram_builders import (
    DATE,
    basic_group,
    basic_group_message,
    callback_query,
    channel,
    channel_message,
    document,
    forward_header,
    group,
    group_message,
    hashtag_entities,
    photo,
    private_message,
    service_message,
    update_delete_channel_messages,
    update_edit_channel_message,
    update_new_channel_message,
    update_new_message,
    user,
)
from telethon import TelegramClient, utils
from telethon.errors import (
    FileReferenceExpiredError,
    FloodWaitError,
    MessageTooLongError,
    RandomIdDuplicateError,
    UserIsBlockedError,
    UsernameNotOccupiedError,
)
from telethon.events import album as album_events
from telethon.sessions import StringSession
from telethon.tl import functions, types
from telethon.tl.tlobject import TLRequest

from tg_archiver.archive.config import TelegramConfig

# What tests import: the client and dispatch, and telegram_builders' builders re-exported
# beside them, so that a test imports one module.
__all__ = [
    "API_HASH",
    "API_ID",
    "DATE",
    "SELF_ID",
    "FakeTelegram",
    "OfflineTelegram",
    "basic_group",
    "basic_group_message",
    "bot_only",
    "callback_query",
    "channel",
    "channel_message",
    "dispatch",
    "dispatch_album",
    "document",
    "forward_header",
    "group",
    "group_message",
    "hashtag_entities",
    "photo",
    "private_message",
    "service_message",
    "update_delete_channel_messages",
    "update_edit_channel_message",
    "update_new_channel_message",
    "update_new_message",
    "user",
]

API_ID = 12345
API_HASH = "0123456789abcdef0123456789abcdef"
SELF_ID = 777000111


# -- the client -----------------------------------------------------------------------------------


MESSAGE_LIMIT = 4096  # UTF-16 units of a message's text, entities aside, as Telegram counts


class FakeTelegram(TelegramClient):
    """A client that is never connected and answers from what the test put in it.

    ``requests`` holds a deep copy of every request as it was sent (telethon reuses and
    mutates one request object while iterating history). ``flood_waits`` maps the N-th history
    request (1-based) to the seconds of a ``FloodWaitError`` raised instead of answering it,
    once; ``send_flood_waits`` does the same for the N-th ``SendMessageRequest``. As Telegram
    does, a send request whose ``random_id`` was seen before is refused (RANDOM_ID_DUPLICATE).
    ``disconnects`` holds the numbers of history requests answered with the
    ``ConnectionError`` telethon raises when the connection drops and cannot be restored.
    """

    def __init__(self, *, bot: bool = True) -> None:
        super().__init__(StringSession(), API_ID, API_HASH, receive_updates=False)
        self.me = types.User(
            id=SELF_ID,
            is_self=True,
            bot=bot,
            access_hash=42,
            first_name="Archiver",
            username="archiver_bot" if bot else "archiver_user",
        )
        self.requests: list[TLRequest] = []
        self.channels: dict[int, types.Channel] = {}
        self.users: dict[int, types.User] = {}
        self.history: dict[int, list[types.TypeMessage]] = {}  # channel id -> messages
        self.flood_waits: dict[int, int] = {}
        self.send_flood_waits: dict[int, int] = {}
        self.blocked_by: set[int] = set()  # users who blocked the bot: sends to them refused
        self.send_calls = 0
        self.random_ids: set[int] = set()
        self.disconnects: set[int] = set()
        self.history_calls = 0
        self._next_sent_id = 5000
        # (group channel id, user id) -> the participant GetParticipantRequest answers with
        self.participants: dict[tuple[int, int], types.TypeChannelParticipant] = {}
        self.uploads: dict[int, dict[int, bytes]] = {}  # file id -> part number -> bytes
        # Downloads: photo or document id -> the file's bytes, served by upload.GetFileRequest
        # as Telegram does (offset, limit). file_flood_waits / file_disconnects: the N-th
        # GetFileRequest (1-based) raises a FloodWaitError of that many seconds / a
        # ConnectionError instead, once.
        self.files: dict[int, bytes] = {}
        self.file_flood_waits: dict[int, int] = {}
        self.file_disconnects: set[int] = set()
        self.file_calls = 0
        self.chat_admins: dict[int, set[int]] = {}  # basic group id -> admin user ids

    # what the test scripts

    def add_channel(self, chan: types.Channel, messages: Iterable[types.TypeMessage] = ()) -> None:
        self.channels[chan.id] = chan
        self.history.setdefault(chan.id, []).extend(messages)

    def post(self, chan: types.Channel, *messages: types.TypeMessage) -> None:
        """Messages published in a channel after the test started (history only)."""
        self.history.setdefault(chan.id, []).extend(messages)

    def serve(self, media: Any, data: bytes) -> None:
        """Hold ``data`` as the file of ``media`` (a ``photo(...)`` or ``document(...)``)."""
        if isinstance(media, types.MessageMediaPhoto):
            assert isinstance(media.photo, types.Photo)
            self.files[media.photo.id] = data
        else:
            assert isinstance(media.document, types.Document)
            self.files[media.document.id] = data

    # what the test reads

    def file_requests(self) -> list[functions.upload.GetFileRequest]:
        return [r for r in self.requests if isinstance(r, functions.upload.GetFileRequest)]

    def sent(self) -> list[functions.messages.SendMessageRequest]:
        return [r for r in self.requests if isinstance(r, functions.messages.SendMessageRequest)]

    def history_requests(self) -> list[functions.messages.GetHistoryRequest]:
        return [r for r in self.requests if isinstance(r, functions.messages.GetHistoryRequest)]

    def edits(self) -> list[functions.messages.EditMessageRequest]:
        return [r for r in self.requests if isinstance(r, functions.messages.EditMessageRequest)]

    def callback_answers(self) -> list[functions.messages.SetBotCallbackAnswerRequest]:
        return [
            r
            for r in self.requests
            if isinstance(r, functions.messages.SetBotCallbackAnswerRequest)
        ]

    def media_sent(self) -> list[functions.messages.SendMediaRequest]:
        return [r for r in self.requests if isinstance(r, functions.messages.SendMediaRequest)]

    def uploaded(self, file: Any) -> bytes:
        """The bytes uploaded for an ``InputFile``/``InputFileBig`` (as in ``SendMediaRequest``)."""
        parts = self.uploads[file.id]
        return b"".join(parts[i] for i in range(file.parts))

    def make_admin(self, grp: types.Channel | types.Chat, member: types.User) -> None:
        if isinstance(grp, types.Chat):
            self.chat_admins.setdefault(grp.id, set()).add(member.id)
            return
        self.participants[(grp.id, member.id)] = types.ChannelParticipantAdmin(
            user_id=member.id,
            promoted_by=SELF_ID,
            date=DATE,
            admin_rights=types.ChatAdminRights(change_info=True),
        )

    # the one door (downloads come to it too: telethon sends file parts through _call on a
    # sender of the file's data centre, which here is the client's own, never connected)

    async def _call(
        self, sender: Any, request: Any, ordered: bool = False, flood_sleep_threshold: Any = None
    ) -> Any:
        return await self(request, ordered, flood_sleep_threshold)

    async def _borrow_exported_sender(self, dc_id: int) -> Any:
        return self._sender

    async def _return_exported_sender(self, sender: Any) -> None:
        return None

    async def __call__(
        self, request: Any, ordered: bool = False, flood_sleep_threshold: int | None = None
    ) -> Any:
        if isinstance(request, list):
            return [await self(r, ordered, flood_sleep_threshold) for r in request]
        self.requests.append(copy.deepcopy(request))
        if isinstance(request, functions.users.GetUsersRequest):
            return [self._user(u) for u in request.id]
        if isinstance(request, functions.messages.SendMessageRequest):
            self.send_calls += 1
            if self.send_calls in self.send_flood_waits:
                seconds = self.send_flood_waits.pop(self.send_calls)
                raise FloodWaitError(request=request, capture=seconds)
            if len(request.message.encode("utf-16-le")) // 2 > MESSAGE_LIMIT:
                raise MessageTooLongError(request=request)  # as Telegram refuses it
            if getattr(request.peer, "user_id", None) in self.blocked_by:
                raise UserIsBlockedError(request=request)  # the user blocked the bot
            self._check_random_id(request)
            self._next_sent_id += 1
            return types.UpdateShortSentMessage(
                id=self._next_sent_id, pts=1, pts_count=1, date=DATE, out=True
            )
        if isinstance(request, functions.messages.GetHistoryRequest):
            return self._history(request)
        if isinstance(request, functions.upload.GetFileRequest):
            return self._file_part(request)
        if isinstance(
            request, functions.upload.SaveFilePartRequest | functions.upload.SaveBigFilePartRequest
        ):
            self.uploads.setdefault(request.file_id, {})[request.file_part] = request.bytes
            return True
        if isinstance(request, functions.messages.SendMediaRequest):
            self._check_random_id(request)
            self._next_sent_id += 1
            sent = types.Message(
                id=self._next_sent_id,
                peer_id=utils.get_peer(request.peer),
                date=DATE,
                message=request.message,
                out=True,
            )
            return self._updates(
                types.UpdateMessageID(id=sent.id, random_id=request.random_id),
                types.UpdateNewMessage(message=sent, pts=1, pts_count=1),
            )
        if isinstance(request, functions.messages.EditMessageRequest):
            edited = types.Message(
                id=request.id,
                peer_id=utils.get_peer(request.peer),
                date=DATE,
                message=request.message or "",
                out=True,
                edit_date=DATE,
            )
            return self._updates(types.UpdateEditMessage(message=edited, pts=1, pts_count=1))
        if isinstance(request, functions.messages.SetBotCallbackAnswerRequest):
            return True
        if isinstance(request, functions.messages.GetFullChatRequest):
            return self._full_chat(request.chat_id)
        if isinstance(request, functions.channels.GetParticipantRequest):
            key = (request.channel.channel_id, request.participant.user_id)
            participant = self.participants.get(key) or types.ChannelParticipant(
                user_id=key[1], date=DATE
            )
            return types.channels.ChannelParticipant(participant=participant, chats=[], users=[])
        if isinstance(request, functions.channels.GetMessagesRequest):
            return self._messages_by_id(request)
        if isinstance(request, functions.contacts.ResolveUsernameRequest):
            return self._resolve(request)
        if isinstance(request, functions.channels.GetChannelsRequest):
            return types.messages.Chats(
                chats=[
                    self.channels[c.channel_id] for c in request.id if c.channel_id in self.channels
                ]
            )
        raise NotImplementedError(f"FakeTelegram does not serve {type(request).__name__}")

    def _check_random_id(self, request: Any) -> None:
        if request.random_id in self.random_ids:
            raise RandomIdDuplicateError(request=request)
        self.random_ids.add(request.random_id)

    def _full_chat(self, chat_id: int) -> types.messages.ChatFull:
        members = [
            types.ChatParticipantAdmin(user_id=uid, inviter_id=SELF_ID, date=DATE)
            for uid in sorted(self.chat_admins.get(chat_id, set()))
        ]
        return types.messages.ChatFull(
            full_chat=types.ChatFull(
                id=chat_id,
                about="",
                participants=types.ChatParticipants(
                    chat_id=chat_id, participants=list(members), version=1
                ),
                notify_settings=types.PeerNotifySettings(),
            ),
            chats=[],
            users=[],
        )

    @staticmethod
    def _updates(*updates: types.TypeUpdate) -> types.Updates:
        return types.Updates(updates=list(updates), users=[], chats=[], date=DATE, seq=0)

    def _user(self, input_user: Any) -> types.TypeUser:
        if isinstance(input_user, types.InputUserSelf):
            return self.me
        uid = getattr(input_user, "user_id", None)
        if uid == self.me.id:
            return self.me
        found = self.users.get(uid) if isinstance(uid, int) else None
        return found or types.UserEmpty(id=uid or 0)

    def _history(self, request: functions.messages.GetHistoryRequest) -> Any:
        self.history_calls += 1
        seconds = self.flood_waits.pop(self.history_calls, None)
        if seconds is not None:
            raise FloodWaitError(request=None, capture=seconds)
        if self.history_calls in self.disconnects:
            raise ConnectionError("Cannot send requests while disconnected")
        chan_id = request.peer.channel_id
        newest_first = sorted(self.history.get(chan_id, []), key=lambda m: m.id, reverse=True)
        if request.offset_id:
            start = sum(1 for m in newest_first if m.id >= request.offset_id)
        elif request.offset_date:
            start = sum(1 for m in newest_first if m.date >= request.offset_date)
        else:
            start = 0
        lo = start + request.add_offset
        hi = lo + request.limit
        page = newest_first[max(lo, 0) : max(hi, 0)]
        page = [
            m
            for m in page
            if m.id > request.min_id and (not request.max_id or m.id < request.max_id)
        ]
        return types.messages.ChannelMessages(
            pts=1,
            count=len(newest_first),
            messages=page,
            topics=[],
            chats=[self.channels[chan_id]],
            users=[],
        )

    def _file_part(self, request: functions.upload.GetFileRequest) -> Any:
        self.file_calls += 1
        seconds = self.file_flood_waits.pop(self.file_calls, None)
        if seconds is not None:
            raise FloodWaitError(request=None, capture=seconds)
        if self.file_calls in self.file_disconnects:
            self.file_disconnects.discard(self.file_calls)
            raise ConnectionError("Cannot send requests while disconnected")
        data = self.files.get(request.location.id)
        if data is None:
            raise FileReferenceExpiredError(request=request)
        chunk = data[request.offset : request.offset + request.limit]
        return types.upload.File(type=types.storage.FileUnknown(), mtime=0, bytes=chunk)

    def _messages_by_id(self, request: functions.channels.GetMessagesRequest) -> Any:
        chan_id = request.channel.channel_id
        by_id = {m.id: m for m in self.history.get(chan_id, [])}
        wanted = [getattr(i, "id", i) for i in request.id]  # InputMessageID, or telethon's ints
        return types.messages.ChannelMessages(
            pts=1,
            count=len(by_id),
            messages=[by_id.get(i) or _empty(i, chan_id) for i in wanted],
            topics=[],
            chats=[self.channels[chan_id]],
            users=[],
        )

    def _resolve(self, request: functions.contacts.ResolveUsernameRequest) -> Any:
        for chan in self.channels.values():
            if chan.username and chan.username.lower() == request.username.lower():
                return types.contacts.ResolvedPeer(
                    peer=types.PeerChannel(chan.id), chats=[chan], users=[]
                )
        raise UsernameNotOccupiedError(request=request)


class OfflineTelegram(FakeTelegram):
    """The harness client, as the service sees a logged-in account: connect is a no-op."""

    async def connect(self) -> None:
        return None

    async def is_user_authorized(self) -> bool:
        return True

    async def disconnect(self) -> None:  # type: ignore[override]
        return None

    async def start(self, *args: object, **kwargs: object) -> OfflineTelegram:  # type: ignore[override]
        return self


def _empty(message_id: int, chan_id: int) -> Any:
    return types.MessageEmpty(id=message_id, peer_id=types.PeerChannel(chan_id))


# -- dispatch -------------------------------------------------------------------------------------


class _HandlerErrors(logging.Handler):
    """Telethon logs, rather than raises, what an event handler raised; tests want it raised."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.errors: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            self.errors.append(record.exc_info[1])


async def dispatch(
    client: TelegramClient,
    update: types.TypeUpdate,
    users: Sequence[types.TypeUser] = (),
    chats: Sequence[types.TypeChat] = (),
) -> None:
    """Deliver ``update`` through telethon's real dispatch, with the entities Telegram sends.

    An exception in a handler fails the test here instead of vanishing into telethon's log.
    """
    update._entities = {utils.get_peer_id(x): x for x in [*users, *chats]}
    client._mb_entity_cache.extend(list(users), list(chats))
    catcher = _HandlerErrors()
    logger = logging.getLogger("telethon.client.updates")
    logger.addHandler(catcher)
    try:
        await client._dispatch_update(update)
    finally:
        logger.removeHandler(catcher)
    if catcher.errors:
        raise catcher.errors[0]


async def dispatch_album(
    client: TelegramClient,
    updates: Sequence[types.TypeUpdate],
    users: Sequence[types.TypeUser] = (),
    chats: Sequence[types.TypeChat] = (),
) -> None:
    """Dispatch the parts of one album as Telegram does (one update each), then the album.

    The first part makes telethon's ``AlbumHack``, a task that sleeps until ``_HACK_DELAY``
    after the latest part and then delivers the collected ``events.Album``. Here the delay is
    an hour while the parts go in, so no await between parts can deliver half an album; then
    that sleeping task is cancelled and the album is delivered once, now, by the hack's own
    code, with handler errors raised as in :func:`dispatch`.
    """
    grouped_ids = {getattr(u, "message").grouped_id for u in updates}  # noqa: B009
    assert len(grouped_ids) == 1 and None not in grouped_ids, "one album at a time"
    (grouped_id,) = grouped_ids
    saved = album_events._HACK_DELAY
    album_events._HACK_DELAY = 3600
    try:
        for update in updates:
            await dispatch(client, update, users, chats)
    finally:
        album_events._HACK_DELAY = saved
    hack = client._albums.pop(grouped_id, None)
    assert hack is not None, "no events.Album handler collected the album"
    for task in asyncio.all_tasks():
        coro = task.get_coro()
        frame = getattr(coro, "cr_frame", None)
        if frame is not None and frame.f_locals.get("self") is hack:
            task.cancel()
    hack._due = client.loop.time()
    catcher = _HandlerErrors()
    logger = logging.getLogger("telethon.client.updates")
    logger.addHandler(catcher)
    try:
        await hack.deliver_event()
    finally:
        logger.removeHandler(catcher)
    if catcher.errors:
        raise catcher.errors[0]


def user_session(tmp_path: Path, *channels: str) -> TelegramConfig:
    """A service's Telegram settings with a user session (an empty file made in
    ``tmp_path``) and no bot, backfilling and following ``channels`` (default
    ``@example_mfa``)."""
    session = tmp_path / "user.session"
    session.touch()
    return TelegramConfig(
        api_id=1,
        api_hash="not-a-real-hash",
        session=session,
        channels=channels or ("@example_mfa",),
    )


def bot_only(tmp_path: Path, *channels: str) -> TelegramConfig:
    """A service's Telegram settings with a bot token and no user session (none is ever made
    in ``tmp_path``), following ``channels`` live through the bot."""
    return TelegramConfig(
        api_id=1,
        api_hash="not-a-real-hash",
        bot_token="123:not-a-real-token",
        session=tmp_path / "no-user.session",
        channels=channels,
    )

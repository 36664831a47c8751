"""Real telethon TL objects for tests: channels, users, groups, messages, media and updates.

Each builder returns the object Telegram would send (``types.Channel``, ``types.Message``,
``types.UpdateNewChannelMessage``, ...), filled in as Telegram fills it, so the code under
test meets real TL objects. Ids not given come from one counter, so they never collide.
:mod:`telegram_harness` re-exports them beside the client that serves them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from telethon import helpers
from telethon.tl import types

DATE = datetime(2024, 5, 20, 8, 0, tzinfo=UTC)

_ids = itertools.count(1_000_000)


def channel(id: int, username: str | None = None, title: str = "Example MFA") -> types.Channel:
    return types.Channel(
        id=id,
        title=title,
        photo=types.ChatPhotoEmpty(),
        date=DATE,
        broadcast=True,
        access_hash=id * 7 + 1,
        username=username,
    )


def user(id: int, first_name: str = "Analyst", *, username: str | None = None) -> types.User:
    return types.User(id=id, access_hash=id * 3 + 1, first_name=first_name, username=username)


def hashtag_entities(text: str) -> list[types.TypeMessageEntity]:
    """A ``MessageEntityHashtag`` for every ``#tag`` in ``text``, offsets in UTF-16 units."""
    entities: list[types.TypeMessageEntity] = []
    for m in re.finditer(r"#\w+", text):
        offset = len(helpers.add_surrogate(text[: m.start()]))
        length = len(helpers.add_surrogate(m.group()))
        entities.append(types.MessageEntityHashtag(offset=offset, length=length))
    return entities


def photo(size: int = 52_000) -> types.MessageMediaPhoto:
    return types.MessageMediaPhoto(
        photo=types.Photo(
            id=next(_ids),
            access_hash=1,
            file_reference=b"",
            date=DATE,
            sizes=[types.PhotoSize(type="y", w=1280, h=960, size=size)],
            dc_id=2,
        )
    )


def document(
    file_name: str = "statement.pdf",
    *,
    size: int = 120_000,
    mime_type: str = "application/pdf",
    video: bool = False,
) -> types.MessageMediaDocument:
    attributes: list[Any] = [types.DocumentAttributeFilename(file_name=file_name)]
    if video:
        attributes.append(types.DocumentAttributeVideo(duration=12.0, w=1280, h=720))
    return types.MessageMediaDocument(
        document=types.Document(
            id=next(_ids),
            access_hash=1,
            file_reference=b"",
            date=DATE,
            mime_type=mime_type,
            size=size,
            dc_id=2,
            attributes=attributes,
        )
    )


def channel_message(
    id: int,
    chan: types.Channel,
    text: str = "",
    *,
    date: datetime = DATE,
    entities: list[Any] | None = None,
    fwd_from: types.MessageFwdHeader | None = None,
    grouped_id: int | None = None,
    media: Any = None,
    edit_date: datetime | None = None,
    post_author: str | None = None,
) -> types.Message:
    """A post in a broadcast channel; hashtag entities are made from ``text`` unless given."""
    return types.Message(
        id=id,
        peer_id=types.PeerChannel(chan.id),
        date=date,
        message=text,
        post=True,
        entities=hashtag_entities(text) if entities is None else entities,
        fwd_from=fwd_from,
        grouped_id=grouped_id,
        media=media,
        edit_date=edit_date,
        post_author=post_author,
    )


def service_message(id: int, chan: types.Channel, *, date: datetime = DATE) -> types.MessageService:
    return types.MessageService(
        id=id,
        peer_id=types.PeerChannel(chan.id),
        date=date,
        action=types.MessageActionPinMessage(),
        post=True,
    )


def forward_header(
    origin_channel_id: int | None = None,
    post_id: int | None = None,
    *,
    date: datetime = DATE,
    from_name: str | None = None,
    from_user: int | None = None,
) -> types.MessageFwdHeader:
    from_id: Any = None
    if origin_channel_id is not None:
        from_id = types.PeerChannel(origin_channel_id)
    elif from_user is not None:
        from_id = types.PeerUser(from_user)
    return types.MessageFwdHeader(
        date=date, from_id=from_id, channel_post=post_id, from_name=from_name
    )


def private_message(
    id: int,
    sender: types.User,
    text: str = "",
    *,
    date: datetime = DATE,
    fwd_from: types.MessageFwdHeader | None = None,
    entities: list[Any] | None = None,
    media: Any = None,
    grouped_id: int | None = None,
) -> types.Message:
    """A message a user sent to the bot in their private chat."""
    return types.Message(
        id=id,
        peer_id=types.PeerUser(sender.id),
        from_id=types.PeerUser(sender.id),
        date=date,
        message=text,
        entities=hashtag_entities(text) if entities is None else entities,
        fwd_from=fwd_from,
        media=media,
        grouped_id=grouped_id,
    )


def update_new_channel_message(msg: types.TypeMessage) -> types.UpdateNewChannelMessage:
    return types.UpdateNewChannelMessage(message=msg, pts=1, pts_count=1)


def update_new_message(msg: types.TypeMessage) -> types.UpdateNewMessage:
    return types.UpdateNewMessage(message=msg, pts=1, pts_count=1)


def update_edit_channel_message(msg: types.TypeMessage) -> types.UpdateEditChannelMessage:
    return types.UpdateEditChannelMessage(message=msg, pts=1, pts_count=1)


def update_delete_channel_messages(
    channel_id: int, ids: Sequence[int]
) -> types.UpdateDeleteChannelMessages:
    return types.UpdateDeleteChannelMessages(
        channel_id=channel_id, messages=list(ids), pts=1, pts_count=len(ids)
    )


def group(id: int, title: str = "Analysts") -> types.Channel:
    """A supergroup (a megagroup channel), where the bot reads commands."""
    return types.Channel(
        id=id,
        title=title,
        photo=types.ChatPhotoEmpty(),
        date=DATE,
        megagroup=True,
        access_hash=id * 5 + 1,
    )


def basic_group(id: int, title: str = "Old desk") -> types.Chat:
    """A basic (legacy) group: admins are listed by messages.getFullChat."""
    return types.Chat(
        id=id, title=title, photo=types.ChatPhotoEmpty(), participants_count=3, date=DATE, version=1
    )


def basic_group_message(
    id: int, grp: types.Chat, sender: types.User, text: str = "", *, date: datetime = DATE
) -> types.Message:
    return types.Message(
        id=id,
        peer_id=types.PeerChat(grp.id),
        from_id=types.PeerUser(sender.id),
        date=date,
        message=text,
        entities=[],
    )


def group_message(
    id: int, grp: types.Channel, sender: types.User, text: str = "", *, date: datetime = DATE
) -> types.Message:
    """A message ``sender`` wrote in the supergroup ``grp``."""
    return types.Message(
        id=id,
        peer_id=types.PeerChannel(grp.id),
        from_id=types.PeerUser(sender.id),
        date=date,
        message=text,
        entities=[],
    )


def callback_query(
    sender: types.User, data: bytes, *, msg_id: int, peer: Any = None, query_id: int | None = None
) -> types.UpdateBotCallbackQuery:
    """A press on an inline button of the bot's message ``msg_id`` (in ``sender``'s chat)."""
    return types.UpdateBotCallbackQuery(
        query_id=query_id if query_id is not None else next(_ids),
        user_id=sender.id,
        peer=peer or types.PeerUser(sender.id),
        msg_id=msg_id,
        chat_instance=1,
        data=data,
    )

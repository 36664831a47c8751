"""Telethon objects in, archive records out: the one place the two worlds meet.

Every function here is pure: it reads a telethon TL object (or the custom ``Message`` that
wraps one) and returns :mod:`archive.models` records. Nothing past this module sees a
telethon type, so the rest of ``bot/`` hands plain :class:`~archive.models.Post` values to
the archive.

Identity rules (see DESIGN.md): a channel's source key is its bare numeric id (positive, no
``-100`` prefix), the same key the Telegram Desktop importer writes, so an export and live
ingest of one channel are one source. A post forwarded to the bot is stored as the origin
channel's post, so forwarding it twice, or forwarding it and also following its channel,
gives one post.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from telethon import utils
from telethon.tl import types

from tg_archiver.archive import attachment_text
from tg_archiver.archive.models import FORWARDED_KEY, Forward, Media, Post, SourceRef
from tg_archiver.archive.pipeline import MAX_TEXT_CHARS
from tg_archiver.archive.textlinks import MAX_LINKS, with_link_targets

_PLACES = (types.MessageMediaGeo, types.MessageMediaGeoLive, types.MessageMediaVenue)

FORWARDED_SOURCE = SourceRef(kind="import", key=FORWARDED_KEY, title="Forwarded to the bot")


def channel_source(chat: Any) -> SourceRef:
    """The source of a channel's posts, keyed by its bare id (``Channel.id``)."""
    return SourceRef(
        kind="telegram",
        key=str(chat.id),
        title=getattr(chat, "title", None) or None,
        username=_username(chat),
    )


def message_to_post(message: Any, source: SourceRef) -> Post:
    """One channel message as a post of ``source``."""
    return Post(
        source=source,
        external_id=str(message.id),
        published_at=_utc(message.date),
        edited_at=_utc(message.edit_date) if message.edit_date else None,
        text=text_of(message),
        url=_post_url(source.username, message.id),
        author=message.post_author or None,
        forwarded_from=_forward_origin(message),
        hashtags=hashtags(message.message or "", message.entities),
        media=media_summary(message.media),
    )


def album_to_post(messages: Sequence[Any], source: SourceRef) -> Post:
    """The parts of one album (same ``grouped_id``) as one post.

    Telegram keeps an album's caption on one part (usually the first); the post takes the
    first non-empty caption with its hashtags, the lowest message id, and every part's media
    in id order. The album counts as edited when any part was.
    """
    if not messages:
        raise ValueError("an album needs at least one message")
    parts = sorted(messages, key=lambda m: m.id)
    first = parts[0]
    captioned = next((m for m in parts if m.message), first)
    edits = [_utc(m.edit_date) for m in parts if m.edit_date]
    return Post(
        source=source,
        external_id=str(first.id),
        published_at=_utc(first.date),
        edited_at=max(edits) if edits else None,
        text=text_of(captioned),
        url=_post_url(source.username, first.id),
        author=captioned.post_author or first.post_author or None,
        forwarded_from=_forward_origin(captioned) or _forward_origin(first),
        hashtags=hashtags(captioned.message or "", captioned.entities),
        media=tuple(m for part in parts for m in media_summary(part.media)),
    )


def forward_to_post(message: Any, origin_chat: Any | None, *, forwarded_by: int) -> Post:
    """A message a user forwarded to the bot, as the post it is a copy of.

    ``origin_chat`` is the origin entity when the update carried it (a public channel's
    ``Channel``, or the ``User`` a message was forwarded from); private channels often come
    without one, and then the post is keyed by the bare channel id alone with no URL.
    A forward that is not a channel post (from a user, a group or a hidden sender) has no
    stable origin identity, so it is kept under :data:`FORWARDED_SOURCE`, keyed by the
    private chat (``forwarded_by``) and the message id.
    """
    fwd = message.fwd_from
    if fwd is None:
        raise ValueError(f"message {message.id} is not a forward")
    text = text_of(message)
    tags = hashtags(message.message or "", message.entities)
    media = media_summary(message.media)
    if isinstance(fwd.from_id, types.PeerChannel) and fwd.channel_post:
        channel_id = fwd.from_id.channel_id
        chat = origin_chat if getattr(origin_chat, "id", None) == channel_id else None
        source = (
            channel_source(chat) if chat is not None else SourceRef("telegram", str(channel_id))
        )
        return Post(
            source=source,
            external_id=str(fwd.channel_post),
            published_at=_utc(fwd.date),
            text=text,
            url=_post_url(source.username, fwd.channel_post),
            author=fwd.post_author or None,
            hashtags=tags,
            media=media,
        )
    return Post(
        source=FORWARDED_SOURCE,
        external_id=f"{forwarded_by}:{message.id}",
        published_at=_utc(fwd.date),
        text=text,
        author=fwd.post_author or None,
        forwarded_from=_forward_from_header(fwd, origin_chat),
        hashtags=tags,
        media=media,
    )


def forward_album_to_post(
    messages: Sequence[Any], origin_chat: Any | None, *, forwarded_by: int
) -> Post:
    """An album forwarded to the bot as one post, the counterpart of :func:`album_to_post`.

    Keyed like :func:`forward_to_post` by its first part, so it is the same post as the album
    ingested from its channel (whose external id is the album's lowest message id).
    """
    if not messages:
        raise ValueError("an album needs at least one message")
    parts = sorted(messages, key=lambda m: (m.fwd_from.channel_post or 0, m.id))
    captioned = next((m for m in parts if m.message), parts[0])
    post = forward_to_post(parts[0], origin_chat, forwarded_by=forwarded_by)
    return replace(
        post,
        text=text_of(captioned),
        hashtags=hashtags(captioned.message or "", captioned.entities),
        media=tuple(m for part in parts for m in media_summary(part.media)),
    )


def text_of(message: Any) -> str:
    """A message's text, with the address of each link hidden behind words
    (``MessageEntityTextUrl``: "Read in full" -> https://...) written after them, as the
    Telegram Desktop importer writes it (:func:`archive.textlinks.with_link_targets`), then
    the words of a poll, a contact, a place ... it carries (:func:`media_text`).

    Entity offsets count UTF-16 code units, as for :func:`hashtags`.
    """
    return attachment_text.joined(_linked_text(message), media_text(message.media))


def media_text(media: Any) -> str:
    """The words of what a message carries instead of text, as the Telegram Desktop importer
    writes them from an export (:mod:`archive.attachment_text`); "" for anything else."""
    if isinstance(media, types.MessageMediaPoll):
        return attachment_text.poll(
            _said(media.poll.question), [_said(a.text) for a in media.poll.answers]
        )
    if isinstance(media, types.MessageMediaContact):
        return attachment_text.contact(media.first_name, media.last_name, media.phone_number)
    if isinstance(media, types.MessageMediaVenue):
        return attachment_text.place(*_point(media.geo), media.title, media.address)
    if isinstance(media, types.MessageMediaGeo):
        return attachment_text.place(*_point(media.geo))
    # A live location (MessageMediaGeoLive) moves: each move is an edit, and its point as
    # text would make a version of every one (hundreds an hour). It is the kind alone.
    if isinstance(media, types.MessageMediaToDo):
        todo = media.todo
        return attachment_text.todo(_said(todo.title), [_said(item.title) for item in todo.list])
    if isinstance(media, types.MessageMediaInvoice):
        return attachment_text.invoice(media.title, media.description)
    if isinstance(media, types.MessageMediaGame):
        return attachment_text.game(media.game.title, media.game.description)
    return ""


def _said(text: Any) -> str:
    """A ``TextWithEntities`` (a poll's question and answers since layer 178) or a string."""
    return text if isinstance(text, str) else getattr(text, "text", "") or ""


def _point(geo: Any) -> tuple[float | None, float | None]:
    if isinstance(geo, types.GeoPoint):
        return geo.lat, geo.long
    return None, None  # GeoPointEmpty


def _linked_text(message: Any) -> str:
    text = message.message or ""
    links = [e for e in message.entities or () if isinstance(e, types.MessageEntityTextUrl)]
    if not text or not links:
        return text
    spans = [(start, end, e.url) for start, end, e in _spans(text, links[:MAX_LINKS])]
    return with_link_targets(text, spans, MAX_TEXT_CHARS)


def hashtags(text: str, entities: Iterable[Any] | None) -> tuple[str, ...]:
    """Hashtags from ``MessageEntityHashtag`` entities, without '#', first spelling kept.

    Entity offsets and lengths count UTF-16 code units (an emoji before a hashtag shifts it
    by two units, not one); see :func:`_spans`.
    """
    tagged = [e for e in entities or () if isinstance(e, types.MessageEntityHashtag)]
    found: dict[str, str] = {}
    for start, end, _ in _spans(text, tagged):
        tag = text[start:end].lstrip("#")
        if tag:
            found.setdefault(tag.casefold(), tag)
    return tuple(found.values())


def _spans(text: str, entities: Sequence[Any]) -> list[tuple[int, int, Any]]:
    """(start, end, entity): each entity's place in ``text`` as Python indices, from its
    ``offset`` and ``length`` in UTF-16 code units.

    An entity that does not lie on the text's characters (negative, empty, past its end, or
    a bound between the two halves of an emoji's surrogate pair: a broken or hostile client's)
    is left out: its words are not known. Before, a bound inside a pair raised
    ``UnicodeDecodeError`` and the whole post was lost, and a negative offset counted from
    the text's end.
    """
    if not entities:
        return []
    at: dict[int, int] = {}  # a UTF-16 offset that starts a character -> its index
    units = 0
    for index, char in enumerate(text):
        at[units] = index
        units += 2 if ord(char) > 0xFFFF else 1
    at[units] = len(text)
    spans = []
    for e in entities:
        start, end = at.get(e.offset), at.get(e.offset + e.length)
        if start is not None and end is not None and start < end:
            spans.append((start, end, e))
    return spans


def media_summary(media: Any) -> tuple[Media, ...]:
    """What a message carries: kind, file name, size and MIME type. Web previews are not media."""
    if isinstance(media, types.MessageMediaPhoto):
        if not isinstance(media.photo, types.Photo):
            return (Media(kind="photo"),)  # expired self-destructing photo
        return (Media(kind="photo", size=_photo_size(media.photo), mime_type="image/jpeg"),)
    if isinstance(media, types.MessageMediaDocument):
        doc = media.document
        if not isinstance(doc, types.Document):
            return (Media(kind="document"),)
        return (
            Media(
                kind=_document_kind(doc),
                file_name=next(
                    (
                        a.file_name
                        for a in doc.attributes
                        if isinstance(a, types.DocumentAttributeFilename)
                    ),
                    None,
                ),
                size=doc.size,
                mime_type=doc.mime_type or None,
            ),
        )
    if isinstance(media, types.MessageMediaPoll):
        return (Media(kind="poll"),)
    if isinstance(media, _PLACES):
        return (Media(kind="location"),)
    if isinstance(media, types.MessageMediaContact):
        return (Media(kind="contact"),)
    if isinstance(media, types.MessageMediaPaidMedia):
        # The photos and videos themselves to an account that can see them (the channel's
        # own, or one that paid); a blurred preview to any other.
        return tuple(
            m
            for item in media.extended_media
            for m in (
                media_summary(item.media)
                if isinstance(item, types.MessageExtendedMedia)
                else (Media(kind="paid_media"),)
            )
        )
    if media is None or isinstance(media, _NO_ATTACHMENT):
        return ()  # web page previews; games and invoices, whose words are the text
    # A dice, a story, a giveaway or its results, an attachment of a layer newer than
    # telethon's (MessageMediaUnsupported), one of a layer yet to come: named by its kind.
    # Without it a post of one of them and no caption had no text and no media, and live
    # ingest dropped it without a word (bot.history.is_empty).
    return (Media(kind=_UNSEEN_KINDS.get(type(media), "unsupported")),)


_NO_ATTACHMENT = (
    types.MessageMediaEmpty,
    types.MessageMediaWebPage,
    types.MessageMediaGame,
    types.MessageMediaInvoice,
    types.MessageMediaToDo,
)
_UNSEEN_KINDS = {
    types.MessageMediaDice: "dice",
    types.MessageMediaStory: "story",
    types.MessageMediaGiveaway: "giveaway",
    types.MessageMediaGiveawayResults: "giveaway_results",
    types.MessageMediaVideoStream: "video_stream",
}


def _document_kind(doc: Any) -> str:
    kind = "document"
    for a in doc.attributes:
        if isinstance(a, types.DocumentAttributeSticker):
            return "sticker"
        if isinstance(a, types.DocumentAttributeAnimated):
            return "animation"  # GIFs also carry a video attribute; this one wins
        if isinstance(a, types.DocumentAttributeVideo):
            kind = "video_message" if a.round_message else "video"
        elif isinstance(a, types.DocumentAttributeAudio) and kind == "document":
            kind = "voice" if a.voice else "audio"
    return kind


def _photo_size(photo: Any) -> int | None:
    """Bytes of the largest stored size of a photo, if Telegram told."""
    sizes: list[int] = []
    for s in photo.sizes:
        if isinstance(s, types.PhotoSize):
            sizes.append(s.size)
        elif isinstance(s, types.PhotoSizeProgressive) and s.sizes:
            sizes.append(max(s.sizes))
    return max(sizes) if sizes else None


def _forward_origin(message: Any) -> Forward | None:
    """Where a channel's own post was forwarded from (a re-post of another channel's post)."""
    fwd = message.fwd_from
    if fwd is None:
        return None
    origin = message.forward.chat if getattr(message, "forward", None) else None
    if origin is None:
        origin = message.forward.sender if getattr(message, "forward", None) else None
    return _forward_from_header(fwd, origin)


def _forward_from_header(fwd: Any, origin: Any | None) -> Forward:
    if isinstance(fwd.from_id, types.PeerChannel):
        channel_id = fwd.from_id.channel_id
        chat = origin if getattr(origin, "id", None) == channel_id else None
        return Forward(
            name=(getattr(chat, "title", None) or None) if chat is not None else fwd.from_name,
            source_key=str(channel_id),
            external_id=str(fwd.channel_post) if fwd.channel_post else None,
            username=_username(chat) if chat is not None else None,
        )
    if isinstance(fwd.from_id, types.PeerUser) and origin is not None:
        name = utils.get_display_name(origin) or None
        return Forward(name=name or fwd.from_name, username=_username(origin))
    return Forward(name=fwd.from_name or fwd.post_author)


def _username(entity: Any) -> str | None:
    """The entity's public username, or its first active collectible one."""
    if entity is None:
        return None
    if getattr(entity, "username", None):
        return str(entity.username)
    for u in getattr(entity, "usernames", None) or ():
        if getattr(u, "active", False):
            return str(u.username)
    return None


def _post_url(username: str | None, post_id: int) -> str | None:
    return f"https://t.me/{username}/{post_id}" if username else None


def _utc(value: datetime) -> datetime:
    """Telethon gives aware UTC datetimes; a naive one (hand-built objects) is taken as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)

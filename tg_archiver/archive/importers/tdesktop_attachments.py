"""What a Telegram Desktop message carries instead of text, read from the export.

A poll (``"poll": {"question", "answers": [{"text", "voters", ...}]}``), a shared contact
(``"contact_information"``), a location or a venue (``"location_information"``, ``"place_name"``,
``"address"``), a to-do list (``"todo_list"``), an invoice (``"invoice_information"``, an object,
or a JSON string in some versions) and a game (``"game_title"``). Their words are written by
:mod:`archive.attachment_text`; a question or an answer may be a plain string or a text in parts
(strings and entities), as ``"text"`` is. These are extras of a message, not its identity: a
value of another shape is passed over rather than refusing the file.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any

from tg_archiver.archive import attachment_text

# The keys of what a message carries instead of text (see archive.attachment_text).
PLAIN = frozenset(
    {
        "poll",
        "contact_information",
        "location_information",
        "place_name",
        "todo_list",
        "invoice_information",
        "game_title",
    }
)


# What a message carries that has no words of its own: its key in a Telegram Desktop export
# (export_output_json.cpp) and the media kind live ingest records for it
# (:data:`tg_archiver.bot.convert._UNSEEN_KINDS`, ``paid_media`` for photos or videos behind
# stars that the exporting account could not see). Without them such a message was stored
# with no text and no media, and an export of posts archived live named them otherwise.
KIND_ONLY = {
    "dice_emoji": "dice",
    "giveaway_information": "giveaway",
    "giveaway_results": "giveaway_results",
    "paid_stars_amount": "paid_media",
}


def kind_only(raw: dict[str, Any]) -> str | None:
    """The media kind of a dice, a giveaway, its results or paid media, else None. Paid media
    whose photos or videos the export holds (``photo``/``file``) is those instead."""
    for key, kind in KIND_ONLY.items():
        if key in raw and not (kind == "paid_media" and ("photo" in raw or "file" in raw)):
            return kind
    return None


def attachment(raw: dict[str, Any]) -> tuple[str, str | None]:
    """The words of a message's poll, contact, place, to-do list, invoice or game, and the
    media kind live ingest records for it (:func:`tg_archiver.bot.convert.media_summary`).
    A value of another shape than Telegram Desktop writes says nothing: it is passed over."""
    poll = raw.get("poll")
    if isinstance(poll, dict):
        answers = poll.get("answers")
        return attachment_text.poll(
            _words(poll.get("question")),
            [_words(a.get("text")) for a in answers if isinstance(a, dict)]
            if isinstance(answers, list)
            else [],
        ), "poll"
    contact = raw.get("contact_information")
    if isinstance(contact, dict):
        return attachment_text.contact(
            _words(contact.get("first_name")),
            _words(contact.get("last_name")),
            _words(contact.get("phone_number")),
        ), "contact"
    if "location_information" in raw or "place_name" in raw:
        # A live location's point is where it stopped, and live ingest keeps none (each
        # move is an edit): none here either, so the two stay one post.
        live = "live_location_period_seconds" in raw
        point = None if live else raw.get("location_information")
        lat = _degrees(point.get("latitude")) if isinstance(point, dict) else None
        lon = _degrees(point.get("longitude")) if isinstance(point, dict) else None
        return attachment_text.place(
            lat if lon is not None else None,
            lon if lat is not None else None,
            _words(raw.get("place_name")),
            _words(raw.get("address")),
        ), "location"
    todo = raw.get("todo_list")
    if isinstance(todo, dict):
        items = todo.get("items", todo.get("answers"))  # some versions write "answers"
        return attachment_text.todo(
            _words(todo.get("title")),
            [_words(i.get("text")) for i in items if isinstance(i, dict)]
            if isinstance(items, list)
            else [],
        ), None
    invoice = raw.get("invoice_information")
    if isinstance(invoice, str):  # some versions write the object as a JSON string
        try:
            invoice = json.loads(invoice)
        except ValueError:
            invoice = None
    if isinstance(invoice, dict):
        return attachment_text.invoice(
            _words(invoice.get("title")), _words(invoice.get("description"))
        ), None
    if "game_title" in raw:
        return attachment_text.game(
            _words(raw.get("game_title")), _words(raw.get("game_description"))
        ), None
    return "", None


def _words(value: Any) -> str:
    """A string, or a text written as parts (strings and entities), as one string."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(
            p if isinstance(p, str) else p["text"]
            for p in value
            if isinstance(p, str) or (isinstance(p, dict) and isinstance(p.get("text"), str))
        )
    return ""


def _degrees(value: Any) -> float | None:
    """A latitude or longitude as the export writes it (a number, which the streaming parser
    gives as a Decimal; a string in some tools)."""
    if type(value) not in (int, float, Decimal, str):
        return None
    try:
        degrees = float(value)
    except (ValueError, OverflowError):
        return None
    return degrees if math.isfinite(degrees) and abs(degrees) <= 180 else None

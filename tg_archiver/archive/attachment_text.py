"""The words of what a message carries instead of text: a poll, a contact, a place, a list.

A Telegram poll's question and answers, a shared contact, a location or a venue, a to-do
list, an invoice or a game are not the message's text: the message's text is empty. Stored
as it was, such a post held nothing of what it said (a poll "Do you support the Kazan
declaration?" was found by no search), and every one of them had the text of every other,
so each was linked as an exact copy of the first and hidden. Their words are written into
the post's text instead, after its own text if it has any, one way for both readers (the
Telegram Desktop importer, :mod:`archive.importers.tdesktop_messages`, and live ingest,
:mod:`tg_archiver.bot.convert`), so that an export and live ingest of one message stay one
post. What changes on its own (votes, completions, a live location's point) is left out: it
is no edit.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["contact", "game", "invoice", "joined", "place", "poll", "todo"]


def joined(text: str, extra: str) -> str:
    """``text`` with ``extra`` after it (a blank line between), or whichever is not empty."""
    if not extra:
        return text
    return f"{text}\n\n{extra}" if text else extra


def poll(question: str, answers: Iterable[str]) -> str:
    """``📊 question`` and a line for each answer."""
    return _lines("📊", question, answers)


def todo(title: str, items: Iterable[str]) -> str:
    """``📋 title`` and a line for each item."""
    return _lines("📋", title, items)


def contact(first_name: str, last_name: str, phone: str) -> str:
    """``👤 Name Surname, +74950000000``: the phone's digits only, which the export writes
    spaced ("+7 495 000 00 00") and Telegram sends bare ("74950000000")."""
    name = " ".join(part.strip() for part in (first_name, last_name) if part.strip())
    digits = "".join(ch for ch in phone if ch.isascii() and ch.isdigit())
    said = ", ".join(part for part in (name, f"+{digits}" if digits else "") if part)
    return f"👤 {said}" if said else ""


def place(
    latitude: float | None, longitude: float | None, title: str = "", address: str = ""
) -> str:
    """``📍 title, address (55.7558, 37.6173)``: a venue's name and address, and the point
    (six decimals, as the export writes it, without trailing zeros)."""
    said = ", ".join(part.strip() for part in (title, address) if part.strip())
    if latitude is not None and longitude is not None:
        point = f"{_degrees(latitude)}, {_degrees(longitude)}"
        said = f"{said} ({point})" if said else point
    return f"📍 {said}" if said else ""


def invoice(title: str, description: str) -> str:
    """``🧾 title`` and its description."""
    return _lines("🧾", title, [description] if description.strip() else [], bullet="")


def game(title: str, description: str) -> str:
    """``🎮 title`` and its description."""
    return _lines("🎮", title, [description] if description.strip() else [], bullet="")


def _lines(mark: str, head: str, items: Iterable[str], bullet: str = "• ") -> str:
    rows = [f"{bullet}{item.strip()}" for item in items if item.strip()]
    if head.strip():
        rows.insert(0, f"{mark} {head.strip()}")
    elif rows:
        rows.insert(0, mark)
    return "\n".join(rows)


def _degrees(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")

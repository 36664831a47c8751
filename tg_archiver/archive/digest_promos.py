"""A channel's promotion of itself and of its events, a promise of a comment to come, an
editor's own notes: posts a digest leaves out because they tell no event.

A blind review's week (session 41, `forum_week`) showed a forum organiser's promos leading
seven items of its topic ("📱 Скачайте официальное приложение ПМЭФ", "🔴 Смотрите прямую
трансляцию всех сессий", "📸 Фотобанк ПМЭФ-2026: … доступны для СМИ", "🎤 Не пропустите!
Вечером … концерт", "🗓 Сохраните дату: ПМЭФ-2027 пройдет …", "🎟 Осталось 24 часа!"), a
ministry's "will comment on the EU's 21st sanctions package on Wednesday. Follow our
channel.", its briefing's accreditation notice, and an analyst's stream notice and weekend
trip ("Вопросы — в комментариях", "Фото — в комментариях"), each filed by the forum's or the
case's name. :func:`is_promo` tells them, in a short post (:data:`NOTICE_CHARS`):

- **a call to the reader** opening its first line: download, watch, listen, subscribe,
  register, follow, don't miss, save the date ("Скачайте", "Смотрите прямую трансляцию",
  "Не пропустите!", "Save the date", "Don't miss"), or a countdown ("Осталось 24 часа!",
  "Only two days left"). A story opens with who did what; "До форума — два дня! В этом году
  …" (a preview with its figures) opens with no call and stays;
- **a service to the press**: a photo bank, a briefing's accreditation ("Аккредитация на
  брифинг … открыта до 18:00"); an accreditation opened for a summit, in an official text of
  its own, is long and stays;
- **a comment promised** in the first sentence ("will comment on … on Wednesday",
  "прокомментирует … позже"): the comment is the story when it comes;
- **the reader sent to the comments** ("Вопросы — в комментариях", "Фото — в комментариях",
  "Questions in the comments"): a channel's stream or its own notes, not what happened.

Each stays in the archive, in search and in exports; only the digest leaves it out.
"""

from __future__ import annotations

from tg_archiver.archive import lazy_re
from tg_archiver.archive.digest_notices import NOTICE_CHARS

__all__ = ["is_promo"]

_LINES = lazy_re.compile(r"[^\n]+")
_DECORATION = lazy_re.compile(r"^(?:[^\w#«\"]|_)+")
_CALL = lazy_re.compile(
    r"(?i)^(?:(?:скачайте|скачивайте|подписывайтесь|регистрируйтесь|присоединяйтесь"
    r"|не пропустите|сохраните дату|успейте|download|subscribe|register|follow us|follow our"
    r"|join us|don['’]t miss|do not miss|save the date)\b"
    # A stream's or a video's pointer (not "Смотрите: …" before an agency's own footage).
    r"|(?:смотрите|слушайте) (?:прям\w+ |онлайн-)?(?:трансляци\w*|эфир\w*|на нашем)"
    r"|(?:watch|listen)(?: to)? (?:the )?(?:live|stream|on our)"
    # A countdown: "Осталось 24 часа!", "Остался один день", "Only two days left".
    r"|остал(?:ось|ся|ась)\s+(?:всего\s+)?[\w-]+\s+(?:час|дн|день|недел|минут)\w*"
    r"|(?:only\s+)?[\w-]+\s+(?:days?|hours?)\s+(?:left|to go)\b)"
)
_PRESS_SERVICE = lazy_re.compile(
    r"(?i)^(?:фотобанк|photo ?bank|аккредитаци\w+ (?:\w+ ){0,2}на брифинг"
    r"|accreditation (?:\w+ ){0,2}for the briefing)"
)
_COMMENT_PROMISED = lazy_re.compile(
    r"(?i)\b(?:will|to) (?:comment|give (?:a|its|his|her) comment)\b"
    r"|\bпрокомментиру(?:ет|ют|ем)\b|\bдаст комментари\w*"
)
_TO_THE_COMMENTS = lazy_re.compile(
    r"(?i)\b(?:вопросы|фото|подробности|ответы|пишите|делитесь|questions|photos|details)"
    r"\s*[—–:-]?\s*(?:в|in the) (?:комментари\w*|comments)\b"
)
_SENTENCE = lazy_re.compile(r"[^.!?…\n]+[.!?…]*")


def is_promo(title: str | None, text: str) -> bool:
    """Whether a post is a channel's promotion, a promised comment or the channel's own
    notes (see the module's notes)."""
    whole = f"{title}\n{text}" if title else text
    if len(whole) > NOTICE_CHARS:
        return False
    line = next((ln.group() for ln in _LINES.finditer(whole) if ln.group().strip()), "")
    first = _DECORATION.sub("", line.strip())
    if _CALL.match(first) or _PRESS_SERVICE.match(first):
        return True
    sentence = _SENTENCE.match(first)
    if sentence and _COMMENT_PROMISED.search(sentence.group()):
        return True
    return _TO_THE_COMMENTS.search(whole) is not None

"""A channel's housekeeping: posts a digest leaves out because they are no news.

Beside its news a channel talks to its readers about itself: "☕️ Доброе утро, коллеги …",
"Good morning. This week on Eurasia Desk: live coverage of the summit …", "Quick poll for
readers: …", "Reader question of the week: …", "Premium brief … is out for subscribers",
"Eurasia Desk turns two 🎉 Thank you to 3,000 readers", "Не забудьте поддержать канал",
a press service's "Уважаемые представители СМИ! Аккредитованные журналисты …". A digest is
what happened; a blind review's week (session 37) showed such posts as the news of #SCO, a
poll among them, because they name the summit they are about.

:func:`is_housekeeping` tells them: a short post (:data:`~.digest_notices.NOTICE_CHARS`)
whose first line opens with a greeting or a weekday alone ("☕️ Суббота. Выдохнули. …",
:data:`_GREETING`), or speaks to the channel's readers
or subscribers, asks them to vote, forward or support the channel, or points them at the
channel's pinned post, thread or issue (:data:`_READERS`); or an analyst's own wrap of the
day or the week under a hashtag or a rubric ("#AstanaLive day 1 wrap: Putin met Xi,
Erdogan, Sharif …", "Sunday free issue: the week in Eurasia. …", "Summit in numbers: 25
documents, 10 member states, …"), its heading followed by at least
:data:`~.digest_notices.ROUNDUP_ITEMS` items: like another desk's roundup
(:func:`.digest_notices.is_roundup`, whose heading opens the post), it retells stories the
digest lists on their own, and went under every topic it named.

A news story's first line says what happened: a sign-off ("Подписывайтесь на РИА Новости")
is on its last line, and a poll that is news ("Опрос: большинство …", "Poll shows Labour
ahead") speaks to no reader. Each such post stays in the archive, in search and in exports.
"""

from __future__ import annotations

from tg_archiver.archive import lazy_re
from tg_archiver.archive.digest_notices import NOTICE_CHARS, ROUNDUP_ITEMS

__all__ = ["is_housekeeping"]

_LINES = lazy_re.compile(r"[^\n]+")
_DECORATION = lazy_re.compile(r"^(?:[^\w#]|_)+")  # a hashtag stays: "#AstanaLive day 1 wrap"
_GREETING = lazy_re.compile(
    r"(?i)^(?:good (?:morning|afternoon|evening|night)|доброе утро|добрый (?:день|вечер)"
    r"|доброй ночи|всем привет|hello,? (?:everyone|all|readers|friends)"
    # A day's opener, its first sentence the weekday alone ("☕️ Суббота. Выдохнули. …").
    r"|(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)(?=[.!]))"
    # ... said to the reader ("Good morning.", "Доброе утро, коллеги", "… из Астаны"), not a
    # name ("Good Morning America host …").
    r"(?=\s*[.,!…—–-]|\s*$|\s+(?:из|from|to|всем|everyone|all|коллеги|друзья|readers)\b)"
)
_READERS = lazy_re.compile(
    r"(?i)\b(?:for|to) (?:our |all |\d[\d,.\s]* )?(?:readers|subscribers)\b"
    r"|\b(?:dear|our) (?:readers|subscribers)\b"
    r"|\breaders?['’]?s? (?:question|poll|mailbag|q&a)\b"
    r"|\b(?:forward us|support (?:the|our) channel|pinned post|live thread|free issue"
    r"|vote in the comments)\b"
    r"|(?:\bдля|\bнашим|\bдорогие|\bуважаемые) (?:читател|подписчик)\w*"
    r"|\bвопрос\w* (?:от )?(?:читател|подписчик)\w*|\bопрос\w* (?:для |среди )?читател\w*"
    r"|\bголосуйте\b|\bподдерж\w+ канал|\bподпис\w+ на наш\w*|\bв закрепе\b"
    r"|\bзакрепл[её]нн\w+ (?:сообщени|пост)\w*|\bспасибо всем\b"
    r"|\bуважаемые представители сми\b|\bаккредитованн\w+ журналист|\baccredited journalists\b"
)
# An analyst's own wrap under a hashtag or a short rubric ("#AstanaLive day 2 wrap: …",
# "Sunday free issue: the week in Eurasia. …", "Astana summit in numbers: …").
_PREFIX = lazy_re.compile(r"^(?:#\w+\s*)+|^[^:.!?\n]{1,40}:\s+")
_WRAP = lazy_re.compile(
    r"(?i)^(?:(?:the )?(?:day|week)(?:\s+\d+)? (?:wrap|in review|review)\b"
    r"|(?:the )?(?:day|week) in \w+"
    r"|итоги (?:дня|недели|суток)\b|(?:день|неделя) \d+:? итоги\b"
    r"|(?:[\w-]+ ){0,5}(?:in numbers|в цифрах)\b)"
)
_WRAP_FIRST = lazy_re.compile(r"(?i)^(?:[\w-]+ ){0,5}(?:in numbers|в цифрах)\b")
_ITEMS = lazy_re.compile(r"\s*[;,]\s+|\.\s+")


def _first_line(text: str) -> str:
    line = next((ln for ln in _LINES.finditer(text) if ln.group().strip()), None)
    return _DECORATION.sub("", line.group().strip()) if line else ""


def is_housekeeping(title: str | None, text: str) -> bool:
    """Whether a post is a channel's housekeeping (see the module's notes)."""
    whole = f"{title}\n{text}" if title else text
    first = _first_line(whole)
    if len(whole) <= NOTICE_CHARS and (
        _GREETING.match(first) is not None or _READERS.search(first) is not None
    ):
        return True
    return _is_wrap(first)


def _is_wrap(first: str) -> bool:
    """Whether a first line is a wrap's heading after a hashtag or a rubric, then its
    items."""
    heading = _WRAP_FIRST.match(first)
    if heading is None:
        prefix = _PREFIX.match(first)
        if prefix is None:
            return False
        heading = _WRAP.match(first[prefix.end() :])
        if heading is None:
            return False
        first = first[prefix.end() :]
    rest = first[heading.end() :].strip(" :-–—.")
    return len([x for x in _ITEMS.split(rest) if x.strip()]) >= ROUNDUP_ITEMS

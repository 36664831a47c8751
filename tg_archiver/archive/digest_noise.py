"""Posts no editor puts in a digest for what they are: a day's table of figures, a poll, an
advertisement marked by its channel.

A blind review's week (session 40, `election_week`) showed a rates channel's and an
agency's daily rates leading seventeen items of its Markets topic, and an analyst's polls
and ads naming Almaty or Astana leading items of Kazakhstan (a poll's first answer read as
its speaker: "Сарсенбаев: Кандидат от «Ауыл»"). :func:`is_noise` tells them:

- **Routine data** (:func:`is_routine_data`): a rubric of figures published on one template
  every day (a rate, a quote, a price, a forecast: "Официальные курсы ЦБ РФ на 17 марта:",
  "💱 Курсы в обменниках Алматы на 16 марта:", "Exchange rates of the National Bank … for
  September 16:") whose heading is followed by a table and nothing else: at least
  :data:`TABLE_ENTRIES` entries (lines, or parts a comma or a semicolon parts), each a
  label of at most :data:`LABEL_WORDS` words and its figures ("USD 547,80 (+10,24)",
  "доллар — 84,12 руб. (+0,22)"), and no more entries without a figure than with one.
  A post that calls itself news is a story still: a flash's mark ("❗️", "⚡️", "СРОЧНО"),
  a record, a first, a historic low. A decision is no table ("Нацбанк повысил базовую ставку
  до 17,5%"), and a day's results ("Итоги выборов: Токаев 79,6%, …") have no rubric of rates.
- **A poll** (:func:`is_poll`): a question put to readers with its answers on lines of their
  own, as a Telegram poll's words are stored ("📊 question" and a line per answer,
  :func:`archive.attachment_text.poll`), or under a poll's rubric ("📊 Опрос: кто займет
  второе место …?" then "— Сарсенбаев", "— Кандидат от «Ауыл»"). Answers that carry a
  share ("— Токаев 79%") are a poll's result, which is news; so is a poll's finding said in
  a sentence ("Опрос: большинство …").
- **An advertisement its channel marked** (:func:`is_marked_ad`), beside the legal marking
  :func:`archive.content_lines.is_advertisement` knows: a post opening "Реклама." /
  "Sponsored:" / "#реклама" with the offer after it, or a short post tagged ``#реклама``
  (``#ad``, ``#sponsored``, ``#промо``) that offers something: a price, a discount, a call
  to write or ring, a link in the profile. News about advertising ("ЕС запретил рекламу …")
  offers nothing.

Each such post stays in the archive, in search and in exports; only the digest leaves it out.
"""

from __future__ import annotations

from tg_archiver.archive import lazy_re
from tg_archiver.archive.digest_notices import NOTICE_CHARS
from tg_archiver.archive.digest_promos import is_promo

__all__ = ["LABEL_WORDS", "TABLE_ENTRIES", "is_marked_ad", "is_noise", "is_poll", "is_routine_data"]

TABLE_ENTRIES = 2  # a heading and two figures or more: a table
LABEL_WORDS = 4  # "gold at … an ounce": a label beside its figures, not a sentence

_HASHTAG = lazy_re.compile(r"#\w+")
_DECORATION = lazy_re.compile(r"^(?:[^\w#«\"(]|_)+")
# A rubric of figures published every day: rates, quotes, prices, a forecast.
_RUBRIC = lazy_re.compile(
    r"(?i)(?:\bкурс\w*|\bкотировк\w*|\bцен[аы]\b|\bцены на\b|\bфиксинг\w*|\bпогод\w*"
    r"|\bexchange rates?\b|\brates\b|\bquotes\b|\bfixing\b|\bprices\b|\bweather\b|\bmarkets\b"
    # A commodity's or a market's figures at a time of day or over a period: "🛢 Нефть
    # утром:", "Нефть за неделю:", "Oil at the close:".
    r"|\b(?:утром|на утро|вечером|на открытии|на закрытии|за день|за неделю|за месяц"
    r"|morning|at the (?:open|close)|weekly|this week)\b)"
)
# What makes a day's figures news by the post's own word.
_NEWS_MARK = lazy_re.compile(
    r"(?i)[❗⚡‼🔴]|\bсрочно\b|\bbreaking\b|\bрекорд\w*|\brecord\w*|\bвпервые\b"
    r"|\bfor the first time\b|\bисторическ\w+|\bhistoric\w*|\bминимум\w*|\bмаксимум\w*"
    r"|\ball-time\b"
)
_ENTRIES = lazy_re.compile(r"\n|;\s*|,\s+(?=\D)")
_FIGURE = lazy_re.compile(r"[+\-−–]?\d[\d\s.,:/]*")
_WORD = lazy_re.compile(r"[^\W\d_]+")


def _table_entries(body: str) -> list[str] | None:
    """The entries of a table of figures (see the module's notes), or None when the body is
    not one."""
    entries = [e.strip(" .—–-") for e in _ENTRIES.split(_HASHTAG.sub("", body))]
    entries = [e for e in entries if e.strip(" .()")]
    figured = [e for e in entries if _FIGURE.search(e)]
    if len(figured) < TABLE_ENTRIES or len(entries) - len(figured) > len(figured):
        return None
    if any(len(_WORD.findall(_FIGURE.sub(" ", e))) > LABEL_WORDS for e in entries):
        return None
    return entries


def is_routine_data(title: str | None, text: str) -> bool:
    """Whether a post is a day's table of figures under a rubric (see the module's notes)."""
    whole = f"{title}\n{text}" if title else text
    if len(whole) > NOTICE_CHARS or _NEWS_MARK.search(whole):
        return False
    stripped = _DECORATION.sub("", whole.strip())
    heading, colon, body = stripped.partition(":")
    if not colon or "\n" in heading.strip() or len(heading) > 80:
        return False
    if _RUBRIC.search(heading) is None:
        return False
    return _table_entries(body) is not None


# A poll's rubric before its question ("Опрос:", "Poll:", "Голосование дня:").
_POLL_RUBRIC = lazy_re.compile(
    r"(?i)^(?:опрос|голосование|викторина|poll|quiz|vote)(?:\s+\w+){0,2}\s*[:.]\s*"
)
_POLL_MARK = "📊"
_SHARE = lazy_re.compile(r"\d\s*%")
_ANSWER_CHARS = 80


def is_poll(title: str | None, text: str) -> bool:
    """Whether a post is a poll put to readers: a question and its answers, each on a line
    of its own (see the module's notes)."""
    whole = f"{title}\n{text}" if title else text
    lines = [ln.strip() for ln in whole.strip().splitlines() if ln.strip()]
    if len(lines) < 1 + TABLE_ENTRIES:
        return False
    first = lines[0]
    marked = first.startswith(_POLL_MARK)
    question = _DECORATION.sub("", first)
    rubric = _POLL_RUBRIC.match(question)
    if not (rubric or (marked and question.rstrip(" 👇⬇️").endswith("?"))):
        return False
    if rubric and "?" not in question and not marked:
        return False
    answers = [ln for ln in lines[1:] if _HASHTAG.sub("", ln).strip()]
    if len(answers) < TABLE_ENTRIES:
        return False
    return all(len(a) <= _ANSWER_CHARS and not _SHARE.search(a) for a in answers)


_AD_OPENER = lazy_re.compile(
    r"(?i)^\W*(?:#?реклама|#?ad|#?advertisement|#?sponsored|#?промо|партн[её]рский пост"
    r"|на правах рекламы)\s*[.:!]\s*\S"  # not "AD-1", "Реклама — двигатель торговли"
)
_AD_TAG = lazy_re.compile(r"(?i)#(?:реклама|ad|ads|advertisement|sponsored|промо|partner)\b")
_OFFER = lazy_re.compile(
    r"(?i)\b(?:пишите|звоните|переходите|подписывайтесь|бронируйте|заказывайте|скидк\w*"
    r"|промокод\w*|в профиле|в рассрочку|бесплатн\w*|call|book now|discount|promo code"
    r"|in (?:the|our) bio|sign up|subscribe)\b|[₸₽$€£]|\bот \d|\bfrom \d|@\w{4,}"
)


def is_marked_ad(title: str | None, text: str) -> bool:
    """Whether a post is an advertisement its channel marked (see the module's notes)."""
    whole = f"{title}\n{text}" if title else text
    if _AD_OPENER.match(whole):
        return True
    return (
        len(whole) <= NOTICE_CHARS
        and _AD_TAG.search(whole) is not None
        and _OFFER.search(_AD_TAG.sub("", whole)) is not None
    )


def is_noise(title: str | None, text: str) -> bool:
    """Whether a post is a day's table of figures, a poll, a marked advertisement or a
    channel's promotion (:func:`archive.digest_promos.is_promo`)."""
    return (
        is_routine_data(title, text)
        or is_poll(title, text)
        or is_marked_ad(title, text)
        or is_promo(title, text)
    )

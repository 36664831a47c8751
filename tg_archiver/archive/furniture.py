"""What in a post's line is furniture rather than the statement: a lead-in ("BREAKING:"), an
agency's dateline ("Минск. 22 октября. /ТАСС/."), a line that is only a date or a place and
a date, a pointer ("Read in full: …") or a promotion ("Subscribe: t.me/…"), a link after the
words, and an advertisement. Pure functions over one line (or a post's text), for
:mod:`archive.summary`, which decides what a headline and a summary are made of.

Each rule is drawn narrowly, from the forms channels and agencies use, because what it
misses stays in a headline while what it wrongly takes is lost from one:

- a dateline is the agency's form (a place, a date, then the agency: ``/ТАСС/``, ``— РИА
  Новости``, ``(Reuters) -``), or a place in capitals with a date and a dash or a full stop
  (``МОСКВА, 22 октября —``), or a one-word place with a date and a full stop (``Москва, 22
  октября. Россия …``); never a heading that ends in a date (``Брифинг Захаровой, 23 октября
  — главное``);
- a pointer is one only when short (``Подробнее — в материале ТАСС``): "Подробнее о позиции
  России Лавров рассказал в интервью" is a sentence;
- an advertisement is one marked as Russian law has it: a line opening "Реклама" with the
  advertiser's legal form or tax number, or an ``erid`` token; "ЕС запретил рекламу" is news.
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re

__all__ = [
    "LINKISH",
    "is_advert",
    "is_date_line",
    "is_masthead",
    "is_notice",
    "is_pointer",
    "is_promotion",
    "is_rubric_line",
    "strip_dateline",
    "strip_lead_in",
    "strip_trailing_credit",
    "strip_trailing_link",
]

# A lead-in before a line's statement: with a colon or "!" for any of these; with a dash (a
# space before it) only for a newsflash's ("СРОЧНО — …"), since "Главное — не допустить
# эскалации" is the statement itself, and never glued to a word ("Live-fire drills").
_LEAD_WORDS = (
    r"(?:key|main)\s+(?:talking\s+)?points|talking\s+points|highlights|in\s+brief"
    r"|update|live|watch\s+live|(?:основные\s+)?тезисы|главное|важно|кратко|прямой\s+эфир"
    r"|watch|video|видео|photos?|фото|the\s+latest|анонс|exclusive|эксклюзив|thread"
)
# Lead-ins only before a colon, never a line's rubric alone ("Huge" may be a post's word).
_COLON_ONLY = r"just\s+in|huge"
_FLASH_WORDS = r"breaking(?:\s+news)?|urgent|important|срочно|молния"
_LEAD_IN = lazy_re.compile(
    rf"^(?:(?:{_LEAD_WORDS}|{_FLASH_WORDS}|{_COLON_ONLY})\s*(?:[:!]+|\|)|(?:{_FLASH_WORDS})\s+[—–-]+"
    r"|(?:внимание|attention)\s*[:!]+(?=\s*\S))\s*"  # "Внимание! Изменился график …"
    # A thread's counter ("1/3 …"), a wire's slug ("UPDATE 2-"), a site's name ("INTERFAX.RU -").
    r"|^\d{1,2}/\d{1,2}\s+(?=[^\w\s]|[A-ZА-ЯЁ])|^update\s+\d+\s*-\s*|^[a-z]+\.(?:ru|com|org)\s+[-—–]\s+",
    re.IGNORECASE,
)
# A rubric or a salutation on a line of its own before the news: "Анонс", "Внимание!",
# "ПРЯМОЙ ЭФИР", "О ГЛАВНОМ", "Уважаемые соотечественники!", "Dear colleagues!", "Поздравляем!".
_RUBRIC_LINE = lazy_re.compile(
    rf"^(?:{_LEAD_WORDS}|{_FLASH_WORDS}|анонс|внимание|о\s+главном|announcement|attention"
    r"|поздравляем|congratulations|уважаемые\s+(?:соотечественники|коллеги|друзья|граждане)"
    r"|dear\s+(?:colleagues|friends|compatriots|citizens)|дорогие\s+(?:друзья|коллеги)"
    r"|ladies\s+and\s+gentlemen|мнение|opinion|world\s+news|news\s+release|press\s+release"
    r"|доброе\s+утро|добрый\s+(?:день|вечер)|доброй\s+ночи|спокойной\s+ночи"
    r"|good\s+(?:morning|afternoon|evening|night)"
    # A genre's name alone: "Заявление МИД России", "STATEMENT", "Joint Statement".
    r"|(?:совместное\s+)?(?:заявление|комментарий)(?:\s+мид\s+россии)?"
    r"|(?:joint\s+|embassy\s+|press\s+)?statement)\W*$",
    re.IGNORECASE,
)
# Words that open a pointer to more ("Read in full: …"), or a promotion of the channel.
_POINTER = lazy_re.compile(
    r"^(?:read\s+(?:in\s+full|more|the\s+full)|full\s+text|more\s+details|подробнее"
    r"|читать\s+(?:полностью|далее)|полный\s+текст|join\s+us)\b",
    re.IGNORECASE,
)
_PROMOTION = lazy_re.compile(
    r"^(?:forwarded\s+from|переслано\s+(?:от|из)|subscribe|follow\s+us|подписывайтесь|подписаться"
    r"|подпишитесь|наш\s+канал)\b",
    re.IGNORECASE,
)
_POINTER_WORDS = 3  # a pointer says at most this many more words ("— в материале ТАСС")
LINKISH = lazy_re.compile(
    r"@\w+|https?://\S+|\bt\.me/\S+|\b[\w-]+\.(?:ru|com|org|net|gov|info|рф)(?:/\S*)?"
    r"|\b[\w-]+\.(?:be|io|tv|cn|int|me)/\S*"  # youtu.be/…, a path after other domains
)
# Lines a channel adds that are no statement: a photo's or a video's credit, a promise of
# details, an invocation opening a statement ("In the name of God, …").
_NOTICE = lazy_re.compile(
    r"(?i)^\W*(?:(?:подробности|подробнее|детали)\s*(?:[—–-]\s*)?(?:позже|уточняются|следуют)"
    r"|(?:details|more)\s+to\s+follow|developing\s+story|(?:photos?|фото|videos?|видео)"
    r"(?:\s*[:|]\s*[^\s.]+(?:\s+[^\s.]+){0,3})?|(?:reuters|ap\s+photo|afp|epa|tass|тасс)/[^\n]{0,40}"
    r"|©\s*[^\n]{0,40}|in\s+the\s+name\s+of\s+god\b.*|во\s+имя\s+аллаха\b.*"
    r"|(?:via|через|source|источник)\s*:?\s*@\w+"  # a repost's credit: "Via @mfa_ru"
    # ... or a name: "Источник: ТАСС", "Source: Global Wire — World" (capitals only: "Источник:
    # США готовят санкции" is a sentence)
    r"|(?:(?:source|источник)\s*:|via)\s*(?:the\s+)?(?-i:[A-ZА-ЯЁ])[\w-]*(?:\s+(?:[—–-]\s+)?(?-i:[A-ZА-ЯЁ])[\w-]*){0,3}"
    r"|the\s+post\s.{1,300}\sappeared\s+first\s+on\s.{1,80}"  # WordPress feeds
    # An editor's note on the story itself: "This story has been updated to correct the death
    # toll to eight, from two." (the story says eight), "An earlier version of this story …".
    r"|this\s+(?:story|article|report)\s+(?:has\s+been|was|is\s+being)\s+(?:updated|corrected"
    r"|changed)\b.{0,200}|an?\s+earlier\s+version\s+of\s+this\s+(?:story|article|report)\b.{0,200}"
    r"|(?:эта\s+)?(?:новость|материал|сообщение)\s+(?:был[оа]?\s+)?(?:обновлен[оа]?|исправлен[оа]?"
    r"|дополнен[оа]?)(?:\s+в\s+\d{1,2}[:.]\d{2}(?:\s+мск)?)?)\W*$"
)
# A credit after a caption's last sentence: "… May 9, 2025. REUTERS/Maxim Shemetov",
# "(Photo: Reuters/Saudi Press Agency)", "Video |".
_TRAILING_CREDIT = lazy_re.compile(
    r"(?i)(?<=[.!?…»\"”])\s+(?:\(?\s*(?:photo|фото)\s*:\s*[^)]{1,60}\)?"
    r"|(?:REUTERS|AP Photo|AFP|EPA)/[^.]{1,40}|(?:video|видео)\s*\|?)\s*$"
)
_MONTH = (  # in any case: "22 ОКТЯБРЯ"
    "(?i:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
    "|янв|фев|мар|апр|июн|июл|авг|сен|сент|окт|ноя|дек|January|February|March|April|May|June"
    "|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept"
    "|Oct|Nov|Dec)"
)
_DAY_MONTH = (
    rf"(?:\d{{1,2}}\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}})(?:,?\s+\d{{4}}(?:\s+(?:года|г\.))?)?"
)
_WORD = r"[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]*\.?"  # a capitalised word ("Нью-Йорк", "St.")
# At most three of them ("Нижний Новгород"); a wire's story from two places joins them with a
# slash ("MOSCOW/KYIV, Oct 9 (Reuters) -", "GAZA/CAIRO (Global Wire) -").
_PLACE = rf"{_WORD}(?:[ /]{_WORD}){{0,2}}"
_CAPS_PLACE = r"[A-ZА-ЯЁ][A-ZА-ЯЁ\-]+\.?(?:[ /][A-ZА-ЯЁ][A-ZА-ЯЁ\-]+){0,2}"  # "САНКТ-ПЕТЕРБУРГ"
_AGENCIES = (
    r"РИА Новости|RIA Novosti|Интерфакс|ИНТЕРФАКС|INTERFAX\.RU|Interfax|ТАСС|TASS|Sputnik"
    r"|Спутник|ПРАЙМ|PRIME|БЕЛТА|BelTA|Казинформ|КАЗИНФОРМ|Kazinform|KAZINFORM|UzA|Синьхуа|Xinhua"
    r"|Reuters|AFP|AP|Регнум"
)
_WIRE_AGENCIES = (
    r"AP|Reuters|AFP|Xinhua|Bloomberg|dpa|ANI|PTI|IANS|Kyodo|Yonhap|Anadolu|IRNA|BERNAMA"
)
# A place's country in slashes, as TASS writes a foreign city: "ЦИНДАО /КНР/, 24 июня.
# /ТАСС/.", "QINGDAO /China/, June 24. /TASS/."
_COUNTRY = r"(?:\s+/[^/\n]{2,20}/)?"
# Any wire's name in brackets after a place in capitals: "DUBAI (Global Wire) -" (a feed's
# own agency, which no list holds), two or three capitalised words.
_WIRE_NAME = r"[A-Z][\w&.]*(?:\s[A-Z][\w&.]*){1,2}"
_DATELINE = lazy_re.compile(
    # "Минск. 22 октября. /ТАСС/.", "KAZAN, October 22. /TASS/ -", "22 октября. /ТАСС/."
    rf"^(?:{_PLACE}{_COUNTRY}[.,]\s+)?{_DAY_MONTH}[.,]?\s*/[^/\n]{{2,30}}/\.?\s*(?:[-—–]\s*)?"
    # "МОСКВА, 22 окт — РИА Новости.", "…— РИА Новости, Алексей Петров.", "Москва. 22
    # октября. ИНТЕРФАКС -"
    rf"|^{_PLACE}[.,]\s+{_DAY_MONTH}[.,]?\s*(?:[-—–]\s*(?:{_AGENCIES})"
    rf"(?:,\s*[A-ZА-ЯЁ]\w*(?:\s+[A-ZА-ЯЁ]\w*){{0,2}})?[.:]?|(?:{_AGENCIES})\s*[-—–])\s*"
    # "МИНСК, 22 октября (БЕЛТА) –", "WASHINGTON, Oct 22 (Reuters) -", Xinhua's "--"
    rf"|^{_PLACE}[.,]\s+{_DAY_MONTH}\s*\([^)\n]{{2,30}}\)\s*(?:--|[-—–])\s*"
    # "ASTANA (AP) —", "BRUSSELS (Reuters) -", "KYIV, Ukraine (AP) —": a place in capitals
    # (and its country), the agency, no date
    rf"|^{_CAPS_PLACE}(?:,\s+{_PLACE})?\s*\((?:{_WIRE_AGENCIES}|{_WIRE_NAME})\)\s*(?:--|[-—–])\s*"
    # "АСТАНА. KAZINFORM –": a place in capitals and the agency, no date
    rf"|^{_CAPS_PLACE}[.,]\s+(?:{_AGENCIES})\s*(?:--|[-—–])\s*"
    # "МОСКВА, 22 октября —", "МОСКВА, 22 октября." (a place in capitals)
    rf"|^{_CAPS_PLACE}[.,]\s+{_DAY_MONTH}(?:\s*[-—–]|\.)\s+"
    # "Москва, 22 октября. Россия и Китай …", "Москва, 22 октября 2024 года — …" (one word)
    rf"|^[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+[.,]\s+{_DAY_MONTH}(?:\.|\s+[-—–])\s+(?=[«\"A-ZА-ЯЁ])",
)
# A place alone before its date ("Москва. 22 октября состоится …"): a one-word place, which
# the sentence splitter would make a headline of.
_PLACE_BEFORE_DATE = lazy_re.compile(
    rf"^[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё\-]+\.\s+(?=\d{{1,2}}\s+{_MONTH}\b)"
)
# A line that is a date and nothing else, or a place (or a weekday) and a date: a scraper's
# or an agency's dateline of its own ("October 21, 2024", "Вена, 22 октября 2024 года").
_DATE_ONLY = (
    rf"(?:{_DAY_MONTH}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}"
    rf"|{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})"
)
_DATE_LINE = lazy_re.compile(rf"^(?:{_PLACE},\s+)?{_DATE_ONLY}\.?$")
# An advertisement's marking (Russian law): "Реклама. ООО «…», ИНН …", or an erid token.
_ADVERT = lazy_re.compile(
    r"(?im)\berid\s*[:=]?\s*[A-Za-z0-9]{8,}\b|^\W*реклама\b.{0,80}\b(?:ООО|ОАО|АО|ИП|ИНН|ОГРН)\b"
)
_TRAILING_LINK = lazy_re.compile(
    r"[\s:—–-]*\(?(?:https?://|www\.|\b[\w-]+\.(?:ru|com|org|net|gov|info|рф)/)\S*?\)?$"
)


def strip_lead_in(line: str) -> str:
    """``line`` without a lead-in ("BREAKING:", "Key talking points:", "СРОЧНО —"), or two
    ("1/4 THREAD: …"), or a channel's masthead before a sentence ("МИД | Посольство России
    в Сербии выражает соболезнования …")."""
    line = _LEAD_IN.sub("", _LEAD_IN.sub("", line, count=1), count=1)
    m = _MASTHEAD_LEAD.match(line)
    if m and _words(m.group(1)) <= _MASTHEAD_WORDS and _words(line[m.end() :]) > _SENTENCE_WORDS:
        return line[m.end() :]
    return line


# A channel's masthead: its name and a rubric, parted by a bar ("Евразия Дайджест | Саммит
# ЕАЭС", "Eurasia Brief | Top story", "Репост: Внешняя политика | Новости"), a few words on
# each side and no sentence's end; alone on the first line, or before the sentence.
_MASTHEAD = lazy_re.compile(r"^([^|.!?]{2,40}?)\s+\|\s+([^|.!?]{2,40})$")
_MASTHEAD_LEAD = lazy_re.compile(r"^([^|.!?]{2,40}?)\s+\|\s+(?=\S)")
_MASTHEAD_WORDS = 4
_SENTENCE_WORDS = 6


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def is_masthead(line: str) -> bool:
    """Whether ``line`` is a channel's masthead alone (see _MASTHEAD)."""
    m = _MASTHEAD.match(line.strip())
    return m is not None and all(_words(part) <= _MASTHEAD_WORDS for part in m.groups())


def is_notice(line: str) -> bool:
    """Whether ``line`` is a credit, a promise of details or an invocation (see _NOTICE)."""
    return _NOTICE.match(line.strip()) is not None


def strip_trailing_credit(line: str) -> str:
    """``line`` without a photo's or video's credit after its last sentence."""
    return _TRAILING_CREDIT.sub("", line)


def is_rubric_line(line: str) -> bool:
    """Whether ``line`` is a rubric, a salutation or a channel's masthead alone ("Анонс",
    "Dear colleagues!", "Eurasia Brief | Top story"): no headline when the news follows it."""
    return _RUBRIC_LINE.match(line.strip()) is not None or is_masthead(line)


def strip_dateline(line: str) -> str:
    """``line`` without the dateline it opens with, if it opens with one (module notes)."""
    line = _DATELINE.sub("", line, count=1)
    return _PLACE_BEFORE_DATE.sub("", line, count=1)


def is_date_line(line: str) -> bool:
    """Whether ``line`` is a date alone, or a place (or a weekday) and a date."""
    return _DATE_LINE.match(line.strip()) is not None


def is_pointer(line: str) -> bool:
    """A short "Read in full: …", "Подробнее — в материале ТАСС: …" (its links aside)."""
    m = _POINTER.match(line)
    return m is not None and len(re.findall(r"\w+", LINKISH.sub(" ", line[m.end() :]))) <= (
        _POINTER_WORDS
    )


def is_promotion(line: str) -> bool:
    """A "Subscribe: t.me/…", "Follow us on VK, Rutube and Telegram", "Forwarded from …": a
    short line, or one naming where to follow ("Subscribe to the Kazan Declaration? No, …"
    is a sentence)."""
    m = _PROMOTION.match(line)
    if m is None:
        # The channel's name, then the word: "РИА Новости. Подписаться", "ТАСС | Subscribe"
        # (the link is the word's, not in the text).
        end = _PROMOTION_END.search(line)
        return end is not None and len(re.findall(r"\w+", line[: end.start()])) <= _NAME_WORDS
    rest = line[m.end() :]
    return bool(_PLATFORM.search(rest)) or len(re.findall(r"\w+", rest)) <= _PROMOTION_WORDS


_PROMOTION_WORDS = 6
_PROMOTION_END = lazy_re.compile(
    r"(?i)(?:^|[\s.|•·—–-])(?:подписаться|подписывайтесь|подпишитесь|subscribe|follow\s+us)\W*$"
)
_NAME_WORDS = 4
_PLATFORM = lazy_re.compile(
    r"(?i)t\.me/|@\w|https?://|\b(?:telegram|телеграм\w*|vk|вконтакте|rutube|дзен|dzen|youtube"
    r"|ok\.ru|max|x\.com|twitter|канал\w*|channel)\b"
)


def is_advert(text: str) -> bool:
    """Whether ``text`` carries an advertisement's marking (module notes), or opens with a
    line that is the marking alone ("#реклама"; in a run of topic tags it is a topic)."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return _ADVERT.search(text) is not None or _AD_LINE.match(first) is not None


_AD_LINE = lazy_re.compile(r"(?i)^\W*#?(?:реклама|ad|advertisement|sponsored|промо)\W*$")


def strip_trailing_link(text: str) -> str:
    """``text`` without a link after its words ("… на сайте ТАСС: https://…", "… (mid.ru/…)")."""
    return _TRAILING_LINK.sub("", text).rstrip(" (") or text

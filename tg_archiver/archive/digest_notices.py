"""Posts a digest leaves out for what is around them: a stream's notice, another desk's
roundup, the announcement of an event whose own post is in the same window.

A digest is read after its window. By then:

- **A live-stream notice** ("🔴 LIVE: Брифинг … 📺 Смотрите трансляцию: mid.ru/…", "Watch
  live: …") points at a stream that has ended; the event's readout or recording is the
  story. A notice is a short post (:data:`NOTICE_CHARS`) whose first line opens with such a
  mark ("LIVE" in capitals or followed by a colon: "Live post on the summit" is a post) and
  that says where to watch (a link, "смотрите", "watch"). So is a recording's notice
  ("Запись брифинга 25 июня … Смотрите полностью 👇", "Сегодняшний брифинг полностью —
  смотрите запись"): the readout is the story.
- **A roundup** of another desk ("Итоги дня в Нью-Дели", "Главное за неделю:", "Day in
  review") retells stories the digest lists on their own, and went under every topic it
  named. A roundup opens with such a heading and goes on for at least two more lines; so does
  a wire's ("TOP NEWS at 0600 GMT:", "WEEKAHEAD - …"). A roundup of one line lists at least
  :data:`ROUNDUP_ITEMS` items after its heading, "; " or ", " apart ("Что произошло за
  ночь: КНДР запустила ракеты, в Нигерии растет число жертв, хуситы атаковали танкер").
- **A photo album's caption** ("📸 Мишустин в Исламабаде", "📸 Фотохроника: заседание СМИД
  СНГ в Москве"): photos with a few words marked as photos (a camera, "Фото", "Фотохроника",
  "Photos"), at most :data:`CAPTION_WORDS` words and no sentence after them. The event's
  story is told in words; a caption took a slot of a story (two editors' reviews).
- **An announcement** ("О предстоящем участии С.В.Лаврова во встрече …", "Сегодня в 11:00 —
  брифинг", "Lavrov to attend the BRICS meeting", "will hold talks") is stale beside the
  event's own post: a later story of the window, within :data:`ANNOUNCED_WITHIN`, whose
  heading holds most of the announcement's heading words (:func:`stale_announcements`).
  Alone in its window an announcement stays: it is the news then.

- **A sport result, a market's move, a film's release or a weather forecast** ("Сборная
  России по волейболу обыграла команду Ирана", "Russian players reach the second round at
  Wimbledon", "Индекс Мосбиржи снизился на 0,4%", "Oil prices edge up on supply concerns",
  "На ПМЭФ показали трейлер нового фильма …, премьера — в декабре", "В Москве во вторник
  ожидается до +26 градусов"): a short post (:data:`NOTICE_CHARS`) whose heading names a
  sport and a result (or a transfer), opens with a market (an index, a currency's rate, a
  commodity's price) and its move, names a film, a series or an album and its release (a
  premiere, a trailer, the box office), or names the weather and a forecast (or the days it
  is for: "Погода в Петербурге на время ПМЭФ: … к выходным похолодание"). They are
  another desk's news: a volleyball match took a #MiddleEast slot by the name "Иран", seven
  forecasts filled a weekly's "Other", a trailer shown at a forum led an item of #SPIEF
  (blind reviews' weeks). Weather that is news (a disaster's toll, a storm's damage)
  forecasts nothing and stays.

Each stays in the archive, in search and in exports; only the digest leaves it out (a blind
review's week: 4 notices, 2 roundups under 20 digests, announcements beside their event in
5 digests).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word, words
from tg_archiver.archive.export import ExportRow
from tg_archiver.archive.variants import is_function_word

__all__ = [
    "is_announcement",
    "is_another_desks",
    "is_live_notice",
    "is_photo_caption",
    "is_roundup",
    "stale_announcements",
]

NOTICE_CHARS = 400
ANNOUNCED_WITHIN = timedelta(days=3)
_SHARED = 0.6  # of the announcement's heading words, in the event's heading
_MIN_WORDS = 2

CAPTION_WORDS = 12
_PHOTO_MARK = lazy_re.compile(
    r"(?i)^(?:[📸📷🖼🎞]|фото(?:хроника|репортаж|галерея)?\b|photos?\b|in (?:pictures|photos)\b)"
)
_NEXT_SENTENCE = lazy_re.compile(r"[.!?…]\s+\w")
_TAGS_ONLY = lazy_re.compile(r"^\s*(?:#\w+[\s,;·|]*)+$")
_LINES = lazy_re.compile(r"[^\n]+")
# What opens a line before its words: emoji, bullets, marks.
_DECORATION = lazy_re.compile(r"^[\W_]+")
# A stream's mark: "LIVE" in capitals or "Live:" (not "Live post on the summit"), "Прямой
# эфир", "Трансляция", "Watch live".
_LIVE = lazy_re.compile(
    r"^(?:LIVE\b|(?i:live\s*[:|—–-]|прям(?:ой эфир|ая трансляция)|трансляция\b"
    r"|смотрите (?:трансляцию|в прямом)|watch (?:live|the live)|live ?stream\b"
    r"|онлайн-трансляция))"
)
# A recording's notice: "Запись брифинга 25 июня … Смотрите полностью", "Сегодняшний брифинг
# полностью — смотрите запись", "Recording of the briefing".
_RECORDING = lazy_re.compile(
    r"(?i)^(?:запись|видеозапись|recording|video recording)\b|\bсмотрите (?:запись|полностью)\b"
    r"|\bwatch the (?:full )?recording\b"
)
# ... and where to watch it: a link, or the words that send the reader to the stream.
_WATCH = lazy_re.compile(
    r"(?i)https?://|\b[\w-]+\.(?:ru|com|org|int|gov)/|смотр|watch|трансляц|stream|эфир"
)
_ROUNDUP = lazy_re.compile(
    r"(?i)^(?:итоги (?:дня|недели|суток)|главное (?:за (?:день|неделю|сутки|ночь|выходные)"
    r"|к (?:этому часу|утру|вечеру|обеду)|на (?:сегодня|этой неделе|утро|вечер|выходных))"
    r"|коротко о главном|что произошло за (?:день|неделю|сутки|ночь)"
    # A numbered weekly: "🌍 Неделя во внешней политике №23", "The week in Ukraine".
    r"|(?:неделя|день) во?|(?:the )?(?:day|week) in"
    r"|(?:the )?(?:day|week) in review|(?:daily|weekly) (?:roundup|round-up|wrap)"
    r"|week(?:ly)? wrap|news roundup"
    # An analyst's: "Day wrap: …", "Evening wrap-up", "Morning recap" (session 49).
    r"|(?:day|morning|evening|night)(?:'s)? (?:wrap(?:-up)?|round-?up|recap)"
    # A wire's: "TOP NEWS at 0600 GMT:", "WEEKAHEAD - …", "Top stories".
    r"|top (?:news|stories|headlines)|(?:the )?(?:week|day) ?ahead)\b"
)
# A one-line roundup's items after its heading: "…за ночь: КНДР …, в Нигерии …, хуситы …".
_ITEMS = lazy_re.compile(r"\s*[;,]\s+")
_SENTENCE_END = lazy_re.compile(r"(?<=[.!?…])\s")
_TODAY = lazy_re.compile(r"(?i)^(?:сегодня|today)\b")
ROUNDUP_ITEMS = 3
_ANNOUNCEMENT = lazy_re.compile(
    r"(?i)(?:^анонс\b|^announcement\b|^coming up\b|предстоящ|\bсостоится\b|\bсостоятся\b"
    r"|\bпримет участие\b|\bпосетит\b|\bпроведёт\b|\bпроведет\b|\bпройдёт\b|\bпройдет\b"
    r"|\bвыступит\b|^сегодня\b|^завтра\b"
    r"|\bwill (?:attend|visit|hold|take part|travel|address|meet|speak|deliver|participate)\b"
    r"|\bto (?:attend|visit|hold talks|take part|travel to|address|speak)\b|^today\b|^tomorrow\b)"
)


def _first_line(text: str) -> str:
    """The first line with words, decoration stripped (read line by line: a long text is
    not split whole)."""
    line = next((ln for ln in _LINES.finditer(text) if ln.group().strip()), None)
    return _DECORATION.sub("", line.group().strip()) if line else ""


def is_live_notice(title: str | None, text: str) -> bool:
    """Whether a post is a live stream's notice (see the module's notes)."""
    if len(text) + (len(title) + 1 if title else 0) > NOTICE_CHARS:
        return False  # told before a long text is copied or read
    body = f"{title}\n{text}" if title else text
    first = _first_line(body)
    marked = _LIVE.match(first) is not None or _RECORDING.search(first) is not None
    return marked and _WATCH.search(body) is not None


def is_photo_caption(row: ExportRow) -> bool:
    """Whether a post is a photo album's caption (see the module's notes)."""
    if not row.media or len(row.text) > NOTICE_CHARS:
        return False
    lines = [ln for ln in row.text.splitlines() if ln.strip() and not _TAGS_ONLY.match(ln)]
    if len(lines) != 1 or _PHOTO_MARK.match(lines[0].strip()) is None:
        return False
    return len(words(lines[0])) <= CAPTION_WORDS and not _NEXT_SENTENCE.search(lines[0])


def is_roundup(title: str | None, text: str) -> bool:
    """Whether a post is another desk's roundup of the day or the week."""
    first = _first_line(title or text)
    heading = _ROUNDUP.match(first)
    if heading is None:
        return False  # the text's lines are counted only under a roundup's heading
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) >= (1 if title else 2):
        return True
    # One line: the heading, then its items one after another ("; " or ", " apart).
    rest = first[heading.end() :].strip(" :-–—.")
    return len([x for x in _ITEMS.split(rest) if x]) >= ROUNDUP_ITEMS


def is_announcement(title: str | None, text: str) -> bool:
    """Whether a post's heading (its title or first line) announces an event to come."""
    return _ANNOUNCEMENT.search(_first_line(title or text)) is not None


def stale_announcements(stories: Sequence[Sequence[ExportRow]]) -> set[int]:
    """The ids of the leads of ``stories`` (each its lead first, then the other posts told
    in it: its translation, its retellings; in time order of their leads) that announce an
    event whose own story follows among them (see the module's notes). A story's headings
    are those of all its posts: the English announcement folded into its Russian original is
    the event's too, and so is a Russian event's English translation folded into it."""
    leads = [story[0] for story in stories]
    firsts = [_first_line(lead.title or lead.text) for lead in leads]
    announces = [_ANNOUNCEMENT.search(first) is not None for first in firsts]
    headings = [
        [_heading_words(_first_line(row.title or row.text)) for row in story] for story in stories
    ]
    # What a day's own announcement names is its first sentence: "📆 Сегодня в Алматы
    # открывается заседание Евразийского межправсовета. Главы правительств рассмотрят 17
    # вопросов, …" on one line announces the council, not its seventeen questions.
    announced = [
        [_heading_words(_SENTENCE_END.split(first, 1)[0]), *story[1:]]
        if _TODAY.match(first)
        else story
        for first, story in zip(firsts, headings, strict=True)
    ]
    stale: set[int] = set()
    for n, lead in enumerate(leads):
        if not announces[n]:
            continue
        for m in range(n + 1, len(leads)):
            later = leads[m]
            if later.published_at - lead.published_at > ANNOUNCED_WITHIN:
                break
            if announces[m]:
                continue
            if any(_names_event(mine, theirs) for mine in announced[n] for theirs in headings[m]):
                stale.add(lead.id)
                break
    return stale


def _names_event(announced: set[str], heading: set[str]) -> bool:
    """Whether an event's heading holds most of an announcement's heading words."""
    return len(announced) >= _MIN_WORDS and len(announced & heading) >= max(
        _MIN_WORDS, _SHARED * len(announced)
    )


def _heading_words(first_line: str) -> set[str]:
    """The word forms of a story's heading (its title, or its text's first line), function
    words and the announcement's own words left out."""
    heading = first_line[:300]
    return {
        analyse_word(w)
        for w in words(heading)
        if len(w) > 2 and not is_function_word(w.lower()) and not w.isdigit()
    } - _ANNOUNCING


# The words that make a heading an announcement, as word forms: "предстоящем участии" is not
# what the event's own heading shares with it.
_ANNOUNCING_WORDS = (
    "анонс предстоящем предстоящий участии участие примет состоится посетит проведёт пройдёт "
    "выступит сегодня завтра announcement will attend visit hold take part travel today "
    "tomorrow coming scheduled speak"
)
_ANNOUNCING = frozenset(map(analyse_word, _ANNOUNCING_WORDS.split()))


_SPORT = lazy_re.compile(
    r"(?i)\b(?:сборн\w+ \w+ по \w+|матч\w*|турнир\w*|чемпионат\w*|теннисист\w*|футболист\w*"
    r"|хоккеист\w*|волейбол\w*|баскетбол\w*|футбол\w*|хокке\w*|уимблдон\w*|ролан гаррос"
    r"|полузащитник\w*|нападающ\w+|вратар\w+|клуб\w*|олимпи\w+|tennis|volleyball|basketball"
    r"|football|soccer|hockey|wimbledon|roland garros|grand slam|world cup|olympic\w*|match(?:es)?"
    r"|tournament|championship|midfielder|striker|goalkeeper)\b"
)
_RESULT = lazy_re.compile(
    r"(?i)\b(?:обыграл\w*|победил\w*|проиграл\w*|выиграл\w*|вышл[аи]|вышел|сыграл\w*"
    r"|со сч[её]том|ничь\w+|контракт\w*|трансфер\w*|beat|beats|won|wins|defeated|lost to"
    r"|(?:reach|advance)\w* (?:to )?the (?:\w+ round|quarter-?finals?|semi-?finals?|final)"
    r"|signs?|signed|contract|goals?|забил\w*|(?:top|bottom) of the (?:group|table|league))\b"
)
# A market's move, named first: "Индекс Мосбиржи снизился на 0,4%", "Oil prices edge up on
# supply concerns", "Курс доллара вырос до 92 рублей".
_MARKET = lazy_re.compile(
    r"(?i)^\W*(?:индекс\w*|курс\w* (?:доллара|евро|юаня|рубля)|цен\w* на (?:нефть|золото|газ)"
    r"|нефть|золото|биткоин\w*|(?:oil|gold|gas) prices?|brent|wti|gold|bitcoin|stocks?|shares"
    r"|(?:the )?(?:dollar|euro|yuan|rouble|ruble)\b|(?:s&p|dow|nasdaq|ftse|nikkei|moex)\b"
    r"|wall street|european shares|asian shares)"
)
_MOVE = lazy_re.compile(
    r"(?i)\b(?:снизил\w*|вырос\w*|вырастет|подорожал\w*|подешевел\w*|упал\w*|поднял\w*"
    r"|опустил\w*|укрепил\w*|ослаб\w*|rose|rises?|fell|falls?|edges? (?:up|down|higher|lower)"
    r"|climbs?|climbed|slips?|slipped|gains?|gained|drops?|dropped|jumps?|jumped|sinks?|sank"
    r"|tumbles?|tumbled|steady|steadies|extends? (?:gains|losses))\b"
)
_WEATHER = lazy_re.compile(
    r"(?i)(?:градус\w*|осадк\w*|дожд\w*|гроз[аы]\b|снег\w*|облачн\w*|°\s?[CС]\b|\bdegrees\b"
    r"|\brain\b|\bsnow\b|\bshowers\b|\bsunny\b|\bcloudy\b|\bпогод\w*|\bweather\b)"
)
_FORECAST = lazy_re.compile(
    r"(?i)\b(?:ожида\w+|прогноз\w*|синоптик\w*|forecast\w*|expected|will be|metoffice"
    # The days it is for: "Погода в Петербурге на время ПМЭФ: … к выходным похолодание".
    r"|похолодани\w*|потеплени\w*|на (?:время|выходные|неделю|завтра|понедельник|вторник"
    r"|среду|четверг|пятницу|субботу|воскресенье))\b"
)


# A film's, a series' or an album's release: "На форуме показали трейлер нового фильма …,
# премьера — в декабре", "Taylor Swift tops Billboard 200".
_CULTURE_WORK = lazy_re.compile(
    r"(?i)\b(?:фильм\w*|кинофильм\w*|сериал\w*|мультфильм\w*|спектакл\w*|альбом\w*"
    r"|film|movie|series|album|billboard)\b"
)
_CULTURE_RELEASE = lazy_re.compile(
    r"(?i)\b(?:премьер[аеуы]\b|трейлер\w*|кинотеатр\w*|в прокат\w*|кассов\w+ сбор\w*"
    r"|premiere[sd]?|trailer|box office|in cinemas|tops)\b"
)


def is_another_desks(title: str | None, text: str) -> bool:
    """Whether a post is a sport result, a market's move or a weather forecast (see the
    module's notes)."""
    if len(text) + (len(title) + 1 if title else 0) > NOTICE_CHARS:
        return False
    heading = _first_line(title or text)
    if _SPORT.search(heading) and _RESULT.search(heading):
        return True
    if _MARKET.search(heading) and _MOVE.search(heading):
        return True
    if _CULTURE_WORK.search(heading) and _CULTURE_RELEASE.search(heading):
        return True
    return bool(_WEATHER.search(heading) and _FORECAST.search(heading))

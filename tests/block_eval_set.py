"""A labelled set of scraped posts for archive.cleaning.remove_repeated_blocks (issue 17).

Each case is a post as a copy or web-preview scrape gives it, and the clean text a reader
expects: the post once, without the second copy of its body however the scraper changed that
copy, and with every sentence the author did repeat (a refrain) still in place. The posts are
written for the project in the shape of foreign-ministry channels (EN and RU: headings,
"Key talking points:", emoji bullets, "<...>", hashtag lines, "Read in full"); the copies are
made by the changes seen in /work/shared/samples/forwarded_posts.txt and in reposting channels.

The expected text of every case is built here from the parts of the post, never by running
the cleaning, so the set judges the code and not the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = ["Case", "cases"]


@dataclass(frozen=True)
class Case:
    name: str
    raw: str
    expected: str


@dataclass(frozen=True)
class Post:
    lang: str
    heading: str
    intro: str  # "Key talking points:" or the like, repeated by the scraper; may be empty
    body: tuple[str, ...]  # lines with an emoji or bullet, most of two sentences
    tags: str  # a lone hashtag line closing the body, or empty


EN = [
    Post(
        "en",
        "🎙 Foreign Minister Sergey Lavrov's remarks at a news conference following talks with"
        " the Foreign Minister of Egypt (Moscow, March 3, 2024)",
        "Key talking points:",
        (
            "🔹 We discussed the situation in the Middle East in detail. Our positions on a"
            " settlement are close or coincide.",
            "🔹 Trade between our countries grew by a third last year. Most of it is now settled"
            " in national currencies.",
            "🔹 We agreed to hold the next round of strategic dialogue in Cairo. The date will be"
            " set through diplomatic channels.",
            "🔹 Russia supports Egypt's membership in BRICS. Its voice in the association will"
            " strengthen the World Majority.",
        ),
        "#RussiaEgypt",
    ),
    Post(
        "en",
        "🛡 #OTD 22 years ago, the Shanghai Cooperation Organisation was founded.",
        "",
        (
            "Today the SCO is made up of nine countries. Its founding members were Russia,"
            " China, Kazakhstan, Tajikistan, Kyrgyzstan and Uzbekistan.",
            "In June 2002, the member states signed the SCO Charter. It cemented the"
            " organisation's focus on cooperation and its non-targeting of third countries.",
            "🤝 One of the main areas of SCO activity is countering terrorism. The Regional"
            " Anti-Terrorist Structure operates in Tashkent on a permanent basis.",
        ),
        "#SCO",
    ),
    Post(
        "en",
        "✍️ Deputy Foreign Minister Alexander Pankin's interview with TASS (February 5, 2024):",
        "",
        (
            "💬 Cooperation with #BRICS is a promising item on the agenda of the Eurasian"
            " Economic Union. The EAEU is interested in a dialogue in areas of mutual interest.",
            "☝️ Russia's chairmanships of the #CIS and of BRICS in 2024 will promote this"
            " cooperation. We expect concrete results by the autumn.",
            "• The partners are interested in trade regulation, transport and logistics. Work on"
            " these tracks has already begun.",
        ),
        "",
    ),
    Post(
        "en",
        "🇷🇺🇨🇳📞 On January 10, Foreign Minister Sergey Lavrov spoke over the phone with"
        " Foreign Minister of China Wang Yi.",
        "",
        (
            "🤝 The Ministers summed up the outcomes of cooperation in 2023. They expressed"
            " satisfaction with the high level of interaction.",
            "📈 They noted that bilateral trade has overcome external challenges. It reached a"
            " record level last year.",
            "☝️ They also noted the constructive nature of interaction within the #UN, BRICS"
            " and the SCO. Contacts will continue.",
        ),
        "#RussiaChina",
    ),
    Post(
        "en",
        "🎙 Foreign Minister Sergey Lavrov's remarks at a meeting with young diplomats",
        "Key talking points:",
        (
            "💬 Congratulations to all of you on joining the Ministry. These meetings are a"
            " longstanding tradition.",
            "🌍 We maintain extensive engagement with the Global South. BRICS and the SCO are"
            " the platforms that matter most today.",
            "• We welcome those among you who speak rare languages. The choice of a region is a"
            " choice for decades.",
            "• Diplomats must be versatile experts. They must know economics, law and history.",
        ),
        "",
    ),
    Post(
        "en",
        "🎙 Excerpts from the answers to media questions by President Vladimir Putin",
        "",
        (
            "#Moldova",
            "💬 The current political elite do not regard themselves as Moldovans. <...> It is"
            " their choice, not ours.",
            "#MiddleEast",
            "🇵🇸🇮🇱 Palestine was once promised a state with East Jerusalem as its capital. The"
            " promise has not been kept for decades.",
        ),
        "",
    ),
]

RU = [
    Post(
        "ru",
        "🎙 Выступление Министра иностранных дел России С.В.Лаврова на пресс-конференции по"
        " итогам переговоров с Министром иностранных дел Египта (Москва, 3 марта 2024 года)",
        "Основные тезисы:",
        (
            "🔹 Мы подробно обсудили ситуацию на Ближнем Востоке. Наши позиции по урегулированию"
            " близки или совпадают.",
            "🔹 Товарооборот между нашими странами вырос на треть. Большая часть расчётов теперь"
            " идёт в национальных валютах.",
            "🔹 Договорились провести следующий раунд стратегического диалога в Каире. Дата"
            " будет согласована по дипломатическим каналам.",
            "🔹 Россия поддерживает членство Египта в БРИКС. Его голос укрепит мировое"
            " большинство.",
        ),
        "#РоссияЕгипет",
    ),
    Post(
        "ru",
        "🛡 #ДеньВИстории 22 года назад была основана Шанхайская организация сотрудничества.",
        "",
        (
            "Сегодня в ШОС девять государств. Её основателями были Россия, Китай, Казахстан,"
            " Таджикистан, Киргизия и Узбекистан.",
            "В июне 2002 года государства-члены подписали Хартию ШОС. Она закрепила курс на"
            " сотрудничество и неприсоединение к блокам.",
            "🤝 Одно из главных направлений работы ШОС – борьба с терроризмом. Региональная"
            " антитеррористическая структура постоянно работает в Ташкенте.",
        ),
        "#ШОС",
    ),
    Post(
        "ru",
        "✍️ Интервью заместителя Министра иностранных дел А.М.Панкина агентству ТАСС"
        " (5 февраля 2024 года):",
        "",
        (
            "💬 Взаимодействие с #БРИКС – перспективное направление работы Евразийского"
            " экономического союза. ЕАЭС заинтересован в диалоге по взаимовыгодным темам.",
            "☝️ Председательство России в #СНГ и в БРИКС в 2024 году будет этому способствовать."
            " Ожидаем конкретных результатов к осени.",
            "• Партнёров интересуют торговое регулирование, транспорт и логистика. Работа по"
            " этим направлениям уже началась.",
        ),
        "",
    ),
    Post(
        "ru",
        "🇷🇺🇨🇳📞 10 января Министр иностранных дел России С.В.Лавров провёл телефонный"
        " разговор с Министром иностранных дел Китая Ван И.",
        "",
        (
            "🤝 Министры подвели итоги сотрудничества в 2023 году. Они выразили удовлетворение"
            " высоким уровнем взаимодействия.",
            "📈 Отмечено, что двусторонняя торговля преодолела внешние вызовы. В прошлом году"
            " она достигла рекордного уровня.",
            "☝️ Подчёркнут конструктивный характер взаимодействия в #ООН, БРИКС и ШОС. Контакты"
            " будут продолжены.",
        ),
        "#РоссияКитай",
    ),
    Post(
        "ru",
        "🎙 Выступление С.В.Лаврова на встрече с молодыми дипломатами",
        "Основные тезисы:",
        (
            "💬 Поздравляю всех вас с поступлением на службу в Министерство. Такие встречи –"
            " давняя традиция.",
            "🌍 Мы активно работаем с Глобальным Югом. БРИКС и ШОС сегодня самые важные площадки.",
            "• Приветствуем тех из вас, кто владеет редкими языками. Выбор региона – это выбор"
            " на десятилетия.",
            "• Дипломат должен быть разносторонним специалистом. Он должен знать экономику,"
            " право и историю.",
        ),
        "",
    ),
    Post(
        "ru",
        "🎙 Ответы Президента России В.В.Путина на вопросы СМИ",
        "",
        (
            "#Молдавия",
            "💬 Нынешняя политическая элита не считает себя молдаванами. <...> Это их выбор, а"
            " не наш.",
            "#БлижнийВосток",
            "🇵🇸🇮🇱 Палестине когда-то обещали государство со столицей в Восточном Иерусалиме."
            " Это обещание не выполняется десятилетиями.",
        ),
        "",
    ),
]

READ_IN_FULL = {"en": "Read in full", "ru": "Читать полностью"}

_LEADING_MARK = re.compile(r"^[^\w#<]+")  # an emoji, flag or bullet and the space after it


def _lines(*parts: str | tuple[str, ...]) -> str:
    out: list[str] = []
    for part in parts:
        if isinstance(part, tuple):
            out.extend(part)
        else:  # "" is a blank line between paragraphs
            out.append(part)
    return "\n".join(out)


def _body(post: Post) -> tuple[str, ...]:
    """The repeated part: the intro line, the body and the hashtag line."""
    return tuple(x for x in (post.intro, *post.body, post.tags) if x)


def _original(post: Post) -> str:
    return _lines(post.heading, _body(post))


# -- how scrapers and reposters change the second copy ----------------------------------------


def _same(body: tuple[str, ...]) -> tuple[str, ...]:
    return body


def _no_emoji(body: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_LEADING_MARK.sub("", line) or line for line in body)


def _other_bullet(body: tuple[str, ...]) -> tuple[str, ...]:
    swaps = {"🔹": "🔸", "•": "▪️", "💬": "🗣", "☝️": "👉", "🤝": "•", "📈": "-", "🌍": "🌏"}
    out = []
    for line in body:
        for old, new in swaps.items():
            if line.startswith(old):
                line = new + line[len(old) :]
                break
        out.append(line)
    return tuple(out)


def _long_indices(body: tuple[str, ...]) -> list[int]:
    return [i for i, line in enumerate(body) if len(line) > 60]


def _joined(body: tuple[str, ...]) -> tuple[str, ...]:
    """The first two long lines of the copy joined into one (a lost line break)."""
    i, j = _long_indices(body)[:2]
    if j != i + 1:
        return body
    return (*body[:i], f"{body[i]} {_LEADING_MARK.sub('', body[j])}", *body[j + 1 :])


def _split(body: tuple[str, ...]) -> tuple[str, ...]:
    """Every long line of the copy broken after its first sentence (a line break added)."""
    out: list[str] = []
    for line in body:
        head, dot, tail = line.partition(". ")
        out.extend([head + dot.strip(), tail] if dot and len(line) > 60 else [line])
    return tuple(out)


def _cut(body: tuple[str, ...], keep: int, ellipsis: str) -> tuple[str, ...]:
    """The copy stops inside line ``keep``, mid-word, as a preview limit cuts it."""
    last = body[keep]
    return (*body[:keep], last[: int(len(last) * 0.55)].rstrip() + ellipsis)


def _cut_last(body: tuple[str, ...]) -> tuple[str, ...]:
    return _cut(body, len(body) - 1 - (1 if body[-1].startswith("#") else 0), "")


def _cut_early(body: tuple[str, ...]) -> tuple[str, ...]:
    return _cut(body, _long_indices(body)[1], "…")


def _cut_first(body: tuple[str, ...]) -> tuple[str, ...]:
    """Only the start of the body's first long line, then the preview ends."""
    return _cut(body, _long_indices(body)[0], "...")


def _punctuation(body: tuple[str, ...]) -> tuple[str, ...]:
    """Other quotes and dashes, doubled spaces, the full stops dropped (a re-typed copy)."""
    swaps = {"–": "-", "’": "'", ". ": ".  ", "«": '"', "»": '"'}
    out = []
    for line in body:
        for old, new in swaps.items():
            line = line.replace(old, new)
        out.append("  " + line.rstrip("."))
    return tuple(out)


def _no_tags(body: tuple[str, ...]) -> tuple[str, ...]:
    """The copy without its intro and hashtag lines, its last line cut short."""
    return _cut_last(tuple(line for line in body if not line.startswith("#")))


def _no_emoji_joined(body: tuple[str, ...]) -> tuple[str, ...]:
    return _joined(_no_emoji(body))


def _bullet_split_cut(body: tuple[str, ...]) -> tuple[str, ...]:
    return _cut_last(_split(_other_bullet(body)))


COPIES: dict[str, Callable[[tuple[str, ...]], tuple[str, ...]]] = {
    "same": _same,
    "no-emoji": _no_emoji,
    "other-bullet": _other_bullet,
    "joined": _joined,
    "split": _split,
    "cut-last": _cut_last,
    "cut-early": _cut_early,
    "cut-first": _cut_first,
    "punctuation": _punctuation,
    "no-tags+cut": _no_tags,
    "no-emoji+joined": _no_emoji_joined,
    "bullet+split+cut": _bullet_split_cut,
}


def _doubles(post: Post, tag: str) -> Iterator[Case]:
    """The post with its body a second time, in the layouts scrapers produce."""
    more = READ_IN_FULL[post.lang]
    body = _body(post)
    for change, make in COPIES.items():
        copy = make(body)
        original = _original(post)
        yield Case(f"{tag}/{change}/after-heading", _lines(original, copy), original)
        yield Case(
            f"{tag}/{change}/after-read-in-full",
            _lines(original, more, copy, more),
            _lines(original, more),
        )
        yield Case(
            f"{tag}/{change}/blank-separated",
            _lines(original, "", copy),
            original,
        )
        # The copy repeats the heading too (a repost of a repost).
        yield Case(
            f"{tag}/{change}/with-heading",
            _lines(original, more, post.heading, copy),
            _lines(original, more),
        )


# -- what stays: sentences the author repeats ---------------------------------------------------


def _first_sentence(line: str) -> str:
    head, dot, _ = _LEADING_MARK.sub("", line).partition(". ")
    return head + dot.strip()


def _refrains(post: Post, tag: str) -> Iterator[Case]:
    """Posts that repeat a sentence on purpose, and posts with short repeats of their own."""
    long_lines = [line for line in post.body if len(line) > 60]
    quote = _first_sentence(long_lines[0])
    again = "Повторю:" if post.lang == "ru" else "Let me repeat:"
    # 1. The sentence quoted again inside a closing line of running text.
    text = _lines(post.heading, post.body, f"{again} {quote[0].lower()}{quote[1:]}")
    yield Case(f"{tag}/refrain-in-running-text", text, text)
    # 2. The sentence again, alone on the last line (the post ends on its motto).
    text = _lines(post.heading, post.body, quote)
    yield Case(f"{tag}/refrain-alone-at-end", text, text)
    # 3. The sentence again alone, between new paragraphs.
    extra = (
        "Это наша принципиальная позиция, и она не изменится."
        if post.lang == "ru"
        else "This is our principled position, and it will not change."
    )
    text = _lines(post.heading, post.body, "", quote, "", extra)
    yield Case(f"{tag}/refrain-between-paragraphs", text, text)
    # 4. The second sentence of a line quoted again after new text.
    second = _LEADING_MARK.sub("", long_lines[1]).partition(". ")[2]
    text = _lines(post.heading, post.body, extra, second)
    yield Case(f"{tag}/refrain-second-sentence", text, text)
    # 5. Short lines that repeat among new content ("Key talking points:", "<...>", a tag).
    intro = post.intro or ("Главное:" if post.lang == "ru" else "Key points:")
    text = _lines(post.heading, intro, post.body[0], "<...>", intro, extra, "<...>", "#MFA")
    yield Case(f"{tag}/short-repeats-among-new-lines", text, text)
    # 6. No repeat at all.
    text = _original(post)
    yield Case(f"{tag}/single-copy", text, text)
    # 8. The same hashtag line opening and closing the post, new text between.
    hashtag = post.tags or "#MFA"
    text = _lines(post.heading, hashtag, post.body, extra, hashtag)
    yield Case(f"{tag}/hashtag-line-twice", text, text)
    # 9. Anaphora: lines opening with the same words, each going on differently.
    opening = "Мы не примем" if post.lang == "ru" else "We will not accept"
    endings = (
        ("ультиматумов от тех, кто вводит санкции.", "разговора с позиции силы ни от кого.")
        if post.lang == "ru"
        else ("ultimatums from those who impose sanctions.", "talk from a position of strength.")
    )
    text = _lines(post.heading, *(f"{opening} {end}" for end in endings), post.body[-1])
    yield Case(f"{tag}/anaphora", text, text)
    # 10. Two lines of running text ending on the same sentence.
    text = _lines(post.heading, f"{post.body[0]} {extra}", f"{long_lines[-1]} {extra}")
    yield Case(f"{tag}/same-closing-sentence", text, text)
    # 11. A sentence quoted again as an exclamation, alone.
    text = _lines(post.heading, post.body, "", f"{quote.rstrip('.')}!")
    yield Case(f"{tag}/refrain-exclaimed", text, text)
    # 12. The heading's words again at the start of the running text.
    text = _lines(post.heading, f"{_LEADING_MARK.sub('', post.heading)} {extra}", post.body)
    yield Case(f"{tag}/heading-in-running-text", text, text)
    # 13. The refrain quoted twice, alone, between different paragraphs (a cut mid-body would
    # look the same, but a copy is never one sentence long and full-stopped).
    text = _lines(post.heading, long_lines[0], "", quote, "", long_lines[1], "", second)
    yield Case(f"{tag}/two-refrains", text, text)
    # 7. A double body whose original holds a refrain: the copy goes, the refrain stays.
    with_refrain = _lines(post.heading, post.body, quote)
    text = _lines(with_refrain, READ_IN_FULL[post.lang], _no_emoji(post.body), quote)
    yield Case(
        f"{tag}/double-body-with-refrain",
        text,
        _lines(with_refrain, READ_IN_FULL[post.lang]),
    )


def cases() -> list[Case]:
    out: list[Case] = []
    for number, post in enumerate(EN + RU):
        tag = f"{post.lang}{number % len(EN) + 1}"
        out.extend(_doubles(post, tag))
        out.extend(_refrains(post, tag))
    return out

"""The ninth labelled near-duplicate set: official channels' templates against their copies.

Written blind in session 35 (from how the channels write, without reading the other sets'
texts). A foreign ministry's Russian and English channels, a central bank's and a weather
service's notices, agencies and aggregators that repost them, the ministry's RSS feed and a
text dump of forwarded posts. Each *story* is one statement; every post of a story after its
first is a copy the reader must not see twice, and every other story must be kept.

Distinct statements (each its own story), in families that fill one template's slots:
terrorist attacks condemned (country, city, date, toll; the channel posting it again with the
toll corrected), briefing announcements (date, hour; moved), their talking points (lists that
share items), a deputy minister receiving ambassadors (country, name; the same ambassador
again), telephone conversations, consular closures and visa centre notices (suspends,
resumes), travel advisories (another region: "northern", "southern"), condolences (country,
disaster), national-day greetings, casualty counts as they rise (or only the injured), exchange
rates day by day (a weekend's rates repeated under another date), weather forecasts (two days'
the same), football results (one score in another round), a minister's arrivals
(one-liners). The Russian and English channels' versions of one statement are translations:
two stories, never a copy (docs/dedup.md, "translations (two stories, never a copy)"; a digest
joins them, README "Digests").

Copies, of 24 kinds (each copy's external id ends with its kind): a forward (the message's
forward header, no line), a "Forwarded from" / "Переслано из" line in a text dump, Telegram
Desktop's "Name, [date time]" line over a pasted message, a repost with emoji and hashtags,
with a link, with a reposter's signature, with the channel's own footer, without the leading
emoji, re-typeset (quotes, dashes, spaces), other bullets, paragraphs run into one, the
heading in capitals, ё as е, a typo fixed (the original has it), the ministry's inline
hashtags dropped (the original has them), a reworded heading, no heading, the first half of
the paragraphs, an agency's attribution line ("МИД России:"), cut with "Read more" / "Читать
далее", a preview under an emoji with the heading in capitals and retyped, re-posted the next
day (by another channel or by the channel itself), the
ministry's RSS item (title apart, the body's HTML read by the feed importer), a scraper's raw
HTML (entities, ``<br>``, ``<p>``). A one-liner re-posted the next morning (16-22 hours,
``next_day_brief``), written as a copy, is labelled a statement of its own since session 35:
past the 12 hours docs/dedup.md gives a one-liner's copy, which the product keeps.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from dedup_eval_more import MONTHS_EN, MONTHS_RU
from dedup_eval_set import Labelled

from tg_archiver.archive.importers.feed import html_to_text
from tg_archiver.archive.models import Forward, Post, SourceRef

START = datetime(2025, 10, 6, 6, 0, tzinfo=UTC)


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MFA_EN = _tg("1001001", "MFA Russia 🇷🇺", "MFARussia")
MFA_RU = _tg("1001002", "МИД России 🇷🇺", "MID_Russia")
CBR = _tg("1001003", "Банк России", "centralbank_russia")
METEO = _tg("1001004", "Гидрометцентр России", "meteoinfo")
FEED_EN = SourceRef(kind="feed", key="https://mid.ru/en/rss.php", title="MFA Russia (RSS)")
FEED_RU = SourceRef(kind="feed", key="https://mid.ru/ru/rss.php", title="МИД России (RSS)")
DUMP = SourceRef(kind="import", key="forwarded-dump", title="forwarded.txt")
SCRAPER = SourceRef(kind="import", key="scraper-2025", title="scraped.jsonl")

# Reposters: (source, their signature appended to a repost)
REPOST_EN = [
    (_tg("2002001", "World Diplomacy Digest", "worlddiplo"), "\n\n🌍 World Diplomacy Digest"),
    (_tg("2002002", "Geopolitics Now", "geopolnow"), "\n\nFollow @geopolnow for more"),
    (_tg("2002003", "TASS English", "tass_agency_en"), ""),
    (_tg("2002004", "Eurasia Wire 📡", "eurasiawire"), "\n\n📡 @eurasiawire | eurasiawire.com"),
]
REPOST_RU = [
    (_tg("3003001", "Международка", "mezhdunarodka"), "\n\n🌐 Международка — подписаться"),
    (_tg("3003002", "РИА Новости", "rian_ru"), "\n\nРИА Новости. Подписаться"),
    (_tg("3003003", "Дипломатия сегодня", "diplomat_today"), "\n\n@diplomat_today"),
    (
        _tg("3003004", "Политика | Новости", "politika_news"),
        "\n\n📲 Подписывайтесь: t.me/politika_news",
    ),
]
FOOTER_EN = "\n\n🇷🇺 MFA Russia\n#RussianDiplomacy\n🔗 t.me/MFARussia"
FOOTER_RU = "\n\n🇷🇺 МИД России\n#ВнешняяПолитика\n🔗 t.me/MID_Russia"


# -- countries --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Country:
    en: str
    nom: str  # Russian nominative
    gen: str  # genitive: "Пакистана"
    prep: str  # after "в": "Пакистане"
    city_en: str
    city_ru: str
    capital_en: str
    capital_ru_acc: str  # after "в" (motion): "Исламабад"
    capital_ru_prep: str  # after "в" (place): "Исламабаде"
    fm_en: str  # foreign minister
    fm_ru: str
    amb_en: str  # its ambassador in Moscow
    amb_ru: str  # genitive-accusative, as "принял ... Посла ... Д.А.Абаева"
    day_en: str  # its national day, as greeted
    day_ru: str  # genitive: "Дня независимости"


COUNTRIES = [
    Country(
        "Pakistan",
        "Пакистан",
        "Пакистана",
        "Пакистане",
        "Quetta",
        "Кветта",
        "Islamabad",
        "Исламабад",
        "Исламабаде",
        "Ishaq Dar",
        "Исхаку Дару",
        "Muhammad Khalid Jamali",
        "М.Х.Джамали",
        "Pakistan Day",
        "Дня Пакистана",
    ),
    Country(
        "Iraq",
        "Ирак",
        "Ирака",
        "Ираке",
        "Kirkuk",
        "Киркук",
        "Baghdad",
        "Багдад",
        "Багдаде",
        "Fuad Hussein",
        "Фуаду Хусейну",
        "Haider Mansour Hadi",
        "Х.М.Хади",
        "National Day",
        "Национального дня",
    ),
    Country(
        "Iran",
        "Иран",
        "Ирана",
        "Иране",
        "Kerman",
        "Керман",
        "Tehran",
        "Тегеран",
        "Тегеране",
        "Abbas Araghchi",
        "Аббасу Аракчи",
        "Kazem Jalali",
        "К.Джалали",
        "the anniversary of the Islamic Revolution",
        "годовщины Исламской революции",
    ),
    Country(
        "Egypt",
        "Египет",
        "Египта",
        "Египте",
        "Arish",
        "Эль-Ариш",
        "Cairo",
        "Каир",
        "Каире",
        "Badr Abdelatty",
        "Бадру Абдель Ати",
        "Hamdi Shaaban",
        "Х.Шаабана",
        "the anniversary of the July 23 Revolution",
        "годовщины Революции 23 июля",
    ),
    Country(
        "Türkiye",
        "Турция",
        "Турции",
        "Турции",
        "Ankara",
        "Анкара",
        "Ankara",
        "Анкару",
        "Анкаре",
        "Hakan Fidan",
        "Хакану Фидану",
        "Tanju Bilgiç",
        "Т.Бильгича",
        "Republic Day",
        "Дня Республики",
    ),
    Country(
        "Indonesia",
        "Индонезия",
        "Индонезии",
        "Индонезии",
        "Surabaya",
        "Сурабая",
        "Jakarta",
        "Джакарту",
        "Джакарте",
        "Sugiono",
        "Сугионо",
        "Jose Tavares",
        "Ж.Тавареса",
        "Independence Day",
        "Дня независимости",
    ),
    Country(
        "Vietnam",
        "Вьетнам",
        "Вьетнама",
        "Вьетнаме",
        "Hue",
        "Хюэ",
        "Hanoi",
        "Ханой",
        "Ханое",
        "Bui Thanh Son",
        "Буй Тхань Шону",
        "Dang Minh Khoi",
        "Данг Минь Кхоя",
        "National Day",
        "Национального праздника",
    ),
    Country(
        "Thailand",
        "Таиланд",
        "Таиланда",
        "Таиланде",
        "Chiang Mai",
        "Чиангмай",
        "Bangkok",
        "Бангкок",
        "Бангкоке",
        "Maris Sangiampongsa",
        "Марису Сангиампонгсе",
        "Sasiwat Wongsinsawat",
        "С.Вонгсинсавата",
        "National Day",
        "Национального дня",
    ),
    Country(
        "Nepal",
        "Непал",
        "Непала",
        "Непале",
        "Pokhara",
        "Покхара",
        "Kathmandu",
        "Катманду",
        "Катманду",
        "Arzu Rana Deuba",
        "Арзу Рана Деубе",
        "Shiv Maya Tumbahangphe",
        "Ш.М.Тумбахангфе",
        "Constitution Day",
        "Дня Конституции",
    ),
    Country(
        "Kenya",
        "Кения",
        "Кении",
        "Кении",
        "Mombasa",
        "Момбаса",
        "Nairobi",
        "Найроби",
        "Найроби",
        "Musalia Mudavadi",
        "Мусалии Мудавади",
        "Peter Mathuki",
        "П.Матуки",
        "Jamhuri Day",
        "Дня Джамхури",
    ),
    Country(
        "Nigeria",
        "Нигерия",
        "Нигерии",
        "Нигерии",
        "Maiduguri",
        "Майдугури",
        "Abuja",
        "Абуджу",
        "Абудже",
        "Yusuf Tuggar",
        "Юсуфу Туггару",
        "Abdullahi Shehu",
        "А.Шеху",
        "Independence Day",
        "Дня независимости",
    ),
    Country(
        "Syria",
        "Сирия",
        "Сирии",
        "Сирии",
        "Homs",
        "Хомс",
        "Damascus",
        "Дамаск",
        "Дамаске",
        "Asaad al-Shaibani",
        "Асааду аш-Шейбани",
        "Bashar al-Jaafari",
        "Б.аль-Джаафари",
        "Evacuation Day",
        "Дня эвакуации",
    ),
    Country(
        "Kazakhstan",
        "Казахстан",
        "Казахстана",
        "Казахстане",
        "Aktobe",
        "Актобе",
        "Astana",
        "Астану",
        "Астане",
        "Murat Nurtleu",
        "Мурату Нуртлеу",
        "Dauren Abayev",
        "Д.А.Абаева",
        "Republic Day",
        "Дня Республики",
    ),
    Country(
        "Uzbekistan",
        "Узбекистан",
        "Узбекистана",
        "Узбекистане",
        "Andijan",
        "Андижан",
        "Tashkent",
        "Ташкент",
        "Ташкенте",
        "Bakhtiyor Saidov",
        "Бахтиёру Саидову",
        "Botirjon Asadov",
        "Б.З.Асадова",
        "Independence Day",
        "Дня независимости",
    ),
    Country(
        "Mexico",
        "Мексика",
        "Мексики",
        "Мексике",
        "Acapulco",
        "Акапулько",
        "Mexico City",
        "Мехико",
        "Мехико",
        "Juan Ramón de la Fuente",
        "Хуану Рамону де ла Фуэнте",
        "Eduardo Villegas Megías",
        "Э.Вильегаса Мехиаса",
        "Independence Day",
        "Дня независимости",
    ),
    Country(
        "Chile",
        "Чили",
        "Чили",
        "Чили",
        "Valparaíso",
        "Вальпараисо",
        "Santiago",
        "Сантьяго",
        "Сантьяго",
        "Alberto van Klaveren",
        "Альберто ван Кларену",
        "Rodrigo Yáñez",
        "Р.Яньеса",
        "National Day",
        "Национального праздника",
    ),
]

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_RU = ["понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье"]


def date_en(at: datetime) -> str:
    return f"{MONTHS_EN[at.month - 1]} {at.day}"


def date_ru(at: datetime) -> str:
    return f"{at.day} {MONTHS_RU[at.month - 1]}"


# -- statements -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement as its channel writes it: heading (maybe none), body, its language."""

    heading: str | None
    body: str
    ru: bool
    alt_heading: str | None = None  # how an agency words its heading over the same body

    @property
    def text(self) -> str:
        return f"{self.heading}\n\n{self.body}" if self.heading else self.body


def attack(c: Country, at: datetime, dead: int, ru: bool) -> Statement:
    if ru:
        return Statement(
            f"Заявление МИД России в связи с террористическим актом в {c.prep}",
            f"В Москве решительно осуждают террористический акт, совершённый {date_ru(at)} в"
            f" городе {c.city_ru} ({c.nom}), в результате которого погибли {dead} человек,"
            " ещё несколько десятков получили ранения.\n\n"
            "Выражаем глубокие соболезнования родным и близким погибших, желаем скорейшего"
            f" выздоровления всем пострадавшим. Разделяем скорбь дружественного народа {c.gen}"
            " и выражаем солидарность с его руководством.\n\n"
            "Никакие цели не могут служить оправданием подобных бесчеловечных преступлений"
            " против мирных граждан. Рассчитываем, что организаторы и исполнители этого"
            " злодеяния будут в кратчайшие сроки установлены и понесут заслуженное"
            " наказание.\n\n"
            "Подтверждаем готовность и далее наращивать взаимодействие с властями"
            f" {c.gen} в борьбе с угрозой терроризма как в двустороннем формате, так и на"
            " многосторонних площадках, прежде всего в ООН.",
            True,
            f"МИД России осудил теракт в городе {c.city_ru}, унёсший жизни {dead} человек",
        )
    return Statement(
        f"Foreign Ministry statement on the terrorist attack in {c.en}",
        f"Moscow strongly condemns the terrorist attack committed on {date_en(at)} in"
        f" {c.city_en}, {c.en}, which killed {dead} people and left dozens more injured.\n\n"
        "We extend our deepest condolences to the families and friends of the victims and wish"
        " a speedy recovery to all those injured. We share the grief of the friendly people of"
        f" {c.en} and express our solidarity with its leadership.\n\n"
        "There can be no justification for such inhuman crimes against civilians. We expect"
        " that the organisers and perpetrators of this atrocity will be swiftly identified and"
        " receive the punishment they deserve.\n\n"
        f"We reaffirm our readiness to further step up cooperation with the authorities of"
        f" {c.en} in countering the terrorist threat, both bilaterally and on multilateral"
        " platforms, primarily at the UN.",
        False,
        f"Russia condemns the {c.city_en} attack that killed {dead}, Foreign Ministry says",
    )


def attack_flash(c: Country, ru: bool) -> Statement:
    if ru:
        return Statement(None, f"МИД России осудил теракт в {c.prep}", True)
    return Statement(None, f"Russian MFA condemns terrorist attack in {c.en}", False)


def briefing(at: datetime, hour: str, ru: bool) -> Statement:
    if ru:
        return Statement(
            None,
            f"🔴 {date_ru(at)} в {hour} по московскому времени состоится брифинг официального"
            " представителя МИД России М.В.Захаровой по актуальным вопросам внешней политики."
            "\n\n📍 Прямая трансляция — на сайте МИД России, в нашем канале и в сообществе"
            " ВКонтакте.",
            True,
        )
    return Statement(
        None,
        f"🔴 On {date_en(at)}, at {hour} Moscow time, Foreign Ministry Spokeswoman Maria"
        " Zakharova will hold a briefing on current foreign policy issues.\n\n📍 Watch it live"
        " on the Ministry's website, on our channel and on our VK page.",
        False,
    )


def briefing_live(at: datetime, ru: bool) -> Statement:
    if ru:
        return Statement(None, f"🔴 LIVE: Брифинг М.В.Захаровой, {date_ru(at)}", True)
    return Statement(None, f"🔴 LIVE: Briefing by Maria Zakharova, {date_en(at)}", False)


DEPUTIES = [
    ("Mikhail Galuzin", "М.Ю.Галузин"),
    ("Andrey Rudenko", "А.Ю.Руденко"),
    ("Sergey Vershinin", "С.В.Вершинин"),
    ("Alexander Grushko", "А.В.Грушко"),
]

TOPICS_EN = [
    "topical issues of the bilateral agenda, including the schedule of upcoming contacts",
    "the implementation of agreements reached at the highest level and trade and economic"
    " cooperation",
    "the situation in the region and coordination within the UN and other multilateral"
    " organisations",
]
TOPICS_RU = [
    "актуальные вопросы двусторонней повестки дня, в том числе график предстоящих контактов",
    "ход реализации договорённостей, достигнутых на высшем уровне, и торгово-экономическое"
    " сотрудничество",
    "ситуацию в регионе и координацию действий в ООН и других многосторонних организациях",
]


def ambassador(
    c: Country, at: datetime, deputy: int, topic: int, named: bool, ru: bool
) -> Statement:
    en_name, ru_name = DEPUTIES[deputy]
    if ru:
        who = f" {c.amb_ru}" if named else ""
        return Statement(
            None,
            f"{date_ru(at)} заместитель Министра иностранных дел Российской Федерации"
            f" {ru_name} принял Посла {c.gen} в Москве{who}.\n\nВ ходе беседы обсуждены"
            f" {TOPICS_RU[topic]}.",
            True,
        )
    who = f" {c.amb_en}" if named else ""
    return Statement(
        None,
        f"On {date_en(at)}, Deputy Foreign Minister {en_name} met with Ambassador of {c.en}"
        f" to Russia{who}.\n\nThe parties discussed {TOPICS_EN[topic]}.",
        False,
    )


def phone_call(c: Country, at: datetime, topic: int, ru: bool) -> Statement:
    if ru:
        return Statement(
            f"О телефонном разговоре Министра иностранных дел России С.В.Лаврова с Министром"
            f" иностранных дел {c.gen}",
            f"{date_ru(at)} состоялся телефонный разговор Министра иностранных дел Российской"
            f" Федерации С.В.Лаврова с Министром иностранных дел {c.gen} по просьбе"
            " партнёров.\n\n"
            f"Министры обсудили {TOPICS_RU[topic]}. Условлено продолжить тесные контакты на"
            " различных уровнях.",
            True,
            f"Лавров провёл телефонные переговоры с главой МИД {c.gen}",
        )
    return Statement(
        f"Sergey Lavrov's telephone conversation with Foreign Minister of {c.en} {c.fm_en}",
        f"On {date_en(at)}, Foreign Minister Sergey Lavrov had a telephone conversation with"
        f" Foreign Minister of {c.en} {c.fm_en} at the request of the {c.en} side.\n\n"
        f"The ministers discussed {TOPICS_EN[topic]}. They agreed to maintain close contacts"
        " at various levels.",
        False,
        f"Lavrov, {c.fm_en} hold phone talks",
    )


def consular(c: Country, first: datetime, second: datetime, ru: bool) -> Statement:
    back = second + timedelta(days=1)
    if ru:
        return Statement(
            None,
            f"❗️ В связи с национальными праздниками в {c.prep} консульский отдел Посольства"
            f" России в {c.capital_ru_prep} не будет осуществлять приём граждан {date_ru(first)}"
            f" и {date_ru(second)}.\n\nПриём документов возобновится в обычном режиме"
            f" {date_ru(back)}. В экстренных случаях обращайтесь по телефону дежурного"
            " дипломата.",
            True,
        )
    return Statement(
        None,
        f"❗️ Due to public holidays in {c.en}, the Consular Section of the Russian Embassy in"
        f" {c.capital_en} will be closed on {date_en(first)} and {date_en(second)}.\n\n"
        f"Applications will be accepted as usual from {date_en(back)}. In an emergency, please"
        " call the duty diplomat.",
        False,
    )


def visa_centre(c: Country, at: datetime, resumes: bool, ru: bool) -> Statement:
    if ru:
        verb = "возобновляет" if resumes else "приостанавливает"
        return Statement(
            None,
            f"Визовый центр России в {c.capital_ru_prep} с {date_ru(at)} {verb} приём"
            " документов на оформление виз. Подробности — на сайте Посольства.",
            True,
        )
    verb = "resumes" if resumes else "suspends"
    return Statement(
        None,
        f"From {date_en(at)}, the Russian Visa Centre in {c.capital_en} {verb} accepting visa"
        " applications. Details are on the Embassy's website.",
        False,
    )


DISASTERS = [
    ("earthquake", "землетрясения"),
    ("devastating floods", "разрушительного наводнения"),
    ("typhoon", "тайфуна"),
    ("landslide", "схода оползня"),
    ("mine explosion", "взрыва на угольной шахте"),
    ("fire at a market", "пожара на рынке"),
    ("passenger plane crash", "крушения пассажирского самолёта"),
    ("ferry disaster", "крушения парома"),
]


def condolences(c: Country, disaster: int, ru: bool) -> Statement:
    en, ru_word = DISASTERS[disaster]
    if ru:
        return Statement(
            None,
            f"Министр иностранных дел России С.В.Лавров направил послание соболезнования"
            f" Министру иностранных дел {c.gen} {c.fm_ru} в связи с многочисленными жертвами"
            f" {ru_word}.\n\n«Просим передать слова искреннего сочувствия и поддержки семьям"
            " погибших, пожелания скорейшего выздоровления всем пострадавшим», — говорится в"
            " послании.",
            True,
        )
    return Statement(
        None,
        f"Foreign Minister Sergey Lavrov sent a message of condolences to Foreign Minister of"
        f" {c.en} {c.fm_en} over the numerous casualties of the {en}.\n\n“Please convey words of"
        " sincere sympathy and support to the families of the victims, and wishes of a speedy"
        " recovery to all those injured,” the message reads.",
        False,
    )


def national_day(c: Country, ru: bool) -> Statement:
    if ru:
        return Statement(
            None,
            f"🎉 С.В.Лавров направил поздравительное послание Министру иностранных дел"
            f" {c.gen} {c.fm_ru} по случаю {c.day_ru}.\n\nВ послании отмечается традиционно"
            " дружественный характер отношений между нашими странами и выражается уверенность в"
            " их дальнейшем поступательном развитии на благо двух народов.",
            True,
        )
    return Statement(
        None,
        f"🎉 Sergey Lavrov sent a message of greetings to Foreign Minister of {c.en} {c.fm_en}"
        f" on the occasion of {c.day_en}.\n\nThe message notes the traditionally friendly"
        " relations between our countries and expresses confidence in their further steady"
        " development for the benefit of our two peoples.",
        False,
    )


def death_toll(c: Country, disaster: int, dead: int, injured: int, ru: bool) -> Statement:
    en, ru_word = DISASTERS[disaster]
    if ru:
        return Statement(
            None,
            f"Число погибших в результате {ru_word} в {c.prep} возросло до {dead}, сообщили в"
            f" местном ведомстве по чрезвычайным ситуациям. Пострадали более {injured}"
            " человек.",
            True,
        )
    return Statement(
        None,
        f"The death toll from the {en} in {c.en} has risen to {dead}, the country's emergency"
        f" management agency said. More than {injured} people were injured.",
        False,
    )


def rates(at: datetime, usd: str, eur: str, cny: str, ru: bool) -> Statement:
    if ru:
        return Statement(
            None,
            f"💵 Банк России установил официальные курсы валют на {date_ru(at)}: доллар США —"
            f" {usd} руб., евро — {eur} руб., юань — {cny} руб.",
            True,
        )
    usd_en, eur_en, cny_en = (x.replace(",", ".") for x in (usd, eur, cny))
    return Statement(
        None,
        f"The Bank of Russia has set the official exchange rates for {date_en(at)}: US dollar"
        f" {usd_en} roubles, euro {eur_en} roubles, yuan {cny_en} roubles.",
        False,
    )


def weather(at: datetime, low: int, high: int, sky: int, ru: bool) -> Statement:
    skies_ru = [
        "облачно, небольшой снег",
        "облачно с прояснениями, без осадков",
        "пасмурно, мокрый снег",
        "ясно, без осадков",
    ]
    skies_en = [
        "cloudy with light snow",
        "partly cloudy, no precipitation",
        "overcast with sleet",
        "clear, no precipitation",
    ]
    day = at.weekday()
    if ru:
        return Statement(
            None,
            f"🌡 Погода в Москве в {WEEKDAYS_RU[day]}, {date_ru(at)}: {skies_ru[sky]}, ночью"
            f" {low:+d}…{low - 2:+d}, днём {high:+d}…{high + 2:+d} градусов. Атмосферное"
            " давление будет расти.",
            True,
        )
    return Statement(
        None,
        f"🌡 Moscow weather for {WEEKDAYS_EN[day]}, {date_en(at)}: {skies_en[sky]}, {low:+d} to"
        f" {low - 2:+d}°C at night, {high:+d} to {high + 2:+d}°C in the daytime. Atmospheric"
        " pressure will rise.",
        False,
    )


CLUBS = [
    ("Zenit", "Зенит"),
    ("Spartak", "Спартак"),
    ("CSKA", "ЦСКА"),
    ("Lokomotiv", "Локомотив"),
    ("Dynamo", "Динамо"),
    ("Krasnodar", "Краснодар"),
    ("Rostov", "Ростов"),
    ("Rubin", "Рубин"),
]


def football(home: int, away: int, score: tuple[int, int], round_: int, ru: bool) -> Statement:
    (h_en, h_ru), (a_en, a_ru) = CLUBS[home], CLUBS[away]
    if ru:
        return Statement(
            None,
            f"⚽️ «{h_ru}» и «{a_ru}» сыграли со счётом {score[0]}:{score[1]} в матче {round_}-го"
            " тура Российской премьер-лиги.",
            True,
        )
    return Statement(
        None,
        f"⚽️ {h_en} and {a_en} played {score[0]}-{score[1]} in round {round_} of the Russian"
        " Premier League.",
        False,
    )


def arrival(c: Country, ru: bool) -> Statement:
    if ru:
        return Statement(None, f"✈️ С.В.Лавров прибыл с рабочим визитом в {c.capital_ru_acc}", True)
    return Statement(None, f"✈️ Sergey Lavrov arrives in {c.capital_en} for talks", False)


REGIONS = [
    ("northern", "северные"),
    ("southern", "южные"),
    ("eastern", "восточные"),
    ("border", "приграничные"),
]


def advisory(c: Country, region: int, ru: bool) -> Statement:
    en, ru_word = REGIONS[region]
    if ru:
        return Statement(
            None,
            f"⚠️ В связи с ухудшением обстановки Посольство России в {c.capital_ru_prep}"
            f" настоятельно рекомендует российским гражданам воздержаться от поездок в {ru_word}"
            f" районы {c.gen}.\n\nНаходящимся там соотечественникам следует соблюдать"
            " повышенную осторожность и следить за сообщениями местных властей.",
            True,
        )
    return Statement(
        None,
        f"⚠️ Due to the deteriorating situation, the Russian Embassy in {c.capital_en} strongly"
        f" advises Russian citizens against travelling to the {en} regions of {c.en}.\n\n"
        "Compatriots who are there should exercise increased caution and follow the local"
        " authorities' announcements.",
        False,
    )


def talking_points(at: datetime, topics: list[tuple[str, str]], ru: bool) -> Statement:
    if ru:
        items = "\n".join(f"🔹 {r}" for _, r in topics)
        return Statement(
            f"Брифинг официального представителя МИД России М.В.Захаровой, {date_ru(at)}",
            f"Основные темы:\n\n{items}\n\nСмотрите полную видеозапись на нашем сайте.",
            True,
        )
    items = "\n".join(f"🔹 {e}" for e, _ in topics)
    return Statement(
        f"Briefing by Foreign Ministry Spokeswoman Maria Zakharova, {date_en(at)}",
        f"Key talking points:\n\n{items}\n\nWatch the full video on our website.",
        False,
    )


TALKING = [
    ("The Ukraine crisis", "Украинский кризис"),
    ("The situation around the Zaporozhye NPP", "Ситуация вокруг Запорожской АЭС"),
    ("The EU's 19th package of sanctions", "19-й пакет антироссийских санкций ЕС"),
    ("The 80th anniversary of the UN", "80-летие ООН"),
    ("The ceasefire in the Gaza Strip", "Прекращение огня в секторе Газа"),
    ("The BRICS summit preparations", "Подготовка к саммиту БРИКС"),
    ("The Forum of Young Diplomats", "Форум молодых дипломатов"),
    ("The situation in Syria", "Ситуация в Сирии"),
    ("Attacks on Russian journalists", "Нападения на российских журналистов"),
    ("The Moldovan elections", "Выборы в Молдавии"),
]


# Statements written out once, each its own story: (heading, alt heading, body), long.
LONG_EN = [
    (
        "Comment by Foreign Ministry Spokeswoman Maria Zakharova on the situation around the"
        " Zaporozhye Nuclear Power Plant",
        "Zakharova: Kiev's drone strikes on Zaporozhye NPP risk a nuclear incident",
        "We have taken note of the latest report by IAEA Director General Rafael Grossi on the"
        " situation at the Zaporozhye NPP. It records yet another series of drone attacks on"
        " the plant's infrastructure, including the training centre and the area near the"
        " spent fuel storage facility.\n\n"
        "We regret that the Agency's Secretariat once again avoids naming the party behind these"
        " strikes, although the facts leave no doubt. The Ukrainian armed forces have shelled"
        " the station and the city of Energodar for more than three years, endangering not only"
        " the plant's personnel but millions of people in Europe.\n\n"
        "We call on the IAEA leadership and on the countries that supply Kiev with weapons to"
        " give these actions a clear and unambiguous assessment. Keeping silent only encourages"
        " the Kiev regime to continue its reckless nuclear provocations.\n\n"
        "For its part, Russia will continue to ensure the physical protection and safe"
        " operation of the plant in close cooperation with the IAEA experts permanently"
        " present at the site, and to provide the Agency with full and reliable information.",
    ),
    (
        "Statement by the Foreign Ministry on the 80th anniversary of the United Nations",
        "Russia marks UN's 80th anniversary with call to respect the Charter",
        "On October 24, 2025, the international community marks the 80th anniversary of the"
        " entry into force of the Charter of the United Nations. The Organisation was created"
        " by the victors of the Second World War so that the horrors of that war would never"
        " be repeated.\n\n"
        "Over eight decades, the UN has proved its indispensability as the central mechanism"
        " for coordinating states' efforts to maintain international peace and security,"
        " promote sustainable development and protect human rights. The Security Council, with"
        " its permanent members bearing special responsibility, remains at the heart of this"
        " system.\n\n"
        "Today, the purposes and principles of the Charter are being tested as never before."
        " Attempts to replace international law with a so-called rules-based order, to impose"
        " unilateral sanctions bypassing the Security Council and to use the Secretariat in"
        " narrow interests undermine the Organisation's authority.\n\n"
        "Russia, as a founding member of the UN and a permanent member of the Security Council,"
        " stands ready to work with all countries to strengthen the Organisation on the basis"
        " of the sovereign equality of states, respect for the Charter in its entirety and"
        " interconnection, and the search for a balance of interests.\n\n"
        "We are convinced that the reform of the Organisation, including that of the Security"
        " Council, should be aimed at making it more representative through the greater"
        " participation of the countries of Asia, Africa and Latin America, and should be"
        " based on the broadest possible agreement of member states, without artificial"
        " deadlines. Attempts to push through half-baked formulas that split the membership"
        " will only weaken the UN at a time when the world needs it most.",
    ),
    (
        "Foreign Ministry statement on new EU restrictive measures",
        "Moscow vows response to EU's 19th sanctions package",
        "On October 23, the Council of the European Union adopted yet another, nineteenth,"
        " package of illegitimate unilateral restrictive measures against Russia. It targets"
        " our energy sector, banks, and dozens of Russian and third-country companies, as well"
        " as the so-called shadow fleet.\n\n"
        "Brussels keeps stubbornly ignoring the obvious: the sanctions have failed to achieve"
        " their declared goals, while the European economy and ordinary Europeans bear the"
        " brunt of the losses. Energy prices in the EU remain well above pre-crisis levels, and"
        " industrial production in a number of member states continues to decline.\n\n"
        "The EU's attempts to extend its jurisdiction to third countries and to punish them for"
        " legitimate trade with Russia are a gross violation of international law and of the"
        " WTO's rules.\n\n"
        "We will respond to these hostile steps on the basis of our national interests. The"
        " European Union bears full responsibility for the consequences of its"
        " confrontational course.",
    ),
    (
        "Foreign Minister Sergey Lavrov's greetings to the participants in the International"
        " Forum of Young Diplomats",
        "Lavrov greets young diplomats' forum in Moscow",
        "Dear friends,\n\n"
        "I am glad to welcome the participants and guests of the International Forum of Young"
        " Diplomats, which brings together representatives of more than 60 countries in Moscow"
        " this year.\n\n"
        "Your meeting is taking place at a time of profound changes in international relations,"
        " when a fairer, multipolar world order is emerging. Its foundation should be mutual"
        " respect, equality and a readiness to look for common ground even on the most complex"
        " issues. It is your generation that will have to build this world.\n\n"
        "I am confident that the forum will serve as a good platform for a frank exchange of"
        " views and for establishing personal contacts that will be useful in your future"
        " professional activities.\n\n"
        "I wish you productive work and all the best.",
    ),
    (
        "Russia's position on the situation in the Middle East",
        "MFA outlines Russia's stance on Gaza ceasefire",
        "Russia welcomes the ceasefire agreement in the Gaza Strip and the exchange of hostages"
        " and detainees that has begun. We hope that all the parties will strictly observe the"
        " agreements reached and refrain from steps that could derail them.\n\n"
        "The humanitarian situation in the enclave remains catastrophic. It is essential to"
        " ensure the unhindered delivery of food, medicine and fuel to all those in need and to"
        " begin restoring the destroyed civilian infrastructure as soon as possible.\n\n"
        "We proceed from the premise that a lasting settlement is only possible on the"
        " universally recognised international legal basis, which provides for the creation of"
        " an independent Palestinian state within the 1967 borders, with East Jerusalem as its"
        " capital, coexisting in peace and security with Israel.\n\n"
        "Russia is ready to contribute to these efforts, including within the UN Security"
        " Council and in cooperation with the Arab countries.",
    ),
]

LONG_RU = [
    (
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с ситуацией"
        " вокруг Запорожской АЭС",
        "Захарова: удары ВСУ по Запорожской АЭС грозят ядерным инцидентом",
        "Обратили внимание на очередной доклад Генерального директора МАГАТЭ Р.Гросси о"
        " ситуации на Запорожской АЭС. В нём зафиксирована новая серия атак беспилотников на"
        " инфраструктуру станции, в том числе на учебно-тренировочный центр и район хранилища"
        " отработанного ядерного топлива.\n\n"
        "Сожалеем, что Секретариат Агентства вновь уклоняется от того, чтобы назвать сторону,"
        " стоящую за этими ударами, хотя факты не оставляют сомнений. Украинские вооружённые"
        " формирования более трёх лет обстреливают станцию и город Энергодар, подвергая"
        " опасности не только персонал АЭС, но и миллионы жителей Европы.\n\n"
        "Призываем руководство МАГАТЭ и страны, снабжающие Киев оружием, дать этим действиям"
        " чёткую и недвусмысленную оценку. Молчание лишь поощряет киевский режим к продолжению"
        " безрассудных ядерных провокаций.\n\n"
        "Со своей стороны Россия продолжит обеспечивать физическую защиту и безопасную"
        " эксплуатацию станции в тесном взаимодействии с постоянно присутствующими на площадке"
        " экспертами МАГАТЭ и предоставлять Агентству полную и достоверную информацию.",
    ),
    (
        "Заявление МИД России в связи с 80-летием Организации Объединённых Наций",
        "В МИД России призвали уважать Устав ООН в год её 80-летия",
        "24 октября 2025 года мировое сообщество отмечает 80-ю годовщину вступления в силу"
        " Устава Организации Объединённых Наций. Организация была создана победителями во"
        " Второй мировой войне, чтобы ужасы той войны никогда не повторились.\n\n"
        "За восемь десятилетий ООН доказала свою незаменимость как центральный механизм"
        " координации усилий государств по поддержанию международного мира и безопасности,"
        " содействию устойчивому развитию и защите прав человека. Сердцевиной этой системы"
        " остаётся Совет Безопасности, постоянные члены которого несут особую"
        " ответственность.\n\n"
        "Сегодня цели и принципы Устава подвергаются испытанию как никогда. Попытки подменить"
        " международное право так называемым «порядком, основанным на правилах», вводить в"
        " обход Совета Безопасности односторонние санкции и использовать Секретариат в узких"
        " интересах подрывают авторитет Организации.\n\n"
        "Россия как государство — основатель ООН и постоянный член Совета Безопасности готова"
        " работать со всеми странами над укреплением Организации на основе суверенного"
        " равенства государств, уважения Устава во всей его полноте и взаимосвязи, поиска"
        " баланса интересов.\n\n"
        "Убеждены, что реформа Организации, в том числе Совета Безопасности, должна быть"
        " нацелена на повышение её представительности за счёт более широкого участия стран"
        " Азии, Африки и Латинской Америки и опираться на максимально широкое согласие"
        " государств-членов, без искусственных сроков. Попытки продавить сырые формулы,"
        " раскалывающие членский состав, лишь ослабят ООН в момент, когда она особенно нужна"
        " миру.",
    ),
    (
        "Заявление МИД России в связи с новыми ограничительными мерами ЕС",
        "Москва ответит на 19-й пакет санкций Евросоюза — МИД",
        "23 октября Совет Европейского союза утвердил очередной, девятнадцатый, пакет"
        " нелегитимных односторонних ограничительных мер против России. Он направлен против"
        " нашего энергетического сектора, банков, десятков российских компаний и компаний"
        " третьих стран, а также так называемого «теневого флота».\n\n"
        "В Брюсселе продолжают упорно игнорировать очевидное: санкции не достигли заявленных"
        " целей, а основной удар по-прежнему приходится на европейскую экономику и простых"
        " европейцев. Цены на энергоносители в ЕС остаются значительно выше докризисного"
        " уровня, а промышленное производство в ряде стран-членов продолжает снижаться.\n\n"
        "Попытки Евросоюза распространить свою юрисдикцию на третьи страны и наказывать их за"
        " законную торговлю с Россией — грубое нарушение норм международного права и правил"
        " ВТО.\n\n"
        "Мы будем отвечать на эти враждебные шаги исходя из наших национальных интересов. Вся"
        " ответственность за последствия конфронтационного курса лежит на Европейском союзе.",
    ),
    (
        "Приветствие Министра иностранных дел России С.В.Лаврова участникам Международного"
        " форума молодых дипломатов",
        "Лавров приветствовал участников форума молодых дипломатов",
        "Дорогие друзья!\n\n"
        "Рад приветствовать участников и гостей Международного форума молодых дипломатов,"
        " который в этом году собрал в Москве представителей более 60 государств.\n\n"
        "Ваша встреча проходит в период глубоких перемен в международных отношениях, когда"
        " формируется более справедливый, многополярный миропорядок. Его основой должны стать"
        " взаимное уважение, равноправие, готовность искать точки соприкосновения даже по"
        " самым сложным вопросам. Выстраивать этот мир предстоит именно вашему поколению.\n\n"
        "Уверен, что форум послужит хорошей площадкой для откровенного обмена мнениями и"
        " установления личных контактов, которые пригодятся вам в дальнейшей профессиональной"
        " деятельности.\n\n"
        "Желаю вам плодотворной работы и всего самого доброго.",
    ),
    (
        "О позиции России в связи с ситуацией на Ближнем Востоке",
        "МИД изложил позицию России по прекращению огня в Газе",
        "Россия приветствует договорённость о прекращении огня в секторе Газа и начавшийся"
        " обмен заложниками и задержанными. Рассчитываем, что все стороны будут неукоснительно"
        " соблюдать достигнутые договорённости и воздерживаться от шагов, способных их"
        " сорвать.\n\n"
        "Гуманитарная ситуация в анклаве остаётся катастрофической. Необходимо обеспечить"
        " беспрепятственную доставку продовольствия, медикаментов и топлива всем нуждающимся и"
        " как можно скорее приступить к восстановлению разрушенной гражданской"
        " инфраструктуры.\n\n"
        "Исходим из того, что прочное урегулирование возможно лишь на общепризнанной"
        " международно-правовой основе, предусматривающей создание независимого палестинского"
        " государства в границах 1967 года со столицей в Восточном Иерусалиме,"
        " сосуществующего в мире и безопасности с Израилем.\n\n"
        "Россия готова содействовать этим усилиям, в том числе в Совете Безопасности ООН и во"
        " взаимодействии с арабскими странами.",
    ),
]


# -- copies -----------------------------------------------------------------------------------

KINDS = [
    "forward",
    "forwarded_line",
    "emoji_tags",
    "link",
    "signature",
    "footer",
    "typeset",
    "caps",
    "yo",
    "typo_fixed",
    "heading",
    "read_more",
    "next_day",
    "feed",
    "html",
    "abridged",
    "attribution",
    "combined",
    "no_heading",
    "bullets",
    "dump_header",
    "joined",
    "no_emoji",
    "tags_stripped",
]
HEADED_KINDS = ["heading", "no_heading", "abridged", "read_more", "combined", "bullets", "joined"]
SHORT_KINDS = [
    "forward",
    "forwarded_line",
    "emoji_tags",
    "link",
    "signature",
    "typeset",
    "caps",
    "footer",
    "no_emoji",
    "dump_header",
    "tags_stripped",
]


def _retype(text: str, ru: bool) -> str:
    """Quotes, dashes and spaces as another editor types them."""
    out = text.replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')
    out = out.replace(" — ", " - ").replace("…", "...")
    if not ru:
        out = out.replace("’", "'").replace("'", "’")
    out = re.sub(r"(\d) (\w)", "\\1\u00a0\\2", out)
    return out.replace(". ", ".  ", 2)


_TYPO_WORD = re.compile(r"\b[a-zа-яё]{7,}\b")


def _typo(rng: random.Random, text: str) -> str:
    """``text`` with two neighbouring letters of one lower-case word swapped."""
    words = list(_TYPO_WORD.finditer(text))
    m = words[rng.randrange(len(words))]
    w = m.group()
    i = rng.randrange(2, len(w) - 2)
    typo = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return text[: m.start()] + typo + text[m.end() :]


# Words the ministry's channels tag inline ("С.В.#Лавров" is written "#Лавров" here).
_TAGGABLE = re.compile(r"\b(?:Lavrov|Zakharova|BRICS|UN|Лавров|Захаров[аой]|БРИКС|ООН)\b")


def _html(st: Statement, entities: bool) -> str:
    body = st.body
    if entities:
        body = (
            body.replace("«", "&laquo;")
            .replace("»", "&raquo;")
            .replace(" — ", "&nbsp;&mdash; ")
            .replace("“", "&ldquo;")
            .replace("”", "&rdquo;")
        )
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))


def _read_more(rng: random.Random, st: Statement) -> str:
    words = st.text.split(" ")
    cut = max(14, int(len(words) * rng.uniform(0.35, 0.6)))
    head = " ".join(words[:cut]).rstrip(",.;:")
    if st.ru:
        tail = rng.choice(
            [
                "\n\nЧитать далее: https://mid.ru/ru/foreign_policy/news/",
                "\n\n👉 Читать полностью",
                " Подробнее →",
            ]
        )
    else:
        tail = rng.choice(
            [
                "\n\nRead more: https://mid.ru/en/foreign_policy/news/",
                "\n\n👉 Read more",
                " Read more →",
            ]
        )
    if tail.endswith("/"):
        tail += str(rng.randrange(1_990_000, 2_060_000)) + "/"
    return head + "…" + tail


@dataclass(frozen=True, slots=True)
class Copy:
    source: SourceRef
    text: str
    hours: float
    title: str | None = None
    forwarded_from: Forward | None = None


def make_copy(rng: random.Random, st: Statement, kind: str, home: SourceRef, at: datetime) -> Copy:
    ru = st.ru
    reposter, signature = rng.choice(REPOST_RU if ru else REPOST_EN)
    origin = Forward(name=home.title, source_key=home.key, username=home.username)
    hours = rng.uniform(0.1, 5)
    text = st.text
    if kind == "forward":
        return Copy(reposter, text, hours, forwarded_from=origin)
    if kind == "forwarded_line":
        line = f"Переслано из {home.title}" if ru else f"Forwarded from {home.title}"
        return Copy(DUMP, f"{line}\n{text}", hours)
    if kind == "emoji_tags":
        lead = rng.choice(["⚡️ ", "❗️ ", "🔥 ", "🇷🇺 ", "📌 "])
        tags = rng.choice(
            ["#МИД #Россия #дипломатия", "#Захарова #МИД", "#новости #мир"]
            if ru
            else ["#Russia #MFA #diplomacy", "#Lavrov #news", "#breaking"]
        )
        return Copy(reposter, f"{lead}{text}\n\n{tags}", hours)
    if kind == "link":
        lang = "ru" if ru else "en"
        url = f"https://mid.ru/{lang}/foreign_policy/news/{rng.randrange(1_990_000, 2_060_000)}/"
        return Copy(reposter, f"{text}\n\n🔗 {url}", hours)
    if kind == "signature":
        return Copy(reposter, text + (signature or "\n\n— @" + (reposter.username or "")), hours)
    if kind == "footer":
        return Copy(reposter, text + (FOOTER_RU if ru else FOOTER_EN), hours)
    if kind == "typeset":
        return Copy(reposter, _retype(text, ru), hours)
    if kind == "caps":
        if st.heading:
            return Copy(reposter, f"{st.heading.upper()}\n\n{st.body}", hours)
        first, _, rest = text.partition(". ")
        return Copy(reposter, f"{first.upper()}. {rest}" if rest else text.upper(), hours)
    if kind == "yo":
        return Copy(reposter, text.replace("ё", "е").replace("Ё", "Е"), hours)
    if kind == "typo_fixed":
        return Copy(reposter, text, hours)  # the original has the typo (see build)
    if kind == "heading":
        assert st.alt_heading is not None
        return Copy(reposter, f"{st.alt_heading}\n\n{st.body}", hours)
    if kind == "read_more":
        return Copy(reposter, _read_more(rng, st), hours)
    if kind == "next_day":
        if rng.random() < 0.4:
            return Copy(home, text, rng.uniform(20, 30))  # the channel posts it again
        return Copy(reposter, text + signature, rng.uniform(20, 30))
    if kind == "feed":
        feed = FEED_RU if ru else FEED_EN
        title = st.heading or st.text.split("\n")[0][:80]
        body = html_to_text(_html(st, entities=True)) if st.heading else st.text
        return Copy(feed, body, rng.uniform(0.05, 1), title=title)
    if kind == "abridged":
        # An agency quotes the heading and the first half of the paragraphs, nothing else.
        paragraphs = st.body.split("\n\n")
        kept = "\n\n".join(paragraphs[: max(1, (len(paragraphs) + 1) // 2)])
        return Copy(reposter, f"{st.heading}\n\n{kept}" if st.heading else kept, hours)
    if kind == "attribution":
        said = rng.choice(
            ["МИД России:", "Из заявления МИД РФ:", "Официально:"]
            if ru
            else ["Russian Foreign Ministry:", "From the MFA statement:", "Official:"]
        )
        return Copy(reposter, f"{said}\n\n{text}{signature}", hours)
    if kind == "combined":
        # A reposter's emoji and capitals over the heading, retyped, cut with "Read more".
        lead = rng.choice(["⚡️ ", "❗️ ", "🔴 "])
        cut = Statement(st.heading.upper() if st.heading else None, st.body, ru)
        return Copy(reposter, lead + _retype(_read_more(rng, cut), ru) + signature, hours)
    if kind == "no_heading":
        return Copy(reposter, st.body + signature, hours)
    if kind == "bullets":
        mark = rng.choice(["•", "▪️", "—", "-"])
        return Copy(reposter, text.replace("🔹", mark), hours)
    if kind == "dump_header":
        # Telegram Desktop's copy of a message pasted into a dump: who and when, then the
        # message ("MFA Russia 🇷🇺, [06.10.2025 14:40]").
        when = at + timedelta(minutes=rng.randrange(1, 10))
        return Copy(DUMP, f"{home.title}, [{when:%d.%m.%Y %H:%M}]\n{text}", hours)
    if kind == "joined":
        # An aggregator runs the paragraphs into one.
        return Copy(reposter, text.replace("\n\n", " ").replace("\n", " "), hours)
    if kind == "no_emoji":
        return Copy(reposter, re.sub(r"^[^\w«\"“]+", "", text), hours)
    if kind == "tags_stripped":
        return Copy(reposter, text + signature, hours)  # the original has the signs
    if kind == "html":
        html = _html(st, entities=True)
        if st.heading:
            html = f"<p><b>{st.heading}</b></p>{html}"
        return Copy(SCRAPER, html, hours)
    raise ValueError(kind)


# -- the set ----------------------------------------------------------------------------------


class _Set:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.rows: list[tuple[datetime, Post, str]] = []
        self.count = 0
        self.kind_turn = 0
        self.short_turn = 0
        self.headed_turn = 0

    def post(
        self,
        story: str,
        source: SourceRef,
        at: datetime,
        text: str,
        *,
        title: str | None = None,
        forwarded_from: Forward | None = None,
        kind: str = "",
    ) -> None:
        """One post; its external id names its copy's kind (the wrong decisions show it)."""
        self.count += 1
        ext = f"{source.username or source.key.rsplit('/', 1)[-1]}-{self.count}"
        if kind:
            ext += f"-{kind}"
        post = Post(
            source=source,
            external_id=ext,
            published_at=at,
            text=text,
            title=title,
            forwarded_from=forwarded_from,
        )
        self.rows.append((at, post, story))

    def story(
        self, story: str, st: Statement, home: SourceRef, at: datetime, copies: int | None = None
    ) -> None:
        """``st`` published by ``home`` at ``at``, and its copies (drawn kinds, in turn)."""
        rng = self.rng
        if copies is None:
            copies = rng.choice([0, 1, 1, 1, 2, 2, 3])
        brief = "\n" not in st.body and len(st.body.split()) < 14
        kinds: list[str] = []
        if copies and st.heading is not None:
            # A statement under a heading: its first copy is one that treats the heading or
            # the paragraphs otherwise (the other kinds come round for every statement).
            headed = [k for k in HEADED_KINDS if k != "heading" or st.alt_heading]
            headed = [k for k in headed if k != "bullets" or "🔹" in st.text]
            kinds.append(headed[self.headed_turn % len(headed)])
            self.headed_turn += 1
            copies -= 1
        for _ in range(copies):
            if brief:
                for _ in range(len(SHORT_KINDS)):
                    kind = SHORT_KINDS[self.short_turn % len(SHORT_KINDS)]
                    self.short_turn += 1
                    if kind == "no_emoji" and st.text[:1].isalnum():
                        continue
                    if kind == "tags_stripped" and not _TAGGABLE.search(st.text):
                        continue
                    break
                kinds.append(kind)
                continue
            for _ in range(len(KINDS)):
                kind = KINDS[self.kind_turn % len(KINDS)]
                self.kind_turn += 1
                if kind == "yo" and "ё" not in st.text:
                    continue
                if kind == "heading" and st.alt_heading is None:
                    continue
                if kind == "typo_fixed" and not _TYPO_WORD.search(st.text):
                    continue
                if kind == "abridged" and st.body.count("\n\n") < 2:
                    continue
                if kind in ("read_more", "combined") and len(st.text.split()) < 40:
                    continue  # a preview is cut from a long post
                if kind == "no_heading" and st.heading is None:
                    continue
                if kind == "bullets" and "🔹" not in st.text:
                    continue
                if kind == "joined" and "\n\n" not in st.body:
                    continue
                if kind == "no_emoji" and st.text[:1].isalnum():
                    continue
                if kind == "tags_stripped" and not _TAGGABLE.search(st.text):
                    continue
                if kind not in kinds:
                    break
            kinds.append(kind)
        original = st.text
        if "typo_fixed" in kinds:
            original = _typo(rng, original)
        if "tags_stripped" in kinds:
            # The ministry tags names and bodies inline ("#Лавров", "#ООН"); a reposter
            # copies the text without the signs.
            original = _TAGGABLE.sub(lambda m: "#" + m.group(), original, 2)
        signature = FOOTER_RU if st.ru else FOOTER_EN
        own = signature if home in (MFA_EN, MFA_RU) and rng.random() < 0.5 else ""
        self.post(story, home, at, original + own)
        for kind in kinds:
            c = make_copy(rng, st, kind, home, at)
            self.post(
                story,
                c.source,
                at + timedelta(hours=c.hours),
                c.text,
                title=c.title,
                forwarded_from=c.forwarded_from,
                kind=kind,
            )

    def both(
        self,
        story: str,
        make: object,
        at: datetime,
        gap: float = 1.5,
        home: tuple[SourceRef, SourceRef] = (MFA_RU, MFA_EN),
    ) -> None:
        """The statement in Russian, then its English translation ``gap`` hours later: two
        stories (a translation is never a copy)."""
        assert callable(make)
        self.story(f"{story}/ru", make(True), home[0], at)
        self.story(f"{story}/en", make(False), home[1], at + timedelta(hours=gap))

    def labelled(self) -> list[Labelled]:
        self.rows.sort(key=lambda r: r[0])
        return [Labelled(post, story) for _, post, story in self.rows]


def build(seed: int = 35) -> list[Labelled]:
    s = _Set(seed)
    rng = s.rng
    day = timedelta(days=1)
    hour = timedelta(hours=1)

    # Terrorist attacks condemned: the same four-paragraph statement, another country, city,
    # date and toll (Iraq and Iran among them); then the agencies' one-line flashes.
    t = START
    for n, c in enumerate(COUNTRIES[:12]):
        at = t + n * 9 * hour
        dead = rng.choice([7, 12, 18, 26, 37, 40, 58])
        s.both(f"attack/{c.en}", lambda ru, c=c, at=at, dead=dead: attack(c, at, dead, ru), at)
        flash_at = at - 2 * hour
        s.story(f"attack-flash/{c.en}/ru", attack_flash(c, True), REPOST_RU[1][0], flash_at)
        s.story(f"attack-flash/{c.en}/en", attack_flash(c, False), REPOST_EN[2][0], flash_at)

    # Briefing announcements, week by week, and their LIVE lines.
    t = START + 6 * day
    for week in range(8):
        at = t + week * 7 * day + timedelta(hours=rng.choice([0, 24]))
        when = at + 2 * day
        hour_s = rng.choice(["12:00", "12:30", "13:00"])
        s.both(f"briefing/{when:%m%d}", lambda ru, w=when, h=hour_s: briefing(w, h, ru), at, 0.5)
        s.both(
            f"briefing-live/{when:%m%d}",
            lambda ru, w=when: briefing_live(w, ru),
            when + 6 * hour,
            0.1,
        )

    # A deputy minister receives ambassadors: one day, one deputy, another country.
    t = START + 2 * day
    for n, c in enumerate(COUNTRIES[:14]):
        at = t + (n // 3) * day + (n % 3) * 2 * hour
        deputy, topic, named = n // 4, n % 3, n % 2 == 0
        s.both(
            f"ambassador/{c.en}",
            lambda ru, c=c, at=at, d=deputy, tp=topic, nm=named: ambassador(c, at, d, tp, nm, ru),
            at,
            3,
        )

    # Telephone conversations.
    t = START + 10 * day
    for n, c in enumerate(COUNTRIES[2:12]):
        at = t + n * 11 * hour
        s.both(f"call/{c.en}", lambda ru, c=c, at=at, tp=n % 3: phone_call(c, at, tp, ru), at)

    # Consular closures and visa centres.
    t = START + 14 * day
    for n, c in enumerate(COUNTRIES[4:14]):
        at = t + n * 5 * hour
        first = at + (3 + n % 4) * day
        second = first + (1 + n % 2) * day
        home = (
            _tg(f"400{n}1", f"Посольство России в {c.prep}", f"rusemb_{n}_ru"),
            _tg(f"400{n}2", f"Russian Embassy in {c.en}", f"rusemb_{n}_en"),
        )
        s.both(
            f"consular/{c.en}", lambda ru, c=c, f=first, sd=second: consular(c, f, sd, ru), at, 0.5
        )
        if n < 4:
            # The visa centre suspends work, and resumes it two weeks later: two statements.
            s.both(
                f"visa-stop/{c.en}",
                lambda ru, c=c, at=at: visa_centre(c, at, False, ru),
                at + 2 * hour,
                0.2,
                home,
            )
            back = at + 12 * day
            s.both(
                f"visa-resume/{c.en}",
                lambda ru, c=c, at=back: visa_centre(c, at, True, ru),
                back - 2 * day,
                0.2,
                home,
            )

    # Condolences: one country, another disaster (days apart), and one disaster, another
    # country.
    t = START + 18 * day
    pairs = [
        (0, 1),
        (0, 3),
        (5, 0),
        (5, 7),
        (6, 2),
        (6, 3),
        (8, 0),
        (8, 3),
        (9, 1),
        (10, 6),
        (14, 0),
        (15, 1),
    ]
    for n, (ci, di) in enumerate(pairs):
        c = COUNTRIES[ci]
        at = t + n * 14 * hour
        s.both(f"condolences/{c.en}/{di}", lambda ru, c=c, di=di: condolences(c, di, ru), at, 2)

    # National days.
    t = START + 22 * day
    for n, c in enumerate(COUNTRIES[:14]):
        at = t + n * 13 * hour
        s.both(f"national-day/{c.en}", lambda ru, c=c: national_day(c, ru), at, 1)

    # Casualty counts as they rise, two disasters, agencies' wording.
    t = START + 26 * day
    for ci, di, tolls in (
        (5, 0, [(41, 200), (68, 350), (92, 600), (104, 640)]),
        (8, 3, [(12, 30), (27, 45), (38, 60)]),
        (4, 5, [(9, 40), (15, 52)]),
    ):
        c = COUNTRIES[ci]
        for k, (dead, injured) in enumerate(tolls):
            at = t + k * 3 * hour + ci * hour
            s.story(
                f"toll/{c.en}/{dead}/ru",
                death_toll(c, di, dead, injured, True),
                REPOST_RU[1][0],
                at,
            )
            s.story(
                f"toll/{c.en}/{dead}/en",
                death_toll(c, di, dead, injured, False),
                REPOST_EN[2][0],
                at + 0.5 * hour,
            )

    # Exchange rates day by day; the weekend's rates are those of the Saturday before.
    t = datetime(2025, 11, 10, 15, 0, tzinfo=UTC)
    usd = 81.0
    for n in range(10):
        at = t + n * day
        for_day = at + day
        if for_day.weekday() == 6:
            continue
        if for_day.weekday() != 0:
            usd += rng.uniform(-0.9, 0.9)
        eur, cny = usd * 1.16, usd / 7.1
        u, e, y = (f"{x:.4f}".replace(".", ",") for x in (usd, eur, cny))
        s.story(f"rates/{for_day:%m%d}/ru", rates(for_day, u, e, y, True), CBR, at)
        if n % 2 == 0:
            s.story(
                f"rates/{for_day:%m%d}/en",
                rates(for_day, u, e, y, False),
                REPOST_EN[2][0],
                at + 0.3 * hour,
            )

    # Weather.
    t = datetime(2025, 11, 20, 9, 0, tzinfo=UTC)
    for n in range(8):
        at = t + n * day
        low, high, sky = rng.randrange(-9, -2), rng.randrange(-3, 3), n % 4
        s.story(f"weather/{n}/ru", weather(at + day, low, high, sky, True), METEO, at)
        if n % 2:
            s.story(
                f"weather/{n}/en",
                weather(at + day, low, high, sky, False),
                REPOST_EN[3][0],
                at + hour,
            )

    # Football: one round's results, and the same two clubs in another round.
    t = datetime(2025, 11, 22, 18, 0, tzinfo=UTC)
    games = [
        (0, 1, (2, 1), 17),
        (2, 3, (0, 0), 17),
        (4, 5, (1, 3), 17),
        (6, 7, (2, 2), 17),
        (1, 0, (1, 1), 18),
        (3, 2, (2, 0), 18),
        (5, 4, (0, 1), 18),
        (7, 6, (3, 2), 18),
    ]
    for n, (h, a, score, round_) in enumerate(games):
        at = t + (round_ - 17) * 7 * day + n % 4 * 2 * hour
        s.story(f"football/{n}/ru", football(h, a, score, round_, True), REPOST_RU[1][0], at)
        s.story(
            f"football/{n}/en",
            football(h, a, score, round_, False),
            REPOST_EN[2][0],
            at + 0.2 * hour,
        )

    # A minister's arrivals, one-liners a few days apart.
    t = START + 30 * day
    for n, c in enumerate(COUNTRIES[:10]):
        at = t + n * 20 * hour
        s.both(f"arrival/{c.en}", lambda ru, c=c: arrival(c, ru), at, 0.1)

    # Statements written once, long (to 2,000 characters), each with four copies.
    t = START + 33 * day
    for n, (heading, alt, body) in enumerate(LONG_EN):
        at = t + n * 16 * hour
        ru_heading, ru_alt, ru_body = LONG_RU[n]
        s.story(f"long/{n}/ru", Statement(ru_heading, ru_body, True, ru_alt), MFA_RU, at, 4)
        s.story(f"long/{n}/en", Statement(heading, body, False, alt), MFA_EN, at + 2 * hour, 4)

    # The channel posts its statement again with the toll corrected (it did not edit the
    # post): another statement, whose copies follow it.
    t = START + 36 * day
    for n, c in enumerate(COUNTRIES[12:14]):
        at = t + n * 30 * hour
        s.story(f"attack-first/{c.en}/ru", attack(c, at, 14, True), MFA_RU, at, 1)
        s.story(f"attack-corrected/{c.en}/ru", attack(c, at, 17, True), MFA_RU, at + 3 * hour)
        s.story(f"attack-first/{c.en}/en", attack(c, at, 14, False), MFA_EN, at + hour, 1)
        s.story(f"attack-corrected/{c.en}/en", attack(c, at, 17, False), MFA_EN, at + 4 * hour)

    # A briefing moved to another day: a notice of its own beside the announcement.
    for week in (2, 5):
        when = START + 6 * day + week * 7 * day + 4 * day
        at = when - 30 * hour
        s.story(
            f"briefing-moved/{week}/ru",
            Statement(
                None,
                f"❗️ Брифинг официального представителя МИД России М.В.Захаровой переносится"
                f" на {date_ru(when)}. Начало — в 12:00 по московскому времени.",
                True,
            ),
            MFA_RU,
            at,
        )
        s.story(
            f"briefing-moved/{week}/en",
            Statement(
                None,
                f"❗️ Maria Zakharova's briefing has been moved to {date_en(when)}. It will"
                " start at 12:00 Moscow time.",
                False,
            ),
            MFA_EN,
            at + 0.2 * hour,
        )

    # The same ambassador received again two weeks later, by another deputy, on another
    # topic.
    t = START + 40 * day
    for n, c in enumerate(COUNTRIES[:3]):
        at = t + n * 5 * hour
        s.both(
            f"ambassador-again/{c.en}",
            lambda ru, c=c, at=at, n=n: ambassador(c, at, (n + 1) % 4, (n + 1) % 3, True, ru),
            at,
            3,
        )

    # One-line flashes re-posted by an aggregator the next morning (16 to 22 hours later).
    # Written as copies; relabelled (session 35) as statements of their own, as the product
    # keeps them by design: a one-liner's copy comes within 12 hours (docs/dedup.md, rule 5),
    # because the same line a day later is as often the next day's event ("🔴 LIVE: briefing",
    # "Курсы валют на завтра установлены", "Консульский отдел сегодня не работает"), and a
    # distinct statement lost is worse than a flash shown twice.
    t = START + 43 * day
    for n, c in enumerate(COUNTRIES[10:14]):
        at = t + n * 2 * day
        ru = n % 2 == 0
        st = arrival(c, ru)
        key = f"arrival-late/{c.en}/{'ru' if ru else 'en'}"
        s.story(key, st, MFA_RU if ru else MFA_EN, at, 0)
        reposter, signature = (REPOST_RU if ru else REPOST_EN)[n]
        s.post(
            f"{key}/next-day",
            reposter,
            at + timedelta(hours=16 + 2 * n),
            st.text + signature,
            kind="next_day_brief",
        )

    # Travel advisories: one embassy, another region (an ordinary word in the slot).
    t = START + 46 * day
    for n, (ci, region) in enumerate(((0, 0), (0, 1), (3, 0), (3, 3), (10, 0), (10, 2))):
        c = COUNTRIES[ci]
        at = t + n * 9 * hour
        s.both(f"advisory/{c.en}/{region}", lambda ru, c=c, r=region: advisory(c, r, ru), at, 1)

    # A briefing's talking points, week by week: lists that share items.
    t = START + 13 * day
    for week in range(4):
        at = t + week * 7 * day
        topics = [TALKING[(week * 3 + k) % len(TALKING)] for k in range(5)]
        s.both(
            f"points/{week}",
            lambda ru, at=at, tp=topics: talking_points(at, tp, ru),
            at + 3 * hour,
            0.5,
        )

    # The briefing's hour changed the next day (same date): a notice of its own.
    when = START + 6 * day + 3 * 7 * day + 2 * day
    s.both("briefing-hour", lambda ru: briefing(when, "15:00", ru), when - 20 * hour, 0.5)

    # Two days' identical forecasts (the date and weekday apart), a toll where only the
    # injured changed, one match's score in another round.
    at = datetime(2025, 11, 29, 9, 0, tzinfo=UTC)
    for n in range(2):
        s.story(
            f"weather-same/{n}/ru",
            weather(at + (n + 1) * day, -6, -1, 0, True),
            METEO,
            at + n * day,
        )
    c = COUNTRIES[5]
    at = START + 26 * day + 16 * hour
    s.story("toll-injured/ru", death_toll(c, 0, 104, 700, True), REPOST_RU[1][0], at)
    s.story("toll-injured/en", death_toll(c, 0, 104, 700, False), REPOST_EN[2][0], at)
    at = datetime(2025, 12, 6, 18, 0, tzinfo=UTC)
    s.story("football-again/ru", football(0, 1, (2, 1), 19, True), REPOST_RU[1][0], at)
    s.story("football-again/en", football(0, 1, (2, 1), 19, False), REPOST_EN[2][0], at)

    return s.labelled()

"""The tenth labelled near-duplicate set: official channels and agencies, copies against
look-alike statements.

Written blind in session 36 (from how the channels write, without reading the other sets'
texts or the dedup code). A foreign ministry's Russian and English channels, a central bank,
an emergencies ministry, two agencies in each language, aggregators that repost them and a
text dump of forwarded posts. Each *story* is one statement; every post of a story after its
first is a copy the reader must not see twice, and every other story must be kept.

Distinct statements (each its own story), in families that fill one template's slots:
condolences (another country, another disaster), telephone conversations (another
counterpart; the same counterpart another week on other topics), briefing announcements
(another date; one moved), stop-lists (the same list with one name changed), a rising toll
(the same flash with a higher count), exchange rates (another day), key-rate decisions, votes
(another resolution; the committee's vote and the plenary's), a figure corrected (the flash
re-posted with the right number, with or without a marker), storm warnings (another date,
another region), ambassadors received, a minister's arrivals, comments on events. The Russian
and English channels' versions of one statement are translations: two stories, never a copy.

Copies, of 17 kinds (each copy's external id ends with its kind): a forward (the forward
header), a text dump's "Переслано из" / "Forwarded from" line, a repost with "Подробнее:" /
"Read more:" and a link under the first paragraph, emoji and hashtags added, a channel's
signature appended, a preview cut at 200 characters with "…", the original's typo fixed, a
typo made, ё as е with other quotes, Markdown residue, HTML residue, re-posted the next day
(by another channel or the channel itself; texts of 25 words and more only), an agency's
dateline over the text without its heading, the heading in capitals, paragraphs run into one,
a reposter's name line at the end, and two of these at once (a preview, a dateline, a lead,
the paragraphs run in, Markdown or ё as е, then emoji, a signature, ё as е, a name line or a
typo over it).
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from dedup_eval_more import MONTHS_EN, MONTHS_RU
from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MFA_RU = _tg("-1001000100001", "МИД России 🇷🇺", "MID_Russia")
MFA_EN = _tg("-1001000100002", "MFA Russia 🇷🇺", "MFARussia")
CBR = _tg("-1001000100003", "Банк России", "centralbank_russia")
MCHS = _tg("-1001000100004", "МЧС России", "mchs_official")
TASS = _tg("-1001000100005", "ТАСС", "tass_agency")
RIA = _tg("-1001000100006", "РИА Новости", "rian_ru")
WIRE_EN = _tg("-1001000100007", "World Wire", "worldwire")
DIGEST_EN = _tg("-1001000100008", "Diplomacy Daily", "diplodaily")
AGG_RU = _tg("-1001000100009", "Новости сегодня ⚡️", "news_today_ru")
AGG_RU2 = _tg("-1001000100010", "Международка", "mezhdunarodka")
EMB_RU = _tg("-1001000100011", "Посольство России в Египте", "rusembegypt")
DUMP = SourceRef(kind="import", key="forwards-dump-2026.txt", title="forwards-dump-2026.txt")

START = datetime(2026, 11, 2, 6, 0, tzinfo=UTC)

# RU nominative, genitive, prepositional ("в ..."), EN, FM RU (instrumental), FM EN
COUNTRIES = [
    ("Турция", "Турции", "Турции", "Turkey", "Хаканом Фиданом", "Hakan Fidan"),
    ("Египет", "Египта", "Египте", "Egypt", "Бадром Абдельатти", "Badr Abdelatty"),
    ("Индия", "Индии", "Индии", "India", "С.Джайшанкаром", "S. Jaishankar"),
    ("Китай", "Китая", "Китае", "China", "Ван И", "Wang Yi"),
    ("Иран", "Ирана", "Иране", "Iran", "Аббасом Аракчи", "Abbas Araghchi"),
    ("Бразилия", "Бразилии", "Бразилии", "Brazil", "Мауро Виейрой", "Mauro Vieira"),
    ("ЮАР", "ЮАР", "ЮАР", "South Africa", "Рональдом Ламолой", "Ronald Lamola"),
    ("Индонезия", "Индонезии", "Индонезии", "Indonesia", "Сугионо", "Sugiono"),
    ("Вьетнам", "Вьетнама", "Вьетнаме", "Vietnam", "Буй Тхань Шоном", "Bui Thanh Son"),
    (
        "Казахстан",
        "Казахстана",
        "Казахстане",
        "Kazakhstan",
        "Ермеком Кошербаевым",
        "Yermek Kosherbayev",
    ),
    ("Армения", "Армении", "Армении", "Armenia", "Араратом Мирзояном", "Ararat Mirzoyan"),
    (
        "Азербайджан",
        "Азербайджана",
        "Азербайджане",
        "Azerbaijan",
        "Джейхуном Байрамовым",
        "Jeyhun Bayramov",
    ),
    ("Сербия", "Сербии", "Сербии", "Serbia", "Марко Джуричем", "Marko Djuric"),
    ("Венесуэла", "Венесуэлы", "Венесуэле", "Venezuela", "Иваном Хилем", "Yvan Gil"),
    ("Пакистан", "Пакистана", "Пакистане", "Pakistan", "Исхаком Даром", "Ishaq Dar"),
    ("Малайзия", "Малайзии", "Малайзии", "Malaysia", "Мохамадом Хасаном", "Mohamad Hasan"),
    ("Куба", "Кубы", "Кубе", "Cuba", "Бруно Родригесом", "Bruno Rodriguez"),
    ("Алжир", "Алжира", "Алжире", "Algeria", "Ахмедом Аттафом", "Ahmed Attaf"),
    (
        "Таиланд",
        "Таиланда",
        "Таиланде",
        "Thailand",
        "Марисом Сангиампонгсой",
        "Maris Sangiampongsa",
    ),
    ("Эфиопия", "Эфиопии", "Эфиопии", "Ethiopia", "Гедионом Тимотеосом", "Gedion Timothewos"),
    (
        "Мексика",
        "Мексики",
        "Мексике",
        "Mexico",
        "Хуаном Рамоном де ла Фуэнте",
        "Juan Ramon de la Fuente",
    ),
    ("Филиппины", "Филиппин", "Филиппинах", "the Philippines", "Энрике Манало", "Enrique Manalo"),
    ("Непал", "Непала", "Непале", "Nepal", "Арзу Рана Деубой", "Arzu Rana Deuba"),
    ("Чили", "Чили", "Чили", "Chile", "Альберто ван Клаверреном", "Alberto van Klaveren"),
]

# RU noun (genitive after "в связи с": instrumental), RU cause (genitive), EN noun
DISASTERS = [
    ("наводнением", "наводнения", "floods"),
    ("землетрясением", "землетрясения", "earthquake"),
    (
        "крушением пассажирского самолёта",
        "крушения пассажирского самолёта",
        "passenger plane crash",
    ),
    ("оползнем", "оползня", "landslide"),
    ("разрушительным тайфуном", "разрушительного тайфуна", "devastating typhoon"),
    ("пожаром на химическом заводе", "пожара на химическом заводе", "fire at a chemical plant"),
    ("террористическим актом", "террористического акта", "terrorist attack"),
    ("обрушением жилого дома", "обрушения жилого дома", "collapse of a residential building"),
]

TOPICS_RU = [
    "актуальные вопросы двусторонней повестки дня",
    "ситуация на Ближнем Востоке",
    "подготовка к предстоящим контактам на высшем уровне",
    "ход реализации договорённостей в торгово-экономической сфере",
    "взаимодействие в ООН и других многосторонних форматах",
    "положение дел в Афганистане",
    "сотрудничество в рамках БРИКС",
    "проблематика украинского урегулирования",
    "обеспечение безопасности судоходства в Красном море",
    "график двусторонних контактов на ближайшую перспективу",
]
TOPICS_EN = [
    "current issues on the bilateral agenda",
    "the situation in the Middle East",
    "preparations for upcoming high-level contacts",
    "the implementation of agreements in trade and the economy",
    "cooperation at the UN and in other multilateral formats",
    "the situation in Afghanistan",
    "cooperation within BRICS",
    "the Ukraine settlement",
    "the safety of navigation in the Red Sea",
    "the schedule of bilateral contacts in the near future",
]

NAMES_RU = [
    "Алан Берг",
    "Джон Уитмор",
    "Сара Коннелли",
    "Питер Хэнсон",
    "Марк Оуэнс",
    "Линда Роуз",
    "Кевин Дойл",
    "Энн Маккарти",
    "Роберт Клайн",
    "Мэри Стоун",
    "Дэвид Грей",
    "Хелен Прайс",
    "Томас Ригли",
    "Джеймс Холл",
    "Карен Уэбб",
    "Пол Дэвис",
    "Сьюзан Вард",
    "Эндрю Блейк",
    "Николас Брук",
    "Оливия Хант",
    "Брайан Фостер",
    "Рэйчел Кук",
    "Грэм Эллис",
    "Фиона Лоу",
]
NAMES_EN = [
    "Alan Berg",
    "John Whitmore",
    "Sarah Connelly",
    "Peter Hanson",
    "Mark Owens",
    "Linda Rose",
    "Kevin Doyle",
    "Anne McCarthy",
    "Robert Kline",
    "Mary Stone",
    "David Grey",
    "Helen Price",
    "Thomas Wrigley",
    "James Hall",
    "Karen Webb",
    "Paul Davis",
    "Susan Ward",
    "Andrew Blake",
    "Nicholas Brook",
    "Olivia Hunt",
    "Brian Foster",
    "Rachel Cook",
    "Graham Ellis",
    "Fiona Lowe",
]
STOPLIST_WHO = [
    ("Австралии", "Australia", "австралийских"),
    ("Канады", "Canada", "канадских"),
    ("Великобритании", "the United Kingdom", "британских"),
    ("Новой Зеландии", "New Zealand", "новозеландских"),
]

REGIONS_RU = [
    ("Приморском крае", "Приморского края"),
    ("Хабаровском крае", "Хабаровского края"),
    ("Сахалинской области", "Сахалинской области"),
    ("Камчатском крае", "Камчатского края"),
    ("Краснодарском крае", "Краснодарского края"),
    ("Мурманской области", "Мурманской области"),
    ("Республике Дагестан", "Республики Дагестан"),
    ("Калининградской области", "Калининградской области"),
]

RESOLUTIONS = [
    (
        "«Борьба с героизацией нацизма, неонацизмом и другими видами практики»",
        "“Combating glorification of Nazism, neo-Nazism and other practices”",
    ),
    (
        "«Недопущение размещения оружия в космическом пространстве первыми»",
        "“No first placement of weapons in outer space”",
    ),
    (
        "«Достижения в сфере информатизации и телекоммуникаций»",
        "“Developments in the field of information and telecommunications”",
    ),
    (
        "«Необходимость прекращения экономической блокады Кубы»",
        "“Necessity of ending the economic embargo against Cuba”",
    ),
    (
        "«Укрепление режима Договора о нераспространении»",
        "“Strengthening the Non-Proliferation Treaty regime”",
    ),
    ("«Мораторий на применение смертной казни»", "“Moratorium on the use of the death penalty”"),
]

EVENTS_RU = [
    (
        "заявлениями официальных лиц Евросоюза о «военной Шенгенской зоне»",
        "Подобные инициативы лишь подтверждают курс Брюсселя на милитаризацию континента.",
    ),
    (
        "решением властей Молдавии о закрытии Русского дома в Кишинёве",
        "Русский дом более тридцати лет открыт для всех, кто интересуется русской культурой.",
    ),
    (
        "задержанием российских моряков в порту Ла-Валлетты",
        "Посольство находится в постоянном контакте с членами экипажа и их родственниками.",
    ),
    (
        "публикацией доклада Госдепартамента о свободе вероисповедания",
        "Очередной доклад вновь построен на непроверенных сведениях и откровенных домыслах.",
    ),
    (
        "сносом памятника советским воинам-освободителям в Праге",
        "Это очередной акт войны с памятниками, которую развязали власти ряда стран Европы.",
    ),
    (
        "инцидентом с российскими журналистами на границе Латвии",
        "Требуем от латвийской стороны исчерпывающих объяснений и гарантий недопущения подобного.",
    ),
    (
        "итогами голосования на Генконференции ЮНЕСКО",
        "Результаты показывают, что большинство государств не поддерживают политизацию ЮНЕСКО.",
    ),
    (
        "высылкой российского дипломата из Эстонии",
        "Ответные меры не заставят себя ждать, о чём эстонская сторона уже уведомлена.",
    ),
    (
        "обстрелом гуманитарного конвоя в секторе Газа",
        "Нападения на гуманитарных работников недопустимы и должны быть расследованы.",
    ),
    (
        "заявлением генсека НАТО о ядерных учениях «Стойкий полдень»",
        "Такие учения у российских границ ведут к дальнейшей эскалации напряжённости.",
    ),
    (
        "запретом русскоязычных СМИ в Литве",
        "Речь идёт о прямом нарушении права граждан на получение информации.",
    ),
    (
        "решением суда Гааги по делу о скифском золоте",
        "Это решение политически мотивировано и не имеет отношения к правосудию.",
    ),
    (
        "ситуацией вокруг Запорожской АЭС",
        "Ответственность за безопасность станции лежит на тех, кто продолжает её обстреливать.",
    ),
    (
        "ограничениями на въезд российских граждан в Финляндию",
        "Эти меры бьют прежде всего по простым людям и их родственникам по обе стороны границы.",
    ),
    (
        "очередным пакетом санкций Евросоюза",
        "Нелегитимные односторонние ограничения лишь подрывают экономику самих стран ЕС.",
    ),
    (
        "заявлениями министра обороны Германии о «войне через пять лет»",
        "Подобная риторика формирует в обществе образ врага и готовит его к конфронтации.",
    ),
    (
        "отказом в визах российской делегации на сессию ИКАО",
        "Страна пребывания вновь грубо нарушает свои обязательства как принимающего государства.",
    ),
    (
        "годовщиной принятия Устава ООН",
        "Принципы Устава сохраняют свою актуальность и должны соблюдаться в полном объёме.",
    ),
    (
        "закрытием консульства Польши в Калининграде",
        "Польская сторона вновь сделала выбор в пользу разрушения остатков двусторонних связей.",
    ),
    (
        "арестом активов российских граждан в Бельгии",
        "Мы расцениваем эти действия как узаконенное воровство.",
    ),
]
EVENTS_EN = [
    (
        "the statements by EU officials on a “military Schengen zone”",
        "Such initiatives only confirm Brussels’ course towards militarising the continent.",
    ),
    (
        "the Moldovan authorities’ decision to close the Russian House in Chisinau",
        "The Russian House has been open for over thirty years to all who love Russian culture.",
    ),
    (
        "the detention of Russian sailors in the port of Valletta",
        "The Embassy is in constant contact with the crew and their families.",
    ),
    (
        "the State Department report on religious freedom",
        "Once again, the report is built on unverified information and outright speculation.",
    ),
    (
        "the demolition of a monument to Soviet liberators in Prague",
        "This is yet another act of the war on monuments unleashed by several European countries.",
    ),
    (
        "the incident with Russian journalists at the Latvian border",
        "We demand comprehensive explanations and guarantees that this will not happen again.",
    ),
    (
        "the expulsion of a Russian diplomat from Estonia",
        "Retaliatory measures will follow, and the Estonian side has been notified.",
    ),
    (
        "the shelling of a humanitarian convoy in the Gaza Strip",
        "Attacks on humanitarian workers are unacceptable and must be investigated.",
    ),
    (
        "the NATO Secretary General’s statement on the Steadfast Noon nuclear exercise",
        "Such drills near Russia’s borders lead to a further escalation of tension.",
    ),
    (
        "the ban on Russian-language media in Lithuania",
        "This is a direct violation of citizens’ right to receive information.",
    ),
    (
        "the situation around the Zaporozhye Nuclear Power Plant",
        "Responsibility for the plant’s safety lies with those who keep shelling it.",
    ),
    (
        "the new EU sanctions package",
        "Illegitimate unilateral restrictions only undermine the economies of EU countries.",
    ),
    (
        "the refusal of visas to the Russian delegation to the ICAO session",
        "The host country has once again grossly violated its obligations.",
    ),
    (
        "the closure of the Polish Consulate in Kaliningrad",
        "The Polish side has once again chosen to destroy what remains of bilateral ties.",
    ),
]

PAD_RU = [
    "Подчеркнём ещё раз: Россия открыта к диалогу на основе равноправия и учёта интересов друг "
    "друга.",
    "Будем и впредь внимательно следить за развитием ситуации.",
    "Призываем все стороны проявлять сдержанность и не допускать шагов, ведущих к эскалации.",
    "Рассчитываем, что международные организации дадут этому должную оценку.",
    "Ответственность за последствия полностью ляжет на инициаторов подобных решений.",
    "Российская сторона оставляет за собой право на ответные меры.",
]
PAD_EN = [
    "Let us stress once again: Russia remains open to dialogue based on equality and mutual "
    "respect.",
    "We will continue to closely follow developments.",
    "We call on all parties to show restraint and refrain from steps leading to escalation.",
    "We expect international organisations to give this a proper assessment.",
    "The responsibility for the consequences will rest entirely with the initiators.",
    "Russia reserves the right to take retaliatory measures.",
]

RU_HASHTAGS = ["#МИД", "#Россия", "#дипломатия", "#новости", "#срочно", "#заявление"]
EN_HASHTAGS = ["#Russia", "#MFA", "#diplomacy", "#news", "#breaking"]
EMOJI = ["⚡️", "❗️", "🔴", "🇷🇺", "📌", "‼️", "🌐", "📢"]


def _ru_date(d: datetime) -> str:
    return f"{d.day} {MONTHS_RU[d.month - 1]}"


def _en_date(d: datetime) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.day}"


class _Set:
    """Stories and their posts, built in any order and sorted by time at the end."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.posts: list[tuple[datetime, int, Labelled]] = []
        self.ids: dict[str, int] = {}
        self.seq = 0

    def add(
        self,
        story: str,
        source: SourceRef,
        at: datetime,
        text: str,
        kind: str,
        forwarded: Forward | None = None,
    ) -> None:
        n = self.ids.get(source.key, 1000) + 1
        self.ids[source.key] = n
        self.seq += 1
        post = Post(
            source=source,
            external_id=f"{n}-{story}-{kind}",
            published_at=at,
            text=text,
            forwarded_from=forwarded,
        )
        self.posts.append((at, self.seq, Labelled(post, story)))

    def labelled(self) -> list[Labelled]:
        return [x for _, _, x in sorted(self.posts, key=lambda p: (p[0], p[1]))]


def _words(text: str) -> int:
    return len(text.split())


def _typo(rng: random.Random, text: str) -> str:
    """``text`` with two adjacent letters of one long word of its body swapped."""
    words = [m for m in re.finditer(r"[^\W\d_]{7,}", text)]
    body = [m for m in words if m.start() > len(text) // 3] or words
    m = rng.choice(body)
    w = m.group()
    i = rng.randrange(2, len(w) - 3)
    bad = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return text[: m.start()] + bad + text[m.end() :]


def _yo_quotes(text: str) -> str:
    text = text.replace("ё", "е").replace("Ё", "Е")
    text = re.sub(r"«([^»]*)»", r'"\1"', text)
    return re.sub(r"“([^”]*)”", r'"\1"', text).replace("’", "'")


def _preview(text: str) -> str:
    cut = text[:200]
    cut = cut[: cut.rfind(" ")].rstrip(" ,.:;—-")
    return cut + "…"


def _paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


class _Copier:
    """Copies of a story in the many ways channels repost."""

    def __init__(self, s: _Set) -> None:
        self.s = s
        self.rng = s.rng

    def copy(
        self,
        story: str,
        owner: SourceRef,
        at: datetime,
        text: str,
        clean: str,
        ru: bool,
        kinds: list[str],
    ) -> None:
        """Post copies of ``text`` (the original as posted; ``clean`` without its typo)."""
        rng = self.rng
        others_ru = [TASS, RIA, AGG_RU, AGG_RU2, EMB_RU]
        others_en = [WIRE_EN, DIGEST_EN]
        t = at
        for kind in kinds:
            t = t + timedelta(minutes=rng.randint(3, 80))
            by = rng.choice(others_ru if ru else others_en)
            name = owner.title or ""
            paras = _paragraphs(text)
            if kind.startswith("combo:"):
                # Two ways of reposting at once: a base kind, then a retouch over its text.
                base = kind.split(":")[1]
                grab = _Set(rng)
                _Copier(grab).copy(story, owner, at, text, clean, ru, [base])
                first = grab.posts[0][2].post
                touch = rng.choice(
                    [k for k in ("emoji", "sig", "yo", "byline", "typo") if k != base]
                )
                again = _Set(rng)
                _Copier(again).copy(story, owner, at, first.text, first.text, ru, [touch])
                self.s.add(story, first.source, t, again.posts[0][2].post.text, "combo")
            elif kind == "fwd":
                fwd = Forward(name=name, source_key=owner.key, username=owner.username)
                self.s.add(story, by, t, text, kind, fwd)
            elif kind == "dump":
                head = f"Переслано из {name}" if ru else f"Forwarded from {name}"
                self.s.add(story, DUMP, t, f"{head}\n{text}", kind)
            elif kind == "readmore":
                number = rng.randint(1900000, 1999999)
                link = f"https://mid.ru/{'ru' if ru else 'en'}/foreign_policy/news/{number}/"
                more = "Подробнее" if ru else "Read more"
                lead = "\n\n".join(paras[:2])
                self.s.add(story, by, t, f"{lead}\n\n{more}: {link}", kind)
            elif kind == "emoji":
                tags = " ".join(rng.sample(RU_HASHTAGS if ru else EN_HASHTAGS, 2))
                self.s.add(story, by, t, f"{rng.choice(EMOJI)} {text}\n\n{tags}", kind)
            elif kind == "sig":
                sig = (
                    rng.choice(
                        [
                            f"📲 Подписывайтесь на «{by.title}» | @{by.username}",
                            f"{by.title} — подписаться: t.me/{by.username}",
                        ]
                    )
                    if ru
                    else rng.choice(
                        [f"🌐 Follow {by.title}: t.me/{by.username}", f"{by.title} | subscribe"]
                    )
                )
                self.s.add(story, by, t, f"{text}\n\n{sig}", kind)
            elif kind == "preview":
                self.s.add(story, by, t, _preview(text), kind)
            elif kind == "typofix":
                self.s.add(story, by, t, clean, kind)
            elif kind == "typo":
                self.s.add(story, by, t, _typo(rng, clean), kind)
            elif kind == "yo":
                self.s.add(story, by, t, _yo_quotes(text), kind)
            elif kind == "md":
                p = list(paras)
                p[0] = f"**{p[0]}**"
                body = "\n\n".join(p)
                body = body.replace("«", "__«", 1).replace("»", "»__", 1)
                self.s.add(story, by, t, body, kind)
            elif kind == "html":
                p = list(paras)
                body = f"<b>{p[0]}</b><br><br>" + "<br><br>".join(p[1:])
                body = body.replace(" — ", "&nbsp;&mdash; ").replace("«", "&laquo;")
                body = body.replace("»", "&raquo;")
                self.s.add(story, by, t, body, kind)
            elif kind == "nextday":
                later = at + timedelta(hours=rng.randint(20, 30))
                where = rng.choice([owner, by])
                self.s.add(story, where, later, text, kind)
            elif kind == "dateline":
                # The heading goes; a first paragraph that is a sentence is the lead, kept.
                heading = len(paras) > 1 and not paras[0].rstrip().endswith((".", ":", "!"))
                body = "\n\n".join(paras[1:]) if heading else text
                if ru:
                    agency = rng.choice(["ТАСС", "РИА Новости"])
                    src = TASS if agency == "ТАСС" else RIA
                    line = f"МОСКВА, {_ru_date(at)}. /{agency}/. "
                else:
                    src = WIRE_EN
                    line = f"MOSCOW, {_en_date(at)} (World Wire) — "
                self.s.add(story, src, t, line + body, kind)
            elif kind == "caps":
                p = list(paras)
                p[0] = p[0].upper()
                self.s.add(story, by, t, "\n\n".join(p), kind)
            elif kind == "runin":
                self.s.add(story, by, t, " ".join(p.replace("\n", " ") for p in paras), kind)
            elif kind == "byline":
                line = rng.choice(
                    [f"Источник: {owner.title}", f"via @{owner.username}"]
                    if ru
                    else [f"Source: {owner.title}", f"via @{owner.username}"]
                )
                self.s.add(story, by, t, f"{text}\n{line}", kind)
            else:  # pragma: no cover - a kind misspelt above
                raise ValueError(kind)


LONG_KINDS = [
    "fwd",
    "dump",
    "readmore",
    "emoji",
    "sig",
    "preview",
    "typofix",
    "typo",
    "yo",
    "md",
    "html",
    "nextday",
    "dateline",
    "caps",
    "runin",
    "byline",
]
SHORT_KINDS = ["fwd", "dump", "emoji", "sig", "typofix", "typo", "yo", "md", "byline"]


def _kinds(rng: random.Random, text: str) -> list[str]:
    """The copies one story gets, of kinds its text allows."""
    n = rng.choice([0, 1, 1, 2, 2, 3, 3, 4])
    long = _words(text) >= 25
    pool = list(LONG_KINDS if long else SHORT_KINDS)
    if len(_paragraphs(text)) < 2:
        pool = [k for k in pool if k not in ("readmore", "dateline", "html", "caps", "runin")]
    if len(text) < 260:
        pool = [k for k in pool if k != "preview"]
    kinds = rng.sample(pool, min(n, len(pool)))
    if rng.random() < 0.35:
        bases = [k for k in pool if k in ("preview", "dateline", "readmore", "runin", "md", "yo")]
        kinds.append(f"combo:{rng.choice(bases)}")
    return kinds


AMBASSADORS = [
    ("Т.Эртугрулоглу", "Tahsin Ertugruloglu"),
    ("Х.Шаабаном", "Hamdy Shaaban"),
    ("В.Кумаром", "Vinay Kumar"),
    ("Чжан Ханьхуэем", "Zhang Hanhui"),
    ("К.Джалали", "Kazem Jalali"),
    ("С.Родригесом", "Sergio Rodrigues"),
    ("М.Сегоди", "Mzuvukile Maqetuka"),
    ("Х.Сумадилагой", "Jose Tavares"),
    ("Данг Минь Кхоем", "Dang Minh Khoi"),
    ("Д.Байшевым", "Dauren Baishev"),
]
DEPUTIES = [
    ("С.А.Рябков", "Sergey Ryabkov"),
    ("М.Л.Богданов", "Mikhail Bogdanov"),
    ("А.Ю.Руденко", "Andrey Rudenko"),
    ("М.Ю.Галузин", "Mikhail Galuzin"),
]
CITIES = [
    ("Анкару", "Ankara"),
    ("Каир", "Cairo"),
    ("Нью-Дели", "New Delhi"),
    ("Пекин", "Beijing"),
    ("Тегеран", "Tehran"),
    ("Бразилиа", "Brasilia"),
    ("Эр-Рияд", "Riyadh"),
    ("Ханой", "Hanoi"),
    ("Астану", "Astana"),
    ("Белград", "Belgrade"),
    ("Минск", "Minsk"),
    ("Ереван", "Yerevan"),
]
PHENOMENA = [
    "сильный ветер",
    "сильный снегопад с метелью",
    "сильный ливень с грозой",
    "сильный мокрый снег с налипанием",
    "гололёд и сильный ветер",
]


def _at(rng: random.Random, day: int | None = None) -> datetime:
    day = rng.randint(0, 33) if day is None else day
    return START + timedelta(days=day, hours=rng.randint(1, 14), minutes=rng.randint(0, 59))


def _condolences(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    pairs = [(c, d) for c in range(len(COUNTRIES)) for d in range(len(DISASTERS))]
    for n, (c, d) in enumerate(rng.sample(pairs, 26)):
        country, disaster, at = COUNTRIES[c], DISASTERS[d], _at(rng)
        if n < 15:
            text = (
                f"Соболезнования в связи с {disaster[0]} в {country[2]}\n\n"
                f"В Москве с глубокой скорбью восприняли известие о многочисленных человеческих "
                f"жертвах и разрушениях в результате {disaster[1]} в {country[2]}.\n\n"
                "Выражаем искренние соболезнования родным и близким погибших, желаем скорейшего "
                "выздоровления всем пострадавшим.\n\n"
                "Российская сторона готова оказать необходимую помощь в ликвидации последствий "
                "трагедии."
            )
            out.append((f"cond-ru-{n}", MFA_RU, at, text, True, "cond"))
        else:
            text = (
                f"Condolences over the {disaster[2]} in {country[3]}\n\n"
                f"Moscow received with deep sorrow the news of the numerous casualties and "
                f"destruction caused by the {disaster[2]} in {country[3]}.\n\n"
                "We express our sincere condolences to the families and friends of the victims "
                "and wish a speedy recovery to all those injured.\n\n"
                "Russia stands ready to provide the necessary assistance in overcoming the "
                "consequences of the tragedy."
            )
            out.append((f"cond-en-{n}", MFA_EN, at, text, False, "cond"))
    return out


def _calls(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    picks = rng.sample(range(len(COUNTRIES)), 16)
    # The same counterpart again another week: other topics, or the same ones (n 16, 17).
    picks += picks[:6]
    chosen: list[tuple[int, int]] = []
    for n, c in enumerate(picks):
        country = COUNTRIES[c]
        at = _at(rng, rng.randint(0, 15) if n < 16 else rng.randint(18, 33))
        t1, t2 = rng.sample(range(len(TOPICS_RU)), 2)
        if n in (16, 17):
            t1, t2 = chosen[n - 16]
        chosen.append((t1, t2))
        ru = (n if n < 16 else n - 16) % 3 != 2
        if ru:
            who = f"Министром иностранных дел {country[1]} {country[4]}"
            text = (
                "О телефонном разговоре Министра иностранных дел Российской Федерации "
                f"С.В.Лаврова с {who}\n\n"
                f"{_ru_date(at)} состоялся телефонный разговор Министра иностранных дел "
                f"Российской Федерации С.В.Лаврова с {who}.\n\n"
                f"Министры обсудили {TOPICS_RU[t1]}, а также {TOPICS_RU[t2]}.\n\n"
                "Условлено продолжить контакты."
            )
            out.append((f"call-ru-{n}", MFA_RU, at, text, True, "call"))
        else:
            who = f"Minister of Foreign Affairs of {country[3]} {country[5]}"
            text = (
                f"On Foreign Minister Sergey Lavrov’s telephone conversation with {who}\n\n"
                f"On {_en_date(at)}, Foreign Minister Sergey Lavrov had a telephone "
                f"conversation with {who}.\n\n"
                f"The ministers discussed {TOPICS_EN[t1]}, as well as {TOPICS_EN[t2]}.\n\n"
                "They agreed to maintain contacts."
            )
            out.append((f"call-en-{n}", MFA_EN, at, text, False, "call"))
    return out


def _briefings(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for week in range(5):
        for ru in (True, False):
            day = START + timedelta(days=2 + 7 * week)  # a Wednesday's briefing
            hour = rng.choice([11, 12, 15])
            at = day - timedelta(days=1) + timedelta(hours=rng.randint(6, 12))
            if ru:
                text = (
                    "О брифинге официального представителя МИД России М.В.Захаровой\n\n"
                    f"{_ru_date(day)} в {hour}:00 в пресс-центре МИД России (Москва, Зубовский "
                    "бульвар, д.4) состоится брифинг официального представителя МИД России "
                    "М.В.Захаровой по текущим вопросам внешней политики.\n\n"
                    f"Аккредитация журналистов осуществляется до 18:00 {_ru_date(at)}.\n\n"
                    "Прямая трансляция будет вестись на официальном сайте и в социальных сетях "
                    "МИД России."
                )
            else:
                text = (
                    "Briefing by Foreign Ministry Spokeswoman Maria Zakharova\n\n"
                    f"On {_en_date(day)}, at {hour}:00, Foreign Ministry Spokeswoman Maria "
                    "Zakharova will hold a briefing on current foreign policy issues at the "
                    "Foreign Ministry Press Centre (4 Zubovsky Boulevard, Moscow).\n\n"
                    f"Journalists can apply for accreditation until 18:00 on {_en_date(at)}.\n\n"
                    "The briefing will be broadcast live on the Ministry’s website and social "
                    "media."
                )
            lang = "ru" if ru else "en"
            out.append((f"brief-{lang}-{week}", MFA_RU if ru else MFA_EN, at, text, ru, "brief"))
            if week == 3:  # moved a day later
                moved = day + timedelta(days=1)
                at2 = at + timedelta(hours=5)
                text2 = (
                    "Брифинг официального представителя МИД России М.В.Захаровой, "
                    f"запланированный на {_ru_date(day)}, переносится на {_ru_date(moved)}. "
                    f"Начало в {hour}:00."
                    if ru
                    else "The briefing by Foreign Ministry Spokeswoman Maria Zakharova scheduled "
                    f"for {_en_date(day)} has been moved to {_en_date(moved)}. It will start at "
                    f"{hour}:00."
                )
                out.append(
                    (f"brief-moved-{lang}", MFA_RU if ru else MFA_EN, at2, text2, ru, "brief")
                )
    return out


def _stoplists(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n, who in enumerate(STOPLIST_WHO):
        idx = rng.sample(range(len(NAMES_RU)), 9)
        for version in range(2):
            names = idx[:8] if version == 0 else [*idx[:3], idx[8], *idx[4:8]]
            at = _at(rng, 3 + 8 * n + 5 * version)
            ru = n % 2 == 0
            if ru:
                listed = ", ".join(NAMES_RU[i] for i in names)
                text = (
                    f"Заявление МИД России об ответных мерах в отношении {who[0]}\n\n"
                    f"В ответ на продолжающиеся враждебные действия властей {who[0]} принято "
                    f"решение о включении в национальный «стоп-лист» ряда {who[2]} граждан из "
                    "числа политиков, военных и журналистов, причастных к формированию "
                    "русофобской повестки.\n\n"
                    f"Въезд в Российскую Федерацию закрыт для: {listed}.\n\n"
                    "Работа над «стоп-листом» будет продолжена."
                )
            else:
                listed = ", ".join(NAMES_EN[i] for i in names)
                text = (
                    "Foreign Ministry statement on retaliatory measures against "
                    f"{who[1]}\n\n"
                    f"In response to the continuing hostile actions of the authorities of "
                    f"{who[1]}, a decision has been taken to add a number of politicians, "
                    "military officials and journalists involved in shaping the Russophobic "
                    "agenda to the national stop list.\n\n"
                    f"Entry into the Russian Federation is closed for: {listed}.\n\n"
                    "Work on the stop list will continue."
                )
            lang = "ru" if ru else "en"
            out.append(
                (f"stop-{lang}-{n}-{version}", MFA_RU if ru else MFA_EN, at, text, ru, "stop")
            )
    return out


def _tolls(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    events = [(1, 1, True), (7, 0, True), (21, 4, True), (3, 1, False), (15, 0, False)]
    for e, (c, d, ru) in enumerate(events):
        country, disaster = COUNTRIES[c], DISASTERS[d]
        at = _at(rng, 2 + 6 * e)
        count = rng.randint(8, 30)
        for step in range(4):
            at += timedelta(hours=rng.randint(2, 7))
            count += rng.randint(5, 40)
            hurt = count * 3 + rng.randint(1, 20)
            if ru:
                text = (
                    f"Число погибших в результате {disaster[1]} в {country[2]} возросло до "
                    f"{count}, ещё {hurt} человек получили ранения, сообщили местные власти."
                )
                src = rng.choice([TASS, RIA])
            else:
                text = (
                    f"The death toll from the {disaster[2]} in {country[3]} has risen to {count}, "
                    f"with {hurt} more people injured, local authorities said."
                )
                src = WIRE_EN
            out.append((f"toll-{e}-{step}", src, at, text, ru, "toll"))
    return out


def _rates(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    usd, eur, cny = 81.4, 94.2, 11.35
    for day in range(1, 33):
        when = START + timedelta(days=day)
        if when.weekday() >= 5:
            continue
        usd += rng.uniform(-0.9, 0.9)
        eur += rng.uniform(-1.0, 1.0)
        cny += rng.uniform(-0.12, 0.12)
        at = when - timedelta(hours=rng.randint(1, 3))

        def f(x: float) -> str:
            return f"{x:.4f}".replace(".", ",")

        text = (
            f"Официальные курсы валют на {_ru_date(when)}, установленные Банком России:\n\n"
            f"💵 Доллар США — {f(usd)} ₽\n💶 Евро — {f(eur)} ₽\n💴 Китайский юань — {f(cny)} ₽"
        )
        out.append((f"rate-{day}", CBR, at, text, True, "rate"))
    return out


def _flashes(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    """One-number flashes: the dollar's rate of a day, a toll as it rises (one figure)."""
    out = []
    usd = 81.0
    for day in range(1, 33, 2):
        when = START + timedelta(days=day)
        usd += rng.uniform(-0.8, 0.8)
        rate = f"{usd:.2f}".replace(".", ",")
        text = f"ЦБ РФ установил официальный курс доллара на {_ru_date(when)} в {rate} рубля."
        out.append((f"usd-{day}", TASS, when - timedelta(hours=3), text, True, "usd"))
    for e, (c, d) in enumerate([(7, 4), (18, 2)]):
        country, disaster = COUNTRIES[c], DISASTERS[d]
        at = _at(rng, 9 + 12 * e)
        count = rng.randint(3, 12)
        for step in range(4):
            at += timedelta(hours=rng.randint(1, 4))
            count += rng.randint(2, 15)
            text = (
                f"Death toll from {disaster[2]} in {country[3]} rises to {count} — officials"
                if e
                else f"Число жертв {disaster[1]} в {country[2]} выросло до {count}"
            )
            src = WIRE_EN if e else RIA
            out.append((f"flash-{e}-{step}", src, at, text, not e, "flash"))
    return out


def _keyrate(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    moves = [
        ("снизить ключевую ставку на 100 б.п., до 16,50", 5),
        ("сохранить ключевую ставку на уровне 16,50", 19),
        ("сохранить ключевую ставку на уровне 16,50", 33),
    ]
    for n, (move, day) in enumerate(moves):
        at = START + timedelta(days=day, hours=7, minutes=30)
        text = (
            f"Совет директоров Банка России {_ru_date(at)} принял решение {move}% годовых.\n\n"
            "Текущая инфляция продолжает замедляться, однако остаётся выше цели. Банк России "
            "будет оценивать целесообразность дальнейшего изменения ключевой ставки на "
            "ближайших заседаниях с учётом фактической и ожидаемой динамики инфляции.\n\n"
            "Следующее заседание Совета директоров, на котором будет рассматриваться вопрос "
            "об уровне ключевой ставки, запланировано на ближайшие недели."
        )
        out.append((f"key-{n}", CBR, at, text, True, "key"))
    return out


def _votes(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n, (title_ru, title_en) in enumerate(RESOLUTIONS):
        yes, no, abst = rng.randint(110, 125), rng.randint(45, 55), rng.randint(8, 16)
        at = _at(rng, 1 + 2 * n)
        bodies = ["committee", "plenary"] if n < 4 else ["plenary"]
        for body in bodies:
            if body == "plenary" and len(bodies) == 2:
                at += timedelta(days=rng.randint(12, 18))
                yes, no, abst = yes + rng.randint(1, 5), no - rng.randint(0, 3), abst + 1
            ru = (n + (body == "plenary")) % 2 == 0
            if ru:
                who = (
                    "Третий комитет Генассамблеи ООН одобрил проект резолюции"
                    if body == "committee"
                    else "Генассамблея ООН приняла резолюцию"
                )
                text = (
                    f"{who} {title_ru}, внесённый Россией. За проголосовали {yes} "
                    f"государств, против — {no}, воздержались — {abst}."
                )
                src = rng.choice([MFA_RU, TASS])
            else:
                who = (
                    "The UNGA Third Committee approved the draft resolution"
                    if body == "committee"
                    else "The UN General Assembly adopted the resolution"
                )
                text = (
                    f"{who} {title_en} put forward by Russia. {yes} states voted in favour, "
                    f"{no} against, with {abst} abstentions."
                )
                src = rng.choice([MFA_EN, WIRE_EN])
            out.append((f"vote-{n}-{body}", src, at, text, ru, "vote"))
    return out


def _corrections(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n, c in enumerate(rng.sample(range(len(COUNTRIES)), 9)):
        country = COUNTRIES[c]
        at = _at(rng)
        pct = rng.randint(5, 40)
        good = rng.randint(12, 95)
        wrong = good * 10 if n % 2 else good + rng.choice([-10, 10, 20])
        ru = n < 6
        marked = n % 3 != 0
        for version, figure in ((0, wrong), (1, good)):
            if ru:
                lead = "ИСПРАВЛЕНО: " if version and marked else ""
                text = (
                    f"{lead}Товарооборот России и {country[1]} по итогам девяти месяцев вырос "
                    f"на {pct}% и составил {figure} млрд долларов, сообщил посол {country[1]} в "
                    "Москве в интервью ТАСС."
                )
                src = TASS
            else:
                lead = "CORRECTED: " if version and marked else ""
                text = (
                    f"{lead}Trade between Russia and {country[3]} grew by {pct}% over nine months "
                    f"to {figure} billion dollars, the ambassador of {country[3]} to Moscow told "
                    "World Wire."
                )
                src = WIRE_EN
            out.append(
                (f"fix-{n}-{version}", src, at + timedelta(hours=2 * version), text, ru, "fix")
            )
    return out


def _storms(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n in range(18):
        region = REGIONS_RU[n % len(REGIONS_RU)]
        day = rng.randint(0, 33)
        at = _at(rng, day)
        when = at + timedelta(days=1)
        wind = rng.randint(18, 35)
        text = (
            "⚠️ Штормовое предупреждение\n\n"
            f"{_ru_date(when)} в {region[0]} ожидается {rng.choice(PHENOMENA)}, порывы ветра до "
            f"{wind} м/с.\n\n"
            "МЧС России рекомендует: ограничьте поездки, не оставляйте автомобили под деревьями "
            "и рекламными щитами, держитесь подальше от линий электропередачи.\n\n"
            "Телефон единой службы спасения — 112."
        )
        out.append((f"storm-{n}", MCHS, at, text, True, "storm"))
    return out


def _received(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n in range(18):
        a = n % len(AMBASSADORS)
        country, amb = COUNTRIES[a], AMBASSADORS[a]
        dep = DEPUTIES[rng.randrange(len(DEPUTIES))]
        at = _at(rng)
        topic = rng.randrange(len(TOPICS_RU))
        ru = n % 2 == 0 or n >= 14
        if ru:
            text = (
                f"{_ru_date(at)} заместитель Министра иностранных дел Российской Федерации "
                f"{dep[0]} принял Посла {country[1]} в Москве {amb[0]}. В ходе беседы "
                f"обсуждались {TOPICS_RU[topic]}."
            )
        else:
            text = (
                f"On {_en_date(at)}, Deputy Foreign Minister {dep[1]} met with Ambassador of "
                f"{country[3]} to Moscow {amb[1]}. They discussed {TOPICS_EN[topic]}."
            )
        out.append((f"recv-{n}", MFA_RU if ru else MFA_EN, at, text, ru, "recv"))
    return out


def _arrivals(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n, city in enumerate(CITIES):
        at = _at(rng)
        out.append(
            (
                f"arr-ru-{n}",
                MFA_RU,
                at,
                f"Сергей Лавров прибыл в {city[0]} с рабочим визитом.",
                True,
                "arr",
            )
        )
        if n % 2:
            out.append(
                (
                    f"arr-en-{n}",
                    MFA_EN,
                    at + timedelta(minutes=20),
                    f"Sergey Lavrov arrives in {city[1]} for a working visit.",
                    False,
                    "arr",
                )
            )
    return out


def _comments(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n, (event, point) in enumerate(EVENTS_RU):
        pads = rng.sample(PAD_RU, 2)
        text = (
            "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
            f"{event}\n\n{point}\n\n{pads[0]} {pads[1]}"
        )
        out.append((f"com-ru-{n}", MFA_RU, _at(rng), text, True, "com"))
    for n, (event, point) in enumerate(EVENTS_EN):
        pads = rng.sample(PAD_EN, 2)
        text = (
            f"Comment by Foreign Ministry Spokeswoman Maria Zakharova on {event}\n\n{point}\n\n"
            f"{pads[0]} {pads[1]}"
        )
        out.append((f"com-en-{n}", MFA_EN, _at(rng), text, False, "com"))
    return out


HOLIDAYS = [
    ("День независимости", "Independence Day"),
    ("День Республики", "Republic Day"),
    ("Национальный день", "National Day"),
    ("День революции", "Revolution Day"),
]


def _greetings(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n, c in enumerate(rng.sample(range(len(COUNTRIES)), 19)):
        country = COUNTRIES[c]
        holiday = HOLIDAYS[rng.randrange(len(HOLIDAYS))]
        at = _at(rng)
        if n % 3:
            text = (
                f"🎉 Сегодня {country[0]} отмечает {holiday[0]}. Сердечно поздравляем народ "
                f"{country[1]} с праздником! Желаем мира, благополучия и процветания."
            )
            out.append((f"greet-ru-{n}", MFA_RU, at, text, True, "greet"))
        else:
            text = (
                f"🎉 Today {country[3]} celebrates its {holiday[1]}. Our warmest congratulations "
                f"to the people of {country[3]}! We wish you peace, well-being and prosperity."
            )
            out.append((f"greet-en-{n}", MFA_EN, at, text, False, "greet"))
    return out


def _consular(rng: random.Random) -> list[tuple[str, SourceRef, datetime, str, bool, str]]:
    out = []
    for n, day in enumerate(sorted(rng.sample(range(1, 34), 8))):
        when = START + timedelta(days=day)
        at = when - timedelta(days=rng.randint(1, 2), hours=rng.randint(0, 5))
        closed = rng.choice(["не будет осуществлять приём граждан", "работать не будет"])
        text = (
            f"❗️ Консульский отдел Посольства России в Египте {_ru_date(when)} {closed} в связи "
            "с национальным праздником страны пребывания. Экстренная связь для граждан России — "
            "по телефону дежурного дипломата."
        )
        out.append((f"cons-{n}", EMB_RU, at, text, True, "cons"))
    return out


FAMILIES = [
    _greetings,
    _consular,
    _condolences,
    _calls,
    _briefings,
    _stoplists,
    _tolls,
    _rates,
    _flashes,
    _keyrate,
    _votes,
    _corrections,
    _storms,
    _received,
    _arrivals,
    _comments,
]
# Kinds a family's copies never take: a stop-list's preview or lead stops before its names.
UNSAFE = {"stop": {"preview", "readmore"}}


def build(seed: int = 10) -> list[Labelled]:
    """The labelled posts in publication order."""
    rng = random.Random(seed)
    s = _Set(rng)
    copier = _Copier(s)
    for family in FAMILIES:
        for story, owner, at, text, ru, kind in family(rng):
            unsafe = UNSAFE.get(kind, set())
            kinds = [k for k in _kinds(rng, text) if k.split(":")[-1] not in unsafe]
            posted = _typo(rng, text) if "typofix" in kinds else text
            s.add(story, owner, at, posted, "orig")
            copier.copy(story, owner, at, posted, text, ru, kinds)
    return s.labelled()

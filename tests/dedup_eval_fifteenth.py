# ruff: noqa: E501  (a data module: a state per line, long template strings read better whole)
"""The fifteenth labelled near-duplicate set: statements one negation or modal apart, the same
memorial day year after year, a spokeswoman's answers on one template, both sides' readouts of
one meeting, long articles with one paragraph changed or cut, lists one entry apart, digests,
machine translations, and the copies official channels' reposters really make.

Written blind in session 41 (from how official channels, agencies and their reposters write,
without reading the dedup code or its rules; only the earlier sets and
tests/test_dedup_eval.py were read, for the shape and the conventions). A foreign ministry's
Russian and English channels, its spokeswoman's channel, two partner ministries' English
channels, a central bank, a weather service, an emergencies ministry, the aviation agency, UN
News in Russian and English, the CSTO's and ASEAN's secretariats, a Russian agency and an
English wire, four reposters, two analysts' channels, a machine-translating aggregator, a
scraper and a text dump of forwards. Each *story* is one statement; every post of a story after
its first is a copy the reader must not see twice, and every other story must be kept.

Distinct statements (each its own story): statements identical but for a negation or a modal
("поддерживает" / "не поддерживает", "примет участие" / "не примет участия", "will" / "will
not", "may" / "must"); memorial and anniversary days on one template a year apart (another
year, another anniversary and one sentence changed); "Ответ официального представителя МИД
России М.В.Захаровой на вопрос СМИ" posts on one template with other questions; the two sides'
own readouts of one meeting (each ministry's text: two statements, the third set's
convention for rewrites); long articles (2,000-4,000 characters) on one template with one
paragraph's figure or name changed; lists (designations, participants, agreements signed)
one or two entries apart; a digest that bundles three earlier statements whole (its own
story, like a quotation with words of its own); an aggregator's machine translation into the
other language (a translation: two stories, the earlier sets' convention); condolence and
congratulation telegrams to other states and people; briefing parts ("часть 1/2/3"); daily
rates; weather forecasts; flight schedules; tolls one figure apart; UN votes and lists of
states one name apart; an article quoting a statement inside its own paragraphs; telephone
readouts with other counterparts.

Copies (each copy's external id ends with its kind): a forward, a forward under an analyst's
one-line remark with no fact in it (the earlier sets' convention), a text dump's "Переслано
из" line, a plain repost, the hashtag line swapped, the leading emoji swapped, a reposter's
signature, a "Подписаться" footer, a link preview's text, another link preview's text than
the first copy's, an "Источник:" / "Source:" line added or changed, the post's link with
tracking parameters (utm_source...), emoji bullets swapped for hyphens or a numbered list,
Telegram Markdown left in, a scraper's HTML entities, soft hyphens, zero-width characters,
non-breaking spaces, other quotes and dashes, "ё" as "е", Latin or Cyrillic look-alike
letters, lines re-flowed, "…Читать далее" / "Read more" truncations cut after the slots, one
typo, two typos, the heading dropped, a closing line with no fact dropped or added, a long
article re-posted by the same template's reposter with one short paragraph that carries no
slot cut (at most a fifth of the text: the third set's "80%" convention), a joint statement
posted word for word by both ministries (one text, two channels: a copy), and one typo with
one other change. Every copy keeps whole the slots that tell its statement from its siblings
(checked when the statement is made; typos and look-alikes never touch them; a truncation
cuts after them). A short post's copies come within eight hours of it, a longer one's within
a day. Seed 15: 1080 posts, 337 stories, 743 copies, 63% Russian, 24 sources; memorial days
from January 2025 to October 2027, everything else from April to July 2026. First run (main
of session 41, 4b434e1): precision 0.989, recall 0.968 (seeds 1-5: 0.986-0.993 /
0.969-0.976). Folded: English notices one modal apart ("may" / "must", "may" / "should"),
every seed, with their copies; a digest into one of the statements it bundles (2 of 48).
Missed: lists whose emoji bullets were swapped for hyphens or numbers (79 of 186), short
flashes with two typos or a typo and a source line (docs/dedup.md, "A fifteenth set").
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef


def _tg(key: str, title: str, username: str) -> SourceRef:
    return SourceRef(kind="telegram", key=key, title=title, username=username)


MFA = _tg("-1001500600001", "МИД России 🇷🇺", "mid_rf_official")
MFA_EN = _tg("-1001500600002", "MFA Russia 🇷🇺", "mfa_rf_english")
SPOKES = _tg("-1001500600003", "Мария Захарова | Официально", "mz_official_ru")
PARTNER_A = _tg(
    "-1001500600004", "Ministry of Foreign Affairs of the Republic of Indonesia", "kemlu_ri_en"
)
PARTNER_B = _tg("-1001500600005", "MFA of Kazakhstan", "mfa_kz_en")
BANK = _tg("-1001500600006", "Банк России", "cbr_rf_channel")
METEO = _tg("-1001500600007", "Гидрометцентр России", "meteoinfo_rf")
EMERG = _tg("-1001500600008", "МЧС России", "mchs_official_tg")
AVIA = _tg("-1001500600009", "Росавиация", "favt_official")
UN_RU = _tg("-1001500600010", "Новости ООН", "un_news_rus")
UN_EN = _tg("-1001500600011", "UN News", "un_news_global_en")
CSTO = _tg("-1001500600012", "Секретариат ОДКБ", "odkb_secretariat")
ASEAN = _tg("-1001500600013", "ASEAN Secretariat", "asean_sec_news")
AGENCY = _tg("-1001500600014", "ИА «Восток-Медиа»", "vostok_media_ia")
WIRE = _tg("-1001500600015", "Northline Wire", "northline_wire")
REP1 = _tg("-1001500600016", "Дипломатия сегодня", "diplomatia_today")
REP2 = _tg("-1001500600017", "Мир и политика 🌍", "mir_i_politika")
REP_EN = _tg("-1001500600018", "Diplomacy Daily", "diplomacydaily_en")
REP_EN2 = _tg("-1001500600019", "The Embassy Row", "embassyrow_feed")
ANALYST = _tg("-1001500600020", "Заметки востоковеда", "zametki_vostokoveda")
ANALYST_EN = _tg("-1001500600021", "Protocol Watch", "protocolwatch")
MT = _tg("-1001500600022", "World News Auto 🌐", "worldnews_autotr")
SCRAPER = SourceRef(kind="import", key="scraper-mid-2026-04", title="scraped-mid-apr.jsonl")
DUMP = SourceRef(kind="import", key="forwards-2026-04.txt", title="forwards-2026-04.txt")

LINKS = {
    MFA: "https://mid.ru/ru/foreign_policy/news/",
    SPOKES: "https://mid.ru/ru/press_service/spokesman/answers/",
    MFA_EN: "https://mid.ru/en/foreign_policy/news/",
    UN_EN: "https://news.un.org/en/story/2026/",
    UN_RU: "https://news.un.org/ru/story/2026/",
}

RU_MONTHS = [
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
]  # fmt: skip
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
START = datetime(2026, 4, 1, 6, 0, tzinfo=UTC)

# EN, genitive RU, prepositional RU, leader dative RU, leader EN, FM instrumental RU, FM EN
STATES = [
    ("Ghana", "Ганы", "в Гане", "Дж.Махаме", "John Mahama", "С.Аблаквой", "Samuel Okudzeto Ablakwa"),
    ("Gabon", "Габона", "в Габоне", "Б.Олиги Нгеме", "Brice Oligui Nguema", "Р.Адиахено", "Regis Onanga Ndiaye"),
    ("Colombia", "Колумбии", "в Колумбии", "Г.Петро", "Gustavo Petro", "Р.Вильявисенсио", "Rosa Villavicencio"),
    ("the Philippines", "Филиппин", "на Филиппинах", "Ф.Маркосу", "Ferdinand Marcos Jr.", "Т.Ласаро", "Theresa Lazaro"),
    ("Burkina Faso", "Буркина-Фасо", "в Буркина-Фасо", "И.Траоре", "Ibrahim Traore", "К.Траоре", "Karamoko Jean-Marie Traore"),
    ("Turkmenistan", "Туркменистана", "в Туркменистане", "С.Бердымухамедову", "Serdar Berdimuhamedov", "Р.Мередовым", "Rashid Meredov"),
    ("Bahrain", "Бахрейна", "в Бахрейне", "Хамаду бен Исе Аль Халифе", "King Hamad bin Isa Al Khalifa", "А.аз-Зайяни", "Abdullatif Al Zayani"),
    ("Eritrea", "Эритреи", "в Эритрее", "И.Афеворки", "Isaias Afwerki", "О.Салехом", "Osman Saleh"),
    ("Nicaragua", "Никарагуа", "в Никарагуа", "Д.Ортеге", "Daniel Ortega", "В.Йентшке", "Valdrack Jaentschke"),
    ("Cameroon", "Камеруна", "в Камеруне", "П.Бийе", "Paul Biya", "Л.Мбелла Мбеллой", "Lejeune Mbella Mbella"),
    ("Brunei", "Брунея", "в Брунее", "Хассаналу Болкиаху", "Sultan Hassanal Bolkiah", "Эривану Юсофом", "Erywan Yusof"),
    ("Costa Rica", "Коста-Рики", "в Коста-Рике", "Р.Чавесу", "Rodrigo Chaves", "А.Андре Томасом", "Arnoldo Andre Tinoco"),
    ("Zambia", "Замбии", "в Замбии", "Х.Хичилеме", "Hakainde Hichilema", "М.Хаимбе", "Mulambo Haimbe"),
    ("Mauritania", "Мавритании", "в Мавритании", "М.Газуани", "Mohamed Ould Ghazouani", "М.Мерзугом", "Mohamed Salem Ould Merzoug"),
    ("Bhutan", "Бутана", "в Бутане", "Джигме Кхесар Намгьял Вангчуку", "King Jigme Khesar Namgyel Wangchuck", "Д.Н.Дунгйелом", "D.N. Dhungyel"),
    ("Djibouti", "Джибути", "в Джибути", "И.О.Гелле", "Ismail Omar Guelleh", "А.Ю.Хумедом", "Abdoulkader Houssein Omar"),
    ("Uruguay", "Уругвая", "в Уругвае", "Я.Орси", "Yamandu Orsi", "М.Лубетким", "Mario Lubetkin"),
    ("Malawi", "Малави", "в Малави", "П.Мутарике", "Peter Mutharika", "Н.Сака", "Nancy Tembo"),
]  # fmt: skip
# genitive RU, EN
DISASTERS = [
    ("сильнейшего землетрясения", "devastating earthquake"),
    ("катастрофического наводнения", "catastrophic flooding"),
    ("схода оползня", "landslide"),
    ("крушения пассажирского самолёта", "passenger plane crash"),
    ("взрыва на топливном складе", "fuel depot explosion"),
    ("тропического шторма", "tropical storm"),
]
# city RU (prepositional), city EN
CITIES = [
    ("Минске", "Minsk"), ("Ташкенте", "Tashkent"), ("Баку", "Baku"), ("Ереване", "Yerevan"),
    ("Джакарте", "Jakarta"), ("Каире", "Cairo"), ("Дохе", "Doha"), ("Бишкеке", "Bishkek"),
    ("Ханое", "Hanoi"), ("Анкаре", "Ankara"), ("Тегеране", "Tehran"), ("Астане", "Astana"),
]  # fmt: skip


def _ru_date(d: datetime) -> str:
    return f"{d.day} {RU_MONTHS[d.month - 1]}"


def _en_date(d: datetime) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]}"


class _Story:
    __slots__ = ("at", "bullets", "keep", "long", "ru", "sid", "source", "text", "url")

    def __init__(
        self, sid: str, source: SourceRef, at: datetime, text: str, ru: bool, keep: tuple[str, ...]
    ) -> None:
        self.sid = sid
        self.source = source
        self.at = at
        self.text = text
        self.ru = ru
        self.keep = keep  # what tells it from its siblings (kept whole in every copy)
        self.long = False  # a long article: may be re-posted with a short paragraph cut
        self.bullets = "🔹" in text or "▪️" in text or "✅" in text
        m = re.search(r"https://\S+", text)
        self.url = m.group(0) if m else None


class _Set:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stories: list[_Story] = []
        self.out: list[Labelled] = []
        self.n = 0

    def story(
        self, family: str, source: SourceRef, at: datetime, text: str, ru: bool, *keep: str
    ) -> _Story:
        self.n += 1
        if source in LINKS and len(text) < 1500 and self.rng.random() < 0.3:
            text = f"{text}\n\n🔗 {LINKS[source]}{self.rng.randrange(1900000, 2100000)}/"
        for k in keep:
            assert k in text, (family, k)
        s = _Story(f"{family}-{self.n}", source, at, text, ru, keep)
        self.stories.append(s)
        self.add(s, source, f"{s.sid}-orig", at, text)
        return s

    def add(
        self, s: _Story, source: SourceRef, ext: str, at: datetime, text: str, **extra: object
    ) -> None:
        post = Post(source=source, external_id=ext, published_at=at, text=text, **extra)  # type: ignore[arg-type]
        self.out.append(Labelled(post, s.sid))

    def day(self, n: int, hour: int | None = None) -> datetime:
        h = self.rng.randrange(8, 20) if hour is None else hour
        return START + timedelta(days=n, hours=h - 6, minutes=self.rng.randrange(60))


# --- distinct statements ---------------------------------------------------------------

# (text with {v}, the two fillings): statements that differ only by a negation or a modal.
NEGATIONS_RU = [
    ("Российская сторона {v} инициативу о созыве в Женеве международной конференции по безопасности судоходства в Красном море. Соответствующая позиция доведена до сведения генерального секретаря ООН.", "поддерживает", "не поддерживает"),
    ("Россия {v} в работе совещания министров иностранных дел «Группы двадцати», которое пройдёт в Йоханнесбурге. Делегацию возглавит заместитель министра иностранных дел С.А.Рябков.", "примет участие", "не примет участия"),
    ("Министерство иностранных дел Российской Федерации {v} возможным продление мандата миссии ООН по наблюдению за прекращением огня на прежних условиях.", "считает", "не считает"),
    ("Российская сторона {v} вносить изменения в проект резолюции Совета Безопасности ООН по гуманитарной ситуации в Судане.", "намерена", "не намерена"),
    ("Граждане Российской Федерации, находящиеся в зоне действия режима чрезвычайного положения, {v} встать на консульский учёт в посольстве через портал «Заграничный гражданин».", "могут", "должны"),
    ("Въезд на территорию страны по внутренним паспортам граждан России с 1 июня {v}. Просим учитывать это при планировании поездок.", "допускается", "не допускается"),
    ("Москва {v} решение руководства Европейского союза о продлении ограничительных мер против российских физических и юридических лиц.", "приветствует", "не признаёт"),
    ("МИД России {v} сведения о задержании российского гражданина в аэропорту Белграда. Посольство поддерживает связь с местными властями.", "подтверждает", "не подтверждает"),
    ("Российские наблюдатели {v} к мониторингу президентских выборов в Гвинее-Бисау по приглашению Национальной избирательной комиссии.", "будут привлечены", "не будут привлечены"),
    ("Посольство России {v} свою работу в обычном режиме в период проведения в стране всеобщей забастовки.", "продолжит", "приостановит"),
    ("Российская делегация {v} за проект резолюции Генеральной Ассамблеи ООН о праве на развитие, внесённый от имени «Группы 77» и Китая.", "проголосует", "не будет голосовать"),
    ("Ратификация соглашения о взаимной защите капиталовложений {v} в повестку весенней сессии Государственной Думы.", "включена", "не включена"),
]  # fmt: skip
NEGATIONS_EN = [
    ("The Russian Federation {v} the proposal to hold an international conference on the safety of navigation in the Red Sea in Geneva. The position has been communicated to the UN Secretary-General.", "supports", "does not support"),
    ("Russia {v} take part in the G20 foreign ministers' meeting in Johannesburg. The delegation will be led by Deputy Foreign Minister Sergey Ryabkov.", "will", "will not"),
    ("Applicants {v} submit their documents to the Consular Section in person and present the original passport at the appointment.", "may", "must"),
    ("The Embassy {v} continue to operate as usual during the general strike announced by the country's trade unions.", "will", "will not"),
    ("Moscow {v} ready to resume consultations on strategic stability without preconditions.", "is", "is not"),
    ("Russian citizens {v} enter the country with an internal passport from 1 June. Please take this into account when planning your trip.", "can", "cannot"),
    ("The Russian side {v} its participation in the ministerial conference on Afghanistan to be held in Tashkent.", "has confirmed", "has not confirmed"),
    ("Russia {v} the extension of the mandate of the UN observer mission on the current terms.", "backs", "opposes"),
    ("Visitors {v} register at the entrance of the Reception House with a press card issued by the Ministry.", "may", "should"),
    ("The Foreign Ministry {v} reports that a Russian national has been detained at Belgrade airport. The Embassy is in contact with the local authorities.", "confirms", "does not confirm"),
]  # fmt: skip


def _negations(x: _Set) -> None:
    """Statements one negation or modal apart (each its own)."""
    rng = x.rng
    for i, (t, a, b) in enumerate(NEGATIONS_RU):
        at = x.day(i * 5 + 1)
        first = t.format(v=a)
        x.story(
            "neg-ru", MFA if i % 3 else SPOKES, at, first, True, f" {a} " if i != 5 else f"{a}."
        )
        later = at + timedelta(days=rng.choice([0, 3, 8]), hours=rng.choice([3, 5]))
        x.story(
            "neg-ru",
            MFA if i % 3 else SPOKES,
            later,
            t.format(v=b),
            True,
            f" {b} " if i != 5 else f"{b}.",
        )
    for i, (t, a, b) in enumerate(NEGATIONS_EN):
        at = x.day(i * 6 + 2)
        x.story("neg-en", MFA_EN, at, t.format(v=a), False, f" {a} ")
        later = at + timedelta(days=rng.choice([0, 2, 9]), hours=rng.choice([2, 6]))
        x.story("neg-en", MFA_EN, later, t.format(v=b), False, f" {b} ")


# day and month, title RU, since (year), the sentences that change year by year (RU), EN title
MEMORIALS = [
    (22, 6, "День памяти и скорби", 1941, [
        "В этот день мы вспоминаем всех, кто отдал жизнь за свободу и независимость Родины.",
        "Российские загранучреждения проводят памятные мероприятия у воинских мемориалов.",
        "Возложение цветов к Могиле Неизвестного Солдата состоится в 10:00.",
    ], "the Day of Remembrance and Sorrow"),
    (27, 1, "годовщина полного освобождения Ленинграда от фашистской блокады", 1944, [
        "Подвиг ленинградцев навсегда останется в нашей памяти.",
        "В посольствах России открыты фотовыставки, посвящённые блокаде.",
        "Участники акции «Блокадный хлеб» пройдут по улицам городов мира.",
    ], "the anniversary of the lifting of the siege of Leningrad"),
    (3, 9, "День солидарности в борьбе с терроризмом", 2004, [
        "Мы скорбим о жертвах трагедии в Беслане.",
        "Россия призывает международное сообщество к единому фронту против терроризма.",
        "Память о погибших детях Беслана обязывает нас быть непримиримыми к террору.",
    ], "the Day of Solidarity in the Fight against Terrorism"),
    (24, 10, "годовщина вступления в силу Устава ООН", 1945, [
        "Россия неизменно выступает за центральную координирующую роль ООН.",
        "Принципы Устава не утратили актуальности и сегодня.",
        "Призываем соблюдать Устав во всей полноте и взаимосвязи его положений.",
    ], "the anniversary of the entry into force of the UN Charter"),
    (10, 2, "День дипломатического работника", 1802, [
        "Поздравляем ветеранов и сотрудников дипломатической службы с профессиональным праздником.",
        "В этот день чтим память дипломатов, погибших при исполнении служебного долга.",
        "Министр вручит государственные награды сотрудникам министерства.",
    ], "Diplomatic Workers' Day"),
    (9, 8, "годовщина атомной бомбардировки Нагасаки", 1945, [
        "Мы разделяем скорбь японского народа.",
        "Трагедия Хиросимы и Нагасаки не должна повториться.",
        "Вашингтон так и не признал ответственности за эти бомбардировки.",
    ], "the anniversary of the atomic bombing of Nagasaki"),
]  # fmt: skip


def _years_ru(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return f"{n} года"
    return f"{n} лет"


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _memorials(x: _Set) -> None:
    """Memorial and anniversary days a year apart (another year, one sentence changed)."""
    for k, (d, m, title, since, sentences, title_en) in enumerate(MEMORIALS):
        for j, year in enumerate((2025, 2026, 2027)):
            at = datetime(year, m, d, 6 + (k % 3), 10 + k * 3 + j, tzinfo=UTC)
            n = year - since
            ru = (
                f"🕯 {d} {RU_MONTHS[m - 1]} {year} года — {title}.\n\n"
                f"{_years_ru(n)} назад произошли события, которые навсегда вошли в историю "
                f"нашей страны и всего мира. {sentences[j]}\n\n"
                "Министерство иностранных дел Российской Федерации призывает хранить память о "
                "прошлом и не допускать искажения исторической правды.\n\n#Помним"
            )
            x.story("memo-ru", MFA, at, ru, True, f"{year} года", _years_ru(n), sentences[j])
            if k % 2 == 0:
                en = (
                    f"🕯 {EN_MONTHS[m - 1]} {d}, {year}, marks {title_en}, the "
                    f"{_ordinal_en(n)} anniversary of events that changed the history of our "
                    f"country and of the whole world.\n\n"
                    + [
                        "We remember all those who gave their lives.",
                        "Russian embassies hold memorial events.",
                        "Flowers will be laid at 10:00.",
                    ][j]
                    + "\n\nThe Russian Foreign Ministry calls on everyone to preserve historical truth.\n\n#WeRemember"
                )
                x.story(
                    "memo-en",
                    MFA_EN,
                    at + timedelta(minutes=50),
                    en,
                    False,
                    f"{d}, {year}",
                    _ordinal_en(n),
                )


# topic (after "о"/"об"), question, answer
QA_RU = [
    ("заявлениях официальных лиц Финляндии о закрытии границы", "Как в Москве оценивают заявления официальных лиц Финляндии о бессрочном закрытии границы с Россией?", "Такие решения бьют прежде всего по простым гражданам обеих стран. Ответственность за деградацию двусторонних отношений целиком лежит на финской стороне."),
    ("задержании российского судна в порту Таллина", "Известно ли что-либо о судьбе экипажа российского судна, задержанного в порту Таллина?", "Посольство России в Эстонии находится в постоянном контакте с экипажем. Требуем немедленно освободить судно и прекратить произвол."),
    ("планах Японии по размещению ракет средней дальности", "Как Москва ответит на планы Японии разместить у себя ракеты средней дальности?", "Мы будем вынуждены принять меры по укреплению собственной обороноспособности на Дальнем Востоке."),
    ("выставке в Берлине, посвящённой событиям 1945 года", "Как вы прокомментируете открытие в Берлине выставки, где роль Красной армии представлена искажённо?", "Это очередная попытка переписать историю Второй мировой войны. Рассчитываем на реакцию общественности Германии."),
    ("отказе в визах российским журналистам", "Как МИД прокомментирует отказ в визах российским журналистам для освещения сессии Генассамблеи?", "Это грубое нарушение Соглашения о Штаб-квартире ООН. Вопрос будет поднят в Комитете по сношениям со страной пребывания."),
    ("ситуации вокруг Запорожской АЭС", "Что известно о последних обстрелах в районе Запорожской АЭС?", "Мы призываем МАГАТЭ дать объективную оценку действиям киевского режима, создающим угрозу ядерной безопасности."),
    ("сносе памятника советским воинам в Польше", "Как МИД оценивает очередной снос памятника советским воинам-освободителям в Польше?", "Это кощунство. Варшава продолжает войну с памятниками, оскорбляя память о 600 тысячах советских солдат, погибших при освобождении Польши."),
    ("экспорте российского зерна в Африку", "Когда ожидается отправка новых партий российского зерна в страны Африки?", "Поставки продолжаются в соответствии с достигнутыми договорённостями. Очередная партия отправится в ближайшие недели."),
    ("санкциях против российских дипломатов в Молдавии", "Как Москва ответит на высылку российских дипломатов из Молдавии?", "Ответные меры последуют. Кишинёв последовательно разрушает двусторонние отношения."),
    ("визите генерального секретаря ОБСЕ", "Планируется ли визит генерального секретаря ОБСЕ в Москву?", "Такой визит пока не планируется. Мы открыты к диалогу, если он будет равноправным."),
    ("использовании замороженных российских активов", "Как Москва ответит на решение ЕС использовать доходы от замороженных российских активов?", "Это воровство. Любые действия с российскими активами получат жёсткий ответ."),
    ("учениях НАТО у границ Союзного государства", "Как МИД оценивает масштабные учения НАТО вблизи границ России и Беларуси?", "Учения носят откровенно провокационный характер. Мы примем все необходимые меры для обеспечения безопасности Союзного государства."),
]  # fmt: skip
QA_EN = [
    ("the statements by Finnish officials on closing the border", "How does Moscow assess the statements by Finnish officials on closing the border with Russia indefinitely?", "Such decisions hurt ordinary citizens of both countries first of all. Responsibility for the decline in relations lies entirely with the Finnish side."),
    ("Japan's plans to deploy intermediate-range missiles", "How will Moscow respond to Japan's plans to deploy intermediate-range missiles?", "We will have to take measures to strengthen our own defence capability in the Far East."),
    ("visa denials to Russian journalists", "How does the Foreign Ministry comment on visa denials to Russian journalists covering the General Assembly?", "This is a gross violation of the UN Headquarters Agreement. The matter will be raised at the Committee on Relations with the Host Country."),
    ("Russian grain exports to Africa", "When are new shipments of Russian grain to African countries expected?", "Deliveries continue in line with the agreements reached. The next shipment will leave in the coming weeks."),
    ("the use of frozen Russian assets", "How will Moscow respond to the EU decision to use proceeds from frozen Russian assets?", "This is theft. Any actions with Russian assets will meet a firm response."),
    ("NATO exercises near the borders of the Union State", "How does the Foreign Ministry assess NATO's large-scale exercises near the borders of Russia and Belarus?", "The exercises are openly provocative. We will take all necessary measures to ensure the security of the Union State."),
]  # fmt: skip


def _qa(x: _Set) -> None:
    """The spokeswoman's answers to media questions on one template (each its own)."""
    for i, (topic, q, a) in enumerate(QA_RU):
        at = x.day(i * 4 + 2, hour=14 + i % 4)
        ru = (
            f"💬 Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ о {topic}\n\n"
            f"Вопрос: {q}\n\nОтвет: {a}"
        )
        x.story("qa-ru", SPOKES if i % 2 else MFA, at, ru, True, topic, q)
    for i, (topic, q, a) in enumerate(QA_EN):
        at = x.day(i * 7 + 3, hour=17)
        en = (
            f"💬 Foreign Ministry Spokeswoman Maria Zakharova's answer to a media question about {topic}\n\n"
            f"Question: {q}\n\nAnswer: {a}"
        )
        x.story("qa-en", MFA_EN, at, en, False, topic, q)


# partner channel, FM EN, FM instrumental RU, state genitive RU, state EN
PARTNERS = [
    (PARTNER_A, "Sugiono", "Сугионо", "Индонезии", "Indonesia", "Jakarta", "Джакарте"),
    (
        PARTNER_B,
        "Yermek Kosherbayev",
        "Е.Кошербаевым",
        "Казахстана",
        "Kazakhstan",
        "Astana",
        "Астане",
    ),
]
MEET_TOPICS = [
    ("энергетике и транспортной логистике", "energy and transport logistics", "the Russia-Indonesia Intergovernmental Commission"),
    ("подготовке визита на высшем уровне", "preparations for a visit at the highest level", "the upcoming summit"),
    ("ситуации в Юго-Восточной Азии", "the situation in South-East Asia", "the East Asia Summit"),
    ("взаимодействию в БРИКС", "cooperation within BRICS", "the BRICS ministerial meeting"),
]  # fmt: skip


def _two_sides(x: _Set) -> None:
    """Both sides' own readouts of one meeting (two statements); a joint press statement
    posted word for word by both ministries (one statement, the second post a copy)."""
    for p, (chan, fm_en, fm_ru, gen, st_en, cap_en, _cap_ru) in enumerate(PARTNERS):
        for i, (t_ru, t_en, forum) in enumerate(MEET_TOPICS):
            at = x.day(p * 3 + i * 13 + 4, hour=11)
            d_ru, d_en = _ru_date(at), _en_date(at)
            ru = (
                f"{d_ru} в Москве состоялись переговоры Министра иностранных дел Российской "
                f"Федерации С.В.Лаврова с Министром иностранных дел {gen} {fm_ru}.\n\n"
                f"Министры обсудили актуальные вопросы двустороннего сотрудничества, уделив "
                f"особое внимание {t_ru}. Подтверждён взаимный настрой на дальнейшее "
                f"наращивание политического диалога."
            )
            x.story("side-ru", MFA, at + timedelta(hours=2), ru, True, d_ru, fm_ru, t_ru)
            partner = (
                f"Foreign Minister {fm_en} met Russian Foreign Minister Sergey Lavrov in Moscow on "
                f"{d_en}. The two ministers discussed {t_en} and agreed to step up preparations "
                f"for {forum}. Minister {fm_en} underlined {st_en}'s independent and active "
                f"foreign policy and its readiness to work with all partners."
            )
            x.story(
                "side-partner", chan, at + timedelta(hours=3), partner, False, d_en, t_en, forum
            )
            if i % 2 == 0:
                joint = (
                    f"Joint press statement following the talks between the Foreign Ministers of "
                    f"the Russian Federation and {st_en}\n\nOn {d_en}, Sergey Lavrov and {fm_en} "
                    f"held talks in Moscow. The Ministers reaffirmed their commitment to deepening "
                    f"the comprehensive partnership, discussed {t_en} and agreed to hold the next "
                    f"round of consultations in {cap_en}."
                )
                s = x.story(
                    "joint-en", MFA_EN, at + timedelta(hours=4), joint, False, d_en, t_en, cap_en
                )
                # the partner ministry posts the same text (one statement, two channels)
                x.add(
                    s,
                    chan,
                    f"{s.sid}-{len(x.out)}-bothsides",
                    at + timedelta(hours=5, minutes=p * 7),
                    joint,
                )


LONG_RU_1 = """Консульская помощь гражданам России за рубежом: итоги {quarter} квартала

Департамент консульской службы МИД России подвёл итоги работы загранучреждений в {quarter} квартале 2026 года. За отчётный период консульская помощь была оказана {n1} гражданам Российской Федерации, оказавшимся в трудной жизненной ситуации за рубежом, в том числе в связи с утратой документов, задержанием местными властями, болезнью или гибелью близких.

Наибольшее число обращений традиционно поступило в консульские учреждения {country}, где в курортный сезон одновременно находятся десятки тысяч российских туристов. Сотрудники генеральных консульств работали в круглосуточном режиме, а в аэропортах были организованы мобильные пункты приёма граждан.

Напоминаем, что при утрате паспорта за границей необходимо в кратчайшие сроки обратиться в ближайшее посольство или консульство России. Для возвращения на Родину гражданину будет оформлено свидетельство на въезд (возвращение) в Российскую Федерацию. Срок его оформления, как правило, не превышает одного рабочего дня при наличии необходимых сведений о личности заявителя.

В отчётный период продолжилось развитие электронных сервисов. Через портал «Заграничный гражданин» подано свыше 120 тысяч заявлений о записи на приём, постановке на консульский учёт и выдаче справок. Записаться на приём теперь можно и через мобильное приложение, а статус готовности документов отслеживается в личном кабинете.

Особое внимание уделялось гражданам, находящимся в районах стихийных бедствий и вооружённых конфликтов. При содействии загранучреждений и МЧС России из таких районов вывезены {n2} человек, в том числе дети и граждане с ограниченными возможностями здоровья.

Продолжена работа по содействию соотечественникам в получении документов, необходимых для переезда в Российскую Федерацию в рамках Государственной программы по оказанию содействия добровольному переселению. Консульскими учреждениями выдано более 9 тысяч свидетельств участника программы, проведены десятки выездных приёмов в городах, где нет российских загранучреждений. Особенно востребованными такие приёмы оказались в отдалённых районах с большим числом соотечественников.

Рекомендуем перед поездкой ознакомиться с информацией о стране пребывания на сайте МИД России, оформить медицинскую страховку и зарегистрироваться в системе «Зарубежный помощник». Это позволит консульским работникам оперативно связаться с вами в случае чрезвычайной ситуации.

Телефон дежурной службы Департамента консульской службы МИД России: +7 (495) 244-19-92."""

LONG_RU_2 = """Итоги Международного форума «Евразийский диалог» в {city}

{date} в {city} завершил работу IV Международный форум «Евразийский диалог», организованный при поддержке Министерства иностранных дел Российской Федерации. В его работе приняли участие более {n1} представителей органов государственной власти, деловых кругов, экспертного сообщества и молодёжных организаций из 34 государств.

Пленарное заседание открыл заместитель Министра иностранных дел России {deputy}. В своём выступлении он подчеркнул, что формирование архитектуры равной и неделимой безопасности в Евразии отвечает коренным интересам всех государств континента, и призвал партнёров к совместной работе над соответствующей хартией.

В ходе тематических сессий участники обсудили развитие транспортно-логистических коридоров, включая маршрут «Север — Юг», перспективы расчётов в национальных валютах, сотрудничество в сфере цифровых технологий и продовольственной безопасности. Отмечена важность согласования национальных стратегий развития с проектами Евразийского экономического союза.

Отдельная секция была посвящена гуманитарным связям. Эксперты выступили за расширение академических обменов, поддержку русского языка за рубежом и взаимодействие молодёжных организаций. По итогам секции принято обращение к правительствам с предложением упростить визовый режим для студентов и преподавателей.

На полях форума подписано {n2} соглашений о сотрудничестве между университетами, торгово-промышленными палатами и региональными администрациями. Общая стоимость достигнутых договорённостей оценивается организаторами в несколько миллиардов рублей.

В рамках молодёжной программы форума прошли дебаты студентов ведущих университетов Евразии, деловая игра по моделированию переговоров и встреча с ветеранами дипломатической службы. Победители конкурса молодёжных проектов получили гранты на реализацию своих инициатив и приглашения на стажировку в Дипломатической академии МИД России. Организаторы отметили рекордное число заявок на участие в конкурсе.

Участники высоко оценили организацию форума и выразили заинтересованность в продолжении совместной работы. Следующий форум планируется провести в 2027 году.

Трансляция пленарного заседания доступна на сайте МИД России."""

LONG_EN = """Russia and ASEAN: results of the Senior Officials' Meeting in {city}

The Russia-ASEAN Senior Officials' Meeting was held in {city} on {date}. The Russian delegation was headed by Deputy Foreign Minister {deputy}; the ASEAN side was represented by the senior officials of the ten member states and the ASEAN Secretariat.

The parties reviewed the implementation of the Comprehensive Plan of Action for 2026-2030 and noted the steady growth of trade, which exceeded {n1} billion US dollars last year. Particular attention was paid to cooperation in energy, food security, disaster management and digital transformation, as well as to joint work against terrorism and transnational crime.

The Russian side briefed its partners on the initiative to build a system of equal and indivisible security in Eurasia and reaffirmed its support for ASEAN centrality in the regional architecture. The participants exchanged views on the situation in the South China Sea, on the Korean Peninsula and in Myanmar, and stressed the importance of settling disputes by peaceful means on the basis of international law.

The meeting welcomed the progress in humanitarian ties, including the exchanges of youth delegations, the ASEAN-Russia network of think tanks and the joint celebrations of the thirty-fifth anniversary of dialogue relations. More than {n2} students from ASEAN countries are now studying at Russian universities on government scholarships, and the number of direct flights between Russia and South-East Asia has doubled over the past two years.

On the economic track, the senior officials discussed the work of the joint working groups on trade and investment, science and technology, and energy. The Russian side proposed to intensify contacts between the Eurasian Economic Union and ASEAN, including through a memorandum on trade facilitation, and invited its partners to the St Petersburg International Economic Forum and the Eastern Economic Forum in Vladivostok. Both sides noted the potential of cooperation in civil nuclear energy, space research, education and tourism, and the importance of payments in national currencies.

The parties agreed to continue preparations for the next ASEAN-Russia Foreign Ministers' Meeting and the East Asia Summit, and to hold the next round of senior officials' consultations in Moscow.

The meeting was held in a traditionally friendly and constructive atmosphere."""


def _long(x: _Set) -> None:
    """Long articles on one template, one paragraph's figure or name changed (each its own)."""
    base1 = dict(quarter="первом", n1="2 418", country="Турции и Египта", n2="312")
    v1 = [
        base1,
        base1 | dict(n1="2 481"),
        base1 | dict(country="Таиланда и ОАЭ"),
        base1 | dict(n2="327"),
        dict(quarter="втором", n1="3 105", country="Турции и Египта", n2="198"),
    ]
    for i, kw in enumerate(v1):
        at = x.day(3 + i * 9, hour=12)
        s = x.story("long-ru1", MFA, at, LONG_RU_1.format(**kw), True, *kw.values())
        s.long = True
    base2 = dict(city="Казани", date="16 апреля", n1="1 200", deputy="А.Ю.Руденко", n2="27")
    v2 = [
        base2,
        base2 | dict(deputy="М.Ю.Галузин"),
        base2 | dict(n2="29"),
        base2 | dict(city="Новосибирске", date="21 мая", n1="950"),
    ]
    for i, kw in enumerate(v2):
        at = x.day(6 + i * 11, hour=18)
        s = x.story(
            "long-ru2", AGENCY if i % 2 else MFA, at, LONG_RU_2.format(**kw), True, *kw.values()
        )
        s.long = True
    base3 = dict(city="Vientiane", date="14 April", deputy="Andrey Rudenko", n1="23", n2="1,500")
    v3 = [
        base3,
        base3 | dict(n1="27"),
        base3 | dict(deputy="Mikhail Galuzin"),
        base3 | dict(city="Kuala Lumpur", date="9 June", n2="1,800"),
    ]
    for i, kw in enumerate(v3):
        at = x.day(5 + i * 12, hour=13)
        s = x.story(
            "long-en", MFA_EN if i != 2 else ASEAN, at, LONG_EN.format(**kw), False, *kw.values()
        )
        s.long = True


PERSONS = [
    "Джеймс Кливерли", "Грант Шаппс", "Бен Уоллес", "Лиз Трасс", "Том Тугендхат",
    "Джеймс Хипи", "Энн-Мари Тревельян", "Дэвид Кэмерон", "Пенни Мордонт", "Алисия Кернс",
    "Роберт Джонрик", "Стивен Доути", "Лео Дочерти", "Найджел Адамс", "Джон Хили",
]  # fmt: skip
ENTITIES_EN = [
    "Arctic Shipping Services LLC", "Baltic Bulk Carriers Ltd", "Caspian Freight Co.",
    "Delta Maritime Holdings", "Eastern Tanker Group", "Fjord Logistics AS",
    "Gulf Star Trading FZE", "Horizon Oil Brokers", "Ionian Marine Agency", "Jade Sea Shipping",
    "Kestrel Tankers Inc.", "Lumen Energy Trading",
]  # fmt: skip
PARTICIPANTS = [
    "Беларусь", "Казахстан", "Киргизия", "Таджикистан", "Армения", "Узбекистан",
    "Азербайджан", "Туркменистан", "Монголия", "Китай", "Иран", "Индия",
]  # fmt: skip
AGREEMENTS = [
    "Соглашение о взаимном признании документов об образовании",
    "Меморандум о сотрудничестве в области мирного использования атомной энергии",
    "Программа культурного обмена на 2026-2028 годы",
    "Соглашение о воздушном сообщении",
    "Меморандум о взаимопонимании в сфере здравоохранения",
    "Соглашение о сотрудничестве в области туризма",
    "Протокол о внесении изменений в соглашение о поощрении и взаимной защите капиталовложений",
    "Меморандум о сотрудничестве между информационными агентствами",
]


def _bullets(items: list[str], mark: str) -> str:
    return "\n".join(f"{mark} {it}" for it in items)


def _lists(x: _Set) -> None:
    """Designations, participants and agreements signed one or two entries apart."""
    rng = x.rng
    prev: list[str] = []
    for i in range(6):
        at = x.day(i * 8 + 6, hour=15)
        names = rng.sample(PERSONS, 6)
        if i % 2:  # the next list is the previous one with one name swapped
            names = prev[:]
            names[rng.randrange(6)] = next(p for p in PERSONS if p not in prev)
        prev = names[:]
        ru = (
            "❗️ В ответ на враждебные действия Лондона, вводящего санкции против российских "
            "физических и юридических лиц, принято решение о закрытии въезда в Российскую "
            "Федерацию для следующих граждан Великобритании:\n\n"
            + _bullets(names, "🔹")
            + "\n\n#стоплист"
        )
        x.story("stop-ru", MFA, at, ru, True, *names)
    prev_en: list[str] = []
    for i in range(5):
        at = x.day(i * 9 + 8, hour=16)
        ents = rng.sample(ENTITIES_EN, 5)
        if i % 2:
            ents = prev_en[:]
            ents[rng.randrange(5)] = next(e for e in ENTITIES_EN if e not in prev_en)
            if i == 3:
                ents.append(next(e for e in ENTITIES_EN if e not in ents))
        prev_en = ents[:]
        en = (
            "🔹 The Ministry of Finance today designated the following entities for operating "
            "vessels of the so-called shadow fleet:\n\n"
            + _bullets(ents, "▪️")
            + "\n\nAll property and interests in property of the designated entities are blocked."
        )
        x.story("desig-en", WIRE, at, en, False, *ents)
    for i in range(6):
        at = x.day(i * 7 + 10, hour=9)
        ps = PARTICIPANTS[: 6 + (i % 3)]
        if i >= 3:
            ps = ps[:]
            ps[2 + i % 3] = PARTICIPANTS[9 + i % 3]
        ru = (
            f"📋 В заседании Совета министров иностранных дел, которое пройдёт "
            f"{_ru_date(at + timedelta(days=5))} в {CITIES[i][0]}, примут участие делегации:\n\n"
            + _bullets(ps, "✅")
            + "\n\nАккредитация СМИ открыта до 18:00 по московскому времени."
        )
        x.story("parts-ru", CSTO, at, ru, True, *ps, CITIES[i][0])
    for i in range(6):
        at = x.day(i * 9 + 12, hour=17)
        st = STATES[i + 2]
        docs = AGREEMENTS[:4] if i < 3 else AGREEMENTS[2:6]
        if i % 3 == 1:
            docs = [*docs[:3], AGREEMENTS[7]]
        if i % 3 == 2:
            docs = [*docs, AGREEMENTS[6]]
        ru = (
            f"По итогам переговоров на высшем уровне с руководством {st[1]} в присутствии "
            f"лидеров двух стран подписаны:\n\n" + _bullets(docs, "🔹")
        )
        x.story("signed-ru", MFA, at, ru, True, st[1], *docs)


def _digests(x: _Set) -> None:
    """A digest that bundles three earlier short statements of a few days whole (its own
    story)."""
    rng = x.rng
    pool = [
        s
        for s in x.stories
        if s.ru and s.source is MFA and 15 <= len(s.text.split()) <= 60 and s.at >= START
    ]
    pool.sort(key=lambda s: s.at)
    made, k = 0, 0
    while made < 8 and k + 3 <= len(pool):
        three = pool[k : k + 3]
        k += 3
        if three[-1].at - three[0].at > timedelta(days=3):
            k -= 2
            continue
        at = three[-1].at + timedelta(hours=rng.randrange(3, 7))
        body = "\n\n".join(f"🔹 {s.text}" for s in three)
        text = f"📰 Главное за день от МИД России\n\n{body}\n\n#дайджест"
        x.story("digest-ru", REP1 if made % 2 else REP2, at, text, True)
        made += 1


def _condolences(x: _Set) -> None:
    """Condolence telegrams on one template to other states (each its own); an aggregator's
    machine translation of some (a translation: its own story)."""
    rng = x.rng
    for i, st in enumerate(STATES[:14]):
        dis_ru, dis_en = DISASTERS[i % len(DISASTERS)]
        at = x.day(i * 4 + 1, hour=rng.choice([9, 10, 16]))
        n = rng.randrange(12, 140)
        ru = (
            f"Соболезнования Министра иностранных дел России С.В.Лаврова в связи с последствиями "
            f"{dis_ru} {st[2]}\n\nМинистр иностранных дел Российской Федерации С.В.Лавров "
            f"направил соболезнования главе МИД {st[1]} "
            f"в связи с гибелью {n} человек в результате {dis_ru}.\n\nВ послании, в частности, "
            f"говорится: «Разделяем скорбь родных и близких погибших, желаем скорейшего "
            f"выздоровления всем пострадавшим»."
        )
        s = x.story("cond-ru", MFA, at, ru, True, st[2], st[1], f"{n} человек", dis_ru)
        if i % 2 == 0:
            en = (
                f"Condolences of the Minister of Foreign Affairs of Russia S.V.Lavrov in connection "
                f"with the consequences of the {dis_en} in {st[0]}\n\nMinister of Foreign "
                f"Affairs of the Russian Federation S.V.Lavrov sent condolences to the Minister of "
                f"Foreign Affairs of {st[0]} {st[6]} in connection with the death of {n} people as "
                f'a result of the {dis_en}.\n\nIn the message, in particular, it is said: "We share '
                f"the grief of the relatives and close ones of the dead, we wish the speediest "
                f'recovery to all the injured".\n\n🌐 Auto-translated from Russian'
            )
            x.story(
                "mt-en",
                MT,
                s.at + timedelta(minutes=rng.randrange(20, 90)),
                en,
                False,
                st[0],
                f"{n} people",
            )
        if i % 3 == 0:
            en2 = (
                f"Foreign Minister Sergey Lavrov has sent a message of condolences to Foreign "
                f'Minister of {st[0]} {st[6]} over the loss of {n} lives in the {dis_en}. "We share '
                f"the grief of the families of the victims and wish a speedy recovery to all the "
                f'injured," the message reads.'
            )
            x.story("cond-en", MFA_EN, at + timedelta(minutes=35), en2, False, st[0], f"{n} lives")


def _greetings(x: _Set) -> None:
    """Congratulations on a national day or an election to other states and people."""
    for i, st in enumerate(STATES[4:18]):
        at = x.day(i * 4 + 2, hour=8)
        if i % 2:
            ru = (
                f"Президент России направил поздравление {st[3]} с избранием на пост главы "
                f"государства.\n\n«Рассчитываю, что Ваша деятельность будет способствовать "
                f"дальнейшему развитию конструктивного двустороннего взаимодействия», — "
                f"говорится, в частности, в послании."
            )
            x.story("greet-ru", MFA, at, ru, True, st[3])
        else:
            ru = (
                f"🎉 Министр иностранных дел России С.В.Лавров направил поздравительное послание "
                f"главе МИД {st[1]} по случаю национального праздника.\n\n"
                f"В послании выражена уверенность в дальнейшем укреплении дружественных связей "
                f"между нашими странами на благо их народов."
            )
            x.story("greet-ru", MFA, at, ru, True, st[1])
        if i % 2 == 0:
            en = (
                f"🎉 Sergey Lavrov sent a congratulatory message to Foreign Minister of {st[0]} "
                f"{st[6]} on the occasion of the national day, expressing confidence in the "
                f"further strengthening of friendly ties between our countries."
            )
            x.story("greet-en", MFA_EN, at + timedelta(minutes=30), en, False, st[0], st[6])


SERIES_RU = [
    ["о ситуации вокруг Украины", "о переговорном процессе по Южному Кавказу", "о гуманитарной ситуации в секторе Газа"],
    ["о предстоящем саммите ШОС", "о провокациях на Балтике", "о визовых вопросах с Японией"],
    ["о выборах в Молдавии", "об экспорте удобрений", "о работе российских СМИ за рубежом"],
    ["о санкциях ЕС", "о сотрудничестве с Африкой", "о ситуации в Сирии"],
]  # fmt: skip


def _series(x: _Set) -> None:
    """A briefing's numbered parts: one header, other topics (each its own)."""
    for b, topics in enumerate(SERIES_RU):
        at = x.day(b * 12 + 3, hour=12)
        d = _ru_date(at)
        for k, topic in enumerate(topics):
            ru = (
                f"🎙 Брифинг официального представителя МИД России М.В.Захаровой, {d}. Часть "
                f"{k + 1}\n\nОсновные тезисы {topic}: Москва исходит из необходимости "
                f"политико-дипломатического решения и готова к диалогу на основе взаимного "
                f"уважения интересов.\n\nПолная стенограмма — на сайте МИД России."
            )
            x.story(
                "series-ru",
                SPOKES,
                at + timedelta(minutes=40 * k),
                ru,
                True,
                f"Часть {k + 1}",
                topic,
                d,
            )


def _rates(x: _Set) -> None:
    """Official rates of another date, or one currency moved (each its own)."""
    rng = x.rng
    usd, eur, cny = 82.35, 94.10, 11.42
    for i in range(16):
        at = x.day(i * 3 + 1, hour=15)
        day = at + timedelta(days=1)
        if i % 4 != 3:
            usd = round(usd + rng.choice([-0.41, -0.18, 0.22, 0.37]), 2)
        eur = round(eur + rng.choice([-0.3, 0.25, 0.4]), 2)
        cny = round(cny + rng.choice([-0.04, 0.02, 0.05]), 2)
        ru = (
            f"💱 Официальные курсы валют на {_ru_date(day)}:\n\n🇺🇸 USD — {usd:.2f} ₽\n"
            f"🇪🇺 EUR — {eur:.2f} ₽\n🇨🇳 CNY — {cny:.2f} ₽\n\n#курсывалют"
        )
        x.story(
            "rate-ru", BANK, at, ru, True, _ru_date(day), f"{usd:.2f}", f"{eur:.2f}", f"{cny:.2f}"
        )
        if i % 3 == 0:
            en = (
                f"The Bank of Russia set the official exchange rates for {_en_date(day)}: US "
                f"dollar {usd:.2f} roubles, euro {eur:.2f} roubles, yuan {cny:.2f} roubles."
            )
            x.story(
                "rate-en", WIRE, at + timedelta(minutes=12), en, False, _en_date(day), f"{eur:.2f}"
            )


def _weather(x: _Set) -> None:
    """Forecasts for another day, or one figure moved (each its own)."""
    rng = x.rng
    for i in range(12):
        at = x.day(i * 4 + 2, hour=7)
        day = at + timedelta(days=1)
        lo, hi = rng.randrange(2, 9), rng.randrange(11, 19)
        wind = rng.choice(["5-10", "7-12", "10-15"])
        ru = (
            f"☀️ Прогноз погоды в Москве на {_ru_date(day)}: переменная облачность, без "
            f"существенных осадков. Температура ночью +{lo}…+{lo + 2}°, днём +{hi}…+{hi + 2}°. "
            f"Ветер северо-западный, {wind} м/с. Атмосферное давление будет расти."
        )
        x.story("wx-ru", METEO, at, ru, True, _ru_date(day), f"+{lo}…", f"+{hi}…", wind)
        if i % 4 == 1:  # the same day's forecast revised by one figure in the evening
            hi2 = hi + 3
            ru2 = ru.replace(f"+{hi}…+{hi + 2}°", f"+{hi2}…+{hi2 + 2}°")
            x.story("wx-ru", METEO, at + timedelta(hours=10), ru2, True, _ru_date(day), f"+{hi2}…")


def _flights(x: _Set) -> None:
    """Evacuation and special flights: another hour, date or city (each its own)."""
    for i in range(10):
        at = x.day(i * 5 + 3, hour=11)
        d = at + timedelta(days=1 + i % 2)
        hour = ["08:40", "11:15", "14:30", "19:05"][i % 4]
        city = CITIES[(i * 5) % len(CITIES)]
        ru = (
            f"✈️ Росавиация: {_ru_date(d)} в {hour} по местному времени будет выполнен "
            f"дополнительный рейс из аэропорта в {city[0]} для вывоза российских граждан. "
            f"Просим заранее прибыть в аэропорт и иметь при себе паспорт."
        )
        x.story("flight-ru", AVIA, at, ru, True, _ru_date(d), hour, city[0])
        if i % 3 == 0:
            en = (
                f"✈️ An additional flight to bring Russian citizens home will depart from "
                f"{city[1]} on {_en_date(d)} at {hour} local time. Please arrive at the airport "
                f"early and carry your passport."
            )
            x.story(
                "flight-en",
                MFA_EN,
                at + timedelta(minutes=45),
                en,
                False,
                _en_date(d),
                hour,
                city[1],
            )


def _tolls(x: _Set) -> None:
    """Casualty updates that move one figure (each its own); an aggregator's machine
    translation of one (its own story)."""
    rng = x.rng
    events = [
        (
            "в результате схода оползня в провинции Западная Ява",
            "landslide in West Java province",
            STATES[3],
        ),
        (
            "в результате наводнения в штате Риу-Гранди-ду-Сул",
            "floods in Rio Grande do Sul",
            STATES[2],
        ),
        (
            "при обрушении жилого дома в Махачкале",
            "residential building collapse in Makhachkala",
            None,
        ),
    ]
    for e, (ru_ev, en_ev, _st) in enumerate(events):
        dead, hurt = rng.randrange(8, 20), rng.randrange(20, 60)
        for k in range(4):
            at = x.day(e * 15 + 4, hour=8) + timedelta(hours=5 * k)
            if k:
                if k % 2:
                    dead += rng.randrange(2, 6)
                else:
                    hurt += rng.randrange(3, 9)
            ru = (
                f"⚡️ Число погибших {ru_ev} возросло до {dead}, ещё {hurt} человек получили "
                f"ранения. Поисково-спасательная операция продолжается."
            )
            src = EMERG if _st is None else AGENCY
            s = x.story("toll-ru", src, at, ru, True, f"до {dead}", f"ещё {hurt}", ru_ev)
            if k in (1, 3):
                en = (
                    f"⚡️ The number of dead as a result of the {en_ev} increased to {dead}, another "
                    f"{hurt} people were injured. The search and rescue operation continues.\n\n"
                    f"🌐 Auto-translated from Russian"
                )
                x.story(
                    "mt-en",
                    MT,
                    s.at + timedelta(minutes=25),
                    en,
                    False,
                    f"to {dead}",
                    f"another {hurt}",
                )


RESOLUTIONS = [
    ("о борьбе с героизацией нацизма", "on combating the glorification of Nazism"),
    ("о неразмещении первыми оружия в космосе", "on no first placement of weapons in outer space"),
    ("о прекращении блокады Кубы", "on ending the embargo against Cuba"),
    ("о праве на развитие", "on the right to development"),
]
AGAINST = [
    "США",
    "Израиль",
    "Украина",
    "Япония",
    "Канада",
    "Австралия",
    "Великобритания",
    "Германия",
]


def _votes(x: _Set) -> None:
    """UN votes (another count, the same resolution a year later) and lists of states one
    name apart (each its own)."""
    rng = x.rng
    for i, (r_ru, r_en) in enumerate(RESOLUTIONS):
        for year in (2025, 2026):
            at = (
                datetime(year, 11, 4 + i * 3, 19, 10 + i, tzinfo=UTC)
                if year == 2025
                else x.day(i * 11 + 9, hour=20)
            )
            yes, no, abst = rng.randrange(110, 170), rng.randrange(2, 55), rng.randrange(5, 50)
            ru = (
                f"🇺🇳 Генеральная Ассамблея ООН {year} года приняла резолюцию {r_ru}: «за» — {yes}, "
                f"«против» — {no}, воздержались — {abst}."
            )
            x.story(
                "vote-ru",
                UN_RU,
                at,
                ru,
                True,
                r_ru,
                f"{year} года",
                f"«за» — {yes}",
                f"«против» — {no}",
            )
            if year == 2026:
                en = (
                    f"The General Assembly adopted a resolution {r_en} by a recorded vote of {yes} "
                    f"in favour to {no} against, with {abst} abstentions."
                )
                x.story(
                    "vote-en",
                    UN_EN,
                    at + timedelta(minutes=20),
                    en,
                    False,
                    r_en,
                    f"{yes} in favour",
                )
    base = AGAINST[:5]
    for i in range(6):
        at = x.day(i * 8 + 11, hour=21)
        names = base[:]
        if i:
            names[i % 5] = AGAINST[5 + i % 3]
        ru = (
            f"Против резолюции {RESOLUTIONS[i % 2][0]} проголосовали: {', '.join(names)}. "
            f"Постпредство России при ООН выражает признательность всем, кто поддержал документ."
        )
        x.story("against-ru", MFA, at, ru, True, ", ".join(names), RESOLUTIONS[i % 2][0])


QUOTED = [
    ("Россия никогда не отказывалась от переговоров, но они должны учитывать реалии на земле и законные интересы безопасности нашей страны", "С.В.Лавров"),
    ("Мы готовы к совместной работе с ОДКБ по укреплению безопасности Центральной Азии", "М.В.Захарова"),
    ("Any use of frozen Russian assets will be regarded as theft and will meet a proportionate response", "Maria Zakharova"),
]  # fmt: skip


def _quotes(x: _Set) -> None:
    """A statement, and an agency's article that quotes it inside its own paragraphs."""
    for i, (q, who) in enumerate(QUOTED):
        at = x.day(i * 17 + 7, hour=13)
        ru = not q.isascii()
        if ru:
            stmt = f"{who}: «{q}»."
            art = (
                f"Внешнеполитическая повестка недели\n\nНа этой неделе в центре внимания оказались "
                f"переговоры по безопасности в регионе. Выступая на пресс-конференции, {who} "
                f"заявил{'а' if who.startswith('М.') else ''}: «{q}».\n\nЭксперты считают, что эти слова "
                f"адресованы прежде всего западным столицам. Ранее аналогичные заявления звучали "
                f"в ходе визита делегации в Астану."
            )
            x.story("quote-ru", MFA, at, stmt, True, q)
            x.story("quotart-ru", AGENCY, at + timedelta(hours=3), art, True, q)
        else:
            stmt = f'{who}: "{q}."'
            art = (
                f"Week in diplomacy\n\nThe question of frozen assets dominated the week. Speaking to "
                f'reporters, {who} said: "{q}."\n\nAnalysts note that the warning comes days '
                f"before the European Council meets to discuss the matter."
            )
            x.story("quote-en", MFA_EN, at, stmt, False, q)
            x.story("quotart-en", WIRE, at + timedelta(hours=2), art, False, q)


PHONE_TOPICS = [
    ("ситуацию на Ближнем Востоке", "the situation in the Middle East"),
    (
        "подготовку предстоящих контактов на высшем уровне",
        "preparations for upcoming high-level contacts",
    ),
    ("сотрудничество в ООН", "cooperation at the UN"),
    ("торгово-экономические связи", "trade and economic ties"),
]


def _phones(x: _Set) -> None:
    """Telephone conversations with other counterparts (each its own)."""
    for i, st in enumerate(STATES[:12]):
        at = x.day(i * 5 + 4, hour=16)
        t_ru, t_en = PHONE_TOPICS[i % 4]
        ru = (
            f"☎️ Состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с "
            f"Министром иностранных дел {st[1]} {st[5]}.\n\nОбсуждены вопросы двусторонней "
            f"повестки дня с акцентом на {t_ru}.\n\n#Лавров"
        )
        x.story("phone-ru", MFA, at, ru, True, st[1], st[5])
        if i % 2:
            en = (
                f"☎️ Sergey Lavrov had a telephone conversation with Foreign Minister of {st[0]} "
                f"{st[6]}. The ministers discussed the bilateral agenda with a focus on {t_en}.\n\n"
                f"#Lavrov"
            )
            x.story("phone-en", MFA_EN, at + timedelta(minutes=30), en, False, st[0], st[6])


def _un(x: _Set) -> None:
    """UN News items and the aggregator's Russian machine translation (its own story)."""
    items = [
        ("The UN Secretary-General strongly condemned the attack on a UN convoy in North Darfur, which killed {n} peacekeepers.", "Генеральный секретарь ООН решительно осудил нападение на конвой ООН в Северном Дарфуре, в результате которого погибли {n} миротворцев.", "{n} peacekeepers"),
        ("The World Food Programme warned that {n} million people in the Sahel face acute hunger this lean season.", "Всемирная продовольственная программа предупредила, что {n} миллионов человек в Сахеле столкнутся с острым голодом в этот сезон.", "{n} million"),
        ("UNHCR said that {n} thousand refugees have crossed into Chad since the beginning of the month.", "УВКБ ООН сообщило, что с начала месяца в Чад перешли {n} тысяч беженцев.", "{n} thousand"),
        ("The UN Security Council will hold an emergency meeting on the situation in Haiti on {d}.", "Совет Безопасности ООН проведёт экстренное заседание по ситуации в Гаити {d}.", "{d}"),
    ]  # fmt: skip
    for i, (en, mt, slot) in enumerate(items):
        for k in range(2):
            at = x.day(i * 13 + k * 6 + 5, hour=18)
            n = str(7 + i * 5 + k * 3)
            d_en, d_ru = _en_date(at + timedelta(days=2)), _ru_date(at + timedelta(days=2))
            e = en.format(n=n, d=d_en)
            s = x.story("un-en", UN_EN, at, e, False, slot.format(n=n, d=d_en))
            if k == 0 or i % 2:
                r = mt.format(n=n, d=d_ru) + "\n\n🌐 Автоперевод с английского"
                x.story(
                    "mt-ru", MT, s.at + timedelta(minutes=40), r, True, n if slot != "{d}" else d_ru
                )


WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{7,}")
LATIN = str.maketrans("аеорсхАВЕКМНОРСТХ", "aeopcxABEKMHOPCTX")
CYRILLIC = str.maketrans("aeopcxABEKMHOPCTX", "аеорсхАВЕКМНОРСТХ")
TAGS_RU = [
    "#МИД #Россия",
    "#новости #дипломатия",
    "📌 #важное",
    "#внешняяполитика",
    "🇷🇺 #МИДРоссии",
]
TAGS_EN = ["#Russia #MFA", "#diplomacy", "🌐 #world #news", "#UN #breaking"]
HEADS_RU = ["МИД России:", "⚡️ Срочно", "❗️ Официально"]
HEADS_EN = ["MFA Russia:", "❗️ BREAKING", "⚡️ Just in:"]
REMARKS_RU = ["Обратите внимание 👇", "Без комментариев.", "Любопытно.", "Ну что ж.", "Сохраню."]
REMARKS_EN = ["Worth a read 👇", "Noted.", "Interesting.", "FYI."]
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _slot_spans(text: str, keep: tuple[str, ...]) -> list[tuple[int, int]]:
    out = []
    for k in keep:
        lo = text.find(k)
        if lo >= 0:
            out.append((lo, lo + len(k)))
    return out


def _words(text: str, keep: tuple[str, ...]) -> list[re.Match[str]]:
    """Long words outside the slots, links and hashtags."""
    slots = _slot_spans(text, keep)
    links = [m.span() for m in re.finditer(r"\S*(?:https?://|t\.me/|@|#)\S*", text)]
    return [
        m
        for m in WORD.finditer(text)
        if not any(a < m.end() and m.start() < b for a, b in slots + links)
    ]


def _slip(rng: random.Random, w: str) -> str:
    while True:
        i = rng.randrange(1, len(w) - 2)
        kind = rng.randrange(4)
        if kind == 0 and w[i] != w[i + 1]:
            new = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        elif kind == 1:
            new = w[:i] + w[i + 1 :]
        elif kind == 2:
            new = w[:i] + w[i] + w[i:]
        else:  # a neighbouring key
            new = w[:i] + _NEAR.get(w[i], w[i]) + w[i + 1 :]
        if new != w:
            return new


_NEAR = dict(zip("аеиорстнвлкмпдя", "пнтлоиьгадуиржч", strict=True)) | dict(
    zip("aeiorstnlm", "sropdtymkn", strict=True)
)


def _typos(rng: random.Random, text: str, keep: tuple[str, ...], n: int) -> str:
    spans = _words(text, keep)
    for m in sorted(rng.sample(spans, min(n, len(spans))), key=lambda m: -m.start()):
        text = text[: m.start()] + _slip(rng, m.group()) + text[m.end() :]
    return text


def _lookalike(rng: random.Random, text: str, keep: tuple[str, ...], ru: bool) -> str:
    table, letters = (LATIN, "аеорсхАВЕКМНОРСТХ") if ru else (CYRILLIC, "aeopcxABEKMHOPCTX")
    spans = [m for m in _words(text, keep) if any(ch in letters for ch in m.group())]
    for m in sorted(
        rng.sample(spans, min(rng.randrange(1, 4), len(spans))), key=lambda m: -m.start()
    ):
        w = m.group()
        i = next(k for k, ch in enumerate(w) if ch in letters)
        text = text[: m.start()] + w[:i] + w[i].translate(table) + w[i + 1 :] + text[m.end() :]
    return text


def _shy(rng: random.Random, text: str, keep: tuple[str, ...]) -> str:
    spans = _words(text, keep)
    for m in sorted(rng.sample(spans, min(6, len(spans))), key=lambda m: -m.start()):
        w = m.group()
        i = rng.randrange(3, len(w) - 2)
        text = text[: m.start() + i] + "\u00ad" + text[m.start() + i :]
    return text


def _zw(rng: random.Random, text: str) -> str:
    spaces = [m.start() for m in re.finditer(" ", text)]
    for p in sorted(rng.sample(spaces, min(5, len(spaces))), reverse=True):
        if rng.random() < 0.5:
            text = text[:p] + rng.choice(ZW) + text[p:]
        else:
            text = text[: p + 1] + rng.choice(ZW) + text[p + 1 :]
    return rng.choice(["\ufeff", "\u200b", ""]) + text


def _nbsp(text: str) -> str:
    t = re.sub(r"(?<=\b[вксиоаВКСИОАуУ]) ", "\u00a0", text)
    t = re.sub(r"(?<=\d) (?=\S)", "\u00a0", t)
    t = t.replace(" — ", "\u00a0— ").replace(" - ", "\u00a0- ")
    return t if t != text else text.replace(" ", "\u00a0", 3)


def _punct(rng: random.Random, text: str) -> str:
    t = text
    if "«" in t:
        left, right = rng.choice([('"', '"'), ("“", "”"), ("„", "“")])
        t = t.replace("«", left).replace("»", right)
    elif '"' in t:
        t = re.sub(r'"([^"]*)"', r"“\1”", t)
    t = t.replace(" — ", rng.choice([" - ", " – ", " -- "])).replace("…", "...")
    if t == text:
        t = text.replace("-", "‑") if "-" in text else text.replace(". ", ".  ", 1)
    return t


def _html(rng: random.Random, text: str) -> str:
    t = text.replace("&", "&amp;")
    t = t.replace("«", "&laquo;").replace("»", "&raquo;").replace(" — ", "&nbsp;&mdash; ")
    t = t.replace('"', "&quot;").replace("'", "&#39;").replace("…", "&hellip;")
    t = re.sub(r"(?<=\b[вксВКС]) ", "&nbsp;", t)
    if rng.random() < 0.5:
        t = t.replace("\n\n", "<br><br>").replace("\n", "<br>")
    return t if t != text else text.replace(" ", "&nbsp;", 2)


def _md(rng: random.Random, s: _Story, text: str) -> str:
    first, sep, rest = text.partition("\n")
    if sep and len(first) < 200:
        text = f"**{first}**{sep}{rest}"
    else:
        words = text.split(" ")
        k = rng.randrange(0, max(1, len(words) - 3))
        words[k] = f"__{words[k]}"
        words[k + 1] = f"{words[k + 1]}__"
        text = " ".join(words)
    if rng.random() < 0.6:
        base = f"https://t.me/{s.source.username}/{rng.randrange(1000, 60000)}"
        text = f"{text}\n\n[{'Источник' if s.ru else 'Source'}]({base})"
    return text


def _wrap(rng: random.Random, text: str) -> str:
    """A mail gateway's or a site's hard wrap at 58-72 columns (paragraph breaks kept, or the
    text run together first; some with trailing spaces, CRLF, or words broken by a hyphen)."""
    width = rng.randrange(58, 73)
    style = rng.random()
    if style < 0.2:
        text = re.sub(r"\s*\n+\s*", " ", text)
    hyphen = 0.2 <= style < 0.35
    lines: list[str] = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + len(w) + 1 > width:
                room = width - len(line) - 2
                if hyphen and len(w) >= 9 and room >= 4 and w.isalpha():
                    lines.append(f"{line} {w[:room]}-")
                    line = w[room:]
                    continue
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
    end = "\r\n" if 0.35 <= style < 0.5 else "\n"
    if 0.5 <= style < 0.65:
        lines = [f"{ln} " if ln else ln for ln in lines]
    return end.join(lines)


def _cut(text: str, keep: tuple[str, ...], ratio: float) -> str | None:
    end = max([int(len(text) * ratio)] + [b + 1 for _, b in _slot_spans(text, keep)])
    space = text.find(" ", end)
    return None if space < 0 or space > len(text) * 0.9 else text[:space].rstrip(",.:;")


def _preview(rng: random.Random, s: _Story) -> str:
    head = s.text.split("\n")[0][:90]
    sites = {MFA: "mid.ru", MFA_EN: "mid.ru/en", BANK: "cbr.ru", UN_RU: "news.un.org/ru"}
    sites |= {UN_EN: "news.un.org/en", WIRE: "northlinewire.com", ASEAN: "asean.org"}
    site = sites.get(s.source, f"Telegram\n{s.source.title}")
    tail = rng.choice(["Официальный сайт", "Читать на сайте"] if s.ru else ["Read the full text"])
    return f"{s.text}\n\n{site}\n{head}\n{tail}"


def _preview2(rng: random.Random, s: _Story, text: str) -> str:
    """Another link preview than :func:`_preview`'s: the site's name, a title and the first
    sentence as its description."""
    body = s.text.split("\n\n")
    title = body[0][:70].rstrip() + ("…" if len(body[0]) > 70 else "")
    rest = [p for p in body[1:] if not p.startswith(("🔗", "#"))] or body[:1]
    desc = re.split(r"(?<=[.!?])\s", rest[0])[0][:160]
    site = "МИД России" if s.ru else "Ministry of Foreign Affairs of the Russian Federation"
    if s.source in (UN_RU, UN_EN):
        site = "UN News"
    return f"{text}\n\n{site}\n{title}\n{desc}"


def _paras(text: str) -> list[str]:
    return text.split("\n\n")


def _heading(para: str) -> bool:
    return (
        "\n" not in para
        and len(para.split()) <= 18
        and not para.rstrip().endswith((".", "!", "?", "…", "»", '"', ":"))
    )


# Closing lines that say nothing the reader would miss (the "last paragraph dropped" kind
# drops only these, never a demand, a figure or a greeting's whole message).
CLOSINGS = {
    "#Лавров",
    "#Lavrov",
    "#Помним",
    "#WeRemember",
    "#курсывалют",
    "#стоплист",
    "Полная стенограмма — на сайте МИД России.",
    "The meeting was held in a traditionally friendly and constructive atmosphere.",
    "Трансляция пленарного заседания доступна на сайте МИД России.",
}


def _closing(para: str, before: list[str]) -> bool:
    return para in CLOSINGS and any(len(b.split()) > 12 for b in before[1:])


def _keeps(text: str, keep: tuple[str, ...]) -> bool:
    return all(k in text for k in keep)


def _reposter(rng: random.Random, s: _Story) -> SourceRef:
    pool = [REP1, REP2, AGENCY] if s.ru else [REP_EN, REP_EN2, WIRE]
    return rng.choice([p for p in pool if p is not s.source])


TRACKERS = [
    "?utm_source=telegram&utm_medium=social&utm_campaign=mid",
    "?utm_source=tg&utm_medium=repost",
    "?from=telegram",
    "?utm_source=dzen&utm_medium=referral&utm_content=news",
]
SOURCES_RU = [
    "Источник: МИД России",
    "Источник: mid.ru",
    "Источник — официальный сайт МИД России",
    "Источник: t.me/mid_rf_official",
]
SOURCES_EN = ["Source: MFA Russia", "Source: mid.ru", "Source: the Russian Foreign Ministry"]


def _transform(x: _Set, s: _Story, kind: str, t: str) -> str | None:
    """``t`` as a copy of ``kind`` makes it, or None when the kind does not fit the post."""
    rng = x.rng
    ru = s.ru
    if kind == "tagswap":
        last = _paras(t)[-1]
        line = rng.choice(TAGS_RU if ru else TAGS_EN)
        if last.startswith("#"):
            return t[: len(t) - len(last)] + line
        return f"{t}\n\n{line}"
    if kind == "emoji":
        lead = re.match(r"^([^\w\s«\"]+)\s*", t)
        e = rng.choice(["🔴", "❗️", "⚡️", "📌", "🇷🇺", "🌐", "🔹"])
        return f"{e} " + t[len(lead.group(0)) :] if lead else f"{e} {t}"
    if kind == "head":
        return f"{rng.choice(HEADS_RU if ru else HEADS_EN)}\n\n{t}"
    if kind == "sig":
        src = _reposter(rng, s)
        return f"{t}\n\n{src.title} | @{src.username}"
    if kind == "subscribe":
        return f"{t}\n\n" + rng.choice(
            [
                "👉 Подписаться",
                "Подписаться на канал ➡️ t.me/diplomatia_today",
                "✅ Подписаться | 💬 Чат",
            ]
            if ru
            else ["👉 Subscribe", "Subscribe: t.me/diplomacydaily_en"]
        )
    if kind == "preview":
        return _preview(rng, s) if t == s.text else None
    if kind == "preview2":
        return _preview2(rng, s, t)
    if kind == "source":
        line = rng.choice(SOURCES_RU if ru else SOURCES_EN)
        if s.url is not None and rng.random() < 0.5:
            return t.replace(f"🔗 {s.url}", line)  # the link swapped for a source line
        return f"{t}\n\n{line}"
    if kind == "track":
        if s.url is None:
            return None
        return t.replace(s.url, s.url + rng.choice(TRACKERS))
    if kind == "bullets":
        if not s.bullets:
            return None
        lines = t.split("\n")
        out, k, numbered = [], 0, rng.random() < 0.5
        for ln in lines:
            m = re.match(r"^(🔹|▪️|✅)\s*", ln)
            if m:
                k += 1
                ln = (f"{k}. " if numbered else rng.choice(["- ", "• ", "— "])) + ln[m.end() :]
            out.append(ln)
        return "\n".join(out)
    if kind == "cutpara":
        if not s.long:
            return None
        p = _paras(t)
        total = len(t)
        options = [
            i
            for i in range(1, len(p))
            if len(p[i]) <= total * 0.2 and not any(k in p[i] for k in s.keep)
        ]
        if not options:
            return None
        i = rng.choice(options)
        rest = "\n\n".join(p[:i] + p[i + 1 :])
        return rest if _keeps(rest, s.keep) else None
    if kind == "md":
        return _md(rng, s, t)
    if kind == "html":
        return _html(rng, t)
    if kind == "shy":
        return _shy(rng, t, s.keep)
    if kind == "zw":
        return _zw(rng, t)
    if kind == "nbsp":
        return _nbsp(t)
    if kind == "punct":
        return _punct(rng, t)
    if kind == "yo":
        return t.replace("ё", "е").replace("Ё", "Е") if "ё" in t else None
    if kind == "lookalike":
        return _lookalike(rng, t, s.keep, ru)
    if kind == "wrap":
        out = _wrap(rng, t)
        return out if out != t else None
    if kind == "readmore":
        cut = _cut(t, s.keep, rng.uniform(0.5, 0.75))
        if cut is None:
            return None
        more = (
            rng.choice(["…Читать далее", "… Читать далее →", "...\n\nЧитать далее"])
            if ru
            else rng.choice(["… Read more", "...\nRead more →"])
        )
        return cut + more
    if kind == "typo":
        return _typos(rng, t, s.keep, 1)
    if kind == "typo2":
        return _typos(rng, t, s.keep, 2)
    if kind == "dropfirst":
        p = _paras(t)
        rest = "\n\n".join(p[1:])
        ok = len(p) >= 3 and _heading(p[0]) and _keeps(rest, s.keep)
        return rest if ok else None
    if kind == "droplast":
        p = _paras(t)
        rest = "\n\n".join(p[:-1])
        ok = len(p) >= 3 and _closing(p[-1], p[:-1]) and _keeps(rest, s.keep)
        return rest if ok else None
    if kind == "addlast":
        return f"{t}\n\n" + rng.choice(
            [
                "Следим за развитием событий.",
                "Подробнее — в нашем канале.",
                "Напомним, ранее мы писали об этом.",
            ]
            if ru
            else ["Stay tuned.", "More updates to follow."]
        )
    raise AssertionError(kind)  # pragma: no cover


PLAIN = [
    "tagswap", "emoji", "sig", "subscribe", "preview", "preview2", "source", "md", "html", "shy",
    "zw", "nbsp", "punct", "yo", "lookalike", "wrap", "readmore", "typo", "typo2", "dropfirst",
    "droplast", "addlast", "head",
]  # fmt: skip
SHORT = [
    "tagswap", "emoji", "sig", "subscribe", "source", "md", "html", "shy", "zw", "nbsp", "punct",
    "yo", "lookalike", "wrap", "typo", "head",
]  # fmt: skip
META = ["fwd", "remark", "repost", "fwddump"]
# The kinds favoured this time: link previews, source lines, tracking parameters, bullets,
# a long article's short paragraph cut.
FAVOURED = [
    "track",
    "bullets",
    "preview2",
    "source",
    "cutpara",
    "typo+source",
    "typo+bullets",
    "track+sig",
]


def _copy(x: _Set, s: _Story, kind: str, at: datetime) -> None:
    rng = x.rng
    extra: dict[str, object] = {}
    src = _reposter(rng, s)
    t: str | None = s.text
    if kind == "fwd":
        extra["forwarded_from"] = Forward(
            name=s.source.title, source_key=s.source.key, username=s.source.username
        )
    elif kind == "remark":
        src = ANALYST if s.ru else ANALYST_EN
        extra["forwarded_from"] = Forward(
            name=s.source.title, source_key=s.source.key, username=s.source.username
        )
        t = f"{rng.choice(REMARKS_RU if s.ru else REMARKS_EN)}\n\n{s.text}"
    elif kind == "repost":
        pass
    elif kind == "fwddump":
        src = DUMP
        t = ("Переслано из " if s.ru else "Forwarded from ") + f"{s.source.title}\n{s.text}"
    else:
        for part in kind.split("+"):
            assert t is not None
            t = _transform(x, s, part, t)
            if t is None:
                return
        if kind == "html":
            src = SCRAPER
    if t is None or (t == s.text and kind not in ("fwd", "repost")):
        return
    x.add(s, src, f"{s.sid}-{len(x.out)}-{kind}", at, t, **extra)


def build(seed: int = 15) -> list[Labelled]:
    """The labelled posts in publication order."""
    rng = random.Random(seed)
    x = _Set(rng)
    for family in (
        _negations, _memorials, _qa, _two_sides, _long, _lists, _condolences, _greetings,
        _series, _rates, _weather, _flights, _tolls, _votes, _quotes, _phones, _un, _digests,
    ):  # fmt: skip
        family(x)
    for s in list(x.stories):
        words = len(s.text.split())
        more = 0 if s.ru else 2  # English posts get more copies (the set is about 60/40)
        if words < 15:
            kinds = rng.sample(SHORT + META, rng.randrange(1, 3 + more))
            gap = (5, 90)  # a short post's copies within hours
        else:
            kinds = rng.sample(PLAIN + META, rng.randrange(1, 3 + more))
            if rng.random() < 0.6:
                kinds.append(rng.choice(FAVOURED))
            if s.long:
                kinds += ["cutpara", rng.choice(["cutpara", "preview2", "source"])]
            if s.bullets:
                kinds.append("bullets")
            if s.url is not None and rng.random() < 0.6:
                kinds.append("track")
            if rng.random() < 0.15:
                a, b = rng.sample(
                    [
                        "tagswap",
                        "sig",
                        "md",
                        "html",
                        "zw",
                        "shy",
                        "nbsp",
                        "punct",
                        "yo",
                        "wrap",
                        "source",
                        "head",
                    ],
                    2,
                )
                kinds.append(f"{a}+{b}")
            gap = (5, 200)
        at = s.at
        for kind in dict.fromkeys(kinds):
            at += timedelta(minutes=rng.randrange(*gap))
            _copy(x, s, kind, at)
    x.out.sort(key=lambda p: (p.post.published_at, p.post.external_id))
    return x.out

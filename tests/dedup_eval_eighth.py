# ruff: noqa: E501, B023, E731, RUF005, RUF059  (a data module: long template strings read better whole; the closures run in their own iteration)
"""An eighth labelled near-duplicate set, written blind to the method (session 34).

The data format, the transforms and the conventions are the seventh set's
(tests/dedup_eval_seventh.py), copied unchanged so the figures compare; the posts are new (no
text of an earlier set is reused) and a few transforms are added (below).

The sources are the ones an analyst of official channels follows: the Russian foreign
ministry's Russian and English channels, its spokeswoman and its consular department, the
Belarusian and Kazakh foreign ministries, four embassies (Serbia, Kazakhstan in Russian; South
Africa and the UN mission in English), the agencies TASS (Russian and English), RIA Novosti,
Interfax, BelTA and Kazinform, the wires Reuters, AP and Xinhua, six aggregators that repost
with a header or a footer of their own (four Russian, two English) and three feeds (mid.ru in
Russian and in English, tass.ru). Posts run from January 2024 to November 2025: 1018 posts,
740 of them in Russian, 730 originals and 288 copies.

Every post carries a *story* label: one story is one statement. A story's first post is its
original; each later post of the story is a copy of it (or of an earlier copy) made by the
transform :func:`kind_of` names ("combo:a+b" for two at once, "chain:k" for a copy of a
copy). A copy keeps every slot of its statement (country, date, number, name, place, verb):
that is checked when it is made. A short post's copies (under sixteen words) come within ten
hours of it, every other copy within 26 days (docs/dedup.md: copies within 30 days,
one-liners within 12 hours). A statement published in Russian and in English is two stories:
only a copy in the same language is a copy. A copy adds nothing that is said: a reposter's
header, footer, hashtags, link, emoji or a line with no fact in it ("Следим за развитием
событий.", "More to follow.").

So a post that says more than an earlier one is a statement of its own: a wire's "UPDATE 1",
"UPDATE 2" and an agency's "ДОПОЛНЕНО" (each adds a paragraph with a new fact), the full text
after an agency's flash, and a correction ("ПОПРАВКА", "CORRECTED-": another figure) are each
a story, whose reposts are its copies. A reader shown only the first version would miss the
added fact.

Hard negatives: 19 templated families of official statements whose members differ in one slot,
placed close to each other in time (one-liners within hours, longer statements within days):
talks announced with another counterpart or on another date («Лавров проведет переговоры с
…»), condolences to another country or over another disaster, greetings on national days (the
same greeting in 2024 and in 2025 differs in the year and the anniversary), consular notices
per country and date, travel advice given or withdrawn, the spokeswoman's briefing on another
day, moved to another hour or cancelled, weather warnings per region, day, level and figure,
official exchange rates (Bank of Russia, National Bank of Belarus, KASE), death tolls and aid
tonnages that differ only in numbers, entry-ban lists that differ in names and counts, UN votes
on the same resolution a year apart, credentials presented by another country's ambassador,
decrees on another subject, ambassadors appointed or relieved, flights resumed or suspended.

Added transforms (the rest are the seventh's): ``html_entities`` (a scraper's «&laquo;»,
«&mdash;», «&#39;», sometimes «<br><br>» for paragraphs), ``nbsp`` (non-breaking spaces after
short words and before dashes, narrow ones in numbers), ``extend_line`` (a line with no fact
added), ``hashtags_removed`` and ``flash_head`` (an aggregator puts the agency's flash as a
heading over the full text).

Measured (session 34, the method of main at 4939f4e): precision 0.943, recall 0.927 (283
links, 267 right; 288 copies). The set's first version, before hashtags were put on some
announcements and warnings (for copies that remove them; nothing else changed), measured
precision 0.924, recall 0.914 on 997 posts. The same generator with seeds 1 to 7: precision
0.906 to 0.947, recall 0.914 to 0.953, every wrong link of the kind below.

Wrong links (16), all of one kind: a post that adds a fact linked as a copy of the post it
updates: every English "UPDATE 1" (9 of 9; one sentence of about 25 words added to a story of
about 45), one "UPDATE 2" of 5, three "ДОПОЛНЕНО" of 8, no "ДОПОЛНЕНО (2)" of 4; and 3 reposts
of such updates, linked with them to the first version. No sibling of a template family
(another country, date, number, name or verb), no correction and no full text after a flash
was linked. Read the other way (an update a copy of what it updates), the same run is
precision 1.000, recall 0.901.

Missed copies (18): an aggregator's reworded heading or first line over the family's shared
body (11: death tolls 6, aid 2, a full text after a flash 2, a Belarusian minister's talks 1);
one-liners of the decree family «Лукашенко подписал указ о …» forwarded under a «Переслано из
канала» header, or with a link added on the same line (2); a one-liner with «&mdash;» (UN
votes, 2); a transliterated name (Ягнчке / Яенчке) in a long announcement (1); a greeting
trimmed of its last paragraph under an aggregator's header (1); a repost of a ДОПОЛНЕНО with
entities, «<br>» and two headers (1).
"""

from __future__ import annotations

import itertools
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from dedup_eval_set import Labelled

from tg_archiver.archive.models import Forward, Post, SourceRef

SEED = 34_0808
START = datetime(2024, 1, 8, tzinfo=UTC)
END = datetime(2025, 11, 28, tzinfo=UTC)
SHORT = 16  # words: a post under this is short, its copies come within ten hours


# --------------------------------------------------------------------------- channels


@dataclass(frozen=True)
class Chan:
    name: str
    kind: str  # telegram, feed
    key: str
    title: str
    username: str | None
    lang: str  # ru, en
    sig: str | None  # appended to the channel's own posts


_CH = [
    Chan("mid_ru", "telegram", "1340019821", "МИД России", "MID_Russia", "ru", None),
    Chan(
        "mid_en",
        "telegram",
        "1312207430",
        "Russian MFA 🇷🇺",
        "MFARussia",
        "en",
        "🌐 mid.ru/en | 📲 @MFARussia",
    ),
    Chan(
        "spokes",
        "telegram",
        "1177046210",
        "Мария Захарова",
        "MariaVladimirovnaZakharova",
        "ru",
        None,
    ),
    Chan(
        "consul",
        "telegram",
        "1466823005",
        "Консульский департамент МИД России",
        "consdep_mid",
        "ru",
        "📞 Дежурная служба КД: +7 (495) 244-43-31\n✉️ t.me/consdep_mid",
    ),
    Chan(
        "mfa_by",
        "telegram",
        "1259934410",
        "МИД Беларуси",
        "mfa_belarus",
        "ru",
        "🇧🇾 Подписывайтесь: t.me/mfa_belarus",
    ),
    Chan(
        "mfa_kz",
        "telegram",
        "1382201956",
        "МИД Казахстана",
        "mfa_kazakhstan",
        "ru",
        "🇰🇿 @mfa_kazakhstan",
    ),
    Chan(
        "emb_rs",
        "telegram",
        "1298774103",
        "Посольство России в Сербии",
        "rusembserbia",
        "ru",
        "🇷🇺🇷🇸 Посольство России в Сербии | @rusembserbia",
    ),
    Chan(
        "emb_kz",
        "telegram",
        "1420065317",
        "Посольство России в Казахстане",
        "RusEmbKZ",
        "ru",
        "#РоссияКазахстан\n@RusEmbKZ",
    ),
    Chan(
        "emb_za",
        "telegram",
        "1355810472",
        "Russian Embassy in South Africa",
        "EmbRussiaSA",
        "en",
        "🇷🇺🇿🇦 #RussiaSouthAfrica\nt.me/EmbRussiaSA",
    ),
    Chan(
        "un_en",
        "telegram",
        "1391127748",
        "Russian Mission to the UN",
        "RussianUN",
        "en",
        "#UNSC | @RussianUN",
    ),
    Chan("tass", "telegram", "1050820672", "ТАСС", "tass_agency", "ru", None),
    Chan("tass_en", "telegram", "1201447359", "TASS", "tass_world", "en", None),
    Chan("ria", "telegram", "1101170442", "РИА Новости", "rian_ru", "ru", None),
    Chan("interfax", "telegram", "1144180066", "Интерфакс", "interfaxonline", "ru", None),
    Chan("belta", "telegram", "1133952608", "БелТА", "belta_telegramm", "ru", None),
    Chan("kazinform", "telegram", "1261845517", "Kazinform", "kazinform_news", "ru", None),
    Chan("reuters", "telegram", "1488063122", "Reuters World", "reuters_world", "en", None),
    Chan("ap", "telegram", "1471290384", "AP News", "apnews_world", "en", None),
    Chan(
        "agg_vp",
        "telegram",
        "1600440101",
        "Внешняя политика | Новости",
        "vneshpol_news",
        "ru",
        "👉 Подписаться на «Внешнюю политику»: @vneshpol_news",
    ),
    Chan(
        "agg_sng",
        "telegram",
        "1600440102",
        "СНГ сегодня",
        "sng_today",
        "ru",
        "🔔 @sng_today — всё о Содружестве",
    ),
    Chan(
        "agg_dk",
        "telegram",
        "1600440103",
        "Дипкурьер",
        "dipkurier",
        "ru",
        "Дипкурьер 📨 t.me/dipkurier",
    ),
    Chan(
        "agg_pd",
        "telegram",
        "1600440104",
        "Политический дневник",
        "polit_dnevnik",
        "ru",
        "#политика #мир\n➡️ @polit_dnevnik",
    ),
    Chan(
        "agg_eb",
        "telegram",
        "1600440201",
        "Eurasia Brief",
        "eurasiabrief",
        "en",
        "Follow Eurasia Brief → @eurasiabrief",
    ),
    Chan(
        "agg_gs",
        "telegram",
        "1600440202",
        "Global South Monitor",
        "gsmonitor",
        "en",
        "🌍 @gsmonitor | Subscribe for daily updates",
    ),
    Chan("xinhua", "telegram", "1230556718", "Xinhua News", "xhnews_world", "en", None),
    Chan("feed_ru", "feed", "https://mid.ru/ru/rss.php", "МИД России — новости", None, "ru", None),
    Chan("feed_en", "feed", "https://mid.ru/en/rss.php", "MFA Russia — news", None, "en", None),
    Chan("feed_tass", "feed", "https://tass.ru/rss/v2.xml", "ТАСС", None, "ru", None),
]
CH = {c.name: c for c in _CH}

AGG_RU = ["agg_vp", "agg_sng", "agg_dk", "agg_pd"]
AGG_EN = ["agg_eb", "agg_gs"]
AGENCY_RU = ["tass", "ria", "interfax"]
EMB_RU = ["emb_rs", "emb_kz"]
EMB_EN = ["emb_za", "un_en"]
OFFICIAL = {
    "mid_ru",
    "mid_en",
    "spokes",
    "consul",
    "mfa_by",
    "mfa_kz",
    "emb_rs",
    "emb_kz",
    "emb_za",
    "un_en",
}
# how a reposter names the source
SRC_NAME = {
    "mid_ru": "МИД России",
    "mid_en": "Russian MFA",
    "spokes": "М.В.Захарова",
    "consul": "Консульский департамент МИД России",
    "mfa_by": "МИД Беларуси",
    "mfa_kz": "МИД РК",
    "emb_rs": "Посольство России в Сербии",
    "emb_kz": "Посольство России в Казахстане",
    "emb_za": "Russian Embassy in SA",
    "un_en": "Russia's UN Mission",
    "tass": "ТАСС",
    "tass_en": "TASS",
    "ria": "РИА Новости",
    "interfax": "Интерфакс",
    "belta": "БелТА",
    "kazinform": "Казинформ",
    "reuters": "Reuters",
    "ap": "AP",
    "xinhua": "Xinhua",
}


# --------------------------------------------------------------------------- countries, dates, text

# The seventh set's countries, dates and text helpers, unchanged (the figures compare), with
# a few more names spelt two ways.
from dedup_eval_seventh import (  # noqa: E402
    CO,
    COUNTRIES,
    EMOJI,
    MONTHS_RU,
    WEEKDAYS_RU,
    Country,
    cap,
    ed,
    normal,
    rd,
    strip_emoji,
    strip_md,
    with_markdown,
    words,
)
from dedup_eval_seventh import TRANSLIT as _SEVENTH_TRANSLIT  # noqa: E402

TRANSLIT = [
    *_SEVENTH_TRANSLIT,
    ("Vassily Nebenzia", "Vasily Nebenzya"),
    ("Folha de S.Paulo", "Folha de Sao Paulo"),
    ("Мохамед Ахмед Шаах", "Мохамед Ахмед Шах"),
    ("Лихачёв", "Лихачев"),
    ("Zaporizhzhia", "Zaporozhye"),
    ("Рыженков", "Рыжинков"),
]
TRANSLIT = [(a, b) for a, b in TRANSLIT if a != b]


def fold(text: str) -> str:
    """Lower case, ё as е, no diacritics, one spelling of each name: to check a slot survives."""
    t = text
    for a, b in TRANSLIT:
        t = t.replace(b, a)
    t = unicodedata.normalize("NFKD", t.lower().replace("ё", "е"))
    t = "".join(ch for ch in t if not unicodedata.combining(ch))
    return " ".join(re.findall(r"\w+", t))


# --------------------------------------------------------------------------- the maker


@dataclass
class Item:
    t: datetime
    ch: str
    story: str
    family: str
    kind: str  # "original", or the copy's transform
    body: str  # without the channel's signature
    sig: str | None = None
    title: str | None = None
    slots: tuple[str, ...] = ()  # what tells the statement from its siblings
    lead_alt: str | None = None  # the first paragraph as an aggregator rewords it
    md: bool = False  # the body holds Telegram markdown
    src: Item | None = None  # for a copy: the post it was made from
    fwd: bool = False
    clean: str | None = None  # the original's body before its typo (typo_fixed)
    n_copies: int = 0
    post: Post | None = None
    extra: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body + ("\n\n" + self.sig if self.sig else "")

    @property
    def lang(self) -> str:
        return CH[self.ch].lang


class Maker:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.items: list[Item] = []
        self.seen: set[str] = set()
        self.n = 0

    def day(self, lo: datetime = START, hi: datetime = END - timedelta(days=28)) -> datetime:
        span = int((hi - lo).total_seconds() // 60)
        t = lo + timedelta(minutes=self.rng.randrange(span))
        return t.replace(
            hour=self.rng.randrange(5, 16), minute=self.rng.randrange(60), second=0, microsecond=0
        )

    def after(self, t: datetime, lo_min: int, hi_min: int) -> datetime:
        return t + timedelta(minutes=self.rng.randint(lo_min, hi_min))

    def add(
        self,
        family: str,
        ch: str,
        t: datetime,
        body: str,
        *,
        slots: tuple[str, ...] | list[str] = (),
        lead_alt: str | None = None,
        sig: bool = True,
        md: bool = False,
        title: str | None = None,
    ) -> Item | None:
        body = body.strip()
        key = normal(body)
        if key in self.seen:
            return None
        self.seen.add(key)
        self.n += 1
        it = Item(
            t,
            ch,
            f"{family}-{self.n:04d}",
            family,
            "original",
            body,
            CH[ch].sig if sig else None,
            title=title,
            slots=tuple(s for s in slots if s),
            lead_alt=lead_alt,
            md=md,
        )
        if ch in OFFICIAL and words(body) >= 25 and not md and self.rng.random() < 0.24:
            it.body, it.md = with_markdown(body, self.rng), True
            self.seen.add(normal(it.body))
        self.items.append(it)
        return it

    def pick(self, seq, k: int | None = None):
        if k is None:
            return self.rng.choice(seq)
        return self.rng.sample(list(seq), k)


# --------------------------------------------------------------------------- families
#
# Each family writes originals in clusters: siblings that share a template and differ in one
# slot, close in time. ``slots`` names the words that tell a sibling from the others; every
# copy must keep them.


def ryd(d: datetime) -> str:
    return f"{d.day} {MONTHS_RU[d.month - 1]} {d.year} года"


TALK_TOPICS_RU = [
    "торгово-экономическое сотрудничество и расчёты в национальных валютах",
    "реализацию совместных проектов в энергетике и на транспорте",
    "взаимодействие в ООН, БРИКС и ШОС",
    "подготовку предстоящих контактов на высшем уровне",
    "гуманитарные и образовательные обмены",
    "ситуацию на Ближнем Востоке и в Африке",
]
TALK_TOPICS_EN = [
    "trade and investment cooperation, including settlements in national currencies",
    "joint projects in energy, transport and logistics",
    "coordination at the UN, BRICS and the SCO",
    "preparations for upcoming high-level contacts",
    "cultural, educational and humanitarian exchanges",
    "the situation in the Middle East and Africa",
]


def talks(m: Maker) -> None:
    """«Лавров проведет переговоры с …»: one counterpart, one date per statement."""
    fam = "talks"
    for _ in range(10):  # agency one-liners: another counterpart, or the same one another day
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        d1 = t + timedelta(days=m.rng.randint(1, 6))
        d2 = d1 + timedelta(days=m.rng.randint(1, 4))
        ch = m.pick(AGENCY_RU)
        line = lambda x, d: f"Лавров {rd(d)} проведет переговоры с главой МИД {x.gen} {x.min_ru}"
        m.add(fam, ch, t, line(a, d1), slots=(a.gen, rd(d1)))
        if m.rng.random() < 0.55:
            m.add(fam, m.pick(AGENCY_RU), m.after(t, 15, 300), line(b, d1), slots=(b.gen,))
        else:
            m.add(fam, ch, m.after(t, 60, 500), line(a, d2), slots=(rd(d2),))
    for _ in range(8):  # the ministry's announcements
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        d = t + timedelta(days=m.rng.randint(1, 5))
        topics = m.pick(TALK_TOPICS_RU, 2)

        def body(x: Country, dd: datetime) -> str:
            return (
                f"О предстоящих переговорах Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел {x.gen} {x.min_ru}\n\n"
                f"{cap(rd(dd))} в Москве состоятся переговоры Министра иностранных дел Российской Федерации С.В.Лаврова с Министром иностранных дел {x.gen} {x.min_ru}, который находится в России с рабочим визитом.\n\n"
                f"В ходе беседы предполагается обсудить {topics[0]}, а также {topics[1]}.\n\n"
                f"Стороны обменяются мнениями по актуальным международным и региональным проблемам."
                + (f"\n\n#Лавров #{x.ru.replace(' ', '')}" if len(x.en) % 2 == 0 else "")
            )

        alt = lambda x, dd: (
            f"Глава российского МИД и министр иностранных дел {x.gen} {x.min_ru} встретятся в Москве {rd(dd)}, сообщили на Смоленской площади."
        )
        m.add(fam, "mid_ru", t, body(a, d), slots=(a.gen, rd(d)), lead_alt=alt(a, d))
        if m.rng.random() < 0.6:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 40, 60 * 30),
                body(b, d + timedelta(days=1)),
                slots=(b.gen, rd(d + timedelta(days=1))),
                lead_alt=alt(b, d + timedelta(days=1)),
            )
        else:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 40, 60 * 30),
                body(a, d + timedelta(days=2)),
                slots=(rd(d + timedelta(days=2)),),
                lead_alt=alt(a, d + timedelta(days=2)),
            )
    for _ in range(6):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        d = t + timedelta(days=m.rng.randint(1, 5))
        top = m.pick(TALK_TOPICS_EN)

        def ebody(x: Country, dd: datetime) -> str:
            return (
                f"On {ed(dd)}, Foreign Minister Sergey Lavrov will hold talks with Minister of Foreign Affairs of {x.en} {x.min_en}, who will be in Moscow on a working visit.\n\n"
                f"The ministers are expected to discuss {top}, as well as pressing international and regional matters."
            )

        m.add(fam, "mid_en", t, ebody(a, d), slots=(a.en, ed(d)))
        m.add(fam, "mid_en", m.after(t, 60, 60 * 20), ebody(b, d), slots=(b.en,))


# country, holiday (ru), holiday (en), month, day, year it counts from
HOLIDAYS8 = [
    ("Vietnam", "День независимости", "Independence Day", 9, 2, 1945),
    ("Brazil", "День независимости", "Independence Day", 9, 7, 1822),
    ("Tajikistan", "День государственной независимости", "Independence Day", 9, 9, 1991),
    ("Nicaragua", "День независимости", "Independence Day", 9, 15, 1821),
    ("Mali", "День независимости", "Independence Day", 9, 22, 1960),
    ("Saudi Arabia", "Национальный день", "National Day", 9, 23, 1932),
    ("Turkmenistan", "День независимости", "Independence Day", 9, 27, 1991),
    ("Iraq", "Национальный день", "National Day", 10, 3, 1932),
    ("Algeria", "День начала Революции", "Revolution Day", 11, 1, 1954),
    ("Cambodia", "День независимости", "Independence Day", 11, 9, 1953),
    ("Angola", "День независимости", "Independence Day", 11, 11, 1975),
    ("Laos", "Национальный день", "National Day", 12, 2, 1975),
    ("the UAE", "Национальный день", "National Day", 12, 2, 1971),
    ("Kenya", "День Джамхури", "Jamhuri Day", 12, 12, 1963),
    ("Qatar", "Национальный день", "National Day", 12, 18, 1878),
    ("Indonesia", "День независимости", "Independence Day", 8, 17, 1945),
    ("Malaysia", "День независимости", "Merdeka Day", 8, 31, 1957),
    ("Bolivia", "День независимости", "Independence Day", 8, 6, 1825),
    ("Venezuela", "День независимости", "Independence Day", 7, 5, 1811),
    ("Sri Lanka", "День независимости", "Independence Day", 2, 4, 1948),
    ("Serbia", "День государственности", "Statehood Day", 2, 15, 1804),
    ("Tunisia", "День независимости", "Independence Day", 3, 20, 1956),
    ("Pakistan", "День Пакистана", "Pakistan Day", 3, 23, 1940),
    ("Tanzania", "День Союза", "Union Day", 4, 26, 1964),
    ("South Africa", "День свободы", "Freedom Day", 4, 27, 1994),
    ("Jordan", "День независимости", "Independence Day", 5, 25, 1946),
]


def greetings(m: Maker) -> None:
    """National days, in 2024 and again in 2025: the same greeting a year apart is two statements."""
    fam = "greetings"
    for en, hol_ru, hol_en, mo, dy, since in HOLIDAYS8:
        c = CO[en]
        for year in (2024, 2025):
            if m.rng.random() < 0.22:
                continue
            t = datetime(year, mo, dy, tzinfo=UTC).replace(
                hour=m.rng.randrange(5, 11), minute=m.rng.randrange(60)
            )
            if not START <= t <= END - timedelta(days=27):
                continue
            n = year - since
            body = (
                f"{c.flag} Поздравляем друзей из {c.gen} с национальным праздником — {hol_ru}!\n\n"
                f"{dy} {MONTHS_RU[mo - 1]} {year} года народ {c.gen} отмечает {n}-ю годовщину этой знаменательной даты.\n\n"
                f"Желаем дружественному народу {c.gen} мира, благополучия и процветания. Уверены, что отношения между Россией и {c.ins} продолжат поступательно развиваться."
            )
            m.add(fam, "mid_ru", t, body, slots=(c.gen, str(n), str(year)))
            if m.rng.random() < 0.45:
                ebody = (
                    f"{c.flag} Warm congratulations to our friends in {c.en} on {hol_en}!\n\n"
                    f"On {ed(t)}, {year}, the people of {c.en} mark the {n}th anniversary of this landmark date. We wish them peace, prosperity and well-being."
                )
                m.add(
                    fam,
                    m.pick(["mid_en", "emb_za", "un_en"]),
                    m.after(t, 30, 300),
                    ebody,
                    slots=(c.en, str(n), str(year)),
                )
    # Lukashenko's and Tokayev's greetings, as the agencies report them
    for en, hol_ru, _, mo, dy, _since in m.pick(HOLIDAYS8, 14):
        c = CO[en]
        year = m.pick([2024, 2025])
        t = datetime(year, mo, dy, tzinfo=UTC).replace(
            hour=m.rng.randrange(6, 14), minute=m.rng.randrange(60)
        )
        if not START <= t <= END - timedelta(days=27):
            continue
        who, ch = m.pick([("Лукашенко", "belta"), ("Токаев", "kazinform")])
        m.add(
            fam,
            ch,
            t,
            f"{who} поздравил руководство и народ {c.gen} с национальным праздником — {hol_ru}",
            slots=(c.gen, who),
        )


HOLIDAY_REASONS = [
    "национальным праздником страны пребывания",
    "нерабочим праздничным днём в стране пребывания",
    "проведением профилактических работ",
]


def consular(m: Maker) -> None:
    """Consular notices: one country, one date per notice."""
    fam = "consular"
    for _ in range(12):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        d = t + timedelta(days=m.rng.randint(2, 8))
        why = m.pick(HOLIDAY_REASONS)

        def body(x: Country, dd: datetime) -> str:
            return (
                f"❗️ Консульский отдел Посольства России {x.loc} {rd(dd)} не осуществляет приём посетителей в связи с {why}.\n\n"
                f"Приём граждан возобновится {rd(dd + timedelta(days=1))} в обычном режиме. В экстренных случаях обращайтесь по телефону дежурного дипломата."
            )

        alt = lambda x, dd: (
            f"Консульский отдел российского посольства {x.loc} будет закрыт для посетителей {rd(dd)}."
        )
        ch = m.pick(["consul", "consul", "emb_rs", "emb_kz"])
        m.add(fam, ch, t, body(a, d), slots=(a.loc, rd(d)), lead_alt=alt(a, d))
        r = m.rng.random()
        if r < 0.5:
            m.add(fam, ch, m.after(t, 30, 60 * 8), body(b, d), slots=(b.loc,), lead_alt=alt(b, d))
        elif r < 0.8:
            d3 = d + timedelta(days=3)
            m.add(
                fam, ch, m.after(t, 30, 60 * 8), body(a, d3), slots=(rd(d3),), lead_alt=alt(a, d3)
            )
    for _ in range(7):  # travel advice: given or withdrawn
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        give = lambda x: (
            f"Консульский департамент МИД России рекомендует российским гражданам воздержаться от поездок {x.to} до стабилизации обстановки.\n\n"
            f"Находящимся {x.loc} соотечественникам следует соблюдать меры личной безопасности и следить за сообщениями Посольства."
        )
        lift = lambda x: (
            f"Консульский департамент МИД России снимает рекомендацию воздерживаться от поездок {x.to}.\n\n"
            f"Находящимся {x.loc} соотечественникам по-прежнему следует соблюдать меры личной безопасности и следить за сообщениями Посольства."
        )
        m.add(fam, "consul", t, give(a), slots=(a.to, "воздержаться"))
        if m.rng.random() < 0.5:
            m.add(fam, "consul", m.after(t, 60, 60 * 20), give(b), slots=(b.to, "воздержаться"))
        else:
            m.add(
                fam,
                "consul",
                m.after(t, 60 * 24 * 3, 60 * 24 * 9),
                lift(a),
                slots=(a.to, "снимает"),
            )


def briefings8(m: Maker) -> None:
    """The spokeswoman's briefing: a date, an hour, held or moved."""
    fam = "briefings"
    for _ in range(14):
        t = m.day()
        d = t + timedelta(days=m.rng.randint(1, 2))
        hh = m.pick(["11:00", "12:00", "13:30", "15:00", "16:00"])
        hh2 = m.pick([h for h in ["10:30", "12:30", "14:00", "17:00"] if h != hh])
        wd = WEEKDAYS_RU[d.weekday()]
        base = lambda dd, h: (
            f"🗓 Брифинг официального представителя МИД России М.В.Захаровой по текущим вопросам внешней политики состоится в {WEEKDAYS_RU[dd.weekday()]}, {rd(dd)}, в {h} по московскому времени."
        )
        ch = m.pick(["spokes", "mid_ru"])
        m.add(fam, ch, t, base(d, hh), slots=(rd(d), hh))
        r = m.rng.random()
        if r < 0.4:
            m.add(
                fam,
                ch,
                m.after(t, 60, 60 * 6),
                f"‼️ Брифинг М.В.Захаровой {rd(d)} переносится на {hh2}.",
                slots=(hh2,),
            )
        elif r < 0.7:
            d2 = d + timedelta(days=7)
            m.add(fam, ch, m.after(t, 60 * 24 * 6, 60 * 24 * 7), base(d2, hh), slots=(rd(d2),))
        else:
            m.add(
                fam,
                ch,
                m.after(t, 60, 60 * 8),
                f"Брифинг М.В.Захаровой в {wd}, {rd(d)}, не состоится.",
                slots=(rd(d), "не состоится"),
            )
    for _ in range(6):
        t = m.day()
        d = t + timedelta(days=1)
        hh = m.pick(["11:00", "12:00", "15:00"])
        eb = lambda dd, h: (
            f"Foreign Ministry Spokeswoman Maria Zakharova will hold a briefing on current foreign policy issues on {ed(dd)} at {h} Moscow time."
        )
        m.add(fam, "mid_en", t, eb(d, hh), slots=(ed(d), hh))
        d2 = d + timedelta(days=7)
        m.add(fam, "mid_en", m.after(t, 60 * 24 * 6, 60 * 24 * 7), eb(d2, hh), slots=(ed(d2),))


REGIONS_KZ = [
    "Алматинской",
    "Акмолинской",
    "Карагандинской",
    "Павлодарской",
    "Костанайской",
    "Восточно-Казахстанской",
    "Мангистауской",
    "Жамбылской",
]
REGIONS_BY8 = ["Брестской", "Витебской", "Гомельской", "Гродненской", "Минской", "Могилёвской"]
HAZARDS = [
    ("сильного ветра", "порывы ветра до {n} м/с"),
    ("гололёда", "температура воздуха ночью до минус {n} градусов"),
    ("сильной жары", "температура воздуха днём до плюс {n} градусов"),
    ("метели", "порывы ветра до {n} м/с, видимость менее 500 метров"),
    ("грозы и града", "порывы ветра до {n} м/с"),
]


def weather8(m: Maker) -> None:
    """Weather warnings: one region, one day, one level, one figure."""
    fam = "weather"
    for _ in range(16):
        t = m.day()
        kz = m.rng.random() < 0.5
        regs = REGIONS_KZ if kz else REGIONS_BY8
        a, b = m.pick(regs, 2)
        hz = m.pick(
            HAZARDS[1:2] + HAZARDS[3:4]
            if t.month in (11, 12, 1, 2, 3)
            else HAZARDS[2:3] + HAZARDS[4:]
            if t.month in (5, 6, 7, 8)
            else HAZARDS[:1]
        )
        n1 = m.rng.randint(15, 32)
        n2 = n1 + m.rng.randint(2, 6)
        d = t + timedelta(days=1)
        lvl = m.pick(["Оранжевый", "Жёлтый"])
        ch = "kazinform" if kz else "belta"
        if kz:
            body = lambda r, dd, n: (
                f"⚠️ Штормовое предупреждение объявлено в {r} области на {rd(dd)} из-за {hz[0]}: {hz[1].format(n=n)}."
                + ("\n\n#погода #Казинформ" if REGIONS_KZ.index(r) % 2 else "")
            )
        else:
            body = lambda r, dd, n: (
                f"{lvl} уровень опасности объявлен в {r} области на {rd(dd)} из-за {hz[0]}, ожидаются {hz[1].format(n=n)}."
            )
        m.add(fam, ch, t, body(a, d, n1), slots=(a, rd(d), str(n1)))
        r = m.rng.random()
        if r < 0.45:
            m.add(fam, ch, m.after(t, 10, 200), body(b, d, n1), slots=(b,))
        elif r < 0.75:
            m.add(
                fam,
                ch,
                m.after(t, 60 * 20, 60 * 26),
                body(a, d + timedelta(days=1), n2),
                slots=(rd(d + timedelta(days=1)), str(n2)),
            )
        else:
            m.add(fam, ch, m.after(t, 30, 300), body(a, d, n2), slots=(str(n2),))


def rates(m: Maker) -> None:
    """Official exchange rates: a date and two figures."""
    fam = "rates"
    usd, eur = 89.5, 97.2
    byn = 3.21
    kzt = 462.0
    for _ in range(18):
        t = m.day()
        d = t + timedelta(days=1)
        kind = m.rng.randrange(3)
        for k in range(m.rng.choice([2, 3])):
            dd = d + timedelta(days=k)
            tt = t + timedelta(days=k, minutes=m.rng.randint(0, 40))
            usd += m.rng.uniform(-1.4, 1.4)
            eur += m.rng.uniform(-1.5, 1.5)
            byn += m.rng.uniform(-0.03, 0.03)
            kzt += m.rng.uniform(-4, 4)
            if kind == 0:
                u, e = f"{usd:.4f}".replace(".", ","), f"{eur:.4f}".replace(".", ",")
                m.add(
                    fam,
                    m.pick(["interfax", "tass"]),
                    tt,
                    f"ЦБ РФ установил официальный курс доллара на {rd(dd)} в размере {u} руб., евро — {e} руб.",
                    slots=(rd(dd), u, e),
                )
            elif kind == 1:
                u = f"{byn:.4f}".replace(".", ",")
                m.add(
                    fam,
                    "belta",
                    tt,
                    f"Нацбанк Беларуси установил официальный курс доллара на {rd(dd)} на уровне {u} бел. руб.",
                    slots=(rd(dd), u),
                )
            else:
                u = f"{kzt:.2f}".replace(".", ",")
                m.add(
                    fam,
                    "kazinform",
                    tt,
                    f"Средневзвешенный курс доллара по итогам утренней сессии на KASE {rd(dd)} составил {u} тенге",
                    slots=(rd(dd), u),
                )


DISASTERS8 = [
    # ru locative phrase, ru cause genitive, en noun
    ("наводнения", "floods"),
    ("оползня", "a landslide"),
    ("землетрясения", "an earthquake"),
    ("урагана", "a hurricane"),
    ("крушения парома", "a ferry disaster"),
    ("пожара на рынке", "a market fire"),
    ("взрыва на шахте", "a mine explosion"),
]
PLACES8 = [
    "Indonesia",
    "Pakistan",
    "Myanmar",
    "Kenya",
    "Ethiopia",
    "Angola",
    "Tanzania",
    "Bolivia",
    "Sri Lanka",
    "Malaysia",
    "Cambodia",
    "Iran",
]


def tolls(m: Maker) -> None:
    """Casualty figures: the same disaster, another count."""
    fam = "tolls"
    for _ in range(12):
        t = m.day()
        c = CO[m.pick(PLACES8)]
        dis = m.pick(DISASTERS8)
        n = m.rng.randint(12, 90)
        ch = m.pick(["tass", "ria", "interfax"])
        ln = lambda k: (
            f"Число погибших в результате {dis[0]} {c.loc} возросло до {k}, сообщают местные власти"
        )
        m.add(fam, ch, t, ln(n), slots=(c.loc, str(n)))
        for _ in range(m.rng.randint(1, 2)):
            n += m.rng.randint(3, 40)
            t = m.after(t, 90, 600)
            m.add(fam, m.pick(["tass", "ria", "interfax"]), t, ln(n), slots=(c.loc, str(n)))
    for _ in range(10):
        t = m.day()
        c = CO[m.pick(PLACES8)]
        dis = m.pick(DISASTERS8)
        n = m.rng.randint(10, 80)
        inj = m.rng.randint(20, 300)
        ch = m.pick(["reuters", "ap"])
        eb = lambda k, j: (
            f"Death toll from {dis[1]} in {c.en} rises to {k}\n\n"
            f"At least {k} people were killed and {j} injured, the national disaster management agency said, adding that rescuers were still searching for the missing."
        )
        alt = lambda k: f"{k} dead after {dis[1]} hits {c.en}, officials say"
        m.add(fam, ch, t, eb(n, inj), slots=(c.en, str(n), str(inj)), lead_alt=alt(n))
        n2, inj2 = n + m.rng.randint(4, 30), inj + m.rng.randint(5, 60)
        m.add(
            fam,
            m.pick(["reuters", "ap"]),
            m.after(t, 120, 900),
            eb(n2, inj2),
            slots=(str(n2), str(inj2)),
            lead_alt=alt(n2),
        )


def aid8(m: Maker) -> None:
    """Humanitarian aid: a country, a tonnage."""
    fam = "aid"
    for _ in range(10):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        n1 = m.rng.choice([12, 18, 25, 30, 34, 40, 46, 52, 60])
        n2 = n1 + m.rng.choice([4, 8, 10, 15])
        body = lambda x, n: (
            f"Самолёт МЧС России доставил {x.to} {n} тонн гуманитарной помощи\n\n"
            f"В грузе — продовольственные наборы, медикаменты, палатки и генераторы. Помощь передана представителям властей {x.gen} для распределения среди пострадавшего населения."
        )
        alt = lambda x, n: f"Россия направила {x.to} {n} тонн гуманитарного груза спецбортом МЧС."
        ch = m.pick(["tass", "ria", "mid_ru"])
        m.add(fam, ch, t, body(a, n1), slots=(a.to, str(n1)), lead_alt=alt(a, n1))
        if m.rng.random() < 0.5:
            m.add(
                fam,
                ch,
                m.after(t, 60 * 20, 60 * 24 * 5),
                body(a, n2),
                slots=(a.to, str(n2)),
                lead_alt=alt(a, n2),
            )
        else:
            m.add(fam, ch, m.after(t, 60, 60 * 30), body(b, n1), slots=(b.to,), lead_alt=alt(b, n1))
    for _ in range(7):
        t = m.day()
        a, b = m.pick([CO[x] for x in PLACES8], 2)
        s1 = m.rng.choice([10, 20, 30, 50])
        eb = lambda x, s: (
            f"China will provide {s} million yuan in emergency humanitarian assistance to {x.en} to support disaster relief, a spokesperson for the China International Development Cooperation Agency said."
        )
        m.add(fam, "xinhua", t, eb(a, s1), slots=(a.en, str(s1)))
        if m.rng.random() < 0.5:
            m.add(fam, "xinhua", m.after(t, 60, 60 * 30), eb(b, s1), slots=(b.en,))
        else:
            m.add(
                fam, "xinhua", m.after(t, 60 * 24, 60 * 24 * 6), eb(a, s1 * 2), slots=(str(s1 * 2),)
            )


SURNAMES = [
    ("Хартли", "Hartley"),
    ("Кэрроу", "Carrow"),
    ("Линдквист", "Lindqvist"),
    ("Ван дер Берг", "van der Berg"),
    ("Маккензи", "McKenzie"),
    ("Ольсен", "Olsen"),
    ("Дюпре", "Dupré"),
    ("Фицджеральд", "Fitzgerald"),
    ("Брандт", "Brandt"),
    ("Новак", "Novak"),
    ("Эклунд", "Eklund"),
    ("Кастелли", "Castelli"),
    ("Холлоуэй", "Holloway"),
    ("Стрэттон", "Stratton"),
    ("Вейсс", "Weiss"),
    ("Марло", "Marlowe"),
]
STOP_FROM = [
    ("Великобритании", "UK"),
    ("Канады", "Canada"),
    ("Австралии", "Australia"),
    ("Новой Зеландии", "New Zealand"),
    ("Японии", "Japan"),
]


def sanctions8(m: Maker) -> None:
    """Entry bans and sanctions lists: the names and the count are the statement."""
    fam = "sanctions"
    for _ in range(9):
        t = m.day()
        frm = m.pick(STOP_FROM)
        names = m.pick(SURNAMES, 4)
        k = m.rng.randint(14, 60)
        body = lambda ns, kk: (
            f"Заявление МИД России об ответных мерах в отношении граждан {frm[0]}\n\n"
            f"В ответ на продолжающиеся недружественные действия властей {frm[0]} российская сторона закрывает въезд в Россию для {kk} граждан этой страны из числа парламентариев, военных и представителей СМИ.\n\n"
            f"В список, в частности, включены {ns[0][0]} и {ns[1][0]}.\n\n"
            f"Полный перечень размещён на сайте МИД России."
        )
        alt = lambda kk: (
            f"Москва закрыла въезд в Россию ещё {kk} гражданам {frm[0]} — парламентариям, военным и журналистам."
        )
        k2 = k + m.rng.randint(3, 20)
        m.add(
            fam,
            "mid_ru",
            t,
            body(names[:2], k),
            slots=(frm[0], str(k), names[0][0], names[1][0]),
            lead_alt=alt(k),
        )
        m.add(
            fam,
            "mid_ru",
            m.after(t, 60 * 24 * 2, 60 * 24 * 12),
            body(names[2:], k2),
            slots=(names[2][0], names[3][0], str(k2)),
            lead_alt=alt(k2),
        )
    for _ in range(6):
        t = m.day()
        names = m.pick(SURNAMES, 4)
        k = m.rng.randint(5, 30)
        eb = lambda ns, kk: (
            f"Russia bans entry to {kk} more {frm[1]} nationals\n\n"
            f"Moscow said on Tuesday it had added {kk} {frm[1]} citizens, among them {ns[0][1]} and {ns[1][1]}, to its entry ban list in response to what it called hostile actions."
        )
        frm = m.pick(STOP_FROM)
        ch = m.pick(["reuters", "ap"])
        m.add(fam, ch, t, eb(names[:2], k), slots=(str(k), names[0][1], names[1][1]))
        m.add(
            fam,
            ch,
            m.after(t, 60 * 24 * 3, 60 * 24 * 14),
            eb(names[2:], k),
            slots=(names[2][1], names[3][1]),
        )


UNGA = [
    ("о прекращении эмбарго США против Кубы", "calling for an end to the US embargo against Cuba"),
    ("о недопустимости героизации нацизма", "on combating glorification of Nazism"),
    ("о невыводе оружия в космос первыми", "on no first placement of weapons in outer space"),
    (
        "о праве палестинского народа на самоопределение",
        "on the right of the Palestinian people to self-determination",
    ),
    (
        "о мерах по укреплению доверия в области обычных вооружений",
        "on confidence-building measures in conventional arms",
    ),
]


def votes(m: Maker) -> None:
    """UN votes: the same resolution another year, another count."""
    fam = "votes"
    for ru, en in UNGA:
        for year in (2024, 2025):
            t = datetime(
                year,
                m.rng.choice([10, 11]),
                m.rng.randint(1, 25),
                m.rng.randrange(14, 22),
                m.rng.randrange(60),
                tzinfo=UTC,
            )
            if t > END - timedelta(days=27):
                t = t.replace(month=m.rng.choice([9, 10]))
            a, b, c = m.rng.randint(110, 187), m.rng.randint(2, 55), m.rng.randint(1, 30)
            m.add(
                fam,
                m.pick(["tass", "ria"]),
                t,
                f"Генассамблея ООН приняла резолюцию {ru}: за — {a}, против — {b}, воздержались — {c}",
                slots=(str(a), str(b), str(c)),
            )
            if m.rng.random() < 0.7:
                m.add(
                    fam,
                    m.pick(["ap", "reuters", "un_en"]),
                    m.after(t, 10, 200),
                    f"The UN General Assembly adopted a resolution {en} by a recorded vote of {a} in favour to {b} against, with {c} abstentions.",
                    slots=(str(a), str(b), str(c)),
                )


def corrections(m: Maker) -> None:
    """A report and its correction: the corrected figure is another statement."""
    fam = "corrections"
    for _ in range(8):
        t = m.day()
        c = m.pick(COUNTRIES)
        n = m.rng.randint(120, 900)
        n2 = n + m.rng.choice([100, 200, 10, 90])
        ch = m.pick(["interfax", "tass"])
        body = lambda k: (
            f"Товарооборот России и {c.gen} по итогам девяти месяцев вырос до {k} млн долларов, сообщил посол {c.gen} в Москве.\n\n"
            f"По его словам, стороны рассчитывают сохранить эту динамику в следующем году."
        )
        m.add(
            fam,
            ch,
            t,
            body(n),
            slots=(c.gen, str(n)),
            lead_alt=f"Посол {c.gen} в Москве: товарооборот двух стран за девять месяцев достиг {n} млн долларов.",
        )
        m.add(
            fam,
            ch,
            m.after(t, 40, 300),
            f"ПОПРАВКА: в сообщении о товарообороте России и {c.gen} следует читать «{n2} млн долларов» вместо «{n} млн долларов». Ниже следует исправленная версия.\n\n"
            + body(n2),
            slots=(str(n2), "поправка"),
        )
    for _ in range(5):
        t = m.day()
        c = m.pick(COUNTRIES)
        n = m.rng.randint(8, 45)
        n2 = n + m.rng.choice([10, 1, 20])
        ch = m.pick(["reuters", "ap"])
        eb = lambda k, corr: (
            ("CORRECTED-" if corr else "")
            + f"{c.en} to raise grain imports from Russia by {k}% next year, minister says\n\n"
            + f"The agriculture minister of {c.en} said on Wednesday the country expected purchases of Russian wheat and barley to grow by {k}% as new port capacity comes online."
            + (
                f"\n\n(Corrects percentage in headline and first paragraph to {k}% from {n}%)"
                if corr
                else ""
            )
        )
        m.add(fam, ch, t, eb(n, False), slots=(c.en, str(n)))
        m.add(fam, ch, m.after(t, 60, 500), eb(n2, True), slots=(str(n2), "corrects"))


def updates(m: Maker) -> None:
    """A wire story and its UPDATE 1, UPDATE 2: each update adds a fact, so each is a statement
    of its own (a reader who sees only the first misses what the update adds)."""
    fam = "updates"
    for _ in range(9):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        ch = m.pick(["reuters", "ap"])
        p1 = f"Russian Foreign Minister Sergey Lavrov and {a.en}'s top diplomat {a.min_en} met in Moscow on {ed(t)} to discuss energy cooperation and regional security."
        p2 = f"The two ministers agreed to set up a working group on payments in national currencies, {a.en}'s foreign ministry said in a statement."
        p3 = f"Lavrov told reporters after the meeting that a visit by {a.en}'s president to Russia was being prepared for next year."
        head = f"Russia, {a.en} foreign ministers discuss energy, security"
        m.add(fam, ch, t, f"{head}\n\n{p1}", slots=(a.en,))
        t2 = m.after(t, 60, 240)
        m.add(fam, ch, t2, f"UPDATE 1-{head}\n\n{p1}\n\n{p2}", slots=(a.en, "working group"))
        if m.rng.random() < 0.6:
            m.add(
                fam,
                ch,
                m.after(t2, 60, 240),
                f"UPDATE 2-{head}\n\n{p1}\n\n{p2}\n\n{p3}",
                slots=(a.en, "president"),
            )
    for _ in range(9):
        t = m.day()
        a = m.pick(COUNTRIES)
        ch = m.pick(["tass", "ria"])
        p1 = f"Россия и {a.ru} подписали в Москве межправительственное соглашение о сотрудничестве в области мирного использования атомной энергии."
        p2 = f"Документ предусматривает подготовку кадров {a.gen} в российских вузах и совместные исследования в области ядерной медицины."
        p3 = f"Как сообщил журналистам глава «Росатома» Алексей Лихачёв, первые проекты могут быть запущены {a.loc} уже в следующем году."
        m.add(fam, ch, t, p1, slots=(a.ru,))
        m.add(fam, ch, m.after(t, 30, 180), f"ДОПОЛНЕНО\n\n{p1}\n\n{p2}", slots=(a.gen, "кадров"))
        if m.rng.random() < 0.5:
            m.add(
                fam,
                ch,
                m.after(t, 200, 400),
                f"ДОПОЛНЕНО (2)\n\n{p1}\n\n{p2}\n\n{p3}",
                slots=(a.gen, "Лихачёв"),
            )


def flashes(m: Maker) -> None:
    """A flash and the full text after it: the full text says more, so it is a statement too."""
    fam = "flash"
    for _ in range(14):
        t = m.day()
        a = m.pick(COUNTRIES)
        ch = m.pick(["tass", "ria", "interfax"])
        flash = f"Лавров и глава МИД {a.gen} {a.min_ru} начали переговоры {a.cap_loc}"
        full = (
            f"Министр иностранных дел России Сергей Лавров и глава МИД {a.gen} {a.min_ru} начали переговоры {a.cap_loc}.\n\n"
            f"Как ожидается, министры обсудят подготовку к {m.pick(['очередному заседанию межправкомиссии', 'визиту на высшем уровне', 'юбилею установления дипотношений'])} и координацию в многосторонних форматах.\n\n"
            f"По итогам встречи запланирован подход к прессе."
        )
        m.add(fam, ch, t, flash, slots=(a.gen,))
        it = m.add(
            fam,
            ch,
            m.after(t, 5, 40),
            full,
            slots=(a.gen, "подход к прессе"),
            lead_alt=f"Глава МИД России Сергей Лавров проводит {a.cap_loc} переговоры с министром иностранных дел {a.gen} {a.min_ru}.",
        )
        if it is not None:
            it.extra["flash"] = flash
    for _ in range(6):
        t = m.day()
        a = m.pick(COUNTRIES)
        flash = f"Putin, {a.en}'s president hold phone call - Kremlin"
        full = (
            f"Russian President Vladimir Putin and the president of {a.en} discussed bilateral trade and the situation in their regions in a phone call on {ed(t)}, the Kremlin said.\n\n"
            f"The two leaders agreed to keep in contact, the Kremlin added."
        )
        ch = m.pick(["tass_en", "reuters"])
        m.add(fam, ch, t, flash, slots=(a.en,))
        it = m.add(fam, ch, m.after(t, 10, 60), full, slots=(a.en, "Kremlin"))
        if it is not None:
            it.extra["flash"] = flash


XI_VISITS = [
    "Laos",
    "Vietnam",
    "Cambodia",
    "Malaysia",
    "Indonesia",
    "Serbia",
    "Hungary",
    "Kenya",
    "Tanzania",
    "Brazil",
    "Pakistan",
    "Tajikistan",
    "Turkmenistan",
]


def xinhua8(m: Maker) -> None:
    fam = "xinhua"
    for _ in range(9):
        t = m.day()
        a, b = m.pick([CO[x] for x in XI_VISITS], 2)
        d1 = t + timedelta(days=m.rng.randint(2, 6))
        d2 = d1 + timedelta(days=m.rng.randint(1, 3))
        sp = m.pick(["Mao Ning", "Lin Jian", "Guo Jiakun"])
        body = lambda x, dd: (
            f"At the invitation of the government of {x.en}, Chinese Foreign Minister Wang Yi will pay an official visit to {x.en} from {ed(dd)} to {ed(dd + timedelta(days=2))}, Foreign Ministry spokesperson {sp} announced on {ed(t)}."
        )
        m.add(fam, "xinhua", t, body(a, d1), slots=(a.en, ed(d1)))
        if m.rng.random() < 0.5:
            m.add(fam, "xinhua", m.after(t, 5, 90), body(b, d2), slots=(b.en, ed(d2)))
        else:
            m.add(
                fam,
                "xinhua",
                m.after(t, 60 * 24 * 4, 60 * 24 * 20),
                body(a, d2 + timedelta(days=40)),
                slots=(ed(d2 + timedelta(days=40)),),
            )
    for _ in range(7):
        t = m.day()
        a = m.pick(COUNTRIES)
        n = m.rng.randint(8, 40)
        m.add(
            fam,
            "xinhua",
            t,
            f"China-{a.en} trade up {n}% year on year in first half, customs data show",
            slots=(a.en, str(n)),
        )
        m.add(
            fam,
            "xinhua",
            m.after(t, 30, 300),
            f"China-{a.en} trade up {n + m.rng.randint(1, 9)}% year on year in first three quarters, customs data show",
            slots=("three quarters",),
        )


DECREES_BY = [
    ("о мерах по развитию агроэкотуризма", "агроэкотуризма"),
    ("о совершенствовании системы государственных закупок", "закупок"),
    ("об амнистии в связи с Днём Победы", "амнистии"),
    ("о поддержке многодетных семей", "многодетных"),
    ("о развитии малых городских поселений", "поселений"),
    ("о внесении изменений в налоговое законодательство", "налоговое"),
    ("о Годе благоустройства", "благоустройства"),
    ("о присвоении почётных званий работникам культуры", "культуры"),
]


def belta8(m: Maker) -> None:
    fam = "belta"
    for _ in range(10):
        t = m.day()
        (d1, k1), (d2, k2) = m.pick(DECREES_BY, 2)
        tag = "\n\n#Лукашенко #указ" if m.rng.random() < 0.5 else ""
        m.add(fam, "belta", t, f"Лукашенко подписал указ {d1}{tag}", slots=(k1,))
        m.add(fam, "belta", m.after(t, 60, 500), f"Лукашенко подписал указ {d2}{tag}", slots=(k2,))
    for _ in range(8):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        body = lambda x, dd: (
            f"Министр иностранных дел Беларуси Максим Рыженков {rd(dd)} провёл переговоры с главой МИД {x.gen} {x.min_ru}.\n\n"
            f"Стороны обсудили ход выполнения договорённостей, достигнутых на высшем уровне, и наметили шаги по наращиванию взаимной торговли. Особое внимание уделено сотрудничеству в промышленности и сельском хозяйстве."
            + ("\n\n#Беларусь #МИД" if x.en < "M" else "")
        )
        ch = m.pick(["mfa_by", "belta"])
        alt = lambda x, dd: (
            f"Глава МИД Беларуси Максим Рыженков и его коллега из {x.gen} провели переговоры {rd(dd)}."
        )
        t3 = t + timedelta(days=3)
        m.add(fam, ch, t, body(a, t), slots=(a.gen, rd(t)), lead_alt=alt(a, t))
        m.add(
            fam,
            ch,
            m.after(t, 60 * 24, 60 * 24 * 6),
            body(b, t3),
            slots=(b.gen,),
            lead_alt=alt(b, t3),
        )


KZ_POSTS = [
    ("послом Казахстана {x}", "послом"),
    ("генеральным консулом Казахстана в Стамбуле", "Стамбуле"),
    ("вице-министром иностранных дел", "вице-министром"),
    ("послом Казахстана по особым поручениям", "поручениям"),
]
KZ_NAMES = [
    "Ерлан Алимбаев",
    "Айгерим Сапарова",
    "Нурлан Жумабаев",
    "Даурен Касымов",
    "Мадина Ахметова",
    "Бахыт Тулегенов",
    "Асель Нурпеисова",
]


def kazinform8(m: Maker) -> None:
    fam = "kazinform"
    for _ in range(9):
        t = m.day()
        n1, n2 = m.pick(KZ_NAMES, 2)
        a = m.pick(COUNTRIES)
        if m.rng.random() < 0.5:
            m.add(
                fam,
                "kazinform",
                t,
                f"{n1} назначена послом Казахстана {a.loc}"
                if n1.endswith("а")
                else f"{n1} назначен послом Казахстана {a.loc}",
                slots=(n1, a.loc),
            )
            m.add(
                fam,
                "kazinform",
                m.after(t, 5, 120),
                f"{n2} освобождена от должности посла Казахстана {a.loc}"
                if n2.endswith("а")
                else f"{n2} освобожден от должности посла Казахстана {a.loc}",
                slots=(n2, a.loc),
            )
        else:
            b = m.pick([c for c in COUNTRIES if c is not a])
            g = lambda n: "назначена" if n.endswith("а") else "назначен"
            m.add(
                fam,
                "kazinform",
                t,
                f"#Токаев: {n1} {g(n1)} послом Казахстана {a.loc}",
                slots=(n1, a.loc),
            )
            m.add(
                fam,
                "kazinform",
                m.after(t, 5, 200),
                f"#Токаев: {n2} {g(n2)} послом Казахстана {b.loc}",
                slots=(n2, b.loc),
            )
    for _ in range(8):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        body = lambda x: (
            f"Касым-Жомарт Токаев провёл телефонный разговор с президентом {x.gen}\n\n"
            f"Собеседники обсудили перспективы торгово-экономического сотрудничества, транзитно-транспортный потенциал и взаимодействие в рамках международных организаций. Президент Казахстана пригласил коллегу посетить Астану с официальным визитом."
        )
        ch = m.pick(["kazinform", "mfa_kz"])
        m.add(
            fam,
            ch,
            t,
            body(a),
            slots=(a.gen,),
            lead_alt=f"Президент Казахстана и лидер {a.gen} провели телефонные переговоры, сообщает Акорда.",
        )
        m.add(
            fam,
            ch,
            m.after(t, 60 * 5, 60 * 24 * 4),
            body(b),
            slots=(b.gen,),
            lead_alt=f"Президент Казахстана и лидер {b.gen} провели телефонные переговоры, сообщает Акорда.",
        )


DIS_RU = [
    ("разрушительного наводнения", "devastating floods"),
    ("схода селевых потоков", "mudslides"),
    ("мощного землетрясения", "a powerful earthquake"),
    ("тропического циклона", "a tropical cyclone"),
    ("крушения пассажирского поезда", "a passenger train crash"),
    ("обрушения жилого здания", "a residential building collapse"),
    ("террористического акта", "a terrorist attack"),
]


def condolences8(m: Maker) -> None:
    fam = "condolences"
    for _ in range(10):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        d1, d2 = m.pick(DIS_RU, 2)
        body = lambda x, ds: (
            f"Министр иностранных дел Российской Федерации С.В.Лавров направил телеграмму соболезнования Министру иностранных дел {x.gen} {x.min_ru} в связи с многочисленными жертвами {ds[0]}.\n\n"
            f"«Разделяем скорбь тех, кто потерял родных и близких, и желаем скорейшего выздоровления всем пострадавшим», — говорится в послании."
        )
        alt = lambda x, ds: (
            f"Глава МИД России выразил соболезнования коллеге из {x.gen} в связи с гибелью людей в результате {ds[0]}."
        )
        m.add(fam, "mid_ru", t, body(a, d1), slots=(a.gen, d1[0]), lead_alt=alt(a, d1))
        if m.rng.random() < 0.55:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 60, 60 * 30),
                body(b, d1),
                slots=(b.gen,),
                lead_alt=alt(b, d1),
            )
        else:
            m.add(
                fam,
                "mid_ru",
                m.after(t, 60 * 24 * 2, 60 * 24 * 10),
                body(a, d2),
                slots=(d2[0],),
                lead_alt=alt(a, d2),
            )
    for _ in range(7):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        d1 = m.pick(DIS_RU)
        eb = lambda x: (
            f"Foreign Minister Sergey Lavrov sent a message of condolences to Minister of Foreign Affairs of {x.en} {x.min_en} over the numerous casualties caused by {d1[1]}.\n\n"
            f"\u201cWe share the grief of those who lost their loved ones and wish a speedy recovery to all the injured,\u201d the message reads."
        )
        m.add(fam, "mid_en", t, eb(a), slots=(a.en,))
        m.add(fam, m.pick(["mid_en", "emb_za"]), m.after(t, 60, 60 * 24), eb(b), slots=(b.en,))
    for _ in range(5):  # the embassies' books of condolence: one embassy, one date
        t = m.day()
        a = m.pick(COUNTRIES)
        dd = t + timedelta(days=1)
        body = lambda d: (
            f"🕯 {cap(rd(d))} с 10:00 до 17:00 в Посольстве {a.gen} в Москве открыта книга соболезнований в связи с трагедией {a.loc}."
        )
        m.add(fam, "mid_ru", t, body(dd), slots=(rd(dd), a.gen))
        m.add(
            fam,
            "mid_ru",
            m.after(t, 60 * 20, 60 * 26),
            body(dd + timedelta(days=1)),
            slots=(rd(dd + timedelta(days=1)),),
        )


def flights8(m: Maker) -> None:
    """Air links: resumed or suspended, from a date."""
    fam = "flights"
    for _ in range(11):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        d = t + timedelta(days=m.rng.randint(5, 30))
        air = m.pick(["Аэрофлот", "S7", "«Уральские авиалинии»", "«Россия»"])
        on = lambda x, dd: f"{air} с {rd(dd)} возобновляет прямые рейсы из Москвы {x.cap_to}"
        off = lambda x, dd: f"{air} с {rd(dd)} приостанавливает прямые рейсы из Москвы {x.cap_to}"
        ch = m.pick(["ria", "interfax", "tass"])
        m.add(fam, ch, t, on(a, d), slots=(a.cap_to, rd(d), "возобновляет"))
        r = m.rng.random()
        if r < 0.35:
            m.add(fam, ch, m.after(t, 30, 400), off(a, d), slots=("приостанавливает",))
        elif r < 0.7:
            m.add(fam, ch, m.after(t, 30, 400), on(b, d), slots=(b.cap_to,))
        else:
            m.add(
                fam,
                ch,
                m.after(t, 30, 400),
                on(a, d + timedelta(days=14)),
                slots=(rd(d + timedelta(days=14)),),
            )
    for _ in range(5):
        t = m.day()
        a, b = m.pick(COUNTRIES, 2)
        eb = lambda x: (
            f"Aeroflot to launch direct flights from Moscow to {x.cap_en} starting {ed(t + timedelta(days=20))}"
        )
        ch = m.pick(["tass_en", "reuters"])
        m.add(fam, ch, t, eb(a), slots=(a.cap_en,))
        m.add(fam, ch, m.after(t, 60, 500), eb(b), slots=(b.cap_en,))


def credentials(m: Maker) -> None:
    fam = "credentials"
    for _ in range(9):
        t = m.day()
        a, b, c = m.pick(COUNTRIES, 3)
        dep = m.pick(["А.Ю.Руденко", "С.В.Вершинин", "М.Л.Галузин", "А.Н.Грушко"])
        body = lambda x: (
            f"{cap(rd(t))} заместитель Министра иностранных дел Российской Федерации {dep} принял копии верительных грамот от новоназначенного Чрезвычайного и Полномочного Посла {x.gen} в Российской Федерации.\n\n"
            f"В ходе беседы обсуждены актуальные вопросы двусторонней повестки дня и перспективы дальнейшего развития отношений между Россией и {x.ins}."
        )
        alt = lambda x: (
            f"Новый посол {x.gen} передал копии верительных грамот заместителю главы МИД России {dep}."
        )
        m.add(fam, "mid_ru", t, body(a), slots=(a.gen,), lead_alt=alt(a))
        m.add(fam, "mid_ru", m.after(t, 10, 120), body(b), slots=(b.gen,), lead_alt=alt(b))
        if m.rng.random() < 0.5:
            m.add(fam, "mid_ru", m.after(t, 130, 300), body(c), slots=(c.gen,), lead_alt=alt(c))


SINGLES_RU = [
    (
        "mid_ru",
        "Россия рассчитывает, что Совет Безопасности ООН рассмотрит доклад о ходе расследования подрыва газопроводов «Северный поток» без политизации и с учётом представленных российской стороной материалов.",
    ),
    (
        "mid_ru",
        "МИД России направил ноту протеста в связи с задержанием российского гражданина в аэропорту третьей страны по запросу американских властей.\n\nТребуем обеспечить консульский доступ и не допустить его экстрадиции.",
    ),
    (
        "spokes",
        "Очередная порция «разоблачений» западных таблоидов о якобы российском вмешательстве не содержит ни одного проверяемого факта. Комментировать фантазии мы не будем.",
    ),
    (
        "spokes",
        "Напоминаем, что аккредитация журналистов на пресс-конференцию Министра по итогам года открыта до 10 января. Заявки принимаются через сайт МИД.",
    ),
    (
        "mid_ru",
        "На Смоленской площади состоялось заседание Научного совета при Министре иностранных дел, посвящённое роли цифровых платформ в современной дипломатии.\n\nУчастники обсудили противодействие дезинформации и защиту суверенного информационного пространства.",
    ),
    (
        "tass",
        "Путин и Си Цзиньпин обменялись поздравительными посланиями по случаю 75-летия установления дипломатических отношений",
    ),
    (
        "ria",
        "В Москве открылась выставка архивных документов об участии советских дипломатов в подготовке Устава ООН",
    ),
    (
        "interfax",
        "Госдума ратифицировала договор о всеобъемлющем стратегическом партнёрстве с Ираном",
    ),
    ("tass", "Рябков: Россия не намерена возвращаться к обсуждению ДРСМД в прежнем формате"),
    (
        "ria",
        "Россия и Монголия договорились о строительстве новой ЛЭП до 2030 года, сообщил вице-премьер",
    ),
    ("interfax", "Совфед одобрил закон о денонсации Европейской конвенции о пресечении терроризма"),
    (
        "belta",
        "Лукашенко и Путин проведут заседание Высшего госсовета Союзного государства в Минске",
    ),
    (
        "belta",
        "Белорусская делегация примет участие в сессии Парламентской ассамблеи ОДКБ в Санкт-Петербурге.\n\nВ повестке — гармонизация законодательства в сфере безопасности и противодействие наркотрафику.",
    ),
    (
        "kazinform",
        "Казахстан и Узбекистан подписали соглашение о демаркации государственной границы на оставшемся участке",
    ),
    (
        "kazinform",
        "В Астане прошёл первый форум министров экономики стран Центральной Азии и Китая.\n\nСтороны договорились создать совместный инвестиционный фонд и упростить процедуры на пунктах пропуска.",
    ),
    (
        "mfa_by",
        "Посольство Беларуси в Китае провело презентацию туристического потенциала Гродненской области для представителей крупнейших туроператоров Пекина.",
    ),
    (
        "mfa_kz",
        "Заместитель министра иностранных дел РК провёл консультации с делегацией Европейской службы внешних действий по вопросам реализации Соглашения о расширенном партнёрстве и сотрудничестве.",
    ),
    (
        "consul",
        "Напоминаем, что с 1 января меняется порядок оформления загранпаспортов нового образца для детей до 14 лет: подробности на портале Госуслуг.",
    ),
    (
        "emb_rs",
        "Посол России в Сербии принял участие в церемонии возложения венков к памятнику освободителям Белграда на Кладбище освободителей.",
    ),
    (
        "emb_kz",
        "В Алматы открылся Русский дом: здесь будут работать курсы русского языка, клуб любителей кино и центр поддержки соотечественников.",
    ),
    (
        "spokes",
        "Киевский режим вновь нанёс удар по гражданской инфраструктуре. Ответственность за эти преступления неизбежна, а их исполнители и заказчики будут установлены.",
    ),
    (
        "mid_ru",
        "О консультациях по вопросам Арктики\n\nВ Москве прошли межведомственные консультации по вопросам деятельности Арктического совета с участием представителей профильных министерств.\n\nОбсуждались перспективы возобновления полноформатной работы совета и научного сотрудничества в регионе.",
    ),
    ("tass", "Захарова: МИД РФ готовит ответ на высылку российского дипломата из Эстонии"),
    ("interfax", "Россия и Индия обсудили поставки удобрений на 2026 год, сообщили в Минсельхозе"),
    ("ria", "Лавров примет участие в заседании СМИД ОДКБ в Бишкеке"),
    (
        "tass",
        "МИД РФ: Москва выступает против размещения американских ракет средней дальности в Японии",
    ),
    (
        "mid_ru",
        "В рамках празднования Дня дипломатического работника в МИД России состоялась торжественная церемония вручения ведомственных наград ветеранам дипломатической службы.",
    ),
    (
        "belta",
        "Минск посетит делегация провинции Шаньдун: подписание соглашений запланировано в сфере машиностроения и логистики",
    ),
    (
        "kazinform",
        "Казахстан впервые экспортировал партию зерна в Иран по Транскаспийскому маршруту",
    ),
    (
        "spokes",
        "Хотела бы обратить внимание на заявления представителей НАТО о «неизбежности» конфликта с Россией. Подобная риторика — прямое подтверждение агрессивного курса альянса.",
    ),
]
SINGLES_EN = [
    (
        "mid_en",
        "Russia is ready to help restore the Iran nuclear deal on the basis of a balance of interests of all parties, Deputy Foreign Minister Sergey Ryabkov said during consultations in Geneva.",
    ),
    (
        "mid_en",
        "The Foreign Ministry strongly condemns the desecration of a Soviet war memorial in Riga and demands that those responsible be brought to justice.",
    ),
    (
        "un_en",
        "Statement by Ambassador Vassily Nebenzia at the UNSC briefing on the situation in Syria\n\nWe call on the Council to focus on humanitarian access through all channels, including cross-line deliveries, and on the lifting of unilateral sanctions that hamper reconstruction.",
    ),
    (
        "emb_za",
        "The Embassy hosted a round table on Russia–Africa cooperation in higher education with rectors of South African universities. Over 1,000 state-funded places are available for South African students this year.",
    ),
    (
        "tass_en",
        "Russia, Egypt to hold joint naval drills in the Mediterranean in autumn - Defense Ministry",
    ),
    (
        "reuters",
        "Kazakhstan to boost oil exports via Caspian pipeline despite quota, energy ministry says",
    ),
    ("ap", "Belarus frees 14 prisoners, including a journalist, after visit by US envoy"),
    ("xinhua", "China, Russia hold 20th round of strategic security consultations in Beijing"),
    (
        "xinhua",
        "Xi Jinping sends congratulatory letter to the 10th China-Eurasia Expo in Urumqi, calling for deeper connectivity between China and Eurasian countries.",
    ),
    (
        "reuters",
        "Serbia's president says country will not impose sanctions on Russia, despite EU pressure",
    ),
    (
        "ap",
        "UN nuclear watchdog chief to visit Zaporizhzhia plant next week to review safety after drone strikes",
    ),
    ("tass_en", "BRICS foreign ministers to meet on sidelines of UNGA in New York - Ryabkov"),
    (
        "mid_en",
        "Foreign Minister Sergey Lavrov's interview with the Brazilian newspaper Folha de S.Paulo on the eve of the BRICS summit\n\nLavrov said the group's expansion reflects the growing weight of the Global Majority and that no member country is asked to choose sides.",
    ),
    (
        "un_en",
        "Russia calls for an urgent UNSC meeting on the humanitarian situation in Gaza following the strike on a UNRWA school.",
    ),
    ("reuters", "Mongolia signs deal with Russia for fuel supplies through 2030"),
]


def singles(m: Maker) -> None:
    for ch, text in SINGLES_RU + SINGLES_EN:
        m.add("single", ch, m.day(), text)


FAMILIES = [
    talks,
    greetings,
    consular,
    briefings8,
    weather8,
    rates,
    tolls,
    aid8,
    sanctions8,
    votes,
    corrections,
    updates,
    flashes,
    xinhua8,
    belta8,
    kazinform8,
    condolences8,
    flights8,
    credentials,
    singles,
]


# --------------------------------------------------------------------------- copies

HEADERS_RU = [
    "🔻 Главное к этому часу",
    "📰 Дипломатическая хроника",
    "🌍 Международная повестка",
    "❗️ Важно",
    "#дипломатия | коротко",
]
HEADERS_EN = [
    "🌐 Eurasia Brief | Top story",
    "📌 What we're watching",
    "🗞 Diplomatic wire",
    "🔎 In focus",
]
INLINE_TAGS = [
    "Лавров",
    "Захарова",
    "Лукашенко",
    "Токаев",
    "Путин",
    "Рябков",
    "Lavrov",
    "Zakharova",
    "Nebenzia",
    "BRICS",
    "БРИКС",
    "ООН",
    "СНГ",
    "ШОС",
]


def typo(text: str, rng: random.Random, protect: tuple[str, ...]) -> str | None:
    """``text`` with one word misspelt (a letter swapped, dropped or doubled), not a slot's word."""
    body = re.sub(r"https?://\S+", " ", text)
    cands = [
        w
        for w in re.findall(r"\b[а-яёa-z]{8,}\b", body)
        if not any(fold(w) in fold(s) for s in protect)
    ]
    if not cands:
        return None
    w = rng.choice(cands)
    i = rng.randrange(2, len(w) - 3)
    op = rng.randrange(3)
    if op == 0:
        bad = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif op == 1:
        bad = w[:i] + w[i + 1 :]
    else:
        bad = w[:i] + w[i] + w[i:]
    if bad == w:
        return None
    return re.sub(rf"\b{w}\b", bad, text, count=1)


def feed_render(body: str) -> tuple[str, str]:
    """(title, text) of a site's feed item: no emoji, no markdown, no hashtag lines."""
    lines = [
        ln
        for ln in strip_emoji(strip_md(body)).split("\n")
        if ln.strip() and not re.fullmatch(r"(#\S+\s*)+", ln.strip())
    ]
    if len(lines) > 1 and words(lines[0]) <= 22 and not lines[0].rstrip().endswith((".", "!", ":")):
        return lines[0], "\n".join(lines[1:])
    first = re.split(r"(?<=[.!?])\s", lines[0])[0]
    title = first if len(first) < 150 else first[:130].rsplit(" ", 1)[0] + "…"
    return title, "\n".join(lines)


def link_for(ch: str, rng: random.Random) -> str:
    n = rng.randint(1_900_000, 2_099_999)
    return {
        "mid_ru": f"https://mid.ru/ru/foreign_policy/news/{n}/",
        "spokes": f"https://mid.ru/ru/foreign_policy/news/{n}/",
        "consul": f"https://mid.ru/ru/foreign_policy/news/{n}/",
        "mid_en": f"https://mid.ru/en/foreign_policy/news/{n}/",
        "tass": f"https://tass.ru/politika/{n // 100}",
        "tass_en": f"https://tass.com/politics/{n // 1000}",
        "ria": f"https://ria.ru/20250101/{n}.html",
        "interfax": f"https://www.interfax.ru/world/{n // 1000}",
        "belta": f"https://www.belta.by/president/view/{n // 100}-2025/",
        "kazinform": f"https://www.inform.kz/ru/{n // 100}",
        "reuters": f"https://www.reuters.com/world/{n}/",
        "ap": f"https://apnews.com/article/{n:x}",
    }.get(ch, f"https://t.me/{CH[ch].username}/{n % 90000}")


# How many copies of each kind the set should hold (roughly): a kind is drawn among those that
# apply to the post, the further below its target the likelier.
TARGET = {
    "forward": 16,
    "fwd_header": 14,
    "source_footer": 18,
    "agg_frame": 13,
    "emoji": 12,
    "hashtags": 12,
    "typo_fixed": 14,
    "typo_added": 6,
    "trim_last": 13,
    "trim_mid": 8,
    "quotes_dashes": 10,
    "md_strip": 12,
    "yo_e": 10,
    "translit": 10,
    "link_added": 10,
    "official_repost": 12,
    "lead_reworded": 12,
    "read_more": 12,
    "feed": 11,
    "exact": 9,
    "layout": 6,
    "prefix": 12,
    "reflash": 9,
    "html_entities": 10,
    "nbsp": 10,
    "extend_line": 10,
    "hashtags_removed": 6,
    "flash_head": 6,
    "combo": 26,
}
RARE = [
    "flash_head",
    "hashtags_removed",
    "html_entities",
    "md_strip",
    "lead_reworded",
    "translit",
    "trim_mid",
    "quotes_dashes",
    "feed",
    "yo_e",
    "read_more",
    "typo_fixed",
]
LONG_ONLY = {
    "typo_added",
    "trim_last",
    "trim_mid",
    "md_strip",
    "lead_reworded",
    "read_more",
    "feed",
    "layout",
    "official_repost",
}
SHORT_ONLY = {"prefix", "reflash"}
COMBO_PARTS = [
    "nbsp",
    "html_entities",
    "extend_line",
    "emoji",
    "quotes_dashes",
    "source_footer",
    "agg_frame",
    "hashtags",
    "link_added",
    "fwd_header",
    "prefix",
    "yo_e",
    "trim_last",
    "md_strip",
    "layout",
    "translit",
    "lead_reworded",
    "typo_added",
]
# notices that are news for a day or two (a briefing, a storm, a death toll, a closed consulate):
# reposted while they are, never weeks later
FAST = {
    "briefings",
    "weather",
    "rates",
    "tolls",
    "consular",
    "flash",
    "updates",
    "corrections",
    "flights",
    "credentials",
}
CHAIN_KINDS = ["forward", "fwd_header", "source_footer", "emoji", "exact", "hashtags"]


class Copier:
    def __init__(self, m: Maker) -> None:
        self.m = m
        self.rng = m.rng
        self.texts: dict[str, str] = {}  # normal(text) -> story, over every post made
        self.made: dict[str, int] = dict.fromkeys(TARGET, 0)

    def note(self, it: Item) -> None:
        self.texts.setdefault(normal(it.text if CH[it.ch].kind != "feed" else it.body), it.story)

    # ---- helpers
    def aggs(self, lang: str) -> list[str]:
        return AGG_EN if lang == "en" else AGG_RU

    def other(self, pool: list[str], *avoid: str) -> str | None:
        opts = [c for c in pool if c not in avoid]
        return self.rng.choice(opts) if opts else None

    def gap(self, o: Item, src: Item) -> timedelta | None:
        rng = self.rng
        short = words(o.body) < SHORT
        budget = (timedelta(hours=10) if short else timedelta(days=26)) - (src.t - o.t)
        if o.family in FAST:
            budget = min(budget, timedelta(hours=36) - (src.t - o.t))
        if short:
            g = timedelta(
                minutes=rng.choice([1, 3, 6, 11, 18, 27, 45, 70, 110, 160, 230, 330, 450, 590])
            )
        else:
            r = rng.random()
            if r < 0.33:
                g = timedelta(minutes=rng.randint(2, 59))
            elif r < 0.63:
                g = timedelta(minutes=rng.randint(60, 23 * 60))
            elif r < 0.86:
                g = timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 700))
            else:
                g = timedelta(days=rng.randint(7, 25), minutes=rng.randint(0, 700))
        if o.family in FAST and not short and rng.random() < 0.7:
            g = timedelta(minutes=rng.randint(3, 12 * 60))
        if g > budget:
            g = budget * rng.uniform(0.3, 0.95)
        if g < timedelta(minutes=1):
            return None
        return g

    def keeps_slots(self, o: Item, c: Item) -> bool:
        text = (
            " "
            + fold((c.title or "") + " " + (c.body if CH[c.ch].kind == "feed" else c.text))
            + " "
        )
        return all(" " + fold(s) + " " in text for s in o.slots)

    # ---- transforms
    def apply(self, o: Item, src: Item, kind: str, c: Item) -> bool:
        rng = self.rng
        lang = o.lang
        en = lang == "en"
        is_feed = CH[src.ch].kind == "feed"
        if kind == "forward":
            if is_feed:
                return False
            ch = self.other(
                self.aggs(lang) + (EMB_EN if en and src.ch == "mid_en" else []), src.ch, o.ch
            )
            c.ch, c.body, c.sig, c.fwd = ch, src.body, src.sig, True
        elif kind == "fwd_header":
            if is_feed:
                return False
            t = CH[src.ch]
            head = rng.choice(
                [f"Forwarded from {t.title}", f"🔁 Reposted from @{t.username}"]
                if en
                else [
                    f"Forwarded from {t.title}",
                    f"↪️ Репост: {t.title}",
                    f"Переслано из канала «{t.title}»",
                ]
            )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.body = head + "\n" + c.body
            c.sig = src.sig
        elif kind == "source_footer":
            name = SRC_NAME.get(src.ch, CH[src.ch].title)
            uname = CH[src.ch].username
            if en:
                line = rng.choice(
                    [f"via {name}", f"Source: {name}"] + ([f"(via @{uname})"] if uname else [])
                )
            else:
                line = rng.choice(
                    [f"Источник: {name}", f"Источник — {name}", f"📌 Источник: {name}"]
                    + ([f"Источник: t.me/{uname}"] if uname else [])
                )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.body = c.body + "\n\n" + line
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "agg_frame":
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.body = rng.choice(HEADERS_EN if en else HEADERS_RU) + "\n\n" + c.body
            c.sig = CH[c.ch].sig
        elif kind == "emoji":
            e = EMOJI.match(c.body)
            if e and rng.random() < 0.5:
                c.body = rng.choice(["❗️", "🔹", "📌", "⚡️", "🇷🇺"]) + c.body[e.end() :]
            else:
                paras = c.body.split("\n\n")
                pick = rng.choice(["❗️", "📌 ", "🔹 ", "⚡️", "🌐 ", "👉 "])
                paras[0] = (
                    pick + paras[0] if not e else paras[0] + " " + rng.choice(["🤝", "🌍", "📢"])
                )
                if len(paras) > 2 and rng.random() < 0.5:
                    paras = [paras[0]] + [("▪️ " + p if words(p) > 3 else p) for p in paras[1:]]
                c.body = "\n\n".join(paras)
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "hashtags":
            tagged = False
            if rng.random() < 0.5:
                for w in INLINE_TAGS:
                    if re.search(rf"(?<![#\w]){w}\b", c.body):
                        c.body = re.sub(rf"(?<![#\w]){w}\b", "#" + w, c.body, count=1)
                        tagged = True
                        break
            if not tagged:
                c.body = (
                    c.body
                    + "\n\n"
                    + rng.choice(
                        [
                            "#Russia #diplomacy",
                            "#news #world",
                            "#BRICS #GlobalSouth",
                            "#MFA #foreignpolicy",
                        ]
                        if en
                        else [
                            "#Россия #МИД",
                            "#дипломатия #новости",
                            "#СНГ #Евразия",
                            "#мир #политика #главное",
                        ]
                    )
                )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.6 else None
        elif kind == "typo_fixed":
            if src is not o or o.n_copies or o.clean is not None:
                return False
            bad = typo(o.body, rng, o.slots)
            if bad is None or normal(bad) in self.m.seen:
                return False
            o.clean, o.body = o.body, bad
            c.body = o.clean
            c.ch = self.other(
                self.aggs(lang) + ([] if o.ch in AGENCY_RU or en else AGENCY_RU), src.ch, o.ch
            )
            c.sig = CH[c.ch].sig if c.ch in AGG_RU + AGG_EN else None
        elif kind == "typo_added":
            bad = typo(c.body, rng, o.slots)
            if bad is None:
                return False
            c.body = bad
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind in ("trim_last", "trim_mid"):
            paras = c.body.split("\n\n")
            total = words(c.body)
            if kind == "trim_last":
                if (
                    len(paras) < 2
                    or words(paras[-1]) < 4
                    or (len(paras) == 2 and words(paras[0]) < 0.55 * total)
                ):
                    return False
                c.body = "\n\n".join(paras[:-1])
            else:
                if len(paras) < 4:
                    return False
                i = rng.randrange(1, len(paras) - 1)
                c.body = "\n\n".join(paras[:i] + paras[i + 1 :])
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "quotes_dashes":
            new = c.body
            q = rng.choice([('"', '"'), ("“", "”"), ("„", "“")])
            new = new.replace("«", q[0]).replace("»", q[1])
            new = new.replace(" — ", rng.choice([" - ", " – ", " -- "])).replace("–", "-")
            new = new.replace("’", "'")
            if new == c.body:
                return False
            c.body = new
            c.ch = self.other(self.aggs(lang) + (AGENCY_RU if not en else []), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "md_strip":
            if "**" not in c.body and "__" not in c.body and "](" not in c.body:
                return False
            c.body = strip_md(c.body)
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.7 else None
        elif kind == "yo_e":
            if "ё" not in c.body and "Ё" not in c.body:
                return False
            c.body = c.body.replace("ё", "е").replace("Ё", "Е")
            c.ch = self.other(self.aggs(lang) + AGENCY_RU, src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "translit":
            for a, b in TRANSLIT:
                if a in c.body:
                    c.body = c.body.replace(a, b)
                    break
            else:
                return False
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "link_added":
            link = link_for(src.ch if not is_feed else o.ch, rng)
            if en:
                c.body = (
                    c.body
                    + "\n\n"
                    + rng.choice([f"Full text: {link}", f"🔗 {link}", f"Read more: {link}"])
                )
            else:
                c.body = (
                    c.body
                    + "\n\n"
                    + rng.choice([f"Подробнее: {link}", f"🔗 {link}", f"Полный текст: {link}"])
                )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "official_repost":
            if src.ch in ("mid_ru", "spokes"):
                c.ch = self.other(
                    EMB_RU + ["consul"] if src.ch == "mid_ru" else EMB_RU + ["mid_ru"], src.ch, o.ch
                )
            elif src.ch == "mid_en":
                c.ch = self.other(EMB_EN, src.ch)
            elif src.ch in EMB_EN:
                c.ch = self.other(["mid_en"] + EMB_EN, src.ch)
            elif src.ch == "consul":
                c.ch = self.other(EMB_RU, src.ch)
            else:
                return False
            c.sig = CH[c.ch].sig
        elif kind == "lead_reworded":
            if not o.lead_alt:
                return False
            paras = c.body.split("\n\n")
            idx = next((i for i, p in enumerate(paras) if words(p) >= 10), None)
            if idx is None or words(paras[idx]) > 0.45 * words(c.body):
                return False
            if not paras[idx].rstrip().endswith((".", "!")):
                c.extra["heading"] = (
                    True  # the first long paragraph was the heading: that is what got reworded
                )
            paras[idx] = o.lead_alt
            if idx == 1 and words(paras[0]) <= 16 and rng.random() < 0.6:
                paras = paras[1:]
            c.body = "\n\n".join(paras)
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.7 else None
        elif kind == "read_more":
            toks = c.body.split(" ")
            if words(c.body) < 40:
                return False
            cut = int(len(toks) * rng.uniform(0.45, 0.72))
            head = " ".join(toks[:cut]).rstrip(",.;:—-– ")
            link = link_for(o.ch, rng)
            tail = rng.choice(
                [
                    "… Read more",
                    f"…\n\nRead the full statement: {link}",
                    f"… Continue reading: {link}",
                ]
                if en
                else [
                    "… Читать далее…",
                    "…\n\nЧитать далее →",
                    f"… Подробнее: {link}",
                    "…\n\n👉 Читать полностью",
                ]
            )
            c.body = head + tail
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "feed":
            if src is not o or o.ch not in ("mid_ru", "mid_en", "tass") or words(o.body) < SHORT:
                return False
            c.ch = {"mid_ru": "feed_ru", "mid_en": "feed_en", "tass": "feed_tass"}[o.ch]
            c.title, c.body = feed_render(o.clean or o.body)
            c.sig = None
        elif kind == "exact":
            if src.ch in AGG_RU + AGG_EN:
                return False
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = None
        elif kind == "layout":
            if "\n\n" not in c.body:
                return False
            c.body = (
                c.body.replace("\n\n", "\n") if rng.random() < 0.6 else re.sub(r"\n+", " ", c.body)
            )
            c.body = c.body.replace("🔹 ", "— ").replace("• ", "- ")
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig
        elif kind == "prefix":
            p = rng.choice(
                ["⚡️ BREAKING: ", "JUST IN: ", "🔴 "]
                if en
                else ["⚡️ Срочно: ", "МОЛНИЯ | ", "❗️", "⚡️"]
            )
            c.body = p + c.body
            c.ch = self.other(
                self.aggs(lang) + (["tass_en", "reuters"] if en else AGENCY_RU), src.ch, o.ch
            )
            c.sig = CH[c.ch].sig
        elif kind == "reflash":
            if src is not o or o.ch not in AGENCY_RU + [
                "tass_en",
                "reuters",
                "ap",
                "belta",
                "kazinform",
                "xinhua",
            ]:
                return False
            c.ch = o.ch
            c.body = rng.choice(["⚡️", "❗️", "⚡️⚡️ "] if not en else ["⚡️", "🔴 "]) + c.body
            c.sig = o.sig
        elif kind == "flash_head":
            if src is not o or "flash" not in o.extra:
                return False
            c.body = rng.choice(["⚡️ ", "❗️", "", "**"]) + o.extra["flash"]
            c.body = (c.body + "**" if c.body.startswith("**") else c.body) + "\n\n" + o.body
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.6 else None
        elif kind == "html_entities":
            new = c.body.replace("&", "&amp;").replace("«", "&laquo;").replace("»", "&raquo;")
            new = (
                new.replace(" — ", " &mdash; ").replace('"', "&quot;").replace("\u201c", "&ldquo;")
            )
            new = new.replace("\u201d", "&rdquo;").replace("'", "&#39;")
            if rng.random() < 0.35:
                new = new.replace("\n\n", "<br><br>")
            if new == c.body:
                return False
            c.body = new
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        elif kind == "nbsp":
            new = re.sub(r"\b(\w{1,2}) (?=\w)", "\\1\u00a0", c.body)
            new = new.replace(" — ", "\u00a0— ").replace(" - ", "\u00a0- ")
            new = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u202f", new)
            if new == c.body:
                return False
            c.body = new
            c.ch = self.other(self.aggs(lang) + (AGENCY_RU if not en else []), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.6 else None
        elif kind == "extend_line":
            c.body = (
                c.body
                + "\n\n"
                + rng.choice(
                    ["We will keep you posted.", "More to follow.", "Stay tuned."]
                    if en
                    else [
                        "Следим за развитием событий.",
                        "Подробности — позже.",
                        "Продолжаем следить.",
                    ]
                )
            )
            c.ch = self.other(self.aggs(lang), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.6 else None
        elif kind == "hashtags_removed":
            if "#" not in c.body:
                return False
            new = "\n".join(
                ln for ln in c.body.split("\n") if not re.fullmatch(r"(#\S+\s*)+", ln.strip())
            )
            new = re.sub(r"#(\w)", r"\1", new).strip()
            c.body = re.sub(r"\n{3,}", "\n\n", new)
            c.ch = self.other(self.aggs(lang) + (AGENCY_RU if not en else []), src.ch, o.ch)
            c.sig = CH[c.ch].sig if rng.random() < 0.5 else None
        else:
            raise ValueError(kind)
        return c.ch is not None

    def can(self, o: Item, src: Item, kind: str) -> bool:
        """Whether ``kind`` may apply to ``src`` at all (apply() may still refuse)."""
        b = src.body
        is_feed = CH[src.ch].kind == "feed"
        if kind == "hashtags_removed":
            return "#" in b
        if kind == "flash_head":
            return src is o and "flash" in o.extra
        if kind == "html_entities":
            return any(ch in b for ch in "«»&\"'\u201c") or " — " in b
        if kind == "md_strip":
            return "**" in b or "__" in b or "](" in b
        if kind == "lead_reworded":
            return bool(o.lead_alt) and src is o
        if kind == "translit":
            return any(a in b for a, _ in TRANSLIT)
        if kind == "yo_e":
            return "ё" in b or "Ё" in b
        if kind == "quotes_dashes":
            return any(ch in b for ch in "«»–’") or " — " in b
        if kind == "feed":
            return src is o and o.ch in ("mid_ru", "mid_en", "tass")
        if kind == "typo_fixed":
            return src is o and not o.n_copies
        if kind == "trim_mid":
            return b.count("\n\n") >= 3
        if kind in ("trim_last", "layout"):
            return "\n\n" in b
        if kind == "read_more":
            return words(b) >= 40
        if kind == "official_repost":
            return src.ch in ("mid_ru", "spokes", "mid_en", "consul") or src.ch in EMB_EN
        if kind == "reflash":
            return src is o and o.ch in AGENCY_RU + [
                "tass_en",
                "reuters",
                "ap",
                "belta",
                "kazinform",
                "xinhua",
            ]
        if kind in ("forward", "fwd_header"):
            return not is_feed
        return True

    def make(self, o: Item, src: Item | None = None, *, chain: bool = False) -> Item | None:
        rng = self.rng
        src = src or o
        short = words(o.body) < SHORT
        table = {k: v for k, v in TARGET.items() if k not in (LONG_ONLY if short else SHORT_ONLY)}
        if chain:
            table = {k: 1 for k in CHAIN_KINDS}
        for attempt in range(20):
            kinds = [k for k in table if self.can(o, src, k)]
            weights = [1.0 if chain else max(table[k] - self.made[k], 0) + 0.2 for k in kinds]
            kind = rng.choices(kinds, weights=weights)[0]
            rare = [k for k in RARE if k in kinds and self.made[k] < table[k]]
            if attempt < 3 and not chain and rare and rng.random() < 0.55:
                kind = rng.choice(rare)  # kinds few posts lend themselves to: take the chance
            g = self.gap(o, src)
            if g is None:
                return None
            c = Item(src.t + g, src.ch, o.story, o.family, kind, src.body, src.sig, src=src)
            had_clean = o.clean is not None
            if kind == "combo":
                parts = rng.sample(COMBO_PARTS, 3 if rng.random() < 0.2 else 2)
                if "fwd_header" in parts:  # the header goes on last, over the reposter's edit
                    parts.remove("fwd_header")
                    parts.append("fwd_header")
                ok = all(self.apply(o, src, k, c) for k in parts)
                c.kind = "combo:" + "+".join(parts)
            else:
                ok = self.apply(o, src, kind, c)
                if chain:
                    c.kind = "chain:" + kind
            ok = (
                ok
                and c.ch is not None
                and (c.ch != o.ch or kind == "reflash")
                and CH[c.ch].lang == o.lang
            )
            ok = ok and self.keeps_slots(o, c)
            key = normal(c.text if CH[c.ch].kind != "feed" else c.body) if ok else ""
            ok = ok and self.texts.get(key, o.story) == o.story
            if not ok:
                if o.clean is not None and not had_clean:  # undo the typo put in for this attempt
                    o.body, o.clean = o.clean, None
                continue
            if c.extra.get("heading"):
                c.kind = c.kind.replace("lead_reworded", "heading_reworded")
            o.n_copies += 1
            self.made[kind] = self.made.get(kind, 0) + 1
            self.note(c)
            return c
        return None


# --------------------------------------------------------------------------- build

_META: dict[tuple[str, str], tuple[str, str]] = {}


def build() -> list[Labelled]:
    rng = random.Random(SEED)
    m = Maker(rng)
    for f in FAMILIES:
        f(m)
    originals = [x for x in m.items if START <= x.t <= END - timedelta(days=27)]
    cp = Copier(m)
    for o in originals:
        cp.note(o)
    copies: list[Item] = []
    for o in originals:
        p = 0.25
        if o.family in (
            "single",
            "talks",
            "condolences",
            "flash",
            "updates",
            "tolls",
            "greetings",
        ):
            p = 0.34
        if rng.random() < p:
            n = 1 + (rng.random() < 0.25) + (rng.random() < 0.06)
            for _ in range(n):
                c = cp.make(o)
                if c is not None:
                    copies.append(c)
    # copies of copies: a reposter's post reposted again
    for c in rng.sample([c for c in copies if CH[c.ch].kind != "feed"], 14):
        o = c
        while o.src is not None:
            o = o.src
        cc = cp.make(o, c, chain=True)
        if cc is not None:
            copies.append(cc)
    # the site's feed first, the Telegram post later: the feed item is the original
    for c in copies:
        o = c.src
        if (
            c.kind == "feed"
            and o is not None
            and o.n_copies == 1
            and o.src is None
            and rng.random() < 0.45
        ):
            o.ch, c.ch = c.ch, o.ch
            o.body, c.body = c.body, o.body
            o.title, c.title = c.title, None
            o.sig, c.sig = None, o.sig
            c.kind = "tg_after_feed"
            c.t = o.t + timedelta(minutes=rng.randint(4, 95))
    items = sorted(originals + copies, key=lambda x: (x.t, x.kind != "original"))
    for a, b in itertools.pairwise(items):
        if b.t <= a.t:
            b.t = a.t + timedelta(minutes=1)
    ids: dict[str, int] = {}
    out: list[Labelled] = []
    _META.clear()
    for x in items:
        ch = CH[x.ch]
        ids[x.ch] = ids.get(x.ch, 2000 + len(ids) * 6133) + 1 + rng.randrange(4)
        n = ids[x.ch]
        fwd = None
        if x.fwd and x.src is not None and x.src.post is not None:
            oc = CH[x.src.ch]
            fwd = Forward(
                name=oc.title,
                source_key=oc.key,
                external_id=x.src.post.external_id,
                username=oc.username,
            )
        if ch.kind == "feed":
            base = ch.key.rsplit("/", 1)[0]
            url = f"{base}/news/{n}/"
            ext = url
            text = x.body
        else:
            url = f"https://t.me/{ch.username}/{n}"
            ext = str(n)
            text = x.text
        post = Post(
            source=SourceRef(
                ch.kind,
                ch.key,
                ch.title,
                ch.username,
                f"https://t.me/{ch.username}" if ch.kind == "telegram" else ch.key,
            ),  # type: ignore[arg-type]
            external_id=ext,
            published_at=x.t,
            text=text,
            title=x.title,
            url=url,
            forwarded_from=fwd,
        )
        x.post = post
        _META[(ch.key, ext)] = (x.family, x.kind)
        out.append(Labelled(post, x.story))
    return out


def kind_of(x: Labelled) -> str:
    return _META[(x.post.source.key, x.post.external_id)][1]


def family_of(x: Labelled) -> str:
    return _META[(x.post.source.key, x.post.external_id)][0]

"""Names a translation translates rather than transliterates, and dates, as one key in both
languages: "МИД России" and "Russian Foreign Ministry", "китайский" and "Chinese", "1 декабря"
and "December 1".

A translation keeps a person's name by transliteration ("Лавров", "Lavrov"), which
:func:`archive.digest_translations.skeleton` reads as one key. A country, its adjective, a
capital with a name of its own, a body of the UN are *translated*: "Китай", "КНР",
"китайский" and "China", "Chinese", "PRC"; "Вена" and "Vienna"; "Совбез ООН" and "Security
Council". Russian writes a country's adjective in small letters too ("российско-китайские
переговоры"), so no capital tells it. This table is the project's, not the user's: the
countries, capitals and institutions a foreign-ministry archive meets every day, each one
key (``=china``), and only those whose two forms no transliteration reaches.

:func:`bilingual_keys` finds them in a text, with dates ("1 декабря", "December 1",
"1 Dec" -> ``@12-1``), and returns the text with what it found blanked out (by "_": no word, no
space, no sentence's end), so that the words are not read a second time as names or numbers.
"""

from __future__ import annotations

import re
from functools import cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations import is_abbreviation

__all__ = ["bilingual_keys", "in_other_language", "name_in_other_language", "small_keys"]

# key -> the forms, as one pattern each, matched as whole words, case folded. A Russian stem
# ends with \w* (all its cases and its adjective); an English form is listed whole.
_FOLDED: dict[str, tuple[str, ...]] = {
    "russia": (r"росси\w*", r"рф", r"russia", r"russian", r"russians"),
    "china": (r"китай\w*", r"кнр", r"china", r"chinese", r"prc"),
    "usa": (r"сша", r"американ\w*", r"соедин[её]нн\w* штат\w*", r"united states", r"american"),
    "uk": (r"великобритан\w*", r"британ\w*", r"britain", r"british", r"united kingdom"),
    "france": (r"франци\w*", r"французск\w*", r"france", r"french"),
    "germany": (r"германи\w*", r"немецк\w*", r"фрг", r"germany", r"german"),
    "japan": (r"япони\w*", r"японск\w*", r"japan", r"japanese"),
    "turkey": (r"турци\w*", r"турецк\w*", r"turkey", r"turkish", r"t[üu]rkiye"),
    "poland": (r"польш\w*", r"польск\w*", r"poland", r"polish"),
    "ethiopia": (r"эфиоп\w*", r"ethiopia", r"ethiopian", r"ethiopians"),
    "egypt": (r"египт\w*", r"египет", r"египетск\w*", r"egypt", r"egyptian"),
    "israel": (r"израил\w*", r"israel", r"israeli", r"israelis"),
    "lebanon": (r"ливан\w*", r"lebanon", r"lebanese"),
    "georgia": (r"грузи[яиюей]", r"грузинск\w*", r"georgia", r"georgian"),
    "belarus": (r"белорус\w*", r"беларус\w*", r"belarus", r"belarusian"),
    "saudi": (r"саудовск\w*", r"saudi"),
    "uae": (r"оаэ", r"эмират\w*", r"uae", r"emirates", r"emirati"),
    "iran": (r"иран\w*", r"iran", r"iranian"),
    "india": (r"инди[яиюей]", r"индийск\w*", r"india", r"indian"),
    "ukraine": (r"украин\w*", r"ukraine", r"ukrainian"),
    "syria": (r"сири[яиюей]", r"сирийск\w*", r"syria", r"syrian"),
    "iraq": (r"ирак\w*", r"iraq", r"iraqi"),
    "qatar": (r"катар\w*", r"qatar", r"qatari"),
    "pakistan": (r"пакистан\w*", r"pakistan", r"pakistani"),
    "afghanistan": (r"афганистан\w*", r"афганск\w*", r"afghanistan", r"afghan"),
    "laos": (r"лаос\w*", r"laos", r"lao"),
    "korea": (r"коре[яиюей]", r"корейск\w*", r"korea", r"korean"),
    "dprk": (r"кндр", r"dprk", r"north korea"),
    "brazil": (r"бразили\w*", r"бразильск\w*", r"brazil", r"brazilian"),
    "rsa": (r"юар", r"южноафриканск\w*", r"south africa", r"south african"),
    "palestine": (r"палестин\w*", r"palestine", r"palestinian", r"palestinians"),
    "europe": (r"европ\w*", r"europe", r"european"),
    "eu": (r"ес", r"евросоюз\w*", r"европейск\w* союз\w*", r"eu", r"european union"),
    "eurasia": (r"евразийск\w*", r"eurasian", r"eurasia"),
    "vienna": (r"вен[аеуы]", r"веной", r"vienna"),
    "geneva": (r"женев\w*", r"geneva"),
    "beijing": (r"пекин\w*", r"beijing"),
    "tehran": (r"тегеран\w*", r"tehran"),
    "newyork": (r"нью-йорк\w*", r"new york"),
    "delhi": (r"нью-дели", r"дели", r"new delhi", r"delhi"),
    "kyiv": (r"киев\w*", r"kyiv", r"kiev"),
    "caucasus": (r"кавказ\w*", r"caucasus"),
    "blacksea": (r"черноморск\w*", r"ч[её]рн\w* мор\w*", r"black sea"),
    "redsea": (r"красн\w* мор\w*", r"red sea"),
    # "Хуситы", "хуситов" and "Houthis": a "th" Russian writes "с", no transliteration's.
    "houthi": (r"хусит\w*", r"houthis", r"houthi"),  # each a word a search can ask
    "un": (r"оон", r"united nations", r"u\.n\."),
    "unsc": (r"совбез\w*", r"совет\w* безопасности", r"сб оон", r"security council", r"unsc"),
    "unga": (r"генассамбле\w*", r"генеральн\w* ассамбле\w*", r"га оон", r"general assembly"),
    "mfa": (
        r"мид",
        r"министерств\w* иностранных дел",
        r"foreign ministry",
        r"ministry of foreign affairs",
        r"mfa",
    ),
    # A ministers' council or meeting: "СМИД ШОС", "SCO Council of Foreign Ministers", "BRICS
    # Foreign Ministers' meeting", "совещание министров иностранных дел ШОС".
    "cfm": (
        r"смид",
        r"(?:совет|встреч|совещани|заседани)\w* министров иностранных дел",
        r"council of foreign ministers",
        r"foreign ministers'? (?:council|meeting)",
    ),
    "npp": (r"аэс", r"npp", r"nuclear power plant", r"nuclear power station"),
    # Bodies, treaties and routes a ministry's posts name in both languages (session 49):
    # no transliteration reaches one from the other.
    "arcticcouncil": (r"арктическ\w* совет\w*", r"arctic council"),
    "icj": (
        r"международн\w* суд\w* оон",
        r"мс оон",
        r"международн\w* суд\w*",
        r"international court of justice",
        r"icj",
        r"world court",
    ),
    "ots": (r"организаци\w* тюркских государств", r"organi[sz]ation of turkic states"),
    "minskgroup": (r"минск\w* групп\w*", r"minsk group"),
    "oewg": (
        r"ргос",
        r"рабоч\w* групп\w* открытого состава",
        r"open-ended working group",
        r"oewg",
    ),
    "africacorps": (r"африканск\w* корпус\w*", r"africa corps"),
    "wha": (r"всемирн\w* ассамбле\w* здравоохранения", r"world health assembly"),
    "nsr": (
        r"северн\w* морск\w* пут\w*",
        r"севморпут\w*",
        r"смп",
        r"northern sea route",
        r"nsr",
    ),
    "newstart": (r"дснв", r"договор\w* о снв", r"new start"),
    "statedept": (
        r"госдеп\w*",
        r"государственн\w* департамент\w*",
        r"state department",
        r"state dept",
    ),
    "eucommission": (r"еврокомисси\w*", r"европейск\w* комисси\w*", r"european commission"),
    "europarl": (r"европарламент\w*", r"европейск\w* парламент\w*", r"european parliament"),
    "iaeaboard": (r"совет\w* управляющих", r"board of governors"),
    "hrc": (r"совет\w* по правам человека", r"human rights council"),
    "normandy": (r"нормандск\w* формат\w*", r"normandy format"),
    "msc": (r"мюнхенск\w* конференци\w* по безопасности", r"munich security conference"),
    "unionstate": (r"союзн\w* государств\w*", r"union state"),
    "arableague": (r"лиг\w* арабских государств", r"arab league", r"league of arab states"),
    "cd": (r"конференци\w* по разоружению", r"conference on disarmament"),
    "g20": (r"g20", r"g-20", r"групп\w* двадцати", r"двадцатк\w*"),
    "g7": (r"g7", r"g-7", r"групп\w* семи", r"семерк\w*", r"семёрк\w*"),
}
# Bodies a ministry's and an agency's posts name in both languages, which a *search* reads
# as this table's (session 51): a state's ministries (of any state, as "mfa"), Russia's
# parliament, prosecutors and investigators, seats of power, international bodies and
# contests. No transliteration reaches one from the other ("Минобороны", "Defence
# Ministry"; «Евровидение», "Eurovision"), and the dictionary reads some as common words
# («Бундестаг», «Кнессет»), which a search asks in the language typed. Not a named thing
# of common words («Северный поток», «Сила Сибири», "Belt and Road"), which the labelled
# sets ask in the language typed. Not read by :func:`bilingual_keys`: as keys of a
# digest's translations they made the recorded weeks' digests worse (a story missed, a
# repeat in the other language kept), which the keys above do not.
_BODIES: dict[str, tuple[str, ...]] = {
    "defenceministry": (
        r"минобороны",
        r"министерств\w* обороны",
        r"defence ministry",
        r"defense ministry",
        r"ministry of defence",
        r"ministry of defense",
    ),
    "financeministry": (
        r"минфин\w*",
        r"министерств\w* финансов",
        r"finance ministry",
        r"ministry of finance",
    ),
    "justiceministry": (
        r"минюст\w*",
        r"министерств\w* юстиции",
        r"justice ministry",
        r"ministry of justice",
    ),
    "healthministry": (
        r"минздрав\w*",
        r"министерств\w* здравоохранения",
        r"health ministry",
        r"ministry of health",
    ),
    "interiorministry": (
        r"мвд",
        r"министерств\w* внутренних дел",
        r"interior ministry",
        r"ministry of internal affairs",
        r"ministry of (?:the )?interior",
    ),
    "emergenciesministry": (
        r"мчс",
        r"министерств\w* по чрезвычайным ситуациям",
        r"emergencies ministry",
        r"emergency situations ministry",
        r"ministry of emergency situations",
        r"emercom",
    ),
    "energyministry": (
        r"минэнерго",
        r"министерств\w* энергетики",
        r"energy ministry",
        r"ministry of energy",
    ),
    "economyministry": (
        r"минэкономразвития",
        r"министерств\w* экономического развития",
        r"economic development ministry",
        r"ministry of economic development",
    ),
    "tradeministry": (
        r"минпромторг\w*",
        r"министерств\w* промышленности и торговли",
        r"industry and trade ministry",
        r"ministry of industry and trade",
    ),
    "transportministry": (
        r"минтранс\w*",
        r"министерств\w* транспорта",
        r"transport ministry",
        r"ministry of transport",
    ),
    "agricultureministry": (
        r"минсельхоз\w*",
        r"министерств\w* сельского хозяйства",
        r"agriculture ministry",
        r"ministry of agriculture",
    ),
    "cultureministry": (
        r"минкультуры",
        r"министерств\w* культуры",
        r"culture ministry",
        r"ministry of culture",
    ),
    "duma": (r"госдум\w*", r"государственн\w* дум\w*", r"state duma", r"duma"),
    "federationcouncil": (r"совфед\w*", r"совет\w* федерации", r"federation council"),
    "prosecutorgeneral": (
        r"генпрокуратур\w*",
        r"генеральн\w* прокуратур\w*",
        r"prosecutor general",
        r"prosecutor[- ]general'?s office",
    ),
    "investigativecommittee": (r"следственн\w* комитет\w*", r"investigative committee"),
    "kremlin": (r"кремл\w*", r"kremlin"),
    "elysee": (
        r"елисейск\w* дворец",
        r"елисейск\w* дворц\w*",
        r"elysee palace",
        r"élysée palace",
    ),
    "bundestag": (r"бундестаг\w*", r"bundestag"),
    "knesset": (r"кнессет\w*", r"knesset"),
    "rada": (r"верховн\w* рад\w*", r"verkhovna rada"),
    "coe": (r"совет\w* европы", r"council of europe"),
    "house": (r"палат\w* представителей", r"house of representatives"),
    "alqaeda": (r"аль-каид\w*", r"al-qaeda", r"al-qaida", r"al qaeda", r"al qaida"),
    "eucouncil": (r"европейск\w* совет\w*", r"евросовет\w*", r"european council"),
    "worldbank": (r"всемирн\w* банк\w*", r"world bank"),
    "adb": (r"азиатск\w* банк\w* развития", r"asian development bank"),
    "icrc": (
        r"мккк",
        r"международн\w* комитет\w* красного креста",
        r"icrc",
        r"international committee of the red cross",
    ),
    "redcross": (r"красн\w* крест\w*", r"red cross"),
    "msf": (r"врач\w* без границ", r"doctors without borders", r"médecins sans frontières"),
    "nam": (r"движени\w* неприсоединения", r"non-aligned movement", r"non aligned movement"),
    "europol": (r"европол\w*", r"europol"),
    "greenpeace": (r"гринпис\w*", r"greenpeace"),
    "eurovision": (r"евровидени\w*", r"eurovision"),
    "intervision": (r"интервидени\w*", r"intervision"),
    "nobelcommittee": (r"нобелевск\w* комитет\w*", r"nobel committee"),
    "nobelprize": (r"нобелевск\w* преми\w*", r"nobel prize", r"nobel peace prize"),
    "rzd": (r"ржд", r"российск\w* железн\w* дорог\w*", r"russian railways"),
    "cnpc": (
        r"cnpc",
        r"китайск\w* национальн\w* нефтегазов\w* корпораци\w*",
        r"china national petroleum corporation",
    ),
    "instc": (
        r"мтк",
        r"международн\w* транспортн\w* коридор\w* «?север\w*»?",
        r"instc",
        r"international north[-–— ]+south transport corridor",
    ),
    "wef": (r"всемирн\w* экономическ\w* форум\w*", r"world economic forum"),
    # session 52
    "rdif": (
        r"рфпи",
        r"российск\w* фонд\w* прямых инвестиций",
        r"rdif",
        r"russian direct investment fund",
    ),
    "pla": (r"ноак", r"народно-освободительн\w* арми\w* китая", r"people's liberation army"),
    "gerd": (r"плотин\w* возрождения", r"gerd", r"grand ethiopian renaissance dam"),
    "hajj": (r"хадж\w*", r"hajj"),
    "worldfoodday": (r"всемирн\w* дн\w* продовольствия", r"world food day"),
    "taliban": (r"талиб\w*", r"taliban"),
    "rae": (r"российск\w* антарктическ\w* экспедици\w*", r"russian antarctic expedition"),
    # session 53, from the twenty-ninth set
    "cas": (r"спортивн\w* арбитражн\w* суд\w*", r"court of arbitration for sport"),
    "balticsentry": (r"балтийск\w* часов\w*", r"baltic sentry"),
    "imt": (r"международн\w* военн\w* трибунал\w*", r"international military tribunal"),
}
_SEARCHED = {**_FOLDED, **_BODIES}  # what a search asks in the other language
# Forms read only as written: "US" and "UN" (not "us", "un"), "Газа" (not "газа", gas).
_CASED: dict[str, tuple[str, ...]] = {
    "usa": (r"US", r"U\.S\.", r"USA"),
    "uk": (r"UK",),
    "un": (r"UN",),
    "gaza": (r"Газ[аеуы]", r"Газой", r"Gaza"),
    "arableague": (r"ЛАГ",),  # not «лаг», a ship's log
}
# A Russian month in its cases, or cut short ("1 дек"), by its first three letters.
_MONTH_RU = (
    r"(январ[ьяе]|феврал[ьяе]|март[аеу]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[аеу]?"
    r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|фев|мар|апр|авг|сен|сент|окт|ноя"
    r"|дек)\.?"
)
_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек",
)  # fmt: skip
_MONTH_EN = (
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember"
    r"|t|ober|ember)?\.?"
)
_DAY = r"([0-3]?\d)(?:st|nd|rd|th)?"


@cache
def _dates() -> tuple[re.Pattern[str], ...]:
    """The days' patterns, compiled at the first use (3 ms of the module's import)."""
    return (
        re.compile(rf"(?<![\w.,]){_DAY}\s+{_MONTH_RU}(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<![\w.,]){_DAY}\s+{_MONTH_EN}(?!\w)", re.IGNORECASE),
        re.compile(rf"(?<!\w){_MONTH_EN}\s+{_DAY}(?![\w])", re.IGNORECASE),
    )


def _first_letters(form: str) -> frozenset[str] | None:
    """The letters ``form`` can open with ("росси…": р; "[её]…": е, ё; "(?:совет|встреч)…":
    с, в), or None when it is not one of those shapes (then tried at every word's start)."""
    if form.startswith("(?:"):
        letters: set[str] = set()
        for alternative in form[3 : form.index(")")].split("|"):
            first = _first_letters(alternative)
            if first is None:
                return None
            letters |= first
        return frozenset(letters)
    if form.startswith("["):
        return frozenset(form[1 : form.index("]")])
    return frozenset(form[0]) if form[0].isalpha() else None


def _pattern(forms: dict[str, tuple[str, ...]], flags: int) -> re.Pattern[str]:
    """One pattern of every form, each a named group (``china_0``), grouped by the letters
    they open with behind a look-ahead: at a word's start the regex engine tries the few
    forms of its letter, not all 250 (a 1,500-letter post 15 ms -> 0.3). A form joins the
    last group that shares a letter with it when that group opens with exactly its letters,
    else starts a new one, so the forms that can match at one place are tried in the table's
    order: the match is the one alternation would give."""
    groups: list[tuple[frozenset[str] | None, list[str]]] = []
    for key, keys in forms.items():
        for n, form in enumerate(keys):
            named = f"(?P<{key}_{n}>{form})"
            first = _first_letters(form)
            last = next(
                (g for g in reversed(groups) if g[0] is None or first is None or g[0] & first),
                None,
            )
            if last is not None and last[0] == first:
                last[1].append(named)
            else:
                groups.append((first, [named]))
    branches = (
        "|".join(named)
        if first is None
        else f"(?=[{''.join(sorted(map(re.escape, first)))}])(?:{'|'.join(named)})"
        for first, named in groups
    )
    return re.compile(rf"(?<!\w)(?:{'|'.join(branches)})(?!\w)", flags)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The folded and the cased forms' patterns, compiled at the first use (6 ms: a search
    that asks none, the start-up bench's, need not pay it)."""
    return _pattern(_FOLDED, re.IGNORECASE), _pattern(_CASED, 0)


def _month(word: str) -> int:
    lower = word.lower()
    return next(n for n, m in enumerate(_MONTHS) if lower.startswith(m)) % 12 + 1


def bilingual_keys(text: str) -> tuple[frozenset[str], str]:
    """The keys of ``text``'s translated names (``=china``) and dates (``@12-1``), and the
    text with them blanked out by "_" (the same length, so positions still hold)."""
    keys: set[str] = set()
    spans: list[tuple[int, int]] = []
    for pattern in _dates():
        for match in pattern.finditer(text):
            groups = [g for g in match.groups() if g]
            day = next(g for g in groups if g.isdigit())
            month = next(g for g in groups if not g.isdigit())
            if 1 <= int(day) <= 31:
                keys.add(f"@{_month(month)}-{int(day)}")
                spans.append(match.span())
    for pattern in _patterns():
        for match in pattern.finditer(text):
            name = match.lastgroup
            if match.group()[0].islower():
                continue  # "ирано-американских консультаций": the topic, not the event's names
            if name is not None:
                keys.add("=" + name.rsplit("_", 1)[0])
                spans.append(match.span())
    if not spans:
        return frozenset(keys), text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = "_" * (end - start)
    return frozenset(keys), "".join(chars)


def small_keys(text: str) -> frozenset[str]:
    """The keys of the names ``text`` writes in small letters: a Russian country's adjective
    ("российских активов", "сирийское Минобороны", "израильской армии"), which English writes
    with a capital ("Russian assets"). :func:`bilingual_keys` leaves them out, as a topic's
    word rather than the event's names; a translation's fold counts one only when the other
    language names that country (archive.digest_translations)."""
    keys = set()
    for match in _patterns()[0].finditer(text):
        if match.group()[0].islower() and match.lastgroup is not None:
            keys.add("=" + match.lastgroup.rsplit("_", 1)[0])
    return frozenset(keys)


_PLAIN_LATIN = lazy_re.compile(r"[a-z]+(?: [a-z]+)*")
_PLAIN_CYRILLIC = lazy_re.compile(r"[а-яё]+")
_STEM_CYRILLIC = lazy_re.compile(r"([а-яё]+)\\w\*")
_CLASS_CYRILLIC = lazy_re.compile(r"([а-яё]+)\[([а-яё]+)\]")
_CYRILLIC_LETTER = lazy_re.compile(r"[а-яё]", re.IGNORECASE)
_SHORT = 4  # a Russian form of this many letters or fewer is an abbreviation: КНР, США


def in_other_language(word: str) -> tuple[str, ...]:
    """The one word ``word``, when it is a country, a capital or a body this table knows, as
    search terms of the other language: «Китая»: "China", "Chinese", "PRC"; "Turkey":
    "турци*", "турецк*" (a stem's every form), "Türkiye"'s too; "US": «США», "американ*".
    Only the forms a search can type (not "U.S.", not two words a pattern joins), one word
    before several; empty for another word. For a search in both scripts
    (archive/store/both_scripts.py). Read by the forms' words, not their patterns: a search
    asks one word, which need not compile them all (6 ms, the start-up bench's)."""
    if " " in word.strip():
        return ()
    latin = not _CYRILLIC_LETTER.search(word)
    found: list[str] = []
    keys = (_key_of(word.lower(), _one_words(False)), _key_of(word, _one_words(True)))
    for key in dict.fromkeys(k for k in keys if k is not None):
        for other in _SEARCHED.get(key, ()):
            found += _typed(other, latin)
        # A form held to its capitals (Газа, not газа) once: another joined to it by OR
        # would let the small letters in.
        forms = [t for other in _CASED.get(key, ()) for t in _typed(other, latin)]
        found += [t for t in forms if t not in found][: 1 if latin else None]
    return tuple(sorted(dict.fromkeys(found), key=lambda t: t.startswith('"')))


# A name of several words with the UN's own word before or after it ("UN Security Council",
# «Совет Безопасности ООН»), which the table lists without it.
_OF_THE_UN = lazy_re.compile(r"^(?:un|u\.n\.|united nations|оон)\s+|\s+(?:оон|of the un)$")
_CLASS = lazy_re.compile(r"\[(.)[^\]]*\]")  # a letter's class by its first: "ч[её]рн" "черн"
_ONE_FORM = lazy_re.compile(r"[а-яёa-z]+(?:\\w\*)?(?: [а-яёa-z]+(?:\\w\*)?)*'?")


# Bodies only the UN has: named with the UN in one language, they need not be in the other.
_THE_UNS_ONLY = frozenset({"icj", "unga"})  # the General Assembly too (session 51)


def name_in_other_language(name: str) -> str | None:
    """A body's or a place's name of several words (``name``, as typed) as the other
    language writes it, as one search: its forms there joined by OR, a stem by its prefix
    and words in quotes («Совет Безопасности ООН», «СБ ООН»: 'UNSC OR "security council"';
    "UN General Assembly": 'генассамбле* OR "генеральн ассамбле"'); None for a name the
    table does not list so. For a search in both scripts (store/both_scripts.py; session
    48), whose words one by one would be read as names ("Security" «Секурити»)."""
    folded = " ".join(name.lower().split())
    if " " not in folded:
        return None
    latin = not _CYRILLIC_LETTER.search(folded)
    bare = _OF_THE_UN.sub("", folded)
    for key, forms in _SEARCHED.items():
        if not any(re.fullmatch(form, t) for form in forms for t in (folded, bare)):
            continue
        others = [_CLASS.sub(r"\1", f) for f in forms if bool(_CYRILLIC_LETTER.search(f)) == latin]
        terms = [t for f in others if _ONE_FORM.fullmatch(f) and (t := _as_term(f))]
        if not terms:
            return None
        # The UN named with it, the UN asked there too: "UN Security Council" is not
        # «Совбез России» (a search's OR binds before its AND); not for a body only the UN
        # has («Международный суд ООН»: "International Court of Justice", session 49).
        un = (" ООН" if latin else " UN") if bare != folded and key not in _THE_UNS_ONLY else ""
        return " OR ".join(terms) + un
    return None


def _as_term(form: str) -> str:
    """One of the table's simple forms as a search's term: a stem as a prefix, words in
    quotes (each a stem's or a word's: a phrase matches its words in any of their forms)."""
    words = [w.removesuffix(r"\w*") for w in form.split()]
    if len(words) == 1 and form.endswith(r"\w*"):
        return f"{words[0]}*"
    if len(words) == 1:  # an abbreviation in capitals (UNSC, МИД), a word as written
        return words[0].upper() if is_abbreviation(words[0].upper()) else words[0]
    return '"' + " ".join(words) + '"'


def _key_of(word: str, forms: tuple[tuple[str, str, bool], ...]) -> str | None:
    """The key of ``forms`` (key, word or stem, a stem) that ``word`` is, or else starts
    with as the longest stem: «Европол» is Europol's, not Europe's (европ*); the first in
    the table's order of two as long."""
    found: tuple[int, str] | None = None
    for key, form, stem in forms:
        if word == form:
            return key
        if stem and word.startswith(form) and (found is None or len(form) > found[0]):
            found = (len(form), key)
    return found[1] if found else None


@cache
def _one_words(cased: bool) -> tuple[tuple[str, str, bool], ...]:
    """The table's one-word forms, as (key, word or stem, a stem), in its order: a pattern's
    character classes and optional letters spelled out ("t[üu]rkiye": "türkiye", "turkiye";
    "houthis?": "houthi", "houthis"), a stem's ``\\w*`` dropped; not a pattern of two words
    or another construct."""
    found: list[tuple[str, str, bool]] = []
    for key, forms in (_CASED if cased else _SEARCHED).items():
        for form in forms:
            stem = form.endswith(r"\w*")
            body = form[:-3] if stem else form
            if re.search(r"[()|\\.+^$ ]", body):
                continue
            words = [""]
            i = 0
            while i < len(body):
                if body[i] == "[":
                    end = body.index("]", i)
                    words = [w + c for w in words for c in body[i + 1 : end]]
                    i = end + 1
                elif body[i + 1 : i + 2] == "?":
                    words = [w + c for w in words for c in ("", body[i])]
                    i += 2
                else:
                    words = [w + body[i] for w in words]
                    i += 1
            found += [(key, w, stem) for w in words]
    return tuple(found)


def _typed(form: str, from_latin: bool) -> list[str]:
    """A form of the table as search terms, when it is of the other language than a Latin
    (``from_latin``) or a Cyrillic word."""
    if from_latin:
        if m := _STEM_CYRILLIC.fullmatch(form):
            return [m[1] + "*"]
        if m := _CLASS_CYRILLIC.fullmatch(form.lower()):
            # Its first form (Газа, Грузия): the search finds a name's other cases itself.
            return [(m[1] + m[2][0]).capitalize()]
        if _PLAIN_CYRILLIC.fullmatch(form.lower()):
            return [form.upper() if len(form) <= _SHORT else form.capitalize()]
        if " " in form and _ONE_FORM.fullmatch(form) and _CYRILLIC_LETTER.search(form):
            # Words of a name, each a stem's or a word's («международн суд оон»): a phrase,
            # which a search matches in any of its words' forms (session 49).
            return ['"' + " ".join(w.removesuffix(r"\w*") for w in form.split()) + '"']
        return []
    if form.isupper() and form.isalpha() and form.isascii():
        return [form]
    if _PLAIN_LATIN.fullmatch(form.lower()):
        if is_abbreviation(form.upper()):
            return [form.upper()]
        name = " ".join(w.capitalize() for w in form.split())
        return [f'"{name}"' if " " in name else name]
    return []

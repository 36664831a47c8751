"""Abbreviations of diplomacy and the names they stand for, in Russian and English.

A statement writes "Организации Объединённых Наций" where the agency's flash writes "ООН",
"Европейский союз" where another post writes "ЕС" or "Евросоюз", "IAEA" where the next
spells out "International Atomic Energy Agency". A reader searching for one means the
other too: a search of a word listed here also finds the posts that spell it out, in any
grammatical form (archive/query_lookups.py looks the names up by their word forms, as it does a
topic's phrase aliases from the config), and a search of a name spelled out, in any form,
also finds its abbreviation (:func:`standing_for`).

The table is the project's, not the user's: the institutions a foreign-ministry archive
meets every day. A Latin abbreviation that is also an English word (``US``, ``WHO``,
``IT``) counts only typed in capitals; a Cyrillic one in any case (``оон``).
"""

from __future__ import annotations

import re
from functools import cache

from tg_archiver.archive.analysis import analyse, words

__all__ = [
    "LONGEST_NAME",
    "closed_up_with_number",
    "forms_of",
    "in_other_script",
    "is_abbreviation",
    "spelled_out",
    "standing_for",
]

# abbreviation (as usually written) -> the names it stands for, in its own script.
_TABLE: dict[str, tuple[str, ...]] = {
    # Russian
    "ООН": ("Организация Объединенных Наций",),
    "ЕС": ("Европейский союз", "Евросоюз"),
    "Евросоюз": ("Европейский союз", "ЕС"),
    "ШОС": ("Шанхайская организация сотрудничества",),
    "СНГ": ("Содружество Независимых Государств",),
    "ОДКБ": ("Организация Договора о коллективной безопасности",),
    "ЕАЭС": ("Евразийский экономический союз",),
    "МАГАТЭ": ("Международное агентство по атомной энергии",),
    "КНР": ("Китайская Народная Республика",),
    "КНДР": ("Корейская Народно-Демократическая Республика", "Северная Корея"),
    "США": ("Соединенные Штаты Америки", "Соединенные Штаты"),
    "РФ": ("Российская Федерация",),
    "МИД": ("Министерство иностранных дел",),
    "СБ": ("Совет Безопасности", "Совбез"),
    "Совбез": ("Совет Безопасности", "СБ"),
    "ОБСЕ": ("Организация по безопасности и сотрудничеству в Европе",),
    "НАТО": ("Организация Североатлантического договора", "Североатлантический альянс"),
    "АСЕАН": ("Ассоциация государств Юго-Восточной Азии",),
    "ВОЗ": ("Всемирная организация здравоохранения",),
    "ВТО": ("Всемирная торговая организация",),
    "ОАЭ": ("Объединенные Арабские Эмираты",),
    "ЮАР": ("Южно-Африканская Республика",),
    "ЦАР": ("Центральноафриканская Республика",),
    "СМИД": ("Совет министров иностранных дел",),
    "ГА": ("Генеральная Ассамблея",),
    "МУС": ("Международный уголовный суд",),
    "СВПД": ("Совместный всеобъемлющий план действий",),
    "АЭС": ("атомная электростанция", "атомная станция"),
    "ЗАЭС": ("Запорожская АЭС", "Запорожская атомная электростанция"),
    "СМП": ("Северный морской путь",),
    "загранпаспорт": ("заграничный паспорт",),
    "Генассамблея": ("Генеральная Ассамблея",),
    "генконсульство": ("генеральное консульство",),
    "генконсул": ("генеральный консул",),
    "постпред": ("постоянный представитель",),
    "постпредство": ("постоянное представительство",),
    "Генсек": ("Генеральный секретарь",),
    "генсек": ("генеральный секретарь",),
    # session 34: more of the organisations and treaties a foreign ministry names daily
    "ОТГ": ("Организация тюркских государств",),
    "ДРК": ("Демократическая Республика Конго",),
    "ЕАСТ": ("Европейская ассоциация свободной торговли",),
    "ЛАГ": ("Лига арабских государств",),
    "ОИС": ("Организация исламского сотрудничества",),
    "ССАГПЗ": ("Совет сотрудничества арабских государств Персидского залива",),
    "АТЭС": ("Азиатско-Тихоокеанское экономическое сотрудничество",),
    "ЭКОВАС": ("Экономическое сообщество западноафриканских государств",),
    "СВМДА": ("Совещание по взаимодействию и мерам доверия в Азии",),
    "ДНЯО": ("Договор о нераспространении ядерного оружия",),
    "ДВЗЯИ": ("Договор о всеобъемлющем запрещении ядерных испытаний",),
    "ЦИК": ("Центральная избирательная комиссия",),
    "Эмираты": ("Объединенные Арабские Эмираты", "ОАЭ"),
    # session 36: the money and the central bank, which markets' posts name daily
    "МВФ": ("Международный валютный фонд",),
    "ЦБ": ("Центральный банк", "Центробанк", "Банк России"),
    "Центробанк": ("Центральный банк", "ЦБ", "Банк России"),
    "ФРС": ("Федеральная резервная система",),
    "ФРГ": ("Федеративная Республика Германия",),
    "ЕЦБ": ("Европейский центральный банк",),
    "АС": ("Африканский союз",),
    "ОЗХО": ("Организация по запрещению химического оружия",),
    # session 37: the UN's programmes and agencies (the names of un.org/ru), the treaties
    # of arms control, and Russia's federal ministries by their short names ("Минобороны",
    # which declines in none of its forms, "Минфин", "Минфина"; the names of government.ru)
    "ВПП": ("Всемирная продовольственная программа",),
    "УВКБ": ("Управление Верховного комиссара ООН по делам беженцев",),
    "УКГВ": ("Управление по координации гуманитарных вопросов",),
    "ПРООН": ("Программа развития ООН", "Программа развития Организации Объединенных Наций"),
    "ЮНЕП": ("Программа ООН по окружающей среде",),
    "ФАО": ("Продовольственная и сельскохозяйственная организация",),
    "МОТ": ("Международная организация труда",),
    "МОМ": ("Международная организация по миграции",),
    "ВОИС": ("Всемирная организация интеллектуальной собственности",),
    "ИКАО": ("Международная организация гражданской авиации",),
    "ВМО": ("Всемирная метеорологическая организация",),
    "МСЭ": ("Международный союз электросвязи",),
    "БАПОР": ("Ближневосточное агентство ООН для помощи палестинским беженцам",),
    "ЭКОСОС": ("Экономический и Социальный Совет",),
    "ЮНКТАД": ("Конференция ООН по торговле и развитию",),
    "СНВ-3": ("ДСНВ", "Договор о стратегических наступательных вооружениях"),
    "ДСНВ": ("СНВ-3", "Договор о стратегических наступательных вооружениях"),
    "ДРСМД": ("Договор о ракетах средней и меньшей дальности",),
    "ДОВСЕ": ("Договор об обычных вооруженных силах в Европе",),
    "КХО": ("Конвенция о запрещении химического оружия",),
    "КБТО": ("Конвенция о запрещении биологического и токсинного оружия",),
    # alliances, banks, courts and services the news names by their abbreviation
    "АГС": ("Альянс государств Сахеля", "Конфедерация государств Сахеля"),
    "СБР": ("Силы быстрого реагирования",),
    "ЦАХАЛ": ("Армия обороны Израиля",),
    "ВСУ": ("Вооруженные силы Украины",),
    "НБР": ("Новый банк развития",),
    "ЕАБР": ("Евразийский банк развития",),
    "ЕБРР": ("Европейский банк реконструкции и развития",),
    "АБИИ": ("Азиатский банк инфраструктурных инвестиций",),
    "ФАТФ": ("Группа разработки финансовых мер борьбы с отмыванием денег",),
    "ЕЭК": ("Евразийская экономическая комиссия",),
    "ЕСПЧ": ("Европейский суд по правам человека",),
    "ПАСЕ": ("Парламентская ассамблея Совета Европы",),
    "ПМЭФ": ("Петербургский международный экономический форум",),
    "ВЭФ": ("Восточный экономический форум",),
    "МОК": ("Международный олимпийский комитет",),
    "ФСБ": ("Федеральная служба безопасности",),
    "СВР": ("Служба внешней разведки",),
    "ЦРУ": ("Центральное разведывательное управление",),
    "ФБР": ("Федеральное бюро расследований",),
    "Госдума": ("Государственная дума",),
    "Совфед": ("Совет Федерации",),
    "Генпрокуратура": ("Генеральная прокуратура",),
    "Талибан": ("Исламский Эмират Афганистан",),  # the name it gives the state it rules
    "Минобороны": ("Министерство обороны",),
    "Минфин": ("Министерство финансов",),
    "Минэкономразвития": ("Министерство экономического развития",),
    "Минюст": ("Министерство юстиции",),
    "Минздрав": ("Министерство здравоохранения",),
    "Минтранс": ("Министерство транспорта",),
    "Минпромторг": ("Министерство промышленности и торговли",),
    "Минэнерго": ("Министерство энергетики",),
    "Минсельхоз": ("Министерство сельского хозяйства",),
    "Минприроды": ("Министерство природных ресурсов и экологии",),
    "Минкультуры": ("Министерство культуры",),
    "Минобрнауки": ("Министерство науки и высшего образования",),
    "Минпросвещения": ("Министерство просвещения",),
    "Минтруд": ("Министерство труда и социальной защиты",),
    "Минцифры": ("Министерство цифрового развития",),
    "Минстрой": ("Министерство строительства",),
    "Минспорт": ("Министерство спорта",),
    "Минвостокразвития": ("Министерство по развитию Дальнего Востока и Арктики",),
    "МВД": ("Министерство внутренних дел",),
    "МЧС": ("Министерство по чрезвычайным ситуациям",),
    # English
    "UN": ("United Nations",),
    "EU": ("European Union",),
    "SCO": ("Shanghai Cooperation Organisation",),
    "CIS": ("Commonwealth of Independent States",),
    "CSTO": ("Collective Security Treaty Organisation",),
    "EAEU": ("Eurasian Economic Union",),
    "IAEA": ("International Atomic Energy Agency",),
    "PRC": ("People's Republic of China",),
    "DPRK": ("Democratic People's Republic of Korea", "North Korea"),
    "G20": ("Group of 20", "Group of Twenty"),
    "G7": ("Group of Seven",),
    "ICJ": ("International Court of Justice",),
    "ICC": ("International Criminal Court",),
    "US": ("United States", "USA"),
    "USA": ("United States of America", "United States"),
    "UK": ("United Kingdom", "Britain"),
    "Britain": ("United Kingdom", "UK"),
    "UAE": ("United Arab Emirates",),
    "UNSC": ("UN Security Council", "United Nations Security Council", "Security Council"),
    "UNGA": ("UN General Assembly", "United Nations General Assembly", "General Assembly"),
    "JCPOA": ("Joint Comprehensive Plan of Action",),
    "NPP": ("nuclear power plant",),
    "OSCE": (
        "Organisation for Security and Co-operation in Europe",
        "Organisation for Security and Cooperation in Europe",
    ),
    "NATO": ("North Atlantic Treaty Organisation",),
    "ASEAN": ("Association of Southeast Asian Nations",),
    "WHO": ("World Health Organisation",),
    "WTO": ("World Trade Organisation",),
    "WFP": ("World Food Programme",),
    "IOM": ("International Organisation for Migration",),
    "MFA": ("Ministry of Foreign Affairs", "Foreign Ministry"),
    "CFM": ("Council of Foreign Ministers",),
    "OTS": ("Organisation of Turkic States",),
    "DRC": ("Democratic Republic of the Congo", "Democratic Republic of Congo"),
    "EFTA": ("European Free Trade Association",),
    "AU": ("African Union",),
    "OIC": ("Organisation of Islamic Cooperation",),
    "GCC": ("Gulf Cooperation Council",),
    "APEC": ("Asia-Pacific Economic Cooperation",),
    "ECOWAS": ("Economic Community of West African States",),
    "CICA": ("Conference on Interaction and Confidence-Building Measures in Asia",),
    "NPT": ("Non-Proliferation Treaty", "Treaty on the Non-Proliferation of Nuclear Weapons"),
    "CTBT": ("Comprehensive Nuclear-Test-Ban Treaty",),
    "IMF": ("International Monetary Fund",),
    "ECB": ("European Central Bank",),
    "OPCW": ("Organisation for the Prohibition of Chemical Weapons",),
    # session 37: the UN's programmes and agencies, the treaties of arms control
    "UNHCR": ("UN Refugee Agency", "Office of the United Nations High Commissioner for Refugees"),
    "OCHA": ("Office for the Coordination of Humanitarian Affairs",),
    "UNDP": ("UN Development Programme", "United Nations Development Programme"),
    "UNEP": ("UN Environment Programme", "United Nations Environment Programme"),
    "FAO": ("Food and Agriculture Organisation",),
    "ILO": ("International Labour Organisation",),
    "WIPO": ("World Intellectual Property Organisation",),
    "ICAO": ("International Civil Aviation Organisation",),
    "WMO": ("World Meteorological Organisation",),
    "ITU": ("International Telecommunication Union",),
    "UNRWA": ("UN Relief and Works Agency", "United Nations Relief and Works Agency"),
    "ECOSOC": ("Economic and Social Council",),
    "UNCTAD": ("UN Conference on Trade and Development",),
    "INF": ("Intermediate-Range Nuclear Forces Treaty", "INF Treaty"),
    "Taliban": ("Islamic Emirate of Afghanistan",),
    "AES": ("Alliance of Sahel States", "Confederation of Sahel States"),
    "RSF": ("Rapid Support Forces", "Reporters Without Borders"),
    "IDF": ("Israel Defense Forces", "Israel Defence Forces"),
    "NDB": ("New Development Bank",),
    "EBRD": ("European Bank for Reconstruction and Development",),
    "AIIB": ("Asian Infrastructure Investment Bank",),
    "FATF": ("Financial Action Task Force",),
    "ECHR": ("European Court of Human Rights",),
    "PACE": ("Parliamentary Assembly of the Council of Europe",),
    "SPIEF": ("St. Petersburg International Economic Forum",),
    "IOC": ("International Olympic Committee",),
    "CIA": ("Central Intelligence Agency",),
    "FBI": ("Federal Bureau of Investigation",),
    "CFE": ("Treaty on Conventional Armed Forces in Europe",),
    "CWC": ("Chemical Weapons Convention",),
    "BWC": ("Biological Weapons Convention",),
}
# A state's two names in use, both of two words or more, or one of them: a search of either
# finds both, in any form ("Тимор-Лесте", "Восточного Тимора"). One-word pairs are
# archive/lexemes.py's (_NAME_PAIRS: Беларусь, Белоруссия) and variants.py's (Kyiv, Kiev).
_STATES = (
    ("Тимор-Лесте", "Восточный Тимор"),
    ("Timor-Leste", "East Timor"),
    ("Кот-д'Ивуар", "Берег Слоновой Кости"),
    ("Côte d'Ivoire", "Ivory Coast"),
    ("Кабо-Верде", "Острова Зеленого Мыса"),
    ("Cabo Verde", "Cape Verde"),
    ("Республика Корея", "Южная Корея"),
    ("Чешская Республика", "Чехия"),
    ("Czech Republic", "Czechia"),
    ("Кыргызская Республика", "Киргизия"),
    ("Кыргызская Республика", "Кыргызстан"),
    ("Kyrgyz Republic", "Kyrgyzstan"),
    # session 36 (not "Северная Македония" and "Македония": the short name is also the
    # Greek region's and the ancient kingdom's, which the eleventh set leaves out)
    ("Соединенное Королевство", "Великобритания"),
    ("Алматы", "Алма-Ата"),  # a city's two names, as a state's
    # session 37: a state's name and its abbreviation, both ways (the abbreviation's own
    # names are the table's: КНР, "Китайская Народная Республика")
    ("Китай", "КНР"),
    ("Китай", "Китайская Народная Республика"),
    ("China", "PRC"),
    ("China", "People's Republic of China"),
    ("Германия", "ФРГ"),
    ("Германия", "Федеративная Республика Германия"),
    ("ЮАР", "Южная Африка"),
    ("Россия", "РФ"),
    ("Россия", "Российская Федерация"),
    ("ОАЭ", "Эмираты"),
    ("Южно-Африканская Республика", "Южная Африка"),
)
# A one-word name of a state with two -> its other names (spelled_out), by its lemma.
_STATE_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {}
for _pair in _STATES:
    for _one, _other in (_pair, _pair[::-1]):
        if len(words(_one)) == 1:
            _key, _others = _STATE_NAMES.get(_one.casefold(), (_one, ()))
            _STATE_NAMES[_one.casefold()] = (_key, (*_others, _other))

# Looked up casefolded; a Latin key only when typed in capitals (see the module's notes).
_BY_KEY = {key.casefold(): (key, names) for key, names in _TABLE.items()}
# Abbreviations that are also words of the text's language in any case ("us", "who"): a
# name spelled out does not look them up (the index does not keep case).
_ALSO_WORDS = frozenset({"US", "WHO", "ВОЗ", "AU", "МОТ", "МОК", "ПАСЕ", "PACE"})
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]+")
LONGEST_NAME = max(len(words(n)) for names in _TABLE.values() for n in names)


# Abbreviations with no name to spell out here (BRICS is its own name), for
# archive/shouting.py, which keeps abbreviations in capitals.
_OTHER_WORDS = "брикс brics юнеско unesco юнисеф unicef оэср oecd мккк icrc опек opec сми"
_OTHERS = frozenset(_OTHER_WORDS.split())


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` is an abbreviation of the table (or another well-known one:
    ``БРИКС``, ``UNESCO``), in any case."""
    folded = word.casefold()
    # In capitals (СНВ-3 too): not a short name that declines as a noun (Евросоюз,
    # Минобороны, Талибан), which a text in capitals writes as a word.
    return (folded in _BY_KEY and _BY_KEY[folded][0].isupper()) or folded in _OTHERS


# English words that begin with an abbreviation of _CLOSED_UP's length (pyspellchecker's
# list, which tests/test_abbreviations.py checks this against): not that abbreviation closed
# up with a number. Those that begin many (UNSC: unscathed, unscheduled) are left out.
_BEGINNING_WORDS = {
    "UNGA": ("ungainly", "ungainlier", "ungainliest", "ungainliness", "ungava"),
    "OSCE": ("osceola",),
    "UNESCO": ("unescorted",),
}
_NOT_CLOSED_UP = frozenset({"UNSC", "CICA"})


def closed_up_with_number(word: str) -> tuple[str, ...] | None:
    """For a Latin abbreviation of four letters or more typed in capitals, which a hashtag
    closes up with a number (UNGA: #UNGA80, BRICS: #BRICS2024; looked up as a prefix too by
    archive/query_lookups.py), the English words that begin with it (``ungainly``), which a
    post holding is not found so; None for another word. A shorter abbreviation begins too
    many words ("COP": cope, copy)."""
    if not (
        4 <= len(word) <= 6
        and word.isascii()
        and word.isalpha()
        and word.isupper()
        and is_abbreviation(word)
        and not is_also_a_word(word)
        and word not in _NOT_CLOSED_UP
    ):
        return None
    return _BEGINNING_WORDS.get(word, ())


def is_also_a_word(word: str) -> bool:
    """Whether the abbreviation ``word`` is also a word in small letters ("US", "WHO")."""
    return word.upper() in _ALSO_WORDS


def spelled_out(word: str) -> tuple[str, ...]:
    """The names ``word`` stands for (``ООН`` -> "Организация Объединенных Наций"), and the
    other abbreviations of one (``Евросоюз`` -> "ЕС"); empty for a word not listed.

    An abbreviation that declines as a noun (``Евросоюз``, ``Совбез``, ``генконсульство``:
    written in small letters, not in capitals like ``ООН``) is also found in any of its
    forms, by the dictionary's lemma (``Евросоюза``, ``совбеза``, ``генконсульства``)."""
    found = (
        _BY_KEY.get(word.casefold())
        or _STATE_NAMES.get(word.casefold())
        or _declined(word)
        or _BY_KEY.get(_in_capitals(word).casefold())
    )
    if found is None:
        return ()
    key, names = found
    if key.isascii() and key.isupper() and word != word.upper():
        return ()
    # An abbreviation that is also a state's other name (КНР: Китай, ФРГ: Германия).
    also = _STATE_NAMES.get(key.casefold(), (key, ()))[1]
    return (*names, *(n for n in also if n not in names and n != key))


def _declined(word: str) -> tuple[str, tuple[str, ...]] | None:
    """The entry of a declined form of an abbreviation that declines (see spelled_out): by
    the lemmas the dictionary reads ``word`` as. An abbreviation in capitals is not looked
    up so: ``воза`` (a cart's) is no form of ``ВОЗ``."""
    if not _CYRILLIC.fullmatch(word):
        return None
    from tg_archiver.archive.lexemes import lemmas  # the dictionary: a Cyrillic word only

    for lemma in lemmas(word):
        found = _BY_KEY.get(lemma) or _STATE_NAMES.get(lemma)
        if found is not None and not found[0].isupper():
            return found
    return None


def standing_for(name: str) -> tuple[str, ...]:
    """The abbreviations of the name ``name`` spells, in any grammatical form ("Организации
    Объединённых Наций" -> "ООН"), and its other names ("Европейского союза" -> "ЕС",
    "Евросоюз"); empty for a phrase that names nothing listed. Not the other names that are
    part of it: "UN Security Council" does not widen to "Security Council", which the CSTO's
    Collective Security Council and a state's own also are. A state's other name is one of
    them ("Тимор-Лесте" -> "Восточный Тимор": _STATES)."""
    forms = analyse(name)
    return tuple(
        other
        for other in _by_name().get(forms, ())
        if len(words(other)) < 2 or f" {analyse(other)} " not in f" {forms} "
    )


@cache
def _by_name() -> dict[str, tuple[str, ...]]:
    """Each name of two words or more, by its word forms, -> its abbreviations and other names."""
    found: dict[str, dict[str, None]] = {}
    for key, names in _TABLE.items():
        for name in names:
            if len(words(name)) < 2:
                continue
            others = found.setdefault(analyse(name), {})
            if key not in _ALSO_WORDS:
                others[key] = None
            others.update((n, None) for n in names if n != name)
    for pair in _STATES:
        for name, other in (pair, pair[::-1]):
            if len(words(name)) > 1:
                found.setdefault(analyse(name), {})[other] = None
    return {name: tuple(others) for name, others in found.items() if others}


# An abbreviation in capitals with a case ending ("МИДа", "ООНу"): the abbreviation.
_DECLINED_CAPITALS = re.compile(r"([А-ЯЁ]{2,})(?:а|у|ом|е|ы|ов|ам|ами|ах)")


def _in_capitals(word: str) -> str:
    """The abbreviation in capitals of ``word`` declined ("МИДа" -> "МИД"); "" for another."""
    m = _DECLINED_CAPITALS.fullmatch(word)
    found = _BY_KEY.get(m[1].casefold()) if m else None
    return m[1] if m and found and found[0].isupper() else ""


def forms_of(word: str) -> tuple[str, ...]:
    """What else a post writes for the abbreviation ``word``, as word forms (analysed): a
    Russian one's adjective, written in small letters or with the abbreviation in
    capitals ("ШОС": «ШОСовский», «шосовские»; "НАТО": «натовские»), and an English one's
    initials written with dots ("UN": "U.N.", which the index reads as "u n")."""
    abbreviation = _in_capitals(word) or word
    if not (abbreviation.isupper() and 2 <= len(abbreviation) <= 6):
        return ()
    if _CYRILLIC.fullmatch(abbreviation) and (
        abbreviation.casefold() in _BY_KEY or abbreviation.casefold() in _OTHERS
    ):
        lower = abbreviation.lower()
        return (analyse(lower + ("вский" if lower[-1] in "аеиоуыэюя" else "овский")),)
    if abbreviation.isascii() and abbreviation.isalpha() and len(abbreviation) <= 3:
        return (analyse(" ".join(abbreviation)),)
    return ()


# An abbreviation and its twin in the other script (a Russian post writes "саммит BRICS" as
# often as "саммит БРИКС"), or the other script's name for it ("G20": «Группа двадцати»).
# Not an abbreviation that is also a word ("WHO", "US": the index keeps no case).
_TWINS = (
    ("ООН", "UN"), ("ЕС", "EU"), ("ШОС", "SCO"), ("СНГ", "CIS"), ("ОДКБ", "CSTO"),
    ("ЕАЭС", "EAEU"), ("МАГАТЭ", "IAEA"), ("КНР", "PRC"), ("КНДР", "DPRK"), ("НАТО", "NATO"),
    ("ОБСЕ", "OSCE"), ("АСЕАН", "ASEAN"), ("ВТО", "WTO"), ("ОАЭ", "UAE"), ("МУС", "ICC"),
    ("СВПД", "JCPOA"), ("БРИКС", "BRICS"), ("ОПЕК", "OPEC"), ("ЮНЕСКО", "UNESCO"),
    ("ЮНИСЕФ", "UNICEF"), ("МВФ", "IMF"), ("ЕЦБ", "ECB"), ("ОЗХО", "OPCW"), ("АС", "AU"),
    ("США", "USA"), ("ОЭСР", "OECD"), ("МККК", "ICRC"), ("ДРК", "DRC"),
    ("ЕАСТ", "EFTA"), ("ОИС", "OIC"), ("ССАГПЗ", "GCC"), ("АТЭС", "APEC"),
    ("ЭКОВАС", "ECOWAS"), ("СВМДА", "CICA"), ("ДНЯО", "NPT"), ("ДВЗЯИ", "CTBT"),
    ("Группа двадцати", "G20"), ("Большая двадцатка", "G20"), ("Группа семи", "G7"),
    ("Большая семерка", "G7"),
    ("ВПП", "WFP"), ("УВКБ", "UNHCR"), ("УКГВ", "OCHA"), ("ПРООН", "UNDP"), ("ЮНЕП", "UNEP"),
    ("ФАО", "FAO"), ("МОТ", "ILO"), ("МОМ", "IOM"), ("ВОИС", "WIPO"), ("ИКАО", "ICAO"),
    ("ВМО", "WMO"), ("МСЭ", "ITU"), ("БАПОР", "UNRWA"), ("ЭКОСОС", "ECOSOC"),
    ("ЮНКТАД", "UNCTAD"), ("АГС", "AES"), ("СБР", "RSF"), ("ЦАХАЛ", "IDF"), ("НБР", "NDB"),
    ("ЕБРР", "EBRD"), ("АБИИ", "AIIB"), ("ФАТФ", "FATF"), ("ЕСПЧ", "ECHR"), ("ПАСЕ", "PACE"),
    ("ПМЭФ", "SPIEF"), ("МОК", "IOC"), ("ЦРУ", "CIA"), ("ФБР", "FBI"), ("ДРСМД", "INF"),
    ("ДОВСЕ", "CFE"), ("КХО", "CWC"), ("КБТО", "BWC"),
)  # fmt: skip
_OTHER_SCRIPT: dict[str, tuple[str, ...]] = {}
for _ru, _en in _TWINS:
    _OTHER_SCRIPT.setdefault(_ru.casefold(), ())
    _OTHER_SCRIPT[_ru.casefold()] += (_en,)
    _OTHER_SCRIPT.setdefault(_en.casefold(), ())
    _OTHER_SCRIPT[_en.casefold()] += (_ru,)


def in_other_script(word: str) -> tuple[str, ...]:
    """The abbreviation ``word`` in the other script, with the names that one stands for
    ("SCO": "ШОС", «Шанхайская организация сотрудничества»; "БРИКС": "BRICS"; "G20":
    «Группа двадцати»); a Latin one only typed in capitals, as :func:`spelled_out`."""
    abbreviation = _in_capitals(word) or word
    if abbreviation.isascii() and abbreviation != abbreviation.upper():
        return ()
    twins = _OTHER_SCRIPT.get(abbreviation.casefold(), ())
    return tuple(dict.fromkeys(n for t in twins for n in (t, *spelled_out(t))))

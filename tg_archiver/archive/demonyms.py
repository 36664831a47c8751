"""A state and its adjective and people, in English: "Ukraine" and "Ukrainian", "South
Africa" and "South Africans", "Slovakia" and "Slovak"; and in Russian a state and its
adjective: «Армения» and «армянский», «Новая Зеландия» and «новозеландский».

A reader searching a state means what is said of it, and news writes "the Ukrainian
foreign ministry", "South Korean President Yoon", "Slovak Prime Minister Robert Fico" as
often as the state's name; the eleventh blind set (session 36) expected a state to find its
adjective and the adjective the state («Армения»: «обсудил с армянскими коллегами»).
Their word forms differ (Porter: ukrain, ukrainian), so a search of one looks the others up
by their word forms, as an
abbreviation's names are (archive/query_joins.py ``topic_phrases``, ``with_names``): a post
holding the word typed matches more lookups.

The table is the project's: the states a foreign ministry's archive names daily. Not
Georgia (the U.S. state's posts are Georgian too, to the index), Korea alone ("Korean" is
either Korea's), a people that is a word ("Pole"). The United States is "American" (session
41: the sixteenth set's `USA`, `American`), though "Latin American" is not theirs.

Russian (session 37): every state (the UN's members and observers, and a few more) and its
adjective, which the dictionary reads by lemma: a state typed in any case («Армении»)
finds its adjective in any form («армянскими»), and the adjective the state, each looked
up by its word form. Not the people: Snowball's word forms at a fixed point join «армяне»
and «армия», «казахи» and «Казань». An adjective finds its state only where the state's
word form is its own (not «Армения», whose word form is «армия»'s: archive/clashes.py).
Session 36 tried the adjective in Russian and took it back: rarer than the name, it
outranked the posts naming the state; the adjective's lookup is now the last of the term's
(query_lookups: a name's spelled-out forms), after the state's own forms.
"""

from __future__ import annotations

import itertools
import os
from functools import cache

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse, fold, words

__all__ = [
    "TABLE_FILE",
    "combining_forms",
    "of",
    "russian_states",
    "russian_table_made",
    "states_written",
    "written_states",
]

# The Russian table, made by tools/demonyms_ru.py (os.path: `search` loads no pathlib).
TABLE_FILE = "demonyms_ru.txt"

# state: adjective, people (when another word form) -- one a line; then the regions and
# territories the news names as often by their adjective (session 49: "Transnistrian").
_ENGLISH = """
Afghanistan: Afghan
Albania: Albanian
Algeria: Algerian
Angola: Angolan
Argentina: Argentine, Argentinian
Armenia: Armenian
Australia: Australian
Austria: Austrian
Azerbaijan: Azerbaijani, Azeri
Bahrain: Bahraini
Bangladesh: Bangladeshi
Belarus: Belarusian, Belarussian
Belgium: Belgian
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian
Bosnia and Herzegovina: Bosnian
Bosnia: Bosnian
Botswana: Botswanan
Brazil: Brazilian
Britain: British, Briton
Bulgaria: Bulgarian
Burkina Faso: Burkinabe
Burundi: Burundian
Cambodia: Cambodian
Cameroon: Cameroonian
Canada: Canadian
Chad: Chadian
Chile: Chilean
China: Chinese
Colombia: Colombian
Costa Rica: Costa Rican
Croatia: Croatian
Cuba: Cuban
Cyprus: Cypriot
Czech Republic: Czech
Czechia: Czech
Denmark: Danish, Dane
Djibouti: Djiboutian
Ecuador: Ecuadorian, Ecuadorean
Egypt: Egyptian
El Salvador: Salvadoran, Salvadorean
Eritrea: Eritrean
Estonia: Estonian
Ethiopia: Ethiopian
Fiji: Fijian
Finland: Finnish, Finn
France: French
Gabon: Gabonese
Gambia: Gambian
Germany: German
Ghana: Ghanaian
Greece: Greek
Guatemala: Guatemalan
Guyana: Guyanese
Haiti: Haitian
Honduras: Honduran
Hungary: Hungarian
Iceland: Icelandic
India: Indian
Indonesia: Indonesian
Iran: Iranian
Iraq: Iraqi
Ireland: Irish
Israel: Israeli
Italy: Italian
Jamaica: Jamaican
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh, Kazakhstani
Kenya: Kenyan
Kuwait: Kuwaiti
Kyrgyzstan: Kyrgyz
Laos: Laotian
Latvia: Latvian
Lebanon: Lebanese
Liberia: Liberian
Libya: Libyan
Lithuania: Lithuanian
Madagascar: Malagasy
Malawi: Malawian
Malaysia: Malaysian
Maldives: Maldivian
Mali: Malian
Malta: Maltese
Mauritania: Mauritanian
Mauritius: Mauritian
Mexico: Mexican
Moldova: Moldovan
Mongolia: Mongolian
Montenegro: Montenegrin
Morocco: Moroccan
Mozambique: Mozambican
Myanmar: Burmese
Namibia: Namibian
Nauru: Nauruan
Nepal: Nepalese, Nepali
Netherlands: Dutch
New Zealand: New Zealander
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian
North Korea: North Korean
Norway: Norwegian
Oman: Omani
Pakistan: Pakistani
Palau: Palauan
Palestine: Palestinian
Panama: Panamanian
Papua New Guinea: Papua New Guinean
Paraguay: Paraguayan
Peru: Peruvian
Philippines: Philippine, Filipino
Poland: Polish
Portugal: Portuguese
Qatar: Qatari
Romania: Romanian
Russia: Russian
Rwanda: Rwandan
Samoa: Samoan
Saudi Arabia: Saudi
Senegal: Senegalese
Serbia: Serbian, Serb
Sierra Leone: Sierra Leonean
Singapore: Singaporean
Slovakia: Slovak, Slovakian
Slovenia: Slovenian, Slovene
Somalia: Somali
South Africa: South African
South Korea: South Korean
Spain: Spanish, Spaniard
Sri Lanka: Sri Lankan
Sudan: Sudanese
Suriname: Surinamese
Sweden: Swedish, Swede
Switzerland: Swiss
Syria: Syrian
Tajikistan: Tajik
Tanzania: Tanzanian
Thailand: Thai
Togo: Togolese
Tonga: Tongan
Tunisia: Tunisian
Turkey: Turkish, Turk
Turkmenistan: Turkmen
Tuvalu: Tuvaluan
Uganda: Ugandan
Ukraine: Ukrainian
United Arab Emirates: Emirati
United Kingdom: British, Briton
United States: American, Americans
Uruguay: Uruguayan
Uzbekistan: Uzbek
Venezuela: Venezuelan
Vietnam: Vietnamese
Yemen: Yemeni
Zambia: Zambian
Zimbabwe: Zimbabwean
Abkhazia: Abkhazian, Abkhaz
South Ossetia: South Ossetian
Transnistria: Transnistrian, Transdniestria, Transdniestrian
Crimea: Crimean
Chechnya: Chechen
Dagestan: Dagestani
Kosovo: Kosovar, Kosovan
Taiwan: Taiwanese
Tibet: Tibetan
Gaza: Gazan, Gazans
Greenland: Greenlandic, Greenlanders
Kashmir: Kashmiri
Kurdistan: Kurdish
Catalonia: Catalan
Siberia: Siberian
Sahel: Sahelian
Balkans: Balkan
"""

# state: adjective (another adjective) -- one a line: every state.
_RUSSIAN = """
Австралия: австралийский
Австрия: австрийский
Азербайджан: азербайджанский
Албания: албанский
Алжир: алжирский
Ангола: ангольский
Андорра: андоррский
Антигуа и Барбуда: антигуанский
Аргентина: аргентинский
Армения: армянский
Афганистан: афганский
Багамы: багамский
Бангладеш: бангладешский
Барбадос: барбадосский
Бахрейн: бахрейнский
Белоруссия: белорусский
Беларусь: белорусский
Белиз: белизский
Бельгия: бельгийский
Бенин: бенинский
Болгария: болгарский
Боливия: боливийский
Босния и Герцеговина: боснийский
Ботсвана: ботсванский
Бразилия: бразильский
Бруней: брунейский
Буркина-Фасо: буркинийский
Бурунди: бурундийский
Бутан: бутанский
Вануату: вануатский
Великобритания: британский
Британия: британский
Венгрия: венгерский
Венесуэла: венесуэльский
Вьетнам: вьетнамский
Габон: габонский
Гаити: гаитянский
Гайана: гайанский
Гамбия: гамбийский
Гана: ганский
Гватемала: гватемальский
Гвинея: гвинейский
Германия: германский, немецкий
Гондурас: гондурасский
Гренада: гренадский
Греция: греческий
Грузия: грузинский
Дания: датский
Джибути: джибутийский
Доминика: доминикский
Доминиканская Республика: доминиканский
Египет: египетский
Замбия: замбийский
Зимбабве: зимбабвийский
Израиль: израильский
Индия: индийский
Индонезия: индонезийский
Иордания: иорданский
Ирак: иракский
Иран: иранский
Ирландия: ирландский
Исландия: исландский
Испания: испанский
Италия: итальянский
Йемен: йеменский
Кабо-Верде: кабовердианский
Казахстан: казахстанский
Камбоджа: камбоджийский
Камерун: камерунский
Канада: канадский
Катар: катарский
Кения: кенийский
Кипр: кипрский
Киргизия: киргизский
Кыргызстан: кыргызский, киргизский
Кирибати: кирибатийский
Китай: китайский
Колумбия: колумбийский
Коморы: коморский
Конго: конголезский
Коста-Рика: костариканский
Кот-д'Ивуар: ивуарийский
Куба: кубинский
Кувейт: кувейтский
Лаос: лаосский
Латвия: латвийский
Лесото: лесотский
Либерия: либерийский
Ливан: ливанский
Ливия: ливийский
Литва: литовский
Лихтенштейн: лихтенштейнский
Люксембург: люксембургский
Маврикий: маврикийский
Мавритания: мавританский
Мадагаскар: малагасийский, мадагаскарский
Малави: малавийский
Малайзия: малайзийский
Мали: малийский
Мальдивы: мальдивский
Мальта: мальтийский
Марокко: марокканский
Мексика: мексиканский
Мозамбик: мозамбикский
Молдавия: молдавский
Молдова: молдавский, молдовский
Монако: монакский
Монголия: монгольский
Мьянма: мьянманский
Намибия: намибийский
Науру: науруанский
Непал: непальский
Нигер: нигерский
Нигерия: нигерийский
Нидерланды: нидерландский
Никарагуа: никарагуанский
Новая Зеландия: новозеландский
Норвегия: норвежский
Объединённые Арабские Эмираты: эмиратский
Оман: оманский
Пакистан: пакистанский
Палау: палауский
Палестина: палестинский
Панама: панамский
Папуа — Новая Гвинея: папуанский
Парагвай: парагвайский
Перу: перуанский
Польша: польский
Португалия: португальский
Россия: российский
Руанда: руандийский
Румыния: румынский
Сальвадор: сальвадорский
Самоа: самоанский
Сан-Марино: сан-маринский
Саудовская Аравия: саудовский
Северная Корея: северокорейский
Северная Македония: северомакедонский
Сейшелы: сейшельский
Сенегал: сенегальский
Сербия: сербский
Сингапур: сингапурский
Сирия: сирийский
Словакия: словацкий
Словения: словенский
Соединённые Штаты: американский
США: американский
ОАЭ: эмиратский
КНДР: северокорейский
ЦАР: центральноафриканский
ДРК: конголезский
Демократическая Республика Конго: конголезский
Сомали: сомалийский
Судан: суданский
Суринам: суринамский
Сьерра-Леоне: сьерра-леонский
Таджикистан: таджикский
Таиланд: таиландский, тайский
Танзания: танзанийский
Того: тоголезский
Тонга: тонганский
Тринидад и Тобаго: тринидадский
Тувалу: тувалуанский
Тунис: тунисский
Туркмения: туркменский
Туркменистан: туркменский
Турция: турецкий
Уганда: угандийский
Узбекистан: узбекский, узбекистанский
Украина: украинский
Уругвай: уругвайский
Фиджи: фиджийский
Филиппины: филиппинский
Финляндия: финский, финляндский
Франция: французский
Хорватия: хорватский
Центральноафриканская Республика: центральноафриканский
Чад: чадский
Черногория: черногорский
Чехия: чешский
Чили: чилийский
Швейцария: швейцарский
Швеция: шведский
Шри-Ланка: шриланкийский
Эквадор: эквадорский
Экваториальная Гвинея: экваториальногвинейский
Эритрея: эритрейский
Эсватини: свазилендский
Эстония: эстонский
Эфиопия: эфиопский
Южная Корея: южнокорейский
Южный Судан: южносуданский
ЮАР: южноафриканский
Южно-Африканская Республика: южноафриканский
Ямайка: ямайский
Япония: японский
Ватикан: ватиканский
Косово: косовский
Тайвань: тайваньский
Абхазия: абхазский
Южная Осетия: южноосетинский
Микронезия: микронезийский
Тимор-Лесте: восточнотиморский
Восточный Тимор: восточнотиморский
Гвинея-Бисау: бисау-гвинейский
Сан-Томе и Принсипи: сантомийский
Соломоновы Острова: соломонский
Маршалловы Острова: маршалловский
"""
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")


def of(name: str) -> tuple[str, ...]:
    """The other words of the state ``name`` names, in any of its forms (``Ukraine`` ->
    "Ukrainian"; "Ukrainians" -> "Ukraine"; "South Korean" -> "South Korea"): its adjective
    and people for the state, the state (and its other adjective) for an adjective or
    people; empty for a word not listed. Russian: ``Армении`` -> «армянский»,
    ``южнокорейских`` -> «Южная Корея» (see the module's notes)."""
    if _CYRILLIC.search(name):
        return _russian_of(name)
    return _table().get(analyse(name), ())


def russian_states() -> tuple[str, ...]:
    """The Russian names of the states of one word, lower-case («россия», «франция»)."""
    names = (line.split(":")[0].strip() for line in _RUSSIAN.strip().splitlines())
    return tuple(n.lower() for n in names if n and " " not in n and "-" not in n)


def _russian_of(name: str) -> tuple[str, ...]:
    from tg_archiver.archive.lexemes import lemmas  # the dictionary: a Cyrillic word only

    table = _russian_table()
    found: dict[str, None] = {}
    readings = [tuple(map(fold, lemmas(w))) or (fold(w),) for w in words(name)]
    for key in itertools.product(*readings):
        found.update((w, None) for w in table.get(" ".join(key), ()) if w[0] != _WRITTEN)
    return tuple(found)


_WRITTEN = "="  # in the table: a state to look up by its forms as written (states_written)


def states_written(word: str) -> tuple[str, ...]:
    """For a Russian state's adjective typed (``иранская``, ``китайские``, ``венгерский``)
    whose state's word form is a common word's (Иран: «ира»; Китай: «кит»; Венгрия:
    «венгр»), the state's forms to look up as written (lexemes.place_forms: «Иран»,
    «Ирана», «Ираном»), which its word form cannot find without the common word; empty for
    another word. Session 39: the thirteenth set's `иранский`, `китайский`, `сербский`."""
    if not _CYRILLIC.search(word) or len(words(word)) != 1:
        return ()
    from tg_archiver.archive.lexemes import lemmas, place_forms

    table = _russian_table()
    states = [
        w[1:] for lemma in lemmas(word) for w in table.get(fold(lemma), ()) if w[0] == _WRITTEN
    ]
    return tuple(dict.fromkeys(f for s in dict.fromkeys(states) for f in place_forms(s)))


def written_states(word: str) -> tuple[str, ...]:
    """For a Russian state's adjective typed whose state is looked up by its forms as
    written (:func:`states_written`: ``китайские``), the state's name («Китай»); empty for
    another word."""
    if not _CYRILLIC.search(word) or len(words(word)) != 1:
        return ()
    from tg_archiver.archive.lexemes import lemmas

    table = _russian_table()
    found = (
        w[1:] for lemma in lemmas(word) for w in table.get(fold(lemma), ()) if w[0] == _WRITTEN
    )
    return tuple(dict.fromkeys(found))


# A stem's last letter after which «-ский» makes no combining form in «-о» (российский:
# «российско-», китайский: «китайско-», монгольский, индийский: «индо-», as irregular as
# «англо-»), and combining forms that are words of their own (Дания: «Дато», a name; Чад:
# «чадо», a child).
_NO_COMBINING_AFTER = frozenset("аеиоуыэюяйь")
_COMBINING_WORDS = frozenset({"дато", "чадо"})


def combining_forms(*names: str) -> tuple[str, ...]:
    """The first halves of compound adjectives that a state's Russian adjective among
    ``names`` makes in «-о» (афганский: «афгано-пакистанской границе»; армянский:
    «армяно-азербайджанских»; иранский, иракский: «ирано-иракская»): the state is meant
    there as by its adjective, and the tokeniser splits the compound at its hyphen, so the
    half is a word of its own («афгано»), which no word form of the state's reaches
    (Snowball: «афг»). Those in «-ско-» (российско-, китайско-) are the adjective's word form
    already. A form that no state makes («казахо») is looked up in vain; one that is a word
    of its own is left out. Session 53: the twenty-eighth set's `Афганистане`."""
    from tg_archiver.archive.lexemes import lemmas

    found: dict[str, None] = {}
    for name in names:
        if not (_CYRILLIC.search(name) and name[:1].islower() and len(words(name)) == 1):
            continue
        for lemma in map(fold, lemmas(name) or (name,)):
            stem = lemma.removesuffix("ский")
            if stem == lemma or len(stem) < 3 or stem[-1] in _NO_COMBINING_AFTER:
                continue
            if (form := stem + "о") in _COMBINING_WORDS:
                continue
            others = _russian_table().get(_key(lemma), ())
            if any(s[:1].isupper() or s[:1] == _WRITTEN for s in others):
                found[form] = None  # a state's adjective
    return tuple(found)


@cache
def _russian_table() -> dict[str, tuple[str, ...]]:
    """Each state's and adjective's key (its words' lemmas, :func:`_key`) -> the other
    words: a state's adjectives; an adjective's states and its other adjectives. Read from
    demonyms_ru.txt, which tools/demonyms_ru.py writes from :func:`russian_table_made`:
    made here, the table asked the dictionary of some 350 words, 60-100 ms of every
    Cyrillic search's start (session 38; tests/test_demonyms.py keeps the two equal)."""
    with open(os.path.join(os.path.dirname(__file__), TABLE_FILE), encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line[:1] not in ("#", "\n")]
    return {key: tuple(others) for key, *others in lines}


def russian_table_made() -> dict[str, tuple[str, ...]]:
    """:func:`_russian_table` made from _RUSSIAN and the dictionary's readings."""
    from tg_archiver.archive.clashes import clashing_form

    found: dict[str, dict[str, None]] = {}
    for line in _RUSSIAN.strip().splitlines():
        state, _, rest = line.partition(":")
        adjectives = [w.strip() for w in rest.split(",")]
        found.setdefault(_key(state), {}).update(dict.fromkeys(adjectives))
        if clashing_form(state):
            # Армения: its word form is армия's. The adjective finds the state by its forms
            # as written (states_written), marked so: "=Армения".
            for adjective in adjectives:
                found.setdefault(_key(adjective), {})[_WRITTEN + state] = None
            continue
        for adjective in adjectives:
            others = [state, *(a for a in adjectives if a != adjective)]
            found.setdefault(_key(adjective), {}).update(dict.fromkeys(others))
    return {key: tuple(others) for key, others in found.items()}


def _key(name: str) -> str:
    """A name's words as the dictionary reads them: the word itself where it is one of its
    lemmas («Чад», not «чадо») or the name's only word («Того», which a reading as «тот»
    leaves unreached), else its first lemma («Новая»: «новый»)."""
    from tg_archiver.archive.lexemes import lemmas

    found = words(name)
    out = []
    for w in found:
        own, read = fold(w), tuple(map(fold, lemmas(w)))
        out.append(own if own in read or not read or len(found) == 1 else read[0])
    return " ".join(out)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    found: dict[str, dict[str, None]] = {}
    for line in _ENGLISH.strip().splitlines():
        state, _, rest = line.partition(":")
        words = [state, *(w.strip() for w in rest.split(","))]
        for word in words:
            others = found.setdefault(analyse(word), {})
            others.update((w, None) for w in words if analyse(w) != analyse(word))
    return {key: tuple(others) for key, others in found.items() if others}

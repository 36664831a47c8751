"""Session 36's labelled cases, one group a kind of miss an eleventh blind set (lost before it
was kept) found, in both languages: comparatives and superlatives, verbal adverbs and
participles, a place inside a longer name, abbreviations against their names, dates and
percentages written two ways, a state's short and long names, i/y in transliterated names,
typos; and session 38's (a common word and a name that shares its forms, initials, a day
without its year, a number and a half, thousands, a percentage in words). Written by the
session that fixed them, so they show the kinds work, not how well:
the blind sets (search_corpus_third to _tenth and later) measure that.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # comparatives and superlatives
    "ru_prices_higher": ((2, 1), "ria_ru", "Цены на газ в Европе оказались выше прогнозов."),
    "ru_prices_high": ((2, 2), "tass", "Высокие цены на газ бьют по промышленности Германии."),
    "ru_rate_lower": ((2, 3), "tass", "Инфляция в январе была ниже ожиданий аналитиков."),
    "ru_rate_low": ((2, 4), "ria_ru", "Низкий уровень инфляции позволит снизить ставку."),
    "ru_level_highest": ((2, 5), "mid_rf", "Переговоры прошли на высшем уровне."),
    "en_tariffs_higher": ((2, 1), "reuters", "Washington imposed higher tariffs on steel imports."),
    "en_tariffs_high": ((2, 2), "ap", "High tariffs hurt farmers, the report says."),
    "en_tariffs_highest": ((2, 3), "ft", "Brazil faces the highest tariffs in a decade."),
    "en_growth_weaker": ((2, 4), "reuters", "China reported weaker growth in the third quarter."),
    "en_growth_weak": ((2, 5), "ap", "Weak growth weighs on the yuan."),
    # verbal adverbs and participles
    "ru_stressed_grnd": (
        (3, 1),
        "mid_rf",
        "Министр выступил на форуме, подчеркнув важность диалога с партнёрами.",
    ),
    "ru_stressed_verb": ((3, 2), "tass", "Лавров подчеркнул важность диалога."),
    "ru_declared_prtf": ((3, 3), "ria", "Заявивший о выходе премьер подал в отставку."),
    "ru_declared_verb": ((3, 4), "tass", "Премьер заявил о выходе из договора."),
    "en_stressing": ((3, 1), "reuters", "The minister spoke, stressing the need for dialogue."),
    "en_stressed": ((3, 2), "ap", "The minister stressed the need for dialogue."),
    # a place inside a longer name
    "ru_north_macedonia": ((4, 1), "mid_rf", "Посол Северной Македонии вручил грамоты."),
    "ru_macedonia": ((4, 2), "tass", "Македония ведёт переговоры о вступлении в ЕС."),
    "ru_ireland": ((4, 3), "ria_ru", "Ирландия признала Палестину."),
    "ru_north_ireland": ((4, 4), "ria_ru", "В Северной Ирландии прошли беспорядки."),
    "ru_mexico": ((4, 5), "tass", "Президент Мексики провела переговоры с Байденом."),
    "ru_new_mexico": ((4, 6), "tass", "В штате Нью-Мексико бушуют лесные пожары."),
    "en_mexico": ((4, 1), "reuters", "Mexico's president met Biden in Washington."),
    "en_new_mexico": ((4, 2), "ap", "Wildfires rage in New Mexico, forcing evacuations."),
    "en_virginia": ((4, 3), "ap", "Virginia voters head to the polls on Tuesday."),
    "en_west_virginia": ((4, 4), "ap", "A coal mine in West Virginia closed after the flood."),
    "en_ireland": ((4, 5), "reuters", "Ireland recognised the State of Palestine."),
    "en_northern_ireland": ((4, 6), "reuters", "Riots broke out in Northern Ireland overnight."),
    # abbreviations and a state's names
    "ru_imf_abbr": ((5, 1), "tass", "МВФ улучшил прогноз роста мировой экономики."),
    "ru_imf_name": ((5, 2), "ria_ru", "Международный валютный фонд выделит Египту кредит."),
    "en_imf_abbr": ((5, 1), "reuters", "The IMF raised its global growth forecast."),
    "ru_cb_abbr": ((5, 3), "tass", "ЦБ сохранил ключевую ставку."),
    "ru_cb_short": ((5, 4), "ria_ru", "Центробанк повысил ключевую ставку до 21%."),
    "ru_cb_bank_russia": ((5, 5), "interfax", "Банк России снизил ключевую ставку."),
    "ru_cb_full": ((5, 6), "tass", "Центральный банк опубликовал обзор финансовой стабильности."),
    "en_uk": ((6, 1), "reuters", "The UK imposed sanctions on Russian oil traders."),
    "en_britain": ((6, 2), "ap", "Britain imposed sanctions on Russian oil traders."),
    "en_united_kingdom": ((6, 3), "gov_uk", "The United Kingdom imposed new sanctions today."),
    "ru_uk": ((6, 1), "mid_rf", "Великобритания ввела новые санкции."),
    "ru_britain": ((6, 2), "tass", "Британия ввела новые санкции против банков."),
    "ru_usa": ((6, 4), "tass", "США ввели пошлины на китайские электромобили."),
    "ru_united_states": ((6, 5), "mid_rf", "Соединённые Штаты ввели пошлины на сталь."),
    "en_usa": ((6, 4), "ap", "The USA imposed duties on Chinese electric cars."),
    "en_united_states": ((6, 5), "reuters", "The United States imposed duties on steel."),
    # dates and numbers
    "ru_date_words": ((9, 16), "mid_rf", "Переговоры пройдут 15 сентября 2024 года в Москве."),
    "ru_date_dots": ((9, 14), "tass", "Выборы назначены на 15.09.2024."),
    "en_date_words": ((9, 16), "reuters", "Talks will be held on September 15, 2024."),
    "ru_percent_sign": ((10, 1), "tass", "ВВП вырос на 2,5% за год."),
    "ru_percent_word": ((10, 2), "ria_ru", "Экономика выросла на 2,5 процента."),
    "en_percent_sign": ((10, 1), "reuters", "GDP grew 2.5% last year."),
    "en_percent_word": ((10, 2), "ap", "The economy grew 2.5 percent last year."),
    "en_per_cent": ((10, 3), "ft", "The economy grew by 2.5 per cent."),
    # i/y in transliterated names
    "en_dmitry": ((11, 1), "reuters", "Kremlin spokesman Dmitry Peskov declined to comment."),
    "en_dmitriy": ((11, 2), "tass_en", "Dmitriy Peskov said the Kremlin would not comment."),
    "en_yuri": ((11, 3), "ap", "Yuri Ushakov, a Kremlin aide, briefed reporters."),
    "en_iurii": ((11, 4), "gov_ua", "Iurii Ushakov was named in the sanctions list."),
    # typos
    "en_kazakhstan": ((12, 1), "reuters", "Kazakhstan hosts a summit of Central Asian leaders."),
    "ru_uzbekistan": ((12, 2), "tass", "Узбекистан и Россия подписали соглашение."),
    # session 38: a common word and a name sharing its forms, initials, numbers and dates
    "ru_s38_gas": ((6, 1), "tass", "Поставки газа в Европу сократились вдвое."),
    "ru_s38_gaza": ((6, 2), "ria_ru", "Израиль возобновил удары по сектору Газа."),
    "ru_s38_bear": ((6, 3), "ria_ru", "В Якутии медведь вышел к посёлку."),
    "ru_s38_medvedev": ((6, 4), "tass", "Дмитрий Медведев провёл заседание комиссии."),
    "ru_s38_sand": ((6, 5), "ria_ru", "Ветер принёс тонны песка на трассу."),
    "ru_s38_peskov": ((6, 6), "tass", "Песков прокомментировал заявление Вашингтона."),
    "ru_s38_orban": ((6, 7), "tass", "Виктор Орбан выступил против новых санкций."),
    "ru_s38_orbit": ((6, 8), "ria_ru", "Спутник связи выведен на орбиту."),
    "ru_s38_lavrov_full": (
        (6, 9),
        "ria_ru",
        "Сергей Лавров провёл переговоры с коллегой из Лаоса.",
    ),
    "ru_s38_lavrov_initials": (
        (6, 10),
        "mid_rf",
        "С.В.Лавров принял участие в заседании СМИД ОДКБ.",
    ),
    "en_s38_lavrov": ((6, 9), "reuters", "Foreign Minister Sergei Lavrov met his Lao counterpart."),
    "ru_s38_date_words": ((6, 11), "mid_rf", "Консультации пройдут 12 апреля в Москве."),
    "ru_s38_date_figures": ((6, 12), "tass", "Приём заявок продлён до 12.04.25."),
    "en_s38_date": ((6, 13), "ap", "Talks are set for April 12 in Geneva."),
    "ru_s38_half_words": (
        (6, 14),
        "tass",
        "Товарооборот вырос до трёх с половиной миллиардов долларов.",
    ),
    "ru_s38_half_figures": ((6, 15), "ria_ru", "Объём помощи составил 3,5 млрд рублей."),
    "en_s38_half_words": (
        (6, 14),
        "reuters",
        "The bank approved three and a half billion dollars in loans.",
    ),
    "ru_s38_thousand_words": (
        (6, 16),
        "tass",
        "Стороны обменялись пленными по формуле «тысяча на тысячу».",
    ),
    "ru_s38_thousand_figures": ((6, 17), "ria_ru", "Обмен пленными 1000 на 1000 завершён."),
    "ru_s38_three_thousand": ((6, 18), "tass", "В учениях участвуют три тысячи военнослужащих."),
    "ru_s38_percent_words": ((6, 19), "ria_ru", "Пятнадцать процентов опрошенных не ответили."),
    "en_s38_percent_words": ((6, 19), "ap", "Fifteen percent of respondents did not answer."),
}

QUERIES: tuple[Labelled, ...] = (
    # comparatives and superlatives
    Labelled("высокие цены", ("ru_prices_higher", "ru_prices_high"), "выше: the comparative"),
    Labelled("выше", ("ru_prices_higher", "ru_prices_high"), "the comparative typed"),
    Labelled("низкий", ("ru_rate_lower", "ru_rate_low"), "ниже"),
    Labelled("высокий уровень", ("ru_level_highest",), "высший: the superlative"),
    Labelled(
        "high tariffs",
        ("en_tariffs_higher", "en_tariffs_high", "en_tariffs_highest"),
        "higher, highest",
        first="en_tariffs_high",
    ),
    Labelled("higher tariffs", ("en_tariffs_higher", "en_tariffs_high"), "and high"),
    Labelled("weak growth", ("en_growth_weaker", "en_growth_weak"), "weaker"),
    # verbal adverbs and participles
    Labelled("подчеркнул", ("ru_stressed_grnd", "ru_stressed_verb"), "подчеркнув"),
    Labelled("подчеркнув", ("ru_stressed_grnd", "ru_stressed_verb"), "подчеркнул"),
    Labelled("заявивший", ("ru_declared_prtf", "ru_declared_verb"), "заявил"),
    Labelled("заявил о выходе", ("ru_declared_prtf", "ru_declared_verb"), "заявивший"),
    Labelled("stressed", ("en_stressing", "en_stressed"), "stressing"),
    # a place inside a longer name: a country is not its namesake state or province
    Labelled("Македония", ("ru_north_macedonia", "ru_macedonia"), "Северной Македонии"),
    Labelled("Северная Македония", ("ru_north_macedonia",), "the state, in any case"),
    Labelled("Ирландия", ("ru_ireland",), "not Северная Ирландия", absent=("ru_north_ireland",)),
    Labelled("Северная Ирландия", ("ru_north_ireland",), "the longer name"),
    Labelled("Мексика", ("ru_mexico",), "not Нью-Мексико", absent=("ru_new_mexico",)),
    Labelled("Нью-Мексико", ("ru_new_mexico",), "the state", absent=("ru_mexico",)),
    Labelled("Mexico", ("en_mexico",), "the country, not the state", absent=("en_new_mexico",)),
    Labelled("New Mexico", ("en_new_mexico",), "the state", absent=("en_mexico",)),
    Labelled("Virginia", ("en_virginia",), "not West Virginia", absent=("en_west_virginia",)),
    Labelled("West Virginia", ("en_west_virginia",), "the state"),
    Labelled("Ireland", ("en_ireland",), "not Northern Ireland", absent=("en_northern_ireland",)),
    Labelled("Northern Ireland", ("en_northern_ireland",), "the longer name"),
    # abbreviations
    Labelled("МВФ", ("ru_imf_abbr", "ru_imf_name"), "Международный валютный фонд"),
    Labelled("Международного валютного фонда", ("ru_imf_abbr", "ru_imf_name"), "МВФ"),
    Labelled("IMF", ("en_imf_abbr",), "as before"),
    Labelled("ЦБ", ("ru_cb_abbr", "ru_cb_short", "ru_cb_bank_russia", "ru_cb_full"), "its names"),
    Labelled("Центробанк", ("ru_cb_abbr", "ru_cb_short", "ru_cb_bank_russia", "ru_cb_full"), "ЦБ"),
    Labelled("Банк России", ("ru_cb_abbr", "ru_cb_short", "ru_cb_bank_russia"), "ЦБ"),
    Labelled("ключевую ставку ЦБ", ("ru_cb_abbr", "ru_cb_short", "ru_cb_bank_russia"), "ЦБ"),
    # a state's names
    Labelled("UK", ("en_uk", "en_britain", "en_united_kingdom"), "Britain, United Kingdom"),
    Labelled("Britain", ("en_uk", "en_britain", "en_united_kingdom"), "UK"),
    Labelled("United Kingdom", ("en_uk", "en_britain", "en_united_kingdom"), "UK, Britain"),
    Labelled("Великобритания", ("ru_uk", "ru_britain"), "Британия"),
    Labelled("Британия", ("ru_uk", "ru_britain"), "Великобритания"),
    Labelled("США", ("ru_usa", "ru_united_states"), "Соединённые Штаты"),
    Labelled("Соединенные Штаты", ("ru_usa", "ru_united_states"), "США"),
    Labelled("USA", ("en_usa", "en_united_states"), "United States"),
    Labelled("United States", ("en_usa", "en_united_states"), "USA"),
    # dates and numbers
    Labelled("15.09.2024", ("ru_date_words", "ru_date_dots", "en_date_words"), "in words"),
    Labelled("15 сентября 2024", ("ru_date_words", "ru_date_dots"), "15.09.2024"),
    Labelled("September 15 2024", ("en_date_words", "ru_date_dots"), "15.09.2024"),
    Labelled("2,5%", ("ru_percent_sign", "ru_percent_word"), "2,5 процента"),
    Labelled("2,5 процента", ("ru_percent_sign", "ru_percent_word"), "2,5%"),
    Labelled(
        "2.5%",
        ("en_percent_sign", "en_percent_word", "en_per_cent", "ru_percent_sign"),
        "percent, and 2,5 (one number)",
    ),
    Labelled("2.5 percent", ("en_percent_sign", "en_percent_word", "en_per_cent"), "2.5%"),
    # i/y in transliterated names
    Labelled("Dmitry Peskov", ("en_dmitry", "en_dmitriy"), "Dmitriy"),
    Labelled("Dmitriy", ("en_dmitry", "en_dmitriy"), "Dmitry"),
    Labelled("Yuri Ushakov", ("en_yuri", "en_iurii"), "Iurii"),
    Labelled("Iurii", ("en_yuri", "en_iurii"), "Yuri"),
    # typos: a word no post holds, corrected against the archive's words
    Labelled("Kazakstan", ("en_kazakhstan",), "h dropped"),
    Labelled("Узбекстан", ("ru_uzbekistan",), "и dropped"),
    # session 38
    Labelled("газ", ("ru_s38_gas",), "газа (gas), not «сектор Газа»", absent=("ru_s38_gaza",)),
    Labelled("медведь", ("ru_s38_bear",), "not Медведев", absent=("ru_s38_medvedev",)),
    Labelled("Медведев", ("ru_s38_medvedev",), "not медведь", absent=("ru_s38_bear",)),
    Labelled("песок", ("ru_s38_sand",), "песка, not Песков", absent=("ru_s38_peskov",)),
    Labelled("Орбан", ("ru_s38_orban",), "not «на орбиту»", absent=("ru_s38_orbit",)),
    Labelled(
        "С.В.Лавров",
        ("ru_s38_lavrov_full", "ru_s38_lavrov_initials"),
        "the surname, with or without the initials; as typed first",
        first="ru_s38_lavrov_initials",
    ),
    Labelled("S. Lavrov", ("en_s38_lavrov",), "Sergei Lavrov"),
    Labelled(
        "12.04",
        ("ru_s38_date_words", "ru_s38_date_figures", "en_s38_date"),
        "12 апреля, 12.04.25, April 12",
    ),
    Labelled(
        "12.04.2025",
        ("ru_s38_date_figures", "ru_s38_date_words", "en_s38_date"),
        "12.04.25, and the day without its year",
    ),
    Labelled("3,5 млрд", ("ru_s38_half_words", "ru_s38_half_figures"), "трёх с половиной"),
    Labelled(
        "три с половиной миллиарда",
        ("ru_s38_half_words", "ru_s38_half_figures"),
        "3,5 млрд",
    ),
    Labelled("3.5 billion", ("en_s38_half_words",), "three and a half billion"),
    Labelled(
        "1000 на 1000",
        ("ru_s38_thousand_words", "ru_s38_thousand_figures"),
        "«тысяча на тысячу»",
    ),
    Labelled(
        "тысяча на тысячу",
        ("ru_s38_thousand_words", "ru_s38_thousand_figures"),
        "1000 на 1000",
    ),
    Labelled("3000 военнослужащих", ("ru_s38_three_thousand",), "три тысячи"),
    Labelled("15%", ("ru_s38_percent_words", "en_s38_percent_words"), "in words, both languages"),
)

"""Session 43's labelled cases: people as official posts name them, in both languages. A
title, a form of address or a sentence's first word right before the surname ("Foreign
Ministry Spokeswoman Zakharova", «Постпред Небензя», "Mr Peskov", «Визит Оверчука»), a
patronymic in Latin letters, a given name whose surname the dictionary also knows as a
place, hashtags typed closed up against their posts' underscores, and namesakes: a stray
mention of another bearer beside the person's many posts, and two bearers named about as
often, where a title must not decide. Written by the session that made the rules
(archive/not_names.py, namesakes.told, query_joins.with_parts), so they show the kinds
work, not how well: the blind sets measure that.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # Maria Zakharova: named in full, by initials, by title, by surname alone.
    "en_zakh_full": ((3, 1), "mfa_en", "Maria Zakharova said the statement was a provocation."),
    "en_zakh_title": (
        (3, 2),
        "tass_en",
        "Foreign Ministry Spokeswoman Zakharova commented on the sanctions package.",
    ),
    "en_zakh_patr": (
        (3, 3),
        "mfa_en",
        "Maria Vladimirovna Zakharova held a briefing on current foreign policy issues.",
    ),
    "en_zakh_opener": ((3, 4), "ria_en", "Yesterday Zakharova called the report biased."),
    "en_zakh_alone": ((3, 5), "tass_en", "Zakharova noted that Moscow would respond."),
    "en_zakh_mr": ((3, 6), "bbc", "Ms Zakharova dismissed the claims as absurd."),
    "ru_zakh_full": ((3, 1), "mid_rf", "Мария Захарова ответила на вопросы журналистов."),
    "ru_zakh_title": ((3, 2), "tass", "Официальный представитель МИД Захарова прокомментировала."),
    "ru_zakh_opener": ((3, 3), "ria", "Брифинг Захаровой перенесли на четверг."),
    "ru_zakh_init": ((3, 4), "mid_rf", "М.В.Захарова: Запад продолжает эскалацию."),
    "ru_zakh_case": ((3, 5), "mid_rf", "Вопрос Марии Захаровой остался без ответа."),
    "en_us_sanctions": ((3, 7), "ap", "New U.S. sanctions on Russian banks took effect."),
    # Vassily Nebenzia: the UN envoy.
    "en_neb_title": (
        (4, 1),
        "un_news",
        "Ambassador Nebenzia told the Security Council the resolution was one-sided.",
    ),
    "en_neb_full": ((4, 2), "un_news", "Vassily Nebenzia vetoed the draft."),
    "ru_neb_title": ((4, 1), "tass", "Постпред Небензя выступил в Совбезе ООН."),
    "ru_neb_opener": ((4, 2), "ria", "Выступление Небензи в Совбезе вызвало споры."),
    "ru_neb_full": ((4, 3), "mid_rf", "Василий Небензя заблокировал проект резолюции."),
    # Dmitry Peskov: the Kremlin's spokesman.
    "en_peskov_title": ((5, 1), "reuters", "Kremlin spokesman Peskov declined to comment."),
    "en_peskov_mr": ((5, 2), "ft", "Mr Peskov said no talks were planned."),
    "en_peskov_full": ((5, 3), "tass_en", "Dmitry Peskov said Putin had no such plans."),
    "ru_peskov_title": ((5, 1), "tass", "Пресс-секретарь Песков отказался от комментариев."),
    "ru_peskov_opener": ((5, 2), "ria", "Сегодня Песков заявил, что переговоров не будет."),
    "ru_peskov_full": ((5, 3), "kremlin", "Дмитрий Песков ответил на вопросы журналистов."),
    # Alexei Overchuk: Deputy Prime Minister; a sentence opened by a noun before his genitive.
    "en_over_title": (
        (6, 1),
        "tass_en",
        "Deputy Prime Minister Overchuk held talks with his Armenian counterpart.",
    ),
    "en_over_full": ((6, 2), "gov_en", "Alexei Overchuk visited Yerevan."),
    "ru_over_title": ((6, 1), "tass", "Вице-премьер Оверчук провёл переговоры в Ереване."),
    "ru_over_opener": ((6, 2), "ria", "Визит Оверчука в Ереван завершился."),
    "ru_over_full": ((6, 3), "gov", "Алексей Оверчук встретился с министром экономики Армении."),
    # Sergei Ryabkov: his surname's genitive is also a village's name (Рябкова).
    "ru_ryab_case": ((7, 1), "mid_rf", "Интервью Сергея Рябкова газете «Коммерсант»."),
    "ru_ryab_title": ((7, 2), "tass", "Замминистра Рябков провёл консультации в Женеве."),
    "ru_ryab_alone": ((7, 3), "ria", "Рябков заявил о паузе в диалоге по стабильности."),
    "en_ryab_title": ((7, 2), "tass_en", "Deputy Foreign Minister Ryabkov held consultations."),
    # Dmitry Medvedev and Daniil Medvedev: two bearers named about as often.
    "en_dmed_full": ((8, 1), "tass_en", "Dmitry Medvedev warned against seizing Russian assets."),
    "en_dmed_title": ((8, 2), "ap", "Former President Medvedev said the sanctions would backfire."),
    "en_daniil_1": ((8, 3), "atp", "Daniil Medvedev reached the quarter-finals in Vienna."),
    "en_daniil_2": ((8, 4), "atp", "Tennis: Daniil Medvedev lost the final in Doha."),
    # Sergey Lavrov, with a stray mention of the actor Kirill Lavrov.
    "ru_lav_full_1": ((9, 1), "mid_rf", "Сергей Лавров провёл переговоры с Ван И."),
    "ru_lav_full_2": ((9, 2), "mid_rf", "С.В.Лавров встретился с послом Китая."),
    "ru_lav_full_3": ((9, 3), "mid_rf", "Выступление Сергея Лаврова на сессии ГА ООН."),
    "ru_lav_full_4": ((9, 4), "mid_rf", "Лавров С.В. подписал протокол консультаций."),
    "ru_lav_title": ((9, 5), "tass", "Министр Лавров заявил о продолжении контактов."),
    "ru_lav_actor": ((9, 6), "culture", "В театре вспомнили актёра Кирилла Лаврова."),
    # Hakan Fidan and Kaja Kallas: given names the Russian dictionary does not know.
    "en_fidan_title": (
        (11, 1),
        "aa",
        "Turkish Foreign Minister Fidan met his counterpart.",
    ),
    "en_fidan_full": ((11, 2), "aa", "Hakan Fidan arrived in Moscow for talks."),
    "ru_fidan_init": ((11, 1), "mid_rf", "С.В.Лавров провёл переговоры с Х.Фиданом."),
    "ru_fidan_full": ((11, 2), "tass", "Хакан Фидан прибыл в Москву."),
    "ru_fidan_alone": ((11, 3), "ria", "Фидан заявил о готовности к посредничеству."),
    "en_kallas_title": (
        (11, 4),
        "euobs",
        "EU foreign policy chief Kallas called for sanctions.",
    ),
    "en_kallas_full": ((11, 5), "euobs", "Kaja Kallas visited Kyiv."),
    "ru_kallas_case": ((11, 4), "ria", "Заявление Каи Каллас осудили в Москве."),
    "ru_kallas_alone": ((11, 5), "tass", "Каллас призвала к новым санкциям."),
    "en_wang": ((11, 6), "xinhua", "Wang Yi held talks with Lavrov in Beijing."),
    # Hashtags typed closed up, written with an underscore.
    "ru_tag_rc": ((10, 1), "mid_rf", "Лавров и Ван И обсудили саммит ШОС. #Россия_Китай"),
    "en_tag_rc": ((10, 1), "mfa_en", "Lavrov and Wang Yi discussed the SCO summit. #Russia_China"),
    "en_tag_ri": ((10, 2), "mfa_en", "Talks on the North–South corridor. #Russia_India"),
    "ru_tag_ri": ((10, 2), "mid_rf", "Переговоры о коридоре Север–Юг. #Россия_Индия"),
    "en_rc_apart": ((10, 3), "reuters", "Russia and China held naval drills; India watched."),
}

_ZAKH_EN = (
    "en_zakh_full",
    "en_zakh_title",
    "en_zakh_patr",
    "en_zakh_opener",
    "en_zakh_alone",
    "en_zakh_mr",
)
_ZAKH_RU = ("ru_zakh_full", "ru_zakh_title", "ru_zakh_opener", "ru_zakh_init", "ru_zakh_case")
_DANIIL = ("en_daniil_1", "en_daniil_2")

QUERIES: tuple[Labelled, ...] = (
    Labelled("Maria Zakharova", _ZAKH_EN, "a title, an opener, Ms, a patronymic"),
    Labelled("Mariya Zakharova", _ZAKH_EN, "the same, spelled otherwise"),
    Labelled("Мария Захарова", _ZAKH_RU, "a title, a noun before her genitive, initials"),
    Labelled("Марии Захаровой", _ZAKH_RU, "the same, typed in the genitive"),
    Labelled("Zakharova", _ZAKH_EN, "the surname alone"),
    Labelled("M.V. Zakharova", _ZAKH_EN, "Latin initials apart, not an abbreviation"),
    Labelled("U.S. sanctions", ("en_us_sanctions",), "an abbreviation before another word"),
    Labelled(
        "Vassily Nebenzia",
        ("en_neb_title", "en_neb_full"),
        "Ambassador before the surname",
        first="en_neb_full",
    ),
    Labelled("Василий Небензя", ("ru_neb_title", "ru_neb_opener", "ru_neb_full"), "Постпред"),
    Labelled(
        "Dmitry Peskov", ("en_peskov_title", "en_peskov_mr", "en_peskov_full"), "spokesman, Mr"
    ),
    Labelled(
        "Dmitri Peskov", ("en_peskov_title", "en_peskov_mr", "en_peskov_full"), "spelled otherwise"
    ),
    Labelled(
        "Дмитрий Песков",
        ("ru_peskov_title", "ru_peskov_opener", "ru_peskov_full"),
        "Пресс-секретарь, Сегодня",
    ),
    Labelled("Alexei Overchuk", ("en_over_title", "en_over_full"), "Deputy Prime Minister"),
    Labelled("Aleksei Overchuk", ("en_over_title", "en_over_full"), "spelled otherwise"),
    Labelled(
        "Алексей Оверчук",
        ("ru_over_title", "ru_over_opener", "ru_over_full"),
        "Вице-премьер, Визит",
    ),
    Labelled(
        "Сергея Рябкова",
        ("ru_ryab_case", "ru_ryab_title", "ru_ryab_alone"),
        "a surname the dictionary also knows as a village",
        first="ru_ryab_case",
    ),
    Labelled("Сергей Рябков", ("ru_ryab_case", "ru_ryab_title", "ru_ryab_alone"), "Замминистра"),
    Labelled("Sergei Ryabkov", ("en_ryab_title",), "Deputy Foreign Minister"),
    # Two bearers named about as often: a title decides nothing.
    Labelled(
        "Daniil Medvedev",
        _DANIIL,
        "not the former president",
        absent=("en_dmed_full", "en_dmed_title"),
    ),
    Labelled(
        "Dmitry Medvedev",
        ("en_dmed_full",),
        "not the tennis player",
        absent=_DANIIL,
    ),
    # The minister named in four posts, the actor in one: the title is the minister's.
    Labelled(
        "Сергей Лавров",
        ("ru_lav_full_1", "ru_lav_full_2", "ru_lav_full_3", "ru_lav_full_4", "ru_lav_title"),
        "a title is his beside a stray mention of the actor",
        absent=("ru_lav_actor",),
    ),
    Labelled(
        "Кирилл Лавров", ("ru_lav_actor",), "the lesser bearer named", absent=("ru_lav_title",)
    ),
    # Given names the dictionary does not know.
    Labelled("Hakan Fidan", ("en_fidan_title", "en_fidan_full"), "a Turkish given name"),
    Labelled(
        "Хакан Фидан", ("ru_fidan_init", "ru_fidan_full", "ru_fidan_alone"), "an initial, alone"
    ),
    Labelled("Хаканом Фиданом", ("ru_fidan_init", "ru_fidan_full", "ru_fidan_alone"), "a case"),
    Labelled("Kaja Kallas", ("en_kallas_title", "en_kallas_full"), "an Estonian given name"),
    Labelled("Кая Каллас", ("ru_kallas_case", "ru_kallas_alone"), "«Каи» for Кая"),
    Labelled("Wang Yi", ("en_wang", "en_tag_rc"), "a Chinese name, surname first, as typed"),
    # Hashtags typed closed up.
    Labelled("#RussiaChina", ("en_tag_rc",), "an underscore", absent=("en_tag_ri",)),
    Labelled("#РоссияКитай", ("ru_tag_rc",), "an underscore", absent=("ru_tag_ri",)),
    Labelled("#RussiaIndia", ("en_tag_ri",), "an underscore", absent=("en_tag_rc",)),
    Labelled("РоссияИндия", ("ru_tag_ri",), "without the sign", absent=("ru_tag_rc",)),
    Labelled("#Russia_China", ("en_tag_rc",), "as written", absent=("en_rc_apart",)),
)

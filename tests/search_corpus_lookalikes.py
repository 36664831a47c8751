"""Session 44's labelled cases: Russian words of two lemmas that the index's word form joins,
where most of one word's forms reach it only by stemming twice (визит: «визита» -> визит ->
виз, the word form of виза; активы: «активов» -> актив -> акт). The search for either must
not find the other, in any case, nor the adjective made from the other (визовый for визит;
острый for остров), and must still find its own forms, its own adjective and a post that
writes both words. Written by the session that made the rule (archive/lookalikes.py), so
they show the kinds work, not how well: the blind sets measure that.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # A visit and a visa.
    "ru_visit_1": (
        (3, 1),
        "mid_rf",
        "Визит Министра иностранных дел Индии в Москву запланирован на апрель.",
    ),
    "ru_visit_2": ((3, 2), "mid_rf", "С.В.Лавров завершил официальный визит в Пекин."),
    "ru_visit_3": ((3, 3), "tass", "В ходе визита стороны подписали меморандум о сотрудничестве."),
    "ru_visit_4": ((3, 4), "ria", "Визиты на высшем уровне продолжатся в следующем году."),
    "ru_visa_1": ((3, 1), "mid_rf", "Консульский отдел возобновил выдачу виз гражданам Германии."),
    "ru_visa_2": (
        (3, 2),
        "tass",
        "Россия и Оман договорились о взаимной отмене визовых требований.",
    ),
    "ru_visa_3": ((3, 3), "ria", "Для поездки на форум потребуется электронная виза."),
    "ru_visa_4": ((3, 4), "mid_rf", "Визовый центр в Анкаре работает в обычном режиме."),
    "ru_both": ((3, 5), "mid_rf", "Во время визита обсуждались вопросы упрощения визового режима."),
    # Assets and an act.
    "ru_assets_1": (
        (4, 1),
        "mid_rf",
        "Заморозка российских активов в Евросоюзе является воровством.",
    ),
    "ru_assets_2": ((4, 2), "tass", "Конфискация активов Центробанка недопустима."),
    "ru_act_1": ((4, 1), "mid_rf", "Это очередной акт агрессии против мирного населения."),
    "ru_act_2": ((4, 2), "ria", "Подписан акт о передаче объекта местным властям."),
    "ru_act_assets": ((4, 3), "mid_rf", "Этот акт конфискации активов — прямое нарушение права."),
    # A call and a prize.
    "ru_call_1": ((5, 1), "mid_rf", "Призыв Генсека ООН к прекращению огня остался без ответа."),
    "ru_call_2": ((5, 2), "tass", "Мы поддерживаем призывы к деэскалации."),
    "ru_prize_1": ((5, 3), "ria", "Российский дипломат получил приз международного конкурса эссе."),
    # An island and sharp.
    "ru_island_1": (
        (6, 1),
        "mid_rf",
        "Острова Курильской гряды являются неотъемлемой частью России.",
    ),
    "ru_island_2": ((6, 2), "tass", "Японские рыболовы задержаны у острова Шикотан."),
    "ru_sharp_1": ((6, 1), "mid_rf", "Москва выразила острую озабоченность эскалацией в регионе."),
    "ru_sharp_2": ((6, 2), "ria", "Гуманитарная ситуация остается крайне острой."),
    # A portal and a port.
    "ru_portal_1": ((7, 1), "mid_rf", "Документы размещены на портале открытых данных."),
    "ru_port_1": ((7, 2), "tass", "В порту Новороссийска разгружено судно с гуманитарным грузом."),
    "ru_port_2": ((7, 3), "ria", "Портовая инфраструктура Латакии восстановлена."),
    # A vote and a voice.
    "ru_vote_1": ((8, 1), "mid_rf", "Россия воздержалась при голосовании по проекту резолюции."),
    "ru_voice_1": ((8, 2), "ria", "Голосовое сообщение посла было опубликовано в сети."),
    # A credit and a credo.
    "ru_credit_1": ((9, 1), "tass", "Кредит на строительство АЭС выделен на льготных условиях."),
    "ru_credo_1": ((9, 2), "mid_rf", "Кредо нашей внешней политики — суверенитет и равноправие."),
    # Their own derivatives, still found.
    "ru_sign_1": ((10, 1), "mid_rf", "Министры подписали соглашение о безвизовых поездках."),
    # English: no such clash.
    "en_visit": ((11, 1), "mfa_en", "The minister visited Beijing on an official visit."),
    "en_visa": ((11, 2), "mfa_en", "The consulate resumed issuing visas to German citizens."),
}

_VISITS = ("ru_visit_1", "ru_visit_2", "ru_visit_3", "ru_visit_4", "ru_both")
_VISAS = ("ru_visa_1", "ru_visa_2", "ru_visa_3", "ru_visa_4", "ru_both")
_VISIT_ONLY = ("ru_visit_1", "ru_visit_2", "ru_visit_3", "ru_visit_4")
_VISA_ONLY = ("ru_visa_1", "ru_visa_2", "ru_visa_3", "ru_visa_4")
_ASSETS = ("ru_assets_1", "ru_assets_2", "ru_act_assets")
_ACTS = ("ru_act_1", "ru_act_2", "ru_act_assets")

QUERIES: tuple[Labelled, ...] = (
    Labelled("визит", _VISITS, "a visit in every case, not a visa", absent=_VISA_ONLY),
    Labelled("визита", _VISITS, "the same, typed in the genitive", absent=_VISA_ONLY),
    Labelled("визиты", _VISITS, "the plural", absent=_VISA_ONLY),
    Labelled("визитом", _VISITS, "the instrumental", absent=_VISA_ONLY),
    Labelled("виза", _VISAS, "a visa and its adjective, not a visit", absent=_VISIT_ONLY),
    Labelled("визы", _VISAS, "the same", absent=_VISIT_ONLY),
    Labelled("виз", _VISAS, "the genitive plural", absent=_VISIT_ONLY),
    Labelled("визовый", ("ru_visa_2", "ru_visa_4", "ru_both"), "not a visit", absent=_VISIT_ONLY),
    Labelled("визовых", ("ru_visa_2", "ru_visa_4", "ru_both"), "the same", absent=_VISIT_ONLY),
    Labelled("активы", _ASSETS, "assets, not an act", absent=("ru_act_1", "ru_act_2")),
    Labelled("активов", _ASSETS, "the genitive", absent=("ru_act_1", "ru_act_2")),
    Labelled("акт", _ACTS, "an act, not assets", absent=("ru_assets_1", "ru_assets_2")),
    Labelled("акты", _ACTS, "the plural", absent=("ru_assets_1", "ru_assets_2")),
    Labelled("призыв", ("ru_call_1", "ru_call_2"), "a call, not a prize", absent=("ru_prize_1",)),
    Labelled("призывы", ("ru_call_1", "ru_call_2"), "the plural", absent=("ru_prize_1",)),
    Labelled("приз", ("ru_prize_1",), "a prize, not a call", absent=("ru_call_1", "ru_call_2")),
    Labelled(
        "остров",
        ("ru_island_1", "ru_island_2"),
        "an island, not «острая»",
        absent=("ru_sharp_1", "ru_sharp_2"),
    ),
    Labelled(
        "островов",
        ("ru_island_1", "ru_island_2"),
        "the genitive plural",
        absent=("ru_sharp_1", "ru_sharp_2"),
    ),
    Labelled(
        "острый",
        ("ru_sharp_1", "ru_sharp_2"),
        "sharp, not an island",
        absent=("ru_island_1", "ru_island_2"),
    ),
    Labelled("портал", ("ru_portal_1",), "a portal, not a port", absent=("ru_port_1", "ru_port_2")),
    Labelled(
        "порт", ("ru_port_1", "ru_port_2"), "a port and its adjective", absent=("ru_portal_1",)
    ),
    Labelled("голосование", ("ru_vote_1",), "a vote, not a voice", absent=("ru_voice_1",)),
    Labelled("кредит", ("ru_credit_1",), "a credit, not a credo", absent=("ru_credo_1",)),
    Labelled("кредиты", ("ru_credit_1",), "the plural", absent=("ru_credo_1",)),
    Labelled("подписание", ("ru_sign_1", "ru_visit_3"), "the verb of the same root"),
    Labelled("безвизовый", ("ru_sign_1",), "another word", absent=_VISAS),
    Labelled("визит Индия", ("ru_visit_1",), "two words", absent=("ru_visa_1",)),
    Labelled("visa", ("en_visa",), "English: a visa", absent=("en_visit",)),
    Labelled("visit", ("en_visit",), "English: a visit", absent=("en_visa",)),
)

"""A labelled search set: RU and EN posts as foreign-ministry and agency channels write them,
and queries a reader would type, each with the posts it must find (the first of them best).

Kept as data apart from the test (tests/test_search_quality.py) so that another query set can
be run the same way. Each query names the posts it expects by key; ``first``, when given, is
the one ``--rank`` must put at the top (otherwise any expected post may come first).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# key -> ((month, day) of 2024, channel, text), with signatures and hashtags as channels write them.
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_sanctions_statement": (
        (3, 4),
        "mid",
        "Заявление МИД России в связи с новым пакетом санкций ЕС\n\n"
        "Очередной пакет незаконных односторонних санкций Евросоюза не достигнет своих целей. "
        "Подобные ограничительные меры бьют прежде всего по самим европейцам и по "
        "глобальной продовольственной безопасности. Ответные меры последуют. "
        "Санкционное давление на Россию провалилось, и в Брюсселе это понимают.\n\n"
        "#МИД #санкции",
    ),
    "ru_sanctions_oneliner": (
        (3, 20),
        "news",
        "В Брюсселе обсуждают санкции.",
    ),
    "ru_lavrov_talks": (
        (3, 6),
        "mid",
        "Переговоры С.В.Лаврова с Министром иностранных дел Турции Х.Фиданом\n\n"
        "Министры обсудили ситуацию на Ближнем Востоке, на Южном Кавказе и в Черноморском "
        "регионе, а также подготовку к визиту Президента Турции. Стороны подтвердили "
        "настрой на расширение торгово-экономического сотрудничества.\n\n#Россия #Турция",
    ),
    "ru_lavrov_interview": (
        (3, 9),
        "agency",
        "Лавров: Россия открыта к диалогу с теми, кто готов к равноправному разговору. "
        "Глава МИД дал интервью агентству.",
    ),
    "ru_zakharova_briefing": (
        (3, 7),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой\n\n"
        "Основные темы: ситуация вокруг Украины, предстоящее заседание Совета министров "
        "иностранных дел ШОС, гуманитарная помощь Газе, провокации на Балтике.\n\n"
        "#брифинг #Захарова",
    ),
    "ru_zakharova_comment": (
        (3, 12),
        "agency",
        "Захарова прокомментировала заявление Еврокомиссии о замороженных активах: "
        "это воровство, которое ударит по репутации европейских банков.",
    ),
    "ru_sco_ministers": (
        (3, 14),
        "mid",
        "О заседании Совета министров иностранных дел государств-членов ШОС\n\n"
        "В Астане состоялось очередное заседание СМИД ШОС. Министры согласовали проекты "
        "документов к саммиту Шанхайской организации сотрудничества, обсудили борьбу с "
        "терроризмом и наркотрафиком, расширение организации.\n\n#ШОС",
    ),
    "ru_sco_oneliner": (
        (3, 21),
        "news",
        "Министры стран ШОС встретились в Астане.",
    ),
    "ru_yolka": (
        (1, 5),
        "news",
        "В посольстве России в Белграде прошла новогодняя Ёлка для детей соотечественников.",
    ),
    "ru_grain_deal": (
        (3, 15),
        "mid",
        "Комментарий МИД России о зерновой сделке\n\n"
        "Западные страны так и не выполнили обязательства по выводу российского "
        "сельскохозяйственного экспорта и удобрений из-под санкций. Поставки зерна и "
        "удобрений в беднейшие страны по-прежнему затруднены.\n\n#продовольствие",
    ),
    "ru_brics_summit": (
        (3, 16),
        "mid",
        "Саммит БРИКС в Казани\n\n"
        "Лидеры государств БРИКС собрались в Казани. На саммите приняты Казанская "
        "декларация и решения о партнёрских странах объединения. Саммиты БРИКС стали "
        "главной площадкой диалога мирового большинства.\n\n#БРИКС #Казань",
    ),
    "ru_ambassador_credentials": (
        (3, 17),
        "mid",
        "Посол России вручил верительные грамоты Президенту Бразилии. Стороны обсудили "
        "подготовку к председательству Бразилии в БРИКС.",
    ),
    "ru_nuclear": (
        (3, 18),
        "agency",
        "Рябков: Россия не намерена первой проводить ядерные испытания, "
        "но будет зеркально реагировать на действия США.",
    ),
    "ru_consular": (
        (2, 2),
        "mid",
        "О консульском обслуживании граждан за рубежом\n\n"
        "Консульские учреждения России продолжают работу в штатном режиме. Гражданам "
        "рекомендуется заранее записываться на приём через портал Госуслуг.\n\n#консульство",
    ),
    "en_kazan_summit_statement": (
        (3, 10),
        "mfa_en",
        "Statement on the outcomes of the BRICS summit in Kazan\n\n"
        "The Kazan summit of BRICS adopted the Kazan Declaration. The leaders at the summit "
        "agreed to strengthen cooperation in trade, finance and security, and welcomed "
        "partner countries. The summit confirmed the role of BRICS as a platform for the "
        "global majority. Russia thanks all delegations for their work at the Kazan summit.\n\n"
        "#BRICS #Kazan",
    ),
    "en_kazan_oneliner_1": (
        (3, 22),
        "agency_en",
        "Kazan summit: delegations arrive.",
    ),
    "en_kazan_oneliner_2": (
        (3, 23),
        "agency_en",
        "Traffic closed in Kazan for the summit.",
    ),
    "en_summits_g20": (
        (3, 11),
        "agency_en",
        "G20 summits have become less productive, experts say, as the group splits over "
        "Ukraine and trade.",
    ),
    "en_sco_organisation": (
        (3, 13),
        "mfa_en",
        "Foreign Minister Sergey Lavrov took part in the meeting of the Council of Foreign "
        "Ministers of the Shanghai Cooperation Organisation in Astana. The ministers "
        "discussed security in Central Asia and the fight against terrorism.\n\n#SCO",
    ),
    "en_who_organization": (
        (2, 20),
        "agency_en",
        "The World Health Organization warned of a measles outbreak in Europe.",
    ),
    "en_fertilisers": (
        (3, 19),
        "mfa_en",
        "Russia is ready to supply fertilisers and grain to African countries free of "
        "charge. The unblocking of Russian agricultural exports remains a priority.\n\n"
        "#Africa #food",
    ),
    "en_fertilizer_us": (
        (2, 21),
        "agency_en",
        "US fertilizer prices fell for the third month in a row.",
    ),
    "en_defence_minister": (
        (3, 3),
        "agency_en",
        "The defence ministers of the two countries signed a memorandum on military cooperation.",
    ),
    "en_defense_us": (
        (2, 23),
        "agency_en",
        "The US Department of Defense announced a new aid package.",
    ),
    "en_centre_harbour": (
        (2, 24),
        "mfa_en",
        "The Russian cultural centre in Sevastopol harbour hosted an exhibition on "
        "the history of the Black Sea Fleet.",
    ),
    "en_center_labor": (
        (2, 25),
        "agency_en",
        "A new labor center opened in Chicago to help migrants find jobs.",
    ),
    "en_analyse_dialogue": (
        (2, 26),
        "mfa_en",
        "Experts analysed the dialogue between Russia and ASEAN and its prospects.",
    ),
    "en_lavrov_zakharova": (
        (3, 5),
        "mfa_en",
        "Comment by Maria Zakharova on Lavrov's upcoming visit to Beijing. Zakharova said "
        "the ministers will discuss the Ukrainian crisis and Asia-Pacific security.",
    ),
    "en_negotiations": (
        (2, 27),
        "mfa_en",
        "Russia and China held negotiations on strategic stability. The negotiators "
        "agreed to continue consultations.\n\n#China",
    ),
    "en_embassy_cafe": (
        (2, 28),
        "mfa_en",
        "A reception at the embassy café marked Diplomats' Day. Ambassadors of friendly "
        "nations attended.",
    ),
    "en_un_security_council": (
        (3, 1),
        "mfa_en",
        "Statement by the Permanent Representative at the UN Security Council on the "
        "situation in the Middle East. Russia calls for an immediate ceasefire in Gaza.\n\n#UN",
    ),
    "en_sanctions_eu": (
        (3, 2),
        "agency_en",
        "The EU sanctioned three more Russian banks; Moscow promised a response.",
    ),
    "ru_visa": (
        (2, 3),
        "mid",
        "Об упрощении визового режима с Китаем. Граждане Китая смогут получать электронные визы.",
    ),
    "ru_sng": (
        (2, 4),
        "mid",
        "Заседание Совета министров иностранных дел СНГ прошло в Минске.\n\n#СНГ",
    ),
}


@dataclass(frozen=True)
class Labelled:
    query: str
    expected: tuple[str, ...]
    why: str
    first: str | None = None
    absent: tuple[str, ...] = field(default=())  # posts that must not be found

    def ranked_well(self, top: str) -> bool:
        """Whether ``top``, the best hit, is the one a reader expects first."""
        return top == self.first if self.first else top in self.expected


QUERIES: tuple[Labelled, ...] = (
    # Russian inflection
    Labelled(
        "санкции",
        ("ru_sanctions_statement", "ru_sanctions_oneliner", "ru_grain_deal"),
        "plural nominative finds genitive санкций; the statement ranks first",
        first="ru_sanctions_statement",
    ),
    Labelled("санкций", ("ru_sanctions_statement", "ru_grain_deal"), "genitive plural"),
    Labelled("Лавров", ("ru_lavrov_talks", "ru_lavrov_interview"), "name finds С.В.Лаврова"),
    Labelled(
        "Лаврова",
        ("ru_lavrov_talks", "ru_lavrov_interview"),
        "genitive, exact form first",
        first="ru_lavrov_talks",
    ),
    Labelled("Захарова", ("ru_zakharova_briefing", "ru_zakharova_comment"), "finds М.В.Захаровой"),
    Labelled(
        "Захаровой",
        ("ru_zakharova_briefing", "ru_zakharova_comment"),
        "exact genitive",
        first="ru_zakharova_briefing",
    ),
    Labelled("переговоры Лаврова", ("ru_lavrov_talks",), "two inflected words"),
    Labelled("переговорах", ("ru_lavrov_talks",), "prepositional plural"),
    Labelled("удобрения", ("ru_grain_deal",), "удобрений"),
    Labelled("посольство", ("ru_yolka",), "посольстве"),
    Labelled("брифинг Захаровой", ("ru_zakharova_briefing",), "title words"),
    Labelled("саммит БРИКС", ("ru_brics_summit",), "саммит, саммите, саммиты"),
    Labelled("саммиты", ("ru_brics_summit",), "plural"),
    Labelled("Казань", ("ru_brics_summit",), "в Казани"),
    Labelled("визы", ("ru_visa",), "визового, визы"),
    Labelled("консульских учреждений", ("ru_consular",), "консульские учреждения"),
    Labelled("испытание", ("ru_nuclear",), "испытания"),
    Labelled("министр иностранных дел Турции", ("ru_lavrov_talks",), "Министром"),
    Labelled("заседания министров ШОС", ("ru_sco_ministers",), "заседание, министров"),
    # ё/е
    Labelled("елка", ("ru_yolka",), "Ёлка"),
    Labelled("ёлка", ("ru_yolka",), "ё typed"),
    Labelled("партнерских", ("ru_brics_summit",), "партнёрских"),
    # English plurals and forms
    Labelled(
        "summit",
        ("en_kazan_summit_statement", "en_summits_g20"),
        "summits",
        first="en_kazan_summit_statement",
    ),
    Labelled("summits", ("en_summits_g20",), "exact plural first", first="en_summits_g20"),
    Labelled("fertiliser", ("en_fertilisers", "en_fertilizer_us"), "UK plural, US form"),
    Labelled("fertilizers", ("en_fertilizer_us", "en_fertilisers"), "US plural"),
    Labelled("negotiation", ("en_negotiations",), "negotiations, negotiators"),
    Labelled(
        "minister",
        ("en_sco_organisation", "en_defence_minister"),
        "ministers; the exact form first",
        first="en_sco_organisation",
    ),
    Labelled("delegation", ("en_kazan_summit_statement", "en_kazan_oneliner_1"), "plural"),
    Labelled("ambassador", ("en_embassy_cafe",), "Ambassadors"),
    # UK/US spelling
    Labelled(
        "Organization",
        ("en_who_organization", "en_sco_organisation"),
        "-ization/-isation",
        first="en_who_organization",
    ),
    Labelled(
        "organisation",
        ("en_sco_organisation", "en_who_organization"),
        "UK first",
        first="en_sco_organisation",
    ),
    Labelled("defense", ("en_defense_us", "en_defence_minister"), "-se/-ce", first="en_defense_us"),
    Labelled(
        "center", ("en_center_labor", "en_centre_harbour"), "-er/-re", first="en_center_labor"
    ),
    Labelled("harbor", ("en_centre_harbour",), "-or/-our"),
    Labelled("labour", ("en_center_labor",), "-our/-or"),
    Labelled("analyze", ("en_analyse_dialogue",), "-yze/-yse"),
    Labelled("dialog", ("en_analyse_dialogue",), "-og/-ogue"),
    # diacritics
    Labelled("cafe", ("en_embassy_cafe",), "café"),
    # names
    Labelled("Lavrov", ("en_sco_organisation", "en_lavrov_zakharova"), "Lavrov's"),
    Labelled("Zakharova", ("en_lavrov_zakharova",), "English transliteration"),
    # tags and aliases
    Labelled("tag:ШОС", ("ru_sco_ministers", "en_sco_organisation"), "alias of SCO"),
    Labelled("tag:SCO Астане", ("ru_sco_ministers",), "alias and an inflected word"),
    Labelled("tag:СНГ", ("ru_sng",), "hashtag alias of CIS"),
    Labelled("tag:#шос министры", ("ru_sco_ministers",), "alias with '#' and lower case"),
    # phrases stay exact
    Labelled(
        '"Kazan summit"',
        ("en_kazan_summit_statement", "en_kazan_oneliner_1"),
        "phrase",
        first="en_kazan_summit_statement",
    ),
    Labelled(
        '"Шанхайской организации"',
        ("ru_sco_ministers",),
        "exact phrase",
    ),
    Labelled(
        '"Security Council"',
        ("en_un_security_council",),
        "phrase, not security alone",
        absent=("en_sco_organisation",),
    ),
    # prefixes
    Labelled("санкц*", ("ru_sanctions_statement", "ru_sanctions_oneliner"), "prefix"),
    Labelled("Захаров*", ("ru_zakharova_briefing", "ru_zakharova_comment"), "prefix"),
    Labelled("negotiat*", ("en_negotiations",), "English prefix"),
    # exclusions
    Labelled(
        "санкции -Брюсселе",
        ("ru_grain_deal",),
        "exclusion",
        absent=("ru_sanctions_statement", "ru_sanctions_oneliner"),
    ),
    Labelled(
        "summit -Kazan",
        ("en_summits_g20",),
        "exclusion",
        absent=("en_kazan_summit_statement",),
    ),
    Labelled(
        "Lavrov OR Лавров",
        ("ru_lavrov_talks", "en_sco_organisation", "ru_lavrov_interview"),
        "OR across scripts",
    ),
    # ranking: the full statement beats one-liners
    Labelled(
        "Kazan summit",
        ("en_kazan_summit_statement", "en_kazan_oneliner_1", "en_kazan_oneliner_2"),
        "full statement first",
        first="en_kazan_summit_statement",
    ),
    Labelled(
        "ШОС Астана",
        ("ru_sco_ministers", "ru_sco_oneliner"),
        "statement before the one-liner",
        first="ru_sco_ministers",
    ),
    Labelled(
        "санкции ЕС",
        ("ru_sanctions_statement",),
        "statement with both words",
    ),
    Labelled(
        "Security Council Middle East",
        ("en_un_security_council",),
        "several words",
    ),
)


# Issue 19: forms a stem does not reach (verbs across tense and person, English irregular
# forms) and a surname's homonym, spelled out by archive/lexemes.py. Both engines look them
# up through query.lookups: the parity test (tests/test_search_parity.py) runs them too.
LEXEME_POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_talks_future": (
        (2, 5),
        "agency",
        "Министры иностранных дел России и Индии проведут переговоры в Москве в июне.",
    ),
    "ru_talks_past": (
        (2, 6),
        "mid",
        "Министр провёл переговоры с коллегой из Египта. Стороны подписали меморандум.",
    ),
    "ru_memo_future": (
        (2, 7),
        "agency",
        "Россия и Вьетнам подпишут меморандум о сотрудничестве в области образования.",
    ),
    "ru_bay_leaf": (
        (2, 8),
        "news",
        "Лавровый лист и чёрный перец подорожали на оптовом рынке.",
    ),
    "ru_zakharov_hockey": (
        (2, 9),
        "news",
        "Хоккеист Захаров продлил контракт с клубом на два года.",
    ),
    "en_held_talks": (
        (2, 10),
        "mfa_en",
        "Foreign ministers held talks in Geneva on the grain corridor.",
    ),
    "en_food_crises": (
        (2, 11),
        "mfa_en",
        "Global food crises deepen as shipping costs soar.",
    ),
    "en_children": (
        (2, 12),
        "mfa_en",
        "Children from Donbas visit Moscow as guests of the Foreign Ministry.",
    ),
}

LEXEME_QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "провёл переговоры",
        ("ru_talks_past", "ru_talks_future"),
        "проведут: another tense",
        first="ru_talks_past",
    ),
    Labelled("проведут переговоры", ("ru_talks_future", "ru_talks_past"), "провёл: past tense"),
    Labelled("подписали меморандум", ("ru_talks_past", "ru_memo_future"), "подпишут"),
    Labelled("hold talks", ("en_held_talks",), "held"),
    Labelled("food crisis", ("en_food_crises",), "crises"),
    Labelled("child", ("en_children",), "children"),
    # a surname is not its homonym
    Labelled("Лаврову", ("ru_lavrov_talks",), "Лаврова", absent=("ru_bay_leaf",)),
    Labelled(
        "Захаровой",
        ("ru_zakharova_briefing", "ru_zakharova_comment"),
        "not Захаров, another person",
        absent=("ru_zakharov_hockey",),
    ),
)

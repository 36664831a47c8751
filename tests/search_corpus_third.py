"""A third labelled search set, written apart from the first two (tests/search_corpus.py):
RU and EN posts of foreign ministries, embassies and news agencies as their channels write
them, and queries a reader types in their own language, each with the posts it must find,
the one ``--rank`` should put first where one is plainly the best, and posts it must not find.

Same format as tests/search_corpus.py: POSTS maps a key to ((month, day) of 2024, channel,
text); QUERIES are :class:`search_corpus.Labelled`.
"""

from __future__ import annotations

from search_corpus import Labelled

# key -> ((month, day) of 2024, channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # --- sanctions -------------------------------------------------------------------------
    "ru_eu_package": (
        (2, 24),
        "mid",
        "Заявление МИД России в связи с введением Евросоюзом 13-го пакета санкций\n\n"
        "Брюссель вновь прибегает к нелегитимным односторонним ограничительным мерам, "
        "которые не имеют ничего общего с международным правом. Очередной пакет санкций "
        "ударит прежде всего по самим гражданам стран ЕС, которые уже расплачиваются за "
        "недальновидность своих правительств ростом цен на энергоносители.\n\n"
        "Российская сторона оставляет за собой право на ответные меры. Попытки "
        "«наказать» Россию санкциями провалились и будут проваливаться впредь.\n\n"
        "#санкции #ЕС #МИДРоссии",
    ),
    "ru_ryabkov_banks": (
        (5, 3),
        "ria",
        "⚡️Рябков: новые санкции США против российских банков лишь укрепят решимость Москвы",
    ),
    "ru_japan_sanctions": (
        (1, 16),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "присоединением Японии к очередным антироссийским санкциям\n\n"
        "Токио продолжает слепо следовать в фарватере Вашингтона. Под санкции попали "
        "российские компании, банки и физические лица. Подобные шаги японской стороны "
        "не останутся без ответа. Ответственность за деградацию двусторонних отношений "
        "целиком лежит на японском правительстве.",
    ),
    "ru_nebenzia_sanction": (
        (4, 18),
        "ria",
        "Небензя: каждая новая санкция бьёт по экономике самих европейцев, а не России",
    ),
    "ru_australia_list": (
        (3, 1),
        "ria",
        "Австралия расширила санкционный список против России ещё на 50 позиций, сообщил "
        "МИД страны. Под ограничения попали оборонные предприятия.",
    ),
    "ru_austria_embassy": (
        (3, 22),
        "embassy_at",
        "Посольство России в Австрии приглашает соотечественников принять участие в "
        "памятных мероприятиях в Вене, посвящённых освобождению австрийской столицы "
        "Красной Армией в апреле 1945 года.\n\n#Вена #Австрия",
    ),
    # --- Lavrov ----------------------------------------------------------------------------
    "ru_lavrov_wangyi": (
        (4, 9),
        "mid",
        "О переговорах Министра иностранных дел Российской Федерации С.В.Лаврова с "
        "Членом Политбюро ЦК КПК, Министром иностранных дел КНР Ван И\n\n"
        "9 апреля в Пекине состоялись переговоры С.В.Лаврова с Ван И. Министры обсудили "
        "актуальные вопросы двусторонней повестки, в том числе подготовку к предстоящим "
        "контактам на высшем уровне, а также ситуацию в Азиатско-Тихоокеанском регионе.\n\n"
        "Особое внимание уделено координации внешнеполитических шагов в ООН, ШОС и БРИКС. "
        "Подтверждена договоренность о продолжении тесного взаимодействия.\n\n"
        "#РоссияКитай #Лавров",
    ),
    "ru_lavrov_west": (
        (2, 2),
        "ria",
        "Лавров заявил, что Москва не будет навязываться Западу с предложениями о диалоге",
    ),
    "ru_lavrov_iran_call": (
        (1, 24),
        "mid",
        "Телефонный разговор С.В.Лаврова с Министром иностранных дел Ирана "
        "Х.Амир-Абдоллахианом\n\n"
        "Обсуждены ход выполнения Совместного всеобъемлющего плана действий и ситуация в "
        "Сирии. Министры выразили обеспокоенность эскалацией в Красном море.",
    ),
    "ru_lavrov_saudi": (
        (2, 13),
        "ria",
        "Министр иностранных дел Саудовской Аравии проведёт переговоры с Лавровым в Москве "
        "на следующей неделе, сообщил источник.",
    ),
    "ru_lavrov_order": (
        (3, 21),
        "ria",
        "Президент вручил Лаврову орден «За заслуги перед Отечеством» I степени",
    ),
    "ru_laurel": (
        (4, 4),
        "ria",
        "Турция нарастила экспорт лаврового листа в Россию почти на треть. Крупнейшими "
        "покупателями остаются сети из Москвы и Санкт-Петербурга.",
    ),
    "ru_diplomat_day": (
        (2, 10),
        "mid",
        "Поздравление Министра иностранных дел Российской Федерации С.В.Лаврова с Днём "
        "дипломатического работника\n\n"
        "Уважаемые коллеги, дорогие ветераны!\n\n"
        "Сердечно поздравляю вас с профессиональным праздником. Российская дипломатия "
        "работает в условиях беспрецедентного давления, и каждый из вас вносит свой вклад в "
        "защиту национальных интересов нашей страны.\n\nС.В.Лавров",
    ),
    "ru_lavrov_interview_long": (
        (1, 18),
        "mid",
        "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова "
        "международному информационному агентству, 18 января 2024 года\n\n"
        "Вопрос: Есть ли сегодня шанс на возобновление переговоров с Вашингтоном по "
        "стратегической стабильности?\n\n"
        "С.В.Лавров: Мы никогда не отказывались от переговоров. Но американцы хотят "
        "обсуждать только то, что выгодно им самим, выдёргивая отдельные элементы из "
        "общего контекста. Так разговор не строится.\n\n"
        "Вопрос: Как Вы оцениваете перспективы БРИКС?\n\n"
        "С.В.Лавров: Объединение привлекает всё больше государств Глобального Юга. "
        "Это отражение объективного процесса формирования многополярного мира.",
    ),
    "ru_lavrov_interview_short": (
        (5, 28),
        "ria",
        "Интервью Сергея Лаврова РИА Новости: главное",
    ),
    # --- Zakharova -------------------------------------------------------------------------
    "ru_zakharova_briefing": (
        (4, 17),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "17 апреля 2024 года\n\n"
        "Основные темы:\n"
        "🔹 о ситуации в секторе Газа\n"
        "🔹 о выборах в Индии\n"
        "🔹 об очередных антироссийских санкциях\n"
        "🔹 о провокациях киевского режима\n\n"
        "Смотреть полностью 👉 mid.ru\n\n#брифинг #Захарова",
    ),
    "ru_zakharova_vilnius": (
        (3, 11),
        "ria",
        "Захарова назвала провокацией заявления Вильнюса о «российской угрозе» на Балтике",
    ),
    "ru_zakharova_quote": (
        (5, 15),
        "news",
        "По словам Марии Захаровой, Запад пытается переписать итоги Второй мировой войны, "
        "и Москва будет противодействовать этому всеми доступными средствами.",
    ),
    "ru_zakharov_andrei": (
        (6, 3),
        "ria",
        "Андрей Захаров возглавил департамент информационной безопасности одного из "
        "федеральных ведомств, говорится в приказе.",
    ),
    # --- strategic stability, UN -----------------------------------------------------------
    "ru_ryabkov_stability": (
        (2, 28),
        "ria",
        "Рябков: Россия готова к переговорам по стратегической стабильности только при "
        "учёте всех факторов, влияющих на безопасность",
    ),
    "ru_nebenzia_sc": (
        (3, 25),
        "mid",
        "Выступление Постоянного представителя Российской Федерации при ООН В.А.Небензи на "
        "заседании Совета Безопасности ООН по ситуации на Ближнем Востоке\n\n"
        "Нью-Йорк, 25 марта 2024 года\n\n"
        "Господин Председатель,\n\n"
        "Мы поддержали проект резолюции, требующей немедленного прекращения огня в секторе "
        "Газа на период Рамадана. Однако формулировки документа, навязанные американской "
        "делегацией, оставляют лазейку для продолжения военной операции.",
    ),
    "ru_ny_consulate": (
        (3, 5),
        "embassy_us",
        "Генеральное консульство России в Нью-Йорке организует голосование на выборах "
        "Президента Российской Федерации. Избирательный участок будет работать 17 марта "
        "с 8:00 до 20:00.",
    ),
    "ru_unga_resolution": (
        (5, 10),
        "ria",
        "Генассамблея ООН приняла резолюцию о расширении прав Палестины в организации. "
        "Россия проголосовала за.",
    ),
    "ru_res_2231": (
        (4, 15),
        "mid",
        "Комментарий Департамента нераспространения и контроля над вооружениями МИД России\n\n"
        "Резолюция СБ ООН 2231 остаётся в силе до октября 2025 года. Односторонние "
        "действия Вашингтона, вышедшего из ядерной сделки, подорвали её выполнение. Мы "
        "призываем все стороны вернуться к ответственному подходу.",
    ),
    # --- SCO, BRICS, CIS, CSTO, EAEU -------------------------------------------------------
    "ru_sco_cfm": (
        (5, 16),
        "mid",
        "Заседание Совета министров иностранных дел государств — членов ШОС\n\n"
        "20–21 мая в Астане пройдёт очередное заседание СМИД ШОС. Министры обсудят "
        "подготовку к саммиту Организации, вопросы региональной безопасности и "
        "расширения экономического взаимодействия.\n\n#ШОС",
    ),
    "ru_sco_secretaries": (
        (4, 24),
        "mid",
        "В Астане прошла встреча секретарей советов безопасности государств — членов "
        "Шанхайской организации сотрудничества. Стороны обсудили противодействие "
        "терроризму и наркотрафику.\n\n#ШОС",
    ),
    "ru_sco_summit_signed": (
        (6, 28),
        "ria",
        "Лидеры стран ШОС подписали Астанинскую декларацию по итогам саммита",
    ),
    "ru_brics_chair": (
        (1, 1),
        "mid",
        "С 1 января 2024 года Россия председательствует в БРИКС\n\n"
        "Девизом российского председательства стала тема «Укрепление многосторонности для "
        "справедливого глобального развития и безопасности». Кульминацией года станет "
        "саммит БРИКС в Казани 22–24 октября. Всего запланировано более 200 мероприятий.\n\n"
        "#БРИКС #BRICS",
    ),
    "ru_brics_30": (
        (6, 5),
        "ria",
        "Более 30 стран подали заявки на присоединение к БРИКС, заявил Рябков",
    ),
    "ru_brics_nn": (
        (5, 30),
        "mid",
        "Встреча министров иностранных дел стран БРИКС пройдёт 10–11 июня в Нижнем "
        "Новгороде. В ней впервые примут участие новые члены объединения.",
    ),
    "ru_cis_minsk": (
        (4, 12),
        "mid",
        "Заседание Совета министров иностранных дел СНГ\n\n"
        "12 апреля в Минске С.В.Лавров принял участие в заседании СМИД Содружества. "
        "Утверждён план консультаций между МИД государств — участников на 2024–2025 годы.\n\n"
        "#СНГ",
    ),
    "ru_kz_cis": (
        (2, 20),
        "mfa_kz",
        "Казахстан примет участие в неформальной встрече глав государств Содружества "
        "Независимых Государств в Санкт-Петербурге.\n\n#СНГ #Казахстан",
    ),
    "ru_csto_statement": (
        (1, 30),
        "mid",
        "Заявление министров иностранных дел государств — членов ОДКБ по случаю "
        "Дня коллективной безопасности\n\n"
        "Мы подтверждаем приверженность принципу неделимости безопасности и готовность "
        "совместно противостоять современным вызовам и угрозам.",
    ),
    "ru_armenia_csto": (
        (2, 23),
        "ria",
        "Армения фактически заморозила участие в ОДКБ, заявил Пашинян",
    ),
    "ru_israel_army": (
        (5, 7),
        "ria",
        "Армия обороны Израиля нанесла удары по югу Ливана, сообщили местные СМИ",
    ),
    "ru_eaeu_yerevan": (
        (6, 7),
        "mid",
        "В Ереване состоялось заседание Евразийского межправительственного совета. "
        "Премьер-министры государств — членов Евразийского экономического союза обсудили "
        "создание общего рынка газа и цифровую повестку.\n\n#ЕАЭС",
    ),
    # --- IAEA, Iran, Iraq ------------------------------------------------------------------
    "ru_iaea_zaes": (
        (4, 8),
        "mid",
        "О контактах с МАГАТЭ по ситуации вокруг Запорожской АЭС\n\n"
        "Российская сторона проинформировала Генерального директора МАГАТЭ Р.Гросси об "
        "ударах ВСУ беспилотниками по станции. Подобные атаки создают прямую угрозу "
        "ядерной безопасности и должны получить однозначную оценку Агентства.",
    ),
    "ru_grossi_visit": (
        (2, 7),
        "ria",
        "Глава МАГАТЭ Рафаэль Гросси посетит Запорожскую атомную электростанцию",
    ),
    "ru_iran_treaty": (
        (1, 26),
        "ria",
        "Россия и Иран завершают работу над новым большим межгосударственным договором",
    ),
    "ru_iraq_call": (
        (3, 18),
        "mid",
        "О телефонном разговоре С.В.Лаврова с Заместителем Премьер-министра, Министром "
        "иностранных дел Ирака Ф.Хусейном\n\n"
        "Обсуждены перспективы торгово-экономического сотрудничества и ситуация в регионе "
        "с учётом ударов по Багдаду.",
    ),
    "ru_raisi_condolences": (
        (5, 20),
        "mid",
        "Соболезнования в связи с гибелью Президента Исламской Республики Иран "
        "Э.Раиси и Министра иностранных дел Х.Амир-Абдоллахиана\n\n"
        "С глубокой скорбью восприняли известие о крушении вертолёта на северо-западе "
        "Ирана. Разделяем горе иранского народа.",
    ),
    "ru_syria_astana": (
        (1, 25),
        "mid",
        "О международной встрече по Сирии в астанинском формате\n\n"
        "24–25 января в Астане прошла 21-я встреча в астанинском формате с участием "
        "делегаций России, Ирана и Турции, представителей сирийского правительства и "
        "оппозиции, а также наблюдателей от ООН.",
    ),
    # --- Africa, Latin America -------------------------------------------------------------
    "ru_mali_talks": (
        (5, 22),
        "mid",
        "Переговоры С.В.Лаврова с Министром иностранных дел Мали А.Диопом\n\n"
        "Обсуждены ситуация в Сахельском регионе и совместная борьба с терроризмом. "
        "Отмечен прогресс в реализации договоренностей, достигнутых в Бамако.",
    ),
    "ru_small_islands": (
        (5, 27),
        "mid",
        "Россия последовательно поддерживает устремления малых островных развивающихся "
        "государств к устойчивому развитию и борьбе с последствиями изменения климата.",
    ),
    "ru_malta_osce": (
        (1, 11),
        "mid",
        "Комментарий в связи с началом председательства Мальты в ОБСЕ\n\n"
        "Рассчитываем, что Валлетта будет действовать беспристрастно, в духе консенсуса, а "
        "не в интересах узкой группы западных стран.",
    ),
    "ru_niger_defence": (
        (1, 17),
        "ria",
        "Россия и Нигер договорились развивать сотрудничество в оборонной сфере, "
        "сообщили в Ниамее.",
    ),
    "ru_nigeria": (
        (4, 2),
        "ria",
        "Нигерия заинтересована в поставках российских удобрений, заявил посол страны в Москве.",
    ),
    "ru_india_jaishankar": (
        (6, 10),
        "mid",
        "О визите в Россию Министра иностранных дел Индии С.Джайшанкара\n\n"
        "Состоялся обмен мнениями по широкому кругу вопросов особо привилегированного "
        "стратегического партнёрства. Рассмотрены перспективы военно-технического "
        "сотрудничества и реализации проектов в энергетике.",
    ),
    "ru_indonesia": (
        (2, 15),
        "ria",
        "Индонезия намерена вступить в БРИКС не раньше 2025 года, сообщили в Джакарте",
    ),
    "ru_cuba_talks": (
        (5, 2),
        "mid",
        "Переговоры С.В.Лаврова с Министром иностранных дел Кубы Б.Родригесом\n\n"
        "Министры подчеркнули неприемлемость американской торговой блокады острова и "
        "договорились о расширении контактов по линии внешнеполитических ведомств.",
    ),
    "ru_kuban": (
        (6, 12),
        "news",
        "На Кубани стартовала уборка озимого ячменя, урожайность выше прошлогодней",
    ),
    "ru_libya": (
        (3, 28),
        "mid",
        "О ситуации в Ливии\n\n"
        "Выступаем за скорейшее проведение всеобщих выборов и объединение государственных "
        "институтов страны под эгидой ООН.",
    ),
    "ru_africa_grain": (
        (2, 26),
        "ria",
        "Россия завершила поставки бесплатного зерна шести африканским странам",
    ),
    # --- mir, migration --------------------------------------------------------------------
    "ru_migration": (
        (4, 25),
        "mid",
        "О консультациях по вопросам миграции\n\n"
        "В МИД России прошли межведомственные консультации с делегацией Таджикистана. "
        "Обсуждены вопросы миграционного сотрудничества и защиты прав трудящихся.",
    ),
    "ru_mirziyoyev": (
        (5, 26),
        "ria",
        "Президент Узбекистана Шавкат Мирзиёев прибыл в Москву с государственным визитом",
    ),
    "ru_peace_middle_east": (
        (6, 14),
        "mid",
        "Россия выступает за прочный и справедливый мир на Ближнем Востоке\n\n"
        "Только создание независимого палестинского государства способно обеспечить "
        "долгосрочную стабильность в регионе.",
    ),
    "ru_peace_formula": (
        (6, 11),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "конференцией по Украине в Швейцарии\n\n"
        "Так называемая «формула мира» Зеленского — это ультиматум, а не основа для "
        "переговоров. Без России никакие переговоры не имеют смысла.",
    ),
    "ru_burgenstock": (
        (6, 16),
        "ria",
        "Конференция по Украине в Бюргенштоке завершилась без подписи ряда стран под "
        "итоговым коммюнике",
    ),
    # --- Gaza, gas -------------------------------------------------------------------------
    "ru_gaza_pause": (
        (1, 9),
        "mid",
        "О гуманитарной ситуации в секторе Газа\n\n"
        "Призываем к незамедлительному объявлению гуманитарной паузы и обеспечению "
        "беспрепятственного доступа помощи в Газу. Число погибших среди мирного "
        "населения превысило 23 тысячи человек.",
    ),
    "ru_gas_china": (
        (1, 29),
        "ria",
        "Поставки российского газа в Китай по «Силе Сибири» в 2023 году выросли на треть, "
        "объём превысил 22 млрд кубометров",
    ),
    "ru_gas_hub": (
        (3, 13),
        "ria",
        "Москва и Анкара продолжают обсуждать создание газового хаба в Турции, через "
        "который природный газ будет поставляться в Европу.",
    ),
    # --- ё/е -------------------------------------------------------------------------------
    "ru_agreement_yo": (
        (4, 19),
        "mid",
        "По итогам консультаций достигнута договорённость о проведении следующего раунда в "
        "Женеве осенью.",
    ),
    "ru_baerbock_her": (
        (3, 6),
        "ria",
        "Бербок заявила, что её страна не намерена менять курс в отношении Москвы",
    ),
    "ru_trade_volume": (
        (1, 12),
        "ria",
        "Объем товарооборота России и Китая в 2023 году превысил 240 млрд долларов",
    ),
    "ru_peter_monument": (
        (6, 9),
        "embassy_nl",
        "Сотрудники Посольства возложили цветы к памятнику Петру Великому в Заандаме. "
        "Пётр I жил здесь в 1697 году, изучая корабельное дело.\n\n#Нидерланды",
    ),
    "ru_reception_yo": (
        (2, 5),
        "embassy_uk",
        "Консульский отдел Посольства сообщает: приём граждан 23 февраля не проводится. "
        "Запись на следующие даты открыта на сайте.",
    ),
    # --- MFA forms, China ------------------------------------------------------------------
    "ru_china_mfa": (
        (2, 1),
        "ria",
        "В МИД Китая призвали США прекратить поставки оружия Тайваню",
    ),
    "ru_mfa_commented": (
        (3, 19),
        "ria",
        "В МИДе России прокомментировали высылку двух сотрудников посольства из Молдавии",
    ),
    "ru_wangyi_quote": (
        (3, 7),
        "ria",
        "Ван И: отношения Китая и России не направлены против третьих стран",
    ),
    # --- hyphens, places -------------------------------------------------------------------
    "ru_ulanbator": (
        (6, 18),
        "mid",
        "Российско-монгольские консультации в Улан-Баторе\n\n"
        "Делегации обсудили подготовку к 85-летию победы на Халхин-Голе и реализацию "
        "проекта газопровода через территорию Монголии.",
    ),
    "ru_abudhabi": (
        (4, 29),
        "ria",
        "Министр иностранных дел ОАЭ провёл в Абу-Даби встречу с российским послом",
    ),
    "ru_g20_rio": (
        (2, 21),
        "mid",
        "С.В.Лавров примет участие во встрече министров иностранных дел «Группы двадцати» "
        "в Рио-де-Жанейро 21–22 февраля.\n\n#G20 #Бразилия",
    ),
    "ru_dprk_talks": (
        (1, 16),
        "mid",
        "Переговоры С.В.Лаврова с Министром иностранных дел КНДР Цой Сон Хи\n\n"
        "Министры обсудили ситуацию на Корейском полуострове. Достигнута "
        "договоренность о визите Министра в Пхеньян.",
    ),
    # --- dates and numbers -----------------------------------------------------------------
    "ru_victory_day": (
        (5, 9),
        "mid",
        "9 мая — День Победы\n\n"
        "Сегодня мы отмечаем 79-ю годовщину Победы советского народа в Великой "
        "Отечественной войне. Вечная память павшим!\n\n#ДеньПобеды #МыПомним",
    ),
    "ru_leningrad": (
        (1, 27),
        "mid",
        "К 80-летию полного освобождения Ленинграда от фашистской блокады\n\n"
        "Зарубежные посольства России провели памятные мероприятия, а в Санкт-Петербурге "
        "прошла акция «Блокадный хлеб».",
    ),
    "ru_vietnam_2030": (
        (6, 20),
        "ria",
        "Россия и Вьетнам намерены довести товарооборот до 10 млрд долларов к 2030 году",
    ),
    "ru_cop29": (
        (6, 6),
        "ria",
        "Россия направит делегацию на климатическую конференцию COP29 в Баку",
    ),
    # --- NATO, Baltic, expulsions ----------------------------------------------------------
    "ru_nato_exercise": (
        (2, 14),
        "mid",
        "Комментарий в связи с учениями НАТО «Стойкий защитник — 2024»\n\n"
        "Крупнейшие со времён холодной войны учения альянса отрабатывают сценарий "
        "вооружённого конфликта с Россией. Это очередное свидетельство того, что Запад "
        "готовится к эскалации.",
    ),
    "ru_moldova_expel": (
        (3, 15),
        "ria",
        "МИД Молдавии объявил сотрудника посольства России персоной нон грата",
    ),
    "ru_expel_response": (
        (4, 26),
        "mid",
        "О высылке российских дипломатов из Словакии\n\n"
        "В ответ на недружественный шаг словацких властей в МИД России вызван посол "
        "Словакии, которому заявлен решительный протест. Два сотрудника посольства "
        "Словакии в Москве объявлены персонами нон грата.",
    ),
    "ru_us_ambassador": (
        (6, 4),
        "ria",
        "Посол США Линн Трейси была вызвана в МИД России",
    ),
    "ru_uk_ambassador": (
        (5, 8),
        "mid",
        "В МИД России вызван посол Великобритании Н.Кейси\n\n"
        "Ему заявлен протест в связи с высказываниями британского министра иностранных дел "
        "о возможности ударов по территории России британским оружием.",
    ),
    # --- visas, consular -------------------------------------------------------------------
    "ru_evisa": (
        (7, 1),
        "mid",
        "С 1 августа единая электронная виза станет доступна гражданам 55 государств. "
        "Оформить её можно на сайте МИД России не позднее чем за четыре дня до въезда.",
    ),
    # --- misc ------------------------------------------------------------------------------
    "ru_crocus": (
        (3, 23),
        "mid",
        "Соболезнования в связи с терактом в «Крокус Сити Холле» продолжают поступать от "
        "глав государств, правительств и внешнеполитических ведомств иностранных государств. "
        "Выражаем признательность всем, кто разделил наше горе.",
    ),
    "ru_erdogan": (
        (6, 22),
        "ria",
        "Эрдоган рассчитывает принять Путина в Турции в ближайшие месяцы",
    ),
    "ru_blinken": (
        (4, 30),
        "ria",
        "Блинкен заявил, что Вашингтон продолжит оказывать помощь Киеву",
    ),
    "ru_blinken_visit": (
        (5, 14),
        "news",
        "Визит Блинкена в Киев: госсекретарь пообещал новые поставки",
    ),
    "ru_arctic": (
        (5, 6),
        "mid",
        "О работе Арктического совета\n\n"
        "Россия остаётся приверженной сотрудничеству в Арктике, однако деятельность Совета "
        "фактически заблокирована западными странами.",
    ),
    "ru_africa_conf": (
        (6, 25),
        "mid",
        "Первая министерская конференция Форума партнёрства Россия — Африка пройдёт в "
        "Сочи осенью 2024 года.",
    ),
    "ru_observers": (
        (3, 14),
        "mid",
        "Международные наблюдатели прибывают в Москву для мониторинга выборов Президента "
        "Российской Федерации 15–17 марта.",
    ),
    "ru_putin_xi": (
        (5, 16),
        "ria",
        "Путин и Си Цзиньпин подписали совместное заявление об углублении отношений "
        "всеобъемлющего партнёрства",
    ),
    "ru_will_sign": (
        (6, 19),
        "ria",
        "Россия и КНДР подпишут договор о всеобъемлющем стратегическом партнёрстве",
    ),
    "ru_signed_treaty": (
        (6, 20),
        "mid",
        "Договор о всеобъемлющем стратегическом партнёрстве между Россией и КНДР подписан "
        "в Пхеньяне 19 июня 2024 года.",
    ),
    "ru_discussed": (
        (2, 8),
        "mid",
        "Заместитель Министра иностранных дел С.А.Рябков и посол Бразилии обсуждали "
        "подготовку к встрече министров «Группы двадцати».",
    ),
    "ru_meeting_next_week": (
        (3, 29),
        "ria",
        "Лавров встретится с главой МИД Египта на следующей неделе",
    ),
    "ru_met_egypt": (
        (4, 3),
        "mid",
        "С.В.Лавров встретился с Министром иностранных дел Египта С.Шукри\n\n"
        "Стороны обсудили положение в Газе и ход подготовки к 70-летию установления "
        "дипломатических отношений.",
    ),
    "ru_us_statement": (
        (4, 11),
        "ria",
        "Американские санкции не остановят сотрудничество России и Китая, заявляет Посольство КНР",
    ),
    "ru_russian_adj": (
        (1, 22),
        "mid",
        "Российская сторона выразила протест в связи с задержанием российского гражданина в "
        "Польше и потребовала консульского доступа.",
    ),
    "ru_nuclear_tests": (
        (2, 29),
        "ria",
        "Россия не возобновит ядерные испытания, пока этого не сделают США",
    ),
    "ru_nuclear_doctrine": (
        (6, 13),
        "mid",
        "О неприемлемости заявлений о ядерном шантаже\n\n"
        "Российская ядерная доктрина носит сугубо оборонительный характер. Применение "
        "ядерного оружия возможно лишь в ответ на агрессию.",
    ),
    "ru_if_eu": (
        (2, 19),
        "news",
        "Если переговоры сорвутся, стороны вернутся к обсуждению через месяц, есть и другие "
        "варианты.",
    ),
    "ru_humanitarian_aid": (
        (5, 13),
        "mid",
        "Российская гуманитарная помощь доставлена в Газу. Работа по доставке была "
        "приостановлена, но пауза продлилась недолго.",
    ),
    # ========================== English ==================================================
    "en_lavrov_wangyi": (
        (4, 9),
        "mid_en",
        "Foreign Minister Sergey Lavrov's talks with Member of the Political Bureau of the "
        "CPC Central Committee, Foreign Minister of China Wang Yi, Beijing, April 9, 2024\n\n"
        "The ministers discussed preparations for upcoming top-level contacts and "
        "coordination within the UN, BRICS and the SCO. They reaffirmed their commitment "
        "to a multipolar world order.",
    ),
    "en_lavrov_negotiations": (
        (2, 6),
        "tass_en",
        "Lavrov says Russia open to negotiations on European security, but not on Western terms",
    ),
    "en_lavrov_remarks": (
        (5, 21),
        "mid_en",
        "Foreign Minister Sergey Lavrov's remarks and answers to media questions at a news "
        "conference following talks with Foreign Minister of Mali Abdoulaye Diop\n\n"
        "We agreed to expand cooperation in security and counter-terrorism. Our African "
        "friends appreciate that Russia does not impose conditions.",
    ),
    "en_eu_package": (
        (6, 24),
        "mid_en",
        "Comment by the Foreign Ministry on the EU's 14th package of sanctions against "
        "Russia\n\n"
        "The European Union has once again sanctioned dozens of Russian companies and "
        "individuals. These illegal restrictions hurt Europe itself. Russia reserves the "
        "right to respond.\n\n#sanctions #EU",
    ),
    "en_treasury": (
        (6, 12),
        "tass_en",
        "US Treasury sanctions more than 300 individuals and entities over Russia ties",
    ),
    "en_ceasefire_negotiated": (
        (6, 1),
        "un_news",
        "A ceasefire negotiated by Qatar and Egypt could open the way for a surge of aid "
        "into Gaza, the UN relief chief said on Friday.",
    ),
    "en_not_negotiating": (
        (3, 27),
        "tass_en",
        "Moscow and Kyiv are not negotiating at the moment, the Kremlin says",
    ),
    "en_sco_astana": (
        (5, 17),
        "mid_en",
        "Sergey Lavrov will take part in the meeting of the SCO Council of Foreign "
        "Ministers in Astana on May 20-21.\n\n#SCO #Kazakhstan",
    ),
    "en_sco_full_name": (
        (7, 4),
        "un_news",
        "Secretary-General's message to the summit of the Shanghai Cooperation Organisation "
        "in Astana, delivered by the UN envoy for Central Asia.",
    ),
    "en_brics_ministers": (
        (6, 11),
        "mid_en",
        "BRICS Foreign Ministers' Meeting opens in Nizhny Novgorod\n\n"
        "For the first time, the ministers of the new members of the association are "
        "taking part in the meeting. #BRICS",
    ),
    "en_brics_30": (
        (6, 5),
        "tass_en",
        "Over 30 countries want to join BRICS, Ryabkov says",
    ),
    "en_res_2728": (
        (3, 25),
        "un_news",
        "UN Security Council adopts resolution 2728 demanding an immediate ceasefire in Gaza "
        "during Ramadan\n\n"
        "The resolution was adopted with 14 votes in favour and one abstention, by the "
        "United States.",
    ),
    "en_guterres": (
        (4, 16),
        "un_news",
        "Guterres's appeal to the Middle East: step back from the brink. The "
        "Secretary-General urged maximum restraint after the overnight strikes.",
    ),
    "en_grossi_zaporizhzhia": (
        (2, 8),
        "un_news",
        "IAEA chief Rafael Grossi crosses the front line to visit the Zaporizhzhia nuclear "
        "power plant for the fourth time.",
    ),
    "en_austria": (
        (6, 19),
        "mid_en",
        "Deputy Foreign Minister Alexander Grushko met with Ambassador of Austria to Russia "
        "Werner Almhofer to discuss the state of bilateral relations.",
    ),
    "en_australia": (
        (2, 27),
        "tass_en",
        "Australia expands its sanctions list against Russia, adding 55 individuals",
    ),
    "en_niger": (
        (4, 14),
        "tass_en",
        "Niger's military government welcomes Russian instructors in Niamey",
    ),
    "en_nigeria": (
        (5, 24),
        "tass_en",
        "Nigeria's foreign minister calls for a reform of the UN Security Council",
    ),
    "en_iran_call": (
        (1, 24),
        "mid_en",
        "Sergey Lavrov's telephone conversation with Minister of Foreign Affairs of Iran "
        "Hossein Amir-Abdollahian. The ministers discussed the situation around the JCPOA "
        "and in the Red Sea.",
    ),
    "en_iraq": (
        (3, 18),
        "tass_en",
        "Iraq's foreign minister discusses economic ties with Lavrov by phone",
    ),
    "en_follow_us": (
        (1, 3),
        "mid_en",
        "Follow us on VK, Rutube and Telegram for first-hand news about Russia's foreign policy!",
    ),
    "en_new_york": (
        (3, 26),
        "un_news",
        "Member states gather at UN Headquarters in New York for the annual forum on "
        "sustainable development.",
    ),
    "en_multilateral": (
        (5, 29),
        "mid_en",
        "Russia stands for strengthening multilateralism and the central role of the UN. "
        "Multilateral institutions must reflect the realities of a multipolar world.",
    ),
    "en_ryabkov_consultations": (
        (3, 4),
        "mid_en",
        "Deputy Foreign Minister Sergey Ryabkov held consultations with US Ambassador "
        "Lynne Tracy on strategic stability.",
    ),
    "en_putin_xi": (
        (5, 16),
        "tass_en",
        "Putin met Xi Jinping in Beijing for talks that lasted more than two hours",
    ),
    "en_criticized": (
        (4, 5),
        "tass_en",
        "Zakharova criticized the German government's decision to send long-range missiles to Kyiv",
    ),
    "en_zakharova_briefing": (
        (4, 17),
        "mid_en",
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, April 17, 2024\n\n"
        "Topics: the situation in the Gaza Strip, elections in India, Western sanctions "
        "against Russia, the Kyiv regime's provocations.",
    ),
    "en_zakharova_remarks": (
        (6, 26),
        "tass_en",
        "Zakharova's remarks on the Paris Olympics ceremony draw a sharp reply from Paris",
    ),
    "en_wang_yis_visit": (
        (7, 2),
        "tass_en",
        "Wang Yi's visit to Moscow confirms the high level of trust, the Kremlin said",
    ),
    "en_nuclear_tests": (
        (2, 29),
        "tass_en",
        "Russia will not resume nuclear tests unless the US does, Ryabkov says",
    ),
    "en_arms_control": (
        (3, 8),
        "mid_en",
        "Russia remains open to a dialogue on arms control, but only on the basis of "
        "equality and mutual respect for security interests.",
    ),
    "en_israeli_army": (
        (5, 7),
        "tass_en",
        "Israeli army strikes targets in southern Lebanon",
    ),
    "en_children_gaza": (
        (2, 16),
        "un_news",
        "UNICEF: more children killed in Gaza in four months than in four years of "
        "conflicts worldwide",
    ),
    "en_humanitarian_access": (
        (1, 31),
        "un_news",
        "Humanitarian access to northern Gaza remains severely restricted, OCHA warns. "
        "Convoys are turned back at checkpoints.",
    ),
    "en_aid_access": (
        (2, 22),
        "un_news",
        "Humanitarian workers say aid deliveries are delayed. Access to fuel remains the "
        "main problem for hospitals.",
    ),
    "en_grain_africa": (
        (2, 26),
        "tass_en",
        "Russia completes free grain deliveries to six African countries",
    ),
    "en_evisa": (
        (7, 1),
        "mid_en",
        "From August 1, citizens of 55 countries can apply for a unified e-visa to visit Russia.",
    ),
    "en_victory_day": (
        (5, 9),
        "mid_en",
        "May 9 is Victory Day. Today we commemorate the 79th anniversary of the Victory of "
        "the Soviet people in the Great Patriotic War. #VictoryDay",
    ),
    "en_expelled": (
        (4, 26),
        "mid_en",
        "Two Slovak diplomats have been declared persona non grata and expelled from Russia "
        "in response to Bratislava's unfriendly move.",
    ),
    "en_summoned": (
        (5, 8),
        "tass_en",
        "British ambassador summoned to Russian Foreign Ministry over Cameron's remarks",
    ),
    "en_sc_meets": (
        (4, 22),
        "un_news",
        "The Security Council meets today on the humanitarian situation in Ukraine at "
        "Russia's request.",
    ),
    "en_cis_minsk": (
        (4, 12),
        "mid_en",
        "Sergey Lavrov took part in the meeting of the Council of CIS Foreign Ministers "
        "in Minsk. #CIS",
    ),
    "en_csto": (
        (1, 30),
        "tass_en",
        "CSTO foreign ministers reaffirm the principle of indivisible security",
    ),
    "en_eaeu": (
        (6, 7),
        "mid_en",
        "Yerevan hosts the Eurasian Intergovernmental Council. The heads of government of "
        "the Eurasian Economic Union (EAEU) discussed a common gas market.",
    ),
    "en_g20": (
        (2, 21),
        "mid_en",
        "Sergey Lavrov will attend the G20 Foreign Ministers' Meeting in Rio de Janeiro on "
        "February 21-22.",
    ),
    "en_cop29": (
        (6, 6),
        "un_news",
        "Countdown to COP29: Baku prepares to host the UN climate conference in November",
    ),
    "en_burgenstock": (
        (6, 16),
        "tass_en",
        "The Bürgenstock conference on Ukraine ended without a joint communique signed by "
        "all participants",
    ),
    "en_dprk_pyongyang": (
        (6, 19),
        "tass_en",
        "Russia and the DPRK signed the Comprehensive Strategic Partnership Treaty in Pyongyang",
    ),
    "en_will_sign": (
        (6, 18),
        "tass_en",
        "Putin and Kim Jong Un will sign a new treaty during the visit, Ushakov says",
    ),
    "en_programme": (
        (3, 12),
        "mid_en",
        "Russia's humanitarian programme for Africa includes food, medicine and training "
        "for doctors.",
    ),
    "en_peacekeeping": (
        (5, 29),
        "un_news",
        "On the International Day of UN Peacekeepers, we honour more than 4,300 "
        "peacekeepers who lost their lives serving under the UN flag.",
    ),
    "en_peace_talks": (
        (6, 15),
        "mid_en",
        "There can be no durable peace in Europe without taking Russia's security interests "
        "into account, Foreign Minister Sergey Lavrov said.",
    ),
    "en_ceasefire_talks_held": (
        (5, 6),
        "tass_en",
        "Hamas delegation holds talks in Cairo on a Gaza ceasefire",
    ),
    "en_agreements": (
        (3, 20),
        "mid_en",
        "Russia and Vietnam signed an agreement on cooperation in the field of education "
        "and a memorandum on trade.",
    ),
    "en_nebenzia": (
        (4, 23),
        "mid_en",
        "Statement by Permanent Representative Vassily Nebenzia at a UNSC briefing on "
        "Ukraine, New York, April 22, 2024",
    ),
    "en_armenia_csto": (
        (3, 2),
        "tass_en",
        "Armenia freezes its participation in the CSTO, Pashinyan says",
    ),
}

_LAVROV_RU = (
    "ru_lavrov_wangyi",
    "ru_lavrov_west",
    "ru_lavrov_iran_call",
    "ru_lavrov_saudi",
    "ru_lavrov_order",
    "ru_diplomat_day",
    "ru_lavrov_interview_long",
    "ru_lavrov_interview_short",
    "ru_cis_minsk",
    "ru_iraq_call",
    "ru_mali_talks",
    "ru_cuba_talks",
    "ru_g20_rio",
    "ru_dprk_talks",
    "ru_meeting_next_week",
    "ru_met_egypt",
)
_LAVROV_EN = (
    "en_lavrov_wangyi",
    "en_lavrov_negotiations",
    "en_lavrov_remarks",
    "en_iran_call",
    "en_iraq",
    "en_sco_astana",
    "en_cis_minsk",
    "en_g20",
    "en_peace_talks",
)
_ZAKHAROVA_RU = (
    "ru_japan_sanctions",
    "ru_zakharova_briefing",
    "ru_zakharova_vilnius",
    "ru_zakharova_quote",
    "ru_peace_formula",
)
_SANCTIONS_RU = (
    "ru_eu_package",
    "ru_ryabkov_banks",
    "ru_japan_sanctions",
    "ru_nebenzia_sanction",
    "ru_zakharova_briefing",
    "ru_us_statement",
)
_TALKS_RU = (
    "ru_lavrov_wangyi",
    "ru_lavrov_saudi",
    "ru_lavrov_interview_long",
    "ru_ryabkov_stability",
    "ru_mali_talks",
    "ru_cuba_talks",
    "ru_peace_formula",
    "ru_dprk_talks",
    "ru_if_eu",
)
_AGREEMENT_RU = ("ru_agreement_yo", "ru_lavrov_wangyi", "ru_dprk_talks", "ru_mali_talks")
_SCO_RU = ("ru_lavrov_wangyi", "ru_sco_cfm", "ru_sco_secretaries", "ru_sco_summit_signed")
_BRICS_RU = (
    "ru_lavrov_wangyi",
    "ru_lavrov_interview_long",
    "ru_brics_chair",
    "ru_brics_30",
    "ru_brics_nn",
    "ru_indonesia",
)
_UN_RU = (
    "ru_lavrov_wangyi",
    "ru_nebenzia_sc",
    "ru_unga_resolution",
    "ru_res_2231",
    "ru_syria_astana",
    "ru_libya",
)
_IRAN_RU = ("ru_lavrov_iran_call", "ru_iran_treaty", "ru_raisi_condolences", "ru_syria_astana")
_SANCTIONS_EN = ("en_eu_package", "en_treasury", "en_australia", "en_zakharova_briefing")
_NEGOTIATE_EN = ("en_lavrov_negotiations", "en_ceasefire_negotiated", "en_not_negotiating")
_DISCUSS_RU = (
    "ru_lavrov_wangyi",
    "ru_lavrov_iran_call",
    "ru_lavrov_interview_long",
    "ru_sco_cfm",
    "ru_sco_secretaries",
    "ru_eaeu_yerevan",
    "ru_iraq_call",
    "ru_mali_talks",
    "ru_migration",
    "ru_gas_hub",
    "ru_ulanbator",
    "ru_dprk_talks",
    "ru_discussed",
    "ru_met_egypt",
)
_PARTNERSHIP_RU = (
    "ru_india_jaishankar",
    "ru_africa_conf",
    "ru_putin_xi",
    "ru_will_sign",
    "ru_signed_treaty",
)

QUERIES: tuple[Labelled, ...] = (
    # --- Russian nouns in another case or number -------------------------------------------
    Labelled("санкциями", _SANCTIONS_RU, "санкций, санкции, санкция", first="ru_eu_package"),
    Labelled("санкция", _SANCTIONS_RU, "singular finds the plural forms"),
    Labelled("санкционный", ("ru_australia_list",), "adjective as written"),
    Labelled("переговорах", _TALKS_RU, "переговоры, переговоров, переговорам"),
    Labelled("договоренность", _AGREEMENT_RU, "договорённость (ё), договоренностей (gen. plural)"),
    Labelled("договорённости", _AGREEMENT_RU, "typed with ё, text with е and ё"),
    Labelled(
        "Китаем",
        ("ru_gas_china", "ru_trade_volume", "ru_china_mfa", "ru_wangyi_quote", "ru_us_statement"),
        "Китай, Китая",
    ),
    Labelled(
        "выборы президента", ("ru_ny_consulate", "ru_observers"), "выборах/выборов Президента"
    ),
    Labelled(
        "высылка дипломатов",
        ("ru_expel_response",),
        "О высылке российских дипломатов",
        first="ru_expel_response",
    ),
    Labelled("Нижний Новгород", ("ru_brics_nn",), "в Нижнем Новгороде"),
    Labelled("Пхеньяне", ("ru_dprk_talks", "ru_signed_treaty"), "в Пхеньян, в Пхеньяне"),
    Labelled("Ереван", ("ru_eaeu_yerevan",), "в Ереване"),
    Labelled("Сирия", ("ru_syria_astana", "ru_lavrov_iran_call"), "по Сирии, в Сирии"),
    Labelled("казань", ("ru_brics_chair",), "в Казани, lower case"),
    Labelled("ленинград", ("ru_leningrad",), "Ленинграда, lower case"),
    Labelled("Африка", ("ru_africa_conf",), "Россия — Африка"),
    Labelled("Крокус", ("ru_crocus",), "«Крокус Сити Холле»"),
    Labelled(
        "армия",
        ("ru_israel_army", "ru_austria_embassy"),
        "Армия обороны, Красной Армией",
        absent=("ru_armenia_csto",),
    ),
    # --- Russian verbs: tense, aspect, person ----------------------------------------------
    Labelled(
        "заявляет",
        (
            "ru_lavrov_west",
            "ru_brics_30",
            "ru_armenia_csto",
            "ru_nigeria",
            "ru_baerbock_her",
            "ru_blinken",
            "ru_us_statement",
        ),
        "заявил, заявила",
        first="ru_us_statement",
    ),
    Labelled(
        "заявление",
        (
            "ru_eu_package",
            "ru_csto_statement",
            "ru_putin_xi",
            "ru_zakharova_vilnius",
            "ru_nuclear_doctrine",
        ),
        "Заявление, заявления, заявлений (the noun)",
    ),
    Labelled(
        "подпишут",
        ("ru_will_sign", "ru_sco_summit_signed", "ru_putin_xi", "ru_signed_treaty"),
        "подписали, подписан",
        first="ru_will_sign",
    ),
    Labelled(
        "подписали договор",
        ("ru_signed_treaty", "ru_will_sign"),
        "Договор ... подписан; подпишут договор",
    ),
    Labelled(
        "встретится",
        ("ru_meeting_next_week", "ru_met_egypt"),
        "встретился",
        first="ru_meeting_next_week",
    ),
    Labelled(
        "обсуждали",
        _DISCUSS_RU,
        "обсудили, Обсуждены, обсудят, обсуждать (aspect)",
        first="ru_discussed",
    ),
    Labelled(
        "вызвали посла",
        ("ru_expel_response", "ru_us_ambassador", "ru_uk_ambassador"),
        "вызван посол, Посол ... вызвана",
    ),
    # --- Russian adjectives ----------------------------------------------------------------
    Labelled(
        "ядерный",
        ("ru_res_2231", "ru_iaea_zaes", "ru_nuclear_tests", "ru_nuclear_doctrine"),
        "ядерной, ядерные, ядерная, ядерного",
        first="ru_nuclear_doctrine",
    ),
    Labelled(
        "американских",
        ("ru_nebenzia_sc", "ru_cuba_talks", "ru_us_statement"),
        "американской, Американские",
    ),
    Labelled(
        "российской стороной",
        ("ru_eu_package", "ru_iaea_zaes", "ru_russian_adj"),
        "Российская сторона",
    ),
    Labelled("партнерство", _PARTNERSHIP_RU, "партнёрства, партнёрстве (ё)"),
    # --- surnames in other cases -----------------------------------------------------------
    Labelled("Лаврову", _LAVROV_RU, "С.В.Лаврова, Лавров, Лавровым", absent=("ru_laurel",)),
    Labelled("лавровым", _LAVROV_RU, "lower case", absent=("ru_laurel",)),
    Labelled("ЛАВРОВ", _LAVROV_RU, "upper case", absent=("ru_laurel",)),
    Labelled("Захаровой", _ZAKHAROVA_RU, "М.В.Захаровой, Захарова", absent=("ru_zakharov_andrei",)),
    Labelled("захарова", _ZAKHAROVA_RU, "lower case"),
    Labelled("мария захарова", ("ru_zakharova_quote",), "По словам Марии Захаровой"),
    Labelled(
        "Рябкова",
        ("ru_ryabkov_banks", "ru_ryabkov_stability", "ru_brics_30", "ru_discussed"),
        "Рябков, С.А.Рябков",
    ),
    Labelled("Пашиняна", ("ru_armenia_csto",), "заявил Пашинян"),
    Labelled("Блинкена", ("ru_blinken", "ru_blinken_visit"), "Блинкен, Блинкена"),
    Labelled("Эрдогана", ("ru_erdogan",), "Эрдоган"),
    Labelled("Путина Си Цзиньпина", ("ru_putin_xi",), "Путин и Си Цзиньпин"),
    Labelled("Мирзиеев", ("ru_mirziyoyev",), "Мирзиёев, typed with е"),
    Labelled(
        "Амир-Абдоллахиан",
        ("ru_lavrov_iran_call", "ru_raisi_condolences"),
        "Амир-Абдоллахианом, Амир-Абдоллахиана",
    ),
    Labelled(
        "Сергей Лавров",
        ("ru_lavrov_interview_short",),
        "Интервью Сергея Лаврова",
        first="ru_lavrov_interview_short",
    ),
    # --- ё / е -----------------------------------------------------------------------------
    Labelled("ее страна", ("ru_baerbock_her",), "её страна", first="ru_baerbock_her"),
    Labelled(
        "объём",
        ("ru_gas_china", "ru_trade_volume"),
        "объём, Объем; not всеобъемлющего",
        absent=("ru_putin_xi", "ru_will_sign", "ru_signed_treaty"),
    ),
    Labelled(
        "объем товарооборота", ("ru_trade_volume",), "Объем товарооборота", first="ru_trade_volume"
    ),
    Labelled("Петр", ("ru_peter_monument",), "Пётр I, Петру"),
    Labelled("прием граждан", ("ru_reception_yo",), "приём граждан"),
    Labelled("учет факторов", ("ru_ryabkov_stability",), "учёте всех факторов"),
    Labelled("вертолет", ("ru_raisi_condolences",), "вертолёта"),
    # --- abbreviations ---------------------------------------------------------------------
    Labelled("ШОС", _SCO_RU, "in text and #ШОС"),
    Labelled("шос", _SCO_RU, "lower case"),
    Labelled(
        "tag:SCO",
        ("ru_sco_cfm", "ru_sco_secretaries", "en_sco_astana", "en_sco_full_name"),
        "#ШОС, #SCO, the full English name",
    ),
    Labelled("tag:ШОС Астана", ("ru_sco_cfm", "ru_sco_secretaries"), "alias tag and в Астане"),
    Labelled("БРИКС", _BRICS_RU, "in text and #БРИКС"),
    Labelled("брикс", _BRICS_RU, "lower case"),
    Labelled("СНГ", ("ru_cis_minsk", "ru_kz_cis"), "in text, or only #СНГ"),
    Labelled("tag:CIS", ("ru_cis_minsk", "ru_kz_cis", "en_cis_minsk"), "#СНГ and #CIS"),
    Labelled("ОДКБ", ("ru_csto_statement", "ru_armenia_csto"), "ОДКБ"),
    Labelled("ЕАЭС", ("ru_eaeu_yerevan",), "only as #ЕАЭС"),
    Labelled("ООН", _UN_RU, "ООН"),
    Labelled("оон", _UN_RU, "lower case"),
    Labelled("МАГАТЭ", ("ru_iaea_zaes", "ru_grossi_visit"), "МАГАТЭ", first="ru_iaea_zaes"),
    Labelled("магатэ гросси", ("ru_iaea_zaes", "ru_grossi_visit"), "Р.Гросси, Рафаэль Гросси"),
    Labelled("МИДа Китая", ("ru_china_mfa",), "В МИД Китая", first="ru_china_mfa"),
    Labelled("нато", ("ru_nato_exercise",), "НАТО, lower case"),
    Labelled("ЕС", ("ru_eu_package",), "ЕС, #ЕС; not Если/есть", absent=("ru_if_eu",)),
    Labelled("COP29", ("ru_cop29", "en_cop29"), "Latin token in both languages"),
    Labelled("G20", ("ru_g20_rio", "en_g20"), "#G20, G20"),
    # --- places that only share a beginning ------------------------------------------------
    Labelled(
        "мир",
        ("ru_peace_middle_east", "ru_peace_formula", "ru_lavrov_interview_long"),
        "мир, мира; not миграции, Мирзиёев",
        absent=("ru_migration", "ru_mirziyoyev"),
    ),
    Labelled("Иран", _IRAN_RU, "Ирана, Иран; not Ирака", absent=("ru_iraq_call",)),
    Labelled(
        "Ирака",
        ("ru_iraq_call",),
        "Ирака; not Иран",
        absent=("ru_lavrov_iran_call", "ru_iran_treaty", "ru_raisi_condolences"),
    ),
    Labelled("Иран OR Ирак", (*_IRAN_RU, "ru_iraq_call"), "either"),
    Labelled(
        "Австрия",
        ("ru_austria_embassy",),
        "в Австрии; not Австралия",
        absent=("ru_australia_list",),
    ),
    Labelled(
        "Австралии",
        ("ru_australia_list",),
        "Австралия; not Австрия",
        absent=("ru_austria_embassy",),
    ),
    Labelled(
        "Мали",
        ("ru_mali_talks",),
        "not малых, Мальты",
        absent=("ru_small_islands", "ru_malta_osce"),
    ),
    Labelled("Нигер", ("ru_niger_defence",), "not Нигерия", absent=("ru_nigeria",)),
    Labelled(
        "Индия",
        ("ru_india_jaishankar", "ru_zakharova_briefing"),
        "Индии; not Индонезия",
        first="ru_india_jaishankar",
        absent=("ru_indonesia",),
    ),
    Labelled("Куба", ("ru_cuba_talks",), "Кубы; not Кубани", absent=("ru_kuban",)),
    Labelled("Ливия", ("ru_libya",), "Ливии; not Ливана", absent=("ru_israel_army",)),
    Labelled(
        "Армении",
        ("ru_armenia_csto",),
        "Армения; not армия",
        absent=("ru_israel_army", "ru_austria_embassy"),
    ),
    # --- hyphenated words ------------------------------------------------------------------
    Labelled("Нью-Йорк", ("ru_nebenzia_sc", "ru_ny_consulate"), "Нью-Йорк, в Нью-Йорке"),
    Labelled("нью-йорке", ("ru_nebenzia_sc", "ru_ny_consulate"), "lower case"),
    Labelled("Нью Йорк", ("ru_nebenzia_sc", "ru_ny_consulate"), "typed without the hyphen"),
    Labelled("Улан-Батор", ("ru_ulanbator",), "в Улан-Баторе"),
    Labelled(
        "военно-техническое сотрудничество",
        ("ru_india_jaishankar",),
        "военно-технического сотрудничества",
    ),
    Labelled(
        "Азиатско-Тихоокеанский регион", ("ru_lavrov_wangyi",), "в Азиатско-Тихоокеанском регионе"
    ),
    Labelled("Абу-Даби", ("ru_abudhabi",), "в Абу-Даби"),
    Labelled("Рио-де-Жанейро", ("ru_g20_rio",), "в Рио-де-Жанейро"),
    Labelled("Халхин-Гол", ("ru_ulanbator",), "на Халхин-Голе"),
    Labelled(
        "премьер-министр", ("ru_iraq_call", "ru_eaeu_yerevan"), "Премьер-министра, Премьер-министры"
    ),
    # --- numbers and dates -----------------------------------------------------------------
    Labelled("2030", ("ru_vietnam_2030",), "к 2030 году"),
    Labelled("9 мая", ("ru_victory_day",), "9 мая — День Победы", first="ru_victory_day"),
    Labelled(
        "80-летие",
        ("ru_leningrad",),
        "К 80-летию; not 85-летию, 70-летию",
        absent=("ru_ulanbator", "ru_met_egypt"),
    ),
    Labelled("резолюции 2231", ("ru_res_2231",), "Резолюция СБ ООН 2231"),
    Labelled(
        "13-й пакет санкций", ("ru_eu_package",), "13-го пакета санкций", first="ru_eu_package"
    ),
    Labelled("240 млрд", ("ru_trade_volume",), "превысил 240 млрд долларов"),
    # --- phrases, operators, filters -------------------------------------------------------
    Labelled(
        '"гуманитарной паузы"',
        ("ru_gaza_pause",),
        "the phrase as written",
        absent=("ru_humanitarian_aid",),
    ),
    Labelled('"Совета Безопасности"', ("ru_nebenzia_sc",), "заседании Совета Безопасности ООН"),
    Labelled(
        '"нон грата"', ("ru_moldova_expel", "ru_expel_response"), "персоной/персонами нон грата"
    ),
    Labelled(
        '"стратегической стабильности"',
        ("ru_ryabkov_stability", "ru_lavrov_interview_long"),
        "the phrase in both posts",
    ),
    Labelled(
        "переговоры -Украина",
        tuple(k for k in _TALKS_RU if k != "ru_peace_formula"),
        "-word drops по Украине",
        absent=("ru_peace_formula",),
    ),
    Labelled("санкц*", (*_SANCTIONS_RU, "ru_australia_list"), "prefix: санкции, санкционный"),
    Labelled(
        "Лавров since:2024-05-01",
        ("ru_mali_talks", "ru_cuba_talks", "ru_lavrov_interview_short"),
        "dates filter",
        absent=("ru_lavrov_wangyi", "ru_met_egypt"),
    ),
    Labelled(
        "source:ria Лавров",
        (
            "ru_lavrov_west",
            "ru_lavrov_saudi",
            "ru_lavrov_order",
            "ru_lavrov_interview_short",
            "ru_meeting_next_week",
        ),
        "channel filter",
        absent=("ru_lavrov_wangyi", "ru_laurel"),
    ),
    # --- multi-word, Russian ---------------------------------------------------------------
    Labelled(
        "переговоры Лаврова с Ван И",
        ("ru_lavrov_wangyi",),
        "the readout's heading",
        first="ru_lavrov_wangyi",
    ),
    Labelled(
        "министр иностранных дел Кубы",
        ("ru_cuba_talks",),
        "с Министром ... Кубы",
        first="ru_cuba_talks",
    ),
    Labelled(
        "брифинг Захаровой 17 апреля",
        ("ru_zakharova_briefing",),
        "Брифинг ... 17 апреля",
        first="ru_zakharova_briefing",
    ),
    Labelled(
        "санкции против российских банков",
        ("ru_ryabkov_banks",),
        "the headline",
        first="ru_ryabkov_banks",
    ),
    Labelled(
        "президент Ирана",
        ("ru_raisi_condolences",),
        "Президента ... Иран, Ирана",
        first="ru_raisi_condolences",
    ),
    Labelled("Гросси Запорожская АЭС", ("ru_iaea_zaes",), "Р.Гросси ... Запорожской АЭС"),
    # ========================== English ==================================================
    Labelled("sanction", _SANCTIONS_EN, "sanctions, sanctioned"),
    Labelled("sanctioned", _SANCTIONS_EN, "sanctions", first="en_eu_package"),
    Labelled("negotiate", _NEGOTIATE_EN, "negotiations, negotiated, negotiating"),
    Labelled(
        "negotiations", _NEGOTIATE_EN, "negotiated, negotiating", first="en_lavrov_negotiations"
    ),
    Labelled("met", ("en_austria", "en_putin_xi", "en_sc_meets"), "met, meets"),
    Labelled("hold talks", ("en_ceasefire_talks_held",), "holds talks"),
    Labelled("country", ("en_brics_30", "en_grain_africa", "en_evisa"), "countries"),
    Labelled("criticised", ("en_criticized",), "criticized (US spelling)"),
    Labelled("program", ("en_programme",), "programme (UK spelling)"),
    Labelled("agreements", ("en_agreements",), "an agreement"),
    Labelled(
        "signs",
        ("en_dprk_pyongyang", "en_will_sign", "en_agreements", "en_burgenstock"),
        "signed, sign",
    ),
    Labelled("child", ("en_children_gaza",), "children"),
    Labelled("nuclear test", ("en_nuclear_tests",), "nuclear tests"),
    Labelled("expel diplomats", ("en_expelled",), "diplomats ... expelled"),
    Labelled("summon", ("en_summoned",), "summoned"),
    Labelled("Lavrov's", _LAVROV_EN, "Lavrov, Lavrov's"),
    Labelled("lavrov", _LAVROV_EN, "lower case"),
    Labelled(
        "Zakharova",
        ("en_criticized", "en_zakharova_briefing", "en_zakharova_remarks"),
        "Zakharova's",
    ),
    Labelled("Guterres", ("en_guterres",), "Guterres's"),
    Labelled("Wang Yi", ("en_lavrov_wangyi", "en_wang_yis_visit"), "Wang Yi's"),
    Labelled(
        "zakharova briefing",
        ("en_zakharova_briefing",),
        "the briefing's heading",
        first="en_zakharova_briefing",
    ),
    Labelled(
        "Lavrov Wang Yi talks",
        ("en_lavrov_wangyi",),
        "the readout's heading",
        first="en_lavrov_wangyi",
    ),
    Labelled(
        "SCO",
        ("en_lavrov_wangyi", "en_sco_astana", "en_sco_full_name"),
        "SCO, #SCO, Shanghai Cooperation Organisation (the topic's alias)",
    ),
    Labelled("sco", ("en_lavrov_wangyi", "en_sco_astana", "en_sco_full_name"), "lower case"),
    Labelled(
        "BRICS",
        ("en_lavrov_wangyi", "en_brics_ministers", "en_brics_30", "ru_brics_chair"),
        "BRICS, #BRICS",
    ),
    Labelled(
        "UN",
        (
            "en_lavrov_wangyi",
            "en_ceasefire_negotiated",
            "en_sco_full_name",
            "en_res_2728",
            "en_nigeria",
            "en_new_york",
            "en_multilateral",
            "en_cop29",
            "en_peacekeeping",
        ),
        "UN",
    ),
    Labelled("un security council", ("en_res_2728", "en_nigeria"), "UN Security Council"),
    Labelled(
        "US",
        ("en_treasury", "en_nuclear_tests", "en_ryabkov_consultations"),
        "US; not 'Follow us'",
        absent=("en_follow_us",),
    ),
    Labelled("US sanctions", ("en_treasury",), "US Treasury sanctions", first="en_treasury"),
    Labelled("Grossi", ("en_grossi_zaporizhzhia",), "Rafael Grossi"),
    Labelled("Austria", ("en_austria",), "not Australia", absent=("en_australia",)),
    Labelled("Niger", ("en_niger",), "Niger's; not Nigeria", absent=("en_nigeria",)),
    Labelled("Iran", ("en_iran_call",), "not Iraq", absent=("en_iraq",)),
    Labelled("arms", ("en_arms_control",), "arms control; not army", absent=("en_israeli_army",)),
    Labelled("New York", ("en_new_york", "en_nebenzia"), "New York"),
    Labelled("Nizhny Novgorod", ("en_brics_ministers",), "in Nizhny Novgorod"),
    Labelled("e-visa", ("en_evisa",), "a unified e-visa"),
    Labelled("Burgenstock", ("en_burgenstock",), "Bürgenstock, typed without the umlaut"),
    Labelled("resolution 2728", ("en_res_2728",), "resolution 2728", first="en_res_2728"),
    Labelled("14th package", ("en_eu_package",), "EU's 14th package"),
    Labelled("May 9", ("en_victory_day",), "May 9 is Victory Day"),
    Labelled(
        '"humanitarian access"',
        ("en_humanitarian_access",),
        "the phrase",
        absent=("en_aid_access",),
    ),
    Labelled('"Red Sea"', ("en_iran_call",), "in the Red Sea"),
    Labelled("multilat*", ("en_multilateral",), "multilateralism, Multilateral"),
    Labelled(
        "ceasefire until:2024-04-01",
        ("en_res_2728",),
        "dates filter",
        absent=("en_ceasefire_negotiated", "en_ceasefire_talks_held"),
    ),
    Labelled("peacekeeper", ("en_peacekeeping",), "Peacekeepers, peacekeepers"),
)

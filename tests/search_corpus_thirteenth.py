"""The thirteenth labelled search set (session 38), written blind: its writer read how a set is
judged (tests/test_search_quality.py, whose comments name what earlier sets still miss) and
the twelfth set's first and last lines for the format; not the search code, nor the other
sets' posts.
The users are analysts, journalists and researchers with an archive of official channels (a
foreign ministry's statements and readouts, the Kremlin, the central bank, the emergencies
ministry, spokespeople's briefings, agencies' wires in Russian and English), and they type: a
word in another case, number or gender (Аддис-Абеба/в Аддис-Абебе, санкциями, визы for
визовый); a verb in another aspect, tense or person, its participles and short forms
(задерживают/задержали/задержаны, подписывают/Подписан, готов/готова/готовы, выслать for «о
высылке»); surnames in every case and both alphabets, first names and patronymics
(Захаровой, Мария Владимировна, Мирзиёев/Mirziyoyev/Mirziyoev, Уиткофф/Виткофф/Witkoff,
аш-Шараа/al-Sharaa/Sharaa); people by initials, spaced or not, before or after the surname
(М.В.Захарова, М. В. Захаровой, Лавров С.В.); states, capitals and demonyms (Киргизия/
Кыргызстан, молдавский, Iranian, Turkiye, Pridnestrovie); organisations and their
abbreviations and expansions in both languages (ГА ООН, Совбез, СНБО, ДСНВ, ВЕЭС, ЕЭВ, CPC,
NPP, EAEU, UNGA, SPIEF); hashtags; numbers and sums in words and figures, with currencies
and units (244,8 млрд долларов / $244,8 млрд, 411 тыс. баррелей / 411000, 200 б.п. / 200
bps, двадцать пять процентов); dates as users write them (5 марта, 05.03, 5.03.2026, March 5,
5 March, Mar 5, 21.04); quoted phrases and two or three words; typos of one and two slips,
lowercase (Захраова, Лаврв, набиулина, Venezuella, Guteress); ё and е; cross-language queries
(a Latin name typed that only a Russian post holds, both alphabets in one query); filters,
NOT and OR; and words that must find nothing or not a near namesake (мало and Мали, «кроме
того» and Того, Новая and Новак, мерцание and Мерц, ливни and Ливан, Чадо and Чад, кубы and
Кубу, турист and Турция, пески and Песков, лавровый лист and Лавров, fine china, turkeys).

Labels: a query typed in one alphabet expects the posts in that alphabet that a reader would
want (a state's adjective and its other names included, a post naming only its capital in
neither list); a post in the other alphabet is expected only where it holds the very letters
typed (TRIPP, CNPC, COP30, Orano), where only figures were typed, or where the query is one of
the cross-language kind (15), whose reader expects the one post that has the thing. The labels
were completed after a review of every post sharing a query word's first letters, so a
post a reader would want is listed even where its form is far from the one typed.
``expected`` is what the reader needs found (every post listed must be); ``absent`` what
must not be; a post in neither may be found or not. ``first`` (or any expected post) should
rank first under ``--rank``; a query expecting nothing cannot rank anything first, so the
21 such queries count against the first share.
401 posts (270 in Russian, 131 in English), 822 queries (568 typed in Cyrillic),
dated 2024 (the posts' words name 2025's and 2026's events). The queries are grouped by kind.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_lavrov_addis": (
        (2, 10),
        "mid_rf",
        (
            "🇷🇺🇪🇹 С.В.Лавров прибыл в Аддис-Абебу с официальным визитом. Запланированы "
            "переговоры с министром иностранных дел Эфиопии Гедионом Тимотеосом."
        ),
    ),
    "ru_au_commission": (
        (2, 11),
        "mid_rf",
        (
            "Министр провёл встречу с председателем Комиссии Африканского союза Махмудом "
            "Али Юсуфом. Обсуждались вопросы мира и безопасности на континенте."
        ),
    ),
    "ru_ethiopia_brics": (
        (2, 11),
        "tass_ru",
        (
            "Эфиопия рассчитывает на поддержку России в вопросе доступа к морю, заявил "
            "эфиопский министр после переговоров в Аддис-Абебе."
        ),
    ),
    "ru_kenya_nairobi": (
        (2, 13),
        "ria_ru",
        (
            "Глава МИД России Сергей Лавров в Найроби: Москва готова наращивать поставки "
            "удобрений и пшеницы в Кению."
        ),
    ),
    "ru_russia_africa_summit": (
        (4, 2),
        "mid_rf",
        (
            "Третий саммит «Россия – Африка» пройдёт в 2026 году на африканском "
            "континенте. Место проведения определят по итогам консультаций с Африканским "
            "союзом."
        ),
    ),
    "ru_mali_goita": (
        (6, 23),
        "kremlin_ru",
        (
            "Состоялись российско-малийские переговоры. Президент Республики Мали Ассими "
            "Гоита находится в России с официальным визитом."
        ),
    ),
    "ru_sahel_alliance": (
        (6, 24),
        "tass_ru",
        (
            "Министры иностранных дел Альянса государств Сахеля — Мали, Буркина-Фасо и "
            "Нигера — провели консультации в Москве."
        ),
    ),
    "ru_burkina_wheat": (
        (3, 14),
        "ria_ru",
        (
            "Россия безвозмездно передала Буркина-Фасо 25 тысяч тонн пшеницы. Груз прибыл "
            "в порт Ломе и далее отправлен автотранспортом в Уагадугу."
        ),
    ),
    "ru_niger_uranium": (
        (7, 30),
        "kommersant",
        (
            "Власти Нигера национализировали урановый рудник Сомаир, ранее принадлежавший "
            "французской Orano."
        ),
    ),
    "ru_car_instructors": (
        (5, 5),
        "ria_ru",
        (
            "В Центральноафриканской Республике продлили работу российских инструкторов. "
            "Об этом сообщил советник президента ЦАР."
        ),
    ),
    "ru_sar_ramaphosa": (
        (8, 19),
        "kremlin_ru",
        (
            "Владимир Путин провёл телефонный разговор с Президентом Южно-Африканской "
            "Республики Сирилом Рамафосой."
        ),
    ),
    "ru_egypt_dabaa": (
        (11, 19),
        "rosatom",
        (
            "На площадке АЭС «Эль-Дабаа» в Египте установлен корпус реактора второго "
            "энергоблока. #Росатом"
        ),
    ),
    "ru_algeria_talks": (
        (9, 12),
        "mid_rf",
        (
            "Состоялись переговоры С.В.Лаврова с Министром иностранных дел Алжира Ахмедом "
            "Аттафом. Стороны подтвердили приверженность стратегическому партнёрству."
        ),
    ),
    "en_lavrov_addis": (
        (2, 10),
        "mfa_russia",
        (
            "Sergey Lavrov arrives in Addis Ababa on an official visit to Ethiopia. Talks "
            "with Foreign Minister Gedion Timothewos are scheduled."
        ),
    ),
    "en_au_commission": (
        (2, 11),
        "mfa_russia",
        (
            "Sergey Lavrov met with African Union Commission Chairperson Mahmoud Ali "
            "Youssouf to discuss peace and security on the continent."
        ),
    ),
    "en_kenya_fertiliser": (
        (2, 13),
        "reuters",
        (
            "Russia is ready to increase fertiliser and wheat shipments to Kenya, Foreign "
            "Minister Sergei Lavrov said in Nairobi."
        ),
    ),
    "en_sahel_moscow": (
        (6, 24),
        "reuters",
        (
            "Foreign ministers of the Alliance of Sahel States, grouping Mali, Burkina "
            "Faso and Niger, held talks in Moscow."
        ),
    ),
    "en_niger_somair": (
        (7, 30),
        "reuters",
        ("Niger's military government nationalised the Somair uranium mine run by France's Orano."),
    ),
    "en_ramaphosa_call": (
        (8, 19),
        "sa_presidency",
        (
            "President Cyril Ramaphosa held a telephone conversation with President "
            "Vladimir Putin of the Russian Federation."
        ),
    ),
    "ru_zakh_briefing_0503": (
        (3, 5),
        "mid_rf",
        (
            "#Брифинг Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
            "5 марта 2026 года. Основные темы: ситуация на Украине, отношения с "
            "Евросоюзом, консульские вопросы."
        ),
    ),
    "ru_zakh_moldova": (
        (3, 6),
        "mid_rf",
        (
            "М.В.Захарова: Кишинёв продолжает курс на вытеснение русского языка из "
            "общественной жизни. Молдавские власти закрыли ещё два русскоязычных "
            "телеканала."
        ),
    ),
    "ru_zakh_baltic_ru": (
        (4, 17),
        "ria_ru",
        (
            "Захарова назвала решение Латвии о высылке граждан России «актом бессмысленной "
            "жестокости»."
        ),
    ),
    "ru_zakh_bbc": (
        (5, 20),
        "tass_ru",
        (
            "Официальный представитель МИД РФ Мария Захарова прокомментировала сюжет "
            "Би-би-си об Арктике, назвав его набором штампов."
        ),
    ),
    "ru_zakh_tiktok": (
        (6, 3),
        "ria_ru",
        (
            "Мария Владимировна Захарова ответила на вопрос о блокировке аккаунтов "
            "российских СМИ на видеоплатформах."
        ),
    ),
    "ru_zakh_answer_japan": (
        (7, 8),
        "mid_rf",
        (
            "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ в "
            "связи с заявлениями японской стороны о «северных территориях»."
        ),
    ),
    "ru_zakh_interview": (
        (8, 1),
        "rbc",
        (
            "Захаровой задали вопрос о возможной встрече президентов. Дипломат заявила, "
            "что о сроках говорить преждевременно."
        ),
    ),
    "ru_zakh_grain_en": (
        (9, 9),
        "tass_ru",
        ("Захарову возмутили слова главы европейской дипломатии Каи Каллас о «российском зерне»."),
    ),
    "ru_mid_dipworker_day": (
        (2, 10),
        "mid_rf",
        (
            "10 февраля — День дипломатического работника. Поздравляем ветеранов и "
            "сотрудников министерства с профессиональным праздником! #ДеньДипломата"
        ),
    ),
    "ru_mid_lavrov_award": (
        (2, 10),
        "mid_rf",
        (
            "В День дипломатического работника Министр иностранных дел С.В.Лавров вручил "
            "государственные награды сотрудникам МИД."
        ),
    ),
    "ru_mid_galuzin": (
        (3, 22),
        "mid_rf",
        (
            "Заместитель Министра иностранных дел М.Ю.Галузин принял Посла Армении в "
            "Москве Г.Т.Макунца."
        ),
    ),
    "ru_mid_rudenko": (
        (4, 9),
        "mid_rf",
        (
            "Заместитель Министра иностранных дел А.Ю.Руденко провёл консультации с "
            "делегацией МИД КНДР."
        ),
    ),
    "ru_mid_ryabkov": (
        (5, 15),
        "tass_ru",
        (
            "Замминистра иностранных дел Сергей Рябков заявил, что Москва не видит условий "
            "для возобновления диалога по стратегической стабильности."
        ),
    ),
    "ru_mid_grushko": (
        (6, 18),
        "ria_ru",
        (
            "Замглавы МИД Александр Грушко: НАТО продолжает наращивать военную "
            "инфраструктуру у границ России."
        ),
    ),
    "ru_mid_ambassador_recall": (
        (10, 2),
        "kommersant",
        (
            "Посол России в Эстонии отозван в Москву для консультаций после высылки "
            "сотрудника посольства."
        ),
    ),
    "en_zakh_briefing": (
        (3, 5),
        "mfa_russia",
        (
            "#Briefing Foreign Ministry Spokeswoman Maria Zakharova's briefing, Moscow, "
            "March 5, 2026. Key topics: the situation in Ukraine, relations with the EU, "
            "consular matters."
        ),
    ),
    "en_zakh_moldova": (
        (3, 6),
        "mfa_russia",
        (
            "Maria Zakharova: Chisinau continues its policy of ousting the Russian "
            "language from public life; two more Russian-language TV channels were shut "
            "down."
        ),
    ),
    "en_zakh_latvia": (
        (4, 17),
        "tass_en",
        (
            "Zakharova slammed Latvia's decision to deport Russian citizens as an act of "
            "senseless cruelty."
        ),
    ),
    "en_ryabkov_stability": (
        (5, 15),
        "reuters",
        (
            "Russian Deputy Foreign Minister Sergei Ryabkov said Moscow sees no conditions "
            "for resuming a strategic stability dialogue with Washington."
        ),
    ),
    "en_grushko_nato": (
        (6, 18),
        "tass_en",
        (
            "NATO keeps building up military infrastructure near Russia's borders, Deputy "
            "Foreign Minister Alexander Grushko said."
        ),
    ),
    "ru_tokayev_astana": (
        (11, 12),
        "kremlin_ru",
        (
            "Владимир Путин и Касым-Жомарт Токаев подписали в Астане Декларацию о переходе "
            "к всеобъемлющему стратегическому партнёрству."
        ),
    ),
    "ru_kz_npp": (
        (6, 14),
        "rosatom",
        (
            "Казахстан выбрал «Росатом» лидером консорциума по строительству первой "
            "атомной электростанции в республике."
        ),
    ),
    "ru_kz_oil_cpc": (
        (2, 18),
        "interfax",
        (
            "Прокачка нефти по трубопроводу Каспийского трубопроводного консорциума (КТК) "
            "снижена после атаки беспилотников на НПС «Кропоткинская»."
        ),
    ),
    "ru_kz_tokayev_quote": (
        (9, 3),
        "kazinform_ru",
        (
            "Токаев: «Казахстан не будет участвовать в обходе антироссийских санкций, но и "
            "не станет жертвовать своими интересами»."
        ),
    ),
    "ru_uz_mirziyoyev": (
        (5, 27),
        "kremlin_ru",
        ("Переговоры с Президентом Республики Узбекистан Шавкатом Мирзиёевым прошли в Кремле."),
    ),
    "ru_uz_gas": (
        (5, 28),
        "interfax",
        "«Газпром» увеличит поставки газа в Узбекистан до 11 млрд кубометров в год.",
    ),
    "ru_uz_migrants": (
        (7, 11),
        "ria_ru",
        (
            "В Ташкенте обсудили вопросы трудовой миграции: в России работают более "
            "миллиона узбекистанцев."
        ),
    ),
    "ru_tj_rahmon": (
        (10, 8),
        "kremlin_ru",
        (
            "Президент Таджикистана Эмомали Рахмон прибыл в Душанбе после переговоров в "
            "Москве; стороны подписали соглашение о военном сотрудничестве."
        ),
    ),
    "ru_tj_border": (
        (3, 13),
        "tass_ru",
        (
            "Президенты Киргизии, Таджикистана и Узбекистана подписали в Худжанде договор "
            "о точке стыка государственных границ."
        ),
    ),
    "ru_kg_japarov": (
        (1, 29),
        "akipress_ru",
        "Президент Кыргызстана Садыр Жапаров провёл встречу с послом России в Бишкеке.",
    ),
    "ru_kg_som": (
        (8, 6),
        "akipress_ru",
        "Национальный банк Кыргызской Республики сохранил учётную ставку на уровне 9%.",
    ),
    "ru_tm_berdimuhamedov": (
        (4, 25),
        "tass_ru",
        ("Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов посетил Казань."),
    ),
    "ru_caspian_summit": (
        (8, 12),
        "mid_rf",
        (
            "В Ашхабаде состоялась встреча министров иностранных дел прикаспийских "
            "государств. Подготовлен проект повестки VII Каспийского саммита."
        ),
    ),
    "ru_caspian_level": (
        (9, 26),
        "ria_ru",
        "Уровень Каспийского моря за год упал ещё на 30 сантиметров, сообщили учёные.",
    ),
    "ru_cis_summit": (
        (10, 10),
        "kremlin_ru",
        (
            "Заседание Совета глав государств СНГ прошло в Душанбе. Лидеры утвердили план "
            "мероприятий к 35-летию Содружества. #СНГ"
        ),
    ),
    "en_tokayev_astana": (
        (11, 12),
        "astana_times",
        (
            "Kassym-Jomart Tokayev and Vladimir Putin signed a declaration on "
            "comprehensive strategic partnership in Astana."
        ),
    ),
    "en_kz_npp": (
        (6, 14),
        "reuters",
        (
            "Kazakhstan picked Russia's Rosatom to lead a consortium building the "
            "country's first nuclear power plant."
        ),
    ),
    "en_cpc_drone": (
        (2, 18),
        "reuters",
        (
            "Oil flows through the Caspian Pipeline Consortium fell after a drone attack "
            "on the Kropotkinskaya pumping station."
        ),
    ),
    "en_uz_mirziyoyev": (
        (5, 27),
        "kun_uz",
        "President Shavkat Mirziyoyev held talks with Vladimir Putin in the Kremlin.",
    ),
    "en_tj_border": (
        (3, 13),
        "akipress_en",
        (
            "Kyrgyzstan, Tajikistan and Uzbekistan signed a treaty in Khujand on the "
            "junction point of their borders."
        ),
    ),
    "en_caspian_level": (
        (9, 26),
        "reuters",
        ("The Caspian Sea level dropped by a further 30 centimetres in a year, scientists said."),
    ),
    "en_cis_dushanbe": (
        (10, 10),
        "tass_en",
        (
            "CIS heads of state met in Dushanbe and approved a plan of events for the "
            "Commonwealth's 35th anniversary."
        ),
    ),
    "ru_abkhazia_gunba": (
        (3, 1),
        "mid_rf",
        (
            "С.В.Лавров провёл переговоры с Министром иностранных дел Республики Абхазия "
            "О.Н.Шамбой. Обсуждались вопросы обеспечения безопасности Абхазии."
        ),
    ),
    "ru_s_ossetia": (
        (8, 26),
        "mid_rf",
        (
            "Поздравляем народы Абхазии и Южной Осетии с годовщиной признания их "
            "независимости Российской Федерацией!"
        ),
    ),
    "ru_tskhinval": (
        (5, 19),
        "tass_ru",
        (
            "В Цхинвале прошли консультации по подготовке очередного раунда Женевских "
            "международных дискуссий."
        ),
    ),
    "ru_georgia_kobakhidze": (
        (10, 6),
        "interfax",
        (
            "Премьер-министр Грузии Ираклий Кобахидзе заявил, что Тбилиси не будет вводить "
            "визовый режим для россиян."
        ),
    ),
    "ru_georgia_protests": (
        (10, 5),
        "ria_ru",
        (
            "В Тбилиси полиция разогнала участников акции протеста у здания парламента; "
            "задержаны более десяти человек."
        ),
    ),
    "ru_armenia_trip_route": (
        (8, 9),
        "kommersant",
        (
            "Ереван и Баку согласовали текст мирного договора. Маршрут через Сюникскую "
            "область получил название «Маршрут Трампа» (TRIPP)."
        ),
    ),
    "ru_azerbaijan_aliyev": (
        (7, 1),
        "ria_ru",
        (
            "Ильхам Алиев провёл телефонный разговор с Владимиром Путиным после задержания "
            "российских граждан в Баку."
        ),
    ),
    "ru_azerbaijan_sputnik": (
        (6, 30),
        "mid_rf",
        (
            "Комментарий официального представителя МИД России в связи с задержанием в "
            "Баку сотрудников агентства «Sputnik Азербайджан»."
        ),
    ),
    "ru_armenia_eu_law": (
        (3, 26),
        "tass_ru",
        (
            "Парламент Армении принял закон о начале процесса вступления в Евросоюз. В "
            "Кремле назвали это суверенным правом Еревана."
        ),
    ),
    "en_gunba_shamba": (
        (3, 1),
        "mfa_russia",
        ("Sergey Lavrov held talks with Foreign Minister of the Republic of Abkhazia Oleg Shamba."),
    ),
    "en_kobakhidze_visa": (
        (10, 6),
        "civil_ge",
        (
            "Georgian Prime Minister Irakli Kobakhidze said Tbilisi would not introduce "
            "visas for Russian citizens."
        ),
    ),
    "en_tripp_route": (
        (8, 9),
        "reuters",
        (
            "Armenia and Azerbaijan initialled a peace treaty at the White House; a "
            "transit corridor across Syunik will be named the Trump Route for "
            "International Peace and Prosperity (TRIPP)."
        ),
    ),
    "en_armenia_eu_bill": (
        (3, 26),
        "armenpress",
        "Armenia's parliament adopted a law launching the process of EU accession.",
    ),
    "ru_orban_visit": (
        (7, 5),
        "tass_ru",
        (
            "Виктор Орбан прибыл в Москву. Венгерский премьер назвал свою поездку "
            "«миротворческой миссией»."
        ),
    ),
    "ru_szijjarto_paks": (
        (1, 23),
        "ria_ru",
        (
            "Министр иностранных дел Венгрии Петер Сийярто: строительство АЭС «Пакш-2» "
            "идёт по графику, американские санкции сняты."
        ),
    ),
    "ru_fico_may9": (
        (5, 9),
        "tass_ru",
        (
            "Премьер-министр Словакии Роберт Фицо прибыл в Москву на торжества по случаю "
            "80-летия Победы."
        ),
    ),
    "ru_vucic_parade": (
        (5, 9),
        "ria_ru",
        "Президент Сербии Александр Вучич посетил парад Победы на Красной площади.",
    ),
    "ru_serbia_nis": (
        (10, 9),
        "interfax",
        (
            "Американские санкции против сербской нефтяной компании NIS вступили в силу; "
            "«Газпром нефть» ищет покупателя на свою долю."
        ),
    ),
    "ru_merz_germany": (
        (5, 6),
        "rbc",
        "Фридрих Мерц избран федеральным канцлером Германии лишь со второй попытки.",
    ),
    "ru_macron_call": (
        (7, 1),
        "kremlin_ru",
        (
            "Состоялся телефонный разговор Владимира Путина с Президентом Французской "
            "Республики Эммануэлем Макроном."
        ),
    ),
    "ru_finland_stubb": (
        (4, 3),
        "ria_ru",
        ("Президент Финляндии Александр Стубб заявил, что граница с Россией останется закрытой."),
    ),
    "ru_finland_border_closed": (
        (11, 27),
        "mid_rf",
        (
            "Финская сторона в одностороннем порядке закрыла все пункты пропуска на "
            "российско-финляндской границе. Ответственность за последствия лежит на "
            "Хельсинки."
        ),
    ),
    "ru_norway_svalbard": (
        (6, 10),
        "mid_rf",
        (
            "Комментарий Департамента информации и печати МИД России в связи с "
            "ограничениями норвежских властей для российских компаний на архипелаге "
            "Шпицберген."
        ),
    ),
    "ru_poland_consulate": (
        (10, 24),
        "mid_rf",
        (
            "В ответ на закрытие российского генконсульства в Познани принято решение "
            "закрыть генеральное консульство Польши в Калининграде."
        ),
    ),
    "ru_lithuania_transit": (
        (2, 5),
        "ria_ru",
        ("Литва запретила транзит ряда грузов в Калининградскую область по железной дороге."),
    ),
    "ru_estonia_church": (
        (4, 8),
        "tass_ru",
        (
            "В Эстонии приняли закон, обязывающий православную церковь разорвать связи с "
            "Московским патриархатом."
        ),
    ),
    "ru_sandu_election": (
        (9, 29),
        "ria_ru",
        (
            "Партия Майи Санду «Действие и солидарность» получила большинство на "
            "парламентских выборах в Молдавии."
        ),
    ),
    "ru_transnistria_gas": (
        (1, 1),
        "interfax",
        (
            "Транзит российского газа через Украину прекратился 1 января. Приднестровье "
            "осталось без газа."
        ),
    ),
    "en_orban_moscow": (
        (7, 5),
        "reuters",
        (
            "Hungarian Prime Minister Viktor Orban arrived in Moscow on what he called a "
            "peace mission."
        ),
    ),
    "en_szijjarto_paks": (
        (1, 23),
        "mfa_hungary",
        ("Péter Szijjártó: construction of Paks II is on schedule after US sanctions were lifted."),
    ),
    "en_fico_victory_day": (
        (5, 9),
        "ap",
        (
            "Slovak Prime Minister Robert Fico flew to Moscow for Victory Day celebrations "
            "marking the 80th anniversary of the end of World War II."
        ),
    ),
    "en_vucic_parade": (
        (5, 9),
        "ap",
        ("Serbian President Aleksandar Vucic attended the Victory Day parade on Red Square."),
    ),
    "en_nis_sanctions": (
        (10, 9),
        "reuters",
        ("U.S. sanctions on Serbian oil company NIS, majority-owned by Gazprom Neft, took effect."),
    ),
    "en_merz_chancellor": (
        (5, 6),
        "dw",
        "Friedrich Merz was elected German chancellor in a second round of voting.",
    ),
    "en_stubb_border": (
        (4, 3),
        "yle",
        ("Finnish President Alexander Stubb said the border with Russia would remain closed."),
    ),
    "en_poland_consulate": (
        (10, 24),
        "mfa_russia",
        (
            "In response to the closure of the Russian Consulate General in Poznan, Russia "
            "decided to close the Consulate General of Poland in Kaliningrad."
        ),
    ),
    "en_transnistria_gas": (
        (1, 1),
        "reuters",
        (
            "Russian gas transit via Ukraine stopped on January 1, leaving Moldova's "
            "breakaway region of Transnistria without gas."
        ),
    ),
    "en_sandu_party": (
        (9, 29),
        "reuters",
        (
            "Maia Sandu's Party of Action and Solidarity (PAS) won a majority in Moldova's "
            "parliamentary election."
        ),
    ),
    "ru_iran_araghchi": (
        (1, 17),
        "mid_rf",
        (
            "🇷🇺🇮🇷 Переговоры С.В.Лаврова с Министром иностранных дел Исламской Республики "
            "Иран С.Аракчи. Подписан Договор о всеобъемлющем стратегическом партнёрстве."
        ),
    ),
    "ru_iran_pezeshkian": (
        (1, 17),
        "kremlin_ru",
        "Президент Ирана Масуд Пезешкиан прибыл в Москву с официальным визитом.",
    ),
    "ru_iran_snapback": (
        (9, 28),
        "mid_rf",
        (
            "Заявление МИД России в связи с попыткой «евротройки» запустить механизм "
            "восстановления санкций СБ ООН против Ирана. Считаем эти действия юридически "
            "ничтожными."
        ),
    ),
    "ru_iran_iaea_coop": (
        (7, 2),
        "tass_ru",
        ("Иран приостановил сотрудничество с МАГАТЭ, сообщили иранские государственные СМИ."),
    ),
    "ru_syria_shaibani": (
        (7, 31),
        "mid_rf",
        (
            "С.В.Лавров провёл переговоры с Министром иностранных дел Сирийской Арабской "
            "Республики Асаадом аш-Шейбани."
        ),
    ),
    "ru_syria_sharaa": (
        (10, 15),
        "kremlin_ru",
        (
            "Владимир Путин провёл переговоры с Президентом Сирии на переходный период "
            "Ахмедом аш-Шараа."
        ),
    ),
    "ru_syria_hmeimim": (
        (2, 12),
        "kommersant",
        (
            "Судьба российских баз в Хмеймиме и Тартусе остаётся предметом переговоров с "
            "новыми сирийскими властями."
        ),
    ),
    "ru_lebanon_evac": (
        (10, 4),
        "mchs",
        ("Самолёт МЧС России доставил из Бейрута в Москву более 100 граждан России и стран СНГ."),
    ),
    "ru_lebanon_embassy": (
        (10, 3),
        "mid_rf",
        (
            "Посольство России в Ливане продолжает работу в штатном режиме. Желающие "
            "выехать граждане могут обратиться по телефону горячей линии."
        ),
    ),
    "ru_iraq_sudani": (
        (4, 16),
        "ria_ru",
        (
            "Премьер-министр Ирака Мухаммед Шиа ас-Судани провёл телефонный разговор с "
            "российским президентом."
        ),
    ),
    "ru_saudi_riyadh": (
        (2, 18),
        "mid_rf",
        (
            "В Эр-Рияде прошли российско-американские переговоры на высшем уровне по линии "
            "министров иностранных дел."
        ),
    ),
    "ru_uae_prisoner_swap": (
        (8, 24),
        "tass_ru",
        (
            "При посредничестве Объединённых Арабских Эмиратов Россия и Украина провели "
            "обмен пленными: 146 на 146."
        ),
    ),
    "ru_qatar_children": (
        (6, 5),
        "ria_ru",
        "При содействии Катара ещё девять детей воссоединились с семьями.",
    ),
    "ru_egypt_abdelatty": (
        (11, 5),
        "mid_rf",
        (
            "С.В.Лавров провёл переговоры с Министром иностранных дел, по делам эмиграции "
            "и египтян за рубежом Арабской Республики Египет Б.Абд аль-Аты."
        ),
    ),
    "ru_gaza_statement": (
        (10, 10),
        "mid_rf",
        (
            "Приветствуем договорённость о прекращении огня в секторе Газа и освобождении "
            "заложников. Рассчитываем на её полное выполнение."
        ),
    ),
    "ru_gaza_unrwa": (
        (11, 20),
        "tass_ru",
        (
            "Генеральный комиссар БАПОР Филипп Лаццарини предупредил о нехватке средств на "
            "гуманитарные операции в Газе."
        ),
    ),
    "ru_israel_netanyahu": (
        (12, 1),
        "ria_ru",
        "Биньямин Нетаньяху обратился к президенту Израиля с просьбой о помиловании.",
    ),
    "ru_houthis_red_sea": (
        (7, 9),
        "interfax",
        "Хуситы заявили об атаке на сухогруз в Красном море; экипаж эвакуирован.",
    ),
    "ru_yemen_talks": (
        (3, 18),
        "mid_rf",
        ("Заместитель Министра М.Л.Богданов принял делегацию йеменского движения «Ансар Аллах»."),
    ),
    "ru_turkey_fidan": (
        (4, 7),
        "mid_rf",
        (
            "Состоялся телефонный разговор С.В.Лаврова с Министром иностранных дел "
            "Турецкой Республики Х.Фиданом."
        ),
    ),
    "ru_turkey_akkuyu": (
        (8, 14),
        "rosatom",
        "На АЭС «Аккую» в Турции завершён физический пуск первого энергоблока.",
    ),
    "en_iran_araghchi": (
        (1, 17),
        "mfa_russia",
        (
            "Sergey Lavrov held talks with Foreign Minister of the Islamic Republic of "
            "Iran Abbas Araghchi. The Treaty on Comprehensive Strategic Partnership was "
            "signed."
        ),
    ),
    "en_iran_snapback": (
        (9, 28),
        "reuters",
        (
            "UN sanctions on Iran were reimposed after France, Britain and Germany "
            "triggered the snapback mechanism; Russia called the move legally null and "
            "void."
        ),
    ),
    "en_iran_iaea_suspend": (
        (7, 2),
        "ap",
        (
            "Iran suspended cooperation with the International Atomic Energy Agency, state "
            "media reported."
        ),
    ),
    "en_syria_shaibani": (
        (7, 31),
        "mfa_russia",
        (
            "Sergey Lavrov held talks with Foreign Minister of the Syrian Arab Republic "
            "Asaad al-Shaibani."
        ),
    ),
    "en_syria_sharaa": (
        (10, 15),
        "reuters",
        (
            "Syria's interim President Ahmed al-Sharaa met Vladimir Putin in the Kremlin "
            "on his first visit to Moscow."
        ),
    ),
    "en_lebanon_evac": (
        (10, 4),
        "tass_en",
        (
            "A Russian Emergencies Ministry plane flew more than 100 Russian and CIS "
            "citizens from Beirut to Moscow."
        ),
    ),
    "en_riyadh_talks": (
        (2, 18),
        "ap",
        (
            "Russian and U.S. officials held talks in Riyadh, the first high-level meeting "
            "between the two countries in years."
        ),
    ),
    "en_uae_swap": (
        (8, 24),
        "reuters",
        (
            "Russia and Ukraine swapped 146 prisoners of war each in a deal brokered by "
            "the United Arab Emirates."
        ),
    ),
    "en_gaza_ceasefire": (
        (10, 10),
        "ap",
        "Israel and Hamas agreed to a ceasefire in Gaza and the release of hostages.",
    ),
    "en_unrwa_funds": (
        (11, 20),
        "un_news",
        (
            "UNRWA Commissioner-General Philippe Lazzarini warned that the agency is "
            "running out of funds for humanitarian operations in Gaza."
        ),
    ),
    "en_netanyahu_pardon": (
        (12, 1),
        "reuters",
        "Benjamin Netanyahu asked Israel's president for a pardon.",
    ),
    "en_houthis_ship": (
        (7, 9),
        "reuters",
        (
            "Yemen's Houthis said they attacked a bulk carrier in the Red Sea; the crew "
            "was evacuated."
        ),
    ),
    "en_akkuyu": (
        (8, 14),
        "aa_en",
        (
            "Physical start-up of the first unit of Türkiye's Akkuyu nuclear power plant "
            "was completed."
        ),
    ),
    "ru_wang_yi_talks": (
        (4, 1),
        "mid_rf",
        (
            "🇷🇺🇨🇳 С.В.Лавров провёл переговоры с членом Политбюро ЦК КПК, Министром "
            "иностранных дел КНР Ван И."
        ),
    ),
    "ru_china_visa_free": (
        (9, 15),
        "ria_ru",
        (
            "Китай ввёл безвизовый режим для граждан России сроком на один год в порядке "
            "эксперимента."
        ),
    ),
    "ru_china_trade": (
        (1, 13),
        "interfax",
        (
            "Товарооборот России и Китая по итогам года составил 244,8 млрд долларов, "
            "сообщило Главное таможенное управление КНР."
        ),
    ),
    "ru_china_yuan": (
        (3, 20),
        "rbc",
        "Доля юаня в расчётах российских компаний за импорт превысила 50%.",
    ),
    "ru_china_power_siberia": (
        (9, 2),
        "interfax",
        (
            "«Газпром» и CNPC подписали юридически обязывающий меморандум о строительстве "
            "газопровода «Сила Сибири – 2»."
        ),
    ),
    "ru_taiwan_statement": (
        (11, 14),
        "mid_rf",
        (
            "Россия исходит из того, что Тайвань является неотъемлемой частью Китая. "
            "Комментарий официального представителя МИД России в связи с высказываниями "
            "премьер-министра Японии."
        ),
    ),
    "ru_japan_takaichi": (
        (10, 21),
        "tass_ru",
        "Санаэ Такаити стала первой женщиной на посту премьер-министра Японии.",
    ),
    "ru_japan_fishing": (
        (4, 28),
        "ria_ru",
        (
            "Россия и Япония договорились о квотах на вылов лосося в рамках "
            "межправительственного соглашения."
        ),
    ),
    "ru_dprk_choe": (
        (11, 1),
        "mid_rf",
        (
            "Состоялись переговоры С.В.Лаврова с Министром иностранных дел Корейской "
            "Народно-Демократической Республики Цой Сон Хи."
        ),
    ),
    "ru_dprk_kim": (
        (9, 3),
        "kremlin_ru",
        (
            "В Пекине состоялась встреча Владимира Путина с Председателем государственных "
            "дел КНДР Ким Чен Ыном."
        ),
    ),
    "ru_rok_lee": (
        (6, 4),
        "tass_ru",
        "Ли Чжэ Мён вступил в должность президента Республики Корея.",
    ),
    "ru_india_jaishankar": (
        (8, 21),
        "mid_rf",
        (
            "С.В.Лавров и Министр иностранных дел Индии С.Джайшанкар обсудили подготовку к "
            "ежегодному российско-индийскому саммиту."
        ),
    ),
    "ru_india_oil": (
        (8, 7),
        "rbc",
        (
            "США ввели дополнительную пошлину в 25% на индийские товары из-за закупок "
            "российской нефти."
        ),
    ),
    "ru_india_modi_visit": (
        (12, 5),
        "kremlin_ru",
        (
            "Владимир Путин прибыл в Нью-Дели с государственным визитом. Переговоры с "
            "премьер-министром Нарендрой Моди запланированы на пятницу."
        ),
    ),
    "ru_vietnam_hanoi": (
        (1, 14),
        "mid_rf",
        (
            "В Ханое отметили 75-летие установления дипломатических отношений между "
            "Россией и Вьетнамом."
        ),
    ),
    "ru_indonesia_prabowo": (
        (6, 19),
        "kremlin_ru",
        ("Президент Индонезии Прабово Субианто посетит Санкт-Петербург и примет участие в ПМЭФ."),
    ),
    "ru_malaysia_anwar": (
        (5, 14),
        "ria_ru",
        ("Премьер-министр Малайзии Анвар Ибрагим заявил о намерении страны стать партнёром БРИКС."),
    ),
    "ru_mongolia_ub": (
        (9, 4),
        "tass_ru",
        ("В Улан-Баторе прошли консультации по проекту газопровода через территорию Монголии."),
    ),
    "ru_myanmar_quake": (
        (3, 29),
        "mchs",
        (
            "Спасатели МЧС России вылетели в Мьянму для ликвидации последствий "
            "землетрясения магнитудой 7,7."
        ),
    ),
    "ru_laos_asean": (
        (7, 10),
        "mid_rf",
        "С.В.Лавров прибыл во Вьентьян для участия в министерских встречах АСЕАН.",
    ),
    "en_wang_yi": (
        (4, 1),
        "xinhua",
        (
            "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister "
            "Sergei Lavrov in Beijing."
        ),
    ),
    "en_china_visa_free": (
        (9, 15),
        "scmp",
        (
            "China will allow Russian passport holders to enter visa-free for a one-year "
            "trial period."
        ),
    ),
    "en_china_trade": (
        (1, 13),
        "reuters",
        ("China-Russia trade hit a record $244.8 billion last year, Chinese customs data showed."),
    ),
    "en_power_siberia": (
        (9, 2),
        "reuters",
        (
            "Gazprom and China's CNPC signed a legally binding memorandum on building the "
            "Power of Siberia 2 gas pipeline."
        ),
    ),
    "en_takaichi": (
        (10, 21),
        "kyodo",
        "Sanae Takaichi became Japan's first female prime minister.",
    ),
    "en_dprk_choe": (
        (11, 1),
        "kcna",
        (
            "Foreign Minister Choe Son Hui of the DPRK held talks with Russian Foreign "
            "Minister Sergei Lavrov."
        ),
    ),
    "en_kim_beijing": (
        (9, 3),
        "ap",
        "North Korean leader Kim Jong Un met Vladimir Putin in Beijing.",
    ),
    "en_lee_jae_myung": (
        (6, 4),
        "yonhap",
        "Lee Jae-myung was sworn in as President of the Republic of Korea.",
    ),
    "en_jaishankar": (
        (8, 21),
        "mea_india",
        (
            "EAM Dr. S. Jaishankar held talks with Foreign Minister Sergey Lavrov on "
            "preparations for the annual India-Russia summit."
        ),
    ),
    "en_india_tariff": (
        (8, 7),
        "reuters",
        (
            "The United States imposed an additional 25% tariff on Indian goods over "
            "purchases of Russian oil."
        ),
    ),
    "en_modi_putin_delhi": (
        (12, 5),
        "mea_india",
        (
            "Prime Minister Narendra Modi received President Vladimir Putin in New Delhi "
            "for the annual summit."
        ),
    ),
    "en_myanmar_quake": (
        (3, 29),
        "reuters",
        "A magnitude 7.7 earthquake struck central Myanmar; Russia sent rescuers.",
    ),
    "en_vientiane_asean": (
        (7, 10),
        "mfa_russia",
        "Sergey Lavrov arrived in Vientiane to attend the ASEAN ministerial meetings.",
    ),
    "ru_lavrov_rubio_call": (
        (3, 24),
        "mid_rf",
        (
            "Состоялся телефонный разговор С.В.Лаврова с Государственным секретарём США "
            "М.Рубио. Обсуждены шаги по нормализации работы посольств."
        ),
    ),
    "ru_witkoff_kremlin": (
        (4, 11),
        "kremlin_ru",
        ("Владимир Путин принял в Кремле специального посланника Президента США Стивена Уиткоффа."),
    ),
    "ru_witkoff_dmitriev": (
        (10, 25),
        "ria_ru",
        (
            "Кирилл Дмитриев прибыл в США по приглашению американской стороны для встречи "
            "с Уиткоффом."
        ),
    ),
    "ru_alaska_summit": (
        (8, 15),
        "kremlin_ru",
        ("Российско-американские переговоры на высшем уровне прошли в Анкоридже, штат Аляска."),
    ),
    "ru_trump_call": (
        (3, 18),
        "kremlin_ru",
        (
            "Состоялся телефонный разговор Владимира Путина с Президентом Соединённых "
            "Штатов Америки Дональдом Трампом."
        ),
    ),
    "ru_new_start": (
        (9, 22),
        "kremlin_ru",
        (
            "Россия готова в течение одного года после 5 февраля 2026 года придерживаться "
            "центральных количественных ограничений по Договору о СНВ."
        ),
    ),
    "ru_inf_moratorium": (
        (8, 4),
        "mid_rf",
        (
            "Заявление МИД России: условия для сохранения одностороннего моратория на "
            "развёртывание ракет средней и меньшей дальности исчезли."
        ),
    ),
    "ru_burevestnik": (
        (10, 26),
        "tass_ru",
        (
            "Начальник Генштаба Валерий Герасимов доложил об испытании крылатой ракеты "
            "«Буревестник» с ядерной энергетической установкой."
        ),
    ),
    "ru_nuclear_tests": (
        (11, 5),
        "kremlin_ru",
        (
            "Президент поручил подготовить предложения о возможной подготовке к испытаниям "
            "ядерного оружия."
        ),
    ),
    "ru_nebenzia_unsc": (
        (2, 24),
        "postpred_un",
        (
            "Выступление Постоянного представителя В.А.Небензи на заседании Совета "
            "Безопасности ООН по Украине."
        ),
    ),
    "ru_unsc_resolution": (
        (2, 24),
        "tass_ru",
        (
            "Совбез ООН принял предложенную США резолюцию об урегулировании на Украине без "
            "упоминания «агрессии России»."
        ),
    ),
    "ru_unga_vote": (
        (2, 24),
        "ria_ru",
        (
            "Генассамблея ООН одобрила резолюцию по Украине: 93 голоса «за», 18 «против», "
            "65 воздержались."
        ),
    ),
    "ru_guterres_kazan": (
        (10, 24),
        "tass_ru",
        (
            "Генеральный секретарь ООН Антониу Гутерриш провёл в Казани встречу с "
            "Владимиром Путиным."
        ),
    ),
    "ru_un80": (
        (10, 24),
        "mid_rf",
        (
            "24 октября — День Организации Объединённых Наций. В этом году Всемирная "
            "организация отмечает 80-летие. #ООН80"
        ),
    ),
    "ru_polyansky_osce": (
        (7, 3),
        "postpred_osce",
        "Д.А.Полянский назначен Постоянным представителем России при ОБСЕ в Вене.",
    ),
    "ru_osce_chair": (
        (12, 4),
        "mid_rf",
        (
            "С.В.Лавров принял участие в заседании Совета министров иностранных дел ОБСЕ. "
            "Председательство в организации перешло к Швейцарии."
        ),
    ),
    "ru_pace_walkout": (
        (1, 25),
        "ria_ru",
        (
            "Бывший постпред России при Совете Европы напомнил, что ПАСЕ лишила российскую "
            "делегацию права голоса ещё до выхода страны из организации."
        ),
    ),
    "ru_who_exit": (
        (1, 21),
        "tass_ru",
        "США начали процедуру выхода из Всемирной организации здравоохранения.",
    ),
    "ru_unesco_exit": (
        (7, 22),
        "ria_ru",
        "Вашингтон вновь выходит из ЮНЕСКО, заявили в Госдепартаменте.",
    ),
    "ru_tariffs_trump": (
        (4, 3),
        "rbc",
        (
            "Трамп объявил о введении «взаимных» пошлин против почти всех торговых "
            "партнёров США. Для России новые тарифы не предусмотрены."
        ),
    ),
    "en_rubio_call": (
        (3, 24),
        "state_dept",
        (
            "Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergey "
            "Lavrov about normalising the work of the embassies."
        ),
    ),
    "en_witkoff_kremlin": (
        (4, 11),
        "reuters",
        ("President Vladimir Putin received U.S. special envoy Steve Witkoff in the Kremlin."),
    ),
    "en_alaska_summit": (
        (8, 15),
        "ap",
        (
            "Trump and Putin met at a military base in Anchorage, Alaska, their first "
            "summit in six years."
        ),
    ),
    "en_new_start": (
        (9, 22),
        "reuters",
        (
            "Putin said Russia was ready to abide by New START's central limits for one "
            "year after the treaty expires on February 5, 2026."
        ),
    ),
    "en_burevestnik": (
        (10, 26),
        "reuters",
        (
            "Russia said it had tested the nuclear-powered Burevestnik cruise missile; "
            "General Valery Gerasimov reported to Putin."
        ),
    ),
    "en_unga_vote": (
        (2, 24),
        "un_news",
        (
            "The General Assembly adopted a resolution on Ukraine by a vote of 93 in "
            "favour to 18 against, with 65 abstentions."
        ),
    ),
    "en_unsc_resolution": (
        (2, 24),
        "un_news",
        (
            "The Security Council adopted a US-drafted resolution calling for a swift end "
            "to the conflict without naming Russia as the aggressor."
        ),
    ),
    "en_guterres_kazan": (
        (10, 24),
        "reuters",
        (
            "UN Secretary-General Antonio Guterres met Vladimir Putin in Kazan on the "
            "sidelines of the BRICS summit."
        ),
    ),
    "en_un80": (
        (10, 24),
        "un_news",
        ("On United Nations Day, 24 October, the Organization marks its 80th anniversary. #UN80"),
    ),
    "en_who_exit": (
        (1, 21),
        "ap",
        "The United States began withdrawing from the World Health Organization.",
    ),
    "en_unesco_exit": (
        (7, 22),
        "reuters",
        "The United States will withdraw from UNESCO again, the State Department said.",
    ),
    "en_tariffs_liberation": (
        (4, 3),
        "ap",
        (
            'Trump announced sweeping "reciprocal" tariffs on nearly all U.S. trading '
            "partners; Russia was not on the list."
        ),
    ),
    "ru_cbr_rate_cut": (
        (6, 6),
        "cbr",
        ("Банк России принял решение снизить ключевую ставку на 100 б.п., до 20,00% годовых."),
    ),
    "ru_cbr_rate_cut2": (
        (7, 25),
        "cbr",
        (
            "Совет директоров Банка России снизил ключевую ставку на 200 базисных пунктов, "
            "до 18% годовых. Следующее заседание — 12 сентября."
        ),
    ),
    "ru_cbr_rate_hold": (
        (2, 14),
        "rbc",
        (
            "ЦБ сохранил ключевую ставку на уровне 21%. Набиуллина не исключила её "
            "повышения в случае ускорения инфляции."
        ),
    ),
    "ru_nabiullina_duma": (
        (11, 18),
        "interfax",
        "Эльвира Набиуллина выступила в Госдуме с отчётом о денежно-кредитной политике.",
    ),
    "ru_inflation_rosstat": (
        (4, 9),
        "interfax",
        "Годовая инфляция в России в марте замедлилась до 10,3%, сообщил Росстат.",
    ),
    "ru_gdp_growth": (
        (2, 7),
        "tass_ru",
        "Рост ВВП России по итогам 2024 года составил 4,3%, по оценке Росстата.",
    ),
    "ru_budget_deficit": (
        (6, 10),
        "rbc",
        ("Дефицит федерального бюджета за пять месяцев достиг 3,4 трлн рублей, сообщил Минфин."),
    ),
    "ru_siluanov_nds": (
        (9, 24),
        "interfax",
        (
            "Министр финансов Антон Силуанов: ставка НДС с 1 января 2026 года повышается с "
            "20 до 22 процентов."
        ),
    ),
    "ru_ruble_rate": (
        (3, 3),
        "ria_ru",
        ("Курс доллара на Мосбирже опустился ниже 88 рублей впервые с сентября прошлого года."),
    ),
    "ru_opec_plus": (
        (4, 3),
        "interfax",
        ("Восемь стран ОПЕК+ решили увеличить добычу нефти в мае на 411 тысяч баррелей в сутки."),
    ),
    "ru_novak_opec": (
        (7, 5),
        "tass_ru",
        (
            "Вице-премьер Александр Новак: решение ОПЕК+ по добыче согласовано всеми "
            "участниками сделки."
        ),
    ),
    "ru_brent_price": (
        (5, 5),
        "rbc",
        "Нефть марки Brent подешевела до 60 долларов за баррель после решения ОПЕК+.",
    ),
    "ru_price_cap": (
        (7, 18),
        "ria_ru",
        (
            "Евросоюз снизил потолок цен на российскую нефть до 47,6 доллара за баррель в "
            "рамках 18-го пакета санкций."
        ),
    ),
    "ru_sanctions_19": (
        (10, 23),
        "tass_ru",
        (
            "Совет ЕС утвердил 19-й пакет санкций против России; в него вошёл запрет на "
            "импорт российского СПГ с 2027 года."
        ),
    ),
    "ru_sanctions_rosneft": (
        (10, 22),
        "interfax",
        "Минфин США ввёл санкции против «Роснефти» и «Лукойла».",
    ),
    "ru_frozen_assets": (
        (12, 3),
        "ria_ru",
        (
            "Еврокомиссия предложила использовать замороженные российские активы для "
            "«репарационного кредита» Украине в размере 140 млрд евро."
        ),
    ),
    "ru_mid_assets_comment": (
        (12, 4),
        "mid_rf",
        (
            "М.В.Захарова: любые действия с замороженными активами России будут "
            "квалифицированы как кража. Ответ последует незамедлительно."
        ),
    ),
    "ru_euroclear": (
        (12, 5),
        "kommersant",
        (
            "Бельгия возражает против использования активов, хранящихся в Euroclear, "
            "опасаясь судебных исков."
        ),
    ),
    "ru_wheat_export": (
        (8, 28),
        "interfax",
        "Экспорт российской пшеницы в августе вырос на 15% и составил 4,1 млн тонн.",
    ),
    "ru_gold_reserves": (
        (10, 8),
        "rbc",
        (
            "Международные резервы России превысили 700 миллиардов долларов на фоне роста "
            "цен на золото."
        ),
    ),
    "en_cbr_cut": (
        (7, 25),
        "reuters",
        "Russia's central bank cut its key interest rate by 200 basis points to 18%.",
    ),
    "en_cbr_hold": (
        (2, 14),
        "reuters",
        (
            "The Bank of Russia held its key rate at 21%; Governor Elvira Nabiullina did "
            "not rule out a hike if inflation accelerates."
        ),
    ),
    "en_inflation": (
        (4, 9),
        "reuters",
        "Russia's annual inflation slowed to 10.3% in March, Rosstat said.",
    ),
    "en_vat_hike": (
        (9, 24),
        "reuters",
        (
            "Russia will raise VAT to 22% from 20% from January 1, 2026, Finance Minister "
            "Anton Siluanov said."
        ),
    ),
    "en_opec_plus": (
        (4, 3),
        "reuters",
        ("Eight OPEC+ countries agreed to raise oil output by 411,000 barrels per day in May."),
    ),
    "en_price_cap": (
        (7, 18),
        "reuters",
        (
            "The EU lowered the price cap on Russian crude to $47.60 a barrel as part of "
            "its 18th sanctions package."
        ),
    ),
    "en_sanctions_19": (
        (10, 23),
        "reuters",
        (
            "The EU adopted its 19th sanctions package against Russia, including a ban on "
            "Russian LNG imports from 2027."
        ),
    ),
    "en_rosneft_lukoil": (
        (10, 22),
        "reuters",
        (
            "The U.S. Treasury imposed sanctions on Rosneft and Lukoil, Russia's two "
            "largest oil companies."
        ),
    ),
    "en_frozen_assets": (
        (12, 3),
        "politico",
        (
            "The European Commission proposed using frozen Russian assets for a €140 "
            "billion reparations loan to Ukraine."
        ),
    ),
    "en_reserves": (
        (10, 8),
        "reuters",
        "Russia's international reserves topped $700 billion as gold prices rose.",
    ),
    "ru_venezuela_maduro": (
        (5, 8),
        "kremlin_ru",
        (
            "Подписан Договор о стратегическом партнёрстве и сотрудничестве между "
            "Российской Федерацией и Боливарианской Республикой Венесуэла. Николас Мадуро "
            "находится в Москве."
        ),
    ),
    "ru_venezuela_strikes": (
        (9, 3),
        "mid_rf",
        (
            "Заявление МИД России в связи с ударами ВС США по судам у побережья Венесуэлы. "
            "Рассматриваем подобные действия как грубое нарушение международного права."
        ),
    ),
    "ru_caracas_embassy": (
        (11, 30),
        "ria_ru",
        (
            "Посольство России в Каракасе работает в штатном режиме, несмотря на закрытие "
            "воздушного пространства над Венесуэлой."
        ),
    ),
    "ru_brazil_lula": (
        (7, 6),
        "tass_ru",
        (
            "Лула да Силва открыл саммит БРИКС в Рио-де-Жанейро. Президент России "
            "участвует в работе по видеосвязи."
        ),
    ),
    "ru_brics_rio_lavrov": (
        (7, 6),
        "mid_rf",
        ("С.В.Лавров возглавляет российскую делегацию на саммите БРИКС в Рио-де-Жанейро. #БРИКС"),
    ),
    "ru_cuba_oil": (
        (2, 26),
        "interfax",
        (
            "Россия поставит на Кубу 80 тысяч тонн нефти для преодоления энергетического "
            "кризиса на острове."
        ),
    ),
    "ru_cuba_rodriguez": (
        (2, 26),
        "mid_rf",
        (
            "С.В.Лавров провёл переговоры с Министром иностранных дел Республики Куба "
            "Б.Родригесом Парильей."
        ),
    ),
    "ru_nicaragua_ortega": (
        (10, 1),
        "ria_ru",
        (
            "Даниэль Ортега направил поздравительное послание Владимиру Путину по случаю "
            "дня рождения."
        ),
    ),
    "ru_mexico_sheinbaum": (
        (1, 30),
        "tass_ru",
        (
            "Президент Мексики Клаудия Шейнбаум заявила, что не допустит американского "
            "военного вмешательства в борьбу с картелями."
        ),
    ),
    "ru_bolivia_paz": (
        (11, 8),
        "ria_ru",
        (
            "Родриго Пас вступил в должность президента Боливии. Россию на церемонии "
            "представлял спецпредставитель Президента."
        ),
    ),
    "ru_argentina_milei": (
        (10, 27),
        "rbc",
        "Партия Хавьера Милея победила на промежуточных выборах в Аргентине.",
    ),
    "ru_colombia_petro": (
        (10, 20),
        "interfax",
        (
            "Трамп назвал президента Колумбии Густаво Петро «лидером наркоторговли» и "
            "объявил о прекращении помощи Боготе."
        ),
    ),
    "en_maduro_treaty": (
        (5, 8),
        "reuters",
        (
            "Venezuelan President Nicolas Maduro signed a strategic partnership treaty "
            "with Russia during a visit to Moscow."
        ),
    ),
    "en_venezuela_strikes": (
        (9, 3),
        "ap",
        (
            "U.S. forces struck a boat off the coast of Venezuela, killing 11 people, the "
            "Pentagon said."
        ),
    ),
    "en_lula_brics": (
        (7, 6),
        "reuters",
        (
            "Brazil's President Luiz Inacio Lula da Silva opened the BRICS summit in Rio "
            "de Janeiro; Russia's Vladimir Putin joined by video link."
        ),
    ),
    "en_cuba_oil": (
        (2, 26),
        "reuters",
        ("Russia will ship 80,000 tonnes of oil to Cuba to ease the island's energy crisis."),
    ),
    "en_sheinbaum_cartels": (
        (1, 30),
        "ap",
        (
            "Mexican President Claudia Sheinbaum said she would not accept U.S. military "
            "intervention against drug cartels."
        ),
    ),
    "en_milei_midterms": (
        (10, 27),
        "reuters",
        "Argentine President Javier Milei's party won the midterm elections.",
    ),
    "en_petro_trump": (
        (10, 20),
        "reuters",
        (
            'Trump called Colombian President Gustavo Petro an "illegal drug leader" and '
            "said he would cut off aid to Bogota."
        ),
    ),
    "ru_istanbul_talks": (
        (5, 16),
        "tass_ru",
        (
            "В Стамбуле прошли прямые российско-украинские переговоры. Российскую "
            "делегацию возглавил помощник Президента Владимир Мединский."
        ),
    ),
    "ru_istanbul_memorandum": (
        (6, 2),
        "ria_ru",
        (
            "Мединский передал украинской делегации меморандум с видением Россией условий "
            "урегулирования. Стороны договорились об обмене пленными «шесть тысяч на шесть "
            "тысяч»."
        ),
    ),
    "ru_umerov_delegation": (
        (7, 23),
        "interfax",
        (
            "Украинскую делегацию на третьем раунде переговоров в Стамбуле возглавил "
            "секретарь СНБО Рустем Умеров."
        ),
    ),
    "ru_zelensky_statement": (
        (3, 12),
        "ria_ru",
        ("Зеленский заявил о готовности Киева к 30-дневному перемирию, предложенному США."),
    ),
    "ru_energy_truce": (
        (3, 18),
        "kremlin_ru",
        (
            "Владимир Путин поддержал предложение о взаимном отказе сторон от ударов по "
            "объектам энергетической инфраструктуры сроком на 30 дней."
        ),
    ),
    "ru_easter_truce": (
        (4, 19),
        "kremlin_ru",
        (
            "Исходя из гуманитарных соображений, российская сторона объявляет пасхальное "
            "перемирие с 18:00 19 апреля до 00:00 21 апреля."
        ),
    ),
    "ru_mid_kiev_regime": (
        (6, 1),
        "mid_rf",
        (
            "Заявление МИД России в связи с террористическими атаками киевского режима на "
            "железнодорожную инфраструктуру в Брянской и Курской областях."
        ),
    ),
    "ru_kursk_liberated": (
        (4, 26),
        "mil_ru",
        "Начальник Генштаба доложил о завершении освобождения Курской области.",
    ),
    "ru_28_points": (
        (11, 21),
        "kommersant",
        (
            "В СМИ опубликован мирный план США из 28 пунктов. В Кремле заявили, что "
            "официально текст не получали."
        ),
    ),
    "ru_geneva_ukraine_us": (
        (11, 24),
        "ria_ru",
        (
            "Делегации США и Украины в Женеве обсудили доработку американского мирного "
            "плана; количество пунктов сокращено до 19."
        ),
    ),
    "ru_bodies_exchange": (
        (6, 16),
        "tass_ru",
        (
            "Россия передала Украине 6000 тел погибших военнослужащих; на Родину "
            "возвращены тела 78 российских военных."
        ),
    ),
    "en_istanbul_talks": (
        (5, 16),
        "reuters",
        (
            "Russian and Ukrainian delegations held their first direct peace talks in "
            "three years in Istanbul; Vladimir Medinsky led Russia's team."
        ),
    ),
    "en_umerov_istanbul": (
        (7, 23),
        "kyiv_independent",
        (
            "Rustem Umerov, secretary of the National Security and Defense Council, led "
            "Ukraine's delegation in Istanbul."
        ),
    ),
    "en_zelensky_truce": (
        (3, 12),
        "ap",
        (
            "Volodymyr Zelenskyy said Kyiv was ready to accept a 30-day ceasefire proposed "
            "by the United States."
        ),
    ),
    "en_easter_truce": (
        (4, 19),
        "reuters",
        ("Putin declared an Easter truce from 1500 GMT on April 19 until midnight on April 21."),
    ),
    "en_28_points": (
        (11, 21),
        "axios",
        "The U.S. drafted a 28-point plan to end the war in Ukraine.",
    ),
    "en_bodies_swap": (
        (6, 16),
        "reuters",
        (
            "Russia handed over 6,000 bodies of Ukrainian soldiers and received 78 bodies "
            "of its own servicemen."
        ),
    ),
    "ru_putin_decree_victory": (
        (1, 16),
        "kremlin_ru",
        (
            "Подписан Указ о праздновании 80-й годовщины Победы в Великой Отечественной "
            "войне 1941–1945 годов."
        ),
    ),
    "ru_shoigu_secbez": (
        (3, 27),
        "tass_ru",
        (
            "Секретарь Совета Безопасности Российской Федерации Сергей Шойгу провёл в "
            "Пхеньяне переговоры с Ким Чен Ыном."
        ),
    ),
    "ru_belousov_mod": (
        (2, 21),
        "mil_ru",
        (
            "Министр обороны Российской Федерации Андрей Белоусов проинспектировал ход "
            "выполнения гособоронзаказа на предприятиях Урала."
        ),
    ),
    "ru_kamchatka_quake": (
        (7, 30),
        "mchs",
        (
            "У восточного побережья Камчатки произошло землетрясение магнитудой 8,8. В "
            "Северо-Курильске объявлена угроза цунами, жители эвакуированы."
        ),
    ),
    "ru_orenburg_flood": (
        (4, 10),
        "mchs",
        (
            "В Оренбургской области продолжается паводок. В Орске эвакуированы более 6 "
            "тысяч человек."
        ),
    ),
    "ru_wildfires_zabaikalye": (
        (5, 13),
        "mchs",
        "В Забайкальском крае введён режим чрезвычайной ситуации из-за лесных пожаров.",
    ),
    "ru_roscosmos_soyuz": (
        (4, 8),
        "roscosmos",
        (
            "Пилотируемый корабль «Союз МС-27» успешно пристыковался к Международной "
            "космической станции."
        ),
    ),
    "ru_bakanov_roscosmos": (
        (2, 6),
        "tass_ru",
        (
            "Дмитрий Баканов назначен генеральным директором Госкорпорации «Роскосмос» "
            "вместо Юрия Борисова."
        ),
    ),
    "ru_moscow_airport_drones": (
        (5, 6),
        "rbc",
        (
            "В аэропортах Шереметьево, Внуково и Домодедово вводились временные "
            "ограничения на приём и выпуск самолётов из-за атаки БПЛА."
        ),
    ),
    "ru_max_messenger": (
        (9, 1),
        "rbc",
        (
            "Национальный мессенджер MAX стал обязательным для предустановки на смартфоны, "
            "продаваемые в России."
        ),
    ),
    "ru_unified_vote_day": (
        (9, 14),
        "tass_ru",
        "Единый день голосования завершился: ЦИК подводит итоги выборов в 81 регионе.",
    ),
    "ru_migrants_register": (
        (6, 30),
        "ria_ru",
        (
            "С 30 июня иностранные граждане, въезжающие в Россию, должны пройти процедуру "
            "в приложении «Русский въезд»."
        ),
    ),
    "ru_rosstat_population": (
        (1, 30),
        "interfax",
        "Естественная убыль населения России за год составила около 600 тысяч человек.",
    ),
    "ru_matviyenko_fed": (
        (12, 10),
        "tass_ru",
        (
            "Председатель Совета Федерации Валентина Матвиенко провела встречу с "
            "делегацией парламента Лаоса."
        ),
    ),
    "ru_volodin_duma": (
        (10, 14),
        "ria_ru",
        (
            "Председатель Госдумы Вячеслав Володин предложил лишить уехавших релокантов "
            "права занимать госдолжности."
        ),
    ),
    "ru_mishustin_gov": (
        (3, 10),
        "government_ru",
        ("Михаил Мишустин провёл стратегическую сессию о развитии беспилотных авиационных систем."),
    ),
    "ru_peskov_briefing": (
        (4, 15),
        "tass_ru",
        ("Песков: Кремль пока не видит предпосылок для скорой встречи Путина и Зеленского."),
    ),
    "ru_peskova_quote": (
        (4, 16),
        "rbc",
        ("По словам Пескова, контакты с американской стороной продолжаются на уровне экспертов."),
    ),
    "ru_ushakov_call": (
        (8, 11),
        "tass_ru",
        (
            "Помощник Президента Юрий Ушаков сообщил, что подготовка к саммиту на Аляске "
            "вышла на финальную стадию."
        ),
    ),
    "ru_lavrov_birthday": (
        (3, 21),
        "mid_rf",
        (
            "Сегодня Министру иностранных дел Российской Федерации Сергею Викторовичу "
            "Лаврову исполняется 75 лет. Поздравляем!"
        ),
    ),
    "ru_lavrov_interview_tv": (
        (12, 11),
        "mid_rf",
        (
            "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова телеканалу "
            "«Россия-24», Москва, 11 декабря 2025 года."
        ),
    ),
    "ru_lavrov_article": (
        (6, 22),
        "mid_rf",
        (
            "Статья Министра иностранных дел Российской Федерации С.В.Лаврова «Уроки "
            "истории и вызовы современности» для журнала «Россия в глобальной политике»."
        ),
    ),
    "en_kamchatka_quake": (
        (7, 30),
        "reuters",
        (
            "A magnitude 8.8 earthquake struck off Russia's Kamchatka peninsula, "
            "triggering tsunami warnings across the Pacific."
        ),
    ),
    "en_shoigu_pyongyang": (
        (3, 27),
        "yonhap",
        (
            "Russian Security Council Secretary Sergei Shoigu met North Korean leader Kim "
            "Jong Un in Pyongyang."
        ),
    ),
    "en_belousov": (
        (2, 21),
        "tass_en",
        (
            "Russian Defence Minister Andrei Belousov inspected defence procurement at "
            "plants in the Urals."
        ),
    ),
    "en_soyuz_iss": (
        (4, 8),
        "nasa",
        "The Soyuz MS-27 spacecraft docked to the International Space Station.",
    ),
    "en_peskov": (
        (4, 15),
        "reuters",
        (
            "Kremlin spokesman Dmitry Peskov said there were no prerequisites yet for a "
            "Putin-Zelensky meeting."
        ),
    ),
    "en_ushakov_alaska": (
        (8, 11),
        "tass_en",
        (
            "Presidential aide Yuri Ushakov said preparations for the Alaska summit were "
            "in the final stage."
        ),
    ),
    "ru_consular_thailand": (
        (1, 9),
        "mid_rf",
        (
            "⚠️ Консульский департамент МИД России рекомендует российским гражданам "
            "воздержаться от поездок в приграничные с Камбоджей районы Таиланда. "
            "#консульство"
        ),
    ),
    "ru_consular_evisa": (
        (2, 3),
        "mid_rf",
        (
            "Единая электронная виза теперь доступна гражданам 64 стран. Оформить её можно "
            "на официальном сайте electronic-visa.kdmid.ru. #ЕЭВ"
        ),
    ),
    "ru_consular_passport": (
        (3, 11),
        "mid_rf",
        (
            "Сроки оформления заграничных паспортов нового образца в консульских "
            "учреждениях сокращены до трёх месяцев. #загранпаспорт"
        ),
    ),
    "ru_consular_hotline": (
        (8, 1),
        "mid_rf",
        ("Телефон горячей линии Ситуационного кризисного центра МИД России: +7 (499) 244-19-25."),
    ),
    "ru_consular_israel_iran": (
        (6, 14),
        "mid_rf",
        (
            "В связи с обострением обстановки на Ближнем Востоке гражданам России "
            "рекомендуется воздержаться от поездок в Израиль и Иран. #БлижнийВосток"
        ),
    ),
    "ru_russian_house": (
        (9, 5),
        "rossotr",
        (
            "Русский дом в Белграде провёл «Диктант Победы» для студентов сербских вузов. "
            "#Россотрудничество #РусскийДом"
        ),
    ),
    "ru_rossotr_primakov": (
        (11, 3),
        "rossotr",
        (
            "Руководитель Россотрудничества Евгений Примаков принял участие в открытии "
            "курсов русского языка в Ханое."
        ),
    ),
    "ru_hashtag_diplomacy": (
        (10, 14),
        "mid_rf",
        (
            "#ДипломатияПобеды Рассказываем о вкладе советских дипломатов в создание ООН в "
            "1945 году."
        ),
    ),
    "ru_hashtag_sanctions": (
        (5, 20),
        "mid_rf",
        (
            "#антироссийскиесанкции МИД России расширил стоп-лист граждан Евросоюза, "
            "которым запрещён въезд в Россию."
        ),
    ),
    "ru_hashtag_mfa_live": (
        (4, 23),
        "mid_rf",
        ("#МИДLive Прямая трансляция пресс-конференции С.В.Лаврова по итогам переговоров."),
    ),
    "ru_hashtag_zakharova": (
        (7, 17),
        "mid_rf",
        ("#Захарова: «Британские СМИ вновь распространяют фейки о российских дипломатах». #фейк"),
    ),
    "ru_hashtag_deti": (
        (6, 1),
        "mid_rf",
        "1 июня — Международный день защиты детей. #МИДРоссии #Дети",
    ),
    "ru_russia_day": (
        (6, 12),
        "mid_rf",
        ("🇷🇺 С Днём России! Поздравляем всех с главным государственным праздником. #ДеньРоссии"),
    ),
    "ru_march8": (
        (3, 8),
        "mid_rf",
        "Поздравляем женщин-дипломатов с Международным женским днём 8 Марта! 🌷",
    ),
    "ru_new_year": (
        (12, 31),
        "mid_rf",
        ("С Новым 2026 годом! Пусть наступающий год принесёт мир и благополучие. #СНовымГодом"),
    ),
    "en_consular_thailand": (
        (1, 9),
        "mfa_russia",
        (
            "⚠️ The Consular Department of the Russian Foreign Ministry advises Russian "
            "citizens to avoid travel to the areas of Thailand bordering Cambodia."
        ),
    ),
    "en_evisa": (
        (2, 3),
        "mfa_russia",
        (
            "The unified e-visa is now available to citizens of 64 countries. Apply on the "
            "official website electronic-visa.kdmid.ru. #eVisa"
        ),
    ),
    "en_hashtag_fake": (
        (7, 17),
        "mfa_russia",
        ("#Zakharova: British media are once again spreading fakes about Russian diplomats. #fake"),
    ),
    "en_russia_day": ((6, 12), "mfa_russia", "🇷🇺 Happy Russia Day! #RussiaDay"),
    "ru_spief_open": (
        (6, 18),
        "tass_ru",
        (
            "В Санкт-Петербурге открылся XXVIII Петербургский международный экономический "
            "форум. В этом году ПМЭФ собрал участников из 140 стран."
        ),
    ),
    "ru_spief_deals": (
        (6, 21),
        "interfax",
        ("По итогам ПМЭФ-2025 подписано более тысячи соглашений на сумму свыше 6 трлн рублей."),
    ),
    "ru_eef_vladivostok": (
        (9, 4),
        "kremlin_ru",
        (
            "Владимир Путин выступил на пленарном заседании Восточного экономического "
            "форума во Владивостоке."
        ),
    ),
    "ru_valdai_sochi": (
        (10, 2),
        "kremlin_ru",
        (
            "Президент принял участие в итоговой сессии XXII ежегодного заседания "
            "Международного дискуссионного клуба «Валдай» в Сочи."
        ),
    ),
    "ru_intervision": (
        (9, 20),
        "tass_ru",
        (
            "Победителем международного музыкального конкурса «Интервидение» стал "
            "вьетнамский певец Дык Фук."
        ),
    ),
    "ru_g20_johannesburg": (
        (11, 22),
        "ria_ru",
        (
            "Саммит «Группы двадцати» открылся в Йоханнесбурге; российскую делегацию "
            "возглавляет заместитель руководителя Администрации Президента Максим Орешкин."
        ),
    ),
    "ru_g7_canada": (
        (6, 16),
        "rbc",
        ("Саммит G7 в канадском Кананаскисе завершился без совместного заявления по Украине."),
    ),
    "ru_nato_hague": (
        (6, 25),
        "ria_ru",
        (
            "Страны НАТО на саммите в Гааге договорились довести военные расходы до 5% ВВП "
            "к 2035 году."
        ),
    ),
    "ru_cop30": (
        (11, 10),
        "tass_ru",
        "В бразильском Белене открылась климатическая конференция ООН COP30.",
    ),
    "en_spief": (
        (6, 18),
        "reuters",
        (
            "The St Petersburg International Economic Forum opened with delegates from 140 "
            "countries."
        ),
    ),
    "en_eef": (
        (9, 4),
        "tass_en",
        (
            "Vladimir Putin spoke at the plenary session of the Eastern Economic Forum in "
            "Vladivostok."
        ),
    ),
    "en_valdai": (
        (10, 2),
        "tass_en",
        (
            "Putin addressed the final session of the Valdai Discussion Club's annual "
            "meeting in Sochi."
        ),
    ),
    "en_g20_jburg": (
        (11, 22),
        "ap",
        (
            "The G20 summit opened in Johannesburg without the United States, the first on "
            "African soil."
        ),
    ),
    "en_g7_kananaskis": (
        (6, 16),
        "reuters",
        (
            "G7 leaders wrapped up their summit in Kananaskis, Canada, without a joint "
            "statement on Ukraine."
        ),
    ),
    "en_nato_hague": (
        (6, 25),
        "ap",
        (
            "NATO allies agreed at their summit in The Hague to raise defence spending to "
            "5% of GDP by 2035."
        ),
    ),
    "en_cop30": ((11, 10), "reuters", "The UN climate conference COP30 opened in Belem, Brazil."),
    "ru_common_malo": (
        (2, 19),
        "rbc",
        "Экономисты считают, что мало что изменится: спрос на кредиты остаётся высоким.",
    ),
    "ru_common_vena": (
        (3, 4),
        "ria_ru",
        "Врачи спасли пациента, у которого была повреждена бедренная вена.",
    ),
    "ru_common_katar": (
        (1, 22),
        "ria_ru",
        ("Врачи напоминают: весенний катар верхних дыхательных путей часто путают с аллергией."),
    ),
    "ru_common_togo": (
        (5, 22),
        "kommersant",
        "Кроме того, компания объявила о выплате дивидендов за первый квартал.",
    ),
    "ru_common_novaya": (
        (6, 27),
        "ria_ru",
        "Новая станция метро откроется в Москве до конца года.",
    ),
    "ru_common_mertsanie": (
        (8, 18),
        "ria_ru",
        "Астрономы зафиксировали необычное мерцание звезды в созвездии Лебедя.",
    ),
    "ru_common_livni": (
        (7, 4),
        "mchs",
        ("В Краснодарском крае ожидаются ливни и град; МЧС предупреждает об ухудшении погоды."),
    ),
    "ru_common_chado": (
        (11, 11),
        "rbc",
        "Выставка «Чадо» в Третьяковской галерее посвящена детскому портрету XIX века.",
    ),
    "ru_common_rubit": (
        (12, 8),
        "ria_ru",
        "Лесозаготовители начали рубить деревья на участке, отведённом под трассу.",
    ),
    "ru_common_modny": (
        (9, 19),
        "rbc",
        "Модный показ в Москве собрал дизайнеров из двенадцати стран.",
    ),
    "ru_common_arabica": (
        (10, 30),
        "interfax",
        "Цены на кофе арабика на бирже обновили исторический максимум.",
    ),
    "ru_common_iran_not": (
        (8, 29),
        "ria_ru",
        "Ираида Лебедева возглавила региональный фонд поддержки ветеранов.",
    ),
    "ru_common_sandaly": ((7, 21), "rbc", "Продажи сандалий в июле выросли на четверть."),
    "ru_common_kuba_cube": (
        (12, 12),
        "ria_ru",
        "Ледяные кубы для новогоднего городка на Красной площади доставят из Карелии.",
    ),
    "ru_common_china_dishes": (
        (11, 13),
        "rbc",
        "Магазин «Китайский фарфор» в центре Москвы закрылся после 40 лет работы.",
    ),
    "ru_common_turist": (
        (8, 2),
        "ria_ru",
        "Турист из Новосибирска покорил Эльбрус в возрасте 70 лет.",
    ),
    "ru_common_gaz": (
        (1, 24),
        "interfax",
        "Биржевая цена газа в Европе превысила 500 долларов за тысячу кубометров.",
    ),
    "ru_common_mir_card": ((4, 30), "rbc", "Карты «Мир» снова принимают в банкоматах Абхазии."),
    "ru_common_lavr": (
        (12, 20),
        "ria_ru",
        "Диетологи рассказали, зачем добавлять лавровый лист в суп.",
    ),
    "ru_common_peski": (
        (8, 22),
        "ria_ru",
        "Зыбучие пески на побережье Анапы закрыли для купания два пляжа.",
    ),
    "en_common_china": (
        (11, 13),
        "bbc",
        "An auction of fine china from the Ming dynasty fetched a record price.",
    ),
    "en_common_turkey": (
        (11, 27),
        "ap",
        "Americans bought fewer turkeys for Thanksgiving as prices rose.",
    ),
    "en_common_nice": (
        (5, 31),
        "reuters",
        "It was a nice day for the Monaco Grand Prix as spectators filled the harbour.",
    ),
    "en_common_rubio_not": (
        (6, 9),
        "ap",
        "Rubies and sapphires led the jewellery sale at Christie's.",
    ),
    "en_common_chad": (
        (10, 17),
        "reuters",
        "Chad's government expelled a French ambassador, the ministry said.",
    ),
    "ru_verb_vyshlet": (
        (1, 8),
        "tass_ru",
        (
            "Норвегия объявила о высылке двух российских дипломатов. Москва ответит "
            "зеркально, заявили в МИД."
        ),
    ),
    "ru_verb_vyslany": (
        (1, 10),
        "mid_rf",
        (
            "В ответ на недружественные действия Осло два сотрудника посольства Норвегии в "
            "Москве объявлены персонами нон грата и должны покинуть Россию в течение "
            "недели."
        ),
    ),
    "ru_verb_zaderzhat": (
        (2, 27),
        "ria_ru",
        (
            "В Польше задержали гражданина Украины по подозрению в подготовке диверсии на "
            "железной дороге."
        ),
    ),
    "ru_verb_zaderzhivayut": (
        (3, 28),
        "kommersant",
        "Пограничники всё чаще задерживают суда теневого флота в Балтийском море.",
    ),
    "ru_verb_otkazalsya": (
        (4, 4),
        "rbc",
        (
            "Еврокомиссия отказалась комментировать сообщения о новых пошлинах на "
            "удобрения из России."
        ),
    ),
    "ru_verb_otkazyvaetsya": (
        (4, 5),
        "tass_ru",
        "Венгрия отказывается поддерживать новые санкции без исключений для энергетики.",
    ),
    "ru_verb_prizyvaet": (
        (5, 2),
        "mid_rf",
        ("Россия призывает все стороны конфликта в Судане к немедленному прекращению огня."),
    ),
    "ru_verb_prizvali": (
        (5, 3),
        "ria_ru",
        "В ООН призвали обеспечить беспрепятственный гуманитарный доступ в Эль-Фашир.",
    ),
    "ru_verb_vstretilis": (
        (5, 12),
        "tass_ru",
        "Главы МИД России и Китая встретились на полях совещания в Куала-Лумпуре.",
    ),
    "ru_verb_obsudyat": (
        (5, 13),
        "ria_ru",
        "Лидеры стран ЕАЭС обсудят в Минске создание общего рынка электроэнергии.",
    ),
    "ru_verb_obsuzhdali": (
        (5, 29),
        "interfax",
        (
            "Участники заседания Высшего Евразийского экономического совета обсуждали "
            "цифровую повестку."
        ),
    ),
    "ru_verb_podpisyvayut": (
        (6, 8),
        "ria_ru",
        "Белоруссия и Россия подписывают соглашение о взаимном признании виз.",
    ),
    "ru_verb_gotova": (
        (7, 7),
        "mid_rf",
        "Российская сторона готова к продолжению переговоров в стамбульском формате.",
    ),
    "ru_verb_gotovy": (
        (7, 8),
        "tass_ru",
        ("Мы готовы рассмотреть любые конструктивные предложения, заявил постпред России при ООН."),
    ),
    "ru_verb_zapretila": (
        (8, 15),
        "ria_ru",
        "Латвия запретила въезд на свою территорию автомобилей с российскими номерами.",
    ),
    "ru_verb_zapreshchen": (
        (8, 16),
        "rbc",
        ("Въезд в Эстонию россиянам на машинах с российскими номерами запрещён с сентября."),
    ),
    "ru_verb_otkroet": (
        (9, 10),
        "mid_rf",
        "Россия откроет генеральное консульство в Гуанчжоу до конца года.",
    ),
    "ru_verb_otkrylos": (
        (9, 11),
        "ria_ru",
        ("В Тегеране открылось торговое представительство Евразийского экономического союза."),
    ),
    "ru_verb_priostanovlen": (
        (9, 16),
        "interfax",
        (
            "Грузовое сообщение через погранпереход Верхний Ларс временно приостановлено "
            "из-за схода лавины."
        ),
    ),
    "ru_verb_vozobnovit": (
        (9, 17),
        "tass_ru",
        "Авиакомпании намерены возобновить прямые рейсы между Москвой и Пхеньяном.",
    ),
    "ru_verb_vozobnovleny": (
        (9, 18),
        "ria_ru",
        ("Прямые авиарейсы между Россией и Грузией возобновлены после шестилетнего перерыва."),
    ),
    "en_verb_expelled": (
        (1, 8),
        "reuters",
        "Norway expelled two Russian diplomats; Moscow vowed to respond in kind.",
    ),
    "en_verb_detains": (
        (2, 27),
        "reuters",
        ("Poland detained a Ukrainian citizen suspected of plotting sabotage on the railway."),
    ),
    "en_verb_urge": (
        (5, 2),
        "mfa_russia",
        ("Russia urges all parties to the conflict in Sudan to cease hostilities immediately."),
    ),
    "en_verb_met": (
        (5, 12),
        "xinhua",
        (
            "The Chinese and Russian foreign ministers met on the sidelines of meetings in "
            "Kuala Lumpur."
        ),
    ),
    "en_verb_banned": (
        (8, 15),
        "lsm",
        "Latvia banned cars with Russian number plates from entering its territory.",
    ),
    "en_verb_reopen": (
        (9, 10),
        "mfa_russia",
        "Russia will open a Consulate General in Guangzhou by the end of the year.",
    ),
    "en_verb_resumed": (
        (9, 18),
        "civil_ge",
        "Direct flights between Russia and Georgia resumed after a six-year break.",
    ),
    "en_verb_flights_pyongyang": (
        (9, 17),
        "reuters",
        "Airlines plan to resume direct flights between Moscow and Pyongyang.",
    ),
    "ru_eaeu_minsk": (
        (6, 26),
        "belta_ru",
        (
            "В Минске прошло заседание Высшего Евразийского экономического совета. "
            "Председательство в ЕАЭС в следующем году перейдёт к Казахстану."
        ),
    ),
    "ru_union_state": (
        (12, 6),
        "belta_ru",
        (
            "Александр Лукашенко и Владимир Путин провели заседание Высшего госсовета "
            "Союзного государства."
        ),
    ),
    "ru_lukashenko_oreshnik": (
        (12, 17),
        "belta_ru",
        (
            "Лукашенко: первый ракетный комплекс «Орешник» заступил на боевое дежурство в "
            "Белоруссии."
        ),
    ),
    "ru_belarus_prisoners": (
        (9, 11),
        "ria_ru",
        ("Белоруссия освободила 52 заключённых после визита американской делегации в Минск."),
    ),
    "ru_sudan_elfasher": (
        (10, 28),
        "tass_ru",
        (
            "Силы быстрого реагирования заявили о захвате Эль-Фашира, последнего крупного "
            "города Дарфура под контролем суданской армии."
        ),
    ),
    "ru_afghanistan_recognition": (
        (7, 3),
        "mid_rf",
        (
            "Российская Федерация официально признала Исламский Эмират Афганистан. Приняты "
            "верительные грамоты посла Афганистана."
        ),
    ),
    "ru_pakistan_india_clash": (
        (5, 10),
        "ria_ru",
        ("Индия и Пакистан договорились о прекращении огня после четырёх дней столкновений."),
    ),
    "ru_thai_cambodia_border": (
        (7, 26),
        "tass_ru",
        (
            "На таиландско-камбоджийской границе продолжаются столкновения; эвакуированы "
            "свыше 130 тысяч человек."
        ),
    ),
    "ru_greenland_denmark": (
        (1, 8),
        "rbc",
        "Дания отвергла заявления Трампа о возможной покупке Гренландии.",
    ),
    "ru_panama_canal": (
        (2, 2),
        "ria_ru",
        ("Панама вышла из китайской инициативы «Пояс и путь» после визита госсекретаря США."),
    ),
    "ru_pope_leo": (
        (5, 8),
        "ria_ru",
        ("Новым Папой Римским избран американский кардинал Роберт Превост, принявший имя Лев XIV."),
    ),
    "ru_vatican_putin": (
        (5, 20),
        "kremlin_ru",
        "Владимир Путин провёл телефонный разговор с Папой Римским Львом XIV.",
    ),
    "en_eaeu_minsk": (
        (6, 26),
        "belta_en",
        (
            "The Supreme Eurasian Economic Council met in Minsk; Kazakhstan will chair the "
            "EAEU next year."
        ),
    ),
    "en_oreshnik_belarus": (
        (12, 17),
        "reuters",
        (
            "Belarusian President Alexander Lukashenko said the first Oreshnik missile "
            "system went on combat duty in Belarus."
        ),
    ),
    "en_belarus_prisoners": (
        (9, 11),
        "ap",
        "Belarus freed 52 prisoners after a visit by a U.S. delegation to Minsk.",
    ),
    "en_elfasher": (
        (10, 28),
        "reuters",
        (
            "Sudan's Rapid Support Forces said they had captured El Fasher, the army's "
            "last major stronghold in Darfur."
        ),
    ),
    "en_afghanistan": (
        (7, 3),
        "reuters",
        ("Russia became the first country to recognise the Taliban government of Afghanistan."),
    ),
    "en_india_pakistan": (
        (5, 10),
        "reuters",
        "India and Pakistan agreed to a ceasefire after four days of fighting.",
    ),
    "en_greenland": ((1, 8), "ap", "Denmark rejected Trump's talk of buying Greenland."),
    "en_pope_leo": (
        (5, 8),
        "ap",
        "American Cardinal Robert Prevost was elected pope and took the name Leo XIV.",
    ),
}

QUERIES: tuple[Labelled, ...] = (
    # 1. A Russian noun or adjective in another case, number or gender than the post's
    Labelled(
        "Аддис-Абеба", ("ru_lavrov_addis", "ru_ethiopia_brics"), "в Аддис-Абебу, в Аддис-Абебе"
    ),
    Labelled("удобрения", ("ru_kenya_nairobi", "ru_verb_otkazalsya"), "поставки удобрений"),
    Labelled(
        "пшеница", ("ru_kenya_nairobi", "ru_burkina_wheat", "ru_wheat_export"), "пшеницы, пшеницы"
    ),
    Labelled("уран", ("ru_niger_uranium",), "урановый: the noun typed for the adjective"),
    Labelled(
        "стратегическое партнёрство",
        ("ru_algeria_talks", "ru_tokayev_astana", "ru_iran_araghchi", "ru_venezuela_maduro"),
        "стратегическому партнёрству: the dative",
    ),
    Labelled("русский язык", ("ru_zakh_moldova", "ru_rossotr_primakov"), "русского языка"),
    Labelled(
        "высылка",
        ("ru_zakh_baltic_ru", "ru_mid_ambassador_recall", "ru_verb_vyshlet"),
        "о высылке, после высылки",
    ),
    Labelled("Арктика", ("ru_zakh_bbc",), "об Арктике"),
    Labelled("зерно", ("ru_zakh_grain_en",), "«российском зерне»"),
    Labelled("стратегическая стабильность", ("ru_mid_ryabkov",), "по стратегической стабильности"),
    Labelled("атомная электростанция", ("ru_kz_npp",), "первой атомной электростанции"),
    Labelled("беспилотник", ("ru_kz_oil_cpc",), "беспилотников"),
    Labelled(
        "нефть",
        (
            "ru_kz_oil_cpc",
            "ru_serbia_nis",
            "ru_india_oil",
            "ru_opec_plus",
            "ru_brent_price",
            "ru_price_cap",
            "ru_cuba_oil",
        ),
        "нефти",
    ),
    Labelled("антироссийские санкции", ("ru_kz_tokayev_quote",), "антироссийских санкций"),
    Labelled(
        "трудовые мигранты", ("ru_uz_migrants",), "трудовой миграции: a noun of the same root"
    ),
    Labelled("кубометры", ("ru_uz_gas", "ru_common_gaz"), "кубометров"),
    Labelled("учётная ставка", ("ru_kg_som",), "учётную ставку"),
    Labelled(
        "Каспий",
        ("ru_caspian_summit", "ru_caspian_level", "ru_kz_oil_cpc"),
        (
            "the sea's short name users type: Каспийского моря, Каспийского саммита, "
            "трубопроводного консорциума"
        ),
    ),
    Labelled(
        "визы",
        ("ru_georgia_kobakhidze", "ru_verb_podpisyvayut", "ru_consular_evisa"),
        "визовый: the noun typed for the adjective",
    ),
    Labelled("россияне", ("ru_georgia_kobakhidze", "ru_verb_zapreshchen"), "для россиян"),
    Labelled("мирный договор", ("ru_armenia_trip_route",), "мирного договора"),
    Labelled(
        "задержание",
        ("ru_azerbaijan_aliyev", "ru_azerbaijan_sputnik"),
        "после задержания, с задержанием",
    ),
    Labelled("вступление в Евросоюз", ("ru_armenia_eu_law",), "вступления в Евросоюз"),
    Labelled("транзит", ("ru_lithuania_transit", "ru_transnistria_gas"), "транзит, Транзит"),
    Labelled(
        "железная дорога", ("ru_lithuania_transit", "ru_verb_zaderzhat"), "по железной дороге"
    ),
    Labelled("парламентские выборы", ("ru_sandu_election",), "на парламентских выборах"),
    Labelled(
        "выборы в парламент",
        ("ru_sandu_election",),
        "the noun typed for the adjective: the same elections",
    ),
    Labelled(
        "транзит газа",
        ("ru_transnistria_gas",),
        "Транзит российского газа: a word between",
        absent=("ru_lithuania_transit",),
    ),
    Labelled(
        "всеобъемлющее стратегическое партнёрство",
        ("ru_iran_araghchi", "ru_tokayev_astana"),
        "the nominative typed: both posts",
    ),
    Labelled("база", ("ru_syria_hmeimim",), "баз: the genitive plural with no ending"),
    Labelled("горячая линия", ("ru_lebanon_embassy", "ru_consular_hotline"), "горячей линии"),
    Labelled(
        "посольство",
        (
            "ru_mid_ambassador_recall",
            "ru_lebanon_embassy",
            "ru_lavrov_rubio_call",
            "ru_caracas_embassy",
            "ru_verb_vyslany",
        ),
        "Посольство, посольства",
    ),
    Labelled(
        "российско-американские переговоры", ("ru_saudi_riyadh", "ru_alaska_summit"), "as written"
    ),
    Labelled("военнопленные", ("ru_uae_prisoner_swap",), "пленными: the compound typed"),
    Labelled("дети", ("ru_qatar_children", "ru_hashtag_deti"), "детей"),
    Labelled(
        "сектор Газа",
        ("ru_gaza_statement", "ru_gaza_unrwa"),
        "в секторе Газа; в Газе",
        first="ru_gaza_statement",
    ),
    Labelled(
        "Газа",
        ("ru_gaza_statement", "ru_gaza_unrwa"),
        "Газа, в Газе",
        absent=("ru_uz_gas", "ru_transnistria_gas", "ru_common_gaz"),
    ),
    Labelled(
        "прекращение огня",
        ("ru_gaza_statement", "ru_verb_prizyvaet", "ru_pakistan_india_clash"),
        "о прекращении огня",
    ),
    Labelled("заложники", ("ru_gaza_statement",), "заложников"),
    Labelled("энергоблок", ("ru_turkey_akkuyu", "ru_egypt_dabaa"), "энергоблока: both posts"),
    Labelled("безвиз", ("ru_china_visa_free",), "the colloquial short word"),
    Labelled(
        "таможня", ("ru_china_trade",), "таможенное управление: the noun typed for its adjective"
    ),
    Labelled("расчёты", ("ru_china_yuan",), "в расчётах"),
    Labelled("газопровод", ("ru_china_power_siberia", "ru_mongolia_ub"), "газопровода: both posts"),
    Labelled(
        "пошлина",
        ("ru_india_oil", "ru_tariffs_trump", "ru_verb_otkazalsya"),
        "дополнительную пошлину",
    ),
    Labelled("дипломатические отношения", ("ru_vietnam_hanoi",), "дипломатических отношений"),
    Labelled("землетрясение", ("ru_myanmar_quake", "ru_kamchatka_quake"), "землетрясения"),
    Labelled("спецпосланник", ("ru_witkoff_kremlin",), "«специального посланника»: the short word"),
    Labelled(
        "ядерные испытания",
        ("ru_nuclear_tests",),
        "«испытаниям ядерного оружия»: the adjective for the noun",
    ),
    Labelled("резолюция", ("ru_unsc_resolution", "ru_unga_vote"), "резолюцию"),
    Labelled("инфляция", ("ru_inflation_rosstat", "ru_cbr_rate_hold"), "инфляция, инфляции"),
    Labelled("рубль", ("ru_ruble_rate", "ru_budget_deficit", "ru_spief_deals"), "рублей"),
    Labelled("баррель", ("ru_opec_plus", "ru_brent_price", "ru_price_cap"), "баррелей, за баррель"),
    Labelled(
        "замороженные активы",
        ("ru_frozen_assets", "ru_mid_assets_comment"),
        "замороженные, с замороженными активами",
    ),
    Labelled("экспорт пшеницы", ("ru_wheat_export",), "Экспорт российской пшеницы"),
    Labelled("российско-украинские переговоры", ("ru_istanbul_talks",), "as written"),
    Labelled(
        "перемирие",
        ("ru_zelensky_statement", "ru_easter_truce"),
        "к перемирию, пасхальное перемирие",
    ),
    Labelled("паводки", ("ru_orenburg_flood",), "the plural typed"),
    Labelled("пожар", ("ru_wildfires_zabaikalye",), "пожаров"),
    Labelled("иностранцы", ("ru_migrants_register",), "иностранные граждане: the noun users type"),
    Labelled(
        "интервью Лаврова", ("ru_lavrov_interview_tv",), "«Интервью ... С.В.Лаврова»: words between"
    ),
    Labelled("статья Лаврова", ("ru_lavrov_article",), "«Статья ... С.В.Лаврова»"),
    Labelled("заграничный паспорт", ("ru_consular_passport",), "заграничных паспортов"),
    Labelled("пресс-конференция", ("ru_hashtag_mfa_live",), "пресс-конференции"),
    Labelled("британские СМИ", ("ru_hashtag_zakharova",), "«Британские СМИ»"),
    Labelled(
        "столкновения",
        ("ru_pakistan_india_clash", "ru_thai_cambodia_border"),
        "столкновений, столкновения",
    ),
    Labelled("Папа Римский", ("ru_pope_leo", "ru_vatican_putin"), "Папой Римским"),
    # 2. A Russian verb in another aspect, tense or person; participles and short forms
    Labelled("национализировать", ("ru_niger_uranium",), "национализировали: the infinitive typed"),
    Labelled("брифинги", ("ru_zakh_briefing_0503",), "the plural typed for Брифинг"),
    Labelled(
        "выслать",
        ("ru_zakh_baltic_ru", "ru_mid_ambassador_recall", "ru_verb_vyshlet"),
        "the verb typed for «высылке»: a noun of another lexeme",
    ),
    Labelled("прокомментировать", ("ru_zakh_bbc",), "прокомментировала"),
    Labelled("вручить", ("ru_mid_lavrov_award",), "вручил"),
    Labelled("отозвать посла", ("ru_mid_ambassador_recall",), "Посол ... отозван"),
    Labelled(
        "подписать",
        (
            "ru_tokayev_astana",
            "ru_tj_rahmon",
            "ru_tj_border",
            "ru_iran_araghchi",
            "ru_china_power_siberia",
            "ru_venezuela_maduro",
            "ru_putin_decree_victory",
            "ru_spief_deals",
            "ru_verb_podpisyvayut",
        ),
        "подписали in every post",
    ),
    Labelled("разгонять", ("ru_georgia_protests",), "разогнала: the imperfective typed"),
    Labelled("задержанные", ("ru_georgia_protests",), "задержаны: a participle's full form"),
    Labelled(
        "принять закон", ("ru_armenia_eu_law", "ru_estonia_church"), "принял закон, приняли закон"
    ),
    Labelled("приостановить сотрудничество", ("ru_iran_iaea_coop",), "приостановил сотрудничество"),
    Labelled("выехать", ("ru_lebanon_embassy",), "as written"),
    Labelled("выезжать", ("ru_lebanon_embassy",), "the imperfective typed"),
    Labelled("воссоединиться", ("ru_qatar_children",), "воссоединились"),
    Labelled("поручить", ("ru_nuclear_tests",), "поручил"),
    Labelled("воздержаться", ("ru_unga_vote",), "воздержались"),
    Labelled(
        "снизил ставку",
        ("ru_cbr_rate_cut", "ru_cbr_rate_cut2"),
        "снизить ключевую ставку, снизил ключевую ставку",
    ),
    Labelled("сохранить ставку", ("ru_cbr_rate_hold", "ru_kg_som"), "сохранил ключевую ставку"),
    Labelled("подешеветь", ("ru_brent_price",), "подешевела"),
    Labelled("дешевеет", ("ru_brent_price",), "the imperfective present typed"),
    Labelled(
        "заморозить активы",
        ("ru_frozen_assets", "ru_mid_assets_comment"),
        "the participles: the verb typed",
    ),
    Labelled(
        "освободить",
        ("ru_kursk_liberated", "ru_belarus_prisoners"),
        "освобождения: the noun; the verb typed",
    ),
    Labelled(
        "эвакуировать",
        (
            "ru_kamchatka_quake",
            "ru_orenburg_flood",
            "ru_houthis_red_sea",
            "ru_thai_cambodia_border",
        ),
        "эвакуированы, эвакуирован",
    ),
    Labelled("пристыковаться", ("ru_roscosmos_soyuz",), "пристыковался"),
    Labelled(
        "воздержаться от поездок",
        ("ru_consular_thailand", "ru_consular_israel_iran"),
        "as written in both",
    ),
    Labelled(
        "выслать дипломатов",
        ("ru_verb_vyshlet",),
        "о высылке двух российских дипломатов: the verb for the noun",
    ),
    Labelled(
        "высылают",
        ("ru_verb_vyshlet", "ru_zakh_baltic_ru", "ru_mid_ambassador_recall"),
        "о высылке, после высылки: the verb typed for the noun",
    ),
    Labelled(
        "задержать",
        ("ru_verb_zaderzhat", "ru_verb_zaderzhivayut", "ru_georgia_protests"),
        "задержали, задерживают",
    ),
    Labelled(
        "задерживают",
        ("ru_verb_zaderzhivayut", "ru_verb_zaderzhat", "ru_georgia_protests"),
        "the imperfective typed: both",
        first="ru_verb_zaderzhivayut",
    ),
    Labelled(
        "задержали",
        ("ru_verb_zaderzhat", "ru_verb_zaderzhivayut", "ru_georgia_protests"),
        "the past typed: both",
        first="ru_verb_zaderzhat",
    ),
    Labelled(
        "отказаться", ("ru_verb_otkazalsya", "ru_verb_otkazyvaetsya"), "отказалась, отказывается"
    ),
    Labelled(
        "отказывается",
        ("ru_verb_otkazyvaetsya", "ru_verb_otkazalsya"),
        "the imperfective typed",
        first="ru_verb_otkazyvaetsya",
    ),
    Labelled("призвал", ("ru_verb_prizyvaet", "ru_verb_prizvali"), "призывает, призвали"),
    Labelled("призывают", ("ru_verb_prizyvaet", "ru_verb_prizvali"), "the imperfective plural"),
    Labelled("встретиться", ("ru_verb_vstretilis",), "встретились"),
    Labelled("встречались", ("ru_verb_vstretilis",), "the imperfective past"),
    Labelled(
        "обсудить",
        (
            "ru_verb_obsudyat",
            "ru_verb_obsuzhdali",
            "ru_lavrov_rubio_call",
            "ru_geneva_ukraine_us",
            "ru_india_jaishankar",
            "ru_uz_migrants",
            "ru_abkhazia_gunba",
            "ru_au_commission",
        ),
        "обсудят, обсуждали; Обсуждены",
    ),
    Labelled(
        "обсуждают",
        (
            "ru_verb_obsudyat",
            "ru_verb_obsuzhdali",
            "ru_au_commission",
            "ru_geneva_ukraine_us",
            "ru_india_jaishankar",
            "ru_uz_migrants",
            "ru_abkhazia_gunba",
            "ru_lavrov_rubio_call",
        ),
        "обсудят, обсуждали, Обсуждались",
    ),
    Labelled(
        "подписывают",
        (
            "ru_tokayev_astana",
            "ru_tj_rahmon",
            "ru_tj_border",
            "ru_iran_araghchi",
            "ru_china_power_siberia",
            "ru_venezuela_maduro",
            "ru_putin_decree_victory",
            "ru_spief_deals",
            "ru_verb_podpisyvayut",
        ),
        "подписывают, подписали",
        first="ru_verb_podpisyvayut",
    ),
    Labelled(
        "готов",
        ("ru_verb_gotova", "ru_verb_gotovy", "ru_new_start", "ru_kenya_nairobi"),
        "готова, готовы: the short adjective's forms",
    ),
    Labelled(
        "готовы",
        ("ru_verb_gotovy", "ru_verb_gotova", "ru_new_start", "ru_kenya_nairobi"),
        "the plural typed",
        first="ru_verb_gotovy",
    ),
    Labelled(
        "запретить въезд",
        ("ru_verb_zapretila", "ru_verb_zapreshchen", "ru_hashtag_sanctions"),
        "запретила въезд, запрещён, запрещён въезд",
    ),
    Labelled(
        "запрещен",
        (
            "ru_verb_zapreshchen",
            "ru_verb_zapretila",
            "ru_hashtag_sanctions",
            "ru_lithuania_transit",
        ),
        "е typed for ё; запретила, запрещён",
        first="ru_verb_zapreshchen",
    ),
    Labelled("откроют", ("ru_verb_otkroet", "ru_brazil_lula"), "откроет"),
    Labelled("открыть консульство", ("ru_verb_otkroet",), "откроет генеральное консульство"),
    Labelled(
        "приостановлено",
        ("ru_verb_priostanovlen", "ru_iran_iaea_coop"),
        "приостановлено, приостановил",
    ),
    Labelled(
        "возобновить рейсы",
        ("ru_verb_vozobnovit", "ru_verb_vozobnovleny"),
        "возобновить прямые рейсы, авиарейсы ... возобновлены",
    ),
    Labelled(
        "возобновлены",
        ("ru_verb_vozobnovleny", "ru_verb_vozobnovit"),
        "the participle typed",
        first="ru_verb_vozobnovleny",
    ),
    Labelled("избран", ("ru_pope_leo", "ru_merz_germany"), "избран, избран федеральным канцлером"),
    Labelled("признал", ("ru_afghanistan_recognition",), "признала"),
    Labelled("освободили", ("ru_belarus_prisoners",), "освободила"),
    Labelled(
        "договорились",
        ("ru_japan_fishing", "ru_istanbul_memorandum", "ru_nato_hague", "ru_pakistan_india_clash"),
        "договорились in four posts",
    ),
    # 3. Surnames in any case and gender, first names, both alphabets
    Labelled(
        "Лавров",
        (
            "ru_lavrov_addis",
            "ru_kenya_nairobi",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_birthday",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "every post naming Lavrov in any case",
        absent=("ru_common_lavr",),
    ),
    Labelled("Юсуф", ("ru_au_commission",), "Махмудом Али Юсуфом: the instrumental"),
    Labelled("Рамафоса", ("ru_sar_ramaphosa",), "с Сирилом Рамафосой: the instrumental"),
    Labelled("Аттаф", ("ru_algeria_talks",), "с Ахмедом Аттафом"),
    Labelled(
        "Захарова",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_baltic_ru",
            "ru_zakh_bbc",
            "ru_zakh_tiktok",
            "ru_zakh_answer_japan",
            "ru_zakh_interview",
            "ru_zakh_grain_en",
            "ru_mid_assets_comment",
            "ru_hashtag_zakharova",
        ),
        "Захарова, Захаровой, Захарову, М.В.Захаровой",
    ),
    Labelled(
        "Захаровой",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_baltic_ru",
            "ru_zakh_bbc",
            "ru_zakh_tiktok",
            "ru_zakh_answer_japan",
            "ru_zakh_interview",
            "ru_zakh_grain_en",
            "ru_mid_assets_comment",
            "ru_hashtag_zakharova",
        ),
        "the genitive typed: every case of her name",
    ),
    Labelled(
        "Захарову",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_baltic_ru",
            "ru_zakh_bbc",
            "ru_zakh_tiktok",
            "ru_zakh_answer_japan",
            "ru_zakh_interview",
            "ru_zakh_grain_en",
            "ru_mid_assets_comment",
            "ru_hashtag_zakharova",
        ),
        "the accusative typed",
        first="ru_zakh_grain_en",
    ),
    Labelled(
        "Мария Захарова",
        ("ru_zakh_bbc", "ru_zakh_tiktok"),
        "first name and surname, the patronymic between them in one",
        first="ru_zakh_bbc",
    ),
    Labelled("Марии Захаровой", ("ru_zakh_bbc", "ru_zakh_tiktok"), "the genitive of both words"),
    Labelled("Галузина", ("ru_mid_galuzin",), "the genitive typed"),
    Labelled("Макунц", ("ru_mid_galuzin",), "Г.Т.Макунца"),
    Labelled(
        "Кая Каллас", ("ru_zakh_grain_en",), "the first name in the nominative; the post has Каи"
    ),
    Labelled("Токаев", ("ru_tokayev_astana", "ru_kz_tokayev_quote"), "Токаев, Токаев:"),
    Labelled("Токаевым", ("ru_tokayev_astana", "ru_kz_tokayev_quote"), "the instrumental typed"),
    Labelled("Мирзиёев", ("ru_uz_mirziyoyev",), "Шавкатом Мирзиёевым"),
    Labelled("Шамба", ("ru_abkhazia_gunba",), "О.Н.Шамбой"),
    Labelled("Алиев", ("ru_azerbaijan_aliyev",), "Ильхам Алиев"),
    Labelled("Алиевым", ("ru_azerbaijan_aliyev",), "the instrumental typed"),
    Labelled("Макрон", ("ru_macron_call",), "с Эммануэлем Макроном"),
    Labelled(
        "Майя Санду", ("ru_sandu_election",), "the first name in the nominative; the post has Майи"
    ),
    Labelled("Фидан", ("ru_turkey_fidan",), "Х.Фиданом"),
    Labelled("Ким Чен Ын", ("ru_dprk_kim", "ru_shoigu_secbez"), "Ким Чен Ыном"),
    Labelled("Моди", ("ru_india_modi_visit",), "с Нарендрой Моди"),
    Labelled("Нарендра Моди", ("ru_india_modi_visit",), "the nominative; the post has Нарендрой"),
    Labelled(
        "Уиткофф", ("ru_witkoff_kremlin", "ru_witkoff_dmitriev"), "Стивена Уиткоффа, с Уиткоффом"
    ),
    Labelled(
        "Трамп",
        (
            "ru_armenia_trip_route",
            "ru_trump_call",
            "ru_tariffs_trump",
            "ru_colombia_petro",
            "ru_greenland_denmark",
        ),
        "Трамп, Трампом, «Маршрут Трампа»",
    ),
    Labelled(
        "Трампа",
        (
            "ru_armenia_trip_route",
            "ru_trump_call",
            "ru_tariffs_trump",
            "ru_colombia_petro",
            "ru_greenland_denmark",
        ),
        "the genitive typed",
    ),
    Labelled("Небензя", ("ru_nebenzia_unsc",), "В.А.Небензи: the genitive"),
    Labelled("Полянский", ("ru_polyansky_osce",), "Д.А.Полянский"),
    Labelled(
        "Набиуллина", ("ru_cbr_rate_hold", "ru_nabiullina_duma"), "Набиуллина, Эльвира Набиуллина"
    ),
    Labelled("Силуанов", ("ru_siluanov_nds",), "Антон Силуанов"),
    Labelled("Новака", ("ru_novak_opec",), "the genitive"),
    Labelled("Лула", ("ru_brazil_lula",), "Лула да Силва"),
    Labelled("Родригес", ("ru_cuba_rodriguez",), "Б.Родригесом Парильей"),
    Labelled("Милей", ("ru_argentina_milei",), "Хавьера Милея"),
    Labelled(
        "Мединский",
        ("ru_istanbul_talks", "ru_istanbul_memorandum"),
        "Владимир Мединский, Мединский",
    ),
    Labelled("Мединского", ("ru_istanbul_talks", "ru_istanbul_memorandum"), "the genitive typed"),
    Labelled("Борисов", ("ru_bakanov_roscosmos",), "вместо Юрия Борисова"),
    Labelled(
        "Песков",
        ("ru_peskov_briefing", "ru_peskova_quote"),
        "Песков, Пескова",
        absent=("ru_common_peski",),
    ),
    Labelled(
        "Пескова",
        ("ru_peskov_briefing", "ru_peskova_quote"),
        "the genitive",
        absent=("ru_common_peski",),
    ),
    Labelled("Путин и Зеленский", ("ru_peskov_briefing",), "«встречи Путина и Зеленского»"),
    Labelled(
        "Сергей Викторович",
        ("ru_lavrov_birthday",),
        "the first name and patronymic: «Сергею Викторовичу»",
    ),
    Labelled(
        "Сергей Лавров",
        ("ru_kenya_nairobi", "ru_lavrov_birthday"),
        "Сергей Лавров, Сергею Викторовичу Лаврову",
    ),
    Labelled("Лев XIV", ("ru_pope_leo", "ru_vatican_putin"), "Лев XIV, Львом XIV"),
    # 4. People by their initials (С.В.Лавров, М.В.Захарова), with and without spaces
    Labelled(
        "М.В.Захарова",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_answer_japan",
            "ru_mid_assets_comment",
        ),
        "the initials, the official form",
    ),
    Labelled(
        "М.В. Захарова",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_answer_japan",
            "ru_mid_assets_comment",
        ),
        "the initials with a space",
    ),
    Labelled(
        "М. В. Захаровой",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_answer_japan",
            "ru_mid_assets_comment",
        ),
        "spaced initials, the genitive",
    ),
    Labelled(
        "С.В.Лавров",
        (
            "ru_lavrov_addis",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "the minister's initials",
    ),
    Labelled(
        "Лавров С.В.",
        (
            "ru_lavrov_addis",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "the surname before the initials, as in a list",
    ),
    Labelled("А.Ю.Руденко", ("ru_mid_rudenko",), "the deputy minister's initials"),
    Labelled("М.Ю.Галузин", ("ru_mid_galuzin",), "the initials"),
    Labelled("О.Н.Шамба", ("ru_abkhazia_gunba",), "the initials"),
    Labelled("М.Л.Богданов", ("ru_yemen_talks",), "the initials"),
    Labelled("Х.Фидан", ("ru_turkey_fidan",), "the initial and the surname"),
    Labelled("М.Рубио", ("ru_lavrov_rubio_call",), "the initial as written"),
    Labelled("В.А.Небензя", ("ru_nebenzia_unsc",), "the initials, the nominative typed"),
    Labelled("Д.А.Полянский", ("ru_polyansky_osce",), "as written"),
    Labelled(
        "С. В. Лавров",
        (
            "ru_lavrov_addis",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "spaced initials",
    ),
    Labelled(
        "С.Лавров",
        (
            "ru_lavrov_addis",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "one initial",
    ),
    Labelled(
        "Лавров С. В.",
        (
            "ru_lavrov_addis",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "surname first, spaced",
    ),
    Labelled("Д.А. Полянский", ("ru_polyansky_osce",), "a space after the initials"),
    Labelled("S.Lavrov", (), "Latin initials: no English post writes them"),
    Labelled("Б.Родригес", ("ru_cuba_rodriguez",), "Б.Родригесом Парильей"),
    Labelled("Г.Т.Макунц", ("ru_mid_galuzin",), "Г.Т.Макунца"),
    # 5. Transliterations both ways and a name's other spellings
    Labelled("Yusuf", ("en_au_commission",), "the English spelling of the same name"),
    Labelled("Goita", (), "no English post names Goita"),
    Labelled(
        "Zakharova",
        ("en_zakh_briefing", "en_zakh_moldova", "en_zakh_latvia", "en_hashtag_fake"),
        "her name in English",
    ),
    Labelled(
        "Zaharova",
        ("en_zakh_briefing", "en_zakh_moldova", "en_zakh_latvia", "en_hashtag_fake"),
        "transliterated without the k: another spelling",
    ),
    Labelled("Maria Zakharova", ("en_zakh_briefing", "en_zakh_moldova"), "first name and surname"),
    Labelled("Maria Zakharova's", ("en_zakh_briefing", "en_zakh_moldova"), "the possessive typed"),
    Labelled("Zakharova briefing", ("en_zakh_briefing",), "the briefing"),
    Labelled("Chisinau", ("en_zakh_moldova",), "the capital in English"),
    Labelled("Kishinev", ("en_zakh_moldova",), "the old transliteration of Chisinau"),
    Labelled("Riabkov", ("en_ryabkov_stability",), "another transliteration"),
    Labelled("Tokaev", ("en_tokayev_astana",), "transliterated without y"),
    Labelled("Mirziyoev", ("en_uz_mirziyoyev",), "a common other spelling"),
    Labelled("Rahmon", (), "no English post names him"),
    Labelled("Khudzhand", ("en_tj_border",), "the Russian-style transliteration of Khujand"),
    Labelled("Japarov", (), "no English post names him"),
    Labelled("Kobakhidze", ("en_kobakhidze_visa",), "in English"),
    Labelled("Aliyev", (), "no English post names him"),
    Labelled("Orbán", ("en_orban_moscow",), "the accent typed; the post has none"),
    Labelled("Szijjarto", ("en_szijjarto_paks",), "without the accents"),
    Labelled("Vučić", ("en_vucic_parade",), "with the diacritics"),
    Labelled("Poznań", ("en_poland_consulate",), "the Polish spelling; the post has Poznan"),
    Labelled("Maya Sandu", ("en_sandu_party",), "the first name transliterated from Russian"),
    Labelled("Арагчи", ("ru_iran_araghchi",), "another Russian spelling of Araghchi"),
    Labelled("Araqchi", ("en_iran_araghchi",), "another spelling"),
    Labelled("Pezeshkian", (), "no English post names him"),
    Labelled("Shibani", ("en_syria_shaibani",), "another spelling of the name"),
    Labelled("Sharaa", ("en_syria_sharaa",), "without al-"),
    Labelled("Ahmad al-Sharaa", ("en_syria_sharaa",), "Ahmad for Ahmed"),
    Labelled("Джулани", (), "his former nom de guerre: no post"),
    Labelled("Нетаниягу", ("ru_israel_netanyahu",), "an older Russian spelling of the name"),
    Labelled(
        "Такаичи", ("ru_japan_takaichi",), "the spelling by English, not the Polivanov system"
    ),
    Labelled("Choe Son-hui", ("en_dprk_choe",), "hyphenated given name"),
    Labelled("Kim Jong Un", ("en_kim_beijing", "en_shoigu_pyongyang"), "as written"),
    Labelled("Kim Jong-un", ("en_kim_beijing", "en_shoigu_pyongyang"), "hyphenated"),
    Labelled("Джайшанкаром", ("ru_india_jaishankar",), "the instrumental typed"),
    Labelled("Уиткоф", ("ru_witkoff_kremlin", "ru_witkoff_dmitriev"), "one ф: a common spelling"),
    Labelled(
        "Виткофф",
        ("ru_witkoff_kremlin", "ru_witkoff_dmitriev"),
        "the name's other Russian spelling",
    ),
    Labelled(
        "Trump",
        (
            "en_tripp_route",
            "en_alaska_summit",
            "en_tariffs_liberation",
            "en_petro_trump",
            "en_greenland",
        ),
        "Trump, the Trump Route",
    ),
    Labelled("Гутерреш", ("ru_guterres_kazan",), "the other Russian spelling"),
    Labelled("Sheinbaum", ("en_sheinbaum_cartels",), "as written"),
    Labelled("Bogotá", ("en_petro_trump",), "the accent typed; the post has Bogota"),
    Labelled("Medinskiy", ("en_istanbul_talks",), "another transliteration"),
    Labelled(
        "Zelensky",
        ("en_zelensky_truce", "en_peskov"),
        "the spelling with one y; the post has Zelenskyy",
    ),
    Labelled("Shoigu", ("en_shoigu_pyongyang",), "as written"),
    Labelled("Shoygu", ("en_shoigu_pyongyang",), "another transliteration"),
    Labelled("Peskov", ("en_peskov",), "Dmitry Peskov"),
    Labelled("Dmitri Peskov", ("en_peskov",), "another spelling of the first name"),
    # 6. States, capitals and demonyms
    Labelled("Эфиопия", ("ru_lavrov_addis", "ru_ethiopia_brics"), "Эфиопии, Эфиопия"),
    Labelled("эфиопский", ("ru_ethiopia_brics",), "the adjective as written"),
    Labelled("Addis Ababa", ("en_lavrov_addis",), "the capital in English"),
    Labelled("Ethiopian", ("en_lavrov_addis",), "the demonym finds Ethiopia"),
    Labelled("Мали", ("ru_mali_goita", "ru_sahel_alliance"), "Республики Мали, Мали"),
    Labelled(
        "малийский", ("ru_mali_goita",), "российско-малийские: the adjective inside a compound"
    ),
    Labelled("Буркина-Фасо", ("ru_sahel_alliance", "ru_burkina_wheat"), "the hyphenated name"),
    Labelled(
        "Нигер",
        ("ru_sahel_alliance", "ru_niger_uranium"),
        "Нигера: the genitive",
        absent=("ru_kenya_nairobi",),
    ),
    Labelled("Niger", ("en_sahel_moscow", "en_niger_somair"), "Niger, Niger's"),
    Labelled(
        "Центральноафриканская Республика",
        ("ru_car_instructors",),
        "the full name, in the prepositional in the post",
    ),
    Labelled("молдавский", ("ru_zakh_moldova", "ru_sandu_election"), "Молдавские власти"),
    Labelled(
        "Молдавия",
        ("ru_zakh_moldova", "ru_sandu_election"),
        "Молдавские, Кишинёв: the state's adjective",
    ),
    Labelled("Латвия", ("ru_zakh_baltic_ru", "ru_verb_zapretila"), "Латвии"),
    Labelled("японский", ("ru_zakh_answer_japan",), "японской стороны"),
    Labelled(
        "Эстония",
        ("ru_mid_ambassador_recall", "ru_estonia_church", "ru_verb_zapreshchen"),
        "в Эстонии",
    ),
    Labelled("Астана", ("ru_tokayev_astana",), "в Астане"),
    Labelled(
        "Казахстан",
        ("ru_kz_npp", "ru_kz_tokayev_quote", "ru_eaeu_minsk"),
        "Казахстан; a post naming only Астана may be found",
    ),
    Labelled(
        "казахстанский",
        ("ru_kz_npp", "ru_kz_tokayev_quote", "ru_eaeu_minsk"),
        "the adjective typed: the state's posts",
    ),
    Labelled("Kazakhstan", ("en_kz_npp", "en_eaeu_minsk"), "Kazakhstan"),
    Labelled("Kazakh", ("en_kz_npp", "en_eaeu_minsk"), "the demonym for Kazakhstan"),
    Labelled(
        "Узбекистан", ("ru_uz_mirziyoyev", "ru_uz_gas", "ru_tj_border"), "Узбекистан, Узбекистана"
    ),
    Labelled("узбекистанцы", ("ru_uz_migrants",), "узбекистанцев"),
    Labelled("Душанбе", ("ru_tj_rahmon", "ru_cis_summit"), "the capital, which does not decline"),
    Labelled("Dushanbe", ("en_cis_dushanbe",), "Dushanbe"),
    Labelled("Таджикистан", ("ru_tj_rahmon", "ru_tj_border"), "Таджикистана"),
    Labelled("Tajik", ("en_tj_border",), "the demonym"),
    Labelled(
        "Киргизия",
        ("ru_tj_border", "ru_kg_japarov", "ru_kg_som"),
        "Киргизии, and its other names Кыргызстан, Кыргызская Республика",
        first="ru_tj_border",
    ),
    Labelled(
        "Кыргызстан",
        ("ru_kg_japarov", "ru_tj_border", "ru_kg_som"),
        "Кыргызстана, and Киргизии",
        first="ru_kg_japarov",
    ),
    Labelled("Туркменистан", ("ru_tm_berdimuhamedov",), "Туркменистана"),
    Labelled("Туркмения", ("ru_tm_berdimuhamedov",), "the state's other name"),
    Labelled(
        "Абхазия",
        ("ru_abkhazia_gunba", "ru_s_ossetia"),
        "Абхазия, Абхазии",
        first="ru_abkhazia_gunba",
    ),
    Labelled(
        "абхазский", ("ru_abkhazia_gunba", "ru_s_ossetia"), "the adjective: the state's posts"
    ),
    Labelled("Южная Осетия", ("ru_s_ossetia",), "Южной Осетии"),
    Labelled(
        "Грузия",
        ("ru_georgia_kobakhidze", "ru_verb_vozobnovleny"),
        "Грузии; a post naming only Тбилиси may be found",
    ),
    Labelled(
        "Тбилиси",
        ("ru_georgia_kobakhidze", "ru_georgia_protests"),
        "Тбилиси, which does not decline",
    ),
    Labelled(
        "Сюник", ("ru_armenia_trip_route",), "через Сюникскую область: the region's adjective"
    ),
    Labelled("Ереван", ("ru_armenia_trip_route", "ru_armenia_eu_law"), "Ереван, Еревана"),
    Labelled(
        "Баку",
        ("ru_armenia_trip_route", "ru_azerbaijan_aliyev", "ru_azerbaijan_sputnik"),
        "Баку, which does not decline",
    ),
    Labelled("Армения", ("ru_armenia_eu_law",), "Армении"),
    Labelled("Armenia", ("en_tripp_route", "en_armenia_eu_bill"), "Armenia, Armenia's"),
    Labelled(
        "венгерский",
        ("ru_orban_visit", "ru_szijjarto_paks", "ru_verb_otkazyvaetsya"),
        "Венгерский премьер; and Венгрии",
        first="ru_orban_visit",
    ),
    Labelled(
        "Венгрия",
        ("ru_szijjarto_paks", "ru_orban_visit", "ru_verb_otkazyvaetsya"),
        "Венгрии and the adjective",
    ),
    Labelled("Hungary", ("en_orban_moscow",), "Hungarian: the demonym written"),
    Labelled("Slovakia", ("en_fico_victory_day",), "Slovak: the demonym written"),
    Labelled(
        "Сербия", ("ru_vucic_parade", "ru_serbia_nis", "ru_russian_house"), "Сербии, сербской"
    ),
    Labelled(
        "сербский",
        ("ru_serbia_nis", "ru_vucic_parade", "ru_russian_house"),
        "сербской нефтяной компании, and the state",
    ),
    Labelled("Serbia", ("en_vucic_parade", "en_nis_sanctions"), "Serbian: the demonym written"),
    Labelled("Germany", ("en_merz_chancellor", "en_iran_snapback"), "German: the demonym written"),
    Labelled(
        "Франция",
        ("ru_macron_call", "ru_niger_uranium"),
        "Французской Республики: the adjective of the official name",
    ),
    Labelled(
        "Финляндия",
        ("ru_finland_stubb", "ru_finland_border_closed"),
        "Финляндии; финская сторона, российско-финляндской",
        first="ru_finland_stubb",
    ),
    Labelled(
        "финский",
        ("ru_finland_border_closed", "ru_finland_stubb"),
        "Финская сторона; Финляндии",
        first="ru_finland_border_closed",
    ),
    Labelled("Finland", ("en_stubb_border",), "Finnish: the demonym written"),
    Labelled(
        "Норвегия",
        ("ru_norway_svalbard", "ru_verb_vyshlet", "ru_verb_vyslany"),
        "норвежских властей: the adjective",
    ),
    Labelled(
        "Калининград",
        ("ru_poland_consulate", "ru_lithuania_transit"),
        "в Калининграде, Калининградскую область",
        first="ru_poland_consulate",
    ),
    Labelled("Польша", ("ru_poland_consulate", "ru_verb_zaderzhat"), "Польши"),
    Labelled("Transnistria", ("en_transnistria_gas",), "Transnistria"),
    Labelled("Pridnestrovie", ("en_transnistria_gas",), "the name in Russian transliterated"),
    Labelled(
        "Иран",
        (
            "ru_iran_araghchi",
            "ru_iran_pezeshkian",
            "ru_iran_snapback",
            "ru_iran_iaea_coop",
            "ru_consular_israel_iran",
        ),
        "Иран, Ирана, Ирана, Иран; иранские",
    ),
    Labelled(
        "Ираном",
        (
            "ru_iran_araghchi",
            "ru_iran_pezeshkian",
            "ru_iran_snapback",
            "ru_iran_iaea_coop",
            "ru_consular_israel_iran",
        ),
        "the instrumental typed",
    ),
    Labelled(
        "иранский",
        (
            "ru_iran_iaea_coop",
            "ru_iran_araghchi",
            "ru_iran_pezeshkian",
            "ru_iran_snapback",
            "ru_consular_israel_iran",
        ),
        "иранские государственные СМИ, and the state",
        first="ru_iran_iaea_coop",
    ),
    Labelled("Iran", ("en_iran_araghchi", "en_iran_snapback", "en_iran_iaea_suspend"), "Iran"),
    Labelled(
        "Iranian",
        ("en_iran_araghchi", "en_iran_snapback", "en_iran_iaea_suspend"),
        "the demonym for Iran",
    ),
    Labelled(
        "Сирия",
        ("ru_syria_shaibani", "ru_syria_sharaa", "ru_syria_hmeimim"),
        "Сирии, Сирийской, сирийскими",
        first="ru_syria_sharaa",
    ),
    Labelled("сирийские власти", ("ru_syria_hmeimim",), "с новыми сирийскими властями"),
    Labelled("Syria", ("en_syria_shaibani", "en_syria_sharaa"), "Syrian, Syria's"),
    Labelled(
        "Ирак",
        ("ru_iraq_sudani",),
        "Ирака",
        absent=("ru_iran_araghchi", "ru_iran_pezeshkian", "ru_iran_snapback", "ru_iran_iaea_coop"),
    ),
    Labelled("Рияд", ("ru_saudi_riyadh",), "without the article"),
    Labelled("Эмираты", ("ru_uae_prisoner_swap",), "the short name"),
    Labelled("египтяне", ("ru_egypt_abdelatty",), "египтян за рубежом"),
    Labelled("Israel", ("en_gaza_ceasefire", "en_netanyahu_pardon"), "Israel, Israel's"),
    Labelled("Йемен", ("ru_yemen_talks",), "йеменского движения: the adjective"),
    Labelled(
        "Турция",
        ("ru_turkey_fidan", "ru_turkey_akkuyu"),
        "Турецкой Республики, в Турции",
        first="ru_turkey_akkuyu",
        absent=("ru_common_turist",),
    ),
    Labelled(
        "Turkey", ("en_akkuyu",), "Türkiye: the state's other name", absent=("en_common_turkey",)
    ),
    Labelled("Turkiye", ("en_akkuyu",), "without the umlaut", absent=("en_common_turkey",)),
    Labelled(
        "Китай",
        (
            "ru_china_visa_free",
            "ru_china_trade",
            "ru_taiwan_statement",
            "ru_wang_yi_talks",
            "ru_verb_vstretilis",
            "ru_panama_canal",
        ),
        "Китай, Китая; КНР",
    ),
    Labelled(
        "китайский",
        (
            "ru_china_visa_free",
            "ru_china_trade",
            "ru_taiwan_statement",
            "ru_wang_yi_talks",
            "ru_verb_vstretilis",
            "ru_panama_canal",
        ),
        "the adjective typed: the state's posts",
    ),
    Labelled(
        "China",
        ("en_china_visa_free", "en_china_trade", "en_power_siberia", "en_wang_yi", "en_verb_met"),
        "China, China's; Chinese",
        absent=("en_common_china",),
    ),
    Labelled(
        "Chinese",
        ("en_wang_yi", "en_china_trade", "en_china_visa_free", "en_power_siberia", "en_verb_met"),
        "the demonym and the state",
        absent=("en_common_china",),
    ),
    Labelled(
        "PRC",
        ("en_china_visa_free", "en_china_trade", "en_power_siberia", "en_wang_yi", "en_verb_met"),
        "the abbreviation for China",
    ),
    Labelled("Beijing", ("en_wang_yi", "en_kim_beijing"), "Beijing"),
    Labelled(
        "Япония",
        ("ru_japan_takaichi", "ru_japan_fishing", "ru_taiwan_statement", "ru_zakh_answer_japan"),
        "Японии, Япония; японской стороны",
    ),
    Labelled("Japanese", ("en_takaichi",), "the demonym"),
    Labelled(
        "Северная Корея", ("ru_dprk_choe", "ru_dprk_kim", "ru_mid_rudenko"), "КНДР's common name"
    ),
    Labelled(
        "North Korea",
        ("en_kim_beijing", "en_dprk_choe", "en_shoigu_pyongyang"),
        "North Korean; DPRK",
    ),
    Labelled("Южная Корея", ("ru_rok_lee",), "«Республики Корея»: the state's other name"),
    Labelled("South Korea", ("en_lee_jae_myung",), "«Republic of Korea»"),
    Labelled(
        "Индия",
        ("ru_india_jaishankar", "ru_india_oil", "ru_pakistan_india_clash"),
        "Индии; индийские товары",
    ),
    Labelled(
        "индийский",
        ("ru_india_oil", "ru_india_jaishankar", "ru_pakistan_india_clash"),
        "индийские товары, российско-индийскому",
        first="ru_india_oil",
    ),
    Labelled(
        "India",
        ("en_jaishankar", "en_india_tariff", "en_india_pakistan"),
        "India-Russia; Indian goods",
    ),
    Labelled(
        "США",
        (
            "ru_india_oil",
            "ru_lavrov_rubio_call",
            "ru_witkoff_kremlin",
            "ru_witkoff_dmitriev",
            "ru_trump_call",
            "ru_unsc_resolution",
            "ru_who_exit",
            "ru_tariffs_trump",
            "ru_sanctions_rosneft",
            "ru_venezuela_strikes",
            "ru_zelensky_statement",
            "ru_28_points",
            "ru_geneva_ukraine_us",
            "ru_panama_canal",
        ),
        "США and «Соединённых Штатов Америки»",
    ),
    Labelled("Соединённые Штаты", ("ru_trump_call",), "as written, in the genitive"),
    Labelled(
        "Венесуэла",
        ("ru_venezuela_maduro", "ru_venezuela_strikes", "ru_caracas_embassy"),
        "Венесуэла, Венесуэлы, над Венесуэлой",
    ),
    Labelled(
        "венесуэльский",
        ("ru_venezuela_maduro", "ru_venezuela_strikes", "ru_caracas_embassy"),
        "the adjective typed",
    ),
    Labelled("Venezuela", ("en_maduro_treaty", "en_venezuela_strikes"), "Venezuelan, Venezuela"),
    Labelled("Рио-де-Жанейро", ("ru_brazil_lula", "ru_brics_rio_lavrov"), "as written"),
    Labelled("Рио", ("ru_brazil_lula", "ru_brics_rio_lavrov"), "the short name"),
    Labelled("Куба", ("ru_cuba_oil", "ru_cuba_rodriguez"), "на Кубу, Республики Куба"),
    Labelled("Mexico", ("en_sheinbaum_cartels",), "Mexican: the demonym written"),
    Labelled("Colombia", ("en_petro_trump",), "Colombian"),
    Labelled("Стамбул", ("ru_istanbul_talks", "ru_umerov_delegation"), "в Стамбуле"),
    Labelled("Istanbul", ("en_istanbul_talks", "en_umerov_istanbul"), "as written"),
    Labelled(
        "Киев",
        ("ru_zelensky_statement", "ru_mid_kiev_regime"),
        "Киева, киевского режима",
        first="ru_zelensky_statement",
    ),
    Labelled("Kiev", ("en_zelensky_truce",), "the old transliteration"),
    Labelled(
        "Курская область",
        ("ru_kursk_liberated", "ru_mid_kiev_regime"),
        "Курской области, в Курской областях",
        first="ru_kursk_liberated",
    ),
    Labelled("Женева", ("ru_geneva_ukraine_us",), "в Женеве; «Женевских» дискуссий may be found"),
    Labelled("Оренбург", ("ru_orenburg_flood",), "Оренбургской области"),
    Labelled("Забайкалье", ("ru_wildfires_zabaikalye",), "в Забайкальском крае"),
    Labelled("Тайланд", ("ru_consular_thailand",), "the common misspelling of Таиланд"),
    Labelled("Канада", ("ru_g7_canada",), "в канадском Кананаскисе: the adjective"),
    Labelled("Belém", ("en_cop30",), "the accent typed; the post has Belem"),
    Labelled("Бразилия", ("ru_cop30",), "в бразильском Белене: the adjective"),
    Labelled(
        "Белоруссия",
        ("ru_lukashenko_oreshnik", "ru_belarus_prisoners", "ru_verb_podpisyvayut"),
        "в Белоруссии, Белоруссия; and Беларусь",
    ),
    Labelled(
        "Беларусь",
        ("ru_lukashenko_oreshnik", "ru_belarus_prisoners", "ru_verb_podpisyvayut"),
        "the state's other name",
    ),
    Labelled("Belarus", ("en_oreshnik_belarus", "en_belarus_prisoners"), "Belarus, Belarusian"),
    Labelled(
        "Минск", ("ru_eaeu_minsk", "ru_belarus_prisoners", "ru_verb_obsudyat"), "в Минске, в Минск"
    ),
    Labelled("Эль-Фашир", ("ru_sudan_elfasher", "ru_verb_prizvali"), "Эль-Фашира, в Эль-Фашир"),
    Labelled("El Fasher", ("en_elfasher",), "as written"),
    Labelled("El-Fasher", ("en_elfasher",), "hyphenated"),
    Labelled(
        "Судан",
        ("ru_verb_prizyvaet", "ru_sudan_elfasher"),
        "в Судане; суданской армии",
        absent=("ru_iraq_sudani",),
    ),
    Labelled("Sudan", ("en_verb_urge", "en_elfasher"), "Sudan, Sudan's"),
    # 7. Organisations, abbreviations and their expansions, both languages
    Labelled(
        "Африканский союз",
        ("ru_au_commission", "ru_russia_africa_summit"),
        "Африканского союза, с Африканским союзом",
    ),
    Labelled("AU Commission", ("en_au_commission",), "the abbreviation of the African Union"),
    Labelled("АГС", ("ru_sahel_alliance",), "the alliance's abbreviation; the post spells it out"),
    Labelled("Alliance of Sahel States", ("en_sahel_moscow",), "the alliance in English"),
    Labelled(
        "ЦАР", ("ru_car_instructors",), "the abbreviation as written, and the name spelled out"
    ),
    Labelled("ЮАР", ("ru_sar_ramaphosa",), "the abbreviation for «Южно-Африканской Республики»"),
    Labelled("НАТО", ("ru_mid_grushko", "ru_nato_hague"), "НАТО"),
    Labelled(
        "Североатлантический альянс",
        ("ru_mid_grushko",),
        "the alliance's Russian name typed for НАТО",
    ),
    Labelled("замглавы МИД", ("ru_mid_grushko",), "Замглавы МИД as written"),
    Labelled(
        "замминистра иностранных дел",
        ("ru_mid_ryabkov", "ru_mid_galuzin", "ru_mid_rudenko"),
        "the short form and «Заместитель Министра иностранных дел»",
        first="ru_mid_ryabkov",
    ),
    Labelled(
        "АЭС",
        ("ru_kz_npp", "ru_egypt_dabaa", "ru_szijjarto_paks", "ru_turkey_akkuyu"),
        "the abbreviation and its expansion",
    ),
    Labelled("Росатом", ("ru_kz_npp", "ru_egypt_dabaa"), "«Росатом», #Росатом"),
    Labelled("NPP", ("en_kz_npp",), "the abbreviation for nuclear power plant"),
    Labelled(
        "Каспийский трубопроводный консорциум",
        ("ru_kz_oil_cpc",),
        "the name in the genitive in the post",
    ),
    Labelled("CPC", ("en_cpc_drone",), "the abbreviation of the Caspian Pipeline Consortium"),
    Labelled(
        "Нацбанк Киргизии",
        ("ru_kg_som",),
        "the short name users type: «Национальный банк Кыргызской Республики»",
    ),
    Labelled("Содружество Независимых Государств", ("ru_cis_summit",), "the expansion for СНГ"),
    Labelled(
        "Commonwealth of Independent States",
        ("en_cis_dushanbe", "en_lebanon_evac"),
        "the expansion of CIS",
    ),
    Labelled(
        "TRIPP",
        ("ru_armenia_trip_route", "en_tripp_route"),
        "the Latin abbreviation is in both posts",
    ),
    Labelled(
        "Спутник Азербайджан", ("ru_azerbaijan_sputnik",), "the agency's name typed in Cyrillic"
    ),
    Labelled("вступление в ЕС", ("ru_armenia_eu_law",), "the abbreviation for Евросоюз"),
    Labelled("Пакш", ("ru_szijjarto_paks",), "the plant's name without the number"),
    Labelled("Paks-2", ("en_szijjarto_paks",), "Paks II written with an Arabic numeral"),
    Labelled(
        "NIS", ("ru_serbia_nis", "en_nis_sanctions"), "the company's Latin name in both posts"
    ),
    Labelled("Газпром нефть", ("ru_serbia_nis",), "«Газпром нефть»", absent=("ru_uz_gas",)),
    Labelled("Gazprom Neft", ("en_nis_sanctions",), "as written"),
    Labelled(
        "КПП", ("ru_finland_border_closed",), "the abbreviation users type for «пункты пропуска»"
    ),
    Labelled(
        "ДИП МИД",
        ("ru_norway_svalbard",),
        "the department's abbreviation for «Департамента информации и печати»",
    ),
    Labelled(
        "генконсульство",
        ("ru_poland_consulate", "ru_verb_otkroet"),
        "генконсульства and генеральное консульство",
    ),
    Labelled(
        "генеральное консульство",
        ("ru_poland_consulate", "ru_verb_otkroet"),
        "the full name and the short one",
    ),
    Labelled(
        "снэпбэк",
        ("ru_iran_snapback",),
        "the loanword users type for «механизм восстановления санкций»",
    ),
    Labelled(
        "Совбез ООН",
        ("ru_iran_snapback", "ru_nebenzia_unsc", "ru_unsc_resolution"),
        "the colloquial short name",
    ),
    Labelled(
        "IAEA", ("en_iran_iaea_suspend",), "the abbreviation for International Atomic Energy Agency"
    ),
    Labelled(
        "Международное агентство по атомной энергии",
        ("ru_iran_iaea_coop",),
        "the expansion of МАГАТЭ",
    ),
    Labelled(
        "ОАЭ", ("ru_uae_prisoner_swap",), "the abbreviation for «Объединённых Арабских Эмиратов»"
    ),
    Labelled("UAE", ("en_uae_swap",), "the abbreviation for United Arab Emirates"),
    Labelled("UNRWA", ("en_unrwa_funds",), "the agency's English abbreviation"),
    Labelled("Houthi", ("en_houthis_ship",), "Houthis"),
    Labelled(
        "КНР",
        (
            "ru_wang_yi_talks",
            "ru_china_trade",
            "ru_china_visa_free",
            "ru_taiwan_statement",
            "ru_verb_vstretilis",
            "ru_panama_canal",
        ),
        "КНР and Китай, Китая",
    ),
    Labelled("КПК", ("ru_wang_yi_talks",), "ЦК КПК"),
    Labelled("Коммунистическая партия Китая", ("ru_wang_yi_talks",), "the expansion of КПК"),
    Labelled(
        "ГТУ КНР",
        ("ru_china_trade",),
        "the customs' abbreviation for «Главное таможенное управление КНР»",
    ),
    Labelled(
        "CNPC", ("ru_china_power_siberia", "en_power_siberia"), "the Latin abbreviation is in both"
    ),
    Labelled(
        "КНДР",
        ("ru_dprk_choe", "ru_dprk_kim", "ru_mid_rudenko"),
        "КНДР and «Корейской Народно-Демократической Республики»",
    ),
    Labelled(
        "DPRK",
        ("en_dprk_choe", "en_kim_beijing", "en_shoigu_pyongyang"),
        "DPRK and North Korean",
        first="en_dprk_choe",
    ),
    Labelled("партнёр БРИКС", ("ru_malaysia_anwar",), "партнёром БРИКС"),
    Labelled(
        "госсекретарь США",
        ("ru_lavrov_rubio_call", "ru_panama_canal"),
        "«Государственным секретарём США»: the short word",
    ),
    Labelled("Госдеп", ("ru_unesco_exit",), "в Госдепартаменте: the colloquial short name"),
    Labelled("ДСНВ", ("ru_new_start",), "the treaty's short name: the post has «Договору о СНВ»"),
    Labelled("СНВ-3", ("ru_new_start",), "the treaty's other short name"),
    Labelled(
        "ДРСМД",
        ("ru_inf_moratorium",),
        (
            "the INF treaty's Russian abbreviation; the post is about its moratorium on "
            "«ракет средней и меньшей дальности»"
        ),
    ),
    Labelled(
        "постпред",
        ("ru_nebenzia_unsc", "ru_pace_walkout", "ru_polyansky_osce", "ru_verb_gotovy"),
        "the short word and «Постоянного представителя»",
    ),
    Labelled(
        "Совет Безопасности ООН",
        ("ru_nebenzia_unsc", "ru_unsc_resolution", "ru_iran_snapback"),
        "spelled out, Совбез ООН, СБ ООН",
        first="ru_nebenzia_unsc",
    ),
    Labelled(
        "Совбез",
        ("ru_unsc_resolution", "ru_nebenzia_unsc", "ru_iran_snapback"),
        "Совбез, Совета Безопасности, СБ",
        first="ru_unsc_resolution",
    ),
    Labelled(
        "UN Security Council", ("en_unsc_resolution",), "«The Security Council» of a UN News post"
    ),
    Labelled("UNSC", ("en_unsc_resolution",), "the abbreviation"),
    Labelled(
        "Генеральная Ассамблея ООН", ("ru_unga_vote",), "the full name; the post has Генассамблея"
    ),
    Labelled("ГА ООН", ("ru_unga_vote",), "the abbreviation"),
    Labelled("UNGA", ("en_unga_vote",), "the abbreviation for General Assembly"),
    Labelled("генсек ООН", ("ru_guterres_kazan",), "«Генеральный секретарь ООН»: the short word"),
    Labelled(
        "ООН",
        (
            "ru_iran_snapback",
            "ru_nebenzia_unsc",
            "ru_unsc_resolution",
            "ru_unga_vote",
            "ru_guterres_kazan",
            "ru_un80",
            "ru_hashtag_diplomacy",
            "ru_cop30",
            "ru_verb_prizvali",
            "ru_verb_gotovy",
        ),
        "every post naming the UN",
    ),
    Labelled("Организация Объединённых Наций", ("ru_un80",), "the name spelled out"),
    Labelled(
        "ВОЗ", ("ru_who_exit",), "the abbreviation for «Всемирной организации здравоохранения»"
    ),
    Labelled("WHO", ("en_who_exit",), "the abbreviation for World Health Organization"),
    Labelled(
        "ЦБ",
        ("ru_cbr_rate_hold", "ru_cbr_rate_cut", "ru_cbr_rate_cut2"),
        "ЦБ and «Банк России»",
        first="ru_cbr_rate_hold",
    ),
    Labelled(
        "Банк России",
        ("ru_cbr_rate_cut", "ru_cbr_rate_cut2", "ru_cbr_rate_hold"),
        "as written, and ЦБ",
    ),
    Labelled(
        "Центробанк",
        ("ru_cbr_rate_cut", "ru_cbr_rate_cut2", "ru_cbr_rate_hold"),
        "the colloquial name for ЦБ, Банк России",
    ),
    Labelled("central bank", ("en_cbr_cut", "en_cbr_hold"), "central bank and Bank of Russia"),
    Labelled(
        "Государственная дума",
        ("ru_nabiullina_duma", "ru_volodin_duma"),
        "the full name; the post has Госдуме",
    ),
    Labelled("валовой внутренний продукт", ("ru_gdp_growth",), "the expansion of ВВП"),
    Labelled("Минфин", ("ru_budget_deficit", "ru_sanctions_rosneft"), "Минфин, Минфин США"),
    Labelled(
        "Министерство финансов",
        ("ru_budget_deficit", "ru_sanctions_rosneft"),
        "Минфин; «Министр финансов» may be found",
    ),
    Labelled("налог на добавленную стоимость", ("ru_siluanov_nds",), "the expansion of НДС"),
    Labelled("Московская биржа", ("ru_ruble_rate",), "the full name"),
    Labelled("ОПЕК+", ("ru_opec_plus", "ru_novak_opec", "ru_brent_price"), "ОПЕК+"),
    Labelled(
        "ОПЕК", ("ru_opec_plus", "ru_novak_opec", "ru_brent_price"), "ОПЕК+ typed without the plus"
    ),
    Labelled("OPEC", ("en_opec_plus",), "without the plus"),
    Labelled("брент", ("ru_brent_price",), "the brand typed in Cyrillic"),
    Labelled("сжиженный природный газ", ("ru_sanctions_19",), "the expansion of СПГ"),
    Labelled("Европейская комиссия", ("ru_frozen_assets",), "the full name"),
    Labelled("Евроклир", ("ru_euroclear",), "the name typed in Cyrillic"),
    Labelled(
        "БРИКС", ("ru_brazil_lula", "ru_brics_rio_lavrov", "ru_malaysia_anwar"), "БРИКС, #БРИКС"
    ),
    Labelled("BRICS", ("en_lula_brics", "en_guterres_kazan"), "BRICS"),
    Labelled(
        "Совет национальной безопасности и обороны",
        ("ru_umerov_delegation",),
        "the expansion of СНБО",
    ),
    Labelled(
        "ВОВ",
        ("ru_putin_decree_victory",),
        "the abbreviation users type for the Great Patriotic War",
    ),
    Labelled("Совбез России", ("ru_shoigu_secbez",), "«Совета Безопасности Российской Федерации»"),
    Labelled("Минобороны", ("ru_belousov_mod",), "«Министр обороны»: the ministry typed"),
    Labelled("ГОЗ", ("ru_belousov_mod",), "the abbreviation for гособоронзаказ"),
    Labelled("ЧС", ("ru_wildfires_zabaikalye",), "«режим чрезвычайной ситуации»"),
    Labelled("МКС", ("ru_roscosmos_soyuz",), "«Международной космической станции»"),
    Labelled("ISS", ("en_soyuz_iss",), "International Space Station"),
    Labelled(
        "беспилотники",
        ("ru_moscow_airport_drones", "ru_kz_oil_cpc"),
        "БПЛА stands for the drones; беспилотников",
        first="ru_kz_oil_cpc",
    ),
    Labelled("мессенджер Макс", ("ru_max_messenger",), "the name typed in Cyrillic"),
    Labelled("ЕДГ", ("ru_unified_vote_day",), "the abbreviation for «Единый день голосования»"),
    Labelled("Совфед", ("ru_matviyenko_fed",), "«Совета Федерации»: the short name"),
    Labelled("СФ", ("ru_matviyenko_fed",), "the abbreviation"),
    Labelled("БАС", ("ru_mishustin_gov",), "the abbreviation for «беспилотных авиационных систем»"),
    Labelled("СКЦ", ("ru_consular_hotline",), "the abbreviation for the centre"),
    Labelled(
        "Россотрудничество",
        ("ru_russian_house", "ru_rossotr_primakov"),
        "#Россотрудничество, Россотрудничества",
    ),
    Labelled(
        "ПМЭФ",
        ("ru_spief_open", "ru_spief_deals", "ru_indonesia_prabowo"),
        "ПМЭФ, ПМЭФ-2025, «Петербургский международный экономический форум»",
    ),
    Labelled(
        "Петербургский международный экономический форум",
        ("ru_spief_open", "ru_spief_deals", "ru_indonesia_prabowo"),
        "the full name and ПМЭФ",
        first="ru_spief_open",
    ),
    Labelled(
        "SPIEF",
        ("en_spief",),
        "the English abbreviation for St Petersburg International Economic Forum",
    ),
    Labelled(
        "ВЭФ", ("ru_eef_vladivostok",), "the abbreviation for «Восточного экономического форума»"
    ),
    Labelled("EEF", ("en_eef",), "the abbreviation for Eastern Economic Forum"),
    Labelled(
        "G20",
        ("ru_g20_johannesburg", "en_g20_jburg"),
        "«Группы двадцати» and the English post",
        first="en_g20_jburg",
    ),
    Labelled("Г20", ("ru_g20_johannesburg",), "the Cyrillic abbreviation"),
    Labelled("G7", ("ru_g7_canada", "en_g7_kananaskis"), "Latin letters in both posts"),
    Labelled("Большая семёрка", ("ru_g7_canada",), "the Russian name for G7"),
    Labelled("COP30", ("ru_cop30", "en_cop30"), "in both posts"),
    Labelled("COP 30", ("ru_cop30", "en_cop30"), "with a space"),
    Labelled(
        "ЕАЭС",
        ("ru_eaeu_minsk", "ru_verb_obsudyat", "ru_verb_otkrylos"),
        "ЕАЭС and «Евразийского экономического союза»",
    ),
    Labelled(
        "Евразийский экономический союз",
        ("ru_verb_otkrylos", "ru_eaeu_minsk", "ru_verb_obsudyat"),
        "the expansion of ЕАЭС",
        first="ru_verb_otkrylos",
    ),
    Labelled("Eurasian Economic Union", ("en_eaeu_minsk",), "the expansion of EAEU"),
    Labelled(
        "ВЕЭС",
        ("ru_eaeu_minsk", "ru_verb_obsuzhdali"),
        "«Высшего Евразийского экономического совета»",
    ),
    Labelled("СБР", ("ru_sudan_elfasher",), "the abbreviation for «Силы быстрого реагирования»"),
    Labelled("RSF", ("en_elfasher",), "the abbreviation for Rapid Support Forces"),
    Labelled(
        "Талибан",
        ("ru_afghanistan_recognition",),
        "«Исламский Эмират Афганистан»: the movement's name",
    ),
    # 8. Hashtags
    Labelled("#Брифинг", ("ru_zakh_briefing_0503",), "the tag"),
    Labelled("#Briefing", ("en_zakh_briefing",), "the English tag"),
    Labelled("#ДеньДипломата", ("ru_mid_dipworker_day",), "the tag"),
    Labelled("#ООН80", ("ru_un80",), "the tag"),
    Labelled("#UN80", ("en_un80",), "the tag"),
    Labelled("#БРИКС", ("ru_brics_rio_lavrov",), "the tag", first="ru_brics_rio_lavrov"),
    Labelled("#консульство", ("ru_consular_thailand",), "the tag"),
    Labelled("#eVisa", ("en_evisa",), "the tag"),
    Labelled("#загранпаспорт", ("ru_consular_passport",), "the tag"),
    Labelled("#БлижнийВосток", ("ru_consular_israel_iran",), "the tag"),
    Labelled("#РусскийДом", ("ru_russian_house",), "the tag"),
    Labelled("#ДипломатияПобеды", ("ru_hashtag_diplomacy",), "the tag"),
    Labelled("#антироссийскиесанкции", ("ru_hashtag_sanctions",), "the tag"),
    Labelled("#МИДLive", ("ru_hashtag_mfa_live",), "the tag of two alphabets"),
    Labelled("#Захарова", ("ru_hashtag_zakharova",), "the tag", first="ru_hashtag_zakharova"),
    Labelled("#фейк", ("ru_hashtag_zakharova",), "the tag"),
    Labelled("#fake", ("en_hashtag_fake",), "the tag"),
    Labelled("#Zakharova", ("en_hashtag_fake",), "the tag"),
    Labelled("#МИДРоссии", ("ru_hashtag_deti",), "the tag"),
    Labelled("#ДеньРоссии", ("ru_russia_day",), "the tag"),
    Labelled("#RussiaDay", ("en_russia_day",), "the tag"),
    Labelled("#СНовымГодом", ("ru_new_year",), "the tag"),
    # 9. Numbers in words and figures; sums and currencies; percentages
    Labelled("11 миллиардов кубометров", ("ru_uz_gas",), "the word spelled out"),
    Labelled("одиннадцать млрд", ("ru_uz_gas",), "the number in words"),
    Labelled("девять процентов", ("ru_kg_som",), "the percentage in words"),
    Labelled("тридцать сантиметров", ("ru_caspian_level",), "the number in words"),
    Labelled("30 см", ("ru_caspian_level",), "the unit abbreviated"),
    Labelled("35-летие", ("ru_cis_summit",), "as written"),
    Labelled("35 лет", ("ru_cis_summit",), "the anniversary typed another way"),
    Labelled("восьмидесятилетие Победы", ("ru_fico_may9",), "the number in words, one word"),
    Labelled("сто граждан", ("ru_lebanon_evac",), "the number in words"),
    Labelled("244.8 bn", ("en_china_trade",), "abbreviated"),
    Labelled("$244,8 млрд", ("ru_china_trade",), "the dollar sign and the Russian decimal comma"),
    Labelled("25%", ("ru_india_oil", "en_india_tariff"), "figures: both posts"),
    Labelled("двадцать пять процентов", ("ru_india_oil",), "the percentage in words"),
    Labelled("25 процентов", ("ru_india_oil",), "figures and the word"),
    Labelled("25 percent", ("en_india_tariff",), "the word spelled out"),
    Labelled("25 per cent", ("en_india_tariff",), "the British spelling"),
    Labelled(
        "75 лет дипотношений",
        ("ru_vietnam_hanoi",),
        "«75-летие установления дипломатических отношений»: the short word users type",
    ),
    Labelled("магнитуда 7,7", ("ru_myanmar_quake",), "магнитудой 7,7"),
    Labelled("девяносто три", ("ru_unga_vote",), "the number in words"),
    Labelled("80-летие", ("ru_un80", "ru_fico_may9"), "both anniversaries"),
    Labelled("80th anniversary", ("en_un80", "en_fico_victory_day"), "both"),
    Labelled("200 б.п.", ("ru_cbr_rate_cut2",), "the abbreviation typed"),
    Labelled("200 bps", ("en_cbr_cut",), "the English abbreviation for basis points"),
    Labelled("18%", ("ru_cbr_rate_cut2", "en_cbr_cut"), "both posts"),
    Labelled("восемнадцать процентов", ("ru_cbr_rate_cut2",), "in words"),
    Labelled("21%", ("ru_cbr_rate_hold", "en_cbr_hold"), "both posts"),
    Labelled(
        "20%",
        ("ru_cbr_rate_cut", "en_vat_hike"),
        "20,00% and 20%: the Russian siluanov post says «с 20 до 22 процентов»",
    ),
    Labelled("22 процента", ("ru_siluanov_nds",), "«до 22 процентов»"),
    Labelled(
        "22%",
        ("ru_siluanov_nds", "en_vat_hike"),
        "the sign for the word процентов; the English post",
    ),
    Labelled("3,4 триллиона рублей", ("ru_budget_deficit",), "the word spelled out"),
    Labelled("411 тыс. баррелей", ("ru_opec_plus",), "тыс. abbreviated"),
    Labelled("411000", ("ru_opec_plus", "en_opec_plus"), "the figure with no separator"),
    Labelled("$60", ("ru_brent_price",), "the sign typed for «60 долларов»"),
    Labelled("$47.6", ("en_price_cap", "ru_price_cap"), "$47.60 typed without the zero"),
    Labelled("18-й пакет", ("ru_price_cap",), "18-го пакета"),
    Labelled("восемнадцатый пакет", ("ru_price_cap",), "the ordinal in words"),
    Labelled("девятнадцатый пакет", ("ru_sanctions_19",), "the ordinal in words"),
    Labelled("140 billion euros", ("en_frozen_assets",), "the currency as a word"),
    Labelled("4,1 миллиона тонн", ("ru_wheat_export",), "the word spelled out"),
    Labelled("700 млрд долларов", ("ru_gold_reserves",), "млрд typed"),
    Labelled("$700 млрд", ("ru_gold_reserves",), "the sign typed"),
    Labelled("700 bln", ("en_reserves",), "another abbreviation"),
    Labelled("80 000 тонн", ("ru_cuba_oil",), "figures with a space"),
    Labelled("80000 tons", ("en_cuba_oil",), "tons for tonnes, no separator"),
    Labelled("6000 на 6000", ("ru_istanbul_memorandum",), "figures for the words"),
    Labelled("30-дневное перемирие", ("ru_zelensky_statement",), "к 30-дневному перемирию"),
    Labelled("тридцать дней", ("ru_energy_truce",), "the number in words"),
    Labelled("1941-1945", ("ru_putin_decree_victory",), "a hyphen typed for the dash"),
    Labelled("магнитуда 8,8", ("ru_kamchatka_quake",), "магнитудой 8,8"),
    Labelled("600 000", ("ru_rosstat_population",), "figures"),
    Labelled(
        "75-летие",
        ("ru_lavrov_birthday", "ru_vietnam_hanoi"),
        "«исполняется 75 лет»; 75-летие установления отношений",
    ),
    Labelled("64 страны", ("ru_consular_evisa",), "гражданам 64 стран"),
    Labelled("три месяца", ("ru_consular_passport",), "до трёх месяцев"),
    Labelled("3 месяца", ("ru_consular_passport",), "figures for «трёх месяцев»"),
    Labelled("+7 (499) 244-19-25", ("ru_consular_hotline",), "the number as written"),
    Labelled("1000 соглашений", ("ru_spief_deals",), "figures for «тысячи»"),
    Labelled("пять процентов ВВП", ("ru_nato_hague",), "in words"),
    Labelled("52 заключенных", ("ru_belarus_prisoners",), "е for ё"),
    # 10. Dates as users write them (5 марта, 05.03, March 5, 5.03.2024)
    Labelled("10.02", ("ru_mid_dipworker_day",), "the date as digits"),
    Labelled("05.02.2026", ("ru_new_start", "en_new_start"), "the date in digits"),
    Labelled("5 February", ("en_new_start",), "the British order"),
    Labelled("24.10", ("ru_un80", "en_un80"), "digits"),
    Labelled("October 24", ("en_un80",), "the US order; the post has 24 October"),
    Labelled("12 сентября", ("ru_cbr_rate_cut2",), "as written"),
    Labelled("12.09", ("ru_cbr_rate_cut2",), "digits"),
    Labelled("01.01.2026", ("ru_siluanov_nds", "en_vat_hike"), "digits"),
    Labelled("21.04", ("ru_easter_truce", "en_easter_truce"), "digits for «21 апреля»"),
    Labelled("19 April", ("en_easter_truce",), "the British order"),
    Labelled("80-я годовщина Победы", ("ru_putin_decree_victory",), "as written"),
    Labelled("11.12.2025", ("ru_lavrov_interview_tv",), "digits"),
    Labelled("8 марта", ("ru_march8",), "lowercase month"),
    Labelled("Новый год", ("ru_new_year",), "С Новым 2026 годом"),
    Labelled("05.03", ("ru_zakh_briefing_0503", "en_zakh_briefing"), "digits for «5 марта»"),
    Labelled("5.03.2026", ("ru_zakh_briefing_0503", "en_zakh_briefing"), "digits with the year"),
    Labelled("05.03.2026", ("ru_zakh_briefing_0503", "en_zakh_briefing"), "zero-padded"),
    Labelled("5 March", ("en_zakh_briefing",), "the British order"),
    Labelled("Mar 5", ("en_zakh_briefing",), "the month abbreviated"),
    Labelled(
        "1 января", ("ru_siluanov_nds", "ru_transnistria_gas"), "с 1 января 2026 года, 1 января"
    ),
    Labelled("January 1", ("en_vat_hike", "en_transnistria_gas"), "both"),
    # 11. Quoted phrases and two or three words
    Labelled("саммит Россия Африка", ("ru_russia_africa_summit",), "three words without the dash"),
    Labelled(
        '"акт бессмысленной жестокости"', ("ru_zakh_baltic_ru",), "the quotation in the nominative"
    ),
    Labelled("северные территории", ("ru_zakh_answer_japan",), "«северных территориях»"),
    Labelled(
        "День дипломатического работника",
        ("ru_mid_dipworker_day", "ru_mid_lavrov_award"),
        "the day's name",
        first="ru_mid_dipworker_day",
    ),
    Labelled(
        "день дипломата",
        ("ru_mid_dipworker_day", "ru_mid_lavrov_award"),
        "the short name users type; the tag #ДеньДипломата",
    ),
    Labelled(
        "обход санкций", ("ru_kz_tokayev_quote",), "в обходе антироссийских санкций: a word between"
    ),
    Labelled("Каспийский саммит", ("ru_caspian_summit",), "VII Каспийского саммита"),
    Labelled(
        "Женевские дискуссии",
        ("ru_tskhinval",),
        "Женевских международных дискуссий: a word between",
    ),
    Labelled("маршрут Трампа", ("ru_armenia_trip_route",), "«Маршрут Трампа»"),
    Labelled("миротворческая миссия", ("ru_orban_visit",), "«миротворческой миссией»"),
    Labelled("Красная площадь", ("ru_vucic_parade",), "на Красной площади"),
    Labelled("Victory Day", ("en_fico_victory_day", "en_vucic_parade"), "Victory Day"),
    Labelled("Мерц канцлер", ("ru_merz_germany",), "the surname and the office"),
    Labelled('"legally null and void"', ("en_iran_snapback",), "quoted"),
    Labelled("юридически ничтожные", ("ru_iran_snapback",), "юридически ничтожными"),
    Labelled("Красное море", ("ru_houthis_red_sea",), "в Красном море"),
    Labelled("Сила Сибири 2", ("ru_china_power_siberia",), "without the dash"),
    Labelled("Power of Siberia-2", ("en_power_siberia",), "with a hyphen"),
    Labelled("неотъемлемая часть Китая", ("ru_taiwan_statement",), "неотъемлемой частью Китая"),
    Labelled(
        "ракеты средней и меньшей дальности",
        ("ru_inf_moratorium",),
        "as written, in the nominative",
    ),
    Labelled("взаимные пошлины", ("ru_tariffs_trump",), "«взаимных» пошлин"),
    Labelled(
        "ключевая ставка",
        ("ru_cbr_rate_cut", "ru_cbr_rate_cut2", "ru_cbr_rate_hold"),
        "ключевую ставку",
    ),
    Labelled("key rate", ("en_cbr_cut", "en_cbr_hold"), "key rate, key interest rate"),
    Labelled(
        "снижение ключевой ставки",
        ("ru_cbr_rate_cut", "ru_cbr_rate_cut2"),
        "снизить, снизил: the noun typed for the verb",
    ),
    Labelled("денежно-кредитная политика", ("ru_nabiullina_duma",), "о денежно-кредитной политике"),
    Labelled(
        "пакет санкций",
        ("ru_sanctions_19", "ru_price_cap"),
        "19-й пакет санкций, 18-го пакета санкций",
    ),
    Labelled("репарационный кредит", ("ru_frozen_assets",), "«репарационного кредита»"),
    Labelled("международное право", ("ru_venezuela_strikes",), "международного права"),
    Labelled(
        "прямые переговоры",
        ("ru_istanbul_talks",),
        "прямые российско-украинские переговоры: a word between",
    ),
    Labelled(
        "энергетическая инфраструктура",
        ("ru_energy_truce",),
        "объектам энергетической инфраструктуры",
    ),
    Labelled("киевский режим", ("ru_mid_kiev_regime",), "киевского режима"),
    Labelled("мирный план", ("ru_28_points", "ru_geneva_ukraine_us"), "мирный план, мирного плана"),
    Labelled(
        "Великая Отечественная война", ("ru_putin_decree_victory",), "в Великой Отечественной войне"
    ),
    Labelled("Русский въезд", ("ru_migrants_register",), "«Русский въезд»"),
    Labelled("Россия 24", ("ru_lavrov_interview_tv",), "without the hyphen"),
    Labelled("Россия в глобальной политике", ("ru_lavrov_article",), "the journal's name"),
    Labelled(
        "electronic-visa.kdmid.ru", ("ru_consular_evisa", "en_evisa"), "the address, in both posts"
    ),
    Labelled("Ситуационный кризисный центр", ("ru_consular_hotline",), "as written"),
    Labelled("Ближний Восток", ("ru_consular_israel_iran",), "на Ближнем Востоке"),
    Labelled("День России", ("ru_russia_day",), "С Днём России!, #ДеньРоссии"),
    Labelled("женский день", ("ru_march8",), "Международным женским днём"),
    # 12. Typos: one slip, in either language, in lowercase
    Labelled(
        "Эль-Дабба", ("ru_egypt_dabaa",), "one letter doubled that should not be, one left out"
    ),
    Labelled("Тимотеос", ("ru_lavrov_addis",), "Гедионом Тимотеосом"),
    Labelled("Сиярто", ("ru_szijjarto_paks",), "one й left out, as often typed"),
    Labelled("Лацарини", ("ru_gaza_unrwa",), "one ц left out"),
    Labelled(
        "Ким Чен Ен",
        ("ru_dprk_kim", "ru_shoigu_secbez"),
        "a common misspelling of the last syllable",
    ),
    Labelled("набиулина", ("ru_cbr_rate_hold", "ru_nabiullina_duma"), "one л left out, lowercase"),
    Labelled(
        "лавров",
        (
            "ru_lavrov_addis",
            "ru_kenya_nairobi",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_birthday",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "lowercase surname",
    ),
    Labelled(
        "Лавроов",
        (
            "ru_lavrov_addis",
            "ru_kenya_nairobi",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_birthday",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "a letter doubled",
    ),
    Labelled(
        "Лаврв",
        (
            "ru_lavrov_addis",
            "ru_kenya_nairobi",
            "ru_algeria_talks",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_birthday",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
        ),
        "a letter left out",
    ),
    Labelled(
        "захарова",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_baltic_ru",
            "ru_zakh_bbc",
            "ru_zakh_tiktok",
            "ru_zakh_answer_japan",
            "ru_zakh_interview",
            "ru_zakh_grain_en",
            "ru_mid_assets_comment",
            "ru_hashtag_zakharova",
        ),
        "lowercase",
    ),
    Labelled(
        "Захраова",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_baltic_ru",
            "ru_zakh_bbc",
            "ru_zakh_tiktok",
            "ru_zakh_answer_japan",
            "ru_zakh_interview",
            "ru_zakh_grain_en",
            "ru_mid_assets_comment",
            "ru_hashtag_zakharova",
        ),
        "two letters swapped",
    ),
    Labelled("Токаеав", ("ru_tokayev_astana", "ru_kz_tokayev_quote"), "a letter added"),
    Labelled("Мирзиёв", ("ru_uz_mirziyoyev",), "a syllable short: one letter left out (е)"),
    Labelled("Пезешкан", ("ru_iran_pezeshkian",), "a letter left out"),
    Labelled("Гутериш", ("ru_guterres_kazan",), "one р left out"),
    Labelled("Нетаняху", ("ru_israel_netanyahu",), "the soft sign left out"),
    Labelled("Сийарто", ("ru_szijjarto_paks",), "а for я"),
    Labelled("Уиткофа", ("ru_witkoff_kremlin", "ru_witkoff_dmitriev"), "one ф in the genitive"),
    Labelled(
        "санкцыи",
        (
            "ru_kz_tokayev_quote",
            "ru_szijjarto_paks",
            "ru_serbia_nis",
            "ru_iran_snapback",
            "ru_price_cap",
            "ru_sanctions_19",
            "ru_sanctions_rosneft",
            "ru_verb_otkazyvaetsya",
        ),
        "ы for и",
    ),
    Labelled(
        "переговры",
        (
            "ru_lavrov_addis",
            "ru_ethiopia_brics",
            "ru_mali_goita",
            "ru_algeria_talks",
            "ru_uz_mirziyoyev",
            "ru_tj_rahmon",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_syria_sharaa",
            "ru_syria_hmeimim",
            "ru_saudi_riyadh",
            "ru_egypt_abdelatty",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_modi_visit",
            "ru_alaska_summit",
            "ru_cuba_rodriguez",
            "ru_istanbul_talks",
            "ru_umerov_delegation",
            "ru_shoigu_secbez",
            "ru_hashtag_mfa_live",
            "ru_verb_gotova",
        ),
        "a letter left out",
    ),
    Labelled("землятресение", ("ru_myanmar_quake", "ru_kamchatka_quake"), "я for е, a common slip"),
    Labelled("Азербайжан", ("ru_azerbaijan_sputnik",), "д left out"),
    Labelled(
        "Узбекитсан", ("ru_uz_mirziyoyev", "ru_uz_gas", "ru_tj_border"), "two letters swapped"
    ),
    Labelled("Кыргыстан", ("ru_kg_japarov", "ru_tj_border", "ru_kg_som"), "з left out"),
    Labelled("Таджикстан", ("ru_tj_rahmon", "ru_tj_border"), "и left out"),
    Labelled(
        "Венесуела",
        ("ru_venezuela_maduro", "ru_venezuela_strikes", "ru_caracas_embassy"),
        "е for э",
    ),
    Labelled("Монголя", ("ru_mongolia_ub",), "и left out"),
    Labelled("инфлация", ("ru_inflation_rosstat", "ru_cbr_rate_hold"), "я for ия"),
    Labelled(
        "Zakharva",
        ("en_zakh_briefing", "en_zakh_moldova", "en_zakh_latvia", "en_hashtag_fake"),
        "a letter left out",
    ),
    Labelled(
        "Lavorv",
        (
            "en_lavrov_addis",
            "en_au_commission",
            "en_kenya_fertiliser",
            "en_gunba_shamba",
            "en_iran_araghchi",
            "en_syria_shaibani",
            "en_wang_yi",
            "en_dprk_choe",
            "en_jaishankar",
            "en_vientiane_asean",
            "en_rubio_call",
        ),
        "two letters swapped",
    ),
    Labelled(
        "lavrov",
        (
            "en_lavrov_addis",
            "en_au_commission",
            "en_kenya_fertiliser",
            "en_gunba_shamba",
            "en_iran_araghchi",
            "en_syria_shaibani",
            "en_wang_yi",
            "en_dprk_choe",
            "en_jaishankar",
            "en_vientiane_asean",
            "en_rubio_call",
        ),
        "lowercase",
    ),
    Labelled("Guteres", ("en_guterres_kazan",), "one r"),
    Labelled("Netanyhu", ("en_netanyahu_pardon",), "a letter left out"),
    Labelled("Kazakstan", ("en_kz_npp",), "h left out"),
    Labelled("Uzbekistn", ("en_tj_border",), "a letter left out"),
    Labelled("Venezuella", ("en_maduro_treaty", "en_venezuela_strikes"), "a letter doubled"),
    Labelled(
        "sanctons",
        (
            "en_szijjarto_paks",
            "en_nis_sanctions",
            "en_iran_snapback",
            "en_price_cap",
            "en_sanctions_19",
            "en_rosneft_lukoil",
        ),
        "i left out",
    ),
    Labelled(
        "ceasfire", ("en_gaza_ceasefire", "en_zelensky_truce", "en_india_pakistan"), "e left out"
    ),
    Labelled("earthquak", ("en_myanmar_quake", "en_kamchatka_quake"), "the last letter left out"),
    Labelled("Witkof", ("en_witkoff_kremlin",), "one f"),
    Labelled("Pyongang", ("en_shoigu_pyongyang", "en_verb_flights_pyongyang"), "y left out"),
    # 13. Typos: two slips
    Labelled("Бердымухаммедов", ("ru_tm_berdimuhamedov",), "a doubled м, as users often type it"),
    Labelled("Джайшенкар", ("ru_india_jaishankar",), "е for а"),
    Labelled("Пизишкиан", ("ru_iran_pezeshkian",), "two vowels wrong"),
    Labelled("Нобиулина", ("ru_cbr_rate_hold", "ru_nabiullina_duma"), "о for а, one л"),
    Labelled("Кобахидзэ", ("ru_georgia_kobakhidze",), "э for е"),
    Labelled("Сийартто", ("ru_szijjarto_paks",), "а for я and a doubled т"),
    Labelled("Лаццорини", ("ru_gaza_unrwa",), "о for а"),
    Labelled("Тайвянь", ("ru_taiwan_statement",), "я for а"),
    Labelled("Афганестан", ("ru_afghanistan_recognition",), "е for и; the post has Афганистан"),
    Labelled("Гренландея", ("ru_greenland_denmark",), "е for и: Гренландии"),
    Labelled("Азербаджан", ("ru_azerbaijan_sputnik",), "й left out and a letter: «Азербайджан»"),
    Labelled("землятрясение", ("ru_myanmar_quake", "ru_kamchatka_quake"), "two vowels wrong"),
    Labelled("Nabiulina", ("en_cbr_hold",), "one l, one l: two slips"),
    Labelled("Sziarto", ("en_szijjarto_paks",), "two letters left out"),
    Labelled("Guteress", ("en_guterres_kazan",), "one r short, one s more"),
    Labelled("Sheinbuam", ("en_sheinbaum_cartels",), "two letters swapped"),
    Labelled("Ramafosa", ("en_ramaphosa_call",), "f for ph: two letters to one"),
    # 14. Lowercase, capitals, ё and е
    Labelled("буркина фасо", ("ru_sahel_alliance", "ru_burkina_wheat"), "lowercase, no hyphen"),
    Labelled("Кишинев", ("ru_zakh_moldova",), "е typed for ё"),
    Labelled("Мирзиеев", ("ru_uz_mirziyoyev",), "е for ё"),
    Labelled("учетная ставка", ("ru_kg_som",), "е for ё"),
    Labelled("расчеты", ("ru_china_yuan",), "е for ё"),
    Labelled("зеленский", ("ru_zelensky_statement", "ru_peskov_briefing"), "lowercase"),
    Labelled(
        "ЗАХАРОВА",
        (
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_baltic_ru",
            "ru_zakh_bbc",
            "ru_zakh_tiktok",
            "ru_zakh_answer_japan",
            "ru_zakh_interview",
            "ru_zakh_grain_en",
            "ru_mid_assets_comment",
            "ru_hashtag_zakharova",
        ),
        "capitals",
    ),
    Labelled("нато", ("ru_mid_grushko", "ru_nato_hague"), "the abbreviation in lowercase"),
    Labelled(
        "оон",
        (
            "ru_iran_snapback",
            "ru_nebenzia_unsc",
            "ru_unsc_resolution",
            "ru_unga_vote",
            "ru_guterres_kazan",
            "ru_un80",
            "ru_hashtag_diplomacy",
            "ru_cop30",
            "ru_verb_prizvali",
            "ru_verb_gotovy",
        ),
        "lowercase",
    ),
    Labelled(
        "мид",
        (
            "ru_kenya_nairobi",
            "ru_zakh_briefing_0503",
            "ru_zakh_bbc",
            "ru_zakh_answer_japan",
            "ru_mid_lavrov_award",
            "ru_mid_rudenko",
            "ru_mid_grushko",
            "ru_azerbaijan_sputnik",
            "ru_norway_svalbard",
            "ru_iran_snapback",
            "ru_taiwan_statement",
            "ru_inf_moratorium",
            "ru_venezuela_strikes",
            "ru_mid_kiev_regime",
            "ru_consular_thailand",
            "ru_consular_hotline",
            "ru_hashtag_sanctions",
            "ru_verb_vyshlet",
            "ru_verb_vstretilis",
        ),
        "lowercase",
    ),
    Labelled("цб", ("ru_cbr_rate_hold", "ru_cbr_rate_cut", "ru_cbr_rate_cut2"), "lowercase"),
    Labelled("брикс", ("ru_brazil_lula", "ru_brics_rio_lavrov", "ru_malaysia_anwar"), "lowercase"),
    Labelled("магатэ", ("ru_iran_iaea_coop",), "lowercase"),
    Labelled("nato", ("en_grushko_nato", "en_nato_hague"), "lowercase"),
    Labelled("iaea", ("en_iran_iaea_suspend",), "lowercase"),
    Labelled("Объединенные Арабские Эмираты", ("ru_uae_prisoner_swap",), "е for ё"),
    Labelled(
        "партнерство",
        ("ru_algeria_talks", "ru_tokayev_astana", "ru_iran_araghchi", "ru_venezuela_maduro"),
        "е for ё",
    ),
    Labelled(
        "Пхеньяном",
        ("ru_verb_vozobnovit", "ru_shoigu_secbez"),
        "the instrumental, as written in one post",
    ),
    Labelled("отчет", ("ru_nabiullina_duma",), "е for ё: с отчётом"),
    Labelled("учёные", ("ru_caspian_level",), "as written"),
    Labelled("ученые", ("ru_caspian_level",), "е for ё"),
    # 15. Cross-language: an English query for a Russian post (and the reverse) a user expects
    Labelled("Lavrov Nairobi", ("en_kenya_fertiliser",), "an English query: the English post"),
    Labelled("Лавров Найроби", ("ru_kenya_nairobi",), "the Russian query: the Russian post"),
    Labelled("Zakharova Chisinau", ("en_zakh_moldova",), "both words in the English post"),
    Labelled(
        "Dabaa", ("ru_egypt_dabaa",), "a Latin name typed, only a Russian post about the plant"
    ),
    Labelled(
        "Sputnik Azerbaijan",
        ("ru_azerbaijan_sputnik",),
        "the agency's Latin name is in the Russian post; no English post",
    ),
    Labelled("Oreshnik", ("en_oreshnik_belarus",), "English post"),
    Labelled("Орешник", ("ru_lukashenko_oreshnik",), "the Russian post"),
    Labelled(
        "NIS Газпром нефть",
        ("ru_serbia_nis",),
        "both alphabets in one query, as the Russian post has",
    ),
    Labelled(
        "CNPC Сила Сибири",
        ("ru_china_power_siberia",),
        "the Latin company and the Russian pipeline",
    ),
    Labelled("Brent ОПЕК+", ("ru_brent_price",), "both in one Russian post"),
    Labelled("COP30 Белен", ("ru_cop30",), "Latin and Cyrillic"),
    Labelled("G7 Канада", ("ru_g7_canada",), "the Latin abbreviation and канадском"),
    Labelled("TRIPP Сюник", ("ru_armenia_trip_route",), "the Russian post has both"),
    Labelled("Euroclear Бельгия", ("ru_euroclear",), "both in the Russian post"),
    Labelled("G20 Орешкин", ("ru_g20_johannesburg",), "«Группы двадцати» for G20 and the name"),
    Labelled(
        "Intervision",
        ("ru_intervision",),
        "the contest typed in English: only a Russian post about it",
    ),
    Labelled("Lukashenko", ("en_oreshnik_belarus",), "as written"),
    Labelled("Лукашенко", ("ru_union_state", "ru_lukashenko_oreshnik"), "Лукашенко, Лукашенко:"),
    Labelled(
        "Bogdanov Ansar Allah", (), "no English post; the Russian one is in the other alphabet"
    ),
    Labelled(
        "Ansar Allah",
        ("ru_yemen_talks",),
        "the movement's name typed in English; only a Russian post names it",
    ),
    Labelled(
        "Hmeimim", ("ru_syria_hmeimim",), "the base typed in English; only a Russian post names it"
    ),
    Labelled("Tartus", ("ru_syria_hmeimim",), "the same"),
    Labelled("Kananaskis", ("en_g7_kananaskis",), "English"),
    Labelled("Кананаскис", ("ru_g7_canada",), "в канадском Кананаскисе"),
    Labelled(
        "Somair",
        ("en_niger_somair", "ru_niger_uranium"),
        "the mine: the English post and the Russian one (Сомаир)",
        first="en_niger_somair",
    ),
    Labelled("Orano", ("ru_niger_uranium", "en_niger_somair"), "the Latin name is in both posts"),
    # 16. Filters, NOT and OR
    Labelled(
        "Захарова --source ria_ru",
        ("ru_zakh_baltic_ru", "ru_zakh_tiktok"),
        "one channel",
        absent=("ru_zakh_bbc", "ru_zakh_moldova", "ru_zakh_briefing_0503"),
    ),
    Labelled(
        "Захарова --source tass_ru",
        ("ru_zakh_bbc", "ru_zakh_grain_en"),
        "one channel",
        absent=("ru_zakh_baltic_ru",),
    ),
    Labelled(
        "санкции --since 2024-10-01",
        ("ru_sanctions_19", "ru_sanctions_rosneft", "ru_serbia_nis"),
        "October on",
        absent=("ru_price_cap", "ru_hashtag_sanctions", "ru_kz_tokayev_quote"),
    ),
    Labelled(
        "санкции --until 2024-03-31",
        ("ru_szijjarto_paks",),
        "to March",
        absent=("ru_sanctions_19", "ru_price_cap"),
    ),
    Labelled(
        "ключевая ставка --since 2024-06-01",
        ("ru_cbr_rate_cut", "ru_cbr_rate_cut2"),
        "from June",
        absent=("ru_cbr_rate_hold",),
    ),
    Labelled(
        "Iran --source reuters",
        ("en_iran_snapback",),
        "Reuters",
        absent=("en_iran_araghchi", "en_iran_iaea_suspend"),
    ),
    Labelled(
        "Zakharova --source mfa_russia",
        ("en_zakh_briefing", "en_zakh_moldova", "en_hashtag_fake"),
        "one channel",
        absent=("en_zakh_latvia",),
    ),
    Labelled(
        "ceasefire --since 2024-05-01 --until 2024-06-30",
        ("en_india_pakistan",),
        "May and June",
        absent=("en_gaza_ceasefire", "en_zelensky_truce"),
    ),
    Labelled(
        "переговоры --source kremlin_ru --since 2024-10-01",
        ("ru_syria_sharaa", "ru_india_modi_visit", "ru_tj_rahmon"),
        "the Kremlin's autumn posts",
        absent=("ru_mali_goita", "ru_uz_mirziyoyev", "ru_alaska_summit"),
    ),
    Labelled(
        "Стамбул --until 2024-06-30",
        ("ru_istanbul_talks",),
        "the first round only",
        absent=("ru_umerov_delegation",),
    ),
    Labelled(
        "Лавров OR Захарова",
        (
            "ru_lavrov_addis",
            "ru_kenya_nairobi",
            "ru_algeria_talks",
            "ru_zakh_briefing_0503",
            "ru_zakh_moldova",
            "ru_zakh_baltic_ru",
            "ru_zakh_bbc",
            "ru_zakh_tiktok",
            "ru_zakh_answer_japan",
            "ru_zakh_interview",
            "ru_zakh_grain_en",
            "ru_mid_lavrov_award",
            "ru_abkhazia_gunba",
            "ru_iran_araghchi",
            "ru_syria_shaibani",
            "ru_egypt_abdelatty",
            "ru_turkey_fidan",
            "ru_wang_yi_talks",
            "ru_dprk_choe",
            "ru_india_jaishankar",
            "ru_laos_asean",
            "ru_lavrov_rubio_call",
            "ru_osce_chair",
            "ru_mid_assets_comment",
            "ru_brics_rio_lavrov",
            "ru_cuba_rodriguez",
            "ru_lavrov_birthday",
            "ru_lavrov_interview_tv",
            "ru_lavrov_article",
            "ru_hashtag_mfa_live",
            "ru_hashtag_zakharova",
        ),
        "either name",
    ),
    Labelled(
        "Иран OR Ирак",
        (
            "ru_iran_araghchi",
            "ru_iran_pezeshkian",
            "ru_iran_snapback",
            "ru_iran_iaea_coop",
            "ru_iraq_sudani",
            "ru_consular_israel_iran",
        ),
        "either state",
    ),
    Labelled("Мадуро OR Лула", ("ru_venezuela_maduro", "ru_brazil_lula"), "either"),
    Labelled(
        "ОПЕК -Новак", ("ru_opec_plus", "ru_brent_price"), "NOT a name", absent=("ru_novak_opec",)
    ),
    Labelled(
        "Стамбул -Умеров", ("ru_istanbul_talks",), "NOT a name", absent=("ru_umerov_delegation",)
    ),
    Labelled(
        "Тбилиси -протест",
        ("ru_georgia_kobakhidze",),
        "NOT a word in another form (акции протеста)",
        absent=("ru_georgia_protests",),
    ),
    Labelled("Gaza -hostages", ("en_unrwa_funds",), "NOT a word", absent=("en_gaza_ceasefire",)),
    Labelled("Kazakhstan OR Uzbekistan", ("en_kz_npp", "en_tj_border", "en_eaeu_minsk"), "either"),
    Labelled("#БРИКС --source mid_rf", ("ru_brics_rio_lavrov",), "tag and channel"),
    Labelled(
        "перемирие --since 2024-04-01",
        ("ru_easter_truce",),
        "April on",
        absent=("ru_zelensky_statement",),
    ),
    Labelled("SCO", (), "the topic alias: no post of this set names the SCO"),
    # 17. Words no post holds, and near namesakes that must not be found
    Labelled(
        "мало",
        ("ru_common_malo",),
        "the common word, not Мали",
        absent=("ru_mali_goita", "ru_sahel_alliance"),
    ),
    Labelled(
        "Того", (), "the state: no post; «Кроме того» must not count", absent=("ru_common_togo",)
    ),
    Labelled("Новак", ("ru_novak_opec",), "the surname, not «Новая»", absent=("ru_common_novaya",)),
    Labelled(
        "Мерц",
        ("ru_merz_germany",),
        "the chancellor, not «мерцание»",
        absent=("ru_common_mertsanie",),
    ),
    Labelled(
        "Ливан", ("ru_lebanon_embassy",), "the state, not «ливни»", absent=("ru_common_livni",)
    ),
    Labelled(
        "Чад", (), "the state: no Russian post; «Чадо» must not count", absent=("ru_common_chado",)
    ),
    Labelled(
        "рубить", ("ru_common_rubit",), "the verb, not Рубио", absent=("ru_lavrov_rubio_call",)
    ),
    Labelled(
        "модный", ("ru_common_modny",), "the adjective, not Моди", absent=("ru_india_modi_visit",)
    ),
    Labelled(
        "Ираида",
        ("ru_common_iran_not",),
        "a first name, not Иран",
        absent=("ru_iran_araghchi", "ru_iran_pezeshkian", "ru_iran_snapback", "ru_iran_iaea_coop"),
    ),
    Labelled("сандалии", ("ru_common_sandaly",), "not Санду", absent=("ru_sandu_election",)),
    Labelled(
        "кубы",
        ("ru_common_kuba_cube",),
        "ice cubes, not Куба",
        absent=("ru_cuba_oil", "ru_cuba_rodriguez"),
    ),
    Labelled(
        "Кубу",
        ("ru_cuba_oil", "ru_cuba_rodriguez"),
        "the state's accusative, not «кубы»",
        absent=("ru_common_kuba_cube",),
    ),
    Labelled("фарфор", ("ru_common_china_dishes",), "china the ware"),
    Labelled(
        "турист",
        ("ru_common_turist",),
        "not Турция",
        absent=("ru_turkey_fidan", "ru_turkey_akkuyu"),
    ),
    Labelled(
        "газ",
        ("ru_common_gaz", "ru_uz_gas", "ru_transnistria_gas"),
        "gas, not Газа",
        absent=("ru_gaza_statement", "ru_gaza_unrwa"),
    ),
    Labelled("карта Мир", ("ru_common_mir_card",), "the card"),
    Labelled(
        "лавровый лист",
        ("ru_common_lavr",),
        "the bay leaf, not Лавров",
        absent=("ru_kenya_nairobi",),
    ),
    Labelled(
        "пески",
        ("ru_common_peski",),
        "sands, not Песков",
        absent=("ru_peskov_briefing", "ru_peskova_quote"),
    ),
    Labelled("fine china", ("en_common_china",), "the ware"),
    Labelled("turkeys", ("en_common_turkey",), "the birds", absent=("en_akkuyu",)),
    Labelled("rubies", ("en_common_rubio_not",), "not Rubio", absent=("en_rubio_call",)),
    Labelled("Chad", ("en_common_chad",), "the state"),
    Labelled("Гондурас", (), "no post names Honduras"),
    Labelled("Эквадор", (), "no post names Ecuador"),
    Labelled("Нобоа", (), "no post names Ecuador's president"),
    Labelled("Honduras", (), "no post"),
    Labelled("Зимбабве", (), "no post"),
    Labelled("Гренада", (), "no post; Гренландия must not count", absent=("ru_greenland_denmark",)),
    Labelled(
        "Ирландия", (), "no post; Гренландия must not count", absent=("ru_greenland_denmark",)
    ),
    Labelled("Панама", ("ru_panama_canal",), "the state"),
    Labelled("Panama Canal", (), "no English post"),
    Labelled("Гвинея", (), "no post"),
    Labelled("Оман", (), "no post"),
    Labelled(
        "Лебедева",
        ("ru_common_iran_not",),
        "the surname, not «созвездии Лебедя»",
        absent=("ru_common_mertsanie",),
    ),
    Labelled(
        "Лебедь",
        ("ru_common_mertsanie",),
        "the constellation, not Лебедева",
        absent=("ru_common_iran_not",),
    ),
    # 18. English word forms: plurals, tenses, -ing, irregular verbs, US/UK spelling
    Labelled("fertilizer", ("en_kenya_fertiliser",), "the US spelling typed for fertiliser"),
    Labelled("nationalize", ("en_niger_somair",), "nationalised: US spelling, another form"),
    Labelled("uranium mines", ("en_niger_somair",), "the plural typed"),
    Labelled("shipment", ("en_kenya_fertiliser",), "shipments"),
    Labelled("TV channel", ("en_zakh_moldova",), "TV channels"),
    Labelled("deported", ("en_zakh_latvia",), "deport"),
    Labelled("strategic stability", ("en_ryabkov_stability",), "as written"),
    Labelled("deputy foreign minister", ("en_ryabkov_stability", "en_grushko_nato"), "the title"),
    Labelled("drones", ("en_cpc_drone",), "drone attack"),
    Labelled("centimeters", ("en_caspian_level",), "the US spelling of centimetres"),
    Labelled("peace missions", ("en_orban_moscow",), "the plural typed"),
    Labelled(
        "consulates",
        ("en_poland_consulate", "en_verb_reopen"),
        "the plural typed for Consulate General",
    ),
    Labelled(
        "comprehensive strategic partnership",
        ("en_iran_araghchi", "en_tokayev_astana"),
        "both posts",
    ),
    Labelled("suspends", ("en_iran_iaea_suspend",), "suspended"),
    Labelled(
        "prisoner swap", ("en_uae_swap",), "swapped 146 prisoners: the noun typed for the verb"
    ),
    Labelled("POWs", ("en_uae_swap",), "the abbreviation of prisoners of war"),
    Labelled(
        "cease-fire", ("en_gaza_ceasefire", "en_zelensky_truce", "en_india_pakistan"), "hyphenated"
    ),
    Labelled("hostage", ("en_gaza_ceasefire",), "hostages"),
    Labelled("pardoned", ("en_netanyahu_pardon",), "a pardon"),
    Labelled("visa free", ("en_china_visa_free",), "without the hyphen"),
    Labelled("tariffs", ("en_india_tariff", "en_tariffs_liberation"), "the plural"),
    Labelled("earthquakes", ("en_myanmar_quake", "en_kamchatka_quake"), "the plural"),
    Labelled(
        "quake",
        ("en_myanmar_quake", "en_kamchatka_quake"),
        "the short word news uses; the post has earthquake",
    ),
    Labelled("rescuer", ("en_myanmar_quake",), "rescuers"),
    Labelled("special envoys", ("en_witkoff_kremlin",), "the plural"),
    Labelled("cruise missiles", ("en_burevestnik",), "the plural"),
    Labelled("in favor", ("en_unga_vote",), "the US spelling"),
    Labelled("abstained", ("en_unga_vote",), "abstentions: the verb typed"),
    Labelled("trading partner", ("en_tariffs_liberation",), "trading partners"),
    Labelled("inflation", ("en_inflation", "en_cbr_hold"), "inflation"),
    Labelled("sanctions package", ("en_sanctions_19", "en_price_cap"), "both"),
    Labelled("frozen assets", ("en_frozen_assets",), "as written"),
    Labelled("freeze assets", ("en_frozen_assets",), "frozen: the verb's irregular form"),
    Labelled("midterm election", ("en_milei_midterms",), "midterm elections"),
    Labelled("direct talks", ("en_istanbul_talks",), "direct peace talks: a word between"),
    Labelled("serviceman", ("en_bodies_swap",), "servicemen: the irregular plural"),
    Labelled("defense minister", ("en_belousov",), "the US spelling of Defence Minister"),
    Labelled("tsunami warning", ("en_kamchatka_quake",), "tsunami warnings"),
    Labelled("evacuate", ("en_houthis_ship",), "was evacuated"),
    Labelled("docking", ("en_soyuz_iss",), "docked"),
    Labelled("evisa", ("en_evisa",), "the hyphen left out: #eVisa"),
    Labelled("defense spending", ("en_nato_hague",), "the US spelling of defence spending"),
    Labelled("expel", ("en_verb_expelled", "en_common_chad"), "expelled"),
    Labelled("detain", ("en_verb_detains",), "detained"),
    Labelled("urged", ("en_verb_urge",), "urges"),
    Labelled(
        "meets",
        (
            "en_au_commission",
            "en_cis_dushanbe",
            "en_syria_sharaa",
            "en_kim_beijing",
            "en_alaska_summit",
            "en_guterres_kazan",
            "en_shoigu_pyongyang",
            "en_verb_met",
            "en_eaeu_minsk",
        ),
        "met, met with: the irregular past",
    ),
    Labelled("bans", ("en_verb_banned", "en_sanctions_19"), "banned, a ban"),
    Labelled(
        "resume flights",
        ("en_verb_resumed", "en_verb_flights_pyongyang"),
        "resumed, resume direct flights",
    ),
    Labelled("recognize Taliban", ("en_afghanistan",), "recognise: the US spelling"),
    Labelled("elected", ("en_pope_leo", "en_merz_chancellor"), "was elected"),
    Labelled("freed prisoners", ("en_belarus_prisoners",), "as written"),
    Labelled("captures", ("en_elfasher",), "had captured"),
)

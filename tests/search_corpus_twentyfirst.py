"""Twenty-first labelled search set: Global South, Gulf and European officials vs namesakes.

About 220 posts (half Russian, half English) in the style of ministry, Kremlin, UN and wire
channels (МИД, Кремль, ТАСС/РИА/Интерфакс, UN News, Reuters, AP, Al Jazeera, Anadolu, Xinhua,
IRNA, WAM, Prensa Latina, Agência Brasil and others); most stories are told twice, in a Russian
and an English post worded independently. Query kinds: k1 title + country + surname; k2 bare
surnames, some also ordinary words (Дар, Lula, Maduro, Rubio, Trump, Тюрк, Байрамов); k3 Russian
declined forms (Вучичем, Орбану, Рябковым, с Ламолой, Абдаллой бен Заидом); k4 spelling
variants (Szijjártó/Сиярто, Đurić/Duric, Araqchi/Арагчи, Nebenzya, Baxtiyor, Ceyhun); k5 two or
three people together; k6 a name with an ordinary word (переговоры/talks, визит/visit,
санкции/sanctions, заявление/statement, пошлины/tariffs, инвестиции/investment); k7 full names
against namesakes; k8 lower case, typos, initials (С.В. Лавров vs glued С.В.Лавров) and
hashtags; k9 name particles (bin/бен/бин, Al/аль-/аш-, von der/фон дер, da, de la, van, Jr.) and
places (Rio de Janeiro, Dar es Salaam); k10 days in words and figures in both languages.
Labelled from the texts alone: expected holds every post naming every person of the query in
any script, form or transliteration (glued initials count; title-only mentions are left
unlabelled); a day counts in either language or in figures, and a typed year excludes other
years. Words of k6 do not cross languages. Precision traps (absent): namesakes and relatives
(Svetlana Zakharova, Admiral Ushakov, Roman Rudenko, Patrick Vieira, Ludovic Orban, Siim Kallas,
Karina Milei, Maduro Guerra, Delcy vs Bruno Rodríguez, Donald Trump Jr., Cyrus Vance of the
Vance-Owen plan, Mao Zedong, Emir Tamim vs PM Al Thani, Mohamed vs Abdullah bin Zayed, Eduard
Khil, Gilberto Gil, Petro Poroshenko), places and things named alike (Dmitriev town, King
Hussein Bridge, Sheikh Zayed Grand Mosque, Ararat brandy, Trump Tower, Türk Hava Yolları, Dar
es Salaam, Rio Tinto), lower-case homographs (в дар, lula, maduro/rubio tobacco, trump card,
türk kahvesi, тюркских, Курбан-байрам) and near-miss days (19 May for 9 May, Dec. 14 for Dec 4,
15 марта 2024 for 15 марта 2025, "In March, 15 countries").
Written blind: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_szijjarto_lavrov_talks": (
        (3, 15),
        "mid",
        "15 марта в Москве С.В.Лавров провёл переговоры с Министром иностранных дел и "
        "внешнеэкономических связей Венгрии П.Сийярто. Обсуждены поставки энергоносителей и "
        "ситуация вокруг Украины. #Лавров #Венгрия 🇷🇺🇭🇺",
    ),
    "en_szijjarto_lavrov_talks": (
        (3, 15),
        "reuters",
        "MOSCOW, March 15 (Reuters) - Hungarian Foreign Minister Peter Szijjarto said after talks "
        "with Russia's Sergei Lavrov that Budapest would keep buying Russian oil and gas \"as "
        'long as it is physically possible".',
    ),
    "ru_szijjarto_sanctions": (
        (4, 22),
        "tass",
        "Глава МИД Венгрии Петер Сийярто заявил, что Будапешт не поддержит новый пакет санкций ЕС "
        "против России без гарантий энергетической безопасности. По его словам, решение будет "
        "приниматься «исходя исключительно из национальных интересов».",
    ),
    "en_szijjarto_sanctions": (
        (4, 22),
        "mti",
        "Péter Szijjártó said Hungary would not back the EU's next package of sanctions against "
        "Russia unless Budapest received guarantees on energy supplies. #Hungary",
    ),
    "ru_szijjarto_minsk": (
        (10, 28),
        "belta",
        "Министр иностранных дел Венгрии прибыл в Минск на Минскую международную конференцию по "
        "евразийской безопасности. «Диалог важнее изоляции», — сказал Сийярто журналистам. "
        "#Сийярто #Минск",
    ),
    "ru_orban_fico_bratislava": (
        (1, 24),
        "ria",
        "Премьер-министры Венгрии и Словакии Виктор Орбан и Роберт Фицо договорились в Братиславе "
        "координировать позиции по транзиту газа после прекращения поставок через Украину. #Орбан "
        "#Фицо",
    ),
    "en_orban_fico_bratislava": (
        (1, 24),
        "reuters",
        "BRATISLAVA, Jan 24 (Reuters) - Hungarian Prime Minister Viktor Orban and Slovak Prime "
        "Minister Robert Fico agreed to coordinate their stance on gas transit after Ukraine "
        "halted Russian flows at the start of the year.",
    ),
    "ru_orban_veto": (
        (6, 26),
        "tass",
        "Виктор Орбан заявил в Брюсселе, что Венгрия не даст согласия на ускоренное вступление "
        "Украины в ЕС. Еврокомиссия, по данным СМИ, ищет способ обойти вето Будапешта и "
        "предлагает Орбану «пакет компромиссов».",
    ),
    "en_ludovic_orban": (
        (5, 4),
        "reuters",
        "BUCHAREST, May 4 (Reuters) - Former Romanian Prime Minister Ludovic Orban, who withdrew "
        "from the presidential race, urged his supporters to back the pro-EU candidate in the "
        "runoff.",
    ),
    "ru_fico_moscow_may9": (
        (5, 9),
        "tass",
        "Премьер-министр Словакии Роберт Фицо прибыл в Москву, чтобы 9 мая принять участие в "
        "торжествах по случаю 80-летия Победы. «Никто не может указывать мне, куда ехать», — "
        "заявил он журналистам.",
    ),
    "en_fico_moscow_may9": (
        (5, 9),
        "ap",
        "MOSCOW (AP) — Slovak Prime Minister Robert Fico arrived in Moscow for the May 9 Victory "
        "Day commemorations, brushing off criticism from Brussels and the Baltic states.",
    ),
    "ru_vucic_putin_may9": (
        (5, 9),
        "kremlin",
        "9 мая в Кремле Владимир Путин встретился с Президентом Республики Сербии Александром "
        "Вучичем. #Путин #Вучич 🇷🇺🇷🇸",
    ),
    "en_vucic_putin_may9": (
        (5, 9),
        "tanjug",
        "Serbian President Aleksandar Vucic met Russian President Vladimir Putin in Moscow on 9 "
        "May and said Serbia would never join sanctions against Russia. #Vucic #Serbia",
    ),
    "ru_vucic_beijing_visit": (
        (9, 2),
        "ria",
        "Президент Сербии прибыл с визитом в Пекин, где примет участие в торжествах 3 сентября. "
        "Для Вучича это уже второй визит в Китай за год.",
    ),
    "en_vucic_beijing_visit": (
        (9, 2),
        "xinhua",
        "BEIJING, Sept. 2 (Xinhua) -- Serbian President Aleksandar Vučić arrived in Beijing on a "
        "visit that includes the Sept. 3 commemorations marking the 80th anniversary of the "
        "victory in the World Anti-Fascist War.",
    ),
    "ru_djuric_geneva": (
        (2, 25),
        "ria",
        "Министр иностранных дел Сербии Марко Джурич заявил на сессии Совета ООН по правам "
        "человека в Женеве, что Белград никогда не признает одностороннее провозглашение "
        "независимости Косово.",
    ),
    "en_djuric_geneva": (
        (2, 25),
        "tanjug",
        "Serbian Foreign Minister Marko Đurić told the UN Human Rights Council in Geneva that "
        "Belgrade would never recognise Kosovo's unilateral declaration of independence.",
    ),
    "ru_djuric_lavrov": (
        (6, 4),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Республики Сербии М.Джуричем. "
        "Стороны подтвердили настрой на углубление стратегического партнёрства. #Лавров #Сербия",
    ),
    "en_djuric_eu_path": (
        (6, 11),
        "reuters",
        "BELGRADE, June 11 (Reuters) - Serbia's top diplomat Marko Djuric said Belgrade would "
        "stay on its EU path while refusing to impose sanctions on Moscow.",
    ),
    "en_vance_owen_bosnia": (
        (3, 1),
        "aljazeera",
        "Thirty years after Dayton, Bosnia's institutions are again under strain. Historians "
        "recall that the failed Vance-Owen plan of 1993 had proposed splitting the country into "
        "ten provinces.",
    ),
    "ru_vance_owen_bosnia": (
        (3, 1),
        "ria",
        "Историки напоминают, что ещё в 1993 году план Вэнса — Оуэна предлагал разделить Боснию и "
        "Герцеговину на десять провинций. Спустя 30 лет после Дейтона споры об устройстве страны "
        "не утихают.",
    ),
    "ru_vance_munich": (
        (2, 14),
        "tass",
        "Вице-президент США Джей Ди Вэнс выступил 14 февраля на Мюнхенской конференции по "
        "безопасности, заявив, что главная угроза для Европы исходит «изнутри». Речь Вэнса "
        "вызвала замешательство среди европейских политиков.",
    ),
    "en_vance_munich": (
        (2, 14),
        "reuters",
        "MUNICH, Feb 14 (Reuters) - U.S. Vice President JD Vance told the Munich Security "
        'Conference that the biggest threat to Europe came "from within", stunning European '
        "officials.",
    ),
    "ru_vance_india_visit": (
        (4, 21),
        "ria",
        "Вице-президент США прибыл с четырёхдневным визитом в Индию. В ходе визита Вэнса стороны "
        "обсудят торговое соглашение и пошлины.",
    ),
    "en_vance_india_visit": (
        (4, 21),
        "ap",
        "NEW DELHI (AP) — U.S. Vice President J.D. Vance began a four-day visit to India on "
        "Monday, with trade and tariffs topping the agenda.",
    ),
    "en_rubio_jeddah": (
        (3, 11),
        "ap",
        "JEDDAH, Saudi Arabia (AP) — Secretary of State Marco Rubio said the ball was now in "
        "Russia's court after Ukraine accepted a 30-day ceasefire proposal.",
    ),
    "ru_rubio_jeddah": (
        (3, 11),
        "ria",
        "Госсекретарь США Марко Рубио заявил в Джидде, что «мяч теперь на стороне России» после "
        "того, как Киев согласился на 30-дневное перемирие.",
    ),
    "en_trump_jr_greenland": (
        (1, 7),
        "ap",
        "NUUK, Greenland (AP) — Donald Trump Jr. made a brief private visit to Greenland on Jan. "
        "7 as his father renewed talk of acquiring the island.",
    ),
    "ru_trump_jr_greenland": (
        (1, 7),
        "ria",
        "Дональд Трамп-младший прилетел в Гренландию с частным визитом на несколько часов. Сын "
        "американского президента прогулялся по Нууку и пообщался с местными жителями.",
    ),
    "en_trump_tower_protest": (
        (4, 5),
        "reuters",
        "NEW YORK (Reuters) - Hundreds of demonstrators rallied outside Trump Tower in Manhattan "
        "against cuts to federal agencies.",
    ),
    "en_trump_card_rare_earths": (
        (10, 10),
        "reuters",
        "Analysts say export controls on rare earths remain Beijing's trump card in its trade "
        "negotiations with Washington.",
    ),
    "en_trump_putin_alaska": (
        (8, 15),
        "ap",
        "ANCHORAGE, Alaska (AP) — President Donald Trump and Russian President Vladimir Putin met "
        "at a military base in Alaska on Aug. 15, their first face-to-face meeting in six years.",
    ),
    "ru_putin_trump_alaska": (
        (8, 15),
        "kremlin",
        "15 августа на военной базе Элмендорф-Ричардсон в Анкоридже состоялись переговоры "
        "Владимира Путина и Дональда Трампа. #Путин #Трамп",
    ),
    "ru_ryabkov_strategic": (
        (3, 26),
        "interfax",
        "Замминистра иностранных дел РФ Сергей Рябков заявил, что диалог с США по стратегической "
        "стабильности пока не возобновлён, однако Москва готова к переговорам «на равноправной "
        "основе». #Рябков",
    ),
    "en_ryabkov_strategic": (
        (3, 26),
        "reuters",
        "Russian Deputy Foreign Minister Sergei Ryabkov said Moscow and Washington had not "
        "resumed strategic stability talks, but that Russia remained open to dialogue on an equal "
        "footing.",
    ),
    "ru_ryabkov_brics_sherpa": (
        (4, 3),
        "mid",
        "Заместитель Министра иностранных дел России, шерпа в БРИКС С.А.Рябков провёл встречу с "
        "шерпой Бразилии. Обсуждена подготовка саммита объединения в Рио-де-Жанейро. #БРИКС",
    ),
    "en_ryabkov_brics_sherpa": (
        (4, 3),
        "mfa_russia",
        "Deputy Foreign Minister and Russia's BRICS Sherpa Sergey Ryabkov met his Brazilian "
        "counterpart to discuss preparations for the summit in Rio de Janeiro. #BRICS",
    ),
    "ru_sugiono_ryabkov": (
        (4, 17),
        "ria",
        "Глава МИД Индонезии Сугионо обсудил с Сергеем Рябковым участие Джакарты в работе БРИКС в "
        "качестве полноправного члена объединения.",
    ),
    "en_riabkov_new_start": (
        (10, 6),
        "ap",
        "MOSCOW (AP) — Deputy Foreign Minister Sergei Riabkov said Russia would watch how "
        "Washington responds to its offer to keep observing New START limits for one more year.",
    ),
    "ru_grushko_rutte": (
        (6, 26),
        "ria",
        "Замглавы МИД России Александр Грушко заявил, что решение НАТО поднять военные расходы до "
        "5% ВВП, о котором объявил генсек альянса Марк Рютте, ведёт к новой гонке вооружений.",
    ),
    "en_grushko_rutte": (
        (6, 26),
        "reuters",
        "Russian Deputy Foreign Minister Alexander Grushko said NATO's pledge to raise defence "
        "spending to 5% of GDP, championed by Secretary General Mark Rutte, would fuel a new arms "
        "race.",
    ),
    "ru_rutte_hague": (
        (6, 25),
        "tass",
        "Генеральный секретарь НАТО Марк Рютте по итогам саммита в Гааге 25 июня заявил, что "
        "союзники договорились о новом целевом показателе расходов на оборону.",
    ),
    "en_rutte_hague": (
        (6, 25),
        "ap",
        "THE HAGUE, Netherlands (AP) — NATO Secretary-General Mark Rutte said allies agreed at "
        "the summit in The Hague on June 25 to a new 5% spending target. #NATO",
    ),
    "ru_galuzin_azerbaijan": (
        (7, 8),
        "mid",
        "Заместитель Министра иностранных дел России М.Ю.Галузин принял Посла Азербайджана в "
        "Москве. Обсуждены актуальные вопросы двусторонней повестки.",
    ),
    "en_galuzin_azerbaijan": (
        (7, 8),
        "mfa_russia",
        "Deputy Foreign Minister Mikhail Galuzin met with the Ambassador of Azerbaijan to Russia "
        "to discuss current issues on the bilateral agenda.",
    ),
    "ru_zakharova_briefing_dec4": (
        (12, 4),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 4 декабря 2025 "
        "года. #Захарова #брифинг",
    ),
    "en_zakharova_briefing_dec4": (
        (12, 4),
        "mfa_russia",
        "Foreign Ministry Spokeswoman Maria Zakharova's weekly briefing, Moscow, December 4, "
        "2025. #Zakharova",
    ),
    "ru_zakharova_kallas": (
        (3, 20),
        "ria",
        "Мария Захарова назвала заявления Каи Каллас «набором пропагандистских клише» и "
        "посоветовала главе евродипломатии «изучить историю».",
    ),
    "en_zakharova_kallas": (
        (3, 20),
        "rt",
        "Russian Foreign Ministry spokeswoman Maria Zakharova dismissed remarks by EU foreign "
        'policy chief Kaja Kallas as "a set of propaganda cliches".',
    ),
    "ru_zakharova_comment_0315": (
        (3, 15),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с заявлениями "
        "властей Молдавии (15.03.2025). #Захарова",
    ),
    "ru_svetlana_zakharova_ballet": (
        (11, 28),
        "tass",
        "Народная артистка России Светлана Захарова станцует главную партию в новой постановке "
        "Большого театра. Премьера назначена на 14 декабря.",
    ),
    "en_svetlana_zakharova_ballet": (
        (11, 28),
        "tass_en",
        "Bolshoi prima ballerina Svetlana Zakharova will dance the lead role in a new production "
        "premiering on Dec. 14.",
    ),
    "ru_nebenzia_unsc_ukraine": (
        (2, 24),
        "mid",
        "Постоянный представитель России при ООН В.А.Небензя на заседании Совета Безопасности ООН "
        "по Украине: «Мы приветствуем резолюцию, которая впервые не содержит антироссийских "
        "формулировок». #Небензя #СБ_ООН",
    ),
    "en_nebenzia_unsc_ukraine": (
        (2, 24),
        "un_news",
        "Russian Ambassador Vassily Nebenzia told the Security Council that Moscow welcomed a "
        "resolution that, for the first time, did not put the blame on Russia.",
    ),
    "en_nebenzya_veto": (
        (3, 15),
        "reuters",
        "UNITED NATIONS, Mar. 15 (Reuters) - Russia's U.N. Ambassador Vasily Nebenzya said Moscow "
        'would veto any Security Council text that "rewrites the history of the conflict".',
    ),
    "ru_nebenzia_guterres_statement": (
        (7, 30),
        "ria",
        "Небензя раскритиковал заявление Генсека ООН Антониу Гутерриша о гуманитарной ситуации, "
        "назвав его «односторонним».",
    ),
    "en_nebenzia_guterres_statement": (
        (7, 30),
        "tass_en",
        "Russia's UN envoy Vassily Nebenzia said a statement by Secretary-General Antonio "
        'Guterres on the humanitarian situation was "one-sided".',
    ),
    "ru_ushakov_putin_trump_call": (
        (3, 18),
        "tass",
        "Помощник президента РФ Юрий Ушаков сообщил, что телефонный разговор Владимира Путина и "
        "Дональда Трампа продлился более двух часов. #Ушаков",
    ),
    "en_ushakov_putin_trump_call": (
        (3, 18),
        "reuters",
        "Kremlin foreign policy aide Yuri Ushakov said the phone call between Vladimir Putin and "
        "Donald Trump lasted more than two hours.",
    ),
    "ru_admiral_ushakov_frigate": (
        (7, 27),
        "ria",
        "Фрегат «Адмирал Ушаков» вернулся в Североморск после дальнего похода. Экипаж корабля "
        "отмечен наградами, в том числе орденом Ушакова.",
    ),
    "en_admiral_ushakov_frigate": (
        (7, 27),
        "tass_en",
        "The Northern Fleet frigate Admiral Ushakov returned to Severomorsk after a long-range "
        "deployment in the Atlantic.",
    ),
    "ru_dmitriev_investment": (
        (4, 3),
        "interfax",
        "Глава РФПИ Кирилл Дмитриев заявил, что американские компании проявляют интерес к "
        "возвращению на российский рынок, а инвестиции в совместные проекты в Арктике могут "
        "исчисляться миллиардами долларов.",
    ),
    "en_dmitriev_investment": (
        (4, 3),
        "reuters",
        "Kirill Dmitriev, head of Russia's sovereign wealth fund RDIF, who took part in the 18 "
        "February meeting in Riyadh, said U.S. companies were keen to return and that joint "
        "investment in Arctic projects could run into billions of dollars.",
    ),
    "ru_dmitriev_town": (
        (8, 19),
        "ria",
        "В Дмитриеве Курской области восстановили электроснабжение после атаки беспилотников, "
        "сообщили в областном правительстве.",
    ),
    "ru_riyadh_talks_feb18": (
        (2, 18),
        "tass",
        "18 февраля в Эр-Рияде прошли российско-американские переговоры. Российскую делегацию "
        "возглавил С.В.Лавров, американскую — госсекретарь Марко Рубио. Со стороны России во "
        "встрече также участвовали Ю.В.Ушаков и К.А.Дмитриев.",
    ),
    "en_riyadh_talks_feb18": (
        (2, 18),
        "reuters",
        "RIYADH, Feb 18 (Reuters) - Russian Foreign Minister Sergei Lavrov and U.S. Secretary of "
        "State Marco Rubio held talks in Riyadh, with Saudi Crown Prince Mohammed bin Salman's "
        "government acting as host.",
    ),
    "ru_overchuk_saidov_tashkent": (
        (5, 27),
        "tass",
        "Вице-премьер РФ Алексей Оверчук и министр иностранных дел Узбекистана Бахтиёр Саидов "
        "обсудили в Ташкенте транспортные проекты и взаимодействие с ЕАЭС.",
    ),
    "en_overchuk_saidov_tashkent": (
        (5, 27),
        "uza",
        "Russian Deputy Prime Minister Alexei Overchuk and Uzbek Foreign Minister Bakhtiyor "
        "Saidov discussed transport projects and cooperation with the Eurasian Economic Union in "
        "Tashkent.",
    ),
    "ru_saidov_lavrov": (
        (9, 10),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Республики Узбекистан "
        "Б.Саидовым. Обсуждены подготовка визитов на высшем уровне и сотрудничество в ШОС. "
        "#Лавров #Узбекистан 🇷🇺🇺🇿",
    ),
    "en_saidov_baxtiyor": (
        (9, 10),
        "kun_uz",
        "Foreign Minister Baxtiyor Saidov said Uzbekistan would host a Central Asia-EU investment "
        "forum next spring.",
    ),
    "ru_rudenko_japan": (
        (1, 29),
        "mid",
        "Заместитель Министра иностранных дел России А.Ю.Руденко принял Посла Японии. Российская "
        "сторона выразила протест в связи с военными учениями вблизи российских границ.",
    ),
    "en_rudenko_japan": (
        (1, 29),
        "mfa_russia",
        "Deputy Foreign Minister Andrey Rudenko received the Ambassador of Japan and protested "
        "against military drills near Russia's borders.",
    ),
    "ru_nuremberg_rudenko": (
        (11, 20),
        "ria",
        "Ровно 80 лет назад, 20 ноября 1945 года, в Нюрнберге начался процесс над главными "
        "нацистскими военными преступниками. Главным обвинителем от СССР на процессе был Роман "
        "Руденко.",
    ),
    "en_nuremberg_rudenko": (
        (11, 20),
        "tass_en",
        "Eighty years ago, on Nov. 20, 1945, the Nuremberg trials opened. The chief Soviet "
        "prosecutor was Roman Rudenko, later Prosecutor General of the USSR.",
    ),
    "ru_lavrov_vieira_call": (
        (6, 16),
        "mid",
        "С.В.Лавров провёл телефонный разговор с Министром иностранных дел Федеративной "
        "Республики Бразилии Мауру Виейрой. Обсуждена подготовка к саммиту БРИКС. #Лавров "
        "#Бразилия 🇷🇺🇧🇷",
    ),
    "en_vieira_lavrov_call": (
        (6, 16),
        "agencia_brasil",
        "Foreign Minister Mauro Vieira spoke by phone with Russia's Sergey Lavrov about the "
        "upcoming BRICS summit in Rio de Janeiro.",
    ),
    "en_vieira_cop30": (
        (11, 10),
        "reuters",
        "BELEM, Brazil, Nov 10 (Reuters) - Brazil's Foreign Minister Mauro Vieira said the COP30 "
        "conference opened by President Lula must deliver a plan to triple adaptation finance.",
    ),
    "en_patrick_vieira_genoa": (
        (4, 7),
        "reuters",
        "Genoa coach Patrick Vieira said his side deserved more after a 1-1 draw, adding that he "
        "remained focused on keeping the club in Serie A.",
    ),
    "ru_patrick_vieira_genoa": (
        (4, 7),
        "tass",
        "Главный тренер «Дженоа» Патрик Виейра заявил, что его команда заслуживала большего после "
        "ничьей 1:1.",
    ),
    "ru_brics_rio_opening": (
        (7, 6),
        "tass",
        "Саммит БРИКС открылся 6 июля в Рио-де-Жанейро. Президент Бразилии Лула да Силва призвал "
        "партнёров по объединению реформировать глобальные институты. #БРИКС",
    ),
    "en_brics_rio_opening": (
        (7, 6),
        "reuters",
        "RIO DE JANEIRO, July 6 (Reuters) - Brazilian President Luiz Inacio Lula da Silva opened "
        "the BRICS summit, urging members to push for a reform of global institutions. #BRICS",
    ),
    "ru_brics_declaration": (
        (7, 7),
        "mid",
        "Опубликован текст Декларации Рио-де-Жанейро, принятой лидерами государств БРИКС "
        "06.07.2025. #БРИКС",
    ),
    "en_lula_cop30": (
        (11, 10),
        "agencia_brasil",
        "BELÉM — President Luiz Inácio Lula da Silva opened COP30 on 10 November, calling the "
        'Amazon conference "the COP of truth".',
    ),
    "en_lula_squid": (
        (10, 2),
        "anadolu",
        "LISBON - Prices of lula, the squid that is a staple of Portuguese cooking, jumped 20% at "
        "fish auctions after a poor catch, fishermen said.",
    ),
    "en_rio_tinto": (
        (2, 19),
        "reuters",
        "LONDON (Reuters) - Rio Tinto reported a drop in annual profit on weaker iron ore prices "
        "and kept its dividend policy unchanged.",
    ),
    "ru_rio_grande_floods": (
        (5, 5),
        "ria",
        "Власти бразильского штата Рио-Гранди-ду-Сул объявили режим ЧС из-за сильных ливней, "
        "вызвавших наводнения.",
    ),
    "ru_sugiono_brics": (
        (1, 7),
        "ria",
        "Министр иностранных дел Индонезии Сугионо заявил, что вступление в БРИКС не означает "
        "отказа Джакарты от политики неприсоединения.",
    ),
    "en_sugiono_brics": (
        (1, 7),
        "antara",
        "Indonesian Foreign Minister Sugiono said Jakarta's full membership in BRICS did not mean "
        'abandoning its "free and active" foreign policy.',
    ),
    "ru_mohamad_hasan_asean": (
        (7, 9),
        "tass",
        "Глава МИД Малайзии Мохамад Хасан, чья страна председательствует в АСЕАН в 2025 году, "
        "приветствовал участие С.В.Лаврова в министерских встречах в Куала-Лумпуре.",
    ),
    "en_mohamad_hasan_asean": (
        (7, 9),
        "bernama",
        "Foreign Minister Datuk Seri Mohamad Hasan said ASEAN would use its 2025 chairmanship to "
        "keep dialogue open with all major powers.",
    ),
    "ru_wang_yi_lavrov": (
        (4, 1),
        "mid",
        "С.В.Лавров провёл переговоры с членом Политбюро ЦК КПК, Министром иностранных дел КНР "
        "Ван И. #Лавров #Китай 🇷🇺🇨🇳",
    ),
    "en_wang_yi_lavrov": (
        (4, 1),
        "xinhua",
        "MOSCOW, April 1 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Russian "
        "Foreign Minister Sergei Lavrov on bilateral ties and the Ukraine crisis.",
    ),
    "en_wang_yi_dar_kabul": (
        (8, 20),
        "xinhua",
        "KABUL, Aug. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi and Pakistani Deputy Prime "
        "Minister Ishaq Dar attended a trilateral meeting with Afghanistan's interim government.",
    ),
    "ru_mao_ning_briefing": (
        (6, 9),
        "ria",
        "Официальный представитель МИД КНР Мао Нин заявила, что Пекин выступает против "
        "политизации торговых вопросов.",
    ),
    "en_mao_ning_briefing": (
        (6, 9),
        "xinhua",
        "Chinese Foreign Ministry spokesperson Mao Ning said Beijing opposed the politicisation "
        "of trade issues.",
    ),
    "en_mao_zedong_hall": (
        (9, 9),
        "xinhua",
        "Visitors laid flowers at the Chairman Mao Memorial Hall in Beijing on the anniversary of "
        "Mao Zedong's death.",
    ),
    "ru_sco_tianjin_sep1": (
        (9, 1),
        "kremlin",
        "1 сентября Владимир Путин выступил на заседании Совета глав государств – членов ШОС в "
        "Тяньцзине. #ШОС",
    ),
    "en_sco_tianjin_sep1": (
        (9, 1),
        "xinhua",
        "TIANJIN, Sept. 1 (Xinhua) -- Russian President Vladimir Putin addressed the SCO summit "
        "in Tianjin. #SCO",
    ),
    "ru_lavrov_jaishankar": (
        (8, 21),
        "mid",
        "21 августа С.В.Лавров провёл переговоры с Министром иностранных дел Республики Индии "
        "С.Джайшанкаром. #Лавров #Индия 🇷🇺🇮🇳",
    ),
    "en_jaishankar_lavrov": (
        (8, 21),
        "pti",
        "MOSCOW - External Affairs Minister S. Jaishankar held talks with Russian Foreign "
        "Minister Sergey Lavrov, focusing on trade and payment mechanisms.",
    ),
    "en_jaishankar_sco": (
        (7, 15),
        "pti",
        "Subrahmanyam Jaishankar told the SCO foreign ministers' meeting in Tianjin that "
        'terrorism must be fought "without double standards".',
    ),
    "ru_dar_lavrov": (
        (6, 27),
        "mid",
        "С.В.Лавров провёл телефонный разговор с Заместителем Премьер-министра, Министром "
        "иностранных дел Пакистана И.Даром.",
    ),
    "en_dar_ceasefire": (
        (5, 10),
        "reuters",
        "ISLAMABAD, May 10 (Reuters) - Pakistan's Deputy Prime Minister and Foreign Minister "
        "Ishaq Dar said Islamabad had agreed to a ceasefire with India.",
    ),
    "ru_dar_ceasefire": (
        (5, 10),
        "ria",
        "Вице-премьер, глава МИД Пакистана Исхак Дар подтвердил договорённость о прекращении огня "
        "с Индией.",
    ),
    "ru_dar_gift_museum": (
        (3, 3),
        "tass",
        "Семья коллекционера передала в дар Эрмитажу собрание персидских миниатюр XVII века.",
    ),
    "ru_iwaya_sanctions": (
        (1, 10),
        "ria",
        "Министр иностранных дел Японии Такэси Ивая заявил, что Токио сохранит санкции против "
        "России.",
    ),
    "en_iwaya_sanctions": (
        (1, 10),
        "kyodo",
        "Japanese Foreign Minister Takeshi Iwaya said Tokyo would maintain its sanctions on "
        "Russia.",
    ),
    "ru_abdelatty_safadi_gaza": (
        (2, 10),
        "ria",
        "Министры иностранных дел Египта и Иордании Бадр Абдель Ати и Айман Сафади выступили "
        "против любых планов переселения жителей сектора Газа.",
    ),
    "en_abdelatty_safadi_gaza": (
        (2, 10),
        "aljazeera",
        "Egypt's Foreign Minister Badr Abdelatty and Jordan's Ayman Safadi rejected any plan to "
        "displace Palestinians from the Gaza Strip.",
    ),
    "en_abdel_aty_cairo_plan": (
        (3, 4),
        "ahram",
        "Foreign Minister Badr Abdel Aty said the Arab reconstruction plan for Gaza adopted in "
        "Cairo would cost $53 billion.",
    ),
    "ru_safadi_fletcher_bridge": (
        (5, 21),
        "ria",
        "Глава МИД Иордании Айман Сафади и заместитель Генсека ООН Том Флетчер посетили КПП «Мост "
        "короля Хусейна», через который гуманитарные грузы направляются на Западный берег.",
    ),
    "en_safadi_fletcher_bridge": (
        (5, 21),
        "petra",
        "Foreign Minister Ayman Safadi and UN relief chief Tom Fletcher visited the King Hussein "
        "Bridge crossing, a key route for aid to the West Bank.",
    ),
    "ru_mbar_gaza_talks": (
        (1, 15),
        "ria",
        "Премьер-министр и министр иностранных дел Катара шейх Мухаммед бен Абдеррахман Аль Тани "
        "объявил, что переговоры о прекращении огня в Газе завершились соглашением.",
    ),
    "en_mbar_gaza_talks": (
        (1, 15),
        "aljazeera",
        "DOHA - Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al "
        "Thani announced that talks on a Gaza ceasefire had produced a deal.",
    ),
    "en_mbar_bin_jassim": (
        (9, 10),
        "reuters",
        "DOHA, Sept 10 (Reuters) - Qatari Prime Minister Sheikh Mohammed bin Abdulrahman bin "
        "Jassim Al Thani said the strike on Doha had undermined mediation efforts.",
    ),
    "ru_lavrov_mbar": (
        (4, 16),
        "mid",
        "С.В.Лавров провёл переговоры с Премьер-министром – Министром иностранных дел Государства "
        "Катар шейхом Мухаммедом бин Абдуррахманом Аль Тани. #Лавров #Катар 🇷🇺🇶🇦",
    ),
    "ru_tamim_trump_doha": (
        (5, 14),
        "tass",
        "Эмир Катара шейх Тамим бен Хамад Аль Тани принял в Дохе президента США Дональда Трампа. "
        "Стороны подписали соглашения на сотни миллиардов долларов.",
    ),
    "en_tamim_trump_doha": (
        (5, 14),
        "aljazeera",
        "Emir of Qatar Sheikh Tamim bin Hamad Al Thani welcomed U.S. President Donald Trump to "
        "Doha on May 14, where the two sides signed deals worth hundreds of billions of dollars.",
    ),
    "ru_mbs_trump_riyadh": (
        (5, 13),
        "ria",
        "Наследный принц Саудовской Аравии Мухаммед бен Сальман встретил Дональда Трампа в "
        "аэропорту Эр-Рияда. С Саудовской Аравии началось ближневосточное турне Трампа.",
    ),
    "en_mbs_trump_riyadh": (
        (5, 13),
        "reuters",
        "RIYADH, May 13 (Reuters) - Saudi Crown Prince Mohammed bin Salman greeted President "
        "Donald Trump at Riyadh airport at the start of a Gulf tour.",
    ),
    "ru_lavrov_abz_call": (
        (3, 5),
        "mid",
        "С.В.Лавров провёл телефонный разговор с Заместителем Премьер-министра, Министром "
        "иностранных дел ОАЭ шейхом Абдаллой бен Заидом Аль Нахайяном.",
    ),
    "en_abz_lavrov_call": (
        (3, 5),
        "wam",
        "Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign "
        "Affairs, received a phone call from Russian Foreign Minister Sergey Lavrov.",
    ),
    "ru_putin_mbz": (
        (8, 7),
        "kremlin",
        "Владимир Путин провёл переговоры с Президентом Объединённых Арабских Эмиратов Мухаммедом "
        "бен Заидом Аль Нахайяном. #Путин #ОАЭ",
    ),
    "en_mbz_prisoner_swap": (
        (8, 7),
        "wam",
        "UAE President His Highness Sheikh Mohamed bin Zayed Al Nahyan welcomed the success of a "
        "new Russia-Ukraine prisoner exchange mediated by the UAE.",
    ),
    "en_zayed_grand_mosque": (
        (3, 28),
        "wam",
        "ABU DHABI - The Sheikh Zayed Grand Mosque welcomed more than 2 million visitors during "
        "Ramadan, its centre said.",
    ),
    "ru_zayed_grand_mosque": (
        (3, 28),
        "ria",
        "Большую мечеть шейха Заида в Абу-Даби за месяц Рамадан посетили более двух миллионов "
        "человек.",
    ),
    "ru_albusaidi_muscat_apr12": (
        (4, 12),
        "tass",
        "12 апреля в Маскате при посредничестве министра иностранных дел Омана Бадра аль-Бусаиди "
        "прошли непрямые переговоры Ирана и США. Иранскую делегацию возглавил Аббас Аракчи.",
    ),
    "en_albusaidi_muscat_apr12": (
        (4, 12),
        "aljazeera",
        "MUSCAT, April 12 - Oman's Foreign Minister Badr Albusaidi shuttled between Iran's Abbas "
        "Araghchi and the U.S. delegation in indirect talks on Tehran's nuclear programme.",
    ),
    "en_al_busaidi_ona": (
        (6, 1),
        "ona",
        "Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs, received a phone call "
        "from his Iranian counterpart on the next round of negotiations.",
    ),
    "ru_cosmonautics_day": (
        (4, 12),
        "kremlin",
        "12 апреля Россия отмечает День космонавтики. В этот день в 1961 году состоялся первый в "
        "истории полёт человека в космос.",
    ),
    "ru_araghchi_moscow": (
        (4, 18),
        "ria",
        "Министр иностранных дел Ирана Аббас Аракчи прибыл в Москву, где проведёт переговоры с "
        "С.В.Лавровым и передаст послание руководству России.",
    ),
    "en_araqchi_moscow": (
        (4, 18),
        "irna",
        "Iranian Foreign Minister Abbas Araqchi arrived in Moscow on April 18 for talks with "
        "Sergei Lavrov.",
    ),
    "ru_grossi_iran_uranium": (
        (6, 20),
        "interfax",
        "Генеральный директор МАГАТЭ Рафаэль Гросси заявил, что агентство утратило непрерывность "
        "знаний о запасах обогащённого урана в Иране.",
    ),
    "en_grossi_iran_uranium": (
        (6, 20),
        "reuters",
        "VIENNA (Reuters) - IAEA chief Rafael Grossi said in a statement that inspectors had lost "
        "continuity of knowledge over Iran's stockpile of enriched uranium.",
    ),
    "ru_grossi_znpp": (
        (3, 27),
        "tass",
        "Рафаэль Гросси посетил Запорожскую АЭС. В заявлении МАГАТЭ говорится, что ситуация с "
        "ядерной безопасностью на станции остаётся «хрупкой».",
    ),
    "ru_fuad_hussein_lavrov": (
        (2, 27),
        "ria",
        "Министр иностранных дел Ирака Фуад Хусейн в телефонном разговоре с С.В.Лавровым обсудил "
        "ситуацию в Сирии и энергетическое сотрудничество.",
    ),
    "en_fuad_hussein_baghdad": (
        (2, 27),
        "ina",
        "Deputy Prime Minister and Foreign Minister Fuad Hussein discussed the situation in Syria "
        "and energy cooperation with his Russian counterpart.",
    ),
    "en_saddam_palace": (
        (10, 5),
        "aljazeera",
        "BASRA - A former palace of Saddam Hussein on the Shatt al-Arab has reopened as a museum "
        "of antiquities.",
    ),
    "ru_lavrov_shaibani_jul31": (
        (7, 31),
        "mid",
        "31 июля С.В.Лавров провёл переговоры с Министром иностранных дел Сирийской Арабской "
        "Республики Асаадом аш-Шейбани. #Лавров #Сирия",
    ),
    "en_shaibani_lavrov_jul31": (
        (7, 31),
        "reuters",
        "MOSCOW, July 31 (Reuters) - Syrian Foreign Minister Asaad al-Shaibani held talks with "
        "Sergei Lavrov on his first visit to Moscow since the fall of the previous government.",
    ),
    "en_shibani_sana": (
        (9, 25),
        "sana",
        "Foreign and Expatriates Minister Asaad Hassan al-Shibani addressed the UN General "
        "Assembly on Syria's reconstruction.",
    ),
    "ru_shaibani_un": (
        (9, 25),
        "ria",
        "Глава МИД Сирии аль-Шейбани выступил на Генассамблее ООН, призвав снять санкции с "
        "Дамаска.",
    ),
    "ru_attaf_moscow": (
        (2, 19),
        "ria",
        "Министр иностранных дел Алжира Ахмед Аттаф провёл в Москве переговоры с С.В.Лавровым. "
        "#Алжир",
    ),
    "en_attaf_moscow": (
        (2, 19),
        "aps",
        "Minister of State and Foreign Affairs Ahmed Attaf held talks in Moscow with his Russian "
        "counterpart on regional issues and the Sahel.",
    ),
    "ru_lamola_g20_nov22": (
        (11, 22),
        "tass",
        "Глава МИД ЮАР Рональд Ламола заявил, что саммит «Группы двадцати» в Йоханнесбурге 22 "
        "ноября примет итоговую декларацию, несмотря на бойкот США.",
    ),
    "en_lamola_g20_nov22": (
        (11, 22),
        "sabc",
        "International Relations Minister Ronald Lamola said the G20 leaders' summit in "
        "Johannesburg would adopt a declaration on 22 November despite the U.S. boycott.",
    ),
    "ru_lavrov_lamola": (
        (5, 8),
        "mid",
        "С.В.Лавров провёл переговоры с Министром международных отношений и сотрудничества ЮАР "
        "Р.Ламолой. #Лавров #ЮАР 🇷🇺🇿🇦",
    ),
    "en_lamola_lavrov": (
        (5, 8),
        "mfa_russia",
        "Sergey Lavrov held talks with Minister of International Relations and Cooperation of "
        "South Africa Ronald Lamola.",
    ),
    "ru_tuggar_brics": (
        (1, 18),
        "ria",
        "Министр иностранных дел Нигерии Юсуф Туггар заявил, что статус страны-партнёра БРИКС "
        "откроет для Абуджи новые рынки.",
    ),
    "en_tuggar_brics": (
        (1, 18),
        "nan",
        "Foreign Affairs Minister Yusuf Tuggar said Nigeria's status as a BRICS partner country "
        "would open new markets.",
    ),
    "ru_mudavadi_dar_es_salaam": (
        (2, 8),
        "tass",
        "Премьер-кабинет-секретарь и министр иностранных дел Кении Мусалиа Мудавади принял "
        "участие в совместном саммите ВАС и САДК в Дар-эс-Саламе, посвящённом кризису на востоке "
        "ДР Конго.",
    ),
    "en_mudavadi_dar_es_salaam": (
        (2, 8),
        "nation",
        "Prime Cabinet Secretary Musalia Mudavadi attended the joint EAC-SADC summit in Dar es "
        "Salaam on Feb. 8 on the crisis in eastern DR Congo.",
    ),
    "ru_sheinbaum_tariffs": (
        (3, 4),
        "ria",
        "Президент Мексики Клаудия Шейнбаум заявила, что Мексика ответит на пошлины США, если "
        "Дональд Трамп не отменит их.",
    ),
    "en_sheinbaum_tariffs": (
        (3, 4),
        "reuters",
        "MEXICO CITY, March 4 (Reuters) - Mexican President Claudia Sheinbaum said Mexico would "
        "respond to U.S. tariffs with measures of its own.",
    ),
    "ru_trump_sheinbaum_call": (
        (3, 6),
        "tass",
        "Трамп после телефонного разговора с Шейнбаум отложил на месяц введение пошлин на часть "
        "мексиканских товаров.",
    ),
    "ru_de_la_fuente_g20": (
        (2, 22),
        "ria",
        "Министр иностранных дел Мексики Хуан Рамон де ла Фуэнте заявил на полях встречи G20 в "
        "Йоханнесбурге, что Мехико выступает за диалог.",
    ),
    "en_de_la_fuente_g20": (
        (2, 22),
        "efe",
        "Mexican Foreign Minister Juan Ramón de la Fuente said at the G20 ministerial in "
        "Johannesburg that Mexico favoured dialogue over confrontation.",
    ),
    "ru_maduro_gil_inauguration": (
        (1, 10),
        "ria",
        "Николас Мадуро принёс присягу на третий президентский срок. Министр иностранных дел "
        "Венесуэлы Иван Хиль заявил, что церемонию посетили делегации из 125 стран.",
    ),
    "en_maduro_gil_inauguration": (
        (1, 10),
        "reuters",
        "CARACAS, Jan 10 (Reuters) - Nicolas Maduro was sworn in for a third term as Venezuela's "
        "president, while Foreign Minister Yvan Gil said delegations from 125 countries attended.",
    ),
    "en_maduro_sanctions": (
        (7, 25),
        "reuters",
        "WASHINGTON (Reuters) - The U.S. Treasury imposed new sanctions on officials close to "
        "Nicolás Maduro, accusing them of drug trafficking.",
    ),
    "ru_maduro_sanctions": (
        (7, 25),
        "ria",
        "Мадуро осудил новые санкции Вашингтона против венесуэльских чиновников, назвав их "
        "«экономической агрессией».",
    ),
    "en_gil_caribbean": (
        (9, 5),
        "telesur",
        "Venezuela's Foreign Minister Yván Gil denounced the deployment of U.S. warships in the "
        "southern Caribbean as a threat to regional peace.",
    ),
    "ru_eduard_khil_plaque": (
        (9, 4),
        "tass",
        "В Петербурге открыли мемориальную доску народному артисту РСФСР Эдуарду Хилю.",
    ),
    "en_gilberto_gil_cop30": (
        (11, 13),
        "agencia_brasil",
        "Brazilian music legend Gilberto Gil performed at the COP30 cultural programme in Belém.",
    ),
    "en_maduro_guerra": (
        (8, 30),
        "efe",
        "CARACAS - Lawmaker Nicolás Maduro Guerra, the president's son, said the ruling party "
        'would mobilise supporters against "foreign threats".',
    ),
    "ru_maduro_guerra": (
        (8, 30),
        "ria",
        "Депутат Николас Мадуро Герра, сын президента Венесуэлы, призвал сторонников правящей "
        "партии к мобилизации.",
    ),
    "en_habanos_wrappers": (
        (2, 28),
        "prensa_latina",
        "HAVANA - Habanos S.A. said demand for cigars with dark maduro wrappers and lighter rubio "
        "blends rose at this year's festival.",
    ),
    "ru_lavrov_rodriguez": (
        (5, 12),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Республики Куба Б.Родригесом "
        "Паррильей. #Лавров #Куба 🇷🇺🇨🇺",
    ),
    "en_rodriguez_lavrov": (
        (5, 12),
        "prensa_latina",
        "Cuban Foreign Minister Bruno Rodríguez Parrilla held talks in Moscow with his Russian "
        "counterpart Sergey Lavrov.",
    ),
    "en_bruno_rodriguez_embargo": (
        (10, 29),
        "reuters",
        "UNITED NATIONS (Reuters) - Cuba's Foreign Minister Bruno Rodriguez told the General "
        "Assembly the U.S. embargo had cost the island more than $7.5 billion in a year.",
    ),
    "en_delcy_rodriguez_oil": (
        (4, 2),
        "reuters",
        "CARACAS (Reuters) - Venezuelan Vice President Delcy Rodriguez said the country would "
        "keep exporting oil despite U.S. secondary tariffs.",
    ),
    "ru_delcy_rodriguez_oil": (
        (4, 2),
        "ria",
        "Вице-президент Венесуэлы Делси Родригес заявила, что страна продолжит экспорт нефти, "
        "несмотря на вторичные пошлины США.",
    ),
    "ru_milei_visit": (
        (4, 11),
        "ria",
        "Президент Аргентины Хавьер Милей прибыл с визитом в США. Во время визита Милей "
        "рассчитывает обсудить соглашение о свободной торговле.",
    ),
    "en_milei_visit": (
        (4, 11),
        "reuters",
        "BUENOS AIRES (Reuters) - Argentine President Javier Milei headed to the United States on "
        "a visit aimed at securing a free trade deal.",
    ),
    "en_karina_milei": (
        (8, 22),
        "afp",
        "BUENOS AIRES (AFP) - Karina Milei, the president's sister and secretary-general of the "
        "presidency, faced calls to testify over an alleged bribery scheme.",
    ),
    "ru_petro_deportation": (
        (1, 26),
        "ria",
        "Президент Колумбии Густаво Петро отказался принимать военные самолёты США с "
        "депортированными мигрантами, после чего Дональд Трамп пригрозил Боготе пошлинами.",
    ),
    "en_petro_deportation": (
        (1, 26),
        "reuters",
        "BOGOTA, Jan 26 (Reuters) - Colombian President Gustavo Petro turned back U.S. military "
        "flights carrying deported migrants, demanding they be treated with dignity.",
    ),
    "ru_poroshenko_sanctions": (
        (2, 13),
        "ria",
        "СНБО Украины ввёл санкции против бывшего президента страны Петро Порошенко.",
    ),
    "en_poroshenko_sanctions": (
        (2, 13),
        "reuters",
        "KYIV (Reuters) - Ukraine's security council imposed sanctions on former president Petro "
        "Poroshenko, who called the move illegal.",
    ),
    "ru_van_klaveren_asia": (
        (3, 12),
        "ria",
        "Министр иностранных дел Чили Альберто ван Кларен заявил, что Сантьяго будет добиваться "
        "диверсификации торговли со странами Азии.",
    ),
    "en_van_klaveren_asia": (
        (3, 12),
        "efe",
        "Chilean Foreign Minister Alberto van Klaveren said Santiago would seek to diversify "
        "trade with Asia.",
    ),
    "ru_fidan_istanbul_may16": (
        (5, 16),
        "ria",
        "Глава МИД Турции Хакан Фидан открыл 16 мая в Стамбуле прямые переговоры делегаций России "
        "и Украины.",
    ),
    "en_fidan_istanbul_may16": (
        (5, 16),
        "anadolu",
        "ISTANBUL - Turkish Foreign Minister Hakan Fidan opened direct talks between Russian and "
        "Ukrainian delegations in Istanbul on May 16.",
    ),
    "ru_lavrov_fidan_call": (
        (8, 18),
        "mid",
        "С.В.Лавров провёл телефонный разговор с Министром иностранных дел Турецкой Республики "
        "Х.Фиданом. #Лавров #Турция",
    ),
    "en_turkish_airlines": (
        (6, 3),
        "anadolu",
        "Türk Hava Yolları (Turkish Airlines) carried a record 8.4 million passengers in May, the "
        "flag carrier said.",
    ),
    "en_turkish_coffee_day": (
        (12, 5),
        "anadolu",
        "Cafes across Istanbul marked World Turkish Coffee Day, serving türk kahvesi brewed in "
        "copper pots.",
    ),
    "ru_turkic_states_summit": (
        (10, 7),
        "apa",
        "Саммит Организации тюркских государств прошёл 7 октября в Габале.",
    ),
    "ru_turk_gaza": (
        (4, 8),
        "un_news",
        "Верховный комиссар ООН по правам человека Фолькер Тюрк призвал обеспечить "
        "беспрепятственный доступ гуманитарной помощи в Газу.",
    ),
    "en_turk_gaza": (
        (4, 8),
        "un_news",
        "UN High Commissioner for Human Rights Volker Türk called for unimpeded humanitarian "
        "access to Gaza.",
    ),
    "en_turk_sudan": (
        (10, 31),
        "reuters",
        "GENEVA (Reuters) - U.N. rights chief Volker Turk warned of ethnically motivated killings "
        "after the fall of El Fasher in Sudan.",
    ),
    "en_turk_report_dec4": (
        (12, 4),
        "un_news",
        "Volker Türk presented the annual report on 2025-12-04, warning that civic space is "
        "shrinking worldwide.",
    ),
    "en_guterres_gaza": (
        (1, 19),
        "un_news",
        "UN Secretary-General António Guterres welcomed the entry into force of the Gaza "
        "ceasefire agreement.",
    ),
    "en_guterres_children_nov20": (
        (11, 20),
        "un_news",
        "On 20 November, World Children's Day, Secretary-General Antonio Guterres called for an "
        "end to attacks on schools.",
    ),
    "ru_guterres_famine_warning": (
        (12, 4),
        "un_news",
        "Гутерриш напомнил, что ещё 4 декабря 2024 года ООН предупреждала о риске голода в "
        "Судане, однако финансирование так и не поступило.",
    ),
    "ru_fletcher_appeal": (
        (6, 12),
        "un_news",
        "Заместитель Генсека ООН по гуманитарным вопросам Том Флетчер заявил, что гуманитарный "
        "призыв на 2025 год профинансирован лишь на 13%.",
    ),
    "en_fletcher_appeal": (
        (6, 12),
        "un_news",
        "UN relief chief Tom Fletcher said the 2025 humanitarian appeal was only 13% funded, "
        'forcing "brutal" cuts.',
    ),
    "ru_e3_snapback": (
        (8, 28),
        "tass",
        "Министры иностранных дел Германии, Франции и Великобритании Йоханн Вадефуль, Жан-Ноэль "
        "Барро и Дэвид Лэмми уведомили Совбез ООН о запуске механизма восстановления санкций "
        "против Ирана.",
    ),
    "en_e3_snapback": (
        (8, 28),
        "reuters",
        "BERLIN/PARIS/LONDON, Aug 28 (Reuters) - Germany's Johann Wadephul, France's Jean-Noel "
        "Barrot and Britain's David Lammy triggered the snapback of U.N. sanctions on Iran.",
    ),
    "ru_wadephul_china": (
        (12, 8),
        "ria",
        "Визит Вадефуля в Пекин: глава МИД ФРГ обсудит экспортные ограничения на редкоземельные "
        "металлы.",
    ),
    "en_barrot_palestine": (
        (9, 22),
        "afp",
        "PARIS (AFP) - French Foreign Minister Jean-Noël Barrot said France's recognition of a "
        'Palestinian state was "a victory for peace".',
    ),
    "ru_barrot_palestine": (
        (9, 22),
        "ria",
        "Министр иностранных дел Франции Ж.-Н.Барро назвал признание Парижем палестинского "
        "государства «победой мира».",
    ),
    "en_vdl_rearm": (
        (3, 4),
        "reuters",
        "BRUSSELS, March 4 (Reuters) - European Commission President Ursula von der Leyen "
        'unveiled a "ReArm Europe" plan that could mobilise up to 800 billion euros.',
    ),
    "ru_vdl_kallas_sanctions": (
        (9, 19),
        "ria",
        "Урсула фон дер Ляйен и Кая Каллас представили 19-й пакет санкций ЕС против России, "
        "включающий запрет на импорт СПГ.",
    ),
    "en_vdl_kallas_sanctions": (
        (9, 19),
        "reuters",
        "BRUSSELS (Reuters) - Commission President von der Leyen and foreign policy chief Kallas "
        "presented the EU's 19th sanctions package against Russia, including a ban on LNG imports.",
    ),
    "ru_kallas_may19": (
        (5, 19),
        "tass",
        "Глава евродипломатии Кая Каллас заявила 19 мая, что Евросоюз готовит новые санкции "
        "против России.",
    ),
    "en_kallas_may19": (
        (5, 19),
        "reuters",
        "BRUSSELS, May 19 (Reuters) - EU foreign policy chief Kaja Kallas said the bloc was "
        "preparing further sanctions against Russia.",
    ),
    "en_siim_kallas": (
        (11, 3),
        "err",
        "TALLINN - Former European Commissioner Siim Kallas said Estonia's coalition needed a "
        '"reset" on tax policy.',
    ),
    "ru_nurtleu_astana": (
        (4, 28),
        "kazinform",
        "Министр иностранных дел Казахстана Мурат Нуртлеу провёл в Астане переговоры с делегацией "
        "ЕС по критически важному сырью.",
    ),
    "en_nurtleu_astana": (
        (4, 28),
        "kazinform",
        "Kazakh Foreign Minister Murat Nurtleu held talks in Astana with an EU delegation on "
        "critical raw materials.",
    ),
    "ru_mirzoyan_bayramov_aug8": (
        (8, 8),
        "tass",
        "8 августа в Вашингтоне министры иностранных дел Армении и Азербайджана Арарат Мирзоян и "
        "Джейхун Байрамов парафировали текст мирного соглашения в присутствии Дональда Трампа.",
    ),
    "en_mirzoyan_bayramov_aug8": (
        (8, 8),
        "ap",
        "WASHINGTON, Aug. 8 (AP) — Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani "
        "Foreign Minister Jeyhun Bayramov initialed a peace agreement at the White House.",
    ),
    "ru_lavrov_mirzoyan_call": (
        (2, 17),
        "mid",
        "С.В.Лавров провёл телефонный разговор с Министром иностранных дел Республики Армения "
        "А.Мирзояном.",
    ),
    "en_mirzoyan_eu_bid": (
        (2, 17),
        "armenpress",
        "Foreign Minister Ararat Mirzoyan said Armenia's bid for EU membership was not directed "
        "against any third country.",
    ),
    "ru_bayramov_middle_corridor": (
        (10, 15),
        "apa",
        "Глава МИД Азербайджана Джейхун Байрамов обсудил с казахстанским коллегой развитие "
        "Среднего коридора.",
    ),
    "en_ararat_brandy": (
        (6, 17),
        "armenpress",
        "YEREVAN - Exports of Ararat brandy to Russia rose 12% in the first five months, the "
        "Yerevan Brandy Company said.",
    ),
    "ru_mount_ararat_tourists": (
        (6, 17),
        "ria",
        "Армянские туроператоры отмечают рост числа туристов из России, приезжающих полюбоваться "
        "видом на гору Арарат.",
    ),
    "ru_kurban_bayram": (
        (6, 6),
        "ria",
        "6 июня в мечетях Москвы прошли праздничные молитвы по случаю Курбан-байрама.",
    ),
    "en_march_fifteen_countries": (
        (4, 1),
        "un_news",
        "In March, 15 countries pledged new funding for the UN humanitarian appeal, OCHA said.",
    ),
    "ru_march15_2024_elections": (
        (3, 15),
        "tass",
        "Ровно год назад, 15 марта 2024 года, в России начались выборы президента. ЦИК подвёл "
        "итоги года работы.",
    ),
    "ru_parade_0905": (
        (5, 8),
        "tass",
        "Опубликован порядок перекрытия улиц в центре Москвы в связи с проведением Парада Победы "
        "09.05.2025.",
    ),
}

# Post lists several queries share, named once.
_SZIJJARTO = (
    "ru_szijjarto_lavrov_talks",
    "en_szijjarto_lavrov_talks",
    "ru_szijjarto_sanctions",
    "en_szijjarto_sanctions",
    "ru_szijjarto_minsk",
)
_SZIJJARTO_2 = ("ru_szijjarto_lavrov_talks", "en_szijjarto_lavrov_talks")
_ORBAN = ("ru_orban_fico_bratislava", "en_orban_fico_bratislava", "ru_orban_veto")
_FICO = (
    "ru_orban_fico_bratislava",
    "en_orban_fico_bratislava",
    "ru_fico_moscow_may9",
    "en_fico_moscow_may9",
)
_VUCIC = (
    "ru_vucic_putin_may9",
    "en_vucic_putin_may9",
    "ru_vucic_beijing_visit",
    "en_vucic_beijing_visit",
)
_DJURIC = ("ru_djuric_geneva", "en_djuric_geneva", "ru_djuric_lavrov", "en_djuric_eu_path")
_VANCE = ("ru_vance_munich", "en_vance_munich", "ru_vance_india_visit", "en_vance_india_visit")
_BOSNIA_TRAPS = ("en_vance_owen_bosnia", "ru_vance_owen_bosnia")
_JEDDAH = ("en_rubio_jeddah", "ru_rubio_jeddah", "ru_riyadh_talks_feb18", "en_riyadh_talks_feb18")
_TRUMP = (
    "en_trump_putin_alaska",
    "ru_putin_trump_alaska",
    "ru_ushakov_putin_trump_call",
    "en_ushakov_putin_trump_call",
    "ru_tamim_trump_doha",
    "en_tamim_trump_doha",
    "ru_mbs_trump_riyadh",
    "en_mbs_trump_riyadh",
    "ru_sheinbaum_tariffs",
    "ru_trump_sheinbaum_call",
    "ru_petro_deportation",
    "ru_mirzoyan_bayramov_aug8",
)
_TRUMP_TRAPS = (
    "en_trump_jr_greenland",
    "ru_trump_jr_greenland",
    "en_trump_tower_protest",
    "en_trump_card_rare_earths",
)
_GREENLAND = ("en_trump_jr_greenland", "ru_trump_jr_greenland")
_TRUMP_TRAPS_2 = (*_TRUMP_TRAPS[2:], *_TRUMP)  # for Trump Jr.: every other Trump post
_LAVROV = (
    "ru_szijjarto_lavrov_talks",
    "en_szijjarto_lavrov_talks",
    "ru_djuric_lavrov",
    "ru_riyadh_talks_feb18",
    "en_riyadh_talks_feb18",
    "ru_saidov_lavrov",
    "ru_lavrov_vieira_call",
    "en_vieira_lavrov_call",
    "ru_mohamad_hasan_asean",
    "ru_wang_yi_lavrov",
    "en_wang_yi_lavrov",
    "ru_lavrov_jaishankar",
    "en_jaishankar_lavrov",
    "ru_dar_lavrov",
    "ru_lavrov_mbar",
    "ru_lavrov_abz_call",
    "en_abz_lavrov_call",
    "ru_araghchi_moscow",
    "en_araqchi_moscow",
    "ru_fuad_hussein_lavrov",
    "ru_lavrov_shaibani_jul31",
    "en_shaibani_lavrov_jul31",
    "ru_attaf_moscow",
    "ru_lavrov_lamola",
    "en_lamola_lavrov",
    "ru_lavrov_rodriguez",
    "en_rodriguez_lavrov",
    "ru_lavrov_fidan_call",
    "ru_lavrov_mirzoyan_call",
)
_PUTIN = (
    "en_trump_putin_alaska",
    "ru_putin_trump_alaska",
    "ru_ushakov_putin_trump_call",
    "en_ushakov_putin_trump_call",
)
_RYABKOV = (
    "ru_ryabkov_strategic",
    "en_ryabkov_strategic",
    "ru_ryabkov_brics_sherpa",
    "en_ryabkov_brics_sherpa",
    "ru_sugiono_ryabkov",
    "en_riabkov_new_start",
)
_GRUSHKO = ("ru_grushko_rutte", "en_grushko_rutte")
_RUTTE = ("ru_grushko_rutte", "en_grushko_rutte", "ru_rutte_hague", "en_rutte_hague")
_AZERBAIJAN = ("ru_galuzin_azerbaijan", "en_galuzin_azerbaijan")
_ZAKHAROVA = (
    "ru_zakharova_briefing_dec4",
    "en_zakharova_briefing_dec4",
    "ru_zakharova_kallas",
    "en_zakharova_kallas",
    "ru_zakharova_comment_0315",
)
_ZAKHAROVA_TRAPS = ("ru_svetlana_zakharova_ballet", "en_svetlana_zakharova_ballet")
_NEBENZIA = (
    "ru_nebenzia_unsc_ukraine",
    "en_nebenzia_unsc_ukraine",
    "en_nebenzya_veto",
    "ru_nebenzia_guterres_statement",
    "en_nebenzia_guterres_statement",
)
_GUTERRES = (
    "ru_nebenzia_guterres_statement",
    "en_nebenzia_guterres_statement",
    "en_guterres_gaza",
    "en_guterres_children_nov20",
    "ru_guterres_famine_warning",
)
_USHAKOV = ("ru_ushakov_putin_trump_call", "en_ushakov_putin_trump_call", "ru_riyadh_talks_feb18")
_ADMIRAL_TRAPS = ("ru_admiral_ushakov_frigate", "en_admiral_ushakov_frigate")
_INVESTMENT = ("ru_dmitriev_investment", "en_dmitriev_investment", "ru_riyadh_talks_feb18")
_TASHKENT = ("ru_overchuk_saidov_tashkent", "en_overchuk_saidov_tashkent")
_SAIDOV = (
    "ru_overchuk_saidov_tashkent",
    "en_overchuk_saidov_tashkent",
    "ru_saidov_lavrov",
    "en_saidov_baxtiyor",
)
_NURTLEU = ("ru_nurtleu_astana", "en_nurtleu_astana")
_RUDENKO = ("ru_rudenko_japan", "en_rudenko_japan")
_NUREMBERG_TRAPS = ("ru_nuremberg_rudenko", "en_nuremberg_rudenko")
_VIEIRA = ("ru_lavrov_vieira_call", "en_vieira_lavrov_call", "en_vieira_cop30")
_PATRICK_TRAPS = ("en_patrick_vieira_genoa", "ru_patrick_vieira_genoa")
_OPENING = ("en_vieira_cop30", "ru_brics_rio_opening", "en_brics_rio_opening", "en_lula_cop30")
_BRICS = (
    "ru_ryabkov_brics_sherpa",
    "en_ryabkov_brics_sherpa",
    "en_vieira_lavrov_call",
    "ru_brics_rio_opening",
    "en_brics_rio_opening",
    "ru_brics_declaration",
)
_RIO_TRAPS = ("en_rio_tinto", "ru_rio_grande_floods")
_SUGIONO = ("ru_sugiono_ryabkov", "ru_sugiono_brics", "en_sugiono_brics")
_MOHAMAD = ("ru_mohamad_hasan_asean", "en_mohamad_hasan_asean")
_ABDELATTY = ("ru_abdelatty_safadi_gaza", "en_abdelatty_safadi_gaza", "en_abdel_aty_cairo_plan")
_MBAR = ("ru_mbar_gaza_talks", "en_mbar_gaza_talks", "en_mbar_bin_jassim", "ru_lavrov_mbar")
_TRUMP_TRAPS_3 = ("ru_tamim_trump_doha", "en_tamim_trump_doha")
_RIYADH_TRAPS = (
    "en_riyadh_talks_feb18",
    "ru_mbs_trump_riyadh",
    "en_mbs_trump_riyadh",
    "ru_putin_mbz",
    "en_mbz_prisoner_swap",
)
_RIYADH = ("en_riyadh_talks_feb18", "ru_mbs_trump_riyadh", "en_mbs_trump_riyadh")
_MBAR_TRAPS = (
    "ru_mbar_gaza_talks",
    "en_mbar_gaza_talks",
    "en_mbar_bin_jassim",
    "ru_lavrov_mbar",
    "ru_putin_mbz",
    "en_mbz_prisoner_swap",
)
_LAVROV_2 = ("ru_lavrov_abz_call", "en_abz_lavrov_call")
_MOSQUE_TRAPS = (
    "ru_putin_mbz",
    "en_mbz_prisoner_swap",
    "en_zayed_grand_mosque",
    "ru_zayed_grand_mosque",
)
_MBZ = ("ru_putin_mbz", "en_mbz_prisoner_swap")
_LAVROV_TRAPS = (
    "ru_lavrov_abz_call",
    "en_abz_lavrov_call",
    "en_zayed_grand_mosque",
    "ru_zayed_grand_mosque",
)
_ALBUSAIDI = ("ru_albusaidi_muscat_apr12", "en_albusaidi_muscat_apr12", "en_al_busaidi_ona")
_ALBUSAIDI_2 = (
    "ru_albusaidi_muscat_apr12",
    "en_albusaidi_muscat_apr12",
    "ru_araghchi_moscow",
    "en_araqchi_moscow",
)
_GROSSI = ("ru_grossi_iran_uranium", "en_grossi_iran_uranium", "ru_grossi_znpp")
_HUSSEIN = ("ru_fuad_hussein_lavrov", "en_fuad_hussein_baghdad")
_FLETCHER_TRAPS = ("ru_safadi_fletcher_bridge", "en_safadi_fletcher_bridge", "en_saddam_palace")
_SHAIBANI = (
    "ru_lavrov_shaibani_jul31",
    "en_shaibani_lavrov_jul31",
    "en_shibani_sana",
    "ru_shaibani_un",
)
_MOSCOW = ("ru_attaf_moscow", "en_attaf_moscow")
_LAMOLA = ("ru_lamola_g20_nov22", "en_lamola_g20_nov22", "ru_lavrov_lamola", "en_lamola_lavrov")
_TUGGAR = ("ru_tuggar_brics", "en_tuggar_brics")
_MUDAVADI = ("ru_mudavadi_dar_es_salaam", "en_mudavadi_dar_es_salaam")
_DAR = ("en_wang_yi_dar_kabul", "ru_dar_lavrov", "en_dar_ceasefire", "ru_dar_ceasefire")
_DAR_TRAPS = ("ru_dar_gift_museum", "ru_mudavadi_dar_es_salaam", "en_mudavadi_dar_es_salaam")
_DAR_TRAPS_2 = (
    "en_wang_yi_dar_kabul",
    "ru_dar_lavrov",
    "en_dar_ceasefire",
    "ru_dar_ceasefire",
    "ru_dar_gift_museum",
)
_JAISHANKAR = ("ru_lavrov_jaishankar", "en_jaishankar_lavrov", "en_jaishankar_sco")
_WANG = ("ru_wang_yi_lavrov", "en_wang_yi_lavrov", "en_wang_yi_dar_kabul")
_BRIEFING = ("ru_mao_ning_briefing", "en_mao_ning_briefing")
_SANCTIONS = ("ru_iwaya_sanctions", "en_iwaya_sanctions")
_SHEINBAUM = ("ru_sheinbaum_tariffs", "en_sheinbaum_tariffs", "ru_trump_sheinbaum_call")
_SHEINBAUM_2 = ("ru_sheinbaum_tariffs", "ru_trump_sheinbaum_call")
_FUENTE = ("ru_de_la_fuente_g20", "en_de_la_fuente_g20")
_MADURO = (
    "ru_maduro_gil_inauguration",
    "en_maduro_gil_inauguration",
    "en_maduro_sanctions",
    "ru_maduro_sanctions",
)
_MADURO_TRAPS = ("en_maduro_guerra", "ru_maduro_guerra", "en_habanos_wrappers")
_GIL = ("ru_maduro_gil_inauguration", "en_maduro_gil_inauguration", "en_gil_caribbean")
_GILBERTO_TRAPS = ("ru_eduard_khil_plaque", "en_gilberto_gil_cop30")
_RODRIGUEZ = ("ru_lavrov_rodriguez", "en_rodriguez_lavrov", "en_bruno_rodriguez_embargo")
_RODRIGUEZ_TRAPS = ("en_delcy_rodriguez_oil", "ru_delcy_rodriguez_oil")
_VISIT = ("ru_milei_visit", "en_milei_visit")
_DEPORTATION = ("ru_petro_deportation", "en_petro_deportation")
_POROSHENKO_TRAPS = ("ru_poroshenko_sanctions", "en_poroshenko_sanctions")
_KLAVEREN = ("ru_van_klaveren_asia", "en_van_klaveren_asia")
_FIDAN = ("ru_fidan_istanbul_may16", "en_fidan_istanbul_may16", "ru_lavrov_fidan_call")
_TURK = ("ru_turk_gaza", "en_turk_gaza", "en_turk_sudan", "en_turk_report_dec4")
_TURKISH_TRAPS = ("en_turkish_airlines", "en_turkish_coffee_day", "ru_turkic_states_summit")
_FLETCHER = (
    "ru_safadi_fletcher_bridge",
    "en_safadi_fletcher_bridge",
    "ru_fletcher_appeal",
    "en_fletcher_appeal",
)
_SNAPBACK = ("ru_e3_snapback", "en_e3_snapback", "ru_wadephul_china")
_SNAPBACK_2 = ("ru_e3_snapback", "en_e3_snapback")
_PALESTINE = ("ru_e3_snapback", "en_e3_snapback", "en_barrot_palestine", "ru_barrot_palestine")
_VDL = ("en_vdl_rearm", "ru_vdl_kallas_sanctions", "en_vdl_kallas_sanctions")
_KALLAS = (
    "ru_zakharova_kallas",
    "en_zakharova_kallas",
    "ru_vdl_kallas_sanctions",
    "en_vdl_kallas_sanctions",
    "ru_kallas_may19",
    "en_kallas_may19",
)
_MIRZOYAN = (
    "ru_mirzoyan_bayramov_aug8",
    "en_mirzoyan_bayramov_aug8",
    "ru_lavrov_mirzoyan_call",
    "en_mirzoyan_eu_bid",
)
_ARARAT_TRAPS = ("en_ararat_brandy", "ru_mount_ararat_tourists")
_BAYRAMOV = ("ru_mirzoyan_bayramov_aug8", "en_mirzoyan_bayramov_aug8")
_BAYRAMOV_2 = (
    "ru_mirzoyan_bayramov_aug8",
    "en_mirzoyan_bayramov_aug8",
    "ru_bayramov_middle_corridor",
)
_SZIJJARTO_3 = (
    "ru_szijjarto_lavrov_talks",
    "en_szijjarto_lavrov_talks",
    "ru_zakharova_comment_0315",
    "en_nebenzya_veto",
    "ru_march15_2024_elections",
)
_SZIJJARTO_4 = (
    "ru_szijjarto_lavrov_talks",
    "en_szijjarto_lavrov_talks",
    "ru_zakharova_comment_0315",
    "en_nebenzya_veto",
)
_COUNTRIES_TRAPS = ("en_march_fifteen_countries", "ru_march15_2024_elections")
_MAY9 = (
    "ru_fico_moscow_may9",
    "en_fico_moscow_may9",
    "ru_vucic_putin_may9",
    "en_vucic_putin_may9",
    "ru_parade_0905",
)
_KALLAS_TRAPS = ("ru_kallas_may19", "en_kallas_may19")
_DEC4 = (
    "ru_zakharova_briefing_dec4",
    "en_zakharova_briefing_dec4",
    "en_turk_report_dec4",
    "ru_guterres_famine_warning",
)
_DEC4_2 = ("ru_zakharova_briefing_dec4", "en_zakharova_briefing_dec4", "en_turk_report_dec4")
_ZAKHAROVA_TRAPS_2 = (
    "ru_svetlana_zakharova_ballet",
    "en_svetlana_zakharova_ballet",
    "ru_guterres_famine_warning",
)
_BRICS_2 = ("ru_brics_rio_opening", "en_brics_rio_opening", "ru_brics_declaration")
_RIYADH_2 = ("en_dmitriev_investment", "ru_riyadh_talks_feb18", "en_riyadh_talks_feb18")
_COP30 = ("en_vieira_cop30", "en_lula_cop30")


QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "министр иностранных дел Венгрии Сийярто",
        _SZIJJARTO,
        "k1 title with country + indeclinable surname; all Szijjártó posts in both scripts",
    ),
    Labelled(
        "Hungarian Foreign Minister Szijjarto",
        _SZIJJARTO,
        "k1 English title + surname without diacritics; Russian posts count too",
    ),
    Labelled(
        "Szijjártó",
        _SZIJJARTO,
        "k4 diacritic spelling must also find Szijjarto and Сийярто / П.Сийярто",
    ),
    Labelled(
        "Сиярто",
        _SZIJJARTO,
        "k4 common Russian misspelling without й",
    ),
    Labelled(
        "Szijarto",
        _SZIJJARTO,
        "k8 typo with a single j",
    ),
    Labelled(
        "#Сийярто",
        _SZIJJARTO,
        "k8 hashtag form; all Szijjártó posts, not only the hashtagged one",
    ),
    Labelled(
        "П. Сийярто",
        _SZIJJARTO,
        "k8 initial with a space; posts glue it as П.Сийярто",
    ),
    Labelled(
        "Сийярто санкции",
        ("ru_szijjarto_sanctions",),
        "k6 name + Russian ordinary word; only Russian posts with a form of «санкции»",
        first="ru_szijjarto_sanctions",
    ),
    Labelled(
        "Szijjarto sanctions",
        ("en_szijjarto_sanctions",),
        "k6 name + English ordinary word; only English posts with sanction(s)",
    ),
    Labelled(
        "Лавров Сийярто",
        _SZIJJARTO_2,
        "k5 two people together; Moscow talks in both languages",
    ),
    Labelled(
        "Сийярто 15 марта",
        _SZIJJARTO_2,
        "k10 person + day in Russian words; English March 15 post counts",
    ),
    Labelled(
        "премьер-министр Венгрии Орбан",
        _ORBAN,
        "k1 title + surname; Romanian Ludovic Orban is a namesake trap",
        absent=("en_ludovic_orban",),
    ),
    Labelled(
        "Hungarian Prime Minister Orbán",
        _ORBAN,
        "k1 title + surname with diacritic; Ludovic Orban absent",
        absent=("en_ludovic_orban",),
    ),
    Labelled(
        "Orban",
        _ORBAN,
        "k4 surname without diacritic finds Orbán/Орбан; other Orbans left unlabelled",
    ),
    Labelled(
        "Орбану",
        _ORBAN,
        "k3 Russian dative form must find all Orbán posts",
    ),
    Labelled(
        "Виктор Орбан",
        _ORBAN,
        "k7 given name + surname; Людовик Орбан / Ludovic Orban are namesake traps",
        absent=("en_ludovic_orban",),
    ),
    Labelled(
        "Orban Fico",
        ("ru_orban_fico_bratislava", "en_orban_fico_bratislava"),
        "k5 two leaders together",
    ),
    Labelled(
        "премьер Словакии Фицо",
        _FICO,
        "k1 title + indeclinable surname",
    ),
    Labelled(
        "Фицо",
        _FICO,
        "k2 bare surname, Cyrillic; English Fico posts count",
    ),
    Labelled(
        "fico",
        _FICO,
        "k8 lower-case surname",
    ),
    Labelled(
        "Fico May 9",
        ("ru_fico_moscow_may9", "en_fico_moscow_may9"),
        "k10 person + day; Russian «9 мая» post counts",
    ),
    Labelled(
        "президент Сербии Вучич",
        _VUCIC,
        "k1 title + surname; declined «Вучичем», «Вучича» count",
    ),
    Labelled(
        "Serbian President Vucic",
        _VUCIC,
        "k1 English title + surname without diacritics",
    ),
    Labelled(
        "Vučić",
        _VUCIC,
        "k4 diacritic spelling; Vucic and Вучич count",
    ),
    Labelled(
        "Вучичь",
        _VUCIC,
        "k4 misspelling with a soft sign",
    ),
    Labelled(
        "с Вучичем",
        _VUCIC,
        "k3 instrumental case with preposition",
    ),
    Labelled(
        "#Vucic",
        _VUCIC,
        "k8 Latin hashtag; all Vučić posts count",
    ),
    Labelled(
        "Вучич визит",
        ("ru_vucic_beijing_visit",),
        "k6 name + Russian word «визит»; English posts unlabelled",
    ),
    Labelled(
        "Vucic visit",
        ("en_vucic_beijing_visit",),
        "k6 name + English word visit; Russian posts unlabelled",
    ),
    Labelled(
        "Путин Вучич",
        ("ru_vucic_putin_may9", "en_vucic_putin_may9"),
        "k5 two people together",
    ),
    Labelled(
        "глава МИД Сербии Джурич",
        _DJURIC,
        "k1 title + surname; М.Джуричем and Đurić/Djuric count",
    ),
    Labelled(
        "Đurić",
        _DJURIC,
        "k4 Serbian Latin spelling finds Djuric and Джурич",
    ),
    Labelled(
        "Duric",
        _DJURIC,
        "k4 ASCII-folded spelling without the j",
    ),
    Labelled(
        "Джуричем",
        _DJURIC,
        "k3 instrumental case",
    ),
    Labelled(
        "вице-президент США Вэнс",
        _VANCE,
        "k1 title + surname; Cyrus Vance (Vance-Owen plan) is a namesake trap",
        absent=_BOSNIA_TRAPS,
    ),
    Labelled(
        "Vice President Vance",
        _VANCE,
        "k1 title + surname; Vance-Owen plan posts absent",
        absent=_BOSNIA_TRAPS,
    ),
    Labelled(
        "Vance",
        _VANCE,
        "k2 bare surname; Vance-Owen (another bearer) left unlabelled",
    ),
    Labelled(
        "J.D. Vance",
        _VANCE,
        "k8 initials with dots; JD Vance and Джей Ди Вэнс count, Cyrus Vance absent",
        absent=_BOSNIA_TRAPS,
    ),
    Labelled(
        "Джей Ди Вэнс",
        _VANCE,
        "k8 spelled-out initials in Russian",
        absent=_BOSNIA_TRAPS,
    ),
    Labelled(
        "Вэнса",
        _VANCE,
        "k3 genitive case",
    ),
    Labelled(
        "Vance visit",
        ("en_vance_india_visit",),
        "k6 name + English word visit",
    ),
    Labelled(
        "Вэнс визит",
        ("ru_vance_india_visit",),
        "k6 name + Russian «визит» (визитом, визита)",
    ),
    Labelled(
        "госсекретарь США Рубио",
        _JEDDAH,
        "k1 title + surname; Spanish 'rubio' (blond tobacco) is a homograph trap",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "Rubio",
        _JEDDAH,
        "k2 surname that is a Spanish word; lower-case rubio absent",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "Рубио",
        _JEDDAH,
        "k2 bare surname, Cyrillic",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "Marco Rubio",
        _JEDDAH,
        "k7 full name; cigar post with 'rubio blends' absent",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "President Trump",
        _TRUMP,
        "k1 title + surname; Trump Jr., Trump Tower and 'trump card' absent",
        absent=_TRUMP_TRAPS,
    ),
    Labelled(
        "президент США Трамп",
        _TRUMP,
        "k1 Russian title + surname; Трамп-младший absent",
        absent=_TRUMP_TRAPS,
    ),
    Labelled(
        "Trump",
        _TRUMP,
        "k2 surname that is an English word; 'trump card' absent, Trump Jr./Tower unlabelled",
        absent=("en_trump_card_rare_earths",),
    ),
    Labelled(
        "Трамп",
        _TRUMP,
        "k2 bare surname, Cyrillic; declined Трампа count",
        absent=("en_trump_card_rare_earths",),
    ),
    Labelled(
        "Donald Trump",
        _TRUMP,
        "k7 full name; Donald Trump Jr. is a relative trap",
        absent=_TRUMP_TRAPS,
    ),
    Labelled(
        "Дональд Трамп",
        _TRUMP,
        "k7 full name in Russian; Дональд Трамп-младший absent",
        absent=_TRUMP_TRAPS,
    ),
    Labelled(
        "Donald Trump Jr.",
        _GREENLAND,
        "k9 Jr. particle: the son only; posts about his father absent",
        absent=_TRUMP_TRAPS_2,
    ),
    Labelled(
        "Трамп-младший",
        _GREENLAND,
        "k9 Russian -младший: the son only; posts about the president absent",
        absent=_TRUMP_TRAPS_2,
    ),
    Labelled(
        "Russian Foreign Minister Lavrov",
        _LAVROV,
        "k1 English title; Russian С.В.Лавров posts count",
    ),
    Labelled(
        "С.В. Лавров",
        _LAVROV,
        "k8 initials with a space vs glued С.В.Лавров in posts",
    ),
    Labelled(
        "lavrov",
        _LAVROV,
        "k8 lower-case Latin surname",
    ),
    Labelled(
        "Лавровым",
        _LAVROV,
        "k3 instrumental case",
    ),
    Labelled(
        "Lavrov Rubio",
        ("ru_riyadh_talks_feb18", "en_riyadh_talks_feb18"),
        "k5 two ministers together",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "Lavrov Fidan",
        ("ru_lavrov_fidan_call",),
        "k5 two ministers together; Х.Фиданом counts",
    ),
    Labelled(
        "Лавров Джайшанкар",
        ("ru_lavrov_jaishankar", "en_jaishankar_lavrov"),
        "k5 two ministers together; С.Джайшанкаром counts",
    ),
    Labelled(
        "Лавров переговоры",
        (
            "ru_szijjarto_lavrov_talks",
            "ru_djuric_lavrov",
            "ru_riyadh_talks_feb18",
            "ru_saidov_lavrov",
            "ru_wang_yi_lavrov",
            "ru_lavrov_jaishankar",
            "ru_lavrov_mbar",
            "ru_araghchi_moscow",
            "ru_lavrov_shaibani_jul31",
            "ru_attaf_moscow",
            "ru_lavrov_lamola",
            "ru_lavrov_rodriguez",
        ),
        "k6 name + Russian «переговоры»; only Russian posts with the word",
    ),
    Labelled(
        "Lavrov talks",
        (
            "en_szijjarto_lavrov_talks",
            "en_riyadh_talks_feb18",
            "en_wang_yi_lavrov",
            "en_jaishankar_lavrov",
            "en_araqchi_moscow",
            "en_shaibani_lavrov_jul31",
            "en_lamola_lavrov",
            "en_rodriguez_lavrov",
        ),
        "k6 name + English 'talks'; only English posts with the word",
    ),
    Labelled(
        "Лавров 15 марта",
        _SZIJJARTO_2,
        "k10 person + day",
    ),
    Labelled(
        "Russian President Putin",
        (
            "ru_vucic_putin_may9",
            "en_vucic_putin_may9",
            "en_trump_putin_alaska",
            "ru_putin_trump_alaska",
            "ru_ushakov_putin_trump_call",
            "en_ushakov_putin_trump_call",
            "ru_sco_tianjin_sep1",
            "en_sco_tianjin_sep1",
            "ru_putin_mbz",
        ),
        "k1 English title + surname",
    ),
    Labelled(
        "Путин Трамп",
        _PUTIN,
        "k5 two presidents together",
        absent=("en_trump_card_rare_earths",),
    ),
    Labelled(
        "Putin Trump",
        _PUTIN,
        "k5 two presidents together, Latin",
        absent=("en_trump_card_rare_earths",),
    ),
    Labelled(
        "замминистра иностранных дел Рябков",
        _RYABKOV,
        "k1 abbreviated title + surname",
    ),
    Labelled(
        "Deputy Foreign Minister Ryabkov",
        _RYABKOV,
        "k1 English title + surname; Riabkov spelling counts",
    ),
    Labelled(
        "Рябковым",
        _RYABKOV,
        "k3 instrumental case",
    ),
    Labelled(
        "#Рябков",
        _RYABKOV,
        "k8 hashtag form",
    ),
    Labelled(
        "С.А. Рябков",
        _RYABKOV,
        "k8 initials with space vs glued С.А.Рябков",
    ),
    Labelled(
        "Riabkov",
        _RYABKOV,
        "k4 alternative transliteration finds Ryabkov and Рябков",
        first="en_riabkov_new_start",
    ),
    Labelled(
        "Ryabkov talks",
        ("en_ryabkov_strategic",),
        "k6 name + 'talks'",
    ),
    Labelled(
        "Рябков Сугионо",
        ("ru_sugiono_ryabkov",),
        "k5 two people together",
    ),
    Labelled(
        "замглавы МИД Грушко",
        _GRUSHKO,
        "k1 colloquial title + surname",
    ),
    Labelled(
        "Grushko Rutte",
        _GRUSHKO,
        "k5 two people together",
    ),
    Labelled(
        "генсек НАТО Рютте",
        _RUTTE,
        "k1 title + surname",
    ),
    Labelled(
        "NATO Secretary General Rutte",
        _RUTTE,
        "k1 English title + surname",
    ),
    Labelled(
        "заместитель министра иностранных дел Галузин",
        _AZERBAIJAN,
        "k1 full title + surname; М.Ю.Галузин counts",
    ),
    Labelled(
        "М.Ю. Галузин",
        _AZERBAIJAN,
        "k8 initials with space",
    ),
    Labelled(
        "Galuzin",
        _AZERBAIJAN,
        "k2 bare surname, Latin; Russian posts count",
    ),
    Labelled(
        "Foreign Ministry spokeswoman Zakharova",
        _ZAKHAROVA,
        "k1 English title; ballerina posts absent",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "Захарова",
        _ZAKHAROVA,
        "k2 bare surname; the ballerina is left unlabelled",
    ),
    Labelled(
        "Мария Захарова",
        _ZAKHAROVA,
        "k7 given name + surname; Светлана Захарова absent",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "Maria Zakharova",
        _ZAKHAROVA,
        "k7 given name + surname; Svetlana Zakharova absent",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "М.В. Захарова",
        _ZAKHAROVA,
        "k8 initials with space vs glued М.В.Захаровой",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "Захарова Каллас",
        ("ru_zakharova_kallas", "en_zakharova_kallas"),
        "k5 two people together; «Каи Каллас» counts",
    ),
    Labelled(
        "Захарова 4 декабря",
        ("ru_zakharova_briefing_dec4", "en_zakharova_briefing_dec4"),
        "k10 person + day; Dec 14 ballet premiere absent",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "постпред России при ООН Небензя",
        _NEBENZIA,
        "k1 title + surname",
    ),
    Labelled(
        "Nebenzya",
        _NEBENZIA,
        "k4 alternative transliteration",
        first="en_nebenzya_veto",
    ),
    Labelled(
        "В.А. Небензя",
        _NEBENZIA,
        "k8 initials with space vs glued В.А.Небензя",
    ),
    Labelled(
        "Небензя заявление",
        ("ru_nebenzia_guterres_statement",),
        "k6 name + «заявление»",
    ),
    Labelled(
        "Nebenzia statement",
        ("en_nebenzia_guterres_statement",),
        "k6 name + 'statement'",
    ),
    Labelled(
        "Небензя Гутерриш",
        ("ru_nebenzia_guterres_statement", "en_nebenzia_guterres_statement"),
        "k5 two people together; «Гутерриша» counts",
    ),
    Labelled(
        "UN Secretary-General Guterres",
        _GUTERRES,
        "k1 English title + surname",
    ),
    Labelled(
        "Guteres",
        _GUTERRES,
        "k8 typo with one r",
    ),
    Labelled(
        "António Guterres",
        _GUTERRES,
        "k4 given name with diacritic; Antonio and Антониу count",
    ),
    Labelled(
        "помощник президента Ушаков",
        _USHAKOV,
        "k1 title + surname; frigate Admiral Ushakov is a namesake trap",
        absent=_ADMIRAL_TRAPS,
    ),
    Labelled(
        "Kremlin aide Ushakov",
        _USHAKOV,
        "k1 English title; frigate posts absent",
        absent=_ADMIRAL_TRAPS,
    ),
    Labelled(
        "Ушаков",
        _USHAKOV,
        "k2 bare surname; admiral/frigate left unlabelled",
    ),
    Labelled(
        "Юрий Ушаков",
        _USHAKOV,
        "k7 given name + surname; «Адмирал Ушаков», «орденом Ушакова» absent",
        absent=_ADMIRAL_TRAPS,
    ),
    Labelled(
        "Ю.В. Ушаков",
        _USHAKOV,
        "k8 initials with space vs glued Ю.В.Ушаков",
        absent=_ADMIRAL_TRAPS,
    ),
    Labelled(
        "Ушаков Дмитриев",
        ("ru_riyadh_talks_feb18",),
        "k5 two people together (glued initials)",
    ),
    Labelled(
        "глава РФПИ Дмитриев",
        _INVESTMENT,
        "k1 title + surname; town of Dmitriev (Дмитриеве) is a place trap",
        absent=("ru_dmitriev_town",),
    ),
    Labelled(
        "Кирилл Дмитриев",
        _INVESTMENT,
        "k7 full name; «в Дмитриеве Курской области» absent",
        absent=("ru_dmitriev_town",),
    ),
    Labelled(
        "Kirill Dmitriev",
        _INVESTMENT,
        "k7 full name, Latin; town post absent",
        absent=("ru_dmitriev_town",),
    ),
    Labelled(
        "Дмитриев инвестиции",
        ("ru_dmitriev_investment",),
        "k6 name + «инвестиции»",
    ),
    Labelled(
        "Dmitriev investment",
        ("en_dmitriev_investment",),
        "k6 name + 'investment'",
    ),
    Labelled(
        "вице-премьер Оверчук",
        _TASHKENT,
        "k1 title + surname",
    ),
    Labelled(
        "Оверчук Саидов",
        _TASHKENT,
        "k5 two people together",
    ),
    Labelled(
        "overchuk",
        _TASHKENT,
        "k8 lower-case",
    ),
    Labelled(
        "Uzbek Foreign Minister Saidov",
        _SAIDOV,
        "k1 English title + surname",
    ),
    Labelled(
        "Baxtiyor Saidov",
        _SAIDOV,
        "k4 Uzbek Latin spelling vs Bakhtiyor / Бахтиёр",
        first="en_saidov_baxtiyor",
    ),
    Labelled(
        "глава МИД Казахстана Нуртлеу",
        _NURTLEU,
        "k1 title + surname",
    ),
    Labelled(
        "Kazakh Foreign Minister Nurtleu",
        _NURTLEU,
        "k1 English title + surname",
    ),
    Labelled(
        "Deputy Foreign Minister Rudenko",
        _RUDENKO,
        "k1 English title; Roman Rudenko absent",
        absent=_NUREMBERG_TRAPS,
    ),
    Labelled(
        "Руденко",
        _RUDENKO,
        "k2 bare surname; Roman Rudenko left unlabelled",
    ),
    Labelled(
        "Andrei Rudenko",
        _RUDENKO,
        "k7 given name (Andrei vs Andrey) + surname; Roman Rudenko absent",
        absent=_NUREMBERG_TRAPS,
    ),
    Labelled(
        "Андрей Руденко",
        _RUDENKO,
        "k7 given name + surname; Роман Руденко absent",
        absent=_NUREMBERG_TRAPS,
    ),
    Labelled(
        "А.Ю. Руденко",
        _RUDENKO,
        "k8 initials with space",
        absent=_NUREMBERG_TRAPS,
    ),
    Labelled(
        "министр иностранных дел Бразилии Виейра",
        _VIEIRA,
        "k1 title + surname; coach Patrick Vieira is a namesake trap",
        absent=_PATRICK_TRAPS,
    ),
    Labelled(
        "Brazilian Foreign Minister Vieira",
        _VIEIRA,
        "k1 English title; Patrick Vieira absent",
        absent=_PATRICK_TRAPS,
    ),
    Labelled(
        "Виейрой",
        _VIEIRA,
        "k3 instrumental case",
    ),
    Labelled(
        "Vieira",
        _VIEIRA,
        "k2 bare surname; the football coach is left unlabelled",
    ),
    Labelled(
        "Mauro Vieira",
        _VIEIRA,
        "k7 full name; Patrick Vieira absent",
        absent=_PATRICK_TRAPS,
    ),
    Labelled(
        "Лавров Виейра",
        ("ru_lavrov_vieira_call", "en_vieira_lavrov_call"),
        "k5 two ministers together",
    ),
    Labelled(
        "Лула да Силва",
        _OPENING,
        "k9 particle da; Portuguese 'lula' (squid) absent",
        absent=("en_lula_squid",),
    ),
    Labelled(
        "Lula da Silva",
        _OPENING,
        "k9 particle da; lower-case lula (squid) absent",
        absent=("en_lula_squid",),
    ),
    Labelled(
        "Lula",
        _OPENING,
        "k2 name that is a Portuguese word; 'lula, the squid' absent",
        absent=("en_lula_squid",),
    ),
    Labelled(
        "Rio de Janeiro",
        _BRICS,
        "k9 place with particle de; Rio Tinto and Rio Grande do Sul absent",
        absent=_RIO_TRAPS,
    ),
    Labelled(
        "Рио-де-Жанейро",
        _BRICS,
        "k9 hyphenated Russian place name; Rio Tinto, Рио-Гранди absent",
        absent=_RIO_TRAPS,
    ),
    Labelled(
        "Рио де Жанейро",
        _BRICS,
        "k9 place name typed without hyphens",
        absent=_RIO_TRAPS,
    ),
    Labelled(
        "глава МИД Индонезии Сугионо",
        _SUGIONO,
        "k1 title + single-word name",
    ),
    Labelled(
        "sugiono",
        _SUGIONO,
        "k8 lower-case",
    ),
    Labelled(
        "министр иностранных дел Малайзии Мохамад Хасан",
        _MOHAMAD,
        "k1 title + two-part name",
    ),
    Labelled(
        "Malaysian Foreign Minister Mohamad Hasan",
        _MOHAMAD,
        "k1 English title + name",
    ),
    Labelled(
        "глава МИД Египта Абдель Ати",
        _ABDELATTY,
        "k1 title + two-part surname",
    ),
    Labelled(
        "Egyptian Foreign Minister Abdelatty",
        _ABDELATTY,
        "k1 English title; Abdel Aty spelling counts",
    ),
    Labelled(
        "Badr Abdel Aty",
        _ABDELATTY,
        "k4 alternative spelling Abdel Aty / Abdelatty",
        first="en_abdel_aty_cairo_plan",
    ),
    Labelled(
        "Abdelatty Safadi",
        ("ru_abdelatty_safadi_gaza", "en_abdelatty_safadi_gaza"),
        "k5 two ministers together",
    ),
    Labelled(
        "министр иностранных дел Иордании Айман Сафади",
        (
            "ru_abdelatty_safadi_gaza",
            "en_abdelatty_safadi_gaza",
            "ru_safadi_fletcher_bridge",
            "en_safadi_fletcher_bridge",
        ),
        "k1 title + full name",
    ),
    Labelled(
        "Сафади Флетчер",
        ("ru_safadi_fletcher_bridge", "en_safadi_fletcher_bridge"),
        "k5 two people together",
    ),
    Labelled(
        "премьер-министр Катара Аль Тани",
        _MBAR,
        "k1 title + family name; Emir Tamim (also Al Thani) is a namesake trap",
        absent=_TRUMP_TRAPS_3,
    ),
    Labelled(
        "Qatari Prime Minister Al Thani",
        _MBAR,
        "k1 title + family name; Emir Tamim Al Thani absent",
        absent=_TRUMP_TRAPS_3,
    ),
    Labelled(
        "Mohammed bin Abdulrahman",
        _MBAR,
        "k9 particle bin; Mohammed bin Salman and Mohamed bin Zayed absent",
        absent=_RIYADH_TRAPS,
    ),
    Labelled(
        "Мухаммед бен Абдеррахман",
        _MBAR,
        "k9 particle бен; declined «бин Абдуррахманом» counts; бен Сальман/бен Заид absent",
        absent=_RIYADH_TRAPS,
    ),
    Labelled(
        "Мухаммед бин Абдуррахман",
        _MBAR,
        "k4 variant spelling бин/Абдуррахман vs бен/Абдеррахман",
        first="ru_lavrov_mbar",
        absent=_RIYADH_TRAPS,
    ),
    Labelled(
        "Sheikh Mohammed bin Abdulrahman Al Thani",
        _MBAR,
        "k9 full name with bin and Al; 'bin Jassim' variant counts; Tamim absent",
        absent=(
            "en_riyadh_talks_feb18",
            "ru_tamim_trump_doha",
            "en_tamim_trump_doha",
            "ru_mbs_trump_riyadh",
            "en_mbs_trump_riyadh",
            "ru_putin_mbz",
            "en_mbz_prisoner_swap",
        ),
    ),
    Labelled(
        "Emir of Qatar Sheikh Tamim",
        _TRUMP_TRAPS_3,
        "k1 English title + name; PM Al Thani absent",
        absent=_MBAR,
    ),
    Labelled(
        "Тамим бен Хамад",
        _TRUMP_TRAPS_3,
        "k9 particle бен",
        absent=_MBAR,
    ),
    Labelled(
        "Tamim Trump",
        _TRUMP_TRAPS_3,
        "k5 two leaders together",
        absent=("en_trump_card_rare_earths",),
    ),
    Labelled(
        "Saudi Crown Prince Mohammed bin Salman",
        _RIYADH,
        "k1 title + full name; other 'Mohammed bin ...' absent",
        absent=_MBAR_TRAPS,
    ),
    Labelled(
        "наследный принц Мухаммед бен Сальман",
        _RIYADH,
        "k1 Russian title + full name; бен Абдеррахман/бен Заид absent",
        absent=_MBAR_TRAPS,
    ),
    Labelled(
        "Mohammed bin Salman Trump",
        ("ru_mbs_trump_riyadh", "en_mbs_trump_riyadh"),
        "k5 two people together",
        absent=("en_trump_card_rare_earths",),
    ),
    Labelled(
        "глава МИД ОАЭ Абдалла бен Заид",
        _LAVROV_2,
        "k1 title + name with бен; President Mohamed bin Zayed and the Zayed mosque absent",
        absent=_MOSQUE_TRAPS,
    ),
    Labelled(
        "UAE Foreign Minister Abdullah bin Zayed",
        _LAVROV_2,
        "k1 title + name; MBZ and Sheikh Zayed Grand Mosque absent",
        absent=_MOSQUE_TRAPS,
    ),
    Labelled(
        "Абдаллой бен Заидом",
        _LAVROV_2,
        "k3 instrumental case of a name with particle",
        absent=_MOSQUE_TRAPS,
    ),
    Labelled(
        "Abdullah bin Zayed Al Nahyan",
        _LAVROV_2,
        "k9 full name with bin and Al",
        absent=_MOSQUE_TRAPS,
    ),
    Labelled(
        "президент ОАЭ Мухаммед бен Заид",
        _MBZ,
        "k1 title + name; his brother Abdullah bin Zayed and the mosque absent",
        absent=_LAVROV_TRAPS,
    ),
    Labelled(
        "UAE President Mohamed bin Zayed",
        _MBZ,
        "k1 title + name; Abdullah bin Zayed absent",
        absent=_LAVROV_TRAPS,
    ),
    Labelled(
        "министр иностранных дел Омана аль-Бусаиди",
        _ALBUSAIDI,
        "k1 title + surname with particle аль-",
    ),
    Labelled(
        "Al Busaidi",
        _ALBUSAIDI,
        "k4 split particle spelling vs Albusaidi",
    ),
    Labelled(
        "Badr bin Hamad Al Busaidi",
        _ALBUSAIDI,
        "k9 full name with bin and Al",
        first="en_al_busaidi_ona",
    ),
    Labelled(
        "Albusaidi Araghchi",
        ("ru_albusaidi_muscat_apr12", "en_albusaidi_muscat_apr12"),
        "k5 two ministers together",
    ),
    Labelled(
        "Iranian Foreign Minister Araghchi",
        _ALBUSAIDI_2,
        "k1 English title; Araqchi spelling counts",
    ),
    Labelled(
        "Araqchi",
        _ALBUSAIDI_2,
        "k4 alternative transliteration",
    ),
    Labelled(
        "Арагчи",
        _ALBUSAIDI_2,
        "k4 alternative Russian spelling",
    ),
    Labelled(
        "Аракчи переговоры",
        ("ru_albusaidi_muscat_apr12", "ru_araghchi_moscow"),
        "k6 name + «переговоры»",
    ),
    Labelled(
        "Araghchi talks",
        ("en_albusaidi_muscat_apr12", "en_araqchi_moscow"),
        "k6 name + 'talks'",
    ),
    Labelled(
        "IAEA chief Grossi",
        _GROSSI,
        "k1 English title + surname",
    ),
    Labelled(
        "Гросси заявление",
        ("ru_grossi_znpp",),
        "k6 name + «заявление» (в заявлении); «заявил» does not count",
    ),
    Labelled(
        "Grossi statement",
        ("en_grossi_iran_uranium",),
        "k6 name + 'statement'",
    ),
    Labelled(
        "grossi",
        _GROSSI,
        "k8 lower-case",
    ),
    Labelled(
        "министр иностранных дел Ирака Фуад Хусейн",
        _HUSSEIN,
        "k1 title + full name; King Hussein Bridge and Saddam Hussein absent",
        absent=_FLETCHER_TRAPS,
    ),
    Labelled(
        "Iraqi Foreign Minister Fuad Hussein",
        _HUSSEIN,
        "k1 English title; King Hussein Bridge, Saddam Hussein absent",
        absent=_FLETCHER_TRAPS,
    ),
    Labelled(
        "Fuad Hussein",
        _HUSSEIN,
        "k7 full name; Saddam Hussein's palace absent",
        absent=_FLETCHER_TRAPS,
    ),
    Labelled(
        "глава МИД Сирии аш-Шейбани",
        _SHAIBANI,
        "k1 title + surname with particle аш-",
    ),
    Labelled(
        "Asaad al-Shaibani",
        _SHAIBANI,
        "k9 name with particle al-",
    ),
    Labelled(
        "al-Shibani",
        _SHAIBANI,
        "k4 alternative spelling Shibani",
    ),
    Labelled(
        "Шейбани",
        _SHAIBANI,
        "k9 surname without its particle аш-/аль-",
    ),
    Labelled(
        "министр иностранных дел Алжира Аттаф",
        _MOSCOW,
        "k1 title + surname",
    ),
    Labelled(
        "Algerian Foreign Minister Attaf",
        _MOSCOW,
        "k1 English title + surname",
    ),
    Labelled(
        "глава МИД ЮАР Ламола",
        _LAMOLA,
        "k1 title + surname; Р.Ламолой counts",
    ),
    Labelled(
        "с Ламолой",
        _LAMOLA,
        "k3 instrumental case with preposition",
    ),
    Labelled(
        "lamola",
        _LAMOLA,
        "k8 lower-case",
    ),
    Labelled(
        "глава МИД Нигерии Туггар",
        _TUGGAR,
        "k1 title + surname",
    ),
    Labelled(
        "Nigerian Foreign Minister Tuggar",
        _TUGGAR,
        "k1 English title + surname",
    ),
    Labelled(
        "министр иностранных дел Кении Мудавади",
        _MUDAVADI,
        "k1 title + surname",
    ),
    Labelled(
        "Kenyan Foreign Minister Mudavadi",
        _MUDAVADI,
        "k1 English title + surname",
    ),
    Labelled(
        "Дар",
        _DAR,
        "k2 surname that is a Russian word; «в дар» and Дар-эс-Салам absent",
        absent=_DAR_TRAPS,
    ),
    Labelled(
        "Dar",
        _DAR,
        "k2 short surname; Dar es Salaam absent",
        absent=_DAR_TRAPS,
    ),
    Labelled(
        "глава МИД Пакистана Исхак Дар",
        _DAR,
        "k1 title + full name; «в дар», Dar es Salaam absent",
        absent=_DAR_TRAPS,
    ),
    Labelled(
        "Pakistani Foreign Minister Ishaq Dar",
        _DAR,
        "k1 English title + full name",
        absent=_DAR_TRAPS,
    ),
    Labelled(
        "Даром",
        _DAR,
        "k3 instrumental case (И.Даром)",
        absent=_DAR_TRAPS,
    ),
    Labelled(
        "Wang Yi Ishaq Dar",
        ("en_wang_yi_dar_kabul",),
        "k5 two ministers together",
        absent=_DAR_TRAPS,
    ),
    Labelled(
        "Дар-эс-Салам",
        _MUDAVADI,
        "k9 place with particle; Ishaq Dar posts and «в дар» absent",
        absent=_DAR_TRAPS_2,
    ),
    Labelled(
        "Dar es Salaam",
        _MUDAVADI,
        "k9 place with particle; Ishaq Dar absent",
        absent=_DAR_TRAPS_2,
    ),
    Labelled(
        "S. Jaishankar",
        _JAISHANKAR,
        "k8 initial + surname; С.Джайшанкаром and Subrahmanyam count",
    ),
    Labelled(
        "С. Джайшанкар",
        _JAISHANKAR,
        "k8 initial with space vs glued С.Джайшанкаром",
    ),
    Labelled(
        "Indian External Affairs Minister Jaishankar",
        _JAISHANKAR,
        "k1 English title + surname",
    ),
    Labelled(
        "глава МИД КНР Ван И",
        _WANG,
        "k1 title + short two-part name",
    ),
    Labelled(
        "Chinese Foreign Minister Wang Yi",
        _WANG,
        "k1 English title + name",
    ),
    Labelled(
        "официальный представитель МИД КНР Мао Нин",
        _BRIEFING,
        "k1 title + name; Mao Zedong is a namesake trap",
        absent=("en_mao_zedong_hall",),
    ),
    Labelled(
        "Мао Нин",
        _BRIEFING,
        "k7 full name; Мао Цзэдун absent",
        absent=("en_mao_zedong_hall",),
    ),
    Labelled(
        "Mao Ning",
        _BRIEFING,
        "k7 full name; Mao Zedong, Chairman Mao absent",
        absent=("en_mao_zedong_hall",),
    ),
    Labelled(
        "Japanese Foreign Minister Iwaya",
        _SANCTIONS,
        "k1 English title + surname",
    ),
    Labelled(
        "Такеси Ивая",
        _SANCTIONS,
        "k4 spelling Такеси vs Такэси",
    ),
    Labelled(
        "президент Мексики Шейнбаум",
        _SHEINBAUM,
        "k1 title + surname",
    ),
    Labelled(
        "Sheinbaum",
        _SHEINBAUM,
        "k4 Latin surname; Шейнбаум posts count",
    ),
    Labelled(
        "с Шейнбаум",
        _SHEINBAUM,
        "k3 indeclinable female surname after a preposition",
    ),
    Labelled(
        "Sheinbaun",
        _SHEINBAUM,
        "k8 typo n for m",
    ),
    Labelled(
        "Шейнбаум пошлины",
        _SHEINBAUM_2,
        "k6 name + «пошлины» (пошлин)",
    ),
    Labelled(
        "Sheinbaum tariffs",
        ("en_sheinbaum_tariffs",),
        "k6 name + 'tariffs'",
    ),
    Labelled(
        "Sheinbaum Trump",
        _SHEINBAUM_2,
        "k5 two presidents together (only Russian posts name both)",
        absent=("en_trump_card_rare_earths",),
    ),
    Labelled(
        "Mexican Foreign Minister de la Fuente",
        _FUENTE,
        "k1 title + surname with particles",
    ),
    Labelled(
        "де ла Фуэнте",
        _FUENTE,
        "k9 particles де ла",
    ),
    Labelled(
        "de la Fuente",
        _FUENTE,
        "k9 particles de la",
    ),
    Labelled(
        "президент Венесуэлы Мадуро",
        _MADURO,
        "k1 title + surname; his son Maduro Guerra and 'maduro' wrappers absent",
        absent=_MADURO_TRAPS,
    ),
    Labelled(
        "Venezuelan President Maduro",
        _MADURO,
        "k1 English title; Maduro Guerra and maduro cigars absent",
        absent=_MADURO_TRAPS,
    ),
    Labelled(
        "Maduro",
        _MADURO,
        "k2 surname that is a Spanish word; lower-case 'maduro' absent, the son unlabelled",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "Nicolas Maduro",
        _MADURO,
        "k4 no accent; Nicolás counts; Nicolás Maduro Guerra absent",
        absent=_MADURO_TRAPS,
    ),
    Labelled(
        "Николас Мадуро",
        _MADURO,
        "k7 full name; the son Николас Мадуро Герра absent",
        absent=_MADURO_TRAPS,
    ),
    Labelled(
        "Мадуро санкции",
        ("ru_maduro_sanctions",),
        "k6 name + «санкции»",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "Maduro sanctions",
        ("en_maduro_sanctions",),
        "k6 name + 'sanctions'",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "Maduro Gil",
        ("ru_maduro_gil_inauguration", "en_maduro_gil_inauguration"),
        "k5 two people together, Latin",
        absent=("en_habanos_wrappers",),
    ),
    Labelled(
        "глава МИД Венесуэлы Хиль",
        _GIL,
        "k1 title + surname; singer Эдуард Хиль and Gilberto Gil absent",
        absent=_GILBERTO_TRAPS,
    ),
    Labelled(
        "Хиль",
        _GIL,
        "k2 bare surname; Эдуард Хиль left unlabelled",
    ),
    Labelled(
        "Yvan Gil",
        _GIL,
        "k4 no accent; Yván and Иван Хиль count; Gilberto Gil absent",
        absent=_GILBERTO_TRAPS,
    ),
    Labelled(
        "Иван Хиль",
        _GIL,
        "k7 full name; «Эдуарду Хилю» absent",
        absent=_GILBERTO_TRAPS,
    ),
    Labelled(
        "глава МИД Кубы Родригес",
        _RODRIGUEZ,
        "k1 title + surname; Venezuela's Delcy Rodríguez absent",
        absent=_RODRIGUEZ_TRAPS,
    ),
    Labelled(
        "Cuban Foreign Minister Rodriguez",
        _RODRIGUEZ,
        "k1 English title; Delcy Rodriguez absent",
        absent=_RODRIGUEZ_TRAPS,
    ),
    Labelled(
        "Bruno Rodríguez",
        _RODRIGUEZ,
        "k4 accented spelling; Rodriguez and Родригесом count",
        absent=_RODRIGUEZ_TRAPS,
    ),
    Labelled(
        "Родригесом",
        _RODRIGUEZ,
        "k3 instrumental case",
    ),
    Labelled(
        "Rodriguez",
        _RODRIGUEZ,
        "k2 bare surname; Delcy Rodriguez left unlabelled",
    ),
    Labelled(
        "Delcy Rodriguez",
        _RODRIGUEZ_TRAPS,
        "k7 namesake pair: Cuba's Bruno Rodríguez absent",
        absent=_RODRIGUEZ,
    ),
    Labelled(
        "Делси Родригес",
        _RODRIGUEZ_TRAPS,
        "k7 namesake pair: Бруно Родригес absent",
        absent=_RODRIGUEZ,
    ),
    Labelled(
        "Argentine President Milei",
        _VISIT,
        "k1 English title; Karina Milei absent",
        absent=("en_karina_milei",),
    ),
    Labelled(
        "Milei",
        _VISIT,
        "k2 bare surname; Karina Milei left unlabelled",
    ),
    Labelled(
        "Javier Milei",
        _VISIT,
        "k7 full name; Karina Milei absent",
        absent=("en_karina_milei",),
    ),
    Labelled(
        "Хавьер Милей",
        _VISIT,
        "k7 full name in Russian; Karina Milei absent",
        absent=("en_karina_milei",),
    ),
    Labelled(
        "Milei visit",
        ("en_milei_visit",),
        "k6 name + 'visit'",
    ),
    Labelled(
        "Colombian President Petro",
        _DEPORTATION,
        "k1 English title; 'former president Petro Poroshenko' absent",
        absent=_POROSHENKO_TRAPS,
    ),
    Labelled(
        "Gustavo Petro",
        _DEPORTATION,
        "k7 full name; Petro Poroshenko absent",
        absent=_POROSHENKO_TRAPS,
    ),
    Labelled(
        "Густаво Петро",
        _DEPORTATION,
        "k7 full name; Петро Порошенко absent",
        absent=_POROSHENKO_TRAPS,
    ),
    Labelled(
        "ван Кларен",
        _KLAVEREN,
        "k9 particle ван",
    ),
    Labelled(
        "van Klaveren",
        _KLAVEREN,
        "k9 particle van",
    ),
    Labelled(
        "Chilean Foreign Minister van Klaveren",
        _KLAVEREN,
        "k1 title + surname with particle",
    ),
    Labelled(
        "глава МИД Турции Фидан",
        _FIDAN,
        "k1 title + surname",
    ),
    Labelled(
        "Фиданом",
        _FIDAN,
        "k3 instrumental case (Х.Фиданом)",
    ),
    Labelled(
        "hakan fidan",
        _FIDAN,
        "k8 lower-case full name",
    ),
    Labelled(
        "Фидан переговоры",
        ("ru_fidan_istanbul_may16",),
        "k6 name + «переговоры»",
    ),
    Labelled(
        "Fidan talks",
        ("en_fidan_istanbul_may16",),
        "k6 name + 'talks'",
    ),
    Labelled(
        "Лавров Фидан",
        ("ru_lavrov_fidan_call",),
        "k5 two ministers together",
    ),
    Labelled(
        "верховный комиссар ООН по правам человека Тюрк",
        _TURK,
        "k1 title + surname; «тюркских», Türk Hava Yolları, türk kahvesi absent",
        absent=_TURKISH_TRAPS,
    ),
    Labelled(
        "UN rights chief Turk",
        _TURK,
        "k1 English title, no umlaut; Türk Hava Yolları and 'türk kahvesi' absent",
        absent=_TURKISH_TRAPS,
    ),
    Labelled(
        "Volker Türk",
        _TURK,
        "k4 umlaut spelling; Volker Turk and Фолькер Тюрк count",
        absent=_TURKISH_TRAPS,
    ),
    Labelled(
        "Тюрк",
        _TURK,
        "k2 surname like an ordinary stem; «тюркских государств» absent",
        absent=("en_turkish_coffee_day", "ru_turkic_states_summit"),
    ),
    Labelled(
        "замгенсека ООН Флетчер",
        _FLETCHER,
        "k1 title + surname",
    ),
    Labelled(
        "Fletcher",
        _FLETCHER,
        "k2 surname that is an English word (arrow-maker)",
    ),
    Labelled(
        "глава МИД Германии Вадефуль",
        _SNAPBACK,
        "k1 title + surname",
    ),
    Labelled(
        "Вадефуля",
        _SNAPBACK,
        "k3 genitive case",
    ),
    Labelled(
        "Wadephul Barrot Lammy",
        _SNAPBACK_2,
        "k5 three ministers together",
    ),
    Labelled(
        "Вадефуль Барро Лэмми",
        _SNAPBACK_2,
        "k5 three ministers together, Cyrillic",
    ),
    Labelled(
        "French Foreign Minister Barrot",
        _PALESTINE,
        "k1 English title + surname",
    ),
    Labelled(
        "Jean-Noel Barrot",
        _PALESTINE,
        "k4 no diacritic; Jean-Noël counts",
    ),
    Labelled(
        "Ж.-Н. Барро",
        _PALESTINE,
        "k8 hyphenated initials with space vs glued Ж.-Н.Барро",
    ),
    Labelled(
        "глава Форин-офиса Лэмми",
        _SNAPBACK_2,
        "k1 title + surname",
    ),
    Labelled(
        "British Foreign Secretary Lammy",
        _SNAPBACK_2,
        "k1 English title + surname",
    ),
    Labelled(
        "фон дер Ляйен",
        _VDL,
        "k9 particles фон дер",
    ),
    Labelled(
        "von der Leyen",
        _VDL,
        "k9 particles von der",
    ),
    Labelled(
        "Commission President von der Leyen",
        _VDL,
        "k1 title + surname with particles",
    ),
    Labelled(
        "von der leyen",
        _VDL,
        "k8 all lower-case",
    ),
    Labelled(
        "von der Leyen Kallas",
        ("ru_vdl_kallas_sanctions", "en_vdl_kallas_sanctions"),
        "k5 two people together",
    ),
    Labelled(
        "EU foreign policy chief Kallas",
        _KALLAS,
        "k1 title + surname; her father Siim Kallas absent",
        absent=("en_siim_kallas",),
    ),
    Labelled(
        "глава евродипломатии Каллас",
        _KALLAS,
        "k1 Russian title + surname; Сийм Каллас absent",
        absent=("en_siim_kallas",),
    ),
    Labelled(
        "Kallas",
        _KALLAS,
        "k2 bare surname; Siim Kallas left unlabelled",
    ),
    Labelled(
        "Kaja Kallas",
        _KALLAS,
        "k7 full name; Siim Kallas absent",
        absent=("en_siim_kallas",),
    ),
    Labelled(
        "Кая Каллас",
        _KALLAS,
        "k7 full name; «Каи Каллас» counts; Siim Kallas absent",
        absent=("en_siim_kallas",),
    ),
    Labelled(
        "Каллас санкции",
        ("ru_vdl_kallas_sanctions", "ru_kallas_may19"),
        "k6 name + «санкции» (санкций)",
    ),
    Labelled(
        "Kallas sanctions",
        ("en_vdl_kallas_sanctions", "en_kallas_may19"),
        "k6 name + 'sanctions'",
    ),
    Labelled(
        "министр иностранных дел Армении Мирзоян",
        _MIRZOYAN,
        "k1 title + surname; Ararat brandy / Mount Ararat absent",
        absent=_ARARAT_TRAPS,
    ),
    Labelled(
        "Ararat Mirzoyan",
        _MIRZOYAN,
        "k7 given name is a place/brand: Ararat brandy and гора Арарат absent",
        absent=_ARARAT_TRAPS,
    ),
    Labelled(
        "Мирзояном",
        _MIRZOYAN,
        "k3 instrumental case (А.Мирзояном)",
    ),
    Labelled(
        "Мирзоян Байрамов",
        _BAYRAMOV,
        "k5 two ministers together",
        absent=("ru_kurban_bayram",),
    ),
    Labelled(
        "глава МИД Азербайджана Байрамов",
        _BAYRAMOV_2,
        "k1 title + surname; «Курбан-байрам» absent",
        absent=("ru_kurban_bayram",),
    ),
    Labelled(
        "Байрамов",
        _BAYRAMOV_2,
        "k2 surname close to the word «байрам»; Курбан-байрам absent",
        absent=("ru_kurban_bayram",),
    ),
    Labelled(
        "Ceyhun Bayramov",
        _BAYRAMOV_2,
        "k4 Azerbaijani spelling Ceyhun vs Jeyhun / Джейхун",
        absent=("ru_kurban_bayram",),
    ),
    Labelled(
        "15 марта",
        _SZIJJARTO_3,
        "k10 day in Russian words; March 15, Mar. 15, 15.03.2025 and 15 марта 2024 count",
        absent=("en_march_fifteen_countries",),
    ),
    Labelled(
        "March 15",
        _SZIJJARTO_3,
        "k10 English month-day; «15 марта» and 15.03.2025 count; 'In March, 15 countries' absent",
        absent=("en_march_fifteen_countries",),
    ),
    Labelled(
        "Mar 15",
        _SZIJJARTO_3,
        "k10 abbreviated month without dot",
        absent=("en_march_fifteen_countries",),
    ),
    Labelled(
        "15 марта 2025",
        _SZIJJARTO_4,
        "k10 with year: days without year count, 15 марта 2024 absent",
        absent=_COUNTRIES_TRAPS,
    ),
    Labelled(
        "15.03.2025",
        _SZIJJARTO_4,
        "k10 figures dd.mm.yyyy find words in both languages",
        absent=_COUNTRIES_TRAPS,
    ),
    Labelled(
        "2025-03-15",
        _SZIJJARTO_4,
        "k10 ISO figures",
        absent=_COUNTRIES_TRAPS,
    ),
    Labelled(
        "9 мая",
        _MAY9,
        "k10 Victory Day; May 9, 9 May, 09.05.2025 count; 19 мая absent",
        absent=_KALLAS_TRAPS,
    ),
    Labelled(
        "May 9",
        _MAY9,
        "k10 English month-day; May 19 absent",
        absent=_KALLAS_TRAPS,
    ),
    Labelled(
        "09.05.2025",
        _MAY9,
        "k10 figures with leading zero",
        absent=_KALLAS_TRAPS,
    ),
    Labelled(
        "9 мая 2025 года",
        _MAY9,
        "k10 with year and «года»",
        absent=_KALLAS_TRAPS,
    ),
    Labelled(
        "4 декабря",
        _DEC4,
        "k10 day in Russian; Dec 14 absent; 4 декабря 2024 counts without year",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "Dec 4",
        _DEC4,
        "k10 abbreviated month; December 4 and 2025-12-04 count",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "4 December 2025",
        _DEC4_2,
        "k10 with year; 4 декабря 2024 absent",
        absent=_ZAKHAROVA_TRAPS_2,
    ),
    Labelled(
        "4 декабря 2025 года",
        _DEC4_2,
        "k10 with year in Russian; 2024 post absent",
        absent=_ZAKHAROVA_TRAPS_2,
    ),
    Labelled(
        "6 июля",
        _BRICS_2,
        "k10 BRICS summit day; 06.07.2025 counts",
    ),
    Labelled(
        "06.07.2025",
        _BRICS_2,
        "k10 figures",
    ),
    Labelled(
        "18 февраля",
        _RIYADH_2,
        "k10 Riyadh talks day; Feb 18 and 18 February count",
    ),
    Labelled(
        "18 February 2025",
        _RIYADH_2,
        "k10 with year",
    ),
    Labelled(
        "Sept. 1",
        ("ru_sco_tianjin_sep1", "en_sco_tianjin_sep1"),
        "k10 abbreviation Sept.",
        absent=("en_mbar_bin_jassim",),
    ),
    Labelled(
        "12 апреля",
        ("ru_albusaidi_muscat_apr12", "en_albusaidi_muscat_apr12", "ru_cosmonautics_day"),
        "k10 Muscat talks and Cosmonautics Day",
    ),
    Labelled(
        "Aug 8",
        _BAYRAMOV,
        "k10 abbreviated month; Aug 28 absent",
        absent=("en_e3_snapback",),
    ),
    Labelled(
        "20 ноября",
        ("ru_nuremberg_rudenko", "en_nuremberg_rudenko", "en_guterres_children_nov20"),
        "k10 no year: 20 ноября 1945 counts too",
    ),
    Labelled(
        "20 November 2025",
        ("en_guterres_children_nov20",),
        "k10 with year: Nuremberg 1945 posts absent",
        absent=_NUREMBERG_TRAPS,
    ),
    Labelled(
        "22 ноября",
        ("ru_lamola_g20_nov22", "en_lamola_g20_nov22"),
        "k10 G20 summit day",
    ),
    Labelled(
        "Nov 10",
        _COP30,
        "k10 COP30 opening; 10 November counts",
    ),
    Labelled(
        "10 ноября",
        _COP30,
        "k10 Russian words find English-only posts",
    ),
    Labelled(
        "25 июня",
        ("ru_rutte_hague", "en_rutte_hague"),
        "k10 NATO summit day",
    ),
    Labelled(
        "31 July",
        ("ru_lavrov_shaibani_jul31", "en_shaibani_lavrov_jul31"),
        "k10 day-month order",
    ),
    Labelled(
        "16 мая",
        ("ru_fidan_istanbul_may16", "en_fidan_istanbul_may16"),
        "k10 Istanbul talks",
    ),
    Labelled(
        "Feb. 14",
        ("ru_vance_munich", "en_vance_munich"),
        "k10 abbreviation with dot",
    ),
    Labelled(
        "26 января",
        ("en_petro_deportation",),
        "k10 Russian day finds the English Jan 26 post",
    ),
)

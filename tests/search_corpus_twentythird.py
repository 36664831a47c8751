"""Twenty-third labelled search set: Arctic to Sahel, an analyst's everyday searches.

The archive holds about 250 posts, roughly half Russian and half English, from official
channels (mid, kremlin, mfa_russia, un_news, un_news_ru) and agencies and media (tass,
tass_en, ria, interfax, rt, izvestia, kommersant, xinhua, xinhua_ru, reuters, ap,
aljazeera, rferl, apa, armenpress, yonhap, prensa_latina, sputnik_az, sport_express,
phoronix): MID and Kremlin readouts, TASS, RIA and Interfax leads with datelines, Reuters,
AP, Xinhua and Al Jazeera stories, UN News items, one-liners, a long statement, briefing
excerpts with several topics, reposts ("Forwarded from", «Репост»), posts with hashtags and
links. Most stories (the Arctic Council and the Northern Sea Route, the Caspian summit, gas
for Transnistria and Moldova's election, the Armenia–Azerbaijan peace text and the White
House meeting, the Sahel states leaving ECOWAS and the ICC, Lavrov in Wonsan and Kim in
Beijing, Venezuela and the Caribbean strikes, the UN vote on Cuba, the Antarctic Treaty
meeting in Milan, the WHO pandemic agreement, COP30 in Belém, New START, the Montreux
Convention, ICJ advisory opinions, migration, the UN cybercrime convention, Russia–Africa,
APEC in Gyeongju, the Organization of Turkic States, the GCC) are told twice, in a Russian
and an English post worded independently. Query kinds: k1 organisations and abbreviations
in both languages and scripts; k2 events and summits with places; k3 places in Russian case
forms and in English; k4 topics and common words; k5 people, declined surnames,
transliteration variants; k6 quoted phrases; k7 a word excluded with a minus; k8 dates in
words and figures, with and without a year; k9 hashtags and lower-case typing; k10 typos;
k11 е typed for ё and mixed-script queries; k12 questions typed naturally.

Labelling rules, those of the twenty-second set: expected holds every post a reader
typing the query wants. A person, organisation, place, abbreviation or date matches in
either language or script, in any case form, spelling, transliteration or abbreviation
(SCO = ШОС = Shanghai Cooperation Organisation = Шанхайская организация сотрудничества;
place adjectives such as Казанская декларация or Минские соглашения and nationality
adjectives such as Chinese or турецкий name the place; a day counts in words in either
language or in figures, «1 сен» included; a typed year excludes posts of another year, a
post's year being the one its text states or else its story's). Common words and topics
(санкции, talks, ceasefire, energy) match only posts in the language typed, in any
inflected or derived form of the same stem (санкции, санкционный; sanction, sanctioned;
подписали, подписание; безвизовый for визовый), never a synonym (перемирие is not
прекращение огня, truce is not ceasefire). A query of several words wants posts holding
all of them, each by these rules; prepositions, question words and verbs such as сказал,
said, held, agreed are not terms. A quoted phrase wants its words together and in order,
inflected; a hashtag means its word; -word removes the posts that word matches.

As applied here: ДСНВ = СНВ-3 = New START = Договор о стратегических наступательных
вооружениях; ВОЗ = WHO = World Health Organization; ICJ = Международный суд ООН, while
the ICC (МУС, Международный уголовный суд) is another court; AES = АГС = Alliance of
Sahel States = Альянс (Конфедерация) государств Сахеля; СМП = Севморпуть = Northern Sea
Route; Цой Сон Хи = Чвэ Сон Хи = Choe Son Hui = Choe Son-hui; Tchiani = Tiani = Тчиани;
Araghchi = Araqchi = Аракчи = Арагчи; Yerkhov = Erkhov = Ерхов. Venezuelan, молдавский,
Sahelian, северокорейский name their place; a capital is its own place and does not stand
for its country (Chisinau is not Moldova, Pyongyang is not the DPRK, Baku is not
Azerbaijan). A named document made of common words counts by its words, as Казанская
декларация and Kazan Declaration did in the twenty-second set: Договор об Антарктике,
Antarctic Treaty, конвенция Монтрё and Montreux Convention find posts in the language
typed; an organisation's name (Арктический совет, Генассамблея, Альянс государств Сахеля,
Африканский корпус) finds both. Dates are read from the text, never from a post's own
day. absent lists precision traps that share a string but not the meaning: the СМП
ambulance, «воз и ныне там» for ВОЗ, the pronoun who for WHO, ОТГ громады for the
Organization of Turkic States, the GNU compiler for GCC, the Communist Party of China
(CPC, КПК) for the Caspian Pipeline Consortium, a new start in relations and start testing
for New START, a cop and COPENHAGEN for COP, COP29 in Baku for COP30, Arctic Monkeys and
Антарктика for the Arctic, Кубань and Cuba Gooding Jr. for Cuba, Малибу and Malibu for
Mali, Нигерия and Nigeria for Niger, Armenia in Colombia, «белены объелся» for Белен,
Kaspi.kz for Каспий, the Montreux Jazz Festival for the Montreux Convention, после and
послание for посол, сектор Газа for газ; namesakes (Heydar Aliyev, the footballer Adama
Traoré, the Honduran Ricardo Maduro, Kim Yo Jong, the Nuremberg prosecutor Roman
Rudenko, the commentator Nikolai Ozerov, the minister Andrei Gromyko, the actor Wang
Yibo); near-miss days (21 January for 1 January, 18 August for 8 August, 13 May for 13
March, 23 June and 23 July, 23 for 22 September, 29 for 9 October, 27 for 7 October,
Nov 11 for Nov 1, Oct 5 and Oct 25, 30 for 29 October); the other year (the 2022 Caspian
summit, the 2024 Cuba vote and Sochi conference, the 2023 New START suspension, the 2025
migrant rules against 5 February 2026); a phrase's words standing apart or in another
order; and a minus query's excluded posts. first is set only where one post is clearly
what a reader wants on top.
Written blind in session 49: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ------------------------------------------------------------- Arctic
    "ru_arctic_council_korchunov": (
        (5, 13),
        "ria",
        "МОСКВА, 13 мая — РИА Новости. Россия пока не намерена выходить из "
        "Арктического совета, но будет внимательно следить за тем, насколько его "
        "работа отвечает российским интересам, заявил посол по особым поручениям "
        "МИД Николай Корчунов. Накануне председательство в совете перешло от "
        "Норвегии к Дании. «Без России полноценное сотрудничество в Арктике "
        "невозможно», — подчеркнул дипломат.",
    ),
    "en_arctic_council_denmark": (
        (5, 12),
        "reuters",
        "COPENHAGEN, May 12 (Reuters) - Denmark took over the two-year "
        "chairmanship of the Arctic Council from Norway on Monday, with Greenland "
        "and the Faroe Islands set to play a leading role as U.S. President Donald "
        "Trump presses his claim to the vast island. The council, whose eight "
        "members include Russia, has largely worked through expert groups since "
        "2022.",
    ),
    "en_arctic_council_korchunov": (
        (5, 13),
        "tass_en",
        "MOSCOW, May 13. /TASS/. Moscow has no plans to quit the Arctic Council "
        "for now, Russia's Ambassador-at-Large for Arctic Cooperation Nikolay "
        "Korchunov said, adding that full-fledged cooperation in the High North "
        "without Russia was impossible.",
    ),
    "ru_murmansk_forum": (
        (3, 27),
        "kremlin",
        "Владимир Путин выступил на пленарном заседании VI Международного "
        "арктического форума «Арктика — территория диалога» в Мурманске. "
        "Президент назвал развитие Северного морского пути одним из ключевых "
        "приоритетов и заявил, что планы США в отношении Гренландии — это "
        "серьёзно и имеют давние исторические корни. #Арктика #Мурманск",
    ),
    "en_murmansk_forum": (
        (3, 27),
        "tass_en",
        "MURMANSK, March 27. /TASS/. Russia is ready to work with Arctic nations "
        "and, possibly, the United States on joint projects in the region, "
        "President Vladimir Putin said at the International Arctic Forum 'The "
        "Arctic: Territory of Dialogue'. It would be a profound mistake to think "
        "that Washington's plans for Greenland were just extravagant talk, he "
        "said.",
    ),
    "ru_nsr_cargo": (
        (12, 19),
        "tass",
        "МОСКВА, 19 декабря. /ТАСС/. Грузопоток по Северному морскому пути по "
        "итогам 2025 года составит около 37 млн тонн, сообщил специальный "
        "представитель госкорпорации «Росатом» по вопросам развития Арктики "
        "Владимир Панов. Транзитные перевозки по СМП выросли, в том числе за "
        "счёт контейнерных рейсов из Китая.",
    ),
    "en_nsr_container": (
        (9, 23),
        "reuters",
        "A Chinese container ship has set off from Ningbo for Europe via the "
        "Northern Sea Route, aiming to reach Britain in about 18 days, less than "
        "half the time via the Suez Canal, its operator said. Cargo volumes on "
        "the Arctic shipping lane, which Moscow promotes as an alternative "
        "corridor, remain small.",
    ),
    "ru_nsr_icebreaker": (
        (11, 6),
        "interfax",
        "МОСКВА, 6 ноября. /Интерфакс/ - Атомный ледокол «Якутия» вышел в первый "
        "рейс по Северному морскому пути после завершения ходовых испытаний, "
        "сообщило ФГУП «Атомфлот». Ледокол проекта 22220 будет обеспечивать "
        "круглогодичную навигацию в восточном секторе Арктики.",
    ),
    "en_nsr_icebreaker": (
        (11, 6),
        "tass_en",
        "MOSCOW, November 6. /TASS/. The nuclear-powered icebreaker Yakutia has "
        "set off on its maiden voyage along the Northern Sea Route, Atomflot "
        "said. The Project 22220 vessel will help keep the eastern Arctic open to "
        "shipping all year round.",
    ),
    "ru_sevmorput_oneliner": (
        (8, 4),
        "rt",
        "⚡️Первый в этом году караван судов прошёл Севморпуть с запада на восток "
        "без ледокольной проводки. #Арктика",
    ),
    "ru_trap_smp_ambulance": (
        (2, 4),
        "ria",
        "НОВОСИБИРСК, 4 фев — РИА Новости. Водитель легковушки не пропустил "
        "автомобиль бригады СМП, спешивший на вызов, и врезался в него на "
        "перекрёстке. Пострадавших нет, фельдшер скорой медицинской помощи "
        "продолжил путь на другой машине.",
    ),
    "en_trap_arctic_monkeys": (
        (6, 20),
        "ap",
        "LONDON (AP) — Arctic Monkeys will headline the final night of the "
        "festival in July, organisers said Friday, the band's first British show "
        "in two years. Tickets sold out within minutes.",
    ),
    "ru_grushko_arctic": (
        (4, 10),
        "izvestia",
        "Замминистра иностранных дел России Александр Грушко — «Известиям»: НАТО "
        "наращивает военную активность в Арктике и на Балтике. После вступления "
        "Финляндии и Швеции альянс проводит учения у самых наших границ. Россия "
        "примет все необходимые меры для обеспечения безопасности на Севере.",
    ),
    "en_grushko_arctic": (
        (4, 10),
        "tass_en",
        "MOSCOW, April 10. /TASS/. NATO is stepping up military activity in the "
        "Arctic, including drills close to Russia's borders, Deputy Foreign "
        "Minister Alexander Grushko told the Izvestia daily.",
    ),
    "ru_greenland_peskov": (
        (1, 9),
        "ria",
        "МОСКВА, 9 янв — РИА Новости. Кремль внимательно следит за развитием "
        "ситуации вокруг Гренландии, заявил пресс-секретарь президента Дмитрий "
        "Песков. По его словам, Арктика — зона национальных и стратегических "
        "интересов России, и Москва заинтересована в сохранении там мира и "
        "стабильности.",
    ),
    "en_greenland_trump": (
        (1, 7),
        "ap",
        "PALM BEACH, Fla. (AP) — President-elect Donald Trump on Tuesday refused "
        "to rule out using military or economic coercion to take control of "
        "Greenland and the Panama Canal, calling U.S. ownership of the Arctic "
        "island an absolute necessity.",
    ),
    "en_peskov_greenland": (
        (1, 9),
        "tass_en",
        "MOSCOW, January 9. /TASS/. The Kremlin is closely following the "
        "'rather dramatic' developments around Greenland, presidential spokesman "
        "Dmitry Peskov said, stressing that the Arctic is a zone of Russia's "
        "national and strategic interests.",
    ),
    # ------------------------------------------------------------ Caspian
    "ru_caspian_summit_tehran": (
        (8, 12),
        "tass",
        "ТЕГЕРАН, 12 августа. /ТАСС/. Седьмой Каспийский саммит планируется "
        "провести в Тегеране, Иран готов принять лидеров прикаспийских "
        "государств, заявил министр иностранных дел Ирана Аббас Арагчи. По его "
        "словам, дата встречи будет согласована по дипломатическим каналам. "
        "Предыдущий, шестой саммит прошёл в Ашхабаде. #Каспий",
    ),
    "en_caspian_summit_tehran": (
        (8, 12),
        "xinhua",
        "TEHRAN, Aug. 12 (Xinhua) -- Iran is ready to host the seventh summit of "
        "the Caspian Sea littoral states, Iranian Foreign Minister Abbas "
        "Araghchi said on Tuesday, adding that Azerbaijan, Iran, Kazakhstan, "
        "Russia and Turkmenistan were working on a date.",
    ),
    "ru_caspian_ashgabat_2022": (
        (6, 29),
        "kremlin",
        "29 июня 2022 года в Ашхабаде состоялся VI Каспийский саммит с участием "
        "глав Азербайджана, Ирана, Казахстана, России и Туркменистана. Лидеры "
        "приняли коммюнике и обсудили ход ратификации Конвенции о правовом "
        "статусе Каспийского моря, подписанной в Актау.",
    ),
    "en_caspian_sea_level": (
        (7, 15),
        "reuters",
        "The Caspian Sea, the world's largest inland body of water, is shrinking "
        "at an accelerating pace, threatening the ports of Aktau in Kazakhstan "
        "and Makhachkala in Russia, scientists say. Water levels have fallen by "
        "about two metres since the mid-1990s as the Volga carries less water "
        "and evaporation rises.",
    ),
    "ru_caspian_sea_level": (
        (7, 16),
        "ria",
        "Уровень Каспийского моря продолжает снижаться: за последние три "
        "десятилетия он упал почти на два метра, сообщили учёные Института "
        "океанологии РАН. Обмеление угрожает портам Астрахани и Махачкалы, а "
        "также нерестилищам осетровых.",
    ),
    "ru_cpc_drones": (
        (2, 18),
        "interfax",
        "МОСКВА, 18 февраля. /Интерфакс/ - Атака беспилотников на "
        "нефтеперекачивающую станцию «Кропоткинская» Каспийского "
        "трубопроводного консорциума (КТК) привела к снижению прокачки нефти "
        "примерно на 30%, сообщили в консорциуме. Песков назвал удар атакой на "
        "международный энергетический объект.",
    ),
    "en_cpc_drones": (
        (2, 17),
        "reuters",
        "Ukrainian drones struck a pumping station of the Caspian Pipeline "
        "Consortium (CPC) in southern Russia on Monday, cutting oil flows "
        "through a pipeline that carries about 1% of global supply from "
        "Kazakhstan to the Black Sea, the consortium said. Chevron and Exxon are "
        "among CPC's shareholders.",
    ),
    "en_trap_cpc_china": (
        (10, 23),
        "xinhua",
        "BEIJING, Oct. 23 (Xinhua) -- The fourth plenary session of the 20th "
        "Central Committee of the Communist Party of China (CPC) concluded in "
        "Beijing on Thursday, adopting recommendations for the country's 15th "
        "Five-Year Plan.",
    ),
    "en_trap_kaspi": (
        (7, 22),
        "reuters",
        "Shares of Kaspi.kz fell 6% on Tuesday after the fintech group cut its "
        "full-year guidance, citing slower growth in consumer lending at home.",
    ),
    # ----------------------------------------------- Moldova, Transnistria
    "ru_transnistria_gas_jan1": (
        (1, 1),
        "tass",
        "ТИРАСПОЛЬ, 1 января. /ТАСС/. Поставки российского природного газа в "
        "Приднестровье прекращены с 08:00 в связи с остановкой транзита через "
        "Украину, сообщили в компании «Тираспольтрансгаз». Молдавская ГРЭС в "
        "Днестровске переведена на уголь, отопление и горячее водоснабжение "
        "жилых домов отключены, за исключением больниц.",
    ),
    "en_transnistria_gas_jan1": (
        (1, 1),
        "reuters",
        "CHISINAU, Jan 1 (Reuters) - Russian gas supplies to Moldova's "
        "breakaway Transdniestria region stopped on Wednesday after Ukraine "
        "halted transit, leaving households without heating. The region's "
        "Kuchurgan power station, which supplies much of Moldova's electricity, "
        "switched to coal.",
    ),
    "ru_gazprom_moldovagaz": (
        (12, 28),
        "interfax",
        "МОСКВА, 28 декабря. /Интерфакс/ - «Газпром» уведомил «Молдовагаз» о "
        "полном прекращении поставок газа с 1 января 2025 года, сославшись на "
        "неурегулированную задолженность молдавской стороны. В Кишинёве долг в "
        "$709 млн не признают.",
    ),
    "ru_sandu_blackmail": (
        (1, 3),
        "ria",
        "КИШИНЕВ, 3 янв — РИА Новости. Президент Молдавии Майя Санду обвинила "
        "Москву в энергетическом шантаже после прекращения поставок газа в "
        "Приднестровье и заявила, что власти готовы помочь жителям региона.",
    ),
    "en_sandu_blackmail": (
        (1, 3),
        "reuters",
        "Moldovan President Maia Sandu accused Moscow of using gas as a weapon "
        "to destabilise the country ahead of parliamentary elections, and said "
        "Chisinau was ready to help residents of Transnistria through the "
        "winter.",
    ),
    "ru_transnistria_gas_resumes": (
        (2, 15),
        "ria",
        "ТИРАСПОЛЬ, 15 фев — РИА Новости. Поставки газа в Приднестровье "
        "возобновились: топливо закупается у венгерской компании MET за счёт "
        "финансовой помощи Российской Федерации, сообщили в правительстве "
        "непризнанной республики. Отопление в домах включат в ближайшие дни.",
    ),
    "en_transnistria_gas_resumes": (
        (2, 14),
        "rferl",
        "Gas deliveries to Transnistria resumed on February 14 under a scheme "
        "in which the separatist region buys fuel from Hungary's MET Group with "
        "Russian-provided financing, Moldovan officials said. The EU had offered "
        "Chisinau 250 million euros to help the region, conditional on reforms.",
    ),
    "en_moldova_elections": (
        (9, 28),
        "ap",
        "CHISINAU, Moldova (AP) — Moldova's pro-Western governing party, the "
        "Party of Action and Solidarity, won a majority in Sunday's "
        "parliamentary election, a result President Maia Sandu hailed as a "
        "choice for Europe despite what she called massive Russian interference.",
    ),
    "ru_moldova_elections_zakharova": (
        (9, 29),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи "
        "с парламентскими выборами в Молдавии. Сотни тысяч граждан Молдовы, "
        "проживающих в России, фактически лишены возможности проголосовать: для "
        "них открыли лишь два избирательных участка в Москве. #Молдавия",
    ),
    "ru_ozerov_summoned": (
        (3, 12),
        "interfax",
        "КИШИНЁВ, 12 марта. /Интерфакс/ - МИД Молдовы вызвал посла России Олега "
        "Озерова после падения обломков беспилотника на севере страны. Посла "
        "проинформировали о нарушении воздушного пространства республики.",
    ),
    "en_ozerov_summoned": (
        (3, 12),
        "reuters",
        "CHISINAU, March 12 (Reuters) - Moldova summoned Russian Ambassador "
        "Oleg Ozerov on Wednesday after drone debris was found in the north of "
        "the country, the foreign ministry said.",
    ),
    "ru_trap_ozerov_commentator": (
        (12, 11),
        "rt",
        "11 декабря — день рождения легендарного спортивного комментатора "
        "Николая Озерова. Его фраза «Такой хоккей нам не нужен!» давно стала "
        "крылатой.",
    ),
    "ru_galuzin_5plus2": (
        (6, 17),
        "tass",
        "МОСКВА, 17 июня. /ТАСС/. Россия выступает за возобновление переговоров "
        "по приднестровскому урегулированию в формате «5+2», заявил заместитель "
        "министра иностранных дел РФ Михаил Галузин. По его словам, Кишинёв "
        "взял курс на силовое давление на Тирасполь.",
    ),
    "en_galuzin_5plus2": (
        (6, 17),
        "tass_en",
        "MOSCOW, June 17. /TASS/. Russia insists on resuming talks in the 5+2 "
        "format on a Transnistrian settlement, Deputy Foreign Minister Mikhail "
        "Galuzin said, accusing Chisinau of seeking to pressure Tiraspol.",
    ),
    "en_kallas_chisinau": (
        (7, 4),
        "rferl",
        "EU foreign policy chief Kaja Kallas, visiting Chisinau on July 4, said "
        "the bloc would help Moldova end its dependence on Russian energy and "
        "accelerate accession talks.",
    ),
    # --------------------------------------------- Armenia and Azerbaijan
    "ru_peace_text_agreed": (
        (3, 13),
        "tass",
        "БАКУ, 13 марта. /ТАСС/. Азербайджан и Армения завершили переговоры по "
        "тексту соглашения об установлении мира и межгосударственных отношений, "
        "сообщил МИД Азербайджана. В Баку при этом настаивают, что до подписания "
        "Армения должна изменить конституцию, содержащую, по их мнению, "
        "территориальные претензии.",
    ),
    "en_peace_text_agreed": (
        (3, 13),
        "reuters",
        "YEREVAN, March 13 (Reuters) - Armenia and Azerbaijan have agreed the "
        "text of a peace treaty to end nearly four decades of conflict, both "
        "sides said on Thursday. Armenian Foreign Minister Ararat Mirzoyan said "
        "Yerevan was ready to begin consultations on the date and venue of "
        "signing.",
    ),
    "en_white_house_aug8": (
        (8, 8),
        "ap",
        "WASHINGTON (AP) — The leaders of Armenia and Azerbaijan signed a joint "
        "declaration at the White House on Friday, Aug. 8, committing to end "
        "decades of hostility, while their foreign ministers initialed the text "
        "of a peace agreement. A transit corridor across southern Armenia will "
        "be named the Trump Route for International Peace and Prosperity. "
        "President Ilham Aliyev and Prime Minister Nikol Pashinyan said they "
        "would nominate Trump for the Nobel Peace Prize.",
    ),
    "ru_white_house_aug8": (
        (8, 8),
        "ria",
        "ВАШИНГТОН, 8 авг — РИА Новости. Министры иностранных дел Армении и "
        "Азербайджана Арарат Мирзоян и Джейхун Байрамов парафировали в Белом "
        "доме текст мирного соглашения, а Никол Пашинян и Ильхам Алиев "
        "подписали совместную декларацию в присутствии Дональда Трампа. "
        "Маршрут через Сюникскую область получит название «Маршрут Трампа для "
        "международного мира и процветания».",
    ),
    "en_breaking_initialled": (
        (8, 8),
        "rferl",
        "BREAKING: Armenian and Azerbaijani foreign ministers initial peace deal "
        "in Washington. Live updates: https://www.rferl.org/live",
    ),
    "ru_zakharova_tripp": (
        (8, 13),
        "mid",
        "Из ответов официального представителя МИД России М.В.Захаровой на "
        "вопросы СМИ: Приветствуем шаги, способствующие мирной повестке на "
        "Южном Кавказе. При этом убеждены, что решения проблем региона должны "
        "вырабатываться самими странами региона при поддержке ближайших соседей "
        "— России, Ирана и Турции, в том числе в формате «3+3». Внерегиональные "
        "проекты вроде «маршрута Трампа» несут риски.",
    ),
    "en_trap_aug18_white_house": (
        (8, 18),
        "reuters",
        "WASHINGTON, Aug 18 (Reuters) - European leaders joined Ukrainian "
        "President Volodymyr Zelenskiy at the White House on Monday for talks "
        "with Donald Trump on security guarantees.",
    ),
    "ru_aliyev_putin_dushanbe": (
        (10, 9),
        "kremlin",
        "9 октября в Душанбе Владимир Путин встретился с Президентом "
        "Азербайджана Ильхамом Алиевым. Обсуждались вопросы двусторонних "
        "отношений, в том числе ситуация, связанная с крушением самолёта AZAL "
        "под Актау в декабре прошлого года.",
    ),
    "en_aliyev_putin_dushanbe": (
        (10, 9),
        "reuters",
        "DUSHANBE, Oct 9 (Reuters) - Vladimir Putin told Azerbaijan's Ilham "
        "Aliyev on Thursday that Russian air defence missiles had exploded near "
        "an Azerbaijan Airlines plane that crashed in Kazakhstan last December, "
        "killing 38 people, and promised compensation.",
    ),
    "ru_trap_heydar_aliyev": (
        (5, 10),
        "sputnik_az",
        "В Азербайджане отмечают годовщину со дня рождения общенационального "
        "лидера Гейдара Алиева. Жители и гости Баку возлагают цветы к его "
        "могиле на Аллее почётного захоронения.",
    ),
    "en_trap_armenia_colombia": (
        (1, 28),
        "ap",
        "ARMENIA, Colombia (AP) — A magnitude 5.2 earthquake shook Colombia's "
        "coffee-growing region on Tuesday, rattling buildings in the city of "
        "Armenia, the capital of Quindio province. No deaths were reported.",
    ),
    "ru_trap_armenia_colombia": (
        (1, 28),
        "ria",
        "БОГОТА, 28 янв — РИА Новости. Землетрясение магнитудой 5,2 произошло "
        "на западе Колумбии, толчки ощущались в городе Армения — "
        "административном центре департамента Киндио.",
    ),
    "ru_pashinyan_referendum": (
        (7, 2),
        "interfax",
        "ЕРЕВАН, 2 июля. /Интерфакс/ - Премьер-министр Армении Никол Пашинян "
        "заявил, что референдум по новой конституции пройдёт после "
        "парламентских выборов. Принятие нового основного закона Баку называет "
        "условием подписания мирного договора.",
    ),
    "ru_minsk_group": (
        (9, 1),
        "tass",
        "ВЕНА, 1 сентября. /ТАСС/. Совет министров иностранных дел ОБСЕ принял "
        "решение о роспуске Минской группы по нагорно-карабахскому "
        "урегулированию. Соответствующую просьбу направили Армения и "
        "Азербайджан после договорённостей в Вашингтоне.",
    ),
    "en_minsk_group": (
        (9, 1),
        "rferl",
        "OSCE foreign ministers have formally decided to close the Minsk Group, "
        "which for three decades mediated the Nagorno-Karabakh conflict, after a "
        "joint request from Armenia and Azerbaijan. The process is to be completed by "
        "December 1.",
    ),
    "ru_overchuk_rail": (
        (8, 18),
        "interfax",
        "МОСКВА, 18 августа. /Интерфакс/ - Вице-премьер РФ Алексей Оверчук "
        "заявил, что Россия готова участвовать в восстановлении железнодорожного "
        "сообщения через Армению, где Южно-Кавказская железная дорога находится "
        "в концессионном управлении РЖД.",
    ),
    "ru_kopyrkin_summoned": (
        (7, 1),
        "interfax",
        "ЕРЕВАН, 1 июля. /Интерфакс/ - МИД Армении вызвал посла России Сергея "
        "Копыркина в связи с высказываниями российских телеведущих, которые в "
        "Ереване сочли оскорбительными.",
    ),
    "en_kopyrkin_summoned": (
        (7, 1),
        "armenpress",
        "YEREVAN, July 1. Armenia's Foreign Ministry summoned Russian Ambassador "
        "Sergey Kopyrkin to protest against statements by Russian TV hosts.",
    ),
    "en_bayramov_rubio": (
        (5, 27),
        "apa",
        "Azerbaijani Foreign Minister Jeyhun Bayramov met US Secretary of State "
        "Marco Rubio in Washington to discuss the peace process with Armenia and "
        "the waiver of Section 907 of the Freedom Support Act.",
    ),
    "en_armenia_eu_law": (
        (3, 26),
        "rferl",
        "Armenia's parliament passed a law launching the process of seeking EU "
        "membership, a move Moscow warned would be incompatible with Yerevan's "
        "membership of the Eurasian Economic Union.",
    ),
    # -------------------------------------------------------------- Sahel
    "ru_goita_moscow": (
        (6, 23),
        "kremlin",
        "23 июня в Кремле Владимир Путин провёл переговоры с Президентом "
        "переходного периода Республики Мали Ассими Гоитой, находящимся в России "
        "с официальным визитом. По итогам переговоров подписан Договор об "
        "основах межгосударственных отношений, заключены соглашения о "
        "сотрудничестве в мирном использовании атомной энергии и в "
        "геологоразведке. #Мали",
    ),
    "en_goita_moscow": (
        (6, 23),
        "aljazeera",
        "Mali's military leader Assimi Goita has held talks with Russian "
        "President Vladimir Putin in Moscow, signing agreements on nuclear "
        "energy and a gold refinery as the Sahel country deepens ties with "
        "Russia after expelling French troops.",
    ),
    "en_goita_term": (
        (7, 8),
        "reuters",
        "BAMAKO, July 8 (Reuters) - Mali's transitional leader General Assimi "
        "Goïta was granted a renewable five-year presidential term without an "
        "election under a law promulgated on Tuesday.",
    ),
    "ru_aes_ecowas": (
        (1, 29),
        "ria",
        "БАМАКО, 29 янв — РИА Новости. Мали, Нигер и Буркина-Фасо официально "
        "вышли из Экономического сообщества стран Западной Африки (ЭКОВАС). Три "
        "государства, где к власти пришли военные, ранее объединились в "
        "Конфедерацию государств Сахеля.",
    ),
    "en_aes_ecowas": (
        (1, 29),
        "aljazeera",
        "Mali, Burkina Faso and Niger have formally left the Economic Community "
        "of West African States (ECOWAS), a year after their military "
        "governments announced the move, accusing the bloc of serving foreign "
        "interests. The three countries have formed their own Alliance of Sahel "
        "States (AES).",
    ),
    "ru_aes_icc": (
        (9, 23),
        "tass",
        "БАМАКО, 23 сентября. /ТАСС/. Правительства Мали, Буркина-Фасо и Нигера "
        "объявили о немедленном выходе из Международного уголовного суда, назвав "
        "МУС «инструментом неоколониальных репрессий». Страны Альянса государств "
        "Сахеля (АГС) намерены создать собственный суд по уголовным делам и "
        "правам человека.",
    ),
    "en_aes_icc": (
        (9, 22),
        "reuters",
        "DAKAR, Sept 22 (Reuters) - Mali, Burkina Faso and Niger said on Monday "
        "they would withdraw from the International Criminal Court with "
        "immediate effect, calling the ICC a tool of neo-colonial repression. "
        "The juntas plan to set up a Sahelian criminal and human rights court.",
    ),
    "ru_africa_corps_mali": (
        (6, 6),
        "rt",
        "«Африканский корпус» Минобороны России продолжит работу в Мали после "
        "завершения миссии ЧВК «Вагнер», которая объявила о выводе своих бойцов. "
        "«Миссия выполнена», — говорится в сообщении в связанном с компанией "
        "Telegram-канале.",
    ),
    "en_wagner_leaves_mali": (
        (6, 6),
        "ap",
        "BAMAKO, Mali (AP) — Russia's Wagner mercenary group says it is leaving "
        "Mali after three and a half years, declaring its mission accomplished. "
        "The Kremlin-controlled Africa Corps will remain in the country.",
    ),
    "en_niger_uranium": (
        (6, 19),
        "reuters",
        "NIAMEY, June 19 (Reuters) - Niger's military government said it would "
        "nationalise the Somair uranium mine operated by France's Orano, "
        "escalating its dispute with Paris. Junta leader General Abdourahamane "
        "Tiani has said Niger is open to other partners, including Russia.",
    ),
    "ru_niger_uranium": (
        (7, 28),
        "interfax",
        "МОСКВА, 28 июля. /Интерфакс/ - «Росатом» и правительство Нигера "
        "подписали меморандум о сотрудничестве в мирном использовании атомной "
        "энергии, в том числе в добыче урана. Ранее глава переходного "
        "правительства генерал Абдурахамане Тчиани заявил, что Ниамей открыт "
        "для новых партнёров.",
    ),
    "ru_traore_putin": (
        (5, 10),
        "kremlin",
        "10 мая в Кремле Владимир Путин провёл переговоры с Президентом "
        "Буркина-Фасо Ибраимом Траоре, прибывшим в Москву на празднование "
        "80-летия Победы. Обсуждены торгово-экономическое сотрудничество, "
        "поставки российского зерна и подготовка специалистов.",
    ),
    "en_traore_moscow": (
        (5, 10),
        "ap",
        "MOSCOW (AP) — Burkina Faso's military leader, Capt. Ibrahim Traoré, met "
        "Russian President Vladimir Putin in the Kremlin on Saturday, May 10, "
        "after attending the Victory Day parade, and praised Russia's support in "
        "the fight against jihadists.",
    ),
    "en_trap_adama_traore": (
        (8, 30),
        "ap",
        "LONDON (AP) — Winger Adama Traoré, who joined West Ham from Fulham this "
        "summer, scored twice on Saturday as the London club earned its first "
        "win of the Premier League season.",
    ),
    "ru_trap_adama_traore": (
        (8, 30),
        "sport_express",
        "Вингер «Вест Хэма» Адама Траоре оформил дубль в матче английской "
        "Премьер-лиги и принёс команде первую победу в сезоне.",
    ),
    "ru_trap_nigeria": (
        (2, 12),
        "tass",
        "АБУДЖА, 12 февраля. /ТАСС/. Нигерия намерена нарастить добычу нефти до "
        "2 млн баррелей в сутки, заявил президент страны Бола Тинубу.",
    ),
    "en_trap_nigeria": (
        (2, 12),
        "reuters",
        "LAGOS, Feb 12 (Reuters) - Nigeria's crude oil output rose to its "
        "highest in more than four years in January, the upstream regulator "
        "said, as the Nigerian government pushes to raise production.",
    ),
    "ru_gromyko_mali": (
        (11, 4),
        "ria",
        "Посол России в Мали Игорь Громыко: российские компании готовы помочь "
        "Бамако справиться с топливным кризисом, вызванным блокадой со стороны "
        "боевиков. Поставки нефтепродуктов идут через Гвинею.",
    ),
    "en_bamako_blockade": (
        (11, 4),
        "reuters",
        "BAMAKO, Nov 4 (Reuters) - A fuel blockade imposed by al Qaeda-linked "
        "militants on Mali's capital has forced schools to close and left long "
        "queues at petrol stations, raising questions about the junta's grip on "
        "the country.",
    ),
    "ru_trap_andrei_gromyko": (
        (7, 18),
        "ria",
        "116 лет назад родился Андрей Громыко, министр иностранных дел СССР в "
        "1957–1985 годах, которого на Западе называли «мистер Нет».",
    ),
    "ru_trap_malibu": (
        (1, 9),
        "ria",
        "ЛОС-АНДЖЕЛЕС, 9 янв — РИА Новости. Лесные пожары в Калифорнии "
        "уничтожили сотни домов в Малибу и Пасифик-Палисейдс, эвакуированы "
        "более 100 тысяч человек.",
    ),
    "en_trap_malibu": (
        (1, 8),
        "ap",
        "MALIBU, Calif. (AP) — Wind-driven wildfires tore through hillside "
        "neighborhoods, destroying homes along the Pacific Coast Highway in "
        "Malibu as tens of thousands fled.",
    ),
    "ru_lavrov_aes": (
        (4, 3),
        "mid",
        "3 апреля в Москве состоялись первые консультации Министра иностранных "
        "дел России С.В.Лаврова с министрами иностранных дел государств — "
        "членов Конфедерации Альянса государств Сахеля: Буркина-Фасо, Мали и "
        "Нигера. Обсуждены борьба с терроризмом и военно-техническое "
        "сотрудничество. #Сахель #Лавров",
    ),
    "en_lavrov_aes": (
        (4, 3),
        "aljazeera",
        "Russia's Foreign Minister Sergey Lavrov hosted his counterparts from "
        "Mali, Burkina Faso and Niger in Moscow on April 3, promising military "
        "help to the three Sahel countries as they fight armed groups.",
    ),
    # -------------------------------------------------------------- Korea
    "ru_lavrov_wonsan": (
        (7, 12),
        "mid",
        "12 июля в Вонсане состоялись переговоры Министра иностранных дел "
        "Российской Федерации С.В.Лаврова с Министром иностранных дел "
        "Корейской Народно-Демократической Республики Цой Сон Хи. Стороны "
        "обсудили выполнение Договора о всеобъемлющем стратегическом партнёрстве "
        "и ситуацию на Корейском полуострове. #КНДР #Лавров",
    ),
    "en_lavrov_wonsan": (
        (7, 12),
        "ap",
        "Russian Foreign Minister Sergey Lavrov arrived in North Korea on "
        "Friday for talks with his counterpart Choe Son Hui in the coastal city "
        "of Wonsan, home to a new beach resort that leader Kim Jong Un hopes "
        "will draw Russian tourists.",
    ),
    "ru_kim_receives_lavrov": (
        (7, 13),
        "tass",
        "ВОНСАН, 13 июля. /ТАСС/. Председатель государственных дел КНДР Ким Чен "
        "Ын принял Сергея Лаврова. Лидер КНДР заявил, что Пхеньян поддерживает "
        "все меры российского руководства, направленные на устранение "
        "первопричин украинского кризиса.",
    ),
    "ru_kim_putin_beijing": (
        (9, 3),
        "kremlin",
        "3 сентября в Пекине Владимир Путин провёл переговоры с Председателем "
        "государственных дел Корейской Народно-Демократической Республики Ким "
        "Чен Ыном. Президент России поблагодарил северокорейских военнослужащих "
        "за участие в освобождении Курской области.",
    ),
    "en_kim_beijing_parade": (
        (9, 3),
        "reuters",
        "BEIJING, Sept 3 (Reuters) - Chinese President Xi Jinping, flanked by "
        "Russia's Vladimir Putin and North Korea's Kim Jong Un, oversaw a "
        "massive military parade marking 80 years since the end of World War "
        "Two, the first time the three leaders appeared together in public.",
    ),
    "ru_beijing_parade": (
        (9, 3),
        "xinhua_ru",
        "ПЕКИН, 3 сентября /Синьхуа/ -- На площади Тяньаньмэнь состоялся военный "
        "парад в честь 80-летия победы в войне сопротивления китайского народа "
        "японским захватчикам и мировой антифашистской войне.",
    ),
    "en_dprk_kursk": (
        (4, 28),
        "reuters",
        "SEOUL, April 28 (Reuters) - North Korea confirmed for the first time on "
        "Monday that it had sent troops to fight alongside Russian forces in the "
        "Kursk region, state media KCNA said, citing an order by leader Kim "
        "Jong-un.",
    ),
    "ru_dprk_kursk": (
        (4, 28),
        "ria",
        "МОСКВА, 28 апр — РИА Новости. КНДР впервые официально подтвердила "
        "участие своих военных в освобождении Курской области, сообщило ЦТАК. "
        "Решение о направлении подразделений принял Ким Чен Ын в соответствии с "
        "договором о всеобъемлющем стратегическом партнёрстве.",
    ),
    "en_trap_kim_yo_jong": (
        (7, 28),
        "yonhap",
        "SEOUL, July 28 (Yonhap) -- Kim Yo Jong, the powerful sister of the "
        "North Korean leader, dismissed Seoul's recent conciliatory gestures, "
        "saying Pyongyang has no interest in any policy proposed by South Korea.",
    ),
    "ru_rudenko_korea": (
        (10, 15),
        "interfax",
        "МОСКВА, 15 октября. /Интерфакс/ - Вопрос денуклеаризации Корейского "
        "полуострова для России закрыт, заявил заместитель министра "
        "иностранных дел Андрей Руденко. По его словам, Москва понимает "
        "причины, по которым КНДР развивает ядерный потенциал.",
    ),
    "en_rudenko_dprk": (
        (10, 15),
        "tass_en",
        "MOSCOW, October 15. /TASS/. Russia regards the issue of North Korea's "
        "denuclearization as closed, Deputy Foreign Minister Andrey Rudenko "
        "said.",
    ),
    "ru_trap_rudenko_nuremberg": (
        (11, 20),
        "tass",
        "МОСКВА, 20 ноября. /ТАСС/. 80 лет назад в Нюрнберге начался "
        "Международный военный трибунал над главными нацистскими преступниками. "
        "Главным обвинителем от СССР выступил Роман Руденко.",
    ),
    "ru_pyongyang_flights": (
        (7, 27),
        "tass",
        "МОСКВА, 27 июля. /ТАСС/. Авиакомпания Nordwind выполнила первый "
        "регулярный рейс из Москвы в Пхеньян. Прямое авиасообщение между "
        "столицами России и КНДР запущено впервые с 1990-х годов, отметил посол "
        "России в КНДР Александр Мацегора.",
    ),
    "en_pyongyang_flights": (
        (7, 27),
        "reuters",
        "Russia launched its first regular direct passenger flight between "
        "Moscow and Pyongyang on Sunday, the latest sign of deepening ties "
        "between Moscow and North Korea, Russian Ambassador Alexander Matsegora "
        "said.",
    ),
    "ru_choe_moscow": (
        (10, 27),
        "tass",
        "МОСКВА, 27 октября. /ТАСС/. Министр иностранных дел КНДР Чвэ Сон Хи, "
        "находящаяся в России с официальным визитом, провела переговоры с "
        "Сергеем Лавровым. Стороны обсудили подготовку новых контактов на "
        "высшем уровне.",
    ),
    "en_choe_moscow": (
        (10, 27),
        "reuters",
        "MOSCOW, Oct 27 (Reuters) - North Korean Foreign Minister Choe Son-hui "
        "held talks with Russia's Sergei Lavrov in Moscow on Monday, the latest "
        "in a series of high-level visits between the two countries.",
    ),
    "en_wang_yi_choe": (
        (9, 27),
        "xinhua",
        "BEIJING, Sept. 27 (Xinhua) -- Chinese Foreign Minister Wang Yi held "
        "talks with Foreign Minister of the Democratic People's Republic of "
        "Korea (DPRK) Choe Son Hui in Beijing on Saturday.",
    ),
    "ru_wang_yi_choe": (
        (9, 27),
        "xinhua_ru",
        "ПЕКИН, 27 сентября /Синьхуа/ -- Член Политбюро ЦК КПК, министр "
        "иностранных дел КНР Ван И провел в Пекине переговоры с министром "
        "иностранных дел КНДР Цой Сон Хи.",
    ),
    "en_trap_wang_yibo": (
        (8, 7),
        "xinhua",
        "Actor Wang Yibo's new thriller topped China's box office over the "
        "weekend, taking in 300 million yuan.",
    ),
    # ---------------------------------------------------------- Venezuela
    "ru_venezuela_treaty": (
        (5, 7),
        "kremlin",
        "7 мая в Кремле Владимир Путин и Президент Боливарианской Республики "
        "Венесуэла Николас Мадуро подписали Договор о стратегическом партнёрстве "
        "и сотрудничестве. Мадуро прибыл в Москву для участия в торжествах по "
        "случаю 80-летия Победы.",
    ),
    "en_venezuela_treaty": (
        (5, 7),
        "reuters",
        "MOSCOW, May 7 (Reuters) - Russian President Vladimir Putin and "
        "Venezuelan leader Nicolas Maduro signed a strategic partnership treaty "
        "on Wednesday, pledging closer cooperation in energy, mining and "
        "defence.",
    ),
    "en_us_boat_strike": (
        (9, 2),
        "ap",
        "WASHINGTON (AP) — The U.S. military carried out a strike against a "
        "drug-carrying boat that had departed from Venezuela, killing 11 people, "
        "President Donald Trump said Tuesday. Secretary of State Marco Rubio "
        "said the vessel was operated by the Tren de Aragua gang.",
    ),
    "ru_zakharova_venezuela": (
        (9, 4),
        "mid",
        "М.В.Захарова: Удары США по судам в Карибском море у берегов Венесуэлы "
        "являются грубым нарушением международного права. Прикрываясь борьбой с "
        "наркотрафиком, Вашингтон наращивает военное присутствие у берегов "
        "суверенного государства. #Венесуэла",
    ),
    "ru_nebenzia_venezuela": (
        (10, 10),
        "tass",
        "НЬЮ-ЙОРК, 10 октября. /ТАСС/. Постоянный представитель России при ООН "
        "Василий Небензя на заседании Совета Безопасности по ситуации вокруг "
        "Венесуэлы заявил, что США ведут необъявленную войну в Карибском "
        "бассейне.",
    ),
    "en_nebenzia_venezuela": (
        (10, 10),
        "un_news",
        "At a Security Council meeting requested by Caracas, Russia's Ambassador "
        "Vassily Nebenzia said US strikes on vessels in the Caribbean violated "
        "the UN Charter, while the United States said it was acting against "
        "narco-terrorists threatening its people. Venezuela's envoy called the "
        "strikes extrajudicial executions.",
    ),
    "en_machado_nobel": (
        (10, 10),
        "reuters",
        "OSLO, Oct 10 (Reuters) - Venezuelan opposition leader Maria Corina "
        "Machado won the 2025 Nobel Peace Prize for her struggle to achieve a "
        "just and peaceful transition from dictatorship to democracy, the "
        "Norwegian Nobel Committee said.",
    ),
    "ru_machado_nobel": (
        (10, 10),
        "ria",
        "Нобелевская премия мира присуждена венесуэльскому оппозиционному "
        "политику Марии Корине Мачадо, объявил Норвежский нобелевский комитет.",
    ),
    "ru_melik_bagdasarov": (
        (11, 18),
        "ria",
        "КАРАКАС, 18 ноя — РИА Новости. Посол России в Венесуэле Сергей "
        "Мелик-Багдасаров заявил, что Москва продолжит оказывать Каракасу "
        "поддержку, в том числе в рамках договора о стратегическом партнёрстве, "
        "и призвал Вашингтон отказаться от эскалации.",
    ),
    "en_ford_caribbean": (
        (11, 16),
        "ap",
        "The USS Gerald R. Ford, the world's largest aircraft carrier, has "
        "arrived in the Caribbean, bringing the U.S. military buildup near "
        "Venezuela to its largest in decades. Nicolás Maduro said Venezuela "
        "would resist any aggression.",
    ),
    "ru_ford_caribbean": (
        (11, 16),
        "tass",
        "ВАШИНГТОН, 16 ноября. /ТАСС/. Авианосец Gerald R. Ford прибыл в "
        "Карибское море, сообщили в Пентагоне. Президент Венесуэлы Николас "
        "Мадуро назвал наращивание американского присутствия угрозой миру в "
        "регионе.",
    ),
    "en_trap_ricardo_maduro": (
        (11, 25),
        "ap",
        "TEGUCIGALPA, Honduras (AP) — Former Honduran President Ricardo Maduro, "
        "who governed from 2002 to 2006, urged voters to turn out for Sunday's "
        "general election.",
    ),
    # --------------------------------------------------------------- Cuba
    "ru_cuba_unga_2025": (
        (10, 29),
        "tass",
        "ООН, 29 октября. /ТАСС/. Генеральная Ассамблея ООН 33-й год подряд "
        "приняла резолюцию с призывом положить конец экономической, торговой и "
        "финансовой блокаде Кубы со стороны США. За документ проголосовали 165 "
        "государств, против — 7, воздержались 12. #Куба",
    ),
    "en_cuba_unga_2025": (
        (10, 29),
        "un_news",
        "The General Assembly on Wednesday again called for an end to the "
        "decades-long US economic, commercial and financial embargo against "
        "Cuba, with 165 countries voting in favour, seven against and 12 "
        "abstaining, a notable rise in opposition compared with last year.",
    ),
    "ru_cuba_unga_2024": (
        (10, 30),
        "tass",
        "ООН, 30 октября. /ТАСС/. Генеральная Ассамблея ООН 30 октября 2024 года "
        "в 32-й раз приняла резолюцию с требованием отменить блокаду Кубы: 187 "
        "голосов за, против выступили США и Израиль.",
    ),
    "en_cuba_blackout": (
        (9, 10),
        "ap",
        "HAVANA (AP) — Cuba was plunged into a nationwide blackout on Wednesday "
        "after a breakdown at the Antonio Guiteras thermoelectric plant, the "
        "island's largest, the Energy and Mines Ministry said.",
    ),
    "ru_cuba_blackout": (
        (9, 10),
        "ria",
        "ГАВАНА, 10 сен — РИА Новости. На Кубе произошло общенациональное "
        "отключение электроэнергии из-за аварии на крупнейшей ТЭС «Антонио "
        "Гитерас».",
    ),
    "ru_koronelli_oil": (
        (9, 12),
        "izvestia",
        "Посол России на Кубе Виктор Коронелли — «Известиям»: Россия продолжит "
        "поставки нефти и нефтепродуктов на остров, чтобы помочь Гаване "
        "справиться с энергетическим кризисом.",
    ),
    "en_koronelli_oil": (
        (9, 12),
        "tass_en",
        "HAVANA, September 12. /TASS/. Russia will keep supplying oil to Cuba to "
        "help it overcome the energy crisis, Russian Ambassador Viktor Koronelli "
        "said.",
    ),
    "ru_lavrov_rodriguez": (
        (6, 18),
        "mid",
        "18 июня в Москве состоялись переговоры С.В.Лаврова с Министром "
        "иностранных дел Республики Куба Б.Родригесом Паррильей. Министры "
        "осудили продолжающуюся блокаду острова и обсудили поставки "
        "энергоносителей.",
    ),
    "en_rodriguez_lavrov": (
        (6, 18),
        "prensa_latina",
        "Cuban Foreign Minister Bruno Rodriguez Parrilla and his Russian "
        "counterpart Sergey Lavrov condemned the US blockade against the island "
        "during talks in Moscow.",
    ),
    "ru_trap_kuban": (
        (8, 20),
        "ria",
        "КРАСНОДАР, 20 авг — РИА Новости. Аграрии Кубани завершили уборку "
        "ранних зерновых, собрав более 10 млн тонн.",
    ),
    "en_trap_cuba_gooding": (
        (3, 14),
        "ap",
        "Cuba Gooding Jr. will star in an independent drama about a jazz "
        "trumpeter, producers said Friday.",
    ),
    # --------------------------------------------------------- Antarctica
    "ru_atcm_milan": (
        (6, 23),
        "mid",
        "С 23 июня по 3 июля в Милане проходит 47-е Консультативное совещание "
        "по Договору об Антарктике. Российскую делегацию возглавляет директор "
        "Правового департамента МИД М.В.Мусихин. Россия выступает за сохранение "
        "Антарктики как зоны мира и научного сотрудничества.",
    ),
    "en_atcm_penguins": (
        (7, 3),
        "reuters",
        "MILAN, July 3 (Reuters) - Antarctic Treaty nations failed to agree on "
        "special protection for the emperor penguin at their annual meeting in "
        "Milan, with China and Russia blocking the proposal, environmental "
        "groups said.",
    ),
    "ru_vostok_station": (
        (1, 17),
        "ria",
        "САНКТ-ПЕТЕРБУРГ, 17 янв — РИА Новости. На российской антарктической "
        "станции «Восток» введён в эксплуатацию новый зимовочный комплекс, "
        "сообщили в ААНИИ. Полярники переселились в него в разгар сезона.",
    ),
    "en_vostok_station": (
        (1, 17),
        "tass_en",
        "ST. PETERSBURG, January 17. /TASS/. A new wintering complex has begun "
        "operating at Russia's Vostok station in Antarctica, polar researchers "
        "said.",
    ),
    "ru_trap_middle_east": (
        (6, 24),
        "ria",
        "МОСКВА, 24 июн — РИА Новости. Кремль приветствует прекращение огня "
        "между Израилем и Ираном и рассчитывает, что оно будет устойчивым, "
        "заявил Дмитрий Песков. Ситуация на Ближнем Востоке остаётся "
        "напряжённой.",
    ),
    # ---------------------------------------------------------------- WHO
    "ru_who_pandemic": (
        (5, 20),
        "ria",
        "ЖЕНЕВА, 20 мая — РИА Новости. Всемирная ассамблея здравоохранения "
        "приняла Соглашение ВОЗ о пандемиях, призванное улучшить готовность "
        "мира к новым эпидемиям. Документ поддержали 124 страны, против не "
        "проголосовал никто, 11 воздержались. США в работе ассамблеи не "
        "участвовали.",
    ),
    "en_who_pandemic": (
        (5, 20),
        "un_news",
        "WHO Member States on Tuesday formally adopted the world's first "
        "Pandemic Agreement at the 78th World Health Assembly in Geneva. "
        "Director-General Tedros Adhanom Ghebreyesus called it a victory for "
        "public health, science and multilateral action. An annex on pathogen "
        "access and benefit sharing is still being negotiated.",
    ),
    "en_who_us_exit": (
        (1, 20),
        "ap",
        "WASHINGTON (AP) — President Donald Trump signed an executive order on "
        "his first day in office, Jan. 20, to withdraw the United States from the "
        "World Health Organization, citing its handling of the COVID-19 "
        "pandemic.",
    ),
    "ru_who_us_exit": (
        (1, 21),
        "tass",
        "ВАШИНГТОН, 21 января. /ТАСС/. Президент США Дональд Трамп подписал "
        "указ о выходе страны из Всемирной организации здравоохранения. В ВОЗ "
        "выразили сожаление в связи с решением Вашингтона.",
    ),
    "ru_trap_voz_idiom": (
        (2, 26),
        "mid",
        "М.В.Захарова: Расследование подрывов «Северных потоков» так и не "
        "сдвинулось с места — воз и ныне там. Западные столицы не отвечают на "
        "наши запросы.",
    ),
    # -------------------------------------------------------------- COP30
    "en_cop30_opens": (
        (11, 10),
        "reuters",
        "BELEM, Brazil, Nov 10 (Reuters) - The COP30 U.N. climate summit opened "
        "in the Amazon city of Belem on Monday, with Brazilian President Luiz "
        "Inacio Lula da Silva urging countries to defeat climate deniers and "
        "agree a roadmap away from fossil fuels. The United States did not send "
        "an official delegation.",
    ),
    "ru_cop30_opens": (
        (11, 10),
        "tass",
        "БЕЛЕН, 10 ноября. /ТАСС/. В бразильском Белене открылась 30-я "
        "Конференция сторон Рамочной конвенции ООН об изменении климата "
        "(КС-30). Российскую делегацию возглавляет советник президента, "
        "специальный представитель по вопросам климата Руслан Эдельгериев.",
    ),
    "en_cop30_deal": (
        (11, 22),
        "ap",
        "BELEM, Brazil (AP) — United Nations climate talks ended Saturday with a "
        "compromise that calls for tripling adaptation finance but makes no "
        "mention of a roadmap away from oil, gas and coal, disappointing many "
        "nations. COP30 president Andre Correa do Lago promised to pursue the "
        "roadmaps outside the formal process.",
    ),
    "ru_cop30_deal": (
        (11, 22),
        "ria",
        "БЕЛЕН, 22 ноя — РИА Новости. Климатическая конференция ООН COP30 "
        "завершилась принятием итогового пакета решений «Глобальный мутирао». "
        "Упоминания о поэтапном отказе от ископаемого топлива в документ не "
        "вошли.",
    ),
    "en_edelgeriev_cop30": (
        (11, 14),
        "tass_en",
        "BELEM, November 14. /TASS/. Russia will not back decisions at COP30 "
        "that restrict the development of its energy sector, presidential "
        "climate envoy Ruslan Edelgeriyev said.",
    ),
    "ru_cop30_fire": (
        (11, 20),
        "interfax",
        "БЕЛЕН, 20 ноября. /Интерфакс/ - На площадке климатической конференции "
        "КС-30 вспыхнул пожар, участников эвакуировали. Пострадавших нет.",
    ),
    "ru_guterres_belem": (
        (11, 6),
        "un_news_ru",
        "Генеральный секретарь ООН Антониу Гутерриш на саммите лидеров в Белене: "
        "превышение порога в 1,5 градуса теперь неизбежно, но каждая доля "
        "градуса имеет значение. Генсек призвал страны резко сократить выбросы.",
    ),
    "en_guterres_belem": (
        (11, 6),
        "un_news",
        "Secretary-General António Guterres told world leaders gathered in Belém "
        "ahead of COP30 that overshooting 1.5°C was now inevitable, and urged "
        "them to make the overshoot as small and short as possible.",
    ),
    "en_cop29_baku": (
        (11, 11),
        "reuters",
        "BAKU, Nov 11 (Reuters) - The COP29 climate summit opened in Azerbaijan's "
        "capital on Monday, as negotiators at the 2024 talks sought a new goal "
        "for climate finance for developing countries.",
    ),
    "en_trap_cop": (
        (5, 2),
        "ap",
        "CHICAGO (AP) — A rookie cop who pulled a driver from a burning car on "
        "the Dan Ryan Expressway was honored by the city on Friday.",
    ),
    "ru_trap_belena": (
        (10, 2),
        "mid",
        "М.В.Захарова о заявлении одного из европейских депутатов о «разделе» "
        "России: Такое ощущение, что человек белены объелся.",
    ),
    "ru_lula_cop30": (
        (11, 7),
        "ria",
        "Президент Бразилии Луис Инасиу Лула да Силва на открытии саммита "
        "лидеров перед КС-30 призвал мир отказаться от зависимости от "
        "ископаемого топлива.",
    ),
    # ---------------------------------------------------------- New START
    "ru_putin_dsnv_offer": (
        (9, 22),
        "kremlin",
        "Владимир Путин провёл оперативное совещание с постоянными членами "
        "Совета Безопасности. Президент заявил, что Россия готова в течение "
        "одного года после 5 февраля 2026 года продолжать придерживаться "
        "центральных количественных ограничений по Договору о стратегических "
        "наступательных вооружениях, если США будут действовать аналогично.",
    ),
    "en_putin_newstart_offer": (
        (9, 22),
        "reuters",
        "MOSCOW, Sept 22 (Reuters) - President Vladimir Putin said on Monday "
        "Russia was ready to voluntarily stick to the central limits of the "
        "New START nuclear treaty for one year after it expires on Feb. 5, "
        "2026, provided the United States did the same.",
    ),
    "ru_dsnv_oneliner": (
        (9, 22),
        "rt",
        "⚡️Путин: Россия готова ещё год соблюдать ограничения ДСНВ, если "
        "Вашингтон ответит тем же. #ДСНВ",
    ),
    "en_trump_newstart": (
        (10, 5),
        "ap",
        "WASHINGTON (AP) — President Donald Trump said Sunday, Oct. 5, that "
        "Vladimir Putin's offer to keep observing the limits of the New START "
        "treaty for another year sounds like a good idea to him.",
    ),
    "ru_trump_dsnv": (
        (10, 6),
        "ria",
        "МОСКВА, 6 окт — РИА Новости. Предложение Владимира Путина продлить на "
        "год соблюдение ограничений по ДСНВ кажется Дональду Трампу хорошей "
        "идеей, заявил американский президент журналистам. В Кремле назвали "
        "реакцию обнадёживающей.",
    ),
    "ru_ryabkov_dsnv": (
        (10, 8),
        "interfax",
        "МОСКВА, 8 октября. /Интерфакс/ - Заместитель министра иностранных дел "
        "Сергей Рябков заявил, что Москва пока не получила от Вашингтона "
        "официального ответа на предложение по СНВ-3. «Сигналы позитивные, но "
        "этого недостаточно», — сказал он.",
    ),
    "en_ryabkov_newstart": (
        (10, 8),
        "tass_en",
        "MOSCOW, October 8. /TASS/. Russia has not received a formal US response "
        "to its proposal on New START, Deputy Foreign Minister Sergey Ryabkov "
        "said, calling Donald Trump's remarks encouraging.",
    ),
    "ru_dsnv_suspension_2023": (
        (2, 21),
        "tass",
        "МОСКВА, 21 февраля. /ТАСС/. Владимир Путин в послании Федеральному "
        "собранию 21 февраля 2023 года объявил о приостановке участия России в "
        "Договоре о стратегических наступательных вооружениях. Президент "
        "подчеркнул, что Россия не выходит из договора.",
    ),
    "en_trap_new_start": (
        (2, 18),
        "ap",
        "RIYADH, Saudi Arabia (AP) — Secretary of State Marco Rubio said after "
        "talks with Russian Foreign Minister Sergey Lavrov on Tuesday that the "
        "two sides had agreed to work toward a new start in relations, beginning "
        "with restoring embassy staffing.",
    ),
    "ru_riyadh_lavrov_rubio": (
        (2, 18),
        "mid",
        "18 февраля в Эр-Рияде состоялись переговоры С.В.Лаврова и помощника "
        "Президента России Ю.В.Ушакова с Государственным секретарём США "
        "М.Рубио и советником по национальной безопасности М.Уолцем. "
        "Договорились о восстановлении нормальной работы дипмиссий.",
    ),
    "en_burevestnik": (
        (10, 26),
        "reuters",
        "MOSCOW, Oct 26 (Reuters) - Russia has successfully tested its "
        "nuclear-powered Burevestnik cruise missile, chief of the General Staff "
        "Valery Gerasimov told President Vladimir Putin, who ordered "
        "preparations for its deployment.",
    ),
    "ru_burevestnik": (
        (10, 26),
        "kremlin",
        "Начальник Генерального штаба Валерий Герасимов доложил Владимиру "
        "Путину об успешном испытании крылатой ракеты неограниченной дальности "
        "«Буревестник» с ядерной энергоустановкой.",
    ),
    "en_trump_testing": (
        (10, 30),
        "reuters",
        "Oct 30 (Reuters) - President Donald Trump said he had instructed the "
        "Pentagon to start testing nuclear weapons on an equal basis with other "
        "countries. Kremlin spokesman Dmitry Peskov said Russia's recent "
        "Burevestnik and Poseidon trials were not nuclear tests.",
    ),
    "ru_peskov_testing": (
        (10, 30),
        "ria",
        "МОСКВА, 30 окт — РИА Новости. Испытания «Буревестника» и «Посейдона» "
        "нельзя трактовать как ядерные испытания, заявил Дмитрий Песков, "
        "комментируя поручение Трампа начать испытания ядерного оружия.",
    ),
    # ------------------------------------------------ Montreux, Bosporus
    "ru_fidan_montreux": (
        (1, 23),
        "ria",
        "АНКАРА, 23 янв — РИА Новости. Турция продолжит строго соблюдать "
        "положения Конвенции Монтрё, ограничивающей проход военных кораблей "
        "через Босфор и Дарданеллы, заявил глава МИД страны Хакан Фидан.",
    ),
    "en_fidan_montreux": (
        (1, 23),
        "reuters",
        "ANKARA, Jan 23 (Reuters) - Turkey will keep implementing the Montreux "
        "Convention on the passage of warships through the Bosphorus and "
        "Dardanelles straits, Foreign Minister Hakan Fidan said.",
    ),
    "ru_bosporus_tanker": (
        (10, 13),
        "tass",
        "АНКАРА, 13 октября. /ТАСС/. Движение судов через пролив Босфор было "
        "временно приостановлено в обоих направлениях из-за поломки двигателя "
        "танкера, сообщило Главное управление береговой безопасности Турции.",
    ),
    "en_bosporus_tanker": (
        (10, 13),
        "reuters",
        "Shipping traffic through the Bosporus was suspended in both "
        "directions on Monday after a tanker suffered engine failure, Turkey's "
        "Directorate General of Coastal Safety said.",
    ),
    "en_trap_montreux_jazz": (
        (7, 4),
        "ap",
        "MONTREUX, Switzerland (AP) — The Montreux Jazz Festival opened on the "
        "shores of Lake Geneva on Friday with a sold-out concert.",
    ),
    "ru_yerkhov_montreux": (
        (3, 17),
        "ria",
        "Посол России в Турции Алексей Ерхов: Москва ценит приверженность "
        "Анкары Конвенции Монтрё, которая на протяжении десятилетий "
        "обеспечивает стабильность в Черноморском регионе.",
    ),
    "en_yerkhov_montreux": (
        (3, 17),
        "tass_en",
        "ANKARA, March 17. /TASS/. Moscow values Ankara's commitment to the "
        "Montreux Convention, Russian Ambassador to Turkey Alexey Erkhov said.",
    ),
    # ---------------------------------------------------------------- ICJ
    "en_icj_climate": (
        (7, 23),
        "un_news",
        "The International Court of Justice on Wednesday delivered a landmark "
        "advisory opinion finding that States have legal obligations to protect "
        "the climate system, and that a breach may constitute an internationally "
        "wrongful act. The case was brought at the initiative of Vanuatu.",
    ),
    "ru_icj_climate": (
        (7, 23),
        "tass",
        "ГААГА, 23 июля. /ТАСС/. Международный суд ООН вынес консультативное "
        "заключение, согласно которому государства обязаны предотвращать "
        "изменение климата, а нарушение этих обязательств может повлечь "
        "международно-правовую ответственность.",
    ),
    "en_icj_unrwa": (
        (10, 22),
        "un_news",
        "The International Court of Justice (ICJ) said in an advisory opinion on "
        "Wednesday that Israel, as an occupying Power, is obliged to facilitate "
        "relief provided by the United Nations, including UNRWA, to the "
        "population of Gaza.",
    ),
    "ru_icj_unrwa": (
        (10, 22),
        "ria",
        "ГААГА, 22 окт — РИА Новости. Израиль обязан обеспечивать доступ "
        "гуманитарной помощи ООН, включая БАПОР, в сектор Газа, говорится в "
        "консультативном заключении Международного суда ООН.",
    ),
    "ru_icj_ukraine": (
        (11, 18),
        "mid",
        "Российская сторона представила в Международный Суд ООН "
        "контрмеморандум по делу «Украина против России» о применении Конвенции "
        "о предупреждении преступления геноцида и наказании за него. Документ "
        "содержит встречные требования к Киеву.",
    ),
    "en_icj_armenia_azerbaijan": (
        (8, 11),
        "rferl",
        "Under the peace agreement initialed in Washington, Armenia and "
        "Azerbaijan are to withdraw their claims against each other at the "
        "International Court of Justice and other international bodies within "
        "a month of signing.",
    ),
    # ---------------------------------------------------------- migration
    "ru_migrants_register": (
        (2, 5),
        "ria",
        "МОСКВА, 5 фев — РИА Новости. С 5 февраля в России заработал режим "
        "высылки для иностранных граждан, нарушивших миграционное "
        "законодательство. Сведения о мигрантах, находящихся в стране "
        "незаконно, вносятся в реестр контролируемых лиц.",
    ),
    "en_russia_migrants": (
        (2, 5),
        "rferl",
        "A new expulsion regime for migrants took effect in Russia on February 5, "
        "allowing authorities to put foreigners without legal status on a "
        "registry of controlled persons who cannot open bank accounts, marry or "
        "drive.",
    ),
    "en_eu_migration_pact": (
        (5, 14),
        "reuters",
        "BRUSSELS, May 14 (Reuters) - EU interior ministers backed a list of "
        "safe countries of origin to speed up asylum returns ahead of the entry "
        "into force of the bloc's migration pact next year.",
    ),
    "en_idmc_displacement": (
        (5, 13),
        "un_news",
        "A record 83.4 million people were living in internal displacement at "
        "the end of last year, driven by conflict in Sudan, Gaza and the "
        "Democratic Republic of the Congo, the Internal Displacement Monitoring "
        "Centre said.",
    ),
    "ru_migrants_day": (
        (12, 18),
        "un_news_ru",
        "18 декабря отмечается Международный день мигрантов. Генеральный "
        "секретарь ООН Антониу Гутерриш призвал страны обеспечить безопасные и "
        "законные пути миграции и защищать права мигрантов.",
    ),
    "en_migrants_day": (
        (12, 18),
        "un_news",
        "On International Migrants Day, Secretary-General António Guterres said "
        "migrants drive economies and enrich societies, and called for more "
        "safe and regular pathways.",
    ),
    # -------------------------------------------------------- cyber at UN
    "ru_cybercrime_hanoi": (
        (10, 25),
        "tass",
        "ХАНОЙ, 25 октября. /ТАСС/. Во Вьетнаме открыта для подписания Конвенция "
        "ООН против киберпреступности — первый универсальный договор в этой "
        "сфере, разработанный по инициативе России. Документ подписали более 60 "
        "государств.",
    ),
    "en_cybercrime_hanoi": (
        (10, 25),
        "reuters",
        "HANOI, Oct 25 (Reuters) - Sixty-five countries signed the first United "
        "Nations treaty targeting cybercrime on Saturday, despite criticism from "
        "rights groups and tech companies that it could be used to expand state "
        "surveillance. Secretary-General Antonio Guterres called it a powerful, "
        "legally binding instrument.",
    ),
    "ru_oewg_final": (
        (7, 11),
        "mid",
        "В Нью-Йорке завершилась работа Рабочей группы открытого состава ООН по "
        "вопросам безопасности в сфере использования ИКТ (РГОС). Консенсусом "
        "принят итоговый доклад, предусматривающий создание постоянного "
        "механизма по международной информационной безопасности. Делегацию "
        "России возглавлял спецпредставитель Президента Артур Люкманов.",
    ),
    "en_oewg_final": (
        (7, 12),
        "un_news",
        "UN Member States have adopted by consensus the final report of the "
        "Open-Ended Working Group (OEWG) on ICT security, establishing a "
        "permanent Global Mechanism. Russia's special envoy Artur Lyukmanov "
        "welcomed the outcome.",
    ),
    # ------------------------------------------------------ Russia–Africa
    "ru_russia_africa_sochi": (
        (11, 10),
        "mid",
        "10 ноября 2024 года в Сочи завершилась первая министерская конференция "
        "Форума партнёрства Россия — Африка. С.В.Лавров провёл серию "
        "двусторонних встреч с африканскими коллегами. #РоссияАфрика",
    ),
    "en_russia_africa_sochi": (
        (11, 10),
        "tass_en",
        "SOCHI, November 10. /TASS/. The first ministerial conference of the "
        "Russia-Africa Partnership Forum, held in Sochi on November 9-10, 2024, "
        "has wrapped up, with Foreign Minister Sergey Lavrov saying "
        "preparations for the next summit were under way.",
    ),
    "ru_russia_africa_cairo": (
        (12, 20),
        "tass",
        "КАИР, 20 декабря. /ТАСС/. В Каире завершилась вторая министерская "
        "конференция Форума партнёрства Россия — Африка. Сергей Лавров заявил, "
        "что третий саммит Россия — Африка пройдёт в следующем году на "
        "африканском континенте.",
    ),
    "en_russia_africa_cairo": (
        (12, 20),
        "xinhua",
        "CAIRO, Dec. 20 (Xinhua) -- Russian Foreign Minister Sergei Lavrov and "
        "his African counterparts concluded the second ministerial conference "
        "of the Russia-Africa Partnership Forum in the Egyptian capital on "
        "Saturday.",
    ),
    # --------------------------------------------------------------- APEC
    "en_apec_gyeongju": (
        (11, 1),
        "ap",
        "GYEONGJU, South Korea (AP) — Asia-Pacific leaders wrapped up their "
        "annual APEC summit on Saturday, Nov. 1, with a declaration on trade and "
        "artificial intelligence. Russia's delegation was led by Deputy Prime "
        "Minister Alexei Overchuk. China will host next year's meeting in "
        "Shenzhen.",
    ),
    "ru_apec_overchuk": (
        (11, 1),
        "tass",
        "КЁНДЖУ /Республика Корея/, 1 ноября. /ТАСС/. Вице-премьер РФ Алексей "
        "Оверчук, возглавлявший российскую делегацию на саммите АТЭС, заявил, "
        "что Россия поддержала итоговую декларацию. Следующий саммит "
        "Азиатско-Тихоокеанского экономического сотрудничества пройдёт в "
        "китайском Шэньчжэне.",
    ),
    "ru_ushakov_apec": (
        (10, 20),
        "ria",
        "МОСКВА, 20 окт — РИА Новости. Владимир Путин не планирует участвовать "
        "в саммите АТЭС в Кенджу, Россию представит вице-премьер Алексей "
        "Оверчук, сообщил помощник президента Юрий Ушаков.",
    ),
    "ru_busan_trump_xi": (
        (10, 30),
        "ria",
        "ПУСАН, 30 окт — РИА Новости. Председатель КНР Си Цзиньпин и президент "
        "США Дональд Трамп провели в Пусане первую за шесть лет очную встречу "
        "накануне саммита АТЭС.",
    ),
    "en_busan_trump_xi": (
        (10, 30),
        "reuters",
        "BUSAN, South Korea, Oct 30 (Reuters) - Donald Trump and Xi Jinping "
        "agreed to cut fentanyl-related tariffs and pause export curbs on rare "
        "earths at their first face-to-face meeting in six years.",
    ),
    # ---------------------------------------- Organization of Turkic States
    "ru_ots_gabala": (
        (10, 7),
        "tass",
        "ГАБАЛА, 7 октября. /ТАСС/. В азербайджанском городе Габала прошёл XII "
        "саммит Организации тюркских государств (ОТГ). Лидеры приняли "
        "Габалинскую декларацию, председательство в организации перешло к "
        "Азербайджану.",
    ),
    "en_ots_gabala": (
        (10, 7),
        "apa",
        "GABALA, October 7. Leaders of the Organization of Turkic States (OTS) "
        "gathered in Gabala for the 12th summit, where President Ilham Aliyev "
        "took over the chairmanship and Turkish President Recep Tayyip Erdogan "
        "called for closer defence industry cooperation.",
    ),
    "en_ots_budapest": (
        (5, 21),
        "rferl",
        "Leaders of the Organization of Turkic States met in Budapest on May 21 "
        "for an informal summit hosted by Hungarian Prime Minister Viktor Orban, "
        "whose country is an observer in the group.",
    ),
    "ru_ots_budapest": (
        (5, 21),
        "interfax",
        "БУДАПЕШТ, 21 мая. /Интерфакс/ - Неформальный саммит Организации "
        "тюркских государств прошёл в Будапеште. Венгрия имеет в организации "
        "статус наблюдателя.",
    ),
    "ru_trap_otg_hromada": (
        (3, 4),
        "ria",
        "Власти Сумской области объявили обязательную эвакуацию ещё из "
        "нескольких приграничных ОТГ — объединённых территориальных громад.",
    ),
    # ---------------------------------------------------------------- GCC
    "ru_russia_gcc": (
        (9, 24),
        "mid",
        "24 сентября в Нью-Йорке на полях 80-й сессии Генеральной Ассамблеи ООН "
        "состоялось очередное министерское заседание стратегического диалога "
        "Россия — Совет сотрудничества арабских государств Персидского залива "
        "(ССАГПЗ) с участием С.В.Лаврова.",
    ),
    "en_russia_gcc": (
        (9, 24),
        "mfa_russia",
        "Sergey Lavrov took part in the ministerial meeting of the Russia–Gulf "
        "Cooperation Council (GCC) strategic dialogue in New York on the "
        "sidelines of #UNGA80. The sides discussed Gulf security and the "
        "situation in Gaza.",
    ),
    "en_gcc_doha": (
        (9, 15),
        "aljazeera",
        "Arab and Muslim leaders gathered in Doha for an emergency summit after "
        "Israel's strike on Hamas negotiators in the Qatari capital, while Gulf "
        "Cooperation Council states agreed to activate their joint defence "
        "mechanism.",
    ),
    "ru_doha_summit": (
        (9, 15),
        "ria",
        "ДОХА, 15 сен — РИА Новости. Страны ССАГПЗ договорились задействовать "
        "механизм совместной обороны после удара Израиля по Дохе, говорится в "
        "итоговом заявлении экстренного саммита.",
    ),
    "en_trap_gcc_compiler": (
        (4, 25),
        "phoronix",
        "GCC 15.1 has been released as the first stable version of the GNU "
        "Compiler Collection 15 series, defaulting to the C23 standard.",
    ),
    # -------------------------------------------------- UN chief race
    "en_grossi_sg_bid": (
        (11, 26),
        "reuters",
        "BUENOS AIRES, Nov 26 (Reuters) - Argentina has nominated Rafael Grossi, "
        "head of the International Atomic Energy Agency, as its candidate for "
        "United Nations Secretary-General, joining Chile's Michelle Bachelet "
        "and Costa Rica's Rebeca Grynspan in the race.",
    ),
    "ru_grossi_sg_bid": (
        (11, 26),
        "ria",
        "Аргентина выдвинула гендиректора МАГАТЭ Рафаэля Гросси кандидатом на "
        "пост генерального секретаря ООН. Полномочия Антониу Гутерриша истекают "
        "в конце следующего года.",
    ),
    "ru_ilyichev_sg": (
        (11, 27),
        "ria",
        "Директор Департамента международных организаций МИД России Пётр "
        "Ильичёв: Москва не будет заранее поддерживать ни одного кандидата на "
        "пост генсека ООН, включая Рафаэля Гросси и Мишель Бачелет. Главное — "
        "беспристрастность.",
    ),
    # ------------------------------------------------------- India, Iran
    "ru_lavrov_jaishankar": (
        (8, 21),
        "mid",
        "21 августа в Москве состоялись переговоры С.В.Лаврова с Министром "
        "иностранных дел Индии С.Джайшанкаром. Обсуждены торговля, поставки "
        "энергоносителей, транспортный коридор «Север — Юг» и использование "
        "Северного морского пути.",
    ),
    "en_jaishankar_lavrov": (
        (8, 21),
        "reuters",
        "MOSCOW, Aug 21 (Reuters) - Indian Foreign Minister Subrahmanyam "
        "Jaishankar said after talks with Sergei Lavrov that India was not the "
        "biggest buyer of Russian oil and questioned the logic of US tariffs "
        "imposed over those purchases.",
    ),
    "ru_lavrov_araghchi": (
        (4, 18),
        "mid",
        "18 апреля в Москве С.В.Лавров провёл переговоры с Министром "
        "иностранных дел Исламской Республики Иран А.Аракчи. Обсуждены ядерная "
        "программа Ирана, Каспийский регион и ситуация в Сирии.",
    ),
    "en_araqchi_moscow": (
        (4, 18),
        "aljazeera",
        "Iran's Foreign Minister Abbas Araqchi held talks with Russia's Sergey "
        "Lavrov in Moscow, briefing him on indirect nuclear talks with the "
        "United States mediated by Oman.",
    ),
    # ------------------------------------------- briefings and press
    "ru_zakharova_briefing_nov13": (
        (11, 13),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 13 "
        "ноября 2025 года.\nОсновные темы: ситуация вокруг Венесуэлы; КС-30 в "
        "Белене; армяно-азербайджанская нормализация; приднестровское "
        "урегулирование; Договор о стратегических наступательных вооружениях. "
        "Стенограмма: https://mid.ru/ru/press_service/spokesman/briefings/",
    ),
    "en_zakharova_briefing_nov13": (
        (11, 13),
        "mfa_russia",
        "Foreign Ministry Spokeswoman Maria Zakharova's briefing, Moscow, "
        "November 13, 2025. Key topics: Venezuela, COP30 in Belem, "
        "Armenia-Azerbaijan normalisation, New START. Read more: "
        "https://mid.ru/en/press_service/spokesman/briefings/",
    ),
    "ru_lavrov_presser": (
        (1, 14),
        "mid",
        "Ежегодная пресс-конференция С.В.Лаврова. Министр ответил на вопросы о "
        "Гренландии, энергетическом кризисе в Приднестровье, отношениях с КНДР "
        "и перспективах ДСНВ. Видео: https://mid.ru/ru/foreign_policy/news/",
    ),
    "en_lavrov_presser": (
        (1, 14),
        "tass_en",
        "MOSCOW, January 14. /TASS/. Russian Foreign Minister Sergey Lavrov said "
        "at his annual news conference that Moscow was watching US statements "
        "on Greenland closely and accused Chisinau of using the gas crisis in "
        "Transnistria for political ends.",
    ),
    "ru_peskov_briefing_aug11": (
        (8, 11),
        "interfax",
        "Песков на брифинге 11 августа: Кремль принял к сведению "
        "договорённости Армении и Азербайджана, достигнутые в Вашингтоне; "
        "позиция России по ДСНВ хорошо известна; контактов по Гренландии с "
        "американцами не было.",
    ),
    "en_peskov_aug11": (
        (8, 11),
        "reuters",
        "Kremlin spokesman Dmitry Peskov said on Monday that Russia hoped the "
        "Washington agreements between Armenia and Azerbaijan would promote "
        "peace in the South Caucasus.",
    ),
    "ru_zakharova_briefing_jul": (
        (7, 24),
        "mid",
        "Брифинг М.В.Захаровой, 24 июля.\nТемы: консультативное заключение "
        "Международного суда по климату; визит С.В.Лаврова в КНДР; выборы в "
        "Молдавии; обстановка в Сахеле. #брифинг",
    ),
    # ------------------------------------------- reposts, one-liners, more
    "en_fwd_arctic_council": (
        (5, 12),
        "arctic_council",
        "Forwarded from Arctic Council\nToday the Kingdom of Denmark assumes the "
        "Chairship of the Arctic Council from Norway for 2025-2027. Read the "
        "Chairship programme: https://arctic-council.org",
    ),
    "en_nsr_record": (
        (12, 19),
        "reuters",
        "Transit shipments via the Northern Sea Route hit a record this year as "
        "Chinese container lines made more voyages, but total cargo on the "
        "route stayed below Moscow's targets, Rosatom data showed.",
    ),
    "ru_repost_lavrov_kndr": (
        (7, 12),
        "rt",
        "Репост из @MID_Russia\nС.В.Лавров в Вонсане: Мы с пониманием относимся "
        "к причинам, по которым КНДР развивает ядерные технологии. #КНДР",
    ),
    "en_fwd_un_cuba": (
        (10, 29),
        "un_news",
        "Forwarded from UN News\nGeneral Assembly votes on the US embargo against "
        "Cuba: 165 in favour, 7 against, 12 abstentions. Full coverage: "
        "https://news.un.org",
    ),
    "ru_dsnv_anniversary": (
        (4, 8),
        "mid",
        "Заявление МИД России в связи с 15-летием подписания Договора о мерах по "
        "дальнейшему сокращению и ограничению стратегических наступательных "
        "вооружений.\n\n8 апреля 2010 года в Праге был подписан ДСНВ. Срок "
        "действия договора истекает 5 февраля 2026 года, и никаких переговоров о "
        "дальнейших шагах Вашингтон не ведёт.\n\nРоссийская сторона "
        "приостановила действие договора, но продолжает придерживаться его "
        "количественных ограничений. Любой будущий диалог возможен лишь с "
        "учётом всех факторов, влияющих на стратегическую стабильность, включая "
        "ядерные арсеналы Великобритании и Франции.",
    ),
    "en_guterres_newstart": (
        (10, 3),
        "un_news",
        "Secretary-General António Guterres urged Russia and the United States "
        "to use the time before New START expires to agree on a way forward, "
        "warning against a return to unconstrained nuclear competition.",
    ),
    "ru_lyukmanov_interview": (
        (12, 2),
        "kommersant",
        "Спецпредставитель Президента по вопросам международного "
        "сотрудничества в области информационной безопасности Артур Люкманов — "
        "«Коммерсанту»: глобальный механизм ООН по безопасности ИКТ начнёт "
        "работу весной, Россия будет добиваться разработки юридически "
        "обязывающих норм.",
    ),
    "en_pashinyan_referendum": (
        (7, 2),
        "armenpress",
        "YEREVAN, July 2. Armenian Prime Minister Nikol Pashinyan said a "
        "referendum on a "
        "new constitution would be held after next year's parliamentary "
        "elections, rejecting claims that it was being drafted at Baku's "
        "request.",
    ),
    "ru_moldova_elections_results": (
        (9, 29),
        "tass",
        "КИШИНЕВ, 29 сентября. /ТАСС/. Правящая партия «Действие и солидарность» "
        "получила большинство мест на выборах в парламент Молдавии, следует из "
        "данных ЦИК после обработки всех бюллетеней. Патриотический блок занял "
        "второе место.",
    ),
    "ru_aes_joint_force": (
        (12, 21),
        "ria",
        "НИАМЕЙ, 21 дек — РИА Новости. Страны Альянса государств Сахеля "
        "торжественно представили объединённые силы численностью 5 тысяч "
        "военнослужащих, штаб которых разместится в Ниамее.",
    ),
    "en_aes_joint_force": (
        (12, 21),
        "aljazeera",
        "Mali, Burkina Faso and Niger launched a 5,000-strong joint force of the "
        "Alliance of Sahel States in Niamey, as the juntas seek to take the "
        "fight against armed groups into their own hands.",
    ),
    "en_atcm_hiroshima": (
        (7, 3),
        "tass_en",
        "MILAN, July 3. /TASS/. The next Antarctic Treaty Consultative Meeting "
        "will be held in Hiroshima, Japan, the Russian delegation said, adding "
        "that Moscow had presented plans for a new research vessel.",
    ),
    "ru_who_russia_stays": (
        (1, 22),
        "interfax",
        "МОСКВА, 22 января. /Интерфакс/ - Россия не планирует выходить из "
        "Всемирной организации здравоохранения вслед за США, заявил министр "
        "здравоохранения Михаил Мурашко.",
    ),
    "en_venezuela_deportations": (
        (2, 10),
        "ap",
        "CARACAS, Venezuela (AP) — Two flights carrying Venezuelan migrants "
        "deported from the United States landed in Caracas on Monday, the "
        "first such flights since President Donald Trump took office.",
    ),
    "ru_venezuela_deportations": (
        (2, 11),
        "ria",
        "КАРАКАС, 11 фев — РИА Новости. В Венесуэлу прибыли два самолёта с "
        "мигрантами, депортированными из США. Правительство Николаса Мадуро "
        "назвало рейсы возвращением соотечественников на родину.",
    ),
    "ru_venezuela_ratification": (
        (10, 21),
        "tass",
        "МОСКВА, 21 октября. /ТАСС/. Госдума ратифицировала Договор о "
        "стратегическом партнёрстве и сотрудничестве между Россией и "
        "Венесуэлой. Документ подписан в мае в Москве.",
    ),
    "ru_caspian_lavrov_oneliner": (
        (8, 13),
        "rt",
        "Лавров: все вопросы, касающиеся Каспия, должны решать только "
        "прикаспийские государства, без участия внерегиональных игроков. #Каспий",
    ),
    "en_hashtag_cop30": (
        (11, 21),
        "un_news",
        "#COP30 Negotiations in Belém run into overtime as countries remain "
        "split over a fossil fuel transition roadmap. Follow live: "
        "https://news.un.org/en/cop30",
    ),
    "ru_hashtag_transnistria": (
        (1, 10),
        "rt",
        "В Приднестровье из-за отсутствия газа в домах +10 градусов, жители "
        "греются обогревателями. #Приднестровье #Молдавия",
    ),
    "en_dprk_hashtag": (
        (7, 13),
        "mfa_russia",
        "#Lavrov #DPRK Sergey Lavrov met Chairman of the State Affairs of the "
        "DPRK Kim Jong Un in Wonsan. The sides discussed the implementation of "
        "the Comprehensive Strategic Partnership Treaty.",
    ),
    "ru_galuzin_moldova_elections": (
        (9, 30),
        "izvestia",
        "Замглавы МИД России Михаил Галузин — «Известиям»: выборы в Молдове "
        "прошли в условиях беспрецедентного давления на оппозицию, их нельзя "
        "считать свободными.",
    ),
    "en_icc_mongolia": (
        (9, 3),
        "rferl",
        "Rights groups urged the ICC's member states to act over Mongolia's "
        "failure to arrest Vladimir Putin during his visit to Ulaanbaatar on "
        "Sept. 3, 2024.",
    ),
    "ru_arctic_council_repost": (
        (5, 12),
        "rt",
        "Репост: @MID_Russia\nПредседательство в Арктическом совете перешло к "
        "Дании. Россия сохраняет членство в совете. #Арктика",
    ),
    "en_goita_hashtag": (
        (6, 24),
        "mfa_russia",
        "#RussiaMali Talks between Vladimir Putin and Assimi Goïta in the "
        "Kremlin resulted in a treaty on the foundations of relations and "
        "agreements on civilian nuclear energy. #Mali",
    ),
    "ru_lavrov_interview_korea": (
        (3, 5),
        "ria",
        "С.В.Лавров в интервью: Россия считает неприемлемым давление на КНДР и "
        "выступает против любых санкций в обход Совета Безопасности ООН. "
        "Тема денуклеаризации для нас закрыта.",
    ),
    "en_zakharova_venezuela": (
        (9, 4),
        "tass_en",
        "MOSCOW, September 4. /TASS/. US strikes on boats off the coast of "
        "Venezuela are a gross violation of international law, Russian Foreign "
        "Ministry spokeswoman Maria Zakharova said.",
    ),
    "en_sandu_kallas_hashtag": (
        (7, 4),
        "rferl",
        "#Moldova President Maia Sandu and EU foreign policy chief Kaja Kallas "
        "opened a new power line linking Moldova with Romania.",
    ),
    "ru_icj_armenia_azerbaijan": (
        (8, 11),
        "interfax",
        "Согласно парафированному мирному соглашению, Армения и Азербайджан в "
        "течение месяца после подписания отзовут взаимные иски из "
        "Международного суда ООН и других международных инстанций.",
    ),
}


# Post lists several queries share, each named once (by its first query).
_ARKTICHESKIY_SOVET = (
    "ru_arctic_council_korchunov",
    "en_arctic_council_denmark",
    "en_arctic_council_korchunov",
    "en_fwd_arctic_council",
    "ru_arctic_council_repost",
)
_SMP = (
    "ru_murmansk_forum",
    "ru_nsr_cargo",
    "en_nsr_container",
    "ru_nsr_icebreaker",
    "en_nsr_icebreaker",
    "ru_sevmorput_oneliner",
    "ru_lavrov_jaishankar",
    "en_nsr_record",
)
_VOZ = (
    "ru_who_pandemic",
    "en_who_pandemic",
    "en_who_us_exit",
    "ru_who_us_exit",
    "ru_who_russia_stays",
)
_ICJ = (
    "en_icj_climate",
    "ru_icj_climate",
    "en_icj_unrwa",
    "ru_icj_unrwa",
    "ru_icj_ukraine",
    "en_icj_armenia_azerbaijan",
    "ru_zakharova_briefing_jul",
    "ru_icj_armenia_azerbaijan",
)
_MUS = (
    "ru_aes_icc",
    "en_aes_icc",
    "en_icc_mongolia",
)
_EKOVAS = (
    "ru_aes_ecowas",
    "en_aes_ecowas",
)
_ALYANS_GOSUDARSTV_SAKHELYA = (
    "ru_aes_ecowas",
    "en_aes_ecowas",
    "ru_aes_icc",
    "ru_lavrov_aes",
    "ru_aes_joint_force",
    "en_aes_joint_force",
)
_ATES = (
    "en_apec_gyeongju",
    "ru_apec_overchuk",
    "ru_ushakov_apec",
    "ru_busan_trump_xi",
)
_OTG = (
    "ru_ots_gabala",
    "en_ots_gabala",
    "en_ots_budapest",
    "ru_ots_budapest",
)
_SSAGPZ = (
    "ru_russia_gcc",
    "en_russia_gcc",
    "en_gcc_doha",
    "ru_doha_summit",
)
_DSNV = (
    "ru_putin_dsnv_offer",
    "en_putin_newstart_offer",
    "ru_dsnv_oneliner",
    "en_trump_newstart",
    "ru_trump_dsnv",
    "ru_ryabkov_dsnv",
    "en_ryabkov_newstart",
    "ru_dsnv_suspension_2023",
    "ru_zakharova_briefing_nov13",
    "en_zakharova_briefing_nov13",
    "ru_lavrov_presser",
    "ru_peskov_briefing_aug11",
    "ru_dsnv_anniversary",
    "en_guterres_newstart",
)
_KS_30 = (
    "en_cop30_opens",
    "ru_cop30_opens",
    "en_cop30_deal",
    "ru_cop30_deal",
    "en_edelgeriev_cop30",
    "ru_cop30_fire",
    "en_guterres_belem",
    "ru_lula_cop30",
    "ru_zakharova_briefing_nov13",
    "en_zakharova_briefing_nov13",
    "en_hashtag_cop30",
)
_WAGNER = (
    "ru_africa_corps_mali",
    "en_wagner_leaves_mali",
)
_KASPIYSKIY_SAMMIT = (
    "ru_caspian_summit_tehran",
    "ru_caspian_ashgabat_2022",
)
_COP30_BELEM = (
    "en_cop30_opens",
    "ru_cop30_opens",
    "en_cop30_deal",
    "ru_cop30_deal",
    "en_edelgeriev_cop30",
    "ru_cop30_fire",
    "en_guterres_belem",
    "ru_zakharova_briefing_nov13",
    "en_zakharova_briefing_nov13",
    "en_hashtag_cop30",
)
_ATES_KENDZHU = (
    "en_apec_gyeongju",
    "ru_apec_overchuk",
    "ru_ushakov_apec",
)
_MIRNOE_SOGLASHENIE_ARMENIYA_AZERBAYDZHAN = (
    "ru_white_house_aug8",
    "ru_icj_armenia_azerbaijan",
)
_WHITE_HOUSE_ARMENIA_AZERBAIJAN = (
    "en_white_house_aug8",
    "ru_white_house_aug8",
)
_ROSSIYA_AFRIKA_SOCHI = (
    "ru_russia_africa_sochi",
    "en_russia_africa_sochi",
)
_PUTIN_ALIEV_DUSHANBE = (
    "ru_aliyev_putin_dushanbe",
    "en_aliyev_putin_dushanbe",
)
_PRIDNESTROVE = (
    "ru_transnistria_gas_jan1",
    "en_transnistria_gas_jan1",
    "ru_sandu_blackmail",
    "en_sandu_blackmail",
    "ru_transnistria_gas_resumes",
    "en_transnistria_gas_resumes",
    "ru_galuzin_5plus2",
    "en_galuzin_5plus2",
    "ru_zakharova_briefing_nov13",
    "ru_lavrov_presser",
    "en_lavrov_presser",
    "ru_hashtag_transnistria",
)
_MOLDOVA = (
    "ru_transnistria_gas_jan1",
    "en_transnistria_gas_jan1",
    "ru_gazprom_moldovagaz",
    "ru_sandu_blackmail",
    "en_sandu_blackmail",
    "en_transnistria_gas_resumes",
    "en_moldova_elections",
    "ru_moldova_elections_zakharova",
    "ru_ozerov_summoned",
    "en_ozerov_summoned",
    "en_kallas_chisinau",
    "ru_zakharova_briefing_jul",
    "ru_moldova_elections_results",
    "ru_hashtag_transnistria",
    "ru_galuzin_moldova_elections",
    "en_sandu_kallas_hashtag",
)
_KISHINEV = (
    "en_transnistria_gas_jan1",
    "ru_gazprom_moldovagaz",
    "ru_sandu_blackmail",
    "en_sandu_blackmail",
    "en_transnistria_gas_resumes",
    "en_moldova_elections",
    "ru_ozerov_summoned",
    "en_ozerov_summoned",
    "ru_galuzin_5plus2",
    "en_galuzin_5plus2",
    "en_kallas_chisinau",
    "en_lavrov_presser",
    "ru_moldova_elections_results",
)
_VONSAN = (
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
    "ru_kim_receives_lavrov",
    "ru_repost_lavrov_kndr",
    "en_dprk_hashtag",
)
_KNDR = (
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
    "ru_kim_receives_lavrov",
    "ru_kim_putin_beijing",
    "en_kim_beijing_parade",
    "en_dprk_kursk",
    "ru_dprk_kursk",
    "en_trap_kim_yo_jong",
    "ru_rudenko_korea",
    "en_rudenko_dprk",
    "ru_pyongyang_flights",
    "en_pyongyang_flights",
    "ru_choe_moscow",
    "en_choe_moscow",
    "en_wang_yi_choe",
    "ru_wang_yi_choe",
    "ru_lavrov_presser",
    "ru_zakharova_briefing_jul",
    "ru_repost_lavrov_kndr",
    "en_dprk_hashtag",
    "ru_lavrov_interview_korea",
)
_MALI = (
    "ru_goita_moscow",
    "en_goita_moscow",
    "en_goita_term",
    "ru_aes_ecowas",
    "en_aes_ecowas",
    "ru_aes_icc",
    "en_aes_icc",
    "ru_africa_corps_mali",
    "en_wagner_leaves_mali",
    "ru_gromyko_mali",
    "en_bamako_blockade",
    "ru_lavrov_aes",
    "en_lavrov_aes",
    "en_aes_joint_force",
    "en_goita_hashtag",
)
_NIGER = (
    "ru_aes_ecowas",
    "en_aes_ecowas",
    "ru_aes_icc",
    "en_aes_icc",
    "en_niger_uranium",
    "ru_niger_uranium",
    "ru_lavrov_aes",
    "en_lavrov_aes",
    "en_aes_joint_force",
)
_VENESUELA = (
    "ru_venezuela_treaty",
    "en_venezuela_treaty",
    "en_us_boat_strike",
    "ru_zakharova_venezuela",
    "ru_nebenzia_venezuela",
    "en_nebenzia_venezuela",
    "en_machado_nobel",
    "ru_machado_nobel",
    "ru_melik_bagdasarov",
    "en_ford_caribbean",
    "ru_ford_caribbean",
    "ru_zakharova_briefing_nov13",
    "en_zakharova_briefing_nov13",
    "en_venezuela_deportations",
    "ru_venezuela_deportations",
    "ru_venezuela_ratification",
    "en_zakharova_venezuela",
)
_KUBA = (
    "ru_cuba_unga_2025",
    "en_cuba_unga_2025",
    "ru_cuba_unga_2024",
    "en_cuba_blackout",
    "ru_cuba_blackout",
    "ru_koronelli_oil",
    "en_koronelli_oil",
    "ru_lavrov_rodriguez",
    "en_rodriguez_lavrov",
    "en_fwd_un_cuba",
)
_ARMENIYA = (
    "ru_peace_text_agreed",
    "en_peace_text_agreed",
    "en_white_house_aug8",
    "ru_white_house_aug8",
    "en_breaking_initialled",
    "ru_pashinyan_referendum",
    "ru_minsk_group",
    "en_minsk_group",
    "ru_overchuk_rail",
    "ru_kopyrkin_summoned",
    "en_kopyrkin_summoned",
    "en_bayramov_rubio",
    "en_armenia_eu_law",
    "en_icj_armenia_azerbaijan",
    "ru_zakharova_briefing_nov13",
    "en_zakharova_briefing_nov13",
    "ru_peskov_briefing_aug11",
    "en_peskov_aug11",
    "en_pashinyan_referendum",
    "ru_icj_armenia_azerbaijan",
)
_AZERBAYDZHAN = (
    "en_caspian_summit_tehran",
    "ru_caspian_ashgabat_2022",
    "ru_peace_text_agreed",
    "en_peace_text_agreed",
    "en_white_house_aug8",
    "ru_white_house_aug8",
    "en_breaking_initialled",
    "ru_aliyev_putin_dushanbe",
    "en_aliyev_putin_dushanbe",
    "ru_trap_heydar_aliyev",
    "ru_minsk_group",
    "en_minsk_group",
    "en_bayramov_rubio",
    "en_cop29_baku",
    "en_icj_armenia_azerbaijan",
    "ru_ots_gabala",
    "ru_zakharova_briefing_nov13",
    "en_zakharova_briefing_nov13",
    "ru_peskov_briefing_aug11",
    "en_peskov_aug11",
    "ru_icj_armenia_azerbaijan",
)
_BELENE = (
    "en_cop30_opens",
    "ru_cop30_opens",
    "en_cop30_deal",
    "ru_cop30_deal",
    "en_edelgeriev_cop30",
    "ru_cop30_fire",
    "ru_guterres_belem",
    "en_guterres_belem",
    "ru_zakharova_briefing_nov13",
    "en_zakharova_briefing_nov13",
    "en_hashtag_cop30",
)
_GRENLANDIYA = (
    "en_arctic_council_denmark",
    "ru_murmansk_forum",
    "en_murmansk_forum",
    "ru_greenland_peskov",
    "en_greenland_trump",
    "en_peskov_greenland",
    "ru_lavrov_presser",
    "en_lavrov_presser",
    "ru_peskov_briefing_aug11",
)
_ARKTIKA = (
    "ru_arctic_council_korchunov",
    "en_arctic_council_denmark",
    "en_arctic_council_korchunov",
    "ru_murmansk_forum",
    "en_murmansk_forum",
    "ru_nsr_cargo",
    "en_nsr_container",
    "ru_nsr_icebreaker",
    "en_nsr_icebreaker",
    "ru_sevmorput_oneliner",
    "ru_grushko_arctic",
    "en_grushko_arctic",
    "ru_greenland_peskov",
    "en_greenland_trump",
    "en_peskov_greenland",
    "en_fwd_arctic_council",
    "ru_arctic_council_repost",
)
_KASPIY = (
    "ru_caspian_summit_tehran",
    "en_caspian_summit_tehran",
    "ru_caspian_ashgabat_2022",
    "en_caspian_sea_level",
    "ru_caspian_sea_level",
    "ru_cpc_drones",
    "en_cpc_drones",
    "ru_lavrov_araghchi",
    "ru_caspian_lavrov_oneliner",
)
_BOSFOR = (
    "ru_fidan_montreux",
    "en_fidan_montreux",
    "ru_bosporus_tanker",
    "en_bosporus_tanker",
)
_GABALA = (
    "ru_ots_gabala",
    "en_ots_gabala",
)
_LEDOKOL = (
    "ru_nsr_icebreaker",
    "ru_sevmorput_oneliner",
)
_EMBARGO = (
    "en_cuba_unga_2025",
    "en_fwd_un_cuba",
)
_PASHINYANA = (
    "en_white_house_aug8",
    "ru_white_house_aug8",
    "ru_pashinyan_referendum",
    "en_pashinyan_referendum",
)
_ILKHAM_ALIEV = (
    "en_white_house_aug8",
    "ru_white_house_aug8",
    "ru_aliyev_putin_dushanbe",
    "en_aliyev_putin_dushanbe",
    "en_ots_gabala",
)
_MADURO = (
    "ru_venezuela_treaty",
    "en_venezuela_treaty",
    "en_ford_caribbean",
    "ru_ford_caribbean",
    "ru_venezuela_deportations",
)
_KIM_CHEN_YN = (
    "en_lavrov_wonsan",
    "ru_kim_receives_lavrov",
    "ru_kim_putin_beijing",
    "en_kim_beijing_parade",
    "en_dprk_kursk",
    "ru_dprk_kursk",
    "en_dprk_hashtag",
)
_TSOY_SON_KHI = (
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
    "ru_choe_moscow",
    "en_choe_moscow",
    "en_wang_yi_choe",
    "ru_wang_yi_choe",
)
_GOITA = (
    "ru_goita_moscow",
    "en_goita_moscow",
    "en_goita_term",
    "en_goita_hashtag",
)
_TCHIANI = (
    "en_niger_uranium",
    "ru_niger_uranium",
)
_TRAOR = (
    "ru_traore_putin",
    "en_traore_moscow",
)
_GUTERRISH = (
    "ru_guterres_belem",
    "en_guterres_belem",
    "ru_migrants_day",
    "en_migrants_day",
    "en_cybercrime_hanoi",
    "ru_grossi_sg_bid",
    "en_guterres_newstart",
)
_NEBENZIA = (
    "ru_nebenzia_venezuela",
    "en_nebenzia_venezuela",
)
_RUDENKO = (
    "ru_rudenko_korea",
    "en_rudenko_dprk",
)
_OVERCHUK = (
    "ru_overchuk_rail",
    "en_apec_gyeongju",
    "ru_apec_overchuk",
    "ru_ushakov_apec",
)
_RYABKOV = (
    "ru_ryabkov_dsnv",
    "en_ryabkov_newstart",
)
_LAVROV = (
    "ru_lavrov_aes",
    "en_lavrov_aes",
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
    "ru_kim_receives_lavrov",
    "ru_choe_moscow",
    "en_choe_moscow",
    "ru_lavrov_rodriguez",
    "en_rodriguez_lavrov",
    "en_trap_new_start",
    "ru_riyadh_lavrov_rubio",
    "ru_russia_africa_sochi",
    "en_russia_africa_sochi",
    "ru_russia_africa_cairo",
    "en_russia_africa_cairo",
    "ru_russia_gcc",
    "en_russia_gcc",
    "ru_lavrov_jaishankar",
    "en_jaishankar_lavrov",
    "ru_lavrov_araghchi",
    "en_araqchi_moscow",
    "ru_lavrov_presser",
    "en_lavrov_presser",
    "ru_zakharova_briefing_jul",
    "ru_repost_lavrov_kndr",
    "ru_caspian_lavrov_oneliner",
    "en_dprk_hashtag",
    "ru_lavrov_interview_korea",
)
_OZEROV = (
    "ru_ozerov_summoned",
    "en_ozerov_summoned",
)
_1_YANVARYA = (
    "ru_transnistria_gas_jan1",
    "en_transnistria_gas_jan1",
    "ru_gazprom_moldovagaz",
)
_22_SENTYABRYA = (
    "en_aes_icc",
    "en_putin_newstart_offer",
)
_1_NOYABRYA = (
    "en_apec_gyeongju",
    "ru_apec_overchuk",
)
_DZHAYSHANKER = (
    "ru_lavrov_jaishankar",
    "en_jaishankar_lavrov",
)
_KONVENTSIYA_MONTRE = (
    "ru_fidan_montreux",
    "ru_yerkhov_montreux",
)
_CHOE_LAVROV = (
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
    "ru_choe_moscow",
    "en_choe_moscow",
)

QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "Арктический совет",
        _ARKTICHESKIY_SOVET,
        "k1 Arctic Council in Russian; English posts count",
        absent=("en_trap_arctic_monkeys",),
    ),
    Labelled(
        "Arctic Council",
        _ARKTICHESKIY_SOVET,
        "k1 Arctic Council in English; Арктический совет counts",
        absent=("en_trap_arctic_monkeys",),
    ),
    Labelled(
        "СМП",
        _SMP,
        "k1 СМП = Северный морской путь = Севморпуть = NSR; the ambulance СМП is a trap",
        absent=("ru_trap_smp_ambulance",),
    ),
    Labelled(
        "Northern Sea Route",
        _SMP,
        "k1 NSR in English: СМП, Севморпуть and the full Russian name count",
        absent=("ru_trap_smp_ambulance",),
    ),
    Labelled(
        "Севморпуть",
        _SMP,
        "k1 the short Russian name = Северный морской путь = СМП",
        absent=("ru_trap_smp_ambulance",),
    ),
    Labelled(
        "ВОЗ",
        _VOZ,
        "k1 WHO in Russian; «воз и ныне там» is a trap",
        absent=("ru_trap_voz_idiom",),
    ),
    Labelled(
        "WHO",
        _VOZ,
        "k1 WHO = ВОЗ = World Health Organization; the pronoun who is a trap",
        absent=(
            "en_trap_adama_traore",
            "en_trap_ricardo_maduro",
            "en_trap_cop",
            "ru_trap_voz_idiom",
        ),
    ),
    Labelled(
        "Всемирная организация здравоохранения",
        _VOZ,
        "k1 WHO full Russian name = ВОЗ = WHO",
        absent=("ru_trap_voz_idiom",),
    ),
    Labelled(
        "ICJ",
        _ICJ,
        "k1 ICJ = Международный суд ООН; the ICC is another court",
        absent=(
            "ru_aes_icc",
            "en_aes_icc",
            "en_icc_mongolia",
        ),
    ),
    Labelled(
        "Международный суд ООН",
        _ICJ,
        "k1 ICJ full Russian name; the ICC (Международный уголовный суд) is a trap",
        absent=(
            "ru_aes_icc",
            "en_aes_icc",
            "en_icc_mongolia",
        ),
    ),
    Labelled(
        "МУС",
        _MUS,
        "k1 ICC in Russian = International Criminal Court; the ICJ is a trap",
        absent=(
            "en_icj_climate",
            "ru_icj_climate",
            "en_icj_unrwa",
            "ru_icj_unrwa",
        ),
    ),
    Labelled(
        "ICC",
        _MUS,
        "k1 ICC, МУС counts; ICJ posts are traps",
        absent=(
            "en_icj_climate",
            "ru_icj_climate",
            "en_icj_unrwa",
            "ru_icj_unrwa",
        ),
    ),
    Labelled(
        "ЭКОВАС",
        _EKOVAS,
        "k1 ECOWAS in Russian",
    ),
    Labelled(
        "Альянс государств Сахеля",
        _ALYANS_GOSUDARSTV_SAKHELYA,
        "k1 AES in Russian = АГС = Alliance of Sahel States = Конфедерация государств Сахеля",
    ),
    Labelled(
        "AES",
        _ALYANS_GOSUDARSTV_SAKHELYA,
        "k1 AES abbreviation, Russian names count",
    ),
    Labelled(
        "АТЭС",
        _ATES,
        "k1 APEC in Russian",
    ),
    Labelled(
        "APEC",
        _ATES,
        "k1 APEC, АТЭС counts",
    ),
    Labelled(
        "ОТГ",
        _OTG,
        "k1 Organization of Turkic States; ОТГ for территориальные громады is a trap",
        absent=("ru_trap_otg_hromada",),
    ),
    Labelled(
        "Organization of Turkic States",
        _OTG,
        "k1 OTS full name; ОТГ counts",
        absent=("ru_trap_otg_hromada",),
    ),
    Labelled(
        "ССАГПЗ",
        _SSAGPZ,
        "k1 GCC in Russian",
        absent=("en_trap_gcc_compiler",),
    ),
    Labelled(
        "GCC",
        _SSAGPZ,
        "k1 Gulf Cooperation Council; the GNU compiler is a trap",
        absent=("en_trap_gcc_compiler",),
    ),
    Labelled(
        "КТК",
        (
            "ru_cpc_drones",
            "en_cpc_drones",
            "en_trap_cpc_china",
        ),
        "k1 Caspian Pipeline Consortium in Russian",
    ),
    Labelled(
        "CPC",
        (
            "ru_cpc_drones",
            "en_cpc_drones",
        ),
        "k1 CPC = Caspian Pipeline Consortium = КТК; the Chinese party's CPC, КПК is a trap",
        absent=(
            "en_trap_cpc_china",
            "ru_wang_yi_choe",
        ),
    ),
    Labelled(
        "ДСНВ",
        _DSNV,
        "k1 New START in Russian: ДСНВ = СНВ-3 = the treaty's full name = New START",
        absent=(
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "New START",
        _DSNV,
        "k1 New START; a new start in relations and start testing are traps",
        absent=(
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "СНВ-3",
        _DSNV,
        "k1 the older Russian name of New START",
        absent=(
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "КС-30",
        _KS_30,
        "k1 COP30 in Russian = COP30",
        absent=(
            "en_cop29_baku",
            "en_trap_cop",
            "en_arctic_council_denmark",
        ),
    ),
    Labelled(
        "COP30",
        _KS_30,
        "k1 COP30; COP29 in Baku is another conference",
        absent=(
            "en_cop29_baku",
            "en_trap_cop",
            "en_arctic_council_denmark",
        ),
    ),
    Labelled(
        "COP",
        (
            "en_cop30_opens",
            "ru_cop30_opens",
            "en_cop30_deal",
            "ru_cop30_deal",
            "en_edelgeriev_cop30",
            "ru_cop30_fire",
            "en_guterres_belem",
            "en_cop29_baku",
            "ru_lula_cop30",
            "ru_zakharova_briefing_nov13",
            "en_zakharova_briefing_nov13",
            "en_hashtag_cop30",
        ),
        "k1 every UN climate COP; a cop and COPENHAGEN are traps",
        absent=(
            "en_trap_cop",
            "en_arctic_council_denmark",
        ),
    ),
    Labelled(
        "Minsk Group",
        (
            "ru_minsk_group",
            "en_minsk_group",
        ),
        "k1 OSCE Minsk Group, Минская группа counts",
    ),
    Labelled(
        "РГОС",
        (
            "ru_oewg_final",
            "en_oewg_final",
        ),
        "k1 UN Open-ended working group on ICT security = OEWG",
    ),
    Labelled(
        "Wagner",
        _WAGNER,
        "k1 Wagner group, Вагнер counts",
    ),
    Labelled(
        "Африканский корпус",
        _WAGNER,
        "k1 Africa Corps in Russian",
    ),
    Labelled(
        "саммит в Габале",
        ("ru_ots_gabala",),
        "k2 OTS summit in Gabala: Russian posts holding саммит",
    ),
    Labelled("OTS summit Gabala", ("en_ots_gabala",), "k2 OTS + summit + Gabala: English posts"),
    Labelled(
        "Каспийский саммит",
        _KASPIYSKIY_SAMMIT,
        "k2 Caspian summits, Tehran and Ashgabat, Russian posts",
        absent=("en_trap_kaspi",),
    ),
    Labelled(
        "Caspian summit Tehran",
        ("en_caspian_summit_tehran",),
        "k2 the planned Tehran summit in English",
    ),
    Labelled(
        "Каспийский саммит Тегеран",
        ("ru_caspian_summit_tehran",),
        "k2 the planned Tehran summit in Russian; Ashgabat 2022 is not in Tehran",
        absent=("ru_caspian_ashgabat_2022",),
    ),
    Labelled(
        "COP30 Belem",
        _COP30_BELEM,
        "k2 COP30 in Belém, either language; Belém/Белен spellings count",
        absent=(
            "en_cop29_baku",
            "ru_trap_belena",
        ),
    ),
    Labelled(
        "конференция в Белене",
        (
            "ru_cop30_opens",
            "ru_cop30_deal",
            "ru_cop30_fire",
        ),
        "k2 Russian posts with конференция in Belém",
        absent=("ru_trap_belena",),
    ),
    Labelled(
        "АТЭС Кёнджу",
        _ATES_KENDZHU,
        "k2 APEC in Gyeongju in Russian, English counts",
    ),
    Labelled(
        "форум в Мурманске", ("ru_murmansk_forum",), "k2 the Arctic forum in Murmansk, Russian"
    ),
    Labelled(
        "Arctic forum Murmansk",
        ("en_murmansk_forum",),
        "k2 the International Arctic Forum in English",
    ),
    Labelled(
        "мирное соглашение Армения Азербайджан",
        _MIRNOE_SOGLASHENIE_ARMENIYA_AZERBAYDZHAN,
        "k2 peace agreement: Russian posts holding мирн- and соглашени- and both countries",
        absent=(
            "en_trap_armenia_colombia",
            "ru_trap_armenia_colombia",
        ),
    ),
    Labelled(
        "Armenia Azerbaijan peace treaty",
        ("en_peace_text_agreed",),
        "k2 English posts with peace + treaty; agreement is a synonym, not treaty",
        absent=(
            "en_trap_armenia_colombia",
            "ru_trap_armenia_colombia",
        ),
    ),
    Labelled(
        "White House Armenia Azerbaijan",
        _WHITE_HOUSE_ARMENIA_AZERBAIJAN,
        "k2 the 8 August meeting, Белый дом counts; the 18 August talks are not about them",
        absent=(
            "en_trap_aug18_white_house",
            "en_trap_armenia_colombia",
            "ru_trap_armenia_colombia",
        ),
    ),
    Labelled(
        "Россия Африка Сочи",
        _ROSSIYA_AFRIKA_SOCHI,
        "k2 Russia–Africa ministerial conference in Sochi",
    ),
    Labelled(
        "Russia-Africa Cairo",
        (
            "ru_russia_africa_cairo",
            "en_russia_africa_cairo",
        ),
        "k2 Russia–Africa conference in Cairo, Каир counts",
    ),
    Labelled(
        "конвенция против киберпреступности",
        ("ru_cybercrime_hanoi",),
        "k2 UN cybercrime convention, Russian",
    ),
    Labelled(
        "cybercrime treaty Hanoi",
        ("en_cybercrime_hanoi",),
        "k2 Hanoi signing in English; convention is not treaty",
    ),
    Labelled(
        "парад в Пекине", ("ru_beijing_parade",), "k2 Beijing parade, Russian posts with парад"
    ),
    Labelled(
        "Antarctic Treaty Milan",
        (
            "en_atcm_penguins",
            "en_atcm_hiroshima",
        ),
        "k2 ATCM in Milan: treaty is a common word, English posts, as Kazan Declaration was",
    ),
    Labelled(
        "Договор об Антарктике",
        ("ru_atcm_milan",),
        "k2 Antarctic Treaty in Russian: договор is a common word, Russian posts",
    ),
    Labelled(
        "World Health Assembly Geneva",
        (
            "ru_who_pandemic",
            "en_who_pandemic",
        ),
        "k2 WHA in Geneva, Всемирная ассамблея здравоохранения counts",
    ),
    Labelled(
        "Генассамблея Куба",
        (
            "ru_cuba_unga_2025",
            "en_cuba_unga_2025",
            "ru_cuba_unga_2024",
            "en_fwd_un_cuba",
        ),
        "k2 UNGA vote on Cuba, either language",
        absent=(
            "ru_trap_kuban",
            "en_trap_cuba_gooding",
        ),
    ),
    Labelled("Doha emergency summit", ("en_gcc_doha",), "k2 the Doha emergency summit in English"),
    Labelled(
        "Путин Алиев Душанбе",
        _PUTIN_ALIEV_DUSHANBE,
        "k2 the Putin–Aliyev meeting in Dushanbe",
        absent=("ru_trap_heydar_aliyev",),
    ),
    Labelled(
        "Лавров Сахель консультации",
        ("ru_lavrov_aes",),
        "k2 Lavrov's consultations with the Sahel states, Russian",
    ),
    Labelled(
        "Приднестровье",
        _PRIDNESTROVE,
        "k3 Transnistria in either language; приднестровский, Transdniestria count",
    ),
    Labelled(
        "Transnistria",
        _PRIDNESTROVE,
        "k3 Transnistria in English; Transdniestria and Приднестровье count",
    ),
    Labelled(
        "Молдова",
        _MOLDOVA,
        "k3 Moldova = Молдавия = Moldovan = молдавский",
    ),
    Labelled(
        "Moldova",
        _MOLDOVA,
        "k3 Moldova in English, both Russian names count",
    ),
    Labelled(
        "Кишинёв",
        _KISHINEV,
        "k3 Chisinau, Кишинев spelled without ё counts",
    ),
    Labelled(
        "Тирасполь",
        (
            "ru_transnistria_gas_jan1",
            "ru_transnistria_gas_resumes",
            "ru_galuzin_5plus2",
            "en_galuzin_5plus2",
        ),
        "k3 Tiraspol in either language",
    ),
    Labelled(
        "Вонсан",
        _VONSAN,
        "k3 Wonsan, Вонсане counts",
    ),
    Labelled(
        "КНДР",
        _KNDR,
        "k3 DPRK = North Korea = КНДР = North Korean; Pyongyang alone is a city",
    ),
    Labelled(
        "North Korea",
        _KNDR,
        "k3 North Korea = DPRK = КНДР",
    ),
    Labelled(
        "Северная Корея",
        _KNDR,
        "k3 North Korea in Russian words = КНДР = северокорейский",
    ),
    Labelled(
        "Пхеньяне",
        (
            "ru_kim_receives_lavrov",
            "en_trap_kim_yo_jong",
            "ru_pyongyang_flights",
            "en_pyongyang_flights",
        ),
        "k3 prepositional finds Пхеньян and Pyongyang",
    ),
    Labelled(
        "Мали",
        _MALI,
        "k3 Mali; Малибу is a trap",
        absent=(
            "ru_trap_malibu",
            "en_trap_malibu",
        ),
    ),
    Labelled(
        "Нигер",
        _NIGER,
        "k3 Niger; Nigeria (Нигерия) is another country",
        absent=(
            "ru_trap_nigeria",
            "en_trap_nigeria",
        ),
    ),
    Labelled(
        "Niger",
        _NIGER,
        "k3 Niger in English; Nigeria and Nigerian are traps",
        absent=(
            "ru_trap_nigeria",
            "en_trap_nigeria",
        ),
    ),
    Labelled(
        "Бамако",
        (
            "en_goita_term",
            "ru_aes_ecowas",
            "ru_aes_icc",
            "en_wagner_leaves_mali",
            "ru_gromyko_mali",
            "en_bamako_blockade",
        ),
        "k3 Bamako",
    ),
    Labelled(
        "Венесуэла",
        _VENESUELA,
        "k3 Venezuela = Venezuelan = венесуэльский",
    ),
    Labelled(
        "Венесуэлы",
        _VENESUELA,
        "k3 genitive finds every form",
    ),
    Labelled(
        "Куба",
        _KUBA,
        "k3 Cuba; Кубань and Cuba Gooding Jr. are traps",
        absent=(
            "ru_trap_kuban",
            "en_trap_cuba_gooding",
        ),
    ),
    Labelled(
        "Кубы",
        _KUBA,
        "k3 genitive of Куба; Кубани is a trap",
        absent=(
            "ru_trap_kuban",
            "en_trap_cuba_gooding",
        ),
    ),
    Labelled(
        "Cuba",
        _KUBA,
        "k3 Cuba in English; the actor is a trap",
        absent=(
            "ru_trap_kuban",
            "en_trap_cuba_gooding",
        ),
    ),
    Labelled(
        "Армения",
        _ARMENIYA,
        "k3 Armenia and армянский; the Colombian city Armenia is a trap",
        absent=(
            "en_trap_armenia_colombia",
            "ru_trap_armenia_colombia",
        ),
    ),
    Labelled(
        "Armenia",
        _ARMENIYA,
        "k3 Armenia in English; Armenia, Colombia is a trap",
        absent=(
            "en_trap_armenia_colombia",
            "ru_trap_armenia_colombia",
        ),
    ),
    Labelled(
        "Азербайджан",
        _AZERBAYDZHAN,
        "k3 Azerbaijan, азербайджанский and Azerbaijani count",
    ),
    Labelled(
        "Белене",
        _BELENE,
        "k3 prepositional: Белен, Belem, Belém",
        absent=("ru_trap_belena",),
    ),
    Labelled(
        "Belém",
        _BELENE,
        "k3 Belém with the accent, Belem and Белен count",
        absent=("ru_trap_belena",),
    ),
    Labelled(
        "Гренландия",
        _GRENLANDIYA,
        "k3 Greenland",
    ),
    Labelled(
        "Арктика",
        _ARKTIKA,
        "k3 Arctic = арктический = Arctic; Antarctica and the band are traps",
        absent=(
            "en_trap_arctic_monkeys",
            "ru_vostok_station",
            "en_vostok_station",
            "ru_atcm_milan",
        ),
    ),
    Labelled(
        "Арктике",
        _ARKTIKA,
        "k3 prepositional finds every form; Антарктике is a trap",
        absent=(
            "en_trap_arctic_monkeys",
            "ru_vostok_station",
            "en_vostok_station",
            "ru_atcm_milan",
        ),
    ),
    Labelled(
        "Arctic",
        _ARKTIKA,
        "k3 Arctic in English; Arctic Monkeys and Antarctic are traps",
        absent=(
            "en_trap_arctic_monkeys",
            "ru_vostok_station",
            "en_vostok_station",
            "ru_atcm_milan",
        ),
    ),
    Labelled(
        "Каспий",
        _KASPIY,
        "k3 Caspian = Каспийское море = прикаспийский; Kaspi.kz is a trap",
        absent=("en_trap_kaspi",),
    ),
    Labelled(
        "Восток Антарктида",
        (
            "ru_vostok_station",
            "en_vostok_station",
        ),
        "k3 the Vostok station; Ближний Восток is a trap",
        absent=("ru_trap_middle_east",),
    ),
    Labelled(
        "Актау",
        (
            "ru_caspian_ashgabat_2022",
            "en_caspian_sea_level",
            "ru_aliyev_putin_dushanbe",
        ),
        "k3 Aktau: the Caspian convention, the AZAL crash, the shrinking sea",
    ),
    Labelled(
        "Босфор",
        _BOSFOR,
        "k3 Bosporus = Bosphorus",
    ),
    Labelled(
        "Гаага",
        (
            "ru_icj_climate",
            "ru_icj_unrwa",
        ),
        "k3 The Hague in either language",
    ),
    Labelled(
        "Габала",
        _GABALA,
        "k3 Gabala, Габалинская декларация names the place",
    ),
    Labelled(
        "Курской области",
        (
            "ru_kim_putin_beijing",
            "en_dprk_kursk",
            "ru_dprk_kursk",
        ),
        "k3 Kursk region, either language",
    ),
    Labelled(
        "газ",
        (
            "ru_transnistria_gas_jan1",
            "ru_gazprom_moldovagaz",
            "ru_sandu_blackmail",
            "ru_transnistria_gas_resumes",
            "ru_hashtag_transnistria",
        ),
        "k4 gas: Russian posts only, any case form; Газпром is a name, сектор Газа is Gaza",
        absent=("ru_icj_unrwa",),
    ),
    Labelled(
        "gas",
        (
            "en_transnistria_gas_jan1",
            "en_sandu_blackmail",
            "en_transnistria_gas_resumes",
            "en_cop30_deal",
            "en_lavrov_presser",
        ),
        "k4 gas: English posts only",
    ),
    Labelled("уголь", ("ru_transnistria_gas_jan1",), "k4 coal, Russian"),
    Labelled(
        "coal",
        (
            "en_transnistria_gas_jan1",
            "en_cop30_deal",
        ),
        "k4 coal, English",
    ),
    Labelled(
        "ледокол",
        _LEDOKOL,
        "k4 icebreaker, Russian; ледокольной counts",
    ),
    Labelled("уран", ("ru_niger_uranium",), "k4 uranium, Russian"),
    Labelled(
        "климат",
        (
            "ru_cop30_opens",
            "ru_cop30_deal",
            "ru_cop30_fire",
            "ru_icj_climate",
            "ru_zakharova_briefing_jul",
        ),
        "k4 climate, Russian: климата, климатическая",
    ),
    Labelled(
        "climate",
        (
            "en_cop30_opens",
            "en_cop30_deal",
            "en_edelgeriev_cop30",
            "en_cop29_baku",
            "en_icj_climate",
        ),
        "k4 climate, English",
    ),
    Labelled("пандемия", ("ru_who_pandemic",), "k4 pandemic, Russian"),
    Labelled(
        "pandemic",
        (
            "en_who_pandemic",
            "en_who_us_exit",
        ),
        "k4 pandemic, English: the pandemic agreement and COVID-19",
    ),
    Labelled(
        "мигранты",
        (
            "ru_migrants_register",
            "ru_migrants_day",
            "ru_venezuela_deportations",
        ),
        "k4 migrants, Russian: мигрантах, миграционный, миграции",
    ),
    Labelled(
        "migration",
        (
            "en_russia_migrants",
            "en_eu_migration_pact",
            "en_migrants_day",
            "en_venezuela_deportations",
        ),
        "k4 migration, English: migrants and migration share the stem",
    ),
    Labelled("киберпреступность", ("ru_cybercrime_hanoi",), "k4 cybercrime, Russian"),
    Labelled("cybercrime", ("en_cybercrime_hanoi",), "k4 cybercrime, English"),
    Labelled(
        "блокада",
        (
            "ru_gromyko_mali",
            "ru_cuba_unga_2025",
            "ru_cuba_unga_2024",
            "ru_lavrov_rodriguez",
        ),
        "k4 blockade, Russian: Cuba and the Bamako fuel blockade",
    ),
    Labelled(
        "embargo",
        _EMBARGO,
        "k4 embargo, English; blockade is a synonym, not the word",
    ),
    Labelled(
        "посол",
        (
            "ru_arctic_council_korchunov",
            "ru_ozerov_summoned",
            "ru_kopyrkin_summoned",
            "ru_gromyko_mali",
            "ru_pyongyang_flights",
            "ru_melik_bagdasarov",
            "ru_koronelli_oil",
            "ru_yerkhov_montreux",
        ),
        "k4 ambassador, Russian: посла, послом; после and послание are other words",
        absent=(
            "ru_dsnv_suspension_2023",
            "ru_sandu_blackmail",
            "ru_caspian_sea_level",
        ),
    ),
    Labelled(
        "ambassador",
        (
            "en_arctic_council_korchunov",
            "en_ozerov_summoned",
            "en_kopyrkin_summoned",
            "en_pyongyang_flights",
            "en_nebenzia_venezuela",
            "en_koronelli_oil",
            "en_yerkhov_montreux",
        ),
        "k4 ambassador, English",
    ),
    Labelled(
        "испытания",
        (
            "ru_nsr_icebreaker",
            "ru_burevestnik",
            "ru_peskov_testing",
        ),
        "k4 tests, Russian: испытании, испытаний",
    ),
    Labelled(
        "денуклеаризация",
        (
            "ru_rudenko_korea",
            "ru_lavrov_interview_korea",
        ),
        "k4 denuclearisation, Russian",
    ),
    Labelled("denuclearization", ("en_rudenko_dprk",), "k4 denuclearization, English"),
    Labelled(
        "ратификация",
        (
            "ru_caspian_ashgabat_2022",
            "ru_venezuela_ratification",
        ),
        "k4 ratification, Russian: ратифицировала",
    ),
    Labelled(
        "выборы",
        (
            "ru_moldova_elections_zakharova",
            "ru_pashinyan_referendum",
            "ru_zakharova_briefing_jul",
            "ru_moldova_elections_results",
            "ru_galuzin_moldova_elections",
        ),
        "k4 elections, Russian",
    ),
    Labelled(
        "election",
        (
            "en_sandu_blackmail",
            "en_moldova_elections",
            "en_goita_term",
            "en_trap_ricardo_maduro",
            "en_pashinyan_referendum",
        ),
        "k4 election, English",
    ),
    Labelled(
        "corridor",
        (
            "en_nsr_container",
            "en_white_house_aug8",
        ),
        "k4 corridor, English",
    ),
    Labelled(
        "ядерные испытания",
        (
            "ru_burevestnik",
            "ru_peskov_testing",
        ),
        "k4 two words anywhere, Russian posts",
    ),
    Labelled(
        "nuclear testing",
        (
            "en_burevestnik",
            "en_trump_testing",
        ),
        "k4 nuclear + test, English posts",
    ),
    Labelled(
        "эвакуация",
        (
            "ru_trap_malibu",
            "ru_cop30_fire",
            "ru_trap_otg_hromada",
        ),
        "k4 evacuation, Russian: эвакуировали, эвакуацию",
    ),
    Labelled(
        "Пашиняна",
        _PASHINYANA,
        "k5 genitive finds every form and Pashinyan",
    ),
    Labelled(
        "Pashinian",
        _PASHINYANA,
        "k5 variant spelling Pashinian = Pashinyan = Пашинян",
    ),
    Labelled(
        "Ильхам Алиев",
        _ILKHAM_ALIEV,
        "k5 Ilham Aliyev, Ильхамом Алиевым counts; his father Heydar is a namesake",
        absent=("ru_trap_heydar_aliyev",),
    ),
    Labelled(
        "Aliev",
        _ILKHAM_ALIEV,
        "k5 variant spelling Aliev; the airport's Heydar Aliyev is a namesake",
        absent=("ru_trap_heydar_aliyev",),
    ),
    Labelled(
        "Bayramov",
        (
            "ru_white_house_aug8",
            "en_bayramov_rubio",
        ),
        "k5 Bayramov, Байрамов counts",
    ),
    Labelled(
        "Санду",
        (
            "ru_sandu_blackmail",
            "en_sandu_blackmail",
            "en_moldova_elections",
            "en_sandu_kallas_hashtag",
        ),
        "k5 Maia Sandu",
    ),
    Labelled(
        "Мадуро",
        _MADURO,
        "k5 Nicolás Maduro; the Honduran Ricardo Maduro is a namesake",
        absent=("en_trap_ricardo_maduro",),
    ),
    Labelled(
        "Ким Чен Ын",
        _KIM_CHEN_YN,
        "k5 Kim Jong Un, Ким Чен Ыном counts; his sister Kim Yo Jong is not him",
        absent=("en_trap_kim_yo_jong",),
    ),
    Labelled(
        "Kim Jong-un",
        _KIM_CHEN_YN,
        "k5 hyphenated spelling",
        absent=("en_trap_kim_yo_jong",),
    ),
    Labelled(
        "Цой Сон Хи",
        _TSOY_SON_KHI,
        "k5 Choe Son Hui: Цой Сон Хи = Чвэ Сон Хи = Choe Son Hui = Choe Son-hui",
    ),
    Labelled(
        "Чвэ Сон Хи",
        _TSOY_SON_KHI,
        "k5 TASS rendering, Цой Сон Хи counts",
    ),
    Labelled(
        "Гоита",
        _GOITA,
        "k5 Assimi Goïta, Гоитой counts",
    ),
    Labelled(
        "Goïta",
        _GOITA,
        "k5 Goïta with the diaeresis, Goita counts",
    ),
    Labelled(
        "Tchiani",
        _TCHIANI,
        "k5 Tchiani = Tiani = Тчиани",
    ),
    Labelled(
        "Traoré",
        _TRAOR,
        "k5 Traoré with the accent; Adama Traoré is a trap",
        absent=(
            "en_trap_adama_traore",
            "ru_trap_adama_traore",
        ),
    ),
    Labelled(
        "Araghchi",
        (
            "ru_caspian_summit_tehran",
            "en_caspian_summit_tehran",
            "ru_lavrov_araghchi",
            "en_araqchi_moscow",
        ),
        "k5 Araghchi in English, every rendering",
    ),
    Labelled(
        "Ван И",
        (
            "en_wang_yi_choe",
            "ru_wang_yi_choe",
        ),
        "k5 Wang Yi; the actor Wang Yibo is a trap",
        absent=("en_trap_wang_yibo",),
    ),
    Labelled(
        "Гутерриш",
        _GUTERRISH,
        "k5 Guterres, Гутерриша counts",
    ),
    Labelled(
        "Гросси",
        (
            "en_grossi_sg_bid",
            "ru_grossi_sg_bid",
            "ru_ilyichev_sg",
        ),
        "k5 Rafael Grossi",
    ),
    Labelled(
        "Nebenzia",
        _NEBENZIA,
        "k5 Nebenzia in English",
    ),
    Labelled(
        "Галузин",
        (
            "ru_galuzin_5plus2",
            "en_galuzin_5plus2",
            "ru_galuzin_moldova_elections",
        ),
        "k5 Galuzin",
    ),
    Labelled(
        "Руденко",
        _RUDENKO,
        "k5 Deputy FM Andrei Rudenko; the Nuremberg prosecutor Roman Rudenko is a namesake",
        absent=("ru_trap_rudenko_nuremberg",),
    ),
    Labelled(
        "Andrey Rudenko",
        _RUDENKO,
        "k5 Andrey = Andrei = Андрей Руденко",
        absent=("ru_trap_rudenko_nuremberg",),
    ),
    Labelled(
        "Overchuk",
        _OVERCHUK,
        "k5 Overchuk in English, Оверчук counts",
    ),
    Labelled(
        "Песков",
        (
            "ru_greenland_peskov",
            "en_peskov_greenland",
            "ru_cpc_drones",
            "ru_trap_middle_east",
            "en_trump_testing",
            "ru_peskov_testing",
            "ru_peskov_briefing_aug11",
            "en_peskov_aug11",
        ),
        "k5 Peskov, every post in either language",
    ),
    Labelled(
        "Ушаков",
        (
            "ru_riyadh_lavrov_rubio",
            "ru_ushakov_apec",
        ),
        "k5 Ushakov, Ю.В.Ушакова counts",
    ),
    Labelled(
        "Рябков",
        _RYABKOV,
        "k5 Ryabkov",
    ),
    Labelled(
        "Захарова",
        (
            "ru_moldova_elections_zakharova",
            "ru_zakharova_tripp",
            "ru_zakharova_venezuela",
            "ru_trap_voz_idiom",
            "ru_trap_belena",
            "ru_zakharova_briefing_nov13",
            "en_zakharova_briefing_nov13",
            "ru_zakharova_briefing_jul",
            "en_zakharova_venezuela",
        ),
        "k5 Zakharova, every post in either language",
    ),
    Labelled(
        "Лавров",
        _LAVROV,
        "k5 Lavrov, every post in either language; С.В.Лаврова counts",
    ),
    Labelled(
        "Озеров",
        _OZEROV,
        "k5 Ambassador Oleg Ozerov; the commentator Nikolai Ozerov is a namesake",
        absent=("ru_trap_ozerov_commentator",),
    ),
    Labelled(
        "Oleg Ozerov",
        _OZEROV,
        "k5 Олег Озеров, Олега Озерова",
        absent=("ru_trap_ozerov_commentator",),
    ),
    Labelled(
        "Melik-Bagdasarov", ("ru_melik_bagdasarov",), "k5 transliteration of the hyphenated surname"
    ),
    Labelled(
        "Matsegora",
        (
            "ru_pyongyang_flights",
            "en_pyongyang_flights",
        ),
        "k5 Matsegora = Мацегора",
    ),
    Labelled(
        "Yerkhov",
        (
            "ru_yerkhov_montreux",
            "en_yerkhov_montreux",
        ),
        "k5 Yerkhov: Erkhov and Ерхов count",
    ),
    Labelled(
        "Игорь Громыко",
        ("ru_gromyko_mali",),
        "k5 ambassador Igor Gromyko; the Soviet minister Andrei Gromyko is a namesake",
        absent=("ru_trap_andrei_gromyko",),
    ),
    Labelled(
        "Lyukmanov",
        (
            "ru_oewg_final",
            "en_oewg_final",
            "ru_lyukmanov_interview",
        ),
        "k5 Lyukmanov = Люкманов",
    ),
    Labelled(
        "Эдельгериев",
        (
            "ru_cop30_opens",
            "en_edelgeriev_cop30",
        ),
        "k5 Edelgeriev = Edelgeriyev",
    ),
    Labelled(
        "Koronelli",
        (
            "ru_koronelli_oil",
            "en_koronelli_oil",
        ),
        "k5 Koronelli = Коронелли",
    ),
    Labelled(
        "Машадо",
        (
            "en_machado_nobel",
            "ru_machado_nobel",
        ),
        "k5 Machado spelled the Portuguese way in Russian: Мачадо, Machado",
    ),
    Labelled(
        "Бруно Родригес",
        (
            "ru_lavrov_rodriguez",
            "en_rodriguez_lavrov",
        ),
        "k5 Bruno Rodríguez, Б.Родригесом Паррильей counts",
    ),
    Labelled(
        "«Арктика — территория диалога»",
        ("ru_murmansk_forum",),
        "k6 the forum's Russian title, words together and in order",
    ),
    Labelled('"Territory of Dialogue"', ("en_murmansk_forum",), "k6 the forum's English title"),
    Labelled(
        '"мирное соглашение"',
        _MIRNOE_SOGLASHENIE_ARMENIYA_AZERBAYDZHAN,
        "k6 the two words together; мирном использовании … соглашения apart is a trap",
        absent=("ru_goita_moscow",),
    ),
    Labelled('"peace treaty"', ("en_peace_text_agreed",), "k6 peace treaty together, English"),
    Labelled(
        '"peace agreement"',
        (
            "en_white_house_aug8",
            "en_icj_armenia_azerbaijan",
        ),
        "k6 peace agreement together, English",
    ),
    Labelled(
        '"ядерные испытания"',
        ("ru_peskov_testing",),
        "k6 words together; испытания ядерного оружия is reversed, «Буревестник» apart",
        absent=("ru_burevestnik",),
    ),
    Labelled(
        '"nuclear tests"',
        ("en_trump_testing",),
        "k6 nuclear test(s) together; testing nuclear weapons is in another order",
        absent=("en_burevestnik",),
    ),
    Labelled(
        '"воз и ныне там"',
        ("ru_trap_voz_idiom",),
        "k6 the idiom itself: the one post wanted is the ВОЗ trap of other queries",
    ),
    Labelled('"Глобальный мутирао"', ("ru_cop30_deal",), "k6 the COP30 decision's name"),
    Labelled(
        '"advisory opinion"',
        (
            "en_icj_climate",
            "en_icj_unrwa",
        ),
        "k6 ICJ advisory opinions, English",
    ),
    Labelled(
        '"консультативное заключение"',
        (
            "ru_icj_climate",
            "ru_icj_unrwa",
            "ru_zakharova_briefing_jul",
        ),
        "k6 консультативное заключение in any case",
    ),
    Labelled(
        '"энергетический шантаж"', ("ru_sandu_blackmail",), "k6 Sandu's energy blackmail, inflected"
    ),
    Labelled('"mission accomplished"', ("en_wagner_leaves_mali",), "k6 Wagner leaving Mali"),
    Labelled('"Миссия выполнена"', ("ru_africa_corps_mali",), "k6 the Russian wording"),
    Labelled(
        '"Такой хоккей нам не нужен"',
        ("ru_trap_ozerov_commentator",),
        "k6 the commentator's phrase: here the namesake post is the one wanted",
    ),
    Labelled('"мистер Нет"', ("ru_trap_andrei_gromyko",), "k6 Andrei Gromyko's nickname"),
    Labelled(
        '"strategic partnership"',
        (
            "en_venezuela_treaty",
            "en_dprk_hashtag",
        ),
        "k6 strategic partnership together, English",
    ),
    Labelled(
        '"стратегическом партнёрстве"',
        (
            "ru_lavrov_wonsan",
            "ru_dprk_kursk",
            "ru_venezuela_treaty",
            "ru_melik_bagdasarov",
            "ru_venezuela_ratification",
        ),
        "k6 inflected phrase, партнерство without ё counts",
    ),
    Labelled(
        '"5+2"',
        (
            "ru_galuzin_5plus2",
            "en_galuzin_5plus2",
        ),
        "k6 the Transnistria negotiating format in either language",
    ),
    Labelled('"3+3"', ("ru_zakharova_tripp",), "k6 the South Caucasus regional format"),
    Labelled(
        "КНДР -Лавров",
        (
            "ru_kim_putin_beijing",
            "en_kim_beijing_parade",
            "en_dprk_kursk",
            "ru_dprk_kursk",
            "en_trap_kim_yo_jong",
            "ru_rudenko_korea",
            "en_rudenko_dprk",
            "ru_pyongyang_flights",
            "en_pyongyang_flights",
            "en_wang_yi_choe",
            "ru_wang_yi_choe",
        ),
        "k7 DPRK posts without Lavrov",
        absent=(
            "ru_lavrov_wonsan",
            "en_lavrov_wonsan",
            "ru_kim_receives_lavrov",
            "ru_choe_moscow",
            "en_choe_moscow",
        ),
    ),
    Labelled(
        "Arctic -Greenland",
        (
            "ru_arctic_council_korchunov",
            "en_arctic_council_korchunov",
            "ru_nsr_cargo",
            "en_nsr_container",
            "ru_nsr_icebreaker",
            "en_nsr_icebreaker",
            "ru_sevmorput_oneliner",
            "ru_grushko_arctic",
            "en_grushko_arctic",
            "en_fwd_arctic_council",
            "ru_arctic_council_repost",
        ),
        "k7 Arctic without Greenland",
        absent=(
            "ru_murmansk_forum",
            "en_murmansk_forum",
            "ru_greenland_peskov",
            "en_greenland_trump",
            "en_peskov_greenland",
            "en_arctic_council_denmark",
            "en_trap_arctic_monkeys",
            "ru_vostok_station",
            "en_vostok_station",
            "ru_atcm_milan",
        ),
    ),
    Labelled(
        "Приднестровье -газ",
        (
            "en_transnistria_gas_jan1",
            "en_sandu_blackmail",
            "en_transnistria_gas_resumes",
            "ru_galuzin_5plus2",
            "en_galuzin_5plus2",
            "ru_zakharova_briefing_nov13",
            "ru_lavrov_presser",
            "en_lavrov_presser",
        ),
        "k7 -газ removes Russian posts with газ; English posts with gas stay",
        absent=(
            "ru_transnistria_gas_jan1",
            "ru_transnistria_gas_resumes",
            "ru_sandu_blackmail",
            "ru_hashtag_transnistria",
        ),
    ),
    Labelled(
        "Transnistria -gas",
        (
            "ru_transnistria_gas_jan1",
            "ru_sandu_blackmail",
            "ru_transnistria_gas_resumes",
            "ru_galuzin_5plus2",
            "en_galuzin_5plus2",
            "ru_zakharova_briefing_nov13",
            "ru_lavrov_presser",
            "ru_hashtag_transnistria",
        ),
        "k7 -gas removes English posts with gas; Russian posts stay",
        absent=(
            "en_transnistria_gas_jan1",
            "en_transnistria_gas_resumes",
            "en_lavrov_presser",
            "en_sandu_blackmail",
        ),
    ),
    Labelled(
        "Мали -Вагнер",
        (
            "ru_goita_moscow",
            "en_goita_moscow",
            "en_goita_term",
            "ru_aes_ecowas",
            "en_aes_ecowas",
            "ru_aes_icc",
            "en_aes_icc",
            "ru_gromyko_mali",
            "en_bamako_blockade",
            "ru_lavrov_aes",
            "en_lavrov_aes",
            "en_aes_joint_force",
            "en_goita_hashtag",
        ),
        "k7 Mali without Wagner",
        absent=(
            "ru_africa_corps_mali",
            "en_wagner_leaves_mali",
            "ru_trap_malibu",
            "en_trap_malibu",
        ),
    ),
    Labelled(
        "Venezuela -Maduro",
        (
            "en_us_boat_strike",
            "ru_zakharova_venezuela",
            "ru_nebenzia_venezuela",
            "en_nebenzia_venezuela",
            "en_machado_nobel",
            "ru_machado_nobel",
            "ru_melik_bagdasarov",
            "ru_zakharova_briefing_nov13",
            "en_zakharova_briefing_nov13",
            "en_venezuela_deportations",
            "ru_venezuela_ratification",
            "en_zakharova_venezuela",
        ),
        "k7 Venezuela without Maduro",
        absent=(
            "ru_venezuela_treaty",
            "en_venezuela_treaty",
            "en_ford_caribbean",
            "ru_ford_caribbean",
            "ru_venezuela_deportations",
        ),
    ),
    Labelled(
        "Куба -блокада",
        (
            "en_cuba_unga_2025",
            "en_cuba_blackout",
            "ru_cuba_blackout",
            "ru_koronelli_oil",
            "en_koronelli_oil",
            "en_rodriguez_lavrov",
            "en_fwd_un_cuba",
        ),
        "k7 -блокада removes Russian posts with блокада; embargo posts stay",
        absent=(
            "ru_cuba_unga_2025",
            "ru_cuba_unga_2024",
            "ru_lavrov_rodriguez",
            "ru_trap_kuban",
            "en_trap_cuba_gooding",
        ),
    ),
    Labelled(
        "Армения -Азербайджан",
        (
            "ru_pashinyan_referendum",
            "ru_overchuk_rail",
            "ru_kopyrkin_summoned",
            "en_kopyrkin_summoned",
            "en_armenia_eu_law",
            "en_pashinyan_referendum",
        ),
        "k7 Armenia without Azerbaijan; the Colombian city is still a trap",
        absent=(
            "ru_peace_text_agreed",
            "en_peace_text_agreed",
            "en_white_house_aug8",
            "ru_white_house_aug8",
            "en_trap_armenia_colombia",
            "ru_trap_armenia_colombia",
        ),
    ),
    Labelled(
        "ДСНВ -Рябков",
        (
            "ru_putin_dsnv_offer",
            "en_putin_newstart_offer",
            "ru_dsnv_oneliner",
            "en_trump_newstart",
            "ru_trump_dsnv",
            "ru_dsnv_suspension_2023",
            "ru_zakharova_briefing_nov13",
            "en_zakharova_briefing_nov13",
            "ru_lavrov_presser",
            "ru_peskov_briefing_aug11",
            "ru_dsnv_anniversary",
            "en_guterres_newstart",
        ),
        "k7 New START without Ryabkov",
        absent=(
            "ru_ryabkov_dsnv",
            "en_ryabkov_newstart",
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "Каспий -саммит",
        (
            "en_caspian_summit_tehran",
            "en_caspian_sea_level",
            "ru_caspian_sea_level",
            "ru_cpc_drones",
            "en_cpc_drones",
            "ru_lavrov_araghchi",
            "ru_caspian_lavrov_oneliner",
        ),
        "k7 Caspian without Russian саммит; the English summit post stays",
        absent=(
            "ru_caspian_summit_tehran",
            "ru_caspian_ashgabat_2022",
            "en_trap_kaspi",
        ),
    ),
    Labelled(
        "Ким Чен Ын -Путин",
        (
            "en_lavrov_wonsan",
            "ru_kim_receives_lavrov",
            "en_dprk_kursk",
            "ru_dprk_kursk",
            "en_dprk_hashtag",
        ),
        "k7 Kim without Putin",
        absent=(
            "ru_kim_putin_beijing",
            "en_kim_beijing_parade",
            "en_trap_kim_yo_jong",
        ),
    ),
    Labelled(
        "WHO -pandemic",
        (
            "ru_who_pandemic",
            "ru_who_us_exit",
            "ru_who_russia_stays",
        ),
        "k7 -pandemic removes English posts with pandemic; Russian пандемий stays",
        absent=(
            "en_who_pandemic",
            "en_who_us_exit",
            "ru_trap_voz_idiom",
        ),
    ),
    Labelled(
        "Нигер -уран",
        (
            "ru_aes_ecowas",
            "en_aes_ecowas",
            "ru_aes_icc",
            "en_aes_icc",
            "en_niger_uranium",
            "ru_lavrov_aes",
            "en_lavrov_aes",
            "en_aes_joint_force",
        ),
        "k7 Niger without Russian уран",
        absent=(
            "ru_niger_uranium",
            "ru_trap_nigeria",
            "en_trap_nigeria",
        ),
    ),
    Labelled(
        "Sahel -ICC",
        (
            "en_goita_moscow",
            "ru_aes_ecowas",
            "en_aes_ecowas",
            "ru_lavrov_aes",
            "en_lavrov_aes",
            "ru_zakharova_briefing_jul",
            "ru_aes_joint_force",
            "en_aes_joint_force",
        ),
        "k7 Sahel without the ICC; МУС counts as ICC",
        absent=(
            "ru_aes_icc",
            "en_aes_icc",
        ),
    ),
    Labelled(
        "ICJ -climate",
        (
            "ru_icj_climate",
            "en_icj_unrwa",
            "ru_icj_unrwa",
            "ru_icj_ukraine",
            "en_icj_armenia_azerbaijan",
            "ru_zakharova_briefing_jul",
            "ru_icj_armenia_azerbaijan",
        ),
        "k7 -climate removes English climate posts only",
        absent=(
            "en_icj_climate",
            "ru_aes_icc",
            "en_aes_icc",
            "en_icc_mongolia",
        ),
    ),
    Labelled(
        "Guterres -COP30",
        (
            "ru_guterres_belem",
            "ru_migrants_day",
            "en_migrants_day",
            "en_cybercrime_hanoi",
            "ru_grossi_sg_bid",
            "en_guterres_newstart",
        ),
        "k7 Guterres without COP30",
        absent=("en_guterres_belem",),
    ),
    Labelled(
        "Молдавия -выборы",
        (
            "ru_transnistria_gas_jan1",
            "en_transnistria_gas_jan1",
            "ru_gazprom_moldovagaz",
            "ru_sandu_blackmail",
            "en_sandu_blackmail",
            "en_transnistria_gas_resumes",
            "en_moldova_elections",
            "ru_ozerov_summoned",
            "en_ozerov_summoned",
            "en_kallas_chisinau",
            "ru_hashtag_transnistria",
            "en_sandu_kallas_hashtag",
        ),
        "k7 Moldova without Russian выборы",
        absent=(
            "ru_moldova_elections_zakharova",
            "ru_moldova_elections_results",
            "ru_galuzin_moldova_elections",
            "ru_zakharova_briefing_jul",
        ),
    ),
    Labelled(
        "Алиев -Путин",
        (
            "en_white_house_aug8",
            "ru_white_house_aug8",
            "en_ots_gabala",
        ),
        "k7 Ilham Aliyev without Putin; Heydar stays a namesake",
        absent=(
            "ru_aliyev_putin_dushanbe",
            "en_aliyev_putin_dushanbe",
            "ru_trap_heydar_aliyev",
        ),
    ),
    Labelled(
        "COP30 -Belem",
        ("ru_lula_cop30",),
        "k7 COP30 posts not naming Belém in any spelling",
        absent=(
            "en_cop30_opens",
            "ru_cop30_opens",
            "en_cop30_deal",
            "ru_cop30_deal",
            "en_edelgeriev_cop30",
            "en_guterres_belem",
            "ru_zakharova_briefing_nov13",
            "en_zakharova_briefing_nov13",
            "en_hashtag_cop30",
            "en_cop29_baku",
        ),
    ),
    Labelled(
        "Лавров -КНДР",
        (
            "ru_lavrov_aes",
            "en_lavrov_aes",
            "ru_lavrov_rodriguez",
            "en_rodriguez_lavrov",
            "en_trap_new_start",
            "ru_riyadh_lavrov_rubio",
            "ru_russia_africa_sochi",
            "en_russia_africa_sochi",
            "ru_russia_africa_cairo",
            "en_russia_africa_cairo",
            "ru_russia_gcc",
            "en_russia_gcc",
            "ru_lavrov_jaishankar",
            "en_jaishankar_lavrov",
            "ru_lavrov_araghchi",
            "en_araqchi_moscow",
            "en_lavrov_presser",
            "ru_caspian_lavrov_oneliner",
        ),
        "k7 Lavrov without the DPRK",
        absent=(
            "ru_lavrov_wonsan",
            "en_lavrov_wonsan",
            "ru_kim_receives_lavrov",
            "ru_choe_moscow",
            "en_choe_moscow",
            "ru_lavrov_presser",
            "ru_repost_lavrov_kndr",
            "en_dprk_hashtag",
            "ru_lavrov_interview_korea",
            "ru_zakharova_briefing_jul",
        ),
    ),
    Labelled(
        "Трамп -Венесуэла",
        (
            "en_arctic_council_denmark",
            "en_greenland_trump",
            "en_white_house_aug8",
            "ru_white_house_aug8",
            "ru_zakharova_tripp",
            "en_trap_aug18_white_house",
            "en_who_us_exit",
            "ru_who_us_exit",
            "en_trump_newstart",
            "ru_trump_dsnv",
            "en_ryabkov_newstart",
            "en_trump_testing",
            "ru_peskov_testing",
            "ru_busan_trump_xi",
            "en_busan_trump_xi",
        ),
        "k7 Trump without Venezuela",
        absent=(
            "en_us_boat_strike",
            "en_trap_cuba_gooding",
        ),
    ),
    Labelled(
        "1 января",
        _1_YANVARYA,
        "k8 1 January in either language; 21 января is a near miss",
        absent=("ru_who_us_exit",),
    ),
    Labelled(
        "Jan 1",
        _1_YANVARYA,
        "k8 Jan 1 = 1 января",
        absent=("ru_who_us_exit",),
    ),
    Labelled(
        "1 января 2025",
        _1_YANVARYA,
        "k8 with a year: the Gazprom notice states 1 January 2025 too",
        absent=("ru_who_us_exit",),
    ),
    Labelled(
        "8 августа",
        _WHITE_HOUSE_ARMENIA_AZERBAIJAN,
        "k8 8 August; 18 August is a near miss",
        absent=(
            "en_trap_aug18_white_house",
            "ru_overchuk_rail",
        ),
    ),
    Labelled(
        "Aug 8",
        _WHITE_HOUSE_ARMENIA_AZERBAIJAN,
        "k8 Aug 8 = Aug. 8 = 8 авг",
        absent=(
            "en_trap_aug18_white_house",
            "ru_overchuk_rail",
        ),
    ),
    Labelled(
        "08.08.2025",
        _WHITE_HOUSE_ARMENIA_AZERBAIJAN,
        "k8 figures with a year",
        absent=(
            "en_trap_aug18_white_house",
            "ru_overchuk_rail",
        ),
    ),
    Labelled(
        "13 марта",
        (
            "ru_peace_text_agreed",
            "en_peace_text_agreed",
        ),
        "k8 13 March; 13 May is a near miss",
        absent=(
            "ru_arctic_council_korchunov",
            "en_arctic_council_korchunov",
        ),
    ),
    Labelled(
        "23 июля",
        ("ru_icj_climate",),
        "k8 23 July; 23 June is a near miss",
        absent=(
            "ru_goita_moscow",
            "ru_atcm_milan",
        ),
    ),
    Labelled("29 января", ("ru_aes_ecowas",), "k8 29 January"),
    Labelled(
        "22 сентября",
        _22_SENTYABRYA,
        "k8 22 September; the TASS story dated 23 September is a near miss",
        absent=("ru_aes_icc",),
    ),
    Labelled(
        "Sept 22",
        _22_SENTYABRYA,
        "k8 Sept 22 in English",
        absent=("ru_aes_icc",),
    ),
    Labelled(
        "10 ноября",
        (
            "en_cop30_opens",
            "ru_cop30_opens",
            "ru_russia_africa_sochi",
            "en_russia_africa_sochi",
        ),
        "k8 10 November, any year: COP30 (2025) and Sochi (2024)",
    ),
    Labelled(
        "10 ноября 2024",
        _ROSSIYA_AFRIKA_SOCHI,
        "k8 the 2024 Sochi conference only",
        absent=(
            "en_cop30_opens",
            "ru_cop30_opens",
        ),
    ),
    Labelled(
        "Nov 10, 2025",
        (
            "en_cop30_opens",
            "ru_cop30_opens",
        ),
        "k8 the 2025 COP30 opening only",
        absent=(
            "ru_russia_africa_sochi",
            "en_russia_africa_sochi",
        ),
    ),
    Labelled(
        "29 октября",
        ("ru_cuba_unga_2025",),
        "k8 29 October; 30 October is a near miss",
        absent=(
            "ru_cuba_unga_2024",
            "en_trump_testing",
            "ru_peskov_testing",
            "ru_busan_trump_xi",
        ),
    ),
    Labelled(
        "9 октября",
        _PUTIN_ALIEV_DUSHANBE,
        "k8 9 October; 29 октября holds the string but is another day",
        absent=("ru_cuba_unga_2025",),
    ),
    Labelled(
        "3 сентября",
        (
            "ru_kim_putin_beijing",
            "en_kim_beijing_parade",
            "ru_beijing_parade",
            "en_icc_mongolia",
        ),
        "k8 3 September; 23 сентября is another day",
        absent=("ru_aes_icc",),
    ),
    Labelled(
        "7 октября",
        _GABALA,
        "k8 7 October; 27 октября is another day",
        absent=(
            "ru_choe_moscow",
            "en_choe_moscow",
        ),
    ),
    Labelled(
        "Oct 25",
        (
            "ru_cybercrime_hanoi",
            "en_cybercrime_hanoi",
        ),
        "k8 Oct 25; Oct. 5 is a near miss",
        absent=("en_trump_newstart",),
    ),
    Labelled(
        "5 февраля",
        (
            "ru_putin_dsnv_offer",
            "en_putin_newstart_offer",
            "ru_migrants_register",
            "en_russia_migrants",
            "ru_dsnv_anniversary",
        ),
        "k8 5 February, either language, any year: New START and the migrant register",
    ),
    Labelled(
        "5 февраля 2026",
        (
            "ru_putin_dsnv_offer",
            "en_putin_newstart_offer",
            "ru_dsnv_anniversary",
        ),
        "k8 the year picks the New START expiry; the 2025 migrant rules go",
        absent=(
            "ru_migrants_register",
            "en_russia_migrants",
        ),
    ),
    Labelled(
        "10 мая",
        _TRAOR,
        "k8 10 May: Traoré in the Kremlin",
    ),
    Labelled(
        "1 ноября",
        _1_NOYABRYA,
        "k8 1 November; Nov 11 holds the string but is another day",
        absent=("en_cop29_baku",),
    ),
    Labelled(
        "Nov 1",
        _1_NOYABRYA,
        "k8 Nov 1 in English; Nov 11 is a near miss",
        absent=("en_cop29_baku",),
    ),
    Labelled(
        "Каспийский саммит 2022",
        ("ru_caspian_ashgabat_2022",),
        "k8 a typed year: only the Ashgabat summit",
        absent=("ru_caspian_summit_tehran",),
    ),
    Labelled(
        "блокада Кубы 2024",
        ("ru_cuba_unga_2024",),
        "k8 the 2024 vote only",
        absent=("ru_cuba_unga_2025",),
    ),
    Labelled(
        "Cuba embargo 2025",
        _EMBARGO,
        "k8 the 2025 vote in English",
        absent=("ru_cuba_unga_2024",),
    ),
    Labelled(
        "ДСНВ 2023",
        ("ru_dsnv_suspension_2023",),
        "k8 the 2023 suspension only",
        absent=(
            "ru_putin_dsnv_offer",
            "ru_ryabkov_dsnv",
        ),
    ),
    Labelled(
        "COP 2024",
        ("en_cop29_baku",),
        "k8 COP in 2024: the Baku conference",
        absent=("en_cop30_opens",),
    ),
    Labelled(
        "13.11.2025",
        (
            "ru_zakharova_briefing_nov13",
            "en_zakharova_briefing_nov13",
        ),
        "k8 figures: the 13 November briefing",
    ),
    Labelled(
        "#Арктика",
        _ARKTIKA,
        "k9 hashtag means the Arctic, both languages",
        absent=(
            "en_trap_arctic_monkeys",
            "ru_vostok_station",
            "en_vostok_station",
            "ru_atcm_milan",
        ),
    ),
    Labelled(
        "#КНДР",
        _KNDR,
        "k9 hashtag of a country",
    ),
    Labelled(
        "#DPRK",
        _KNDR,
        "k9 Latin hashtag, КНДР and North Korea count",
    ),
    Labelled(
        "#Венесуэла",
        _VENESUELA,
        "k9 hashtag, Venezuela counts",
    ),
    Labelled(
        "#Мали",
        _MALI,
        "k9 hashtag of Mali",
        absent=(
            "ru_trap_malibu",
            "en_trap_malibu",
        ),
    ),
    Labelled(
        "#COP30",
        _KS_30,
        "k9 hashtag, КС-30 counts",
        absent=("en_cop29_baku",),
    ),
    Labelled(
        "#ДСНВ",
        _DSNV,
        "k9 hashtag of the treaty",
        absent=(
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "#Каспий",
        _KASPIY,
        "k9 hashtag of the Caspian",
        absent=("en_trap_kaspi",),
    ),
    Labelled(
        "#Молдавия",
        _MOLDOVA,
        "k9 hashtag; Молдова and Moldova count",
    ),
    Labelled(
        "#Приднестровье",
        _PRIDNESTROVE,
        "k9 hashtag of Transnistria",
    ),
    Labelled(
        "#Сахель",
        (
            "en_goita_moscow",
            "ru_aes_ecowas",
            "en_aes_ecowas",
            "ru_aes_icc",
            "en_aes_icc",
            "ru_lavrov_aes",
            "en_lavrov_aes",
            "ru_zakharova_briefing_jul",
            "ru_aes_joint_force",
            "en_aes_joint_force",
        ),
        "k9 hashtag of the Sahel",
    ),
    Labelled(
        "#брифинг",
        (
            "ru_zakharova_briefing_nov13",
            "ru_peskov_briefing_aug11",
            "ru_zakharova_briefing_jul",
        ),
        "k9 hashtag of a common word: Russian posts with брифинг",
    ),
    Labelled(
        "#Lavrov",
        _LAVROV,
        "k9 hashtag of a person, both scripts",
    ),
    Labelled(
        "кндр",
        _KNDR,
        "k9 lower case abbreviation",
    ),
    Labelled(
        "apec",
        _ATES,
        "k9 lower case APEC",
    ),
    Labelled(
        "ecowas",
        _EKOVAS,
        "k9 lower case ECOWAS",
    ),
    Labelled(
        "дснв",
        _DSNV,
        "k9 lower case ДСНВ",
        absent=(
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "пашинян",
        _PASHINYANA,
        "k9 lower case surname",
    ),
    Labelled(
        "maduro",
        _MADURO,
        "k9 lower case surname",
        absent=("en_trap_ricardo_maduro",),
    ),
    Labelled(
        "kim jong un",
        _KIM_CHEN_YN,
        "k9 lower case name",
        absent=("en_trap_kim_yo_jong",),
    ),
    Labelled(
        "ссагпз",
        _SSAGPZ,
        "k9 lower case ССАГПЗ",
        absent=("en_trap_gcc_compiler",),
    ),
    Labelled(
        "cop30 belem",
        _COP30_BELEM,
        "k9 lower case, no accent",
        absent=("en_cop29_baku",),
    ),
    Labelled(
        "Пашинан",
        _PASHINYANA,
        "k10 typo for Пашинян",
    ),
    Labelled(
        "Гутереш",
        _GUTERRISH,
        "k10 typo for Гутерриш",
    ),
    Labelled(
        "Небензья",
        _NEBENZIA,
        "k10 typo for Небензя",
    ),
    Labelled(
        "Мирзаян",
        (
            "en_peace_text_agreed",
            "ru_white_house_aug8",
        ),
        "k10 typo for Мирзоян",
    ),
    Labelled(
        "Venezuala",
        _VENESUELA,
        "k10 typo for Venezuela",
    ),
    Labelled(
        "Transnistira",
        _PRIDNESTROVE,
        "k10 typo for Transnistria",
    ),
    Labelled(
        "Каспиский",
        _KASPIY,
        "k10 typo for Каспийский",
        absent=("en_trap_kaspi",),
    ),
    Labelled(
        "Джайшанкер",
        _DZHAYSHANKER,
        "k10 typo for Джайшанкар",
    ),
    Labelled(
        "Antartica",
        (
            "ru_atcm_milan",
            "en_atcm_penguins",
            "ru_vostok_station",
            "en_vostok_station",
            "en_atcm_hiroshima",
        ),
        "k10 typo for Antarctica",
    ),
    Labelled(
        "Greenlnad",
        _GRENLANDIYA,
        "k10 typo for Greenland",
    ),
    Labelled("icebraker", ("en_nsr_icebreaker",), "k10 typo for icebreaker, English posts"),
    Labelled(
        "Nothern Sea Route",
        _SMP,
        "k10 typo for Northern",
        absent=("ru_trap_smp_ambulance",),
    ),
    Labelled(
        "Lavorv",
        _LAVROV,
        "k10 typo for Lavrov",
    ),
    Labelled(
        "Montreaux Convention",
        (
            "en_fidan_montreux",
            "en_yerkhov_montreux",
        ),
        "k10 common misspelling of Montreux; the jazz festival holds no convention",
        absent=("en_trap_montreux_jazz",),
    ),
    Labelled(
        "Bosporous",
        _BOSFOR,
        "k10 typo for Bosporus",
    ),
    Labelled(
        "Аверчук",
        _OVERCHUK,
        "k10 typo for Оверчук",
    ),
    Labelled(
        "Мадуру",
        _MADURO,
        "k10 typo for Мадуро",
        absent=("en_trap_ricardo_maduro",),
    ),
    Labelled(
        "Ким Чен Ин",
        _KIM_CHEN_YN,
        "k10 typo for Ким Чен Ын",
        absent=("en_trap_kim_yo_jong",),
    ),
    Labelled(
        "Азербайжан",
        _AZERBAYDZHAN,
        "k10 dropped letter in Азербайджан",
    ),
    Labelled(
        "Буркина-Фассо",
        (
            "ru_aes_ecowas",
            "en_aes_ecowas",
            "ru_aes_icc",
            "en_aes_icc",
            "ru_traore_putin",
            "en_traore_moscow",
            "ru_lavrov_aes",
            "en_lavrov_aes",
            "en_aes_joint_force",
        ),
        "k10 doubled letter",
    ),
    Labelled(
        "Tchiany",
        _TCHIANI,
        "k10 misspelt Tchiani",
    ),
    Labelled("uraniun", ("en_niger_uranium",), "k10 typo for uranium, English posts"),
    Labelled(
        "ледакол",
        _LEDOKOL,
        "k10 typo for ледокол, Russian posts",
    ),
    Labelled(
        "Кишинев",
        _KISHINEV,
        "k11 е for ё: Кишинёв and Кишинев, Chisinau counts",
    ),
    Labelled(
        "Кенджу",
        _ATES_KENDZHU,
        "k11 е for ё: Кёнджу, Gyeongju",
    ),
    Labelled(
        "конвенция Монтре",
        _KONVENTSIYA_MONTRE,
        "k11 е for ё: Конвенция Монтрё, Russian posts",
        absent=("en_trap_montreux_jazz",),
    ),
    Labelled(
        "партнерство",
        (
            "ru_lavrov_wonsan",
            "ru_dprk_kursk",
            "ru_venezuela_treaty",
            "ru_melik_bagdasarov",
            "ru_russia_africa_sochi",
            "ru_russia_africa_cairo",
            "ru_venezuela_ratification",
        ),
        "k11 е for ё: партнёрство in any case, Russian posts",
    ),
    Labelled("Ильичев", ("ru_ilyichev_sg",), "k11 е for ё in a surname: Ильичёв"),
    Labelled(
        "самолета AZAL",
        ("ru_aliyev_putin_dushanbe",),
        "k11 е for ё: самолёта, Russian posts naming AZAL",
    ),
    Labelled(
        "договоренности",
        (
            "ru_minsk_group",
            "ru_peskov_briefing_aug11",
        ),
        "k11 е for ё: договорённости, Russian posts",
    ),
    Labelled(
        "ученые Каспий",
        ("ru_caspian_sea_level",),
        "k11 е for ё: учёные + Caspian",
        absent=("en_trap_kaspi",),
    ),
    Labelled(
        "Лавров Wonsan",
        _VONSAN,
        "k11 mixed scripts: Lavrov + Wonsan",
    ),
    Labelled(
        "COP30 Белен",
        _COP30_BELEM,
        "k11 mixed scripts: COP30 + Belém",
        absent=(
            "en_cop29_baku",
            "ru_trap_belena",
        ),
    ),
    Labelled(
        "Мадуро Venezuela",
        _MADURO,
        "k11 mixed scripts",
        absent=("en_trap_ricardo_maduro",),
    ),
    Labelled(
        "ДСНВ Ryabkov",
        _RYABKOV,
        "k11 mixed scripts: New START + Ryabkov",
    ),
    Labelled("Гоита Moscow", ("en_goita_moscow",), "k11 mixed scripts: Goïta + Moscow"),
    Labelled(
        "APEC Оверчук",
        _ATES_KENDZHU,
        "k11 mixed scripts: APEC + Overchuk",
    ),
    Labelled(
        "ICJ Армения",
        (
            "en_icj_armenia_azerbaijan",
            "ru_icj_armenia_azerbaijan",
        ),
        "k11 mixed scripts: ICJ + Armenia",
        absent=(
            "en_trap_armenia_colombia",
            "ru_trap_armenia_colombia",
        ),
    ),
    Labelled(
        "Choe Лавров",
        _CHOE_LAVROV,
        "k11 mixed scripts: Choe + Lavrov",
    ),
    Labelled(
        "Sahel Лавров",
        (
            "ru_lavrov_aes",
            "en_lavrov_aes",
            "ru_zakharova_briefing_jul",
        ),
        "k11 mixed scripts: Sahel + Lavrov",
    ),
    Labelled(
        "Пхеньян flights",
        ("en_pyongyang_flights",),
        "k11 mixed: Pyongyang + the English common word flights",
    ),
    Labelled(
        "что сказал Песков о Гренландии",
        (
            "ru_greenland_peskov",
            "en_peskov_greenland",
            "ru_peskov_briefing_aug11",
        ),
        "k12 question: Peskov + Greenland",
    ),
    Labelled(
        "кто такой Тчиани",
        _TCHIANI,
        "k12 question about a person",
    ),
    Labelled(
        "who is Choe Son Hui",
        _TSOY_SON_KHI,
        "k12 question about a person, every rendering",
    ),
    Labelled(
        "what did Putin say about New START",
        (
            "ru_putin_dsnv_offer",
            "en_putin_newstart_offer",
            "ru_dsnv_oneliner",
            "en_trump_newstart",
            "ru_trump_dsnv",
            "ru_dsnv_suspension_2023",
        ),
        "k12 Putin + New START, either language",
        absent=(
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "какое предложение Путин сделал по ДСНВ",
        ("ru_trump_dsnv",),
        "k12 предложение (Russian) + Putin + New START",
        absent=(
            "en_trap_new_start",
            "en_trump_testing",
        ),
    ),
    Labelled(
        "где пройдет Каспийский саммит",
        _KASPIYSKIY_SAMMIT,
        "k12 Caspian + саммит; е for ё in пройдёт",
        absent=("en_trap_kaspi",),
    ),
    Labelled(
        "why did Mali Niger and Burkina Faso leave ECOWAS",
        _EKOVAS,
        "k12 three countries + ECOWAS",
        absent=(
            "ru_trap_nigeria",
            "en_trap_nigeria",
            "ru_trap_malibu",
            "en_trap_malibu",
        ),
    ),
    Labelled(
        "почему Мали вышла из МУС",
        (
            "ru_aes_icc",
            "en_aes_icc",
        ),
        "k12 Mali + ICC",
        absent=(
            "en_icj_climate",
            "ru_icj_climate",
            "en_icj_unrwa",
            "ru_icj_unrwa",
        ),
    ),
    Labelled(
        "where is COP30 held",
        _KS_30,
        "k12 COP30",
        absent=("en_cop29_baku",),
    ),
    Labelled(
        "what happened to gas in Transnistria",
        (
            "en_transnistria_gas_jan1",
            "en_sandu_blackmail",
            "en_transnistria_gas_resumes",
            "en_lavrov_presser",
        ),
        "k12 gas (English) + Transnistria",
    ),
    Labelled(
        "что случилось с газом в Приднестровье",
        (
            "ru_transnistria_gas_jan1",
            "ru_sandu_blackmail",
            "ru_transnistria_gas_resumes",
            "ru_hashtag_transnistria",
        ),
        "k12 газ (Russian) + Transnistria",
    ),
    Labelled(
        "кто возглавил делегацию России на КС-30",
        ("ru_cop30_opens",),
        "k12 делегация + COP30 + Russia",
    ),
    Labelled(
        "who led Russia's delegation at APEC",
        ("en_apec_gyeongju",),
        "k12 delegation (English) + APEC + Russia",
    ),
    Labelled(
        "what did Nebenzia say about Venezuela",
        _NEBENZIA,
        "k12 Nebenzia + Venezuela",
    ),
    Labelled(
        "что Рябков сказал про ДСНВ",
        _RYABKOV,
        "k12 Ryabkov + New START",
    ),
    Labelled(
        "where did Lavrov meet Choe Son Hui",
        _CHOE_LAVROV,
        "k12 Lavrov + Choe",
    ),
    Labelled(
        "что Захарова говорила о Венесуэле",
        (
            "ru_zakharova_venezuela",
            "ru_zakharova_briefing_nov13",
            "en_zakharova_briefing_nov13",
            "en_zakharova_venezuela",
        ),
        "k12 Zakharova + Venezuela",
        first="ru_zakharova_venezuela",
    ),
    Labelled(
        "кто представлял Россию в Кёнджу",
        _ATES_KENDZHU,
        "k12 Russia + Gyeongju",
    ),
    Labelled(
        "что решил Международный суд ООН по климату",
        (
            "ru_icj_climate",
            "ru_zakharova_briefing_jul",
        ),
        "k12 ICJ + климат (Russian)",
        first="ru_icj_climate",
        absent=(
            "ru_aes_icc",
            "en_aes_icc",
            "en_icc_mongolia",
        ),
    ),
    Labelled(
        "were North Korean troops in Kursk",
        ("en_dprk_kursk",),
        "k12 North Korea + troops (English) + Kursk",
    ),
    Labelled(
        "who won the Nobel Peace Prize",
        (
            "en_white_house_aug8",
            "en_machado_nobel",
        ),
        "k12 Nobel + peace + prize (English)",
        first="en_machado_nobel",
    ),
    Labelled(
        "кто кандидаты в генсеки ООН",
        (
            "ru_grossi_sg_bid",
            "ru_ilyichev_sg",
        ),
        "k12 кандидат + генсек (= генеральный секретарь) + UN",
    ),
    Labelled(
        "что Лавров обсуждал с Джайшанкаром",
        _DZHAYSHANKER,
        "k12 Lavrov + Jaishankar",
    ),
    Labelled("кто такой Мелик-Багдасаров", ("ru_melik_bagdasarov",), "k12 question about a person"),
    Labelled(
        "что такое Конвенция Монтрё",
        _KONVENTSIYA_MONTRE,
        "k12 Montreux Convention in Russian",
        absent=("en_trap_montreux_jazz",),
    ),
)


def _check() -> None:
    """Every labelled key exists; no key is both expected and absent; first is expected."""
    for q in QUERIES:
        unknown = [k for k in (*q.expected, *q.absent) if k not in POSTS]
        assert not unknown, (q.query, unknown)
        assert not set(q.expected) & set(q.absent), q.query
        assert q.expected, q.query
        assert q.first is None or q.first in q.expected, q.query


_check()

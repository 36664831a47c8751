"""Twenty-fifth labelled search set: Kurils to Yaoundé, an analyst's everyday searches.

The archive holds 258 posts, 130 in Russian and 128 in English, from official channels
(mid, kremlin, government, mfa_russia, un_news, iaea) and agencies and media (tass,
tass_en, ria, interfax, rt, kommersant, xinhua, reuters, ap, afp, aljazeera, bbc, kyodo,
yonhap, vna, irna, dawn, rferl, prensa_latina and others): MID and Kremlin readouts,
briefing excerpts with several topics, TASS, RIA and Interfax leads with datelines
(«МОСКВА, 3 марта. /ТАСС/.»), Reuters, AP and AFP stories ("GENEVA (Reuters) -"),
one-liners, reposts ("Forwarded from"), consular notices, posts with hashtags, links and
emoji. Most of its 37 stories are told twice, in a Russian and an English post worded
independently: Japan's protest at drills on the Kurils and Takaichi's Northern Territories;
the Tumen road bridge to the DPRK; Nicaragua's co-presidents; Bolivia's lithium and
Rodrigo Paz; Milei's midterms and the Malvinas; Sheinbaum's tariffs; To Lam in Moscow;
Cyclone Ditwah in Sri Lanka; Nepal's Gen Z protests, Oli and Karki; Hasina's death
sentence and Yunus's election date; Shehbaz Sharif and the Karachi steel mill; the
Russia–Iran treaty, Pezeshkian and Araghchi; the Oman-mediated talks in Muscat and Rome;
Qatar's mediation for children; Tebboune's pardon of Sansal; the CAR election and
Touadéra; Madagascar's coup and Randrianirina; Raila Odinga's death and Ruto; Russian
fertiliser for Kenya and Malawi; the ECHR's MH17 ruling; the WTO's MC14 in Yaoundé; the
IAEA, Grossi and the Zaporizhzhia plant; Power of Siberia 2; the North–South corridor,
Rasht–Astara and Chabahar; Abkhazia's election and Gunba; the shadow fleet (Kiwala,
Boracay); Pope Leo XIV; the Nobel Peace Prize for Machado; the race for UN
Secretary-General; Intervision; Putin in India; the Dalai Lama's succession; Namibia's
Nujoma and Nandi-Ndaitwah; Chile's Kast; the Kyrgyz–Tajik border treaty; Duterte at the
ICC. Query kinds: k1 organisations and abbreviations in both languages and scripts; k2
events with places; k3 places in Russian case forms and in English; k4 topics and common
words; k5 people, declined surnames, transliteration variants; k6 quoted phrases; k7 a
word excluded with a minus; k8 dates in words and figures, with and without a year; k9
hashtags and lower-case typing; k10 typos of one or two letters; k11 е typed for ё and
mixed-script queries (a Cyrillic word typed on a Latin layout is not expected, so there is
none); k12 questions typed naturally.

Labelling rules, those of the twenty-fourth set: expected holds every post a reader typing
the query wants. A person, organisation, place, abbreviation or date matches in either
language or script, in any case form, spelling, transliteration or abbreviation (a person
named with a given name or initials is that person: Б.А.Гунба for Бадра Гунба; place
adjectives such as алжирский, Курильская гряда or Страсбургский суд and nationality
adjectives such as Qatari, Kenyan or Indian name the place; a day counts in words in
either language or in figures, 10.10 and «двенадцатого апреля» included; a typed year
excludes posts of another year, a post's year being the one its text states or else its
story's). Common words and topics (переговоры, talks, выборы, election, санкции,
sanctions) match only posts in the language typed, in any inflected or derived form of the
same stem (туристы, туристический; траур, траурный; impeachment, impeach; protests,
protested), never a synonym (drills are not exercises, nuclear is not atomic). A query of
several words wants posts holding all of them, each by these rules; prepositions, question
words and verbs such as сказал, said, held, agreed are not terms, nor is the verb of a
typed question (когда ... встречался, who won, кто победил, what did ... say). A quoted
phrase wants its words together and in order, inflected; a hashtag means its word; -word
removes the posts that word matches (a common word typed in Russian removes only Russian
posts, a place or a person removes the posts naming it in either language).

As applied here: IAEA = МАГАТЭ = Международное агентство по атомной энергии; WTO = ВТО =
Всемирная торговая организация; ECHR = ЕСПЧ = Европейский суд по правам человека; ICC =
МУС; WFP = ВПП ООН = World Food Programme (Program); CAR = ЦАР = Центральноафриканская
Республика; DPRK = КНДР = North Korea; ЗАЭС = Запорожская АЭС = ZNPP = Zaporizhzhia
(Zaporozhye) NPP; INSTC = МТК «Север — Юг» = International North–South Transport
Corridor, an abbreviation that finds the corridor in both languages, while the words
«Север — Юг» and North–South, like «Сила Сибири» and Power of Siberia, count as words in
the language typed (a named document made of common words, as Договор о всеобъемлющем
стратегическом партнёрстве); Kuril Islands = Курилы = Курильские острова = Kurils,
Мальвинские острова = Фолклендские острова = Falkland Islands = Las Malvinas, Сухум =
Сухуми = Sukhumi, Киргизия = Кыргызстан = Kyrgyzstan are places; Аракчи = Araghchi =
Araqchi; Туадера = Touadera = Touadéra; То Лам = To Lam = Tô Lâm; Пак Тхэ Сон = Pak
Thae-song; Радзуэлина = Раджоэлина = Rajoelina; Дык Фук = Duc Phuc. A capital does not
stand for its country (Мехико is not Mexico, Доха is not Qatar, Yaoundé is not Cameroon).
A surname alone is its best-known bearer here; a post naming only another bearer is left
unlabelled for the bare surname and is absent for the full name (Nawaz and Omar Sharif for
Shehbaz Sharif, Amancio Ortega for Daniel Ortega, Oburu Odinga for Raila Odinga, Akylbek
Japarov for Sadyr Japarov, Vladislav Ardzinba for Adgur Ardzinba, Sara Duterte for Rodrigo
Duterte, Octavio Paz and Rodrigo Duterte for Rodrigo Paz, Abbé Prévost for Prevost,
Robert Francis Prevost for Pope Francis, Yunus-Bek Yevkurov for Muhammad Yunus).
Posts naming only Pope Leo XIV are not labelled for Prevost, nor posts naming only the
Northern Territories or Shikotan for the Kurils. absent lists precision traps that share a
string but not the meaning: курили (smoked) for Курилы, туманная погода for the river
Туманная, боливар for Боливия, катар (the illness) for Катар, the АЛЖИР camp near Astana for
Алжир, Мальвина the puppet for the Malvinas, the Коломбо TV series for Colombo, the
Madagascar cartoon and musical, New Mexico and its green chile for Mexico, соус чили for
Чили, Indiana for Indian, царь for ЦАР and car sales for CAR, ВТО for высокоточное оружие
and UNWTO for the WTO, the Zaporozhets car for Zaporizhzhia, muscat grapes for Muscat, woman
and spokeswoman for Oman, couple's for coup, Аракчеев for Аракчи, the Dalai Lama and «то»
for То Лам, Далай-лама XIV for Лев XIV, видимость and стоимость for мост; near-miss days (9
and 10 February; 1, 2, 11 and 12 March; 26 and 29 March; 2 and 12 April; 9, 10 and 19 July;
9, 19 and 29 September; Oct 10 and Dec 10; 23 September and 23 October; 7, 17 and 18
November; 4 and 5 December; 18 and 28 December); the other year (12 February 2025 in La Paz,
the 2024 Nobel Peace Prize, MC13 of 2024, Abkhazia's protests of 2024); one word of a quoted
phrase without the other or the words in another order (теневая экономика, an airline's
fleet in the shadow of sanctions, морозы в Сибири набирают силу, power outages in Siberia,
«с юга на север», South-to-North, the chemistry prize and «материалов мира»); and a minus
query's excluded posts. first is set only where one post is clearly what a reader wants on
top.
Written blind in session 50: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ------------------------------------------------------------- Kurils and Japan
    "ru_kuril_drills": (
        (9, 10),
        "tass",
        "ЮЖНО-САХАЛИНСК, 10 сентября. /ТАСС/. Подразделения Восточного военного округа "
        "приступили к учениям на островах Итуруп и Кунашир Курильской гряды. В манёврах "
        "задействованы около 1,5 тыс. военнослужащих и береговые ракетные комплексы "
        "«Бастион», сообщили в пресс-службе округа. #Курилы",
    ),
    "en_kuril_protest": (
        (9, 10),
        "kyodo",
        "TOKYO, Sept. 10 (Kyodo) -- Japan lodged a protest with Russia on Wednesday over "
        "military exercises on two of the Russian-held islands off Hokkaido, Etorofu and "
        "Kunashiri, known in Russia as Iturup and Kunashir. Tokyo calls the four islands the "
        "Northern Territories, while Moscow calls them the Southern Kurils. The dispute has "
        "kept the two countries from signing a peace treaty formally ending World War II.",
    ),
    "ru_briefing_sep11": (
        (9, 11),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, Москва, "
        "11 сентября 2025 года\n\n"
        "🔹 О протесте Японии в связи с учениями на Курилах\n"
        "Токио вновь заявил «протест» в связи с плановыми учениями на наших островах. "
        "Южные Курилы — неотъемлемая часть территории Российской Федерации, суверенитет над "
        "ними закреплён по итогам Второй мировой войны.\n\n"
        "🔹 О ситуации в Непале\n"
        "Рекомендуем российским гражданам воздержаться от поездок в Непал до стабилизации "
        "обстановки. Посольство России в Катманду работает в штатном режиме, телефон "
        "дежурной службы: +977 1 4412155.\n\n"
        "🔹 О конкурсе «Интервидение»\n"
        "20 сентября в Москве пройдёт международный конкурс «Интервидение». Своё участие "
        "подтвердили исполнители из 23 стран.\n\n#брифинг #Захарова",
    ),
    "ru_kuril_takaichi": (
        (11, 8),
        "tass",
        "ТОКИО, 8 ноября. /ТАСС/. Премьер-министр Японии Санаэ Такаити заявила в "
        "парламенте, что её кабинет будет добиваться решения вопроса о принадлежности "
        "«северных территорий» и заключения мирного договора с Россией. Так в Японии "
        "называют южную часть Курильских островов.",
    ),
    "en_kuril_takaichi": (
        (11, 7),
        "mfa_watch",
        "Forwarded from Japan Today\n\n"
        "Takaichi vows to resolve Northern Territories dispute with Russia. Prime Minister "
        "Sanae Takaichi told parliament on Friday, Nov 7, that Japan would seek a peace "
        "treaty with Russia once the sovereignty of the four islands is settled.\n"
        "https://japantoday.com/category/politics/takaichi-northern-territories",
    ),
    "ru_shikotan_schooner": (
        (6, 17),
        "interfax",
        "Пограничники задержали японскую рыболовецкую шхуну в территориальном море России "
        "у острова Шикотан Малой Курильской гряды. На борту обнаружено около 300 кг "
        "незаконно добытого осьминога, сообщили в пограничном управлении ФСБ по "
        "Сахалинской области.",
    ),
    "en_japan_fishing_boat": (
        (6, 18),
        "kyodo",
        "Japan protested to Moscow after Russian border guards seized a Hokkaido fishing "
        "boat near Shikotan island, the Foreign Ministry in Tokyo said.",
    ),
    "en_kuril_bastion": (
        (12, 4),
        "ap",
        "TOKYO (AP) — Russia has deployed Bastion coastal missile systems on Paramushir, an "
        "island in the northern part of the Kuril chain, Japan's Defense Ministry said, "
        "calling the move 'regrettable'.",
    ),
    "ru_smoking_day": (
        (5, 31),
        "ria",
        "Всемирный день без табака. По данным опроса, 18% россиян курили в течение "
        "последнего месяца, ещё 7% бросили курить за последний год. Минздрав напоминает о "
        "вреде вейпов для подростков.",
    ),
    "ru_iturup_airport": (
        (7, 1),
        "tass",
        "Аэропорт Итуруп принял первый рейс из Хабаровска после реконструкции "
        "взлётно-посадочной полосы. #Курилы",
    ),
    "en_kuril_zakharova": (
        (9, 11),
        "tass_en",
        "Russian Foreign Ministry spokeswoman Maria Zakharova dismissed Japan's protest over "
        "drills on the Kuril Islands, saying Russia's sovereignty over the islands was "
        "'beyond question'.",
    ),
    "en_iturup_airport": (
        (7, 1),
        "tass_en",
        "Iturup airport reopens to flights from Khabarovsk after a runway rebuild. #Kurils",
    ),
    # ------------------------------------------------------------- Tumen bridge, DPRK
    "ru_tumen_bridge": (
        (4, 30),
        "government",
        "Михаил Мишустин принял участие в церемонии начала строительства автомобильного "
        "моста через реку Туманная\n\n"
        "Председатель Правительства в режиме видеоконференции вместе с Премьером Кабинета "
        "министров КНДР Пак Тхэ Соном дал старт строительству первого автомобильного моста "
        "между Россией и Корейской Народно-Демократической Республикой. Мост длиной около "
        "1 км соединит Хасан и Туманган. «Мост станет символом дружбы наших народов», — "
        "отметил Михаил Мишустин.\n\n#Мишустин #КНДР",
    ),
    "en_tumen_bridge": (
        (4, 30),
        "yonhap",
        "SEOUL, April 30 (Yonhap) -- North Korea and Russia on Wednesday broke ground on a "
        "road bridge across the Tumen River, their first road link, in a sign of deepening "
        "military and economic cooperation, Pyongyang's state media said. North Korean "
        "Premier Pak Thae-song and Russian Prime Minister Mikhail Mishustin attended the "
        "ceremony by video link.",
    ),
    "ru_tumen_oneliner": (
        (8, 14),
        "ria",
        "Строители моста через Туманную завершили установку опор на российском берегу. #Хасан",
    ),
    "en_tumen_satellite": (
        (8, 14),
        "nk_watch",
        "Forwarded from NK News\n\nSatellite imagery shows piers rising on both banks of the "
        "Tumen as work on the Russia–North Korea road bridge speeds up. "
        "https://www.nknews.org/2025/08/tumen-bridge",
    ),
    "en_kim_tumen": (
        (12, 20),
        "kcna_watch",
        "Kim Jong Un inspected the Tumen River road bridge site, KCNA said, urging builders "
        "to finish ahead of schedule.",
    ),
    "ru_fog_moscow": (
        (10, 14),
        "rt",
        "Туманная погода сохранится в Москве до полудня: видимость местами снизится до 200 "
        "метров, предупредили синоптики.",
    ),
    "ru_varyag_day": (
        (2, 9),
        "mid",
        "9 февраля — 121 год со дня героического боя крейсера «Варяг» и канонерской лодки "
        "«Кореец» с неприятельской эскадрой у Чемульпо. Вечная память героям! #ДеньПамяти",
    ),
    "en_dprk_kim_letter": (
        (6, 12),
        "kcna_watch",
        "Kim Jong Un sent a message of greetings to Vladimir Putin on Russia Day, KCNA said, "
        "praising the 'invincible alliance' between the DPRK and Russia.",
    ),
    "ru_kim_letter": (
        (6, 12),
        "ria",
        "Ким Чен Ын направил Владимиру Путину поздравление с Днём России, назвав отношения "
        "двух стран «непобедимым союзом».",
    ),
    # ------------------------------------------------------------- Nicaragua
    "en_nicaragua_copresidents": (
        (1, 30),
        "ap",
        "MANAGUA, Nicaragua (AP) — Nicaragua's National Assembly on Thursday approved a "
        "sweeping constitutional reform that makes President Daniel Ortega and his wife, "
        "Vice President Rosario Murillo, 'co-presidents' and extends the presidential term "
        "from five to six years. Critics call it the final step in the couple's "
        "consolidation of power.",
    ),
    "ru_nicaragua_copresidents": (
        (1, 31),
        "ria",
        "Парламент Никарагуа одобрил конституционную реформу, по которой Даниэль Ортега и "
        "его супруга Росарио Мурильо становятся сопрезидентами страны. Срок президентских "
        "полномочий увеличен с пяти до шести лет.",
    ),
    "ru_nicaragua_mid": (
        (7, 19),
        "mid",
        "С.В.Лавров направил поздравление Министру иностранных дел Республики Никарагуа в "
        "связи с 46-й годовщиной Сандинистской народной революции, которая отмечается "
        "19 июля. Россия и Никарагуа — надёжные партнёры. #Никарагуа",
    ),
    "en_nicaragua_nuclear": (
        (9, 3),
        "prensa_latina",
        "MANAGUA, Sept 3 (Prensa Latina) Nicaragua and Russia signed a memorandum on the "
        "peaceful uses of nuclear energy, including a nuclear medicine centre, co-president "
        "Rosario Murillo announced.",
    ),
    "en_ortega_birthday": (
        (11, 11),
        "ap",
        "Nicaragua's Daniel Ortega turns 80 amid questions about his health; co-president "
        "Rosario Murillo leads the celebrations.",
    ),
    "en_amancio_ortega": (
        (4, 2),
        "reuters",
        "Inditex founder Amancio Ortega has bought an office tower in Miami for $250 "
        "million, adding to the property empire of Spain's richest man, a source said.",
    ),
    "ru_amancio_ortega": (
        (4, 3),
        "kommersant",
        "Основатель Inditex Амансио Ортега купил офисную башню в Майами за $250 млн.",
    ),
    # ------------------------------------------------------------- Bolivia and lithium
    "ru_bolivia_lithium": (
        (2, 12),
        "interfax",
        "ЛА-ПАС, 12 февраля. /Интерфакс/. Комиссия парламента Боливии продолжила "
        "рассмотрение контракта с компанией Uranium One Group, входящей в Росатом, на "
        "строительство завода по производству карбоната лития на солончаке Уюни. "
        "Стоимость проекта оценивается в $970 млн.",
    ),
    "en_bolivia_lithium": (
        (11, 12),
        "reuters",
        "LA PAZ, Nov 12 (Reuters) - Bolivia's new president Rodrigo Paz said his government "
        "would review lithium contracts signed by his predecessor with Russia's Uranium One "
        "and China's CBC, saying the deals for the Uyuni salt flat lacked transparency.",
    ),
    "ru_lithium_oneliner": (
        (11, 13),
        "ria",
        "Пас пообещал пересмотреть литиевые контракты с Россией и Китаем. #Боливия",
    ),
    "ru_bolivia_paz": (
        (11, 8),
        "tass",
        "ЛА-ПАС, 8 ноября. /ТАСС/. Родриго Пас вступил в должность президента Боливии, "
        "завершив почти 20-летнее правление левых. Церемония инаугурации прошла в здании "
        "Законодательной ассамблеи.",
    ),
    "en_bolivia_runoff": (
        (10, 19),
        "ap",
        "LA PAZ, Bolivia (AP) — Centrist senator Rodrigo Paz won Bolivia's presidential "
        "runoff on Sunday, defeating former President Jorge 'Tuto' Quiroga and ending two "
        "decades of leftist rule amid the worst economic crisis in a generation.",
    ),
    "ru_bolivia_runoff": (
        (10, 20),
        "tass",
        "ЛА-ПАС, 20 октября. /ТАСС/. Сенатор Родриго Пас победил во втором туре "
        "президентских выборов в Боливии, набрав 54,5% голосов.",
    ),
    "ru_bolivar_rate": (
        (7, 23),
        "ria",
        "Курс боливара к доллару обновил исторический минимум, инфляция в Венесуэле ускорилась.",
    ),
    # ------------------------------------------------------------- Argentina, Milei, Malvinas
    "en_milei_midterms": (
        (10, 27),
        "ap",
        "BUENOS AIRES, Argentina (AP) — President Javier Milei's party won a decisive "
        "victory in Argentina's midterm elections on Sunday, a boost for his chainsaw "
        "austerity program days after the Trump administration pledged a $20 billion "
        "currency swap.",
    ),
    "ru_milei_midterms": (
        (10, 27),
        "ria",
        "Партия президента Аргентины Хавьера Милея «Свобода продвигается» победила на "
        "промежуточных выборах в конгресс, набрав более 40% голосов.",
    ),
    "en_argentina_swap": (
        (10, 9),
        "reuters",
        "WASHINGTON, Oct 9 (Reuters) - U.S. Treasury Secretary Scott Bessent said Washington "
        "had finalised a $20 billion currency swap line with Argentina's central bank and "
        "bought Argentine pesos, a lifeline for Milei before the midterms.",
    ),
    "ru_argentina_swap": (
        (10, 10),
        "ria",
        "Минфин США завершил оформление валютного свопа с Аргентиной на $20 млрд.",
    ),
    "ru_malvinas": (
        (4, 2),
        "tass",
        "БУЭНОС-АЙРЕС, 2 апреля. /ТАСС/. Аргентина отмечает День ветеранов и павших в "
        "войне за Мальвинские острова. Президент Хавьер Милей заявил, что страна намерена "
        "вернуть суверенитет над архипелагом дипломатическим путём. Великобритания, "
        "называющая острова Фолклендскими, отвергает переговоры о суверенитете.",
    ),
    "en_falklands": (
        (4, 2),
        "reuters",
        "BUENOS AIRES, April 2 (Reuters) - Argentine President Javier Milei said on "
        "Wednesday that the Falkland Islands, which Argentina calls Las Malvinas, would one "
        "day return to Argentine hands, speaking at a ceremony for veterans of the 1982 war "
        "with Britain.",
    ),
    "ru_malvina_puppets": (
        (3, 27),
        "kultura",
        "Театр кукол имени Образцова показал премьеру «Золотого ключика»: Буратино, Мальвина "
        "и Пьеро вернулись на сцену в новой постановке.",
    ),
    # ------------------------------------------------------------- Mexico, Sheinbaum
    "en_sheinbaum_tariffs": (
        (9, 10),
        "reuters",
        "MEXICO CITY, Sept 10 (Reuters) - Mexico's government proposed tariffs of up to 50% "
        "on cars from China and other Asian countries without trade deals, President "
        "Claudia Sheinbaum said, in a move seen as aligning with Washington.",
    ),
    "ru_sheinbaum_tariffs": (
        (9, 11),
        "ria",
        "Президент Мексики Клаудия Шейнбаум предложила ввести пошлины до 50% на автомобили "
        "из Китая и других азиатских стран, не имеющих с Мексикой торговых соглашений.",
    ),
    "ru_mexico_mid": (
        (9, 16),
        "mid",
        "С.В.Лавров направил поздравление Министру иностранных дел Мексиканских "
        "Соединённых Штатов Х.Р. де ла Фуэнте по случаю Дня независимости. #Мексика",
    ),
    "en_sheinbaum_troops": (
        (2, 4),
        "ap",
        "Sheinbaum: Mexico will send 10,000 National Guard troops to the U.S. border in "
        "exchange for a pause on tariffs.",
    ),
    "ru_sheinbaum_troops": (
        (2, 4),
        "ria",
        "Шейнбаум: Мексика направит 10 тыс. военнослужащих Нацгвардии на границу с США в "
        "обмен на отсрочку пошлин.",
    ),
    "en_new_mexico_floods": (
        (6, 18),
        "ap",
        "RUIDOSO, N.M. (AP) — Flash floods swept through the mountain village of Ruidoso in "
        "New Mexico, killing three people, including two children.",
    ),
    "ru_new_mexico_floods": (
        (6, 18),
        "ria",
        "Наводнение в американском штате Нью-Мексико унесло жизни трёх человек.",
    ),
    "ru_octavio_paz": (
        (3, 31),
        "kultura",
        "В Мехико отметили 111-ю годовщину со дня рождения поэта и нобелевского лауреата "
        "Октавио Паса.",
    ),
    # ------------------------------------------------------------- Vietnam, To Lam
    "ru_tolam_kremlin": (
        (5, 10),
        "kremlin",
        "Российско-вьетнамские переговоры\n\n"
        "Владимир Путин провёл в Кремле переговоры с Генеральным секретарём ЦК "
        "Коммунистической партии Вьетнама То Ламом, прибывшим в Россию для участия в "
        "торжествах по случаю 80-летия Победы. Подписано совместное заявление и пакет "
        "документов, в том числе о сотрудничестве в области мирного атома.\n\n"
        "#Путин #Вьетнам",
    ),
    "en_tolam_kremlin": (
        (5, 10),
        "vna",
        "MOSCOW, May 10 (VNA) – General Secretary of the Communist Party of Vietnam Central "
        "Committee Tô Lâm held talks with Russian President Vladimir Putin in the Kremlin, "
        "with the two sides agreeing to step up cooperation in nuclear energy, oil and gas.",
    ),
    "ru_tolam_parade": (
        (5, 9),
        "ria",
        "То Лам и Си Цзиньпин заняли места на трибуне у Мавзолея перед началом парада.",
    ),
    "ru_vietnam_npp": (
        (1, 14),
        "interfax",
        "«Росатом» и вьетнамская EVN договорились начать переговоры о строительстве первой "
        "во Вьетнаме атомной электростанции «Ниньтхуан-1».",
    ),
    "en_vietnam_npp": (
        (1, 14),
        "reuters",
        "HANOI, Jan 14 (Reuters) - Vietnam and Russia's Rosatom agreed to start talks on "
        "building Vietnam's first nuclear power plant, Ninh Thuan 1.",
    ),
    "ru_consular_hanoi": (
        (2, 3),
        "mid",
        "Консульский отдел Посольства России во Вьетнаме с 10 февраля принимает "
        "посетителей по новому адресу. Запись — через сайт посольства. #консульство",
    ),
    "en_tolam_parade": (
        (5, 9),
        "xinhua",
        "Chinese President Xi Jinping and Vietnamese leader To Lam watched the Victory Day "
        "parade on Red Square.",
    ),
    # ------------------------------------------------------------- Sri Lanka
    "ru_srilanka_consular": (
        (11, 29),
        "mid",
        "Посольство России в Коломбо информирует\n\n"
        "В связи с прохождением циклона «Дитва» в Шри-Ланке объявлено чрезвычайное "
        "положение. Российским туристам рекомендуется воздержаться от поездок в "
        "центральные районы острова. Горячая линия посольства: +94 11 2573555.\n\n"
        "#консульство #ШриЛанка",
    ),
    "en_srilanka_cyclone": (
        (11, 30),
        "aljazeera",
        "Cyclone Ditwah: Sri Lanka's death toll rises above 300 as President Anura Kumara "
        "Dissanayake declares a state of emergency. Floods and landslides have cut off much "
        "of the central highlands, and Colombo has appealed for international help.",
    ),
    "ru_srilanka_flight": (
        (12, 3),
        "ria",
        "«Аэрофлот» выполнит вывозной рейс из Коломбо для российских туристов, оказавшихся "
        "в Шри-Ланке после циклона.",
    ),
    "en_srilanka_russians": (
        (12, 1),
        "tass_en",
        "About 1,200 Russian tourists are in Sri Lanka, the Russian embassy in Colombo said, "
        "adding that none had been hurt by Cyclone Ditwah.",
    ),
    "ru_srilanka_aid": (
        (12, 2),
        "mid",
        "По поручению Президента России самолёт МЧС доставил в Шри-Ланку 35 тонн "
        "гуманитарной помощи. Президент Шри-Ланки Анура Кумара Дисанаяке поблагодарил "
        "российскую сторону.",
    ),
    "en_srilanka_aid": (
        (12, 2),
        "tass_en",
        "A Russian Emergencies Ministry plane delivered 35 tonnes of humanitarian aid to Sri "
        "Lanka.",
    ),
    "ru_columbo_tv": (
        (8, 1),
        "rt",
        "Телеканал «Дом кино» покажет все десять сезонов сериала «Коломбо» с Питером Фальком.",
    ),
    # ------------------------------------------------------------- Nepal
    "ru_nepal_oli": (
        (9, 9),
        "tass",
        "КАТМАНДУ, 9 сентября. /ТАСС/. Премьер-министр Непала Кхадга Прасад Шарма Оли подал "
        "в отставку на фоне массовых молодёжных протестов, вызванных запретом социальных "
        "сетей. В ходе беспорядков погибли по меньшей мере 19 человек, протестующие "
        "подожгли здание парламента.",
    ),
    "en_nepal_oli": (
        (9, 9),
        "reuters",
        "KATHMANDU, Sept 9 (Reuters) - Nepal's Prime Minister K.P. Sharma Oli resigned on "
        "Tuesday after protesters set fire to parliament in the worst unrest in decades, "
        "triggered by a ban on social media platforms. Police had killed at least 19 people "
        "in protests led by young people calling themselves 'Gen Z'.",
    ),
    "ru_nepal_karki": (
        (9, 12),
        "ria",
        "Бывший председатель Верховного суда Непала Сушила Карки стала первой женщиной — "
        "премьер-министром страны. Она возглавит временное правительство до выборов "
        "5 марта 2026 года.",
    ),
    "en_nepal_karki": (
        (9, 12),
        "ap",
        "KATHMANDU, Nepal (AP) — Former Chief Justice Sushila Karki was sworn in as Nepal's "
        "interim prime minister on Friday, the first woman to hold the post, and parliament "
        "was dissolved with elections set for March 5, 2026.",
    ),
    "ru_nepal_curfew": (
        (9, 8),
        "rt",
        "Непал: в Катманду введён комендантский час после столкновений протестующих с "
        "полицией. #Непал",
    ),
    "en_nepal_curfew": (
        (9, 8),
        "ap",
        "KATHMANDU, Nepal (AP) — Authorities imposed a curfew in Kathmandu after police "
        "opened fire on young protesters demanding an end to a social media ban.",
    ),
    "ru_nepal_consular": (
        (9, 10),
        "mid",
        "Посольство России в Непале: аэропорт Катманду возобновил работу, российские "
        "туристы могут вылететь через Дели и Доху. #консульство",
    ),
    # ------------------------------------------------------------- Bangladesh
    "en_hasina_verdict": (
        (11, 17),
        "aljazeera",
        "DHAKA, Bangladesh — A special tribunal in Bangladesh on Monday, Nov 17, sentenced "
        "ousted Prime Minister Sheikh Hasina to death in absentia for crimes against "
        "humanity over the crackdown on student-led protests last year. Hasina, who fled to "
        "India in August 2024, called the verdict 'rigged'.",
    ),
    "ru_hasina_verdict": (
        (11, 17),
        "ria",
        "Трибунал в Бангладеш 17 ноября заочно приговорил бывшего премьер-министра Шейх "
        "Хасину к смертной казни по делу о подавлении студенческих протестов. Хасина "
        "находится в Индии.",
    ),
    "ru_yunus_election": (
        (12, 11),
        "tass",
        "ДАККА, 11 декабря. /ТАСС/. Избирательная комиссия Бангладеш назначила "
        "парламентские выборы на 12 февраля 2026 года. Глава временного правительства "
        "Мухаммад Юнус призвал партии обеспечить мирное голосование.",
    ),
    "en_yunus_election": (
        (12, 11),
        "reuters",
        "DHAKA, Dec 11 (Reuters) - Bangladesh will hold a general election on Feb. 12, "
        "2026, the election commission said, the first vote since Sheikh Hasina was ousted. "
        "Interim leader Muhammad Yunus urged parties to keep the campaign peaceful.",
    ),
    "en_hasina_extradition": (
        (11, 18),
        "reuters",
        "DHAKA, Nov 18 (Reuters) - Bangladesh asked India to extradite Sheikh Hasina after "
        "her death sentence, a request New Delhi said it was examining.",
    ),
    "ru_hasina_extradition": (
        (11, 18),
        "tass",
        "Бангладеш запросил у Индии экстрадицию Шейх Хасины после вынесения ей смертного "
        "приговора.",
    ),
    "ru_yevkurov_ouagadougou": (
        (7, 8),
        "interfax",
        "Заместитель министра обороны России Юнус-Бек Евкуров прибыл в Уагадугу, где провёл "
        "переговоры с военным руководством Буркина-Фасо.",
    ),
    "en_yevkurov_ouagadougou": (
        (7, 8),
        "rfi",
        "Russian Deputy Defence Minister Yunus-Bek Yevkurov arrived in Ouagadougou for talks "
        "with Burkina Faso's military leadership.",
    ),
    # ------------------------------------------------------------- Pakistan, Sharif
    "ru_sharif_putin": (
        (9, 2),
        "kremlin",
        "Встреча с Премьер-министром Пакистана Шахбазом Шарифом\n\n"
        "В Пекине состоялась беседа Владимира Путина с Премьер-министром Исламской "
        "Республики Пакистан Шахбазом Шарифом. Обсуждались вопросы торгово-экономического "
        "сотрудничества, включая строительство металлургического завода в Карачи, а также "
        "региональная повестка.",
    ),
    "en_sharif_putin": (
        (9, 2),
        "dawn",
        "BEIJING: Prime Minister Shehbaz Sharif met Russian President Vladimir Putin ahead "
        "of China's Victory Day parade and said Pakistan valued its ties with Moscow while "
        "keeping strong relations with Washington. The two leaders discussed the Karachi "
        "steel mill project and energy trade.",
    ),
    "ru_karachi_steel": (
        (5, 13),
        "interfax",
        "Россия и Пакистан подписали протокол о строительстве нового металлургического "
        "завода в Карачи, сообщили в пакистанском правительстве.",
    ),
    "en_karachi_steel": (
        (5, 13),
        "dawn",
        "KARACHI: Pakistan and Russia signed a protocol to set up a new steel mill in "
        "Karachi, the industries ministry said.",
    ),
    "ru_omar_sharif": (
        (7, 10),
        "kultura",
        "10 лет назад, 10 июля 2015 года, умер Омар Шариф — звезда фильмов «Лоуренс "
        "Аравийский» и «Доктор Живаго».",
    ),
    "en_nawaz_sharif": (
        (10, 6),
        "dawn",
        "Former prime minister Nawaz Sharif left for London for a medical check-up, the "
        "PML-N said.",
    ),
    # ------------------------------------------------------------- Iran
    "ru_iran_treaty_kremlin": (
        (1, 17),
        "kremlin",
        "Российско-иранские переговоры\n\n"
        "17 января Владимир Путин провёл в Кремле переговоры с Президентом Исламской "
        "Республики Иран Масудом Пезешкианом. По итогам переговоров лидеры подписали "
        "Договор о всеобъемлющем стратегическом партнёрстве между Российской Федерацией и "
        "Исламской Республикой Иран. Рассматривались вопросы строительства железной дороги "
        "Решт — Астара и поставок российского газа в Иран.\n\n#Путин #Иран",
    ),
    "en_iran_treaty": (
        (1, 17),
        "reuters",
        "MOSCOW, Jan 17 (Reuters) - Russian President Vladimir Putin and Iranian President "
        "Masoud Pezeshkian signed a 20-year strategic partnership treaty in the Kremlin on "
        "Friday, deepening ties between two countries under Western sanctions. The pact does "
        "not include a mutual defence clause.",
    ),
    "ru_iran_treaty_force": (
        (10, 2),
        "mid",
        "О вступлении в силу Договора о всеобъемлющем стратегическом партнёрстве между "
        "Россией и Ираном\n\n"
        "2 октября 2025 года вступил в силу Договор о всеобъемлющем стратегическом "
        "партнёрстве между Российской Федерацией и Исламской Республикой Иран, подписанный "
        "17 января 2025 года в Москве. Документ выводит двусторонние отношения на новый "
        "уровень.",
    ),
    "en_iran_treaty_force": (
        (10, 2),
        "irna",
        "The Comprehensive Strategic Partnership Treaty between Iran and Russia entered "
        "into force on Thursday, Oct. 2, Iran's foreign ministry spokesman Esmaeil Baghaei "
        "said.",
    ),
    "en_pezeshkian_treaty": (
        (1, 18),
        "irna",
        "Pezeshkian: the strategic partnership treaty with Russia is not directed against "
        "any third country. #Iran #Russia",
    ),
    "ru_pezeshkian_oneliner": (
        (1, 18),
        "ria",
        "Пезешкиан: договор с Россией не направлен против третьих стран.",
    ),
    "ru_lavrov_araghchi": (
        (4, 18),
        "mid",
        "О переговорах С.В.Лаврова с Министром иностранных дел Исламской Республики Иран "
        "А.Аракчи\n\n"
        "18 апреля в Москве состоялись переговоры Министра иностранных дел России "
        "С.В.Лаврова с Министром иностранных дел Ирана А.Аракчи. Министры обсудили ход "
        "ирано-американских контактов при посредничестве Омана, ситуацию вокруг иранской "
        "ядерной программы и реализацию Договора о всеобъемлющем стратегическом "
        "партнёрстве.\n\n#Россия #Иран",
    ),
    "en_araghchi_moscow": (
        (4, 18),
        "tass_en",
        "MOSCOW, April 18. /TASS/. Iranian Foreign Minister Abbas Araghchi, who is on a "
        "visit to Moscow, handed over a message from Supreme Leader Ali Khamenei to "
        "President Vladimir Putin and held talks with Sergey Lavrov on the Oman-mediated "
        "negotiations with the United States.",
    ),
    "ru_arakcheev_museum": (
        (9, 28),
        "ria",
        "В Новгородской области после реставрации открылся музей графа Аракчеева в селе Грузино.",
    ),
    # ------------------------------------------------------------- Oman talks
    "en_muscat_talks": (
        (4, 12),
        "reuters",
        "MUSCAT, April 12 (Reuters) - Iran and the United States held indirect talks in "
        "Oman's capital on Saturday, with Omani Foreign Minister Badr Albusaidi shuttling "
        "between Iranian Foreign Minister Abbas Araqchi and U.S. envoy Steve Witkoff. Both "
        "sides called the talks constructive and agreed to meet again next week.",
    ),
    "ru_oman_talks": (
        (4, 12),
        "ria",
        "МАСКАТ, 12 апреля — РИА Новости. Переговоры Ирана и США в Омане завершились, "
        "следующий раунд пройдёт через неделю, сообщил министр иностранных дел Ирана Аббас "
        "Аракчи. Посредником выступил глава МИД Омана Бадр аль-Бусаиди, спецпосланник США "
        "Стив Уиткофф провёл с иранской делегацией краткую прямую беседу.",
    ),
    "ru_oman_rome": (
        (4, 19),
        "tass",
        "РИМ, 19 апреля. /ТАСС/. Второй раунд ирано-американских переговоров при "
        "посредничестве Омана прошёл в посольстве султаната в Риме.",
    ),
    "en_oman_rome": (
        (4, 19),
        "ap",
        "ROME (AP) — Iran and the United States held a second round of Oman-mediated talks "
        "at the Omani ambassador's residence in Rome on Saturday.",
    ),
    "en_oman_briefing": (
        (4, 16),
        "mfa_russia",
        "Maria Zakharova: Moscow welcomes Oman's mediation between Iran and the United "
        "States and hopes the talks in Muscat continue.",
    ),
    "en_muscat_grapes": (
        (9, 1),
        "ap",
        "SAMOS, Greece (AP) — Winemakers on the Greek island of Samos expect a record "
        "muscat harvest this year despite the summer heatwave.",
    ),
    # ------------------------------------------------------------- Qatar mediation
    "ru_qatar_children": (
        (10, 21),
        "tass",
        "ДОХА, 21 октября. /ТАСС/. При посредничестве Катара с семьями воссоединились ещё "
        "несколько детей из России и Украины. Уполномоченный по правам ребёнка Мария "
        "Львова-Белова поблагодарила катарскую сторону за содействие.",
    ),
    "en_qatar_children": (
        (10, 21),
        "aljazeera",
        "Qatari mediation reunites Ukrainian and Russian children with their families. "
        "Doha has facilitated the return of more than 100 children since 2023, Qatar's "
        "Minister of State Mohammed Al-Khulaifi said.",
    ),
    "ru_qatar_lvova": (
        (6, 5),
        "ria",
        "Львова-Белова: при посредничестве Катара ещё восемь детей вернулись в Россию. #Катар",
    ),
    "en_qatar_lvova": (
        (6, 5),
        "tass_en",
        "Lvova-Belova: eight more children have returned to Russia through Qatar's mediation.",
    ),
    "ru_catarrh": (
        (1, 20),
        "ria",
        "Врачи напомнили: катар верхних дыхательных путей в сезон простуд не стоит лечить "
        "антибиотиками.",
    ),
    # ------------------------------------------------------------- Algeria
    "en_sansal_pardon": (
        (11, 12),
        "afp",
        "ALGIERS (AFP) - Algerian President Abdelmadjid Tebboune on Wednesday pardoned "
        "Boualem Sansal, the French-Algerian writer jailed for a year, after a request from "
        "German President Frank-Walter Steinmeier. Sansal was flown to Germany for medical "
        "treatment.",
    ),
    "ru_sansal_pardon": (
        (11, 12),
        "ria",
        "Президент Алжира Абдельмаджид Теббун помиловал франко-алжирского писателя Буалема "
        "Сансаля по просьбе президента Германии Франка-Вальтера Штайнмайера.",
    ),
    "ru_algeria_lavrov": (
        (3, 4),
        "mid",
        "Телефонный разговор С.В.Лаврова с Министром иностранных дел Алжира А.Аттафом\n\n"
        "Министры обсудили ситуацию в Сахаро-Сахельском регионе и в Ливии, а также "
        "подготовку к заседанию межправкомиссии. #Алжир",
    ),
    "en_algeria_lavrov": (
        (3, 4),
        "mfa_russia",
        "Sergey Lavrov and Algerian Foreign Minister Ahmed Attaf discussed the situation in "
        "the Sahel and Libya in a telephone conversation. #Algeria",
    ),
    "ru_alzhir_museum": (
        (5, 31),
        "kazinform",
        "В День памяти жертв политических репрессий в мемориальном музее «АЛЖИР» под "
        "Астаной (Акмолинский лагерь жён изменников Родины) прошёл траурный митинг.",
    ),
    "en_tebboune_2024": (
        (9, 8),
        "aljazeera",
        "Algeria's President Abdelmadjid Tebboune has won a second term with 84.3 percent "
        "of the vote in the September 2024 election, the electoral authority said.",
    ),
    # ------------------------------------------------------------- Central African Republic
    "ru_car_election": (
        (12, 28),
        "tass",
        "БАНГИ, 28 декабря. /ТАСС/. В Центральноафриканской Республике проходят всеобщие "
        "выборы. Действующий президент Фостен-Арканж Туадера баллотируется на третий срок "
        "после конституционного референдума 2023 года. За безопасностью голосования следят "
        "миротворцы ООН и российские инструкторы.",
    ),
    "en_car_election": (
        (12, 28),
        "reuters",
        "BANGUI, Dec 28 (Reuters) - Central African Republic voters went to the polls on "
        "Sunday in a general election as President Faustin-Archange Touadera sought a "
        "third term, backed by Russian security forces that helped push back a rebel "
        "offensive in 2021.",
    ),
    "en_car_results": (
        (1, 5),
        "afp",
        "BANGUI (AFP) - Touadéra wins third term as CAR president with 76 percent of the "
        "vote, provisional results show; the opposition cries fraud.",
    ),
    "ru_car_results": (
        (1, 5),
        "ria",
        "Туадера переизбран президентом ЦАР, набрав 76% голосов по предварительным данным.",
    ),
    "ru_car_briefing": (
        (12, 18),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 18 декабря\n\n"
        "🔹 О предстоящих выборах в ЦАР\n"
        "Рассчитываем, что голосование 28 декабря пройдёт мирно. Российские инструкторы "
        "продолжат помогать центральноафриканским партнёрам в укреплении безопасности.\n\n"
        "🔹 О выдвижении кандидатов на пост Генсекретаря ООН\n"
        "Россия оценит всех кандидатов по их приверженности Уставу ООН.",
    ),
    "ru_tsar_fyodor": (
        (1, 25),
        "kultura",
        "Малый театр вернул в репертуар «Царя Фёдора Иоанновича» в постановке 1990-х годов.",
    ),
    "en_car_sales": (
        (4, 7),
        "interfax_en",
        "Russian new car sales fell 26% year on year in March, the Autostat agency said.",
    ),
    # ------------------------------------------------------------- Madagascar
    "en_madagascar_coup": (
        (10, 14),
        "reuters",
        "ANTANANARIVO, Oct 14 (Reuters) - An elite military unit said it had seized power "
        "in Madagascar in a coup on Tuesday, shortly after lawmakers voted to impeach "
        "President Andry Rajoelina, who fled the country following weeks of Gen Z-led "
        "protests over water and power cuts. Colonel Michael Randrianirina, head of the "
        "CAPSAT unit, said the military would rule for up to two years.",
    ),
    "ru_madagascar_coup": (
        (10, 14),
        "tass",
        "АНТАНАНАРИВУ, 14 октября. /ТАСС/. Военные Мадагаскара объявили о взятии власти "
        "после того, как парламент проголосовал за импичмент президента Андри Радзуэлины. "
        "Командующий элитным подразделением CAPSAT полковник Микаэль Рандрианирина заявил, "
        "что переходный период продлится до двух лет.",
    ),
    "ru_madagascar_sworn": (
        (10, 17),
        "ria",
        "Полковник Рандрианирина принёс присягу в качестве президента Мадагаскара. #Мадагаскар",
    ),
    "en_madagascar_sworn": (
        (10, 17),
        "reuters",
        "ANTANANARIVO (Reuters) - Colonel Michael Randrianirina was sworn in as Madagascar's "
        "president on Friday, days after his unit seized power.",
    ),
    "en_madagascar_au": (
        (10, 15),
        "ap",
        "ADDIS ABABA, Ethiopia (AP) — The African Union suspended Madagascar from the bloc "
        "'with immediate effect' following the military coup.",
    ),
    "ru_madagascar_au": (
        (10, 15),
        "tass",
        "Африканский союз приостановил членство Мадагаскара после военного переворота.",
    ),
    "ru_briefing_oct16": (
        (10, 16),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 16 октября\n\n"
        "🔹 О ситуации на Мадагаскаре\n"
        "Следим за развитием событий. Призываем все стороны к сдержанности. Угрозы "
        "безопасности российских граждан нет.\n\n"
        "🔹 О присуждении Нобелевской премии мира\n"
        "Решение Норвежского Нобелевского комитета в очередной раз продемонстрировало его "
        "политизированность.\n\n"
        "🔹 О кончине Раилы Одинги\n"
        "Выражаем соболезнования народу Кении.",
    ),
    "en_briefing_oct16": (
        (10, 16),
        "mfa_russia",
        "Key points from Maria Zakharova's briefing, October 16:\n"
        "• Madagascar: Moscow calls on all sides to show restraint.\n"
        "• The Nobel Peace Prize: the Norwegian committee's choice is politicised.\n"
        "• Raila Odinga: condolences to the people of Kenya.\n#MFA #briefing",
    ),
    "ru_madagascar_cartoon": (
        (12, 30),
        "rt",
        "На новогодних каникулах СТС покажет мультфильм «Мадагаскар» и все его продолжения.",
    ),
    "en_madagascar_musical": (
        (2, 14),
        "bbc",
        "Madagascar the Musical, based on the DreamWorks animation, opens in London's West "
        "End this spring.",
    ),
    # ------------------------------------------------------------- Kenya, fertiliser
    "en_odinga_death": (
        (10, 15),
        "bbc",
        "Kenya's former Prime Minister Raila Odinga has died aged 80 while receiving "
        "treatment in the southern Indian state of Kerala, his family said. President "
        "William Ruto declared seven days of national mourning for the veteran opposition "
        "leader.",
    ),
    "ru_odinga_death": (
        (10, 15),
        "ria",
        "Бывший премьер-министр Кении, многолетний лидер оппозиции Раила Одинга скончался в "
        "Индии на 81-м году жизни. Президент Уильям Руто объявил семидневный национальный "
        "траур.",
    ),
    "ru_putin_condolences_kenya": (
        (10, 16),
        "kremlin",
        "Соболезнования Президенту Кении Уильяму Руто в связи с кончиной Раилы Одинги\n\n"
        "«Раила Одинга по праву пользовался высоким авторитетом в Африке и был искренним "
        "другом нашей страны», — говорится в послании Владимира Путина.",
    ),
    "en_putin_condolences_kenya": (
        (10, 16),
        "tass_en",
        "Putin sent condolences to Kenyan President William Ruto over the death of Raila "
        "Odinga, calling him 'a sincere friend of our country'.",
    ),
    "en_oburu_odinga": (
        (10, 20),
        "nation_ke",
        "Siaya Senator Oburu Oginga Odinga has been named acting leader of the ODM party.",
    ),
    "ru_fertiliser_kenya": (
        (6, 3),
        "tass",
        "НАЙРОБИ, 3 июня. /ТАСС/. Партия минеральных удобрений объёмом 34 тыс. тонн, "
        "безвозмездно переданная компанией «Уралхим», доставлена в Кению. Груз более "
        "полутора лет находился в порту Риги из-за санкций ЕС и был отправлен при содействии "
        "Всемирной продовольственной программы ООН.",
    ),
    "en_fertiliser_kenya": (
        (6, 3),
        "reuters",
        "NAIROBI, June 3 (Reuters) - A shipment of 34,000 tonnes of Russian fertiliser "
        "donated by Uralchem has arrived in Kenya after being stuck at the Latvian port of "
        "Riga for more than a year and a half, the World Food Programme said.",
    ),
    "ru_fertiliser_mid": (
        (6, 4),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "доставкой российских удобрений в Кению\n\n"
        "Полтора года гуманитарный груз удерживался властями Латвии. Такова цена "
        "«заботы» Евросоюза о продовольственной безопасности беднейших стран.",
    ),
    "en_fertiliser_mid": (
        (6, 4),
        "mfa_russia",
        "Comment by Maria Zakharova on the delivery of Russian fertilisers to Kenya: the "
        "humanitarian cargo was held in Latvia for a year and a half.",
    ),
    "en_fertilizer_malawi": (
        (2, 27),
        "ap",
        "LILONGWE, Malawi (AP) — Russia has donated 20,000 tons of fertilizer to Malawi "
        "through the U.N. World Food Program, the agriculture ministry said.",
    ),
    "en_kenya_2024": (
        (6, 25),
        "bbc",
        "Protesters stormed Kenya's parliament in Nairobi on 25 June 2024 as MPs passed "
        "a finance bill raising taxes.",
    ),
    # ------------------------------------------------------------- ECHR, MH17
    "en_echr_mh17": (
        (7, 9),
        "reuters",
        "STRASBOURG, July 9 (Reuters) - The European Court of Human Rights ruled on "
        "Wednesday that Russia was responsible for widespread human rights violations in "
        "eastern Ukraine, including the 2014 downing of Malaysia Airlines flight MH17 that "
        "killed 298 people.",
    ),
    "ru_echr_mh17": (
        (7, 9),
        "ria",
        "ЕСПЧ 9 июля признал Россию ответственной за крушение Boeing рейса MH17 над "
        "Донбассом в 2014 году и за нарушения прав человека на Украине. Россия вышла из "
        "Совета Европы в 2022 году и не признаёт решений суда.",
    ),
    "ru_echr_zakharova": (
        (7, 10),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "решением Европейского суда по правам человека по делу «Украина и Нидерланды против "
        "России»\n\n"
        "Решение ничтожно. Страсбургский суд давно превратился в инструмент политического "
        "давления на нашу страну. #ЕСПЧ",
    ),
    "en_echr_zakharova": (
        (7, 10),
        "tass_en",
        "Zakharova called the ECHR ruling on MH17 'null and void', saying Russia had left "
        "the Council of Europe and owed the Strasbourg court nothing.",
    ),
    "en_icao_mh17": (
        (5, 12),
        "ap",
        "MONTREAL (AP) — The Council of the International Civil Aviation Organization found "
        "Russia responsible for the downing of Malaysia Airlines flight MH17 over eastern "
        "Ukraine, in a case brought by Australia and the Netherlands.",
    ),
    # ------------------------------------------------------------- WTO MC14 (2026)
    "en_wto_mc14": (
        (3, 26),
        "reuters",
        "YAOUNDE, March 26 (Reuters) - Trade ministers gathered in Cameroon's capital on "
        "Thursday for the World Trade Organization's 14th Ministerial Conference, with "
        "Director-General Ngozi Okonjo-Iweala urging members to restore a working dispute "
        "settlement system by the end of 2026.",
    ),
    "ru_wto_mc14": (
        (3, 26),
        "tass",
        "ЯУНДЕ, 26 марта. /ТАСС/. В столице Камеруна открылась 14-я министерская "
        "конференция Всемирной торговой организации. Российскую делегацию возглавляет "
        "министр экономического развития Максим Решетников.",
    ),
    "ru_wto_mid": (
        (3, 25),
        "mid",
        "О позиции России на 14-й Министерской конференции ВТО (Яунде, 26-29 марта "
        "2026 года)\n\n"
        "Выступаем против использования ВТО для продвижения односторонних санкций и "
        "поддерживаем восстановление механизма разрешения споров. Генеральный директор "
        "Организации Нгози Оконджо-Ивеала может рассчитывать на наше конструктивное "
        "взаимодействие.\n\n#ВТО",
    ),
    "en_wto_close": (
        (3, 29),
        "reuters",
        "YAOUNDE, March 29 (Reuters) - The World Trade Organization's ministerial conference "
        "in Cameroon closed with an extension of the moratorium on e-commerce duties.",
    ),
    "en_wto_russia": (
        (3, 25),
        "mfa_russia",
        "Russia's position at the 14th WTO Ministerial Conference in Yaoundé: we oppose the "
        "use of the WTO to promote unilateral sanctions. #WTO",
    ),
    "en_wto_mc13": (
        (3, 2),
        "reuters",
        "ABU DHABI, March 2, 2024 (Reuters) - The WTO's 13th Ministerial Conference ended "
        "without a deal on fishing subsidies or farm trade.",
    ),
    "en_un_tourism": (
        (11, 10),
        "xinhua",
        "RIYADH, Nov 10 (Xinhua) -- UN Tourism, formerly known as UNWTO, opened its General "
        "Assembly in the Saudi capital.",
    ),
    "ru_vto_strike": (
        (11, 20),
        "mil",
        "Минобороны: ВС РФ нанесли массированный удар высокоточным оружием (ВТО) большой "
        "дальности по объектам военно-промышленного комплекса Украины.",
    ),
    # ------------------------------------------------------------- IAEA, Zaporizhzhia NPP
    "en_iaea_znpp": (
        (10, 23),
        "iaea",
        "Zaporizhzhia Nuclear Power Plant (ZNPP) reconnected to off-site power after a "
        "record month-long outage, IAEA Director General Rafael Mariano Grossi said on "
        "Thursday. Repairs to the power line were made possible by local ceasefire zones "
        "negotiated by the IAEA with both sides.",
    ),
    "ru_znpp_power": (
        (10, 23),
        "tass",
        "ЭНЕРГОДАР, 23 октября. /ТАСС/. Внешнее электроснабжение Запорожской АЭС "
        "восстановлено после месячного перерыва, сообщила дирекция станции. Ремонт линии "
        "стал возможен благодаря локальному прекращению огня, согласованному при "
        "посредничестве МАГАТЭ. Гендиректор агентства Рафаэль Гросси назвал это «важным "
        "шагом».",
    ),
    "ru_grossi_likhachev": (
        (2, 18),
        "interfax",
        "Гендиректор «Росатома» Алексей Лихачёв провёл в Калининграде встречу с "
        "генеральным директором МАГАТЭ Рафаэлем Гросси. Стороны обсудили вопросы "
        "безопасности ЗАЭС.",
    ),
    "en_znpp_outage": (
        (9, 24),
        "un_news",
        "The Zaporizhzhia nuclear plant lost all off-site power on Tuesday, Sept. 23, for "
        "the tenth time since the war began, IAEA chief Rafael Grossi said, warning that "
        "its diesel generators cannot run indefinitely.",
    ),
    "ru_znpp_outage": (
        (9, 24),
        "ria",
        "ЗАЭС в десятый раз полностью лишилась внешнего электроснабжения, сообщил Гросси.",
    ),
    "en_grossi_likhachev": (
        (2, 18),
        "tass_en",
        "Rosatom chief Alexei Likhachev met IAEA Director General Rafael Grossi in "
        "Kaliningrad to discuss safety at the Zaporozhye NPP.",
    ),
    "ru_zaporozhets": (
        (8, 2),
        "auto",
        "На аукционе продан «Запорожец» ЗАЗ-965 1962 года выпуска за 2,5 млн рублей.",
    ),
    # ------------------------------------------------------------- Power of Siberia 2
    "ru_ps2_memo": (
        (9, 2),
        "interfax",
        "ПЕКИН, 2 сентября. /Интерфакс/. «Газпром» и китайская CNPC подписали юридически "
        "обязывающий меморандум о строительстве газопровода «Сила Сибири — 2» мощностью "
        "50 млрд кубометров в год, сообщил глава «Газпрома» Алексей Миллер. Газопровод "
        "пройдёт через территорию Монголии.",
    ),
    "en_ps2_memo": (
        (9, 2),
        "reuters",
        "BEIJING, Sept 2 (Reuters) - Gazprom signed a legally binding memorandum with China "
        "National Petroleum Corp to build the Power of Siberia 2 pipeline, which would "
        "carry 50 billion cubic metres of gas a year to China via Mongolia, CEO Alexei "
        "Miller said. Pricing has not yet been agreed.",
    ),
    "ru_ps2_novak": (
        (9, 4),
        "tass",
        "Новак: цена газа для Китая по «Силе Сибири — 2» будет определяться рыночными механизмами.",
    ),
    "ru_ps2_analytics": (
        (9, 3),
        "kommersant",
        "Аналитики: «Сила Сибири — 2» вряд ли заработает раньше 2030 года, цена газа "
        "по-прежнему не согласована.",
    ),
    "en_ps2_novak": (
        (9, 4),
        "tass_en",
        "Novak: the gas price under Power of Siberia 2 will be set by market mechanisms.",
    ),
    "en_ps1_record": (
        (12, 1),
        "tass_en",
        "Gazprom's daily gas supplies to China via Power of Siberia reached an all-time "
        "high on Monday, Dec. 1, the company said.",
    ),
    "ru_siberia_frost": (
        (1, 22),
        "ria",
        "Морозы в Сибири набирают силу: в Эвенкии столбик термометра опустился ниже минус "
        "55 градусов.",
    ),
    "en_siberia_outages": (
        (1, 22),
        "ap",
        "Power outages left thousands without heat in Siberia as temperatures dropped below "
        "minus 50 degrees Celsius.",
    ),
    # ------------------------------------------------------------- North-South corridor
    "ru_rasht_astara": (
        (5, 27),
        "ria",
        "Иран завершил изъятие земель под строительство железной дороги Решт — Астара, "
        "сообщил посол Ирана в Москве Казем Джалали. Участок длиной 162 км станет "
        "недостающим звеном международного транспортного коридора «Север — Юг», "
        "соединяющего Россию с портами Персидского залива и Индией.",
    ),
    "en_rasht_astara": (
        (5, 27),
        "tass_en",
        "Iran has completed the acquisition of land for the Rasht–Astara railway, Iranian "
        "Ambassador Kazem Jalali said. The 162-km line is the missing link of the "
        "International North–South Transport Corridor (INSTC), which Russia is financing "
        "with a 1.3-billion-euro state loan.",
    ),
    "ru_nsc_cargo": (
        (7, 15),
        "rzd",
        "Грузопоток по западному маршруту МТК «Север — Юг» в первом полугодии вырос на 20%, "
        "сообщили в РЖД. #СеверЮг",
    ),
    "en_instc_cargo": (
        (7, 15),
        "tass_en",
        "Cargo on the western route of the INSTC rose 20% in the first half of the year, "
        "Russian Railways said.",
    ),
    "en_south_north_water": (
        (11, 6),
        "xinhua",
        "BEIJING, Nov 6 (Xinhua) -- China's South-to-North Water Diversion Project has "
        "delivered more than 80 billion cubic meters of water since it opened.",
    ),
    "ru_karelia_train": (
        (6, 20),
        "rzd",
        "Туристический поезд проследует с юга на север Карелии за двое суток.",
    ),
    # ------------------------------------------------------------- Chabahar
    "en_chabahar_waiver": (
        (9, 18),
        "reuters",
        "NEW DELHI, Sept 18 (Reuters) - The United States will revoke from Sept. 29 a "
        "sanctions waiver that allowed India to operate Iran's Chabahar port, a blow to New "
        "Delhi's plans to use the port as a gateway to Afghanistan and Central Asia, the "
        "State Department said.",
    ),
    "ru_chabahar_waiver": (
        (9, 19),
        "tass",
        "НЬЮ-ДЕЛИ, 19 сентября. /ТАСС/. США с 29 сентября отменяют исключение из санкций, "
        "позволявшее Индии развивать иранский порт Чабахар. Порт рассматривается как часть "
        "коридора «Север — Юг».",
    ),
    "en_chabahar_mea": (
        (9, 19),
        "india_watch",
        "Forwarded from ANI\n\nMEA: India is studying the implications of the US decision "
        "on Chabahar. #Chabahar",
    ),
    # ------------------------------------------------------------- Abkhazia
    "ru_abkhazia_gunba": (
        (3, 2),
        "tass",
        "СУХУМ, 2 марта. /ТАСС/. Бадра Гунба побеждает во втором туре выборов президента "
        "Абхазии, набрав по предварительным данным более 54% голосов. Его соперником был "
        "лидер оппозиции Адгур Ардзинба.",
    ),
    "en_abkhazia_gunba": (
        (3, 2),
        "rferl",
        "SUKHUMI, Georgia -- Badra Gunba, the Kremlin-backed acting leader of Georgia's "
        "breakaway region of Abkhazia, won the March 1 runoff of the presidential election "
        "with about 55 percent of the vote, defeating opposition candidate Adgur Ardzinba.",
    ),
    "ru_abkhazia_first_round": (
        (2, 16),
        "kommersant",
        "В Абхазии прошёл первый тур президентских выборов. По данным ЦИК в Сухуми, "
        "ни один кандидат не набрал 50% голосов, 1 марта пройдёт второй тур.",
    ),
    "ru_gunba_congrats": (
        (3, 3),
        "kremlin",
        "Поздравление Б.А.Гунбе с избранием на пост Президента Республики Абхазия",
    ),
    "en_gunba_putin": (
        (3, 3),
        "tass_en",
        "Putin congratulated Badra Gunba on his election as President of Abkhazia.",
    ),
    "ru_ardzinba_memorial": (
        (5, 14),
        "apsny",
        "В Сухуме отметили 80-летие со дня рождения первого президента Абхазии Владислава "
        "Ардзинбы.",
    ),
    "en_ardzinba_memorial": (
        (5, 14),
        "tass_en",
        "Abkhazia marks 80 years since the birth of its first president, Vladislav Ardzinba.",
    ),
    "en_abkhazia_2024": (
        (11, 15),
        "reuters",
        "Protesters stormed parliament in Abkhazia on Friday, Nov. 15, 2024, demanding that "
        "President Aslan Bzhania scrap an investment agreement with Russia.",
    ),
    # ------------------------------------------------------------- Baltic shadow fleet
    "en_boracay": (
        (10, 1),
        "afp",
        "SAINT-NAZAIRE, France (AFP) - French naval forces boarded the oil tanker Boracay "
        "off the Atlantic coast, suspected of belonging to Russia's 'shadow fleet' used to "
        "get around sanctions, President Emmanuel Macron said. The ship had left the Russian "
        "Baltic port of Primorsk in September.",
    ),
    "ru_boracay_putin": (
        (10, 2),
        "ria",
        "Путин на заседании клуба «Валдай» назвал пиратством задержание французскими "
        "военными танкера Boracay в нейтральных водах.",
    ),
    "en_boracay_putin": (
        (10, 2),
        "tass_en",
        "Putin called France's seizure of the tanker Boracay in neutral waters 'piracy', "
        "speaking at the Valdai Club.",
    ),
    "ru_kiwala": (
        (4, 12),
        "interfax",
        "ТАЛЛИН, 12 апреля. /Интерфакс/. Эстония задержала танкер Kiwala, следовавший без "
        "флага в российский порт Усть-Луга. Власти республики заявили, что судно входит в "
        "так называемый «теневой флот» России.",
    ),
    "en_kiwala": (
        (4, 11),
        "err",
        "TALLINN (ERR) - Estonian authorities detained the Kiwala, an unflagged tanker on "
        "the EU sanctions list, saying it was part of Russia's shadow fleet.",
    ),
    "en_eagle_s_2024": (
        (12, 26),
        "reuters",
        "Finnish police seized the tanker Eagle S, suspected of damaging the Estlink 2 power "
        "cable on Christmas Day 2024; officials said it belonged to Russia's shadow fleet.",
    ),
    "ru_shadow_economy": (
        (6, 9),
        "kommersant",
        "Росфинмониторинг: доля теневой экономики в России снизилась до 10% ВВП.",
    ),
    "en_aeroflot_fleet": (
        (8, 20),
        "reuters",
        "Aeroflot plans to expand its fleet with 20 Superjets, working in the shadow of "
        "Western sanctions.",
    ),
    "ru_briefing_apr16": (
        (4, 16),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 16 апреля\n\n"
        "🔹 О задержании Эстонией танкера Kiwala\n"
        "Так называемый «теневой флот» — выдумка, призванная оправдать пиратство на "
        "Балтике.\n\n"
        "🔹 О переговорах Ирана и США в Маскате\n"
        "Приветствуем посреднические усилия Омана.",
    ),
    # ------------------------------------------------------------- Pope Leo XIV
    "en_pope_leo": (
        (5, 8),
        "ap",
        "VATICAN CITY (AP) — Cardinal Robert Francis Prevost was elected the first pope "
        "from the United States on Thursday, taking the name Leo XIV. The 69-year-old "
        "missionary from Chicago spent years in Peru.",
    ),
    "ru_pope_leo": (
        (5, 8),
        "ria",
        "Новым папой римским избран американский кардинал Роберт Фрэнсис Превост. Он взял "
        "имя Лев XIV.",
    ),
    "ru_putin_pope": (
        (5, 8),
        "kremlin",
        "Поздравление Льву XIV с избранием на Святейший престол\n\n"
        "Владимир Путин выразил уверенность, что конструктивный диалог, сложившийся между "
        "Россией и Ватиканом, будет и впредь развиваться.",
    ),
    "en_putin_pope": (
        (5, 8),
        "tass_en",
        "Putin congratulated Pope Leo XIV on his election, voicing hope for continued "
        "dialogue between Russia and the Vatican.",
    ),
    "en_pope_talks": (
        (5, 20),
        "reuters",
        "ROME, May 20 (Reuters) - Pope Leo is ready to host the next round of talks between "
        "Russia and Ukraine at the Vatican, Italian Prime Minister Giorgia Meloni said after "
        "a call with Donald Trump.",
    ),
    "ru_pope_talks": (
        (5, 20),
        "ria",
        "Мелони: папа Лев XIV готов принять в Ватикане переговоры России и Украины.",
    ),
    "ru_pope_francis": (
        (4, 21),
        "tass",
        "ВАТИКАН, 21 апреля. /ТАСС/. Папа римский Франциск скончался на 89-м году жизни, "
        "сообщили в Святом престоле.",
    ),
    "en_pope_francis": (
        (4, 21),
        "ap",
        "VATICAN CITY (AP) — Pope Francis died on Easter Monday, April 21, at the age of 88.",
    ),
    "en_abbe_prevost": (
        (3, 12),
        "bbc",
        "The Royal Opera revives Massenet's Manon, based on the novel by Abbé Prévost.",
    ),
    # ------------------------------------------------------------- Nobel Peace Prize
    "en_nobel_machado": (
        (10, 10),
        "reuters",
        "OSLO, Oct 10 (Reuters) - Venezuelan opposition leader Maria Corina Machado won the "
        "2025 Nobel Peace Prize for her struggle to achieve a just transition from "
        "dictatorship to democracy, the Norwegian Nobel Committee said.",
    ),
    "ru_nobel_machado": (
        (10, 10),
        "tass",
        "ОСЛО, 10 октября. /ТАСС/. Нобелевская премия мира 2025 года присуждена лидеру "
        "венесуэльской оппозиции Марии Корине Мачадо «за неустанную работу по защите "
        "демократических прав народа Венесуэлы», объявил Норвежский Нобелевский комитет.",
    ),
    "ru_peskov_nobel": (
        (10, 10),
        "ria",
        "Песков отказался комментировать присуждение Нобелевской премии мира, напомнив, "
        "что в Кремле высоко оценивали миротворческие усилия Трампа.",
    ),
    "en_peskov_nobel": (
        (10, 10),
        "tass_en",
        "Kremlin spokesman Dmitry Peskov declined to comment on the Nobel Peace Prize award.",
    ),
    "en_nobel_chemistry": (
        (10, 8),
        "ap",
        "STOCKHOLM (AP) — Susumu Kitagawa, Richard Robson and Omar Yaghi won the Nobel Prize "
        "in chemistry on Wednesday for developing metal-organic frameworks.",
    ),
    "ru_nobel_chemistry": (
        (10, 8),
        "ria",
        "Нобелевская премия по химии 2025 года присуждена Сусуму Китагаве, Ричарду Робсону "
        "и Омару Яги за создание металлорганических каркасов — одних из самых перспективных "
        "материалов мира.",
    ),
    "en_nobel_2024": (
        (12, 10),
        "ap",
        "OSLO, Norway (AP) — Nihon Hidankyo, the Japanese group of atomic bomb survivors, "
        "received the 2024 Nobel Peace Prize on Tuesday, Dec. 10.",
    ),
    # ------------------------------------------------------------- UN Secretary-General race
    "en_grossi_unsg": (
        (11, 26),
        "reuters",
        "UNITED NATIONS, Nov 26 (Reuters) - Argentina formally nominated International "
        "Atomic Energy Agency chief Rafael Grossi to be the next U.N. secretary-general, "
        "joining former Chilean President Michelle Bachelet and Costa Rica's Rebeca "
        "Grynspan in the race to succeed Antonio Guterres, whose term ends on Dec. 31, 2026.",
    ),
    "ru_grossi_unsg": (
        (11, 27),
        "ria",
        "Аргентина официально выдвинула генерального директора МАГАТЭ Рафаэля Гросси "
        "кандидатом на пост генерального секретаря ООН. Полномочия Антониу Гутерриша "
        "истекают 31 декабря 2026 года.",
    ),
    "en_bachelet_unsg": (
        (9, 8),
        "ap",
        "SANTIAGO, Chile (AP) — Chile, Brazil and Mexico jointly nominated former Chilean "
        "President Michelle Bachelet to be the next secretary-general of the United Nations.",
    ),
    "ru_bachelet_unsg": (
        (9, 9),
        "ria",
        "Чили, Бразилия и Мексика выдвинули бывшего президента Чили Мишель Бачелет на пост "
        "генерального секретаря ООН.",
    ),
    "ru_nebenzia_unsg": (
        (12, 3),
        "tass",
        "ООН, 3 декабря. /ТАСС/. Постпред России при ООН Василий Небензя заявил, что Москва "
        "будет оценивать кандидатов на пост генсека ООН по их приверженности Уставу, а не "
        "по региональному или гендерному признаку.",
    ),
    "en_nebenzia_unsg": (
        (12, 3),
        "tass_en",
        "Nebenzia: Russia will judge candidates for UN secretary-general by their commitment "
        "to the UN Charter, not by gender or region.",
    ),
    # ------------------------------------------------------------- Intervision
    "ru_intervision_win": (
        (9, 21),
        "tass",
        "МОСКВА, 21 сентября. /ТАСС/. Победителем международного музыкального конкурса "
        "«Интервидение» стал представитель Вьетнама Дык Фук с песней «Фу Донг Тхиен "
        "Выонг». Второе место занял участник из Киргизии, третье — из Катара.",
    ),
    "en_intervision_win": (
        (9, 21),
        "reuters",
        "MOSCOW, Sept 21 (Reuters) - Vietnamese singer Duc Phuc won Intervision, a "
        "Russian-backed revival of a Soviet-era song contest pitched as an alternative to "
        "Eurovision, at a glitzy show in Moscow on Saturday night.",
    ),
    "ru_intervision_putin": (
        (9, 20),
        "kremlin",
        "Обращение Владимира Путина к участникам и гостям международного конкурса "
        "«Интервидение»\n\n"
        "«Конкурс объединил исполнителей из разных стран, которые бережно хранят свои "
        "традиции», — отметил Президент.",
    ),
    "ru_eurovision": (
        (5, 18),
        "ria",
        "Победителем «Евровидения» в Базеле стал представитель Австрии JJ.",
    ),
    # ------------------------------------------------------------- Putin in India
    "ru_putin_india": (
        (12, 5),
        "kremlin",
        "Российско-индийские переговоры\n\n"
        "Владимир Путин и Премьер-министр Индии Нарендра Моди провели в Нью-Дели переговоры "
        "в рамках 23-го ежегодного саммита. Принята Программа развития стратегических "
        "областей российско-индийского экономического сотрудничества до 2030 года, "
        "подписаны соглашения о трудовой мобильности и в сфере здравоохранения. "
        "Обсуждалось развитие транспортного коридора «Север — Юг».\n\n#Путин #Индия",
    ),
    "en_putin_india": (
        (12, 5),
        "reuters",
        "NEW DELHI, Dec 5 (Reuters) - Russian President Vladimir Putin and Indian Prime "
        "Minister Narendra Modi pledged to expand trade to $100 billion by 2030, signing "
        "deals on labour mobility and health, as Washington presses New Delhi to cut "
        "purchases of Russian oil.",
    ),
    "ru_putin_india_arrival": (
        (12, 4),
        "tass",
        "НЬЮ-ДЕЛИ, 4 декабря. /ТАСС/. Владимир Путин прибыл в Индию с государственным "
        "визитом. В аэропорту его лично встретил Нарендра Моди.",
    ),
    "en_putin_india_arrival": (
        (12, 4),
        "ap",
        "NEW DELHI (AP) — Prime Minister Narendra Modi broke protocol to greet Vladimir "
        "Putin at the airport as the Russian leader arrived for a two-day visit to India.",
    ),
    "en_indiana": (
        (10, 30),
        "ap",
        "INDIANAPOLIS (AP) — Indiana Senate Republicans postponed a vote on redrawing the "
        "state's congressional map.",
    ),
    # ------------------------------------------------------------- Dalai Lama
    "en_dalai_lama": (
        (7, 2),
        "reuters",
        "DHARAMSHALA, India, July 2 (Reuters) - The Dalai Lama said on Wednesday that the "
        "institution would continue after his death and that only his Gaden Phodrang Trust "
        "would have the authority to recognise his reincarnation. Beijing said the "
        "successor must be approved by the central government.",
    ),
    "ru_dalai_lama": (
        (7, 2),
        "ria",
        "Далай-лама XIV заявил, что институт далай-лам продолжит существование после его "
        "смерти. В МИД КНР ответили, что преемник должен быть утверждён центральным "
        "правительством в Пекине, а то, что решает тибетская эмиграция в Индии, не имеет "
        "силы.",
    ),
    "en_dalai_birthday": (
        (7, 6),
        "ap",
        "DHARAMSHALA, India (AP) — The Dalai Lama turned 90 on Sunday, July 6, telling "
        "followers he hoped to live to 130.",
    ),
    "ru_dalai_birthday": (
        (7, 6),
        "tass",
        "Далай-ламе исполнилось 90 лет. Торжества прошли в индийской Дхарамсале.",
    ),
    # ------------------------------------------------------------- Namibia
    "ru_nujoma_death": (
        (2, 9),
        "tass",
        "ВИНДХУК, 9 февраля. /ТАСС/. Основатель современной Намибии и её первый президент "
        "Сэм Нуйома скончался на 96-м году жизни. В стране объявлен национальный траур.",
    ),
    "en_nujoma_death": (
        (2, 9),
        "reuters",
        "WINDHOEK, Feb 9 (Reuters) - Sam Nujoma, who led Namibia's fight for independence "
        "and became its first president, has died aged 95, the presidency said.",
    ),
    "ru_nandi_inauguration": (
        (3, 21),
        "ria",
        "Нетумбо Нанди-Ндайтвах принесла присягу в качестве первой женщины-президента Намибии.",
    ),
    "en_nandi_inauguration": (
        (3, 21),
        "ap",
        "WINDHOEK, Namibia (AP) — Netumbo Nandi-Ndaitwah was sworn in as Namibia's first "
        "female president on Friday, March 21, the 35th anniversary of independence.",
    ),
    "ru_namibia_uranium": (
        (8, 26),
        "interfax",
        "Uranium One, входящая в «Росатом», получила лицензию на опытную добычу урана "
        "методом подземного выщелачивания на проекте Wings в Намибии.",
    ),
    # ------------------------------------------------------------- Chile
    "en_chile_kast": (
        (12, 14),
        "reuters",
        "SANTIAGO, Dec 14 (Reuters) - Far-right candidate Jose Antonio Kast won Chile's "
        "presidential runoff on Sunday, defeating leftist Jeannette Jara with about 58% of "
        "the vote.",
    ),
    "ru_chile_kast": (
        (12, 15),
        "tass",
        "САНТЬЯГО, 15 декабря. /ТАСС/. Ультраправый политик Хосе Антонио Каст победил во "
        "втором туре президентских выборов в Чили, опередив кандидата левых Жаннетт Хару.",
    ),
    "ru_chili_sauce": (
        (8, 28),
        "ria",
        "Роспотребнадзор проверил соусы чили и острые приправы: в трёх образцах нашли "
        "запрещённые красители.",
    ),
    "en_green_chile": (
        (8, 28),
        "ap",
        "HATCH, N.M. (AP) — Roasting season is under way for New Mexico's famous green chile.",
    ),
    # ------------------------------------------------------------- Kyrgyzstan and Tajikistan
    "ru_kg_tj_treaty": (
        (3, 13),
        "tass",
        "БИШКЕК, 13 марта. /ТАСС/. Президенты Киргизии и Таджикистана Садыр Жапаров и "
        "Эмомали Рахмон подписали договор о государственной границе, завершив многолетний "
        "процесс делимитации.",
    ),
    "en_kg_tj_treaty": (
        (3, 13),
        "rferl",
        "BISHKEK -- The presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali "
        "Rahmon, signed a border treaty on March 13, ending a decades-long dispute that led "
        "to deadly clashes in 2021 and 2022.",
    ),
    "ru_mid_kg_tj": (
        (3, 14),
        "mid",
        "Приветствуем подписание Договора о государственной границе между Кыргызской "
        "Республикой и Республикой Таджикистан. Это важный вклад в укрепление стабильности "
        "в Центральной Азии. #Киргизия #Таджикистан",
    ),
    "ru_khujand_summit": (
        (3, 31),
        "ria",
        "В Худжанде прошла трёхсторонняя встреча президентов Таджикистана, Киргизии и "
        "Узбекистана, подписан договор о точке стыка государственных границ.",
    ),
    "en_khujand_summit": (
        (3, 31),
        "eurasianet",
        "KHUJAND, Tajikistan — The leaders of Tajikistan, Kyrgyzstan and Uzbekistan signed "
        "an agreement on the junction point of their borders in the Fergana Valley.",
    ),
    "ru_akylbek_japarov": (
        (1, 28),
        "kaktus",
        "Бывший председатель кабмина Киргизии Акылбек Жапаров впервые после отставки дал интервью.",
    ),
    # ------------------------------------------------------------- Duterte and the ICC
    "en_duterte_arrest": (
        (3, 11),
        "reuters",
        "MANILA, March 11 (Reuters) - Former Philippine President Rodrigo Duterte was "
        "arrested at Manila's airport on an International Criminal Court warrant over his "
        "deadly 'war on drugs' and flown to The Hague.",
    ),
    "ru_duterte_arrest": (
        (3, 12),
        "tass",
        "МАНИЛА, 12 марта. /ТАСС/. Бывший президент Филиппин Родриго Дутерте доставлен в "
        "Гаагу, где предстанет перед Международным уголовным судом по делу о гибели "
        "тысяч людей в ходе «войны с наркотиками».",
    ),
    "en_duterte_hearing": (
        (9, 22),
        "ap",
        "THE HAGUE, Netherlands (AP) — ICC judges postponed the confirmation of charges "
        "hearing for Duterte, citing questions over his fitness to stand trial.",
    ),
    "ru_sara_duterte": (
        (7, 25),
        "ria",
        "Верховный суд Филиппин признал неконституционным импичмент вице-президента Сары Дутерте.",
    ),
    "en_sara_duterte": (
        (7, 25),
        "ap",
        "MANILA, Philippines (AP) — The Supreme Court blocked the impeachment of Vice "
        "President Sara Duterte.",
    ),
    # ------------------------------------------------------------- the rest of the feed
    "ru_lavrov_oneliner": (
        (11, 20),
        "ria",
        "Лавров: Россия готова к переговорам с теми, кто уважает её интересы.",
    ),
    "en_un_briefing": (
        (11, 24),
        "un_news",
        "UN Secretary-General António Guterres called for restraint in the Caribbean and "
        "urged all parties to respect international law.",
    ),
    "ru_talks_generic": (
        (6, 24),
        "interfax",
        "Переговоры о новом тарифном соглашении между профсоюзами и работодателями "
        "завершились без результата.",
    ),
    "en_talks_generic": (
        (6, 24),
        "reuters",
        "Talks between Boeing and its machinists' union broke down on Tuesday.",
    ),
    "ru_duterte_hearing": (
        (9, 22),
        "tass",
        "МУС отложил слушания по подтверждению обвинений в отношении Дутерте из-за вопросов "
        "о состоянии его здоровья.",
    ),
    "en_namibia_uranium": (
        (8, 26),
        "reuters",
        "Rosatom's Uranium One receives a pilot licence for its Wings uranium project in Namibia.",
    ),
    "en_kg_tj_mid": (
        (3, 14),
        "mfa_russia",
        "Russia welcomes the signing of the Kyrgyz-Tajik treaty on the state border, a "
        "contribution to stability in Central Asia.",
    ),
    "en_akylbek_japarov": (
        (1, 28),
        "24kg",
        "Former Cabinet chairman Akylbek Japarov gave his first interview since his dismissal.",
    ),
    "en_sanctions_package": (
        (2, 24),
        "reuters",
        "BRUSSELS, Feb 24 (Reuters) - The EU adopted its 16th package of sanctions against "
        "Russia on the third anniversary of the war.",
    ),
    "ru_sanctions_package": (
        (2, 24),
        "mid",
        "Заявление МИД России в связи с 16-м пакетом санкций Евросоюза\n\nНелегитимные "
        "односторонние ограничения бьют прежде всего по самим европейцам. #санкции",
    ),
}

# Posts that several queries expect.
_KURILS = (
    "ru_kuril_drills",
    "en_kuril_protest",
    "ru_briefing_sep11",
    "ru_kuril_takaichi",
    "ru_shikotan_schooner",
    "en_kuril_bastion",
    "ru_iturup_airport",
    "en_kuril_zakharova",
    "en_iturup_airport",
)
_TUMEN = (
    "ru_tumen_bridge",
    "en_tumen_bridge",
    "ru_tumen_oneliner",
    "en_tumen_satellite",
    "en_kim_tumen",
)
_DPRK = ("ru_tumen_bridge", "en_tumen_bridge", "en_dprk_kim_letter", "en_tumen_satellite")
_BOLIVIA = (
    "ru_bolivia_lithium",
    "en_bolivia_lithium",
    "ru_bolivia_paz",
    "en_bolivia_runoff",
    "ru_bolivia_runoff",
    "ru_lithium_oneliner",
)
_PAZ = (
    "ru_bolivia_paz",
    "en_bolivia_lithium",
    "en_bolivia_runoff",
    "ru_bolivia_runoff",
    "ru_lithium_oneliner",
)
_MILEI = (
    "en_milei_midterms",
    "ru_milei_midterms",
    "ru_malvinas",
    "en_falklands",
    "en_argentina_swap",
)
_ARGENTINA = (
    "en_milei_midterms",
    "ru_milei_midterms",
    "ru_malvinas",
    "en_falklands",
    "en_grossi_unsg",
    "ru_grossi_unsg",
    "en_argentina_swap",
    "ru_argentina_swap",
)
_MEXICO = (
    "en_sheinbaum_tariffs",
    "ru_sheinbaum_tariffs",
    "ru_mexico_mid",
    "en_sheinbaum_troops",
    "ru_sheinbaum_troops",
    "en_bachelet_unsg",
    "ru_bachelet_unsg",
)
_NEW_MEXICO = ("en_new_mexico_floods", "ru_new_mexico_floods", "en_green_chile")
_SHEINBAUM = (
    "en_sheinbaum_tariffs",
    "ru_sheinbaum_tariffs",
    "en_sheinbaum_troops",
    "ru_sheinbaum_troops",
)
_TO_LAM = ("ru_tolam_kremlin", "en_tolam_kremlin", "ru_tolam_parade", "en_tolam_parade")
_DALAI_LAMA = ("ru_dalai_lama", "en_dalai_lama", "ru_dalai_birthday", "en_dalai_birthday")
_VIETNAM = (
    "ru_tolam_kremlin",
    "en_tolam_kremlin",
    "ru_vietnam_npp",
    "en_vietnam_npp",
    "ru_consular_hanoi",
    "en_tolam_parade",
    "ru_intervision_win",
    "en_intervision_win",
)
_SRI_LANKA = (
    "ru_srilanka_consular",
    "en_srilanka_cyclone",
    "ru_srilanka_flight",
    "en_srilanka_russians",
    "ru_srilanka_aid",
    "en_srilanka_aid",
)
_COLOMBO = (
    "ru_srilanka_consular",
    "en_srilanka_cyclone",
    "ru_srilanka_flight",
    "en_srilanka_russians",
)
_NEPAL = (
    "ru_briefing_sep11",
    "ru_nepal_oli",
    "en_nepal_oli",
    "ru_nepal_karki",
    "en_nepal_karki",
    "ru_nepal_curfew",
    "en_nepal_curfew",
    "ru_nepal_consular",
)
_KATHMANDU = (
    "ru_briefing_sep11",
    "ru_nepal_oli",
    "en_nepal_oli",
    "en_nepal_karki",
    "ru_nepal_curfew",
    "en_nepal_curfew",
    "ru_nepal_consular",
)
_HASINA = (
    "en_hasina_verdict",
    "ru_hasina_verdict",
    "en_yunus_election",
    "en_hasina_extradition",
    "ru_hasina_extradition",
)
_BANGLADESH = (
    "en_hasina_verdict",
    "ru_hasina_verdict",
    "ru_yunus_election",
    "en_yunus_election",
    "en_hasina_extradition",
    "ru_hasina_extradition",
)
_YUNUS = ("ru_yunus_election", "en_yunus_election")
_YEVKUROV = ("ru_yevkurov_ouagadougou", "en_yevkurov_ouagadougou")
_PAKISTAN = ("ru_sharif_putin", "en_sharif_putin", "ru_karachi_steel", "en_karachi_steel")
_SHEHBAZ = ("ru_sharif_putin", "en_sharif_putin")
_IRAN = (
    "ru_iran_treaty_kremlin",
    "en_iran_treaty",
    "ru_iran_treaty_force",
    "en_iran_treaty_force",
    "ru_lavrov_araghchi",
    "en_araghchi_moscow",
    "en_muscat_talks",
    "ru_oman_talks",
    "ru_oman_rome",
    "en_oman_rome",
    "ru_briefing_apr16",
    "en_oman_briefing",
    "ru_rasht_astara",
    "en_rasht_astara",
    "en_chabahar_waiver",
    "ru_chabahar_waiver",
    "en_pezeshkian_treaty",
)
_OMAN = (
    "ru_lavrov_araghchi",
    "en_araghchi_moscow",
    "en_muscat_talks",
    "ru_oman_talks",
    "ru_oman_rome",
    "en_oman_rome",
    "ru_briefing_apr16",
    "en_oman_briefing",
)
_PEZESHKIAN = (
    "ru_iran_treaty_kremlin",
    "en_iran_treaty",
    "en_pezeshkian_treaty",
    "ru_pezeshkian_oneliner",
)
_ARAGHCHI = ("ru_lavrov_araghchi", "en_araghchi_moscow", "en_muscat_talks", "ru_oman_talks")
_IRAN_TREATY_RU = ("ru_iran_treaty_kremlin", "ru_iran_treaty_force", "ru_lavrov_araghchi")
_QATAR = (
    "ru_qatar_children",
    "en_qatar_children",
    "ru_qatar_lvova",
    "en_qatar_lvova",
    "ru_intervision_win",
)
_ALGERIA = (
    "en_sansal_pardon",
    "ru_sansal_pardon",
    "ru_algeria_lavrov",
    "en_algeria_lavrov",
    "en_tebboune_2024",
)
_CAR = ("ru_car_election", "en_car_election", "en_car_results", "ru_car_briefing", "ru_car_results")
_NOT_CAR = ("ru_tsar_fyodor", "en_car_sales", "en_sheinbaum_tariffs")
_TOUADERA = ("ru_car_election", "en_car_election", "en_car_results", "ru_car_results")
_MADAGASCAR = (
    "en_madagascar_coup",
    "ru_madagascar_coup",
    "ru_madagascar_sworn",
    "en_madagascar_sworn",
    "en_madagascar_au",
    "ru_madagascar_au",
    "ru_briefing_oct16",
    "en_briefing_oct16",
)
_NOT_MADAGASCAR = ("ru_madagascar_cartoon", "en_madagascar_musical")
_RANDRIANIRINA = (
    "en_madagascar_coup",
    "ru_madagascar_coup",
    "ru_madagascar_sworn",
    "en_madagascar_sworn",
)
_KENYA = (
    "en_odinga_death",
    "ru_odinga_death",
    "ru_putin_condolences_kenya",
    "en_putin_condolences_kenya",
    "ru_briefing_oct16",
    "en_briefing_oct16",
    "ru_fertiliser_kenya",
    "en_fertiliser_kenya",
    "ru_fertiliser_mid",
    "en_fertiliser_mid",
    "en_kenya_2024",
)
_RAILA_ODINGA = (
    "en_odinga_death",
    "ru_odinga_death",
    "ru_putin_condolences_kenya",
    "en_putin_condolences_kenya",
    "ru_briefing_oct16",
    "en_briefing_oct16",
)
_RUTO = (
    "en_odinga_death",
    "ru_odinga_death",
    "ru_putin_condolences_kenya",
    "en_putin_condolences_kenya",
)
_WFP = ("ru_fertiliser_kenya", "en_fertiliser_kenya", "en_fertilizer_malawi")
_FERTILISER_EN = ("en_fertiliser_kenya", "en_fertilizer_malawi", "en_fertiliser_mid")
_FERTILISER_RU = ("ru_fertiliser_kenya", "ru_fertiliser_mid")
_ECHR = ("en_echr_mh17", "ru_echr_mh17", "ru_echr_zakharova", "en_echr_zakharova")
_WTO = (
    "en_wto_mc14",
    "ru_wto_mc14",
    "ru_wto_mid",
    "en_wto_close",
    "en_wto_russia",
    "en_wto_mc13",
)
_NOT_WTO = ("ru_vto_strike", "en_un_tourism")
_IAEA = (
    "en_iaea_znpp",
    "ru_znpp_power",
    "ru_grossi_likhachev",
    "en_grossi_likhachev",
    "en_znpp_outage",
    "en_grossi_unsg",
    "ru_grossi_unsg",
)
_ZNPP = (
    "en_iaea_znpp",
    "ru_znpp_power",
    "ru_grossi_likhachev",
    "en_grossi_likhachev",
    "en_znpp_outage",
    "ru_znpp_outage",
)
_IAEA_ON_ZNPP = (
    "en_iaea_znpp",
    "ru_znpp_power",
    "ru_grossi_likhachev",
    "en_grossi_likhachev",
    "en_znpp_outage",
)
_GROSSI = (
    "en_iaea_znpp",
    "ru_znpp_power",
    "ru_grossi_likhachev",
    "en_grossi_likhachev",
    "en_znpp_outage",
    "ru_znpp_outage",
    "en_grossi_unsg",
    "ru_grossi_unsg",
)
_ROSATOM = (
    "ru_bolivia_lithium",
    "ru_grossi_likhachev",
    "en_grossi_likhachev",
    "ru_vietnam_npp",
    "en_vietnam_npp",
    "ru_namibia_uranium",
    "en_namibia_uranium",
)
_PS2_RU = ("ru_ps2_memo", "ru_ps2_novak", "ru_ps2_analytics")
_INSTC = (
    "ru_rasht_astara",
    "en_rasht_astara",
    "ru_nsc_cargo",
    "en_instc_cargo",
    "ru_chabahar_waiver",
    "ru_putin_india",
)
_NORTH_SOUTH_RU = ("ru_rasht_astara", "ru_nsc_cargo", "ru_chabahar_waiver", "ru_putin_india")
_CHABAHAR = ("en_chabahar_waiver", "ru_chabahar_waiver", "en_chabahar_mea")
_INDIA = (
    "en_hasina_verdict",
    "ru_hasina_verdict",
    "en_hasina_extradition",
    "ru_hasina_extradition",
    "en_odinga_death",
    "ru_odinga_death",
    "ru_rasht_astara",
    "en_chabahar_waiver",
    "ru_chabahar_waiver",
    "en_chabahar_mea",
    "ru_putin_india",
    "en_putin_india",
    "ru_putin_india_arrival",
    "en_putin_india_arrival",
    "en_dalai_lama",
    "ru_dalai_lama",
    "en_dalai_birthday",
    "ru_dalai_birthday",
)
_MODI = ("ru_putin_india", "en_putin_india", "ru_putin_india_arrival", "en_putin_india_arrival")
_ABKHAZIA = (
    "ru_abkhazia_gunba",
    "en_abkhazia_gunba",
    "ru_abkhazia_first_round",
    "ru_gunba_congrats",
    "en_gunba_putin",
    "ru_ardzinba_memorial",
    "en_ardzinba_memorial",
)
_GUNBA = ("ru_abkhazia_gunba", "en_abkhazia_gunba", "ru_gunba_congrats", "en_gunba_putin")
_SUKHUM = (
    "ru_abkhazia_gunba",
    "en_abkhazia_gunba",
    "ru_abkhazia_first_round",
    "ru_ardzinba_memorial",
)
_SHADOW_FLEET_EN = ("en_boracay", "en_kiwala", "en_eagle_s_2024")
_LEO = (
    "en_pope_leo",
    "ru_pope_leo",
    "ru_putin_pope",
    "en_putin_pope",
    "en_pope_talks",
    "ru_pope_talks",
)
_NOBEL_PEACE_EN = ("en_nobel_machado", "en_nobel_2024", "en_peskov_nobel", "en_briefing_oct16")
_NOBEL_PEACE_RU = ("ru_nobel_machado", "ru_briefing_oct16", "ru_peskov_nobel")
_BACHELET = ("en_grossi_unsg", "en_bachelet_unsg", "ru_bachelet_unsg")
_INTERVISION = (
    "ru_briefing_sep11",
    "ru_intervision_win",
    "en_intervision_win",
    "ru_intervision_putin",
)
_NAMIBIA = (
    "ru_nujoma_death",
    "en_nujoma_death",
    "ru_nandi_inauguration",
    "en_nandi_inauguration",
    "ru_namibia_uranium",
    "en_namibia_uranium",
)
_CHILE = (
    "en_chile_kast",
    "ru_chile_kast",
    "en_grossi_unsg",
    "en_bachelet_unsg",
    "ru_bachelet_unsg",
)
_NOT_CHILE = ("ru_chili_sauce", "en_green_chile")
_KYRGYZSTAN = (
    "ru_kg_tj_treaty",
    "en_kg_tj_treaty",
    "ru_mid_kg_tj",
    "en_kg_tj_mid",
    "ru_khujand_summit",
    "en_khujand_summit",
    "ru_akylbek_japarov",
    "ru_intervision_win",
)
_SADYR_JAPAROV = ("ru_kg_tj_treaty", "en_kg_tj_treaty")
_AKYLBEK_JAPAROV = ("ru_akylbek_japarov", "en_akylbek_japarov")
_RODRIGO_DUTERTE = (
    "en_duterte_arrest",
    "ru_duterte_arrest",
    "en_duterte_hearing",
    "ru_duterte_hearing",
)
_SARA_DUTERTE = ("ru_sara_duterte", "en_sara_duterte")
_HAGUE = ("en_duterte_arrest", "ru_duterte_arrest", "en_duterte_hearing")
_ZAKHAROVA = (
    "ru_briefing_sep11",
    "en_kuril_zakharova",
    "ru_briefing_apr16",
    "en_oman_briefing",
    "ru_car_briefing",
    "ru_briefing_oct16",
    "en_briefing_oct16",
    "ru_fertiliser_mid",
    "en_fertiliser_mid",
    "ru_echr_zakharova",
    "en_echr_zakharova",
)
_JAPAN = (
    "en_kuril_protest",
    "ru_briefing_sep11",
    "ru_kuril_takaichi",
    "en_kuril_takaichi",
    "ru_shikotan_schooner",
    "en_japan_fishing_boat",
    "en_kuril_bastion",
    "en_kuril_zakharova",
    "en_nobel_2024",
)

_FERTILISER_KENYA = (
    "ru_fertiliser_kenya",
    "ru_wto_mid",
    "ru_chabahar_waiver",
    "ru_sanctions_package",
)
_NICARAGUA_COPRESIDENTS = (
    "en_nicaragua_copresidents",
    "ru_nicaragua_copresidents",
    "en_ortega_birthday",
)
_OMAN_TALKS = (
    "ru_oman_talks",
    "en_muscat_talks",
    "ru_kiwala",
)
_OCTAVIO_PAZ = (
    "ru_octavio_paz",
    "ru_duterte_arrest",
    "en_duterte_arrest",
)

QUERIES: tuple[Labelled, ...] = (
    # ------------------------------------------------------ k1 organisations, abbreviations
    Labelled("МАГАТЭ", _IAEA, "k1: МАГАТЭ = IAEA = International Atomic Energy Agency"),
    Labelled("IAEA", _IAEA, "k1: the Latin abbreviation finds МАГАТЭ and the full name"),
    Labelled(
        "Международное агентство по атомной энергии",
        _IAEA,
        "k1: the full Russian name finds МАГАТЭ and IAEA",
    ),
    Labelled(
        "ВТО", _WTO, "k1: ВТО = WTO; not ВТО for высокоточное оружие, not UNWTO", absent=_NOT_WTO
    ),
    Labelled(
        "WTO", _WTO, "k1: WTO = ВТО; UNWTO (tourism) and the weapons ВТО are not", absent=_NOT_WTO
    ),
    Labelled(
        "Всемирная торговая организация",
        _WTO,
        "k1: the organisation's Russian name finds ВТО and WTO in both languages",
        absent=("ru_vto_strike",),
    ),
    Labelled(
        "UNWTO",
        ("en_un_tourism",),
        "k1: the tourism body, formerly UNWTO, is not the WTO",
        absent=("en_wto_mc14", "ru_wto_mc14", "en_wto_russia"),
    ),
    Labelled("ЕСПЧ", _ECHR, "k1: ЕСПЧ = ECHR = Европейский суд по правам человека"),
    Labelled("European Court of Human Rights", _ECHR, "k1: the full name finds ЕСПЧ and ECHR"),
    Labelled("МУС", _RODRIGO_DUTERTE, "k1: МУС = ICC = Международный уголовный суд"),
    Labelled(
        "International Criminal Court", _RODRIGO_DUTERTE, "k1: the full name finds МУС and ICC"
    ),
    Labelled("ВПП ООН", _WFP, "k1: ВПП ООН = WFP = World Food Programme (Program)"),
    Labelled("World Food Programme", _WFP, "k1: British and American spellings, and the Russian"),
    Labelled("Росатом", _ROSATOM, "k1: Rosatom in both scripts; Uranium One alone is not Rosatom"),
    Labelled(
        "Uranium One",
        ("ru_bolivia_lithium", "en_bolivia_lithium", "ru_namibia_uranium", "en_namibia_uranium"),
        "k1: a company's Latin name, as Russian posts write it too",
    ),
    Labelled("Газпром", ("ru_ps2_memo", "en_ps2_memo", "en_ps1_record"), "k1: Газпром = Gazprom"),
    Labelled("CNPC", ("ru_ps2_memo", "en_ps2_memo"), "k1: CNPC = China National Petroleum Corp"),
    Labelled("INSTC", _INSTC, "k1: INSTC = МТК «Север — Юг», the corridor in both languages"),
    Labelled("ЦАР", _CAR, "k1: ЦАР = CAR = Central African Republic; not царь", absent=_NOT_CAR),
    Labelled("CAR", _CAR, "k1: CAR the state, not car sales or cars", absent=_NOT_CAR),
    Labelled("КНДР", _DPRK, "k1: КНДР = DPRK = North Korea; a post naming only Kim is not"),
    Labelled("DPRK", _DPRK, "k1: DPRK = КНДР = Корейская Народно-Демократическая Республика"),
    Labelled(
        "Африканский союз",
        ("en_madagascar_au", "ru_madagascar_au"),
        "k1: an organisation's name finds both languages",
    ),
    Labelled(
        "Нобелевский комитет",
        ("ru_nobel_machado", "ru_briefing_oct16", "en_nobel_machado"),
        "k1: the Norwegian Nobel Committee by name in either language",
    ),
    Labelled("РЖД", ("ru_nsc_cargo", "en_instc_cargo"), "k1: РЖД = Russian Railways"),
    Labelled(
        "Совет Европы",
        ("ru_echr_mh17", "en_echr_zakharova"),
        "k1: Совет Европы = Council of Europe",
    ),
    Labelled("ЗАЭС", _ZNPP, "k1: ЗАЭС = Запорожская АЭС = ZNPP", absent=("ru_zaporozhets",)),
    Labelled(
        "Uralchem", ("ru_fertiliser_kenya", "en_fertiliser_kenya"), "k1: Uralchem = «Уралхим»"
    ),
    # ------------------------------------------------------ k2 events with places
    Labelled(
        "выборы в Абхазии",
        ("ru_abkhazia_gunba", "ru_abkhazia_first_round"),
        "k2: Russian выборы with the place; «с избранием» is another word",
    ),
    Labelled(
        "Abkhazia election",
        ("en_abkhazia_gunba", "en_gunba_putin"),
        "k2: English election with the place; the 2024 storming names no election",
    ),
    Labelled("саммит в Нью-Дели", ("ru_putin_india",), "k2: Russian саммит in New Delhi"),
    Labelled(
        "Putin visit India",
        ("en_putin_india_arrival",),
        "k2: English visit with Putin and India; визит is Russian",
    ),
    Labelled(
        "переговоры в Маскате",
        ("ru_oman_talks", "ru_briefing_apr16"),
        "k2: Russian переговоры in Muscat",
    ),
    Labelled(
        "talks in Muscat",
        ("en_muscat_talks", "en_oman_briefing"),
        "k2: English talks in Muscat; not muscat grapes",
        absent=("en_muscat_grapes",),
    ),
    Labelled(
        "конференция ВТО в Яунде",
        ("ru_wto_mc14", "ru_wto_mid"),
        "k2: Russian конференция, the WTO and Yaoundé",
    ),
    Labelled(
        "WTO ministerial conference Cameroon",
        ("en_wto_mc14", "en_wto_close"),
        "k2: Yaoundé alone is not Cameroon",
    ),
    Labelled(
        "Интервидение в Москве",
        ("ru_briefing_sep11", "ru_intervision_win", "en_intervision_win"),
        "k2: the contest is a name, Moscow a place: both languages",
    ),
    Labelled(
        "выборы в ЦАР",
        ("ru_car_election", "ru_car_briefing"),
        "k2: Russian выборы in the CAR; «переизбран» is another word",
        absent=("ru_tsar_fyodor",),
    ),
    Labelled(
        "CAR election",
        ("en_car_election",),
        "k2: English election in the CAR, not car sales",
        absent=("en_car_sales",),
    ),
    Labelled(
        "переворот на Мадагаскаре",
        ("ru_madagascar_au",),
        "k2: Russian переворот with the place",
        absent=("ru_madagascar_cartoon",),
    ),
    Labelled(
        "Madagascar coup",
        ("en_madagascar_coup", "en_madagascar_au"),
        "k2: English coup with the place",
        absent=("en_madagascar_musical",),
    ),
    Labelled(
        "Gen Z protests",
        ("en_nepal_oli", "en_madagascar_coup"),
        "k2: Nepal's and Madagascar's Gen Z protests",
    ),
    Labelled("parade Red Square", ("en_tolam_parade",), "k2: a parade on Red Square"),
    Labelled(
        "Nobel Peace Prize Oslo",
        ("en_nobel_machado", "en_nobel_2024"),
        "k2: the prize with Oslo, in English",
    ),
    Labelled("инаугурация в Ла-Пасе", ("ru_bolivia_paz",), "k2: a Russian word with La Paz"),
    Labelled("встреча в Худжанде", ("ru_khujand_summit",), "k2: Russian встреча in Khujand"),
    Labelled("border treaty Bishkek", ("en_kg_tj_treaty",), "k2: English words with Bishkek"),
    Labelled(
        "Duterte arrested Manila",
        ("en_duterte_arrest",),
        "k2: an arrest in Manila; Sara Duterte's impeachment is not",
        absent=("en_sara_duterte",),
    ),
    Labelled("переговоры в Ватикане", ("ru_pope_talks",), "k2: Russian переговоры at the Vatican"),
    Labelled(
        "учения на Курилах",
        ("ru_kuril_drills", "ru_briefing_sep11"),
        "k2: Russian учения on the Kurils; «курили» is smoking",
        absent=("ru_smoking_day",),
    ),
    Labelled(
        "drills Kuril Islands",
        ("en_kuril_zakharova",),
        "k2: drills, not the synonym exercises",
    ),
    Labelled(
        "чрезвычайное положение в Шри-Ланке",
        ("ru_srilanka_consular",),
        "k2: a Russian phrase with the place",
    ),
    # ------------------------------------------------------ k3 places
    Labelled(
        "на Мадагаскаре",
        _MADAGASCAR,
        "k3: the locative; not the cartoon or the musical",
        absent=_NOT_MADAGASCAR,
    ),
    Labelled(
        "Madagascar",
        _MADAGASCAR,
        "k3: the island state in both languages; not the cartoon or the musical",
        absent=_NOT_MADAGASCAR,
    ),
    Labelled(
        "Курилы",
        _KURILS,
        "k3: Курильские острова, Курильская гряда, Kurils; «курили» is smoking; a post naming only "
        "the Northern Territories or Shikotan is left unlabelled",
        absent=("ru_smoking_day",),
    ),
    Labelled("Kuril Islands", _KURILS, "k3: the Kurils in both languages"),
    Labelled(
        "Итурупе",
        ("ru_kuril_drills", "en_kuril_protest", "ru_iturup_airport", "en_iturup_airport"),
        "k3: the locative of Итуруп, and Iturup",
    ),
    Labelled(
        "Шикотан",
        ("ru_shikotan_schooner", "en_japan_fishing_boat"),
        "k3: Шикотан = Shikotan",
    ),
    Labelled("в Непале", _NEPAL, "k3: the locative of Непал, and Nepal"),
    Labelled("Шри-Ланке", _SRI_LANKA, "k3: the dative/locative, and Sri Lanka"),
    Labelled(
        "Коломбо",
        _COLOMBO,
        "k3: the city, not the TV detective",
        absent=("ru_columbo_tv",),
    ),
    Labelled(
        "Боливии",
        _BOLIVIA,
        "k3: the genitive, Bolivia and #Боливия; боливар is a currency",
        absent=("ru_bolivar_rate",),
    ),
    Labelled(
        "Катар",
        _QATAR,
        "k3: Qatar, Qatari, катарский; катар the illness is not",
        absent=("ru_catarrh",),
    ),
    Labelled(
        "Мексики",
        _MEXICO,
        "k3: Mexico and Мексиканские Соединённые Штаты; not New Mexico; Мехико alone is the city",
        absent=_NEW_MEXICO,
    ),
    Labelled("Mexico", _MEXICO, "k3: Mexico, not the US state New Mexico", absent=_NEW_MEXICO),
    Labelled(
        "Мальвинские острова",
        ("ru_malvinas", "en_falklands"),
        "k3: Мальвинские = Фолклендские = Falkland Islands = Las Malvinas; not Мальвина",
        absent=("ru_malvina_puppets",),
    ),
    Labelled(
        "Алжир",
        _ALGERIA,
        "k3: Algeria, Algerian, алжирский; the АЛЖИР camp near Astana is not",
        absent=("ru_alzhir_museum",),
    ),
    Labelled("Индии", _INDIA, "k3: India, Indian, индийский", absent=("en_indiana",)),
    Labelled(
        "Indian",
        _INDIA,
        "k3: the adjective names India; Indiana only shares its letters",
        absent=("en_indiana",),
    ),
    Labelled("Аргентины", _ARGENTINA, "k3: the genitive, Argentina and Argentine"),
    Labelled(
        "Киргизии",
        _KYRGYZSTAN,
        "k3: Киргизия = Кыргызстан = Kyrgyzstan, Кыргызская Республика, Kyrgyz",
    ),
    Labelled("Kyrgyzstan", _KYRGYZSTAN, "k3: Kyrgyzstan in both languages"),
    Labelled(
        "Запорожская АЭС",
        _ZNPP,
        "k3: ЗАЭС, Zaporizhzhia NPP, Zaporozhye NPP; the Zaporozhets car is not",
        absent=("ru_zaporozhets",),
    ),
    Labelled("Сухуми", _SUKHUM, "k3: Сухуми = Сухум = Sukhumi, in any case"),
    Labelled("Пакистана", _PAKISTAN, "k3: the genitive, Pakistan and пакистанский"),
    Labelled(
        "в Чили",
        _CHILE,
        "k3: Chile and Chilean; соус чили and green chile are not",
        absent=_NOT_CHILE,
    ),
    Labelled("Кении", _KENYA, "k3: the genitive, Kenya and Kenyan"),
    Labelled("Намибии", _NAMIBIA, "k3: the genitive, and Namibia"),
    Labelled(
        "река Туманная",
        _TUMEN,
        "k3: the river Туманная = Tumen; туманная погода is fog",
        absent=("ru_fog_moscow",),
    ),
    Labelled(
        "Strasbourg",
        ("en_echr_mh17", "ru_echr_zakharova", "en_echr_zakharova"),
        "k3: the city and «Страсбургский суд»",
    ),
    Labelled("Японии", _JAPAN, "k3: Japan, Japanese, японский"),
    Labelled("Вьетнама", _VIETNAM, "k3: Vietnam, Vietnamese, вьетнамский"),
    Labelled(
        "Oman",
        _OMAN,
        "k3: Oman, Omani, Oman-mediated; not woman or spokeswoman",
        absent=("en_nepal_karki", "en_kuril_zakharova"),
    ),
    # ------------------------------------------------------ k4 topics and common words
    Labelled("удобрения", _FERTILISER_RU, "k4: Russian posts only"),
    Labelled("fertiliser", _FERTILISER_EN, "k4: fertiliser, fertilisers and fertilizer"),
    Labelled("литий", ("ru_bolivia_lithium", "ru_lithium_oneliner"), "k4: лития, литиевые"),
    Labelled(
        "циклон", ("ru_srilanka_consular", "ru_srilanka_flight"), "k4: циклона, Russian posts"
    ),
    Labelled("cyclone", ("en_srilanka_cyclone", "en_srilanka_russians"), "k4: English only"),
    Labelled("смертная казнь", ("ru_hasina_verdict",), "k4: two Russian words"),
    Labelled(
        "death sentence",
        ("en_hasina_verdict", "en_hasina_extradition"),
        "k4: sentenced ... to death holds both words",
    ),
    Labelled("пошлины", ("ru_sheinbaum_tariffs", "ru_sheinbaum_troops"), "k4: пошлины, пошлин"),
    Labelled("tariffs", ("en_sheinbaum_tariffs", "en_sheinbaum_troops"), "k4: English only"),
    Labelled(
        "траур",
        ("ru_odinga_death", "ru_nujoma_death", "ru_alzhir_museum"),
        "k4: траур and траурный",
    ),
    Labelled("импичмент", ("ru_madagascar_coup", "ru_sara_duterte"), "k4: Russian only"),
    Labelled(
        "impeachment",
        ("en_madagascar_coup", "en_sara_duterte"),
        "k4: impeachment and impeach",
    ),
    Labelled(
        "танкер",
        ("ru_boracay_putin", "ru_kiwala", "ru_briefing_apr16"),
        "k4: танкер, танкера",
    ),
    Labelled(
        "tanker",
        ("en_boracay", "en_kiwala", "en_boracay_putin", "en_eagle_s_2024"),
        "k4: English only",
    ),
    Labelled(
        "мост",
        ("ru_tumen_bridge", "ru_tumen_oneliner"),
        "k4: моста, Мост; not видимость or стоимость",
        absent=("ru_fog_moscow", "ru_bolivia_lithium"),
    ),
    Labelled(
        "протесты",
        ("ru_briefing_sep11", "ru_nepal_oli", "ru_hasina_verdict", "ru_nepal_curfew"),
        "k4: протест, протестов, протестующие",
    ),
    Labelled(
        "protests",
        (
            "en_kuril_protest",
            "en_kuril_zakharova",
            "en_japan_fishing_boat",
            "en_nepal_oli",
            "en_nepal_curfew",
            "en_hasina_verdict",
            "en_madagascar_coup",
            "en_abkhazia_2024",
            "en_kenya_2024",
        ),
        "k4: protest, protested, protesters",
    ),
    Labelled(
        "peace treaty",
        ("en_kuril_protest", "en_kuril_takaichi"),
        "k4: two English words",
    ),
    Labelled(
        "nuclear energy",
        ("en_tolam_kremlin", "en_nicaragua_nuclear"),
        "k4: atomic energy is a synonym, not the word",
    ),
    Labelled(
        "гуманитарная помощь",
        ("ru_srilanka_aid",),
        "k4: both words; «гуманитарный груз» lacks помощь",
    ),
    Labelled(
        "железная дорога",
        ("ru_rasht_astara", "ru_iran_treaty_kremlin"),
        "k4: железной дороги",
    ),
    Labelled("railway", ("en_rasht_astara", "en_instc_cargo"), "k4: railway, Railways"),
    Labelled(
        "co-president",
        ("en_nicaragua_copresidents", "en_nicaragua_nuclear", "en_ortega_birthday"),
        "k4: co-president, co-presidents",
    ),
    Labelled(
        "туристы",
        ("ru_srilanka_consular", "ru_srilanka_flight", "ru_nepal_consular", "ru_karelia_train"),
        "k4: туристам, туристов, туристический",
    ),
    Labelled(
        "runoff",
        ("en_bolivia_runoff", "en_abkhazia_gunba", "en_chile_kast"),
        "k4: English only",
    ),
    Labelled(
        "временное правительство",
        ("ru_nepal_karki", "ru_yunus_election"),
        "k4: временное, временного правительства",
    ),
    Labelled(
        "strategic partnership",
        ("en_iran_treaty", "en_iran_treaty_force", "en_pezeshkian_treaty"),
        "k4: two English words",
    ),
    Labelled(
        "coup",
        ("en_madagascar_coup", "en_madagascar_au"),
        "k4: coup, not couple's",
        absent=("en_nicaragua_copresidents",),
    ),
    Labelled(
        "санкции",
        _FERTILISER_KENYA,
        "k4: санкций, санкциям",
    ),
    Labelled(
        "sanctions",
        (
            "en_iran_treaty",
            "en_chabahar_waiver",
            "en_boracay",
            "en_kiwala",
            "en_aeroflot_fleet",
            "en_wto_russia",
            "en_sanctions_package",
        ),
        "k4: English only",
    ),
    Labelled(
        "переговоры",
        (
            "ru_malvinas",
            "ru_tolam_kremlin",
            "ru_yevkurov_ouagadougou",
            "ru_iran_treaty_kremlin",
            "ru_lavrov_araghchi",
            "ru_oman_talks",
            "ru_oman_rome",
            "ru_briefing_apr16",
            "ru_putin_india",
            "ru_vietnam_npp",
            "ru_lavrov_oneliner",
            "ru_talks_generic",
            "ru_pope_talks",
        ),
        "k4: every Russian post with переговоры in any form",
    ),
    Labelled(
        "talks",
        (
            "en_tolam_kremlin",
            "en_araghchi_moscow",
            "en_muscat_talks",
            "en_oman_rome",
            "en_oman_briefing",
            "en_pope_talks",
            "en_vietnam_npp",
            "en_yevkurov_ouagadougou",
            "en_talks_generic",
        ),
        "k4: every English post with talks",
    ),
    # ------------------------------------------------------ k5 people
    Labelled(
        "Аракчи",
        _ARAGHCHI,
        "k5: Аракчи = Araghchi = Araqchi; Аракчеев is another man",
        absent=("ru_arakcheev_museum",),
    ),
    Labelled(
        "Araqchi",
        _ARAGHCHI,
        "k5: the other transliteration finds both",
        absent=("ru_arakcheev_museum",),
    ),
    Labelled("Пезешкианом", _PEZESHKIAN, "k5: the instrumental case, and Pezeshkian"),
    Labelled(
        "Shehbaz Sharif",
        _SHEHBAZ,
        "k5: Шахбаз Шариф; not his brother Nawaz nor the actor Omar Sharif",
        absent=("en_nawaz_sharif", "ru_omar_sharif"),
    ),
    Labelled(
        "Шарифом",
        _SHEHBAZ,
        "k5: the surname alone; posts naming only Nawaz or Omar Sharif are left unlabelled",
    ),
    Labelled("Туадера", _TOUADERA, "k5: Туадера = Touadera = Touadéra"),
    Labelled(
        "Rajoelina",
        ("en_madagascar_coup", "ru_madagascar_coup"),
        "k5: Rajoelina = Радзуэлина",
    ),
    Labelled("Randrianirina", _RANDRIANIRINA, "k5: Рандрианирина in any case"),
    Labelled(
        "Raila Odinga",
        _RAILA_ODINGA,
        "k5: Раила Одинга, Раилы Одинги; not his brother Oburu Odinga",
        absent=("en_oburu_odinga",),
    ),
    Labelled("Уильяму Руто", _RUTO, "k5: the dative, and William Ruto"),
    Labelled("Sheinbaum", _SHEINBAUM, "k5: Шейнбаум = Sheinbaum"),
    Labelled("Хавьер Милей", _MILEI, "k5: Милея, Milei; a post naming Milei alone is him"),
    Labelled(
        "Родриго Пас",
        _PAZ,
        "k5: Rodrigo Paz, Пас alone; not the poet Октавио Пас nor Rodrigo Duterte",
        absent=_OCTAVIO_PAZ,
    ),
    Labelled(
        "Rodrigo Paz",
        _PAZ,
        "k5: the Latin name finds Родриго Пас",
        absent=_OCTAVIO_PAZ,
    ),
    Labelled(
        "Даниэль Ортега",
        _NICARAGUA_COPRESIDENTS,
        "k5: not Amancio Ortega of Inditex",
        absent=("en_amancio_ortega", "ru_amancio_ortega"),
    ),
    Labelled(
        "Murillo",
        (
            "en_nicaragua_copresidents",
            "ru_nicaragua_copresidents",
            "en_nicaragua_nuclear",
            "en_ortega_birthday",
        ),
        "k5: Мурильо = Murillo",
    ),
    Labelled(
        "То Лам",
        _TO_LAM,
        "k5: То Ламом, To Lam, Tô Lâm; «то» and далай-лама are not",
        absent=_DALAI_LAMA,
    ),
    Labelled(
        "To Lam",
        _TO_LAM,
        "k5: to and the Dalai Lama are not To Lam",
        absent=_DALAI_LAMA,
    ),
    Labelled("Сушила Карки", ("ru_nepal_karki", "en_nepal_karki"), "k5: Sushila Karki"),
    Labelled("Шейх Хасина", _HASINA, "k5: Шейх Хасину, Sheikh Hasina"),
    Labelled(
        "Muhammad Yunus",
        _YUNUS,
        "k5: Мухаммад Юнус; not Yunus-Bek Yevkurov",
        absent=_YEVKUROV,
    ),
    Labelled("Гросси", _GROSSI, "k5: Гросси = Grossi = Rafael Mariano Grossi"),
    Labelled("Гунбе", _GUNBA, "k5: the dative, Б.А.Гунба and Badra Gunba"),
    Labelled(
        "Adgur Ardzinba",
        ("ru_abkhazia_gunba", "en_abkhazia_gunba"),
        "k5: not Vladislav Ardzinba, the first president",
        absent=("ru_ardzinba_memorial", "en_ardzinba_memorial"),
    ),
    Labelled(
        "Садыр Жапаров",
        _SADYR_JAPAROV,
        "k5: Sadyr Japarov; not Akylbek Japarov",
        absent=_AKYLBEK_JAPAROV,
    ),
    Labelled(
        "Rodrigo Duterte",
        _RODRIGO_DUTERTE,
        "k5: Родриго Дутерте, Duterte alone in the ICC story; not Sara Duterte",
        absent=_SARA_DUTERTE,
    ),
    Labelled(
        "Сара Дутерте",
        _SARA_DUTERTE,
        "k5: Сары Дутерте, Sara Duterte; not her father",
        absent=_RODRIGO_DUTERTE,
    ),
    Labelled(
        "Лев XIV",
        _LEO,
        "k5: Льву XIV, Leo XIV, Pope Leo; Далай-лама XIV is not",
        absent=("ru_dalai_lama",),
    ),
    Labelled(
        "Prevost",
        ("en_pope_leo", "ru_pope_leo"),
        "k5: Превост; not the novelist Abbé Prévost",
        absent=("en_abbe_prevost",),
    ),
    Labelled(
        "Папа Франциск",
        ("ru_pope_francis", "en_pope_francis"),
        "k5: Pope Francis; Robert Francis Prevost is not",
        absent=("en_pope_leo",),
    ),
    Labelled("Michelle Bachelet", _BACHELET, "k5: Мишель Бачелет"),
    Labelled("Небензя", ("ru_nebenzia_unsg", "en_nebenzia_unsg"), "k5: Небензя = Nebenzia"),
    Labelled(
        "Pak Thae Song",
        ("ru_tumen_bridge", "en_tumen_bridge"),
        "k5: Пак Тхэ Сон = Pak Thae-song, with and without the hyphen",
    ),
    Labelled(
        "Tebboune", ("en_sansal_pardon", "ru_sansal_pardon", "en_tebboune_2024"), "k5: Теббун"
    ),
    Labelled(
        "Львова-Белова",
        ("ru_qatar_children", "ru_qatar_lvova", "en_qatar_lvova"),
        "k5: a hyphenated surname, Lvova-Belova",
    ),
    Labelled("Захаровой", _ZAKHAROVA, "k5: М.В.Захарова, Maria Zakharova, Zakharova's"),
    Labelled(
        "Ким Чен Ын",
        ("en_dprk_kim_letter", "ru_kim_letter", "en_kim_tumen"),
        "k5: Ким Чен Ын = Kim Jong Un",
    ),
    Labelled(
        "Гутерриш",
        ("en_grossi_unsg", "ru_grossi_unsg", "en_un_briefing"),
        "k5: Гутерриш = Гутерреш = Antonio (António) Guterres",
    ),
    # ------------------------------------------------------ k6 quoted phrases
    Labelled(
        '"теневой флот"',
        ("ru_kiwala", "ru_briefing_apr16"),
        "k6: теневой without флот is the shadow economy",
        absent=("ru_shadow_economy",),
    ),
    Labelled(
        '"shadow fleet"',
        _SHADOW_FLEET_EN,
        "k6: fleet and shadow apart are not the phrase",
        absent=("en_aeroflot_fleet",),
    ),
    Labelled(
        '"Сила Сибири"',
        _PS2_RU,
        "k6: «Сила Сибири — 2», «Силе Сибири»; морозы в Сибири набирают силу is not",
        absent=("ru_siberia_frost",),
    ),
    Labelled(
        '"Power of Siberia"',
        ("en_ps2_memo", "en_ps2_novak", "en_ps1_record"),
        "k6: both pipelines; power outages in Siberia are not",
        absent=("en_siberia_outages",),
    ),
    Labelled(
        '"Power of Siberia 2"',
        ("en_ps2_memo", "en_ps2_novak"),
        "k6: the second pipeline, not the first",
        absent=("en_ps1_record", "en_siberia_outages"),
    ),
    Labelled(
        '"Север — Юг"',
        _NORTH_SOUTH_RU,
        "k6: the words in this order; «с юга на север» is not",
        absent=("ru_karelia_train",),
    ),
    Labelled(
        '"North-South"',
        ("en_rasht_astara",),
        "k6: North–South with an en dash; South-to-North is the other order",
        absent=("en_south_north_water",),
    ),
    Labelled(
        '"Нобелевская премия мира"',
        _NOBEL_PEACE_RU,
        "k6: in any case; премия по химии ... материалов мира is not",
        absent=("ru_nobel_chemistry",),
    ),
    Labelled(
        '"Nobel Peace Prize"',
        _NOBEL_PEACE_EN,
        "k6: the Nobel Prize in chemistry is not",
        absent=("en_nobel_chemistry",),
    ),
    Labelled('"мирный договор"', ("ru_kuril_takaichi",), "k6: «мирного договора»"),
    Labelled(
        '"Northern Territories"',
        ("en_kuril_protest", "en_kuril_takaichi"),
        "k6: Japan's name for the southern Kurils",
    ),
    Labelled('"северные территории"', ("ru_kuril_takaichi",), "k6: «северных территорий»"),
    Labelled('"папа римский"', ("ru_pope_leo", "ru_pope_francis"), "k6: «папой римским»"),
    Labelled('"war on drugs"', ("en_duterte_arrest",), "k6: an English phrase"),
    Labelled('"война с наркотиками"', ("ru_duterte_arrest",), "k6: «войны с наркотиками»"),
    Labelled('"Gen Z"', ("en_nepal_oli", "en_madagascar_coup"), "k6: Gen Z and Gen Z-led"),
    Labelled(
        '"Договор о всеобъемлющем стратегическом партнёрстве"',
        _IRAN_TREATY_RU,
        "k6: a document's name in the language typed, in any case",
    ),
    Labelled(
        '"strategic partnership treaty"',
        ("en_iran_treaty", "en_pezeshkian_treaty", "en_iran_treaty_force"),
        "k6: the three words together, also inside the longer name",
    ),
    Labelled(
        '"второй тур"',
        ("ru_bolivia_runoff", "ru_abkhazia_gunba", "ru_chile_kast", "ru_abkhazia_first_round"),
        "k6: «во втором туре», «второй тур»",
    ),
    Labelled(
        '"currency swap"',
        ("en_milei_midterms", "en_argentina_swap"),
        "k6: an English phrase",
    ),
    Labelled(
        '"Malaysia Airlines"',
        ("en_echr_mh17", "en_icao_mh17"),
        "k6: a company's name as written",
    ),
    Labelled(
        '"Уполномоченный по правам ребёнка"',
        ("ru_qatar_children",),
        "k6: an office's Russian title",
    ),
    Labelled('"state of emergency"', ("en_srilanka_cyclone",), "k6: an English phrase"),
    Labelled('"crimes against humanity"', ("en_hasina_verdict",), "k6: an English phrase"),
    # ------------------------------------------------------ k7 a word excluded
    Labelled(
        "Мадагаскар -мультфильм",
        _MADAGASCAR,
        "k7: the cartoon removed; the musical is still not the island",
        absent=_NOT_MADAGASCAR,
    ),
    Labelled(
        "Madagascar -musical",
        _MADAGASCAR,
        "k7: the musical removed; the cartoon is still not the island",
        absent=_NOT_MADAGASCAR,
    ),
    Labelled(
        "Катар -Интервидение",
        ("ru_qatar_children", "en_qatar_children", "ru_qatar_lvova", "en_qatar_lvova"),
        "k7: the contest's third place removed",
        absent=("ru_intervision_win", "ru_catarrh"),
    ),
    Labelled(
        "Iran -Oman",
        (
            "ru_iran_treaty_kremlin",
            "en_iran_treaty",
            "ru_iran_treaty_force",
            "en_iran_treaty_force",
            "en_pezeshkian_treaty",
            "ru_rasht_astara",
            "en_rasht_astara",
            "en_chabahar_waiver",
            "ru_chabahar_waiver",
        ),
        "k7: a place removes the posts naming it in either language",
        absent=_OMAN,
    ),
    Labelled(
        "Дутерте -Сара",
        _RODRIGO_DUTERTE,
        "k7: the daughter removed",
        absent=_SARA_DUTERTE,
    ),
    Labelled(
        "Ortega -Amancio",
        _NICARAGUA_COPRESIDENTS,
        "k7: the Inditex founder removed in both scripts",
        absent=("en_amancio_ortega", "ru_amancio_ortega"),
    ),
    Labelled(
        "Шариф -Омар",
        _SHEHBAZ,
        "k7: the actor removed; Nawaz Sharif is left unlabelled",
        absent=("ru_omar_sharif",),
    ),
    Labelled(
        "Нобелевская премия -химии",
        _NOBEL_PEACE_RU,
        "k7: the chemistry prize removed",
        absent=("ru_nobel_chemistry",),
    ),
    Labelled(
        "Nobel Prize -chemistry",
        _NOBEL_PEACE_EN,
        "k7: Prize is an English word, so English posts; chemistry removed",
        absent=("en_nobel_chemistry",),
    ),
    Labelled(
        "Курилы -учения",
        (
            "en_kuril_protest",
            "ru_kuril_takaichi",
            "ru_shikotan_schooner",
            "en_kuril_bastion",
            "ru_iturup_airport",
            "en_kuril_zakharova",
            "en_iturup_airport",
        ),
        "k7: a Russian word removes only Russian posts (drills and exercises stay)",
        absent=("ru_kuril_drills", "ru_briefing_sep11", "ru_smoking_day"),
    ),
    Labelled(
        "Abkhazia -2024",
        _ABKHAZIA,
        "k7: a year removes the posts of that year",
        absent=("en_abkhazia_2024",),
    ),
    Labelled(
        "Sri Lanka -cyclone",
        ("ru_srilanka_consular", "ru_srilanka_flight", "ru_srilanka_aid", "en_srilanka_aid"),
        "k7: an English word removes only English posts",
        absent=("en_srilanka_cyclone", "en_srilanka_russians"),
    ),
    Labelled(
        "Коломбо -сериал",
        _COLOMBO,
        "k7: the TV series removed",
        absent=("ru_columbo_tv",),
    ),
    Labelled(
        "МАГАТЭ -Запорожская",
        ("en_grossi_unsg", "ru_grossi_unsg"),
        "k7: the place removes ЗАЭС, ZNPP and Zaporozhye NPP",
        absent=_IAEA_ON_ZNPP,
    ),
    Labelled(
        "Чили -соус",
        _CHILE,
        "k7: the sauce removed; green chile is still not the state",
        absent=_NOT_CHILE,
    ),
    Labelled(
        "Мексика -Шейнбаум",
        ("ru_mexico_mid", "en_bachelet_unsg", "ru_bachelet_unsg"),
        "k7: a person removes the posts naming her in either script",
        absent=(*_SHEINBAUM, *_NEW_MEXICO),
    ),
    Labelled(
        "Японии -Курилы",
        ("en_kuril_takaichi", "en_japan_fishing_boat", "en_nobel_2024"),
        "k7: posts naming the Kurils removed",
        absent=(
            "en_kuril_protest",
            "ru_briefing_sep11",
            "ru_kuril_takaichi",
            "ru_shikotan_schooner",
            "en_kuril_bastion",
            "en_kuril_zakharova",
        ),
    ),
    # ------------------------------------------------------ k8 dates
    Labelled(
        "12 апреля",
        _OMAN_TALKS,
        "k8: 12 апреля = April 12; 2 April is not",
        absent=("ru_malvinas", "en_falklands"),
    ),
    Labelled(
        "April 12",
        _OMAN_TALKS,
        "k8: the English date finds the Russian",
        absent=("ru_malvinas", "en_falklands"),
    ),
    Labelled(
        "двенадцатого апреля",
        _OMAN_TALKS,
        "k8: a day in words",
        absent=("ru_malvinas", "en_falklands"),
    ),
    Labelled(
        "2 апреля",
        ("ru_malvinas", "en_falklands"),
        "k8: not 12 April",
        absent=_OMAN_TALKS,
    ),
    Labelled(
        "10 октября",
        ("ru_nobel_machado", "en_nobel_machado"),
        "k8: Oct 10; Dec. 10 is not",
        absent=("en_nobel_2024",),
    ),
    Labelled("10.10", ("ru_nobel_machado", "en_nobel_machado"), "k8: a day in figures"),
    Labelled(
        "Dec 10",
        ("en_nobel_2024",),
        "k8: not 10 October",
        absent=("ru_nobel_machado", "en_nobel_machado"),
    ),
    Labelled(
        "17 января 2025",
        ("ru_iran_treaty_kremlin", "en_iran_treaty", "ru_iran_treaty_force"),
        "k8: with the year; the treaty's story is of 2025",
    ),
    Labelled(
        "5 марта 2026",
        ("ru_nepal_karki", "en_nepal_karki"),
        "k8: Nepal's election day, stated with its year",
    ),
    Labelled(
        "March 26",
        ("en_wto_mc14", "ru_wto_mc14", "ru_wto_mid"),
        "k8: 26 марта and «26-29 марта»; not March 29 or March 2",
        absent=("en_wto_close", "en_wto_mc13"),
    ),
    Labelled(
        "9 июля",
        ("ru_echr_mh17", "en_echr_mh17"),
        "k8: not 19 or 10 July",
        absent=("ru_nicaragua_mid", "ru_omar_sharif"),
    ),
    Labelled(
        "17 ноября",
        ("ru_hasina_verdict", "en_hasina_verdict"),
        "k8: not Nov 7 or Nov 18",
        absent=("en_kuril_takaichi", "en_hasina_extradition"),
    ),
    Labelled(
        "Nov 7",
        ("en_kuril_takaichi",),
        "k8: not 17 November",
        absent=("ru_hasina_verdict", "en_hasina_verdict"),
    ),
    Labelled(
        "28 декабря",
        ("ru_car_election", "en_car_election", "ru_car_briefing"),
        "k8: Dec 28, and the briefing that names the day",
    ),
    Labelled(
        "18 декабря",
        ("ru_car_briefing",),
        "k8: not 28 December",
        absent=("ru_car_election", "en_car_election"),
    ),
    Labelled(
        "12 февраля 2026",
        ("ru_yunus_election", "en_yunus_election"),
        "k8: 12 February of 2025 in La Paz is the other year",
        absent=("ru_bolivia_lithium",),
    ),
    Labelled(
        "12 февраля",
        ("ru_yunus_election", "en_yunus_election", "ru_bolivia_lithium"),
        "k8: without a year, both years",
    ),
    Labelled(
        "1 марта",
        ("en_abkhazia_gunba", "ru_abkhazia_first_round"),
        "k8: not 2 or 11 March",
        absent=("ru_abkhazia_gunba", "en_wto_mc13", "en_duterte_arrest"),
    ),
    Labelled(
        "29 сентября",
        ("en_chabahar_waiver", "ru_chabahar_waiver"),
        "k8: Sept. 29; not 9 September",
        absent=("ru_nepal_oli", "en_nepal_oli"),
    ),
    Labelled(
        "9 сентября",
        ("ru_nepal_oli", "en_nepal_oli"),
        "k8: not 19 or 29 September",
        absent=("en_chabahar_waiver", "ru_chabahar_waiver"),
    ),
    Labelled(
        "14.10.2025",
        ("ru_madagascar_coup", "en_madagascar_coup"),
        "k8: a date in figures with the year",
    ),
    Labelled(
        "9 февраля",
        ("ru_varyag_day", "ru_nujoma_death", "en_nujoma_death"),
        "k8: every post that names the day; not 10 February",
        absent=("ru_consular_hanoi",),
    ),
    Labelled(
        "2 сентября 2025",
        ("ru_ps2_memo", "en_ps2_memo"),
        "k8: Sept 2 of the pipeline memo",
    ),
    Labelled(
        "second of September",
        ("ru_ps2_memo", "en_ps2_memo"),
        "k8: a day in English words",
    ),
    Labelled(
        "4 декабря",
        ("ru_putin_india_arrival",),
        "k8: not Dec 5",
        absent=("en_putin_india",),
    ),
    Labelled(
        "31.12.2026",
        ("ru_grossi_unsg", "en_grossi_unsg"),
        "k8: the end of Guterres's term in figures",
    ),
    Labelled(
        "11 марта",
        ("en_duterte_arrest",),
        "k8: March 11; the TASS lead of 12 March is not",
        absent=("ru_duterte_arrest",),
    ),
    Labelled(
        "23 октября",
        ("ru_znpp_power",),
        "k8: not Sept. 23",
        absent=("en_znpp_outage",),
    ),
    Labelled(
        "Nobel Peace Prize 2024",
        ("en_nobel_2024",),
        "k8: the year typed excludes the 2025 prize",
        absent=("en_nobel_machado", "ru_nobel_machado"),
    ),
    Labelled(
        "WTO 2026",
        ("en_wto_mc14", "ru_wto_mc14", "ru_wto_mid", "en_wto_close", "en_wto_russia"),
        "k8: MC14 is of 2026; MC13 of 2024 is not",
        absent=("en_wto_mc13",),
    ),
    Labelled(
        "Абхазия 2024",
        ("en_abkhazia_2024",),
        "k8: the 2025 election is the other year",
        absent=("ru_abkhazia_gunba", "en_abkhazia_gunba", "ru_abkhazia_first_round"),
    ),
    # ------------------------------------------------------ k9 hashtags and lower case
    Labelled("#Курилы", _KURILS, "k9: a hashtag means its word", absent=("ru_smoking_day",)),
    Labelled(
        "#консульство",
        ("ru_srilanka_consular", "ru_consular_hanoi", "ru_nepal_consular"),
        "k9: консульство, консульский; Russian posts",
    ),
    Labelled("#Chabahar", _CHABAHAR, "k9: Чабахар = Chabahar"),
    Labelled("#ВТО", _WTO, "k9: the hashtag's word", absent=_NOT_WTO),
    Labelled("#ЕСПЧ", _ECHR, "k9: the hashtag's word in both languages"),
    Labelled("#Мадагаскар", _MADAGASCAR, "k9: the place", absent=_NOT_MADAGASCAR),
    Labelled("#Боливия", _BOLIVIA, "k9: the place", absent=("ru_bolivar_rate",)),
    Labelled("#Катар", _QATAR, "k9: the place", absent=("ru_catarrh",)),
    Labelled(
        "#брифинг",
        ("ru_briefing_sep11", "ru_car_briefing", "ru_briefing_oct16", "ru_briefing_apr16"),
        "k9: a Russian common word",
    ),
    Labelled("#briefing", ("en_briefing_oct16",), "k9: an English common word"),
    Labelled("#Iran", _IRAN, "k9: Iran, Iranian, иранский, ирано-американский"),
    Labelled("#Непал", _NEPAL, "k9: the place"),
    Labelled("#Хасан", ("ru_tumen_bridge", "ru_tumen_oneliner"), "k9: the border station Хасан"),
    Labelled(
        "#санкции",
        _FERTILISER_KENYA,
        "k9: a Russian common word",
    ),
    Labelled("#Algeria", _ALGERIA, "k9: the place", absent=("ru_alzhir_museum",)),
    Labelled("#ШриЛанка", _SRI_LANKA, "k9: a hashtag closed up"),
    Labelled("#Киргизия", _KYRGYZSTAN, "k9: the place"),
    Labelled("магатэ", _IAEA, "k9: lower case"),
    Labelled("шейнбаум", _SHEINBAUM, "k9: lower case"),
    Labelled("туадера", _TOUADERA, "k9: lower case"),
    Labelled("cnpc", ("ru_ps2_memo", "en_ps2_memo"), "k9: lower case"),
    Labelled("echr", _ECHR, "k9: lower case"),
    Labelled("гунба", _GUNBA, "k9: lower case"),
    Labelled("milei", _MILEI, "k9: lower case"),
    Labelled("kathmandu", _KATHMANDU, "k9: lower case"),
    # ------------------------------------------------------ k10 typos
    Labelled("Мадагаскр", _MADAGASCAR, "k10: a letter dropped", absent=_NOT_MADAGASCAR),
    Labelled("Madagaskar", _MADAGASCAR, "k10: k for c", absent=_NOT_MADAGASCAR),
    Labelled("Шейнбаун", _SHEINBAUM, "k10: one letter wrong"),
    Labelled("Sheinbuam", _SHEINBAUM, "k10: two letters swapped"),
    Labelled("Пезешкиян", _PEZESHKIAN, "k10: a letter added"),
    Labelled("Туадеро", _TOUADERA, "k10: one letter wrong"),
    Labelled("Рандринирина", _RANDRIANIRINA, "k10: a letter dropped"),
    Labelled(
        "Araghci",
        _ARAGHCHI,
        "k10: a letter dropped",
        absent=("ru_arakcheev_museum",),
    ),
    Labelled(
        "Интервиденье",
        _INTERVISION,
        "k10: ь for и; Eurovision is another contest",
        absent=("ru_eurovision",),
    ),
    Labelled("Zaporizhia", _ZNPP, "k10: a letter dropped", absent=("ru_zaporozhets",)),
    Labelled("Katmandu", _KATHMANDU, "k10: the h dropped"),
    Labelled("Гроси", _GROSSI, "k10: one с"),
    Labelled("Чабохар", _CHABAHAR, "k10: о for а"),
    Labelled(
        "Dissanayke",
        ("en_srilanka_cyclone", "ru_srilanka_aid"),
        "k10: a letter dropped; Дисанаяке",
    ),
    Labelled(
        "Мухамад Юнус",
        _YUNUS,
        "k10: one м; not Юнус-Бек Евкуров",
        absent=_YEVKUROV,
    ),
    Labelled("Bachellet", _BACHELET, "k10: a letter doubled"),
    Labelled("Нибензя", ("ru_nebenzia_unsg", "en_nebenzia_unsg"), "k10: и for е"),
    Labelled(
        "Rajoelna",
        ("en_madagascar_coup", "ru_madagascar_coup"),
        "k10: a letter dropped",
    ),
    Labelled("Пакистна", _PAKISTAN, "k10: two letters swapped"),
    Labelled("Kyrgystan", _KYRGYZSTAN, "k10: a letter dropped"),
    Labelled("Boliva", _BOLIVIA, "k10: a letter dropped", absent=("ru_bolivar_rate",)),
    Labelled("удобрнеия", _FERTILISER_RU, "k10: two letters swapped"),
    Labelled("fertlizer", _FERTILISER_EN, "k10: a letter dropped"),
    # ------------------------------------------------------ k11 е for ё, mixed scripts
    Labelled(
        "Лихачев",
        ("ru_grossi_likhachev", "en_grossi_likhachev"),
        "k11: е typed for ё, and Likhachev",
    ),
    Labelled("маневры", ("ru_kuril_drills",), "k11: е for ё: «манёврах»"),
    Labelled("стратегическое партнерство", _IRAN_TREATY_RU, "k11: е for ё: «партнёрстве»"),
    Labelled(
        "уполномоченный по правам ребенка",
        ("ru_qatar_children",),
        "k11: е for ё: «ребёнка»",
    ),
    Labelled("объем", ("ru_fertiliser_kenya",), "k11: е for ё: «объёмом»"),
    Labelled("самолет МЧС", ("ru_srilanka_aid",), "k11: е for ё; самолёт is a Russian word"),
    Labelled(
        "лагерь жен изменников Родины",
        ("ru_alzhir_museum",),
        "k11: е for ё: «жён»",
    ),
    Labelled(
        "преемник далай-ламы утвержден",
        ("ru_dalai_lama",),
        "k11: е for ё: «утверждён»",
    ),
    Labelled("Gunba Абхазия", _GUNBA, "k11: a Latin name with a Cyrillic place"),
    Labelled(
        "Grossi МАГАТЭ",
        _IAEA,
        "k11: a Latin name with a Cyrillic abbreviation",
    ),
    Labelled(
        "Araghchi Маскат",
        ("en_muscat_talks", "ru_oman_talks"),
        "k11: the minister in Muscat, in either script",
    ),
    Labelled(
        "Sheinbaum пошлины",
        ("ru_sheinbaum_tariffs", "ru_sheinbaum_troops"),
        "k11: a Latin name with a Russian word: Russian posts",
    ),
    Labelled(
        "Milei выборы",
        ("ru_milei_midterms",),
        "k11: a Latin name with a Russian word",
    ),
    Labelled(
        "CAPSAT Мадагаскар",
        ("ru_madagascar_coup", "en_madagascar_coup"),
        "k11: a Latin abbreviation with a Cyrillic place",
    ),
    Labelled(
        "Power of Siberia Газпром",
        ("en_ps2_memo", "en_ps1_record"),
        "k11: English words with a Cyrillic company: English posts",
    ),
    Labelled(
        "Сила Сибири CNPC",
        ("ru_ps2_memo",),
        "k11: Russian words with a Latin company: Russian posts",
    ),
    Labelled(
        "Duc Phuc Интервидение",
        ("ru_intervision_win", "en_intervision_win"),
        "k11: a Latin name with the contest's Russian name",
    ),
    Labelled(
        "Курилы Takaichi",
        ("ru_kuril_takaichi",),
        "k11: the Japanese post names only the Northern Territories",
    ),
    # ------------------------------------------------------ k12 questions typed naturally
    Labelled(
        "когда Лавров встречался с Аракчи",
        ("ru_lavrov_araghchi", "en_araghchi_moscow"),
        "k12: the two ministers; the question words and the verb are not terms",
        first="ru_lavrov_araghchi",
    ),
    Labelled(
        "what did the IAEA say about Zaporizhzhia",
        _IAEA_ON_ZNPP,
        "k12: IAEA with the plant, however spelled",
        first="en_iaea_znpp",
        absent=("ru_zaporozhets",),
    ),
    Labelled(
        "кто победил на Интервидении",
        _INTERVISION,
        "k12: the contest; победил is the question's verb",
        first="ru_intervision_win",
        absent=("ru_eurovision",),
    ),
    Labelled(
        "who won the Nobel Peace Prize 2025",
        ("en_nobel_machado", "en_peskov_nobel", "en_briefing_oct16"),
        "k12: English words and the year; the 2024 prize and chemistry are not",
        first="en_nobel_machado",
        absent=("en_nobel_2024", "en_nobel_chemistry"),
    ),
    Labelled(
        "что сказала Захарова о Мадагаскаре",
        ("ru_briefing_oct16", "en_briefing_oct16"),
        "k12: Zakharova and Madagascar",
        first="ru_briefing_oct16",
    ),
    Labelled(
        "why did the US revoke the Chabahar waiver",
        ("en_chabahar_waiver",),
        "k12: US, Chabahar and waiver",
    ),
    Labelled(
        "где подписали договор о границе Киргизии и Таджикистана",
        ("ru_kg_tj_treaty", "ru_mid_kg_tj", "ru_khujand_summit"),
        "k12: договор and граница with both states",
        first="ru_kg_tj_treaty",
    ),
    Labelled(
        "when was Rodrigo Duterte taken to The Hague",
        _HAGUE,
        "k12: Duterte and The Hague",
        first="en_duterte_arrest",
        absent=_SARA_DUTERTE,
    ),
    Labelled(
        "почему Япония протестует против учений на Курилах",
        ("ru_briefing_sep11",),
        "k12: Japan, протест, учения and the Kurils in one post",
    ),
    Labelled(
        "what happened to Sheikh Hasina",
        _HASINA,
        "k12: the person",
        first="en_hasina_verdict",
    ),
    Labelled(
        "сколько удобрений доставили в Кению",
        _FERTILISER_RU,
        "k12: удобрения and Kenya",
        first="ru_fertiliser_kenya",
    ),
    Labelled(
        "who won Bolivia's presidential runoff",
        ("en_bolivia_runoff",),
        "k12: Bolivia, presidential and runoff",
    ),
    Labelled(
        "кто стал президентом Мадагаскара",
        ("ru_madagascar_sworn", "ru_madagascar_coup"),
        "k12: президент and Madagascar",
        first="ru_madagascar_sworn",
    ),
    Labelled(
        "what did Putin say about the Boracay tanker",
        ("en_boracay_putin",),
        "k12: Putin, Boracay and tanker",
    ),
    Labelled(
        "что Песков сказал о Нобелевской премии",
        ("ru_peskov_nobel",),
        "k12: Peskov and the prize in Russian",
    ),
    Labelled(
        "where is the WTO ministerial in 2026",
        ("en_wto_mc14", "en_wto_close", "en_wto_russia"),
        "k12: WTO, ministerial and the year",
        absent=("en_wto_mc13",),
    ),
    Labelled(
        "когда Пезешкиан подписал договор с Путиным",
        ("ru_iran_treaty_kremlin",),
        "k12: Pezeshkian, договор and Putin",
    ),
    Labelled(
        "как пройдут выборы в Непале",
        ("ru_nepal_karki",),
        "k12: выборы and Nepal",
    ),
    Labelled(
        "how many children has Qatar helped reunite",
        ("en_qatar_children", "en_qatar_lvova"),
        "k12: children and Qatar",
    ),
    Labelled(
        "кто такой Бадра Гунба",
        _GUNBA,
        "k12: the person",
        first="ru_abkhazia_gunba",
    ),
    Labelled(
        "what did Zakharova say about the ECHR ruling",
        ("en_echr_zakharova",),
        "k12: ruling is an English word",
    ),
    Labelled(
        "что случилось с танкером Kiwala",
        ("ru_kiwala", "ru_briefing_apr16"),
        "k12: танкер and Kiwala",
        first="ru_kiwala",
    ),
)

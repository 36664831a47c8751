"""Thirtieth labelled search set: Rogun to Rabat, an analyst's everyday searches.

The archive holds 250 posts, 125 in Russian and 125 in English, from official channels (mid,
mfa_russia, mid_consular, kremlin, kremlin_en, russiaun, russiaun_en, roscosmos, nasa, un_news)
and agencies and media (tass, tass_en, ria, interfax, rbc, rt, rt_en, rg, mosreg, bashinform,
sport_express, kabar, kabar_en, akipress, 24kg, asia_plus, asia_plus_en, kazinform, kursiv,
astana_times, uza, kun_uz, kun_uz_en, gazeta_uz, turkmenportal, tolo_news, azertag, apa_en,
irna, anadolu, xinhua, yonhap, pti, dawn, reuters, ap, afp, bloomberg, bbc, bbc_sport, rte,
euronews, rferl, aljazeera, africanews, prensa_latina): Kremlin and MID readouts and greetings,
comments, briefing excerpts with several topics, TASS, RIA and Interfax leads with datelines
(«ДУШАНБЕ, 29 августа. /ТАСС/.», «ТАШКЕНТ, 17 янв — РИА Новости.», «Бишкек. 24 июня. INTERFAX
-»), Reuters, AP, AFP, Anadolu, Xinhua and PTI stories ("TASHKENT, Jan 17 (Reuters) -",
"KHANKENDI, Azerbaijan (AA) -", "SRIHARIKOTA, July 30 (PTI) —", "BEIJING, Oct. 23 (Xinhua)
--"), one-liners, reposts ("Forwarded from", «Репост из»), consular notices, posts with
hashtags, links, figures and emoji. Most of its 45 stories are told twice or more, in Russian
and English posts worded independently: Tajikistan's Rogun dam on the Vakhsh and the World
Bank; Kambarata-1 on the Naryn, Japarov and the EDB; the Qosh Tepa canal on the Amu Darya; the
Kokaral dam and the Small Aral; TAPI reaching Herat; the Middle Corridor (TITR), Aktau and
Anaklia; the shrinking Caspian; the ECO summit in Khankendi; CICA's transformation, in Astana
and Baku; Tokayev's single-chamber Kurultai; Sindarov's FIDE World Cup in Goa and Mirziyoyev's
congratulations; Wang Yi in Kabul; İmamoğlu's detention and the CHP; Öcalan's call, the PKK's
disbanding and the weapons burnt near Sulaymaniyah; Dayton at 30, the Office of the High
Representative and Nebenzia; Portugal's snap election, Luís Montenegro and Chega; Montenegro's
EU talks; Catherine Connolly's election in Ireland; Kosovo's election and the deadlock after
it; the Iberian blackout; Apollo–Soyuz at 50 and Bakanov in Houston; Soyuz MS-27 and Jonny Kim;
NISAR; Starship's seventh and eighth flights and New Glenn; Ariane 6 from Kourou; Enteromix and
the Gamaleya mRNA vaccine; Kennedy's mRNA cuts and the CDC's advisers; the World Cup draw and
FIFA's peace prize; the Club World Cup final; Angola at 50; Mozambique at 50; Gnassingbé's new
post in Togo; Edgar Lungu's death and the fight over his burial; GenZ 212 in Morocco; the
Africa Cup of Nations; AUSSOM and Somalia's Security Council month; Masra's sentence in Chad;
Guyana's election and Essequibo; the Seychelles' run-off; the Maldives at 60 and Modi; China's
plenum and the 15th Five-Year Plan; the Indus Waters Treaty; Tehran's water crisis; Hezbollah's
disarmament; Uzbekistan and the WTO. Query kinds: k1 organisations and abbreviations in both
languages and scripts; k2 events with places; k3 places in Russian case forms and in English;
k4 topics and common words; k5 people, declined surnames, transliteration variants; k6 quoted
phrases; k7 a word excluded with a minus; k8 dates in words and figures, with and without a
year; k9 hashtags and lower-case typing; k10 typos of one or two letters; k11 е typed for ё
(and ё for е) and mixed-script queries; k12 questions typed naturally.

Labelling rules, those of the twenty-ninth set, followed exactly: expected holds every post a
reader typing the query wants. A person, organisation, place, abbreviation, event or date
matches in either language or script, in any case form, spelling, transliteration or
abbreviation (a person named with a given name, initials or a title is that person:
М.В.Захарова, В.А.Небензя, Э.Имамоглу, К.Коннолли, К.Шмидт, А.Ю.Руденко; place adjectives such
as Рогунская, Камбаратинская, Ханкендинская, Дейтонские, Транскаспийский, Trans-Caspian,
прикаспийских, афганском, казахстанской, косовской, Иракском, ливанскую, Мальдивской or
российско-киргизские and nationality adjectives and nouns such as Turkmen, Afghan, Uzbek,
узбекистанский, Turkish, Portuguese, Moroccan, Chadian, Zambian, South African, Pakistani,
Iranian, Lebanese, Angolan, боснийцам, китайца or сомалийским name the place, inside a name too:
«Казахстан темир жолы», the Indus Waters Treaty, «Договор о водах Инда», the Dayton Peace
Agreement; a post's hashtag names its words, #Tajikistan, #Kyrgyzstan, #AmuDarya,
#MiddleCorridor, #GenZ212, #ApolloSoyuz50 and #СоюзМС27 included, while a repost's @handle names
nothing (@gazetauz); a day counts in words in either language or in figures, «17 янв», «11 ноя»,
«28 апр», Sept. 8, Nov. 21, Dec. 9, 30.07.2025 and 24.03.2025 included, and a range such as July
3-4, October 8-9, «8–9 октября», «15–16 октября» or «с 20 по 23 октября» holds each of its days;
dates are read from a post's text, datelines included, never from the day it was posted; a typed
year excludes posts of another year, a post's year being the one its text states for what it
reports or else its story's: 2025 except the launch and docking of Soyuz-19 and Apollo (15 and
17 July 1975), Angola's independence (11 November 1975), the initialling and signing of the
Dayton agreement (21 November and 14 December 1995), the signing of the Indus Waters Treaty (19
September 1960), Rogun's first unit (November 2018), and the NPC's vote on the plan, the Africa
Cup of Nations final and Somalia's Security Council month (12 March, 18 January and 1 January
2026)). Common words and topics (выборы, election, плотина, dam, канал, canal, протесты,
protests, вакцина, vaccine) match only posts in the language typed, in any inflected or derived
form of the same stem (выборах, выборов; elected, electoral, elect; протестных; disarmed,
disarm, disarmament; состыковались, стыковки; независимый, independent; шахматной; presidential
for president), never a synonym or another stem (a power outage is not a blackout, «отключение
электроэнергии» is not блэкаут, избран, переизбран and избирателей are not выборы, a vote is not
an election, «30 лет», «50-летие», «полвека», 'fifty years ago' and 'half a century' are not a
годовщина or an anniversary, a treaty is not an agreement, договор is not соглашение, 'electric'
is not election, «разрушился» is not взорвался, a channel is not a canal, водохранилища are not
плотины, 'hand over its weapons' is not disarm), and a named thing made of common words (the
Indus Waters Treaty, «Договор о водах Инда», the Dayton Peace Agreement, «Дейтонские
соглашения», the Five-Year Plan, «пятилетний план», the FIFA Peace Prize, «Премия мира») counts
as words in the language typed, unless it is an organisation or an event's proper name (the
Middle Corridor = «Средний коридор»; the FIDE World Cup = «Кубок мира ФИДЕ» = «Кубок мира по
шахматам» = Chess World Cup; the Club World Cup = «клубный чемпионат мира»; the Africa Cup of
Nations = «Кубок африканских наций»; Apollo–Soyuz = ЭПАС; the Office of the High Representative
= «Управление Высокого представителя»). A query of several words wants posts holding all of
them, each by these rules; prepositions, particles, question words and verbs such as сказал,
said, held, agreed are not terms, nor is the verb of a typed question (что предложил, кто
выиграл, кто победил, где построят, где прошёл, сколько человек, когда распустилась, когда
стыковались, что сказал, who won, who signed, why was ... detained, when did ... die, where did
... fall, what caused, does ... agree, is ... playing, running out of). A place's name of
several words (Босния и Герцеговина, Bosnia and Herzegovina, Теркс и Кайкос, Turks and Caicos,
Французская Гвиана, French Guiana, Северная Ирландия, Northern Ireland, Сейшельские Острова,
Каспийское море, Caspian Sea, Аральское море, Aral Sea, Amu Darya, South Africa) is one name,
not its words. A quoted phrase wants its words together and in order, inflected, in the language
typed; a hashtag means its word or words; -word removes the posts that word matches (a common
word typed in Russian removes only Russian posts, one typed in English only English posts; a
place, organisation or person removes the posts naming it in either language, a bare surname its
best-known bearer only).

As applied here: ОЭС = Организация экономического сотрудничества = ECO = Economic Cooperation
Organization, #ОЭС included, while «ОЭС Центральной Азии» is the region's unified power system
and an eco-city is a common word; СВМДА = Совещание по взаимодействию и мерам доверия в Азии =
CICA = Conference on Interaction and Confidence Building Measures in Asia, #CICA included,
while SICA, the Central American Integration System, is another body; РПК = Рабочая партия
Курдистана = PKK = Kurdistan Workers' Party, #РПК included, while the РПК-16 is a Kalashnikov
machine gun; CHP = НРП = Народно-республиканская партия = Республиканская народная партия =
Republican People's Party, while Almaty's CHP-2 is a combined heat and power plant; ТМТМ =
TITR = Транскаспийский международный транспортный маршрут = Trans-Caspian International
Transport Route = Средний коридор = Middle Corridor = the EU's Trans-Caspian Transport
Corridor; ТАПИ = TAPI; ФИДЕ = FIDE, while ФИФА = FIFA, one letter away, is another body; УЕФА
= UEFA; ФМБА = FMBA = Federal Medical-Biological Agency; ИСРО = ISRO = Индийская организация
космических исследований; НАСА = NASA; Роскосмос = Roscosmos; МКС = ISS = International Space
Station; ЕАБР = EDB = Евразийский банк развития = Eurasian Development Bank; Всемирный банк =
World Bank, World Bank-backed and World Bank-hosted included; ВТО = WTO = Всемирная торговая
организация, while ЮНВТО, the UN's tourism organisation, is another body; ВСНП = National
People's Congress; КПК = CPC; ВЭФ = Восточный экономический форум = Eastern Economic Forum,
while the World Economic Forum in Davos (Всемирный экономический форум) is another forum;
АУССОМ = AUSSOM; Африканский союз = African Union; СБ ООН = Совбез = Совет Безопасности ООН =
UN Security Council = UNSC, #UNSC and #СБООН included, and UN News's Security Council is it;
ЕАЭС = EAEU; ОДКБ = CSTO; ЭПАС = ASTP = Apollo-Soyuz Test Project = «Союз» — «Аполлон», a post
naming both craft of 1975 included, while Apollo Global Management is a company and a bare
Союз, a union, is a common word; ПСЖ = Paris St Germain; мРНК = mRNA, an abbreviation in both
scripts; GenZ 212 = #GenZ212; Chega = «Хватит!»; Управление Высокого представителя = Office
of the High Representative, while «высокий представитель» alone names the post's holder, not
the office. Places: Рогунская ГЭС = Рогун = Rogun HPP = the Rogun dam; Камбаратинская ГЭС-1 =
Камбарата-1 = Kambarata-1 = Kambarata HPP-1, and a bare Kambarata is it, while Kambarata HPP-2
is another plant; Кош-Тепа = Куштепа = Qosh Tepa = Qush Tepa; Амударья = Amu Darya; Нарын =
Naryn; Вахш = Vakhsh; Аральское море = Арал = Малый Арал = Aral Sea = Small Aral, while Aral,
BP's German fuel network, is a company; Каспийское море = Каспий = Caspian, Транскаспийский,
Trans-Caspian and прикаспийских included; Актау = Aktau; Ханкенди = Khankendi = Stepanakert;
Киргизия = Кыргызстан = Kyrgyzstan; Туркмения = Туркменистан = Turkmenistan (Туркменбаши is a
city); Таджикистан = Tajikistan; Турция = Turkey = Türkiye, while the Turks and Caicos Islands
and Turkmenistan are other places; Черногория = Montenegro, the country, and a bare Montenegro
is it, while Luís Montenegro (Луиш Монтенегру), Portugal's prime minister, is a person;
Ирландия = Ireland, and Northern Ireland (Северная Ирландия) is another place; Гайана =
Guyana, and French Guiana (Французская Гвиана), where Kourou (Куру) is, is another place; Того
= Togo, and «того» the pronoun («кроме того», «из того», «после того как») is a common word;
Чад = Chad, and «чад», smoke, is a common word; Сомали = Somalia, and Мали = Mali is another
country; Замбия = Zambia, and Mozambique (Мозамбик) holds its letters but is another country;
Мальдивы = Maldives; Мале = Male, the capital, and 'male' is a common word; Сейшельские
Острова = Seychelles; ЮАР = South Africa; Дейтон = Dayton, named by the Dayton agreement and by
the city in Ohio alike; Босния и Герцеговина = Bosnia and Herzegovina = Bosnia-Herzegovina =
Bosnia; Тегеран = Tehran; Ливан = Lebanon; Инд = Indus; Испания = Spain; Байконур = Baikonur;
Жезказган = Zhezkazgan; Гоа = Goa; Кабул = Kabul. People: Эмомали Рахмон = Emomali Rahmon,
and Рустам Эмомали, his son, is another person; Садыр Жапаров = Sadyr Japarov = Zhaparov, and
Акылбек Жапаров is another person; Касым-Жомарт Токаев = Kassym-Jomart Tokayev = Tokaev;
Шавкат Мирзиёев = Мирзиеев = Shavkat Mirziyoyev = Mirziyoev; Ильхам Алиев = Ilham Aliyev,
while Heydar Aliyev International Airport names his father only; Масуд Пезешкиан = Masoud
Pezeshkian; Эрдоган = Recep Tayyip Erdoğan = Erdogan; Экрем Имамоглу = Ekrem İmamoğlu =
Imamoglu; Абдулла Оджалан = Abdullah Öcalan = Ocalan, whom 'its jailed founder' does not name;
Жавохир Синдаров = Javokhir Sindarov; Вэй И = Wei Yi, and Ван И = Wang Yi is another person;
Аркадий Дворкович = Arkady Dvorkovich; Кэтрин Коннолли = Catherine Connolly, and Gerry Connolly
is another person; Луиш Монтенегру = Luís Montenegro = Luis Montenegro; Милойко Спаич =
Milojko Spajic; Андре Вентура = André Ventura; Альбин Курти = Albin Kurti; Дмитрий Баканов =
Dmitry Bakanov; Алексей Леонов = Alexei Leonov; Джонатан Ким = Jonny Kim, and Ким Чен Ын = Kim
Jong-un is another person; Вероника Скворцова; Александр Гинцбург = Alexander Gintsburg; Роберт
Кеннеди-младший = Robert F. Kennedy Jr., while the Kennedy Center (Центр Кеннеди) names no
person here; Джанни Инфантино = Gianni Infantino; Коул Палмер = Cole Palmer; Жуан Лоуренсу =
João Lourenço = Joao Lourenco; Даниэл Шапу = Daniel Chapo; Фор Гнассингбе = Faure Gnassingbé
= Gnassingbe; Эдгар Лунгу = Edgar Lungu; Хакаинде Хичилема = Hakainde Hichilema; Хасан Шейх
Мохамуд = Hassan Sheikh Mohamud; Сюксе Масра = Succès Masra = Succes Masra; Ирфаан Али = Irfaan
Ali; Патрик Эрмини = Patrick Herminie; Мохамед Муизу = Mohamed Muizzu; Нарендра Моди =
Narendra Modi; Шахбаз Шариф = Shehbaz Sharif, and Nawaz Sharif is another person; Наим Касем =
Naim Qassem; Небензя = Nebenzia; Захарова = Zakharova; Песков = Peskov; Путин = Putin. A city,
capital or not, does not stand for its country (Dushanbe, Bishkek, Tashkent, Astana, Almaty,
Kabul, Lisbon, Podgorica, Dublin, Sarajevo, Pretoria, Johannesburg, Beijing, Karachi, Lahore,
Beirut and Tehran stand for themselves, and a Kabul dateline and the Taliban name no
Afghanistan). A surname alone is its best-known bearer here; a post naming only another bearer
is left unlabelled for the bare surname and is absent for the full name: a bare Жапаров is
Sadyr Japarov, Алиев Ilham Aliyev, Коннолли Catherine Connolly, Шариф Shehbaz Sharif, and Ким
or Kim Kim Jong-un, so that «-Ким» leaves Jonny Kim's posts in place. A place's bare name
shared with another place or thing is the best-known one here, and a post naming only the
other is absent: the Montenegrin state for Montenegro; Northern Ireland for Ireland; French
Guiana for Guyana; Kambarata HPP-2 for Kambarata; the fuel retailer for Aral; Mali for Somalia
and back; Mozambique for Zambia and back.

Rules this set had to add, in the spirit of the above: an abbreviation names no place its
expansion holds (ТМТМ names no Caspian, CPC and ISRO no China or India); a quoted phrase finds
a hashtag that joins its words in order (#MiddleCorridor for "Middle Corridor"); a hashtag that
joins a name and a number (#ApolloSoyuz50, #ЭПАС50, #Angola50, #Dayton30) names the name; a day
named without a date (День независимости, Independence Day, World Environment Day, День
туризма) is not a date, nor is a month (January 2026, «в марте 2026 года»); a common word that
is also a name («того», «чад», 'male', 'eco-city', 'electric') is absent for the name; in a
mixed-script query a Latin name (Kambarata-1, Starship, NISAR, FIDE, CHP, GenZ 212, TAPI,
Chega, ECO, Aktau, Kurultai, Dayton, Ariane 6) is a name in both languages, as a Cyrillic name
is (Хезболла, Синдаров, Имамоглу, Башкортостан, Куру), while the query's common word (ГЭС,
взорвался, спутник, протесты, газопровод, партия, саммит, порт, соглашение, disarm) keeps its
language; е and ё are one letter. absent lists precision traps that share a string but not the
meaning: those above, abbreviations with two meanings or a letter apart (ОЭС, CHP, РПК,
CICA and SICA, ФИДЕ and ФИФА, ВТО and ЮНВТО, ВЭФ), namesakes (Rustam Emomali, Akylbek Japarov,
Heydar Aliyev, Gerry Connolly, Wang Yi and Wei Yi, Nawaz Sharif, Kim Jong-un and Jonny Kim, the
Kennedy Center, the police officer Nisar Ahmed, Apollo Global Management, the Chelsea Flower
Show, Bashkortostan's Kurultai, the city of Dayton, Ohio), the other World Cups (FIFA's, the
Club World Cup and FIDE's for one another); near-miss days (15 and 17 July, 16 and 17 January, 6
and 7 March, 18 and 19 May, 9 and 10 February, 5 and 25 June, 1 and 11 September, 9 and 29
August, 21 November and 14 December); the other year (17 July 1975 against the briefing's 17
July of 2025, 11 November 1975 against 2025, 2030 against 2026); a phrase's words apart or in
another order; and a minus query's excluded posts. first is set only where one post is
clearly what a reader wants on top.

Written blind: I read only the twenty-ninth set (its docstring, its first sixty posts, the end
of its POSTS with its helper tuples, its first seventy-five queries, the first of its date
queries and its last twenty queries), the first forty lines of the other search_corpus_*.py
files, to choose other stories, and the ruff section of pyproject.toml. I did not read
tg_archiver/, docs/, README, CHANGELOG, search_corpus.py or any other test, and I ran neither
the search, the CLI, pytest nor git. The only code run was an import of this module's parts from
/tmp scratch scripts (with a stand-in for Labelled), checking that every key a query names
exists in POSTS, that no query is empty or repeated, and grepping the post texts to label them.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ------------------------------------------------------------- Tajikistan: the Rogun dam
    "en_rogun_wb": (
        (2, 12),
        "reuters",
        "DUSHANBE, Feb 12 (Reuters) - The World Bank will help Tajikistan raise financing for the "
        "second stage of the Rogun hydropower plant on the Vakhsh river, whose 335-metre dam is "
        "set to be the world's tallest, the bank's regional director said on Wednesday. Downstream "
        "Uzbekistan, once the project's fiercest critic, now plans to buy Rogun's surplus summer "
        "power.",
    ),
    "en_rogun_rahmon": (
        (8, 29),
        "asia_plus_en",
        "President Emomali Rahmon launched the pouring of concrete into the core of the Rogun dam "
        "on Friday and said the plant's third turbine would start up in 2026. 🇹🇯 #Rogun",
    ),
    "ru_rogun_rahmon": (
        (8, 29),
        "tass",
        "ДУШАНБЕ, 29 августа. /ТАСС/. Президент Таджикистана Эмомали Рахмон дал старт укладке "
        "бетона в ядро плотины Рогунской ГЭС. Высота плотины составит 335 м, она станет самой "
        "высокой в мире. Третий гидроагрегат планируется запустить в 2026 году, полная мощность "
        "станции — 3780 МВт.",
    ),
    "ru_rogun_wb": (
        (6, 18),
        "interfax",
        "Москва. 18 июня. INTERFAX.RU - Совет директоров Всемирного банка одобрил дополнительное "
        "финансирование для Таджикистана в размере $350 млн на строительство Рогунской ГЭС на реке "
        "Вахш, сообщили в банке. Кроме того, к проекту присоединились Азиатский банк "
        "инфраструктурных инвестиций и ОПЕК-фонд.",
    ),
    "ru_rogun_oneliner": (
        (11, 3),
        "rbc",
        "Рогун выдал в сеть 3 млрд кВт·ч с момента пуска первого агрегата в ноябре 2018 года.",
    ),
    "en_rogun_asiaplus": (
        (11, 3),
        "asia_plus_en",
        "Forwarded from Asia-Plus: Rogun HPP has generated 3 billion kWh since its first unit was "
        "launched in November 2018, the plant's press service says. ⚡ #Tajikistan",
    ),
    "ru_rogun_emomali_trap": (
        (9, 1),
        "asia_plus",
        "Председатель Маджлиси милли, мэр Душанбе Рустам Эмомали открыл в столице новый парк к "
        "34-й годовщине независимости Таджикистана.",
    ),
    # ------------------------------------------------------- Kyrgyzstan: Kambarata-1 on the Naryn
    "en_kambarata_deal": (
        (1, 17),
        "reuters",
        "TASHKENT, Jan 17 (Reuters) - Energy ministers of Kazakhstan, Kyrgyzstan and Uzbekistan "
        "signed an agreement on Friday to jointly build the 1,860-megawatt Kambarata-1 hydropower "
        "plant on the Naryn river, a project estimated at up to $6 billion. The World Bank is "
        "coordinating potential lenders.",
    ),
    "ru_kambarata_deal": (
        (1, 17),
        "ria",
        "ТАШКЕНТ, 17 янв — РИА Новости. Министры энергетики Узбекистана, Казахстана и Киргизии "
        "подписали соглашение о совместном строительстве Камбаратинской ГЭС-1 мощностью 1860 МВт "
        "на реке Нарын. Водохранилище станции позволит накапливать воду зимой и отдавать её летом "
        "на орошение в низовьях.",
    ),
    "ru_kambarata_japarov": (
        (3, 22),
        "kabar",
        "Президент Кыргызстана Садыр Жапаров: «Камбарата-1 — стройка века для всего региона». По "
        "его словам, Евразийский банк развития (ЕАБР) и Всемирный банк готовят пакет "
        "финансирования, а первый агрегат должен заработать в 2028 году.",
    ),
    "en_kambarata_japarov": (
        (3, 22),
        "akipress",
        "Sadyr Zhaparov says Kambarata-1 will be 'the construction project of the century' for "
        "Central Asia, with the first unit due in 2028. #Kyrgyzstan",
    ),
    "ru_kambarata_wb": (
        (6, 24),
        "interfax",
        "Бишкек. 24 июня. INTERFAX - Конференция инвесторов Камбаратинской ГЭС-1 пройдёт в Вене "
        "под эгидой Всемирного банка, сообщил министр энергетики Киргизии Таалайбек Ибраев. "
        "Стоимость проекта оценивается в $5–6 млрд.",
    ),
    "en_kambarata_vienna": (
        (7, 1),
        "reuters",
        "VIENNA, July 1 (Reuters) - Lenders at a World Bank-hosted investors' conference on "
        "Tuesday expressed interest in financing Kyrgyzstan's Kambarata-1 dam, which would be the "
        "largest hydropower project in Central Asia after Tajikistan's Rogun.",
    ),
    "en_kambarata_edb": (
        (10, 7),
        "kabar_en",
        "BISHKEK — The Eurasian Development Bank (EDB) and the World Bank will jointly finance an "
        "updated feasibility study for Kambarata HPP-1, EDB chairman Nikolai Podguzov said on "
        "Tuesday.",
    ),
    "en_kambarata2_trap": (
        (12, 15),
        "kabar_en",
        "Unit 2 of the Kambarata HPP-2 on the Naryn will be shut down for scheduled repairs until "
        "February, Kyrgyzstan's Electric Power Plants company said.",
    ),
    "ru_putin_japarov": (
        (11, 26),
        "kremlin",
        "Состоялись российско-киргизские переговоры. Владимир Путин и Садыр Жапаров обсудили "
        "торгово-экономическое сотрудничество, взаимодействие в ЕАЭС и ОДКБ, а также участие "
        "российских компаний в энергетических проектах Киргизии, включая строительство малых ГЭС.",
    ),
    "ru_akylbek_trap": (
        (4, 2),
        "24kg",
        "Бывший председатель кабмина Акылбек Жапаров прочитал в Бишкеке открытую лекцию о "
        "госдолге Кыргызстана и налоговой реформе.",
    ),
    # --------------------------------------------------- Afghanistan: the Qosh Tepa canal
    "en_qoshtepa": (
        (3, 5),
        "afp",
        "KALDAR, Afghanistan (AFP) — The second phase of the Qosh Tepa canal is 80 percent "
        "complete, Taliban officials said on Wednesday. The 285-kilometre channel will draw water "
        "from the Amu Darya to irrigate 550,000 hectares of northern Afghanistan, worrying "
        "downstream Uzbekistan and Turkmenistan.",
    ),
    "ru_qoshtepa": (
        (3, 6),
        "tass",
        "КАБУЛ, 6 марта. /ТАСС/. Талибы завершили на 80% вторую очередь канала Кош-Тепа, который "
        "забирает воду из Амударьи. По оценкам экспертов, после его запуска сток реки в Узбекистан "
        "и Туркмению может сократиться на 15–20%.",
    ),
    "en_qoshtepa_mfa": (
        (3, 21),
        "mfa_russia",
        "💬 Maria Zakharova: Russia supports dialogue between Afghanistan and its Central Asian "
        "neighbours on the shared use of the Amu Darya, including on the Qosh Tepa canal. Water "
        "must unite the region, not divide it.",
    ),
    "en_qoshtepa_uzbek": (
        (6, 10),
        "gazeta_uz",
        "Uzbekistan and Afghanistan have agreed to set up a joint working group on the Qush Tepa "
        "canal, the Uzbek water resources ministry said. #AmuDarya #water",
    ),
    "ru_qoshtepa_repost": (
        (6, 10),
        "kun_uz",
        "Репост из @gazetauz: Узбекистан и Афганистан создадут рабочую группу по каналу Кош-Тепа. "
        "Первое заседание пройдёт в Термезе.",
    ),
    "ru_qoshtepa_mirziyoyev": (
        (9, 23),
        "kun_uz",
        "Шавкат Мирзиёев с трибуны Генассамблеи ООН призвал страны бассейна Амударьи к "
        "совместному управлению водой с учётом строительства канала Куштепа в Афганистане. 💧",
    ),
    # ------------------------------------------------------------------ Kazakhstan: the Aral
    "en_aral_kokaral": (
        (4, 22),
        "astana_times",
        "ASTANA — Kazakhstan has started the second phase of the Kokaral dam project, which will "
        "raise the level of the Northern Aral Sea and bring water back towards the port town of "
        "Aralsk. The World Bank-backed project follows a first phase completed in 2005 that "
        "revived fishing in the Small Aral.",
    ),
    "ru_aral": (
        (4, 22),
        "kazinform",
        "Казахстан приступил ко второй фазе проекта по сохранению Северного Аральского моря. "
        "Кокаральская плотина будет надстроена, объём воды в Малом Арале увеличится до 34 куб. км, "
        "а береговая линия приблизится к Аральску. #Арал",
    ),
    "ru_aral_oneliner": (
        (4, 23),
        "rbc",
        "Казахстан надстроит Кокаральскую плотину, чтобы спасти Малый Арал.",
    ),
    "en_aral_trap": (
        (2, 20),
        "bloomberg",
        "Aral, BP's German network of about 2,400 filling stations, plans to add 500 fast-charging "
        "points for electric cars this year, the company said.",
    ),
    # ------------------------------------------------------------------- The TAPI gas pipeline
    "en_tapi": (
        (9, 11),
        "tolo_news",
        "HERAT, Afghanistan — Turkmen and Afghan officials marked the completion of pipe-laying on "
        "the first Afghan section of the TAPI gas pipeline, from Serhetabat on the Turkmen border "
        "to Herat. The 1,814-kilometre Turkmenistan–Afghanistan–Pakistan–India line is meant to "
        "carry 33 billion cubic metres of gas a year.",
    ),
    "ru_tapi": (
        (9, 11),
        "ria",
        "ГЕРАТ, 11 сен — РИА Новости. Туркмения и Афганистан завершили укладку труб на первом "
        "афганском участке газопровода ТАПИ (Туркменистан — Афганистан — Пакистан — Индия) от "
        "Серхетабада до Герата.",
    ),
    "en_tapi_oneliner": (
        (9, 11),
        "reuters",
        "TAPI pipeline reaches Herat, 15 years after the deal was signed.",
    ),
    "ru_tapi_berdimuhamedov": (
        (9, 12),
        "turkmenportal",
        "Герой-Аркадаг Гурбангулы Бердымухамедов назвал газопровод ТАПИ «магистралью мира и "
        "согласия». #ТАПИ",
    ),
    # ------------------------------------------------------------------ The Middle Corridor
    "en_midcor_volume": (
        (1, 28),
        "astana_times",
        "ASTANA — Cargo on the Trans-Caspian International Transport Route (TITR), better known as "
        "the Middle Corridor, grew 62% in 2024 to 4.5 million tonnes, Kazakhstan's national "
        "railway company said. The partners aim for 10 million tonnes by 2027.",
    ),
    "ru_midcor": (
        (1, 28),
        "interfax",
        "Астана. 28 января. INTERFAX - Объём перевозок по Транскаспийскому международному "
        "транспортному маршруту (ТМТМ), или Среднему коридору, в 2024 году вырос на 62% и достиг "
        "4,5 млн тонн, сообщили в «Казахстан темир жолы».",
    ),
    "en_midcor_eu": (
        (4, 4),
        "euronews",
        "The EU pledged €10 billion for the Trans-Caspian Transport Corridor at the first "
        "EU–Central Asia summit in Samarkand, Commission President Ursula von der Leyen said. 🇪🇺 "
        "#MiddleCorridor",
    ),
    "en_midcor_anaklia": (
        (5, 29),
        "reuters",
        "TBILISI, May 29 (Reuters) - Georgia signed an investment agreement on Thursday with a "
        "Chinese-led consortium to build the deep-sea port of Anaklia on the Black Sea, a key link "
        "of the Middle Corridor between China and Europe that bypasses Russia.",
    ),
    "ru_midcor_aktau": (
        (6, 20),
        "tass",
        "АКТАУ, 20 июня. /ТАСС/. В порту Актау открыт контейнерный хаб, построенный совместно с "
        "китайской компанией. Мощность терминала — 240 тыс. TEU в год, он станет опорной точкой "
        "ТМТМ на Каспии.",
    ),
    "ru_overchuk_midcor": (
        (10, 14),
        "ria",
        "Оверчук: Средний коридор не конкурент международному транспортному коридору «Север — "
        "Юг», маршруты дополняют друг друга. Вице-премьер отметил, что через Каспий растут "
        "перевозки и в меридиональном направлении.",
    ),
    "en_heydar_aliyev_airport": (
        (12, 28),
        "apa_en",
        "Baku's Heydar Aliyev International Airport handled a record 7 million passengers in 2025, "
        "the airport said.",
    ),
    # --------------------------------------------------------------- The shrinking Caspian
    "ru_caspian_level": (
        (7, 8),
        "tass",
        "АСТРАХАНЬ, 8 июля. /ТАСС/. Уровень Каспийского моря опустился до минус 29,3 м — минимума "
        "за всё время наблюдений. Обмеление осложняет проводку судов по Волго-Каспийскому каналу и "
        "работу портов Махачкалы, Актау и Туркменбаши.",
    ),
    "en_caspian_level": (
        (8, 21),
        "reuters",
        "AKTAU, Kazakhstan, Aug 21 (Reuters) - The Caspian Sea is shrinking so fast that "
        "Kazakhstan must dredge the approaches to Aktau, its main port on the Middle Corridor, "
        "officials said, blaming lower flows from Russia's Volga and hotter summers.",
    ),
    "ru_putin_tokayev_call": (
        (5, 17),
        "kremlin",
        "Состоялся телефонный разговор Владимира Путина с Президентом Республики Казахстан "
        "Касым-Жомартом Токаевым. Российский лидер тепло поздравил собеседника с днём рождения. "
        "Обсуждены актуальные вопросы взаимодействия в ЕАЭС, а также совместные меры по "
        "сохранению Каспийского моря.",
    ),
    "en_putin_tokayev_call": (
        (5, 17),
        "kremlin_en",
        "Vladimir Putin had a telephone conversation with President of Kazakhstan Kassym-Jomart "
        "Tokayev and wished him a happy birthday. The leaders discussed cooperation within the "
        "EAEU and joint steps to save the Caspian Sea.",
    ),
    "ru_caspian_mid": (
        (10, 9),
        "mid",
        "8–9 октября в Ашхабаде состоялось заседание Специальной рабочей группы прикаспийских "
        "государств. Обсуждены совместные меры в связи со снижением уровня Каспийского моря.",
    ),
    "en_caspian_mid": (
        (10, 9),
        "mfa_russia",
        "A special working group of the Caspian littoral states met in Ashgabat on October 8-9 to "
        "coordinate action on the falling level of the Caspian Sea. 🌊",
    ),
    # ------------------------------------------------------------ The ECO summit in Khankendi
    "en_eco_summit": (
        (7, 4),
        "anadolu",
        "KHANKENDI, Azerbaijan (AA) - Leaders of the Economic Cooperation Organization (ECO) "
        "adopted the Khankendi Declaration on Friday at the end of the bloc's 17th summit, hosted "
        "by President Ilham Aliyev in Karabakh. Turkish President Recep Tayyip Erdogan, Iranian "
        "President Masoud Pezeshkian and Pakistani Prime Minister Shehbaz Sharif attended the "
        "July 3-4 meeting.",
    ),
    "ru_eco_summit": (
        (7, 4),
        "tass",
        "ХАНКЕНДИ, 4 июля. /ТАСС/. Саммит Организации экономического сотрудничества (ОЭС) "
        "завершился принятием Ханкендинской декларации. Президент Азербайджана Ильхам Алиев "
        "предложил создать в рамках ОЭС транспортный и энергетический альянс.",
    ),
    "ru_eco_tokayev": (
        (7, 4),
        "kazinform",
        "Касым-Жомарт Токаев на саммите ОЭС в Ханкенди: Казахстан готов вместе с партнёрами по "
        "организации развивать ТМТМ и маршруты к портам Персидского залива. #ОЭС",
    ),
    "en_eco_pezeshkian": (
        (7, 3),
        "irna",
        "President Masoud Pezeshkian met Azerbaijan's President Ilham Aliyev on the sidelines of "
        "the ECO summit in Khankendi on Thursday and called for completing the Rasht–Astara "
        "railway.",
    ),
    "ru_eco_mirziyoyev": (
        (7, 4),
        "uza",
        "Шавкат Мирзиёев на саммите Организации экономического сотрудничества предложил создать "
        "региональный центр по адаптации к изменению климата.",
    ),
    "en_eco_oneliner": (
        (7, 4),
        "reuters",
        "ECO leaders meet in Karabakh's Khankendi, a city Armenians call Stepanakert.",
    ),
    "ru_eco_oneliner": (
        (7, 4),
        "rt",
        "Эрдоган, Пезешкиан и Шариф приехали в Ханкенди на саммит ОЭС.",
    ),
    "ru_oes_grid": (
        (1, 22),
        "kursiv",
        "ОЭС Центральной Азии в январе работала в штатном режиме, несмотря на рекордное "
        "потребление: Казахстан, Узбекистан и Киргизия обеспечили перетоки мощности, сообщили в "
        "KEGOC.",
    ),
    "en_eco_trap": (
        (6, 5),
        "xinhua",
        "ASTANA, June 5 (Xinhua) -- Kazakhstan's capital will plant 1 million trees this year "
        "under an eco-city programme, the city administration said on Thursday, World Environment "
        "Day.",
    ),
    # ------------------------------------------------------------------------------- CICA
    "ru_cica_astana": (
        (6, 12),
        "kazinform",
        "Исполнительный секретариат СВМДА в Астане предложил план трансформации Совещания в "
        "международную организацию к 2026 году. Казахстан выступил инициатором СВМДА в 1992 году.",
    ),
    "en_cica_astana": (
        (6, 12),
        "astana_times",
        "ASTANA — The CICA Secretariat has drafted a roadmap for turning the Conference on "
        "Interaction and Confidence Building Measures in Asia into a full-fledged international "
        "organisation by 2026, Kazakhstan's foreign ministry said.",
    ),
    "ru_cica_mid": (
        (10, 16),
        "mid",
        "15–16 октября заместитель Министра иностранных дел Российской Федерации А.Ю.Руденко "
        "принял участие в заседании Совета министров иностранных дел Совещания по взаимодействию и "
        "мерам доверия в Азии (СВМДА) в Баку. Подтверждена поддержка поэтапной трансформации СВМДА "
        "в полноформатную международную организацию.",
    ),
    "en_cica_baku": (
        (10, 16),
        "azertag",
        "BAKU — Foreign Minister Jeyhun Bayramov opened the CICA Ministerial Council in Baku, "
        "saying Azerbaijan's chairmanship would prepare the Conference's seventh summit in 2026. "
        "#CICA",
    ),
    "en_sica_trap": (
        (6, 27),
        "prensa_latina",
        "SAN SALVADOR — Leaders of the Central American Integration System (SICA) met in San "
        "Salvador to discuss migration and trade with the United States.",
    ),
    # ------------------------------------------------------- Kazakhstan: Tokayev's Kurultai
    "en_tokayev_address": (
        (9, 8),
        "astana_times",
        "ASTANA — President Kassym-Jomart Tokayev proposed on Monday, Sept. 8, to replace "
        "Kazakhstan's two-chamber parliament with a single-chamber Kurultai, with a national "
        "referendum in 2027. In his annual address, he also set a goal of turning Kazakhstan into "
        "a fully digital country within three years.",
    ),
    "ru_tokayev_address": (
        (9, 8),
        "tass",
        "АСТАНА, 8 сентября. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев в ежегодном "
        "послании народу предложил перейти к однопалатному парламенту, который будет называться "
        "Курултаем, и провести по этому вопросу общенациональный референдум в 2027 году.",
    ),
    "en_tokaev_oneliner": (
        (9, 8),
        "reuters",
        "Kazakhstan's Tokaev proposes single-chamber parliament, referendum in 2027.",
    ),
    "ru_tokayev_oneliner": (
        (9, 8),
        "rt",
        "Токаев предложил упразднить Сенат. 🇰🇿",
    ),
    "ru_tokayev_peskov": (
        (9, 9),
        "ria",
        "Песков о реформе парламента в Казахстане: это внутреннее дело союзной нам страны, мы с "
        "уважением относимся к решениям Токаева.",
    ),
    "en_tokayev_reaction": (
        (9, 10),
        "rferl",
        "Critics in Kazakhstan say Tokayev's plan for a one-chamber Kurultai would concentrate "
        "power further; supporters call it the end of a 'redundant' Senate.",
    ),
    "ru_kurultai_trap": (
        (12, 18),
        "bashinform",
        "Государственное Собрание — Курултай Республики Башкортостан приняло бюджет республики на "
        "2026 год.",
    ),
    # --------------------------------------------------- Sindarov wins the FIDE World Cup
    "en_sindarov": (
        (11, 26),
        "afp",
        "PANAJI, India (AFP) — Uzbekistan's Javokhir Sindarov, 19, became the youngest winner of "
        "the FIDE World Cup on Wednesday, beating China's Wei Yi in rapid tiebreaks in Goa.",
    ),
    "ru_sindarov": (
        (11, 26),
        "sport_express",
        "19-летний узбекистанский гроссмейстер Жавохир Синдаров выиграл Кубок мира ФИДЕ в Гоа, "
        "обыграв на тай-брейке китайца Вэй И. Синдаров стал самым молодым обладателем трофея. ♟️",
    ),
    "ru_sindarov_oneliner": (
        (11, 26),
        "rt",
        "Синдаров — самый молодой победитель Кубка мира по шахматам.",
    ),
    "ru_mirziyoyev_sindarov": (
        (11, 27),
        "uza",
        "Президент Узбекистана Шавкат Мирзиёев поздравил Жавохира Синдарова с победой на Кубке "
        "мира по шахматам: «Вы прославили наш народ на весь мир».",
    ),
    "en_sindarov_mirziyoyev": (
        (11, 27),
        "kun_uz_en",
        "President Shavkat Mirziyoev congratulated grandmaster Javokhir Sindarov on winning the "
        "Chess World Cup and awarded him the Order of Mehnat Shuhrati.",
    ),
    "en_fide_dvorkovich": (
        (11, 27),
        "tass_en",
        "FIDE President Arkady Dvorkovich said Sindarov's victory in Goa 'confirms Uzbekistan as a "
        "chess superpower' and that the next World Cup would be held in 2027.",
    ),
    "ru_sindarov_dvorkovich": (
        (11, 27),
        "tass",
        "Президент ФИДЕ Аркадий Дворкович: победа Синдарова подтверждает статус Узбекистана как "
        "шахматной сверхдержавы.",
    ),
    "en_wangyi_kabul": (
        (8, 20),
        "xinhua",
        "KABUL, Aug. 20 (Xinhua) -- Chinese Foreign Minister Wang Yi, Pakistani Deputy Prime "
        "Minister Ishaq Dar and Afghan acting Foreign Minister Amir Khan Muttaqi held the sixth "
        "China-Afghanistan-Pakistan foreign ministers' dialogue in Kabul on Wednesday.",
    ),
    "ru_wangyi_kabul": (
        (8, 20),
        "tass",
        "КАБУЛ, 20 августа. /ТАСС/. Министр иностранных дел КНР Ван И провёл в Кабуле "
        "трёхсторонние переговоры с главами внешнеполитических ведомств Афганистана и Пакистана.",
    ),
    # ----------------------------------------------------------- Türkiye: İmamoğlu's arrest
    "en_imamoglu_detained": (
        (3, 19),
        "reuters",
        "ISTANBUL, March 19 (Reuters) - Turkish police detained Istanbul Mayor Ekrem Imamoglu, "
        "President Tayyip Erdogan's main political rival, on Wednesday over allegations including "
        "graft and aiding a terrorist group, days before he was expected to be named the CHP's "
        "presidential candidate.",
    ),
    "ru_imamoglu_detained": (
        (3, 19),
        "ria",
        "СТАМБУЛ, 19 мар — РИА Новости. Мэр Стамбула Экрем Имамоглу задержан по делу о коррупции "
        "и пособничестве терроризму. Оппозиционная Народно-республиканская партия (НРП) назвала "
        "задержание «попыткой переворота».",
    ),
    "ru_imamoglu_peskov": (
        (3, 20),
        "tass",
        "Песков о задержании Имамоглу: это внутреннее дело Турции, и мы не хотели бы его "
        "комментировать.",
    ),
    "en_imamoglu_jailed": (
        (3, 23),
        "ap",
        "ISTANBUL (AP) — A Turkish court on Sunday ordered Istanbul Mayor Ekrem İmamoğlu jailed "
        "pending trial on corruption charges, as his Republican People's Party held a primary "
        "that nominated him as its presidential candidate. Protests have spread to dozens of "
        "cities.",
    ),
    "ru_imamoglu_jailed": (
        (3, 23),
        "tass",
        "АНКАРА, 23 марта. /ТАСС/. Суд в Стамбуле отправил под арест мэра города Экрема "
        "Имамоглу. В тот же день Республиканская народная партия выдвинула его кандидатом в "
        "президенты на праймериз.",
    ),
    "en_imamoglu_oneliner": (
        (3, 24),
        "bloomberg",
        "Turkish lira, stocks slide as protests over Imamoglu's arrest enter sixth night.",
    ),
    "ru_consular_turkey": (
        (3, 24),
        "mid_consular",
        "❗️ 24.03.2025. Рекомендуем российским гражданам, находящимся в Турции, избегать мест "
        "проведения массовых протестных акций в Стамбуле, Анкаре и Измире. Горячая линия "
        "Генконсульства России в Стамбуле: +90 212 292 51 01.",
    ),
    "en_chp_trap": (
        (10, 20),
        "astana_times",
        "ALMATY — The city's CHP-2 combined heat and power plant has switched from coal to natural "
        "gas, cutting its emissions by 80 percent, Samruk-Energy said.",
    ),
    # ------------------------------------------------------------------- The PKK disbands
    "en_pkk_ocalan": (
        (2, 27),
        "reuters",
        "ISTANBUL, Feb 27 (Reuters) - Jailed Kurdish militant leader Abdullah Ocalan called on the "
        "PKK on Thursday to lay down its arms and dissolve itself, in a letter read out by "
        "lawmakers of the pro-Kurdish DEM Party in Istanbul.",
    ),
    "ru_pkk_ocalan": (
        (2, 27),
        "ria",
        "АНКАРА, 27 фев — РИА Новости. Лидер Рабочей партии Курдистана Абдулла Оджалан, "
        "отбывающий пожизненный срок, призвал боевиков сложить оружие и распустить организацию.",
    ),
    "ru_pkk_dissolved": (
        (5, 12),
        "tass",
        "АНКАРА, 12 мая. /ТАСС/. Рабочая партия Курдистана (РПК) объявила о самороспуске и "
        "прекращении вооружённой борьбы против Турции, которую она вела с 1984 года.",
    ),
    "en_pkk_dissolved": (
        (5, 12),
        "afp",
        "ISTANBUL (AFP) — The Kurdistan Workers' Party said on Monday it had decided to disband "
        "and end its four-decade armed struggle against Turkey, following a call by its jailed "
        "founder.",
    ),
    "en_pkk_weapons": (
        (7, 11),
        "ap",
        "SULAYMANIYAH, Iraq (AP) — Some 30 PKK fighters burned their weapons at a ceremony near "
        "Sulaymaniyah in northern Iraq on Friday, the first concrete step in the group's "
        "disarmament. President Recep Tayyip Erdoğan hailed 'a new era'.",
    ),
    "ru_pkk_weapons": (
        (7, 11),
        "ria",
        "Боевики РПК сожгли своё оружие на церемонии в окрестностях Сулеймании на севере Ирака. "
        "Эрдоган назвал это «началом новой эпохи». #РПК",
    ),
    "ru_rpk_trap": (
        (2, 17),
        "rg",
        "Концерн «Калашников» впервые показал на выставке IDEX в Абу-Даби модернизированный "
        "ручной пулемёт РПК-16.",
    ),
    # ---------------------------------------------------------------------- Dayton at 30
    "ru_dayton_nebenzia": (
        (11, 4),
        "russiaun",
        "Выступление Постоянного представителя В.А.Небензи на заседании СБ ООН по Боснии и "
        "Герцеговине: через 30 лет после Дейтона пора закрыть Управление Высокого представителя и "
        "вернуть боснийцам право самим решать свою судьбу.",
    ),
    "en_dayton_russiaun": (
        (11, 4),
        "russiaun_en",
        "Statement by Permanent Representative Vassily Nebenzia at the UNSC briefing on Bosnia and "
        "Herzegovina: thirty years after the Dayton Peace Agreement, the Office of the High "
        "Representative has outlived its purpose. #UNSC",
    ),
    "ru_dayton_mid": (
        (11, 21),
        "mid",
        "30 лет назад, 21 ноября 1995 года, в Дейтоне (США) было парафировано Общее рамочное "
        "соглашение о мире в Боснии и Герцеговине. Россия как гарант Дейтонских соглашений "
        "выступает за их строгое соблюдение. Так называемый «высокий представитель» К.Шмидт не "
        "был утверждён Советом Безопасности ООН и не обладает никакими полномочиями.",
    ),
    "en_dayton_ap": (
        (11, 21),
        "ap",
        "SARAJEVO, Bosnia-Herzegovina (AP) — Bosnia on Friday marked the 30th anniversary of the "
        "U.S.-brokered Dayton peace agreement, initialed on Nov. 21, 1995, at an air base in Ohio, "
        "which ended a war that killed about 100,000 people but left the country divided along "
        "ethnic lines.",
    ),
    "en_dayton_mfa": (
        (11, 21),
        "mfa_russia",
        "🇧🇦 30 years ago, on November 21, 1995, the General Framework Agreement for Peace in "
        "Bosnia and Herzegovina was initialled in Dayton. As a guarantor of the Dayton Accords, "
        "Russia insists on their strict implementation. #Dayton30",
    ),
    "ru_dayton_tass": (
        (12, 14),
        "tass",
        "САРАЕВО, 14 декабря. /ТАСС/. Ровно 30 лет назад, 14 декабря 1995 года, в Париже было "
        "подписано Дейтонское соглашение. Юбилей в Боснии и Герцеговине встретили без общих "
        "торжеств: Республика Сербская провела собственные мероприятия в Баня-Луке.",
    ),
    "en_dayton_ohio_trap": (
        (6, 26),
        "ap",
        "DAYTON, Ohio (AP) — The National Museum of the U.S. Air Force reopened its presidential "
        "aircraft gallery on Thursday after a two-year renovation.",
    ),
    # ------------------------------------------------------ Portugal: Luís Montenegro's AD
    "en_portugal_election": (
        (5, 19),
        "reuters",
        "LISBON, May 19 (Reuters) - Prime Minister Luis Montenegro's centre-right Democratic "
        "Alliance won Portugal's third election in three years on Sunday but again fell short of "
        "a majority, while the far-right Chega tied with the Socialists for second place.",
    ),
    "ru_portugal_election": (
        (5, 19),
        "tass",
        "ЛИССАБОН, 19 мая. /ТАСС/. Правоцентристский «Демократический альянс» премьер-министра "
        "Луиша Монтенегру победил на досрочных парламентских выборах в Португалии 18 мая, набрав "
        "32,1% голосов. Ультраправая партия Chega («Хватит!») Андре Вентуры получила почти "
        "столько же мест, сколько социалисты.",
    ),
    "en_chega_second": (
        (5, 28),
        "afp",
        "LISBON (AFP) — Portugal's far-right Chega became the main opposition party after overseas "
        "ballots were counted on Wednesday, pushing the Socialists into third place for the first "
        "time in five decades. 'The two-party system is over,' André Ventura said.",
    ),
    "ru_portugal_chega": (
        (5, 28),
        "tass",
        "ЛИССАБОН, 28 мая. /ТАСС/. После подсчёта голосов заграничных избирателей партия Chega "
        "(«Хватит!») стала второй силой в парламенте Португалии, впервые за 50 лет оттеснив "
        "социалистов на третье место.",
    ),
    "en_montenegro_sworn": (
        (6, 5),
        "euronews",
        "Luís Montenegro's second government was sworn in in Lisbon on Thursday, two weeks after "
        "his Democratic Alliance won the snap election.",
    ),
    "ru_montenegro_oneliner": (
        (6, 5),
        "rt",
        "Луиш Монтенегру вновь принёс присягу как премьер Португалии.",
    ),
    # ------------------------------------------------------------- Montenegro, the country
    "ru_montenegro_mid": (
        (8, 1),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "присоединением Черногории к 18-му пакету санкций ЕС\n\nПодгорица в очередной раз "
        "продемонстрировала, что ставит членство в Евросоюзе выше интересов собственных граждан.",
    ),
    "en_montenegro_eu": (
        (12, 16),
        "reuters",
        "PODGORICA, Dec 16 (Reuters) - Montenegro closed four more chapters of its EU accession "
        "talks on Tuesday, keeping it on track to finish negotiations by the end of 2026, Prime "
        "Minister Milojko Spajic said.",
    ),
    "ru_montenegro_eu": (
        (12, 16),
        "ria",
        "ПОДГОРИЦА, 16 дек — РИА Новости. Черногория закрыла ещё четыре переговорные главы на пути "
        "вступления в Евросоюз. Премьер Милойко Спаич рассчитывает завершить переговоры до конца "
        "2026 года.",
    ),
    # ---------------------------------------------------- Ireland: Catherine Connolly elected
    "en_ireland_connolly": (
        (10, 25),
        "reuters",
        "DUBLIN, Oct 25 (Reuters) - Left-wing independent Catherine Connolly was elected Ireland's "
        "10th president by a landslide, winning 63% of first-preference votes against Fine Gael's "
        "Heather Humphreys, official results showed on Saturday.",
    ),
    "ru_ireland_connolly": (
        (10, 25),
        "tass",
        "ЛОНДОН, 25 октября. /ТАСС/. Независимый депутат Кэтрин Коннолли одержала победу на "
        "президентских выборах в Ирландии, набрав более 63% голосов. Голосование прошло 24 "
        "октября.",
    ),
    "en_connolly_inauguration": (
        (11, 11),
        "rte",
        "Catherine Connolly was inaugurated as the tenth President of Ireland at Dublin Castle on "
        "Tuesday, November 11, pledging to be 'a voice for peace and neutrality'.",
    ),
    "ru_connolly_inauguration": (
        (11, 11),
        "ria",
        "ДУБЛИН, 11 ноя — РИА Новости. Кэтрин Коннолли вступила в должность президента Ирландии. "
        "Церемония прошла в Дублинском замке.",
    ),
    "en_gerry_connolly_trap": (
        (5, 21),
        "ap",
        "WASHINGTON (AP) — Rep. Gerry Connolly, a Virginia Democrat who was the top Democrat on "
        "the House Oversight Committee, died on Wednesday at 75.",
    ),
    "en_northern_ireland_trap": (
        (2, 3),
        "bbc",
        "BELFAST — Northern Ireland's First Minister Michelle O'Neill said Stormont would press "
        "London for more money for health services.",
    ),
    "ru_northern_ireland_trap": (
        (2, 3),
        "rt",
        "Первый министр Северной Ирландии Мишель О'Нил потребовала от Лондона денег на "
        "здравоохранение.",
    ),
    # ---------------------------------------------------------------------- Kosovo's vote
    "en_kosovo_election": (
        (2, 10),
        "reuters",
        "PRISTINA, Feb 10 (Reuters) - Prime Minister Albin Kurti's Vetevendosje party won Kosovo's "
        "parliamentary election on Sunday with about 42% of the vote, preliminary results showed, "
        "short of the majority needed to govern alone.",
    ),
    "ru_kosovo_election": (
        (2, 10),
        "ria",
        "БЕЛГРАД, 10 фев — РИА Новости. Движение «Самоопределение» Альбина Курти лидирует на "
        "выборах в так называемый парламент Косова, набирая около 42%. «Сербский список» получил "
        "почти все голоса сербов края.",
    ),
    "en_kosovo_mfa": (
        (2, 11),
        "mfa_russia",
        "💬 Maria Zakharova: The so-called parliamentary election in Kosovo on February 9 took "
        "place amid intimidation of Serbs. Russia does not recognise Kosovo's unilateral "
        "independence and stands by UNSC Resolution 1244.",
    ),
    "en_kosovo_deadlock": (
        (7, 25),
        "rferl",
        "PRISTINA — Kosovo's parliament failed for the 40th time on Friday to elect a speaker, "
        "five months after the February 9 election, leaving the country without a new government.",
    ),
    "ru_kosovo_deadlock": (
        (7, 25),
        "tass",
        "БЕЛГРАД, 25 июля. /ТАСС/. Депутаты косовской скупщины в очередной раз не смогли избрать "
        "спикера — спустя более пяти месяцев после выборов 9 февраля.",
    ),
    # ----------------------------------------------------------- The Iberian blackout
    "en_blackout": (
        (4, 28),
        "reuters",
        "MADRID, April 28 (Reuters) - A massive power outage hit Spain and Portugal on Monday, "
        "halting trains, shutting down metros and knocking out traffic lights and phone networks. "
        "Portuguese Prime Minister Luis Montenegro said there was no indication of a cyberattack.",
    ),
    "ru_blackout": (
        (4, 28),
        "ria",
        "МАДРИД, 28 апр — РИА Новости. Масштабный блэкаут оставил без электричества почти всю "
        "Испанию и Португалию. Премьер Испании Педро Санчес созвал экстренное заседание Совета "
        "национальной безопасности.",
    ),
    "ru_blackout_oneliner": (
        (4, 28),
        "rt",
        "Испания и Португалия остались без света. ⚡️ #блэкаут",
    ),
    "ru_consular_spain": (
        (4, 28),
        "mid_consular",
        "В связи с масштабным отключением электроэнергии в Испании Генконсульство России в "
        "Барселоне рекомендует гражданам воздержаться от поездок и следить за сообщениями "
        "властей.",
    ),
    "en_blackout_oneliner": (
        (4, 29),
        "bloomberg",
        "Power back across Spain after Europe's worst blackout in decades.",
    ),
    "en_blackout_report": (
        (6, 17),
        "afp",
        "MADRID (AFP) — The April 28 blackout that plunged Spain and Portugal into darkness was "
        "caused by overvoltage that the grid failed to absorb, the Spanish government said on "
        "Tuesday, ruling out a cyberattack.",
    ),
    # ------------------------------------------------------------------ Apollo–Soyuz at 50
    "ru_apollo_soyuz_expo": (
        (7, 15),
        "tass",
        "МОСКВА, 15 июля. /ТАСС/. В Музее космонавтики открылась выставка к 50-летию ЭПАС. "
        "«Союз-19» стартовал с Байконура 15 июля 1975 года, «Аполлон» — с мыса Канаверал семь с "
        "половиной часов спустя.",
    ),
    "en_bakanov_houston": (
        (7, 16),
        "reuters",
        "HOUSTON, July 16 (Reuters) - Roscosmos head Dmitry Bakanov met acting NASA Administrator "
        "Sean Duffy in Houston on Tuesday, the first visit by Russia's space chief to the United "
        "States since 2018, as the agencies discussed the future of the International Space "
        "Station.",
    ),
    "ru_bakanov_houston": (
        (7, 16),
        "tass",
        "ХЬЮСТОН, 16 июля. /ТАСС/. Глава Роскосмоса Дмитрий Баканов провёл переговоры с "
        "исполняющим обязанности администратора НАСА Шоном Даффи. Стороны обсудили продление "
        "работы МКС и перекрёстные полёты. Визит приурочен к 50-летию программы «Союз» — "
        "«Аполлон».",
    ),
    "ru_apollo_soyuz": (
        (7, 17),
        "roscosmos",
        "50 лет назад, 17 июля 1975 года, на орбите состыковались советский «Союз-19» и "
        "американский «Аполлон». Экспериментальный полёт «Аполлон» — «Союз» (ЭПАС) стал первым "
        "международным пилотируемым полётом: Алексей Леонов и Валерий Кубасов пожали руки Томасу "
        "Стаффорду. #ЭПАС50",
    ),
    "en_apollo_soyuz": (
        (7, 17),
        "nasa",
        "Fifty years ago today, on July 17, 1975, an American Apollo and a Soviet Soyuz docked in "
        "orbit. The Apollo-Soyuz Test Project (ASTP) ended the space race with a handshake between "
        "Tom Stafford and Alexei Leonov.",
    ),
    "en_astp_hashtag": (
        (7, 17),
        "rt_en",
        "🚀🤝 #ApolloSoyuz50: half a century since the first international handshake in space.",
    ),
    "ru_astp_oneliner": (
        (7, 17),
        "rt",
        "Полвека назад «Союз» и «Аполлон» встретились на орбите.",
    ),
    "en_apollo_trap": (
        (2, 24),
        "bloomberg",
        "Apollo Global Management agreed to buy Bridge Investment Group in an all-stock deal "
        "valued at about $1.5 billion.",
    ),
    # ------------------------------------------------------------------------- Soyuz MS-27
    "ru_ms27_launch": (
        (4, 8),
        "roscosmos",
        "🚀 Старт! Ракета «Союз-2.1а» с пилотируемым кораблём «Союз МС-27» стартовала с "
        "Байконура. На борту — космонавты Роскосмоса Сергей Рыжиков и Алексей Зубрицкий и "
        "астронавт НАСА Джонатан Ким. #СоюзМС27",
    ),
    "en_ms27_launch": (
        (4, 8),
        "ap",
        "BAIKONUR, Kazakhstan (AP) — The Soyuz MS-27 spacecraft carrying NASA astronaut Jonny Kim "
        "and Russian cosmonauts Sergey Ryzhikov and Alexei Zubritsky blasted off Tuesday for the "
        "International Space Station.",
    ),
    "ru_ms27_landing": (
        (12, 9),
        "tass",
        "ЖЕЗКАЗГАН (Казахстан), 9 декабря. /ТАСС/. Спускаемый аппарат корабля «Союз МС-27» с "
        "Сергеем Рыжиковым, Алексеем Зубрицким и Джонатаном Кимом совершил посадку в казахстанской "
        "степи. Экипаж провёл на орбите 245 суток.",
    ),
    "en_ms27_landing": (
        (12, 9),
        "nasa",
        "NASA astronaut Jonny Kim and Roscosmos cosmonauts Sergey Ryzhikov and Alexey Zubritsky "
        "landed in Kazakhstan on Dec. 9 aboard Soyuz MS-27 after 245 days on the International "
        "Space Station.",
    ),
    "ru_ms27_oneliner": (
        (12, 9),
        "rt",
        "Экипаж «Союза МС-27» вернулся на Землю. 🪂",
    ),
    "en_kim_jong_un_trap": (
        (4, 26),
        "yonhap",
        "SEOUL, April 26 (Yonhap) -- North Korean leader Kim Jong-un attended the launching "
        "ceremony of a new 5,000-ton destroyer, the Choe Hyon, at the Nampho shipyard, state media "
        "reported.",
    ),
    "ru_kim_trap": (
        (4, 26),
        "ria",
        "СЕУЛ, 26 апр — РИА Новости. Ким Чен Ын посетил церемонию спуска на воду нового эсминца "
        "«Чхве Хён».",
    ),
    # ------------------------------------------------------------------------------- NISAR
    "en_nisar": (
        (7, 30),
        "pti",
        "SRIHARIKOTA, July 30 (PTI) — ISRO's GSLV-F16 rocket on Wednesday placed the NASA-ISRO "
        "Synthetic Aperture Radar (NISAR) satellite in a sun-synchronous orbit, the first joint "
        "Earth-observation mission of the two space agencies.",
    ),
    "ru_nisar": (
        (7, 30),
        "tass",
        "НЬЮ-ДЕЛИ, 30 июля. /ТАСС/. Индийская организация космических исследований (ИСРО) вывела "
        "на орбиту радарный спутник NISAR, созданный совместно с НАСА. Запуск ракеты GSLV-F16 "
        "состоялся с космодрома Шрихарикота.",
    ),
    "ru_nisar_oneliner": (
        (7, 30),
        "rt",
        "30.07.2025. Индия и США запустили общий радарный спутник NISAR. 🛰",
    ),
    "en_nisar_nasa": (
        (7, 31),
        "nasa",
        "NISAR will scan nearly all of Earth's land and ice surfaces twice every 12 days, tracking "
        "earthquakes, landslides and glaciers. 🛰️ #NISAR",
    ),
    "en_nisar_trap": (
        (5, 14),
        "dawn",
        "KARACHI — Police officer Nisar Ahmed was honoured for rescuing 12 people from a collapsed "
        "building in Lyari.",
    ),
    # ------------------------------------------------- Starship, New Glenn and Ariane 6
    "en_new_glenn": (
        (1, 16),
        "ap",
        "CAPE CANAVERAL, Fla. (AP) — Blue Origin's New Glenn rocket reached orbit on its first "
        "flight early Thursday, though the company lost the booster it had hoped to land on a "
        "barge in the Atlantic.",
    ),
    "ru_new_glenn": (
        (1, 16),
        "tass",
        "НЬЮ-ЙОРК, 16 января. /ТАСС/. Ракета New Glenn компании Blue Origin Джеффа Безоса впервые "
        "вывела на орбиту полезную нагрузку, однако первую ступень посадить не удалось.",
    ),
    "en_starship7": (
        (1, 17),
        "reuters",
        "Jan 17 (Reuters) - SpaceX's Starship upper stage broke apart minutes after launch from "
        "Texas on Thursday, raining debris over the Turks and Caicos Islands and forcing the FAA "
        "to briefly halt flights at Miami airports. The Super Heavy booster was caught back at the "
        "launch tower.",
    ),
    "ru_starship7": (
        (1, 17),
        "ria",
        "ВАШИНГТОН, 17 янв — РИА Новости. Корабль Starship компании SpaceX разрушился во время "
        "седьмого испытательного полёта 16 января, обломки упали в районе островов Теркс и "
        "Кайкос.",
    ),
    "en_ariane6": (
        (3, 6),
        "afp",
        "KOUROU, French Guiana (AFP) — Europe's Ariane 6 rocket made its first commercial flight "
        "on Thursday, placing France's CSO-3 military observation satellite in orbit.",
    ),
    "en_starship8": (
        (3, 7),
        "reuters",
        "March 7 (Reuters) - SpaceX's Starship exploded minutes after launch on Thursday for the "
        "second time in a row, scattering debris over the Bahamas and disrupting flights in "
        "Florida.",
    ),
    "ru_starship8": (
        (3, 7),
        "ria",
        "Starship снова взорвался: восьмой испытательный полёт 6 марта закончился потерей корабля "
        "над Багамами.",
    ),
    "ru_ariane6": (
        (3, 7),
        "tass",
        "ПАРИЖ, 7 марта. /ТАСС/. Ракета Ariane 6 вывела на орбиту французский военный спутник "
        "CSO-3. Запуск состоялся 6 марта с космодрома Куру во Французской Гвиане.",
    ),
    # ---------------------------------------------------------------- Vaccines: cancer, mRNA
    "ru_gintsburg": (
        (4, 14),
        "ria",
        "Директор центра имени Гамалеи Александр Гинцбург: первые пациенты получат "
        "персонализированную мРНК-вакцину против меланомы осенью 2025 года.",
    ),
    "en_gintsburg": (
        (4, 14),
        "tass_en",
        "Gamaleya Center head Alexander Gintsburg said the first patients would receive a "
        "personalised mRNA cancer vaccine against melanoma in autumn 2025.",
    ),
    "ru_enteromix": (
        (9, 6),
        "tass",
        "ВЛАДИВОСТОК, 6 сентября. /ТАСС/. Вакцина против рака «Энтеромикс», разработанная ФМБА "
        "России, готова к применению, сообщила на Восточном экономическом форуме (ВЭФ) глава "
        "агентства Вероника Скворцова. Первыми её получат пациенты с колоректальным раком.",
    ),
    "en_enteromix": (
        (9, 7),
        "rt_en",
        "Russia's Federal Medical-Biological Agency (FMBA) says its cancer vaccine Enteromix is "
        "ready for clinical use after trials in 48 volunteers, male and female, showed tumours "
        "shrinking.",
    ),
    "en_hhs_mrna": (
        (8, 5),
        "reuters",
        "WASHINGTON, Aug 5 (Reuters) - U.S. Health Secretary Robert F. Kennedy Jr. said on Tuesday "
        "his department would cancel 22 mRNA vaccine development projects worth nearly $500 "
        "million funded by BARDA, its biomedical research agency.",
    ),
    "ru_hhs_mrna": (
        (8, 6),
        "ria",
        "ВАШИНГТОН, 6 авг — РИА Новости. Министр здравоохранения США Роберт Кеннеди-младший "
        "объявил о сворачивании 22 проектов по разработке мРНК-вакцин на сумму почти $500 млн.",
    ),
    "en_acip_atlanta": (
        (9, 19),
        "ap",
        "ATLANTA, Georgia (AP) — Vaccine advisers to the CDC, all appointed by Health Secretary "
        "Robert F. Kennedy Jr., voted on Thursday to stop recommending the combined MMRV shot for "
        "children under 4.",
    ),
    # ------------------------------------------------------------- Football: FIFA, Chelsea
    "en_cwc_final": (
        (7, 13),
        "reuters",
        "EAST RUTHERFORD, New Jersey, July 13 (Reuters) - Chelsea thrashed Paris St Germain 3-0 in "
        "the Club World Cup final on Sunday, Cole Palmer scoring twice and setting up Joao Pedro "
        "as U.S. President Donald Trump watched from the stands.",
    ),
    "en_cwc_oneliner": (
        (7, 13),
        "bbc_sport",
        "Palmer inspires Chelsea to Club World Cup glory. 🏆",
    ),
    "ru_cwc_oneliner": (
        (7, 13),
        "rt",
        "Трамп вручил Кубок клубного чемпионата мира игрокам «Челси».",
    ),
    "ru_cwc_final": (
        (7, 14),
        "sport_express",
        "«Челси» разгромил ПСЖ (3:0) в финале клубного чемпионата мира в Нью-Джерси. Коул Палмер "
        "оформил дубль и отдал голевую передачу.",
    ),
    "en_chelsea_flower_trap": (
        (5, 20),
        "bbc",
        "The King and Queen toured the Chelsea Flower Show on Monday, where a garden for a "
        "children's hospice won a gold medal.",
    ),
    "en_wc_draw": (
        (12, 5),
        "ap",
        "WASHINGTON (AP) — The draw for the 2026 World Cup was held Friday at the Kennedy Center, "
        "where FIFA President Gianni Infantino handed President Donald Trump the inaugural FIFA "
        "Peace Prize. The 48 teams were drawn into 12 groups; Russia remains suspended by FIFA.",
    ),
    "ru_wc_draw": (
        (12, 5),
        "sport_express",
        "В Вашингтоне прошла жеребьёвка чемпионата мира 2026 года: 48 сборных разбиты на 12 групп. "
        "Сборная России, отстранённая ФИФА и УЕФА в 2022 году, в турнире не участвует.",
    ),
    "ru_fifa_peace_prize": (
        (12, 5),
        "ria",
        "Трамп получил учреждённую ФИФА «Премию мира» из рук Джанни Инфантино в Центре Кеннеди. 🏆",
    ),
    "en_fifa_peace_prize": (
        (12, 6),
        "reuters",
        "Dec 6 (Reuters) - Human rights groups criticised FIFA for creating a peace prize and "
        "awarding its first edition to U.S. President Donald Trump at Friday's World Cup draw in "
        "Washington.",
    ),
    "ru_wc_degtyarev": (
        (12, 6),
        "tass",
        "Министр спорта Михаил Дегтярёв: Россия надеется, что к отбору на чемпионат мира 2030 года "
        "сборная будет допущена ФИФА.",
    ),
    # ----------------------------------------------------------------------- Angola at 50
    "ru_angola_kremlin": (
        (11, 11),
        "kremlin",
        "Владимир Путин направил поздравительное послание Президенту Республики Ангола Жуану "
        "Лоуренсу по случаю 50-летия независимости страны. В этом году исполняется 50 лет и "
        "российско-ангольским дипломатическим отношениям.",
    ),
    "en_angola_kremlin": (
        (11, 11),
        "kremlin_en",
        "Vladimir Putin sent a message of greetings to President of Angola Joao Lourenco on the "
        "50th anniversary of the country's independence.",
    ),
    "en_angola50": (
        (11, 11),
        "afp",
        "LUANDA (AFP) — Angola marked 50 years of independence from Portugal on Tuesday with a "
        "military parade in Luanda, as President João Lourenço hailed 'half a century of a "
        "sovereign nation'.",
    ),
    "ru_angola_mid": (
        (11, 11),
        "mid",
        "11 ноября 1975 года Советский Союз одним из первых признал независимость Анголы и "
        "установил с ней дипломатические отношения. Поздравляем ангольских друзей с 50-летием "
        "независимости! 🇦🇴",
    ),
    "en_angola_oneliner": (
        (11, 11),
        "africanews",
        "#Angola50 🇦🇴 Half a century of independence.",
    ),
    # -------------------------------------------------------------------- Mozambique at 50
    "en_mozambique50": (
        (6, 25),
        "ap",
        "MAPUTO, Mozambique (AP) — Mozambique marked 50 years of independence from Portugal on "
        "Wednesday, with President Daniel Chapo calling for unity after months of deadly unrest "
        "that followed the October vote.",
    ),
    "ru_mozambique50": (
        (6, 25),
        "tass",
        "МАПУТУ, 25 июня. /ТАСС/. Мозамбик отметил 50-летие независимости. Президент Даниэл Шапу "
        "призвал к национальному примирению.",
    ),
    "ru_mozambique_kremlin": (
        (6, 25),
        "kremlin",
        "Владимир Путин поздравил Президента Республики Мозамбик Даниэла Шапу с 50-летием "
        "независимости.",
    ),
    # -------------------------------------------------------------------------------- Togo
    "en_togo": (
        (5, 3),
        "reuters",
        "LOME, May 3 (Reuters) - Faure Gnassingbe was sworn in on Saturday as President of the "
        "Council of Ministers of Togo, a powerful new post with no term limits created by a "
        "constitutional overhaul that critics say is designed to keep him in power indefinitely.",
    ),
    "ru_togo": (
        (5, 3),
        "ria",
        "ЛОМЕ, 3 мая — РИА Новости. Фор Гнассингбе принёс присягу в качестве председателя Совета "
        "министров Того — главной должности в стране после перехода к парламентской республике. "
        "Церемониальным президентом избран Жан-Люсьен Сави де Тове.",
    ),
    "en_togo_oneliner": (
        (5, 3),
        "africanews",
        "Togo 🇹🇬: Faure Gnassingbé sworn in as President of the Council of Ministers.",
    ),
    "en_togo_protests": (
        (6, 28),
        "ap",
        "LOME, Togo (AP) — At least seven bodies were pulled from waterways in Lomé after three "
        "days of protests against Faure Gnassingbé's extended rule, rights groups said.",
    ),
    "ru_togo_protests": (
        (6, 29),
        "tass",
        "ЛОМЕ, 29 июня. /ТАСС/. Оппозиция Того заявила о семи погибших в ходе трёхдневных "
        "протестов против продления полномочий Фора Гнассингбе.",
    ),
    # --------------------------------------------------------------- Zambia: Edgar Lungu
    "en_lungu_death": (
        (6, 5),
        "reuters",
        "LUSAKA, June 5 (Reuters) - Former Zambian President Edgar Lungu, who led the southern "
        "African country from 2015 to 2021, died on Thursday in South Africa, where he had been "
        "receiving medical treatment, his party said.",
    ),
    "ru_lungu_death": (
        (6, 5),
        "tass",
        "ЙОХАННЕСБУРГ, 5 июня. /ТАСС/. Бывший президент Замбии Эдгар Лунгу скончался в Претории в "
        "возрасте 68 лет.",
    ),
    "ru_lungu_kremlin": (
        (6, 6),
        "kremlin",
        "Владимир Путин выразил соболезнования Президенту Республики Замбия Хакаинде Хичилеме в "
        "связи с кончиной бывшего главы государства Эдгара Лунгу.",
    ),
    "en_lungu_court": (
        (8, 8),
        "ap",
        "PRETORIA, South Africa (AP) — A South African court ruled on Friday that the body of "
        "former Zambian President Edgar Lungu must be handed over to the Zambian government for a "
        "state funeral, rejecting his family's bid to bury him in Johannesburg.",
    ),
    "ru_lungu_court": (
        (8, 8),
        "tass",
        "ПРЕТОРИЯ, 8 августа. /ТАСС/. Суд ЮАР постановил передать тело экс-президента Замбии "
        "Эдгара Лунгу правительству страны. Семья политика, враждовавшая с президентом "
        "Хичилемой, настаивала на похоронах в ЮАР.",
    ),
    # ---------------------------------------------------------- Morocco: GenZ 212 and AFCON
    "en_genz212": (
        (9, 30),
        "reuters",
        "RABAT, Sept 30 (Reuters) - Youth-led protests organised online by a group calling itself "
        "GenZ 212 spread to a dozen Moroccan cities for a fourth night, with demonstrators "
        "demanding hospitals and schools rather than stadiums for the 2030 World Cup.",
    ),
    "ru_genz212": (
        (10, 2),
        "ria",
        "РАБАТ, 2 окт — РИА Новости. Два человека погибли в ходе молодёжных протестов в Марокко, "
        "организованных движением GenZ 212. Участники требуют тратить деньги не на стадионы к "
        "чемпионату мира 2030 года, а на больницы и школы.",
    ),
    "ru_consular_morocco": (
        (10, 2),
        "mid_consular",
        "Посольство России в Марокко рекомендует российским туристам избегать мест массовых акций "
        "протеста в Рабате, Касабланке и Агадире.",
    ),
    "en_genz212_king": (
        (10, 10),
        "aljazeera",
        "Morocco's King Mohammed VI called for faster reforms in health and education in a speech "
        "to parliament on Friday, his first since the #GenZ212 protests began.",
    ),
    "ru_genz212_king": (
        (10, 10),
        "ria",
        "Король Марокко Мухаммед VI в обращении к парламенту призвал ускорить реформы в "
        "здравоохранении и образовании на фоне протестов молодёжи.",
    ),
    "en_afcon_opening": (
        (12, 21),
        "afp",
        "RABAT (AFP) — Hosts Morocco beat Comoros 2-0 in the opening game of the Africa Cup of "
        "Nations at the Prince Moulay Abdellah Stadium on Sunday.",
    ),
    "ru_afcon": (
        (12, 22),
        "sport_express",
        "Сборная Марокко обыграла Коморы (2:0) в матче открытия Кубка африканских наций. Финал "
        "турнира пройдёт 18 января 2026 года в Рабате.",
    ),
    # ------------------------------------------------------------- Somalia and the UNSC
    "ru_mali_trap": (
        (5, 14),
        "tass",
        "БАМАКО, 14 мая. /ТАСС/. Переходные власти Мали распустили все политические партии и "
        "организации.",
    ),
    "en_mali_trap": (
        (5, 14),
        "reuters",
        "BAMAKO, May 14 (Reuters) - Mali's military government dissolved all political parties on "
        "Tuesday, tightening its grip on power.",
    ),
    "en_aussom": (
        (5, 20),
        "reuters",
        "MOGADISHU, May 20 (Reuters) - The African Union Support and Stabilisation Mission in "
        "Somalia (AUSSOM) faces a funding gap of more than $90 million, President Hassan Sheikh "
        "Mohamud warned, as al Shabaab fighters retook several towns.",
    ),
    "ru_aussom": (
        (5, 21),
        "ria",
        "МОГАДИШО, 21 мая — РИА Новости. Миссии Африканского союза по поддержке и стабилизации в "
        "Сомали (АУССОМ) не хватает более $90 млн, заявил президент Хасан Шейх Мохамуд.",
    ),
    "en_somalia_unsc": (
        (1, 2),
        "un_news",
        "Somalia holds the rotating presidency of the Security Council in January 2026. Its "
        "ambassador said the month would focus on counter-terrorism and the financing of African "
        "Union peace operations.",
    ),
    "ru_somalia_unsc": (
        (1, 2),
        "russiaun",
        "С 1 января 2026 года председательство в Совете Безопасности ООН перешло к Сомали. Желаем "
        "сомалийским коллегам успехов! 🇸🇴 #СБООН",
    ),
    # -------------------------------------------------------------------- Chad: Masra jailed
    "en_chad_masra": (
        (8, 9),
        "reuters",
        "N'DJAMENA, Aug 9 (Reuters) - A Chadian court sentenced opposition leader and former prime "
        "minister Succes Masra to 20 years in prison on Saturday over deadly clashes in the south "
        "of the country.",
    ),
    "ru_chad_masra": (
        (8, 9),
        "ria",
        "НДЖАМЕНА, 9 авг — РИА Новости. Суд в Чаде приговорил бывшего премьер-министра Сюксе Масра "
        "к 20 годам заключения.",
    ),
    "en_chad_oneliner": (
        (8, 9),
        "africanews",
        "Chad: Succès Masra jailed for 20 years. 🇹🇩",
    ),
    "ru_chad_trap": (
        (7, 22),
        "mosreg",
        "Над Шатурой стоит едкий чад: в районе горят торфяники, жителей просят закрыть окна.",
    ),
    # ------------------------------------------------------------------- Guyana and Seychelles
    "en_guyana": (
        (9, 4),
        "reuters",
        "GEORGETOWN, Sept 4 (Reuters) - Guyana's President Irfaan Ali won a second term, the "
        "election commission declared on Thursday, after his People's Progressive Party/Civic "
        "took about 55% in the Sept. 1 vote. Newcomer Azruddin Mohamed's WIN party came second.",
    ),
    "ru_guyana": (
        (9, 5),
        "tass",
        "Президент Гайаны Ирфаан Али переизбран на второй срок по итогам выборов 1 сентября. "
        "После того как были объявлены итоги, он пообещал защищать суверенитет над Эссекибо, на "
        "который претендует Венесуэла.",
    ),
    "en_guyana_essequibo": (
        (9, 6),
        "aljazeera",
        "Venezuela's government called the vote held in the disputed Essequibo region as part of "
        "Guyana's election 'illegal'.",
    ),
    "ru_guyana_essequibo": (
        (9, 6),
        "ria",
        "Каракас назвал незаконным голосование в Эссекибо, прошедшее в рамках выборов в Гайане.",
    ),
    "en_seychelles": (
        (10, 12),
        "afp",
        "VICTORIA, Seychelles (AFP) — Opposition leader Patrick Herminie won Seychelles' "
        "presidential run-off, defeating incumbent Wavel Ramkalawan, the electoral commission said "
        "on Sunday.",
    ),
    "ru_seychelles": (
        (10, 12),
        "ria",
        "ВИКТОРИЯ, 12 окт — РИА Новости. Лидер оппозиции Патрик Эрмини победил во втором туре "
        "президентских выборов на Сейшельских Островах, опередив действующего главу государства "
        "Уэйвела Рамкалавана.",
    ),
    "en_seychelles_kremlin": (
        (10, 13),
        "kremlin_en",
        "Vladimir Putin congratulated Patrick Herminie on his election as President of the "
        "Republic of Seychelles.",
    ),
    "ru_seychelles_kremlin": (
        (10, 13),
        "kremlin",
        "Владимир Путин поздравил Патрика Эрмини с избранием на пост Президента Республики "
        "Сейшельские Острова.",
    ),
    # ---------------------------------------------------------------------- The Maldives at 60
    "en_maldives_modi": (
        (7, 26),
        "pti",
        "MALE, July 26 (PTI) — Prime Minister Narendra Modi was the guest of honour at the "
        "Maldives' 60th Independence Day celebrations on Saturday, marking a thaw with President "
        "Mohamed Muizzu.",
    ),
    "ru_maldives_modi": (
        (7, 26),
        "tass",
        "МАЛЕ, 26 июля. /ТАСС/. Премьер-министр Индии Нарендра Моди стал почётным гостем торжеств "
        "по случаю 60-летия независимости Мальдивской Республики.",
    ),
    "ru_maldives_putin": (
        (7, 26),
        "kremlin",
        "Владимир Путин направил поздравление Президенту Мальдивской Республики Мохамеду Муизу по "
        "случаю Дня независимости.",
    ),
    "en_maldives_putin": (
        (7, 26),
        "kremlin_en",
        "Vladimir Putin congratulated President of the Maldives Mohamed Muizzu on Independence "
        "Day.",
    ),
    # ------------------------------------------------- China: the plenum and the five-year plan
    "en_plenum": (
        (10, 23),
        "xinhua",
        "BEIJING, Oct. 23 (Xinhua) -- The fourth plenary session of the 20th CPC Central Committee "
        "concluded on Thursday, adopting the recommendations for formulating the 15th Five-Year "
        "Plan (2026-2030). Xi Jinping delivered a work report.",
    ),
    "ru_plenum": (
        (10, 23),
        "tass",
        "ПЕКИН, 23 октября. /ТАСС/. Четвёртый пленум ЦК КПК 20-го созыва одобрил рекомендации по "
        "15-му пятилетнему плану социально-экономического развития Китая на 2026–2030 годы. "
        "Пленум проходил с 20 по 23 октября.",
    ),
    "en_plenum_oneliner": (
        (10, 23),
        "bloomberg",
        "China's plenum ends with call for 'high-quality development' in next five-year plan.",
    ),
    "en_npc_plan": (
        (3, 12),
        "reuters",
        "BEIJING, March 12 (Reuters) - China's National People's Congress approved the 15th "
        "Five-Year Plan on Thursday, setting targets for 2026-2030 that put technological "
        "self-reliance at the top.",
    ),
    "ru_npc_plan": (
        (3, 12),
        "ria",
        "ПЕКИН, 12 мар — РИА Новости. ВСНП утвердило 15-й пятилетний план развития Китая на "
        "2026–2030 годы. Главный приоритет — технологическая самодостаточность.",
    ),
    "ru_plenum_vs_trap": (
        (6, 17),
        "rg",
        "Пленум Верховного суда РФ разъяснил судам порядок рассмотрения дел о мошенничестве с "
        "использованием ИИ.",
    ),
    # ---------------------------------------------------------- The Indus Waters Treaty
    "en_indus": (
        (4, 24),
        "reuters",
        "NEW DELHI, April 24 (Reuters) - India will hold the Indus Waters Treaty with Pakistan in "
        "abeyance, a day after gunmen killed 26 people in Pahalgam in Kashmir. Pakistan said any "
        "attempt to stop its water would be considered 'an act of war'.",
    ),
    "ru_indus": (
        (4, 24),
        "tass",
        "НЬЮ-ДЕЛИ, 24 апреля. /ТАСС/. Индия приостанавливает действие Договора о водах Инда 1960 "
        "года с Пакистаном после теракта в Пахалгаме, в котором погибли 26 человек.",
    ),
    "en_indus_shehbaz": (
        (4, 29),
        "dawn",
        "Prime Minister Shehbaz Sharif said India's suspension of the Indus Waters Treaty was "
        "'water terrorism' and that Pakistan would respond to any diversion.",
    ),
    "ru_indus_shehbaz": (
        (4, 29),
        "ria",
        "Шахбаз Шариф: «Ни одна капля воды Пакистана не будет остановлена». Премьер пригрозил "
        "ответом на приостановку Индией договора о водах Инда.",
    ),
    "en_nawaz_trap": (
        (6, 23),
        "dawn",
        "LAHORE — Former prime minister Nawaz Sharif returned from London after a month-long "
        "medical visit.",
    ),
    "en_indus_court": (
        (8, 12),
        "dawn",
        "ISLAMABAD — The Court of Arbitration has ruled that India must 'let flow' the waters of "
        "the western rivers for Pakistan's unrestricted use, the Foreign Office said, welcoming "
        "the award on the Indus Waters Treaty signed in Karachi on September 19, 1960.",
    ),
    "ru_indus_court": (
        (8, 12),
        "ria",
        "Арбитражный суд обязал Индию пропускать воды западных рек бассейна Инда в Пакистан, "
        "сообщил МИД Пакистана.",
    ),
    # ------------------------------------------------------------------ Iran: Tehran's water
    "en_tehran_water": (
        (11, 7),
        "afp",
        "TEHRAN (AFP) — Iran's President Masoud Pezeshkian warned that Tehran may have to be "
        "evacuated if it does not rain by December, as the water reservoirs serving the capital "
        "of some 10 million people fell to record lows.",
    ),
    "ru_tehran_water": (
        (11, 8),
        "ria",
        "ТЕГЕРАН, 8 ноя — РИА Новости. Президент Ирана Масуд Пезешкиан предупредил, что при "
        "отсутствии дождей до декабря жителей Тегерана, возможно, придётся эвакуировать: "
        "водохранилища столицы почти пусты.",
    ),
    "en_tehran_oneliner": (
        (11, 8),
        "bloomberg",
        "Tehran's dams are at 5% capacity as Iran faces its worst drought in six decades.",
    ),
    "en_iran_cloud": (
        (11, 15),
        "irna",
        "Iran carried out its first cloud-seeding flight of the season over the Lake Urmia basin "
        "to fight the drought.",
    ),
    "ru_iran_cloud": (
        (11, 16),
        "tass",
        "ТЕГЕРАН, 16 ноября. /ТАСС/. Иран начал засевать облака над бассейном озера Урмия, чтобы "
        "вызвать осадки.",
    ),
    # ------------------------------------------------------------- Lebanon and Hezbollah's arms
    "ru_lebanon_disarm": (
        (8, 5),
        "ria",
        "БЕЙРУТ, 5 авг — РИА Новости. Правительство Ливана поручило армии до конца августа "
        "разработать план разоружения «Хезболлы». Президент Жозеф Аун заявил, что право на оружие "
        "должно принадлежать только государству.",
    ),
    "en_lebanon_disarm": (
        (8, 7),
        "reuters",
        "BEIRUT, Aug 7 (Reuters) - Lebanon's cabinet endorsed on Thursday the objectives of a U.S. "
        "paper calling for Hezbollah to be disarmed by the end of the year, after Shi'ite "
        "ministers walked out. Prime Minister Nawaf Salam said the army would draw up a plan.",
    ),
    "ru_qassem": (
        (8, 15),
        "tass",
        "БЕЙРУТ, 15 августа. /ТАСС/. Генеральный секретарь «Хезболлы» Наим Касем заявил, что "
        "движение не сдаст оружие, пока Израиль оккупирует ливанскую территорию.",
    ),
    "en_qassem": (
        (8, 15),
        "aljazeera",
        "Hezbollah chief Naim Qassem says the group will not hand over its weapons while Israel "
        "occupies Lebanese land.",
    ),
    "en_lebanon_army": (
        (9, 5),
        "ap",
        "BEIRUT (AP) — Lebanon's Cabinet on Friday welcomed an army plan to disarm Hezbollah in "
        "stages, starting south of the Litani River, but set no deadline.",
    ),
    "ru_lebanon_army": (
        (9, 5),
        "tass",
        "БЕЙРУТ, 5 сентября. /ТАСС/. Кабмин Ливана одобрил план армии по поэтапному разоружению "
        "«Хезболлы», начиная с районов к югу от реки Литани.",
    ),
    # ------------------------------------------------------ Uzbekistan and the WTO; Davos
    "en_uzbek_wto": (
        (12, 3),
        "kun_uz_en",
        "GENEVA — Uzbekistan's WTO accession working party met on Wednesday; Tashkent aims to join "
        "before the MC14 ministerial conference in Yaoundé in March 2026.",
    ),
    "ru_uzbek_wto": (
        (12, 3),
        "interfax",
        "Ташкент. 3 декабря. INTERFAX - Узбекистан рассчитывает завершить переговоры о вступлении "
        "во Всемирную торговую организацию до 14-й министерской конференции ВТО в Яунде в марте "
        "2026 года.",
    ),
    "ru_unwto_trap": (
        (9, 27),
        "tass",
        "Всемирная туристская организация ООН (ЮНВТО) в День туризма назвала Узбекистан одним из "
        "самых быстрорастущих туристических направлений.",
    ),
    "en_davos": (
        (1, 23),
        "reuters",
        "DAVOS, Switzerland, Jan 23 (Reuters) - U.S. President Donald Trump told the World "
        "Economic Forum by video link that he would ask Saudi Arabia and OPEC to bring down the "
        "cost of oil.",
    ),
    "ru_davos": (
        (1, 23),
        "rbc",
        "Трамп по видеосвязи выступил на Всемирном экономическом форуме в Давосе и призвал "
        "Саудовскую Аравию и ОПЕК снизить цены на нефть.",
    ),
    # ------------------------------------------------- briefings with several topics
    "ru_briefing_mar20": (
        (3, 20),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, Москва, 20 марта 2025 "
        "года:\n"
        "• О ситуации в Турции. Следим за событиями вокруг задержания мэра Стамбула "
        "Э.Имамоглу. Исходим из того, что это внутреннее дело Турции.\n"
        "• О Косове. Так называемые выборы 9 февраля лишь закрепили курс Приштины на вытеснение "
        "сербов из края.\n"
        "• О водных ресурсах Центральной Азии. Поддерживаем диалог государств региона и "
        "Афганистана по рациональному использованию вод Амударьи, в том числе в связи со "
        "строительством канала Кош-Тепа.",
    ),
    "en_briefing_mar20": (
        (3, 20),
        "mfa_russia",
        "From Foreign Ministry Spokeswoman Maria Zakharova's briefing, March 20, 2025:\n"
        "• Türkiye: the detention of Istanbul Mayor Ekrem Imamoglu is Türkiye's internal affair.\n"
        "• Kosovo: the so-called election of February 9 changed nothing for the Serbs of the "
        "province.\n"
        "• Space: Russia is ready to continue cross-flights to the ISS with NASA.",
    ),
    "ru_briefing_jul16": (
        (7, 16),
        "mid",
        "Из брифинга М.В.Захаровой, 16 июля 2025 года:\n"
        "• О 50-летии ЭПАС. 17 июля исполняется полвека со дня стыковки «Союза» и «Аполлона»: "
        "сотрудничество в космосе возможно и в трудные времена.\n"
        "• О разоружении РПК. Приветствуем начатое 11 июля уничтожение оружия боевиками Рабочей "
        "партии Курдистана в Иракском Курдистане.\n"
        "• О саммите ОЭС в Ханкенди. Россия не является членом организации, но внимательно следит "
        "за её работой.",
    ),
    "en_briefing_jul16": (
        (7, 16),
        "mfa_russia",
        "From Maria Zakharova's briefing, July 16, 2025:\n"
        "• Apollo-Soyuz at 50: tomorrow marks half a century since the docking in orbit.\n"
        "• The PKK: we welcome the disarmament ceremony held in northern Iraq on July 11.\n"
        "• The Indus Waters Treaty: we call on India and Pakistan to settle water disputes through "
        "dialogue.",
    ),
    "ru_briefing_nov20": (
        (11, 20),
        "mid",
        "Из брифинга М.В.Захаровой, 20 ноября 2025 года:\n"
        "• О 30-летии Дейтонских соглашений. Россия как гарант остаётся приверженной их букве и "
        "духу.\n"
        "• О 50-летии независимости Анголы. 11 ноября в Луанде прошли торжества, в которых "
        "участвовала российская делегация.\n"
        "• О выборах в Ирландии. Отмечаем, что избранный президент К.Коннолли выступает за "
        "сохранение нейтралитета страны.\n"
        "• О водном кризисе в Иране. Готовы оказать Тегерану помощь.",
    ),
    "en_briefing_nov20": (
        (11, 20),
        "mfa_russia",
        "From Maria Zakharova's briefing, November 20, 2025:\n"
        "• Dayton at 30: the Office of the High Representative must be closed.\n"
        "• Angola: we congratulated our Angolan friends on 50 years of independence.\n"
        "• Montenegro: its alignment with EU sanctions has damaged bilateral relations.",
    ),
}

# Posts naming one thing, by the rules above, shared by several queries.
_ROGUN = (
    "en_rogun_wb",
    "en_rogun_rahmon",
    "ru_rogun_rahmon",
    "ru_rogun_wb",
    "ru_rogun_oneliner",
    "en_rogun_asiaplus",
    "en_kambarata_vienna",
)
_TAJIKISTAN = (
    "en_rogun_wb",
    "ru_rogun_rahmon",
    "ru_rogun_wb",
    "en_rogun_asiaplus",
    "ru_rogun_emomali_trap",
    "en_kambarata_vienna",
)
_RAHMON = ("en_rogun_rahmon", "ru_rogun_rahmon")
_KAMBARATA = (
    "en_kambarata_deal",
    "ru_kambarata_deal",
    "ru_kambarata_japarov",
    "en_kambarata_japarov",
    "ru_kambarata_wb",
    "en_kambarata_vienna",
    "en_kambarata_edb",
)
_KYRGYZSTAN = (
    "en_kambarata_deal",
    "ru_kambarata_deal",
    "ru_kambarata_japarov",
    "en_kambarata_japarov",
    "ru_kambarata_wb",
    "en_kambarata_vienna",
    "en_kambarata2_trap",
    "ru_putin_japarov",
    "ru_akylbek_trap",
    "ru_oes_grid",
)
_JAPAROV = ("ru_kambarata_japarov", "en_kambarata_japarov", "ru_putin_japarov")
_WORLD_BANK = (
    "en_rogun_wb",
    "ru_rogun_wb",
    "en_kambarata_deal",
    "ru_kambarata_japarov",
    "ru_kambarata_wb",
    "en_kambarata_vienna",
    "en_kambarata_edb",
    "en_aral_kokaral",
)
_EDB = ("ru_kambarata_japarov", "en_kambarata_edb")
_QOSH_TEPA = (
    "en_qoshtepa",
    "ru_qoshtepa",
    "en_qoshtepa_mfa",
    "en_qoshtepa_uzbek",
    "ru_qoshtepa_repost",
    "ru_qoshtepa_mirziyoyev",
    "ru_briefing_mar20",
)
_AMU_DARYA = (
    "en_qoshtepa",
    "ru_qoshtepa",
    "en_qoshtepa_mfa",
    "en_qoshtepa_uzbek",
    "ru_qoshtepa_mirziyoyev",
    "ru_briefing_mar20",
)
_AFGHANISTAN = (
    "en_qoshtepa",
    "en_qoshtepa_mfa",
    "en_qoshtepa_uzbek",
    "ru_qoshtepa_repost",
    "ru_qoshtepa_mirziyoyev",
    "en_tapi",
    "ru_tapi",
    "en_wangyi_kabul",
    "ru_wangyi_kabul",
    "ru_briefing_mar20",
)
_UZBEKISTAN = (
    "en_rogun_wb",
    "en_kambarata_deal",
    "ru_kambarata_deal",
    "en_qoshtepa",
    "ru_qoshtepa",
    "en_qoshtepa_uzbek",
    "ru_qoshtepa_repost",
    "ru_oes_grid",
    "en_sindarov",
    "ru_sindarov",
    "ru_mirziyoyev_sindarov",
    "en_fide_dvorkovich",
    "ru_sindarov_dvorkovich",
    "en_uzbek_wto",
    "ru_uzbek_wto",
    "ru_unwto_trap",
)
_TURKMENISTAN = ("en_qoshtepa", "ru_qoshtepa", "en_tapi", "ru_tapi")
_ARAL = ("en_aral_kokaral", "ru_aral", "ru_aral_oneliner")
_TAPI = ("en_tapi", "ru_tapi", "en_tapi_oneliner", "ru_tapi_berdimuhamedov")
_MIDDLE_CORRIDOR = (
    "en_midcor_volume",
    "ru_midcor",
    "en_midcor_eu",
    "en_midcor_anaklia",
    "ru_midcor_aktau",
    "ru_overchuk_midcor",
    "en_caspian_level",
    "ru_eco_tokayev",
)
_CASPIAN = (
    "en_midcor_volume",
    "ru_midcor",
    "en_midcor_eu",
    "ru_midcor_aktau",
    "ru_overchuk_midcor",
    "ru_caspian_level",
    "en_caspian_level",
    "ru_putin_tokayev_call",
    "en_putin_tokayev_call",
    "ru_caspian_mid",
    "en_caspian_mid",
)
_AKTAU = ("ru_midcor_aktau", "ru_caspian_level", "en_caspian_level")
_KAZAKHSTAN = (
    "en_kambarata_deal",
    "ru_kambarata_deal",
    "en_aral_kokaral",
    "ru_aral",
    "ru_aral_oneliner",
    "en_midcor_volume",
    "ru_midcor",
    "en_caspian_level",
    "ru_putin_tokayev_call",
    "en_putin_tokayev_call",
    "ru_eco_tokayev",
    "ru_oes_grid",
    "en_eco_trap",
    "ru_cica_astana",
    "en_cica_astana",
    "en_tokayev_address",
    "ru_tokayev_address",
    "en_tokaev_oneliner",
    "ru_tokayev_peskov",
    "en_tokayev_reaction",
    "en_ms27_launch",
    "ru_ms27_landing",
    "en_ms27_landing",
)
_TOKAYEV = (
    "ru_putin_tokayev_call",
    "en_putin_tokayev_call",
    "ru_eco_tokayev",
    "en_tokayev_address",
    "ru_tokayev_address",
    "en_tokaev_oneliner",
    "ru_tokayev_oneliner",
    "ru_tokayev_peskov",
    "en_tokayev_reaction",
)
_KURULTAI = ("en_tokayev_address", "ru_tokayev_address", "en_tokayev_reaction")
_ECO = (
    "en_eco_summit",
    "ru_eco_summit",
    "ru_eco_tokayev",
    "en_eco_pezeshkian",
    "ru_eco_mirziyoyev",
    "en_eco_oneliner",
    "ru_eco_oneliner",
    "ru_briefing_jul16",
)
_ECO_TRAPS = ("ru_oes_grid", "en_eco_trap")
_ECO_SUMMIT_RU = (
    "ru_eco_summit",
    "ru_eco_tokayev",
    "ru_eco_mirziyoyev",
    "ru_eco_oneliner",
    "ru_briefing_jul16",
)
_KHANKENDI = (
    "en_eco_summit",
    "ru_eco_summit",
    "ru_eco_tokayev",
    "en_eco_pezeshkian",
    "en_eco_oneliner",
    "ru_eco_oneliner",
    "ru_briefing_jul16",
)
_ALIYEV = ("en_eco_summit", "ru_eco_summit", "en_eco_pezeshkian")
_PEZESHKIAN = (
    "en_eco_summit",
    "en_eco_pezeshkian",
    "ru_eco_oneliner",
    "en_tehran_water",
    "ru_tehran_water",
)
_ERDOGAN = (
    "en_eco_summit",
    "ru_eco_oneliner",
    "en_imamoglu_detained",
    "en_pkk_weapons",
    "ru_pkk_weapons",
)
_MIRZIYOYEV = (
    "ru_qoshtepa_mirziyoyev",
    "ru_eco_mirziyoyev",
    "ru_mirziyoyev_sindarov",
    "en_sindarov_mirziyoyev",
)
_SHEHBAZ = ("en_eco_summit", "ru_eco_oneliner", "en_indus_shehbaz", "ru_indus_shehbaz")
_AZERBAIJAN = ("en_eco_summit", "ru_eco_summit", "en_eco_pezeshkian", "en_cica_baku")
_CICA = ("ru_cica_astana", "en_cica_astana", "ru_cica_mid", "en_cica_baku")
_SINDAROV = (
    "en_sindarov",
    "ru_sindarov",
    "ru_sindarov_oneliner",
    "ru_mirziyoyev_sindarov",
    "en_sindarov_mirziyoyev",
    "en_fide_dvorkovich",
    "ru_sindarov_dvorkovich",
)
_FIDE = ("en_sindarov", "ru_sindarov", "en_fide_dvorkovich", "ru_sindarov_dvorkovich")
_FIDE_WORLD_CUP = (
    "en_sindarov",
    "ru_sindarov",
    "ru_sindarov_oneliner",
    "ru_mirziyoyev_sindarov",
    "en_sindarov_mirziyoyev",
    "en_fide_dvorkovich",
)
_FIFA = (
    "en_wc_draw",
    "ru_wc_draw",
    "ru_fifa_peace_prize",
    "en_fifa_peace_prize",
    "ru_wc_degtyarev",
)
_FIFA_WORLD_CUP = (
    "en_wc_draw",
    "ru_wc_draw",
    "en_fifa_peace_prize",
    "ru_wc_degtyarev",
    "en_genz212",
    "ru_genz212",
)
_CLUB_WORLD_CUP = ("en_cwc_final", "en_cwc_oneliner", "ru_cwc_oneliner", "ru_cwc_final")
_CHELSEA = _CLUB_WORLD_CUP  # every Club World Cup post names Chelsea
_WANG_YI = ("en_wangyi_kabul", "ru_wangyi_kabul")
_WEI_YI = ("en_sindarov", "ru_sindarov")
_IMAMOGLU = (
    "en_imamoglu_detained",
    "ru_imamoglu_detained",
    "ru_imamoglu_peskov",
    "en_imamoglu_jailed",
    "ru_imamoglu_jailed",
    "en_imamoglu_oneliner",
    "ru_briefing_mar20",
    "en_briefing_mar20",
)
_CHP = ("en_imamoglu_detained", "ru_imamoglu_detained", "en_imamoglu_jailed", "ru_imamoglu_jailed")
_TURKEY = (
    "en_eco_summit",
    "en_imamoglu_detained",
    "ru_imamoglu_peskov",
    "en_imamoglu_jailed",
    "en_imamoglu_oneliner",
    "ru_consular_turkey",
    "ru_pkk_dissolved",
    "en_pkk_dissolved",
    "ru_briefing_mar20",
    "en_briefing_mar20",
)
_PKK = (
    "en_pkk_ocalan",
    "ru_pkk_ocalan",
    "ru_pkk_dissolved",
    "en_pkk_dissolved",
    "en_pkk_weapons",
    "ru_pkk_weapons",
    "ru_briefing_jul16",
    "en_briefing_jul16",
)
_OCALAN = ("en_pkk_ocalan", "ru_pkk_ocalan")
_IRAQ = ("en_pkk_weapons", "ru_pkk_weapons", "ru_briefing_jul16", "en_briefing_jul16")
_DAYTON_ACCORDS = (
    "ru_dayton_nebenzia",
    "en_dayton_russiaun",
    "ru_dayton_mid",
    "en_dayton_ap",
    "en_dayton_mfa",
    "ru_dayton_tass",
    "ru_briefing_nov20",
    "en_briefing_nov20",
)
_BOSNIA = (
    "ru_dayton_nebenzia",
    "en_dayton_russiaun",
    "ru_dayton_mid",
    "en_dayton_ap",
    "en_dayton_mfa",
    "ru_dayton_tass",
)
_NEBENZIA = ("ru_dayton_nebenzia", "en_dayton_russiaun")
_OHR = ("ru_dayton_nebenzia", "en_dayton_russiaun", "en_briefing_nov20")
_UNSC = (
    "ru_dayton_nebenzia",
    "en_dayton_russiaun",
    "ru_dayton_mid",
    "en_kosovo_mfa",
    "en_somalia_unsc",
    "ru_somalia_unsc",
)
_BRIEFING_RU = ("ru_briefing_mar20", "ru_briefing_jul16", "ru_briefing_nov20")
_BRIEFING_EN = ("en_briefing_mar20", "en_briefing_jul16", "en_briefing_nov20")
_ZAKHAROVA = (
    "en_qoshtepa_mfa",
    "ru_montenegro_mid",
    "en_kosovo_mfa",
    *_BRIEFING_RU,
    *_BRIEFING_EN,
)
_PORTUGAL = (
    "en_portugal_election",
    "ru_portugal_election",
    "en_chega_second",
    "ru_portugal_chega",
    "ru_montenegro_oneliner",
    "en_blackout",
    "ru_blackout",
    "ru_blackout_oneliner",
    "en_blackout_report",
    "en_angola50",
    "en_mozambique50",
)
_L_MONTENEGRO = (
    "en_portugal_election",
    "ru_portugal_election",
    "en_montenegro_sworn",
    "ru_montenegro_oneliner",
    "en_blackout",
)
_MONTENEGRO = ("ru_montenegro_mid", "en_montenegro_eu", "ru_montenegro_eu", "en_briefing_nov20")
_CHEGA = ("en_portugal_election", "ru_portugal_election", "en_chega_second", "ru_portugal_chega")
_IRELAND = (
    "en_ireland_connolly",
    "ru_ireland_connolly",
    "en_connolly_inauguration",
    "ru_connolly_inauguration",
    "ru_briefing_nov20",
)
_CONNOLLY = _IRELAND  # every post naming Ireland names Catherine Connolly
_N_IRELAND = ("en_northern_ireland_trap", "ru_northern_ireland_trap")
_KOSOVO = (
    "en_kosovo_election",
    "ru_kosovo_election",
    "en_kosovo_mfa",
    "en_kosovo_deadlock",
    "ru_kosovo_deadlock",
    "ru_briefing_mar20",
    "en_briefing_mar20",
)
_SPAIN = (
    "en_blackout",
    "ru_blackout",
    "ru_blackout_oneliner",
    "ru_consular_spain",
    "en_blackout_oneliner",
    "en_blackout_report",
)
_ASTP = (
    "ru_apollo_soyuz_expo",
    "ru_bakanov_houston",
    "ru_apollo_soyuz",
    "en_apollo_soyuz",
    "en_astp_hashtag",
    "ru_astp_oneliner",
    "ru_briefing_jul16",
    "en_briefing_jul16",
)
_MS27 = (
    "ru_ms27_launch",
    "en_ms27_launch",
    "ru_ms27_landing",
    "en_ms27_landing",
    "ru_ms27_oneliner",
)
_J_KIM = ("ru_ms27_launch", "en_ms27_launch", "ru_ms27_landing", "en_ms27_landing")
_KIM_JONG_UN = ("en_kim_jong_un_trap", "ru_kim_trap")
_BAKANOV = ("en_bakanov_houston", "ru_bakanov_houston")
_NASA = (
    "en_bakanov_houston",
    "ru_bakanov_houston",
    "ru_ms27_launch",
    "en_ms27_launch",
    "en_ms27_landing",
    "en_nisar",
    "ru_nisar",
    "en_briefing_mar20",
)
_ROSCOSMOS = ("en_bakanov_houston", "ru_bakanov_houston", "ru_ms27_launch", "en_ms27_landing")
_ISS = (
    "en_bakanov_houston",
    "ru_bakanov_houston",
    "en_ms27_launch",
    "en_ms27_landing",
    "en_briefing_mar20",
)
_NISAR = ("en_nisar", "ru_nisar", "ru_nisar_oneliner", "en_nisar_nasa")
_STARSHIP = ("en_starship7", "ru_starship7", "en_starship8", "ru_starship8")
_FRENCH_GUIANA = ("en_ariane6", "ru_ariane6")
_GUYANA = ("en_guyana", "ru_guyana", "en_guyana_essequibo", "ru_guyana_essequibo")
_VACCINE_RU = ("ru_gintsburg", "ru_enteromix", "ru_hhs_mrna")
_VACCINE_EN = ("en_gintsburg", "en_enteromix", "en_hhs_mrna", "en_acip_atlanta")
_MRNA = ("ru_gintsburg", "en_gintsburg", "en_hhs_mrna", "ru_hhs_mrna")
_RFK = ("en_hhs_mrna", "ru_hhs_mrna", "en_acip_atlanta")
_KENNEDY_CENTER = ("en_wc_draw", "ru_fifa_peace_prize")
_ANGOLA = (
    "ru_angola_kremlin",
    "en_angola_kremlin",
    "en_angola50",
    "ru_angola_mid",
    "en_angola_oneliner",
    "ru_briefing_nov20",
    "en_briefing_nov20",
)
_LOURENCO = ("ru_angola_kremlin", "en_angola_kremlin", "en_angola50")
_MOZAMBIQUE = ("en_mozambique50", "ru_mozambique50", "ru_mozambique_kremlin")
_TOGO = ("en_togo", "ru_togo", "en_togo_oneliner", "en_togo_protests", "ru_togo_protests")
_GNASSINGBE = _TOGO  # every Togo post names Faure Gnassingbé
_TOGO_PRONOUN = ("ru_rogun_wb", "ru_guyana", "ru_briefing_mar20")
_ZAMBIA = (
    "en_lungu_death",
    "ru_lungu_death",
    "ru_lungu_kremlin",
    "en_lungu_court",
    "ru_lungu_court",
)
_LUNGU = _ZAMBIA  # every Zambia post names Edgar Lungu
_SOUTH_AFRICA = ("en_lungu_death", "en_lungu_court", "ru_lungu_court")
_MOROCCO = (
    "en_genz212",
    "ru_genz212",
    "ru_consular_morocco",
    "en_genz212_king",
    "ru_genz212_king",
    "en_afcon_opening",
    "ru_afcon",
)
_GENZ = ("en_genz212", "ru_genz212", "en_genz212_king")
_PROTEST_RU = (
    "ru_consular_turkey",
    "ru_togo_protests",
    "ru_genz212",
    "ru_consular_morocco",
    "ru_genz212_king",
)
_PROTEST_EN = (
    "en_imamoglu_jailed",
    "en_imamoglu_oneliner",
    "en_togo_protests",
    "en_genz212",
    "en_genz212_king",
)
_SOMALIA = ("en_aussom", "ru_aussom", "en_somalia_unsc", "ru_somalia_unsc")
_MALI = ("ru_mali_trap", "en_mali_trap")
_AFRICAN_UNION = ("en_aussom", "ru_aussom", "en_somalia_unsc")
_CHAD = ("en_chad_masra", "ru_chad_masra", "en_chad_oneliner")
_MALDIVES = ("en_maldives_modi", "ru_maldives_modi", "ru_maldives_putin", "en_maldives_putin")
_SEYCHELLES = ("en_seychelles", "ru_seychelles", "en_seychelles_kremlin", "ru_seychelles_kremlin")
_CHINA = (
    "en_midcor_anaklia",
    "ru_midcor_aktau",
    "en_sindarov",
    "ru_sindarov",
    "en_wangyi_kabul",
    "ru_wangyi_kabul",
    "ru_plenum",
    "en_plenum_oneliner",
    "en_npc_plan",
    "ru_npc_plan",
)
_PAKISTAN = (
    "en_tapi",
    "ru_tapi",
    "en_eco_summit",
    "en_wangyi_kabul",
    "ru_wangyi_kabul",
    "en_indus",
    "ru_indus",
    "en_indus_shehbaz",
    "ru_indus_shehbaz",
    "en_indus_court",
    "ru_indus_court",
    "en_briefing_jul16",
)
_INDUS = (
    "en_indus",
    "ru_indus",
    "en_indus_shehbaz",
    "ru_indus_shehbaz",
    "en_indus_court",
    "ru_indus_court",
    "en_briefing_jul16",
)
_IRAN = (
    "en_eco_summit",
    "en_tehran_water",
    "ru_tehran_water",
    "en_tehran_oneliner",
    "en_iran_cloud",
    "ru_iran_cloud",
    "ru_briefing_nov20",
)
_TEHRAN = (
    "en_tehran_water",
    "ru_tehran_water",
    "en_tehran_oneliner",
    "ru_iran_cloud",
    "ru_briefing_nov20",
)
_LEBANON = (
    "ru_lebanon_disarm",
    "en_lebanon_disarm",
    "ru_qassem",
    "en_qassem",
    "en_lebanon_army",
    "ru_lebanon_army",
)
_HEZBOLLAH = _LEBANON  # every Lebanon post names Hezbollah
_QASSEM = ("ru_qassem", "en_qassem")
_WTO = ("en_uzbek_wto", "ru_uzbek_wto")
_DAVOS = ("en_davos", "ru_davos")
_VYBORY = (
    "ru_portugal_election",
    "ru_ireland_connolly",
    "ru_kosovo_election",
    "ru_kosovo_deadlock",
    "ru_guyana",
    "ru_guyana_essequibo",
    "ru_seychelles",
    "ru_briefing_mar20",
    "ru_briefing_nov20",
)
_ELECTION = (
    "en_portugal_election",
    "en_montenegro_sworn",
    "en_ireland_connolly",
    "en_kosovo_election",
    "en_kosovo_mfa",
    "en_kosovo_deadlock",
    "en_guyana",
    "en_guyana_essequibo",
    "en_seychelles",
    "en_seychelles_kremlin",
    "en_briefing_mar20",
)
_ELECTRIC = ("en_kambarata2_trap", "en_aral_trap")
_INDEPENDENCE_RU = (
    "ru_rogun_emomali_trap",
    "ru_ireland_connolly",
    "ru_angola_kremlin",
    "ru_angola_mid",
    "ru_mozambique50",
    "ru_mozambique_kremlin",
    "ru_maldives_modi",
    "ru_maldives_putin",
    "ru_briefing_nov20",
)
_INDEPENDENCE_EN = (
    "en_ireland_connolly",
    "en_kosovo_mfa",
    "en_angola_kremlin",
    "en_angola50",
    "en_angola_oneliner",
    "en_mozambique50",
    "en_maldives_modi",
    "en_maldives_putin",
    "en_briefing_nov20",
)

QUERIES: list[Labelled] = [
    # ----------------------- k1 organisations and abbreviations in both languages and scripts
    Labelled(
        "ОЭС",
        _ECO,
        "k1: ОЭС = Организация экономического сотрудничества = ECO, #ОЭС included; «ОЭС "
        "Центральной Азии» is the region's power system and an eco-city is a common word",
        first="ru_eco_summit",
        absent=_ECO_TRAPS,
    ),
    Labelled(
        "ECO",
        _ECO,
        "k1: ECO = Economic Cooperation Organization = ОЭС in either script; 'eco-city' is a "
        "common word",
        first="en_eco_summit",
        absent=_ECO_TRAPS,
    ),
    Labelled(
        "Организация экономического сотрудничества",
        _ECO,
        "k1: the full name finds ОЭС and ECO in both languages",
        absent=("ru_oes_grid",),
    ),
    Labelled(
        "СВМДА",
        _CICA,
        "k1: СВМДА = CICA = Conference on Interaction and Confidence Building Measures in Asia; "
        "SICA is the Central American Integration System",
        absent=("en_sica_trap",),
    ),
    Labelled(
        "CICA",
        _CICA,
        "k1: CICA = СВМДА, #CICA included; SICA differs by one letter",
        absent=("en_sica_trap",),
    ),
    Labelled(
        "РПК",
        _PKK,
        "k1: РПК = Рабочая партия Курдистана = PKK, #РПК included; the RPK-16 is a Kalashnikov "
        "machine gun",
        first="ru_pkk_dissolved",
        absent=("ru_rpk_trap",),
    ),
    Labelled(
        "PKK",
        _PKK,
        "k1: PKK = Kurdistan Workers' Party = РПК",
        absent=("ru_rpk_trap",),
    ),
    Labelled(
        "Kurdistan Workers' Party",
        _PKK,
        "k1: the English full name finds PKK and РПК; Iraqi Kurdistan alone is a region",
        absent=("ru_rpk_trap",),
    ),
    Labelled(
        "НРП",
        _CHP,
        "k1: НРП = Народно-республиканская партия = Республиканская народная партия = CHP = "
        "Republican People's Party; CHP-2 in Almaty is a power plant",
        absent=("en_chp_trap",),
    ),
    Labelled(
        "CHP",
        _CHP,
        "k1: the Turkish opposition party in either language; a CHP is also a combined heat and "
        "power plant",
        absent=("en_chp_trap",),
    ),
    Labelled(
        "ТМТМ",
        _MIDDLE_CORRIDOR,
        "k1: ТМТМ = TITR = Транскаспийский международный транспортный маршрут = Средний коридор "
        "= Middle Corridor = the EU's Trans-Caspian Transport Corridor",
        first="ru_midcor",
    ),
    Labelled(
        "TITR",
        _MIDDLE_CORRIDOR,
        "k1: = the Middle Corridor however named",
        first="en_midcor_volume",
    ),
    Labelled(
        "ТАПИ",
        _TAPI,
        "k1: ТАПИ = TAPI, #ТАПИ included",
    ),
    Labelled(
        "ФИДЕ",
        _FIDE,
        "k1: ФИДЕ = FIDE, the chess federation; ФИФА is another body one letter away",
        absent=_FIFA,
    ),
    Labelled(
        "FIFA",
        _FIFA,
        "k1: FIFA = ФИФА; FIDE differs by one letter",
        absent=_FIDE,
    ),
    Labelled(
        "ФМБА",
        ("ru_enteromix", "en_enteromix"),
        "k1: ФМБА = FMBA = Federal Medical-Biological Agency",
    ),
    Labelled(
        "ISRO",
        ("en_nisar", "ru_nisar"),
        "k1: ISRO = ИСРО = Индийская организация космических исследований",
        first="en_nisar",
    ),
    Labelled(
        "НАСА",
        _NASA,
        "k1: НАСА = NASA; a post the agency's channel wrote counts only if its text names it",
    ),
    Labelled(
        "Роскосмос",
        _ROSCOSMOS,
        "k1: Роскосмос = Roscosmos; the roscosmos channel's own posts that do not name it are "
        "left unlabelled",
    ),
    Labelled(
        "ЕАБР",
        _EDB,
        "k1: ЕАБР = EDB = Евразийский банк развития = Eurasian Development Bank",
    ),
    Labelled(
        "World Bank",
        _WORLD_BANK,
        "k1: = Всемирный банк in either language, World Bank-backed and World Bank-hosted included",
    ),
    Labelled(
        "ВТО",
        _WTO,
        "k1: ВТО = WTO = Всемирная торговая организация; ЮНВТО is the UN's tourism body",
        absent=("ru_unwto_trap",),
    ),
    Labelled(
        "WTO",
        _WTO,
        "k1: = ВТО; the UN tourism organisation (ЮНВТО) is another body",
        first="en_uzbek_wto",
        absent=("ru_unwto_trap",),
    ),
    Labelled(
        "ВСНП",
        ("en_npc_plan", "ru_npc_plan"),
        "k1: ВСНП = National People's Congress",
    ),
    Labelled(
        "ВЭФ",
        ("ru_enteromix",),
        "k1: ВЭФ = Восточный экономический форум = Eastern Economic Forum; the World Economic "
        "Forum in Davos is another forum",
        absent=_DAVOS,
    ),
    Labelled(
        "World Economic Forum",
        _DAVOS,
        "k1: Davos's forum = Всемирный экономический форум; the Eastern Economic Forum is another",
        first="en_davos",
        absent=("ru_enteromix",),
    ),
    Labelled(
        "Африканский союз",
        _AFRICAN_UNION,
        "k1: = African Union, AUSSOM's full name included",
    ),
    Labelled(
        "UNSC",
        _UNSC,
        "k1: UNSC = СБ ООН = Совет Безопасности ООН, #UNSC and #СБООН included; UN News's "
        "Security Council is the UN's",
    ),
    Labelled(
        "ЕАЭС",
        ("ru_putin_japarov", "ru_putin_tokayev_call", "en_putin_tokayev_call"),
        "k1: ЕАЭС = EAEU",
    ),
    Labelled(
        "CSTO",
        ("ru_putin_japarov",),
        "k1: CSTO = ОДКБ, found in a Russian readout",
    ),
    Labelled(
        "ЭПАС",
        _ASTP,
        "k1: ЭПАС = ASTP = Apollo-Soyuz = «Союз» — «Аполлон», #ApolloSoyuz50 included; Apollo "
        "Global Management is a company",
        first="ru_apollo_soyuz",
        absent=("en_apollo_trap",),
    ),
    Labelled(
        "Office of the High Representative",
        _OHR,
        "k1: the office = Управление Высокого представителя; Schmidt named as «высокий "
        "представитель» is the post's holder, not the office",
    ),
    # ------------------------------------------------------------------ k2 events with places
    Labelled(
        "саммит ОЭС в Ханкенди",
        ("ru_eco_summit", "ru_eco_tokayev", "ru_eco_oneliner", "ru_briefing_jul16"),
        "k2: саммит (Russian) + ECO + Khankendi; the Uzbek post names no city",
        first="ru_eco_summit",
    ),
    Labelled(
        "ECO summit Khankendi",
        ("en_eco_summit", "en_eco_pezeshkian"),
        "k2: summit (English) + ECO + Khankendi; the Reuters one-liner says leaders meet",
        first="en_eco_summit",
    ),
    Labelled(
        "выборы в Португалии",
        ("ru_portugal_election",),
        "k2: выборы (Russian) + Portugal; «избирателей» is another stem",
        first="ru_portugal_election",
    ),
    Labelled(
        "Portugal election",
        ("en_portugal_election",),
        "k2: election (English) + Portugal; Montenegro's swearing-in names only Lisbon",
        first="en_portugal_election",
    ),
    Labelled(
        "blackout Spain",
        ("en_blackout_oneliner", "en_blackout_report"),
        "k2: blackout (English) + Spain; Reuters's power outage is another word",
        first="en_blackout_report",
    ),
    Labelled(
        "блэкаут в Испании",
        ("ru_blackout", "ru_blackout_oneliner"),
        "k2: блэкаут (Russian), #блэкаут included, + Spain; «отключение электроэнергии» is "
        "another word",
        first="ru_blackout",
    ),
    Labelled(
        "протесты в Марокко",
        ("ru_genz212", "ru_consular_morocco", "ru_genz212_king"),
        "k2: протест (Russian) + Morocco",
        first="ru_genz212",
    ),
    Labelled(
        "Morocco protests",
        ("en_genz212", "en_genz212_king"),
        "k2: protests (English) + Morocco, Moroccan included",
        first="en_genz212",
    ),
    Labelled(
        "Dayton agreement anniversary",
        ("en_dayton_ap",),
        "k2: agreement + anniversary (English) + Dayton; the MFA's Accords and '30 years ago' "
        "are other words, and Dayton, Ohio has neither",
        first="en_dayton_ap",
        absent=("en_dayton_ohio_trap",),
    ),
    Labelled(
        "Дейтонские соглашения",
        ("ru_dayton_mid", "ru_dayton_tass", "ru_briefing_nov20"),
        "k2: соглашение (Russian) + Dayton; a named thing of common words keeps its language",
        first="ru_dayton_mid",
        absent=("en_dayton_ohio_trap",),
    ),
    Labelled(
        "Союз МС-27 Байконур",
        ("ru_ms27_launch", "en_ms27_launch"),
        "k2: the spacecraft with Baikonur; the landing posts name Kazakhstan's steppe",
        first="ru_ms27_launch",
    ),
    Labelled(
        "Starship Turks and Caicos",
        ("en_starship7", "ru_starship7"),
        "k2: the ship with Turks and Caicos = Теркс и Кайкос, one name",
        first="en_starship7",
    ),
    Labelled(
        "Apollo-Soyuz docking",
        ("en_apollo_soyuz", "en_briefing_jul16"),
        "k2: the mission with docking, docked (English)",
        first="en_apollo_soyuz",
        absent=("en_apollo_trap",),
    ),
    Labelled(
        "стыковка Союз Аполлон",
        ("ru_apollo_soyuz", "ru_briefing_jul16"),
        "k2: стыковка (Russian), «состыковались» included, + Apollo–Soyuz",
        first="ru_apollo_soyuz",
    ),
    Labelled(
        "выборы в Ирландии",
        ("ru_ireland_connolly", "ru_briefing_nov20"),
        "k2: выборы (Russian) + Ireland; Northern Ireland is another place",
        first="ru_ireland_connolly",
        absent=_N_IRELAND,
    ),
    Labelled(
        "Ireland presidential election",
        ("en_ireland_connolly",),
        "k2: Ireland + presidential (president) + election (elected); the inauguration has no "
        "election",
        first="en_ireland_connolly",
        absent=_N_IRELAND,
    ),
    Labelled(
        "Kosovo election",
        ("en_kosovo_election", "en_kosovo_mfa", "en_kosovo_deadlock", "en_briefing_mar20"),
        "k2: election (English) + Kosovo",
        first="en_kosovo_election",
    ),
    Labelled(
        "выборы в Косово",
        ("ru_kosovo_election", "ru_kosovo_deadlock", "ru_briefing_mar20"),
        "k2: выборы (Russian) + Kosovo, «косовской» included",
        first="ru_kosovo_election",
    ),
    Labelled(
        "Qosh Tepa Amu Darya",
        _AMU_DARYA,
        "k2: the canal (Кош-Тепа, Куштепа, Qush Tepa) with the river, #AmuDarya included; the "
        "Kun.uz repost names no river",
    ),
    Labelled(
        "Club World Cup final Chelsea",
        ("en_cwc_final",),
        "k2: the event with final (English) and Chelsea; the Chelsea Flower Show is a namesake",
        first="en_cwc_final",
        absent=("en_chelsea_flower_trap",),
    ),
    Labelled(
        "Rogun World Bank",
        ("en_rogun_wb", "ru_rogun_wb", "en_kambarata_vienna"),
        "k2: the dam with the bank, Рогунская ГЭС and Всемирный банк included; the Vienna "
        "conference on Kambarata-1 names Rogun beside it",
        first="en_rogun_wb",
    ),
    Labelled(
        "Kambarata-1 Naryn",
        ("en_kambarata_deal", "ru_kambarata_deal"),
        "k2: the plant (Камбаратинская ГЭС-1) with the river; Kambarata HPP-2 is another plant",
        first="en_kambarata_deal",
        absent=("en_kambarata2_trap",),
    ),
    Labelled(
        "Indus Waters Treaty Pakistan",
        ("en_indus", "en_indus_shehbaz", "en_indus_court", "en_briefing_jul16"),
        "k2: treaty (English) with the Indus and Pakistan",
        first="en_indus",
    ),
    Labelled(
        "договор о водах Инда",
        ("ru_indus", "ru_indus_shehbaz"),
        "k2: договор + воды (Russian) + the Indus; the arbitration post has no договор",
        first="ru_indus",
    ),
    Labelled(
        "PKK weapons Iraq",
        ("en_pkk_weapons",),
        "k2: the PKK with weapons (English) and Iraq; the briefing says disarmament",
        first="en_pkk_weapons",
        absent=("ru_rpk_trap",),
    ),
    Labelled(
        "FIDE World Cup Goa",
        ("en_sindarov", "ru_sindarov", "en_fide_dvorkovich"),
        "k2: the event's proper name (Кубок мира ФИДЕ) with Goa",
        first="en_sindarov",
        absent=_FIFA_WORLD_CUP,
    ),
    Labelled(
        "Ван И Кабул",
        _WANG_YI,
        "k2: the Chinese minister with Kabul; Wei Yi (Вэй И) is a chess player",
        first="ru_wangyi_kabul",
        absent=_WEI_YI,
    ),
    Labelled(
        "Putin Tokayev Caspian",
        ("ru_putin_tokayev_call", "en_putin_tokayev_call"),
        "k2: the call with the Caspian in either language",
    ),
    Labelled(
        "Angola independence anniversary",
        ("en_angola_kremlin",),
        "k2: Angola + independence + anniversary (English); '50 years' is not an anniversary",
        first="en_angola_kremlin",
    ),
    # ----------------------------------------- k3 places in Russian case forms and in English
    Labelled(
        "Таджикистане",
        _TAJIKISTAN,
        "k3: Таджикистан = Tajikistan, #Tajikistan included; Dushanbe and 🇹🇯 do not name it",
    ),
    Labelled(
        "Киргизии",
        _KYRGYZSTAN,
        "k3: Киргизия = Кыргызстан = Kyrgyzstan, российско-киргизские and #Kyrgyzstan included; "
        "Bishkek stands for itself",
    ),
    Labelled(
        "Kyrgyzstan",
        _KYRGYZSTAN,
        "k3: = Киргизия = Кыргызстан",
    ),
    Labelled(
        "Turkmenistan",
        _TURKMENISTAN,
        "k3: Туркмения = Туркменистан = Turkmenistan, Turkmen included; Туркменбаши and "
        "Ashgabat are cities",
    ),
    Labelled(
        "Афганистане",
        _AFGHANISTAN,
        "k3: Afghanistan, Afghan and афганском included; a Kabul dateline and the Taliban do not "
        "name the country",
    ),
    Labelled(
        "Узбекистана",
        _UZBEKISTAN,
        "k3: Uzbekistan, Uzbek and узбекистанский included; Tashkent stands for itself",
    ),
    Labelled(
        "Казахстане",
        _KAZAKHSTAN,
        "k3: Kazakhstan, Kazakhstan's and казахстанской included, «Казахстан темир жолы» too; "
        "Astana and Almaty stand for themselves",
    ),
    Labelled(
        "Ханкенди",
        _KHANKENDI,
        "k3: Ханкенди = Khankendi = Stepanakert, Ханкендинской included",
        first="ru_eco_summit",
    ),
    Labelled(
        "Stepanakert",
        _KHANKENDI,
        "k3: the Armenian name of Khankendi finds the city however named",
        first="en_eco_oneliner",
    ),
    Labelled(
        "Каспия",
        _CASPIAN,
        "k3: Каспий = Каспийское море = Caspian, Транскаспийский, прикаспийских and "
        "Trans-Caspian included",
    ),
    Labelled(
        "Черногории",
        _MONTENEGRO,
        "k3: Черногория = Montenegro, the country; Portugal's prime minister Luís Montenegro is "
        "a person",
        first="ru_montenegro_eu",
        absent=_L_MONTENEGRO,
    ),
    Labelled(
        "Montenegro",
        _MONTENEGRO,
        "k3: a bare Montenegro is the country; the posts naming only Luís Montenegro are absent",
        first="en_montenegro_eu",
        absent=_L_MONTENEGRO,
    ),
    Labelled(
        "Португалии",
        _PORTUGAL,
        "k3: Portugal, Portuguese included; Lisbon stands for itself",
    ),
    Labelled(
        "Ирландии",
        _IRELAND,
        "k3: Ireland; Northern Ireland is another place, one name",
        absent=_N_IRELAND,
    ),
    Labelled(
        "Northern Ireland",
        _N_IRELAND,
        "k3: = Северная Ирландия, one name; Ireland is another place",
        first="en_northern_ireland_trap",
        absent=_IRELAND,
    ),
    Labelled(
        "Гайане",
        _GUYANA,
        "k3: Гайана = Guyana; French Guiana (Французская Гвиана) is another place",
        absent=_FRENCH_GUIANA,
    ),
    Labelled(
        "French Guiana",
        _FRENCH_GUIANA,
        "k3: = Французская Гвиана, one name; Guyana is another country",
        first="en_ariane6",
        absent=_GUYANA,
    ),
    Labelled(
        "Того",
        _TOGO,
        "k3: the country; «того» the pronoun («кроме того», «из того», «после того как») is a "
        "common word",
        absent=_TOGO_PRONOUN,
    ),
    Labelled(
        "Togo",
        _TOGO,
        "k3: = Того; the Russian pronoun is not the country",
        first="en_togo",
        absent=_TOGO_PRONOUN,
    ),
    Labelled(
        "Чаде",
        _CHAD,
        "k3: Чад = Chad, Chadian included; «чад», smoke over Shatura, is a common word",
        absent=("ru_chad_trap",),
    ),
    Labelled(
        "Сомали",
        _SOMALIA,
        "k3: Somalia, сомалийским included; Mali is another country",
        absent=_MALI,
    ),
    Labelled(
        "Mali",
        _MALI,
        "k3: = Мали; Somalia holds its letters but is another country",
        first="en_mali_trap",
        absent=_SOMALIA,
    ),
    Labelled(
        "Замбии",
        _ZAMBIA,
        "k3: Zambia, Zambian included; Mozambique holds its letters but is another country",
        absent=_MOZAMBIQUE,
    ),
    Labelled(
        "Мозамбике",
        _MOZAMBIQUE,
        "k3: Мозамбик = Mozambique",
        absent=_ZAMBIA,
    ),
    Labelled(
        "Male",
        ("en_maldives_modi", "ru_maldives_modi"),
        "k3: the Maldives' capital = Мале in the datelines; 'male and female' is a common word",
        absent=("en_enteromix",),
    ),
    Labelled(
        "Maldives",
        _MALDIVES,
        "k3: Мальдивы = Maldives, Мальдивской Республики included",
    ),
    Labelled(
        "Seychelles",
        _SEYCHELLES,
        "k3: the Seychelles = Сейшельские Острова",
    ),
    Labelled(
        "Боснии и Герцеговине",
        _BOSNIA,
        "k3: Bosnia and Herzegovina = Bosnia-Herzegovina = Bosnia, боснийцам included; Sarajevo "
        "stands for itself",
    ),
    Labelled(
        "Turkey",
        _TURKEY,
        "k3: Turkey = Türkiye = Турция, Turkish included; the Turks and Caicos and Turkmenistan "
        "are other places",
        absent=("en_starship7", "en_tapi", "en_qoshtepa"),
    ),
    Labelled(
        "Aral Sea",
        _ARAL,
        "k3: = Аральское море = Малый Арал; Aral, BP's German fuel network, is a company",
        first="en_aral_kokaral",
        absent=("en_aral_trap",),
    ),
    Labelled(
        "South Africa",
        _SOUTH_AFRICA,
        "k3: ЮАР = South Africa, South African included; Pretoria and Johannesburg stand for "
        "themselves",
    ),
    # ------------------------------------------------------------- k4 topics and common words
    Labelled(
        "плотина",
        ("ru_rogun_rahmon", "ru_aral", "ru_aral_oneliner"),
        "k4: плотина (Russian), плотину and Кокаральская плотина included; водохранилища is "
        "another word",
    ),
    Labelled(
        "dam",
        (
            "en_rogun_wb",
            "en_rogun_rahmon",
            "en_kambarata_vienna",
            "en_aral_kokaral",
            "en_tehran_oneliner",
        ),
        "k4: dam (English), dams included",
    ),
    Labelled(
        "канал",
        (
            "ru_qoshtepa",
            "ru_qoshtepa_repost",
            "ru_qoshtepa_mirziyoyev",
            "ru_caspian_level",
            "ru_briefing_mar20",
        ),
        "k4: канал (Russian), the Volga–Caspian canal included",
    ),
    Labelled(
        "canal",
        ("en_qoshtepa", "en_qoshtepa_mfa", "en_qoshtepa_uzbek"),
        "k4: canal (English); a channel is another word",
    ),
    Labelled(
        "протесты",
        _PROTEST_RU,
        "k4: протест (Russian), протестных included",
    ),
    Labelled(
        "protests",
        _PROTEST_EN,
        "k4: protest (English) in any form",
    ),
    Labelled(
        "вакцина",
        _VACCINE_RU,
        "k4: вакцина (Russian), мРНК-вакцину included",
    ),
    Labelled(
        "vaccine",
        _VACCINE_EN,
        "k4: vaccine (English)",
    ),
    Labelled(
        "мРНК",
        _MRNA,
        "k4: мРНК = mRNA, an abbreviation in both scripts",
    ),
    Labelled(
        "разоружение",
        ("ru_lebanon_disarm", "ru_lebanon_army", "ru_briefing_jul16"),
        "k4: разоружение (Russian) in any case",
    ),
    Labelled(
        "disarmament",
        ("en_pkk_weapons", "en_briefing_jul16", "en_lebanon_disarm", "en_lebanon_army"),
        "k4: disarmament, disarm, disarmed (English), one stem",
    ),
    Labelled(
        "независимость",
        _INDEPENDENCE_RU,
        "k4: независимость (Russian), «независимый депутат» and «Дня независимости» included",
    ),
    Labelled(
        "independence",
        _INDEPENDENCE_EN,
        "k4: independence (English), 'independent' and 'Independence Day' included",
    ),
    Labelled(
        "referendum",
        ("en_tokayev_address", "en_tokaev_oneliner"),
        "k4: referendum (English)",
    ),
    Labelled(
        "годовщина",
        ("ru_rogun_emomali_trap",),
        "k4: годовщина (Russian); «30 лет», «50-летие» and «полвека» are other words",
    ),
    Labelled(
        "anniversary",
        ("en_dayton_ap", "en_angola_kremlin"),
        "k4: anniversary (English); 'fifty years ago' and 'half a century' are other words",
    ),
    Labelled(
        "присяга",
        ("ru_togo", "ru_montenegro_oneliner"),
        "k4: присяга (Russian), «принёс присягу» included",
    ),
    Labelled(
        "sworn",
        ("en_togo", "en_togo_oneliner", "en_montenegro_sworn"),
        "k4: sworn (English)",
    ),
    Labelled(
        "выборы",
        _VYBORY,
        "k4: выборы (Russian) in any case; избран, переизбран and избирателей are another stem",
    ),
    Labelled(
        "election",
        _ELECTION,
        "k4: election, elected, electoral, elect (English); electric is another word",
        absent=_ELECTRIC,
    ),
    Labelled(
        "шахматы",
        ("ru_sindarov_oneliner", "ru_mirziyoyev_sindarov", "ru_sindarov_dvorkovich"),
        "k4: шахматы (Russian), шахматной included; гроссмейстер is another word",
    ),
    # --------------------------------------- k5 people, declined surnames, transliteration
    Labelled(
        "Рахмон",
        _RAHMON,
        "k5: Эмомали Рахмон = Emomali Rahmon; his son Rustam Emomali is another person",
        first="ru_rogun_rahmon",
        absent=("ru_rogun_emomali_trap",),
    ),
    Labelled(
        "Emomali Rahmon",
        _RAHMON,
        "k5: the president in either script; «Рустам Эмомали» shares a name only",
        first="en_rogun_rahmon",
        absent=("ru_rogun_emomali_trap",),
    ),
    Labelled(
        "Жапаров",
        _JAPAROV,
        "k5: a bare Жапаров is the president, Sadyr Japarov = Zhaparov; Akylbek Japarov is "
        "another person",
        absent=("ru_akylbek_trap",),
    ),
    Labelled(
        "Sadyr Japarov",
        _JAPAROV,
        "k5: = Садыр Жапаров = Zhaparov",
        absent=("ru_akylbek_trap",),
    ),
    Labelled(
        "Токаеву",
        _TOKAYEV,
        "k5: Токаев = Tokayev = Tokaev in any case",
    ),
    Labelled(
        "Tokayev",
        _TOKAYEV,
        "k5: = Tokaev = Токаев",
    ),
    Labelled(
        "Мирзиёева",
        _MIRZIYOYEV,
        "k5: Мирзиёев = Mirziyoyev = Mirziyoev in any case",
    ),
    Labelled(
        "Mirziyoyev",
        _MIRZIYOYEV,
        "k5: = Мирзиёев; Kun.uz spells him Mirziyoev",
    ),
    Labelled(
        "Алиев",
        _ALIYEV,
        "k5: a bare Алиев is Ilham Aliyev here; Heydar Aliyev International Airport names his "
        "father",
        absent=("en_heydar_aliyev_airport",),
    ),
    Labelled(
        "Пезешкиана",
        _PEZESHKIAN,
        "k5: Пезешкиан = Pezeshkian in any case",
    ),
    Labelled(
        "Erdogan",
        _ERDOGAN,
        "k5: = Erdoğan = Эрдоган",
    ),
    Labelled(
        "Имамоглу",
        _IMAMOGLU,
        "k5: Имамоглу = İmamoğlu = Imamoglu, Э.Имамоглу included",
        first="ru_imamoglu_detained",
    ),
    Labelled(
        "Ekrem Imamoglu",
        _IMAMOGLU,
        "k5: = Экрем Имамоглу, İmamoğlu included",
        first="en_imamoglu_detained",
    ),
    Labelled(
        "Оджалана",
        _OCALAN,
        "k5: Оджалан = Öcalan = Ocalan; 'its jailed founder' does not name him",
        first="ru_pkk_ocalan",
    ),
    Labelled(
        "Öcalan",
        _OCALAN,
        "k5: = Ocalan = Оджалан",
        first="en_pkk_ocalan",
    ),
    Labelled(
        "Синдарову",
        _SINDAROV,
        "k5: Синдаров = Sindarov in any case",
    ),
    Labelled(
        "Wei Yi",
        _WEI_YI,
        "k5: the Chinese grandmaster = Вэй И; Wang Yi (Ван И) is the foreign minister",
        absent=_WANG_YI,
    ),
    Labelled(
        "Коннолли",
        _CONNOLLY,
        "k5: a bare Коннолли is Catherine Connolly, К.Коннолли included; the late congressman "
        "Gerry Connolly is another person",
        absent=("en_gerry_connolly_trap",),
    ),
    Labelled(
        "Catherine Connolly",
        _CONNOLLY,
        "k5: = Кэтрин Коннолли",
        first="en_ireland_connolly",
        absent=("en_gerry_connolly_trap",),
    ),
    Labelled(
        "Монтенегру",
        _L_MONTENEGRO,
        "k5: Луиш Монтенегру = Luís Montenegro, a person; Черногория, the country, is absent",
        absent=_MONTENEGRO,
    ),
    Labelled(
        "Luis Montenegro",
        _L_MONTENEGRO,
        "k5: the prime minister, Luís included; the posts naming only the country are absent",
        first="en_portugal_election",
        absent=_MONTENEGRO,
    ),
    Labelled(
        "Albin Kurti",
        ("en_kosovo_election", "ru_kosovo_election"),
        "k5: Альбин Курти = Albin Kurti",
    ),
    Labelled(
        "Гнассингбе",
        _GNASSINGBE,
        "k5: Фор Гнассингбе = Faure Gnassingbé = Gnassingbe",
    ),
    Labelled(
        "Лунгу",
        _LUNGU,
        "k5: Эдгар Лунгу = Edgar Lungu in any case",
    ),
    Labelled(
        "Hichilema",
        ("ru_lungu_kremlin", "ru_lungu_court"),
        "k5: Хичилема = Hichilema in any case",
    ),
    Labelled(
        "Lourenço",
        _LOURENCO,
        "k5: = Lourenco = Лоуренсу",
    ),
    Labelled(
        "Шахбаз Шариф",
        _SHEHBAZ,
        "k5: Shehbaz Sharif, a bare Шариф included; Nawaz Sharif is another person",
        absent=("en_nawaz_trap",),
    ),
    Labelled(
        "Джонатан Ким",
        _J_KIM,
        "k5: = Jonny Kim, the NASA astronaut; Kim Jong-un (Ким Чен Ын) is another person",
        absent=_KIM_JONG_UN,
    ),
    Labelled(
        "Kim Jong Un",
        _KIM_JONG_UN,
        "k5: = Kim Jong-un = Ким Чен Ын; Jonny Kim is another person",
        absent=_J_KIM,
    ),
    Labelled(
        "Бакановым",
        _BAKANOV,
        "k5: Баканов = Bakanov in any case",
    ),
    Labelled(
        "Alexei Leonov",
        ("ru_apollo_soyuz", "en_apollo_soyuz"),
        "k5: Алексей Леонов = Alexei Leonov",
    ),
    Labelled(
        "Robert F. Kennedy Jr.",
        _RFK,
        "k5: = Роберт Кеннеди-младший; the Kennedy Center names no person here",
        first="en_hhs_mrna",
        absent=_KENNEDY_CENTER,
    ),
    Labelled(
        "Daniel Chapo",
        _MOZAMBIQUE,
        "k5: Даниэл Шапу = Daniel Chapo",
    ),
    Labelled(
        "Небензя",
        _NEBENZIA,
        "k5: В.А.Небензя = Vassily Nebenzia, «Небензи» included",
    ),
    Labelled(
        "Захарова",
        _ZAKHAROVA,
        "k5: М.В.Захарова = Maria Zakharova, the briefings included",
    ),
    Labelled(
        "Muizzu",
        ("en_maldives_modi", "ru_maldives_putin", "en_maldives_putin"),
        "k5: = Мохамед Муизу",
    ),
    Labelled(
        "Naim Qassem",
        _QASSEM,
        "k5: = Наим Касем",
    ),
    # ------------------------------------------------------------------- k6 quoted phrases
    Labelled(
        '"Средний коридор"',
        ("ru_midcor", "ru_overchuk_midcor"),
        "k6: the phrase in Russian, «Среднему коридору» included",
    ),
    Labelled(
        '"Middle Corridor"',
        ("en_midcor_volume", "en_midcor_anaklia", "en_caspian_level", "en_midcor_eu"),
        "k6: the words together and in order in English, #MiddleCorridor included",
    ),
    Labelled(
        '"однопалатный парламент"',
        ("ru_tokayev_address",),
        "k6: «однопалатному парламенту» holds the phrase",
    ),
    Labelled(
        '"single-chamber parliament"',
        ("en_tokaev_oneliner",),
        "k6: the words together; the address has 'two-chamber parliament with a single-chamber "
        "Kurultai'",
        absent=("en_tokayev_address",),
    ),
    Labelled(
        '"act of war"',
        ("en_indus",),
        "k6: Pakistan's warning",
    ),
    Labelled(
        '"премия мира"',
        ("ru_fifa_peace_prize",),
        "k6: «Премию мира» holds the phrase; «чемпионата мира» has only the second word",
        absent=("ru_wc_draw",),
    ),
    Labelled(
        '"peace prize"',
        ("en_wc_draw", "en_fifa_peace_prize"),
        "k6: the phrase, 'FIFA Peace Prize' included",
    ),
    Labelled(
        '"стройка века"',
        ("ru_kambarata_japarov",),
        "k6: Japarov's words in Russian",
    ),
    Labelled(
        '"project of the century"',
        ("en_kambarata_japarov",),
        "k6: Japarov's words in English",
    ),
    Labelled(
        '"новой эпохи"',
        ("ru_pkk_weapons",),
        "k6: Erdoğan's words in Russian",
    ),
    Labelled(
        '"new era"',
        ("en_pkk_weapons",),
        "k6: Erdoğan's words in English",
    ),
    Labelled(
        '"попытка переворота"',
        ("ru_imamoglu_detained",),
        "k6: «попыткой переворота» holds the phrase",
    ),
    Labelled(
        '"внутреннее дело"',
        ("ru_imamoglu_peskov", "ru_tokayev_peskov", "ru_briefing_mar20"),
        "k6: the phrase in Russian",
    ),
    Labelled(
        '"внутреннее дело Турции"',
        ("ru_imamoglu_peskov", "ru_briefing_mar20"),
        "k6: the three words together; Peskov on Kazakhstan says «внутреннее дело союзной нам "
        "страны»",
        absent=("ru_tokayev_peskov",),
    ),
    Labelled(
        '"internal affair"',
        ("en_briefing_mar20",),
        "k6: the phrase in English",
    ),
    Labelled(
        '"High Representative"',
        ("en_dayton_russiaun", "en_briefing_nov20"),
        "k6: the phrase in English",
    ),
    Labelled(
        '"пятилетний план"',
        ("ru_plenum", "ru_npc_plan"),
        "k6: «пятилетнему плану» included",
    ),
    Labelled(
        '"five-year plan"',
        ("en_plenum", "en_plenum_oneliner", "en_npc_plan"),
        "k6: the phrase in any case",
    ),
    Labelled(
        '"youngest winner"',
        ("en_sindarov",),
        "k6: the phrase in English; «самым молодым обладателем» is Russian",
    ),
    Labelled(
        '"state funeral"',
        ("en_lungu_court",),
        "k6: the phrase in English",
    ),
    Labelled(
        '"first commercial flight"',
        ("en_ariane6",),
        "k6: the three words together; New Glenn's 'first flight' lacks one",
        absent=("en_new_glenn",),
    ),
    # -------------------------------------------------------- k7 a word excluded with a minus
    Labelled(
        "Монтенегру -Португалия",
        ("en_montenegro_sworn",),
        "k7: Luís Montenegro's posts without Portugal; the euronews post names only Lisbon",
        absent=(
            "en_portugal_election",
            "ru_portugal_election",
            "ru_montenegro_oneliner",
            "en_blackout",
            *_MONTENEGRO,
        ),
    ),
    Labelled(
        "Montenegro -Portugal",
        _MONTENEGRO,
        "k7: a bare Montenegro is the country, none of whose posts names Portugal",
        absent=_L_MONTENEGRO,
    ),
    Labelled(
        "Камбарата-1 -Нарын",
        (
            "ru_kambarata_japarov",
            "en_kambarata_japarov",
            "ru_kambarata_wb",
            "en_kambarata_vienna",
            "en_kambarata_edb",
        ),
        "k7: the plant's posts without the Naryn",
        absent=("en_kambarata_deal", "ru_kambarata_deal", "en_kambarata2_trap"),
    ),
    Labelled(
        "Tokayev -Kurultai",
        (
            "ru_putin_tokayev_call",
            "en_putin_tokayev_call",
            "ru_eco_tokayev",
            "en_tokaev_oneliner",
            "ru_tokayev_oneliner",
            "ru_tokayev_peskov",
        ),
        "k7: Tokayev's posts without the Kurultai (Курултай)",
        absent=_KURULTAI,
    ),
    Labelled(
        "Starship -Багамы",
        ("en_starship7", "ru_starship7"),
        "k7: the ship without the Bahamas (Багамы)",
        absent=("en_starship8", "ru_starship8"),
    ),
    Labelled(
        "PKK -Ocalan",
        (
            "ru_pkk_dissolved",
            "en_pkk_dissolved",
            "en_pkk_weapons",
            "ru_pkk_weapons",
            "ru_briefing_jul16",
            "en_briefing_jul16",
        ),
        "k7: the PKK without Öcalan (Оджалан); 'its jailed founder' does not name him",
        absent=(*_OCALAN, "ru_rpk_trap"),
    ),
    Labelled(
        "Imamoglu -protests",
        (
            "en_imamoglu_detained",
            "ru_imamoglu_detained",
            "ru_imamoglu_peskov",
            "ru_imamoglu_jailed",
            "ru_briefing_mar20",
            "en_briefing_mar20",
        ),
        "k7: an English common word removes only English posts",
        absent=("en_imamoglu_jailed", "en_imamoglu_oneliner"),
    ),
    Labelled(
        "выборы -Ирландия",
        (
            "ru_portugal_election",
            "ru_kosovo_election",
            "ru_kosovo_deadlock",
            "ru_guyana",
            "ru_guyana_essequibo",
            "ru_seychelles",
            "ru_briefing_mar20",
        ),
        "k7: Russian выборы without Ireland",
        absent=("ru_ireland_connolly", "ru_briefing_nov20"),
    ),
    Labelled(
        "election -Kosovo",
        (
            "en_portugal_election",
            "en_montenegro_sworn",
            "en_ireland_connolly",
            "en_guyana",
            "en_guyana_essequibo",
            "en_seychelles",
            "en_seychelles_kremlin",
        ),
        "k7: English election without Kosovo; electric is another word",
        absent=(
            "en_kosovo_election",
            "en_kosovo_mfa",
            "en_kosovo_deadlock",
            "en_briefing_mar20",
            *_ELECTRIC,
        ),
    ),
    Labelled(
        "Spain -Portugal",
        ("ru_consular_spain", "en_blackout_oneliner"),
        "k7: Spain without Portugal in either language",
        absent=("en_blackout", "ru_blackout", "ru_blackout_oneliner", "en_blackout_report"),
    ),
    Labelled(
        "FIFA -Trump",
        ("ru_wc_draw", "ru_wc_degtyarev"),
        "k7: FIFA without Trump",
        absent=("en_wc_draw", "ru_fifa_peace_prize", "en_fifa_peace_prize", *_FIDE),
    ),
    Labelled(
        "Союз МС-27 -Ким",
        _MS27,
        "k7: a bare Ким is Kim Jong-un, so the posts naming Jonny Kim stay",
    ),
    Labelled(
        "ОЭС -Алиев",
        (
            "ru_eco_tokayev",
            "ru_eco_mirziyoyev",
            "en_eco_oneliner",
            "ru_eco_oneliner",
            "ru_briefing_jul16",
        ),
        "k7: the ECO without Ilham Aliyev",
        absent=(*_ALIYEV, "ru_oes_grid"),
    ),
    Labelled(
        "Somalia -AUSSOM",
        ("en_somalia_unsc", "ru_somalia_unsc"),
        "k7: Somalia without the AU mission (АУССОМ)",
        absent=("en_aussom", "ru_aussom", *_MALI),
    ),
    Labelled(
        "Angola -Putin",
        (
            "en_angola50",
            "ru_angola_mid",
            "en_angola_oneliner",
            "ru_briefing_nov20",
            "en_briefing_nov20",
        ),
        "k7: Angola without Putin's greetings",
        absent=("ru_angola_kremlin", "en_angola_kremlin"),
    ),
    Labelled(
        "Казахстан -Каспий",
        (
            "en_kambarata_deal",
            "ru_kambarata_deal",
            "en_aral_kokaral",
            "ru_aral",
            "ru_aral_oneliner",
            "ru_eco_tokayev",
            "ru_oes_grid",
            "en_eco_trap",
            "ru_cica_astana",
            "en_cica_astana",
            "en_tokayev_address",
            "ru_tokayev_address",
            "en_tokaev_oneliner",
            "ru_tokayev_peskov",
            "en_tokayev_reaction",
            "en_ms27_launch",
            "ru_ms27_landing",
            "en_ms27_landing",
        ),
        "k7: Kazakhstan without the Caspian, Trans-Caspian included",
        absent=(
            "en_midcor_volume",
            "ru_midcor",
            "en_caspian_level",
            "ru_putin_tokayev_call",
            "en_putin_tokayev_call",
        ),
    ),
    Labelled(
        "вакцина -мРНК",
        ("ru_enteromix",),
        "k7: Russian вакцина without mRNA",
        absent=("ru_gintsburg", "ru_hhs_mrna"),
    ),
    Labelled(
        "World Bank -Rogun",
        (
            "en_kambarata_deal",
            "ru_kambarata_japarov",
            "ru_kambarata_wb",
            "en_kambarata_edb",
            "en_aral_kokaral",
        ),
        "k7: the World Bank without Rogun; the Vienna conference post names Rogun too",
        absent=("en_rogun_wb", "ru_rogun_wb", "en_kambarata_vienna"),
    ),
    Labelled(
        "Chelsea -PSG",
        ("en_cwc_oneliner", "ru_cwc_oneliner"),
        "k7: the club without Paris St Germain (ПСЖ); the Flower Show is not the club",
        absent=("en_cwc_final", "ru_cwc_final", "en_chelsea_flower_trap"),
    ),
    Labelled(
        "протесты -Турция",
        ("ru_togo_protests", "ru_genz212", "ru_consular_morocco", "ru_genz212_king"),
        "k7: Russian протесты without Turkey",
        absent=("ru_consular_turkey",),
    ),
    Labelled(
        "Hezbollah -Qassem",
        ("ru_lebanon_disarm", "en_lebanon_disarm", "en_lebanon_army", "ru_lebanon_army"),
        "k7: Hezbollah without Naim Qassem (Наим Касем)",
        absent=_QASSEM,
    ),
    # ------------------------------------ k8 dates in words and figures, with and without a year
    Labelled(
        "17 июля 1975",
        ("ru_apollo_soyuz", "en_apollo_soyuz"),
        "k8: the docking's day and year; the launch was on 15 July 1975 and the briefing's 17 "
        "July is of 2025",
        absent=("ru_apollo_soyuz_expo", "ru_briefing_jul16"),
    ),
    Labelled(
        "17 июля",
        ("ru_apollo_soyuz", "en_apollo_soyuz", "ru_briefing_jul16"),
        "k8: without a year every 17 July counts, July 17 included; 15 July is another day",
        absent=("ru_apollo_soyuz_expo",),
    ),
    Labelled(
        "July 15, 1975",
        ("ru_apollo_soyuz_expo",),
        "k8: «15 июля 1975 года»; the docking two days later is another day",
        absent=("ru_apollo_soyuz", "en_apollo_soyuz"),
    ),
    Labelled(
        "16 января",
        ("ru_new_glenn", "ru_starship7"),
        "k8: the day of both launches as the texts state it; Reuters's Jan 17 dateline is "
        "another day and AP's 'early Thursday' states none",
        absent=("en_starship7", "en_kambarata_deal"),
    ),
    Labelled(
        "Jan 17",
        ("en_kambarata_deal", "ru_kambarata_deal", "en_starship7", "ru_starship7"),
        "k8: «17 янв» in the datelines included; 16 January is another day",
        absent=("ru_new_glenn",),
    ),
    Labelled(
        "6 марта",
        ("ru_qoshtepa", "ru_starship8", "ru_ariane6"),
        "k8: 6 March in datelines and texts; the Reuters dateline of March 7 is another day",
        absent=("en_starship8",),
    ),
    Labelled(
        "11 ноября",
        (
            "en_connolly_inauguration",
            "ru_connolly_inauguration",
            "ru_angola_mid",
            "ru_briefing_nov20",
        ),
        "k8: without a year both Novembers 11th count, «11 ноя» and November 11 included",
    ),
    Labelled(
        "11 ноября 1975",
        ("ru_angola_mid",),
        "k8: Angola's independence day; the inauguration and the Luanda celebrations were in 2025",
        absent=("en_connolly_inauguration", "ru_connolly_inauguration", "ru_briefing_nov20"),
    ),
    Labelled(
        "November 21, 1995",
        ("ru_dayton_mid", "en_dayton_ap", "en_dayton_mfa"),
        "k8: the initialling, Nov. 21 and «21 ноября 1995 года» included; the Paris signing was "
        "on 14 December",
        absent=("ru_dayton_tass",),
    ),
    Labelled(
        "14 декабря 1995",
        ("ru_dayton_tass",),
        "k8: the Paris signing; the initialling was on 21 November 1995",
        absent=("ru_dayton_mid", "en_dayton_ap", "en_dayton_mfa"),
    ),
    Labelled(
        "Dec 9",
        ("ru_ms27_landing", "en_ms27_landing"),
        "k8: the landing, Dec. 9 included",
    ),
    Labelled(
        "Sept 8",
        ("en_tokayev_address", "ru_tokayev_address"),
        "k8: Sept. 8 and «8 сентября»",
    ),
    Labelled(
        "May 3",
        ("en_togo", "ru_togo"),
        "k8: May 3 and «3 мая»",
    ),
    Labelled(
        "18 мая 2025",
        ("ru_portugal_election",),
        "k8: the Portuguese vote as TASS dates it; Reuters's May 19 dateline is another day",
        absent=("en_portugal_election",),
    ),
    Labelled(
        "28.04.2025",
        ("en_blackout", "ru_blackout", "en_blackout_report"),
        "k8: typed in figures, April 28 and «28 апр» included",
    ),
    Labelled(
        "July 30",
        ("en_nisar", "ru_nisar", "ru_nisar_oneliner"),
        "k8: July 30 and 30.07.2025 included; NASA's post of the next day states no date",
    ),
    Labelled(
        "5 июня",
        ("en_eco_trap", "en_lungu_death", "ru_lungu_death"),
        "k8: June 5 in datelines; «25 июня» is another day",
        absent=("ru_mozambique50",),
    ),
    Labelled(
        "25 июня",
        ("ru_mozambique50",),
        "k8: Mozambique's jubilee; 5 June is another day",
        absent=("en_lungu_death", "ru_lungu_death", "en_eco_trap"),
    ),
    Labelled(
        "September 1",
        ("en_guyana", "ru_guyana"),
        "k8: Guyana's vote, Sept. 1 included; «11 сен» is another day",
        absent=("ru_tapi",),
    ),
    Labelled(
        "19.09.1960",
        ("en_indus_court",),
        "k8: the treaty's signing, September 19, 1960",
    ),
    Labelled(
        "March 12, 2026",
        ("en_npc_plan", "ru_npc_plan"),
        "k8: the NPC's vote, March 12 and «12 мар» of the story's year 2026",
    ),
    Labelled(
        "July 4",
        ("en_eco_summit", "ru_eco_summit"),
        "k8: the range July 3-4 holds the 4th",
    ),
    Labelled(
        "9 февраля 2025",
        (
            "en_kosovo_mfa",
            "en_kosovo_deadlock",
            "ru_kosovo_deadlock",
            "ru_briefing_mar20",
            "en_briefing_mar20",
        ),
        "k8: Kosovo's vote, February 9 included; the Feb 10 datelines are another day",
        absent=("en_kosovo_election", "ru_kosovo_election"),
    ),
    Labelled(
        "1 января 2026",
        ("ru_somalia_unsc",),
        "k8: a day; UN News's 'January 2026' names a month, not a day",
        absent=("en_somalia_unsc",),
    ),
    Labelled(
        "July 26",
        ("en_maldives_modi", "ru_maldives_modi"),
        "k8: July 26 in the datelines; Independence Day (День независимости) is a day without a "
        "date",
        absent=("ru_maldives_putin", "en_maldives_putin"),
    ),
    Labelled(
        "August 9",
        ("en_chad_masra", "ru_chad_masra"),
        "k8: Aug 9 and «9 авг»; «29 августа» is another day",
        absent=("ru_rogun_rahmon",),
    ),
    # ------------------------------------------------------ k9 hashtags and lower-case typing
    Labelled(
        "#Rogun",
        _ROGUN,
        "k9: the hashtag means the dam, Рогунская ГЭС and Rogun HPP included",
    ),
    Labelled(
        "#ЭПАС",
        _ASTP,
        "k9: ЭПАС = Apollo-Soyuz, #ApolloSoyuz50 included",
        absent=("en_apollo_trap",),
    ),
    Labelled(
        "#GenZ212",
        _GENZ,
        "k9: = GenZ 212",
    ),
    Labelled(
        "#AmuDarya",
        _AMU_DARYA,
        "k9: = Амударья = Amu Darya",
    ),
    Labelled(
        "#СоюзМС27",
        _MS27,
        "k9: = «Союз МС-27» = Soyuz MS-27",
    ),
    Labelled(
        "#блэкаут",
        ("ru_blackout", "ru_blackout_oneliner"),
        "k9: the Russian word; blackout in English is another language's word",
    ),
    Labelled(
        "#PKK",
        _PKK,
        "k9: = РПК; the RPK-16 machine gun is not it",
        absent=("ru_rpk_trap",),
    ),
    Labelled(
        "#CICA",
        _CICA,
        "k9: = СВМДА; SICA is another body",
        absent=("en_sica_trap",),
    ),
    Labelled(
        "рогунская гэс",
        _ROGUN,
        "k9: the plant typed in lower case, Rogun dam and Rogun HPP included",
    ),
    Labelled(
        "камбарата-1",
        _KAMBARATA,
        "k9: lower case; Kambarata HPP-2 is another plant",
        absent=("en_kambarata2_trap",),
    ),
    Labelled(
        "токаев курултай",
        _KURULTAI,
        "k9: Tokayev with Kazakhstan's proposed Kurultai; Bashkortostan's Kurultai is another body",
        absent=("ru_kurultai_trap",),
    ),
    Labelled(
        "nisar",
        _NISAR,
        "k9: the satellite, #NISAR included; police officer Nisar Ahmed is a person",
        absent=("en_nisar_trap",),
    ),
    Labelled(
        "fide",
        _FIDE,
        "k9: lower case; fifa differs by one letter",
        absent=_FIFA,
    ),
    Labelled(
        "starship",
        _STARSHIP,
        "k9: lower case",
    ),
    Labelled(
        "chelsea",
        _CHELSEA,
        "k9: the club, «Челси» included; the Chelsea Flower Show is not it",
        absent=("en_chelsea_flower_trap",),
    ),
    Labelled(
        "apollo",
        _ASTP,
        "k9: the spacecraft, «Аполлон» included; Apollo Global Management is a company",
        absent=("en_apollo_trap",),
    ),
    Labelled(
        "aral",
        _ARAL,
        "k9: the sea, Малый Арал included; Aral the fuel retailer is a company",
        absent=("en_aral_trap",),
    ),
    Labelled(
        "#Tajikistan",
        _TAJIKISTAN,
        "k9: = Таджикистан",
    ),
    # ----------------------------------------------------- k10 typos of one or two letters
    Labelled(
        "Имамолгу",
        _IMAMOGLU,
        "k10: two letters swapped in Имамоглу",
    ),
    Labelled(
        "Imamolgu",
        _IMAMOGLU,
        "k10: two letters swapped in Imamoglu",
    ),
    Labelled(
        "Pezeshkain",
        _PEZESHKIAN,
        "k10: two letters swapped in Pezeshkian",
    ),
    Labelled(
        "Синдарв",
        _SINDAROV,
        "k10: a letter missing from Синдаров",
    ),
    Labelled(
        "Kambarta",
        _KAMBARATA,
        "k10: a letter missing; a bare Kambarata is Kambarata-1, the HPP-2 is another plant",
        absent=("en_kambarata2_trap",),
    ),
    Labelled(
        "Рагун",
        _ROGUN,
        "k10: one letter wrong in Рогун",
    ),
    Labelled(
        "Оджалн",
        _OCALAN,
        "k10: a letter missing from Оджалан",
    ),
    Labelled(
        "Tokyaev",
        _TOKAYEV,
        "k10: two letters swapped in Tokayev",
    ),
    Labelled(
        "Гнасингбе",
        _GNASSINGBE,
        "k10: a letter missing from Гнассингбе",
    ),
    Labelled(
        "Коноли",
        _CONNOLLY,
        "k10: two letters missing from Коннолли; Gerry Connolly is another person",
        absent=("en_gerry_connolly_trap",),
    ),
    Labelled(
        "Montenero",
        _MONTENEGRO,
        "k10: a letter missing; the bare name is the country, not Luís Montenegro",
        absent=_L_MONTENEGRO,
    ),
    Labelled(
        "Guyanna",
        _GUYANA,
        "k10: a letter doubled in Guyana; French Guiana is another place",
        absent=_FRENCH_GUIANA,
    ),
    Labelled(
        "Hezbolah",
        _HEZBOLLAH,
        "k10: a letter missing from Hezbollah",
    ),
    Labelled(
        "Starshp",
        _STARSHIP,
        "k10: a letter missing from Starship",
    ),
    Labelled(
        "Edgar Lugnu",
        _LUNGU,
        "k10: two letters swapped in Lungu",
    ),
    Labelled(
        "Мозамбк",
        _MOZAMBIQUE,
        "k10: a letter missing from Мозамбик; Zambia is another country",
        absent=_ZAMBIA,
    ),
    Labelled(
        "Каспйское море",
        _CASPIAN,
        "k10: a letter missing from Каспийское; the sea is one name, Trans-Caspian included",
    ),
    Labelled(
        "Masrra",
        _CHAD,
        "k10: a letter doubled in Masra",
    ),
    # ----------------------------- k11 е typed for ё (and ё for е) and mixed-script queries
    Labelled(
        "Мирзиеев",
        _MIRZIYOYEV,
        "k11: е for ё in Мирзиёев",
    ),
    Labelled(
        "жеребьевка",
        ("ru_wc_draw",),
        "k11: е for ё in жеребьёвка",
    ),
    Labelled(
        "Дегтярев",
        ("ru_wc_degtyarev",),
        "k11: е for ё in Дегтярёв",
    ),
    Labelled(
        "объем перевозок ТМТМ",
        ("ru_midcor",),
        "k11: объём and перевозки (Russian) with the route; Overchuk has перевозки but no объём",
    ),
    Labelled(
        "учрежденная ФИФА премия",
        ("ru_fifa_peace_prize",),
        "k11: е for ё in учреждённую, with FIFA and премия (Russian)",
    ),
    Labelled(
        "Жёзказган",
        ("ru_ms27_landing",),
        "k11: ё typed for е in Жезказган",
    ),
    Labelled(
        "Kambarata-1 ГЭС",
        ("ru_kambarata_deal", "ru_kambarata_wb"),
        "k11: the Latin name in both languages, ГЭС keeping its Russian",
        absent=("en_kambarata2_trap",),
    ),
    Labelled(
        "Starship взорвался",
        ("ru_starship8",),
        "k11: the Latin name with взорваться (Russian); «разрушился» is another word",
        first="ru_starship8",
    ),
    Labelled(
        "NISAR спутник",
        ("ru_nisar", "ru_nisar_oneliner"),
        "k11: the satellite with спутник (Russian)",
    ),
    Labelled(
        "FIDE Синдаров",
        ("en_sindarov", "ru_sindarov", "en_fide_dvorkovich", "ru_sindarov_dvorkovich"),
        "k11: both names in either language",
        absent=_FIFA,
    ),
    Labelled(
        "CHP Имамоглу",
        _CHP,
        "k11: the party and the mayor in either language",
        absent=("en_chp_trap",),
    ),
    Labelled(
        "GenZ 212 протесты",
        ("ru_genz212",),
        "k11: the movement with протесты (Russian)",
    ),
    Labelled(
        "TAPI газопровод",
        ("ru_tapi", "ru_tapi_berdimuhamedov"),
        "k11: the pipeline's name with газопровод (Russian)",
    ),
    Labelled(
        "Chega партия",
        ("ru_portugal_election", "ru_portugal_chega"),
        "k11: the Latin name with партия (Russian)",
    ),
    Labelled(
        "ECO саммит",
        _ECO_SUMMIT_RU,
        "k11: the organisation with саммит (Russian); the power system's ОЭС is not it",
        absent=("ru_oes_grid",),
    ),
    Labelled(
        "Aktau порт",
        ("ru_midcor_aktau", "ru_caspian_level"),
        "k11: the city with порт (Russian), «портов» included",
    ),
    Labelled(
        "Kurultai Башкортостан",
        ("ru_kurultai_trap",),
        "k11: Bashkortostan's Kurultai; Tokayev's proposed Kurultai names no Bashkortostan",
        absent=_KURULTAI,
    ),
    Labelled(
        "Dayton соглашение",
        ("ru_dayton_mid", "ru_dayton_tass", "ru_briefing_nov20"),
        "k11: the Latin place with соглашение (Russian)",
        absent=("en_dayton_ohio_trap",),
    ),
    Labelled(
        "Ariane 6 Куру",
        ("en_ariane6", "ru_ariane6"),
        "k11: the rocket and Kourou, both names in either language",
    ),
    Labelled(
        "Хезболла disarm",
        ("en_lebanon_disarm", "en_lebanon_army"),
        "k11: the Cyrillic name with disarm (English), disarmed included",
    ),
    # ------------------------------------------------------------- k12 questions typed naturally
    Labelled(
        "что такое канал Кош-Тепа",
        ("ru_qoshtepa", "ru_qoshtepa_repost", "ru_qoshtepa_mirziyoyev", "ru_briefing_mar20"),
        "k12: канал (Russian) + Qosh Tepa, Куштепа included",
        first="ru_qoshtepa",
    ),
    Labelled(
        "who won the FIDE World Cup",
        _FIDE_WORLD_CUP,
        "k12: the event = «Кубок мира ФИДЕ» = Chess World Cup; FIFA's World Cup and the Club "
        "World Cup are other events",
        first="en_sindarov",
        absent=(*_FIFA_WORLD_CUP, *_CLUB_WORLD_CUP),
    ),
    Labelled(
        "кто выиграл Кубок мира ФИДЕ",
        _FIDE_WORLD_CUP,
        "k12: the event in either language, «Кубок мира по шахматам» included",
        first="ru_sindarov",
        absent=(*_FIFA_WORLD_CUP, *_CLUB_WORLD_CUP),
    ),
    Labelled(
        "why was Imamoglu detained",
        _IMAMOGLU,
        "k12: the person; detained is the question's verb",
        first="en_imamoglu_detained",
    ),
    Labelled(
        "когда распустилась РПК",
        _PKK,
        "k12: the PKK; распустилась is the verb",
        first="ru_pkk_dissolved",
        absent=("ru_rpk_trap",),
    ),
    Labelled(
        "what caused the blackout in Spain",
        ("en_blackout_report", "en_blackout_oneliner"),
        "k12: blackout (English) + Spain; Reuters says power outage",
        first="en_blackout_report",
    ),
    Labelled(
        "кто победил на выборах в Португалии",
        ("ru_portugal_election",),
        "k12: выборы (Russian) + Portugal",
        first="ru_portugal_election",
    ),
    Labelled(
        "who is Catherine Connolly",
        _CONNOLLY,
        "k12: the president of Ireland; Gerry Connolly is another person",
        first="en_ireland_connolly",
        absent=("en_gerry_connolly_trap",),
    ),
    Labelled(
        "где построят Камбаратинскую ГЭС-1",
        _KAMBARATA,
        "k12: the plant; построят is the verb",
        absent=("en_kambarata2_trap",),
    ),
    Labelled(
        "how tall is the Rogun dam",
        ("en_rogun_wb", "en_rogun_rahmon", "en_kambarata_vienna"),
        "k12: Rogun + dam (English); the Vienna post names Kambarata-1's dam beside Rogun",
        first="en_rogun_wb",
    ),
    Labelled(
        "что предложил Токаев",
        _TOKAYEV,
        "k12: the person; предложил is the verb",
        first="ru_tokayev_address",
    ),
    Labelled(
        "when did Edgar Lungu die",
        _LUNGU,
        "k12: the person; die is the verb",
        first="en_lungu_death",
    ),
    Labelled(
        "where did Starship debris fall",
        ("en_starship7", "en_starship8"),
        "k12: Starship + debris (English)",
    ),
    Labelled(
        "what is the Middle Corridor",
        _MIDDLE_CORRIDOR,
        "k12: the route's proper name in either language, ТМТМ and TITR included",
        first="en_midcor_volume",
    ),
    Labelled(
        "почему в Марокко протесты",
        ("ru_genz212", "ru_consular_morocco", "ru_genz212_king"),
        "k12: протест (Russian) + Morocco",
        first="ru_genz212",
    ),
    Labelled(
        "is Russia playing at the 2026 World Cup",
        ("en_wc_draw", "ru_wc_draw"),
        "k12: Russia + the FIFA World Cup + 2026; the 2030 posts are another year and the "
        "chess World Cup another event",
        first="en_wc_draw",
        absent=("ru_wc_degtyarev", "en_genz212", "ru_genz212", *_FIDE_WORLD_CUP),
    ),
    Labelled(
        "who signed the Kambarata agreement",
        ("en_kambarata_deal",),
        "k12: agreement (English) + Kambarata-1",
        first="en_kambarata_deal",
    ),
    Labelled(
        "какой высоты плотина Рогунской ГЭС",
        ("ru_rogun_rahmon",),
        "k12: высота + плотина (Russian) + Rogun",
        first="ru_rogun_rahmon",
    ),
    Labelled(
        "does Hezbollah agree to disarm",
        ("en_lebanon_disarm", "en_lebanon_army"),
        "k12: Hezbollah + disarm (English); Qassem says 'hand over its weapons'",
        first="en_lebanon_disarm",
    ),
    Labelled(
        "когда стыковались Союз и Аполлон",
        _ASTP,
        "k12: the mission = ЭПАС = Apollo-Soyuz; стыковались is the verb",
        first="ru_apollo_soyuz",
        absent=("en_apollo_trap",),
    ),
    Labelled(
        "who is Jonny Kim",
        _J_KIM,
        "k12: the astronaut = Джонатан Ким; Kim Jong-un is another person",
        absent=_KIM_JONG_UN,
    ),
    Labelled(
        "что сказал Небензя о Боснии",
        _NEBENZIA,
        "k12: Nebenzia + Bosnia",
        first="ru_dayton_nebenzia",
    ),
    Labelled(
        "why is Tehran running out of water",
        ("en_tehran_water",),
        "k12: Tehran + water (English); Bloomberg's dams are another word",
        first="en_tehran_water",
    ),
    Labelled(
        "сколько человек погибло в Того",
        ("ru_togo_protests",),
        "k12: погибнуть (Russian) + Togo, «сколько человек» being the question's words; «того» "
        "the pronoun is a common word",
        first="ru_togo_protests",
        absent=_TOGO_PRONOUN,
    ),
    Labelled(
        "где прошёл саммит ОЭС",
        _ECO_SUMMIT_RU,
        "k12: саммит (Russian) + ECO; прошёл is the verb",
        first="ru_eco_summit",
        absent=("ru_oes_grid",),
    ),
    Labelled(
        "what did Peskov say about Imamoglu",
        ("ru_imamoglu_peskov",),
        "k12: Peskov + Imamoglu",
        first="ru_imamoglu_peskov",
    ),
    Labelled(
        "кто такой Жавохир Синдаров",
        _SINDAROV,
        "k12: the person",
        first="ru_sindarov",
    ),
]

"""Twenty-ninth labelled search set: Nuuk to Honiara, an analyst's everyday searches.

The archive holds 250 posts, 125 in Russian and 125 in English, from official channels (mid,
mfa_russia, kremlin, kremlin_en, russiaun, russiaun_en, mid_consular, mchs, roscosmos, embassies in
Denmark, Japan, Germany and Tanzania, un_news, nasa) and agencies and media (tass, tass_en, ria,
interfax, kommersant, rbc, rt, rt_en, rg, mosreg, fontanka, sport_express, xinhua, kyodo, antara,
pti, reuters, ap, afp, bloomberg, bbc, bbc_sport, dw, euronews, aljazeera, africanews, abc_au,
rnz, yle, lsm, high_north_news, astana_times, rbth, navy_news and a forwarded Arctic Desk):
Kremlin and MID readouts and greetings, comments, briefing excerpts with several topics, TASS,
RIA and Interfax leads with datelines («ЯУНДЕ, 27 октября. /ТАСС/.», «МАНИЛА, 11 авг — РИА
Новости.», «Москва. 24 октября. INTERFAX.RU -»), Reuters, AP, AFP and Xinhua stories ("NUUK,
March 12 (Reuters) -", "HONIARA, Solomon Islands (AFP) —", "XICHANG, May 29 (Xinhua) --"),
one-liners, reposts ("Forwarded from", «Репост из»), consular notices, posts with hashtags,
links, figures and emoji. Most of its 46 stories are told twice or more, in Russian and English
posts worded independently: Kirsty Coventry's election at the IOC and the ОКР; the Dakar Rally
in Saudi Arabia; France leaving its bases in Senegal; Romania's rerun and Nicușor Dan, after the
annulment of 2024; Babiš's ANO in Czechia and Petr Pavel; Jetten's D66 in the Netherlands;
Carney's election in Canada and the G7 in Kananaskis; the Baltic states and Finland leaving the
Ottawa Convention; Greenland's election, Nielsen, Vance at Pituffik and Putin in Murmansk;
Svalbard's centenary and Barentsburg; the Eagle S and the Estlink 2 cable; NATO's Baltic
Sentry; the Kamchatka earthquake, the tsunami and the Krasheninnikov volcano; Papua New Guinea
at 50; the Pukpuk treaty; Guinea's referendum and Doumbouya's election; the coup in
Guinea-Bissau, Embaló and N'Tam; M23 in Goma, the Congo–Rwanda peace in Washington, the Doha
framework and the Washington Accords; Ebola in Kasai; the Lobito Corridor; Biya's eighth term in
Cameroon; Ouattara's fourth in Côte d'Ivoire; Samia Suluhu Hassan's election in Tanzania;
Haiti's Gang Suppression Force and resolution 2793; the Cook Islands' deal with China and New
Zealand's pause; Tuvalu's climate visas; the Pacific Islands Forum in Honiara; New Caledonia's
Bougival accord and the FLNKS; the Scarborough Shoal collision and the Huangyan reserve;
Singapore's election and Lawrence Wong; Albanese's re-election in Australia; Mozambique LNG;
Axiom-4 and Shukla at the ISS; Tianwen-2; Hiroshima and Nagasaki at 80; the Nuremberg trials at
80; the UN Charter and UN Day at 80; Bandung at 70; the High Seas Treaty (BBNJ); the IMO's
Net-Zero vote; Sputnik Azerbaijan in Baku and the deaths in Yekaterinburg; Latvia and the
Istanbul Convention; the CAS and Russian skiers; Orsi's inauguration and Mujica's death in
Uruguay; Suriname's first woman president. Query kinds: k1 organisations and abbreviations in
both languages and scripts; k2 events with places; k3 places in Russian case forms and in
English; k4 topics and common words; k5 people, declined surnames, transliteration variants; k6
quoted phrases; k7 a word excluded with a minus; k8 dates in words and figures, with and without
a year; k9 hashtags and lower-case typing; k10 typos of one or two letters; k11 е typed for ё
(and ё for е) and mixed-script queries; k12 questions typed naturally.

Labelling rules, those of the twenty-eighth set, followed exactly: expected holds every post a
reader typing the query wants. A person, organisation, place, abbreviation, event or date
matches in either language or script, in any case form, spelling, transliteration or
abbreviation (a person named with a given name, initials or a title is that person:
М.В.Захарова, А.Бабиш, Х.Мухика, В.А.Небензя, госпожа Ковентри, Tanzania's Hassan; place
adjectives such as Оттавская, Стамбульская, Бужевальское, Бандунгская, канадский, саудовский,
филиппинский, бакинской or российско-камерунских and nationality adjectives and nouns such as
Canadian, Congolese, Rwandan, Guineans, Tuvaluans, Romanian, Finnish or румын name the place,
inside a name too: the Ottawa Convention, the Istanbul Convention, the Alliance for the Union of
Romanians, Sputnik Azerbaijan, Mozambique LNG; a post's hashtag names its words, #ГвинеяБисау,
#CookIslands and #PacificIslandsForum included, while a repost's @handle names nothing; a day
counts in words in either language or in figures, «27 янв», «15 ноя», Aug. 6, Sept 10, 30.07.2025,
06.08.1945, 26.11.2025 and «двадцатого ноября» included, and a range such as «3–4 октября»,
Oct. 3-4 or «18–24 апреля» holds each of its days; dates are read from a post's text, datelines
included, never from the day it was posted; a typed year excludes posts of another year, a
post's year being the one its text states for what it reports or else its story's: 2025 except
the annulment of Romania's first round (6 December 2024), the Eagle S seizure and the cable
damage of 25 December 2024, the bombings of Hiroshima and Nagasaki (6 and 9 August 1945), the
opening of the Nuremberg trials (20 November 1945), the signing of the UN Charter (26 June
1945), the Bandung Conference (18–24 April 1955), Sputnik 1 (4 October 1957), PNG's independence
(16 September 1975), the Svalbard Treaty (signed 9 February 1920, in force 14 August 1925), Cook's
landing (29 April 1770) and the High Seas Treaty's entry into force (17 January 2026)). Common
words and topics (выборы, election, конвенция, convention, соглашение, agreement) match only
posts in the language typed, in any inflected or derived form of the same stem (выборах,
выборов; elected, re-election, electoral; протеста; protesters, protested; независимый;
collided, collide; траурная), never a synonym or another stem (захват власти is not переворот,
seized power is not a coup, a quake is not an earthquake and is left unlabelled, избрал is not
выборы, a vote is not an election, «80-летие» and a centenary are not a годовщина or an
anniversary, a treaty is not an agreement, договор is not соглашение, employees are not
journalists, 'first female' is not 'first woman'), and a named thing made of common words (the
High Seas Treaty, the Washington Accords, «Вашингтонские соглашения», the Ocean of Peace,
«Океан мира», the UN Charter, «Устав ООН», the Net-Zero Framework) counts as words in the
language typed, unless it is an organisation or an event's proper name (Baltic Sentry =
«Балтийский часовой», the Gang Suppression Force, the Dakar Rally = ралли «Дакар», the Nuremberg
trials = Нюрнбергский процесс, «Большая семёрка» = G7). A query of several words wants posts
holding all of them, each by these rules; prepositions, particles, question words and verbs
such as сказал, said, held, agreed are not terms, nor is the verb of a typed question (кто
стал, где произошло, когда вступит в силу, подали, почему ... выходит, воздержалась, где
прошел, who won, why did ... leave, what did ... say, why were ... detained, when did ... die,
applied, what happened at). A place's name of several words (Новая Каледония, New Caledonia,
Острова Кука, Cook Islands, Новая Зеландия, Соломоновы Острова, Гвинея-Бисау, Экваториальная
Гвинея, Папуа — Новая Гвинея, Кот-д'Ивуар, Ivory Coast, Петропавловск-Камчатский,
Северо-Курильск, Scarborough Shoal, Saudi Arabia, Новая Голландия) is one name, not its words.
A quoted phrase wants its words together and in order, inflected, in the language typed; a
hashtag means its word or words; -word removes the posts that word matches (a common word typed
in Russian removes only Russian posts, one typed in English only English posts; a place,
organisation or person removes the posts naming it in either language, a bare surname its
best-known bearer only).

As applied here: МОК = IOC = Международный олимпийский комитет = International Olympic
Committee; ОКР = Олимпийский комитет России, while the ОКР of Roscosmos are
опытно-конструкторские работы; CAS = Спортивный арбитражный суд = Court of Arbitration for
Sport, while КАС РФ is a code of procedure; ДРК = ДР Конго = Демократическая Республика Конго =
DRC = Democratic Republic of the Congo, and a bare Конго, Congo or Congolese is the DRC here; the
Republic of Congo (Brazzaville, Республика Конго) is another country; M23 = «Движение 23 марта»,
typed with a Latin or a Cyrillic М; ФТО = Форум тихоокеанских островов = Pacific Islands Forum;
ИМО = Международная морская организация = IMO = International Maritime Organization; BBNJ = the
High Seas Treaty = «Соглашение о сохранении морского биоразнообразия в районах за пределами
национальной юрисдикции», an abbreviation that finds the treaty in both languages however it is
named; ПНД = Партия народного действия = People's Action Party; ANO, Babiš's movement, and АНО,
an автономная некоммерческая организация, are different things; D66 = «Демократы 66»; НАТО =
NATO; G7 = Group of Seven = «Большая семёрка»; Sputnik Azerbaijan = «Sputnik Азербайджан» =
Спутник Азербайджан, the news agency, while Sputnik 1 and «спутник связи» are satellites; СБ ООН
= Совбез = Совет Безопасности ООН = UN Security Council, #СБООН included; МКС = ISS =
International Space Station = Международная космическая станция; Axiom-4 = Ax-4 = Axiom Mission
4; МЧС = МЧС России; ФНОКС = FLNKS; Международный военный трибунал = International Military
Tribunal, a body that the posts naming only the Nuremberg trials do not name (left unlabelled);
ВОЗ = WHO = Всемирная организация здравоохранения = World Health Organization; PNG = Папуа —
Новая Гвинея = Papua New Guinea. Places: Шпицберген = Svalbard = Spitsbergen; Баренцбург =
Barentsburg; Гренландия = Greenland; Нуук = Nuuk; Камчатка = Kamchatka; Петропавловск-Камчатский
= Petropavlovsk-Kamchatsky (every post naming it also names Kamchatka); Гвинея = Guinea
(Conakry); Гвинея-Бисау = Guinea-Bissau; Гаити = Haiti, and Таити = Tahiti is another place;
Острова Кука = Cook Islands; Новая Каледония = New Caledonia; Бужеваль = Bougival; отмель
Скарборо = Scarborough Shoal = Huangyan Dao = Хуанъяньдао; Нидерланды = Голландия = Netherlands
= Dutch; Чехия = Czech Republic = Czech; Румыния = Romania; Дакар = Dakar, the city; Камерун =
Cameroon; Кот-д'Ивуар = Côte d'Ivoire = Cote d'Ivoire = Ivory Coast; Танзания = Tanzania;
Оттава = Ottawa; Хиросима = Hiroshima; Нагасаки = Nagasaki; Нюрнберг = Nuremberg; Стамбул =
Istanbul, here only inside the Istanbul Convention; Латвия = Latvia; Уругвай = Uruguay; Суринам =
Suriname; Хониара = Honiara. People: Кирсти Ковентри = Kirsty Coventry; Никушор Дан = Nicusor
Dan = Nicușor Dan; Джордже Симион = George Simion; Андрей Бабиш = Andrej Babiš = Babis = Babish;
Пётр Павел = Петр Павел = Petr Pavel; Пётр Фиала = Petr Fiala; Роб Йеттен = Rob Jetten; Герт
Вилдерс = Geert Wilders; Марк Карни = Mark Carney; Марк Браун = Mark Brown; Йенс-Фредерик
Нильсен = Jens-Frederik Nielsen; Джей Ди Вэнс = JD Vance; Мамади Думбуя = Mamadi Doumbouya =
Mamady Doumbouya; Умаро Сиссоку Эмбало = Umaro Sissoco Embalo; Орта Н'Там = Horta N'Tam; Феликс
Чисекеди = Felix Tshisekedi; Поль Кагаме = Paul Kagame; Поль Бия = Бийя = Paul Biya; Алассан
Уаттара = Alassane Ouattara; Самия Сулуху Хасан = Samia Suluhu Hassan; Джеймс Марапе = James
Marape; Энтони Албаниз = Албанезе = Anthony Albanese; Франческа Альбанезе = Francesca Albanese;
Лоуренс Вонг = Lawrence Wong; Пенни Вонг = Penny Wong; Шубханшу Шукла = Shubhanshu Shukla; Хосе
Мухика = José (Pepe) Mujica; Яманду Орси = Yamandú Orsi = Yamandu Orsi; Дженнифер
Гирлингс-Саймонс = Jennifer Geerlings-Simons; Эдгарс Ринкевичс = Edgars Rinkēvičs; Джеремайя
Манеле = Jeremiah Manele; Небензя = Nebenzia; Гутерреш = Guterres. A city, capital or not, does
not stand for its country (Prague is not Czechia, so the TASS English comment on Babiš is left
unlabelled for Czechia; Yaounde, Sydney, Canberra, Riga, Tallinn, Vilnius, Warsaw, Tokyo and
Oslo stand for themselves). A surname alone is its best-known bearer here; a post naming only
another bearer is left unlabelled for the bare surname and is absent for the full name
(Francesca Albanese for Anthony Albanese, Penny Wong for Lawrence Wong, Chantal Biya for Paul
Biya, the cosmonaut Kirill Peskov for Dmitry Peskov, Somalia's Hassan Sheikh Mohamud for Samia
Suluhu Hassan, Gen. Dan Caine for Nicușor Dan, Nielsen the ratings company for Jens-Frederik
Nielsen, Mark Brown and Mark Rutte for Mark Carney and back); a bare Ковентри is the IOC's
president, the city's club left unlabelled. A place's bare name shared with another place or
thing is the best-known one here, and a post naming only the other is absent: Guinea-Bissau,
Equatorial Guinea and Papua New Guinea for Guinea; Guinea for Guinea-Bissau; the Republic of
Congo for the DRC; Tahiti for Haiti; the Dakar Rally for Dakar; Petropavlovsk in Kazakhstan and
the gold miner Petropavlovsk for Petropavlovsk-Kamchatsky; the frigate HMCS Ottawa for Ottawa;
the Yorkshire resort for the Scarborough Shoal; Sanfrecce Hiroshima for Hiroshima; Новая
Голландия in St Petersburg for the Netherlands; the Barents Sea for Barentsburg; Captain Cook
and Tim Cook for the Cook Islands; the M23 motorway for M23.

Rules this set had to add, in the spirit of the above: a fixed common expression built on a
place's name or adjective (шведский стол, a Dutch auction, guinea pigs, the Greenland shark, the
Caledonian Sleeper, ivory smuggled along a coast) does not name the place and is absent for it,
though the Greenland shark post still names Svalbard, where it is set; a name holding a date
(«Движение 23 марта») states no day; a day named without a date (UN Day, День ООН, Olympic Day)
is not a date; a common word that is also a name («дан», given; «спутник», a satellite; IMO, in
my opinion; a PNG file) is absent for the name; in a mixed-script query a Latin name (Eagle S,
ANO, D66, BBNJ, Crew Dragon, TotalEnergies, Kamchatka) is a name in both languages while the
query's common word (танкер, соглашение, цунами) keeps its language; е and ё are one letter.
absent lists precision traps that share a string but not the meaning: those above,
abbreviations with two meanings (ОКР, CAS and КАС, IMO, ANO and АНО, PNG), 'observance' for
Vance, 'selectively' for election, «атомную бомбу» for «атомной
бомбардировки», 'first female' for "first woman", a framework agreement for peace for "peace
agreement"; near-miss days (6 and 9 August, 20 and 21 November, 17 January, 17 July and 17
October, 3, 4, 13 and 14 May, 29 and 30 October, 3 and 30 October, 27 January and 27 June, 12
July and 12 October, 4 September and 4 December, 15 July and 15 November, 19 and 21 September,
24 and 25 October, 23 March in a name); the other year (6 August 1945 against the ceremony of
2025, 17 January 2025 against 2026, 26 June 1945 against 2025, 4 October 1957 against 2025); a
phrase's words apart or in another order; and a minus query's excluded posts. first is set only
where one post is clearly what a reader wants on top.

Written blind in session 53: I read only the Labelled dataclass of tests/search_corpus.py; the
twenty-eighth set's docstring, its first 45 posts, its helper tuples and its first 85 queries;
and the docstrings (the first 70 lines) of the twentieth to twenty-seventh sets, to choose other
stories. I did not read tg_archiver/, docs/, README, CHANGELOG or any other test, and I ran
neither the search, the CLI, pytest nor git. The only code run was an import of this module from
/tmp scratch scripts, checking that every key a query names exists in POSTS, that no query is
empty or repeated, and grepping the post texts to label them.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ------------------------------------------------------------- The IOC: Kirsty Coventry
    "en_ioc_coventry": (
        (3, 20),
        "reuters",
        "COSTA NAVARINO, Greece, March 20 (Reuters) - Zimbabwe's Kirsty Coventry was elected "
        "president of the International Olympic Committee on Thursday, becoming the first woman "
        "and the first African to lead the IOC. The two-time Olympic swimming champion won 49 of "
        "97 votes in the first round, beating Juan Antonio Samaranch and Sebastian Coe, and will "
        "succeed Thomas Bach in June.",
    ),
    "ru_ioc_coventry": (
        (3, 20),
        "tass",
        "КОСТА-НАВАРИНО (Греция), 20 марта. /ТАСС/. Двукратная олимпийская чемпионка по плаванию "
        "Кирсти Ковентри из Зимбабве избрана президентом Международного олимпийского комитета "
        "(МОК). Она стала первой женщиной во главе организации. Ковентри набрала 49 голосов уже в "
        "первом туре и сменит на посту Томаса Баха, руководившего МОК с 2013 года.",
    ),
    "ru_ioc_okr": (
        (3, 20),
        "ria",
        "Президент ОКР Станислав Поздняков поздравил Кирсти Ковентри с избранием и выразил "
        "надежду, что новое руководство Международного олимпийского комитета вернёт российских "
        "спортсменов на Игры под национальным флагом. Олимпийский комитет России отстранён от "
        "деятельности МОК с октября 2023 года.",
    ),
    "ru_ioc_peskov": (
        (3, 21),
        "ria",
        "Песков: в Кремле рассчитывают, что при новом президенте МОК спорт будет вне политики. "
        "«Будем внимательно следить за первыми шагами госпожи Ковентри», — сказал "
        "пресс-секретарь президента России Дмитрий Песков.",
    ),
    "en_ioc_handover": (
        (6, 23),
        "ap",
        "LAUSANNE, Switzerland (AP) — Kirsty Coventry formally took office as IOC president on "
        "Monday, June 23, Olympic Day, when Thomas Bach handed her a golden key to Olympic House. "
        "She is the 10th president in the committee's 131-year history.",
    ),
    "ru_oneliner_ioc": (
        (6, 23),
        "rt",
        "Кирсти Ковентри официально возглавила МОК.",
    ),
    "en_coventry_city": (
        (11, 30),
        "bbc_sport",
        "Coventry City moved five points clear at the top of the Championship with a 3-0 win over "
        "Stoke on Saturday, Frank Lampard's side now unbeaten in 12 league games.",
    ),
    "ru_okr_trap": (
        (4, 10),
        "roscosmos",
        "Завершены ОКР по созданию ракеты-носителя среднего класса «Союз-5»: первый пуск с "
        "космодрома Байконур запланирован на конец года. 🚀",
    ),
    # --------------------------------------------------- The Dakar Rally in Saudi Arabia
    "en_dakar_rally": (
        (1, 17),
        "afp",
        "SHUBAYTAH, Saudi Arabia (AFP) — Saudi driver Yazeed Al Rajhi won the Dakar Rally on "
        "Friday, January 17, becoming the first Saudi to take the car title in his home event, "
        "while Martin Macik won the truck category. The 47th edition covered almost 8,000 "
        "kilometres of desert.",
    ),
    "ru_dakar_rally": (
        (1, 17),
        "sport_express",
        "Саудовский гонщик Язид Аль-Раджхи впервые выиграл ралли-марафон «Дакар» в зачёте "
        "автомобилей. В зачёте грузовиков победил Мартин Мацик, экипажи «КАМАЗ-мастер» пропустили "
        "гонку третий год подряд.",
    ),
    # ------------------------------------------------------- France leaves its Senegal bases
    "en_senegal_bases": (
        (7, 17),
        "reuters",
        "DAKAR, July 17 (Reuters) - France handed over its last military bases in Senegal on "
        "Thursday, ending a permanent military presence that dated back to independence in 1960. "
        "The handover of Camp Geille follows withdrawals from Chad and Ivory Coast, as President "
        "Bassirou Diomaye Faye's government pursues what it calls full sovereignty.",
    ),
    "ru_senegal_bases": (
        (7, 17),
        "tass",
        "ДАКАР, 17 июля. /ТАСС/. Франция передала властям Сенегала свои последние военные объекты "
        "в стране — лагерь Жей и аэродромную базу в столице. Французское военное присутствие в "
        "Сенегале продолжалось 65 лет, сообщил генштаб сенегальской армии.",
    ),
    "ru_oneliner_senegal": (
        (7, 17),
        "rt",
        "Последние французские военные покинули Сенегал. 🇸🇳",
    ),
    # ------------------------------------------------------ Romania: Nicușor Dan's victory
    "en_romania_first_round": (
        (5, 5),
        "ap",
        "BUCHAREST, Romania (AP) — Hard-right nationalist George Simion won the first round of "
        "Romania's presidential election rerun on Sunday, May 4, with almost 41% of the vote, and "
        "will face Bucharest Mayor Nicusor Dan in a runoff on May 18.",
    ),
    "en_romania_dan": (
        (5, 19),
        "reuters",
        "BUCHAREST, May 19 (Reuters) - Centrist Bucharest mayor Nicusor Dan won Romania's "
        "presidential runoff with 53.6% of the vote, defeating George Simion in a rerun of the "
        "election annulled last December over alleged Russian interference. Dan, a "
        "mathematician, pledged to keep the country anchored in the EU and NATO.",
    ),
    "ru_romania_dan": (
        (5, 19),
        "ria",
        "БУХАРЕСТ, 19 мая — РИА Новости. Мэр Бухареста Никушор Дан победил во втором туре "
        "повторных президентских выборов в Румынии, набрав 53,6% голосов. Его соперник, лидер "
        "«Альянса за объединение румын» Джордже Симион, поначалу отказался признать поражение.",
    ),
    "ru_romania_inauguration": (
        (5, 26),
        "tass",
        "БУХАРЕСТ, 26 мая. /ТАСС/. Никушор Дан принёс присягу на совместном заседании палат "
        "парламента и официально вступил в должность президента Румынии.",
    ),
    "en_romania_annulled": (
        (12, 6),
        "ap",
        "BUCHAREST, Romania (AP) — Romania's Constitutional Court on Friday annulled the first "
        "round of the presidential election won by far-right outsider Calin Georgescu, two days "
        "before the Dec. 8 runoff, after declassified intelligence alleged a Russian-backed "
        "campaign on TikTok.",
    ),
    "en_oneliner_romania": (
        (5, 19),
        "bloomberg",
        "Romanian leu jumps most on record after Dan wins presidency.",
    ),
    "ru_dan_trap": (
        (8, 12),
        "mosreg",
        "Старт строительству новой школы в Балашихе дан: первый камень заложили во вторник, "
        "сообщили в администрации городского округа.",
    ),
    # ------------------------------------------------------------- Czechia: Babiš returns
    "en_czech_babis": (
        (10, 5),
        "reuters",
        "PRAGUE, Oct 5 (Reuters) - Billionaire Andrej Babis's populist ANO party won the Czech "
        "parliamentary election held on Oct. 3-4 with 34.5% of the vote, putting the former prime "
        "minister on course to return to power. Babis has promised to end the government's "
        "ammunition initiative for Ukraine.",
    ),
    "ru_czech_babis": (
        (10, 5),
        "kommersant",
        "Движение ANO бывшего премьер-министра Андрея Бабиша победило на выборах в палату "
        "депутатов Чехии, прошедших 3–4 октября, набрав 34,5% голосов. Коалиция «Вместе» премьера "
        "Петра Фиалы заняла второе место.",
    ),
    "ru_czech_peskov": (
        (10, 6),
        "ria",
        "Песков о выборах в Чехии: в Кремле не ждут резкой перемены курса Праги, но будут "
        "приветствовать «любое стремление к диалогу».",
    ),
    "en_czech_babis_pm": (
        (12, 9),
        "ap",
        "PRAGUE (AP) — Czech President Petr Pavel appointed populist billionaire Andrej Babiš as "
        "prime minister on Tuesday, Dec. 9, after Babiš pledged to resolve a conflict of interest "
        "over his Agrofert conglomerate.",
    ),
    "ru_babis_pm": (
        (12, 9),
        "tass",
        "ПРАГА, 9 декабря. /ТАСС/. Президент Чехии Пётр Павел назначил лидера движения ANO Андрея "
        "Бабиша премьер-министром. Ранее Бабиш объявил, что передаст холдинг Agrofert в слепой "
        "траст.",
    ),
    "en_oneliner_czech": (
        (10, 5),
        "afp",
        "Czech populist Babis wins parliamentary vote.",
    ),
    "ru_ano_trap": (
        (2, 14),
        "mosreg",
        "АНО «Центр развития туризма Подмосковья» подвела итоги года: Московскую область посетили "
        "28 млн туристов.",
    ),
    # ------------------------------------------------------ The Netherlands: Jetten's D66
    "en_dutch_election": (
        (10, 30),
        "reuters",
        "AMSTERDAM, Oct 30 (Reuters) - Rob Jetten's centrist D66 party narrowly won the Dutch snap "
        "election on Wednesday, edging out Geert Wilders' far-right Freedom Party (PVV) and "
        "putting "
        "the 38-year-old on course to become the youngest prime minister of the Netherlands.",
    ),
    "ru_dutch_election": (
        (10, 30),
        "tass",
        "ГААГА, 30 октября. /ТАСС/. Либеральная партия «Демократы 66» (D66) во главе с Робом "
        "Йеттеном одержала победу на досрочных парламентских выборах в Нидерландах 29 октября, "
        "опередив «Партию свободы» Герта Вилдерса на несколько тысяч голосов.",
    ),
    "ru_oneliner_dutch": (
        (10, 30),
        "rt",
        "Йеттен обошёл Вилдерса на выборах в Голландии.",
    ),
    "ru_new_holland": (
        (12, 1),
        "fontanka",
        "На острове Новая Голландия в Петербурге открылся каток: вход свободный, сеансы с 11:00 до "
        "23:00.",
    ),
    "en_dutch_auction": (
        (8, 20),
        "bloomberg",
        "The Treasury will buy back off-the-run bonds through a Dutch auction on Thursday, the "
        "first such operation since 2002.",
    ),
    # ------------------------------------------------------------ Canada: Carney and the G7
    "en_canada_carney": (
        (4, 29),
        "reuters",
        "OTTAWA, April 29 (Reuters) - Prime Minister Mark Carney's Liberals won Canada's federal "
        "election on Monday, five weeks after he called it on March 23, capping a comeback "
        "fuelled by anger at U.S. President Donald Trump's "
        "tariffs and his talk of making Canada the 51st state.",
    ),
    "ru_canada_carney": (
        (4, 29),
        "ria",
        "ОТТАВА, 29 апр — РИА Новости. Либеральная партия премьер-министра Канады Марка Карни "
        "победила на парламентских выборах 28 апреля, сообщает телеканал CBC. Консерваторы Пьера "
        "Пуальевра заняли второе место.",
    ),
    "en_oneliner_carney": (
        (4, 29),
        "ap",
        "Carney's Liberals win Canadian election. #cdnpoli",
    ),
    "en_g7_kananaskis": (
        (6, 17),
        "ap",
        "KANANASKIS, Alberta (AP) — Group of Seven leaders wrapped up their summit in the Canadian "
        "Rockies on Tuesday, June 17, without a joint statement on Ukraine after Trump left early; "
        "host Mark Carney issued a chair's summary instead.",
    ),
    "ru_g7_kananaskis": (
        (6, 17),
        "kommersant",
        "Саммит «Большой семёрки» в канадском Кананаскисе завершился без общего заявления по "
        "Украине: Дональд Трамп уехал досрочно, а председательствовавший Марк Карни ограничился "
        "итоговым заявлением председателя.",
    ),
    "ru_peskov_g7": (
        (6, 17),
        "ria",
        "Песков: в Кремле не видят смысла в формате G7 без России и Китая — «это клуб, который "
        "теряет вес».",
    ),
    # ------------------------------------------------- Leaving the Ottawa Convention on mines
    "en_ottawa_baltics": (
        (3, 18),
        "afp",
        "VILNIUS (AFP) — The defence ministers of Poland, Lithuania, Latvia and Estonia on "
        "Tuesday, March 18, recommended withdrawing from the Ottawa Convention banning "
        "anti-personnel landmines, saying the military threat from Russia had fundamentally "
        "changed.",
    ),
    "ru_ottawa_baltics": (
        (3, 18),
        "tass",
        "ВАРШАВА, 18 марта. /ТАСС/. Министры обороны Польши, Литвы, Латвии и Эстонии выступили за "
        "выход своих стран из Оттавской конвенции о запрете противопехотных мин, сославшись на "
        "«угрозу со стороны России».",
    ),
    "ru_ottawa_mid": (
        (3, 19),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с намерением "
        "Польши и прибалтийских государств выйти из Оттавской конвенции\n\n"
        "Решение Варшавы, Вильнюса, Риги и Таллина — очередное подтверждение курса на "
        "милитаризацию региона. Ответственность за подрыв норм гуманитарного права ляжет на "
        "них.\n\n"
        "#НАТО",
    ),
    "en_finland_ottawa": (
        (4, 1),
        "yle",
        "Finland will withdraw from the Ottawa Convention on anti-personnel mines, President "
        "Alexander Stubb announced on April 1, citing Russia's long-term threat along the "
        "1,340-kilometre border.",
    ),
    "ru_oneliner_ottawa": (
        (12, 27),
        "rt",
        "Литва первой из стран ЕС официально вышла из Оттавской конвенции.",
    ),
    "en_hmcs_ottawa": (
        (9, 20),
        "navy_news",
        "The frigate HMCS Ottawa docked in Yokosuka on Saturday for a five-day port visit.",
    ),
    # ------------------------------------------------------------------------- Greenland
    "en_greenland_election": (
        (3, 12),
        "reuters",
        "NUUK, March 12 (Reuters) - Greenland's opposition Demokraatit party, led by 33-year-old "
        "Jens-Frederik Nielsen, won Tuesday's parliamentary election in a surprise, as U.S. "
        "President Donald Trump's push to take control of the Arctic island dominated the "
        "campaign. Nielsen favours a slow path to independence from Denmark.",
    ),
    "ru_greenland_election": (
        (3, 12),
        "tass",
        "НУУК, 12 марта. /ТАСС/. Оппозиционная партия «Демократы» во главе с Йенсом-Фредериком "
        "Нильсеном победила на выборах в парламент Гренландии 11 марта, набрав около 30% голосов. "
        "Второе место заняла партия «Налерак», выступающая за скорейшую независимость от Дании.",
    ),
    "en_vance_pituffik": (
        (3, 28),
        "ap",
        "PITUFFIK SPACE BASE, Greenland (AP) — Vice President JD Vance accused Denmark on Friday "
        "of underinvesting in Greenland's security during a visit to the remote U.S. military "
        "base, a trip scaled back after an outcry in Nuuk and Copenhagen.",
    ),
    "ru_greenland_putin": (
        (3, 27),
        "tass",
        "МУРМАНСК, 27 марта. /ТАСС/. Владимир Путин заявил на форуме «Арктика — территория "
        "диалога», что планы США в отношении Гренландии — это «серьёзно» и имеют давние "
        "исторические корни. По его словам, это вопрос двух конкретных государств.",
    ),
    "en_greenland_kremlin": (
        (3, 27),
        "kremlin_en",
        "Vladimir Putin at the International Arctic Forum in Murmansk: the US plans regarding "
        "Greenland are serious and have deep historical roots; it is a matter for two specific "
        "countries and has nothing to do with us.",
    ),
    "ru_repost_greenland": (
        (3, 29),
        "rusemb_denmark",
        "Репост из @tass_agency:\nВэнс посетил американскую базу Питуффик на Гренландии. "
        "#Гренландия",
    ),
    "en_greenland_shark": (
        (8, 12),
        "reuters",
        "Scientists tagging Greenland sharks off Svalbard estimate that some of the slow-moving "
        "fish live for more than 400 years.",
    ),
    "en_nielsen_ratings": (
        (2, 11),
        "ap",
        "Super Bowl LIX drew a record 127.7 million viewers in the U.S., according to Nielsen.",
    ),
    # ------------------------------------------------------------ Svalbard's centenary
    "ru_svalbard_mid": (
        (8, 14),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи со 100-летием "
        "вступления в силу Договора о Шпицбергене\n\n"
        "14 августа 1925 года вступил в силу Договор о Шпицбергене, подписанный в Париже 9 "
        "февраля 1920 года. Россия, ведущая хозяйственную деятельность в Баренцбурге, "
        "рассчитывает, "
        "что Норвегия будет добросовестно соблюдать его положения и откажется от дискриминационных "
        "ограничений.\n\n#Шпицберген",
    ),
    "en_svalbard_centenary": (
        (8, 14),
        "high_north_news",
        "LONGYEARBYEN — Norway marked 100 years of sovereignty over Svalbard on Thursday, with "
        "Crown Prince Haakon attending celebrations in Longyearbyen. The Svalbard Treaty entered "
        "into force on August 14, 1925.",
    ),
    "ru_barentsburg": (
        (8, 15),
        "tass",
        "БАРЕНЦБУРГ (архипелаг Шпицберген), 15 августа. /ТАСС/. В российском посёлке Баренцбург "
        "отметили столетие договора об архипелаге: трест «Арктикуголь» открыл обновлённый музей "
        "поморской культуры.",
    ),
    "en_svalbard_mfa": (
        (8, 14),
        "mfa_russia",
        "💬 Maria Zakharova: 100 years ago, on 14 August 1925, the Spitsbergen Treaty entered into "
        "force. Russia insists on its strict observance and rejects Oslo's attempts to restrict "
        "Russian economic activity on the archipelago. #Svalbard #Spitsbergen",
    ),
    "en_barents_cod": (
        (10, 22),
        "reuters",
        "OSLO, Oct 22 (Reuters) - Norway and Russia agreed a 2026 cod quota for the Barents Sea of "
        "285,000 tonnes, the lowest since 1991.",
    ),
    "en_imo_opinion": (
        (8, 15),
        "arctic_desk",
        "Forwarded from Arctic Desk:\nIMO the Svalbard centenary mattered far more to Oslo than to "
        "Moscow, but Barentsburg's new museum was a neat reply.",
    ),
    # ----------------------------------------------------- The Eagle S and the Estlink 2 cable
    "en_eagle_s_seized": (
        (12, 26),
        "reuters",
        "HELSINKI, Dec 26 (Reuters) - Finnish authorities seized the oil tanker Eagle S, "
        "suspecting it of damaging the Estlink 2 power cable between Finland and Estonia on "
        "Wednesday, Dec. 25, by dragging its anchor along the seabed.",
    ),
    "en_eagle_s_court": (
        (10, 3),
        "reuters",
        "HELSINKI, Oct 3 (Reuters) - The Helsinki District Court dismissed charges against the "
        "captain and two officers of the tanker Eagle S on Friday, ruling that Finland lacked "
        "jurisdiction over the damage to the Estlink 2 cable linking Finland and Estonia and to "
        "four telecom cables on Dec. 25, 2024.",
    ),
    "ru_eagle_s_court": (
        (10, 3),
        "ria",
        "ХЕЛЬСИНКИ, 3 окт — РИА Новости. Окружной суд Хельсинки отклонил обвинения против "
        "капитана и двух офицеров танкера Eagle S, которых подозревали в повреждении кабеля "
        "Estlink 2 между Финляндией и Эстонией 25 декабря 2024 года. Суд пришёл к выводу, что дело "
        "не относится к финской юрисдикции.",
    ),
    "ru_oneliner_eagle": (
        (10, 3),
        "rt",
        "Финский суд прекратил дело танкера Eagle S.",
    ),
    # ---------------------------------------------------------------- NATO's Baltic Sentry
    "en_baltic_sentry": (
        (1, 14),
        "ap",
        "HELSINKI (AP) — NATO launched Baltic Sentry on Tuesday, Jan. 14, sending frigates, patrol "
        "aircraft and naval drones to protect undersea cables in the Baltic Sea after a string of "
        "incidents, Secretary-General Mark Rutte said at a meeting of Baltic Sea allies. Sweden "
        "will contribute up to three warships.",
    ),
    "ru_baltic_sentry_mid": (
        (1, 15),
        "mid",
        "О запуске операции НАТО «Балтийский часовой»\n\n"
        "Решение альянса 14 января развернуть на Балтике корабли и беспилотники под предлогом "
        "защиты подводных кабелей — очередной шаг к превращению Балтийского моря во «внутреннее "
        "озеро НАТО». Россия обеспечит безопасность своего судоходства.",
    ),
    "ru_shved_stol": (
        (9, 1),
        "mosreg",
        "В школах Подмосковья с 1 сентября обеды для старшеклассников организуют по принципу "
        "шведского стола.",
    ),
    # ---------------------------------------------------------- The Kamchatka earthquake
    "ru_kamchatka_quake": (
        (7, 30),
        "tass",
        "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 30 июля. /ТАСС/. Землетрясение магнитудой 8,8 произошло утром у "
        "восточного побережья Камчатки — сильнейшее в регионе с 1952 года. В "
        "Петропавловске-Камчатском повреждены здания детского сада и аэропорта. На Северо-Курильск "
        "обрушилась волна цунами.",
    ),
    "en_kamchatka_quake": (
        (7, 30),
        "reuters",
        "MOSCOW, July 30 (Reuters) - A magnitude 8.8 earthquake struck off Russia's Kamchatka "
        "peninsula on Wednesday, one of the strongest ever recorded, damaging buildings in the "
        "regional capital Petropavlovsk-Kamchatsky and triggering tsunami warnings across the "
        "Pacific from Japan and Hawaii to Chile. Waves flooded the port of Severo-Kurilsk.",
    ),
    "ru_kamchatka_mchs": (
        (7, 30),
        "mchs",
        "⚡️ 30.07.2025. МЧС России: в Северо-Курильске после прохождения волны цунами "
        "эвакуированы 2,7 тыс. "
        "человек, подтоплены портовые сооружения. На Камчатке работает оперативная группа "
        "министерства.\n\n#МЧС #Камчатка",
    ),
    "en_tsunami_japan": (
        (7, 30),
        "kyodo",
        "TOKYO, July 30 (Kyodo) — Japan ordered nearly 2 million people to evacuate coastal areas "
        "after a massive quake off Russia's Far East; a tsunami of 1.3 meters reached Iwate "
        "Prefecture.",
    ),
    "ru_oneliner_kamchatka": (
        (7, 30),
        "ria",
        "Сильнейшее за 73 года землетрясение на Камчатке: магнитуда 8,8. #землетрясение",
    ),
    "en_krasheninnikov": (
        (8, 3),
        "reuters",
        "MOSCOW, Aug 3 (Reuters) - The Krasheninnikov volcano in Kamchatka erupted overnight for "
        "the first time in some 600 years, days after the massive earthquake, sending ash 6 km "
        "into the sky.",
    ),
    "ru_krasheninnikov": (
        (8, 3),
        "tass",
        "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ, 3 августа. /ТАСС/. Вулкан Крашенинникова в Кроноцком "
        "заповеднике на Камчатке извергается впервые за 600 лет, сообщили в Институте "
        "вулканологии и сейсмологии ДВО РАН.",
    ),
    "en_kamchatka_hashtag": (
        (7, 31),
        "rt_en",
        "Aftershocks keep rattling the peninsula a day after the 8.8 earthquake. 📍 #Kamchatka "
        "#tsunami",
    ),
    "en_petropavl_kz": (
        (2, 18),
        "astana_times",
        "PETROPAVLOVSK, Kazakhstan — A new passenger terminal opened at the North Kazakhstan "
        "region's airport on Tuesday, doubling its capacity.",
    ),
    "en_petropavlovsk_plc": (
        (5, 6),
        "bloomberg",
        "Petropavlovsk, the collapsed Amur gold miner once listed in London, saw its last assets "
        "sold to a state-linked buyer.",
    ),
    # ---------------------------------------------------- Papua New Guinea at 50 and Pukpuk
    "en_png_50": (
        (9, 16),
        "rnz",
        "PORT MORESBY — Papua New Guinea marked 50 years of independence on Tuesday, September 16, "
        "with Prime Minister James Marape leading celebrations at Sir John Guise Stadium. PNG "
        "became independent from Australia on 16 September 1975. #PNG50",
    ),
    "ru_png_50": (
        (9, 16),
        "kremlin",
        "Поздравление генерал-губернатору Папуа — Новой Гвинеи\n\n"
        "Владимир Путин направил поздравление генерал-губернатору Папуа — Новой Гвинеи по случаю "
        "национального праздника — 50-летия независимости страны.",
    ),
    "en_png_image": (
        (2, 3),
        "mfa_russia",
        "📎 The map of Russia's diplomatic missions is attached as a PNG file; a high-resolution "
        "PDF is available on the ministry's website.",
    ),
    "en_pukpuk": (
        (10, 6),
        "reuters",
        "CANBERRA, Oct 6 (Reuters) - Australia and Papua New Guinea signed the Pukpuk mutual "
        "defence treaty on Monday, Prime Minister Anthony Albanese and his PNG counterpart James "
        "Marape said, allowing citizens of each country to serve in the other's military.",
    ),
    "ru_pukpuk": (
        (10, 6),
        "tass",
        "СИДНЕЙ, 6 октября. /ТАСС/. Премьер-министры Австралии и Папуа — Новой Гвинеи Энтони "
        "Албаниз и Джеймс Марапе подписали в Канберре договор о взаимной обороне «Пукпук» (в "
        "переводе с ток-писин — «крокодил»).",
    ),
    # ------------------------------------------------------ Guinea: referendum and election
    "en_guinea_referendum": (
        (9, 23),
        "afp",
        "CONAKRY (AFP) — Guineans approved a new constitution with 89 percent of the vote in the "
        "September 21 referendum, provisional results showed on Tuesday, opening the way for "
        "junta leader General Mamadi Doumbouya to run for president.",
    ),
    "ru_guinea_referendum": (
        (9, 23),
        "ria",
        "КОНАКРИ, 23 сен — РИА Новости. Новую конституцию Гвинеи на референдуме 21 сентября "
        "поддержали 89% избирателей, сообщила избирательная комиссия. Документ позволяет главе "
        "переходного правительства генералу Мамади Думбуя баллотироваться в президенты.",
    ),
    "en_guinea_election": (
        (12, 30),
        "reuters",
        "CONAKRY, Dec 30 (Reuters) - Guinea's junta leader Mamady Doumbouya won the Dec. 28 "
        "presidential election with 86.7% of the vote, provisional results showed, cementing his "
        "hold on power four years after the 2021 coup.",
    ),
    "ru_guinea_election": (
        (12, 30),
        "tass",
        "ДАКАР, 30 декабря. /ТАСС/. Генерал Мамади Думбуя побеждает на президентских выборах в "
        "Гвинее, набрав 86,7% голосов, по предварительным данным избиркома.",
    ),
    "en_guinea_pig": (
        (11, 4),
        "euronews",
        "'Our farmers will not be guinea pigs for the Mercosur deal,' French Agriculture Minister "
        "Annie Genevard told reporters in Brussels.",
    ),
    "en_eq_guinea": (
        (6, 11),
        "africanews",
        "MALABO — Equatorial Guinea's Vice President Teodoro Nguema Obiang Mangue inaugurated a "
        "new gas processing plant on Bioko Island on Wednesday.",
    ),
    "ru_eq_guinea": (
        (4, 16),
        "ria",
        "Вице-президент Экваториальной Гвинеи Теодоро Нгема Обианг Манге провёл в Москве "
        "переговоры о военно-техническом сотрудничестве.",
    ),
    # ------------------------------------------------------------ The Guinea-Bissau coup
    "en_bissau_coup": (
        (11, 26),
        "reuters",
        "BISSAU, Nov 26 (Reuters) - Military officers in Guinea-Bissau said on Wednesday they had "
        "taken 'total control' of the country and suspended the electoral process, a day before "
        "provisional results of the Nov. 23 presidential and legislative elections were due. "
        "President Umaro Sissoco Embalo told a French outlet he had been arrested.",
    ),
    "ru_bissau_coup": (
        (11, 26),
        "tass",
        "ДАКАР, 26 ноября. /ТАСС/. Военные в Гвинее-Бисау объявили о захвате власти и приостановке "
        "избирательного процесса за день до оглашения итогов выборов 23 ноября. Президент Умаро "
        "Сиссоку Эмбало, по данным французских СМИ, задержан.",
    ),
    "ru_bissau_mid": (
        (11, 27),
        "mid",
        "О ситуации в Республике Гвинея-Бисау\n\n"
        "С озабоченностью следим за развитием событий после военного переворота 26 ноября. "
        "Призываем все стороны к сдержанности. Угрозы жизни российских граждан нет.\n\n"
        "#ГвинеяБисау",
    ),
    "en_bissau_ntam": (
        (11, 27),
        "ap",
        "BISSAU, Guinea-Bissau (AP) — General Horta N'Tam was sworn in on Thursday as head of a "
        "military transition that will last one year, a day after officers seized power in the "
        "West African nation.",
    ),
    "ru_consular_bissau": (
        (11, 26),
        "mid_consular",
        "⚠️ 26.11.2025. Посольство России в Гвинее-Бисау рекомендует российским гражданам "
        "воздержаться от "
        "поездок по стране и без необходимости не покидать места проживания. Горячая линия "
        "посольства работает круглосуточно.",
    ),
    "en_oneliner_bissau": (
        (11, 26),
        "africanews",
        "Army seizes power in Guinea-Bissau.",
    ),
    # ------------------------------------------------------- Congo and Rwanda: M23 and peace
    "en_goma": (
        (1, 28),
        "reuters",
        "GOMA, Congo, Jan 28 (Reuters) - M23 rebels backed by Rwanda paraded through Goma on "
        "Tuesday, a day after seizing eastern Congo's largest city on Jan. 27, as thousands of "
        "residents fled towards Lake Kivu.",
    ),
    "ru_goma": (
        (1, 27),
        "ria",
        "КИНШАСА, 27 янв — РИА Новости. Повстанцы «Движения 23 марта» (M23) вошли в Гому, "
        "крупнейший город на востоке ДРК, сообщили местные СМИ.",
    ),
    "en_drc_rwanda_dc": (
        (6, 27),
        "ap",
        "WASHINGTON (AP) — The foreign ministers of Congo and Rwanda signed a peace agreement at "
        "the State Department on Friday, June 27, with Secretary of State Marco Rubio, aiming to "
        "end fighting in eastern Congo where M23 rebels seized Goma in January.",
    ),
    "ru_drc_rwanda_dc": (
        (6, 28),
        "tass",
        "ВАШИНГТОН, 27 июня. /ТАСС/. Министры иностранных дел Демократической Республики Конго и "
        "Руанды Тереза Кайиквамба Вагнер и Оливье Ндухунгирехе подписали в Госдепартаменте мирное "
        "соглашение в присутствии госсекретаря США Марко Рубио.",
    ),
    "ru_mid_drc": (
        (6, 28),
        "mid",
        "О подписании мирного соглашения между ДРК и Руандой\n\n"
        "Приветствуем подписание 27 июня в Вашингтоне соглашения между Демократической "
        "Республикой Конго и Республикой Руанда. Рассчитываем на его неукоснительное "
        "выполнение.\n\n"
        "#ДРК #Руанда",
    ),
    "en_tshisekedi_kagame": (
        (12, 4),
        "reuters",
        "WASHINGTON, Dec 4 (Reuters) - Congolese President Felix Tshisekedi and Rwandan President "
        "Paul Kagame signed the Washington Accords at the White House on Thursday, with Donald "
        "Trump hailing 'a great miracle' even as fighting continued in South Kivu.",
    ),
    "ru_tshisekedi_kagame": (
        (12, 5),
        "ria",
        "ВАШИНГТОН, 4 дек — РИА Новости. Президенты ДР Конго и Руанды Феликс Чисекеди и Поль "
        "Кагаме подписали в Белом доме Вашингтонские соглашения о мире и региональной "
        "экономической интеграции.",
    ),
    "en_m23_doha": (
        (11, 15),
        "aljazeera",
        "Congo's government and the M23 rebel group signed a framework agreement for peace in Doha "
        "on Saturday, November 15, the latest step in Qatari mediation alongside the Washington "
        "track.",
    ),
    "ru_m23_doha": (
        (11, 15),
        "ria",
        "ДОХА, 15 ноя — РИА Новости. Правительство ДРК и повстанческая группировка M23 подписали в "
        "Катаре рамочное соглашение о мире, сообщил МИД Катара.",
    ),
    "en_m23_motorway": (
        (2, 8),
        "bbc",
        "The M23 motorway in Surrey will be closed overnight between junctions 9 and 10 near "
        "Gatwick Airport this weekend for resurfacing.",
    ),
    "en_congo_brazzaville": (
        (10, 14),
        "reuters",
        "BRAZZAVILLE, Oct 14 (Reuters) - The Republic of Congo's oil output rose 4% in the first "
        "nine months of the year, the hydrocarbons ministry said on Tuesday.",
    ),
    "ru_congo_brazzaville": (
        (5, 7),
        "tass",
        "БРАЗЗАВИЛЬ, 7 мая. /ТАСС/. Президент Республики Конго Дени Сассу-Нгессо вылетел в Москву "
        "для участия в праздновании 80-летия Победы.",
    ),
    "en_ebola_kasai": (
        (9, 4),
        "un_news",
        "An Ebola outbreak has been declared in Bulape health zone in Kasai Province, Democratic "
        "Republic of the Congo, with 28 suspected cases and 15 deaths, the World Health "
        "Organization said on 4 September.",
    ),
    "ru_ebola_kasai": (
        (9, 5),
        "ria",
        "Вспышка лихорадки Эбола объявлена в провинции Касаи на юге ДРК, сообщила Всемирная "
        "организация здравоохранения. Зафиксировано 28 подозрительных случаев, 15 человек погибли.",
    ),
    # ---------------------------------------------------------------- The Lobito Corridor
    "en_lobito": (
        (9, 3),
        "reuters",
        "LUANDA, Sept 3 (Reuters) - The Lobito Corridor rail line linking copper mines in Congo "
        "and Zambia to Angola's Atlantic port of Lobito moved a record 1.5 million tonnes in the "
        "year to August, operator Lobito Atlantic Railway said.",
    ),
    "ru_lobito": (
        (9, 4),
        "tass",
        "ЛУАНДА, 4 сентября. /ТАСС/. США и ЕС расширяют финансирование транспортного коридора "
        "Лобиту, который свяжет медные рудники Замбии и ДРК с атлантическим портом Анголы.",
    ),
    # -------------------------------------------------------------- Cameroon: Biya again
    "en_cameroon_biya": (
        (10, 27),
        "reuters",
        "YAOUNDE, Oct 27 (Reuters) - Cameroon's Constitutional Council declared 92-year-old Paul "
        "Biya winner of the Oct. 12 presidential election on Monday, handing the world's oldest "
        "head of state an eighth term, as opposition candidate Issa Tchiroma Bakary claimed "
        "victory and protesters clashed with police in Douala.",
    ),
    "ru_cameroon_biya": (
        (10, 27),
        "tass",
        "ЯУНДЕ, 27 октября. /ТАСС/. Конституционный совет Камеруна объявил 92-летнего Поля Бию "
        "победителем президентских выборов 12 октября с 53,66% голосов. Его главный соперник Исса "
        "Чирома Бакари заявил о фальсификациях.",
    ),
    "ru_kremlin_biya": (
        (10, 28),
        "kremlin",
        "Поздравление Полю Бийя с переизбранием на пост Президента Республики Камерун\n\n"
        "Владимир Путин выразил уверенность в дальнейшем развитии российско-камерунских "
        "отношений.",
    ),
    "en_chantal_biya": (
        (7, 8),
        "africanews",
        "First Lady Chantal Biya opened a new paediatric wing at the Chantal Biya Foundation's "
        "mother and child centre in Yaounde on Tuesday.",
    ),
    # --------------------------------------------------- Côte d'Ivoire: Ouattara's fourth term
    "en_ivory_coast": (
        (10, 27),
        "afp",
        "ABIDJAN (AFP) — Ivory Coast's President Alassane Ouattara won a fourth term with 89.77 "
        "percent of the vote in the October 25 election, the electoral commission said on Monday, "
        "after his main rivals were barred from running.",
    ),
    "ru_ivory_coast": (
        (10, 27),
        "ria",
        "АБИДЖАН, 27 окт — РИА Новости. Президент Кот-д'Ивуара Алассан Уаттара переизбран на "
        "четвёртый срок, набрав 89,77% голосов на выборах 25 октября.",
    ),
    "en_oneliner_ouattara": (
        (10, 27),
        "reuters",
        "Ouattara wins fourth term in Cote d'Ivoire.",
    ),
    "en_ivory_trade": (
        (6, 19),
        "aljazeera",
        "Customs officers seized two tonnes of ivory smuggled along the coast in a fishing boat, "
        "the Kenya Wildlife Service said.",
    ),
    # ------------------------------------------------------------- Tanzania's election
    "en_tanzania_election": (
        (11, 1),
        "reuters",
        "DAR ES SALAAM, Nov 1 (Reuters) - Tanzania's President Samia Suluhu Hassan was declared "
        "winner of the Oct. 29 election with 97.66% of the vote on Saturday, as the opposition "
        "party Chadema, whose leader Tundu Lissu is on trial for treason, said hundreds had been "
        "killed in protests.",
    ),
    "ru_tanzania_election": (
        (11, 1),
        "tass",
        "НАЙРОБИ, 1 ноября. /ТАСС/. Избирательная комиссия Танзании объявила президента Самию "
        "Сулуху Хасан победительницей выборов 29 октября с 97,66% голосов. В стране действует "
        "комендантский час, отключён интернет.",
    ),
    "ru_consular_tanzania": (
        (10, 30),
        "rusemb_tanzania",
        "⚠️ В связи с беспорядками в Дар-эс-Саламе и других городах посольство России в Танзании "
        "рекомендует российским туристам, в том числе находящимся на Занзибаре, соблюдать "
        "комендантский час и следить за сообщениями посольства.",
    ),
    "en_hassan_sheikh": (
        (5, 21),
        "aljazeera",
        "MOGADISHU — Somalia's President Hassan Sheikh Mohamud launched voter registration in the "
        "capital ahead of the 2026 elections.",
    ),
    # ----------------------------------------------------------- Haiti: the new UN force
    "en_haiti_gsf": (
        (9, 30),
        "un_news",
        "The Security Council on Tuesday authorized a Gang Suppression Force for Haiti to replace "
        "the Kenyan-led Multinational Security Support mission, adopting resolution 2793 (2025) "
        "by 12 votes in favour, with China, Pakistan and the Russian Federation abstaining.",
    ),
    "ru_haiti_gsf": (
        (10, 1),
        "tass",
        "ООН, 30 сентября. /ТАСС/. Совет Безопасности ООН принял резолюцию 2793 о развертывании в "
        "Гаити Сил по подавлению банд численностью до 5,5 тыс. человек. Россия, Китай и Пакистан "
        "воздержались.",
    ),
    "ru_haiti_russiaun": (
        (9, 30),
        "russiaun",
        "Выступление постоянного представителя В.А.Небензи по мотивам голосования по проекту "
        "резолюции СБ ООН по Гаити\n\n"
        "Нас не убедили, что новые силы без ясного мандата и источников финансирования изменят "
        "ситуацию в Порт-о-Пренсе к лучшему. Поэтому мы воздержались.\n\n#Гаити #СБООН",
    ),
    "en_haiti_kenya": (
        (10, 2),
        "ap",
        "PORT-AU-PRINCE, Haiti (AP) — Kenyan police who led the outgoing mission said they would "
        "stay until the Gang Suppression Force deploys, as gangs control about 90% of the capital.",
    ),
    "en_oneliner_haiti": (
        (9, 30),
        "reuters",
        "UN Security Council approves gang suppression force for Haiti.",
    ),
    "ru_tahiti": (
        (4, 22),
        "ria",
        "Российские туроператоры начали продавать туры на Таити: перелёт с двумя пересадками "
        "занимает около 30 часов, сообщили в АТОР.",
    ),
    # ---------------------------------------------------- The Cook Islands, China and NZ
    "en_cook_china": (
        (2, 15),
        "reuters",
        "WELLINGTON, Feb 15 (Reuters) - Cook Islands Prime Minister Mark Brown signed a "
        "comprehensive strategic partnership with China in Beijing covering seabed minerals and "
        "infrastructure; New Zealand, which has a free association arrangement with the islands, "
        "said it had not been consulted. #CookIslands",
    ),
    "ru_cook_china": (
        (2, 15),
        "ria",
        "Премьер-министр Островов Кука Марк Браун подписал в Пекине соглашение о всеобъемлющем "
        "стратегическом партнёрстве с Китаем. В Новой Зеландии, с которой острова находятся в "
        "свободной ассоциации, заявили, что с ними это не согласовали.",
    ),
    "en_nz_pause": (
        (6, 19),
        "rnz",
        "New Zealand has paused NZ$18.2 million in funding to the Cook Islands over the "
        "agreements Prime Minister Mark Brown signed with China, Foreign Minister Winston Peters' "
        "office confirmed.",
    ),
    "ru_captain_cook": (
        (4, 29),
        "tass",
        "СИДНЕЙ, 29 апреля. /ТАСС/. В Сиднее отметили 255-ю годовщину высадки капитана Джеймса "
        "Кука в заливе Ботани-Бей 29 апреля 1770 года.",
    ),
    "en_tim_cook": (
        (5, 2),
        "bloomberg",
        "Apple CEO Tim Cook said tariffs would add about $900 million to costs in the June "
        "quarter.",
    ),
    # ------------------------------------------------------------ Tuvalu's climate visas
    "en_tuvalu_visa": (
        (7, 25),
        "abc_au",
        "FUNAFUTI — More than a third of Tuvalu's 11,000 people have entered a ballot for climate "
        "visas under the Falepili Union treaty with Australia; the first 280 winners were drawn on "
        "July 25.",
    ),
    "ru_tuvalu_visa": (
        (7, 26),
        "ria",
        "Более трети жителей Тувалу подали заявки на «климатические визы» в Австралию, "
        "предусмотренные договором «Фалепили». Первые 280 победителей лотереи определены 25 июля.",
    ),
    # ------------------------------------------------ The Pacific Islands Forum in Honiara
    "en_pif_honiara": (
        (9, 8),
        "afp",
        "HONIARA, Solomon Islands (AFP) — Pacific leaders opened the annual Pacific Islands Forum "
        "in Honiara on Monday, September 8, without the United States, China and other dialogue "
        "partners, whom host Prime Minister Jeremiah Manele barred from the meeting. Australian "
        "Foreign Minister Penny Wong said Canberra respected the decision.",
    ),
    "ru_pif_honiara": (
        (9, 9),
        "tass",
        "ХОНИАРА, 9 сентября. /ТАСС/. Саммит Форума тихоокеанских островов (ФТО) открылся в "
        "столице Соломоновых Островов без партнёров по диалогу, включая США и Китай. Такое решение "
        "принял премьер-министр Джеремайя Манеле.",
    ),
    "en_pif_communique": (
        (9, 12),
        "rnz",
        "Forum leaders closed their meeting in Honiara on Friday, September 12, endorsing the "
        "Ocean of Peace declaration and agreeing to hold next year's summit in Palau. "
        "#PacificIslandsForum",
    ),
    # --------------------------------------------------- New Caledonia: the Bougival accord
    "en_bougival": (
        (7, 12),
        "afp",
        "PARIS (AFP) — France and New Caledonia's rival political camps signed an agreement at "
        "Bougival, west of Paris, early on Saturday, July 12, to create a 'State of New "
        "Caledonia' with its own nationality inside the French Republic, a year after deadly "
        "riots.",
    ),
    "ru_bougival": (
        (7, 12),
        "ria",
        "ПАРИЖ, 12 июл — РИА Новости. Представители политических сил Новой Каледонии и "
        "правительство Франции подписали в Бужевале соглашение о создании «государства Новая "
        "Каледония» в составе Французской Республики.",
    ),
    "ru_flnks": (
        (8, 13),
        "tass",
        "НУМЕА, 13 августа. /ТАСС/. Фронт национального освобождения канаков и социалистов "
        "(ФНОКС) отверг Бужевальское соглашение о статусе Новой Каледонии, назвав его "
        "несовместимым с правом на независимость.",
    ),
    "en_caledonian_sleeper": (
        (3, 4),
        "bbc",
        "The Caledonian Sleeper train from London to Scotland was cancelled on Tuesday after a "
        "signal failure near Carlisle.",
    ),
    # -------------------------------------------------------------- The Scarborough Shoal
    "en_scarborough_collision": (
        (8, 11),
        "reuters",
        "MANILA, Aug 11 (Reuters) - A Chinese navy destroyer collided with a Chinese coast guard "
        "ship on Monday near the Scarborough Shoal while chasing a Philippine coast guard vessel, "
        "the Philippines said, releasing video of the crash in the South China Sea.",
    ),
    "ru_scarborough_collision": (
        (8, 11),
        "ria",
        "МАНИЛА, 11 авг — РИА Новости. Китайский эсминец и судно береговой охраны КНР столкнулись "
        "у отмели Скарборо, преследуя филиппинский патрульный катер, заявили в береговой охране "
        "Филиппин.",
    ),
    "en_oneliner_scarborough": (
        (8, 11),
        "ap",
        "Two Chinese ships collide near Scarborough Shoal while chasing Philippine vessel.",
    ),
    "en_huangyan_reserve": (
        (9, 10),
        "xinhua",
        "BEIJING, Sept 10 (Xinhua) -- China's State Council has approved the establishment of a "
        "national nature reserve on Huangyan Dao to protect the diversity and stability of its "
        "ecosystem, the National Forestry and Grassland Administration said.",
    ),
    "ru_huangyan": (
        (9, 10),
        "tass",
        "ПЕКИН, 10 сентября. /ТАСС/. Госсовет КНР одобрил создание национального природного "
        "заповедника на острове Хуанъяньдао, который на Филиппинах называют отмелью Скарборо.",
    ),
    "en_scarborough_uk": (
        (7, 12),
        "bbc",
        "SCARBOROUGH — Crowds packed the North Yorkshire resort's South Bay on Saturday as "
        "temperatures reached 30C.",
    ),
    # ---------------------------------------------------- Singapore's general election
    "en_singapore_ge": (
        (5, 4),
        "reuters",
        "SINGAPORE, May 4 (Reuters) - Singapore's People's Action Party won 87 of 97 seats and "
        "65.57% of the vote in Saturday's general election, a strong mandate for Prime Minister "
        "Lawrence Wong in his first vote as leader.",
    ),
    "ru_singapore_ge": (
        (5, 4),
        "tass",
        "СИНГАПУР, 4 мая. /ТАСС/. Правящая Партия народного действия (ПНД) получила 87 из 97 мест "
        "в парламенте по итогам выборов 3 мая. Премьер-министр Лоуренс Вонг назвал результат "
        "«ясным мандатом доверия».",
    ),
    "ru_oneliner_singapore": (
        (5, 4),
        "rt",
        "Партия Лоуренса Вонга уверенно выиграла выборы в Сингапуре.",
    ),
    # ------------------------------------------------------ Australia: Albanese re-elected
    "en_australia_albanese": (
        (5, 3),
        "ap",
        "SYDNEY (AP) — Prime Minister Anthony Albanese's center-left Labor Party won Saturday's "
        "election in a landslide, and opposition leader Peter Dutton lost his own seat, "
        "Australian media projected.",
    ),
    "ru_australia_albanese": (
        (5, 4),
        "ria",
        "СИДНЕЙ, 4 мая — РИА Новости. Лейбористская партия премьер-министра Австралии Энтони "
        "Албаниза одержала уверенную победу на парламентских выборах 3 мая. Лидер оппозиции Питер "
        "Даттон лишился своего места в парламенте.",
    ),
    "ru_oneliner_albanese": (
        (5, 4),
        "rt",
        "Албанезе остаётся премьером Австралии.",
    ),
    "en_francesca_albanese": (
        (7, 10),
        "reuters",
        "GENEVA, July 10 (Reuters) - The United States imposed sanctions on Francesca Albanese, "
        "the U.N. special rapporteur on the Palestinian territories, Secretary of State Marco "
        "Rubio said, drawing criticism from the U.N. human rights office.",
    ),
    "ru_francesca_albanese": (
        (7, 10),
        "ria",
        "США ввели санкции против специального докладчика ООН по палестинским территориям "
        "Франчески Альбанезе, сообщил госсекретарь Марко Рубио.",
    ),
    # ------------------------------------------------------------- Mozambique LNG resumes
    "en_mozambique_lng": (
        (10, 24),
        "reuters",
        "PARIS, Oct 24 (Reuters) - TotalEnergies has lifted force majeure on its $20 billion "
        "Mozambique LNG project in Cabo Delgado province, suspended since a 2021 insurgent attack "
        "on the town of Palma, CEO Patrick Pouyanne said.",
    ),
    "ru_mozambique_lng": (
        (10, 24),
        "interfax",
        "Москва. 24 октября. INTERFAX.RU - TotalEnergies сняла режим форс-мажора с проекта "
        "Mozambique LNG в провинции Кабу-Делгаду на севере Мозамбика, работы по которому были "
        "приостановлены в 2021 году после нападения боевиков.",
    ),
    # --------------------------------------------------------- Axiom-4 to the space station
    "en_ax4_launch": (
        (6, 25),
        "reuters",
        "CAPE CANAVERAL, Fla., June 25 (Reuters) - A SpaceX Falcon 9 carrying the Axiom Mission 4 "
        "(Ax-4) crew lifted off for the International Space Station on Wednesday with astronauts "
        "from India, Poland and Hungary, the first from their countries to fly to the station. "
        "The Crew Dragon is due to dock on Thursday, June 26.",
    ),
    "ru_ax4_launch": (
        (6, 25),
        "tass",
        "ВАШИНГТОН, 25 июня. /ТАСС/. Ракета Falcon 9 стартовала с мыса Канаверал с кораблём Crew "
        "Dragon миссии Axiom-4 к МКС. На борту — Пегги Уитсон, Шубханшу Шукла, Славош "
        "Узнанский-Вишневский и Тибор Капу.",
    ),
    "ru_oneliner_ax4": (
        (6, 26),
        "roscosmos",
        "Экипаж Axiom-4 прибыл на Международную космическую станцию. Гостей встретили космонавты "
        "Роскосмоса Сергей Рыжиков, Алексей Зубрицкий и Кирилл Песков. 🛰",
    ),
    "en_ax4_modi": (
        (6, 28),
        "pti",
        "NEW DELHI (PTI) — Prime Minister Narendra Modi spoke to Group Captain Shubhanshu Shukla "
        "aboard the International Space Station on Saturday, calling his mission the beginning of "
        "a new era for India's space programme.",
    ),
    "ru_ax4_return": (
        (7, 15),
        "ria",
        "Капсула Crew Dragon с экипажем миссии Axiom-4 приводнилась 15 июля у побережья "
        "Калифорнии после 18 суток на МКС.",
    ),
    # ------------------------------------------------------------ Tianwen-2 to an asteroid
    "en_tianwen2": (
        (5, 29),
        "xinhua",
        "XICHANG, May 29 (Xinhua) -- China launched the Tianwen-2 probe on a Long March-3B rocket "
        "from the Xichang Satellite Launch Center early Thursday, beginning a decade-long mission "
        "to collect samples from the near-Earth asteroid 2016HO3 and explore the main-belt comet "
        "311P.",
    ),
    "ru_tianwen2": (
        (5, 29),
        "ria",
        "Китай запустил межпланетный зонд «Тяньвэнь-2», который доставит на Землю образцы грунта "
        "с околоземного астероида Камоалева, а затем изучит комету 311P.",
    ),
    # ------------------------------------------------------ Hiroshima and Nagasaki at 80
    "en_hiroshima80": (
        (8, 6),
        "kyodo",
        "HIROSHIMA, Aug. 6 (Kyodo) — Hiroshima marked the 80th anniversary of the U.S. atomic "
        "bombing on Wednesday, with Mayor Kazumi Matsui warning that reliance on nuclear "
        "deterrence was growing. Representatives of a record 120 countries attended the ceremony "
        "at the Peace Memorial Park. #Hiroshima80",
    ),
    "ru_hiroshima80": (
        (8, 6),
        "tass",
        "ТОКИО, 6 августа. /ТАСС/. В Хиросиме прошла траурная церемония в память о жертвах "
        "атомной бомбардировки 6 августа 1945 года. Премьер-министр Японии Сигэру Исиба призвал к "
        "миру без ядерного оружия.",
    ),
    "ru_mid_hiroshima": (
        (8, 6),
        "mid",
        "80 лет назад, 6 августа 1945 года, США сбросили атомную бомбу на Хиросиму, а 9 августа — "
        "на Нагасаки. Это единственный в истории случай боевого применения ядерного оружия.\n\n"
        "#Хиросима #Нагасаки",
    ),
    "en_nagasaki80": (
        (8, 9),
        "ap",
        "NAGASAKI, Japan (AP) — Nagasaki marked 80 years since the U.S. atomic bombing of Aug. 9, "
        "1945, on Saturday, ringing the twin bells of the rebuilt Urakami Cathedral together for "
        "the first time.",
    ),
    "ru_repost_hiroshima": (
        (8, 7),
        "rusemb_japan",
        "Репост из @MID_Russia:\n06.08.1945 — 06.08.2025. 80 лет атомной бомбардировке Хиросимы. "
        "Помним. 🕊",
    ),
    "en_sanfrecce": (
        (11, 1),
        "kyodo",
        "Sanfrecce Hiroshima beat Kashiwa Reysol 3-1 to win the J.League Cup final at Tokyo's "
        "National Stadium on Saturday.",
    ),
    # --------------------------------------------------------- The Nuremberg trials at 80
    "ru_nuremberg80_mid": (
        (11, 20),
        "mid",
        "Заявление МИД России в связи с 80-летием начала Нюрнбергского процесса\n\n"
        "20 ноября 1945 года в Нюрнберге начал работу Международный военный трибунал. Его "
        "приговор стал одной из основ современного международного права, и попытки пересмотреть "
        "итоги Второй мировой войны недопустимы.\n\n#Нюрнберг80",
    ),
    "en_nuremberg80": (
        (11, 20),
        "dw",
        "NUREMBERG — Germany marked 80 years since the Nuremberg trials opened on November 20, "
        "1945, with a ceremony in Courtroom 600 attended by President Frank-Walter Steinmeier.",
    ),
    "ru_nuremberg_forum": (
        (11, 21),
        "tass",
        "МОСКВА, 21 ноября. /ТАСС/. В Москве открылся международный форум «Нюрнберг. Без срока "
        "давности», приуроченный к 80-летию Международного военного трибунала.",
    ),
    "en_nuremberg_kremlin": (
        (11, 20),
        "kremlin_en",
        "Vladimir Putin sent greetings to the participants of events marking the 80th anniversary "
        "of the Nuremberg trials: the verdict of the International Military Tribunal remains a "
        "warning to all who dream of revising the outcome of the Second World War.",
    ),
    "en_nuremberg_market": (
        (11, 28),
        "dw",
        "Nuremberg's Christkindlesmarkt, one of Germany's oldest Christmas markets, opened on "
        "Friday with the traditional prologue from the balcony of the Frauenkirche.",
    ),
    # --------------------------------------------------------------- The United Nations at 80
    "en_un80_charter": (
        (6, 26),
        "un_news",
        "Eighty years ago today, on 26 June 1945, delegates of 50 nations signed the Charter of "
        "the United Nations in San Francisco. #UN80",
    ),
    "ru_un80_charter": (
        (6, 26),
        "russiaun",
        "26 июня 1945 года в Сан-Франциско был подписан Устав ООН. Спустя 80 лет его цели и "
        "принципы не утратили актуальности — их нужно соблюдать в полном объеме, а не "
        "избирательно. #ООН80",
    ),
    "ru_un80_day": (
        (10, 24),
        "mid",
        "24 октября — День Организации Объединённых Наций\n\n"
        "80 лет назад вступил в силу Устав ООН. Россия как постоянный член Совета Безопасности "
        "выступает за укрепление центральной координирующей роли Организации.",
    ),
    "en_un80_guterres": (
        (10, 24),
        "un_news",
        "On UN Day, Secretary-General António Guterres said the Organization at 80 must reform to "
        "stay relevant, pointing to the UN80 Initiative to cut costs amid a deep liquidity "
        "crisis.",
    ),
    # ------------------------------------------------------------------- Bandung at 70
    "en_bandung70": (
        (4, 18),
        "antara",
        "BANDUNG — Indonesia commemorated the 70th anniversary of the Asian-African Conference, "
        "held in Bandung on April 18-24, 1955, with delegations from 30 countries visiting the "
        "Merdeka Building.",
    ),
    "ru_bandung70": (
        (4, 18),
        "mid",
        "К 70-летию Бандунгской конференции\n\n"
        "18–24 апреля 1955 года в Индонезии прошла Конференция стран Азии и Африки, заложившая "
        "основы Движения неприсоединения. Её принципы созвучны идее многополярного миропорядка.",
    ),
    # ---------------------------------------------------------- The High Seas Treaty (BBNJ)
    "en_high_seas": (
        (9, 19),
        "un_news",
        "The High Seas Treaty, formally the agreement on marine biodiversity of areas beyond "
        "national jurisdiction (BBNJ), reached 60 ratifications on Friday, September 19, and will "
        "enter into force on 17 January 2026.",
    ),
    "ru_high_seas": (
        (9, 20),
        "tass",
        "ООН, 19 сентября. /ТАСС/. Соглашение о сохранении морского биоразнообразия в районах за "
        "пределами национальной юрисдикции (BBNJ) набрало 60 ратификаций и вступит в силу 17 "
        "января 2026 года. Россия документ не подписала.",
    ),
    # --------------------------------------------------------------- The IMO's Net-Zero vote
    "en_imo_netzero": (
        (10, 17),
        "reuters",
        "LONDON, Oct 17 (Reuters) - Countries at the International Maritime Organization voted on "
        "Friday to adjourn for a year talks on adopting the Net-Zero Framework, the world's first "
        "global carbon price for shipping, after pressure from the United States and Saudi "
        "Arabia.",
    ),
    "ru_imo_netzero": (
        (10, 17),
        "interfax",
        "Москва. 17 октября. INTERFAX.RU - Страны Международной морской организации (ИМО) "
        "отложили на год принятие механизма сокращения выбросов от судоходства Net-Zero "
        "Framework. Против выступали США, Саудовская Аравия и Россия.",
    ),
    # -------------------------------------------------- Sputnik Azerbaijan and Yekaterinburg
    "en_yekaterinburg": (
        (6, 28),
        "ap",
        "BAKU, Azerbaijan (AP) — Azerbaijan canceled cultural events with Russia and a visit by "
        "Russian Deputy Prime Minister Alexei Overchuk after two ethnic Azerbaijani brothers died "
        "during police raids in Yekaterinburg on Friday, June 27.",
    ),
    "en_sputnik_baku": (
        (6, 30),
        "reuters",
        "BAKU, June 30 (Reuters) - Azerbaijani police raided the Baku office of Russian state news "
        "agency Sputnik Azerbaijan on Monday and detained two employees, escalating a row over the "
        "deaths in Yekaterinburg.",
    ),
    "ru_sputnik_baku": (
        (6, 30),
        "ria",
        "Полиция Азербайджана провела обыски в бакинской редакции Sputnik Азербайджан и задержала "
        "исполнительного директора Игоря Картавых и главного редактора Евгения Белоусова.",
    ),
    "ru_zakharova_baku": (
        (7, 1),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с задержанием "
        "сотрудников «Sputnik Азербайджан»\n\n"
        "Требуем немедленного освобождения российских журналистов. Действия азербайджанских "
        "властей носят откровенно недружественный характер.",
    ),
    "ru_sputnik_satellite": (
        (2, 27),
        "roscosmos",
        "С космодрома Плесецк запущен спутник связи «Меридиан-М» в интересах Минобороны России.",
    ),
    "en_sputnik1957": (
        (10, 4),
        "rbth",
        "On October 4, 1957, the Soviet Union launched Sputnik 1, the world's first artificial "
        "satellite. #OnThisDay",
    ),
    # ------------------------------------------------- Latvia and the Istanbul Convention
    "en_latvia_istanbul": (
        (10, 31),
        "lsm",
        "RIGA — Latvia's Saeima voted on Thursday, Oct. 30, to withdraw from the Istanbul "
        "Convention on preventing violence against women, making Latvia the first EU country to "
        "do so, as thousands protested outside parliament.",
    ),
    "ru_latvia_istanbul": (
        (10, 30),
        "rbc",
        "Сейм Латвии проголосовал за выход из Стамбульской конвенции о предотвращении насилия в "
        "отношении женщин. У здания парламента в Риге прошла многотысячная акция протеста.",
    ),
    "en_rinkevics_returns": (
        (11, 3),
        "lsm",
        "President Edgars Rinkēvičs sent the bill on leaving the Istanbul Convention back to the "
        "Saeima on Monday, Nov. 3, delaying the withdrawal until after the 2026 election.",
    ),
    # ----------------------------------------------------- The Court of Arbitration for Sport
    "en_cas_fis": (
        (12, 2),
        "reuters",
        "LAUSANNE, Dec 2 (Reuters) - The Court of Arbitration for Sport (CAS) said it had "
        "registered appeals by Russian skiers against the International Ski and Snowboard "
        "Federation's refusal to let them compete in Olympic qualifying events.",
    ),
    "ru_cas_fis": (
        (12, 2),
        "tass",
        "ЛОЗАННА, 2 декабря. /ТАСС/. Спортивный арбитражный суд (CAS) зарегистрировал апелляции "
        "российских лыжников на решение FIS о недопуске к олимпийскому отбору.",
    ),
    "ru_kas_trap": (
        (3, 12),
        "rg",
        "Верховный суд разъяснил порядок рассмотрения административных исков по КАС РФ.",
    ),
    # --------------------------------------------------------- Uruguay: Orsi and Mujica
    "en_orsi_inaugurated": (
        (3, 1),
        "reuters",
        "MONTEVIDEO, March 1 (Reuters) - Leftist Yamandu Orsi was sworn in as Uruguay's president "
        "on Saturday, returning the Broad Front coalition to power, with former president Jose "
        "'Pepe' Mujica looking on.",
    ),
    "ru_orsi": (
        (3, 2),
        "ria",
        "МОНТЕВИДЕО, 1 мар — РИА Новости. Яманду Орси принёс присягу и вступил в должность "
        "президента Уругвая.",
    ),
    "en_mujica_death": (
        (5, 13),
        "ap",
        "MONTEVIDEO, Uruguay (AP) — José Mujica, the former guerrilla who became Uruguay's "
        "president from 2010 to 2015 and was known for his austere lifestyle, died Tuesday at 89, "
        "President Yamandú Orsi announced. #PepeMujica",
    ),
    "ru_mujica_death": (
        (5, 14),
        "tass",
        "БУЭНОС-АЙРЕС, 14 мая. /ТАСС/. Бывший президент Уругвая Хосе Мухика скончался 13 мая на "
        "90-м году жизни. В стране объявлен трёхдневный национальный траур.",
    ),
    "ru_mujica_condolences": (
        (5, 14),
        "mid",
        "Соболезнования в связи с кончиной Хосе Мухики\n\n"
        "С глубокой скорбью восприняли известие о кончине экс-президента Восточной Республики "
        "Уругвай Х.Мухики — яркого политика, много сделавшего для развития российско-уругвайских "
        "связей.",
    ),
    # ------------------------------------------------------------ Suriname's first woman
    "en_suriname": (
        (7, 6),
        "reuters",
        "PARAMARIBO, July 6 (Reuters) - Suriname's parliament elected Jennifer Geerlings-Simons as "
        "the country's first female president on Sunday, after her National Democratic Party won "
        "the most seats in May's general election.",
    ),
    "ru_suriname": (
        (7, 7),
        "ria",
        "Парламент Суринама избрал президентом Дженнифер Гирлингс-Саймонс — первую женщину на "
        "этом посту.",
    ),
    # ------------------------------------------------------- more on the stories above
    "ru_coventry_city": (
        (11, 30),
        "sport_express",
        "Футбольный клуб «Ковентри Сити» Фрэнка Лэмпарда оторвался на пять очков от ближайшего "
        "преследователя в Чемпионшипе.",
    ),
    "ru_romania_first_round": (
        (5, 5),
        "tass",
        "БУХАРЕСТ, 5 мая. /ТАСС/. Лидер партии «Альянс за объединение румын» Джордже Симион "
        "лидирует в первом туре повторных президентских выборов 4 мая с 40,96% голосов. Во второй "
        "тур 18 мая вышел мэр Бухареста Никушор Дан.",
    ),
    "ru_romania_annulled": (
        (12, 6),
        "ria",
        "БУХАРЕСТ, 6 дек — РИА Новости. Конституционный суд Румынии аннулировал итоги первого тура "
        "президентских выборов, в котором победил независимый кандидат Кэлин Джорджеску. Выборы "
        "пройдут заново.",
    ),
    "ru_czech_oneliner": (
        (10, 5),
        "rt",
        "Бабиш выиграл выборы в Чехии. 🇨🇿",
    ),
    "en_czech_peskov": (
        (10, 6),
        "tass_en",
        "MOSCOW, October 6. /TASS/. The Kremlin has no illusions about a sharp turn in Prague's "
        "policy after Andrej Babis's win, but welcomes any readiness for dialogue, presidential "
        "spokesman Dmitry Peskov said.",
    ),
    "en_oneliner_greenland": (
        (3, 12),
        "afp",
        "Surprise win for Demokraatit in Greenland vote. #Greenland",
    ),
    "ru_vance_greenland": (
        (3, 28),
        "ria",
        "Вице-президент США Джей Ди Вэнс на базе Питуффик обвинил Данию в том, что она плохо "
        "заботится о безопасности Гренландии.",
    ),
    "en_ottawa_mfa": (
        (3, 19),
        "mfa_russia",
        "💬 Maria Zakharova: the decision by Warsaw, Vilnius, Riga and Tallinn to leave the Ottawa "
        "Convention confirms their course towards militarising the region.",
    ),
    "ru_eagle_s_seized": (
        (12, 26),
        "tass",
        "ХЕЛЬСИНКИ, 26 декабря. /ТАСС/. Финская полиция задержала танкер Eagle S, подозревая его в "
        "повреждении подводного кабеля Estlink 2 между Финляндией и Эстонией 25 декабря.",
    ),
    "ru_baltic_sentry_oneliner": (
        (1, 14),
        "ria",
        "НАТО запустило операцию «Балтийский часовой» для охраны кабелей на Балтике.",
    ),
    "en_baltic_sentry_mfa": (
        (1, 15),
        "mfa_russia",
        "Maria Zakharova on NATO's Baltic Sentry: the alliance is turning the Baltic Sea into its "
        "'inner lake' under the pretext of protecting cables. Russia will ensure the safety of its "
        "shipping.",
    ),
    "ru_tsunami_japan": (
        (7, 30),
        "ria",
        "В Японии из-за угрозы цунами после землетрясения у берегов Камчатки объявили эвакуацию "
        "почти 2 млн человек.",
    ),
    "ru_kamchatka_kremlin": (
        (7, 30),
        "kremlin",
        "Владимиру Путину доложили о последствиях землетрясения и цунами на Камчатке и в "
        "Сахалинской области. Погибших нет.",
    ),
    "ru_bissau_ntam": (
        (11, 27),
        "ria",
        "Генерал Орта Н'Там принёс присягу в качестве переходного президента Гвинеи-Бисау сроком "
        "на один год.",
    ),
    "en_cameroon_kremlin": (
        (10, 28),
        "kremlin_en",
        "Greetings to Paul Biya on his re-election as President of the Republic of Cameroon.",
    ),
    "ru_ivory_kremlin": (
        (10, 28),
        "kremlin",
        "Поздравление Алассану Уаттаре с переизбранием на пост Президента Республики Кот-д'Ивуар.",
    ),
    "en_ivory_kremlin": (
        (10, 28),
        "kremlin_en",
        "Vladimir Putin congratulated Alassane Ouattara on his re-election as President of Cote "
        "d'Ivoire.",
    ),
    "ru_oneliner_tanzania": (
        (11, 1),
        "rt",
        "Самия Сулуху Хасан переизбрана президентом Танзании с 97,66% голосов.",
    ),
    "en_oneliner_tanzania": (
        (11, 1),
        "ap",
        "Tanzania's Hassan declared winner with 97.66% amid deadly unrest.",
    ),
    "en_haiti_russia": (
        (9, 30),
        "russiaun_en",
        "Vassily Nebenzia: we abstained on the Haiti resolution because a force with no clear "
        "mandate or funding will not change the situation in Port-au-Prince.",
    ),
    "ru_nz_pause": (
        (6, 19),
        "ria",
        "Новая Зеландия приостановила финансирование Островов Кука на 18,2 млн новозеландских "
        "долларов из-за их соглашений с Китаем.",
    ),
    "ru_pif_communique": (
        (9, 12),
        "tass",
        "ХОНИАРА, 12 сентября. /ТАСС/. Лидеры стран Форума тихоокеанских островов одобрили "
        "декларацию «Океан мира» и решили провести следующий саммит в Палау.",
    ),
    "ru_penny_wong": (
        (9, 10),
        "ria",
        "Глава МИД Австралии Пенни Вонг заявила, что Канберра уважает решение Соломоновых Островов "
        "не приглашать партнёров на саммит ФТО.",
    ),
    "en_flnks": (
        (8, 13),
        "afp",
        "NOUMEA (AFP) — New Caledonia's main pro-independence coalition, the FLNKS, rejected the "
        "Bougival agreement on Wednesday, saying it fell short of the right to independence.",
    ),
    "en_ax4_dock": (
        (6, 26),
        "nasa",
        "The Crew Dragon carrying the Ax-4 crew docked with the International Space Station on "
        "Thursday, June 26, at 6:31 a.m. EDT.",
    ),
    "en_ax4_return": (
        (7, 15),
        "ap",
        "The Axiom-4 crew splashed down off California on Tuesday, July 15, after 18 days at the "
        "International Space Station.",
    ),
    "ru_nagasaki80": (
        (8, 9),
        "tass",
        "ТОКИО, 9 августа. /ТАСС/. В Нагасаки почтили память жертв атомной бомбардировки 9 августа "
        "1945 года. Колокола собора Ураками впервые прозвонили вместе.",
    ),
    "en_mid_hiroshima": (
        (8, 6),
        "mfa_russia",
        "80 years ago, on August 6, 1945, the United States dropped an atomic bomb on Hiroshima. "
        "Washington has never apologised. #Hiroshima",
    ),
    "ru_nuremberg_repost": (
        (11, 20),
        "rusemb_germany",
        "Репост из @MID_Russia:\nДвадцатого ноября 1945 года начался Нюрнбергский процесс. "
        "#Нюрнберг80",
    ),
    "en_nuremberg_mfa": (
        (11, 20),
        "mfa_russia",
        "MFA statement on the 80th anniversary of the start of the Nuremberg trials: attempts to "
        "revise the verdict of the International Military Tribunal are unacceptable.",
    ),
    "ru_nuremberg_market": (
        (11, 28),
        "rg",
        "В Нюрнберге открылась одна из старейших рождественских ярмарок Германии.",
    ),
    "ru_un80_guterres": (
        (10, 24),
        "ria",
        "Гутерреш в День ООН: в 80 лет организация должна реформироваться, чтобы сохранить "
        "значимость.",
    ),
    "en_un80_russia": (
        (10, 24),
        "mfa_russia",
        "On UN Day, 80 years after the UN Charter entered into force, Russia calls for respecting "
        "all its principles, not selectively. #UN80",
    ),
    "en_high_seas_oneliner": (
        (9, 19),
        "ap",
        "High Seas Treaty hits 60 ratifications and will take effect in January.",
    ),
    "ru_yekaterinburg": (
        (6, 28),
        "tass",
        "ЕКАТЕРИНБУРГ, 28 июня. /ТАСС/. МИД Азербайджана выразил протест в связи с гибелью двух "
        "уроженцев республики при задержании в Екатеринбурге 27 июня.",
    ),
    "en_sputnik_zakharova": (
        (7, 1),
        "mfa_russia",
        "Maria Zakharova demands the immediate release of the Sputnik Azerbaijan journalists "
        "detained in Baku.",
    ),
    "ru_sputnik1957": (
        (10, 4),
        "rg",
        "4 октября 1957 года в СССР был запущен первый искусственный спутник Земли.",
    ),
    "ru_latvia_rinkevics": (
        (11, 3),
        "tass",
        "РИГА, 3 ноября. /ТАСС/. Президент Латвии Эдгарс Ринкевичс вернул в сейм закон о выходе из "
        "Стамбульской конвенции.",
    ),
    "ru_oneliner_drc": (
        (12, 4),
        "rt",
        "Чисекеди и Кагаме подписали Вашингтонские соглашения в присутствии Трампа. #ДРК",
    ),
    "en_dan_caine": (
        (4, 11),
        "ap",
        "Air Force Gen. Dan Caine was sworn in as chairman of the Joint Chiefs of Staff on Friday.",
    ),
    # ------------------------------------------------- briefings with several topics
    "ru_briefing_jul2": (
        (7, 2),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, Москва, 2 июля 2025 "
        "года\n\n"
        "🔹 О задержании сотрудников «Sputnik Азербайджан» в Баку\n"
        "Настаиваем на скорейшем освобождении наших граждан и обеспечении их прав.\n\n"
        "🔹 О мирном соглашении между ДРК и Руандой\n"
        "Подписание 27 июня в Вашингтоне — шаг в верном направлении, важно выполнение взятых "
        "обязательств на земле.\n\n"
        "🔹 О выходе прибалтийских государств из Оттавской конвенции\n"
        "Сеймы Латвии и Литвы и парламент Эстонии уже проголосовали за выход. Регион превращают в "
        "минное поле.",
    ),
    "en_briefing_jul2": (
        (7, 2),
        "mfa_russia",
        "Maria Zakharova's briefing, July 2: key points\n\n"
        "• The detention of Sputnik Azerbaijan staff in Baku is unacceptable.\n"
        "• The Baltic states' exit from the Ottawa Convention turns the region into a minefield.\n"
        "• 80 years after the UN Charter was signed in San Francisco, its principles must be "
        "respected in full.",
    ),
    "ru_briefing_oct9": (
        (10, 9),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 9 октября 2025 года\n\n"
        "🔹 О выборах в Чехии\nИтоги голосования отражают усталость чешских избирателей от "
        "антироссийского курса. Посмотрим на практические шаги нового правительства А.Бабиша.\n\n"
        "🔹 О деле танкера Eagle S\nРешение финского суда лишь подтверждает, что обвинения были "
        "надуманными.\n\n"
        "🔹 О резолюции СБ ООН 2793 по Гаити\nМы воздержались, поскольку мандат сил остается "
        "размытым.",
    ),
    "en_briefing_oct9": (
        (10, 9),
        "mfa_russia",
        "Maria Zakharova's briefing, October 9:\n\n"
        "• The Finnish court's decision in the Eagle S case shows the accusations were "
        "far-fetched.\n"
        "• On Haiti: Russia abstained on resolution 2793 as the force's mandate remains vague.\n"
        "• The Pukpuk treaty between Australia and Papua New Guinea is another element of the "
        "militarisation of the Pacific.",
    ),
    "ru_briefing_nov27": (
        (11, 27),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 27 ноября 2025 года\n\n"
        "🔹 О военном перевороте в Гвинее-Бисау\nРассчитываем на скорейшее восстановление "
        "конституционного порядка.\n\n"
        "🔹 К 80-летию Нюрнбергского процесса\nПриговор Международного военного трибунала "
        "пересмотру не подлежит.\n\n"
        "🔹 О выборах в Танзании\nПризываем к диалогу и прекращению насилия.\n\n"
        "🔹 О выборах в Нидерландах\nНе ждем от новой коалиции перемен в отношении России.",
    ),
    "en_briefing_nov27": (
        (11, 27),
        "mfa_russia",
        "Maria Zakharova's briefing, November 27:\n\n"
        "• Nuremberg at 80: the verdict of the International Military Tribunal is not subject to "
        "revision.\n"
        "• Guinea-Bissau: we hope for a swift return to constitutional order.\n"
        "• Latvia's vote to leave the Istanbul Convention is an internal matter, but it exposes "
        "the EU's double standards.\n"
        "• Cameroon: we congratulated President Paul Biya on his re-election.",
    ),
}

# Posts naming one thing, by the rules above, shared by several queries.
_IOC = (
    "en_ioc_coventry",
    "ru_ioc_coventry",
    "ru_ioc_okr",
    "ru_ioc_peskov",
    "en_ioc_handover",
    "ru_oneliner_ioc",
)
_COVENTRY = _IOC  # every IOC post names Kirsty Coventry
_COVENTRY_CITY = ("en_coventry_city", "ru_coventry_city")
_CAS = ("en_cas_fis", "ru_cas_fis")
_DRC = (
    "en_goma",
    "ru_goma",
    "en_drc_rwanda_dc",
    "ru_drc_rwanda_dc",
    "ru_mid_drc",
    "en_tshisekedi_kagame",
    "ru_tshisekedi_kagame",
    "ru_oneliner_drc",
    "en_m23_doha",
    "ru_m23_doha",
    "en_ebola_kasai",
    "ru_ebola_kasai",
    "en_lobito",
    "ru_lobito",
    "ru_briefing_jul2",
)
_BRAZZAVILLE = ("en_congo_brazzaville", "ru_congo_brazzaville")
_RWANDA = (
    "en_goma",
    "en_drc_rwanda_dc",
    "ru_drc_rwanda_dc",
    "ru_mid_drc",
    "en_tshisekedi_kagame",
    "ru_tshisekedi_kagame",
    "ru_briefing_jul2",
)
_M23 = ("en_goma", "ru_goma", "en_drc_rwanda_dc", "en_m23_doha", "ru_m23_doha")
_TSHISEKEDI = ("en_tshisekedi_kagame", "ru_tshisekedi_kagame", "ru_oneliner_drc")
_PIF = (
    "en_pif_honiara",
    "ru_pif_honiara",
    "en_pif_communique",
    "ru_pif_communique",
    "ru_penny_wong",
)
_HONIARA = ("en_pif_honiara", "ru_pif_honiara", "en_pif_communique", "ru_pif_communique")
_IMO = ("en_imo_netzero", "ru_imo_netzero")
_BBNJ = ("en_high_seas", "ru_high_seas", "en_high_seas_oneliner")
_PAP = ("en_singapore_ge", "ru_singapore_ge")
_L_WONG = ("en_singapore_ge", "ru_singapore_ge", "ru_oneliner_singapore")
_P_WONG = ("en_pif_honiara", "ru_penny_wong")
_ANO = ("en_czech_babis", "ru_czech_babis", "ru_babis_pm")
_BABIS = (
    "en_czech_babis",
    "ru_czech_babis",
    "en_czech_babis_pm",
    "ru_babis_pm",
    "en_oneliner_czech",
    "ru_czech_oneliner",
    "en_czech_peskov",
    "ru_briefing_oct9",
)
_CZECH = (
    "en_czech_babis",
    "ru_czech_babis",
    "ru_czech_peskov",
    "en_czech_babis_pm",
    "ru_babis_pm",
    "en_oneliner_czech",
    "ru_czech_oneliner",
    "ru_briefing_oct9",
)
_PAVEL = ("en_czech_babis_pm", "ru_babis_pm")
_D66 = ("en_dutch_election", "ru_dutch_election")
_JETTEN = ("en_dutch_election", "ru_dutch_election", "ru_oneliner_dutch")
_NETHERLANDS = ("en_dutch_election", "ru_dutch_election", "ru_oneliner_dutch", "ru_briefing_nov27")
_HOLLAND_TRAPS = ("ru_new_holland", "en_dutch_auction")
_BALTIC_SENTRY = (
    "en_baltic_sentry",
    "ru_baltic_sentry_mid",
    "ru_baltic_sentry_oneliner",
    "en_baltic_sentry_mfa",
)
_NATO = (*_BALTIC_SENTRY, "en_romania_dan", "ru_ottawa_mid")
_G7 = ("en_g7_kananaskis", "ru_g7_kananaskis", "ru_peskov_g7")
_CARNEY = (
    "en_canada_carney",
    "ru_canada_carney",
    "en_oneliner_carney",
    "en_g7_kananaskis",
    "ru_g7_kananaskis",
)
_CANADA = _CARNEY  # the election posts and the G7 in the Canadian Rockies
_MARK_BROWN = ("en_cook_china", "ru_cook_china", "en_nz_pause")
_SPUTNIK_AZ = (
    "en_sputnik_baku",
    "ru_sputnik_baku",
    "ru_zakharova_baku",
    "en_sputnik_zakharova",
    "ru_briefing_jul2",
    "en_briefing_jul2",
)
_SPUTNIK_TRAPS = ("ru_sputnik_satellite", "en_sputnik1957", "ru_sputnik1957")
_AZERBAIJAN = (*_SPUTNIK_AZ, "en_yekaterinburg", "ru_yekaterinburg")
_UNSC = (
    "en_haiti_gsf",
    "ru_haiti_gsf",
    "ru_haiti_russiaun",
    "en_oneliner_haiti",
    "ru_briefing_oct9",
    "ru_un80_day",
)
_ISS = (
    "en_ax4_launch",
    "ru_ax4_launch",
    "ru_oneliner_ax4",
    "en_ax4_modi",
    "ru_ax4_return",
    "en_ax4_dock",
    "en_ax4_return",
)
_AXIOM = (
    "en_ax4_launch",
    "ru_ax4_launch",
    "ru_oneliner_ax4",
    "ru_ax4_return",
    "en_ax4_dock",
    "en_ax4_return",
)
_SHUKLA = ("ru_ax4_launch", "en_ax4_modi")
_PNG = ("en_png_50", "ru_png_50", "en_pukpuk", "ru_pukpuk", "en_briefing_oct9")
_MARAPE = ("en_png_50", "en_pukpuk", "ru_pukpuk")
_FLNKS = ("ru_flnks", "en_flnks")
_IMT = (
    "ru_nuremberg80_mid",
    "ru_nuremberg_forum",
    "en_nuremberg_kremlin",
    "en_nuremberg_mfa",
    "ru_briefing_nov27",
    "en_briefing_nov27",
)
_NUREMBERG_TRIALS = (
    "ru_nuremberg80_mid",
    "en_nuremberg80",
    "ru_nuremberg_repost",
    "en_nuremberg_kremlin",
    "en_nuremberg_mfa",
    "ru_briefing_nov27",
)
_NUREMBERG_MARKET = ("en_nuremberg_market", "ru_nuremberg_market")
_NUREMBERG = (
    *_NUREMBERG_TRIALS,
    "ru_nuremberg_forum",
    "en_briefing_nov27",
    *_NUREMBERG_MARKET,
)
_KAMCHATKA = (
    "ru_kamchatka_quake",
    "en_kamchatka_quake",
    "ru_kamchatka_mchs",
    "ru_oneliner_kamchatka",
    "en_krasheninnikov",
    "ru_krasheninnikov",
    "en_kamchatka_hashtag",
    "ru_tsunami_japan",
    "ru_kamchatka_kremlin",
)
_PETROPAVLOVSK_K = ("ru_kamchatka_quake", "en_kamchatka_quake", "ru_krasheninnikov")
_PETROPAVLOVSK_TRAPS = ("en_petropavl_kz", "en_petropavlovsk_plc")
_QUAKE_RU = (
    "ru_kamchatka_quake",
    "ru_oneliner_kamchatka",
    "ru_tsunami_japan",
    "ru_kamchatka_kremlin",
)
_QUAKE_EN = ("en_kamchatka_quake", "en_krasheninnikov", "en_kamchatka_hashtag")
_TSUNAMI_RU = (
    "ru_kamchatka_quake",
    "ru_kamchatka_mchs",
    "ru_tsunami_japan",
    "ru_kamchatka_kremlin",
)
_TSUNAMI_EN = ("en_kamchatka_quake", "en_tsunami_japan", "en_kamchatka_hashtag")
_GUINEA = (
    "en_guinea_referendum",
    "ru_guinea_referendum",
    "en_guinea_election",
    "ru_guinea_election",
)
_DOUMBOUYA = _GUINEA
_BISSAU = (
    "en_bissau_coup",
    "ru_bissau_coup",
    "ru_bissau_mid",
    "en_bissau_ntam",
    "ru_consular_bissau",
    "en_oneliner_bissau",
    "ru_bissau_ntam",
    "ru_briefing_nov27",
    "en_briefing_nov27",
)
_EQ_GUINEA = ("en_eq_guinea", "ru_eq_guinea")
_NOT_GUINEA = (*_BISSAU, *_EQ_GUINEA, *_PNG, "en_guinea_pig")
_HAITI = (
    "en_haiti_gsf",
    "ru_haiti_gsf",
    "ru_haiti_russiaun",
    "en_haiti_kenya",
    "en_oneliner_haiti",
    "en_haiti_russia",
    "ru_briefing_oct9",
    "en_briefing_oct9",
)
_COOK = ("en_cook_china", "ru_cook_china", "en_nz_pause", "ru_nz_pause")
_COOK_TRAPS = ("ru_captain_cook", "en_tim_cook")
_NEW_CALEDONIA = ("en_bougival", "ru_bougival", "ru_flnks", "en_flnks")
_BOUGIVAL = _NEW_CALEDONIA
_SVALBARD = (
    "en_greenland_shark",
    "ru_svalbard_mid",
    "en_svalbard_centenary",
    "ru_barentsburg",
    "en_svalbard_mfa",
    "en_imo_opinion",
)
_BARENTSBURG = ("ru_svalbard_mid", "ru_barentsburg", "en_imo_opinion")
_GREENLAND = (
    "en_greenland_election",
    "ru_greenland_election",
    "en_vance_pituffik",
    "ru_greenland_putin",
    "en_greenland_kremlin",
    "ru_repost_greenland",
    "en_oneliner_greenland",
    "ru_vance_greenland",
)
_NIELSEN = ("en_greenland_election", "ru_greenland_election")
_VANCE = ("en_vance_pituffik", "ru_repost_greenland", "ru_vance_greenland")
_ROMANIA = (
    "en_romania_first_round",
    "en_romania_dan",
    "ru_romania_dan",
    "ru_romania_inauguration",
    "en_romania_annulled",
    "en_oneliner_romania",
    "ru_romania_first_round",
    "ru_romania_annulled",
)
_DAN = (
    "en_romania_first_round",
    "en_romania_dan",
    "ru_romania_dan",
    "ru_romania_inauguration",
    "en_oneliner_romania",
    "ru_romania_first_round",
)
_SIMION = ("en_romania_first_round", "en_romania_dan", "ru_romania_dan", "ru_romania_first_round")
_SENEGAL = ("en_senegal_bases", "ru_senegal_bases", "ru_oneliner_senegal")
_DAKAR = ("en_senegal_bases", "ru_senegal_bases", "ru_guinea_election", "ru_bissau_coup")
_DAKAR_RALLY = ("en_dakar_rally", "ru_dakar_rally")
_CAMEROON = (
    "en_cameroon_biya",
    "ru_cameroon_biya",
    "ru_kremlin_biya",
    "en_cameroon_kremlin",
    "en_briefing_nov27",
)
_BIYA = _CAMEROON  # every Cameroon post names Paul Biya
_IVORY_COAST = (
    "en_senegal_bases",
    "en_ivory_coast",
    "ru_ivory_coast",
    "en_oneliner_ouattara",
    "ru_ivory_kremlin",
    "en_ivory_kremlin",
)
_OUATTARA = (
    "en_ivory_coast",
    "ru_ivory_coast",
    "en_oneliner_ouattara",
    "ru_ivory_kremlin",
    "en_ivory_kremlin",
)
_TANZANIA = (
    "en_tanzania_election",
    "ru_tanzania_election",
    "ru_consular_tanzania",
    "ru_oneliner_tanzania",
    "en_oneliner_tanzania",
    "ru_briefing_nov27",
)
_SAMIA = (
    "en_tanzania_election",
    "ru_tanzania_election",
    "ru_oneliner_tanzania",
    "en_oneliner_tanzania",
)
_ALBANESE = (
    "en_pukpuk",
    "ru_pukpuk",
    "en_australia_albanese",
    "ru_australia_albanese",
    "ru_oneliner_albanese",
)
_F_ALBANESE = ("en_francesca_albanese", "ru_francesca_albanese")
_AUSTRALIA = (
    *_ALBANESE,
    "en_png_50",
    "en_tuvalu_visa",
    "ru_tuvalu_visa",
    "en_pif_honiara",
    "ru_penny_wong",
    "en_briefing_oct9",
)
_OTTAWA_CONVENTION = (
    "en_ottawa_baltics",
    "ru_ottawa_baltics",
    "ru_ottawa_mid",
    "en_finland_ottawa",
    "ru_oneliner_ottawa",
    "en_ottawa_mfa",
    "ru_briefing_jul2",
    "en_briefing_jul2",
)
_OTTAWA = ("en_canada_carney", "ru_canada_carney", *_OTTAWA_CONVENTION)
_SCARBOROUGH = (
    "en_scarborough_collision",
    "ru_scarborough_collision",
    "en_oneliner_scarborough",
    "en_huangyan_reserve",
    "ru_huangyan",
)
_HIROSHIMA = (
    "en_hiroshima80",
    "ru_hiroshima80",
    "ru_mid_hiroshima",
    "ru_repost_hiroshima",
    "en_mid_hiroshima",
)
_NAGASAKI = ("ru_mid_hiroshima", "en_nagasaki80", "ru_nagasaki80")
_LATVIA = (
    "en_ottawa_baltics",
    "ru_ottawa_baltics",
    "en_latvia_istanbul",
    "ru_latvia_istanbul",
    "ru_latvia_rinkevics",
    "ru_briefing_jul2",
    "en_briefing_nov27",
)
_ISTANBUL_CONVENTION = (
    "en_latvia_istanbul",
    "ru_latvia_istanbul",
    "en_rinkevics_returns",
    "ru_latvia_rinkevics",
    "en_briefing_nov27",
)
_URUGUAY = (
    "en_orsi_inaugurated",
    "ru_orsi",
    "en_mujica_death",
    "ru_mujica_death",
    "ru_mujica_condolences",
)
_MUJICA = ("en_orsi_inaugurated", "en_mujica_death", "ru_mujica_death", "ru_mujica_condolences")
_SURINAME = ("en_suriname", "ru_suriname")
_TUVALU = ("en_tuvalu_visa", "ru_tuvalu_visa")
_MOZAMBIQUE = ("en_mozambique_lng", "ru_mozambique_lng")
_FINLAND = (
    "en_finland_ottawa",
    "en_eagle_s_seized",
    "en_eagle_s_court",
    "ru_eagle_s_court",
    "ru_oneliner_eagle",
    "ru_eagle_s_seized",
    "ru_briefing_oct9",
    "en_briefing_oct9",
)
_EAGLE_S = (
    "en_eagle_s_seized",
    "en_eagle_s_court",
    "ru_eagle_s_court",
    "ru_oneliner_eagle",
    "ru_eagle_s_seized",
    "ru_briefing_oct9",
    "en_briefing_oct9",
)
_HAITI_NEBENZIA = ("ru_haiti_russiaun", "en_haiti_russia")
_PESKOV = ("ru_ioc_peskov", "ru_czech_peskov", "ru_peskov_g7", "en_czech_peskov")
_ZAKHAROVA_NOT_BRIEFING = (
    "ru_ottawa_mid",
    "ru_svalbard_mid",
    "en_svalbard_mfa",
    "ru_zakharova_baku",
    "en_ottawa_mfa",
    "en_baltic_sentry_mfa",
    "en_sputnik_zakharova",
)
_BRIEFING_RU = ("ru_briefing_jul2", "ru_briefing_oct9", "ru_briefing_nov27")
_BRIEFING_EN = ("en_briefing_jul2", "en_briefing_oct9", "en_briefing_nov27")
_ZAKHAROVA = (*_ZAKHAROVA_NOT_BRIEFING, *_BRIEFING_RU, *_BRIEFING_EN)
_VYBORY = (
    "ru_romania_dan",
    "ru_romania_first_round",
    "ru_romania_annulled",
    "ru_czech_babis",
    "ru_czech_peskov",
    "ru_czech_oneliner",
    "ru_dutch_election",
    "ru_oneliner_dutch",
    "ru_canada_carney",
    "ru_greenland_election",
    "ru_guinea_election",
    "ru_bissau_coup",
    "ru_cameroon_biya",
    "ru_ivory_coast",
    "ru_tanzania_election",
    "ru_singapore_ge",
    "ru_oneliner_singapore",
    "ru_australia_albanese",
    "ru_briefing_oct9",
    "ru_briefing_nov27",
)
_ELECTION = (
    "en_ioc_coventry",
    "en_romania_first_round",
    "en_romania_dan",
    "en_romania_annulled",
    "en_czech_babis",
    "en_dutch_election",
    "en_canada_carney",
    "en_oneliner_carney",
    "en_greenland_election",
    "en_guinea_election",
    "en_bissau_coup",
    "en_cameroon_biya",
    "en_cameroon_kremlin",
    "en_ivory_coast",
    "en_ivory_kremlin",
    "en_tanzania_election",
    "en_hassan_sheikh",
    "en_singapore_ge",
    "en_australia_albanese",
    "en_rinkevics_returns",
    "en_suriname",
    "en_briefing_nov27",
)
_KONVENTSIYA = (
    "ru_ottawa_baltics",
    "ru_ottawa_mid",
    "ru_oneliner_ottawa",
    "ru_latvia_istanbul",
    "ru_latvia_rinkevics",
    "ru_briefing_jul2",
)
_CONVENTION = (
    "en_ottawa_baltics",
    "en_finland_ottawa",
    "en_latvia_istanbul",
    "en_rinkevics_returns",
    "en_ottawa_mfa",
    "en_briefing_jul2",
    "en_briefing_nov27",
)
_SOGLASHENIE = (
    "ru_drc_rwanda_dc",
    "ru_mid_drc",
    "ru_tshisekedi_kagame",
    "ru_oneliner_drc",
    "ru_m23_doha",
    "ru_cook_china",
    "ru_nz_pause",
    "ru_bougival",
    "ru_flnks",
    "ru_high_seas",
    "ru_briefing_jul2",
)
_AGREEMENT = (
    "en_drc_rwanda_dc",
    "en_m23_doha",
    "en_nz_pause",
    "en_bougival",
    "en_high_seas",
    "en_flnks",
)
_TREATY = (
    "en_svalbard_centenary",
    "en_svalbard_mfa",
    "en_pukpuk",
    "en_tuvalu_visa",
    "en_high_seas",
    "en_high_seas_oneliner",
    "en_briefing_oct9",
)
_DOGOVOR = ("ru_svalbard_mid", "ru_barentsburg", "ru_pukpuk", "ru_tuvalu_visa")
_KABEL = (
    "ru_eagle_s_court",
    "ru_eagle_s_seized",
    "ru_baltic_sentry_mid",
    "ru_baltic_sentry_oneliner",
)
_CABLE = ("en_eagle_s_seized", "en_eagle_s_court", "en_baltic_sentry", "en_baltic_sentry_mfa")

QUERIES: list[Labelled] = [
    # ----------------------- k1 organisations and abbreviations in both languages and scripts
    Labelled(
        "МОК",
        _IOC,
        "k1: МОК = IOC = Международный олимпийский комитет; ОКР and CAS are other bodies",
        absent=("ru_okr_trap", *_CAS),
    ),
    Labelled(
        "IOC",
        _IOC,
        "k1: IOC = МОК in either script",
        first="en_ioc_coventry",
    ),
    Labelled(
        "Международный олимпийский комитет",
        _IOC,
        "k1: the full name finds the abbreviations МОК and IOC in both languages; «олимпийскому "
        "отбору» is not the committee",
        absent=_CAS,
    ),
    Labelled(
        "ОКР",
        ("ru_ioc_okr",),
        "k1: ОКР = Олимпийский комитет России here; «ОКР» of Roscosmos are опытно-конструкторские "
        "работы",
        absent=("ru_okr_trap",),
    ),
    Labelled(
        "CAS",
        _CAS,
        "k1: CAS = Court of Arbitration for Sport = Спортивный арбитражный суд; КАС РФ is a code "
        "of procedure",
        absent=("ru_kas_trap",),
    ),
    Labelled(
        "Спортивный арбитражный суд",
        _CAS,
        "k1: the court's Russian name finds CAS and the Court of Arbitration for Sport",
        absent=("ru_kas_trap",),
    ),
    Labelled(
        "ДРК",
        _DRC,
        "k1: ДРК = ДР Конго = Демократическая Республика Конго = DRC = Congo, Congolese and #ДРК "
        "included; the Republic of Congo (Brazzaville) is another country",
        absent=_BRAZZAVILLE,
    ),
    Labelled(
        "Democratic Republic of the Congo",
        _DRC,
        "k1: the DRC in either language; Brazzaville's Republic of Congo is another",
        absent=_BRAZZAVILLE,
    ),
    Labelled(
        "M23",
        _M23,
        "k1: M23 = «Движение 23 марта»; the M23 motorway in Surrey is a namesake",
        absent=("en_m23_motorway",),
    ),
    Labelled(
        "ФТО",
        _PIF,
        "k1: ФТО = Форум тихоокеанских островов = Pacific Islands Forum, #PacificIslandsForum "
        "included",
    ),
    Labelled(
        "Pacific Islands Forum",
        _PIF,
        "k1: the forum in either language",
        first="en_pif_honiara",
    ),
    Labelled(
        "ИМО",
        _IMO,
        "k1: ИМО = Международная морская организация = IMO; IMO in a forwarded post means 'in my "
        "opinion'",
        absent=("en_imo_opinion",),
    ),
    Labelled(
        "IMO",
        _IMO,
        "k1: the International Maritime Organization, not 'in my opinion'",
        absent=("en_imo_opinion",),
    ),
    Labelled(
        "BBNJ",
        _BBNJ,
        "k1: BBNJ = the High Seas Treaty, an abbreviation that finds the treaty in both languages "
        "however it is named",
    ),
    Labelled(
        "ПНД",
        _PAP,
        "k1: ПНД = Партия народного действия = People's Action Party; the RT one-liner names only "
        "Wong's party",
    ),
    Labelled(
        "People's Action Party",
        _PAP,
        "k1: Singapore's ruling party in either language",
        first="en_singapore_ge",
    ),
    Labelled(
        "ANO",
        _ANO,
        "k1: Babiš's movement ANO; АНО, a Russian autonomous non-profit organisation, is not it",
        absent=("ru_ano_trap",),
    ),
    Labelled(
        "D66",
        _D66,
        "k1: D66 = «Демократы 66»",
    ),
    Labelled(
        "Балтийский часовой",
        _BALTIC_SENTRY,
        "k1: the NATO operation's proper name = Baltic Sentry, found in both languages",
    ),
    Labelled(
        "Baltic Sentry",
        _BALTIC_SENTRY,
        "k1: = «Балтийский часовой»",
        first="en_baltic_sentry",
    ),
    Labelled(
        "НАТО",
        _NATO,
        "k1: НАТО = NATO, #НАТО included",
    ),
    Labelled(
        "G7",
        _G7,
        "k1: G7 = Group of Seven = «Большая семёрка»",
    ),
    Labelled(
        "Sputnik Azerbaijan",
        _SPUTNIK_AZ,
        "k1: the news agency = «Sputnik Азербайджан»; the satellites Sputnik 1 and «спутник "
        "связи» are not it",
        absent=_SPUTNIK_TRAPS,
    ),
    Labelled(
        "Спутник Азербайджан",
        _SPUTNIK_AZ,
        "k1: the agency typed in Cyrillic; a communications satellite (спутник) is a common word",
        absent=_SPUTNIK_TRAPS,
    ),
    Labelled(
        "Совбез ООН",
        _UNSC,
        "k1: Совбез = СБ ООН = Совет Безопасности ООН = UN Security Council, #СБООН included",
    ),
    Labelled(
        "UN Security Council",
        _UNSC,
        "k1: = Совет Безопасности ООН in either language; the briefings of 9 October name it "
        "only in Russian",
        first="en_haiti_gsf",
    ),
    Labelled(
        "МКС",
        _ISS,
        "k1: МКС = ISS = International Space Station = Международная космическая станция",
    ),
    Labelled(
        "МЧС",
        ("ru_kamchatka_mchs",),
        "k1: МЧС России, #МЧС included",
    ),
    Labelled(
        "FLNKS",
        _FLNKS,
        "k1: FLNKS = ФНОКС = Фронт национального освобождения канаков и социалистов",
    ),
    Labelled(
        "Международный военный трибунал",
        _IMT,
        "k1: the tribunal = International Military Tribunal in either language; the posts naming "
        "only the Nuremberg trials are left unlabelled",
        absent=_NUREMBERG_MARKET,
    ),
    Labelled(
        "ВОЗ",
        ("en_ebola_kasai", "ru_ebola_kasai"),
        "k1: ВОЗ = WHO = Всемирная организация здравоохранения",
    ),
    # ------------------------------------------------------------------ k2 events with places
    Labelled(
        "выборы в Румынии",
        ("ru_romania_dan", "ru_romania_first_round", "ru_romania_annulled"),
        "k2: выборы (Russian) + Румыния, the Alliance for the Union of Romanians' румын included",
        first="ru_romania_dan",
    ),
    Labelled(
        "Romania election",
        ("en_romania_first_round", "en_romania_dan", "en_romania_annulled"),
        "k2: election (English) + Romania; the leu one-liner has no election",
        first="en_romania_dan",
    ),
    Labelled(
        "выборы в Чехии",
        ("ru_czech_babis", "ru_czech_peskov", "ru_czech_oneliner", "ru_briefing_oct9"),
        "k2: выборы (Russian) + Чехия, чешских included",
        first="ru_czech_babis",
    ),
    Labelled(
        "Czech election",
        ("en_czech_babis",),
        "k2: election (English) + Czech; the AFP one-liner says vote, another word",
        first="en_czech_babis",
    ),
    Labelled(
        "землетрясение на Камчатке",
        _QUAKE_RU,
        "k2: землетрясение (Russian) + Камчатка",
        first="ru_kamchatka_quake",
    ),
    Labelled(
        "Kamchatka earthquake",
        _QUAKE_EN,
        "k2: earthquake (English) + Kamchatka, #Kamchatka included; Kyodo's quake is another "
        "word and names no Kamchatka",
        first="en_kamchatka_quake",
    ),
    Labelled(
        "tsunami Japan",
        ("en_kamchatka_quake", "en_tsunami_japan"),
        "k2: tsunami (English) + Japan",
        first="en_tsunami_japan",
    ),
    Labelled(
        "переворот в Гвинее-Бисау",
        ("ru_bissau_mid", "ru_briefing_nov27"),
        "k2: переворот (Russian) + Guinea-Bissau; TASS says захват власти",
        first="ru_bissau_mid",
    ),
    Labelled(
        "Pacific Islands Forum Honiara",
        _HONIARA,
        "k2: the forum with Honiara = Хониара; the RIA post on Penny Wong names the forum, not the "
        "city",
        first="en_pif_honiara",
    ),
    Labelled(
        "соглашение ДРК Руанда Вашингтон",
        ("ru_drc_rwanda_dc", "ru_mid_drc", "ru_tshisekedi_kagame", "ru_briefing_jul2"),
        "k2: соглашение (Russian) + DRC + Rwanda + Washington, Вашингтонские соглашения included",
        first="ru_drc_rwanda_dc",
    ),
    Labelled(
        "Congo Rwanda peace Washington",
        ("en_drc_rwanda_dc",),
        "k2: peace (English) with the three places; the Washington Accords post has no peace",
        first="en_drc_rwanda_dc",
    ),
    Labelled(
        "M23 Доха",
        ("en_m23_doha", "ru_m23_doha"),
        "k2: M23 with Doha; the Goma posts name no Doha",
    ),
    Labelled(
        "референдум в Гвинее",
        ("ru_guinea_referendum",),
        "k2: референдум (Russian) + Гвинея",
        first="ru_guinea_referendum",
    ),
    Labelled(
        "Guinea referendum",
        ("en_guinea_referendum",),
        "k2: referendum (English) + Guinea (Guineans)",
        first="en_guinea_referendum",
    ),
    Labelled(
        "Hiroshima anniversary",
        ("en_hiroshima80",),
        "k2: anniversary (English) + Hiroshima; Sanfrecce Hiroshima is a football club",
        first="en_hiroshima80",
        absent=("en_sanfrecce",),
    ),
    Labelled(
        "Nuremberg trials anniversary",
        ("en_nuremberg_kremlin", "en_nuremberg_mfa"),
        "k2: the Nuremberg trials (an event's proper name) with anniversary (English); DW says "
        "80 years",
        absent=_NUREMBERG_MARKET,
    ),
    Labelled(
        "ралли Дакар",
        _DAKAR_RALLY,
        "k2: the Dakar Rally, an event's proper name, in either language; Dakar the city is not "
        "the rally",
        absent=_SENEGAL,
    ),
    Labelled(
        "Dakar Rally Saudi Arabia",
        _DAKAR_RALLY,
        "k2: the rally with Saudi Arabia, «саудовский» included",
        first="en_dakar_rally",
    ),
    Labelled(
        "Eagle S Helsinki court",
        ("en_eagle_s_court",),
        "k2: court (English) with the tanker and Helsinki",
        first="en_eagle_s_court",
    ),
    Labelled(
        "G7 Kananaskis",
        ("en_g7_kananaskis", "ru_g7_kananaskis"),
        "k2: the summit with Kananaskis; Peskov's comment names no place",
    ),
    Labelled(
        "Bougival New Caledonia",
        _BOUGIVAL,
        "k2: the Bougival agreement (Бужевальское) with New Caledonia",
    ),
    Labelled(
        "collision Scarborough Shoal",
        ("en_scarborough_collision", "en_oneliner_scarborough"),
        "k2: collision, collided, collide (English) + Scarborough Shoal",
        first="en_scarborough_collision",
    ),
    Labelled(
        "Canada election Carney",
        ("en_canada_carney", "en_oneliner_carney"),
        "k2: Canada (Canadian) + election (English) + Carney",
        first="en_canada_carney",
    ),
    Labelled(
        "High Seas Treaty ratifications",
        ("en_high_seas", "en_high_seas_oneliner"),
        "k2: the treaty's English words with ratifications",
    ),
    Labelled(
        "выборы в Танзании",
        ("ru_tanzania_election", "ru_briefing_nov27"),
        "k2: выборы (Russian) + Танзания",
        first="ru_tanzania_election",
    ),
    Labelled(
        "Sputnik Baku",
        (
            "en_sputnik_baku",
            "ru_sputnik_baku",
            "en_sputnik_zakharova",
            "ru_briefing_jul2",
            "en_briefing_jul2",
        ),
        "k2: the agency with Baku, «бакинской редакции» included; Zakharova's Russian comment "
        "names no city",
        absent=_SPUTNIK_TRAPS,
    ),
    Labelled(
        "Оттавская конвенция Польша",
        ("ru_ottawa_baltics", "ru_ottawa_mid"),
        "k2: конвенция (Russian) + Ottawa (Оттавская) + Польша; the English posts have no "
        "Russian конвенция",
        first="ru_ottawa_baltics",
    ),
    Labelled(
        "IMO shipping",
        ("en_imo_netzero",),
        "k2: the IMO with shipping (English); IMO for 'in my opinion' is not the organisation",
        absent=("en_imo_opinion",),
    ),
    # ----------------------------------------- k3 places in Russian case forms and in English
    Labelled(
        "Камчатке",
        _KAMCHATKA,
        "k3: Камчатка = Kamchatka in any case form, #Камчатка and #Kamchatka included",
    ),
    Labelled(
        "Петропавловске-Камчатском",
        _PETROPAVLOVSK_K,
        "k3: the city = Petropavlovsk-Kamchatsky, one name; Petropavlovsk in Kazakhstan and the "
        "gold miner Petropavlovsk are namesakes",
        absent=_PETROPAVLOVSK_TRAPS,
    ),
    Labelled(
        "Гвинее",
        _GUINEA,
        "k3: Guinea (Conakry), Guineans included; Guinea-Bissau, Equatorial Guinea, Papua New "
        "Guinea and guinea pigs are not it",
        absent=_NOT_GUINEA,
    ),
    Labelled(
        "Guinea",
        _GUINEA,
        "k3: the country alone; the longer names hold other places",
        absent=_NOT_GUINEA,
    ),
    Labelled(
        "Гвинеи-Бисау",
        _BISSAU,
        "k3: Guinea-Bissau, #ГвинеяБисау included; Guinea is another country",
        absent=_GUINEA,
    ),
    Labelled(
        "Экваториальная Гвинея",
        _EQ_GUINEA,
        "k3: Equatorial Guinea, one name; Guinea is another country",
        absent=_GUINEA,
    ),
    Labelled(
        "Конго",
        _DRC,
        "k3: a bare Congo is the DRC here; the Republic of Congo is absent",
        absent=_BRAZZAVILLE,
    ),
    Labelled(
        "Республика Конго",
        _BRAZZAVILLE,
        "k3: Congo-Brazzaville, the Republic of Congo; «Демократической Республики Конго» is "
        "another country",
        absent=_DRC,
    ),
    Labelled(
        "Руанды",
        _RWANDA,
        "k3: Руанда = Rwanda, Rwandan included; Kagame alone does not name the country",
    ),
    Labelled(
        "Гаити",
        _HAITI,
        "k3: Haiti = Гаити, #Гаити included; Tahiti (Таити) differs by one letter",
        absent=("ru_tahiti",),
    ),
    Labelled(
        "Tahiti",
        ("ru_tahiti",),
        "k3: = Таити in French Polynesia, not Haiti",
        absent=_HAITI,
    ),
    Labelled(
        "Островов Кука",
        _COOK,
        "k3: the Cook Islands, #CookIslands included; Captain Cook and Tim Cook are people",
        absent=_COOK_TRAPS,
    ),
    Labelled(
        "Новой Каледонии",
        _NEW_CALEDONIA,
        "k3: New Caledonia, one name; the Caledonian Sleeper runs to Scotland",
        absent=("en_caledonian_sleeper",),
    ),
    Labelled(
        "Шпицбергене",
        _SVALBARD,
        "k3: Шпицберген = Svalbard = Spitsbergen, #Svalbard included; the Greenland shark post "
        "names Svalbard",
    ),
    Labelled(
        "Баренцбург",
        _BARENTSBURG,
        "k3: the Russian settlement = Barentsburg; the Barents Sea is another place",
        absent=("en_barents_cod",),
    ),
    Labelled(
        "Гренландии",
        _GREENLAND,
        "k3: Greenland = Гренландия, #Гренландия and #Greenland included; a Greenland shark is an "
        "animal",
        absent=("en_greenland_shark",),
    ),
    Labelled(
        "Нидерландах",
        _NETHERLANDS,
        "k3: Нидерланды = Голландия = Netherlands = Dutch; Новая Голландия in St Petersburg and a "
        "Dutch auction are not the country",
        absent=_HOLLAND_TRAPS,
    ),
    Labelled(
        "Чехии",
        _CZECH,
        "k3: Чехия = Czech Republic, Czech and чешских included; Prague alone is a city (the TASS "
        "English comment is left unlabelled)",
    ),
    Labelled(
        "Румынии",
        _ROMANIA,
        "k3: Romania, Romanian, румын included",
    ),
    Labelled(
        "Дакаре",
        _DAKAR,
        "k3: the city, in datelines too; the Dakar Rally is an event in Saudi Arabia",
        absent=_DAKAR_RALLY,
    ),
    Labelled(
        "Камеруне",
        _CAMEROON,
        "k3: Cameroon, российско-камерунских included; Yaounde alone is a city",
    ),
    Labelled(
        "Ivory Coast",
        _IVORY_COAST,
        "k3: Ivory Coast = Côte d'Ivoire = Кот-д'Ивуар, one name; ivory smuggled along a coast is "
        "not it",
        absent=("en_ivory_trade",),
    ),
    Labelled(
        "Танзании",
        _TANZANIA,
        "k3: Танзания = Tanzania",
    ),
    Labelled(
        "Австралии",
        _AUSTRALIA,
        "k3: Australia, Australian included; Sydney and Canberra alone are cities",
    ),
    Labelled(
        "Оттаве",
        _OTTAWA,
        "k3: Ottawa, in a dateline and inside «Оттавская конвенция» / the Ottawa Convention; the "
        "frigate HMCS Ottawa is a ship",
        absent=("en_hmcs_ottawa",),
    ),
    Labelled(
        "Скарборо",
        _SCARBOROUGH,
        "k3: the shoal = Scarborough Shoal = Huangyan Dao (Хуанъяньдао); the Yorkshire resort is a "
        "namesake",
        absent=("en_scarborough_uk",),
    ),
    Labelled(
        "Хиросиме",
        _HIROSHIMA,
        "k3: Hiroshima, #Hiroshima and #Хиросима included; Sanfrecce Hiroshima is a club",
        absent=("en_sanfrecce",),
    ),
    Labelled(
        "Азербайджана",
        _AZERBAIJAN,
        "k3: Azerbaijan, Azerbaijani, азербайджанских and the agency's name Sputnik Azerbaijan "
        "included",
    ),
    Labelled(
        "Латвии",
        _LATVIA,
        "k3: Latvia = Латвия; Riga alone is a city",
    ),
    Labelled(
        "Стамбул",
        _ISTANBUL_CONVENTION,
        "k3: Istanbul, here only inside the Istanbul Convention (Стамбульская конвенция)",
    ),
    Labelled(
        "Уругвая",
        _URUGUAY,
        "k3: Uruguay, российско-уругвайских included",
    ),
    Labelled(
        "Швеция",
        ("en_baltic_sentry",),
        "k3: Sweden; «шведский стол», a buffet, is a common expression and does not name it",
        absent=("ru_shved_stol",),
    ),
    Labelled(
        "Finland",
        _FINLAND,
        "k3: Finland, Finnish, финский included; Helsinki alone is a city",
    ),
    # ------------------------------------------------------------- k4 topics and common words
    Labelled(
        "выборы",
        _VYBORY,
        "k4: выборы, выборах, выборов in Russian posts; избран, избиратели and избирательный are "
        "other stems",
    ),
    Labelled(
        "election",
        _ELECTION,
        "k4: election, elections, elected, re-election, electoral in English posts; 'selectively' "
        "is another word",
        absent=("en_un80_russia",),
    ),
    Labelled(
        "референдум",
        ("ru_guinea_referendum",),
        "k4: Russian posts only",
    ),
    Labelled(
        "переворот",
        ("ru_bissau_mid", "ru_briefing_nov27"),
        "k4: переворота, перевороте; «захват власти» is another word",
    ),
    Labelled(
        "coup",
        ("en_guinea_election",),
        "k4: the 2021 coup in Guinea; the Bissau posts say 'seized power' and are not labelled",
    ),
    Labelled(
        "землетрясение",
        _QUAKE_RU,
        "k4: землетрясения, землетрясении and #землетрясение in Russian posts",
        first="ru_kamchatka_quake",
    ),
    Labelled(
        "earthquake",
        _QUAKE_EN,
        "k4: English earthquake; Kyodo's quake is another word, left unlabelled",
        first="en_kamchatka_quake",
    ),
    Labelled(
        "цунами",
        _TSUNAMI_RU,
        "k4: Russian posts only",
        first="ru_kamchatka_quake",
    ),
    Labelled(
        "tsunami",
        _TSUNAMI_EN,
        "k4: English tsunami, #tsunami included",
    ),
    Labelled(
        "конвенция",
        _KONVENTSIYA,
        "k4: конвенции in Russian posts, the Ottawa and Istanbul conventions alike",
    ),
    Labelled(
        "convention",
        _CONVENTION,
        "k4: Convention in English posts",
    ),
    Labelled(
        "treaty",
        _TREATY,
        "k4: English treaty; the agreement on Bougival and the peace agreement are another word",
        absent=("en_bougival", "en_drc_rwanda_dc"),
    ),
    Labelled(
        "договор",
        _DOGOVOR,
        "k4: договор, договора, договором in Russian posts; соглашение is another word",
        absent=("ru_bougival", "ru_drc_rwanda_dc"),
    ),
    Labelled(
        "соглашение",
        _SOGLASHENIE,
        "k4: соглашение, соглашения, соглашений, Вашингтонские соглашения, Бужевальское "
        "соглашение in Russian posts",
    ),
    Labelled(
        "agreement",
        _AGREEMENT,
        "k4: agreement, agreements in English posts; 'according to' and the Accords are other "
        "words",
        absent=("en_nielsen_ratings", "en_tshisekedi_kagame"),
    ),
    Labelled(
        "санкции",
        ("ru_francesca_albanese",),
        "k4: Russian санкции: only the US sanctions on the UN rapporteur",
    ),
    Labelled(
        "sanctions",
        ("en_francesca_albanese",),
        "k4: English sanctions",
    ),
    Labelled(
        "anniversary",
        (
            "en_hiroshima80",
            "en_bandung70",
            "en_nuremberg_kremlin",
            "en_nuremberg_mfa",
        ),
        "k4: English anniversary; centenary and '80 years' are other words",
        absent=("en_svalbard_centenary", "en_nuremberg80"),
    ),
    Labelled(
        "годовщина",
        ("ru_captain_cook",),
        "k4: Russian годовщину; «80-летие» and «столетие» are other words",
        absent=("ru_nuremberg80_mid", "ru_barentsburg"),
    ),
    Labelled(
        "протесты",
        ("ru_latvia_istanbul", "ru_yekaterinburg"),
        "k4: протеста, протест in Russian posts",
    ),
    Labelled(
        "protests",
        ("en_cameroon_biya", "en_tanzania_election", "en_latvia_istanbul"),
        "k4: protests, protesters, protested in English posts",
    ),
    Labelled(
        "кабель",
        _KABEL,
        "k4: кабеля, кабелей in Russian posts",
    ),
    Labelled(
        "cable",
        _CABLE,
        "k4: cable, cables in English posts",
        first="en_eagle_s_court",
    ),
    Labelled(
        "танкер",
        ("ru_eagle_s_court", "ru_oneliner_eagle", "ru_eagle_s_seized", "ru_briefing_oct9"),
        "k4: танкера, танкер in Russian posts",
    ),
    Labelled(
        "независимость",
        ("ru_greenland_election", "ru_png_50", "ru_flnks", "ru_romania_annulled"),
        "k4: независимость, независимости and the derived «независимый кандидат» in Russian posts",
    ),
    Labelled(
        "independence",
        ("en_senegal_bases", "en_greenland_election", "en_png_50", "en_flnks"),
        "k4: English independence",
    ),
    Labelled(
        "присяга",
        ("ru_romania_inauguration", "ru_orsi", "ru_bissau_ntam"),
        "k4: присягу in Russian posts; вступил в должность is another word",
    ),
    Labelled(
        "sworn",
        ("en_orsi_inaugurated", "en_bissau_ntam", "en_dan_caine"),
        "k4: English sworn in, whoever swore",
    ),
    # --------------------------------------- k5 people, declined surnames, transliteration
    Labelled(
        "Ковентри",
        _COVENTRY,
        "k5: a bare Ковентри is Kirsty Coventry here; the city's football club is left unlabelled",
    ),
    Labelled(
        "Kirsty Coventry",
        _COVENTRY,
        "k5: = Кирсти Ковентри, госпожа Ковентри; Coventry City is a club",
        first="en_ioc_coventry",
        absent=_COVENTRY_CITY,
    ),
    Labelled(
        "Никушор Дан",
        _DAN,
        "k5: = Nicusor Dan = Nicușor Dan; «дан» (given) is a participle, Gen. Dan Caine another "
        "man",
        absent=("ru_dan_trap", "en_dan_caine"),
    ),
    Labelled(
        "Симиона",
        _SIMION,
        "k5: genitive of Симион = George Simion = Джордже Симион",
    ),
    Labelled(
        "Бабиша",
        _BABIS,
        "k5: Бабиш = Andrej Babiš = Babis = А.Бабиш in any case form",
    ),
    Labelled(
        "Babiš",
        _BABIS,
        "k5: typed with š; = Babis = Бабиш",
    ),
    Labelled(
        "Babish",
        _BABIS,
        "k5: an English transliteration variant of Babiš",
    ),
    Labelled(
        "Jetten",
        _JETTEN,
        "k5: Rob Jetten = Роб Йеттен",
    ),
    Labelled(
        "Вилдерса",
        _JETTEN,
        "k5: Герт Вилдерс = Geert Wilders; every post on the Dutch vote names him",
    ),
    Labelled(
        "Марк Карни",
        _CARNEY,
        "k5: = Mark Carney; Mark Brown and Mark Rutte share only the first name",
        absent=(*_MARK_BROWN, "en_baltic_sentry"),
    ),
    Labelled(
        "Mark Brown",
        _MARK_BROWN,
        "k5: the Cook Islands premier = Марк Браун; Mark Carney is another Mark",
        absent=_CARNEY,
    ),
    Labelled(
        "Jens-Frederik Nielsen",
        _NIELSEN,
        "k5: = Йенс-Фредерик Нильсен; Nielsen the ratings company is a namesake",
        absent=("en_nielsen_ratings",),
    ),
    Labelled(
        "Вэнс",
        _VANCE,
        "k5: Джей Ди Вэнс = JD Vance; 'observance' merely contains the letters",
        absent=("en_svalbard_mfa",),
    ),
    Labelled(
        "Doumbouya",
        _DOUMBOUYA,
        "k5: Mamadi = Mamady Doumbouya = Мамади Думбуя",
    ),
    Labelled(
        "Эмбало",
        ("en_bissau_coup", "ru_bissau_coup"),
        "k5: Умаро Сиссоку Эмбало = Umaro Sissoco Embalo",
    ),
    Labelled(
        "Horta N'Tam",
        ("en_bissau_ntam", "ru_bissau_ntam"),
        "k5: = Орта Н'Там",
    ),
    Labelled(
        "Чисекеди",
        _TSHISEKEDI,
        "k5: Феликс Чисекеди = Felix Tshisekedi",
    ),
    Labelled(
        "Paul Biya",
        _BIYA,
        "k5: = Поль Бия = Поль Бийя, declined Бию; First Lady Chantal Biya is another bearer",
        absent=("en_chantal_biya",),
    ),
    Labelled(
        "Бийя",
        _BIYA,
        "k5: the Kremlin's spelling of Бия = Biya; a bare surname is the president, and the "
        "first lady's post is left unlabelled",
    ),
    Labelled(
        "Уаттара",
        _OUATTARA,
        "k5: Алассан Уаттара = Alassane Ouattara, declined Уаттаре",
    ),
    Labelled(
        "Samia Suluhu Hassan",
        _SAMIA,
        "k5: = Самия Сулуху Хасан; Tanzania's Hassan in AP's one-liner is she; Somalia's Hassan "
        "Sheikh Mohamud is another man",
        absent=("en_hassan_sheikh",),
    ),
    Labelled(
        "Энтони Албаниз",
        _ALBANESE,
        "k5: = Anthony Albanese = Албанезе; Francesca Albanese (Альбанезе), the UN rapporteur, is "
        "a namesake",
        absent=_F_ALBANESE,
    ),
    Labelled(
        "Francesca Albanese",
        _F_ALBANESE,
        "k5: = Франческа Альбанезе; the Australian prime minister is another Albanese",
        absent=_ALBANESE,
    ),
    Labelled(
        "Лоуренс Вонг",
        _L_WONG,
        "k5: = Lawrence Wong; Australia's Penny Wong (Пенни Вонг) is a namesake",
        absent=_P_WONG,
    ),
    Labelled(
        "Penny Wong",
        _P_WONG,
        "k5: = Пенни Вонг; Singapore's Lawrence Wong is another Wong",
        absent=_L_WONG,
    ),
    Labelled(
        "Shubhanshu Shukla",
        _SHUKLA,
        "k5: = Шубханшу Шукла",
    ),
    Labelled(
        "Мухика",
        _MUJICA,
        "k5: Хосе Мухика = José 'Pepe' Mujica = Х.Мухика, declined Мухики",
    ),
    Labelled(
        "Pepe Mujica",
        _MUJICA,
        "k5: the nickname with the surname = José Mujica, #PepeMujica included",
    ),
    Labelled(
        "Geerlings-Simons",
        _SURINAME,
        "k5: Jennifer Geerlings-Simons = Дженнифер Гирлингс-Саймонс",
    ),
    Labelled(
        "Ринкевичс",
        ("en_rinkevics_returns", "ru_latvia_rinkevics"),
        "k5: Эдгарс Ринкевичс = Edgars Rinkēvičs",
    ),
    Labelled(
        "Дмитрий Песков",
        _PESKOV,
        "k5: the Kremlin spokesman, Песков alone included; the cosmonaut Кирилл Песков is another "
        "man",
        absent=("ru_oneliner_ax4",),
    ),
    Labelled(
        "Кирилл Песков",
        ("ru_oneliner_ax4",),
        "k5: the cosmonaut, not the Kremlin spokesman",
        absent=_PESKOV,
    ),
    Labelled(
        "Захарова",
        _ZAKHAROVA,
        "k5: Мария Захарова = М.В.Захарова = Maria Zakharova, her briefings included",
    ),
    Labelled(
        "Гутерриш",
        ("en_un80_guterres", "ru_un80_guterres"),
        "k5: a spelling a reader types for Гутерреш = Guterres",
    ),
    # ------------------------------------------------------------------- k6 quoted phrases
    Labelled(
        "«государство Новая Каледония»",
        ("ru_bougival",),
        "k6: the phrase inflected (государства Новая Каледония), in Russian",
        first="ru_bougival",
    ),
    Labelled(
        '"State of New Caledonia"',
        ("en_bougival",),
        "k6: the English phrase in order; the FLNKS post has New Caledonia without State of",
        absent=("en_flnks",),
    ),
    Labelled(
        "«климатические визы»",
        ("ru_tuvalu_visa",),
        "k6: the Russian phrase",
    ),
    Labelled(
        '"climate visas"',
        ("en_tuvalu_visa",),
        "k6: the English phrase",
    ),
    Labelled(
        "«без срока давности»",
        ("ru_nuremberg_forum",),
        "k6: the forum's name in order",
    ),
    Labelled(
        '"Ocean of Peace"',
        ("en_pif_communique",),
        "k6: the declaration's English words in order; the Peace Memorial Park has peace "
        "without ocean",
        absent=("en_hiroshima80",),
    ),
    Labelled(
        "«Океан мира»",
        ("ru_pif_communique",),
        "k6: the declaration's Russian words",
    ),
    Labelled(
        '"Gang Suppression Force"',
        ("en_haiti_gsf", "en_haiti_kenya", "en_oneliner_haiti"),
        "k6: the English words in order, in any case; the Russian «Силы по подавлению банд» are "
        "another language",
        first="en_haiti_gsf",
    ),
    Labelled(
        "«Движение 23 марта»",
        ("ru_goma",),
        "k6: the Russian name, declined «Движения 23 марта»",
    ),
    Labelled(
        '"Washington Accords"',
        ("en_tshisekedi_kagame",),
        "k6: the English words together",
    ),
    Labelled(
        "«Вашингтонские соглашения»",
        ("ru_tshisekedi_kagame", "ru_oneliner_drc"),
        "k6: the Russian phrase; «в Вашингтоне соглашения» elsewhere has the words apart",
        absent=("ru_mid_drc", "ru_drc_rwanda_dc", "ru_briefing_jul2"),
    ),
    Labelled(
        '"carbon price"',
        ("en_imo_netzero",),
        "k6: the English phrase",
    ),
    Labelled(
        '"atomic bombing"',
        ("en_hiroshima80", "en_nagasaki80"),
        "k6: the English words together; 'dropped an atomic bomb' is another word",
        absent=("en_mid_hiroshima",),
    ),
    Labelled(
        "«атомной бомбардировки»",
        ("ru_hiroshima80", "ru_nagasaki80", "ru_repost_hiroshima"),
        "k6: inflected (атомной бомбардировке) in Russian; «атомную бомбу» is another word",
        absent=("ru_mid_hiroshima",),
    ),
    Labelled(
        '"nature reserve"',
        ("en_huangyan_reserve",),
        "k6: the English phrase",
    ),
    Labelled(
        '"Istanbul Convention"',
        ("en_latvia_istanbul", "en_rinkevics_returns", "en_briefing_nov27"),
        "k6: the English words in order",
        first="en_latvia_istanbul",
    ),
    Labelled(
        "«Стамбульской конвенции»",
        ("ru_latvia_istanbul", "ru_latvia_rinkevics"),
        "k6: the Russian phrase",
    ),
    Labelled(
        "«Оттавской конвенции»",
        ("ru_ottawa_baltics", "ru_ottawa_mid", "ru_oneliner_ottawa", "ru_briefing_jul2"),
        "k6: the Russian phrase; the Istanbul Convention has another adjective",
        absent=("ru_latvia_istanbul", "ru_latvia_rinkevics"),
    ),
    Labelled(
        '"force majeure"',
        ("en_mozambique_lng",),
        "k6: the English phrase; «форс-мажор» is typed in Russian",
    ),
    Labelled(
        "«мирное соглашение»",
        ("ru_drc_rwanda_dc", "ru_mid_drc", "ru_briefing_jul2"),
        "k6: мирное, мирного, мирном соглашении together; «соглашение о мире» has the words in "
        "another order and form",
        absent=("ru_m23_doha",),
    ),
    Labelled(
        '"peace agreement"',
        ("en_drc_rwanda_dc",),
        "k6: the English words together; 'framework agreement for peace' has them apart",
        absent=("en_m23_doha",),
    ),
    Labelled(
        '"first woman"',
        ("en_ioc_coventry",),
        "k6: the English phrase; 'first female president' is another word",
        absent=("en_suriname",),
    ),
    Labelled(
        "«первая женщина»",
        ("ru_ioc_coventry", "ru_suriname"),
        "k6: inflected: первой женщиной, первую женщину",
    ),
    Labelled(
        "«шведский стол»",
        ("ru_shved_stol",),
        "k6: the buffet, inflected (шведского стола)",
    ),
    Labelled(
        '"mutual defence treaty"',
        ("en_pukpuk",),
        "k6: the English words in order",
    ),
    # -------------------------------------------------------- k7 a word excluded with a minus
    Labelled(
        "выборы -Румыния",
        tuple(k for k in _VYBORY if k not in _ROMANIA),
        "k7: Russian выборы without the posts naming Romania",
        absent=("ru_romania_dan", "ru_romania_first_round", "ru_romania_annulled"),
    ),
    Labelled(
        "election -Canada",
        tuple(k for k in _ELECTION if k not in _CANADA),
        "k7: English election without the posts naming Canada (Canadian)",
        absent=("en_canada_carney", "en_oneliner_carney"),
    ),
    Labelled(
        "землетрясение -цунами",
        ("ru_oneliner_kamchatka",),
        "k7: Russian землетрясение without цунами",
        absent=("ru_kamchatka_quake", "ru_tsunami_japan", "ru_kamchatka_kremlin"),
    ),
    Labelled(
        "Kamchatka -tsunami",
        tuple(k for k in _KAMCHATKA if k not in _TSUNAMI_EN),
        "k7: the English word removes only English posts; the Russian цунами posts stay",
        absent=("en_kamchatka_quake", "en_kamchatka_hashtag"),
    ),
    Labelled(
        "Хиросима -Нагасаки",
        tuple(k for k in _HIROSHIMA if k not in _NAGASAKI),
        "k7: a place removes the posts naming it in either language",
        absent=("ru_mid_hiroshima", "en_sanfrecce"),
    ),
    Labelled(
        "Конго -Руанда",
        tuple(k for k in _DRC if k not in _RWANDA),
        "k7: the DRC without the posts naming Rwanda (Rwandan); Kagame alone does not name it",
        absent=(*_RWANDA, *_BRAZZAVILLE),
    ),
    Labelled(
        "ДРК -M23",
        tuple(k for k in _DRC if k not in _M23),
        "k7: the DRC without the M23 posts",
        absent=(*_M23, *_BRAZZAVILLE),
    ),
    Labelled(
        "Оттава -Канада",
        _OTTAWA_CONVENTION,
        "k7: Ottawa without Canada leaves the Ottawa Convention's posts",
        absent=("en_canada_carney", "ru_canada_carney", "en_hmcs_ottawa"),
    ),
    Labelled(
        "Greenland -Trump",
        tuple(k for k in _GREENLAND if k != "en_greenland_election"),
        "k7: Greenland without Trump (Трамп)",
        absent=("en_greenland_election", "en_greenland_shark"),
    ),
    Labelled(
        "Гвинея -референдум",
        ("en_guinea_referendum", "en_guinea_election", "ru_guinea_election"),
        "k7: a Russian common word removes only Russian posts; the English referendum post stays",
        absent=("ru_guinea_referendum", *_NOT_GUINEA),
    ),
    Labelled(
        "Svalbard -Norway",
        ("en_greenland_shark", "ru_barentsburg", "en_svalbard_mfa", "en_imo_opinion"),
        "k7: Svalbard without the posts naming Norway (Норвегия); Oslo alone is a city",
        absent=("ru_svalbard_mid", "en_svalbard_centenary"),
    ),
    Labelled(
        "Australia -Albanese",
        tuple(k for k in _AUSTRALIA if k not in _ALBANESE),
        "k7: Australia without Anthony Albanese",
        absent=_ALBANESE,
    ),
    Labelled(
        "Albanese -sanctions",
        _ALBANESE,
        "k7: a bare Albanese is the prime minister; the English sanctions remove the rapporteur's "
        "English post, and her Russian one is left unlabelled",
        absent=("en_francesca_albanese",),
    ),
    Labelled(
        "Гаити -Небензя",
        tuple(k for k in _HAITI if k not in _HAITI_NEBENZIA),
        "k7: Haiti without Nebenzia's explanations of vote",
        absent=(*_HAITI_NEBENZIA, "ru_tahiti"),
    ),
    Labelled(
        "cable -Eagle",
        ("en_baltic_sentry", "en_baltic_sentry_mfa"),
        "k7: English cable without the tanker Eagle S",
        absent=("en_eagle_s_seized", "en_eagle_s_court"),
    ),
    Labelled(
        "Nuremberg -trials",
        (
            "ru_nuremberg80_mid",
            "ru_nuremberg_forum",
            "ru_nuremberg_repost",
            "ru_briefing_nov27",
            "en_briefing_nov27",
            *_NUREMBERG_MARKET,
        ),
        "k7: the English word trials removes only English posts holding it; «процесс» is Russian "
        "and another word",
        absent=("en_nuremberg80", "en_nuremberg_kremlin", "en_nuremberg_mfa"),
    ),
    Labelled(
        "Бабиш -Песков",
        tuple(k for k in _BABIS if k != "en_czech_peskov"),
        "k7: Babiš without Dmitry Peskov's comment",
        absent=("en_czech_peskov",),
    ),
    Labelled(
        "МКС -Axiom",
        ("en_ax4_modi",),
        "k7: the space station without Axiom-4 (Ax-4); Modi's call names only the station",
        absent=_AXIOM,
    ),
    # ------------------------------------ k8 dates in words and figures, with and without a year
    Labelled(
        "6 августа 1945",
        ("ru_hiroshima80", "ru_mid_hiroshima", "en_mid_hiroshima", "ru_repost_hiroshima"),
        "k8: the bombing's day and year, 06.08.1945 included; Kyodo's Aug. 6 is the 2025 ceremony",
        absent=("en_hiroshima80", "en_nagasaki80", "ru_nagasaki80"),
    ),
    Labelled(
        "6 августа",
        _HIROSHIMA,
        "k8: without a year every 6 August counts, Aug. 6 and 06.08 included; 9 August is another "
        "day",
        absent=("en_nagasaki80", "ru_nagasaki80"),
    ),
    Labelled(
        "9 августа 1945",
        _NAGASAKI,
        "k8: Nagasaki's day, Aug. 9, 1945 included",
        absent=("en_hiroshima80", "en_mid_hiroshima"),
    ),
    Labelled(
        "August 6, 2025",
        ("en_hiroshima80", "ru_hiroshima80", "ru_repost_hiroshima"),
        "k8: the ceremony's day in datelines (Aug. 6, «6 августа») and 06.08.2025; the posts "
        "stating only 1945 are another year",
        absent=("ru_mid_hiroshima", "en_mid_hiroshima"),
    ),
    Labelled(
        "20 ноября 1945",
        ("ru_nuremberg80_mid", "en_nuremberg80", "ru_nuremberg_repost"),
        "k8: the trials' first day, «двадцатого ноября 1945 года» and November 20, 1945 included; "
        "the forum opened on 21 November",
        absent=("ru_nuremberg_forum",),
    ),
    Labelled(
        "17 января 2026",
        ("en_high_seas", "ru_high_seas"),
        "k8: the High Seas Treaty's entry into force; the Dakar Rally ended on 17 January 2025",
        absent=("en_dakar_rally",),
    ),
    Labelled(
        "17 января",
        ("en_dakar_rally", "en_high_seas", "ru_high_seas"),
        "k8: without a year both 17 Januaries; 17 July is another day",
        absent=("en_senegal_bases", "ru_senegal_bases"),
    ),
    Labelled(
        "July 17",
        ("en_senegal_bases", "ru_senegal_bases"),
        "k8: «17 июля» in the datelines; 17 January and 17 October are other days",
        absent=(
            "en_dakar_rally",
            "en_high_seas",
            "ru_high_seas",
            "en_imo_netzero",
            "ru_imo_netzero",
        ),
    ),
    Labelled(
        "26 июня 1945",
        ("en_un80_charter", "ru_un80_charter"),
        "k8: the UN Charter's signing; Ax-4 docked on 26 June 2025",
        absent=("en_ax4_launch", "en_ax4_dock"),
    ),
    Labelled(
        "June 26",
        ("en_un80_charter", "ru_un80_charter", "en_ax4_launch", "en_ax4_dock"),
        "k8: without a year both years count",
    ),
    Labelled(
        "30 июля",
        ("ru_kamchatka_quake", "en_kamchatka_quake", "en_tsunami_japan", "ru_kamchatka_mchs"),
        "k8: datelines and 30.07.2025 included; the Latvian vote of Oct. 30 is another day",
        absent=("en_latvia_istanbul",),
    ),
    Labelled(
        "30.07",
        ("ru_kamchatka_quake", "en_kamchatka_quake", "en_tsunami_japan", "ru_kamchatka_mchs"),
        "k8: the day typed in figures finds it in words too",
    ),
    Labelled(
        "3 мая",
        ("ru_singapore_ge", "ru_australia_albanese"),
        "k8: both elections of 3 May; 4, 13 and 14 May are other days",
        absent=("ru_romania_first_round", "en_romania_first_round", "ru_mujica_death"),
    ),
    Labelled(
        "May 4",
        (
            "en_romania_first_round",
            "ru_romania_first_round",
            "en_singapore_ge",
            "ru_singapore_ge",
            "ru_australia_albanese",
        ),
        "k8: the Romanian first round and the 4 May datelines; 14 May is another day",
        absent=("ru_mujica_death",),
    ),
    Labelled(
        "29 октября",
        ("ru_dutch_election", "en_tanzania_election", "ru_tanzania_election"),
        "k8: the Dutch and Tanzanian votes; Reuters dates the Dutch result Oct 30",
        absent=("en_dutch_election", "en_latvia_istanbul"),
    ),
    Labelled(
        "3 октября",
        ("en_czech_babis", "ru_czech_babis", "en_eagle_s_court", "ru_eagle_s_court"),
        "k8: the range «3–4 октября» (Oct. 3-4) holds the day; Oct 30 is another day",
        absent=("en_dutch_election", "en_latvia_istanbul"),
    ),
    Labelled(
        "4 октября 2025",
        ("en_czech_babis", "ru_czech_babis"),
        "k8: the Czech vote's second day; Sputnik 1 flew on 4 October 1957",
        absent=("en_sputnik1957", "ru_sputnik1957"),
    ),
    Labelled(
        "October 4, 1957",
        ("en_sputnik1957", "ru_sputnik1957"),
        "k8: the satellite's day and year",
        absent=("en_czech_babis", "ru_czech_babis"),
    ),
    Labelled(
        "27 июня",
        (
            "en_drc_rwanda_dc",
            "ru_drc_rwanda_dc",
            "ru_mid_drc",
            "en_yekaterinburg",
            "ru_yekaterinburg",
            "ru_briefing_jul2",
        ),
        "k8: the Washington signing and the Yekaterinburg raids; 27 January is another day",
        absent=("ru_goma", "en_goma"),
    ),
    Labelled(
        "27 января",
        ("en_goma", "ru_goma"),
        "k8: Jan. 27 and the dateline «27 янв»",
        absent=("en_drc_rwanda_dc", "ru_drc_rwanda_dc", "ru_mid_drc"),
    ),
    Labelled(
        "23 марта",
        ("en_canada_carney",),
        "k8: Carney called the vote on March 23; «Движение 23 марта» is a name, not a day",
        absent=("ru_goma",),
    ),
    Labelled(
        "12 октября",
        ("en_cameroon_biya", "ru_cameroon_biya"),
        "k8: Cameroon's vote; the Bougival accord was signed on 12 July",
        absent=("en_bougival", "ru_bougival"),
    ),
    Labelled(
        "25 декабря 2024",
        ("en_eagle_s_seized", "en_eagle_s_court", "ru_eagle_s_court", "ru_eagle_s_seized"),
        "k8: the cable damage; the seizure posts state the day and their story is of 2024",
    ),
    Labelled(
        "14 августа 1925",
        ("ru_svalbard_mid", "en_svalbard_centenary", "en_svalbard_mfa"),
        "k8: the Svalbard Treaty's entry into force, August 14, 1925 included",
        absent=("ru_barentsburg",),
    ),
    Labelled(
        "16.09.1975",
        ("en_png_50",),
        "k8: PNG's independence day typed in figures; the Kremlin's greeting states no day",
    ),
    Labelled(
        "4 декабря",
        ("en_tshisekedi_kagame", "ru_tshisekedi_kagame"),
        "k8: the Washington Accords; 4 September is another month",
        absent=("en_ebola_kasai", "ru_lobito"),
    ),
    Labelled(
        "15 ноября",
        ("en_m23_doha", "ru_m23_doha"),
        "k8: the Doha framework, «15 ноя» included; 15 July is another month",
        absent=("ru_ax4_return", "en_ax4_return"),
    ),
    Labelled(
        "двадцать шестого ноября",
        ("en_bissau_coup", "ru_bissau_coup", "ru_bissau_mid", "ru_consular_bissau"),
        "k8: the day in words finds Nov 26, «26 ноября» and 26.11.2025; 23 November is another",
    ),
    Labelled(
        "20 апреля 1955",
        ("en_bandung70", "ru_bandung70"),
        "k8: the range of 18–24 April 1955 holds the day",
    ),
    Labelled(
        "24 октября",
        ("en_mozambique_lng", "ru_mozambique_lng", "ru_un80_day"),
        "k8: stated days only; UN Day (День ООН) named without a date is not labelled",
        absent=("en_ivory_coast", "ru_ivory_coast"),
    ),
    # ------------------------------------------------------ k9 hashtags and lower-case typing
    Labelled(
        "#Камчатка",
        _KAMCHATKA,
        "k9: a hashtag means its word: every post naming Kamchatka",
    ),
    Labelled(
        "#Kamchatka",
        _KAMCHATKA,
        "k9: the Latin hashtag means Kamchatka in either language",
    ),
    Labelled(
        "#Шпицберген",
        _SVALBARD,
        "k9: Шпицберген = Svalbard, #Svalbard and #Spitsbergen included",
    ),
    Labelled(
        "#Гренландия",
        _GREENLAND,
        "k9: the island; the Greenland shark is not it",
        absent=("en_greenland_shark",),
    ),
    Labelled(
        "#Нюрнберг",
        _NUREMBERG,
        "k9: Nuremberg the city, #Нюрнберг80 and its Christmas market included",
    ),
    Labelled(
        "#ГвинеяБисау",
        _BISSAU,
        "k9: the hashtag's words are one place, Guinea-Bissau",
        absent=_GUINEA,
    ),
    Labelled(
        "#ДРК",
        _DRC,
        "k9: the DRC in either language",
        absent=_BRAZZAVILLE,
    ),
    Labelled(
        "#Гаити",
        _HAITI,
        "k9: Haiti, not Tahiti",
        absent=("ru_tahiti",),
    ),
    Labelled(
        "#Хиросима",
        _HIROSHIMA,
        "k9: the city; the football club is not it",
        absent=("en_sanfrecce",),
    ),
    Labelled(
        "#CookIslands",
        _COOK,
        "k9: the hashtag's words are the Cook Islands",
        absent=_COOK_TRAPS,
    ),
    Labelled(
        "#МЧС",
        ("ru_kamchatka_mchs",),
        "k9: МЧС России",
    ),
    Labelled(
        "гренландия",
        _GREENLAND,
        "k9: lower case",
        absent=("en_greenland_shark",),
    ),
    Labelled(
        "kirsty coventry",
        _COVENTRY,
        "k9: lower case; Coventry City is a club",
        absent=_COVENTRY_CITY,
    ),
    Labelled(
        "d66",
        _D66,
        "k9: lower case",
    ),
    Labelled(
        "png",
        _PNG,
        "k9: lower-case PNG = Papua New Guinea; a PNG image file is not it",
        absent=("en_png_image",),
    ),
    Labelled(
        "sputnik azerbaijan",
        _SPUTNIK_AZ,
        "k9: lower case; the satellites are not the agency",
        absent=_SPUTNIK_TRAPS,
    ),
    Labelled(
        "нато",
        _NATO,
        "k9: lower case",
    ),
    Labelled(
        "m23",
        _M23,
        "k9: lower case; the motorway is not it",
        absent=("en_m23_motorway",),
    ),
    Labelled(
        "мухика",
        _MUJICA,
        "k9: lower case",
    ),
    Labelled(
        "eagle s",
        _EAGLE_S,
        "k9: the tanker's name in lower case",
    ),
    Labelled(
        "nuuk",
        ("en_greenland_election", "ru_greenland_election", "en_vance_pituffik"),
        "k9: lower case; Nuuk = Нуук",
    ),
    # ----------------------------------------------------- k10 typos of one or two letters
    Labelled(
        "Ковентрии",
        _COVENTRY,
        "k10: one letter doubled",
    ),
    Labelled(
        "Гренладния",
        _GREENLAND,
        "k10: two letters swapped",
        absent=("en_greenland_shark",),
    ),
    Labelled(
        "Камчатака",
        _KAMCHATKA,
        "k10: one letter added",
    ),
    Labelled(
        "Tshisekedy",
        _TSHISEKEDI,
        "k10: one letter wrong",
    ),
    Labelled(
        "Nicusr Dan",
        _DAN,
        "k10: one letter missing in the given name",
        absent=("ru_dan_trap", "en_dan_caine"),
    ),
    Labelled(
        "Albanesse",
        _ALBANESE,
        "k10: one letter doubled; a bare Albanese is the prime minister (the rapporteur's posts "
        "are left unlabelled)",
    ),
    Labelled(
        "Ouatara",
        _OUATTARA,
        "k10: one letter missing",
    ),
    Labelled(
        "Scarborugh Shoal",
        _SCARBOROUGH,
        "k10: one letter missing; the Yorkshire town is not the shoal",
        absent=("en_scarborough_uk",),
    ),
    Labelled(
        "Svalbrad",
        _SVALBARD,
        "k10: two letters swapped",
    ),
    Labelled(
        "Нюренберг",
        _NUREMBERG,
        "k10: a common misspelling of Нюрнберг",
    ),
    Labelled(
        "Думбуйя",
        _DOUMBOUYA,
        "k10: one letter added",
    ),
    Labelled(
        "Bougivall",
        _BOUGIVAL,
        "k10: one letter doubled; Бужевальское included",
    ),
    Labelled(
        "Tuvalo",
        _TUVALU,
        "k10: one letter wrong",
    ),
    Labelled(
        "Гвинея-Бисуа",
        _BISSAU,
        "k10: two letters swapped",
        absent=_GUINEA,
    ),
    Labelled(
        "Honiarra",
        _HONIARA,
        "k10: one letter doubled",
    ),
    Labelled(
        "Mozambiqe",
        _MOZAMBIQUE,
        "k10: one letter missing",
    ),
    Labelled(
        "Тяньвень-2",
        ("en_tianwen2", "ru_tianwen2"),
        "k10: е for э in «Тяньвэнь-2» = Tianwen-2",
    ),
    Labelled(
        "Крашениников",
        ("en_krasheninnikov", "ru_krasheninnikov"),
        "k10: one н missing in Крашенинников = Krasheninnikov",
    ),
    Labelled(
        "Kagme",
        _TSHISEKEDI,
        "k10: one letter missing in Kagame",
    ),
    Labelled(
        "Geerlings-Simmons",
        _SURINAME,
        "k10: one letter doubled",
    ),
    # ----------------------------- k11 е typed for ё (and ё for е) and mixed-script queries
    Labelled(
        "Петр Павел",
        _PAVEL,
        "k11: е for ё in «Пётр Павел» = Petr Pavel; «Петра Фиалы» is another Petr",
        absent=("ru_czech_babis",),
    ),
    Labelled(
        "Пётр Фиала",
        ("ru_czech_babis",),
        "k11: ё typed where the post writes «Петра Фиалы»",
        absent=_PAVEL,
    ),
    Labelled(
        "Большая семерка",
        _G7,
        "k11: е for ё in «Большая семёрка» = G7, an organisation's name found in both languages",
    ),
    Labelled(
        "четвертый срок",
        ("ru_ivory_coast",),
        "k11: е for ё in «четвёртый срок», Russian words",
    ),
    Labelled(
        "трехдневный траур",
        ("ru_mujica_death",),
        "k11: е for ё in «трёхдневный»",
    ),
    Labelled(
        "поселок Баренцбург",
        ("ru_barentsburg",),
        "k11: е for ё in «посёлок», a Russian word, with the place",
    ),
    Labelled(
        "отстранен",
        ("ru_ioc_okr",),
        "k11: е for ё in «отстранён»",
    ),
    Labelled(
        "принес присягу",
        ("ru_romania_inauguration", "ru_orsi", "ru_bissau_ntam"),
        "k11: е for ё in «принёс присягу»",
    ),
    Labelled(
        "развёртывание",
        ("ru_haiti_gsf",),
        "k11: ё typed where TASS writes «развертывании»",
    ),
    Labelled(
        "остаётся",
        ("ru_oneliner_albanese", "ru_briefing_oct9"),
        "k11: ё typed; «остается» without ё in the briefing counts too",
    ),
    Labelled(
        "М23",
        _M23,
        "k11: M23 typed with a Cyrillic М finds the Latin M23; the motorway is not it",
        absent=("en_m23_motorway",),
    ),
    Labelled(
        "Sputnik Азербайджан",
        _SPUTNIK_AZ,
        "k11: mixed scripts, as RIA writes the agency's name",
        absent=_SPUTNIK_TRAPS,
    ),
    Labelled(
        "Eagle S танкер",
        ("ru_eagle_s_court", "ru_oneliner_eagle", "ru_eagle_s_seized", "ru_briefing_oct9"),
        "k11: the Latin name with the Russian word танкер: Russian posts only",
    ),
    Labelled(
        "Axiom-4 МКС",
        _AXIOM,
        "k11: the mission with МКС = ISS; Modi's call does not name Axiom-4",
        absent=("en_ax4_modi",),
    ),
    Labelled(
        "ANO Бабиш",
        _ANO,
        "k11: the movement's Latin name with the Cyrillic surname",
        absent=("ru_ano_trap",),
    ),
    Labelled(
        "D66 Йеттен",
        _D66,
        "k11: mixed scripts",
    ),
    Labelled(
        "BBNJ соглашение",
        ("ru_high_seas",),
        "k11: the Latin abbreviation with the Russian word соглашение: Russian posts only",
    ),
    Labelled(
        "PNG Марапе",
        _MARAPE,
        "k11: PNG = Папуа — Новая Гвинея with the Cyrillic surname",
    ),
    Labelled(
        "Kamchatka цунами",
        _TSUNAMI_RU,
        "k11: the Latin place with the Russian word цунами: Russian posts only",
    ),
    Labelled(
        "TotalEnergies Мозамбик",
        _MOZAMBIQUE,
        "k11: the company in Latin with the Cyrillic country, Mozambique LNG included",
    ),
    Labelled(
        "Crew Dragon МКС",
        ("en_ax4_launch", "ru_ax4_launch", "ru_ax4_return", "en_ax4_dock"),
        "k11: the spacecraft's Latin name with МКС = ISS",
    ),
    # ------------------------------------------------------------- k12 questions typed naturally
    Labelled(
        "кто стал президентом МОК",
        ("ru_ioc_coventry", "ru_ioc_okr", "ru_ioc_peskov"),
        "k12: terms президент (Russian) + МОК; the one-liner says «возглавила»",
        first="ru_ioc_coventry",
    ),
    Labelled(
        "who won the Czech election",
        ("en_czech_babis",),
        "k12: Czech + election (English)",
        first="en_czech_babis",
    ),
    Labelled(
        "где произошло землетрясение",
        _QUAKE_RU,
        "k12: the term землетрясение (Russian)",
        first="ru_kamchatka_quake",
    ),
    Labelled(
        "why did France leave Senegal",
        _SENEGAL,
        "k12: France (французские) + Senegal",
        first="en_senegal_bases",
    ),
    Labelled(
        "когда вступит в силу соглашение BBNJ",
        ("ru_high_seas",),
        "k12: соглашение (Russian) + BBNJ; «вступит в силу» is the question's verb",
        first="ru_high_seas",
    ),
    Labelled(
        "what is the Pukpuk treaty",
        ("en_pukpuk", "en_briefing_oct9"),
        "k12: Pukpuk + treaty (English)",
        first="en_pukpuk",
    ),
    Labelled(
        "сколько жителей Тувалу подали на климатические визы",
        ("ru_tuvalu_visa",),
        "k12: жители + Тувалу + климатические + визы, Russian words",
        first="ru_tuvalu_visa",
    ),
    Labelled(
        "who is Jens-Frederik Nielsen",
        _NIELSEN,
        "k12: the person; the ratings company is not he",
        first="en_greenland_election",
        absent=("en_nielsen_ratings",),
    ),
    Labelled(
        "кто победил на выборах в Нидерландах",
        ("ru_dutch_election", "ru_oneliner_dutch", "ru_briefing_nov27"),
        "k12: выборы (Russian) + Нидерланды = Голландия",
        first="ru_dutch_election",
        absent=_HOLLAND_TRAPS,
    ),
    Labelled(
        "what happened at Scarborough Shoal",
        _SCARBOROUGH,
        "k12: the shoal = Huangyan Dao = отмель Скарборо; the Yorkshire town is not it",
        absent=("en_scarborough_uk",),
    ),
    Labelled(
        "почему Латвия выходит из Стамбульской конвенции",
        ("ru_latvia_istanbul", "ru_latvia_rinkevics"),
        "k12: Латвия + Istanbul (Стамбульская) + конвенция (Russian); выходит is the verb",
        first="ru_latvia_istanbul",
    ),
    Labelled(
        "why were Sputnik Azerbaijan journalists detained",
        ("en_sputnik_zakharova",),
        "k12: the agency + journalists (English); Reuters says employees",
        first="en_sputnik_zakharova",
        absent=_SPUTNIK_TRAPS,
    ),
    Labelled(
        "кто такая Кирсти Ковентри",
        _COVENTRY,
        "k12: the person; the club «Ковентри Сити» is not she",
        first="ru_ioc_coventry",
        absent=_COVENTRY_CITY,
    ),
    Labelled(
        "when was the UN Charter signed",
        ("en_un80_charter", "en_un80_russia", "en_briefing_jul2"),
        "k12: UN + Charter (English); «Устав ООН» is Russian",
        first="en_un80_charter",
    ),
    Labelled(
        "когда подписали Устав ООН",
        ("ru_un80_charter", "ru_un80_day"),
        "k12: устав (Russian) + ООН",
        first="ru_un80_charter",
    ),
    Labelled(
        "who won Romania's presidential runoff",
        ("en_romania_first_round", "en_romania_dan", "en_romania_annulled"),
        "k12: Romania + presidential + runoff (English); the annulled 2024 first round had a "
        "runoff too",
        first="en_romania_dan",
    ),
    Labelled(
        "what did Putin say about Greenland",
        ("ru_greenland_putin", "en_greenland_kremlin"),
        "k12: Putin + Greenland",
    ),
    Labelled(
        "кто стал переходным президентом Гвинеи-Бисау",
        ("ru_bissau_ntam",),
        "k12: переходный + президент (Russian) + Guinea-Bissau",
        first="ru_bissau_ntam",
        absent=_GUINEA,
    ),
    Labelled(
        "why did Finland leave the Ottawa Convention",
        ("en_finland_ottawa",),
        "k12: Finland + Ottawa + convention (English)",
        first="en_finland_ottawa",
    ),
    Labelled(
        "what magnitude was the Kamchatka earthquake",
        ("en_kamchatka_quake",),
        "k12: magnitude + Kamchatka + earthquake (English)",
        first="en_kamchatka_quake",
    ),
    Labelled(
        "почему Россия воздержалась по Гаити",
        ("en_haiti_gsf", "ru_haiti_gsf", "ru_briefing_oct9", "en_briefing_oct9"),
        "k12: Russia (Russian Federation, МИД России) + Haiti; воздержалась is the verb",
        first="ru_haiti_gsf",
        absent=("ru_tahiti",),
    ),
    Labelled(
        "who signed the Washington Accords",
        ("en_tshisekedi_kagame",),
        "k12: Washington + accords (English)",
        first="en_tshisekedi_kagame",
    ),
    Labelled(
        "что такое Балтийский часовой",
        _BALTIC_SENTRY,
        "k12: the operation's proper name in either language",
        first="ru_baltic_sentry_mid",
    ),
    Labelled(
        "when did Mujica die",
        _MUJICA,
        "k12: the person; die is the question's verb",
        first="en_mujica_death",
    ),
    Labelled(
        "где прошел форум тихоокеанских островов",
        _PIF,
        "k12: the forum = ФТО = Pacific Islands Forum; прошел is the verb",
    ),
    Labelled(
        "who won the election in Cameroon",
        ("en_cameroon_biya", "en_cameroon_kremlin", "en_briefing_nov27"),
        "k12: election, re-election (English) + Cameroon",
        first="en_cameroon_biya",
    ),
    Labelled(
        "how many Tuvaluans applied for climate visas",
        ("en_tuvalu_visa",),
        "k12: Tuvaluans (Tuvalu) + climate + visas (English)",
        first="en_tuvalu_visa",
    ),
    Labelled(
        "кто такой Никушор Дан",
        _DAN,
        "k12: the person; «дан» (given) is a participle",
        first="ru_romania_dan",
        absent=("ru_dan_trap",),
    ),
]

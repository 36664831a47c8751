"""Twenty-seventh labelled search set: Taipei to Belém, an analyst's everyday searches.

The archive holds 250 posts, 125 in Russian and 125 in English, from official channels (mid,
mfa_russia, kremlin, kremlin_en, government, duma, russiaun, rusmission_rome, mid_consular,
embassies in Hanoi, Tripoli, Cairo, Addis Ababa, New Delhi and Washington, roscosmos,
patriarchia, un_news, who, fao, iaea) and agencies and media (tass, tass_en, ria, interfax,
kommersant, rbc, rt, belta, xinhua, cgtn, kyodo, yonhap, vna, pti, antara, reuters, ap, afp,
bloomberg, dw, anadolu, aljazeera, irna, spa, wam, ahram, err, yle, lrt, naharnet,
high_north_news, agencia_brasil, prensa_latina and others): Kremlin, government and MID
readouts, briefing excerpts with several topics, TASS, RIA and Interfax leads with datelines
(«ПЕКИН, 2 апреля. /ТАСС/.», «ЛИМА, 10 окт — РИА Новости.», «Москва. 12 декабря. INTERFAX.RU
-»), Reuters, AP and AFP stories ("BELEM, Brazil, Nov 22 (Reuters) -"), one-liners, reposts
("Forwarded from", «Репост из»), consular notices, posts with hashtags, links and emoji. Most
of its 46 stories are told twice or more, in Russian and English posts worded independently:
China's Strait Thunder-2025A drills around Taiwan and Lai Ching-te; the Tai Po fire in Hong
Kong and its Legislative Council vote; Mishustin and Li Qiang in Hangzhou, Xi Jinping in
Beijing; the Beijing parade of 3 September; Wang Yi in New Delhi; APEC in Gyeongju and Xi and
Trump in Busan; Lee Jae-myung's election and Yoon Suk Yeol's martial law of 2024; Expo 2025 in
Osaka; Jaishankar in Moscow, the US tariffs on India and India's BRICS chairship of 2026;
Prabowo at SPIEF and the Jakarta protests; the Hanoi Convention against cybercrime; Vietnam's
80th National Day; Typhoons Kalmaegi and Fung-wong; Japan's salmon quota; Australia's social
media ban; the Gaza ceasefire, the Sharm el-Sheikh summit and resolution 2803; Israel's strike
on Doha; the June war on Iran, the IAEA and snapback; the Russian and US delegations in Riyadh;
Mohamed bin Zayed in the Kremlin; the Hajj; the GERD and Egypt; the Tripoli clashes; the G20 in
Johannesburg and Ramaphosa in the Oval Office; Trump's threats to Nigeria and the Kebbi
kidnapping; El Fasher and the Human Rights Council; COP30 in Belém; Bolsonaro's sentence;
Petro's visa and sanctions; Peru's Boluarte and Jerí; the US carrier in the Caribbean; the 19th
package, Euroclear and the reparations loan; Merz's election; Lecornu's two governments; the
Gdańsk and Irkutsk consulates and Nawrocki; the Baltic grid leaving BRELL; Finland's property
ban; the Arctic Council and Norway's election; the pandemic agreement and the US exit from WHO;
FAO at 80; Hungary, the US and the ICC; Soyuz MS-28, Baikonur's pad and Bion-M No. 2; Estonia's
church law and Patriarch Kirill; Gergiev in Caserta; the e-visa; and Lithuania's border with
Belarus. Query kinds: k1 organisations and abbreviations in both languages and scripts; k2
events with places; k3 places in Russian case forms and in English; k4 topics and common words;
k5 people, declined surnames, transliteration variants; k6 quoted phrases; k7 a word excluded
with a minus; k8 dates in words and figures, with and without a year; k9 hashtags and
lower-case typing; k10 typos of one or two letters; k11 е typed for ё and mixed-script queries;
k12 questions typed naturally.

Labelling rules, those of the twenty-sixth set: expected holds every post a reader typing the
query wants. A person, organisation, place, abbreviation, event or date matches in either
language or script, in any case form, spelling, transliteration or abbreviation (a person named
with a given name, initials or a title is that person: С.Джайшанкар, S Jaishankar and
Субраманьям Джайшанкар; М.В.Захарова; Си for Си Цзиньпин; патриарх Кирилл = Patriarch Kirill;
place adjectives such as тайваньский, эфиопский, ливийский, японский or прибалтийский and
nationality adjectives such as Chinese, Colombian, Qatari, Israeli or Peruvian name the place,
inside a name too: Тайваньский пролив, Japanese fishing, the Russian Direct Investment Fund; a
day counts in words in either language or in figures, «13 окт», Oct. 13, 19/11/2024, 7th
August, 12.12 and «двадцать второго ноября» included, and a range such as «22–23 ноября» or
«6–7 ноября» holds each of its days; dates are read from a post's text, never from the day it
was posted; a typed year excludes posts of another year, a post's year being the one its text
states for what it reports or else its story's: 2025 except Yoon's martial law, the G20 summit
in Rio, COP29 in Baku, the WHO's missed deadline and the ICC award to OMV (2024), FAO's
founding (16 October 1945), Sikorsky's birth (1889) and India's BRICS chairship (1 January
2026)). Common words and topics (выборы, election, санкции, sanctions, протесты, protests)
match only posts in the language typed, in any inflected or derived form of the same stem
(выборах; elected, electoral; протестов, protesters; генконсульство, консульский; соцсетей;
e-visa), never a synonym (бои are not столкновения, горит is not пожар, митинг is not протест,
an attack is not a strike, a meeting is not talks, exercises are not drills), and a named thing
made of common words (the Hanoi Convention, Конвенция ООН против киберпреступности, Board of
Peace, «Совет мира», World Food Day, Всемирный день продовольствия) counts as words in the
language typed, unless it is an organisation or an event's proper name. A query of several
words wants posts holding all of them, each by these rules; prepositions, particles, question
words and verbs such as сказал, said, held, agreed are not terms, nor is the verb of a typed
question (кто стал, когда открыли, почему закрыла, who replaced, why did ... leave, how many
visited, what happened to). A place's name of several words (Шарм-эш-Шейх, Sharm el-Sheikh, Red
Sea, Южная Корея, Саудовская Аравия, Эль-Фашер) is one name, not its words. A quoted phrase
wants its words together and in order, inflected; a hashtag means its word or words
(#WorldFoodDay is World Food Day); -word removes the posts that word matches (a common word
typed in Russian removes only Russian posts, one typed in English only English posts; a place,
organisation or person removes the posts naming it in either language, a bare surname its
best-known bearer only).

As applied here: АТЭС = APEC = Asia-Pacific Economic Cooperation = «Азиатско-тихоокеанское
экономическое сотрудничество»; G20 = «Группа двадцати»; БРИКС = BRICS; ООН = UN = United
Nations; Совбез ООН = СБ ООН = Совет Безопасности ООН = UN Security Council; СПЧ ООН = Совет
ООН по правам человека = Human Rights Council; МАГАТЭ = IAEA = International Atomic Energy
Agency = Международное агентство по атомной энергии; ВОЗ = WHO = World Health Organization =
Всемирная организация здравоохранения; ФАО = FAO = Food and Agriculture Organization =
Продовольственная и сельскохозяйственная организация ООН; МУС = ICC = International Criminal
Court = Международный уголовный суд; МКС = ISS = International Space Station = Международная
космическая станция; Роскосмос = Roscosmos; NASA; НОАК = PLA = People's Liberation Army =
Народно-освободительная армия Китая; ПМЭФ = SPIEF = Петербургский международный экономический
форум; РФПИ = RDIF = Российский фонд прямых инвестиций = Russian Direct Investment Fund; Банк
России = ЦБ = Russia's central bank; ХАМАС = Hamas; RSF = Rapid Support Forces = Силы быстрого
реагирования; ОАЭ = UAE = United Arab Emirates = Объединённые Арабские Эмираты; ЮАР = South
Africa; COP30 = 30-я конференция сторон Рамочной конвенции ООН об изменении климата; GERD =
Grand Ethiopian Renaissance Dam = Великая эфиопская плотина Возрождения = плотина Возрождения;
ЭКСПО-2025 = Expo; «Союз» = Soyuz, «Союз МС-28» = Soyuz MS-28; «Гром в проливе — 2025A» =
Strait Thunder-2025A; бундестаг = Bundestag; Рийгикогу = Riigikogu. Places: Тайвань = Taiwan;
Гонконг = Hong Kong; Тайпо = Tai Po; Ханчжоу = Hangzhou; Кёнджу = Gyeongju; Пусан = Busan;
Республика Корея = Южная Корея = South Korea (КНДР is North Korea); Ханой = Hanoi; Эр-Рияд =
Riyadh; Доха = Doha; Триполи = Tripoli; Йоханнесбург = Johannesburg; Белен = Belém = Belem;
Гданьск = Gdańsk = Gdansk; Эль-Фашир = Эль-Фашер = El Fasher; Кебби = Kebbi; страны Балтии =
Прибалтика = the Baltic states; Байконур = Baikonur. People: Си Цзиньпин = Xi Jinping; Ли Цян =
Li Qiang; Ли Чжэ Мён = Lee Jae-myung = Lee Jae Myung; Юн Сок Ёль = Yoon Suk Yeol; Лай Циндэ =
Lai Ching-te; Ван И = Wang Yi; Джайшанкар = Jaishankar; Прабово Субианто = Prabowo Subianto;
Мухаммед бен Заид = Mohamed bin Zayed; Абий Ахмед = Abiy Ahmed; Рамафоса = Ramaphosa; Лула да
Силва = Lula da Silva; Болсонару = Bolsonaro, the bare surname being Jair; Густаво Петро =
Gustavo Petro; Хосе Хери = Jose Jeri = José Jerí; Медведев = Medvedev, the bare surname being
Dmitry; Макрон = Macron, the bare surname being Emmanuel; Сикорский = Sikorski, the bare
surname being Radosław; Стёре = Store = Støre; Тедрос = Tedros; Гросси = Grossi; Нетаньяху =
Netanyahu; Лекорню = Lecornu; Навроцкий = Nawrocki; Захарова = Zakharova; Энтони Албаниз =
Anthony Albanese; Франческа Альбанезе = Francesca Albanese. A city, capital or not, does not
stand for its country (Doha is not Qatar, Osaka and Tokyo are not Japan, Johannesburg is not
South Africa, Gdańsk is not Poland, Riyadh and Makkah are not Saudi Arabia, Dubai is not the
UAE); Russia's Security Council is not the UN's, nor is the President's Council for Civil
Society and Human Rights (СПЧ) the UN Human Rights Council, nor the International Chamber of
Commerce (ICC) the court, nor the Institute for Security Studies (ISS) the space station. A
place's bare name shared by two places is the best-known one here, and a post naming only the
other is absent: Tripoli is Libya's capital, not Lebanon's city; Belém is the Brazilian city,
not Lisbon's district and its tower; «Балтика» (the sea, and the Kaliningrad club named after
it) is not Прибалтика. A surname alone is its best-known bearer here; a post naming only
another bearer is left unlabelled for the bare surname and is absent for the full name (Daniil
Medvedev for Dmitry Medvedev; Brigitte Macron for Emmanuel Macron; Eduardo Bolsonaro for Jair
Bolsonaro; Igor Sikorsky for Radosław Sikorski; Kirill Dmitriev for Patriarch Kirill and the
patriarch for Dmitriev; Lee Jae-yong = Ли Чжэ Ён of Samsung and John Lee for Lee Jae-myung; Lee
Jae-myung and Lee Jae-yong for Li Qiang; Mohammed bin Salman and Mohamed bin Zayed for each
other; Francesca Albanese and Anthony Albanese for each other; Petro Poroshenko for Gustavo
Petro). absent lists precision traps that share a string but not the meaning: «сектор Газа» for
газ and природного газа for Газа, «принадлежащих перу Бунина» for Перу, «стратегическим
выбором» for выборы, консультации for консульство, визит for виза and visit for visa,
кибертравля for киберпреступность and cyberbullying for cybercrime, мусульмане for МУС, «а воз
и ныне там» for ВОЗ, the pronoun who for WHO, «как можно скорее» for Корее, парадокс and
paradox for парад and parade, Modigliani for Modi, Petrobras for Petro, Austria for Australia
and Australia for Austria, electronics, hydroelectric and electronic visas for election,
drilling a well for drills, the Oklahoma City Thunder for Strait Thunder, Ормузский пролив for
«Гром в проливе», the red carpet for the Red Sea, the Doha Round for Qatar and for a strike on
Doha, Fordow (Фордо) for the carrier Gerald R. Ford and the carrier for Fordow; near-miss days
(1 and 2 April, 13 and 22 and 24 June, 3 June and 3 September, 3 November and 3 December, 9 and
10 September, 20, 21 and 27 August, 6 and 10 October, 10 and 16 October, 13 and 10 October, 25
and 26 October, 2 and 22 November, 22 and 23 November, 26, 27 and 28 November, 10 November and
10 December, 11 and 13 May, 6 May, 6 August and 6 October, 4 and 7 December, 9 and 25 April);
the other year (Rio's G20 of 19 November 2024 against Gdańsk's 19 November 2025, FAO's 16
October 1945 against its anniversary, the 2027 LNG ban against India's 2026 chairship, COP29 of
2024 against COP30, Yoon's martial law of 2024); a phrase's words apart or one word of it alone
(«партнерства ... стратегическим выбором» for «стратегическое партнёрство», Hanoi and
Convention apart, a loan without reparations, a grand parade that is not a military parade,
эпоха Возрождения for «плотина Возрождения»); and a minus query's excluded posts. first is set
only where one post is clearly what a reader wants on top.
Written blind in session 51: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ----------------------------------------------------------------------- China and Taiwan
    "ru_taiwan_drills": (
        (4, 2),
        "tass",
        "ПЕКИН, 2 апреля. /ТАСС/. Командование Восточного театра военных действий "
        "Народно-освободительной армии Китая объявило о завершении учений «Гром в проливе — "
        "2025A» в центральной и южной частях Тайваньского пролива. В маневрах участвовали "
        "корабли, авиация и ракетные войска НОАК, отрабатывались блокада ключевых портов и удары "
        "по объектам энергетики острова.\n\n"
        "#Китай #Тайвань",
    ),
    "en_taiwan_drills": (
        (4, 2),
        "reuters",
        "TAIPEI/BEIJING, April 2 (Reuters) - China's military staged live-fire drills in the East "
        'China Sea on Wednesday, the second day of war games around Taiwan that it named "Strait '
        'Thunder-2025A", practising a blockade of ports and strikes on energy facilities. '
        "Taiwan's defence ministry said it tracked 76 Chinese military aircraft and 21 warships. "
        'Beijing has called President Lai Ching-te a "parasite"; Lai says only Taiwan\'s people '
        "can decide their future.",
    ),
    "en_taiwan_xinhua": (
        (4, 1),
        "xinhua",
        "BEIJING, April 1 (Xinhua) -- The Eastern Theater Command of the Chinese People's "
        "Liberation Army (PLA) on Tuesday started joint exercises around Taiwan Island involving "
        "its army, navy, air force and rocket force. The drills are a stern warning and forceful "
        'deterrent against "Taiwan independence" separatist forces, a command spokesperson said.',
    ),
    "ru_taiwan_mid": (
        (4, 3),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с ситуацией "
        "вокруг Тайваня\n\n"
        "Российская сторона неизменно исходит из того, что Тайвань является неотъемлемой частью "
        "Китайской Народной Республики. Действия Пекина по защите своего суверенитета и "
        "территориальной целостности — законное право КНР. Провокационная линия тайбэйских "
        "властей и их внешних покровителей ведёт к эскалации напряжённости в Тайваньском "
        "проливе.\n\n"
        "#Китай #Тайвань",
    ),
    "ru_lai_oneliner": (
        (4, 2),
        "ria",
        "Лай Циндэ пообещал, что Тайвань не уступит давлению Пекина.",
    ),
    "en_okc_thunder": (
        (6, 23),
        "ap",
        "OKLAHOMA CITY (AP) — The Oklahoma City Thunder are NBA champions. Shai "
        "Gilgeous-Alexander scored 29 points and the Thunder beat the Indiana Pacers 103-91 in "
        "Game 7 on Sunday night, June 22, capping one of the best seasons in league history. The "
        "Thunder ran away in the third quarter after Pacers star Tyrese Haliburton went down with "
        "a right leg injury.",
    ),
    # ------------------------------------------------------------------------------ Hong Kong
    "en_hk_fire": (
        (11, 26),
        "ap",
        "HONG KONG (AP) — A fire tore through a high-rise housing estate in Hong Kong's Tai Po "
        "district on Wednesday, killing at least 36 people and leaving 279 unaccounted for. "
        "Flames spread across seven of the eight towers of Wang Fuk Court, which were wrapped in "
        "bamboo scaffolding and green netting for renovation. Fire officials raised the alarm to "
        "level 5, the highest.",
    ),
    "ru_hk_fire": (
        (11, 27),
        "ria",
        "ГОНКОНГ, 27 ноя — РИА Новости. Число погибших при пожаре в жилом комплексе Wang Fuk "
        "Court в районе Тайпо на севере Гонконга выросло до 83, еще около 280 человек считаются "
        "пропавшими без вести, сообщили власти специального административного района. Огонь, "
        "вспыхнувший 26 ноября, охватил семь из восьми высотных башен комплекса, окруженных "
        "бамбуковыми строительными лесами. Полиция задержала трех руководителей подрядной "
        "компании.",
    ),
    "ru_hk_condolences": (
        (11, 27),
        "kremlin",
        "Соболезнования Председателю Китайской Народной Республики Си Цзиньпину\n\n"
        "Владимир Путин выразил Председателю КНР Си Цзиньпину глубокие соболезнования в связи с "
        "многочисленными человеческими жертвами в результате пожара в жилом квартале Гонконга.\n\n"
        "«Прошу передать слова искреннего сочувствия и поддержки семьям и близким погибших, а "
        "также пожелания скорейшего выздоровления всем пострадавшим», – говорится, в частности, в "
        "послании.",
    ),
    "en_hk_condolences": (
        (11, 27),
        "mfa_russia",
        "🇷🇺🇨🇳 Russia's Foreign Ministry extends its deepest condolences to the people of China "
        "and the Hong Kong Special Administrative Region over the tragic loss of life in the fire "
        "in Tai Po. We wish a speedy recovery to all those injured.\n\n"
        "#RussiaChina",
    ),
    "en_hk_toll": (
        (12, 2),
        "reuters",
        "HONG KONG, Dec 2 (Reuters) - The death toll from Hong Kong's deadliest fire since 1948 "
        "rose to 151 on Tuesday as police continued to search the blackened towers of Wang Fuk "
        "Court. Chief Executive John Lee announced an independent committee led by a judge to "
        "investigate the blaze and said the Legislative Council election would go ahead on Dec. 7 "
        "as planned.",
    ),
    "ru_hk_legco": (
        (12, 8),
        "tass",
        "ГОНКОНГ, 8 декабря. /ТАСС/. Явка на выборах в Законодательный совет Гонконга, прошедших "
        "7 декабря, составила 31,9%, что выше показателя 2021 года, сообщила избирательная "
        "комиссия. Голосование прошло спустя 11 дней после пожара в Тайпо, унесшего жизни более "
        "150 человек. Глава администрации Джон Ли поблагодарил избирателей.",
    ),
    # ------------------------------------------------------ Mishustin in Hangzhou and Beijing
    "ru_mishustin_hangzhou": (
        (11, 3),
        "government",
        "Михаил Мишустин и Премьер Государственного совета КНР Ли Цян провели 30-ю регулярную "
        "встречу глав правительств России и Китая\n\n"
        "Встреча состоялась 3 ноября в Ханчжоу. По её итогам подписаны совместное коммюнике и "
        "пакет соглашений в сфере торговли, энергетики, сельского хозяйства, образования и "
        "здравоохранения.\n\n"
        "«Россия и Китай последовательно переводят расчёты во взаимной торговле в национальные "
        "валюты – сегодня их доля превышает 95%», – отметил Председатель Правительства.\n\n"
        "#Правительство #Китай",
    ),
    "en_mishustin_hangzhou": (
        (11, 3),
        "xinhua",
        "HANGZHOU, Nov. 3 (Xinhua) -- Chinese Premier Li Qiang and Russian Prime Minister Mikhail "
        "Mishustin co-chaired the 30th regular meeting between the heads of government of China "
        "and Russia here on Monday. Li said the two sides should expand cooperation in energy, "
        "agriculture, connectivity and artificial intelligence, and jointly uphold the "
        "multilateral trading system.",
    ),
    "ru_mishustin_xi": (
        (11, 4),
        "tass",
        "ПЕКИН, 4 ноября. /ТАСС/. Председатель КНР Си Цзиньпин принял в Доме народных собраний "
        "председателя правительства РФ Михаила Мишустина. Си Цзиньпин назвал развитие "
        "всеобъемлющего партнерства с Россией стратегическим выбором Китая и попросил передать "
        "приветствие президенту Владимиру Путину.",
    ),
    "en_mishustin_xi": (
        (11, 4),
        "cgtn",
        "Chinese President Xi Jinping met with Russian Prime Minister Mikhail Mishustin at the "
        "Great Hall of the People in Beijing on Tuesday. Xi said China and Russia should deepen "
        "practical cooperation and jointly safeguard the fruits of victory in World War II.\n\n"
        "#China #Russia",
    ),
    # --------------------------------------------------------------------- The Beijing parade
    "ru_beijing_parade": (
        (9, 3),
        "ria",
        "ПЕКИН, 3 сен — РИА Новости. На площади Тяньаньмэнь прошел военный парад в честь 80-летия "
        "победы во Второй мировой войне и в войне сопротивления китайского народа японским "
        "захватчикам. Председатель КНР Си Цзиньпин принимал парад вместе с Владимиром Путиным и "
        "лидером КНДР Ким Чен Ыном. Впервые были показаны межконтинентальные ракеты DF-61 и "
        "лазерные комплексы.",
    ),
    "en_beijing_parade": (
        (9, 3),
        "afp",
        "Xi Jinping, flanked by Vladimir Putin and Kim Jong Un, oversaw a massive military parade "
        "in Beijing on Wednesday marking 80 years since the end of World War II, warning that the "
        'world faced a choice "between peace and war". Nuclear-capable missiles, underwater '
        "drones and laser weapons rolled through Tiananmen Square.",
    ),
    "en_beijing_parade_kremlin": (
        (9, 3),
        "kremlin_en",
        "Vladimir Putin attended the military parade in Beijing marking the 80th anniversary of "
        "the victory over militarist Japan and the end of World War II, and later had an informal "
        "conversation with Xi Jinping over tea.",
    ),
    "ru_parade_oneliner": (
        (9, 3),
        "rt",
        "Путин, Си и Ким вместе на трибуне в Пекине.",
    ),
    # ------------------------------------------------------------------- Wang Yi in New Delhi
    "en_wangyi_delhi": (
        (8, 19),
        "pti",
        "NEW DELHI, Aug 19 (PTI) Prime Minister Narendra Modi on Tuesday met Chinese Foreign "
        "Minister Wang Yi and said steady progress had been made in India-China ties since his "
        "meeting with President Xi Jinping in Kazan last October. Wang Yi, on his first visit to "
        "India in three years, also held the 24th round of boundary talks with NSA Ajit Doval.",
    ),
    "ru_wangyi_delhi": (
        (8, 19),
        "tass",
        "НЬЮ-ДЕЛИ, 19 августа. /ТАСС/. Индия и Китай договорились возобновить прямое "
        "авиасообщение и пограничную торговлю через три перевала, говорится в совместном "
        "документе по итогам визита министра иностранных дел КНР Ван И. Китайский министр провел "
        "переговоры с Субраманьямом Джайшанкаром и был принят премьер-министром Нарендрой Моди.",
    ),
    "en_wangyi_cgtn": (
        (8, 18),
        "cgtn",
        "Chinese Foreign Minister Wang Yi held talks with Indian External Affairs Minister S. "
        "Jaishankar in New Delhi on Monday, saying China and India should be partners rather than "
        "rivals. #ChinaIndia",
    ),
    # ------------------------------------------------ APEC in Gyeongju, Xi and Trump in Busan
    "ru_apec_gyeongju": (
        (11, 1),
        "tass",
        "КЁНДЖУ /Республика Корея/, 1 ноября. /ТАСС/. Лидеры экономик форума "
        "«Азиатско-тихоокеанское экономическое сотрудничество» (АТЭС) приняли по итогам саммита в "
        "Кёнджу декларацию, в которой договорились укреплять торговые связи и сотрудничество в "
        "сфере искусственного интеллекта. Российскую делегацию возглавлял вице-премьер Алексей "
        "Оверчук. Следующий саммит в 2026 году примет китайский Шэньчжэнь.",
    ),
    "en_apec_gyeongju": (
        (11, 1),
        "yonhap",
        "GYEONGJU, Nov. 1 (Yonhap) -- Leaders of the 21 Asia-Pacific Economic Cooperation (APEC) "
        "economies adopted the Gyeongju Declaration on Saturday, pledging to strengthen trade and "
        "investment and to respond jointly to demographic change and the rise of AI. President "
        "Lee Jae Myung, who chaired the summit, handed over the chairmanship to Chinese President "
        "Xi Jinping, as Shenzhen will host next year's meeting.",
    ),
    "en_xi_trump_busan": (
        (10, 30),
        "reuters",
        "BUSAN, South Korea, Oct 30 (Reuters) - U.S. President Donald Trump and Chinese President "
        "Xi Jinping agreed on Thursday to a one-year trade truce. Trump said he would cut tariffs "
        "on Chinese goods linked to fentanyl to 10% from 20%, while Beijing would resume soybean "
        "purchases and pause its new export controls on rare earths. The meeting at an air base "
        "in Busan was their first since 2019.",
    ),
    "ru_xi_trump_busan": (
        (10, 30),
        "rbc",
        "Трамп и Си Цзиньпин встретились в Пусане на полях саммита АТЭС. Американский президент "
        "назвал переговоры «потрясающими» и пообещал снизить пошлины на китайские товары, а Пекин "
        "согласился возобновить закупки американской сои и на год приостановить экспортный "
        "контроль на редкоземельные металлы.",
    ),
    "ru_apec_oneliner": (
        (10, 31),
        "ria",
        "Вице-премьер Алексей Оверчук прибыл в Южную Корею на саммит АТЭС.",
    ),
    # ----------------------------------------------------------------- South Korea's election
    "ru_korea_election": (
        (6, 4),
        "ria",
        "СЕУЛ, 4 июн — РИА Новости. Кандидат от Демократической партии Ли Чжэ Мён победил на "
        "внеочередных президентских выборах в Республике Корея, прошедших 3 июня, и уже в среду "
        "принес присягу. Выборы были назначены после того, как Конституционный суд 4 апреля "
        "отстранил от должности Юн Сок Ёля, объявившего в декабре военное положение.",
    ),
    "en_korea_election": (
        (6, 4),
        "yonhap",
        "SEOUL, June 4 (Yonhap) -- Lee Jae Myung was sworn in as South Korea's 21st president on "
        "Wednesday, hours after winning a snap election with 49.42 percent of the vote. Lee "
        "pledged to revive the slowing economy and to reopen dialogue with North Korea. Turnout "
        "reached 79.4 percent, the highest for a presidential vote since 1997.",
    ),
    "en_samsung_lee": (
        (7, 17),
        "reuters",
        "SEOUL, July 17 (Reuters) - South Korea's Supreme Court on Thursday upheld the acquittal "
        "of Samsung Electronics Chairman Jay Y. Lee on charges of accounting fraud and stock "
        "manipulation linked to a 2015 merger, ending a legal battle that lasted almost a decade. "
        "Lee Jae-yong, 57, is the grandson of Samsung's founder.",
    ),
    "en_yoon_martial_law": (
        (12, 4),
        "ap",
        "SEOUL, South Korea (AP) — South Korean President Yoon Suk Yeol lifted martial law early "
        "Wednesday, Dec. 4, 2024, hours after he imposed it, as lawmakers voted unanimously to "
        "reject the decree and troops withdrew from the National Assembly. It was the first such "
        "declaration in South Korea in more than four decades.",
    ),
    # --------------------------------------------------------------------- Expo 2025 in Osaka
    "en_expo_osaka": (
        (10, 13),
        "kyodo",
        "OSAKA, Oct. 13 (Kyodo) -- The World Exposition in Osaka closed Monday after a six-month "
        "run, with organizers saying more than 25 million people visited the site on the "
        'artificial island of Yumeshima. The Expo, themed "Designing Future Society for Our '
        'Lives," featured pavilions from 158 countries and regions, and its mascot Myaku-Myaku '
        "became a national favorite.",
    ),
    "ru_expo_osaka": (
        (10, 13),
        "tass",
        "ТОКИО, 13 октября. /ТАСС/. Всемирная выставка ЭКСПО-2025 завершила работу в Осаке. За "
        "полгода ее посетили более 25 млн человек, в ней участвовали 158 стран и регионов. Россия "
        "в выставке не участвовала. Следующая всемирная выставка пройдет в 2030 году в Эр-Рияде.",
    ),
    # ---------------------------------- India: Jaishankar in Moscow, tariffs, the BRICS chair
    "ru_jaishankar_moscow": (
        (8, 21),
        "mid",
        "О переговорах Министра иностранных дел России С.В.Лаврова с Министром иностранных дел "
        "Индии С.Джайшанкаром\n\n"
        "21 августа в Москве состоялись переговоры С.В.Лаврова с С.Джайшанкаром, находящимся в "
        "России с рабочим визитом. Министры обсудили подготовку к ежегодному российско-индийскому "
        "саммиту, взаимодействие в БРИКС, ШОС и «Группе двадцати», ситуацию в Афганистане и на "
        "Ближнем Востоке. Подтвержден настрой на расширение расчётов в национальных валютах.\n\n"
        "#Россия #Индия",
    ),
    "en_jaishankar_moscow": (
        (8, 21),
        "pti",
        "MOSCOW, Aug 21 (PTI) External Affairs Minister S Jaishankar on Thursday held talks with "
        "his Russian counterpart Sergey Lavrov and said the two countries must keep their trade "
        '"balanced and sustainable", flagging India\'s growing trade deficit with Russia. He '
        "also called on President Vladimir Putin. The visit comes days after Washington announced "
        "an additional 25 per cent tariff on Indian goods over New Delhi's purchases of Russian "
        "crude.",
    ),
    "en_india_tariffs": (
        (8, 27),
        "reuters",
        "NEW DELHI, Aug 27 (Reuters) - Steep U.S. tariffs of up to 50% on Indian goods took "
        "effect on Wednesday, doubling an earlier levy as a penalty for India's purchases of "
        "Russian oil and hitting exports of textiles, shrimp and jewellery. Prime Minister "
        "Narendra Modi has vowed not to compromise on the interests of farmers.",
    ),
    "ru_india_tariffs": (
        (8, 27),
        "rbc",
        "Пошлины США на индийские товары выросли до 50%. Дополнительные 25% Вашингтон ввел в "
        "наказание за закупки Индией российской нефти. Премьер-министр Нарендра Моди заявил, что "
        "Нью-Дели не пойдет на компромисс в вопросах, касающихся интересов фермеров.",
    ),
    "en_india_brics_chair": (
        (12, 15),
        "pti",
        "NEW DELHI, Dec 15 (PTI) India will assume the chairship of BRICS on January 1, 2026 and "
        "host the grouping's 18th summit, the External Affairs Ministry said. Prime Minister "
        "Narendra Modi has said India's chairship will focus on \"resilience, innovation, "
        'cooperation and sustainability".',
    ),
    "ru_india_brics": (
        (12, 16),
        "tass",
        "НЬЮ-ДЕЛИ, 16 декабря. /ТАСС/. Индия, которая с 1 января 2026 года будет "
        "председательствовать в БРИКС, проведет саммит объединения в Нью-Дели, сообщил источник в "
        "индийском МИД. Россия поддерживает приоритеты индийского председательства, заявил посол "
        "РФ Денис Алипов.",
    ),
    # ------------------------------- Indonesia: Prabowo in St Petersburg, the August protests
    "ru_prabowo_spb": (
        (6, 19),
        "kremlin",
        "Переговоры с Президентом Индонезии Прабово Субианто\n\n"
        "В Константиновском дворце в Санкт-Петербурге состоялись российско-индонезийские "
        "переговоры. Прабово Субианто находится в России с официальным визитом, Индонезия – "
        "страна – гость Петербургского международного экономического форума.\n\n"
        "По итогам переговоров подписана Совместная декларация о стратегическом партнёрстве между "
        "Российской Федерацией и Республикой Индонезией.",
    ),
    "en_prabowo_spb": (
        (6, 19),
        "antara",
        "St. Petersburg (ANTARA) - President Prabowo Subianto and Russian President Vladimir "
        "Putin signed a joint declaration on strategic partnership at the Konstantinovsky Palace "
        "on Thursday (June 19). Indonesia's sovereign fund Danantara and the Russian Direct "
        "Investment Fund, led by Kirill Dmitriev, also agreed to set up a joint investment fund "
        "worth 2 billion euros.",
    ),
    "ru_spief_plenary": (
        (6, 20),
        "interfax",
        "Санкт-Петербург. 20 июня. INTERFAX.RU - Президент Индонезии Прабово Субианто, выступая "
        "на пленарном заседании ПМЭФ вместе с Владимиром Путиным, заявил, что его страна "
        "придерживается политики неприсоединения и «хочет быть другом всем». Он также сообщил, "
        "что Индонезия намерена закупать российскую пшеницу и развивать сотрудничество в атомной "
        "энергетике.",
    ),
    "en_spief_rt": (
        (6, 20),
        "rt",
        "SPIEF 2025 plenary: Putin shares the stage with Indonesia's Prabowo Subianto, South "
        "Africa's Vice President Paul Mashatile, Chinese Vice President Han Zheng and Bahrain's "
        'Sheikh Nasser. Putin: the Russian economy avoided overheating, but "some experts point '
        'to the risk of stagnation". Watch live 👉 rt.com',
    ),
    "en_jakarta_protests": (
        (8, 30),
        "reuters",
        "JAKARTA, Aug 30 (Reuters) - Protesters set fire to regional parliament buildings in "
        "several Indonesian cities on Saturday as anger spread over lawmakers' perks and the "
        "death of a delivery driver run over by a police vehicle in Jakarta. President Prabowo "
        "Subianto, facing the biggest test of his presidency, said he would skip a trip to China.",
    ),
    "ru_jakarta_protests": (
        (8, 31),
        "ria",
        "ДЖАКАРТА, 31 авг — РИА Новости. Президент Индонезии Прабово Субианто объявил об отмене "
        "ряда привилегий для депутатов парламента после многодневных протестов, в ходе которых "
        "погибли по меньшей мере шесть человек. Посольство России в Джакарте рекомендовало "
        "гражданам избегать мест массового скопления людей.",
    ),
    # ---------------------------------------------------------- Vietnam: the Hanoi Convention
    "ru_hanoi_convention": (
        (10, 25),
        "mid",
        "О подписании Конвенции ООН против киберпреступности\n\n"
        "25 октября в Ханое состоялась церемония открытия для подписания Конвенции Организации "
        "Объединённых Наций против киберпреступности. Российская Федерация, выступившая в 2017 "
        "году инициатором разработки первого универсального договора в этой сфере, подписала "
        "Конвенцию в числе первых государств.\n\n"
        "Признательны вьетнамским друзьям за безупречную организацию церемонии.\n\n"
        "#МИД #Вьетнам #кибербезопасность",
    ),
    "en_hanoi_convention": (
        (10, 25),
        "un_news",
        "UN cybercrime treaty opens for signature in Hanoi\n\n"
        "Dozens of countries signed the UN Convention against Cybercrime at a ceremony in the "
        "Vietnamese capital on Saturday. Secretary-General António Guterres called the treaty, "
        'adopted by the General Assembly in December 2024, "a vital tool" against crimes that '
        "cost the world trillions of dollars. It will enter into force 90 days after the 40th "
        "ratification.",
    ),
    "en_hanoi_vna": (
        (10, 26),
        "vna",
        'Hanoi (VNA) - The signing ceremony of the "Hanoi Convention" ended on October 26 with '
        "72 countries signing the UN Convention against Cybercrime, State President Luong Cuong "
        "said, calling the event a milestone for Vietnam's multilateral diplomacy.",
    ),
    "ru_hanoi_oneliner": (
        (10, 25),
        "ria",
        "Россия подписала в Ханое конвенцию ООН против киберпреступности.",
    ),
    # ------------------------------------------------ Typhoons in the Philippines and Vietnam
    "en_kalmaegi_ph": (
        (11, 5),
        "ap",
        "MANILA, Philippines (AP) — Typhoon Kalmaegi killed at least 114 people in the central "
        "Philippines, most of them in Cebu province where flash floods swept away homes, "
        "officials said Wednesday. President Ferdinand Marcos Jr. declared a state of national "
        "calamity. The storm, known locally as Tino, was heading toward Vietnam.",
    ),
    "ru_kalmaegi_ph": (
        (11, 5),
        "tass",
        "МАНИЛА, 5 ноября. /ТАСС/. Число жертв тайфуна «Калмэги» на Филиппинах превысило 110 "
        "человек, большинство погибших - в провинции Себу, сообщило Управление гражданской "
        "обороны. Президент Фердинанд Маркос - младший ввел режим национального бедствия.",
    ),
    "ru_kalmaegi_vn_embassy": (
        (11, 6),
        "rusemb_vietnam",
        "⚠️ Уважаемые соотечественники!\n\n"
        "В связи с приближением тайфуна «Калмаэги» к центральным провинциям Вьетнама Посольство "
        "России в Ханое рекомендует российским туристам 6–7 ноября не выходить в море, "
        "воздержаться от поездок в горные районы и следовать указаниям местных властей.\n\n"
        "Телефон горячей линии консульского отдела: +84 24 3833 6991",
    ),
    "en_fungwong": (
        (11, 10),
        "reuters",
        "MANILA, Nov 10 (Reuters) - Super Typhoon Fung-wong slammed into the Philippines' main "
        "island of Luzon, forcing more than 1.4 million people to flee their homes, days after "
        "Typhoon Kalmaegi killed more than 200 people in the country.",
    ),
    # --------------------------------- Australia and the social media ban; Francesca Albanese
    "en_au_socialmedia": (
        (12, 10),
        "reuters",
        "SYDNEY, Dec 10 (Reuters) - Australia on Wednesday became the first country to ban social "
        "media for children under 16, blocking access to platforms including TikTok, Instagram, "
        "Snapchat and YouTube. Companies face fines of up to A$49.5 million for failing to "
        'comply. Prime Minister Anthony Albanese said the law would let "kids be kids".',
    ),
    "ru_au_socialmedia": (
        (12, 10),
        "rbc",
        "В Австралии с 10 декабря вступил в силу запрет на использование соцсетей детьми младше "
        "16 лет. Под ограничения попали TikTok, Instagram*, Facebook*, Snapchat и YouTube. Штраф "
        "для компаний — до 49,5 млн австралийских долларов. Премьер Энтони Албаниз назвал закон "
        "«одним из крупнейших социальных и культурных изменений» в стране.\n\n"
        "*Принадлежат Meta, признанной в России экстремистской",
    ),
    "en_albanese_sanctions": (
        (7, 9),
        "aljazeera",
        "The United States has imposed sanctions on Francesca Albanese, the UN special rapporteur "
        "on human rights in the occupied Palestinian territories, over what Secretary of State "
        'Marco Rubio called her "campaign of political and economic warfare" against the US and '
        'Israel. Albanese called the move "obscene".',
    ),
    "ru_albanese_sanctions": (
        (7, 10),
        "ria",
        "США ввели санкции против специального докладчика СПЧ ООН по ситуации на палестинских "
        "территориях Франчески Альбанезе. В ООН назвали решение Вашингтона «опасным прецедентом».",
    ),
    # ---------------------------------- Gaza: the ceasefire, Sharm el-Sheikh, resolution 2803
    "ru_gaza_ceasefire": (
        (10, 10),
        "tass",
        "ГАЗА, 10 октября. /ТАСС/. Режим прекращения огня в секторе Газа вступил в силу в 12:00 "
        "по местному времени, сообщила армия обороны Израиля. Ранее правительство Израиля "
        "одобрило первый этап плана президента США Дональда Трампа, который предусматривает "
        "освобождение всех заложников в течение 72 часов и отвод израильских войск на "
        "согласованную линию.\n\n"
        "#Газа #Израиль",
    ),
    "en_gaza_ceasefire": (
        (10, 10),
        "afp",
        "Tens of thousands of displaced Palestinians streamed north along Gaza's coastal road on "
        "Friday after a ceasefire between Israel and Hamas took effect at noon (0900 GMT), under "
        "the first phase of US President Donald Trump's plan to end the two-year war. Hamas has "
        "72 hours to free the remaining hostages.",
    ),
    "ru_gaza_mid_welcome": (
        (10, 9),
        "mid",
        "Приветствуем достигнутую в Шарм-эш-Шейхе договорённость между Израилем и ХАМАС о "
        "прекращении огня в секторе Газа, обмене заложников на палестинских заключённых и "
        "увеличении поставок гуманитарной помощи.\n\n"
        "Рассчитываем, что договорённости будут выполнены в полном объёме и станут шагом к "
        "всеобъемлющему урегулированию на основе решений ООН, предусматривающих создание "
        "Палестинского государства.\n\n"
        "#Газа #Палестина",
    ),
    "ru_sharm_summit": (
        (10, 13),
        "ria",
        "ШАРМ-ЭШ-ШЕЙХ, 13 окт — РИА Новости. Лидеры США, Египта, Катара и Турции подписали на "
        "саммите в египетском Шарм-эш-Шейхе документ о гарантиях соглашения по Газе. В тот же "
        "день ХАМАС освободил последних 20 живых заложников, а Израиль — почти 2 тысячи "
        "палестинских заключенных.",
    ),
    "en_sharm_summit": (
        (10, 13),
        "ap",
        'SHARM EL-SHEIKH, Egypt (AP) — President Donald Trump declared "the war is over" as he '
        "joined more than two dozen world leaders at a summit on Gaza hosted by Egyptian "
        "President Abdel Fattah el-Sissi in the Red Sea resort. Israeli Prime Minister Benjamin "
        "Netanyahu and Hamas were not present.",
    ),
    "en_hostages_freed": (
        (10, 13),
        "reuters",
        "TEL AVIV, Oct 13 (Reuters) - Hamas freed the last 20 living Israeli hostages on Monday, "
        "and Israel released 1,968 Palestinian prisoners and detainees. Trump, addressing the "
        "Knesset, received a standing ovation before flying to Egypt.",
    ),
    "en_unsc_2803": (
        (11, 17),
        "un_news",
        "Security Council endorses US plan for Gaza, authorizes international stabilization "
        "force\n\n"
        "The Security Council on Monday adopted resolution 2803 (2025) by 13 votes in favour, "
        'with Russia and China abstaining. It welcomes the "Board of Peace" as a transitional '
        "administration for Gaza and authorizes an International Stabilization Force until the "
        "end of 2027.",
    ),
    "ru_unsc_2803": (
        (11, 18),
        "russiaun",
        "Постпред России при ООН В.А.Небензя: российская делегация воздержалась при голосовании "
        "по американскому проекту резолюции СБ ООН по Газе. Документ передает судьбу сектора в "
        "руки «Совета мира» и международных сил, о мандате которых ничего толком не известно, и "
        "не подтверждает право палестинцев на собственное государство.\n\n"
        "Мы не стали блокировать резолюцию, учитывая позицию палестинского руководства и арабских "
        "стран.",
    ),
    # ---------------------------------------------------------------- Israel's strike on Doha
    "en_doha_strike": (
        (9, 9),
        "aljazeera",
        "Israel has carried out an attack on Hamas leaders in Qatar's capital, Doha. Qatar "
        'condemned the "cowardly" strike on Tuesday, September 9, as a flagrant violation of '
        "international law. Hamas said its negotiating team survived, but five members and a "
        "Qatari security officer were killed.",
    ),
    "ru_doha_strike": (
        (9, 9),
        "rt",
        "Израиль нанес удар по Дохе. ЦАХАЛ атаковал здание, где находились руководители политбюро "
        "ХАМАС. МИД Катара назвал удар «трусливым» и заявил, что Доха оставляет за собой право на "
        "ответ.",
    ),
    "en_mfa_doha": (
        (9, 10),
        "mfa_russia",
        "❗️Statement by the Russian Foreign Ministry regarding Israel's strike on Doha\n\n"
        "We strongly condemn the Israeli airstrike on residential neighbourhoods of Doha. It is a "
        "gross violation of international law and of the sovereignty of the State of Qatar, which "
        "plays a key role as a mediator in the efforts to end the conflict in the Gaza Strip.",
    ),
    "ru_doha_summit": (
        (9, 15),
        "ria",
        "ДОХА, 15 сен — РИА Новости. Участники экстренного арабо-исламского саммита в столице "
        "Катара призвали все государства «пересмотреть дипломатические и экономические отношения» "
        "с Израилем после удара по Дохе 9 сентября.",
    ),
    "en_doha_summit": (
        (9, 15),
        "anadolu",
        "DOHA (AA) - Leaders of Arab and Islamic countries gathered in Doha on Monday for an "
        "emergency summit after Israel's attack on Qatar. Turkish President Recep Tayyip Erdogan "
        'said Israel\'s "terror state mentality" threatened the whole region.',
    ),
    "en_wto_doha_round": (
        (3, 27),
        "bloomberg",
        "WTO Director-General Ngozi Okonjo-Iweala warned that the organisation must reform or "
        "risk irrelevance, noting that members have failed to conclude a major trade round since "
        "the Doha Development Agenda was launched in 2001.",
    ),
    # ------------------------------------------------- Iran: the June war, the IAEA, snapback
    "ru_iran_strikes_mid": (
        (6, 22),
        "mid",
        "Заявление МИД России в связи с ударами США по ядерным объектам в Иране\n\n"
        "Решительно осуждаем нанесённые 22 июня ракетно-бомбовые удары США по территории "
        "суверенного государства. Безответственное решение подвергнуть ударам объекты в Фордо, "
        "Натанзе и Исфахане, находящиеся под гарантиями МАГАТЭ, грубо нарушает международное "
        "право, Устав ООН и резолюции Совета Безопасности.\n\n"
        "Призываем к прекращению агрессии.",
    ),
    "en_iran_strikes": (
        (6, 22),
        "reuters",
        "WASHINGTON/DUBAI, June 22 (Reuters) - The United States struck Iran's Fordow, Natanz and "
        "Isfahan nuclear sites, President Donald Trump said, joining Israel's assault in a major "
        'escalation of conflict in the Middle East. Trump said the sites had been "completely '
        'and totally obliterated".',
    ),
    "ru_hormuz": (
        (6, 22),
        "interfax",
        "Тегеран. 22 июня. INTERFAX.RU - Меджлис (парламент) Ирана одобрил закрытие Ормузского "
        "пролива, окончательное решение должен принять Высший совет национальной безопасности, "
        "сообщило агентство Press TV.",
    ),
    "en_iran_ceasefire": (
        (6, 24),
        "ap",
        "DUBAI, United Arab Emirates (AP) — A ceasefire between Israel and Iran appeared to hold "
        "on Tuesday, ending 12 days of war that began June 13, when Israel struck Iranian nuclear "
        "and military sites and killed senior commanders.",
    ),
    "ru_iran_iaea_law": (
        (7, 2),
        "tass",
        "ТЕГЕРАН, 2 июля. /ТАСС/. Президент Ирана подписал закон о приостановке сотрудничества с "
        "Международным агентством по атомной энергии. Инспекторы агентства смогут посещать "
        "иранские ядерные объекты только с одобрения Высшего совета национальной безопасности.",
    ),
    "en_iaea_iran": (
        (7, 4),
        "iaea",
        "📢 IAEA inspectors have safely departed Iran to return to the Agency's headquarters in "
        "Vienna, Director General Rafael Mariano Grossi said. He stressed the crucial importance "
        "of resuming verification activities in Iran as soon as possible.",
    ),
    "ru_snapback_mid": (
        (9, 28),
        "mid",
        "Заявление МИД России в связи с попытками «восстановить» санкции СБ ООН против Ирана\n\n"
        "Запущенный «евротройкой» — Великобританией, Германией и Францией — так называемый "
        "механизм «снэпбэк» юридически ничтожен. Считаем недопустимыми попытки выдать за решение "
        "Совета Безопасности процедурные манипуляции. Россия не признаёт восстановление "
        "отменённых резолюций и будет исходить из этого в практической работе.",
    ),
    "en_snapback": (
        (9, 28),
        "afp",
        "UN sanctions on Iran were reimposed at 0000 GMT Sunday, September 28, after Britain, "
        'France and Germany triggered the "snapback" mechanism of the 2015 nuclear deal. A '
        "last-minute bid by Russia and China to delay the move failed at the Security Council on "
        "Friday.",
    ),
    "en_irna_snapback": (
        (9, 27),
        "irna",
        "TEHRAN (IRNA) – Foreign Ministry spokesman Esmaeil Baqaei said the reimposition of "
        'terminated UN resolutions is "legally void", adding that Iran has recalled its '
        "ambassadors to Germany, France and the UK for consultations.",
    ),
    # --------------------------------------------------- Russia and the US in Riyadh; the UAE
    "ru_riyadh_talks": (
        (2, 18),
        "mid",
        "О российско-американских переговорах в Эр-Рияде\n\n"
        "18 февраля во дворце Дирия в Эр-Рияде состоялись переговоры Министра иностранных дел "
        "России С.В.Лаврова и помощника Президента России Ю.В.Ушакова с Государственным "
        "секретарём США М.Рубио, помощником Президента США по национальной безопасности М.Уолтцем "
        "и специальным посланником С.Уиткоффом.\n\n"
        "Договорились о восстановлении нормальной работы посольств и о начале работы над "
        "урегулированием украинского кризиса. Благодарим саудовских друзей за гостеприимство.",
    ),
    "en_riyadh_talks": (
        (2, 18),
        "ap",
        "RIYADH, Saudi Arabia (AP) — Senior U.S. and Russian officials met in Saudi Arabia on "
        "Tuesday for their first extended talks since Russia's full-scale invasion of Ukraine "
        "three years ago. Secretary of State Marco Rubio said the sides agreed to restore embassy "
        "staffing and start working on a path to end the war. Ukraine was not invited.",
    ),
    "ru_dmitriev_riyadh": (
        (2, 18),
        "tass",
        "ЭР-РИЯД, 18 февраля. /ТАСС/. Глава Российского фонда прямых инвестиций Кирилл Дмитриев, "
        "входящий в состав российской делегации, заявил, что американские компании потеряли около "
        "$300 млрд из-за ухода с российского рынка.",
    ),
    "en_riyadh_spa": (
        (2, 18),
        "spa",
        "RIYADH (SPA) -- At the directives of Crown Prince Mohammed bin Salman bin Abdulaziz, the "
        "Kingdom hosted a meeting between US and Russian officials at Diriyah Palace, attended by "
        "Foreign Minister Prince Faisal bin Farhan and National Security Adviser Musaed Al-Aiban.",
    ),
    "ru_mbz_kremlin": (
        (8, 7),
        "kremlin",
        "Переговоры с Президентом Объединённых Арабских Эмиратов Мухаммедом бен Заидом Аль "
        "Нахайяном\n\n"
        "В Кремле прошли российско-эмиратские переговоры. Владимир Путин поблагодарил Президента "
        "ОАЭ за посредничество в обменах военнопленными и отметил, что Эмираты могут стать одним "
        "из мест для встречи с Президентом США.",
    ),
    "en_mbz_kremlin": (
        (8, 7),
        "wam",
        "MOSCOW, 7th August, 2025 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al "
        "Nahyan held talks with Russian President Vladimir Putin at the Kremlin, during which "
        "they reviewed the UAE-Russia strategic partnership and the UAE's mediation efforts that "
        "have led to the exchange of thousands of prisoners.",
    ),
    # ----------------------------------------------------------------------------------- Hajj
    "ru_hajj": (
        (5, 28),
        "dumrf",
        "В Саудовскую Аравию для совершения хаджа прибыла последняя группа российских паломников. "
        "Квота России на хадж в 2025 году составила 25 тысяч человек. Консульство России в Джидде "
        "работает в усиленном режиме.",
    ),
    "en_hajj_spa": (
        (6, 5),
        "spa",
        "MAKKAH (SPA) -- More than 1.6 million pilgrims performed the standing on Mount Arafat on "
        "Thursday, the pinnacle of Hajj 1446 AH, amid high temperatures, the General Authority "
        "for Statistics said.",
    ),
    # ----------------------------------------------------------------------------------- GERD
    "en_gerd": (
        (9, 9),
        "ap",
        "GUBA, Ethiopia (AP) — Ethiopia on Tuesday inaugurated the Grand Ethiopian Renaissance "
        "Dam on the Blue Nile, Africa's largest hydroelectric project, as Prime Minister Abiy "
        "Ahmed called it a source of pride for all Black people. Downstream Egypt, which relies "
        "on the Nile for 97% of its water, calls the dam an existential threat.",
    ),
    "ru_gerd": (
        (9, 9),
        "ria",
        "АДДИС-АБЕБА, 9 сен — РИА Новости. Премьер-министр Эфиопии Абий Ахмед торжественно открыл "
        "Великую эфиопскую плотину Возрождения на Голубом Ниле — крупнейшую ГЭС в Африке "
        "мощностью более 5 ГВт. Строительство заняло 14 лет и обошлось примерно в 5 миллиардов "
        "долларов.",
    ),
    "ru_gerd_egypt": (
        (9, 10),
        "tass",
        "КАИР, 10 сентября. /ТАСС/. МИД Египта направил письмо в Совет Безопасности ООН, назвав "
        "открытие эфиопской плотины на Ниле односторонним шагом, нарушающим международное право. "
        "Министр иностранных дел Бадр Абдель Аты заявил, что Каир примет все меры для защиты "
        "своих водных интересов.",
    ),
    "en_gerd_egypt": (
        (9, 10),
        "ahram",
        "Egypt's Foreign Minister Badr Abdelatty said in a letter to the UN Security Council that "
        'Egypt "will not allow" Ethiopia to impose a fait accompli on the Nile, after Addis '
        "Ababa inaugurated the GERD without a binding agreement. #GERD #Egypt",
    ),
    # ------------------------------------------------------------ Libya and the other Tripoli
    "ru_tripoli_clashes": (
        (5, 13),
        "ria",
        "ТРИПОЛИ, 13 мая — РИА Новости. Ожесточенные бои между вооруженными группировками "
        "вспыхнули в столице Ливии после гибели главы Аппарата поддержки стабильности Абдель Гани "
        "аль-Кикли. Правительство национального единства Абдель Хамида Дбейбы объявило, что "
        "контролирует ситуацию.",
    ),
    "en_tripoli_clashes": (
        (5, 13),
        "reuters",
        "TRIPOLI, May 13 (Reuters) - Heavy gunfire rang out overnight across Libya's capital "
        "Tripoli as clashes erupted after the killing of a powerful militia leader, Abdulghani "
        "al-Kikli, known as Ghaniwa. The UN Support Mission in Libya (UNSMIL) called for an "
        "immediate end to the fighting.",
    ),
    "ru_tripoli_embassy": (
        (5, 14),
        "rusemb_libya",
        "Посольство России в Ливии информирует\n\n"
        "В связи с вооружёнными столкновениями в Триполи гражданам Российской Федерации "
        "рекомендуется воздержаться от поездок в ливийскую столицу, не покидать места проживания "
        "и держать связь с посольством.\n\n"
        "Телефон дежурного: +218 91 000 0000",
    ),
    "en_tripoli_lebanon": (
        (5, 11),
        "naharnet",
        "TRIPOLI, Lebanon — Voters in northern Lebanon, including the country's second-largest "
        "city Tripoli and the Akkar region, cast ballots on Sunday, May 11, in the second round "
        "of municipal elections, the first since 2016.",
    ),
    # ----------------------------- South Africa: the G20 in Johannesburg, Ramaphosa and Trump
    "ru_g20_joburg": (
        (11, 23),
        "tass",
        "ЙОХАННЕСБУРГ, 23 ноября. /ТАСС/. Саммит «Группы двадцати» в Йоханнесбурге завершился. "
        "Декларацию лидеров приняли в первый день встречи, 22 ноября, несмотря на возражения США, "
        "бойкотировавших саммит. Российскую делегацию возглавлял заместитель руководителя "
        "администрации президента Максим Орешкин. Председательство в G20 перешло к США без "
        "традиционной церемонии.",
    ),
    "en_g20_joburg": (
        (11, 22),
        "reuters",
        "JOHANNESBURG, Nov 22 (Reuters) - G20 leaders adopted a declaration on climate change and "
        "other global challenges at the start of their summit on Saturday, defying a U.S. "
        "boycott. South African President Cyril Ramaphosa said the first G20 summit held on "
        "African soil had sent a message that multilateralism can deliver.",
    ),
    "en_g20_ramaphosa": (
        (11, 23),
        "afp",
        "Ramaphosa closed the G20 summit on Sunday by banging the gavel with no one to hand it "
        "to, after Washington refused to send anyone but a junior diplomat. The United States "
        "takes over the presidency for 2026.",
    ),
    "ru_g20_oreshkin": (
        (11, 22),
        "ria",
        "ЙОХАННЕСБУРГ, 22 ноя — РИА Новости. Замглавы администрации президента России Максим "
        "Орешкин на полях саммита G20 провел встречу с президентом ЮАР Сирилом Рамафосой, "
        "сообщили в российской делегации.",
    ),
    "en_g20_rio_2024": (
        (11, 19),
        "agencia_brasil",
        "Rio de Janeiro - 19/11/2024. Brazil handed the G20 presidency to South Africa at the "
        "close of the summit in Rio de Janeiro on Tuesday. President Lula said the leaders' "
        "declaration put the fight against hunger and poverty at the centre of the group's agenda.",
    ),
    "en_ramaphosa_trump": (
        (5, 21),
        "ap",
        "WASHINGTON (AP) — President Donald Trump confronted South Africa's Cyril Ramaphosa in "
        "the Oval Office on Wednesday with a video and printed articles he claimed showed a "
        '"genocide" of white farmers, claims Ramaphosa rejected.',
    ),
    "ru_ramaphosa_trump": (
        (5, 22),
        "kommersant",
        "Президент ЮАР Сирил Рамафоса провел в Белом доме напряженную встречу с Дональдом "
        "Трампом: американский президент показал видео, якобы подтверждающее «геноцид» белых "
        "фермеров. Рамафоса ответил, что в ЮАР жертвами преступности становятся прежде всего "
        "чернокожие.",
    ),
    # -------------------------------------------------------------------------------- Nigeria
    "en_nigeria_trump": (
        (11, 2),
        "reuters",
        "ABUJA, Nov 2 (Reuters) - Nigeria said on Sunday it would welcome U.S. help against "
        "Islamist insurgents as long as its territorial integrity was respected, after President "
        "Donald Trump threatened military action over what he called the killing of Christians. "
        'Washington designated Nigeria a "country of particular concern" on religious freedom '
        "on Oct 31.",
    ),
    "ru_nigeria_trump": (
        (11, 2),
        "rt",
        "Трамп пригрозил военной операцией в Нигерии, если власти страны «продолжат позволять "
        "убивать христиан». В Абудже ответили, что от насилия боевиков страдают и христиане, и "
        "мусульмане, а президент Бола Тинубу назвал религиозную терпимость основой нигерийской "
        "идентичности.",
    ),
    "en_nigeria_kebbi": (
        (11, 17),
        "ap",
        "ABUJA, Nigeria (AP) — Gunmen stormed a girls' boarding school in northwestern Nigeria's "
        "Kebbi state early Monday, abducting 25 students and killing a staff member, police said.",
    ),
    "ru_nigeria_kebbi": (
        (11, 18),
        "tass",
        "ЛАГОС, 18 ноября. /ТАСС/. Неизвестные вооруженные люди похитили 25 школьниц из интерната "
        "в штате Кебби на северо-западе Нигерии. Президент Бола Тинубу отменил поездку на саммит "
        "G20 в ЮАР.",
    ),
    "en_niger_state_school": (
        (11, 22),
        "afp",
        "Gunmen abducted more than 300 pupils and staff from St. Mary's Catholic school in "
        "Papiri, in Niger State in central Nigeria, the Christian Association of Nigeria said on "
        'Saturday. "Armed groups are testing the state\'s reach," said an analyst at the '
        "Institute for Security Studies (ISS) in Pretoria.",
    ),
    # ------------------------------------------ Sudan: El Fasher and the Human Rights Council
    "en_fasher_rsf": (
        (10, 27),
        "reuters",
        "PORT SUDAN, Oct 27 (Reuters) - Sudan's paramilitary Rapid Support Forces said on Sunday "
        "they had seized El Fasher, the army's last stronghold in the Darfur region, after an "
        "18-month siege, as reports emerged of mass killings of civilians fleeing the city.",
    ),
    "en_hrc_fasher": (
        (11, 14),
        "un_news",
        "Human Rights Council holds special session on El Fasher\n\n"
        "The Human Rights Council on Friday adopted a resolution ordering its Fact-Finding "
        "Mission on Sudan to urgently investigate alleged atrocities in El Fasher. UN human "
        'rights chief Volker Türk told the Geneva session that "the horrors in El Fasher were '
        'foreseeable and preventable".',
    ),
    "ru_hrc_fasher": (
        (11, 14),
        "tass",
        "ЖЕНЕВА, 14 ноября. /ТАСС/. Совет ООН по правам человека на специальной сессии принял без "
        "голосования резолюцию по ситуации в суданском городе Эль-Фашер. Постпред России Геннадий "
        "Гатилов заявил, что Москва выступает против политизации работы СПЧ и не присоединяется к "
        "консенсусу по ряду положений документа.",
    ),
    "ru_spch_putin": (
        (12, 9),
        "kremlin",
        "Заседание Совета по развитию гражданского общества и правам человека\n\n"
        "Владимир Путин в режиме видеоконференции провёл ежегодное заседание Совета при "
        "Президенте по развитию гражданского общества и правам человека. Председатель СПЧ Валерий "
        "Фадеев доложил о работе Совета в зоне специальной военной операции и с семьями "
        "военнослужащих.",
    ),
    # ------------------------------------------------------------------------- COP30 in Belém
    "en_cop30_open": (
        (11, 10),
        "un_news",
        "COP30 opens in Belém\n\n"
        "The UN climate conference opened on Monday in the Amazon city of Belém, Brazil, with "
        'President Luiz Inácio Lula da Silva calling it "the COP of truth". UN climate chief '
        "Simon Stiell urged countries to speed up the transition away from fossil fuels, as the "
        "world is set to overshoot 1.5°C of warming.",
    ),
    "ru_cop30_open": (
        (11, 10),
        "tass",
        "БЕЛЕН /Бразилия/, 10 ноября. /ТАСС/. В бразильском Белене открылась 30-я конференция "
        "сторон Рамочной конвенции ООН об изменении климата (COP30). Президент Бразилии Луис "
        "Инасиу Лула да Силва призвал делегатов «победить отрицателей климатических изменений». В "
        "конференции участвуют представители почти 200 стран.",
    ),
    "en_cop30_deal": (
        (11, 22),
        "reuters",
        "BELEM, Brazil, Nov 22 (Reuters) - Nearly 200 countries approved a climate deal at COP30 "
        "on Saturday that triples finance to help poorer nations adapt to global warming but "
        "drops any mention of a roadmap away from fossil fuels, after talks ran a day past their "
        "Nov 21 deadline.",
    ),
    "ru_cop30_deal": (
        (11, 23),
        "kommersant",
        "В Белене завершилась климатическая конференция ООН COP30. Итоговое решение, названное "
        "«Глобальный мутирао», предусматривает утроение финансирования адаптации к изменениям "
        "климата, однако «дорожная карта» отказа от ископаемого топлива в документ так и не вошла "
        "— против выступили Саудовская Аравия и ряд других производителей нефти.",
    ),
    "ru_cop30_edelgeriev": (
        (11, 18),
        "ria",
        "БЕЛЕН, 18 ноя — РИА Новости. Спецпредставитель президента России по вопросам климата "
        "Руслан Эдельгериев заявил на COP30, что Россия выполнит свои обязательства по сокращению "
        "выбросов и выступает против использования климатической повестки для введения торговых "
        "барьеров.",
    ),
    "en_cop30_tfff": (
        (11, 6),
        "prensa_latina",
        "Belém, Brazil (Prensa Latina) Brazilian President Luiz Inácio Lula da Silva launched the "
        "Tropical Forests Forever Facility on Thursday at the leaders' summit ahead of COP30, "
        "with Norway pledging 3 billion dollars to the fund over ten years.",
    ),
    "en_petrobras_amazon": (
        (10, 20),
        "reuters",
        "RIO DE JANEIRO, Oct 20 (Reuters) - Brazil's environmental regulator Ibama granted "
        "Petrobras a licence to drill an exploratory well near the mouth of the Amazon River, a "
        "decision environmentalists called a blow to Brazil's climate credentials weeks before "
        "COP30 in Belem.",
    ),
    "en_belem_tower": (
        (8, 14),
        "afp",
        "Tourists queued for hours in the summer heat outside Lisbon's Belém Tower and the "
        "Jerónimos Monastery, as Portugal heads for another record year with more than 30 million "
        "foreign visitors expected.",
    ),
    "ru_cop29_baku": (
        (11, 24),
        "ria",
        "БАКУ, 24 ноя — РИА Новости. Участники климатической конференции ООН COP29 в Баку после "
        "двух суток дополнительных переговоров договорились, что развитые страны будут выделять "
        "развивающимся не менее 300 миллиардов долларов в год к 2035 году.",
    ),
    # ---------------------------------------------------------------------- Brazil: Bolsonaro
    "en_bolsonaro_sentence": (
        (9, 11),
        "reuters",
        "BRASILIA, Sept 11 (Reuters) - Brazil's Supreme Court sentenced former President Jair "
        "Bolsonaro to 27 years and three months in prison on Thursday for plotting a coup to "
        'overturn his 2022 election defeat. U.S. President Donald Trump called the verdict "very '
        'surprising".',
    ),
    "ru_bolsonaro_sentence": (
        (9, 12),
        "tass",
        "БРАЗИЛИА, 12 сентября. /ТАСС/. Верховный федеральный суд Бразилии приговорил "
        "экс-президента Жаира Болсонару к 27 годам и 3 месяцам заключения по делу о попытке "
        "государственного переворота. Сам Болсонару, находящийся под домашним арестом, вину не "
        "признает.",
    ),
    "en_eduardo_bolsonaro": (
        (9, 22),
        "ap",
        "SAO PAULO (AP) — Brazil's prosecutor-general charged congressman Eduardo Bolsonaro with "
        "coercion on Monday, accusing him of lobbying U.S. officials in Washington to impose "
        "sanctions on Brazilian judges.",
    ),
    "ru_lula_putin_call": (
        (10, 2),
        "kremlin",
        "Телефонный разговор с Президентом Бразилии Луисом Инасиу Лулой да Силвой\n\n"
        "Обсуждены вопросы взаимодействия в рамках БРИКС и «Группы двадцати», а также подготовка "
        "к климатической конференции ООН COP30 в Белене. Лула да Силва проинформировал о своих "
        "контактах в интересах урегулирования украинского кризиса.",
    ),
    # ------------------------------------------------------------------------ Colombia: Petro
    "en_petro_visa": (
        (9, 27),
        "reuters",
        "NEW YORK, Sept 27 (Reuters) - The U.S. State Department said on Friday it would revoke "
        'the visa of Colombian President Gustavo Petro because of his "reckless and incendiary '
        'actions" after he urged American soldiers to disobey President Donald Trump at a '
        "pro-Palestinian protest in New York.",
    ),
    "ru_petro_visa": (
        (9, 27),
        "ria",
        "Госдеп США аннулирует визу президента Колумбии Густаво Петро после его выступления на "
        "пропалестинском митинге в Нью-Йорке, где он призвал американских военных не подчиняться "
        "приказам Трампа. Петро, прилетевший на Генассамблею ООН, заявил, что виза ему «не нужна».",
    ),
    "en_petro_sanctions": (
        (10, 24),
        "ap",
        "WASHINGTON (AP) — The U.S. Treasury imposed sanctions on Friday on Colombian President "
        "Gustavo Petro, his wife, his son and a top political ally, accusing Petro of allowing "
        "drug cartels to flourish.",
    ),
    "ru_petro_sanctions": (
        (10, 25),
        "tass",
        "БОГОТА, 25 октября. /ТАСС/. Президент Колумбии Густаво Петро назвал «парадоксом» "
        "введение против него санкций Минфином США, который 24 октября внес его в санкционный "
        "список вместе с супругой и сыном. «Я тридцать лет боролся с наркоторговлей», — написал "
        "он в соцсети X.",
    ),
    "en_poroshenko_sanctions": (
        (2, 13),
        "reuters",
        "KYIV, Feb 13 (Reuters) - Ukraine imposed sanctions on former President Petro Poroshenko "
        "on Thursday, freezing his assets, in a move he called an attempt to sideline the "
        "opposition.",
    ),
    # ----------------------------------------------------------------------------------- Peru
    "en_peru_boluarte": (
        (10, 10),
        "reuters",
        "LIMA, Oct 10 (Reuters) - Peru's Congress voted to remove President Dina Boluarte early "
        "on Friday over her failure to stem a crime wave, and swore in the head of Congress, Jose "
        "Jeri, as the country's new leader, the seventh president in less than a decade.",
    ),
    "ru_peru_boluarte": (
        (10, 10),
        "ria",
        "ЛИМА, 10 окт — РИА Новости. Конгресс Перу в ночь на пятницу отстранил от должности "
        "президента Дину Болуарте за «постоянную моральную несостоятельность». Новым главой "
        "государства стал 38-летний председатель парламента Хосе Хери.",
    ),
    "en_peru_protests": (
        (10, 16),
        "ap",
        "LIMA, Peru (AP) — One man was killed and scores were injured when Gen Z-led protesters "
        "clashed with police in Lima, the first major test for new President José Jerí, who has "
        "ruled out resigning.",
    ),
    "ru_peru_emergency": (
        (10, 22),
        "tass",
        "ЛИМА, 22 октября. /ТАСС/. Президент Перу Хосе Хери ввел чрезвычайное положение в Лиме и "
        "соседнем Кальяо на 30 дней из-за роста преступности. Военные будут патрулировать улицы "
        "вместе с полицией.",
    ),
    "ru_bunin_book": (
        (10, 22),
        "kultura",
        "В Доме русского зарубежья имени Солженицына представили сборник неизвестных писем и "
        "рассказов, принадлежащих перу Ивана Бунина. Издание приурочено к 155-летию писателя.",
    ),
    # ------------------------------------------------------------ Venezuela and the Caribbean
    "en_caribbean_ford": (
        (11, 11),
        "ap",
        "The USS Gerald R. Ford, the world's largest aircraft carrier, arrived in the Caribbean "
        "on Tuesday, the biggest U.S. military buildup in the region in decades. U.S. strikes on "
        "alleged drug boats have killed at least 76 people since Sept. 2. Venezuelan President "
        'Nicolás Maduro accused Washington of "fabricating a new war".',
    ),
    # --------------------------------------------- Frozen assets, the 19th package, Euroclear
    "ru_eu_19th": (
        (10, 23),
        "kommersant",
        "ЕС утвердил 19-й пакет санкций против России. Он предусматривает полный запрет на импорт "
        "российского сжиженного природного газа с 1 января 2027 года, ограничения против "
        "«Роснефти» и «Газпром нефти», а также против банков в Казахстане и Белоруссии и "
        "криптовалютных платформ.",
    ),
    "en_eu_19th": (
        (10, 23),
        "reuters",
        "BRUSSELS, Oct 23 (Reuters) - The European Union adopted a 19th package of sanctions "
        "against Russia on Thursday, including a ban on Russian liquefied natural gas imports "
        "starting in January 2027, after Slovakia lifted its hold.",
    ),
    "ru_euroclear_suit": (
        (12, 12),
        "interfax",
        "Москва. 12 декабря. INTERFAX.RU - Банк России подал в Арбитражный суд Москвы иск к "
        "бельгийскому депозитарию Euroclear о взыскании 18,2 трлн рублей, сообщила пресс-служба "
        "регулятора. Иск связан с планами ЕС использовать замороженные активы ЦБ для "
        "«репарационного кредита» Украине.",
    ),
    "en_euroclear_suit": (
        (12, 12),
        "reuters",
        "MOSCOW, Dec 12 (Reuters) - Russia's central bank sued Belgium-based Euroclear in a "
        "Moscow court on Friday, seeking 18.2 trillion roubles ($229 billion) in damages, as the "
        "European Union weighs using frozen Russian assets to fund a loan to Ukraine.",
    ),
    "en_eu_summit_loan": (
        (12, 19),
        "afp",
        "EU leaders agreed early Friday to raise 90 billion euros in joint debt to fund Ukraine "
        "in 2026 and 2027, after failing to overcome Belgium's objections to a \"reparations "
        'loan" based on frozen Russian central bank assets. Belgian Prime Minister Bart De Wever '
        "had warned of legal and financial risks for Euroclear.",
    ),
    "ru_eu_summit_loan": (
        (12, 19),
        "rbc",
        "Лидеры ЕС на саммите в Брюсселе не договорились об использовании замороженных российских "
        "активов для «репарационного кредита» Украине. Против выступила Бельгия, где находится "
        "депозитарий Euroclear: премьер Барт де Вевер потребовал гарантий от других стран. Вместо "
        "этого Евросоюз займет на рынке 90 млрд евро.",
    ),
    "ru_medvedev_assets": (
        (12, 19),
        "rt",
        "Зампред Совбеза Дмитрий Медведев: «Брюссельские воришки так и не решились украсть наши "
        "деньги. Но пусть не обольщаются: любое изъятие российских активов будет для нас поводом "
        "для войны — casus belli — со всеми вытекающими последствиями. И отвечать придётся и "
        "Бельгии, и Еврокомиссии».",
    ),
    "en_medvedev_tass": (
        (12, 20),
        "tass_en",
        "Deputy Chairman of Russia's Security Council Dmitry Medvedev said the EU's failure to "
        'agree on confiscating Russian assets was "a defeat of the Brussels thieves", warning '
        "that any seizure would be treated as a casus belli.",
    ),
    # ------------------------------------------------------------- Tennis: the other Medvedev
    "ru_medvedev_almaty": (
        (10, 19),
        "sport",
        "🎾 Даниил Медведев выиграл турнир ATP в Алматы! В финале россиянин обыграл француза "
        "Корентена Муте. Для Медведева это первый титул с мая 2023 года, когда он победил на "
        "«Мастерсе» в Риме.",
    ),
    "en_medvedev_almaty": (
        (10, 19),
        "reuters",
        "ALMATY, Oct 19 (Reuters) - Daniil Medvedev ended a title drought of more than two years "
        "by beating Corentin Moutet in the Almaty Open final on Sunday, his first trophy since "
        "winning in Rome in May 2023.",
    ),
    # -------------------------------------------------------------------------- Germany: Merz
    "en_merz_elected": (
        (5, 6),
        "reuters",
        "BERLIN, May 6 (Reuters) - Friedrich Merz was elected German chancellor in a second round "
        "of voting in parliament on Tuesday, hours after an unprecedented defeat in the first "
        "round that raised doubts over his coalition's stability. He won 325 votes in the "
        "Bundestag, nine more than needed.",
    ),
    "ru_merz_elected": (
        (5, 6),
        "ria",
        "БЕРЛИН, 6 мая — РИА Новости. Лидер ХДС Фридрих Мерц со второй попытки избран федеральным "
        "канцлером Германии: за него проголосовали 325 депутатов бундестага. В первом туре ему не "
        "хватило шести голосов — такого в истории ФРГ еще не было.",
    ),
    "ru_merz_peskov": (
        (5, 6),
        "tass",
        "МОСКВА, 6 мая. /ТАСС/. В Кремле не ждут от нового германского канцлера Фридриха Мерца "
        "смены курса в отношении России, заявил пресс-секретарь президента Дмитрий Песков. «Мы "
        "видим, что Германия продолжает милитаризацию», — сказал он.",
    ),
    "en_wadephul_visit": (
        (6, 2),
        "dw",
        "German Foreign Minister Johann Wadephul arrived in Kyiv on Monday on his first visit as "
        "Germany's top diplomat, promising continued military support for Ukraine.",
    ),
    # ---------------------------------------------------------------- France: Lecornu, Macron
    "en_lecornu_resigns": (
        (10, 6),
        "afp",
        "French Prime Minister Sebastien Lecornu resigned on Monday, just hours after naming his "
        "cabinet, plunging France deeper into political crisis. President Emmanuel Macron "
        "accepted the resignation of what became the shortest-lived government in modern French "
        "history.",
    ),
    "ru_lecornu_resigns": (
        (10, 6),
        "ria",
        "ПАРИЖ, 6 окт — РИА Новости. Премьер-министр Франции Себастьен Лекорню подал в отставку "
        "спустя 14 часов после формирования кабинета, Елисейский дворец сообщил, что президент "
        "Эмманюэль Макрон ее принял.",
    ),
    "en_lecornu_back": (
        (10, 10),
        "reuters",
        "PARIS, Oct 10 (Reuters) - French President Emmanuel Macron reappointed Sebastien Lecornu "
        "as prime minister on Friday, four days after he resigned, tasking him with getting a "
        "budget through a divided parliament by the end of the year.",
    ),
    "ru_lecornu_back": (
        (10, 11),
        "tass",
        "ПАРИЖ, 11 октября. /ТАСС/. Президент Франции Эмманюэль Макрон вечером 10 октября вновь "
        "назначил премьер-министром Себастьена Лекорню, который ушел в отставку четырьмя днями "
        "ранее. Оппозиция пригрозила правительству вотумом недоверия.",
    ),
    "en_brigitte_trial": (
        (10, 28),
        "ap",
        "PARIS (AP) — Ten people went on trial in Paris accused of cyberbullying France's first "
        "lady Brigitte Macron with false claims about her gender and sexuality. A verdict is "
        "expected in January.",
    ),
    # --------------------------------------------------- Poland: Gdańsk and Irkutsk, Nawrocki
    "en_gdansk_consulate": (
        (11, 19),
        "reuters",
        "WARSAW, Nov 19 (Reuters) - Poland will close Russia's last consulate in the country, in "
        "Gdansk, Foreign Minister Radoslaw Sikorski said on Wednesday, after blaming Russian "
        "intelligence services for an explosion on a railway line used to deliver aid to Ukraine.",
    ),
    "ru_gdansk_consulate": (
        (11, 19),
        "ria",
        "Польша закрывает последнее российское генконсульство — в Гданьске, заявил глава МИД "
        "Радослав Сикорский, обвинив Россию в диверсии на железной дороге Варшава — Люблин. В "
        "Москве назвали решение «очередным проявлением русофобии».",
    ),
    "ru_irkutsk_mid": (
        (11, 20),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с решением "
        "властей Польши закрыть Генеральное консульство России в Гданьске\n\n"
        "Ответ не заставит себя ждать. Принято решение отозвать согласие на функционирование "
        "Генерального консульства Республики Польша в Иркутске. Варшава сама последовательно "
        "разрушает то, что осталось от двусторонних отношений.",
    ),
    "en_irkutsk_tass": (
        (11, 20),
        "tass_en",
        "Russia will close the Polish Consulate General in Irkutsk in response to Warsaw's "
        "decision to shut the Russian consulate in Gdansk, Foreign Ministry spokeswoman Maria "
        "Zakharova said.",
    ),
    "en_nawrocki_sworn": (
        (8, 6),
        "ap",
        "WARSAW, Poland (AP) — Karol Nawrocki, a conservative historian backed by the Law and "
        "Justice party, was sworn in as Poland's president on Wednesday, pledging to defend "
        "national sovereignty against Brussels.",
    ),
    "ru_nawrocki_sworn": (
        (8, 6),
        "tass",
        "ВАРШАВА, 6 августа. /ТАСС/. Кароль Навроцкий принес присягу президента Польши на "
        "заседании Национального собрания — совместном заседании сейма и сената. Он пообещал не "
        "допустить вступления Украины в НАТО в ближайшие годы.",
    ),
    "ru_sikorsky_history": (
        (5, 25),
        "rus_history",
        "📅 25 мая 1889 года в Киеве родился авиаконструктор Игорь Сикорский — создатель первого в "
        "мире четырехмоторного самолета «Илья Муромец» и один из основоположников "
        "вертолетостроения. #ДеньВИстории",
    ),
    # ------------------------------------------------------------------------ The Baltic grid
    "en_brell": (
        (2, 9),
        "reuters",
        "VILNIUS, Feb 9 (Reuters) - Estonia, Latvia and Lithuania synchronised their power grids "
        "with continental Europe on Sunday, a day after the Baltic states disconnected from the "
        "Soviet-era BRELL system they shared with Russia and Belarus, leaving Russia's "
        "Kaliningrad exclave to run its grid in isolation. European Commission President Ursula "
        'von der Leyen hailed "freedom from threats and blackmail".',
    ),
    "ru_brell": (
        (2, 8),
        "ria",
        "Страны Балтии 8 февраля вышли из энергокольца БРЭЛЛ, объединявшего энергосистемы "
        "Белоруссии, России, Эстонии, Латвии и Литвы. Энергосистемы трех прибалтийских республик "
        "будут синхронизированы с европейскими на следующий день.",
    ),
    "ru_kaliningrad_island": (
        (2, 8),
        "interfax",
        "Калининград. 8 февраля. INTERFAX.RU - Энергосистема Калининградской области успешно "
        "перешла в изолированный режим работы после отключения прибалтийских государств от БРЭЛЛ, "
        "сообщили в Минэнерго России. Перебоев в электроснабжении потребителей нет.",
    ),
    "ru_baltika_football": (
        (9, 28),
        "sport",
        "⚽️ «Балтика» обыграла «Спартак» в Калининграде — 2:0 и поднялась на третье место в "
        "таблице РПЛ.",
    ),
    # ------------------------------------------------- Finland, Norway and the Arctic Council
    "en_finland_property": (
        (12, 2),
        "yle",
        "Finland's parliament approved legislation on Tuesday that will ban citizens of Russia "
        "and Belarus from buying real estate in Finland, citing national security. Exemptions "
        "will apply to those who hold a Finnish residence permit.",
    ),
    "ru_finland_property": (
        (12, 3),
        "ria",
        "ХЕЛЬСИНКИ, 3 дек — РИА Новости. Парламент Финляндии одобрил закон о запрете на покупку "
        "недвижимости гражданами России и Белоруссии. Ограничения не коснутся тех, у кого есть "
        "постоянный вид на жительство в Финляндии.",
    ),
    "en_arctic_council": (
        (5, 12),
        "high_north_news",
        "Norway hands over Arctic Council chairship to the Kingdom of Denmark\n\n"
        "Norway passed the Arctic Council chairship to the Kingdom of Denmark at a meeting in "
        "Tromsø on Monday. Denmark, Greenland and the Faroe Islands will lead the Council until "
        "2027, with Greenland taking a central role.",
    ),
    "ru_arctic_council": (
        (5, 13),
        "tass",
        "МОСКВА, 13 мая. /ТАСС/. Председательство в Арктическом совете перешло от Норвегии к "
        "Дании. Посол по особым поручениям МИД России Николай Корчунов заявил, что Москва готова "
        "к полноценному восстановлению работы совета, если это будет отвечать ее интересам.",
    ),
    "en_norway_election": (
        (9, 9),
        "reuters",
        "OSLO, Sept 9 (Reuters) - Norway's Labour Party, led by Prime Minister Jonas Gahr Store, "
        "won Monday's parliamentary election, securing a majority for the centre-left bloc in the "
        "Storting.",
    ),
    "ru_norway_election": (
        (9, 9),
        "tass",
        "ОСЛО, 9 сентября. /ТАСС/. Правящая Рабочая партия Норвегии во главе с премьер-министром "
        "Йонасом Гаром Стёре победила на парламентских выборах, левоцентристский блок сохранил "
        "большинство в стортинге.",
    ),
    # ----------------------------------------------- WHO: the pandemic agreement, the US exit
    "en_who_pandemic": (
        (5, 20),
        "who",
        "📢 World Health Assembly adopts historic Pandemic Agreement\n\n"
        "Member States of the World Health Organization today formally adopted the WHO Pandemic "
        'Agreement, after more than three years of negotiations. "The world is safer today '
        'thanks to the leadership, collaboration and commitment of our Member States," said WHO '
        "Director-General Dr Tedros Adhanom Ghebreyesus. #WHA78",
    ),
    "ru_who_pandemic": (
        (5, 20),
        "tass",
        "ЖЕНЕВА, 20 мая. /ТАСС/. Всемирная ассамблея здравоохранения приняла соглашение ВОЗ по "
        "предотвращению пандемий, готовности и реагированию на них. Генеральный директор ВОЗ "
        "Тедрос Адханом Гебрейесус назвал документ «победой общественного здравоохранения». "
        "Соглашение будет открыто для подписания после согласования приложения о доступе к "
        "патогенам.",
    ),
    "en_who_us_exit": (
        (1, 21),
        "ap",
        "WASHINGTON (AP) — President Donald Trump signed an executive order on his first day back "
        "in office to withdraw the United States from the World Health Organization, citing its "
        "handling of the COVID-19 pandemic.",
    ),
    "ru_who_us_exit": (
        (1, 21),
        "rbc",
        "Трамп подписал указ о выходе США из Всемирной организации здравоохранения. По его "
        "словам, ВОЗ «обманула» Америку, а Вашингтон платил организации непропорционально много "
        "по сравнению с Китаем.",
    ),
    "en_who_2024": (
        (6, 1),
        "reuters",
        "GENEVA, June 1 (Reuters) - Member states of the World Health Organization decided on "
        "Saturday to extend negotiations on a global pandemic treaty by up to a year, after "
        "countries failed to meet a May 2024 deadline.",
    ),
    # ------------------------------------------------------------------------------------ FAO
    "en_fao_80": (
        (10, 16),
        "fao",
        "🌾 FAO turns 80! Founded on 16 October 1945 in Quebec City, the Food and Agriculture "
        "Organization of the United Nations marks its anniversary on World Food Day with the "
        'World Food Forum in Rome. "Hand in hand for better foods and a better future," said '
        "Director-General QU Dongyu.",
    ),
    "ru_fao_80": (
        (10, 16),
        "rusmission_rome",
        "16 октября — Всемирный день продовольствия и 80-летие Продовольственной и "
        "сельскохозяйственной организации ООН (ФАО). Постпредство России приняло участие в "
        "торжественной церемонии в Риме. Россия последовательно выступает за деполитизацию работы "
        "организации и вносит вклад в глобальную продовольственную безопасность.",
    ),
    "en_fao_index": (
        (12, 5),
        "reuters",
        "ROME, Dec 5 (Reuters) - World food prices fell for a third consecutive month in "
        "November, with the FAO Food Price Index averaging 125.1 points, as prices of dairy, "
        "meat, sugar and vegetable oils declined, the UN Food and Agriculture Organization said "
        "on Friday.",
    ),
    "ru_fao_index": (
        (12, 5),
        "interfax",
        "Индекс продовольственных цен ФАО в ноябре снизился третий месяц подряд — до 125,1 "
        "пункта, сообщила Продовольственная и сельскохозяйственная организация ООН. Подешевели "
        "молочная продукция, мясо, сахар и растительные масла.",
    ),
    # ------------------------------------------ The ICC: Hungary, US sanctions; the other ICC
    "ru_icc_hungary": (
        (4, 3),
        "ria",
        "БУДАПЕШТ, 3 апр — РИА Новости. Венгрия выходит из Международного уголовного суда, заявил "
        "руководитель канцелярии премьер-министра Гергей Гуйяш. Заявление прозвучало в день "
        "визита в Будапешт премьер-министра Израиля Биньямина Нетаньяху, в отношении которого МУС "
        "выдал ордер на арест.",
    ),
    "en_icc_hungary": (
        (4, 3),
        "reuters",
        "BUDAPEST, April 3 (Reuters) - Hungary said on Thursday it would withdraw from the "
        "International Criminal Court, as Prime Minister Viktor Orban rolled out the red carpet "
        "for Israeli Prime Minister Benjamin Netanyahu, who is the subject of an ICC arrest "
        "warrant.",
    ),
    "en_icc_hungary_vote": (
        (5, 20),
        "ap",
        "BUDAPEST, Hungary (AP) — Hungary's parliament voted on Tuesday to withdraw from the "
        "International Criminal Court, making it the first European Union country to leave the "
        "tribunal. The withdrawal takes effect a year after the UN Secretary-General is notified.",
    ),
    "en_icc_sanctions": (
        (6, 5),
        "ap",
        "WASHINGTON (AP) — The Trump administration imposed sanctions on Thursday on four judges "
        "of the International Criminal Court, including two involved in the case that led to an "
        "arrest warrant for Israeli Prime Minister Benjamin Netanyahu.",
    ),
    "ru_icc_sanctions": (
        (8, 21),
        "tass",
        "ВАШИНГТОН, 21 августа. /ТАСС/. Госдепартамент США 20 августа ввел санкции против еще "
        "двух судей и двух заместителей прокурора Международного уголовного суда. Ранее "
        "ограничения были введены против прокурора МУС Карима Хана и четырех судей.",
    ),
    "en_icc_omv": (
        (11, 13),
        "reuters",
        "VIENNA, Nov 13 (Reuters) - Austria's OMV said on Wednesday an arbitration tribunal of "
        "the International Chamber of Commerce (ICC) had awarded it 230 million euros in damages "
        "from Gazprom Export over irregular gas deliveries to Germany in 2022. OMV said it would "
        "offset the sum against its payments to Gazprom.",
    ),
    # ------------------------------------------------------------------ Roscosmos and the ISS
    "ru_soyuz_ms28": (
        (11, 27),
        "roscosmos",
        "🚀 Пилотируемый корабль «Союз МС-28» успешно выведен на орбиту!\n\n"
        "Старт ракеты «Союз-2.1а» состоялся с площадки № 31 космодрома Байконур в 12:27:57 мск. "
        "На борту – космонавты Роскосмоса Сергей Кудь-Сверчков и Сергей Микаев и астронавт NASA "
        "Кристофер Уильямс. Стыковка с Международной космической станцией – через три часа.\n\n"
        "#Роскосмос #МКС",
    ),
    "en_soyuz_ms28": (
        (11, 27),
        "reuters",
        "BAIKONUR, Kazakhstan, Nov 27 (Reuters) - A Russian Soyuz rocket carrying two Russian "
        "cosmonauts and a NASA astronaut blasted off on Thursday, and the crew docked with the "
        "International Space Station about three hours later, Roscosmos said.",
    ),
    "ru_baikonur_pad": (
        (11, 28),
        "interfax",
        "Москва. 28 ноября. INTERFAX.RU - В ходе запуска «Союза МС-28» повреждена обслуживающая "
        "кабина стартового комплекса площадки № 31 космодрома Байконур, сообщили в Роскосмосе. "
        "Все необходимые резервные элементы есть, стартовый комплекс восстановят в ближайшее "
        "время.",
    ),
    "en_baikonur_pad": (
        (11, 29),
        "ap",
        "MOSCOW (AP) — A launch pad at the Baikonur Cosmodrome that Russia uses to send crews to "
        "the International Space Station was damaged during Thursday's launch, leaving the "
        "country without a working crew launch site until repairs are made.",
    ),
    "ru_bion": (
        (8, 20),
        "tass",
        "БАЙКОНУР, 20 августа. /ТАСС/. Ракета «Союз-2.1б» с биоспутником «Бион-М» № 2 стартовала "
        "с космодрома Байконур. На борту — 75 мышей, около полутора тысяч мух-дрозофил, клеточные "
        "культуры и семена растений; полет продлится 30 суток.",
    ),
    "en_bion": (
        (8, 20),
        "rt",
        "🐭🚀 Russia launches Bion-M No. 2 biosatellite with 75 mice and 1,500 fruit flies on "
        "board. The 30-day mission will fly a polar orbit to study how cosmic radiation affects "
        "living organisms.",
    ),
    "ru_bakanov_iss": (
        (12, 3),
        "tass",
        "МОСКВА, 3 декабря. /ТАСС/. Генеральный директор Роскосмоса Дмитрий Баканов заявил, что "
        "российский сегмент МКС будет эксплуатироваться до 2028 года, после чего его модули "
        "станут основой Российской орбитальной станции.",
    ),
    # ------------------------------------------------ The Russian Orthodox Church and Estonia
    "ru_estonia_church": (
        (4, 9),
        "ria",
        "ТАЛЛИН, 9 апр — РИА Новости. Рийгикогу (парламент Эстонии) принял поправки к закону о "
        "церквях и приходах, которые обязывают Эстонскую православную церковь Московского "
        "патриархата разорвать связи с Москвой.",
    ),
    "en_estonia_church": (
        (4, 9),
        "err",
        "The Riigikogu on Wednesday passed amendments to the Churches and Congregations Act "
        "requiring religious organisations in Estonia to cut ties with leaderships abroad that "
        "pose a security threat, a move aimed at the Estonian Orthodox Church of the Moscow "
        "Patriarchate.",
    ),
    "ru_kirill_estonia": (
        (4, 10),
        "patriarchia",
        "Заявление Святейшего Патриарха Московского и всея Руси Кирилла в связи с принятием в "
        "Эстонии закона, направленного против православной церкви\n\n"
        "Призываю Предстоятелей и иерархов Поместных Православных Церквей, главы христианских "
        "конфессий и международные организации возвысить голос в защиту верующих Эстонии.",
    ),
    "en_karis_veto": (
        (4, 25),
        "err",
        "President Alar Karis has refused to promulgate the amendments to the Churches and "
        "Congregations Act passed by the Riigikogu, saying they infringe on freedom of religion, "
        "and sent the bill back to parliament.",
    ),
    "ru_kirill_christmas": (
        (1, 7),
        "patriarchia",
        "Рождественское послание Патриарха Московского и всея Руси Кирилла архипастырям, "
        "пастырям, диаконам, монашествующим и всем верным чадам Русской Православной Церкви. "
        "Святейший Патриарх совершил Рождественское богослужение в Храме Христа Спасителя.",
    ),
    # -------------------------------------------------------------------------------- Culture
    "en_gergiev_caserta": (
        (7, 17),
        "reuters",
        "ROME, July 17 (Reuters) - A concert by Russian conductor Valery Gergiev at the Royal "
        "Palace of Caserta near Naples was cancelled on Thursday after protests from Ukrainian "
        "groups and Italian politicians, the Campania regional government said.",
    ),
    "ru_gergiev_caserta": (
        (7, 17),
        "tass",
        "РИМ, 17 июля. /ТАСС/. Концерт Валерия Гергиева, запланированный на 27 июля в Королевском "
        "дворце Казерты, отменен под давлением проукраинских активистов и ряда итальянских "
        "политиков.",
    ),
    "ru_gergiev_mid": (
        (7, 18),
        "mid",
        "Захарова: отмена концерта Валерия Гергиева в Италии — очередное проявление «культуры "
        "отмены», которая бьет прежде всего по самим европейцам, лишая их великой музыки.",
    ),
    "en_modigliani": (
        (4, 11),
        "afp",
        "An exhibition of more than 100 works by Amedeo Modigliani opened at the Palazzo Reale in "
        "Milan, drawing record crowds on its first weekend.",
    ),
    "ru_hermitage_renaissance": (
        (3, 14),
        "kultura",
        "В Эрмитаже открылась выставка «Мастера эпохи Возрождения из собрания музея», в которую "
        "вошли работы Тициана, Джорджоне и Рафаэля.",
    ),
    # -------------------------------------------------------------- Consular and visa notices
    "ru_evisa": (
        (8, 1),
        "mid_consular",
        "ℹ️ Департамент консульской службы МИД России напоминает: иностранные граждане из 55 "
        "государств могут оформить единую электронную визу для въезда в Россию на сайте "
        "electronic-visa.kdmid.ru. Срок рассмотрения – до четырёх суток, консульский сбор – 52 "
        "доллара США.",
    ),
    "en_evisa_india": (
        (8, 1),
        "rusembindia",
        "🇷🇺 Russian Embassy in India: Indian citizens can apply for a unified electronic visa to "
        "visit Russia for tourism, business or to attend events. The e-visa is valid for 60 days "
        "with a stay of up to 16 days. Apply at electronic-visa.kdmid.ru",
    ),
    # ------------------------------------------------------------------------- More from Asia
    "en_scs_patrol": (
        (8, 7),
        "reuters",
        "MANILA, Aug 7 (Reuters) - The Philippines held joint naval drills with Australia and "
        "Japan in the South China Sea on Thursday, the Philippine military said, near Scarborough "
        "Shoal, where its vessels have repeatedly been blasted with water cannon.",
    ),
    "ru_vietnam_80": (
        (9, 2),
        "duma",
        "Председатель Государственной Думы Вячеслав Володин в составе почётных гостей "
        "присутствовал на торжествах в Ханое по случаю 80-летия провозглашения независимости "
        "Вьетнама. На площади Бадинь прошёл военный парад, в котором участвовали и российские "
        "военнослужащие.",
    ),
    "en_vietnam_80": (
        (9, 2),
        "vna",
        "Hanoi (VNA) - A grand parade and march took place at Ba Dinh Square on September 2 to "
        "celebrate the 80th National Day of Vietnam, with troops from Russia, China, Laos and "
        "Cambodia taking part for the first time.",
    ),
    "ru_salmon_japan": (
        (4, 18),
        "fish_gov",
        "Россия и Япония завершили межправительственные консультации и согласовали условия "
        "промысла лососевых российского происхождения японскими рыбаками в 2025 году. Квота "
        "вылова сохранена на уровне прошлого года — 2050 тонн.",
    ),
    "en_salmon_kyodo": (
        (4, 18),
        "kyodo",
        "TOKYO, April 18 (Kyodo) -- Japan and Russia agreed on terms for Japanese fishing of "
        "Russian-origin salmon and trout within Japan's exclusive economic zone this year, "
        "keeping the catch quota unchanged at 2,050 tons, the Fisheries Agency said.",
    ),
    # ------------------------------------------------------------- Lithuania and the balloons
    "en_lithuania_balloons": (
        (10, 27),
        "lrt",
        "Lithuania closed its border with Belarus for a month and declared a state of emergency "
        "after smugglers' balloons carrying cigarettes repeatedly forced the closure of Vilnius "
        "Airport, Prime Minister Inga Ruginienė said.",
    ),
    "ru_lithuania_balloons": (
        (10, 28),
        "belta",
        "Литва закрыла границу с Белоруссией, объяснив это запусками метеозондов с контрабандными "
        "сигаретами. Президент Белоруссии Александр Лукашенко назвал решение Вильнюса «безумной "
        "провокацией», в ловушке на белорусской территории оказались более тысячи литовских фур.",
    ),
    # ------------------------------------------------------------------------------ Briefings
    "ru_briefing_apr9": (
        (4, 9),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, 9 апреля 2025 года\n\n"
        "Основные темы:\n"
        "▪️ военная активность вокруг Тайваня;\n"
        "▪️ решение Венгрии выйти из Международного уголовного суда — МУС давно превратился в "
        "послушный инструмент западных стран;\n"
        "▪️ принятие Рийгикогу закона против Эстонской православной церкви;\n"
        "▪️ консультации с Японией по вопросам рыболовства.\n\n"
        "#брифинг #Захарова",
    ),
    "ru_briefing_sep10": (
        (9, 10),
        "mid",
        "Из брифинга М.В.Захаровой, 10 сентября 2025 года\n\n"
        "🔹 Осуждаем израильский удар по Дохе. Атака на территорию страны-посредника подрывает "
        "усилия по прекращению огня в Газе.\n\n"
        "🔹 О плотине Возрождения: призываем Эфиопию и Египет найти взаимоприемлемое решение. "
        "Переговоры идут больше десяти лет, а воз и ныне там.\n\n"
        "🔹 Поздравляем Вьетнам с 80-летием провозглашения независимости.\n\n"
        "#брифинг",
    ),
    "ru_briefing_oct16": (
        (10, 16),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 октября 2025 "
        "года\n\n"
        "Основные темы:\n"
        "▪️ ход выполнения договорённостей по Газе, освобождение заложников;\n"
        "▪️ смена власти в Перу и политический кризис во Франции;\n"
        "▪️ 80-летие ФАО;\n"
        "▪️ предстоящая 25 октября церемония подписания Конвенции ООН против киберпреступности в "
        "Ханое.\n\n"
        "#брифинг #Захарова",
    ),
    "ru_briefing_nov20": (
        (11, 20),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 20 ноября 2025 года\n\n"
        "🔹 Саммит «Группы двадцати» в Йоханнесбурге 22–23 ноября: российскую делегацию возглавит "
        "М.С.Орешкин.\n"
        "🔹 Рассчитываем, что COP30 в Белене не станет площадкой для политизированных дискуссий.\n"
        "🔹 Закрытие Генконсульства России в Гданьске — ответные меры последуют.\n"
        "🔹 Ситуация в Эль-Фашире — гуманитарная катастрофа, которую западные страны предпочитают "
        "не замечать.\n"
        "🔹 Угрозы Вашингтона в адрес Нигерии недопустимы.",
    ),
    "en_briefing_nov20": (
        (11, 20),
        "mfa_russia",
        "Foreign Ministry Spokeswoman Maria Zakharova's briefing, Moscow, November 20, 2025:\n\n"
        "🔸 G20 summit in Johannesburg\n"
        "🔸 Poland's decision to close the Consulate General in Gdansk\n"
        "🔸 The humanitarian disaster in El Fasher\n"
        "🔸 US threats against Nigeria\n"
        "🔸 Australia's ban on social media for teenagers\n\n"
        "Full text 👉 mid.ru",
    ),
    "en_briefing_oct16": (
        (10, 16),
        "mfa_russia",
        "#Zakharova: Excerpts from the October 16 briefing\n\n"
        'On Gaza: "We welcome the release of the hostages and Palestinian prisoners. Now the '
        'main thing is to prevent the ceasefire from collapsing."\n\n'
        'On Peru: "We are following developments after the removal of Dina Boluarte. It is an '
        'internal affair of the Peruvian people."',
    ),
    "ru_briefing_dec18": (
        (12, 18),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, 18 декабря 2025 года\n\n"
        "Основные темы:\n"
        "▪️ попытки ЕС присвоить российские суверенные активы, иск Банка России к Euroclear;\n"
        "▪️ закон Финляндии о запрете на приобретение недвижимости гражданами России;\n"
        "▪️ председательство Индии в БРИКС в 2026 году;\n"
        "▪️ пожар в Гонконге — выражаем соболезнования китайским друзьям.\n\n"
        "#брифинг",
    ),
    "en_briefing_dec18": (
        (12, 18),
        "mfa_russia",
        "🎙 Maria Zakharova's briefing, December 18:\n\n"
        '🔹 Frozen Russian assets and Euroclear: "Any attempt to steal our property will receive '
        'a response."\n'
        "🔹 Finland's law banning Russians from buying real estate is \"a new manifestation of "
        'Russophobia".\n'
        "🔹 We support India's priorities for its BRICS chairship in 2026.",
    ),
    # -------------------------------------------------------------------------------- Reposts
    "ru_repost_hanoi": (
        (10, 25),
        "russianembassy_vn",
        "Репост из @MID_Russia:\n"
        "Россия подписала в Ханое Конвенцию ООН против киберпреступности — первый универсальный "
        "международный договор в этой сфере, разработанный по российской инициативе. 🇷🇺🇻🇳",
    ),
    "en_repost_hanoi": (
        (10, 25),
        "mfa_russia",
        "Forwarded from UN News:\n"
        '"A vital tool": UN Convention against Cybercrime opens for signature in Hanoi. '
        "#Cybercrime #Vietnam",
    ),
    "en_repost_soyuz": (
        (11, 27),
        "rusembusa",
        "Forwarded from Roscosmos:\n"
        "🚀 Soyuz MS-28 with cosmonauts Sergey Kud-Sverchkov and Sergey Mikaev and NASA astronaut "
        "Christopher Williams has docked with the ISS. Welcome aboard!",
    ),
    "ru_repost_sharm": (
        (10, 13),
        "rusemb_egypt",
        "Репост из @rian_ru:\n"
        "В Шарм-эш-Шейхе подписан документ о гарантиях соглашения по Газе. Египет, Катар, Турция "
        "и США выступили гарантами.",
    ),
    "en_repost_fao": (
        (10, 16),
        "un_news",
        "Forwarded from FAO:\n"
        "80 years of FAO: from Quebec 1945 to Rome 2025, working for a world free from hunger. "
        "#WorldFoodDay #FAO80",
    ),
    "ru_repost_gerd": (
        (9, 9),
        "rusemb_ethiopia",
        "Репост из @tass_agency:\n"
        "Эфиопия открыла Великую эфиопскую плотину «Возрождение» — крупнейшую гидроэлектростанцию "
        "в Африке. 🇪🇹",
    ),
    "en_repost_petro": (
        (10, 25),
        "prensa_latina",
        "Forwarded from Prensa Latina:\n"
        'Colombian President Gustavo Petro says US sanctions against him are "a paradox" after '
        "30 years fighting drug trafficking. #Colombia",
    ),
    # ----------------------------------------------------------------------------- One-liners
    "ru_oneliner_merz": (
        (5, 6),
        "rbc",
        "Мерц избран канцлером Германии со второй попытки.",
    ),
    "en_oneliner_merz": (
        (5, 6),
        "bloomberg",
        "Merz wins Bundestag vote to become German chancellor on second try.",
    ),
    "ru_oneliner_peru": (
        (10, 10),
        "interfax",
        "Парламент Перу отправил в отставку президента Болуарте.",
    ),
    "en_oneliner_lecornu": (
        (10, 6),
        "bloomberg",
        "French Premier Lecornu quits hours after unveiling cabinet.",
    ),
    "ru_oneliner_cop30": (
        (11, 22),
        "ria",
        "Участники COP30 согласовали итоговый документ.",
    ),
    "en_oneliner_gerd": (
        (9, 9),
        "bloomberg",
        "Ethiopia inaugurates $5 billion Nile dam, defying Egypt.",
    ),
    "ru_oneliner_snapback": (
        (9, 28),
        "rt",
        "Санкции ООН против Ирана восстановлены — Россия их не признает.",
    ),
    "en_oneliner_korea": (
        (6, 4),
        "ap",
        "Lee Jae-myung takes office as South Korea's president.",
    ),
    "ru_oneliner_hk": (
        (11, 26),
        "ria",
        "В Гонконге горит жилой комплекс, есть погибшие.",
    ),
    "en_oneliner_soyuz": (
        (11, 27),
        "tass_en",
        "Soyuz MS-28 docks with ISS.",
    ),
    "ru_oneliner_icc": (
        (5, 20),
        "ria",
        "Парламент Венгрии проголосовал за выход из МУС.",
    ),
    "en_oneliner_g20": (
        (11, 22),
        "afp",
        "G20 adopts Johannesburg declaration without the US.",
    ),
    # --------------------------------------------------------------- More of the same stories
    "ru_iran_ceasefire": (
        (6, 24),
        "ria",
        "ТЕГЕРАН, 24 июн — РИА Новости. Режим прекращения огня между Израилем и Ираном вступил в "
        "силу, положив конец 12-дневной войне, которая началась 13 июня с ударов Израиля по "
        "иранским ядерным и военным объектам.",
    ),
    "ru_iaea_grossi": (
        (7, 4),
        "ria",
        "Инспекторы МАГАТЭ покинули Иран и вернулись в штаб-квартиру агентства в Вене, сообщил "
        "гендиректор Рафаэль Гросси. Он призвал как можно скорее возобновить проверки.",
    ),
    "ru_fungwong": (
        (11, 10),
        "tass",
        "МАНИЛА, 10 ноября. /ТАСС/. Супертайфун «Фунвонг» обрушился на остров Лусон, из "
        "прибрежных районов эвакуированы более 1,4 млн человек. Неделей ранее тайфун «Калмэги» "
        "унес жизни более 200 филиппинцев.",
    ),
    "ru_fasher_rsf": (
        (10, 27),
        "ria",
        "ПОРТ-СУДАН, 27 окт — РИА Новости. Силы быстрого реагирования заявили о взятии Эль-Фашира "
        "— последнего оплота суданской армии в Дарфуре — после 18 месяцев осады. Поступают "
        "сообщения о массовых убийствах мирных жителей.",
    ),
    "ru_brigitte_trial": (
        (10, 27),
        "ria",
        "ПАРИЖ, 27 окт — РИА Новости. В Париже начался процесс над десятью обвиняемыми в "
        "кибертравле первой леди Франции Брижит Макрон, в том числе из-за ложных утверждений о ее "
        "поле.",
    ),
    "ru_samsung_lee": (
        (7, 17),
        "interfax",
        "Верховный суд Южной Кореи оставил в силе оправдательный приговор председателю Samsung "
        "Electronics Ли Чжэ Ёну по делу о мошенничестве с отчетностью и манипулировании акциями.",
    ),
    "ru_jaishankar_putin": (
        (8, 21),
        "kremlin",
        "Встреча с Министром иностранных дел Индии Субраманьямом Джайшанкаром\n\n"
        "Владимир Путин принял в Кремле Министра иностранных дел Республики Индии Субраманьяма "
        "Джайшанкара, находящегося в Москве с рабочим визитом.",
    ),
    "ru_karis_veto": (
        (4, 25),
        "ria",
        "ТАЛЛИН, 25 апр — РИА Новости. Президент Эстонии Алар Карис отказался провозгласить "
        "поправки к закону о церквях и приходах, сочтя их противоречащими конституции, и вернул "
        "их в Рийгикогу.",
    ),
    "en_kirill_estonia": (
        (4, 10),
        "tass_en",
        "Patriarch Kirill of Moscow and All Russia urged Orthodox Church leaders and "
        "international organisations to speak up in defence of believers in Estonia after the "
        "Riigikogu passed the churches law.",
    ),
}

_APEC_GYEONGJU = (
    "ru_apec_gyeongju",
    "en_apec_gyeongju",
    "ru_xi_trump_busan",
    "ru_apec_oneliner",
)
_IRAN_STRIKES = (
    "ru_iran_strikes_mid",
    "ru_iran_iaea_law",
    "en_iaea_iran",
    "ru_iaea_grossi",
)
_ICC_HUNGARY = (
    "ru_icc_hungary",
    "en_icc_hungary",
    "en_icc_hungary_vote",
    "en_icc_sanctions",
    "ru_icc_sanctions",
    "ru_briefing_apr9",
    "ru_oneliner_icc",
)
_WHO_PANDEMIC = (
    "en_who_pandemic",
    "ru_who_pandemic",
    "en_who_us_exit",
    "ru_who_us_exit",
    "en_who_2024",
)
_ALBANESE_SANCTIONS = (
    "ru_albanese_sanctions",
    "en_hrc_fasher",
    "ru_hrc_fasher",
)
_SOYUZ_MS28 = (
    "ru_soyuz_ms28",
    "en_soyuz_ms28",
    "en_baikonur_pad",
    "ru_bakanov_iss",
    "en_repost_soyuz",
    "en_oneliner_soyuz",
)
_SOYUZ_MS28_2 = (
    "ru_soyuz_ms28",
    "en_soyuz_ms28",
    "ru_baikonur_pad",
    "ru_bakanov_iss",
    "en_repost_soyuz",
)
_G20_JOBURG = (
    "ru_g20_joburg",
    "en_g20_joburg",
    "en_g20_ramaphosa",
    "ru_g20_oreshkin",
    "en_g20_rio_2024",
    "ru_nigeria_kebbi",
    "ru_jaishankar_moscow",
    "ru_lula_putin_call",
    "ru_briefing_nov20",
    "en_briefing_nov20",
    "en_oneliner_g20",
)
_PRABOWO_SPB = (
    "ru_prabowo_spb",
    "ru_spief_plenary",
    "en_spief_rt",
)
_MBZ_KREMLIN = (
    "ru_mbz_kremlin",
    "en_mbz_kremlin",
    "en_iran_ceasefire",
)
_G20_JOBURG_2 = (
    "ru_g20_joburg",
    "en_g20_joburg",
    "ru_g20_oreshkin",
    "ru_briefing_nov20",
    "en_briefing_nov20",
    "en_oneliner_g20",
)
_G20_JOBURG_3 = (
    "ru_g20_joburg",
    "ru_g20_oreshkin",
    "ru_briefing_nov20",
)
_COP30_OPEN = (
    "en_cop30_open",
    "ru_cop30_open",
    "en_cop30_deal",
    "ru_cop30_deal",
    "ru_cop30_edelgeriev",
    "en_cop30_tfff",
    "en_petrobras_amazon",
    "ru_lula_putin_call",
    "ru_briefing_nov20",
)
_GAZA_MID = (
    "ru_gaza_mid_welcome",
    "ru_sharm_summit",
    "en_sharm_summit",
    "ru_repost_sharm",
)
_HANOI_CONVENTION = (
    "en_hanoi_convention",
    "en_hanoi_vna",
    "en_repost_hanoi",
)
_HANOI_CONVENTION_2 = (
    "ru_hanoi_convention",
    "ru_hanoi_oneliner",
    "ru_briefing_oct16",
    "ru_repost_hanoi",
)
_HK_FIRE = (
    "ru_hk_fire",
    "ru_hk_condolences",
    "ru_hk_legco",
    "ru_briefing_dec18",
)
_TAIWAN_DRILLS = (
    "ru_taiwan_drills",
    "en_taiwan_drills",
    "en_taiwan_xinhua",
    "ru_taiwan_mid",
    "ru_lai_oneliner",
    "ru_briefing_apr9",
)
_PERU_BOLUARTE = (
    "en_peru_boluarte",
    "ru_peru_boluarte",
    "en_peru_protests",
    "ru_peru_emergency",
    "ru_briefing_oct16",
    "en_briefing_oct16",
    "ru_oneliner_peru",
)
_SHARM_SUMMIT = (
    "ru_sharm_summit",
    "en_doha_strike",
    "ru_doha_strike",
    "en_mfa_doha",
    "ru_doha_summit",
    "en_doha_summit",
    "ru_repost_sharm",
)
_TRIPOLI_CLASHES = (
    "ru_tripoli_clashes",
    "en_tripoli_clashes",
    "ru_tripoli_embassy",
)
_PETRO_VISA = (
    "en_petro_visa",
    "ru_petro_visa",
    "en_petro_sanctions",
    "ru_petro_sanctions",
    "en_repost_petro",
)
_GDANSK_CONSULATE = (
    "en_gdansk_consulate",
    "ru_gdansk_consulate",
    "ru_irkutsk_mid",
    "en_irkutsk_tass",
    "ru_briefing_nov20",
    "en_briefing_nov20",
)
_FASHER_RSF = (
    "en_fasher_rsf",
    "en_hrc_fasher",
    "ru_hrc_fasher",
    "ru_briefing_nov20",
    "en_briefing_nov20",
    "ru_fasher_rsf",
)
_GAZA_CEASEFIRE = (
    "en_gaza_ceasefire",
    "en_hostages_freed",
    "en_briefing_oct16",
)
_WHO_PANDEMIC_2 = (
    "en_who_pandemic",
    "en_who_us_exit",
    "en_who_2024",
)
_APEC_GYEONGJU_2 = (
    "en_apec_gyeongju",
    "ru_korea_election",
    "en_korea_election",
    "en_oneliner_korea",
)
_WANGYI_DELHI = (
    "ru_wangyi_delhi",
    "en_wangyi_cgtn",
    "ru_jaishankar_moscow",
    "en_jaishankar_moscow",
    "ru_jaishankar_putin",
)
_PRABOWO_SPB_2 = (
    "ru_prabowo_spb",
    "en_prabowo_spb",
    "ru_spief_plenary",
    "en_spief_rt",
    "en_jakarta_protests",
    "ru_jakarta_protests",
)
_G20_JOBURG_4 = (
    "en_g20_joburg",
    "en_g20_ramaphosa",
    "ru_g20_oreshkin",
    "en_ramaphosa_trump",
    "ru_ramaphosa_trump",
)
_LECORNU_RESIGNS = (
    "en_lecornu_resigns",
    "ru_lecornu_resigns",
    "en_lecornu_back",
    "ru_lecornu_back",
)
_KIRILL_ESTONIA = (
    "ru_kirill_estonia",
    "ru_kirill_christmas",
    "en_kirill_estonia",
)
_SHARM_SUMMIT_2 = (
    "en_sharm_summit",
    "ru_icc_hungary",
    "en_icc_hungary",
    "en_icc_sanctions",
)
_TAIWAN_MID = (
    "ru_taiwan_mid",
    "ru_irkutsk_mid",
    "en_irkutsk_tass",
    "ru_gergiev_mid",
    "ru_briefing_apr9",
    "ru_briefing_sep10",
    "ru_briefing_oct16",
    "ru_briefing_nov20",
    "en_briefing_nov20",
    "en_briefing_oct16",
    "ru_briefing_dec18",
    "en_briefing_dec18",
)
_GERD = (
    "ru_gerd",
    "ru_briefing_sep10",
    "ru_repost_gerd",
)
_BRIEFING_APR9 = (
    "ru_briefing_apr9",
    "ru_briefing_sep10",
    "ru_briefing_oct16",
    "ru_briefing_nov20",
    "ru_briefing_dec18",
)
_COP30_OPEN_2 = (*_COP30_OPEN, "ru_oneliner_cop30")
_EUROCLEAR_SUIT = (
    "ru_euroclear_suit",
    "en_euroclear_suit",
    "en_eu_summit_loan",
    "ru_eu_summit_loan",
    "ru_briefing_dec18",
    "en_briefing_dec18",
)
_PERU_BOLUARTE_2 = (
    "en_peru_boluarte",
    "ru_peru_boluarte",
    "en_briefing_oct16",
    "ru_oneliner_peru",
)
_SOYUZ_MS28_3 = (
    "ru_soyuz_ms28",
    "ru_baikonur_pad",
    "en_repost_soyuz",
    "en_oneliner_soyuz",
)

QUERIES: list[Labelled] = [
    # ----------------------- k1 organisations and abbreviations in both languages and scripts
    Labelled(
        "АТЭС",
        _APEC_GYEONGJU,
        "k1: АТЭС finds APEC and «Азиатско-тихоокеанское экономическое сотрудничество»",
        first="ru_apec_gyeongju",
    ),
    Labelled(
        "APEC",
        _APEC_GYEONGJU,
        "k1: APEC finds АТЭС; the Busan story in English never names the forum",
        first="en_apec_gyeongju",
    ),
    Labelled(
        "МАГАТЭ",
        _IRAN_STRIKES,
        "k1: МАГАТЭ = IAEA = Международное агентство по атомной энергии",
    ),
    Labelled(
        "МУС",
        _ICC_HUNGARY,
        "k1: МУС = ICC = International Criminal Court; мусульмане and the Chamber of Commerce are "
        "traps",
        absent=("en_icc_omv", "ru_nigeria_trump"),
    ),
    Labelled(
        "ICC",
        _ICC_HUNGARY,
        "k1: ICC is the court here; the International Chamber of Commerce's ICC is another",
        absent=("en_icc_omv",),
    ),
    Labelled(
        "International Chamber of Commerce",
        ("en_icc_omv",),
        "k1: the other ICC, an arbitration body, not the court",
        absent=("en_icc_hungary", "en_icc_sanctions", "ru_icc_hungary"),
    ),
    Labelled(
        "Международный уголовный суд",
        _ICC_HUNGARY,
        "k1: the court's Russian name finds МУС, ICC and International Criminal Court",
        absent=("en_icc_omv",),
    ),
    Labelled(
        "ВОЗ",
        _WHO_PANDEMIC,
        "k1: ВОЗ = WHO = World Health Organization; «а воз и ныне там» is a cart",
        absent=("ru_briefing_sep10",),
    ),
    Labelled(
        "WHO",
        _WHO_PANDEMIC,
        "k1: the organisation, not the pronoun who",
        absent=("en_icc_hungary", "en_apec_gyeongju", "en_peru_protests", "en_finland_property"),
    ),
    Labelled(
        "ФАО",
        (
            "en_fao_80",
            "ru_fao_80",
            "en_fao_index",
            "ru_fao_index",
            "ru_briefing_oct16",
            "en_repost_fao",
        ),
        "k1: ФАО = FAO = Продовольственная и сельскохозяйственная организация ООН",
    ),
    Labelled(
        "СПЧ ООН",
        _ALBANESE_SANCTIONS,
        "k1: the UN Human Rights Council, not the President's СПЧ",
        absent=("ru_spch_putin",),
    ),
    Labelled(
        "Human Rights Council",
        _ALBANESE_SANCTIONS,
        "k1: the UN body; Russia's presidential council for human rights is another",
        absent=("ru_spch_putin",),
    ),
    Labelled(
        "СПЧ при президенте",
        ("ru_spch_putin",),
        "k1: the presidential Council for Civil Society and Human Rights, not the UN's",
        absent=("ru_hrc_fasher", "en_hrc_fasher", "ru_albanese_sanctions"),
    ),
    Labelled(
        "МКС",
        _SOYUZ_MS28,
        "k1: МКС = ISS = International Space Station",
        absent=("en_niger_state_school",),
    ),
    Labelled(
        "ISS",
        _SOYUZ_MS28,
        "k1: the station, not the Institute for Security Studies in Pretoria",
        absent=("en_niger_state_school",),
    ),
    Labelled(
        "Роскосмос",
        _SOYUZ_MS28_2,
        "k1: Роскосмос = Roscosmos, in any case form",
        first="ru_soyuz_ms28",
    ),
    Labelled(
        "G20",
        _G20_JOBURG,
        "k1: G20 = «Группа двадцати», in any case form and any year",
    ),
    Labelled(
        "РФПИ",
        ("ru_dmitriev_riyadh", "en_prabowo_spb"),
        "k1: РФПИ = Российский фонд прямых инвестиций = Russian Direct Investment Fund = RDIF",
    ),
    Labelled(
        "ПМЭФ",
        _PRABOWO_SPB,
        "k1: ПМЭФ = SPIEF = Петербургский международный экономический форум",
    ),
    Labelled(
        "NASA",
        ("ru_soyuz_ms28", "en_soyuz_ms28", "en_repost_soyuz"),
        "k1: NASA in Latin letters inside Russian and English posts",
    ),
    Labelled(
        "НОАК",
        ("ru_taiwan_drills", "en_taiwan_xinhua"),
        "k1: НОАК = PLA = People's Liberation Army; \"China's military\" is not the name",
    ),
    Labelled(
        "ОАЭ",
        _MBZ_KREMLIN,
        "k1: ОАЭ = UAE = United Arab Emirates, a dateline included; Dubai alone is a city",
        absent=("en_iran_strikes",),
    ),
    Labelled(
        "Совбез ООН",
        (
            "en_unsc_2803",
            "ru_unsc_2803",
            "ru_snapback_mid",
            "en_snapback",
            "ru_gerd_egypt",
            "en_gerd_egypt",
            "ru_iran_strikes_mid",
        ),
        "k1: the UN Security Council; Russia's Security Council, Medvedev's, is another",
        absent=("ru_medvedev_assets", "en_medvedev_tass"),
    ),
    Labelled(
        "RSF",
        ("en_fasher_rsf", "ru_fasher_rsf"),
        "k1: RSF = Rapid Support Forces = Силы быстрого реагирования",
    ),
    Labelled(
        "БРИКС",
        (
            "ru_jaishankar_moscow",
            "en_india_brics_chair",
            "ru_india_brics",
            "ru_lula_putin_call",
            "ru_briefing_dec18",
            "en_briefing_dec18",
        ),
        "k1: БРИКС = BRICS",
    ),
    Labelled(
        "Bank of Russia",
        ("ru_euroclear_suit", "en_euroclear_suit", "en_eu_summit_loan", "ru_briefing_dec18"),
        "k1: Банк России = Russia's central bank = Russian central bank",
        first="en_euroclear_suit",
    ),
    Labelled(
        "Арктический совет",
        ("ru_arctic_council", "en_arctic_council"),
        "k1: the Arctic Council by its Russian name",
    ),
    # ------------------------------------------------------------------ k2 events with places
    Labelled(
        "АТЭС Кёнджу",
        ("ru_apec_gyeongju", "en_apec_gyeongju"),
        "k2: the forum and its host city in either script",
        first="ru_apec_gyeongju",
    ),
    Labelled(
        "APEC summit Gyeongju",
        ("en_apec_gyeongju",),
        "k2: summit is an English word and keeps to English posts",
        first="en_apec_gyeongju",
    ),
    Labelled(
        "G20 Johannesburg",
        _G20_JOBURG_2,
        "k2: the 2025 summit's city; Rio's summit of 2024 lacks it",
        first="en_g20_joburg",
        absent=("en_g20_rio_2024",),
    ),
    Labelled(
        "саммит G20 в Йоханнесбурге",
        _G20_JOBURG_3,
        "k2: саммит keeps to Russian posts; G20 = «Группа двадцати»",
        first="ru_g20_joburg",
        absent=("en_g20_rio_2024",),
    ),
    Labelled(
        "COP30 Belém",
        _COP30_OPEN,
        "k2: COP30 and Belém = Belem = Белен; Lisbon's Belém Tower and COP29 are traps",
        first="en_cop30_open",
        absent=("en_belem_tower", "ru_cop29_baku"),
    ),
    Labelled(
        "Expo Osaka",
        ("en_expo_osaka", "ru_expo_osaka"),
        "k2: Expo = ЭКСПО, Osaka = Осака",
        first="en_expo_osaka",
    ),
    Labelled(
        "Riyadh talks",
        ("en_riyadh_talks",),
        "k2: talks is an English word; the SPA post calls it a meeting",
        first="en_riyadh_talks",
    ),
    Labelled(
        "переговоры в Эр-Рияде",
        ("ru_riyadh_talks",),
        "k2: Russian переговоры with the city in the prepositional case",
        first="ru_riyadh_talks",
    ),
    Labelled(
        "Sharm el-Sheikh summit",
        ("en_sharm_summit",),
        "k2: the place's name of several words is one name; summit keeps to English",
        first="en_sharm_summit",
    ),
    Labelled(
        "Шарм-эш-Шейх Газа",
        _GAZA_MID,
        "k2: two places, Sharm el-Sheikh and Gaza, in either language",
        first="ru_sharm_summit",
        absent=("ru_eu_19th",),
    ),
    Labelled(
        "UN cybercrime convention Hanoi",
        _HANOI_CONVENTION,
        "k2: UN + cybercrime + convention (English words) + Hanoi",
        first="en_hanoi_convention",
    ),
    Labelled(
        "конвенция против киберпреступности Ханой",
        _HANOI_CONVENTION_2,
        "k2: Russian words with Ханой in any case form",
        first="ru_hanoi_convention",
    ),
    Labelled(
        "парад в Пекине",
        ("ru_beijing_parade",),
        "k2: парад keeps to Russian posts; the parade in Hanoi is elsewhere",
        first="ru_beijing_parade",
        absent=("ru_vietnam_80",),
    ),
    Labelled(
        "military parade Beijing",
        ("en_beijing_parade", "en_beijing_parade_kremlin"),
        "k2: English words + Beijing; the parade in Hanoi is elsewhere",
        first="en_beijing_parade",
        absent=("en_vietnam_80",),
    ),
    Labelled(
        "parade Hanoi",
        ("en_vietnam_80",),
        "k2: Ba Dinh Square's parade in Hanoi, not Beijing's",
        absent=("en_beijing_parade", "en_beijing_parade_kremlin"),
    ),
    Labelled(
        "пожар в Гонконге",
        _HK_FIRE,
        "k2: пожар in any case form; «горит» is another word",
        first="ru_hk_fire",
    ),
    Labelled(
        "Hong Kong fire",
        ("en_hk_fire", "en_hk_condolences", "en_hk_toll"),
        "k2: English fire + Hong Kong",
        first="en_hk_fire",
    ),
    Labelled(
        "Tripoli clashes",
        ("en_tripoli_clashes",),
        "k2: Libya's capital; Lebanon's Tripoli voted in peace",
        absent=("en_tripoli_lebanon",),
    ),
    Labelled(
        "бои в Триполи",
        ("ru_tripoli_clashes",),
        "k2: бои; the embassy speaks of столкновения, another word",
        first="ru_tripoli_clashes",
        absent=("en_tripoli_lebanon",),
    ),
    Labelled(
        "Soyuz Baikonur",
        ("ru_soyuz_ms28", "en_soyuz_ms28", "ru_baikonur_pad", "ru_bion"),
        "k2: Soyuz = «Союз», the rocket's name, with Байконур",
        first="en_soyuz_ms28",
    ),
    Labelled(
        "встреча глав правительств в Ханчжоу",
        ("ru_mishustin_hangzhou",),
        "k2: the 30th heads-of-government meeting in Hangzhou",
        first="ru_mishustin_hangzhou",
    ),
    Labelled(
        "G20 summit 2024 Rio",
        ("en_g20_rio_2024",),
        "k2: the other year's summit in Rio de Janeiro",
        absent=("en_g20_joburg", "en_g20_ramaphosa"),
    ),
    Labelled(
        "удар по Дохе",
        ("ru_doha_strike", "ru_doha_summit", "ru_briefing_sep10"),
        "k2: удар in any form with Доха",
        first="ru_doha_strike",
    ),
    Labelled(
        "strike on Doha",
        ("en_doha_strike", "en_mfa_doha"),
        "k2: English strike + Doha; the summit post says attack; the Doha Round is no strike",
        absent=("en_wto_doha_round",),
    ),
    Labelled(
        "ПМЭФ Прабово",
        _PRABOWO_SPB,
        "k2: the forum by name or abbreviation, with Prabowo",
        first="ru_spief_plenary",
    ),
    Labelled(
        "Hajj",
        ("ru_hajj", "en_hajj_spa"),
        "k2: Hajj = хадж, the pilgrimage to Makkah",
    ),
    # ----------------------------------------- k3 places in Russian case forms and in English
    Labelled(
        "Тайваня",
        _TAIWAN_DRILLS,
        "k3: genitive; тайваньский and Taiwan too",
    ),
    Labelled(
        "Эфиопии",
        (
            "en_gerd",
            "ru_gerd",
            "ru_gerd_egypt",
            "en_gerd_egypt",
            "ru_briefing_sep10",
            "ru_repost_gerd",
            "en_oneliner_gerd",
        ),
        "k3: any case form, эфиопский and Ethiopia",
    ),
    Labelled(
        "Нигерии",
        (
            "en_nigeria_trump",
            "ru_nigeria_trump",
            "en_nigeria_kebbi",
            "ru_nigeria_kebbi",
            "en_niger_state_school",
            "ru_briefing_nov20",
            "en_briefing_nov20",
        ),
        "k3: Nigeria in both languages; Niger State is inside it",
    ),
    Labelled(
        "Peru",
        _PERU_BOLUARTE,
        "k3: Peru = Перу; «принадлежащих перу Бунина» is a pen",
        absent=("ru_bunin_book",),
    ),
    Labelled(
        "Катаре",
        _SHARM_SUMMIT,
        "k3: prepositional; Qatar, Qatari; the Doha Round is not Qatar",
        absent=("en_wto_doha_round",),
    ),
    Labelled(
        "Ливии",
        _TRIPOLI_CLASHES,
        "k3: Libya, ливийский; Tripoli in Lebanon is another country's city",
        absent=("en_tripoli_lebanon",),
    ),
    Labelled(
        "Триполи",
        _TRIPOLI_CLASHES,
        "k3: the bare name is Libya's capital here; Lebanon's Tripoli is a namesake",
        absent=("en_tripoli_lebanon",),
    ),
    Labelled(
        "Tripoli Lebanon",
        ("en_tripoli_lebanon",),
        "k3: the other Tripoli, named with its country",
        absent=_TRIPOLI_CLASHES,
    ),
    Labelled(
        "Японии",
        (
            "ru_beijing_parade",
            "en_beijing_parade_kremlin",
            "en_scs_patrol",
            "ru_salmon_japan",
            "en_salmon_kyodo",
            "ru_briefing_apr9",
        ),
        "k3: Japan, японский; Osaka and Tokyo alone are cities",
    ),
    Labelled(
        "Australia",
        ("en_au_socialmedia", "ru_au_socialmedia", "en_scs_patrol", "en_briefing_nov20"),
        "k3: Australia = Австралия; Austria's OMV is a near miss",
        absent=("en_icc_omv",),
    ),
    Labelled(
        "Австрии",
        ("en_icc_omv",),
        "k3: Austria, not Australia",
        absent=("ru_au_socialmedia", "en_au_socialmedia"),
    ),
    Labelled(
        "Прибалтика",
        ("en_brell", "ru_brell", "ru_kaliningrad_island"),
        "k3: Прибалтика = страны Балтии = Baltic states; the football club «Балтика» is not",
        absent=("ru_baltika_football",),
    ),
    Labelled(
        "Калининграде",
        ("en_brell", "ru_kaliningrad_island", "ru_baltika_football"),
        "k3: the city and region in any form, the match played there included",
    ),
    Labelled(
        "Колумбия",
        _PETRO_VISA,
        "k3: Colombia, Colombian",
    ),
    Labelled(
        "Finland",
        ("en_finland_property", "ru_finland_property", "ru_briefing_dec18", "en_briefing_dec18"),
        "k3: Finland = Финляндия",
    ),
    Labelled(
        "Эстонию",
        (
            "en_brell",
            "ru_brell",
            "ru_estonia_church",
            "en_estonia_church",
            "ru_kirill_estonia",
            "ru_briefing_apr9",
            "ru_karis_veto",
            "en_kirill_estonia",
        ),
        "k3: accusative finds Эстонии, эстонский and Estonia; the Riigikogu alone is not the "
        "country",
    ),
    Labelled(
        "Польши",
        (
            "en_gdansk_consulate",
            "ru_gdansk_consulate",
            "ru_irkutsk_mid",
            "en_irkutsk_tass",
            "en_nawrocki_sworn",
            "ru_nawrocki_sworn",
            "en_briefing_nov20",
        ),
        "k3: Poland, Polish, польский; Gdańsk alone is a city",
    ),
    Labelled(
        "Египта",
        (
            "ru_sharm_summit",
            "en_sharm_summit",
            "en_hostages_freed",
            "en_gerd",
            "ru_gerd_egypt",
            "en_gerd_egypt",
            "en_oneliner_gerd",
            "ru_briefing_sep10",
            "ru_repost_sharm",
        ),
        "k3: Egypt in any form, египетский",
    ),
    Labelled(
        "Belém",
        _COP30_OPEN,
        "k3: the Brazilian city; Lisbon's Belém is a namesake",
        absent=("en_belem_tower",),
    ),
    Labelled(
        "Гданьске",
        _GDANSK_CONSULATE,
        "k3: Gdańsk = Gdansk = Гданьск",
    ),
    Labelled(
        "Южная Корея",
        (
            "ru_apec_gyeongju",
            "en_xi_trump_busan",
            "ru_apec_oneliner",
            "ru_korea_election",
            "en_korea_election",
            "en_samsung_lee",
            "en_yoon_martial_law",
            "en_oneliner_korea",
            "ru_samsung_lee",
        ),
        "k3: Южная Корея = Республика Корея = South Korea; КНДР is the other Korea",
        absent=("ru_beijing_parade", "ru_iaea_grossi"),
    ),
    Labelled(
        "ЮАР",
        (
            "en_spief_rt",
            "en_g20_joburg",
            "ru_g20_oreshkin",
            "en_g20_rio_2024",
            "en_ramaphosa_trump",
            "ru_ramaphosa_trump",
            "ru_nigeria_kebbi",
        ),
        "k3: ЮАР = South Africa, South African; Johannesburg alone is a city",
    ),
    Labelled(
        "Эль-Фашир",
        _FASHER_RSF,
        "k3: Эль-Фашир = Эль-Фашер = El Fasher",
    ),
    Labelled(
        "Саудовской Аравии",
        ("ru_riyadh_talks", "en_riyadh_talks", "ru_hajj", "ru_cop30_deal"),
        "k3: Saudi Arabia, саудовский; Riyadh and Makkah alone are cities",
    ),
    Labelled(
        "Вьетнаме",
        (
            "ru_hanoi_convention",
            "en_hanoi_convention",
            "en_hanoi_vna",
            "en_kalmaegi_ph",
            "ru_kalmaegi_vn_embassy",
            "ru_vietnam_80",
            "en_vietnam_80",
            "ru_briefing_sep10",
            "en_repost_hanoi",
        ),
        "k3: Vietnam, Vietnamese, вьетнамский",
    ),
    Labelled(
        "Caribbean",
        ("en_caribbean_ford",),
        "k3: the Caribbean Sea, where the carrier arrived",
    ),
    Labelled(
        "Fordow",
        ("en_iran_strikes", "ru_iran_strikes_mid"),
        "k3: Fordow = Фордо, Iran's nuclear site; the carrier Gerald R. Ford is not",
        absent=("en_caribbean_ford",),
    ),
    # ------------------------------------------------------------- k4 topics and common words
    Labelled(
        "санкции",
        (
            "ru_albanese_sanctions",
            "ru_snapback_mid",
            "ru_petro_sanctions",
            "ru_eu_19th",
            "ru_icc_sanctions",
            "ru_oneliner_snapback",
        ),
        "k4: санкций, санкционный in Russian posts only",
    ),
    Labelled(
        "sanctions",
        (
            "en_albanese_sanctions",
            "en_snapback",
            "en_eduardo_bolsonaro",
            "en_petro_sanctions",
            "en_poroshenko_sanctions",
            "en_eu_19th",
            "en_icc_sanctions",
            "en_repost_petro",
        ),
        "k4: the English word in English posts only",
    ),
    Labelled(
        "протесты",
        ("ru_jakarta_protests",),
        "k4: протестов; a митинг is another word",
    ),
    Labelled(
        "protests",
        ("en_jakarta_protests", "en_petro_visa", "en_peru_protests", "en_gergiev_caserta"),
        "k4: protest, protesters",
    ),
    Labelled(
        "тайфун",
        ("ru_kalmaegi_ph", "ru_kalmaegi_vn_embassy", "ru_fungwong"),
        "k4: тайфуна, супертайфун's stem in Russian posts",
        first="ru_kalmaegi_ph",
    ),
    Labelled(
        "hostages",
        _GAZA_CEASEFIRE,
        "k4: English posts only",
        first="en_hostages_freed",
    ),
    Labelled(
        "пошлины",
        ("ru_xi_trump_busan", "ru_india_tariffs"),
        "k4: Russian пошлины; English tariffs are not typed",
    ),
    Labelled(
        "tariffs",
        ("en_xi_trump_busan", "en_jaishankar_moscow", "en_india_tariffs"),
        "k4: tariff, tariffs",
        first="en_india_tariffs",
    ),
    Labelled(
        "выборы",
        ("ru_hk_legco", "ru_korea_election", "ru_norway_election"),
        "k4: выборах; «стратегическим выбором» is a choice, not a vote",
        absent=("ru_mishustin_xi",),
    ),
    Labelled(
        "election",
        (
            "en_hk_toll",
            "en_korea_election",
            "en_tripoli_lebanon",
            "en_bolsonaro_sentence",
            "en_merz_elected",
            "en_norway_election",
        ),
        "k4: election, elections, elected; electronics, hydroelectric and electronic visas are "
        "traps",
        absent=("en_samsung_lee", "en_gerd", "en_evisa_india"),
    ),
    Labelled(
        "газ",
        ("ru_eu_19th",),
        "k4: природного газа is gas; «сектор Газа» is a place",
        absent=(
            "ru_gaza_ceasefire",
            "ru_gaza_mid_welcome",
            "ru_sharm_summit",
            "ru_unsc_2803",
            "ru_briefing_sep10",
            "ru_repost_sharm",
        ),
    ),
    Labelled(
        "gas",
        ("en_eu_19th", "en_icc_omv"),
        "k4: natural gas and gas deliveries",
    ),
    Labelled(
        "консульство",
        (
            "ru_kalmaegi_vn_embassy",
            "ru_hajj",
            "ru_gdansk_consulate",
            "ru_irkutsk_mid",
            "ru_evisa",
            "ru_briefing_nov20",
        ),
        "k4: консульство, генконсульство, консульский; консультации is another word",
        absent=("ru_salmon_japan", "ru_briefing_apr9"),
    ),
    Labelled(
        "visa",
        ("en_petro_visa", "en_evisa_india"),
        "k4: visa and e-visa; a visit is not a visa",
        absent=("en_wangyi_delhi", "en_wadephul_visit", "en_jaishankar_moscow"),
    ),
    Labelled(
        "виза",
        ("ru_petro_visa", "ru_evisa"),
        "k4: визу, визы; визит is another word",
        absent=("ru_jaishankar_putin", "ru_prabowo_spb"),
    ),
    Labelled(
        "недвижимость",
        ("ru_finland_property", "ru_briefing_dec18"),
        "k4: недвижимости in Russian posts",
    ),
    Labelled(
        "ceasefire",
        ("en_gaza_ceasefire", "en_iran_ceasefire", "en_briefing_oct16"),
        "k4: English posts; прекращение огня is Russian",
    ),
    Labelled(
        "прекращение огня",
        ("ru_gaza_ceasefire", "ru_gaza_mid_welcome", "ru_iran_ceasefire", "ru_briefing_sep10"),
        "k4: both words in any case form",
        first="ru_gaza_ceasefire",
    ),
    Labelled(
        "drills",
        ("en_taiwan_drills", "en_taiwan_xinhua", "en_scs_patrol"),
        "k4: military drills; drilling a well at the Amazon's mouth is another drill",
        absent=("en_petrobras_amazon",),
    ),
    Labelled(
        "pandemic",
        _WHO_PANDEMIC_2,
        "k4: English pandemic",
        first="en_who_pandemic",
    ),
    Labelled(
        "киберпреступность",
        _HANOI_CONVENTION_2,
        "k4: киберпреступности; кибертравля is another word",
        first="ru_hanoi_convention",
        absent=("ru_brigitte_trial",),
    ),
    Labelled(
        "climate",
        ("en_g20_joburg", "en_cop30_open", "en_cop30_deal", "en_petrobras_amazon"),
        "k4: climate in English posts",
    ),
    Labelled(
        "плотина",
        ("ru_gerd", "ru_gerd_egypt", "ru_briefing_sep10", "ru_repost_gerd"),
        "k4: плотину, плотины, плотине",
        first="ru_gerd",
    ),
    Labelled(
        "соцсети",
        ("ru_au_socialmedia", "ru_petro_sanctions"),
        "k4: соцсетей and «в соцсети X»",
        first="ru_au_socialmedia",
    ),
    Labelled(
        "парад",
        ("ru_beijing_parade", "ru_vietnam_80"),
        "k4: парад in Russian posts; «парадоксом» is another word",
        absent=("ru_petro_sanctions",),
    ),
    Labelled(
        "parade",
        ("en_beijing_parade", "en_beijing_parade_kremlin", "en_vietnam_80"),
        "k4: parade in English posts; a paradox is not",
        absent=("en_repost_petro",),
    ),
    # --------------------------------- k5 people, declined surnames, transliteration variants
    Labelled(
        "Си Цзиньпин",
        (
            "ru_hk_condolences",
            "ru_mishustin_xi",
            "en_mishustin_xi",
            "ru_beijing_parade",
            "en_beijing_parade",
            "en_beijing_parade_kremlin",
            "ru_parade_oneliner",
            "en_wangyi_delhi",
            "en_apec_gyeongju",
            "en_xi_trump_busan",
            "ru_xi_trump_busan",
        ),
        "k5: Xi Jinping = Си, «Путин, Си и Ким» included",
    ),
    Labelled(
        "Ли Цян",
        ("ru_mishustin_hangzhou", "en_mishustin_hangzhou"),
        "k5: the Chinese premier; the Korean Lees are other people",
        absent=("ru_korea_election", "ru_samsung_lee"),
    ),
    Labelled(
        "Lee Jae-myung",
        _APEC_GYEONGJU_2,
        "k5: Lee Jae Myung = Ли Чжэ Мён; Samsung's Lee Jae-yong and John Lee are namesakes",
        absent=("en_samsung_lee", "ru_samsung_lee", "en_hk_toll"),
    ),
    Labelled(
        "Джайшанкаром",
        _WANGYI_DELHI,
        "k5: instrumental; С.Джайшанкар, Subrahmanyam, S. Jaishankar",
    ),
    Labelled(
        "Моди",
        (
            "en_wangyi_delhi",
            "ru_wangyi_delhi",
            "en_india_tariffs",
            "ru_india_tariffs",
            "en_india_brics_chair",
        ),
        "k5: Narendra Modi; Modigliani is not Modi",
        absent=("en_modigliani",),
    ),
    Labelled(
        "Прабово Субианто",
        _PRABOWO_SPB_2,
        "k5: Prabowo Subianto in both scripts",
    ),
    Labelled(
        "Мухаммед бен Заид",
        ("ru_mbz_kremlin", "en_mbz_kremlin"),
        "k5: бен Заид = bin Zayed; Saudi Arabia's Mohammed bin Salman is another prince",
        absent=("en_riyadh_spa",),
    ),
    Labelled(
        "Mohammed bin Salman",
        ("en_riyadh_spa",),
        "k5: the Saudi crown prince, not the UAE's Mohamed bin Zayed",
        absent=("ru_mbz_kremlin", "en_mbz_kremlin"),
    ),
    Labelled(
        "Рамафосой",
        _G20_JOBURG_4,
        "k5: instrumental; Ramaphosa",
    ),
    Labelled(
        "Болсонару",
        ("en_bolsonaro_sentence", "ru_bolsonaro_sentence"),
        "k5: the bare surname is Jair; his son Eduardo's post is left unlabelled",
    ),
    Labelled(
        "Eduardo Bolsonaro",
        ("en_eduardo_bolsonaro",),
        "k5: the son, not the former president",
        absent=("en_bolsonaro_sentence", "ru_bolsonaro_sentence"),
    ),
    Labelled(
        "Густаво Петро",
        _PETRO_VISA,
        "k5: Gustavo Petro; Petro Poroshenko is a namesake",
        absent=("en_poroshenko_sanctions",),
    ),
    Labelled(
        "Petro",
        _PETRO_VISA,
        "k5: the Colombian president; Poroshenko's given name and Petrobras are not him",
        absent=("en_poroshenko_sanctions", "en_petrobras_amazon"),
    ),
    Labelled(
        "Медведев",
        ("ru_medvedev_assets", "en_medvedev_tass"),
        "k5: the bare surname is Dmitry Medvedev; the tennis player's posts are left unlabelled",
    ),
    Labelled(
        "Даниил Медведев",
        ("ru_medvedev_almaty", "en_medvedev_almaty"),
        "k5: Daniil, not Dmitry",
        absent=("ru_medvedev_assets", "en_medvedev_tass"),
    ),
    Labelled(
        "Эмманюэль Макрон",
        _LECORNU_RESIGNS,
        "k5: Emmanuel Macron; posts naming only Brigitte are absent",
        absent=("en_brigitte_trial", "ru_brigitte_trial"),
    ),
    Labelled(
        "Brigitte Macron",
        ("en_brigitte_trial", "ru_brigitte_trial"),
        "k5: Брижит Макрон, not the president",
        absent=_LECORNU_RESIGNS,
    ),
    Labelled(
        "Радослав Сикорский",
        ("en_gdansk_consulate", "ru_gdansk_consulate"),
        "k5: Radoslaw Sikorski; the aircraft designer Igor Sikorsky is a namesake",
        absent=("ru_sikorsky_history",),
    ),
    Labelled(
        "патриарх Кирилл",
        _KIRILL_ESTONIA,
        "k5: Patriarch Kirill; Kirill Dmitriev is a namesake",
        absent=("ru_dmitriev_riyadh", "en_prabowo_spb"),
    ),
    Labelled(
        "Kirill Dmitriev",
        ("en_prabowo_spb", "ru_dmitriev_riyadh"),
        "k5: Кирилл Дмитриев of the RDIF, not the patriarch",
        absent=_KIRILL_ESTONIA,
    ),
    Labelled(
        "Нетаньяху",
        _SHARM_SUMMIT_2,
        "k5: Biniamin/Benjamin Netanyahu",
    ),
    Labelled(
        "Anthony Albanese",
        ("en_au_socialmedia", "ru_au_socialmedia"),
        "k5: Энтони Албаниз; the UN rapporteur Francesca Albanese is a namesake",
        absent=("en_albanese_sanctions", "ru_albanese_sanctions"),
    ),
    Labelled(
        "Франческа Альбанезе",
        ("en_albanese_sanctions", "ru_albanese_sanctions"),
        "k5: Francesca Albanese, not Australia's prime minister",
        absent=("en_au_socialmedia", "ru_au_socialmedia"),
    ),
    Labelled(
        "Лулы",
        (
            "en_g20_rio_2024",
            "en_cop30_open",
            "ru_cop30_open",
            "en_cop30_tfff",
            "ru_lula_putin_call",
        ),
        "k5: genitive of Лула; Lula da Silva",
    ),
    Labelled(
        "Yoon Suk Yeol",
        ("ru_korea_election", "en_yoon_martial_law"),
        "k5: Юн Сок Ёль, in the genitive Ёля",
    ),
    Labelled(
        "Захаровой",
        _TAIWAN_MID,
        "k5: М.В.Захарова = Maria Zakharova, #Zakharova included",
    ),
    Labelled(
        "Мерц",
        (
            "en_merz_elected",
            "ru_merz_elected",
            "ru_merz_peskov",
            "ru_oneliner_merz",
            "en_oneliner_merz",
        ),
        "k5: Friedrich Merz = Фридрих Мерц, Мерца",
    ),
    Labelled(
        "Alar Karis",
        ("en_karis_veto", "ru_karis_veto"),
        "k5: Алар Карис, Estonia's president",
    ),
    Labelled(
        "Gerald Ford",
        ("en_caribbean_ford",),
        "k5: the carrier named for the president; Fordow (Фордо) is a place in Iran",
        absent=("en_iran_strikes", "ru_iran_strikes_mid"),
    ),
    # ---------------------------------------------------------------------- k6 quoted phrases
    Labelled(
        '"Strait Thunder"',
        ("en_taiwan_drills",),
        "k6: both words together; the Oklahoma City Thunder lack Strait",
        absent=("en_okc_thunder",),
    ),
    Labelled(
        "«Гром в проливе»",
        ("ru_taiwan_drills",),
        "k6: the drills' Russian name; Ормузский пролив has пролив alone",
        absent=("ru_hormuz",),
    ),
    Labelled(
        '"Board of Peace"',
        ("en_unsc_2803",),
        "k6: the phrase in the UN News post",
    ),
    Labelled(
        "«Совет мира»",
        ("ru_unsc_2803",),
        "k6: «Совета мира» inflected",
    ),
    Labelled(
        '"social media"',
        ("en_au_socialmedia", "en_briefing_nov20"),
        "k6: the two words together",
    ),
    Labelled(
        "«национальные валюты»",
        ("ru_mishustin_hangzhou", "ru_jaishankar_moscow"),
        "k6: «в национальные валюты», «в национальных валютах»",
    ),
    Labelled(
        '"country of particular concern"',
        ("en_nigeria_trump",),
        "k6: the religious-freedom designation",
    ),
    Labelled(
        "«культура отмены»",
        ("ru_gergiev_mid",),
        "k6: «культуры отмены» inflected",
    ),
    Labelled(
        '"Hanoi Convention"',
        ("en_hanoi_vna",),
        "k6: together and in order; Hanoi and Convention apart do not count",
        absent=("en_hanoi_convention", "en_repost_hanoi"),
    ),
    Labelled(
        "«плотина Возрождения»",
        _GERD,
        "k6: плотину Возрождения, плотине Возрождения, плотину «Возрождение»; the Renaissance "
        "(эпоха Возрождения) is not a dam",
        absent=("ru_hermitage_renaissance",),
    ),
    Labelled(
        '"national calamity"',
        ("en_kalmaegi_ph",),
        "k6: a state of national calamity",
    ),
    Labelled(
        "«первая леди»",
        ("ru_brigitte_trial",),
        "k6: «первой леди» inflected",
    ),
    Labelled(
        "«Дом народных собраний»",
        ("ru_mishustin_xi",),
        "k6: «в Доме народных собраний»",
    ),
    Labelled(
        "«репарационный кредит»",
        ("ru_euroclear_suit", "ru_eu_summit_loan"),
        "k6: «репарационного кредита»",
    ),
    Labelled(
        '"reparations loan"',
        ("en_eu_summit_loan",),
        "k6: both words; a loan alone is not",
        absent=("en_euroclear_suit",),
    ),
    Labelled(
        "«военный парад»",
        ("ru_beijing_parade", "ru_vietnam_80"),
        "k6: прошел военный парад in Beijing and in Hanoi",
    ),
    Labelled(
        '"military parade"',
        ("en_beijing_parade", "en_beijing_parade_kremlin"),
        "k6: the Hanoi post has a grand parade, not a military one",
        absent=("en_vietnam_80",),
    ),
    Labelled(
        '"state of emergency"',
        ("en_lithuania_balloons",),
        "k6: the English phrase",
    ),
    Labelled(
        "«чрезвычайное положение»",
        ("ru_peru_emergency",),
        "k6: the Russian phrase",
    ),
    Labelled(
        '"casus belli"',
        ("ru_medvedev_assets", "en_medvedev_tass"),
        "k6: the Latin words in a Russian and an English post",
    ),
    Labelled(
        '"strategic partnership"',
        ("en_prabowo_spb", "en_mbz_kremlin"),
        "k6: the English phrase",
    ),
    Labelled(
        "«стратегическое партнёрство»",
        ("ru_prabowo_spb",),
        "k6: «о стратегическом партнёрстве»; «партнерства ... стратегическим выбором» is apart "
        "and reversed",
        absent=("ru_mishustin_xi",),
    ),
    Labelled(
        '"launch pad"',
        ("en_baikonur_pad",),
        "k6: the English phrase",
    ),
    Labelled(
        '"Red Sea"',
        ("en_sharm_summit",),
        "k6: the place's name of two words; the red carpet is not",
        absent=("en_icc_hungary",),
    ),
    Labelled(
        "«национальной безопасности»",
        ("ru_hormuz", "ru_iran_iaea_law", "ru_riyadh_talks"),
        "k6: the Iranian council and the US adviser's title",
    ),
    # -------------------------------------------------------- k7 a word excluded with a minus
    Labelled(
        "Гонконг -пожар",
        ("ru_oneliner_hk", "en_hk_fire", "en_hk_condolences", "en_hk_toll"),
        "k7: Russian пожар removes Russian posts only; English fire posts stay",
        absent=_HK_FIRE,
    ),
    Labelled(
        "Медведев -Даниил",
        ("ru_medvedev_assets", "en_medvedev_tass"),
        "k7: the tennis player is removed",
        absent=("ru_medvedev_almaty", "en_medvedev_almaty"),
    ),
    Labelled(
        "Газа -Израиль",
        (
            "en_unsc_2803",
            "ru_unsc_2803",
            "ru_briefing_oct16",
            "en_briefing_oct16",
            "ru_repost_sharm",
        ),
        "k7: a place removes posts naming it, израильский and Israeli included, in both languages",
        absent=(
            "ru_gaza_ceasefire",
            "en_gaza_ceasefire",
            "ru_gaza_mid_welcome",
            "ru_sharm_summit",
            "en_sharm_summit",
            "en_mfa_doha",
            "ru_briefing_sep10",
            "ru_eu_19th",
        ),
    ),
    Labelled(
        "санкции -Иран",
        ("ru_albanese_sanctions", "ru_petro_sanctions", "ru_eu_19th", "ru_icc_sanctions"),
        "k7: Russian санкции without Iran",
        absent=("ru_snapback_mid", "ru_oneliner_snapback"),
    ),
    Labelled(
        "Petro -sanctions",
        ("en_petro_visa", "ru_petro_visa", "ru_petro_sanctions"),
        "k7: English sanctions removes English posts only; the Russian post on sanctions stays",
        absent=("en_petro_sanctions", "en_repost_petro", "en_poroshenko_sanctions"),
    ),
    Labelled(
        "Тайвань -учения",
        (
            "ru_taiwan_mid",
            "ru_lai_oneliner",
            "en_taiwan_drills",
            "en_taiwan_xinhua",
            "ru_briefing_apr9",
        ),
        "k7: Russian учения removes the TASS post only; English exercises and drills stay",
        absent=("ru_taiwan_drills",),
    ),
    Labelled(
        "Ramaphosa -G20",
        ("en_ramaphosa_trump", "ru_ramaphosa_trump"),
        "k7: the Oval Office meeting without the summit",
        absent=("en_g20_joburg", "en_g20_ramaphosa", "ru_g20_oreshkin"),
    ),
    Labelled(
        "ICC -Hungary",
        ("en_icc_sanctions", "ru_icc_sanctions"),
        "k7: the court without Hungary; the Chamber of Commerce is not the ICC at all",
        absent=(
            "en_icc_hungary",
            "ru_icc_hungary",
            "en_icc_hungary_vote",
            "ru_briefing_apr9",
            "ru_oneliner_icc",
            "en_icc_omv",
        ),
    ),
    Labelled(
        "Xi Jinping -Trump",
        (
            "ru_hk_condolences",
            "ru_mishustin_xi",
            "en_mishustin_xi",
            "ru_beijing_parade",
            "en_beijing_parade",
            "en_beijing_parade_kremlin",
            "ru_parade_oneliner",
            "en_wangyi_delhi",
            "en_apec_gyeongju",
        ),
        "k7: a person removes posts naming him in either language",
        absent=("en_xi_trump_busan", "ru_xi_trump_busan"),
    ),
    Labelled(
        "тайфун -Вьетнам",
        ("ru_kalmaegi_ph", "ru_fungwong"),
        "k7: the embassy's warning for Vietnam is removed",
        absent=("ru_kalmaegi_vn_embassy",),
    ),
    Labelled(
        "Estonia -Kirill",
        (
            "en_brell",
            "ru_brell",
            "ru_estonia_church",
            "en_estonia_church",
            "ru_briefing_apr9",
            "ru_karis_veto",
        ),
        "k7: Estonia without the patriarch's posts",
        absent=("ru_kirill_estonia", "en_kirill_estonia"),
    ),
    Labelled(
        "COP30 -Lula",
        (
            "ru_cop30_deal",
            "ru_cop30_edelgeriev",
            "en_cop30_deal",
            "en_petrobras_amazon",
            "ru_briefing_nov20",
            "ru_oneliner_cop30",
        ),
        "k7: Lula = Лула da Silva removed in both languages",
        absent=("en_cop30_open", "ru_cop30_open", "en_cop30_tfff", "ru_lula_putin_call"),
    ),
    Labelled(
        "Iran -IAEA",
        (
            "en_iran_strikes",
            "ru_hormuz",
            "en_iran_ceasefire",
            "en_snapback",
            "en_irna_snapback",
            "ru_snapback_mid",
            "ru_oneliner_snapback",
            "ru_iran_ceasefire",
        ),
        "k7: IAEA = МАГАТЭ = Международное агентство по атомной энергии removed",
        absent=_IRAN_STRIKES,
    ),
    Labelled(
        "выборы -Гонконг",
        ("ru_korea_election", "ru_norway_election"),
        "k7: Russian выборы without Hong Kong",
        absent=("ru_hk_legco", "ru_mishustin_xi"),
    ),
    Labelled(
        "election -Korea",
        (
            "en_hk_toll",
            "en_tripoli_lebanon",
            "en_bolsonaro_sentence",
            "en_merz_elected",
            "en_norway_election",
        ),
        "k7: English election without Korea",
        absent=("en_korea_election",),
    ),
    Labelled(
        "Кирилл -Дмитриев",
        _KIRILL_ESTONIA,
        "k7: the bare name is the patriarch; the RDIF chief is removed",
        absent=("ru_dmitriev_riyadh", "en_prabowo_spb"),
    ),
    Labelled(
        "Лекорню -отставка",
        ("en_lecornu_resigns", "en_lecornu_back", "en_oneliner_lecornu"),
        "k7: Russian отставка removes Russian posts only; English resigned stays",
        absent=("ru_lecornu_resigns", "ru_lecornu_back"),
    ),
    Labelled(
        "Бразилия -Болсонару",
        (
            "en_g20_rio_2024",
            "en_cop30_open",
            "ru_cop30_open",
            "en_cop30_deal",
            "en_cop30_tfff",
            "en_petrobras_amazon",
            "en_eduardo_bolsonaro",
            "ru_lula_putin_call",
        ),
        "k7: a bare surname removes its best-known bearer only, so Eduardo's post stays",
        absent=("en_bolsonaro_sentence", "ru_bolsonaro_sentence"),
    ),
    Labelled(
        "Байконур -МКС",
        ("ru_bion", "ru_baikonur_pad"),
        "k7: ISS = МКС removed in both languages",
        absent=("ru_soyuz_ms28", "en_soyuz_ms28", "en_baikonur_pad"),
    ),
    Labelled(
        "Egypt -GERD",
        (
            "ru_sharm_summit",
            "en_sharm_summit",
            "en_hostages_freed",
            "ru_repost_sharm",
            "ru_gerd_egypt",
            "en_oneliner_gerd",
        ),
        "k7: GERD = (Великая эфиопская) плотина Возрождения removed; a Nile dam named otherwise "
        "stays",
        absent=("en_gerd", "en_gerd_egypt", "ru_briefing_sep10"),
    ),
    Labelled(
        "Нигерия -Трамп",
        (
            "en_nigeria_kebbi",
            "ru_nigeria_kebbi",
            "en_niger_state_school",
            "ru_briefing_nov20",
            "en_briefing_nov20",
        ),
        "k7: posts naming Trump removed; «угрозы Вашингтона» stay",
        absent=("en_nigeria_trump", "ru_nigeria_trump"),
    ),
    Labelled(
        "protests -Peru",
        ("en_jakarta_protests", "en_petro_visa", "en_gergiev_caserta"),
        "k7: English protests without Peru",
        absent=("en_peru_protests",),
    ),
    Labelled(
        "Южная Корея -Samsung",
        (
            "ru_apec_gyeongju",
            "en_xi_trump_busan",
            "ru_apec_oneliner",
            "ru_korea_election",
            "en_korea_election",
            "en_yoon_martial_law",
            "en_oneliner_korea",
        ),
        "k7: a company removes posts naming it in either script",
        absent=("ru_samsung_lee", "en_samsung_lee"),
    ),
    Labelled(
        "Захарова -брифинг",
        (
            "ru_taiwan_mid",
            "ru_irkutsk_mid",
            "en_irkutsk_tass",
            "ru_gergiev_mid",
            "en_briefing_nov20",
            "en_briefing_oct16",
            "en_briefing_dec18",
        ),
        "k7: Russian брифинг removes Russian briefings only; English briefings stay",
        absent=_BRIEFING_APR9,
    ),
    # --------------------------------- k8 dates in words and figures, with and without a year
    Labelled(
        "10 октября",
        (
            "ru_gaza_ceasefire",
            "en_peru_boluarte",
            "ru_peru_boluarte",
            "en_lecornu_back",
            "ru_lecornu_back",
        ),
        "k8: «10 октября», «10 окт», Oct 10, read from the text",
        absent=("ru_lecornu_resigns", "ru_briefing_oct16"),
    ),
    Labelled(
        "Oct 13",
        ("en_expo_osaka", "ru_expo_osaka", "ru_sharm_summit", "en_hostages_freed"),
        "k8: Oct. 13, «13 октября», «13 окт»",
        absent=("ru_gaza_ceasefire", "en_peru_boluarte"),
    ),
    Labelled(
        "22 июня",
        ("ru_iran_strikes_mid", "en_iran_strikes", "ru_hormuz", "en_okc_thunder"),
        "k8: June 22 in either language, the NBA final included",
        absent=("en_iran_ceasefire", "ru_iran_ceasefire"),
    ),
    Labelled(
        "3 июня",
        ("ru_korea_election",),
        "k8: election day in South Korea; 3 September and 3 November are near misses",
        absent=("ru_beijing_parade", "ru_mishustin_hangzhou"),
    ),
    Labelled(
        "3 сентября",
        ("ru_beijing_parade",),
        "k8: «3 сен»; 3 June is a near miss",
        absent=("ru_korea_election", "ru_mishustin_hangzhou", "ru_bakanov_iss"),
    ),
    Labelled(
        "9 сентября",
        ("en_doha_strike", "ru_doha_summit", "ru_gerd", "en_norway_election", "ru_norway_election"),
        "k8: September 9, «9 сен», Sept 9; the 10th is a near miss",
        absent=("ru_gerd_egypt", "ru_briefing_sep10"),
    ),
    Labelled(
        "2 апреля",
        ("ru_taiwan_drills", "en_taiwan_drills"),
        "k8: April 2; Xinhua's April 1 is a near miss",
        absent=("en_taiwan_xinhua",),
    ),
    Labelled(
        "21.08.2025",
        ("ru_jaishankar_moscow", "en_jaishankar_moscow", "ru_icc_sanctions"),
        "k8: figures with a year; the 20th and the 27th are near misses",
        absent=("ru_bion", "en_india_tariffs"),
    ),
    Labelled(
        "20 августа",
        ("ru_bion", "ru_icc_sanctions"),
        "k8: the biosatellite launch and the sanctions on judges",
        absent=("ru_jaishankar_moscow", "en_jaishankar_moscow"),
    ),
    Labelled(
        "27 ноября",
        ("ru_hk_fire", "en_soyuz_ms28"),
        "k8: «27 ноя», Nov 27; the 28th is a near miss",
        absent=("ru_baikonur_pad",),
    ),
    Labelled(
        "10 декабря",
        ("ru_au_socialmedia", "en_au_socialmedia"),
        "k8: Dec 10; 10 November is a near miss",
        absent=("ru_cop30_open", "ru_fungwong", "en_fungwong"),
    ),
    Labelled(
        "19 ноября 2024",
        ("en_g20_rio_2024",),
        "k8: 19/11/2024; Nov 19 of 2025 is the other year",
        absent=("en_gdansk_consulate",),
    ),
    Labelled(
        "Nov 19",
        ("en_gdansk_consulate", "en_g20_rio_2024"),
        "k8: without a year both years count, 19/11/2024 included",
    ),
    Labelled(
        "November 19, 2025",
        ("en_gdansk_consulate",),
        "k8: the typed year excludes Rio's 2024",
        absent=("en_g20_rio_2024",),
    ),
    Labelled(
        "1 января 2027",
        ("ru_eu_19th",),
        "k8: the LNG ban's start; 1 January 2026 is the other year",
        absent=("ru_india_brics", "en_india_brics_chair"),
    ),
    Labelled(
        "January 1, 2026",
        ("en_india_brics_chair", "ru_india_brics"),
        "k8: «1 января 2026 года»; 2027 is the other year",
        absent=("ru_eu_19th",),
    ),
    Labelled(
        "двадцать второго ноября",
        ("ru_g20_joburg", "en_g20_joburg", "ru_g20_oreshkin", "en_cop30_deal", "ru_briefing_nov20"),
        "k8: a day in words; «22–23 ноября» holds the 22nd; «второго ноября» alone is the 2nd",
        absent=("en_nigeria_trump",),
    ),
    Labelled(
        "23 ноября",
        ("ru_g20_joburg", "ru_briefing_nov20"),
        "k8: the dateline and the range «22–23 ноября»",
        absent=("en_g20_joburg", "ru_g20_oreshkin"),
    ),
    Labelled(
        "16 октября",
        ("en_fao_80", "ru_fao_80", "ru_briefing_oct16", "en_briefing_oct16"),
        "k8: 16 October of 1945 and of 2025 both count without a year",
    ),
    Labelled(
        "16 октября 1945",
        ("en_fao_80",),
        "k8: FAO's founding day; the 2025 anniversary posts are the other year",
        absent=("ru_fao_80", "ru_briefing_oct16", "en_briefing_oct16"),
    ),
    Labelled(
        "6 мая",
        ("en_merz_elected", "ru_merz_elected", "ru_merz_peskov"),
        "k8: May 6; 6 October and 6 August are near misses",
        absent=("ru_lecornu_resigns", "ru_nawrocki_sworn"),
    ),
    Labelled(
        "13 мая",
        ("ru_tripoli_clashes", "en_tripoli_clashes", "ru_arctic_council"),
        "k8: May 13; Lebanon's May 11 vote is a near miss",
        absent=("en_tripoli_lebanon",),
    ),
    Labelled(
        "4 декабря 2024",
        ("en_yoon_martial_law",),
        "k8: Dec. 4, 2024; the 3 December of 2025 is another day and year",
        absent=("ru_bakanov_iss",),
    ),
    Labelled(
        "25 октября",
        ("ru_hanoi_convention", "ru_petro_sanctions", "ru_briefing_oct16"),
        "k8: the Hanoi ceremony and a Bogotá dateline; October 26 is a near miss",
        absent=("en_hanoi_vna",),
    ),
    Labelled(
        "12.12",
        ("ru_euroclear_suit", "en_euroclear_suit"),
        "k8: day and month in figures, «12 декабря», Dec 12",
    ),
    Labelled(
        "9 апреля 2025",
        ("ru_estonia_church", "ru_briefing_apr9"),
        "k8: «9 апр» of the 2025 story and the dated briefing",
        absent=("ru_karis_veto",),
    ),
    # ------------------------------------------------------ k9 hashtags and lower-case typing
    Labelled(
        "#Тайвань",
        _TAIWAN_DRILLS,
        "k9: a hashtag means its word, in both languages",
    ),
    Labelled(
        "#брифинг",
        _BRIEFING_APR9,
        "k9: Russian брифинг in any form; English briefings are not typed",
    ),
    Labelled(
        "#GERD",
        ("en_gerd", "ru_gerd", "en_gerd_egypt", "ru_repost_gerd", "ru_briefing_sep10"),
        "k9: GERD = Grand Ethiopian Renaissance Dam = (Великая эфиопская) плотина Возрождения",
    ),
    Labelled(
        "#МКС",
        _SOYUZ_MS28,
        "k9: the station in both languages",
        absent=("en_niger_state_school",),
    ),
    Labelled(
        "#WorldFoodDay",
        ("en_fao_80", "ru_fao_80", "en_repost_fao"),
        "k9: World Food Day = Всемирный день продовольствия",
    ),
    Labelled(
        "#кибербезопасность",
        ("ru_hanoi_convention",),
        "k9: the word itself; киберпреступность is another word",
    ),
    Labelled(
        "#Cybercrime",
        _HANOI_CONVENTION,
        "k9: English cybercrime; cyberbullying is another word",
        absent=("en_brigitte_trial",),
    ),
    Labelled(
        "#Zakharova",
        _TAIWAN_MID,
        "k9: a person in both scripts",
    ),
    Labelled(
        "#Газа",
        (
            "ru_gaza_ceasefire",
            "en_gaza_ceasefire",
            "ru_gaza_mid_welcome",
            "ru_sharm_summit",
            "en_sharm_summit",
            "en_unsc_2803",
            "ru_unsc_2803",
            "en_mfa_doha",
            "ru_briefing_sep10",
            "ru_briefing_oct16",
            "en_briefing_oct16",
            "ru_repost_sharm",
        ),
        "k9: the place, not газ",
        absent=("ru_eu_19th",),
    ),
    Labelled(
        "#G20",
        _G20_JOBURG,
        "k9: G20 = «Группа двадцати»",
    ),
    Labelled(
        "#Роскосмос",
        _SOYUZ_MS28_2,
        "k9: Roscosmos in both scripts",
    ),
    Labelled(
        "#COP30",
        _COP30_OPEN_2,
        "k9: every post naming COP30",
    ),
    Labelled(
        "#Израиль",
        (
            "en_albanese_sanctions",
            "ru_gaza_ceasefire",
            "en_gaza_ceasefire",
            "ru_gaza_mid_welcome",
            "ru_sharm_summit",
            "en_sharm_summit",
            "en_hostages_freed",
            "en_doha_strike",
            "ru_doha_strike",
            "en_mfa_doha",
            "ru_doha_summit",
            "en_doha_summit",
            "en_iran_strikes",
            "en_iran_ceasefire",
            "ru_icc_hungary",
            "en_icc_hungary",
            "en_icc_sanctions",
            "ru_briefing_sep10",
            "ru_iran_ceasefire",
        ),
        "k9: Israel, Israeli, израильский",
    ),
    Labelled(
        "#АТЭС",
        _APEC_GYEONGJU,
        "k9: АТЭС = APEC",
    ),
    Labelled(
        "оаэ",
        _MBZ_KREMLIN,
        "k9: an abbreviation typed in small letters",
        absent=("en_iran_strikes",),
    ),
    Labelled(
        "кебби",
        ("ru_nigeria_kebbi", "en_nigeria_kebbi"),
        "k9: a state's name in small letters finds Kebbi",
    ),
    Labelled(
        "джакарта",
        ("ru_jakarta_protests", "en_jakarta_protests"),
        "k9: small letters; Джакарте, JAKARTA",
    ),
    Labelled(
        "перу",
        _PERU_BOLUARTE,
        "k9: the country in small letters; «принадлежащих перу Бунина» is a pen",
        absent=("ru_bunin_book",),
    ),
    Labelled(
        "белен",
        _COP30_OPEN,
        "k9: Belém in small letters; Lisbon's Belém is a namesake",
        absent=("en_belem_tower",),
    ),
    Labelled(
        "euroclear",
        _EUROCLEAR_SUIT,
        "k9: the depository in small letters",
    ),
    Labelled(
        "нетаньяху",
        _SHARM_SUMMIT_2,
        "k9: a surname in small letters finds Netanyahu",
    ),
    Labelled(
        "болуарте",
        _PERU_BOLUARTE_2,
        "k9: a surname in small letters",
    ),
    Labelled(
        "hamas",
        (
            "en_gaza_ceasefire",
            "ru_gaza_mid_welcome",
            "ru_sharm_summit",
            "en_sharm_summit",
            "en_hostages_freed",
            "en_doha_strike",
            "ru_doha_strike",
        ),
        "k9: Hamas = ХАМАС in small letters",
    ),
    Labelled(
        "rsf",
        ("en_fasher_rsf", "ru_fasher_rsf"),
        "k9: an abbreviation in small letters",
    ),
    Labelled(
        "ханчжоу",
        ("ru_mishustin_hangzhou", "en_mishustin_hangzhou"),
        "k9: small letters",
    ),
    Labelled(
        "бион-м",
        ("ru_bion", "en_bion"),
        "k9: the biosatellite's name in small letters finds Bion-M",
    ),
    # -------------------------------------------------------- k10 typos of one or two letters
    Labelled(
        "Джайшанкр",
        _WANGYI_DELHI,
        "k10: a letter missing from Джайшанкар",
    ),
    Labelled(
        "Jaishnakar",
        _WANGYI_DELHI,
        "k10: two letters swapped in Jaishankar",
    ),
    Labelled(
        "Prabovo",
        _PRABOWO_SPB_2,
        "k10: v for w in Prabowo",
    ),
    Labelled(
        "Нетаняху",
        _SHARM_SUMMIT_2,
        "k10: the soft sign left out",
    ),
    Labelled(
        "Netanyhau",
        _SHARM_SUMMIT_2,
        "k10: two letters moved in Netanyahu",
    ),
    Labelled(
        "Gyeongu",
        ("ru_apec_gyeongju", "en_apec_gyeongju"),
        "k10: a letter missing from Gyeongju",
    ),
    Labelled(
        "Kalmagei",
        (
            "en_kalmaegi_ph",
            "ru_kalmaegi_ph",
            "ru_kalmaegi_vn_embassy",
            "en_fungwong",
            "ru_fungwong",
        ),
        "k10: two letters swapped in Kalmaegi = Калмэги = Калмаэги",
    ),
    Labelled(
        "Euroclaer",
        _EUROCLEAR_SUIT,
        "k10: two letters swapped",
    ),
    Labelled(
        "Рамафоза",
        _G20_JOBURG_4,
        "k10: з for с in Рамафоса",
    ),
    Labelled(
        "Мишустн",
        ("ru_mishustin_hangzhou", "en_mishustin_hangzhou", "ru_mishustin_xi", "en_mishustin_xi"),
        "k10: a letter missing",
    ),
    Labelled(
        "Johannesbrug",
        _G20_JOBURG_2,
        "k10: two letters swapped in Johannesburg",
        absent=("en_g20_rio_2024",),
    ),
    Labelled(
        "Lecornou",
        (
            "en_lecornu_resigns",
            "ru_lecornu_resigns",
            "en_lecornu_back",
            "ru_lecornu_back",
            "en_oneliner_lecornu",
        ),
        "k10: an extra letter in Lecornu",
    ),
    Labelled(
        "Болсанару",
        ("en_bolsonaro_sentence", "ru_bolsonaro_sentence"),
        "k10: а for о; the bare surname is Jair",
    ),
    Labelled(
        "Гергеев",
        ("en_gergiev_caserta", "ru_gergiev_caserta", "ru_gergiev_mid"),
        "k10: е for и in Гергиев",
    ),
    Labelled(
        "Tedors",
        ("en_who_pandemic", "ru_who_pandemic"),
        "k10: two letters swapped in Tedros",
    ),
    Labelled(
        "Boluatre",
        _PERU_BOLUARTE_2,
        "k10: two letters swapped in Boluarte",
    ),
    Labelled(
        "Роскомос",
        _SOYUZ_MS28_2,
        "k10: с missing from Роскосмос",
    ),
    Labelled(
        "Fahser",
        _FASHER_RSF,
        "k10: two letters swapped in Fasher",
    ),
    Labelled(
        "Гданськ",
        _GDANSK_CONSULATE,
        "k10: ь and с swapped in Гданьск",
    ),
    Labelled(
        "Sharm el-Sheik",
        _GAZA_MID,
        "k10: the final h missing",
    ),
    Labelled(
        "Zakharva",
        _TAIWAN_MID,
        "k10: a letter missing from Zakharova",
    ),
    Labelled(
        "Медведв",
        ("ru_medvedev_assets", "en_medvedev_tass"),
        "k10: a letter missing; the bare surname is Dmitry Medvedev",
    ),
    Labelled(
        "Li Quiang",
        ("ru_mishustin_hangzhou", "en_mishustin_hangzhou"),
        "k10: an extra u in Li Qiang; the Korean Lees are not him",
        absent=("ru_korea_election", "en_korea_election"),
    ),
    Labelled(
        "Baikonour",
        ("ru_soyuz_ms28", "en_soyuz_ms28", "ru_baikonur_pad", "en_baikonur_pad", "ru_bion"),
        "k10: an extra o in Baikonur",
    ),
    Labelled(
        "Катор",
        _SHARM_SUMMIT,
        "k10: о for а in Катар",
        absent=("en_wto_doha_round",),
    ),
    # --------------------------------------------- k11 е typed for ё and mixed-script queries
    Labelled(
        "Кенджу",
        ("ru_apec_gyeongju", "en_apec_gyeongju"),
        "k11: е for ё in Кёнджу",
    ),
    Labelled(
        "Стере",
        ("en_norway_election", "ru_norway_election"),
        "k11: е for ё in Стёре",
    ),
    Labelled(
        "Юн Сок Ель",
        ("ru_korea_election", "en_yoon_martial_law"),
        "k11: е for ё in Юн Сок Ёль",
    ),
    Labelled(
        "Ли Чжэ Мен",
        _APEC_GYEONGJU_2,
        "k11: е for ё; Ли Чжэ Ён of Samsung is a namesake",
        absent=("ru_samsung_lee", "en_samsung_lee"),
    ),
    Labelled(
        "Ли Чжэ Ен",
        ("ru_samsung_lee", "en_samsung_lee"),
        "k11: е for ё; the Samsung chairman, not the president",
        absent=("ru_korea_election", "en_korea_election", "en_apec_gyeongju", "en_oneliner_korea"),
    ),
    Labelled(
        "Объединенные Арабские Эмираты",
        _MBZ_KREMLIN,
        "k11: е for ё in Объединённые; the UAE in both languages",
    ),
    Labelled(
        "стратегическое партнерство",
        ("ru_prabowo_spb", "ru_mishustin_xi"),
        "k11: е for ё; unquoted, so the words apart count too",
        first="ru_prabowo_spb",
    ),
    Labelled(
        "договоренность",
        ("ru_gaza_mid_welcome", "ru_briefing_oct16"),
        "k11: е for ё in договорённость, договорённостей",
    ),
    Labelled(
        "вооруженными столкновениями",
        ("ru_tripoli_embassy",),
        "k11: е for ё; the RIA post has вооруженными группировками and бои",
        first="ru_tripoli_embassy",
    ),
    Labelled(
        "расчеты",
        ("ru_mishustin_hangzhou", "ru_jaishankar_moscow"),
        "k11: е for ё in расчёты, расчётов",
    ),
    Labelled(
        "напряженность Тайвань",
        ("ru_taiwan_mid",),
        "k11: е for ё in напряжённости, with Тайваньский",
    ),
    Labelled(
        "COP30 в Белене",
        _COP30_OPEN,
        "k11: Latin COP30 with Cyrillic Белен",
        absent=("en_belem_tower", "ru_cop29_baku"),
    ),
    Labelled(
        "Soyuz МС-28",
        _SOYUZ_MS28_3,
        "k11: Latin Soyuz with Cyrillic МС-28; Reuters names no MS-28",
    ),
    Labelled(
        "Euroclear иск",
        ("ru_euroclear_suit", "ru_briefing_dec18"),
        "k11: Latin name, Russian иск keeps to Russian posts",
        first="ru_euroclear_suit",
    ),
    Labelled(
        "NASA астронавт",
        ("ru_soyuz_ms28",),
        "k11: астронавт is a Russian word; English astronaut is not typed",
    ),
    Labelled(
        "G20 декларация",
        ("ru_g20_joburg",),
        "k11: Russian декларацию; English declaration is not typed",
    ),
    Labelled(
        "Мерц Bundestag",
        ("en_merz_elected", "ru_merz_elected", "en_oneliner_merz"),
        "k11: Cyrillic name, Latin parliament; бундестаг = Bundestag",
    ),
    Labelled(
        "Гонконг Tai Po",
        ("ru_hk_fire", "en_hk_fire", "en_hk_condolences", "ru_hk_legco"),
        "k11: Tai Po = Тайпо with Hong Kong",
    ),
    Labelled(
        "ООН Hanoi",
        (
            "ru_hanoi_convention",
            "en_hanoi_convention",
            "en_hanoi_vna",
            "ru_hanoi_oneliner",
            "ru_briefing_oct16",
            "ru_repost_hanoi",
            "en_repost_hanoi",
        ),
        "k11: ООН = UN, Hanoi = Ханой",
    ),
    Labelled(
        "патриарх Кирилл Estonia",
        ("ru_kirill_estonia", "en_kirill_estonia"),
        "k11: the patriarch with Latin Estonia = Эстония",
    ),
    Labelled(
        "Xi Пусан",
        ("ru_xi_trump_busan", "en_xi_trump_busan"),
        "k11: Latin Xi, Cyrillic Пусан = Busan",
    ),
    Labelled(
        "ВОЗ pandemic",
        _WHO_PANDEMIC_2,
        "k11: ВОЗ = WHO with English pandemic",
    ),
    Labelled(
        "МКС Soyuz",
        ("ru_soyuz_ms28", "en_soyuz_ms28", "en_repost_soyuz", "en_oneliner_soyuz"),
        "k11: ISS = МКС with Soyuz = «Союз»",
    ),
    Labelled(
        "Лукашенко Vilnius",
        ("ru_lithuania_balloons",),
        "k11: Lukashenko with Vilnius = Вильнюс",
    ),
    Labelled(
        "Гросси IAEA",
        ("en_iaea_iran", "ru_iaea_grossi"),
        "k11: Cyrillic Гросси, Latin IAEA = МАГАТЭ",
    ),
    # ---------------------------------------------------------- k12 questions typed naturally
    Labelled(
        "кто стал президентом Перу?",
        ("ru_peru_boluarte", "ru_peru_emergency", "ru_oneliner_peru"),
        "k12: президент (Russian) + Перу; стал is the question's verb",
        first="ru_peru_boluarte",
        absent=("ru_bunin_book",),
    ),
    Labelled(
        "who replaced Boluarte?",
        _PERU_BOLUARTE_2,
        "k12: Boluarte only; replaced is the question's verb",
        first="en_peru_boluarte",
    ),
    Labelled(
        "when did Merz become chancellor?",
        ("en_merz_elected", "en_oneliner_merz"),
        "k12: Merz + chancellor (English)",
        first="en_merz_elected",
    ),
    Labelled(
        "где прошел саммит АТЭС?",
        ("ru_apec_gyeongju", "ru_xi_trump_busan", "ru_apec_oneliner"),
        "k12: саммит (Russian) + АТЭС",
        first="ru_apec_gyeongju",
    ),
    Labelled(
        "what happened to the Baikonur launch pad?",
        ("en_baikonur_pad",),
        "k12: Baikonur + launch + pad in English",
        first="en_baikonur_pad",
    ),
    Labelled(
        "why did the US sanction Petro?",
        ("en_petro_sanctions", "en_repost_petro"),
        "k12: US + sanction (English, sanctions included) + Petro",
        first="en_petro_sanctions",
        absent=("en_poroshenko_sanctions",),
    ),
    Labelled(
        "how many visited Expo Osaka?",
        ("en_expo_osaka", "ru_expo_osaka"),
        "k12: Expo + Osaka; visited is the question's verb",
        first="en_expo_osaka",
    ),
    Labelled(
        "кто возглавил российскую делегацию на G20?",
        _G20_JOBURG_3,
        "k12: российский + делегация (Russian) + G20",
        first="ru_g20_joburg",
    ),
    Labelled(
        "who won Norway's election?",
        ("en_norway_election",),
        "k12: Norway + election (English)",
        first="en_norway_election",
    ),
    Labelled(
        "какие соцсети запретили в Австралии?",
        ("ru_au_socialmedia",),
        "k12: соцсети (Russian) + Австралия; запретили is the question's verb",
        first="ru_au_socialmedia",
    ),
    Labelled(
        "what is the Hanoi Convention?",
        _HANOI_CONVENTION,
        "k12: Hanoi + convention (English), unquoted",
        first="en_hanoi_convention",
    ),
    Labelled(
        "когда открыли плотину Возрождения?",
        _GERD,
        "k12: плотина + Возрождение (Russian); the Renaissance in the Hermitage is no dam",
        first="ru_gerd",
        absent=("ru_hermitage_renaissance",),
    ),
    Labelled(
        "how many hostages were freed?",
        _GAZA_CEASEFIRE,
        "k12: hostages (English); were freed is the question's verb",
        first="en_hostages_freed",
    ),
    Labelled(
        "почему Польша закрыла консульство?",
        ("ru_gdansk_consulate", "ru_irkutsk_mid"),
        "k12: Польша + консульство (Russian, генконсульство included)",
        first="ru_gdansk_consulate",
    ),
    Labelled(
        "сколько погибших при пожаре в Гонконге?",
        ("ru_hk_fire", "ru_hk_condolences"),
        "k12: погибшие + пожар (Russian) + Гонконг",
        first="ru_hk_fire",
    ),
    Labelled(
        "what did Russia say about the Doha strike?",
        ("en_mfa_doha",),
        "k12: Russia + Doha + strike (English); say is not a term",
        first="en_mfa_doha",
    ),
    Labelled(
        "when was the Pandemic Agreement adopted?",
        ("en_who_pandemic",),
        "k12: pandemic + agreement (English)",
        first="en_who_pandemic",
    ),
    Labelled(
        "кто такой Хосе Хери?",
        ("en_peru_boluarte", "ru_peru_boluarte", "en_peru_protests", "ru_peru_emergency"),
        "k12: the person in both languages",
        first="ru_peru_boluarte",
    ),
    Labelled(
        "когда стартовал Союз МС-28?",
        _SOYUZ_MS28_3,
        "k12: «Союз МС-28» = Soyuz MS-28; стартовал is the question's verb",
        first="ru_soyuz_ms28",
    ),
    Labelled(
        "why did Hungary leave the ICC?",
        (
            "en_icc_hungary",
            "en_icc_hungary_vote",
            "ru_icc_hungary",
            "ru_briefing_apr9",
            "ru_oneliner_icc",
        ),
        "k12: Hungary + ICC = МУС; leave is the question's verb",
        first="en_icc_hungary",
        absent=("en_icc_omv",),
    ),
    Labelled(
        "что Мухаммед бен Заид обсуждал с Путиным?",
        ("ru_mbz_kremlin", "en_mbz_kremlin"),
        "k12: two people, Putin in the instrumental",
        first="ru_mbz_kremlin",
        absent=("en_riyadh_spa",),
    ),
    Labelled(
        "what did Medvedev say about Russian assets?",
        ("en_medvedev_tass",),
        "k12: Medvedev (Dmitry) + Russian + assets (English)",
        first="en_medvedev_tass",
        absent=("en_medvedev_almaty",),
    ),
    Labelled(
        "сколько мышей на борту Бион-М?",
        ("ru_bion",),
        "k12: мыши + борт (Russian) + Бион-М",
        first="ru_bion",
    ),
    Labelled(
        "is Russia's consulate in Gdansk closing?",
        ("en_gdansk_consulate", "en_irkutsk_tass"),
        "k12: Russia + consulate (English) + Gdansk",
        first="en_gdansk_consulate",
    ),
    Labelled(
        "где проходит COP30?",
        _COP30_OPEN_2,
        "k12: COP30 alone; где and проходит are not terms",
        first="ru_cop30_open",
        absent=("ru_cop29_baku",),
    ),
]

"""Twenty-fourth labelled search set: Syria after Assad to Baikonur, MFA to UN.

The archive holds about 250 posts, roughly half Russian and half English, from official
channels (mid, kremlin, mfa_russia, un_news) and agencies and media (tass, tass_en, ria,
interfax, rt, xinhua, reuters, ap, aljazeera, anadolu, rferl): MID and Kremlin readouts,
TASS and RIA leads with datelines, Reuters, AP, Xinhua, Al Jazeera and Anadolu stories, UN
News items, one-liners, long statements, briefing excerpts with several topics, reposts
(«Репост», "Forwarded from"), consular notices, posts with hashtags and links. Most
stories (Syria after Assad: al-Sharaa in Moscow, al-Shaibani, Hmeimim and Tartus, Palmyra,
the Caesar Act; Libya: Haftar, Tripoli, Benghazi; Sudan: al-Burhan, Dagalo and the RSF,
Port Sudan, El Fasher; Afghanistan: the Taliban recognised, the Moscow Format, Muttaqi;
Iraq; Yemen and the Red Sea; Vučić and NIS; Orbán, Szijjártó and Paks II; Fico;
Kobakhidze; Tokayev's state visit; Mirziyoyev; Soyuz MS-28 and Baikonur; Khürelsükh and
Mongolia; Myanmar's election and earthquake; Prabowo at SPIEF; Lula and Vieira; Lamola;
the Ethiopian dam on the Nile; Rosatom at Akkuyu, El Dabaa, Rooppur and in Kazakhstan,
Uzbekistan and Ethiopia; the Bosporus; visas, student quotas, the Russian language
abroad, UNESCO heritage) are told twice, in a Russian and an English post worded
independently. Query kinds: k1 organisations and abbreviations in both languages and
scripts; k2 events with places; k3 places in Russian case forms and in English; k4
topics and common words; k5 people, declined surnames, transliteration variants; k6
quoted phrases; k7 a word excluded with a minus; k8 dates in words and figures, with and
without a year; k9 hashtags and lower-case typing; k10 typos; k11 е typed for ё and
mixed-script queries; k12 questions typed naturally. Labelling rules: expected holds
every post a reader typing the query wants. A person, organisation, place, abbreviation
or date matches in either language or script, in any case form, spelling,
transliteration or abbreviation (RSF = СБР = Rapid Support Forces = Силы быстрого
реагирования; SPIEF = ПМЭФ; ICC = МУС; АЭС = nuclear power plant; a person named with a
given name or initials is that person: М.Л.Богданов for Михаил Богданов; place
adjectives such as суданский, ливанском or Улан-Баторской and nationality adjectives such
as Syrian, Kazakh or Sudanese name the place; a day counts in words in either language or
in figures, «9 сен» and 08.12 included; a typed year excludes posts of another year, a
post's year being the one its text states or else its story's). Common words and topics
(плотина, dam, выборы, elections, санкции, sanctions) match only posts in the language
typed, in any inflected or derived form of the same stem (база, баз, авиабазы;
признание, признала, признанного; виза, безвизовый; election, electoral), never a
synonym (hunger is not famine, свержение is not падение). A query of several words wants
posts holding all of them, each by these rules; prepositions, question words and verbs
such as сказал, said, held, agreed, died are not terms. A quoted phrase wants its words
together and in order, inflected; a hashtag means its word; -word removes the posts that
word matches (a common word typed in Russian removes only Russian posts). absent lists
precision traps that share a string but not the meaning: Kabulov for Kabul, Ираклий for
Ирак and Irakli for Iraq, Sudani (Iraq's prime minister) for Sudan, Damascus, damage and
damaged for dam, визит and visit for визы and visa, Damascus steel and дамасская сталь
for Damascus, Северная Пальмира for Palmyra, Vladivostok's Eastern Bosphorus for the
Bosporus, Tripoli in Lebanon for Tripoli in Libya, Reporters Without Borders (RSF) for
the RSF, the cricket ICC, GERD the reflux disease, the monastery of St Nil and Nile
Rodgers for the Nile; namesakes (Saddam Haftar for Khalifa Haftar, Abdel Fattah al-Sisi
for Abdel Fattah al-Burhan, Ahmed al-Sharaa for Abiy Ahmed, the academician Dmitry
Likhachev, Ivan Bakanov of the SBU, Chekhov's Colonel Vershinin, the Nuremberg prosecutor
Roman Rudenko, Boris Pankin, Vladimir Bogdanov of Surgutneftegas, the film director
Mikheil Kobakhidze, the football coach Patrick Vieira); near-miss days (18 and 28
December for 8 December, 5 October for 15 October, 23 July for 3 July, 19 September and 9
October for 9 September, 27 October and 28 November for 27 November, 11 November for 12
November, 28 March and 28 November for 28 December); the other year; one word of a
phrase without the other (Syria's Palmyra for «Северная Пальмира», the city for Damascus
steel); and a minus query's excluded posts. Posts naming only the Islamic
Emirate are not labelled for the Taliban, posts naming only Saddam Haftar are not
labelled for the surname alone, and posts saying only "the Nile dam" are not labelled for
GERD. first is set only where one post is clearly what a reader wants on top.
Written blind in session 49: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # --------------------------------------------------------------------- Syria after Assad
    "ru_syria_assad_fall": (
        (12, 8),
        "tass",
        "МОСКВА, 8 декабря. /ТАСС/. Башар Асад принял решение покинуть пост "
        "президента Сирии и выехал из страны, дав указание о мирной передаче "
        "власти, сообщили в МИД России. Российские военные базы на территории "
        "Сирии приведены в состояние повышенной боевой готовности, серьёзной "
        "угрозы их безопасности в настоящее время нет. Москва находится в контакте "
        "со всеми группами сирийской оппозиции.",
    ),
    "en_syria_assad_fall": (
        (12, 8),
        "reuters",
        "DAMASCUS, Dec 8 (Reuters) - Syrian rebels declared on Sunday that they "
        "had ousted President Bashar al-Assad, ending more than five decades of "
        "his family's rule after a lightning offensive that reached the capital "
        "Damascus overnight. Russia's foreign ministry said Assad had left the "
        "country and given instructions for a peaceful transfer of power. The fate "
        "of Russia's Hmeimim air base and its naval facility at Tartus was unclear.",
    ),
    "ru_assad_asylum": (
        (12, 9),
        "ria",
        "Асад и члены его семьи прибыли в Москву. Россия предоставила им убежище "
        "из гуманитарных соображений, сообщил источник в Кремле. #Сирия",
    ),
    "en_assad_asylum": (
        (12, 9),
        "ap",
        "Russian state media said ousted Syrian leader Bashar Assad and his family "
        "had arrived in Moscow and been granted asylum on humanitarian grounds, a "
        "day after the fall of Damascus to opposition fighters.",
    ),
    "ru_oneliner_hmeimim": (
        (12, 14),
        "rt",
        "Хмеймим: транспортные самолёты продолжают вывоз техники, базу не "
        "покидают. #Сирия #Хмеймим",
    ),
    "en_oneliner_tartus": (
        (12, 13),
        "rferl",
        "BREAKING: Satellite images show Russian warships have left Tartus. #Syria #Russia",
    ),
    "ru_syria_anniversary": (
        (12, 8),
        "ria",
        "ДАМАСК, 8 декабря 2025 — РИА Новости. Сирия в понедельник отмечает первую "
        "годовщину падения режима Асада. Президент переходного периода Ахмед "
        "аш-Шараа выступил на площади Омейядов в Дамаске и пообещал провести "
        "выборы. Праздничные мероприятия прошли также в Алеппо и Хомсе.",
    ),
    "en_syria_anniversary": (
        (12, 8),
        "aljazeera",
        "Syrians mark one year since the fall of Bashar al-Assad\n\nThousands "
        "gathered in Damascus's Umayyad Square on Monday, December 8, 2025, as "
        "President Ahmed al-Sharaa promised 'a new Syria for all Syrians' and "
        "vowed to rebuild the economy.",
    ),
    "ru_sharaa_kremlin": (
        (10, 15),
        "kremlin",
        "Переговоры с Президентом Сирийской Арабской Республики на переходный "
        "период Ахмедом аш-Шараа\n\n15 октября в Кремле состоялись "
        "российско-сирийские переговоры. Владимир Путин отметил, что между нашими "
        "странами на протяжении десятилетий складывались особые отношения. "
        "Обсуждались вопросы торгово-экономического сотрудничества, восстановления "
        "энергетической инфраструктуры Сирии и ситуация на Ближнем Востоке.\n\n"
        "#Путин #Сирия",
    ),
    "en_sharaa_moscow": (
        (10, 15),
        "reuters",
        "MOSCOW, Oct 15 (Reuters) - Syrian President Ahmed al-Sharaa met Vladimir "
        "Putin in the Kremlin on Wednesday on his first visit to Russia since "
        "toppling Bashar al-Assad, Moscow's longtime ally. Sharaa told Putin that "
        "Damascus would respect all past agreements, a signal that Russia may be "
        "able to keep its Hmeimim air base and the Tartus naval facility on "
        "Syria's Mediterranean coast.",
    ),
    "ru_sharaa_peskov": (
        (10, 15),
        "tass",
        "МОСКВА, 15 октября. /ТАСС/. Вопрос о дальнейшем присутствии российских "
        "военных баз в Сирии затрагивался в ходе переговоров Владимира Путина и "
        "Ахмеда аш-Шараа, сообщил журналистам пресс-секретарь президента РФ "
        "Дмитрий Песков. Вопрос о выдаче Асада, по его словам, не обсуждался.",
    ),
    "en_sharaa_ap": (
        (10, 16),
        "ap",
        "Syria's interim leader al-Sharaa, once known by the nom de guerre Abu "
        "Mohammed al-Golani, said in an interview after his Moscow trip that his "
        "government wants 'balanced relations' with all major powers, including "
        "Russia and the United States.",
    ),
    "ru_shaibani_lavrov": (
        (7, 31),
        "mid",
        "Переговоры С.В.Лаврова с Министром иностранных дел Сирийской Арабской "
        "Республики А.аш-Шейбани\n\n31 июля в Москве Министр иностранных дел "
        "Российской Федерации С.В.Лавров провёл переговоры с Министром иностранных "
        "дел Сирии Асаадом аш-Шейбани, находящимся в Российской Федерации с "
        "рабочим визитом. Состоялся обмен мнениями по вопросам двустороннего "
        "сотрудничества и ситуации в Сирии и вокруг неё. Российская сторона "
        "подтвердила приверженность суверенитету, единству и территориальной "
        "целостности САР.\n\n#Россия #Сирия",
    ),
    "en_shaibani_lavrov": (
        (7, 31),
        "mfa_russia",
        "Foreign Minister Sergey Lavrov's talks with Syrian Foreign Minister Asaad "
        "al-Shaibani, Moscow, July 31, 2025\n\n'We are ready to help restore "
        "Syria's economy and infrastructure,' Sergey Lavrov said. Al-Shaibani "
        "thanked Russia for its position on the country's unity and territorial "
        "integrity.\n\n#RussiaSyria",
    ),
    "ru_tartus_port": (
        (1, 21),
        "interfax",
        "Власти Сирии расторгли контракт с российской компанией «Стройтрансгаз» на "
        "управление портом Тартус, подписанный шесть лет назад, сообщили местные "
        "СМИ. Все доходы от порта отныне будут поступать в государственную казну. "
        "О пункте материально-технического обеспечения ВМФ России в Тартусе в "
        "сообщении не говорится.",
    ),
    "en_tartus_port": (
        (1, 21),
        "reuters",
        "Syria's new authorities have cancelled a contract with Russian firm "
        "Stroytransgaz to run the port of Tartus, a local official said, in the "
        "clearest sign yet that Moscow's footprint in the country is shrinking. "
        "The 49-year lease had been signed six years ago.",
    ),
    "ru_bases_hmeimim": (
        (2, 26),
        "ria",
        "Россия продолжает переговоры с новыми властями Сирии о статусе авиабазы "
        "Хмеймим в провинции Латакия и пункта материально-технического обеспечения "
        "флота в Тартусе. Как заявил замминистра иностранных дел Михаил Богданов, "
        "«тема баз — часть большого пакета», окончательные договорённости пока не "
        "достигнуты.",
    ),
    "en_bases_hmeimim": (
        (2, 26),
        "ap",
        "Satellite images show Russia has withdrawn some aircraft and equipment "
        "from Hmeimim air base in Latakia province, although its flag still flies "
        "over the Khmeimim airfield and over the naval base at Tartus in Syria, "
        "analysts said.",
    ),
    "ru_syria_wheat": (
        (3, 11),
        "tass",
        "ЛАТАКИЯ, 11 марта. /ТАСС/. В сирийский порт Латакия прибыло судно с 6 "
        "тыс. тонн российской пшеницы — первая подобная поставка после смены "
        "власти в Дамаске.",
    ),
    "en_syria_wheat": (
        (3, 11),
        "reuters",
        "A ship carrying 6,000 tons of Russian wheat docked at Syria's Latakia "
        "port, the first such shipment since Bashar al-Assad's ouster, shipping "
        "data showed.",
    ),
    "ru_palmyra_unesco": (
        (4, 18),
        "ria",
        "18 апреля — Международный день памятников и исторических мест. ЮНЕСКО "
        "напомнило о разрушениях в древней Пальмире, где боевики ИГ* взорвали храм "
        "Бэла и Триумфальную арку. Специалисты Института истории материальной "
        "культуры РАН готовы продолжить работу по восстановлению памятников "
        "Пальмиры в Сирии.\n\n*Террористическая организация, запрещена в России",
    ),
    "en_palmyra_unesco": (
        (4, 18),
        "un_news",
        "On the International Day for Monuments and Sites, UNESCO said damage to "
        "the ancient city of Palmyra in Syria must be fully documented before "
        "restoration can begin. Islamic State militants blew up the Temple of Bel "
        "and the Arch of Triumph. #UNESCO",
    ),
    "ru_trap_north_palmyra": (
        (6, 1),
        "ria",
        "Белые ночи в Северной Пальмире: Петербург за выходные посетили более 300 "
        "тысяч туристов, сообщил городской комитет по туризму.",
    ),
    "ru_trap_damask_steel": (
        (3, 2),
        "ria",
        "На ярмарке народных промыслов в Златоусте представили ножи из дамасской "
        "стали ручной ковки. Мастера рассказали, что на один клинок уходит до двух "
        "недель работы.",
    ),
    "en_trap_damascus_steel": (
        (3, 2),
        "ap",
        "A Texas bladesmith says demand for his Damascus steel kitchen knives has "
        "doubled since a video of his forge went viral on social media.",
    ),
    "ru_caesar_act": (
        (12, 18),
        "ria",
        "Президент США подписал оборонный бюджет, который отменяет так называемый "
        "«закон Цезаря» о санкциях против Сирии, сообщил Белый дом 18 декабря. В "
        "Дамаске решение назвали историческим.",
    ),
    "en_caesar_act": (
        (12, 18),
        "reuters",
        "WASHINGTON, Dec 18 (Reuters) - U.S. President Donald Trump signed a "
        "defense bill that repeals the Caesar Act sanctions on Syria, removing one "
        "of the last major barriers to reconstruction investment, the White House "
        "said.",
    ),
    "ru_syria_parliament": (
        (10, 5),
        "tass",
        "ДАМАСК, 5 октября. /ТАСС/. В Сирии 5 октября прошли первые после смены "
        "власти выборы в Народный совет. Две трети депутатов избирают коллегии "
        "выборщиков, треть назначит президент Ахмед аш-Шараа.",
    ),
    "en_syria_parliament": (
        (10, 5),
        "aljazeera",
        "Syria holds its first parliamentary elections since the fall of Assad, "
        "with electoral colleges choosing two-thirds of the People's Assembly on "
        "October 5 and President Ahmed al-Sharaa appointing the rest.",
    ),
    "ru_consular_syria": (
        (3, 8),
        "mid",
        "Посольство России в Дамаске рекомендует российским гражданам воздержаться "
        "от поездок в прибрежные районы Сирии — провинции Латакия и Тартус — в "
        "связи с обострением обстановки. Телефон горячей линии консульского "
        "отдела: +963 11 442 3155\nhttps://syria.mid.ru",
    ),
    "ru_syria_students": (
        (9, 10),
        "ria",
        "В российские вузы в этом году поступили более 600 студентов из Сирии, "
        "сообщил посол России в Дамаске Александр Ефимов.",
    ),
    # --------------------------------------------------------------------------------- Libya
    "ru_haftar_putin": (
        (5, 10),
        "kremlin",
        "Встреча с Командующим Ливийской национальной армией Халифой Хафтаром\n\n"
        "10 мая Владимир Путин провёл в Кремле встречу с фельдмаршалом Халифой "
        "Хафтаром, прибывшим в Москву для участия в торжествах по случаю 80-летия "
        "Победы. Обсуждались ситуация в Ливии и перспективы российско-ливийского "
        "взаимодействия.\n\n#Ливия",
    ),
    "en_haftar_putin": (
        (5, 10),
        "reuters",
        "MOSCOW, May 10 (Reuters) - Libyan eastern commander Khalifa Haftar held "
        "talks with President Vladimir Putin in Moscow on Saturday, the Kremlin "
        "said, as Russia expands its military presence in eastern Libya after the "
        "loss of its Syrian foothold. Haftar's Libyan National Army (LNA) controls "
        "Benghazi and most of the country's oilfields.",
    ),
    "ru_oneliner_haftar": (
        (5, 9),
        "rt",
        "Хафтар прилетел в Москву.",
    ),
    "ru_saddam_haftar": (
        (8, 20),
        "ria",
        "Заместитель главнокомандующего Ливийской национальной армией Саддам "
        "Хафтар провёл в Москве переговоры с замминистра обороны Юнус-Беком "
        "Евкуровым. Стороны обсудили подготовку ливийских военных в российских "
        "вузах.",
    ),
    "en_saddam_haftar": (
        (8, 20),
        "aljazeera",
        "Saddam Haftar, the son and deputy of eastern Libya's strongman, held "
        "talks in Moscow with Russia's deputy defence minister Yunus-Bek Yevkurov "
        "on military training.",
    ),
    "ru_bogdanov_haftar_2024": (
        (9, 26),
        "mid",
        "О встрече М.Л.Богданова с Х.Хафтаром\n\n26 сентября 2024 года Специальный "
        "представитель Президента Российской Федерации по Ближнему Востоку и "
        "странам Африки, заместитель Министра иностранных дел России М.Л.Богданов "
        "принял в Москве Командующего Ливийской национальной армией Х.Хафтара. "
        "Обсуждены пути урегулирования в Ливии.\n\n#Ливия",
    ),
    "en_bogdanov_haftar_2024": (
        (9, 26),
        "mfa_russia",
        "On September 26, 2024, Special Presidential Envoy for the Middle East and "
        "Africa, Deputy Foreign Minister Mikhail Bogdanov met with Commander of "
        "the Libyan National Army Khalifa Haftar in Moscow.",
    ),
    "ru_yevkurov_benghazi": (
        (4, 12),
        "tass",
        "БЕНГАЗИ, 12 апреля. /ТАСС/. Делегация Минобороны России во главе с "
        "Юнус-Беком Евкуровым провела в Бенгази переговоры с Халифой Хафтаром. "
        "Обсуждалось военное сотрудничество.",
    ),
    "en_yevkurov_benghazi": (
        (4, 12),
        "aljazeera",
        "A Russian defence ministry delegation led by Yunus-Bek Yevkurov arrived "
        "in Benghazi for talks with eastern Libyan commander Khalifa Haftar, the "
        "LNA said.",
    ),
    "ru_embassy_tripoli": (
        (2, 3),
        "mid",
        "Посол России в Ливии А.Р.Аганин провёл в Триполи встречу с руководством "
        "МИД Правительства национального единства. Обсуждено возобновление прямого "
        "авиасообщения между Москвой и ливийской столицей.",
    ),
    "en_embassy_tripoli": (
        (2, 3),
        "tass_en",
        "TRIPOLI, February 3. /TASS/. Russia's ambassador to Libya Aydar Aganin "
        "met officials of the Government of National Unity in Tripoli to discuss "
        "resuming direct flights between Moscow and the Libyan capital.",
    ),
    "ru_tripoli_clashes": (
        (5, 13),
        "ria",
        "В Триполи вспыхнули столкновения между вооружёнными группировками после "
        "гибели командира Аппарата поддержки стабильности. Правительство "
        "национального единства во главе с Абдель Хамидом Дбейбой объявило о "
        "прекращении огня. Посольство России в Ливии рекомендует гражданам не "
        "покидать жилища.",
    ),
    "en_tripoli_clashes": (
        (5, 13),
        "ap",
        "TRIPOLI, Libya (AP) — Heavy clashes erupted in the Libyan capital "
        "overnight after the killing of a powerful militia leader, and the U.N. "
        "mission urged calm. Prime Minister Abdul Hamid Dbeibah's government "
        "announced a ceasefire on Tuesday.",
    ),
    "en_trap_tripoli_lebanon": (
        (6, 5),
        "ap",
        "TRIPOLI, Lebanon (AP) — Residents of Lebanon's second-largest city marked "
        "Eid al-Adha amid power cuts, with generators rumbling across the old "
        "souks of Tripoli.",
    ),
    "ru_trap_tripoli_lebanon": (
        (6, 5),
        "ria",
        "В ливанском Триполи жители отметили Курбан-байрам в условиях отключений электричества.",
    ),
    "en_un_libya": (
        (8, 21),
        "un_news",
        "Hanna Tetteh, head of the UN Support Mission in Libya (UNSMIL), presented "
        "a roadmap to the Security Council for unifying the country's rival "
        "governments in Tripoli and Benghazi within 12 to 18 months.",
    ),
    "ru_un_libya": (
        (8, 21),
        "ria",
        "Спецпредставитель генсека ООН по Ливии Ханна Тетте представила Совбезу "
        "«дорожную карту» объединения институтов страны, расколотой между Триполи "
        "и Бенгази.",
    ),
    # --------------------------------------------------------------------------------- Sudan
    "ru_el_fasher": (
        (10, 27),
        "tass",
        "КАИР, 27 октября. /ТАСС/. Силы быстрого реагирования (СБР) заявили об "
        "установлении полного контроля над Эль-Фаширом — последним крупным городом "
        "Дарфура, остававшимся под контролем армии Судана. Командующий армией "
        "Абдель Фаттах аль-Бурхан подтвердил отход войск из города «для защиты "
        "мирных жителей». #Судан",
    ),
    "en_el_fasher": (
        (10, 27),
        "reuters",
        "Sudan's Rapid Support Forces (RSF) said on Monday they had seized El "
        "Fasher, the army's last stronghold in the western Darfur region, after an "
        "18-month siege. Army chief Abdel Fattah al-Burhan said his forces had "
        "withdrawn from the city.",
    ),
    "en_el_fasher_un": (
        (10, 28),
        "un_news",
        "UN human rights chief Volker Türk warned of 'the risk of large-scale, "
        "ethnically motivated violations and atrocities' in El Fasher, North "
        "Darfur, Sudan, after the RSF takeover. Thousands of people have fled "
        "towards Tawila, UN agencies said.",
    ),
    "ru_el_fasher_mid": (
        (10, 30),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "ситуацией в суданском Эль-Фашире\n\nС глубокой обеспокоенностью "
        "восприняли сообщения о массовых убийствах мирных жителей. Призываем "
        "стороны к немедленному прекращению огня и возобновлению переговоров.\n\n"
        "#Судан #Захарова",
    ),
    "ru_port_sudan_base": (
        (2, 12),
        "interfax",
        "Россия и Судан договорились по всем вопросам, касающимся создания "
        "российской военно-морской базы — пункта материально-технического "
        "обеспечения ВМФ России в Порт-Судане на побережье Красного моря, заявил "
        "министр иностранных дел Судана Али Юсеф аш-Шариф по итогам переговоров с "
        "Сергеем Лавровым в Москве.",
    ),
    "en_port_sudan_base": (
        (2, 12),
        "reuters",
        "MOSCOW, Feb 12 (Reuters) - Sudan and Russia have reached an understanding "
        "on establishing a Russian naval base on the Red Sea coast near Port "
        "Sudan, Sudanese Foreign Minister Ali Youssef al-Sharif said after talks "
        "with Sergei Lavrov.",
    ),
    "ru_bogdanov_sudan": (
        (4, 22),
        "mid",
        "О встрече М.Л.Богданова с Послом Судана\n\n22 апреля Специальный "
        "представитель Президента Российской Федерации по Ближнему Востоку и "
        "странам Африки, заместитель Министра иностранных дел Российской Федерации "
        "М.Л.Богданов принял Посла Республики Судан в Москве М.С.Абдаллу. Посол "
        "передал послание Председателя Суверенного совета Судана А.Ф.аль-Бурхана "
        "на имя Президента России.",
    ),
    "en_burhan_message": (
        (4, 23),
        "xinhua",
        "PORT SUDAN, April 23 (Xinhua) -- Sudan's Sovereignty Council Chairman "
        "Abdel Fattah Al-Burhan has sent a written message to Russian President "
        "Vladimir Putin on bilateral relations, the council said in a statement.",
    ),
    "ru_rsf_dagalo": (
        (8, 31),
        "ria",
        "Командующий суданскими Силами быстрого реагирования Мухаммед Хамдан "
        "Дагало, известный как Хемедти, принёс присягу в качестве главы "
        "параллельного правительства в городе Ньяла на юге Дарфура. В Порт-Судане "
        "это назвали незаконным.",
    ),
    "en_rsf_dagalo": (
        (8, 30),
        "aljazeera",
        "RSF leader Mohamed Hamdan Dagalo, known as Hemedti, has been sworn in as "
        "head of a parallel government in Nyala, South Darfur, deepening fears "
        "that Sudan could be partitioned.",
    ),
    "en_un_sudan_famine": (
        (9, 19),
        "un_news",
        "Sudan: famine conditions persist in El Fasher and Kadugli, food security "
        "experts said on 19 September, warning that 24 million people face acute "
        "hunger.",
    ),
    "ru_un_sudan_famine": (
        (9, 19),
        "ria",
        "ООН: голод в Судане сохраняется в Эль-Фашире и Кадугли, острую нехватку "
        "продовольствия испытывают 24 млн человек, сообщили эксперты 19 сентября.",
    ),
    "ru_consular_sudan": (
        (6, 10),
        "mid",
        "Консульский отдел Посольства России в Судане, временно работающий в "
        "Порт-Судане, напоминает: россиянам, находящимся в стране, рекомендуется "
        "встать на консульский учёт. Телефон: +249 91 230 0000 #Судан",
    ),
    "en_trap_rsf_press": (
        (5, 2),
        "rferl",
        "Reporters Without Borders (RSF) ranked Russia 171st out of 180 countries "
        "in its World Press Freedom Index, published on Friday.",
    ),
    "ru_trap_rsf_press": (
        (5, 2),
        "ria",
        "«Репортёры без границ» (RSF) опубликовали ежегодный индекс свободы прессы.",
    ),
    "ru_vershinin_lamamra": (
        (11, 6),
        "mid",
        "О консультациях С.В.Вершинина с Личным посланником Генсекретаря ООН по "
        "Судану Р.Ламамрой\n\nЗаместитель Министра иностранных дел Российской "
        "Федерации С.В.Вершинин провёл консультации с Р.Ламамрой. Обсуждены пути "
        "прекращения вооружённого конфликта в Судане и гуманитарная ситуация в "
        "Дарфуре.",
    ),
    "en_vershinin_lamamra": (
        (11, 6),
        "mfa_russia",
        "Deputy Foreign Minister Sergey Vershinin held consultations with the UN "
        "Secretary-General's Personal Envoy for Sudan Ramtane Lamamra on ending "
        "the armed conflict and the humanitarian situation in Darfur.",
    ),
    # --------------------------------------------------------------------------- Afghanistan
    "ru_taliban_recognition": (
        (7, 3),
        "mid",
        "Об официальном признании Исламского Эмирата Афганистан\n\n3 июля "
        "заместитель Министра иностранных дел Российской Федерации А.Ю.Руденко "
        "принял верительные грамоты новоназначенного Посла Исламского Эмирата "
        "Афганистан Г.Х.Хасана. Решение стало возможным после того, как движение "
        "«Талибан» было исключено из российского списка запрещённых организаций. "
        "Считаем, что акт официального признания даст импульс развитию "
        "двустороннего сотрудничества.\n\n#Афганистан",
    ),
    "en_taliban_recognition": (
        (7, 3),
        "reuters",
        "MOSCOW, July 3 (Reuters) - Russia became the first country to formally "
        "recognise the Taliban government of Afghanistan on Thursday, a move the "
        "Taliban hailed as a 'brave decision' that would set an example for "
        "others. Deputy Foreign Minister Andrei Rudenko accepted the credentials "
        "of the new Afghan ambassador.",
    ),
    "ru_muttaqi_welcomes": (
        (7, 3),
        "ria",
        "Глава МИД талибов Амир Хан Муттаки на встрече с российским послом "
        "Дмитрием Жирновым в Кабуле 3 июля назвал признание «смелым решением», "
        "которое станет примером для других стран.",
    ),
    "en_muttaqi_welcomes": (
        (7, 4),
        "aljazeera",
        "Taliban Foreign Minister Amir Khan Muttaqi, speaking in Kabul after "
        "meeting Russia's ambassador Dmitry Zhirnov, said ties with Moscow had "
        "entered 'a new phase'.",
    ),
    "ru_taliban_ban_lifted": (
        (4, 17),
        "tass",
        "МОСКВА, 17 апреля. /ТАСС/. Верховный суд РФ приостановил запрет "
        "деятельности движения «Талибан», признанного террористической "
        "организацией более двадцати лет назад. Иск Генпрокуратуры был рассмотрен "
        "в закрытом режиме.",
    ),
    "en_taliban_ban_lifted": (
        (4, 17),
        "ap",
        "Russia's Supreme Court on Thursday, April 17, suspended a ban on the "
        "Taliban that had been in place for more than two decades, clearing the "
        "way for Moscow to normalize relations with the group that rules "
        "Afghanistan.",
    ),
    "ru_moscow_format_2025": (
        (10, 7),
        "mid",
        "О седьмом заседании «Московского формата» консультаций по Афганистану\n\n"
        "7 октября 2025 года в Москве состоялось очередное заседание «Московского "
        "формата». Впервые в качестве полноправного участника в нём приняла "
        "участие делегация талибов во главе с министром иностранных дел Амиром "
        "Ханом Муттаки. Участники выступили против размещения военной "
        "инфраструктуры третьих стран в Афганистане и соседних государствах.\n\n"
        "#МосковскийФормат",
    ),
    "en_moscow_format_2025": (
        (10, 7),
        "tass_en",
        "MOSCOW, October 7. /TASS/. Russian Foreign Minister Sergey Lavrov opened "
        "the Moscow Format consultations on Afghanistan, attended for the first "
        "time by a Taliban delegation led by Acting Foreign Minister Amir Khan "
        "Muttaqi. Participants opposed any attempt to deploy foreign military "
        "infrastructure in Afghanistan.",
    ),
    "ru_lavrov_muttaqi": (
        (10, 7),
        "mid",
        "7 октября С.В.Лавров провёл переговоры с Министром иностранных дел "
        "Исламского Эмирата Афганистан А.Х.Муттаки. Обсуждены перспективы "
        "торгово-экономического сотрудничества, в том числе проекты в энергетике и "
        "на транспорте, и борьба с наркоугрозой.",
    ),
    "en_oneliner_muttaqi": (
        (10, 6),
        "tass_en",
        "Taliban FM Muttaqi lands in Moscow ahead of Moscow Format talks.",
    ),
    "ru_moscow_format_2024": (
        (10, 4),
        "mid",
        "О шестом заседании «Московского формата» консультаций по Афганистану\n\n4 "
        "октября 2024 года в Москве состоялось шестое заседание «Московского "
        "формата». Делегацию талибов в качестве гостя возглавил Амир Хан Муттаки. "
        "Участники призвали к формированию инклюзивного правительства в "
        "Афганистане.",
    ),
    "ru_trap_kabulov": (
        (7, 23),
        "ria",
        "Спецпредставитель президента России по Афганистану Замир Кабулов заявил "
        "23 июля, что Москва рассчитывает на расширение экономических связей с "
        "талибами после официального признания.",
    ),
    "en_trap_kabulov": (
        (7, 23),
        "tass_en",
        "Russia's presidential envoy for Afghanistan Zamir Kabulov said on July 23 "
        "that Moscow expects other countries to follow its example and recognise "
        "the Taliban government.",
    ),
    "ru_transafghan": (
        (7, 17),
        "interfax",
        "Узбекистан, Афганистан и Пакистан подписали в Кабуле рамочное соглашение "
        "о подготовке технико-экономического обоснования Трансафганской железной "
        "дороги Термез — Мазари-Шариф — Кабул — Пешавар. Россия заинтересована в "
        "проекте, заявили в Минтрансе.",
    ),
    "en_transafghan": (
        (7, 17),
        "reuters",
        "Uzbekistan, Afghanistan and Pakistan signed a framework agreement in "
        "Kabul on Thursday to build the Trans-Afghan railway linking Central Asia "
        "to Pakistan's ports, a project Russia hopes will open a route to the "
        "Indian Ocean.",
    ),
    "ru_afghan_students": (
        (9, 1),
        "ria",
        "Россия в новом учебном году выделила Афганистану 300 бюджетных мест в "
        "вузах, сообщил посол в Кабуле Дмитрий Жирнов.",
    ),
    "en_afghan_students": (
        (9, 1),
        "tass_en",
        "Russia has allocated 300 state-funded university places to Afghan "
        "students this academic year, ambassador in Kabul Dmitry Zhirnov said.",
    ),
    "ru_pankin_afghan": (
        (10, 20),
        "interfax",
        "Замминистра иностранных дел Александр Панкин: Россия готова увеличить "
        "поставки пшеницы и нефтепродуктов в Афганистан, вопрос оплаты обсуждается "
        "с талибами.",
    ),
    "en_pankin_afghan": (
        (10, 20),
        "tass_en",
        "Russia is ready to increase supplies of wheat and fuel to Afghanistan, "
        "Deputy Foreign Minister Alexander Pankin said.",
    ),
    # -------------------------------------------------------------- Iraq, Yemen, the Red Sea
    "ru_lavrov_fuad_hussein": (
        (2, 20),
        "mid",
        "Телефонный разговор С.В.Лаврова с Заместителем Премьер-министра, "
        "Министром иностранных дел Ирака Ф.Хусейном\n\nОбсуждены ситуация в Сирии "
        "после смены власти и деятельность российских нефтяных компаний в Ираке.",
    ),
    "en_lavrov_fuad_hussein": (
        (2, 20),
        "mfa_russia",
        "Sergey Lavrov had a telephone conversation with Iraqi Deputy Prime "
        "Minister and Foreign Minister Fuad Hussein. They discussed the situation "
        "in Syria and the work of Russian oil companies in Iraq.",
    ),
    "ru_iraq_lukoil": (
        (11, 4),
        "interfax",
        "Министерство нефти Ирака обсуждает с «Лукойлом» будущее месторождения "
        "Западная Курна-2 после введения американских санкций против российской "
        "компании.",
    ),
    "en_iraq_lukoil": (
        (11, 4),
        "reuters",
        "Iraq's oil ministry said it was in talks with Lukoil about the future of "
        "the West Qurna-2 oilfield after U.S. sanctions on the Russian company, "
        "which operates one of the world's largest fields in southern Iraq.",
    ),
    "ru_iraq_elections": (
        (11, 11),
        "ria",
        "БАГДАД, 11 ноя — РИА Новости. В Ираке 11 ноября прошли парламентские "
        "выборы. Явка, по данным избирательной комиссии, превысила 55%.",
    ),
    "en_iraq_elections": (
        (11, 11),
        "aljazeera",
        "Iraqis voted in parliamentary elections on November 11, with turnout "
        "above 55 percent, the electoral commission said.",
    ),
    "en_red_sea_houthis": (
        (7, 9),
        "reuters",
        "Yemen's Houthis claimed responsibility for sinking the Greek-operated "
        "bulk carrier Eternity C in the Red Sea, the second vessel they have sunk "
        "this week, as the group resumed attacks on shipping.",
    ),
    "ru_red_sea_houthis": (
        (7, 9),
        "ria",
        "Йеменские хуситы заявили о потоплении в Красном море сухогруза Eternity C "
        "под флагом Либерии. Это второе судно, потопленное ими за неделю.",
    ),
    "en_un_hodeidah": (
        (7, 14),
        "un_news",
        "The Security Council extended the mandate of the UN Mission to support "
        "the Hodeidah Agreement (UNMHA) in Yemen, as the Secretary-General warned "
        "that attacks on Red Sea shipping risk dragging the region into a wider "
        "conflict.",
    ),
    "ru_zakharova_briefing_jul10": (
        (7, 10),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 10 июля "
        "2025 года\n\n• О ситуации в Йемене и в Красном море\n• О признании "
        "Исламского Эмирата Афганистан\n• О предстоящем визите в Москву министра "
        "иностранных дел Венгрии П.Сийярто\n\nПризываем все стороны к сдержанности "
        "в районе Баб-эль-Мандебского пролива.\n\n#брифинг #Захарова",
    ),
    "en_zakharova_briefing_jul10": (
        (7, 10),
        "mfa_russia",
        "Foreign Ministry Spokeswoman Maria Zakharova's briefing, July 10, 2025: "
        "on Yemen and the Red Sea; on the recognition of the Islamic Emirate of "
        "Afghanistan; on the upcoming visit to Moscow by Hungarian Foreign "
        "Minister Peter Szijjarto.",
    ),
    # -------------------------------------------------------------- Serbia, Kosovo, Slovakia
    "ru_vucic_beijing": (
        (9, 2),
        "kremlin",
        "Встреча с Президентом Сербии Александром Вучичем\n\n2 сентября в Пекине, "
        "на полях торжеств по случаю 80-летия окончания Второй мировой войны, "
        "Владимир Путин встретился с Президентом Республики Сербии Александром "
        "Вучичем. Обсуждались поставки российского газа в Сербию и ситуация вокруг "
        "компании NIS.",
    ),
    "en_vucic_beijing": (
        (9, 2),
        "rferl",
        "Serbian President Aleksandar Vucic told Vladimir Putin in Beijing on "
        "Tuesday, September 2, that Serbia would never impose sanctions on Russia, "
        "even as Belgrade seeks closer ties with the EU.",
    ),
    "ru_fico_beijing": (
        (9, 2),
        "kremlin",
        "Встреча с Председателем Правительства Словакии Робертом Фицо\n\n2 "
        "сентября в Пекине Владимир Путин провёл встречу с Председателем "
        "Правительства Словацкой Республики Робертом Фицо. Фицо поблагодарил за "
        "бесперебойные поставки энергоносителей и высказался за сотрудничество в "
        "атомной энергетике.",
    ),
    "en_fico_beijing": (
        (9, 2),
        "reuters",
        "BEIJING, Sept 2 (Reuters) - Slovak Prime Minister Robert Fico met "
        "Vladimir Putin in Beijing on Tuesday and said Slovakia wanted normal "
        "relations with Russia once the war in Ukraine ends, defying his EU "
        "colleagues.",
    ),
    "ru_nis_sanctions": (
        (10, 9),
        "interfax",
        "Санкции США против сербской нефтяной компании NIS, контролируемой "
        "«Газпром нефтью», вступили в силу 9 октября. Президент Сербии Александр "
        "Вучич заявил, что Белград не допустит остановки НПЗ в Панчево.",
    ),
    "en_nis_sanctions": (
        (10, 9),
        "reuters",
        "BELGRADE, Oct 9 (Reuters) - U.S. sanctions on Serbia's oil company NIS, "
        "majority-owned by Russia's Gazprom Neft, came into effect on Thursday, "
        "President Aleksandar Vučić said, putting the country's only refinery at "
        "Pancevo at risk.",
    ),
    "ru_vucic_gas": (
        (5, 20),
        "tass",
        "БЕЛГРАД, 20 мая. /ТАСС/. Сербия продлила контракт на поставку российского "
        "газа до конца сентября, сообщил президент Александр Вучич. По его словам, "
        "переговоры о долгосрочном соглашении продолжаются.",
    ),
    "en_vucic_gas": (
        (5, 20),
        "ap",
        "BELGRADE, Serbia (AP) — Serbia has extended its gas supply deal with "
        "Russia until the end of September, President Aleksandar Vucic said "
        "Tuesday.",
    ),
    "ru_kosovo_botsan": (
        (6, 12),
        "tass",
        "БЕЛГРАД, 12 июня. /ТАСС/. Россия не изменит позицию по Косову, основанную "
        "на резолюции 1244 СБ ООН, заявил посол России в Сербии Александр "
        "Боцан-Харченко. Он подчеркнул, что диалог Белграда и Приштины зашёл в "
        "тупик.",
    ),
    "en_kosovo_unmik": (
        (4, 24),
        "un_news",
        "Briefing the Security Council on Kosovo, UNMIK head Caroline Ziadeh urged "
        "Belgrade and Pristina to return to the EU-facilitated dialogue and "
        "refrain from unilateral steps.",
    ),
    "ru_heritage_kosovo": (
        (8, 28),
        "mid",
        "Комментарий МИД России в связи с действиями властей в Приштине в "
        "отношении сербских православных монастырей в Косове\n\nПечский патриархат "
        "и монастырь Высокие Дечаны включены в Список всемирного наследия ЮНЕСКО. "
        "Призываем обеспечить их сохранность.",
    ),
    "en_heritage_kosovo": (
        (8, 28),
        "mfa_russia",
        "Comment by the Russian MFA: the Serbian Orthodox monasteries in Kosovo, "
        "including the Patriarchate of Pec and Visoki Decani, are UNESCO World "
        "Heritage sites and must be protected.",
    ),
    # --------------------------------------------------------------------- Hungary, Slovakia
    "ru_paks2_sanctions": (
        (6, 27),
        "ria",
        "Министр иностранных дел Венгрии Петер Сийярто сообщил, что США сняли "
        "санкции, препятствовавшие строительству АЭС «Пакш-2» российским "
        "«Росатомом». #Росатом",
    ),
    "en_paks2_sanctions": (
        (6, 27),
        "reuters",
        "BUDAPEST, June 27 (Reuters) - Hungarian Foreign Minister Peter Szijjarto "
        "said the United States had lifted sanctions blocking the construction of "
        "the Paks II nuclear power plant by Russia's Rosatom.",
    ),
    "ru_orban_druzhba": (
        (8, 22),
        "ria",
        "Премьер-министр Венгрии Виктор Орбан заявил, что удар по нефтепроводу "
        "«Дружба» угрожает энергобезопасности страны. Поставки нефти в Венгрию "
        "приостановлены.",
    ),
    "en_druzhba": (
        (8, 22),
        "reuters",
        "Hungarian Foreign Minister Peter Szijjarto said oil supplies to Hungary "
        "via the Druzhba pipeline had been halted after a Ukrainian strike, and "
        "Prime Minister Viktor Orban called the attack unacceptable.",
    ),
    "ru_szijjarto_lavrov": (
        (12, 2),
        "mid",
        "Телефонный разговор С.В.Лаврова с Министром внешнеэкономических связей и "
        "иностранных дел Венгрии П.Сийярто\n\nОбсуждены поставки энергоносителей, "
        "в том числе по нефтепроводу «Дружба», и ход сооружения АЭС «Пакш-2».",
    ),
    "en_szijjarto_lavrov": (
        (12, 2),
        "mfa_russia",
        "Sergey Lavrov had a phone call with Hungarian Foreign Minister Peter "
        "Szijjártó. The ministers discussed energy supplies, including via the "
        "Druzhba oil pipeline, and the construction of the Paks-2 nuclear power "
        "plant.",
    ),
    "ru_orban_visit_2024": (
        (7, 5),
        "kremlin",
        "Переговоры с Премьер-министром Венгрии Виктором Орбаном\n\n5 июля 2024 "
        "года в Кремле Владимир Путин провёл переговоры с Виктором Орбаном, "
        "прибывшим в Москву с рабочим визитом. Орбан назвал свою поездку «миссией "
        "мира».",
    ),
    "en_orban_visit_2024": (
        (7, 5),
        "reuters",
        "MOSCOW, July 5 (Reuters) - Hungarian Prime Minister Viktor Orban held "
        "talks with Vladimir Putin in the Kremlin on Friday on what he called a "
        "'peace mission', drawing sharp criticism from Kyiv and the EU.",
    ),
    "ru_fico_attempt_2024": (
        (5, 15),
        "tass",
        "БРАТИСЛАВА, 15 мая. /ТАСС/. Премьер-министр Словакии Роберт Фицо получил "
        "огнестрельные ранения в городе Гандлова после выездного заседания "
        "правительства. Президент России направил телеграмму с пожеланием "
        "скорейшего выздоровления.",
    ),
    "en_fico_attempt_2024": (
        (5, 15),
        "ap",
        "HANDLOVA, Slovakia (AP) — Slovak Prime Minister Robert Fico was shot and "
        "wounded on Wednesday after a government meeting, and a suspect was "
        "detained.",
    ),
    # ------------------------------------------------------------------------------- Georgia
    "ru_kobakhidze_eu": (
        (11, 28),
        "tass",
        "ТБИЛИСИ, 28 ноября. /ТАСС/. Премьер-министр Грузии Ираклий Кобахидзе "
        "объявил, что правительство не будет ставить вопрос о начале переговоров о "
        "вступлении в Евросоюз в ближайшие четыре года.",
    ),
    "en_kobakhidze_eu": (
        (11, 28),
        "rferl",
        "Georgian Prime Minister Irakli Kobakhidze said on Thursday, November 28, "
        "his government would not seek to open EU accession talks for four years, "
        "triggering protests in Tbilisi.",
    ),
    "ru_galuzin_georgia": (
        (3, 14),
        "ria",
        "Замглавы МИД Михаил Галузин: Москва готова к восстановлению дипотношений "
        "с Тбилиси, как только грузинская сторона будет к этому готова. Безвизовый "
        "режим для граждан Грузии продолжает действовать.",
    ),
    "en_galuzin_georgia": (
        (3, 14),
        "tass_en",
        "Russian Deputy Foreign Minister Mikhail Galuzin said Moscow was ready to "
        "restore diplomatic relations with Georgia as soon as Tbilisi was ready, "
        "noting that visa-free travel for Georgian citizens remains in force.",
    ),
    "ru_trap_kobakhidze_film": (
        (4, 8),
        "ria",
        "В Тбилиси открылась ретроспектива фильмов режиссёра Михаила Кобахидзе, "
        "автора короткометражек «Свадьба» и «Зонтик».",
    ),
    # ---------------------------------------------------------------- Kazakhstan, Uzbekistan
    "ru_tokayev_visit": (
        (11, 12),
        "kremlin",
        "Российско-казахстанские переговоры\n\n12 ноября в Кремле состоялись "
        "переговоры Владимира Путина с Президентом Республики Казахстан "
        "Касым-Жомартом Токаевым, находящимся в России с государственным визитом. "
        "По итогам подписана Декларация о переходе к всеобъемлющему "
        "стратегическому партнёрству и союзничеству.\n\n#Путин #Токаев",
    ),
    "en_tokayev_visit": (
        (11, 12),
        "reuters",
        "MOSCOW, Nov 12 (Reuters) - Kazakh President Kassym-Jomart Tokayev and "
        "Vladimir Putin signed a declaration upgrading ties to a 'comprehensive "
        "strategic partnership' during a state visit on Wednesday, as Russia seeks "
        "to keep Central Asia close.",
    ),
    "ru_tokayev_tass": (
        (11, 11),
        "tass",
        "МОСКВА, 11 ноября. /ТАСС/. Президент Казахстана Касым-Жомарт Токаев "
        "прибыл в Москву с государственным визитом. В аэропорту Внуково его "
        "встретил первый вице-премьер Денис Мантуров.",
    ),
    "ru_kz_npp": (
        (6, 14),
        "interfax",
        "Казахстан назвал «Росатом» лидером международного консорциума по "
        "строительству первой в стране АЭС у села Улкен на берегу озера Балхаш, "
        "сообщило агентство по атомной энергии республики.",
    ),
    "en_kz_npp": (
        (6, 14),
        "reuters",
        "ASTANA, June 14 (Reuters) - Kazakhstan has picked Russia's Rosatom to "
        "lead the construction of its first nuclear power plant, the government's "
        "atomic energy agency said on Saturday, while China's CNNC is expected to "
        "build a second one.",
    ),
    "ru_mirziyoyev_call": (
        (7, 24),
        "kremlin",
        "Телефонный разговор с Президентом Узбекистана Шавкатом Мирзиёевым\n\n"
        "Владимир Путин поздравил Шавката Мирзиёева с днём рождения. Обсуждены ход "
        "сооружения АЭС малой мощности в Джизакской области и график предстоящих "
        "контактов.",
    ),
    "en_mirziyoyev_call": (
        (7, 24),
        "tass_en",
        "Vladimir Putin phoned Uzbek President Shavkat Mirziyoyev to wish him a "
        "happy birthday; they discussed the small nuclear power plant under "
        "construction in the Jizzakh region.",
    ),
    "ru_uz_npp": (
        (5, 27),
        "interfax",
        "В Джизакской области Узбекистана начались работы по сооружению АЭС малой "
        "мощности с реакторами РИТМ-200Н по российскому проекту. В церемонии "
        "принял участие генеральный директор «Росатома» Алексей Лихачёв.",
    ),
    "en_uz_npp": (
        (5, 27),
        "reuters",
        "Uzbekistan broke ground on a small nuclear power plant designed by "
        "Russia's Rosatom in the Jizzakh region, the first export project for the "
        "RITM-200N reactor, Rosatom head Alexei Likhachev said.",
    ),
    "ru_russian_school_uz": (
        (9, 1),
        "tass",
        "ТАШКЕНТ, 1 сентября. /ТАСС/. В Узбекистане открылись первые школы, "
        "построенные по совместному проекту, с обучением на русском языке. По "
        "данным Россотрудничества, русский язык изучают более 5 млн школьников "
        "республики.",
    ),
    "en_russian_school_uz": (
        (9, 1),
        "rferl",
        "Uzbekistan opened the first of several schools teaching in the Russian "
        "language under an agreement with Moscow, prompting debate over the "
        "language's place in the country. More than 5 million Uzbek pupils study "
        "Russian, Rossotrudnichestvo says.",
    ),
    # ------------------------------------------------------------ Space: Roscosmos, Baikonur
    "ru_soyuz_ms28": (
        (11, 27),
        "tass",
        "БАЙКОНУР, 27 ноября. /ТАСС/. Ракета-носитель «Союз-2.1а» с пилотируемым "
        "кораблём «Союз МС-28» стартовала с космодрома Байконур. На борту — "
        "космонавты Роскосмоса Сергей Кудь-Сверчков и Сергей Микаев и астронавт "
        "NASA Кристофер Уильямс. Полёт продлится восемь месяцев. #Роскосмос",
    ),
    "en_soyuz_ms28": (
        (11, 27),
        "reuters",
        "A Soyuz MS-28 spacecraft carrying two Russian cosmonauts and NASA "
        "astronaut Chris Williams lifted off from the Baikonur Cosmodrome in "
        "Kazakhstan on Thursday, November 27, and docked with the International "
        "Space Station about three hours after launch.",
    ),
    "ru_baikonur_pad": (
        (11, 28),
        "interfax",
        "На космодроме Байконур в ходе пуска «Союза МС-28» была повреждена "
        "обслуживающая кабина стартового комплекса площадки №31, сообщили в "
        "Роскосмосе. Повреждения планируется устранить в ближайшее время.",
    ),
    "en_baikonur_pad": (
        (11, 28),
        "ap",
        "Roscosmos said a service cabin at Baikonur's Site 31, Russia's only "
        "launch pad for crewed flights, was damaged during Thursday's launch and "
        "would be repaired soon.",
    ),
    "ru_bakanov_baikonur": (
        (12, 3),
        "tass",
        "Глава Роскосмоса Дмитрий Баканов: восстановление стартовой площадки №31 "
        "на Байконуре завершится к весне, график полётов к МКС не изменится.",
    ),
    "en_bakanov": (
        (12, 3),
        "tass_en",
        "Roscosmos head Dmitry Bakanov said repairs at Baikonur's crewed launch "
        "pad would be completed by spring.",
    ),
    "ru_trap_ivan_bakanov": (
        (2, 10),
        "ria",
        "Экс-глава СБУ Иван Баканов, друг детства Владимира Зеленского, впервые "
        "после отставки дал интервью украинскому изданию.",
    ),
    "en_trap_ivan_bakanov": (
        (2, 10),
        "rferl",
        "Ivan Bakanov, the former head of Ukraine's SBU security service and a "
        "childhood friend of Volodymyr Zelensky, gave his first interview since "
        "his dismissal.",
    ),
    "ru_baiterek": (
        (3, 19),
        "tass",
        "На Байконуре продолжаются испытания ракеты «Союз-5» для комплекса "
        "«Байтерек» — совместного проекта России и Казахстана. Первый пуск намечен "
        "на конец года, сообщили в Роскосмосе.",
    ),
    "en_baiterek": (
        (3, 19),
        "xinhua",
        "Russia and Kazakhstan are testing the Soyuz-5 rocket at Baikonur for "
        "their joint Baiterek launch complex, with a first flight planned by "
        "year-end, Roscosmos said.",
    ),
    # ------------------------------------------------------------------------------ Mongolia
    "ru_putin_mongolia": (
        (9, 3),
        "kremlin",
        "Российско-монгольские переговоры\n\n3 сентября в Улан-Баторе состоялись "
        "переговоры Владимира Путина с Президентом Монголии Ухнаагийн Хурэлсухом. "
        "Обсуждены проекты в энергетике, модернизация Улан-Баторской железной "
        "дороги, поставки топлива. Визит приурочен к 85-летию победы на "
        "Халхин-Голе.",
    ),
    "en_putin_mongolia": (
        (9, 3),
        "reuters",
        "ULAANBAATAR, Sept 3 (Reuters) - Mongolia rolled out the red carpet for "
        "Vladimir Putin on Tuesday, defying calls to arrest him under an "
        "International Criminal Court (ICC) warrant, as President Ukhnaagiin "
        "Khurelsukh hosted talks on energy and rail.",
    ),
    "ru_mongolia_icc": (
        (8, 30),
        "ria",
        "Песков: у Кремля нет опасений в связи с ордером Международного уголовного "
        "суда (МУС) перед визитом Путина в Монголию, все аспекты визита тщательно "
        "подготовлены.",
    ),
    "en_trap_icc_cricket": (
        (3, 9),
        "ap",
        "India won the ICC Champions Trophy, beating New Zealand by four wickets "
        "in the final in Dubai.",
    ),
    "ru_mongolia_students": (
        (8, 27),
        "ria",
        "Россия увеличила квоту для Монголии на обучение в российских вузах до 600 "
        "мест, сообщил посол России в Улан-Баторе.",
    ),
    "en_mongolia_students": (
        (8, 27),
        "xinhua",
        "Russia has raised its quota of state-funded university places for "
        "Mongolian students to 600, the Russian ambassador in Ulan Bator said.",
    ),
    # ------------------------------------------------------------------------------- Myanmar
    "ru_min_aung_hlaing": (
        (3, 4),
        "kremlin",
        "Российско-мьянманские переговоры\n\n4 марта в Кремле Владимир Путин "
        "провёл переговоры с Председателем Государственного совета по безопасности "
        "и миру Республики Союз Мьянма Мин Аун Хлайном. Подписано соглашение о "
        "сотрудничестве в строительстве АЭС малой мощности в Мьянме.",
    ),
    "en_min_aung_hlaing": (
        (3, 4),
        "reuters",
        "MOSCOW, March 4 (Reuters) - Myanmar junta chief Min Aung Hlaing held "
        "talks with Vladimir Putin in the Kremlin on Tuesday and signed a deal "
        "with Rosatom on a small nuclear power plant, as the isolated military "
        "government deepens ties with Moscow.",
    ),
    "ru_myanmar_quake": (
        (3, 29),
        "tass",
        "НЕЙПЬИДО, 29 марта. /ТАСС/. Спасатели МЧС России прибыли в Мьянму для "
        "ликвидации последствий землетрясения магнитудой 7,7 в районе Мандалая. "
        "Число погибших превысило 1,6 тыс. человек.",
    ),
    "en_myanmar_quake": (
        (3, 29),
        "un_news",
        "UN agencies are scaling up aid in Myanmar after a 7.7-magnitude "
        "earthquake struck near Mandalay on 28 March, killing more than 1,600 "
        "people and damaging hospitals. Rescuers from Russia's Emergencies "
        "Ministry are among the teams on the ground.",
    ),
    "ru_consular_myanmar": (
        (3, 30),
        "mid",
        "Консульский отдел Посольства России в Мьянме: по имеющимся данным, среди "
        "пострадавших при землетрясении российских граждан нет. Телефон дежурного: "
        "+95 1 241 955",
    ),
    "ru_myanmar_elections": (
        (12, 28),
        "tass",
        "НЕЙПЬИДО, 28 декабря. /ТАСС/. В Мьянме 28 декабря начался первый этап "
        "всеобщих выборов — впервые после военного переворота. Российские "
        "наблюдатели работают на избирательных участках в Янгоне и Мандалае.",
    ),
    "en_myanmar_elections": (
        (12, 28),
        "ap",
        "YANGON, Myanmar (AP) — Voters in Myanmar went to the polls on Sunday, "
        "Dec. 28, in the first phase of an election that critics say is designed "
        "to legitimize military rule, with large parts of the country excluded by "
        "fighting.",
    ),
    "ru_myanmar_observers": (
        (12, 26),
        "mid",
        "О направлении российских наблюдателей на выборы в Мьянме\n\nПо "
        "приглашению Союзной избирательной комиссии российские наблюдатели будут "
        "следить за ходом голосования 28 декабря.",
    ),
    "ru_rudenko_myanmar": (
        (12, 10),
        "mid",
        "Заместитель Министра иностранных дел Российской Федерации А.Ю.Руденко "
        "провёл консультации с заместителем министра иностранных дел Мьянмы. "
        "Обсуждены подготовка к выборам и сотрудничество в мирном атоме.",
    ),
    # ----------------------------------------------------------------------------- Indonesia
    "ru_prabowo_spb": (
        (6, 19),
        "kremlin",
        "Российско-индонезийские переговоры\n\n19 июня в Константиновском дворце в "
        "Санкт-Петербурге Владимир Путин провёл переговоры с Президентом "
        "Республики Индонезии Прабово Субианто. Подписана Декларация о "
        "стратегическом партнёрстве. Прабово Субианто примет участие в пленарном "
        "заседании ПМЭФ.",
    ),
    "en_prabowo_spief": (
        (6, 20),
        "reuters",
        "ST PETERSBURG, June 20 (Reuters) - Indonesian President Prabowo Subianto, "
        "guest of honour at the St Petersburg International Economic Forum "
        "(SPIEF), said Jakarta wanted to deepen ties with Moscow while remaining "
        "non-aligned.",
    ),
    "ru_spief_plenary": (
        (6, 20),
        "tass",
        "САНКТ-ПЕТЕРБУРГ, 20 июня. /ТАСС/. На пленарном заседании Петербургского "
        "международного экономического форума выступили Владимир Путин, президент "
        "Индонезии Прабово Субианто и заместитель председателя КНР Хань Чжэн.",
    ),
    "en_spief_plenary": (
        (6, 20),
        "xinhua",
        "Chinese Vice President Han Zheng and Indonesian President Prabowo spoke "
        "alongside Vladimir Putin at the SPIEF plenary session on Friday.",
    ),
    "ru_visa_indonesia": (
        (6, 18),
        "ria",
        "Россия и Индонезия прорабатывают вопрос о безвизовом режиме для групповых "
        "туристических поездок, сообщил посол Индонезии в Москве накануне визита "
        "Прабово.",
    ),
    "en_visa_indonesia": (
        (6, 18),
        "tass_en",
        "Russia and Indonesia are working on visa-free group tourist travel, "
        "Indonesia's ambassador in Moscow said ahead of the president's visit.",
    ),
    # ------------------------------------------------------------------ Brazil, South Africa
    "ru_lavrov_vieira": (
        (8, 12),
        "mid",
        "Телефонный разговор С.В.Лаврова с Министром иностранных дел Бразилии "
        "М.Виейрой\n\nМинистры обсудили двустороннюю повестку и взаимодействие в "
        "ООН.",
    ),
    "en_vieira_lavrov": (
        (8, 12),
        "mfa_russia",
        "Foreign Minister Sergey Lavrov had a telephone conversation with Minister "
        "of Foreign Affairs of Brazil Mauro Vieira on bilateral relations and "
        "cooperation at the United Nations.",
    ),
    "ru_lula_putin_call": (
        (8, 8),
        "kremlin",
        "Телефонный разговор с Президентом Бразилии Луисом Инасиу Лулой да "
        "Силвой\n\nВладимир Путин проинформировал собеседника о контактах с "
        "американской стороной. Условлено продолжить связи.",
    ),
    "en_lula_putin_call": (
        (8, 8),
        "reuters",
        "Brazilian President Luiz Inacio Lula da Silva spoke with Vladimir Putin "
        "by phone on Friday, August 8, Lula's office said.",
    ),
    "en_trap_patrick_vieira": (
        (5, 20),
        "ap",
        "Genoa coach Patrick Vieira said his team had earned its place in Serie A, "
        "as the former Arsenal captain looks ahead to his second football season "
        "in Italy.",
    ),
    "ru_trap_patrick_vieira": (
        (5, 20),
        "ria",
        "Бывший капитан «Арсенала» Патрик Виейра останется главным тренером "
        "«Дженоа» на следующий футбольный сезон.",
    ),
    "ru_lamola_lavrov": (
        (11, 18),
        "mid",
        "Переговоры С.В.Лаврова с Министром международных отношений и "
        "сотрудничества ЮАР Р.Ламолой\n\nОбсуждены торгово-экономические связи и "
        "взаимодействие в ООН.",
    ),
    "en_lamola": (
        (11, 18),
        "tass_en",
        "South African Foreign Minister Ronald Lamola said after talks with Sergey "
        "Lavrov that Pretoria would keep its non-aligned stance.",
    ),
    # ----------------------------------------------------------------- Ethiopia and the Nile
    "en_gerd_inauguration": (
        (9, 9),
        "aljazeera",
        "Ethiopia inaugurates Africa's largest hydroelectric dam\n\nPrime Minister "
        "Abiy Ahmed on Tuesday, September 9, formally inaugurated the Grand "
        "Ethiopian Renaissance Dam (GERD) on the Blue Nile, a $5bn project that "
        "Egypt says threatens its water security. 'The dam is not a threat but a "
        "shared opportunity,' Abiy said.",
    ),
    "ru_gerd_inauguration": (
        (9, 9),
        "ria",
        "АДДИС-АБЕБА, 9 сен — РИА Новости. Премьер-министр Эфиопии Абий Ахмед "
        "официально открыл Великую эфиопскую плотину «Возрождение» на Голубом Ниле "
        "— крупнейшую ГЭС в Африке. Египет и Судан опасаются сокращения стока Нила.",
    ),
    "en_gerd_egypt": (
        (9, 10),
        "reuters",
        "CAIRO, Sept 10 (Reuters) - Egypt's foreign minister Badr Abdelatty said "
        "Cairo would take all measures to protect its interests after Ethiopia "
        "opened its Nile dam, calling the project unilateral.",
    ),
    "ru_gerd_egypt": (
        (9, 10),
        "ria",
        "Египет заявил, что примет все меры для защиты своих интересов после "
        "открытия Эфиопией плотины на Ниле.",
    ),
    "ru_zakharova_briefing_sep11": (
        (9, 11),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 11 "
        "сентября 2025 года\n\n• О ситуации в Судане\n• Об открытии плотины "
        "«Возрождение» в Эфиопии\n\nВыступаем за урегулирование разногласий между "
        "Эфиопией, Египтом и Суданом относительно использования вод Нила на основе "
        "международного права.\n\n#брифинг",
    ),
    "en_zakharova_briefing_sep11": (
        (9, 11),
        "mfa_russia",
        "Maria Zakharova's briefing, September 11: Russia favours settling the "
        "differences between Ethiopia, Egypt and Sudan over the Nile dam on the "
        "basis of international law.",
    ),
    "en_trap_gerd_health": (
        (2, 14),
        "ap",
        "Doctors say GERD, or gastroesophageal reflux disease, affects about one "
        "in five adults; lifestyle changes are the first line of treatment.",
    ),
    "ru_trap_nil_monastery": (
        (7, 7),
        "ria",
        "Нило-Столобенская пустынь на озере Селигер отметила память преподобного "
        "Нила Столобенского. Паломники прибыли из Твери и Москвы.",
    ),
    "en_trap_nile_rodgers": (
        (6, 30),
        "ap",
        "Nile Rodgers and Chic played a sold-out show in London on Sunday night.",
    ),
    "ru_ethiopia_npp": (
        (9, 25),
        "interfax",
        "Россия и Эфиопия 25 сентября подписали план действий по сооружению АЭС в "
        "Эфиопии. Документ подписали глава «Росатома» Алексей Лихачёв и министр "
        "водных ресурсов и энергетики Эфиопии в рамках «Мировой атомной недели».",
    ),
    "en_ethiopia_npp": (
        (9, 25),
        "reuters",
        "Russia and Ethiopia signed an action plan on Thursday, September 25, to "
        "build a nuclear power plant in the East African country, Rosatom said "
        "during World Atomic Week in Moscow.",
    ),
    "ru_world_atomic_week": (
        (9, 25),
        "tass",
        "МОСКВА, 25 сентября. /ТАСС/. Владимир Путин выступил на пленарном "
        "заседании международного форума «Мировая атомная неделя». Глава "
        "«Росатома» Алексей Лихачёв сообщил, что портфель зарубежных заказов "
        "госкорпорации включает 22 энергоблока.",
    ),
    "en_world_atomic_week": (
        (9, 25),
        "tass_en",
        "MOSCOW, September 25. /TASS/. Rosatom chief Alexei Likhachev told World "
        "Atomic Week that the corporation's foreign order book includes 22 power "
        "units.",
    ),
    # ------------------------------------------------------------------------ Rosatom abroad
    "ru_akkuyu": (
        (10, 14),
        "tass",
        "МЕРСИН, 14 октября. /ТАСС/. Строители АЭС «Аккую» в турецкой провинции "
        "Мерсин завершили монтаж купола четвёртого энергоблока, сообщили в "
        "«Росатоме». Пуск первого блока ожидается в следующем году.",
    ),
    "en_akkuyu": (
        (10, 14),
        "anadolu",
        "MERSIN — Türkiye's first nuclear power plant, Akkuyu, built by Russia's "
        "Rosatom, will start generating electricity next year, Energy Minister "
        "Alparslan Bayraktar said.",
    ),
    "ru_el_dabaa": (
        (11, 19),
        "kremlin",
        "19 ноября Владимир Путин и Президент Египта Абдель Фаттах ас-Сиси в "
        "режиме видеоконференции приняли участие в церемонии установки корпуса "
        "реактора первого энергоблока АЭС «Эль-Дабаа», которую сооружает «Росатом».",
    ),
    "en_el_dabaa": (
        (11, 19),
        "xinhua",
        "CAIRO, Nov. 19 (Xinhua) -- Egyptian President Abdel Fattah al-Sisi and "
        "Russian President Vladimir Putin on Wednesday attended via video link a "
        "ceremony to install the reactor pressure vessel of the first unit of the "
        "El Dabaa nuclear power plant, built by Rosatom.",
    ),
    "ru_rooppur": (
        (12, 15),
        "interfax",
        "На АЭС «Руппур» в Бангладеш началась загрузка ядерного топлива в реактор "
        "первого энергоблока, сообщили в «Росатоме».",
    ),
    "en_rooppur": (
        (12, 15),
        "reuters",
        "Bangladesh's Rooppur nuclear power plant, built by Rosatom, has started "
        "loading fuel into its first reactor, the plant said.",
    ),
    "ru_trap_likhachev_academician": (
        (11, 28),
        "ria",
        "28 ноября — день рождения академика Дмитрия Лихачёва. В Петербурге прошли "
        "Лихачёвские чтения.",
    ),
    # -------------------------------------------------------------------------- The Bosporus
    "ru_bosporus_tanker": (
        (10, 24),
        "ria",
        "Движение судов по проливу Босфор приостановлено в обоих направлениях "
        "из-за поломки двигателя танкера у стамбульского района Сарыер, сообщило "
        "управление безопасности прибрежной зоны Турции.",
    ),
    "en_bosporus_tanker": (
        (10, 24),
        "anadolu",
        "ISTANBUL — Shipping traffic in the Bosphorus was suspended in both "
        "directions after a tanker suffered engine failure off the Sariyer "
        "district, the Directorate General of Coastal Safety said.",
    ),
    "ru_trap_east_bosphorus": (
        (8, 5),
        "ria",
        "Во Владивостоке прошёл традиционный заплыв через пролив Босфор Восточный "
        "у Русского моста.",
    ),
    "ru_zakharova_briefing_feb27": (
        (2, 27),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 27 "
        "февраля 2025 года\n\n• О Конвенции Монтрё о режиме черноморских проливов\n"
        "• О ситуации в Ливии\n• О ситуации в Косове\n\nРассчитываем, что Турция и "
        "впредь будет строго соблюдать положения Конвенции Монтрё в отношении "
        "прохода военных кораблей через Босфор и Дарданеллы.\n\n#брифинг #Захарова",
    ),
    # -------------------------------------------------------- Students, the Russian language
    "ru_students_quota": (
        (1, 22),
        "ria",
        "Правительство утвердило квоту на обучение иностранцев в российских вузах "
        "за счёт бюджета — 30 тысяч мест в новом учебном году. Больше всего мест "
        "получат страны Африки, Центральной Азии и Ближнего Востока, сообщили в "
        "Россотрудничестве.",
    ),
    "en_students_quota": (
        (1, 22),
        "tass_en",
        "Russia will offer 30,000 state-funded university places to foreign "
        "students next academic year, Rossotrudnichestvo said, with the largest "
        "quotas going to Africa and Central Asia.",
    ),
    "ru_russian_language_day": (
        (6, 6),
        "mid",
        "6 июня — День русского языка. Российские загранучреждения и Русские дома "
        "провели праздничные мероприятия в 80 странах, в том числе в Монголии, "
        "Сербии и Узбекистане.\n\n#ДеньРусскогоЯзыка",
    ),
    "en_russian_language_day": (
        (6, 6),
        "mfa_russia",
        "June 6 is Russian Language Day. Russian Houses abroad held events in 80 "
        "countries, including Mongolia, Serbia and Uzbekistan.",
    ),
    # ----------------------------------------------------------------------------- Namesakes
    "ru_trap_vershinin_chekhov": (
        (1, 29),
        "ria",
        "29 января — день рождения Чехова. МХТ покажет «Трёх сестёр», роль "
        "подполковника Вершинина исполнит народный артист.",
    ),
    "ru_trap_boris_pankin": (
        (12, 1),
        "ria",
        "Вышла книга воспоминаний Бориса Панкина, возглавлявшего МИД СССР в "
        "последние месяцы существования Союза.",
    ),
    "ru_trap_roman_rudenko": (
        (11, 20),
        "tass",
        "НЮРНБЕРГ, 20 ноября. /ТАСС/. 80 лет назад открылся Нюрнбергский процесс. "
        "Главным обвинителем от СССР выступал Роман Руденко.",
    ),
    "en_trap_roman_rudenko": (
        (11, 20),
        "rt",
        "Eighty years ago the Nuremberg trials opened. The Soviet chief prosecutor "
        "was Roman Rudenko.",
    ),
    "ru_trap_vladimir_bogdanov": (
        (6, 3),
        "interfax",
        "Владимир Богданов, бессменный руководитель «Сургутнефтегаза», переизбран "
        "в совет директоров компании.",
    ),
    # ----------------------- More posts: English counterparts, reposts, one-liners, hashtags
    "en_consular_sudan": (
        (6, 10),
        "tass_en",
        "The Russian embassy in Sudan, temporarily operating from Port Sudan, "
        "urged Russian nationals in the country to register with its consular "
        "section.",
    ),
    "en_consular_syria": (
        (3, 8),
        "mfa_russia",
        "The Russian Embassy in Damascus advises Russian citizens to refrain from "
        "travelling to Syria's coastal provinces of Latakia and Tartus due to the "
        "deteriorating security situation.",
    ),
    "en_consular_myanmar": (
        (3, 30),
        "tass_en",
        "No Russian citizens are among the victims of the earthquake in Myanmar, "
        "the Russian embassy's consular section said.",
    ),
    "en_kosovo_botsan": (
        (6, 12),
        "tass_en",
        "BELGRADE, June 12. /TASS/. Russia will not change its position on Kosovo, "
        "which rests on UN Security Council Resolution 1244, Russian Ambassador to "
        "Serbia Alexander Botsan-Kharchenko said.",
    ),
    "en_syria_students": (
        (9, 10),
        "tass_en",
        "More than 600 students from Syria have enrolled in Russian universities "
        "this year, Russia's ambassador in Damascus Alexander Yefimov said.",
    ),
    "en_tokayev_arrival": (
        (11, 11),
        "tass_en",
        "MOSCOW, November 11. /TASS/. Kazakh President Kassym-Jomart Tokayev "
        "arrived in Moscow on a state visit and was met at Vnukovo airport by "
        "First Deputy Prime Minister Denis Manturov.",
    ),
    "en_myanmar_observers": (
        (12, 26),
        "mfa_russia",
        "At the invitation of Myanmar's Union Election Commission, Russian "
        "observers will monitor the vote on December 28.",
    ),
    "en_rudenko_myanmar": (
        (12, 10),
        "mfa_russia",
        "Deputy Foreign Minister Andrey Rudenko held consultations with Myanmar's "
        "Deputy Foreign Minister on preparations for the elections and peaceful "
        "nuclear cooperation.",
    ),
    "en_el_fasher_mid": (
        (10, 30),
        "mfa_russia",
        "Comment by Foreign Ministry Spokeswoman Maria Zakharova on the situation "
        "in El Fasher, Sudan: we are deeply concerned by reports of mass killings "
        "of civilians and call for an immediate ceasefire.",
    ),
    "en_bogdanov_sudan": (
        (4, 22),
        "mfa_russia",
        "Deputy Foreign Minister Mikhail Bogdanov received Sudan's Ambassador to "
        "Moscow, who handed over a message from Sovereignty Council Chairman Abdel "
        "Fattah al-Burhan to President Vladimir Putin.",
    ),
    "en_moscow_format_2024": (
        (10, 4),
        "tass_en",
        "MOSCOW, October 4. /TASS/. The sixth meeting of the Moscow Format "
        "consultations on Afghanistan was held in Moscow on Friday, October 4, "
        "2024, with a Taliban delegation led by Amir Khan Muttaqi attending as "
        "guests.",
    ),
    "en_lavrov_muttaqi": (
        (10, 7),
        "mfa_russia",
        "On October 7, Sergey Lavrov held talks with Minister of Foreign Affairs "
        "of the Islamic Emirate of Afghanistan Amir Khan Muttaqi on trade, energy "
        "and transport projects and the fight against drug trafficking.",
    ),
    "en_peskov_mongolia": (
        (8, 30),
        "reuters",
        "The Kremlin said it had no worries about Putin's planned visit to "
        "Mongolia, a member of the International Criminal Court, which has issued "
        "a warrant for his arrest.",
    ),
    "en_trap_kobakhidze_film": (
        (4, 8),
        "rferl",
        "A retrospective of the Georgian director Mikheil Kobakhidze, known for "
        "his wordless short films 'The Wedding' and 'The Umbrella', opened in "
        "Tbilisi.",
    ),
    "en_trap_likhachev_academician": (
        (11, 28),
        "rt",
        "Russia marks the birthday of academician Dmitry Likhachev, the literary "
        "scholar who championed the protection of cultural heritage.",
    ),
    "en_trap_boris_pankin": (
        (12, 1),
        "rferl",
        "Boris Pankin, who served as the last Soviet foreign minister in the final "
        "months of the USSR, has published his memoirs.",
    ),
    "en_trap_east_bosphorus": (
        (8, 5),
        "tass_en",
        "Swimmers crossed the Eastern Bosphorus Strait near Vladivostok's Russky "
        "Bridge in an annual race.",
    ),
    "ru_repost_el_fasher": (
        (10, 31),
        "ria",
        "Репост @MID_RF: Комментарий официального представителя МИД России в связи "
        "с ситуацией в суданском Эль-Фашире https://mid.ru/ru/foreign_policy/news/",
    ),
    "en_fwd_soyuz": (
        (11, 28),
        "tass_en",
        "Forwarded from Roscosmos: The Soyuz MS-28 crew is safely aboard the ISS! #Soyuz #Baikonur",
    ),
    "ru_lavrov_interview": (
        (12, 25),
        "mid",
        "Интервью С.В.Лаврова информагентству ТАСС, 25 декабря 2025 года\n\n"
        "Вопрос: Сохранит ли Россия военное присутствие в Сирии?\nС.В.Лавров: Наши "
        "контакты с новым руководством в Дамаске носят регулярный характер. Судьба "
        "российских баз — предмет переговоров, и мы исходим из интересов "
        "сирийского народа. В Ливии мы поддерживаем контакты со всеми сторонами — "
        "и в Триполи, и в Бенгази. В Судане выступаем за прекращение огня и "
        "диалог. С Афганистаном после признания Исламского Эмирата развиваем "
        "практическое сотрудничество.",
    ),
    "en_lavrov_interview": (
        (12, 25),
        "tass_en",
        "Sergey Lavrov told TASS in a year-end interview that the future of "
        "Russia's bases in Syria was a matter for negotiation with the new "
        "authorities in Damascus, that Moscow talks to both Tripoli and Benghazi "
        "in Libya, and that it backs a ceasefire in Sudan.",
    ),
    "ru_khurelsukh_2025": (
        (7, 11),
        "kremlin",
        "Владимир Путин направил поздравление Президенту Монголии Ухнаагийну "
        "Хурэлсуху по случаю национального праздника Наадам.",
    ),
    "en_khurelsukh_2025": (
        (7, 11),
        "xinhua",
        "ULAN BATOR, July 11 (Xinhua) -- Mongolian President Khurelsukh Ukhnaa "
        "opened the national Naadam festival, attended by foreign guests including "
        "a Russian delegation.",
    ),
    "ru_un_hodeidah": (
        (7, 14),
        "ria",
        "Совет Безопасности ООН продлил мандат Миссии ООН по содействию выполнению "
        "Ходейдского соглашения в Йемене. Генсек предупредил, что нападения на "
        "суда в Красном море грозят расширением конфликта.",
    ),
    "en_zakharova_briefing_feb27": (
        (2, 27),
        "mfa_russia",
        "Maria Zakharova's briefing, February 27, 2025: we expect Türkiye to "
        "continue strictly observing the Montreux Convention on warships passing "
        "through the Bosphorus and the Dardanelles. Also on Libya and Kosovo.",
    ),
    "ru_un_afghanistan_women": (
        (3, 8),
        "ria",
        "Миссия ООН по содействию Афганистану призвала талибов снять ограничения "
        "на образование девочек старше 12 лет.",
    ),
    "en_un_afghanistan_women": (
        (3, 8),
        "un_news",
        "On International Women's Day, the UN Assistance Mission in Afghanistan "
        "(UNAMA) urged the Taliban to lift restrictions barring girls over 12 from "
        "school.",
    ),
    "en_sudan_oneliner": (
        (10, 29),
        "aljazeera",
        "El Fasher: satellite images show signs of mass killings after RSF takeover.",
    ),
    "ru_hmeimim_hashtag": (
        (5, 6),
        "rt",
        "Фото дня: российские вертолёты на авиабазе Хмеймим. #Хмеймим #Сирия #ВКС",
    ),
    "en_tartus_hashtag": (
        (5, 6),
        "rt",
        "Russian navy ships moored at Tartus, May 2025. #Tartus #Syria #RussianNavy",
    ),
    "en_haftar_oneliner": (
        (5, 9),
        "rt",
        "Khalifa Haftar arrives in Moscow. #Libya",
    ),
    "en_iraq_oneliner": (
        (11, 13),
        "aljazeera",
        "Iraq election results: PM Sudani's coalition leads, preliminary count shows.",
    ),
    "ru_burhan_cabinet": (
        (5, 19),
        "ria",
        "Председатель Суверенного совета Судана Абдель Фаттах аль-Бурхан назначил "
        "новым премьер-министром Камиля Идриса. Правительство будет работать в "
        "Порт-Судане.",
    ),
    "en_burhan_cabinet": (
        (5, 19),
        "ap",
        "CAIRO (AP) — Sudan's army chief Gen. Abdel-Fattah Burhan appointed Kamil "
        "Idris as prime minister on Monday, in a move aimed at restoring civilian "
        "governance in army-held areas.",
    ),
    "ru_kz_baikonur_lease": (
        (4, 10),
        "interfax",
        "Россия и Казахстан обсуждают передачу Казахстану части неиспользуемых "
        "объектов космодрома Байконур, сообщил вице-премьер Казахстана.",
    ),
    "en_fico_gas": (
        (1, 10),
        "reuters",
        "Slovak Prime Minister Robert Fico threatened to cut electricity supplies "
        "to Ukraine after Kyiv halted the transit of Russian gas to Europe on "
        "January 1.",
    ),
    "ru_fico_gas": (
        (1, 10),
        "ria",
        "Премьер Словакии Роберт Фицо пригрозил прекратить поставки электроэнергии "
        "на Украину после остановки транзита российского газа с 1 января.",
    ),
    "ru_vucic_oneliner": (
        (9, 3),
        "rt",
        "Вучич: Сербия никогда не введёт санкции против России.",
    ),
    "en_rooppur_hashtag": (
        (12, 16),
        "xinhua",
        "Bangladesh's first nuclear plant, Rooppur, moves closer to power "
        "generation. #Bangladesh #Rosatom",
    ),
    "ru_akkuyu_likhachev": (
        (4, 29),
        "tass",
        "Гендиректор «Росатома» Алексей Лихачев: финансирование строительства АЭС "
        "«Аккую» полностью обеспечено, санкционные трудности с платежами "
        "преодолены.",
    ),
    "en_akkuyu_likhachev": (
        (4, 29),
        "anadolu",
        "Rosatom CEO Alexey Likhachev said financing for the Akkuyu nuclear power "
        "plant in Mersin is fully secured.",
    ),
    "en_lamola_oneliner": (
        (11, 18),
        "tass_en",
        "Lavrov, Lamola discuss trade and UN reform in Moscow.",
    ),
}

# Post lists several queries share, each named once (by its first query).
_ROSKOSMOS = (
    "ru_soyuz_ms28",
    "ru_baikonur_pad",
    "en_baikonur_pad",
    "ru_bakanov_baikonur",
    "en_bakanov",
    "ru_baiterek",
    "en_baiterek",
    "en_fwd_soyuz",
)
_ROSATOM = (
    "ru_paks2_sanctions",
    "en_paks2_sanctions",
    "ru_kz_npp",
    "en_kz_npp",
    "ru_uz_npp",
    "en_uz_npp",
    "en_min_aung_hlaing",
    "ru_ethiopia_npp",
    "en_ethiopia_npp",
    "ru_world_atomic_week",
    "en_world_atomic_week",
    "ru_akkuyu",
    "en_akkuyu",
    "ru_el_dabaa",
    "en_el_dabaa",
    "ru_rooppur",
    "en_rooppur",
    "en_rooppur_hashtag",
    "ru_akkuyu_likhachev",
    "en_akkuyu_likhachev",
)
_YUNESKO = (
    "ru_palmyra_unesco",
    "en_palmyra_unesco",
    "ru_heritage_kosovo",
    "en_heritage_kosovo",
)
_RSF = (
    "ru_el_fasher",
    "en_el_fasher",
    "en_el_fasher_un",
    "ru_rsf_dagalo",
    "en_rsf_dagalo",
    "en_sudan_oneliner",
)
_LNA = (
    "ru_haftar_putin",
    "en_haftar_putin",
    "ru_saddam_haftar",
    "ru_bogdanov_haftar_2024",
    "en_bogdanov_haftar_2024",
    "en_yevkurov_benghazi",
)
_TALIBAN = (
    "ru_taliban_recognition",
    "en_taliban_recognition",
    "ru_muttaqi_welcomes",
    "en_muttaqi_welcomes",
    "ru_taliban_ban_lifted",
    "en_taliban_ban_lifted",
    "ru_moscow_format_2025",
    "en_moscow_format_2025",
    "en_oneliner_muttaqi",
    "ru_moscow_format_2024",
    "ru_trap_kabulov",
    "en_trap_kabulov",
    "ru_pankin_afghan",
    "en_moscow_format_2024",
    "ru_un_afghanistan_women",
    "en_un_afghanistan_women",
)
_PMEF = (
    "ru_prabowo_spb",
    "en_prabowo_spief",
    "ru_spief_plenary",
    "en_spief_plenary",
)
_MCHS = (
    "ru_myanmar_quake",
    "en_myanmar_quake",
)
_ICC = (
    "en_putin_mongolia",
    "ru_mongolia_icc",
    "en_peskov_mongolia",
)
_ASH_SHARAA_V_KREMLE = (
    "ru_sharaa_kremlin",
    "en_sharaa_moscow",
)
_MOSKOVSKIY_FORMAT_PO_AFGANISTANU = (
    "ru_moscow_format_2025",
    "ru_moscow_format_2024",
)
_PLOTINA_V_EFIOPII = (
    "ru_gerd_inauguration",
    "ru_gerd_egypt",
    "ru_zakharova_briefing_sep11",
)
_ETHIOPIA_DAM = (
    "en_gerd_inauguration",
    "en_gerd_egypt",
    "en_zakharova_briefing_sep11",
)
_VYBORY_V_MYANME = (
    "ru_myanmar_elections",
    "ru_myanmar_observers",
    "ru_rudenko_myanmar",
)
_VUCHICH_PEKIN = (
    "ru_vucic_beijing",
    "en_vucic_beijing",
)
_HAFTAR_MOSCOW = (
    "ru_haftar_putin",
    "en_haftar_putin",
    "ru_oneliner_haftar",
    "ru_bogdanov_haftar_2024",
    "en_bogdanov_haftar_2024",
    "en_haftar_oneliner",
)
_EL_FASHER_RSF = (
    "ru_el_fasher",
    "en_el_fasher",
    "en_el_fasher_un",
    "en_sudan_oneliner",
)
_PAKS_II = (
    "ru_paks2_sanctions",
    "en_paks2_sanctions",
    "ru_szijjarto_lavrov",
    "en_szijjarto_lavrov",
)
_ZEMLETRYASENIE_V_MYANME = (
    "ru_myanmar_quake",
    "ru_consular_myanmar",
)
_DAMASKE = (
    "en_syria_assad_fall",
    "en_assad_asylum",
    "ru_syria_anniversary",
    "en_syria_anniversary",
    "en_sharaa_moscow",
    "ru_syria_wheat",
    "ru_caesar_act",
    "ru_syria_parliament",
    "ru_consular_syria",
    "ru_syria_students",
    "en_consular_syria",
    "en_syria_students",
    "ru_lavrov_interview",
    "en_lavrov_interview",
)
_TARTUSE = (
    "en_syria_assad_fall",
    "en_oneliner_tartus",
    "en_sharaa_moscow",
    "ru_tartus_port",
    "en_tartus_port",
    "ru_bases_hmeimim",
    "en_bases_hmeimim",
    "ru_consular_syria",
    "en_consular_syria",
    "en_tartus_hashtag",
)
_KHMEIMIM = (
    "en_syria_assad_fall",
    "ru_oneliner_hmeimim",
    "en_sharaa_moscow",
    "ru_bases_hmeimim",
    "en_bases_hmeimim",
    "ru_hmeimim_hashtag",
)
_BENGHAZI = (
    "en_haftar_putin",
    "ru_yevkurov_benghazi",
    "en_yevkurov_benghazi",
    "en_un_libya",
    "ru_un_libya",
    "ru_lavrov_interview",
    "en_lavrov_interview",
)
_TRIPOLI_LIVIYA = (
    "ru_embassy_tripoli",
    "en_embassy_tripoli",
    "ru_tripoli_clashes",
    "en_tripoli_clashes",
    "en_un_libya",
    "ru_un_libya",
    "ru_lavrov_interview",
    "en_lavrov_interview",
)
_PORT_SUDANE = (
    "ru_port_sudan_base",
    "en_port_sudan_base",
    "en_burhan_message",
    "ru_rsf_dagalo",
    "ru_consular_sudan",
    "en_consular_sudan",
    "ru_burhan_cabinet",
)
_EL_FASHIRE = (
    "ru_el_fasher",
    "en_el_fasher",
    "en_el_fasher_un",
    "ru_el_fasher_mid",
    "en_un_sudan_famine",
    "ru_un_sudan_famine",
    "en_el_fasher_mid",
    "ru_repost_el_fasher",
    "en_sudan_oneliner",
)
_KABULE = (
    "ru_muttaqi_welcomes",
    "en_muttaqi_welcomes",
    "ru_transafghan",
    "en_transafghan",
    "ru_afghan_students",
    "en_afghan_students",
)
_BAYKONURA = (
    "ru_soyuz_ms28",
    "en_soyuz_ms28",
    "ru_baikonur_pad",
    "en_baikonur_pad",
    "ru_bakanov_baikonur",
    "en_bakanov",
    "ru_baiterek",
    "en_baiterek",
    "en_fwd_soyuz",
    "ru_kz_baikonur_lease",
)
_ULAANBAATAR = (
    "ru_putin_mongolia",
    "en_putin_mongolia",
    "ru_mongolia_students",
    "en_mongolia_students",
    "en_khurelsukh_2025",
)
_NIL = (
    "en_gerd_inauguration",
    "ru_gerd_inauguration",
    "en_gerd_egypt",
    "ru_gerd_egypt",
    "ru_zakharova_briefing_sep11",
    "en_zakharova_briefing_sep11",
)
_BOSFOR = (
    "ru_bosporus_tanker",
    "en_bosporus_tanker",
    "ru_zakharova_briefing_feb27",
    "en_zakharova_briefing_feb27",
)
_KRASNOM_MORE = (
    "ru_port_sudan_base",
    "en_port_sudan_base",
    "en_red_sea_houthis",
    "ru_red_sea_houthis",
    "en_un_hodeidah",
    "ru_zakharova_briefing_jul10",
    "en_zakharova_briefing_jul10",
    "ru_un_hodeidah",
)
_IRAK = (
    "ru_lavrov_fuad_hussein",
    "en_lavrov_fuad_hussein",
    "ru_iraq_lukoil",
    "en_iraq_lukoil",
    "ru_iraq_elections",
    "en_iraq_elections",
    "en_iraq_oneliner",
)
_PALMIRA = (
    "ru_palmyra_unesco",
    "en_palmyra_unesco",
)
_SUDAN = (
    "ru_el_fasher",
    "en_el_fasher",
    "en_el_fasher_un",
    "ru_el_fasher_mid",
    "ru_port_sudan_base",
    "en_port_sudan_base",
    "ru_bogdanov_sudan",
    "en_burhan_message",
    "ru_rsf_dagalo",
    "en_rsf_dagalo",
    "en_un_sudan_famine",
    "ru_un_sudan_famine",
    "ru_consular_sudan",
    "ru_vershinin_lamamra",
    "en_vershinin_lamamra",
    "ru_gerd_inauguration",
    "ru_zakharova_briefing_sep11",
    "en_zakharova_briefing_sep11",
    "en_consular_sudan",
    "en_el_fasher_mid",
    "en_bogdanov_sudan",
    "ru_repost_el_fasher",
    "ru_lavrov_interview",
    "en_lavrov_interview",
    "ru_burhan_cabinet",
    "en_burhan_cabinet",
)
_EARTHQUAKE = (
    "en_myanmar_quake",
    "en_consular_myanmar",
)
_ASH_SHARAA = (
    "ru_syria_anniversary",
    "en_syria_anniversary",
    "ru_sharaa_kremlin",
    "en_sharaa_moscow",
    "ru_sharaa_peskov",
    "en_sharaa_ap",
    "ru_syria_parliament",
    "en_syria_parliament",
)
_SHEYBANI = (
    "ru_shaibani_lavrov",
    "en_shaibani_lavrov",
)
_KHAFTAROM = (
    "ru_haftar_putin",
    "en_haftar_putin",
    "ru_oneliner_haftar",
    "ru_bogdanov_haftar_2024",
    "en_bogdanov_haftar_2024",
    "ru_yevkurov_benghazi",
    "en_yevkurov_benghazi",
    "en_haftar_oneliner",
)
_MUTTAKI = (
    "ru_muttaqi_welcomes",
    "en_muttaqi_welcomes",
    "ru_moscow_format_2025",
    "en_moscow_format_2025",
    "ru_lavrov_muttaqi",
    "en_oneliner_muttaqi",
    "ru_moscow_format_2024",
    "en_moscow_format_2024",
    "en_lavrov_muttaqi",
)
_VUCHICHA = (
    "ru_vucic_beijing",
    "en_vucic_beijing",
    "ru_nis_sanctions",
    "en_nis_sanctions",
    "ru_vucic_gas",
    "en_vucic_gas",
    "ru_vucic_oneliner",
)
_SIYYARTO = (
    "ru_zakharova_briefing_jul10",
    "en_zakharova_briefing_jul10",
    "ru_paks2_sanctions",
    "en_paks2_sanctions",
    "en_druzhba",
    "ru_szijjarto_lavrov",
    "en_szijjarto_lavrov",
)
_KOBAKHIDZE = (
    "ru_kobakhidze_eu",
    "en_kobakhidze_eu",
)
_TOKAEVYM = (
    "ru_tokayev_visit",
    "en_tokayev_visit",
    "ru_tokayev_tass",
    "en_tokayev_arrival",
)
_MIRZIEEVYM = (
    "ru_mirziyoyev_call",
    "en_mirziyoyev_call",
)
_KHURELSUKH = (
    "ru_putin_mongolia",
    "en_putin_mongolia",
    "ru_khurelsukh_2025",
    "en_khurelsukh_2025",
)
_PRABOWO_SUBIANTO = (
    "ru_prabowo_spb",
    "en_prabowo_spief",
    "ru_spief_plenary",
    "en_spief_plenary",
    "ru_visa_indonesia",
)
_MAURO_VIEIRA = (
    "ru_lavrov_vieira",
    "en_vieira_lavrov",
)
_LIKHACHEV = (
    "ru_uz_npp",
    "en_uz_npp",
    "ru_ethiopia_npp",
    "ru_world_atomic_week",
    "en_world_atomic_week",
    "ru_akkuyu_likhachev",
    "en_akkuyu_likhachev",
)
_BAKANOV = (
    "ru_bakanov_baikonur",
    "en_bakanov",
)
_ANDREY_RUDENKO = (
    "ru_taliban_recognition",
    "en_taliban_recognition",
    "ru_rudenko_myanmar",
    "en_rudenko_myanmar",
)
_ABIY_AHMED = (
    "en_gerd_inauguration",
    "ru_gerd_inauguration",
)
_STRATEGICHESKOE_PARTNERSTVO = (
    "ru_tokayev_visit",
    "ru_prabowo_spb",
)
_KHAFTAR_MOSKVA = (
    "ru_yevkurov_benghazi",
    "en_yevkurov_benghazi",
)
_8_DEKABRYA = (
    "ru_syria_assad_fall",
    "en_syria_assad_fall",
    "ru_syria_anniversary",
    "en_syria_anniversary",
)
_3_IYULYA = (
    "ru_taliban_recognition",
    "en_taliban_recognition",
    "ru_muttaqi_welcomes",
)
_27_NOYABRYA = (
    "ru_soyuz_ms28",
    "en_soyuz_ms28",
)
_12_NOYABRYA = (
    "ru_tokayev_visit",
    "en_tokayev_visit",
)
_28_DEKABRYA = (
    "ru_myanmar_elections",
    "en_myanmar_elections",
    "ru_myanmar_observers",
    "en_myanmar_observers",
)
_CHTO_SKAZAL_LAVROV_O_SIRII = (
    "ru_shaibani_lavrov",
    "en_shaibani_lavrov",
    "ru_lavrov_fuad_hussein",
    "en_lavrov_fuad_hussein",
    "ru_lavrov_interview",
    "en_lavrov_interview",
)

QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "Роскосмос",
        _ROSKOSMOS,
        "k1 Roscosmos in Cyrillic: every post naming it, in either language",
    ),
    Labelled(
        "Roscosmos",
        _ROSKOSMOS,
        "k1 Roscosmos in Latin, Russian «Роскосмоса» counts",
    ),
    Labelled(
        "Росатом",
        _ROSATOM,
        "k1 Rosatom in Cyrillic, both languages",
    ),
    Labelled(
        "Rosatom",
        _ROSATOM,
        "k1 Rosatom in Latin, «Росатома» counts",
    ),
    Labelled(
        "ЮНЕСКО",
        _YUNESKO,
        "k1 UNESCO in Cyrillic, both languages",
    ),
    Labelled(
        "UNESCO",
        _YUNESKO,
        "k1 UNESCO in Latin",
    ),
    Labelled(
        "RSF",
        _RSF,
        "k1 Sudan's RSF = СБР = Rapid Support Forces; Reporters Without Borders (RSF) is a trap",
        absent=(
            "en_trap_rsf_press",
            "ru_trap_rsf_press",
        ),
    ),
    Labelled(
        "СБР",
        _RSF,
        "k1 RSF by its Russian abbreviation; RSF the press watchdog is a trap",
        absent=(
            "en_trap_rsf_press",
            "ru_trap_rsf_press",
        ),
    ),
    Labelled(
        "Силы быстрого реагирования",
        _RSF,
        "k1 RSF full Russian name = СБР = RSF",
        absent=(
            "en_trap_rsf_press",
            "ru_trap_rsf_press",
        ),
    ),
    Labelled(
        "ЛНА",
        _LNA,
        "k1 Libyan National Army = ЛНА = LNA",
    ),
    Labelled(
        "Libyan National Army",
        _LNA,
        "k1 LNA full name, Russian «Ливийской национальной армией» counts",
    ),
    Labelled(
        "Талибан",
        _TALIBAN,
        "k1 the Taliban, талибы and Taliban in either language; posts naming only the "
        "Islamic Emirate are not labelled",
    ),
    Labelled(
        "Taliban",
        _TALIBAN,
        "k1 the Taliban in Latin; Russian талибы and «Талибан» count",
    ),
    Labelled(
        "Исламский Эмират",
        (
            "ru_taliban_recognition",
            "ru_lavrov_muttaqi",
            "ru_zakharova_briefing_jul10",
            "en_zakharova_briefing_jul10",
            "en_lavrov_muttaqi",
            "ru_lavrov_interview",
        ),
        "k1 the Islamic Emirate of Afghanistan by its own name, both languages",
    ),
    Labelled(
        "ПМЭФ",
        _PMEF,
        "k1 SPIEF abbreviation = Петербургский международный экономический форум = SPIEF",
    ),
    Labelled(
        "SPIEF",
        _PMEF,
        "k1 SPIEF in Latin; the Russian full name counts",
    ),
    Labelled(
        "МЧС",
        _MCHS,
        "k1 EMERCOM: МЧС = Russia's Emergencies Ministry",
    ),
    Labelled(
        "ICC",
        _ICC,
        "k1 International Criminal Court = МУС; the cricket ICC is a trap",
        absent=("en_trap_icc_cricket",),
    ),
    Labelled(
        "МУС",
        _ICC,
        "k1 ICC in Russian = Международный уголовный суд; the cricket ICC is a trap",
        absent=("en_trap_icc_cricket",),
    ),
    Labelled(
        "GERD",
        (
            "en_gerd_inauguration",
            "ru_gerd_inauguration",
            "ru_zakharova_briefing_sep11",
        ),
        "k1 the Ethiopian dam = Великая эфиопская плотина «Возрождение»; reflux disease "
        "is a trap; posts saying only 'the Nile dam' are not labelled",
        first="en_gerd_inauguration",
        absent=("en_trap_gerd_health",),
    ),
    Labelled(
        "NIS",
        (
            "ru_vucic_beijing",
            "ru_nis_sanctions",
            "en_nis_sanctions",
        ),
        "k1 Serbia's oil company NIS, both languages",
    ),
    Labelled(
        "ЮАР",
        (
            "ru_lamola_lavrov",
            "en_lamola",
        ),
        "k1 South Africa abbreviation = South Africa = South African",
    ),
    Labelled(
        "Lukoil",
        (
            "ru_iraq_lukoil",
            "en_iraq_lukoil",
        ),
        "k1 Lukoil in Latin, «Лукойлом» counts",
    ),
    Labelled(
        "Россотрудничество",
        (
            "ru_russian_school_uz",
            "en_russian_school_uz",
            "ru_students_quota",
            "en_students_quota",
        ),
        "k1 Rossotrudnichestvo, any case, both languages",
    ),
    Labelled(
        "АЭС",
        (
            "ru_paks2_sanctions",
            "en_paks2_sanctions",
            "ru_szijjarto_lavrov",
            "en_szijjarto_lavrov",
            "ru_kz_npp",
            "en_kz_npp",
            "ru_mirziyoyev_call",
            "en_mirziyoyev_call",
            "ru_uz_npp",
            "en_uz_npp",
            "ru_min_aung_hlaing",
            "en_min_aung_hlaing",
            "ru_ethiopia_npp",
            "en_ethiopia_npp",
            "ru_akkuyu",
            "en_akkuyu",
            "ru_el_dabaa",
            "en_el_dabaa",
            "ru_rooppur",
            "en_rooppur",
            "en_rooppur_hashtag",
            "ru_akkuyu_likhachev",
            "en_akkuyu_likhachev",
        ),
        "k1 АЭС = атомная электростанция = nuclear power plant = NPP, both languages",
    ),
    Labelled(
        "аш-Шараа в Кремле",
        _ASH_SHARAA_V_KREMLE,
        "k2 al-Sharaa + Kremlin, both languages",
        first="ru_sharaa_kremlin",
    ),
    Labelled(
        "al-Sharaa Moscow",
        (
            "en_sharaa_moscow",
            "ru_sharaa_peskov",
            "en_sharaa_ap",
        ),
        "k2 al-Sharaa + Moscow; the Reuters story of the visit first",
        first="en_sharaa_moscow",
    ),
    Labelled(
        "Московский формат по Афганистану",
        _MOSKOVSKIY_FORMAT_PO_AFGANISTANU,
        "k2 Russian posts: формат + Moscow + Afghanistan",
    ),
    Labelled(
        "Moscow Format Afghanistan",
        (
            "en_moscow_format_2025",
            "en_moscow_format_2024",
        ),
        "k2 English posts: format + Moscow + Afghanistan",
    ),
    Labelled(
        "Союз МС-28 Байконур",
        (
            "ru_soyuz_ms28",
            "en_soyuz_ms28",
            "ru_baikonur_pad",
            "en_fwd_soyuz",
        ),
        "k2 Soyuz MS-28 + Baikonur, both languages",
        first="ru_soyuz_ms28",
    ),
    Labelled(
        "Soyuz MS-28 launch",
        ("en_soyuz_ms28",),
        "k2 English posts: Soyuz MS-28 + launch",
    ),
    Labelled(
        "плотина в Эфиопии",
        _PLOTINA_V_EFIOPII,
        "k2 Russian posts: плотина + Ethiopia",
    ),
    Labelled(
        "Ethiopia dam",
        _ETHIOPIA_DAM,
        "k2 English posts: Ethiopia + dam; Damascus and damage are not dam",
        absent=(
            "en_palmyra_unesco",
            "en_baikonur_pad",
        ),
    ),
    Labelled(
        "выборы в Мьянме",
        _VYBORY_V_MYANME,
        "k2 Russian posts: выборы + Myanmar",
    ),
    Labelled(
        "Myanmar election",
        (
            "en_myanmar_elections",
            "en_myanmar_observers",
            "en_rudenko_myanmar",
        ),
        "k2 English posts: Myanmar + election",
    ),
    Labelled(
        "выборы в Сирии",
        (
            "ru_syria_anniversary",
            "ru_syria_parliament",
        ),
        "k2 Russian posts: выборы + Syria",
    ),
    Labelled(
        "Syria parliamentary elections",
        ("en_syria_parliament",),
        "k2 English posts: Syria + parliamentary + elections",
    ),
    Labelled(
        "падение Асада",
        ("ru_syria_anniversary",),
        "k2 Russian posts: падение + Assad",
    ),
    Labelled(
        "fall of Assad",
        (
            "en_assad_asylum",
            "en_syria_anniversary",
            "en_syria_parliament",
        ),
        "k2 English posts: fall (fell) + Assad",
    ),
    Labelled(
        "Tokayev state visit",
        (
            "en_tokayev_visit",
            "en_tokayev_arrival",
        ),
        "k2 English posts: Tokayev + state + visit",
        first="en_tokayev_visit",
    ),
    Labelled(
        "государственный визит Токаева",
        (
            "ru_tokayev_visit",
            "ru_tokayev_tass",
        ),
        "k2 Russian posts: государственный + визит + Tokayev",
        first="ru_tokayev_visit",
    ),
    Labelled(
        "Вучич Пекин",
        _VUCHICH_PEKIN,
        "k2 Vučić + Beijing, both languages",
    ),
    Labelled(
        "Haftar Moscow",
        _HAFTAR_MOSCOW,
        "k2 Haftar + Moscow; his son Saddam's visit is not labelled",
    ),
    Labelled(
        "Хафтар Бенгази",
        (
            "en_haftar_putin",
            "ru_yevkurov_benghazi",
            "en_yevkurov_benghazi",
        ),
        "k2 Haftar + Benghazi, both languages",
    ),
    Labelled(
        "El Fasher RSF",
        _EL_FASHER_RSF,
        "k2 El Fasher + RSF (СБР), both languages",
    ),
    Labelled(
        "база в Порт-Судане",
        ("ru_port_sudan_base",),
        "k2 Russian posts: база + Port Sudan",
    ),
    Labelled(
        "naval base Port Sudan",
        ("en_port_sudan_base",),
        "k2 English posts: naval + base + Port Sudan",
    ),
    Labelled(
        "Paks II",
        _PAKS_II,
        "k2 the Paks II plant = «Пакш-2» = Paks-2, both languages",
    ),
    Labelled(
        "Трансафганская железная дорога",
        (
            "ru_transafghan",
            "en_transafghan",
        ),
        "k2 the Trans-Afghan railway, both languages",
        first="ru_transafghan",
    ),
    Labelled(
        "землетрясение в Мьянме",
        _ZEMLETRYASENIE_V_MYANME,
        "k2 Russian posts: землетрясение + Myanmar",
    ),
    Labelled(
        "Дамаске",
        _DAMASKE,
        "k3 Damascus in the locative; дамасская сталь is a trap",
        absent=(
            "ru_trap_damask_steel",
            "en_trap_damascus_steel",
        ),
    ),
    Labelled(
        "Damascus",
        _DAMASKE,
        "k3 Damascus in Latin, Дамаске counts; Damascus steel is a trap",
        absent=(
            "ru_trap_damask_steel",
            "en_trap_damascus_steel",
        ),
    ),
    Labelled(
        "Тартусе",
        _TARTUSE,
        "k3 Tartus in the locative, both languages",
    ),
    Labelled(
        "Khmeimim",
        _KHMEIMIM,
        "k3 Hmeimim spelt Khmeimim; Hmeimim and Хмеймим count",
    ),
    Labelled(
        "Benghazi",
        _BENGHAZI,
        "k3 Benghazi in Latin",
    ),
    Labelled(
        "Триполи Ливия",
        _TRIPOLI_LIVIYA,
        "k3 Tripoli + Libya: Lebanon's Tripoli is a trap",
        absent=(
            "en_trap_tripoli_lebanon",
            "ru_trap_tripoli_lebanon",
        ),
    ),
    Labelled(
        "Tripoli Libya",
        _TRIPOLI_LIVIYA,
        "k3 Tripoli in Libya; Tripoli, Lebanon is a trap",
        absent=(
            "en_trap_tripoli_lebanon",
            "ru_trap_tripoli_lebanon",
        ),
    ),
    Labelled(
        "Порт-Судане",
        _PORT_SUDANE,
        "k3 Port Sudan in the locative, both languages",
    ),
    Labelled(
        "Port Sudan",
        _PORT_SUDANE,
        "k3 Port Sudan in Latin",
    ),
    Labelled(
        "Эль-Фашире",
        _EL_FASHIRE,
        "k3 El Fasher in the locative",
    ),
    Labelled(
        "al-Fashir",
        _EL_FASHIRE,
        "k3 El Fasher in another transliteration",
    ),
    Labelled(
        "Кабуле",
        _KABULE,
        "k3 Kabul in the locative; the envoy Kabulov is a trap",
        absent=(
            "ru_trap_kabulov",
            "en_trap_kabulov",
        ),
    ),
    Labelled(
        "Белграде",
        (
            "en_vucic_beijing",
            "ru_nis_sanctions",
            "en_nis_sanctions",
            "ru_vucic_gas",
            "en_vucic_gas",
            "ru_kosovo_botsan",
            "en_kosovo_unmik",
            "en_kosovo_botsan",
        ),
        "k3 Belgrade in the locative, both languages",
    ),
    Labelled(
        "Тбилиси",
        (
            "ru_kobakhidze_eu",
            "en_kobakhidze_eu",
            "ru_galuzin_georgia",
            "en_galuzin_georgia",
            "ru_trap_kobakhidze_film",
            "en_trap_kobakhidze_film",
        ),
        "k3 Tbilisi, both languages",
    ),
    Labelled(
        "Байконура",
        _BAYKONURA,
        "k3 Baikonur in the genitive",
    ),
    Labelled(
        "Ulaanbaatar",
        _ULAANBAATAR,
        "k3 Ulaanbaatar = Ulan Bator = Улан-Батор",
    ),
    Labelled(
        "Мьянмы",
        (
            "ru_min_aung_hlaing",
            "en_min_aung_hlaing",
            "ru_myanmar_quake",
            "en_myanmar_quake",
            "ru_consular_myanmar",
            "ru_myanmar_elections",
            "en_myanmar_elections",
            "ru_myanmar_observers",
            "ru_rudenko_myanmar",
            "en_consular_myanmar",
            "en_myanmar_observers",
            "en_rudenko_myanmar",
        ),
        "k3 Myanmar in the genitive; мьянманский counts",
    ),
    Labelled(
        "Эфиопии",
        (
            "en_gerd_inauguration",
            "ru_gerd_inauguration",
            "en_gerd_egypt",
            "ru_gerd_egypt",
            "ru_zakharova_briefing_sep11",
            "en_zakharova_briefing_sep11",
            "ru_ethiopia_npp",
            "en_ethiopia_npp",
        ),
        "k3 Ethiopia in the genitive; эфиопская and Ethiopian count",
    ),
    Labelled(
        "Нил",
        _NIL,
        "k3 the Nile (Ниле, Нила); St Nil of Stolobny and Nile Rodgers are traps",
        absent=(
            "ru_trap_nil_monastery",
            "en_trap_nile_rodgers",
        ),
    ),
    Labelled(
        "Nile",
        _NIL,
        "k3 the Nile in Latin; Nile Rodgers is a trap",
        absent=(
            "ru_trap_nil_monastery",
            "en_trap_nile_rodgers",
        ),
    ),
    Labelled(
        "Босфор",
        _BOSFOR,
        "k3 the Bosporus; Vladivostok's Eastern Bosphorus strait is a trap",
        absent=(
            "ru_trap_east_bosphorus",
            "en_trap_east_bosphorus",
        ),
    ),
    Labelled(
        "Bosphorus",
        _BOSFOR,
        "k3 the Bosporus in Latin; the Eastern Bosphorus in Vladivostok is a trap",
        absent=(
            "ru_trap_east_bosphorus",
            "en_trap_east_bosphorus",
        ),
    ),
    Labelled(
        "Красном море",
        _KRASNOM_MORE,
        "k3 the Red Sea in the locative, both languages",
    ),
    Labelled(
        "Red Sea",
        _KRASNOM_MORE,
        "k3 the Red Sea in Latin",
    ),
    Labelled(
        "Ирак",
        _IRAK,
        "k3 Iraq; Ираклий Кобахидзе is a trap",
        absent=("ru_kobakhidze_eu",),
    ),
    Labelled(
        "Iraq",
        _IRAK,
        "k3 Iraq in Latin; Irakli Kobakhidze is a trap",
        absent=("en_kobakhidze_eu",),
    ),
    Labelled(
        "Пальмира",
        _PALMIRA,
        "k3 Palmyra; Северная Пальмира (St Petersburg) is a trap",
        absent=("ru_trap_north_palmyra",),
    ),
    Labelled(
        "Судан",
        _SUDAN,
        "k3 Sudan, суданский and Sudanese; Iraq's prime minister Sudani is a trap",
        absent=("en_iraq_oneliner",),
    ),
    Labelled(
        "плотина",
        _PLOTINA_V_EFIOPII,
        "k4 Russian topic word in any form (плотину, плотины)",
    ),
    Labelled(
        "dam",
        _ETHIOPIA_DAM,
        "k4 English dam(s); Damascus, damage, damaged, damaging are traps",
        absent=(
            "en_syria_assad_fall",
            "en_palmyra_unesco",
            "en_baikonur_pad",
            "en_myanmar_quake",
        ),
    ),
    Labelled(
        "базы",
        (
            "ru_syria_assad_fall",
            "ru_oneliner_hmeimim",
            "ru_sharaa_peskov",
            "ru_bases_hmeimim",
            "ru_port_sudan_base",
            "ru_lavrov_interview",
            "ru_hmeimim_hashtag",
        ),
        "k4 Russian база in any form (баз, базе, авиабазы)",
    ),
    Labelled(
        "bases",
        (
            "en_syria_assad_fall",
            "en_sharaa_moscow",
            "en_bases_hmeimim",
            "en_port_sudan_base",
            "en_lavrov_interview",
        ),
        "k4 English base(s), English posts only",
    ),
    Labelled(
        "признание",
        (
            "ru_taliban_recognition",
            "ru_muttaqi_welcomes",
            "ru_taliban_ban_lifted",
            "ru_trap_kabulov",
            "ru_zakharova_briefing_jul10",
            "ru_lavrov_interview",
        ),
        "k4 Russian признание and its stem (признала, признанного)",
    ),
    Labelled(
        "recognition",
        (
            "en_taliban_recognition",
            "en_trap_kabulov",
            "en_zakharova_briefing_jul10",
        ),
        "k4 English recognise/recognition forms",
    ),
    Labelled(
        "выборы",
        (
            "ru_syria_anniversary",
            "ru_syria_parliament",
            "ru_iraq_elections",
            "ru_myanmar_elections",
            "ru_myanmar_observers",
            "ru_rudenko_myanmar",
        ),
        "k4 Russian выборы in any form, выборщиков too",
    ),
    Labelled(
        "elections",
        (
            "en_syria_parliament",
            "en_iraq_elections",
            "en_myanmar_elections",
            "en_myanmar_observers",
            "en_rudenko_myanmar",
            "en_iraq_oneliner",
        ),
        "k4 English election/electoral",
    ),
    Labelled(
        "санкции",
        (
            "ru_caesar_act",
            "ru_iraq_lukoil",
            "ru_nis_sanctions",
            "ru_paks2_sanctions",
            "ru_vucic_oneliner",
            "ru_akkuyu_likhachev",
        ),
        "k4 Russian санкции in any form",
    ),
    Labelled(
        "sanctions",
        (
            "en_caesar_act",
            "en_iraq_lukoil",
            "en_vucic_beijing",
            "en_nis_sanctions",
            "en_paks2_sanctions",
        ),
        "k4 English sanction(s)",
    ),
    Labelled(
        "студенты",
        ("ru_syria_students",),
        "k4 Russian студенты in any form",
    ),
    Labelled(
        "students",
        (
            "en_afghan_students",
            "en_mongolia_students",
            "en_students_quota",
            "en_syria_students",
        ),
        "k4 English student(s)",
    ),
    Labelled(
        "землетрясение",
        _ZEMLETRYASENIE_V_MYANME,
        "k4 Russian землетрясение in any form",
    ),
    Labelled(
        "earthquake",
        _EARTHQUAKE,
        "k4 English earthquake",
    ),
    Labelled(
        "голод",
        ("ru_un_sudan_famine",),
        "k4 Russian голод",
    ),
    Labelled(
        "famine",
        ("en_un_sudan_famine",),
        "k4 English famine; hunger is a synonym, not a form",
    ),
    Labelled(
        "reactor",
        (
            "en_uz_npp",
            "en_el_dabaa",
            "en_rooppur",
        ),
        "k4 English reactor",
    ),
    Labelled(
        "визы",
        (
            "ru_galuzin_georgia",
            "ru_visa_indonesia",
        ),
        "k4 Russian виза and derived визовый/безвизовый; визит is a trap",
        absent=(
            "ru_shaibani_lavrov",
            "ru_orban_visit_2024",
            "ru_tokayev_visit",
        ),
    ),
    Labelled(
        "visa",
        (
            "en_galuzin_georgia",
            "en_visa_indonesia",
        ),
        "k4 English visa and visa-free; visit is a trap",
        absent=(
            "en_sharaa_moscow",
            "en_tokayev_visit",
        ),
    ),
    Labelled(
        "нефтепровод",
        (
            "ru_orban_druzhba",
            "ru_szijjarto_lavrov",
        ),
        "k4 Russian нефтепровод in any form",
    ),
    Labelled(
        "pipeline",
        (
            "en_druzhba",
            "en_szijjarto_lavrov",
        ),
        "k4 English pipeline",
    ),
    Labelled(
        "пшеница",
        (
            "ru_syria_wheat",
            "ru_pankin_afghan",
        ),
        "k4 Russian пшеница (пшеницы)",
    ),
    Labelled(
        "wheat",
        (
            "en_syria_wheat",
            "en_pankin_afghan",
        ),
        "k4 English wheat",
    ),
    Labelled(
        "консульский",
        (
            "ru_consular_syria",
            "ru_consular_sudan",
            "ru_consular_myanmar",
        ),
        "k4 Russian консульский and the same stem (консульского, консульском)",
    ),
    Labelled(
        "квота",
        (
            "ru_mongolia_students",
            "ru_students_quota",
        ),
        "k4 Russian квота in any form (квоту)",
    ),
    Labelled(
        "аш-Шараа",
        _ASH_SHARAA,
        "k5 al-Sharaa in Russian, both languages",
    ),
    Labelled(
        "Ахмед аш-Шараа",
        _ASH_SHARAA,
        "k5 given name and surname name one person: every al-Sharaa post",
    ),
    Labelled(
        "Шейбани",
        _SHEYBANI,
        "k5 al-Shaibani in Russian",
    ),
    Labelled(
        "Хафтаром",
        _KHAFTAROM,
        "k5 Haftar in the instrumental; Saddam Haftar alone is not labelled",
    ),
    Labelled(
        "Khalifa Haftar",
        _KHAFTAROM,
        "k5 the marshal, not his son Saddam",
        absent=(
            "ru_saddam_haftar",
            "en_saddam_haftar",
        ),
    ),
    Labelled(
        "Халифа Хафтар",
        _KHAFTAROM,
        "k5 the marshal in Russian (Халифой Хафтаром, Х.Хафтаром); his son is a trap",
        absent=(
            "ru_saddam_haftar",
            "en_saddam_haftar",
        ),
    ),
    Labelled(
        "Abdel Fattah al-Burhan",
        (
            "ru_el_fasher",
            "en_el_fasher",
            "ru_bogdanov_sudan",
            "en_burhan_message",
            "en_bogdanov_sudan",
            "ru_burhan_cabinet",
            "en_burhan_cabinet",
        ),
        "k5 al-Burhan in full; Abdel Fattah al-Sisi is a trap",
        absent=(
            "ru_el_dabaa",
            "en_el_dabaa",
        ),
    ),
    Labelled(
        "Hemedti",
        (
            "ru_rsf_dagalo",
            "en_rsf_dagalo",
        ),
        "k5 Dagalo by the name he is known by; every post gives both",
    ),
    Labelled(
        "Муттаки",
        _MUTTAKI,
        "k5 Muttaqi in Russian",
    ),
    Labelled(
        "Вучича",
        _VUCHICHA,
        "k5 Vučić in the genitive, any spelling",
    ),
    Labelled(
        "Vucic",
        _VUCHICHA,
        "k5 Vučić without diacritics; Вучич and Vučić count",
    ),
    Labelled(
        "Сийярто",
        _SIYYARTO,
        "k5 Szijjártó in Russian",
    ),
    Labelled(
        "Кобахидзе",
        _KOBAKHIDZE,
        "k5 Irakli Kobakhidze; the film director Mikheil Kobakhidze is a trap",
        absent=(
            "ru_trap_kobakhidze_film",
            "en_trap_kobakhidze_film",
        ),
    ),
    Labelled(
        "Токаевым",
        _TOKAEVYM,
        "k5 Tokayev in the instrumental",
    ),
    Labelled(
        "Tokaev",
        _TOKAEVYM,
        "k5 Tokayev spelt without y",
    ),
    Labelled(
        "Мирзиёевым",
        _MIRZIEEVYM,
        "k5 Mirziyoyev in the instrumental",
    ),
    Labelled(
        "Хурэлсух",
        _KHURELSUKH,
        "k5 Khürelsükh in Russian (Хурэлсухом)",
    ),
    Labelled(
        "Khurelsukh",
        _KHURELSUKH,
        "k5 Khürelsükh in Latin without umlauts",
    ),
    Labelled(
        "Prabowo Subianto",
        _PRABOWO_SUBIANTO,
        "k5 Prabowo, both languages",
    ),
    Labelled(
        "Лула",
        (
            "ru_lula_putin_call",
            "en_lula_putin_call",
        ),
        "k5 Lula (Лулой да Силвой), both languages",
    ),
    Labelled(
        "Mauro Vieira",
        _MAURO_VIEIRA,
        "k5 Brazil's foreign minister; the football coach Patrick Vieira is a trap",
        absent=(
            "en_trap_patrick_vieira",
            "ru_trap_patrick_vieira",
        ),
    ),
    Labelled(
        "Виейра",
        _MAURO_VIEIRA,
        "k5 Vieira in Russian (М.Виейрой); Patrick Vieira is a trap",
        absent=(
            "en_trap_patrick_vieira",
            "ru_trap_patrick_vieira",
        ),
    ),
    Labelled(
        "Ламола",
        (
            "ru_lamola_lavrov",
            "en_lamola",
            "en_lamola_oneliner",
        ),
        "k5 Lamola in Russian (Р.Ламолой)",
    ),
    Labelled(
        "Лихачёв",
        _LIKHACHEV,
        "k5 Alexei Likhachev of Rosatom; the academician Dmitry Likhachev is a trap",
        absent=(
            "ru_trap_likhachev_academician",
            "en_trap_likhachev_academician",
        ),
    ),
    Labelled(
        "Likhachev",
        _LIKHACHEV,
        "k5 the Rosatom chief in Latin (Likhachev, Likhachev); the academician is a trap",
        absent=(
            "ru_trap_likhachev_academician",
            "en_trap_likhachev_academician",
        ),
    ),
    Labelled(
        "Баканов",
        _BAKANOV,
        "k5 Dmitry Bakanov of Roscosmos; Ivan Bakanov of the SBU is a trap",
        absent=(
            "ru_trap_ivan_bakanov",
            "en_trap_ivan_bakanov",
        ),
    ),
    Labelled(
        "Вершинин",
        (
            "ru_vershinin_lamamra",
            "en_vershinin_lamamra",
        ),
        "k5 Deputy FM Vershinin; Chekhov's Colonel Vershinin is a trap",
        absent=("ru_trap_vershinin_chekhov",),
    ),
    Labelled(
        "Андрей Руденко",
        _ANDREY_RUDENKO,
        "k5 Deputy FM Andrei Rudenko (А.Ю.Руденко); the Nuremberg prosecutor Roman "
        "Rudenko is a trap",
        absent=(
            "ru_trap_roman_rudenko",
            "en_trap_roman_rudenko",
        ),
    ),
    Labelled(
        "Михаил Богданов",
        (
            "ru_bases_hmeimim",
            "ru_bogdanov_haftar_2024",
            "en_bogdanov_haftar_2024",
            "ru_bogdanov_sudan",
            "en_bogdanov_sudan",
        ),
        "k5 Mikhail Bogdanov (М.Л.Богданов); Vladimir Bogdanov of Surgutneftegas is a trap",
        absent=("ru_trap_vladimir_bogdanov",),
    ),
    Labelled(
        "Galuzin",
        (
            "ru_galuzin_georgia",
            "en_galuzin_georgia",
        ),
        "k5 Galuzin in Latin, Галузин counts",
    ),
    Labelled(
        "Мин Аун Хлайн",
        (
            "ru_min_aung_hlaing",
            "en_min_aung_hlaing",
        ),
        "k5 Min Aung Hlaing, both languages",
    ),
    Labelled(
        "Abiy Ahmed",
        _ABIY_AHMED,
        "k5 Ethiopia's prime minister; Ahmed al-Sharaa shares only Ahmed",
        absent=(
            "en_syria_anniversary",
            "ru_sharaa_kremlin",
            "en_sharaa_moscow",
        ),
    ),
    Labelled(
        "Панкин",
        (
            "ru_pankin_afghan",
            "en_pankin_afghan",
        ),
        "k5 Deputy FM Alexander Pankin; Boris Pankin, the last Soviet foreign minister, is a trap",
        absent=(
            "ru_trap_boris_pankin",
            "en_trap_boris_pankin",
        ),
    ),
    Labelled(
        "Rudenko",
        _ANDREY_RUDENKO,
        "k5 the deputy minister in Latin (Andrei, Andrey); Roman Rudenko is a trap",
        absent=(
            "ru_trap_roman_rudenko",
            "en_trap_roman_rudenko",
        ),
    ),
    Labelled(
        "«смелое решение»",
        ("ru_muttaqi_welcomes",),
        "k6 Muttaqi's words, inflected («смелым решением»)",
    ),
    Labelled(
        '"brave decision"',
        ("en_taliban_recognition",),
        "k6 the Taliban's words in English",
    ),
    Labelled(
        "«военные базы»",
        (
            "ru_syria_assad_fall",
            "ru_sharaa_peskov",
        ),
        "k6 the phrase in any case (российских военных баз)",
    ),
    Labelled(
        "«Мировая атомная неделя»",
        (
            "ru_ethiopia_npp",
            "ru_world_atomic_week",
        ),
        "k6 the forum's name, inflected («Мировой атомной недели»)",
    ),
    Labelled(
        '"World Atomic Week"',
        (
            "en_ethiopia_npp",
            "en_world_atomic_week",
        ),
        "k6 the forum's English name",
    ),
    Labelled(
        "«закон Цезаря»",
        ("ru_caesar_act",),
        "k6 the US law in Russian",
    ),
    Labelled(
        '"Caesar Act"',
        ("en_caesar_act",),
        "k6 the US law in English",
    ),
    Labelled(
        "«стратегическое партнерство»",
        _STRATEGICHESKOE_PARTNERSTVO,
        "k6 the phrase, е for ё, any case (стратегическому партнёрству, стратегическом "
        "партнёрстве)",
    ),
    Labelled(
        '"comprehensive strategic partnership"',
        ("en_tokayev_visit",),
        "k6 the Kazakhstan declaration in English",
    ),
    Labelled(
        "«Московский формат»",
        _MOSKOVSKIY_FORMAT_PO_AFGANISTANU,
        "k6 the consultations' name, inflected («Московского формата»)",
    ),
    Labelled(
        '"Moscow Format"',
        (
            "en_moscow_format_2025",
            "en_oneliner_muttaqi",
            "en_moscow_format_2024",
        ),
        "k6 the consultations' name in English",
    ),
    Labelled(
        '"Grand Ethiopian Renaissance Dam"',
        ("en_gerd_inauguration",),
        "k6 the dam's full English name",
    ),
    Labelled(
        "«Голубой Нил»",
        ("ru_gerd_inauguration",),
        "k6 the river, inflected (на Голубом Ниле)",
    ),
    Labelled(
        "«параллельное правительство»",
        ("ru_rsf_dagalo",),
        "k6 the RSF government, inflected",
    ),
    Labelled(
        '"parallel government"',
        ("en_rsf_dagalo",),
        "k6 the RSF government in English",
    ),
    Labelled(
        "«пункт материально-технического обеспечения»",
        (
            "ru_tartus_port",
            "ru_bases_hmeimim",
            "ru_port_sudan_base",
        ),
        "k6 the naval facility's official name",
    ),
    Labelled(
        "«Северная Пальмира»",
        ("ru_trap_north_palmyra",),
        "k6 St Petersburg's nickname; Palmyra in Syria is a trap",
        absent=("ru_palmyra_unesco",),
    ),
    Labelled(
        "«Босфор Восточный»",
        ("ru_trap_east_bosphorus",),
        "k6 Vladivostok's strait; the Istanbul Bosporus is a trap",
        absent=("ru_bosporus_tanker",),
    ),
    Labelled(
        '"Damascus steel"',
        ("en_trap_damascus_steel",),
        "k6 the blade steel; the city is a trap",
        absent=("en_syria_assad_fall",),
    ),
    Labelled(
        '"peace mission"',
        ("en_orban_visit_2024",),
        "k6 Orbán's words in English",
    ),
    Labelled(
        "«миссия мира»",
        ("ru_orban_visit_2024",),
        "k6 Orbán's words in Russian («миссией мира»)",
    ),
    Labelled(
        '"Montreux Convention"',
        ("en_zakharova_briefing_feb27",),
        "k6 the straits convention in English",
    ),
    Labelled(
        "«конвенция Монтре»",
        ("ru_zakharova_briefing_feb27",),
        "k6 the convention, е typed for ё (Конвенции Монтрё)",
    ),
    Labelled(
        "«прекращение огня»",
        (
            "ru_tripoli_clashes",
            "ru_el_fasher_mid",
            "ru_lavrov_interview",
        ),
        "k6 ceasefire in Russian, inflected (прекращении огня)",
    ),
    Labelled(
        "«АЭС малой мощности»",
        (
            "ru_mirziyoyev_call",
            "ru_uz_npp",
            "ru_min_aung_hlaing",
        ),
        "k6 small nuclear plant in Russian",
    ),
    Labelled(
        '"small nuclear power plant"',
        (
            "en_mirziyoyev_call",
            "en_uz_npp",
            "en_min_aung_hlaing",
        ),
        "k6 small nuclear plant in English",
    ),
    Labelled(
        "Сирия -Асад",
        (
            "ru_oneliner_hmeimim",
            "en_oneliner_tartus",
            "ru_sharaa_kremlin",
            "en_sharaa_ap",
            "ru_shaibani_lavrov",
            "en_shaibani_lavrov",
            "ru_tartus_port",
            "en_tartus_port",
            "ru_bases_hmeimim",
            "en_bases_hmeimim",
            "ru_syria_wheat",
            "ru_palmyra_unesco",
            "en_palmyra_unesco",
            "ru_caesar_act",
            "en_caesar_act",
            "ru_syria_parliament",
            "ru_consular_syria",
            "ru_syria_students",
            "en_haftar_putin",
            "ru_lavrov_fuad_hussein",
            "en_lavrov_fuad_hussein",
            "en_consular_syria",
            "en_syria_students",
            "ru_lavrov_interview",
            "en_lavrov_interview",
            "ru_hmeimim_hashtag",
            "en_tartus_hashtag",
        ),
        "k7 Syria posts not naming Assad",
        absent=(
            "ru_syria_assad_fall",
            "en_syria_assad_fall",
            "ru_assad_asylum",
            "en_assad_asylum",
            "ru_syria_anniversary",
            "en_syria_anniversary",
            "en_sharaa_moscow",
            "ru_sharaa_peskov",
            "en_syria_wheat",
            "en_syria_parliament",
        ),
    ),
    Labelled(
        "Хафтар -Москва",
        _KHAFTAR_MOSKVA,
        "k7 Haftar posts not naming Moscow",
        absent=(
            "ru_haftar_putin",
            "en_haftar_putin",
            "ru_oneliner_haftar",
            "ru_bogdanov_haftar_2024",
            "en_bogdanov_haftar_2024",
            "en_haftar_oneliner",
        ),
    ),
    Labelled(
        "Haftar -Moscow",
        _KHAFTAR_MOSKVA,
        "k7 the same in Latin",
        absent=(
            "ru_haftar_putin",
            "en_haftar_putin",
            "ru_oneliner_haftar",
            "ru_bogdanov_haftar_2024",
            "en_bogdanov_haftar_2024",
            "en_haftar_oneliner",
        ),
    ),
    Labelled(
        "Судан -Эль-Фашир",
        (
            "ru_port_sudan_base",
            "en_port_sudan_base",
            "ru_bogdanov_sudan",
            "en_burhan_message",
            "ru_rsf_dagalo",
            "en_rsf_dagalo",
            "ru_consular_sudan",
            "ru_vershinin_lamamra",
            "en_vershinin_lamamra",
            "ru_gerd_inauguration",
            "ru_zakharova_briefing_sep11",
            "en_zakharova_briefing_sep11",
            "en_consular_sudan",
            "en_bogdanov_sudan",
            "ru_lavrov_interview",
            "en_lavrov_interview",
            "ru_burhan_cabinet",
            "en_burhan_cabinet",
        ),
        "k7 Sudan posts not naming El Fasher",
        absent=(
            "ru_el_fasher",
            "en_el_fasher",
            "en_el_fasher_un",
            "ru_el_fasher_mid",
            "en_un_sudan_famine",
            "ru_un_sudan_famine",
            "en_el_fasher_mid",
            "ru_repost_el_fasher",
            "en_iraq_oneliner",
        ),
    ),
    Labelled(
        "Sudan -RSF",
        (
            "ru_el_fasher_mid",
            "ru_port_sudan_base",
            "en_port_sudan_base",
            "ru_bogdanov_sudan",
            "en_burhan_message",
            "en_un_sudan_famine",
            "ru_un_sudan_famine",
            "ru_consular_sudan",
            "ru_vershinin_lamamra",
            "en_vershinin_lamamra",
            "ru_gerd_inauguration",
            "ru_zakharova_briefing_sep11",
            "en_zakharova_briefing_sep11",
            "en_consular_sudan",
            "en_el_fasher_mid",
            "en_bogdanov_sudan",
            "ru_repost_el_fasher",
            "ru_lavrov_interview",
            "en_lavrov_interview",
            "ru_burhan_cabinet",
            "en_burhan_cabinet",
        ),
        "k7 Sudan posts not naming the RSF (СБР)",
        absent=(
            "ru_el_fasher",
            "en_el_fasher",
            "en_el_fasher_un",
            "ru_rsf_dagalo",
            "en_rsf_dagalo",
            "en_iraq_oneliner",
        ),
    ),
    Labelled(
        "Афганистан -талибы",
        (
            "ru_lavrov_muttaqi",
            "ru_transafghan",
            "en_transafghan",
            "ru_afghan_students",
            "en_afghan_students",
            "en_pankin_afghan",
            "ru_zakharova_briefing_jul10",
            "en_zakharova_briefing_jul10",
            "en_lavrov_muttaqi",
            "ru_lavrov_interview",
        ),
        "k7 Afghanistan posts not naming the Taliban",
        absent=(
            "ru_taliban_recognition",
            "en_taliban_recognition",
            "en_taliban_ban_lifted",
            "ru_moscow_format_2025",
            "en_moscow_format_2025",
            "ru_moscow_format_2024",
            "ru_trap_kabulov",
            "en_trap_kabulov",
            "ru_pankin_afghan",
            "en_moscow_format_2024",
            "ru_un_afghanistan_women",
            "en_un_afghanistan_women",
        ),
    ),
    Labelled(
        "Росатом -Египет",
        (
            "ru_paks2_sanctions",
            "en_paks2_sanctions",
            "ru_kz_npp",
            "en_kz_npp",
            "ru_uz_npp",
            "en_uz_npp",
            "en_min_aung_hlaing",
            "ru_ethiopia_npp",
            "en_ethiopia_npp",
            "ru_world_atomic_week",
            "en_world_atomic_week",
            "ru_akkuyu",
            "en_akkuyu",
            "ru_rooppur",
            "en_rooppur",
            "en_rooppur_hashtag",
            "ru_akkuyu_likhachev",
            "en_akkuyu_likhachev",
        ),
        "k7 Rosatom posts not naming Egypt",
        absent=(
            "ru_el_dabaa",
            "en_el_dabaa",
        ),
    ),
    Labelled(
        "Rosatom -Hungary",
        (
            "ru_kz_npp",
            "en_kz_npp",
            "ru_uz_npp",
            "en_uz_npp",
            "en_min_aung_hlaing",
            "ru_ethiopia_npp",
            "en_ethiopia_npp",
            "ru_world_atomic_week",
            "en_world_atomic_week",
            "ru_akkuyu",
            "en_akkuyu",
            "ru_el_dabaa",
            "en_el_dabaa",
            "ru_rooppur",
            "en_rooppur",
            "en_rooppur_hashtag",
            "ru_akkuyu_likhachev",
            "en_akkuyu_likhachev",
        ),
        "k7 Rosatom posts not naming Hungary",
        absent=(
            "ru_paks2_sanctions",
            "en_paks2_sanctions",
        ),
    ),
    Labelled(
        "Лавров -Сирия",
        (
            "ru_port_sudan_base",
            "en_port_sudan_base",
            "en_moscow_format_2025",
            "ru_lavrov_muttaqi",
            "ru_szijjarto_lavrov",
            "en_szijjarto_lavrov",
            "ru_lavrov_vieira",
            "en_vieira_lavrov",
            "ru_lamola_lavrov",
            "en_lamola",
            "en_lavrov_muttaqi",
            "en_lamola_oneliner",
        ),
        "k7 Lavrov posts not naming Syria",
        absent=(
            "ru_shaibani_lavrov",
            "en_shaibani_lavrov",
            "ru_lavrov_fuad_hussein",
            "en_lavrov_fuad_hussein",
            "ru_lavrov_interview",
            "en_lavrov_interview",
        ),
    ),
    Labelled(
        "Босфор -Владивосток",
        _BOSFOR,
        "k7 the Bosporus without Vladivostok",
        absent=(
            "ru_trap_east_bosphorus",
            "en_trap_east_bosphorus",
        ),
    ),
    Labelled(
        "Tripoli -Lebanon",
        _TRIPOLI_LIVIYA,
        "k7 Tripoli posts not naming Lebanon",
        absent=(
            "en_trap_tripoli_lebanon",
            "ru_trap_tripoli_lebanon",
        ),
    ),
    Labelled(
        "Триполи -Ливан",
        _TRIPOLI_LIVIYA,
        "k7 the same in Russian (ливанском)",
        absent=(
            "en_trap_tripoli_lebanon",
            "ru_trap_tripoli_lebanon",
        ),
    ),
    Labelled(
        "Vieira -football",
        _MAURO_VIEIRA,
        "k7 Vieira without football: the coach goes",
        absent=(
            "en_trap_patrick_vieira",
            "ru_trap_patrick_vieira",
        ),
    ),
    Labelled(
        "Пальмира -Петербург",
        _PALMIRA,
        "k7 Palmyra without St Petersburg",
        absent=("ru_trap_north_palmyra",),
    ),
    Labelled(
        "Кобахидзе -фильм",
        _KOBAKHIDZE,
        "k7 Kobakhidze without films",
        absent=(
            "ru_trap_kobakhidze_film",
            "en_trap_kobakhidze_film",
        ),
    ),
    Labelled(
        "Baikonur -Soyuz",
        (
            "en_baikonur_pad",
            "ru_bakanov_baikonur",
            "en_bakanov",
            "ru_kz_baikonur_lease",
        ),
        "k7 Baikonur posts not naming Soyuz",
        absent=(
            "ru_soyuz_ms28",
            "en_soyuz_ms28",
            "ru_baikonur_pad",
            "ru_baiterek",
            "en_baiterek",
            "en_fwd_soyuz",
        ),
    ),
    Labelled(
        "Мьянма -выборы",
        (
            "ru_min_aung_hlaing",
            "en_min_aung_hlaing",
            "ru_myanmar_quake",
            "en_myanmar_quake",
            "ru_consular_myanmar",
            "en_myanmar_elections",
            "en_consular_myanmar",
            "en_myanmar_observers",
            "en_rudenko_myanmar",
        ),
        "k7 Myanmar without выборы: Russian election posts go, English stay",
        absent=(
            "ru_myanmar_elections",
            "ru_myanmar_observers",
            "ru_rudenko_myanmar",
        ),
    ),
    Labelled(
        "Myanmar -earthquake",
        (
            "ru_min_aung_hlaing",
            "en_min_aung_hlaing",
            "ru_myanmar_quake",
            "ru_consular_myanmar",
            "ru_myanmar_elections",
            "en_myanmar_elections",
            "ru_myanmar_observers",
            "ru_rudenko_myanmar",
            "en_myanmar_observers",
            "en_rudenko_myanmar",
        ),
        "k7 Myanmar without earthquake: English quake posts go",
        absent=(
            "en_myanmar_quake",
            "en_consular_myanmar",
        ),
    ),
    Labelled(
        "Вучич -NIS",
        (
            "en_vucic_beijing",
            "ru_vucic_gas",
            "en_vucic_gas",
            "ru_vucic_oneliner",
        ),
        "k7 Vučić posts not naming NIS",
        absent=(
            "ru_vucic_beijing",
            "ru_nis_sanctions",
            "en_nis_sanctions",
        ),
    ),
    Labelled(
        "Орбан -Дружба",
        (
            "ru_orban_visit_2024",
            "en_orban_visit_2024",
        ),
        "k7 Orbán posts not naming the Druzhba pipeline",
        absent=(
            "ru_orban_druzhba",
            "en_druzhba",
        ),
    ),
    Labelled(
        "Тартус -порт",
        (
            "en_syria_assad_fall",
            "en_oneliner_tartus",
            "en_sharaa_moscow",
            "en_tartus_port",
            "ru_bases_hmeimim",
            "en_bases_hmeimim",
            "ru_consular_syria",
            "en_consular_syria",
            "en_tartus_hashtag",
        ),
        "k7 Tartus without порт: the Russian port story goes",
        absent=("ru_tartus_port",),
    ),
    Labelled(
        "Kabul -Taliban",
        (
            "ru_transafghan",
            "en_transafghan",
            "ru_afghan_students",
            "en_afghan_students",
        ),
        "k7 Kabul posts not naming the Taliban",
        absent=(
            "ru_muttaqi_welcomes",
            "en_muttaqi_welcomes",
            "ru_trap_kabulov",
            "en_trap_kabulov",
        ),
    ),
    Labelled(
        "ЮНЕСКО -Пальмира",
        (
            "ru_heritage_kosovo",
            "en_heritage_kosovo",
        ),
        "k7 UNESCO posts not about Palmyra",
        absent=(
            "ru_palmyra_unesco",
            "en_palmyra_unesco",
        ),
    ),
    Labelled(
        "санкции -США",
        (
            "ru_vucic_oneliner",
            "ru_akkuyu_likhachev",
        ),
        "k7 Russian sanctions posts not naming the US",
        absent=(
            "ru_caesar_act",
            "ru_iraq_lukoil",
            "ru_nis_sanctions",
            "ru_paks2_sanctions",
        ),
    ),
    Labelled(
        "sanctions -US",
        ("en_vucic_beijing",),
        "k7 English sanctions posts not naming the US",
        absent=(
            "en_caesar_act",
            "en_iraq_lukoil",
            "en_nis_sanctions",
            "en_paks2_sanctions",
        ),
    ),
    Labelled(
        "Лихачев -академик",
        _LIKHACHEV,
        "k7 Likhachev without the academician",
        absent=(
            "ru_trap_likhachev_academician",
            "en_trap_likhachev_academician",
        ),
    ),
    Labelled(
        "8 декабря",
        _8_DEKABRYA,
        "k8 8 December, any year; 18 and 28 December are near misses",
        absent=(
            "ru_caesar_act",
            "en_caesar_act",
            "ru_myanmar_elections",
            "en_myanmar_elections",
            "ru_myanmar_observers",
            "en_myanmar_observers",
        ),
    ),
    Labelled(
        "Dec 8",
        _8_DEKABRYA,
        "k8 Dec 8 = 8 декабря = December 8",
        absent=(
            "ru_caesar_act",
            "en_caesar_act",
            "ru_myanmar_elections",
            "en_myanmar_elections",
            "ru_myanmar_observers",
            "en_myanmar_observers",
        ),
    ),
    Labelled(
        "08.12",
        _8_DEKABRYA,
        "k8 figures for 8 December",
        absent=(
            "ru_caesar_act",
            "en_caesar_act",
            "ru_myanmar_elections",
            "en_myanmar_elections",
            "ru_myanmar_observers",
            "en_myanmar_observers",
        ),
    ),
    Labelled(
        "8 декабря 2024",
        (
            "ru_syria_assad_fall",
            "en_syria_assad_fall",
        ),
        "k8 the fall of Assad: 2024 only, the 2025 anniversary goes",
        absent=(
            "ru_syria_anniversary",
            "en_syria_anniversary",
        ),
    ),
    Labelled(
        "December 8, 2025",
        (
            "ru_syria_anniversary",
            "en_syria_anniversary",
        ),
        "k8 the anniversary: 2025 only",
        absent=(
            "ru_syria_assad_fall",
            "en_syria_assad_fall",
        ),
    ),
    Labelled(
        "15 октября",
        (
            "ru_sharaa_kremlin",
            "en_sharaa_moscow",
            "ru_sharaa_peskov",
        ),
        "k8 15 October; 5 October is a near miss",
        absent=(
            "ru_syria_parliament",
            "en_syria_parliament",
        ),
    ),
    Labelled(
        "3 июля",
        _3_IYULYA,
        "k8 3 July; 23 July is a near miss",
        absent=(
            "ru_trap_kabulov",
            "en_trap_kabulov",
        ),
    ),
    Labelled(
        "July 3",
        _3_IYULYA,
        "k8 July 3 in English",
        absent=(
            "ru_trap_kabulov",
            "en_trap_kabulov",
        ),
    ),
    Labelled(
        "9 сентября",
        _ABIY_AHMED,
        "k8 9 September (9 сен); 19 September and 9 October are near misses",
        absent=(
            "en_un_sudan_famine",
            "ru_un_sudan_famine",
            "ru_nis_sanctions",
            "en_nis_sanctions",
        ),
    ),
    Labelled(
        "Sept 9",
        _ABIY_AHMED,
        "k8 Sept 9 in English",
        absent=(
            "en_un_sudan_famine",
            "ru_un_sudan_famine",
        ),
    ),
    Labelled(
        "27 ноября",
        _27_NOYABRYA,
        "k8 27 November; 27 October and 28 November are near misses",
        absent=(
            "ru_el_fasher",
            "ru_kobakhidze_eu",
            "en_kobakhidze_eu",
        ),
    ),
    Labelled(
        "November 27",
        _27_NOYABRYA,
        "k8 November 27 in English",
        absent=(
            "ru_el_fasher",
            "en_kobakhidze_eu",
        ),
    ),
    Labelled(
        "12 ноября",
        _12_NOYABRYA,
        "k8 12 November; 11 November is a near miss",
        absent=(
            "ru_iraq_elections",
            "en_iraq_elections",
            "ru_tokayev_tass",
            "en_tokayev_arrival",
        ),
    ),
    Labelled(
        "Nov 12",
        _12_NOYABRYA,
        "k8 Nov 12 in English",
        absent=(
            "ru_iraq_elections",
            "en_iraq_elections",
            "en_tokayev_arrival",
        ),
    ),
    Labelled(
        "28 декабря",
        _28_DEKABRYA,
        "k8 28 December; 8 December, 28 March and 28 November are near misses",
        absent=(
            "ru_syria_assad_fall",
            "ru_kobakhidze_eu",
            "en_myanmar_quake",
        ),
    ),
    Labelled(
        "Dec 28",
        _28_DEKABRYA,
        "k8 Dec 28 (Dec. 28) in English",
        absent=(
            "en_syria_assad_fall",
            "en_myanmar_quake",
        ),
    ),
    Labelled(
        "31 июля",
        _SHEYBANI,
        "k8 31 July in either language",
    ),
    Labelled(
        "May 10",
        (
            "ru_haftar_putin",
            "en_haftar_putin",
        ),
        "k8 May 10 = 10 мая",
    ),
    Labelled(
        "2 сентября",
        (
            "ru_vucic_beijing",
            "en_vucic_beijing",
            "ru_fico_beijing",
            "en_fico_beijing",
        ),
        "k8 2 September in either language",
    ),
    Labelled(
        "7 октября",
        (
            "ru_moscow_format_2025",
            "en_moscow_format_2025",
            "ru_lavrov_muttaqi",
            "en_lavrov_muttaqi",
        ),
        "k8 7 October in either language",
    ),
    Labelled(
        "17 апреля",
        (
            "ru_taliban_ban_lifted",
            "en_taliban_ban_lifted",
        ),
        "k8 17 April in either language",
    ),
    Labelled(
        "25 сентября",
        (
            "ru_ethiopia_npp",
            "en_ethiopia_npp",
            "ru_world_atomic_week",
            "en_world_atomic_week",
        ),
        "k8 25 September in either language",
    ),
    Labelled(
        "Moscow Format 2024",
        ("en_moscow_format_2024",),
        "k8 typed year: the 2024 meeting, not 2025's",
        absent=("en_moscow_format_2025",),
    ),
    Labelled(
        "Хафтар 2024",
        (
            "ru_bogdanov_haftar_2024",
            "en_bogdanov_haftar_2024",
        ),
        "k8 typed year: the 2024 meeting only",
        absent=(
            "ru_haftar_putin",
            "en_haftar_putin",
        ),
    ),
    Labelled(
        "Putin Mongolia 2024",
        (
            "ru_putin_mongolia",
            "en_putin_mongolia",
            "ru_mongolia_icc",
            "en_peskov_mongolia",
        ),
        "k8 typed year: the 2024 visit; the 2025 greeting goes",
        absent=("ru_khurelsukh_2025",),
    ),
    Labelled(
        "Фицо 2024",
        (
            "ru_fico_attempt_2024",
            "en_fico_attempt_2024",
        ),
        "k8 typed year: the 2024 shooting, not 2025's meetings",
        absent=(
            "ru_fico_beijing",
            "en_fico_beijing",
        ),
    ),
    Labelled(
        "Orban 2025",
        (
            "ru_orban_druzhba",
            "en_druzhba",
        ),
        "k8 typed year: 2025 posts; the 2024 Moscow visit goes",
        absent=(
            "ru_orban_visit_2024",
            "en_orban_visit_2024",
        ),
    ),
    Labelled(
        "#Сирия",
        (
            "ru_syria_assad_fall",
            "en_syria_assad_fall",
            "ru_assad_asylum",
            "en_assad_asylum",
            "ru_oneliner_hmeimim",
            "en_oneliner_tartus",
            "ru_syria_anniversary",
            "en_syria_anniversary",
            "ru_sharaa_kremlin",
            "en_sharaa_moscow",
            "ru_sharaa_peskov",
            "en_sharaa_ap",
            "ru_shaibani_lavrov",
            "en_shaibani_lavrov",
            "ru_tartus_port",
            "en_tartus_port",
            "ru_bases_hmeimim",
            "en_bases_hmeimim",
            "ru_syria_wheat",
            "en_syria_wheat",
            "ru_palmyra_unesco",
            "en_palmyra_unesco",
            "ru_caesar_act",
            "en_caesar_act",
            "ru_syria_parliament",
            "en_syria_parliament",
            "ru_consular_syria",
            "ru_syria_students",
            "en_haftar_putin",
            "ru_lavrov_fuad_hussein",
            "en_lavrov_fuad_hussein",
            "en_consular_syria",
            "en_syria_students",
            "ru_lavrov_interview",
            "en_lavrov_interview",
            "ru_hmeimim_hashtag",
            "en_tartus_hashtag",
        ),
        "k9 hashtag of a country: every Syria post",
    ),
    Labelled(
        "#Афганистан",
        (
            "ru_taliban_recognition",
            "en_taliban_recognition",
            "en_taliban_ban_lifted",
            "ru_moscow_format_2025",
            "en_moscow_format_2025",
            "ru_lavrov_muttaqi",
            "ru_moscow_format_2024",
            "ru_trap_kabulov",
            "en_trap_kabulov",
            "ru_transafghan",
            "en_transafghan",
            "ru_afghan_students",
            "en_afghan_students",
            "ru_pankin_afghan",
            "en_pankin_afghan",
            "ru_zakharova_briefing_jul10",
            "en_zakharova_briefing_jul10",
            "en_moscow_format_2024",
            "en_lavrov_muttaqi",
            "ru_lavrov_interview",
            "ru_un_afghanistan_women",
            "en_un_afghanistan_women",
        ),
        "k9 hashtag of a country",
    ),
    Labelled(
        "#Росатом",
        _ROSATOM,
        "k9 hashtag of an organisation",
    ),
    Labelled(
        "#Роскосмос",
        _ROSKOSMOS,
        "k9 hashtag of an organisation",
    ),
    Labelled(
        "#Судан",
        _SUDAN,
        "k9 hashtag of a country",
        absent=("en_iraq_oneliner",),
    ),
    Labelled(
        "#Ливия",
        (
            "ru_haftar_putin",
            "en_haftar_putin",
            "ru_saddam_haftar",
            "en_saddam_haftar",
            "ru_bogdanov_haftar_2024",
            "en_bogdanov_haftar_2024",
            "en_yevkurov_benghazi",
            "ru_embassy_tripoli",
            "en_embassy_tripoli",
            "ru_tripoli_clashes",
            "en_tripoli_clashes",
            "en_un_libya",
            "ru_un_libya",
            "ru_zakharova_briefing_feb27",
            "ru_lavrov_interview",
            "en_lavrov_interview",
            "en_zakharova_briefing_feb27",
            "en_haftar_oneliner",
        ),
        "k9 hashtag of a country",
    ),
    Labelled(
        "#Хмеймим",
        _KHMEIMIM,
        "k9 hashtag of an air base",
    ),
    Labelled(
        "#Токаев",
        _TOKAEVYM,
        "k9 hashtag of a person",
    ),
    Labelled(
        "#Захарова",
        (
            "ru_el_fasher_mid",
            "ru_zakharova_briefing_jul10",
            "en_zakharova_briefing_jul10",
            "ru_zakharova_briefing_sep11",
            "en_zakharova_briefing_sep11",
            "ru_zakharova_briefing_feb27",
            "en_el_fasher_mid",
            "en_zakharova_briefing_feb27",
        ),
        "k9 hashtag of a person",
    ),
    Labelled(
        "#брифинг",
        (
            "ru_zakharova_briefing_jul10",
            "ru_zakharova_briefing_sep11",
            "ru_zakharova_briefing_feb27",
        ),
        "k9 hashtag of a common word: Russian posts only",
    ),
    Labelled(
        "#UNESCO",
        _YUNESKO,
        "k9 hashtag of an organisation",
    ),
    Labelled(
        "#Kabul",
        _KABULE,
        "k9 hashtag of a city; Kabulov is a trap",
        absent=(
            "ru_trap_kabulov",
            "en_trap_kabulov",
        ),
    ),
    Labelled(
        "#Нил",
        _NIL,
        "k9 hashtag of a river; the monastery of St Nil is a trap",
        absent=(
            "ru_trap_nil_monastery",
            "en_trap_nile_rodgers",
        ),
    ),
    Labelled(
        "хафтар",
        _KHAFTAROM,
        "k9 lower-case surname",
    ),
    Labelled(
        "шараа",
        _ASH_SHARAA,
        "k9 lower-case surname",
    ),
    Labelled(
        "rosatom",
        _ROSATOM,
        "k9 lower-case organisation",
    ),
    Labelled(
        "юнеско",
        _YUNESKO,
        "k9 lower-case organisation",
    ),
    Labelled(
        "roscosmos",
        _ROSKOSMOS,
        "k9 lower-case organisation",
    ),
    Labelled(
        "вучич",
        _VUCHICHA,
        "k9 lower-case surname",
    ),
    Labelled(
        "фицо",
        (
            "ru_fico_beijing",
            "en_fico_beijing",
            "ru_fico_attempt_2024",
            "en_fico_attempt_2024",
            "en_fico_gas",
            "ru_fico_gas",
        ),
        "k9 lower-case surname",
    ),
    Labelled(
        "tartus",
        _TARTUSE,
        "k9 lower-case city",
    ),
    Labelled(
        "kabul",
        _KABULE,
        "k9 lower-case city; Kabulov is a trap",
        absent=(
            "ru_trap_kabulov",
            "en_trap_kabulov",
        ),
    ),
    Labelled(
        "бенгази",
        _BENGHAZI,
        "k9 lower-case city",
    ),
    Labelled(
        "rsf",
        _RSF,
        "k9 lower-case abbreviation; the press watchdog is a trap",
        absent=(
            "en_trap_rsf_press",
            "ru_trap_rsf_press",
        ),
    ),
    Labelled(
        "лихачёв",
        _LIKHACHEV,
        "k9 lower-case surname; the academician is a trap",
        absent=(
            "ru_trap_likhachev_academician",
            "en_trap_likhachev_academician",
        ),
    ),
    Labelled(
        "Хафтр",
        _KHAFTAROM,
        "k10 dropped letter in Хафтар",
    ),
    Labelled(
        "Hafter",
        _KHAFTAROM,
        "k10 e for a in Haftar",
    ),
    Labelled(
        "Мутаки",
        _MUTTAKI,
        "k10 single т in Муттаки",
    ),
    Labelled(
        "Mutaqqi",
        _MUTTAKI,
        "k10 doubled letters moved in Muttaqi",
    ),
    Labelled(
        "Тартуз",
        _TARTUSE,
        "k10 з for с in Тартус",
    ),
    Labelled(
        "Хмемим",
        _KHMEIMIM,
        "k10 dropped й in Хмеймим",
    ),
    Labelled(
        "Hmeimin",
        _KHMEIMIM,
        "k10 n for m in Hmeimim",
    ),
    Labelled(
        "Сиярто",
        _SIYYARTO,
        "k10 dropped й in Сийярто",
    ),
    Labelled(
        "Szijarto",
        _SIYYARTO,
        "k10 single j in Szijjarto",
    ),
    Labelled(
        "Vucich",
        _VUCHICHA,
        "k10 ch for c in Vucic",
    ),
    Labelled(
        "Токаеф",
        _TOKAEVYM,
        "k10 ф for в in Токаев",
    ),
    Labelled(
        "Мирзияев",
        _MIRZIEEVYM,
        "k10 я for ё in Мирзиёев",
    ),
    Labelled(
        "Khurelsuh",
        _KHURELSUKH,
        "k10 dropped k in Khurelsukh",
    ),
    Labelled(
        "Prabovo",
        _PRABOWO_SUBIANTO,
        "k10 v for w in Prabowo",
    ),
    Labelled(
        "Лихачов",
        _LIKHACHEV,
        "k10 о for ё in Лихачёв; the academician is a trap",
        absent=(
            "ru_trap_likhachev_academician",
            "en_trap_likhachev_academician",
        ),
    ),
    Labelled(
        "Bakanow",
        _BAKANOV,
        "k10 w for v in Bakanov; Ivan Bakanov is a trap",
        absent=(
            "ru_trap_ivan_bakanov",
            "en_trap_ivan_bakanov",
        ),
    ),
    Labelled(
        "Роскомос",
        _ROSKOSMOS,
        "k10 dropped с in Роскосмос",
    ),
    Labelled(
        "Rosatmo",
        _ROSATOM,
        "k10 swapped letters in Rosatom",
    ),
    Labelled(
        "Байконр",
        _BAYKONURA,
        "k10 dropped у in Байконур",
    ),
    Labelled(
        "Damscus",
        _DAMASKE,
        "k10 dropped a in Damascus; Damascus steel is a trap",
        absent=(
            "ru_trap_damask_steel",
            "en_trap_damascus_steel",
        ),
    ),
    Labelled(
        "Bosporous",
        _BOSFOR,
        "k10 misspelt Bosporus; the Eastern Bosphorus is a trap",
        absent=(
            "ru_trap_east_bosphorus",
            "en_trap_east_bosphorus",
        ),
    ),
    Labelled(
        "Улан-Батр",
        _ULAANBAATAR,
        "k10 dropped о in Улан-Батор",
    ),
    Labelled(
        "Benghazzi",
        _BENGHAZI,
        "k10 doubled z in Benghazi",
    ),
    Labelled(
        "Kobakidze",
        _KOBAKHIDZE,
        "k10 dropped h in Kobakhidze; the film director is a trap",
        absent=(
            "ru_trap_kobakhidze_film",
            "en_trap_kobakhidze_film",
        ),
    ),
    Labelled(
        "earthqake",
        _EARTHQUAKE,
        "k10 dropped u in earthquake: English posts",
    ),
    Labelled(
        "студетны",
        ("ru_syria_students",),
        "k10 swapped and dropped letters in студенты: Russian posts",
    ),
    Labelled(
        "Лихачев",
        _LIKHACHEV,
        "k11 Лихачёв typed with е; the academician is a trap",
        absent=(
            "ru_trap_likhachev_academician",
            "en_trap_likhachev_academician",
        ),
    ),
    Labelled(
        "Мирзиеев",
        _MIRZIEEVYM,
        "k11 Мирзиёев typed with е",
    ),
    Labelled(
        "партнерство",
        _STRATEGICHESKOE_PARTNERSTVO,
        "k11 партнёрство typed with е; партнёр and its derivatives count",
    ),
    Labelled(
        "полет",
        (
            "ru_soyuz_ms28",
            "ru_bakanov_baikonur",
        ),
        "k11 полёт typed with е (Полёт, полётов)",
    ),
    Labelled(
        "самолеты",
        ("ru_oneliner_hmeimim",),
        "k11 самолёты typed with е",
    ),
    Labelled(
        "вертолеты Хмеймим",
        ("ru_hmeimim_hashtag",),
        "k11 вертолёты with е + Hmeimim",
    ),
    Labelled(
        "консульский учет",
        ("ru_consular_sudan",),
        "k11 учёт typed with е + консульский",
    ),
    Labelled(
        "четвертого энергоблока",
        ("ru_akkuyu",),
        "k11 четвёртого typed with е + энергоблок",
    ),
    Labelled(
        "Мирзиеев АЭС",
        _MIRZIEEVYM,
        "k11 е for ё + АЭС, both languages",
    ),
    Labelled(
        "Хафтар Moscow",
        _HAFTAR_MOSCOW,
        "k11 mixed script: person and city",
    ),
    Labelled(
        "Lavrov Шейбани",
        _SHEYBANI,
        "k11 mixed script: two people",
    ),
    Labelled(
        "Rosatom Эфиопия",
        (
            "ru_ethiopia_npp",
            "en_ethiopia_npp",
        ),
        "k11 mixed script: organisation and country",
    ),
    Labelled(
        "Vucic Пекин",
        _VUCHICH_PEKIN,
        "k11 mixed script: person and city",
    ),
    Labelled(
        "Roscosmos Байконур",
        _ROSKOSMOS,
        "k11 mixed script: organisation and place",
    ),
    Labelled(
        "al-Sharaa Кремль",
        _ASH_SHARAA_V_KREMLE,
        "k11 mixed script: person and Kremlin",
    ),
    Labelled(
        "Tokayev Москва",
        (
            "en_tokayev_visit",
            "ru_tokayev_tass",
            "en_tokayev_arrival",
        ),
        "k11 mixed script: person and city",
    ),
    Labelled(
        "Taliban Москва",
        (
            "en_taliban_recognition",
            "en_muttaqi_welcomes",
            "ru_taliban_ban_lifted",
            "en_taliban_ban_lifted",
            "ru_moscow_format_2025",
            "en_moscow_format_2025",
            "en_oneliner_muttaqi",
            "ru_moscow_format_2024",
            "ru_trap_kabulov",
            "en_trap_kabulov",
            "en_moscow_format_2024",
        ),
        "k11 mixed script: organisation and city",
    ),
    Labelled(
        "UNESCO Пальмира",
        _PALMIRA,
        "k11 mixed script: organisation and place",
    ),
    Labelled(
        "Fico Пекин",
        (
            "ru_fico_beijing",
            "en_fico_beijing",
        ),
        "k11 mixed script: person and city",
    ),
    Labelled(
        "Prabowo ПМЭФ",
        _PMEF,
        "k11 mixed script: person and forum",
    ),
    Labelled(
        "МЧС Myanmar",
        _MCHS,
        "k11 mixed script: ministry and country",
    ),
    Labelled(
        "Rudenko Афганистан",
        (
            "ru_taliban_recognition",
            "en_taliban_recognition",
        ),
        "k11 mixed script: person and country",
    ),
    Labelled(
        "Likhachev Аккую",
        (
            "ru_akkuyu_likhachev",
            "en_akkuyu_likhachev",
        ),
        "k11 mixed script: person and plant",
    ),
    Labelled(
        "RSF Эль-Фашир",
        _EL_FASHER_RSF,
        "k11 mixed script: RSF and the city; the press watchdog is a trap",
        absent=(
            "en_trap_rsf_press",
            "ru_trap_rsf_press",
        ),
    ),
    Labelled(
        "Нил Ethiopia",
        _NIL,
        "k11 mixed script: river and country",
        absent=("ru_trap_nil_monastery",),
    ),
    Labelled(
        "Сийярто Paks",
        _PAKS_II,
        "k11 mixed script: person and plant",
    ),
    Labelled(
        "что сказал Лавров о Сирии",
        _CHTO_SKAZAL_LAVROV_O_SIRII,
        "k12 question: Lavrov + Syria",
    ),
    Labelled(
        "what did Lavrov say about Syria",
        _CHTO_SKAZAL_LAVROV_O_SIRII,
        "k12 question: Lavrov + Syria",
    ),
    Labelled(
        "кто такой аш-Шараа",
        _ASH_SHARAA,
        "k12 question about a person",
    ),
    Labelled(
        "who is al-Sharaa",
        _ASH_SHARAA,
        "k12 question about a person",
    ),
    Labelled(
        "где находится Хмеймим",
        _KHMEIMIM,
        "k12 question about a place",
    ),
    Labelled(
        "where is El Fasher",
        _EL_FASHIRE,
        "k12 question about a place",
    ),
    Labelled(
        "когда признали талибов",
        (
            "ru_taliban_recognition",
            "ru_muttaqi_welcomes",
            "ru_taliban_ban_lifted",
            "ru_trap_kabulov",
        ),
        "k12 question: признание + Taliban (Russian posts for the word)",
    ),
    Labelled(
        "when did Russia recognise the Taliban",
        (
            "en_taliban_recognition",
            "en_trap_kabulov",
        ),
        "k12 question: Russia + recognise + Taliban",
        first="en_taliban_recognition",
    ),
    Labelled(
        "что известно о базе в Порт-Судане",
        ("ru_port_sudan_base",),
        "k12 question: база + Port Sudan",
    ),
    Labelled(
        "what happened in El Fasher",
        _EL_FASHIRE,
        "k12 question about a place",
    ),
    Labelled(
        "сколько студентов из Сирии",
        ("ru_syria_students",),
        "k12 question: студенты + Syria",
    ),
    Labelled(
        "how many foreign students",
        ("en_students_quota",),
        "k12 question: foreign + students",
    ),
    Labelled(
        "что с АЭС в Казахстане",
        (
            "ru_kz_npp",
            "en_kz_npp",
        ),
        "k12 question: АЭС + Kazakhstan",
    ),
    Labelled(
        "what is the Caesar Act",
        ("en_caesar_act",),
        "k12 question: Caesar + Act",
    ),
    Labelled(
        "что случилось на Босфоре",
        _BOSFOR,
        "k12 question about the Bosporus; Vladivostok's strait is a trap",
        absent=(
            "ru_trap_east_bosphorus",
            "en_trap_east_bosphorus",
        ),
    ),
    Labelled(
        "who is Saddam Haftar",
        (
            "ru_saddam_haftar",
            "en_saddam_haftar",
        ),
        "k12 question about the son; the marshal alone is a trap",
        first="en_saddam_haftar",
        absent=(
            "ru_haftar_putin",
            "en_haftar_putin",
        ),
    ),
    Labelled(
        "кто глава Роскосмоса",
        ("ru_bakanov_baikonur",),
        "k12 question: глава + Roscosmos",
    ),
    Labelled(
        "who is the head of Roscosmos",
        ("en_bakanov",),
        "k12 question: head + Roscosmos",
    ),
    Labelled(
        "что Захарова говорила о Судане",
        (
            "ru_el_fasher_mid",
            "ru_zakharova_briefing_sep11",
            "en_zakharova_briefing_sep11",
            "en_el_fasher_mid",
        ),
        "k12 question: Zakharova + Sudan",
    ),
    Labelled(
        "what did Zakharova say about the Nile dam",
        ("en_zakharova_briefing_sep11",),
        "k12 question: Zakharova + Nile + dam",
    ),
    Labelled(
        "когда открыли плотину в Эфиопии",
        _PLOTINA_V_EFIOPII,
        "k12 question: плотина + Ethiopia",
    ),
    Labelled(
        "why is Egypt against the dam",
        _ETHIOPIA_DAM,
        "k12 question: Egypt + dam",
    ),
    Labelled(
        "что обсуждали Путин и Токаев",
        _12_NOYABRYA,
        "k12 question: Putin + Tokayev",
    ),
    Labelled(
        "did Vucic meet Putin in Beijing",
        _VUCHICH_PEKIN,
        "k12 question: Vučić + Putin + Beijing",
    ),
    Labelled(
        "где будут выборы в Мьянме",
        _VYBORY_V_MYANME,
        "k12 question: выборы + Myanmar",
    ),
    Labelled(
        "how many died in the Myanmar earthquake",
        _EARTHQUAKE,
        "k12 question: Myanmar + earthquake",
    ),
)

"""Twentieth labelled search set: officials by title and name across Russian and English.

About 210 posts in the style of official channels of 2025 (Russian MFA, Kremlin, government,
defence ministry, TASS, RIA, Interfax, UN News, Reuters/AP-style wires, Al Jazeera, Anadolu,
IRNA, BelTA, Kazinform, UzA, SCO/CIS/EAEU summits) and about 300 queries. Most stories exist
twice: a Russian post and an English one, worded independently. The focus is finding OFFICIALS
BY TITLE AND NAME and people whose names are spelled differently in the two languages: Лавров /
Lavrov, Захарова / Zakharova, Песков / Peskov, Ушаков / Ushakov, Небензя / Nebenzia, Шойгу /
Shoigu, Мишустин, Белоусов, Оверчук, Аракчи / Araghchi / Araqchi, Фидан, Эрдоган / Erdoğan,
Абдель Ати / Abdelatty, Фейсал бен Фархан / Faisal bin Farhan, Джайшанкар, Моди, Исхак Дар /
Ishaq Dar, Байрамов, Мирзоян, Нуртлеу, Саидов, Токаев, Мирзиёев / Mirziyoyev, Рахмон, Жапаров,
Лукашенко, Гутерреш / Guterres, Дюжаррик / Dujarric, Гросси, Рютте / Rutte, Каллас / Kallas,
Мерц / Merz, Макрон, Рубио, Уиткофф / Witkoff, Трамп / Trump, Лула / Lula, Рамафоса /
Ramaphosa, Абий Ахмед / Abiy Ahmed, Ильхам Алиев / Ilham Aliyev. Queries ("why" starts with the
kind): k1 a title with a surname or full name, in Russian («глава МИД Ирана Аракчи», «генсек
ООН Гутерреш») and in English ("Kremlin spokesman Peskov", "German Chancellor Merz"); k2 the
name alone; k3 declined Russian forms («Лаврову», «с Аракчи», «Мерцем», «Гутерреша»); k4
spelling variants a reader types («Гутерриш», «Мирзиеев», «Абдельати», "Araqchi", "Nebenzya",
"Sergei Lavrov", "Dmitri Peskov", «Рамафоза», «Виткофф», "Lukashenka"); k5 two people
together; k6 a name with an ordinary word (переговоры/talks, визит/visit, санкции/sanctions,
саммит/summit, разговор/phone, брифинг/briefing, заявление); k7 the namesakes themselves
(actor Кирилл Лавров, ballerina Svetlana Zakharova, Admiral Ushakov, Melania Trump, Trump
Tower, Heydar Aliyev, António Costa, Maria Callas, Dar es Salaam, Ricky Rubio ...); k8 lower
case and typos.

Written blind: without reading how the search works and without running it.

How it was labelled, from the post texts alone: for every query every post was scanned.
``expected`` holds every post that names every person the query names, in any grammatical
form, either script or language, any transliteration (initials glued to a surname, as in
«С.В.Лаврова», count). Titles in a query («министр», «пресс-секретарь Кремля», "Secretary of
State") only point at the person, so every post naming that person counts, whatever title it
uses or none. A post that mentions a person only by title («президент Казахстана» without
Токаев) does not name him and is left unlabelled. Ordinary words do not cross languages: k6
queries label only posts in the ordinary word's language that hold a form of that word
(«переговоров» counts for «переговоры», "talks" for "talks"; «разговор» is not «переговоры»,
«заявил» is not «заявление», "telephone" is not "phone") and leave the other language's version
of a story unlabelled. ``absent`` lists precision traps. Title and full-name queries must not
find namesakes: actor Кирилл Лавров, hockey player Иван Лавров, gymnast Ольга Пескова, Admiral
Фёдор Ушаков and the Ushakov medal, ballerina Светлана Захарова, Кужугет Шойгу, a schoolboy
chess player Мишустин, skater Людмила Белоусова, Siim Kallas and Maria Callas (Мария Каллас),
a Rutte bakery, Merz Therapeutics, Trump Tower and Melania Trump, chef Luca Grossi, Emine
Erdoğan, Dmitry Lukashenko, Akylbek Japarov, Saida Mirziyoyeva, Rustam Emomali, Zach Witkoff,
Ricky Rubio, Prince Faisal bin Salman, Ahmed al-Sharaa, Heydar Aliyev, António Costa (the
other «Антониу»). Bare surnames leave namesakes unlabelled but must not find homographs and
look-alike names: «лавровых листьев», «зыбучих песков», the Turkish word "fidan" (sapling),
Курбан-байрам, "modi operandi", «в дар» and Dar es Salaam, the composer Rahman for Rahmon,
Mirzoyan for Mirziyoyev and back.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_lavrov_araghchi_moscow": (
        (4, 18),
        "mid",
        "Переговоры С.В.Лаврова с Министром иностранных дел Ирана А.Аракчи\n\n18 апреля в Москве "
        "Министр иностранных дел Российской Федерации С.В.Лавров провёл переговоры с Министром "
        "иностранных дел Исламской Республики Иран А.Аракчи. Обсуждались ход ирано-американских "
        "консультаций по ядерной программе и выполнение Договора о всеобъемлющем стратегическом "
        "партнёрстве.\n\n#РоссияИран #Лавров",
    ),
    "en_lavrov_araghchi_moscow": (
        (4, 18),
        "tass",
        "Russian Foreign Minister Sergey Lavrov and his Iranian counterpart Abbas Araghchi met "
        "in Moscow on Friday. Araghchi briefed Lavrov on the indirect contacts with Washington "
        "over Tehran's nuclear programme, the Russian diplomat told reporters afterwards. "
        "#Russia #Iran",
    ),
    "ru_lavrov_fidan_antalya": (
        (4, 12),
        "tass",
        "Лавров и Фидан обсудили в Анталье украинское урегулирование\n\nГлава МИД России Сергей "
        "Лавров встретился с турецким коллегой Хаканом Фиданом на полях Анталийского "
        "дипломатического форума. Министры обсудили ситуацию на Украине, в Сирии и на Южном "
        "Кавказе. #АДФ2025",
    ),
    "en_lavrov_fidan_antalya": (
        (4, 12),
        "anadolu",
        "Turkish Foreign Minister Hakan Fidan hosted Russia's Sergei Lavrov on the sidelines of "
        "the Antalya Diplomacy Forum. The two ministers discussed Ukraine, Syria and the South "
        "Caucasus, diplomatic sources said. #ADF2025",
    ),
    "ru_zakharova_rutte_hague": (
        (6, 26),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с итогами "
        "саммита НАТО в Гааге\n\nГенсек альянса Марк Рютте вновь пугает европейцев «российской "
        "угрозой», чтобы оправдать повышение военных расходов до 5% ВВП. Милитаризация Европы не "
        "сделает её безопаснее.\n\n#НАТО #Захарова",
    ),
    "en_zakharova_rutte_hague": (
        (6, 26),
        "tass",
        "Russian Foreign Ministry spokeswoman Maria Zakharova said NATO Secretary General Mark "
        "Rutte was using the 'Russian threat' to justify raising military spending to 5% of GDP, "
        "commenting on the alliance's gathering in The Hague.",
    ),
    "ru_peskov_witkoff_visit": (
        (8, 5),
        "ria",
        "Песков подтвердил, что спецпосланник президента США Стив Уиткофф прилетит в Москву на "
        "этой неделе. «Контакты на высшем уровне не исключены», — сказал пресс-секретарь Кремля "
        "журналистам. #Кремль",
    ),
    "en_peskov_witkoff_visit": (
        (8, 5),
        "reuters",
        "Kremlin spokesman Dmitry Peskov confirmed that U.S. special envoy Steve Witkoff would "
        "visit Moscow this week and said a meeting with President Vladimir Putin could not be "
        "ruled out.",
    ),
    "ru_riyadh_talks": (
        (2, 18),
        "ria",
        "В Эр-Рияде завершились российско-американские переговоры. Российскую делегацию "
        "возглавили министр иностранных дел Сергей Лавров и помощник президента Юрий Ушаков, "
        "американскую — госсекретарь Марко Рубио, советник по национальной безопасности Майк "
        "Уолц и спецпосланник Стив Уиткофф. Принимающую сторону представлял глава МИД Саудовской "
        "Аравии Фейсал бен Фархан. #ЭрРияд",
    ),
    "en_riyadh_talks": (
        (2, 18),
        "ap",
        "Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov led their "
        "delegations at talks in Riyadh on Tuesday, joined by national security adviser Mike "
        "Waltz, envoy Steve Witkoff and Kremlin foreign policy aide Yuri Ushakov. Saudi Foreign "
        "Minister Prince Faisal bin Farhan welcomed the delegations at Diriyah Palace.",
    ),
    "ru_nebenzia_unsc_ukraine": (
        (2, 24),
        "un_mission",
        "Выступление Постоянного представителя России при ООН В.А.Небензи на заседании Совета "
        "Безопасности ООН по Украине\n\nВ.А.Небензя призвал членов Совета устранить коренные "
        "причины конфликта и поддержать американский проект резолюции. #ООН #СБ_ООН",
    ),
    "en_nebenzia_unsc_ukraine": (
        (2, 24),
        "un",
        "Russia's Permanent Representative Vassily Nebenzia told the Security Council that any "
        "settlement must address the root causes of the conflict. The Council adopted a short "
        "United States-drafted resolution calling for a swift end to the war.",
    ),
    "ru_shoigu_wangyi_beijing": (
        (2, 11),
        "interfax",
        "Секретарь Совета безопасности России Сергей Шойгу провёл в Пекине переговоры с членом "
        "Политбюро ЦК КПК, министром иностранных дел КНР Ван И. Стороны обсудили стратегическое "
        "взаимодействие в сфере безопасности.",
    ),
    "en_shoigu_wangyi_beijing": (
        (2, 11),
        "xinhua",
        "Chinese Foreign Minister Wang Yi met Russian Security Council Secretary Sergei Shoigu "
        "in Beijing, with the two sides discussing strategic security cooperation ahead of Xi "
        "Jinping's state visit to Russia.",
    ),
    "ru_mishustin_lukashenko_minsk": (
        (4, 11),
        "gov",
        "Михаил Мишустин принял участие в заседании Евразийского межправительственного совета в "
        "Минске. Перед началом заседания Александр Лукашенко встретился с главами правительств "
        "стран ЕАЭС. #ЕМПС",
    ),
    "en_mishustin_lukashenko_minsk": (
        (4, 11),
        "belta",
        "Belarusian President Alexander Lukashenko received the heads of government of the "
        "Eurasian Economic Union in Minsk, including Russian Prime Minister Mikhail Mishustin, "
        "ahead of the Eurasian Intergovernmental Council.",
    ),
    "ru_belousov_qingdao": (
        (6, 26),
        "mil",
        "Министр обороны России Андрей Белоусов принял участие в совещании министров обороны "
        "государств — членов ШОС в Циндао и провёл двустороннюю встречу с министром национальной "
        "обороны КНР Дун Цзюнем. #Минобороны",
    ),
    "en_belousov_qingdao": (
        (6, 26),
        "reuters",
        "Russian Defence Minister Andrei Belousov met his Chinese counterpart Dong Jun in "
        "Qingdao on the sidelines of an SCO defence ministers' meeting, the Russian defence "
        "ministry said.",
    ),
    "ru_overchuk_eaeu_iran": (
        (5, 15),
        "interfax",
        "Вице-премьер Алексей Оверчук: соглашение о свободной торговле между ЕАЭС и Ираном "
        "вступило в силу 15 мая. По его словам, пошлины будут обнулены почти на 90% товарной "
        "номенклатуры.",
    ),
    "en_overchuk_eaeu_iran": (
        (5, 15),
        "irna",
        "The free trade agreement between Iran and the Eurasian Economic Union took effect on "
        "May 15, Russian Deputy Prime Minister Alexei Overchuk said, adding that tariffs will be "
        "removed on nearly 90% of goods.",
    ),
    "ru_putin_erdogan_call": (
        (3, 14),
        "kremlin",
        "Телефонный разговор с Президентом Турции Реджепом Тайипом Эрдоганом\n\nВладимир Путин и "
        "Р.Т.Эрдоган обсудили ситуацию в Сирии и перспективы возобновления прямых "
        "российско-украинских переговоров в Стамбуле. Турецкая сторона подтвердила готовность "
        "предоставить площадку. #Кремль",
    ),
    "en_putin_erdogan_call": (
        (3, 14),
        "anadolu",
        "President Recep Tayyip Erdoğan spoke by phone with Russian President Vladimir Putin, "
        "discussing Syria and the resumption of direct Russia-Ukraine talks in Istanbul, "
        "Türkiye's Communications Directorate said.",
    ),
    "ru_lavrov_abdelatty_call": (
        (3, 6),
        "mid",
        "О телефонном разговоре С.В.Лаврова с Министром иностранных дел и по делам эмигрантов "
        "Египта Б.Абдель Ати\n\nМинистры обсудили египетский план восстановления сектора Газа и "
        "подготовку к визиту египетского министра в Москву. #РоссияЕгипет",
    ),
    "en_lavrov_abdelatty_call": (
        (3, 6),
        "ahram",
        "Egypt's Foreign Minister Badr Abdelatty and Russian Foreign Minister Sergey Lavrov "
        "discussed by phone the Arab plan for Gaza's reconstruction, the Egyptian foreign "
        "ministry said.",
    ),
    "ru_lavrov_faisal_call": (
        (6, 16),
        "mid",
        "Состоялся телефонный разговор Министра иностранных дел России С.В.Лаврова с Министром "
        "иностранных дел Королевства Саудовская Аравия принцем Фейсалом бен Фарханом Аль Саудом. "
        "Обсуждалась эскалация вокруг Ирана.",
    ),
    "en_lavrov_faisal_call": (
        (6, 16),
        "arabnews",
        "Saudi Foreign Minister Prince Faisal bin Farhan received a phone call from Russian "
        "Foreign Minister Sergei Lavrov. They reviewed the escalation between Israel and Iran "
        "and efforts to contain it.",
    ),
    "ru_lavrov_jaishankar_moscow": (
        (8, 21),
        "mid",
        "Переговоры С.В.Лаврова с Министром иностранных дел Индии С.Джайшанкаром\n\nМинистры "
        "подготовили визит Президента России в Индию и обсудили расчёты в национальных валютах. "
        "#РоссияИндия",
    ),
    "en_lavrov_jaishankar_moscow": (
        (8, 21),
        "ani",
        "External Affairs Minister S. Jaishankar held talks with Foreign Minister Sergey Lavrov "
        "in Moscow on Thursday, saying India and Russia must keep trade balanced and find ways "
        "around sanctions on payments. #IndiaRussia",
    ),
    "ru_putin_modi_tianjin": (
        (9, 1),
        "kremlin",
        "Владимир Путин и Нарендра Моди проехали вместе на одном автомобиле от места проведения "
        "саммита ШОС в Тяньцзине до гостиницы, где прошли их переговоры. #ШОС #Путин #Моди",
    ),
    "en_putin_modi_tianjin": (
        (9, 1),
        "news",
        "Prime Minister Narendra Modi and President Vladimir Putin shared a car ride after the "
        "SCO summit in Tianjin, then held talks for nearly an hour. 'Conversations with him are "
        "always insightful,' Modi wrote.",
    ),
    "ru_lavrov_dar_tianjin": (
        (7, 15),
        "tass",
        "Лавров на полях СМИД ШОС в Тяньцзине провёл встречу с вице-премьером, министром "
        "иностранных дел Пакистана Исхаком Даром. Стороны обсудили ситуацию в Афганистане. #ШОС",
    ),
    "en_lavrov_dar_tianjin": (
        (7, 15),
        "app",
        "Deputy Prime Minister and Foreign Minister Ishaq Dar met Russian Foreign Minister "
        "Sergey Lavrov in Tianjin on the margins of the SCO Council of Foreign Ministers, "
        "discussing Afghanistan and regional connectivity.",
    ),
    "ru_washington_declaration": (
        (8, 8),
        "ria",
        "В Белом доме президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол "
        "Пашинян в присутствии Дональда Трампа подписали совместную декларацию. Министры "
        "иностранных дел Джейхун Байрамов и Арарат Мирзоян парафировали текст мирного соглашения.",
    ),
    "en_washington_declaration": (
        (8, 8),
        "ap",
        "At the White House, President Donald Trump hosted Azerbaijan's President Ilham Aliyev "
        "and Armenian Prime Minister Nikol Pashinyan, whose foreign ministers, Jeyhun Bayramov "
        "and Ararat Mirzoyan, initialed a peace agreement. Secretary of State Marco Rubio "
        "attended the ceremony.",
    ),
    "ru_lavrov_nurtleu_moscow": (
        (4, 3),
        "mid",
        "Министр иностранных дел России С.В.Лавров провёл переговоры с заместителем "
        "Премьер-министра – Министром иностранных дел Республики Казахстан М.А.Нуртлеу. "
        "Обсуждены подготовка предстоящих контактов на высшем уровне и координация в ОДКБ и СНГ.",
    ),
    "en_lavrov_nurtleu_moscow": (
        (4, 3),
        "kazinform",
        "Deputy Prime Minister and Foreign Minister Murat Nurtleu held talks with Russian "
        "Foreign Minister Sergei Lavrov in Moscow, the Kazakh foreign ministry said. The sides "
        "discussed high-level contacts and cooperation within the CSTO and the CIS.",
    ),
    "ru_lavrov_saidov_cis": (
        (4, 11),
        "mid",
        "На полях заседания Совета министров иностранных дел СНГ С.В.Лавров встретился с "
        "Министром иностранных дел Узбекистана Б.А.Саидовым. #СНГ",
    ),
    "en_lavrov_saidov_cis": (
        (4, 11),
        "uza",
        "Uzbek Foreign Minister Bakhtiyor Saidov met Russian Foreign Minister Sergey Lavrov on "
        "the sidelines of the CIS Council of Foreign Ministers and discussed preparations for "
        "upcoming summits.",
    ),
    "ru_putin_tokayev_call": (
        (6, 12),
        "kremlin",
        "Состоялся телефонный разговор Владимира Путина с Президентом Казахстана Касым-Жомартом "
        "Токаевым. Касым-Жомарт Кемелевич поздравил российского коллегу с Днём России.",
    ),
    "en_putin_tokayev_call": (
        (6, 12),
        "akorda",
        "President Kassym-Jomart Tokayev congratulated Vladimir Putin on Russia Day during a "
        "phone call and discussed the agenda of bilateral cooperation, Akorda said.",
    ),
    "ru_mishustin_mirziyoyev_tashkent": (
        (5, 20),
        "gov",
        "Президент Узбекистана Шавкат Мирзиёев принял в Ташкенте Председателя Правительства "
        "России Михаила Мишустина. Обсуждены энергетика, промышленная кооперация и строительство "
        "АЭС малой мощности.",
    ),
    "en_mishustin_mirziyoyev_tashkent": (
        (5, 20),
        "uza",
        "President Shavkat Mirziyoyev received Russian Prime Minister Mikhail Mishustin in "
        "Tashkent to discuss energy, industrial cooperation and a small nuclear power plant "
        "project.",
    ),
    "ru_cis_summit_dushanbe": (
        (10, 10),
        "kremlin",
        "В Душанбе прошло заседание Совета глав государств СНГ. Президент Таджикистана Эмомали "
        "Рахмон принимал Владимира Путина, Александра Лукашенко, Касым-Жомарта Токаева, Шавката "
        "Мирзиёева и Садыра Жапарова. #СНГ",
    ),
    "en_cis_summit_dushanbe": (
        (10, 10),
        "news",
        "Tajik President Emomali Rahmon hosted the CIS summit in Dushanbe, attended by Vladimir "
        "Putin, Alexander Lukashenko, Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Sadyr "
        "Japarov. #CIS",
    ),
    "ru_eaeu_minsk": (
        (6, 26),
        "eaeu",
        "Александр Лукашенко открыл заседание Высшего Евразийского экономического совета в "
        "Минске. В нём участвуют Владимир Путин, Касым-Жомарт Токаев, Садыр Жапаров и Никол "
        "Пашинян. #ЕАЭС",
    ),
    "en_eaeu_minsk": (
        (6, 26),
        "eaeu",
        "Belarusian leader Alexander Lukashenko opened the Supreme Eurasian Economic Council in "
        "Minsk with Vladimir Putin, Kassym-Jomart Tokayev and Sadyr Japarov; Armenia's Nikol "
        "Pashinyan joined them. #EAEU",
    ),
    "ru_lukashenko_shoigu_minsk": (
        (5, 22),
        "belta",
        "Александр Лукашенко принял в Минске секретаря Совета безопасности России Сергея Шойгу. "
        "Обсуждались размещение «Орешника» и совместные учения «Запад-2025».",
    ),
    "en_lukashenko_shoigu_minsk": (
        (5, 22),
        "belta",
        "Alexander Lukashenko received Russian Security Council Secretary Sergei Shoigu in Minsk "
        "to discuss the Oreshnik deployment and the Zapad-2025 joint exercises, BelTA reported.",
    ),
    "ru_guterres_dujarric_gaza": (
        (3, 19),
        "un",
        "Генеральный секретарь ООН Антониу Гутерреш призвал к немедленному прекращению огня в "
        "Газе, сообщил его официальный представитель Стефан Дюжаррик на брифинге в Нью-Йорке. "
        "#ООН",
    ),
    "en_guterres_dujarric_gaza": (
        (3, 19),
        "un",
        "Secretary-General António Guterres renewed his call for an immediate ceasefire in Gaza, "
        "his spokesperson Stéphane Dujarric told reporters at the daily noon briefing.",
    ),
    "ru_grossi_zaporozhye": (
        (5, 14),
        "ria",
        "Генеральный директор МАГАТЭ Рафаэль Гросси посетил Запорожскую АЭС. По словам главы "
        "агентства, ситуация на станции остаётся нестабильной. #МАГАТЭ #ЗАЭС",
    ),
    "en_grossi_zaporizhzhia": (
        (5, 14),
        "reuters",
        "IAEA Director General Rafael Grossi crossed the front line to visit the Zaporizhzhia "
        "nuclear plant and said the situation there remained fragile.",
    ),
    "ru_araghchi_grossi_cairo": (
        (9, 9),
        "tass",
        "Аракчи и Гросси подписали в Каире документ о порядке возобновления сотрудничества Ирана "
        "с МАГАТЭ. Церемонию провёл глава МИД Египта Бадр Абдель Ати.",
    ),
    "en_araghchi_grossi_cairo": (
        (9, 9),
        "aljazeera",
        "Iran's Foreign Minister Abbas Araghchi and IAEA chief Rafael Grossi signed an agreement "
        "in Cairo on resuming inspections, at a ceremony hosted by Egyptian Foreign Minister "
        "Badr Abdelatty.",
    ),
    "ru_nato_hague_rutte_trump": (
        (6, 25),
        "tass",
        "Генсек НАТО Марк Рютте на саммите в Гааге назвал Дональда Трампа «папочкой», который "
        "навёл порядок в альянсе. Союзники договорились поднять оборонные расходы до 5% ВВП к "
        "2035 году.",
    ),
    "en_nato_hague_rutte_trump": (
        (6, 25),
        "ap",
        "NATO Secretary-General Mark Rutte hosted President Donald Trump at the Hague summit, "
        "where allies agreed to raise defence spending to 5% of GDP by 2035.",
    ),
    "ru_kallas_18th_package": (
        (7, 18),
        "ria",
        "Глава евродипломатии Кая Каллас заявила, что 18-й пакет санкций против России — один из "
        "самых жёстких. Пакет утверждён после того, как Словакия сняла вето.",
    ),
    "en_kallas_18th_package": (
        (7, 18),
        "reuters",
        "EU foreign policy chief Kaja Kallas said the 18th sanctions package against Russia was "
        "one of the toughest to date, after Slovakia lifted its veto.",
    ),
    "ru_merz_macron_paris": (
        (5, 7),
        "news",
        "Новый канцлер ФРГ Фридрих Мерц в первый же день в должности прибыл в Париж, где провёл "
        "переговоры с президентом Франции Эмманюэлем Макроном.",
    ),
    "en_merz_macron_paris": (
        (5, 7),
        "reuters",
        "Friedrich Merz travelled to Paris for talks with French President Emmanuel Macron on "
        "his first full day as German chancellor.",
    ),
    "ru_peskov_merz_range": (
        (5, 27),
        "ria",
        "В Кремле прокомментировали слова Фридриха Мерца о снятии ограничений на дальность "
        "ударов. Дмитрий Песков назвал такое решение «достаточно опасным». #Песков",
    ),
    "en_peskov_merz_range": (
        (5, 27),
        "tass",
        "Dmitry Peskov said Chancellor Friedrich Merz's remarks on lifting range restrictions "
        "for weapons supplied to Kyiv were 'rather dangerous'.",
    ),
    "ru_lavrov_rubio_kuala_lumpur": (
        (7, 10),
        "mid",
        "Встреча С.В.Лаврова с Государственным секретарём США М.Рубио\n\nНа полях министерских "
        "мероприятий АСЕАН в Куала-Лумпуре министры обсудили украинское урегулирование и "
        "двусторонние раздражители. #Лавров #Рубио",
    ),
    "en_lavrov_rubio_kuala_lumpur": (
        (7, 10),
        "ap",
        "Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov in Kuala "
        "Lumpur and described the talks as 'frank', saying he had conveyed Trump's "
        "disappointment at the lack of progress.",
    ),
    "ru_putin_witkoff_kremlin": (
        (8, 6),
        "kremlin",
        "Владимир Путин принял в Кремле специального посланника Президента США Стивена Уиткоффа. "
        "Как сообщил помощник Президента Юрий Ушаков, стороны обменялись сигналами по украинской "
        "тематике. #Кремль",
    ),
    "en_putin_witkoff_kremlin": (
        (8, 6),
        "reuters",
        "Vladimir Putin met U.S. envoy Steve Witkoff in the Kremlin for about three hours. "
        "Kremlin aide Yuri Ushakov called the conversation 'useful and constructive'.",
    ),
    "ru_alaska_summit": (
        (8, 15),
        "ria",
        "Встреча Владимира Путина и Дональда Трампа на Аляске. В российскую делегацию вошли "
        "Сергей Лавров, Юрий Ушаков, Андрей Белоусов, Антон Силуанов и Кирилл Дмитриев. С "
        "американской стороны — Марко Рубио и Стив Уиткофф. #Аляска",
    ),
    "en_alaska_summit": (
        (8, 15),
        "ap",
        "President Donald Trump and Vladimir Putin met at a military base in Anchorage, Alaska. "
        "Sergei Lavrov and Yuri Ushakov joined Putin, while Marco Rubio and Steve Witkoff sat "
        "with Trump.",
    ),
    "ru_brics_rio": (
        (7, 6),
        "tass",
        "Саммит БРИКС в Рио-де-Жанейро открыл президент Бразилии Луис Инасиу Лула да Силва. "
        "Россию представляет министр иностранных дел Сергей Лавров; в саммите участвуют Нарендра "
        "Моди, Сирил Рамафоса и премьер Эфиопии Абий Ахмед. #БРИКС",
    ),
    "en_brics_rio": (
        (7, 6),
        "news",
        "Brazil's President Luiz Inácio Lula da Silva opened the BRICS summit in Rio de Janeiro. "
        "Prime Minister Narendra Modi, President Cyril Ramaphosa and Ethiopia's Abiy Ahmed "
        "attended; Russia was represented by Foreign Minister Sergey Lavrov. #BRICS",
    ),
    "ru_putin_ramaphosa_call": (
        (8, 12),
        "kremlin",
        "Телефонный разговор с Президентом ЮАР Сирилом Рамафосой. Владимир Путин проинформировал "
        "собеседника о ходе переговоров с американской стороной.",
    ),
    "en_putin_ramaphosa_call": (
        (8, 12),
        "sanews",
        "President Cyril Ramaphosa had a phone conversation with Russian President Vladimir "
        "Putin, who briefed him on talks with the United States.",
    ),
    "ru_abiy_gerd": (
        (9, 9),
        "news",
        "Премьер-министр Эфиопии Абий Ахмед открыл Великую эфиопскую плотину «Возрождение» на "
        "Голубом Ниле. Каир по-прежнему выражает обеспокоенность.",
    ),
    "en_abiy_gerd": (
        (9, 9),
        "aljazeera",
        "Ethiopian Prime Minister Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam, "
        "calling it 'a blessing' for the region as Cairo voiced concern.",
    ),
    "ru_zakharova_kallas": (
        (5, 12),
        "mid",
        "Мария Захарова о заявлении Каи Каллас о роли России и Китая во Второй мировой войне: "
        "«Это не невежество, это стратегия». #Захарова",
    ),
    "en_zakharova_kallas": (
        (5, 12),
        "tass",
        "Maria Zakharova ridiculed EU top diplomat Kaja Kallas over her remarks about the role "
        "of Russia and China in World War II, calling them 'not ignorance but a strategy'.",
    ),
    "ru_nebenzia_letter_guterres": (
        (3, 27),
        "un_mission",
        "Постпред РФ при ООН Василий Небензя направил письмо Генеральному секретарю ООН Антониу "
        "Гутеррешу с данными об ударах по гражданской инфраструктуре в Курской области.",
    ),
    "en_nebenzia_letter_guterres": (
        (3, 27),
        "tass",
        "Russian UN Ambassador Vassily Nebenzia sent a letter to UN Secretary-General Antonio "
        "Guterres detailing strikes on civilian infrastructure in the Kursk region.",
    ),
    "ru_istanbul_talks": (
        (5, 16),
        "ria",
        "В Стамбуле прошли прямые российско-украинские переговоры. Глава МИД Турции Хакан Фидан "
        "открыл встречу, передав приветствие президента Реджепа Тайипа Эрдогана. Российскую "
        "делегацию возглавил Владимир Мединский.",
    ),
    "en_istanbul_talks": (
        (5, 16),
        "anadolu",
        "Foreign Minister Hakan Fidan opened the direct Russia-Ukraine talks at Dolmabahce "
        "Palace, conveying President Recep Tayyip Erdogan's greetings. Vladimir Medinsky led the "
        "Russian delegation.",
    ),
    "ru_shoigu_security_meeting": (
        (5, 27),
        "interfax",
        "Сергей Шойгу открыл в Москве Международную встречу высоких представителей, курирующих "
        "вопросы безопасности. В ней участвуют делегации более 100 государств.",
    ),
    "en_shoigu_security_meeting": (
        (5, 27),
        "tass",
        "Security Council Secretary Sergei Shoigu opened an international meeting of "
        "high-ranking security officials in Moscow attended by delegations from more than 100 "
        "countries.",
    ),
    "ru_mishustin_duma_report": (
        (3, 26),
        "gov",
        "Председатель Правительства Михаил Мишустин выступил в Государственной думе с ежегодным "
        "отчётом. Экономика выдержала давление западных санкций, а безработица остаётся на "
        "историческом минимуме. #Правительство",
    ),
    "en_mishustin_duma_report": (
        (3, 26),
        "tass",
        "Prime Minister Mikhail Mishustin delivered the government's annual report to the State "
        "Duma, saying the economy had withstood sanctions pressure and unemployment remained at "
        "a record low.",
    ),
    "ru_belousov_board_putin": (
        (12, 16),
        "mil",
        "Министр обороны Андрей Белоусов провёл расширенное заседание коллегии Минобороны. В "
        "работе коллегии принял участие Владимир Путин.",
    ),
    "en_belousov_board_putin": (
        (12, 16),
        "tass",
        "Defence Minister Andrei Belousov chaired an expanded board meeting of the Defence "
        "Ministry attended by President Vladimir Putin.",
    ),
    "ru_araghchi_iaea_suspend": (
        (7, 2),
        "irna_ru",
        "Глава МИД Ирана Аббас Аракчи заявил, что Тегеран приостанавливает сотрудничество с "
        "МАГАТЭ, и обвинил Рафаэля Гросси в предвзятости.",
    ),
    "en_araqchi_iaea_suspend": (
        (7, 2),
        "tehrantimes",
        "Foreign Minister Seyed Abbas Araqchi said Iran was suspending cooperation with the IAEA "
        "and accused Director General Rafael Grossi of bias.",
    ),
    "ru_fidan_erdogan_host": (
        (6, 2),
        "anadolu_ru",
        "Хакан Фидан: президент Эрдоган готов принять в Турции встречу Путина и Зеленского.",
    ),
    "en_fidan_erdogan_host": (
        (6, 2),
        "anadolu",
        "Turkish Foreign Minister Hakan Fidan said President Erdogan was ready to host a meeting "
        "between Vladimir Putin and Volodymyr Zelensky.",
    ),
    "ru_jaishankar_rubio_quad": (
        (7, 1),
        "news",
        "Министр иностранных дел Индии Субраманьям Джайшанкар провёл в Вашингтоне переговоры с "
        "госсекретарём США Марко Рубио на полях встречи министров «четвёрки».",
    ),
    "en_jaishankar_rubio_quad": (
        (7, 1),
        "news",
        "External Affairs Minister Subrahmanyam Jaishankar met Secretary of State Marco Rubio in "
        "Washington ahead of the Quad foreign ministers' meeting.",
    ),
    "ru_modi_trump_tariffs": (
        (8, 27),
        "interfax",
        "В силу вступили 50-процентные пошлины Дональда Трампа на индийские товары. Нарендра "
        "Моди пообещал защищать интересы фермеров.",
    ),
    "en_modi_trump_tariffs": (
        (8, 27),
        "reuters",
        "Donald Trump's 50% tariffs on Indian goods took effect; Prime Minister Narendra Modi "
        "vowed to protect farmers' interests.",
    ),
    "ru_dar_ceasefire": (
        (5, 10),
        "news",
        "Вице-премьер Пакистана Исхак Дар заявил о готовности Исламабада соблюдать режим "
        "прекращения огня с Индией.",
    ),
    "en_dar_ceasefire": (
        (5, 10),
        "app",
        "Pakistan's Deputy Prime Minister Ishaq Dar said Islamabad would abide by the ceasefire "
        "with India.",
    ),
    "ru_lavrov_bayramov_call": (
        (7, 4),
        "mid",
        "Телефонный разговор С.В.Лаврова с Министром иностранных дел Азербайджана Д.Байрамовым. "
        "Министры обсудили ситуацию вокруг задержания граждан двух стран.",
    ),
    "en_lavrov_bayramov_call": (
        (7, 4),
        "apa",
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Russian Foreign Minister Sergey Lavrov "
        "discussed by phone the detention of citizens of the two countries.",
    ),
    "ru_mirzoyan_rubio": (
        (9, 18),
        "armenpress",
        "Глава МИД Армении Арарат Мирзоян встретился в Вашингтоне с госсекретарём США Марко "
        "Рубио. Обсуждена реализация договорённостей, достигнутых 8 августа в Белом доме.",
    ),
    "en_mirzoyan_rubio": (
        (9, 18),
        "armenpress",
        "Armenian Foreign Minister Ararat Mirzoyan met Secretary of State Marco Rubio in "
        "Washington to discuss implementing the agreements reached at the White House on August "
        "8.",
    ),
    "ru_tokayev_mirziyoyev_astana": (
        (11, 4),
        "akorda",
        "Касым-Жомарт Токаев и Шавкат Мирзиёев провели переговоры в Астане и подписали "
        "соглашения по водным и энергетическим вопросам.",
    ),
    "en_tokayev_mirziyoyev_astana": (
        (11, 4),
        "kazinform",
        "Kassym-Jomart Tokayev and Shavkat Mirziyoyev held talks in Astana during a state visit, "
        "signing agreements on water and energy.",
    ),
    "ru_rahmon_japarov_border": (
        (3, 13),
        "news",
        "Эмомали Рахмон и Садыр Жапаров подписали в Бишкеке договор о государственной границе "
        "между Таджикистаном и Киргизией.",
    ),
    "en_rahmon_japarov_border": (
        (3, 13),
        "news",
        "Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed a treaty in "
        "Bishkek finalising the border between their countries.",
    ),
    "ru_lukashenko_kellogg": (
        (6, 21),
        "belta",
        "Александр Лукашенко принял в Минске спецпосланника США Кита Келлога. Белорусский лидер "
        "попросил передать привет Дональду Трампу.",
    ),
    "en_lukashenko_kellogg": (
        (6, 21),
        "belta",
        "Alexander Lukashenko received U.S. envoy Keith Kellogg in Minsk and asked him to pass "
        "his regards to Donald Trump.",
    ),
    "ru_guterres_macron_nice": (
        (6, 9),
        "un",
        "В Ницце открылась Конференция ООН по океану. Выступили президент Франции Эмманюэль "
        "Макрон и Генеральный секретарь ООН Антониу Гутерреш.",
    ),
    "en_guterres_macron_nice": (
        (6, 9),
        "un",
        "The UN Ocean Conference opened in Nice with speeches by French President Emmanuel "
        "Macron and Secretary-General António Guterres.",
    ),
    "ru_dujarric_aid_gaza": (
        (7, 22),
        "un",
        "Официальный представитель ООН Стефан Дюжаррик заявил, что гуманитарные конвои в Газу "
        "по-прежнему задерживаются на пропускных пунктах.",
    ),
    "en_dujarric_aid_gaza": (
        (7, 22),
        "un",
        "UN spokesperson Stephane Dujarric said aid convoys to Gaza were still being held up at "
        "crossings.",
    ),
    "ru_merz_trump_white_house": (
        (6, 5),
        "news",
        "Фридрих Мерц провёл первую встречу с Дональдом Трампом в Белом доме. Канцлер подарил "
        "хозяину Овального кабинета свидетельство о рождении его деда.",
    ),
    "en_merz_trump_white_house": (
        (6, 5),
        "reuters",
        "German Chancellor Friedrich Merz met President Donald Trump at the White House and gave "
        "him a framed birth certificate of Trump's grandfather.",
    ),
    "ru_kallas_rubio_call": (
        (3, 4),
        "news",
        "Кая Каллас провела телефонный разговор с Марко Рубио, обсудив новые санкции против "
        "России.",
    ),
    "en_kallas_rubio_call": (
        (3, 4),
        "eeas",
        "Kaja Kallas spoke with Marco Rubio about further sanctions on Russia, the EU's External "
        "Action Service said.",
    ),
    "ru_lavrov_guterres_unga": (
        (9, 26),
        "mid",
        "С.В.Лавров встретился в Нью-Йорке с Генеральным секретарём ООН А.Гутеррешем на полях "
        "80-й сессии Генассамблеи. #ГА_ООН",
    ),
    "en_lavrov_guterres_unga": (
        (9, 26),
        "un",
        "Secretary-General António Guterres met Russian Foreign Minister Sergey Lavrov on the "
        "sidelines of the 80th session of the General Assembly.",
    ),
    "ru_ushakov_sco_schedule": (
        (8, 28),
        "ria",
        "Помощник президента Юрий Ушаков рассказал журналистам о графике Путина на саммите ШОС: "
        "запланировано около десяти двусторонних встреч.",
    ),
    "en_ushakov_sco_schedule": (
        (8, 28),
        "tass",
        "Kremlin aide Yuri Ushakov said Putin would hold about ten bilateral meetings at the SCO "
        "summit.",
    ),
    "ru_zakharova_macron": (
        (3, 6),
        "mid",
        "Мария Захарова ответила Эмманюэлю Макрону на слова о «российской угрозе»: французский "
        "лидер запугивает собственных граждан.",
    ),
    "en_zakharova_macron": (
        (3, 6),
        "tass",
        "Maria Zakharova hit back at Emmanuel Macron's remarks about a 'Russian threat', saying "
        "the French leader was frightening his own citizens.",
    ),
    "ru_putin_lula_call": (
        (8, 8),
        "kremlin",
        "Владимир Путин провёл телефонный разговор с Луисом Инасиу Лулой да Силвой. Бразильский "
        "лидер поддержал диалог между Россией и США.",
    ),
    "en_putin_lula_call": (
        (8, 8),
        "agenciabrasil",
        "Lula da Silva spoke with Vladimir Putin by phone, and the Brazilian president expressed "
        "support for dialogue between Russia and the United States.",
    ),
    "ru_ramaphosa_g20": (
        (11, 22),
        "tass",
        "Сирил Рамафоса открыл в Йоханнесбурге первый саммит «Группы двадцати» на африканском "
        "континенте.",
    ),
    "en_ramaphosa_g20": (
        (11, 22),
        "sanews",
        "Cyril Ramaphosa opened the first G20 leaders' summit on African soil in Johannesburg.",
    ),
    "ru_araghchi_faisal_jeddah": (
        (4, 17),
        "irna_ru",
        "Аббас Аракчи провёл в Джидде переговоры с министром иностранных дел Саудовской Аравии "
        "Фейсалом бен Фарханом.",
    ),
    "en_araghchi_faisal_jeddah": (
        (4, 17),
        "irna",
        "Iran's Abbas Araghchi held talks in Jeddah with Saudi Foreign Minister Prince Faisal "
        "bin Farhan on regional security.",
    ),
    "ru_abdelatty_fidan_ankara": (
        (2, 4),
        "news",
        "Бадр Абдель Ати и Хакан Фидан обсудили в Анкаре ситуацию в Газе и Ливии.",
    ),
    "en_abdelatty_fidan_ankara": (
        (2, 4),
        "anadolu",
        "Egyptian Foreign Minister Badr Abdelatty and Turkish Foreign Minister Hakan Fidan "
        "discussed Gaza and Libya in Ankara.",
    ),
    "ru_lavrov_press_conference": (
        (1, 14),
        "mid",
        "Большая пресс-конференция С.В.Лаврова по итогам 2024 года. Министр сказал, что Москва "
        "готова к контактам с администрацией Дональда Трампа, но ждёт конкретных предложений. "
        "#Лавров",
    ),
    "en_lavrov_press_conference": (
        (1, 14),
        "tass",
        "Sergey Lavrov, at his annual news conference, said Moscow was open to contacts with "
        "Donald Trump's administration but was waiting for specific proposals.",
    ),
    "ru_zakharova_briefing_dprk": (
        (7, 9),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой\n\nОсновные темы: визит "
        "Министра иностранных дел России С.В.Лаврова в КНДР, ситуация в Армении, новые санкции "
        "ЕС. #брифинг",
    ),
    "en_zakharova_briefing_dprk": (
        (7, 9),
        "tass",
        "At her weekly briefing, Foreign Ministry spokeswoman Maria Zakharova announced Sergey "
        "Lavrov's upcoming visit to North Korea and criticised the latest EU sanctions.",
    ),
    "ru_peskov_trump_sanctions": (
        (7, 15),
        "ria",
        "Пресс-секретарь президента России Дмитрий Песков: в Кремле приняли к сведению слова "
        "Дональда Трампа о возможных санкциях.",
    ),
    "en_peskov_trump_sanctions": (
        (7, 15),
        "reuters",
        "Kremlin spokesman Dmitry Peskov said Moscow had taken note of Donald Trump's threat of "
        "new sanctions and would not respond hastily.",
    ),
    "ru_nebenzia_grossi_report": (
        (4, 14),
        "un_mission",
        "Василий Небензя на заседании СБ ООН: доклад Рафаэля Гросси о ситуации на Запорожской "
        "АЭС замалчивает удары ВСУ по станции.",
    ),
    "en_nebenzia_grossi_report": (
        (4, 14),
        "un",
        "Vassily Nebenzia told the Security Council that Rafael Grossi's report on Zaporizhzhia "
        "played down Ukrainian strikes on the plant.",
    ),
    "ru_overchuk_mirzoyan": (
        (2, 20),
        "interfax",
        "Вице-премьер РФ Алексей Оверчук обсудил с главой МИД Армении Араратом Мирзояном "
        "разблокирование транспортных коммуникаций в регионе.",
    ),
    "en_overchuk_mirzoyan": (
        (2, 20),
        "news",
        "Russian Deputy Prime Minister Alexei Overchuk discussed the unblocking of regional "
        "transport links with Armenian Foreign Minister Ararat Mirzoyan.",
    ),
    "ru_coalition_macron_merz_rutte": (
        (8, 13),
        "news",
        "Эмманюэль Макрон и Фридрих Мерц провели видеоконференцию «коалиции желающих»; к ней "
        "подключился генсек НАТО Марк Рютте.",
    ),
    "en_coalition_macron_merz_rutte": (
        (8, 13),
        "reuters",
        "Emmanuel Macron and Friedrich Merz chaired a video call of the 'coalition of the "
        "willing', joined by NATO chief Mark Rutte.",
    ),
    "ru_araghchi_witkoff_muscat": (
        (4, 12),
        "irna_ru",
        "В Маскате прошёл первый раунд непрямых переговоров Аббаса Аракчи и Стива Уиткоффа при "
        "посредничестве Омана.",
    ),
    "en_araghchi_witkoff_muscat": (
        (4, 12),
        "aljazeera",
        "Abbas Araghchi and Steve Witkoff held a first round of indirect talks in Muscat, "
        "mediated by Oman.",
    ),
    "ru_rubio_fidan_antalya_nato": (
        (5, 15),
        "news",
        "Марко Рубио прибыл в Анталью на неформальную встречу министров иностранных дел НАТО, "
        "которую принимает Хакан Фидан.",
    ),
    "en_rubio_fidan_antalya_nato": (
        (5, 15),
        "anadolu",
        "Marco Rubio arrived in Antalya for an informal meeting of NATO foreign ministers hosted "
        "by Hakan Fidan.",
    ),
    "ru_erdogan_trump_white_house": (
        (9, 25),
        "anadolu_ru",
        "Реджеп Тайип Эрдоган встретился с Дональдом Трампом в Белом доме — впервые с 2019 года.",
    ),
    "en_erdogan_trump_white_house": (
        (9, 25),
        "anadolu",
        "Recep Tayyip Erdogan met Donald Trump at the White House for the first time since 2019.",
    ),
    "ru_mishustin_overchuk_corridor": (
        (10, 2),
        "gov",
        "Михаил Мишустин поручил вице-премьеру Алексею Оверчуку подготовить предложения по "
        "развитию коридора «Север — Юг».",
    ),
    "en_mishustin_overchuk_corridor": (
        (10, 2),
        "tass",
        "Mikhail Mishustin instructed Deputy Prime Minister Alexei Overchuk to prepare proposals "
        "on developing the North-South transport corridor.",
    ),
    "ru_belousov_lukashenko_minsk": (
        (9, 3),
        "mil",
        "Андрей Белоусов в Минске: Александр Лукашенко обсудил с российским министром подготовку "
        "учений «Запад-2025».",
    ),
    "en_belousov_lukashenko_minsk": (
        (9, 3),
        "belta",
        "Alexander Lukashenko met Russian Defence Minister Andrei Belousov in Minsk to discuss "
        "the Zapad-2025 drills.",
    ),
    "ru_lavrov_wonsan": ((7, 11), "tass", "Лавров прибыл в Вонсан. #КНДР"),
    "en_lavrov_wonsan": (
        (7, 11),
        "ap",
        "Sergei Lavrov arrived in Wonsan for talks with North Korea's Choe Son Hui.",
    ),
    "ru_peskov_weather": (
        (1, 22),
        "ria",
        "Песков: Путин не планирует менять рабочий график из-за морозов.",
    ),
    "en_peskov_no_date": (
        (10, 23),
        "reuters",
        "Peskov: no date yet for a new round of talks with Washington.",
    ),
    "ru_tokayev_japarov_astana": (
        (8, 20),
        "akorda",
        "Токаев и Жапаров обсудили по телефону поставки воды и электроэнергии в вегетационный "
        "период.",
    ),
    "en_abiy_ramaphosa_addis": (
        (2, 15),
        "news",
        "Abiy Ahmed welcomed Cyril Ramaphosa and other leaders to Addis Ababa for the African "
        "Union summit.",
    ),
    "ru_saidov_nurtleu_tashkent": (
        (10, 28),
        "news",
        "Бахтиёр Саидов и Мурат Нуртлеу в Ташкенте подписали план межмидовских консультаций.",
    ),
    "en_dujarric_guterres_sudan": (
        (10, 30),
        "un",
        "Stéphane Dujarric said Guterres was appalled by reports of mass killings in El Fasher.",
    ),
    "ru_actor_kirill_lavrov": (
        (9, 15),
        "culture",
        "100 лет со дня рождения Кирилла Лаврова. Народный артист СССР Кирилл Юрьевич Лавров "
        "более полувека служил в БДТ, а затем руководил театром. Зрителям он запомнился ролью "
        "Ивана Карамазова и фильмом «Живые и мёртвые». #культура",
    ),
    "en_actor_kirill_lavrov": (
        (9, 15),
        "news",
        "St Petersburg marks the centenary of actor Kirill Lavrov, who led the Bolshoi Drama "
        "Theatre for two decades. #culture",
    ),
    "ru_hockey_ivan_lavrov": (
        (7, 3),
        "sport",
        "«Авангард» подписал двухлетний контракт с нападающим Иваном Лавровым. В прошлом сезоне "
        "24-летний хоккеист набрал 31 очко. #КХЛ",
    ),
    "ru_recipe_bay_leaf": (
        (11, 5),
        "food",
        "Рецепт дня: борщ по-домашнему. За пять минут до готовности добавьте пару лавровых "
        "листьев и дайте настояться под крышкой.",
    ),
    "ru_gymnast_olga_peskova": (
        (4, 20),
        "sport",
        "Гимнастка Ольга Пескова выиграла золото на этапе Кубка мира в Баку. Тренер Песковой "
        "назвал её выступление безупречным. #спорт",
    ),
    "ru_quicksand_tourists": (
        (8, 2),
        "news",
        "Спасатели вытащили двух туристов из зыбучих песков на берегу Белого моря.",
    ),
    "ru_admiral_ushakov_sevastopol": (
        (7, 27),
        "mil",
        "В Севастополе прошли торжества в честь адмирала Фёдора Ушакова. Морякам Черноморского "
        "флота вручены медали Ушакова. #ВМФ",
    ),
    "en_admiral_ushakov_sevastopol": (
        (7, 27),
        "news",
        "Sevastopol honoured 18th-century Admiral Fyodor Ushakov, whose name is borne by a "
        "Russian naval order and medal.",
    ),
    "ru_ballerina_zakharova": (
        (3, 29),
        "culture",
        "Прима-балерина Большого театра Светлана Захарова представила новую программу «Модерн».",
    ),
    "en_ballerina_zakharova": (
        (3, 29),
        "news",
        "Bolshoi prima ballerina Svetlana Zakharova premiered a new programme in Moscow.",
    ),
    "ru_callas_opera_evening": (
        (12, 2),
        "culture",
        "В Большом театре прошёл вечер памяти Марии Каллас. Арии из репертуара великой певицы "
        "исполнили солисты оперной труппы.",
    ),
    "en_callas_opera_evening": (
        (12, 2),
        "news",
        "La Scala marked the anniversary of soprano Maria Callas with a gala of arias from her "
        "repertoire.",
    ),
    "en_siim_kallas_interview": (
        (10, 14),
        "news",
        "Former European Commission vice-president Siim Kallas said Estonia should not rush to "
        "adopt new tax rules.",
    ),
    "ru_kuzhuget_shoigu_school": (
        (9, 1),
        "news",
        "В Кызыле открыли после ремонта школу имени Кужугета Шойгу — государственного деятеля "
        "Тувинской АССР.",
    ),
    "ru_chess_denis_mishustin": (
        (6, 30),
        "sport",
        "Школьник из Твери Денис Мишустин выиграл первенство России по шахматам среди юношей до "
        "12 лет. #шахматы",
    ),
    "ru_skater_belousova_memorial": (
        (11, 17),
        "sport",
        "Памяти Людмилы Белоусовой: в Петербурге прошёл турнир фигуристов в честь олимпийской "
        "чемпионки, выступавшей в паре с Олегом Протопоповым.",
    ),
    "en_bakery_rutte": (
        (4, 9),
        "news",
        "In Amsterdam, the family bakery Rutte celebrated 100 years on the same corner, where "
        "queues still form for its apple tart.",
    ),
    "en_costa_coffee": (
        (2, 27),
        "news",
        "Costa Coffee opened its first drive-through in Cairo, the chain said.",
    ),
    "en_costa_council": (
        (3, 20),
        "news",
        "European Council President António Costa said EU leaders would discuss defence spending "
        "at their summit in Brussels.",
    ),
    "ru_costa_council": (
        (3, 20),
        "news",
        "Председатель Евросовета Антониу Кошта заявил, что лидеры ЕС обсудят на саммите в "
        "Брюсселе оборонные расходы.",
    ),
    "en_merz_pharma": (
        (5, 21),
        "news",
        "Frankfurt-based Merz Therapeutics announced a new production site for its neurotoxin "
        "products.",
    ),
    "en_trump_tower_alarm": (
        (1, 28),
        "news",
        "A fire alarm briefly emptied Trump Tower on Fifth Avenue, New York police said; no "
        "injuries were reported.",
    ),
    "en_melania_trump_ai": (
        (9, 4),
        "news",
        "First lady Melania Trump hosted an event on artificial intelligence in education at the "
        "White House.",
    ),
    "ru_melania_trump_ai": (
        (9, 4),
        "news",
        "Первая леди США Мелания Трамп провела в Белом доме встречу, посвящённую искусственному "
        "интеллекту в образовании.",
    ),
    "en_chef_luca_grossi": (
        (10, 8),
        "news",
        "Italian chef Luca Grossi opened a trattoria in Dubai Marina with a menu built around "
        "handmade pasta.",
    ),
    "ru_chef_luca_grossi": (
        (10, 8),
        "news",
        "Итальянский шеф-повар Лука Гросси открыл в Москве ресторан домашней пасты.",
    ),
    "en_sapling_campaign": (
        (11, 11),
        "anadolu",
        "Volunteers across Türkiye planted millions of saplings on National Forestation Day "
        "under the slogan 'Bir fidan, bir nefes' (One sapling, one breath).",
    ),
    "ru_rahman_concert": (
        (10, 18),
        "culture",
        "Композитор А. Р. Рахман даст концерт в Ташкенте в рамках мирового турне.",
    ),
    "en_rahman_concert": (
        (10, 18),
        "news",
        "Oscar-winning composer A.R. Rahman will perform in Tashkent as part of his world tour.",
    ),
    "ru_rustam_emomali_senate": (
        (4, 24),
        "news",
        "Председатель Маджлиси милли Рустам Эмомали провёл встречу с делегацией парламента Китая.",
    ),
    "en_rustam_emomali_senate": (
        (4, 24),
        "news",
        "Senate Chairman Rustam Emomali met a delegation of China's parliament in Dushanbe.",
    ),
    "ru_dmitry_lukashenko_hockey": (
        (1, 6),
        "sport",
        "Президентский спортивный клуб во главе с Дмитрием Лукашенко провёл в Минске "
        "Рождественский турнир по хоккею среди любителей.",
    ),
    "en_heydar_aliyev_airport": (
        (12, 29),
        "news",
        "Heydar Aliyev International Airport in Baku handled a record number of passengers this "
        "year.",
    ),
    "ru_heydar_aliyev_center": (
        (5, 10),
        "culture",
        "В Центре Гейдара Алиева в Баку открылась выставка азербайджанского ковроткачества.",
    ),
    "en_smuggling_modi_operandi": (
        (6, 18),
        "news",
        "Europol said smuggling networks had changed their modi operandi, moving to small boats "
        "and encrypted apps.",
    ),
    "en_brigitte_macron_hospital": (
        (2, 12),
        "news",
        "Brigitte Macron visited a children's hospital in Lyon to launch a fundraising campaign.",
    ),
    "en_dar_es_salaam_port": (
        (8, 29),
        "news",
        "Tanzania's port of Dar es Salaam recorded record cargo volumes in the first half of the "
        "year.",
    ),
    "ru_dar_es_salaam_port": (
        (8, 29),
        "news",
        "Порт Дар-эс-Салама в Танзании обработал рекордный объём грузов за полугодие.",
    ),
    "ru_museum_gift_icons": (
        (3, 3),
        "culture",
        "Музей русской иконы получил в дар коллекцию из сорока образов XVIII века.",
    ),
    "ru_wrestler_timur_saidov": (
        (4, 27),
        "sport",
        "Борец Тимур Саидов стал чемпионом Азии в весе до 74 килограммов. #спорт",
    ),
    "ru_kurban_bayram_baku": (
        (6, 6),
        "news",
        "Мусульмане Азербайджана отметили Курбан-байрам; в Баку в мечетях прошли праздничные "
        "намазы.",
    ),
    "en_ricky_rubio_return": (
        (9, 12),
        "sport",
        "Spanish point guard Ricky Rubio announced his return to basketball with Joventut "
        "Badalona.",
    ),
    "ru_ricky_rubio_return": (
        (9, 12),
        "sport",
        "Испанский баскетболист Рикки Рубио объявил о возвращении в спорт в составе «Бадалоны».",
    ),
    "ru_akylbek_japarov_book": (
        (2, 17),
        "news",
        "Бывший председатель кабинета министров Киргизии Акылбек Жапаров представил книгу о "
        "налоговой реформе.",
    ),
    "en_akylbek_japarov_book": (
        (2, 17),
        "news",
        "Former Kyrgyz cabinet chairman Akylbek Japarov presented a book on tax reform.",
    ),
    "en_emine_erdogan_zero_waste": (
        (3, 30),
        "anadolu",
        "First Lady Emine Erdoğan launched a Zero Waste week in Istanbul.",
    ),
    "ru_saida_mirziyoyeva_forum": (
        (5, 29),
        "news",
        "Руководитель администрации президента Узбекистана Саида Мирзиёева выступила на форуме "
        "«Открытый диалог» в Ташкенте.",
    ),
    "en_faisal_bin_salman_medina": (
        (1, 20),
        "news",
        "Medina governor Prince Faisal bin Salman inaugurated a new metro line project.",
    ),
    "en_sharaa_damascus": (
        (1, 30),
        "aljazeera",
        "Syria's interim President Ahmed al-Sharaa met a Qatari delegation in Damascus.",
    ),
    "ru_sharaa_damascus": (
        (1, 30),
        "news",
        "Президент Сирии на переходный период Ахмед аш-Шараа принял в Дамаске катарскую делегацию.",
    ),
    "en_zach_witkoff_crypto": (
        (5, 1),
        "news",
        "World Liberty Financial co-founder Zach Witkoff said the firm's stablecoin would launch "
        "on several blockchains.",
    ),
}

# Every post naming each person (either language); the namesakes are not in these.
_LAVROV = (
    "ru_lavrov_araghchi_moscow",
    "en_lavrov_araghchi_moscow",
    "ru_lavrov_fidan_antalya",
    "en_lavrov_fidan_antalya",
    "ru_riyadh_talks",
    "en_riyadh_talks",
    "ru_lavrov_abdelatty_call",
    "en_lavrov_abdelatty_call",
    "ru_lavrov_faisal_call",
    "en_lavrov_faisal_call",
    "ru_lavrov_jaishankar_moscow",
    "en_lavrov_jaishankar_moscow",
    "ru_lavrov_dar_tianjin",
    "en_lavrov_dar_tianjin",
    "ru_lavrov_nurtleu_moscow",
    "en_lavrov_nurtleu_moscow",
    "ru_lavrov_saidov_cis",
    "en_lavrov_saidov_cis",
    "ru_lavrov_rubio_kuala_lumpur",
    "en_lavrov_rubio_kuala_lumpur",
    "ru_alaska_summit",
    "en_alaska_summit",
    "ru_brics_rio",
    "en_brics_rio",
    "ru_lavrov_bayramov_call",
    "en_lavrov_bayramov_call",
    "ru_lavrov_guterres_unga",
    "en_lavrov_guterres_unga",
    "ru_lavrov_press_conference",
    "en_lavrov_press_conference",
    "ru_zakharova_briefing_dprk",
    "en_zakharova_briefing_dprk",
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
)
_ZAKHAROVA = (
    "ru_zakharova_rutte_hague",
    "en_zakharova_rutte_hague",
    "ru_zakharova_kallas",
    "en_zakharova_kallas",
    "ru_zakharova_macron",
    "en_zakharova_macron",
    "ru_zakharova_briefing_dprk",
    "en_zakharova_briefing_dprk",
)
_PESKOV = (
    "ru_peskov_witkoff_visit",
    "en_peskov_witkoff_visit",
    "ru_peskov_merz_range",
    "en_peskov_merz_range",
    "ru_peskov_trump_sanctions",
    "en_peskov_trump_sanctions",
    "ru_peskov_weather",
    "en_peskov_no_date",
)
_USHAKOV = (
    "ru_riyadh_talks",
    "en_riyadh_talks",
    "ru_putin_witkoff_kremlin",
    "en_putin_witkoff_kremlin",
    "ru_alaska_summit",
    "en_alaska_summit",
    "ru_ushakov_sco_schedule",
    "en_ushakov_sco_schedule",
)
_NEBENZIA = (
    "ru_nebenzia_unsc_ukraine",
    "en_nebenzia_unsc_ukraine",
    "ru_nebenzia_letter_guterres",
    "en_nebenzia_letter_guterres",
    "ru_nebenzia_grossi_report",
    "en_nebenzia_grossi_report",
)
_SHOIGU = (
    "ru_shoigu_wangyi_beijing",
    "en_shoigu_wangyi_beijing",
    "ru_lukashenko_shoigu_minsk",
    "en_lukashenko_shoigu_minsk",
    "ru_shoigu_security_meeting",
    "en_shoigu_security_meeting",
)
_MISHUSTIN = (
    "ru_mishustin_lukashenko_minsk",
    "en_mishustin_lukashenko_minsk",
    "ru_mishustin_mirziyoyev_tashkent",
    "en_mishustin_mirziyoyev_tashkent",
    "ru_mishustin_duma_report",
    "en_mishustin_duma_report",
    "ru_mishustin_overchuk_corridor",
    "en_mishustin_overchuk_corridor",
)
_BELOUSOV = (
    "ru_belousov_qingdao",
    "en_belousov_qingdao",
    "ru_alaska_summit",
    "ru_belousov_board_putin",
    "en_belousov_board_putin",
    "ru_belousov_lukashenko_minsk",
    "en_belousov_lukashenko_minsk",
)
_OVERCHUK = (
    "ru_overchuk_eaeu_iran",
    "en_overchuk_eaeu_iran",
    "ru_overchuk_mirzoyan",
    "en_overchuk_mirzoyan",
    "ru_mishustin_overchuk_corridor",
    "en_mishustin_overchuk_corridor",
)
_ARAGHCHI = (
    "ru_lavrov_araghchi_moscow",
    "en_lavrov_araghchi_moscow",
    "ru_araghchi_grossi_cairo",
    "en_araghchi_grossi_cairo",
    "ru_araghchi_iaea_suspend",
    "en_araqchi_iaea_suspend",
    "ru_araghchi_faisal_jeddah",
    "en_araghchi_faisal_jeddah",
    "ru_araghchi_witkoff_muscat",
    "en_araghchi_witkoff_muscat",
)
_FIDAN = (
    "ru_lavrov_fidan_antalya",
    "en_lavrov_fidan_antalya",
    "ru_istanbul_talks",
    "en_istanbul_talks",
    "ru_fidan_erdogan_host",
    "en_fidan_erdogan_host",
    "ru_abdelatty_fidan_ankara",
    "en_abdelatty_fidan_ankara",
    "ru_rubio_fidan_antalya_nato",
    "en_rubio_fidan_antalya_nato",
)
_ERDOGAN = (
    "ru_putin_erdogan_call",
    "en_putin_erdogan_call",
    "ru_istanbul_talks",
    "en_istanbul_talks",
    "ru_fidan_erdogan_host",
    "en_fidan_erdogan_host",
    "ru_erdogan_trump_white_house",
    "en_erdogan_trump_white_house",
)
_ABDELATTY = (
    "ru_lavrov_abdelatty_call",
    "en_lavrov_abdelatty_call",
    "ru_araghchi_grossi_cairo",
    "en_araghchi_grossi_cairo",
    "ru_abdelatty_fidan_ankara",
    "en_abdelatty_fidan_ankara",
)
_FAISAL = (
    "ru_riyadh_talks",
    "en_riyadh_talks",
    "ru_lavrov_faisal_call",
    "en_lavrov_faisal_call",
    "ru_araghchi_faisal_jeddah",
    "en_araghchi_faisal_jeddah",
)
_JAISHANKAR = (
    "ru_lavrov_jaishankar_moscow",
    "en_lavrov_jaishankar_moscow",
    "ru_jaishankar_rubio_quad",
    "en_jaishankar_rubio_quad",
)
_MODI = (
    "ru_putin_modi_tianjin",
    "en_putin_modi_tianjin",
    "ru_brics_rio",
    "en_brics_rio",
    "ru_modi_trump_tariffs",
    "en_modi_trump_tariffs",
)
_DAR = ("ru_lavrov_dar_tianjin", "en_lavrov_dar_tianjin", "ru_dar_ceasefire", "en_dar_ceasefire")
_BAYRAMOV = (
    "ru_washington_declaration",
    "en_washington_declaration",
    "ru_lavrov_bayramov_call",
    "en_lavrov_bayramov_call",
)
_MIRZOYAN = (
    "ru_washington_declaration",
    "en_washington_declaration",
    "ru_mirzoyan_rubio",
    "en_mirzoyan_rubio",
    "ru_overchuk_mirzoyan",
    "en_overchuk_mirzoyan",
)
_NURTLEU = ("ru_lavrov_nurtleu_moscow", "en_lavrov_nurtleu_moscow", "ru_saidov_nurtleu_tashkent")
_SAIDOV = ("ru_lavrov_saidov_cis", "en_lavrov_saidov_cis", "ru_saidov_nurtleu_tashkent")
_TOKAYEV = (
    "ru_putin_tokayev_call",
    "en_putin_tokayev_call",
    "ru_cis_summit_dushanbe",
    "en_cis_summit_dushanbe",
    "ru_eaeu_minsk",
    "en_eaeu_minsk",
    "ru_tokayev_mirziyoyev_astana",
    "en_tokayev_mirziyoyev_astana",
    "ru_tokayev_japarov_astana",
)
_MIRZIYOYEV = (
    "ru_mishustin_mirziyoyev_tashkent",
    "en_mishustin_mirziyoyev_tashkent",
    "ru_cis_summit_dushanbe",
    "en_cis_summit_dushanbe",
    "ru_tokayev_mirziyoyev_astana",
    "en_tokayev_mirziyoyev_astana",
)
_RAHMON = (
    "ru_cis_summit_dushanbe",
    "en_cis_summit_dushanbe",
    "ru_rahmon_japarov_border",
    "en_rahmon_japarov_border",
)
_JAPAROV = (
    "ru_cis_summit_dushanbe",
    "en_cis_summit_dushanbe",
    "ru_eaeu_minsk",
    "en_eaeu_minsk",
    "ru_rahmon_japarov_border",
    "en_rahmon_japarov_border",
    "ru_tokayev_japarov_astana",
)
_LUKASHENKO = (
    "ru_mishustin_lukashenko_minsk",
    "en_mishustin_lukashenko_minsk",
    "ru_cis_summit_dushanbe",
    "en_cis_summit_dushanbe",
    "ru_eaeu_minsk",
    "en_eaeu_minsk",
    "ru_lukashenko_shoigu_minsk",
    "en_lukashenko_shoigu_minsk",
    "ru_lukashenko_kellogg",
    "en_lukashenko_kellogg",
    "ru_belousov_lukashenko_minsk",
    "en_belousov_lukashenko_minsk",
)
_GUTERRES = (
    "ru_guterres_dujarric_gaza",
    "en_guterres_dujarric_gaza",
    "ru_nebenzia_letter_guterres",
    "en_nebenzia_letter_guterres",
    "ru_guterres_macron_nice",
    "en_guterres_macron_nice",
    "ru_lavrov_guterres_unga",
    "en_lavrov_guterres_unga",
    "en_dujarric_guterres_sudan",
)
_DUJARRIC = (
    "ru_guterres_dujarric_gaza",
    "en_guterres_dujarric_gaza",
    "ru_dujarric_aid_gaza",
    "en_dujarric_aid_gaza",
    "en_dujarric_guterres_sudan",
)
_GROSSI = (
    "ru_grossi_zaporozhye",
    "en_grossi_zaporizhzhia",
    "ru_araghchi_grossi_cairo",
    "en_araghchi_grossi_cairo",
    "ru_araghchi_iaea_suspend",
    "en_araqchi_iaea_suspend",
    "ru_nebenzia_grossi_report",
    "en_nebenzia_grossi_report",
)
_RUTTE = (
    "ru_zakharova_rutte_hague",
    "en_zakharova_rutte_hague",
    "ru_nato_hague_rutte_trump",
    "en_nato_hague_rutte_trump",
    "ru_coalition_macron_merz_rutte",
    "en_coalition_macron_merz_rutte",
)
_KALLAS = (
    "ru_kallas_18th_package",
    "en_kallas_18th_package",
    "ru_zakharova_kallas",
    "en_zakharova_kallas",
    "ru_kallas_rubio_call",
    "en_kallas_rubio_call",
)
_MERZ = (
    "ru_merz_macron_paris",
    "en_merz_macron_paris",
    "ru_peskov_merz_range",
    "en_peskov_merz_range",
    "ru_merz_trump_white_house",
    "en_merz_trump_white_house",
    "ru_coalition_macron_merz_rutte",
    "en_coalition_macron_merz_rutte",
)
_MACRON = (
    "ru_merz_macron_paris",
    "en_merz_macron_paris",
    "ru_guterres_macron_nice",
    "en_guterres_macron_nice",
    "ru_zakharova_macron",
    "en_zakharova_macron",
    "ru_coalition_macron_merz_rutte",
    "en_coalition_macron_merz_rutte",
)
_RUBIO = (
    "ru_riyadh_talks",
    "en_riyadh_talks",
    "en_washington_declaration",
    "ru_lavrov_rubio_kuala_lumpur",
    "en_lavrov_rubio_kuala_lumpur",
    "ru_alaska_summit",
    "en_alaska_summit",
    "ru_jaishankar_rubio_quad",
    "en_jaishankar_rubio_quad",
    "ru_mirzoyan_rubio",
    "en_mirzoyan_rubio",
    "ru_kallas_rubio_call",
    "en_kallas_rubio_call",
    "ru_rubio_fidan_antalya_nato",
    "en_rubio_fidan_antalya_nato",
)
_WITKOFF = (
    "ru_peskov_witkoff_visit",
    "en_peskov_witkoff_visit",
    "ru_riyadh_talks",
    "en_riyadh_talks",
    "ru_putin_witkoff_kremlin",
    "en_putin_witkoff_kremlin",
    "ru_alaska_summit",
    "en_alaska_summit",
    "ru_araghchi_witkoff_muscat",
    "en_araghchi_witkoff_muscat",
)
_TRUMP = (
    "ru_washington_declaration",
    "en_washington_declaration",
    "ru_nato_hague_rutte_trump",
    "en_nato_hague_rutte_trump",
    "en_lavrov_rubio_kuala_lumpur",
    "ru_alaska_summit",
    "en_alaska_summit",
    "ru_modi_trump_tariffs",
    "en_modi_trump_tariffs",
    "ru_lukashenko_kellogg",
    "en_lukashenko_kellogg",
    "ru_merz_trump_white_house",
    "en_merz_trump_white_house",
    "ru_lavrov_press_conference",
    "en_lavrov_press_conference",
    "ru_peskov_trump_sanctions",
    "en_peskov_trump_sanctions",
    "ru_erdogan_trump_white_house",
    "en_erdogan_trump_white_house",
)
_LULA = ("ru_brics_rio", "en_brics_rio", "ru_putin_lula_call", "en_putin_lula_call")
_RAMAPHOSA = (
    "ru_brics_rio",
    "en_brics_rio",
    "ru_putin_ramaphosa_call",
    "en_putin_ramaphosa_call",
    "ru_ramaphosa_g20",
    "en_ramaphosa_g20",
    "en_abiy_ramaphosa_addis",
)
_ABIY = ("ru_brics_rio", "en_brics_rio", "ru_abiy_gerd", "en_abiy_gerd", "en_abiy_ramaphosa_addis")
_ILHAM_ALIYEV = ("ru_washington_declaration", "en_washington_declaration")

# Post lists several queries share, each named once (by its first query).
_LAVROV_ARAKCHI = (
    "ru_lavrov_araghchi_moscow",
    "en_lavrov_araghchi_moscow",
)
_LAVROV_FIDAN = (
    "ru_lavrov_fidan_antalya",
    "en_lavrov_fidan_antalya",
)
_PUTIN_MODI = (
    "ru_putin_modi_tianjin",
    "en_putin_modi_tianjin",
)
_PUTIN_ERDOGAN = (
    "ru_putin_erdogan_call",
    "en_putin_erdogan_call",
    "ru_fidan_erdogan_host",
    "en_fidan_erdogan_host",
)
_LAVROV_RUBIO = (
    "ru_riyadh_talks",
    "en_riyadh_talks",
    "ru_lavrov_rubio_kuala_lumpur",
    "en_lavrov_rubio_kuala_lumpur",
    "ru_alaska_summit",
    "en_alaska_summit",
)
_NEBENZYA_GUTERRESH = (
    "ru_nebenzia_letter_guterres",
    "en_nebenzia_letter_guterres",
)
_ARAKCHI_GROSSI = (
    "ru_araghchi_grossi_cairo",
    "en_araghchi_grossi_cairo",
    "ru_araghchi_iaea_suspend",
    "en_araqchi_iaea_suspend",
)
_MERTS_MAKRON = (
    "ru_merz_macron_paris",
    "en_merz_macron_paris",
    "ru_coalition_macron_merz_rutte",
    "en_coalition_macron_merz_rutte",
)
_TOKAEV_MIRZIEEV = (
    "ru_cis_summit_dushanbe",
    "en_cis_summit_dushanbe",
    "ru_tokayev_mirziyoyev_astana",
    "en_tokayev_mirziyoyev_astana",
)
_ZAKHAROVA_KALLAS = (
    "ru_zakharova_kallas",
    "en_zakharova_kallas",
)

QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "министр Лавров",
        _LAVROV,
        "k1 title RU: every Lavrov post, both languages; not the actor, the hockey player or "
        "bay leaves",
        absent=(
            "ru_actor_kirill_lavrov",
            "en_actor_kirill_lavrov",
            "ru_hockey_ivan_lavrov",
            "ru_recipe_bay_leaf",
        ),
    ),
    Labelled(
        "глава МИД Лавров",
        _LAVROV,
        "k1 title RU: «глава МИД» only points at Lavrov; namesakes absent",
        absent=(
            "ru_actor_kirill_lavrov",
            "en_actor_kirill_lavrov",
            "ru_hockey_ivan_lavrov",
            "ru_recipe_bay_leaf",
        ),
    ),
    Labelled(
        "официальный представитель МИД Захарова",
        _ZAKHAROVA,
        "k1 title RU: the spokeswoman, not ballerina Svetlana Zakharova or Maria Callas",
        absent=("ru_ballerina_zakharova", "en_ballerina_zakharova", "ru_callas_opera_evening"),
    ),
    Labelled(
        "пресс-секретарь Кремля Песков",
        _PESKOV,
        "k1 title RU: Peskov everywhere; not gymnast Peskova or quicksand «песков»",
        absent=("ru_gymnast_olga_peskova", "ru_quicksand_tourists"),
    ),
    Labelled(
        "пресс-секретарь президента Дмитрий Песков",
        _PESKOV,
        "k1 title RU: title as the Kremlin writes it",
        absent=("ru_gymnast_olga_peskova", "ru_quicksand_tourists"),
    ),
    Labelled(
        "помощник президента Ушаков",
        _USHAKOV,
        "k1 title RU: Yuri Ushakov, not Admiral Ushakov or the Ushakov medal",
        absent=("ru_admiral_ushakov_sevastopol", "en_admiral_ushakov_sevastopol"),
    ),
    Labelled(
        "постпред России при ООН Небензя",
        _NEBENZIA,
        "k1 title RU: Nebenzia in any case and spelling",
    ),
    Labelled(
        "секретарь Совбеза Шойгу",
        _SHOIGU,
        "k1 title RU: Shoigu; the school named after his father is a trap",
        absent=("ru_kuzhuget_shoigu_school",),
    ),
    Labelled(
        "премьер Мишустин",
        _MISHUSTIN,
        "k1 title RU: the prime minister, not the schoolboy chess player",
        absent=("ru_chess_denis_mishustin",),
    ),
    Labelled(
        "министр обороны Белоусов",
        _BELOUSOV,
        "k1 title RU: Belousov; skater Belousova absent",
        absent=("ru_skater_belousova_memorial",),
    ),
    Labelled(
        "глава МИД Ирана Аракчи",
        _ARAGHCHI,
        "k1 title RU: Araghchi/Araqchi in English too",
    ),
    Labelled(
        "министр иностранных дел Турции Фидан",
        _FIDAN,
        "k1 title RU: Hakan Fidan; 'fidan' = sapling is a trap",
        absent=("en_sapling_campaign",),
    ),
    Labelled(
        "президент Турции Эрдоган",
        _ERDOGAN,
        "k1 title RU: Recep Tayyip Erdogan; Emine Erdoğan absent",
        absent=("en_emine_erdogan_zero_waste",),
    ),
    Labelled(
        "министр иностранных дел Саудовской Аравии Фейсал бен Фархан",
        _FAISAL,
        "k1 title RU: Faisal bin Farhan, not Faisal bin Salman",
        absent=("en_faisal_bin_salman_medina",),
    ),
    Labelled(
        "премьер-министр Индии Моди",
        _MODI,
        "k1 title RU: Narendra Modi, not 'modi operandi'",
        absent=("en_smuggling_modi_operandi",),
    ),
    Labelled(
        "глава МИД Пакистана Дар",
        _DAR,
        "k1 title RU: Ishaq Dar; Dar es Salaam and «в дар» absent",
        absent=("en_dar_es_salaam_port", "ru_dar_es_salaam_port", "ru_museum_gift_icons"),
    ),
    Labelled(
        "министр иностранных дел Азербайджана Байрамов",
        _BAYRAMOV,
        "k1 title RU: Bayramov, not Kurban Bayram",
        absent=("ru_kurban_bayram_baku",),
    ),
    Labelled(
        "глава МИД Армении Мирзоян",
        _MIRZOYAN,
        "k1 title RU: Mirzoyan; look-alike Mirziyoyev posts absent",
        absent=(
            "ru_mishustin_mirziyoyev_tashkent",
            "en_tokayev_mirziyoyev_astana",
            "ru_saida_mirziyoyeva_forum",
        ),
    ),
    Labelled(
        "министр иностранных дел Узбекистана Саидов",
        _SAIDOV,
        "k1 title RU: Bakhtiyor Saidov; wrestler Saidov absent",
        absent=("ru_wrestler_timur_saidov",),
    ),
    Labelled(
        "президент Казахстана Токаев",
        _TOKAYEV,
        "k1 title RU: Tokayev everywhere",
    ),
    Labelled(
        "президент Узбекистана Мирзиёев",
        _MIRZIYOYEV,
        "k1 title RU: Shavkat Mirziyoyev; Saida Mirziyoyeva and Mirzoyan absent",
        absent=("ru_saida_mirziyoyeva_forum", "ru_mirzoyan_rubio", "en_overchuk_mirzoyan"),
    ),
    Labelled(
        "президент Таджикистана Рахмон",
        _RAHMON,
        "k1 title RU: Emomali Rahmon; composer Rahman and Rustam Emomali absent",
        absent=(
            "ru_rahman_concert",
            "en_rahman_concert",
            "ru_rustam_emomali_senate",
            "en_rustam_emomali_senate",
        ),
    ),
    Labelled(
        "президент Киргизии Жапаров",
        _JAPAROV,
        "k1 title RU: Sadyr Japarov, not Akylbek Japarov",
        absent=("ru_akylbek_japarov_book", "en_akylbek_japarov_book"),
    ),
    Labelled(
        "президент Белоруссии Лукашенко",
        _LUKASHENKO,
        "k1 title RU: Alexander Lukashenko, not his son Dmitry",
        absent=("ru_dmitry_lukashenko_hockey",),
    ),
    Labelled(
        "генсек ООН Гутерреш",
        _GUTERRES,
        "k1 title RU: Guterres; the other António (Costa) absent",
        absent=("en_costa_council", "ru_costa_council"),
    ),
    Labelled(
        "гендиректор МАГАТЭ Гросси",
        _GROSSI,
        "k1 title RU: Rafael Grossi, not chef Luca Grossi",
        absent=("en_chef_luca_grossi", "ru_chef_luca_grossi"),
    ),
    Labelled(
        "генсек НАТО Рютте",
        _RUTTE,
        "k1 title RU: Mark Rutte, not the Rutte bakery",
        absent=("en_bakery_rutte",),
    ),
    Labelled(
        "глава евродипломатии Каллас",
        _KALLAS,
        "k1 title RU: Kaja Kallas; Siim Kallas and Maria Callas absent",
        absent=("en_siim_kallas_interview", "ru_callas_opera_evening", "en_callas_opera_evening"),
    ),
    Labelled(
        "канцлер Германии Мерц",
        _MERZ,
        "k1 title RU: Friedrich Merz, not Merz Therapeutics",
        absent=("en_merz_pharma",),
    ),
    Labelled(
        "президент Франции Макрон",
        _MACRON,
        "k1 title RU: Emmanuel Macron, not Brigitte",
        absent=("en_brigitte_macron_hospital",),
    ),
    Labelled(
        "госсекретарь США Рубио",
        _RUBIO,
        "k1 title RU: Marco Rubio, not Ricky Rubio",
        absent=("en_ricky_rubio_return", "ru_ricky_rubio_return"),
    ),
    Labelled(
        "спецпосланник Уиткофф",
        _WITKOFF,
        "k1 title RU: Steve Witkoff, not Zach Witkoff",
        absent=("en_zach_witkoff_crypto",),
    ),
    Labelled(
        "президент США Трамп",
        _TRUMP,
        "k1 title RU: Donald Trump; Trump Tower and Melania absent",
        absent=("en_trump_tower_alarm", "en_melania_trump_ai", "ru_melania_trump_ai"),
    ),
    Labelled(
        "премьер-министр Эфиопии Абий Ахмед",
        _ABIY,
        "k1 title RU: Abiy Ahmed, not Ahmed al-Sharaa",
        absent=("en_sharaa_damascus", "ru_sharaa_damascus"),
    ),
    Labelled(
        "президент Азербайджана Ильхам Алиев",
        _ILHAM_ALIYEV,
        "k1 title RU: Ilham Aliyev; Heydar Aliyev airport/centre absent",
        absent=("en_heydar_aliyev_airport", "ru_heydar_aliyev_center"),
    ),
    Labelled(
        "Foreign Minister Lavrov",
        _LAVROV,
        "k1 title EN: every Lavrov post, both languages; namesakes absent",
        absent=(
            "ru_actor_kirill_lavrov",
            "en_actor_kirill_lavrov",
            "ru_hockey_ivan_lavrov",
            "ru_recipe_bay_leaf",
        ),
    ),
    Labelled(
        "Foreign Ministry spokeswoman Zakharova",
        _ZAKHAROVA,
        "k1 title EN: Maria Zakharova, not the ballerina",
        absent=("ru_ballerina_zakharova", "en_ballerina_zakharova"),
    ),
    Labelled(
        "Kremlin spokesman Peskov",
        _PESKOV,
        "k1 title EN: Peskov in both scripts; Peskova/песков absent",
        absent=("ru_gymnast_olga_peskova", "ru_quicksand_tourists"),
    ),
    Labelled(
        "Kremlin aide Ushakov",
        _USHAKOV,
        "k1 title EN: Yuri Ushakov; the admiral absent",
        absent=("ru_admiral_ushakov_sevastopol", "en_admiral_ushakov_sevastopol"),
    ),
    Labelled(
        "UN Ambassador Nebenzia",
        _NEBENZIA,
        "k1 title EN: Nebenzia/Небензя",
    ),
    Labelled(
        "Defence Minister Belousov",
        _BELOUSOV,
        "k1 title EN: Belousov; skater absent",
        absent=("ru_skater_belousova_memorial",),
    ),
    Labelled(
        "Deputy Prime Minister Overchuk",
        _OVERCHUK,
        "k1 title EN: Overchuk/Оверчук",
    ),
    Labelled(
        "Iranian Foreign Minister Araghchi",
        _ARAGHCHI,
        "k1 title EN: includes the Araqchi spelling and Аракчи",
    ),
    Labelled(
        "Turkish Foreign Minister Hakan Fidan",
        _FIDAN,
        "k1 title EN: Fidan; sapling campaign absent",
        absent=("en_sapling_campaign",),
    ),
    Labelled(
        "Turkish President Erdogan",
        _ERDOGAN,
        "k1 title EN: Erdogan/Erdoğan/Эрдоган; Emine absent",
        absent=("en_emine_erdogan_zero_waste",),
    ),
    Labelled(
        "Egyptian Foreign Minister Abdelatty",
        _ABDELATTY,
        "k1 title EN: Abdelatty/Абдель Ати",
    ),
    Labelled(
        "Saudi Foreign Minister Prince Faisal",
        _FAISAL,
        "k1 title EN: Faisal bin Farhan, not Faisal bin Salman",
        absent=("en_faisal_bin_salman_medina",),
    ),
    Labelled(
        "External Affairs Minister Jaishankar",
        _JAISHANKAR,
        "k1 title EN: Jaishankar/Джайшанкар",
    ),
    Labelled(
        "Indian Prime Minister Modi",
        _MODI,
        "k1 title EN: Modi/Моди; 'modi operandi' absent",
        absent=("en_smuggling_modi_operandi",),
    ),
    Labelled(
        "Pakistani Foreign Minister Ishaq Dar",
        _DAR,
        "k1 title EN: Ishaq Dar; Dar es Salaam, «в дар» absent",
        absent=("en_dar_es_salaam_port", "ru_dar_es_salaam_port", "ru_museum_gift_icons"),
    ),
    Labelled(
        "Armenian Foreign Minister Mirzoyan",
        _MIRZOYAN,
        "k1 title EN: Mirzoyan; Mirziyoyev absent",
        absent=(
            "ru_mishustin_mirziyoyev_tashkent",
            "en_tokayev_mirziyoyev_astana",
            "ru_saida_mirziyoyeva_forum",
        ),
    ),
    Labelled(
        "Kazakh Foreign Minister Nurtleu",
        _NURTLEU,
        "k1 title EN: Nurtleu/Нуртлеу",
    ),
    Labelled(
        "Uzbek President Mirziyoyev",
        _MIRZIYOYEV,
        "k1 title EN: Shavkat Mirziyoyev; Saida, Mirzoyan absent",
        absent=("ru_saida_mirziyoyeva_forum", "ru_mirzoyan_rubio", "en_overchuk_mirzoyan"),
    ),
    Labelled(
        "Tajik President Rahmon",
        _RAHMON,
        "k1 title EN: Rahmon; Rahman and Rustam Emomali absent",
        absent=(
            "ru_rahman_concert",
            "en_rahman_concert",
            "ru_rustam_emomali_senate",
            "en_rustam_emomali_senate",
        ),
    ),
    Labelled(
        "Kyrgyz President Japarov",
        _JAPAROV,
        "k1 title EN: Sadyr Japarov; Akylbek absent",
        absent=("ru_akylbek_japarov_book", "en_akylbek_japarov_book"),
    ),
    Labelled(
        "Belarusian President Lukashenko",
        _LUKASHENKO,
        "k1 title EN: Alexander Lukashenko; Dmitry absent",
        absent=("ru_dmitry_lukashenko_hockey",),
    ),
    Labelled(
        "UN Secretary-General Guterres",
        _GUTERRES,
        "k1 title EN: Guterres/Гутерреш; Costa absent",
        absent=("en_costa_council", "ru_costa_council"),
    ),
    Labelled(
        "UN spokesman Dujarric",
        _DUJARRIC,
        "k1 title EN: Dujarric/Дюжаррик",
    ),
    Labelled(
        "IAEA Director General Grossi",
        _GROSSI,
        "k1 title EN: Rafael Grossi; chef absent",
        absent=("en_chef_luca_grossi", "ru_chef_luca_grossi"),
    ),
    Labelled(
        "NATO Secretary General Rutte",
        _RUTTE,
        "k1 title EN: Rutte/Рютте; bakery absent",
        absent=("en_bakery_rutte",),
    ),
    Labelled(
        "EU foreign policy chief Kallas",
        _KALLAS,
        "k1 title EN: Kaja Kallas; Siim Kallas, Callas absent",
        absent=("en_siim_kallas_interview", "ru_callas_opera_evening", "en_callas_opera_evening"),
    ),
    Labelled(
        "German Chancellor Merz",
        _MERZ,
        "k1 title EN: Merz/Мерц; Merz Therapeutics absent",
        absent=("en_merz_pharma",),
    ),
    Labelled(
        "French President Macron",
        _MACRON,
        "k1 title EN: Emmanuel Macron; Brigitte absent",
        absent=("en_brigitte_macron_hospital",),
    ),
    Labelled(
        "Secretary of State Rubio",
        _RUBIO,
        "k1 title EN: Marco Rubio; Ricky Rubio absent",
        absent=("en_ricky_rubio_return", "ru_ricky_rubio_return"),
    ),
    Labelled(
        "special envoy Witkoff",
        _WITKOFF,
        "k1 title EN: Steve Witkoff/Уиткофф; Zach absent",
        absent=("en_zach_witkoff_crypto",),
    ),
    Labelled(
        "President Trump",
        _TRUMP,
        "k1 title EN: Donald Trump; Trump Tower, Melania absent",
        absent=("en_trump_tower_alarm", "en_melania_trump_ai", "ru_melania_trump_ai"),
    ),
    Labelled(
        "Brazilian President Lula",
        _LULA,
        "k1 title EN: Lula/Лула",
    ),
    Labelled(
        "South African President Ramaphosa",
        _RAMAPHOSA,
        "k1 title EN: Ramaphosa/Рамафоса",
    ),
    Labelled(
        "Ethiopian Prime Minister Abiy Ahmed",
        _ABIY,
        "k1 title EN: Abiy/Абий; al-Sharaa absent",
        absent=("en_sharaa_damascus", "ru_sharaa_damascus"),
    ),
    Labelled(
        "Azerbaijani President Ilham Aliyev",
        _ILHAM_ALIYEV,
        "k1 title EN: Ilham Aliyev; Heydar Aliyev absent",
        absent=("en_heydar_aliyev_airport", "ru_heydar_aliyev_center"),
    ),
    Labelled(
        "Лавров",
        _LAVROV,
        "k2 name RU: surname; namesakes unlabelled, bay leaves absent",
        absent=("ru_recipe_bay_leaf",),
    ),
    Labelled(
        "Сергей Лавров",
        _LAVROV,
        "k2 name RU: given name excludes actor Kirill and hockey player Ivan",
        absent=(
            "ru_actor_kirill_lavrov",
            "en_actor_kirill_lavrov",
            "ru_hockey_ivan_lavrov",
            "ru_recipe_bay_leaf",
        ),
    ),
    Labelled(
        "Захарова",
        _ZAKHAROVA,
        "k2 name RU: surname; ballerina left unlabelled",
    ),
    Labelled(
        "Мария Захарова",
        _ZAKHAROVA,
        "k2 name RU: not Svetlana Zakharova, not Maria Callas",
        absent=("ru_ballerina_zakharova", "en_ballerina_zakharova", "ru_callas_opera_evening"),
    ),
    Labelled(
        "Песков",
        _PESKOV,
        "k2 name RU: surname; «зыбучих песков» absent",
        absent=("ru_quicksand_tourists",),
    ),
    Labelled(
        "Дмитрий Песков",
        _PESKOV,
        "k2 name RU: full name; gymnast Peskova absent",
        absent=("ru_gymnast_olga_peskova", "ru_quicksand_tourists"),
    ),
    Labelled(
        "Небензя",
        _NEBENZIA,
        "k2 name RU: both languages",
    ),
    Labelled(
        "Сергей Шойгу",
        _SHOIGU,
        "k2 name RU: full name; Kuzhuget Shoigu absent",
        absent=("ru_kuzhuget_shoigu_school",),
    ),
    Labelled(
        "Аббас Аракчи",
        _ARAGHCHI,
        "k2 name RU: Abbas Araghchi/Araqchi",
    ),
    Labelled(
        "Хакан Фидан",
        _FIDAN,
        "k2 name RU: Hakan Fidan; sapling absent",
        absent=("en_sapling_campaign",),
    ),
    Labelled(
        "Реджеп Тайип Эрдоган",
        _ERDOGAN,
        "k2 name RU: full name; Emine absent",
        absent=("en_emine_erdogan_zero_waste",),
    ),
    Labelled(
        "Фейсал бен Фархан",
        _FAISAL,
        "k2 name RU: Faisal bin Farhan; bin Salman absent",
        absent=("en_faisal_bin_salman_medina",),
    ),
    Labelled(
        "Субраманьям Джайшанкар",
        _JAISHANKAR,
        "k2 name RU: full name; most posts use S. Jaishankar or surname only",
    ),
    Labelled(
        "Нарендра Моди",
        _MODI,
        "k2 name RU: full name; modi operandi absent",
        absent=("en_smuggling_modi_operandi",),
    ),
    Labelled(
        "Исхак Дар",
        _DAR,
        "k2 name RU: Ishaq Dar; «в дар», Dar es Salaam absent",
        absent=("en_dar_es_salaam_port", "ru_dar_es_salaam_port", "ru_museum_gift_icons"),
    ),
    Labelled(
        "Арарат Мирзоян",
        _MIRZOYAN,
        "k2 name RU: Ararat Mirzoyan; Mirziyoyev absent",
        absent=(
            "ru_mishustin_mirziyoyev_tashkent",
            "en_tokayev_mirziyoyev_astana",
            "ru_saida_mirziyoyeva_forum",
        ),
    ),
    Labelled(
        "Токаев",
        _TOKAYEV,
        "k2 name RU: surname",
    ),
    Labelled(
        "Шавкат Мирзиёев",
        _MIRZIYOYEV,
        "k2 name RU: Shavkat Mirziyoyev; Saida absent",
        absent=("ru_saida_mirziyoyeva_forum", "ru_mirzoyan_rubio", "en_overchuk_mirzoyan"),
    ),
    Labelled(
        "Эмомали Рахмон",
        _RAHMON,
        "k2 name RU: not Rustam Emomali, not Rahman",
        absent=(
            "ru_rahman_concert",
            "en_rahman_concert",
            "ru_rustam_emomali_senate",
            "en_rustam_emomali_senate",
        ),
    ),
    Labelled(
        "Садыр Жапаров",
        _JAPAROV,
        "k2 name RU: not Akylbek Japarov",
        absent=("ru_akylbek_japarov_book", "en_akylbek_japarov_book"),
    ),
    Labelled(
        "Александр Лукашенко",
        _LUKASHENKO,
        "k2 name RU: not Dmitry Lukashenko",
        absent=("ru_dmitry_lukashenko_hockey",),
    ),
    Labelled(
        "Антониу Гутерреш",
        _GUTERRES,
        "k2 name RU: not António Costa (Антониу Кошта)",
        absent=("en_costa_council", "ru_costa_council"),
    ),
    Labelled(
        "Рафаэль Гросси",
        _GROSSI,
        "k2 name RU: not chef Luca Grossi",
        absent=("en_chef_luca_grossi", "ru_chef_luca_grossi"),
    ),
    Labelled(
        "Марк Рютте",
        _RUTTE,
        "k2 name RU: Mark Rutte; bakery absent",
        absent=("en_bakery_rutte",),
    ),
    Labelled(
        "Кая Каллас",
        _KALLAS,
        "k2 name RU: Kaja Kallas; Siim Kallas, Maria Callas absent",
        absent=("en_siim_kallas_interview", "ru_callas_opera_evening", "en_callas_opera_evening"),
    ),
    Labelled(
        "Марко Рубио",
        _RUBIO,
        "k2 name RU: Marco Rubio; Ricky absent",
        absent=("en_ricky_rubio_return", "ru_ricky_rubio_return"),
    ),
    Labelled(
        "Стив Уиткофф",
        _WITKOFF,
        "k2 name RU: Steve/Стивен Witkoff; Zach absent",
        absent=("en_zach_witkoff_crypto",),
    ),
    Labelled(
        "Дональд Трамп",
        _TRUMP,
        "k2 name RU: Donald Trump; Melania, tower absent",
        absent=("en_trump_tower_alarm", "en_melania_trump_ai", "ru_melania_trump_ai"),
    ),
    Labelled(
        "Абий Ахмед",
        _ABIY,
        "k2 name RU: Abiy Ahmed; Ahmed al-Sharaa absent",
        absent=("en_sharaa_damascus", "ru_sharaa_damascus"),
    ),
    Labelled(
        "Лула",
        _LULA,
        "k2 name RU: short name Lula",
    ),
    Labelled(
        "Lavrov",
        _LAVROV,
        "k2 name EN: both scripts; namesakes unlabelled, bay leaves absent",
        absent=("ru_recipe_bay_leaf",),
    ),
    Labelled(
        "Sergey Lavrov",
        _LAVROV,
        "k2 name EN: MFA spelling; namesakes absent",
        absent=(
            "ru_actor_kirill_lavrov",
            "en_actor_kirill_lavrov",
            "ru_hockey_ivan_lavrov",
            "ru_recipe_bay_leaf",
        ),
    ),
    Labelled(
        "Maria Zakharova",
        _ZAKHAROVA,
        "k2 name EN: not the ballerina, not Callas",
        absent=(
            "ru_ballerina_zakharova",
            "en_ballerina_zakharova",
            "en_callas_opera_evening",
            "ru_callas_opera_evening",
        ),
    ),
    Labelled(
        "Peskov",
        _PESKOV,
        "k2 name EN: Peskov/Песков; quicksand absent",
        absent=("ru_quicksand_tourists",),
    ),
    Labelled(
        "Dmitry Peskov",
        _PESKOV,
        "k2 name EN: full name; Peskova absent",
        absent=("ru_gymnast_olga_peskova", "ru_quicksand_tourists"),
    ),
    Labelled(
        "Yuri Ushakov",
        _USHAKOV,
        "k2 name EN: full name; admiral absent",
        absent=("ru_admiral_ushakov_sevastopol", "en_admiral_ushakov_sevastopol"),
    ),
    Labelled(
        "Sergei Shoigu",
        _SHOIGU,
        "k2 name EN: full name; father's school absent",
        absent=("ru_kuzhuget_shoigu_school",),
    ),
    Labelled(
        "Abbas Araghchi",
        _ARAGHCHI,
        "k2 name EN: Araghchi/Araqchi/Аракчи",
    ),
    Labelled(
        "Hakan Fidan",
        _FIDAN,
        "k2 name EN: sapling absent",
        absent=("en_sapling_campaign",),
    ),
    Labelled(
        "Recep Tayyip Erdogan",
        _ERDOGAN,
        "k2 name EN: Emine absent",
        absent=("en_emine_erdogan_zero_waste",),
    ),
    Labelled(
        "Faisal bin Farhan",
        _FAISAL,
        "k2 name EN: bin Salman absent",
        absent=("en_faisal_bin_salman_medina",),
    ),
    Labelled(
        "Jaishankar",
        _JAISHANKAR,
        "k2 name EN: surname",
    ),
    Labelled(
        "Narendra Modi",
        _MODI,
        "k2 name EN: modi operandi absent",
        absent=("en_smuggling_modi_operandi",),
    ),
    Labelled(
        "Ishaq Dar",
        _DAR,
        "k2 name EN: Dar es Salaam, «в дар» absent",
        absent=("en_dar_es_salaam_port", "ru_dar_es_salaam_port", "ru_museum_gift_icons"),
    ),
    Labelled(
        "Ararat Mirzoyan",
        _MIRZOYAN,
        "k2 name EN: Mirziyoyev absent",
        absent=(
            "ru_mishustin_mirziyoyev_tashkent",
            "en_tokayev_mirziyoyev_astana",
            "ru_saida_mirziyoyeva_forum",
        ),
    ),
    Labelled(
        "Shavkat Mirziyoyev",
        _MIRZIYOYEV,
        "k2 name EN: Saida, Mirzoyan absent",
        absent=("ru_saida_mirziyoyeva_forum", "ru_mirzoyan_rubio", "en_overchuk_mirzoyan"),
    ),
    Labelled(
        "Emomali Rahmon",
        _RAHMON,
        "k2 name EN: Rustam Emomali, Rahman absent",
        absent=(
            "ru_rahman_concert",
            "en_rahman_concert",
            "ru_rustam_emomali_senate",
            "en_rustam_emomali_senate",
        ),
    ),
    Labelled(
        "Sadyr Japarov",
        _JAPAROV,
        "k2 name EN: Akylbek absent",
        absent=("ru_akylbek_japarov_book", "en_akylbek_japarov_book"),
    ),
    Labelled(
        "Alexander Lukashenko",
        _LUKASHENKO,
        "k2 name EN: Dmitry absent",
        absent=("ru_dmitry_lukashenko_hockey",),
    ),
    Labelled(
        "Antonio Guterres",
        _GUTERRES,
        "k2 name EN: without the accent; Costa absent",
        absent=("en_costa_council", "ru_costa_council"),
    ),
    Labelled(
        "Stephane Dujarric",
        _DUJARRIC,
        "k2 name EN: without the accent",
    ),
    Labelled(
        "Rafael Grossi",
        _GROSSI,
        "k2 name EN: chef absent",
        absent=("en_chef_luca_grossi", "ru_chef_luca_grossi"),
    ),
    Labelled(
        "Mark Rutte",
        _RUTTE,
        "k2 name EN: bakery absent",
        absent=("en_bakery_rutte",),
    ),
    Labelled(
        "Kaja Kallas",
        _KALLAS,
        "k2 name EN: Siim, Callas absent",
        absent=("en_siim_kallas_interview", "ru_callas_opera_evening", "en_callas_opera_evening"),
    ),
    Labelled(
        "Marco Rubio",
        _RUBIO,
        "k2 name EN: Ricky absent",
        absent=("en_ricky_rubio_return", "ru_ricky_rubio_return"),
    ),
    Labelled(
        "Steve Witkoff",
        _WITKOFF,
        "k2 name EN: Zach absent",
        absent=("en_zach_witkoff_crypto",),
    ),
    Labelled(
        "Donald Trump",
        _TRUMP,
        "k2 name EN: Melania, tower absent",
        absent=("en_trump_tower_alarm", "en_melania_trump_ai", "ru_melania_trump_ai"),
    ),
    Labelled(
        "Lula da Silva",
        _LULA,
        "k2 name EN: Лула да Силва, Лулой да Силвой",
    ),
    Labelled(
        "Abiy Ahmed",
        _ABIY,
        "k2 name EN: al-Sharaa absent",
        absent=("en_sharaa_damascus", "ru_sharaa_damascus"),
    ),
    Labelled(
        "Guterres",
        _GUTERRES,
        "k2 name EN: surname",
    ),
    Labelled(
        "Лаврову",
        _LAVROV,
        "k3 declined: dative; both languages",
        absent=("ru_recipe_bay_leaf",),
    ),
    Labelled(
        "Лавровым",
        _LAVROV,
        "k3 declined: instrumental",
        absent=("ru_recipe_bay_leaf",),
    ),
    Labelled(
        "с Сергеем Лавровым",
        _LAVROV,
        "k3 declined: instrumental full name; namesakes absent",
        absent=(
            "ru_actor_kirill_lavrov",
            "en_actor_kirill_lavrov",
            "ru_hockey_ivan_lavrov",
            "ru_recipe_bay_leaf",
        ),
    ),
    Labelled(
        "с Аракчи",
        _ARAGHCHI,
        "k3 declined: indeclinable name after a preposition",
    ),
    Labelled(
        "Мерцем",
        _MERZ,
        "k3 declined: instrumental of Мерц",
    ),
    Labelled(
        "Гутерреша",
        _GUTERRES,
        "k3 declined: genitive",
    ),
    Labelled(
        "Токаеву",
        _TOKAYEV,
        "k3 declined: dative",
    ),
    Labelled(
        "Захаровой",
        _ZAKHAROVA,
        "k3 declined: genitive/dative of Захарова; ballerina unlabelled",
    ),
    Labelled(
        "Марии Захаровой",
        _ZAKHAROVA,
        "k3 declined: full name declined; ballerina and Callas absent",
        absent=("ru_ballerina_zakharova", "en_ballerina_zakharova", "ru_callas_opera_evening"),
    ),
    Labelled(
        "Пескову",
        _PESKOV,
        "k3 declined: dative; quicksand absent",
        absent=("ru_quicksand_tourists",),
    ),
    Labelled(
        "Небензи",
        _NEBENZIA,
        "k3 declined: genitive as the MFA writes it",
    ),
    Labelled(
        "Мишустину",
        _MISHUSTIN,
        "k3 declined: dative",
    ),
    Labelled(
        "Белоусовым",
        _BELOUSOV,
        "k3 declined: instrumental",
    ),
    Labelled(
        "Фиданом",
        _FIDAN,
        "k3 declined: instrumental; sapling absent",
        absent=("en_sapling_campaign",),
    ),
    Labelled(
        "Хакана Фидана",
        _FIDAN,
        "k3 declined: genitive full name",
        absent=("en_sapling_campaign",),
    ),
    Labelled(
        "Эрдогану",
        _ERDOGAN,
        "k3 declined: dative",
    ),
    Labelled(
        "Джайшанкаром",
        _JAISHANKAR,
        "k3 declined: instrumental",
    ),
    Labelled(
        "Мирзояну",
        _MIRZOYAN,
        "k3 declined: dative; Mirziyoyev absent",
        absent=("ru_mishustin_mirziyoyev_tashkent", "en_tokayev_mirziyoyev_astana"),
    ),
    Labelled(
        "Мирзиёеву",
        _MIRZIYOYEV,
        "k3 declined: dative; Mirzoyan absent",
        absent=("ru_mirzoyan_rubio", "en_overchuk_mirzoyan"),
    ),
    Labelled(
        "Рахмону",
        _RAHMON,
        "k3 declined: dative; Rahman absent",
        absent=("ru_rahman_concert", "en_rahman_concert"),
    ),
    Labelled(
        "Жапарову",
        _JAPAROV,
        "k3 declined: dative; Akylbek unlabelled",
    ),
    Labelled(
        "Макрону",
        _MACRON,
        "k3 declined: dative",
    ),
    Labelled(
        "Уиткоффом",
        _WITKOFF,
        "k3 declined: instrumental",
    ),
    Labelled(
        "Трампу",
        _TRUMP,
        "k3 declined: dative",
    ),
    Labelled(
        "Рамафосой",
        _RAMAPHOSA,
        "k3 declined: instrumental",
    ),
    Labelled(
        "Байрамовым",
        _BAYRAMOV,
        "k3 declined: instrumental; holiday absent",
        absent=("ru_kurban_bayram_baku",),
    ),
    Labelled(
        "Саидовым",
        _SAIDOV,
        "k3 declined: instrumental; wrestler unlabelled",
    ),
    Labelled(
        "Дюжаррика",
        _DUJARRIC,
        "k3 declined: genitive",
    ),
    Labelled(
        "с Лулой",
        _LULA,
        "k3 declined: instrumental",
    ),
    Labelled(
        "Абием Ахмедом",
        _ABIY,
        "k3 declined: instrumental",
    ),
    Labelled(
        "Ушакову",
        _USHAKOV,
        "k3 declined: dative; admiral unlabelled",
    ),
    Labelled(
        "Оверчуку",
        _OVERCHUK,
        "k3 declined: dative",
    ),
    Labelled(
        "Гутерриш",
        _GUTERRES,
        "k4 variant: common misspelling of Гутерреш",
    ),
    Labelled(
        "Гутерес",
        _GUTERRES,
        "k4 variant: one р, one е",
    ),
    Labelled(
        "Erdoğan",
        _ERDOGAN,
        "k4 variant: Turkish letter; plain Erdogan and Эрдоган too",
    ),
    Labelled(
        "Erdogan",
        _ERDOGAN,
        "k4 variant: plain Latin; Erdoğan and Эрдоган too",
    ),
    Labelled(
        "Мирзиеев",
        _MIRZIYOYEV,
        "k4 variant: е for ё; Mirzoyan absent",
        absent=("ru_mirzoyan_rubio", "en_overchuk_mirzoyan"),
    ),
    Labelled(
        "Araqchi",
        _ARAGHCHI,
        "k4 variant: Tehran Times spelling; Araghchi and Аракчи too",
    ),
    Labelled(
        "Арагчи",
        _ARAGHCHI,
        "k4 variant: alternative Russian transliteration",
    ),
    Labelled(
        "Абдельати",
        _ABDELATTY,
        "k4 variant: written together",
    ),
    Labelled(
        "Abdel Aty",
        _ABDELATTY,
        "k4 variant: split English spelling",
    ),
    Labelled(
        "Nebenzya",
        _NEBENZIA,
        "k4 variant: alternative transliteration",
    ),
    Labelled(
        "Sergei Lavrov",
        _LAVROV,
        "k4 variant: Sergei vs Sergey; namesakes absent",
        absent=(
            "ru_actor_kirill_lavrov",
            "en_actor_kirill_lavrov",
            "ru_hockey_ivan_lavrov",
            "ru_recipe_bay_leaf",
        ),
    ),
    Labelled(
        "Dmitri Peskov",
        _PESKOV,
        "k4 variant: Dmitri vs Dmitry; Peskova absent",
        absent=("ru_gymnast_olga_peskova", "ru_quicksand_tourists"),
    ),
    Labelled(
        "Рамафоза",
        _RAMAPHOSA,
        "k4 variant: з for с",
    ),
    Labelled(
        "Виткофф",
        _WITKOFF,
        "k4 variant: В- instead of Уи-",
    ),
    Labelled(
        "Стивен Уиткофф",
        _WITKOFF,
        "k4 variant: Steven form as the Kremlin writes it; Zach absent",
        absent=("en_zach_witkoff_crypto",),
    ),
    Labelled(
        "Lukashenka",
        _LUKASHENKO,
        "k4 variant: Belarusian-style spelling; Dmitry unlabelled",
    ),
    Labelled(
        "Mirziyoev",
        _MIRZIYOYEV,
        "k4 variant: short transliteration; Mirzoyan absent",
        absent=("ru_mirzoyan_rubio", "en_overchuk_mirzoyan"),
    ),
    Labelled(
        "Tokaev",
        _TOKAYEV,
        "k4 variant: without y",
    ),
    Labelled(
        "Sergey Shoygu",
        _SHOIGU,
        "k4 variant: Shoygu spelling; father's school absent",
        absent=("ru_kuzhuget_shoigu_school",),
    ),
    Labelled(
        "Эммануэль Макрон",
        _MACRON,
        "k4 variant: е for э; Brigitte absent",
        absent=("en_brigitte_macron_hospital",),
    ),
    Labelled(
        "S. Jaishankar",
        _JAISHANKAR,
        "k4 variant: initial as Indian media write it",
    ),
    Labelled(
        "Фейсал бин Фархан",
        _FAISAL,
        "k4 variant: бин for бен; bin Salman absent",
        absent=("en_faisal_bin_salman_medina",),
    ),
    Labelled(
        "Ishak Dar",
        _DAR,
        "k4 variant: Ishak for Ishaq; Dar es Salaam absent",
        absent=("en_dar_es_salaam_port", "ru_dar_es_salaam_port", "ru_museum_gift_icons"),
    ),
    Labelled(
        "Лула да Силва",
        _LULA,
        "k4 variant: Russian long form",
    ),
    Labelled(
        "Kaya Kallas",
        _KALLAS,
        "k4 variant: Kaya for Kaja; Siim, Callas absent",
        absent=("en_siim_kallas_interview", "ru_callas_opera_evening", "en_callas_opera_evening"),
    ),
    Labelled(
        "Rahmonov",
        _RAHMON,
        "k4 variant: old Russified surname; Rahman absent",
        absent=("ru_rahman_concert", "en_rahman_concert"),
    ),
    Labelled(
        "Steven Witkoff",
        _WITKOFF,
        "k4 variant: full given name; Zach absent",
        absent=("en_zach_witkoff_crypto",),
    ),
    Labelled(
        "Emomali Rakhmon",
        _RAHMON,
        "k4 variant: kh transliteration; Rustam Emomali, Rahman absent",
        absent=(
            "ru_rahman_concert",
            "en_rahman_concert",
            "ru_rustam_emomali_senate",
            "en_rustam_emomali_senate",
        ),
    ),
    Labelled(
        "Лавров Аракчи",
        _LAVROV_ARAKCHI,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Lavrov Araghchi",
        _LAVROV_ARAKCHI,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Лавров Фидан",
        _LAVROV_FIDAN,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Lavrov Fidan",
        _LAVROV_FIDAN,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Путин Моди",
        _PUTIN_MODI,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Putin Modi",
        _PUTIN_MODI,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Путин Эрдоган",
        _PUTIN_ERDOGAN,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Erdogan Putin",
        _PUTIN_ERDOGAN,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Лавров Рубио",
        _LAVROV_RUBIO,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Rubio Lavrov",
        _LAVROV_RUBIO,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Ушаков Уиткофф",
        (
            "ru_riyadh_talks",
            "en_riyadh_talks",
            "ru_putin_witkoff_kremlin",
            "en_putin_witkoff_kremlin",
            "ru_alaska_summit",
            "en_alaska_summit",
        ),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Небензя Гутерреш",
        _NEBENZYA_GUTERRESH,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Guterres Nebenzia",
        _NEBENZYA_GUTERRESH,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Аракчи Гросси",
        _ARAKCHI_GROSSI,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Grossi Araghchi",
        _ARAKCHI_GROSSI,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Мерц Макрон",
        _MERTS_MAKRON,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Macron Merz",
        _MERTS_MAKRON,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Токаев Мирзиёев",
        _TOKAEV_MIRZIEEV,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Tokayev Mirziyoyev",
        _TOKAEV_MIRZIEEV,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Рахмон Жапаров",
        (
            "ru_cis_summit_dushanbe",
            "en_cis_summit_dushanbe",
            "ru_rahmon_japarov_border",
            "en_rahmon_japarov_border",
        ),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Lukashenko Shoigu",
        ("ru_lukashenko_shoigu_minsk", "en_lukashenko_shoigu_minsk"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Захарова Каллас",
        _ZAKHAROVA_KALLAS,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Zakharova Kallas",
        _ZAKHAROVA_KALLAS,
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Песков Мерц",
        ("ru_peskov_merz_range", "en_peskov_merz_range"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Bayramov Mirzoyan",
        ("ru_washington_declaration", "en_washington_declaration"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Фидан Эрдоган",
        (
            "ru_istanbul_talks",
            "en_istanbul_talks",
            "ru_fidan_erdogan_host",
            "en_fidan_erdogan_host",
        ),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Jaishankar Rubio",
        ("ru_jaishankar_rubio_quad", "en_jaishankar_rubio_quad"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Трамп Рютте",
        ("ru_nato_hague_rutte_trump", "en_nato_hague_rutte_trump"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Trump Merz",
        ("ru_merz_trump_white_house", "en_merz_trump_white_house"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Лавров Гутерреш",
        ("ru_lavrov_guterres_unga", "en_lavrov_guterres_unga"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Trump Putin",
        ("ru_alaska_summit", "en_alaska_summit"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Аракчи Уиткофф",
        ("ru_araghchi_witkoff_muscat", "en_araghchi_witkoff_muscat"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Fidan Abdelatty",
        ("ru_abdelatty_fidan_ankara", "en_abdelatty_fidan_ankara"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Лавров Фейсал бен Фархан",
        ("ru_riyadh_talks", "en_riyadh_talks", "ru_lavrov_faisal_call", "en_lavrov_faisal_call"),
        "k5 pair: posts naming both, either language",
    ),
    Labelled(
        "Лавров переговоры",
        (
            "ru_lavrov_araghchi_moscow",
            "ru_riyadh_talks",
            "ru_lavrov_jaishankar_moscow",
            "ru_lavrov_nurtleu_moscow",
        ),
        "k6 name+word: only RU posts naming the person and holding 'переговоры'",
    ),
    Labelled(
        "Lavrov talks",
        (
            "en_riyadh_talks",
            "en_lavrov_jaishankar_moscow",
            "en_lavrov_nurtleu_moscow",
            "en_lavrov_rubio_kuala_lumpur",
            "en_lavrov_wonsan",
        ),
        "k6 name+word: only EN posts naming the person and holding 'talks'",
    ),
    Labelled(
        "Лавров визит",
        ("ru_lavrov_abdelatty_call", "ru_lavrov_jaishankar_moscow", "ru_zakharova_briefing_dprk"),
        "k6 name+word: only RU posts naming the person and holding 'визит'",
    ),
    Labelled(
        "Lavrov visit",
        ("en_zakharova_briefing_dprk",),
        "k6 name+word: only EN posts naming the person and holding 'visit'",
    ),
    Labelled(
        "Рубио переговоры",
        ("ru_riyadh_talks", "ru_jaishankar_rubio_quad"),
        "k6 name+word: only RU posts naming the person and holding 'переговоры'",
    ),
    Labelled(
        "Rubio talks",
        ("en_riyadh_talks", "en_lavrov_rubio_kuala_lumpur"),
        "k6 name+word: only EN posts naming the person and holding 'talks'",
    ),
    Labelled(
        "Песков санкции",
        ("ru_peskov_trump_sanctions",),
        "k6 name+word: only RU posts naming the person and holding 'санкции'",
    ),
    Labelled(
        "Peskov sanctions",
        ("en_peskov_trump_sanctions",),
        "k6 name+word: only EN posts naming the person and holding 'sanctions'",
    ),
    Labelled(
        "Захарова санкции",
        ("ru_zakharova_briefing_dprk",),
        "k6 name+word: only RU posts naming the person and holding 'санкции'",
    ),
    Labelled(
        "Zakharova sanctions",
        ("en_zakharova_briefing_dprk",),
        "k6 name+word: only EN posts naming the person and holding 'sanctions'",
    ),
    Labelled(
        "Каллас санкции",
        ("ru_kallas_18th_package", "ru_kallas_rubio_call"),
        "k6 name+word: only RU posts naming the person and holding 'санкции'",
    ),
    Labelled(
        "Kallas sanctions",
        ("en_kallas_18th_package", "en_kallas_rubio_call"),
        "k6 name+word: only EN posts naming the person and holding 'sanctions'",
    ),
    Labelled(
        "Эрдоган переговоры",
        ("ru_putin_erdogan_call", "ru_istanbul_talks"),
        "k6 name+word: only RU posts naming the person and holding 'переговоры'",
    ),
    Labelled(
        "Erdogan talks",
        ("en_putin_erdogan_call", "en_istanbul_talks"),
        "k6 name+word: only EN posts naming the person and holding 'talks'",
    ),
    Labelled(
        "Аракчи переговоры",
        ("ru_lavrov_araghchi_moscow", "ru_araghchi_faisal_jeddah", "ru_araghchi_witkoff_muscat"),
        "k6 name+word: only RU posts naming the person and holding 'переговоры'",
    ),
    Labelled(
        "Araghchi talks",
        ("en_araghchi_faisal_jeddah", "en_araghchi_witkoff_muscat"),
        "k6 name+word: only EN posts naming the person and holding 'talks'",
    ),
    Labelled(
        "Путин разговор",
        (
            "ru_putin_erdogan_call",
            "ru_putin_tokayev_call",
            "ru_putin_ramaphosa_call",
            "ru_putin_lula_call",
        ),
        "k6 name+word: only RU posts naming the person and holding 'разговор'",
    ),
    Labelled(
        "Putin phone",
        (
            "en_putin_erdogan_call",
            "en_putin_tokayev_call",
            "en_putin_ramaphosa_call",
            "en_putin_lula_call",
        ),
        "k6 name+word: only EN posts naming the person and holding 'phone'",
    ),
    Labelled(
        "Моди саммит",
        ("ru_putin_modi_tianjin", "ru_brics_rio"),
        "k6 name+word: only RU posts naming the person and holding 'саммит'",
    ),
    Labelled(
        "Modi summit",
        ("en_putin_modi_tianjin", "en_brics_rio"),
        "k6 name+word: only EN posts naming the person and holding 'summit'",
    ),
    Labelled(
        "Трамп саммит",
        ("ru_nato_hague_rutte_trump",),
        "k6 name+word: only RU posts naming the person and holding 'саммит'",
    ),
    Labelled(
        "Trump summit",
        ("en_nato_hague_rutte_trump",),
        "k6 name+word: only EN posts naming the person and holding 'summit'",
    ),
    Labelled(
        "Grossi visit",
        ("en_grossi_zaporizhzhia",),
        "k6 name+word: only EN posts naming the person and holding 'visit'",
    ),
    Labelled(
        "Мишустин санкции",
        ("ru_mishustin_duma_report",),
        "k6 name+word: only RU posts naming the person and holding 'санкции'",
    ),
    Labelled(
        "Mishustin sanctions",
        ("en_mishustin_duma_report",),
        "k6 name+word: only EN posts naming the person and holding 'sanctions'",
    ),
    Labelled(
        "Захарова заявление",
        ("ru_zakharova_kallas",),
        "k6 name+word: only RU posts naming the person and holding 'заявление'",
    ),
    Labelled(
        "Witkoff talks",
        ("en_riyadh_talks", "en_araghchi_witkoff_muscat"),
        "k6 name+word: only EN posts naming the person and holding 'talks'",
    ),
    Labelled(
        "Уиткофф переговоры",
        ("ru_riyadh_talks", "ru_araghchi_witkoff_muscat"),
        "k6 name+word: only RU posts naming the person and holding 'переговоры'",
    ),
    Labelled(
        "Захарова брифинг",
        ("ru_zakharova_briefing_dprk",),
        "k6 name+word: only RU posts naming the person and holding 'брифинг'",
    ),
    Labelled(
        "Dujarric briefing",
        ("en_guterres_dujarric_gaza",),
        "k6 name+word: only EN posts naming the person and holding 'briefing'",
    ),
    Labelled(
        "Токаев переговоры",
        ("ru_tokayev_mirziyoyev_astana",),
        "k6 name+word: only RU posts naming the person and holding 'переговоры'",
    ),
    Labelled(
        "Ramaphosa summit",
        ("en_brics_rio", "en_ramaphosa_g20", "en_abiy_ramaphosa_addis"),
        "k6 name+word: only EN posts naming the person and holding 'summit'",
    ),
    Labelled(
        "актёр Кирилл Лавров",
        ("ru_actor_kirill_lavrov", "en_actor_kirill_lavrov"),
        "k7 namesake: the actor in both languages, not the minister",
        absent=("ru_lavrov_wonsan", "en_lavrov_wonsan", "ru_alaska_summit"),
    ),
    Labelled(
        "Svetlana Zakharova",
        ("ru_ballerina_zakharova", "en_ballerina_zakharova"),
        "k7 namesake: the ballerina, not the spokeswoman",
        absent=("en_zakharova_kallas", "ru_zakharova_kallas"),
    ),
    Labelled(
        "адмирал Фёдор Ушаков",
        ("ru_admiral_ushakov_sevastopol", "en_admiral_ushakov_sevastopol"),
        "k7 namesake: the 18th-century admiral in both languages, not aide Yuri Ushakov",
        absent=("ru_ushakov_sco_schedule", "en_ushakov_sco_schedule"),
    ),
    Labelled(
        "Melania Trump",
        ("en_melania_trump_ai", "ru_melania_trump_ai"),
        "k7 namesake: the first lady, not posts naming only Donald Trump",
        absent=("en_merz_trump_white_house", "ru_merz_trump_white_house"),
    ),
    Labelled(
        "Trump Tower",
        ("en_trump_tower_alarm",),
        "k7 namesake: the building; 'tower' is an ordinary word, so only the English post",
    ),
    Labelled(
        "Гейдар Алиев",
        ("en_heydar_aliyev_airport", "ru_heydar_aliyev_center"),
        "k7 namesake: Heydar Aliyev (airport, centre), not Ilham Aliyev",
        absent=("ru_washington_declaration", "en_washington_declaration"),
    ),
    Labelled(
        "António Costa",
        ("en_costa_council", "ru_costa_council"),
        "k7 namesake: the European Council president, not Guterres, not Costa Coffee",
        absent=("en_costa_coffee", "en_guterres_dujarric_gaza", "ru_guterres_dujarric_gaza"),
    ),
    Labelled(
        "Мария Каллас",
        ("ru_callas_opera_evening", "en_callas_opera_evening"),
        "k7 namesake: the singer in both spellings, not Kaja Kallas nor Maria Zakharova",
        absent=("ru_kallas_18th_package", "ru_zakharova_kallas", "en_zakharova_kallas"),
    ),
    Labelled(
        "Dar es Salaam",
        ("en_dar_es_salaam_port", "ru_dar_es_salaam_port"),
        "k7 namesake: the port city, not Ishaq Dar",
        absent=("en_dar_ceasefire", "ru_dar_ceasefire"),
    ),
    Labelled(
        "Рикки Рубио",
        ("en_ricky_rubio_return", "ru_ricky_rubio_return"),
        "k7 namesake: the basketball player, not Marco Rubio",
        absent=("ru_mirzoyan_rubio", "en_mirzoyan_rubio"),
    ),
    Labelled(
        "Akylbek Japarov",
        ("ru_akylbek_japarov_book", "en_akylbek_japarov_book"),
        "k7 namesake: the former cabinet chairman, not President Sadyr Japarov",
        absent=("en_rahmon_japarov_border", "ru_rahmon_japarov_border"),
    ),
    Labelled(
        "Rustam Emomali",
        ("ru_rustam_emomali_senate", "en_rustam_emomali_senate"),
        "k7 namesake: the Senate chairman, not Emomali Rahmon",
        absent=("en_rahmon_japarov_border", "ru_rahmon_japarov_border"),
    ),
    Labelled(
        "Ahmed al-Sharaa",
        ("en_sharaa_damascus", "ru_sharaa_damascus"),
        "k7 namesake: Syria's president, not Abiy Ahmed",
        absent=("en_abiy_gerd", "ru_abiy_gerd"),
    ),
    Labelled(
        "Zach Witkoff",
        ("en_zach_witkoff_crypto",),
        "k7 namesake: the son, not envoy Steve Witkoff",
        absent=("en_araghchi_witkoff_muscat",),
    ),
    Labelled(
        "Merz Therapeutics",
        ("en_merz_pharma",),
        "k7 namesake: the company, not the chancellor",
        absent=("en_merz_trump_white_house",),
    ),
    Labelled(
        "Саида Мирзиёева",
        ("ru_saida_mirziyoyeva_forum",),
        "k7 namesake: the daughter, not Shavkat Mirziyoyev",
        absent=("ru_tokayev_mirziyoyev_astana", "en_tokayev_mirziyoyev_astana"),
    ),
    Labelled(
        "Emine Erdogan",
        ("en_emine_erdogan_zero_waste",),
        "k7 namesake: the first lady, not the president",
        absent=("en_erdogan_trump_white_house",),
    ),
    Labelled(
        "Людмила Белоусова",
        ("ru_skater_belousova_memorial",),
        "k7 namesake: the skater, not the defence minister",
        absent=("ru_belousov_qingdao", "en_belousov_qingdao"),
    ),
    Labelled(
        "гимнастка Ольга Пескова",
        ("ru_gymnast_olga_peskova",),
        "k7 namesake: the gymnast, not the Kremlin spokesman",
        absent=("ru_peskov_weather", "ru_peskov_merz_range"),
    ),
    Labelled(
        "A.R. Rahman",
        ("ru_rahman_concert", "en_rahman_concert"),
        "k7 namesake: the composer in both scripts, not Rahmon",
        absent=("en_rahmon_japarov_border", "ru_rahmon_japarov_border"),
    ),
    Labelled(
        "лавров",
        _LAVROV,
        "k8 lower/typo: lower case surname; namesakes unlabelled",
    ),
    Labelled(
        "peskov",
        _PESKOV,
        "k8 lower/typo: lower case Latin",
        absent=("ru_quicksand_tourists",),
    ),
    Labelled(
        "гутерреш",
        _GUTERRES,
        "k8 lower/typo: lower case",
    ),
    Labelled(
        "rutte",
        _RUTTE,
        "k8 lower/typo: lower case; bakery unlabelled",
    ),
    Labelled(
        "захарова",
        _ZAKHAROVA,
        "k8 lower/typo: lower case",
    ),
    Labelled(
        "erdogan",
        _ERDOGAN,
        "k8 lower/typo: lower case, no ğ",
    ),
    Labelled(
        "мерц",
        _MERZ,
        "k8 lower/typo: lower case",
    ),
    Labelled(
        "witkoff",
        _WITKOFF,
        "k8 lower/typo: lower case",
    ),
    Labelled(
        "кая каллас",
        _KALLAS,
        "k8 lower/typo: lower case full name; Siim, Callas absent",
        absent=("en_siim_kallas_interview", "ru_callas_opera_evening", "en_callas_opera_evening"),
    ),
    Labelled(
        "Guteres",
        _GUTERRES,
        "k8 lower/typo: typo, one r",
    ),
    Labelled(
        "Jaishanker",
        _JAISHANKAR,
        "k8 lower/typo: typo -er",
    ),
    Labelled(
        "Witkof",
        _WITKOFF,
        "k8 lower/typo: typo, one f",
    ),
    Labelled(
        "Захорова",
        _ZAKHAROVA,
        "k8 lower/typo: typo о for а",
    ),
    Labelled(
        "Небензья",
        _NEBENZIA,
        "k8 lower/typo: typo with soft sign",
    ),
    Labelled(
        "Lavrow",
        _LAVROV,
        "k8 lower/typo: German-style w",
        absent=("ru_recipe_bay_leaf",),
    ),
    Labelled(
        "Мишустн",
        _MISHUSTIN,
        "k8 lower/typo: dropped letter",
    ),
    Labelled(
        "Grosi",
        _GROSSI,
        "k8 lower/typo: one s; chef unlabelled",
    ),
    Labelled(
        "Erdgoan",
        _ERDOGAN,
        "k8 lower/typo: transposed letters",
    ),
    Labelled(
        "Ramaphossa",
        _RAMAPHOSA,
        "k8 lower/typo: doubled s",
    ),
    Labelled(
        "Джайшанкр",
        _JAISHANKAR,
        "k8 lower/typo: dropped vowel",
    ),
    Labelled(
        "nurtleu",
        _NURTLEU,
        "k8 lower/typo: lower case Latin surname",
    ),
)

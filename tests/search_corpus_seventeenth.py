"""Session 44's blind set: official-channel posts of 2025-2026 as the Russian MFA, the
Kremlin, TASS/RIA/Interfax and English-language wires and ministries write them, with the
queries analysts and journalists type against them in Russian and English. Written blind:
its author read neither the search code, its documents nor the other labelled sets (only the
Labelled dataclass and one module's layout), and never ran the search, so it measures how
the search generalises to queries its authors never saw.

How it was labelled, from each post's text alone:
* expected = every post that names every thing the query names, in any grammatical form
  (case, number, tense, aspect, a derived adjective or noun: санкции/санкционный,
  высылка/выслала, Каспий/каспийский), typo, keyboard layout, ё/е, or abbreviation.
  People, places, states (with their demonyms) and organisations are names and cross
  scripts and languages (Лавров = Lavrov, ООН = UN, Китай = China/Chinese, МАГАТЭ = IAEA,
  ЦБ = Банк России = Bank of Russia). Ordinary words do not cross languages: the English
  twin of a Russian story is left unlabelled for a Russian common-noun query and vice versa.
* a post that is merely related (same story, other words; a synonym; a hashtag query's
  other posts on the topic) is left unlabelled: found or not, it does not count.
* absent = posts that must not be found because they are something else that looks the
  same: another person of the surname (the actor Kirill Lavrov, Mark Zakharov's theatre,
  Olga Peskova, Admiral Ushakov's medal), homographs (стали/сталь, Газа/газа, Того/того,
  Куба/кубов, Мирный/мирный, visa/visit, Turkey/turkey, China/china), another number
  (17th vs 18th package, 15 марта vs 15 февраля, 6% vs 6,6%, 1,5 млн тонн vs $1,5 млрд),
  another body (генсек ООН vs генсек НАТО, Совет Безопасности vs Совет коллективной
  безопасности), and words merely split apart for a quoted phrase.
* a handful of queries share no word with their answer (Северная Корея vs КНДР, ГА ООН,
  СПб, КТК, ЗАЭС, Alaska summit, Словакия); their `why` says "hard".
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # --- Sergey Lavrov (and two namesakes) ---
    "ru_lav_beijing": (
        (3, 3),
        "mid_rf",
        "#Лавров #Россия_Китай 🇷🇺🇨🇳 С.В.Лавров провёл переговоры с Министром иностранных дел "
        "КНР Ван И в Пекине. Стороны обсудили подготовку визита Президента России в Китай, "
        "взаимодействие в ШОС и БРИКС.",
    ),
    "ru_lav_rubio_call": (
        (3, 5),
        "mid_rf",
        "☎️ Министр иностранных дел Российской Федерации С.В.Лавров провёл телефонный "
        "разговор с Государственным секретарём США М.Рубио. Обсуждены перспективы "
        "урегулирования украинского кризиса и восстановления работы посольств.",
    ),
    "ru_lav_noprecond": (
        (3, 6),
        "tass",
        "Лавров заявил, что Россия готова к переговорам с Украиной без предварительных "
        "условий, но Киев должен отменить указ о запрете контактов.",
    ),
    "ru_lav_china_trip": (
        (4, 2),
        "ria",
        "Глава МИД РФ Сергей Лавров посетит Китай 14–15 апреля, сообщила официальный "
        "представитель МИД Мария Захарова.",
    ),
    "ru_lav_ankara": (
        (4, 10),
        "mid_rf",
        "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации "
        "С.В.Лаврова в ходе пресс-конференции по итогам переговоров с Министром иностранных "
        "дел Турецкой Республики Х.Фиданом, Анкара, 10 апреля 2025 года",
    ),
    "ru_lav_laos": (
        (5, 20),
        "tass",
        "Лаврову вручили орден Дружбы Лаосской Народно-Демократической Республики во время "
        "визита во Вьентьян.",
    ),
    "ru_lav_iraq": (
        (6, 12),
        "mid_rf",
        "#Лавров Сергей Викторович Лавров встретился с Министром иностранных дел Ирака Фуадом "
        "Хусейном. Обсуждены энергетическое сотрудничество и обстановка в Сирии.",
    ),
    "ru_lav_kl": (
        (7, 11),
        "interfax",
        "Сергей Лавров и Марко Рубио встретились в Куала-Лумпуре на полях министерских "
        "мероприятий АСЕАН. Беседа продолжалась около 50 минут.",
    ),
    "ru_lav_alaska": (
        (8, 15),
        "ria",
        "Лавров прилетел на Аляску в свитере с надписью «СССР». Российская делегация "
        "разместилась в Анкоридже.",
    ),
    "ru_lav_unga": (
        (9, 27),
        "tass",
        "Сергей Лавров выступил на 80-й сессии Генеральной Ассамблеи ООН в Нью-Йорке и "
        "обвинил Запад в разрушении системы международного права.",
    ),
    "ru_lav_pyongyang": (
        (7, 12),
        "ria",
        "Лавров прибыл в Вонсан: министр проведёт переговоры с главой МИД КНДР Чвэ Сон Хи.",
    ),
    "ru_lav_will_meet": (
        (10, 20),
        "tass",
        "Лавров и Рубио проведут телефонный разговор для подготовки возможной встречи "
        "лидеров, сообщили в МИД.",
    ),
    "ru_actor_lavrov": (
        (2, 15),
        "culture_spb",
        "В Санкт-Петербурге открылась выставка к 100-летию народного артиста СССР Кирилла "
        "Лаврова. Представлены костюмы из спектаклей БДТ.",
    ),
    "ru_hockey_lavrov": (
        (11, 8),
        "sport_ru",
        "Нападающий «Торпедо» Лавров забросил две шайбы в матче КХЛ с «Салаватом Юлаевым».",
    ),
    "en_lav_noprecond": (
        (3, 6),
        "tass_en",
        "Lavrov says Russia is ready for talks with Ukraine without preconditions.",
    ),
    "en_lav_beijing": (
        (3, 3),
        "mfa_en",
        "Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi in "
        "Beijing. #Lavrov #RussiaChina",
    ),
    "en_lav_kl": (
        (7, 11),
        "reuters",
        "Russia's Lavrov and U.S. Secretary of State Rubio met on the sidelines of the ASEAN "
        "meetings in Kuala Lumpur.",
    ),
    "en_lav_alaska": (
        (8, 15),
        "reuters",
        "Russian Foreign Minister Sergei Lavrov arrived in Alaska wearing a sweatshirt "
        "emblazoned with 'CCCP'.",
    ),
    "en_lav_unga": (
        (9, 27),
        "ria_en",
        "Lavrov addressed the 80th session of the UN General Assembly, accusing Western "
        "countries of undermining international law.",
    ),
    "en_lav_talking": (
        (10, 21),
        "ap",
        "Lavrov and Rubio talked by phone ahead of a possible summit, the Russian Foreign "
        "Ministry said.",
    ),
    # --- Maria Zakharova (and namesakes) ---
    "ru_zakh_brief": (
        (3, 12),
        "mid_rf",
        "🎙 Брифинг официального представителя МИД России М.В.Захаровой, Москва, 12 марта 2025 "
        "года #Захарова #брифинг",
    ),
    "ru_zakh_suicide": (
        (3, 13),
        "tass",
        "Захарова назвала новый пакет санкций Евросоюза «актом экономического самоубийства».",
    ),
    "ru_zakh_moldova": (
        (4, 17),
        "ria",
        "Мария Захарова заявила, что Москва ответит на высылку российских дипломатов из Молдавии.",
    ),
    "ru_zakh_estonia": (
        (5, 22),
        "mid_rf",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с решением "
        "властей Эстонии конфисковать имущество Русской православной церкви.",
    ),
    "ru_zakh_journal": (
        (6, 5),
        "ria",
        "Официальный представитель МИД Захарова пообещала добиться освобождения российских "
        "журналистов, задержанных в Латвии.",
    ),
    "ru_zakh_latin": (
        (9, 3),
        "interfax",
        "Захарова: Лондон стоит за провокациями против российских танкеров в Балтийском море.",
    ),
    "ru_lenkom": (
        (1, 20),
        "culture",
        "В «Ленкоме Марка Захарова» покажут премьеру спектакля по пьесе Островского. Сцена "
        "театра была закрыта на ремонт.",
    ),
    "ru_gymnast_zakh": (
        (7, 2),
        "sport_ru",
        "Гимнастка Екатерина Захарова завоевала золото в упражнениях с лентой на этапе Кубка мира.",
    ),
    "en_zakh_brief": (
        (3, 12),
        "tass_en",
        "Russian Foreign Ministry spokeswoman Maria Zakharova said at a weekly briefing that "
        "the EU sanctions would backfire.",
    ),
    "en_zakh_uk": (
        (9, 3),
        "reuters",
        "Zakharova accused London of orchestrating provocations against Russian tankers in "
        "the Baltic.",
    ),
    "en_zakh_moldova": (
        (4, 17),
        "tass_en",
        "Zakharova vows response to expulsion of Russian diplomats from Moldova.",
    ),
    # --- Dmitry Peskov (and a namesake) ---
    "ru_pesk_nocomment": (
        (2, 20),
        "tass",
        "Песков: в Кремле не комментируют сообщения о возможной встрече Путина и Трампа в "
        "Эр-Рияде.",
    ),
    "ru_pesk_tariffs": (
        (4, 3),
        "ria",
        "Пресс-секретарь президента Дмитрий Песков заявил, что новые пошлины США не затронут "
        "Россию напрямую, так как товарооборот сведён к минимуму.",
    ),
    "ru_pesk_meeting": (
        (5, 14),
        "interfax",
        "Дмитрий Сергеевич Песков сообщил, что Путин проведёт совещание по экономическим "
        "вопросам в среду.",
    ),
    "ru_pesk_istanbul": (
        (6, 2),
        "tass",
        "По словам Пескова, переговоры с Украиной в Стамбуле продолжатся на уровне экспертов.",
    ),
    "ru_pesk_sanctions": (
        (10, 23),
        "ria",
        "Песков: новые американские санкции против нефтяных компаний не скажутся на экономике "
        "России.",
    ),
    "ru_teacher_peskova": (
        (10, 5),
        "regions",
        "Учительница физики из Тамбова Ольга Пескова стала победителем конкурса «Учитель года "
        "России».",
    ),
    "en_pesk_tariffs": (
        (4, 3),
        "reuters",
        "Kremlin spokesman Dmitry Peskov said the new U.S. tariffs would not directly affect "
        "Russia.",
    ),
    "en_pesk_istanbul": (
        (6, 2),
        "tass_en",
        "Peskov: Moscow expects the Istanbul talks to continue at expert level.",
    ),
    "en_pesk_nosummit": (
        (10, 22),
        "ap",
        "Peskov told reporters there was no date yet for a Putin-Trump summit in Budapest.",
    ),
    # --- Yuri Ushakov (and the admiral) ---
    "ru_ush_alaska": (
        (8, 12),
        "kremlin",
        "Помощник Президента Ю.В.Ушаков: встреча В.В.Путина и Д.Трампа пройдёт на Аляске 15 "
        "августа.",
    ),
    "ru_ush_witkoff": (
        (8, 6),
        "tass",
        "Юрий Ушаков рассказал о встрече Путина с Уиткоффом в Кремле, которая продолжалась "
        "около трёх часов.",
    ),
    "ru_ush_budapest": (
        (10, 17),
        "ria",
        "Ушаков: подготовка саммита в Будапеште начнётся с контактов Лаврова и Рубио.",
    ),
    "ru_admiral_medal": (
        (7, 27),
        "mil_ru",
        "В День ВМФ морякам Балтийского флота вручили медали Ушакова. Церемония прошла в "
        "Кронштадте.",
    ),
    "ru_admiral_ship": (
        (5, 3),
        "mil_ru",
        "Фрегат «Адмирал Ушаков» вернулся в Североморск после дальнего похода.",
    ),
    "en_ush_alaska": (
        (8, 12),
        "reuters",
        "Kremlin aide Yuri Ushakov said Putin and Trump would meet in Alaska on August 15.",
    ),
    "en_ush_budapest": (
        (10, 17),
        "tass_en",
        "Ushakov: preparation of the Budapest summit to start with Lavrov-Rubio contacts.",
    ),
    # --- Putin ---
    "ru_put_sco": (
        (9, 1),
        "kremlin",
        "В.В.Путин принял участие в заседании Совета глав государств – членов ШОС в Тяньцзине.",
    ),
    "ru_put_modi": (
        (12, 5),
        "kremlin",
        "#Путин_Индия Владимир Путин и Премьер-министр Индии Нарендра Моди провели переговоры "
        "в Нью-Дели и подписали совместное заявление.",
    ),
    "ru_put_direct_line": (
        (12, 19),
        "ria",
        "Путин ответил на вопросы россиян в ходе «Итогов года». Прямая линия продолжалась "
        "более четырёх часов.",
    ),
    "en_put_modi": (
        (12, 5),
        "reuters",
        "Putin and Indian Prime Minister Narendra Modi held talks in New Delhi and signed a "
        "joint statement.",
    ),
    "en_put_alaska": (
        (8, 16),
        "ap",
        "Putin and Trump met for nearly three hours at a military base in Anchorage, Alaska.",
    ),
    # --- UN / Nebenzia ---
    "ru_neb_ukraine": (
        (2, 24),
        "mid_rf",
        "Выступление Постоянного представителя России при ООН В.А.Небензи на заседании Совета "
        "Безопасности ООН по Украине. #СБООН",
    ),
    "ru_neb_res2774": (
        (2, 25),
        "tass",
        "Совет Безопасности ООН принял резолюцию 2774 с призывом к скорейшему прекращению "
        "конфликта на Украине. Россия голосовала за.",
    ),
    "ru_neb_nordstream": (
        (3, 28),
        "ria",
        "Небензя: Запад блокирует расследование диверсий на газопроводах «Северный поток».",
    ),
    "ru_neb_veto": (
        (11, 18),
        "tass",
        "Россия наложила вето на проект резолюции СБ ООН по Судану, подготовленный "
        "Великобританией.",
    ),
    "ru_neb_gaza": (
        (6, 5),
        "ria",
        "Василий Небензя призвал СБ ООН добиться немедленного прекращения огня в секторе Газа.",
    ),
    "ru_unga_vote": (
        (10, 28),
        "tass",
        "Генассамблея ООН в 33-й раз приняла резолюцию с призывом снять блокаду Кубы. Против "
        "голосовали США и Израиль.",
    ),
    "ru_guterres": (
        (4, 22),
        "ria",
        "Генсек ООН Антониу Гутерриш призвал стороны конфликта соблюдать пасхальное перемирие.",
    ),
    "en_neb_ukraine": (
        (2, 24),
        "tass_en",
        "Russia's UN envoy Vassily Nebenzia told the Security Council that the West had "
        "sabotaged peace efforts.",
    ),
    "en_neb_gaza": (
        (6, 5),
        "ria_en",
        "Nebenzya urged the UN Security Council to secure an immediate ceasefire in the Gaza "
        "Strip.",
    ),
    "en_res2774": (
        (2, 25),
        "reuters",
        "The UN Security Council adopted resolution 2774 calling for a swift end to the "
        "conflict in Ukraine; European members abstained.",
    ),
    "en_unsc_sudan": (
        (11, 18),
        "ap",
        "Russia vetoed a UNSC draft resolution on Sudan drafted by Britain.",
    ),
    "en_guterres": (
        (4, 22),
        "un_news",
        "UN Secretary-General António Guterres called for respect of the Easter truce.",
    ),
    # --- Sanctions ---
    "ru_sanc_eu17": (
        (5, 20),
        "tass",
        "Совет ЕС утвердил 17-й пакет санкций против России. В список включены 189 судов так "
        "называемого «теневого флота».",
    ),
    "ru_sanc_eu18": (
        (7, 18),
        "ria",
        "Евросоюз одобрил 18-й пакет санкций: потолок цен на российскую нефть снижен до $47,6 "
        "за баррель.",
    ),
    "ru_sanc_policy": (
        (7, 19),
        "mid_rf",
        "Комментарий М.В.Захаровой: ЕС продолжает самоубийственную санкционную политику "
        "вопреки интересам собственных граждан.",
    ),
    "ru_sanc_us_oil": (
        (10, 22),
        "interfax",
        "Минфин США ввёл санкции против «Роснефти» и «Лукойла» и их дочерних компаний.",
    ),
    "ru_sanc_japan_stop": (
        (3, 25),
        "mid_rf",
        "В ответ на антироссийские санкции Японии МИД России расширил стоп-лист: въезд в "
        "Российскую Федерацию закрыт для 21 гражданина Японии.",
    ),
    "ru_sanc_uk_tankers": (
        (5, 9),
        "tass",
        "Великобритания ввела ограничительные меры против 100 танкеров, перевозящих "
        "российскую нефть.",
    ),
    "ru_sanc_swiss": (
        (6, 3),
        "interfax",
        "Швейцария присоединилась к санкционному пакету Евросоюза и заморозила активы ещё 30 "
        "физических лиц.",
    ),
    "ru_sanc_lift": (
        (3, 26),
        "ria",
        "Россия и США обсуждали в Эр-Рияде снятие санкций с «Россельхозбанка» для "
        "возобновления Черноморской инициативы.",
    ),
    "ru_sanc_canada": (
        (2, 24),
        "tass",
        "Канада объявила о новых санкциях против 76 физических и юридических лиц из России.",
    ),
    "ru_sanc_sanctioned": (
        (8, 28),
        "ria",
        "Подсанкционные банки смогут проводить платежи за экспорт зерна через новый механизм.",
    ),
    "ru_sanc_19": (
        (10, 23),
        "tass",
        "ЕС принял 19-й пакет антироссийских санкций, включающий запрет на импорт российского "
        "СПГ с 2027 года.",
    ),
    "ru_sanc_counter": (
        (8, 1),
        "ria",
        "Правительство продлило продовольственное эмбарго против стран, которые ввели "
        "санкции, до конца 2026 года.",
    ),
    "en_sanc_eu17": (
        (5, 20),
        "reuters",
        "EU adopts 17th sanctions package against Russia, targeting 189 shadow fleet vessels.",
    ),
    "en_sanc_us_oil": (
        (10, 22),
        "reuters",
        "U.S. Treasury sanctions Rosneft and Lukoil, Russia's two largest oil companies.",
    ),
    "en_sanc_uk_tankers": (
        (5, 9),
        "fcdo",
        "The UK has sanctioned 100 oil tankers carrying Russian oil in a crackdown on the "
        "shadow fleet.",
    ),
    "en_sanc_japan": (
        (3, 25),
        "tass_en",
        "Russia bans entry to 21 Japanese nationals in response to Tokyo's sanctions.",
    ),
    "en_sanc_eu19": (
        (10, 23),
        "ap",
        "The EU approved a 19th package of sanctions, including a ban on Russian LNG imports "
        "from 2027.",
    ),
    "en_sanc_sanctioning": (
        (11, 4),
        "reuters",
        "Washington is considering sanctioning more Chinese refiners that buy Russian crude.",
    ),
    # --- BRICS ---
    "ru_brics_rio": (
        (7, 6),
        "kremlin",
        "#BRICS #БРИКС 🇧🇷 В Рио-де-Жанейро открылся саммит БРИКС. В.В.Путин принимает участие "
        "в мероприятиях в формате видеоконференции.",
    ),
    "ru_brics_decl": (
        (7, 7),
        "tass",
        "Лидеры стран БРИКС приняли Декларацию Рио-де-Жанейро из 126 пунктов.",
    ),
    "ru_brics_ministers": (
        (4, 28),
        "mid_rf",
        "С.В.Лавров принял участие в заседании министров иностранных дел стран БРИКС в "
        "Рио-де-Жанейро. #БРИКС",
    ),
    "ru_brics_partners": (
        (1, 7),
        "ria",
        "Индонезия стала полноправным членом объединения БРИКС, сообщила председательствующая "
        "Бразилия.",
    ),
    "ru_brics_india": (
        (12, 20),
        "tass",
        "Индия в 2026 году примет председательство в БРИКС; саммит объединения пройдёт в Нью-Дели.",
    ),
    "ru_brics_pay": (
        (9, 10),
        "interfax",
        "Минфин: платёжная система стран БРИКС заработает в тестовом режиме не раньше 2026 года.",
    ),
    "en_brics_rio": (
        (7, 6),
        "reuters",
        "BRICS leaders gather in Rio de Janeiro; Putin joins by video link. #BRICS",
    ),
    "en_brics_indonesia": (
        (1, 7),
        "ap",
        "Indonesia became a full member of the BRICS group, Brazil said.",
    ),
    "en_brics_tariff": (
        (7, 7),
        "reuters",
        "Trump threatened an additional 10% tariff on countries aligning with the "
        "anti-American policies of BRICS.",
    ),
    # --- SCO ---
    "ru_sco_tianjin": (
        (8, 31),
        "kremlin",
        "#ШОС2025 Президент России прибыл в Тяньцзинь для участия в саммите Шанхайской "
        "организации сотрудничества.",
    ),
    "ru_sco_decl": (
        (9, 1),
        "tass",
        "Главы государств ШОС подписали Тяньцзиньскую декларацию и одобрили стратегию "
        "развития организации до 2035 года.",
    ),
    "ru_sco_fm": (
        (7, 15),
        "mid_rf",
        "С.В.Лавров принял участие в СМИД ШОС в Тяньцзине. На полях встречи состоялись "
        "переговоры с министром иностранных дел Индии С.Джайшанкаром.",
    ),
    "ru_sco_bank": (
        (9, 2),
        "ria",
        "Страны Шанхайской организации договорились о создании банка развития ШОС.",
    ),
    "en_sco_tianjin": (
        (8, 31),
        "reuters",
        "Xi hosts Putin and Modi at the Shanghai Cooperation Organisation summit in Tianjin.",
    ),
    "en_sco_bank": ((9, 2), "tass_en", "SCO members agreed to set up an SCO Development Bank."),
    "en_sco_org": (
        (9, 1),
        "ap",
        "The Shanghai Cooperation Organization adopted the Tianjin Declaration.",
    ),
    # --- CIS, CSTO, EAEU ---
    "ru_cis_dushanbe": (
        (10, 10),
        "kremlin",
        "Владимир Путин принял участие в заседании Совета глав государств СНГ в Душанбе. #СНГ",
    ),
    "ru_cis_aliyev": (
        (10, 9),
        "ria",
        "Путин и Алиев встретились в Душанбе на полях саммита Содружества Независимых Государств.",
    ),
    "ru_cis_informal": (
        (12, 22),
        "tass",
        "Неформальный саммит СНГ пройдёт в Санкт-Петербурге 22 декабря.",
    ),
    "ru_csto_bishkek": (
        (11, 27),
        "kremlin",
        "В Бишкеке состоялась сессия Совета коллективной безопасности ОДКБ. Председательство "
        "в организации перешло к России.",
    ),
    "ru_csto_armenia": (
        (6, 13),
        "ria",
        "Армения заморозила участие в Организации Договора о коллективной безопасности и не "
        "будет платить взносы.",
    ),
    "ru_csto_drills": (
        (9, 5),
        "mil_ru",
        "Учения ОДКБ «Взаимодействие-2025» прошли в Белоруссии.",
    ),
    "en_csto_armenia": (
        (6, 13),
        "reuters",
        "Armenia will not pay its CSTO dues after freezing its participation in the "
        "Moscow-led security bloc.",
    ),
    "ru_eaeu_minsk": (
        (6, 27),
        "kremlin",
        "В Минске прошло заседание Высшего Евразийского экономического совета. Лидеры ЕАЭС "
        "подписали соглашение о свободной торговле с ОАЭ.",
    ),
    "ru_eaeu_mongolia": (
        (6, 28),
        "tass",
        "Евразийский экономический союз и Монголия подписали временное соглашение о торговле.",
    ),
    "ru_eaeu_overchuk": (
        (11, 11),
        "interfax",
        "Вице-премьер Алексей Оверчук: товарооборот внутри ЕАЭС вырос на 6%.",
    ),
    "en_eaeu_uae": (
        (6, 27),
        "tass_en",
        "The Eurasian Economic Union signed a free trade agreement with the United Arab "
        "Emirates in Minsk.",
    ),
    "en_eaeu_abbrev": (
        (11, 11),
        "reuters",
        "EAEU internal trade rose 6%, Deputy Prime Minister Overchuk said.",
    ),
    # --- Consular: visas, evacuations, embassies ---
    "ru_visa_evisa": (
        (1, 15),
        "mid_rf",
        "ℹ️ С 1 января иностранцы из 55 стран могут оформить единую электронную визу для "
        "въезда в Россию сроком до 30 дней. #консульство",
    ),
    "ru_visa_china_free": (
        (9, 15),
        "tass",
        "Китай ввёл безвизовый режим для граждан России сроком на один год с 15 сентября в "
        "порядке эксперимента.",
    ),
    "ru_visa_russia_free": (
        (12, 1),
        "kremlin",
        "Путин подписал указ о безвизовом въезде для граждан КНР с 1 декабря 2025 года.",
    ),
    "ru_visa_schengen": (
        (11, 7),
        "ria",
        "Еврокомиссия запретила выдавать россиянам многократные шенгенские визы.",
    ),
    "ru_visa_usa": (
        (5, 16),
        "interfax",
        "Посольство США в Москве возобновит приём заявлений на визы для студентов и журналистов.",
    ),
    "ru_visa_eu_ban": (
        (11, 8),
        "mid_rf",
        "Захарова назвала решение ЕС о визах для россиян дискриминационным и пообещала "
        "ответные меры.",
    ),
    "en_visa_evisa": (
        (1, 15),
        "mfa_en",
        "Foreign nationals from 55 countries can now apply for a unified e-visa to enter "
        "Russia for up to 30 days.",
    ),
    "en_visa_schengen": (
        (11, 7),
        "reuters",
        "The European Commission barred Russians from receiving multiple-entry Schengen visas.",
    ),
    "en_visa_china": (
        (9, 15),
        "ap",
        "China introduced visa-free entry for Russian citizens for one year on a trial basis.",
    ),
    "ru_evac_iran": (
        (6, 18),
        "mid_rf",
        "⚠️ Посольство России в Тегеране организует эвакуацию граждан через Азербайджан и "
        "Туркменистан. Телефон горячей линии: +98 21 6670 1161.",
    ),
    "ru_evac_israel": (
        (6, 16),
        "tass",
        "МЧС России эвакуировало из Израиля через Египет более 300 российских граждан.",
    ),
    "ru_evac_planes": (
        (6, 22),
        "ria",
        "Самолёты МЧС вывезли из Баку 150 россиян, эвакуированных из Ирана.",
    ),
    "ru_evac_lebanon": (
        (10, 3),
        "tass",
        "Россиян эвакуируют из Ливана: спецборт вылетел из Бейрута в Москву.",
    ),
    "ru_evac_kursk": (
        (8, 12),
        "regions",
        "Из приграничных районов Курской области эвакуировали ещё 2 тыс. жителей.",
    ),
    "en_evac_iran": (
        (6, 18),
        "tass_en",
        "Russian embassy in Tehran organises evacuation of citizens via Azerbaijan and "
        "Turkmenistan.",
    ),
    "en_evac_israel": (
        (6, 16),
        "reuters",
        "Russia evacuated more than 300 of its citizens from Israel via Egypt.",
    ),
    "ru_emb_moldova": (
        (4, 16),
        "mid_rf",
        "Посол России в Молдавии вызван в МИД республики; трое сотрудников посольства "
        "объявлены персонами нон грата.",
    ),
    "ru_emb_expel_est": (
        (3, 18),
        "tass",
        "Эстония выслала российского дипломата; Москва пообещала зеркальный ответ.",
    ),
    "ru_emb_expelled_uk": (
        (10, 30),
        "ria",
        "Россия выслала британского дипломата, которого обвинили в разведывательной деятельности.",
    ),
    "ru_emb_syria": (
        (2, 10),
        "interfax",
        "Посольство России в Дамаске продолжает работу в штатном режиме, заявили в МИД.",
    ),
    "ru_emb_us_return": (
        (2, 28),
        "mid_rf",
        "Российская и американская делегации провели консультации в Стамбуле по работе дипмиссий.",
    ),
    "en_emb_expel": (
        (10, 30),
        "reuters",
        "Russia expelled a British diplomat it accused of spying.",
    ),
    "en_emb_istanbul": (
        (2, 28),
        "ap",
        "Russian and U.S. delegations held talks in Istanbul on the functioning of their "
        "embassies.",
    ),
    # --- Visits (for visa/visit look-alikes) ---
    "ru_visit_vucic": (
        (5, 8),
        "kremlin",
        "Визит Президента Сербии А.Вучича в Москву: переговоры с Путиным и участие в Параде "
        "Победы.",
    ),
    "ru_visit_laos": (
        (10, 7),
        "tass",
        "Премьер-министр Мишустин совершит официальный визит в Лаос и Вьетнам.",
    ),
    "ru_visit_xi": (
        (5, 7),
        "kremlin",
        "Председатель КНР Си Цзиньпин прибыл в Москву с государственным визитом.",
    ),
    "en_visit_xi": (
        (5, 7),
        "reuters",
        "Chinese President Xi Jinping arrived in Moscow on a state visit.",
    ),
    # --- Economy: key rate ---
    "ru_rate_21": (
        (2, 14),
        "interfax",
        "Банк России сохранил ключевую ставку на уровне 21% годовых.",
    ),
    "ru_rate_20": (
        (6, 6),
        "tass",
        "ЦБ впервые с 2022 года снизил ключевую ставку — с 21% до 20%.",
    ),
    "ru_rate_18": (
        (7, 25),
        "ria",
        "Банк России снизил ключевую ставку на 200 б.п., до 18% годовых. Следующее заседание "
        "— 12 сентября.",
    ),
    "ru_rate_17": (
        (9, 12),
        "interfax",
        "ЦБ РФ понизил ключевую ставку до 17%. Набиуллина допустила дальнейшее снижение.",
    ),
    "ru_rate_165": ((10, 24), "tass", "Центробанк снизил ключевую ставку до 16,5% годовых."),
    "ru_rate_mortgage": (
        (8, 4),
        "ria",
        "Ставки по ипотеке в крупнейших банках опустились ниже 25 процентов.",
    ),
    "ru_rate_role": (
        (3, 20),
        "rbc",
        "Ключевая роль в снижении инфляции принадлежит бюджетной политике, считают аналитики; "
        "ставка на рост кредитования себя не оправдала.",
    ),
    "en_rate_18": (
        (7, 25),
        "reuters",
        "Russia's central bank cut its key interest rate by 200 basis points to 18%.",
    ),
    "en_rate_21": ((2, 14), "bloomberg", "Bank of Russia holds key rate at 21%."),
    "en_rate_165": ((10, 24), "reuters", "Russia's central bank lowers key rate to 16.5%."),
    # --- Oil ---
    "ru_oil_brent": (
        (4, 7),
        "interfax",
        "Нефть марки Brent подешевела до $63 за баррель впервые с 2021 года.",
    ),
    "ru_oil_opec": (
        (5, 31),
        "tass",
        "Страны ОПЕК+ договорились увеличить добычу нефти в июле на 411 тыс. баррелей в сутки.",
    ),
    "ru_oil_india": (
        (8, 7),
        "ria",
        "Индия сохраняет закупки российской нефти, несмотря на пошлины США в 25%.",
    ),
    "ru_oil_world": (
        (9, 9),
        "rbc",
        "Мировые цены на нефть выросли на фоне атак на НПЗ и сокращения запасов в США.",
    ),
    "ru_oil_novak": (
        (11, 20),
        "interfax",
        "Вице-премьер Александр Новак: добыча нефти в России в 2025 году составит около 510 "
        "млн тонн.",
    ),
    "en_oil_brent": (
        (4, 7),
        "reuters",
        "Brent crude fell to $63 a barrel, its lowest since 2021.",
    ),
    "en_oil_opec": (
        (5, 31),
        "reuters",
        "OPEC+ agreed to raise oil output by 411,000 barrels per day in July.",
    ),
    "en_oil_india": ((8, 7), "ap", "India keeps buying Russian oil despite a 25% U.S. tariff."),
    "en_oil_cap": (
        (7, 18),
        "bloomberg",
        "EU lowers price cap on Russian crude to $47.60 a barrel.",
    ),
    # --- Grain ---
    "ru_grain_export": (
        (7, 1),
        "interfax",
        "Экспорт российской пшеницы в сезоне 2024/25 составил 43 млн тонн.",
    ),
    "ru_grain_egypt": (
        (3, 17),
        "tass",
        "Россия поставит в Египет 1,5 млн тонн зерна по межправительственному соглашению.",
    ),
    "ru_grain_africa": (
        (2, 3),
        "ria",
        "Россия безвозмездно отправила 25 тыс. тонн пшеницы в Буркина-Фасо и Того.",
    ),
    "ru_grain_harvest": (
        (10, 15),
        "kremlin",
        "Урожай зерновых в 2025 году превысил 135 млн тонн, сообщил министр сельского хозяйства.",
    ),
    "ru_grain_quota": (
        (2, 14),
        "interfax",
        "Квота на экспорт зерна с 15 февраля по 30 июня установлена в объёме 10,6 млн тонн.",
    ),
    "en_grain_egypt": (
        (3, 17),
        "reuters",
        "Russia will supply 1.5 million tonnes of grain to Egypt under an intergovernmental deal.",
    ),
    "en_grain_export": (
        (7, 1),
        "bloomberg",
        "Russian wheat exports reached 43 million tons in the 2024/25 season.",
    ),
    "en_grain_africa": (
        (2, 3),
        "tass_en",
        "Russia shipped 25,000 tonnes of free wheat to Burkina Faso and Togo.",
    ),
    # --- Gas ---
    "ru_gas_transit": (
        (1, 1),
        "interfax",
        "Транзит российского газа через Украину прекращён с 8:00 1 января 2025 года, сообщил "
        "«Газпром».",
    ),
    "ru_gas_turk": (
        (1, 10),
        "tass",
        "Поставки газа в Европу по «Турецкому потоку» выросли на 15% в январе.",
    ),
    "ru_gas_cubes": (
        (2, 5),
        "ria",
        "По итогам 2024 года через Украину прокачано 15 млрд кубов газа.",
    ),
    "ru_gas_pos2": (
        (9, 2),
        "ria",
        "«Газпром» и CNPC подписали юридически обязывающий меморандум о строительстве "
        "газопровода «Сила Сибири — 2».",
    ),
    "ru_gas_slovakia": (
        (1, 3),
        "interfax",
        "Фицо пригрозил прекратить поставки электроэнергии на Украину из-за остановки "
        "газового транзита.",
    ),
    "en_gas_transit": (
        (1, 1),
        "reuters",
        "Russian gas transit via Ukraine stopped on January 1, 2025, ending decades of flows "
        "to Europe.",
    ),
    "en_gas_pos2": (
        (9, 2),
        "reuters",
        "Gazprom signed a legally binding memorandum with CNPC on the Power of Siberia 2 pipeline.",
    ),
    "en_gas_turk": (
        (1, 10),
        "bloomberg",
        "Gas deliveries to Europe via TurkStream rose 15% in January.",
    ),
    # --- Disasters ---
    "ru_quake_kamchatka": (
        (7, 30),
        "tass",
        "🌋 Землетрясение магнитудой 8,8 произошло у восточного побережья Камчатки. Объявлена "
        "угроза цунами.",
    ),
    "ru_quake_tsunami": (
        (7, 30),
        "ria",
        "Волна цунами высотой до 4 метров обрушилась на Северо-Курильск; жителей эвакуировали.",
    ),
    "ru_quake_aftershock": (
        (8, 3),
        "regions",
        "На Камчатке зафиксирован повторный подземный толчок магнитудой 7,0. Пострадавших нет.",
    ),
    "ru_quake_afghan": (
        (9, 1),
        "mid_rf",
        "Соболезнования в связи с гибелью людей в результате разрушительного землетрясения в "
        "Афганистане.",
    ),
    "ru_flood_dagestan": (
        (4, 1),
        "regions",
        "Паводок в Дагестане: подтоплены более 300 домов, введён режим ЧС.",
    ),
    "ru_fire_zabaikal": (
        (5, 12),
        "tass",
        "Площадь лесных пожаров в Забайкалье превысила 100 тыс. гектаров.",
    ),
    "ru_fire_la": (
        (1, 9),
        "ria",
        "Лесные пожары в Лос-Анджелесе уничтожили более 10 тыс. строений.",
    ),
    "en_quake_kamchatka": (
        (7, 30),
        "reuters",
        "A magnitude 8.8 earthquake struck off Russia's Kamchatka peninsula, triggering "
        "tsunami warnings across the Pacific.",
    ),
    "en_quake_afghan": ((9, 1), "ap", "Earthquake in Afghanistan kills more than 800 people."),
    "en_fire_la": (
        (1, 9),
        "ap",
        "Wildfires in Los Angeles destroyed more than 10,000 structures.",
    ),
    "ru_mirny_town": (
        (6, 20),
        "regions",
        "В городе Мирный (Якутия) из-за аварии на котельной без отопления остались 40 домов.",
    ),
    "ru_mirny_alrosa": (
        (3, 14),
        "interfax",
        "АЛРОСА сократит добычу алмазов на руднике под Мирным.",
    ),
    "ru_mirny_plan": (
        (11, 21),
        "ria",
        "Песков: Кремль пока не получал официально мирный план США из 28 пунктов.",
    ),
    "ru_mirny_settle": (
        (4, 25),
        "tass",
        "Лавров: мирное урегулирование возможно только при устранении первопричин конфликта.",
    ),
    # --- Elections ---
    "ru_elect_moldova": (
        (9, 28),
        "tass",
        "На парламентских выборах в Молдавии правящая партия «Действие и солидарность» "
        "набирает 50% голосов.",
    ),
    "ru_elect_moldova_mfa": (
        (9, 29),
        "mid_rf",
        "Захарова: выборы в Молдавии прошли с массовыми нарушениями, сотни тысяч граждан за "
        "рубежом были лишены права голоса.",
    ),
    "ru_elect_germany": (
        (2, 23),
        "ria",
        "ХДС/ХСС победил на выборах в бундестаг, «Альтернатива для Германии» заняла второе место.",
    ),
    "ru_elect_poland": (
        (6, 1),
        "tass",
        "Кароль Навроцкий победил во втором туре президентских выборов в Польше.",
    ),
    "ru_elect_edg": (
        (9, 14),
        "interfax",
        "Единый день голосования: в 81 регионе России завершились выборы разного уровня.",
    ),
    "ru_elect_vote": (
        (9, 12),
        "ria",
        "В России стартовало трёхдневное голосование на выборах губернаторов.",
    ),
    "en_elect_moldova": (
        (9, 28),
        "reuters",
        "Moldova's ruling pro-European party wins parliamentary election majority.",
    ),
    "en_elect_germany": (
        (2, 23),
        "ap",
        "Conservatives win German election; far-right AfD comes second.",
    ),
    "en_elect_poland": ((6, 1), "reuters", "Karol Nawrocki wins Polish presidential runoff."),
    # --- IAEA / ZNPP ---
    "ru_iaea_grossi": (
        (4, 16),
        "tass",
        "Генеральный директор МАГАТЭ Рафаэль Гросси посетил Запорожскую АЭС.",
    ),
    "ru_iaea_power": (
        (9, 25),
        "ria",
        "Запорожская АЭС уже больше недели работает без внешнего электроснабжения, сообщили в "
        "МАГАТЭ.",
    ),
    "ru_iaea_iran": (
        (6, 13),
        "mid_rf",
        "МИД России призвал Международное агентство по атомной энергии дать оценку ударам "
        "Израиля по иранским ядерным объектам.",
    ),
    "ru_iaea_kursk_npp": (
        (5, 27),
        "interfax",
        "Эксперты Международного агентства по атомной энергии посетили Курскую АЭС.",
    ),
    "en_iaea_grossi": (
        (4, 16),
        "reuters",
        "IAEA chief Rafael Grossi visited the Zaporizhzhia nuclear power plant.",
    ),
    "en_iaea_iran": (
        (6, 13),
        "ap",
        "The International Atomic Energy Agency said Israeli strikes damaged Iran's Natanz "
        "facility.",
    ),
    "en_iaea_power": (
        (9, 25),
        "tass_en",
        "Zaporozhye NPP has been without external power for over a week, IAEA said.",
    ),
    # --- WHO ---
    "ru_who_us_exit": (
        (1, 21),
        "ria",
        "Трамп подписал указ о выходе США из Всемирной организации здравоохранения.",
    ),
    "ru_who_pandemic": (
        (5, 20),
        "tass",
        "Страны – члены ВОЗ одобрили соглашение о пандемиях на Всемирной ассамблее "
        "здравоохранения.",
    ),
    "ru_who_measles": (
        (3, 13),
        "interfax",
        "ВОЗ: число случаев кори в Европе в 2024 году стало рекордным за 25 лет.",
    ),
    "en_who_exit": (
        (1, 21),
        "reuters",
        "Trump signs order withdrawing the United States from the WHO.",
    ),
    "en_who_pandemic": (
        (5, 20),
        "who_news",
        "World Health Organization member states adopt the Pandemic Agreement.",
    ),
    # --- NATO ---
    "ru_nato_hague": (
        (6, 25),
        "tass",
        "Саммит НАТО в Гааге: страны альянса договорились довести военные расходы до 5% ВВП к "
        "2035 году.",
    ),
    "ru_nato_mfa": (
        (6, 26),
        "mid_rf",
        "Захарова: решения саммита Североатлантического альянса ведут к дальнейшей "
        "милитаризации Европы.",
    ),
    "ru_nato_finland": (
        (4, 4),
        "ria",
        "Финляндия разместит у границы с Россией штаб сухопутных сил НАТО.",
    ),
    "ru_nato_rutte": (
        (11, 12),
        "interfax",
        "Генсек НАТО Марк Рютте призвал европейцев готовиться к войне.",
    ),
    "en_nato_hague": (
        (6, 25),
        "reuters",
        "NATO allies agree to raise defence spending to 5% of GDP by 2035 at The Hague summit.",
    ),
    "en_nato_us": ((6, 25), "ap", "NATO members commit to spending 5% of GDP on defense."),
    "en_nato_rutte": (
        (11, 12),
        "reuters",
        "NATO Secretary General Mark Rutte urged Europeans to prepare for war.",
    ),
    "en_nato_treaty": (
        (4, 4),
        "ft",
        "The North Atlantic Treaty Organization will base a land forces headquarters in Finland.",
    ),
    # --- Gaza vs gas ---
    "ru_gaza_truce": (
        (1, 15),
        "tass",
        "Израиль и ХАМАС договорились о прекращении огня в секторе Газа и обмене заложниками.",
    ),
    "ru_gaza_mfa": (
        (10, 10),
        "mid_rf",
        "МИД России приветствует вступление в силу режима прекращения огня в Газе.",
    ),
    "ru_gaza_aid": (
        (7, 28),
        "ria",
        "Россия направила гуманитарную помощь жителям Газы через Египет.",
    ),
    "ru_gas_price": (
        (2, 11),
        "interfax",
        "Биржевые цены на газ в Европе превысили $550 за 1 тыс. кубометров.",
    ),
    "ru_gas_supply": (
        (3, 4),
        "tass",
        "Венгрия увеличила закупки российского газа по «Турецкому потоку».",
    ),
    "en_gaza_truce": (
        (1, 15),
        "reuters",
        "Israel and Hamas agree on a ceasefire in Gaza and a hostage exchange.",
    ),
    "en_gaza_plan": (
        (10, 10),
        "ap",
        "Trump's Gaza peace plan takes effect as the ceasefire begins.",
    ),
    # --- Togo vs того ---
    "ru_togo_lavrov": (
        (6, 4),
        "mid_rf",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Того Р.Дюссе. Обсуждены "
        "поставки российских удобрений.",
    ),
    "ru_togo_embassy": ((10, 14), "tass", "Россия откроет посольство в Ломе — столице Того."),
    "ru_togo_not1": (
        (4, 9),
        "ria",
        "Кроме того, министр сообщил о планах расширить сотрудничество в сфере образования.",
    ),
    "ru_togo_not2": (
        (8, 20),
        "interfax",
        "После того как цены на удобрения выросли, экспорт сократился на 8%.",
    ),
    # --- Cuba vs cubes ---
    "ru_cuba_fuel": (
        (3, 27),
        "tass",
        "Россия поставит на Кубу 100 тыс. тонн нефти для преодоления энергетического кризиса.",
    ),
    "ru_cuba_lavrov": (
        (5, 13),
        "mid_rf",
        "С.В.Лавров встретился с Министром иностранных дел Республики Куба Б.Родригесом Паррильей.",
    ),
    "ru_cuba_blackout": (
        (9, 11),
        "ria",
        "На Кубе произошёл масштабный блэкаут, без электричества остались 10 млн человек.",
    ),
    "en_cuba_blackout": (
        (9, 11),
        "ap",
        "Cuba suffers island-wide blackout leaving 10 million without power.",
    ),
    # --- Turkey vs turkey, China vs china ---
    "en_turkey_talks": (
        (5, 16),
        "reuters",
        "Russian and Ukrainian delegations met in Istanbul, Turkey, for their first direct "
        "talks since 2022.",
    ),
    "en_turkey_erdogan": (
        (3, 19),
        "tass_en",
        "Putin and Erdogan discussed Black Sea navigation by phone; Turkey offered to host "
        "further talks.",
    ),
    "en_turkey_bird": (
        (11, 26),
        "ap",
        "Turkey prices fell ahead of Thanksgiving as bird flu outbreaks eased.",
    ),
    "en_turkey_pardon": (
        (11, 25),
        "reuters",
        "Trump pardoned two turkeys, Gobble and Waddle, at the White House.",
    ),
    "ru_turkey_erdogan": (
        (3, 19),
        "kremlin",
        "Телефонный разговор с Президентом Турецкой Республики Р.Т.Эрдоганом. Обсуждено "
        "судоходство в Чёрном море.",
    ),
    "en_china_tariffs": (
        (4, 9),
        "reuters",
        "China raised tariffs on U.S. goods to 84% in retaliation.",
    ),
    "en_china_porcelain": (
        (2, 6),
        "culture_en",
        "A set of 18th-century Meissen china sold at auction for $1.2 million.",
    ),
    "en_china_wangyi": (
        (7, 15),
        "mfa_en",
        "Sergey Lavrov met Chinese Foreign Minister Wang Yi on the sidelines of the SCO "
        "ministerial meeting.",
    ),
    "en_china_dishes": (
        (12, 2),
        "lifestyle",
        "How to wash fine bone china without damaging the gilding.",
    ),
    "ru_china_tariffs": (
        (4, 9),
        "tass",
        "Китай повысил пошлины на американские товары до 84%.",
    ),
    # --- Steel vs стали ---
    "ru_steel_export": (
        (4, 30),
        "interfax",
        "Экспорт российской стали в первом квартале сократился на 12%.",
    ),
    "ru_steel_eu": (
        (10, 7),
        "ria",
        "Еврокомиссия предложила удвоить пошлины на импортную сталь до 50%.",
    ),
    "ru_steel_became": (
        (6, 10),
        "tass",
        "Стали известны подробности встречи делегаций в Стамбуле.",
    ),
    "ru_steel_became2": (
        (8, 22),
        "ria",
        "Российские туристы стали чаще выбирать Китай после отмены виз.",
    ),
    "en_steel_tariff": ((6, 4), "reuters", "Trump doubles steel tariffs to 50%."),
    # --- Peace (мир) vs world (мировой) ---
    "ru_peace_1": (
        (2, 18),
        "tass",
        "Лавров: Россия выступает за прочный мир, а не за временное перемирие.",
    ),
    "ru_peace_2": (
        (12, 3),
        "kremlin",
        "Ушаков: в Кремле обсудили с Уиткоффом пути достижения мира на Украине.",
    ),
    "ru_world_market": (
        (11, 17),
        "interfax",
        "Мировой рынок удобрений остаётся под давлением из-за санкций.",
    ),
    "ru_world_cup": (
        (6, 30),
        "sport_ru",
        "Сборная России по хоккею не выступит на чемпионате мира.",
    ),
    "en_peace_1": (
        (12, 3),
        "reuters",
        "Kremlin says talks with Witkoff made progress toward peace in Ukraine.",
    ),
    # --- Regions, places and their adjectives ---
    "ru_kursk_liberated": (
        (4, 26),
        "kremlin",
        "Начальник Генштаба доложил Верховному Главнокомандующему о завершении освобождения "
        "Курской области.",
    ),
    "ru_kursk_city": (
        (5, 21),
        "kremlin",
        "Владимир Путин посетил Курск и провёл совещание с главами приграничных районов.",
    ),
    "ru_kursk_rebuild": (
        (9, 18),
        "regions",
        "В Судже начали восстанавливать школы и больницу. На восстановление курского "
        "приграничья выделено 12 млрд рублей.",
    ),
    "en_kursk": ((4, 26), "reuters", "Russia says it has fully recaptured the Kursk region."),
    "ru_belgorod_attack": (
        (3, 22),
        "regions",
        "Губернатор Вячеслав Гладков: Белгород атаковали беспилотники, повреждены 12 автомобилей.",
    ),
    "ru_belgorod_region": (
        (6, 8),
        "tass",
        "В Белгородской области продлили режим ЧС регионального характера.",
    ),
    "ru_caspian_summit": (
        (8, 11),
        "mid_rf",
        "Лавров: Россия предлагает провести следующий Каспийский саммит в 2026 году в Тегеране.",
    ),
    "ru_caspian_sea": (
        (9, 8),
        "ria",
        "Уровень Каспия упал до исторического минимума; обмеление угрожает портам Астрахани.",
    ),
    "ru_caspian_pipe": (
        (2, 17),
        "interfax",
        "Украинские беспилотники атаковали станцию Каспийского трубопроводного консорциума "
        "«Кропоткинская».",
    ),
    "en_caspian": (
        (2, 17),
        "reuters",
        "Drones hit a pumping station of the Caspian Pipeline Consortium in southern Russia.",
    ),
    "ru_spief": (
        (6, 20),
        "kremlin",
        "Путин выступил на пленарном заседании ПМЭФ-2025. Петербургский международный "
        "экономический форум собрал гостей из 140 стран.",
    ),
    "ru_spb_metro": (
        (12, 27),
        "regions",
        "В Петербурге открыли три новые станции метро на Лахтинско-Правобережной линии.",
    ),
    "ru_spb_pitere": ((11, 2), "ria", "Ураган в Питере повалил более 200 деревьев."),
    "en_spief": (
        (6, 20),
        "tass_en",
        "Putin spoke at the plenary session of the St Petersburg International Economic Forum "
        "(SPIEF).",
    ),
    "ru_crimea_bridge": ((6, 3), "tass", "Движение по Крымскому мосту временно перекрыто."),
    "ru_crimea_tour": ((8, 25), "ria", "Турпоток в Крым за лето снизился на 15%."),
    "ru_almaty": (
        (10, 31),
        "tass",
        "В Алма-Ате прошёл российско-казахстанский межрегиональный форум.",
    ),
    "en_almaty": (
        (10, 31),
        "ap",
        "Kazakhstan hosted an interregional forum with Russia in Almaty.",
    ),
    # --- Countries and demonyms ---
    "ru_india_jaishankar": (
        (8, 21),
        "mid_rf",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Индии С.Джайшанкаром в Москве.",
    ),
    "ru_india_rupee": (
        (11, 14),
        "interfax",
        "Индийские банки увеличили число счетов в рублях для расчётов с российскими компаниями.",
    ),
    "en_india_jaishankar": (
        (8, 21),
        "mea_india",
        "EAM Dr S. Jaishankar held talks with Russian Foreign Minister Sergey Lavrov in Moscow.",
    ),
    "ru_iran_treaty": (
        (1, 17),
        "kremlin",
        "Путин и Президент Ирана Масуд Пезешкиан подписали Договор о всеобъемлющем "
        "стратегическом партнёрстве.",
    ),
    "ru_iran_strikes": (
        (6, 22),
        "mid_rf",
        "Заявление МИД России в связи с ударами США по иранским ядерным объектам.",
    ),
    "en_iran_treaty": (
        (1, 17),
        "reuters",
        "Russia and Iran signed a comprehensive strategic partnership treaty.",
    ),
    "en_iranian_fm": (
        (4, 18),
        "tass_en",
        "Iranian Foreign Minister Abbas Araghchi held talks with Lavrov in Moscow.",
    ),
    "ru_france_macron": (
        (7, 1),
        "kremlin",
        "Состоялся телефонный разговор Путина с Президентом Франции Эммануэлем Макроном — "
        "первый почти за три года.",
    ),
    "ru_french_journalist": (
        (9, 20),
        "ria",
        "Французский журналист получил аккредитацию для работы в Москве.",
    ),
    "en_france_macron": (
        (7, 1),
        "reuters",
        "Putin and French President Macron held their first phone call in nearly three years.",
    ),
    "ru_german_taurus": (
        (5, 28),
        "tass",
        "Песков: поставки немецких ракет Taurus Киеву станут прямым участием ФРГ в конфликте.",
    ),
    "ru_germany_merz": (
        (5, 6),
        "ria",
        "Фридрих Мерц избран федеральным канцлером Германии со второй попытки.",
    ),
    "en_germany_merz": (
        (5, 6),
        "reuters",
        "Friedrich Merz elected German chancellor in a second round of voting.",
    ),
    "ru_usa_tariffs": (
        (4, 2),
        "interfax",
        "Трамп объявил о введении «взаимных» пошлин против 185 стран; России в списке нет.",
    ),
    "en_us_tariffs": (
        (4, 2),
        "ap",
        "Trump announced 'reciprocal' tariffs on 185 countries; Russia was not on the list.",
    ),
    "ru_american_delegation": (
        (2, 18),
        "tass",
        "Американская делегация во главе с Рубио прибыла в Эр-Рияд для переговоров с "
        "российской стороной.",
    ),
    "en_riyadh": (
        (2, 18),
        "reuters",
        "U.S. and Russian officials held talks in Riyadh, the first high-level meeting since 2022.",
    ),
    # --- English ministries, UK/US spelling ---
    "en_fcdo_defence": (
        (3, 2),
        "fcdo",
        "The Foreign Secretary announced £1.6bn in defence support for Ukraine's air defence "
        "programme.",
    ),
    "en_state_defense": (
        (3, 11),
        "state_dept",
        "The State Department approved the possible sale of defense equipment to Poland under "
        "a $2bn program.",
    ),
    "en_fcdo_organisation": (
        (7, 9),
        "fcdo",
        "The UK will host an international organisation meeting on Black Sea security.",
    ),
    "en_state_center": (
        (5, 15),
        "state_dept",
        "The Global Engagement Center has been closed, the State Department said.",
    ),
    "en_fcdo_centre": (
        (2, 12),
        "fcdo",
        "A new centre for countering disinformation opened in London.",
    ),
    "en_fcdo_labour": (
        (7, 5),
        "bbc",
        "Labour government announces new sanctions against Russian cyber actors.",
    ),
    "en_state_sanctioned": (
        (1, 10),
        "state_dept",
        "The Department of State sanctioned Gazprom Neft and Surgutneftegas.",
    ),
    "en_china_mfa": (
        (3, 7),
        "china_mfa",
        "Chinese Foreign Ministry Spokesperson: China supports all efforts conducive to peace.",
    ),
    # --- Money, numbers, dates ---
    "ru_money_2bn": (
        (2, 26),
        "interfax",
        "Россия и Египет договорились об инвестициях в размере 2 млрд долларов в промзону в "
        "Суэцком канале.",
    ),
    "en_money_2bn": (
        (2, 26),
        "reuters",
        "Russia and Egypt agreed on $2bn of investment in the Suez Canal industrial zone.",
    ),
    "ru_money_budget": (
        (9, 30),
        "tass",
        "Дефицит федерального бюджета в 2026 году составит 3,8 трлн рублей, или 1,6% ВВП.",
    ),
    "ru_money_nuclear": (
        (11, 5),
        "ria",
        "Росатом построит в Узбекистане АЭС малой мощности стоимостью около $1,5 млрд.",
    ),
    "ru_money_loan": (
        (4, 14),
        "interfax",
        "Россия предоставит Лаосу кредит в 300 млн долларов.",
    ),
    "ru_num_300km": (
        (3, 9),
        "tass",
        "Минобороны: ВСУ выпустили по Брянской области дроны с расстояния 300 км.",
    ),
    "en_num_300km": (
        (3, 9),
        "tass_en",
        "Drones were launched at Bryansk region from a distance of 300 kilometres.",
    ),
    "ru_num_percent": (
        (12, 10),
        "rbc",
        "Инфляция в России в ноябре замедлилась до 6,6% в годовом выражении.",
    ),
    "ru_num_pension": (
        (1, 2),
        "ria",
        "Страховые пенсии проиндексированы на 9,5 процента с 1 января.",
    ),
    "ru_num_million": (
        (4, 8),
        "tass",
        "На ярмарку вакансий в Москве пришли более полумиллиона человек.",
    ),
    "ru_date_victory": (
        (5, 9),
        "kremlin",
        "Парад Победы на Красной площади 9 мая 2025 года посетили лидеры 27 государств.",
    ),
    "ru_date_numeric": (
        (3, 15),
        "mid_rf",
        "О встрече С.В.Лаврова с Послом Вьетнама 15.03.2025.",
    ),
    "ru_date_words": (
        (3, 16),
        "tass",
        "Переговоры российской и вьетнамской делегаций назначены на 15 марта.",
    ),
    "en_date_words": ((3, 15), "tass_en", "Lavrov met the Vietnamese Ambassador on March 15."),
    "ru_date_iso": (
        (11, 30),
        "interfax",
        "Заседание межправкомиссии перенесено на 2025-12-04.",
    ),
    "ru_date_dec4": (
        (12, 4),
        "tass",
        "Межправительственная комиссия Россия — Индия проведёт заседание 4 декабря в Москве.",
    ),
    # --- Hashtags, ё and miscellaneous ---
    "ru_tag_unsc": (
        (8, 29),
        "mid_rf",
        "#СБ_ООН #Небензя Россия созвала заседание Совбеза по Украине.",
    ),
    "ru_tag_mfa": (
        (12, 28),
        "mid_rf",
        "#МИД_России подводит итоги года: 2500 мероприятий, 65 зарубежных визитов министра.",
    ),
    "ru_tag_brics_ru": (
        (10, 24),
        "mid_rf",
        "#БРИКС2026 Россия передаёт Индии опыт председательства.",
    ),
    "ru_yo_sledstvie": (
        (5, 5),
        "ria",
        "Следствие ведёт проверку: пожар на складе в Подмосковье уничтожил 5 тыс. тонн зерна.",
    ),
    "ru_yo_vsyo": (
        (1, 28),
        "tass",
        "Новый объём поставок российского СПГ в Китай вырос на 20%.",
    ),
    "ru_yo_petr": (
        (6, 14),
        "ria",
        "Пётр Толстой: Госдума рассмотрит законопроект о запрете иностранных агентов в избиркомах.",
    ),
    "en_talked_trump": (
        (3, 18),
        "reuters",
        "Putin and Trump talked for more than two hours and agreed a 30-day pause on strikes "
        "against energy infrastructure.",
    ),
    "ru_talked_trump": (
        (3, 18),
        "kremlin",
        "Состоялся телефонный разговор Владимира Путина с Президентом США Дональдом Трампом. "
        "Договорились о 30-дневном отказе от ударов по энергетической инфраструктуре.",
    ),
}

# Posts several queries expect or leave out alike, named by the first query.
_SANKTSII = (
    "ru_zakh_suicide",
    "ru_pesk_sanctions",
    "ru_sanc_eu17",
    "ru_sanc_eu18",
    "ru_sanc_policy",
    "ru_sanc_us_oil",
    "ru_sanc_japan_stop",
    "ru_sanc_swiss",
    "ru_sanc_lift",
    "ru_sanc_canada",
    "ru_sanc_sanctioned",
    "ru_sanc_19",
    "ru_sanc_counter",
    "ru_world_market",
)
_KASPIY = (
    "ru_caspian_summit",
    "ru_caspian_sea",
    "ru_caspian_pipe",
    "en_caspian",
)
_ORGANISATION = (
    "en_fcdo_organisation",
    "en_sco_tianjin",
    "en_sco_org",
    "en_nato_treaty",
    "en_who_pandemic",
)
_LAVROV = (
    "ru_lav_beijing",
    "ru_lav_rubio_call",
    "ru_lav_noprecond",
    "ru_lav_china_trip",
    "ru_lav_ankara",
    "ru_lav_laos",
    "ru_lav_iraq",
    "ru_lav_kl",
    "ru_lav_alaska",
    "ru_lav_unga",
    "ru_lav_pyongyang",
    "ru_lav_will_meet",
    "ru_ush_budapest",
    "ru_brics_ministers",
    "ru_sco_fm",
    "ru_mirny_settle",
    "ru_togo_lavrov",
    "ru_cuba_lavrov",
    "ru_peace_1",
    "ru_caspian_summit",
    "ru_india_jaishankar",
    "ru_date_numeric",
    "en_lav_noprecond",
    "en_lav_beijing",
    "en_lav_kl",
    "en_lav_alaska",
    "en_lav_unga",
    "en_lav_talking",
    "en_ush_budapest",
    "en_china_wangyi",
    "en_india_jaishankar",
    "en_iranian_fm",
    "en_date_words",
)
_OON = (
    "ru_lav_unga",
    "en_lav_unga",
    "ru_neb_ukraine",
    "ru_neb_res2774",
    "ru_neb_veto",
    "ru_neb_gaza",
    "ru_unga_vote",
    "ru_guterres",
    "en_neb_ukraine",
    "en_neb_gaza",
    "en_res2774",
    "en_unsc_sudan",
    "en_guterres",
    "ru_tag_unsc",
)
_KITAY = (
    "ru_lav_beijing",
    "ru_lav_china_trip",
    "ru_visa_china_free",
    "ru_visa_russia_free",
    "ru_visit_xi",
    "ru_china_tariffs",
    "ru_steel_became2",
    "ru_yo_vsyo",
    "en_lav_beijing",
    "en_sanc_sanctioning",
    "en_visa_china",
    "en_visit_xi",
    "en_china_tariffs",
    "en_china_wangyi",
    "en_china_mfa",
)
_MAGATE = (
    "ru_iaea_grossi",
    "ru_iaea_power",
    "ru_iaea_iran",
    "ru_iaea_kursk_npp",
    "en_iaea_grossi",
    "en_iaea_iran",
    "en_iaea_power",
)
_BANK_ROSSII = (
    "ru_rate_21",
    "ru_rate_20",
    "ru_rate_18",
    "ru_rate_17",
    "ru_rate_165",
    "en_rate_18",
    "en_rate_21",
    "en_rate_165",
)
_GAZA = (
    "ru_neb_gaza",
    "ru_gaza_truce",
    "ru_gaza_mfa",
    "ru_gaza_aid",
    "en_neb_gaza",
    "en_gaza_truce",
    "en_gaza_plan",
)
_GAZA_2 = (
    "ru_gas_transit",
    "ru_gas_turk",
    "ru_gas_cubes",
    "ru_gas_slovakia",
    "ru_gas_price",
    "ru_gas_supply",
)
_TOGO = (
    "ru_togo_lavrov",
    "ru_togo_embassy",
    "ru_grain_africa",
    "en_grain_africa",
)
_KUBA = (
    "ru_cuba_fuel",
    "ru_cuba_lavrov",
    "ru_cuba_blackout",
    "ru_unga_vote",
    "en_cuba_blackout",
)
_VISA = (
    "en_visa_evisa",
    "en_visa_schengen",
    "en_visa_china",
)
_TURKEY = (
    "en_turkey_talks",
    "en_turkey_erdogan",
    "ru_lav_ankara",
    "ru_turkey_erdogan",
)
_15_MARTA = (
    "ru_date_numeric",
    "ru_date_words",
    "en_date_words",
)
_15_MARTA_2 = (
    "ru_grain_quota",
    "ru_visa_china_free",
    "ru_zakh_brief",
)
_NATO = (
    "ru_nato_hague",
    "ru_nato_mfa",
    "ru_nato_finland",
    "ru_nato_rutte",
    "en_nato_hague",
    "en_nato_us",
    "en_nato_rutte",
    "en_nato_treaty",
)
_AES = (
    "ru_money_nuclear",
    "ru_iaea_grossi",
    "ru_iaea_power",
    "ru_iaea_kursk_npp",
)
_SUMMIT = (
    "en_lav_talking",
    "en_pesk_nosummit",
    "en_ush_budapest",
    "en_sco_tianjin",
    "en_nato_hague",
)
_LAVROV_2 = (
    "ru_lav_beijing",
    "ru_lav_iraq",
    "en_lav_beijing",
)
_PROVEL_PEREGOVORY = (
    "ru_lav_beijing",
    "ru_togo_lavrov",
    "ru_india_jaishankar",
    "ru_lav_pyongyang",
    "ru_put_modi",
)
_SHOS = (
    "ru_lav_beijing",
    "ru_put_sco",
    "ru_sco_tianjin",
    "ru_sco_decl",
    "ru_sco_fm",
    "ru_sco_bank",
    "en_sco_tianjin",
    "en_sco_bank",
    "en_sco_org",
    "en_china_wangyi",
)
_BRIKS = (
    "ru_lav_beijing",
    "ru_brics_rio",
    "ru_brics_decl",
    "ru_brics_ministers",
    "ru_brics_partners",
    "ru_brics_india",
    "ru_brics_pay",
    "en_brics_rio",
    "en_brics_indonesia",
    "en_brics_tariff",
    "ru_tag_brics_ru",
)
_SSHA = (
    "ru_lav_rubio_call",
    "en_lav_kl",
    "ru_pesk_tariffs",
    "ru_pesk_sanctions",
    "en_pesk_tariffs",
    "ru_unga_vote",
    "ru_sanc_us_oil",
    "ru_sanc_lift",
    "en_sanc_us_oil",
    "ru_visa_usa",
    "ru_emb_us_return",
    "en_emb_istanbul",
    "en_oil_india",
    "ru_oil_india",
    "ru_oil_world",
    "ru_mirny_plan",
    "ru_who_us_exit",
    "en_who_exit",
    "en_china_tariffs",
    "ru_china_tariffs",
    "ru_iran_strikes",
    "ru_american_delegation",
    "en_riyadh",
    "ru_talked_trump",
)
_RUBIO = (
    "ru_lav_rubio_call",
    "ru_lav_kl",
    "ru_lav_will_meet",
    "ru_ush_budapest",
    "ru_american_delegation",
    "en_lav_kl",
    "en_lav_talking",
    "en_ush_budapest",
)
_ZAYAVIL = (
    "ru_lav_noprecond",
    "ru_pesk_tariffs",
    "ru_zakh_moldova",
    "ru_emb_syria",
)
_ZAKHAROVA = (
    "ru_lav_china_trip",
    "ru_zakh_brief",
    "ru_zakh_suicide",
    "ru_zakh_moldova",
    "ru_zakh_estonia",
    "ru_zakh_journal",
    "ru_zakh_latin",
    "ru_sanc_policy",
    "ru_visa_eu_ban",
    "ru_elect_moldova_mfa",
    "ru_nato_mfa",
    "en_zakh_brief",
    "en_zakh_uk",
    "en_zakh_moldova",
)
_PETERBURG = (
    "ru_actor_lavrov",
    "ru_cis_informal",
    "ru_spief",
    "ru_spb_metro",
    "ru_spb_pitere",
    "en_spief",
)
_TALKS = (
    "en_lav_noprecond",
    "en_lav_beijing",
    "en_lav_talking",
    "en_pesk_istanbul",
    "en_put_modi",
    "en_emb_istanbul",
    "en_turkey_talks",
    "en_turkey_erdogan",
    "en_peace_1",
    "en_india_jaishankar",
    "en_iranian_fm",
    "en_riyadh",
    "en_talked_trump",
)
_EVROSOYUZ = (
    "ru_zakh_suicide",
    "ru_sanc_eu17",
    "ru_sanc_eu18",
    "ru_sanc_policy",
    "ru_sanc_swiss",
    "ru_sanc_19",
    "ru_visa_eu_ban",
    "en_zakh_brief",
    "en_sanc_eu17",
    "en_sanc_eu19",
    "en_oil_cap",
)
_SANCTIONS = (
    "en_zakh_brief",
    "en_sanc_eu17",
    "en_sanc_us_oil",
    "en_sanc_uk_tankers",
    "en_sanc_japan",
    "en_sanc_eu19",
    "en_sanc_sanctioning",
    "en_fcdo_labour",
    "en_state_sanctioned",
)
_PESKOV = (
    "ru_pesk_nocomment",
    "ru_pesk_tariffs",
    "ru_pesk_meeting",
    "ru_pesk_istanbul",
    "ru_pesk_sanctions",
    "ru_mirny_plan",
    "ru_german_taurus",
    "en_pesk_tariffs",
    "en_pesk_istanbul",
    "en_pesk_nosummit",
)
_PUTIN = (
    "ru_pesk_nocomment",
    "ru_pesk_meeting",
    "ru_ush_alaska",
    "ru_ush_witkoff",
    "ru_put_sco",
    "ru_put_modi",
    "ru_put_direct_line",
    "ru_brics_rio",
    "ru_cis_dushanbe",
    "ru_cis_aliyev",
    "ru_visa_russia_free",
    "ru_visit_vucic",
    "ru_kursk_city",
    "ru_spief",
    "ru_iran_treaty",
    "ru_france_macron",
    "ru_talked_trump",
    "en_pesk_nosummit",
    "en_ush_alaska",
    "en_put_modi",
    "en_put_alaska",
    "en_brics_rio",
    "en_sco_tianjin",
    "en_turkey_erdogan",
    "en_spief",
    "en_france_macron",
    "en_talked_trump",
)
_ER_RIYAD = (
    "ru_pesk_nocomment",
    "ru_sanc_lift",
    "ru_american_delegation",
    "en_riyadh",
)
_TARIFF = (
    "en_pesk_tariffs",
    "en_brics_tariff",
    "en_oil_india",
    "en_china_tariffs",
    "en_steel_tariff",
    "en_us_tariffs",
)
_USHAKOV = (
    "ru_ush_alaska",
    "ru_ush_witkoff",
    "ru_ush_budapest",
    "ru_peace_2",
    "en_ush_alaska",
    "en_ush_budapest",
)
_UITKOFF = (
    "ru_ush_witkoff",
    "ru_peace_2",
    "en_peace_1",
)
_SAMMIT = (
    "ru_ush_budapest",
    "ru_brics_rio",
    "ru_brics_india",
    "ru_sco_tianjin",
    "ru_cis_aliyev",
    "ru_cis_informal",
    "ru_nato_hague",
    "ru_nato_mfa",
    "ru_caspian_summit",
)
_INDIYA = (
    "ru_put_modi",
    "en_put_modi",
    "ru_brics_india",
    "ru_sco_fm",
    "ru_oil_india",
    "en_oil_india",
    "ru_india_jaishankar",
    "ru_india_rupee",
    "ru_date_dec4",
    "ru_tag_brics_ru",
)
_PODPISALI = (
    "ru_sco_decl",
    "ru_eaeu_minsk",
    "ru_eaeu_mongolia",
    "ru_gas_pos2",
    "ru_iran_treaty",
    "ru_put_modi",
    "ru_visa_russia_free",
    "ru_who_us_exit",
)
_NEBENZYA = (
    "ru_neb_ukraine",
    "ru_neb_nordstream",
    "ru_neb_gaza",
    "ru_tag_unsc",
    "en_neb_ukraine",
    "en_neb_gaza",
)
_SB_OON = (
    "ru_neb_ukraine",
    "ru_neb_res2774",
    "ru_neb_veto",
    "ru_neb_gaza",
    "en_neb_ukraine",
    "en_neb_gaza",
    "en_res2774",
    "en_unsc_sudan",
    "ru_tag_unsc",
)
_GENASSAMBLEYA_OON = (
    "ru_unga_vote",
    "ru_lav_unga",
    "en_lav_unga",
)
_NEFT = (
    "ru_pesk_sanctions",
    "ru_sanc_eu18",
    "ru_sanc_uk_tankers",
    "ru_oil_brent",
    "ru_oil_opec",
    "ru_oil_india",
    "ru_oil_world",
    "ru_oil_novak",
    "ru_cuba_fuel",
)
_VELIKOBRITANIYA = (
    "ru_sanc_uk_tankers",
    "en_sanc_uk_tankers",
    "ru_neb_veto",
    "en_unsc_sudan",
    "ru_emb_expelled_uk",
    "en_emb_expel",
    "en_fcdo_organisation",
)
_RIO_DE_ZHANEYRO = (
    "ru_brics_rio",
    "ru_brics_decl",
    "ru_brics_ministers",
    "en_brics_rio",
)
_SNG = (
    "ru_cis_dushanbe",
    "ru_cis_aliyev",
    "ru_cis_informal",
)
_ODKB = (
    "ru_csto_bishkek",
    "ru_csto_armenia",
    "ru_csto_drills",
    "en_csto_armenia",
)
_EAES = (
    "ru_eaeu_minsk",
    "ru_eaeu_mongolia",
    "ru_eaeu_overchuk",
    "en_eaeu_uae",
    "en_eaeu_abbrev",
)
_VIZA = (
    "ru_visa_evisa",
    "ru_visa_schengen",
    "ru_visa_usa",
    "ru_visa_eu_ban",
    "ru_visa_china_free",
    "ru_visa_russia_free",
    "ru_steel_became2",
)
_VIZA_2 = (
    "ru_visit_vucic",
    "ru_visit_laos",
    "ru_visit_xi",
    "ru_lav_laos",
    "ru_lav_beijing",
    "ru_tag_mfa",
)
_EGIPET = (
    "ru_evac_israel",
    "en_evac_israel",
    "ru_grain_egypt",
    "en_grain_egypt",
    "ru_gaza_aid",
    "ru_money_2bn",
    "en_money_2bn",
)
_IRAN = (
    "ru_evac_planes",
    "ru_iaea_iran",
    "en_iaea_iran",
    "ru_iran_treaty",
    "ru_iran_strikes",
    "en_iran_treaty",
    "en_iranian_fm",
)
_KURSK = (
    "ru_evac_kursk",
    "ru_iaea_kursk_npp",
    "ru_kursk_liberated",
    "ru_kursk_city",
    "ru_kursk_rebuild",
    "en_kursk",
)
_KEY_RATE = (
    "en_rate_18",
    "en_rate_21",
    "en_rate_165",
)
_25 = (
    "ru_oil_india",
    "en_oil_india",
    "ru_rate_mortgage",
)
_POSETIL = (
    "ru_kursk_city",
    "ru_iaea_grossi",
    "ru_iaea_kursk_npp",
    "ru_lav_china_trip",
    "ru_date_victory",
)
_ZAPORIZHZHIA = (
    "en_iaea_grossi",
    "en_iaea_power",
    "ru_iaea_grossi",
    "ru_iaea_power",
)
_VOZ = (
    "ru_who_us_exit",
    "ru_who_pandemic",
    "ru_who_measles",
    "en_who_exit",
    "en_who_pandemic",
)
_DEFENCE = (
    "en_fcdo_defence",
    "en_state_defense",
    "en_nato_hague",
    "en_nato_us",
)
_STATE_DEPARTMENT = (
    "en_state_center",
    "en_state_defense",
    "en_state_sanctioned",
)
_2_MLRD_DOLLAROV = (
    "ru_money_2bn",
    "en_money_2bn",
    "en_state_defense",
)
_LAVROV_DZHAYSHANKAR = (
    "ru_india_jaishankar",
    "en_india_jaishankar",
    "ru_sco_fm",
)
_ZAKHAROVA_MOLDAVIYA = (
    "ru_zakh_moldova",
    "en_zakh_moldova",
    "ru_elect_moldova_mfa",
)
_MOLDAVIYA = (
    "ru_zakh_moldova",
    "en_zakh_moldova",
    "ru_emb_moldova",
    "ru_elect_moldova",
    "ru_elect_moldova_mfa",
    "en_elect_moldova",
)
_SHOS_TYANTSZIN = (
    "ru_put_sco",
    "ru_sco_tianjin",
    "ru_sco_decl",
    "ru_sco_fm",
    "en_sco_tianjin",
    "en_sco_org",
)
_GERMANIYA = (
    "ru_germany_merz",
    "ru_elect_germany",
    "ru_german_taurus",
    "en_elect_germany",
    "en_germany_merz",
)
_FRANTSIYA = (
    "ru_france_macron",
    "ru_french_journalist",
    "en_france_macron",
)
_KLYUCHEVAYA_STAVKA = (
    "ru_rate_21",
    "ru_rate_20",
    "ru_rate_18",
    "ru_rate_17",
    "ru_rate_165",
)
_SNIZHENIE_KLYUCHEVOY_STAVKI = (
    "ru_rate_20",
    "ru_rate_18",
    "ru_rate_17",
    "ru_rate_165",
)
_EVAKUATSIYA = (
    "ru_evac_iran",
    "ru_evac_israel",
    "ru_evac_planes",
    "ru_evac_lebanon",
    "ru_evac_kursk",
    "ru_quake_tsunami",
)
_VYSYLKA_DIPLOMATOV = (
    "ru_zakh_moldova",
    "ru_emb_expel_est",
    "ru_emb_expelled_uk",
)

QUERIES: tuple[Labelled, ...] = (
    # --- people ---
    Labelled(
        "Лавров",
        _LAVROV,
        "surname alone: every post naming Sergey Lavrov, in any case and in Latin letters; "
        "the actor and the hockey player are left unlabelled",
    ),
    Labelled(
        "лаврова",
        _LAVROV,
        "genitive typed in lower case; same set as the nominative",
    ),
    Labelled(
        "Lavrov",
        _LAVROV,
        "Latin spelling must reach the Cyrillic posts too",
    ),
    Labelled(
        "Сергей Лавров",
        _LAVROV,
        "given name + surname; the actor Kirill Lavrov and a hockey forward are other people",
        absent=("ru_actor_lavrov", "ru_hockey_lavrov"),
    ),
    Labelled(
        "Сергея Лаврова",
        _LAVROV,
        "genitive of given name + surname",
        absent=("ru_actor_lavrov", "ru_hockey_lavrov"),
    ),
    Labelled(
        "Sergei Lavrov",
        _LAVROV,
        "wire spelling Sergei",
        absent=("ru_actor_lavrov", "ru_hockey_lavrov"),
    ),
    Labelled(
        "Sergey Lavrov",
        _LAVROV,
        "MFA spelling Sergey",
        absent=("ru_actor_lavrov", "ru_hockey_lavrov"),
    ),
    Labelled(
        "С.В. Лавров",
        _LAVROV,
        "initials with a space, posts write С.В.Лавров closed up",
        absent=("ru_actor_lavrov", "ru_hockey_lavrov"),
    ),
    Labelled(
        "министр Лавров",
        _LAVROV,
        "title + surname; posts use Министр иностранных дел, глава МИД or no title",
        absent=("ru_actor_lavrov", "ru_hockey_lavrov"),
    ),
    Labelled(
        "Кирилл Лавров",
        ("ru_actor_lavrov",),
        "the actor, not the minister",
        absent=(
            "ru_lav_noprecond",
            "ru_lav_beijing",
            "ru_lav_kl",
            "en_lav_kl",
            "ru_hockey_lavrov",
        ),
    ),
    Labelled(
        "актёр Лавров",
        ("ru_actor_lavrov",),
        "post says народный артист, not актёр: the surname must carry it; minister's posts "
        "are not about an actor",
        absent=("ru_lav_noprecond", "ru_lav_kl"),
    ),
    Labelled(
        "хоккеист Лавров",
        ("ru_hockey_lavrov",),
        "post says нападающий КХЛ; the minister is not a hockey player",
        absent=("ru_lav_noprecond", "ru_lav_beijing"),
    ),
    Labelled(
        "Kfdhjd",
        _LAVROV,
        "Лавров typed with the English keyboard layout",
    ),
    Labelled(
        "Лaвров",
        _LAVROV,
        "Latin a inside the Cyrillic surname",
    ),
    Labelled(
        "Лаврв",
        _LAVROV,
        "typo: a letter dropped",
    ),
    Labelled(
        "Лавров Китай",
        ("ru_lav_beijing", "ru_lav_china_trip", "en_lav_beijing", "en_china_wangyi"),
        "Lavrov + China (КНР, Chinese)",
    ),
    Labelled(
        "когда Лавров посетит Китай",
        ("ru_lav_china_trip", "ru_lav_beijing"),
        "question typed as a search: the post announcing the trip, and the talks in Beijing",
        first="ru_lav_china_trip",
    ),
    Labelled(
        "Лавров Рубио",
        (
            "ru_lav_rubio_call",
            "ru_lav_kl",
            "ru_lav_will_meet",
            "ru_ush_budapest",
            "en_lav_kl",
            "en_lav_talking",
            "en_ush_budapest",
        ),
        "two surnames; Рубио appears as М.Рубио and Marco",
    ),
    Labelled(
        "Lavrov Rubio talked",
        ("en_lav_talking",),
        "English past tense as written; other Lavrov-Rubio posts do not care",
    ),
    Labelled(
        "Лавров Аляска",
        ("ru_lav_alaska", "en_lav_alaska"),
        "place in another case (на Аляску)",
    ),
    Labelled("Лавров свитер СССР", ("ru_lav_alaska",), "the sweater; СССР inside quotes «»"),
    Labelled(
        "Лавров Генассамблея",
        ("ru_lav_unga", "en_lav_unga"),
        "Генассамблея vs Генеральной Ассамблеи ООН; UN General Assembly",
    ),
    Labelled("Лавров Ирак", ("ru_lav_iraq",), "country in another case (Ирака)"),
    Labelled(
        "Лавров Фидан",
        ("ru_lav_ankara",),
        "Turkish minister by surname (Х.Фиданом, instrumental)",
    ),
    Labelled(
        "пресс-конференция Лаврова в Анкаре",
        ("ru_lav_ankara",),
        "city in prepositional vs Анкара",
    ),
    Labelled(
        "Lavrov North Korea",
        ("ru_lav_pyongyang",),
        "КНДР in English words; hard: North Korea is never written as КНДР's expansion",
    ),
    Labelled(
        "Lavrov preconditions",
        ("en_lav_noprecond",),
        "English plural as written; the Russian twin only shares the name",
    ),
    Labelled(
        "Lavrov Wang Yi",
        ("ru_lav_beijing", "en_lav_beijing", "en_china_wangyi"),
        "Chinese minister's name in Latin; the Russian post writes Ван И",
    ),
    Labelled(
        "Лавров Джайшанкар",
        _LAVROV_DZHAYSHANKAR,
        "Indian minister in another case (Джайшанкаром)",
    ),
    Labelled(
        "Lavrov Jaishankar",
        _LAVROV_DZHAYSHANKAR,
        "Latin spelling of both names",
    ),
    Labelled(
        "Лавров Того",
        ("ru_togo_lavrov",),
        "the state Togo next to Lavrov; 'кроме того' posts are not about Togo",
        absent=("ru_togo_not1", "ru_togo_not2"),
    ),
    Labelled("Лавров Куба", ("ru_cuba_lavrov",), "Республики Куба"),
    Labelled("Лавров Вьетнам", ("ru_date_numeric", "en_date_words"), "Вьетнама / Vietnamese"),
    Labelled(
        "Лавров Арагчи",
        ("en_iranian_fm",),
        "Iranian minister transliterated into Cyrillic; post writes Araghchi in Latin; hard",
    ),
    Labelled("Lavrov Araghchi", ("en_iranian_fm",), "as written"),
    Labelled(
        "Захарова",
        _ZAKHAROVA,
        "surname alone: Maria Zakharova in any case and in Latin; the theatre and the gymnast "
        "are left unlabelled",
    ),
    Labelled(
        "Захаровой",
        _ZAKHAROVA,
        "genitive/dative of the woman's surname",
    ),
    Labelled(
        "Zakharova",
        _ZAKHAROVA,
        "Latin spelling reaches the Cyrillic posts",
    ),
    Labelled(
        "Мария Захарова",
        _ZAKHAROVA,
        "name + surname; Mark Zakharov's theatre (Захарова = his genitive) and gymnast "
        "Ekaterina are other people",
        absent=("ru_lenkom", "ru_gymnast_zakh"),
    ),
    Labelled(
        "Maria Zakharova",
        _ZAKHAROVA,
        "English spelling",
        absent=("ru_lenkom", "ru_gymnast_zakh"),
    ),
    Labelled(
        "М.В. Захарова",
        _ZAKHAROVA,
        "initials with space",
        absent=("ru_lenkom", "ru_gymnast_zakh"),
    ),
    Labelled(
        "официальный представитель МИД Захарова",
        _ZAKHAROVA,
        "title + surname",
        absent=("ru_lenkom", "ru_gymnast_zakh"),
    ),
    Labelled("брифинг Захаровой", ("ru_zakh_brief",), "briefing + surname in genitive"),
    Labelled(
        "брифинг Захаровой 12 марта",
        ("ru_zakh_brief",),
        "briefing on a date written «12 марта 2025 года»",
    ),
    Labelled(
        "Pf[fhjdf",
        _ZAKHAROVA,
        "Захарова typed in the English layout",
    ),
    Labelled(
        "Захорова",
        _ZAKHAROVA,
        "typo о for а",
    ),
    Labelled(
        "Захарова Молдавия",
        _ZAKHAROVA_MOLDAVIYA,
        "country in another case (из Молдавии, в Молдавии)",
    ),
    Labelled(
        "Zakharova Moldova",
        _ZAKHAROVA_MOLDAVIYA,
        "English country name; Russian posts say Молдавия",
    ),
    Labelled("Захарова Эстония", ("ru_zakh_estonia",), "Эстонии"),
    Labelled(
        "Захарова НАТО",
        ("ru_nato_mfa",),
        "post says Североатлантического альянса, not НАТО: abbreviation vs full name",
    ),
    Labelled("Захарова визы", ("ru_visa_eu_ban",), "визах plural prepositional"),
    Labelled(
        "Zakharova London tankers",
        ("en_zakh_uk",),
        "English as written; the Russian twin is unlabelled",
    ),
    Labelled(
        "что сказала Захарова о санкциях",
        ("ru_zakh_suicide", "ru_sanc_policy"),
        "question: Zakharova + sanctions (санкций, санкционную)",
    ),
    Labelled(
        "Марк Захаров",
        ("ru_lenkom",),
        "the theatre director: genitive Марка Захарова in the post; the spokeswoman is "
        "another person",
        absent=("ru_zakh_suicide", "ru_zakh_moldova", "ru_zakh_brief"),
    ),
    Labelled(
        "Екатерина Захарова",
        ("ru_gymnast_zakh",),
        "the gymnast, not Maria",
        absent=("ru_zakh_suicide", "ru_zakh_moldova", "en_zakh_uk"),
    ),
    Labelled(
        "гимнастка Захарова",
        ("ru_gymnast_zakh",),
        "title + surname picks the gymnast",
        absent=("ru_zakh_suicide", "ru_zakh_moldova"),
    ),
    Labelled("Ленком", ("ru_lenkom",), "theatre name in another case (Ленкоме)"),
    Labelled(
        "Песков",
        _PESKOV,
        "surname alone in both scripts; the teacher Olga Peskova left unlabelled",
    ),
    Labelled(
        "Пескова",
        _PESKOV,
        "genitive of the man's surname (По словам Пескова); the teacher is also Пескова and "
        "left unlabelled",
    ),
    Labelled(
        "Peskov",
        _PESKOV,
        "Latin spelling",
    ),
    Labelled(
        "Дмитрий Песков",
        _PESKOV,
        "name + surname; the Tambov teacher Olga Peskova is someone else",
        absent=("ru_teacher_peskova",),
    ),
    Labelled(
        "Dmitry Peskov",
        _PESKOV,
        "English",
        absent=("ru_teacher_peskova",),
    ),
    Labelled(
        "Дмитрия Пескова",
        _PESKOV,
        "genitive name + surname; the woman Пескова must not come",
        absent=("ru_teacher_peskova",),
    ),
    Labelled(
        "пресс-секретарь Песков",
        _PESKOV,
        "title + surname",
        absent=("ru_teacher_peskova",),
    ),
    Labelled(
        "Kremlin spokesman Peskov",
        _PESKOV,
        "English title",
        absent=("ru_teacher_peskova",),
    ),
    Labelled(
        "Ольга Пескова",
        ("ru_teacher_peskova",),
        "the teacher",
        absent=("ru_pesk_istanbul", "ru_pesk_tariffs"),
    ),
    Labelled(
        "Gtcrjd",
        _PESKOV,
        "Песков in English layout",
    ),
    Labelled(
        "Пескв",
        _PESKOV,
        "typo",
    ),
    Labelled(
        "Песков пошлины",
        ("ru_pesk_tariffs",),
        "пошлины as written; the English twin says tariffs and is unlabelled",
    ),
    Labelled(
        "what did Peskov say about tariffs",
        ("en_pesk_tariffs",),
        "English question; the Russian post is the same story but has no English word",
        first="en_pesk_tariffs",
    ),
    Labelled(
        "Песков Стамбул",
        ("ru_pesk_istanbul", "en_pesk_istanbul"),
        "city in another case (в Стамбуле)",
    ),
    Labelled("Песков мирный план", ("ru_mirny_plan",), "peace plan"),
    Labelled("Песков Taurus", ("ru_german_taurus",), "Latin word inside a Russian post"),
    Labelled("Песков санкции", ("ru_pesk_sanctions",), "sanctions + Peskov"),
    Labelled("Peskov Budapest summit", ("en_pesk_nosummit",), "English"),
    Labelled(
        "Песков совещание по экономике",
        ("ru_pesk_meeting",),
        "экономическим вопросам vs экономике: adjective ↔ noun",
    ),
    Labelled(
        "Ушаков",
        _USHAKOV,
        "the Kremlin aide in both scripts; the admiral's medal and frigate left unlabelled",
    ),
    Labelled(
        "Юрий Ушаков",
        _USHAKOV,
        "name + surname; medals and frigate named after Admiral Ushakov are not him",
        absent=("ru_admiral_medal", "ru_admiral_ship"),
    ),
    Labelled(
        "помощник президента Ушаков",
        _USHAKOV,
        "title",
        absent=("ru_admiral_medal", "ru_admiral_ship"),
    ),
    Labelled(
        "Yuri Ushakov",
        _USHAKOV,
        "English",
        absent=("ru_admiral_medal", "ru_admiral_ship"),
    ),
    Labelled(
        "медаль Ушакова",
        ("ru_admiral_medal",),
        "the naval award, plural in the post",
        absent=("ru_ush_alaska", "ru_ush_witkoff"),
    ),
    Labelled(
        "адмирал Ушаков",
        ("ru_admiral_ship",),
        "frigate «Адмирал Ушаков»; the medal is named after the admiral too",
        absent=("ru_ush_alaska", "ru_ush_budapest"),
    ),
    Labelled("Ушаков Уиткофф", ("ru_ush_witkoff", "ru_peace_2"), "Уиткоффом instrumental"),
    Labelled("Ушаков Аляска", ("ru_ush_alaska", "en_ush_alaska"), "на Аляске"),
    Labelled("Ушаков Будапешт", ("ru_ush_budapest", "en_ush_budapest"), "в Будапеште"),
    Labelled(
        "Небензя",
        _NEBENZYA,
        "the UN envoy in both scripts",
    ),
    Labelled(
        "Небензи",
        _NEBENZYA,
        "genitive (the post writes В.А.Небензи)",
    ),
    Labelled(
        "Nebenzia",
        _NEBENZYA,
        "one English spelling; Nebenzya is another",
    ),
    Labelled(
        "Nebenzya",
        _NEBENZYA,
        "TASS spelling",
    ),
    Labelled(
        "Nebenzja",
        _NEBENZYA,
        "German-style transliteration; no post writes it; hard",
    ),
    Labelled(
        "Василий Небензя",
        _NEBENZYA,
        "name + surname",
    ),
    Labelled(
        "постпред Небензя",
        _NEBENZYA,
        "title abbreviated; post writes Постоянного представителя",
    ),
    Labelled(
        "Небензя Газа",
        ("ru_neb_gaza", "en_neb_gaza"),
        "Gaza in another case (в секторе Газа)",
        absent=("ru_neb_nordstream",),
    ),
    Labelled("Небензя Северный поток", ("ru_neb_nordstream",), "pipeline name in another form"),
    Labelled(
        "Yt,typz",
        _NEBENZYA,
        "Небензя in the English layout",
    ),
    Labelled("Небензя Украина", ("ru_neb_ukraine", "ru_tag_unsc"), "по Украине"),
    Labelled(
        "Путин",
        _PUTIN,
        "every post naming Putin in either script",
    ),
    Labelled(
        "Putin",
        _PUTIN,
        "Latin",
    ),
    Labelled(
        "В.В. Путин",
        _PUTIN,
        "initials",
    ),
    Labelled(
        "Путин Моди",
        ("ru_put_modi", "en_put_modi", "en_sco_tianjin"),
        "Indian PM in both scripts",
    ),
    Labelled(
        "Путин Трамп",
        (
            "ru_pesk_nocomment",
            "ru_ush_alaska",
            "en_pesk_nosummit",
            "en_ush_alaska",
            "en_put_alaska",
            "ru_talked_trump",
            "en_talked_trump",
        ),
        "both surnames, any case (Трампа, Д.Трампа, Трампом)",
    ),
    Labelled(
        "Putin Trump talks energy infrastructure",
        ("en_talked_trump",),
        "talks vs talked; the Russian readout is unlabelled",
    ),
    Labelled(
        "разговор Путина и Макрона",
        ("ru_france_macron", "en_france_macron"),
        "first call in three years",
    ),
    Labelled(
        "Путин Эрдоган",
        ("en_turkey_erdogan",),
        "both names only in the English post; the Kremlin readout never names Putin, so it is "
        "left unlabelled",
    ),
    Labelled("Путин Пезешкиан", ("ru_iran_treaty",), "Iranian president"),
    Labelled(
        "Putin Xi",
        ("en_sco_tianjin",),
        "only the English post has both names; ru_visit_xi names Xi only",
    ),
    Labelled(
        "Си Цзиньпин",
        ("ru_visit_xi", "en_visit_xi", "en_sco_tianjin"),
        "Xi Jinping in Cyrillic and Latin",
    ),
    Labelled("Вучич", ("ru_visit_vucic",), "Serbian president, post writes А.Вучича"),
    Labelled("Оверчук", ("ru_eaeu_overchuk", "en_eaeu_abbrev"), "both scripts"),
    Labelled("Гросси", ("ru_iaea_grossi", "en_iaea_grossi"), "IAEA chief in both scripts"),
    Labelled("Grossi", ("ru_iaea_grossi", "en_iaea_grossi"), "Latin"),
    Labelled(
        "Гутерреш",
        ("ru_guterres", "en_guterres"),
        "common spelling Гутерреш vs the post's Гутерриш: one letter off",
    ),
    Labelled("Guterres", ("ru_guterres", "en_guterres"), "Latin; António in post"),
    Labelled("Рютте", ("ru_nato_rutte", "en_nato_rutte"), "NATO SG"),
    Labelled("Mark Rutte", ("ru_nato_rutte", "en_nato_rutte"), "English"),
    Labelled("Мерц", ("ru_germany_merz", "en_germany_merz"), "German chancellor"),
    Labelled(
        "Навроцкий",
        ("ru_elect_poland", "en_elect_poland"),
        "Polish spelling Nawrocki in English post",
    ),
    Labelled("Nawrocki", ("ru_elect_poland", "en_elect_poland"), "Polish w vs Cyrillic в"),
    Labelled("Пётр Толстой", ("ru_yo_petr",), "ё in given name"),
    Labelled("Петр Толстой", ("ru_yo_petr",), "е for ё"),
    Labelled(
        "Рубио",
        _RUBIO,
        "US Secretary of State, М.Рубио, Марко Рубио; both scripts",
    ),
    Labelled(
        "Marco Rubio",
        _RUBIO,
        "English name + surname; posts mostly surname only",
    ),
    Labelled(
        "Уиткофф",
        _UITKOFF,
        "envoy, instrumental in posts; Witkoff in English",
    ),
    Labelled("Witkoff", _UITKOFF, "Latin"),
    # --- orgs ---
    Labelled(
        "ООН",
        _OON,
        "every post naming the UN or one of its organs (СБ ООН, Генассамблея, UN, UNSC) in "
        "both languages",
    ),
    Labelled(
        "UN",
        _OON,
        "two-letter English abbreviation; Russian posts write ООН",
    ),
    Labelled(
        "Организация Объединённых Наций",
        _OON,
        "full name; no post spells it out",
    ),
    Labelled(
        "United Nations",
        _OON,
        "English full name; posts write UN/ООН",
    ),
    Labelled(
        "СБ ООН",
        _SB_OON,
        "Security Council: СБ ООН, Совет Безопасности ООН, Совбез, #СБ_ООН, UNSC, Security Council",
    ),
    Labelled(
        "Совбез ООН",
        _SB_OON,
        "colloquial short form",
    ),
    Labelled(
        "Совет Безопасности ООН",
        _SB_OON,
        "full name; the CSTO's Совет коллективной безопасности is another body",
        absent=("ru_csto_bishkek",),
    ),
    Labelled(
        "UNSC",
        _SB_OON,
        "English abbreviation",
    ),
    Labelled(
        "UN Security Council",
        _SB_OON,
        "English full name",
    ),
    Labelled(
        "резолюция СБ ООН",
        ("ru_neb_res2774", "ru_neb_veto"),
        "резолюцию / проекта резолюции; the General Assembly resolution is another body's",
    ),
    Labelled(
        "резолюция 2774",
        ("ru_neb_res2774",),
        "number as written; the English twin is unlabelled",
    ),
    Labelled(
        "Security Council resolution",
        ("en_res2774", "en_unsc_sudan"),
        "English; 'draft resolution' counts",
    ),
    Labelled("вето", ("ru_neb_veto",), "наложила вето"),
    Labelled("veto", ("en_unsc_sudan",), "vetoed: English past tense"),
    Labelled(
        "Россия заблокировала резолюцию по Судану",
        ("ru_neb_veto",),
        "synonym заблокировала for наложила вето; shares резолюции и Судану",
    ),
    Labelled(
        "Генассамблея ООН",
        _GENASSAMBLEYA_OON,
        "Генассамблея vs Генеральной Ассамблеи ООН; UN General Assembly",
    ),
    Labelled(
        "ГА ООН",
        _GENASSAMBLEYA_OON,
        "abbreviation ГА, never written in posts; hard",
    ),
    Labelled("UN General Assembly", _GENASSAMBLEYA_OON, "English"),
    Labelled(
        "генсек ООН",
        ("ru_guterres", "en_guterres"),
        "Secretary-General of the UN; NATO's secretary general is not",
        absent=("ru_nato_rutte", "en_nato_rutte"),
    ),
    Labelled(
        "UN Secretary-General",
        ("ru_guterres", "en_guterres"),
        "English; NATO Secretary General must not come",
        absent=("en_nato_rutte", "ru_nato_rutte"),
    ),
    Labelled(
        "генсек НАТО",
        ("ru_nato_rutte", "en_nato_rutte"),
        "NATO SG; Guterres is the UN's",
        absent=("ru_guterres", "en_guterres"),
    ),
    Labelled("ООН блокада Кубы", ("ru_unga_vote",), "Кубы genitive"),
    Labelled(
        "НАТО",
        _NATO,
        "NATO in both scripts and by full name (Североатлантического альянса, North Atlantic "
        "Treaty Organization)",
    ),
    Labelled(
        "NATO",
        _NATO,
        "Latin",
    ),
    Labelled(
        "Североатлантический альянс",
        _NATO,
        "full Russian name, written once in another case",
    ),
    Labelled(
        "North Atlantic Treaty Organization",
        _NATO,
        "English full name",
    ),
    Labelled(
        "yfnj",
        _NATO,
        "НАТО typed in the English layout",
    ),
    Labelled(
        "саммит НАТО",
        ("ru_nato_hague", "ru_nato_mfa", "en_nato_hague"),
        "саммита Североатлантического альянса counts; 'The Hague summit'",
    ),
    Labelled(
        "саммит НАТО в Гааге",
        ("ru_nato_hague", "en_nato_hague"),
        "Гааге prepositional; The Hague",
    ),
    Labelled("расходы НАТО 5% ВВП", ("ru_nato_hague",), "военные расходы ... 5% ВВП"),
    Labelled("NATO 5% GDP", ("en_nato_hague", "en_nato_us"), "percent and GDP"),
    Labelled(
        "NATO defence spending",
        ("en_nato_hague", "en_nato_us"),
        "British defence vs American 'spending ... on defense'",
    ),
    Labelled(
        "NATO defense spending",
        ("en_nato_hague", "en_nato_us"),
        "American spelling; one post writes defence",
    ),
    Labelled(
        "НАТО Финляндия",
        ("ru_nato_finland", "en_nato_treaty"),
        "Finland in English post",
    ),
    Labelled(
        "ВОЗ",
        _VOZ,
        "WHO in both languages and by full name; возможной/возобновит only start with the "
        "same letters",
        absent=("ru_pesk_nocomment", "ru_visa_usa", "ru_sanc_lift"),
    ),
    Labelled(
        "WHO",
        _VOZ,
        "upper-case abbreviation that is also an English stop word",
    ),
    Labelled(
        "Всемирная организация здравоохранения",
        _VOZ,
        "full name",
    ),
    Labelled(
        "World Health Organisation",
        _VOZ,
        "British -isation; the post writes Organization",
    ),
    Labelled(
        "World Health Organization",
        _VOZ,
        "American spelling",
    ),
    Labelled(
        "выход США из ВОЗ",
        ("ru_who_us_exit",),
        "ВОЗ vs Всемирной организации здравоохранения in the post; English twin unlabelled",
    ),
    Labelled("соглашение о пандемиях", ("ru_who_pandemic",), "as written"),
    Labelled("pandemic agreement", ("en_who_pandemic",), "case differs: Pandemic Agreement"),
    Labelled("корь ВОЗ", ("ru_who_measles",), "кори genitive"),
    Labelled(
        "МАГАТЭ",
        _MAGATE,
        "IAEA in both languages and by full name",
    ),
    Labelled(
        "IAEA",
        _MAGATE,
        "English abbreviation",
    ),
    Labelled(
        "Международное агентство по атомной энергии",
        _MAGATE,
        "full name",
    ),
    Labelled(
        "International Atomic Energy Agency",
        _MAGATE,
        "English full name",
    ),
    Labelled(
        "МАГАТЭ Запорожская АЭС",
        ("ru_iaea_grossi", "ru_iaea_power", "en_iaea_grossi", "en_iaea_power"),
        "Запорожскую/Запорожская; Zaporizhzhia/Zaporozhye NPP",
    ),
    Labelled(
        "ЗАЭС",
        ("ru_iaea_grossi", "ru_iaea_power"),
        "abbreviation of Запорожская АЭС; no post writes it; hard",
    ),
    Labelled(
        "Zaporizhzhia",
        _ZAPORIZHZHIA,
        "Ukrainian-style spelling; one English post writes Zaporozhye",
    ),
    Labelled(
        "Zaporozhye",
        _ZAPORIZHZHIA,
        "Russian-style spelling",
    ),
    Labelled("Курская АЭС", ("ru_iaea_kursk_npp",), "Курскую АЭС accusative"),
    Labelled("Natanz", ("en_iaea_iran",), "as written"),
    Labelled(
        "БРИКС",
        _BRIKS,
        "BRICS in both scripts, hashtags included",
    ),
    Labelled(
        "BRICS",
        _BRIKS,
        "Latin",
    ),
    Labelled(
        ",hbrc",
        _BRIKS,
        "БРИКС in the English layout",
    ),
    Labelled(
        "#БРИКС",
        ("ru_brics_rio", "ru_brics_ministers", "ru_tag_brics_ru"),
        "hashtag query: posts carrying the tag, #БРИКС2026 included; other BRICS posts unlabelled",
    ),
    Labelled("#BRICS", ("ru_brics_rio", "en_brics_rio"), "Latin hashtag"),
    Labelled(
        "саммит БРИКС",
        ("ru_brics_rio", "ru_brics_india"),
        "саммит + БРИКС in both; English posts unlabelled",
    ),
    Labelled(
        "Рио-де-Жанейро",
        _RIO_DE_ZHANEYRO,
        "hyphenated city; Rio de Janeiro in Latin",
    ),
    Labelled(
        "Рио де Жанейро",
        _RIO_DE_ZHANEYRO,
        "hyphens typed as spaces",
    ),
    Labelled("Индонезия БРИКС", ("ru_brics_partners", "en_brics_indonesia"), "Indonesia"),
    Labelled(
        "председательство в БРИКС",
        ("ru_brics_india", "ru_tag_brics_ru"),
        "председательство / председательства; #БРИКС2026 carries the name",
    ),
    Labelled("платёжная система БРИКС", ("ru_brics_pay",), "as written"),
    Labelled("платежная система БРИКС", ("ru_brics_pay",), "е for ё"),
    Labelled("декларация БРИКС", ("ru_brics_decl",), "Декларацию accusative"),
    Labelled("BRICS tariffs Trump", ("en_brics_tariff",), "tariffs vs tariff"),
    Labelled(
        "Бразилия БРИКС",
        ("ru_brics_partners", "en_brics_indonesia"),
        "Brazil; the Rio post only shows a flag emoji",
    ),
    Labelled(
        "ШОС",
        _SHOS,
        "SCO in both scripts and full names",
    ),
    Labelled(
        "SCO",
        _SHOS,
        "Latin",
    ),
    Labelled(
        "Шанхайская организация сотрудничества",
        _SHOS,
        "full name; posts use it in another case once",
    ),
    Labelled(
        "Shanghai Cooperation Organization",
        _SHOS,
        "American z; one post writes Organisation",
    ),
    Labelled(
        "Shanghai Cooperation Organisation",
        _SHOS,
        "British s",
    ),
    Labelled(
        "саммит ШОС",
        ("ru_sco_tianjin",),
        "саммите Шанхайской организации сотрудничества: abbreviation vs full name",
    ),
    Labelled(
        "ШОС Тяньцзинь",
        _SHOS_TYANTSZIN,
        "city in any form: Тяньцзине, Тяньцзиньскую, Tianjin",
    ),
    Labelled(
        "Тяньцзинь",
        _SHOS_TYANTSZIN,
        "city; adjective Тяньцзиньскую declaration counts",
    ),
    Labelled(
        "Tianjin",
        _SHOS_TYANTSZIN,
        "Latin",
    ),
    Labelled("банк развития ШОС", ("ru_sco_bank",), "банка развития ШОС genitive"),
    Labelled("#ШОС2025", ("ru_sco_tianjin",), "hashtag with year closed up"),
    Labelled("СМИД ШОС", ("ru_sco_fm",), "council of foreign ministers abbreviation"),
    Labelled(
        "СНГ",
        _SNG,
        "CIS by abbreviation and full name",
    ),
    Labelled(
        "Содружество Независимых Государств",
        _SNG,
        "full name",
    ),
    Labelled(
        "CIS",
        _SNG,
        "English abbreviation for СНГ",
    ),
    Labelled(
        "саммит СНГ в Душанбе",
        ("ru_cis_dushanbe", "ru_cis_aliyev"),
        "Совета глав государств СНГ в Душанбе; саммита Содружества ... в Душанбе",
    ),
    Labelled(
        "ОДКБ",
        _ODKB,
        "CSTO in both scripts, full name",
    ),
    Labelled(
        "CSTO",
        _ODKB,
        "Latin",
    ),
    Labelled(
        "Организация Договора о коллективной безопасности",
        _ODKB,
        "full name",
    ),
    Labelled(
        "Collective Security Treaty Organization",
        _ODKB,
        "English full name, never written in posts",
    ),
    Labelled(
        "Армения ОДКБ",
        ("ru_csto_armenia", "en_csto_armenia"),
        "Армения as written; full name; CSTO",
    ),
    Labelled(
        "ЕАЭС",
        _EAES,
        "EAEU in both scripts and full name (Евразийского экономического совета/союза)",
    ),
    Labelled(
        "EAEU",
        _EAES,
        "Latin",
    ),
    Labelled(
        "Евразийский экономический союз",
        _EAES,
        "full name",
    ),
    Labelled(
        "Eurasian Economic Union",
        _EAES,
        "English full name",
    ),
    Labelled("ЕАЭС ОАЭ", ("ru_eaeu_minsk", "en_eaeu_uae"), "ОАЭ vs United Arab Emirates"),
    Labelled(
        "Евросоюз",
        _EVROSOYUZ,
        "EU in both scripts: ЕС, Евросоюза, EU; Еврокомиссия posts unlabelled",
    ),
    Labelled(
        "ЕС",
        _EVROSOYUZ,
        "two-letter abbreviation",
    ),
    Labelled(
        "EU",
        _EVROSOYUZ,
        "Latin abbreviation",
    ),
    Labelled(
        "European Union",
        _EVROSOYUZ,
        "English full name; posts write EU",
    ),
    # --- places ---
    Labelled(
        "Курск",
        _KURSK,
        "city and its adjective (Курской области, курского, Курскую АЭС), Kursk; "
        "Северо-Курильск only looks alike",
        absent=("ru_quake_tsunami",),
    ),
    Labelled(
        "Курская область",
        ("ru_evac_kursk", "ru_kursk_liberated", "ru_kursk_rebuild", "en_kursk"),
        "region in other cases; курского приграничья; Kursk region. The city visit and the "
        "NPP are unlabelled",
        absent=("ru_quake_tsunami",),
    ),
    Labelled(
        "Kursk",
        _KURSK,
        "Latin",
        absent=("ru_quake_tsunami",),
    ),
    Labelled(
        "rehcr",
        _KURSK,
        "Курск in the English layout",
        absent=("ru_quake_tsunami",),
    ),
    Labelled("Суджа", ("ru_kursk_rebuild",), "в Судже prepositional"),
    Labelled(
        "Белгород",
        ("ru_belgorod_attack", "ru_belgorod_region"),
        "city and Белгородской области",
    ),
    Labelled(
        "Белгородская область",
        ("ru_belgorod_region",),
        "region in another case; the city post is unlabelled",
    ),
    Labelled(
        "Каспий",
        _KASPIY,
        "sea and its adjective: Каспия, Каспийский саммит, Каспийского трубопроводного, Caspian",
    ),
    Labelled(
        "каспийский",
        _KASPIY,
        "adjective to noun Каспия",
    ),
    Labelled(
        "Caspian",
        _KASPIY,
        "Latin",
    ),
    Labelled(
        "КТК",
        ("ru_caspian_pipe",),
        "abbreviation of Каспийский трубопроводный консорциум, never written in the post; hard",
    ),
    Labelled(
        "Каспийский трубопроводный консорциум",
        ("ru_caspian_pipe", "en_caspian"),
        "full name in another case; Caspian Pipeline Consortium",
    ),
    Labelled(
        "Петербург",
        _PETERBURG,
        "Санкт-Петербурге, Петербургский, Питере, St Petersburg",
    ),
    Labelled(
        "Санкт-Петербург",
        _PETERBURG,
        "full city name",
    ),
    Labelled(
        "Питер",
        _PETERBURG,
        "colloquial short name; most posts write Петербург",
    ),
    Labelled(
        "СПб",
        _PETERBURG,
        "abbreviation; no post writes it; hard",
    ),
    Labelled(
        "St. Petersburg",
        _PETERBURG,
        "English with a dot; the post writes St Petersburg",
    ),
    Labelled("ПМЭФ", ("ru_spief", "en_spief"), "Russian abbreviation; SPIEF in English"),
    Labelled("SPIEF", ("ru_spief", "en_spief"), "English abbreviation; ПМЭФ-2025"),
    Labelled(
        "Петербургский международный экономический форум",
        ("ru_spief", "en_spief"),
        "full name",
    ),
    Labelled(
        "Крым",
        ("ru_crimea_bridge", "ru_crimea_tour"),
        "noun and adjective (Крымскому мосту)",
    ),
    Labelled(
        "Алматы",
        ("ru_almaty", "en_almaty"),
        "current name; the Russian post uses Алма-Ате; алмазы only looks alike",
        absent=("ru_mirny_alrosa",),
    ),
    Labelled(
        "Алма-Ата",
        ("ru_almaty", "en_almaty"),
        "old name, prepositional in the post",
        absent=("ru_mirny_alrosa",),
    ),
    Labelled(
        "Казахстан",
        ("ru_almaty", "en_almaty"),
        "российско-казахстанский adjective; Kazakhstan",
    ),
    Labelled(
        "Китай",
        _KITAY,
        "China as КНР, китайский, Chinese, Beijing posts that name China; porcelain 'china' "
        "is not the state",
        absent=("en_china_porcelain", "en_china_dishes"),
    ),
    Labelled(
        "китайский",
        _KITAY,
        "adjective ↔ state",
        absent=("en_china_porcelain", "en_china_dishes"),
    ),
    Labelled(
        "КНР",
        _KITAY,
        "abbreviation ↔ Китай",
        absent=("en_china_porcelain", "en_china_dishes"),
    ),
    Labelled(
        "China",
        _KITAY,
        "English, capital letter; fine/bone/Meissen china is porcelain",
        absent=("en_china_porcelain", "en_china_dishes"),
    ),
    Labelled(
        "Chinese",
        _KITAY,
        "English demonym",
        absent=("en_china_porcelain", "en_china_dishes"),
    ),
    Labelled(
        "bone china",
        ("en_china_dishes",),
        "the porcelain; the state is not meant",
        absent=("en_china_tariffs", "en_visa_china", "en_china_mfa"),
    ),
    Labelled(
        "Meissen china auction",
        ("en_china_porcelain",),
        "porcelain sale",
        absent=("en_china_tariffs", "en_china_mfa"),
    ),
    Labelled(
        "China tariffs",
        ("en_china_tariffs",),
        "as written",
        absent=("en_china_porcelain", "en_china_dishes"),
    ),
    Labelled(
        "Индия",
        _INDIYA,
        "India in any case, индийский, Indian; Modi-only posts unlabelled",
    ),
    Labelled(
        "India",
        _INDIYA,
        "English",
    ),
    Labelled(
        "Indian",
        _INDIYA,
        "English demonym ↔ state",
    ),
    Labelled(
        "Иран",
        _IRAN,
        "Iran in any case and its adjective иранский/Iranian; Tehran-only posts unlabelled",
    ),
    Labelled(
        "иранский",
        _IRAN,
        "adjective ↔ state",
    ),
    Labelled(
        "Iranian",
        _IRAN,
        "English demonym",
    ),
    Labelled(
        "Тегеран",
        ("ru_evac_iran", "en_evac_iran", "ru_caspian_summit"),
        "в Тегеране; Tehran",
    ),
    Labelled(
        "Германия",
        _GERMANIYA,
        "Германии, Альтернатива для Германии, German; немецких ракет and ФРГ share no stem "
        "with Германия: hard",
    ),
    Labelled(
        "немецкий",
        _GERMANIYA,
        "adjective; the state's posts say Германии/German; hard",
    ),
    Labelled(
        "German",
        _GERMANIYA,
        "English demonym; Russian posts Германии/немецких",
    ),
    Labelled(
        "Франция",
        _FRANTSIYA,
        "Франции, французский, French",
    ),
    Labelled(
        "French",
        _FRANTSIYA,
        "English demonym ↔ state",
    ),
    Labelled(
        "Израиль",
        (
            "ru_unga_vote",
            "ru_evac_israel",
            "en_evac_israel",
            "ru_iaea_iran",
            "en_iaea_iran",
            "ru_gaza_truce",
            "en_gaza_truce",
        ),
        "Israel in any case and Israeli",
    ),
    Labelled(
        "Египет",
        _EGIPET,
        "Egypt in any case",
    ),
    Labelled(
        "Egypt",
        _EGIPET,
        "Latin",
    ),
    Labelled("Япония", ("ru_sanc_japan_stop", "en_sanc_japan"), "Японии; Japanese"),
    Labelled(
        "японцы",
        ("ru_sanc_japan_stop", "en_sanc_japan"),
        "demonym; posts have Японии / Japanese nationals",
    ),
    Labelled(
        "США",
        _SSHA,
        "the United States as США, американский, U.S., United States",
    ),
    Labelled(
        "американский",
        _SSHA,
        "adjective ↔ state",
    ),
    Labelled(
        "U.S.",
        _SSHA,
        "dotted abbreviation",
    ),
    Labelled(
        "USA",
        _SSHA,
        "three-letter form nobody writes in posts",
    ),
    Labelled(
        "United States",
        _SSHA,
        "full English name",
    ),
    Labelled(
        "Turkey",
        _TURKEY,
        "the state (Турецкой Республики, Turkey); the bird in Thanksgiving posts is not",
        absent=("en_turkey_bird", "en_turkey_pardon"),
    ),
    Labelled(
        "Турция",
        _TURKEY,
        "Russian name; Турецкой Республики in the posts; English posts name Turkey; turkeys "
        "(birds) must not come",
        absent=("en_turkey_bird", "en_turkey_pardon"),
    ),
    Labelled(
        "турецкий",
        _TURKEY,
        "adjective; TurkStream (Турецкий поток) is a pipeline name, unlabelled",
        absent=("en_turkey_bird", "en_turkey_pardon"),
    ),
    Labelled(
        "turkey Thanksgiving",
        ("en_turkey_bird",),
        "the bird",
        absent=("en_turkey_talks", "en_turkey_erdogan", "ru_turkey_erdogan"),
    ),
    Labelled(
        "pardoned turkey",
        ("en_turkey_pardon",),
        "singular vs turkeys",
        absent=("en_turkey_talks", "en_turkey_erdogan"),
    ),
    Labelled(
        "Türkiye",
        _TURKEY,
        "the state's own spelling; no post uses it; hard",
        absent=("en_turkey_bird", "en_turkey_pardon"),
    ),
    Labelled(
        "Газа",
        _GAZA,
        "Gaza (сектор Газа, в Газе, Газы, Gaza); genitive газа (of gas) is a homograph",
        absent=_GAZA_2,
    ),
    Labelled(
        "сектор Газа",
        _GAZA,
        "the strip; gas posts must not come",
        absent=_GAZA_2,
    ),
    Labelled(
        "Gaza",
        _GAZA,
        "English",
        absent=_GAZA_2,
    ),
    Labelled(
        "газ",
        _GAZA_2,
        "gas in any case and газового; Gaza posts (Газа, Газе, Газы) only look alike",
        absent=("ru_neb_gaza", "ru_gaza_truce", "ru_gaza_mfa", "ru_gaza_aid"),
    ),
    Labelled(
        "газовый транзит",
        ("ru_gas_transit", "ru_gas_slovakia"),
        "adjective ↔ noun (транзит газа)",
        absent=("ru_neb_gaza", "ru_gaza_truce"),
    ),
    Labelled(
        "транзит газа через Украину",
        ("ru_gas_transit", "ru_gas_slovakia"),
        "газового транзита ... на Украину counts",
        absent=("ru_neb_gaza",),
    ),
    Labelled("gas transit Ukraine", ("en_gas_transit",), "English"),
    Labelled("поставки газа в Европу", ("ru_gas_turk",), "as written"),
    Labelled(
        "Того",
        _TOGO,
        "the state; 'кроме того', 'после того как' are the pronoun",
        absent=("ru_togo_not1", "ru_togo_not2", "ru_put_direct_line"),
    ),
    Labelled(
        "Togo",
        _TOGO,
        "English; the Russian pronoun того is not the state",
        absent=("ru_togo_not1", "ru_togo_not2"),
    ),
    Labelled(
        "посольство в Того",
        ("ru_togo_embassy",),
        "Россия откроет посольство в Ломе — столице Того",
        absent=("ru_togo_not1", "ru_togo_not2"),
    ),
    Labelled("Ломе", ("ru_togo_embassy",), "capital of Togo"),
    Labelled(
        "Куба",
        _KUBA,
        "Cuba in any case (на Кубу, на Кубе, Кубы); кубов газа (cubic metres) is not",
        absent=("ru_gas_cubes",),
    ),
    Labelled(
        "Cuba",
        _KUBA,
        "English",
        absent=("ru_gas_cubes",),
    ),
    Labelled(
        "кубов газа",
        ("ru_gas_cubes",),
        "colloquial cubic metres",
        absent=("ru_cuba_fuel", "ru_cuba_blackout", "ru_cuba_lavrov"),
    ),
    Labelled(
        "кубометры газа",
        ("ru_gas_price", "ru_gas_cubes"),
        "кубометров; кубов is a clipped form: hard",
        absent=("ru_cuba_fuel", "ru_cuba_blackout"),
    ),
    Labelled("блэкаут на Кубе", ("ru_cuba_blackout",), "as written"),
    Labelled("blackout Cuba", ("en_cuba_blackout",), "English"),
    Labelled(
        "сталь",
        ("ru_steel_export", "ru_steel_eu"),
        "steel: genitive стали is also the verb 'became'",
        absent=(
            "ru_steel_became",
            "ru_steel_became2",
            "ru_teacher_peskova",
            "ru_brics_partners",
        ),
    ),
    Labelled(
        "экспорт стали",
        ("ru_steel_export",),
        "as written",
        absent=("ru_steel_became", "ru_steel_became2"),
    ),
    Labelled("steel tariffs", ("en_steel_tariff",), "as written"),
    Labelled(
        "стали известны подробности",
        ("ru_steel_became",),
        "the verb, phrase as written",
        absent=("ru_steel_export", "ru_steel_eu"),
    ),
    Labelled(
        "мир",
        ("ru_peace_1", "ru_peace_2"),
        "peace: прочный мир, достижения мира; мировой рынок / мировые цены are 'world'",
        absent=("ru_world_market", "ru_oil_world"),
    ),
    Labelled("мир на Украине", ("ru_peace_2",), "мира на Украине", absent=("ru_world_market",)),
    Labelled(
        "мировой рынок",
        ("ru_world_market",),
        "as written",
        absent=("ru_peace_1", "ru_peace_2"),
    ),
    Labelled(
        "peace",
        ("en_peace_1", "en_china_mfa", "en_neb_ukraine", "en_gaza_plan"),
        "English noun",
    ),
    Labelled(
        "мирный план",
        ("ru_mirny_plan",),
        "peace plan; the town of Мирный is not",
        absent=("ru_mirny_town", "ru_mirny_alrosa"),
    ),
    Labelled(
        "мирное урегулирование",
        ("ru_mirny_settle",),
        "neuter adjective; the town is not meant",
        absent=("ru_mirny_town", "ru_mirny_alrosa"),
    ),
    Labelled(
        "город Мирный",
        ("ru_mirny_town", "ru_mirny_alrosa"),
        "the Yakutian town (под Мирным); мирный план is peace",
        absent=("ru_mirny_plan", "ru_mirny_settle"),
    ),
    Labelled(
        "Мирный Якутия",
        ("ru_mirny_town",),
        "town + region; the peace posts are not",
        absent=("ru_mirny_plan", "ru_mirny_settle"),
    ),
    Labelled(
        "Молдавия",
        _MOLDAVIYA,
        "Молдавии; English Moldova",
    ),
    Labelled(
        "Молдова",
        _MOLDAVIYA,
        "the other Russian name; posts use Молдавия",
    ),
    Labelled(
        "Эр-Рияд",
        _ER_RIYAD,
        "в Эр-Рияде; Riyadh",
    ),
    Labelled(
        "Riyadh",
        _ER_RIYAD,
        "Latin; Russian posts write Эр-Рияд",
    ),
    Labelled(
        "Стамбул",
        (
            "ru_pesk_istanbul",
            "en_pesk_istanbul",
            "ru_emb_us_return",
            "en_emb_istanbul",
            "en_turkey_talks",
            "ru_steel_became",
        ),
        "в Стамбуле; Istanbul",
    ),
    Labelled(
        "Istanbul talks",
        ("en_pesk_istanbul", "en_turkey_talks", "en_emb_istanbul"),
        "talks as written in all three",
    ),
    Labelled("Анкоридж", ("ru_lav_alaska", "en_put_alaska"), "в Анкоридже; Anchorage"),
    Labelled(
        "Аляска",
        ("ru_lav_alaska", "en_lav_alaska", "ru_ush_alaska", "en_ush_alaska", "en_put_alaska"),
        "на Аляску, на Аляске, Alaska",
    ),
    Labelled(
        "Alaska summit",
        ("en_put_alaska", "en_ush_alaska", "en_lav_alaska"),
        "no English post writes 'summit' with Alaska: all three are about the summit, hard",
    ),
    Labelled(
        "Будапешт",
        ("ru_ush_budapest", "en_ush_budapest", "en_pesk_nosummit"),
        "в Будапеште; Budapest",
    ),
    Labelled(
        "Камчатка",
        ("ru_quake_kamchatka", "ru_quake_aftershock", "en_quake_kamchatka"),
        "Камчатки, На Камчатке, Kamchatka",
    ),
    Labelled("Дагестан", ("ru_flood_dagestan",), "в Дагестане"),
    Labelled("Лос-Анджелес", ("ru_fire_la", "en_fire_la"), "Los Angeles"),
    Labelled(
        "Афганистан",
        ("ru_quake_afghan", "en_quake_afghan"),
        "в Афганистане; Afghanistan",
    ),
    Labelled("Сирия", ("ru_lav_iraq",), "в Сирии; Damascus-only post unlabelled"),
    Labelled("Дамаск", ("ru_emb_syria",), "в Дамаске"),
    Labelled(
        "Лаос",
        ("ru_lav_laos", "ru_visit_laos", "ru_money_loan"),
        "Лаосской, в Лаос, Лаосу",
    ),
    Labelled(
        "Вьетнам",
        ("ru_visit_laos", "ru_date_numeric", "ru_date_words", "en_date_words"),
        "Вьетнама, вьетнамской, Vietnamese",
    ),
    Labelled("Ливан", ("ru_evac_lebanon",), "из Ливана"),
    Labelled("Азербайджан", ("ru_evac_iran", "en_evac_iran"), "через Азербайджан; Azerbaijan"),
    Labelled("Баку", ("ru_evac_planes",), "из Баку"),
    Labelled("Минск", ("ru_eaeu_minsk", "en_eaeu_uae"), "в Минске; Minsk"),
    Labelled("Душанбе", ("ru_cis_dushanbe", "ru_cis_aliyev"), "indeclinable"),
    Labelled("Армения", ("ru_csto_armenia", "en_csto_armenia"), "Armenia"),
    Labelled("Эстония", ("ru_zakh_estonia", "ru_emb_expel_est"), "Эстонии"),
    Labelled(
        "Великобритания",
        _VELIKOBRITANIYA,
        "Великобританией, британского, UK, Britain, British",
    ),
    Labelled(
        "британский",
        _VELIKOBRITANIYA,
        "adjective ↔ state, both languages",
    ),
    Labelled(
        "Польша",
        ("ru_elect_poland", "en_elect_poland", "en_state_defense"),
        "в Польше, Polish, Poland",
    ),
    Labelled("Индонезия", ("ru_brics_partners", "en_brics_indonesia"), "Indonesia"),
    Labelled(
        "Словакия",
        ("ru_gas_slovakia",),
        "no state name in the post, only Фицо; hard: no shared word",
    ),
    Labelled("Северная Корея", ("ru_lav_pyongyang",), "post writes КНДР; no shared word, hard"),
    # --- topics ---
    Labelled(
        "санкции",
        _SANKTSII,
        "every Russian post on sanctions in any case or derivation (санкционный, "
        "подсанкционные, антироссийских); ограничительные меры is a synonym and unlabelled; "
        "English posts unlabelled",
    ),
    Labelled(
        "санкций",
        _SANKTSII,
        "genitive plural",
    ),
    Labelled(
        "санкционный",
        _SANKTSII,
        "adjective ↔ noun",
    ),
    Labelled("санкционная политика", ("ru_sanc_policy",), "accusative санкционную политику"),
    Labelled(
        "антироссийские санкции",
        ("ru_sanc_japan_stop", "ru_sanc_19"),
        "the word антироссийские as written; 'против России' posts unlabelled",
    ),
    Labelled(
        "пакет санкций",
        ("ru_zakh_suicide", "ru_sanc_eu17", "ru_sanc_eu18", "ru_sanc_19", "ru_sanc_swiss"),
        "пакет санкций / санкционному пакету",
    ),
    Labelled(
        "17-й пакет санкций",
        ("ru_sanc_eu17",),
        "ordinal as written; the 18th and 19th packages are other packages",
        absent=("ru_sanc_eu18", "ru_sanc_19"),
    ),
    Labelled(
        "17 пакет санкций",
        ("ru_sanc_eu17",),
        "ordinal without suffix",
        absent=("ru_sanc_eu18", "ru_sanc_19"),
    ),
    Labelled(
        "семнадцатый пакет санкций",
        ("ru_sanc_eu17",),
        "ordinal in words ↔ 17-й",
        absent=("ru_sanc_eu18", "ru_sanc_19"),
    ),
    Labelled(
        "18-й пакет",
        ("ru_sanc_eu18",),
        "another number",
        absent=("ru_sanc_eu17", "ru_sanc_19"),
    ),
    Labelled(
        "девятнадцатый пакет санкций",
        ("ru_sanc_19",),
        "words ↔ 19-й",
        absent=("ru_sanc_eu17", "ru_sanc_eu18"),
    ),
    Labelled(
        "17th sanctions package",
        ("en_sanc_eu17",),
        "English ordinal",
        absent=("en_sanc_eu19",),
    ),
    Labelled(
        "19th package",
        ("en_sanc_eu19",),
        "English ordinal; the 17th is another package",
        absent=("en_sanc_eu17",),
    ),
    Labelled(
        "sanctions",
        _SANCTIONS,
        "English noun and verb forms (sanctioned, sanctioning)",
    ),
    Labelled(
        "sanctioned",
        _SANCTIONS,
        "past participle ↔ noun",
    ),
    Labelled(
        "sanctoins",
        _SANCTIONS,
        "typo: transposed letters",
    ),
    Labelled(
        "cfyrwbb",
        _SANKTSII,
        "санкции in the English layout",
    ),
    Labelled(
        "санкцыи",
        _SANKTSII,
        "typo ы for и",
    ),
    Labelled(
        "санции",
        _SANKTSII,
        "typo: к dropped",
    ),
    Labelled("теневой флот", ("ru_sanc_eu17",), "«теневого флота» in quotes and genitive"),
    Labelled("«теневой флот»", ("ru_sanc_eu17",), "phrase in guillemets"),
    Labelled("shadow fleet", ("en_sanc_eu17", "en_sanc_uk_tankers"), "English"),
    Labelled(
        '"shadow fleet"',
        ("en_sanc_eu17", "en_sanc_uk_tankers"),
        "quoted phrase, order kept",
    ),
    Labelled("Роснефть", ("ru_sanc_us_oil", "en_sanc_us_oil"), "«Роснефти» in quotes; Rosneft"),
    Labelled("Лукойл", ("ru_sanc_us_oil", "en_sanc_us_oil"), "«Лукойла»; Lukoil"),
    Labelled(
        "санкции против Роснефти и Лукойла",
        ("ru_sanc_us_oil",),
        "as written but without quotes",
    ),
    Labelled("US Treasury sanctions", ("en_sanc_us_oil",), "U.S. vs US"),
    Labelled("стоп-лист", ("ru_sanc_japan_stop",), "as written"),
    Labelled("стоплист", ("ru_sanc_japan_stop",), "closed up"),
    Labelled("потолок цен на нефть", ("ru_sanc_eu18",), "потолок цен на российскую нефть"),
    Labelled("price cap", ("en_oil_cap",), "as written"),
    Labelled("снятие санкций", ("ru_sanc_lift",), "as written"),
    Labelled("отмена санкций", ("ru_sanc_lift",), "synonym отмена for снятие; shares санкций"),
    Labelled("продовольственное эмбарго", ("ru_sanc_counter",), "as written"),
    Labelled("подсанкционные банки", ("ru_sanc_sanctioned",), "capitalised in the post"),
    Labelled(
        "санкции Канады",
        ("ru_sanc_canada",),
        "Канада объявила о новых санкциях: case of both words",
    ),
    Labelled(
        "запрет импорта СПГ",
        ("ru_sanc_19",),
        "запрет на импорт российского СПГ: noun case",
    ),
    Labelled("LNG ban", ("en_sanc_eu19",), "a ban on Russian LNG imports"),
    Labelled("Гazprom Neft", ("en_state_sanctioned",), "Cyrillic Г typed inside a Latin word"),
    Labelled(
        "ключевая ставка",
        _KLYUCHEVAYA_STAVKA,
        "every key-rate decision in any case; the post where ключевая and ставка are separate "
        "words is unlabelled",
    ),
    Labelled(
        '"ключевая ставка"',
        _KLYUCHEVAYA_STAVKA,
        "quoted phrase: words must stand together; 'Ключевая роль ... ставка на рост' must "
        "not come",
        absent=("ru_rate_role",),
    ),
    Labelled(
        "ключевую ставку",
        _KLYUCHEVAYA_STAVKA,
        "accusative",
    ),
    Labelled(
        "rk.xtdfz cnfdrf",
        _KLYUCHEVAYA_STAVKA,
        "ключевая ставка in the English layout",
    ),
    Labelled(
        "ключевая ставкa",
        _KLYUCHEVAYA_STAVKA,
        "Latin a at the end",
    ),
    Labelled(
        "снижение ключевой ставки",
        _SNIZHENIE_KLYUCHEVOY_STAVKI,
        "noun ↔ снизил/понизил; the hold at 21% is not a cut",
        absent=("ru_rate_21",),
    ),
    Labelled(
        "ЦБ снизит ставку",
        _SNIZHENIE_KLYUCHEVOY_STAVKI,
        "future perfective vs past снизил/понизил",
    ),
    Labelled(
        "Банк России",
        _BANK_ROSSII,
        "the central bank by name, ЦБ, Центробанк, Bank of Russia, Russia's central bank",
    ),
    Labelled(
        "ЦБ",
        _BANK_ROSSII,
        "abbreviation ↔ Банк России, Центробанк",
    ),
    Labelled(
        "Центробанк",
        _BANK_ROSSII,
        "short name ↔ ЦБ, Банк России",
    ),
    Labelled(
        "ставка 21%",
        ("ru_rate_21", "ru_rate_20"),
        "21% in both; 20% is another figure",
        absent=("ru_rate_17",),
    ),
    Labelled(
        "ставка 18 процентов",
        ("ru_rate_18",),
        "процентов ↔ %",
        absent=("ru_rate_17", "ru_rate_165", "ru_rate_mortgage"),
    ),
    Labelled("16.5%", ("ru_rate_165", "en_rate_165"), "decimal point vs the Russian comma"),
    Labelled("key rate", _KEY_RATE, "English"),
    Labelled("200 basis points", ("en_rate_18",), "as written"),
    Labelled("200 базисных пунктов", ("ru_rate_18",), "expansion of б.п.; hard"),
    Labelled("ипотека", ("ru_rate_mortgage",), "по ипотеке"),
    Labelled("ипотечные ставки", ("ru_rate_mortgage",), "adjective ↔ noun: Ставки по ипотеке"),
    Labelled("Набиуллина ставка", ("ru_rate_17",), "name + ставку"),
    Labelled("инфляция 6,6%", ("ru_num_percent",), "as written"),
    Labelled(
        "central bank",
        _KEY_RATE,
        "Russia's central bank; Bank of Russia",
    ),
    Labelled(
        "нефть",
        _NEFT,
        "oil in any case; нефтяных companies count; Роснефть is a compound name and unlabelled",
    ),
    Labelled(
        "нефтяной",
        _NEFT,
        "adjective ↔ noun",
    ),
    Labelled(
        "oil",
        ("en_sanc_us_oil", "en_sanc_uk_tankers", "en_oil_opec", "en_oil_india"),
        "English; posts with 'crude' only are unlabelled",
    ),
    Labelled("crude", ("en_oil_brent", "en_oil_cap", "en_sanc_sanctioning"), "English"),
    Labelled("Brent", ("ru_oil_brent", "en_oil_brent"), "brand name in Latin in both"),
    Labelled(
        "Брент",
        ("ru_oil_brent", "en_oil_brent"),
        "Cyrillic spelling of Brent; posts write Latin; hard",
    ),
    Labelled(
        "how much did Brent fall",
        ("en_oil_brent", "ru_oil_brent"),
        "question; fall/fell; Brent in both",
    ),
    Labelled("ОПЕК+", ("ru_oil_opec", "en_oil_opec"), "with plus sign"),
    Labelled("OPEC", ("ru_oil_opec", "en_oil_opec"), "Latin"),
    Labelled("411 тысяч баррелей", ("ru_oil_opec",), "тыс. ↔ тысяч"),
    Labelled("411000 barrels", ("en_oil_opec",), "digits closed up vs 411,000"),
    Labelled(
        "баррель",
        ("ru_oil_brent", "ru_oil_opec", "ru_sanc_eu18"),
        "за баррель, баррелей",
    ),
    Labelled("$47.6", ("ru_sanc_eu18", "en_oil_cap"), "$47,6 and $47.60"),
    Labelled("47,6 доллара", ("ru_sanc_eu18",), "dollar word ↔ $ sign"),
    Labelled(
        "зерно",
        (
            "ru_grain_egypt",
            "ru_grain_harvest",
            "ru_grain_quota",
            "ru_yo_sledstvie",
            "ru_sanc_sanctioned",
        ),
        "зерна, зерновых; wheat-only posts unlabelled",
    ),
    Labelled("пшеница", ("ru_grain_export", "ru_grain_africa"), "пшеницы"),
    Labelled("пшиница", ("ru_grain_export", "ru_grain_africa"), "typo и for е"),
    Labelled("экспорт зерна", ("ru_grain_quota", "ru_sanc_sanctioned"), "as written in both"),
    Labelled("wheat", ("en_grain_export", "en_grain_africa"), "English"),
    Labelled(
        "1,5 млн тонн зерна",
        ("ru_grain_egypt",),
        "as written; $1,5 млрд is money",
        absent=("ru_money_nuclear",),
    ),
    Labelled(
        "1.5 million tonnes",
        ("en_grain_egypt",),
        "English; $1.5 billion is another sum",
        absent=("ru_money_nuclear",),
    ),
    Labelled(
        "1500 тыс. тонн",
        ("ru_grain_egypt",),
        "same quantity in thousands; hard",
        absent=("ru_money_nuclear",),
    ),
    Labelled(
        "полтора миллиона тонн зерна",
        ("ru_grain_egypt",),
        "number in words ↔ 1,5 млн; hard",
        absent=("ru_money_nuclear",),
    ),
    Labelled(
        "43 million tonnes",
        ("en_grain_export",),
        "British tonnes vs 'tons' in the post",
        absent=("en_grain_egypt",),
    ),
    Labelled(
        "25 тысяч тонн пшеницы",
        ("ru_grain_africa",),
        "тыс. ↔ тысяч",
        absent=("ru_oil_india", "ru_rate_mortgage"),
    ),
    Labelled(
        "25000 тонн",
        ("ru_grain_africa",),
        "figure without separator ↔ 25 тыс.",
        absent=("ru_oil_india",),
    ),
    Labelled(
        "25,000 tonnes",
        ("en_grain_africa",),
        "English thousands separator",
        absent=("en_oil_india",),
    ),
    Labelled("урожай зерна", ("ru_grain_harvest",), "Урожай зерновых: adjective ↔ noun"),
    Labelled("квота на экспорт зерна", ("ru_grain_quota",), "as written"),
    Labelled(
        "Турецкий поток",
        ("ru_gas_turk", "ru_gas_supply"),
        "«Турецкому потоку» dative in quotes",
    ),
    Labelled('"Турецкий поток"', ("ru_gas_turk", "ru_gas_supply"), "quoted phrase"),
    Labelled("TurkStream", ("en_gas_turk",), "English name; the Russian posts are unlabelled"),
    Labelled("Сила Сибири 2", ("ru_gas_pos2",), "«Сила Сибири — 2» with a dash"),
    Labelled(
        "Газпром",
        ("ru_gas_transit", "ru_gas_pos2", "en_gas_pos2"),
        "«Газпром»; Gazprom; Gazprom Neft is another company and unlabelled",
    ),
    Labelled("Северный поток", ("ru_neb_nordstream",), "«Северный поток» in quotes"),
    Labelled(
        "цены на газ в Европе",
        ("ru_gas_price",),
        "as written",
        absent=("ru_gaza_truce",),
    ),
    Labelled("15 млрд кубометров", ("ru_gas_cubes",), "кубов ↔ кубометров; hard"),
    Labelled(
        "виза",
        _VIZA,
        "visas in any case, безвизовый, отмены виз; визит (visit) is another word",
        absent=_VIZA_2,
    ),
    Labelled(
        "визы",
        _VIZA,
        "plural",
        absent=_VIZA_2,
    ),
    Labelled(
        "визит",
        _VIZA_2,
        "visit in any case (визита, визитов); визы/визах are visas",
        absent=("ru_visa_evisa", "ru_visa_schengen", "ru_visa_usa", "ru_visa_eu_ban"),
    ),
    Labelled(
        "визитов",
        _VIZA_2,
        "genitive plural as in #МИД_России",
        absent=("ru_visa_schengen", "ru_visa_usa"),
    ),
    Labelled(
        "visa",
        _VISA,
        "e-visa, visas, visa-free; visit/visited are not visas",
        absent=("en_visit_xi", "en_iaea_grossi"),
    ),
    Labelled(
        "visit",
        ("en_visit_xi", "en_iaea_grossi"),
        "visit/visited; visas are not",
        absent=_VISA,
    ),
    Labelled("электронная виза", ("ru_visa_evisa",), "единую электронную визу"),
    Labelled('"единая электронная виза"', ("ru_visa_evisa",), "quoted phrase in another case"),
    Labelled("evisa", ("en_visa_evisa",), "closed up"),
    Labelled(
        "безвизовый режим с Китаем",
        ("ru_visa_china_free", "ru_visa_russia_free"),
        "Китай ввёл безвизовый режим; безвизовом въезде для граждан КНР",
    ),
    Labelled("visa-free China", ("en_visa_china",), "as written"),
    Labelled("шенгенские визы", ("ru_visa_schengen",), "многократные шенгенские визы"),
    Labelled(
        "шенген",
        ("ru_visa_schengen", "en_visa_schengen"),
        "noun ↔ adjective шенгенские; Schengen",
    ),
    Labelled(
        "эвакуация",
        _EVAKUATSIYA,
        "evacuation in any form: эвакуацию, эвакуировало, эвакуированных, эвакуируют, эвакуировали",
    ),
    Labelled(
        "эвакуацыя",
        _EVAKUATSIYA,
        "typo ы for и",
    ),
    Labelled(
        "эвакуация из Ирана",
        ("ru_evac_planes", "ru_evac_iran"),
        "из Ирана in one; the Tehran embassy post says в Тегеране: hard",
    ),
    Labelled(
        "эвакуация россиян",
        ("ru_evac_lebanon", "ru_evac_planes", "ru_evac_israel"),
        "Россиян эвакуируют; 150 россиян; российских граждан (derivation)",
    ),
    Labelled(
        "сколько россиян эвакуировали из Израиля",
        ("ru_evac_israel",),
        "question; из Израиля as written",
        first="ru_evac_israel",
    ),
    Labelled("evacuation", ("en_evac_iran", "en_evac_israel"), "evacuation/evacuated"),
    Labelled(
        "посольство",
        (
            "ru_visa_usa",
            "ru_evac_iran",
            "ru_emb_syria",
            "ru_togo_embassy",
            "ru_emb_moldova",
            "ru_lav_rubio_call",
        ),
        "посольства, посольств; дипмиссий is a synonym and unlabelled",
    ),
    Labelled("embassy", ("en_evac_iran", "en_emb_istanbul"), "embassy/embassies"),
    Labelled(
        "высылка дипломатов",
        _VYSYLKA_DIPLOMATOV,
        "высылку российских дипломатов; выслала дипломата (verb ↔ noun)",
    ),
    Labelled(
        "выслали дипломата",
        _VYSYLKA_DIPLOMATOV,
        "plural past vs выслала; noun высылку counts",
    ),
    Labelled(
        "expelled diplomat",
        ("en_emb_expel", "en_zakh_moldova"),
        "expelled / expulsion of diplomats",
    ),
    Labelled("персона нон грата", ("ru_emb_moldova",), "персонами нон грата"),
    Labelled("ответные меры", ("ru_visa_eu_ban",), "as written"),
    Labelled(
        "переговоры",
        (
            "ru_lav_beijing",
            "ru_lav_noprecond",
            "ru_lav_ankara",
            "ru_lav_pyongyang",
            "ru_pesk_istanbul",
            "ru_put_modi",
            "ru_sco_fm",
            "ru_visit_vucic",
            "ru_togo_lavrov",
            "ru_india_jaishankar",
            "ru_american_delegation",
            "ru_date_words",
        ),
        "every Russian post with переговоры in any case",
    ),
    Labelled(
        "провёл переговоры",
        _PROVEL_PEREGOVORY,
        "провёл/провели/проведёт переговоры",
    ),
    Labelled(
        "провел переговоры",
        _PROVEL_PEREGOVORY,
        "е for ё",
    ),
    Labelled(
        "проведёт переговоры",
        _PROVEL_PEREGOVORY,
        "future ↔ past",
    ),
    Labelled(
        "заявил",
        _ZAYAVIL,
        "заявил/заявила; Заявление (noun) unlabelled; заявили (plural) counts",
    ),
    Labelled(
        "заявляет",
        _ZAYAVIL,
        "imperfective present ↔ perfective past",
    ),
    Labelled(
        "подписали",
        _PODPISALI,
        "подписал/подписали",
    ),
    Labelled(
        "подписание",
        _PODPISALI,
        "noun ↔ verb",
    ),
    Labelled(
        "подписание соглашения",
        ("ru_eaeu_minsk", "ru_eaeu_mongolia"),
        "подписали соглашение",
    ),
    Labelled(
        "высылка",
        _VYSYLKA_DIPLOMATOV,
        "noun ↔ выслала",
    ),
    Labelled(
        "посетил",
        _POSETIL,
        "посетил/посетили/посетит",
    ),
    Labelled(
        "посещение",
        _POSETIL,
        "noun ↔ verb",
    ),
    Labelled(
        "встретился",
        ("ru_lav_iraq", "ru_cuba_lavrov", "ru_lav_kl", "ru_cis_aliyev"),
        "встретился/встретились",
    ),
    Labelled(
        "встреча",
        (
            "ru_ush_alaska",
            "ru_pesk_nocomment",
            "ru_ush_witkoff",
            "ru_date_numeric",
            "ru_steel_became",
            "ru_lav_will_meet",
            "ru_sco_fm",
        ),
        "встреча/встрече/встречи",
    ),
    Labelled(
        "телефонный разговор",
        (
            "ru_lav_rubio_call",
            "ru_lav_will_meet",
            "ru_france_macron",
            "ru_talked_trump",
            "ru_turkey_erdogan",
        ),
        "as written",
    ),
    Labelled(
        "саммит",
        _SAMMIT,
        "саммит/саммита/саммите in Russian",
    ),
    Labelled(
        "саммиты",
        _SAMMIT,
        "plural",
    ),
    Labelled(
        "summit",
        _SUMMIT,
        "English",
    ),
    Labelled(
        "summits",
        _SUMMIT,
        "plural ↔ singular",
    ),
    Labelled("указ", ("ru_visa_russia_free", "ru_who_us_exit", "ru_lav_noprecond"), "указ"),
    Labelled("повышение пошлин", ("ru_china_tariffs",), "повысил пошлины: noun ↔ verb"),
    Labelled(
        "сокращение экспорта",
        ("ru_togo_not2", "ru_steel_export"),
        "экспорт сократился: noun ↔ verb",
    ),
    Labelled(
        "освобождение журналистов",
        ("ru_zakh_journal",),
        "освобождения российских журналистов",
    ),
    Labelled(
        "конфискация имущества церкви",
        ("ru_zakh_estonia",),
        "конфисковать имущество ... церкви: verb ↔ noun",
    ),
    Labelled("РПЦ", ("ru_zakh_estonia",), "abbreviation of Русской православной церкви; hard"),
    Labelled(
        "землетрясение",
        ("ru_quake_kamchatka", "ru_quake_afghan"),
        "Землетрясение / землетрясения",
    ),
    Labelled("землятресение", ("ru_quake_kamchatka", "ru_quake_afghan"), "common misspelling"),
    Labelled(
        "землетрясение магнитудой 8,8",
        ("ru_quake_kamchatka",),
        "as written",
        absent=("ru_quake_aftershock",),
    ),
    Labelled(
        "магнитуда 7",
        ("ru_quake_aftershock",),
        "магнитудой 7,0",
        absent=("ru_quake_kamchatka",),
    ),
    Labelled("tsunami", ("en_quake_kamchatka",), "tsunami warnings"),
    Labelled("earthquake", ("en_quake_kamchatka", "en_quake_afghan"), "English"),
    Labelled("magnitude 8.8", ("en_quake_kamchatka",), "decimal point"),
    Labelled(
        "лесные пожары",
        ("ru_fire_zabaikal", "ru_fire_la"),
        "лесных пожаров / Лесные пожары",
    ),
    Labelled("wildfire", ("en_fire_la",), "singular ↔ Wildfires"),
    Labelled("паводок", ("ru_flood_dagestan",), "as written"),
    Labelled(
        "наводнение в Дагестане",
        ("ru_flood_dagestan",),
        "synonym наводнение for паводок; shares Дагестане",
    ),
    Labelled("режим ЧС", ("ru_flood_dagestan", "ru_belgorod_region"), "as written"),
    Labelled(
        "чрезвычайная ситуация",
        ("ru_flood_dagestan", "ru_belgorod_region"),
        "expansion of ЧС; hard",
    ),
    Labelled("соболезнования", ("ru_quake_afghan",), "as written"),
    Labelled("гуманитарная помощь", ("ru_gaza_aid",), "гуманитарную помощь"),
    Labelled("беспилотники", ("ru_belgorod_attack", "ru_caspian_pipe"), "as written"),
    Labelled("drones", ("en_caspian", "en_num_300km"), "English"),
    Labelled("танкер", ("ru_sanc_uk_tankers", "ru_zakh_latin"), "танкеров"),
    Labelled(
        "алмазы",
        ("ru_mirny_alrosa",),
        "алмазов; Алма-Ате only looks alike",
        absent=("ru_almaty",),
    ),
    Labelled("АЛРОСА", ("ru_mirny_alrosa",), "as written"),
    Labelled(
        "АЭС",
        _AES,
        "АЭС in any sentence; ЕАЭС contains the letters but is the Eurasian union",
        absent=("ru_eaeu_minsk", "ru_eaeu_overchuk"),
    ),
    Labelled(
        "атомная электростанция",
        _AES,
        "expansion of АЭС; hard",
    ),
    Labelled("Росатом Узбекистан", ("ru_money_nuclear",), "в Узбекистане"),
    Labelled(
        "выборы",
        (
            "ru_elect_moldova",
            "ru_elect_moldova_mfa",
            "ru_elect_germany",
            "ru_elect_poland",
            "ru_elect_edg",
            "ru_elect_vote",
        ),
        "выборах, выборов, выборы",
    ),
    Labelled("выборы в Молдавии", ("ru_elect_moldova", "ru_elect_moldova_mfa"), "as written"),
    Labelled("election", ("en_elect_moldova", "en_elect_germany"), "English"),
    Labelled(
        "президентские выборы в Польше",
        ("ru_elect_poland",),
        "президентских выборов в Польше",
    ),
    Labelled("выборы губернаторов", ("ru_elect_vote",), "на выборах губернаторов"),
    Labelled("единый день голосования", ("ru_elect_edg",), "as written"),
    Labelled("голосование", ("ru_elect_edg", "ru_elect_vote"), "голосования/голосование"),
    Labelled("AfD", ("en_elect_germany",), "abbreviation as written"),
    Labelled(
        "who won the German election",
        ("en_elect_germany",),
        "English question; 'who' is not WHO",
        first="en_elect_germany",
    ),
    Labelled(
        "кто победил на выборах в Польше",
        ("ru_elect_poland",),
        "question form",
        first="ru_elect_poland",
    ),
    Labelled(
        "where will the BRICS summit be in 2026",
        ("ru_brics_india",),
        "English question; the answer post is Russian: BRICS cross-language, 2026 figure; hard",
    ),
    Labelled(
        "где пройдёт саммит БРИКС в 2026 году",
        ("ru_brics_india",),
        "question; future tense as written",
        first="ru_brics_india",
    ),
    Labelled(
        "почему Армения заморозила участие в ОДКБ",
        ("ru_csto_armenia",),
        "question; the post spells out the CSTO's full name",
        first="ru_csto_armenia",
    ),
    Labelled(
        "what did Zakharova say about Moldova",
        ("en_zakh_moldova", "ru_zakh_moldova", "ru_elect_moldova_mfa"),
        "question; names cross scripts",
    ),
    Labelled(
        "when will Putin visit India",
        ("en_put_modi", "ru_put_modi"),
        "question; Indian/Индии",
        first="en_put_modi",
    ),
    Labelled(
        "что сказал Песков о санкциях",
        ("ru_pesk_sanctions",),
        "question",
        first="ru_pesk_sanctions",
    ),
    Labelled(
        "когда встреча Путина и Трампа на Аляске",
        ("ru_ush_alaska",),
        "question; встреча ... пройдёт на Аляске 15 августа",
        first="ru_ush_alaska",
    ),
    Labelled(
        "сколько зерна Россия поставит в Египет",
        ("ru_grain_egypt",),
        "question",
        first="ru_grain_egypt",
    ),
    Labelled(
        "какая сейчас ключевая ставка",
        _KLYUCHEVAYA_STAVKA,
        "question: every decision is relevant",
    ),
    Labelled(
        "Лавров что сказал о переговорах с Украиной",
        ("ru_lav_noprecond",),
        "question in spoken word order",
    ),
    Labelled(
        "talks",
        _TALKS,
        "talks/talked/talking",
    ),
    Labelled(
        "talked",
        _TALKS,
        "past ↔ noun",
    ),
    Labelled(
        "held talks",
        (
            "en_lav_beijing",
            "en_put_modi",
            "en_emb_istanbul",
            "en_india_jaishankar",
            "en_iranian_fm",
            "en_riyadh",
        ),
        "as written",
    ),
    Labelled(
        "sign",
        ("en_put_modi", "en_eaeu_uae", "en_gas_pos2", "en_who_exit", "en_iran_treaty"),
        "signed/signs",
    ),
    Labelled("evacuate", ("en_evac_iran", "en_evac_israel"), "evacuation/evacuated"),
    Labelled("expulsion", ("en_zakh_moldova", "en_emb_expel"), "expulsion/expelled"),
    Labelled(
        "visited",
        ("en_iaea_grossi", "en_visit_xi"),
        "visited/visit; visas are not",
        absent=("en_visa_evisa", "en_visa_schengen"),
    ),
    Labelled(
        "tariff",
        _TARIFF,
        "tariff/tariffs",
    ),
    Labelled(
        "tariffs",
        _TARIFF,
        "plural",
    ),
    Labelled(
        "programme",
        ("en_fcdo_defence", "en_state_defense"),
        "British ↔ American program",
    ),
    Labelled(
        "program",
        ("en_fcdo_defence", "en_state_defense"),
        "American ↔ British programme",
    ),
    Labelled(
        "defence",
        _DEFENCE,
        "British ↔ defense",
    ),
    Labelled(
        "defense",
        _DEFENCE,
        "American ↔ defence",
    ),
    Labelled(
        "organisation",
        _ORGANISATION,
        "British ↔ Organization",
    ),
    Labelled(
        "organization",
        _ORGANISATION,
        "American ↔ organisation",
    ),
    Labelled("centre", ("en_fcdo_centre", "en_state_center"), "British ↔ Center"),
    Labelled("center", ("en_fcdo_centre", "en_state_center"), "American ↔ centre"),
    Labelled("tons", ("en_grain_export", "en_grain_egypt", "en_grain_africa"), "tons/tonnes"),
    Labelled(
        "State Department",
        _STATE_DEPARTMENT,
        "one post writes Department of State: word order",
    ),
    Labelled(
        "Department of State",
        _STATE_DEPARTMENT,
        "reverse order",
    ),
    Labelled("Russian Foreign Ministry", ("en_lav_talking", "en_zakh_brief"), "as written"),
    # --- dates_numbers_tags ---
    Labelled(
        "15 марта",
        _15_MARTA,
        "15.03.2025, 15 марта, March 15; 15 февраля / 15 сентября are other days",
        absent=_15_MARTA_2,
    ),
    Labelled(
        "15.03.2025",
        _15_MARTA,
        "numeric date ↔ words",
        absent=_15_MARTA_2,
    ),
    Labelled(
        "March 15",
        _15_MARTA,
        "English month first",
        absent=_15_MARTA_2,
    ),
    Labelled(
        "2025-03-15",
        _15_MARTA,
        "ISO date",
        absent=_15_MARTA_2,
    ),
    Labelled(
        "4 декабря",
        ("ru_date_dec4", "ru_date_iso"),
        "words ↔ ISO 2025-12-04",
        absent=("ru_cis_informal", "ru_visa_russia_free"),
    ),
    Labelled(
        "04.12.2025",
        ("ru_date_dec4", "ru_date_iso"),
        "numeric with leading zero",
        absent=("ru_cis_informal", "ru_visa_russia_free"),
    ),
    Labelled(
        "December 4",
        ("ru_date_dec4", "ru_date_iso"),
        "English month name ↔ Russian",
        absent=("ru_cis_informal", "ru_visa_russia_free"),
    ),
    Labelled("15 августа", ("ru_ush_alaska", "en_ush_alaska"), "15 августа / August 15"),
    Labelled("9 мая", ("ru_date_victory",), "as written"),
    Labelled("9 May", ("ru_date_victory",), "English month name, day first"),
    Labelled(
        "1 января 2025",
        ("ru_gas_transit", "en_gas_transit"),
        "1 января 2025 года; January 1, 2025",
    ),
    Labelled("10.04.2025", ("ru_lav_ankara",), "numeric ↔ 10 апреля 2025 года"),
    Labelled("12.03.2025", ("ru_zakh_brief",), "numeric ↔ 12 марта 2025 года"),
    Labelled("14-15 апреля", ("ru_lav_china_trip",), "hyphen typed for the en dash 14–15"),
    Labelled(
        "22 декабря",
        ("ru_cis_informal",),
        "as written",
        absent=("ru_visa_russia_free", "ru_date_dec4"),
    ),
    Labelled(
        "с 15 сентября",
        ("ru_visa_china_free",),
        "15 марта is another day",
        absent=("ru_date_words", "ru_rate_18"),
    ),
    Labelled("2035", ("ru_nato_hague", "en_nato_hague", "ru_sco_decl"), "year"),
    Labelled("2024/25", ("ru_grain_export", "en_grain_export"), "season"),
    Labelled(
        "2 млрд долларов",
        _2_MLRD_DOLLAROV,
        "$2bn in two English posts",
    ),
    Labelled(
        "$2bn",
        _2_MLRD_DOLLAROV,
        "abbreviated English sum ↔ 2 млрд долларов",
    ),
    Labelled(
        "2 billion dollars",
        _2_MLRD_DOLLAROV,
        "words ↔ $2bn / 2 млрд долларов",
    ),
    Labelled("$2 billion", _2_MLRD_DOLLAROV, "sign + word"),
    Labelled("300 млн долларов", ("ru_money_loan",), "as written"),
    Labelled("$300 million", ("ru_money_loan",), "English ↔ 300 млн долларов"),
    Labelled(
        "$1,5 млрд",
        ("ru_money_nuclear",),
        "as written; 1,5 млн тонн is a quantity",
        absent=("ru_grain_egypt",),
    ),
    Labelled(
        "1.5 billion dollars",
        ("ru_money_nuclear",),
        "English words ↔ $1,5 млрд",
        absent=("ru_grain_egypt", "en_grain_egypt"),
    ),
    Labelled("£1.6bn", ("en_fcdo_defence",), "pound sign"),
    Labelled("3,8 трлн рублей", ("ru_money_budget",), "as written"),
    Labelled("3.8 трлн", ("ru_money_budget",), "decimal point ↔ comma"),
    Labelled("300 км", ("ru_num_300km", "en_num_300km"), "300 км / 300 kilometres"),
    Labelled("300 километров", ("ru_num_300km", "en_num_300km"), "unit in words ↔ км"),
    Labelled(
        "300 kilometers",
        ("ru_num_300km", "en_num_300km"),
        "American spelling ↔ kilometres, км",
    ),
    Labelled(
        "25%",
        _25,
        "25% / 25 процентов; 25 тыс. тонн is not a percentage",
        absent=("ru_grain_africa", "en_grain_africa"),
    ),
    Labelled(
        "25 процентов",
        _25,
        "word ↔ sign",
        absent=("ru_grain_africa",),
    ),
    Labelled(
        "6%",
        ("ru_eaeu_overchuk", "en_eaeu_abbrev"),
        "6% exactly; 6,6% is another figure",
        absent=("ru_num_percent",),
    ),
    Labelled("84%", ("ru_china_tariffs", "en_china_tariffs"), "figure"),
    Labelled(
        "50%",
        ("ru_steel_eu", "en_steel_tariff", "ru_elect_moldova"),
        "three different stories, same figure",
    ),
    Labelled("9,5 процента", ("ru_num_pension",), "as written"),
    Labelled("9,5%", ("ru_num_pension",), "sign ↔ процента"),
    Labelled(
        "индексация пенсий",
        ("ru_num_pension",),
        "проиндексированы: participle ↔ noun; пенсии",
    ),
    Labelled("полмиллиона", ("ru_num_million",), "полумиллиона: oblique case"),
    Labelled("500 тысяч человек", ("ru_num_million",), "figure ↔ полумиллиона; hard"),
    Labelled(
        "1,6% ВВП",
        ("ru_money_budget",),
        "5% ВВП is another figure",
        absent=("ru_nato_hague",),
    ),
    Labelled(
        "5% ВВП",
        ("ru_nato_hague",),
        "1,6% ВВП is another figure",
        absent=("ru_money_budget",),
    ),
    Labelled("100 танкеров", ("ru_sanc_uk_tankers",), "as written"),
    Labelled("189 судов", ("ru_sanc_eu17",), "as written"),
    Labelled("21 гражданин Японии", ("ru_sanc_japan_stop",), "для 21 гражданина Японии"),
    Labelled("28 пунктов", ("ru_mirny_plan",), "мирный план из 28 пунктов"),
    Labelled("80-я сессия Генассамблеи", ("ru_lav_unga",), "80-й сессии Генеральной Ассамблеи"),
    Labelled(
        "#МИД",
        ("ru_tag_mfa",),
        "hashtag prefix of #МИД_России; other МИД posts unlabelled",
    ),
    Labelled("МИД_России", ("ru_tag_mfa",), "tag typed without #, with underscore"),
    Labelled("#СБ_ООН", ("ru_tag_unsc",), "as written"),
    Labelled("#СБООН", ("ru_neb_ukraine", "ru_tag_unsc"), "closed up; one post writes #СБ_ООН"),
    Labelled("СБООН", ("ru_neb_ukraine", "ru_tag_unsc"), "without # and closed up"),
    Labelled(
        "#Лавров",
        _LAVROV_2,
        "tag, also #Lavrov in Latin",
    ),
    Labelled(
        "#Lavrov",
        _LAVROV_2,
        "Latin tag ↔ #Лавров",
    ),
    Labelled("#Россия_Китай", ("ru_lav_beijing",), "as written"),
    Labelled("РоссияКитай", ("ru_lav_beijing",), "tag closed up without underscore"),
    Labelled("#RussiaChina", ("en_lav_beijing",), "as written"),
    Labelled("#Путин_Индия", ("ru_put_modi",), "as written"),
    Labelled("Путин Индия", ("ru_put_modi", "en_put_modi"), "tag words typed apart; Indian"),
    Labelled("#консульство", ("ru_visa_evisa",), "as written"),
    Labelled("#брифинг", ("ru_zakh_brief",), "as written"),
    Labelled("#ШОС", ("ru_sco_tianjin",), "prefix of #ШОС2025"),
    Labelled("#Небензя", ("ru_tag_unsc",), "as written"),
    Labelled("#БРИКС2026", ("ru_tag_brics_ru",), "as written"),
    Labelled(
        "БРИКС 2026",
        ("ru_tag_brics_ru", "ru_brics_india", "ru_brics_pay"),
        "tag split; posts naming BRICS and 2026",
    ),
    Labelled(
        '"прекращение огня"',
        ("ru_neb_gaza", "ru_gaza_truce", "ru_gaza_mfa"),
        "quoted phrase in other cases",
    ),
    Labelled(
        '"ceasefire in Gaza"',
        ("en_gaza_truce",),
        "quoted: 'ceasefire in the Gaza Strip' breaks the phrase and is unlabelled",
    ),
    Labelled(
        '"Совет Безопасности"',
        ("ru_neb_res2774", "ru_neb_ukraine"),
        "quoted: Совета коллективной безопасности has the words apart",
        absent=("ru_csto_bishkek",),
    ),
    Labelled('"мирный план"', ("ru_mirny_plan",), "quoted", absent=("ru_mirny_town",)),
    Labelled('"экономического самоубийства"', ("ru_zakh_suicide",), "quoted phrase as written"),
    Labelled(
        '"итоги года"',
        ("ru_put_direct_line", "ru_tag_mfa"),
        "«Итогов года»; подводит итоги года",
    ),
    Labelled('"без предварительных условий"', ("ru_lav_noprecond",), "quoted phrase"),
    Labelled('"Альтернатива для Германии"', ("ru_elect_germany",), "party name in quotes"),
    Labelled(
        '"стали известны"',
        ("ru_steel_became",),
        "quoted verb phrase; steel posts are not",
        absent=("ru_steel_export", "ru_steel_eu"),
    ),
    Labelled(
        '"Министр иностранных дел Индии"',
        ("ru_india_jaishankar", "ru_sco_fm"),
        "quoted, instrumental case in both",
    ),
    Labelled("объем поставок СПГ", ("ru_yo_vsyo",), "е for ё in объём"),
    Labelled("следствие ведет проверку", ("ru_yo_sledstvie",), "е for ё in ведёт"),
    Labelled("товарооборот сведен к минимуму", ("ru_pesk_tariffs",), "е for ё in сведён"),
    Labelled(
        "Сaнкт-Петербург",
        _PETERBURG,
        "Latin a inside the Cyrillic name",
    ),
    Labelled(
        "НАТO",
        _NATO,
        "Latin O at the end",
    ),
    Labelled(
        "ШOС",
        _SHOS,
        "Latin O in the middle",
    ),
    Labelled(
        "Tурция",
        _TURKEY,
        "Latin T at the start",
        absent=("en_turkey_bird", "en_turkey_pardon"),
    ),
    Labelled(
        "Lavrow",
        _LAVROV,
        "German transliteration with w",
    ),
    Labelled(
        "Peskow",
        _PESKOV,
        "German transliteration",
    ),
    Labelled(
        "vfufn'",
        _MAGATE,
        "МАГАТЭ in the English layout, apostrophe for Э",
    ),
    Labelled(
        "Hjcytanm",
        ("ru_sanc_us_oil", "en_sanc_us_oil"),
        "Роснефть in the English layout",
    ),
    Labelled(
        "чемпионат мира по хоккею",
        ("ru_world_cup",),
        "чемпионате мира: 'мира' here is 'world', not peace",
        absent=("ru_peace_1", "ru_peace_2"),
    ),
    Labelled(
        "взаимные пошлины",
        ("ru_usa_tariffs",),
        "«взаимных» пошлин in quotes and genitive",
    ),
    Labelled("reciprocal tariffs", ("en_us_tariffs",), "'reciprocal' in single quotes"),
)

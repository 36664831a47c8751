"""Twenty-second labelled search set: an analyst's everyday searches, MFA to UN.

The archive holds about 250 posts, roughly half Russian and half English, from official
channels (mid, kremlin, mfa_russia, un_news) and agencies and media (tass, tass_en, ria,
interfax, belta, rt, xinhua, xinhua_ru, reuters, ap, aljazeera, rferl): MID and Kremlin
readouts, TASS and RIA leads with datelines, Reuters, AP and Xinhua stories, UN News
items, one-liners, long statements, briefing excerpts with several topics, reposts
("Forwarded from", «Репост»), posts with hashtags and links. Most stories (BRICS in
Kazan and Rio, SCO in Tianjin, EAEU in Minsk, CSTO in Bishkek, CIS in Dushanbe, UNSC
votes, IAEA and Iran, OSCE in Malta, ASEAN in Kuala Lumpur, G20 in Johannesburg, the
grain deal, ceasefires, tariffs, visas, energy, sanctions, 9 May, the Alaska summit)
are told twice, in a Russian and an English post worded independently. Query kinds:
k1 organisations and abbreviations in both languages and scripts; k2 events and
summits with places; k3 places in Russian case forms and in English; k4 topics and
common words; k5 people, declined surnames, transliteration variants; k6 quoted
phrases; k7 a word excluded with a minus; k8 dates in words and figures, with and
without a year; k9 hashtags and lower-case typing; k10 typos; k11 е typed for ё and
mixed-script queries; k12 questions typed naturally. Labelling rules: expected holds
every post a reader typing the query wants. A person, organisation, place,
abbreviation or date matches in either language or script, in any case form,
spelling, transliteration or abbreviation (SCO = ШОС = Shanghai Cooperation
Organisation = Шанхайская организация сотрудничества; place adjectives such as
Казанская декларация or Минские соглашения and nationality adjectives such as Chinese
or турецкий name the place; a day counts in words in either language or in figures,
«1 сен» included; a typed year excludes posts of another year, a post's year being the
one its text states or else its story's). Common words and topics (санкции, talks,
ceasefire, energy) match only posts in the language typed, in any inflected or derived
form of the same stem (санкции, санкционный; sanction, sanctioned; подписали,
подписание; безвизовый for визовый), never a synonym (перемирие is not прекращение
огня, truce is not ceasefire). A query of several words wants posts holding all of
them, each by these rules; prepositions, question words and verbs such as сказал,
said, held, agreed are not terms. A quoted phrase wants its words together and in
order, inflected; a hashtag means its word; -word removes the posts that word matches.
absent lists precision traps that share a string but not the meaning: шоссе for шос,
bricks for brics, «того» for Того, Сомали and Somalia for Мали and Mali, чад and Chad
Mizelle for Chad, газа (of gas) for Газа, pardoned turkeys, Georgia the US state, fine
china, the pronoun It for IT, "on us" for US, Russia's own Security Council for the
UNSC, Шанхай for Шанхайская; namesakes (the actor Kirill Lavrov, the ballerina
Svetlana Zakharova, the digital envoy Dmitry Peskov, the Order of Ushakov, Daniil
Medvedev, Maria Callas, Wang Yidi, the submarine Kursk, envoy Лукашевич); near-miss
days (19 and 29 May for 9 May, 14 and 3 December for 4 December, 11 and 15 September,
23 October, 2 June); the other year; a phrase's words standing apart or in another
sense (the metro's red line); and a minus query's excluded posts. first is set only
where one post is clearly what a reader wants on top.
Written blind: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ------------------------------------------------------------------ BRICS
    "ru_brics_kazan_xi": (
        (10, 22),
        "kremlin",
        "22 октября Владимир Путин провёл в Казани переговоры с Председателем "
        "Китайской Народной Республики Си Цзиньпином. Встреча состоялась на "
        "полях XVI саммита БРИКС. Лидеры обсудили ход реализации "
        "договорённостей, достигнутых в ходе государственного визита Президента "
        "России в Китай в мае, а также координацию в рамках объединения. "
        "#BRICS2024 #Казань",
    ),
    "en_brics_kazan_opening": (
        (10, 22),
        "reuters",
        "KAZAN, Russia, Oct 22 (Reuters) - President Vladimir Putin welcomed "
        "leaders of the BRICS group to the Volga city of Kazan on Tuesday, using "
        "the summit to show that Western efforts to isolate Russia over the war "
        "in Ukraine have failed. Chinese President Xi Jinping, Indian Prime "
        "Minister Narendra Modi and South Africa's Cyril Ramaphosa are among "
        "more than 20 leaders expected at the three-day gathering.",
    ),
    "ru_brics_kazan_declaration": (
        (10, 23),
        "tass",
        "КАЗАНЬ, 23 октября. /ТАСС/. Лидеры государств – членов БРИКС по итогам "
        "саммита в Казани приняли декларацию, в которой выразили обеспокоенность "
        "разрушительным воздействием незаконных односторонних санкций на мировую "
        "экономику. В документе также подтверждена поддержка всеобъемлющей "
        "реформы ООН, включая Совет Безопасности. Казанская декларация "
        "насчитывает 134 пункта.",
    ),
    "en_brics_kazan_declaration": (
        (10, 23),
        "ap",
        "KAZAN, Russia (AP) — BRICS leaders on Wednesday adopted a declaration "
        "that criticized the use of unilateral sanctions and called for reform "
        "of the United Nations Security Council to give developing countries a "
        "bigger voice. The Kazan Declaration, issued on the second day of the "
        "summit, did not name any country but voiced concern over the conflicts "
        "in Gaza and Lebanon.",
    ),
    "ru_brics_kazan_guterres": (
        (10, 24),
        "ria",
        "Генеральный секретарь ООН Антониу Гутерриш принял участие в заседании в "
        "формате «БРИКС плюс» в Казани. Позже он провёл встречу с Владимиром "
        "Путиным — первую за более чем два года. В Киеве визит генсека в Россию "
        "раскритиковали.",
    ),
    "en_brics_kazan_guterres": (
        (10, 24),
        "un_news",
        "Secretary-General António Guterres told the BRICS Plus meeting in "
        "Kazan, Russia, that the world needed 'a just peace in Ukraine, in line "
        "with the UN Charter, international law and General Assembly "
        "resolutions'. He also called for an immediate ceasefire in Gaza and "
        "Lebanon.",
    ),
    "ru_brics_partners": (
        (1, 1),
        "mid",
        "С 1 января 2025 года статус государства-партнёра БРИКС официально "
        "получили Белоруссия, Боливия, Казахстан, Куба, Малайзия, Таиланд, "
        "Уганда и Узбекистан. Соответствующее решение было принято по итогам "
        "саммита в Казани в октябре 2024 года. #БРИКС",
    ),
    "en_brics_partners": (
        (1, 1),
        "tass_en",
        "MOSCOW, January 1. /TASS/. Belarus, Bolivia, Kazakhstan, Cuba, "
        "Malaysia, Thailand, Uganda and Uzbekistan have become BRICS partner "
        "countries as of January 1, 2025, Kremlin aide Yury Ushakov said "
        "earlier. Nigeria is expected to join the list later in January.",
    ),
    "ru_lavrov_brics_nonwestern": (
        (6, 11),
        "mid",
        "С.В.Лавров: БРИКС — это не антизападное, а незападное объединение. "
        "Никаких «блоковых» задач у него нет. #БРИКС #Лавров",
    ),
    "en_brics_nizhny": (
        (6, 10),
        "reuters",
        "NIZHNY NOVGOROD, Russia, June 10 (Reuters) - Russian Foreign Minister "
        "Sergei Lavrov hosted his BRICS counterparts on Monday, saying the "
        "bloc's expansion reflected a shift of global power away from the West. "
        "China's Wang Yi and Iran's acting foreign minister Ali Bagheri Kani "
        "attended the talks.",
    ),
    "ru_brics_nizhny": (
        (6, 10),
        "mid",
        "10 июня в Нижнем Новгороде под председательством С.В.Лаврова состоялась "
        "встреча министров иностранных дел государств БРИКС. В ходе заседания "
        "обсуждены вопросы реформы глобального управления, ситуация на Ближнем "
        "Востоке и подготовка к саммиту в Казани. На полях встречи С.В.Лавров "
        "провёл переговоры с Министром иностранных дел КНР Ван И.",
    ),
    "en_brics_rio": (
        (7, 6),
        "reuters",
        "RIO DE JANEIRO, July 6 (Reuters) - BRICS leaders meeting in Rio de "
        "Janeiro on Sunday denounced the rise in tariffs and strikes on Iran "
        "without naming the United States. Chinese President Xi Jinping skipped "
        "the summit for the first time, while Vladimir Putin took part by video "
        "link because of an International Criminal Court warrant.",
    ),
    "ru_brics_rio_peskov": (
        (7, 7),
        "tass",
        "МОСКВА, 7 июля. /ТАСС/. БРИКС никогда не работал и не будет работать "
        "против третьих стран, заявил пресс-секретарь президента РФ Дмитрий "
        "Песков, комментируя угрозу Дональда Трампа ввести дополнительные "
        "пошлины в размере 10% против стран, которые присоединятся к "
        "«антиамериканской политике» объединения. По словам Пескова, "
        "сотрудничество внутри БРИКС основано на общих подходах.",
    ),
    "en_brics_trump_tariff": (
        (7, 7),
        "ap",
        "WASHINGTON (AP) — President Donald Trump threatened an additional 10% "
        "tariff on any country that aligns itself with what he called the "
        "'Anti-American policies' of BRICS, as leaders of the bloc met in Rio de "
        "Janeiro. The Kremlin said the group had never been directed against "
        "third countries.",
    ),
    "en_trap_bricks": (
        (3, 3),
        "ap",
        "HOMS, Syria (AP) — With no money for cement, families returning to the "
        "ruined neighborhoods of Homs are stacking salvaged bricks to rebuild "
        "their homes, three months after the fall of Bashar Assad. Aid groups "
        "say reconstruction needs dwarf what donors have pledged.",
    ),
    "ru_tokayev_brics": (
        (10, 3),
        "interfax",
        "Президент Казахстана Касым-Жомарт Токаев заявил, что Астана пока не "
        "рассматривает полноправное членство в БРИКС и удовлетворена статусом "
        "страны-партнёра. По его словам, Казахстан будет развивать "
        "сотрудничество как с объединением, так и с его отдельными участниками.",
    ),
    "en_mfa_brics": (
        (10, 24),
        "mfa_russia",
        "#BRICS2024 Foreign Minister Sergey Lavrov: The Kazan Declaration "
        "reflects the common vision of the global majority on a fairer world "
        "order. #Kazan #BRICS",
    ),
    # -------------------------------------------------------------------- SCO
    "ru_sco_tianjin_arrival": (
        (8, 31),
        "kremlin",
        "Владимир Путин прибыл в Тяньцзинь, где 31 августа – 1 сентября примет "
        "участие в саммите Шанхайской организации сотрудничества и в заседании в "
        "формате «ШОС плюс». Затем Президент России отправится в Пекин с "
        "официальным визитом. #ШОС",
    ),
    "en_sco_tianjin_summit": (
        (9, 1),
        "reuters",
        "TIANJIN, China, Sept 1 (Reuters) - Chinese President Xi Jinping called "
        "on Monday for a new global security and economic order that would "
        "challenge the United States, as he hosted the leaders of Russia, India "
        "and other countries at the Shanghai Cooperation Organisation summit. Xi "
        "criticised 'bullying behaviour' by some countries, a veiled jab at "
        "Washington's tariffs.",
    ),
    "ru_sco_tianjin_declaration": (
        (9, 1),
        "tass",
        "ТЯНЬЦЗИНЬ, 1 сентября. /ТАСС/. Лидеры государств – членов ШОС подписали "
        "Тяньцзиньскую декларацию и утвердили Стратегию развития организации до "
        "2035 года. Кроме того, главы государств приняли решение о создании "
        "Банка развития ШОС. Следующий саммит пройдёт в Киргизии.",
    ),
    "en_sco_xinhua": (
        (9, 1),
        "xinhua",
        "TIANJIN, Sept. 1 (Xinhua) -- Chinese President Xi Jinping on Monday "
        "proposed the Global Governance Initiative while chairing the 25th "
        "Meeting of the Council of Heads of State of the Shanghai Cooperation "
        "Organization (SCO) in north China's Tianjin Municipality. Member states "
        "signed the Tianjin Declaration and approved the SCO development "
        "strategy for the next decade.",
    ),
    "en_sco_modi_xi": (
        (8, 31),
        "aljazeera",
        "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in "
        "Tianjin on Sunday, his first visit to China in seven years, as both "
        "countries grapple with steep US tariffs. The two leaders agreed that "
        "India and China were 'partners, not rivals' ahead of the SCO summit.",
    ),
    "ru_sco_putin_modi": (
        (9, 1),
        "ria",
        "ТЯНЬЦЗИНЬ, 1 сен — РИА Новости. Путин и Моди вместе проехали на "
        "автомобиле российского лидера от места проведения саммита ШОС в "
        "Тяньцзине до гостиницы, где прошли двусторонние переговоры. Беседа в "
        "машине продолжалась около часа, сообщил Песков.",
    ),
    "ru_sco_beijing_parade": (
        (9, 3),
        "kremlin",
        "Владимир Путин в Пекине принял участие в торжественных мероприятиях по "
        "случаю 80-летия победы над милитаристской Японией и окончания Второй "
        "мировой войны. На площади Тяньаньмэнь состоялся военный парад. "
        "Российский лидер также провёл встречу с Председателем КНДР Ким Чен Ыном.",
    ),
    "en_beijing_parade": (
        (9, 3),
        "ap",
        "BEIJING (AP) — Chinese leader Xi Jinping presided over a massive "
        "military parade on Wednesday marking 80 years since the end of World "
        "War II, flanked by Russia's Vladimir Putin and North Korea's Kim Jong "
        "Un. It was the first time the three leaders had appeared together in "
        "public.",
    ),
    "ru_putin_leaves_beijing": (
        (9, 3),
        "tass",
        "ПЕКИН, 3 сентября. /ТАСС/. Владимир Путин завершил четырёхдневный визит "
        "в Китай и вылетел из Пекина в Москву. На пресс-конференции перед "
        "отлётом президент назвал переговоры с Си Цзиньпином «очень "
        "содержательными» и сообщил, что рассказал ему об итогах встречи с "
        "Дональдом Трампом на Аляске.",
    ),
    "ru_sco_cfm_tianjin": (
        (7, 15),
        "mid",
        "15 июля С.В.Лавров принял участие в заседании Совета министров "
        "иностранных дел государств – членов ШОС в Тяньцзине. Министры обсудили "
        "подготовку к саммиту организации, ситуацию в Афганистане и на Ближнем "
        "Востоке. На полях мероприятия состоялась беседа С.В.Лаврова с Министром "
        "иностранных дел КНР Ван И.",
    ),
    "en_sco_cfm_tianjin": (
        (7, 15),
        "reuters",
        "TIANJIN, China, July 15 (Reuters) - Russian Foreign Minister Sergei "
        "Lavrov met his Chinese counterpart Wang Yi on the sidelines of a "
        "Shanghai Cooperation Organisation foreign ministers' meeting, as "
        "Beijing prepares to host the bloc's leaders later this summer. Lavrov "
        "also met Xi Jinping together with other SCO ministers.",
    ),
    "ru_sco_qingdao": (
        (6, 26),
        "ria",
        "Министр обороны России Андрей Белоусов принял участие в совещании "
        "министров обороны государств – членов ШОС в Циндао. В кулуарах он "
        "провёл встречи с коллегами из Китая, Индии и Белоруссии.",
    ),
    "ru_trap_shosse": (
        (2, 10),
        "ria",
        "На Ленинградском шоссе в районе Химок из-за столкновения трёх "
        "автомобилей образовалась пробка длиной около 5 км. Движение в сторону "
        "Москвы затруднено, сообщили в ЦОДД.",
    ),
    "ru_sco_kyrgyz": (
        (11, 18),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Киргизской "
        "Республики Ж.Кулубаевым. Обсуждены приоритеты председательства Бишкека "
        "в ШОС в 2025–2026 годах и подготовка к сессии Совета коллективной "
        "безопасности ОДКБ. #ШОС #ОДКБ",
    ),
    "en_mfa_sco": (
        (8, 30),
        "mfa_russia",
        "🇷🇺🇨🇳 #Lavrov: The SCO has become one of the pillars of a fairer "
        "multipolar world order, and Russia will work with China to make the "
        "Tianjin summit a success. #SCOSummit #Tianjin",
    ),
    "ru_trap_ballet_zakharova": (
        (4, 15),
        "tass",
        "Прима-балерина Большого театра Светлана Захарова выступит в "
        "гала-концерте в Шанхае. Вместе с ней на сцену выйдут солисты "
        "Мариинского театра, сообщили в пресс-службе организаторов.",
    ),
    # ------------------------------------------------------------ EAEU, Minsk
    "ru_eaeu_minsk": (
        (6, 27),
        "kremlin",
        "Владимир Путин принял участие в заседании Высшего Евразийского "
        "экономического совета, которое прошло в Минске. Лидеры стран ЕАЭС "
        "обсудили развитие интеграции, цифровую повестку и формирование общих "
        "энергетических рынков. Председательство в Союзе в 2026 году перейдёт к "
        "Казахстану.",
    ),
    "en_eaeu_minsk": (
        (6, 27),
        "reuters",
        "MINSK, June 27 (Reuters) - Leaders of the Russia-led Eurasian Economic "
        "Union gathered in Minsk on Friday, with Belarusian President Alexander "
        "Lukashenko urging partners to speed up the removal of trade barriers. "
        "Putin said trade within the EAEU had grown by nearly 50% over five "
        "years.",
    ),
    "ru_eaeu_overchuk": (
        (2, 20),
        "interfax",
        "Объём взаимной торговли стран ЕАЭС по итогам 2024 года превысил 100 "
        "млрд долларов, сообщил вице-премьер РФ Алексей Оверчук. По его словам, "
        "доля национальных валют во взаиморасчётах достигла 90%.",
    ),
    "ru_eaeu_iran_fta": (
        (5, 15),
        "tass",
        "МОСКВА, 15 мая. /ТАСС/. Вступило в силу соглашение о свободной торговле "
        "между Евразийским экономическим союзом и Ираном. Документ "
        "предусматривает обнуление пошлин почти на 90% товарной номенклатуры. "
        "Ожидается, что объем торговли между сторонами вырастет до 18 млрд "
        "долларов.",
    ),
    "en_eaeu_iran_fta": (
        (5, 15),
        "reuters",
        "May 15 (Reuters) - A full free trade agreement between Iran and the "
        "Eurasian Economic Union came into force on Thursday, cutting or "
        "scrapping tariffs on most goods traded between Tehran and the "
        "five-member bloc that includes Russia, Kazakhstan and Belarus.",
    ),
    "ru_it_eaeu": (
        (4, 8),
        "interfax",
        "Страны ЕАЭС договорились о взаимном признании ИТ-сертификатов и о "
        "создании общего рынка IT-услуг к 2027 году, сообщили в Евразийской "
        "экономической комиссии.",
    ),
    "ru_trap_minsk_agreements": (
        (2, 12),
        "ria",
        "Десять лет назад, 12 февраля 2015 года, были подписаны Минские "
        "соглашения. Официальный представитель МИД России Мария Захарова "
        "заявила, что Киев и западные кураторы изначально не собирались их "
        "выполнять, что подтвердили признания Меркель и Олланда.",
    ),
    "ru_lavrov_minsk_visit": (
        (10, 28),
        "mid",
        "С.В.Лавров прибыл в Минск для участия в III Минской международной "
        "конференции по евразийской безопасности. В ходе визита запланированы "
        "переговоры с Министром иностранных дел Республики Беларусь "
        "М.В.Рыженковым и встреча с Президентом А.Г.Лукашенко. "
        "https://mid.ru/ru/foreign_policy/news/",
    ),
    "ru_lukashenko_met_lavrov": (
        (10, 29),
        "belta",
        "Александр Лукашенко провёл встречу с Сергеем Лавровым во Дворце "
        "Независимости в Минске. «Мы с вами всегда найдём общий язык», — сказал "
        "белорусский лидер, обращаясь к Лаврову.",
    ),
    "en_lavrov_minsk_conf": (
        (10, 28),
        "belta",
        "MINSK, 28 October (BelTA) - Russian Foreign Minister Sergei Lavrov, "
        "speaking at the Minsk International Conference on Eurasian Security, "
        "said NATO and the EU were 'openly preparing for war' with Russia and "
        "proposed a Eurasian security charter. Belarusian President Aleksandr "
        "Lukashenko met Lavrov on the sidelines.",
    ),
    "ru_lukashenko_kellogg": (
        (6, 21),
        "ria",
        "Александр Лукашенко принял в Минске спецпосланника президента США по "
        "Украине Кита Келлога. По итогам встречи белорусская сторона освободила "
        "14 заключённых, сообщила пресс-секретарь Лукашенко Наталья Эйсмонт.",
    ),
    "en_lukashenka_election": (
        (1, 27),
        "rferl",
        "MINSK -- Alyaksandr Lukashenka has been declared the winner of "
        "Belarus's January 26 presidential election with 86.8 percent of the "
        "vote, extending his rule to a seventh term in a poll that Western "
        "governments dismissed as a sham.",
    ),
    # ------------------------------------------------------------------ CSTO
    "ru_csto_bishkek": (
        (11, 27),
        "kremlin",
        "Владимир Путин принял участие в сессии Совета коллективной безопасности "
        "Организации Договора о коллективной безопасности, которая прошла в "
        "Бишкеке. Армения, заморозившая участие в ОДКБ, своего представителя на "
        "встречу не направила. До начала сессии Президент России провёл "
        "переговоры с Садыром Жапаровым.",
    ),
    "en_csto_bishkek": (
        (11, 27),
        "reuters",
        "BISHKEK, Nov 27 (Reuters) - Vladimir Putin told a summit of the "
        "Collective Security Treaty Organization in Kyrgyzstan's capital that "
        "Russia was ready to put in writing that it had no plans to attack "
        "Europe. Armenia, which has frozen its participation in the Russia-led "
        "bloc, stayed away.",
    ),
    "ru_csto_pashinyan": (
        (2, 22),
        "ria",
        "Премьер-министр Армении Никол Пашинян заявил, что Ереван не вернётся к "
        "работе в ОДКБ, пока организация не ответит на вопросы о событиях "
        "2021–2022 годов. В МИД России заявили, что двери для Армении остаются "
        "открытыми.",
    ),
    "en_csto_drills": (
        (9, 2),
        "tass_en",
        "MINSK, September 2. /TASS/. Joint exercises of the CSTO Collective "
        "Rapid Reaction Forces, Interaction-2025, have begun in Belarus with "
        "around 2,000 troops from five member states taking part.",
    ),
    # ------------------------------------------------------------------- CIS
    "ru_cis_spb": (
        (12, 26),
        "kremlin",
        "26 декабря в Санкт-Петербурге состоялась неформальная встреча глав "
        "государств – участников СНГ. Лидеры обсудили итоги года и планы на 2025 "
        "год, объявленный в Содружестве Годом 80-летия Победы в Великой "
        "Отечественной войне.",
    ),
    "ru_cis_dushanbe": (
        (10, 9),
        "tass",
        "ДУШАНБЕ, 9 октября. /ТАСС/. Владимир Путин на встрече с Ильхамом "
        "Алиевым на полях саммита СНГ в Душанбе принёс извинения за трагедию с "
        "самолётом AZAL. По словам президента России, ракеты ПВО взорвались в "
        "нескольких метрах от лайнера.",
    ),
    "en_cis_dushanbe": (
        (10, 9),
        "reuters",
        "DUSHANBE, Oct 9 (Reuters) - Putin told Azerbaijani President Ilham "
        "Aliyev that Russian air defences were to blame for the crash of an "
        "Azerbaijan Airlines plane last December, as the two met at a "
        "Commonwealth of Independent States summit in Tajikistan.",
    ),
    "en_cis_next": (
        (10, 10),
        "tass_en",
        "The next CIS summit will be held in Turkmenistan in 2026, Kremlin aide "
        "Yuri Ushakov told reporters in Dushanbe.",
    ),
    # ------------------------------------------------------------- UN, UNSC
    "ru_unsc_2774": (
        (2, 24),
        "mid",
        "Выступление Постоянного представителя России при ООН В.А.Небензи на "
        "заседании Совета Безопасности ООН по Украине, 24 февраля 2025 года. "
        "Россия поддержала американский проект резолюции, который призывает к "
        "скорейшему прекращению конфликта. Поправки европейских членов Совета, "
        "искажающие смысл документа, не прошли.",
    ),
    "en_unsc_2774": (
        (2, 24),
        "un_news",
        "The United Nations Security Council on Monday, 24 February, adopted a "
        "resolution on the war in Ukraine, its first since the full-scale "
        "invasion in 2022. Resolution 2774, drafted by the United States, "
        "received 10 votes in favour, with five abstentions, including France "
        "and the United Kingdom. It 'implores a swift end to the conflict'.",
    ),
    "ru_unga_vote": (
        (2, 24),
        "tass",
        "НЬЮ-ЙОРК, 24 февраля. /ТАСС/. Генеральная Ассамблея ООН приняла "
        "резолюцию по Украине, внесённую Киевом и европейскими странами. США, "
        "как и Россия, проголосовали против документа — впервые за три года "
        "Вашингтон и Москва оказались на одной стороне.",
    ),
    "en_unsc_gaza": (
        (11, 17),
        "reuters",
        "UNITED NATIONS, Nov 17 (Reuters) - The UN Security Council on Monday "
        "endorsed President Donald Trump's plan to end the war in Gaza, "
        "authorising an international stabilisation force. Russia and China "
        "abstained, with Russian Ambassador Vassily Nebenzia saying the council "
        "was giving 'carte blanche' to Washington.",
    ),
    "ru_unsc_gaza": (
        (11, 18),
        "ria",
        "Совбез ООН одобрил американский проект резолюции по сектору Газа, "
        "основанный на плане Трампа. Россия и Китай воздержались. Небензя "
        "заявил, что документ не учитывает позицию палестинцев и не даёт ясности "
        "в вопросе создания палестинского государства.",
    ),
    "en_nebenzya_tass": (
        (3, 24),
        "tass_en",
        "UNITED NATIONS, March 24. /TASS/. Russia's Permanent Representative to "
        "the UN Vasily Nebenzya said the West had turned the Security Council "
        "into a platform for propaganda and was blocking any discussion of "
        "attacks on civilians in Russian regions.",
    ),
    "ru_trap_security_council_ru": (
        (7, 19),
        "ria",
        "Зампред Совета безопасности России Дмитрий Медведев заявил, что новые "
        "западные ограничения не заставят Москву изменить курс. «Наш ответ будет "
        "жёстким и асимметричным», — написал он в своём Telegram-канале.",
    ),
    "en_trap_security_council_ru": (
        (3, 21),
        "reuters",
        "MOSCOW, March 21 (Reuters) - Sergei Shoigu, secretary of Russia's "
        "Security Council, met North Korean leader Kim Jong Un in Pyongyang and "
        "discussed military cooperation, state media said.",
    ),
    "en_medvedev_dead_hand": (
        (8, 1),
        "reuters",
        "MOSCOW, Aug 1 (Reuters) - Former Russian President Dmitry Medvedev, now "
        "deputy chairman of Russia's Security Council, told Donald Trump to "
        "remember Russia's Soviet-era 'Dead Hand' nuclear strike system, after "
        "the two traded barbs over a sanctions deadline.",
    ),
    "en_guterres_sudan_chad": (
        (8, 12),
        "un_news",
        "Sudan: Guterres alarmed as fighting spreads around El Fasher. The UN "
        "chief warned that more than 600,000 people have fled into neighbouring "
        "Chad since the war began, and urged the warring parties to agree to a "
        "humanitarian ceasefire.",
    ),
    "ru_chad_refugees": (
        (8, 13),
        "tass",
        "ООН: число беженцев из Судана в Чаде превысило 800 тысяч человек. "
        "Управление ООН по делам беженцев предупредило о нехватке воды и "
        "продовольствия в лагерях на востоке страны.",
    ),
    "ru_lavrov_chad": (
        (6, 5),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Республики Чад "
        "А.-Р.Куламаллахом. Обсуждены перспективы сотрудничества в сфере "
        "энергетики, образования и безопасности, а также обстановка в Судане.",
    ),
    "en_trap_chad_name": (
        (5, 28),
        "ap",
        "WASHINGTON (AP) — Chad Mizelle, the Justice Department's chief of "
        "staff, is leaving the department, Attorney General Pam Bondi said "
        "Tuesday, praising him for helping to 'restore integrity' to the agency.",
    ),
    "ru_lavrov_togo": (
        (3, 14),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел, африканской "
        "интеграции и тоголезцев за рубежом Тоголезской Республики Р.Дюсси. "
        "Обсуждены вопросы расширения сотрудничества между Россией и Того, "
        "подготовки национальных кадров и ситуация в Сахаро-Сахельском регионе.",
    ),
    "en_lavrov_togo": (
        (3, 14),
        "tass_en",
        "MOSCOW, March 14. /TASS/. Russia and Togo have agreed to step up "
        "cooperation in security and education, Foreign Minister Sergei Lavrov "
        "said after talks with his Togolese counterpart Robert Dussey.",
    ),
    "ru_trap_togo_pronoun": (
        (6, 19),
        "interfax",
        "Глава Минэкономразвития Максим Решетников на полях ПМЭФ допустил "
        "замедление роста ВВП до 1–2% в этом году. Того же мнения придерживаются "
        "аналитики Центробанка, которые указали на охлаждение экономики.",
    ),
    "ru_mali": (
        (6, 23),
        "kremlin",
        "Владимир Путин провёл в Кремле переговоры с Президентом переходного "
        "периода Республики Мали Ассими Гоитой. По итогам переговоров подписан "
        "ряд документов, в том числе межправительственное соглашение о "
        "сотрудничестве в области мирного использования атомной энергии.",
    ),
    "en_mali": (
        (6, 23),
        "reuters",
        "MOSCOW, June 23 (Reuters) - Mali's military leader Assimi Goita signed "
        "agreements on nuclear energy and trade with Vladimir Putin during his "
        "first official visit to Moscow, as the Sahel state deepens ties with "
        "Russia after the departure of French troops.",
    ),
    "ru_trap_somali": (
        (4, 9),
        "ria",
        "Корабли Тихоокеанского флота провели учения по отражению атаки пиратов "
        "в Аденском заливе у берегов Сомали. Отряд обеспечивает безопасность "
        "гражданского судоходства в регионе.",
    ),
    "en_trap_somalia": (
        (8, 20),
        "un_news",
        "Somalia: UN agencies warn that more than 4 million people face acute "
        "hunger as drought deepens and funding falls short, with aid operations "
        "in several regions suspended.",
    ),
    "ru_un80": (
        (10, 24),
        "ria",
        "Организации Объединённых Наций исполняется 80 лет: 24 октября 1945 года "
        "вступил в силу Устав ООН. Гутерреш в обращении по случаю юбилея призвал "
        "государства вернуться к принципам Устава.",
    ),
    "en_un80": (
        (9, 12),
        "un_news",
        "UN80: Secretary-General António Guterres has proposed a 15 per cent cut "
        "in the United Nations regular budget for 2026 and the loss of nearly 19 "
        "per cent of posts, as the Organization faces a deep liquidity crisis.",
    ),
    "en_un_hrmmu": (
        (7, 10),
        "un_news",
        "Ukraine: civilian casualties in June were the highest in three years, "
        "according to the UN Human Rights Monitoring Mission in Ukraine, which "
        "recorded at least 232 civilians killed and 1,343 injured.",
    ),
    # ------------------------------------------------------------------ IAEA
    "ru_iaea_grossi_zaes": (
        (3, 27),
        "ria",
        "Генеральный директор МАГАТЭ Рафаэль Гросси посетил Запорожскую АЭС, где "
        "встретился с руководством станции. По его словам, ситуация с "
        "безопасностью остаётся «очень хрупкой»: станция неоднократно лишалась "
        "внешнего электроснабжения.",
    ),
    "en_iaea_zaporizhzhia": (
        (9, 30),
        "reuters",
        "VIENNA, Sept 30 (Reuters) - The Zaporizhzhia nuclear power plant has "
        "been without off-site power for a record week, relying on diesel "
        "generators, the International Atomic Energy Agency said, as IAEA chief "
        "Rafael Grossi sought to broker local ceasefires to allow repairs.",
    ),
    "ru_likhachev_zaes": (
        (10, 14),
        "interfax",
        "Гендиректор «Росатома» Алексей Лихачёв сообщил, что обсуждал с Рафаэлем "
        "Гросси восстановление внешнего электроснабжения Запорожской АЭС. По "
        "словам Лихачёва, МАГАТЭ содействует локальным режимам прекращения огня "
        "для ремонта линий.",
    ),
    "en_rosatom_likhachev": (
        (9, 25),
        "tass_en",
        "MOSCOW, September 25. /TASS/. Rosatom CEO Alexei Likhachev said the "
        "IAEA should stay out of politics, speaking at World Atomic Week in "
        "Moscow, where he held talks with IAEA Director General Rafael Grossi.",
    ),
    "ru_kursk_npp_grossi": (
        (8, 27),
        "ria",
        "Гендиректор МАГАТЭ Рафаэль Гросси в сопровождении Алексея Лихачёва "
        "посетил Курскую АЭС. Он заявил, что удары по атомной станции "
        "недопустимы, а опасность ядерного инцидента «реальна».",
    ),
    "ru_iaea_board_iran": (
        (6, 12),
        "tass",
        "ВЕНА, 12 июня. /ТАСС/. Совет управляющих МАГАТЭ принял резолюцию, в "
        "которой констатируется несоблюдение Ираном обязательств по гарантиям. "
        "Россия и Китай голосовали против. Постпред РФ в Вене Михаил Ульянов "
        "назвал документ «контрпродуктивным».",
    ),
    "en_iaea_board_iran": (
        (6, 12),
        "reuters",
        "VIENNA, June 12 (Reuters) - The IAEA's 35-nation Board of Governors "
        "declared Iran in breach of its non-proliferation obligations on "
        "Thursday for the first time in almost 20 years, a move that could lead "
        "to its nuclear programme being referred to the UN Security Council.",
    ),
    "en_fwd_iaea": (
        (11, 20),
        "nuclear_watch",
        "Forwarded from IAEA\nIAEA Board of Governors adopts resolution on Iran "
        "safeguards; Russia and China vote against. Director General Grossi "
        "urges Tehran to restore full access for inspectors. "
        "https://www.iaea.org/newscenter",
    ),
    "ru_iran_strikes": (
        (6, 13),
        "mid",
        "Заявление МИД России в связи с ударами Израиля по Ирану. Решительно "
        "осуждаем нанесённые 13 июня удары по гражданским и ядерным объектам "
        "суверенного государства – члена ООН. Ответственность за последствия "
        "ляжет на израильское руководство. Призываем стороны к сдержанности.",
    ),
    "en_iran_strikes": (
        (6, 13),
        "ap",
        "JERUSALEM (AP) — Israel launched waves of strikes on Iran's nuclear and "
        "military sites early Friday, killing top commanders and scientists in "
        "an attack Prime Minister Benjamin Netanyahu said was aimed at ending "
        "Tehran's nuclear program. Iran called it a declaration of war.",
    ),
    "ru_ryabkov_iran_nuclear": (
        (9, 19),
        "interfax",
        "Замглавы МИД России Сергей Рябков заявил, что попытки «тройки» ЕС "
        "запустить механизм «снэпбэк» юридически ничтожны. По его словам, "
        "ядерная программа Ирана находится под контролем МАГАТЭ и носит "
        "исключительно мирный характер.",
    ),
    "en_snapback": (
        (9, 28),
        "reuters",
        "Sept 28 (Reuters) - UN sanctions on Iran were reimposed late on "
        "Saturday under a 'snapback' mechanism triggered by Britain, France and "
        "Germany over Tehran's nuclear programme. Iranian Foreign Minister Abbas "
        "Araghchi said the move was null and void, and Russia and China said "
        "they would not recognise it.",
    ),
    "ru_mid_snapback": (
        (9, 28),
        "mid",
        "Заявление МИД России о так называемом «восстановлении» санкций СБ ООН "
        "против Ирана.\n\nПопытки Великобритании, Германии и Франции "
        "задействовать механизм «снэпбэк», предусмотренный резолюцией 2231 "
        "Совета Безопасности ООН, юридически ничтожны и не порождают никаких "
        "обязательств для государств – членов ООН. Российская сторона не "
        "признаёт восстановление ранее отменённых решений. Иранская ядерная "
        "программа находится под беспрецедентным контролем МАГАТЭ, и никаких "
        "доказательств её немирной направленности нет. Призываем европейских "
        "коллег отказаться от конфронтационной линии и вернуться к дипломатии.",
    ),
    "ru_araghchi_lavrov": (
        (4, 18),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Исламской "
        "Республики Иран А.Аракчи. Обсуждён ход консультаций Тегерана и "
        "Вашингтона по иранской ядерной программе, а также вопросы реализации "
        "Договора о всеобъемлющем стратегическом партнёрстве.",
    ),
    "en_araqchi_moscow": (
        (4, 18),
        "reuters",
        "MOSCOW, April 18 (Reuters) - Iranian Foreign Minister Abbas Araqchi "
        "held talks with Sergei Lavrov in Moscow a day before the second round "
        "of Iran-US nuclear talks in Rome, and handed over a message to Putin "
        "from Supreme Leader Ali Khamenei.",
    ),
    # ------------------------------------------------------------------ OSCE
    "ru_osce_malta": (
        (12, 5),
        "mid",
        "5 декабря С.В.Лавров принял участие в 31-м заседании Совета министров "
        "иностранных дел ОБСЕ на Мальте. В выступлении Министр подчеркнул, что "
        "организация превращается в придаток НАТО и Евросоюза, и изложил позицию "
        "России по урегулированию на Украине.",
    ),
    "en_osce_malta": (
        (12, 5),
        "reuters",
        "VALLETTA, Dec 5 (Reuters) - Sergei Lavrov made his first visit to a "
        "European Union country since 2022 for an OSCE ministerial meeting in "
        "Malta, where he accused the West of trying to use the organisation "
        "against Russia. Several Western ministers walked out during his speech.",
    ),
    "en_osce_vienna": (
        (12, 4),
        "ap",
        "VIENNA (AP) — Ukraine's foreign minister urged members of the "
        "Organization for Security and Co-operation in Europe on Thursday, Dec. "
        "4, to keep up pressure on Moscow, as the 57-nation body gathered for "
        "its annual ministerial meeting. Russia was represented by a deputy "
        "foreign minister.",
    ),
    # ----------------------------------------------------------------- ASEAN
    "ru_asean_kl": (
        (7, 10),
        "mid",
        "С.В.Лавров в Куала-Лумпуре принял участие в министерской встрече Россия "
        "– АСЕАН и в совещании министров иностранных дел стран "
        "Восточноазиатского саммита. На полях мероприятий состоялась встреча "
        "С.В.Лаврова с Государственным секретарём США М.Рубио.",
    ),
    "en_asean_kl": (
        (7, 10),
        "reuters",
        "KUALA LUMPUR, July 10 (Reuters) - U.S. Secretary of State Marco Rubio "
        "met Russian Foreign Minister Sergei Lavrov on the sidelines of an ASEAN "
        "gathering in Kuala Lumpur, telling reporters afterwards that Washington "
        "was 'disappointed and frustrated' over a lack of progress towards a "
        "ceasefire in Ukraine.",
    ),
    "ru_thai_cambodia": (
        (7, 28),
        "tass",
        "ПУТРАДЖАЙЯ, 28 июля. /ТАСС/. Таиланд и Камбоджа договорились о "
        "безоговорочном прекращении огня с полуночи 29 июля. Переговоры прошли в "
        "Малайзии при посредничестве премьер-министра Анвара Ибрагима, чья "
        "страна председательствует в АСЕАН.",
    ),
    "en_thai_cambodia": (
        (7, 28),
        "reuters",
        "PUTRAJAYA, Malaysia, July 28 (Reuters) - Thailand and Cambodia agreed "
        "to an immediate and unconditional ceasefire on Monday after five days "
        "of deadly border clashes, following talks hosted by Malaysia's Anwar "
        "Ibrahim, the current ASEAN chair.",
    ),
    "en_trump_kl_asean": (
        (10, 26),
        "ap",
        "KUALA LUMPUR, Malaysia (AP) — President Donald Trump arrived in "
        "Malaysia for a summit of the Association of Southeast Asian Nations, "
        "where he witnessed the signing of an expanded ceasefire deal between "
        "Thailand and Cambodia and signed trade agreements with several "
        "Southeast Asian nations.",
    ),
    "ru_asean_overchuk": (
        (10, 27),
        "tass",
        "КУАЛА-ЛУМПУР, 27 октября. /ТАСС/. Вице-премьер РФ Алексей Оверчук, "
        "возглавляющий российскую делегацию на Восточноазиатском саммите, "
        "заявил, что Россия заинтересована в создании зоны свободной торговли "
        "между ЕАЭС и АСЕАН.",
    ),
    # ------------------------------------------------------------------- G20
    "en_g20_johannesburg": (
        (11, 22),
        "reuters",
        "JOHANNESBURG, Nov 22 (Reuters) - G20 leaders adopted a declaration on "
        "climate change and debt relief at the start of their summit in "
        "Johannesburg on Saturday, breaking with tradition in the absence of the "
        "United States, which boycotted the first Group of 20 gathering held in "
        "Africa. Russia was represented by Kremlin deputy chief of staff Maxim "
        "Oreshkin.",
    ),
    "ru_g20_johannesburg": (
        (11, 22),
        "tass",
        "ЙОХАННЕСБУРГ, 22 ноября. /ТАСС/. Российскую делегацию на саммите "
        "«Группы двадцати» в Йоханнесбурге возглавляет заместитель руководителя "
        "Администрации Президента РФ Максим Орешкин. США бойкотировали встречу, "
        "впервые проходящую на африканском континенте.",
    ),
    "ru_g20_rio_lavrov": (
        (11, 18),
        "mid",
        "С.В.Лавров, возглавляющий российскую делегацию на саммите G20 в "
        "Рио-де-Жанейро, провёл встречу с Президентом Бразилии Л.И.Лулой да "
        "Силвой. Министр передал приветствие от Президента России В.В.Путина.",
    ),
    "en_g20_rio": (
        (11, 19),
        "reuters",
        "RIO DE JANEIRO, Nov 19 (Reuters) - Russian Foreign Minister Sergei "
        "Lavrov accused the West of trying to escalate the war in Ukraine, "
        "speaking to reporters at the end of a Group of 20 summit in Rio, after "
        "Washington allowed Kyiv to strike Russian territory with US-made "
        "missiles.",
    ),
    # ------------------------------------------------------------ grain deal
    "ru_grain_deal_zakharova": (
        (7, 17),
        "mid",
        "М.В.Захарова: Два года назад, 17 июля 2023 года, Россия прекратила "
        "участие в зерновой сделке. Российская часть договорённостей — "
        "меморандум Россия – ООН о нормализации экспорта российского "
        "продовольствия и удобрений — так и не была выполнена. Вопрос о "
        "возобновлении черноморской инициативы может рассматриваться только при "
        "условии снятия ограничений с Россельхозбанка.",
    ),
    "en_grain_deal_erdogan": (
        (7, 18),
        "reuters",
        "ANKARA, July 18 (Reuters) - Turkish President Tayyip Erdogan said on "
        "Friday he hoped to revive the Black Sea grain deal, two years after "
        "Russia quit the UN-brokered arrangement that allowed Ukraine to ship "
        "grain through its ports.",
    ),
    "en_black_sea_riyadh": (
        (3, 25),
        "reuters",
        "RIYADH/MOSCOW, March 25 (Reuters) - The United States reached separate "
        "deals with Ukraine and Russia to pause attacks at sea and on energy "
        "targets, the White House said after three days of talks in Saudi "
        "Arabia. The Kremlin said the Black Sea deal would only take effect "
        "after some Western sanctions on Russian agricultural trade were lifted, "
        "including reconnecting Rosselkhozbank to SWIFT.",
    ),
    "ru_black_sea_riyadh": (
        (3, 25),
        "kremlin",
        "По итогам контактов российских и американских экспертов в Эр-Рияде "
        "стороны договорились обеспечить безопасное судоходство в Чёрном море. "
        "Черноморская инициатива вступит в силу после снятия ограничений с "
        "Россельхозбанка и других финансовых организаций, обслуживающих "
        "международную торговлю продовольствием и удобрениями.",
    ),
    "ru_grain_one_liner": (
        (7, 22),
        "rt",
        "Три года назад в Стамбуле была подписана зерновая сделка. Что от неё "
        "осталось — разбираемся в нашем материале: https://russian.rt.com/world/",
    ),
    # -------------------------------------------------------------- ceasefire
    "en_gaza_ceasefire": (
        (10, 10),
        "ap",
        "JERUSALEM (AP) — A ceasefire between Israel and Hamas took effect in "
        "Gaza on Friday, after Israel's government approved the first phase of a "
        "US-brokered deal that includes the release of all remaining hostages "
        "within 72 hours.",
    ),
    "ru_gaza_ceasefire": (
        (10, 10),
        "ria",
        "В секторе Газа вступил в силу режим прекращения огня. Армия обороны "
        "Израиля начала отвод войск на согласованные линии. В МИД России "
        "приветствовали договорённость, подчеркнув, что она должна стать шагом к "
        "созданию палестинского государства.",
    ),
    "ru_guterres_gaza": (
        (10, 9),
        "tass",
        "Генсек ООН Антониу Гутерреш приветствовал объявление о прекращении огня "
        "в секторе Газа и призвал стороны обеспечить беспрепятственный доступ "
        "гуманитарной помощи.",
    ),
    "en_energy_truce": (
        (3, 18),
        "reuters",
        "MOSCOW/WASHINGTON, March 18 (Reuters) - Vladimir Putin agreed in a call "
        "with Donald Trump to stop attacking Ukrainian energy infrastructure for "
        "30 days, but stopped short of endorsing the full 30-day ceasefire "
        "Washington had hoped would be a first step towards a permanent peace "
        "deal.",
    ),
    "ru_energy_truce": (
        (3, 18),
        "kremlin",
        "Состоялся телефонный разговор Владимира Путина с Президентом "
        "Соединённых Штатов Америки Дональдом Трампом. Дональд Трамп выдвинул "
        "предложение о взаимном отказе сторон конфликта от ударов по объектам "
        "энергетической инфраструктуры в течение 30 дней. Владимир Путин "
        "положительно отреагировал на эту инициативу и дал российским военным "
        "соответствующую команду.",
    ),
    "ru_easter_truce": (
        (4, 19),
        "kremlin",
        "Владимир Путин объявил пасхальное перемирие с 18:00 19 апреля до 00:00 "
        "21 апреля. «Исходим из того, что украинская сторона последует нашему "
        "примеру», — заявил Президент на встрече с начальником Генштаба Валерием "
        "Герасимовым.",
    ),
    "en_india_pakistan": (
        (5, 10),
        "reuters",
        "NEW DELHI/ISLAMABAD, May 10 (Reuters) - India and Pakistan agreed to a "
        "ceasefire on Saturday after four days of the most intense military "
        "clashes in decades, following what US President Donald Trump described "
        "as a long night of talks mediated by Washington.",
    ),
    "en_trap_red_sea": (
        (1, 20),
        "reuters",
        "DUBAI, Jan 20 (Reuters) - Major container lines said they would not "
        "return to the Red Sea until security is guaranteed, despite the Gaza "
        "ceasefire that took effect on Sunday, as insurers keep war-risk "
        "premiums high.",
    ),
    # --------------------------------------------------------- Alaska summit
    "en_alaska": (
        (8, 15),
        "ap",
        "ANCHORAGE, Alaska (AP) — President Donald Trump and Russian President "
        "Vladimir Putin met on Aug. 15 at a military base in Anchorage and ended "
        "their high-stakes summit without a deal to pause the fighting in "
        "Ukraine. 'There's no deal until there's a deal,' Trump said, while "
        "Putin described the talks as constructive. No ceasefire was announced.",
    ),
    "ru_alaska_kremlin": (
        (8, 15),
        "kremlin",
        "15 августа в Анкоридже (штат Аляска) состоялись российско-американские "
        "переговоры на высшем уровне. С российской стороны в переговорах в "
        "формате «три на три» участвовали также Министр иностранных дел "
        "С.В.Лавров и помощник Президента Ю.В.Ушаков. По итогам встречи Владимир "
        "Путин и Дональд Трамп выступили с заявлениями для прессы.",
    ),
    "ru_alaska_ushakov": (
        (8, 16),
        "tass",
        "Помощник президента РФ Юрий Ушаков заявил, что вопрос о прекращении "
        "огня на саммите в Анкоридже отдельно не обсуждался, стороны говорили о "
        "долгосрочном урегулировании. По словам Ушакова, следующая встреча может "
        "пройти в Москве.",
    ),
    "en_spirit_anchorage": (
        (10, 23),
        "reuters",
        "MOSCOW, Oct 23 (Reuters) - The Kremlin said on Thursday that new US "
        "sanctions on Rosneft and Lukoil were counterproductive, but that the "
        "'spirit of Anchorage' had not been lost. Spokesman Dmitry Peskov said a "
        "postponed summit in Budapest was still possible.",
    ),
    "ru_lavrov_spirit": (
        (10, 21),
        "mid",
        "С.В.Лавров: Мы по-прежнему исходим из понимания, достигнутого в "
        "Анкоридже. «Дух Анкориджа» никуда не исчез, и российская сторона готова "
        "продолжать работу с американскими коллегами. #Лавров",
    ),
    "ru_peskov_budapest": (
        (10, 22),
        "tass",
        "МОСКВА, 22 октября. /ТАСС/. В Кремле не видят смысла гадать о сроках "
        "саммита в Будапеште, заявил Дмитрий Песков. Подготовка требует времени, "
        "а встреча в Анкоридже показала, что лидеры могут говорить откровенно, в "
        "духе взаимного уважения.",
    ),
    "en_ushakov_budapest": (
        (10, 21),
        "reuters",
        "MOSCOW, Oct 21 (Reuters) - Kremlin foreign policy aide Yuri Ushakov "
        "said no date had been set for a Trump-Putin summit in Budapest, after "
        "Sergei Lavrov and Marco Rubio spoke by phone. 'You can't postpone what "
        "was never scheduled,' spokesman Dmitry Peskov added.",
    ),
    # ---------------------------------------------------------------- tariffs
    "en_trump_india_tariff": (
        (8, 6),
        "reuters",
        "WASHINGTON, Aug 6 (Reuters) - President Donald Trump imposed an "
        "additional 25% tariff on Indian goods on Wednesday, citing New Delhi's "
        "continued purchases of Russian oil, raising total duties on some Indian "
        "imports to 50%, among the highest levied on any US trading partner.",
    ),
    "ru_trump_india_tariff": (
        (8, 7),
        "ria",
        "Трамп ввёл дополнительную пошлину в 25% на товары из Индии из-за "
        "закупок российской нефти, доведя совокупную ставку до 50%. В МИД Индии "
        "назвали это решение «несправедливым и необоснованным». Песков заявил, "
        "что угрозы в адрес торговых партнёров России нелегитимны.",
    ),
    "ru_peskov_tariffs": (
        (4, 3),
        "tass",
        "МОСКВА, 3 апреля. /ТАСС/. Россия не попала в список стран, против "
        "которых США ввели так называемые зеркальные пошлины, поскольку из-за "
        "санкций торговли между странами практически нет, заявил Дмитрий Песков. "
        "«У нас и так нет никакой торговли», — сказал пресс-секретарь президента.",
    ),
    "en_peskov_tariffs": (
        (4, 3),
        "reuters",
        "MOSCOW, April 3 (Reuters) - The Kremlin said on Thursday Russia was not "
        "on Donald Trump's list of new reciprocal tariffs because U.S. sanctions "
        "already precluded any meaningful trade. 'There is no trade,' Kremlin "
        "spokesman Dmitry Peskov told reporters.",
    ),
    "en_china_tariffs": (
        (4, 11),
        "ap",
        "BEIJING (AP) — China raised its tariffs on American goods to 125% on "
        "Friday, hitting back at President Donald Trump's decision to increase "
        "import taxes on Chinese products. The Commerce Ministry said Beijing "
        "would 'fight to the end' if Washington kept escalating.",
    ),
    "ru_china_tariffs": (
        (4, 11),
        "xinhua_ru",
        "ПЕКИН, 11 апреля /Синьхуа/ -- Китай с 12 апреля повышает дополнительные "
        "пошлины на товары из США до 125 проц. Об этом сообщила Комиссия по "
        "таможенным тарифам Госсовета КНР.",
    ),
    "en_trap_china_tableware": (
        (5, 20),
        "ap",
        "NEW YORK (AP) — Small importers of fine china and tableware from "
        "Portugal and Italy say new tariffs have wiped out their margins, with "
        "some pausing orders ahead of the holiday season.",
    ),
    # ------------------------------------------------------------------ visas
    "ru_china_visa_free": (
        (9, 2),
        "tass",
        "ПЕКИН, 2 сентября. /ТАСС/. Китай с 15 сентября 2025 года в тестовом "
        "режиме на один год вводит безвизовый режим для граждан России. Россияне "
        "смогут находиться в КНР без визы до 30 дней, сообщили в МИД КНР.",
    ),
    "en_china_visa_free": (
        (9, 2),
        "reuters",
        "BEIJING, Sept 2 (Reuters) - China will allow Russian citizens to enter "
        "the country without a visa for up to 30 days on a one-year trial basis "
        "from Sept. 15, the foreign ministry said, as Xi Jinping hosted Vladimir "
        "Putin in Beijing.",
    ),
    "ru_putin_visa_reciprocity": (
        (9, 3),
        "ria",
        "Россия ответит взаимностью на решение Китая о безвизовом въезде для "
        "россиян, заявил Владимир Путин на пресс-конференции в Пекине. «Мы "
        "ответим тем же», — сказал он.",
    ),
    "ru_eu_visas_zakharova": (
        (11, 7),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи "
        "с решением Евросоюза прекратить выдачу многократных шенгенских виз "
        "гражданам России. Ужесточение визового режима бьёт прежде всего по "
        "простым людям и является очередным проявлением русофобии. Ответные меры "
        "последуют.",
    ),
    "en_eu_visas": (
        (11, 7),
        "reuters",
        "BRUSSELS, Nov 7 (Reuters) - The European Union will stop issuing "
        "multiple-entry visas to most Russian citizens, the European Commission "
        "said on Friday, citing security risks posed by Russia's war in Ukraine. "
        "Russians will need to apply for a new visa for each trip to the bloc.",
    ),
    "ru_visa_india": (
        (12, 5),
        "interfax",
        "Россия и Индия обсуждают упрощение визового режима для туристических "
        "групп, сообщил источник в российской делегации в Нью-Дели. Соглашение о "
        "безвизовых групповых поездках может быть подписано в следующем году.",
    ),
    "ru_georgia_zakharova": (
        (10, 5),
        "mid",
        "М.В.Захарова: События в Тбилиси 4 октября — попытка силового захвата "
        "власти по «майданному» сценарию. Руководство Грузии дало им "
        "своевременную оценку. Рассчитываем, что западные кураторы не смогут "
        "дестабилизировать обстановку в стране.",
    ),
    "en_georgia_protest": (
        (10, 4),
        "reuters",
        "TBILISI, Oct 4 (Reuters) - Georgian police used water cannon and pepper "
        "spray to disperse protesters who tried to storm the presidential palace "
        "on the day of local elections, which the ruling Georgian Dream party "
        "said it won in a landslide.",
    ),
    "en_trap_georgia_state": (
        (11, 5),
        "ap",
        "ATLANTA (AP) — Democrats flipped two seats on Georgia's Public Service "
        "Commission on Tuesday, the party's first statewide wins in years, "
        "fueled by voter anger over rising power bills.",
    ),
    # ----------------------------------------------------------------- energy
    "ru_power_siberia": (
        (9, 2),
        "tass",
        "ПЕКИН, 2 сентября. /ТАСС/. «Газпром» и CNPC подписали юридически "
        "обязывающий меморандум о строительстве газопровода «Сила Сибири – 2» "
        "через Монголию. Глава «Газпрома» Алексей Миллер назвал сотрудничество в "
        "энергетике основой российско-китайских отношений.",
    ),
    "en_power_siberia": (
        (9, 2),
        "reuters",
        "BEIJING, Sept 2 (Reuters) - Gazprom has signed a legally binding "
        "memorandum with China National Petroleum Corp to build the long-delayed "
        "Power of Siberia 2 gas pipeline, CEO Alexei Miller said, though pricing "
        "remains unresolved. The deal is a cornerstone of energy ties between "
        "Moscow and Beijing.",
    ),
    "ru_ushakov_xi": (
        (9, 2),
        "tass",
        "ПЕКИН, 2 сентября. /ТАСС/. Переговоры Владимира Путина и Си Цзиньпина в "
        "Пекине продолжались около трёх с половиной часов, сообщил помощник "
        "президента РФ Юрий Ушаков. Лидеры обсудили энергетику, в том числе "
        "проект «Сила Сибири – 2», и итоги саммита ШОС.",
    ),
    "ru_trap_gas_gaza": (
        (1, 1),
        "interfax",
        "Транзит российского газа через Украину прекращён с 1 января 2025 года "
        "после истечения контракта между «Газпромом» и «Нафтогазом». Поставки "
        "газа в Европу сохраняются только по южному маршруту.",
    ),
    "en_eu_gas_phaseout": (
        (10, 20),
        "reuters",
        "LUXEMBOURG, Oct 20 (Reuters) - European Union energy ministers agreed "
        "on Monday to phase out imports of Russian gas by the start of 2028, "
        "with a ban on new contracts from next year. Hungary and Slovakia voted "
        "against.",
    ),
    "ru_energy_week": (
        (10, 15),
        "kremlin",
        "Владимир Путин выступил на пленарном заседании VIII Международного "
        "форума «Российская энергетическая неделя». Президент заявил, что "
        "попытки отказаться от российских энергоресурсов вредят прежде всего "
        "самой Европе, а мировая энергетика нуждается в стабильности и "
        "предсказуемости.",
    ),
    # -------------------------------------------------------------- sanctions
    "ru_eu_18th": (
        (7, 18),
        "ria",
        "Совет ЕС утвердил 18-й пакет санкций против России. В него вошли "
        "снижение потолка цен на российскую нефть до 47,6 доллара за баррель, "
        "запрет на транзакции с «Северными потоками» и ограничения против 105 "
        "судов «теневого флота». Словакия сняла вето после получения гарантий по "
        "газу.",
    ),
    "en_eu_18th": (
        (7, 18),
        "reuters",
        "BRUSSELS, July 18 (Reuters) - The European Union approved its 18th "
        "package of sanctions against Russia over the war in Ukraine on Friday, "
        "including a lower price cap on Russian crude oil, after Slovakia "
        "dropped its veto. 'We will keep raising the costs,' EU foreign policy "
        "chief Kaja Kallas said.",
    ),
    "ru_zakharova_18th": (
        (7, 18),
        "mid",
        "М.В.Захарова: Очередной, 18-й пакет антироссийских санкций Евросоюза — "
        "это удар по самой Европе. Брюссель продолжает рубить сук, на котором "
        "сидит. #санкции",
    ),
    "ru_us_sanctions_rosneft": (
        (10, 23),
        "tass",
        "МОСКВА, 23 октября. /ТАСС/. Минфин США ввёл санкции против «Роснефти» и "
        "«Лукойла», а также их дочерних компаний. Официальный представитель МИД "
        "РФ Мария Захарова заявила, что новые ограничения контрпродуктивны и что "
        "Россия выработала устойчивый иммунитет к санкционному давлению.",
    ),
    "en_us_sanctions_rosneft": (
        (10, 22),
        "reuters",
        "WASHINGTON, Oct 22 (Reuters) - The United States imposed sanctions on "
        "Russia's biggest oil companies, Rosneft and Lukoil, on Wednesday, as "
        "President Donald Trump grew frustrated with Vladimir Putin over the "
        "lack of progress towards ending the war in Ukraine. Treasury Secretary "
        "Scott Bessent said more action could follow.",
    ),
    "en_sanctioned_refinery": (
        (3, 20),
        "reuters",
        "March 20 (Reuters) - The U.S. Treasury sanctioned a Chinese independent "
        "'teapot' refinery for the first time on Thursday for buying Iranian "
        "oil, stepping up President Donald Trump's 'maximum pressure' campaign "
        "on Tehran.",
    ),
    "en_eu_17th": (
        (5, 20),
        "reuters",
        "BRUSSELS, May 20 (Reuters) - EU foreign ministers approved a 17th "
        "sanctions package targeting Russia's shadow fleet of oil tankers. 'The "
        "longer Russia wages its war, the tougher our response. Putin will not "
        "stop unless someone stops him, and that is on us,' foreign policy chief "
        "Kaja Kallas said.",
    ),
    "ru_trap_callas": (
        (12, 2),
        "tass",
        "В Большом театре пройдёт гала-концерт к 102-летию со дня рождения Марии "
        "Каллас. Партии из репертуара великой оперной певицы исполнят солисты "
        "театра и приглашённые звёзды.",
    ),
    "ru_kallas_statement": (
        (3, 11),
        "ria",
        "Глава евродипломатии Кая Каллас заявила, что Евросоюз не будет снимать "
        "санкции с России до установления «справедливого и прочного мира» на "
        "Украине. Захарова назвала её высказывания очередной порцией русофобии.",
    ),
    "ru_stop_list": (
        (6, 24),
        "mid",
        "В ответ на очередные санкции Евросоюза российская сторона расширила "
        "список представителей государств – членов ЕС, которым запрещён въезд в "
        "Россию. В него включены должностные лица европейских институтов и "
        "депутаты национальных парламентов. #санкции",
    ),
    "en_sanctions_hashtag": (
        (6, 24),
        "mfa_russia",
        "In response to the EU's sanctions, Russia has expanded its entry ban "
        "list for officials of EU member states and institutions. #sanctions #EU",
    ),
    # ----------------------------------------------------------------- 9 May
    "ru_may9_parade": (
        (5, 9),
        "kremlin",
        "9 мая на Красной площади состоялся военный парад в ознаменование 80-й "
        "годовщины Победы в Великой Отечественной войне. Вместе с Владимиром "
        "Путиным парад наблюдали главы более 20 государств, в том числе "
        "Председатель КНР Си Цзиньпин, Президент Бразилии Луис Инасиу Лула да "
        "Силва и Президент Белоруссии Александр Лукашенко.",
    ),
    "en_may9_parade": (
        (5, 9),
        "ap",
        "MOSCOW (AP) — Russia marked the 80th anniversary of the Soviet victory "
        "over Nazi Germany on Friday, May 9, with a massive military parade on "
        "Red Square attended by Chinese leader Xi Jinping and other world "
        "leaders. Putin told the crowd that the whole country supports the "
        "troops fighting in Ukraine.",
    ),
    "ru_may9_broadcast": (
        (5, 8),
        "rt",
        "Анонс: 09.05.2025 в 10:00 мск — прямая трансляция парада Победы с "
        "Красной площади на нашем канале. Не пропустите! #9мая #ДеньПобеды",
    ),
    "ru_may9_2024": (
        (5, 9),
        "tass",
        "МОСКВА, 9 мая. /ТАСС/. На Красной площади 9 мая 2024 года прошёл парад "
        "в честь 79-й годовщины Победы. Наблюдать за ним приехали лидеры восьми "
        "государств, в том числе президенты Белоруссии, Казахстана и Киргизии.",
    ),
    "ru_may19_call": (
        (5, 19),
        "tass",
        "МОСКВА, 19 мая. /ТАСС/. Владимир Путин и Дональд Трамп провели "
        "телефонный разговор, продолжавшийся более двух часов. Путин заявил о "
        "готовности работать с украинской стороной над меморандумом о будущем "
        "мирном договоре.",
    ),
    "en_may19_call": (
        (5, 19),
        "reuters",
        "WASHINGTON/MOSCOW, May 19 (Reuters) - Donald Trump said after a "
        "two-hour call with Vladimir Putin on Monday that Russia and Ukraine "
        "would immediately start negotiations towards a ceasefire. Putin said "
        "Moscow was ready to work on a memorandum on a possible future peace "
        "accord.",
    ),
    "en_xi_moscow": (
        (5, 8),
        "xinhua",
        "MOSCOW, May 8 (Xinhua) -- Chinese President Xi Jinping held talks with "
        "Russian President Vladimir Putin in the Kremlin on Thursday, a day "
        "before attending the May 9 Victory Day celebrations marking the 80th "
        "anniversary of the victory of the Soviet people in the Great Patriotic "
        "War. The two sides signed a joint statement on further deepening their "
        "partnership.",
    ),
    "ru_lavrov_fidan_may29": (
        (5, 29),
        "mid",
        "29 мая С.В.Лавров провёл телефонный разговор с Министром иностранных "
        "дел Турецкой Республики Х.Фиданом. Стороны обсудили подготовку второго "
        "раунда российско-украинских переговоров в Стамбуле, а также ситуацию в "
        "Сирии.",
    ),
    # ------------------------------------------------------- December 4 / 14
    "ru_putin_india": (
        (12, 4),
        "kremlin",
        "4 декабря Владимир Путин прибыл в Нью-Дели с государственным визитом. В "
        "аэропорту Президента России встретил Премьер-министр Индии Нарендра "
        "Моди. Вечером лидеры провели встречу в неформальной обстановке.",
    ),
    "en_putin_india": (
        (12, 4),
        "reuters",
        "NEW DELHI, Dec 4 (Reuters) - Narendra Modi broke protocol to greet "
        "Vladimir Putin on the tarmac in New Delhi on Thursday, as the Russian "
        "leader began his first visit to India since the war in Ukraine, with "
        "trade and oil purchases hit by US tariffs topping the agenda.",
    ),
    "ru_putin_india_results": (
        (12, 5),
        "tass",
        "НЬЮ-ДЕЛИ, 5 декабря. /ТАСС/. Россия и Индия по итогам переговоров "
        "подписали программу развития экономического сотрудничества до 2030 "
        "года. Путин заявил, что Россия готова обеспечивать бесперебойные "
        "поставки топлива для индийской экономики, несмотря на давление США.",
    ),
    "en_india_results": (
        (12, 5),
        "reuters",
        "NEW DELHI, Dec 5 (Reuters) - India and Russia signed agreements on "
        "labour mobility, health and shipping and agreed to boost cooperation in "
        "IT and pharmaceuticals, as Narendra Modi and Vladimir Putin set a "
        "target of $100 billion in annual trade by 2030. Modi said India was not "
        "neutral but 'on the side of peace' in Ukraine.",
    ),
    "ru_zakharova_briefing_dec4": (
        (12, 4),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 4 "
        "декабря 2025 года.\nОсновные темы: государственный визит В.В.Путина в "
        "Индию; заседание СМИД ОБСЕ в Вене; обстановка вокруг Венесуэлы; "
        "антироссийские санкции Евросоюза; украинский кризис. Полная "
        "стенограмма: https://mid.ru/ru/press_service/spokesman/briefings/",
    ),
    "en_zakharova_eu_loan": (
        (12, 3),
        "reuters",
        "MOSCOW, Dec 3 (Reuters) - Russia will respond harshly to any EU "
        "decision to use frozen Russian assets to fund a 'reparations loan' for "
        "Ukraine, Foreign Ministry spokeswoman Maria Zakharova said, calling the "
        "plan theft.",
    ),
    "en_dec14_berlin": (
        (12, 14),
        "reuters",
        "BERLIN, Dec 14 (Reuters) - U.S. envoys Steve Witkoff and Jared Kushner "
        "held more than five hours of talks with Ukrainian President Volodymyr "
        "Zelenskiy in Berlin on Sunday, with Zelenskiy offering to drop Kyiv's "
        "bid to join NATO in exchange for Western security guarantees.",
    ),
    "ru_dec14_berlin": (
        (12, 14),
        "ria",
        "Спецпосланник президента США Стив Уиткофф и Джаред Кушнер провели 14 "
        "декабря в Берлине переговоры с Владимиром Зеленским. Как сообщил "
        "Уиткофф, достигнут «значительный прогресс».",
    ),
    # --------------------------------------------------------- Sept 1 traps
    "en_trap_sept11": (
        (9, 11),
        "reuters",
        "NEW YORK, Sept 11 (Reuters) - Relatives of victims gathered at the "
        "National September 11 Memorial on Thursday to mark 24 years since the "
        "attacks, with Vice President JD Vance among those attending.",
    ),
    "ru_trap_sept11": (
        (9, 11),
        "tass",
        "МОСКВА, 11 сентября. /ТАСС/. Минобороны России заявило, что не "
        "планировало поражать объекты на территории Польши, и выразило "
        "готовность провести консультации с польским военным ведомством.",
    ),
    # ------------------------------------------------ Lavrov, Rubio, Istanbul
    "ru_lavrov_rubio_ny": (
        (9, 24),
        "mid",
        "24 сентября на полях 80-й сессии Генеральной Ассамблеи ООН в Нью-Йорке "
        "состоялась встреча С.В.Лаврова с Государственным секретарём США "
        "М.Рубио. Обсуждены перспективы урегулирования украинского кризиса с "
        "учётом договорённостей, достигнутых на российско-американском саммите "
        "на Аляске.",
    ),
    "en_lavrov_rubio_ny": (
        (9, 24),
        "reuters",
        "UNITED NATIONS, Sept 24 (Reuters) - U.S. Secretary of State Marco Rubio "
        "met Russian Foreign Minister Sergei Lavrov on the sidelines of the UN "
        "General Assembly and urged Moscow to take 'meaningful steps' toward a "
        "durable resolution of the war in Ukraine, the State Department said.",
    ),
    "ru_lavrov_unga": (
        (9, 27),
        "tass",
        "НЬЮ-ЙОРК, 27 сентября. /ТАСС/. Сергей Лавров, выступая на "
        "общеполитической дискуссии Генассамблеи ООН, заявил, что любая агрессия "
        "против России встретит решительный ответ. Глава МИД РФ также "
        "предупредил, что НАТО и Евросоюз несут ответственность за эскалацию.",
    ),
    "en_lavrov_unga": (
        (9, 27),
        "ap",
        "UNITED NATIONS (AP) — Russia's Foreign Minister Sergey Lavrov told the "
        "UN General Assembly on Saturday that any aggression against his country "
        "would be met with a 'decisive response', and accused NATO and the "
        "European Union of threatening Russia with war.",
    ),
    "ru_lavrov_rubio_call": (
        (10, 20),
        "mid",
        "20 октября состоялся телефонный разговор С.В.Лаврова с Государственным "
        "секретарём США М.Рубио. Обсуждены возможные шаги по реализации "
        "понимания, достигнутого в ходе телефонной беседы президентов России и "
        "США 16 октября.",
    ),
    "ru_lavrov_wangyi_call": (
        (3, 31),
        "mid",
        "С.В.Лавров провёл телефонный разговор с Членом Политбюро ЦК КПК, "
        "Министром иностранных дел Китайской Народной Республики Ван И. В ходе "
        "беседы обсуждены актуальные вопросы двусторонней повестки, включая "
        "подготовку к визиту Председателя КНР Си Цзиньпина в Москву на торжества "
        "по случаю 80-летия Победы.",
    ),
    "en_trap_wang_yidi": (
        (11, 9),
        "xinhua",
        "HONG KONG, Nov. 9 (Xinhua) -- China's Wang Yidi beat Japan's Miwa "
        "Harimoto 4-2 to reach the women's singles final at the WTT Finals on "
        "Sunday.",
    ),
    "en_istanbul_talks": (
        (5, 16),
        "reuters",
        "ISTANBUL, May 16 (Reuters) - Russian and Ukrainian officials held their "
        "first direct peace talks in more than three years in Istanbul on "
        "Friday, agreeing to a 1,000-for-1,000 prisoner exchange but failing to "
        "reach a ceasefire. Turkey's Foreign Minister Hakan Fidan opened the "
        "meeting at the Dolmabahce palace.",
    ),
    "ru_istanbul_talks": (
        (5, 16),
        "tass",
        "СТАМБУЛ, 16 мая. /ТАСС/. Российская и украинская делегации провели в "
        "Стамбуле первые за три года прямые переговоры. По словам главы "
        "российской делегации Владимира Мединского, стороны договорились об "
        "обмене пленными по формуле «тысяча на тысячу». Встреча прошла при "
        "посредничестве Турции.",
    ),
    "en_istanbul_june2": (
        (6, 2),
        "reuters",
        "ISTANBUL, June 2 (Reuters) - Russian and Ukrainian delegations met for "
        "a second round of direct talks in Istanbul that lasted just over an "
        "hour, agreeing to exchange the bodies of 6,000 dead soldiers but making "
        "no progress towards a ceasefire.",
    ),
    "en_trap_turkey_pardon": (
        (11, 25),
        "ap",
        "WASHINGTON (AP) — President Donald Trump pardoned two turkeys, Gobble "
        "and Waddle, in the Rose Garden on Tuesday, continuing a Thanksgiving "
        "tradition. The birds were raised in North Carolina.",
    ),
    "en_turkiye_erdogan": (
        (9, 25),
        "aljazeera",
        "Turkish President Recep Tayyip Erdogan said Türkiye was ready to host a "
        "meeting between Putin and Zelensky in Istanbul, adding that Ankara had "
        "kept channels open with both Moscow and Kyiv throughout the war.",
    ),
    "ru_erdogan_istanbul": (
        (9, 26),
        "tass",
        "Президент Турции Реджеп Тайип Эрдоган заявил, что Анкара готова вновь "
        "предоставить Стамбул для переговоров России и Украины на любом уровне. "
        "Песков ответил, что в Кремле ценят посреднические усилия турецкой "
        "стороны.",
    ),
    # ------------------------------------------- Zakharova, Peskov, phrases
    "ru_zakharova_briefing_march": (
        (3, 13),
        "mid",
        "Из брифинга М.В.Захаровой, 13 марта:\n— о ситуации в Курской области: "
        "противник несёт тяжёлые потери, ВС России освобождают населённые "
        "пункты;\n— о зерновой сделке: никаких контактов по её возобновлению не "
        "ведётся;\n— о заявлениях Каи Каллас: её риторика не имеет ничего общего "
        "с дипломатией.",
    ),
    "ru_zakharova_hard_answer": (
        (11, 21),
        "rt",
        "Репост: @MariaVladimirovnaZ\n\nМ.В.Захарова: Любые попытки конфисковать "
        "российские суверенные активы — это воровство. На такие действия "
        "последует жёсткий ответ, и Брюссель это прекрасно знает.",
    ),
    "ru_peskov_hard_answer": (
        (6, 30),
        "interfax",
        "Песков: Москва даст жесткий ответ на любые действия, угрожающие "
        "безопасности Калининграда. В Кремле внимательно следят за заявлениями "
        "литовских властей.",
    ),
    "ru_zakharova_nato": (
        (6, 26),
        "mid",
        "М.В.Захарова: Решение саммита НАТО в Гааге увеличить военные расходы до "
        "5% ВВП — это курс на милитаризацию Европы. Ответ Москвы будет "
        "соразмерным, но жёстким.",
    ),
    "en_red_lines_peskov": (
        (9, 30),
        "reuters",
        "MOSCOW, Sept 30 (Reuters) - Russia has repeatedly warned the West about "
        "its 'red lines', Kremlin spokesman Dmitry Peskov said on Tuesday, when "
        "asked about reports that Washington was considering supplying Tomahawk "
        "missiles to Ukraine.",
    ),
    "en_red_lines_ryabkov": (
        (2, 18),
        "ap",
        "Deputy Foreign Minister Sergei Ryabkov said Moscow's red lines on NATO "
        "expansion had not changed and that any deployment of Western troops in "
        "Ukraine would be treated as a legitimate target.",
    ),
    "ru_red_lines_ryabkov": (
        (2, 18),
        "interfax",
        "Рябков: «красные линии» России в вопросе размещения ракет средней и "
        "меньшей дальности хорошо известны в Вашингтоне. Москва не будет "
        "повторять их бесконечно.",
    ),
    "ru_trap_red_metro": (
        (3, 6),
        "ria",
        "Движение поездов на участке красной линии московского метро между "
        "станциями «Сокольники» и «Черкизовская» будет закрыто в выходные из-за "
        "ремонта.",
    ),
    "ru_peskov_digital_trap": (
        (6, 17),
        "tass",
        "Спецпредставитель президента РФ по вопросам цифрового и "
        "технологического развития Дмитрий Песков заявил, что к 2030 году в "
        "России будет не хватать около миллиона IT-специалистов. Он выступил на "
        "форуме «Технопром».",
    ),
    "en_trap_zakharova_ballet": (
        (11, 11),
        "ap",
        "MILAN (AP) — A performance by Bolshoi prima ballerina Svetlana "
        "Zakharova at an Italian festival was cancelled after Ukrainian "
        "activists protested, the organisers said.",
    ),
    "ru_trap_actor_lavrov": (
        (9, 9),
        "tass",
        "В Санкт-Петербурге открыли мемориальную доску народному артисту СССР "
        "Кириллу Лаврову на доме, где он жил. Актёр на протяжении многих лет "
        "руководил Большим драматическим театром.",
    ),
    "ru_trap_order_ushakov": (
        (11, 3),
        "tass",
        "Владимир Путин подписал указ о награждении орденом Ушакова экипажа "
        "большого десантного корабля «Ямал» Черноморского флота.",
    ),
    "ru_trap_medvedev_tennis": (
        (1, 14),
        "ria",
        "Даниил Медведев обыграл американца Лернера Тьена и вышел во второй круг "
        "Открытого чемпионата Австралии.",
    ),
    "en_trap_medvedev_tennis": (
        (1, 14),
        "reuters",
        "MELBOURNE, Jan 14 (Reuters) - Daniil Medvedev survived a five-set scare "
        "against teenager Learner Tien to reach the Australian Open second round.",
    ),
    # ------------------------------------------------------- Witkoff, Kursk
    "ru_witkoff_moscow": (
        (8, 6),
        "kremlin",
        "Владимир Путин принял в Кремле специального посланника Президента США "
        "Стивена Уиткоффа. С российской стороны во встрече участвовали "
        "Ю.В.Ушаков и К.А.Дмитриев.",
    ),
    "ru_witkoff_december": (
        (12, 2),
        "ria",
        "Путин принял в Кремле Стива Виткоффа и Джареда Кушнера, переговоры "
        "продлились около пяти часов, сообщил Ушаков. Компромисс по "
        "территориальному вопросу пока не найден.",
    ),
    "en_witkoff_moscow": (
        (8, 6),
        "reuters",
        "MOSCOW, Aug 6 (Reuters) - U.S. envoy Steve Witkoff met Vladimir Putin "
        "in the Kremlin for about three hours on Wednesday, two days before a "
        "Trump deadline for Russia to agree to a ceasefire or face new sanctions.",
    ),
    "ru_kursk_liberation": (
        (4, 26),
        "kremlin",
        "Начальник Генерального штаба Валерий Герасимов доложил Владимиру Путину "
        "о завершении операции по освобождению Курской области. Президент "
        "поблагодарил военнослужащих, участвовавших в боях под Курском, в том "
        "числе бойцов КНДР.",
    ),
    "en_kursk_liberation": (
        (4, 26),
        "reuters",
        "MOSCOW, April 26 (Reuters) - Russia's top general Valery Gerasimov told "
        "Vladimir Putin that Ukrainian forces had been ejected from the Kursk "
        "region, and for the first time acknowledged that North Korean troops "
        "had taken part in the fighting. Kyiv denied that the operation was over.",
    ),
    "ru_trap_kursk_submarine": (
        (8, 12),
        "tass",
        "12 августа исполняется 25 лет со дня гибели атомной подводной лодки "
        "«Курск» в Баренцевом море. В память о 118 членах экипажа в Мурманске и "
        "Видяеве прошли траурные мероприятия.",
    ),
    "ru_kursk_visit": (
        (3, 12),
        "ria",
        "Путин посетил командный пункт группировки «Север» в Курской области и "
        "поручил в кратчайшие сроки завершить разгром противника в регионе.",
    ),
    # -------------------------------------------------------- one-liners etc
    "ru_lavrov_dprk": (
        (7, 11),
        "mid",
        "С.В.Лавров прибыл в КНДР с официальным визитом. #Лавров",
    ),
    "en_lavrov_wonsan": (
        (7, 12),
        "reuters",
        "WONSAN, North Korea, July 12 (Reuters) - Kim Jong Un met Russian "
        "Foreign Minister Sergei Lavrov in the coastal city of Wonsan and "
        "pledged to unconditionally support Moscow's actions in Ukraine, KCNA "
        "said.",
    ),
    "ru_peskov_oneliner": (
        (6, 3),
        "ria",
        "Песков: Путин открыт для контактов с Трампом, но встреча должна быть "
        "тщательно подготовлена.",
    ),
    "en_peskov_oneliner": (
        (6, 3),
        "tass_en",
        "Kremlin spokesman Dmitry Peskov said there were no plans yet for a "
        "meeting between Putin and Zelensky.",
    ),
    "en_nebenzia_repost": (
        (4, 2),
        "analyst_digest",
        "Forwarded from UN Watch\nRussia's UN envoy Vassily Nebenzia told the "
        "Security Council that Western arms supplies to Ukraine were prolonging "
        "the conflict and called for a ceasefire only as part of a comprehensive "
        "settlement.",
    ),
    "ru_ryabkov_start": (
        (2, 5),
        "interfax",
        "Рябков: Россия готова соблюдать количественные ограничения ДСНВ ещё год "
        "после февраля 2026 года, если США ответят взаимностью.",
    ),
    "en_ryabkov_start": (
        (9, 23),
        "reuters",
        "MOSCOW, Sept 23 (Reuters) - Russia is prepared to keep to the New START "
        "treaty's central limits for one year after it expires in February 2026 "
        "if the United States does the same, Deputy Foreign Minister Sergei "
        "Ryabkov said.",
    ),
    "en_fidan_moscow": (
        (2, 11),
        "aljazeera",
        "Turkish Foreign Minister Hakan Fidan held talks with Sergei Lavrov in "
        "Moscow on energy, the Black Sea and Syria, as Ankara pushes to host "
        "talks between Russia and Ukraine.",
    ),
    "ru_fidan_moscow": (
        (2, 11),
        "mid",
        "С.В.Лавров провёл переговоры с Министром иностранных дел Турецкой "
        "Республики Х.Фиданом, находящимся в Москве с визитом. Обсуждены вопросы "
        "энергетики, обстановка в Сирии и в Черноморском регионе.",
    ),
    "ru_xi_putin_statement": (
        (5, 8),
        "kremlin",
        "Владимир Путин и Председатель КНР Си Цзиньпин по итогам переговоров в "
        "Кремле подписали Совместное заявление о дальнейшем углублении отношений "
        "всеобъемлющего партнёрства и стратегического взаимодействия. Лидеры "
        "также обсудили сотрудничество в энергетике и подготовку к саммиту ШОС в "
        "Китае.",
    ),
    "en_sco_astana_2024": (
        (7, 4),
        "reuters",
        "ASTANA, July 4 (Reuters) - Xi Jinping and Vladimir Putin called for a "
        "new multipolar world order at a Shanghai Cooperation Organisation "
        "summit in Kazakhstan on Thursday, where Belarus was formally admitted "
        "as the bloc's tenth member.",
    ),
    "ru_sco_astana_2024": (
        (7, 4),
        "tass",
        "АСТАНА, 4 июля. /ТАСС/. Белоруссия стала десятым полноправным членом "
        "ШОС. Соответствующее решение приняли лидеры государств организации на "
        "саммите в Астане.",
    ),
    "ru_csto_oneliner": (
        (11, 26),
        "rt",
        "Генсек ОДКБ Имангали Тасмагамбетов: организация готова помочь в охране "
        "таджикско-афганской границы. #ОДКБ",
    ),
    "en_csto_armenia": (
        (2, 22),
        "aljazeera",
        "Armenian Prime Minister Nikol Pashinyan said Yerevan would not return "
        "to the Collective Security Treaty Organisation, accusing the Russia-led "
        "alliance of failing to defend Armenia in 2021 and 2022.",
    ),
    "en_cis_spb": (
        (12, 26),
        "tass_en",
        "ST. PETERSBURG, December 26. /TASS/. Leaders of the Commonwealth of "
        "Independent States gathered in St. Petersburg for their traditional "
        "informal year-end summit.",
    ),
    "ru_asean_putin": (
        (10, 25),
        "kremlin",
        "Владимир Путин направил приветствие участникам саммита АСЕАН в "
        "Куала-Лумпуре. Россия, говорится в послании, дорожит стратегическим "
        "партнёрством с Ассоциацией государств Юго-Восточной Азии.",
    ),
    "en_asean_oneliner": (
        (10, 26),
        "reuters",
        "Timor-Leste became the 11th member of ASEAN on Sunday, the first "
        "expansion of the regional bloc since the 1990s. #ASEAN",
    ),
    "ru_g20_oneliner": (
        (11, 23),
        "ria",
        "Орешкин: Россия продолжит работу в «двадцатке», несмотря на попытки "
        "политизировать её повестку. #G20",
    ),
    "en_g20_oneliner": (
        (11, 23),
        "ap",
        "The United States will host the G-20 in 2026 at a Trump golf resort in "
        "Miami, the White House confirmed.",
    ),
    "ru_osce_oneliner": (
        (1, 16),
        "mid",
        "Постпред России при ОБСЕ А.К.Лукашевич: организация переживает "
        "глубочайший кризис, Запад превратил её в инструмент обслуживания своих "
        "интересов.",
    ),
    "en_osce_oneliner": (
        (7, 31),
        "reuters",
        "Finland marked the 50th anniversary of the Helsinki Final Act, the "
        "founding document of the OSCE, with foreign ministers from more than 50 "
        "countries, but Russia was not invited.",
    ),
    "ru_iaea_oneliner": (
        (11, 20),
        "ria",
        "Ульянов: резолюция Совета управляющих МАГАТЭ по Ирану бесполезна и вредна. #МАГАТЭ",
    ),
    "ru_trap_chad_smoke": (
        (2, 14),
        "interfax",
        "В Якутии из-за лесных пожаров в Олекминском районе жители жалуются на "
        "дым и чад, местами объявлен режим ЧС.",
    ),
    "en_togo_un": (
        (11, 14),
        "un_news",
        "Togo: the UN human rights office urged authorities in Lomé to release "
        "protesters detained during demonstrations against constitutional "
        "changes.",
    ),
    "ru_mali_icc": (
        (9, 22),
        "ria",
        "Мали, Буркина-Фасо и Нигер объявили о выходе из Международного "
        "уголовного суда. В совместном заявлении стран Альянса государств Сахеля "
        "МУС назван «инструментом неоколониальных репрессий».",
    ),
    "en_mali_icc": (
        (9, 22),
        "aljazeera",
        "Mali, Burkina Faso and Niger announced their withdrawal from the "
        "International Criminal Court, calling it an instrument of neocolonial "
        "repression.",
    ),
    "en_georgia_russia": (
        (12, 10),
        "tass_en",
        "MOSCOW, December 10. /TASS/. Russia sees no reason to resume diplomatic "
        "relations with Georgia while Tbilisi maintains its claims to Abkhazia "
        "and South Ossetia, Deputy Foreign Minister Mikhail Galuzin said.",
    ),
    "ru_georgia_galuzin": (
        (12, 10),
        "interfax",
        "Замглавы МИД России Михаил Галузин: Москва открыта к нормализации "
        "отношений с Грузией в той мере, в которой к этому готов Тбилиси.",
    ),
    "en_gaza_guterres": (
        (10, 9),
        "un_news",
        "Secretary-General António Guterres welcomed the announcement of an "
        "agreement to secure a ceasefire and hostage release in Gaza, calling on "
        "all parties to seize this momentum.",
    ),
    "ru_gaza_trump_plan": (
        (9, 30),
        "ria",
        "Песков: в Кремле изучают план Трампа по урегулированию в секторе Газа и "
        "поддерживают любые усилия, которые помогут остановить кровопролитие.",
    ),
    "en_trump_plan_gaza": (
        (9, 29),
        "ap",
        "WASHINGTON (AP) — President Donald Trump unveiled a 20-point plan to "
        "end the war in Gaza, with Israeli Prime Minister Benjamin Netanyahu at "
        "his side, calling it potentially one of the great days in civilization.",
    ),
    "en_lukashenko_kellogg": (
        (6, 21),
        "reuters",
        "MINSK, June 21 (Reuters) - Belarusian President Alexander Lukashenko "
        "freed 14 prisoners after meeting U.S. special envoy Keith Kellogg in "
        "Minsk, the highest-level American visit to Belarus in years.",
    ),
    "en_eaeu_overchuk": (
        (2, 20),
        "tass_en",
        "MOSCOW, February 20. /TASS/. Mutual trade between the EAEU countries "
        "exceeded $100 billion in 2024, Russian Deputy Prime Minister Alexey "
        "Overchuk said.",
    ),
    "ru_eaeu_hashtag": (
        (12, 19),
        "belta",
        "Высший Евразийский экономический совет в Санкт-Петербурге утвердил "
        "декларацию о дальнейшем развитии экономических процессов в рамках ЕАЭС "
        "до 2030 года и на период до 2045 года. #ЕАЭС",
    ),
    "en_unsc_hashtag": (
        (10, 1),
        "mfa_russia",
        "#UNSC Russia assumes the presidency of the UN Security Council for "
        "October. Priorities include the Middle East and cooperation between the "
        "UN and regional organisations such as the CSTO, CIS and SCO.",
    ),
    "ru_unsc_presidency": (
        (10, 1),
        "mid",
        "Россия приступила к председательству в Совете Безопасности ООН в "
        "октябре. В программе — открытые дебаты о сотрудничестве ООН с ОДКБ, СНГ "
        "и ШОС. #СБООН",
    ),
    "en_zakharova_grain": (
        (7, 17),
        "tass_en",
        "MOSCOW, July 17. /TASS/. The Russian part of the Black Sea grain deal "
        "was never implemented, Foreign Ministry spokeswoman Maria Zakharova "
        "said on the second anniversary of Russia's withdrawal from the "
        "arrangement.",
    ),
    "en_grossi_zaes_visit": (
        (3, 27),
        "ap",
        "KYIV, Ukraine (AP) — The head of the International Atomic Energy "
        "Agency, Rafael Grossi, visited the Russian-occupied Zaporizhzhia "
        "nuclear power plant on Wednesday and described the safety situation "
        "there as very fragile.",
    ),
    "en_trap_kursk_submarine": (
        (8, 12),
        "reuters",
        "MURMANSK, Aug 12 (Reuters) - Relatives of the 118 sailors who died when "
        "the nuclear submarine Kursk sank in the Barents Sea 25 years ago laid "
        "wreaths in Murmansk and Vidyayevo.",
    ),
    "en_easter_truce": (
        (4, 19),
        "reuters",
        "MOSCOW, April 19 (Reuters) - Vladimir Putin declared a unilateral "
        "Easter truce in Ukraine from 1500 GMT on Saturday until midnight on "
        "Sunday, saying he expected Kyiv to follow Russia's example.",
    ),
    "en_zakharova_georgia": (
        (10, 5),
        "tass_en",
        "MOSCOW, October 5. /TASS/. Russian Foreign Ministry spokeswoman Maria "
        "Zakharova said the unrest in Tbilisi was an attempt to seize power "
        "under a 'Maidan' scenario and praised the Georgian authorities for "
        "their response.",
    ),
    "ru_trap_hard_words": (
        (2, 27),
        "interfax",
        "Роскомнадзор ввёл жёсткий режим проверки операторов связи. В ответ на "
        "запрос «Интерфакса» в ведомстве уточнили, что речь идёт о мерах против "
        "телефонных мошенников.",
    ),
}

_SCO = (
    "ru_sco_tianjin_arrival",
    "en_sco_tianjin_summit",
    "ru_sco_tianjin_declaration",
    "en_sco_xinhua",
    "en_sco_modi_xi",
    "ru_sco_putin_modi",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "ru_sco_qingdao",
    "ru_sco_kyrgyz",
    "en_mfa_sco",
    "ru_ushakov_xi",
    "ru_xi_putin_statement",
    "en_sco_astana_2024",
    "ru_sco_astana_2024",
    "en_unsc_hashtag",
    "ru_unsc_presidency",
)
_RU_TRAP_SHOSSE = ("ru_trap_shosse",)
_BRICS = (
    "ru_brics_kazan_xi",
    "en_brics_kazan_opening",
    "ru_brics_kazan_declaration",
    "en_brics_kazan_declaration",
    "ru_brics_kazan_guterres",
    "en_brics_kazan_guterres",
    "ru_brics_partners",
    "en_brics_partners",
    "ru_lavrov_brics_nonwestern",
    "en_brics_nizhny",
    "ru_brics_nizhny",
    "en_brics_rio",
    "ru_brics_rio_peskov",
    "en_brics_trump_tariff",
    "ru_tokayev_brics",
    "en_mfa_brics",
)
_EN_TRAP_BRICKS = ("en_trap_bricks",)
_EAEU = (
    "ru_eaeu_minsk",
    "en_eaeu_minsk",
    "ru_eaeu_overchuk",
    "ru_eaeu_iran_fta",
    "en_eaeu_iran_fta",
    "ru_it_eaeu",
    "ru_asean_overchuk",
    "en_eaeu_overchuk",
    "ru_eaeu_hashtag",
)
_CSTO = (
    "ru_sco_kyrgyz",
    "ru_csto_bishkek",
    "en_csto_bishkek",
    "ru_csto_pashinyan",
    "en_csto_drills",
    "ru_csto_oneliner",
    "en_csto_armenia",
    "en_unsc_hashtag",
    "ru_unsc_presidency",
)
_CIS = (
    "ru_cis_spb",
    "ru_cis_dushanbe",
    "en_cis_dushanbe",
    "en_cis_next",
    "en_cis_spb",
    "en_unsc_hashtag",
    "ru_unsc_presidency",
)
_UN = (
    "ru_brics_kazan_declaration",
    "en_brics_kazan_declaration",
    "ru_brics_kazan_guterres",
    "en_brics_kazan_guterres",
    "ru_unsc_2774",
    "en_unsc_2774",
    "ru_unga_vote",
    "en_unsc_gaza",
    "ru_unsc_gaza",
    "en_nebenzya_tass",
    "en_guterres_sudan_chad",
    "ru_chad_refugees",
    "en_trap_somalia",
    "ru_un80",
    "en_un80",
    "en_un_hrmmu",
    "en_iaea_board_iran",
    "ru_iran_strikes",
    "en_snapback",
    "ru_mid_snapback",
    "ru_grain_deal_zakharova",
    "en_grain_deal_erdogan",
    "ru_guterres_gaza",
    "ru_lavrov_rubio_ny",
    "en_lavrov_rubio_ny",
    "ru_lavrov_unga",
    "en_lavrov_unga",
    "en_nebenzia_repost",
    "en_togo_un",
    "en_unsc_hashtag",
    "ru_unsc_presidency",
)
_UNSC = (
    "ru_brics_kazan_declaration",
    "en_brics_kazan_declaration",
    "ru_unsc_2774",
    "en_unsc_2774",
    "en_unsc_gaza",
    "ru_unsc_gaza",
    "en_nebenzya_tass",
    "en_iaea_board_iran",
    "ru_mid_snapback",
    "en_nebenzia_repost",
    "en_unsc_hashtag",
    "ru_unsc_presidency",
)
_UNSC_TRAPS = (
    "ru_trap_security_council_ru",
    "en_trap_security_council_ru",
    "en_medvedev_dead_hand",
)
_IAEA = (
    "ru_iaea_grossi_zaes",
    "en_iaea_zaporizhzhia",
    "ru_likhachev_zaes",
    "en_rosatom_likhachev",
    "ru_kursk_npp_grossi",
    "ru_iaea_board_iran",
    "en_iaea_board_iran",
    "en_fwd_iaea",
    "ru_ryabkov_iran_nuclear",
    "ru_mid_snapback",
    "ru_iaea_oneliner",
    "en_grossi_zaes_visit",
)
_OSCE = (
    "ru_osce_malta",
    "en_osce_malta",
    "en_osce_vienna",
    "ru_zakharova_briefing_dec4",
    "ru_osce_oneliner",
    "en_osce_oneliner",
)
_ASEAN = (
    "ru_asean_kl",
    "en_asean_kl",
    "ru_thai_cambodia",
    "en_thai_cambodia",
    "en_trump_kl_asean",
    "ru_asean_overchuk",
    "ru_asean_putin",
    "en_asean_oneliner",
)
_G20 = (
    "en_g20_johannesburg",
    "ru_g20_johannesburg",
    "ru_g20_rio_lavrov",
    "en_g20_rio",
    "ru_g20_oneliner",
    "en_g20_oneliner",
)
_NATO = (
    "en_lavrov_minsk_conf",
    "ru_osce_malta",
    "en_dec14_berlin",
    "ru_lavrov_unga",
    "en_lavrov_unga",
    "ru_zakharova_nato",
    "en_red_lines_ryabkov",
)
_EN_G20_JOHANNESBURG = ("en_g20_johannesburg",)
_RU_CIS_DUSHANBE = ("ru_cis_dushanbe",)
_EAEU_MINSK = ("ru_eaeu_minsk", "en_eaeu_minsk")
_RU_TRAP_MINSK_AGREEMENTS = ("ru_trap_minsk_agreements",)
_UNGA = (
    "en_brics_kazan_guterres",
    "ru_unga_vote",
    "ru_lavrov_rubio_ny",
    "en_lavrov_rubio_ny",
    "ru_lavrov_unga",
    "en_lavrov_unga",
)
_KAZAN = (
    "ru_brics_kazan_xi",
    "en_brics_kazan_opening",
    "ru_brics_kazan_declaration",
    "en_brics_kazan_declaration",
    "ru_brics_kazan_guterres",
    "en_brics_kazan_guterres",
    "ru_brics_partners",
    "ru_brics_nizhny",
    "en_mfa_brics",
)
_TIANJIN = (
    "ru_sco_tianjin_arrival",
    "en_sco_tianjin_summit",
    "ru_sco_tianjin_declaration",
    "en_sco_xinhua",
    "en_sco_modi_xi",
    "ru_sco_putin_modi",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "en_mfa_sco",
)
_BEIJING = (
    "ru_sco_tianjin_arrival",
    "ru_sco_beijing_parade",
    "en_beijing_parade",
    "ru_putin_leaves_beijing",
    "en_sco_cfm_tianjin",
    "en_china_tariffs",
    "ru_china_tariffs",
    "ru_china_visa_free",
    "en_china_visa_free",
    "ru_putin_visa_reciprocity",
    "ru_power_siberia",
    "en_power_siberia",
    "ru_ushakov_xi",
)
_KURSK = (
    "ru_kursk_npp_grossi",
    "ru_zakharova_briefing_march",
    "ru_kursk_liberation",
    "en_kursk_liberation",
    "ru_kursk_visit",
)
_KURSK_TRAPS = ("ru_trap_kursk_submarine", "en_trap_kursk_submarine")
_ANCHORAGE = (
    "en_alaska",
    "ru_alaska_kremlin",
    "ru_alaska_ushakov",
    "en_spirit_anchorage",
    "ru_lavrov_spirit",
    "ru_peskov_budapest",
)
_GAZA = (
    "en_brics_kazan_declaration",
    "en_brics_kazan_guterres",
    "en_unsc_gaza",
    "ru_unsc_gaza",
    "en_gaza_ceasefire",
    "ru_gaza_ceasefire",
    "ru_guterres_gaza",
    "en_trap_red_sea",
    "en_gaza_guterres",
    "ru_gaza_trump_plan",
    "en_trump_plan_gaza",
)
_RU_TRAP_GAS_GAZA = ("ru_trap_gas_gaza",)
_GEORGIA = (
    "ru_georgia_zakharova",
    "en_georgia_protest",
    "en_georgia_russia",
    "ru_georgia_galuzin",
    "en_zakharova_georgia",
)
_EN_TRAP_GEORGIA_STATE = ("en_trap_georgia_state",)
_TURKEY = (
    "en_grain_deal_erdogan",
    "ru_lavrov_fidan_may29",
    "en_istanbul_talks",
    "ru_istanbul_talks",
    "en_turkiye_erdogan",
    "ru_erdogan_istanbul",
    "en_fidan_moscow",
    "ru_fidan_moscow",
)
_EN_TRAP_TURKEY_PARDON = ("en_trap_turkey_pardon",)
_TOGO = ("ru_lavrov_togo", "en_lavrov_togo", "en_togo_un")
_MALI = ("ru_mali", "en_mali", "ru_mali_icc", "en_mali_icc")
_MALI_TRAPS = ("ru_trap_somali", "en_trap_somalia")
_CHAD = ("en_guterres_sudan_chad", "ru_chad_refugees", "ru_lavrov_chad")
_CHAD_TRAPS = ("en_trap_chad_name", "ru_trap_chad_smoke")
_RU_SANCTIONS = (
    "ru_brics_kazan_declaration",
    "ru_mid_snapback",
    "ru_peskov_tariffs",
    "ru_eu_18th",
    "ru_zakharova_18th",
    "ru_us_sanctions_rosneft",
    "ru_kallas_statement",
    "ru_stop_list",
    "ru_zakharova_briefing_dec4",
)
_EN_SANCTIONS = (
    "en_brics_kazan_declaration",
    "en_medvedev_dead_hand",
    "en_snapback",
    "en_black_sea_riyadh",
    "en_spirit_anchorage",
    "en_peskov_tariffs",
    "en_eu_18th",
    "en_us_sanctions_rosneft",
    "en_sanctioned_refinery",
    "en_eu_17th",
    "en_sanctions_hashtag",
    "en_witkoff_moscow",
)
_RU_TARIFFS = (
    "ru_brics_rio_peskov",
    "ru_eaeu_iran_fta",
    "ru_trump_india_tariff",
    "ru_peskov_tariffs",
    "ru_china_tariffs",
)
_EN_TARIFFS = (
    "en_brics_rio",
    "en_brics_trump_tariff",
    "en_sco_tianjin_summit",
    "en_sco_modi_xi",
    "en_eaeu_iran_fta",
    "en_trump_india_tariff",
    "en_peskov_tariffs",
    "en_china_tariffs",
    "en_trap_china_tableware",
    "en_putin_india",
)
_EN_GRAIN = ("en_grain_deal_erdogan", "en_zakharova_grain")
_EN_CEASEFIRE = (
    "en_brics_kazan_guterres",
    "en_guterres_sudan_chad",
    "en_iaea_zaporizhzhia",
    "en_asean_kl",
    "en_thai_cambodia",
    "en_trump_kl_asean",
    "en_gaza_ceasefire",
    "en_energy_truce",
    "en_india_pakistan",
    "en_trap_red_sea",
    "en_alaska",
    "en_may19_call",
    "en_istanbul_talks",
    "en_istanbul_june2",
    "en_witkoff_moscow",
    "en_nebenzia_repost",
    "en_gaza_guterres",
)
_EN_EU_17TH = ("en_eu_17th",)
_LAVROV = (
    "ru_lavrov_brics_nonwestern",
    "en_brics_nizhny",
    "ru_brics_nizhny",
    "en_mfa_brics",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "ru_sco_kyrgyz",
    "en_mfa_sco",
    "ru_lavrov_minsk_visit",
    "ru_lukashenko_met_lavrov",
    "en_lavrov_minsk_conf",
    "ru_lavrov_chad",
    "ru_lavrov_togo",
    "en_lavrov_togo",
    "ru_araghchi_lavrov",
    "en_araqchi_moscow",
    "ru_osce_malta",
    "en_osce_malta",
    "ru_asean_kl",
    "en_asean_kl",
    "ru_g20_rio_lavrov",
    "en_g20_rio",
    "ru_alaska_kremlin",
    "ru_lavrov_spirit",
    "en_ushakov_budapest",
    "ru_lavrov_fidan_may29",
    "ru_lavrov_rubio_ny",
    "en_lavrov_rubio_ny",
    "ru_lavrov_unga",
    "en_lavrov_unga",
    "ru_lavrov_rubio_call",
    "ru_lavrov_wangyi_call",
    "ru_lavrov_dprk",
    "en_lavrov_wonsan",
    "en_fidan_moscow",
    "ru_fidan_moscow",
)
_RU_TRAP_ACTOR_LAVROV = ("ru_trap_actor_lavrov",)
_ZAKHAROVA = (
    "ru_trap_minsk_agreements",
    "ru_grain_deal_zakharova",
    "ru_eu_visas_zakharova",
    "ru_georgia_zakharova",
    "ru_zakharova_18th",
    "ru_us_sanctions_rosneft",
    "ru_kallas_statement",
    "ru_zakharova_briefing_dec4",
    "en_zakharova_eu_loan",
    "ru_zakharova_briefing_march",
    "ru_zakharova_hard_answer",
    "ru_zakharova_nato",
    "en_zakharova_grain",
    "en_zakharova_georgia",
)
_ZAKHAROVA_TRAPS = ("ru_trap_ballet_zakharova", "en_trap_zakharova_ballet")
_PESKOV = (
    "ru_brics_rio_peskov",
    "ru_sco_putin_modi",
    "en_spirit_anchorage",
    "ru_peskov_budapest",
    "en_ushakov_budapest",
    "ru_trump_india_tariff",
    "ru_peskov_tariffs",
    "en_peskov_tariffs",
    "ru_erdogan_istanbul",
    "ru_peskov_hard_answer",
    "en_red_lines_peskov",
    "ru_peskov_oneliner",
    "en_peskov_oneliner",
    "ru_gaza_trump_plan",
)
_RU_PESKOV_DIGITAL_TRAP = ("ru_peskov_digital_trap",)
_NEBENZIA = (
    "ru_unsc_2774",
    "en_unsc_gaza",
    "ru_unsc_gaza",
    "en_nebenzya_tass",
    "en_nebenzia_repost",
)
_GUTERRES = (
    "ru_brics_kazan_guterres",
    "en_brics_kazan_guterres",
    "en_guterres_sudan_chad",
    "ru_un80",
    "en_un80",
    "ru_guterres_gaza",
    "en_gaza_guterres",
)
_WANG_YI = (
    "en_brics_nizhny",
    "ru_brics_nizhny",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "ru_lavrov_wangyi_call",
)
_EN_TRAP_WANG_YIDI = ("en_trap_wang_yidi",)
_LUKASHENKO = (
    "en_eaeu_minsk",
    "ru_lavrov_minsk_visit",
    "ru_lukashenko_met_lavrov",
    "en_lavrov_minsk_conf",
    "ru_lukashenko_kellogg",
    "en_lukashenka_election",
    "ru_may9_parade",
    "en_lukashenko_kellogg",
)
_WITKOFF = (
    "en_dec14_berlin",
    "ru_dec14_berlin",
    "ru_witkoff_moscow",
    "ru_witkoff_december",
    "en_witkoff_moscow",
)
_KALLAS = (
    "en_eu_18th",
    "en_eu_17th",
    "ru_kallas_statement",
    "ru_zakharova_briefing_march",
)
_RU_TRAP_CALLAS = ("ru_trap_callas",)
_MEDVEDEV = ("ru_trap_security_council_ru", "en_medvedev_dead_hand")
_MEDVEDEV_TRAPS = ("ru_trap_medvedev_tennis", "en_trap_medvedev_tennis")
_RU_RED_LINES_RYABKOV = ("ru_red_lines_ryabkov",)
_EN_PESKOV_TARIFFS = ("en_peskov_tariffs",)
_SCO_MINUS_TIANJIN = (
    "ru_sco_qingdao",
    "ru_sco_kyrgyz",
    "ru_ushakov_xi",
    "ru_xi_putin_statement",
    "en_sco_astana_2024",
    "ru_sco_astana_2024",
    "en_unsc_hashtag",
    "ru_unsc_presidency",
)
_BRICS_MINUS_KAZAN_TRAPS = (
    "ru_brics_kazan_xi",
    "en_brics_kazan_opening",
    "ru_brics_kazan_declaration",
    "en_brics_kazan_declaration",
    "ru_brics_kazan_guterres",
    "en_brics_kazan_guterres",
    "ru_brics_partners",
    "ru_brics_nizhny",
    "en_trap_bricks",
    "en_mfa_brics",
)
_BRICS_MINUS_KAZAN = tuple(k for k in _BRICS if k not in _BRICS_MINUS_KAZAN_TRAPS)
_RU_SANCTIONS_MINUS_EU_TRAPS = (
    "ru_eu_18th",
    "ru_zakharova_18th",
    "ru_kallas_statement",
    "ru_stop_list",
    "ru_zakharova_briefing_dec4",
)
_EN_SANCTIONS_MINUS_EU_TRAPS = ("en_eu_18th", "en_eu_17th", "en_sanctions_hashtag")
_LAVROV_MINUS_RUBIO_TRAPS = (
    "ru_asean_kl",
    "en_asean_kl",
    "en_ushakov_budapest",
    "ru_lavrov_rubio_ny",
    "en_lavrov_rubio_ny",
    "ru_lavrov_rubio_call",
    "ru_trap_actor_lavrov",
)
_LAVROV_MINUS_RUBIO = tuple(k for k in _LAVROV if k not in _LAVROV_MINUS_RUBIO_TRAPS)
_MODI_MINUS_TIANJIN_TRAPS = ("en_sco_modi_xi", "ru_sco_putin_modi")
_GROSSI_MINUS_ZNPP_TRAPS = (
    "ru_iaea_grossi_zaes",
    "en_iaea_zaporizhzhia",
    "ru_likhachev_zaes",
    "en_grossi_zaes_visit",
)
_CSTO_MINUS_ARMENIA_TRAPS = (
    "ru_csto_bishkek",
    "en_csto_bishkek",
    "ru_csto_pashinyan",
    "en_csto_armenia",
)
_MAY9 = (
    "ru_may9_parade",
    "en_may9_parade",
    "ru_may9_broadcast",
    "ru_may9_2024",
    "en_xi_moscow",
)
_MAY9_TRAPS = ("ru_may19_call", "en_may19_call", "ru_lavrov_fidan_may29")
_MAY9_2025 = ("ru_may9_parade", "en_may9_parade", "ru_may9_broadcast", "en_xi_moscow")
_MAY9_2025_TRAPS = (
    "ru_may9_2024",
    "ru_may19_call",
    "en_may19_call",
    "ru_lavrov_fidan_may29",
)
_DEC4 = (
    "en_osce_vienna",
    "ru_putin_india",
    "en_putin_india",
    "ru_zakharova_briefing_dec4",
)
_DEC4_TRAPS = ("en_zakharova_eu_loan", "en_dec14_berlin", "ru_dec14_berlin")
_DEC14 = ("en_dec14_berlin", "ru_dec14_berlin")
_DEC14_TRAPS = ("ru_putin_india", "en_putin_india")
_SEPT1 = (
    "ru_sco_tianjin_arrival",
    "en_sco_tianjin_summit",
    "ru_sco_tianjin_declaration",
    "en_sco_xinhua",
    "ru_sco_putin_modi",
)
_SEPT1_TRAPS = ("en_trap_sept11", "ru_trap_sept11")
_AUG15 = ("en_alaska", "ru_alaska_kremlin")
_AUG15_TRAPS = ("ru_china_visa_free", "en_china_visa_free")
_OCT22 = (
    "ru_brics_kazan_xi",
    "en_brics_kazan_opening",
    "ru_peskov_budapest",
    "en_us_sanctions_rosneft",
)
_OCT22_TRAPS = (
    "ru_brics_kazan_declaration",
    "en_spirit_anchorage",
    "ru_us_sanctions_rosneft",
)
_JUN12 = ("ru_iaea_board_iran", "en_iaea_board_iran")
_EN_ISTANBUL_JUNE2 = ("en_istanbul_june2",)
_GROSSI = (
    "ru_iaea_grossi_zaes",
    "en_iaea_zaporizhzhia",
    "ru_likhachev_zaes",
    "en_rosatom_likhachev",
    "ru_kursk_npp_grossi",
    "en_fwd_iaea",
    "en_grossi_zaes_visit",
)
_LIKHACHEV = ("ru_likhachev_zaes", "en_rosatom_likhachev", "ru_kursk_npp_grossi")
_GUTERRES_KAZAN = ("ru_brics_kazan_guterres", "en_brics_kazan_guterres")

QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "ШОС",
        _SCO,
        "k1 SCO abbreviation: every post naming SCO in either language or spelling",
        absent=_RU_TRAP_SHOSSE,
    ),
    Labelled("SCO", _SCO, "k1 SCO in Latin: Russian posts with ШОС count too"),
    Labelled(
        "Шанхайская организация сотрудничества",
        _SCO,
        "k1 SCO full Russian name = ШОС = SCO",
        absent=("ru_trap_ballet_zakharova",),
    ),
    Labelled(
        "Shanghai Cooperation Organization",
        _SCO,
        "k1 SCO full name, US spelling; Organisation and ШОС count",
    ),
    Labelled(
        "БРИКС",
        _BRICS,
        "k1 BRICS in Cyrillic, every post in both languages",
        absent=_EN_TRAP_BRICKS,
    ),
    Labelled(
        "BRICS",
        _BRICS,
        "k1 BRICS in Latin, Russian БРИКС counts",
        absent=_EN_TRAP_BRICKS,
    ),
    Labelled("ЕАЭС", _EAEU, "k1 EAEU abbreviation, full names and EAEU count"),
    Labelled("EAEU", _EAEU, "k1 EAEU, Russian ЕАЭС and Евразийский экономический союз count"),
    Labelled(
        "Евразийский экономический союз",
        _EAEU,
        "k1 EAEU full Russian name = ЕАЭС = EAEU",
    ),
    Labelled("ОДКБ", _CSTO, "k1 CSTO abbreviation, both languages"),
    Labelled("CSTO", _CSTO, "k1 CSTO, Russian ОДКБ and the full names count"),
    Labelled("СНГ", _CIS, "k1 CIS abbreviation in Russian"),
    Labelled("CIS", _CIS, "k1 CIS in Latin = СНГ = Commonwealth of Independent States"),
    Labelled("ООН", _UN, "k1 UN in Russian: every post naming the UN in either language"),
    Labelled("United Nations", _UN, "k1 UN full English name, ООН counts"),
    Labelled(
        "СБ ООН",
        _UNSC,
        "k1 UN Security Council; Russia's own Security Council is a trap",
        absent=_UNSC_TRAPS,
    ),
    Labelled(
        "UN Security Council",
        _UNSC,
        "k1 UNSC in English; Russia's Security Council is not it",
        absent=_UNSC_TRAPS,
    ),
    Labelled("МАГАТЭ", _IAEA, "k1 IAEA in Russian, both languages"),
    Labelled("IAEA", _IAEA, "k1 IAEA in Latin, МАГАТЭ counts"),
    Labelled("ОБСЕ", _OSCE, "k1 OSCE in Russian"),
    Labelled(
        "ASEAN",
        _ASEAN,
        "k1 ASEAN in Latin, Association of Southeast Asian Nations counts",
    ),
    Labelled("G20", _G20, "k1 G20 = G-20 = Group of 20 = «Группа двадцати» = «двадцатка»"),
    Labelled("NATO", _NATO, "k1 NATO, НАТО counts"),
    Labelled(
        "Евросоюз",
        (
            "en_lavrov_minsk_conf",
            "ru_ryabkov_iran_nuclear",
            "ru_osce_malta",
            "en_osce_malta",
            "ru_eu_visas_zakharova",
            "en_eu_visas",
            "en_eu_gas_phaseout",
            "ru_eu_18th",
            "en_eu_18th",
            "ru_zakharova_18th",
            "en_eu_17th",
            "ru_kallas_statement",
            "ru_stop_list",
            "en_sanctions_hashtag",
            "ru_zakharova_briefing_dec4",
            "en_zakharova_eu_loan",
            "ru_lavrov_unga",
            "en_lavrov_unga",
        ),
        "k1 EU in Russian: ЕС, Евросоюз, EU, European Union",
    ),
    Labelled(
        "IT",
        ("ru_it_eaeu", "en_india_results", "ru_peskov_digital_trap"),
        "k1 IT abbreviation (ИТ too); the pronoun 'It' is a trap",
        absent=("en_beijing_parade", "en_unsc_2774"),
    ),
    Labelled(
        "саммит БРИКС в Казани",
        (
            "ru_brics_kazan_xi",
            "ru_brics_kazan_declaration",
            "ru_brics_partners",
            "ru_brics_nizhny",
        ),
        "k2 Russian posts with саммит + BRICS + Kazan",
    ),
    Labelled(
        "BRICS summit in Kazan",
        ("en_brics_kazan_opening", "en_brics_kazan_declaration"),
        "k2 English posts with summit + BRICS + Kazan",
    ),
    Labelled(
        "Казанская декларация",
        ("ru_brics_kazan_declaration",),
        "k2 the BRICS Kazan declaration in Russian",
    ),
    Labelled(
        "Kazan Declaration",
        ("en_brics_kazan_declaration", "en_mfa_brics"),
        "k2 the Kazan Declaration; the AP story over the MFA mention",
        first="en_brics_kazan_declaration",
    ),
    Labelled(
        "саммит ШОС в Тяньцзине",
        (
            "ru_sco_tianjin_arrival",
            "ru_sco_tianjin_declaration",
            "ru_sco_putin_modi",
            "ru_sco_cfm_tianjin",
        ),
        "k2 Russian posts with саммит + SCO + Tianjin",
    ),
    Labelled(
        "SCO summit in Tianjin",
        ("en_sco_tianjin_summit", "en_sco_modi_xi", "en_mfa_sco"),
        "k2 English posts with summit + SCO + Tianjin; the Reuters summit story first",
        first="en_sco_tianjin_summit",
    ),
    Labelled(
        "Tianjin Declaration",
        ("en_sco_xinhua",),
        "k2 the SCO Tianjin Declaration in English",
    ),
    Labelled(
        "саммит G20 в Йоханнесбурге",
        ("ru_g20_johannesburg",),
        "k2 Russian posts on the Johannesburg G20 summit",
    ),
    Labelled(
        "G20 summit Johannesburg",
        _EN_G20_JOHANNESBURG,
        "k2 English posts on the Johannesburg G20 summit",
    ),
    Labelled("саммит СНГ в Душанбе", _RU_CIS_DUSHANBE, "k2 CIS summit in Dushanbe, Russian"),
    Labelled(
        "сессия ОДКБ в Бишкеке",
        ("ru_sco_kyrgyz", "ru_csto_bishkek"),
        "k2 CSTO session in Bishkek, Russian",
    ),
    Labelled(
        "CSTO summit Bishkek",
        ("en_csto_bishkek",),
        "k2 CSTO summit in Bishkek, English",
    ),
    Labelled(
        "ЕАЭС Минск",
        _EAEU_MINSK,
        "k2 EAEU + Minsk, both languages; the Minsk agreements are a trap",
        absent=_RU_TRAP_MINSK_AGREEMENTS,
    ),
    Labelled(
        "ОБСЕ Мальта",
        ("ru_osce_malta", "en_osce_malta"),
        "k2 OSCE ministerial in Malta, both languages",
    ),
    Labelled(
        "переговоры в Стамбуле",
        ("ru_lavrov_fidan_may29", "ru_istanbul_talks", "ru_erdogan_istanbul"),
        "k2 Russian posts: переговоры + Istanbul",
    ),
    Labelled(
        "Istanbul talks",
        ("en_istanbul_talks", "en_istanbul_june2"),
        "k2 English posts: talks + Istanbul",
    ),
    Labelled(
        "саммит в Анкоридже",
        ("ru_alaska_ushakov", "ru_peskov_budapest"),
        "k2 Russian posts: саммит + Anchorage",
    ),
    Labelled(
        "Anchorage summit",
        ("en_alaska", "en_spirit_anchorage"),
        "k2 English posts: summit + Anchorage",
    ),
    Labelled(
        "Генассамблея ООН",
        _UNGA,
        "k2 Генассамблея = Генеральная Ассамблея = General Assembly",
    ),
    Labelled("UN General Assembly", _UNGA, "k2 UN General Assembly in English"),
    Labelled(
        "визит Путина в Индию",
        ("ru_putin_india", "ru_zakharova_briefing_dec4"),
        "k2 Russian posts: визит + Putin + India",
    ),
    Labelled(
        "Putin visit to India",
        ("en_putin_india",),
        "k2 English posts: visit + Putin + India",
    ),
    Labelled(
        "визит Лаврова в Минск",
        ("ru_lavrov_minsk_visit",),
        "k2 Lavrov's visit to Minsk; the Minsk agreements post is a trap",
        absent=_RU_TRAP_MINSK_AGREEMENTS,
    ),
    Labelled(
        "встреча Путина и Си Цзиньпина",
        ("ru_brics_kazan_xi", "ru_putin_leaves_beijing"),
        "k2 Russian posts: встреча + Putin + Xi",
    ),
    Labelled(
        "встреча Лаврова с Рубио",
        ("ru_asean_kl", "ru_lavrov_rubio_ny"),
        "k2 Russian posts: встреча + Lavrov + Rubio",
    ),
    Labelled(
        "Казань",
        _KAZAN,
        "k3 Kazan in any case form or language (Казани, Казанская, Kazan)",
    ),
    Labelled("Kazan", _KAZAN, "k3 Kazan in Latin, Russian case forms count"),
    Labelled("Тяньцзинь", _TIANJIN, "k3 Tianjin in Russian"),
    Labelled("Пекин", _BEIJING, "k3 Beijing in Russian"),
    Labelled("из Пекина", _BEIJING, "k3 Beijing typed in the genitive"),
    Labelled(
        "в Минске",
        (
            "ru_eaeu_minsk",
            "en_eaeu_minsk",
            "ru_trap_minsk_agreements",
            "ru_lavrov_minsk_visit",
            "ru_lukashenko_met_lavrov",
            "en_lavrov_minsk_conf",
            "ru_lukashenko_kellogg",
            "en_lukashenka_election",
            "en_csto_drills",
            "en_lukashenko_kellogg",
        ),
        "k3 Minsk in any form (Минские соглашения name the city too)",
    ),
    Labelled(
        "Курск",
        _KURSK,
        "k3 Kursk the city and region; the submarine Kursk is a namesake",
        absent=_KURSK_TRAPS,
    ),
    Labelled(
        "под Курском",
        _KURSK,
        "k3 Kursk typed in the instrumental case",
        absent=_KURSK_TRAPS,
    ),
    Labelled(
        "Kursk",
        _KURSK,
        "k3 Kursk region in Latin; the submarine is a namesake",
        absent=_KURSK_TRAPS,
    ),
    Labelled(
        "Стамбул",
        (
            "ru_grain_one_liner",
            "ru_lavrov_fidan_may29",
            "en_istanbul_talks",
            "ru_istanbul_talks",
            "en_istanbul_june2",
            "en_turkiye_erdogan",
            "ru_erdogan_istanbul",
        ),
        "k3 Istanbul in Russian",
    ),
    Labelled("Анкоридж", _ANCHORAGE, "k3 Anchorage in Russian"),
    Labelled(
        "Аляска",
        (
            "ru_putin_leaves_beijing",
            "en_alaska",
            "ru_alaska_kremlin",
            "ru_lavrov_rubio_ny",
        ),
        "k3 Alaska in Russian",
    ),
    Labelled(
        "Газа",
        _GAZA,
        "k3 Gaza; газа (of gas) is a lower-case homograph trap",
        absent=_RU_TRAP_GAS_GAZA,
    ),
    Labelled("Gaza", _GAZA, "k3 Gaza in Latin", absent=_RU_TRAP_GAS_GAZA),
    Labelled(
        "Грузия",
        _GEORGIA,
        "k3 Georgia the country; the US state is a trap",
        absent=_EN_TRAP_GEORGIA_STATE,
    ),
    Labelled(
        "Georgia",
        _GEORGIA,
        "k3 Georgia the country; Atlanta, Georgia is a trap",
        absent=_EN_TRAP_GEORGIA_STATE,
    ),
    Labelled(
        "Турция",
        _TURKEY,
        "k3 Turkey (Турция, Türkiye, Turkish); the Thanksgiving turkey is a trap",
        absent=_EN_TRAP_TURKEY_PARDON,
    ),
    Labelled(
        "Turkey",
        _TURKEY,
        "k3 Turkey the country; pardoned turkeys are a trap",
        absent=_EN_TRAP_TURKEY_PARDON,
    ),
    Labelled(
        "Того",
        _TOGO,
        "k3 Togo the country; the pronoun «того» is a trap",
        absent=(
            "ru_sco_tianjin_declaration",
            "ru_trap_togo_pronoun",
            "ru_easter_truce",
        ),
    ),
    Labelled(
        "Togo",
        _TOGO,
        "k3 Togo in Latin, Того and Togolese count",
        absent=("ru_trap_togo_pronoun",),
    ),
    Labelled("Мали", _MALI, "k3 Mali; Сомали/Somalia contain the string", absent=_MALI_TRAPS),
    Labelled("Mali", _MALI, "k3 Mali in Latin; Somalia is a trap", absent=_MALI_TRAPS),
    Labelled(
        "Чад",
        _CHAD,
        "k3 Chad the country; чад (fumes) and Chad the first name are traps",
        absent=_CHAD_TRAPS,
    ),
    Labelled("Chad", _CHAD, "k3 Chad the country; Chad Mizelle is a trap", absent=_CHAD_TRAPS),
    Labelled(
        "Vienna",
        (
            "en_iaea_zaporizhzhia",
            "ru_iaea_board_iran",
            "en_iaea_board_iran",
            "en_osce_vienna",
            "ru_zakharova_briefing_dec4",
        ),
        "k3 Vienna, Вена in any case counts",
    ),
    Labelled(
        "санкции",
        _RU_SANCTIONS,
        "k4 санкции: Russian posts, any form (санкций, санкционный)",
    ),
    Labelled("sanctions", _EN_SANCTIONS, "k4 sanctions: English posts, any form (sanctioned)"),
    Labelled(
        "sanctioned",
        _EN_SANCTIONS,
        "k4 the verb form finds every sanctions post in English",
    ),
    Labelled("пошлины", _RU_TARIFFS, "k4 пошлины: Russian posts, any case"),
    Labelled("tariffs", _EN_TARIFFS, "k4 tariffs: English posts, singular or plural"),
    Labelled(
        "зерновая сделка",
        (
            "ru_grain_deal_zakharova",
            "ru_grain_one_liner",
            "ru_zakharova_briefing_march",
        ),
        "k4 зерновая сделка in Russian; the MFA statement first",
        first="ru_grain_deal_zakharova",
    ),
    Labelled("grain deal", _EN_GRAIN, "k4 grain deal in English"),
    Labelled(
        "прекращение огня",
        (
            "ru_likhachev_zaes",
            "ru_thai_cambodia",
            "ru_gaza_ceasefire",
            "ru_guterres_gaza",
            "ru_alaska_ushakov",
        ),
        "k4 прекращение огня in Russian, any case; перемирие is another word",
    ),
    Labelled(
        "ceasefire",
        _EN_CEASEFIRE,
        "k4 ceasefire in English, singular or plural; truce is another word",
    ),
    Labelled(
        "визовый режим",
        ("ru_china_visa_free", "ru_eu_visas_zakharova", "ru_visa_india"),
        "k4 визовый режим in Russian (безвизовый режим counts)",
    ),
    Labelled(
        "visa",
        ("en_china_visa_free", "en_eu_visas"),
        "k4 visa in English: visas, visa-free",
    ),
    Labelled(
        "энергетика",
        (
            "ru_eaeu_minsk",
            "ru_lavrov_chad",
            "ru_energy_truce",
            "ru_power_siberia",
            "ru_ushakov_xi",
            "ru_energy_week",
            "ru_fidan_moscow",
            "ru_xi_putin_statement",
        ),
        "k4 энергетика in Russian, any form (энергетический)",
    ),
    Labelled(
        "energy",
        (
            "en_mali",
            "en_iaea_zaporizhzhia",
            "en_black_sea_riyadh",
            "en_energy_truce",
            "en_power_siberia",
            "en_eu_gas_phaseout",
            "en_fidan_moscow",
            "en_grossi_zaes_visit",
        ),
        "k4 energy in English",
    ),
    Labelled(
        "ядерная программа",
        ("ru_ryabkov_iran_nuclear", "ru_mid_snapback", "ru_araghchi_lavrov"),
        "k4 ядерная программа in Russian, any case",
    ),
    Labelled(
        "nuclear program",
        ("en_iaea_board_iran", "en_iran_strikes", "en_snapback"),
        "k4 US spelling typed, programme counts",
    ),
    Labelled(
        "подписание",
        (
            "ru_sco_tianjin_declaration",
            "ru_trap_minsk_agreements",
            "ru_mali",
            "ru_grain_one_liner",
            "ru_visa_india",
            "ru_power_siberia",
            "ru_putin_india_results",
            "ru_trap_order_ushakov",
            "ru_xi_putin_statement",
        ),
        "k4 подписание: Russian posts with подписали/подписан/подписал",
    ),
    Labelled(
        "подписали соглашение",
        ("ru_trap_minsk_agreements", "ru_mali", "ru_visa_india"),
        "k4 Russian posts with a form of подписать and of соглашение",
    ),
    Labelled(
        "signing",
        (
            "en_sco_xinhua",
            "en_mali",
            "en_trump_kl_asean",
            "en_power_siberia",
            "en_xi_moscow",
            "en_india_results",
        ),
        "k4 signing/signed in English",
    ),
    Labelled(
        "signed agreements",
        ("en_mali", "en_trump_kl_asean", "en_india_results"),
        "k4 English: signed + agreement(s)",
    ),
    Labelled(
        "торговля",
        (
            "ru_eaeu_overchuk",
            "ru_eaeu_iran_fta",
            "ru_asean_overchuk",
            "ru_black_sea_riyadh",
            "ru_trump_india_tariff",
            "ru_peskov_tariffs",
        ),
        "k4 торговля in Russian, any form (торговли, торговых)",
    ),
    Labelled(
        "trade",
        (
            "en_eaeu_minsk",
            "en_eaeu_iran_fta",
            "en_medvedev_dead_hand",
            "en_mali",
            "en_trump_kl_asean",
            "en_black_sea_riyadh",
            "en_trump_india_tariff",
            "en_peskov_tariffs",
            "en_putin_india",
            "en_india_results",
            "en_eaeu_overchuk",
        ),
        "k4 trade in English (traded, trading)",
    ),
    Labelled(
        "перемирие",
        ("ru_easter_truce",),
        "k4 перемирие in Russian only; прекращение огня is another word",
    ),
    Labelled("truce", ("en_easter_truce",), "k4 truce in English; ceasefire is another word"),
    Labelled(
        "US sanctions",
        (
            "en_black_sea_riyadh",
            "en_spirit_anchorage",
            "en_peskov_tariffs",
            "en_us_sanctions_rosneft",
            "en_sanctioned_refinery",
            "en_witkoff_moscow",
        ),
        "k4 English sanctions posts naming the US; 'on us' is a trap",
        absent=_EN_EU_17TH,
    ),
    Labelled(
        "China tariffs",
        ("en_brics_rio", "en_sco_tianjin_summit", "en_sco_modi_xi", "en_china_tariffs"),
        "k4 English tariff posts naming China; fine china is a trap",
        absent=("en_trap_china_tableware",),
    ),
    Labelled(
        "Лавров",
        _LAVROV,
        "k5 Lavrov in any case or language; actor Kirill Lavrov is a namesake",
        absent=_RU_TRAP_ACTOR_LAVROV,
    ),
    Labelled(
        "Лаврова",
        _LAVROV,
        "k5 genitive typed: all Lavrov posts",
        absent=_RU_TRAP_ACTOR_LAVROV,
    ),
    Labelled(
        "Sergey Lavrov",
        _LAVROV,
        "k5 Lavrov with AP spelling; Sergei and С.В.Лавров count",
        absent=_RU_TRAP_ACTOR_LAVROV,
    ),
    Labelled(
        "Захарова",
        _ZAKHAROVA,
        "k5 Maria Zakharova; the ballerina Svetlana Zakharova is a namesake",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled("Zakharova", _ZAKHAROVA, "k5 Zakharova in Latin", absent=_ZAKHAROVA_TRAPS),
    Labelled(
        "Песков",
        _PESKOV,
        "k5 Kremlin spokesman; the digital envoy Dmitry Peskov is a namesake",
        absent=_RU_PESKOV_DIGITAL_TRAP,
    ),
    Labelled(
        "Дмитрий Песков",
        _PESKOV,
        "k5 full name shared by the namesake, who is a trap",
        absent=_RU_PESKOV_DIGITAL_TRAP,
    ),
    Labelled(
        "Ушаков",
        (
            "en_brics_partners",
            "en_cis_next",
            "ru_alaska_kremlin",
            "ru_alaska_ushakov",
            "en_ushakov_budapest",
            "ru_ushakov_xi",
            "ru_witkoff_moscow",
            "ru_witkoff_december",
        ),
        "k5 Yuri Ushakov; the Order of Ushakov is a trap",
        absent=("ru_trap_order_ushakov",),
    ),
    Labelled("Небензя", _NEBENZIA, "k5 Nebenzia, declined Небензи and Nebenzya count"),
    Labelled("Nebenzia", _NEBENZIA, "k5 Nebenzia in Latin, TASS spelling Nebenzya counts"),
    Labelled("Гутерриш", _GUTERRES, "k5 Guterres: Гутерриш, Гутерреш, Guterres"),
    Labelled("Guterres", _GUTERRES, "k5 Guterres in Latin"),
    Labelled(
        "Ван И",
        _WANG_YI,
        "k5 Wang Yi; Wang Yidi the table tennis player is a trap",
        absent=_EN_TRAP_WANG_YIDI,
    ),
    Labelled("Wang Yi", _WANG_YI, "k5 Wang Yi in Latin", absent=_EN_TRAP_WANG_YIDI),
    Labelled(
        "Си Цзиньпин",
        (
            "ru_brics_kazan_xi",
            "en_brics_kazan_opening",
            "en_brics_rio",
            "en_sco_tianjin_summit",
            "en_sco_xinhua",
            "en_sco_modi_xi",
            "en_beijing_parade",
            "ru_putin_leaves_beijing",
            "en_sco_cfm_tianjin",
            "en_china_visa_free",
            "ru_ushakov_xi",
            "ru_may9_parade",
            "en_may9_parade",
            "en_xi_moscow",
            "ru_lavrov_wangyi_call",
            "ru_xi_putin_statement",
            "en_sco_astana_2024",
        ),
        "k5 Xi Jinping in any form",
    ),
    Labelled(
        "Лукашенко",
        _LUKASHENKO,
        "k5 Lukashenko (Lukashenka counts); envoy Лукашевич is a near-miss",
        absent=("ru_osce_oneliner",),
    ),
    Labelled(
        "Lukashenko",
        _LUKASHENKO,
        "k5 Lukashenko in Latin, Belarusian spelling Lukashenka counts",
    ),
    Labelled("Уиткофф", _WITKOFF, "k5 Witkoff: Уиткофф, Виткофф, Witkoff"),
    Labelled(
        "Каллас",
        _KALLAS,
        "k5 Kaja Kallas; Maria Callas (Мария Каллас) is a trap",
        absent=_RU_TRAP_CALLAS,
    ),
    Labelled("Kallas", _KALLAS, "k5 Kallas in Latin", absent=_RU_TRAP_CALLAS),
    Labelled(
        "Медведев",
        _MEDVEDEV,
        "k5 Dmitry Medvedev; tennis player Daniil Medvedev is a namesake",
        absent=_MEDVEDEV_TRAPS,
    ),
    Labelled("Medvedev", _MEDVEDEV, "k5 Dmitry Medvedev in Latin", absent=_MEDVEDEV_TRAPS),
    Labelled(
        "Araghchi",
        ("en_snapback", "ru_araghchi_lavrov", "en_araqchi_moscow"),
        "k5 Araghchi in Latin, Reuters Araqchi counts",
    ),
    Labelled(
        "Рябков",
        (
            "ru_ryabkov_iran_nuclear",
            "en_red_lines_ryabkov",
            "ru_red_lines_ryabkov",
            "ru_ryabkov_start",
            "en_ryabkov_start",
        ),
        "k5 Sergei Ryabkov",
    ),
    Labelled(
        "Zelensky",
        (
            "en_dec14_berlin",
            "ru_dec14_berlin",
            "en_turkiye_erdogan",
            "en_peskov_oneliner",
        ),
        "k5 Zelensky: Zelenskiy, Зеленский",
    ),
    Labelled(
        '"жёсткий ответ"',
        ("ru_zakharova_hard_answer", "ru_peskov_hard_answer"),
        "k6 the phrase, е or ё; the two words apart in other senses are a trap",
        absent=("ru_trap_hard_words",),
    ),
    Labelled(
        '"red lines"',
        ("en_red_lines_peskov", "en_red_lines_ryabkov"),
        "k6 the phrase red lines; Red Sea ... container lines is a trap",
        absent=("en_trap_red_sea",),
    ),
    Labelled(
        "«красные линии»",
        _RU_RED_LINES_RYABKOV,
        "k6 красные линии as a figure of speech; the metro red line is a trap",
        absent=("ru_trap_red_metro",),
    ),
    Labelled(
        "«дух Анкориджа»",
        ("ru_lavrov_spirit",),
        "k6 the phrase; духе ... Анкоридже apart is a trap",
        absent=("ru_peskov_budapest",),
    ),
    Labelled('"spirit of Anchorage"', ("en_spirit_anchorage",), "k6 the English phrase"),
    Labelled('"just peace"', ("en_brics_kazan_guterres",), "k6 Guterres' phrase in Kazan"),
    Labelled('"shadow fleet"', _EN_EU_17TH, "k6 English phrase"),
    Labelled(
        "«теневой флот»",
        ("ru_eu_18th",),
        "k6 Russian phrase in another case (теневого флота)",
    ),
    Labelled('"maximum pressure"', ("en_sanctioned_refinery",), "k6 English phrase"),
    Labelled("«зеркальные пошлины»", ("ru_peskov_tariffs",), "k6 Russian phrase"),
    Labelled('"reciprocal tariffs"', _EN_PESKOV_TARIFFS, "k6 English phrase"),
    Labelled('"partners, not rivals"', ("en_sco_modi_xi",), "k6 quoted phrase from Tianjin"),
    Labelled(
        "«тысяча на тысячу»",
        ("ru_istanbul_talks",),
        "k6 the prisoner-swap formula in Russian",
    ),
    Labelled(
        '"1,000-for-1,000"',
        ("en_istanbul_talks",),
        "k6 the prisoner-swap formula in English",
    ),
    Labelled(
        "«Сила Сибири – 2»",
        ("ru_power_siberia", "ru_ushakov_xi"),
        "k6 the pipeline name; the Gazprom deal first",
        first="ru_power_siberia",
    ),
    Labelled('"Power of Siberia 2"', ("en_power_siberia",), "k6 the pipeline name in English"),
    Labelled('"decisive response"', ("en_lavrov_unga",), "k6 Lavrov at the UN, English"),
    Labelled("«решительный ответ»", ("ru_lavrov_unga",), "k6 Lavrov at the UN, Russian"),
    Labelled(
        '"no deal until there\'s a deal"',
        ("en_alaska",),
        "k6 Trump's line in Anchorage",
    ),
    Labelled('"reparations loan"', ("en_zakharova_eu_loan",), "k6 EU plan for frozen assets"),
    Labelled(
        "«майданный сценарий»",
        ("ru_georgia_zakharova",),
        "k6 phrase in another case (по «майданному» сценарию)",
    ),
    Labelled('"Dead Hand"', ("en_medvedev_dead_hand",), "k6 Medvedev's reference"),
    Labelled(
        "«антиамериканской политике»",
        ("ru_brics_rio_peskov",),
        "k6 Trump's words in Russian",
    ),
    Labelled(
        '"Anti-American policies"',
        ("en_brics_trump_tariff",),
        "k6 Trump's words in English",
    ),
    Labelled(
        "ШОС -Тяньцзинь",
        _SCO_MINUS_TIANJIN,
        "k7 SCO posts that do not name Tianjin",
        absent=_TIANJIN,
    ),
    Labelled(
        "SCO -Tianjin",
        _SCO_MINUS_TIANJIN,
        "k7 SCO without Tianjin, the same in Latin",
        absent=_TIANJIN,
    ),
    Labelled(
        "БРИКС -Казань",
        _BRICS_MINUS_KAZAN,
        "k7 BRICS posts that do not name Kazan",
        absent=_BRICS_MINUS_KAZAN_TRAPS,
    ),
    Labelled(
        "BRICS -Kazan",
        _BRICS_MINUS_KAZAN,
        "k7 BRICS without Kazan in Latin",
        absent=_BRICS_MINUS_KAZAN_TRAPS,
    ),
    Labelled(
        "санкции -ЕС",
        (
            "ru_brics_kazan_declaration",
            "ru_mid_snapback",
            "ru_peskov_tariffs",
            "ru_us_sanctions_rosneft",
        ),
        "k7 Russian sanctions posts not naming the EU",
        absent=_RU_SANCTIONS_MINUS_EU_TRAPS,
    ),
    Labelled(
        "sanctions -EU",
        (
            "en_brics_kazan_declaration",
            "en_medvedev_dead_hand",
            "en_snapback",
            "en_black_sea_riyadh",
            "en_spirit_anchorage",
            "en_peskov_tariffs",
            "en_us_sanctions_rosneft",
            "en_sanctioned_refinery",
            "en_witkoff_moscow",
        ),
        "k7 English sanctions posts not naming the EU",
        absent=_EN_SANCTIONS_MINUS_EU_TRAPS,
    ),
    Labelled(
        "ceasefire -Gaza",
        (
            "en_guterres_sudan_chad",
            "en_iaea_zaporizhzhia",
            "en_asean_kl",
            "en_thai_cambodia",
            "en_trump_kl_asean",
            "en_energy_truce",
            "en_india_pakistan",
            "en_alaska",
            "en_may19_call",
            "en_istanbul_talks",
            "en_istanbul_june2",
            "en_witkoff_moscow",
            "en_nebenzia_repost",
        ),
        "k7 English ceasefire posts not naming Gaza",
        absent=(
            "en_brics_kazan_guterres",
            "en_gaza_ceasefire",
            "en_trap_red_sea",
            "en_gaza_guterres",
        ),
    ),
    Labelled(
        "прекращение огня -Газа",
        ("ru_likhachev_zaes", "ru_thai_cambodia", "ru_alaska_ushakov"),
        "k7 Russian ceasefire posts not naming Gaza",
        absent=("ru_gaza_ceasefire", "ru_guterres_gaza"),
    ),
    Labelled(
        "Лавров -Рубио",
        _LAVROV_MINUS_RUBIO,
        "k7 Lavrov posts not naming Rubio",
        absent=_LAVROV_MINUS_RUBIO_TRAPS,
    ),
    Labelled(
        "Lavrov -Rubio",
        _LAVROV_MINUS_RUBIO,
        "k7 same in Latin",
        absent=_LAVROV_MINUS_RUBIO_TRAPS,
    ),
    Labelled(
        "МАГАТЭ -Иран",
        (
            "ru_iaea_grossi_zaes",
            "en_iaea_zaporizhzhia",
            "ru_likhachev_zaes",
            "en_rosatom_likhachev",
            "ru_kursk_npp_grossi",
            "en_grossi_zaes_visit",
        ),
        "k7 IAEA posts not naming Iran",
        absent=(
            "ru_iaea_board_iran",
            "en_iaea_board_iran",
            "en_fwd_iaea",
            "ru_ryabkov_iran_nuclear",
            "ru_mid_snapback",
            "ru_iaea_oneliner",
        ),
    ),
    Labelled(
        "Моди -Тяньцзинь",
        (
            "en_brics_kazan_opening",
            "ru_putin_india",
            "en_putin_india",
            "en_india_results",
        ),
        "k7 Modi posts not naming Tianjin",
        absent=_MODI_MINUS_TIANJIN_TRAPS,
    ),
    Labelled(
        "Минск -соглашения",
        (
            "ru_eaeu_minsk",
            "en_eaeu_minsk",
            "ru_lavrov_minsk_visit",
            "ru_lukashenko_met_lavrov",
            "en_lavrov_minsk_conf",
            "ru_lukashenko_kellogg",
            "en_lukashenka_election",
            "en_csto_drills",
            "en_lukashenko_kellogg",
        ),
        "k7 Minsk posts without соглашения: the Minsk agreements go",
        absent=_RU_TRAP_MINSK_AGREEMENTS,
    ),
    Labelled(
        "Захарова -балерина",
        _ZAKHAROVA,
        "k7 the spokeswoman; the ballerina is excluded twice over",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled(
        "Georgia -Atlanta",
        _GEORGIA,
        "k7 Georgia the country, the Atlanta story excluded",
        absent=_EN_TRAP_GEORGIA_STATE,
    ),
    Labelled(
        "Rubio -Ukraine",
        ("ru_asean_kl", "en_ushakov_budapest", "ru_lavrov_rubio_call"),
        "k7 Rubio posts not naming Ukraine",
        absent=("en_asean_kl", "ru_lavrov_rubio_ny", "en_lavrov_rubio_ny"),
    ),
    Labelled(
        "Си Цзиньпин -ШОС",
        (
            "ru_brics_kazan_xi",
            "en_brics_kazan_opening",
            "en_brics_rio",
            "en_beijing_parade",
            "ru_putin_leaves_beijing",
            "en_china_visa_free",
            "ru_may9_parade",
            "en_may9_parade",
            "en_xi_moscow",
            "ru_lavrov_wangyi_call",
        ),
        "k7 Xi posts not naming the SCO",
        absent=(
            "en_sco_tianjin_summit",
            "en_sco_xinhua",
            "en_sco_modi_xi",
            "en_sco_cfm_tianjin",
            "ru_ushakov_xi",
            "ru_xi_putin_statement",
            "en_sco_astana_2024",
        ),
    ),
    Labelled(
        "СБ ООН -Украина",
        (
            "ru_brics_kazan_declaration",
            "en_brics_kazan_declaration",
            "en_unsc_gaza",
            "ru_unsc_gaza",
            "en_nebenzya_tass",
            "en_iaea_board_iran",
            "ru_mid_snapback",
            "en_unsc_hashtag",
            "ru_unsc_presidency",
        ),
        "k7 UNSC posts not naming Ukraine",
        absent=(
            "ru_unsc_2774",
            "en_unsc_2774",
            "ru_trap_security_council_ru",
            "en_trap_security_council_ru",
            "en_medvedev_dead_hand",
            "en_nebenzia_repost",
        ),
    ),
    Labelled(
        "G20 -Johannesburg",
        ("ru_g20_rio_lavrov", "en_g20_rio", "ru_g20_oneliner", "en_g20_oneliner"),
        "k7 G20 posts not naming Johannesburg",
        absent=("en_g20_johannesburg", "ru_g20_johannesburg"),
    ),
    Labelled(
        "Гросси -Запорожская",
        ("en_rosatom_likhachev", "ru_kursk_npp_grossi", "en_fwd_iaea"),
        "k7 Grossi posts not about the Zaporizhzhia plant",
        absent=_GROSSI_MINUS_ZNPP_TRAPS,
    ),
    Labelled(
        "ОДКБ -Армения",
        (
            "ru_sco_kyrgyz",
            "en_csto_drills",
            "ru_csto_oneliner",
            "en_unsc_hashtag",
            "ru_unsc_presidency",
        ),
        "k7 CSTO posts not naming Armenia",
        absent=_CSTO_MINUS_ARMENIA_TRAPS,
    ),
    Labelled(
        "Песков -Трамп",
        (
            "ru_sco_putin_modi",
            "en_spirit_anchorage",
            "ru_peskov_budapest",
            "ru_peskov_tariffs",
            "ru_erdogan_istanbul",
            "ru_peskov_hard_answer",
            "en_red_lines_peskov",
            "en_peskov_oneliner",
        ),
        "k7 Peskov posts not naming Trump",
        absent=(
            "ru_brics_rio_peskov",
            "en_ushakov_budapest",
            "ru_trump_india_tariff",
            "en_peskov_tariffs",
            "ru_peskov_digital_trap",
            "ru_peskov_oneliner",
            "ru_gaza_trump_plan",
        ),
    ),
    Labelled(
        "Курск -лодка",
        _KURSK,
        "k7 Kursk posts; the submarine story excluded",
        absent=_KURSK_TRAPS,
    ),
    Labelled(
        "tariffs -India",
        (
            "en_brics_rio",
            "en_brics_trump_tariff",
            "en_eaeu_iran_fta",
            "en_peskov_tariffs",
            "en_china_tariffs",
            "en_trap_china_tableware",
        ),
        "k7 English tariff posts not naming India",
        absent=(
            "en_sco_tianjin_summit",
            "en_sco_modi_xi",
            "en_trump_india_tariff",
            "en_putin_india",
        ),
    ),
    Labelled(
        "9 мая",
        _MAY9,
        "k8 9 May in words or figures, either language, any year",
        absent=_MAY9_TRAPS,
    ),
    Labelled(
        "May 9",
        _MAY9,
        "k8 May 9 in English finds Russian 9 мая and 09.05",
        absent=_MAY9_TRAPS,
    ),
    Labelled(
        "09.05.2025",
        _MAY9_2025,
        "k8 figures with a year: 2025 posts only",
        absent=_MAY9_2025_TRAPS,
    ),
    Labelled("9 мая 2025", _MAY9_2025, "k8 9 May 2025 in words", absent=_MAY9_2025_TRAPS),
    Labelled("9 мая 2024", ("ru_may9_2024",), "k8 the 2024 parade only", absent=_MAY9_2025),
    Labelled(
        "4 декабря",
        _DEC4,
        "k8 4 December; 14 and 3 December are near misses",
        absent=_DEC4_TRAPS,
    ),
    Labelled("Dec 4", _DEC4, "k8 Dec 4 / Dec. 4 / 4 декабря", absent=_DEC4_TRAPS),
    Labelled("04.12.2025", _DEC4, "k8 figures for 4 December 2025", absent=_DEC4_TRAPS),
    Labelled(
        "14 декабря",
        _DEC14,
        "k8 14 December; 4 December is a near miss",
        absent=_DEC14_TRAPS,
    ),
    Labelled("Dec 14", _DEC14, "k8 Dec 14 in English", absent=_DEC14_TRAPS),
    Labelled(
        "1 сентября",
        _SEPT1,
        "k8 1 September (1 сен, Sept. 1); 11 September is a near miss",
        absent=_SEPT1_TRAPS,
    ),
    Labelled("Sept 1", _SEPT1, "k8 Sept 1 in English", absent=_SEPT1_TRAPS),
    Labelled(
        "15 августа",
        _AUG15,
        "k8 15 August; 15 September is a near miss",
        absent=_AUG15_TRAPS,
    ),
    Labelled("August 15", _AUG15, "k8 August 15 = Aug. 15 = 15 августа", absent=_AUG15_TRAPS),
    Labelled(
        "22 октября",
        _OCT22,
        "k8 22 October, any year; 23 October is a near miss",
        absent=_OCT22_TRAPS,
    ),
    Labelled("Oct 22", _OCT22, "k8 Oct 22 in English", absent=_OCT22_TRAPS),
    Labelled(
        "Oct 22, 2025",
        ("ru_peskov_budapest", "en_us_sanctions_rosneft"),
        "k8 typed year: the 2024 Kazan posts go",
        absent=(
            "ru_brics_kazan_xi",
            "en_brics_kazan_opening",
            "ru_brics_kazan_declaration",
            "en_spirit_anchorage",
            "ru_us_sanctions_rosneft",
        ),
    ),
    Labelled(
        "12 июня",
        _JUN12,
        "k8 12 June; 2 June is a near miss",
        absent=_EN_ISTANBUL_JUNE2,
    ),
    Labelled("June 12", _JUN12, "k8 June 12 in English", absent=_EN_ISTANBUL_JUNE2),
    Labelled(
        "24 февраля",
        ("ru_unsc_2774", "en_unsc_2774", "ru_unga_vote"),
        "k8 24 February in either language",
    ),
    Labelled(
        "1 января 2025",
        ("ru_brics_partners", "en_brics_partners", "ru_trap_gas_gaza"),
        "k8 1 January 2025 in either language",
    ),
    Labelled("3 апреля", ("ru_peskov_tariffs", "en_peskov_tariffs"), "k8 3 April"),
    Labelled("16 мая", ("en_istanbul_talks", "ru_istanbul_talks"), "k8 16 May"),
    Labelled(
        "19 мая",
        ("ru_may19_call", "en_may19_call"),
        "k8 19 May; 9 May is a different day",
        absent=("ru_may9_parade", "en_may9_parade"),
    ),
    Labelled("26 декабря", ("ru_cis_spb", "en_cis_spb"), "k8 26 December"),
    Labelled("#ШОС", _SCO, "k9 hashtag means the organisation", absent=_RU_TRAP_SHOSSE),
    Labelled("#SCO", _SCO, "k9 hashtag in Latin"),
    Labelled("#BRICS", _BRICS, "k9 hashtag, Russian БРИКС counts", absent=_EN_TRAP_BRICKS),
    Labelled("#БРИКС", _BRICS, "k9 Cyrillic hashtag"),
    Labelled("#Лавров", _LAVROV, "k9 hashtag of a person", absent=_RU_TRAP_ACTOR_LAVROV),
    Labelled("#санкции", _RU_SANCTIONS, "k9 hashtag of a topic: Russian posts only"),
    Labelled("#sanctions", _EN_SANCTIONS, "k9 hashtag of a topic: English posts only"),
    Labelled("#ОДКБ", _CSTO, "k9 hashtag of an organisation"),
    Labelled("#МАГАТЭ", _IAEA, "k9 hashtag of an organisation"),
    Labelled("#ASEAN", _ASEAN, "k9 hashtag of an organisation"),
    Labelled("#G20", _G20, "k9 hashtag of G20"),
    Labelled("#UNSC", _UNSC, "k9 hashtag of the UN Security Council", absent=_UNSC_TRAPS),
    Labelled("#Казань", _KAZAN, "k9 hashtag of a city"),
    Labelled("#Tianjin", _TIANJIN, "k9 hashtag of a city"),
    Labelled("#9мая", _MAY9, "k9 hashtag of a date", absent=_MAY9_TRAPS),
    Labelled("шос", _SCO, "k9 lower case; шоссе is a trap", absent=_RU_TRAP_SHOSSE),
    Labelled("brics", _BRICS, "k9 lower case; bricks is a trap", absent=_EN_TRAP_BRICKS),
    Labelled("оон", _UN, "k9 lower case UN"),
    Labelled("магатэ", _IAEA, "k9 lower case IAEA"),
    Labelled("iaea", _IAEA, "k9 lower case IAEA in Latin"),
    Labelled("osce", _OSCE, "k9 lower case OSCE"),
    Labelled("asean", _ASEAN, "k9 lower case ASEAN"),
    Labelled("лавров", _LAVROV, "k9 lower-case surname", absent=_RU_TRAP_ACTOR_LAVROV),
    Labelled(
        "песков",
        _PESKOV,
        "k9 lower-case surname; the namesake is a trap",
        absent=_RU_PESKOV_DIGITAL_TRAP,
    ),
    Labelled("нато", _NATO, "k9 lower case NATO"),
    Labelled("Лаврв", _LAVROV, "k10 dropped letter in Лавров", absent=_RU_TRAP_ACTOR_LAVROV),
    Labelled("Захрова", _ZAKHAROVA, "k10 dropped letter in Захарова", absent=_ZAKHAROVA_TRAPS),
    Labelled(
        "Zakharva",
        _ZAKHAROVA,
        "k10 dropped letter in Zakharova",
        absent=_ZAKHAROVA_TRAPS,
    ),
    Labelled("Пескв", _PESKOV, "k10 dropped letter in Песков", absent=_RU_PESKOV_DIGITAL_TRAP),
    Labelled("Гутериш", _GUTERRES, "k10 single р in Гутерриш"),
    Labelled("Gutteres", _GUTERRES, "k10 doubled wrong letter in Guterres"),
    Labelled("Небезя", _NEBENZIA, "k10 dropped letter in Небензя"),
    Labelled("Grosi", _GROSSI, "k10 single s in Grossi"),
    Labelled("Lukashneko", _LUKASHENKO, "k10 swapped letters in Lukashenko"),
    Labelled("Witkof", _WITKOFF, "k10 single f in Witkoff"),
    Labelled("Тяньзинь", _TIANJIN, "k10 misspelt Тяньцзинь"),
    Labelled("Tianjing", _TIANJIN, "k10 common misspelling of Tianjin"),
    Labelled("Shangai Cooperation Organisation", _SCO, "k10 Shanghai misspelt"),
    Labelled(
        "BRICKS",
        _BRICS,
        "k10 BRICS typed as BRICKS; the bricks story is a trap",
        absent=_EN_TRAP_BRICKS,
    ),
    Labelled("МАГАТЕ", _IAEA, "k10 Е for Э in МАГАТЭ"),
    Labelled("ОДБК", _CSTO, "k10 swapped letters in ОДКБ"),
    Labelled("sanctons", _EN_SANCTIONS, "k10 dropped letter in sanctions"),
    Labelled("санкцыи", _RU_SANCTIONS, "k10 ы for и in санкции"),
    Labelled("ceasfire", _EN_CEASEFIRE, "k10 dropped letter in ceasefire"),
    Labelled("tarrifs", _EN_TARIFFS, "k10 doubled r in tariffs"),
    Labelled("пошлны", _RU_TARIFFS, "k10 dropped letter in пошлины"),
    Labelled("Anchorege", _ANCHORAGE, "k10 misspelt Anchorage"),
    Labelled("Моди Тянцзинь", _MODI_MINUS_TIANJIN_TRAPS, "k10 Modi + misspelt Tianjin"),
    Labelled("grian deal", _EN_GRAIN, "k10 swapped letters in grain"),
    Labelled(
        "Эрдоган Стамбл",
        ("en_turkiye_erdogan", "ru_erdogan_istanbul"),
        "k10 Erdogan + misspelt Istanbul",
    ),
    Labelled(
        "объем торговли",
        ("ru_eaeu_overchuk", "ru_eaeu_iran_fta"),
        "k11 объем typed without ё finds объём too",
    ),
    Labelled("Лихачев", _LIKHACHEV, "k11 Лихачев typed with е"),
    Labelled("Лихачев МАГАТЭ", _LIKHACHEV, "k11 е for ё plus an organisation"),
    Labelled(
        "жесткий ответ",
        (
            "ru_trap_security_council_ru",
            "ru_zakharova_hard_answer",
            "ru_peskov_hard_answer",
            "ru_zakharova_nato",
            "ru_trap_hard_words",
        ),
        "k11 unquoted and without ё: both words anywhere, any form",
    ),
    Labelled(
        "Черное море",
        ("ru_black_sea_riyadh",),
        "k11 Черное typed with е, Чёрном море counts",
    ),
    Labelled(
        "провел переговоры",
        (
            "ru_brics_kazan_xi",
            "ru_brics_nizhny",
            "ru_sco_kyrgyz",
            "ru_csto_bishkek",
            "ru_lavrov_chad",
            "ru_lavrov_togo",
            "ru_mali",
            "ru_araghchi_lavrov",
            "ru_lavrov_fidan_may29",
            "ru_dec14_berlin",
            "ru_istanbul_talks",
            "ru_fidan_moscow",
        ),
        "k11 провел typed with е finds провёл",
    ),
    Labelled("самолет AZAL", _RU_CIS_DUSHANBE, "k11 самолет with е; самолётом counts"),
    Labelled(
        "четырехдневный визит",
        ("ru_putin_leaves_beijing",),
        "k11 е for ё in a compound",
    ),
    Labelled("ДСНВ еще год", ("ru_ryabkov_start",), "k11 еще typed for ещё"),
    Labelled(
        "Лавров SCO",
        ("ru_sco_cfm_tianjin", "en_sco_cfm_tianjin", "ru_sco_kyrgyz", "en_mfa_sco"),
        "k11 mixed script: person in Cyrillic, organisation in Latin",
        absent=_RU_TRAP_ACTOR_LAVROV,
    ),
    Labelled(
        "Putin Тяньцзинь",
        ("ru_sco_tianjin_arrival", "ru_sco_putin_modi"),
        "k11 mixed script: person and place",
    ),
    Labelled("BRICS Казань", _KAZAN, "k11 mixed script: organisation and city"),
    Labelled(
        "ЕАЭС Minsk",
        _EAEU_MINSK,
        "k11 mixed script: EAEU and Minsk",
        absent=_RU_TRAP_MINSK_AGREEMENTS,
    ),
    Labelled("Guterres Казань", _GUTERRES_KAZAN, "k11 mixed script: person and city"),
    Labelled("IAEA Гросси", _GROSSI, "k11 mixed script: organisation and person"),
    Labelled(
        "sanctions ЕС",
        _EN_SANCTIONS_MINUS_EU_TRAPS,
        "k11 English topic word + EU in Cyrillic: English posts",
    ),
    Labelled(
        "санкции EU",
        _RU_SANCTIONS_MINUS_EU_TRAPS,
        "k11 Russian topic word + EU in Latin: Russian posts",
    ),
    Labelled("Nebenzia СБ ООН", _NEBENZIA, "k11 mixed script: person and body"),
    Labelled(
        "Witkoff Кремль",
        ("ru_witkoff_moscow", "ru_witkoff_december", "en_witkoff_moscow"),
        "k11 mixed script: envoy and Kremlin",
    ),
    Labelled(
        "ОДКБ Bishkek",
        ("ru_sco_kyrgyz", "ru_csto_bishkek", "en_csto_bishkek"),
        "k11 mixed script: organisation and city",
    ),
    Labelled(
        "ASEAN Рубио",
        ("ru_asean_kl", "en_asean_kl"),
        "k11 mixed script: organisation and person",
    ),
    Labelled(
        "Modi Путин",
        (
            "en_brics_kazan_opening",
            "ru_sco_putin_modi",
            "ru_putin_india",
            "en_putin_india",
            "en_india_results",
        ),
        "k11 mixed script: two leaders",
    ),
    Labelled(
        "Xi Пекин",
        (
            "en_beijing_parade",
            "ru_putin_leaves_beijing",
            "en_sco_cfm_tianjin",
            "en_china_visa_free",
            "ru_ushakov_xi",
        ),
        "k11 mixed script: leader and city",
    ),
    Labelled(
        "tariffs Песков",
        _EN_PESKOV_TARIFFS,
        "k11 English topic word + Cyrillic surname: English posts",
        absent=_RU_PESKOV_DIGITAL_TRAP,
    ),
    Labelled(
        "что сказал Песков о пошлинах",
        ("ru_brics_rio_peskov", "ru_trump_india_tariff", "ru_peskov_tariffs"),
        "k12 question: Peskov + пошлины (Russian posts)",
        absent=_RU_PESKOV_DIGITAL_TRAP,
    ),
    Labelled(
        "what did Peskov say about tariffs",
        _EN_PESKOV_TARIFFS,
        "k12 question: Peskov + tariffs (English posts)",
    ),
    Labelled(
        "что Захарова говорила о санкциях",
        (
            "ru_zakharova_18th",
            "ru_us_sanctions_rosneft",
            "ru_kallas_statement",
            "ru_zakharova_briefing_dec4",
        ),
        "k12 question: Zakharova + санкции",
    ),
    Labelled(
        "what did Lavrov say about NATO",
        ("en_lavrov_minsk_conf", "ru_osce_malta", "ru_lavrov_unga", "en_lavrov_unga"),
        "k12 question: Lavrov + NATO, both entities cross languages",
    ),
    Labelled(
        "где прошёл саммит ШОС",
        (
            "ru_sco_tianjin_arrival",
            "ru_sco_tianjin_declaration",
            "ru_sco_putin_modi",
            "ru_sco_cfm_tianjin",
            "ru_ushakov_xi",
            "ru_xi_putin_statement",
            "ru_sco_astana_2024",
        ),
        "k12 question: саммит + SCO (Russian posts)",
    ),
    Labelled(
        "where was the SCO summit held",
        ("en_sco_tianjin_summit", "en_sco_modi_xi", "en_mfa_sco", "en_sco_astana_2024"),
        "k12 question: summit + SCO (English posts)",
    ),
    Labelled(
        "кто возглавлял делегацию на саммите G20",
        ("ru_g20_johannesburg", "ru_g20_rio_lavrov"),
        "k12 question: делегация + саммит + G20",
    ),
    Labelled(
        "who represented Russia at the G20 in Johannesburg",
        _EN_G20_JOHANNESBURG,
        "k12 question: represented + Russia + G20 + Johannesburg",
    ),
    Labelled(
        "когда безвизовый режим с Китаем",
        ("ru_china_visa_free",),
        "k12 question: безвизовый режим + China",
    ),
    Labelled(
        "when can Russians enter China without a visa",
        ("en_china_visa_free",),
        "k12 question: Russians + China + enter + visa",
    ),
    Labelled(
        "сколько длились переговоры Путина и Си",
        (
            "ru_brics_kazan_xi",
            "ru_putin_leaves_beijing",
            "ru_ushakov_xi",
            "ru_xi_putin_statement",
        ),
        "k12 question: переговоры + Putin + Xi",
    ),
    Labelled(
        "что решили в Тяньцзине",
        _TIANJIN,
        "k12 question about a place: every Tianjin post",
    ),
    Labelled(
        "почему Армения не участвует в ОДКБ",
        _CSTO_MINUS_ARMENIA_TRAPS,
        "k12 question: Armenia + CSTO",
    ),
    Labelled(
        "why did Russia quit the grain deal",
        _EN_GRAIN,
        "k12 question: Russia + grain deal",
    ),
    Labelled(
        "what did Guterres say in Kazan",
        _GUTERRES_KAZAN,
        "k12 question: Guterres + Kazan",
    ),
    Labelled(
        "что сказал Гросси о Запорожской АЭС",
        _GROSSI_MINUS_ZNPP_TRAPS,
        "k12 question: Grossi + Zaporizhzhia NPP; his own visit first",
        first="ru_iaea_grossi_zaes",
    ),
    Labelled(
        "what did Nebenzia say about Gaza",
        ("en_unsc_gaza", "ru_unsc_gaza"),
        "k12 question: Nebenzia + Gaza",
    ),
    Labelled(
        "кто такая Кая Каллас",
        _KALLAS,
        "k12 question about a person; Maria Callas is a trap",
        absent=_RU_TRAP_CALLAS,
    ),
    Labelled(
        "when did Trump and Putin meet in Alaska",
        ("ru_putin_leaves_beijing", "en_alaska", "ru_alaska_kremlin"),
        "k12 question: Trump + Putin + Alaska",
    ),
    Labelled(
        "что Рябков говорил о красных линиях",
        _RU_RED_LINES_RYABKOV,
        "k12 question: Ryabkov + красные линии",
    ),
    Labelled(
        "what did Ryabkov say about red lines",
        ("en_red_lines_ryabkov",),
        "k12 question: Ryabkov + red lines",
    ),
    Labelled(
        "какие санкции ввели против Роснефти",
        ("ru_us_sanctions_rosneft",),
        "k12 question: санкции + Rosneft",
    ),
    Labelled(
        "which companies did the US sanction",
        ("en_us_sanctions_rosneft",),
        "k12 question: US + sanction + companies",
        absent=_EN_EU_17TH,
    ),
    Labelled(
        "что сказал Лавров о БРИКС",
        (
            "ru_lavrov_brics_nonwestern",
            "en_brics_nizhny",
            "ru_brics_nizhny",
            "en_mfa_brics",
        ),
        "k12 question: Lavrov + BRICS",
    ),
    Labelled(
        "how much trade is there within the EAEU",
        ("en_eaeu_minsk", "en_eaeu_iran_fta", "en_eaeu_overchuk"),
        "k12 question: trade + EAEU (English posts)",
    ),
)

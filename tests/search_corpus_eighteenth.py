"""Eighteenth labelled search set: names across Russian and English.

About 230 posts in the style of official channels of 2025 (Russian MFA, Kremlin, TASS, RIA,
Interfax, UN News, Reuters/AP-style wires, Xinhua, SCO/BRICS/CIS/CSTO/EAEU secretariats) and
about 360 queries. Most stories exist twice: a Russian post and an English one, worded
independently. The focus is searching ACROSS THE TWO LANGUAGES for names: people
(Лавров/Lavrov, Гутерриш/Гутерреш/Guterres, Уиткофф/Witkoff, Си Цзиньпин/Xi Jinping, Мерц/Merz,
Эрдоган/Erdogan/Erdoğan, Мирзиёев/Мирзиеев/Mirziyoyev, Аракчи/Araghchi/Araqchi ...), places
(Пекин/Beijing, Тяньцзинь/Tianjin, Душанбе/Dushanbe, Курская область/Kursk region,
Приднестровье/Transnistria ...), states with their adjectives (Китай/китайский/China/Chinese,
Турция/турецкий/Turkey/Türkiye/Turkish ...) and organisations by abbreviation or full name
(ШОС/SCO/Шанхайская организация сотрудничества, МАГАТЭ/IAEA, ОДКБ/CSTO, G20/«Группа
двадцати» ...). Queries come in grammatical cases, lower case, Latin letters, with given names
or initials, with titles, in pairs, with a place or an organisation, and with a few typos.

Written blind: without reading how the search works and without running it.

How it was labelled, from the post texts alone: for every query every post was scanned.
``expected`` holds every post that names every thing the query names, in any grammatical form,
either script or language, any transliteration; titles in a query («министр», "spokeswoman",
«генсек ... Гутерриш») only point at the person, so every post naming that person counts.
Ordinary words (переговоры, санкции, talks, visa ...) do not cross languages: such queries label
only posts in their own language and leave the other language's version of a story unlabelled.
Posts about the same story in other words are left unlabelled too. ``absent`` lists precision
traps: namesakes (actor Kirill Lavrov, hockey player Nikita Lavrov, gymnast Olga Peskova,
footballer Zakharov, António Costa vs António Guterres, Wang Wentao and «Ван Гог и» vs Ван И),
homographs (turkey the bird and Volker Türk vs Turkey/Türkiye, fine china vs China, «того» vs
Того, газа/Газпром vs Газа, мирный vs the town Мирный, мир vs the Mir card, a man named Chad vs
Chad, визит/visit vs визы/visa) and look-alike bodies (UN Security Council vs Russia's Security
Council; UN vs NATO vs SCO Secretaries-General). Queries marked "hard" in ``why`` share no word
with some expected posts (КНДР vs Северная Корея/North Korea, КНР vs Китай).
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_lavrov_wangyi_moscow": (
        (4, 1),
        "mid_rf",
        "🇷🇺🇨🇳 1 апреля в Москве состоялись переговоры Министра иностранных дел "
        "Российской Федерации С.В.Лаврова с Членом Политбюро ЦК КПК, Министром "
        "иностранных дел Китайской Народной Республики Ван И.\n\nОбсуждены подготовка к "
        "предстоящим контактам на высшем уровне, взаимодействие в ООН, ШОС и БРИКС, "
        "ситуация вокруг Украины. #РоссияКитай",
    ),
    "en_lavrov_wangyi_moscow": (
        (4, 1),
        "mfa_russia_en",
        "🇷🇺🇨🇳 Sergey Lavrov and China's top diplomat Wang Yi held talks in Moscow on "
        "April 1. The ministers reviewed preparations for summit-level contacts and "
        "coordination within the UN, the SCO and BRICS. #RussiaChina",
    ),
    "ru_wangyi_putin": (
        (4, 1),
        "kremlin_ru",
        "Владимир Путин принял в Кремле Министра иностранных дел КНР Ван И. Гость "
        "передал Президенту России тёплые приветствия от Председателя Си Цзиньпина.",
    ),
    "ru_lavrov_wangyi_beijing": (
        (7, 13),
        "mid_rf",
        "📍Пекин, 13 июля. Переговоры С.В.Лаврова с Министром иностранных дел КНР Ван И. "
        "Министры обсудили подготовку к саммиту ШОС в Тяньцзине и к сентябрьскому "
        "визиту Президента России в Китай.",
    ),
    "en_lavrov_wangyi_beijing": (
        (7, 13),
        "xinhua_en",
        "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister "
        "Sergei Lavrov in Beijing on Sunday, saying the two sides should jointly make "
        "the Tianjin summit a success.",
    ),
    "ru_sco_cfm_tianjin": (
        (7, 15),
        "mid_rf",
        "📍Тяньцзинь, 15 июля. С.В.Лавров принял участие в заседании Совета министров "
        "иностранных дел государств — членов ШОС. Председательствовал глава МИД КНР Ван "
        "И. Согласованы проекты документов к предстоящему саммиту. #ШОС",
    ),
    "en_sco_cfm_tianjin": (
        (7, 15),
        "sco_secretariat",
        "The Council of Foreign Ministers of the Shanghai Cooperation Organisation met "
        "in Tianjin under China's chairmanship. SCO Secretary-General Nurlan "
        "Yermekbayev briefed the ministers on preparations for the Heads of State "
        "Council. #SCO",
    ),
    "ru_xi_sco_fms": (
        (7, 15),
        "tass_agency",
        "Си Цзиньпин принял в Пекине глав МИД стран ШОС. Среди участников встречи — "
        "Сергей Лавров, Субраманьям Джайшанкар и Аббас Аракчи.",
    ),
    "en_xi_sco_fms": (
        (7, 15),
        "xinhua_en",
        "President Xi Jinping met foreign ministers of SCO member states in Beijing on "
        "Tuesday, including Russia's Sergei Lavrov and India's S. Jaishankar, urging "
        "them to uphold the Shanghai Spirit.",
    ),
    "ru_lavrov_xi_flash": (
        (7, 15),
        "ria_news",
        "⚡️Лавров передал Си Цзиньпину привет от Путина — МИД России",
    ),
    "ru_sco_summit_tianjin": (
        (9, 1),
        "kremlin_ru",
        "Владимир Путин принял участие в заседании Совета глав государств — членов "
        "Шанхайской организации сотрудничества. Саммит проходит в Тяньцзине 31 августа "
        "— 1 сентября, по его итогам принята Тяньцзиньская декларация. #ШОС2025",
    ),
    "en_sco_summit_tianjin": (
        (9, 1),
        "reuters_world",
        "Xi Jinping hosted more than 20 leaders, including Vladimir Putin and Narendra "
        "Modi, at a Shanghai Cooperation Organization summit in the northern port city "
        "of Tianjin, pitching a new global governance initiative.",
    ),
    "ru_putin_modi_car": (
        (9, 1),
        "ria_news",
        "🚗 Путин и Моди вместе доехали на одном автомобиле до места двусторонних "
        "переговоров в Тяньцзине. Беседа в машине продлилась почти час, рассказал "
        "Песков.",
    ),
    "en_putin_modi_car": (
        (9, 1),
        "ap_news",
        "Putin and Modi shared a limousine ride to their bilateral meeting on the "
        "summit sidelines and kept talking in the car for nearly an hour, the Kremlin "
        "said.",
    ),
    "ru_sco_declaration": (
        (9, 1),
        "sco_secretariat",
        "📄 Главы государств ШОС подписали Тяньцзиньскую декларацию и утвердили "
        "Стратегию развития Организации до 2035 года. Председательство в ШОС перешло к "
        "Киргизской Республике. #ШОС",
    ),
    "en_sco_kyrgyz_chair": (
        (9, 1),
        "sco_secretariat",
        "Kyrgyzstan assumes the SCO chairmanship for 2025–2026. President Sadyr Japarov "
        "invited fellow leaders to the next Heads of State Council in Bishkek. #SCO",
    ),
    "ru_sco_bishkek_2026": (
        (9, 2),
        "tass_agency",
        "Следующий саммит ШОС пройдёт в Бишкеке в 2026 году, сообщил президент Киргизии "
        "Садыр Жапаров.",
    ),
    "ru_guterres_tianjin": (
        (8, 28),
        "un_news_ru",
        "Генеральный секретарь ООН Антониу Гутерриш примет участие в заседании «ШОС "
        "плюс» в Тяньцзине и проведёт встречи с Си Цзиньпином и другими лидерами. #ООН",
    ),
    "en_guterres_tianjin": (
        (8, 28),
        "un_news",
        "UN Secretary-General António Guterres travels to Tianjin to attend the SCO "
        "Plus meeting, where he will stress that multilateralism is the only way to "
        "tackle global challenges.",
    ),
    "ru_yermekbayev_flash": (
        (9, 2),
        "sco_secretariat",
        "Генеральный секретарь ШОС Нурлан Ермекбаев: саммит в Тяньцзине стал крупнейшим "
        "в истории Организации — 27 делегаций и 10 международных организаций.",
    ),
    "ru_putin_erdogan_sco": (
        (9, 1),
        "kremlin_ru",
        "Владимир Путин провёл встречу с Президентом Турецкой Республики Реджепом "
        "Тайипом Эрдоганом на полях саммита ШОС.",
    ),
    "ru_peskov_erdogan": (
        (9, 2),
        "tass_agency",
        "Песков: Путин и Эрдоган обсудили возможность новых переговоров в Стамбуле.",
    ),
    "ru_putin_xi_beijing": (
        (9, 2),
        "kremlin_ru",
        "Переговоры Владимира Путина с Председателем Китайской Народной Республики Си "
        "Цзиньпином в Пекине. «Российско-китайские отношения находятся на "
        "беспрецедентно высоком уровне», — отметил Президент России.",
    ),
    "en_putin_xi_beijing": (
        (9, 2),
        "xinhua_en",
        "Xi Jinping held talks with Vladimir Putin at the Great Hall of the People in "
        "Beijing on Tuesday, calling on China and Russia to build a more just and "
        "reasonable global governance system.",
    ),
    "ru_beijing_parade": (
        (9, 3),
        "tass_agency",
        "Путин, Си Цзиньпин и Ким Чен Ын вместе наблюдали за военным парадом на площади "
        "Тяньаньмэнь в Пекине в честь 80-летия окончания Второй мировой войны.",
    ),
    "en_beijing_parade": (
        (9, 3),
        "ap_news",
        "Xi, flanked by Putin and North Korea's Kim Jong Un, reviewed a massive "
        "military parade in Beijing marking 80 years since the end of World War II.",
    ),
    "ru_power_siberia": (
        (9, 2),
        "interfax",
        "«Газпром» и CNPC подписали юридически обязывающий меморандум о строительстве "
        "газопровода «Сила Сибири 2». Поставки газа в Китай по новому маршруту составят "
        "50 млрд куб. м в год.",
    ),
    "en_power_siberia": (
        (9, 2),
        "reuters_world",
        "Gazprom signed a legally binding memorandum with China's CNPC to build the "
        "Power of Siberia 2 pipeline, which would ship 50 bcm of gas a year to China "
        "via Mongolia.",
    ),
    "ru_alaska_summit": (
        (8, 15),
        "kremlin_ru",
        "🇷🇺🇺🇸 В Анкоридже (штат Аляска) состоялась встреча Президента России Владимира "
        "Путина и Президента США Дональда Трампа. Переговоры в формате «три на три» "
        "продлились почти три часа.",
    ),
    "en_alaska_summit": (
        (8, 15),
        "reuters_world",
        "Trump and Putin met for nearly three hours at a military base in Anchorage, "
        "Alaska, but emerged without a ceasefire deal for Ukraine.",
    ),
    "ru_ushakov_alaska": (
        (8, 13),
        "ria_news",
        "Ушаков: в переговорах на Аляске с российской стороны примут участие Лавров, "
        "Белоусов, Силуанов и Дмитриев. Американскую делегацию представят Рубио и "
        "Уиткофф.",
    ),
    "en_ushakov_alaska": (
        (8, 13),
        "tass_en",
        "Kremlin aide Yuri Ushakov said Foreign Minister Sergei Lavrov and RDIF chief "
        "Kirill Dmitriev will be part of the Russian delegation at the Alaska summit.",
    ),
    "ru_peskov_alaska": (
        (8, 16),
        "tass_agency",
        "Песков: Президент доволен итогами встречи с Трампом на Аляске — разговор был "
        "откровенным и очень полезным.",
    ),
    "ru_witkoff_putin": (
        (8, 6),
        "kremlin_ru",
        "Владимир Путин принял в Кремле специального посланника Президента США Стивена "
        "Уиткоффа. В беседе также участвовали Юрий Ушаков и Кирилл Дмитриев.",
    ),
    "en_witkoff_moscow": (
        (8, 6),
        "ap_news",
        "U.S. envoy Steve Witkoff met Vladimir Putin in Moscow for about three hours, "
        "two days before Trump's deadline for Russia to agree to peace or face new "
        "sanctions.",
    ),
    "ru_witkoff_dmitriev": (
        (10, 25),
        "ria_news",
        "Кирилл Дмитриев прибыл в США для встреч с Уиткоффом. Глава РФПИ заявил, что "
        "диалог с Вашингтоном продолжится, несмотря на новые санкции против «Роснефти» "
        "и «Лукойла».",
    ),
    "ru_witkoff_kushner": (
        (12, 2),
        "kremlin_ru",
        "Путин принял в Кремле Стивена Уиткоффа и Джареда Кушнера. Беседа продолжалась "
        "около пяти часов.",
    ),
    "en_peskov_witkoff": (
        (11, 26),
        "ap_news",
        "Kremlin spokesman Dmitry Peskov said Witkoff would be received by Putin in "
        "Moscow next week to discuss the updated U.S. peace plan.",
    ),
    "ru_putin_trump_call": (
        (3, 18),
        "kremlin_ru",
        "Телефонный разговор Владимира Путина с Президентом США Дональдом Трампом. "
        "Президент России поддержал идею о 30-дневном взаимном отказе от ударов по "
        "объектам энергетической инфраструктуры.",
    ),
    "ru_lavrov_rubio_riyadh": (
        (2, 18),
        "mid_rf",
        "📍Эр-Рияд, 18 февраля. Российско-американские переговоры. Делегацию России "
        "возглавил С.В.Лавров, США — Государственный секретарь М.Рубио. Договорились о "
        "восстановлении нормальной работы посольств. Благодарим саудовских друзей и "
        "лично Фейсала бин Фархана за гостеприимство.",
    ),
    "en_lavrov_rubio_riyadh": (
        (2, 18),
        "reuters_world",
        "Russian and U.S. officials led by Sergei Lavrov and Marco Rubio agreed in "
        "Riyadh to start working toward ending the war in Ukraine and to restore "
        "embassy staffing.",
    ),
    "ru_lavrov_rubio_kl": (
        (7, 10),
        "tass_agency",
        "Лавров и Рубио провели встречу в Куала-Лумпуре на полях мероприятий АСЕАН. "
        "Беседа продолжалась около 50 минут.",
    ),
    "en_lavrov_rubio_kl": (
        (7, 10),
        "ap_news",
        "Rubio met Lavrov on the sidelines of the ASEAN gathering in Kuala Lumpur and "
        "said he conveyed Trump's disappointment over the lack of progress on Ukraine.",
    ),
    "ru_lavrov_asean": (
        (7, 11),
        "mid_rf",
        "С.В.Лавров принял участие в министерской встрече Россия — АСЕАН в "
        "Куала-Лумпуре. Отмечено 34-летие диалогового партнёрства. #АСЕАН #ВАС",
    ),
    "en_asean_summit_kl": (
        (10, 26),
        "ap_news",
        "ASEAN leaders opened their summit in Kuala Lumpur as Malaysian Prime Minister "
        "Anwar Ibrahim welcomed Timor-Leste as the bloc's 11th member. Trump attended "
        "the opening session.",
    ),
    "ru_asean_timor": (
        (10, 26),
        "tass_agency",
        "Тимор-Лешти стал 11-м членом АСЕАН. Церемонию в Куала-Лумпуре провёл "
        "премьер-министр Малайзии Анвар Ибрагим.",
    ),
    "ru_geneva_talks": (
        (11, 23),
        "ria_news",
        "В Женеве прошли консультации США и Украины по мирному плану. Делегации "
        "возглавили Марко Рубио и Рустем Умеров.",
    ),
    "en_geneva_talks": (
        (11, 23),
        "reuters_world",
        "U.S. and Ukrainian officials led by Marco Rubio and Rustem Umerov said their "
        "talks in Geneva on a peace framework were productive.",
    ),
    "ru_istanbul_talks": (
        (5, 16),
        "ria_news",
        "В Стамбуле завершился первый за три года раунд прямых российско-украинских "
        "переговоров. Российскую делегацию возглавлял Владимир Мединский, украинскую — "
        "Рустем Умеров. Стороны договорились об обмене пленными «1000 на 1000».",
    ),
    "en_istanbul_talks": (
        (5, 16),
        "reuters_world",
        "Russian and Ukrainian delegations met in Istanbul for their first direct peace "
        "talks since 2022. The meeting lasted under two hours; both sides agreed on a "
        "1,000-for-1,000 prisoner swap, Medinsky said.",
    ),
    "ru_fidan_istanbul": (
        (5, 16),
        "tass_agency",
        "Министр иностранных дел Турции Хакан Фидан открыл встречу делегаций в "
        "стамбульском дворце Долмабахче и призвал стороны не упустить эту возможность.",
    ),
    "ru_istanbul_round2": (
        (6, 2),
        "interfax",
        "Второй раунд переговоров в Стамбуле: делегации России и Украины обменялись "
        "меморандумами об условиях урегулирования. Следующий обмен пленными — «6000 на "
        "6000».",
    ),
    "ru_lavrov_ankara": (
        (2, 24),
        "mid_rf",
        "📍Анкара. С.В.Лавров провёл переговоры с Министром иностранных дел Турецкой "
        "Республики Х.Фиданом. Обсуждены Украина, Сирия и Южный Кавказ. #РоссияТурция",
    ),
    "en_lavrov_ankara": (
        (2, 24),
        "mfa_russia_en",
        "Sergey Lavrov held talks with Hakan Fidan in Ankara. Russia appreciates "
        "Türkiye's readiness to host contacts between Moscow and Kyiv.",
    ),
    "ru_erdogan_lavrov": (
        (2, 24),
        "tass_agency",
        "⚡️Эрдоган принял Лаврова в президентском комплексе в Анкаре",
    ),
    "en_putin_erdogan_ashgabat": (
        (12, 12),
        "reuters_world",
        "Putin met Turkish President Tayyip Erdogan in Ashgabat, Turkmenistan, where "
        "Erdogan offered to host a new round of Ukraine talks.",
    ),
    "ru_putin_ashgabat": (
        (12, 12),
        "kremlin_ru",
        "Путин в Ашхабаде: переговоры с Сердаром Бердымухамедовым, встречи с Эрдоганом "
        "и Пезешкианом на полях Международного форума мира и доверия.",
    ),
    "en_putin_ashgabat": (
        (12, 12),
        "kremlin_en",
        "President Putin arrived in Ashgabat for the International Forum of Peace and "
        "Trust hosted by Turkmenistan's President Serdar Berdimuhamedov.",
    ),
    "ru_zakharova_transnistria": (
        (3, 20),
        "mid_rf",
        "🎙Брифинг официального представителя МИД России М.В.Захаровой. О ситуации в "
        "Приднестровье: кишинёвские власти продолжают экономическую блокаду Тирасполя. "
        "Кроме того, Россия продолжит оказывать поддержку жителям региона.",
    ),
    "en_zakharova_transnistria": (
        (3, 20),
        "mfa_russia_en",
        "Maria Zakharova: Chisinau keeps up its economic pressure on Transnistria. "
        "Russia will continue to support the people of the region.",
    ),
    "ru_zakharova_sanctions": (
        (5, 20),
        "tass_agency",
        "Захарова: 17-й пакет санкций ЕС бьёт прежде всего по самим европейцам.",
    ),
    "en_zakharova_sanctions": (
        (5, 20),
        "tass_en",
        "Zakharova says the EU's 17th sanctions package hurts ordinary Europeans first.",
    ),
    "ru_zakharova_hague": (
        (6, 25),
        "ria_news",
        "Захарова о саммите НАТО в Гааге: альянс окончательно превратился в инструмент "
        "гонки вооружений.",
    ),
    "ru_zakharova_tomahawk": (
        (10, 2),
        "tass_agency",
        "⚡️Захарова: ответ Москвы на возможные поставки Tomahawk Киеву будет адекватным",
    ),
    "en_zakharova_tomahawk": (
        (10, 2),
        "reuters_world",
        "Russian Foreign Ministry spokeswoman Maria Zakharova warned Washington against "
        "supplying Tomahawk missiles to Kyiv.",
    ),
    "ru_zakharova_gaza": (
        (10, 10),
        "mid_rf",
        "М.В.Захарова: приветствуем вступление в силу режима прекращения огня в секторе "
        "Газа и рассчитываем на скорейшее налаживание гуманитарного доступа.",
    ),
    "ru_zakharova_baku_yerevan": (
        (8, 11),
        "mid_rf",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "договорённостями Баку и Еревана, достигнутыми в Вашингтоне: решения должны "
        "приниматься самими странами региона.",
    ),
    "ru_zakharova_briefing_nov": (
        (11, 12),
        "mid_rf",
        "🎙Брифинг М.В.Захаровой, 12 ноября. Основные темы: контакты С.В.Лаврова с "
        "Министром иностранных дел Ирана А.Аракчи, подготовка к саммиту «Группы "
        "двадцати», ситуация вокруг Венесуэлы.",
    ),
    "ru_zakharova_kallas": (
        (3, 6),
        "ria_news",
        "Захарова ответила Каллас: Евросоюз давно не способен говорить с позиции силы.",
    ),
    "ru_zakharova_moldova": (
        (9, 28),
        "mid_rf",
        "Захарова: выборы в Молдавии прошли с массовыми нарушениями, сотни тысяч "
        "избирателей в России и Приднестровье были лишены возможности проголосовать.",
    ),
    "ru_peskov_merz": (
        (5, 10),
        "tass_agency",
        "Песков — об «ультиматуме» Мерца и Макрона: язык ультиматумов для России неприемлем.",
    ),
    "en_peskov_merz": (
        (5, 10),
        "reuters_world",
        "Kremlin spokesman Dmitry Peskov rejected a demand by Friedrich Merz and "
        "Emmanuel Macron for a 30-day ceasefire, saying Moscow would not accept "
        "ultimatums.",
    ),
    "ru_peskov_peace_plan": (
        (12, 8),
        "ria_news",
        "⚡️Песков: Кремль изучает обновлённый американский мирный план, делать выводы "
        "до того, как завершится анализ, рано.",
    ),
    "ru_guterres_charter": (
        (6, 26),
        "un_news_ru",
        "Генеральный секретарь ООН Антониу Гутерриш: Устав ООН, подписанный 80 лет "
        "назад в Сан-Франциско, остаётся нашим общим компасом. #ООН80",
    ),
    "en_guterres_charter": (
        (6, 26),
        "un_news",
        "UN Secretary-General António Guterres marked 80 years since the signing of the "
        "UN Charter in San Francisco: 'The Charter is not optional.' #UN80",
    ),
    "ru_lavrov_guterres_ny": (
        (9, 26),
        "mid_rf",
        "📍Нью-Йорк. С.В.Лавров провёл встречу с Генеральным секретарём ООН А.Гутеррешем "
        "на полях 80-й сессии Генеральной Ассамблеи.",
    ),
    "en_lavrov_guterres_ny": (
        (9, 26),
        "un_news",
        "UN Secretary-General António Guterres met Sergey Lavrov, Minister for Foreign "
        "Affairs of the Russian Federation, in New York on the margins of the General "
        "Assembly.",
    ),
    "ru_guterres_sudan": (
        (10, 28),
        "un_news_ru",
        "Генсек ООН Гутерриш осудил атаки на Эль-Фашер в Судане и призвал к "
        "немедленному прекращению огня.",
    ),
    "en_guterres_sudan": (
        (10, 28),
        "un_news",
        "UN chief Guterres condemned the attacks on El Fasher, Sudan, and called for an "
        "immediate ceasefire and safe passage for civilians.",
    ),
    "ru_baerbock_unga": (
        (9, 9),
        "un_news_ru",
        "Анналена Бербок вступила в должность председателя 80-й сессии Генеральной "
        "Ассамблеи ООН. Россия выступала против её кандидатуры.",
    ),
    "en_baerbock_elected": (
        (6, 2),
        "ap_news",
        "Former German Foreign Minister Annalena Baerbock was elected president of the "
        "UN General Assembly after Russia demanded a secret ballot.",
    ),
    "ru_lavrov_unga": (
        (9, 27),
        "mid_rf",
        "Выступление С.В.Лаврова в ходе общеполитической дискуссии 80-й сессии "
        "Генеральной Ассамблеи ООН, Нью-Йорк, 27 сентября 2025 года. Министр призвал к "
        "справедливому и прочному миру.",
    ),
    "en_lavrov_unga": (
        (9, 27),
        "reuters_world",
        "Lavrov told the UN General Assembly that Russia has no intention of attacking "
        "NATO or European Union countries but would respond decisively to any "
        "aggression.",
    ),
    "ru_lavrov_brics_ny": (
        (9, 26),
        "mid_rf",
        "С.В.Лавров принял участие во встрече министров иностранных дел стран БРИКС на "
        "полях ГА ООН в Нью-Йорке. #БРИКС",
    ),
    "en_dujarric_gaza": (
        (10, 14),
        "un_news",
        "UN spokesperson Stéphane Dujarric said more aid trucks were entering Gaza "
        "through Kerem Shalom, but humanitarian needs remain enormous.",
    ),
    "ru_dujarric_gaza": (
        (10, 14),
        "un_news_ru",
        "Официальный представитель Генсека ООН Стефан Дюжаррик: в сектор Газа поступает "
        "больше гуманитарной помощи, но потребности огромны.",
    ),
    "ru_unsc_2774": (
        (2, 24),
        "un_news_ru",
        "Совет Безопасности ООН принял резолюцию 2774, предложенную США. Документ "
        "призывает к скорейшему прекращению конфликта на Украине; «за» проголосовали 10 "
        "членов Совета, пятеро воздержались.",
    ),
    "en_unsc_2774": (
        (2, 24),
        "un_news",
        "The UN Security Council adopted resolution 2774, a brief US-drafted text "
        "calling for a swift end to the conflict in Ukraine, with 10 votes in favour "
        "and 5 abstentions.",
    ),
    "ru_nebenzya_gaza": (
        (11, 17),
        "tass_agency",
        "⚡️Небензя: Россия воздержалась при голосовании в СБ ООН по американскому "
        "проекту резолюции по Газе, чтобы не допустить срыва перемирия.",
    ),
    "en_unsc_gaza": (
        (11, 17),
        "un_news",
        "The UN Security Council endorsed the US plan for Gaza in resolution 2803; "
        "Russia and China abstained. Ambassador Vassily Nebenzia said the Council was "
        "handing over a blank cheque.",
    ),
    "ru_unsc_2803": (
        (11, 17),
        "un_news_ru",
        "СБ ООН одобрил резолюцию 2803 по сектору Газа. Россия и Китай воздержались.",
    ),
    "ru_shoigu_security": (
        (5, 27),
        "tass_agency",
        "Секретарь Совета безопасности России Сергей Шойгу открыл в Москве "
        "международную встречу высоких представителей, курирующих вопросы безопасности. "
        "Участвуют делегации более 100 стран.",
    ),
    "en_shoigu_security": (
        (5, 27),
        "tass_en",
        "Russian Security Council Secretary Sergei Shoigu opened a meeting of senior "
        "security officials from more than 100 countries in Moscow.",
    ),
    "ru_putin_sovbez": (
        (4, 11),
        "kremlin_ru",
        "Путин провёл оперативное совещание с постоянными членами Совета безопасности. "
        "Основная тема — переговорный процесс по украинскому урегулированию.",
    ),
    "ru_medvedev_trump": (
        (8, 1),
        "ria_news",
        "Заместитель председателя Совбеза России Дмитрий Медведев ответил на угрозы "
        "Трампа о вторичных пошлинах.",
    ),
    "en_medvedev_trump": (
        (8, 1),
        "reuters_world",
        "Trump said he had ordered two nuclear submarines repositioned after remarks by "
        "Dmitry Medvedev, deputy chairman of Russia's Security Council.",
    ),
    "ru_iran_strikes_mid": (
        (6, 22),
        "mid_rf",
        "Заявление МИД России в связи с ударами США по ядерным объектам Ирана: "
        "безответственное решение, грубо нарушающее Устав ООН и резолюции СБ ООН.",
    ),
    "ru_rutte_hague": (
        (6, 25),
        "tass_agency",
        "Генсек НАТО Марк Рютте: союзники договорились довести расходы на оборону до 5% "
        "ВВП к 2035 году. Саммит в Гааге завершён.",
    ),
    "en_nato_hague": (
        (6, 25),
        "reuters_world",
        "NATO leaders agreed at a summit in The Hague to raise defence spending to 5% "
        "of GDP by 2035, a win for Trump, Secretary General Mark Rutte said.",
    ),
    "ru_rutte_berlin": (
        (12, 11),
        "ria_news",
        "⚡️Генеральный секретарь НАТО Рютте заявил в Берлине, что союзники должны "
        "готовиться к масштабному конфликту. В МИД России назвали слова генсека альянса "
        "безответственными.",
    ),
    "en_rutte_berlin": (
        (12, 11),
        "ap_news",
        "NATO Secretary General Mark Rutte warned in Berlin that Russia could be ready "
        "to use military force against the alliance within five years.",
    ),
    "ru_grossi_zaes": (
        (10, 23),
        "tass_agency",
        "Генеральный директор МАГАТЭ Рафаэль Гросси: на Запорожской АЭС восстановлено "
        "внешнее электроснабжение после месячного перерыва.",
    ),
    "en_grossi_znpp": (
        (10, 23),
        "iaea_news",
        "IAEA Director General Rafael Grossi said off-site power to the Zaporizhzhia "
        "Nuclear Power Plant had been restored after a month-long outage, the longest "
        "of the conflict.",
    ),
    "ru_iaea_iran": (
        (6, 12),
        "ria_news",
        "Совет управляющих МАГАТЭ принял резолюцию о несоблюдении Ираном обязательств "
        "по гарантиям. Россия и Китай проголосовали против.",
    ),
    "en_iran_suspends_iaea": (
        (7, 2),
        "ap_news",
        "Iran formally suspended cooperation with the UN nuclear watchdog, the IAEA, "
        "Foreign Minister Abbas Araghchi said.",
    ),
    "ru_araghchi_moscow": (
        (4, 18),
        "mid_rf",
        "Переговоры С.В.Лаврова с Министром иностранных дел Исламской Республики Иран "
        "С.А.Аракчи. Обсуждены ядерная программа Ирана и ситуация на Ближнем Востоке.",
    ),
    "en_araghchi_moscow": (
        (4, 18),
        "mfa_russia_en",
        "Sergey Lavrov and Iran's Abbas Araghchi discussed Tehran's indirect talks with "
        "Washington on the Iranian nuclear programme.",
    ),
    "ru_araghchi_flash": (
        (6, 23),
        "ria_news",
        "⚡️Аракчи прибыл в Москву, Путин примет главу МИД Ирана в Кремле",
    ),
    "en_araghchi_putin": (
        (6, 23),
        "reuters_world",
        "Iran's Foreign Minister Abbas Araqchi met Putin in Moscow a day after U.S. "
        "strikes on Iranian nuclear sites.",
    ),
    "ru_grossi_araghchi": (
        (9, 9),
        "interfax",
        "Аракчи и Гросси подписали в Каире документ о возобновлении сотрудничества Ирана с МАГАТЭ.",
    ),
    "en_grossi_araghchi": (
        (9, 9),
        "reuters_world",
        "Iran and the IAEA agreed in Cairo on a framework to resume inspections, "
        "Araghchi and Grossi said after talks hosted by Egypt's Foreign Minister Badr "
        "Abdelatty.",
    ),
    "ru_pezeshkian_moscow": (
        (1, 17),
        "kremlin_ru",
        "Путин и Президент Ирана Масуд Пезешкиан подписали в Москве Договор о "
        "всеобъемлющем стратегическом партнёрстве.",
    ),
    "en_pezeshkian_moscow": (
        (1, 17),
        "reuters_world",
        "Putin and Iranian President Masoud Pezeshkian signed a 20-year strategic "
        "partnership treaty in Moscow.",
    ),
    "ru_who_assembly": (
        (5, 20),
        "un_news_ru",
        "Всемирная ассамблея здравоохранения в Женеве приняла Соглашение о пандемиях. "
        "Генеральный директор ВОЗ Тедрос Адханом Гебрейесус назвал это победой "
        "общественного здравоохранения.",
    ),
    "en_who_pandemic": (
        (5, 20),
        "un_news",
        "WHO Member States adopted the world's first Pandemic Agreement at the World "
        "Health Assembly in Geneva. Tedros: 'a victory for public health and "
        "multilateral action'.",
    ),
    "ru_who_us_exit": (
        (1, 21),
        "tass_agency",
        "Трамп подписал указ о выходе США из Всемирной организации здравоохранения.",
    ),
    "en_who_us_exit": (
        (1, 21),
        "ap_news",
        "Trump signed an executive order to withdraw the United States from the World "
        "Health Organization.",
    ),
    "ru_turk_rights": (
        (6, 16),
        "un_news_ru",
        "Верховный комиссар ООН по правам человека Фолькер Тюрк открыл 59-ю сессию "
        "Совета по правам человека в Женеве.",
    ),
    "en_turk_rights": (
        (6, 16),
        "un_news",
        "UN High Commissioner for Human Rights Volker Türk opened the 59th session of "
        "the Human Rights Council in Geneva.",
    ),
    "ru_brics_rio": (
        (7, 6),
        "brics_ru",
        "🇧🇷 В Рио-де-Жанейро открылся XVII саммит БРИКС. Владимир Путин участвует по "
        "видеосвязи, российскую делегацию возглавляет С.В.Лавров. #БРИКС #BRICS2025",
    ),
    "en_brics_rio": (
        (7, 6),
        "reuters_world",
        "BRICS leaders gathered in Rio de Janeiro with Brazil's President Lula as host. "
        "Putin joined by video link, while Xi Jinping skipped the summit for the first "
        "time.",
    ),
    "ru_brics_rio_tariffs": (
        (7, 7),
        "tass_agency",
        "Лидеры БРИКС приняли декларацию саммита в Рио. Трамп пригрозил дополнительными "
        "пошлинами в 10% странам, поддерживающим «антиамериканскую политику» "
        "объединения.",
    ),
    "ru_brics_kazan_anniv": (
        (10, 22),
        "brics_ru",
        "Ровно год назад в Казани прошёл XVI саммит БРИКС под председательством "
        "Владимира Путина. Казанская декларация по-прежнему задаёт ориентиры нашей "
        "работы. #БРИКС",
    ),
    "en_brics_kazan_anniv": (
        (10, 22),
        "tass_en",
        "A year after the Kazan summit chaired by Putin, BRICS has grown to ten partner "
        "countries, Deputy Foreign Minister Sergei Ryabkov said.",
    ),
    "ru_brics_india_2026": (
        (1, 2),
        "brics_ru",
        "С 1 января 2026 года председательство в БРИКС перешло к Индии. Саммит "
        "объединения пройдёт в Нью-Дели. #БРИКС",
    ),
    "en_brics_india_chair": (
        (1, 2),
        "reuters_world",
        "India took over the BRICS chairship for 2026; External Affairs Minister S. "
        "Jaishankar said New Delhi would focus on resilience and reform of multilateral "
        "institutions.",
    ),
    "ru_ryabkov_brics": (
        (2, 20),
        "interfax",
        "Рябков: в БРИКС не обсуждается создание единой валюты, речь идёт о расчётах в "
        "национальных валютах.",
    ),
    "ru_brics_partners": (
        (1, 6),
        "brics_ru",
        "С 1 января партнёрами БРИКС стали Белоруссия, Боливия, Казахстан, Куба, "
        "Малайзия, Таиланд, Уганда и Узбекистан. Индонезия присоединилась к объединению "
        "как полноправный член. #БРИКС",
    ),
    "ru_cis_dushanbe": (
        (10, 10),
        "kremlin_ru",
        "В Душанбе прошло заседание Совета глав государств СНГ. В нём приняли участие "
        "Путин, Рахмон, Лукашенко, Токаев, Мирзиёев, Жапаров и Алиев. #СНГ",
    ),
    "en_cis_dushanbe": (
        (10, 10),
        "reuters_world",
        "CIS leaders met in Dushanbe a day after Putin told Azerbaijan's Ilham Aliyev "
        "that Russian air defence missiles had been fired when an AZAL jet crashed last "
        "December.",
    ),
    "ru_putin_aliyev_dushanbe": (
        (10, 9),
        "tass_agency",
        "Путин на встрече с Ильхамом Алиевым в Душанбе принёс извинения за катастрофу "
        "самолёта AZAL и пообещал выплатить компенсации.",
    ),
    "ru_russia_central_asia": (
        (10, 9),
        "kremlin_ru",
        "В Душанбе состоялся второй саммит «Россия — Центральная Азия» с участием "
        "Путина, Токаева, Мирзиёева, Рахмона, Жапарова и Бердымухамедова.",
    ),
    "en_central_asia_dushanbe": (
        (10, 9),
        "reuters_world",
        "Putin met Central Asian leaders including Kazakhstan's Kassym-Jomart Tokayev "
        "and Uzbekistan's Shavkat Mirziyoyev at a summit in Dushanbe.",
    ),
    "ru_lebedev_cis": (
        (10, 10),
        "cis_secretariat",
        "Председатель Исполнительного комитета — Исполнительный секретарь СНГ Сергей "
        "Лебедев: по итогам саммита в Душанбе подписано 20 документов. #СНГ",
    ),
    "ru_cis_fm": (
        (4, 11),
        "mid_rf",
        "С.В.Лавров принял участие в заседании Совета министров иностранных дел "
        "Содружества Независимых Государств в Алматы. #СНГ",
    ),
    "ru_putin_rahmon": (
        (10, 8),
        "kremlin_ru",
        "Переговоры Владимира Путина и Президента Таджикистана Эмомали Рахмона в "
        "Душанбе. Государственный визит Президента России начался с торжественной "
        "церемонии встречи.",
    ),
    "ru_csto_bishkek": (
        (11, 27),
        "csto_ru",
        "В Бишкеке прошла сессия Совета коллективной безопасности ОДКБ. Генеральный "
        "секретарь ОДКБ Имангали Тасмагамбетов: Армения в работе сессии не участвовала. "
        "#ОДКБ",
    ),
    "en_csto_bishkek": (
        (11, 27),
        "tass_en",
        "CSTO leaders met in Bishkek without Armenia. Putin, Lukashenko, Tokayev, "
        "Rahmon and Japarov attended.",
    ),
    "ru_pashinyan_csto": (
        (2, 12),
        "interfax",
        "Пашинян: Армения не вернётся к полноценному участию в ОДКБ, пока организация "
        "не выполнит свои обязательства.",
    ),
    "en_pashinyan_csto": (
        (2, 12),
        "reuters_world",
        "Armenian Prime Minister Nikol Pashinyan said Yerevan had effectively frozen "
        "its membership in the Russia-led CSTO and could leave the bloc.",
    ),
    "ru_eaeu_minsk": (
        (6, 27),
        "eaeu_commission",
        "В Минске прошло заседание Высшего Евразийского экономического совета. Лидеры "
        "стран ЕАЭС подписали соглашение о свободной торговле с ОАЭ. "
        "Председательствовал Лукашенко.",
    ),
    "en_eaeu_minsk": (
        (6, 27),
        "tass_en",
        "Eurasian Economic Union leaders met in Minsk; Belarusian President Alexander "
        "Lukashenko hosted, and Armenia's Pashinyan attended in person.",
    ),
    "ru_eaeu_spb": (
        (12, 21),
        "kremlin_ru",
        "Путин провёл заседание Высшего Евразийского экономического совета в "
        "Санкт-Петербурге. В 2026 году председательство в ЕАЭС переходит к Казахстану.",
    ),
    "ru_overchuk_eaeu": (
        (6, 27),
        "interfax",
        "Оверчук: ЕАЭС и Монголия подписали временное торговое соглашение, обнулив "
        "пошлины на 367 товарных позиций.",
    ),
    "ru_osce_vienna": (
        (12, 4),
        "mid_rf",
        "Заместитель Министра иностранных дел А.В.Грушко: СМИД ОБСЕ в Вене "
        "продемонстрировал глубокий кризис Организации. #ОБСЕ",
    ),
    "en_osce_vienna": (
        (12, 4),
        "reuters_world",
        "OSCE foreign ministers met in Vienna as Finland prepared to hand the "
        "chairmanship to Switzerland for 2026; Russia sent a deputy minister.",
    ),
    "ru_g20_johannesburg": (
        (11, 22),
        "tass_agency",
        "Саммит «Группы двадцати» в Йоханнесбурге открылся без США. Российскую "
        "делегацию возглавил заместитель руководителя Администрации Президента Максим "
        "Орешкин.",
    ),
    "en_g20_johannesburg": (
        (11, 22),
        "reuters_world",
        "G20 leaders adopted a declaration in Johannesburg at the start of a summit "
        "boycotted by the United States, host Cyril Ramaphosa said.",
    ),
    "ru_g20_fm": (
        (2, 20),
        "mid_rf",
        "С.В.Лавров примет участие во встрече министров иностранных дел G20 в "
        "Йоханнесбурге 20–21 февраля. #G20",
    ),
    "en_g20_fm": (
        (2, 20),
        "mfa_russia_en",
        "Lavrov arrives in Johannesburg for the G20 Foreign Ministers' Meeting under "
        "South Africa's presidency.",
    ),
    "ru_putin_delhi": (
        (12, 5),
        "kremlin_ru",
        "Российско-индийские переговоры в Нью-Дели. Владимир Путин и Премьер-министр "
        "Индии Нарендра Моди приняли совместное заявление и программу экономического "
        "сотрудничества до 2030 года.",
    ),
    "en_putin_delhi": (
        (12, 5),
        "reuters_world",
        "Modi welcomed Putin to New Delhi on his first state visit to India since 2021; "
        "the two leaders agreed a 2030 economic programme.",
    ),
    "ru_ushakov_modi": (
        (12, 3),
        "ria_news",
        "Ушаков: во время визита в Индию Путин и Моди проведут неформальный ужин и "
        "переговоры в расширенном составе.",
    ),
    "ru_lavrov_jaishankar": (
        (8, 21),
        "mid_rf",
        "Переговоры С.В.Лаврова с Министром иностранных дел Республики Индии "
        "С.Джайшанкаром. Москва, 21 августа.",
    ),
    "en_jaishankar_moscow": (
        (8, 21),
        "ap_news",
        "India's External Affairs Minister S. Jaishankar met Sergei Lavrov in Moscow "
        "amid U.S. tariffs on Indian goods over purchases of Russian oil.",
    ),
    "ru_merz_taurus": (
        (5, 28),
        "ria_news",
        "Мерц отказался исключить поставки ракет Taurus Украине. В Кремле назвали такие "
        "заявления опасными.",
    ),
    "en_merz_taurus": (
        (5, 28),
        "reuters_world",
        "German Chancellor Friedrich Merz declined to rule out sending Taurus cruise "
        "missiles to Ukraine.",
    ),
    "en_white_house_europe": (
        (8, 18),
        "ap_news",
        "Zelenskyy and European leaders including Merz, Macron and NATO's Mark Rutte "
        "met Trump at the White House to discuss security guarantees.",
    ),
    "ru_white_house_europe": (
        (8, 18),
        "tass_agency",
        "В Белом доме прошла встреча Трампа с Зеленским и европейскими лидерами — "
        "Мерцем, Макроном, Стармером, Мелони, Стуббом, Урсулой фон дер Ляйен и Марком "
        "Рютте.",
    ),
    "ru_kallas_19": (
        (10, 23),
        "tass_agency",
        "Верховный представитель ЕС Кая Каллас: Совет ЕС утвердил 19-й пакет санкций "
        "против России, включая запрет на импорт СПГ.",
    ),
    "en_eu_19th": (
        (10, 23),
        "reuters_world",
        "The EU adopted its 19th package of sanctions against Russia, including a ban "
        "on LNG imports from 2027, Kaja Kallas said.",
    ),
    "ru_costa_assets": (
        (12, 19),
        "ria_news",
        "Председатель Европейского совета Антониу Кошта: лидеры ЕС не договорились об "
        "использовании замороженных российских активов.",
    ),
    "en_costa_assets": (
        (12, 19),
        "reuters_world",
        "European Council President António Costa said EU leaders agreed a 90 billion "
        "euro loan for Ukraine instead of using frozen Russian assets.",
    ),
    "ru_orban_moscow": (
        (11, 28),
        "kremlin_ru",
        "Переговоры Владимира Путина с Премьер-министром Венгрии Виктором Орбаном. "
        "Обсуждены поставки энергоносителей и урегулирование на Украине.",
    ),
    "en_orban_moscow": (
        (11, 28),
        "reuters_world",
        "Hungary's Viktor Orbán met Putin in Moscow seeking to secure Russian oil and "
        "gas supplies.",
    ),
    "ru_putin_lukashenko_valaam": (
        (7, 26),
        "kremlin_ru",
        "Владимир Путин и Александр Лукашенко посетили Валаамский монастырь и провели "
        "неформальную беседу.",
    ),
    "en_lukashenko_valaam": (
        (7, 26),
        "kremlin_en",
        "Vladimir Putin and Alexander Lukashenko visited the Valaam Monastery and held "
        "informal talks.",
    ),
    "ru_tokayev_moscow": (
        (11, 12),
        "kremlin_ru",
        "Переговоры Владимира Путина и Президента Казахстана Касым-Жомарта Токаева в "
        "Кремле. Подписана Декларация о переходе к всеобъемлющему стратегическому "
        "партнёрству и союзничеству.",
    ),
    "en_tokayev_moscow": (
        (11, 12),
        "reuters_world",
        "Kazakh President Kassym-Jomart Tokayev, on a state visit to Moscow, signed a "
        "declaration with Putin elevating ties to a comprehensive strategic "
        "partnership.",
    ),
    "ru_lavrov_astana": (
        (12, 15),
        "mid_rf",
        "📍Астана. С.В.Лавров провёл переговоры с Министром иностранных дел Республики "
        "Казахстан Е.Кошербаевым. Президент Казахстана К.-Ж.Токаев принял российского "
        "министра.",
    ),
    "en_lavrov_astana": (
        (12, 15),
        "mfa_russia_en",
        "Sergey Lavrov and Kazakhstan's Foreign Minister Yermek Kosherbayev held talks in Astana.",
    ),
    "ru_victory_parade": (
        (5, 9),
        "kremlin_ru",
        "На Красной площади состоялся парад в честь 80-летия Победы. Среди почётных "
        "гостей — Си Цзиньпин, Лукашенко, Токаев, Мирзиёев, Рахмон, Жапаров, Лула да "
        "Силва, Вучич и Фицо. #80летПобеды",
    ),
    "en_victory_parade": (
        (5, 9),
        "ap_news",
        "Putin hosted Xi Jinping, Brazil's Lula and more than 20 other leaders at a "
        "Victory Day parade in Moscow's Red Square marking 80 years since the defeat of "
        "Nazi Germany.",
    ),
    "ru_lavrov_saidov": (
        (3, 27),
        "mid_rf",
        "📍Ташкент. Переговоры С.В.Лаврова с Министром иностранных дел Узбекистана "
        "Б.Саидовым. Президент Ш.Мирзиёев принял российского министра.",
    ),
    "en_lavrov_saidov": (
        (3, 27),
        "mfa_russia_en",
        "Lavrov and Uzbek Foreign Minister Bakhtiyor Saidov held talks in Tashkent; "
        "President Shavkat Mirziyoyev received the Russian minister.",
    ),
    "ru_washington_peace": (
        (8, 8),
        "tass_agency",
        "В Вашингтоне Алиев и Пашинян при участии Трампа парафировали текст мирного "
        "соглашения между Азербайджаном и Арменией.",
    ),
    "en_washington_peace": (
        (8, 8),
        "ap_news",
        "The leaders of Armenia and Azerbaijan, Nikol Pashinyan and Ilham Aliyev, "
        "signed a peace declaration at the White House with Trump, including a transit "
        "corridor dubbed TRIPP.",
    ),
    "ru_gaza_ceasefire": (
        (10, 10),
        "ria_news",
        "🕊 В секторе Газа вступил в силу режим прекращения огня; израильские войска "
        "отошли на согласованные позиции.",
    ),
    "en_gaza_ceasefire": (
        (10, 10),
        "ap_news",
        "A ceasefire between Israel and Hamas took effect in Gaza as Israeli troops "
        "pulled back to agreed lines.",
    ),
    "ru_transnistria_gas": (
        (1, 1),
        "tass_agency",
        "С 1 января прекращён транзит российского газа через Украину. Приднестровье "
        "осталось без поставок газа, Молдавская ГРЭС переведена на уголь.",
    ),
    "en_transnistria_gas": (
        (1, 1),
        "reuters_world",
        "Moldova's breakaway Transnistria region cut off heating and hot water to "
        "households after Russian gas flows via Ukraine stopped.",
    ),
    "ru_eu_gas_ban": (
        (6, 17),
        "interfax",
        "Еврокомиссия предложила запретить импорт российского газа в ЕС к концу 2027 года.",
    ),
    "ru_lavrov_togo": (
        (6, 10),
        "mid_rf",
        "Переговоры С.В.Лаврова с Министром иностранных дел Того Р.Дюсе. Россия и Того "
        "договорились расширять сотрудничество в сфере образования и безопасности.",
    ),
    "en_lavrov_togo": (
        (6, 10),
        "mfa_russia_en",
        "Lavrov held talks with Togo's Foreign Minister Robert Dussey. Russia will open "
        "an embassy in Lomé.",
    ),
    "ru_togo_embassy": (
        (6, 10),
        "ria_news",
        "⚡️Россия откроет посольство в Ломе, столице Того, — Лавров",
    ),
    "ru_lavrov_chad": (
        (3, 4),
        "mid_rf",
        "Переговоры С.В.Лаврова с Министром иностранных дел Республики Чад. Стороны "
        "отметили рост числа чадских студентов в российских вузах. Кроме того, "
        "обсуждена ситуация в Сахеле.",
    ),
    "en_lavrov_chad": (
        (3, 4),
        "mfa_russia_en",
        "Lavrov met the Foreign Minister of Chad in Moscow; Russia and Chad agreed to "
        "expand cooperation in education and energy.",
    ),
    "en_chad_spokesman": (
        (4, 3),
        "ap_news",
        "Commerce Department spokesman Chad Gilbert said the new tariffs on steel and "
        "aluminum would take effect at midnight.",
    ),
    "ru_russia_africa_cairo": (
        (12, 20),
        "mid_rf",
        "📍Каир. С.В.Лавров и Министр иностранных дел Египта Б.Абдель Ати открыли вторую "
        "министерскую конференцию Форума партнёрства Россия — Африка.",
    ),
    "en_russia_africa_cairo": (
        (12, 20),
        "mfa_russia_en",
        "Lavrov and Egypt's Badr Abdelatty co-chaired the second ministerial conference "
        "of the Russia–Africa Partnership Forum in Cairo. Delegations from Togo and "
        "Chad attended.",
    ),
    "ru_mirny_alrosa": (
        (3, 12),
        "interfax",
        "АЛРОСА запустила в Мирном (Якутия) новую обогатительную фабрику мощностью 1,5 "
        "млн тонн руды в год.",
    ),
    "en_mirny_alrosa": (
        (3, 12),
        "reuters_world",
        "Alrosa opened a new processing plant in Mirny, Yakutia, despite Western "
        "sanctions on Russian diamonds.",
    ),
    "ru_mir_vietnam": (
        (11, 5),
        "ria_news",
        "💳 Карты «Мир» начнут принимать в банкоматах Вьетнама, сообщили в НСПК.",
    ),
    "en_mir_vietnam": (
        (11, 5),
        "reuters_world",
        "Russia's Mir payment cards will be accepted at ATMs in Vietnam, the National "
        "Card Payment System said.",
    ),
    "ru_china_visa_free": (
        (9, 15),
        "ria_news",
        "С 15 сентября граждане России могут въезжать в Китай без виз на срок до 30 "
        "дней. Безвизовый режим введён в пробном порядке на год.",
    ),
    "en_china_visa_free": (
        (9, 2),
        "reuters_world",
        "China will allow visa-free entry for Russian citizens for up to 30 days from "
        "Sept 15 as a one-year trial, the Chinese Foreign Ministry said.",
    ),
    "ru_putin_visa_china": (
        (12, 1),
        "kremlin_ru",
        "Путин подписал указ о безвизовом въезде в Россию граждан КНР на срок до 30 "
        "дней в ответ на аналогичное решение Пекина.",
    ),
    "en_putin_visa_china": (
        (12, 1),
        "ap_news",
        "Putin signed a decree allowing Chinese citizens to enter Russia without visas "
        "for up to 30 days, mirroring Beijing's move.",
    ),
    "ru_schengen": (
        (11, 7),
        "tass_agency",
        "ЕС прекратил выдачу многократных шенгенских виз гражданам России. Захарова "
        "назвала решение дискриминационным.",
    ),
    "en_schengen": (
        (11, 7),
        "reuters_world",
        "The EU stopped issuing multiple-entry visas to Russian citizens, citing security risks.",
    ),
    "ru_kursk_liberation": (
        (4, 26),
        "kremlin_ru",
        "Начальник Генштаба Валерий Герасимов доложил Владимиру Путину о завершении "
        "освобождения Курской области. Отмечено участие военнослужащих КНДР.",
    ),
    "en_kursk_liberation": (
        (4, 26),
        "reuters_world",
        "Russia's top general told Putin that Ukrainian forces had been driven out of "
        "the Kursk region and, for the first time, acknowledged the role of North "
        "Korean troops.",
    ),
    "ru_kim_kursk": (
        (4, 28),
        "tass_agency",
        "Ким Чен Ын: участие северокорейских военных в освобождении Курской области — "
        "выполнение союзнического долга по договору с Россией.",
    ),
    "en_kim_kursk": (
        (4, 28),
        "ap_news",
        "North Korea confirmed for the first time that it sent troops to Russia's Kursk "
        "region; Kim Jong Un called it a sacred mission.",
    ),
    "ru_kursk_flash": (
        (3, 12),
        "ria_news",
        "⚡️Путин в военной форме посетил командный пункт группировки войск «Курск» в "
        "Курской области",
    ),
    "ru_lavrov_wonsan": (
        (7, 12),
        "mid_rf",
        "📍Вонсан. С.В.Лавров провёл переговоры с Министром иностранных дел КНДР Цой Сон "
        "Хи. Председатель Госсовета Ким Чен Ын принял российского министра.",
    ),
    "en_lavrov_wonsan": (
        (7, 12),
        "mfa_russia_en",
        "Sergey Lavrov met Kim Jong Un in Wonsan after talks with DPRK Foreign Minister "
        "Choe Son Hui.",
    ),
    "ru_choe_moscow": (
        (10, 27),
        "mid_rf",
        "Переговоры С.В.Лаврова с Министром иностранных дел КНДР Цой Сон Хи в Москве.",
    ),
    "en_choe_moscow": (
        (10, 27),
        "tass_en",
        "North Korean Foreign Minister Choe Son Hui arrived in Moscow for talks with Lavrov.",
    ),
    "ru_kazanforum": (
        (5, 15),
        "tass_agency",
        "В Казани открылся XVI Международный экономический форум «Россия — Исламский "
        "мир: KazanForum». Участвуют делегации из 90 стран.",
    ),
    "ru_spief_prabowo": (
        (6, 20),
        "kremlin_ru",
        "Пленарное заседание ПМЭФ в Санкт-Петербурге. Главный гость форума — Президент "
        "Индонезии Прабово Субианто.",
    ),
    "en_spief_prabowo": (
        (6, 20),
        "reuters_world",
        "Putin told the St Petersburg International Economic Forum that Russia's "
        "economy must avoid recession; Indonesia's Prabowo Subianto was the guest of "
        "honour.",
    ),
    "ru_eef": (
        (9, 5),
        "kremlin_ru",
        "Путин выступил на пленарном заседании Восточного экономического форума во Владивостоке.",
    ),
    "ru_sco_heads_moscow": (
        (11, 18),
        "tass_agency",
        "Мишустин открыл в Москве заседание Совета глав правительств государств — "
        "членов ШОС. Китай представляет премьер Госсовета Ли Цян.",
    ),
    "en_sco_heads_moscow": (
        (11, 18),
        "xinhua_en",
        "Chinese Premier Li Qiang attended the SCO heads of government meeting in "
        "Moscow hosted by Russian Prime Minister Mikhail Mishustin.",
    ),
    "ru_lavrov_yermekbayev": (
        (2, 6),
        "mid_rf",
        "С.В.Лавров принял Генерального секретаря ШОС Н.Ермекбаева. Обсуждены "
        "приоритеты председательства Китая в Организации.",
    ),
    "ru_putin_dsnv": (
        (9, 22),
        "kremlin_ru",
        "Путин: Россия готова в течение одного года после 5 февраля 2026 года "
        "придерживаться количественных ограничений ДСНВ, если США поступят так же.",
    ),
    "ru_lavrov_interview": (
        (12, 25),
        "mid_rf",
        "Интервью С.В.Лаврова телеканалу «Россия»: о контактах с администрацией Трампа, "
        "отношениях с Китаем и Индией, о перспективах ШОС и БРИКС.",
    ),
    "en_turkey_prices": (
        (11, 20),
        "ap_news",
        "Turkey prices fall ahead of Thanksgiving as bird flu outbreaks ease; a "
        "16-pound turkey will cost shoppers about 10% less than last year.",
    ),
    "en_fine_china": (
        (4, 24),
        "ap_news",
        "A rare set of 18th-century Meissen fine china sold for $1.2 million at "
        "Christie's in London, far above its estimate.",
    ),
    "ru_van_gogh": (
        (3, 18),
        "tass_agency",
        "В Пушкинском музее откроется выставка «Ван Гог и его современники» — более 100 "
        "работ из российских собраний.",
    ),
    "en_wang_wentao": (
        (10, 10),
        "reuters_world",
        "Chinese Commerce Minister Wang Wentao defended new export controls on rare "
        "earths after Washington threatened 100% tariffs.",
    ),
    "ru_kirill_lavrov": (
        (9, 15),
        "tass_agency",
        "В Санкт-Петербурге отмечают 100-летие со дня рождения народного артиста СССР "
        "Кирилла Лаврова. В БДТ открылась выставка, посвящённая актёру.",
    ),
    "en_hockey_lavrov": (
        (1, 19),
        "tass_en",
        "KHL: Avangard forward Nikita Lavrov scored twice as his team beat CSKA Moscow "
        "4-2 in Omsk.",
    ),
    "ru_football_zakharov": (
        (4, 13),
        "ria_news",
        "⚽️ Полузащитник «Ростова» Иван Захаров оформил дубль в матче с «Зенитом». "
        "Главный тренер остался доволен Захаровым.",
    ),
    "ru_peskova_gym": (
        (4, 7),
        "tass_agency",
        "🥇 Ольга Пескова выиграла многоборье на этапе Кубка России по художественной "
        "гимнастике в Казани.",
    ),
}

# Post lists several queries share, named once.
_LAVROV = (
    "ru_lavrov_wangyi_moscow",
    "en_lavrov_wangyi_moscow",
    "ru_lavrov_wangyi_beijing",
    "en_lavrov_wangyi_beijing",
    "ru_sco_cfm_tianjin",
    "ru_xi_sco_fms",
    "en_xi_sco_fms",
    "ru_lavrov_xi_flash",
    "ru_ushakov_alaska",
    "en_ushakov_alaska",
    "ru_lavrov_rubio_riyadh",
    "en_lavrov_rubio_riyadh",
    "ru_lavrov_rubio_kl",
    "en_lavrov_rubio_kl",
    "ru_lavrov_asean",
    "ru_lavrov_ankara",
    "en_lavrov_ankara",
    "ru_erdogan_lavrov",
    "ru_zakharova_briefing_nov",
    "ru_lavrov_guterres_ny",
    "en_lavrov_guterres_ny",
    "ru_lavrov_unga",
    "en_lavrov_unga",
    "ru_lavrov_brics_ny",
    "ru_araghchi_moscow",
    "en_araghchi_moscow",
    "ru_brics_rio",
    "ru_cis_fm",
    "ru_g20_fm",
    "en_g20_fm",
    "ru_lavrov_jaishankar",
    "en_jaishankar_moscow",
    "ru_lavrov_astana",
    "en_lavrov_astana",
    "ru_lavrov_saidov",
    "en_lavrov_saidov",
    "ru_lavrov_togo",
    "en_lavrov_togo",
    "ru_togo_embassy",
    "ru_lavrov_chad",
    "en_lavrov_chad",
    "ru_russia_africa_cairo",
    "en_russia_africa_cairo",
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
    "ru_choe_moscow",
    "en_choe_moscow",
    "ru_lavrov_yermekbayev",
    "ru_lavrov_interview",
)
_ZAKHAROVA = (
    "ru_zakharova_transnistria",
    "en_zakharova_transnistria",
    "ru_zakharova_sanctions",
    "en_zakharova_sanctions",
    "ru_zakharova_hague",
    "ru_zakharova_tomahawk",
    "en_zakharova_tomahawk",
    "ru_zakharova_gaza",
    "ru_zakharova_baku_yerevan",
    "ru_zakharova_briefing_nov",
    "ru_zakharova_kallas",
    "ru_zakharova_moldova",
    "ru_schengen",
)
_PESKOV = (
    "ru_putin_modi_car",
    "ru_peskov_erdogan",
    "ru_peskov_alaska",
    "en_peskov_witkoff",
    "ru_peskov_merz",
    "en_peskov_merz",
    "ru_peskov_peace_plan",
)
_PUTIN = (
    "ru_wangyi_putin",
    "ru_lavrov_xi_flash",
    "ru_sco_summit_tianjin",
    "en_sco_summit_tianjin",
    "ru_putin_modi_car",
    "en_putin_modi_car",
    "ru_putin_erdogan_sco",
    "ru_peskov_erdogan",
    "ru_putin_xi_beijing",
    "en_putin_xi_beijing",
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_alaska_summit",
    "en_alaska_summit",
    "ru_witkoff_putin",
    "en_witkoff_moscow",
    "ru_witkoff_kushner",
    "en_peskov_witkoff",
    "ru_putin_trump_call",
    "en_putin_erdogan_ashgabat",
    "ru_putin_ashgabat",
    "en_putin_ashgabat",
    "ru_putin_sovbez",
    "ru_araghchi_flash",
    "en_araghchi_putin",
    "ru_pezeshkian_moscow",
    "en_pezeshkian_moscow",
    "ru_brics_rio",
    "en_brics_rio",
    "ru_brics_kazan_anniv",
    "en_brics_kazan_anniv",
    "ru_cis_dushanbe",
    "en_cis_dushanbe",
    "ru_putin_aliyev_dushanbe",
    "ru_russia_central_asia",
    "en_central_asia_dushanbe",
    "ru_putin_rahmon",
    "en_csto_bishkek",
    "ru_eaeu_spb",
    "ru_putin_delhi",
    "en_putin_delhi",
    "ru_ushakov_modi",
    "ru_orban_moscow",
    "en_orban_moscow",
    "ru_putin_lukashenko_valaam",
    "en_lukashenko_valaam",
    "ru_tokayev_moscow",
    "en_tokayev_moscow",
    "en_victory_parade",
    "ru_putin_visa_china",
    "en_putin_visa_china",
    "ru_kursk_liberation",
    "en_kursk_liberation",
    "ru_kursk_flash",
    "en_spief_prabowo",
    "ru_eef",
    "ru_putin_dsnv",
)
_PUTIN_MODI = (
    "en_sco_summit_tianjin",
    "ru_putin_modi_car",
    "en_putin_modi_car",
    "ru_putin_delhi",
    "en_putin_delhi",
    "ru_ushakov_modi",
)
_PUTIN_SI_TSZINPIN = (
    "ru_wangyi_putin",
    "ru_lavrov_xi_flash",
    "en_sco_summit_tianjin",
    "ru_putin_xi_beijing",
    "en_putin_xi_beijing",
    "ru_beijing_parade",
    "en_beijing_parade",
    "en_brics_rio",
    "en_victory_parade",
)
_SI_TSZINPIN = (
    "ru_wangyi_putin",
    "ru_xi_sco_fms",
    "en_xi_sco_fms",
    "ru_lavrov_xi_flash",
    "en_sco_summit_tianjin",
    "ru_guterres_tianjin",
    "ru_putin_xi_beijing",
    "en_putin_xi_beijing",
    "ru_beijing_parade",
    "en_beijing_parade",
    "en_brics_rio",
    "ru_victory_parade",
    "en_victory_parade",
)
_GUTERRISH = (
    "ru_guterres_tianjin",
    "en_guterres_tianjin",
    "ru_guterres_charter",
    "en_guterres_charter",
    "ru_lavrov_guterres_ny",
    "en_lavrov_guterres_ny",
    "ru_guterres_sudan",
    "en_guterres_sudan",
)
_GENSEK_OON = (
    "ru_guterres_tianjin",
    "en_guterres_tianjin",
    "ru_guterres_charter",
    "en_guterres_charter",
    "ru_lavrov_guterres_ny",
    "en_lavrov_guterres_ny",
    "ru_guterres_sudan",
    "en_guterres_sudan",
    "ru_dujarric_gaza",
)
_GENSEK_NATO = (
    "ru_rutte_hague",
    "en_nato_hague",
    "ru_rutte_berlin",
    "en_rutte_berlin",
    "en_white_house_europe",
    "ru_white_house_europe",
)
_UITKOFF = (
    "ru_ushakov_alaska",
    "ru_witkoff_putin",
    "en_witkoff_moscow",
    "ru_witkoff_dmitriev",
    "ru_witkoff_kushner",
    "en_peskov_witkoff",
)
_RUBIO = (
    "ru_ushakov_alaska",
    "ru_lavrov_rubio_riyadh",
    "en_lavrov_rubio_riyadh",
    "ru_lavrov_rubio_kl",
    "en_lavrov_rubio_kl",
    "ru_geneva_talks",
    "en_geneva_talks",
)
_TRAMP = (
    "ru_alaska_summit",
    "en_alaska_summit",
    "ru_peskov_alaska",
    "en_witkoff_moscow",
    "ru_putin_trump_call",
    "en_lavrov_rubio_kl",
    "en_asean_summit_kl",
    "ru_medvedev_trump",
    "en_medvedev_trump",
    "en_nato_hague",
    "ru_who_us_exit",
    "en_who_us_exit",
    "ru_brics_rio_tariffs",
    "en_white_house_europe",
    "ru_white_house_europe",
    "ru_washington_peace",
    "en_washington_peace",
    "ru_lavrov_interview",
)
_MERTS = (
    "ru_peskov_merz",
    "en_peskov_merz",
    "ru_merz_taurus",
    "en_merz_taurus",
    "en_white_house_europe",
    "ru_white_house_europe",
)
_LUKASHENKO = (
    "ru_cis_dushanbe",
    "en_csto_bishkek",
    "ru_eaeu_minsk",
    "en_eaeu_minsk",
    "ru_putin_lukashenko_valaam",
    "en_lukashenko_valaam",
    "ru_victory_parade",
)
_TOKAEV = (
    "ru_cis_dushanbe",
    "ru_russia_central_asia",
    "en_central_asia_dushanbe",
    "en_csto_bishkek",
    "ru_tokayev_moscow",
    "en_tokayev_moscow",
    "ru_lavrov_astana",
    "ru_victory_parade",
)
_MIRZIEEV = (
    "ru_cis_dushanbe",
    "ru_russia_central_asia",
    "en_central_asia_dushanbe",
    "ru_victory_parade",
    "ru_lavrov_saidov",
    "en_lavrov_saidov",
)
_ARAKCHI = (
    "ru_xi_sco_fms",
    "ru_zakharova_briefing_nov",
    "en_iran_suspends_iaea",
    "ru_araghchi_moscow",
    "en_araghchi_moscow",
    "ru_araghchi_flash",
    "en_araghchi_putin",
    "ru_grossi_araghchi",
    "en_grossi_araghchi",
)
_VAN_I = (
    "ru_lavrov_wangyi_moscow",
    "en_lavrov_wangyi_moscow",
    "ru_wangyi_putin",
    "ru_lavrov_wangyi_beijing",
    "en_lavrov_wangyi_beijing",
    "ru_sco_cfm_tianjin",
)
_KIM_CHEN_YN = (
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_kim_kursk",
    "en_kim_kursk",
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
)
_PEKIN = (
    "ru_lavrov_wangyi_beijing",
    "en_lavrov_wangyi_beijing",
    "ru_xi_sco_fms",
    "en_xi_sco_fms",
    "ru_putin_xi_beijing",
    "en_putin_xi_beijing",
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_putin_visa_china",
    "en_putin_visa_china",
)
_TYANTSZIN = (
    "ru_lavrov_wangyi_beijing",
    "en_lavrov_wangyi_beijing",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "ru_sco_summit_tianjin",
    "en_sco_summit_tianjin",
    "ru_putin_modi_car",
    "ru_sco_declaration",
    "ru_guterres_tianjin",
    "en_guterres_tianjin",
    "ru_yermekbayev_flash",
)
_ZHENEVA = (
    "ru_geneva_talks",
    "en_geneva_talks",
    "ru_who_assembly",
    "en_who_pandemic",
    "ru_turk_rights",
    "en_turk_rights",
)
_MOSKVA = (
    "ru_lavrov_wangyi_moscow",
    "en_lavrov_wangyi_moscow",
    "en_witkoff_moscow",
    "en_peskov_witkoff",
    "en_lavrov_ankara",
    "ru_zakharova_tomahawk",
    "en_peskov_merz",
    "ru_shoigu_security",
    "en_shoigu_security",
    "ru_araghchi_flash",
    "en_araghchi_putin",
    "ru_pezeshkian_moscow",
    "en_pezeshkian_moscow",
    "ru_lavrov_jaishankar",
    "en_jaishankar_moscow",
    "en_orban_moscow",
    "en_tokayev_moscow",
    "en_victory_parade",
    "en_lavrov_chad",
    "ru_choe_moscow",
    "en_choe_moscow",
    "ru_sco_heads_moscow",
    "en_sco_heads_moscow",
    "en_hockey_lavrov",
)
_SEKTOR_GAZA = (
    "ru_zakharova_gaza",
    "en_dujarric_gaza",
    "ru_dujarric_gaza",
    "ru_nebenzya_gaza",
    "en_unsc_gaza",
    "ru_unsc_2803",
    "ru_gaza_ceasefire",
    "en_gaza_ceasefire",
)
_KITAY = (
    "ru_lavrov_wangyi_moscow",
    "en_lavrov_wangyi_moscow",
    "ru_wangyi_putin",
    "ru_lavrov_wangyi_beijing",
    "en_lavrov_wangyi_beijing",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "ru_putin_xi_beijing",
    "en_putin_xi_beijing",
    "ru_power_siberia",
    "en_power_siberia",
    "en_unsc_gaza",
    "ru_unsc_2803",
    "ru_iaea_iran",
    "ru_china_visa_free",
    "en_china_visa_free",
    "ru_putin_visa_china",
    "en_putin_visa_china",
    "ru_sco_heads_moscow",
    "en_sco_heads_moscow",
    "ru_lavrov_yermekbayev",
    "ru_lavrov_interview",
    "en_wang_wentao",
)
_INDIYA = (
    "en_xi_sco_fms",
    "ru_brics_india_2026",
    "en_brics_india_chair",
    "ru_putin_delhi",
    "en_putin_delhi",
    "ru_ushakov_modi",
    "ru_lavrov_jaishankar",
    "en_jaishankar_moscow",
    "ru_lavrov_interview",
)
_IRAN = (
    "ru_zakharova_briefing_nov",
    "ru_iran_strikes_mid",
    "ru_iaea_iran",
    "en_iran_suspends_iaea",
    "ru_araghchi_moscow",
    "en_araghchi_moscow",
    "ru_araghchi_flash",
    "en_araghchi_putin",
    "ru_grossi_araghchi",
    "en_grossi_araghchi",
    "ru_pezeshkian_moscow",
    "en_pezeshkian_moscow",
)
_SSHA = (
    "ru_alaska_summit",
    "ru_ushakov_alaska",
    "ru_witkoff_putin",
    "en_witkoff_moscow",
    "ru_witkoff_dmitriev",
    "en_peskov_witkoff",
    "ru_putin_trump_call",
    "ru_lavrov_rubio_riyadh",
    "en_lavrov_rubio_riyadh",
    "ru_geneva_talks",
    "en_geneva_talks",
    "ru_peskov_peace_plan",
    "ru_unsc_2774",
    "en_unsc_2774",
    "ru_nebenzya_gaza",
    "en_unsc_gaza",
    "ru_iran_strikes_mid",
    "en_araghchi_putin",
    "ru_who_us_exit",
    "en_who_us_exit",
    "ru_brics_rio_tariffs",
    "ru_g20_johannesburg",
    "en_g20_johannesburg",
    "en_jaishankar_moscow",
    "ru_putin_dsnv",
)
_KNDR = (
    "en_beijing_parade",
    "ru_kursk_liberation",
    "en_kursk_liberation",
    "ru_kim_kursk",
    "en_kim_kursk",
    "ru_lavrov_wonsan",
    "en_lavrov_wonsan",
    "ru_choe_moscow",
    "en_choe_moscow",
)
_SHOS = (
    "ru_lavrov_wangyi_moscow",
    "en_lavrov_wangyi_moscow",
    "ru_lavrov_wangyi_beijing",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "ru_xi_sco_fms",
    "en_xi_sco_fms",
    "ru_sco_summit_tianjin",
    "en_sco_summit_tianjin",
    "ru_sco_declaration",
    "en_sco_kyrgyz_chair",
    "ru_sco_bishkek_2026",
    "ru_guterres_tianjin",
    "en_guterres_tianjin",
    "ru_yermekbayev_flash",
    "ru_putin_erdogan_sco",
    "ru_sco_heads_moscow",
    "en_sco_heads_moscow",
    "ru_lavrov_yermekbayev",
    "ru_lavrov_interview",
)
_SHOS_TYANTSZIN = (
    "ru_lavrov_wangyi_beijing",
    "ru_sco_cfm_tianjin",
    "en_sco_cfm_tianjin",
    "ru_sco_summit_tianjin",
    "en_sco_summit_tianjin",
    "ru_sco_declaration",
    "ru_guterres_tianjin",
    "en_guterres_tianjin",
    "ru_yermekbayev_flash",
)
_BRIKS = (
    "ru_lavrov_wangyi_moscow",
    "en_lavrov_wangyi_moscow",
    "ru_lavrov_brics_ny",
    "ru_brics_rio",
    "en_brics_rio",
    "ru_brics_rio_tariffs",
    "ru_brics_kazan_anniv",
    "en_brics_kazan_anniv",
    "ru_brics_india_2026",
    "en_brics_india_chair",
    "ru_ryabkov_brics",
    "ru_brics_partners",
    "ru_lavrov_interview",
)
_OON = (
    "ru_lavrov_wangyi_moscow",
    "en_lavrov_wangyi_moscow",
    "ru_guterres_tianjin",
    "en_guterres_tianjin",
    "ru_guterres_charter",
    "en_guterres_charter",
    "ru_lavrov_guterres_ny",
    "en_lavrov_guterres_ny",
    "ru_guterres_sudan",
    "en_guterres_sudan",
    "ru_baerbock_unga",
    "en_baerbock_elected",
    "ru_lavrov_unga",
    "en_lavrov_unga",
    "ru_lavrov_brics_ny",
    "en_dujarric_gaza",
    "ru_dujarric_gaza",
    "ru_unsc_2774",
    "en_unsc_2774",
    "ru_nebenzya_gaza",
    "en_unsc_gaza",
    "ru_unsc_2803",
    "ru_iran_strikes_mid",
    "en_iran_suspends_iaea",
    "ru_turk_rights",
    "en_turk_rights",
)
_MAGATE = (
    "ru_grossi_zaes",
    "en_grossi_znpp",
    "ru_iaea_iran",
    "en_iran_suspends_iaea",
    "ru_grossi_araghchi",
    "en_grossi_araghchi",
)
_NATO = (
    "ru_zakharova_hague",
    "en_lavrov_unga",
    "ru_rutte_hague",
    "en_nato_hague",
    "ru_rutte_berlin",
    "en_rutte_berlin",
    "en_white_house_europe",
)
_ES = (
    "ru_zakharova_sanctions",
    "en_zakharova_sanctions",
    "ru_zakharova_kallas",
    "en_lavrov_unga",
    "ru_kallas_19",
    "en_eu_19th",
    "ru_costa_assets",
    "en_costa_assets",
    "ru_eu_gas_ban",
    "ru_schengen",
    "en_schengen",
)
_SOVET_BEZOPASNOSTI_OON = (
    "ru_unsc_2774",
    "en_unsc_2774",
    "ru_nebenzya_gaza",
    "en_unsc_gaza",
    "ru_unsc_2803",
    "ru_iran_strikes_mid",
)

QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "Лавров",
        _LAVROV,
        "surname in Russian; English posts name Lavrov too",
    ),
    Labelled(
        "лавров",
        _LAVROV,
        "lower-case surname, both languages",
    ),
    Labelled(
        "Лаврова",
        _LAVROV,
        "genitive of the surname, both languages",
    ),
    Labelled(
        "Lavrov",
        _LAVROV,
        "Latin spelling; Russian posts name Лавров",
    ),
    Labelled(
        "Сергей Лавров",
        _LAVROV,
        "given name + surname: the minister, not actor Kirill Lavrov",
        absent=("ru_kirill_lavrov",),
    ),
    Labelled(
        "Sergey Lavrov",
        _LAVROV,
        "MFA spelling; not the actor or the hockey player",
        absent=("ru_kirill_lavrov", "en_hockey_lavrov"),
    ),
    Labelled(
        "Sergei Lavrov",
        _LAVROV,
        "wire spelling Sergei; all Lavrov posts",
        absent=("ru_kirill_lavrov", "en_hockey_lavrov"),
    ),
    Labelled(
        "С.В. Лавров",
        _LAVROV,
        "initials as the MFA writes them",
        absent=("ru_kirill_lavrov",),
    ),
    Labelled(
        "министр Лавров",
        _LAVROV,
        "title + name: every post naming the minister",
        absent=("ru_kirill_lavrov", "en_hockey_lavrov"),
    ),
    Labelled(
        "Foreign Minister Lavrov",
        _LAVROV,
        "title + name in English; both languages",
        absent=("ru_kirill_lavrov", "en_hockey_lavrov"),
    ),
    Labelled(
        "Лавроу",
        _LAVROV,
        "typo of Лавров",
    ),
    Labelled(
        "Кирилл Лавров",
        ("ru_kirill_lavrov",),
        "the actor, not the minister or hockey player Nikita Lavrov",
        absent=(
            "en_hockey_lavrov",
            "ru_lavrov_wangyi_moscow",
            "ru_lavrov_ankara",
            "en_lavrov_ankara",
        ),
    ),
    Labelled(
        "Лавров Ван И",
        (
            "ru_lavrov_wangyi_moscow",
            "en_lavrov_wangyi_moscow",
            "ru_lavrov_wangyi_beijing",
            "en_lavrov_wangyi_beijing",
            "ru_sco_cfm_tianjin",
        ),
        "two names; Lavrov's talks with Wang Yi in both languages",
        absent=("ru_van_gogh",),
    ),
    Labelled(
        "Lavrov Wang Yi",
        (
            "ru_lavrov_wangyi_moscow",
            "en_lavrov_wangyi_moscow",
            "ru_lavrov_wangyi_beijing",
            "en_lavrov_wangyi_beijing",
            "ru_sco_cfm_tianjin",
        ),
        "two names in Latin letters",
        absent=("en_wang_wentao",),
    ),
    Labelled(
        "Лавров Пекин",
        ("ru_lavrov_wangyi_beijing", "en_lavrov_wangyi_beijing", "ru_xi_sco_fms", "en_xi_sco_fms"),
        "name + place",
    ),
    Labelled(
        "Lavrov Beijing",
        ("ru_lavrov_wangyi_beijing", "en_lavrov_wangyi_beijing", "ru_xi_sco_fms", "en_xi_sco_fms"),
        "name + place in English",
    ),
    Labelled(
        "Лавров Рубио",
        (
            "ru_ushakov_alaska",
            "ru_lavrov_rubio_riyadh",
            "en_lavrov_rubio_riyadh",
            "ru_lavrov_rubio_kl",
            "en_lavrov_rubio_kl",
        ),
        "two names",
    ),
    Labelled(
        "Lavrov Rubio Riyadh",
        ("ru_lavrov_rubio_riyadh", "en_lavrov_rubio_riyadh"),
        "two names + place",
        first="en_lavrov_rubio_riyadh",
    ),
    Labelled(
        "Lavrov Fidan",
        ("ru_lavrov_ankara", "en_lavrov_ankara"),
        "two names in English",
    ),
    Labelled(
        "Lavrov Araghchi",
        ("ru_xi_sco_fms", "ru_zakharova_briefing_nov", "ru_araghchi_moscow", "en_araghchi_moscow"),
        "two names in English",
    ),
    Labelled(
        "Лавров Джайшанкар",
        ("ru_xi_sco_fms", "en_xi_sco_fms", "ru_lavrov_jaishankar", "en_jaishankar_moscow"),
        "two names",
        first="ru_lavrov_jaishankar",
    ),
    Labelled(
        "Lavrov Guterres",
        ("ru_lavrov_guterres_ny", "en_lavrov_guterres_ny"),
        "two names in English",
    ),
    Labelled(
        "Lavrov Kim Jong Un",
        ("ru_lavrov_wonsan", "en_lavrov_wonsan"),
        "two names; Russian spelling Ким Чен Ын",
    ),
    Labelled(
        "Лавров Цой Сон Хи",
        ("ru_lavrov_wonsan", "en_lavrov_wonsan", "ru_choe_moscow", "en_choe_moscow"),
        "two names, Korean name spelled differently",
    ),
    Labelled(
        "Лавров Того",
        ("ru_lavrov_togo", "en_lavrov_togo", "ru_togo_embassy", "en_russia_africa_cairo"),
        "name + the country Togo, not the pronoun того",
        absent=("ru_lavrov_chad",),
    ),
    Labelled(
        "Лавров Чад",
        ("ru_lavrov_chad", "en_lavrov_chad", "en_russia_africa_cairo"),
        "name + the country Chad",
        absent=("en_chad_spokesman",),
    ),
    Labelled(
        "Lavrov SCO",
        (
            "ru_lavrov_wangyi_moscow",
            "en_lavrov_wangyi_moscow",
            "ru_lavrov_wangyi_beijing",
            "ru_sco_cfm_tianjin",
            "ru_xi_sco_fms",
            "en_xi_sco_fms",
            "ru_lavrov_yermekbayev",
            "ru_lavrov_interview",
        ),
        "name + abbreviation; Russian posts write ШОС",
    ),
    Labelled(
        "Lavrov BRICS",
        (
            "ru_lavrov_wangyi_moscow",
            "en_lavrov_wangyi_moscow",
            "ru_lavrov_brics_ny",
            "ru_brics_rio",
            "ru_lavrov_interview",
        ),
        "name + organisation in English",
    ),
    Labelled(
        "Lavrov G20",
        ("ru_zakharova_briefing_nov", "ru_g20_fm", "en_g20_fm"),
        "name + G20, Russian posts write «Группа двадцати» or G20",
    ),
    Labelled(
        "Лавров переговоры",
        (
            "ru_lavrov_wangyi_moscow",
            "ru_lavrov_wangyi_beijing",
            "ru_ushakov_alaska",
            "ru_lavrov_rubio_riyadh",
            "ru_lavrov_ankara",
            "ru_araghchi_moscow",
            "ru_lavrov_jaishankar",
            "ru_lavrov_astana",
            "ru_lavrov_saidov",
            "ru_lavrov_togo",
            "ru_lavrov_chad",
            "ru_lavrov_wonsan",
            "ru_choe_moscow",
        ),
        "name + ordinary word: Russian posts only",
    ),
    Labelled(
        "Lavrov talks",
        (
            "en_lavrov_wangyi_moscow",
            "en_lavrov_wangyi_beijing",
            "en_lavrov_ankara",
            "en_araghchi_moscow",
            "en_lavrov_astana",
            "en_lavrov_saidov",
            "en_lavrov_togo",
            "en_lavrov_wonsan",
            "en_choe_moscow",
        ),
        "name + ordinary word: English posts only",
    ),
    Labelled(
        "Захарова",
        _ZAKHAROVA,
        "spokeswoman's surname; not footballer Zakharov",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "захарова",
        _ZAKHAROVA,
        "lower case",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "Захаровой",
        _ZAKHAROVA,
        "genitive of the feminine surname",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "Мария Захарова",
        _ZAKHAROVA,
        "given name + surname",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "Zakharova",
        _ZAKHAROVA,
        "Latin spelling, both languages",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "Maria Zakharova",
        _ZAKHAROVA,
        "given name + surname in English",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "Zakharva",
        _ZAKHAROVA,
        "typo of Zakharova",
    ),
    Labelled(
        "spokeswoman Zakharova",
        _ZAKHAROVA,
        "title + name",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "официальный представитель МИД Захарова",
        _ZAKHAROVA,
        "title + name",
        absent=("ru_football_zakharov",),
    ),
    Labelled(
        "Захарова Приднестровье",
        ("ru_zakharova_transnistria", "en_zakharova_transnistria", "ru_zakharova_moldova"),
        "name + region",
    ),
    Labelled(
        "Захарова санкции",
        ("ru_zakharova_sanctions",),
        "name + ordinary word: Russian posts only",
    ),
    Labelled(
        "Zakharova sanctions",
        ("en_zakharova_sanctions",),
        "name + ordinary word: English posts only",
    ),
    Labelled(
        "Захарова Газа",
        ("ru_zakharova_gaza",),
        "name + Gaza (not газа, gas)",
    ),
    Labelled(
        "Zakharova Tomahawk",
        ("ru_zakharova_tomahawk", "en_zakharova_tomahawk"),
        "name + missile name",
    ),
    Labelled(
        "Песков",
        _PESKOV,
        "Kremlin spokesman; not gymnast Olga Peskova",
        absent=("ru_peskova_gym",),
    ),
    Labelled(
        "Дмитрий Песков",
        _PESKOV,
        "given name + surname",
        absent=("ru_peskova_gym",),
    ),
    Labelled(
        "Peskov",
        _PESKOV,
        "Latin spelling, both languages",
        absent=("ru_peskova_gym",),
    ),
    Labelled(
        "пресс-секретарь Песков",
        _PESKOV,
        "title + name",
        absent=("ru_peskova_gym",),
    ),
    Labelled(
        "Kremlin spokesman Peskov",
        _PESKOV,
        "title + name in English",
        absent=("ru_peskova_gym",),
    ),
    Labelled(
        "Песков Мерц",
        ("ru_peskov_merz", "en_peskov_merz"),
        "two names",
    ),
    Labelled(
        "Песков Аляска",
        ("ru_peskov_alaska",),
        "name + place",
    ),
    Labelled(
        "Peskov Witkoff",
        ("en_peskov_witkoff",),
        "two names",
    ),
    Labelled(
        "Ольга Пескова",
        ("ru_peskova_gym",),
        "the gymnast, not the Kremlin spokesman",
        first="ru_peskova_gym",
        absent=("ru_peskov_merz", "en_peskov_merz", "ru_peskov_alaska"),
    ),
    Labelled(
        "Путин",
        _PUTIN,
        "surname, both languages",
    ),
    Labelled(
        "Putin",
        _PUTIN,
        "Latin spelling, both languages",
    ),
    Labelled(
        "Владимир Путин",
        _PUTIN,
        "given name + surname",
    ),
    Labelled(
        "В.В. Путин",
        _PUTIN,
        "initials",
    ),
    Labelled(
        "Путин Моди",
        _PUTIN_MODI,
        "two names",
    ),
    Labelled(
        "Putin Modi",
        _PUTIN_MODI,
        "two names in English",
    ),
    Labelled(
        "Путин Си Цзиньпин",
        _PUTIN_SI_TSZINPIN,
        "two names",
    ),
    Labelled(
        "Putin Xi",
        _PUTIN_SI_TSZINPIN,
        "two names, short Chinese surname",
    ),
    Labelled(
        "Xi Putin Beijing",
        ("ru_putin_xi_beijing", "en_putin_xi_beijing", "ru_beijing_parade", "en_beijing_parade"),
        "two names + city",
        first="en_putin_xi_beijing",
    ),
    Labelled(
        "Путин Трамп",
        ("ru_alaska_summit", "en_alaska_summit", "en_witkoff_moscow", "ru_putin_trump_call"),
        "two names",
    ),
    Labelled(
        "Путин Трамп Аляска",
        ("ru_alaska_summit", "en_alaska_summit"),
        "two names + place",
        first="ru_alaska_summit",
    ),
    Labelled(
        "Putin Alaska",
        ("ru_alaska_summit", "en_alaska_summit"),
        "name + place",
    ),
    Labelled(
        "Putin Erdoğan",
        (
            "ru_putin_erdogan_sco",
            "ru_peskov_erdogan",
            "en_putin_erdogan_ashgabat",
            "ru_putin_ashgabat",
        ),
        "Turkish spelling with ğ",
    ),
    Labelled(
        "Путин Лукашенко",
        (
            "ru_cis_dushanbe",
            "en_csto_bishkek",
            "ru_putin_lukashenko_valaam",
            "en_lukashenko_valaam",
        ),
        "two names",
    ),
    Labelled(
        "Tokayev Putin",
        (
            "ru_cis_dushanbe",
            "ru_russia_central_asia",
            "en_central_asia_dushanbe",
            "en_csto_bishkek",
            "ru_tokayev_moscow",
            "en_tokayev_moscow",
        ),
        "two names in English",
    ),
    Labelled(
        "Putin Kazan",
        ("ru_brics_kazan_anniv", "en_brics_kazan_anniv"),
        "name + city in English",
    ),
    Labelled(
        "Putin Tianjin",
        ("ru_sco_summit_tianjin", "en_sco_summit_tianjin", "ru_putin_modi_car"),
        "name + city in English",
    ),
    Labelled(
        "Putin New Delhi",
        ("ru_putin_delhi", "en_putin_delhi"),
        "name + capital in English",
        first="en_putin_delhi",
    ),
    Labelled(
        "Путин Уиткофф",
        ("ru_witkoff_putin", "en_witkoff_moscow", "ru_witkoff_kushner", "en_peskov_witkoff"),
        "two names",
    ),
    Labelled(
        "Putin Pezeshkian",
        ("ru_putin_ashgabat", "ru_pezeshkian_moscow", "en_pezeshkian_moscow"),
        "two names in English",
    ),
    Labelled(
        "Путин Алиев AZAL",
        ("en_cis_dushanbe", "ru_putin_aliyev_dushanbe"),
        "two names + airline",
        first="ru_putin_aliyev_dushanbe",
    ),
    Labelled(
        "Путин Ким Чен Ын",
        ("ru_beijing_parade", "en_beijing_parade"),
        "two names",
    ),
    Labelled(
        "Путин Рахмон Душанбе",
        ("ru_cis_dushanbe", "ru_russia_central_asia", "ru_putin_rahmon"),
        "two names + capital",
        first="ru_putin_rahmon",
    ),
    Labelled(
        "Putin SCO",
        ("ru_sco_summit_tianjin", "en_sco_summit_tianjin", "ru_putin_erdogan_sco"),
        "name + abbreviation; Russian posts write ШОС",
    ),
    Labelled(
        "визит Путина в Индию",
        ("ru_ushakov_modi",),
        "ordinary word + names: Russian posts with визит only",
    ),
    Labelled(
        "Putin visit India",
        ("en_putin_delhi",),
        "ordinary word + names: English posts with visit only",
    ),
    Labelled(
        "Си Цзиньпин",
        _SI_TSZINPIN,
        "Chinese leader, Russian spelling; English posts write Xi",
    ),
    Labelled(
        "Xi Jinping",
        _SI_TSZINPIN,
        "English spelling; Russian posts write Си Цзиньпин",
    ),
    Labelled(
        "Председатель КНР Си Цзиньпин",
        _SI_TSZINPIN,
        "title + name",
    ),
    Labelled(
        "Си Цзиньпин Пекин",
        (
            "ru_xi_sco_fms",
            "en_xi_sco_fms",
            "ru_putin_xi_beijing",
            "en_putin_xi_beijing",
            "ru_beijing_parade",
            "en_beijing_parade",
        ),
        "name + capital",
    ),
    Labelled(
        "Xi Jinping Tianjin",
        ("en_sco_summit_tianjin", "ru_guterres_tianjin"),
        "name + city",
    ),
    Labelled(
        "Гутерриш",
        _GUTERRISH,
        "UN Secretary-General, usual Russian spelling",
    ),
    Labelled(
        "Гутерреш",
        _GUTERRISH,
        "variant Russian spelling",
    ),
    Labelled(
        "Guterres",
        _GUTERRISH,
        "English spelling, both languages",
    ),
    Labelled(
        "António Guterres",
        _GUTERRISH,
        "given name with accent; not António Costa",
        absent=("en_costa_assets", "ru_costa_assets"),
    ),
    Labelled(
        "Антониу Гутерриш",
        _GUTERRISH,
        "Portuguese given name in Russian; not Антониу Кошта",
        absent=("ru_costa_assets",),
    ),
    Labelled(
        "Гутериш",
        _GUTERRISH,
        "typo",
    ),
    Labelled(
        "Гутерриш Тяньцзинь",
        ("ru_guterres_tianjin", "en_guterres_tianjin"),
        "name + city",
        first="ru_guterres_tianjin",
    ),
    Labelled(
        "Guterres ceasefire",
        ("en_guterres_sudan",),
        "name + ordinary word: English only",
    ),
    Labelled(
        "генсек ООН",
        _GENSEK_OON,
        "the UN Secretary-General by title or name; not the NATO/SCO/CSTO heads",
        absent=(
            "ru_rutte_hague",
            "ru_rutte_berlin",
            "ru_yermekbayev_flash",
            "ru_lavrov_yermekbayev",
            "ru_csto_bishkek",
        ),
    ),
    Labelled(
        "UN Secretary-General",
        _GENSEK_OON,
        "title in English; not NATO or SCO secretaries-general",
        absent=("en_rutte_berlin", "en_sco_cfm_tianjin"),
    ),
    Labelled(
        "генсек НАТО",
        _GENSEK_NATO,
        "NATO Secretary General by title or by name (Rutte); not the UN one",
        absent=(
            "ru_guterres_sudan",
            "ru_dujarric_gaza",
            "ru_guterres_charter",
            "ru_lavrov_guterres_ny",
            "ru_guterres_tianjin",
        ),
    ),
    Labelled(
        "NATO Secretary General",
        _GENSEK_NATO,
        "by title or by name (Rutte); not the UN Secretary-General",
        absent=("en_guterres_charter", "en_lavrov_guterres_ny", "en_guterres_tianjin"),
    ),
    Labelled(
        "генсек ШОС",
        ("en_sco_cfm_tianjin", "ru_yermekbayev_flash", "ru_lavrov_yermekbayev"),
        "SCO Secretary-General Yermekbayev, not the UN or NATO heads",
        absent=("ru_guterres_sudan", "ru_rutte_hague"),
    ),
    Labelled(
        "Рютте",
        _GENSEK_NATO,
        "NATO Secretary General",
    ),
    Labelled(
        "Mark Rutte",
        _GENSEK_NATO,
        "given name + surname in English",
    ),
    Labelled(
        "Бербок",
        ("ru_baerbock_unga", "en_baerbock_elected"),
        "UNGA president, Russian spelling",
    ),
    Labelled(
        "Baerbock",
        ("ru_baerbock_unga", "en_baerbock_elected"),
        "English spelling, both languages",
    ),
    Labelled(
        "Дюжаррик",
        ("en_dujarric_gaza", "ru_dujarric_gaza"),
        "UN spokesman, Russian spelling",
    ),
    Labelled(
        "Небензя",
        ("ru_nebenzya_gaza", "en_unsc_gaza"),
        "Russian UN envoy",
    ),
    Labelled(
        "Nebenzia",
        ("ru_nebenzya_gaza", "en_unsc_gaza"),
        "UN spelling of Небензя",
    ),
    Labelled(
        "Небензя Газа",
        ("ru_nebenzya_gaza", "en_unsc_gaza"),
        "name + Gaza",
    ),
    Labelled(
        "Фолькер Тюрк",
        ("ru_turk_rights", "en_turk_rights"),
        "UN rights chief",
        absent=("en_turkey_prices",),
    ),
    Labelled(
        "Volker Türk",
        ("ru_turk_rights", "en_turk_rights"),
        "English spelling with umlaut",
    ),
    Labelled(
        "Уиткофф",
        _UITKOFF,
        "Trump envoy, Russian spelling",
    ),
    Labelled(
        "Witkoff",
        _UITKOFF,
        "English spelling",
    ),
    Labelled(
        "Steve Witkoff",
        _UITKOFF,
        "given name + surname in English",
    ),
    Labelled(
        "Уиткоф",
        _UITKOFF,
        "one f short",
    ),
    Labelled(
        "спецпосланник Уиткофф",
        _UITKOFF,
        "title + name",
    ),
    Labelled(
        "Witkoff Dmitriev",
        ("ru_ushakov_alaska", "ru_witkoff_putin", "ru_witkoff_dmitriev"),
        "two names in English",
    ),
    Labelled(
        "Witkoff Moscow",
        ("en_witkoff_moscow", "en_peskov_witkoff"),
        "name + city in English",
        first="en_witkoff_moscow",
    ),
    Labelled(
        "Кирилл Дмитриев",
        ("ru_ushakov_alaska", "en_ushakov_alaska", "ru_witkoff_putin", "ru_witkoff_dmitriev"),
        "RDIF head",
    ),
    Labelled(
        "Ушаков",
        ("ru_ushakov_alaska", "en_ushakov_alaska", "ru_witkoff_putin", "ru_ushakov_modi"),
        "Kremlin aide",
    ),
    Labelled(
        "Рубио",
        _RUBIO,
        "US Secretary of State",
    ),
    Labelled(
        "Marco Rubio",
        _RUBIO,
        "given name + surname in English",
    ),
    Labelled(
        "госсекретарь Рубио",
        _RUBIO,
        "title + name",
    ),
    Labelled(
        "Трамп",
        _TRAMP,
        "surname",
    ),
    Labelled(
        "Trump",
        _TRAMP,
        "surname in English, both languages",
    ),
    Labelled(
        "Trump WHO",
        ("ru_who_us_exit", "en_who_us_exit"),
        "name + organisation in English",
    ),
    Labelled(
        "Трамп пошлины",
        ("ru_medvedev_trump", "ru_brics_rio_tariffs"),
        "name + ordinary word: Russian only",
    ),
    Labelled(
        "Мерц",
        _MERTS,
        "German chancellor",
    ),
    Labelled(
        "Merz",
        _MERTS,
        "English, both languages",
    ),
    Labelled(
        "канцлер Мерц",
        _MERTS,
        "title + name",
    ),
    Labelled(
        "Мерц Макрон",
        ("ru_peskov_merz", "en_peskov_merz", "en_white_house_europe", "ru_white_house_europe"),
        "two names",
    ),
    Labelled(
        "Мерц Taurus",
        ("ru_merz_taurus", "en_merz_taurus"),
        "name + missile",
        first="ru_merz_taurus",
    ),
    Labelled(
        "Каллас",
        ("ru_zakharova_kallas", "ru_kallas_19", "en_eu_19th"),
        "EU foreign policy chief",
    ),
    Labelled(
        "Антониу Кошта",
        ("ru_costa_assets", "en_costa_assets"),
        "European Council president; not Антониу Гутерриш",
        absent=("ru_guterres_charter", "ru_guterres_tianjin"),
    ),
    Labelled(
        "António Costa",
        ("ru_costa_assets", "en_costa_assets"),
        "European Council president; not António Guterres",
        absent=("en_guterres_charter", "en_lavrov_guterres_ny", "en_guterres_tianjin"),
    ),
    Labelled(
        "Orbán",
        ("ru_orban_moscow", "en_orban_moscow"),
        "Hungarian spelling",
    ),
    Labelled(
        "Зеленский",
        ("en_white_house_europe", "ru_white_house_europe"),
        "Ukrainian president",
    ),
    Labelled(
        "Zelenskyy",
        ("en_white_house_europe", "ru_white_house_europe"),
        "Ukrainian-preferred spelling",
    ),
    Labelled(
        "Эрдоган",
        (
            "ru_putin_erdogan_sco",
            "ru_peskov_erdogan",
            "ru_erdogan_lavrov",
            "en_putin_erdogan_ashgabat",
            "ru_putin_ashgabat",
        ),
        "Turkish president",
    ),
    Labelled(
        "Erdogan",
        (
            "ru_putin_erdogan_sco",
            "ru_peskov_erdogan",
            "ru_erdogan_lavrov",
            "en_putin_erdogan_ashgabat",
            "ru_putin_ashgabat",
        ),
        "English without ğ",
    ),
    Labelled(
        "Erdoğan",
        (
            "ru_putin_erdogan_sco",
            "ru_peskov_erdogan",
            "ru_erdogan_lavrov",
            "en_putin_erdogan_ashgabat",
            "ru_putin_ashgabat",
        ),
        "Turkish spelling",
    ),
    Labelled(
        "Реджеп Тайип Эрдоган",
        (
            "ru_putin_erdogan_sco",
            "ru_peskov_erdogan",
            "ru_erdogan_lavrov",
            "en_putin_erdogan_ashgabat",
            "ru_putin_ashgabat",
        ),
        "full name",
    ),
    Labelled(
        "Эрдоган Лавров",
        ("ru_erdogan_lavrov",),
        "two names",
    ),
    Labelled(
        "Фидан",
        ("ru_fidan_istanbul", "ru_lavrov_ankara", "en_lavrov_ankara"),
        "Turkish foreign minister",
    ),
    Labelled(
        "Hakan Fidan",
        ("ru_fidan_istanbul", "ru_lavrov_ankara", "en_lavrov_ankara"),
        "given name + surname in English",
    ),
    Labelled(
        "Фидан Стамбул",
        ("ru_fidan_istanbul",),
        "name + city; стамбульском names Istanbul",
    ),
    Labelled(
        "Моди",
        _PUTIN_MODI,
        "Indian PM",
    ),
    Labelled(
        "Modi",
        _PUTIN_MODI,
        "English",
    ),
    Labelled(
        "Моди Тяньцзинь",
        ("en_sco_summit_tianjin", "ru_putin_modi_car"),
        "name + city",
    ),
    Labelled(
        "Джайшанкар",
        (
            "ru_xi_sco_fms",
            "en_xi_sco_fms",
            "en_brics_india_chair",
            "ru_lavrov_jaishankar",
            "en_jaishankar_moscow",
        ),
        "Indian foreign minister",
    ),
    Labelled(
        "Jaishankar",
        (
            "ru_xi_sco_fms",
            "en_xi_sco_fms",
            "en_brics_india_chair",
            "ru_lavrov_jaishankar",
            "en_jaishankar_moscow",
        ),
        "English",
    ),
    Labelled(
        "S. Jaishankar",
        (
            "ru_xi_sco_fms",
            "en_xi_sco_fms",
            "en_brics_india_chair",
            "ru_lavrov_jaishankar",
            "en_jaishankar_moscow",
        ),
        "initial as Indian media write it",
    ),
    Labelled(
        "Jaishankr",
        (
            "ru_xi_sco_fms",
            "en_xi_sco_fms",
            "en_brics_india_chair",
            "ru_lavrov_jaishankar",
            "en_jaishankar_moscow",
        ),
        "typo",
    ),
    Labelled(
        "Лукашенко",
        _LUKASHENKO,
        "Belarusian president",
    ),
    Labelled(
        "Lukashenko",
        _LUKASHENKO,
        "English",
    ),
    Labelled(
        "Лукашенко Минск",
        ("ru_eaeu_minsk", "en_eaeu_minsk"),
        "name + capital",
        first="ru_eaeu_minsk",
    ),
    Labelled(
        "Токаев",
        _TOKAEV,
        "Kazakh president",
    ),
    Labelled(
        "Tokayev",
        _TOKAEV,
        "English",
    ),
    Labelled(
        "Tokaev",
        _TOKAEV,
        "alternative transliteration",
    ),
    Labelled(
        "Касым-Жомарт Токаев",
        _TOKAEV,
        "full name",
    ),
    Labelled(
        "Мирзиёев",
        _MIRZIEEV,
        "Uzbek president, with ё",
    ),
    Labelled(
        "Мирзиеев",
        _MIRZIEEV,
        "spelled without ё",
    ),
    Labelled(
        "Mirziyoyev",
        _MIRZIEEV,
        "English",
    ),
    Labelled(
        "Пашинян",
        (
            "ru_pashinyan_csto",
            "en_pashinyan_csto",
            "en_eaeu_minsk",
            "ru_washington_peace",
            "en_washington_peace",
        ),
        "Armenian PM",
    ),
    Labelled(
        "Pashinyan",
        (
            "ru_pashinyan_csto",
            "en_pashinyan_csto",
            "en_eaeu_minsk",
            "ru_washington_peace",
            "en_washington_peace",
        ),
        "English",
    ),
    Labelled(
        "Пашинан",
        (
            "ru_pashinyan_csto",
            "en_pashinyan_csto",
            "en_eaeu_minsk",
            "ru_washington_peace",
            "en_washington_peace",
        ),
        "typo",
    ),
    Labelled(
        "Пашинян Алиев",
        ("ru_washington_peace", "en_washington_peace"),
        "two names",
        first="ru_washington_peace",
    ),
    Labelled(
        "Pashinyan CSTO",
        ("ru_pashinyan_csto", "en_pashinyan_csto"),
        "name + organisation in English",
        first="en_pashinyan_csto",
    ),
    Labelled(
        "Алиев",
        (
            "ru_cis_dushanbe",
            "en_cis_dushanbe",
            "ru_putin_aliyev_dushanbe",
            "ru_washington_peace",
            "en_washington_peace",
        ),
        "Azerbaijani president",
    ),
    Labelled(
        "Aliyev",
        (
            "ru_cis_dushanbe",
            "en_cis_dushanbe",
            "ru_putin_aliyev_dushanbe",
            "ru_washington_peace",
            "en_washington_peace",
        ),
        "English",
    ),
    Labelled(
        "Aliyev Dushanbe",
        ("ru_cis_dushanbe", "en_cis_dushanbe", "ru_putin_aliyev_dushanbe"),
        "name + capital in English",
        first="en_cis_dushanbe",
    ),
    Labelled(
        "Рахмон",
        (
            "ru_cis_dushanbe",
            "ru_russia_central_asia",
            "ru_putin_rahmon",
            "en_csto_bishkek",
            "ru_victory_parade",
        ),
        "Tajik president",
    ),
    Labelled(
        "Жапаров",
        (
            "en_sco_kyrgyz_chair",
            "ru_sco_bishkek_2026",
            "ru_cis_dushanbe",
            "ru_russia_central_asia",
            "en_csto_bishkek",
            "ru_victory_parade",
        ),
        "Kyrgyz president",
    ),
    Labelled(
        "Бердымухамедов",
        ("ru_putin_ashgabat", "en_putin_ashgabat", "ru_russia_central_asia"),
        "Turkmen president",
    ),
    Labelled(
        "Аракчи",
        _ARAKCHI,
        "Iranian foreign minister",
    ),
    Labelled(
        "Araghchi",
        _ARAKCHI,
        "English",
    ),
    Labelled(
        "Araqchi",
        _ARAKCHI,
        "alternative transliteration",
    ),
    Labelled(
        "Abbas Araghchi",
        _ARAKCHI,
        "given name + surname in English",
    ),
    Labelled(
        "Аракчи Гросси",
        ("ru_grossi_araghchi", "en_grossi_araghchi"),
        "two names",
        first="ru_grossi_araghchi",
    ),
    Labelled(
        "Araghchi IAEA",
        ("en_iran_suspends_iaea", "ru_grossi_araghchi", "en_grossi_araghchi"),
        "name + organisation in English",
    ),
    Labelled(
        "Пезешкиан",
        ("ru_putin_ashgabat", "ru_pezeshkian_moscow", "en_pezeshkian_moscow"),
        "Iranian president",
    ),
    Labelled(
        "Абдель Ати",
        ("en_grossi_araghchi", "ru_russia_africa_cairo", "en_russia_africa_cairo"),
        "Egyptian foreign minister, Russian spelling",
    ),
    Labelled(
        "Abdelatty",
        ("en_grossi_araghchi", "ru_russia_africa_cairo", "en_russia_africa_cairo"),
        "English spelling",
    ),
    Labelled(
        "Гросси",
        ("ru_grossi_zaes", "en_grossi_znpp", "ru_grossi_araghchi", "en_grossi_araghchi"),
        "IAEA chief",
    ),
    Labelled(
        "Grossi Zaporizhzhia",
        ("ru_grossi_zaes", "en_grossi_znpp"),
        "name + plant in English",
        first="en_grossi_znpp",
    ),
    Labelled(
        "Ван И",
        _VAN_I,
        "Chinese foreign minister; not «Ван Гог и», not Wang Wentao",
        absent=("ru_van_gogh", "en_wang_wentao"),
    ),
    Labelled(
        "Wang Yi",
        _VAN_I,
        "English; not Wang Wentao",
        absent=("en_wang_wentao", "ru_van_gogh"),
    ),
    Labelled(
        "Ван И Пекин",
        ("ru_lavrov_wangyi_beijing", "en_lavrov_wangyi_beijing"),
        "name + capital",
        absent=("ru_van_gogh",),
    ),
    Labelled(
        "Ким Чен Ын",
        _KIM_CHEN_YN,
        "North Korean leader, Russian spelling",
    ),
    Labelled(
        "Kim Jong Un",
        _KIM_CHEN_YN,
        "English spelling",
    ),
    Labelled(
        "Цой Сон Хи",
        ("ru_lavrov_wonsan", "en_lavrov_wonsan", "ru_choe_moscow", "en_choe_moscow"),
        "DPRK foreign minister",
    ),
    Labelled(
        "Ли Цян",
        ("ru_sco_heads_moscow", "en_sco_heads_moscow"),
        "Chinese premier",
    ),
    Labelled(
        "Li Qiang",
        ("ru_sco_heads_moscow", "en_sco_heads_moscow"),
        "English",
    ),
    Labelled(
        "Анвар Ибрагим",
        ("en_asean_summit_kl", "ru_asean_timor"),
        "Malaysian PM",
    ),
    Labelled(
        "Прабово",
        ("ru_spief_prabowo", "en_spief_prabowo"),
        "Indonesian president",
    ),
    Labelled(
        "Лула",
        ("en_brics_rio", "ru_victory_parade", "en_victory_parade"),
        "Brazilian president",
    ),
    Labelled(
        "Ермекбаев",
        ("en_sco_cfm_tianjin", "ru_yermekbayev_flash", "ru_lavrov_yermekbayev"),
        "SCO Secretary-General",
    ),
    Labelled(
        "Шойгу",
        ("ru_shoigu_security", "en_shoigu_security"),
        "Security Council secretary",
    ),
    Labelled(
        "Медведев",
        ("ru_medvedev_trump", "en_medvedev_trump"),
        "Security Council deputy chairman",
    ),
    Labelled(
        "Мединский",
        ("ru_istanbul_talks", "en_istanbul_talks"),
        "head of Russian delegation in Istanbul",
    ),
    Labelled(
        "Umerov",
        ("ru_geneva_talks", "en_geneva_talks", "ru_istanbul_talks"),
        "English",
    ),
    Labelled(
        "Пекин",
        _PEKIN,
        "Chinese capital, both languages",
    ),
    Labelled(
        "в Пекине",
        _PEKIN,
        "prepositional case",
    ),
    Labelled(
        "Beijing",
        _PEKIN,
        "English",
    ),
    Labelled(
        "Тяньцзинь",
        _TYANTSZIN,
        "SCO summit city; Тяньцзиньская декларация names it too",
    ),
    Labelled(
        "Tianjin",
        _TYANTSZIN,
        "English",
    ),
    Labelled(
        "Казань",
        ("ru_brics_kazan_anniv", "en_brics_kazan_anniv", "ru_kazanforum", "ru_peskova_gym"),
        "city of the 2024 BRICS summit",
    ),
    Labelled(
        "Kazan",
        ("ru_brics_kazan_anniv", "en_brics_kazan_anniv", "ru_kazanforum", "ru_peskova_gym"),
        "English",
    ),
    Labelled(
        "Астана",
        ("ru_lavrov_astana", "en_lavrov_astana"),
        "Kazakh capital",
    ),
    Labelled(
        "Astana",
        ("ru_lavrov_astana", "en_lavrov_astana"),
        "English",
    ),
    Labelled(
        "Душанбе",
        (
            "ru_cis_dushanbe",
            "en_cis_dushanbe",
            "ru_putin_aliyev_dushanbe",
            "ru_russia_central_asia",
            "en_central_asia_dushanbe",
            "ru_lebedev_cis",
            "ru_putin_rahmon",
        ),
        "Tajik capital",
    ),
    Labelled(
        "Женева",
        _ZHENEVA,
        "city",
    ),
    Labelled(
        "Geneva",
        _ZHENEVA,
        "English",
    ),
    Labelled(
        "Нью-Йорк",
        ("ru_lavrov_guterres_ny", "en_lavrov_guterres_ny", "ru_lavrov_unga", "ru_lavrov_brics_ny"),
        "city",
    ),
    Labelled(
        "New York",
        ("ru_lavrov_guterres_ny", "en_lavrov_guterres_ny", "ru_lavrov_unga", "ru_lavrov_brics_ny"),
        "English",
    ),
    Labelled(
        "Курская область",
        (
            "ru_kursk_liberation",
            "en_kursk_liberation",
            "ru_kim_kursk",
            "en_kim_kursk",
            "ru_kursk_flash",
        ),
        "region",
    ),
    Labelled(
        "Kursk region",
        (
            "ru_kursk_liberation",
            "en_kursk_liberation",
            "ru_kim_kursk",
            "en_kim_kursk",
            "ru_kursk_flash",
        ),
        "English",
    ),
    Labelled(
        "Приднестровье",
        (
            "ru_zakharova_transnistria",
            "en_zakharova_transnistria",
            "ru_zakharova_moldova",
            "ru_transnistria_gas",
            "en_transnistria_gas",
        ),
        "breakaway region of Moldova",
    ),
    Labelled(
        "Transnistria",
        (
            "ru_zakharova_transnistria",
            "en_zakharova_transnistria",
            "ru_zakharova_moldova",
            "ru_transnistria_gas",
            "en_transnistria_gas",
        ),
        "English",
    ),
    Labelled(
        "Стамбул",
        (
            "ru_peskov_erdogan",
            "ru_istanbul_talks",
            "en_istanbul_talks",
            "ru_fidan_istanbul",
            "ru_istanbul_round2",
        ),
        "city",
    ),
    Labelled(
        "Istanbul",
        (
            "ru_peskov_erdogan",
            "ru_istanbul_talks",
            "en_istanbul_talks",
            "ru_fidan_istanbul",
            "ru_istanbul_round2",
        ),
        "English",
    ),
    Labelled(
        "Аляска",
        (
            "ru_alaska_summit",
            "en_alaska_summit",
            "ru_ushakov_alaska",
            "en_ushakov_alaska",
            "ru_peskov_alaska",
        ),
        "US state",
    ),
    Labelled(
        "Бишкек",
        ("en_sco_kyrgyz_chair", "ru_sco_bishkek_2026", "ru_csto_bishkek", "en_csto_bishkek"),
        "Kyrgyz capital",
    ),
    Labelled(
        "Минск",
        ("ru_eaeu_minsk", "en_eaeu_minsk"),
        "Belarusian capital",
    ),
    Labelled(
        "Куала-Лумпур",
        (
            "ru_lavrov_rubio_kl",
            "en_lavrov_rubio_kl",
            "ru_lavrov_asean",
            "en_asean_summit_kl",
            "ru_asean_timor",
        ),
        "Malaysian capital",
    ),
    Labelled(
        "Johannesburg",
        ("ru_g20_johannesburg", "en_g20_johannesburg", "ru_g20_fm", "en_g20_fm"),
        "English",
    ),
    Labelled(
        "Нью-Дели",
        ("ru_brics_india_2026", "en_brics_india_chair", "ru_putin_delhi", "en_putin_delhi"),
        "Indian capital",
    ),
    Labelled(
        "Москва",
        _MOSKVA,
        "capital; every post naming Moscow in either language",
    ),
    Labelled(
        "Moscow",
        _MOSKVA,
        "English",
    ),
    Labelled(
        "Гаага",
        ("ru_zakharova_hague", "ru_rutte_hague", "en_nato_hague"),
        "city of the NATO summit",
    ),
    Labelled(
        "Запорожская АЭС",
        ("ru_grossi_zaes", "en_grossi_znpp"),
        "nuclear plant",
    ),
    Labelled(
        "Анкара",
        ("ru_lavrov_ankara", "en_lavrov_ankara", "ru_erdogan_lavrov"),
        "Turkish capital",
    ),
    Labelled(
        "Санкт-Петербург",
        ("ru_eaeu_spb", "ru_spief_prabowo", "en_spief_prabowo", "ru_kirill_lavrov"),
        "city",
    ),
    Labelled(
        "Мирный",
        ("ru_mirny_alrosa", "en_mirny_alrosa"),
        "the diamond town, not мирный «peaceful»",
        absent=("ru_geneva_talks", "ru_peskov_peace_plan", "ru_washington_peace"),
    ),
    Labelled(
        "Mirny",
        ("ru_mirny_alrosa", "en_mirny_alrosa"),
        "the town; Russian мирный план is a different word",
        absent=("ru_geneva_talks", "ru_peskov_peace_plan", "ru_washington_peace"),
    ),
    Labelled(
        "Мирный Якутия",
        ("ru_mirny_alrosa", "en_mirny_alrosa"),
        "town + region",
        first="ru_mirny_alrosa",
        absent=("ru_geneva_talks", "ru_peskov_peace_plan", "ru_washington_peace"),
    ),
    Labelled(
        "сектор Газа",
        _SEKTOR_GAZA,
        "Gaza Strip, not газа (gas) or Газпром",
        absent=("ru_power_siberia", "en_power_siberia", "ru_transnistria_gas", "ru_eu_gas_ban"),
    ),
    Labelled(
        "Газа",
        _SEKTOR_GAZA,
        "Gaza, not the genitive of газ",
        absent=("ru_power_siberia", "en_power_siberia", "ru_transnistria_gas", "ru_eu_gas_ban"),
    ),
    Labelled(
        "Gaza",
        _SEKTOR_GAZA,
        "English; not Gazprom or газа",
        absent=("ru_power_siberia", "en_power_siberia", "ru_transnistria_gas", "ru_eu_gas_ban"),
    ),
    Labelled(
        "Того",
        ("ru_lavrov_togo", "en_lavrov_togo", "ru_togo_embassy", "en_russia_africa_cairo"),
        "the country, not the pronoun того",
        absent=("ru_zakharova_transnistria", "ru_peskov_peace_plan", "ru_lavrov_chad"),
    ),
    Labelled(
        "Togo",
        ("ru_lavrov_togo", "en_lavrov_togo", "ru_togo_embassy", "en_russia_africa_cairo"),
        "the country; Russian posts write Того",
        absent=("ru_zakharova_transnistria", "ru_peskov_peace_plan", "ru_lavrov_chad"),
    ),
    Labelled(
        "Чад",
        ("ru_lavrov_chad", "en_lavrov_chad", "en_russia_africa_cairo"),
        "the country, not a man named Chad",
        absent=("en_chad_spokesman",),
    ),
    Labelled(
        "Chad",
        ("ru_lavrov_chad", "en_lavrov_chad", "en_russia_africa_cairo"),
        "the country, not spokesman Chad Gilbert",
        absent=("en_chad_spokesman",),
    ),
    Labelled(
        "Кремль",
        (
            "ru_wangyi_putin",
            "en_putin_modi_car",
            "en_ushakov_alaska",
            "ru_witkoff_putin",
            "ru_witkoff_kushner",
            "en_peskov_witkoff",
            "en_peskov_merz",
            "ru_peskov_peace_plan",
            "ru_araghchi_flash",
            "ru_merz_taurus",
            "ru_tokayev_moscow",
        ),
        "institution/place name, both languages",
    ),
    Labelled(
        "Белый дом",
        ("en_white_house_europe", "ru_white_house_europe", "en_washington_peace"),
        "White House",
    ),
    Labelled(
        "Китай",
        _KITAY,
        "country: Китай, китайский, КНР, China, Chinese",
        absent=("en_fine_china",),
    ),
    Labelled(
        "китайские",
        _KITAY,
        "adjective: every post naming China",
        absent=("en_fine_china",),
    ),
    Labelled(
        "China",
        _KITAY,
        "English; not fine china porcelain",
        absent=("en_fine_china",),
    ),
    Labelled(
        "Chinese",
        _KITAY,
        "English adjective",
        absent=("en_fine_china",),
    ),
    Labelled(
        "КНР",
        _KITAY,
        "hard: abbreviation; posts write Китай/China",
        absent=("en_fine_china",),
    ),
    Labelled(
        "Индия",
        _INDIYA,
        "country",
    ),
    Labelled(
        "индийский",
        _INDIYA,
        "adjective",
    ),
    Labelled(
        "India",
        _INDIYA,
        "English",
    ),
    Labelled(
        "Иран",
        _IRAN,
        "country",
    ),
    Labelled(
        "иранский",
        _IRAN,
        "adjective",
    ),
    Labelled(
        "Iranian",
        _IRAN,
        "English adjective",
    ),
    Labelled(
        "Турция",
        (
            "ru_putin_erdogan_sco",
            "ru_fidan_istanbul",
            "ru_lavrov_ankara",
            "en_lavrov_ankara",
            "en_putin_erdogan_ashgabat",
        ),
        "country; not turkey the bird nor Volker Türk",
        absent=("en_turkey_prices", "en_turk_rights"),
    ),
    Labelled(
        "турецкий",
        (
            "ru_putin_erdogan_sco",
            "ru_fidan_istanbul",
            "ru_lavrov_ankara",
            "en_lavrov_ankara",
            "en_putin_erdogan_ashgabat",
        ),
        "adjective",
        absent=("en_turkey_prices", "en_turk_rights"),
    ),
    Labelled(
        "Turkey",
        (
            "ru_putin_erdogan_sco",
            "ru_fidan_istanbul",
            "ru_lavrov_ankara",
            "en_lavrov_ankara",
            "en_putin_erdogan_ashgabat",
        ),
        "the country, not the Thanksgiving bird",
        absent=("en_turkey_prices", "en_turk_rights"),
    ),
    Labelled(
        "Türkiye",
        (
            "ru_putin_erdogan_sco",
            "ru_fidan_istanbul",
            "ru_lavrov_ankara",
            "en_lavrov_ankara",
            "en_putin_erdogan_ashgabat",
        ),
        "official name; not Volker Türk",
        absent=("en_turkey_prices", "en_turk_rights"),
    ),
    Labelled(
        "Turkish",
        (
            "ru_putin_erdogan_sco",
            "ru_fidan_istanbul",
            "ru_lavrov_ankara",
            "en_lavrov_ankara",
            "en_putin_erdogan_ashgabat",
        ),
        "adjective",
        absent=("en_turkey_prices", "en_turk_rights"),
    ),
    Labelled(
        "Казахстан",
        (
            "ru_brics_partners",
            "en_central_asia_dushanbe",
            "ru_eaeu_spb",
            "ru_tokayev_moscow",
            "en_tokayev_moscow",
            "ru_lavrov_astana",
            "en_lavrov_astana",
        ),
        "country",
    ),
    Labelled(
        "Armenian",
        (
            "ru_csto_bishkek",
            "en_csto_bishkek",
            "ru_pashinyan_csto",
            "en_pashinyan_csto",
            "en_eaeu_minsk",
            "ru_washington_peace",
            "en_washington_peace",
        ),
        "English adjective",
    ),
    Labelled(
        "Белоруссия",
        ("ru_brics_partners", "en_eaeu_minsk"),
        "country, Russian official name",
    ),
    Labelled(
        "Беларусь",
        ("ru_brics_partners", "en_eaeu_minsk"),
        "country, Belarusian-preferred name",
    ),
    Labelled(
        "Belarus",
        ("ru_brics_partners", "en_eaeu_minsk"),
        "English",
    ),
    Labelled(
        "Германия",
        ("en_baerbock_elected", "en_merz_taurus", "en_victory_parade"),
        "country",
    ),
    Labelled(
        "Кыргызстан",
        ("ru_sco_declaration", "en_sco_kyrgyz_chair", "ru_sco_bishkek_2026"),
        "country, local name",
    ),
    Labelled(
        "Молдавия",
        ("ru_zakharova_moldova", "ru_transnistria_gas", "en_transnistria_gas"),
        "country, Russian name",
    ),
    Labelled(
        "США",
        _SSHA,
        "abbreviation; English posts write US, U.S., United States, American",
    ),
    Labelled(
        "United States",
        _SSHA,
        "English; Russian posts write США",
    ),
    Labelled(
        "КНДР",
        _KNDR,
        "hard: posts also write северокорейские, North Korea",
    ),
    Labelled(
        "Северная Корея",
        _KNDR,
        "hard: posts mostly write КНДР or северокорейские",
    ),
    Labelled(
        "North Korea",
        _KNDR,
        "hard: Russian posts write КНДР",
    ),
    Labelled(
        "ШОС",
        _SHOS,
        "abbreviation; English posts write SCO",
    ),
    Labelled(
        "SCO",
        _SHOS,
        "English abbreviation; Russian posts write ШОС",
    ),
    Labelled(
        "Шанхайская организация сотрудничества",
        _SHOS,
        "spelled out",
    ),
    Labelled(
        "Shanghai Cooperation Organisation",
        _SHOS,
        "spelled out, British spelling",
    ),
    Labelled(
        "ШОС Тяньцзинь",
        _SHOS_TYANTSZIN,
        "organisation + city",
    ),
    Labelled(
        "SCO Tianjin",
        _SHOS_TYANTSZIN,
        "organisation + city in English",
    ),
    Labelled(
        "саммит ШОС",
        (
            "ru_lavrov_wangyi_beijing",
            "ru_sco_cfm_tianjin",
            "ru_sco_summit_tianjin",
            "ru_sco_bishkek_2026",
            "ru_yermekbayev_flash",
            "ru_putin_erdogan_sco",
        ),
        "ordinary word + organisation: Russian only",
    ),
    Labelled(
        "БРИКС",
        _BRIKS,
        "abbreviation",
    ),
    Labelled(
        "BRICS",
        _BRIKS,
        "English",
    ),
    Labelled(
        "БРИКС Казань",
        ("ru_brics_kazan_anniv", "en_brics_kazan_anniv"),
        "organisation + city",
        first="ru_brics_kazan_anniv",
    ),
    Labelled(
        "BRICS Kazan",
        ("ru_brics_kazan_anniv", "en_brics_kazan_anniv"),
        "organisation + city in English",
        first="en_brics_kazan_anniv",
    ),
    Labelled(
        "БРИКС Рио",
        ("ru_brics_rio", "en_brics_rio", "ru_brics_rio_tariffs"),
        "organisation + city",
    ),
    Labelled(
        "BRICS India",
        ("ru_brics_india_2026", "en_brics_india_chair", "ru_lavrov_interview"),
        "organisation + chair country in English",
    ),
    Labelled(
        "саммит БРИКС",
        ("ru_brics_rio", "ru_brics_rio_tariffs", "ru_brics_kazan_anniv", "ru_brics_india_2026"),
        "ordinary word + organisation: Russian only",
    ),
    Labelled(
        "СНГ",
        ("ru_cis_dushanbe", "en_cis_dushanbe", "ru_lebedev_cis", "ru_cis_fm"),
        "abbreviation",
    ),
    Labelled(
        "CIS",
        ("ru_cis_dushanbe", "en_cis_dushanbe", "ru_lebedev_cis", "ru_cis_fm"),
        "English abbreviation",
    ),
    Labelled(
        "Содружество Независимых Государств",
        ("ru_cis_dushanbe", "en_cis_dushanbe", "ru_lebedev_cis", "ru_cis_fm"),
        "spelled out",
    ),
    Labelled(
        "СНГ Душанбе",
        ("ru_cis_dushanbe", "en_cis_dushanbe", "ru_lebedev_cis"),
        "organisation + city",
    ),
    Labelled(
        "ОДКБ",
        ("ru_csto_bishkek", "en_csto_bishkek", "ru_pashinyan_csto", "en_pashinyan_csto"),
        "abbreviation",
    ),
    Labelled(
        "CSTO",
        ("ru_csto_bishkek", "en_csto_bishkek", "ru_pashinyan_csto", "en_pashinyan_csto"),
        "English abbreviation",
    ),
    Labelled(
        "Организация Договора о коллективной безопасности",
        ("ru_csto_bishkek", "en_csto_bishkek", "ru_pashinyan_csto", "en_pashinyan_csto"),
        "spelled out",
    ),
    Labelled(
        "CSTO Bishkek",
        ("ru_csto_bishkek", "en_csto_bishkek"),
        "organisation + city in English",
        first="en_csto_bishkek",
    ),
    Labelled(
        "ЕАЭС",
        ("ru_eaeu_minsk", "en_eaeu_minsk", "ru_eaeu_spb", "ru_overchuk_eaeu"),
        "abbreviation",
    ),
    Labelled(
        "EAEU",
        ("ru_eaeu_minsk", "en_eaeu_minsk", "ru_eaeu_spb", "ru_overchuk_eaeu"),
        "English abbreviation",
    ),
    Labelled(
        "Евразийский экономический союз",
        ("ru_eaeu_minsk", "en_eaeu_minsk", "ru_eaeu_spb", "ru_overchuk_eaeu"),
        "spelled out",
    ),
    Labelled(
        "Eurasian Economic Union",
        ("ru_eaeu_minsk", "en_eaeu_minsk", "ru_eaeu_spb", "ru_overchuk_eaeu"),
        "spelled out in English",
    ),
    Labelled(
        "ООН",
        _OON,
        "abbreviation",
    ),
    Labelled(
        "UN",
        _OON,
        "English abbreviation",
    ),
    Labelled(
        "United Nations",
        _OON,
        "spelled out in English",
    ),
    Labelled(
        "МАГАТЭ",
        _MAGATE,
        "abbreviation",
    ),
    Labelled(
        "IAEA",
        _MAGATE,
        "English abbreviation",
    ),
    Labelled(
        "МАГАТЭ Иран",
        ("ru_iaea_iran", "en_iran_suspends_iaea", "ru_grossi_araghchi", "en_grossi_araghchi"),
        "organisation + country",
    ),
    Labelled(
        "ВОЗ",
        ("ru_who_assembly", "en_who_pandemic", "ru_who_us_exit", "en_who_us_exit"),
        "abbreviation",
    ),
    Labelled(
        "WHO",
        ("ru_who_assembly", "en_who_pandemic", "ru_who_us_exit", "en_who_us_exit"),
        "English abbreviation",
    ),
    Labelled(
        "Всемирная организация здравоохранения",
        ("ru_who_assembly", "en_who_pandemic", "ru_who_us_exit", "en_who_us_exit"),
        "spelled out",
    ),
    Labelled(
        "НАТО",
        _NATO,
        "abbreviation",
    ),
    Labelled(
        "NATO",
        _NATO,
        "English abbreviation",
    ),
    Labelled(
        "Североатлантический альянс",
        _NATO,
        "spelled-out descriptive name",
    ),
    Labelled(
        "НАТО Гаага",
        ("ru_zakharova_hague", "ru_rutte_hague", "en_nato_hague"),
        "organisation + city",
    ),
    Labelled(
        "ЕС",
        _ES,
        "abbreviation",
    ),
    Labelled(
        "EU",
        _ES,
        "English abbreviation",
    ),
    Labelled(
        "European Union",
        _ES,
        "spelled out in English",
    ),
    Labelled(
        "ОБСЕ",
        ("ru_osce_vienna", "en_osce_vienna"),
        "abbreviation",
    ),
    Labelled(
        "OSCE",
        ("ru_osce_vienna", "en_osce_vienna"),
        "English abbreviation",
    ),
    Labelled(
        "АСЕАН",
        (
            "ru_lavrov_rubio_kl",
            "en_lavrov_rubio_kl",
            "ru_lavrov_asean",
            "en_asean_summit_kl",
            "ru_asean_timor",
        ),
        "abbreviation",
    ),
    Labelled(
        "ASEAN",
        (
            "ru_lavrov_rubio_kl",
            "en_lavrov_rubio_kl",
            "ru_lavrov_asean",
            "en_asean_summit_kl",
            "ru_asean_timor",
        ),
        "English abbreviation",
    ),
    Labelled(
        "G20",
        (
            "ru_zakharova_briefing_nov",
            "ru_g20_johannesburg",
            "en_g20_johannesburg",
            "ru_g20_fm",
            "en_g20_fm",
        ),
        "Latin abbreviation used in both languages",
    ),
    Labelled(
        "Группа двадцати",
        (
            "ru_zakharova_briefing_nov",
            "ru_g20_johannesburg",
            "en_g20_johannesburg",
            "ru_g20_fm",
            "en_g20_fm",
        ),
        "Russian name; English posts write G20",
    ),
    Labelled(
        "Совет Безопасности ООН",
        _SOVET_BEZOPASNOSTI_OON,
        "UN Security Council, not Russia's Security Council",
        absent=(
            "ru_shoigu_security",
            "en_shoigu_security",
            "ru_putin_sovbez",
            "ru_medvedev_trump",
            "en_medvedev_trump",
        ),
    ),
    Labelled(
        "СБ ООН",
        _SOVET_BEZOPASNOSTI_OON,
        "abbreviation of the UN Security Council",
        absent=("ru_shoigu_security", "ru_putin_sovbez", "ru_medvedev_trump"),
    ),
    Labelled(
        "UN Security Council",
        _SOVET_BEZOPASNOSTI_OON,
        "English; not Russia's Security Council",
        absent=("en_shoigu_security", "en_medvedev_trump", "ru_shoigu_security"),
    ),
    Labelled(
        "Совет безопасности России",
        (
            "ru_shoigu_security",
            "en_shoigu_security",
            "ru_putin_sovbez",
            "ru_medvedev_trump",
            "en_medvedev_trump",
        ),
        "Russia's Security Council, not the UN one",
        first="ru_shoigu_security",
        absent=("ru_unsc_2774", "en_unsc_2774", "ru_unsc_2803", "en_unsc_gaza", "ru_nebenzya_gaza"),
    ),
    Labelled(
        "Совбез России",
        (
            "ru_shoigu_security",
            "en_shoigu_security",
            "ru_putin_sovbez",
            "ru_medvedev_trump",
            "en_medvedev_trump",
        ),
        "colloquial short name",
        absent=("ru_unsc_2774", "ru_unsc_2803"),
    ),
    Labelled(
        "Russian Security Council",
        (
            "ru_shoigu_security",
            "en_shoigu_security",
            "ru_putin_sovbez",
            "ru_medvedev_trump",
            "en_medvedev_trump",
        ),
        "English; not the UN Security Council",
        absent=("en_unsc_2774", "en_unsc_gaza", "ru_unsc_2774"),
    ),
    Labelled(
        "резолюция СБ ООН",
        ("ru_unsc_2774", "ru_nebenzya_gaza", "ru_unsc_2803", "ru_iran_strikes_mid"),
        "ordinary word + organisation: Russian only",
        absent=("ru_shoigu_security", "ru_putin_sovbez"),
    ),
    Labelled(
        "Security Council resolution",
        ("en_unsc_2774", "en_unsc_gaza"),
        "ordinary word + organisation: English only",
        absent=("en_shoigu_security", "en_medvedev_trump"),
    ),
    Labelled(
        "Газпром",
        ("ru_power_siberia", "en_power_siberia"),
        "company name, both languages",
    ),
    Labelled(
        "платёжная система Мир",
        ("ru_mir_vietnam", "en_mir_vietnam"),
        "the Mir card system, not мир «peace/world»",
        absent=("ru_putin_ashgabat", "ru_lavrov_unga", "ru_kazanforum"),
    ),
    Labelled(
        "карты Мир",
        ("ru_mir_vietnam", "en_mir_vietnam"),
        "Mir payment cards, both languages",
        absent=("ru_putin_ashgabat", "ru_lavrov_unga", "ru_kazanforum"),
    ),
    Labelled(
        "переговоры",
        (
            "ru_lavrov_wangyi_moscow",
            "ru_lavrov_wangyi_beijing",
            "ru_putin_modi_car",
            "ru_peskov_erdogan",
            "ru_putin_xi_beijing",
            "ru_alaska_summit",
            "ru_ushakov_alaska",
            "ru_lavrov_rubio_riyadh",
            "ru_istanbul_talks",
            "ru_istanbul_round2",
            "ru_lavrov_ankara",
            "ru_putin_ashgabat",
            "ru_araghchi_moscow",
            "ru_putin_rahmon",
            "ru_putin_delhi",
            "ru_ushakov_modi",
            "ru_lavrov_jaishankar",
            "ru_orban_moscow",
            "ru_tokayev_moscow",
            "ru_lavrov_astana",
            "ru_lavrov_saidov",
            "ru_lavrov_togo",
            "ru_lavrov_chad",
            "ru_lavrov_wonsan",
            "ru_choe_moscow",
        ),
        "ordinary word: Russian posts only",
    ),
    Labelled(
        "санкции",
        ("ru_witkoff_dmitriev", "ru_zakharova_sanctions", "ru_kallas_19"),
        "ordinary word: Russian posts only",
    ),
    Labelled(
        "пакет санкций",
        ("ru_zakharova_sanctions", "ru_kallas_19"),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "встреча министров",
        ("ru_lavrov_brics_ny", "ru_g20_fm"),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "брифинг",
        ("ru_zakharova_transnistria", "ru_zakharova_briefing_nov"),
        "ordinary word: Russian posts only",
    ),
    Labelled(
        "телефонный разговор",
        ("ru_putin_trump_call",),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "прекращение огня",
        ("ru_zakharova_gaza", "ru_guterres_sudan", "ru_gaza_ceasefire"),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "саммит",
        (
            "ru_lavrov_wangyi_beijing",
            "ru_sco_cfm_tianjin",
            "ru_sco_summit_tianjin",
            "ru_sco_bishkek_2026",
            "ru_yermekbayev_flash",
            "ru_putin_erdogan_sco",
            "ru_zakharova_hague",
            "ru_zakharova_briefing_nov",
            "ru_rutte_hague",
            "ru_brics_rio",
            "ru_brics_rio_tariffs",
            "ru_brics_kazan_anniv",
            "ru_brics_india_2026",
            "ru_russia_central_asia",
            "ru_lebedev_cis",
            "ru_g20_johannesburg",
        ),
        "ordinary word: Russian posts only",
    ),
    Labelled(
        "мирное соглашение",
        ("ru_washington_peace",),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "декларация",
        (
            "ru_sco_summit_tianjin",
            "ru_sco_declaration",
            "ru_brics_rio_tariffs",
            "ru_brics_kazan_anniv",
            "ru_tokayev_moscow",
        ),
        "ordinary word: Russian posts only",
    ),
    Labelled(
        "председательство",
        (
            "ru_sco_declaration",
            "ru_brics_kazan_anniv",
            "ru_brics_india_2026",
            "ru_eaeu_spb",
            "ru_lavrov_yermekbayev",
        ),
        "ordinary word (noun): Russian posts only",
    ),
    Labelled(
        "безвизовый режим",
        ("ru_china_visa_free",),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "визы",
        ("ru_china_visa_free", "ru_schengen"),
        "visas, not визит: Russian posts only",
        absent=("ru_lavrov_wangyi_beijing", "ru_putin_rahmon", "ru_ushakov_modi"),
    ),
    Labelled(
        "поставки газа",
        ("ru_power_siberia", "ru_transnistria_gas"),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "обмен пленными",
        ("ru_istanbul_talks", "ru_istanbul_round2"),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "стратегическое партнёрство",
        ("ru_pezeshkian_moscow", "ru_tokayev_moscow"),
        "ordinary words: Russian posts only",
    ),
    Labelled(
        "talks",
        (
            "en_lavrov_wangyi_moscow",
            "en_lavrov_wangyi_beijing",
            "en_putin_xi_beijing",
            "en_geneva_talks",
            "en_istanbul_talks",
            "en_lavrov_ankara",
            "en_putin_erdogan_ashgabat",
            "en_araghchi_moscow",
            "en_grossi_araghchi",
            "en_lukashenko_valaam",
            "en_lavrov_astana",
            "en_lavrov_saidov",
            "en_lavrov_togo",
            "en_lavrov_wonsan",
            "en_choe_moscow",
        ),
        "ordinary word: English posts only",
    ),
    Labelled(
        "sanctions",
        ("en_witkoff_moscow", "en_zakharova_sanctions", "en_eu_19th", "en_mirny_alrosa"),
        "ordinary word: English posts only",
    ),
    Labelled(
        "ceasefire",
        ("en_alaska_summit", "en_peskov_merz", "en_guterres_sudan", "en_gaza_ceasefire"),
        "ordinary word: English posts only",
    ),
    Labelled(
        "summit",
        (
            "en_lavrov_wangyi_moscow",
            "en_lavrov_wangyi_beijing",
            "en_sco_summit_tianjin",
            "en_putin_modi_car",
            "en_ushakov_alaska",
            "en_asean_summit_kl",
            "en_nato_hague",
            "en_brics_rio",
            "en_brics_kazan_anniv",
            "en_central_asia_dushanbe",
            "en_g20_johannesburg",
        ),
        "ordinary word: English posts only",
    ),
    Labelled(
        "state visit",
        ("en_putin_delhi", "en_tokayev_moscow"),
        "ordinary words: English posts only",
    ),
    Labelled(
        "visa",
        ("en_china_visa_free", "en_putin_visa_china", "en_schengen"),
        "visas, not visits: English posts only",
        absent=("en_putin_delhi", "en_lukashenko_valaam", "en_tokayev_moscow"),
    ),
    Labelled(
        "resolution",
        ("en_unsc_2774", "en_unsc_gaza"),
        "ordinary word: English posts only",
    ),
    Labelled(
        "prisoner swap",
        ("en_istanbul_talks",),
        "ordinary words: English posts only",
    ),
    Labelled(
        "parade",
        ("en_beijing_parade", "en_victory_parade"),
        "ordinary word: English posts only",
    ),
    Labelled(
        "nuclear",
        (
            "en_medvedev_trump",
            "en_grossi_znpp",
            "en_iran_suspends_iaea",
            "en_araghchi_moscow",
            "en_araghchi_putin",
        ),
        "ordinary word: English posts only",
    ),
    Labelled(
        "Gaza ceasefire",
        ("en_gaza_ceasefire",),
        "name + ordinary word: English only",
    ),
    Labelled(
        "Газа прекращение огня",
        ("ru_zakharova_gaza", "ru_gaza_ceasefire"),
        "name + ordinary words: Russian only",
    ),
)

"""The twelfth labelled search set (session 37), written blind: its writer read only how a set
is judged (tests/test_search_quality.py), the user-facing search docs (README's search
section) and the first lines of the eleventh set and of search_corpus_kinds.py for the format,
not the other sets nor the search code. The users are analysts, journalists and researchers
with an archive of official channels (foreign ministries' statements, spokespeople's
briefings, agencies' wires) and news feeds, in Russian and English, and they type: a word in
another case, number or gender (санкциями, границу, китайская компания), a verb in another
aspect or tense, its participles and short adjectives (вышлют/высланы, задерживают/задержать,
заморозить/замороженных, готов/готова/готовы), names in any case and both alphabets
(Лаврову, Lavrov's, Гутерреш/Гутерриш, Zhaparov, Vučić), states, capitals and demonyms
(Китай/КНР/китайские, China/Chinese/PRC, Azerbaijani, Polish), organisations and their
abbreviations in both languages (ШОС/SCO, ОДКБ/CSTO, МАГАТЭ/IAEA, ООН/UN, ЕС/Евросоюз, МИД,
ЦБ), hashtags, numbers and dates written another way (5 марта / 05.03 / March 5 / 5 March;
2,5 млрд / два с половиной миллиарда / $2.5bn; 30% / тридцать процентов), quoted phrases,
two and three words, typos of one slip, ё/е and capitals, prefixes, filters, NOT/OR; and words
that must find nothing or not a near namesake (Медведев and медведь, Новак and новые, Куба
and кубометров, Того and «кроме того», Мали and мало, Оман and обман, Газа and газ,
Дмитриев and Дмитрий, Cuba and cubic, Canada and the Panama Canal). Mixed keyboard layouts
are left out: the README does not offer them.

Labels: a query typed in one alphabet expects the posts in that alphabet that a reader would
want (a state's adjective and its other names included); a post in the other alphabet is in
neither list unless only figures were typed. ``expected`` is what the reader needs found
(every post listed must be); ``absent`` what must not be; a post in neither may be found or
not. ``first`` (or any expected post) should rank first under ``--rank``; a query expecting
nothing cannot rank anything first, so the 28 such queries count against the first share.
400 posts (243 in Russian, 157 in English), 763 queries (471 typed in Cyrillic), dated 2024
(the posts' words name 2025's events).
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # SCO / ШОС
    "ru_sco_tianjin_summit": (
        (9, 1),
        "mid_rf",
        (
            "Саммит Шанхайской организации сотрудничества открылся в Тяньцзине. Лидеры "
            "государств-членов обсудят борьбу с терроризмом и торговлю в национальных валютах."
        ),
    ),
    "ru_sco_lavrov_fm": (
        (7, 15),
        "mid_rf",
        (
            "С.В.Лавров примет участие в заседании Совета министров иностранных дел государств – "
            "членов ШОС. #ШОС"
        ),
    ),
    "ru_sco_expansion": (
        (9, 2),
        "tass_ru",
        (
            "Генсек ШОС Нурлан Ермекбаев заявил, что организация не планирует расширяться в "
            "ближайшие два года."
        ),
    ),
    "ru_sco_bank": (
        (9, 2),
        "ria_ru",
        (
            "Участники саммита договорились создать Банк развития ШОС; вопрос о его капитале "
            "остаётся открытым."
        ),
    ),
    "ru_sco_shosovsky": (
        (9, 3),
        "kommersant",
        (
            "Шосовская площадка становится удобным местом для встреч, которые трудно устроить в "
            "других форматах."
        ),
    ),
    "en_sco_tianjin": (
        (9, 1),
        "reuters",
        (
            "Leaders of the Shanghai Cooperation Organisation gathered in Tianjin for a two-day "
            "summit hosted by Chinese President Xi Jinping."
        ),
    ),
    "en_sco_modi": (
        (9, 1),
        "ap",
        (
            "Indian Prime Minister Narendra Modi arrived in Tianjin for the SCO summit, his first"
            " visit to China in seven years."
        ),
    ),
    "en_sco_bank": (
        (9, 2),
        "scmp",
        (
            "SCO members agreed in principle to set up a development bank, a long-stalled Chinese"
            " proposal."
        ),
    ),
    # CSTO / ОДКБ
    "ru_csto_armenia_freeze": (
        (2, 23),
        "tass_ru",
        "Премьер-министр Армении Никол Пашинян заявил, что Ереван заморозил своё участие в ОДКБ.",
    ),
    "ru_csto_summit_minsk": (
        (11, 28),
        "belta_ru",
        (
            "Сессия Совета коллективной безопасности Организации Договора о коллективной "
            "безопасности прошла в Минске."
        ),
    ),
    "ru_csto_exercise": (
        (10, 5),
        "mil_ru",
        "Миротворческие силы ОДКБ провели учения «Нерушимое братство» на полигоне в Киргизии.",
    ),
    "ru_csto_fees": (
        (6, 12),
        "ria_ru",
        "Армения отказалась платить взносы в бюджет организации, сообщил пресс-секретарь ОДКБ.",
    ),
    "en_csto_armenia": (
        (2, 23),
        "reuters",
        (
            "Armenia has frozen its participation in the Russia-led Collective Security Treaty "
            "Organization, Prime Minister Nikol Pashinyan said."
        ),
    ),
    "en_csto_minsk": (
        (11, 28),
        "belta_en",
        "The CSTO Collective Security Council met in Minsk; Armenia's seat stayed empty.",
    ),
    # IAEA / МАГАТЭ
    "ru_iaea_grossi_zaes": (
        (3, 14),
        "tass_ru",
        (
            "Генеральный директор МАГАТЭ Рафаэль Гросси посетил Запорожскую АЭС и провёл "
            "переговоры с российской стороной."
        ),
    ),
    "ru_iaea_iran": (
        (6, 12),
        "ria_ru",
        (
            "Совет управляющих Международного агентства по атомной энергии принял резолюцию "
            "против Ирана."
        ),
    ),
    "ru_iaea_grossi_quote": (
        (6, 13),
        "interfax",
        "Гросси: инспекторы агентства не могут проверить запасы обогащённого урана в Иране.",
    ),
    "ru_iaea_kursk": (
        (8, 27),
        "ria_ru",
        (
            "Рафаэль Гросси прибыл на Курскую АЭС. По словам главы МАГАТЭ, угроза ядерной "
            "безопасности сохраняется."
        ),
    ),
    "en_iaea_board": (
        (6, 12),
        "reuters",
        (
            "The IAEA Board of Governors passed a resolution declaring Iran in breach of its non-"
            "proliferation obligations."
        ),
    ),
    "en_iaea_grossi_zaporizhzhia": (
        (3, 14),
        "ap",
        (
            "Rafael Grossi, head of the International Atomic Energy Agency, visited the "
            "Zaporizhzhia nuclear plant."
        ),
    ),
    "en_iaea_uranium": (
        (5, 31),
        "reuters",
        (
            "Iran's stockpile of uranium enriched to 60% grew by half, a confidential IAEA report"
            " said."
        ),
    ),
    # China
    "ru_china_wang_yi": (
        (4, 1),
        "mid_rf",
        "Лавров провёл переговоры с членом Политбюро ЦК КПК, министром иностранных дел КНР Ван И.",
    ),
    "ru_china_xi_visit": (
        (5, 8),
        "kremlin",
        "Председатель КНР Си Цзиньпин прибыл в Москву с государственным визитом.",
    ),
    "ru_china_trade": (
        (1, 13),
        "tass_ru",
        "Товарооборот России и Китая по итогам года превысил 240 млрд долларов.",
    ),
    "ru_china_adj": (
        (3, 20),
        "ria_ru",
        "Китайские компании сократили поставки станков в Россию из-за угрозы вторичных санкций.",
    ),
    "ru_china_beijing": (
        (9, 3),
        "tass_ru",
        "В Пекине прошёл военный парад в честь 80-летия окончания Второй мировой войны.",
    ),
    "ru_china_embassy": (
        (2, 10),
        "mid_rf",
        "Посольство России в Пекине напоминает о безвизовом режиме для туристических групп.",
    ),
    "ru_china_taiwan": (
        (10, 10),
        "ria_ru",
        "Официальный представитель МИД Китая призвал Вашингтон прекратить продажу оружия Тайваню.",
    ),
    "en_china_wang_yi": (
        (4, 1),
        "reuters",
        (
            "Chinese Foreign Minister Wang Yi met Sergei Lavrov in Moscow to discuss Ukraine and "
            "trade."
        ),
    ),
    "en_china_beijing_parade": (
        (9, 3),
        "ap",
        "Beijing staged a massive military parade marking 80 years since the end of World War Two.",
    ),
    "en_china_trade": (
        (1, 13),
        "reuters",
        "China-Russia trade hit a record $245 billion last year, Chinese customs data showed.",
    ),
    "en_china_prc": (
        (10, 10),
        "xinhua_en",
        "The PRC foreign ministry urged Washington to stop arms sales to Taiwan.",
    ),
    "en_china_tariffs": (
        (4, 9),
        "bloomberg",
        "Beijing raised tariffs on US goods to 84% in retaliation, escalating the trade war.",
    ),
    "ru_china_tariffs": (
        (4, 9),
        "rbc",
        "Пекин повысил пошлины на американские товары до 84% в ответ на действия Вашингтона.",
    ),
    # Zakharova, Peskov, briefings
    "ru_zakharova_briefing": (
        (3, 5),
        "mid_rf",
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 5 марта 2025 года.",
    ),
    "ru_zakharova_baltic": (
        (3, 6),
        "ria_ru",
        "Захарова назвала решение властей Латвии о сносе памятников «варварством».",
    ),
    "ru_zakharova_moldova": (
        (9, 29),
        "tass_ru",
        "Мария Захарова прокомментировала итоги парламентских выборов в Молдавии.",
    ),
    "ru_zakharov_physicist": (
        (4, 12),
        "nauka_ru",
        "Физик Андрей Захаров получил премию за работы по квантовым вычислениям.",
    ),
    "ru_peskov_talks": (
        (5, 16),
        "tass_ru",
        "Дмитрий Песков: Кремль готов к продолжению переговоров в Стамбуле.",
    ),
    "ru_peskov_putin_schedule": (
        (6, 2),
        "ria_ru",
        (
            "Пескову задали вопрос о графике президента; он ответил, что встреча с Трампом пока "
            "не запланирована."
        ),
    ),
    "ru_peski_sand": (
        (7, 8),
        "nauka_ru",
        "В Сахаре стало больше пыли и песков: учёные фиксируют расширение пустыни.",
    ),
    "en_zakharova_briefing": (
        (3, 5),
        "tass_en",
        (
            "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond to "
            "the expulsion of its diplomats."
        ),
    ),
    "en_peskov": (
        (5, 16),
        "reuters",
        "Kremlin spokesman Dmitry Peskov said Russia was ready to continue talks in Istanbul.",
    ),
    "en_zakharova_latvia": (
        (3, 6),
        "tass_en",
        "Zakharova called the demolition of Soviet monuments in Latvia barbaric.",
    ),
    # Middle East
    "ru_gaza_ceasefire": (
        (1, 15),
        "tass_ru",
        (
            "Израиль и ХАМАС согласовали соглашение о прекращении огня в секторе Газа и обмене "
            "заложников."
        ),
    ),
    "ru_gaza_mediators": (
        (1, 16),
        "ria_ru",
        (
            "Посредниками на переговорах выступили Египет, Катар и США. Перемирие вступит в силу "
            "19 января."
        ),
    ),
    "ru_gaza_violation": (
        (3, 18),
        "ria_ru",
        "Израиль возобновил удары по сектору Газа, обвинив ХАМАС в срыве перемирия.",
    ),
    "ru_gaza_aid": (
        (5, 20),
        "tass_ru",
        "ООН: в Газу за сутки въехали лишь девять грузовиков с гуманитарной помощью.",
    ),
    "ru_gaza_mfa": (
        (1, 16),
        "mid_rf",
        (
            "Приветствуем договорённость о прекращении огня в Газе и рассчитываем на её "
            "неукоснительное выполнение всеми сторонами."
        ),
    ),
    "en_gaza_ceasefire": (
        (1, 15),
        "reuters",
        "Israel and Hamas agreed a ceasefire deal in Gaza, with hostages to be released in phases.",
    ),
    "en_gaza_truce_collapse": (
        (3, 18),
        "ap",
        "Israeli strikes across Gaza shattered the truce, killing hundreds, health officials said.",
    ),
    "en_gaza_aid_trucks": (
        (5, 20),
        "aljazeera",
        "Only nine aid trucks entered Gaza in a day, the UN said, calling it a drop in the ocean.",
    ),
    "en_hostages_released": (
        (1, 19),
        "bbc",
        (
            "Three Israeli hostages were freed on the first day of the ceasefire as 90 "
            "Palestinian prisoners were released."
        ),
    ),
    "ru_hostages_released": (
        (1, 19),
        "tass_ru",
        "ХАМАС освободил трёх заложниц; Израиль выпустил 90 палестинских заключённых.",
    ),
    "ru_iran_israel_strikes": (
        (6, 13),
        "ria_ru",
        "Израиль нанёс удары по ядерным объектам Ирана, в том числе в Натанзе.",
    ),
    "ru_iran_mfa_condemn": (
        (6, 13),
        "mid_rf",
        (
            "Решительно осуждаем неспровоцированные удары Израиля по территории Исламской "
            "Республики Иран."
        ),
    ),
    "en_iran_strikes": (
        (6, 13),
        "reuters",
        "Israel struck Iran's nuclear facilities at Natanz, and Iran answered with missiles.",
    ),
    "en_iran_araghchi": (
        (6, 22),
        "aljazeera",
        "Iranian Foreign Minister Abbas Araghchi flew to Moscow for talks with President Putin.",
    ),
    "ru_iran_araghchi": (
        (6, 23),
        "kremlin",
        "Путин принял в Кремле министра иностранных дел Ирана Аббаса Аракчи.",
    ),
    "ru_syria_sharaa": (
        (10, 15),
        "kremlin",
        "Переговоры Владимира Путина с президентом Сирии на переходный период Ахмедом аш-Шараа.",
    ),
    "en_syria_sharaa": (
        (10, 15),
        "reuters",
        (
            "Syria's interim president Ahmed al-Sharaa visited Moscow, his first trip to Russia "
            "since Assad fell."
        ),
    ),
    "ru_lebanon": (
        (11, 27),
        "tass_ru",
        "В Ливане вступило в силу соглашение о прекращении огня между Израилем и «Хезболлой».",
    ),
    "en_yemen_houthis": (
        (5, 6),
        "ap",
        (
            "The United States and Yemen's Houthis agreed to halt attacks on shipping in the Red "
            "Sea, Oman said."
        ),
    ),
    "ru_yemen_oman": (
        (5, 6),
        "ria_ru",
        "Оман выступил посредником в договорённости между США и йеменскими хуситами.",
    ),
    "ru_oman_fraud": (
        (8, 3),
        "rbc",
        "Полиция раскрыла схему обмана пенсионеров: мошенники представлялись сотрудниками банка.",
    ),
    # Africa
    "ru_mali_junta": (
        (5, 13),
        "ria_ru",
        "Военные власти Мали распустили все политические партии страны.",
    ),
    "ru_sahel_alliance": (
        (7, 6),
        "tass_ru",
        "Мали, Буркина-Фасо и Нигер объявили о создании конфедерации Альянс государств Сахеля.",
    ),
    "ru_africa_corps": (
        (6, 9),
        "rbc",
        "«Африканский корпус» Минобороны сменит ЧВК «Вагнер» в Мали.",
    ),
    "ru_mali_small": (
        (4, 2),
        "kommersant",
        (
            "Малые и средние предприятия получат кредиты по льготной ставке; этого мало, считают "
            "бизнесмены."
        ),
    ),
    "ru_togo": (
        (3, 25),
        "mid_rf",
        (
            "Лавров провёл переговоры с министром иностранных дел Тоголезской Республики. Россия "
            "откроет посольство в Того."
        ),
    ),
    "ru_togo_pronoun": (
        (3, 26),
        "ria_ru",
        "Кроме того, министр сообщил о планах по расширению экспорта зерна в страны Азии.",
    ),
    "en_mali_parties": (
        (5, 13),
        "reuters",
        "Mali's military government dissolved all political parties, state television said.",
    ),
    "en_sahel_confed": (
        (7, 6),
        "ap",
        "Mali, Burkina Faso and Niger signed a treaty creating the Confederation of Sahel States.",
    ),
    "en_africa_corps": (
        (6, 9),
        "reuters",
        "Russia's Africa Corps will take over from the Wagner Group in Mali, the mercenaries said.",
    ),
    "en_togo": (
        (3, 25),
        "tass_en",
        "Russia will open an embassy in Togo, Lavrov said after talks in Moscow.",
    ),
    "ru_russia_africa_summit": (
        (11, 9),
        "mid_rf",
        "Первая министерская конференция форума партнёрства Россия – Африка прошла в Сочи.",
    ),
    "en_russia_africa_sochi": (
        (11, 10),
        "tass_en",
        "The first ministerial conference of the Russia-Africa Partnership Forum opened in Sochi.",
    ),
    "ru_egypt_dabaa": (
        (1, 23),
        "rosatom",
        "На площадке АЭС «Эль-Дабаа» в Египте установлен корпус реактора третьего энергоблока.",
    ),
    # Sanctions, frozen assets
    "ru_eu_16_package": (
        (2, 24),
        "tass_ru",
        (
            "Совет ЕС утвердил 16-й пакет санкций против России, в него вошли 74 судна «теневого "
            "флота»."
        ),
    ),
    "ru_eu_17_package": (
        (5, 20),
        "ria_ru",
        "Евросоюз принял семнадцатый пакет антироссийских санкций.",
    ),
    "ru_frozen_assets": (
        (10, 23),
        "rbc",
        (
            "Лидеры Евросоюза не смогли договориться об использовании замороженных российских "
            "активов для «репарационного кредита»."
        ),
    ),
    "ru_assets_mfa": (
        (10, 24),
        "mid_rf",
        "Любые действия с замороженными активами России будут квалифицированы как кража.",
    ),
    "ru_assets_euroclear": (
        (10, 25),
        "interfax",
        "Euroclear держит около 185 млрд евро заблокированных активов Банка России.",
    ),
    "en_eu_16_package": (
        (2, 24),
        "reuters",
        (
            "The EU adopted its 16th package of sanctions against Russia, targeting 74 shadow "
            "fleet vessels."
        ),
    ),
    "en_frozen_assets": (
        (10, 23),
        "ft",
        (
            "EU leaders failed to agree on using frozen Russian assets for a reparations loan to "
            "Ukraine."
        ),
    ),
    "en_euroclear": (
        (10, 25),
        "bloomberg",
        "Euroclear holds about 185 billion euros of immobilised Russian central bank assets.",
    ),
    "ru_sanctions_mfa_response": (
        (2, 25),
        "mid_rf",
        "Ответные меры на новые ограничительные меры Евросоюза последуют незамедлительно.",
    ),
    "ru_shadow_fleet_estonia": (
        (5, 18),
        "ria_ru",
        (
            "Эстония пыталась задержать танкер Jaguar в Финском заливе; МИД России назвал это "
            "пиратством."
        ),
    ),
    "en_shadow_fleet": (
        (5, 18),
        "reuters",
        (
            "Estonia tried to detain the tanker Jaguar, part of Russia's shadow fleet, in the "
            "Gulf of Finland."
        ),
    ),
    # Elections
    "ru_moldova_elections": (
        (9, 28),
        "tass_ru",
        (
            "В Молдавии прошли выборы в парламент; партия «Действие и солидарность» получила "
            "большинство."
        ),
    ),
    "ru_moldova_mfa": (
        (9, 29),
        "mid_rf",
        (
            "Выборы в Республике Молдова прошли с массовыми нарушениями: десятки тысяч граждан в "
            "России лишили права голоса."
        ),
    ),
    "en_moldova_elections": (
        (9, 28),
        "reuters",
        "Moldova's pro-European ruling party won a parliamentary majority in the election.",
    ),
    "ru_romania_annulled": (
        (12, 6),
        "ria_ru",
        "Конституционный суд Румынии аннулировал итоги первого тура президентских выборов.",
    ),
    "en_romania_annulled": (
        (12, 6),
        "ap",
        "Romania's constitutional court annulled the first round of the presidential election.",
    ),
    "ru_romania_rerun": (
        (5, 18),
        "tass_ru",
        "Никушор Дан победил на повторных выборах президента Румынии.",
    ),
    "en_romania_dan": (
        (5, 18),
        "reuters",
        "Bucharest mayor Nicusor Dan won Romania's presidential election rerun.",
    ),
    "ru_germany_elections": (
        (2, 23),
        "rbc",
        "На досрочных выборах в бундестаг победил блок ХДС/ХСС во главе с Фридрихом Мерцем.",
    ),
    "en_germany_merz": (
        (2, 23),
        "dw",
        "Friedrich Merz's CDU/CSU won Germany's snap election; the AfD came second.",
    ),
    "ru_merz_chancellor": (
        (5, 6),
        "tass_ru",
        "Бундестаг лишь со второй попытки избрал Мерца федеральным канцлером.",
    ),
    "ru_georgia_elections": (
        (10, 27),
        "ria_ru",
        "Правящая партия «Грузинская мечта» набрала почти 54% на выборах в парламент Грузии.",
    ),
    "en_georgia_protests": (
        (12, 1),
        "reuters",
        (
            "Protesters clashed with police in Tbilisi after Georgia's government suspended EU "
            "accession talks."
        ),
    ),
    "ru_poland_elections": (
        (6, 1),
        "ria_ru",
        "Кароль Навроцкий победил во втором туре президентских выборов в Польше.",
    ),
    "en_poland_nawrocki": (
        (6, 2),
        "ap",
        "Conservative historian Karol Nawrocki narrowly won Poland's presidential runoff.",
    ),
    # US-Russia, Alaska, Istanbul
    "ru_alaska_summit": (
        (8, 15),
        "kremlin",
        "Российско-американские переговоры на высшем уровне прошли в Анкоридже, штат Аляска.",
    ),
    "ru_alaska_ushakov": (
        (8, 16),
        "tass_ru",
        "Юрий Ушаков: встреча Путина и Трампа на Аляске продолжалась почти три часа.",
    ),
    "en_alaska_summit": (
        (8, 15),
        "reuters",
        "Trump and Putin met in Anchorage, Alaska, for their first in-person summit since 2019.",
    ),
    "en_witkoff_moscow": (
        (4, 11),
        "ap",
        "US envoy Steve Witkoff met Vladimir Putin in St Petersburg for more than four hours.",
    ),
    "ru_witkoff": (
        (4, 11),
        "ria_ru",
        (
            "Специальный посланник президента США Стивен Уиткофф встретился с Путиным в Санкт-"
            "Петербурге."
        ),
    ),
    "ru_rubio_lavrov_riyadh": (
        (2, 18),
        "mid_rf",
        "Состоялись переговоры С.В.Лаврова с государственным секретарём США М.Рубио в Эр-Рияде.",
    ),
    "en_rubio_riyadh": (
        (2, 18),
        "reuters",
        "Secretary of State Marco Rubio and Sergei Lavrov held talks in Riyadh, Saudi Arabia.",
    ),
    "ru_istanbul_talks": (
        (5, 16),
        "ria_ru",
        (
            "В Стамбуле завершился первый раунд прямых российско-украинских переговоров; стороны "
            "договорились об обмене пленными «тысяча на тысячу»."
        ),
    ),
    "en_istanbul_swap": (
        (5, 16),
        "reuters",
        (
            "Russia and Ukraine agreed to swap 1,000 prisoners each after their first direct "
            "talks in three years in Istanbul."
        ),
    ),
    "ru_medinsky": (
        (6, 2),
        "tass_ru",
        "Глава российской делегации Владимир Мединский передал украинской стороне меморандум.",
    ),
    "en_medinsky": (
        (6, 2),
        "ap",
        "Vladimir Medinsky, who led Russia's delegation, handed Kyiv a memorandum of terms.",
    ),
    # UN
    "ru_nebenzia_sc": (
        (2, 24),
        "postpred_un",
        (
            "Выступление Постоянного представителя В.А.Небензи на заседании Совета Безопасности "
            "ООН по Украине."
        ),
    ),
    "ru_un_resolution_us": (
        (2, 25),
        "tass_ru",
        (
            "Совбез ООН принял предложенную США резолюцию, призывающую к скорейшему прекращению "
            "конфликта."
        ),
    ),
    "en_un_resolution": (
        (2, 24),
        "reuters",
        (
            "The UN Security Council adopted a US-drafted resolution calling for a swift end to "
            "the war."
        ),
    ),
    "en_nebenzia": (
        (2, 24),
        "tass_en",
        (
            "Russia's UN ambassador Vassily Nebenzia said the resolution was a step in the right "
            "direction."
        ),
    ),
    "ru_guterres_kazan": (
        (10, 24),
        "ria_ru",
        "Генеральный секретарь ООН Антониу Гутерриш прибыл в Казань.",
    ),
    "en_guterres_budget": (
        (9, 12),
        "reuters",
        (
            "UN Secretary-General Antonio Guterres proposed cutting the regular budget by 15% and"
            " 18.8% of posts."
        ),
    ),
    "ru_un_budget": (
        (9, 12),
        "tass_ru",
        "Гутерриш предложил сократить регулярный бюджет ООН на 15% и почти пятую часть должностей.",
    ),
    "ru_unga_80": (
        (9, 23),
        "mid_rf",
        (
            "Министр иностранных дел России выступит в общеполитической дискуссии 80-й сессии "
            "Генеральной Ассамблеи ООН."
        ),
    ),
    "en_unga_80": (
        (9, 23),
        "ap",
        "World leaders gathered in New York for the 80th session of the UN General Assembly.",
    ),
    # BRICS
    "ru_brics_rio": (
        (7, 6),
        "tass_ru",
        "Саммит БРИКС открылся в Рио-де-Жанейро; Россию представляет Сергей Лавров.",
    ),
    "en_brics_rio": (
        (7, 6),
        "reuters",
        (
            "BRICS leaders met in Rio de Janeiro without Xi Jinping, who skipped the summit for "
            "the first time."
        ),
    ),
    "ru_brics_partners": (
        (1, 7),
        "ria_ru",
        (
            "Индонезия стала полноправным членом БРИКС, сообщило министерство иностранных дел "
            "Бразилии."
        ),
    ),
    "en_brics_indonesia": (
        (1, 7),
        "reuters",
        "Indonesia became a full member of BRICS, Brazil announced.",
    ),
    # Central Asia
    "ru_tokayev_putin": (
        (11, 12),
        "akorda_ru",
        "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Владимиром Путиным в Москве.",
    ),
    "en_tokayev": (
        (11, 12),
        "astana_times",
        (
            "Kazakh President Kassym-Jomart Tokayev and Putin signed a declaration on "
            "comprehensive strategic partnership."
        ),
    ),
    "ru_mirziyoyev": (
        (5, 27),
        "uza_ru",
        "Шавкат Мирзиёев подписал указ о создании свободной экономической зоны в Самарканде.",
    ),
    "en_mirziyoyev": (
        (5, 27),
        "kun_uz",
        "Uzbek President Shavkat Mirziyoyev signed a decree on a free economic zone in Samarkand.",
    ),
    "ru_japarov": (
        (3, 13),
        "kabar_ru",
        (
            "Садыр Жапаров и Эмомали Рахмон подписали договор о государственной границе между "
            "Киргизией и Таджикистаном."
        ),
    ),
    "en_japarov_border": (
        (3, 13),
        "reuters",
        (
            "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border "
            "treaty, ending a decades-long dispute."
        ),
    ),
    "ru_central_asia_water": (
        (3, 31),
        "ria_ru",
        (
            "Киргизия, Таджикистан и Узбекистан договорились о совместном использовании водных "
            "ресурсов."
        ),
    ),
    "ru_kazakh_npp": (
        (6, 14),
        "tass_ru",
        "Росатом возглавит консорциум по строительству первой атомной электростанции в Казахстане.",
    ),
    "en_kazakh_npp": (
        (6, 14),
        "reuters",
        (
            "Kazakhstan picked Russia's Rosatom to lead a consortium building its first nuclear "
            "power plant."
        ),
    ),
    # Turkey
    "ru_erdogan_call": (
        (3, 14),
        "kremlin",
        (
            "Состоялся телефонный разговор Владимира Путина с Президентом Турецкой Республики "
            "Реджепом Тайипом Эрдоганом."
        ),
    ),
    "ru_fidan_lavrov": (
        (4, 18),
        "mid_rf",
        "Сергей Лавров провёл переговоры с главой МИД Турции Хаканом Фиданом.",
    ),
    "en_erdogan": (
        (3, 14),
        "daily_sabah",
        (
            "Turkish President Recep Tayyip Erdogan told Putin that Turkey was ready to host "
            "peace talks."
        ),
    ),
    "en_fidan": (
        (4, 18),
        "anadolu",
        (
            "Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergei Lavrov in "
            "Antalya."
        ),
    ),
    "ru_turkish_stream": (
        (1, 2),
        "interfax",
        (
            "Поставки по «Турецкому потоку» в Европу выросли на 15% после прекращения транзита "
            "через Украину."
        ),
    ),
    # Korea, Japan
    "ru_dprk_treaty": (
        (12, 4),
        "mid_rf",
        "Вступил в силу Договор о всеобъемлющем стратегическом партнёрстве между Россией и КНДР.",
    ),
    "en_north_korea": (
        (12, 4),
        "yonhap",
        "A mutual defence treaty between Russia and North Korea took effect.",
    ),
    "ru_choe_son_hui": (
        (7, 12),
        "mid_rf",
        "Лавров провёл переговоры с министром иностранных дел КНДР Чо Сон Хи в Вонсане.",
    ),
    "en_choe": (
        (7, 12),
        "kcna_en",
        "Foreign Minister Choe Son Hui received Sergei Lavrov in Wonsan.",
    ),
    "ru_japan_pm": (
        (10, 21),
        "ria_ru",
        "Санаэ Такаити стала первой в истории Японии женщиной – премьер-министром.",
    ),
    "en_japan_takaichi": (
        (10, 21),
        "reuters",
        "Sanae Takaichi became Japan's first female prime minister.",
    ),
    # India
    "ru_india_oil": (
        (8, 27),
        "rbc",
        (
            "США ввели дополнительную пошлину в 25% на индийские товары из-за закупок российской "
            "нефти."
        ),
    ),
    "en_india_tariff": (
        (8, 27),
        "reuters",
        (
            "Washington doubled tariffs on Indian goods to 50% over New Delhi's purchases of "
            "Russian oil."
        ),
    ),
    "ru_india_jaishankar": (
        (8, 21),
        "mid_rf",
        "Лавров и Джайшанкар обсудили подготовку визита Президента России в Индию.",
    ),
    "en_jaishankar": (
        (8, 21),
        "ani",
        "External Affairs Minister S. Jaishankar met Lavrov in Moscow ahead of the annual summit.",
    ),
    # Medvedev / bears, Novak / new, Cuba / cubic metres
    "ru_medvedev_sc": (
        (3, 10),
        "tass_ru",
        "Зампред Совбеза Дмитрий Медведев пригрозил Европе ответными мерами.",
    ),
    "ru_medvedev_telegram": (
        (7, 29),
        "ria_ru",
        "Медведев ответил Трампу в своём телеграм-канале, напомнив о системе «Мёртвая рука».",
    ),
    "ru_bears_kamchatka": (
        (8, 5),
        "nauka_ru",
        "На Камчатке после извержения вулкана медведи стали чаще выходить к посёлкам.",
    ),
    "ru_bear_zoo": (
        (4, 20),
        "rbc",
        "Бурый медведь из Московского зоопарка проснулся после спячки.",
    ),
    "en_medvedev": (
        (7, 29),
        "reuters",
        "Former Russian president Dmitry Medvedev traded barbs with Trump over nuclear submarines.",
    ),
    "ru_novak_opec": (
        (4, 3),
        "interfax",
        "Вице-премьер Александр Новак: ОПЕК+ продолжит постепенное наращивание добычи.",
    ),
    "ru_new_sanctions_us": (
        (10, 22),
        "rbc",
        "Минфин США ввёл новые санкции против «Роснефти» и «Лукойла».",
    ),
    "en_novak": (
        (4, 3),
        "reuters",
        "Deputy Prime Minister Alexander Novak said OPEC+ would keep raising output gradually.",
    ),
    "en_new_sanctions": (
        (10, 22),
        "reuters",
        (
            "The US Treasury imposed new sanctions on Rosneft and Lukoil, Russia's largest oil "
            "companies."
        ),
    ),
    "ru_cuba_fuel": (
        (3, 4),
        "tass_ru",
        "Россия направит на Кубу 80 тысяч тонн нефти для преодоления энергетического кризиса.",
    ),
    "ru_cuba_rodriguez": (
        (5, 7),
        "mid_rf",
        (
            "Лавров провёл переговоры с министром иностранных дел Республики Куба Бруно "
            "Родригесом Паррилья."
        ),
    ),
    "ru_gas_cubic": (
        (1, 1),
        "interfax",
        (
            "Транзит российского газа через Украину прекращён: за прошлый год прокачано около 15 "
            "млрд кубометров."
        ),
    ),
    "en_cuba_blackout": (
        (3, 15),
        "ap",
        "Cuba suffered a nationwide blackout, the fourth in six months.",
    ),
    "en_gas_transit": (
        (1, 1),
        "reuters",
        "Russian gas transit via Ukraine ended; about 15 billion cubic metres flowed last year.",
    ),
    # Lavrov forms
    "ru_lavrov_interview_cbs": (
        (3, 11),
        "mid_rf",
        "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова американскому блогеру.",
    ),
    "ru_lavrov_phone_rubio": (
        (10, 20),
        "mid_rf",
        "Состоялся телефонный разговор Сергея Лаврова и Марко Рубио.",
    ),
    "ru_lavrov_birthday": (
        (3, 21),
        "ria_ru",
        "Лаврову исполнилось 75 лет; президент поздравил министра.",
    ),
    "en_lavrov_quote": (
        (3, 11),
        "tass_en",
        "Lavrov's remarks: Russia will not accept European peacekeepers in Ukraine.",
    ),
    "en_lavrov_phone": (
        (10, 20),
        "reuters",
        "Lavrov and Rubio spoke by phone, the Russian foreign ministry said.",
    ),
    "ru_bay_leaf": (
        (11, 3),
        "kommersant",
        "Цены на лавровый лист и специи выросли на четверть за год.",
    ),
    # Dates written differently
    "ru_date_march5": (
        (3, 5),
        "tass_ru",
        "Заседание Совета Безопасности ООН по Украине состоится 5 марта.",
    ),
    "ru_date_0503": ((3, 3), "interfax", "Срок подачи заявок продлён до 05.03.2025 включительно."),
    "en_date_march5": (
        (3, 4),
        "reuters",
        "The Security Council will meet on Ukraine on March 5, diplomats said.",
    ),
    "en_date_5march": (
        (3, 2),
        "bbc",
        "Ministers will meet in Brussels on 5 March to discuss defence spending.",
    ),
    "ru_date_march25": ((3, 20), "ria_ru", "Переговоры в Эр-Рияде назначены на 25 марта."),
    "ru_date_may9": (
        (5, 9),
        "kremlin",
        "Парад Победы на Красной площади 9 мая посетили лидеры более 20 государств.",
    ),
    "en_date_may9": (
        (5, 9),
        "ap",
        "Leaders of more than 20 countries attended the Victory Day parade in Moscow on May 9.",
    ),
    "ru_may_1": ((5, 1), "rbc", "Первомайские праздники: россияне отдыхают с 1 по 4 мая."),
    "ru_date_dec12": (
        (12, 12),
        "mid_rf",
        "12 декабря в МИД России состоится пресс-конференция по итогам года.",
    ),
    "en_date_dec12": (
        (12, 11),
        "tass_en",
        "Lavrov will hold his annual press conference on Dec. 12.",
    ),
    "ru_date_1112": ((11, 10), "tass_ru", "Выборы пройдут 11.12, сообщила ЦИК."),
    # Money and numbers
    "ru_money_25bn": ((6, 4), "rbc", "Всемирный банк выделит Египту 2,5 млрд долларов на реформы."),
    "en_money_25bn": (
        (6, 4),
        "reuters",
        "The World Bank will lend Egypt $2.5 billion to support reforms.",
    ),
    "ru_money_25bn_words": (
        (6, 5),
        "ria_ru",
        "Объём кредита составит два с половиной миллиарда долларов.",
    ),
    "en_money_25bn_bn": (
        (6, 5),
        "ft",
        "Egypt's new loan, worth $2.5bn, comes with strict conditions.",
    ),
    "ru_money_25mln": ((2, 14), "tass_ru", "На восстановление школ направят 2,5 млн рублей."),
    "ru_money_trillion": (
        (9, 30),
        "rbc",
        "Дефицит федерального бюджета в 2026 году составит 1,2 трлн рублей.",
    ),
    "en_money_trillion": (
        (9, 30),
        "reuters",
        "Russia's 2026 budget deficit is projected at 1.2 trillion roubles.",
    ),
    "ru_percent_30": (
        (7, 13),
        "ria_ru",
        "Трамп пригрозил ввести пошлины в 30% на товары из ЕС и Мексики.",
    ),
    "en_percent_30": (
        (7, 13),
        "reuters",
        "Trump threatened 30 percent tariffs on imports from the European Union and Mexico.",
    ),
    "ru_percent_30_words": (
        (7, 14),
        "kommersant",
        "Тридцать процентов — такова ставка, которой Вашингтон пугает Брюссель.",
    ),
    "ru_percent_3": ((7, 20), "interfax", "Рост ВВП Китая замедлился до 3%."),
    "ru_key_rate_21": (
        (2, 14),
        "interfax",
        "Банк России сохранил ключевую ставку на уровне 21% годовых.",
    ),
    "en_key_rate_21": ((2, 14), "reuters", "Russia's central bank held its key rate at 21%."),
    "ru_key_rate_17": ((9, 12), "tass_ru", "ЦБ снизил ключевую ставку до 17%."),
    "ru_defense_5pct": (
        (6, 25),
        "ria_ru",
        "Страны НАТО договорились довести оборонные расходы до 5% ВВП к 2035 году.",
    ),
    "en_nato_5pct": (
        (6, 25),
        "reuters",
        "NATO allies agreed at The Hague to raise defence spending to 5% of GDP by 2035.",
    ),
    "ru_anniversary_80": (
        (5, 8),
        "mid_rf",
        "Восьмидесятилетие Великой Победы: послы иностранных государств возложили венки.",
    ),
    "en_anniversary_80": (
        (5, 8),
        "tass_en",
        "Foreign ambassadors laid wreaths on the eve of the 80th anniversary of Victory.",
    ),
    "ru_prisoners_1000": (
        (5, 25),
        "ria_ru",
        "Россия и Украина завершили обмен пленными по формуле 1000 на 1000.",
    ),
    # Azerbaijan, Armenia
    "ru_azal_crash": (
        (12, 25),
        "ria_ru",
        "Самолёт авиакомпании AZAL, следовавший из Баку в Грозный, потерпел крушение под Актау.",
    ),
    "ru_aliyev_putin_apology": (
        (12, 28),
        "kremlin",
        (
            "Владимир Путин принёс Ильхаму Алиеву извинения за трагический инцидент в воздушном "
            "пространстве России."
        ),
    ),
    "en_azal_crash": (
        (12, 25),
        "reuters",
        (
            "An Azerbaijan Airlines plane flying from Baku to Grozny crashed near Aktau in "
            "Kazakhstan, killing 38."
        ),
    ),
    "ru_aliyev_dushanbe": (
        (10, 9),
        "tass_ru",
        "Путин и Алиев встретились в Душанбе, впервые после обострения отношений.",
    ),
    "en_aliyev_pashinyan_wh": (
        (8, 8),
        "ap",
        (
            "Azerbaijan's Ilham Aliyev and Armenia's Nikol Pashinyan initialled a peace deal at "
            "the White House."
        ),
    ),
    "ru_armenia_azerbaijan_peace": (
        (8, 8),
        "ria_ru",
        "Армения и Азербайджан парафировали мирный договор в Вашингтоне.",
    ),
    "ru_trump_route": (
        (8, 9),
        "kommersant",
        "«Маршрут Трампа» через Сюник вызвал вопросы в Тегеране и Москве.",
    ),
    "ru_armenia_eu_law": (
        (3, 26),
        "tass_ru",
        "Парламент Армении принял закон о начале процесса вступления в Евросоюз.",
    ),
    "en_armenia_eu": (
        (3, 26),
        "reuters",
        (
            "Armenia's parliament passed a bill launching the country's bid to join the European "
            "Union."
        ),
    ),
    "ru_armenian_church": (
        (6, 28),
        "ria_ru",
        "В Ереване задержали архиепископа Армянской апостольской церкви.",
    ),
    # Belarus
    "ru_lukashenko_inaug": (
        (3, 25),
        "belta_ru",
        "Александр Лукашенко вступил в должность Президента Республики Беларусь.",
    ),
    "ru_belarus_oreshnik": (
        (12, 18),
        "mil_ru",
        "Ракетный комплекс «Орешник» заступил на боевое дежурство в Белоруссии.",
    ),
    "en_lukashenko": (
        (3, 25),
        "reuters",
        "Alexander Lukashenko was sworn in for a seventh term as Belarus's president.",
    ),
    "en_belarus_prisoners": (
        (9, 11),
        "ap",
        (
            "Belarus freed 52 prisoners after a visit by a US envoy; Washington eased sanctions "
            "on Belavia."
        ),
    ),
    # Serbia, Hungary, Slovakia
    "ru_vucic_protests": (
        (3, 15),
        "ria_ru",
        "В Белграде прошла крупнейшая в истории Сербии антиправительственная акция.",
    ),
    "ru_vucic_putin": (
        (5, 9),
        "tass_ru",
        "Президент Сербии Александр Вучич прибыл в Москву на празднование Дня Победы.",
    ),
    "en_vucic": (
        (5, 9),
        "reuters",
        "Serbian President Aleksandar Vucic defied the EU and flew to Moscow for the parade.",
    ),
    "ru_orban_veto": (
        (6, 26),
        "rbc",
        "Виктор Орбан заблокировал начало переговоров о вступлении Украины в ЕС.",
    ),
    "en_orban": (
        (6, 26),
        "politico",
        "Hungary's Viktor Orban blocked the opening of EU accession talks with Ukraine.",
    ),
    "ru_fico": (
        (5, 9),
        "ria_ru",
        "Премьер-министр Словакии Роберт Фицо принял участие в торжествах в Москве.",
    ),
    "en_fico": (
        (5, 9),
        "ap",
        "Slovak Prime Minister Robert Fico was the only EU leader at the Moscow parade.",
    ),
    "ru_orbit_satellite": (
        (6, 27),
        "nauka_ru",
        "Спутник выведен на орбиту, сообщили в Роскосмосе.",
    ),
    # Baltic, Finland, NATO
    "ru_baltic_cables": (
        (1, 14),
        "ria_ru",
        "НАТО запускает операцию «Балтийский часовой» после повреждения подводных кабелей.",
    ),
    "en_baltic_sentry": (
        (1, 14),
        "reuters",
        "NATO launched Baltic Sentry to protect undersea cables after suspected sabotage.",
    ),
    "ru_finland_border": (
        (4, 14),
        "tass_ru",
        "Финляндия продлила закрытие границы с Россией на неопределённый срок.",
    ),
    "en_finland_border": (
        (4, 14),
        "yle",
        "Finland extended the closure of its border with Russia indefinitely.",
    ),
    "ru_nato_hague": (
        (6, 24),
        "mid_rf",
        "Комментарий официального представителя МИД России в связи с саммитом НАТО в Гааге.",
    ),
    "en_nato_hague": (
        (6, 24),
        "ap",
        (
            "NATO leaders met in The Hague, with Trump questioning the alliance's mutual defence "
            "clause."
        ),
    ),
    "ru_poland_drones": (
        (9, 10),
        "ria_ru",
        (
            "Польша заявила о нарушении воздушного пространства беспилотниками и запросила "
            "консультации по статье 4."
        ),
    ),
    "en_poland_drones": (
        (9, 10),
        "reuters",
        "Poland shot down drones that entered its airspace and invoked NATO's Article 4.",
    ),
    "ru_estonia_airspace": (
        (9, 19),
        "tass_ru",
        (
            "Минобороны России опровергло нарушение воздушного пространства Эстонии истребителями"
            " МиГ-31."
        ),
    ),
    # Arctic, Greenland
    "ru_nsr_record": (
        (11, 30),
        "rosatom",
        "Грузопоток по Северному морскому пути в этом году составил 37 млн тонн.",
    ),
    "en_nsr": (
        (11, 30),
        "barents",
        "Cargo on the Northern Sea Route reached 37 million tonnes, Rosatom said.",
    ),
    "ru_icebreaker_yakutia": (
        (1, 30),
        "tass_ru",
        "Атомный ледокол «Якутия» поднял государственный флаг и вошёл в состав флота.",
    ),
    "ru_greenland_trump": (
        (1, 8),
        "ria_ru",
        "Трамп не исключил применения силы для установления контроля над Гренландией.",
    ),
    "en_greenland": (
        (1, 8),
        "reuters",
        (
            "Trump refused to rule out military force to take control of Greenland and the Panama"
            " Canal."
        ),
    ),
    "ru_arctic_council": (
        (5, 12),
        "mid_rf",
        (
            "Россия не будет участвовать в мероприятиях Арктического совета до возобновления "
            "полноценного сотрудничества."
        ),
    ),
    # Grain, food
    "ru_grain_export": (
        (7, 1),
        "interfax",
        "Экспорт российской пшеницы в новом сезоне может составить 43 млн тонн.",
    ),
    "en_grain": (
        (7, 1),
        "reuters",
        "Russian wheat exports may reach 43 million tonnes in the new season, analysts said.",
    ),
    "ru_fertilizers": (
        (4, 22),
        "tass_ru",
        "ЕС ввёл пошлины на российские удобрения и сельхозпродукцию.",
    ),
    "en_fertilizers": (
        (4, 22),
        "ft",
        "The EU imposed tariffs on Russian fertilisers and farm goods.",
    ),
    "ru_wfp_cuts": (
        (3, 6),
        "ria_ru",
        (
            "Всемирная продовольственная программа сократит пайки беженцам из-за нехватки "
            "финансирования."
        ),
    ),
    "en_wfp_cuts": (
        (3, 6),
        "ap",
        "The World Food Programme will cut rations for refugees because of funding shortfalls.",
    ),
    # Consular: visas, evacuation, citizens
    "ru_consular_evac_iran": (
        (6, 17),
        "mid_rf",
        "Посольство России в Тегеране организовало эвакуацию российских граждан через Азербайджан.",
    ),
    "ru_consular_warning": (
        (6, 18),
        "mid_rf",
        "МИД настоятельно рекомендует гражданам России воздержаться от поездок в Израиль и Иран.",
    ),
    "en_evacuation_iran": (
        (6, 17),
        "reuters",
        "Russia evacuated its citizens from Iran overland through Azerbaijan, the embassy said.",
    ),
    "ru_visa_uae": (
        (4, 28),
        "ria_ru",
        "Россия и ОАЭ обсуждают отмену визовых требований для бизнесменов.",
    ),
    "ru_visa_free_china": (
        (9, 15),
        "tass_ru",
        "Китай ввёл безвизовый режим для граждан России на 30 дней.",
    ),
    "en_visa_free_china": (
        (9, 15),
        "reuters",
        "China will allow Russian citizens visa-free entry for up to 30 days on a trial basis.",
    ),
    "ru_visit_saudi": (
        (4, 29),
        "ria_ru",
        "Визит наследного принца Саудовской Аравии в Москву пока не согласован.",
    ),
    "ru_consulate_closed": (
        (5, 19),
        "mid_rf",
        (
            "В ответ на закрытие генконсульства России в Кракове будет закрыто генеральное "
            "консульство Польши в Калининграде."
        ),
    ),
    "en_consulate_closed": (
        (5, 19),
        "ap",
        (
            "Poland ordered Russia's consulate in Krakow closed; Moscow said it would close "
            "Poland's consulate in Kaliningrad."
        ),
    ),
    # Hashtags
    "ru_hashtag_brics": (
        (7, 7),
        "mid_rf",
        (
            "Совместная декларация министров иностранных дел стран объединения принята "
            "единогласно. #БРИКС #BRICS"
        ),
    ),
    "ru_hashtag_sanctions": (
        (2, 26),
        "rbc",
        "Какие компании попали в новый список ограничений: разбор. #санкции",
    ),
    "ru_hashtag_zakharova": (
        (4, 10),
        "mid_rf",
        "Ответ на вопрос СМИ о провокациях в Прибалтике. #Захарова #МИД",
    ),
    "ru_hashtag_gaza": ((2, 1), "ria_ru", "Второй этап обмена: освобождены четверо. #Газа #ХАМАС"),
    "ru_hashtag_sco": (
        (9, 1),
        "tass_ru",
        "Фоторепортаж с церемонии открытия в Тяньцзине. #ШОС #Китай",
    ),
    "en_hashtag_unga": ((9, 24), "un_news", "Live updates from the General Debate. #UNGA80"),
    "en_hashtag_sanctions": (
        (2, 27),
        "ofac_watch",
        "New designations published today. #sanctions #Russia",
    ),
    # Verbs: aspect, tense, participles, short adjectives
    "ru_verb_sign_future": (
        (10, 30),
        "tass_ru",
        "Россия и Вьетнам подпишут соглашение о строительстве атомного исследовательского центра.",
    ),
    "ru_verb_sign_past": (
        (10, 31),
        "ria_ru",
        "Москва и Ханой подписали меморандум о сотрудничестве в ядерной сфере.",
    ),
    "ru_verb_signing_noun": (
        (1, 17),
        "kremlin",
        (
            "Церемония подписания Договора о всеобъемлющем стратегическом партнёрстве между "
            "Россией и Ираном."
        ),
    ),
    "ru_verb_signed_prt": (
        (1, 18),
        "mid_rf",
        "Подписанный президентами договор не предусматривает взаимной военной помощи.",
    ),
    "en_sign_iran_treaty": (
        (1, 17),
        "reuters",
        "Putin and Iranian President Masoud Pezeshkian signed a strategic partnership treaty.",
    ),
    "ru_short_adj_ready": (
        (5, 11),
        "kremlin",
        "Россия готова к прямым переговорам без предварительных условий.",
    ),
    "ru_short_adj_ready_pl": (
        (5, 12),
        "ria_ru",
        "Европейские страны не готовы поддержать мирный план в нынешнем виде.",
    ),
    "ru_adj_ready_full": ((5, 13), "tass_ru", "Готовый проект соглашения передан сторонам."),
    "ru_short_adj_concerned": (
        (8, 12),
        "mid_rf",
        "Мы глубоко обеспокоены эскалацией напряжённости на Корейском полуострове.",
    ),
    "ru_concern_noun": (
        (8, 13),
        "tass_ru",
        "В Пекине выразили обеспокоенность учениями у берегов Тайваня.",
    ),
    "ru_concerned_adj": (
        (8, 14),
        "ria_ru",
        "Обеспокоенный ситуацией генсек ООН призвал стороны к сдержанности.",
    ),
    "ru_verb_expelled": (
        (4, 8),
        "mid_rf",
        "Сотрудники посольства Норвегии объявлены персонами нон грата и высланы из России.",
    ),
    "ru_verb_expel_future": (
        (4, 9),
        "ria_ru",
        "Москва вышлет ещё двух дипломатов в ответ на недружественные действия.",
    ),
    "en_expelled": (
        (4, 8),
        "reuters",
        "Russia expelled two Norwegian diplomats in a tit-for-tat move.",
    ),
    "en_expels": ((11, 4), "ap", "Britain expels a Russian diplomat over spying allegations."),
    "ru_verb_condemned": (
        (2, 3),
        "mid_rf",
        "Осуждаем теракт в Москве и выражаем соболезнования семьям погибших.",
    ),
    "ru_verb_condemns_3sg": (
        (2, 4),
        "tass_ru",
        "Генсек ООН осудил нападение и призвал к расследованию.",
    ),
    "ru_verb_detained": (
        (6, 7),
        "ria_ru",
        "В Баку задержаны сотрудники агентства «Спутник Азербайджан».",
    ),
    "ru_verb_detain_pres": (
        (6, 8),
        "rbc",
        "Полиция задерживает участников акции у здания парламента.",
    ),
    "en_detained": (
        (6, 7),
        "reuters",
        "Azerbaijani police detained staff of Sputnik Azerbaijan in Baku.",
    ),
    "ru_verb_postponed": (
        (10, 22),
        "ria_ru",
        "Встреча Путина и Трампа в Будапеште отложена на неопределённый срок.",
    ),
    "en_postponed": (
        (10, 22),
        "reuters",
        "A planned Trump-Putin summit in Budapest was put on hold.",
    ),
    "ru_verb_resume": (
        (3, 27),
        "tass_ru",
        (
            "Россия и США возобновят работу посольств в полном объёме, договорились делегации в "
            "Стамбуле."
        ),
    ),
    "ru_verb_resumed": (
        (2, 28),
        "ria_ru",
        "Консультации по работе дипмиссий возобновились после долгого перерыва.",
    ),
    "en_resumed": (
        (2, 27),
        "ap",
        "Russian and US diplomats resumed talks on embassy operations in Istanbul.",
    ),
    "ru_participle_killed": (
        (4, 13),
        "tass_ru",
        "Число погибших при ракетном ударе по Сумам выросло до 35.",
    ),
    "ru_verb_killed": ((4, 14), "ria_ru", "В результате атаки беспилотников погибли три человека."),
    "en_killed": (
        (4, 13),
        "reuters",
        "A missile strike on Sumy killed at least 35 people, officials said.",
    ),
    # Ё / е
    "ru_yo_otchet": (
        (3, 28),
        "interfax",
        "Отчёт Счётной палаты: расходы на оборону выросли на четверть.",
    ),
    "ru_yo_objedinennyh": (
        (10, 24),
        "mid_rf",
        "Поздравляем с Днём Организации Объединённых Наций!",
    ),
    "ru_yo_semenov": (
        (7, 2),
        "tass_ru",
        "Глава делегации Фёдор Семёнов отметил конструктивный характер консультаций.",
    ),
    "ru_yo_proshel": (
        (11, 20),
        "ria_ru",
        "Саммит «Группы двадцати» прошёл в Йоханнесбурге без американской делегации.",
    ),
    "en_g20_jburg": (
        (11, 22),
        "reuters",
        "The G20 summit in Johannesburg opened without the United States, which boycotted it.",
    ),
    # Ukraine, energy ceasefire
    "ru_energy_moratorium": (
        (3, 18),
        "kremlin",
        (
            "Путин поддержал предложение о взаимном отказе от ударов по энергетической "
            "инфраструктуре на 30 дней."
        ),
    ),
    "en_energy_truce": (
        (3, 18),
        "reuters",
        "Putin agreed to a 30-day halt on strikes against Ukraine's energy infrastructure.",
    ),
    "ru_easter_truce": (
        (4, 19),
        "kremlin",
        "Объявлено пасхальное перемирие с 18:00 19 апреля до 00:00 21 апреля.",
    ),
    "en_easter_truce": (
        (4, 19),
        "ap",
        "Putin declared an Easter truce in Ukraine lasting 30 hours.",
    ),
    "ru_kursk_liberated": (
        (4, 26),
        "mil_ru",
        "Начальник Генштаба доложил о полном освобождении Курской области.",
    ),
    "en_kursk": (
        (4, 26),
        "reuters",
        "Russia's top general said Ukrainian forces had been pushed out of the Kursk region.",
    ),
    "ru_zelensky_trump_oval": (
        (2, 28),
        "ria_ru",
        "Встреча Зеленского и Трампа в Овальном кабинете закончилась перепалкой.",
    ),
    "en_zelensky_oval": (
        (2, 28),
        "ap",
        "Zelensky's Oval Office meeting with Trump and Vance ended in a shouting match.",
    ),
    "en_minerals_deal": (
        (4, 30),
        "reuters",
        "Ukraine and the United States signed a minerals deal creating a joint investment fund.",
    ),
    "ru_minerals_deal": (
        (5, 1),
        "tass_ru",
        "Киев и Вашингтон подписали соглашение о редкоземельных металлах.",
    ),
    # Venezuela, Latin America
    "ru_venezuela_strikes": (
        (9, 3),
        "ria_ru",
        "США нанесли удар по судну у побережья Венесуэлы; погибли 11 человек.",
    ),
    "en_venezuela_boat": (
        (9, 3),
        "reuters",
        "A US strike on a boat off Venezuela killed 11 people, Trump said.",
    ),
    "ru_maduro_mfa": (
        (10, 30),
        "mid_rf",
        "Россия выражает поддержку законному правительству Венесуэлы во главе с Николасом Мадуро.",
    ),
    "ru_bolivia_paz": (
        (10, 20),
        "tass_ru",
        "Родриго Пас победил во втором туре президентских выборов в Боливии.",
    ),
    "ru_brazil_lula": (
        (5, 10),
        "kremlin",
        "Переговоры с Президентом Федеративной Республики Бразилии Луисом Инасиу Лулой да Силвой.",
    ),
    "en_lula": (
        (5, 10),
        "reuters",
        "Brazil's Lula met Putin in Moscow and said he would push for peace talks.",
    ),
    # Afghanistan, South Asia
    "ru_taliban_recognition": (
        (7, 3),
        "mid_rf",
        "Россия официально признала Исламский Эмират Афганистан; в Москву прибыл новый посол.",
    ),
    "en_taliban_recognition": (
        (7, 3),
        "reuters",
        (
            "Russia became the first country to formally recognise the Taliban government of "
            "Afghanistan."
        ),
    ),
    "ru_taliban_list": (
        (4, 17),
        "tass_ru",
        "Верховный суд приостановил запрет движения «Талибан».",
    ),
    "ru_india_pakistan": (
        (5, 10),
        "ria_ru",
        "Индия и Пакистан договорились о прекращении огня после четырёх дней столкновений.",
    ),
    "en_india_pakistan": (
        (5, 10),
        "reuters",
        "India and Pakistan agreed to a full and immediate ceasefire, Trump announced.",
    ),
    "en_pakistan_mfa": (
        (5, 7),
        "dawn",
        "Pakistan's foreign office condemned India's missile strikes as an act of war.",
    ),
    "ru_thailand_cambodia": (
        (7, 26),
        "tass_ru",
        "Таиланд и Камбоджа обменялись артиллерийскими ударами на границе.",
    ),
    "en_thailand_cambodia": (
        (7, 28),
        "reuters",
        "Thailand and Cambodia agreed to an unconditional ceasefire in talks in Malaysia.",
    ),
    "ru_nepal_protests": (
        (9, 9),
        "ria_ru",
        "Премьер-министр Непала ушёл в отставку после протестов молодёжи.",
    ),
    "en_nepal": (
        (9, 9),
        "ap",
        "Nepal's prime minister resigned after deadly protests over a social media ban.",
    ),
    # Africa more
    "ru_drc_rwanda": (
        (6, 27),
        "ria_ru",
        "ДР Конго и Руанда подписали мирное соглашение в Вашингтоне.",
    ),
    "en_drc_rwanda": (
        (6, 27),
        "reuters",
        "The Democratic Republic of Congo and Rwanda signed a peace deal in Washington.",
    ),
    "ru_sudan_fasher": (
        (10, 27),
        "tass_ru",
        "Силы быстрого реагирования заявили о захвате Эль-Фашера на западе Судана.",
    ),
    "en_sudan_fasher": (
        (10, 27),
        "aljazeera",
        (
            "Sudan's paramilitary Rapid Support Forces seized El Fasher, the army's last "
            "stronghold in Darfur."
        ),
    ),
    "en_south_sudan": (
        (3, 27),
        "ap",
        "South Sudan's first vice-president Riek Machar was placed under house arrest.",
    ),
    # Vatican
    "ru_pope_leo": (
        (5, 8),
        "ria_ru",
        "Новым Папой Римским избран американский кардинал Роберт Превост, принявший имя Лев XIV.",
    ),
    "en_pope_leo": (
        (5, 8),
        "reuters",
        "Cardinal Robert Prevost was elected pope, taking the name Leo XIV.",
    ),
    "ru_vatican_mediation": (
        (5, 20),
        "tass_ru",
        "Ватикан предложил площадку для переговоров; в Кремле поблагодарили за предложение.",
    ),
    # Climate, health
    "ru_cop30": (
        (11, 10),
        "ria_ru",
        "В бразильском Белене открылась климатическая конференция ООН COP30.",
    ),
    "en_cop30": (
        (11, 10),
        "reuters",
        "The COP30 climate summit opened in Belem, Brazil, without a US delegation.",
    ),
    "ru_who_us_exit": (
        (1, 21),
        "tass_ru",
        "Трамп подписал указ о выходе США из Всемирной организации здравоохранения.",
    ),
    "en_who_exit": (
        (1, 21),
        "ap",
        (
            "Trump signed an executive order withdrawing the United States from the World Health "
            "Organization."
        ),
    ),
    "ru_paris_agreement": (
        (1, 21),
        "rbc",
        "США вновь выходят из Парижского соглашения по климату.",
    ),
    # Trade, oil, markets
    "en_liberation_day": (
        (4, 2),
        "reuters",
        "Trump announced sweeping 'reciprocal' tariffs on what he called Liberation Day.",
    ),
    "ru_liberation_day": (
        (4, 3),
        "rbc",
        "«День освобождения»: Трамп ввёл взаимные пошлины против большинства стран.",
    ),
    "en_brent": (
        (4, 7),
        "bloomberg",
        "Brent crude fell below $60 a barrel for the first time since 2021.",
    ),
    "ru_brent": ((4, 7), "interfax", "Нефть марки Brent подешевела до 60 долларов за баррель."),
    "ru_oil_price_cap": (
        (7, 18),
        "rbc",
        "ЕС снизил потолок цен на российскую нефть до 47,6 доллара за баррель.",
    ),
    "en_price_cap": (
        (7, 18),
        "reuters",
        "The EU lowered its price cap on Russian crude to $47.60 a barrel.",
    ),
    "en_fed": (
        (9, 17),
        "reuters",
        "The Federal Reserve cut interest rates by a quarter point, its first cut this year.",
    ),
    "ru_ruble": ((6, 3), "rbc", "Рубль укрепился до 78 за доллар."),
    # Transnistria, Moldova gas
    "ru_transnistria_gas": (
        (1, 2),
        "tass_ru",
        "Приднестровье осталось без газа после прекращения транзита; отключено отопление.",
    ),
    "en_transnistria": (
        (1, 2),
        "reuters",
        (
            "Moldova's breakaway Transnistria region cut off heating after Russian gas supplies "
            "stopped."
        ),
    ),
    "ru_moldavia_energy": (
        (1, 10),
        "mid_rf",
        "Кишинёв несёт ответственность за энергетический кризис в Молдавии.",
    ),
    # Crimean bridge, Nord Stream
    "ru_nord_stream_arrest": (
        (8, 21),
        "ria_ru",
        "В Италии задержан гражданин Украины, подозреваемый в подрыве «Северных потоков».",
    ),
    "en_nord_stream": (
        (8, 21),
        "reuters",
        (
            "A Ukrainian suspected of coordinating the Nord Stream pipeline attacks was arrested "
            "in Italy."
        ),
    ),
    "ru_crimea_bridge": (
        (6, 3),
        "tass_ru",
        "Крымский мост временно перекрыт; движение восстановлено через три часа.",
    ),
    # Kazakhstan Abraham accords
    "en_kazakhstan_abraham": (
        (11, 6),
        "ap",
        "Kazakhstan will join the Abraham Accords, Trump announced.",
    ),
    "ru_kazakhstan_abraham": (
        (11, 7),
        "ria_ru",
        "Казахстан присоединится к «Авраамовым соглашениям», объявил Трамп.",
    ),
    # Syria more
    "ru_syria_bases": (
        (2, 12),
        "ria_ru",
        "Новые власти Сирии ведут переговоры с Россией о судьбе баз в Тартусе и Хмеймиме.",
    ),
    "en_syria_bases": (
        (2, 12),
        "reuters",
        "Syria's new rulers are negotiating with Moscow over its Tartus and Hmeimim bases.",
    ),
    "ru_assad_moscow": (
        (12, 9),
        "tass_ru",
        "Башар Асад с семьёй прибыл в Москву, Россия предоставила им убежище.",
    ),
    "en_assad_asylum": (
        (12, 9),
        "reuters",
        "Bashar al-Assad fled to Moscow, where he was granted asylum.",
    ),
    # Spokespersons elsewhere
    "en_state_dept_bruce": (
        (5, 13),
        "state_dept",
        "Department Press Briefing by spokesperson Tammy Bruce.",
    ),
    "en_mao_ning": (
        (3, 10),
        "xinhua_en",
        "Chinese foreign ministry spokeswoman Mao Ning said Beijing opposed unilateral sanctions.",
    ),
    "ru_mao_ning": (
        (3, 10),
        "ria_ru",
        (
            "Официальный представитель МИД КНР Мао Нин заявила, что Пекин выступает против "
            "односторонних санкций."
        ),
    ),
    "en_kallas": (
        (2, 24),
        "politico",
        "EU foreign policy chief Kaja Kallas said Europe must be at the table in any talks.",
    ),
    "ru_kallas": (
        (2, 25),
        "ria_ru",
        "Кая Каллас заявила, что без участия Европы мирного соглашения не будет.",
    ),
    "ru_kallas_kallasa": (
        (8, 1),
        "tass_ru",
        "Пресс-секретарь Каллас не ответила на вопросы журналистов.",
    ),
    # Gaza peace plan, Qatar
    "ru_qatar_strike": (
        (9, 9),
        "ria_ru",
        (
            "Израиль нанёс удар по Дохе, целью были лидеры ХАМАС; Катар назвал атаку "
            "государственным терроризмом."
        ),
    ),
    "en_qatar_strike": (
        (9, 9),
        "reuters",
        "Israel struck Hamas leaders in Doha, drawing condemnation from Qatar and the Gulf.",
    ),
    "ru_trump_plan_20": (
        (9, 30),
        "tass_ru",
        "Белый дом опубликовал план Трампа из 20 пунктов по урегулированию в Газе.",
    ),
    "en_trump_plan_20": (
        (9, 29),
        "ap",
        "Trump unveiled a 20-point plan to end the war in Gaza, backed by Netanyahu.",
    ),
    "ru_sharm_summit": (
        (10, 13),
        "ria_ru",
        "В Шарм-эш-Шейхе подписан документ о прекращении войны в Газе.",
    ),
    "en_sharm_summit": (
        (10, 13),
        "reuters",
        "Leaders signed a declaration at Sharm el-Sheikh as all living hostages were freed.",
    ),
    "ru_netanyahu": (
        (10, 14),
        "tass_ru",
        "Биньямин Нетаньяху выступил в кнессете после возвращения заложников.",
    ),
    # Europe
    "ru_macron_troops": (
        (3, 11),
        "ria_ru",
        "Макрон допустил отправку европейских военных на Украину после заключения перемирия.",
    ),
    "en_macron": (
        (3, 11),
        "reuters",
        (
            "French President Emmanuel Macron said European troops could deploy to Ukraine after "
            "a truce."
        ),
    ),
    "ru_coalition_willing": (
        (3, 15),
        "rbc",
        (
            "«Коалиция желающих» во главе с Лондоном и Парижем обсудила гарантии безопасности для"
            " Киева."
        ),
    ),
    "en_coalition_willing": (
        (3, 15),
        "bbc",
        "Starmer hosted a virtual meeting of the coalition of the willing on Ukraine.",
    ),
    "ru_taurus": (
        (5, 28),
        "tass_ru",
        "Мерц не исключил поставки ракет Taurus Киеву; в Кремле назвали это опасной эскалацией.",
    ),
    "en_taurus": (
        (5, 28),
        "dw",
        "Merz refused to rule out sending Taurus cruise missiles to Ukraine.",
    ),
    "ru_carney": (
        (4, 29),
        "ria_ru",
        "Либеральная партия Марка Карни победила на выборах в Канаде.",
    ),
    "en_carney": (
        (4, 29),
        "reuters",
        "Mark Carney's Liberals won Canada's election, riding anger at Trump's tariffs.",
    ),
    "ru_eu_reparation_loan": (
        (12, 18),
        "rbc",
        "Саммит ЕС отказался от репарационного кредита Украине; вместо него выделят 90 млрд евро.",
    ),
    "en_eu_90bn": (
        (12, 19),
        "reuters",
        "EU leaders agreed a 90 billion euro loan for Ukraine funded by joint borrowing.",
    ),
    # Russia inside: statements, Foreign Ministry
    "ru_mfa_statement_ukraine": (
        (11, 21),
        "mid_rf",
        (
            "Заявление МИД России в связи с обсуждением мирного плана: Москва готова "
            "рассматривать предложения, учитывающие реалии на земле."
        ),
    ),
    "ru_mfa_ryabkov_start": (
        (2, 5),
        "mid_rf",
        (
            "Замминистра С.А.Рябков: Договор СНВ-3 истекает в феврале 2026 года, продлевать его "
            "не предусмотрено."
        ),
    ),
    "en_new_start": (
        (9, 22),
        "reuters",
        (
            "Putin offered to observe New START limits for a year after the treaty expires in "
            "February."
        ),
    ),
    "ru_putin_new_start": (
        (9, 22),
        "kremlin",
        (
            "Путин предложил в течение года соблюдать ограничения ДСНВ после истечения срока "
            "действия договора."
        ),
    ),
    "ru_burevestnik": (
        (10, 26),
        "mil_ru",
        "Завершены испытания крылатой ракеты «Буревестник» с ядерной энергоустановкой.",
    ),
    "en_burevestnik": (
        (10, 26),
        "reuters",
        "Russia said it had tested the nuclear-powered Burevestnik cruise missile.",
    ),
    "ru_poseidon": (
        (10, 29),
        "tass_ru",
        "Путин сообщил об успешном испытании подводного беспилотника «Посейдон».",
    ),
    "ru_nuclear_tests": (
        (11, 5),
        "ria_ru",
        "Путин поручил подготовить предложения о возможной подготовке к ядерным испытаниям.",
    ),
    "en_trump_nuclear_tests": (
        (10, 30),
        "ap",
        "Trump ordered the Pentagon to start testing nuclear weapons on an equal basis.",
    ),
    # Ukraine peace plan (28 points)
    "ru_plan_28": (
        (11, 20),
        "ria_ru",
        "СМИ: американский мирный план из 28 пунктов предполагает признание Крыма российским.",
    ),
    "en_plan_28": (
        (11, 20),
        "axios",
        "A 28-point US peace plan would have Ukraine cede territory and cap its army.",
    ),
    "ru_geneva_talks": (
        (11, 23),
        "tass_ru",
        "В Женеве прошли консультации делегаций США и Украины по мирному плану.",
    ),
    "en_geneva": (
        (11, 23),
        "reuters",
        (
            "US and Ukrainian officials held talks in Geneva on the peace plan, calling them "
            "productive."
        ),
    ),
    "ru_kushner_dmitriev": (
        (10, 25),
        "ria_ru",
        "Кирилл Дмитриев прибыл в США для встречи с представителями администрации Трампа.",
    ),
    "en_dmitriev": (
        (10, 25),
        "reuters",
        "Kremlin envoy Kirill Dmitriev said he was in the US for talks with Trump's team.",
    ),
    # Typo targets and misc
    "ru_ceasefire_black_sea": (
        (3, 25),
        "kremlin",
        (
            "Договорённости по Черному морю: обеспечение безопасного судоходства, отказ от "
            "применения силы."
        ),
    ),
    "en_black_sea": (
        (3, 25),
        "reuters",
        "The US said Russia and Ukraine had agreed to ensure safe navigation in the Black Sea.",
    ),
    "ru_humanitarian_convoy": (
        (12, 3),
        "tass_ru",
        "Гуманитарный конвой МЧС доставил в Сирию 40 тонн продовольствия.",
    ),
    "ru_peacekeepers": (
        (3, 12),
        "ria_ru",
        "Лавров: размещение миротворцев из стран НАТО на Украине неприемлемо.",
    ),
    "en_peacekeepers": (
        (3, 12),
        "reuters",
        "Lavrov said Russia would not accept NATO peacekeepers in Ukraine under any flag.",
    ),
    "ru_intl_criminal_court": (
        (4, 3),
        "tass_ru",
        "Венгрия объявила о выходе из Международного уголовного суда во время визита Нетаньяху.",
    ),
    "en_icc_hungary": (
        (4, 3),
        "reuters",
        (
            "Hungary said it would quit the International Criminal Court as Netanyahu visited "
            "Budapest."
        ),
    ),
    "ru_mus_sanctions": ((6, 6), "ria_ru", "США ввели санкции против четырёх судей МУС."),
    "en_icc_judges": (
        (6, 5),
        "ap",
        "Washington sanctioned four ICC judges over investigations into Israel and the US.",
    ),
    "ru_tajik_rogun": ((4, 16), "tass_ru", "Таджикистан запустил третий агрегат Рогунской ГЭС."),
}
QUERIES: tuple[Labelled, ...] = (
    # 1. A Russian noun or adjective in another case, number or gender than the post's
    Labelled(
        "санкции",
        (
            "ru_eu_16_package",
            "ru_eu_17_package",
            "ru_new_sanctions_us",
            "ru_china_adj",
            "ru_mao_ning",
            "ru_mus_sanctions",
            "ru_hashtag_sanctions",
        ),
        "санкций, санкции, #санкции",
    ),
    Labelled(
        "санкциями",
        (
            "ru_eu_16_package",
            "ru_eu_17_package",
            "ru_new_sanctions_us",
            "ru_china_adj",
            "ru_mao_ning",
            "ru_mus_sanctions",
            "ru_hashtag_sanctions",
        ),
        "the instrumental: every form",
    ),
    Labelled(
        "пакет санкций",
        ("ru_eu_16_package", "ru_eu_17_package"),
        "16-й пакет санкций, пакет антироссийских санкций",
        first="ru_eu_16_package",
    ),
    Labelled("пакета санкций", ("ru_eu_16_package", "ru_eu_17_package"), "the genitive typed"),
    Labelled(
        "переговорах",
        (
            "ru_china_wang_yi",
            "ru_iaea_grossi_zaes",
            "ru_gaza_mediators",
            "ru_syria_sharaa",
            "ru_togo",
            "ru_alaska_summit",
            "ru_rubio_lavrov_riyadh",
            "ru_istanbul_talks",
            "ru_peskov_talks",
            "ru_tokayev_putin",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_cuba_rodriguez",
            "ru_syria_bases",
            "ru_orban_veto",
            "ru_short_adj_ready",
            "ru_brazil_lula",
            "ru_vatican_mediation",
        ),
        "переговоры, переговоров, переговорах",
    ),
    Labelled(
        "посольство",
        (
            "ru_china_embassy",
            "ru_togo",
            "ru_consular_evac_iran",
            "ru_verb_expelled",
            "ru_verb_resume",
        ),
        "Посольство, посольства, посольств",
    ),
    Labelled(
        "посольства",
        (
            "ru_china_embassy",
            "ru_togo",
            "ru_consular_evac_iran",
            "ru_verb_expelled",
            "ru_verb_resume",
        ),
        "the genitive finds the others",
        first="ru_verb_expelled",
    ),
    Labelled(
        "заложники",
        ("ru_gaza_ceasefire", "ru_hostages_released", "ru_netanyahu"),
        "заложников, заложниц (a feminine noun of the same root)",
    ),
    Labelled(
        "заложников",
        ("ru_gaza_ceasefire", "ru_netanyahu", "ru_hostages_released"),
        "the genitive plural",
        first="ru_gaza_ceasefire",
    ),
    Labelled(
        "выборы",
        (
            "ru_moldova_elections",
            "ru_moldova_mfa",
            "ru_romania_annulled",
            "ru_romania_rerun",
            "ru_germany_elections",
            "ru_georgia_elections",
            "ru_poland_elections",
            "ru_date_1112",
            "ru_carney",
            "ru_bolivia_paz",
            "ru_zakharova_moldova",
        ),
        "выборов, выборах",
    ),
    Labelled(
        "выборах в парламент",
        ("ru_moldova_elections", "ru_georgia_elections", "ru_zakharova_moldova"),
        "выборы в парламент, парламентских выборов (an adjective of парламент)",
    ),
    Labelled(
        "президентские выборы",
        ("ru_romania_annulled", "ru_romania_rerun", "ru_poland_elections", "ru_bolivia_paz"),
        "президентских выборов, выборах президента",
    ),
    Labelled("заключенные", ("ru_hostages_released",), "заключённых, typed with е"),
    Labelled("ледокол", ("ru_icebreaker_yakutia",), "ледокол «Якутия»"),
    Labelled("ледоколы", ("ru_icebreaker_yakutia",), "the plural finds the singular"),
    Labelled("учения", ("ru_csto_exercise", "ru_concern_noun"), "провели учения, учениями"),
    Labelled("учениями", ("ru_csto_exercise", "ru_concern_noun"), "учения, учениями"),
    Labelled("беженцы", ("ru_wfp_cuts",), "беженцам"),
    Labelled("удобрений", ("ru_fertilizers",), "удобрения"),
    Labelled("пшеница", ("ru_grain_export",), "пшеницы"),
    Labelled(
        "граница",
        ("ru_japarov", "ru_finland_border", "ru_thailand_cambodia"),
        "границе, границы, государственной границе",
    ),
    Labelled(
        "границу", ("ru_japarov", "ru_finland_border", "ru_thailand_cambodia"), "the accusative"
    ),
    Labelled("памятник", ("ru_zakharova_baltic",), "памятников"),
    Labelled("дипломаты", ("ru_verb_expel_future",), "дипломатов"),
    Labelled(
        "беспилотник",
        ("ru_poland_drones", "ru_verb_killed", "ru_poseidon"),
        "беспилотниками, беспилотников, беспилотника",
    ),
    Labelled("заявление", ("ru_mfa_statement_ukraine",), "Заявление МИД"),
    Labelled("брифинг", ("ru_zakharova_briefing",), "Брифинг"),
    Labelled("брифинге", ("ru_zakharova_briefing",), "the prepositional"),
    Labelled(
        "китайская компания", ("ru_china_adj",), "Китайские компании: the feminine singular typed"
    ),
    Labelled(
        "российский газ",
        ("ru_gas_cubic",),
        "российского газа; газа in Приднестровье без газа, no adjective there",
    ),
    Labelled("ядерный объект", ("ru_iran_israel_strikes",), "ядерным объектам"),
    Labelled("ядерная безопасность", ("ru_iaea_kursk",), "ядерной безопасности"),
    Labelled("мирный договор", ("ru_armenia_azerbaijan_peace",), "мирный договор парафировали"),
    Labelled(
        "мирного плана",
        ("ru_short_adj_ready_pl", "ru_mfa_statement_ukraine", "ru_plan_28", "ru_geneva_talks"),
        "мирный план, мирного плана, мирному плану",
    ),
    Labelled("атомная электростанция", ("ru_kazakh_npp",), "атомной электростанции"),
    Labelled(
        "Совет Безопасности",
        ("ru_nebenzia_sc", "ru_date_march5", "ru_un_resolution_us"),
        "Совета Безопасности; Совбез is its short name",
    ),
    Labelled(
        "воздушное пространство",
        ("ru_aliyev_putin_apology", "ru_poland_drones", "ru_estonia_airspace"),
        "воздушном, воздушного пространства",
    ),
    Labelled("теневой флот", ("ru_eu_16_package",), "«теневого флота»"),
    Labelled("водные ресурсы", ("ru_central_asia_water",), "водных ресурсов"),
    Labelled("парад", ("ru_china_beijing", "ru_date_may9"), "парад, Парад"),
    Labelled("парада", ("ru_china_beijing", "ru_date_may9"), "the genitive"),
    Labelled(
        "пошлина",
        (
            "ru_china_tariffs",
            "ru_percent_30",
            "ru_india_oil",
            "ru_fertilizers",
            "ru_liberation_day",
        ),
        "пошлины, пошлину, пошлин",
    ),
    Labelled(
        "пошлинами",
        (
            "ru_china_tariffs",
            "ru_percent_30",
            "ru_india_oil",
            "ru_fertilizers",
            "ru_liberation_day",
        ),
        "the instrumental plural",
    ),
    Labelled(
        "кредит",
        ("ru_frozen_assets", "ru_money_25bn_words", "ru_eu_reparation_loan", "ru_mali_small"),
        "кредита, кредиты, кредит",
    ),
    Labelled(
        "перемирие",
        ("ru_gaza_mediators", "ru_gaza_violation", "ru_easter_truce", "ru_macron_troops"),
        "перемирия, перемирие",
    ),
    Labelled(
        "перемирия",
        ("ru_gaza_mediators", "ru_gaza_violation", "ru_easter_truce", "ru_macron_troops"),
        "the genitive",
    ),
    Labelled("эвакуация", ("ru_consular_evac_iran",), "эвакуацию"),
    Labelled(
        "гражданам",
        (
            "ru_consular_evac_iran",
            "ru_consular_warning",
            "ru_visa_free_china",
            "ru_moldova_mfa",
            "ru_nord_stream_arrest",
        ),
        "граждан, гражданам, граждан России",
    ),
    Labelled(
        "нефть", ("ru_cuba_fuel", "ru_india_oil", "ru_brent", "ru_oil_price_cap"), "нефти, нефть"
    ),
    Labelled(
        "нефти", ("ru_cuba_fuel", "ru_india_oil", "ru_brent", "ru_oil_price_cap"), "the genitive"
    ),
    Labelled("бюджета", ("ru_csto_fees", "ru_un_budget", "ru_money_trillion"), "бюджет, бюджета"),
    Labelled("Тайвань", ("ru_china_taiwan", "ru_concern_noun"), "Тайваню, Тайваня"),
    Labelled("Аляске", ("ru_alaska_summit", "ru_alaska_ushakov"), "Аляска, на Аляске"),
    Labelled("Стамбуле", ("ru_istanbul_talks", "ru_peskov_talks", "ru_verb_resume"), "в Стамбуле"),
    Labelled(
        "Стамбул",
        ("ru_istanbul_talks", "ru_peskov_talks", "ru_verb_resume"),
        "the nominative finds в Стамбуле",
    ),
    Labelled(
        "Газе",
        (
            "ru_gaza_ceasefire",
            "ru_gaza_violation",
            "ru_gaza_aid",
            "ru_gaza_mfa",
            "ru_trump_plan_20",
            "ru_sharm_summit",
            "ru_hashtag_gaza",
        ),
        "Газа, Газу, Газе, #Газа; not газа (gas)",
        absent=("ru_gas_cubic", "ru_transnistria_gas"),
    ),
    Labelled("Арктика", ("ru_arctic_council",), "Арктического совета: the adjective of the region"),
    # 2. A Russian verb in another aspect, tense or person; participles, gerunds, short adjectives
    Labelled(
        "подписать соглашение",
        ("ru_verb_sign_future", "ru_minerals_deal", "ru_drc_rwanda"),
        "подпишут соглашение, подписали (мирное) соглашение",
    ),
    Labelled(
        "подписали",
        (
            "ru_verb_sign_future",
            "ru_verb_sign_past",
            "ru_japarov",
            "ru_minerals_deal",
            "ru_drc_rwanda",
            "ru_mirziyoyev",
            "ru_who_us_exit",
            "ru_sharm_summit",
            "ru_verb_signed_prt",
        ),
        "подписали, подпишут, подписал, подписан, подписанный",
    ),
    Labelled(
        "подпишет",
        (
            "ru_verb_sign_future",
            "ru_verb_sign_past",
            "ru_japarov",
            "ru_minerals_deal",
            "ru_drc_rwanda",
            "ru_mirziyoyev",
            "ru_who_us_exit",
            "ru_sharm_summit",
            "ru_verb_signed_prt",
        ),
        "the future finds the past",
        first="ru_verb_sign_future",
    ),
    Labelled("подписание", ("ru_verb_signing_noun",), "подписания"),
    Labelled(
        "подписание договора",
        ("ru_verb_signing_noun", "ru_japarov", "ru_verb_signed_prt"),
        "подписания Договора; подписали договор, Подписанный договор",
        first="ru_verb_signing_noun",
    ),
    Labelled(
        "подписанный договор",
        ("ru_verb_signed_prt", "ru_japarov"),
        "Подписанный договор, подписали договор",
        first="ru_verb_signed_prt",
    ),
    Labelled("выслать", ("ru_verb_expelled", "ru_verb_expel_future"), "высланы, вышлет"),
    Labelled(
        "высланы",
        ("ru_verb_expelled", "ru_verb_expel_future"),
        "the short participle finds вышлет",
        first="ru_verb_expelled",
    ),
    Labelled(
        "вышлют",
        ("ru_verb_expelled", "ru_verb_expel_future"),
        "вышлет, высланы",
        first="ru_verb_expel_future",
    ),
    Labelled(
        "задержать",
        (
            "ru_verb_detained",
            "ru_verb_detain_pres",
            "ru_nord_stream_arrest",
            "ru_shadow_fleet_estonia",
            "ru_armenian_church",
        ),
        "задержаны, задерживает, задержан, задержали",
    ),
    Labelled(
        "задерживают",
        (
            "ru_verb_detained",
            "ru_verb_detain_pres",
            "ru_nord_stream_arrest",
            "ru_shadow_fleet_estonia",
            "ru_armenian_church",
        ),
        "the imperfective finds задержать's forms",
        first="ru_verb_detain_pres",
    ),
    Labelled(
        "осудил",
        ("ru_verb_condemned", "ru_verb_condemns_3sg", "ru_iran_mfa_condemn"),
        "Осуждаем, осудил",
    ),
    Labelled(
        "осуждает",
        ("ru_verb_condemned", "ru_verb_condemns_3sg", "ru_iran_mfa_condemn"),
        "осуждаем, осудил",
    ),
    Labelled("отложить встречу", ("ru_verb_postponed",), "Встреча ... отложена"),
    Labelled("отложена", ("ru_verb_postponed",), "as written"),
    Labelled(
        "возобновить",
        ("ru_verb_resume", "ru_verb_resumed", "ru_gaza_violation"),
        "возобновят, возобновились, возобновил; возобновления is the noun (neither)",
    ),
    Labelled(
        "возобновили",
        ("ru_verb_resume", "ru_verb_resumed", "ru_gaza_violation"),
        "возобновят, возобновились, возобновил",
    ),
    Labelled(
        "погибли",
        ("ru_participle_killed", "ru_verb_killed", "ru_venezuela_strikes", "ru_verb_condemned"),
        "погибших, погибли",
    ),
    Labelled(
        "погибших",
        ("ru_participle_killed", "ru_verb_killed", "ru_venezuela_strikes", "ru_verb_condemned"),
        "the participle finds погибли",
    ),
    Labelled(
        "готовы",
        (
            "ru_short_adj_ready",
            "ru_short_adj_ready_pl",
            "ru_peskov_talks",
            "ru_mfa_statement_ukraine",
        ),
        "готова, готовы, готов; Готовый is the full adjective",
    ),
    Labelled(
        "готов",
        (
            "ru_short_adj_ready",
            "ru_short_adj_ready_pl",
            "ru_peskov_talks",
            "ru_mfa_statement_ukraine",
        ),
        "готова, готовы",
    ),
    Labelled(
        "обеспокоен", ("ru_short_adj_concerned", "ru_concerned_adj"), "обеспокоены, Обеспокоенный"
    ),
    Labelled("обеспокоенность", ("ru_concern_noun",), "the noun as written"),
    Labelled(
        "освободили",
        ("ru_hostages_released", "ru_hashtag_gaza"),
        "освободил, освобождены, освобождении",
    ),
    Labelled(
        "освобождены",
        ("ru_hostages_released", "ru_hashtag_gaza"),
        "освобождены, освободил",
        first="ru_hashtag_gaza",
    ),
    Labelled("признала", ("ru_taliban_recognition",), "признала"),
    Labelled("признать", ("ru_taliban_recognition",), "признала"),
    Labelled("избран", ("ru_pope_leo", "ru_merz_chancellor"), "избран, избрал"),
    Labelled(
        "победил",
        (
            "ru_romania_rerun",
            "ru_germany_elections",
            "ru_poland_elections",
            "ru_bolivia_paz",
            "ru_carney",
        ),
        "победил, победила",
    ),
    Labelled(
        "вступил в силу",
        ("ru_dprk_treaty", "ru_lebanon", "ru_gaza_mediators"),
        "Вступил в силу, вступило в силу, вступит в силу",
    ),
    Labelled(
        "прибыл",
        (
            "ru_china_xi_visit",
            "ru_iaea_kursk",
            "ru_guterres_kazan",
            "ru_vucic_putin",
            "ru_assad_moscow",
            "ru_kushner_dmitriev",
            "ru_taliban_recognition",
        ),
        "прибыл, прибыли",
    ),
    Labelled(
        "заморозить активы",
        ("ru_frozen_assets", "ru_assets_mfa"),
        "замороженных активов, замороженными активами",
    ),
    Labelled(
        "замороженные активы", ("ru_frozen_assets", "ru_assets_mfa"), "the participle's other cases"
    ),
    Labelled("заморозила", ("ru_csto_armenia_freeze",), "заморозил"),
    Labelled("отказалась", ("ru_csto_fees", "ru_eu_reparation_loan"), "отказалась, отказался"),
    Labelled(
        "предложил",
        ("ru_un_budget", "ru_putin_new_start", "ru_vatican_mediation", "ru_un_resolution_us"),
        "предложил",
    ),
    Labelled(
        "сократить",
        ("ru_un_budget", "ru_wfp_cuts", "ru_china_adj"),
        "сократить, сократит, сократили",
    ),
    Labelled(
        "сокращает",
        ("ru_un_budget", "ru_wfp_cuts", "ru_china_adj"),
        "the imperfective finds сократить's forms",
    ),
    Labelled(
        "выросли",
        ("ru_turkish_stream", "ru_yo_otchet", "ru_bay_leaf", "ru_participle_killed"),
        "выросли, выросло",
    ),
    Labelled("укрепился", ("ru_ruble",), "укрепился"),
    Labelled("подешевела", ("ru_brent",), "as written"),
    Labelled("дешевеет", ("ru_brent",), "подешевела: another aspect with a prefix"),
    # 3. Names of people in any case and in both alphabets
    Labelled(
        "Лавров",
        (
            "ru_sco_lavrov_fm",
            "ru_china_wang_yi",
            "ru_togo",
            "ru_rubio_lavrov_riyadh",
            "ru_brics_rio",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_india_jaishankar",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_cbs",
            "ru_lavrov_phone_rubio",
            "ru_lavrov_birthday",
            "ru_peacekeepers",
        ),
        "С.В.Лавров, С.В.Лаврова, Сергея Лаврова, Лаврову; not лавровый лист",
        absent=("ru_bay_leaf",),
    ),
    Labelled(
        "Лаврова",
        (
            "ru_sco_lavrov_fm",
            "ru_china_wang_yi",
            "ru_togo",
            "ru_rubio_lavrov_riyadh",
            "ru_brics_rio",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_india_jaishankar",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_cbs",
            "ru_lavrov_phone_rubio",
            "ru_lavrov_birthday",
            "ru_peacekeepers",
        ),
        "the genitive finds every form",
        absent=("ru_bay_leaf",),
    ),
    Labelled(
        "Лаврову",
        (
            "ru_sco_lavrov_fm",
            "ru_china_wang_yi",
            "ru_togo",
            "ru_rubio_lavrov_riyadh",
            "ru_brics_rio",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_india_jaishankar",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_cbs",
            "ru_lavrov_phone_rubio",
            "ru_lavrov_birthday",
            "ru_peacekeepers",
        ),
        "the dative; the form typed first",
        first="ru_lavrov_birthday",
        absent=("ru_bay_leaf",),
    ),
    Labelled(
        "лавров",
        (
            "ru_sco_lavrov_fm",
            "ru_china_wang_yi",
            "ru_togo",
            "ru_rubio_lavrov_riyadh",
            "ru_brics_rio",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_india_jaishankar",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_cbs",
            "ru_lavrov_phone_rubio",
            "ru_lavrov_birthday",
            "ru_peacekeepers",
        ),
        "typed in small letters",
    ),
    Labelled(
        "Lavrov",
        (
            "en_china_wang_yi",
            "en_rubio_riyadh",
            "en_fidan",
            "en_choe",
            "en_jaishankar",
            "en_lavrov_quote",
            "en_lavrov_phone",
            "en_togo",
            "en_peacekeepers",
            "en_date_dec12",
        ),
        "Lavrov, Lavrov's",
    ),
    Labelled(
        "Lavrov's",
        (
            "en_china_wang_yi",
            "en_rubio_riyadh",
            "en_fidan",
            "en_choe",
            "en_jaishankar",
            "en_lavrov_quote",
            "en_lavrov_phone",
            "en_togo",
            "en_peacekeepers",
            "en_date_dec12",
        ),
        "the possessive finds the name",
        first="en_lavrov_quote",
    ),
    Labelled(
        "Сергей Лавров",
        ("ru_brics_rio", "ru_fidan_lavrov", "ru_lavrov_phone_rubio"),
        "Сергей Лавров, Сергея Лаврова",
    ),
    Labelled(
        "Sergei Lavrov",
        ("en_china_wang_yi", "en_rubio_riyadh", "en_fidan", "en_choe"),
        "Sergei Lavrov",
    ),
    Labelled(
        "Sergey Lavrov",
        ("en_china_wang_yi", "en_rubio_riyadh", "en_fidan", "en_choe"),
        "Sergey for Sergei",
    ),
    Labelled(
        "лавровый лист",
        ("ru_bay_leaf",),
        "the spice, not the minister",
        absent=("ru_lavrov_birthday", "ru_sco_lavrov_fm"),
    ),
    Labelled(
        "Захарова",
        (
            "ru_zakharova_briefing",
            "ru_zakharova_baltic",
            "ru_zakharova_moldova",
            "ru_hashtag_zakharova",
        ),
        "М.В.Захаровой, #Захарова; not the physicist Захаров",
        absent=("ru_zakharov_physicist",),
    ),
    Labelled(
        "Захаровой",
        (
            "ru_zakharova_briefing",
            "ru_zakharova_baltic",
            "ru_zakharova_moldova",
            "ru_hashtag_zakharova",
        ),
        "the form typed first",
        first="ru_zakharova_briefing",
        absent=("ru_zakharov_physicist",),
    ),
    Labelled(
        "Захаров",
        ("ru_zakharov_physicist",),
        "the physicist, not Мария Захарова",
        absent=(
            "ru_zakharova_briefing",
            "ru_zakharova_baltic",
            "ru_zakharova_moldova",
            "ru_hashtag_zakharova",
        ),
    ),
    Labelled(
        "Мария Захарова",
        ("ru_zakharova_moldova", "ru_zakharova_briefing"),
        "Мария Захарова and М.В.Захаровой (her initials)",
        first="ru_zakharova_moldova",
    ),
    Labelled("Zakharova", ("en_zakharova_briefing", "en_zakharova_latvia"), "as written"),
    Labelled(
        "Песков",
        ("ru_peskov_talks", "ru_peskov_putin_schedule"),
        "Песков, Пескову; not песков (sand)",
        absent=("ru_peski_sand",),
    ),
    Labelled(
        "Пескова",
        ("ru_peskov_talks", "ru_peskov_putin_schedule"),
        "the genitive",
        absent=("ru_peski_sand",),
    ),
    Labelled(
        "песок",
        ("ru_peski_sand",),
        "песков, the sand",
        absent=("ru_peskov_talks", "ru_peskov_putin_schedule"),
    ),
    Labelled("Peskov", ("en_peskov",), "Dmitry Peskov"),
    Labelled(
        "Медведев",
        ("ru_medvedev_sc", "ru_medvedev_telegram"),
        "Медведев; not медведь",
        absent=("ru_bears_kamchatka", "ru_bear_zoo"),
    ),
    Labelled(
        "Медведева",
        ("ru_medvedev_sc", "ru_medvedev_telegram"),
        "the genitive",
        absent=("ru_bears_kamchatka", "ru_bear_zoo"),
    ),
    Labelled(
        "медведь",
        ("ru_bears_kamchatka", "ru_bear_zoo"),
        "медведи, медведь; not Медведев",
        absent=("ru_medvedev_sc", "ru_medvedev_telegram"),
    ),
    Labelled("Medvedev", ("en_medvedev",), "as written"),
    Labelled(
        "Новак",
        ("ru_novak_opec",),
        "the deputy prime minister, not новые",
        absent=("ru_new_sanctions_us",),
    ),
    Labelled("Novak", ("en_novak",), "the name, not 'new'", absent=("en_new_sanctions",)),
    Labelled(
        "Гросси",
        ("ru_iaea_grossi_zaes", "ru_iaea_grossi_quote", "ru_iaea_kursk"),
        "Рафаэль Гросси, Гросси:",
    ),
    Labelled("Grossi", ("en_iaea_grossi_zaporizhzhia",), "Rafael Grossi"),
    Labelled("Рафаэль Гросси", ("ru_iaea_grossi_zaes", "ru_iaea_kursk"), "both words"),
    Labelled("Небензя", ("ru_nebenzia_sc",), "В.А.Небензи: a surname in -я declines"),
    Labelled("Nebenzia", ("en_nebenzia",), "Vassily Nebenzia"),
    Labelled("Nebenzya", ("en_nebenzia",), "Nebenzya: another transliteration"),
    Labelled("Гутерриш", ("ru_guterres_kazan", "ru_un_budget"), "Антониу Гутерриш, Гутерриш"),
    Labelled("Гутерреш", ("ru_guterres_kazan", "ru_un_budget"), "the other Russian spelling"),
    Labelled("Guterres", ("en_guterres_budget",), "Antonio Guterres"),
    Labelled("Ван И", ("ru_china_wang_yi",), "министром ... КНР Ван И"),
    Labelled("Wang Yi", ("en_china_wang_yi",), "Wang Yi"),
    Labelled("Си Цзиньпин", ("ru_china_xi_visit",), "Председатель КНР Си Цзиньпин"),
    Labelled(
        "Си Цзиньпина", ("ru_china_xi_visit",), "the genitive: a foreign name declined as a noun"
    ),
    Labelled("Xi Jinping", ("en_sco_tianjin", "en_brics_rio"), "Xi Jinping"),
    Labelled("Си", ("ru_china_xi_visit",), "a two-letter name alone"),
    Labelled("Эрдоган", ("ru_erdogan_call",), "Реджепом Тайипом Эрдоганом: the instrumental"),
    Labelled("Erdogan", ("en_erdogan",), "Erdogan"),
    Labelled("Erdoğan", ("en_erdogan",), "with the Turkish letter"),
    Labelled("Фидан", ("ru_fidan_lavrov",), "Хаканом Фиданом"),
    Labelled("Hakan Fidan", ("en_fidan",), "as written"),
    Labelled("Аракчи", ("ru_iran_araghchi",), "Аббаса Аракчи: indeclinable"),
    Labelled("Araghchi", ("en_iran_araghchi",), "Abbas Araghchi"),
    Labelled("Araqchi", ("en_iran_araghchi",), "the other English spelling"),
    Labelled("Рубио", ("ru_rubio_lavrov_riyadh", "ru_lavrov_phone_rubio"), "М.Рубио, Марко Рубио"),
    Labelled("Rubio", ("en_rubio_riyadh", "en_lavrov_phone"), "Marco Rubio"),
    Labelled("Уиткофф", ("ru_witkoff",), "Стивен Уиткофф"),
    Labelled("Уиткоф", ("ru_witkoff",), "one ф: the other spelling in the Russian press"),
    Labelled("Witkoff", ("en_witkoff_moscow",), "Steve Witkoff"),
    Labelled(
        "Трамп",
        (
            "ru_alaska_ushakov",
            "ru_peskov_putin_schedule",
            "ru_medvedev_telegram",
            "ru_percent_30",
            "ru_greenland_trump",
            "ru_trump_route",
            "ru_verb_postponed",
            "ru_zelensky_trump_oval",
            "ru_who_us_exit",
            "ru_liberation_day",
            "ru_kazakhstan_abraham",
            "ru_trump_plan_20",
            "ru_kushner_dmitriev",
        ),
        "Трамп, Трампа, Трампом, Трампу",
    ),
    Labelled(
        "Трампа",
        (
            "ru_alaska_ushakov",
            "ru_peskov_putin_schedule",
            "ru_medvedev_telegram",
            "ru_percent_30",
            "ru_greenland_trump",
            "ru_trump_route",
            "ru_verb_postponed",
            "ru_zelensky_trump_oval",
            "ru_who_us_exit",
            "ru_liberation_day",
            "ru_kazakhstan_abraham",
            "ru_trump_plan_20",
            "ru_kushner_dmitriev",
        ),
        "the genitive",
    ),
    Labelled(
        "Путин",
        (
            "ru_syria_sharaa",
            "ru_alaska_ushakov",
            "ru_witkoff",
            "ru_tokayev_putin",
            "ru_erdogan_call",
            "ru_iran_araghchi",
            "ru_aliyev_putin_apology",
            "ru_aliyev_dushanbe",
            "ru_energy_moratorium",
            "ru_verb_postponed",
            "ru_putin_new_start",
            "ru_poseidon",
            "ru_nuclear_tests",
        ),
        "Путин, Путина, Путиным",
    ),
    Labelled(
        "Putin",
        (
            "en_witkoff_moscow",
            "en_alaska_summit",
            "en_iran_araghchi",
            "en_erdogan",
            "en_tokayev",
            "en_sign_iran_treaty",
            "en_energy_truce",
            "en_easter_truce",
            "en_new_start",
            "en_lula",
            "en_postponed",
        ),
        "Putin, Putin's",
    ),
    Labelled("Токаев", ("ru_tokayev_putin",), "Касым-Жомарт Токаев"),
    Labelled("Tokaev", ("en_tokayev",), "Tokayev: another transliteration"),
    Labelled("Мирзиеев", ("ru_mirziyoyev",), "Мирзиёев, typed with е"),
    Labelled("Mirziyoev", ("en_mirziyoyev",), "Mirziyoyev: another transliteration"),
    Labelled("Жапаров", ("ru_japarov",), "Садыр Жапаров"),
    Labelled("Japarov", ("en_japarov_border",), "Sadyr Japarov"),
    Labelled("Zhaparov", ("en_japarov_border",), "Japarov: another transliteration"),
    Labelled("Рахмон", ("ru_japarov",), "Эмомали Рахмон"),
    Labelled("Алиев", ("ru_aliyev_putin_apology", "ru_aliyev_dushanbe"), "Ильхаму Алиеву, Алиев"),
    Labelled("Aliyev", ("en_aliyev_pashinyan_wh",), "Ilham Aliyev"),
    Labelled("Aliev", ("en_aliyev_pashinyan_wh",), "Aliyev: another transliteration"),
    Labelled("Пашинян", ("ru_csto_armenia_freeze",), "Никол Пашинян"),
    Labelled("Pashinyan", ("en_csto_armenia", "en_aliyev_pashinyan_wh"), "Nikol Pashinyan"),
    Labelled("Лукашенко", ("ru_lukashenko_inaug",), "indeclinable"),
    Labelled("Lukashenka", ("en_lukashenko",), "the Belarusian spelling of Lukashenko"),
    Labelled("Вучич", ("ru_vucic_putin",), "Александр Вучич"),
    Labelled("Vučić", ("en_vucic",), "with the Serbian letters"),
    Labelled(
        "Орбан", ("ru_orban_veto",), "Виктор Орбан; not орбиту", absent=("ru_orbit_satellite",)
    ),
    Labelled("Фицо", ("ru_fico",), "Роберт Фицо"),
    Labelled(
        "Мерц",
        ("ru_germany_elections", "ru_merz_chancellor", "ru_taurus"),
        "Фридрихом Мерцем, Мерца, Мерц",
    ),
    Labelled(
        "Мерца",
        ("ru_germany_elections", "ru_merz_chancellor", "ru_taurus"),
        "the genitive",
        first="ru_merz_chancellor",
    ),
    Labelled("Merz", ("en_germany_merz", "en_taurus"), "Merz, Merz's"),
    Labelled("Макрон", ("ru_macron_troops",), "as written"),
    Labelled("Макрона", ("ru_macron_troops",), "the genitive"),
    Labelled("Каллас", ("ru_kallas", "ru_kallas_kallasa"), "indeclinable feminine surname"),
    Labelled("Kallas", ("en_kallas",), "Kaja Kallas"),
    Labelled("Нетаньяху", ("ru_netanyahu", "ru_intl_criminal_court"), "Биньямин Нетаньяху"),
    Labelled("Netanyahu", ("en_trump_plan_20", "en_icc_hungary"), "as written"),
    Labelled("Зеленский", ("ru_zelensky_trump_oval",), "Зеленского"),
    Labelled("Zelenskyy", ("en_zelensky_oval",), "Zelensky: the spelling Kyiv uses"),
    Labelled("Ушаков", ("ru_alaska_ushakov",), "Юрий Ушаков"),
    Labelled("Мединский", ("ru_medinsky",), "Владимир Мединский"),
    Labelled("Medinsky", ("en_medinsky",), "Vladimir Medinsky"),
    Labelled(
        "Дмитриев",
        ("ru_kushner_dmitriev",),
        "Кирилл Дмитриев; not Дмитрий",
        absent=("ru_peskov_talks", "ru_medvedev_sc"),
    ),
    Labelled(
        "Dmitriev",
        ("en_dmitriev",),
        "Kirill Dmitriev; not Dmitry",
        absent=("en_peskov", "en_medvedev"),
    ),
    Labelled("Рябков", ("ru_mfa_ryabkov_start",), "С.А.Рябков"),
    Labelled("Мадуро", ("ru_maduro_mfa",), "Николасом Мадуро"),
    Labelled("Лула", ("ru_brazil_lula",), "Луисом Инасиу Лулой да Силвой: Лулой"),
    Labelled("Lula", ("en_lula",), "Brazil's Lula"),
    Labelled("Асад", ("ru_assad_moscow",), "Башар Асад"),
    Labelled("Assad", ("en_syria_sharaa", "en_assad_asylum"), "Assad, al-Assad"),
    Labelled("аш-Шараа", ("ru_syria_sharaa",), "as written"),
    Labelled("al-Sharaa", ("en_syria_sharaa",), "as written"),
    Labelled("Sharaa", ("en_syria_sharaa",), "without the article"),
    Labelled("Такаити", ("ru_japan_pm",), "Санаэ Такаити"),
    Labelled("Takaichi", ("en_japan_takaichi",), "Sanae Takaichi"),
    Labelled("Мао Нин", ("ru_mao_ning",), "Мао Нин"),
    Labelled("Mao Ning", ("en_mao_ning",), "Mao Ning"),
    Labelled("Чо Сон Хи", ("ru_choe_son_hui",), "a Korean name of three words"),
    Labelled("Choe Son Hui", ("en_choe",), "as written"),
    Labelled("Ермекбаев", ("ru_sco_expansion",), "Нурлан Ермекбаев"),
    Labelled("Джайшанкар", ("ru_india_jaishankar",), "as written"),
    Labelled("Jaishankar", ("en_jaishankar",), "S. Jaishankar"),
    Labelled("Навроцкий", ("ru_poland_elections",), "Кароль Навроцкий"),
    Labelled("Nawrocki", ("en_poland_nawrocki",), "Karol Nawrocki"),
    Labelled("Карни", ("ru_carney",), "Марка Карни"),
    Labelled("Carney", ("en_carney",), "Mark Carney"),
    # 4. States, capitals and demonyms
    Labelled(
        "Китай",
        (
            "ru_china_trade",
            "ru_china_taiwan",
            "ru_visa_free_china",
            "ru_percent_3",
            "ru_hashtag_sco",
            "ru_china_adj",
            "ru_china_wang_yi",
            "ru_china_xi_visit",
            "ru_mao_ning",
        ),
        "Китая, Китай, #Китай; КНР and китайские are China too",
    ),
    Labelled(
        "Китая",
        (
            "ru_china_trade",
            "ru_china_taiwan",
            "ru_visa_free_china",
            "ru_percent_3",
            "ru_hashtag_sco",
            "ru_china_adj",
            "ru_china_wang_yi",
            "ru_china_xi_visit",
            "ru_mao_ning",
        ),
        "the genitive",
    ),
    Labelled(
        "КНР",
        (
            "ru_china_wang_yi",
            "ru_china_xi_visit",
            "ru_mao_ning",
            "ru_china_trade",
            "ru_china_taiwan",
            "ru_visa_free_china",
            "ru_percent_3",
            "ru_hashtag_sco",
            "ru_china_adj",
        ),
        "КНР, and Китай its name",
    ),
    Labelled("китайский", ("ru_china_adj",), "Китайские компании; китайский"),
    Labelled(
        "Пекин",
        (
            "ru_china_beijing",
            "ru_china_embassy",
            "ru_china_tariffs",
            "ru_concern_noun",
            "ru_mao_ning",
        ),
        "В Пекине, Пекин",
    ),
    Labelled(
        "China",
        (
            "en_sco_modi",
            "en_china_trade",
            "en_visa_free_china",
            "en_sco_tianjin",
            "en_sco_bank",
            "en_china_wang_yi",
            "en_mao_ning",
            "en_china_prc",
        ),
        "China, China-Russia, Chinese, the PRC",
    ),
    Labelled(
        "Chinese",
        (
            "en_sco_tianjin",
            "en_sco_bank",
            "en_china_wang_yi",
            "en_china_trade",
            "en_mao_ning",
            "en_sco_modi",
            "en_visa_free_china",
        ),
        "Chinese, and China",
    ),
    Labelled("Beijing", ("en_china_beijing_parade", "en_china_tariffs", "en_mao_ning"), "Beijing"),
    Labelled("PRC", ("en_china_prc",), "The PRC"),
    Labelled(
        "Армения",
        (
            "ru_csto_armenia_freeze",
            "ru_csto_fees",
            "ru_armenia_azerbaijan_peace",
            "ru_armenia_eu_law",
            "ru_armenian_church",
        ),
        "Армении, Армения; Армянской (its adjective)",
    ),
    Labelled(
        "Армении",
        (
            "ru_csto_armenia_freeze",
            "ru_csto_fees",
            "ru_armenia_azerbaijan_peace",
            "ru_armenia_eu_law",
            "ru_armenian_church",
        ),
        "the genitive",
    ),
    Labelled("армянский", ("ru_armenian_church",), "Армянской апостольской церкви"),
    Labelled("Ереван", ("ru_csto_armenia_freeze", "ru_armenian_church"), "Ереван, В Ереване"),
    Labelled(
        "Armenia",
        ("en_csto_armenia", "en_csto_minsk", "en_aliyev_pashinyan_wh", "en_armenia_eu"),
        "Armenia, Armenia's",
    ),
    Labelled(
        "Азербайджан",
        ("ru_consular_evac_iran", "ru_armenia_azerbaijan_peace", "ru_verb_detained"),
        "через Азербайджан, Азербайджан, «Спутник Азербайджан»",
    ),
    Labelled("Баку", ("ru_azal_crash", "ru_verb_detained"), "из Баку, В Баку"),
    Labelled("Baku", ("en_azal_crash", "en_detained"), "Baku"),
    Labelled(
        "Azerbaijani",
        ("en_detained", "en_azal_crash", "en_aliyev_pashinyan_wh", "en_evacuation_iran"),
        "Azerbaijani, Azerbaijan, Azerbaijan's",
    ),
    Labelled(
        "Молдавия",
        ("ru_moldova_elections", "ru_zakharova_moldova", "ru_moldova_mfa", "ru_moldavia_energy"),
        "Молдавии; Республике Молдова is the state's other name",
    ),
    Labelled(
        "Молдова",
        ("ru_moldova_elections", "ru_zakharova_moldova", "ru_moldova_mfa", "ru_moldavia_energy"),
        "Молдова, Молдавии",
    ),
    Labelled("Moldova", ("en_moldova_elections", "en_transnistria"), "Moldova's"),
    Labelled(
        "Беларусь",
        ("ru_lukashenko_inaug", "ru_belarus_oreshnik"),
        "Республики Беларусь, Белоруссии",
    ),
    Labelled("Белоруссия", ("ru_lukashenko_inaug", "ru_belarus_oreshnik"), "the other name"),
    Labelled("Belarus", ("en_lukashenko", "en_belarus_prisoners"), "Belarus's, Belarus"),
    Labelled("Минск", ("ru_csto_summit_minsk",), "в Минске"),
    Labelled("Minsk", ("en_csto_minsk",), "in Minsk"),
    Labelled("Турция", ("ru_fidan_lavrov", "ru_erdogan_call"), "Турции; Турецкой Республики"),
    Labelled(
        "турецкий",
        ("ru_turkish_stream", "ru_erdogan_call"),
        "«Турецкому потоку», Турецкой Республики",
    ),
    Labelled("Turkey", ("en_erdogan", "en_fidan"), "Turkey"),
    Labelled("Turkish", ("en_erdogan", "en_fidan"), "Turkish"),
    Labelled(
        "Иран",
        (
            "ru_iaea_iran",
            "ru_iaea_grossi_quote",
            "ru_iran_israel_strikes",
            "ru_iran_mfa_condemn",
            "ru_iran_araghchi",
            "ru_consular_warning",
            "ru_verb_signing_noun",
        ),
        "Ирана, Иране, Иран, Ираном",
    ),
    Labelled(
        "Iran",
        (
            "en_iaea_board",
            "en_iaea_uranium",
            "en_iran_strikes",
            "en_iran_araghchi",
            "en_evacuation_iran",
            "en_sign_iran_treaty",
        ),
        "Iran, Iran's, Iranian",
    ),
    Labelled("Тегеран", ("ru_consular_evac_iran", "ru_trump_route"), "в Тегеране"),
    Labelled(
        "Израиль",
        (
            "ru_gaza_ceasefire",
            "ru_gaza_violation",
            "ru_hostages_released",
            "ru_iran_israel_strikes",
            "ru_iran_mfa_condemn",
            "ru_lebanon",
            "ru_consular_warning",
            "ru_qatar_strike",
        ),
        "Израиль, Израиля, Израилем",
    ),
    Labelled(
        "Israeli",
        (
            "en_gaza_truce_collapse",
            "en_hostages_released",
            "en_gaza_ceasefire",
            "en_iran_strikes",
            "en_qatar_strike",
            "en_icc_judges",
        ),
        "Israeli and Israel",
    ),
    Labelled("Катар", ("ru_gaza_mediators", "ru_qatar_strike"), "Катар"),
    Labelled("Qatar", ("en_qatar_strike",), "Qatar"),
    Labelled("Доха", ("ru_qatar_strike",), "по Дохе"),
    Labelled(
        "Египет",
        ("ru_gaza_mediators", "ru_money_25bn", "ru_egypt_dabaa"),
        "Египет, Египту, в Египте",
    ),
    Labelled("Egypt", ("en_money_25bn", "en_money_25bn_bn"), "Egypt, Egypt's"),
    Labelled(
        "Сирия", ("ru_syria_sharaa", "ru_syria_bases", "ru_humanitarian_convoy"), "Сирии, в Сирию"
    ),
    Labelled("Syria", ("en_syria_sharaa", "en_syria_bases"), "Syria's"),
    Labelled("Syrian", ("en_syria_sharaa", "en_syria_bases"), "the demonym finds the state"),
    Labelled("Ливан", ("ru_lebanon",), "В Ливане"),
    Labelled("Йемен", ("ru_yemen_oman",), "йеменскими хуситами: the adjective"),
    Labelled("Оман", ("ru_yemen_oman",), "Оман; not обмана", absent=("ru_oman_fraud",)),
    Labelled("Oman", ("en_yemen_houthis",), "Oman said"),
    Labelled(
        "Мали",
        ("ru_mali_junta", "ru_sahel_alliance", "ru_africa_corps"),
        "Мали (indeclinable); not Малые, мало",
        absent=("ru_mali_small",),
    ),
    Labelled(
        "малийский",
        ("ru_mali_junta", "ru_sahel_alliance", "ru_africa_corps"),
        "no post has the adjective: a reader wants Mali's posts",
        absent=("ru_mali_small",),
    ),
    Labelled("Mali", ("en_mali_parties", "en_sahel_confed", "en_africa_corps"), "Mali, Mali's"),
    Labelled("Того", ("ru_togo",), "Togo; not «кроме того»", absent=("ru_togo_pronoun",)),
    Labelled("Togo", ("en_togo",), "in Togo"),
    Labelled("Нигер", ("ru_sahel_alliance",), "Нигер"),
    Labelled("Буркина-Фасо", ("ru_sahel_alliance",), "as written"),
    Labelled("Burkina Faso", ("en_sahel_confed",), "as written"),
    Labelled("Сахель", ("ru_sahel_alliance",), "Альянс государств Сахеля"),
    Labelled("Sahel", ("en_sahel_confed",), "Sahel States"),
    Labelled(
        "Куба",
        ("ru_cuba_fuel", "ru_cuba_rodriguez"),
        "на Кубу, Республики Куба; not кубометров",
        absent=("ru_gas_cubic",),
    ),
    Labelled(
        "Кубы", ("ru_cuba_fuel", "ru_cuba_rodriguez"), "the genitive", absent=("ru_gas_cubic",)
    ),
    Labelled("Cuba", ("en_cuba_blackout",), "Cuba; not cubic metres", absent=("en_gas_transit",)),
    Labelled("Венесуэла", ("ru_venezuela_strikes", "ru_maduro_mfa"), "Венесуэлы"),
    Labelled("Venezuela", ("en_venezuela_boat",), "off Venezuela"),
    Labelled("Боливия", ("ru_bolivia_paz",), "в Боливии"),
    Labelled(
        "Бразилия",
        ("ru_brazil_lula", "ru_brics_partners", "ru_cop30"),
        "Бразилии; бразильском is its adjective",
    ),
    Labelled("Brazil", ("en_cop30", "en_lula", "en_brics_indonesia"), "Brazil, Brazil's"),
    Labelled(
        "Индия",
        ("ru_india_oil", "ru_india_jaishankar", "ru_india_pakistan"),
        "индийские товары, в Индию, Индия",
    ),
    Labelled(
        "Indian",
        ("en_sco_modi", "en_india_tariff", "en_india_pakistan", "en_pakistan_mfa"),
        "Indian, India, India's",
    ),
    Labelled("New Delhi", ("en_india_tariff",), "New Delhi's"),
    Labelled("Пакистан", ("ru_india_pakistan",), "Индия и Пакистан"),
    Labelled("Pakistan", ("en_india_pakistan", "en_pakistan_mfa"), "Pakistan, Pakistan's"),
    Labelled("Афганистан", ("ru_taliban_recognition",), "Исламский Эмират Афганистан"),
    Labelled("Afghanistan", ("en_taliban_recognition",), "of Afghanistan"),
    Labelled(
        "Казахстан",
        ("ru_tokayev_putin", "ru_kazakh_npp", "ru_kazakhstan_abraham"),
        "Казахстана, в Казахстане, Казахстан",
    ),
    Labelled(
        "Kazakhstan",
        ("en_kazakh_npp", "en_kazakhstan_abraham", "en_azal_crash", "en_tokayev"),
        "Kazakhstan, Kazakh",
    ),
    Labelled(
        "Kazakh",
        ("en_tokayev", "en_kazakh_npp", "en_kazakhstan_abraham", "en_azal_crash"),
        "Kazakh and Kazakhstan",
        first="en_tokayev",
    ),
    Labelled(
        "Киргизия",
        ("ru_csto_exercise", "ru_japarov", "ru_central_asia_water"),
        "в Киргизии, между Киргизией",
    ),
    Labelled(
        "Кыргызстан",
        ("ru_csto_exercise", "ru_japarov", "ru_central_asia_water"),
        "the state's other name",
    ),
    Labelled("Kyrgyzstan", ("en_japarov_border",), "Kyrgyz: its demonym"),
    Labelled(
        "Таджикистан",
        ("ru_japarov", "ru_central_asia_water", "ru_tajik_rogun"),
        "Таджикистаном, Таджикистан",
    ),
    Labelled("Tajik", ("en_japarov_border",), "Tajik President"),
    Labelled("Узбекистан", ("ru_central_asia_water",), "Узбекистан"),
    Labelled("Uzbek", ("en_mirziyoyev",), "Uzbek President"),
    Labelled("Самарканд", ("ru_mirziyoyev",), "в Самарканде"),
    Labelled(
        "Грузия",
        ("ru_georgia_elections",),
        "Грузии; «Грузинская мечта» is its adjective; not грузовиков, Грузопоток",
        absent=("ru_gaza_aid", "ru_nsr_record"),
    ),
    Labelled("Georgia", ("en_georgia_protests",), "Georgia's"),
    Labelled("Tbilisi", ("en_georgia_protests",), "in Tbilisi"),
    Labelled("Румыния", ("ru_romania_annulled", "ru_romania_rerun"), "Румынии"),
    Labelled("Romania", ("en_romania_annulled", "en_romania_dan"), "Romania's"),
    Labelled("Romanian", ("en_romania_annulled", "en_romania_dan"), "the demonym finds the state"),
    Labelled("Germany", ("en_germany_merz",), "Germany's"),
    Labelled(
        "Польша",
        ("ru_poland_elections", "ru_poland_drones", "ru_consulate_closed"),
        "в Польше, Польша, Польши",
    ),
    Labelled(
        "Польши",
        ("ru_poland_elections", "ru_poland_drones", "ru_consulate_closed"),
        "the genitive",
        first="ru_consulate_closed",
    ),
    Labelled(
        "Poland",
        ("en_poland_nawrocki", "en_poland_drones", "en_consulate_closed"),
        "Poland, Poland's",
    ),
    Labelled(
        "Polish",
        ("en_poland_nawrocki", "en_poland_drones", "en_consulate_closed"),
        "the demonym finds the state",
    ),
    Labelled("Финляндия", ("ru_finland_border",), "Финляндия"),
    Labelled("Finland", ("en_finland_border",), "Finland; the Gulf of Finland is neither"),
    Labelled("Эстония", ("ru_shadow_fleet_estonia", "ru_estonia_airspace"), "Эстония, Эстонии"),
    Labelled("Estonia", ("en_shadow_fleet",), "Estonia"),
    Labelled("Латвия", ("ru_zakharova_baltic",), "Латвии"),
    Labelled("Latvia", ("en_zakharova_latvia",), "in Latvia"),
    Labelled("Сербия", ("ru_vucic_protests", "ru_vucic_putin"), "Сербии"),
    Labelled("Белград", ("ru_vucic_protests",), "В Белграде"),
    Labelled("Serbia", ("en_vucic",), "Serbian: the demonym"),
    Labelled("Венгрия", ("ru_intl_criminal_court",), "Венгрия"),
    Labelled("Hungary", ("en_orban", "en_icc_hungary"), "Hungary's, Hungary"),
    Labelled("Словакия", ("ru_fico",), "Словакии"),
    Labelled("Slovakia", ("en_fico",), "Slovak: the demonym"),
    Labelled("Япония", ("ru_japan_pm",), "Японии"),
    Labelled("Japan", ("en_japan_takaichi",), "Japan's"),
    Labelled("КНДР", ("ru_dprk_treaty", "ru_choe_son_hui"), "КНДР"),
    Labelled(
        "Северная Корея", ("ru_dprk_treaty", "ru_choe_son_hui"), "КНДР: the state's other name"
    ),
    Labelled("North Korea", ("en_north_korea",), "North Korea"),
    Labelled("DPRK", ("en_north_korea",), "North Korea"),
    Labelled("Вьетнам", ("ru_verb_sign_future",), "Россия и Вьетнам"),
    Labelled("Ханой", ("ru_verb_sign_past",), "Москва и Ханой"),
    Labelled("Индонезия", ("ru_brics_partners",), "as written"),
    Labelled("Indonesia", ("en_brics_indonesia",), "as written"),
    Labelled("Гренландия", ("ru_greenland_trump",), "над Гренландией"),
    Labelled("Greenland", ("en_greenland",), "of Greenland"),
    Labelled("Канада", ("ru_carney",), "в Канаде"),
    Labelled("Canada", ("en_carney",), "Canada's; not the Panama Canal", absent=("en_greenland",)),
    Labelled("Судан", ("ru_sudan_fasher",), "Судана"),
    Labelled("Sudan", ("en_sudan_fasher",), "Sudan's; not South Sudan", absent=("en_south_sudan",)),
    Labelled("South Sudan", ("en_south_sudan",), "South Sudan's", absent=("en_sudan_fasher",)),
    Labelled("Конго", ("ru_drc_rwanda",), "ДР Конго"),
    Labelled("Congo", ("en_drc_rwanda",), "Democratic Republic of Congo"),
    Labelled("Таиланд", ("ru_thailand_cambodia",), "Таиланд"),
    Labelled("Камбоджа", ("ru_thailand_cambodia",), "Камбоджа"),
    Labelled("Непал", ("ru_nepal_protests",), "Непала"),
    Labelled("Ватикан", ("ru_vatican_mediation",), "Ватикан"),
    Labelled("pope", ("en_pope_leo",), "pope"),
    # 5. Organisations and abbreviations, in both languages
    Labelled(
        "ШОС",
        (
            "ru_sco_tianjin_summit",
            "ru_sco_lavrov_fm",
            "ru_sco_expansion",
            "ru_sco_bank",
            "ru_sco_shosovsky",
            "ru_hashtag_sco",
        ),
        "ШОС, #ШОС, Шанхайской организации сотрудничества, Шосовская",
    ),
    Labelled(
        "Шанхайская организация сотрудничества",
        (
            "ru_sco_tianjin_summit",
            "ru_sco_lavrov_fm",
            "ru_sco_expansion",
            "ru_sco_bank",
            "ru_sco_shosovsky",
            "ru_hashtag_sco",
        ),
        "the name finds ШОС",
        first="ru_sco_tianjin_summit",
    ),
    Labelled(
        "SCO",
        ("en_sco_tianjin", "en_sco_modi", "en_sco_bank"),
        "SCO and Shanghai Cooperation Organisation",
    ),
    Labelled(
        "Shanghai Cooperation Organization",
        ("en_sco_tianjin", "en_sco_modi", "en_sco_bank"),
        "the -ize spelling; SCO",
        first="en_sco_tianjin",
    ),
    Labelled(
        "саммит ШОС",
        ("ru_sco_tianjin_summit", "ru_sco_bank"),
        "Саммит Шанхайской организации сотрудничества, Участники саммита ... ШОС",
        first="ru_sco_tianjin_summit",
    ),
    Labelled("SCO summit", ("en_sco_tianjin", "en_sco_modi"), "summit and SCO"),
    Labelled(
        "ОДКБ",
        ("ru_csto_armenia_freeze", "ru_csto_summit_minsk", "ru_csto_exercise", "ru_csto_fees"),
        "ОДКБ, Организации Договора о коллективной безопасности",
    ),
    Labelled(
        "Организация Договора о коллективной безопасности",
        ("ru_csto_armenia_freeze", "ru_csto_summit_minsk", "ru_csto_exercise", "ru_csto_fees"),
        "the name finds ОДКБ",
        first="ru_csto_summit_minsk",
    ),
    Labelled(
        "CSTO",
        ("en_csto_armenia", "en_csto_minsk"),
        "CSTO and Collective Security Treaty Organization",
    ),
    Labelled(
        "Collective Security Treaty Organisation",
        ("en_csto_armenia", "en_csto_minsk"),
        "the -ise spelling",
        first="en_csto_armenia",
    ),
    Labelled(
        "МАГАТЭ",
        ("ru_iaea_grossi_zaes", "ru_iaea_iran", "ru_iaea_kursk"),
        "МАГАТЭ, Международного агентства по атомной энергии",
    ),
    Labelled(
        "Международное агентство по атомной энергии",
        ("ru_iaea_grossi_zaes", "ru_iaea_iran", "ru_iaea_kursk"),
        "the name finds МАГАТЭ",
        first="ru_iaea_iran",
    ),
    Labelled(
        "IAEA",
        ("en_iaea_board", "en_iaea_grossi_zaporizhzhia", "en_iaea_uranium"),
        "IAEA, International Atomic Energy Agency",
    ),
    Labelled(
        "International Atomic Energy Agency",
        ("en_iaea_board", "en_iaea_grossi_zaporizhzhia", "en_iaea_uranium"),
        "the name finds IAEA",
        first="en_iaea_grossi_zaporizhzhia",
    ),
    Labelled(
        "ООН",
        (
            "ru_gaza_aid",
            "ru_nebenzia_sc",
            "ru_un_resolution_us",
            "ru_guterres_kazan",
            "ru_un_budget",
            "ru_unga_80",
            "ru_concerned_adj",
            "ru_verb_condemns_3sg",
            "ru_cop30",
            "ru_date_march5",
            "ru_yo_objedinennyh",
        ),
        "ООН, Организации Объединённых Наций",
    ),
    Labelled(
        "Организация Объединенных Наций",
        (
            "ru_gaza_aid",
            "ru_nebenzia_sc",
            "ru_un_resolution_us",
            "ru_guterres_kazan",
            "ru_un_budget",
            "ru_unga_80",
            "ru_concerned_adj",
            "ru_verb_condemns_3sg",
            "ru_cop30",
            "ru_date_march5",
            "ru_yo_objedinennyh",
        ),
        "the name, typed with е, finds ООН",
        first="ru_yo_objedinennyh",
    ),
    Labelled(
        "UN",
        (
            "en_gaza_aid_trucks",
            "en_un_resolution",
            "en_nebenzia",
            "en_guterres_budget",
            "en_unga_80",
        ),
        "UN",
    ),
    Labelled("Генассамблея ООН", ("ru_unga_80",), "Генеральной Ассамблеи ООН: the short name"),
    Labelled("UNGA", ("en_unga_80", "en_hashtag_unga"), "UN General Assembly, #UNGA80"),
    Labelled(
        "Совбез ООН",
        ("ru_un_resolution_us", "ru_nebenzia_sc", "ru_date_march5"),
        "Совбез ООН, Совета Безопасности ООН",
        first="ru_un_resolution_us",
    ),
    Labelled(
        "СБ ООН",
        ("ru_un_resolution_us", "ru_nebenzia_sc", "ru_date_march5"),
        "СБ: the Security Council's abbreviation",
    ),
    Labelled("UN Security Council", ("en_un_resolution",), "The UN Security Council"),
    Labelled("БРИКС", ("ru_brics_rio", "ru_brics_partners", "ru_hashtag_brics"), "БРИКС, #БРИКС"),
    Labelled(
        "BRICS",
        ("en_brics_rio", "en_brics_indonesia", "ru_hashtag_brics"),
        "BRICS, #BRICS in a Russian post",
    ),
    Labelled(
        "ЕС",
        (
            "ru_eu_16_package",
            "ru_eu_17_package",
            "ru_frozen_assets",
            "ru_sanctions_mfa_response",
            "ru_orban_veto",
            "ru_percent_30",
            "ru_fertilizers",
            "ru_oil_price_cap",
            "ru_armenia_eu_law",
            "ru_eu_reparation_loan",
        ),
        "ЕС, Евросоюз, Евросоюза",
    ),
    Labelled(
        "Евросоюз",
        (
            "ru_eu_16_package",
            "ru_eu_17_package",
            "ru_frozen_assets",
            "ru_sanctions_mfa_response",
            "ru_orban_veto",
            "ru_percent_30",
            "ru_fertilizers",
            "ru_oil_price_cap",
            "ru_armenia_eu_law",
            "ru_eu_reparation_loan",
        ),
        "Евросоюза, ЕС",
    ),
    Labelled(
        "Европейский союз",
        (
            "ru_eu_16_package",
            "ru_eu_17_package",
            "ru_frozen_assets",
            "ru_sanctions_mfa_response",
            "ru_orban_veto",
            "ru_percent_30",
            "ru_fertilizers",
            "ru_oil_price_cap",
            "ru_armenia_eu_law",
            "ru_eu_reparation_loan",
        ),
        "the full name finds ЕС and Евросоюз",
    ),
    Labelled(
        "EU",
        (
            "en_eu_16_package",
            "en_frozen_assets",
            "en_georgia_protests",
            "en_vucic",
            "en_orban",
            "en_fico",
            "en_fertilizers",
            "en_price_cap",
            "en_kallas",
            "en_eu_90bn",
            "en_percent_30",
            "en_armenia_eu",
        ),
        "EU, European Union",
    ),
    Labelled(
        "European Union",
        (
            "en_eu_16_package",
            "en_frozen_assets",
            "en_georgia_protests",
            "en_vucic",
            "en_orban",
            "en_fico",
            "en_fertilizers",
            "en_price_cap",
            "en_kallas",
            "en_eu_90bn",
            "en_percent_30",
            "en_armenia_eu",
        ),
        "the name finds EU",
    ),
    Labelled(
        "НАТО", ("ru_defense_5pct", "ru_baltic_cables", "ru_nato_hague", "ru_peacekeepers"), "НАТО"
    ),
    Labelled(
        "NATO",
        (
            "en_nato_5pct",
            "en_baltic_sentry",
            "en_poland_drones",
            "en_peacekeepers",
            "en_nato_hague",
        ),
        "NATO, NATO's",
    ),
    Labelled("ВОЗ", ("ru_who_us_exit",), "Всемирной организации здравоохранения"),
    Labelled(
        "WHO", ("en_who_exit",), "World Health Organization; not 'who'", absent=("en_medinsky",)
    ),
    Labelled("ВПП", ("ru_wfp_cuts",), "Всемирная продовольственная программа"),
    Labelled("WFP", ("en_wfp_cuts",), "World Food Programme"),
    Labelled(
        "МУС", ("ru_mus_sanctions", "ru_intl_criminal_court"), "МУС, Международного уголовного суда"
    ),
    Labelled("ICC", ("en_icc_judges", "en_icc_hungary"), "ICC, International Criminal Court"),
    Labelled(
        "МИД",
        (
            "ru_brics_partners",
            "ru_zakharova_briefing",
            "ru_china_taiwan",
            "ru_fidan_lavrov",
            "ru_consular_warning",
            "ru_shadow_fleet_estonia",
            "ru_mfa_statement_ukraine",
            "ru_hashtag_zakharova",
            "ru_nato_hague",
            "ru_date_dec12",
            "ru_mao_ning",
        ),
        "МИД; министр иностранных дел is not the ministry",
    ),
    Labelled(
        "Министерство иностранных дел",
        (
            "ru_brics_partners",
            "ru_zakharova_briefing",
            "ru_china_taiwan",
            "ru_fidan_lavrov",
            "ru_consular_warning",
            "ru_shadow_fleet_estonia",
            "ru_mfa_statement_ukraine",
            "ru_hashtag_zakharova",
            "ru_nato_hague",
            "ru_date_dec12",
            "ru_mao_ning",
        ),
        "министерство иностранных дел and МИД",
        first="ru_brics_partners",
    ),
    Labelled("Минобороны", ("ru_africa_corps", "ru_estonia_airspace"), "Минобороны"),
    Labelled(
        "Министерство обороны",
        ("ru_africa_corps", "ru_estonia_airspace"),
        "Минобороны: the short name",
    ),
    Labelled("МЧС", ("ru_humanitarian_convoy",), "МЧС"),
    Labelled("ЦИК", ("ru_date_1112",), "сообщила ЦИК"),
    Labelled(
        "ЦБ",
        ("ru_key_rate_17", "ru_key_rate_21", "ru_assets_euroclear"),
        "ЦБ, Банк России, Банка России",
    ),
    Labelled(
        "Банк России",
        ("ru_key_rate_17", "ru_key_rate_21", "ru_assets_euroclear"),
        "Банк России, Банка России, ЦБ",
    ),
    Labelled("ОПЕК+", ("ru_novak_opec",), "ОПЕК+"),
    Labelled("OPEC", ("en_novak",), "OPEC+"),
    Labelled(
        "АЭС",
        ("ru_iaea_grossi_zaes", "ru_iaea_kursk", "ru_egypt_dabaa", "ru_kazakh_npp"),
        "АЭС, атомной электростанции",
    ),
    Labelled("ЗАЭС", ("ru_iaea_grossi_zaes",), "Запорожскую АЭС"),
    Labelled("Запорожская АЭС", ("ru_iaea_grossi_zaes",), "Запорожскую АЭС"),
    Labelled("Zaporizhzhia", ("en_iaea_grossi_zaporizhzhia",), "Zaporizhzhia nuclear plant"),
    Labelled(
        "Zaporozhye",
        ("en_iaea_grossi_zaporizhzhia",),
        "the Russian transliteration of Zaporizhzhia",
    ),
    Labelled("Росатом", ("ru_kazakh_npp",), "Росатом"),
    Labelled("Rosatom", ("en_kazakh_npp", "en_nsr"), "Rosatom, Rosatom's"),
    Labelled(
        "ХАМАС",
        (
            "ru_gaza_ceasefire",
            "ru_gaza_violation",
            "ru_hostages_released",
            "ru_hashtag_gaza",
            "ru_qatar_strike",
        ),
        "ХАМАС, #ХАМАС",
    ),
    Labelled("Hamas", ("en_gaza_ceasefire", "en_qatar_strike"), "Hamas"),
    Labelled("Хезболла", ("ru_lebanon",), "«Хезболлой»"),
    Labelled("хуситы", ("ru_yemen_oman",), "хуситами"),
    Labelled("Houthis", ("en_yemen_houthis",), "Houthis"),
    Labelled("Houthi", ("en_yemen_houthis",), "the singular"),
    Labelled(
        "Талибан",
        ("ru_taliban_list", "ru_taliban_recognition"),
        "«Талибан», and the Emirate it rules",
        first="ru_taliban_list",
    ),
    Labelled("Taliban", ("en_taliban_recognition",), "Taliban"),
    Labelled("Вагнер", ("ru_africa_corps",), "ЧВК «Вагнер»"),
    Labelled("Wagner", ("en_africa_corps",), "the Wagner Group"),
    Labelled("Африканский корпус", ("ru_africa_corps",), "«Африканский корпус»"),
    Labelled("Africa Corps", ("en_africa_corps",), "Russia's Africa Corps"),
    Labelled(
        "Совет министров иностранных дел", ("ru_sco_lavrov_fm",), "Совета министров иностранных дел"
    ),
    Labelled("Генштаб", ("ru_kursk_liberated",), "Начальник Генштаба"),
    Labelled(
        "Кремль",
        ("ru_peskov_talks", "ru_iran_araghchi", "ru_vatican_mediation", "ru_taurus"),
        "Кремль, в Кремле",
    ),
    Labelled("Kremlin", ("en_peskov", "en_dmitriev"), "Kremlin"),
    Labelled("Белый дом", ("ru_trump_plan_20",), "Белый дом"),
    Labelled("White House", ("en_aliyev_pashinyan_wh",), "at the White House"),
    Labelled(
        "State Department",
        ("en_state_dept_bruce",),
        "Department Press Briefing (the State Department's)",
    ),
    Labelled("Минфин США", ("ru_new_sanctions_us",), "Минфин США"),
    Labelled("US Treasury", ("en_new_sanctions",), "The US Treasury"),
    Labelled(
        "Euroclear", ("ru_assets_euroclear", "en_euroclear"), "Latin letters in a Russian post too"
    ),
    Labelled("Бундестаг", ("ru_germany_elections", "ru_merz_chancellor"), "бундестаг, Бундестаг"),
    Labelled("ХДС", ("ru_germany_elections",), "блок ХДС/ХСС"),
    Labelled("CDU", ("en_germany_merz",), "CDU/CSU"),
    Labelled("AfD", ("en_germany_merz",), "the AfD"),
    Labelled("Конституционный суд", ("ru_romania_annulled",), "Конституционный суд Румынии"),
    Labelled("Счетная палата", ("ru_yo_otchet",), "Счётной палаты, typed with е"),
    Labelled("Арктический совет", ("ru_arctic_council",), "Арктического совета"),
    Labelled("Северный морской путь", ("ru_nsr_record",), "по Северному морскому пути"),
    Labelled("Northern Sea Route", ("en_nsr",), "as written"),
    Labelled(
        "СНВ-3", ("ru_mfa_ryabkov_start", "ru_putin_new_start"), "Договор СНВ-3, ДСНВ: one treaty"
    ),
    Labelled(
        "ДСНВ",
        ("ru_mfa_ryabkov_start", "ru_putin_new_start"),
        "ДСНВ and СНВ-3",
        first="ru_putin_new_start",
    ),
    Labelled("New START", ("en_new_start",), "New START"),
    Labelled("G20", ("en_g20_jburg",), "The G20"),
    Labelled("Группа двадцати", ("ru_yo_proshel",), "«Группы двадцати»"),
    Labelled("ХДС/ХСС", ("ru_germany_elections",), "typed with the slash"),
    Labelled("АГС", ("ru_sahel_alliance",), "Альянс государств Сахеля: its abbreviation"),
    Labelled("ЧВК", ("ru_africa_corps",), "ЧВК «Вагнер»"),
    Labelled("КПК", ("ru_china_wang_yi",), "ЦК КПК"),
    Labelled("ОАЭ", ("ru_visa_uae",), "Россия и ОАЭ"),
    Labelled("Объединённые Арабские Эмираты", ("ru_visa_uae",), "ОАЭ: the name spelled out"),
    Labelled("ДР Конго", ("ru_drc_rwanda",), "ДР Конго as written"),
    Labelled("DRC", ("en_drc_rwanda",), "Democratic Republic of Congo"),
    Labelled("RSF", ("en_sudan_fasher",), "Rapid Support Forces"),
    Labelled("COP30", ("ru_cop30", "en_cop30"), "COP30 in both posts"),
    Labelled("COP 30", ("ru_cop30", "en_cop30"), "the number apart"),
    # 6. Hashtags
    Labelled("#ШОС", ("ru_sco_lavrov_fm", "ru_hashtag_sco"), "the posts tagged #ШОС"),
    Labelled("#санкции", ("ru_hashtag_sanctions",), "the post tagged #санкции"),
    Labelled("#Захарова", ("ru_hashtag_zakharova",), "the post tagged #Захарова"),
    Labelled("#МИД", ("ru_hashtag_zakharova",), "the post tagged #МИД"),
    Labelled("#BRICS", ("ru_hashtag_brics",), "the post tagged #BRICS"),
    Labelled("#БРИКС", ("ru_hashtag_brics",), "the post tagged #БРИКС"),
    Labelled("#Газа", ("ru_hashtag_gaza",), "the post tagged #Газа"),
    Labelled("#UNGA80", ("en_hashtag_unga",), "the post tagged #UNGA80"),
    Labelled("UNGA80", ("en_hashtag_unga",), "the tag's word without #"),
    Labelled("#sanctions", ("en_hashtag_sanctions",), "the post tagged #sanctions"),
    Labelled("#Китай", ("ru_hashtag_sco",), "the post tagged #Китай"),
    # 7. Numbers, sums, percentages and dates written another way
    Labelled(
        "5 марта",
        ("ru_date_march5", "ru_zakharova_briefing", "ru_date_0503"),
        "5 марта, 5 марта 2025 года, 05.03.2025",
        first="ru_date_march5",
        absent=("ru_date_march25",),
    ),
    Labelled(
        "05.03",
        ("ru_date_march5", "ru_zakharova_briefing", "ru_date_0503"),
        "05.03.2025 and 5 марта",
        first="ru_date_0503",
    ),
    Labelled(
        "05.03.2025", ("ru_zakharova_briefing", "ru_date_0503"), "the year given: 5 марта 2025 года"
    ),
    Labelled("March 5", ("en_date_march5", "en_date_5march"), "March 5, 5 March"),
    Labelled(
        "5 March", ("en_date_march5", "en_date_5march"), "5 March, March 5", first="en_date_5march"
    ),
    Labelled("25 марта", ("ru_date_march25",), "not 5 марта", absent=("ru_date_march5",)),
    Labelled("9 мая", ("ru_date_may9",), "9 мая; not 1 по 4 мая", absent=("ru_may_1",)),
    Labelled("May 9", ("en_date_may9",), "on May 9"),
    Labelled("12 декабря", ("ru_date_dec12",), "12 декабря"),
    Labelled("December 12", ("en_date_dec12",), "Dec. 12"),
    Labelled("11.12", ("ru_date_1112",), "11.12 as written"),
    Labelled("19 января", ("ru_gaza_mediators",), "19 января"),
    Labelled(
        "2,5 млрд",
        ("ru_money_25bn", "ru_money_25bn_words"),
        "2,5 млрд, два с половиной миллиарда; not 2,5 млн",
        absent=("ru_money_25mln",),
    ),
    Labelled(
        "2,5 миллиарда",
        ("ru_money_25bn", "ru_money_25bn_words"),
        "млрд is миллиард",
        absent=("ru_money_25mln",),
    ),
    Labelled("2.5 billion", ("en_money_25bn", "en_money_25bn_bn"), "$2.5 billion, $2.5bn"),
    Labelled(
        "$2.5bn", ("en_money_25bn", "en_money_25bn_bn"), "$2.5 billion", first="en_money_25bn_bn"
    ),
    Labelled("2,5 млн", ("ru_money_25mln",), "millions, not billions", absent=("ru_money_25bn",)),
    Labelled("1,2 трлн", ("ru_money_trillion",), "1,2 трлн рублей"),
    Labelled("1.2 trillion", ("en_money_trillion",), "as written"),
    Labelled("1,2 триллиона рублей", ("ru_money_trillion",), "трлн is триллион"),
    Labelled(
        "30%",
        ("ru_percent_30", "ru_percent_30_words", "en_percent_30"),
        "30%, Тридцать процентов, 30 percent: figures are in no language",
    ),
    Labelled("30 процентов", ("ru_percent_30", "ru_percent_30_words"), "30%, Тридцать процентов"),
    Labelled("30 percent", ("en_percent_30",), "30 percent"),
    Labelled("21%", ("ru_key_rate_21", "en_key_rate_21"), "21% in both languages"),
    Labelled("5% ВВП", ("ru_defense_5pct",), "5% ВВП"),
    Labelled("5% of GDP", ("en_nato_5pct",), "5% of GDP"),
    Labelled("84%", ("ru_china_tariffs", "en_china_tariffs"), "the same figure in both languages"),
    Labelled("240 млрд долларов", ("ru_china_trade",), "as written"),
    Labelled("$245 billion", ("en_china_trade",), "as written"),
    Labelled("185 млрд евро", ("ru_assets_euroclear",), "as written"),
    Labelled("185 billion euros", ("en_euroclear",), "as written"),
    Labelled("90 млрд евро", ("ru_eu_reparation_loan",), "as written"),
    Labelled("90 billion euros", ("en_eu_90bn",), "a 90 billion euro loan"),
    Labelled("47,6 доллара", ("ru_oil_price_cap",), "as written"),
    Labelled("$47.60", ("en_price_cap",), "as written"),
    Labelled("37 млн тонн", ("ru_nsr_record",), "37 млн тонн"),
    Labelled("37 million tonnes", ("en_nsr",), "as written"),
    Labelled("43 миллиона тонн", ("ru_grain_export",), "43 млн тонн"),
    Labelled("15 млрд кубометров", ("ru_gas_cubic",), "as written"),
    Labelled("80-летие", ("ru_china_beijing", "ru_anniversary_80"), "80-летия, Восьмидесятилетие"),
    Labelled("восьмидесятилетие Победы", ("ru_anniversary_80",), "as written"),
    Labelled("80th anniversary", ("en_anniversary_80",), "as written"),
    Labelled("80-я сессия", ("ru_unga_80",), "80-й сессии"),
    Labelled("80th session", ("en_unga_80",), "as written"),
    Labelled("16-й пакет", ("ru_eu_16_package",), "16-й пакет", absent=("ru_eu_17_package",)),
    Labelled(
        "шестнадцатый пакет", ("ru_eu_16_package",), "16-й in words", absent=("ru_eu_17_package",)
    ),
    Labelled(
        "17-й пакет санкций",
        ("ru_eu_17_package",),
        "семнадцатый пакет",
        absent=("ru_eu_16_package",),
    ),
    Labelled("16th package", ("en_eu_16_package",), "as written"),
    Labelled(
        "1000 на 1000",
        ("ru_prisoners_1000", "ru_istanbul_talks"),
        "1000 на 1000, «тысяча на тысячу»",
        first="ru_prisoners_1000",
    ),
    Labelled("1,000 prisoners", ("en_istanbul_swap",), "as written"),
    Labelled("1000 prisoners", ("en_istanbul_swap",), "1,000 without the comma"),
    Labelled("20 пунктов", ("ru_trump_plan_20",), "из 20 пунктов"),
    Labelled("20-point plan", ("en_trump_plan_20",), "as written"),
    Labelled("28 пунктов", ("ru_plan_28",), "из 28 пунктов"),
    Labelled("28-point", ("en_plan_28",), "A 28-point US peace plan"),
    Labelled("30 дней", ("ru_energy_moratorium", "ru_visa_free_china"), "на 30 дней"),
    Labelled("30-day", ("en_energy_truce",), "a 30-day halt"),
    Labelled("30 days", ("en_energy_truce", "en_visa_free_china"), "30 days, 30-day"),
    Labelled("три часа", ("ru_alaska_ushakov", "ru_crimea_bridge"), "три часа, через три часа"),
    Labelled("3 часа", ("ru_alaska_ushakov", "ru_crimea_bridge"), "три часа in figures"),
    Labelled("38", ("en_azal_crash",), "killing 38"),
    Labelled("35 погибших", ("ru_participle_killed",), "Число погибших ... до 35"),
    Labelled("2035", ("ru_defense_5pct", "en_nato_5pct"), "a year"),
    Labelled(
        "2026 год", ("ru_money_trillion", "ru_mfa_ryabkov_start"), "в 2026 году, февраля 2026 года"
    ),
    Labelled("seven years", ("en_sco_modi",), "in seven years"),
    Labelled("XIV", ("ru_pope_leo", "en_pope_leo"), "Лев XIV, Leo XIV"),
    Labelled("Лев XIV", ("ru_pope_leo",), "as written"),
    Labelled("МиГ-31", ("ru_estonia_airspace",), "истребителями МиГ-31"),
    Labelled("Article 4", ("en_poland_drones",), "NATO's Article 4"),
    Labelled("статья 4", ("ru_poland_drones",), "по статье 4"),
    # 8. Quoted phrases and two or three words
    Labelled(
        '"прекращение огня"',
        ("ru_gaza_ceasefire", "ru_gaza_mfa", "ru_lebanon", "ru_india_pakistan"),
        "о прекращении огня, прекращения огня",
    ),
    Labelled(
        "прекращение огня Газа",
        ("ru_gaza_ceasefire", "ru_gaza_mfa"),
        "прекращении огня в секторе Газа, в Газе",
        first="ru_gaza_ceasefire",
    ),
    Labelled(
        '"сектор Газа"',
        ("ru_gaza_ceasefire", "ru_gaza_violation"),
        "в секторе Газа, по сектору Газа",
    ),
    Labelled('"теневой флот"', ("ru_eu_16_package",), "«теневого флота»"),
    Labelled('"shadow fleet"', ("en_eu_16_package", "en_shadow_fleet"), "shadow fleet"),
    Labelled('"персонами нон грата"', ("ru_verb_expelled",), "as written"),
    Labelled('"нон грата"', ("ru_verb_expelled",), "two words of it"),
    Labelled('"Мёртвая рука"', ("ru_medvedev_telegram",), "«Мёртвая рука»"),
    Labelled('"мертвая рука"', ("ru_medvedev_telegram",), "typed with е, in small letters"),
    Labelled('"coalition of the willing"', ("en_coalition_willing",), "as written"),
    Labelled('"коалиция желающих"', ("ru_coalition_willing",), "«Коалиция желающих»"),
    Labelled('"реалии на земле"', ("ru_mfa_statement_ukraine",), "учитывающие реалии на земле"),
    Labelled('"на земле"', ("ru_mfa_statement_ukraine",), "a phrase of two small words"),
    Labelled('"Liberation Day"', ("en_liberation_day",), "as written"),
    Labelled('"День освобождения"', ("ru_liberation_day",), "«День освобождения»"),
    Labelled('"без предварительных условий"', ("ru_short_adj_ready",), "as written"),
    Labelled(
        '"reciprocal tariffs"', ("en_liberation_day",), "'reciprocal' tariffs: a quote mark between"
    ),
    Labelled('"взаимные пошлины"', ("ru_liberation_day",), "as written"),
    Labelled('"государственный терроризм"', ("ru_qatar_strike",), "государственным терроризмом"),
    Labelled('"Нерушимое братство"', ("ru_csto_exercise",), "учения «Нерушимое братство»"),
    Labelled('"Балтийский часовой"', ("ru_baltic_cables",), "«Балтийский часовой»"),
    Labelled("Baltic Sentry", ("en_baltic_sentry",), "as written"),
    Labelled('"Турецкий поток"', ("ru_turkish_stream",), "по «Турецкому потоку»"),
    Labelled('"Северные потоки"', ("ru_nord_stream_arrest",), "«Северных потоков»"),
    Labelled('"Северный поток"', ("ru_nord_stream_arrest",), "the singular of «Северных потоков»"),
    Labelled("Nord Stream", ("en_nord_stream",), "as written"),
    Labelled("Крымский мост", ("ru_crimea_bridge",), "as written"),
    Labelled('"Маршрут Трампа"', ("ru_trump_route",), "«Маршрут Трампа»"),
    Labelled(
        "безвизовый режим",
        ("ru_china_embassy", "ru_visa_free_china"),
        "безвизовом режиме, безвизовый режим",
    ),
    Labelled("visa-free", ("en_visa_free_china",), "visa-free entry"),
    Labelled("visa free", ("en_visa_free_china",), "the hyphen left out"),
    Labelled("ключевая ставка", ("ru_key_rate_21", "ru_key_rate_17"), "ключевую ставку"),
    Labelled("key rate", ("en_key_rate_21",), "its key rate"),
    Labelled("потолок цен", ("ru_oil_price_cap",), "потолок цен"),
    Labelled("price cap", ("en_price_cap",), "its price cap"),
    Labelled(
        "обмен пленными",
        ("ru_istanbul_talks", "ru_prisoners_1000"),
        "об обмене пленными, обмен пленными",
    ),
    Labelled("prisoner swap", ("en_istanbul_swap",), "swap 1,000 prisoners"),
    Labelled("гуманитарная помощь Газа", ("ru_gaza_aid",), "в Газу ... с гуманитарной помощью"),
    Labelled("aid trucks Gaza", ("en_gaza_aid_trucks",), "aid trucks entered Gaza"),
    Labelled(
        "энергетическая инфраструктура",
        ("ru_energy_moratorium",),
        "по энергетической инфраструктуре",
    ),
    Labelled("energy infrastructure", ("en_energy_truce",), "Ukraine's energy infrastructure"),
    Labelled("пасхальное перемирие", ("ru_easter_truce",), "as written"),
    Labelled("Easter truce", ("en_easter_truce",), "an Easter truce"),
    Labelled("Курская область", ("ru_kursk_liberated",), "Курской области"),
    Labelled("Kursk region", ("en_kursk",), "the Kursk region"),
    Labelled("Овальный кабинет", ("ru_zelensky_trump_oval",), "в Овальном кабинете"),
    Labelled("Oval Office", ("en_zelensky_oval",), "Oval Office meeting"),
    Labelled("редкоземельные металлы", ("ru_minerals_deal",), "о редкоземельных металлах"),
    Labelled("minerals deal", ("en_minerals_deal",), "a minerals deal"),
    Labelled("Красная площадь", ("ru_date_may9",), "на Красной площади"),
    Labelled("государственный визит", ("ru_china_xi_visit",), "с государственным визитом"),
    Labelled(
        "телефонный разговор",
        ("ru_erdogan_call", "ru_lavrov_phone_rubio"),
        "Состоялся телефонный разговор",
    ),
    Labelled("spoke by phone", ("en_lavrov_phone",), "as written"),
    Labelled(
        "стратегическое партнерство",
        ("ru_dprk_treaty", "ru_verb_signing_noun"),
        "о всеобъемлющем стратегическом партнёрстве, typed with е",
    ),
    Labelled(
        "strategic partnership",
        ("en_sign_iran_treaty", "en_tokayev"),
        "a strategic partnership treaty, comprehensive strategic partnership",
    ),
    Labelled("ядерные испытания", ("ru_nuclear_tests",), "к ядерным испытаниям"),
    Labelled("nuclear tests", ("en_trump_nuclear_tests",), "testing nuclear weapons"),
    Labelled("крылатая ракета", ("ru_burevestnik",), "крылатой ракеты"),
    Labelled("cruise missile", ("en_burevestnik", "en_taurus"), "cruise missile, cruise missiles"),
    Labelled("Рио-де-Жанейро", ("ru_brics_rio",), "в Рио-де-Жанейро"),
    Labelled("Rio de Janeiro", ("en_brics_rio",), "as written"),
    Labelled("Шарм-эш-Шейх", ("ru_sharm_summit",), "В Шарм-эш-Шейхе"),
    Labelled("Sharm el-Sheikh", ("en_sharm_summit",), "at Sharm el-Sheikh"),
    Labelled("Эр-Рияд", ("ru_rubio_lavrov_riyadh", "ru_date_march25"), "в Эр-Рияде"),
    Labelled("Riyadh", ("en_rubio_riyadh",), "in Riyadh"),
    Labelled("Анкоридж", ("ru_alaska_summit",), "в Анкоридже"),
    Labelled("Anchorage", ("en_alaska_summit",), "in Anchorage"),
    Labelled("Тяньцзинь", ("ru_sco_tianjin_summit", "ru_hashtag_sco"), "в Тяньцзине"),
    Labelled("Tianjin", ("en_sco_tianjin", "en_sco_modi"), "in Tianjin"),
    Labelled("Гаага", ("ru_nato_hague",), "в Гааге"),
    Labelled("The Hague", ("en_nato_hague", "en_nato_5pct"), "in The Hague, at The Hague"),
    Labelled("Женева", ("ru_geneva_talks",), "В Женеве"),
    Labelled("Geneva", ("en_geneva",), "in Geneva"),
    Labelled("Будапешт", ("ru_verb_postponed",), "в Будапеште"),
    Labelled("Budapest", ("en_postponed", "en_icc_hungary"), "in Budapest, visited Budapest"),
    Labelled("Калининград", ("ru_consulate_closed",), "в Калининграде"),
    Labelled("Kaliningrad", ("en_consulate_closed",), "in Kaliningrad"),
    Labelled("Краков", ("ru_consulate_closed",), "в Кракове"),
    Labelled("Сочи", ("ru_russia_africa_summit",), "в Сочи"),
    Labelled("Sochi", ("en_russia_africa_sochi",), "in Sochi"),
    Labelled(
        "Россия – Африка", ("ru_russia_africa_summit",), "Россия – Африка, with the dash typed"
    ),
    Labelled("Russia-Africa", ("en_russia_africa_sochi",), "Russia-Africa Partnership Forum"),
    Labelled("Камчатка", ("ru_bears_kamchatka",), "На Камчатке"),
    Labelled("Сахара", ("ru_peski_sand",), "В Сахаре"),
    # 9. Typos: one slip (a letter left out, doubled, swapped or wrong), in either language
    Labelled(
        "Лавроав",
        (
            "ru_sco_lavrov_fm",
            "ru_china_wang_yi",
            "ru_togo",
            "ru_rubio_lavrov_riyadh",
            "ru_brics_rio",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_india_jaishankar",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_cbs",
            "ru_lavrov_phone_rubio",
            "ru_lavrov_birthday",
            "ru_peacekeepers",
        ),
        "Лаврова with two letters swapped",
        absent=("ru_bay_leaf",),
    ),
    Labelled(
        "Захарвоа",
        (
            "ru_zakharova_briefing",
            "ru_zakharova_baltic",
            "ru_zakharova_moldova",
            "ru_hashtag_zakharova",
        ),
        "Захарова, two letters swapped",
        absent=("ru_zakharov_physicist",),
    ),
    Labelled(
        "Пексов", ("ru_peskov_talks", "ru_peskov_putin_schedule"), "Песков, two letters swapped"
    ),
    Labelled(
        "санкцй",
        (
            "ru_eu_16_package",
            "ru_eu_17_package",
            "ru_new_sanctions_us",
            "ru_china_adj",
            "ru_mao_ning",
            "ru_mus_sanctions",
            "ru_hashtag_sanctions",
        ),
        "санкций, и left out",
    ),
    Labelled(
        "перговоры",
        (
            "ru_china_wang_yi",
            "ru_iaea_grossi_zaes",
            "ru_gaza_mediators",
            "ru_syria_sharaa",
            "ru_togo",
            "ru_alaska_summit",
            "ru_rubio_lavrov_riyadh",
            "ru_istanbul_talks",
            "ru_peskov_talks",
            "ru_tokayev_putin",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_cuba_rodriguez",
            "ru_syria_bases",
            "ru_orban_veto",
            "ru_short_adj_ready",
            "ru_brazil_lula",
            "ru_vatican_mediation",
        ),
        "переговоры, е left out",
    ),
    Labelled("МАГАТЕ", ("ru_iaea_grossi_zaes", "ru_iaea_iran", "ru_iaea_kursk"), "Е for Э"),
    Labelled(
        "Гроси",
        ("ru_iaea_grossi_zaes", "ru_iaea_grossi_quote", "ru_iaea_kursk"),
        "Гросси with one с",
    ),
    Labelled("Токаев Путн", ("ru_tokayev_putin",), "Путин, и left out, beside a word spelt right"),
    Labelled("Эрдоган Путн", ("ru_erdogan_call",), "the same slip beside another name"),
    Labelled("ледакол", ("ru_icebreaker_yakutia",), "ледокол, а for о"),
    Labelled(
        "Кыргызтан",
        ("ru_csto_exercise", "ru_japarov", "ru_central_asia_water"),
        "Кыргызстан, с left out: and the state's other name",
    ),
    Labelled(
        "Азербайжан",
        ("ru_consular_evac_iran", "ru_armenia_azerbaijan_peace", "ru_verb_detained"),
        "Азербайджан, д left out",
    ),
    Labelled("Тайвянь", ("ru_china_taiwan", "ru_concern_noun"), "я for а"),
    Labelled("пашинян", ("ru_csto_armenia_freeze",), "the name in small letters"),
    Labelled("ПЕСКОВ", ("ru_peskov_talks", "ru_peskov_putin_schedule"), "in capitals"),
    Labelled(
        "Lavorv",
        (
            "en_china_wang_yi",
            "en_rubio_riyadh",
            "en_fidan",
            "en_choe",
            "en_jaishankar",
            "en_lavrov_quote",
            "en_lavrov_phone",
            "en_togo",
            "en_peacekeepers",
            "en_date_dec12",
        ),
        "Lavrov, two letters swapped",
    ),
    Labelled("Zakharva", ("en_zakharova_briefing", "en_zakharova_latvia"), "o left out"),
    Labelled("Guteres", ("en_guterres_budget",), "one r"),
    Labelled(
        "ceasfire",
        ("en_gaza_ceasefire", "en_hostages_released", "en_india_pakistan", "en_thailand_cambodia"),
        "ceasefire, e left out",
    ),
    Labelled(
        "sanctons",
        (
            "en_eu_16_package",
            "en_new_sanctions",
            "en_belarus_prisoners",
            "en_mao_ning",
            "en_hashtag_sanctions",
            "en_icc_judges",
        ),
        "sanctions, i left out",
    ),
    Labelled("Tokayve", ("en_tokayev",), "two letters swapped"),
    Labelled(
        "Azerbaijn",
        ("en_azal_crash", "en_evacuation_iran", "en_aliyev_pashinyan_wh", "en_detained"),
        "a left out",
    ),
    Labelled("Netanyhu", ("en_trump_plan_20", "en_icc_hungary"), "a left out"),
    Labelled("Houtis", ("en_yemen_houthis",), "h left out"),
    Labelled(
        "nuclar plant",
        ("en_iaea_grossi_zaporizhzhia", "en_kazakh_npp"),
        "nuclear, e left out, beside a word spelt right",
    ),
    Labelled("GROSSI", ("en_iaea_grossi_zaporizhzhia",), "in capitals"),
    Labelled("xi jinping", ("en_sco_tianjin", "en_brics_rio"), "in small letters"),
    # 10. ё and е; capitals
    Labelled("отчет", ("ru_yo_otchet",), "Отчёт typed with е"),
    Labelled("Семенов", ("ru_yo_semenov",), "Семёнов typed with е"),
    Labelled("Федор", ("ru_yo_semenov",), "Фёдор typed with е"),
    Labelled(
        "прошел",
        (
            "ru_yo_proshel",
            "ru_china_beijing",
            "ru_csto_summit_minsk",
            "ru_moldova_elections",
            "ru_moldova_mfa",
            "ru_russia_africa_summit",
            "ru_alaska_summit",
            "ru_vucic_protests",
            "ru_geneva_talks",
        ),
        "прошёл, прошла, прошли, прошло: every form",
        first="ru_yo_proshel",
    ),
    Labelled(
        "провел переговоры",
        (
            "ru_china_wang_yi",
            "ru_iaea_grossi_zaes",
            "ru_togo",
            "ru_tokayev_putin",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_cuba_rodriguez",
        ),
        "провёл переговоры, typed with е",
    ),
    Labelled(
        "провёл переговоры",
        (
            "ru_china_wang_yi",
            "ru_iaea_grossi_zaes",
            "ru_togo",
            "ru_tokayev_putin",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_cuba_rodriguez",
        ),
        "as written",
    ),
    Labelled("обогащенный уран", ("ru_iaea_grossi_quote",), "обогащённого урана, typed with е"),
    Labelled("объединенных", ("ru_yo_objedinennyh",), "Объединённых typed with е"),
    Labelled("Кишинев", ("ru_moldavia_energy",), "Кишинёв typed with е"),
    Labelled("мертвая", ("ru_medvedev_telegram",), "Мёртвая typed with е"),
    Labelled("ушел в отставку", ("ru_nepal_protests",), "ушёл в отставку"),
    Labelled("Счетная", ("ru_yo_otchet",), "Счётной typed with е"),
    Labelled("шахматы", (), "no post is about chess"),
    Labelled("ТАЙВАНЬ", ("ru_china_taiwan", "ru_concern_noun"), "in capitals"),
    Labelled(
        "китай",
        (
            "ru_china_trade",
            "ru_china_taiwan",
            "ru_visa_free_china",
            "ru_percent_3",
            "ru_hashtag_sco",
            "ru_china_adj",
            "ru_china_wang_yi",
            "ru_china_xi_visit",
            "ru_mao_ning",
        ),
        "a state in small letters",
    ),
    Labelled("moldova", ("en_moldova_elections", "en_transnistria"), "a state in small letters"),
    Labelled(
        "US",
        (
            "en_witkoff_moscow",
            "en_china_tariffs",
            "en_belarus_prisoners",
            "en_venezuela_boat",
            "en_un_resolution",
            "en_cop30",
            "en_geneva",
            "en_plan_28",
            "en_dmitriev",
            "en_yemen_houthis",
            "en_icc_judges",
            "en_minerals_deal",
            "en_black_sea",
            "en_new_sanctions",
            "en_who_exit",
            "en_g20_jburg",
            "en_resumed",
        ),
        "US, and the United States",
    ),
    # 11. Prefixes
    Labelled(
        "санкц*",
        (
            "ru_eu_16_package",
            "ru_eu_17_package",
            "ru_new_sanctions_us",
            "ru_china_adj",
            "ru_mao_ning",
            "ru_mus_sanctions",
            "ru_hashtag_sanctions",
        ),
        "санкции, санкций",
    ),
    Labelled(
        "Лавр*",
        (
            "ru_sco_lavrov_fm",
            "ru_china_wang_yi",
            "ru_togo",
            "ru_rubio_lavrov_riyadh",
            "ru_brics_rio",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_india_jaishankar",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_cbs",
            "ru_lavrov_phone_rubio",
            "ru_lavrov_birthday",
            "ru_peacekeepers",
            "ru_bay_leaf",
        ),
        "a prefix matches as typed: лавровый too",
    ),
    Labelled(
        "перемир*",
        ("ru_gaza_mediators", "ru_gaza_violation", "ru_easter_truce", "ru_macron_troops"),
        "перемирие, перемирия",
    ),
    Labelled(
        "ядерн*",
        (
            "ru_iaea_kursk",
            "ru_iran_israel_strikes",
            "ru_verb_sign_past",
            "ru_burevestnik",
            "ru_nuclear_tests",
        ),
        "ядерной, ядерным, ядерной энергоустановкой",
    ),
    Labelled("Шанхай*", ("ru_sco_tianjin_summit",), "Шанхайской"),
    Labelled("multipolar*", (), "no post has the word"),
    Labelled("denucl*", (), "no post has the word"),
    Labelled(
        "sanction*",
        (
            "en_eu_16_package",
            "en_new_sanctions",
            "en_belarus_prisoners",
            "en_mao_ning",
            "en_hashtag_sanctions",
            "en_icc_judges",
        ),
        "sanctions, sanctioned",
    ),
    Labelled("evacuat*", ("en_evacuation_iran",), "evacuated"),
    Labelled("эвакуац*", ("ru_consular_evac_iran",), "эвакуацию"),
    Labelled("Нетаньях*", ("ru_netanyahu", "ru_intl_criminal_court"), "Нетаньяху"),
    Labelled("Zapor*", ("en_iaea_grossi_zaporizhzhia",), "Zaporizhzhia"),
    # 12. Filters
    Labelled(
        "Лавров --source mid_rf",
        (
            "ru_sco_lavrov_fm",
            "ru_china_wang_yi",
            "ru_togo",
            "ru_rubio_lavrov_riyadh",
            "ru_fidan_lavrov",
            "ru_choe_son_hui",
            "ru_india_jaishankar",
            "ru_cuba_rodriguez",
            "ru_lavrov_interview_cbs",
            "ru_lavrov_phone_rubio",
        ),
        "the ministry's own channel only",
        absent=("ru_brics_rio", "ru_lavrov_birthday", "ru_peacekeepers"),
    ),
    Labelled(
        "санкции --since 2024-05-01",
        ("ru_eu_17_package", "ru_new_sanctions_us", "ru_mus_sanctions"),
        "from May on",
        absent=("ru_eu_16_package", "ru_china_adj", "ru_mao_ning", "ru_hashtag_sanctions"),
    ),
    Labelled(
        "Газа --until 2024-01-31",
        ("ru_gaza_ceasefire", "ru_gaza_mfa"),
        "January's Gaza posts",
        absent=(
            "ru_gaza_violation",
            "ru_gaza_aid",
            "ru_trump_plan_20",
            "ru_sharm_summit",
            "ru_hashtag_gaza",
        ),
    ),
    Labelled(
        "Iran --source reuters",
        (
            "en_iaea_board",
            "en_iaea_uranium",
            "en_iran_strikes",
            "en_evacuation_iran",
            "en_sign_iran_treaty",
        ),
        "Reuters only",
        absent=("en_iran_araghchi",),
    ),
    Labelled(
        "ceasefire --since 2024-05-01 --until 2024-08-01",
        ("en_india_pakistan", "en_thailand_cambodia"),
        "May to July",
        absent=("en_gaza_ceasefire", "en_hostages_released"),
    ),
    Labelled(
        "Захарова --source ria_ru",
        ("ru_zakharova_baltic",),
        "one channel",
        absent=("ru_zakharova_briefing", "ru_zakharova_moldova"),
    ),
    Labelled(
        "ШОС --since 2024-09-01",
        (
            "ru_sco_tianjin_summit",
            "ru_sco_expansion",
            "ru_sco_bank",
            "ru_sco_shosovsky",
            "ru_hashtag_sco",
        ),
        "the summit's week",
        absent=("ru_sco_lavrov_fm",),
    ),
    Labelled(
        "выборы -Молдавии",
        (
            "ru_romania_annulled",
            "ru_romania_rerun",
            "ru_germany_elections",
            "ru_georgia_elections",
            "ru_poland_elections",
            "ru_date_1112",
            "ru_carney",
            "ru_bolivia_paz",
        ),
        "every election but Moldova's",
        absent=(
            "ru_moldova_mfa",
            "ru_moldova_elections",
            "ru_zakharova_moldova",
            "ru_moldavia_energy",
        ),
    ),
    Labelled(
        "Газа -ХАМАС",
        ("ru_gaza_aid", "ru_gaza_mfa", "ru_trump_plan_20", "ru_sharm_summit"),
        "-word excludes every form",
        absent=("ru_gaza_ceasefire", "ru_gaza_violation", "ru_hashtag_gaza"),
    ),
    Labelled(
        "Рубио OR Уиткофф",
        ("ru_rubio_lavrov_riyadh", "ru_lavrov_phone_rubio", "ru_witkoff"),
        "either name",
    ),
    Labelled(
        "Putin NOT Trump",
        (
            "en_witkoff_moscow",
            "en_iran_araghchi",
            "en_erdogan",
            "en_tokayev",
            "en_sign_iran_treaty",
            "en_energy_truce",
            "en_easter_truce",
            "en_new_start",
            "en_lula",
        ),
        "NOT excludes",
        absent=("en_alaska_summit", "en_postponed"),
    ),
    # 13. Words no post holds, and near misses that must not be false hits
    Labelled("Ватикана", ("ru_vatican_mediation",), "the genitive of a word one post holds"),
    Labelled("Монголия", (), "no post names Mongolia"),
    Labelled("Mongolia", (), "no post names Mongolia"),
    Labelled("Гондурас", (), "no post names Honduras"),
    Labelled("Шольц", (), "no post names Scholz"),
    Labelled("Scholz", (), "no post names Scholz"),
    Labelled("Блинкен", (), "no post names Blinken"),
    Labelled("импичмент", (), "no post has the word"),
    Labelled("referendum", (), "no post has the word"),
    Labelled("референдум", (), "no post has the word"),
    Labelled(
        "Лаврентьев",
        (),
        "a surname sharing Лавров's first letters",
        absent=("ru_sco_lavrov_fm", "ru_lavrov_birthday"),
    ),
    Labelled(
        "Захарченко",
        (),
        "a surname sharing Захарова's stem",
        absent=("ru_zakharova_briefing", "ru_zakharova_baltic", "ru_zakharov_physicist"),
    ),
    Labelled("Песковский", (), "not Песков", absent=("ru_peskov_talks",)),
    Labelled(
        "Медведчук", (), "not Медведев nor медведь", absent=("ru_medvedev_sc", "ru_bears_kamchatka")
    ),
    Labelled("Новаковский", (), "not Новак", absent=("ru_novak_opec",)),
    Labelled("Орбита", ("ru_orbit_satellite",), "на орбиту; not Орбан", absent=("ru_orban_veto",)),
    Labelled("Кубань", (), "not Куба nor кубометров", absent=("ru_cuba_fuel", "ru_gas_cubic")),
    Labelled("Малайзия", (), "not Мали", absent=("ru_mali_junta", "ru_mali_small")),
    Labelled(
        "Malaysia",
        ("en_thailand_cambodia",),
        "talks in Malaysia; not Mali",
        absent=("en_mali_parties",),
    ),
    Labelled("Омск", (), "not Оман", absent=("ru_yemen_oman",)),
    Labelled("Нигерия", (), "not Нигер", absent=("ru_sahel_alliance",)),
    Labelled("Nigeria", (), "not Niger", absent=("en_sahel_confed",)),
    Labelled("Австрия", (), "no post names Austria", absent=()),
    Labelled("Гана", (), "not Гаага", absent=("ru_nato_hague",)),
    Labelled("Сирин", (), "not Сирия", absent=("ru_syria_sharaa",)),
    Labelled("Иран-контрас", (), "no post has it", absent=()),
    Labelled(
        "газ",
        ("ru_gas_cubic", "ru_transnistria_gas"),
        "газа (gas), not Газа",
        absent=(
            "ru_gaza_ceasefire",
            "ru_gaza_violation",
            "ru_gaza_mfa",
            "ru_hashtag_gaza",
            "ru_gaza_aid",
            "ru_trump_plan_20",
            "ru_sharm_summit",
        ),
    ),
    Labelled(
        "Газа",
        (
            "ru_gaza_ceasefire",
            "ru_gaza_violation",
            "ru_gaza_aid",
            "ru_gaza_mfa",
            "ru_trump_plan_20",
            "ru_sharm_summit",
            "ru_hashtag_gaza",
        ),
        "Gaza, not gas",
        absent=("ru_gas_cubic", "ru_transnistria_gas"),
    ),
    Labelled(
        "Gaza",
        ("en_gaza_ceasefire", "en_gaza_truce_collapse", "en_gaza_aid_trucks", "en_trump_plan_20"),
        "Gaza",
    ),
    Labelled(
        "мало",
        ("ru_mali_small",),
        "мало; not Мали",
        absent=("ru_mali_junta", "ru_sahel_alliance", "ru_africa_corps"),
    ),
    Labelled("того", ("ru_togo_pronoun", "ru_togo"), "in small letters: the pronoun, and Того"),
    Labelled("обман", ("ru_oman_fraud",), "обмана; not Оман", absent=("ru_yemen_oman",)),
    Labelled(
        "обмен",
        ("ru_gaza_ceasefire", "ru_istanbul_talks", "ru_prisoners_1000", "ru_hashtag_gaza"),
        "обмене, обмен, обмена; not обман",
        absent=("ru_oman_fraud",),
    ),
    Labelled(
        "кубометров",
        ("ru_gas_cubic",),
        "as written; not Куба",
        absent=("ru_cuba_fuel", "ru_cuba_rodriguez"),
    ),
    Labelled(
        "песков",
        ("ru_peski_sand", "ru_peskov_talks", "ru_peskov_putin_schedule"),
        "in small letters: the sand and the name",
    ),
    Labelled(
        "медведи",
        ("ru_bears_kamchatka", "ru_bear_zoo"),
        "медведи, медведь",
        absent=("ru_medvedev_sc", "ru_medvedev_telegram"),
    ),
    Labelled(
        "новые санкции",
        ("ru_new_sanctions_us",),
        "новые санкции; not Новак",
        absent=("ru_novak_opec",),
    ),
    Labelled(
        "лавровый",
        ("ru_bay_leaf",),
        "the bay leaf",
        absent=("ru_sco_lavrov_fm", "ru_lavrov_birthday", "ru_peacekeepers"),
    ),
    Labelled("Hague", ("en_nato_hague", "en_nato_5pct"), "The Hague without its article"),
    Labelled(
        "Sudanese",
        ("en_sudan_fasher",),
        "Sudan's; South Sudan is another state",
        absent=("en_south_sudan",),
    ),
    Labelled("Niger", ("en_sahel_confed",), "Niger", absent=()),
    Labelled("Bush", (), "no post names Bush"),
    Labelled("Starmer", ("en_coalition_willing",), "Starmer hosted"),
    Labelled("star", (), "not Starmer", absent=("en_coalition_willing",)),
    Labelled("Vance", ("en_zelensky_oval",), "Trump and Vance; not advance", absent=()),
    Labelled("fleet", ("en_eu_16_package", "en_shadow_fleet"), "shadow fleet"),
    # 14. English word forms: plurals, tenses, -ing, irregular verbs
    Labelled(
        "sanction",
        (
            "en_eu_16_package",
            "en_new_sanctions",
            "en_belarus_prisoners",
            "en_mao_ning",
            "en_hashtag_sanctions",
            "en_icc_judges",
        ),
        "sanctions, sanctioned",
    ),
    Labelled(
        "hostage", ("en_gaza_ceasefire", "en_hostages_released", "en_sharm_summit"), "hostages"
    ),
    Labelled(
        "release hostages",
        ("en_gaza_ceasefire", "en_hostages_released"),
        "hostages to be released, hostages were freed ... released",
    ),
    Labelled(
        "struck",
        (
            "en_gaza_truce_collapse",
            "en_iran_strikes",
            "en_venezuela_boat",
            "en_killed",
            "en_energy_truce",
            "en_qatar_strike",
            "en_pakistan_mfa",
        ),
        "strike, strikes, struck",
    ),
    Labelled(
        "meets",
        (
            "en_witkoff_moscow",
            "en_alaska_summit",
            "en_china_wang_yi",
            "en_fidan",
            "en_jaishankar",
            "en_lula",
            "en_csto_minsk",
            "en_date_march5",
            "en_date_5march",
            "en_nato_hague",
            "en_brics_rio",
            "en_zelensky_oval",
            "en_coalition_willing",
        ),
        "met, meet, meeting",
    ),
    Labelled(
        "sign",
        (
            "en_sign_iran_treaty",
            "en_tokayev",
            "en_mirziyoyev",
            "en_japarov_border",
            "en_sahel_confed",
            "en_minerals_deal",
            "en_drc_rwanda",
            "en_who_exit",
            "en_sharm_summit",
        ),
        "signed, signs",
    ),
    Labelled(
        "signing",
        (
            "en_sign_iran_treaty",
            "en_tokayev",
            "en_mirziyoyev",
            "en_japarov_border",
            "en_sahel_confed",
            "en_minerals_deal",
            "en_drc_rwanda",
            "en_who_exit",
            "en_sharm_summit",
        ),
        "-ing finds signed",
    ),
    Labelled("expel", ("en_expelled", "en_expels"), "expelled, expels"),
    Labelled("detain", ("en_detained", "en_shadow_fleet"), "detained, to detain"),
    Labelled(
        "kill",
        ("en_killed", "en_venezuela_boat", "en_gaza_truce_collapse", "en_azal_crash"),
        "killed, killing",
    ),
    Labelled(
        "won",
        (
            "en_moldova_elections",
            "en_romania_dan",
            "en_germany_merz",
            "en_poland_nawrocki",
            "en_carney",
        ),
        "won",
    ),
    Labelled(
        "win election",
        (
            "en_moldova_elections",
            "en_romania_dan",
            "en_germany_merz",
            "en_carney",
        ),
        "won ... election: win's irregular past (Nawrocki 'won Poland's presidential runoff':"
        " no election in the words)",
    ),
    Labelled("fly", ("en_iran_araghchi", "en_vucic", "en_azal_crash"), "flew, flying"),
    Labelled("freed", ("en_hostages_released", "en_belarus_prisoners", "en_sharm_summit"), "freed"),
    Labelled(
        "free prisoners",
        ("en_belarus_prisoners", "en_hostages_released"),
        "freed 52 prisoners; hostages were freed ... prisoners were released",
        first="en_belarus_prisoners",
    ),
    Labelled("resume talks", ("en_resumed",), "resumed talks"),
    Labelled("annul", ("en_romania_annulled",), "annulled"),
    Labelled(
        "tariff",
        (
            "en_china_tariffs",
            "en_india_tariff",
            "en_percent_30",
            "en_fertilizers",
            "en_liberation_day",
            "en_carney",
        ),
        "tariffs",
    ),
    Labelled("tariffs India", ("en_india_tariff",), "tariffs on Indian goods"),
    Labelled(
        "nuclear plant",
        ("en_iaea_grossi_zaporizhzhia", "en_kazakh_npp"),
        "nuclear plant, nuclear power plant",
    ),
    Labelled("drone", ("en_poland_drones",), "drones"),
    Labelled(
        "diplomats",
        ("en_zakharova_briefing", "en_expelled", "en_expels", "en_resumed", "en_date_march5"),
        "diplomats, diplomat",
    ),
    Labelled("protest", ("en_georgia_protests", "en_nepal"), "Protesters, protests"),
    Labelled("elected pope", ("en_pope_leo",), "was elected pope"),
    Labelled("deficit", ("en_money_trillion",), "budget deficit"),
    Labelled("refugee", ("en_wfp_cuts",), "refugees"),
    Labelled("fertilizer", ("en_fertilizers",), "fertilisers: the US spelling typed"),
    Labelled(
        "defense spending",
        ("en_date_5march", "en_nato_5pct"),
        "defence spending: the US spelling typed",
    ),
    Labelled("withdraw", ("en_who_exit",), "withdrawing"),
    Labelled("recognize", ("en_taliban_recognition",), "recognise: the US spelling typed"),
    Labelled("peace deal", ("en_aliyev_pashinyan_wh", "en_drc_rwanda"), "a peace deal"),
    Labelled("peace talks", ("en_erdogan", "en_lula"), "peace talks"),
    Labelled("border treaty", ("en_japarov_border",), "a border treaty"),
    Labelled(
        "embassy",
        ("en_togo", "en_evacuation_iran", "en_resumed"),
        "an embassy, the embassy, embassy operations",
    ),
    Labelled("consulate", ("en_consulate_closed",), "consulate"),
    Labelled("blackout", ("en_cuba_blackout",), "a nationwide blackout"),
    Labelled(
        "parade", ("en_china_beijing_parade", "en_date_may9", "en_vucic", "en_fico"), "parade"
    ),
    Labelled("wheat", ("en_grain",), "wheat exports"),
    Labelled("uranium", ("en_iaea_uranium",), "uranium enriched"),
    Labelled("enrichment", ("en_iaea_uranium",), "enriched: another word of the root"),
)

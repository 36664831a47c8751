"""The eleventh labelled search set (session 36), written blind: its writer read only how a
set is judged (tests/test_search_quality.py), the user-facing search docs and the first lines
of the tenth set for the format, not the other sets nor the search code. The users store
official channels (foreign ministries' statements and briefings, agency flashes, news feeds)
in Russian and English and type, in either language: a word in another form than the post's
(Russian cases, plurals, tenses, participles, comparatives and superlatives; English plurals,
past tenses, -ing, irregular verbs), names in their other spellings and in both alphabets
(Лавров/Lavrov, Си Цзиньпин/Xi Jinping, Tokayev/Tokaev), states inside longer names and as
adjectives (North Macedonia, South Africa, New Zealand, Indian), abbreviations and their full
names (ЦБ, МВФ/IMF, ООН/UN, ШОС/SCO, ЕАЭС/EAEU), numbers and dates written another way
(15.09.2024 / 15 сентября, 3.2% / 3.2 percent, три / 3), typos, quoted phrases, hashtags,
ё/е; and words that must not find another (мир, peace, and the world's championship;
Захарова and Захаров; Hama and Hamas; WHO and who).

``expected`` is what the reader needs found (every post listed must be); ``absent`` what must
not be; a post in neither may be found or not. ``first`` (or any expected post) should rank
first under ``--rank``. 403 posts (211 in Russian, 192 in English), 498 queries (254 typed
in Cyrillic), dated 2024.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_lavrov_astana": (
        (7, 3),
        "mid_rf",
        (
            "Министр иностранных дел Российской Федерации С.В.Лавров принял участие в заседании "
            "Совета министров иностранных дел государств – членов ШОС в Астане. Участники обсудили"
            " подготовку к саммиту организации."
        ),
    ),
    "ru_sco_declaration": (
        (7, 4),
        "tass_ru",
        (
            "Лидеры стран Шанхайской организации сотрудничества подписали в Астане декларацию. В "
            "документе отмечается приверженность принципам многополярного мироустройства."
        ),
    ),
    "ru_sco_adj": (
        (7, 5),
        "ria_ru",
        (
            "Шосовские механизмы борьбы с терроризмом доказали свою эффективность, заявил генсек "
            "организации Чжан Мин."
        ),
    ),
    "ru_lavrov_interview": (
        (9, 28),
        "ria_ru",
        (
            "Сергей Лавров в интервью телеканалу заявил, что Запад не готов к честному диалогу. По"
            " словам министра, переговоры возможны лишь с учётом реалий «на земле»."
        ),
    ),
    "ru_lavrov_fidan": (
        (6, 11),
        "mid_rf",
        (
            "Сергей Лавров и министр иностранных дел Турции Хакан Фидан провели телефонный "
            "разговор. Обсуждалась ситуация в Южном Кавказе и в Сирии."
        ),
    ),
    "ru_lavr_leaf": (
        (8, 19),
        "kulinar",
        "Лавровый лист добавляют в маринад за пять минут до конца варки, иначе он даст горечь.",
    ),
    "ru_zakharova_briefing": (
        (2, 15),
        "mid_rf",
        (
            "На брифинге официальный представитель МИД России Мария Захарова прокомментировала "
            "заявления Вашингтона о новых ограничительных мерах против российских компаний."
        ),
    ),
    "ru_zakharova_moldova": (
        (10, 21),
        "mid_rf",
        (
            "М.В.Захарова: итоги референдума в Молдавии вызывают серьёзные вопросы, голосование за"
            " рубежом прошло с многочисленными нарушениями."
        ),
    ),
    "ru_zakharov_hockey": (
        (5, 20),
        "sport_ru",
        "Нападающий Андрей Захаров продлил контракт с клубом ещё на два сезона.",
    ),
    "ru_brics_kazan": (
        (10, 22),
        "tass_ru",
        (
            "В Казани открылся саммит БРИКС. В мероприятии участвуют делегации тридцати шести "
            "стран, в том числе девяти государств — членов объединения."
        ),
    ),
    "ru_putin_xi": (
        (10, 22),
        "ria_ru",
        (
            "Владимир Путин провёл на полях саммита в Казани встречу с председателем КНР Си "
            "Цзиньпином. Стороны обсудили торгово-экономическое сотрудничество и координацию на "
            "международных площадках."
        ),
    ),
    "ru_xi_visit_may": (
        (5, 16),
        "tass_ru",
        (
            "Председатель Китайской Народной Республики Си Цзиньпин прибыл в Москву с "
            "государственным визитом — первым после переизбрания Путина."
        ),
    ),
    "ru_brics_partners": (
        (10, 24),
        "mid_rf",
        (
            "По итогам саммита утверждён список стран-партнёров БРИКС. Категория партнёров "
            "предложена тринадцати государствам, среди них Казахстан, Узбекистан и Белоруссия."
        ),
    ),
    "ru_cis_summit": (
        (10, 8),
        "mid_rf",
        (
            "В Москве состоялось неформальное заседание Совета глав государств Содружества "
            "Независимых Государств. Председательство в СНГ в 2025 году перейдёт к Таджикистану."
        ),
    ),
    "ru_cis_ministers": (
        (4, 12),
        "mid_rf",
        (
            "Заседание Совета министров иностранных дел СНГ прошло в Минске. Министры приняли "
            "заявление о сотрудничестве в сфере информационной безопасности."
        ),
    ),
    "ru_eaeu_decade": (
        (5, 8),
        "tass_ru",
        (
            "Высший Евразийский экономический совет собрался в Москве по случаю десятилетия "
            "Евразийского экономического союза. Лидеры приняли декларацию о дальнейшем развитии "
            "интеграции."
        ),
    ),
    "ru_eaeu_trade": (
        (11, 14),
        "eaeu_news",
        (
            "Товарооборот между государствами ЕАЭС за девять месяцев вырос на 7,2%. Наибольший "
            "рост показала взаимная торговля продовольствием."
        ),
    ),
    "ru_mir_peace": (
        (3, 12),
        "mid_rf",
        (
            "Россия выступает за установление прочного мира на Ближнем Востоке, заявил заместитель"
            " министра иностранных дел Михаил Богданов."
        ),
    ),
    "ru_mir_world": (
        (6, 7),
        "sport_ru",
        (
            "Чемпионат мира по фехтованию пройдёт в Милане. Российских спортсменов к турниру не "
            "допустили."
        ),
    ),
    "ru_mir_card": (
        (4, 18),
        "banki_ru",
        (
            "Платёжная система «Мир» расширяет географию: карты начнут принимать ещё в двух "
            "странах Азии."
        ),
    ),
    "ru_peace_talks": (
        (11, 30),
        "ria_ru",
        (
            "Мирные переговоры возможны только при условии учёта интересов безопасности России, "
            "заявил Дмитрий Песков."
        ),
    ),
    "ru_peskov_briefing": (
        (7, 17),
        "tass_ru",
        (
            "Пресс-секретарь президента Дмитрий Песков сообщил журналистам, что Кремль внимательно"
            " следит за предвыборной кампанией в США."
        ),
    ),
    "ru_sands": (
        (6, 20),
        "travel_ru",
        (
            "Туристы из Москвы всё чаще выбирают пляжи с белым песком; поток на побережье вырос "
            "вдвое."
        ),
    ),
    "ru_ryabkov_start": (
        (2, 27),
        "mid_rf",
        (
            "Замминистра иностранных дел Сергей Рябков заявил, что диалог с США по стратегической "
            "стабильности невозможен, пока Вашингтон проводит враждебную политику."
        ),
    ),
    "ru_overchuk_armenia": (
        (3, 20),
        "tass_ru",
        (
            "Вице-премьер Алексей Оверчук обсудил с армянскими коллегами участие Еревана в работе "
            "органов ЕАЭС."
        ),
    ),
    "ru_army_parade": (
        (5, 9),
        "ria_ru",
        (
            "Парад Победы на Красной площади: по брусчатке прошли более девяти тысяч "
            "военнослужащих Российской армии."
        ),
    ),
    "ru_armenia_csto": (
        (6, 12),
        "tass_ru",
        (
            "Премьер-министр Армении Никол Пашинян заявил, что Ереван выйдет из ОДКБ, когда сочтёт"
            " нужным."
        ),
    ),
    "ru_csto_full": (
        (11, 28),
        "mid_rf",
        (
            "В Астане прошла сессия Совета коллективной безопасности Организации Договора о "
            "коллективной безопасности; Армения вновь не участвовала."
        ),
    ),
    "ru_bogdanov_syria": (
        (12, 9),
        "mid_rf",
        (
            "Замглавы МИД Михаил Богданов провёл встречу с послом Сирии. Российская сторона "
            "призвала все сирийские стороны к сдержанности."
        ),
    ),
    "ru_nebenzya_unsc": (
        (4, 15),
        "mid_rf",
        (
            "Постоянный представитель России при ООН Василий Небензя выступил на заседании Совета "
            "Безопасности по ситуации на Ближнем Востоке."
        ),
    ),
    "ru_un_full": (
        (9, 24),
        "tass_ru",
        (
            "В Нью-Йорке открылась 79-я сессия Генеральной Ассамблеи Организации Объединённых "
            "Наций. Российскую делегацию возглавляет Сергей Лавров."
        ),
    ),
    "ru_guterres": (
        (10, 24),
        "ria_ru",
        (
            "Генеральный секретарь ООН Антониу Гутерриш прибыл в Казань для участия во внешнем "
            "мероприятии саммита."
        ),
    ),
    "ru_shoigu_secretary": (
        (5, 13),
        "tass_ru",
        (
            "Сергей Шойгу назначен секретарём Совета безопасности Российской Федерации, Андрей "
            "Белоусов стал министром обороны."
        ),
    ),
    "ru_medvedev_post": (
        (8, 8),
        "ria_ru",
        (
            "Зампред Совбеза Дмитрий Медведев заявил, что ответ на атаки на Курскую область будет "
            "жёстким."
        ),
    ),
    "ru_bear": (
        (9, 2),
        "nature_ru",
        ("Бурый медведь вышел к посёлку на Камчатке; жителей просят не выходить из домов вечером."),
    ),
    "ru_kazakh_tokayev": (
        (9, 2),
        "kazinform_ru",
        (
            "Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Владимиром Путиным в "
            "Астане. Стороны подписали программу экономического сотрудничества на 2024-2026 годы."
        ),
    ),
    "ru_mirziyoyev": (
        (5, 27),
        "uza_ru",
        (
            "Президент Узбекистана Шавкат Мирзиёев принял в Ташкенте делегацию во главе с "
            "Владимиром Путиным. Подписано соглашение о строительстве атомной электростанции малой"
            " мощности."
        ),
    ),
    "ru_mirzieev_e": (
        (11, 19),
        "tass_ru",
        (
            "Мирзиеев посетил Баку, где встретился с Ильхамом Алиевым на полях климатической "
            "конференции COP29."
        ),
    ),
    "ru_lukashenko": (
        (12, 6),
        "belta_ru",
        (
            "Александр Лукашенко и Владимир Путин подписали в Минске договор о гарантиях "
            "безопасности в рамках Союзного государства."
        ),
    ),
    "ru_belarus_name": (
        (1, 29),
        "ria_ru",
        (
            "Белоруссия с 1 января председательствует в ЕАЭС. В Минске прошёл первый в году "
            "межправсовет."
        ),
    ),
    "ru_mfa_ambassador": (
        (6, 5),
        "mid_rf",
        (
            "Посла Германии вызвали в МИД России в связи с заявлениями о передаче Киеву "
            "дальнобойного вооружения."
        ),
    ),
    "ru_after_word": (
        (6, 6),
        "ria_ru",
        "После встречи стороны не сделали никаких заявлений для прессы.",
    ),
    "ru_ambassadors_meet": (
        (2, 1),
        "mid_rf",
        (
            "Министр встретился с послами стран Африки, аккредитованными в Москве, и обсудил "
            "подготовку ко второй министерской конференции «Россия — Африка»."
        ),
    ),
    "en_lavrov_unga": (
        (9, 28),
        "tass_en",
        (
            "Russian Foreign Minister Sergei Lavrov addressed the UN General Assembly, accusing "
            "Western countries of undermining the international order."
        ),
    ),
    "en_lavrov_possessive": (
        (7, 4),
        "reuters_world",
        (
            "Lavrov's remarks in Astana drew a sharp response from Kyiv, which called them an "
            "attempt to rewrite history."
        ),
    ),
    "en_lavrov_spelled": (
        (3, 1),
        "aljazeera_en",
        (
            "Sergey Lavrov met his Egyptian counterpart in Moscow to discuss the humanitarian "
            "situation in Gaza."
        ),
    ),
    "en_xi_putin": (
        (10, 22),
        "xinhua_en",
        (
            "President Xi Jinping held talks with Russian President Vladimir Putin on the "
            "sidelines of the BRICS summit in Kazan."
        ),
    ),
    "en_xi_macron": (
        (5, 6),
        "france24_en",
        (
            "French President Emmanuel Macron hosted Xi Jinping in Paris, pressing Beijing on "
            "trade imbalances and its ties with Moscow."
        ),
    ),
    "en_sco_astana": (
        (7, 4),
        "kazinform_en",
        (
            "Heads of state of the Shanghai Cooperation Organisation adopted the Astana "
            "Declaration and admitted Belarus as a full member."
        ),
    ),
    "en_sco_abbr": (
        (7, 3),
        "tass_en",
        (
            "SCO foreign ministers gathered in Astana on the eve of the summit; Belarus is set to "
            "become the tenth member of the bloc."
        ),
    ),
    "en_brics_kazan": (
        (10, 24),
        "reuters_world",
        (
            "BRICS leaders wrapped up their summit in Kazan with a declaration calling for reform "
            "of the global financial architecture."
        ),
    ),
    "en_brics_expansion": (
        (1, 1),
        "aljazeera_en",
        (
            "Egypt, Ethiopia, Iran and the United Arab Emirates officially joined BRICS on January"
            " 1, expanding the group to nine members."
        ),
    ),
    "en_un_resolution": (
        (3, 25),
        "un_news",
        (
            "The UN Security Council adopted a resolution demanding an immediate ceasefire in Gaza"
            " during the month of Ramadan; the United States abstained."
        ),
    ),
    "en_unsc_full": (
        (12, 20),
        "un_news",
        (
            "The United Nations Security Council extended the mandate of the peacekeeping mission "
            "in the Golan Heights for six months."
        ),
    ),
    "en_guterres_cop": (
        (11, 12),
        "un_news",
        (
            "Secretary-General António Guterres told leaders at COP29 in Baku that climate finance"
            " must be tripled."
        ),
    ),
    "en_guterres_noaccent": (
        (8, 15),
        "reuters_world",
        (
            "Antonio Guterres called for an urgent de-escalation after a strike on a school in "
            "northern Gaza."
        ),
    ),
    "en_imf_outlook": (
        (10, 22),
        "imf_news",
        (
            "The International Monetary Fund kept its global growth forecast at 3.2 percent for "
            "2024, warning of risks from trade fragmentation."
        ),
    ),
    "en_imf_abbr": (
        (4, 16),
        "reuters_business",
        (
            "The IMF raised its forecast for Russia's economy to 3.2% growth this year, citing "
            "strong military spending."
        ),
    ),
    "en_imf_ukraine": (
        (6, 28),
        "imf_news",
        (
            "The IMF Executive Board completed the fourth review of Ukraine's Extended Fund "
            "Facility, allowing disbursement of about $2.2 billion."
        ),
    ),
    "en_sanctions_eu": (
        (6, 24),
        "eu_council",
        (
            "The Council adopted a 14th package of sanctions against Russia, targeting liquefied "
            "natural gas transshipments for the first time."
        ),
    ),
    "en_sanctioned_firm": (
        (8, 23),
        "reuters_business",
        (
            "A Turkish logistics company was sanctioned by the US Treasury for helping Moscow "
            "evade export controls."
        ),
    ),
    "en_sanction_single": (
        (12, 16),
        "eu_council",
        (
            "The EU agreed its fifteenth sanction package, listing 52 vessels of the so-called "
            "shadow fleet."
        ),
    ),
    "en_treasury_us": (
        (5, 1),
        "reuters_business",
        (
            "The U.S. Treasury Department imposed penalties on nearly 300 entities in Russia and "
            "third countries."
        ),
    ),
    "en_join_us": (
        (2, 2),
        "ngo_feed",
        "Join us next week for a webinar on migration and the labour market.",
    ),
    "en_who_polio": (
        (8, 29),
        "who_news",
        (
            "The World Health Organization said it would begin polio vaccinations in Gaza during "
            "humanitarian pauses."
        ),
    ),
    "en_who_pronoun": (
        (9, 9),
        "ngo_feed",
        "Volunteers who delivered aid to the region described shortages of clean water.",
    ),
    "en_peace_summit": (
        (6, 16),
        "swissinfo_en",
        (
            "The peace summit at Bürgenstock ended with a joint communiqué endorsed by 80 "
            "countries; several BRICS members did not sign."
        ),
    ),
    "en_world_cup": (
        (7, 14),
        "bbc_sport",
        "Spain won the European Championship final in Berlin, their fourth continental title.",
    ),
    "en_wang_yi": (
        (2, 17),
        "xinhua_en",
        (
            "Foreign Minister Wang Yi told the Munich Security Conference that China and Europe "
            "are partners, not rivals."
        ),
    ),
    "en_wang_other": (
        (4, 2),
        "business_wire",
        "Samsung appointed Wang Li as head of its semiconductor unit in Shenzhen.",
    ),
    "en_erdogan": (
        (9, 24),
        "aa_en",
        (
            "Turkish President Recep Tayyip Erdoğan urged the UN General Assembly to stop what he "
            "called a genocide in Gaza."
        ),
    ),
    "en_erdogan_plain": (
        (3, 31),
        "reuters_world",
        (
            "Erdogan's ruling AKP suffered heavy losses in local elections, losing Istanbul and "
            "Ankara to the opposition."
        ),
    ),
    "en_tokayev": (
        (9, 2),
        "kazinform_en",
        (
            "Kazakh President Kassym-Jomart Tokayev and Vladimir Putin discussed energy "
            "cooperation in Astana."
        ),
    ),
    "en_tokaev_spelling": (
        (11, 9),
        "tass_en",
        (
            "Tokaev said Kazakhstan would hold a referendum on building its first nuclear power "
            "plant."
        ),
    ),
    "en_kazakhstan_ref": (
        (10, 7),
        "kazinform_en",
        (
            "Kazakhstan voters approved construction of a nuclear power plant in the October 6 "
            "referendum, with 71% in favour."
        ),
    ),
    "en_zelensky": (
        (9, 26),
        "ukrinform_en",
        (
            "Volodymyr Zelensky presented his victory plan to US President Joe Biden at the White "
            "House."
        ),
    ),
    "en_zelenskyy": (
        (2, 24),
        "kyiv_indep",
        (
            "President Volodymyr Zelenskyy marked two years since the full-scale invasion with a "
            "visit to Hostomel airport."
        ),
    ),
    "en_grain_deal": (
        (1, 15),
        "reuters_business",
        (
            "Ukraine's grain exports via its own Black Sea corridor rose to pre-war levels in the "
            "last quarter."
        ),
    ),
    "en_nebenzia": (
        (4, 15),
        "tass_en",
        (
            "Russia's UN Ambassador Vassily Nebenzia said the Security Council meeting on Iran was"
            " convened for show."
        ),
    ),
    "en_fidan_ankara": (
        (8, 12),
        "aa_en",
        (
            "Foreign Minister Hakan Fidan held phone calls with his Iranian and American "
            "counterparts to prevent a regional war."
        ),
    ),
    "en_blinken_trips": (
        (10, 22),
        "state_dept",
        (
            "Secretary Blinken traveled to Israel on his eleventh trip to the region since October"
            " 2023."
        ),
    ),
    "en_blinken_travelled": (
        (6, 10),
        "bbc_world",
        (
            "Antony Blinken travelled to Cairo and Doha to press for acceptance of the ceasefire "
            "proposal."
        ),
    ),
    "en_ministers_meeting": (
        (4, 18),
        "g7_news",
        "G7 foreign ministers meet in Capri as tensions rise in the Middle East.",
    ),
    "en_minister_met": (
        (11, 26),
        "g7_news",
        (
            "The Italian foreign minister met his counterparts in Fiuggi for the last G7 "
            "ministerial of the year."
        ),
    ),
    "ru_cb_rate_july": (
        (7, 26),
        "cbr_news",
        (
            "Банк России повысил ключевую ставку на 200 базисных пунктов, до 18% годовых. "
            "Инфляционное давление остаётся высоким."
        ),
    ),
    "ru_cb_rate_oct": (
        (10, 25),
        "rbc_ru",
        (
            "ЦБ поднял ключевую ставку до 21% — максимума с 2003 года. Регулятор допускает "
            "дальнейшее ужесточение политики."
        ),
    ),
    "ru_cb_nabiullina": (
        (11, 12),
        "interfax_ru",
        (
            "Эльвира Набиуллина заявила в Госдуме, что высокая ставка сохранится дольше, чем "
            "ожидали участники рынка."
        ),
    ),
    "ru_cb_bank_other": (
        (3, 14),
        "banki_ru",
        "Крупнейшие банки снизили ставки по вкладам после заявления регулятора.",
    ),
    "ru_inflation": (
        (12, 11),
        "rosstat_ru",
        (
            "Годовая инфляция в России в ноябре ускорилась до 8,88%. Сильнее всего подорожали "
            "овощи и сливочное масло."
        ),
    ),
    "ru_rouble": (
        (11, 27),
        "rbc_ru",
        (
            "Рубль ослаб до 114 за доллар впервые с марта 2022 года после санкций против "
            "Газпромбанка."
        ),
    ),
    "ru_gazprombank": (
        (11, 21),
        "interfax_ru",
        "Минфин США ввёл санкции против Газпромбанка и более пятидесяти российских банков.",
    ),
    "ru_sanctions_pack": (
        (6, 24),
        "ria_ru",
        (
            "Евросоюз утвердил четырнадцатый пакет санкций против России, впервые затронувший "
            "транзит сжиженного природного газа."
        ),
    ),
    "ru_sanctions_japan": (
        (1, 12),
        "tass_ru",
        (
            "Япония расширила антироссийские санкционные списки, включив в них ещё 11 компаний и "
            "12 физических лиц."
        ),
    ),
    "ru_imf_forecast": (
        (7, 16),
        "interfax_ru",
        (
            "Международный валютный фонд повысил прогноз роста российской экономики на 2024 год до"
            " 3,2%."
        ),
    ),
    "ru_imf_abbr": (
        (10, 22),
        "tass_ru",
        "МВФ ухудшил прогноз роста мировой экономики на 2025 год до 3,2%.",
    ),
    "ru_wb_forecast": (
        (6, 11),
        "rbc_ru",
        "Всемирный банк ожидает замедления экономического роста в Китае до 4,8% в 2024 году.",
    ),
    "ru_gdp": (
        (9, 4),
        "rosstat_ru",
        "Росстат подтвердил оценку роста ВВП во втором квартале на уровне 4,1%.",
    ),
    "ru_oil_opec": (
        (12, 5),
        "rbc_ru",
        (
            "Страны ОПЕК+ договорились продлить добровольные сокращения добычи нефти до конца "
            "марта 2025 года."
        ),
    ),
    "ru_oil_price": (
        (4, 12),
        "interfax_ru",
        (
            "Цены на нефть Brent превысили 90 долларов за баррель на фоне обострения на Ближнем "
            "Востоке."
        ),
    ),
    "ru_kursk": (
        (8, 7),
        "ria_ru",
        (
            "ВСУ предприняли попытку вторжения в Курскую область; в Судже и соседних районах "
            "введён режим ЧС."
        ),
    ),
    "ru_kursk_evac": (
        (8, 10),
        "tass_ru",
        "Из приграничных районов Курской области эвакуированы более 120 тысяч человек.",
    ),
    "ru_belgorod": (
        (12, 30),
        "ria_ru",
        (
            "В результате обстрела Белгорода 30 декабря 2023 года погибли 25 человек, в том числе "
            "пятеро детей. Годовщина отмечена траурными мероприятиями."
        ),
    ),
    "ru_avdeevka": (
        (2, 17),
        "tass_ru",
        "Российские войска полностью освободили Авдеевку, сообщило Министерство обороны.",
    ),
    "ru_drones_moscow": (
        (5, 30),
        "ria_ru",
        "Силы ПВО уничтожили над Московским регионом три беспилотника; пострадавших нет.",
    ),
    "ru_drone_single": (
        (11, 10),
        "tass_ru",
        (
            "Над Подмосковьем сбит беспилотный летательный аппарат, сообщил мэр Москвы Сергей "
            "Собянин."
        ),
    ),
    "ru_prisoner_swap": (
        (8, 1),
        "ria_ru",
        (
            "В Анкаре состоялся обмен заключёнными между Россией и западными странами: освобождены"
            " 26 человек."
        ),
    ),
    "ru_exchange_pows": (
        (12, 30),
        "tass_ru",
        (
            "Россия и Украина провели обмен пленными: на родину вернулись 150 российских "
            "военнослужащих."
        ),
    ),
    "ru_deception": (
        (9, 17),
        "crime_ru",
        (
            "Мошенники обманули пенсионерку на три миллиона рублей, представившись сотрудниками "
            "банка."
        ),
    ),
    "ru_gaza_ceasefire": (
        (11, 27),
        "ria_ru",
        (
            "Между Израилем и «Хезболлой» вступило в силу соглашение о прекращении огня. "
            "Израильская армия начнёт отвод войск из Южного Ливана."
        ),
    ),
    "ru_gaza_hum": (
        (3, 5),
        "tass_ru",
        (
            "Гуманитарная ситуация в секторе Газа стала катастрофической, заявили в агентстве ООН "
            "по делам палестинских беженцев."
        ),
    ),
    "ru_gas_exports": (
        (1, 10),
        "interfax_ru",
        (
            "Экспорт российского газа в Китай по «Силе Сибири» в 2024 году превысит 38 млрд "
            "кубометров."
        ),
    ),
    "ru_iran_strike": (
        (10, 1),
        "ria_ru",
        "Иран нанёс ракетный удар по Израилю; в КСИР заявили о применении около 200 ракет.",
    ),
    "ru_iran_president": (
        (5, 20),
        "tass_ru",
        "Президент Ирана Эбрахим Раиси погиб при крушении вертолёта на северо-западе страны.",
    ),
    "ru_iran_pezeshkian": (
        (7, 6),
        "ria_ru",
        (
            "Масуд Пезешкиан победил во втором туре президентских выборов в Иране, набрав 53,6% "
            "голосов."
        ),
    ),
    "ru_syria_assad": (
        (12, 8),
        "tass_ru",
        (
            "Башар Асад покинул пост президента Сирии и выехал из страны; Дамаск перешёл под "
            "контроль вооружённой оппозиции."
        ),
    ),
    "ru_assad_moscow": (
        (12, 9),
        "ria_ru",
        (
            "Асад и члены его семьи прибыли в Москву; Россия предоставила им убежище по "
            "гуманитарным соображениям."
        ),
    ),
    "ru_elections_russia": (
        (3, 18),
        "cik_ru",
        (
            "ЦИК подвёл итоги выборов президента России: Владимир Путин набрал 87,28% голосов при "
            "явке 77,49%."
        ),
    ),
    "ru_elections_us": (
        (11, 6),
        "ria_ru",
        (
            "Дональд Трамп одержал победу на президентских выборах в США, набрав более 270 голосов"
            " выборщиков."
        ),
    ),
    "ru_choice_word": (
        (4, 3),
        "lifestyle_ru",
        "Выбор смартфона в 2024 году: на что смотреть при покупке.",
    ),
    "ru_georgia_elect": (
        (10, 27),
        "tass_ru",
        (
            "Правящая партия «Грузинская мечта» набрала 53,9% на парламентских выборах в Грузии, "
            "сообщил ЦИК республики."
        ),
    ),
    "ru_cargo": (
        (9, 11),
        "rzd_news",
        (
            "Погрузка на сети РЖД в августе снизилась на 6,5%; перевозки грузов в направлении "
            "портов сократились."
        ),
    ),
    "ru_moldova_ref": (
        (10, 21),
        "ria_ru",
        (
            "На референдуме в Молдавии сторонники закрепления курса на ЕС в конституции получили "
            "50,35% голосов."
        ),
    ),
    "ru_moldova_sandu": (
        (11, 4),
        "tass_ru",
        "Майя Санду переизбрана президентом Молдовы во втором туре.",
    ),
    "ru_flood_orsk": (
        (4, 6),
        "ria_ru",
        (
            "В Орске Оренбургской области прорвало дамбу; подтоплены более четырёх тысяч домов, "
            "объявлен режим ЧС федерального характера."
        ),
    ),
    "ru_flood_kurgan": (
        (4, 12),
        "tass_ru",
        (
            "Уровень воды в Тоболе у Кургана продолжает расти, жители эвакуируются из подтопленных"
            " районов."
        ),
    ),
    "ru_quake_japan": (
        (1, 2),
        "ria_ru",
        (
            "Землетрясение магнитудой 7,6 на полуострове Ното в Японии: число погибших превысило "
            "60 человек."
        ),
    ),
    "ru_quake_taiwan": (
        (4, 3),
        "tass_ru",
        (
            "Сильнейшее за 25 лет землетрясение произошло у восточного побережья Тайваня, погибли "
            "девять человек."
        ),
    ),
    "ru_fire_crocus": (
        (3, 23),
        "ria_ru",
        "Число погибших при теракте в «Крокус Сити Холле» выросло до 133 человек.",
    ),
    "ru_date_dot": (
        (9, 15),
        "mid_rf",
        (
            "15.09.2024 в МИД России состоялись консультации с делегацией Лаосской "
            "Народно-Демократической Республики."
        ),
    ),
    "ru_date_words": (
        (9, 15),
        "tass_ru",
        (
            "15 сентября в Москве прошли консультации по вопросам безопасности с партнёрами из "
            "Юго-Восточной Азии."
        ),
    ),
    "ru_hashtag_sco": (
        (7, 2),
        "mid_rf",
        "#ШОС #Астана Делегация во главе с С.В.Лавровым прибыла в столицу Казахстана.",
    ),
    "ru_hashtag_brics": (
        (10, 20),
        "mid_rf",
        "#БРИКС2024 Министр провёл брифинг для иностранных журналистов накануне саммита.",
    ),
    "ru_three_countries": (
        (6, 19),
        "ria_ru",
        (
            "Три страны — Россия, Китай и Иран — провели совместные военно-морские учения в "
            "Оманском заливе."
        ),
    ),
    "ru_3_days": (
        (6, 20),
        "tass_ru",
        "Учения продлятся 3 дня, в них примут участие 20 кораблей.",
    ),
    "ru_higher_prices": (
        (8, 14),
        "rbc_ru",
        "Цены на бензин оказались выше прошлогодних: рост с начала года составил 7%.",
    ),
    "ru_high_level": (
        (2, 22),
        "mid_rf",
        "Переговоры на высоком уровне прошли в доверительной атмосфере.",
    ),
    "ru_strongest_growth": (
        (11, 29),
        "rbc_ru",
        "Сильнейший рост экспорта в страны Азии зафиксирован в сегменте удобрений.",
    ),
    "en_north_macedonia": (
        (5, 12),
        "balkan_insight",
        (
            "North Macedonia's new prime minister Hristijan Mickoski was sworn in after his "
            "party's landslide win in parliamentary elections."
        ),
    ),
    "en_macedonia_greek": (
        (3, 2),
        "ekathimerini",
        "Greek archaeologists uncovered a royal tomb in the region of Macedonia near Vergina.",
    ),
    "en_south_africa_icj": (
        (1, 11),
        "aljazeera_en",
        (
            "South Africa presented its genocide case against Israel at the International Court of"
            " Justice in The Hague."
        ),
    ),
    "en_south_africa_election": (
        (5, 30),
        "news24",
        (
            "South Africans voted in the most competitive election since 1994, with the ANC "
            "expected to lose its majority."
        ),
    ),
    "en_africa_summit": (
        (9, 5),
        "xinhua_en",
        (
            "The Forum on China-Africa Cooperation summit in Beijing pledged $51 billion in "
            "financing for African countries."
        ),
    ),
    "en_central_african": (
        (2, 19),
        "un_news",
        (
            "Peacekeepers in the Central African Republic reported renewed clashes in the "
            "north-west."
        ),
    ),
    "en_new_zealand": (
        (7, 30),
        "rnz_news",
        (
            "New Zealand's government announced it would join the second pillar of the AUKUS "
            "security pact in a non-nuclear role."
        ),
    ),
    "en_zealand_danish": (
        (6, 1),
        "thelocal_dk",
        "Ferry traffic between Zealand and the island of Funen was suspended due to a storm.",
    ),
    "en_new_york": (
        (9, 23),
        "ap_world",
        "World leaders arrived in New York for the General Assembly's high-level week.",
    ),
    "en_york_uk": (
        (5, 4),
        "bbc_local",
        "York's historic city walls will be closed for repairs until autumn.",
    ),
    "en_niger_junta": (
        (3, 17),
        "reuters_africa",
        (
            "Niger's military junta revoked a defence agreement that allowed US troops to operate "
            "in the country."
        ),
    ),
    "en_nigeria_fuel": (
        (6, 4),
        "reuters_africa",
        (
            "Nigeria's labour unions began an indefinite strike over the minimum wage, shutting "
            "down the national grid."
        ),
    ),
    "en_sudan_war": (
        (4, 15),
        "aljazeera_en",
        (
            "The war in Sudan entered its second year with more than eight million people "
            "displaced by fighting between the army and the RSF."
        ),
    ),
    "en_south_sudan": (
        (7, 9),
        "un_news",
        (
            "South Sudan marked its independence day amid an economic crisis after oil exports "
            "through Sudan were disrupted."
        ),
    ),
    "en_congo_drc": (
        (1, 20),
        "reuters_africa",
        (
            "Felix Tshisekedi was sworn in for a second term as president of the Democratic "
            "Republic of the Congo."
        ),
    ),
    "en_mali_wagner": (
        (7, 29),
        "france24_en",
        (
            "Tuareg rebels in northern Mali claimed they had killed dozens of Wagner fighters near"
            " the Algerian border."
        ),
    ),
    "en_korea_north": (
        (11, 4),
        "yonhap_en",
        (
            "North Korea fired a short-range ballistic missile into the East Sea, South Korea's "
            "military said."
        ),
    ),
    "en_korea_martial": (
        (12, 4),
        "yonhap_en",
        (
            "South Korean President Yoon Suk Yeol lifted martial law hours after declaring it, as "
            "lawmakers voted to overturn it."
        ),
    ),
    "en_japan_quake": (
        (1, 2),
        "nhk_world",
        (
            "A magnitude 7.6 earthquake struck the Noto Peninsula on New Year's Day, killing at "
            "least 64 people."
        ),
    ),
    "en_taiwan_quake": (
        (4, 3),
        "focus_taiwan",
        (
            "Taiwan's strongest earthquake in 25 years struck Hualien, killing nine people and "
            "injuring hundreds."
        ),
    ),
    "en_quakes_plural": (
        (4, 4),
        "usgs_feed",
        "Hundreds of aftershocks followed the main quake off Taiwan's east coast.",
    ),
    "en_india_election": (
        (6, 4),
        "ndtv_world",
        (
            "Narendra Modi claimed victory for his alliance as India's election results showed the"
            " BJP falling short of a majority on its own."
        ),
    ),
    "en_modi_moscow": (
        (7, 9),
        "tass_en",
        (
            "Indian Prime Minister Narendra Modi held talks with Vladimir Putin in Moscow during "
            "his first visit since 2019."
        ),
    ),
    "en_fashion": (
        (9, 14),
        "style_feed",
        "Milan fashion week showcased bold colours and a return of tailored suits.",
    ),
    "en_indonesia_prabowo": (
        (10, 20),
        "antara_en",
        "Prabowo Subianto was sworn in as Indonesia's eighth president in Jakarta.",
    ),
    "en_pakistan_vote": (
        (2, 9),
        "dawn_world",
        (
            "Pakistan's election count was delayed amid mobile network shutdowns; independents "
            "backed by Imran Khan led."
        ),
    ),
    "en_bangladesh": (
        (8, 5),
        "bbc_world",
        (
            "Bangladesh Prime Minister Sheikh Hasina resigned and fled the country after weeks of "
            "deadly protests."
        ),
    ),
    "en_us_election": (
        (11, 6),
        "ap_world",
        ("Donald Trump won the US presidential election, defeating Vice President Kamala Harris."),
    ),
    "en_trump_card": (
        (3, 10),
        "bridge_club",
        "Playing your trump card too early is the commonest mistake in bridge.",
    ),
    "en_harris_debate": (
        (9, 10),
        "ap_world",
        (
            "Kamala Harris and Donald Trump clashed over the economy and immigration in their "
            "first and only debate."
        ),
    ),
    "en_uk_election": (
        (7, 5),
        "bbc_world",
        (
            "Labour's Keir Starmer became prime minister after his party won a landslide in the "
            "general election."
        ),
    ),
    "en_eu_elections": (
        (6, 10),
        "politico_eu",
        (
            "Far-right parties made gains in the European Parliament elections, while the "
            "centre-right EPP remained the largest group."
        ),
    ),
    "en_election_single": (
        (1, 14),
        "focus_taiwan",
        "Lai Ching-te of the DPP won Taiwan's presidential election with 40% of the vote.",
    ),
    "en_elected": (
        (12, 1),
        "reuters_world",
        (
            "Romania's constitutional court annulled the first round after the election was marred"
            " by allegations of Russian interference."
        ),
    ),
    "en_israel_iran": (
        (10, 26),
        "reuters_world",
        (
            "Israel carried out strikes on military targets in Iran in retaliation for the October"
            " 1 missile attack."
        ),
    ),
    "en_iran_missiles": (
        (10, 1),
        "aljazeera_en",
        "Iran launched about 180 ballistic missiles at Israel, most of which were intercepted.",
    ),
    "en_hezbollah_truce": (
        (11, 27),
        "reuters_world",
        (
            "A ceasefire between Israel and Hezbollah took effect in Lebanon, ending more than a "
            "year of cross-border fighting."
        ),
    ),
    "en_cease_fire_hyphen": (
        (5, 7),
        "ap_world",
        (
            "Hamas said it accepted an Egyptian-Qatari cease-fire proposal; Israel said it was far"
            " from its demands."
        ),
    ),
    "en_hama_city": (
        (12, 5),
        "reuters_world",
        "Syrian rebels captured the city of Hama after government forces withdrew.",
    ),
    "en_hamas_leader": (
        (10, 17),
        "aljazeera_en",
        "Israel said its forces killed Hamas leader Yahya Sinwar in Rafah.",
    ),
    "en_houthis_red_sea": (
        (1, 12),
        "reuters_world",
        (
            "US and British forces struck Houthi targets in Yemen after months of attacks on "
            "shipping in the Red Sea."
        ),
    ),
    "en_houthi_attacks": (
        (3, 7),
        "ap_world",
        (
            "A Houthi missile attack killed three crew members of a bulk carrier in the Gulf of "
            "Aden, the first deaths since the campaign began."
        ),
    ),
    "en_ukraine_aid": (
        (4, 24),
        "ap_world",
        (
            "President Biden signed a $95 billion foreign aid package including $61 billion for "
            "Ukraine."
        ),
    ),
    "en_ukrainian_drones": (
        (9, 1),
        "kyiv_indep",
        "Ukrainian drones struck an oil refinery in the Moscow region, officials said.",
    ),
    "en_kursk_incursion": (
        (8, 14),
        "reuters_world",
        "Ukraine said its troops had advanced up to 35 km into Russia's Kursk region.",
    ),
    "en_atacms": (
        (11, 19),
        "reuters_world",
        (
            "Ukraine fired US-made ATACMS missiles at a target in Russia's Bryansk region for the "
            "first time."
        ),
    ),
    "en_frozen_assets": (
        (6, 13),
        "g7_news",
        (
            "G7 leaders agreed a $50 billion loan for Ukraine backed by profits from frozen "
            "Russian assets."
        ),
    ),
    "en_froze_accounts": (
        (3, 20),
        "eu_council",
        "Belgium froze accounts linked to the Russian central bank held at Euroclear.",
    ),
    "en_fed_cut": (
        (9, 18),
        "reuters_business",
        (
            "The Federal Reserve cut interest rates by half a percentage point, its first "
            "reduction since 2020."
        ),
    ),
    "en_fed_abbr": (
        (12, 18),
        "reuters_business",
        "The Fed lowered rates by 25 basis points and signalled fewer cuts next year.",
    ),
    "en_inflation_uk": (
        (10, 16),
        "bbc_business",
        "UK inflation fell to 1.7% in September, the lowest rate in more than three years.",
    ),
    "en_ecb_rates": (
        (6, 6),
        "ecb_news",
        "The European Central Bank lowered its three key interest rates by 25 basis points.",
    ),
    "en_china_growth": (
        (10, 18),
        "xinhua_en",
        (
            "China's economy grew 4.6% year on year in the third quarter, slightly below "
            "expectations."
        ),
    ),
    "en_higher_tariffs": (
        (5, 14),
        "ap_world",
        (
            "The Biden administration imposed higher tariffs on Chinese electric vehicles, raising"
            " the duty to 100%."
        ),
    ),
    "en_tariff_high": (
        (11, 26),
        "reuters_business",
        (
            "Trump vowed high tariffs on imports from Mexico, Canada and China on his first day in"
            " office."
        ),
    ),
    "en_flood_valencia": (
        (10, 30),
        "bbc_world",
        (
            "Flash floods in Valencia killed more than 200 people in Spain's deadliest natural "
            "disaster in decades."
        ),
    ),
    "en_flooding_germany": (
        (6, 3),
        "dw_news",
        "Flooding in southern Germany forced thousands of people from their homes in Bavaria.",
    ),
    "en_hurricane_helene": (
        (9, 27),
        "ap_world",
        "Hurricane Helene made landfall in Florida's Big Bend region as a Category 4 storm.",
    ),
    "en_hurricanes_milton": (
        (10, 10),
        "ap_world",
        (
            "Milton became the second hurricane in two weeks to hit Florida, spawning deadly "
            "tornadoes."
        ),
    ),
    "en_wildfire_canada": (
        (7, 25),
        "cbc_news",
        "A wildfire destroyed a third of the town of Jasper in Alberta.",
    ),
    "en_wildfires_plural": (
        (8, 12),
        "ap_world",
        "Wildfires fanned by strong winds burned homes on the outskirts of Athens.",
    ),
    "en_stronger_ties": (
        (5, 17),
        "xinhua_en",
        (
            "China and Russia pledged stronger ties in a joint statement marking 75 years of "
            "diplomatic relations."
        ),
    ),
    "en_strong_dollar": (
        (10, 30),
        "reuters_business",
        "A strong dollar weighed on emerging market currencies in October.",
    ),
    "en_quote_multipolar": (
        (9, 10),
        "tass_en",
        ('The foreign minister said the emergence of a "multipolar world order" was irreversible.'),
    ),
    "en_hashtag_cop": (
        (11, 11),
        "unfccc_feed",
        "#COP29 opens in Baku with negotiations on a new climate finance goal.",
    ),
    "en_armenia_azerbaijan": (
        (8, 30),
        "civilnet_en",
        (
            "Armenia and Azerbaijan agreed on 17 articles of a draft peace treaty, the Armenian "
            "foreign minister said."
        ),
    ),
    "en_azerbaijani_cop": (
        (11, 12),
        "apa_en",
        (
            "Azerbaijani President Ilham Aliyev accused France of colonial crimes in his COP29 "
            "speech."
        ),
    ),
    "en_aliev_spelling": (
        (2, 8),
        "tass_en",
        "Ilham Aliev won a fifth term in a snap presidential election in Azerbaijan.",
    ),
    "en_georgia_law": (
        (5, 28),
        "civil_ge",
        "Georgia's parliament overrode a presidential veto on the foreign agents law.",
    ),
    "en_georgia_us": (
        (11, 5),
        "ap_us",
        "Voters in Atlanta, Georgia waited in long lines on Election Day.",
    ),
    "ru_saf_full": (
        (8, 21),
        "mid_rf",
        (
            "Министр иностранных дел Южно-Африканской Республики Рональд Ламола провёл в Москве "
            "переговоры с С.В.Лавровым."
        ),
    ),
    "ru_saf_abbr": (
        (5, 31),
        "tass_ru",
        (
            "В ЮАР подвели итоги парламентских выборов: Африканский национальный конгресс впервые "
            "с 1994 года лишился большинства."
        ),
    ),
    "ru_saf_adj": (
        (6, 14),
        "ria_ru",
        "Южноафриканский парламент переизбрал Сирила Рамафосу президентом страны.",
    ),
    "ru_africa_general": (
        (11, 9),
        "mid_rf",
        (
            "В Сочи прошла первая министерская конференция форума партнёрства «Россия — Африка». В"
            " ней участвовали представители более пятидесяти африканских государств."
        ),
    ),
    "ru_north_macedonia": (
        (5, 13),
        "ria_ru",
        (
            "Новым премьер-министром Северной Македонии стал Христиан Мицкоски, лидер партии "
            "ВМРО-ДПМНЕ."
        ),
    ),
    "ru_macedonia_old": (
        (10, 2),
        "history_ru",
        "Александр Македонский родился в Пелле, столице древней Македонии.",
    ),
    "ru_new_zealand": (
        (3, 22),
        "tass_ru",
        ("Новая Зеландия расширила санкции против России, включив в список ещё 28 физических лиц."),
    ),
    "ru_zealand_other": (
        (7, 18),
        "sport_ru",
        "Сборная Новой Зеландии по регби обыграла аргентинцев со счётом 42:10.",
    ),
    "ru_guinea_bissau": (
        (11, 15),
        "tass_ru",
        "Президент Гвинеи-Бисау Умару Сисоку Эмбало прибыл в Москву с рабочим визитом.",
    ),
    "ru_guinea": (
        (9, 5),
        "ria_ru",
        "Глава переходного правительства Гвинеи принял российскую делегацию в Конакри.",
    ),
    "ru_saudi": (
        (10, 16),
        "ria_ru",
        (
            "Саудовская Аравия рассматривает возможность вступления в БРИКС, сообщил министр "
            "торговли королевства."
        ),
    ),
    "ru_uae": (
        (8, 22),
        "tass_ru",
        (
            "При посредничестве ОАЭ Россия и Украина провели обмен военнопленными: по 89 человек с"
            " каждой стороны."
        ),
    ),
    "ru_emirates": (
        (1, 17),
        "ria_ru",
        (
            "Объединённые Арабские Эмираты стали крупнейшим торговым партнёром России в регионе "
            "Персидского залива."
        ),
    ),
    "ru_egypt": (
        (3, 6),
        "mid_rf",
        "Египет и Россия обсудили ход строительства АЭС «Эль-Дабаа», возводимой «Росатомом».",
    ),
    "ru_ethiopia": (
        (10, 25),
        "tass_ru",
        (
            "Премьер-министр Эфиопии Абий Ахмед, выступая в Казани, подчеркнул значимость "
            "расширения БРИКС для стран Глобального Юга."
        ),
    ),
    "ru_gerund": (
        (2, 10),
        "mid_rf",
        (
            "Министр, отметив важность диалога, призвал стороны воздерживаться от односторонних "
            "шагов."
        ),
    ),
    "ru_noted_past": (
        (2, 11),
        "ria_ru",
        "Посол отметил, что двусторонняя торговля за год выросла в полтора раза.",
    ),
    "ru_african_union": (
        (2, 18),
        "tass_ru",
        "В Аддис-Абебе завершился саммит Африканского союза, посвящённый вопросам образования.",
    ),
    "ru_au_abbr": (
        (9, 25),
        "mid_rf",
        "Россия приветствует вступление АС в «Группу двадцати» в качестве постоянного члена.",
    ),
    "ru_asean": (
        (10, 10),
        "ria_ru",
        "Саммит АСЕАН во Вьентьяне завершился принятием заявления о ситуации в Мьянме.",
    ),
    "ru_asean_full": (
        (7, 26),
        "mid_rf",
        (
            "Лавров принял участие в министерской встрече Россия — Ассоциация государств "
            "Юго-Восточной Азии в Лаосе."
        ),
    ),
    "ru_vietnam": (
        (6, 20),
        "tass_ru",
        (
            "Владимир Путин и генеральный секретарь ЦК КПВ То Лам подписали в Ханое совместное "
            "заявление о всеобъемлющем стратегическом партнёрстве."
        ),
    ),
    "ru_dprk": (
        (6, 19),
        "ria_ru",
        (
            "Россия и КНДР подписали Договор о всеобъемлющем стратегическом партнёрстве во время "
            "визита Путина в Пхеньян."
        ),
    ),
    "ru_north_korea": (
        (11, 4),
        "tass_ru",
        "Северная Корея провела испытательный пуск межконтинентальной баллистической ракеты.",
    ),
    "ru_south_korea": (
        (12, 4),
        "ria_ru",
        (
            "Президент Республики Корея Юн Сок Ёль отменил военное положение через шесть часов "
            "после его введения."
        ),
    ),
    "ru_japan_pm": (
        (10, 1),
        "tass_ru",
        "Парламент Японии утвердил Сигэру Исибу на посту премьер-министра.",
    ),
    "ru_india_modi": (
        (7, 8),
        "ria_ru",
        (
            "Премьер-министр Индии Нарендра Моди прибыл в Москву; это его первый визит в Россию за"
            " пять лет."
        ),
    ),
    "ru_fashion": (
        (9, 15),
        "style_ru",
        "Неделя моды в Москве собрала рекордное число посетителей.",
    ),
    "ru_china_mfa": (
        (4, 9),
        "tass_ru",
        "Министр иностранных дел КНР Ван И провёл переговоры с Сергеем Лавровым в Пекине.",
    ),
    "ru_wang_other": (
        (6, 3),
        "business_ru",
        "Ван Лимин возглавил российское представительство китайского автопроизводителя.",
    ),
    "ru_mongolia": (
        (9, 3),
        "ria_ru",
        (
            "Путин прибыл в Улан-Батор с официальным визитом, несмотря на ордер Международного "
            "уголовного суда."
        ),
    ),
    "ru_icc": (
        (3, 17),
        "mid_rf",
        "Решения МУС не имеют для России юридических последствий, заявили в МИД.",
    ),
    "ru_five_points": (
        (5, 19),
        "mid_rf",
        "Стороны согласовали план из пяти пунктов по урегулированию кризиса.",
    ),
    "ru_5_years": (
        (7, 9),
        "tass_ru",
        "Это первый за 5 лет визит индийского премьера в Москву.",
    ),
    "ru_third_round": (
        (8, 16),
        "ria_ru",
        "Третий раунд консультаций по Южному Кавказу пройдёт в Тегеране.",
    ),
    "ru_3rd_forum": (
        (9, 6),
        "tass_ru",
        "Открылся 3-й Восточный экономический форум в новом формате.",
    ),
    "ru_bigger": (
        (4, 22),
        "rbc_ru",
        "Экономика Индии стала крупнее британской и продолжает расти быстрее китайской.",
    ),
    "ru_big": (
        (4, 23),
        "rbc_ru",
        "Индия — крупный покупатель российской нефти.",
    ),
    "ru_more_trade": (
        (5, 15),
        "tass_ru",
        "Товарооборот России и Китая превысил 240 млрд долларов, что больше, чем годом ранее.",
    ),
    "ru_sanctions_short": (
        (2, 23),
        "mid_rf",
        "Новые санкции Вашингтона бессмысленны и обречены на провал.",
    ),
    "ru_declared_short": (
        (3, 28),
        "mid_rf",
        "Дипломат объявлен персоной нон грата и должен покинуть страну в течение 72 часов.",
    ),
    "ru_expel": (
        (3, 29),
        "ria_ru",
        "Россия выслала четырёх европейских дипломатов в ответ на недружественные действия.",
    ),
    "ru_expelled": (
        (4, 5),
        "tass_ru",
        "Высланные из Москвы сотрудники посольства покинули страну.",
    ),
    "en_mfa_ru_briefing": (
        (3, 14),
        "mid_en",
        (
            "Foreign Ministry Spokeswoman Maria Zakharova said at a briefing that the Russian "
            "Federation rejects attempts to politicise the Olympic movement."
        ),
    ),
    "en_zakharova_spelling": (
        (8, 29),
        "tass_en",
        (
            "Maria Zakharova: Moscow views the detention of Pavel Durov in France as a political "
            "act."
        ),
    ),
    "en_zakharov_other": (
        (5, 21),
        "nhl_feed",
        "Forward Andrei Zakharov signed a two-year extension with his club.",
    ),
    "en_peskov": (
        (7, 18),
        "tass_en",
        (
            "Kremlin spokesman Dmitry Peskov said Moscow was closely watching the US election "
            "campaign."
        ),
    ),
    "en_medvedev": (
        (8, 9),
        "tass_en",
        (
            "Dmitry Medvedev, deputy chairman of Russia's Security Council, warned of a harsh "
            "response to the Kursk incursion."
        ),
    ),
    "en_medvedev_tennis": (
        (1, 28),
        "atp_feed",
        "Daniil Medvedev lost the Australian Open final to Jannik Sinner in five sets.",
    ),
    "en_state_briefing": (
        (5, 14),
        "state_dept",
        (
            "Department Press Briefing: Spokesperson Matthew Miller took questions on Rafah and "
            "humanitarian access."
        ),
    ),
    "en_state_spokesperson": (
        (2, 6),
        "state_dept",
        (
            "The spokesperson said the United States welcomes the agreement between Armenia and "
            "Azerbaijan on border delimitation."
        ),
    ),
    "en_fcdo_statement": (
        (4, 14),
        "fcdo",
        (
            "The Foreign Secretary David Cameron condemned Iran's attack on Israel in the "
            "strongest terms."
        ),
    ),
    "en_cameron_visit": (
        (3, 19),
        "fcdo",
        "Lord Cameron visited Kyiv and announced new support for Ukraine's energy sector.",
    ),
    "en_lammy": (
        (7, 7),
        "fcdo",
        (
            "New Foreign Secretary David Lammy travelled to Germany, Poland and Sweden on his "
            "first trip abroad."
        ),
    ),
    "en_china_mfa_presser": (
        (6, 20),
        "mfa_china",
        (
            "Foreign Ministry Spokesperson Lin Jian's regular press conference: China firmly "
            "opposes the EU's anti-subsidy investigation."
        ),
    ),
    "en_china_mao": (
        (1, 15),
        "mfa_china",
        "Spokesperson Mao Ning answered questions on the election in the Taiwan region.",
    ),
    "en_china_taiwan_word": (
        (5, 20),
        "focus_taiwan",
        (
            "Lai Ching-te was inaugurated as Taiwan's president, calling on Beijing to stop "
            "intimidation."
        ),
    ),
    "en_kremlin_sought": (
        (11, 13),
        "reuters_world",
        "The Kremlin sought to play down reports of a phone call between Putin and Trump.",
    ),
    "en_seeking_talks": (
        (12, 2),
        "reuters_world",
        "Hungary's Viktor Orbán is seeking talks with both Moscow and Kyiv, his office said.",
    ),
    "en_orban_spell": (
        (7, 5),
        "tass_en",
        (
            "Viktor Orban arrived in Moscow on what he called a peace mission, days after visiting"
            " Kyiv."
        ),
    ),
    "en_spoke_phone": (
        (1, 25),
        "mfa_turkey",
        (
            "Minister Fidan spoke by phone with Secretary Blinken about the situation in the Red "
            "Sea."
        ),
    ),
    "en_speaks_phone": (
        (6, 29),
        "mfa_turkey",
        "The minister speaks regularly with his counterparts in the Gulf.",
    ),
    "en_brought_aid": (
        (2, 27),
        "wfp_news",
        "A convoy brought food to northern Gaza for the first time in a month.",
    ),
    "en_bring_back": (
        (9, 13),
        "icrc_feed",
        "The ICRC helped bring back 103 prisoners of war to their homes.",
    ),
    "en_began_talks": (
        (1, 31),
        "au_news",
        "Ethiopia and Somalia began talks in Ankara mediated by Turkey.",
    ),
    "en_beginning": (
        (10, 3),
        "au_news",
        "The beginning of the rainy season threatens displaced people in Sudan.",
    ),
    "en_holds_talks": (
        (2, 13),
        "mfa_egypt",
        "Egypt holds talks with Israel and Hamas on a truce deal in Cairo.",
    ),
    "en_held_talks": (
        (5, 3),
        "mfa_egypt",
        "Egypt held talks with Hamas negotiators, a senior official said.",
    ),
    "en_children_gaza": (
        (4, 1),
        "unicef_feed",
        "More than 13,000 children have been killed in Gaza, UNICEF said.",
    ),
    "en_child_single": (
        (11, 20),
        "unicef_feed",
        "Every child has the right to education, even in war zones.",
    ),
    "en_crisis": (
        (9, 23),
        "un_news",
        "The Security Council held an emergency session on the crisis in Lebanon.",
    ),
    "en_crises_plural": (
        (12, 10),
        "ocha_feed",
        "Humanitarian crises in Sudan, Gaza and Haiti are stretching donors thin.",
    ),
    "en_haiti": (
        (3, 12),
        "ap_world",
        (
            "Haiti's Prime Minister Ariel Henry agreed to resign as gangs seized control of the "
            "capital."
        ),
    ),
    "en_kenya_haiti": (
        (6, 25),
        "reuters_africa",
        (
            "The first Kenyan police officers arrived in Haiti to lead a multinational security "
            "mission."
        ),
    ),
    "en_organisation_uk": (
        (10, 9),
        "fcdo",
        "The UK urged the Organisation for the Prohibition of Chemical Weapons to investigate.",
    ),
    "en_organization_us": (
        (10, 11),
        "state_dept",
        (
            "The OPCW confirmed the use of chemical weapons by Russia in Ukraine, the State "
            "Department said."
        ),
    ),
    "en_defence_uk": (
        (11, 22),
        "fcdo",
        "The UK will increase defence spending to 2.5% of GDP, the Defence Secretary said.",
    ),
    "en_defense_us": (
        (4, 20),
        "ap_world",
        "The House passed the defense bill after months of delay.",
    ),
    "en_programme": (
        (3, 8),
        "wfp_news",
        "WFP's school feeding programme reached one million children in Chad.",
    ),
    "en_chad_vote": (
        (5, 10),
        "reuters_africa",
        (
            "Chad's transitional leader Mahamat Idriss Deby was declared winner of the "
            "presidential election."
        ),
    ),
    "en_date_us": (
        (3, 15),
        "state_dept",
        "On March 15, 2024, the Secretary met with the Prime Minister of the Philippines.",
    ),
    "en_date_uk": (
        (3, 15),
        "fcdo",
        "On 15 March 2024 the Foreign Secretary spoke with the Philippine foreign secretary.",
    ),
    "en_philippines_sea": (
        (8, 31),
        "pna_feed",
        (
            "Chinese coast guard vessels rammed a Philippine ship near Sabina Shoal in the South "
            "China Sea."
        ),
    ),
    "en_three_ships": (
        (6, 17),
        "pna_feed",
        "Three Chinese ships blocked a resupply mission to Second Thomas Shoal.",
    ),
    "en_3_vessels": (
        (6, 18),
        "reuters_world",
        "Beijing said 3 vessels had entered waters it claims near the shoal.",
    ),
    "en_hashtag_brics": (
        (10, 21),
        "tass_en",
        "#BRICS2024 Kazan is ready to welcome delegations from 36 countries.",
    ),
    "en_quote_green": (
        (10, 22),
        "kremlin_en",
        (
            'Putin said the bloc should develop a "new investment platform" to fund projects in '
            "the Global South."
        ),
    ),
    "en_global_south": (
        (9, 12),
        "mfa_india",
        "India will host a summit of the Voice of the Global South in a virtual format.",
    ),
    "en_eaeu": (
        (5, 8),
        "tass_en",
        (
            "Leaders of the Eurasian Economic Union met in Moscow to mark the bloc's tenth "
            "anniversary."
        ),
    ),
    "en_eaeu_abbr": (
        (12, 26),
        "belta_en",
        ("EAEU heads of state approved the union's budget for 2025 at a meeting in St Petersburg."),
    ),
    "en_csto": (
        (11, 28),
        "tass_en",
        "CSTO leaders met in Astana without Armenia, which has frozen its participation.",
    ),
    "en_cis": (
        (10, 8),
        "tass_en",
        (
            "The Commonwealth of Independent States summit in Moscow approved Tajikistan's "
            "chairmanship for 2025."
        ),
    ),
    "en_osce": (
        (12, 5),
        "osce_feed",
        (
            "The OSCE Ministerial Council in Malta ended without agreement on the organisation's "
            "top posts."
        ),
    ),
    "ru_iaea_zaes": (
        (9, 5),
        "ria_ru",
        (
            "Генеральный директор МАГАТЭ Рафаэль Гросси посетил Запорожскую АЭС и встретился с "
            "персоналом станции."
        ),
    ),
    "ru_iaea_full": (
        (6, 6),
        "tass_ru",
        (
            "Совет управляющих Международного агентства по атомной энергии принял резолюцию по "
            "Ирану, Россия и Китай голосовали против."
        ),
    ),
    "en_iaea": (
        (9, 5),
        "iaea_news",
        (
            "IAEA Director General Rafael Grossi visited the Zaporizhzhia Nuclear Power Plant for "
            "the fifth time since the conflict began."
        ),
    ),
    "en_iaea_full": (
        (11, 21),
        "iaea_news",
        (
            "The International Atomic Energy Agency Board of Governors adopted a resolution "
            "criticising Iran's cooperation."
        ),
    ),
    "ru_who": (
        (8, 14),
        "tass_ru",
        (
            "ВОЗ объявила вспышку оспы обезьян чрезвычайной ситуацией в области общественного "
            "здравоохранения международного значения."
        ),
    ),
    "ru_cart": (
        (7, 1),
        "village_ru",
        "На ярмарке в селе показали старинный воз для перевозки сена.",
    ),
    "en_mpox": (
        (8, 14),
        "who_news",
        (
            "WHO declared the mpox outbreak in Africa a public health emergency of international "
            "concern."
        ),
    ),
    "ru_unesco": (
        (11, 20),
        "mid_rf",
        ("Российская делегация приняла участие в сессии Генеральной конференции ЮНЕСКО в Париже."),
    ),
    "ru_kyrgyz": (
        (4, 2),
        "kabar_ru",
        "Кыргызстан и Таджикистан подписали протокол о прохождении границы на спорном участке.",
    ),
    "ru_kirgizia": (
        (6, 14),
        "ria_ru",
        "Премьер Киргизии обсудил с российскими коллегами поставки топлива.",
    ),
    "ru_tajik": (
        (9, 13),
        "khovar_ru",
        ("Президент Таджикистана Эмомали Рахмон провёл переговоры с Владимиром Путиным в Душанбе."),
    ),
    "ru_azerbaijan": (
        (8, 19),
        "apa_ru",
        "Президент Азербайджана Ильхам Алиев встретил Владимира Путина в Баку.",
    ),
    "ru_alieva": (
        (3, 5),
        "apa_ru",
        "Первый вице-президент Азербайджана Мехрибан Алиева открыла новую школу в Шуше.",
    ),
    "ru_pashinyan": (
        (5, 10),
        "armenpress_ru",
        ("Никол Пашинян и Ильхам Алиев провели встречу в Алма-Ате при посредничестве Казахстана."),
    ),
    "ru_romania": (
        (12, 7),
        "ria_ru",
        ("Конституционный суд Румынии аннулировал результаты первого тура президентских выборов."),
    ),
    "ru_georgescu": (
        (11, 25),
        "tass_ru",
        "Кэлин Джорджеску неожиданно лидирует в первом туре выборов президента Румынии.",
    ),
    "en_romania": (
        (11, 25),
        "reuters_world",
        (
            "Calin Georgescu, a far-right outsider, topped the first round of Romania's "
            "presidential election."
        ),
    ),
    "ru_eu_parliament": (
        (6, 10),
        "ria_ru",
        "Ультраправые партии усилили позиции на выборах в Европарламент.",
    ),
    "ru_von_der_leyen": (
        (7, 18),
        "tass_ru",
        "Урсула фон дер Ляйен переизбрана на пост председателя Еврокомиссии.",
    ),
    "en_von_der_leyen": (
        (7, 18),
        "politico_eu",
        "Ursula von der Leyen secured a second term as European Commission president.",
    ),
    "ru_scholz": (
        (12, 16),
        "ria_ru",
        "Канцлер Германии Олаф Шольц проиграл голосование о доверии в бундестаге.",
    ),
    "en_scholz": (
        (11, 15),
        "dw_news",
        ("Olaf Scholz spoke with Vladimir Putin by phone for the first time in nearly two years."),
    ),
    "ru_macron": (
        (6, 9),
        "tass_ru",
        "Эмманюэль Макрон объявил о роспуске Национального собрания и досрочных выборах.",
    ),
    "en_macron_troops": (
        (2, 27),
        "france24_en",
        "Macron said sending Western troops to Ukraine could not be ruled out.",
    ),
    "ru_starmer": (
        (7, 5),
        "ria_ru",
        "Лидер лейбористов Кир Стармер стал премьер-министром Великобритании.",
    ),
    "ru_trump": (
        (11, 7),
        "tass_ru",
        "Дональд Трамп пообещал урегулировать конфликт на Украине «за 24 часа».",
    ),
    "ru_trump_vance": (
        (7, 16),
        "ria_ru",
        "Трамп выбрал сенатора Джей Ди Вэнса кандидатом в вице-президенты.",
    ),
    "ru_biden": (
        (7, 21),
        "ria_ru",
        "Джо Байден снялся с президентской гонки и поддержал кандидатуру Камалы Харрис.",
    ),
    "ru_harris": (
        (8, 22),
        "tass_ru",
        "Камала Харрис официально приняла выдвижение от Демократической партии.",
    ),
    "en_biden_withdraw": (
        (7, 21),
        "ap_world",
        (
            "President Joe Biden withdrew from the 2024 race and endorsed Vice President Kamala "
            "Harris."
        ),
    ),
    "ru_oil_price_cap": (
        (2, 23),
        "interfax_ru",
        (
            "Страны «Большой семёрки» ужесточили контроль за соблюдением потолка цен на российскую"
            " нефть."
        ),
    ),
    "ru_g7": (
        (6, 14),
        "ria_ru",
        "Саммит G7 в Италии одобрил использование доходов от замороженных российских активов.",
    ),
    "ru_assets_freeze": (
        (5, 21),
        "tass_ru",
        "ЕС решил направить прибыль от замороженных активов России на военную помощь Киеву.",
    ),
    "ru_freeze_verb": (
        (1, 30),
        "interfax_ru",
        "Бельгия заморозила счета, связанные с российскими банками.",
    ),
    "ru_wheat": (
        (8, 30),
        "interfax_ru",
        "Экспорт российской пшеницы в сезоне 2023/24 достиг рекорда — почти 55 млн тонн.",
    ),
    "en_wheat": (
        (8, 30),
        "reuters_business",
        ("Russia's wheat exports hit a record of nearly 55 million tonnes in the 2023/24 season."),
    ),
    "ru_grain_africa": (
        (11, 17),
        "mid_rf",
        "Россия отправила бесплатные партии зерна в шесть африканских стран.",
    ),
    "ru_six_countries": (
        (11, 18),
        "tass_ru",
        "Поставки пшеницы в 6 стран Африки завершены.",
    ),
    "ru_black_sea": (
        (2, 5),
        "ria_ru",
        "Черноморский флот отразил атаку безэкипажных катеров в Крыму.",
    ),
    "ru_crimea": (
        (7, 31),
        "tass_ru",
        "В Крыму введён режим ограничения на продажу топлива.",
    ),
    "en_crimea": (
        (10, 9),
        "kyiv_indep",
        "Ukrainian forces struck a fuel terminal in Feodosia, Crimea, causing a large fire.",
    ),
    "ru_cyclone": (
        (9, 9),
        "ria_ru",
        "Тайфун «Яги» унёс жизни более 200 человек во Вьетнаме.",
    ),
    "en_typhoon": (
        (9, 9),
        "reuters_world",
        "Typhoon Yagi killed nearly 200 people in Vietnam and flooded the capital Hanoi.",
    ),
    "en_typhoons": (
        (11, 16),
        "pna_feed",
        "The Philippines braced for its sixth typhoon in a month.",
    ),
    "ru_wildfire": (
        (7, 23),
        "ria_ru",
        "В Якутии площадь лесных пожаров превысила миллион гектаров.",
    ),
    "ru_fire": (
        (3, 24),
        "tass_ru",
        "Пожар на складе в Подмосковье потушен, пострадавших нет.",
    ),
    "ru_volcano": (
        (8, 18),
        "tass_ru",
        "На Камчатке началось извержение вулкана Шивелуч после землетрясения магнитудой 7,0.",
    ),
    "en_volcano": (
        (11, 20),
        "ap_world",
        (
            "A volcano in Iceland erupted for the seventh time in a year, forcing the evacuation "
            "of the Blue Lagoon."
        ),
    ),
    "ru_hashtag_africa": (
        (11, 10),
        "mid_rf",
        "#РоссияАфрика Министр провёл встречи с коллегами из Мали, Буркина-Фасо и Нигера.",
    ),
    "ru_burkina": (
        (6, 1),
        "ria_ru",
        "В Буркина-Фасо прибыла новая группа российских военных инструкторов.",
    ),
    "ru_mali": (
        (7, 30),
        "tass_ru",
        "Правительство Мали разорвало дипломатические отношения с Украиной.",
    ),
    "ru_small": (
        (5, 12),
        "rbc_ru",
        "Малые и средние предприятия получили льготные кредиты.",
    ),
    "ru_niger": (
        (9, 19),
        "ria_ru",
        "Нигер и Россия договорились о сотрудничестве в сфере добычи урана.",
    ),
    "ru_nigeria": (
        (8, 2),
        "tass_ru",
        "В Нигерии прошли массовые протесты против роста стоимости жизни.",
    ),
    "ru_chad": (
        (5, 10),
        "tass_ru",
        "Махамат Деби объявлен победителем президентских выборов в Чаде.",
    ),
    "ru_togo": (
        (4, 30),
        "ria_ru",
        (
            "Парламент Того принял новую конституцию, переводящую страну на парламентскую форму "
            "правления."
        ),
    ),
    "ru_kromo_togo": (
        (4, 29),
        "mid_rf",
        "Кроме того, стороны договорились о регулярных консультациях.",
    ),
    "ru_vstrechi": (
        (10, 5),
        "mid_rf",
        "Встреча министров иностранных дел России и Индии состоялась в Нью-Йорке.",
    ),
    "ru_vstretilis": (
        (10, 6),
        "tass_ru",
        "Министры встретились на полях Генассамблеи и обсудили энергетику.",
    ),
    "ru_agreement": (
        (3, 29),
        "mid_rf",
        "Стороны достигли договорённости о продлении соглашения о свободной торговле.",
    ),
    "ru_agreed": (
        (3, 30),
        "ria_ru",
        "Россия и Иран договорились о переходе на расчёты в национальных валютах.",
    ),
    "ru_yo_elka": (
        (12, 25),
        "ria_ru",
        "Главную новогоднюю ёлку страны установили на Соборной площади Кремля.",
    ),
    "ru_e_elka": (
        (12, 26),
        "tass_ru",
        "Новогодняя елка в Ханое украшена российскими игрушками.",
    ),
    "en_quote_ru": (
        (4, 4),
        "mid_en",
        (
            'The Foreign Ministry stressed that "there is no alternative to political settlement" '
            "of the Palestinian issue."
        ),
    ),
    "ru_quote_ru": (
        (4, 4),
        "mid_rf",
        (
            "МИД подчеркнул, что «альтернативы политическому урегулированию» палестинской проблемы"
            " нет."
        ),
    ),
    "ru_two_state": (
        (5, 28),
        "ria_ru",
        "Испания, Ирландия и Норвегия признали Палестинское государство.",
    ),
    "en_two_state": (
        (5, 28),
        "reuters_world",
        (
            "Spain, Ireland and Norway formally recognised a Palestinian state, drawing an angry "
            "response from Israel."
        ),
    ),
    "en_palestinians": (
        (5, 29),
        "aljazeera_en",
        "Palestinians in Ramallah celebrated the recognition by three European countries.",
    ),
    "ru_world_economy": (
        (1, 16),
        "rbc_ru",
        "Давосский форум открылся докладом о рисках для мировой экономики.",
    ),
    "ru_world_war": (
        (5, 8),
        "ria_ru",
        "В Москве почтили память погибших во Второй мировой войне.",
    ),
    "ru_peace_plan": (
        (2, 28),
        "mid_rf",
        "Китайский мирный план по Украине заслуживает внимания, отметили в МИД России.",
    ),
    "ru_peaceful_atom": (
        (9, 25),
        "tass_ru",
        (
            "Мирный атом: «Росатом» подписал соглашения с пятью странами на Всемирной атомной "
            "неделе."
        ),
    ),
    "en_world_bank": (
        (4, 17),
        "reuters_business",
        "The World Bank said growth in East Asia would slow to 4.5% this year.",
    ),
    "en_sept_date": (
        (9, 15),
        "state_dept",
        "On Sept. 15 the Secretary spoke with the foreign minister of Egypt.",
    ),
    "en_sept_full": (
        (9, 16),
        "fcdo",
        (
            "The Foreign Secretary said on 15 September that the UK would sanction Iranian "
            "officials."
        ),
    ),
    "ru_tenth_sco": (
        (7, 4),
        "tass_ru",
        "Белоруссия стала десятым членом ШОС.",
    ),
    "en_tenth_member": (
        (7, 4),
        "belta_en",
        "Belarus became the 10th member state of the SCO.",
    ),
    "en_belarus_lukashenko": (
        (7, 5),
        "belta_en",
        "Belarusian President Alexander Lukashenko thanked SCO partners for their support.",
    ),
    "ru_gerund_noting": (
        (12, 3),
        "mid_rf",
        (
            "Отвечая на вопрос журналиста, официальный представитель напомнила о позиции России по"
            " Приднестровью."
        ),
    ),
    "ru_answered": (
        (12, 4),
        "tass_ru",
        "Захарова ответила на вопросы журналистов о поставках газа в Приднестровье.",
    ),
    "ru_transnistria": (
        (12, 28),
        "ria_ru",
        (
            "Приднестровье вводит режим ЧС в энергетике из-за прекращения транзита газа через "
            "Украину."
        ),
    ),
    "en_transnistria": (
        (12, 28),
        "reuters_world",
        (
            "Moldova's breakaway Transnistria region declared an energy emergency ahead of the end"
            " of Russian gas transit."
        ),
    ),
    "ru_deputy_ministers": (
        (4, 10),
        "mid_rf",
        "Заместители министров иностранных дел России и Ирана провели консультации по Каспию.",
    ),
    "ru_caspian": (
        (8, 12),
        "tass_ru",
        "Прикаспийские государства обсудили в Тегеране статус Каспийского моря.",
    ),
    "en_caspian": (
        (8, 12),
        "irna_en",
        "Caspian littoral states met in Tehran to discuss the legal regime of the sea.",
    ),
    "ru_sochi_forum": (
        (10, 16),
        "ria_ru",
        (
            "В Сочи стартовал Всемирный фестиваль молодёжи; приехали участники из ста восьмидесяти"
            " стран."
        ),
    ),
    "ru_180_countries": (
        (3, 1),
        "tass_ru",
        "Всемирный фестиваль молодёжи собрал гостей из 180 стран.",
    ),
    "en_nato_summit": (
        (7, 10),
        "ap_world",
        (
            "NATO leaders meeting in Washington declared Ukraine's path to membership "
            '"irreversible".'
        ),
    ),
    "ru_nato": (
        (7, 11),
        "ria_ru",
        "В Кремле назвали решения саммита НАТО в Вашингтоне угрозой для безопасности России.",
    ),
    "ru_nato_adj": (
        (3, 11),
        "tass_ru",
        "Натовские учения у границ Белоруссии продлятся до конца мая.",
    ),
    "en_sweden_nato": (
        (3, 7),
        "dw_news",
        "Sweden formally joined NATO, becoming the alliance's 32nd member.",
    ),
    "ru_sweden": (
        (3, 8),
        "ria_ru",
        "Швеция стала 32-м членом Североатлантического альянса.",
    ),
    "en_finland_border": (
        (4, 4),
        "yle_news",
        "Finland extended the closure of its border with Russia indefinitely.",
    ),
    "ru_estonia": (
        (6, 2),
        "tass_ru",
        "Эстония выслала настоятеля православного монастыря.",
    ),
    "en_baltic_cable": (
        (11, 19),
        "reuters_world",
        "Two undersea cables in the Baltic Sea were damaged, prompting suspicions of sabotage.",
    ),
    "ru_baltic": (
        (11, 20),
        "ria_ru",
        "Повреждение кабелей в Балтийском море: Финляндия задержала танкер.",
    ),
    "en_serbia_vucic": (
        (8, 29),
        "b92_en",
        "Aleksandar Vucic said Serbia would buy French Rafale fighter jets.",
    ),
    "ru_vucic": (
        (10, 24),
        "tass_ru",
        "Президент Сербии Александр Вучич отказался ехать на саммит БРИКС в Казань.",
    ),
    "en_hungary_presidency": (
        (7, 1),
        "politico_eu",
        (
            "Hungary took over the rotating presidency of the Council of the EU under the slogan "
            '"Make Europe Great Again".'
        ),
    ),
    "ru_slovakia": (
        (5, 15),
        "ria_ru",
        "Премьер Словакии Роберт Фицо тяжело ранен в результате покушения.",
    ),
    "en_fico": (
        (5, 15),
        "reuters_world",
        "Slovak Prime Minister Robert Fico was shot several times after a government meeting.",
    ),
    "ru_syria_aleppo": (
        (11, 30),
        "tass_ru",
        "Боевики вошли в Алеппо; сирийская армия перебрасывает подкрепления.",
    ),
    "en_aleppo": (
        (11, 30),
        "reuters_world",
        "Rebels swept into Aleppo in the biggest offensive in years.",
    ),
}

QUERIES: tuple[Labelled, ...] = (
    # Russian: surnames in their cases and other people of a similar name
    Labelled(
        "Лавров",
        (
            "ru_lavrov_astana",
            "ru_lavrov_interview",
            "ru_lavrov_fidan",
            "ru_un_full",
            "ru_saf_full",
            "ru_hashtag_sco",
            "ru_china_mfa",
            "ru_asean_full",
        ),
        "a surname finds С.В.Лавров and his cases",
        absent=("ru_lavr_leaf",),
    ),
    Labelled(
        "Лаврова",
        (
            "ru_lavrov_astana",
            "ru_lavrov_interview",
            "ru_lavrov_fidan",
            "ru_saf_full",
            "ru_hashtag_sco",
            "ru_china_mfa",
            "ru_asean_full",
            "ru_un_full",
        ),
        "the genitive finds the nominative",
        absent=("ru_lavr_leaf",),
    ),
    Labelled(
        "лавровый лист",
        ("ru_lavr_leaf",),
        "bay leaf, not the minister",
        absent=(
            "ru_lavrov_astana",
            "ru_lavrov_interview",
        ),
    ),
    Labelled(
        "Захарова",
        (
            "ru_zakharova_briefing",
            "ru_zakharova_moldova",
        ),
        "the spokeswoman, not a hockey player Захаров",
        absent=("ru_zakharov_hockey",),
    ),
    Labelled(
        "Захаровой",
        (
            "ru_zakharova_briefing",
            "ru_zakharova_moldova",
        ),
        "her dative",
        absent=("ru_zakharov_hockey",),
    ),
    Labelled(
        "Песков",
        (
            "ru_peace_talks",
            "ru_peskov_briefing",
        ),
        "the spokesman, not the sands",
        absent=("ru_sands",),
    ),
    Labelled(
        "Пескова",
        (
            "ru_peace_talks",
            "ru_peskov_briefing",
        ),
        "his genitive",
        absent=("ru_sands",),
    ),
    Labelled(
        "Медведев",
        ("ru_medvedev_post",),
        "the politician, not a bear",
        absent=("ru_bear",),
    ),
    Labelled(
        "Си Цзиньпин",
        (
            "ru_putin_xi",
            "ru_xi_visit_may",
        ),
        "nominative finds the instrumental «Си Цзиньпином»",
    ),
    Labelled(
        "Си Цзиньпином",
        (
            "ru_putin_xi",
            "ru_xi_visit_may",
        ),
        "the instrumental finds the nominative",
    ),
    Labelled(
        "Мирзиёев",
        (
            "ru_mirziyoyev",
            "ru_mirzieev_e",
        ),
        "ё typed finds the name written with е",
    ),
    Labelled(
        "Мирзиеев",
        (
            "ru_mirziyoyev",
            "ru_mirzieev_e",
        ),
        "е typed finds ё",
    ),
    Labelled(
        "Токаеву",
        ("ru_kazakh_tokayev",),
        "the dative finds the nominative",
    ),
    Labelled(
        "Лукашенко",
        ("ru_lukashenko",),
        "an indeclinable surname",
    ),
    Labelled(
        "Небензи",
        ("ru_nebenzya_unsc",),
        "the genitive of Небензя",
    ),
    Labelled(
        "Гутерреш",
        ("ru_guterres",),
        "the other Russian spelling of Guterres",
    ),
    Labelled(
        "Алиевым",
        ("ru_mirzieev_e",),
        "the instrumental finds itself",
    ),
    Labelled(
        "Богданова",
        (
            "ru_mir_peace",
            "ru_bogdanov_syria",
        ),
        "a deputy minister's genitive",
    ),
    Labelled(
        "Шойгу",
        ("ru_shoigu_secretary",),
        "an indeclinable surname",
    ),
    # Russian: abbreviations and their names
    Labelled(
        "ШОС",
        (
            "ru_lavrov_astana",
            "ru_sco_declaration",
            "ru_sco_adj",
        ),
        "abbreviation finds the name spelled out and шосовские",
    ),
    Labelled(
        "Шанхайской организации сотрудничества",
        (
            "ru_sco_declaration",
            "ru_lavrov_astana",
        ),
        "the name in the genitive finds ШОС",
    ),
    Labelled(
        "СНГ",
        (
            "ru_cis_summit",
            "ru_cis_ministers",
        ),
        "the abbreviation finds «Содружества Независимых Государств»",
    ),
    Labelled(
        "Содружество Независимых Государств",
        (
            "ru_cis_summit",
            "ru_cis_ministers",
        ),
        "the name finds СНГ",
    ),
    Labelled(
        "ЕАЭС",
        (
            "ru_eaeu_decade",
            "ru_eaeu_trade",
            "ru_belarus_name",
            "ru_overchuk_armenia",
        ),
        "abbreviation finds «Евразийского экономического союза»",
    ),
    Labelled(
        "Евразийский экономический союз",
        (
            "ru_eaeu_decade",
            "ru_eaeu_trade",
            "ru_belarus_name",
            "ru_overchuk_armenia",
        ),
        "name finds the abbreviation",
    ),
    Labelled(
        "ОДКБ",
        (
            "ru_armenia_csto",
            "ru_csto_full",
        ),
        "the abbreviation finds «Организации Договора о коллективной безопасности»",
    ),
    Labelled(
        "ООН",
        (
            "ru_nebenzya_unsc",
            "ru_un_full",
            "ru_guterres",
            "ru_gaza_hum",
        ),
        "the abbreviation finds the name spelled out",
    ),
    Labelled(
        "Организация Объединенных Наций",
        (
            "ru_un_full",
            "ru_nebenzya_unsc",
            "ru_guterres",
        ),
        "the name typed with е finds ООН and «Объединённых»",
    ),
    Labelled(
        "Совбез",
        (
            "ru_medvedev_post",
            "ru_shoigu_secretary",
            "ru_nebenzya_unsc",
        ),
        "Совбез stands for «Совет безопасности»",
    ),
    Labelled(
        "КНР",
        (
            "ru_putin_xi",
            "ru_xi_visit_may",
        ),
        "КНР finds «Китайской Народной Республики»",
    ),
    Labelled(
        "МИД",
        (
            "ru_zakharova_briefing",
            "ru_mfa_ambassador",
            "ru_bogdanov_syria",
        ),
        "the ministry's abbreviation",
    ),
    # Russian: word forms, a case, a plural, a verb's other form
    Labelled(
        "саммиты",
        (
            "ru_brics_kazan",
            "ru_lavrov_astana",
            "ru_putin_xi",
            "ru_brics_partners",
            "ru_guterres",
            "ru_hashtag_brics",
            "ru_asean",
            "ru_african_union",
        ),
        "the plural finds саммит, саммиту, саммита",
    ),
    Labelled(
        "переговорах",
        (
            "ru_lavrov_interview",
            "ru_peace_talks",
            "ru_kazakh_tokayev",
        ),
        "the locative plural finds переговоры",
    ),
    Labelled(
        "посол",
        (
            "ru_mfa_ambassador",
            "ru_bogdanov_syria",
            "ru_ambassadors_meet",
            "ru_noted_past",
        ),
        "a fleeting vowel: посла, послом, послами",
        absent=("ru_after_word",),
    ),
    Labelled(
        "посла",
        (
            "ru_mfa_ambassador",
            "ru_bogdanov_syria",
            "ru_ambassadors_meet",
        ),
        "a case form that is not «после»",
        absent=("ru_after_word",),
    ),
    Labelled(
        "подписал",
        (
            "ru_sco_declaration",
            "ru_lukashenko",
            "ru_kazakh_tokayev",
            "ru_mirziyoyev",
            "ru_peaceful_atom",
        ),
        "a past verb finds подписали",
    ),
    Labelled(
        "выйдет",
        ("ru_armenia_csto",),
        "a future form of выйти",
    ),
    Labelled(
        "Армения выйти из ОДКБ",
        ("ru_armenia_csto",),
        "the infinitive finds «выйдет», Армения finds «Армении»",
    ),
    Labelled(
        "Армения",
        (
            "ru_armenia_csto",
            "ru_csto_full",
            "ru_overchuk_armenia",
        ),
        "the state, its adjective «армянскими», not the army",
        absent=("ru_army_parade",),
    ),
    Labelled(
        "армия",
        ("ru_army_parade",),
        "the army, not Армения",
        absent=(
            "ru_armenia_csto",
            "ru_csto_full",
        ),
    ),
    Labelled(
        "председательство",
        ("ru_cis_summit",),
        "the noun as written",
    ),
    Labelled(
        "интеграция",
        ("ru_eaeu_decade",),
        "the nominative finds «интеграции»",
    ),
    Labelled(
        "Белоруссия",
        (
            "ru_belarus_name",
            "ru_brics_partners",
        ),
        "the state as written",
    ),
    Labelled(
        "Беларусь",
        (
            "ru_belarus_name",
            "ru_brics_partners",
        ),
        "the other name of Белоруссия",
    ),
    Labelled(
        "товарооборот вырос",
        ("ru_eaeu_trade",),
        "two words",
    ),
    Labelled(
        "7,2%",
        ("ru_eaeu_trade",),
        "a percentage with a comma",
    ),
    Labelled(
        "7.2%",
        ("ru_eaeu_trade",),
        "a percentage typed with a dot",
    ),
    Labelled(
        "девять стран",
        ("ru_brics_kazan",),
        "the number in words finds «девяти»",
    ),
    Labelled(
        "тридцать шесть",
        ("ru_brics_kazan",),
        "the number in words",
    ),
    Labelled(
        "36 стран",
        ("ru_brics_kazan",),
        "figures for «тридцати шести стран»",
    ),
    Labelled(
        "2025 году",
        ("ru_cis_summit",),
        "a year",
    ),
    Labelled(
        "мир",
        ("ru_mir_peace",),
        "peace: «прочного мира», not the world's championship nor the card",
        absent=(
            "ru_mir_world",
            "ru_mir_card",
        ),
    ),
    Labelled(
        '"чемпионат мира"',
        ("ru_mir_world",),
        "a quoted phrase",
    ),
    Labelled(
        "карта Мир",
        ("ru_mir_card",),
        "the payment card",
    ),
    Labelled(
        "Ближний Восток",
        (
            "ru_mir_peace",
            "ru_nebenzya_unsc",
        ),
        "a region in the prepositional",
    ),
    Labelled(
        '"на земле"',
        ("ru_lavrov_interview",),
        "a quoted phrase",
    ),
    Labelled(
        "дальнобойное вооружение",
        ("ru_mfa_ambassador",),
        "the nominative finds «дальнобойного вооружения»",
    ),
    # English: names and their other spellings
    Labelled(
        "Lavrov",
        (
            "en_lavrov_unga",
            "en_lavrov_possessive",
            "en_lavrov_spelled",
        ),
        "a name and its possessive",
    ),
    Labelled(
        "Lavrov's",
        ("en_lavrov_possessive",),
        "the possessive",
    ),
    Labelled(
        "Sergey Lavrov",
        (
            "en_lavrov_unga",
            "en_lavrov_spelled",
        ),
        "Sergei and Sergey",
    ),
    Labelled(
        "Sergei Lavrov",
        (
            "en_lavrov_unga",
            "en_lavrov_spelled",
        ),
        "the other spelling of the first name",
    ),
    Labelled(
        "Xi Jinping",
        (
            "en_xi_putin",
            "en_xi_macron",
        ),
        "the name in two words",
    ),
    Labelled(
        "Xi",
        (
            "en_xi_putin",
            "en_xi_macron",
        ),
        "the family name alone",
    ),
    Labelled(
        "Guterres",
        (
            "en_guterres_cop",
            "en_guterres_noaccent",
        ),
        "António and Antonio",
    ),
    Labelled(
        "António Guterres",
        (
            "en_guterres_cop",
            "en_guterres_noaccent",
        ),
        "an accent typed finds the name without it",
    ),
    Labelled(
        "Antonio Guterres",
        (
            "en_guterres_cop",
            "en_guterres_noaccent",
        ),
        "no accent typed finds António",
    ),
    Labelled(
        "Erdogan",
        (
            "en_erdogan",
            "en_erdogan_plain",
        ),
        "ğ typed as g finds Erdoğan",
    ),
    Labelled(
        "Erdoğan",
        (
            "en_erdogan",
            "en_erdogan_plain",
        ),
        "ğ finds Erdogan",
    ),
    Labelled(
        "Tokayev",
        (
            "en_tokayev",
            "en_tokaev_spelling",
        ),
        "Tokayev and Tokaev",
    ),
    Labelled(
        "Tokaev",
        (
            "en_tokayev",
            "en_tokaev_spelling",
        ),
        "the other spelling",
    ),
    Labelled(
        "Zelensky",
        (
            "en_zelensky",
            "en_zelenskyy",
        ),
        "Zelensky and Zelenskyy",
    ),
    Labelled(
        "Zelenskyy",
        (
            "en_zelensky",
            "en_zelenskyy",
        ),
        "the other spelling",
    ),
    Labelled(
        "Nebenzia",
        ("en_nebenzia",),
        "the name as written",
    ),
    Labelled(
        "Wang Yi",
        ("en_wang_yi",),
        "the minister, not Wang Li",
        absent=("en_wang_other",),
    ),
    Labelled(
        "Blinken",
        (
            "en_blinken_trips",
            "en_blinken_travelled",
        ),
        "a name",
    ),
    # English: abbreviations and names
    Labelled(
        "SCO",
        (
            "en_sco_astana",
            "en_sco_abbr",
            "en_belarus_lukashenko",
            "en_tenth_member",
        ),
        "SCO finds the Organisation spelled out",
    ),
    Labelled(
        "Shanghai Cooperation Organization",
        (
            "en_sco_astana",
            "en_sco_abbr",
        ),
        "the US spelling finds Organisation and SCO",
    ),
    Labelled(
        "BRICS",
        (
            "en_brics_kazan",
            "en_brics_expansion",
            "en_xi_putin",
            "en_peace_summit",
        ),
        "an abbreviation written as a word",
    ),
    Labelled(
        "IMF",
        (
            "en_imf_outlook",
            "en_imf_abbr",
            "en_imf_ukraine",
        ),
        "IMF finds «International Monetary Fund»",
    ),
    Labelled(
        "International Monetary Fund",
        (
            "en_imf_outlook",
            "en_imf_abbr",
            "en_imf_ukraine",
        ),
        "the name finds IMF",
    ),
    Labelled(
        "UN",
        (
            "en_un_resolution",
            "en_unsc_full",
            "en_lavrov_unga",
            "en_nebenzia",
            "en_erdogan",
        ),
        "UN finds United Nations",
    ),
    Labelled(
        "United Nations",
        (
            "en_unsc_full",
            "en_un_resolution",
            "en_lavrov_unga",
            "en_nebenzia",
            "en_erdogan",
        ),
        "the name finds UN",
    ),
    Labelled(
        "UNSC",
        (
            "en_un_resolution",
            "en_unsc_full",
        ),
        "UNSC finds «UN Security Council» and the name spelled out",
    ),
    Labelled(
        "Security Council",
        (
            "en_un_resolution",
            "en_unsc_full",
            "en_nebenzia",
        ),
        "the words",
    ),
    Labelled(
        "WHO",
        (
            "en_who_polio",
            "en_mpox",
        ),
        "the organisation in capitals, not the pronoun",
        absent=("en_who_pronoun",),
    ),
    Labelled(
        "US",
        (
            "en_treasury_us",
            "en_sanctioned_firm",
            "en_zelensky",
            "en_us_election",
            "en_peskov",
        ),
        "US finds U.S., not «join us»",
        absent=("en_join_us",),
    ),
    Labelled(
        "U.S. Treasury",
        (
            "en_treasury_us",
            "en_sanctioned_firm",
        ),
        "dotted initials and US",
    ),
    Labelled(
        "EU",
        (
            "en_sanction_single",
            "en_china_mfa_presser",
        ),
        "the abbreviation",
    ),
    Labelled(
        "UAE",
        ("en_brics_expansion",),
        "the abbreviation finds «United Arab Emirates»",
    ),
    Labelled(
        "UNGA",
        (
            "en_lavrov_unga",
            "en_erdogan",
        ),
        "UNGA finds «UN General Assembly»",
    ),
    Labelled(
        "G7",
        (
            "en_ministers_meeting",
            "en_minister_met",
            "en_frozen_assets",
            "ru_g7",
        ),
        "letters and a number",
    ),
    # English: plurals, past tenses, -ing
    Labelled(
        "sanctions",
        (
            "en_sanctions_eu",
            "en_sanctioned_firm",
            "en_sanction_single",
        ),
        "the plural finds sanction and sanctioned",
    ),
    Labelled(
        "sanctioned",
        (
            "en_sanctioned_firm",
            "en_sanctions_eu",
            "en_sanction_single",
        ),
        "the participle finds the noun's forms",
    ),
    Labelled(
        "meeting",
        (
            "en_nebenzia",
            "en_nato_summit",
            "en_fico",
        ),
        "-ing as a noun",
    ),
    Labelled(
        "ministers met",
        (
            "en_ministers_meeting",
            "en_minister_met",
        ),
        "plural and past: minister, meet",
    ),
    Labelled(
        "travel",
        (
            "en_blinken_trips",
            "en_blinken_travelled",
            "en_lammy",
        ),
        "traveled and travelled",
    ),
    Labelled(
        "traveling",
        (
            "en_blinken_trips",
            "en_blinken_travelled",
            "en_lammy",
        ),
        "-ing finds traveled/travelled",
    ),
    Labelled(
        "forecasts",
        (
            "en_imf_outlook",
            "en_imf_abbr",
        ),
        "a plural finds forecast",
    ),
    Labelled(
        "raises",
        (
            "en_imf_abbr",
            "en_higher_tariffs",
        ),
        "present finds raised",
    ),
    Labelled(
        "adopted resolutions",
        (
            "en_un_resolution",
            "en_iaea_full",
        ),
        "adopted, a resolution",
    ),
    Labelled(
        "exports",
        (
            "en_grain_deal",
            "en_south_sudan",
            "en_sanctioned_firm",
        ),
        "plural as written",
    ),
    Labelled(
        "summits",
        (
            "en_brics_kazan",
            "en_xi_putin",
            "en_peace_summit",
            "en_sco_abbr",
            "en_cis",
            "en_africa_summit",
        ),
        "a plural finds summit",
    ),
    Labelled(
        "wins",
        (
            "en_world_cup",
            "en_us_election",
            "en_uk_election",
            "en_election_single",
            "en_north_macedonia",
        ),
        "won is win's past",
    ),
    # English: numbers and percentages
    Labelled(
        "3.2 percent",
        (
            "en_imf_outlook",
            "en_imf_abbr",
        ),
        "3.2% and 3.2 percent",
    ),
    Labelled(
        "3.2%",
        (
            "en_imf_outlook",
            "en_imf_abbr",
            "ru_imf_forecast",
            "ru_imf_abbr",
        ),
        "3.2 percent, and «3,2%» in a Russian post",
    ),
    Labelled(
        "$2.2 billion",
        ("en_imf_ukraine",),
        "a sum",
    ),
    Labelled(
        "14th package",
        ("en_sanctions_eu",),
        "an ordinal",
    ),
    Labelled(
        "fourteenth package",
        ("en_sanctions_eu",),
        "an ordinal in words finds 14th",
    ),
    Labelled(
        "15th package",
        ("en_sanction_single",),
        "an ordinal in figures finds «fifteenth»",
    ),
    Labelled(
        "nine members",
        ("en_brics_expansion",),
        "the number as written",
    ),
    Labelled(
        "9 members",
        ("en_brics_expansion",),
        "a figure finds «nine»",
    ),
    Labelled(
        "six months",
        ("en_unsc_full",),
        "as written",
    ),
    Labelled(
        "71%",
        ("en_kazakhstan_ref",),
        "a percentage",
    ),
    Labelled(
        "October 6",
        ("en_kazakhstan_ref",),
        "a date as written",
    ),
    Labelled(
        "6 October",
        ("en_kazakhstan_ref",),
        "a date written the other way round",
    ),
    # English: typos
    Labelled(
        "Lavorv",
        (
            "en_lavrov_unga",
            "en_lavrov_possessive",
            "en_lavrov_spelled",
        ),
        "a typo",
    ),
    Labelled(
        "Guteres",
        (
            "en_guterres_cop",
            "en_guterres_noaccent",
        ),
        "one letter dropped",
    ),
    Labelled(
        "Zelenksy",
        (
            "en_zelensky",
            "en_zelenskyy",
        ),
        "two letters swapped",
    ),
    Labelled(
        "Kazahkstan",
        (
            "en_kazakhstan_ref",
            "en_tokaev_spelling",
        ),
        "a typo",
    ),
    # Russian: abbreviations of the economy
    Labelled(
        "ЦБ",
        (
            "ru_cb_rate_july",
            "ru_cb_rate_oct",
        ),
        "ЦБ finds «Банк России»",
    ),
    Labelled(
        "Центробанк",
        (
            "ru_cb_rate_july",
            "ru_cb_rate_oct",
        ),
        "a short word for the central bank",
    ),
    Labelled(
        "МВФ",
        (
            "ru_imf_forecast",
            "ru_imf_abbr",
        ),
        "МВФ finds «Международный валютный фонд»",
    ),
    Labelled(
        "Международный валютный фонд",
        (
            "ru_imf_forecast",
            "ru_imf_abbr",
        ),
        "the name finds МВФ",
    ),
    Labelled(
        "ВВП",
        ("ru_gdp",),
        "an abbreviation as written",
    ),
    Labelled(
        "ОПЕК+",
        ("ru_oil_opec",),
        "an abbreviation with a plus",
    ),
    Labelled(
        "ЦИК",
        (
            "ru_elections_russia",
            "ru_georgia_elect",
        ),
        "an abbreviation",
    ),
    Labelled(
        "ЕС",
        (
            "ru_moldova_ref",
            "ru_sanctions_pack",
        ),
        "ЕС finds Евросоюз",
    ),
    Labelled(
        "Евросоюз",
        (
            "ru_sanctions_pack",
            "ru_moldova_ref",
        ),
        "a declinable abbreviation finds ЕС",
    ),
    Labelled(
        "ЧС",
        (
            "ru_kursk",
            "ru_flood_orsk",
        ),
        "an abbreviation of «чрезвычайная ситуация»",
    ),
    Labelled(
        "ПВО",
        ("ru_drones_moscow",),
        "an abbreviation",
    ),
    # Russian: word forms
    Labelled(
        "ключевая ставка",
        (
            "ru_cb_rate_july",
            "ru_cb_rate_oct",
        ),
        "the nominative finds «ключевую ставку»",
        absent=("ru_cb_bank_other",),
    ),
    Labelled(
        "ставки",
        (
            "ru_cb_rate_july",
            "ru_cb_rate_oct",
            "ru_cb_nabiullina",
            "ru_cb_bank_other",
        ),
        "the plural finds ставку, ставка",
    ),
    Labelled(
        "повысил ставку",
        ("ru_cb_rate_july",),
        "the verb as written and «ставку»",
    ),
    Labelled(
        "инфляции",
        ("ru_inflation",),
        "a case finds «инфляция»",
    ),
    Labelled(
        "санкции против банков",
        ("ru_gazprombank",),
        "the plural of банк and санкции as written",
    ),
    Labelled(
        "санкционный",
        ("ru_sanctions_japan",),
        "an adjective typed finds «санкционные»",
    ),
    Labelled(
        "пакеты санкций",
        ("ru_sanctions_pack",),
        "a plural finds «пакет»",
    ),
    Labelled(
        "беспилотники",
        ("ru_drones_moscow",),
        "the plural finds «беспилотника»",
    ),
    Labelled(
        "беспилотник",
        ("ru_drones_moscow",),
        "the nominative finds «беспилотника»",
    ),
    Labelled(
        "обмен пленными",
        ("ru_exchange_pows",),
        "a phrase's words",
    ),
    Labelled(
        "обмен",
        (
            "ru_prisoner_swap",
            "ru_exchange_pows",
        ),
        "обмен, not «обманули»",
        absent=("ru_deception",),
    ),
    Labelled(
        "погибшие",
        (
            "ru_quake_japan",
            "ru_fire_crocus",
            "ru_belgorod",
            "ru_iran_president",
            "ru_quake_taiwan",
        ),
        "a participle finds погибших and погибли, погиб",
    ),
    Labelled(
        "землетрясения",
        (
            "ru_quake_japan",
            "ru_quake_taiwan",
            "ru_volcano",
        ),
        "a genitive finds the nominative",
    ),
    Labelled(
        "освободили Авдеевку",
        ("ru_avdeevka",),
        "a phrase as written",
    ),
    Labelled(
        "Авдеевка",
        ("ru_avdeevka",),
        "a place's nominative finds the accusative",
    ),
    Labelled(
        "Курская область",
        (
            "ru_kursk",
            "ru_kursk_evac",
            "ru_medvedev_post",
        ),
        "a region finds «Курскую область», «Курской области»",
    ),
    Labelled(
        "Газа",
        ("ru_gaza_hum",),
        "the Gaza Strip",
        absent=("ru_gas_exports",),
    ),
    Labelled(
        "газ",
        (
            "ru_gas_exports",
            "ru_sanctions_pack",
        ),
        "gas, not Gaza",
        absent=("ru_gaza_hum",),
    ),
    Labelled(
        "выборы",
        (
            "ru_elections_russia",
            "ru_elections_us",
            "ru_georgia_elect",
            "ru_iran_pezeshkian",
            "ru_romania",
            "ru_saf_abbr",
            "ru_macron",
            "ru_georgescu",
            "ru_eu_parliament",
            "ru_chad",
        ),
        "elections, not a choice",
        absent=("ru_choice_word",),
    ),
    Labelled(
        "выборах",
        (
            "ru_elections_russia",
            "ru_elections_us",
            "ru_georgia_elect",
            "ru_iran_pezeshkian",
            "ru_romania",
            "ru_saf_abbr",
            "ru_macron",
            "ru_georgescu",
            "ru_eu_parliament",
            "ru_chad",
        ),
        "the locative",
        absent=("ru_choice_word",),
    ),
    Labelled(
        "Грузия",
        ("ru_georgia_elect",),
        "Georgia, not грузов",
        absent=("ru_cargo",),
    ),
    Labelled(
        "грузы",
        ("ru_cargo",),
        "cargo, not Грузия",
        absent=("ru_georgia_elect",),
    ),
    Labelled(
        "Молдова",
        (
            "ru_moldova_ref",
            "ru_moldova_sandu",
            "ru_zakharova_moldova",
        ),
        "Молдова and Молдавия",
    ),
    Labelled(
        "Молдавии",
        (
            "ru_moldova_ref",
            "ru_moldova_sandu",
            "ru_zakharova_moldova",
        ),
        "the other name in a case",
    ),
    Labelled(
        "Санду",
        ("ru_moldova_sandu",),
        "an indeclinable surname",
    ),
    Labelled(
        "Асада",
        (
            "ru_syria_assad",
            "ru_assad_moscow",
        ),
        "the genitive finds Асад",
    ),
    Labelled(
        "Раиси",
        ("ru_iran_president",),
        "a name",
    ),
    Labelled(
        "Пезешкиан",
        ("ru_iran_pezeshkian",),
        "a name",
    ),
    Labelled(
        "Израиль",
        (
            "ru_gaza_ceasefire",
            "ru_iran_strike",
        ),
        "Израилем, Израилю",
    ),
    Labelled(
        "израильский",
        ("ru_gaza_ceasefire",),
        "an adjective finds «Израильская»",
    ),
    Labelled(
        "Иран",
        (
            "ru_iran_strike",
            "ru_iran_president",
            "ru_iran_pezeshkian",
            "ru_three_countries",
        ),
        "the nominative finds Ирана, Иране",
    ),
    Labelled(
        "нефти",
        (
            "ru_oil_opec",
            "ru_oil_price",
        ),
        "the genitive finds «нефть»",
    ),
    Labelled(
        "рубля",
        (
            "ru_rouble",
            "ru_deception",
        ),
        "the genitive finds «Рубль»",
    ),
    # Russian: comparatives and degrees
    Labelled(
        "высокие цены",
        ("ru_higher_prices",),
        "a comparative «выше» for «высокие»: the user types the positive",
    ),
    Labelled(
        "высокий",
        (
            "ru_high_level",
            "ru_cb_nabiullina",
            "ru_cb_rate_july",
        ),
        "positive finds высоком, высокая, высоким",
    ),
    Labelled(
        "выше",
        ("ru_higher_prices",),
        "the comparative as written",
    ),
    Labelled(
        "сильный рост",
        ("ru_strongest_growth",),
        "a superlative «Сильнейший» for «сильный»",
    ),
    # Russian: numbers and dates in other forms
    Labelled(
        "15.09.2024",
        (
            "ru_date_dot",
            "ru_date_words",
        ),
        "a date with dots finds «15 сентября»",
    ),
    Labelled(
        "15 сентября",
        (
            "ru_date_words",
            "ru_date_dot",
        ),
        "the day in words finds 15.09.2024",
    ),
    Labelled(
        "три страны",
        ("ru_three_countries",),
        "the number in words",
    ),
    Labelled(
        "3 страны",
        ("ru_three_countries",),
        "a figure finds «Три страны»",
    ),
    Labelled(
        "три дня",
        ("ru_3_days",),
        "words find «3 дня»",
    ),
    Labelled(
        "21%",
        ("ru_cb_rate_oct",),
        "a percentage",
    ),
    Labelled(
        "8,88%",
        ("ru_inflation",),
        "a percentage with a comma",
    ),
    Labelled(
        "120 тысяч",
        ("ru_kursk_evac",),
        "a number with тысяч",
    ),
    Labelled(
        "26 человек",
        ("ru_prisoner_swap",),
        "figures",
    ),
    Labelled(
        "133",
        ("ru_fire_crocus",),
        "a bare number",
    ),
    Labelled(
        "2003 года",
        ("ru_cb_rate_oct",),
        "a year in the genitive",
    ),
    # Russian: hashtags
    # ШОС|ru_hashtag_sco|a hashtag typed
    # БРИКС2024|ru_hashtag_brics|a hashtag with a year
    Labelled(
        "Астана",
        (
            "ru_hashtag_sco",
            "ru_lavrov_astana",
            "ru_sco_declaration",
            "ru_kazakh_tokayev",
            "ru_csto_full",
        ),
        "the capital in any case",
    ),
    # Russian: typos
    Labelled(
        "Набиулина",
        ("ru_cb_nabiullina",),
        "one л dropped",
    ),
    Labelled(
        "Авдевка",
        ("ru_avdeevka",),
        "a letter dropped",
    ),
    Labelled(
        "Лавроф",
        (
            "ru_lavrov_astana",
            "ru_lavrov_interview",
            "ru_lavrov_fidan",
            "ru_un_full",
            "ru_saf_full",
            "ru_hashtag_sco",
            "ru_china_mfa",
            "ru_asean_full",
        ),
        "the last letter misheard",
    ),
    Labelled(
        "землятресение",
        (
            "ru_quake_japan",
            "ru_quake_taiwan",
        ),
        "a common misspelling",
    ),
    # Russian: ё and е
    Labelled(
        "учёт",
        (
            "ru_lavrov_interview",
            "ru_peace_talks",
        ),
        "ё typed finds «учётом» and «учёта»",
    ),
    Labelled(
        "учет интересов",
        ("ru_peace_talks",),
        "е typed finds «учёта интересов»",
    ),
    Labelled(
        "освобождённые",
        (
            "ru_prisoner_swap",
            "ru_avdeevka",
        ),
        "a full participle finds the short one «освобождены»",
    ),
    # English: places inside longer names and as adjectives
    Labelled(
        "North Macedonia",
        ("en_north_macedonia",),
        "the state",
        absent=("en_macedonia_greek",),
    ),
    Labelled(
        "Macedonia",
        (
            "en_north_macedonia",
            "en_macedonia_greek",
        ),
        "the word in both names",
    ),
    Labelled(
        "South Africa",
        (
            "en_south_africa_icj",
            "en_south_africa_election",
        ),
        "South Africa and South Africans",
        absent=("en_africa_summit",),
    ),
    Labelled(
        "African",
        (
            "en_africa_summit",
            "en_central_african",
        ),
        "the adjective as written",
    ),
    Labelled(
        "New Zealand",
        ("en_new_zealand",),
        "the state, not Denmark's island",
        absent=("en_zealand_danish",),
    ),
    Labelled(
        "New York",
        ("en_new_york",),
        "not York",
        absent=("en_york_uk",),
    ),
    Labelled(
        "Niger",
        ("en_niger_junta",),
        "Niger, not Nigeria",
        absent=("en_nigeria_fuel",),
    ),
    Labelled(
        "Nigeria",
        ("en_nigeria_fuel",),
        "Nigeria, not Niger",
        absent=("en_niger_junta",),
    ),
    Labelled(
        "South Sudan",
        ("en_south_sudan",),
        "the state",
        absent=("en_sudan_war",),
    ),
    Labelled(
        "Congo",
        ("en_congo_drc",),
        "a word of the long name",
    ),
    Labelled(
        "DRC",
        ("en_congo_drc",),
        "DRC finds «Democratic Republic of the Congo»",
    ),
    Labelled(
        "North Korea",
        ("en_korea_north",),
        "North Korea; South Korea's post names both",
    ),
    Labelled(
        "South Korea",
        (
            "en_korea_martial",
            "en_korea_north",
        ),
        "South Korean and South Korea's",
    ),
    Labelled(
        "South Korean",
        (
            "en_korea_martial",
            "en_korea_north",
        ),
        "the adjective finds the state's possessive",
    ),
    Labelled(
        "Indian",
        (
            "en_modi_moscow",
            "en_india_election",
        ),
        "the adjective finds India's",
    ),
    Labelled(
        "Ukrainian",
        ("en_ukrainian_drones",),
        "as written",
    ),
    Labelled(
        "Ukraine",
        (
            "en_ukraine_aid",
            "en_kursk_incursion",
            "en_atacms",
            "en_frozen_assets",
            "en_ukrainian_drones",
            "en_grain_deal",
            "en_imf_ukraine",
            "en_nato_summit",
            "en_macron_troops",
            "en_cameron_visit",
            "en_organization_us",
        ),
        "the state finds its adjective Ukrainian and Ukraine's",
    ),
    Labelled(
        "Azerbaijani",
        (
            "en_azerbaijani_cop",
            "en_armenia_azerbaijan",
            "en_aliev_spelling",
        ),
        "the adjective finds Azerbaijan",
    ),
    Labelled(
        "Armenian",
        ("en_armenia_azerbaijan",),
        "as written",
    ),
    Labelled(
        "Georgia",
        ("en_georgia_law",),
        "the state; the US state is the same word",
    ),
    Labelled(
        "Modi",
        (
            "en_india_election",
            "en_modi_moscow",
        ),
        "the name, not fashion",
        absent=("en_fashion",),
    ),
    Labelled(
        "Aliyev",
        (
            "en_azerbaijani_cop",
            "en_aliev_spelling",
        ),
        "Aliyev and Aliev",
    ),
    Labelled(
        "Ilham Aliev",
        (
            "en_azerbaijani_cop",
            "en_aliev_spelling",
        ),
        "the other spelling typed",
    ),
    Labelled(
        "Yoon",
        ("en_korea_martial",),
        "a one-syllable name",
    ),
    Labelled(
        "Hama",
        ("en_hama_city",),
        "the city, not Hamas",
        absent=("en_hamas_leader",),
    ),
    Labelled(
        "Hamas",
        (
            "en_hamas_leader",
            "en_cease_fire_hyphen",
            "en_held_talks",
            "en_holds_talks",
        ),
        "the group, not Hama",
        absent=("en_hama_city",),
    ),
    Labelled(
        "Houthis",
        (
            "en_houthis_red_sea",
            "en_houthi_attacks",
        ),
        "the plural finds Houthi",
    ),
    Labelled(
        "Hezbollah",
        ("en_hezbollah_truce",),
        "a name",
    ),
    Labelled(
        "Trump",
        (
            "en_us_election",
            "en_harris_debate",
            "en_tariff_high",
        ),
        "the man, not the card",
        absent=("en_trump_card",),
    ),
    Labelled(
        "Kamala Harris",
        (
            "en_us_election",
            "en_harris_debate",
        ),
        "a name of two words",
    ),
    # English: word forms
    Labelled(
        "elections",
        (
            "en_uk_election",
            "en_eu_elections",
            "en_election_single",
            "en_elected",
            "en_india_election",
            "en_pakistan_vote",
            "en_us_election",
            "en_south_africa_election",
            "en_north_macedonia",
            "en_aliev_spelling",
        ),
        "plural finds election",
    ),
    Labelled(
        "floods",
        (
            "en_flood_valencia",
            "en_flooding_germany",
        ),
        "floods and flooding",
    ),
    Labelled(
        "flooding",
        (
            "en_flood_valencia",
            "en_flooding_germany",
        ),
        "-ing finds floods",
    ),
    Labelled(
        "hurricanes",
        (
            "en_hurricane_helene",
            "en_hurricanes_milton",
        ),
        "the plural finds the singular",
    ),
    Labelled(
        "wildfire",
        (
            "en_wildfire_canada",
            "en_wildfires_plural",
        ),
        "the singular finds wildfires",
    ),
    Labelled(
        "earthquakes",
        (
            "en_japan_quake",
            "en_taiwan_quake",
        ),
        "the plural finds earthquake",
    ),
    Labelled(
        "quake",
        ("en_quakes_plural",),
        "as written",
    ),
    Labelled(
        "killed",
        (
            "en_japan_quake",
            "en_taiwan_quake",
            "en_flood_valencia",
            "en_houthi_attacks",
            "en_hamas_leader",
            "en_mali_wagner",
        ),
        "past finds killing and killed",
    ),
    Labelled(
        "struck",
        (
            "en_japan_quake",
            "en_taiwan_quake",
            "en_houthis_red_sea",
            "en_ukrainian_drones",
        ),
        "struck as written; strike's past",
    ),
    Labelled(
        "strikes",
        (
            "en_israel_iran",
            "en_nigeria_fuel",
            "en_guterres_noaccent",
        ),
        "the plural finds strike",
    ),
    Labelled(
        "missile",
        (
            "en_iran_missiles",
            "en_korea_north",
            "en_houthi_attacks",
            "en_atacms",
            "en_israel_iran",
        ),
        "the singular finds missiles",
    ),
    Labelled(
        "fired",
        (
            "en_korea_north",
            "en_atacms",
        ),
        "past as written",
    ),
    Labelled(
        "cuts rates",
        (
            "en_fed_cut",
            "en_fed_abbr",
        ),
        "cut and cuts; rates",
    ),
    Labelled(
        "rate cut",
        ("en_fed_cut",),
        "two words in another order and form: «cut interest rates»",
    ),
    Labelled(
        "lowered",
        (
            "en_fed_abbr",
            "en_ecb_rates",
        ),
        "past as written",
    ),
    Labelled(
        "frozen assets",
        ("en_frozen_assets",),
        "as written",
    ),
    Labelled(
        "froze",
        (
            "en_froze_accounts",
            "en_frozen_assets",
        ),
        "the past finds frozen",
    ),
    Labelled(
        "ceasefire",
        (
            "en_hezbollah_truce",
            "en_cease_fire_hyphen",
            "en_un_resolution",
        ),
        "ceasefire and cease-fire",
    ),
    Labelled(
        "cease-fire",
        (
            "en_hezbollah_truce",
            "en_cease_fire_hyphen",
            "en_un_resolution",
        ),
        "the hyphenated word finds the closed one",
    ),
    Labelled(
        "grew",
        ("en_china_growth",),
        "as written",
    ),
    Labelled(
        "grows",
        ("en_china_growth",),
        "grew is grow's past",
    ),
    Labelled(
        "higher tariffs",
        ("en_higher_tariffs",),
        "as written",
    ),
    Labelled(
        "tariffs",
        (
            "en_higher_tariffs",
            "en_tariff_high",
        ),
        "the plural",
    ),
    Labelled(
        "high tariffs",
        (
            "en_tariff_high",
            "en_higher_tariffs",
        ),
        "a comparative: higher",
    ),
    Labelled(
        "strong ties",
        ("en_stronger_ties",),
        "the comparative stronger",
    ),
    Labelled(
        "stronger",
        ("en_stronger_ties",),
        "as written",
    ),
    Labelled(
        "sworn in",
        (
            "en_north_macedonia",
            "en_congo_drc",
            "en_indonesia_prabowo",
        ),
        "a phrase as written",
    ),
    Labelled(
        "swear in",
        (
            "en_north_macedonia",
            "en_congo_drc",
            "en_indonesia_prabowo",
        ),
        "sworn is swear's participle",
    ),
    Labelled(
        "resigns",
        ("en_bangladesh",),
        "resigned",
    ),
    Labelled(
        "fled",
        ("en_bangladesh",),
        "as written",
    ),
    Labelled(
        "flee",
        ("en_bangladesh",),
        "fled is flee's past",
    ),
    # English: numbers
    Labelled(
        "$95 billion",
        ("en_ukraine_aid",),
        "a sum",
    ),
    Labelled(
        "95 billion dollars",
        ("en_ukraine_aid",),
        "a sum in words",
    ),
    Labelled(
        "$50 billion loan",
        ("en_frozen_assets",),
        "a sum and a noun",
    ),
    Labelled(
        "1.7%",
        ("en_inflation_uk",),
        "a percentage",
    ),
    Labelled(
        "1.7 percent",
        ("en_inflation_uk",),
        "percent spelled",
    ),
    Labelled(
        "4.6 per cent",
        ("en_china_growth",),
        "per cent in two words",
    ),
    Labelled(
        "25 basis points",
        (
            "en_fed_abbr",
            "en_ecb_rates",
        ),
        "a number and a phrase",
    ),
    Labelled(
        "two hundred",
        ("en_flood_valencia",),
        "200 in words",
    ),
    Labelled(
        "seventeen articles",
        ("en_armenia_azerbaijan",),
        "17 in words",
    ),
    Labelled(
        "eighth president",
        ("en_indonesia_prabowo",),
        "an ordinal as written",
    ),
    Labelled(
        "8th president",
        ("en_indonesia_prabowo",),
        "the ordinal in figures finds «eighth»",
    ),
    Labelled(
        "October 1",
        ("en_israel_iran",),
        "a date as written",
    ),
    # English: phrases, quotes, hashtags, typos
    Labelled(
        '"multipolar world order"',
        ("en_quote_multipolar",),
        "a quoted phrase",
    ),
    Labelled(
        '"martial law"',
        ("en_korea_martial",),
        "a quoted phrase",
    ),
    Labelled(
        '"foreign agent"',
        ("en_georgia_law",),
        "a quoted phrase, singular for «foreign agents»",
    ),
    # COP29|en_hashtag_cop|a hashtag
    Labelled(
        "COP29",
        (
            "en_hashtag_cop",
            "en_guterres_cop",
            "en_azerbaijani_cop",
            "ru_mirzieev_e",
        ),
        "the hashtag's word too",
    ),
    Labelled(
        "COP 29",
        (
            "en_hashtag_cop",
            "en_guterres_cop",
            "en_azerbaijani_cop",
        ),
        "letters and a number apart",
    ),
    Labelled(
        "Red Sea",
        (
            "en_houthis_red_sea",
            "en_spoke_phone",
        ),
        "two words",
    ),
    Labelled(
        "Hurricane Helen",
        ("en_hurricane_helene",),
        "a typo of a storm's name",
    ),
    Labelled(
        "Bangladehs",
        ("en_bangladesh",),
        "letters swapped",
    ),
    Labelled(
        "Indonesa",
        ("en_indonesia_prabowo",),
        "a letter dropped",
    ),
    Labelled(
        "Azerbajian",
        (
            "en_armenia_azerbaijan",
            "en_aliev_spelling",
        ),
        "letters swapped",
    ),
    # Russian: states inside longer names and as adjectives
    Labelled(
        "ЮАР",
        (
            "ru_saf_full",
            "ru_saf_abbr",
        ),
        "ЮАР finds «Южно-Африканской Республики»",
    ),
    Labelled(
        "Южно-Африканская Республика",
        (
            "ru_saf_full",
            "ru_saf_abbr",
        ),
        "the name finds ЮАР",
    ),
    Labelled(
        "Африка",
        (
            "ru_africa_general",
            "ru_ambassadors_meet",
        ),
        "the continent in the nominative",
    ),
    Labelled(
        "Северная Македония",
        ("ru_north_macedonia",),
        "the state",
        absent=("ru_macedonia_old",),
    ),
    Labelled(
        "Македонии",
        (
            "ru_north_macedonia",
            "ru_macedonia_old",
        ),
        "a word of both",
    ),
    Labelled(
        "Новая Зеландия",
        (
            "ru_new_zealand",
            "ru_zealand_other",
        ),
        "the state in any case",
    ),
    Labelled(
        "Гвинея",
        ("ru_guinea",),
        "Guinea, not Guinea-Bissau",
        absent=("ru_guinea_bissau",),
    ),
    Labelled(
        "Гвинея-Бисау",
        ("ru_guinea_bissau",),
        "the hyphenated state in the genitive",
    ),
    Labelled(
        "Саудовская Аравия",
        ("ru_saudi",),
        "the state",
    ),
    Labelled(
        "ОАЭ",
        (
            "ru_uae",
            "ru_emirates",
        ),
        "ОАЭ finds «Объединённые Арабские Эмираты»",
    ),
    Labelled(
        "Объединенные Арабские Эмираты",
        (
            "ru_emirates",
            "ru_uae",
        ),
        "е typed and ОАЭ",
    ),
    Labelled(
        "Эфиопия",
        ("ru_ethiopia",),
        "Эфиопии",
    ),
    Labelled(
        "Египет",
        ("ru_egypt",),
        "the nominative as written",
    ),
    Labelled(
        "Африканский союз",
        (
            "ru_african_union",
            "ru_au_abbr",
        ),
        "the name finds АС",
    ),
    Labelled(
        "АСЕАН",
        (
            "ru_asean",
            "ru_asean_full",
        ),
        "АСЕАН finds «Ассоциация государств Юго-Восточной Азии»",
    ),
    Labelled(
        "Ассоциация государств Юго-Восточной Азии",
        (
            "ru_asean_full",
            "ru_asean",
        ),
        "the name finds АСЕАН",
    ),
    Labelled(
        "КНДР",
        (
            "ru_dprk",
            "ru_north_korea",
        ),
        "КНДР finds «Северная Корея»",
    ),
    Labelled(
        "Северная Корея",
        (
            "ru_north_korea",
            "ru_dprk",
        ),
        "the state finds КНДР",
    ),
    Labelled(
        "Южная Корея",
        ("ru_south_korea",),
        "«Республика Корея», the state's other name",
    ),
    Labelled(
        "Индия",
        (
            "ru_india_modi",
            "ru_bigger",
            "ru_big",
        ),
        "Индии, Индия",
    ),
    Labelled(
        "индийский",
        ("ru_5_years",),
        "an adjective finds «индийского»",
    ),
    Labelled(
        "Моди",
        ("ru_india_modi",),
        "the name, not fashion's «моды»",
        absent=("ru_fashion",),
    ),
    Labelled(
        "Ван И",
        ("ru_china_mfa",),
        "the minister, not Ван Лимин",
        absent=("ru_wang_other",),
    ),
    Labelled(
        "МУС",
        (
            "ru_icc",
            "ru_mongolia",
        ),
        "МУС finds «Международного уголовного суда»",
    ),
    Labelled(
        "Улан-Батор",
        ("ru_mongolia",),
        "a hyphenated capital",
    ),
    Labelled(
        "Ханой",
        ("ru_vietnam",),
        "a capital in the prepositional",
    ),
    # Russian: verbs, gerunds, participles, short forms
    Labelled(
        "отметил",
        (
            "ru_noted_past",
            "ru_gerund",
        ),
        "the past finds the gerund «отметив»",
    ),
    Labelled(
        "отметив",
        (
            "ru_gerund",
            "ru_noted_past",
        ),
        "the gerund finds «отметил»",
    ),
    Labelled(
        "подчеркнуть",
        (
            "ru_ethiopia",
            "ru_quote_ru",
        ),
        "the infinitive finds «подчеркнул»",
    ),
    Labelled(
        "выступая",
        ("ru_ethiopia",),
        "a gerund as written",
    ),
    Labelled(
        "выступил",
        (
            "ru_ethiopia",
            "ru_nebenzya_unsc",
        ),
        "the past finds the gerund «выступая» and «выступил»",
    ),
    Labelled(
        "выслать",
        (
            "ru_expel",
            "ru_expelled",
        ),
        "the infinitive finds «выслала» and «Высланные»",
    ),
    Labelled(
        "высланные дипломаты",
        ("ru_expel",),
        "a participle finds «выслала», a plural «дипломатов»",
    ),
    Labelled(
        "покинуть",
        (
            "ru_declared_short",
            "ru_expelled",
            "ru_syria_assad",
        ),
        "the infinitive finds «покинули», «покинул»",
    ),
    Labelled(
        "объявлен",
        (
            "ru_declared_short",
            "ru_flood_orsk",
        ),
        "a short participle as written",
    ),
    Labelled(
        "объявить персоной нон грата",
        ("ru_declared_short",),
        "the infinitive finds «объявлен»",
    ),
    Labelled(
        "бессмысленный",
        ("ru_sanctions_short",),
        "a short adjective «бессмысленны»",
    ),
    Labelled(
        "обречены",
        ("ru_sanctions_short",),
        "as written",
    ),
    Labelled(
        "переизбран",
        (
            "ru_moldova_sandu",
            "ru_saf_adj",
            "ru_von_der_leyen",
        ),
        "a short participle finds «переизбрал»",
    ),
    # Russian: numbers and ordinals
    Labelled(
        "пять пунктов",
        ("ru_five_points",),
        "the number in the genitive: «пяти пунктов»",
    ),
    Labelled(
        "5 пунктов",
        ("ru_five_points",),
        "a figure finds «пяти»",
    ),
    Labelled(
        "пять лет",
        (
            "ru_5_years",
            "ru_india_modi",
        ),
        "words find «5 лет» and «пять лет»",
    ),
    Labelled(
        "третий форум",
        ("ru_3rd_forum",),
        "an ordinal in words finds «3-й»",
    ),
    Labelled(
        "3-й раунд",
        ("ru_third_round",),
        "an ordinal in figures finds «Третий раунд»",
    ),
    Labelled(
        "72 часа",
        ("ru_declared_short",),
        "«72 часов»",
    ),
    Labelled(
        "89 человек",
        ("ru_uae",),
        "figures",
    ),
    Labelled(
        "28",
        ("ru_new_zealand",),
        "a bare number",
    ),
    # Russian: comparatives
    Labelled(
        "крупный",
        (
            "ru_big",
            "ru_bigger",
        ),
        "the positive finds the comparative «крупнее»",
    ),
    Labelled(
        "быстрее",
        ("ru_bigger",),
        "as written",
    ),
    Labelled(
        "больше",
        ("ru_more_trade",),
        "as written",
    ),
    # English: spokespeople and names of two people
    Labelled(
        "Zakharova",
        (
            "en_mfa_ru_briefing",
            "en_zakharova_spelling",
        ),
        "the spokeswoman, not Zakharov",
        absent=("en_zakharov_other",),
    ),
    Labelled(
        "Peskov",
        ("en_peskov",),
        "a name",
    ),
    Labelled(
        "Medvedev",
        (
            "en_medvedev",
            "en_medvedev_tennis",
        ),
        "the same surname: both are found",
    ),
    Labelled(
        "Dmitry Medvedev",
        ("en_medvedev",),
        "the politician first",
        first="en_medvedev",
        absent=("en_medvedev_tennis",),
    ),
    Labelled(
        "Orban",
        (
            "en_orban_spell",
            "en_seeking_talks",
        ),
        "Orbán typed without the accent",
    ),
    Labelled(
        "Orbán",
        (
            "en_orban_spell",
            "en_seeking_talks",
        ),
        "with the accent",
    ),
    Labelled(
        "Cameron",
        (
            "en_fcdo_statement",
            "en_cameron_visit",
        ),
        "a name",
    ),
    Labelled(
        "Lammy",
        ("en_lammy",),
        "a name",
    ),
    Labelled(
        "Miller",
        ("en_state_briefing",),
        "a name",
    ),
    # English: irregular and regular verb forms
    Labelled(
        "seek",
        (
            "en_kremlin_sought",
            "en_seeking_talks",
        ),
        "seek finds sought and seeking",
    ),
    Labelled(
        "sought",
        (
            "en_kremlin_sought",
            "en_seeking_talks",
        ),
        "sought finds seeking",
    ),
    Labelled(
        "speak",
        (
            "en_spoke_phone",
            "en_speaks_phone",
            "en_date_uk",
        ),
        "spoke, speaks",
    ),
    Labelled(
        "spoke by phone",
        ("en_spoke_phone",),
        "a phrase as written",
    ),
    Labelled(
        "bring",
        (
            "en_brought_aid",
            "en_bring_back",
        ),
        "brought",
    ),
    Labelled(
        "began",
        (
            "en_began_talks",
            "en_nigeria_fuel",
            "en_houthi_attacks",
            "en_iaea",
        ),
        "began: begin's past",
    ),
    Labelled(
        "begin talks",
        ("en_began_talks",),
        "begin finds began",
    ),
    Labelled(
        "holds talks",
        (
            "en_holds_talks",
            "en_held_talks",
            "en_xi_putin",
        ),
        "holds finds held",
    ),
    Labelled(
        "held talks",
        (
            "en_held_talks",
            "en_holds_talks",
            "en_xi_putin",
            "en_modi_moscow",
        ),
        "held finds holds",
    ),
    Labelled(
        "children",
        (
            "en_children_gaza",
            "en_child_single",
            "en_programme",
        ),
        "children and child",
    ),
    Labelled(
        "child",
        (
            "en_child_single",
            "en_children_gaza",
        ),
        "the singular finds children",
    ),
    Labelled(
        "crisis",
        (
            "en_crisis",
            "en_crises_plural",
            "en_south_sudan",
        ),
        "crisis and crises",
    ),
    Labelled(
        "crises",
        (
            "en_crises_plural",
            "en_crisis",
        ),
        "crises finds crisis",
    ),
    Labelled(
        "meets",
        (
            "en_date_us",
            "en_ministers_meeting",
            "en_minister_met",
            "en_lavrov_spelled",
            "en_csto",
            "en_eaeu",
        ),
        "meets finds met and meet",
    ),
    # English: British and American spelling
    Labelled(
        "organization",
        (
            "en_organisation_uk",
            "en_sco_astana",
            "en_who_polio",
        ),
        "the US spelling finds Organisation",
    ),
    Labelled(
        "defense",
        (
            "en_defense_us",
            "en_defence_uk",
        ),
        "defence and defense",
    ),
    Labelled(
        "defence",
        (
            "en_defence_uk",
            "en_defense_us",
        ),
        "the other spelling",
    ),
    Labelled(
        "program",
        ("en_programme",),
        "program finds programme",
    ),
    Labelled(
        "politicize",
        ("en_mfa_ru_briefing",),
        "politicise",
    ),
    # English: abbreviations
    Labelled(
        "OPCW",
        (
            "en_organization_us",
            "en_organisation_uk",
        ),
        "OPCW finds the name spelled out",
    ),
    Labelled(
        "EAEU",
        (
            "en_eaeu",
            "en_eaeu_abbr",
        ),
        "EAEU finds «Eurasian Economic Union»",
    ),
    Labelled(
        "Eurasian Economic Union",
        (
            "en_eaeu",
            "en_eaeu_abbr",
        ),
        "the name finds EAEU",
    ),
    Labelled(
        "CSTO",
        ("en_csto",),
        "an abbreviation",
    ),
    Labelled(
        "CIS",
        ("en_cis",),
        "CIS finds «Commonwealth of Independent States»",
    ),
    Labelled(
        "OSCE",
        ("en_osce",),
        "an abbreviation",
    ),
    Labelled(
        "ICRC",
        ("en_bring_back",),
        "an abbreviation",
    ),
    Labelled(
        "WFP",
        ("en_programme",),
        "an abbreviation as written",
    ),
    Labelled(
        "GDP",
        ("en_defence_uk",),
        "as written",
    ),
    # English: places and words
    Labelled(
        "Chad",
        (
            "en_chad_vote",
            "en_programme",
        ),
        "Chad, Chad's",
    ),
    Labelled(
        "Taiwan",
        (
            "en_china_taiwan_word",
            "en_china_mao",
            "en_election_single",
            "en_taiwan_quake",
            "en_quakes_plural",
        ),
        "Taiwan, Taiwan's",
    ),
    Labelled(
        "Philippines",
        (
            "en_date_us",
            "en_philippines_sea",
        ),
        "Philippines and Philippine",
    ),
    Labelled(
        "Kenyan",
        ("en_kenya_haiti",),
        "as written",
    ),
    Labelled(
        "Global South",
        (
            "en_global_south",
            "en_quote_green",
        ),
        "two words",
    ),
    Labelled(
        "South China Sea",
        ("en_philippines_sea",),
        "a sea's name",
    ),
    # English: numbers and dates
    Labelled(
        "March 15, 2024",
        (
            "en_date_us",
            "en_date_uk",
        ),
        "a US date finds the UK one",
    ),
    Labelled(
        "15 March",
        (
            "en_date_uk",
            "en_date_us",
        ),
        "a UK date finds the US one",
    ),
    Labelled(
        "three ships",
        ("en_three_ships",),
        "as written",
    ),
    Labelled(
        "3 ships",
        ("en_three_ships",),
        "a figure finds three",
    ),
    Labelled(
        "three vessels",
        ("en_3_vessels",),
        "words find «3 vessels»",
    ),
    Labelled(
        "13,000 children",
        ("en_children_gaza",),
        "a number with a comma",
    ),
    Labelled(
        "13000",
        ("en_children_gaza",),
        "without the comma",
    ),
    Labelled(
        "2.5%",
        ("en_defence_uk",),
        "a percentage",
    ),
    Labelled(
        "36 countries",
        ("en_hashtag_brics",),
        "a number",
    ),
    Labelled(
        "thirty-six countries",
        ("en_hashtag_brics",),
        "the number in words",
    ),
    Labelled(
        "tenth anniversary",
        ("en_eaeu",),
        "an ordinal in words",
    ),
    Labelled(
        "10th anniversary",
        ("en_eaeu",),
        "the ordinal in figures",
    ),
    # English: hashtags, quotes
    # BRICS2024|en_hashtag_brics|a hashtag
    Labelled(
        '"new investment platform"',
        ("en_quote_green",),
        "a quoted phrase",
    ),
    Labelled(
        '"press briefing"',
        ("en_state_briefing",),
        "a quoted phrase in another case",
    ),
    # Mixed: agencies and their abbreviations in both languages
    Labelled(
        "МАГАТЭ",
        (
            "ru_iaea_zaes",
            "ru_iaea_full",
        ),
        "МАГАТЭ finds «Международного агентства по атомной энергии»",
    ),
    Labelled(
        "IAEA",
        (
            "en_iaea",
            "en_iaea_full",
        ),
        "IAEA finds «International Atomic Energy Agency»",
    ),
    Labelled(
        "ЗАЭС",
        ("ru_iaea_zaes",),
        "ЗАЭС finds «Запорожскую АЭС»",
    ),
    Labelled(
        "Zaporizhzhia",
        ("en_iaea",),
        "a place",
    ),
    Labelled(
        "ВОЗ",
        ("ru_who",),
        "the agency, not a cart",
        absent=("ru_cart",),
    ),
    Labelled(
        "ЮНЕСКО",
        ("ru_unesco",),
        "an abbreviation",
    ),
    Labelled(
        "Гросси",
        ("ru_iaea_zaes",),
        "a name",
    ),
    Labelled(
        "Grossi",
        ("en_iaea",),
        "a name",
    ),
    # Mixed: CIS states and names
    Labelled(
        "Кыргызстан",
        (
            "ru_kyrgyz",
            "ru_kirgizia",
        ),
        "Кыргызстан and Киргизия",
    ),
    Labelled(
        "Киргизия",
        (
            "ru_kirgizia",
            "ru_kyrgyz",
        ),
        "the other name",
    ),
    Labelled(
        "Таджикистан",
        (
            "ru_kyrgyz",
            "ru_tajik",
            "ru_cis_summit",
        ),
        "Таджикистана, Таджикистану",
    ),
    Labelled(
        "Рахмон",
        ("ru_tajik",),
        "a name",
    ),
    Labelled(
        "Алиев",
        (
            "ru_azerbaijan",
            "ru_pashinyan",
            "ru_mirzieev_e",
        ),
        "the president in any case (Мехрибан Алиева's nominative is his genitive: may be found)",
    ),
    Labelled(
        "Алиева",
        ("ru_alieva",),
        "the first vice-president",
    ),
    Labelled(
        "Пашинян",
        (
            "ru_pashinyan",
            "ru_armenia_csto",
        ),
        "an indeclinable name",
    ),
    Labelled(
        "Алма-Ата",
        ("ru_pashinyan",),
        "a hyphenated city in the prepositional",
    ),
    Labelled(
        "Алматы",
        ("ru_pashinyan",),
        "the city's other name",
    ),
    # Mixed: European and American politics
    Labelled(
        "Румыния",
        (
            "ru_romania",
            "ru_georgescu",
        ),
        "Румынии",
    ),
    Labelled(
        "Джорджеску",
        ("ru_georgescu",),
        "a name",
    ),
    Labelled(
        "Georgescu",
        ("en_romania",),
        "a name",
    ),
    Labelled(
        "фон дер Ляйен",
        ("ru_von_der_leyen",),
        "a name of three words",
    ),
    Labelled(
        "von der Leyen",
        ("en_von_der_leyen",),
        "a name of three words",
    ),
    Labelled(
        "Шольц",
        ("ru_scholz",),
        "a name",
    ),
    Labelled(
        "Шольцем",
        ("ru_scholz",),
        "the instrumental finds the nominative",
    ),
    Labelled(
        "Макрон",
        ("ru_macron",),
        "a name",
    ),
    Labelled(
        "Макрона",
        ("ru_macron",),
        "the genitive",
    ),
    Labelled(
        "Стармер",
        ("ru_starmer",),
        "a name",
    ),
    Labelled(
        "Трамп",
        (
            "ru_trump",
            "ru_trump_vance",
            "ru_elections_us",
        ),
        "Трамп in any case",
    ),
    Labelled(
        "Трампа",
        (
            "ru_trump",
            "ru_trump_vance",
            "ru_elections_us",
        ),
        "the genitive finds the nominative",
    ),
    Labelled(
        "Байден",
        ("ru_biden",),
        "a name",
    ),
    Labelled(
        "Харрис",
        (
            "ru_harris",
            "ru_biden",
        ),
        "an indeclinable name",
    ),
    Labelled(
        "Biden",
        (
            "en_biden_withdraw",
            "en_ukraine_aid",
            "en_zelensky",
            "en_higher_tariffs",
        ),
        "a name",
    ),
    Labelled(
        "withdraws",
        ("en_biden_withdraw",),
        "withdrew",
    ),
    Labelled(
        "Европарламент",
        ("ru_eu_parliament",),
        "a compound abbreviation as written",
    ),
    Labelled(
        "Еврокомиссии",
        ("ru_von_der_leyen",),
        "a case",
    ),
    # Mixed: economy
    Labelled(
        "замороженные активы",
        (
            "ru_g7",
            "ru_assets_freeze",
        ),
        "the nominative finds «замороженных активов»",
    ),
    Labelled(
        "заморозить",
        (
            "ru_freeze_verb",
            "ru_g7",
            "ru_assets_freeze",
        ),
        "the infinitive finds «заморозила» and its participle",
    ),
    Labelled(
        "саммит G7",
        ("ru_g7",),
        "the Latin abbreviation in a Russian post",
    ),
    Labelled(
        "«Большая семёрка»",
        ("ru_oil_price_cap",),
        "a quoted name in another case",
    ),
    Labelled(
        "Большая семерка",
        ("ru_oil_price_cap",),
        "е typed for ё",
    ),
    Labelled(
        "пшеница",
        (
            "ru_wheat",
            "ru_six_countries",
        ),
        "пшеницы",
    ),
    Labelled(
        "wheat",
        ("en_wheat",),
        "as written",
    ),
    Labelled(
        "55 млн тонн",
        ("ru_wheat",),
        "a number and abbreviations",
    ),
    Labelled(
        "55 million tonnes",
        ("en_wheat",),
        "as written",
    ),
    Labelled(
        "шесть стран",
        (
            "ru_grain_africa",
            "ru_six_countries",
        ),
        "words find «6 стран»",
    ),
    Labelled(
        "6 стран",
        (
            "ru_six_countries",
            "ru_grain_africa",
        ),
        "a figure finds «шесть»",
    ),
    # Mixed: places and disasters
    Labelled(
        "Крым",
        (
            "ru_crimea",
            "ru_black_sea",
        ),
        "Крыму",
    ),
    Labelled(
        "Crimea",
        ("en_crimea",),
        "as written",
    ),
    Labelled(
        "тайфун",
        ("ru_cyclone",),
        "«Тайфун»",
    ),
    Labelled(
        "typhoons",
        (
            "en_typhoon",
            "en_typhoons",
        ),
        "the plural finds Typhoon",
    ),
    Labelled(
        "вулкан",
        ("ru_volcano",),
        "вулкана",
    ),
    Labelled(
        "volcanoes",
        ("en_volcano",),
        "a plural finds volcano",
    ),
    Labelled(
        "пожары",
        (
            "ru_wildfire",
            "ru_fire",
        ),
        "пожаров, Пожар",
    ),
    Labelled(
        "Мали",
        (
            "ru_mali",
            "ru_hashtag_africa",
        ),
        "Mali, not «Малые»",
        absent=("ru_small",),
    ),
    Labelled(
        "Нигер",
        (
            "ru_niger",
            "ru_hashtag_africa",
        ),
        "Niger, not Nigeria",
        absent=("ru_nigeria",),
    ),
    Labelled(
        "Нигерия",
        ("ru_nigeria",),
        "Nigeria, not Niger",
        absent=("ru_niger",),
    ),
    Labelled(
        "Чад",
        ("ru_chad",),
        "Чаде",
    ),
    Labelled(
        "Того",
        ("ru_togo",),
        "Togo in capitals, not «Кроме того»",
        absent=("ru_kromo_togo",),
    ),
    Labelled(
        "Буркина-Фасо",
        (
            "ru_burkina",
            "ru_hashtag_africa",
        ),
        "a hyphenated state",
    ),
    # РоссияАфрика|ru_hashtag_africa|a hashtag
    # Mixed: other words of one meaning
    Labelled(
        "встреча министров",
        (
            "ru_vstrechi",
            "ru_vstretilis",
        ),
        "a noun and its verb «встретились»",
    ),
    Labelled(
        "договоренность",
        (
            "ru_agreement",
            "ru_agreed",
        ),
        "е typed; the verb «договорились»",
    ),
    Labelled(
        "ёлка",
        (
            "ru_yo_elka",
            "ru_e_elka",
        ),
        "ё typed finds елка",
    ),
    Labelled(
        "елка",
        (
            "ru_yo_elka",
            "ru_e_elka",
        ),
        "е typed finds ёлку",
    ),
    Labelled(
        "Палестинское государство",
        ("ru_two_state",),
        "the nominative as written",
    ),
    Labelled(
        "Palestinian state",
        ("en_two_state",),
        "as written",
    ),
    Labelled(
        "Palestinians",
        (
            "en_palestinians",
            "en_two_state",
        ),
        "a plural finds the adjective Palestinian",
    ),
    Labelled(
        '"political settlement"',
        ("en_quote_ru",),
        "a quoted phrase",
    ),
    Labelled(
        "«политическому урегулированию»",
        ("ru_quote_ru",),
        "a phrase in Russian quotes",
    ),
    Labelled(
        '"политическое урегулирование"',
        ("ru_quote_ru",),
        "a quoted phrase in another case",
    ),
    # More: мир as peace and as the world
    Labelled(
        "мировая экономика",
        (
            "ru_world_economy",
            "ru_imf_abbr",
        ),
        "the world economy in the genitive",
        absent=(
            "ru_peace_plan",
            "ru_peaceful_atom",
        ),
    ),
    Labelled(
        "мирный план",
        ("ru_peace_plan",),
        "peace plan in the nominative",
    ),
    Labelled(
        "Вторая мировая война",
        ("ru_world_war",),
        "the nominative finds the prepositional",
    ),
    Labelled(
        "мирный",
        (
            "ru_peace_plan",
            "ru_peaceful_atom",
            "ru_peace_talks",
        ),
        "the adjective of peace",
        absent=(
            "ru_world_economy",
            "ru_world_war",
        ),
    ),
    Labelled(
        "World Bank",
        ("en_world_bank",),
        "as written",
    ),
    # More: dates, ordinals and numbers
    Labelled(
        "Sept. 15",
        (
            "en_sept_date",
            "en_sept_full",
        ),
        "«Sept. 15» and «15 September»",
    ),
    Labelled(
        "September 15",
        (
            "en_sept_date",
            "en_sept_full",
        ),
        "the month spelled out",
    ),
    Labelled(
        "десятый член",
        ("ru_tenth_sco",),
        "the ordinal as written in another case",
    ),
    Labelled(
        "10-й член ШОС",
        ("ru_tenth_sco",),
        "an ordinal in figures finds «десятым»",
    ),
    Labelled(
        "10th member",
        (
            "en_tenth_member",
            "en_sco_abbr",
        ),
        "as written",
    ),
    Labelled(
        "tenth member",
        (
            "en_tenth_member",
            "en_sco_abbr",
        ),
        "the ordinal in words finds «10th»",
    ),
    Labelled(
        "180 стран",
        (
            "ru_180_countries",
            "ru_sochi_forum",
        ),
        "figures find «ста восьмидесяти»",
    ),
    Labelled(
        "сто восемьдесят стран",
        (
            "ru_sochi_forum",
            "ru_180_countries",
        ),
        "words find 180",
    ),
    Labelled(
        "32nd member",
        ("en_sweden_nato",),
        "as written",
    ),
    Labelled(
        "32-й член",
        ("ru_sweden",),
        "a Russian ordinal finds «32-м»",
    ),
    # More: names, places and demonyms
    Labelled(
        "Belarus",
        (
            "en_tenth_member",
            "en_sco_astana",
            "en_sco_abbr",
            "en_belarus_lukashenko",
        ),
        "the state finds Belarusian",
    ),
    Labelled(
        "Приднестровье",
        (
            "ru_transnistria",
            "ru_gerund_noting",
            "ru_answered",
        ),
        "the region in any case",
    ),
    Labelled(
        "Transnistria",
        ("en_transnistria",),
        "a place",
    ),
    Labelled(
        "Каспийское море",
        ("ru_caspian",),
        "«Каспийского моря» and «по Каспию»",
    ),
    Labelled(
        "Caspian Sea",
        ("en_caspian",),
        "the sea's two words; the post says «Caspian» and «the sea»",
    ),
    Labelled(
        "НАТО",
        (
            "ru_nato",
            "ru_nato_adj",
            "ru_sweden",
        ),
        "НАТО finds «натовские» and «Североатлантического альянса»",
    ),
    Labelled(
        "NATO",
        (
            "en_nato_summit",
            "en_sweden_nato",
        ),
        "an abbreviation",
    ),
    Labelled(
        "Вучич",
        ("ru_vucic",),
        "a name",
    ),
    Labelled(
        "Vučić",
        ("en_serbia_vucic",),
        "the accented spelling finds Vucic",
    ),
    Labelled(
        "Фицо",
        ("ru_slovakia",),
        "an indeclinable name",
    ),
    Labelled(
        "Fico",
        ("en_fico",),
        "a name",
    ),
    Labelled(
        "Slovakia",
        ("en_fico",),
        "the state finds Slovak",
    ),
    Labelled(
        "Алеппо",
        ("ru_syria_aleppo",),
        "an indeclinable city",
    ),
    Labelled(
        "Aleppo",
        ("en_aleppo",),
        "a city",
    ),
    Labelled(
        "Baltic Sea",
        ("en_baltic_cable",),
        "two words",
    ),
    Labelled(
        "Балтийское море",
        ("ru_baltic",),
        "the prepositional «Балтийском море»",
    ),
    # More: gerunds and verbs
    Labelled(
        "отвечая",
        (
            "ru_gerund_noting",
            "ru_answered",
        ),
        "the gerund finds «ответила»",
    ),
    Labelled(
        "ответила на вопросы",
        (
            "ru_answered",
            "ru_gerund_noting",
        ),
        "the past and «вопрос»",
    ),
    Labelled(
        '"Make Europe Great Again"',
        ("en_hungary_presidency",),
        "a quoted slogan",
    ),
    # Syntax: OR across the two alphabets, exclusions, filters, prefixes
    Labelled(
        "Лавров OR Lavrov",
        (
            "ru_lavrov_astana",
            "ru_lavrov_interview",
            "ru_lavrov_fidan",
            "ru_un_full",
            "en_lavrov_unga",
            "en_lavrov_possessive",
            "en_lavrov_spelled",
        ),
        "a name in both alphabets, as a bilingual reader types it",
    ),
    Labelled(
        '"Си Цзиньпин" OR "Xi Jinping"',
        (
            "ru_putin_xi",
            "ru_xi_visit_may",
            "en_xi_putin",
            "en_xi_macron",
        ),
        "the Chinese leader in both alphabets, each name quoted (OR joins the words beside it)",
    ),
    Labelled(
        "Токаев OR Tokayev",
        (
            "ru_kazakh_tokayev",
            "en_tokayev",
            "en_tokaev_spelling",
        ),
        "both alphabets, Tokaev too",
    ),
    Labelled(
        "ЕАЭС OR EAEU",
        (
            "ru_eaeu_decade",
            "ru_eaeu_trade",
            "en_eaeu",
            "en_eaeu_abbr",
        ),
        "abbreviations in both alphabets and their names",
    ),
    Labelled(
        "МАГАТЭ OR IAEA",
        (
            "ru_iaea_zaes",
            "ru_iaea_full",
            "en_iaea",
            "en_iaea_full",
        ),
        "the same",
    ),
    Labelled(
        "землетрясение OR earthquake",
        (
            "ru_quake_japan",
            "ru_quake_taiwan",
            "en_japan_quake",
            "en_taiwan_quake",
        ),
        "a word in both languages",
    ),
    Labelled(
        "саммит BRICS",
        ("ru_brics_kazan",),
        "the Latin abbreviation beside a Russian word finds БРИКС",
    ),
    Labelled(
        "SCO Астана",
        (
            "ru_lavrov_astana",
            "ru_hashtag_sco",
        ),
        "the same for ШОС",
    ),
    Labelled(
        "Medvedev -Daniil",
        ("en_medvedev",),
        "the politician, the tennis player left out",
        absent=("en_medvedev_tennis",),
    ),
    Labelled(
        "выборы -Грузия",
        (
            "ru_elections_russia",
            "ru_elections_us",
            "ru_iran_pezeshkian",
            "ru_romania",
            "ru_saf_abbr",
            "ru_macron",
            "ru_georgescu",
            "ru_eu_parliament",
            "ru_chad",
        ),
        "an excluded state in any case",
        absent=("ru_georgia_elect",),
    ),
    Labelled(
        "Гвинея NOT Бисау",
        ("ru_guinea",),
        "NOT as an operator",
        absent=("ru_guinea_bissau",),
    ),
    Labelled(
        "ceasefire -Hezbollah",
        (
            "en_cease_fire_hyphen",
            "en_un_resolution",
        ),
        "an exclusion",
        absent=("en_hezbollah_truce",),
    ),
    Labelled(
        "саммит --since 2024-10-01 --until 2024-10-31",
        (
            "ru_brics_kazan",
            "ru_putin_xi",
            "ru_brics_partners",
            "ru_guterres",
            "ru_hashtag_brics",
            "ru_asean",
        ),
        "a month's summits",
        absent=(
            "ru_lavrov_astana",
            "ru_african_union",
        ),
    ),
    Labelled(
        "Lavrov --source tass_en",
        ("en_lavrov_unga",),
        "one channel",
        absent=(
            "en_lavrov_possessive",
            "en_lavrov_spelled",
        ),
    ),
    Labelled(
        "Захарова --since 2024-10-01",
        ("ru_zakharova_moldova",),
        "a date filter",
        absent=("ru_zakharova_briefing",),
    ),
    Labelled(
        "санкц*",
        (
            "ru_sanctions_pack",
            "ru_sanctions_japan",
            "ru_gazprombank",
            "ru_sanctions_short",
            "ru_rouble",
            "ru_new_zealand",
        ),
        "a prefix finds санкции, санкционные, санкций",
    ),
    Labelled(
        "sanction*",
        (
            "en_sanctions_eu",
            "en_sanctioned_firm",
            "en_sanction_single",
        ),
        "an English prefix",
    ),
    Labelled(
        '"Грузинская мечта"',
        ("ru_georgia_elect",),
        "a quoted party name",
    ),
    Labelled(
        '"Грузинской мечты"',
        ("ru_georgia_elect",),
        "a quoted phrase in another case",
    ),
)

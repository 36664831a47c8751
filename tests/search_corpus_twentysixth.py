"""Twenty-sixth labelled search set: Dushanbe to Bamako, an analyst's everyday searches.

The archive holds 250 posts, 124 in Russian and 126 in English, from official channels (mid,
mfa_russia, kremlin, mod_russia, mchs, minenergo, duma, sovfed, rosatom, embassies and a
consulate, un_news, iaea) and agencies and media (tass, tass_en, ria, interfax, kommersant,
rt, xinhua, reuters, ap, afp, aljazeera, anadolu, rferl, armenpress, apa, kun_uz,
astana_times, montsame, bernama, ahram, prensa_latina, africanews, irna and others): Kremlin
and MID readouts, briefing excerpts with several topics, TASS, RIA and Interfax leads with
datelines («ДУШАНБЕ, 10 октября. /ТАСС/.», «БАМАКО, 28 окт — РИА Новости.»), Reuters, AP and
AFP stories ("BISHKEK, Nov 27 (Reuters) -"), one-liners, reposts ("Forwarded from",
«Репост»), consular notices, posts with hashtags, links and emoji. Most of its 40 stories
are told twice or more, in Russian and English posts worded independently: Putin's state
visit to Tajikistan and the CIS summit in Dushanbe; the AZAL crash near Aktau and Putin's
apology to Aliyev; Turkmenistan's 30 years of neutrality in Ashgabat, Serdar and Gurbanguly
Berdimuhamedov; Rosatom's plants in Uzbekistan (Jizzakh), Kazakhstan (Balkhash), Türkiye
(Akkuyu), Egypt (El Dabaa) and Bangladesh (Rooppur); Tokayev in the Kremlin; Samvel
Karapetyan's arrest and Pashinyan's feud with the church; the CSTO summit in Bishkek without
Armenia; Georgia's local elections and Kobakhidze; WHO's malaria-free Georgia; Moldova's
election and Transnistria; the Victory Day parade, Fico and Vučić; Novi Sad a year on;
Slovakia's veto on the 18th sanctions package; the Budapest summit that was not and Orbán's
oil exemption; the Istanbul talks, Fidan and Erdoğan; UNIFIL's last mandate, Joseph Aoun and
Hezbollah; Iraq's election and Lukoil's West Qurna-2; the Arab League in Baghdad; the
Houthis, Eternity C and Magic Seas; the Grand Egyptian Museum; UNESCO's El-Enany in
Samarkand; the IMF, the World Bank and Russian wheat; the JNIM blockade of Bamako and the
Sahel states' joint force; Niger's uranium; Russia–Africa in Cairo; the African Union's
summits; the Russia–Venezuela treaty; Hurricane Melissa in Cuba; BRICS in Rio; Mongolia's
prime minister Zandanshatar; ASEAN in Kuala Lumpur, Timor-Leste, Anwar Ibrahim and the
Thailand–Cambodia ceasefire; Laros-2025; the SCO in Tianjin; OPEC+; Lavrov at the UN General
Assembly; Zapad-2025; the Caspian and its seals; the Arctic forum and the Northern Sea
Route; visa-free travel with China; Gumennik, Petrosyan and Milan; the EAEU in Minsk; the
OSCE in Vienna. Query kinds: k1 organisations and abbreviations in both languages and
scripts; k2 events with places; k3 places in Russian case forms and in English; k4 topics
and common words; k5 people, declined surnames, transliteration variants; k6 quoted phrases;
k7 a word excluded with a minus; k8 dates in words and figures, with and without a year; k9
hashtags and lower-case typing; k10 typos of one or two letters; k11 е typed for ё and
mixed-script queries; k12 questions typed naturally.

Labelling rules, those of the twenty-fifth set: expected holds every post a reader typing
the query wants. A person, organisation, place, abbreviation or date matches in either
language or script, in any case form, spelling, transliteration or abbreviation (a person
named with a given name or initials is that person: С.С.Карапетян for Самвел Карапетян,
Ш.М.Мирзиёев, Р.Т.Эрдоган, Н.Мадуро; place adjectives such as таджикский,
туркмено-афганской, таиландско-камбоджийской, египетский or Каспийский and nationality
adjectives such as Tajik, Turkmen, Georgian, Iraqi or Slovak name the place, inside a name
too: Georgian Dream, Azerbaijan Airlines, the Caspian Pipeline Consortium; a day counts in
words in either language or in figures, «9 окт», Dec. 1, 10.10 and «двадцать седьмого
сентября» included, and a range such as «19–20 декабря» holds each of its days; dates are
read from a post's text, never from the day it was posted; a typed year excludes posts of
another year, a post's year being the one its text states for what it reports or else its
story's: 2025 except the AZAL crash and Orruda-2024 (2024), Egypt's malaria certificate (20
October 2024), the Budapest Memorandum (1994) and the African Union's 39th summit (2026)).
Common words and topics (выборы, elections, санкции, sanctions, переговоры, talks) match
only posts in the language typed, in any inflected or derived form of the same stem
(выборах, выборщики; election, electoral, elected; протест, protesters; партнёрство,
государства-партнёра; безвиз, безвизовый), never a synonym (перемирие is not прекращение
огня, scientists are not учёные, Victory Day celebrations are not a parade). A query of
several words wants posts holding all of them, each by these rules; prepositions, particles,
question words and verbs such as сказал, said, held, agreed are not terms, nor is the verb
of a typed question (кто победил, когда ввел, who won, why did ... apologise, where did ...
sink). A place's name of several words (Красное море, Red Sea, Чёрное море, Black Sea,
Красная площадь, Red Square, Рио-де-Жанейро, Куала-Лумпур, Восточный Тимор, Нови-Сад,
Буркина-Фасо, Северный морской путь) is one name, not its words. A quoted phrase wants its
words together and in order, inflected; a hashtag means its word; -word removes the posts
that word matches (a common word typed in Russian removes only Russian posts, one typed in
English only English posts; a place, organisation or person removes the posts naming it in
either language, a bare surname its best-known bearer only).

As applied here: ОДКБ = CSTO = Collective Security Treaty Organisation = Организация
Договора о коллективной безопасности; СНГ = CIS = Commonwealth of Independent States =
Содружество (Независимых Государств); ЕАЭС = EAEU = Eurasian Economic Union; ШОС = SCO =
Shanghai Cooperation Organization; БРИКС = BRICS; АСЕАН = ASEAN = Ассоциация государств
Юго-Восточной Азии; ОПЕК+ = OPEC+ = opec; ОБСЕ = OSCE; ВОЗ = WHO = World Health
Organization; ЮНЕСКО = UNESCO; ЮНИСЕФ = UNICEF; МАГАТЭ = IAEA = International Atomic Energy
Agency; МВФ = IMF; Всемирный банк = World Bank; ВСООНЛ = UNIFIL = UN Interim Force in
Lebanon; Совет Безопасности ООН = UN Security Council; Генассамблея = Генеральная Ассамблея
ООН = UN General Assembly; Лига арабских государств = Arab League; Африканский союз = АС =
African Union = AU; Альянс (Конфедерация) государств Сахеля = Alliance of Sahel States; ДНИМ
= JNIM; хуситы = Houthis; МЧС России = Russia's Emergencies Ministry; Минобороны = Defence
Ministry; Минэнерго = Russia's Energy Ministry; Госдума = State Duma; Совфед = Совет
Федерации = Federation Council; AZAL = Azerbaijan Airlines; АЭС = атомная электростанция =
nuclear power plant = nuclear plant, an abbreviation that finds the plants in both
languages; Севморпуть = Северный морской путь = Northern Sea Route; «Запад-2025» =
Zapad-2025 = the Zapad exercises; Laros-2025 = «Ларос-2025». Places: Молдавия = Молдова =
Moldova; Приднестровье = Transnistria; Киргизия = Kyrgyzstan; Белоруссия = Belarus; Турция =
Türkiye = Turkey; Восточный Тимор = Timor-Leste; Улан-Батор = Ulaanbaatar; Джизакская
область = Jizzakh; Рио = Rio de Janeiro. People: Бердымухамедов = Berdimuhamedov =
Berdymukhamedov = Berdimuhamedow, the bare surname being the sitting president Serdar;
Пашинян = Pashinyan = Pashinian; Карапетян = Karapetyan = Karapetian, the bare surname being
the businessman Samvel; Вучич = Vučić = Vucic; Орбан = Orbán = Orban, the bare surname being
Viktor; Эрдоган = Erdoğan = Erdogan; Траоре = Traoré = Traore, the bare surname being
Ibrahim; Гуменник = Gumennik, Пётр = Pyotr; эль-Анани = аль-Анани = El-Enany; Занданшатар =
Zandanshatar; Токаев = Tokayev = Tokaev. A city, capital or not, does not stand for its
country (Dushanbe is not Tajikistan, Tbilisi is not Georgia, Istanbul is not Türkiye, Niamey
is not Niger, Sanaa is not Yemen, Baku is not Azerbaijan); another country's ministry is not
Russia's (МЧС Казахстана, Niger's and Türkiye's energy ministers), nor is Russia's Security
Council the UN's, nor Kazakhstan's atomic energy agency the IAEA. A surname alone is its
best-known bearer here; a post naming only another bearer is left unlabelled for the bare
surname and is absent for the full name (Heydar Aliyev, whose name an airport and a centre
in Baku bear, for Ilham Aliyev; Gurbanguly for Serdar Berdimuhamedov and Serdar for
Gurbanguly; Saida Mirziyoyeva for Shavkat Mirziyoyev; the conductor Karen Karapetyan for
Samvel Karapetyan; Balázs Orbán for Viktor Orbán; Michel Aoun for Joseph Aoun; Moussa Traore
for Ibrahim Traoré; Hun Sen for Hun Manet; Nicolás Maduro Guerra for Nicolás Maduro; Ibrahim
Traoré and Anwar Ibrahim for each other). absent lists precision traps that share a string
but not the meaning: the US state for Georgia, Thanksgiving turkeys and Turkmen for Turkey,
Rio Tinto, Патриотический, приостановить and приоритетом for Rio, Milan Kundera for Milan,
the cinema «Ташкент» in Moscow for Tashkent, the herb мелисса for Hurricane Melissa, the
Bayraktar drone for the minister Bayraktar, Nigeria and its Niger State for Niger, Эмомали
for Мали, Ираклий and Irakli for Iraq, al-Sudani for Sudan and Sudan for al-Sudani, Modibo
Keita for Modi, раунд for Аун, UNESCO for SCO, ЕАЭС for АЭС and АЭС for ЕАЭС, the pronoun
who for WHO, возложил and воздержаться for ВОЗ, пленарном and выступление for пленные,
electricity and Electric Networks for elections, visited for visa, sealed for seals, Запад
meaning the West for «Запад-2025», «чрезвычайных ситуациях» for МЧС, СБСЕ and the CSCE, the
OSCE's forerunner, for ОБСЕ; near-miss days (9 and 10 October, 9 and 29 October, 28 and 29
September, 27 and 28 November, 1, 2, 4 and 11 November, 5 and 25 December, 12 December and
12 August, 26 and 27 October, 27 and 28 March, 14 and 15 September, 23 and 24 July, 4 and 5
October, and posts that only went out on the day asked for); the other year (the 1994 summit
in Budapest, the 2024 AZAL crash, Egypt's 2024 certificate, the AU summits of 2025 and 2026,
Orruda-2024 against Indonesia's BRICS entry of 2025); a phrase's words apart (Каспийского
моря ... Красную книгу for «Красное море», «прямые российско-украинские переговоры»,
«30-летия нейтралитета ... #Туркменистан», «грузинский народ»), one word of it alone
(Victory Day celebrations, other memoranda, Red Square and the Red Sea for each other); and
a minus query's excluded posts. first is set only where one post is clearly what a reader
wants on top.
Written blind in session 51: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ------------------------------------------------------------- Tajikistan and the CIS
    "ru_dushanbe_visit": (
        (10, 8),
        "kremlin",
        "Государственный визит в Республику Таджикистан\n\n"
        "Владимир Путин прибыл в Душанбе с государственным визитом. В программе — переговоры с "
        "Президентом Таджикистана Эмомали Рахмоном в узком и расширенном составах и подписание "
        "пакета межгосударственных и межведомственных документов. 10 октября в столице республики "
        "пройдёт заседание Совета глав государств СНГ.\n\n"
        "http://kremlin.ru/events/president/news/78190",
    ),
    "en_dushanbe_visit": (
        (10, 9),
        "reuters",
        "DUSHANBE, Oct 9 (Reuters) - Russian President Vladimir Putin and Tajik President Emomali "
        "Rahmon pledged on Thursday to deepen military cooperation, with Moscow promising to help "
        "reinforce Tajikistan's 1,340-km border with Afghanistan. Russia's 201st military base "
        "near the capital is its largest army facility abroad.",
    ),
    "en_tajik_migrants": (
        (10, 9),
        "tass_en",
        "Russia, Tajikistan agree on organized recruitment of migrant workers\n\n"
        "DUSHANBE, October 9. /TASS/. Moscow and Dushanbe signed an agreement under which Tajik "
        "citizens will be able to take Russian language tests and undergo medical checks at home "
        "before travelling to Russia for work, the Russian Interior Ministry said.",
    ),
    "ru_tajik_migrants": (
        (10, 9),
        "interfax",
        "Мигранты из Таджикистана смогут сдавать экзамен по русскому языку и проходить "
        "медосвидетельствование на родине до въезда в Россию. Соглашение об оргнаборе подписано в "
        "ходе визита Путина в Душанбе, сообщили в МВД.",
    ),
    "ru_cis_summit": (
        (10, 10),
        "tass",
        "ДУШАНБЕ, 10 октября. /ТАСС/. Лидеры стран Содружества Независимых Государств по итогам "
        "заседания Совета глав государств в Душанбе подписали заявление к 80-летию Победы и "
        "решение о председательстве Туркменистана в СНГ в 2026 году. Неформальная встреча глав "
        "государств Содружества пройдёт в декабре в Санкт-Петербурге, сообщил Путин журналистам. "
        "#СНГ",
    ),
    "en_cis_summit": (
        (10, 10),
        "ap",
        "DUSHANBE, Tajikistan (AP) — Leaders of former Soviet nations met Friday for a summit of "
        "the Commonwealth of Independent States, where Putin said Moscow was ready to build on "
        "the understandings reached at his Alaska meeting with President Donald Trump. Armenian "
        "Prime Minister Nikol Pashinyan attended even though his country has frozen its "
        "participation in a Russia-led security alliance.",
    ),
    "ru_cis_oneliner": (
        (10, 10),
        "ria",
        "Саммит СНГ в Душанбе завершился, лидеры сфотографировались у дворца «Кохи Навруз». 📸",
    ),
    # ---------------------------------------------------------------- Azerbaijan and AZAL
    "ru_aliyev_dushanbe": (
        (10, 9),
        "ria",
        "ДУШАНБЕ, 9 окт — РИА Новости. Владимир Путин на встрече с президентом Азербайджана "
        "Ильхамом Алиевым принёс извинения за то, что трагический инцидент с самолётом AZAL "
        "произошёл в российском воздушном пространстве. По словам Путина, две ракеты ПВО, "
        "выпущенные по украинским беспилотникам, разорвались примерно в десяти метрах от лайнера. "
        "Российская сторона выплатит компенсации, добавил он.",
    ),
    "en_aliyev_dushanbe": (
        (10, 9),
        "anadolu",
        "Putin admits Russian air defence missiles hit Azerbaijan Airlines jet\n\n"
        "Meeting Azerbaijani President Ilham Aliyev on the sidelines of the CIS summit in "
        "Dushanbe on Thursday, Russian President Vladimir Putin said compensation would be paid "
        "and the actions of all officials would be given a legal assessment. The Embraer 190 "
        "flying from Baku to Grozny crashed near Aktau in Kazakhstan last December, killing 38 of "
        "the 67 people on board.",
    ),
    "ru_azal_crash": (
        (12, 25),
        "tass",
        "АКТАУ, 25 декабря. /ТАСС/. Пассажирский самолёт Embraer 190 азербайджанской авиакомпании "
        "AZAL, выполнявший рейс Баку — Грозный, потерпел крушение примерно в трёх километрах от "
        "Актау. На борту находились 62 пассажира и пять членов экипажа, часть людей выжила, "
        "сообщили в МЧС Казахстана. #AZAL",
    ),
    "en_heydar_airport": (
        (2, 3),
        "apa",
        "Dense fog disrupts flights at Baku's Heydar Aliyev International Airport, with 14 "
        "departures delayed on Monday morning, the airport's press service said. Passengers are "
        "advised to check the status of their flights online.",
    ),
    "ru_heydar_center": (
        (9, 14),
        "sputnik_az",
        "В Центре Гейдара Алиева в Баку открылась выставка современного азербайджанского ковра. "
        "Экспозиция продлится до конца ноября.",
    ),
    "ru_azerbaijan_note": (
        (6, 30),
        "mid",
        "О вызове в МИД России посла Азербайджана\n\n"
        "30 июня в МИД России был вызван Чрезвычайный и Полномочный Посол Азербайджанской "
        "Республики в Москве Р.Д.Мустафаев. Ему выражен решительный протест в связи с "
        "недружественными действиями Баку, включая незаконное задержание сотрудников агентства "
        "«Sputnik Азербайджан». #Азербайджан",
    ),
    "en_azerbaijan_sputnik": (
        (7, 1),
        "reuters",
        "BAKU, July 1 (Reuters) - Azerbaijani police detained the head of Sputnik Azerbaijan and "
        "searched the Russian news agency's Baku office, a day after Azerbaijan cancelled "
        "cultural events with Russia in protest at the deaths of two Azerbaijani men during "
        "police raids in Yekaterinburg.",
    ),
    # ----------------------------------------------------------------------- Turkmenistan
    "ru_ashgabat_forum": (
        (12, 12),
        "kremlin",
        "Международный форум «Эпоха мира и доверия — основа устойчивого развития»\n\n"
        "Владимир Путин принял участие в форуме в Ашхабаде, приуроченном к Международному году "
        "мира и доверия и 30-летию постоянного нейтралитета Туркменистана. На полях форума "
        "состоялись переговоры с Президентом Туркменистана Сердаром Бердымухамедовым и встреча с "
        "Председателем Халк Маслахаты Гурбангулы Бердымухамедовым.",
    ),
    "en_ashgabat_forum": (
        (12, 12),
        "xinhua",
        "ASHGABAT, Dec. 12 (Xinhua) -- Turkmenistan on Friday marked the 30th anniversary of its "
        "permanent neutrality, recognized by the UN General Assembly in December 1995, with an "
        "international forum attended by leaders from Russia, Iran and Central Asian states. "
        "President Serdar Berdimuhamedov said neutrality remained the cornerstone of Turkmen "
        "foreign policy.",
    ),
    "ru_turkmen_oneliner": (
        (12, 11),
        "ria",
        "Ашхабад готовится к празднованию 30-летия нейтралитета: на главных улицах вывешены "
        "флаги, движение ограничено. #Туркменистан",
    ),
    "en_gurbanguly_alabai": (
        (4, 27),
        "rferl",
        "Former Turkmen leader Gurbanguly Berdimuhamedov, who handed the presidency to his son in "
        "2022, has unveiled yet another gilded statue of an Alabai shepherd dog in Ashgabat, on "
        "the national holiday dedicated to the breed.",
    ),
    "ru_gurbanguly_horse": (
        (4, 26),
        "turkmenportal",
        "Председатель Халк Маслахаты Гурбангулы Бердымухамедов принял участие в празднике "
        "туркменского скакуна на ипподроме под Ашхабадом и вручил награды лучшим наездникам.",
    ),
    "ru_shoigu_ashgabat": (
        (6, 3),
        "tass",
        "АШХАБАД, 3 июня. /ТАСС/. Секретарь Совета безопасности России Сергей Шойгу провёл "
        "переговоры с президентом Туркменистана Сердаром Бердымухамедовым. Стороны обсудили "
        "безопасность на туркмено-афганской границе и борьбу с наркотрафиком.",
    ),
    # ------------------------------------------------------------------------- Uzbekistan
    "ru_uzbek_npp": (
        (9, 25),
        "tass",
        "МОСКВА, 25 сентября. /ТАСС/. «Росатом» и агентство «Узатом» на полях Всемирной атомной "
        "недели подписали документы о начале основного этапа строительства атомной электростанции "
        "в Джизакской области Узбекистана. Станция объединит два энергоблока ВВЭР-1000 и два "
        "реактора малой мощности РИТМ-200Н, сообщил гендиректор госкорпорации Алексей Лихачёв.",
    ),
    "en_uzbek_npp": (
        (9, 26),
        "kun_uz",
        "Uzatom: construction of Uzbekistan's first nuclear power plant in Jizzakh region enters "
        "its main phase. The project, built by Russia's Rosatom, combines two large VVER-1000 "
        "units with two small modular reactors.",
    ),
    "en_iaea_uzbek": (
        (11, 14),
        "iaea",
        "IAEA Team Concludes Nuclear Infrastructure Review in Uzbekistan\n\n"
        "An International Atomic Energy Agency (IAEA) team said Uzbekistan has made significant "
        "progress in developing the infrastructure for its first nuclear power plant, to be built "
        "in the Jizzakh region. The Integrated Nuclear Infrastructure Review (INIR) mission was "
        "carried out at the request of the Government of Uzbekistan. #AtomsForPeace",
    ),
    "ru_mirziyoyev_birthday": (
        (7, 24),
        "kremlin",
        "Поздравление Президенту Узбекистана Шавкату Мирзиёеву с днём рождения\n\n"
        "Владимир Путин направил поздравление Президенту Республики Узбекистан Ш.М.Мирзиёеву. "
        "«Высоко ценю наше личное взаимодействие. Уверен, что совместными усилиями мы и дальше "
        "будем развивать российско-узбекистанское стратегическое партнёрство и союзничество», — "
        "говорится в послании.",
    ),
    "en_saida_unicef": (
        (3, 3),
        "kun_uz",
        "Saida Mirziyoyeva, head of the Presidential Administration of Uzbekistan, met UNICEF "
        "Executive Director Catherine Russell in Tashkent to discuss child protection reform and "
        "inclusive education.",
    ),
    "ru_tashkent_cinema": (
        (8, 14),
        "ria",
        "В Москве после реконструкции открылся кинотеатр «Ташкент» на Волгоградском проспекте. В "
        "здании сохранили мозаичное панно, а залов стало шесть.",
    ),
    # ------------------------------------------------------------------------- Kazakhstan
    "ru_kz_npp": (
        (6, 14),
        "interfax",
        "АСТАНА, 14 июня. /Интерфакс/. Агентство по атомной энергии Казахстана определило "
        "«Росатом» лидером международного консорциума по сооружению первой в республике АЭС у "
        "села Улькен в Алматинской области, на берегу озера Балхаш. Строительство станции "
        "поддержали 71% участников референдума, напомнил президент Касым-Жомарт Токаев.",
    ),
    "en_kz_npp": (
        (6, 14),
        "reuters",
        "ASTANA, June 14 (Reuters) - Kazakhstan has chosen Russia's state nuclear corporation "
        "Rosatom to lead construction of its first nuclear power plant, the country's atomic "
        "energy agency said on Saturday, adding that China's CNNC would be asked to lead a second "
        "plant. President Kassym-Jomart Tokayev has said the Central Asian nation needs nuclear "
        "power to cover a looming electricity deficit.",
    ),
    "ru_tokayev_kremlin": (
        (11, 12),
        "kremlin",
        "Российско-казахстанские переговоры\n\n"
        "В Кремле состоялись переговоры Владимира Путина с Президентом Республики Казахстан "
        "Касым-Жомартом Токаевым, находящимся в России с государственным визитом. Подписана "
        "Декларация о переходе к отношениям всеобъемлющего стратегического партнёрства и "
        "союзничества.",
    ),
    "en_tokayev_kremlin": (
        (11, 12),
        "astana_times",
        "Tokayev and Putin sign declaration raising Kazakhstan-Russia ties to a comprehensive "
        "strategic partnership and alliance. The two presidents also discussed the nuclear power "
        "plant project, the Caspian Pipeline Consortium and gas supplies during talks in the "
        "Kremlin on November 12.",
    ),
    # ---------------------------------------------------------------------------- Armenia
    "ru_karapetyan_arrest": (
        (6, 18),
        "tass",
        "ЕРЕВАН, 18 июня. /ТАСС/. Служба национальной безопасности Армении задержала российского "
        "предпринимателя Самвела Карапетяна, владельца компании «Электрические сети Армении». Ему "
        "вменяют публичные призывы к захвату власти. Накануне бизнесмен заявил, что встанет на "
        "защиту Армянской апостольской церкви в её конфликте с премьер-министром Николом "
        "Пашиняном.",
    ),
    "en_karapetyan_arrest": (
        (6, 18),
        "rferl",
        "Armenian security forces on Wednesday detained Russian-Armenian billionaire Samvel "
        "Karapetian, hours after he vowed to stand up for the Armenian Apostolic Church in its "
        "feud with Prime Minister Nikol Pashinian. Pashinian later said the government would "
        "nationalise Karapetian's Electric Networks of Armenia.",
    ),
    "ru_karapetyan_mfa": (
        (6, 19),
        "mid",
        "Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ в связи с "
        "задержанием в Армении С.С.Карапетяна\n\n"
        "Вопрос: Как в Москве оценивают задержание в Ереване российского бизнесмена?\n\n"
        "Ответ: Речь идёт о гражданине Российской Федерации. Посольство России в Ереване "
        "находится в контакте с его адвокатами. Рассчитываем, что все его права будут соблюдены.",
    ),
    "en_karapetyan_conductor": (
        (3, 14),
        "armenpress",
        "The Armenian State Symphony Orchestra under conductor Karen Karapetyan opens its spring "
        "season in Yerevan on Friday with Khachaturian's ballet suite Spartacus.",
    ),
    "ru_pashinyan_csto": (
        (11, 20),
        "tass",
        "ЕРЕВАН, 20 ноября. /ТАСС/. Армения не будет участвовать в саммите ОДКБ в Бишкеке, заявил "
        "премьер-министр Никол Пашинян. По его словам, членство республики в организации остаётся "
        "замороженным.",
    ),
    "en_pashinyan_church": (
        (6, 29),
        "ap",
        "YEREVAN, Armenia (AP) — Armenian authorities arrested a senior archbishop on charges of "
        "plotting a coup, escalating a bitter feud between Prime Minister Nikol Pashinyan and the "
        "Armenian Apostolic Church. Pashinyan has called for the removal of Catholicos Karekin II.",
    ),
    # -------------------------------------------------------------------- CSTO in Bishkek
    "ru_csto_bishkek": (
        (11, 27),
        "tass",
        "БИШКЕК, 27 ноября. /ТАСС/. Саммит ОДКБ прошёл в столице Киргизии без участия Армении. "
        "Лидеры приняли декларацию, одобрили программу перевооружения Коллективных сил "
        "оперативного реагирования и передали председательство в организации в 2026 году России. "
        "#ОДКБ",
    ),
    "en_csto_bishkek": (
        (11, 27),
        "reuters",
        "BISHKEK, Nov 27 (Reuters) - Leaders of the Russia-led Collective Security Treaty "
        "Organisation held their annual summit in Kyrgyzstan on Thursday without Armenia, whose "
        "prime minister has frozen participation in the bloc. Host President Sadyr Japarov said "
        "the alliance remained the guarantor of stability in Central Asia.",
    ),
    "ru_csto_oneliner": (
        (11, 28),
        "ria",
        "Путин 28 ноября завершил государственный визит в Киргизию и вылетел в Москву.",
    ),
    # ---------------------------------------------------------------------------- Georgia
    "ru_georgia_elections": (
        (10, 4),
        "tass",
        "ТБИЛИСИ, 4 октября. /ТАСС/. Правящая партия «Грузинская мечта» лидирует на муниципальных "
        "выборах во всех 64 муниципалитетах Грузии, следует из предварительных данных ЦИК. "
        "Вечером сторонники оппозиции попытались прорваться к президентскому дворцу на проспекте "
        "Руставели. Премьер-министр Ираклий Кобахидзе назвал произошедшее попыткой свержения "
        "конституционного строя.",
    ),
    "en_georgia_protest": (
        (10, 5),
        "reuters",
        "TBILISI, Oct 5 (Reuters) - Georgian police used water cannon and pepper spray to "
        "disperse protesters who tried to storm the presidential palace after local elections won "
        "by the ruling Georgian Dream party. Prime Minister Irakli Kobakhidze accused foreign "
        "intelligence services of backing the unrest.",
    ),
    "en_georgia_us": (
        (11, 5),
        "ap",
        "ATLANTA (AP) — Democrats flipped two seats on Georgia's Public Service Commission in "
        "Tuesday's election, their first statewide wins in the state in nearly two decades, as "
        "voters fumed over rising power bills.",
    ),
    "en_who_georgia": (
        (1, 20),
        "un_news",
        "Georgia certified malaria-free by WHO\n\n"
        "The World Health Organization (WHO) on Monday certified Georgia as malaria-free, after "
        "the country stopped local transmission of all types of malaria. “This achievement is the "
        "result of sustained investment,” said WHO Director-General Tedros Adhanom Ghebreyesus. "
        "#malaria",
    ),
    "ru_who_georgia": (
        (1, 21),
        "ria",
        "ВОЗ сертифицировала Грузию как страну, свободную от малярии. Последний местный случай "
        "заболевания был зарегистрирован в республике более десяти лет назад.",
    ),
    "en_who_egypt": (
        (10, 20),
        "un_news",
        "WHO certifies Egypt malaria-free\n\n"
        "20 October 2024 — Egypt has been certified malaria-free by the World Health "
        "Organization, marking the end of a public health challenge as old as Egyptian "
        "civilization itself. #malaria",
    ),
    "ru_georgia_interests": (
        (3, 5),
        "mid",
        "Консульская информация\n\n"
        "Секция интересов Российской Федерации при Посольстве Швейцарии в Тбилиси с 10 марта "
        "возобновляет приём документов на оформление заграничных паспортов нового образца. Запись "
        "— через сайт секции.",
    ),
    # ---------------------------------------------------------------------------- Moldova
    "ru_moldova_elections": (
        (9, 29),
        "ria",
        "КИШИНЕВ, 29 сен — РИА Новости. Правящая в Молдавии партия «Действие и солидарность» "
        "(PAS) получает 50,2% голосов по итогам обработки всех протоколов на парламентских "
        "выборах, Патриотический блок — 24,2%. Для граждан, проживающих в России, было открыто "
        "лишь два избирательных участка, оба в Москве. Жителям Приднестровья пришлось ехать на "
        "правый берег Днестра.",
    ),
    "en_moldova_elections": (
        (9, 29),
        "ap",
        "CHISINAU, Moldova (AP) — Moldova's pro-European governing party won a clear "
        "parliamentary majority in Sunday's election, which President Maia Sandu had framed as a "
        "choice between Europe and Russian interference. Turnout was about 52%.",
    ),
    "ru_mid_moldova": (
        (9, 30),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с парламентскими "
        "выборами в Республике Молдова\n\n"
        "Голосование 28 сентября не было ни свободным, ни справедливым. Сотни тысяч молдавских "
        "граждан в России и в Приднестровье фактически лишены возможности проголосовать. #Молдавия",
    ),
    "en_transnistria_voters": (
        (9, 28),
        "rferl",
        "Voters from Moldova's breakaway Transnistria region queued at the Dniester bridges on "
        "September 28 to reach polling stations on the right bank, after authorities in Chisinau "
        "cited bomb threats and police checks slowed traffic.",
    ),
    "ru_moldova_oneliner": (
        (9, 28),
        "tass",
        "В Молдавии закрылись избирательные участки, явка на парламентских выборах превысила 50%.",
    ),
    # ----------------------------------------------------------------- Victory Day parade
    "ru_parade_guests": (
        (5, 9),
        "tass",
        "МОСКВА, 9 мая. /ТАСС/. Парад в честь 80-летия Победы в Великой Отечественной войне "
        "прошёл на Красной площади. На трибунах — 27 иностранных лидеров, среди них Председатель "
        "КНР Си Цзиньпин, президент Бразилии Луис Инасиу Лула да Силва, президент Сербии "
        "Александр Вучич, премьер-министр Словакии Роберт Фицо, президенты Узбекистана Шавкат "
        "Мирзиёев и Казахстана Касым-Жомарт Токаев, лидер Буркина-Фасо капитан Ибрагим Траоре. По "
        "брусчатке прошли военнослужащие 13 иностранных государств. #Победа80",
    ),
    "en_parade_guests": (
        (5, 9),
        "ap",
        "MOSCOW (AP) — Chinese leader Xi Jinping and Brazil's President Luiz Inácio Lula da Silva "
        "watched Friday's Victory Day parade on Red Square marking 80 years since the defeat of "
        "Nazi Germany. Slovakia's Robert Fico was the only head of government from the European "
        "Union in Moscow, and Serbian President Aleksandar Vučić defied pressure from Brussels to "
        "attend.",
    ),
    "ru_fico_moscow": (
        (5, 9),
        "ria",
        "Фицо: никто не может мне диктовать, куда ехать. Премьер-министр Словакии возложил цветы "
        "к Могиле Неизвестного Солдата у Кремлёвской стены и провёл встречу с Путиным. #Словакия",
    ),
    "en_vucic_putin": (
        (5, 9),
        "rt",
        "Vucic tells Putin Serbia will not impose sanctions on Russia\n\n"
        "Serbian President Aleksandar Vucic, meeting Vladimir Putin in Moscow after the Victory "
        "Day parade, said Belgrade would stick to its position despite pressure from Brussels and "
        "thanked Moscow for gas supplies.",
    ),
    "ru_vucic_putin": (
        (5, 9),
        "kremlin",
        "Встреча с Президентом Сербии Александром Вучичем\n\n"
        "В Кремле состоялась беседа Владимира Путина с Президентом Республики Сербия, прибывшим в "
        "Москву для участия в торжествах по случаю 80-летия Победы. Обсуждались поставки "
        "российского газа и ситуация на Балканах.",
    ),
    # ------------------------------------------------------------------- Serbia: Novi Sad
    "en_novi_sad_anniv": (
        (11, 1),
        "ap",
        "NOVI SAD, Serbia (AP) — Tens of thousands of people gathered in Serbia's northern city "
        "of Novi Sad on Nov. 1 to mark one year since the collapse of a railway station canopy "
        "that killed 16 people, a disaster that sparked months of student-led protests against "
        "President Aleksandar Vucic.",
    ),
    "ru_novi_sad": (
        (11, 1),
        "ria",
        "НОВИ-САД, 1 ноя — РИА Новости. Десятки тысяч человек приняли участие в траурных "
        "мероприятиях в Нови-Саде в годовщину обрушения навеса железнодорожного вокзала, унёсшего "
        "жизни 16 человек. Президент Сербии Александр Вучич объявил 1 ноября днём траура.",
    ),
    # ------------------------------------------------------ Slovakia and the 18th package
    "en_fico_veto": (
        (7, 18),
        "reuters",
        "BRUSSELS, July 18 (Reuters) - The European Union adopted its 18th package of sanctions "
        "against Russia on Friday after Slovakia dropped its veto, with Prime Minister Robert "
        "Fico saying he had secured guarantees over the planned phase-out of Russian gas.",
    ),
    "ru_fico_veto": (
        (7, 18),
        "kommersant",
        "Словакия сняла вето, и Евросоюз утвердил 18-й пакет санкций против России. Роберт Фицо "
        "объяснил решение гарантиями Еврокомиссии на случай отказа от российского газа. В пакет "
        "вошли снижение потолка цен на нефть и меры против танкеров, перевозящих российскую нефть.",
    ),
    # ---------------------------------------------------- Hungary and the Budapest summit
    "en_budapest_announce": (
        (10, 16),
        "reuters",
        "WASHINGTON, Oct 16 (Reuters) - U.S. President Donald Trump said on Thursday he would "
        "meet Russian President Vladimir Putin in Budapest after what he called a “very "
        "productive” phone call. Hungarian Prime Minister Viktor Orban said preparations for the "
        "summit were under way.",
    ),
    "ru_budapest_announce": (
        (10, 17),
        "kommersant",
        "Встреча Владимира Путина и Дональда Трампа может пройти в Будапеште в течение двух "
        "недель. Виктор Орбан уже назвал Венгрию «островом мира» и пообещал обеспечить саммиту "
        "безопасность. Вопрос о пролёте российского борта через воздушное пространство стран "
        "Евросоюза остаётся открытым.",
    ),
    "en_budapest_off": (
        (10, 22),
        "ap",
        "WASHINGTON (AP) — President Donald Trump said he did not want a “wasted meeting” and "
        "that plans for a summit with Vladimir Putin in Budapest were on hold, a day after a call "
        "between Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov.",
    ),
    "ru_budapest_memo": (
        (12, 5),
        "ria",
        "31 год назад, 5 декабря 1994 года, на саммите СБСЕ в Будапеште был подписан Будапештский "
        "меморандум о гарантиях безопасности в связи с присоединением Украины к Договору о "
        "нераспространении ядерного оружия.",
    ),
    "en_balazs_orban": (
        (10, 23),
        "hungary_today",
        "Balázs Orbán, political director to Hungary's prime minister, said Budapest remained "
        "ready to host a Russia–US summit “whenever the two sides are ready”, adding that the "
        "government had never announced a date.",
    ),
    "en_orban_whitehouse": (
        (11, 7),
        "reuters",
        "WASHINGTON, Nov 7 (Reuters) - Hungary has secured a one-year exemption from U.S. "
        "sanctions on its purchases of Russian oil and gas, Prime Minister Viktor Orban said "
        "after meeting President Donald Trump at the White House on Friday.",
    ),
    "ru_orban_sanctions": (
        (11, 8),
        "rt",
        "Венгрия получила освобождение от американских санкций на закупку российской нефти и "
        "газа, сообщил Виктор Орбан по итогам переговоров с Трампом в Белом доме. #Венгрия",
    ),
    # ------------------------------------------------------------- Turkey: Istanbul talks
    "ru_istanbul_may16": (
        (5, 16),
        "tass",
        "СТАМБУЛ, 16 мая. /ТАСС/. Первые за три года прямые российско-украинские переговоры "
        "завершились во дворце Долмабахче. Глава российской делегации, помощник президента "
        "Владимир Мединский сообщил, что стороны договорились об обмене пленными по формуле "
        "«тысяча на тысячу». Встречу открыл министр иностранных дел Турции Хакан Фидан.",
    ),
    "en_istanbul_may16": (
        (5, 16),
        "reuters",
        "ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations held their first direct "
        "peace talks in more than three years in Istanbul on Friday and agreed to swap 1,000 "
        "prisoners of war each, but failed to agree on a ceasefire. Turkish Foreign Minister "
        "Hakan Fidan opened the meeting at Dolmabahce Palace.",
    ),
    "en_istanbul_june2": (
        (6, 2),
        "anadolu",
        "Second round of Russia-Ukraine talks held at Istanbul's Ciragan Palace\n\n"
        "Türkiye's Foreign Minister Hakan Fidan said the sides had agreed to exchange the bodies "
        "of 6,000 fallen soldiers. President Recep Tayyip Erdogan said Türkiye was ready to host "
        "a meeting of the leaders.",
    ),
    "ru_istanbul_july23": (
        (7, 23),
        "ria",
        "СТАМБУЛ, 23 июл — РИА Новости. Третий раунд переговоров России и Украины во дворце "
        "Чыраган продлился около сорока минут. Владимир Мединский предложил создать три рабочие "
        "группы — по политическим, гуманитарным и военным вопросам. #Турция",
    ),
    "ru_erdogan_call": (
        (5, 11),
        "kremlin",
        "Телефонный разговор с Президентом Турции Р.Т.Эрдоганом\n\n"
        "Владимир Путин проинформировал собеседника о предложении возобновить прямые переговоры с "
        "Украиной в Стамбуле. Президент Турции поддержал эту инициативу и подтвердил готовность "
        "предоставить площадку. Затронуты также вопросы безопасности судоходства в Чёрном море.",
    ),
    "en_turkey_pardon": (
        (11, 25),
        "ap",
        "WASHINGTON (AP) — President Donald Trump on Tuesday pardoned two turkeys named Gobble "
        "and Waddle in the White House Rose Garden, keeping alive a Thanksgiving tradition. 🦃",
    ),
    "en_bayraktar_drone": (
        (4, 15),
        "defense_news",
        "Baykar's Bayraktar Kizilelma unmanned fighter completes its first air-to-air missile "
        "firing test over the Black Sea, the Turkish drone maker said.",
    ),
    # --------------------------------------------------------------------- Rosatom abroad
    "ru_akkuyu": (
        (4, 7),
        "tass",
        "МЕРСИН, 7 апреля. /ТАСС/. На первом энергоблоке АЭС «Аккую» в Турции завершены "
        "гидравлические испытания, первую электроэнергию станция выдаст в следующем году, сообщил "
        "гендиректор «Росатома» Алексей Лихачёв. Сооружение ведётся по модели «строй — владей — "
        "эксплуатируй».",
    ),
    "en_akkuyu_bayraktar": (
        (4, 8),
        "anadolu",
        "Türkiye's Energy and Natural Resources Minister Alparslan Bayraktar said the first unit "
        "of the Akkuyu nuclear power plant in Mersin province would start generating electricity "
        "next year, after delays in equipment deliveries caused by Western sanctions.",
    ),
    "ru_rosatom_abroad": (
        (9, 25),
        "rosatom",
        "Всемирная атомная неделя в Москве 🌐\n\n"
        "Портфель зарубежных заказов «Росатома» — 22 энергоблока в 10 странах. Среди ключевых "
        "проектов — АЭС «Аккую» в Турции, «Эль-Дабаа» в Египте, «Руппур» в Бангладеш и «Пакш II» "
        "в Венгрии. #ВАН2025 #Росатом",
    ),
    "ru_el_dabaa": (
        (8, 19),
        "ria",
        "На площадке АЭС «Эль-Дабаа» в Египте установлен корпус реактора третьего энергоблока, "
        "сообщили в «Росатоме». Станция на средиземноморском побережье станет первой атомной "
        "электростанцией в стране.",
    ),
    "en_el_dabaa": (
        (8, 19),
        "ahram",
        "El Dabaa nuclear plant: reactor pressure vessel installed at Unit 3, Egypt's Nuclear "
        "Power Plants Authority said, calling it a milestone for the four-unit project built with "
        "Russia's Rosatom.",
    ),
    "en_rooppur": (
        (11, 19),
        "bss",
        "Fuel loading begins at Unit 1 of the Rooppur Nuclear Power Plant, Bangladesh's first, "
        "built by Russia's Rosatom in Pabna district; the unit is expected to supply power to the "
        "grid early next year.",
    ),
    # ---------------------------------------------------------------------------- Lebanon
    "en_unifil_vote": (
        (8, 28),
        "un_news",
        "Security Council extends UNIFIL mandate for final time\n\n"
        "The UN Security Council on Thursday unanimously extended the mandate of the UN Interim "
        "Force in Lebanon (UNIFIL) until 31 December 2026, after which the peacekeepers will "
        "withdraw within a year. #Lebanon",
    ),
    "ru_unifil_vote": (
        (8, 29),
        "tass",
        "ООН, 29 августа. /ТАСС/. Совет Безопасности ООН единогласно продлил в последний раз "
        "мандат Временных сил ООН в Ливане (ВСООНЛ) — до конца 2026 года. Россия поддержала "
        "резолюцию, но указала, что вывод миротворцев не должен создать вакуум безопасности на "
        "юге Ливана.",
    ),
    "ru_aoun_elected": (
        (1, 9),
        "ria",
        "БЕЙРУТ, 9 янв — РИА Новости. Парламент Ливана со второй попытки избрал президентом "
        "страны командующего армией Жозефа Ауна, положив конец более чем двухлетнему вакууму "
        "власти.",
    ),
    "en_aoun_hezbollah": (
        (8, 5),
        "aljazeera",
        "Lebanon's cabinet has tasked the army with drawing up a plan to disarm Hezbollah by the "
        "end of the year, a move President Joseph Aoun called a historic decision. Hezbollah said "
        "it would treat the decision as if it did not exist.",
    ),
    "en_michel_aoun": (
        (3, 18),
        "naharnet",
        "Free Patriotic Movement chief Gebran Bassil visited former President Michel Aoun in "
        "Rabieh on Tuesday to discuss the party's preparations for the municipal elections.",
    ),
    "ru_lebanon_consular": (
        (6, 23),
        "embassy_lebanon",
        "Посольство России в Ливане рекомендует гражданам воздержаться от поездок в южные районы "
        "страны и в долину Бекаа. Для экстренной связи: +961 1 786 701.",
    ),
    # ----------------------------------------------------------- Iraq and the Arab League
    "en_iraq_election": (
        (11, 12),
        "reuters",
        "BAGHDAD, Nov 12 (Reuters) - Prime Minister Mohammed Shia al-Sudani's coalition came "
        "first in Iraq's parliamentary election, preliminary results showed on Wednesday, though "
        "it fell well short of a majority in the 329-seat parliament. Turnout was 56%.",
    ),
    "ru_iraq_election": (
        (11, 12),
        "ria",
        "БАГДАД, 12 ноя — РИА Новости. Коалиция премьер-министра Ирака Мухаммеда Шиа ас-Судани "
        "«Реконструкция и развитие» заняла первое место на парламентских выборах 11 ноября, "
        "следует из предварительных данных избиркома.",
    ),
    "ru_lukoil_iraq": (
        (11, 4),
        "interfax",
        "«Лукойл» объявил форс-мажор на месторождении Западная Курна-2 в Ираке после введения "
        "американских санкций против компании, сообщили источники. Добыча на месторождении "
        "составляет около 480 тыс. баррелей нефти в сутки.",
    ),
    "en_lukoil_iraq": (
        (11, 4),
        "reuters",
        "Lukoil declares force majeure at Iraq's West Qurna-2 oilfield after U.S. sanctions, "
        "sources say. The field in southern Iraq produces about 480,000 barrels of oil per day, "
        "roughly 9% of the country's output.",
    ),
    "ru_arab_league_baghdad": (
        (5, 17),
        "tass",
        "БАГДАД, 17 мая. /ТАСС/. В столице Ирака открылся саммит Лиги арабских государств. "
        "Участники обсуждают ситуацию в секторе Газа, в Сирии и в Судане. Президент Египта Абдель "
        "Фаттах ас-Сиси призвал к немедленному прекращению огня в Газе.",
    ),
    "en_arab_league_baghdad": (
        (5, 17),
        "aljazeera",
        "Arab League summit opens in Baghdad with Gaza, Syria and Sudan on the agenda, but only a "
        "handful of heads of state attend. Iraqi Prime Minister Mohammed Shia al-Sudani pledged "
        "$20m for reconstruction in Gaza and Lebanon.",
    ),
    # -------------------------------------------------------------- Yemen and the Red Sea
    "en_red_sea": (
        (7, 9),
        "ap",
        "DUBAI (AP) — Yemen's Houthi rebels claimed the sinking of the Liberian-flagged bulk "
        "carrier Eternity C in the Red Sea, the second ship they have sunk this week after the "
        "Magic Seas, marking a major escalation in their campaign against shipping.",
    ),
    "ru_red_sea": (
        (7, 10),
        "tass",
        "ДУБАЙ, 10 июля. /ТАСС/. Йеменские хуситы заявили, что потопили в Красном море балкер "
        "Eternity C под флагом Либерии. Несколько членов экипажа, в том числе гражданин России, "
        "числятся пропавшими без вести.",
    ),
    "ru_houthis_oneliner": (
        (7, 7),
        "rt",
        "Хуситы взяли на себя ответственность за атаку на судно Magic Seas у берегов Йемена.",
    ),
    "en_yemen_un": (
        (8, 31),
        "un_news",
        "Guterres condemns detention of UN staff in Yemen\n\n"
        "UN Secretary-General António Guterres condemned the Houthis' detention of at least 11 "
        "more UN personnel in Sanaa and Hudaydah, and called for their immediate release.",
    ),
    "ru_yemen_un": (
        (9, 1),
        "tass",
        "ООН, 1 сентября. /ТАСС/. Генсекретарь ООН Антониу Гутерреш потребовал от хуситов "
        "освободить задержанных в Сане сотрудников организации.",
    ),
    # ------------------------------------------ Egypt: the museum, UNESCO, the IMF, wheat
    "en_gem_opening": (
        (11, 1),
        "aljazeera",
        "Egypt opens the Grand Egyptian Museum near the Giza pyramids after two decades of "
        "construction, displaying the full Tutankhamun collection together for the first time. "
        "President Abdel Fattah el-Sisi hosted dozens of foreign dignitaries at the ceremony.",
    ),
    "ru_gem_opening": (
        (11, 2),
        "ria",
        "КАИР, 2 ноя — РИА Новости. Большой египетский музей у пирамид Гизы официально открыт для "
        "посетителей: в нём впервые собрана полная коллекция гробницы Тутанхамона — более пяти "
        "тысяч предметов.",
    ),
    "en_unesco_enany": (
        (11, 6),
        "un_news",
        "UNESCO General Conference confirms Khaled El-Enany as Director-General\n\n"
        "Meeting in Samarkand, Uzbekistan, the General Conference appointed the former Egyptian "
        "minister of tourism and antiquities for a four-year term. He is the first Arab to lead "
        "the organization.",
    ),
    "ru_unesco_enany": (
        (11, 6),
        "tass",
        "САМАРКАНД, 6 ноября. /ТАСС/. Генеральная конференция ЮНЕСКО утвердила экс-министра "
        "туризма и древностей Египта Халеда эль-Анани новым генеральным директором организации. "
        "Сессия впервые за 40 лет проходит за пределами Парижа.",
    ),
    "ru_repost_unesco": (
        (11, 7),
        "rs_gov",
        "Репост из канала «ЮНЕСКО»\n\n"
        "Новый генеральный директор ЮНЕСКО Халед аль-Анани вступит в должность 15 ноября. "
        "Поздравляем! 🎉",
    ),
    "en_imf_egypt": (
        (3, 11),
        "reuters",
        "IMF board approves $1.2 billion disbursement for Egypt under its $8 billion loan "
        "programme after completing the fourth review of the deal.",
    ),
    "ru_imf_egypt": (
        (3, 11),
        "interfax",
        "Совет директоров МВФ одобрил выделение Египту очередного транша в размере $1,2 млрд в "
        "рамках программы кредитования на $8 млрд.",
    ),
    "ru_wheat_egypt": (
        (2, 20),
        "interfax",
        "Египет остаётся крупнейшим покупателем российской пшеницы: с начала сезона в страну "
        "отгружено более 5 млн тонн, сообщили в Российском зерновом союзе.",
    ),
    "en_wheat_egypt": (
        (2, 20),
        "reuters",
        "Egypt's Mostakbal Misr agency bought about 430,000 tonnes of Russian wheat in direct "
        "deals this month, traders said, as the state sidelines tenders for the world's largest "
        "wheat importer.",
    ),
    "ru_egypt_consular": (
        (6, 20),
        "consulate_hurghada",
        "Генконсульство России в Хургаде напоминает: ввоз в Египет дронов и квадрокоптеров без "
        "разрешения запрещён, техника изымается на таможне.",
    ),
    # --------------------------------------------------------- World Bank on Central Asia
    "en_worldbank_centralasia": (
        (4, 23),
        "afp",
        "World Bank raises growth forecast for Central Asia, citing strong remittances from "
        "Russia to Tajikistan and Kyrgyzstan and high gold prices benefiting Uzbekistan.",
    ),
    "ru_worldbank_centralasia": (
        (4, 24),
        "kommersant",
        "Всемирный банк повысил прогноз роста экономик Центральной Азии: Таджикистан и Киргизия "
        "выигрывают от денежных переводов мигрантов из России, Узбекистан — от дорогого золота.",
    ),
    # -------------------------------------------------------------------------- The Sahel
    "en_mali_blockade": (
        (10, 28),
        "afp",
        "BAMAKO (AFP) - Schools across Mali remain closed as a fuel blockade imposed by the "
        "al-Qaeda-linked JNIM jihadists since September chokes the capital Bamako, with queues "
        "stretching for kilometres outside petrol stations.",
    ),
    "ru_mali_consular": (
        (10, 30),
        "embassy_mali",
        "⚠️ Посольство России в Республике Мали рекомендует российским гражданам воздержаться от "
        "поездок в страну в связи с осложнением обстановки и перебоями с поставками топлива. "
        "Телефон дежурной службы: +223 20 21 55 92.",
    ),
    "ru_aes_force": (
        (12, 20),
        "tass",
        "БАМАКО, 20 декабря. /ТАСС/. В столице Мали официально представлены объединённые силы "
        "Конфедерации государств Сахеля численностью 5 тыс. военнослужащих. Штаб группировки "
        "разместится в Ниамее, сообщил председатель конфедерации Ассими Гоита.",
    ),
    "en_aes_summit": (
        (12, 23),
        "afp",
        "Leaders of the Alliance of Sahel States — Mali, Burkina Faso and Niger — met in Bamako "
        "for their second summit, where Burkina Faso's Captain Ibrahim Traore took over the "
        "rotating presidency from Assimi Goita.",
    ),
    "en_moussa_traore": (
        (9, 22),
        "africanews",
        "Mali marks 65 years of independence with a military parade in Bamako. Speakers recalled "
        "founding president Modibo Keita and the 1991 uprising that toppled the military ruler "
        "Moussa Traore.",
    ),
    "ru_burkina_wheat": (
        (3, 20),
        "ria",
        "УАГАДУГУ, 20 мар — РИА Новости. Россия передала Буркина-Фасо очередную партию "
        "гуманитарной пшеницы — 25 тыс. тонн. Лидер страны Ибрагим Траоре поблагодарил Москву за "
        "«дружеское плечо».",
    ),
    "en_traore_speech": (
        (5, 12),
        "rt",
        "Burkina Faso's leader Ibrahim Traoré, back from Moscow's Victory Day celebrations, told "
        "supporters in Ouagadougou that Africa must build its own defence industry.",
    ),
    # -------------------------------------------------------------------- Niger's uranium
    "en_niger_uranium": (
        (7, 28),
        "reuters",
        "NIAMEY, July 28 (Reuters) - Niger signed a memorandum of understanding with Russia's "
        "Rosatom on uranium mining and possible nuclear power cooperation, the military "
        "government said, weeks after nationalising the Somair mine run by France's Orano.",
    ),
    "ru_niger_uranium": (
        (7, 28),
        "interfax",
        "«Росатом» и правительство Нигера подписали меморандум о сотрудничестве в добыче урана. "
        "Ранее власти республики национализировали компанию SOMAÏR, контролировавшуюся "
        "французской Orano, сообщил министр энергетики Нигера.",
    ),
    "ru_nigeria_tinubu": (
        (6, 16),
        "tass",
        "АБУДЖА, 16 июня. /ТАСС/. Президент Нигерии Бола Тинубу посетил штат Бенуэ, где в "
        "результате нападения на деревню Йелвата погибли около 100 человек.",
    ),
    # ------------------------------------------ Russia–Africa in Cairo, the African Union
    "ru_russia_africa_cairo": (
        (12, 20),
        "mid",
        "О второй министерской конференции Форума партнёрства Россия — Африка\n\n"
        "19–20 декабря в Каире состоялась вторая министерская конференция Форума партнёрства "
        "Россия — Африка. С.В.Лавров и Министр иностранных дел Египта Б.Абдель Аты провели "
        "переговоры. Участники обсудили подготовку к третьему саммиту Россия — Африка в 2026 "
        "году. #РоссияАфрика",
    ),
    "en_russia_africa_cairo": (
        (12, 20),
        "ahram",
        "Cairo hosts second Russia–Africa ministerial conference\n\n"
        "Russian Foreign Minister Sergey Lavrov and Egypt's Badr Abdelatty co-chaired the "
        "meeting, attended by delegations from more than 50 African countries, ahead of the third "
        "Russia–Africa summit next year.",
    ),
    "en_au_2025": (
        (2, 15),
        "ap",
        "ADDIS ABABA, Ethiopia (AP) — African Union leaders elected Djibouti's Foreign Minister "
        "Mahmoud Ali Youssouf as chairperson of the AU Commission on Saturday, at a summit "
        "dominated by the conflicts in Sudan and eastern Congo.",
    ),
    "ru_au_2025": (
        (2, 16),
        "tass",
        "АДДИС-АБЕБА, 16 февраля. /ТАСС/. Министр иностранных дел Джибути Махмуд Али Юсуф избран "
        "председателем Комиссии Африканского союза на саммите организации в столице Эфиопии.",
    ),
    "ru_au_2026": (
        (2, 14),
        "mid",
        "О 39-й сессии Ассамблеи Африканского союза (Аддис-Абеба, 14–15 февраля 2026 года)\n\n"
        "Россия приветствует итоги саммита АС и подтверждает готовность к дальнейшему укреплению "
        "партнёрства с Африканским союзом и его государствами-членами.",
    ),
    # ------------------------------------------------------------------------------ Sudan
    "en_unicef_sudan": (
        (11, 3),
        "un_news",
        "UNICEF: children fleeing El Fasher arrive in Tawila exhausted and malnourished, as the "
        "agency warns hundreds of thousands remain trapped in North Darfur.",
    ),
    "ru_sudan_unsc": (
        (10, 31),
        "tass",
        "ООН, 31 октября. /ТАСС/. Совет Безопасности ООН провёл экстренное заседание по ситуации "
        "в суданском Эль-Фашере после захвата города Силами быстрого реагирования. Постпред "
        "России Василий Небензя призвал к прекращению насилия против мирных жителей.",
    ),
    # ---------------------------------------------------------- Syria's indirect election
    "en_syria_elections": (
        (10, 5),
        "aljazeera",
        "Syria holds first parliamentary elections since the fall of Assad, with electoral "
        "colleges choosing two-thirds of the 210-seat People's Assembly and President Ahmed "
        "al-Sharaa appointing the rest.",
    ),
    "ru_syria_elections": (
        (10, 6),
        "ria",
        "ДАМАСК, 6 окт — РИА Новости. В Сирии подведены итоги первых после смены власти выборов в "
        "Народный совет: выборщики избрали 119 депутатов.",
    ),
    # -------------------------------------------------------------------------- Venezuela
    "ru_venezuela_duma": (
        (10, 8),
        "duma",
        "Госдума ратифицировала Договор о стратегическом партнёрстве и сотрудничестве между "
        "Россией и Венесуэлой, подписанный в мае в Москве. Документ предусматривает "
        "взаимодействие в энергетике, горнодобывающей отрасли и противодействии санкциям.",
    ),
    "ru_sovfed_venezuela": (
        (10, 22),
        "sovfed",
        "Совет Федерации одобрил закон о ратификации Договора о стратегическом партнёрстве и "
        "сотрудничестве с Боливарианской Республикой Венесуэла. #СФ",
    ),
    "en_venezuela_treaty": (
        (10, 28),
        "reuters",
        "MOSCOW, Oct 28 (Reuters) - President Vladimir Putin signed a law ratifying a strategic "
        "partnership treaty with Venezuela, as the United States builds up its military presence "
        "in the Caribbean near President Nicolas Maduro's government.",
    ),
    "en_maduro_guerra": (
        (9, 5),
        "ap",
        "CARACAS (AP) — Nicolás Maduro Guerra, a lawmaker and the son of Venezuela's president, "
        "said the ruling party would mobilize militias in response to U.S. strikes on alleged "
        "drug boats.",
    ),
    "ru_maduro_call": (
        (9, 9),
        "kremlin",
        "Телефонный разговор с Президентом Венесуэлы Н.Мадуро\n\n"
        "Владимир Путин выразил солидарность с венесуэльским руководством в связи с наращиванием "
        "военного присутствия США в Карибском море.",
    ),
    # --------------------------------------------------------- Cuba and Hurricane Melissa
    "en_melissa_cuba": (
        (10, 29),
        "ap",
        "SANTIAGO DE CUBA (AP) — Hurricane Melissa slammed into eastern Cuba as a Category 3 "
        "storm early Wednesday after devastating Jamaica, and authorities said more than 735,000 "
        "people had been evacuated.",
    ),
    "ru_melissa_cuba": (
        (10, 29),
        "tass",
        "ГАВАНА, 29 октября. /ТАСС/. Ураган «Мелисса» обрушился на восточные провинции Кубы. Из "
        "районов Сантьяго-де-Куба, Гуантанамо и Ольгина эвакуированы более 735 тыс. человек, "
        "сообщил президент Мигель Диас-Канель.",
    ),
    "ru_havana_consular": (
        (10, 27),
        "embassy_cuba",
        "Посольство России на Кубе: в связи с приближением урагана «Мелисса» российским туристам "
        "рекомендуется следовать указаниям местных властей и по возможности не выезжать в "
        "восточные провинции. Горячая линия: +53 7 204 1085.",
    ),
    "ru_mchs_cuba": (
        (11, 6),
        "mchs",
        "✈️ Самолёт МЧС России доставил на Кубу 30 тонн гуманитарной помощи для пострадавших от "
        "урагана «Мелисса»: продуктовые наборы, палатки, генераторы. #МЧС #Куба",
    ),
    "en_mchs_cuba": (
        (11, 7),
        "prensa_latina",
        "An aircraft of Russia's Emergencies Ministry landed in Havana carrying humanitarian aid "
        "for families affected by Hurricane Melissa in eastern Cuba.",
    ),
    "ru_melissa_tea": (
        (2, 12),
        "ria",
        "Терапевт назвала травы, которые помогут при бессоннице: мелисса, ромашка и мята. По её "
        "словам, чай с мелиссой лучше пить за час до сна.",
    ),
    # ------------------------------------------------------------------- Brazil and BRICS
    "en_brics_rio": (
        (7, 6),
        "reuters",
        "RIO DE JANEIRO, July 6 (Reuters) - BRICS leaders condemned strikes on Iran and "
        "criticised rising tariffs as President Luiz Inacio Lula da Silva hosted a summit in Rio "
        "de Janeiro, with Russia's Vladimir Putin joining by video link and Chinese President Xi "
        "Jinping absent for the first time.",
    ),
    "ru_brics_rio": (
        (7, 6),
        "tass",
        "РИО-ДЕ-ЖАНЕЙРО, 6 июля. /ТАСС/. Владимир Путин в режиме видеосвязи выступил на саммите "
        "БРИКС, заявив, что модель глобализации, ориентированная на интересы узкого круга стран, "
        "уходит в прошлое. Саммит в Рио принял декларацию из 126 пунктов.",
    ),
    "ru_brics_indonesia": (
        (1, 7),
        "mid",
        "О присоединении Индонезии к БРИКС\n\n"
        "Приветствуем присоединение Республики Индонезии к объединению в качестве полноправного "
        "члена. Уверены, что это будет способствовать укреплению роли БРИКС в мировых делах. "
        "#БРИКС",
    ),
    "en_brics_indonesia": (
        (1, 7),
        "xinhua",
        "RIO DE JANEIRO, Jan. 7 (Xinhua) -- Brazil, which holds the BRICS chairmanship in 2025, "
        "announced that Indonesia has officially joined the bloc as a full member.",
    ),
    "en_rio_tinto": (
        (7, 16),
        "reuters",
        "Rio Tinto's second-quarter iron ore shipments from the Pilbara fell 1% after cyclone "
        "disruptions, the miner said, as new chief executive Simon Trott takes the helm.",
    ),
    "ru_lula_putin_call": (
        (8, 8),
        "kremlin",
        "Телефонный разговор с Президентом Бразилии Луисом Инасиу Лулой да Силвой\n\n"
        "Лидеры обсудили ситуацию вокруг Украины и взаимодействие в БРИКС и в «Группе двадцати». "
        "Бразильский президент подтвердил приглашение на конференцию ООН по климату в Белене.",
    ),
    "en_lula_putin_call": (
        (8, 8),
        "afp",
        "Brazil's Lula says he spoke with Putin by phone and stressed support for peace talks, "
        "two days after Washington's 50% tariffs on Brazilian goods took effect.",
    ),
    # --------------------------------------------------------------------------- Mongolia
    "en_mongolia_pm": (
        (6, 13),
        "montsame",
        "ULAANBAATAR, June 13 (MONTSAME). The State Great Khural appointed Speaker Gombojav "
        "Zandanshatar as Prime Minister of Mongolia after his predecessor Luvsannamsrain "
        "Oyun-Erdene lost a confidence vote amid protests over his son's lavish spending.",
    ),
    "ru_mongolia_dismiss": (
        (10, 17),
        "ria",
        "УЛАН-БАТОР, 17 окт — РИА Новости. Великий государственный хурал Монголии проголосовал за "
        "отставку премьер-министра Гомбожавына Занданшатара, проработавшего на посту четыре "
        "месяца. Президент Ухнагийн Хурэлсух наложил вето на решение парламента.",
    ),
    "en_mongolia_court": (
        (10, 23),
        "reuters",
        "ULAANBAATAR, Oct 23 (Reuters) - Mongolia's Constitutional Court ruled that parliament's "
        "vote to dismiss Prime Minister Zandanshatar had violated procedure, leaving him in "
        "office and ending a week-long political standoff.",
    ),
    "ru_mongolia_culture": (
        (8, 26),
        "mid",
        "В Улан-Баторе открылись Дни культуры России в Монголии\n\n"
        "В программе — выступления ансамбля «Берёзка», выставка из собрания Русского музея и "
        "показ российских фильмов. Приветствие участникам направила Министр культуры России "
        "О.Б.Любимова.",
    ),
    # --------------------------------------- ASEAN, Malaysia, Cambodia and Thailand, Laos
    "en_asean_kl": (
        (10, 26),
        "reuters",
        "KUALA LUMPUR, Oct 26 (Reuters) - Timor-Leste became the 11th member of ASEAN on Sunday, "
        "as Malaysian Prime Minister Anwar Ibrahim opened the bloc's summit. U.S. President "
        "Donald Trump witnessed the signing of an expanded ceasefire accord between Thailand and "
        "Cambodia on the sidelines.",
    ),
    "ru_asean_kl": (
        (10, 26),
        "tass",
        "КУАЛА-ЛУМПУР, 26 октября. /ТАСС/. Восточный Тимор официально стал одиннадцатым членом "
        "Ассоциации государств Юго-Восточной Азии. Флаг республики подняли у здания, где проходит "
        "47-й саммит АСЕАН. Премьер-министр Малайзии Анвар Ибрагим назвал это событие "
        "«завершением семьи АСЕАН».",
    ),
    "ru_overchuk_asean": (
        (10, 27),
        "interfax",
        "Вице-премьер Алексей Оверчук на Восточноазиатском саммите в Куала-Лумпуре: Россия готова "
        "наращивать сотрудничество с АСЕАН в энергетике, транспорте и продовольственной "
        "безопасности.",
    ),
    "en_russia_asean": (
        (10, 27),
        "tass_en",
        "KUALA LUMPUR, October 27. /TASS/. Russia and ASEAN are drafting a roadmap on energy and "
        "transport cooperation, Deputy Prime Minister Alexey Overchuk said on the sidelines of "
        "the East Asia Summit.",
    ),
    "en_cambodia_clash": (
        (7, 24),
        "ap",
        "BANGKOK (AP) — Thailand launched airstrikes on Cambodian military targets on Thursday as "
        "long-simmering border tensions erupted into fighting that killed at least 12 people. "
        "Cambodian Prime Minister Hun Manet said his country had no choice but to respond with "
        "armed force.",
    ),
    "ru_cambodia_ceasefire": (
        (7, 28),
        "ria",
        "ПУТРАДЖАЯ, 28 июл — РИА Новости. Премьер-министр Камбоджи Хун Манет и исполняющий "
        "обязанности премьера Таиланда Пхумтхам Вечаячай на переговорах в Малайзии договорились о "
        "безоговорочном прекращении огня с полуночи 28 июля.",
    ),
    "en_hun_sen": (
        (6, 19),
        "aljazeera",
        "Thailand's coalition wobbles after a leaked phone call in which Prime Minister "
        "Paetongtarn Shinawatra called Cambodia's Senate President Hun Sen “uncle” and criticised "
        "a Thai army commander.",
    ),
    "ru_hun_sen": (
        (6, 20),
        "ria",
        "Председатель сената Камбоджи Хун Сен опубликовал полную запись телефонного разговора с "
        "премьер-министром Таиланда Пхэтхонгтхан Чинават.",
    ),
    "ru_thailand_consular": (
        (7, 25),
        "embassy_thailand",
        "❗️Посольство России в Таиланде рекомендует российским гражданам воздержаться от поездок "
        "в приграничные с Камбоджей провинции Сисакет, Сурин и Убонратчатхани. Курорты Пхукета и "
        "Паттайи в зону боевых действий не входят.",
    ),
    "ru_anwar_moscow": (
        (5, 14),
        "kremlin",
        "Переговоры с Премьер-министром Малайзии Анваром Ибрагимом\n\n"
        "В Кремле состоялись переговоры Владимира Путина с Премьер-министром Малайзии, "
        "находящимся в России с официальным визитом. Обсуждены торговля, энергетика и подготовка "
        "к председательству Малайзии в АСЕАН.",
    ),
    "en_anwar_moscow": (
        (5, 14),
        "bernama",
        "MOSCOW, May 14 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim said Malaysia would "
        "explore Russian investment in energy and aerospace after talks with President Vladimir "
        "Putin in the Kremlin, where the two sides sealed three agreements.",
    ),
    "ru_laos_drills": (
        (11, 11),
        "mod_russia",
        "🇷🇺🇱🇦 Во Вьентьяне завершилось российско-лаосское военное учение «Ларос-2025». "
        "Военнослужащие двух стран отработали разминирование и оказание помощи населению при "
        "чрезвычайных ситуациях. #Минобороны",
    ),
    "en_laos_drills": (
        (11, 11),
        "vientiane_times",
        "Laos and Russia wrap up joint exercise Laros-2025 in Vientiane province, focusing on "
        "demining and disaster relief, the Lao People's Army said.",
    ),
    # ----------------------------------------------------------------- The SCO in Tianjin
    "ru_sco_tianjin": (
        (9, 1),
        "kremlin",
        "Заседание Совета глав государств – членов Шанхайской организации сотрудничества\n\n"
        "Владимир Путин выступил на заседании Совета глав государств – членов ШОС в Тяньцзине, "
        "ставшем крупнейшим саммитом в истории организации. Приняты Тяньцзиньская декларация и "
        "стратегия развития организации на следующее десятилетие.",
    ),
    "en_sco_tianjin": (
        (9, 1),
        "xinhua",
        "TIANJIN, Sept. 1 (Xinhua) -- Chinese President Xi Jinping on Monday proposed a Global "
        "Governance Initiative at the Shanghai Cooperation Organization summit in Tianjin, and "
        "announced that China would grant 2 billion yuan in aid to SCO member states this year.",
    ),
    "ru_sco_modi": (
        (9, 1),
        "ria",
        "Путин и Моди вместе доехали на автомобиле президента России от места проведения саммита "
        "ШОС до отеля, где прошли переговоры. Беседа в машине продлилась почти час.",
    ),
    "en_sco_oneliner": (
        (8, 31),
        "tass_en",
        "Putin arrives in Tianjin for SCO summit ✈️",
    ),
    "en_briefing_sep4": (
        (9, 4),
        "mfa_russia",
        "Forwarded from MFA Russia 🇷🇺\n\n"
        "Maria Zakharova: The SCO summit in Tianjin showed that the Global Majority wants a "
        "fairer world order. The Tianjin Declaration reflects our common approaches.",
    ),
    # ------------------------------------------------------------------------------ OPEC+
    "en_opec_pause": (
        (11, 2),
        "reuters",
        "LONDON, Nov 2 (Reuters) - OPEC+ agreed on Sunday a small increase in oil output for "
        "December and a pause in further increments in the first quarter of next year, citing "
        "seasonality.",
    ),
    "ru_opec_pause": (
        (11, 2),
        "interfax",
        "Восемь стран ОПЕК+ договорились увеличить добычу нефти в декабре на 137 тыс. баррелей в "
        "сутки и приостановить дальнейшее наращивание в первом квартале, сообщил вице-премьер "
        "Александр Новак.",
    ),
    "ru_minenergo_opec": (
        (11, 30),
        "minenergo",
        "Министр энергетики Сергей Цивилёв: решение ОПЕК+ сохранить паузу в наращивании добычи в "
        "первом квартале отвечает балансу спроса и предложения на рынке нефти. #Минэнерго",
    ),
    "en_opec_nov30": (
        (11, 30),
        "ap",
        "OPEC+ leaves output plans unchanged at its Nov. 30 meeting and approves a mechanism to "
        "assess members' maximum production capacity.",
    ),
    # ------------------------------------------------------------ The UN General Assembly
    "ru_lavrov_unga": (
        (9, 27),
        "mid",
        "Выступление Министра иностранных дел Российской Федерации С.В.Лаврова на "
        "общеполитической дискуссии 80-й сессии Генеральной Ассамблеи ООН, Нью-Йорк, 27 сентября "
        "2025 года\n\n"
        "Наша страна никогда не нападала на страны НАТО и не планирует этого делать. Но любая "
        "агрессия против России встретит решительный ответ. #ГА80",
    ),
    "en_lavrov_unga": (
        (9, 27),
        "ap",
        "UNITED NATIONS (AP) — Russia's Foreign Minister Sergey Lavrov told the UN General "
        "Assembly on Saturday that Moscow has no intention of attacking NATO or European Union "
        "countries but warned that any aggression would meet a decisive response.",
    ),
    "en_unga_opens": (
        (9, 23),
        "un_news",
        "UN80: General Assembly high-level week opens as Guterres warns of “an age of reckless "
        "disruption” #UNGA80",
    ),
    # ------------------------------------------------------------------------- Zapad-2025
    "ru_zapad_drills": (
        (9, 12),
        "mod_russia",
        "🇷🇺🇧🇾 Начались совместные стратегические учения вооружённых сил России и Белоруссии "
        "«Запад-2025». Мероприятия проходят на полигонах двух государств, а также в акваториях "
        "Балтийского и Баренцева морей. #Минобороны",
    ),
    "en_zapad_drills": (
        (9, 12),
        "reuters",
        "Russia and Belarus begin Zapad-2025 military exercises\n\n"
        "Russia and Belarus launched joint military drills on Friday on Belarusian territory and "
        "in the Baltic Sea, with Poland closing its border with Belarus for the duration of the "
        "exercises.",
    ),
    "ru_zapad_putin": (
        (9, 16),
        "kremlin",
        "Верховный главнокомандующий Владимир Путин посетил учения «Запад-2025» на полигоне "
        "Мулино в Нижегородской области.",
    ),
    "en_zapad_putin": (
        (9, 16),
        "ap",
        "Putin, wearing military fatigues, watched the Zapad exercises at the Mulino range east "
        "of Moscow, where troops from India and Iran also took part.",
    ),
    "ru_west_generic": (
        (9, 19),
        "mid",
        "Запад продолжает накачивать Киев оружием, что лишь затягивает конфликт, заявил "
        "заместитель Министра иностранных дел С.А.Рябков. #МИД",
    ),
    # ------------------------------------------------------------------------ The Caspian
    "ru_caspian_day": (
        (8, 12),
        "tass",
        "АСТРАХАНЬ, 12 августа. /ТАСС/. В День Каспийского моря учёные напомнили, что уровень "
        "Каспия за последние годы опустился почти на два метра. Обмеление угрожает судоходству и "
        "портам Астрахани, Махачкалы и Актау.",
    ),
    "en_caspian_shrink": (
        (8, 14),
        "rferl",
        "The Caspian Sea is shrinking: Kazakhstan's port of Aktau is dredging its channels as "
        "water levels fall to record lows, and scientists warn the northern shelf could dry out "
        "by the end of the century.",
    ),
    "ru_caspian_seals": (
        (5, 6),
        "ria",
        "МАХАЧКАЛА, 6 мая — РИА Новости. На побережье Каспийского моря в Дагестане обнаружены "
        "тела более 100 тюленей. Этот вид занесён в Красную книгу, причины гибели животных "
        "выясняют специалисты.",
    ),
    "en_caspian_seals": (
        (5, 7),
        "tass_en",
        "More than 100 dead Caspian seals found on Dagestan coast, the regional natural resources "
        "ministry said, adding that samples had been sent for testing.",
    ),
    # ------------------------------------------------------------------------- The Arctic
    "ru_arctic_forum": (
        (3, 27),
        "kremlin",
        "Международный арктический форум «Арктика – территория диалога»\n\n"
        "Владимир Путин выступил на пленарном заседании форума в Мурманске. Президент заявил, что "
        "Россия никогда никому не угрожала в Арктике, но будет укреплять свой военный потенциал в "
        "регионе.",
    ),
    "en_arctic_forum": (
        (3, 27),
        "tass_en",
        "MURMANSK, March 27. /TASS/. US plans to annex Greenland are serious and have deep "
        "historical roots, Russian President Vladimir Putin said at the International Arctic "
        "Forum, adding that Russia would respond by bolstering its presence in the Arctic.",
    ),
    "en_nsr_record": (
        (12, 3),
        "high_north_news",
        "Northern Sea Route traffic hits a new record: more than 100 transit voyages this season, "
        "according to the route's administration, with China-bound container ships leading the "
        "growth.",
    ),
    # -------------------------------------------------------- Visa-free travel with China
    "ru_visa_china_dec1": (
        (12, 1),
        "tass",
        "МОСКВА, 1 декабря. /ТАСС/. Вступил в силу указ о безвизовом въезде граждан КНР в Россию "
        "на срок до 30 дней в качестве взаимной меры. Режим будет действовать до 14 сентября 2026 "
        "года.",
    ),
    "en_visa_china_dec1": (
        (12, 1),
        "xinhua",
        "Chinese citizens can now travel to Russia visa-free for up to 30 days from Dec. 1, under "
        "a decree signed by President Vladimir Putin in response to China's visa waiver for "
        "Russians.",
    ),
    "ru_visa_china_sep15": (
        (9, 15),
        "ria",
        "Китай с 15 сентября в тестовом режиме ввёл безвизовый въезд для граждан России на 30 "
        "дней. Туроператоры ожидают роста спроса на поездки в Пекин, Шанхай и на Хайнань.",
    ),
    "en_visa_china_sep15": (
        (9, 15),
        "global_times",
        "China begins a one-year trial of visa-free entry for Russian citizens from Sept 15, "
        "allowing stays of up to 30 days for business, tourism and family visits.",
    ),
    # ------------------------------------------------------------------------------ Sport
    "ru_gumennik": (
        (9, 20),
        "sport_express",
        "ПЕКИН, 20 сентября. Пётр Гуменник выиграл олимпийский квалификационный турнир и завоевал "
        "лицензию на Игры-2026 в Милане и Кортине-д'Ампеццо, где выступит в нейтральном статусе.",
    ),
    "en_petrosian": (
        (9, 20),
        "reuters",
        "BEIJING, Sept 20 (Reuters) - Russian figure skater Adeliia Petrosian won the women's "
        "event at the Olympic qualifier in Beijing, securing a spot at the Milan Cortina Winter "
        "Games as a neutral athlete.",
    ),
    "ru_petrosyan_oneliner": (
        (9, 21),
        "ria",
        "Аделия Петросян и Пётр Гуменник поедут на Олимпиаду в Италию ⛸🇮🇹",
    ),
    "en_kundera": (
        (4, 1),
        "radio_prague",
        "The Moravian Library in Brno has opened a reading room dedicated to Milan Kundera, "
        "displaying the writer's personal library and manuscripts donated by his widow Věra.",
    ),
    # ---------------------------------------------------- The EAEU, the OSCE, parliaments
    "ru_eaeu_minsk": (
        (6, 27),
        "tass",
        "МИНСК, 27 июня. /ТАСС/. Высший Евразийский экономический совет утвердил основные "
        "направления развития ЕАЭС до 2030 года. Подписано временное соглашение о зоне свободной "
        "торговли с Монголией.",
    ),
    "en_eaeu_minsk": (
        (6, 27),
        "belta",
        "Supreme Eurasian Economic Council meets in Minsk: leaders of the Eurasian Economic Union "
        "signed an interim free trade agreement with Mongolia and agreed to hold their next "
        "meeting in St Petersburg in December.",
    ),
    "en_osce_vienna": (
        (12, 4),
        "rferl",
        "OSCE foreign ministers gather in Vienna amid a deepening budget crisis, with Russia's "
        "delegation led by Deputy Foreign Minister Alexander Grushko, as Finland prepares to hand "
        "the chairmanship to Switzerland.",
    ),
    "ru_osce_vienna": (
        (12, 5),
        "mid",
        "О заседании Совета министров иностранных дел ОБСЕ\n\n"
        "4–5 декабря в Вене состоялось 32-е заседание СМИД ОБСЕ. Российскую делегацию возглавил "
        "заместитель Министра иностранных дел А.В.Грушко. Организация переживает глубокий кризис, "
        "вызванный действиями западных стран.",
    ),
    "ru_matviyenko_ipa": (
        (11, 20),
        "sovfed",
        "Валентина Матвиенко провела в Таврическом дворце заседание Совета Межпарламентской "
        "ассамблеи государств — участников СНГ. Председатель Совфеда предложила провести "
        "парламентский форум к 35-летию Содружества.",
    ),
    # ------------------------------------------------------ Briefings with several topics
    "ru_briefing_oct1": (
        (10, 1),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, Москва, 1 октября 2025 "
        "года\n\n"
        "🔹 О выборах в Молдавии\n"
        "То, что произошло 28 сентября, — это не выборы, а спецоперация Брюсселя.\n\n"
        "🔹 О предстоящих муниципальных выборах в Грузии\n"
        "Рассчитываем, что грузинский народ сам определит свою судьбу без внешнего "
        "вмешательства.\n\n"
        "🔹 Об итогах «недели высокого уровня» Генассамблеи ООН\n"
        "Выступление С.В.Лаврова 27 сентября вызвало большой интерес.\n\n"
        "#брифинг #Захарова",
    ),
    "ru_briefing_oct30": (
        (10, 30),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, Москва, 30 октября 2025 "
        "года\n\n"
        "🔹 Об урагане «Мелисса»\n"
        "Выражаем соболезнования народам Кубы и Ямайки. Россия готова оказать помощь.\n\n"
        "🔹 О ситуации в Мали\n"
        "Рекомендуем российским гражданам воздержаться от поездок в Мали.\n\n"
        "🔹 О выборах в Ираке\n"
        "Надеемся, что голосование 11 ноября пройдёт спокойно.\n\n"
        "#брифинг #Захарова",
    ),
    "en_briefing_nov13": (
        (11, 13),
        "mfa_russia",
        "Foreign Ministry Spokeswoman Maria Zakharova’s briefing, Moscow, November 13, 2025\n\n"
        "🔸 Iraq’s parliamentary elections\n"
        "We congratulate the Iraqi people on the elections held on November 11.\n\n"
        "🔸 Armenia and the CSTO\n"
        "The door to full participation in the Organisation remains open to Yerevan.\n\n"
        "🔸 Venezuela\n"
        "We condemn US strikes in the Caribbean and reaffirm our support for the Venezuelan "
        "leadership.\n\n"
        "#briefing",
    ),
    "ru_briefing_jul24": (
        (7, 24),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, Москва, 24 июля 2025 "
        "года\n\n"
        "🔹 О столкновениях на таиландско-камбоджийской границе\n"
        "Призываем стороны к сдержанности и решению спора за столом переговоров.\n\n"
        "🔹 О ситуации вокруг С.С.Карапетяна\n"
        "Посольство в Ереване продолжает оказывать ему консульское содействие.\n\n"
        "🔹 О третьем раунде переговоров в Стамбуле\n"
        "Российская делегация передала украинской стороне проекты меморандумов.\n\n"
        "#брифинг #Захарова",
    ),
    # ---------------------------------------------------------------------- more tellings
    "en_azal_crash": (
        (12, 25),
        "reuters",
        "AKTAU, Kazakhstan, Dec 25 (Reuters) - An Azerbaijan Airlines passenger jet flying from "
        "Baku to Grozny in Russia crashed near the city of Aktau in Kazakhstan on Wednesday, "
        "killing dozens of people, though some survived, Kazakh officials said.",
    ),
    "en_ashgabat_putin": (
        (12, 12),
        "tass_en",
        "ASHGABAT, December 12. /TASS/. Russian President Vladimir Putin held talks with Turkmen "
        "President Serdar Berdymukhamedov on the sidelines of the forum marking 30 years of "
        "Turkmenistan's neutrality, focusing on gas, transport and the Caspian.",
    ),
    "en_mirziyoyev_unesco": (
        (10, 30),
        "kun_uz",
        "President Shavkat Mirziyoyev opened the 43rd session of the UNESCO General Conference in "
        "Samarkand on October 30, the first time in four decades that the session has been held "
        "outside Paris.",
    ),
    "ru_unesco_samarkand_open": (
        (10, 30),
        "tass",
        "САМАРКАНД, 30 октября. /ТАСС/. Президент Узбекистана Шавкат Мирзиёев открыл 43-ю сессию "
        "Генеральной конференции ЮНЕСКО. В работе сессии участвуют делегации почти 200 государств.",
    ),
    "en_pashinyan_csto": (
        (11, 20),
        "armenpress",
        "Prime Minister Nikol Pashinyan confirmed that Armenia will not take part in the CSTO "
        "summit in Bishkek, saying the country's membership remains frozen.",
    ),
    "en_georgia_oneliner": (
        (10, 5),
        "civil_ge",
        "Georgian Dream claims victory in all 64 municipalities, opposition boycott leaves "
        "Tbilisi mayor race uncontested. #Georgia",
    ),
    "en_moldova_mfa": (
        (9, 30),
        "tass_en",
        "Moldova's elections were neither free nor fair, as hundreds of thousands of Moldovan "
        "citizens living in Russia and Transnistria could not vote, Russian Foreign Ministry "
        "spokeswoman Maria Zakharova said.",
    ),
    "en_fico_moscow": (
        (5, 9),
        "reuters",
        "MOSCOW, May 9 (Reuters) - Slovak Prime Minister Robert Fico, the only EU head of "
        "government in Moscow for the Victory Day celebrations, laid flowers at the Tomb of the "
        "Unknown Soldier and said nobody could dictate where he travelled.",
    ),
    "en_budapest_memo": (
        (12, 5),
        "kyiv_independent",
        "Thirty-one years ago, on Dec. 5, 1994, the Budapest Memorandum was signed at the CSCE "
        "summit in Budapest, giving Ukraine security assurances in exchange for giving up its "
        "nuclear arsenal.",
    ),
    "en_erdogan_call": (
        (5, 11),
        "anadolu",
        "President Erdogan tells Putin Türkiye is ready to host direct Russia-Ukraine talks in "
        "Istanbul, calls for a comprehensive ceasefire, Turkish Communications Directorate says.",
    ),
    "en_istanbul_july23": (
        (7, 23),
        "ap",
        "ISTANBUL (AP) — The third round of Russia-Ukraine talks in Istanbul lasted less than an "
        "hour on Wednesday, with the two sides agreeing on another prisoner exchange but "
        "remaining far apart on a ceasefire.",
    ),
    "en_rosatom_abroad": (
        (9, 25),
        "tass_en",
        "Rosatom's foreign order book stands at 22 power units in 10 countries, including the "
        "Akkuyu nuclear power plant in Türkiye, El Dabaa in Egypt and Rooppur in Bangladesh, CEO "
        "Alexey Likhachev told World Atomic Week in Moscow.",
    ),
    "ru_rooppur": (
        (11, 19),
        "ria",
        "На первом энергоблоке АЭС «Руппур» в Бангладеш началась загрузка ядерного топлива, "
        "сообщили в «Росатоме». Станция строится в округе Пабна в 160 км от Дакки.",
    ),
    "en_aoun_elected": (
        (1, 9),
        "reuters",
        "BEIRUT, Jan 9 (Reuters) - Lebanon's parliament elected army commander Joseph Aoun as "
        "head of state on Thursday, filling a presidential vacuum of more than two years.",
    ),
    "ru_aoun_hezbollah": (
        (8, 6),
        "tass",
        "БЕЙРУТ, 6 августа. /ТАСС/. Правительство Ливана поручило армии подготовить план "
        "разоружения «Хезболлы» до конца года. Президент Жозеф Аун назвал решение историческим.",
    ),
    "en_gem_oneliner": (
        (11, 4),
        "ahram",
        "Grand Egyptian Museum opens to the public on Nov. 4; tickets are sold online only 🎟",
    ),
    "ru_mali_blockade": (
        (10, 28),
        "ria",
        "БАМАКО, 28 окт — РИА Новости. Боевики группировки «Джамаат нуср аль-Ислам валь-Муслимин» "
        "(ДНИМ) продолжают блокировать поставки топлива в столицу Мали, школы и университеты "
        "закрыты.",
    ),
    "en_burkina_wheat": (
        (3, 20),
        "rt",
        "Russia delivers another 25,000 tonnes of humanitarian wheat to Burkina Faso. Captain "
        "Ibrahim Traore thanked Moscow for “a friendly shoulder”.",
    ),
    "en_nigeria_flood": (
        (5, 31),
        "ap",
        "MOKWA, Nigeria (AP) — Floods in the market town of Mokwa in Nigeria's Niger State have "
        "killed more than 150 people, emergency officials said, after torrential rain caused a "
        "dam to collapse.",
    ),
    "en_au_2026": (
        (2, 15),
        "africanews",
        "African Union leaders open the 39th AU summit in Addis Ababa on 14 February 2026, with "
        "Angola's João Lourenço handing over the rotating chairmanship.",
    ),
    "en_venezuela_duma": (
        (10, 8),
        "tass_en",
        "The State Duma, the lower house of Russia's parliament, ratified the treaty on strategic "
        "partnership and cooperation between Russia and Venezuela signed in Moscow in May.",
    ),
    "en_mongolia_dismiss": (
        (10, 17),
        "ap",
        "ULAANBAATAR, Mongolia (AP) — Mongolia's parliament voted to dismiss Prime Minister "
        "Gombojav Zandanshatar after just four months in office, but President Ukhnaagiin "
        "Khurelsukh vetoed the decision.",
    ),
    "ru_mongolia_pm": (
        (6, 13),
        "tass",
        "УЛАН-БАТОР, 13 июня. /ТАСС/. Великий государственный хурал Монголии утвердил "
        "премьер-министром спикера парламента Гомбожавына Занданшатара.",
    ),
    "en_cambodia_ceasefire": (
        (7, 28),
        "reuters",
        "PUTRAJAYA, July 28 (Reuters) - Thailand and Cambodia agreed to an unconditional "
        "ceasefire from midnight after talks hosted by Malaysian Prime Minister Anwar Ibrahim, "
        "ending five days of fighting.",
    ),
    "ru_cambodia_clash": (
        (7, 24),
        "tass",
        "БАНГКОК, 24 июля. /ТАСС/. ВВС Таиланда нанесли удары по военным объектам на территории "
        "Камбоджи после перестрелки на спорном участке границы у храма Та Муэн Тхом.",
    ),
    "ru_sco_oneliner": (
        (8, 31),
        "ria",
        "Путин прибыл в Тяньцзинь на саммит ШОС.",
    ),
    "ru_unga_opens": (
        (9, 23),
        "tass",
        "ООН, 23 сентября. /ТАСС/. В Нью-Йорке открылась «неделя высокого уровня» 80-й сессии "
        "Генассамблеи ООН. Российскую делегацию возглавляет С.В.Лавров.",
    ),
    "ru_nsr_record": (
        (12, 3),
        "ria",
        "Транзит по Северному морскому пути в этом году достиг рекорда — более 100 рейсов, "
        "сообщили в «Росатоме».",
    ),
    "en_gumennik": (
        (9, 20),
        "tass_en",
        "BEIJING, September 20. /TASS/. Russian figure skater Pyotr Gumennik won the Olympic "
        "qualifying event and will compete at the 2026 Winter Olympics in Milan as a neutral "
        "athlete.",
    ),
    "en_zakharova_karapetyan": (
        (6, 19),
        "tass_en",
        "Russia expects the rights of its citizen Samvel Karapetyan to be fully respected in "
        "Armenia, Foreign Ministry spokeswoman Maria Zakharova said.",
    ),
    "ru_indonesia_drills": (
        (11, 4),
        "mod_russia",
        "Отряд кораблей Тихоокеанского флота завершил первое российско-индонезийское "
        "военно-морское учение «Орруда-2024» в Яванском море.",
    ),
    "ru_brics_partners": (
        (1, 1),
        "mid",
        "С 1 января 2025 года статус государства-партнёра БРИКС получили Белоруссия, Боливия, "
        "Казахстан, Куба, Малайзия, Таиланд, Уганда и Узбекистан. #БРИКС",
    ),
    "en_brics_nigeria": (
        (1, 17),
        "xinhua",
        "Nigeria becomes a BRICS partner country, Brazil's foreign ministry announced, joining "
        "Belarus, Bolivia, Kazakhstan, Cuba, Malaysia, Thailand, Uganda and Uzbekistan.",
    ),
    "en_rahmon_oneliner": (
        (10, 8),
        "asia_plus",
        "Putin lands in Dushanbe, greeted at the airport by President Rahmon. #Tajikistan",
    ),
    "en_tokayev_npp": (
        (10, 1),
        "astana_times",
        "Tokayev: construction of the nuclear power plant near Lake Balkhash will begin next "
        "year, with Rosatom as the lead contractor.",
    ),
    "ru_arctic_nsr": (
        (3, 28),
        "tass",
        "МУРМАНСК, 28 марта. /ТАСС/. Развитие Севморпути остаётся приоритетом, грузопоток по "
        "трассе к 2030 году может превысить 100 млн тонн, заявил вице-премьер Юрий Трутнев на "
        "полях Арктического форума.",
    ),
    "en_lavrov_unga_oneliner": (
        (9, 28),
        "rt",
        "Lavrov at the UN: “Russia has never attacked NATO and has no plans to” 🇺🇳",
    ),
    "en_imf_centralasia": (
        (5, 20),
        "reuters",
        "IMF sees Tajikistan and Kyrgyzstan growing above 7% this year on remittances, warns of "
        "risks from tighter Russian migration rules.",
    ),
    "ru_imf_kazakhstan": (
        (5, 21),
        "interfax",
        "Миссия МВФ рекомендовала Казахстану ужесточить бюджетную политику на фоне роста инфляции.",
    ),
    "en_who_cholera_sudan": (
        (9, 10),
        "un_news",
        "WHO warns of worsening cholera outbreak in Sudan's Darfur, with more than 100,000 "
        "suspected cases reported nationwide since July last year.",
    ),
    "en_unicef_gaza_arab": (
        (5, 18),
        "un_news",
        "UNICEF welcomes Arab League summit pledge on Gaza reconstruction, urges unimpeded "
        "humanitarian access.",
    ),
    "ru_eaeu_oneliner": (
        (6, 26),
        "ria",
        "Лидеры стран ЕАЭС собрались в Минске на Высший Евразийский экономический совет.",
    ),
    "ru_karapetyan_court": (
        (12, 16),
        "tass",
        "ЕРЕВАН, 16 декабря. /ТАСС/. Антикоррупционный суд Армении продлил срок содержания под "
        "стражей российского бизнесмена Самвела Карапетяна ещё на три месяца, сообщили его "
        "адвокаты.",
    ),
    "en_kobakhidze_ties": (
        (12, 9),
        "civil_ge",
        "PM Irakli Kobakhidze: Georgia will not restore diplomatic relations with Russia while "
        "Russian troops remain in Abkhazia and the Tskhinvali region.",
    ),
    "ru_caspian_summit_prep": (
        (11, 25),
        "mid",
        "О подготовке к VII Каспийскому саммиту\n\n"
        "В Тегеране состоялись консультации заместителей министров иностранных дел прикаспийских "
        "государств. Стороны согласовали основные параметры подготовки к встрече глав государств "
        "в Иране.",
    ),
    "en_caspian_summit_prep": (
        (11, 25),
        "irna",
        "TEHRAN — Deputy foreign ministers of the five Caspian littoral states met in Tehran to "
        "prepare the seventh Caspian Summit, Iranian foreign ministry spokesman Esmaeil Baghaei "
        "said.",
    ),
}

_CSTO_BISHKEK = (
    "ru_csto_bishkek",
    "en_csto_bishkek",
    "ru_pashinyan_csto",
    "en_pashinyan_csto",
    "en_briefing_nov13",
)
_DUSHANBE_VISIT = (
    "ru_dushanbe_visit",
    "ru_cis_summit",
    "en_cis_summit",
    "ru_cis_oneliner",
    "en_aliyev_dushanbe",
    "ru_matviyenko_ipa",
)
_SCO_TIANJIN = (
    "ru_sco_tianjin",
    "en_sco_tianjin",
    "ru_sco_modi",
    "en_sco_oneliner",
    "en_briefing_sep4",
    "ru_sco_oneliner",
)
_WHO_GEORGIA = (
    "en_who_georgia",
    "ru_who_georgia",
    "en_who_egypt",
    "en_who_cholera_sudan",
)
_ISTANBUL_MAY16 = (
    "ru_istanbul_may16",
    "ru_istanbul_july23",
    "ru_erdogan_call",
    "ru_briefing_jul24",
)
_MOLDOVA_ELECTIONS = (
    "ru_moldova_elections",
    "ru_mid_moldova",
    "ru_moldova_oneliner",
    "ru_briefing_oct1",
)
_MELISSA_CUBA = (
    "ru_melissa_cuba",
    "ru_havana_consular",
    "ru_mchs_cuba",
    "ru_briefing_oct30",
)
_DUSHANBE_VISIT_2 = (
    "ru_dushanbe_visit",
    "en_dushanbe_visit",
    "en_tajik_migrants",
    "ru_tajik_migrants",
    "en_cis_summit",
    "en_worldbank_centralasia",
    "ru_worldbank_centralasia",
    "en_rahmon_oneliner",
    "en_imf_centralasia",
)
_GEORGIA_ELECTIONS = (
    "ru_georgia_elections",
    "en_georgia_protest",
    "en_who_georgia",
    "ru_who_georgia",
    "ru_briefing_oct1",
    "en_georgia_oneliner",
    "en_kobakhidze_ties",
)
_MOLDOVA_ELECTIONS_2 = (
    "ru_moldova_elections",
    "ru_mid_moldova",
    "en_transnistria_voters",
    "en_moldova_mfa",
)
_ISTANBUL_MAY16_2 = (
    "ru_istanbul_may16",
    "en_istanbul_may16",
    "en_istanbul_june2",
    "ru_istanbul_july23",
    "ru_erdogan_call",
    "en_bayraktar_drone",
    "ru_akkuyu",
    "en_akkuyu_bayraktar",
    "ru_rosatom_abroad",
    "en_erdogan_call",
    "en_rosatom_abroad",
)
_NIGER_URANIUM = (
    "en_niger_uranium",
    "ru_niger_uranium",
    "en_aes_summit",
)
_NIGERIA_TINUBU = (
    "ru_nigeria_tinubu",
    "en_nigeria_flood",
    "en_brics_nigeria",
)
_VENEZUELA_DUMA = (
    "ru_venezuela_duma",
    "ru_sovfed_venezuela",
    "en_venezuela_treaty",
    "en_maduro_guerra",
    "ru_maduro_call",
    "en_briefing_nov13",
    "en_venezuela_duma",
)
_BRICS_RIO = (
    "en_brics_rio",
    "ru_brics_rio",
    "en_brics_indonesia",
)
_GUMENNIK = (
    "ru_gumennik",
    "en_petrosian",
    "en_gumennik",
)
_ASHGABAT_FORUM = (
    "ru_ashgabat_forum",
    "en_ashgabat_forum",
    "ru_shoigu_ashgabat",
    "en_ashgabat_putin",
)
_MIRZIYOYEV_BIRTHDAY = (
    "ru_mirziyoyev_birthday",
    "ru_parade_guests",
    "en_mirziyoyev_unesco",
    "ru_unesco_samarkand_open",
)
_KZ_NPP = (
    "ru_kz_npp",
    "en_kz_npp",
    "ru_tokayev_kremlin",
    "en_tokayev_kremlin",
    "ru_parade_guests",
    "en_tokayev_npp",
)
_CIS_SUMMIT = (
    "en_cis_summit",
    "ru_karapetyan_arrest",
    "en_karapetyan_arrest",
    "ru_pashinyan_csto",
    "en_pashinyan_church",
    "en_pashinyan_csto",
)
_KARAPETYAN_ARREST = (
    "ru_karapetyan_arrest",
    "en_karapetyan_arrest",
    "ru_karapetyan_mfa",
    "ru_briefing_jul24",
    "en_zakharova_karapetyan",
    "ru_karapetyan_court",
)
_PARADE_GUESTS = (
    "ru_parade_guests",
    "en_parade_guests",
    "en_vucic_putin",
    "ru_vucic_putin",
    "en_novi_sad_anniv",
    "ru_novi_sad",
)
_PARADE_GUESTS_2 = (
    "ru_parade_guests",
    "en_parade_guests",
    "ru_fico_moscow",
    "en_fico_veto",
    "ru_fico_veto",
    "en_fico_moscow",
)
_BUDAPEST_ANNOUNCE = (
    "en_budapest_announce",
    "ru_budapest_announce",
    "en_orban_whitehouse",
    "ru_orban_sanctions",
)
_ERDOGAN_CALL = (
    "ru_erdogan_call",
    "en_istanbul_june2",
    "en_erdogan_call",
)
_ISTANBUL_MAY16_3 = (
    "ru_istanbul_may16",
    "en_istanbul_may16",
    "en_istanbul_june2",
)
_MONGOLIA_PM = (
    "en_mongolia_pm",
    "ru_mongolia_dismiss",
    "en_mongolia_court",
    "en_mongolia_dismiss",
    "ru_mongolia_pm",
)
_IRAQ_ELECTION = (
    "ru_iraq_election",
    "ru_briefing_oct30",
    "en_briefing_nov13",
)
_MOLDOVA_ELECTIONS_3 = (
    "ru_moldova_elections",
    "en_moldova_elections",
    "ru_mid_moldova",
    "en_transnistria_voters",
    "ru_moldova_oneliner",
    "ru_briefing_oct1",
    "en_moldova_mfa",
)
_ALIYEV_DUSHANBE = (
    "ru_aliyev_dushanbe",
    "en_aliyev_dushanbe",
    "ru_azal_crash",
    "en_azal_crash",
)
_GUMENNIK_2 = (
    "ru_gumennik",
    "ru_petrosyan_oneliner",
    "en_gumennik",
)
_SCO_TIANJIN_2 = (
    "ru_sco_tianjin",
    "en_sco_tianjin",
    "en_sco_oneliner",
    "en_briefing_sep4",
    "ru_sco_oneliner",
)
_UNESCO_ENANY = (
    "en_unesco_enany",
    "ru_unesco_enany",
    "en_mirziyoyev_unesco",
    "ru_unesco_samarkand_open",
)

QUERIES: list[Labelled] = [
    # ------------------- k1 organisations and abbreviations in both languages and scripts
    Labelled(
        "ОДКБ",
        _CSTO_BISHKEK,
        "k1: ОДКБ finds CSTO and Collective Security Treaty Organisation too",
        first="ru_csto_bishkek",
    ),
    Labelled(
        "CSTO",
        _CSTO_BISHKEK,
        "k1: the Latin abbreviation finds ОДКБ",
        first="en_csto_bishkek",
    ),
    Labelled(
        "Организация Договора о коллективной безопасности",
        _CSTO_BISHKEK,
        "k1: the full name finds both abbreviations",
    ),
    Labelled(
        "СНГ",
        _DUSHANBE_VISIT,
        "k1: СНГ = CIS = Содружество Независимых Государств; Совфед's post on the Assembly of the "
        "CIS too",
    ),
    Labelled(
        "Commonwealth of Independent States",
        _DUSHANBE_VISIT,
        "k1: the full English name finds СНГ, CIS and «Содружества»",
        first="en_cis_summit",
    ),
    Labelled(
        "ЕАЭС",
        ("ru_eaeu_minsk", "en_eaeu_minsk", "ru_eaeu_oneliner"),
        "k1: ЕАЭС; trap: АЭС inside it is not a nuclear plant, so no NPP post",
        absent=("ru_kz_npp", "ru_akkuyu", "ru_rooppur"),
    ),
    Labelled(
        "SCO",
        _SCO_TIANJIN,
        "k1: SCO; trap: UNESCO ends in the same letters",
        absent=("en_unesco_enany", "en_mirziyoyev_unesco"),
    ),
    Labelled(
        "Ассоциация государств Юго-Восточной Азии",
        ("en_asean_kl", "ru_asean_kl", "ru_overchuk_asean", "en_russia_asean", "ru_anwar_moscow"),
        "k1: the Russian full name finds АСЕАН and ASEAN",
        first="ru_asean_kl",
    ),
    Labelled(
        "WHO",
        _WHO_GEORGIA,
        "k1: WHO = ВОЗ = World Health Organization; trap: the pronoun who",
        absent=("en_gurbanguly_alabai", "en_georgia_protest"),
    ),
    Labelled(
        "ВОЗ",
        _WHO_GEORGIA,
        "k1: ВОЗ finds WHO; trap: words beginning воз- (возложил, воздержаться)",
        absent=("ru_fico_moscow", "ru_mali_consular", "ru_lebanon_consular"),
    ),
    Labelled(
        "UNICEF",
        ("en_saida_unicef", "en_unicef_sudan", "en_unicef_gaza_arab"),
        "k1: UNICEF = ЮНИСЕФ",
    ),
    Labelled(
        "МАГАТЭ",
        ("en_iaea_uzbek",),
        "k1: МАГАТЭ = IAEA; trap: Kazakhstan's own atomic energy agency is another body",
        absent=("ru_kz_npp", "en_kz_npp"),
    ),
    Labelled(
        "Международное агентство по атомной энергии",
        ("en_iaea_uzbek",),
        "k1: the full name; trap: Агентство по атомной энергии Казахстана",
        absent=("ru_kz_npp", "en_kz_npp"),
    ),
    Labelled(
        "МВФ",
        ("en_imf_egypt", "ru_imf_egypt", "en_imf_centralasia", "ru_imf_kazakhstan"),
        "k1: МВФ = IMF",
    ),
    Labelled(
        "World Bank",
        ("en_worldbank_centralasia", "ru_worldbank_centralasia"),
        "k1: World Bank = Всемирный банк",
    ),
    Labelled(
        "ВСООНЛ",
        ("en_unifil_vote", "ru_unifil_vote"),
        "k1: ВСООНЛ = UNIFIL = UN Interim Force in Lebanon",
    ),
    Labelled(
        "Совет Безопасности ООН",
        ("en_unifil_vote", "ru_unifil_vote", "ru_sudan_unsc"),
        "k1: the UN Security Council; trap: Russia's Security Council (Shoigu)",
        absent=("ru_shoigu_ashgabat",),
    ),
    Labelled(
        "Alliance of Sahel States",
        ("ru_aes_force", "en_aes_summit"),
        "k1: = Конфедерация (Альянс) государств Сахеля = AES",
    ),
    Labelled(
        "JNIM",
        ("en_mali_blockade", "ru_mali_blockade"),
        "k1: JNIM = ДНИМ",
    ),
    Labelled(
        "МЧС",
        ("ru_mchs_cuba", "en_mchs_cuba"),
        "k1: Russia's МЧС = Emergencies Ministry; trap: МЧС Казахстана and «чрезвычайных "
        "ситуациях» in a drill",
        absent=("ru_azal_crash", "ru_laos_drills"),
    ),
    Labelled(
        "Госдума",
        ("ru_venezuela_duma", "en_venezuela_duma"),
        "k1: Госдума = State Duma",
    ),
    Labelled(
        "Federation Council",
        ("ru_sovfed_venezuela", "ru_matviyenko_ipa"),
        "k1: = Совет Федерации = Совфед",
    ),
    Labelled(
        "Лига арабских государств",
        ("ru_arab_league_baghdad", "en_arab_league_baghdad", "en_unicef_gaza_arab"),
        "k1: = Arab League",
    ),
    Labelled(
        "African Union",
        ("en_au_2025", "ru_au_2025", "ru_au_2026", "en_au_2026"),
        "k1: African Union = Африканский союз = АС, any year",
    ),
    Labelled(
        "Минэнерго",
        ("ru_minenergo_opec",),
        "k1: Russia's Minenergo; trap: Niger's and Türkiye's energy ministers",
        absent=("ru_niger_uranium", "en_akkuyu_bayraktar"),
    ),
    Labelled(
        "АЭС",
        (
            "ru_uzbek_npp",
            "en_uzbek_npp",
            "en_iaea_uzbek",
            "ru_kz_npp",
            "en_kz_npp",
            "en_tokayev_kremlin",
            "en_tokayev_npp",
            "ru_akkuyu",
            "en_akkuyu_bayraktar",
            "ru_rosatom_abroad",
            "en_rosatom_abroad",
            "ru_el_dabaa",
            "en_el_dabaa",
            "en_rooppur",
            "ru_rooppur",
        ),
        "k1: АЭС = атомная электростанция = nuclear power plant; trap: ЕАЭС",
        absent=("ru_eaeu_minsk", "ru_eaeu_oneliner"),
    ),
    Labelled(
        "ОБСЕ",
        ("en_osce_vienna", "ru_osce_vienna"),
        "k1: ОБСЕ = OSCE; trap: СБСЕ, its forerunner, in 1994",
        absent=("ru_budapest_memo", "en_budapest_memo"),
    ),
    Labelled(
        "Генассамблея ООН",
        (
            "ru_lavrov_unga",
            "en_lavrov_unga",
            "en_unga_opens",
            "ru_unga_opens",
            "ru_briefing_oct1",
            "en_ashgabat_forum",
        ),
        "k1: = Генеральная Ассамблея = UN General Assembly",
    ),
    Labelled(
        "хуситы",
        ("en_red_sea", "ru_red_sea", "ru_houthis_oneliner", "en_yemen_un", "ru_yemen_un"),
        "k1: a movement's name, Houthi, хуситов, in both languages",
    ),
    # -------------------------------------------------------------- k2 events with places
    Labelled(
        "СНГ Душанбе",
        (
            "ru_dushanbe_visit",
            "ru_cis_summit",
            "en_cis_summit",
            "ru_cis_oneliner",
            "en_aliyev_dushanbe",
        ),
        "k2: the CIS meeting in Dushanbe, both languages",
        first="ru_cis_summit",
    ),
    Labelled(
        "CIS summit Dushanbe",
        ("en_cis_summit", "en_aliyev_dushanbe"),
        "k2: English summit + CIS + Dushanbe",
        first="en_cis_summit",
    ),
    Labelled(
        "саммит ОДКБ в Бишкеке",
        ("ru_csto_bishkek", "ru_pashinyan_csto"),
        "k2: Russian саммит + ОДКБ + Бишкек",
        first="ru_csto_bishkek",
    ),
    Labelled(
        "CSTO summit in Bishkek",
        ("en_csto_bishkek", "en_pashinyan_csto"),
        "k2: English summit + CSTO + Bishkek",
        first="en_csto_bishkek",
    ),
    Labelled(
        "саммит ШОС в Тяньцзине",
        ("ru_sco_tianjin", "ru_sco_oneliner"),
        "k2: саммит + ШОС + Тяньцзинь; the Modi car ride names no city",
        first="ru_sco_tianjin",
    ),
    Labelled(
        "SCO summit Tianjin",
        ("en_sco_tianjin", "en_sco_oneliner", "en_briefing_sep4"),
        "k2: English words + SCO + Tianjin",
        first="en_sco_tianjin",
    ),
    Labelled(
        "BRICS summit Rio",
        ("en_brics_rio",),
        "k2: English summit in Rio; trap: Rio Tinto",
        absent=("en_rio_tinto",),
    ),
    Labelled(
        "переговоры в Стамбуле",
        _ISTANBUL_MAY16,
        "k2: Russian переговоры + Istanbul",
        first="ru_istanbul_may16",
    ),
    Labelled(
        "Istanbul talks",
        ("en_istanbul_may16", "en_istanbul_june2", "en_istanbul_july23", "en_erdogan_call"),
        "k2: English talks + Istanbul",
        first="en_istanbul_may16",
    ),
    Labelled(
        "выборы в Молдавии",
        _MOLDOVA_ELECTIONS,
        "k2: Russian выборы + Moldova",
        first="ru_moldova_elections",
    ),
    Labelled(
        "Moldova election",
        ("en_moldova_elections", "en_moldova_mfa"),
        "k2: English election + Moldova; the Transnistria voters post says polling stations only",
        first="en_moldova_elections",
    ),
    Labelled(
        "Georgia elections",
        ("en_georgia_protest",),
        "k2: trap: an election in the US state of Georgia",
        absent=("en_georgia_us",),
    ),
    Labelled(
        "выборы в Грузии",
        ("ru_georgia_elections", "ru_briefing_oct1"),
        "k2: Russian выборы + Грузия",
        first="ru_georgia_elections",
    ),
    Labelled(
        "парад Победы на Красной площади",
        ("ru_parade_guests",),
        "k2: парад + Победа + Красная площадь",
    ),
    Labelled(
        "Victory Day parade",
        ("en_parade_guests", "en_vucic_putin"),
        "k2: English parade; Victory Day celebrations without parade are not enough",
        first="en_parade_guests",
        absent=("en_traore_speech",),
    ),
    Labelled(
        "Ashgabat forum",
        ("en_ashgabat_forum", "en_ashgabat_putin"),
        "k2: English forum + Ashgabat",
    ),
    Labelled(
        "ASEAN summit Kuala Lumpur",
        ("en_asean_kl", "en_russia_asean"),
        "k2: the East Asia Summit post in Kuala Lumpur names ASEAN too",
        first="en_asean_kl",
    ),
    Labelled(
        "Russia-Africa ministerial conference Cairo",
        ("en_russia_africa_cairo",),
        "k2: English words + Cairo",
    ),
    Labelled(
        "Arab League summit Baghdad",
        ("en_arab_league_baghdad",),
        "k2: UNICEF's reaction names no Baghdad",
    ),
    Labelled(
        "ураган Мелисса на Кубе",
        _MELISSA_CUBA,
        "k2: ураган + Melissa + Cuba; trap: чай с мелиссой",
        first="ru_melissa_cuba",
        absent=("ru_melissa_tea",),
    ),
    Labelled(
        "Hurricane Melissa Cuba",
        ("en_melissa_cuba", "en_mchs_cuba"),
        "k2: English hurricane + Melissa + Cuba",
        first="en_melissa_cuba",
    ),
    Labelled(
        "Генконференция ЮНЕСКО в Самарканде",
        ("ru_unesco_enany", "ru_unesco_samarkand_open"),
        "k2: Генеральная конференция ЮНЕСКО in Samarkand",
    ),
    Labelled(
        "учения Запад-2025",
        ("ru_zapad_drills", "ru_zapad_putin"),
        "k2: the Zapad-2025 exercise; trap: Запад meaning the West",
        absent=("ru_west_generic",),
    ),
    Labelled(
        "Zapad-2025 exercises",
        ("en_zapad_drills", "en_zapad_putin"),
        "k2: English exercises + Zapad",
        first="en_zapad_drills",
        absent=("ru_west_generic",),
    ),
    Labelled(
        "открытие музея в Гизе",
        ("ru_gem_opening",),
        "k2: открыт, музей, Гиза",
    ),
    Labelled(
        "Budapest summit",
        ("en_budapest_announce", "en_budapest_off", "en_balazs_orban", "en_budapest_memo"),
        "k2: English summit + Budapest, the 1994 CSCE summit included",
    ),
    Labelled(
        "саммит в Будапеште 2025",
        ("ru_budapest_announce",),
        "k2: trap: the other year, the 1994 summit in Budapest",
        absent=("ru_budapest_memo",),
    ),
    # ------------------------------------- k3 places in Russian case forms and in English
    Labelled(
        "Таджикистане",
        _DUSHANBE_VISIT_2,
        "k3: prepositional case; Tajik, Tajikistan in English; Dushanbe alone is not the country",
    ),
    Labelled(
        "Ереване",
        (
            "ru_karapetyan_arrest",
            "ru_karapetyan_mfa",
            "en_karapetyan_conductor",
            "ru_pashinyan_csto",
            "en_pashinyan_church",
            "en_briefing_nov13",
            "ru_briefing_jul24",
            "ru_karapetyan_court",
        ),
        "k3: Yerevan in any case, the conductor's concert too",
    ),
    Labelled(
        "Грузии",
        _GEORGIA_ELECTIONS,
        "k3: Georgia the country; trap: the US state; Tbilisi alone is not the country",
        absent=("en_georgia_us",),
    ),
    Labelled(
        "Приднестровья",
        _MOLDOVA_ELECTIONS_2,
        "k3: Приднестровье = Transnistria",
    ),
    Labelled(
        "Турции",
        _ISTANBUL_MAY16_2,
        "k3: Турция = Türkiye = Turkey, Turkish; trap: turkeys and Turkmen",
        absent=("en_turkey_pardon", "en_ashgabat_putin"),
    ),
    Labelled(
        "Ливане",
        (
            "en_unifil_vote",
            "ru_unifil_vote",
            "ru_aoun_elected",
            "en_aoun_hezbollah",
            "ru_lebanon_consular",
            "en_arab_league_baghdad",
            "en_aoun_elected",
            "ru_aoun_hezbollah",
        ),
        "k3: Lebanon in both languages",
    ),
    Labelled(
        "Iraq",
        (
            "en_iraq_election",
            "ru_iraq_election",
            "ru_lukoil_iraq",
            "en_lukoil_iraq",
            "ru_arab_league_baghdad",
            "en_arab_league_baghdad",
            "ru_briefing_oct30",
            "en_briefing_nov13",
        ),
        "k3: Iraq, Iraqi, Ирак; trap: the name Irakli (Ираклий)",
        absent=("en_georgia_protest", "ru_georgia_elections", "en_kobakhidze_ties"),
    ),
    Labelled(
        "Красном море",
        ("ru_red_sea", "en_red_sea"),
        "k3: the Red Sea; trap: Каспийское море and Красная книга in one post",
        absent=("ru_caspian_seals",),
    ),
    Labelled(
        "Red Sea",
        ("en_red_sea", "ru_red_sea"),
        "k3: one name; trap: Red Square, the Caspian Sea",
        absent=("en_parade_guests", "en_caspian_shrink"),
    ),
    Labelled(
        "Египте",
        (
            "en_who_egypt",
            "ru_rosatom_abroad",
            "ru_el_dabaa",
            "en_el_dabaa",
            "ru_arab_league_baghdad",
            "en_gem_opening",
            "ru_gem_opening",
            "en_unesco_enany",
            "ru_unesco_enany",
            "en_imf_egypt",
            "ru_imf_egypt",
            "ru_wheat_egypt",
            "en_wheat_egypt",
            "ru_egypt_consular",
            "ru_russia_africa_cairo",
            "en_russia_africa_cairo",
            "en_rosatom_abroad",
            "en_gem_oneliner",
        ),
        "k3: Egypt, Egyptian, египетский in any case; Cairo and Hurghada alone would not do",
    ),
    Labelled(
        "Бамако",
        (
            "en_mali_blockade",
            "ru_aes_force",
            "en_aes_summit",
            "en_moussa_traore",
            "ru_mali_blockade",
        ),
        "k3: the capital only; the embassy's notice names Mali, not Bamako",
    ),
    Labelled(
        "Мали",
        (
            "en_mali_blockade",
            "ru_mali_consular",
            "ru_aes_force",
            "en_aes_summit",
            "en_moussa_traore",
            "ru_briefing_oct30",
            "ru_mali_blockade",
        ),
        "k3: Mali; trap: Эмомали and Emomali",
        absent=("ru_dushanbe_visit", "en_dushanbe_visit"),
    ),
    Labelled(
        "Niger",
        _NIGER_URANIUM,
        "k3: Niger; trap: Nigeria and Nigeria's Niger State",
        absent=_NIGERIA_TINUBU,
    ),
    Labelled(
        "Нигерии",
        _NIGERIA_TINUBU,
        "k3: Nigeria; trap: Niger",
        absent=("en_niger_uranium", "ru_niger_uranium"),
    ),
    Labelled(
        "Венесуэлы",
        _VENEZUELA_DUMA,
        "k3: genitive; Venezuela, Venezuelan",
    ),
    Labelled(
        "Rio",
        _BRICS_RIO,
        "k3: Rio de Janeiro; trap: Rio Tinto",
        first="en_brics_rio",
        absent=("en_rio_tinto",),
    ),
    Labelled(
        "Улан-Баторе",
        (
            "en_mongolia_pm",
            "ru_mongolia_dismiss",
            "en_mongolia_court",
            "ru_mongolia_culture",
            "en_mongolia_dismiss",
            "ru_mongolia_pm",
        ),
        "k3: Улан-Батор = Ulaanbaatar",
    ),
    Labelled(
        "Камбоджи",
        (
            "en_cambodia_clash",
            "ru_cambodia_ceasefire",
            "en_hun_sen",
            "ru_hun_sen",
            "ru_thailand_consular",
            "en_asean_kl",
            "ru_briefing_jul24",
            "en_cambodia_ceasefire",
            "ru_cambodia_clash",
        ),
        "k3: Cambodia, Cambodian, камбоджийской",
    ),
    Labelled(
        "Восточный Тимор",
        ("ru_asean_kl", "en_asean_kl"),
        "k3: = Timor-Leste",
    ),
    Labelled(
        "Каспий",
        (
            "en_tokayev_kremlin",
            "ru_caspian_day",
            "en_caspian_shrink",
            "ru_caspian_seals",
            "en_caspian_seals",
            "en_ashgabat_putin",
            "ru_caspian_summit_prep",
            "en_caspian_summit_prep",
        ),
        "k3: Caspian, Каспийского, прикаспийских, the Caspian Pipeline Consortium",
    ),
    Labelled(
        "Арктике",
        ("ru_arctic_forum", "en_arctic_forum", "ru_arctic_nsr"),
        "k3: Arctic, Арктического",
    ),
    Labelled(
        "Milan",
        _GUMENNIK,
        "k3: the Olympic city; trap: the writer Milan Kundera",
        absent=("en_kundera",),
    ),
    Labelled(
        "Нови-Саде",
        ("en_novi_sad_anniv", "ru_novi_sad"),
        "k3: Нови-Сад = Novi Sad",
    ),
    Labelled(
        "Актау",
        (
            "ru_azal_crash",
            "en_azal_crash",
            "en_aliyev_dushanbe",
            "ru_caspian_day",
            "en_caspian_shrink",
        ),
        "k3: Aktau in both languages",
    ),
    Labelled(
        "Ташкенте",
        ("en_saida_unicef",),
        "k3: trap: the Moscow cinema «Ташкент»",
        absent=("ru_tashkent_cinema",),
    ),
    Labelled(
        "Sudan",
        (
            "ru_arab_league_baghdad",
            "en_arab_league_baghdad",
            "en_au_2025",
            "ru_sudan_unsc",
            "en_who_cholera_sudan",
        ),
        "k3: Sudan, суданском; trap: al-Sudani, Iraq's prime minister",
        absent=("en_iraq_election", "ru_iraq_election"),
    ),
    Labelled(
        "Йемен",
        ("en_red_sea", "ru_red_sea", "ru_houthis_oneliner", "en_yemen_un"),
        "k3: Yemen, йеменские; Sanaa alone is not the country",
    ),
    # --------------------------------------------------------- k4 topics and common words
    Labelled(
        "выборы",
        (
            "ru_georgia_elections",
            "ru_moldova_elections",
            "ru_mid_moldova",
            "ru_moldova_oneliner",
            "ru_iraq_election",
            "ru_syria_elections",
            "ru_briefing_oct1",
            "ru_briefing_oct30",
        ),
        "k4: Russian posts only, выборах, выборами, выборщики",
    ),
    Labelled(
        "elections",
        (
            "en_georgia_protest",
            "en_georgia_us",
            "en_moldova_elections",
            "en_michel_aoun",
            "en_iraq_election",
            "en_au_2025",
            "en_syria_elections",
            "en_briefing_nov13",
            "en_moldova_mfa",
            "en_aoun_elected",
        ),
        "k4: English only: election, electoral, elected, the US state's too; trap: electricity, "
        "Electric Networks",
        absent=("en_kz_npp", "en_akkuyu_bayraktar", "en_karapetyan_arrest"),
    ),
    Labelled(
        "санкции",
        ("ru_fico_veto", "ru_orban_sanctions", "ru_lukoil_iraq", "ru_venezuela_duma"),
        "k4: санкций, санкциям; Russian only",
    ),
    Labelled(
        "sanctions",
        (
            "en_vucic_putin",
            "en_fico_veto",
            "en_orban_whitehouse",
            "en_akkuyu_bayraktar",
            "en_lukoil_iraq",
        ),
        "k4: English only",
    ),
    Labelled(
        "wheat",
        ("en_wheat_egypt", "en_burkina_wheat"),
        "k4: English only",
    ),
    Labelled(
        "ураган",
        _MELISSA_CUBA,
        "k4: урагана, урагане; not the English hurricane",
    ),
    Labelled(
        "hurricane",
        ("en_melissa_cuba", "en_mchs_cuba"),
        "k4: English only",
    ),
    Labelled(
        "malaria",
        ("en_who_georgia", "en_who_egypt"),
        "k4: malaria-free, both years; малярия is Russian",
    ),
    Labelled(
        "пленные",
        ("ru_istanbul_may16",),
        "k4: пленными; trap: пленарном, выступление",
        absent=("ru_arctic_forum", "ru_lavrov_unga"),
    ),
    Labelled(
        "prisoners",
        ("en_istanbul_may16", "en_istanbul_july23"),
        "k4: prisoner exchange too",
    ),
    Labelled(
        "museum",
        ("en_gem_opening", "en_gem_oneliner"),
        "k4: English only; музей is Russian",
    ),
    Labelled(
        "музей",
        ("ru_gem_opening", "ru_mongolia_culture"),
        "k4: Русского музея too",
    ),
    Labelled(
        "ceasefire",
        (
            "en_istanbul_may16",
            "en_asean_kl",
            "en_erdogan_call",
            "en_istanbul_july23",
            "en_cambodia_ceasefire",
        ),
        "k4: English only; прекращение огня is not found by it",
        first="en_cambodia_ceasefire",
    ),
    Labelled(
        "прекращение огня",
        ("ru_arab_league_baghdad", "ru_cambodia_ceasefire"),
        "k4: both words, inflected",
        first="ru_cambodia_ceasefire",
    ),
    Labelled(
        "protests",
        ("en_azerbaijan_sputnik", "en_georgia_protest", "en_novi_sad_anniv", "en_mongolia_pm"),
        "k4: protest, protesters",
    ),
    Labelled(
        "ратификация",
        ("ru_venezuela_duma", "ru_sovfed_venezuela"),
        "k4: ратифицировала, ратификации",
    ),
    Labelled(
        "ratify",
        ("en_venezuela_treaty", "en_venezuela_duma"),
        "k4: ratifying, ratified",
    ),
    Labelled(
        "безвизовый въезд",
        ("ru_visa_china_dec1", "ru_visa_china_sep15"),
        "k4: безвизовом въезде",
    ),
    Labelled(
        "visa",
        ("en_visa_china_dec1", "en_visa_china_sep15"),
        "k4: visa-free, visa waiver; trap: visited",
        absent=("en_michel_aoun",),
    ),
    Labelled(
        "гуманитарная помощь",
        ("ru_mchs_cuba",),
        "k4: both words; гуманитарной пшеницы lacks помощь",
        absent=("ru_burkina_wheat",),
    ),
    Labelled(
        "нефть",
        (
            "ru_fico_veto",
            "ru_orban_sanctions",
            "ru_lukoil_iraq",
            "ru_opec_pause",
            "ru_minenergo_opec",
        ),
        "k4: нефти; Russian only",
    ),
    Labelled(
        "oil",
        ("en_orban_whitehouse", "en_lukoil_iraq", "en_opec_pause"),
        "k4: English only",
    ),
    Labelled(
        "реактор",
        ("ru_uzbek_npp", "ru_el_dabaa"),
        "k4: реактора, реакторов",
    ),
    Labelled(
        "seals",
        ("en_caspian_seals",),
        "k4: the animals; trap: sealed agreements",
        absent=("en_anwar_moscow",),
    ),
    Labelled(
        "talks",
        (
            "en_tokayev_kremlin",
            "en_istanbul_may16",
            "en_istanbul_june2",
            "en_lula_putin_call",
            "en_anwar_moscow",
            "en_ashgabat_putin",
            "en_erdogan_call",
            "en_istanbul_july23",
            "en_cambodia_ceasefire",
        ),
        "k4: English only; переговоры posts are not found",
    ),
    # ----------------------------- k5 people, declined surnames, transliteration variants
    Labelled(
        "Рахмон",
        ("ru_dushanbe_visit", "en_dushanbe_visit", "en_rahmon_oneliner"),
        "k5: Эмомали Рахмоном, Emomali Rahmon, President Rahmon",
    ),
    Labelled(
        "Ильхам Алиев",
        ("ru_aliyev_dushanbe", "en_aliyev_dushanbe"),
        "k5: Ильхамом Алиевым, Ilham Aliyev; trap: the airport and centre named after Heydar "
        "Aliyev",
        absent=("en_heydar_airport", "ru_heydar_center"),
    ),
    Labelled(
        "Алиев",
        ("ru_aliyev_dushanbe", "en_aliyev_dushanbe"),
        "k5: the bare surname is Ilham Aliyev; posts naming only Heydar Aliyev are left unlabelled",
    ),
    Labelled(
        "Ilham Aliev",
        ("ru_aliyev_dushanbe", "en_aliyev_dushanbe"),
        "k5: a transliteration variant; trap: Heydar Aliyev",
        absent=("en_heydar_airport", "ru_heydar_center"),
    ),
    Labelled(
        "Сердар Бердымухамедов",
        _ASHGABAT_FORUM,
        "k5: Serdar Berdimuhamedov, Berdymukhamedov; trap: his father Gurbanguly alone",
        absent=("en_gurbanguly_alabai", "ru_gurbanguly_horse"),
    ),
    Labelled(
        "Berdimuhamedow",
        _ASHGABAT_FORUM,
        "k5: the Turkmen spelling; the bare surname is the sitting president; Gurbanguly-only "
        "posts unlabelled",
    ),
    Labelled(
        "Гурбангулы Бердымухамедов",
        ("ru_ashgabat_forum", "en_gurbanguly_alabai", "ru_gurbanguly_horse"),
        "k5: the father; trap: posts naming only Serdar",
        absent=("ru_shoigu_ashgabat", "en_ashgabat_putin", "en_ashgabat_forum"),
    ),
    Labelled(
        "Мирзиёев",
        _MIRZIYOYEV_BIRTHDAY,
        "k5: Мирзиёеву, Mirziyoyev; Saida Mirziyoyeva is another bearer, left unlabelled",
    ),
    Labelled(
        "Shavkat Mirziyoyev",
        _MIRZIYOYEV_BIRTHDAY,
        "k5: trap: Saida Mirziyoyeva",
        absent=("en_saida_unicef",),
    ),
    Labelled(
        "Tokaev",
        _KZ_NPP,
        "k5: a spelling variant of Tokayev, Токаевым",
    ),
    Labelled(
        "Пашиняна",
        _CIS_SUMMIT,
        "k5: genitive finds Пашиняном, Pashinyan, Pashinian",
    ),
    Labelled(
        "Самвел Карапетян",
        _KARAPETYAN_ARREST,
        "k5: Самвела Карапетяна, С.С.Карапетяна, Samvel Karapetian; trap: the conductor Karen "
        "Karapetyan",
        absent=("en_karapetyan_conductor",),
    ),
    Labelled(
        "Карапетян",
        _KARAPETYAN_ARREST,
        "k5: the bare surname is the businessman; the conductor is left unlabelled",
    ),
    Labelled(
        "Вучича",
        _PARADE_GUESTS,
        "k5: Вучичем, Vučić, Vucic",
    ),
    Labelled(
        "Robert Fico",
        _PARADE_GUESTS_2,
        "k5: Роберт Фицо, Фицо, Slovakia's Fico",
    ),
    Labelled(
        "Виктор Орбан",
        _BUDAPEST_ANNOUNCE,
        "k5: Viktor Orban; trap: his namesake Balázs Orbán",
        absent=("en_balazs_orban",),
    ),
    Labelled(
        "Эрдоган",
        _ERDOGAN_CALL,
        "k5: Р.Т.Эрдоганом, Recep Tayyip Erdogan",
    ),
    Labelled(
        "Hakan Fidan",
        _ISTANBUL_MAY16_3,
        "k5: Хакан Фидан",
    ),
    Labelled(
        "Байрактар",
        ("en_akkuyu_bayraktar",),
        "k5: the minister Alparslan Bayraktar; trap: the Bayraktar drone",
        absent=("en_bayraktar_drone",),
    ),
    Labelled(
        "Жозеф Аун",
        ("ru_aoun_elected", "en_aoun_hezbollah", "en_aoun_elected", "ru_aoun_hezbollah"),
        "k5: Жозефа Ауна, Joseph Aoun; trap: Michel Aoun and раунд",
        absent=("en_michel_aoun", "ru_istanbul_july23", "ru_briefing_jul24"),
    ),
    Labelled(
        "Ибрагим Траоре",
        (
            "ru_parade_guests",
            "en_aes_summit",
            "ru_burkina_wheat",
            "en_traore_speech",
            "en_burkina_wheat",
        ),
        "k5: Ibrahim Traore, Traoré; trap: Moussa Traore and Anwar Ibrahim",
        absent=("en_moussa_traore", "en_anwar_moscow", "ru_asean_kl"),
    ),
    Labelled(
        "Анвар Ибрагим",
        (
            "en_asean_kl",
            "ru_asean_kl",
            "ru_anwar_moscow",
            "en_anwar_moscow",
            "en_cambodia_ceasefire",
        ),
        "k5: Анваром Ибрагимом, Anwar Ibrahim; trap: Ibrahim Traoré",
        absent=("ru_burkina_wheat", "en_traore_speech", "en_burkina_wheat"),
    ),
    Labelled(
        "Николас Мадуро",
        ("en_venezuela_treaty", "ru_maduro_call"),
        "k5: Н.Мадуро, Nicolas Maduro; trap: his son Nicolás Maduro Guerra",
        absent=("en_maduro_guerra",),
    ),
    Labelled(
        "Лулы",
        (
            "ru_parade_guests",
            "en_parade_guests",
            "en_brics_rio",
            "ru_lula_putin_call",
            "en_lula_putin_call",
        ),
        "k5: Лула да Силва, Лулой, Lula",
    ),
    Labelled(
        "Хун Манет",
        ("en_cambodia_clash", "ru_cambodia_ceasefire"),
        "k5: Hun Manet; trap: his father Hun Sen",
        absent=("en_hun_sen", "ru_hun_sen"),
    ),
    Labelled(
        "Zandanshatar",
        _MONGOLIA_PM,
        "k5: Занданшатара, Gombojav Zandanshatar",
    ),
    Labelled(
        "Khaled El-Enany",
        ("en_unesco_enany", "ru_unesco_enany", "ru_repost_unesco"),
        "k5: Халед эль-Анани, аль-Анани",
    ),
    Labelled(
        "Моди",
        ("ru_sco_modi",),
        "k5: Modi; trap: Modibo Keita",
        absent=("en_moussa_traore",),
    ),
    Labelled(
        "Sudani",
        ("en_iraq_election", "ru_iraq_election", "en_arab_league_baghdad"),
        "k5: al-Sudani, ас-Судани; trap: Sudan",
        absent=("en_au_2025", "ru_sudan_unsc", "en_who_cholera_sudan"),
    ),
    # ------------------------------------------------------------------ k6 quoted phrases
    Labelled(
        '"Грузинская мечта"',
        ("ru_georgia_elections",),
        "k6: the party's name together; trap: «грузинский народ» in a briefing",
        absent=("ru_briefing_oct1",),
    ),
    Labelled(
        '"Georgian Dream"',
        ("en_georgia_protest", "en_georgia_oneliner"),
        "k6: the English name of the party",
    ),
    Labelled(
        '"остров мира"',
        ("ru_budapest_announce",),
        "k6: «островом мира», inflected",
    ),
    Labelled(
        '"тысяча на тысячу"',
        ("ru_istanbul_may16",),
        "k6: the formula of the exchange",
    ),
    Labelled(
        '"Красная площадь"',
        ("ru_parade_guests",),
        "k6: на Красной площади; trap: Красное море, Красная книга",
        absent=("ru_red_sea", "ru_caspian_seals"),
    ),
    Labelled(
        '"Red Square"',
        ("en_parade_guests",),
        "k6: trap: the Red Sea",
        absent=("en_red_sea",),
    ),
    Labelled(
        '"Красное море"',
        ("ru_red_sea",),
        "k6: в Красном море; trap: Каспийского моря ... Красную книгу, the words apart",
        absent=("ru_caspian_seals",),
    ),
    Labelled(
        '"Будапештский меморандум"',
        ("ru_budapest_memo",),
        "k6: trap: other memoranda (Niger's, the Istanbul drafts)",
        absent=("ru_niger_uranium", "ru_briefing_jul24"),
    ),
    Labelled(
        '"Budapest Memorandum"',
        ("en_budapest_memo",),
        "k6: trap: a memorandum of understanding with Niger",
        absent=("en_niger_uranium",),
    ),
    Labelled(
        '"Всемирная атомная неделя"',
        ("ru_uzbek_npp", "ru_rosatom_abroad"),
        "k6: «на полях Всемирной атомной недели», inflected",
    ),
    Labelled(
        '"стратегическое партнёрство"',
        (
            "ru_mirziyoyev_birthday",
            "ru_tokayev_kremlin",
            "ru_venezuela_duma",
            "ru_sovfed_venezuela",
        ),
        "k6: стратегического партнёрства, стратегическом партнёрстве",
    ),
    Labelled(
        '"strategic partnership"',
        ("en_tokayev_kremlin", "en_venezuela_treaty", "en_venezuela_duma"),
        "k6: English phrase",
    ),
    Labelled(
        '"прямые переговоры"',
        ("ru_erdogan_call",),
        "k6: together; trap: «прямые российско-украинские переговоры», the words apart",
        absent=("ru_istanbul_may16",),
    ),
    Labelled(
        '"Victory Day parade"',
        ("en_parade_guests", "en_vucic_putin"),
        "k6: trap: Victory Day celebrations",
        absent=("en_fico_moscow", "en_traore_speech"),
    ),
    Labelled(
        '"нейтралитета Туркменистана"',
        ("ru_ashgabat_forum",),
        "k6: trap: «30-летия нейтралитета ... #Туркменистан», apart",
        absent=("ru_turkmen_oneliner",),
    ),
    Labelled(
        '"Magic Seas"',
        ("en_red_sea", "ru_houthis_oneliner"),
        "k6: a ship's name in Latin letters in both languages",
    ),
    Labelled(
        '"Eternity C"',
        ("en_red_sea", "ru_red_sea"),
        "k6: a ship's name",
    ),
    Labelled(
        '"Северный морской путь"',
        ("ru_nsr_record", "ru_arctic_nsr", "en_nsr_record"),
        "k6: the route's name = Севморпуть = Northern Sea Route",
    ),
    Labelled(
        '"зона свободной торговли"',
        ("ru_eaeu_minsk",),
        "k6: «о зоне свободной торговли»",
    ),
    Labelled(
        '"дружеское плечо"',
        ("ru_burkina_wheat",),
        "k6: Traoré's words",
    ),
    Labelled(
        '"wasted meeting"',
        ("en_budapest_off",),
        "k6: Trump's words",
    ),
    Labelled(
        '"Запад-2025"',
        ("ru_zapad_drills", "ru_zapad_putin", "en_zapad_drills", "en_zapad_putin"),
        "k6: the exercise = Zapad-2025 = Zapad; trap: Запад meaning the West",
        absent=("ru_west_generic",),
    ),
    Labelled(
        '"Большой египетский музей"',
        ("ru_gem_opening",),
        "k6: the museum's Russian name",
    ),
    Labelled(
        '"Grand Egyptian Museum"',
        ("en_gem_opening", "en_gem_oneliner"),
        "k6: the English name",
    ),
    Labelled(
        '"ракеты ПВО"',
        ("ru_aliyev_dushanbe",),
        "k6: two words together",
    ),
    # ---------------------------------------------------- k7 a word excluded with a minus
    Labelled(
        "Азербайджан -AZAL",
        ("ru_azerbaijan_note", "en_azerbaijan_sputnik", "ru_heydar_center"),
        "k7: Azerbaijan posts without the airline",
        absent=_ALIYEV_DUSHANBE,
    ),
    Labelled(
        "Пашинян -ОДКБ",
        ("en_cis_summit", "ru_karapetyan_arrest", "en_karapetyan_arrest", "en_pashinyan_church"),
        "k7: -ОДКБ removes CSTO in both scripts",
        absent=("ru_pashinyan_csto", "en_pashinyan_csto"),
    ),
    Labelled(
        "саммит -ШОС",
        (
            "ru_cis_oneliner",
            "ru_pashinyan_csto",
            "ru_csto_bishkek",
            "ru_budapest_announce",
            "ru_budapest_memo",
            "ru_arab_league_baghdad",
            "ru_russia_africa_cairo",
            "ru_au_2025",
            "ru_au_2026",
            "ru_brics_rio",
            "ru_asean_kl",
            "ru_overchuk_asean",
            "ru_caspian_summit_prep",
        ),
        "k7: Russian саммит without the SCO",
        absent=("ru_sco_tianjin", "ru_sco_modi", "ru_sco_oneliner"),
    ),
    Labelled(
        "выборы -Молдавия",
        ("ru_georgia_elections", "ru_iraq_election", "ru_syria_elections", "ru_briefing_oct30"),
        "k7: -Молдавия removes Молдова, молдавских",
        absent=_MOLDOVA_ELECTIONS,
    ),
    Labelled(
        "Турция -Стамбул",
        (
            "en_bayraktar_drone",
            "ru_akkuyu",
            "en_akkuyu_bayraktar",
            "ru_rosatom_abroad",
            "en_rosatom_abroad",
        ),
        "k7: Türkiye without Istanbul; turkeys are not Türkiye",
        absent=(
            "ru_istanbul_may16",
            "en_istanbul_may16",
            "en_istanbul_june2",
            "ru_istanbul_july23",
            "ru_erdogan_call",
            "en_erdogan_call",
            "en_turkey_pardon",
        ),
    ),
    Labelled(
        "Вучич -парад",
        (
            "en_parade_guests",
            "en_vucic_putin",
            "ru_vucic_putin",
            "en_novi_sad_anniv",
            "ru_novi_sad",
        ),
        "k7: a Russian common word removes Russian posts only: the English parade posts stay",
        absent=("ru_parade_guests",),
    ),
    Labelled(
        "Fico -sanctions",
        (
            "ru_parade_guests",
            "en_parade_guests",
            "ru_fico_moscow",
            "ru_fico_veto",
            "en_fico_moscow",
        ),
        "k7: an English word removes English posts only: «санкций» stays",
        absent=("en_fico_veto",),
    ),
    Labelled(
        "Мелисса -МЧС",
        ("en_melissa_cuba", "ru_melissa_cuba", "ru_havana_consular", "ru_briefing_oct30"),
        "k7: -МЧС removes the Emergencies Ministry; trap: the herb",
        absent=("ru_mchs_cuba", "en_mchs_cuba", "ru_melissa_tea"),
    ),
    Labelled(
        "Траоре -Мали",
        ("ru_parade_guests", "ru_burkina_wheat", "en_traore_speech", "en_burkina_wheat"),
        "k7: Ibrahim Traoré without Mali",
        absent=("en_aes_summit", "en_moussa_traore"),
    ),
    Labelled(
        "Стамбул -Фидан",
        (
            "ru_istanbul_july23",
            "ru_erdogan_call",
            "ru_briefing_jul24",
            "en_erdogan_call",
            "en_istanbul_july23",
        ),
        "k7: -Фидан removes Hakan Fidan in both scripts",
        absent=_ISTANBUL_MAY16_3,
    ),
    Labelled(
        "BRICS -Indonesia",
        (
            "en_brics_rio",
            "ru_brics_rio",
            "ru_lula_putin_call",
            "ru_brics_partners",
            "en_brics_nigeria",
        ),
        "k7: -Indonesia removes Индонезия too",
        absent=("ru_brics_indonesia", "en_brics_indonesia"),
    ),
    Labelled(
        "ЮНЕСКО -Самарканд",
        ("ru_repost_unesco",),
        "k7: -Самарканд removes Samarkand too",
        absent=_UNESCO_ENANY,
    ),
    Labelled(
        "Лавров -ООН",
        ("en_budapest_off", "ru_russia_africa_cairo", "en_russia_africa_cairo"),
        "k7: -ООН removes the UN in both scripts",
        absent=(
            "ru_lavrov_unga",
            "en_lavrov_unga",
            "ru_briefing_oct1",
            "ru_unga_opens",
            "en_lavrov_unga_oneliner",
        ),
    ),
    Labelled(
        "АЭС -Росатом",
        ("en_iaea_uzbek", "en_tokayev_kremlin", "en_akkuyu_bayraktar"),
        "k7: nuclear plants whose posts do not name Rosatom",
        absent=("ru_kz_npp", "ru_akkuyu", "en_rooppur", "ru_uzbek_npp"),
    ),
    Labelled(
        "Монголия -Занданшатар",
        ("ru_mongolia_culture", "ru_eaeu_minsk", "en_eaeu_minsk"),
        "k7: Mongolia without its prime minister",
        absent=_MONGOLIA_PM,
    ),
    Labelled(
        "Ливан -Хезболла",
        (
            "en_unifil_vote",
            "ru_unifil_vote",
            "ru_aoun_elected",
            "ru_lebanon_consular",
            "en_arab_league_baghdad",
            "en_aoun_elected",
        ),
        "k7: -Хезболла removes Hezbollah too",
        absent=("en_aoun_hezbollah", "ru_aoun_hezbollah"),
    ),
    Labelled(
        "ОПЕК+ -Новак",
        ("en_opec_pause", "ru_minenergo_opec", "en_opec_nov30"),
        "k7: a person removed",
        absent=("ru_opec_pause",),
    ),
    Labelled(
        "Ирак -Лукойл",
        (
            "en_iraq_election",
            "ru_iraq_election",
            "ru_arab_league_baghdad",
            "en_arab_league_baghdad",
            "ru_briefing_oct30",
            "en_briefing_nov13",
        ),
        "k7: -Лукойл removes Lukoil too",
        absent=("ru_lukoil_iraq", "en_lukoil_iraq"),
    ),
    Labelled(
        "Грузия -ВОЗ",
        (
            "ru_georgia_elections",
            "en_georgia_protest",
            "ru_briefing_oct1",
            "en_georgia_oneliner",
            "en_kobakhidze_ties",
        ),
        "k7: -ВОЗ removes WHO; the US state is not Georgia",
        absent=("en_who_georgia", "ru_who_georgia", "en_georgia_us"),
    ),
    Labelled(
        "Казахстан -АЭС",
        (
            "en_aliyev_dushanbe",
            "ru_azal_crash",
            "ru_tokayev_kremlin",
            "ru_parade_guests",
            "en_caspian_shrink",
            "en_azal_crash",
            "ru_brics_partners",
            "en_brics_nigeria",
            "ru_imf_kazakhstan",
        ),
        "k7: -АЭС removes nuclear power plant in both languages",
        absent=("ru_kz_npp", "en_kz_npp", "en_tokayev_kremlin"),
    ),
    Labelled(
        "Moldova -Transnistria",
        ("en_moldova_elections", "ru_moldova_oneliner", "ru_briefing_oct1"),
        "k7: -Transnistria removes Приднестровье",
        absent=_MOLDOVA_ELECTIONS_2,
    ),
    Labelled(
        "Росатом -Казахстан",
        (
            "ru_uzbek_npp",
            "en_uzbek_npp",
            "ru_akkuyu",
            "ru_rosatom_abroad",
            "ru_el_dabaa",
            "en_el_dabaa",
            "en_rooppur",
            "en_niger_uranium",
            "ru_niger_uranium",
            "en_rosatom_abroad",
            "ru_rooppur",
            "ru_nsr_record",
            "en_tokayev_npp",
        ),
        "k7: the Balkhash post names no Kazakhstan and stays",
        absent=("ru_kz_npp", "en_kz_npp"),
    ),
    Labelled(
        "Венгрия -Трамп",
        ("en_balazs_orban", "ru_rosatom_abroad"),
        "k7: Hungary without Trump",
        absent=_BUDAPEST_ANNOUNCE,
    ),
    Labelled(
        "переговоры -Стамбул",
        (
            "ru_dushanbe_visit",
            "ru_ashgabat_forum",
            "ru_shoigu_ashgabat",
            "ru_tokayev_kremlin",
            "ru_orban_sanctions",
            "ru_russia_africa_cairo",
            "ru_cambodia_ceasefire",
            "ru_anwar_moscow",
            "ru_sco_modi",
        ),
        "k7: Russian переговоры without Istanbul",
        absent=_ISTANBUL_MAY16,
    ),
    Labelled(
        "Армения -Карапетян -ОДКБ",
        ("en_cis_summit", "en_karapetyan_conductor", "en_pashinyan_church"),
        "k7: two words excluded; the conductor is not the businessman and stays",
        absent=(
            "ru_karapetyan_arrest",
            "en_karapetyan_arrest",
            "ru_karapetyan_mfa",
            "ru_briefing_jul24",
            "en_zakharova_karapetyan",
            "ru_karapetyan_court",
            "ru_csto_bishkek",
            "en_csto_bishkek",
            "ru_pashinyan_csto",
            "en_pashinyan_csto",
            "en_briefing_nov13",
        ),
    ),
    # ----------------------------- k8 dates in words and figures, with and without a year
    Labelled(
        "9 октября",
        ("en_dushanbe_visit", "en_tajik_migrants", "ru_aliyev_dushanbe"),
        "k8: «9 окт», Oct 9, October 9; trap: 29 октября and 10 октября",
        absent=("ru_melissa_cuba", "ru_cis_summit"),
    ),
    Labelled(
        "10.10",
        ("ru_dushanbe_visit", "ru_cis_summit"),
        "k8: figures; trap: the 9th",
        absent=("ru_aliyev_dushanbe", "en_dushanbe_visit"),
    ),
    Labelled(
        "28 сентября",
        ("ru_mid_moldova", "en_transnistria_voters", "ru_briefing_oct1"),
        "k8: September 28 too; trap: «29 сен»",
        absent=("ru_moldova_elections",),
    ),
    Labelled(
        "29.09.2025",
        ("ru_moldova_elections",),
        "k8: «29 сен» of the story's year; trap: the 28th",
        absent=("ru_mid_moldova", "en_transnistria_voters"),
    ),
    Labelled(
        "27 ноября",
        ("ru_csto_bishkek", "en_csto_bishkek"),
        "k8: Nov 27; trap: 28 ноября",
        absent=("ru_csto_oneliner",),
    ),
    Labelled(
        "1 ноября",
        ("en_novi_sad_anniv", "ru_novi_sad"),
        "k8: Nov. 1, «1 ноя»; trap: 11 ноября, 2 ноя, Nov. 4 and a museum story of that day that "
        "states no date",
        absent=(
            "ru_iraq_election",
            "ru_briefing_oct30",
            "ru_gem_opening",
            "en_gem_oneliner",
            "en_gem_opening",
        ),
    ),
    Labelled(
        "November 11",
        _IRAQ_ELECTION,
        "k8: dates are read from the text; trap: Nov. 1 and posts only posted on 11 November",
        absent=("en_novi_sad_anniv", "ru_laos_drills", "en_laos_drills"),
    ),
    Labelled(
        "9 мая 2025",
        ("ru_parade_guests", "en_fico_moscow"),
        "k8: «9 мая», May 9; trap: posts of that day that state no date",
        absent=("ru_fico_moscow", "en_vucic_putin"),
    ),
    Labelled(
        "12 декабря",
        ("en_ashgabat_forum", "en_ashgabat_putin"),
        "k8: Dec. 12, December 12; trap: the Kremlin post of that day without a date, 12 августа",
        absent=("ru_ashgabat_forum", "ru_caspian_day"),
    ),
    Labelled(
        "5 декабря",
        ("ru_budapest_memo", "en_budapest_memo", "ru_osce_vienna"),
        "k8: any year; «4–5 декабря» holds the 5th; trap: 25 декабря",
        absent=("ru_azal_crash",),
    ),
    Labelled(
        "5 декабря 2025",
        ("ru_osce_vienna",),
        "k8: trap: 5 December 1994",
        absent=("ru_budapest_memo", "en_budapest_memo"),
    ),
    Labelled(
        "двадцать седьмого сентября",
        ("ru_lavrov_unga", "ru_briefing_oct1"),
        "k8: a day in words",
    ),
    Labelled(
        "26 октября",
        ("en_asean_kl", "ru_asean_kl"),
        "k8: Oct 26; trap: October 27 in Kuala Lumpur",
        absent=("en_russia_asean",),
    ),
    Labelled(
        "27 марта",
        ("en_arctic_forum",),
        "k8: March 27; trap: 28 марта, and the Kremlin post of that day states no date",
        absent=("ru_arctic_nsr", "ru_arctic_forum"),
    ),
    Labelled(
        "11 ноября 2025",
        _IRAQ_ELECTION,
        "k8: with a year, the story's",
    ),
    Labelled(
        "25 декабря 2024",
        ("ru_azal_crash", "en_azal_crash"),
        "k8: the crash's year, Dec 25",
    ),
    Labelled(
        "20 декабря",
        ("ru_aes_force", "ru_russia_africa_cairo"),
        "k8: «19–20 декабря» holds the 20th; trap: a post of that day that states no date",
        absent=("en_russia_africa_cairo",),
    ),
    Labelled(
        "15 сентября",
        ("ru_visa_china_sep15", "en_visa_china_sep15"),
        "k8: Sept 15; trap: «до 14 сентября 2026 года»",
        absent=("ru_visa_china_dec1",),
    ),
    Labelled(
        "18 июня",
        ("ru_karapetyan_arrest",),
        "k8: trap: the English post of that day states no date",
        absent=("en_karapetyan_arrest",),
    ),
    Labelled(
        "Oct 5",
        ("en_georgia_protest",),
        "k8: trap: 4 октября",
        absent=("ru_georgia_elections",),
    ),
    Labelled(
        "12 ноября",
        ("en_tokayev_kremlin", "en_iraq_election", "ru_iraq_election"),
        "k8: November 12, Nov 12, «12 ноя»; trap: the Kremlin readout of that day states no date",
        absent=("ru_tokayev_kremlin",),
    ),
    Labelled(
        "23 июля",
        ("ru_istanbul_july23",),
        "k8: «23 июл»; trap: 24 июля",
        absent=("ru_briefing_jul24", "ru_cambodia_clash"),
    ),
    Labelled(
        "саммит Африканского союза 2026",
        ("ru_au_2026",),
        "k8: a typed year; trap: the 2025 summit",
        absent=("ru_au_2025",),
    ),
    Labelled(
        "African Union 2025",
        ("en_au_2025", "ru_au_2025"),
        "k8: trap: the other year, 2026",
        absent=("ru_au_2026", "en_au_2026"),
    ),
    Labelled(
        "malaria 2024",
        ("en_who_egypt",),
        "k8: trap: Georgia's certificate of 2025",
        absent=("en_who_georgia",),
    ),
    Labelled(
        "Budapest 1994",
        ("ru_budapest_memo", "en_budapest_memo"),
        "k8: the year stated in the text",
        absent=("en_budapest_announce", "ru_budapest_announce"),
    ),
    Labelled(
        "AZAL 2024",
        ("ru_azal_crash", "en_azal_crash"),
        "k8: the crash of 2024; trap: the 2025 apology",
        absent=("ru_aliyev_dushanbe", "en_aliyev_dushanbe"),
    ),
    Labelled(
        "Индонезия 2024",
        ("ru_indonesia_drills",),
        "k8: «Орруда-2024», российско-индонезийское; trap: Indonesia's BRICS entry of 2025",
        absent=("ru_brics_indonesia", "en_brics_indonesia"),
    ),
    # -------------------------------------------------- k9 hashtags and lower-case typing
    Labelled(
        "#СНГ",
        _DUSHANBE_VISIT,
        "k9: a hashtag means its word",
        first="ru_cis_summit",
    ),
    Labelled(
        "#Молдавия",
        _MOLDOVA_ELECTIONS_3,
        "k9: Moldova in any language",
        first="ru_mid_moldova",
    ),
    Labelled(
        "#Азербайджан",
        (
            "ru_aliyev_dushanbe",
            "en_aliyev_dushanbe",
            "ru_azal_crash",
            "en_azal_crash",
            "ru_heydar_center",
            "ru_azerbaijan_note",
            "en_azerbaijan_sputnik",
        ),
        "k9: Azerbaijan, Azerbaijani, азербайджанской; Baku alone is not the country",
    ),
    Labelled(
        "#Туркменистан",
        (
            "ru_cis_summit",
            "ru_ashgabat_forum",
            "en_ashgabat_forum",
            "ru_turkmen_oneliner",
            "en_gurbanguly_alabai",
            "ru_gurbanguly_horse",
            "ru_shoigu_ashgabat",
            "en_ashgabat_putin",
        ),
        "k9: Turkmen, туркменского",
    ),
    Labelled(
        "#Словакия",
        _PARADE_GUESTS_2,
        "k9: Slovakia, Slovak, Словакии",
    ),
    Labelled(
        "#Венгрия",
        (
            "en_budapest_announce",
            "ru_budapest_announce",
            "en_balazs_orban",
            "en_orban_whitehouse",
            "ru_orban_sanctions",
            "ru_rosatom_abroad",
        ),
        "k9: Hungary, Hungarian, в Венгрии",
    ),
    Labelled(
        "#Турция",
        _ISTANBUL_MAY16_2,
        "k9: trap: turkeys",
        absent=("en_turkey_pardon",),
    ),
    Labelled(
        "#AZAL",
        _ALIYEV_DUSHANBE,
        "k9: AZAL = Azerbaijan Airlines",
    ),
    Labelled(
        "#malaria",
        ("en_who_georgia", "en_who_egypt"),
        "k9: an English word finds English posts",
    ),
    Labelled(
        "#брифинг",
        ("ru_briefing_oct1", "ru_briefing_oct30", "ru_briefing_jul24"),
        "k9: брифинга; Russian only",
    ),
    Labelled(
        "#Победа",
        ("ru_parade_guests", "ru_cis_summit", "ru_vucic_putin"),
        "k9: Победы, #Победа80; Russian only",
    ),
    Labelled(
        "#Минобороны",
        ("ru_laos_drills", "ru_zapad_drills"),
        "k9: the ministry",
    ),
    Labelled(
        "#БРИКС",
        (
            "en_brics_rio",
            "ru_brics_rio",
            "ru_brics_indonesia",
            "en_brics_indonesia",
            "ru_lula_putin_call",
            "ru_brics_partners",
            "en_brics_nigeria",
        ),
        "k9: БРИКС = BRICS",
    ),
    Labelled(
        "одкб",
        _CSTO_BISHKEK,
        "k9: lower case",
    ),
    Labelled(
        "шос",
        _SCO_TIANJIN,
        "k9: lower case",
    ),
    Labelled(
        "opec",
        ("en_opec_pause", "ru_opec_pause", "ru_minenergo_opec", "en_opec_nov30"),
        "k9: OPEC+ typed without the plus, lower case",
    ),
    Labelled(
        "unesco",
        (
            "en_unesco_enany",
            "ru_unesco_enany",
            "ru_repost_unesco",
            "en_mirziyoyev_unesco",
            "ru_unesco_samarkand_open",
        ),
        "k9: lower case",
    ),
    Labelled(
        "turkey",
        _ISTANBUL_MAY16_2,
        "k9: the country; trap: the Thanksgiving turkeys and Turkmen",
        absent=("en_turkey_pardon", "en_gurbanguly_alabai"),
    ),
    Labelled(
        "georgia",
        _GEORGIA_ELECTIONS,
        "k9: the country; trap: the US state",
        absent=("en_georgia_us",),
    ),
    Labelled(
        "мелисса",
        (
            "en_melissa_cuba",
            "ru_melissa_cuba",
            "ru_havana_consular",
            "ru_mchs_cuba",
            "en_mchs_cuba",
            "ru_briefing_oct30",
        ),
        "k9: the hurricane; trap: the herb",
        absent=("ru_melissa_tea",),
    ),
    Labelled(
        "милан",
        _GUMENNIK,
        "k9: the city; trap: Milan Kundera",
        absent=("en_kundera",),
    ),
    Labelled(
        "рио",
        _BRICS_RIO,
        "k9: Rio de Janeiro; trap: Патриотический, приостановить, приоритетом, Rio Tinto",
        absent=("ru_moldova_elections", "ru_opec_pause", "ru_arctic_nsr", "en_rio_tinto"),
    ),
    Labelled(
        "ташкент",
        ("en_saida_unicef",),
        "k9: trap: the cinema «Ташкент» in Moscow",
        absent=("ru_tashkent_cinema",),
    ),
    Labelled(
        "#Куба",
        (
            "en_melissa_cuba",
            "ru_melissa_cuba",
            "ru_havana_consular",
            "ru_mchs_cuba",
            "en_mchs_cuba",
            "ru_briefing_oct30",
            "ru_brics_partners",
            "en_brics_nigeria",
        ),
        "k9: Cuba, Кубы, на Кубе",
    ),
    Labelled(
        "#МЧС",
        ("ru_mchs_cuba", "en_mchs_cuba"),
        "k9: trap: МЧС Казахстана",
        absent=("ru_azal_crash",),
    ),
    Labelled(
        "#Tajikistan",
        _DUSHANBE_VISIT_2,
        "k9: Таджикистан, Tajik",
    ),
    # ---------------------------------------------------- k10 typos of one or two letters
    Labelled(
        "Душамбе",
        (
            "ru_dushanbe_visit",
            "en_dushanbe_visit",
            "en_tajik_migrants",
            "ru_tajik_migrants",
            "ru_cis_summit",
            "en_cis_summit",
            "ru_cis_oneliner",
            "ru_aliyev_dushanbe",
            "en_aliyev_dushanbe",
            "en_rahmon_oneliner",
        ),
        "k10: one letter wrong",
    ),
    Labelled(
        "Бердымухамдов",
        _ASHGABAT_FORUM,
        "k10: a letter dropped; the bare surname is the president, Gurbanguly-only posts "
        "unlabelled",
    ),
    Labelled(
        "Мирзияев",
        _MIRZIYOYEV_BIRTHDAY,
        "k10: я for ё; Saida is left unlabelled",
    ),
    Labelled(
        "Пашинин",
        _CIS_SUMMIT,
        "k10: one letter wrong",
    ),
    Labelled(
        "Erdogn",
        _ERDOGAN_CALL,
        "k10: a letter dropped",
    ),
    Labelled(
        "Kobakhidz",
        ("ru_georgia_elections", "en_georgia_protest", "en_kobakhidze_ties"),
        "k10: the last letter dropped",
    ),
    Labelled(
        "Zandanshatr",
        _MONGOLIA_PM,
        "k10: a letter dropped",
    ),
    Labelled(
        "Ashgabt",
        (
            "ru_ashgabat_forum",
            "en_ashgabat_forum",
            "ru_turkmen_oneliner",
            "en_gurbanguly_alabai",
            "ru_gurbanguly_horse",
            "ru_shoigu_ashgabat",
            "en_ashgabat_putin",
        ),
        "k10: a letter dropped",
    ),
    Labelled(
        "Biskek",
        ("ru_pashinyan_csto", "ru_csto_bishkek", "en_csto_bishkek", "en_pashinyan_csto"),
        "k10: h dropped",
    ),
    Labelled(
        "Moldva",
        _MOLDOVA_ELECTIONS_3,
        "k10: a letter dropped",
    ),
    Labelled(
        "Venezuala",
        _VENEZUELA_DUMA,
        "k10: a letter swapped",
    ),
    Labelled(
        "hurricaine",
        ("en_melissa_cuba", "en_mchs_cuba"),
        "k10: a letter added; English only",
    ),
    Labelled(
        "Gumenik",
        _GUMENNIK_2,
        "k10: n dropped",
    ),
    Labelled(
        "Тяньзинь",
        _SCO_TIANJIN_2,
        "k10: a letter dropped",
    ),
    Labelled(
        "Акую",
        ("ru_akkuyu", "en_akkuyu_bayraktar", "ru_rosatom_abroad", "en_rosatom_abroad"),
        "k10: one к",
    ),
    Labelled(
        "Куала-Лампур",
        ("en_asean_kl", "ru_asean_kl", "ru_overchuk_asean", "en_russia_asean"),
        "k10: у for а",
    ),
    Labelled(
        "uranim",
        ("en_niger_uranium",),
        "k10: English only",
    ),
    Labelled(
        "Samarkant",
        _UNESCO_ENANY,
        "k10: t for d",
    ),
    Labelled(
        "Карапетн",
        _KARAPETYAN_ARREST,
        "k10: a letter dropped; the conductor unlabelled",
    ),
    Labelled(
        "Tokayv",
        _KZ_NPP,
        "k10: a letter dropped",
    ),
    Labelled(
        "Vucik",
        _PARADE_GUESTS,
        "k10: k for c",
    ),
    Labelled(
        "Хун Манэт",
        ("en_cambodia_clash", "ru_cambodia_ceasefire"),
        "k10: э for е; trap: Hun Sen",
        absent=("en_hun_sen", "ru_hun_sen"),
    ),
    Labelled(
        "Приднестровя",
        _MOLDOVA_ELECTIONS_2,
        "k10: ь dropped",
    ),
    Labelled(
        "Эль-Дабба",
        ("ru_el_dabaa", "en_el_dabaa", "ru_rosatom_abroad", "en_rosatom_abroad"),
        "k10: letters swapped",
    ),
    Labelled(
        "Ильхам Алиеф",
        ("ru_aliyev_dushanbe", "en_aliyev_dushanbe"),
        "k10: ф for в; trap: Heydar Aliyev",
        absent=("en_heydar_airport", "ru_heydar_center"),
    ),
    Labelled(
        "Нигерр",
        _NIGER_URANIUM,
        "k10: a doubled letter; trap: Nigeria",
        absent=_NIGERIA_TINUBU,
    ),
    # --------------------------------------------------- k11 е typed for ё, mixed scripts
    Labelled(
        "Мирзиеев",
        _MIRZIYOYEV_BIRTHDAY,
        "k11: е for ё",
    ),
    Labelled(
        "Лихачев",
        ("ru_uzbek_npp", "ru_akkuyu", "en_rosatom_abroad"),
        "k11: е for ё, Likhachev",
    ),
    Labelled(
        "Цивилев",
        ("ru_minenergo_opec",),
        "k11: Цивилёв",
    ),
    Labelled(
        "Петр Гуменник",
        _GUMENNIK_2,
        "k11: Пётр, Pyotr",
    ),
    Labelled(
        "партнерство",
        (
            "ru_mirziyoyev_birthday",
            "ru_tokayev_kremlin",
            "ru_russia_africa_cairo",
            "ru_au_2026",
            "ru_venezuela_duma",
            "ru_sovfed_venezuela",
            "ru_brics_partners",
        ),
        "k11: партнёрство, партнёрства, государства-партнёра; Russian only",
    ),
    Labelled(
        "объединенные силы",
        ("ru_aes_force",),
        "k11: объединённые силы",
    ),
    Labelled(
        "ученые Каспий",
        ("ru_caspian_day",),
        "k11: учёные; Russian common word",
    ),
    Labelled(
        "черное море",
        ("ru_erdogan_call", "en_bayraktar_drone"),
        "k11: Чёрное море = Black Sea",
    ),
    Labelled(
        "Березка",
        ("ru_mongolia_culture",),
        "k11: «Берёзка»",
    ),
    Labelled(
        "самолет AZAL",
        ("ru_aliyev_dushanbe", "ru_azal_crash"),
        "k11: самолёт, mixed scripts; Russian common word",
    ),
    Labelled(
        "Кремлевская стена",
        ("ru_fico_moscow",),
        "k11: Кремлёвской стены",
    ),
    Labelled(
        "вооруженных сил",
        ("ru_zapad_drills",),
        "k11: вооружённых сил",
    ),
    Labelled(
        "прием документов",
        ("ru_georgia_interests",),
        "k11: приём",
    ),
    Labelled(
        "Оверчук ASEAN",
        ("ru_overchuk_asean", "en_russia_asean"),
        "k11: mixed scripts",
    ),
    Labelled(
        "саммит CSTO",
        ("ru_pashinyan_csto", "ru_csto_bishkek"),
        "k11: a Russian word and a Latin abbreviation",
    ),
    Labelled(
        "Rosatom Аккую",
        ("ru_akkuyu", "ru_rosatom_abroad", "en_rosatom_abroad"),
        "k11: mixed scripts; Bayraktar's Akkuyu post names no Rosatom",
    ),
    Labelled(
        "OPEC+ Новак",
        ("ru_opec_pause",),
        "k11: mixed scripts",
    ),
    Labelled(
        "Fidan Стамбул",
        _ISTANBUL_MAY16_3,
        "k11: mixed scripts",
    ),
    Labelled(
        "BRICS Рио",
        _BRICS_RIO,
        "k11: mixed scripts; trap: Rio Tinto",
        absent=("en_rio_tinto",),
    ),
    Labelled(
        "UNIFIL Ливан",
        ("en_unifil_vote", "ru_unifil_vote"),
        "k11: mixed scripts",
    ),
    Labelled(
        "WHO Грузия",
        ("en_who_georgia", "ru_who_georgia"),
        "k11: mixed scripts; trap: who in a Tbilisi protest story",
        absent=("en_georgia_protest",),
    ),
    Labelled(
        "Hun Manet Камбоджа",
        ("en_cambodia_clash", "ru_cambodia_ceasefire"),
        "k11: mixed scripts; trap: Hun Sen",
        absent=("en_hun_sen", "ru_hun_sen"),
    ),
    Labelled(
        "Vucic Москва",
        ("ru_parade_guests", "en_parade_guests", "en_vucic_putin", "ru_vucic_putin"),
        "k11: mixed scripts, Москву, MOSCOW",
    ),
    Labelled(
        "Tokayev Кремль",
        ("ru_tokayev_kremlin", "en_tokayev_kremlin"),
        "k11: mixed scripts",
    ),
    Labelled(
        "Zakharova Карапетян",
        ("ru_karapetyan_mfa", "ru_briefing_jul24", "en_zakharova_karapetyan"),
        "k11: М.В.Захаровой and С.С.Карапетяна",
    ),
    Labelled(
        "Tianjin ШОС",
        _SCO_TIANJIN_2,
        "k11: mixed scripts; the Modi post names no city",
    ),
    # ------------------------------------------------------ k12 questions typed naturally
    Labelled(
        "приедет ли Пётр Гуменник в Милан",
        ("ru_gumennik", "en_gumennik"),
        "k12: question words and the verb are not terms; Gumennik + Milan, the one-liner says "
        "only Italy",
        absent=("en_kundera",),
    ),
    Labelled(
        "кто победил на выборах в Молдавии?",
        _MOLDOVA_ELECTIONS,
        "k12: выборы + Молдавия; the verb of the question is not a term",
        first="ru_moldova_elections",
    ),
    Labelled(
        "who won Moldova's election?",
        ("en_moldova_elections", "en_moldova_mfa"),
        "k12: election + Moldova",
        first="en_moldova_elections",
    ),
    Labelled(
        "что случилось с самолетом AZAL?",
        ("ru_aliyev_dushanbe", "ru_azal_crash"),
        "k12: самолёт + AZAL, е for ё",
        first="ru_azal_crash",
    ),
    Labelled(
        "why did Putin apologise to Aliyev?",
        ("ru_aliyev_dushanbe", "en_aliyev_dushanbe"),
        "k12: Putin + Ilham Aliyev; the Heydar Aliyev airport is not him",
        absent=("en_heydar_airport",),
    ),
    Labelled(
        "когда саммит ОДКБ в Бишкеке?",
        ("ru_csto_bishkek", "ru_pashinyan_csto"),
        "k12: саммит + ОДКБ + Бишкек",
        first="ru_csto_bishkek",
    ),
    Labelled(
        "where will Rosatom build Kazakhstan's nuclear power plant?",
        ("ru_kz_npp", "en_kz_npp"),
        "k12: Rosatom + Kazakhstan + nuclear power plant (= АЭС); the Balkhash post names no "
        "Kazakhstan",
        first="en_kz_npp",
    ),
    Labelled(
        "сколько реакторов будет на АЭС в Узбекистане?",
        ("ru_uzbek_npp",),
        "k12: реактор + АЭС + Узбекистан",
    ),
    Labelled(
        "кто новый генеральный директор ЮНЕСКО?",
        ("ru_unesco_enany", "ru_repost_unesco"),
        "k12: новый, генеральный, директор, ЮНЕСКО",
    ),
    Labelled(
        "когда Китай ввел безвиз для россиян?",
        ("ru_visa_china_sep15", "ru_visa_china_dec1"),
        "k12: Китай (КНР) + безвиз- + Россия, е for ё",
        first="ru_visa_china_sep15",
    ),
    Labelled(
        "how many people were evacuated in Cuba?",
        ("en_melissa_cuba",),
        "k12: people + evacuated + Cuba",
    ),
    Labelled(
        "что сказал Орбан о саммите в Будапеште?",
        ("ru_budapest_announce",),
        "k12: Орбан + саммит + Будапешт",
    ),
    Labelled(
        "what did Lavrov say at the General Assembly?",
        ("en_lavrov_unga", "ru_lavrov_unga", "ru_briefing_oct1", "ru_unga_opens"),
        "k12: Lavrov + the UN General Assembly in either language",
        first="en_lavrov_unga",
    ),
    Labelled(
        "кто стал премьером Монголии?",
        ("ru_mongolia_dismiss", "ru_mongolia_pm"),
        "k12: премьер + Монголия; Russian word",
    ),
    Labelled(
        "who is Georgia's prime minister?",
        ("en_georgia_protest", "en_kobakhidze_ties"),
        "k12: prime minister (PM) + Georgia; trap: the US state",
        absent=("en_georgia_us",),
    ),
    Labelled(
        "сколько пшеницы Россия отправила в Буркина-Фасо?",
        ("ru_burkina_wheat",),
        "k12: пшеница + Россия + Буркина-Фасо",
    ),
    Labelled(
        "when did Timor-Leste join ASEAN?",
        ("en_asean_kl", "ru_asean_kl"),
        "k12: Timor-Leste (Восточный Тимор) + ASEAN",
    ),
    Labelled(
        "почему Армения не поедет на саммит ОДКБ?",
        ("ru_pashinyan_csto", "ru_csto_bishkek"),
        "k12: Армения + саммит + ОДКБ",
        first="ru_pashinyan_csto",
    ),
    Labelled(
        "where did the Houthis sink Eternity C?",
        ("en_red_sea", "ru_red_sea"),
        "k12: Houthis (хуситы) + Eternity C",
    ),
    Labelled(
        "что решила ОПЕК+ по добыче нефти?",
        ("ru_opec_pause", "ru_minenergo_opec"),
        "k12: ОПЕК+ + добыча + нефть",
        first="ru_opec_pause",
    ),
    Labelled(
        "что советует посольство России на Кубе?",
        ("ru_havana_consular",),
        "k12: посольство + Россия + Куба",
    ),
    Labelled(
        "how much did the IMF give Egypt?",
        ("en_imf_egypt", "ru_imf_egypt"),
        "k12: IMF + Egypt",
        first="en_imf_egypt",
    ),
    Labelled(
        "who replaced Oyun-Erdene?",
        ("en_mongolia_pm",),
        "k12: a name alone",
    ),
    Labelled(
        "what happened in Novi Sad?",
        ("en_novi_sad_anniv", "ru_novi_sad"),
        "k12: a place alone",
    ),
    Labelled(
        "кто возглавит Альянс государств Сахеля?",
        ("ru_aes_force", "en_aes_summit"),
        "k12: the organisation = AES = Конфедерация государств Сахеля",
    ),
    Labelled(
        "did Slovakia block the sanctions package?",
        ("en_fico_veto",),
        "k12: Slovakia + sanctions + package; «пакет санкций» is Russian",
    ),
    Labelled(
        "где пройдет Каспийский саммит?",
        ("ru_caspian_summit_prep",),
        "k12: Каспий + саммит, е for ё in the verb",
    ),
    Labelled(
        "which countries became BRICS partners?",
        ("en_brics_nigeria",),
        "k12: countries + BRICS + partners",
    ),
]

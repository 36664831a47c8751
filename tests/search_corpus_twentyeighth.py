"""Twenty-eighth labelled search set: Helsinki to Tegucigalpa, an analyst's everyday searches.

The archive holds 250 posts, 125 in Russian and 125 in English, from official channels (mid,
mfa_russia, kremlin, kremlin_en, russiaun, rusmission_vienna, mid_consular, mchs, roscosmos,
rosatom, embassies in Paris, Minsk, Kabul, Havana, Caracas, Santiago, Ulaanbaatar, Colombo,
Mexico City and Washington, un_news) and agencies and media (tass, tass_en, ria, interfax,
kommersant, rbc, rt, rg, belta, mosreg, xinhua, cgtn, pti, dawn, kun_uz, astana_times,
montsame, reuters, ap, afp, bloomberg, euronews, aljazeera, anadolu, irna, ahram, yle, rbth,
rferl, high_north_news, world_nuclear_news, africanews, dailymirror_lk and others): Kremlin
and MID readouts and comments, briefing excerpts with several topics, TASS, RIA and Interfax
leads with datelines («КАБУЛ, 1 сентября. /ТАСС/.», «САРАЕВО, 26 фев — РИА Новости.»),
Reuters, AP and AFP stories ("SARAJEVO, Feb 26 (Reuters) -", "HAVANA (AP) —"), one-liners,
reposts ("Forwarded from", «Репост из»), consular notices, posts with hashtags, links and
emoji. Most of its 47 stories are told twice or more, in Russian and English posts worded
independently: Helsinki+50 and the OSCE's budget crisis; the Council of Europe's special
tribunal and Alain Berset; the European Council's sanctions roll-over; the Arab League's
Cairo summit on Gaza; «Орешник» in Belarus and the Union State's day; Tsikhanouski freed
after Kellogg's visit to Minsk; the C5+1 summit in Washington and Kazakhstan's Abraham
Accords; the China–Central Asia summit in Astana; the EU–Central Asia summit in Samarkand;
the Kunar earthquake in Afghanistan; the Pakistan–Afghanistan border clashes, the Doha
ceasefire and the Istanbul rounds; the Saudi–Pakistan defence pact, Field Marshal Munir and
Imran Khan's party; the Khyber Pakhtunkhwa floods; Muttaqi in New Delhi; the Trans-Afghan
railway; Min Aung Hlaing in the Kremlin and Rosatom's small plant for Myanmar; Cuba's
blackout and Russian oil; Maduro's capture, Delcy Rodríguez and Essequibo; Nicaragua leaving
UNESCO; Mexico's election of judges and the Generation Z march; the US swap line for
Argentina; Dodik's verdict and the Republika Srpska election; Vučić on sanctions; Gutul's
sentence in Gagauzia; South Ossetia's recognition day and Abkhazia's electricity; Armenia's
EU law and Aliyev and Pashinyan in Abu Dhabi; the EU's visa step against Georgia; the
Istanbul Bridge on the Northern Sea Route, the icebreaker «Якутия» and the route's cargo; the
A23a iceberg off South Georgia, Vostok station and the Russian Antarctic Expedition; Nahid-2
from Vostochny, Progress MS-32 and the Shenzhou-20 crew; the Eastern Economic Forum; the IPC
lifting Russia's suspension; Days of Russian Culture in Santiago and Russian Seasons in
Mongolia; the IAEA Board and Ulyanov in Vienna; the General Assembly's votes on Ukraine and
the New York Declaration, resolution 2774 and the Security Council election; Russian wheat
for Bangladesh and the July Charter; fertiliser and visas for Sri Lanka; Ecuador's
referendum on foreign bases; the Russia–US consultations in Istanbul; resolution 2797 on
Western Sahara; Gabon's election and the African Union; Riek Machar's arrest and trial;
Honduras's election, Hernández's pardon and Bukele's El Salvador; Panama leaving the Belt and
Road; Bulgaria's euro; the elections in Kyrgyzstan and Malawi; Paetongtarn's removal and
Thaksin's prison term. Query kinds: k1 organisations and abbreviations in both languages and
scripts; k2 events with places; k3 places in Russian case forms and in English; k4 topics and
common words; k5 people, declined surnames, transliteration variants; k6 quoted phrases; k7 a
word excluded with a minus; k8 dates in words and figures, with and without a year; k9
hashtags and lower-case typing; k10 typos of one or two letters; k11 е typed for ё (and ё for
е) and mixed-script queries; k12 questions typed naturally.

Labelling rules, those of the twenty-seventh set: expected holds every post a reader typing
the query wants. A person, organisation, place, abbreviation, event or date matches in either
language or script, in any case form, spelling, transliteration or abbreviation (a person
named with a given name, initials or a title is that person: М.Додик, К.Шмидт, М.И.Ульянов,
Е.А.Гуцул, А.Х.Муттаки, Н.Мадуро, Х.О.Эрнандес; place adjectives such as афганский,
пакистано-афганский, Трансафганская, мьянманский, египетский, Гагаузская, Хельсинкский or
сахарский and nationality adjectives such as Afghan, Pakistani, Venezuelan, Moldovan,
Bosnian, Belarusian or Sahrawi name the place, inside a name too: the Trans-Afghan railway,
the Pakistan Tehreek-e-Insaf, the Islamic Emirate of Afghanistan; a post's hashtag names its
words, #ArabLeague and #СоветЕвропы included, while a repost's @handle names nothing; a day
counts in words in either language or in figures, «26 фев», Sept. 10, 12.10, 17.07 and
«двадцать седьмого февраля» included, and a range such as «3–4 апреля» holds each of its
days; dates are read from a post's text, never from the day it was posted; a typed year
excludes posts of another year, a post's year being the one its text states for what it
reports or else its story's: 2025 except Maduro's capture, Delcy Rodríguez's oath, Bulgaria's
euro and the briefings of 14 January (2026), the Helsinki Final Act's signing (1 August 1975),
the Kellogg–Briand Pact (27 August 1928) and Russia's recognition of South Ossetia (26 August
2008)). Common words and topics (выборы, election, санкции, sanctions, переговоры, talks)
match only posts in the language typed, in any inflected or derived form of the same stem
(выборах, выборов; elected, electoral; спецтрибунал; консульский; безвизовый, виз; протестуя,
protesters; еврозона; помиловал; приговорил, приговорен), never a synonym or another stem
(консультации are not переговоры, a meeting is not talks, «жертвы» are not «погибшие», a quake
is not an earthquake and is left unlabelled, sentenced is not a verdict, избран is not выборы),
and a named thing made of common words (the Helsinki Final Act, «Заключительный акт», the
Abraham Accords, «Авраамовы соглашения», the Belt and Road, «Пояс и путь», the New York
Declaration) counts as words in the language typed, unless it is an organisation or an event's
proper name. A query of several words wants posts holding all of them, each by these rules;
prepositions, particles, question words and verbs such as сказал, said, held, agreed are not
terms, nor is the verb of a typed question (кто приговорил, где разместили, почему ... вышла,
когда ... перешла, who won, why was ... arrested, how did ... vote, how many died, what
happened to). A place's name of several words (Южная Осетия, South Georgia, Западная Сахара,
Western Sahara, Абу-Даби, Mexico City, Santiago de Cuba, Gaza City, Северный морской путь) is
one name, not its words. A quoted phrase wants its words together and in order, inflected, in
the language typed; a hashtag means its word or words; -word removes the posts that word
matches (a common word typed in Russian removes only Russian posts, one typed in English only
English posts; a place, organisation or person removes the posts naming it in either
language, a bare surname its best-known bearer only).

As applied here: ОБСЕ = OSCE; СБСЕ = CSCE = Совещание по безопасности и сотрудничеству в
Европе = Conference on Security and Co-operation in Europe, the OSCE's forerunner and not the
OSCE; Совет Европы = Council of Europe; Европейский совет = Евросовет = European Council,
another body, and Совет ЕС, the Council of the EU, is neither; ЛАГ = Лига арабских государств
= Arab League; АС = Африканский союз = African Union; МАГАТЭ = IAEA; Совет управляющих МАГАТЭ
= IAEA Board of Governors; Генассамблея = Генеральная Ассамблея ООН = UN General Assembly,
UN News's bare "General Assembly" included; Совбез = СБ ООН = Совет Безопасности ООН = UN
Security Council = UNSC; МПК = Международный паралимпийский комитет = IPC = International
Paralympic Committee; ЕАЭС = EAEU = Eurasian Economic Union; МЧС России = EMERCOM = Russia's
Emergencies Ministry; ЮНЕСКО = UNESCO; РАЭ = Российская антарктическая экспедиция = Russian
Antarctic Expedition; Росатом = Rosatom; ВЭФ = Восточный экономический форум = Eastern
Economic Forum; МИНУРСО = MINURSO; Полисарио = Polisario; БиХ = Босния и Герцеговина =
Bosnia and Herzegovina = Bosnia-Herzegovina; Союзное государство = Union State; талибы =
Taliban (posts naming only the Islamic Emirate are left unlabelled for it); С5+1 = C5+1,
typed with a Cyrillic or a Latin C; СМП = Севморпуть = Северный морской путь = Northern Sea
Route; МКС = ISS = International Space Station; «Союз» = Soyuz; «Прогресс МС-32» = Progress
MS-32; «Шэньчжоу» = Shenzhou; «Нахид-2» = Nahid-2; АЭС = атомная электростанция = nuclear
power plant; PTI = Pakistan Tehreek-e-Insaf; ЦБ = central bank. Places: Мьянма = Бирма =
Myanmar = Burma; Белоруссия = Беларусь = Belarus; Киргизия = Кыргызстан = Kyrgyzstan; Кабул
= Kabul; Исламабад = Islamabad; Стамбул = Istanbul; Доха = Doha; Хельсинки = Helsinki; Вена =
Vienna; Страсбург = Strasbourg; Каир = Cairo; Самарканд = Samarkand; Астана = Astana; Кишинёв
= Кишинев = Chisinau; Гагаузия = Gagauzia; Южная Осетия = South Ossetia; Цхинвал =
Tskhinvali; Абхазия = Abkhazia; Грузия = Georgia; Ереван = Yerevan; Абу-Даби = Abu Dhabi;
Каракас = Caracas; Эссекибо = Essequibo; Гайана = Guyana; Мехико = Mexico City; Западная
Сахара = Western Sahara; Южный Судан = South Sudan; Сантьяго = Santiago; Улан-Батор =
Ulaanbaatar; Шри-Ланка = Sri Lanka; Коломбо = Colombo; Восточный = Vostochny, the cosmodrome.
People: Мин Аун Хлайн = Min Aung Hlaing; Амир Хан Муттаки = Amir Khan Muttaqi; Асим Мунир =
Asim Munir; Хаваджа Асиф = Khawaja Asif; Забиулла Муджахид = Zabihullah Mujahid; Милорад
Додик = Milorad Dodik; Кристиан Шмидт = Christian Schmidt; Синиша Каран = Sinisa Karan;
Евгения Гуцул = Evghenia Gutul = Gutsul; Ален Берсе = Alain Berset; Феридун Синирлиоглу =
Feridun Sinirlioglu; Ахмед Абуль Гейт = Ahmed Aboul Gheit; Михаил Ульянов = Mikhail Ulyanov;
Делси Родригес = Delcy Rodríguez; Николас Мадуро = Nicolás Maduro = Nicolas Maduro; Скотт
Бессент = Scott Bessent; Клаудия Шейнбаум = Claudia Sheinbaum; Сергей Тихановский = Siarhei
Tsikhanouski; Кит Келлог = Keith Kellogg; Алан Гаглоев = Alan Gagloyev; Никол Пашинян =
Nikol Pashinyan = Pashinian; Риек Мачар = Riek Machar; Брис Клотер Олиги Нгема = Brice
Clotaire Oligui Nguema; Пэтхонгтхан Чиннават = Paetongtarn Shinawatra; Таксин Чиннават =
Thaksin Shinawatra; Питер Мутарика = Peter Mutharika; Садыр Жапаров = Sadyr Japarov; Небензя
= Nebenzia; Дегтярёв = Degtyarev; Лихачёв = Likhachev; Хренин = Khrenin; Эрнандес =
Hernandez. A city, capital or not, does not stand for its country (Kabul is not Afghanistan,
Islamabad is not Pakistan, Yerevan is not Armenia, Abu Dhabi is not the UAE, Mexico City is
not Mexico, so a post naming only Mexico City is left unlabelled for Mexico); a "Bosnian
Serb" names neither Serbia nor Republika Srpska. A surname alone is its best-known bearer
here; a post naming only another bearer is left unlabelled for the bare surname and is
absent for the full name (Vladimir Ulyanov, Lenin, for Mikhail Ulyanov; Helmut Schmidt for
Christian Schmidt; Frank Kellogg's Kellogg–Briand Pact for Keith Kellogg; Bruno Rodríguez
for Delcy Rodríguez; Imran Khan and Amir Khan Muttaqi for each other; Thaksin and his
daughter Paetongtarn for each other). A place's bare name shared with another place or thing
is the best-known one here, and a post naming only the other is absent: New Mexico for
Mexico; South Georgia (Южная Георгия) for Georgia; North Ossetia for South Ossetia; Santiago
de Cuba for Santiago; Sudan and South Sudan for each other; Mali and Malawi for each other;
Salvador Nasralla, a man, for El Salvador; the ship Istanbul Bridge for Istanbul; the
icebreaker «Якутия» for the region; the cargo ship «Прогресс» at a space station for the
Antarctic station; the Eastern Economic Forum and «восточных провинциях» for the cosmodrome
Vostochny; Shenzhen (Шэньчжэнь) for Shenzhou. absent lists precision traps that share a
string but not the meaning: the Integrated Food Security Phase Classification (IPC) for the
Paralympic Committee, the IPC's General Assembly for the UN's, the Council of Europe and the
European Council for each other, the Press Trust of India's (PTI) for the party, орешник (the
hazel) for «Орешник», вены (veins) for Вена, сахар (sugar) for Сахара, экватор for Эквадор,
кубов (cubic metres) for Куба, консультации for консульство, визит for виза and visit for
visa, electricity and thermoelectric for election, Евросоюз, евротройка, евродипломатия,
европейский and European for евро and euro, «Союза независимых социал-демократов» and the
rocket «Союз» for «Союзное государство», a ballet's final act for the Final Act and «акт
вооруженной агрессии» for «Заключительный акт»; near-miss days (1 and 2 April, 4 March and 4
April, 10 and 12 April, 1 and 3 June, 17 January, June, July and September, 30 and 31 July,
31 July and 1 August, 20 and 26 August, 10, 11 and 12 September, 9, 10 and 12 October, 15,
16 and 17 November, 20 and 21 November, 23 and 25 November, 30 November and 1 and 2
December, 24, 26 and 27 February, 1 and 14 January 2026, 3 and 6 January); the other year (1
August 1975 against 1 August 2025, Maduro's inauguration of 10 January 2025 against his
capture in 2026); a phrase's words apart or one word of it alone; and a minus query's
excluded posts. first is set only where one post is clearly what a reader wants on top.
Written blind in session 52: without reading how the search works and without running it.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ---------------------------------------------------------------- The OSCE: Helsinki+50
    "ru_helsinki50_mid": (
        (7, 31),
        "mid",
        "Заявление МИД России в связи с 50-летием Заключительного акта СБСЕ\n\n"
        "1 августа 1975 года в Хельсинки главы 35 государств подписали Заключительный акт "
        "Совещания по безопасности и сотрудничеству в Европе. Сегодня от «духа Хельсинки» мало "
        "что осталось: ОБСЕ превращена западными странами в инструмент обслуживания их узких "
        "интересов, а юбилейное мероприятие 31 июля, организованное финским председательством, "
        "свелось к антироссийской риторике.\n\n"
        "#ОБСЕ #Хельсинки50",
    ),
    "en_helsinki50_ap": (
        (7, 31),
        "ap",
        "HELSINKI (AP) — Foreign ministers and envoys from across the 57-nation OSCE gathered "
        "in Helsinki on Thursday, July 31, to mark half a century since the signing of the "
        "Helsinki Final Act. Finnish Foreign Minister Elina Valtonen, whose country chairs the "
        "organization this year, said Russia's war against Ukraine had shattered the "
        "principles agreed in 1975. Moscow sent no minister to Finlandia Hall.",
    ),
    "en_helsinki1975": (
        (8, 1),
        "yle",
        "On August 1, 1975, 35 leaders, among them Leonid Brezhnev, Gerald Ford and West German "
        "Chancellor Helmut Schmidt, signed the Final Act of the Conference on Security and "
        "Co-operation in Europe (CSCE) at Finlandia Hall in Helsinki. #OnThisDay #Helsinki50",
    ),
    "ru_osce_sinirlioglu": (
        (7, 31),
        "tass",
        "ХЕЛЬСИНКИ, 31 июля. /ТАСС/. Генеральный секретарь ОБСЕ Феридун Синирлиоглу призвал "
        "государства-участники вернуться к диалогу, заявив, что организация переживает самый "
        "глубокий кризис в своей истории. Бюджет ОБСЕ на 2025 год до сих пор не утвержден.",
    ),
    "en_osce_sinirlioglu": (
        (8, 1),
        "reuters",
        "VIENNA, Aug 1 (Reuters) - OSCE Secretary General Feridun Sinirlioglu warned that the "
        "security body faced an existential budget crisis, with its 2025 budget still blocked "
        "by Russia, and urged the 57 participating states to agree on funding before the "
        "ministerial council in December.",
    ),
    "en_repost_helsinki": (
        (7, 31),
        "mfa_russia",
        "Forwarded from Russian Mission to the OSCE:\n"
        "'The spirit of Helsinki has been betrayed by those who turned the OSCE into a tool of "
        "confrontation.' #OSCE #Helsinki50",
    ),
    "ru_oneliner_helsinki": (
        (7, 31),
        "rt",
        "ОБСЕ отметила 50-летие Хельсинкского акта без российского министра.",
    ),
    "en_bolshoi_final_act": (
        (9, 26),
        "tass_en",
        "MOSCOW, September 26. /TASS/. The Bolshoi Theatre opened its 250th season with a new "
        "production of Swan Lake; the audience rose for a ten-minute ovation after the final "
        "act.",
    ),
    # -------------------------------------------- The Council of Europe's special tribunal
    "en_coe_tribunal": (
        (6, 25),
        "reuters",
        "STRASBOURG, June 25 (Reuters) - Ukrainian President Volodymyr Zelenskiy and Council of "
        "Europe Secretary General Alain Berset signed an agreement on Wednesday to set up a "
        "Special Tribunal for the Crime of Aggression against Ukraine, a court that could one "
        "day try Russia's top leaders. Moscow, which left the Council of Europe in 2022, says "
        "the tribunal is void.",
    ),
    "ru_coe_tribunal": (
        (6, 25),
        "ria",
        "СТРАСБУРГ, 25 июн — РИА Новости. Владимир Зеленский и генеральный секретарь Совета "
        "Европы Ален Берсе подписали соглашение о создании специального трибунала по "
        "«преступлению агрессии» против Украины. Трибунал будет работать в Гааге.",
    ),
    "ru_coe_mid": (
        (6, 26),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с созданием "
        "так называемого спецтрибунала при Совете Европы\n\n"
        "Совет Европы, из которого Россия вышла в марте 2022 года, окончательно превратился в "
        "придаток НАТО и Евросоюза. Любые решения подобного «трибунала» для нас юридически "
        "ничтожны.\n\n"
        "#СоветЕвропы",
    ),
    "en_coe_mid": (
        (6, 26),
        "mfa_russia",
        "💬 Maria Zakharova on the so-called Special Tribunal set up with the Council of "
        "Europe: 'Any decisions of this pseudo-court are legally null and void for Russia. The "
        "Council of Europe has turned into an appendage of NATO and the EU.'",
    ),
    "en_oneliner_coe": (
        (6, 25),
        "bloomberg",
        "Zelensky, Council of Europe sign deal on special tribunal for Russia's leaders.",
    ),
    "ru_repost_coe": (
        (6, 26),
        "rusemb_france",
        "Репост из @MID_Russia:\n«Спецтрибунал» Совета Европы — юридически ничтожная затея. "
        "#СоветЕвропы",
    ),
    "en_european_council": (
        (6, 26),
        "afp",
        "BRUSSELS (AFP) — EU leaders meeting at a European Council summit on Thursday agreed to "
        "roll over the bloc's economic sanctions on Russia for another six months, European "
        "Council President Antonio Costa said, while talks on a new package continued.",
    ),
    "ru_european_council": (
        (6, 27),
        "rbc",
        "Лидеры ЕС на саммите Европейского совета в Брюсселе продлили на полгода экономические "
        "санкции против России. Председатель Евросовета Антониу Кошта назвал решение "
        "единогласным.",
    ),
    # ------------------------------------------------------ The Arab League summit in Cairo
    "ru_arab_league_cairo": (
        (3, 4),
        "tass",
        "КАИР, 4 марта. /ТАСС/. Участники чрезвычайного саммита Лиги арабских государств (ЛАГ) "
        "одобрили египетский план восстановления сектора Газа стоимостью $53 млрд, который "
        "предусматривает сохранение палестинского населения в анклаве. Генеральный секретарь "
        "ЛАГ Ахмед Абуль Гейт назвал план «арабским ответом» на идеи переселения жителей Газы.",
    ),
    "en_arab_league_cairo": (
        (3, 4),
        "aljazeera",
        "Arab leaders meeting in Cairo on Tuesday adopted Egypt's $53bn plan to rebuild Gaza "
        "without displacing its Palestinian population, a counter-proposal to US President "
        "Donald Trump's idea of turning the enclave into a 'Riviera of the Middle East'. Arab "
        "League chief Ahmed Aboul Gheit said the summit's final communique endorsed the plan.",
    ),
    "en_arab_league_egypt": (
        (3, 5),
        "ahram",
        "Foreign Minister Badr Abdelatty said the Arab reconstruction plan for Gaza, adopted at "
        "the Cairo summit on 4 March, would be presented to the Organisation of Islamic "
        "Cooperation and to international donors. #Gaza #ArabLeague",
    ),
    "ru_arab_league_mid": (
        (3, 5),
        "mid",
        "О чрезвычайном саммите Лиги арабских государств\n\n"
        "В Москве приветствуют итоги саммита ЛАГ, состоявшегося 4 марта в Каире. Поддерживаем "
        "египетский план восстановления Газы как реалистичную основу, исключающую "
        "принудительное выселение палестинцев.\n\n"
        "#ЛАГ #Газа",
    ),
    # ------------------------------------------------- The Union State: Oreshnik in Belarus
    "ru_oreshnik_belarus": (
        (12, 18),
        "belta",
        "МИНСК, 18 декабря. Ракетный комплекс «Орешник» заступил на боевое дежурство на "
        "территории Беларуси, сообщил министр обороны Виктор Хренин. По его словам, размещение "
        "комплекса — ответ Союзного государства на милитаризацию соседних стран НАТО.",
    ),
    "en_oreshnik_belarus": (
        (12, 18),
        "reuters",
        "MINSK, Dec 18 (Reuters) - Russia's nuclear-capable Oreshnik intermediate-range missile "
        "system has been placed on combat duty in Belarus, Belarusian Defence Minister Viktor "
        "Khrenin said on Thursday, a move that NATO members Poland and Lithuania called a "
        "dangerous escalation.",
    ),
    "ru_oneliner_oreshnik": (
        (12, 18),
        "ria",
        "Хренин: «Орешник» поставлен на боевое дежурство в Белоруссии.",
    ),
    "ru_repost_oreshnik": (
        (12, 19),
        "rusemb_belarus",
        "Репост из @MID_Russia:\n"
        "Размещение «Орешника» в Белоруссии — ответ на угрозы Союзному государству. 🇷🇺🇧🇾",
    ),
    "ru_union_state_day": (
        (4, 2),
        "kremlin",
        "Поздравление А.Г.Лукашенко с Днём единения народов России и Белоруссии\n\n"
        "2 апреля Владимир Путин направил поздравление Президенту Республики Беларусь. Глава "
        "государства отметил, что Союзное государство надёжно обеспечивает безопасность двух "
        "стран и открывает новые возможности для интеграции.",
    ),
    "en_union_state_day": (
        (4, 2),
        "belta",
        "MINSK, 2 April (BelTA) – Aleksandr Lukashenko and Vladimir Putin exchanged greetings on "
        "the Day of Unity of the Peoples of Belarus and Russia. The Union State has proved its "
        "strength in the face of unprecedented sanctions pressure, the Belarusian leader said.",
    ),
    "ru_hazel_harvest": (
        (9, 8),
        "mosreg",
        "В подмосковных лесах начался сбор лесного ореха: урожай орешника в этом году выше "
        "среднего, сообщили в Комитете лесного хозяйства Московской области.",
    ),
    # ------------------------------------------------ Belarus: Tsikhanouski and Kellogg
    "en_tikhanovsky_freed": (
        (6, 21),
        "ap",
        "VILNIUS, Lithuania (AP) — Belarus freed prominent opposition figure Siarhei "
        "Tsikhanouski and 13 other prisoners on Saturday after a rare visit to Minsk by U.S. "
        "envoy Keith Kellogg, who met Alexander Lukashenko. Tsikhanouski, the husband of exiled "
        "opposition leader Sviatlana Tsikhanouskaya, had been jailed since 2020.",
    ),
    "ru_tikhanovsky_freed": (
        (6, 21),
        "ria",
        "МИНСК, 21 июн — РИА Новости. Александр Лукашенко помиловал 14 осужденных, в том числе "
        "Сергея Тихановского, после переговоров со спецпосланником президента США Китом "
        "Келлогом, сообщила пресс-секретарь белорусского лидера Наталья Эйсмонт.",
    ),
    "en_oneliner_tsikhanouski": (
        (6, 21),
        "reuters",
        "Belarus frees Tsikhanouski after Kellogg visit.",
    ),
    "en_kellogg_briand": (
        (8, 27),
        "rbth",
        "On August 27, 1928, the Kellogg–Briand Pact renouncing war as an instrument of "
        "national policy was signed in Paris. The Soviet Union acceded to it within weeks.",
    ),
    # ------------------------------------------------------ Central Asia: C5+1 in Washington
    "en_c5_washington": (
        (11, 6),
        "ap",
        "WASHINGTON (AP) — President Donald Trump hosted the leaders of Kazakhstan, Uzbekistan, "
        "Kyrgyzstan, Tajikistan and Turkmenistan at the White House on Thursday for the first "
        "C5+1 summit held in Washington, courting the resource-rich region with deals on "
        "critical minerals. Trump also announced that Kazakhstan would join the Abraham "
        "Accords.",
    ),
    "ru_c5_washington": (
        (11, 7),
        "kommersant",
        "Лидеры пяти государств Центральной Азии впервые собрались в Белом доме на саммит в "
        "формате «С5+1» с Дональдом Трампом. Президент Казахстана Касым-Жомарт Токаев и "
        "президент Узбекистана Шавкат Мирзиёев договорились с американцами о поставках "
        "критически важных минералов, а Казахстан объявил о присоединении к «Авраамовым "
        "соглашениям».",
    ),
    "ru_c5_peskov": (
        (11, 7),
        "ria",
        "Песков: в Кремле спокойно относятся к контактам стран Центральной Азии с США. «Это "
        "суверенные государства», — сказал пресс-секретарь президента России, комментируя "
        "встречу в Вашингтоне.",
    ),
    "en_c5_peskov": (
        (11, 7),
        "tass_en",
        "MOSCOW, November 7. /TASS/. The Kremlin does not see the C5+1 summit in Washington as a "
        "threat, since the Central Asian states are sovereign and pursue multi-vector policies, "
        "Kremlin Spokesman Dmitry Peskov said.",
    ),
    "en_kazakhstan_abraham": (
        (11, 7),
        "astana_times",
        "ASTANA — Kazakhstan's decision to join the Abraham Accords is a natural continuation of "
        "its balanced foreign policy, President Kassym-Jomart Tokayev's press secretary said, "
        "recalling that Astana has maintained diplomatic relations with Israel since 1992.",
    ),
    "ru_oneliner_abraham": (
        (11, 7),
        "ria",
        "Казахстан присоединится к «Авраамовым соглашениям».",
    ),
    # ----------------------------------------- Central Asia: China in Astana, EU in Samarkand
    "en_china_ca_astana": (
        (6, 17),
        "xinhua",
        "ASTANA, June 17 (Xinhua) -- Chinese President Xi Jinping and the leaders of the five "
        "Central Asian countries signed a treaty on permanent good-neighborliness, friendship "
        "and cooperation at the second China-Central Asia Summit in Astana on Tuesday.",
    ),
    "ru_china_ca_astana": (
        (6, 17),
        "tass",
        "АСТАНА, 17 июня. /ТАСС/. Си Цзиньпин и президенты пяти центральноазиатских государств "
        "подписали на саммите «Центральная Азия — Китай» договор о вечном добрососедстве, "
        "дружбе и сотрудничестве. Следующий саммит пройдет в Китае в 2027 году.",
    ),
    "en_eu_ca_samarkand": (
        (4, 4),
        "afp",
        "SAMARKAND, Uzbekistan (AFP) — The European Union on Friday pledged a 12-billion-euro "
        "investment package for Central Asia at its first-ever summit with the region's five "
        "leaders, as European Commission President Ursula von der Leyen promised a partnership "
        "'without hidden strings'.",
    ),
    "ru_eu_ca_samarkand": (
        (4, 4),
        "ria",
        "САМАРКАНД, 4 апр — РИА Новости. Евросоюз на первом саммите «Центральная Азия — ЕС» "
        "пообещал странам региона инвестиции в размере 12 млрд евро. Саммит 3–4 апреля провели "
        "председатель Евросовета Антониу Кошта и председатель Еврокомиссии Урсула фон дер "
        "Ляйен вместе с президентом Узбекистана Шавкатом Мирзиёевым.",
    ),
    "en_oneliner_samarkand": (
        (4, 4),
        "euronews",
        "EU pledges €12bn for Central Asia at Samarkand summit.",
    ),
    # ------------------------------------------------------------ The Afghanistan earthquake
    "en_afghan_quake": (
        (9, 1),
        "reuters",
        "JALALABAD, Afghanistan, Sept 1 (Reuters) - A magnitude 6.0 earthquake struck eastern "
        "Afghanistan late on Sunday, killing at least 800 people and injuring more than 2,500 "
        "in the mountainous province of Kunar, Taliban government spokesman Zabihullah Mujahid "
        "said. Rescuers struggled to reach villages cut off by landslides.",
    ),
    "ru_afghan_quake": (
        (9, 1),
        "tass",
        "КАБУЛ, 1 сентября. /ТАСС/. Число погибших в результате землетрясения магнитудой 6,0 на "
        "востоке Афганистана превысило 800 человек, сообщил официальный представитель "
        "правительства талибов Забиулла Муджахид. Больше всего пострадала провинция Кунар. "
        "Толчки ощущались в Кабуле и Исламабаде.",
    ),
    "ru_afghan_condolences": (
        (9, 1),
        "kremlin",
        "Соболезнования Верховному лидеру Исламского Эмирата Афганистан Хайбатулле Ахундзаде\n\n"
        "Владимир Путин выразил глубокие соболезнования в связи с многочисленными жертвами "
        "землетрясения в восточных провинциях страны. Российская сторона готова оказать "
        "необходимую помощь.",
    ),
    "en_afghan_condolences": (
        (9, 1),
        "kremlin_en",
        "Condolences to Supreme Leader of the Islamic Emirate of Afghanistan Hibatullah "
        "Akhundzada\n\n"
        "Vladimir Putin expressed his deep condolences over the numerous casualties of the "
        "earthquake in the country's eastern provinces and said Russia was ready to provide "
        "assistance.",
    ),
    "ru_repost_afghan": (
        (9, 2),
        "rusemb_afghanistan",
        "Репост из @mchs_official:\n"
        "Самолеты МЧС России готовы вылететь в Афганистан с гуманитарной помощью для "
        "пострадавших от землетрясения. 🇷🇺🇦🇫",
    ),
    "ru_mchs_afghan": (
        (9, 4),
        "mchs",
        "Самолёт МЧС России доставил в Кабул 40 тонн гуманитарного груза для пострадавших от "
        "землетрясения: палатки, продукты питания и медикаменты. Груз передан представителям "
        "афганских властей.\n\n"
        "#МЧС #Афганистан",
    ),
    "en_mchs_afghan": (
        (9, 4),
        "tass_en",
        "MOSCOW, September 4. /TASS/. A plane of Russia's Emergencies Ministry (EMERCOM) has "
        "delivered 40 tonnes of humanitarian aid to Kabul for the victims of the earthquake in "
        "Afghanistan, the ministry said.",
    ),
    "en_afghan_toll": (
        (9, 4),
        "ap",
        "KABUL, Afghanistan (AP) — The death toll from Sunday's earthquake in eastern "
        "Afghanistan has risen to more than 2,200, the Taliban said Thursday, as aftershocks "
        "forced survivors to sleep in the open. Russia, China and India were among the first to "
        "send aid flights, while UN agencies warned that funding cuts had hampered the "
        "response.",
    ),
    "en_oneliner_quake": (
        (9, 1),
        "afp",
        "Afghanistan quake kills hundreds in Kunar.",
    ),
    # ------------------------------------------------ Pakistan and Afghanistan: the border
    "en_pak_afghan_clashes": (
        (10, 12),
        "reuters",
        "ISLAMABAD/KABUL, Oct 12 (Reuters) - Pakistani and Afghan Taliban forces exchanged heavy "
        "fire at several points along their 2,600-km border overnight, both sides said, in the "
        "worst fighting between the neighbours in years. The clashes erupted days after "
        "explosions in Kabul that the Taliban blamed on Pakistan.",
    ),
    "ru_pak_afghan_clashes": (
        (10, 12),
        "ria",
        "ИСЛАМАБАД, 12 окт — РИА Новости. На пакистано-афганской границе ночью шли ожесточенные "
        "бои, обе стороны сообщают о десятках убитых. Талибы заявили, что ответили на авиаудары "
        "Пакистана по Кабулу. Пограничные переходы на линии Дюранда закрыты.",
    ),
    "ru_kabul_embassy": (
        (10, 12),
        "rusemb_afghanistan",
        "Посольство России в Афганистане информирует\n\n"
        "В связи с вооружёнными столкновениями на границе с Пакистаном гражданам Российской "
        "Федерации рекомендуется воздержаться от поездок в приграничные районы и держать связь "
        "с посольством в Кабуле.\n\n"
        "Телефон дежурного: +93 70 000 0000",
    ),
    "ru_mid_pak_afghan": (
        (10, 13),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "обострением на афгано-пакистанской границе\n\n"
        "Призываем Кабул и Исламабад проявить сдержанность и урегулировать разногласия "
        "политико-дипломатическими средствами. Россия готова содействовать этому, в том числе "
        "в рамках «Московского формата».",
    ),
    "en_mid_pak_afghan": (
        (10, 13),
        "mfa_russia",
        "Comment by Foreign Ministry Spokeswoman Maria Zakharova on the escalation on the "
        "Afghanistan–Pakistan border: we urge Kabul and Islamabad to show restraint and settle "
        "their differences by political and diplomatic means. #Afghanistan #Pakistan",
    ),
    "en_doha_ceasefire_pak": (
        (10, 19),
        "aljazeera",
        "Pakistan and Afghanistan have agreed to an immediate ceasefire after talks in Doha "
        "mediated by Qatar and Turkiye, Qatar's foreign ministry said on Sunday. The delegations "
        "were led by Pakistan's Defence Minister Khawaja Asif and the Taliban's defence "
        "minister, Mullah Mohammad Yaqoob. Follow-up talks will be held in Istanbul.",
    ),
    "ru_doha_ceasefire_pak": (
        (10, 19),
        "tass",
        "ДОХА, 19 октября. /ТАСС/. Пакистан и Афганистан по итогам переговоров в Дохе при "
        "посредничестве Катара и Турции договорились о немедленном прекращении огня, сообщил "
        "МИД Катара. Делегации возглавили министр обороны Пакистана Хаваджа Асиф и министр "
        "обороны Афганистана мулла Мухаммад Якуб.",
    ),
    "en_istanbul_talks_pak": (
        (11, 7),
        "anadolu",
        "ISTANBUL (AA) - The third round of talks between Pakistan and Afghanistan in Istanbul "
        "ended on Friday without an agreement, Pakistani Information Minister Attaullah Tarar "
        "said, although the ceasefire brokered by Türkiye and Qatar remains in place.",
    ),
    "ru_istanbul_talks_pak": (
        (11, 8),
        "ria",
        "Переговоры Пакистана и Афганистана в Стамбуле завершились безрезультатно, заявил "
        "министр обороны Пакистана Хаваджа Асиф. При этом режим прекращения огня сохраняется.",
    ),
    # --------------------------------------------- Pakistan: the Saudi pact, Munir, Imran Khan
    "en_saudi_pak_pact": (
        (9, 17),
        "reuters",
        "RIYADH, Sept 17 (Reuters) - Saudi Arabia and nuclear-armed Pakistan signed a formal "
        "mutual defence pact on Wednesday, stating that any aggression against either country "
        "would be considered an attack on both. Crown Prince Mohammed bin Salman and Prime "
        "Minister Shehbaz Sharif signed the agreement, with Pakistan's army chief, Field "
        "Marshal Asim Munir, in attendance.",
    ),
    "ru_saudi_pak_pact": (
        (9, 18),
        "rbc",
        "Саудовская Аравия и Пакистан подписали соглашение о стратегической взаимной обороне: "
        "нападение на одну из стран будет считаться нападением на обе. Документ 17 сентября в "
        "Эр-Рияде подписали наследный принц Мухаммед бен Сальман и премьер-министр Шахбаз "
        "Шариф в присутствии фельдмаршала Асима Мунира.",
    ),
    "en_munir_field_marshal": (
        (5, 20),
        "dawn",
        "ISLAMABAD: The federal cabinet on Tuesday approved the promotion of Chief of Army Staff "
        "General Asim Munir to the rank of field marshal, only the second in Pakistan's "
        "history, after the military confrontation with India earlier this month.",
    ),
    "en_imran_khan": (
        (11, 25),
        "dawn",
        "RAWALPINDI: Police detained supporters of the Pakistan Tehreek-e-Insaf (PTI) outside "
        "Adiala jail on Tuesday after the sisters of the party's jailed founder, former prime "
        "minister Imran Khan, were again denied a meeting with him.",
    ),
    "en_pakistan_floods": (
        (8, 16),
        "reuters",
        "PESHAWAR, Pakistan, Aug 16 (Reuters) - Flash floods and cloudbursts killed more than "
        "300 people in northwest Pakistan's Khyber Pakhtunkhwa province, most of them in Buner "
        "district, authorities said, as rescuers dug through mud for survivors.",
    ),
    "ru_pakistan_floods": (
        (8, 16),
        "tass",
        "ИСЛАМАБАД, 16 августа. /ТАСС/. Число жертв наводнений на северо-западе Пакистана "
        "превысило 300 человек, большинство погибших — в округе Бунер провинции "
        "Хайбер-Пахтунхва. Россия выразила соболезнования народу Пакистана.",
    ),
    # ------------------------------------------------- Afghanistan: Muttaqi, the railway
    "en_muttaqi_delhi": (
        (10, 10),
        "pti",
        "NEW DELHI, Oct 10 (PTI) External Affairs Minister S Jaishankar on Friday announced that "
        "India would upgrade its technical mission in Kabul to a full-fledged embassy after "
        "talks with visiting Afghan Foreign Minister Amir Khan Muttaqi, the most senior Taliban "
        "official to visit India since 2021.",
    ),
    "ru_muttaqi_delhi": (
        (10, 10),
        "tass",
        "НЬЮ-ДЕЛИ, 10 октября. /ТАСС/. Индия повысит статус своей технической миссии в Кабуле "
        "до посольства, заявил министр иностранных дел Субраманьям Джайшанкар после переговоров "
        "с главой МИД Афганистана Амиром Ханом Муттаки.",
    ),
    "ru_oneliner_muttaqi": (
        (10, 9),
        "ria",
        "Глава МИД талибов Муттаки прибыл в Нью-Дели.",
    ),
    "en_transafghan_rail": (
        (7, 17),
        "kun_uz",
        "KABUL, July 17 — Uzbekistan, Afghanistan and Pakistan signed a framework agreement on a "
        "feasibility study for the Trans-Afghan railway, a 647-km line that would link Termez "
        "with Mazar-i-Sharif, Kabul and Peshawar and give Central Asia its shortest route to "
        "Pakistani seaports.",
    ),
    "ru_transafghan_rail": (
        (7, 17),
        "tass",
        "КАБУЛ, 17 июля. /ТАСС/. Узбекистан, Афганистан и Пакистан подписали рамочное "
        "соглашение о подготовке технико-экономического обоснования Трансафганской железной "
        "дороги. Магистраль свяжет Термез с Мазари-Шарифом, Кабулом и Пешаваром. В Москве "
        "рассматривают проект как часть маршрутов к Индийскому океану.",
    ),
    # -------------------------------------------------------- Myanmar: Min Aung Hlaing, Rosatom
    "ru_mah_kremlin": (
        (3, 4),
        "kremlin",
        "Переговоры с Председателем Государственного административного совета Мьянмы Мин Аун "
        "Хлайном\n\n"
        "В Кремле состоялись российско-мьянманские переговоры. Обсуждались "
        "торгово-экономическое сотрудничество, в том числе в энергетике, и ситуация в "
        "Юго-Восточной Азии. В присутствии лидеров подписано соглашение о сотрудничестве в "
        "сооружении атомной электростанции малой мощности на территории Мьянмы.",
    ),
    "en_mah_moscow": (
        (3, 4),
        "reuters",
        "MOSCOW, March 4 (Reuters) - Myanmar's military ruler Min Aung Hlaing held talks with "
        "President Vladimir Putin at the Kremlin on Tuesday, and the two countries signed an "
        "agreement on building a small nuclear power plant in the Southeast Asian nation, "
        "formerly known as Burma.",
    ),
    "ru_rosatom_myanmar": (
        (3, 4),
        "rosatom",
        "Генеральный директор Госкорпорации «Росатом» Алексей Лихачёв и министр "
        "электроэнергетики Мьянмы подписали межправительственное соглашение о сотрудничестве в "
        "сооружении АЭС малой мощности до 110 МВт.\n\n"
        "#Росатом #Мьянма",
    ),
    "en_myanmar_rosatom": (
        (3, 5),
        "world_nuclear_news",
        "Rosatom and Myanmar have signed an intergovernmental agreement on building a small "
        "nuclear power plant of up to 110 MWe based on RITM-200N reactors, Rosatom Director "
        "General Alexey Likhachev said after the signing in Moscow. #nuclear #Myanmar",
    ),
    # ------------------------------------------------------------ Cuba: the blackout, the oil
    "en_cuba_blackout": (
        (9, 11),
        "ap",
        "HAVANA (AP) — Cuba's national power grid collapsed on Wednesday, Sept. 10, after a "
        "breakdown at the Antonio Guiteras thermoelectric plant, plunging the island's 10 "
        "million people into the fourth nationwide blackout in less than a year. Power was "
        "partly restored in Havana and Santiago de Cuba by Thursday. Foreign Minister Bruno "
        "Rodríguez blamed the U.S. embargo.",
    ),
    "ru_cuba_blackout": (
        (9, 11),
        "ria",
        "ГАВАНА, 11 сен — РИА Новости. Энергосистема Кубы полностью отключилась 10 сентября "
        "из-за аварии на крупнейшей ТЭС «Антонио Гитерас». Это уже четвертый общенациональный "
        "блэкаут менее чем за год. Электроснабжение частично восстановлено в Гаване.",
    ),
    "ru_cuba_embassy": (
        (9, 10),
        "rusemb_cuba",
        "Посольство России на Кубе информирует\n\n"
        "В связи с полным отключением электроэнергии на острове гражданам России рекомендуется "
        "иметь запас питьевой воды и заряженные средства связи. Консульский отдел работает в "
        "обычном режиме.\n\n"
        "Телефон: +53 7 000 0000",
    ),
    "ru_oneliner_cuba": (
        (9, 10),
        "rt",
        "На Кубе снова полностью отключилось электричество.",
    ),
    "en_cuba_oil": (
        (3, 20),
        "reuters",
        "MATANZAS, Cuba, March 20 (Reuters) - A Russian tanker carrying about 100,000 tonnes of "
        "crude oil has arrived at Cuba's Matanzas port, shipping data showed, the largest "
        "Russian delivery to the island this year as it battles fuel shortages and rolling "
        "blackouts.",
    ),
    "ru_cuba_oil": (
        (3, 21),
        "interfax",
        "Российский танкер доставил на Кубу около 100 тыс. тонн нефти — это крупнейшая поставка "
        "с начала года, сообщают источники. Остров испытывает острый дефицит топлива и веерные "
        "отключения электроэнергии.",
    ),
    "ru_gas_cubic": (
        (11, 11),
        "interfax",
        "Экспорт российского СПГ за январь–октябрь вырос до 27 млрд кубов, сообщил вице-премьер "
        "Александр Новак.",
    ),
    # ------------------------------------------------------ Venezuela: Maduro captured, 2026
    "en_maduro_captured": (
        (1, 3),
        "reuters",
        "CARACAS/WASHINGTON, Jan 3 (Reuters) - U.S. forces seized Venezuelan President Nicolas "
        "Maduro and his wife Cilia Flores in an overnight operation in Caracas and flew them "
        "out of the country, President Donald Trump said on Saturday, after a wave of strikes "
        "on military targets around the capital.",
    ),
    "ru_maduro_captured": (
        (1, 3),
        "tass",
        "КАРАКАС, 3 января. /ТАСС/. Президент Венесуэлы Николас Мадуро и его супруга Силия "
        "Флорес захвачены американскими военными и вывезены из страны, заявил президент США "
        "Дональд Трамп. Ночью в Каракасе и его окрестностях прогремели взрывы.",
    ),
    "ru_mid_venezuela": (
        (1, 3),
        "mid",
        "Заявление МИД России в связи с вооруженной агрессией США против Венесуэлы\n\n"
        "Решительно осуждаем акт вооруженной агрессии против суверенной Венесуэлы. Требуем от "
        "Вашингтона немедленно освободить законно избранного президента Н.Мадуро и его "
        "супругу. Выражаем солидарность с братским венесуэльским народом.\n\n"
        "#Венесуэла",
    ),
    "ru_venezuela_embassy": (
        (1, 3),
        "rusemb_venezuela",
        "Посольство России в Венесуэле информирует\n\n"
        "Гражданам России, находящимся в Каракасе, рекомендуется не покидать мест проживания и "
        "сообщить свои контактные данные в консульский отдел посольства.",
    ),
    "en_repost_maduro": (
        (1, 3),
        "rusembusa",
        "Forwarded from MFA Russia:\n"
        "Statement on the US armed aggression against Venezuela: 'We demand the immediate "
        "release of the legitimate President Nicolás Maduro.' #Venezuela",
    ),
    "en_oneliner_maduro": (
        (1, 3),
        "bloomberg",
        "Trump says U.S. forces have captured Maduro.",
    ),
    "en_delcy_acting": (
        (1, 5),
        "ap",
        "CARACAS, Venezuela (AP) — Delcy Rodríguez was sworn in on Monday as Venezuela's interim "
        "president before the National Assembly, two days after the U.S. operation that "
        "captured Nicolás Maduro, who pleaded not guilty in a New York federal court hours "
        "later.",
    ),
    "ru_delcy": (
        (1, 6),
        "ria",
        "КАРАКАС, 6 янв — РИА Новости. Исполнительный вице-президент Делси Родригес принесла "
        "присягу в качестве временного президента Венесуэлы и потребовала от США вернуть "
        "Николаса Мадуро на родину.",
    ),
    "en_maduro_2025": (
        (1, 10),
        "reuters",
        "CARACAS, Jan 10 (Reuters) - Nicolas Maduro was sworn in for a third six-year term as "
        "Venezuela's president on Friday, January 10, 2025, despite opposition claims that it "
        "won the 2024 election.",
    ),
    "en_essequibo": (
        (5, 26),
        "reuters",
        "CARACAS, May 26 (Reuters) - Venezuela's ruling party claimed victory in Sunday's vote, "
        "which for the first time included a 'governor' for Essequibo, the oil-rich region "
        "administered by Guyana that Caracas claims as its own. Guyana called the vote a "
        "threat.",
    ),
    "ru_essequibo": (
        (5, 26),
        "ria",
        "КАРАКАС, 26 мая — РИА Новости. В Венесуэле впервые избран губернатор штата "
        "Гуаяна-Эсекиба, созданного на спорной территории Эссекибо, которую контролирует "
        "Гайана. Власти Гайаны назвали голосование незаконным.",
    ),
    # ----------------------------------------------------------------- Nicaragua and UNESCO
    "en_nicaragua_unesco": (
        (5, 1),
        "afp",
        "MANAGUA (AFP) — Nicaragua announced it was leaving UNESCO after the UN cultural agency "
        "awarded its World Press Freedom Prize to the opposition newspaper La Prensa, whose "
        "staff work in exile. The government of co-presidents Daniel Ortega and Rosario Murillo "
        "called the award 'an insult'.",
    ),
    "ru_nicaragua_unesco": (
        (5, 1),
        "ria",
        "Никарагуа объявила о выходе из ЮНЕСКО после того, как организация присудила премию за "
        "свободу прессы оппозиционной газете La Prensa. Сопрезиденты Даниэль Ортега и Росарио "
        "Мурильо назвали решение оскорблением никарагуанского народа.",
    ),
    # ------------------------------------------------ Mexico: electing judges, Generation Z
    "en_mexico_judges": (
        (6, 2),
        "ap",
        "MEXICO CITY (AP) — Mexicans voted on Sunday, June 1, in the country's first-ever "
        "election of judges, choosing all nine Supreme Court justices and hundreds of federal "
        "judges, but turnout was only about 13%, the electoral institute said. President "
        "Claudia Sheinbaum hailed the vote, while critics warned it would weaken judicial "
        "independence.",
    ),
    "ru_mexico_judges": (
        (6, 2),
        "ria",
        "МЕХИКО, 2 июн — РИА Новости. В Мексике 1 июня впервые в истории прошли всенародные "
        "выборы судей, включая всех девятерых членов Верховного суда. Явка составила около 13%. "
        "Президент Клаудия Шейнбаум назвала голосование историческим.",
    ),
    "ru_oneliner_mexico": (
        (6, 2),
        "rbc",
        "Мексика впервые избрала судей всенародным голосованием.",
    ),
    "en_mexico_aguilar": (
        (6, 5),
        "reuters",
        "MEXICO CITY, June 5 (Reuters) - Hugo Aguilar Ortiz, a Mixtec lawyer, will preside over "
        "Mexico's new Supreme Court after winning the most votes in the judicial election, "
        "becoming the first Indigenous chief justice since Benito Juarez.",
    ),
    "en_new_mexico": (
        (7, 9),
        "ap",
        "RUIDOSO, N.M. (AP) — Flash floods swept through the mountain village of Ruidoso in New "
        "Mexico on Tuesday, killing three people, as the Rio Ruidoso rose 20 feet in less than "
        "an hour over a wildfire burn scar, state officials said.",
    ),
    "ru_mexico_genz": (
        (11, 16),
        "tass",
        "МЕХИКО, 16 ноября. /ТАСС/. Тысячи человек приняли участие в «марше поколения Z» в "
        "столице Мексики, протестуя против насилия и коррупции после убийства мэра Уруапана "
        "Карлоса Мансо. У Национального дворца произошли столкновения с полицией.",
    ),
    "en_mexico_genz": (
        (11, 15),
        "reuters",
        "MEXICO CITY, Nov 15 (Reuters) - Thousands of mostly young protesters marched through "
        "Mexico City on Saturday in a 'Generation Z' protest against crime and corruption, and "
        "police said about 100 officers were injured in clashes outside the National Palace. "
        "President Claudia Sheinbaum said the march had been promoted by right-wing opponents.",
    ),
    "en_consular_mexico": (
        (11, 14),
        "rusembmex",
        "The Embassy of Russia in Mexico advises Russian citizens to avoid the Zocalo and the "
        "area around the National Palace in Mexico City on November 15 because of planned "
        "protests. Consular section hotline: +52 55 0000 0000",
    ),
    # ----------------------------------------------------------- Argentina: the US swap line
    "en_argentina_swap": (
        (10, 20),
        "reuters",
        "WASHINGTON, Oct 20 (Reuters) - The U.S. Treasury has signed a $20 billion currency swap "
        "framework with Argentina's central bank, Treasury Secretary Scott Bessent said, a "
        "lifeline for President Javier Milei ahead of the Oct. 26 midterm elections.",
    ),
    "ru_argentina_swap": (
        (10, 21),
        "rbc",
        "Минфин США и Центральный банк Аргентины подписали соглашение о валютном свопе на $20 "
        "млрд, сообщил министр финансов Скотт Бессент. Это поддержка президента Хавьера Милея "
        "перед выборами 26 октября.",
    ),
    "en_oneliner_argentina": (
        (10, 20),
        "bloomberg",
        "Bessent says US-Argentina $20 billion swap line is signed.",
    ),
    # ---------------------------------------------------- Republika Srpska: Dodik and Karan
    "en_dodik_verdict": (
        (2, 26),
        "reuters",
        "SARAJEVO, Feb 26 (Reuters) - A Bosnian court sentenced Bosnian Serb leader Milorad "
        "Dodik to one year in prison and banned him from holding office for six years on "
        "Wednesday for defying decisions of the international peace envoy, Christian Schmidt. "
        "Dodik called the verdict political and vowed to ignore it.",
    ),
    "ru_dodik_verdict": (
        (2, 26),
        "ria",
        "САРАЕВО, 26 фев — РИА Новости. Суд Боснии и Герцеговины приговорил президента "
        "Республики Сербской Милорада Додика к году лишения свободы и на шесть лет запретил ему "
        "занимать должности за неисполнение решений верховного представителя Кристиана Шмидта.",
    ),
    "ru_oneliner_dodik": (
        (2, 26),
        "rt",
        "Додик приговорен к году тюрьмы.",
    ),
    "ru_dodik_mid": (
        (2, 27),
        "mid",
        "Комментарий МИД России в связи с приговором М.Додику\n\n"
        "Расцениваем приговор президенту Республики Сербской как политически мотивированный. "
        "Так называемый «верховный представитель» К.Шмидт не утвержден Советом Безопасности ООН "
        "и не обладает легитимностью. Дейтонские соглашения должны неукоснительно соблюдаться.",
    ),
    "ru_dodik_putin": (
        (4, 1),
        "kremlin",
        "Встреча с Президентом Республики Сербской Милорадом Додиком\n\n"
        "1 апреля в Кремле Владимир Путин провёл встречу с Милорадом Додиком. Обсуждались "
        "ситуация в Боснии и Герцеговине и торгово-экономические связи Республики Сербской с "
        "российскими регионами.",
    ),
    "en_dodik_putin": (
        (4, 1),
        "kremlin_en",
        "Meeting with President of Republika Srpska Milorad Dodik\n\n"
        "Vladimir Putin met with Milorad Dodik at the Kremlin. They discussed the situation in "
        "Bosnia and Herzegovina and Republika Srpska's trade ties with Russian regions.",
    ),
    "en_oneliner_dodik": (
        (8, 6),
        "ap",
        "Bosnia's election commission strips Dodik of his mandate.",
    ),
    "en_srpska_election": (
        (11, 24),
        "ap",
        "BANJA LUKA, Bosnia-Herzegovina (AP) — Sinisa Karan, the candidate of Milorad Dodik's "
        "ruling party, narrowly won the early presidential election in Republika Srpska held on "
        "Nov. 23, the electoral commission said. The vote was called after Dodik was stripped "
        "of his mandate.",
    ),
    "ru_srpska_election": (
        (11, 24),
        "tass",
        "БАНЯ-ЛУКА, 24 ноября. /ТАСС/. Кандидат правящего Союза независимых социал-демократов "
        "Синиша Каран победил на досрочных выборах президента Республики Сербской, прошедших 23 "
        "ноября, сообщила Центральная избирательная комиссия Боснии и Герцеговины.",
    ),
    "ru_oneliner_srpska": (
        (11, 24),
        "rt",
        "Синиша Каран избран президентом Республики Сербской.",
    ),
    "ru_vucic_sanctions": (
        (10, 9),
        "tass",
        "БЕЛГРАД, 9 октября. /ТАСС/. Президент Сербии Александр Вучич заявил, что Белград не "
        "введет санкции против России, несмотря на давление Евросоюза.",
    ),
    "en_vucic_sanctions": (
        (10, 9),
        "reuters",
        "BELGRADE, Oct 9 (Reuters) - Serbia will not impose sanctions on Russia despite pressure "
        "from Brussels, President Aleksandar Vucic said on Thursday.",
    ),
    # ------------------------------------------------------------- Moldova: Gagauzia's Gutul
    "en_gutul_sentence": (
        (8, 5),
        "reuters",
        "CHISINAU, Aug 5 (Reuters) - A Moldovan court on Tuesday sentenced Evghenia Gutul, the "
        "Moscow-friendly governor of the autonomous region of Gagauzia, to seven years in "
        "prison for illegally financing a party linked to fugitive businessman Ilan Shor. Gutul "
        "called the verdict political.",
    ),
    "ru_gutsul_sentence": (
        (8, 5),
        "ria",
        "КИШИНЕВ, 5 авг — РИА Новости. Суд приговорил башкана Гагаузии Евгению Гуцул к семи "
        "годам лишения свободы по делу о финансировании партии «Шор». Гуцул назвала приговор "
        "политическим заказом властей Молдавии.",
    ),
    "ru_gutsul_mid": (
        (8, 6),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с приговором "
        "Е.А.Гуцул\n\n"
        "Расправа над законно избранным главой Гагаузской автономии — очередное свидетельство "
        "того, что режим в Кишинёве преследует всех несогласных. Требуем освободить Е.А.Гуцул.",
    ),
    "en_oneliner_gutul": (
        (8, 5),
        "ap",
        "Moldovan court jails Gagauzia leader Gutul for seven years.",
    ),
    # ------------------------------------------------------- South Ossetia and Abkhazia
    "ru_gagloev_kremlin": (
        (8, 26),
        "kremlin",
        "Телефонный разговор с Президентом Республики Южная Осетия Аланом Гаглоевым\n\n"
        "Владимир Путин поздравил Алана Гаглоева с годовщиной признания Россией независимости "
        "Южной Осетии 26 августа 2008 года. Обсуждены вопросы социально-экономического развития "
        "республики.",
    ),
    "en_gagloev_kremlin": (
        (8, 26),
        "kremlin_en",
        "Telephone conversation with President of South Ossetia Alan Gagloyev\n\n"
        "Vladimir Putin congratulated Alan Gagloyev on the anniversary of Russia's recognition of "
        "South Ossetia's independence and discussed the republic's social and economic "
        "development.",
    ),
    "en_tskhinvali": (
        (8, 26),
        "tass_en",
        "TSKHINVALI, August 26. /TASS/. South Ossetia is marking 17 years since Russia recognised "
        "its independence on August 26, 2008, after Georgia's attack on Tskhinvali. "
        "Celebrations were held on Theatre Square.",
    ),
    "ru_north_ossetia": (
        (8, 20),
        "tass",
        "ВЛАДИКАВКАЗ, 20 августа. /ТАСС/. Глава Северной Осетии Сергей Меняйло открыл во "
        "Владикавказе новый корпус республиканской детской больницы.",
    ),
    "en_north_ossetia": (
        (8, 20),
        "tass_en",
        "VLADIKAVKAZ, August 20. /TASS/. North Ossetia's head Sergei Menyailo opened a new wing "
        "of the republic's children's hospital in Vladikavkaz.",
    ),
    "ru_abkhazia_power": (
        (11, 12),
        "ria",
        "Россия продлит поставки электроэнергии в Абхазию на осенне-зимний период, сообщил "
        "президент республики Бадра Гунба после переговоров в Москве. Энергосистема Абхазии "
        "испытывает дефицит из-за маловодья на Ингурской ГЭС.",
    ),
    "en_abkhazia_power": (
        (11, 12),
        "tass_en",
        "SUKHUM, November 12. /TASS/. Russia will keep supplying electricity to Abkhazia through "
        "the winter, Abkhaz President Badra Gunba said, as the republic faces shortages caused "
        "by low water at the Inguri hydropower plant.",
    ),
    # ------------------------------------------------ Armenia: the EU law, Abu Dhabi talks
    "en_armenia_eu_law": (
        (3, 26),
        "rferl",
        "YEREVAN — Armenia's parliament on Wednesday passed a bill formally launching the "
        "country's bid to join the European Union, a symbolic step away from Moscow. Prime "
        "Minister Nikol Pashinian's government says membership is a long-term goal.",
    ),
    "ru_armenia_eu_law": (
        (3, 26),
        "tass",
        "ЕРЕВАН, 26 марта. /ТАСС/. Национальное собрание Армении приняло закон о начале "
        "процесса вступления республики в Евросоюз. За документ проголосовали 64 депутата.",
    ),
    "ru_overchuk_armenia": (
        (3, 27),
        "ria",
        "Оверчук: невозможно одновременно быть членом ЕАЭС и Евросоюза. Вице-премьер напомнил, "
        "что Армения получает российский газ по цене на треть ниже европейской.",
    ),
    "en_overchuk_armenia": (
        (3, 27),
        "tass_en",
        "MOSCOW, March 27. /TASS/. Armenia cannot be a member of the Eurasian Economic Union and "
        "the European Union at the same time, Russian Deputy Prime Minister Alexey Overchuk "
        "said.",
    ),
    "en_abu_dhabi_peace": (
        (7, 10),
        "reuters",
        "ABU DHABI, July 10 (Reuters) - Azerbaijani President Ilham Aliyev and Armenian Prime "
        "Minister Nikol Pashinyan held their first bilateral talks without mediators in Abu "
        "Dhabi on Thursday, agreeing to continue work on a peace treaty whose text was agreed "
        "in March.",
    ),
    "ru_abu_dhabi_peace": (
        (7, 10),
        "ria",
        "АБУ-ДАБИ, 10 июл — РИА Новости. Президент Азербайджана Ильхам Алиев и премьер-министр "
        "Армении Никол Пашинян впервые провели переговоры без посредников. Стороны "
        "договорились продолжить работу над мирным договором.",
    ),
    # ----------------------------------------------------------- Georgia and the EU's visas
    "en_georgia_eu_visa": (
        (1, 27),
        "reuters",
        "BRUSSELS, Jan 27 (Reuters) - European Union foreign ministers agreed on Monday to "
        "suspend visa-free travel for Georgian diplomats and officials over the government's "
        "crackdown on pro-EU protesters, EU foreign policy chief Kaja Kallas said.",
    ),
    "ru_georgia_eu_visa": (
        (1, 27),
        "tass",
        "БРЮССЕЛЬ, 27 января. /ТАСС/. Совет ЕС приостановил безвизовый режим для грузинских "
        "дипломатов и чиновников, сообщила глава евродипломатии Кая Каллас. Премьер-министр "
        "Грузии Ираклий Кобахидзе назвал это решение позором.",
    ),
    # ------------------------------------------ The Arctic: the Northern Sea Route, «Якутия»
    "en_nsr_istanbul_bridge": (
        (10, 13),
        "high_north_news",
        "The container ship Istanbul Bridge docked in Felixstowe on Monday after a 20-day voyage "
        "from Ningbo via the Northern Sea Route, completing the first 'China-Europe Arctic "
        "Express' run, its Chinese operator Sea Legend said. The Arctic route is about half the "
        "length of the passage through the Suez Canal.",
    ),
    "ru_nsr_container": (
        (10, 14),
        "tass",
        "МУРМАНСК, 14 октября. /ТАСС/. Китайский контейнеровоз Istanbul Bridge, прошедший по "
        "Северному морскому пути, прибыл в британский порт Феликстоу. Рейс из Нинбо занял 20 "
        "суток. Проводку судна в Арктике обеспечивали атомные ледоколы «Росатома».",
    ),
    "ru_repost_nsr": (
        (10, 14),
        "rosatom",
        "Репост из @rosatomru:\n"
        "Первый контейнерный рейс из Китая в Великобританию по Севморпути завершен! 🚢❄️ "
        "#Севморпуть",
    ),
    "ru_nsr_cargo": (
        (12, 25),
        "rosatom",
        "Грузопоток по Северному морскому пути в 2025 году составил около 37 млн тонн, "
        "транзитные перевозки выросли на треть, сообщил спецпредставитель «Росатома» по "
        "развитию Арктики Владимир Панов.",
    ),
    "en_nsr_cargo": (
        (12, 25),
        "high_north_news",
        "Cargo volumes on the Northern Sea Route stayed at about 37 million tonnes in 2025, "
        "while transit voyages between Asia and Europe rose by a third, Rosatom said.",
    ),
    "ru_yakutia_icebreaker": (
        (11, 20),
        "rosatom",
        "Атомный ледокол «Якутия» завершил первую навигацию на трассе Северного морского пути, "
        "проведя за сезон более 60 судов. Ледокол проекта 22220 передан «Атомфлоту» в начале "
        "2025 года.\n\n"
        "#Севморпуть #Росатом",
    ),
    "en_yakutia_icebreaker": (
        (11, 20),
        "tass_en",
        "MURMANSK, November 20. /TASS/. Rosatom's nuclear icebreaker Yakutia has completed its "
        "first Arctic season, escorting more than 60 vessels along the Northern Sea Route, "
        "Atomflot said.",
    ),
    "ru_yakutia_frost": (
        (12, 9),
        "ria",
        "ЯКУТСК, 9 дек — РИА Новости. В Якутии морозы достигли минус 55 градусов, в ряде "
        "районов отменены занятия в школах.",
    ),
    # ------------------------------------------------ Antarctica: A23a, Vostok, the 71st RAE
    "en_a23a": (
        (3, 4),
        "ap",
        "LONDON (AP) — The world's biggest iceberg, A23a, has run aground off the remote British "
        "island of South Georgia, the British Antarctic Survey said Tuesday, easing fears that "
        "it would block penguins and seals from their feeding grounds.",
    ),
    "ru_a23a": (
        (3, 5),
        "ria",
        "Крупнейший в мире айсберг A23a сел на мель у острова Южная Георгия в Южной Атлантике, "
        "сообщила Британская антарктическая служба. Площадь айсберга — около 3,2 тыс. кв. км.",
    ),
    "ru_oneliner_a23a": (
        (5, 14),
        "ria",
        "Айсберг A23a начал раскалываться у Южной Георгии.",
    ),
    "ru_vostok_station": (
        (1, 17),
        "tass",
        "САНКТ-ПЕТЕРБУРГ, 17 января. /ТАСС/. Полярники 70-й Российской антарктической "
        "экспедиции завершили сезонные работы на станции «Восток», где в разгар лета "
        "зафиксирован мороз минус 50 градусов, сообщили в Арктическом и антарктическом "
        "научно-исследовательском институте.",
    ),
    "en_vostok_station": (
        (1, 17),
        "tass_en",
        "ST. PETERSBURG, January 17. /TASS/. Members of the 70th Russian Antarctic Expedition "
        "have completed the summer season at Vostok station, where the temperature fell to "
        "minus 50 degrees Celsius even in midsummer.",
    ),
    "ru_tryoshnikov": (
        (11, 12),
        "ria",
        "Научно-экспедиционное судно «Академик Трёшников» с участниками 71-й Российской "
        "антарктической экспедиции вышло из Санкт-Петербурга. В начале декабря судно пересечет "
        "экватор, а в январе доставит смены на станции «Восток», «Мирный» и «Прогресс».",
    ),
    "en_tryoshnikov": (
        (11, 12),
        "tass_en",
        "ST. PETERSBURG, November 12. /TASS/. The research vessel Akademik Tryoshnikov has set "
        "sail for Antarctica with members of the 71st Russian Antarctic Expedition, who will "
        "relieve the wintering crews at Vostok, Mirny and Progress stations.",
    ),
    # ------------------------------------------------ Space: Nahid-2, Progress, Shenzhou
    "ru_nahid2": (
        (7, 25),
        "roscosmos",
        "🚀 25 июля с космодрома Восточный стартовала ракета-носитель «Союз-2.1б» с двумя "
        "спутниками «Ионосфера-М» и попутной нагрузкой, в том числе иранским спутником связи "
        "«Нахид-2». Все аппараты выведены на расчетные орбиты.\n\n"
        "#Роскосмос #Восточный",
    ),
    "en_nahid2": (
        (7, 25),
        "irna",
        "TEHRAN (IRNA) – Iran's domestically built communications satellite Nahid-2 was "
        "launched into orbit on Friday aboard a Russian Soyuz rocket from the Vostochny "
        "Cosmodrome, the Iranian Space Agency said.",
    ),
    "ru_oneliner_nahid": (
        (7, 25),
        "ria",
        "Иранский спутник «Нахид-2» выведен на орбиту с Восточного.",
    ),
    "en_progress_ms32": (
        (9, 11),
        "tass_en",
        "BAIKONUR, September 11. /TASS/. A Soyuz-2.1a rocket carrying the Progress MS-32 cargo "
        "spacecraft has blasted off from the Baikonur Cosmodrome to the International Space "
        "Station, Roscosmos said.",
    ),
    "ru_progress_ms32": (
        (9, 13),
        "roscosmos",
        "Грузовой корабль «Прогресс МС-32» успешно пристыковался к Международной космической "
        "станции. На МКС доставлено более 2,5 тонны грузов.\n\n"
        "#Роскосмос #МКС",
    ),
    "en_shenzhou20": (
        (11, 5),
        "xinhua",
        "JIUQUAN, Nov. 5 (Xinhua) -- The return of the Shenzhou-20 crew has been postponed after "
        "the spacecraft was suspected of being struck by a tiny piece of space debris, the China "
        "Manned Space Agency said on Wednesday.",
    ),
    "ru_shenzhou20": (
        (11, 14),
        "ria",
        "ПЕКИН, 14 ноя — РИА Новости. Экипаж китайского корабля «Шэньчжоу-20» вернулся на Землю "
        "на корабле «Шэньчжоу-21», после того как иллюминатор его собственного корабля был "
        "поврежден космическим мусором.",
    ),
    "en_oneliner_shenzhou": (
        (11, 14),
        "cgtn",
        "Shenzhou-20 crew lands safely aboard Shenzhou-21.",
    ),
    "en_shenzhou22": (
        (11, 25),
        "xinhua",
        "JIUQUAN, Nov. 25 (Xinhua) -- China launched the uncrewed Shenzhou-22 spacecraft on "
        "Tuesday to the Tiangong space station, where it will serve as a lifeboat for the "
        "Shenzhou-21 crew.",
    ),
    "ru_shenzhen_fair": (
        (11, 14),
        "rg",
        "В Шэньчжэне открылась 27-я Китайская ярмарка высоких технологий: свои разработки "
        "представили более 5 тыс. компаний, в том числе из России.",
    ),
    "en_shenzhen_fair": (
        (11, 14),
        "cgtn",
        "The 27th China Hi-Tech Fair opened in Shenzhen on Friday, drawing more than 5,000 "
        "exhibitors from around the world.",
    ),
    "ru_eef_plenary": (
        (9, 5),
        "kremlin",
        "Пленарное заседание Восточного экономического форума\n\n"
        "5 сентября во Владивостоке Владимир Путин выступил на пленарном заседании X "
        "Восточного экономического форума. Главная тема — развитие Дальнего Востока и "
        "сотрудничество с партнерами в Азиатско-Тихоокеанском регионе.",
    ),
    "en_eef": (
        (9, 5),
        "tass_en",
        "VLADIVOSTOK, September 5. /TASS/. Russian President Vladimir Putin addressed the "
        "plenary session of the 10th Eastern Economic Forum, focusing on the development of the "
        "Russian Far East.",
    ),
    # ------------------------------------------------ Sport: the IPC lifts Russia's suspension
    "en_ipc_vote": (
        (9, 27),
        "ap",
        "SEOUL, South Korea (AP) — The International Paralympic Committee's General Assembly "
        "voted Saturday to lift the partial suspension of Russia's national Paralympic "
        "committee, opening the way for Russian athletes to compete under their flag at the "
        "Milan Cortina Winter Paralympics. The suspension of Belarus was also lifted.",
    ),
    "ru_ipc_vote": (
        (9, 27),
        "tass",
        "СЕУЛ, 27 сентября. /ТАСС/. Генеральная ассамблея Международного паралимпийского "
        "комитета (МПК) проголосовала за снятие частичного отстранения Паралимпийского "
        "комитета России. Решение касается и Белоруссии.",
    ),
    "ru_ipc_degtyarev": (
        (9, 27),
        "ria",
        "Министр спорта Михаил Дегтярёв назвал решение МПК победой спортивной дипломатии и "
        "выразил надежду, что российские паралимпийцы выступят на Играх в Милане и Кортине под "
        "флагом страны.",
    ),
    "en_ipc_degtyarev": (
        (9, 28),
        "tass_en",
        "MOSCOW, September 28. /TASS/. Russian Sports Minister Mikhail Degtyarev called the "
        "IPC's decision a victory for sports diplomacy and said Russian Paralympians were ready "
        "for the Games in Milan and Cortina.",
    ),
    "ru_oneliner_ipc": (
        (9, 27),
        "rt",
        "МПК вернул российским паралимпийцам флаг и гимн.",
    ),
    "en_repost_ipc": (
        (9, 27),
        "rusembusa",
        "Forwarded from TASS:\n"
        "IPC General Assembly lifts suspension of the Paralympic Committee of Russia. "
        "#Paralympics",
    ),
    "en_ipc_famine": (
        (8, 22),
        "un_news",
        "Famine confirmed in Gaza City\n\n"
        "Famine is taking place in Gaza City and surrounding areas, the Integrated Food "
        "Security Phase Classification (IPC) said on Friday, the first time a famine has been "
        "confirmed in the Middle East. More than half a million people face catastrophic "
        "conditions.",
    ),
    # ------------------------------------------------------------- Culture: Chile, Mongolia
    "ru_chile_culture": (
        (10, 2),
        "rusemb_chile",
        "В Сантьяго открылись Дни российской культуры в Чили: в программе концерты солистов "
        "Мариинского театра, выставка русской иконы и показ российских фильмов. 🇷🇺🇨🇱\n\n"
        "#Чили #культура",
    ),
    "en_chile_culture": (
        (10, 2),
        "rusembchile",
        "The Days of Russian Culture have opened in Santiago, Chile, with concerts by Mariinsky "
        "Theatre soloists, an exhibition of Russian icons and film screenings.",
    ),
    "ru_mongolia_culture": (
        (6, 10),
        "rusemb_mongolia",
        "В Улан-Баторе стартовали «Русские сезоны» в Монголии: Московская филармония, Театр "
        "сатиры и выставка Третьяковской галереи. 🇷🇺🇲🇳 #РусскиеСезоны",
    ),
    "en_russian_seasons_mongolia": (
        (6, 10),
        "montsame",
        "ULAANBAATAR — The Russian Seasons festival opened in Ulaanbaatar with a concert by the "
        "Moscow Philharmonic, the first of more than 30 events to be held across Mongolia this "
        "summer.",
    ),
    # ------------------------------------------------ Vienna: the IAEA Board and Ulyanov
    "ru_ulyanov_board": (
        (11, 20),
        "rusmission_vienna",
        "Постпред России при международных организациях в Вене М.И.Ульянов: резолюция Совета "
        "управляющих МАГАТЭ по Ирану, принятая 20 ноября по инициативе «евротройки» и США, "
        "контрпродуктивна и лишь осложнит сотрудничество Тегерана с Агентством. Россия и Китай "
        "голосовали против.",
    ),
    "en_iaea_board": (
        (11, 20),
        "reuters",
        "VIENNA, Nov 20 (Reuters) - The IAEA's 35-nation Board of Governors passed a resolution "
        "on Thursday demanding that Iran inform the agency 'without delay' about its stock of "
        "enriched uranium and grant access to bombed sites. Russia, China and Niger voted "
        "against.",
    ),
    "en_ulyanov_tass": (
        (11, 21),
        "tass_en",
        "VIENNA, November 21. /TASS/. The resolution adopted by the IAEA Board of Governors will "
        "only push Iran further away from cooperation, Russia's Permanent Representative in "
        "Vienna Mikhail Ulyanov said.",
    ),
    "ru_oneliner_ulyanov": (
        (11, 20),
        "ria",
        "Ульянов: резолюция МАГАТЭ по Ирану контрпродуктивна.",
    ),
    "ru_vein_doctors": (
        (3, 18),
        "news",
        "Врачи напомнили, что долгие перелеты повышают риск тромбоза глубоких вен. Пассажирам "
        "советуют чаще вставать и пить воду, а тем, у кого расширены вены, — надевать "
        "компрессионный трикотаж.",
    ),
    "ru_lenin_museum": (
        (4, 22),
        "ria",
        "УЛЬЯНОВСК, 22 апр — РИА Новости. В день 155-летия со дня рождения Владимира Ульянова "
        "(Ленина) в его родном городе открылась обновленная экспозиция мемориального музея.",
    ),
    # --------------------------------------------------- The UN: General Assembly votes
    "en_unga_ukraine": (
        (2, 24),
        "un_news",
        "General Assembly adopts resolution on Ukraine as US votes against\n\n"
        "The UN General Assembly on Monday adopted a resolution backed by Ukraine and European "
        "countries marking three years since the start of the full-scale war, by 93 votes in "
        "favour to 18 against, with 65 abstentions. The United States voted against, alongside "
        "Russia. The Security Council later adopted a shorter US-drafted text, resolution 2774.",
    ),
    "ru_unga_ukraine": (
        (2, 24),
        "tass",
        "ООН, 24 февраля. /ТАСС/. Генеральная Ассамблея ООН приняла резолюцию, внесенную "
        "Украиной и странами Евросоюза: «за» проголосовали 93 страны, «против» — 18, в том "
        "числе Россия и США, воздержались 65.",
    ),
    "ru_nebenzia_2774": (
        (2, 24),
        "russiaun",
        "Выступление Постоянного представителя В.А.Небензи после голосования в СБ ООН по "
        "резолюции 2774\n\n"
        "Резолюция, предложенная США, — первый за три года документ Совета Безопасности, "
        "который смотрит в будущее, а не в прошлое. Россия поддержала этот текст.",
    ),
    "en_nebenzia_2774": (
        (2, 25),
        "russiaun",
        "Statement by Permanent Representative Vassily Nebenzia after the vote on UN Security "
        "Council resolution 2774: 'For the first time in three years the Council has adopted a "
        "document that looks to the future rather than the past.'",
    ),
    "en_unga_ny_declaration": (
        (9, 12),
        "un_news",
        "General Assembly endorses New York Declaration on two-State solution\n\n"
        "The General Assembly on Friday endorsed the New York Declaration on the peaceful "
        "settlement of the question of Palestine by 142 votes to 10, with 12 abstentions. Israel "
        "and the United States voted against.",
    ),
    "ru_unga_ny_declaration": (
        (9, 12),
        "ria",
        "ООН, 12 сен — РИА Новости. Генассамблея ООН одобрила Нью-Йоркскую декларацию о мирном "
        "урегулировании палестинского вопроса и реализации решения о двух государствах: «за» — "
        "142 страны, включая Россию, «против» — 10, в том числе Израиль и США.",
    ),
    "en_unsc_elections": (
        (6, 3),
        "un_news",
        "Bahrain, Colombia, DR Congo, Latvia and Liberia elected to Security Council\n\n"
        "The General Assembly on Tuesday elected five non-permanent members of the Security "
        "Council for 2026-2027. Latvia will serve on the Council for the first time.",
    ),
    "ru_unsc_elections": (
        (6, 3),
        "tass",
        "ООН, 3 июня. /ТАСС/. Генеральная Ассамблея ООН избрала Бахрейн, Демократическую "
        "Республику Конго, Колумбию, Латвию и Либерию непостоянными членами Совета "
        "Безопасности на 2026–2027 годы. Латвия войдет в СБ ООН впервые.",
    ),
    # --------------------------------------- Grain and fertiliser: Bangladesh, Sri Lanka
    "en_bangladesh_wheat": (
        (8, 12),
        "reuters",
        "DHAKA, Aug 12 (Reuters) - Bangladesh will import 200,000 tonnes of Russian wheat under a "
        "government-to-government deal, the food ministry said, as the country diversifies its "
        "grain supplies.",
    ),
    "ru_bangladesh_wheat": (
        (8, 12),
        "interfax",
        "Бангладеш закупит у России 200 тыс. тонн пшеницы по межправительственному соглашению, "
        "сообщило министерство продовольствия республики.",
    ),
    "ru_srilanka_fertiliser": (
        (6, 24),
        "rusemb_srilanka",
        "В порт Коломбо прибыла партия российских удобрений — 27 тыс. тонн карбамида, "
        "безвозмездно переданных Шри-Ланке компанией «Уралхим». В церемонии участвовал посол "
        "России.",
    ),
    "en_srilanka_fertiliser": (
        (6, 24),
        "dailymirror_lk",
        "COLOMBO — Sri Lanka has received 27,000 tonnes of urea fertilizer donated by Russia's "
        "Uralchem, the agriculture ministry said, in time for the Maha cultivation season.",
    ),
    "ru_srilanka_visa": (
        (9, 30),
        "mid_consular",
        "Консульский отдел Посольства России в Коломбо информирует: с 1 октября граждане России "
        "могут оформить туристическую визу Шри-Ланки бесплатно через официальный портал ETA.",
    ),
    "en_srilanka_visa": (
        (9, 30),
        "dailymirror_lk",
        "Sri Lanka will waive tourist visa fees for visitors from Russia, China, India and 37 "
        "other countries from October 1, the cabinet spokesman said.",
    ),
    "en_bangladesh_charter": (
        (10, 17),
        "reuters",
        "DHAKA, Oct 17 (Reuters) - Bangladesh's interim leader Muhammad Yunus and leaders of more "
        "than 20 political parties signed the 'July Charter', a reform roadmap ahead of "
        "elections due in February 2026.",
    ),
    # ------------------------------------------------------- Ecuador's referendum on bases
    "en_ecuador_ref": (
        (11, 17),
        "reuters",
        "QUITO, Nov 17 (Reuters) - Ecuadoreans rejected a proposal to allow foreign military "
        "bases in the country in a referendum on Sunday, handing President Daniel Noboa a major "
        "defeat. Voters also rejected calling a constituent assembly to rewrite the "
        "constitution.",
    ),
    "ru_ecuador_ref": (
        (11, 17),
        "ria",
        "КИТО, 17 ноя — РИА Новости. Жители Эквадора на референдуме 16 ноября отвергли "
        "предложение разрешить размещение иностранных военных баз, сообщил Национальный "
        "избирательный совет. Президент Даниэль Нобоа признал поражение.",
    ),
    "en_oneliner_ecuador": (
        (11, 17),
        "bloomberg",
        "Ecuador voters reject foreign military bases in blow to Noboa.",
    ),
    # ---------------------------------------- Russia and the US: consultations in Istanbul
    "ru_istanbul_consultations": (
        (2, 27),
        "mid",
        "О российско-американских консультациях в Стамбуле\n\n"
        "27 февраля в Стамбуле состоялись консультации по вопросам функционирования посольств "
        "России и США. Российскую делегацию возглавил директор Департамента Северной Америки "
        "МИД России А.Н.Дарчиев. Обсуждены вопросы дипсобственности, выдачи виз и банковского "
        "обслуживания посольств.",
    ),
    "en_istanbul_consultations": (
        (2, 27),
        "reuters",
        "ISTANBUL, Feb 27 (Reuters) - Russian and U.S. diplomats held more than six hours of "
        "talks at a U.S. diplomatic residence in Istanbul on Thursday on restoring the work of "
        "their embassies, the first such meeting after years of expulsions. The Russian "
        "delegation was led by Alexander Darchiev, Moscow's new ambassador-designate to "
        "Washington.",
    ),
    "ru_istanbul_april": (
        (4, 10),
        "tass",
        "СТАМБУЛ, 10 апреля. /ТАСС/. Второй раунд российско-американских консультаций по работе "
        "посольств завершился в Стамбуле. По словам источника, стороны обменялись нотами о "
        "гарантиях деятельности дипломатов.",
    ),
    "en_istanbul_april": (
        (4, 10),
        "reuters",
        "ISTANBUL, April 10 (Reuters) - A second round of U.S.-Russian talks on the operation of "
        "their embassies ended in Istanbul after about six hours, the Russian Foreign Ministry "
        "said.",
    ),
    # ------------------------------------------- Western Sahara: Security Council resolution
    "en_western_sahara": (
        (10, 31),
        "reuters",
        "UNITED NATIONS, Oct 31 (Reuters) - The U.N. Security Council on Friday backed Morocco's "
        "autonomy plan as the basis for talks on Western Sahara in a U.S.-drafted resolution "
        "adopted with 11 votes in favour, as Russia, China and Pakistan abstained. The "
        "Polisario Front rejected the text, and Algeria did not take part in the vote.",
    ),
    "ru_western_sahara": (
        (11, 1),
        "tass",
        "ООН, 1 ноября. /ТАСС/. Совет Безопасности ООН принял резолюцию 2797, которая "
        "поддерживает марокканский план автономии как основу для переговоров по Западной "
        "Сахаре. Россия, Китай и Пакистан воздержались, Алжир не участвовал в голосовании. "
        "Мандат МИНУРСО продлен на год.",
    ),
    "ru_nebenzia_sahara": (
        (10, 31),
        "russiaun",
        "Постпред В.А.Небензя: Россия воздержалась при голосовании по резолюции о Западной "
        "Сахаре, так как текст не учитывает позицию Фронта ПОЛИСАРИО и принцип "
        "самоопределения сахарского народа.",
    ),
    "en_nebenzia_sahara": (
        (10, 31),
        "russiaun",
        "Russia abstained on the resolution on Western Sahara because the text ignores the "
        "position of the Polisario Front and the Sahrawi people's right to self-determination, "
        "Permanent Representative Vassily Nebenzia said.",
    ),
    "en_repost_western_sahara": (
        (11, 1),
        "mfa_russia",
        "Forwarded from UN News:\n"
        "Security Council extends MINURSO mandate, backs autonomy talks on Western Sahara. "
        "#UNSC",
    ),
    "en_oneliner_western_sahara": (
        (10, 31),
        "afp",
        "UN Security Council backs Morocco's autonomy plan for Western Sahara.",
    ),
    "ru_sugar_prices": (
        (10, 8),
        "interfax",
        "Оптовые цены на сахар в России снизились на 12% с начала года благодаря рекордному "
        "урожаю свеклы, экспорт сахара вырос вдвое.",
    ),
    # ---------------------------------------------------- Gabon and the African Union
    "en_gabon_election": (
        (4, 13),
        "afp",
        "LIBREVILLE (AFP) — Gabon's military ruler Brice Clotaire Oligui Nguema won the April 12 "
        "presidential election with more than 90 percent of the vote, provisional results "
        "showed, 19 months after he seized power in a coup.",
    ),
    "ru_gabon_election": (
        (4, 14),
        "ria",
        "ЛИБРЕВИЛЬ, 14 апр — РИА Новости. Лидер военной администрации Габона Брис Клотер Олиги "
        "Нгема победил на президентских выборах 12 апреля, набрав более 90% голосов.",
    ),
    "ru_oneliner_gabon": (
        (4, 14),
        "rt",
        "Олиги Нгема избран президентом Габона.",
    ),
    "en_au_gabon": (
        (4, 30),
        "africanews",
        "ADDIS ABABA — The African Union's Peace and Security Council has lifted Gabon's "
        "suspension from the bloc, citing the April presidential election and the return to "
        "constitutional order.",
    ),
    "ru_au_gabon": (
        (4, 30),
        "tass",
        "АДДИС-АБЕБА, 30 апреля. /ТАСС/. Африканский союз (АС) восстановил членство Габона, "
        "приостановленное после военного переворота 2023 года.",
    ),
    # ------------------------------------------------------------ South Sudan: Riek Machar
    "en_machar_arrest": (
        (3, 27),
        "ap",
        "JUBA, South Sudan (AP) — South Sudan's First Vice President Riek Machar has been placed "
        "under house arrest, his party said Thursday, raising fears that the country could "
        "slide back into civil war. President Salva Kiir's government accuses Machar of "
        "stirring a rebellion in Upper Nile state.",
    ),
    "ru_machar_arrest": (
        (3, 27),
        "ria",
        "ДЖУБА, 27 мар — РИА Новости. Первый вице-президент Южного Судана Риек Мачар помещен "
        "под домашний арест, сообщила его партия. В ООН предупреждают об угрозе новой "
        "гражданской войны.",
    ),
    "ru_oneliner_machar": (
        (3, 27),
        "rt",
        "Риек Мачар под домашним арестом.",
    ),
    "en_machar_trial": (
        (9, 22),
        "reuters",
        "JUBA, Sept 22 (Reuters) - The trial of South Sudan's suspended First Vice President Riek "
        "Machar on charges of treason, murder and crimes against humanity opened in Juba on "
        "Monday.",
    ),
    # -------------------------------------------------- Honduras, El Salvador and Panama
    "ru_honduras_election": (
        (12, 2),
        "ria",
        "ТЕГУСИГАЛЬПА, 2 дек — РИА Новости. Подсчет голосов на президентских выборах в "
        "Гондурасе, прошедших 30 ноября, приостановлен из-за технического сбоя. Лидируют Насри "
        "Асфура, которого поддержал Дональд Трамп, и Сальвадор Насралла.",
    ),
    "en_honduras_election": (
        (12, 24),
        "ap",
        "TEGUCIGALPA, Honduras (AP) — Conservative Nasry Asfura, endorsed by U.S. President "
        "Donald Trump, was declared the winner of Honduras' Nov. 30 presidential election after "
        "a weeks-long count, narrowly beating Salvador Nasralla.",
    ),
    "en_joh_pardon": (
        (12, 2),
        "reuters",
        "WASHINGTON, Dec 2 (Reuters) - Former Honduran President Juan Orlando Hernandez walked "
        "free from a U.S. federal prison after President Donald Trump pardoned him, two days "
        "after Honduras held its presidential election.",
    ),
    "ru_oneliner_honduras": (
        (12, 2),
        "ria",
        "Трамп помиловал бывшего президента Гондураса Хуана Орландо Эрнандеса.",
    ),
    "ru_salvador_bukele": (
        (8, 1),
        "ria",
        "САН-САЛЬВАДОР, 1 авг — РИА Новости. Законодательное собрание Сальвадора одобрило "
        "поправки к конституции, разрешающие бессрочное переизбрание президента и продлевающие "
        "его срок до шести лет. Президент Наиб Букеле правит страной с 2019 года.",
    ),
    "en_panama_bri": (
        (2, 6),
        "reuters",
        "PANAMA CITY, Feb 6 (Reuters) - Panama has formally submitted notice to leave China's "
        "Belt and Road Initiative, President Jose Raul Mulino said, days after a visit by U.S. "
        "Secretary of State Marco Rubio, who pressed the country over Chinese influence around "
        "the Panama Canal.",
    ),
    "ru_panama_bri": (
        (2, 7),
        "ria",
        "Панама вышла из китайской инициативы «Пояс и путь», заявил президент Хосе Рауль "
        "Мулино после визита госсекретаря США Марко Рубио. В МИД КНР выразили сожаление.",
    ),
    "en_oneliner_panama": (
        (2, 6),
        "bloomberg",
        "Panama quits China's Belt and Road after Rubio visit.",
    ),
    # -------------------------------------------------------------- Bulgaria joins the euro
    "en_bulgaria_euro": (
        (1, 1),
        "reuters",
        "SOFIA, Jan 1 (Reuters) - Bulgaria adopted the euro on Thursday, becoming the 21st member "
        "of the euro zone, as the lev was retired after more than a century.",
    ),
    "ru_bulgaria_euro": (
        (1, 1),
        "tass",
        "СОФИЯ, 1 января. /ТАСС/. Болгария с 1 января 2026 года перешла на евро, став 21-й "
        "страной еврозоны. Национальная валюта лев выходит из обращения.",
    ),
    "ru_oneliner_bulgaria": (
        (1, 1),
        "rt",
        "Болгария перешла на евро.",
    ),
    # ------------------------------------------------ Elections: Kyrgyzstan and Malawi
    "en_kyrgyz_election": (
        (12, 1),
        "reuters",
        "BISHKEK, Dec 1 (Reuters) - Candidates loyal to President Sadyr Japarov won most seats in "
        "Kyrgyzstan's snap parliamentary election held on Nov. 30, preliminary results showed, "
        "with turnout at about 37%.",
    ),
    "ru_kyrgyz_election": (
        (12, 1),
        "tass",
        "БИШКЕК, 1 декабря. /ТАСС/. Явка на досрочных выборах в Жогорку Кенеш Киргизии, "
        "прошедших 30 ноября, составила около 37%, сообщил ЦИК республики. Большинство "
        "мандатов получат сторонники президента Садыра Жапарова.",
    ),
    "ru_oneliner_kyrgyz": (
        (12, 1),
        "ria",
        "В Кыргызстане подвели итоги досрочных выборов в парламент.",
    ),
    "en_malawi_election": (
        (9, 24),
        "reuters",
        "LILONGWE, Sept 24 (Reuters) - Former president Peter Mutharika won Malawi's Sept. 16 "
        "presidential election, defeating incumbent Lazarus Chakwera, the electoral commission "
        "said.",
    ),
    "ru_malawi_election": (
        (9, 24),
        "ria",
        "ЛИЛОНГВЕ, 24 сен — РИА Новости. Бывший президент Питер Мутарика победил на выборах "
        "главы Малави, прошедших 16 сентября, обойдя действующего президента Лазаруса Чакверу.",
    ),
    "en_oneliner_malawi": (
        (10, 4),
        "afp",
        "Mutharika sworn in as Malawi's president.",
    ),
    # ----------------------------------------------------- Thailand: Paetongtarn and Thaksin
    "en_paetongtarn": (
        (8, 29),
        "reuters",
        "BANGKOK, Aug 29 (Reuters) - Thailand's Constitutional Court removed Prime Minister "
        "Paetongtarn Shinawatra from office on Friday over a leaked phone call with Cambodia's "
        "Hun Sen, ruling that she had breached ethics.",
    ),
    "ru_paetongtarn": (
        (8, 29),
        "ria",
        "БАНГКОК, 29 авг — РИА Новости. Конституционный суд Таиланда отстранил от должности "
        "премьер-министра Пэтхонгтхан Чиннават из-за телефонного разговора с бывшим премьером "
        "Камбоджи Хун Сеном.",
    ),
    "ru_thaksin": (
        (9, 9),
        "tass",
        "БАНГКОК, 9 сентября. /ТАСС/. Верховный суд Таиланда постановил, что бывший "
        "премьер-министр Таксин Чиннават должен провести в тюрьме год: его многомесячное "
        "пребывание в больнице не засчитано в срок наказания.",
    ),
    # ------------------------------------------------------------------------- Briefings
    "ru_briefing_feb27": (
        (2, 27),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 27 февраля 2025 "
        "года\n\n"
        "Основные темы:\n"
        "▪️ российско-американские консультации в Стамбуле;\n"
        "▪️ приговор президенту Республики Сербской Милораду Додику;\n"
        "▪️ голосование в Генассамблее ООН 24 февраля;\n"
        "▪️ гуманитарная ситуация в Судане.\n\n"
        "#брифинг #Захарова",
    ),
    "en_briefing_feb27": (
        (2, 27),
        "mfa_russia",
        "Foreign Ministry Spokeswoman Maria Zakharova's briefing, Moscow, February 27, 2025:\n\n"
        "🔸 Russia–US consultations in Istanbul\n"
        "🔸 The verdict against Republika Srpska President Milorad Dodik\n"
        "🔸 The UN General Assembly vote of February 24\n"
        "🔸 The humanitarian situation in Sudan\n\n"
        "Full text 👉 mid.ru",
    ),
    "ru_briefing_jul30": (
        (7, 30),
        "mid",
        "Из брифинга М.В.Захаровой, 30 июля 2025 года\n\n"
        "🔹 Накануне 50-летия Хельсинкского Заключительного акта: ОБСЕ нуждается в глубоком "
        "реформировании, а не в юбилейных речах.\n"
        "🔹 Рамочное соглашение по Трансафганской железной дороге — шаг к связанности "
        "Евразии.\n"
        "🔹 Приветствуем прямой диалог Баку и Еревана, в том числе встречу в Абу-Даби 10 "
        "июля.\n\n"
        "#брифинг",
    ),
    "en_briefing_jul30": (
        (7, 30),
        "mfa_russia",
        "Maria Zakharova's briefing, July 30, 2025:\n\n"
        "🔸 50 years of the Helsinki Final Act\n"
        "🔸 The Trans-Afghan railway\n"
        "🔸 Armenia–Azerbaijan contacts in Abu Dhabi\n"
        "🔸 The so-called Special Tribunal of the Council of Europe\n\n"
        "Full text 👉 mid.ru",
    ),
    "ru_briefing_oct15": (
        (10, 15),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, 15 октября 2025 года\n\n"
        "Основные темы:\n"
        "▪️ обострение на афгано-пакистанской границе;\n"
        "▪️ визит А.Х.Муттаки в Индию;\n"
        "▪️ топливная блокада Бамако в Мали;\n"
        "▪️ первый контейнерный рейс из Китая в Европу по Северному морскому пути;\n"
        "▪️ предстоящий референдум в Эквадоре.\n\n"
        "#брифинг #Захарова",
    ),
    "en_briefing_oct15": (
        (10, 15),
        "mfa_russia",
        "#Zakharova: Excerpts from the October 15 briefing\n\n"
        "On Pakistan and Afghanistan: 'We call on Islamabad and Kabul to show restraint.'\n\n"
        "On the Northern Sea Route: 'The voyage of the Istanbul Bridge proves that the route is "
        "competitive.'",
    ),
    "ru_briefing_nov26": (
        (11, 26),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, 26 ноября 2025 "
        "года\n\n"
        "🔹 Выборы в Республике Сербской 23 ноября прошли спокойно, уважаем выбор "
        "избирателей.\n"
        "🔹 Резолюция Совета управляющих МАГАТЭ по Ирану от 20 ноября контрпродуктивна.\n"
        "🔹 Итоги референдума в Эквадоре показали: народ против иностранных военных баз.\n"
        "🔹 Саммит «С5+1» в Вашингтоне — суверенное право наших партнеров.",
    ),
    "en_briefing_nov26": (
        (11, 26),
        "mfa_russia",
        "🎙 Maria Zakharova's briefing, November 26:\n\n"
        "🔹 Republika Srpska: 'The people have made their choice.'\n"
        "🔹 The IAEA Board of Governors' resolution on Iran is counterproductive.\n"
        "🔹 Ecuador's referendum was a vote for sovereignty.",
    ),
    "ru_briefing_jan14": (
        (1, 14),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой, 14 января 2026 года\n\n"
        "Основные темы:\n"
        "▪️ вооруженная агрессия США против Венесуэлы и похищение Н.Мадуро;\n"
        "▪️ переход Болгарии на евро;\n"
        "▪️ выборы в Гондурасе и помилование Х.О.Эрнандеса.\n\n"
        "#брифинг #Захарова",
    ),
    "en_briefing_jan14": (
        (1, 14),
        "mfa_russia",
        "Maria Zakharova's briefing, January 14, 2026:\n\n"
        "🔸 The US aggression against Venezuela and the abduction of President Maduro\n"
        "🔸 Bulgaria's switch to the euro\n"
        "🔸 The election in Honduras\n\n"
        "#Zakharova",
    ),
}

# Posts naming one thing, by the rules above, shared by several queries.
_OSCE = (
    "ru_helsinki50_mid",
    "en_helsinki50_ap",
    "ru_osce_sinirlioglu",
    "en_osce_sinirlioglu",
    "en_repost_helsinki",
    "ru_oneliner_helsinki",
    "ru_briefing_jul30",
)
_COE = (
    "en_coe_tribunal",
    "ru_coe_tribunal",
    "ru_coe_mid",
    "en_coe_mid",
    "en_oneliner_coe",
    "ru_repost_coe",
    "en_briefing_jul30",
)
_EUCO = ("en_european_council", "ru_european_council", "ru_eu_ca_samarkand")
_ARAB_LEAGUE = (
    "ru_arab_league_cairo",
    "en_arab_league_cairo",
    "en_arab_league_egypt",
    "ru_arab_league_mid",
)
_GAZA = _ARAB_LEAGUE  # the Cairo summit's posts name Gaza; the famine post names Gaza City
_ORESHNIK = (
    "ru_oreshnik_belarus",
    "en_oreshnik_belarus",
    "ru_oneliner_oreshnik",
    "ru_repost_oreshnik",
)
_UNION_STATE = (
    "ru_oreshnik_belarus",
    "ru_repost_oreshnik",
    "ru_union_state_day",
    "en_union_state_day",
)
_BELARUS = (
    *_ORESHNIK,
    "ru_union_state_day",
    "en_union_state_day",
    "en_tikhanovsky_freed",
    "ru_tikhanovsky_freed",
    "en_oneliner_tsikhanouski",
    "en_ipc_vote",
    "ru_ipc_vote",
)
_TSIKHANOUSKI = ("en_tikhanovsky_freed", "ru_tikhanovsky_freed", "en_oneliner_tsikhanouski")
_C5 = ("en_c5_washington", "ru_c5_washington", "en_c5_peskov", "ru_briefing_nov26")
_CENTRAL_ASIA = (
    "ru_c5_washington",
    "ru_c5_peskov",
    "en_c5_peskov",
    "en_china_ca_astana",
    "ru_china_ca_astana",
    "en_eu_ca_samarkand",
    "ru_eu_ca_samarkand",
    "en_oneliner_samarkand",
    "en_transafghan_rail",
)
_SAMARKAND = ("en_eu_ca_samarkand", "ru_eu_ca_samarkand", "en_oneliner_samarkand")
_QUAKE_RU = ("ru_afghan_quake", "ru_afghan_condolences", "ru_repost_afghan", "ru_mchs_afghan")
_QUAKE_EN = ("en_afghan_quake", "en_afghan_condolences", "en_mchs_afghan", "en_afghan_toll")
_PAK_AFGHAN = (
    "en_pak_afghan_clashes",
    "ru_pak_afghan_clashes",
    "ru_kabul_embassy",
    "ru_mid_pak_afghan",
    "en_mid_pak_afghan",
    "en_doha_ceasefire_pak",
    "ru_doha_ceasefire_pak",
    "en_istanbul_talks_pak",
    "ru_istanbul_talks_pak",
    "en_transafghan_rail",
    "ru_transafghan_rail",
    "ru_briefing_oct15",
    "en_briefing_oct15",
)
_AFGHANISTAN = (
    *_QUAKE_RU,
    *_QUAKE_EN,
    "en_oneliner_quake",
    *_PAK_AFGHAN,
    "en_muttaqi_delhi",
    "ru_muttaqi_delhi",
    "ru_briefing_jul30",
    "en_briefing_jul30",
)
_PAKISTAN = (
    *_PAK_AFGHAN,
    "en_saudi_pak_pact",
    "ru_saudi_pak_pact",
    "en_munir_field_marshal",
    "en_imran_khan",
    "en_pakistan_floods",
    "ru_pakistan_floods",
    "en_western_sahara",
    "ru_western_sahara",
)
_KABUL = (
    "ru_afghan_quake",
    "ru_mchs_afghan",
    "en_mchs_afghan",
    "en_afghan_toll",
    "en_pak_afghan_clashes",
    "ru_pak_afghan_clashes",
    "ru_kabul_embassy",
    "ru_mid_pak_afghan",
    "en_mid_pak_afghan",
    "en_muttaqi_delhi",
    "ru_muttaqi_delhi",
    "en_transafghan_rail",
    "ru_transafghan_rail",
    "en_briefing_oct15",
)
_TALIBAN = (
    "en_afghan_quake",
    "ru_afghan_quake",
    "en_afghan_toll",
    "en_pak_afghan_clashes",
    "ru_pak_afghan_clashes",
    "en_doha_ceasefire_pak",
    "en_muttaqi_delhi",
    "ru_oneliner_muttaqi",
)
_MCHS = ("ru_repost_afghan", "ru_mchs_afghan", "en_mchs_afghan")
_ISTANBUL = (
    "en_doha_ceasefire_pak",
    "en_istanbul_talks_pak",
    "ru_istanbul_talks_pak",
    "ru_istanbul_consultations",
    "en_istanbul_consultations",
    "ru_istanbul_april",
    "en_istanbul_april",
    "ru_briefing_feb27",
    "en_briefing_feb27",
)
_ISTANBUL_BRIDGE = ("en_nsr_istanbul_bridge", "ru_nsr_container", "en_briefing_oct15")
_MUNIR = ("en_saudi_pak_pact", "ru_saudi_pak_pact", "en_munir_field_marshal")
_MUTTAQI = ("en_muttaqi_delhi", "ru_muttaqi_delhi", "ru_oneliner_muttaqi", "ru_briefing_oct15")
_MYANMAR = ("ru_mah_kremlin", "en_mah_moscow", "ru_rosatom_myanmar", "en_myanmar_rosatom")
_MIN_AUNG_HLAING = ("ru_mah_kremlin", "en_mah_moscow")
_ROSATOM = (
    "ru_rosatom_myanmar",
    "en_myanmar_rosatom",
    "ru_nsr_container",
    "ru_nsr_cargo",
    "en_nsr_cargo",
    "ru_yakutia_icebreaker",
    "en_yakutia_icebreaker",
)
_CUBA = (
    "en_cuba_blackout",
    "ru_cuba_blackout",
    "ru_cuba_embassy",
    "ru_oneliner_cuba",
    "en_cuba_oil",
    "ru_cuba_oil",
)
_MADURO = (
    "en_maduro_captured",
    "ru_maduro_captured",
    "ru_mid_venezuela",
    "en_repost_maduro",
    "en_oneliner_maduro",
    "en_delcy_acting",
    "ru_delcy",
    "en_maduro_2025",
    "ru_briefing_jan14",
    "en_briefing_jan14",
)
_VENEZUELA = (
    *(key for key in _MADURO if key != "en_oneliner_maduro"),
    "ru_venezuela_embassy",
    "en_essequibo",
    "ru_essequibo",
)
_NICARAGUA = ("en_nicaragua_unesco", "ru_nicaragua_unesco")
_MEXICO = (
    "en_mexico_judges",
    "ru_mexico_judges",
    "ru_oneliner_mexico",
    "en_mexico_aguilar",
    "ru_mexico_genz",
    "en_consular_mexico",
)
_ARGENTINA = ("en_argentina_swap", "ru_argentina_swap", "en_oneliner_argentina")
_DODIK = (
    "en_dodik_verdict",
    "ru_dodik_verdict",
    "ru_oneliner_dodik",
    "ru_dodik_mid",
    "ru_dodik_putin",
    "en_dodik_putin",
    "en_oneliner_dodik",
    "en_srpska_election",
    "ru_briefing_feb27",
    "en_briefing_feb27",
)
_BOSNIA = (
    "en_dodik_verdict",
    "ru_dodik_verdict",
    "ru_dodik_putin",
    "en_dodik_putin",
    "en_oneliner_dodik",
    "en_srpska_election",
    "ru_srpska_election",
)
_SCHMIDT = ("en_dodik_verdict", "ru_dodik_verdict", "ru_dodik_mid")
_GUTUL = ("en_gutul_sentence", "ru_gutsul_sentence", "ru_gutsul_mid", "en_oneliner_gutul")
_S_OSSETIA = ("ru_gagloev_kremlin", "en_gagloev_kremlin", "en_tskhinvali")
_N_OSSETIA = ("ru_north_ossetia", "en_north_ossetia")
_ARMENIA = (
    "en_armenia_eu_law",
    "ru_armenia_eu_law",
    "ru_overchuk_armenia",
    "en_overchuk_armenia",
    "en_abu_dhabi_peace",
    "ru_abu_dhabi_peace",
    "en_briefing_jul30",
)
_ARMENIA_EU = (
    "en_armenia_eu_law",
    "ru_armenia_eu_law",
    "ru_overchuk_armenia",
    "en_overchuk_armenia",
)
_GEORGIA = ("en_tskhinvali", "en_georgia_eu_visa", "ru_georgia_eu_visa")
_SOUTH_GEORGIA = ("en_a23a", "ru_a23a", "ru_oneliner_a23a")
_NSR = (
    "en_nsr_istanbul_bridge",
    "ru_nsr_container",
    "ru_repost_nsr",
    "ru_nsr_cargo",
    "en_nsr_cargo",
    "ru_yakutia_icebreaker",
    "en_yakutia_icebreaker",
    "ru_briefing_oct15",
    "en_briefing_oct15",
)
_YAKUTIA_ICEBREAKER = ("ru_yakutia_icebreaker", "en_yakutia_icebreaker")
_RAE = ("ru_vostok_station", "en_vostok_station", "ru_tryoshnikov", "en_tryoshnikov")
_VOSTOCHNY = ("ru_nahid2", "en_nahid2", "ru_oneliner_nahid")
_SHENZHOU = ("en_shenzhou20", "ru_shenzhou20", "en_oneliner_shenzhou", "en_shenzhou22")
_SHENZHEN = ("ru_shenzhen_fair", "en_shenzhen_fair")
_IPC = (
    "en_ipc_vote",
    "ru_ipc_vote",
    "ru_ipc_degtyarev",
    "en_ipc_degtyarev",
    "ru_oneliner_ipc",
    "en_repost_ipc",
)
_IPC_ASSEMBLY = ("en_ipc_vote", "ru_ipc_vote", "en_repost_ipc")
_IAEA = (
    "ru_ulyanov_board",
    "en_iaea_board",
    "en_ulyanov_tass",
    "ru_oneliner_ulyanov",
    "ru_briefing_nov26",
    "en_briefing_nov26",
)
_BOARD = (
    "ru_ulyanov_board",
    "en_iaea_board",
    "en_ulyanov_tass",
    "ru_briefing_nov26",
    "en_briefing_nov26",
)
_ULYANOV = ("ru_ulyanov_board", "en_ulyanov_tass", "ru_oneliner_ulyanov")
_VIENNA = ("ru_ulyanov_board", "en_iaea_board", "en_ulyanov_tass", "en_osce_sinirlioglu")
_UNGA = (
    "en_unga_ukraine",
    "ru_unga_ukraine",
    "en_unga_ny_declaration",
    "ru_unga_ny_declaration",
    "en_unsc_elections",
    "ru_unsc_elections",
    "ru_briefing_feb27",
    "en_briefing_feb27",
)
_UNSC = (
    "en_unga_ukraine",
    "ru_nebenzia_2774",
    "en_nebenzia_2774",
    "en_unsc_elections",
    "ru_unsc_elections",
    "ru_dodik_mid",
    "en_western_sahara",
    "ru_western_sahara",
    "en_repost_western_sahara",
    "en_oneliner_western_sahara",
)
_NEBENZIA = ("ru_nebenzia_2774", "en_nebenzia_2774", "ru_nebenzia_sahara", "en_nebenzia_sahara")
_ECUADOR = (
    "en_ecuador_ref",
    "ru_ecuador_ref",
    "en_oneliner_ecuador",
    "ru_briefing_oct15",
    "ru_briefing_nov26",
    "en_briefing_nov26",
)
_WESTERN_SAHARA = (
    "en_western_sahara",
    "ru_western_sahara",
    "ru_nebenzia_sahara",
    "en_nebenzia_sahara",
    "en_repost_western_sahara",
    "en_oneliner_western_sahara",
)
_OLIGUI = ("en_gabon_election", "ru_gabon_election", "ru_oneliner_gabon")
_SOUTH_SUDAN = ("en_machar_arrest", "ru_machar_arrest", "en_machar_trial")
_SUDAN = ("ru_briefing_feb27", "en_briefing_feb27")
_MACHAR = ("en_machar_arrest", "ru_machar_arrest", "ru_oneliner_machar", "en_machar_trial")
_MALAWI = ("en_malawi_election", "ru_malawi_election", "en_oneliner_malawi")
_KYRGYZSTAN = ("en_c5_washington", "en_kyrgyz_election", "ru_kyrgyz_election", "ru_oneliner_kyrgyz")
_ZAKHAROVA_NOT_BRIEFING = (
    "ru_coe_mid",
    "en_coe_mid",
    "ru_mid_pak_afghan",
    "en_mid_pak_afghan",
    "ru_gutsul_mid",
)
_BRIEFING_RU = (
    "ru_briefing_feb27",
    "ru_briefing_jul30",
    "ru_briefing_oct15",
    "ru_briefing_nov26",
    "ru_briefing_jan14",
)
_BRIEFING_EN = (
    "en_briefing_feb27",
    "en_briefing_jul30",
    "en_briefing_oct15",
    "en_briefing_nov26",
    "en_briefing_jan14",
)
_ZAKHAROVA = (*_ZAKHAROVA_NOT_BRIEFING, *_BRIEFING_RU, *_BRIEFING_EN)
_VYBORY = (
    "ru_mexico_judges",
    "ru_argentina_swap",
    "ru_srpska_election",
    "ru_gabon_election",
    "ru_honduras_election",
    "ru_kyrgyz_election",
    "ru_oneliner_kyrgyz",
    "ru_malawi_election",
    "ru_briefing_nov26",
    "ru_briefing_jan14",
)
_ELECTION_NOT_HONDURAS = (
    "en_mexico_judges",
    "en_mexico_aguilar",
    "en_argentina_swap",
    "en_oneliner_dodik",
    "en_srpska_election",
    "en_maduro_2025",
    "en_unsc_elections",
    "en_gabon_election",
    "en_au_gabon",
    "en_kyrgyz_election",
    "en_malawi_election",
    "en_bangladesh_charter",
)
_ELECTION_HONDURAS = ("en_honduras_election", "en_joh_pardon", "en_briefing_jan14")
_ELECTION = (*_ELECTION_NOT_HONDURAS, *_ELECTION_HONDURAS)
_ELECTRIC = ("en_abkhazia_power", "en_cuba_blackout")
_PRIGOVOR = (
    "ru_dodik_verdict",
    "ru_oneliner_dodik",
    "ru_dodik_mid",
    "ru_gutsul_sentence",
    "ru_gutsul_mid",
    "ru_briefing_feb27",
)

QUERIES: list[Labelled] = [
    # ----------------------- k1 organisations and abbreviations in both languages and scripts
    Labelled(
        "ОБСЕ",
        _OSCE,
        "k1: ОБСЕ = OSCE; the CSCE of 1975 was its forerunner, not the organisation",
        absent=("en_helsinki1975",),
    ),
    Labelled(
        "OSCE",
        _OSCE,
        "k1: OSCE = ОБСЕ, #ОБСЕ included; the CSCE post is the forerunner",
        absent=("en_helsinki1975",),
    ),
    Labelled(
        "СБСЕ",
        ("ru_helsinki50_mid", "en_helsinki1975"),
        "k1: СБСЕ = CSCE = Совещание по безопасности и сотрудничеству в Европе; the OSCE is "
        "its successor, not it",
        absent=("ru_osce_sinirlioglu", "en_osce_sinirlioglu"),
    ),
    Labelled(
        "Совет Европы",
        _COE,
        "k1: Совет Европы = Council of Europe; the European Council (Евросовет) and the Council "
        "of the EU (Совет ЕС) are other bodies",
        absent=(*_EUCO, "ru_georgia_eu_visa"),
    ),
    Labelled(
        "Council of Europe",
        _COE,
        "k1: the Strasbourg body, not the EU's European Council",
        absent=_EUCO,
    ),
    Labelled(
        "European Council",
        _EUCO,
        "k1: European Council = Европейский совет = Евросовет; the Council of Europe is another",
        absent=_COE,
    ),
    Labelled(
        "ЛАГ",
        _ARAB_LEAGUE,
        "k1: ЛАГ = Лига арабских государств = Arab League, #ArabLeague included",
    ),
    Labelled(
        "Arab League",
        _ARAB_LEAGUE,
        "k1: Arab League = ЛАГ in either script",
    ),
    Labelled(
        "Африканский союз",
        ("en_au_gabon", "ru_au_gabon"),
        "k1: Африканский союз = АС = African Union",
    ),
    Labelled(
        "МАГАТЭ",
        _IAEA,
        "k1: МАГАТЭ = IAEA",
    ),
    Labelled(
        "Совет управляющих МАГАТЭ",
        _BOARD,
        "k1: the IAEA Board of Governors in either language",
        first="ru_ulyanov_board",
    ),
    Labelled(
        "Генассамблея ООН",
        _UNGA,
        "k1: Генассамблея = Генеральная Ассамблея ООН = UN General Assembly; the IPC's General "
        "Assembly is another body",
        absent=_IPC_ASSEMBLY,
    ),
    Labelled(
        "Совбез ООН",
        _UNSC,
        "k1: Совбез = СБ ООН = Совет Безопасности ООН = UN Security Council, #UNSC included",
    ),
    Labelled(
        "МПК",
        _IPC,
        "k1: МПК = Международный паралимпийский комитет = IPC; the food-security IPC is another",
        absent=("en_ipc_famine",),
    ),
    Labelled(
        "IPC",
        _IPC,
        "k1: the International Paralympic Committee here; the Integrated Food Security Phase "
        "Classification (IPC) is a namesake",
        absent=("en_ipc_famine",),
    ),
    Labelled(
        "ЕАЭС",
        ("ru_overchuk_armenia", "en_overchuk_armenia"),
        "k1: ЕАЭС = EAEU = Eurasian Economic Union",
    ),
    Labelled(
        "EMERCOM",
        _MCHS,
        "k1: EMERCOM = МЧС России = Russia's Emergencies Ministry",
    ),
    Labelled(
        "ЮНЕСКО",
        _NICARAGUA,
        "k1: ЮНЕСКО = UNESCO",
    ),
    Labelled(
        "РАЭ",
        _RAE,
        "k1: РАЭ = Российская антарктическая экспедиция = Russian Antarctic Expedition",
    ),
    Labelled(
        "Росатом",
        _ROSATOM,
        "k1: Росатом = Rosatom in any case form, #Росатом included; a repost's @handle is not "
        "labelled",
    ),
    Labelled(
        "PTI",
        ("en_imran_khan",),
        "k1: PTI is Imran Khan's party here; (PTI) in a dateline is the Press Trust of India",
        absent=("en_muttaqi_delhi",),
    ),
    Labelled(
        "БиХ",
        _BOSNIA,
        "k1: БиХ = Босния и Герцеговина = Bosnia and Herzegovina, Bosnian included",
    ),
    Labelled(
        "МИНУРСО",
        ("ru_western_sahara", "en_repost_western_sahara"),
        "k1: МИНУРСО = MINURSO",
    ),
    Labelled(
        "Союзное государство",
        _UNION_STATE,
        "k1: Союзное государство = Union State; the Soyuz rocket and the Alliance (Союз) of "
        "Independent Social Democrats are not it",
        absent=("ru_nahid2", "ru_srpska_election"),
    ),
    Labelled(
        "Taliban",
        _TALIBAN,
        "k1: Taliban = талибы; posts naming only the Islamic Emirate are not labelled",
    ),
    Labelled(
        "С5+1",
        _C5,
        "k1: the format typed with a Cyrillic С finds C5+1 in both scripts",
    ),
    # ------------------------------------------------------------------ k2 events with places
    Labelled(
        "ОБСЕ Хельсинки",
        (
            "ru_helsinki50_mid",
            "en_helsinki50_ap",
            "ru_osce_sinirlioglu",
            "en_repost_helsinki",
            "ru_oneliner_helsinki",
            "ru_briefing_jul30",
        ),
        "k2: the OSCE with Helsinki, Хельсинкский included; the 1975 post names the CSCE",
        absent=("en_helsinki1975",),
    ),
    Labelled(
        "Helsinki Final Act",
        ("en_helsinki50_ap", "en_helsinki1975", "en_briefing_jul30"),
        "k2: Helsinki with the English words final and act; a ballet's final act lacks Helsinki",
    ),
    Labelled(
        "саммит ЛАГ в Каире",
        ("ru_arab_league_cairo", "ru_arab_league_mid"),
        "k2: саммит (Russian) + ЛАГ + Каир in any case form",
        first="ru_arab_league_cairo",
    ),
    Labelled(
        "Arab League summit Cairo",
        ("en_arab_league_cairo", "en_arab_league_egypt"),
        "k2: summit (English) + Arab League (#ArabLeague) + Cairo",
        first="en_arab_league_cairo",
    ),
    Labelled(
        "C5+1 Washington",
        ("en_c5_washington", "en_c5_peskov", "ru_briefing_nov26"),
        "k2: the format with the city; the Kommersant post says Белый дом only",
        first="en_c5_washington",
    ),
    Labelled(
        "саммит в Астане",
        ("ru_china_ca_astana",),
        "k2: Russian саммит with Астана; English summits are not typed",
        first="ru_china_ca_astana",
    ),
    Labelled(
        "EU Central Asia summit Samarkand",
        ("en_eu_ca_samarkand", "en_oneliner_samarkand"),
        "k2: EU + Central Asia + summit (English) + Samarkand",
        first="en_eu_ca_samarkand",
    ),
    Labelled(
        "землетрясение в Афганистане",
        _QUAKE_RU,
        "k2: землетрясение (Russian) with Afghanistan, the Islamic Emirate of Afghanistan and "
        "#Афганистан included",
        first="ru_afghan_quake",
    ),
    Labelled(
        "Afghanistan earthquake",
        _QUAKE_EN,
        "k2: earthquake (English); the one-liner's quake is another word, left unlabelled",
        first="en_afghan_quake",
    ),
    Labelled(
        "переговоры в Стамбуле",
        ("ru_istanbul_talks_pak",),
        "k2: переговоры; the Russia–US консультации in Istanbul are another word",
        first="ru_istanbul_talks_pak",
    ),
    Labelled(
        "Istanbul talks",
        (
            "en_doha_ceasefire_pak",
            "en_istanbul_talks_pak",
            "en_istanbul_consultations",
            "en_istanbul_april",
        ),
        "k2: English talks in Istanbul; the container ship Istanbul Bridge is a namesake",
    ),
    Labelled(
        "Doha ceasefire Pakistan",
        ("en_doha_ceasefire_pak",),
        "k2: ceasefire is English; the Istanbul round has no Doha",
        first="en_doha_ceasefire_pak",
    ),
    Labelled(
        "judicial election Mexico",
        ("en_mexico_judges", "en_mexico_aguilar"),
        "k2: judicial + election (English) + Mexico, Mexicans included; New Mexico is a namesake",
        first="en_mexico_judges",
    ),
    Labelled(
        "выборы в Республике Сербской",
        ("ru_srpska_election", "ru_briefing_nov26"),
        "k2: выборы (Russian) + Republika Srpska",
        first="ru_srpska_election",
    ),
    Labelled(
        "Oreshnik Belarus",
        _ORESHNIK,
        "k2: the missile = «Орешник» with Belarus = Беларусь = Белоруссия; the hazel is not",
    ),
    Labelled(
        "Cuba blackout",
        ("en_cuba_blackout", "en_cuba_oil"),
        "k2: blackout, blackouts (English) + Cuba",
        first="en_cuba_blackout",
    ),
    Labelled(
        "special tribunal Strasbourg",
        ("en_coe_tribunal",),
        "k2: special + tribunal (English) + Strasbourg = Страсбург",
        first="en_coe_tribunal",
    ),
    Labelled(
        "Soyuz Vostochny",
        ("ru_nahid2", "en_nahid2"),
        "k2: Soyuz = «Союз» with the cosmodrome; the Eastern Economic Forum is not Vostochny",
    ),
    Labelled(
        "IAEA Board Vienna",
        ("en_iaea_board", "en_ulyanov_tass"),
        "k2: IAEA + board (English) + Vienna",
        first="en_iaea_board",
    ),
    Labelled(
        "Security Council Western Sahara",
        (
            "en_western_sahara",
            "ru_western_sahara",
            "en_repost_western_sahara",
            "en_oneliner_western_sahara",
        ),
        "k2: the UN Security Council with Western Sahara; Nebenzia's posts do not name the Council",
        first="en_western_sahara",
    ),
    Labelled(
        "референдум в Эквадоре",
        ("ru_ecuador_ref", "ru_briefing_oct15", "ru_briefing_nov26"),
        "k2: референдум (Russian) + Эквадор; the equator (экватор) is not Ecuador",
        first="ru_ecuador_ref",
    ),
    Labelled(
        "Kellogg Minsk",
        ("en_tikhanovsky_freed", "ru_tikhanovsky_freed"),
        "k2: Keith Kellogg = Кит Келлог in Minsk; the Kellogg–Briand Pact is another Kellogg",
    ),
    Labelled(
        "Aliyev Pashinyan Abu Dhabi",
        ("en_abu_dhabi_peace", "ru_abu_dhabi_peace"),
        "k2: two people and the city; the briefings name neither man",
        first="en_abu_dhabi_peace",
    ),
    Labelled(
        "IPC Seoul",
        ("en_ipc_vote", "ru_ipc_vote"),
        "k2: the Paralympic Committee's assembly in Seoul = Сеул",
    ),
    # ----------------------------------------- k3 places in Russian case forms and in English
    Labelled(
        "Мьянмы",
        _MYANMAR,
        "k3: genitive; Мьянма = Myanmar, российско-мьянманские and #Мьянма included",
    ),
    Labelled(
        "Бирма",
        _MYANMAR,
        "k3: Бирма = Burma = Мьянма = Myanmar",
    ),
    Labelled(
        "Афганистане",
        _AFGHANISTAN,
        "k3: Afghanistan, Afghan, афганский, афгано-пакистанский, Trans-Afghan and "
        "Трансафганская included; Kabul alone is a city",
    ),
    Labelled(
        "Пакистану",
        _PAKISTAN,
        "k3: Pakistan, Pakistani, пакистано-афганский, the Pakistan Tehreek-e-Insaf included; "
        "Islamabad alone is a city",
    ),
    Labelled(
        "Кубе",
        _CUBA,
        "k3: Куба = Cuba in any case form; «млрд кубов» are cubic metres",
        absent=("ru_gas_cubic",),
    ),
    Labelled(
        "Венесуэлы",
        _VENEZUELA,
        "k3: Venezuela, Venezuelan, венесуэльский, #Venezuela",
    ),
    Labelled(
        "Мексике",
        _MEXICO,
        "k3: Mexico, Mexicans, Мексика; New Mexico is a US state, and Mexico City alone is a "
        "city (the Reuters march post is left unlabelled)",
        absent=("en_new_mexico",),
    ),
    Labelled(
        "Mexico",
        _MEXICO,
        "k3: the country; New Mexico is a namesake",
        absent=("en_new_mexico",),
    ),
    Labelled(
        "New Mexico",
        ("en_new_mexico",),
        "k3: the US state, not the country",
        absent=_MEXICO,
    ),
    Labelled(
        "Эквадора",
        _ECUADOR,
        "k3: Эквадор = Ecuador, Ecuadoreans; the equator (экватор) is a trap",
        absent=("ru_tryoshnikov",),
    ),
    Labelled(
        "Западная Сахара",
        _WESTERN_SAHARA,
        "k3: Western Sahara, сахарский, Sahrawi; сахар (sugar) is a trap",
        absent=("ru_sugar_prices",),
    ),
    Labelled(
        "Вене",
        _VIENNA,
        "k3: Вена = Vienna in the prepositional; вены (veins) are a trap",
        absent=("ru_vein_doctors",),
    ),
    Labelled(
        "Стамбуле",
        _ISTANBUL,
        "k3: Стамбул = Istanbul; the ship Istanbul Bridge is a namesake",
        absent=_ISTANBUL_BRIDGE,
    ),
    Labelled(
        "Georgia",
        _GEORGIA,
        "k3: Georgia = Грузия, Georgian, грузинский; South Georgia (Южная Георгия) is another "
        "place",
        absent=_SOUTH_GEORGIA,
    ),
    Labelled(
        "South Georgia",
        _SOUTH_GEORGIA,
        "k3: the island = Южная Георгия, not the country",
        absent=_GEORGIA,
    ),
    Labelled(
        "Южной Осетии",
        _S_OSSETIA,
        "k3: South Ossetia; North Ossetia is a Russian region",
        absent=_N_OSSETIA,
    ),
    Labelled(
        "Santiago",
        ("ru_chile_culture", "en_chile_culture"),
        "k3: Chile's capital = Сантьяго; Santiago de Cuba is a namesake",
        absent=("en_cuba_blackout",),
    ),
    Labelled(
        "Судане",
        _SUDAN,
        "k3: Sudan; South Sudan (Южный Судан) is another country",
        absent=_SOUTH_SUDAN,
    ),
    Labelled(
        "South Sudan",
        _SOUTH_SUDAN,
        "k3: Южный Судан, not Sudan",
        absent=_SUDAN,
    ),
    Labelled(
        "Мали",
        ("ru_briefing_oct15",),
        "k3: Mali; Malawi (Малави) shares its first letters",
        absent=_MALAWI,
    ),
    Labelled(
        "Малави",
        _MALAWI,
        "k3: Malawi, not Mali",
        absent=("ru_briefing_oct15",),
    ),
    Labelled(
        "Гагаузии",
        _GUTUL,
        "k3: Gagauzia, Гагаузская автономия included",
    ),
    Labelled(
        "Боснии",
        _BOSNIA,
        "k3: Bosnia, Bosnian, Bosnia-Herzegovina, Босния и Герцеговина",
    ),
    Labelled(
        "Армению",
        _ARMENIA,
        "k3: Armenia, Armenian; Yerevan alone is a city",
    ),
    Labelled(
        "Белоруссии",
        _BELARUS,
        "k3: Белоруссия = Беларусь = Belarus, белорусский, Belarusian",
    ),
    Labelled(
        "Сальвадор",
        ("ru_salvador_bukele",),
        "k3: El Salvador; Salvador Nasralla is a man in Honduras",
        absent=("ru_honduras_election", "en_honduras_election"),
    ),
    Labelled(
        "Якутии",
        ("ru_yakutia_frost",),
        "k3: the region; the icebreaker «Якутия» is a namesake",
        absent=_YAKUTIA_ICEBREAKER,
    ),
    Labelled(
        "станция Прогресс",
        ("ru_tryoshnikov",),
        "k3: the Antarctic station; the cargo ship «Прогресс МС-32» docking with a space "
        "station is not it",
        absent=("ru_progress_ms32",),
    ),
    # ------------------------------------------------------------- k4 topics and common words
    Labelled(
        "выборы",
        _VYBORY,
        "k4: выборах, выборами, выборов in Russian posts; избран is another stem",
    ),
    Labelled(
        "election",
        _ELECTION,
        "k4: election, elections, elected, electoral in English posts; electricity and "
        "thermoelectric are traps",
        absent=_ELECTRIC,
    ),
    Labelled(
        "референдум",
        ("ru_ecuador_ref", "ru_briefing_oct15", "ru_briefing_nov26"),
        "k4: Russian posts only",
    ),
    Labelled(
        "referendum",
        ("en_ecuador_ref", "en_briefing_nov26"),
        "k4: English posts only",
    ),
    Labelled(
        "землетрясение",
        _QUAKE_RU,
        "k4: землетрясения in Russian posts",
        first="ru_afghan_quake",
    ),
    Labelled(
        "earthquake",
        _QUAKE_EN,
        "k4: English earthquake; quake alone is left unlabelled",
        first="en_afghan_quake",
    ),
    Labelled(
        "санкции",
        ("ru_european_council", "ru_vucic_sanctions"),
        "k4: Russian санкции",
    ),
    Labelled(
        "sanctions",
        ("en_european_council", "en_union_state_day", "en_vucic_sanctions"),
        "k4: English sanctions",
    ),
    Labelled(
        "трибунал",
        ("ru_coe_tribunal", "ru_coe_mid", "ru_repost_coe"),
        "k4: трибунала, спецтрибунал",
        first="ru_coe_tribunal",
    ),
    Labelled(
        "tribunal",
        ("en_coe_tribunal", "en_coe_mid", "en_oneliner_coe", "en_briefing_jul30"),
        "k4: English tribunal",
        first="en_coe_tribunal",
    ),
    Labelled(
        "консульство",
        ("ru_cuba_embassy", "ru_venezuela_embassy", "ru_srilanka_visa"),
        "k4: консульский отдел; консультации are talks",
        absent=("ru_istanbul_consultations", "ru_istanbul_april", "ru_briefing_feb27"),
    ),
    Labelled(
        "виза",
        ("ru_georgia_eu_visa", "ru_srilanka_visa", "ru_istanbul_consultations"),
        "k4: визу, виз, безвизовый; визит is a visit",
        absent=("ru_panama_bri", "ru_briefing_oct15"),
    ),
    Labelled(
        "visa",
        ("en_georgia_eu_visa", "en_srilanka_visa"),
        "k4: visa, visa-free; a visit is not a visa",
        absent=(
            "en_tikhanovsky_freed",
            "en_oneliner_tsikhanouski",
            "en_muttaqi_delhi",
            "en_panama_bri",
            "en_oneliner_panama",
        ),
    ),
    Labelled(
        "ледокол",
        ("ru_nsr_container", "ru_yakutia_icebreaker"),
        "k4: ледокол, ледоколы",
        first="ru_yakutia_icebreaker",
    ),
    Labelled(
        "fertiliser",
        ("en_srilanka_fertiliser",),
        "k4: the British spelling finds fertilizer",
    ),
    Labelled(
        "удобрения",
        ("ru_srilanka_fertiliser",),
        "k4: удобрений",
    ),
    Labelled(
        "blackout",
        ("en_cuba_blackout", "en_cuba_oil"),
        "k4: blackout, blackouts",
        first="en_cuba_blackout",
    ),
    Labelled(
        "приговор",
        _PRIGOVOR,
        "k4: приговор, приговором, приговорил, приговорен",
    ),
    Labelled(
        "verdict",
        ("en_dodik_verdict", "en_gutul_sentence", "en_briefing_feb27"),
        "k4: English verdict; sentenced is another word",
    ),
    Labelled(
        "protests",
        ("en_georgia_eu_visa", "en_mexico_genz", "en_consular_mexico"),
        "k4: protest, protesters in English posts",
    ),
    Labelled(
        "прекращение огня",
        ("ru_doha_ceasefire_pak", "ru_istanbul_talks_pak"),
        "k4: прекращении огня, прекращения огня",
        first="ru_doha_ceasefire_pak",
    ),
    Labelled(
        "резолюция",
        (
            "ru_ulyanov_board",
            "ru_oneliner_ulyanov",
            "ru_unga_ukraine",
            "ru_nebenzia_2774",
            "ru_western_sahara",
            "ru_nebenzia_sahara",
            "ru_briefing_nov26",
        ),
        "k4: резолюцию, резолюции in Russian posts",
    ),
    Labelled(
        "resolution",
        (
            "en_iaea_board",
            "en_ulyanov_tass",
            "en_unga_ukraine",
            "en_nebenzia_2774",
            "en_western_sahara",
            "en_nebenzia_sahara",
            "en_briefing_nov26",
        ),
        "k4: English resolution",
    ),
    Labelled(
        "евро",
        ("ru_bulgaria_euro", "ru_oneliner_bulgaria", "ru_eu_ca_samarkand", "ru_briefing_jan14"),
        "k4: the currency, еврозона included; Евросоюз, евротройка, евродипломатия and "
        "европейский are other words",
        first="ru_bulgaria_euro",
        absent=(
            "ru_coe_mid",
            "ru_georgia_eu_visa",
            "ru_ulyanov_board",
            "ru_overchuk_armenia",
            "ru_armenia_eu_law",
        ),
    ),
    Labelled(
        "euro",
        ("en_bulgaria_euro", "en_eu_ca_samarkand", "en_briefing_jan14"),
        "k4: the currency, 12-billion-euro included; European is another word",
        first="en_bulgaria_euro",
        absent=("en_european_council", "en_armenia_eu_law"),
    ),
    Labelled(
        "помилование",
        ("ru_tikhanovsky_freed", "ru_oneliner_honduras", "ru_briefing_jan14"),
        "k4: помиловал in Minsk and by Trump",
    ),
    Labelled(
        "переговоры",
        (
            "ru_tikhanovsky_freed",
            "ru_doha_ceasefire_pak",
            "ru_istanbul_talks_pak",
            "ru_muttaqi_delhi",
            "ru_mah_kremlin",
            "ru_abkhazia_power",
            "ru_abu_dhabi_peace",
            "ru_western_sahara",
        ),
        "k4: переговоров; консультации and встреча are other words",
    ),
    # --------------------------------- k5 people, declined surnames, transliteration variants
    Labelled(
        "Додик",
        _DODIK,
        "k5: Milorad Dodik = Милорад Додик = М.Додик",
    ),
    Labelled(
        "Додику",
        _DODIK,
        "k5: dative finds Додика, Додиком, Dodik's",
    ),
    Labelled(
        "Min Aung Hlaing",
        _MIN_AUNG_HLAING,
        "k5: Мин Аун Хлайн, Хлайном",
    ),
    Labelled(
        "Мин Аун Хлайн",
        _MIN_AUNG_HLAING,
        "k5: Min Aung Hlaing in both scripts",
    ),
    Labelled(
        "Муттаки",
        _MUTTAQI,
        "k5: Amir Khan Muttaqi = Амир Хан Муттаки = А.Х.Муттаки",
    ),
    Labelled(
        "Amir Khan Muttaqi",
        _MUTTAQI,
        "k5: the Afghan minister; Imran Khan is another Khan",
        absent=("en_imran_khan",),
    ),
    Labelled(
        "Imran Khan",
        ("en_imran_khan",),
        "k5: Pakistan's jailed former prime minister, not Amir Khan Muttaqi",
        absent=("en_muttaqi_delhi", "ru_muttaqi_delhi"),
    ),
    Labelled(
        "Асим Мунир",
        _MUNIR,
        "k5: Asim Munir, Асима Мунира",
    ),
    Labelled(
        "Гуцул",
        _GUTUL,
        "k5: Евгения Гуцул = Evghenia Gutul = Е.А.Гуцул",
    ),
    Labelled(
        "Gutsul",
        _GUTUL,
        "k5: another transliteration of Гуцул = Gutul",
    ),
    Labelled(
        "Ален Берсе",
        ("en_coe_tribunal", "ru_coe_tribunal"),
        "k5: Alain Berset",
    ),
    Labelled(
        "Aboul Gheit",
        ("ru_arab_league_cairo", "en_arab_league_cairo"),
        "k5: Ахмед Абуль Гейт",
    ),
    Labelled(
        "Ульянов",
        _ULYANOV,
        "k5: the bare surname is the envoy Mikhail Ulyanov here; Lenin's post is left unlabelled",
    ),
    Labelled(
        "Михаил Ульянов",
        _ULYANOV,
        "k5: М.И.Ульянов = Mikhail Ulyanov, not Vladimir Ulyanov (Lenin)",
        absent=("ru_lenin_museum",),
    ),
    Labelled(
        "Кристиан Шмидт",
        _SCHMIDT,
        "k5: Christian Schmidt = К.Шмидт; Helmut Schmidt is another man",
        absent=("en_helsinki1975",),
    ),
    Labelled(
        "Helmut Schmidt",
        ("en_helsinki1975",),
        "k5: the West German chancellor, not the envoy in Bosnia",
        absent=_SCHMIDT,
    ),
    Labelled(
        "Делси Родригес",
        ("en_delcy_acting", "ru_delcy"),
        "k5: Delcy Rodríguez; Cuba's Bruno Rodríguez is another Rodríguez",
        absent=("en_cuba_blackout",),
    ),
    Labelled(
        "Мадуро",
        _MADURO,
        "k5: Nicolás Maduro = Nicolas Maduro = Н.Мадуро, every year",
    ),
    Labelled(
        "Тихановский",
        _TSIKHANOUSKI,
        "k5: Сергей Тихановский = Siarhei Tsikhanouski",
    ),
    Labelled(
        "Keith Kellogg",
        _TSIKHANOUSKI,
        "k5: Кит Келлог, Kellogg alone in the one-liner; the Kellogg–Briand Pact is not him",
        absent=("en_kellogg_briand",),
    ),
    Labelled(
        "Гаглоев",
        ("ru_gagloev_kremlin", "en_gagloev_kremlin"),
        "k5: Алан Гаглоев = Alan Gagloyev",
    ),
    Labelled(
        "Pashinyan",
        ("en_armenia_eu_law", "en_abu_dhabi_peace", "ru_abu_dhabi_peace"),
        "k5: Pashinyan = Pashinian = Пашинян",
    ),
    Labelled(
        "Хаваджа Асиф",
        ("en_doha_ceasefire_pak", "ru_doha_ceasefire_pak", "ru_istanbul_talks_pak"),
        "k5: Khawaja Asif",
    ),
    Labelled(
        "Мачар",
        _MACHAR,
        "k5: Riek Machar = Риек Мачар",
    ),
    Labelled(
        "Таксин Чиннават",
        ("ru_thaksin",),
        "k5: Thaksin, not his daughter Paetongtarn",
        absent=("en_paetongtarn", "ru_paetongtarn"),
    ),
    Labelled(
        "Paetongtarn Shinawatra",
        ("en_paetongtarn", "ru_paetongtarn"),
        "k5: Пэтхонгтхан Чиннават, not her father Thaksin",
        absent=("ru_thaksin",),
    ),
    Labelled(
        "Небензя",
        _NEBENZIA,
        "k5: В.А.Небензя = Vassily Nebenzia, Небензи",
    ),
    Labelled(
        "Олиги Нгема",
        _OLIGUI,
        "k5: Brice Clotaire Oligui Nguema",
    ),
    # ---------------------------------------------------------------------- k6 quoted phrases
    Labelled(
        '"Final Act"',
        ("en_helsinki50_ap", "en_helsinki1975", "en_briefing_jul30"),
        "k6: the Helsinki document; a ballet's final act is the same two words in another sense",
        absent=("en_bolshoi_final_act",),
    ),
    Labelled(
        "«Заключительный акт»",
        ("ru_helsinki50_mid", "ru_briefing_jul30"),
        "k6: «Заключительного акта» inflected; «акт вооруженной агрессии» has акт alone",
        absent=("ru_mid_venezuela",),
    ),
    Labelled(
        '"Special Tribunal"',
        ("en_coe_tribunal", "en_coe_mid", "en_oneliner_coe", "en_briefing_jul30"),
        "k6: the two words together in English posts",
    ),
    Labelled(
        "«Союзное государство»",
        ("ru_oreshnik_belarus", "ru_repost_oreshnik", "ru_union_state_day"),
        "k6: «Союзного государства», «Союзному государству»; «Союза независимых "
        "социал-демократов» has another союз",
        absent=("ru_srpska_election",),
    ),
    Labelled(
        '"Abraham Accords"',
        ("en_c5_washington", "en_kazakhstan_abraham"),
        "k6: the English phrase",
    ),
    Labelled(
        "«Авраамовы соглашения»",
        ("ru_c5_washington", "ru_oneliner_abraham"),
        "k6: «Авраамовым соглашениям» inflected",
    ),
    Labelled(
        '"Northern Sea Route"',
        ("en_nsr_istanbul_bridge", "en_nsr_cargo", "en_yakutia_icebreaker", "en_briefing_oct15"),
        "k6: the English phrase",
    ),
    Labelled(
        "«Северный морской путь»",
        ("ru_nsr_container", "ru_nsr_cargo", "ru_yakutia_icebreaker", "ru_briefing_oct15"),
        "k6: «по Северному морскому пути» inflected; the one word Севморпуть is not the phrase",
    ),
    Labelled(
        '"Belt and Road"',
        ("en_panama_bri", "en_oneliner_panama"),
        "k6: the English phrase",
    ),
    Labelled(
        "«Пояс и путь»",
        ("ru_panama_bri",),
        "k6: the Russian phrase",
    ),
    Labelled(
        '"Board of Governors"',
        ("en_iaea_board", "en_ulyanov_tass", "en_briefing_nov26"),
        "k6: the English phrase",
    ),
    Labelled(
        '"New York Declaration"',
        ("en_unga_ny_declaration",),
        "k6: the English phrase",
    ),
    Labelled(
        "«Нью-Йоркская декларация»",
        ("ru_unga_ny_declaration",),
        "k6: «Нью-Йоркскую декларацию» inflected",
    ),
    Labelled(
        '"power grid"',
        ("en_cuba_blackout",),
        "k6: the English phrase",
    ),
    Labelled(
        '"critical minerals"',
        ("en_c5_washington",),
        "k6: the English phrase",
    ),
    Labelled(
        "«военные базы»",
        ("ru_ecuador_ref", "ru_briefing_nov26"),
        "k6: «иностранных военных баз» inflected",
    ),
    Labelled(
        '"house arrest"',
        ("en_machar_arrest",),
        "k6: the English phrase",
    ),
    Labelled(
        "«домашний арест»",
        ("ru_machar_arrest", "ru_oneliner_machar"),
        "k6: «под домашним арестом» inflected",
    ),
    Labelled(
        '"Generation Z"',
        ("en_mexico_genz",),
        "k6: the English phrase",
    ),
    Labelled(
        "«поколение Z»",
        ("ru_mexico_genz",),
        "k6: «марше поколения Z» inflected",
    ),
    Labelled(
        '"mutual defense"',
        ("en_saudi_pak_pact",),
        "k6: the American spelling finds mutual defence",
    ),
    Labelled(
        '"space debris"',
        ("en_shenzhou20",),
        "k6: the English phrase",
    ),
    Labelled(
        "«космический мусор»",
        ("ru_shenzhou20",),
        "k6: «космическим мусором» inflected",
    ),
    Labelled(
        '"Russian Antarctic Expedition"',
        ("en_vostok_station", "en_tryoshnikov"),
        "k6: the English phrase, 70th and 71st",
    ),
    # -------------------------------------------------------- k7 a word excluded with a minus
    Labelled(
        "Пакистан -Афганистан",
        (
            "en_saudi_pak_pact",
            "ru_saudi_pak_pact",
            "en_munir_field_marshal",
            "en_imran_khan",
            "en_pakistan_floods",
            "ru_pakistan_floods",
            "en_western_sahara",
            "ru_western_sahara",
        ),
        "k7: a place removes the posts naming it in either language, Afghan and Trans-Afghan "
        "included",
        absent=_PAK_AFGHAN,
    ),
    Labelled(
        "Dodik -Putin",
        tuple(key for key in _DODIK if key not in ("ru_dodik_putin", "en_dodik_putin")),
        "k7: the Kremlin meeting is removed",
        absent=("ru_dodik_putin", "en_dodik_putin"),
    ),
    Labelled(
        "Maduro -Trump",
        (
            "ru_mid_venezuela",
            "en_repost_maduro",
            "en_delcy_acting",
            "ru_delcy",
            "en_maduro_2025",
            "ru_briefing_jan14",
            "en_briefing_jan14",
        ),
        "k7: posts naming Trump = Трамп removed",
        absent=("en_maduro_captured", "ru_maduro_captured", "en_oneliner_maduro"),
    ),
    Labelled(
        "Стамбул -Пакистан",
        (
            "ru_istanbul_consultations",
            "en_istanbul_consultations",
            "ru_istanbul_april",
            "en_istanbul_april",
            "ru_briefing_feb27",
            "en_briefing_feb27",
        ),
        "k7: the Russia–US consultations stay; the Pakistan–Afghanistan rounds go",
        absent=(
            "en_doha_ceasefire_pak",
            "en_istanbul_talks_pak",
            "ru_istanbul_talks_pak",
            *_ISTANBUL_BRIDGE,
        ),
    ),
    Labelled(
        "выборы -Гондурас",
        tuple(key for key in _VYBORY if key not in ("ru_honduras_election", "ru_briefing_jan14")),
        "k7: Russian выборы without Honduras",
        absent=("ru_honduras_election", "ru_briefing_jan14"),
    ),
    Labelled(
        "election -Honduras",
        _ELECTION_NOT_HONDURAS,
        "k7: English election without Honduras, Honduran included",
        absent=(*_ELECTION_HONDURAS, *_ELECTRIC),
    ),
    Labelled(
        "Venezuela -Maduro",
        ("ru_venezuela_embassy", "en_essequibo", "ru_essequibo"),
        "k7: the embassy notice and Essequibo stay",
        absent=tuple(key for key in _MADURO if key != "en_oneliner_maduro"),
    ),
    Labelled(
        "Belarus -Oreshnik",
        tuple(key for key in _BELARUS if key not in _ORESHNIK),
        "k7: the missile = «Орешник» removed in both scripts",
        absent=_ORESHNIK,
    ),
    Labelled(
        "санкции -Сербия",
        ("ru_european_council",),
        "k7: Serbia removed",
        absent=("ru_vucic_sanctions",),
    ),
    Labelled(
        "sanctions -Serbia",
        ("en_european_council", "en_union_state_day"),
        "k7: Serbia removed",
        absent=("en_vucic_sanctions",),
    ),
    Labelled(
        "Central Asia -China",
        tuple(
            key for key in _CENTRAL_ASIA if key not in ("en_china_ca_astana", "ru_china_ca_astana")
        ),
        "k7: China = Китай, Chinese removed",
        absent=("en_china_ca_astana", "ru_china_ca_astana"),
    ),
    Labelled(
        "Афганистан -землетрясение",
        tuple(key for key in _AFGHANISTAN if key not in _QUAKE_RU),
        "k7: Russian землетрясение removes Russian posts only; the English earthquake posts stay",
        absent=_QUAKE_RU,
    ),
    Labelled(
        "Council of Europe -Zakharova",
        ("en_coe_tribunal", "ru_coe_tribunal", "en_oneliner_coe", "ru_repost_coe"),
        "k7: posts naming Zakharova = Захарова removed",
        absent=("ru_coe_mid", "en_coe_mid", "en_briefing_jul30", *_EUCO),
    ),
    Labelled(
        "ОБСЕ -Хельсинки",
        ("en_osce_sinirlioglu",),
        "k7: Helsinki = Хельсинкский removed; only the Vienna report is left",
        absent=(*(key for key in _OSCE if key != "en_osce_sinirlioglu"), "en_helsinki1975"),
    ),
    Labelled(
        "IAEA -Ulyanov",
        ("en_iaea_board", "ru_briefing_nov26", "en_briefing_nov26"),
        "k7: Ulyanov = Ульянов removed",
        absent=_ULYANOV,
    ),
    Labelled(
        "Мексика -выборы",
        (
            "en_mexico_judges",
            "ru_oneliner_mexico",
            "en_mexico_aguilar",
            "ru_mexico_genz",
            "en_consular_mexico",
        ),
        "k7: Russian выборы removes the RIA post only; English election posts stay",
        absent=("ru_mexico_judges", "en_new_mexico"),
    ),
    Labelled(
        "Mexico City -protests",
        ("en_mexico_judges", "ru_mexico_judges", "en_mexico_aguilar", "ru_mexico_genz"),
        "k7: English protests removes English posts only; «протестуя» stays",
        absent=("en_mexico_genz", "en_consular_mexico"),
    ),
    Labelled(
        "Гагаузия -Захарова",
        ("en_gutul_sentence", "ru_gutsul_sentence", "en_oneliner_gutul"),
        "k7: the MID comment removed",
        absent=("ru_gutsul_mid",),
    ),
    Labelled(
        "Georgia -EU",
        ("en_tskhinvali",),
        "k7: EU = ЕС = European Union removed; South Georgia is not Georgia at all",
        absent=("en_georgia_eu_visa", "ru_georgia_eu_visa", *_SOUTH_GEORGIA),
    ),
    Labelled(
        "Росатом -Мьянма",
        (
            "ru_nsr_container",
            "ru_nsr_cargo",
            "en_nsr_cargo",
            "ru_yakutia_icebreaker",
            "en_yakutia_icebreaker",
        ),
        "k7: Myanmar removed in both languages",
        absent=("ru_rosatom_myanmar", "en_myanmar_rosatom"),
    ),
    Labelled(
        "Шэньчжоу -мусор",
        ("en_shenzhou20", "en_oneliner_shenzhou", "en_shenzhou22"),
        "k7: Russian мусор removes the RIA post only; English debris stays; Shenzhen is not "
        "Shenzhou",
        absent=("ru_shenzhou20", *_SHENZHEN),
    ),
    Labelled(
        "Армения -Евросоюз",
        ("en_abu_dhabi_peace", "ru_abu_dhabi_peace", "en_briefing_jul30"),
        "k7: Евросоюз = EU = European Union removed; the Council of Europe is not the EU",
        absent=_ARMENIA_EU,
    ),
    Labelled(
        "Захарова -брифинг",
        (*_ZAKHAROVA_NOT_BRIEFING, *_BRIEFING_EN),
        "k7: Russian брифинг removes Russian briefings only; English briefings stay",
        absent=_BRIEFING_RU,
    ),
    Labelled(
        "IPC -Belarus",
        ("ru_ipc_degtyarev", "en_ipc_degtyarev", "ru_oneliner_ipc", "en_repost_ipc"),
        "k7: Belarus = Белоруссия removed; the famine IPC is another body",
        absent=("en_ipc_vote", "ru_ipc_vote", "en_ipc_famine"),
    ),
    Labelled(
        "Kabul -Taliban",
        (
            "ru_mchs_afghan",
            "en_mchs_afghan",
            "ru_kabul_embassy",
            "ru_mid_pak_afghan",
            "en_mid_pak_afghan",
            "ru_muttaqi_delhi",
            "en_transafghan_rail",
            "ru_transafghan_rail",
            "en_briefing_oct15",
        ),
        "k7: Taliban = талибы removed in both languages",
        absent=(
            "ru_afghan_quake",
            "en_afghan_toll",
            "en_pak_afghan_clashes",
            "ru_pak_afghan_clashes",
            "en_muttaqi_delhi",
        ),
    ),
    Labelled(
        "Western Sahara -Nebenzia",
        (
            "en_western_sahara",
            "ru_western_sahara",
            "en_repost_western_sahara",
            "en_oneliner_western_sahara",
        ),
        "k7: Nebenzia = Небензя removed",
        absent=("ru_nebenzia_sahara", "en_nebenzia_sahara", "ru_sugar_prices"),
    ),
    # --------------------------------- k8 dates in words and figures, with and without a year
    Labelled(
        "4 марта",
        ("ru_arab_league_cairo", "en_arab_league_egypt", "ru_arab_league_mid", "en_mah_moscow"),
        "k8: «4 марта», 4 March, March 4; «4 апр» is a near miss",
        absent=("ru_eu_ca_samarkand",),
    ),
    Labelled(
        "2 апреля",
        ("ru_union_state_day", "en_union_state_day"),
        "k8: 2 April; Dodik's 1 April is a near miss",
        absent=("ru_dodik_putin",),
    ),
    Labelled(
        "1 апреля",
        ("ru_dodik_putin",),
        "k8: 1 April; 2 April is a near miss",
        absent=("ru_union_state_day", "en_union_state_day"),
    ),
    Labelled(
        "1 августа",
        ("ru_helsinki50_mid", "en_helsinki1975", "en_osce_sinirlioglu", "ru_salvador_bukele"),
        "k8: without a year both 1975 and 2025 count, «1 авг» and Aug 1 included; 31 July is a "
        "near miss",
        absent=("en_helsinki50_ap", "ru_osce_sinirlioglu"),
    ),
    Labelled(
        "1 августа 1975",
        ("ru_helsinki50_mid", "en_helsinki1975"),
        "k8: the signing day; the 2025 posts of 1 August are the other year",
        absent=("en_osce_sinirlioglu", "ru_salvador_bukele"),
    ),
    Labelled(
        "August 1, 2025",
        ("en_osce_sinirlioglu", "ru_salvador_bukele"),
        "k8: the typed year excludes 1 August 1975",
        absent=("ru_helsinki50_mid", "en_helsinki1975"),
    ),
    Labelled(
        "31 июля",
        ("ru_helsinki50_mid", "en_helsinki50_ap", "ru_osce_sinirlioglu"),
        "k8: July 31; the briefing of 30 July is a near miss",
        absent=("ru_briefing_jul30", "en_briefing_jul30"),
    ),
    Labelled(
        "17 июня",
        ("en_china_ca_astana", "ru_china_ca_astana"),
        "k8: June 17; 17 July and 17 September are near misses",
        absent=(
            "en_transafghan_rail",
            "ru_transafghan_rail",
            "en_saudi_pak_pact",
            "ru_saudi_pak_pact",
        ),
    ),
    Labelled(
        "Sept 17",
        ("en_saudi_pak_pact", "ru_saudi_pak_pact"),
        "k8: «17 сентября»; the 17th of June and July are near misses",
        absent=(
            "en_china_ca_astana",
            "ru_china_ca_astana",
            "en_transafghan_rail",
            "ru_transafghan_rail",
        ),
    ),
    Labelled(
        "17.07",
        ("en_transafghan_rail", "ru_transafghan_rail"),
        "k8: day and month in figures; 17 June and 17 January are near misses",
        absent=(
            "en_china_ca_astana",
            "ru_china_ca_astana",
            "ru_vostok_station",
            "en_vostok_station",
        ),
    ),
    Labelled(
        "30 ноября",
        (
            "ru_honduras_election",
            "en_honduras_election",
            "en_kyrgyz_election",
            "ru_kyrgyz_election",
        ),
        "k8: two elections of Nov. 30",
    ),
    Labelled(
        "1 декабря",
        ("en_kyrgyz_election", "ru_kyrgyz_election"),
        "k8: Dec 1; 2 December is a near miss",
        absent=("ru_honduras_election", "en_joh_pardon"),
    ),
    Labelled(
        "23 ноября",
        ("en_srpska_election", "ru_srpska_election", "ru_briefing_nov26"),
        "k8: Nov. 23; the Shenzhou-22 launch of Nov. 25 is a near miss",
        absent=("en_shenzhou22",),
    ),
    Labelled(
        "20 ноября",
        ("en_yakutia_icebreaker", "ru_ulyanov_board", "en_iaea_board", "ru_briefing_nov26"),
        "k8: November 20, Nov 20; TASS's November 21 is a near miss",
        absent=("en_ulyanov_tass",),
    ),
    Labelled(
        "26 августа 2008",
        ("ru_gagloev_kremlin", "en_tskhinvali"),
        "k8: the recognition day; 20 August is a near miss",
    ),
    Labelled(
        "3 января 2026",
        ("en_maduro_captured", "ru_maduro_captured"),
        "k8: the capture, a 2026 story; the 2025 inauguration and 6 January are misses",
        absent=("en_maduro_2025", "ru_delcy"),
    ),
    Labelled(
        "1 января 2026",
        ("en_bulgaria_euro", "ru_bulgaria_euro"),
        "k8: Bulgaria's euro day; the briefings of 14 January 2026 are near misses",
        absent=("ru_briefing_jan14", "en_briefing_jan14"),
    ),
    Labelled(
        "12.10",
        ("en_pak_afghan_clashes", "ru_pak_afghan_clashes"),
        "k8: 12 October in figures; 10 October is a near miss",
        absent=("en_muttaqi_delhi", "ru_muttaqi_delhi"),
    ),
    Labelled(
        "Oct 10",
        ("en_muttaqi_delhi", "ru_muttaqi_delhi"),
        "k8: «10 октября»; 9 October is a near miss",
        absent=("ru_vucic_sanctions", "en_vucic_sanctions"),
    ),
    Labelled(
        "9 октября",
        ("ru_vucic_sanctions", "en_vucic_sanctions"),
        "k8: Oct 9; 10 October is a near miss",
        absent=("en_muttaqi_delhi", "ru_muttaqi_delhi"),
    ),
    Labelled(
        "16 ноября",
        ("ru_mexico_genz", "ru_ecuador_ref"),
        "k8: the march dateline and the referendum day; 15 and 17 November are near misses",
        absent=("en_mexico_genz", "en_consular_mexico", "en_ecuador_ref"),
    ),
    Labelled(
        "15 ноября",
        ("en_mexico_genz", "en_consular_mexico"),
        "k8: Nov 15, November 15; TASS's 16 November is a near miss",
        absent=("ru_mexico_genz",),
    ),
    Labelled(
        "двадцать седьмого февраля",
        (
            "ru_istanbul_consultations",
            "en_istanbul_consultations",
            "ru_briefing_feb27",
            "en_briefing_feb27",
        ),
        "k8: a day in words; the Dodik verdict of 26 February is a near miss",
        absent=("en_dodik_verdict", "ru_dodik_verdict"),
    ),
    Labelled(
        "1 июня",
        ("en_mexico_judges", "ru_mexico_judges"),
        "k8: June 1; the Security Council vote of 3 June is a near miss",
        absent=("ru_unsc_elections",),
    ),
    Labelled(
        "12 апреля",
        ("en_gabon_election", "ru_gabon_election"),
        "k8: April 12; the Istanbul round of 10 April is a near miss",
        absent=("ru_istanbul_april", "en_istanbul_april"),
    ),
    Labelled(
        "September 10",
        ("en_cuba_blackout", "ru_cuba_blackout"),
        "k8: Sept. 10, «10 сентября»; the 11th and 12th are near misses",
        absent=("en_progress_ms32", "ru_unga_ny_declaration"),
    ),
    Labelled(
        "24 февраля 2025",
        ("ru_unga_ukraine", "ru_briefing_feb27", "en_briefing_feb27"),
        "k8: the vote day written in the text; 26 February is a near miss",
    ),
    # ------------------------------------------------------ k9 hashtags and lower-case typing
    Labelled(
        "#СоветЕвропы",
        _COE,
        "k9: a hashtag means its words, Совет Европы = Council of Europe",
        absent=_EUCO,
    ),
    Labelled(
        "#Афганистан",
        _AFGHANISTAN,
        "k9: the country in both languages",
    ),
    Labelled(
        "#ЛАГ",
        _ARAB_LEAGUE,
        "k9: ЛАГ = Arab League",
    ),
    Labelled(
        "#Севморпуть",
        _NSR,
        "k9: Севморпуть = Северный морской путь = Northern Sea Route",
    ),
    Labelled(
        "#Росатом",
        _ROSATOM,
        "k9: Rosatom in both scripts",
    ),
    Labelled(
        "#Мьянма",
        _MYANMAR,
        "k9: Myanmar = Burma",
    ),
    Labelled(
        "#Venezuela",
        _VENEZUELA,
        "k9: Venezuela in both scripts",
    ),
    Labelled(
        "#брифинг",
        _BRIEFING_RU,
        "k9: Russian брифинг in any form; English briefings are not typed",
    ),
    Labelled(
        "#Zakharova",
        _ZAKHAROVA,
        "k9: Maria Zakharova = М.В.Захарова",
    ),
    Labelled(
        "#МКС",
        ("en_progress_ms32", "ru_progress_ms32"),
        "k9: МКС = ISS = International Space Station",
    ),
    Labelled(
        "#UNSC",
        _UNSC,
        "k9: UNSC = СБ ООН = UN Security Council",
    ),
    Labelled(
        "#Восточный",
        _VOSTOCHNY,
        "k9: the cosmodrome = Vostochny; the Eastern Economic Forum and eastern provinces are "
        "the common adjective",
        absent=("ru_eef_plenary", "ru_afghan_condolences"),
    ),
    Labelled(
        "#Gaza",
        _GAZA,
        "k9: Gaza = сектор Газа; Gaza City, a city, is left unlabelled",
    ),
    Labelled(
        "обсе",
        _OSCE,
        "k9: an abbreviation in small letters",
        absent=("en_helsinki1975",),
    ),
    Labelled(
        "додик",
        _DODIK,
        "k9: a surname in small letters",
    ),
    Labelled(
        "кабул",
        _KABUL,
        "k9: Кабул = Kabul in small letters",
    ),
    Labelled(
        "iaea",
        _IAEA,
        "k9: IAEA = МАГАТЭ in small letters",
    ),
    Labelled(
        "unesco",
        _NICARAGUA,
        "k9: UNESCO = ЮНЕСКО in small letters",
    ),
    Labelled(
        "орешник",
        _ORESHNIK,
        "k9: small letters still mean the missile here; the hazel bush (урожай орешника) is the "
        "common noun",
        absent=("ru_hazel_harvest",),
    ),
    Labelled(
        "минурсо",
        ("ru_western_sahara", "en_repost_western_sahara"),
        "k9: МИНУРСО = MINURSO in small letters",
    ),
    Labelled(
        "гагаузия",
        _GUTUL,
        "k9: a region in small letters",
    ),
    Labelled(
        "shenzhou",
        _SHENZHOU,
        "k9: Shenzhou = Шэньчжоу; Shenzhen (Шэньчжэнь) is a city",
        absent=_SHENZHEN,
    ),
    Labelled(
        "вена",
        _VIENNA,
        "k9: the city typed in small letters; вены (veins) are the common noun",
        absent=("ru_vein_doctors",),
    ),
    Labelled(
        "эквадор",
        _ECUADOR,
        "k9: small letters; экватор is a trap",
        absent=("ru_tryoshnikov",),
    ),
    Labelled(
        "c5+1",
        _C5,
        "k9: the format in small Latin letters",
    ),
    Labelled(
        "талибы",
        _TALIBAN,
        "k9: талибов, Taliban",
    ),
    # -------------------------------------------------------- k10 typos of one or two letters
    Labelled(
        "Мин Аун Хлаин",
        _MIN_AUNG_HLAING,
        "k10: и for й in Хлайн",
    ),
    Labelled(
        "Min Aung Hliang",
        _MIN_AUNG_HLAING,
        "k10: two letters swapped in Hlaing",
    ),
    Labelled(
        "Мутаки",
        _MUTTAQI,
        "k10: т missing from Муттаки",
    ),
    Labelled(
        "Muttaqui",
        _MUTTAQI,
        "k10: an extra u in Muttaqi",
    ),
    Labelled(
        "Dodic",
        _DODIK,
        "k10: c for k in Dodik",
    ),
    Labelled(
        "Синирлиогу",
        ("ru_osce_sinirlioglu", "en_osce_sinirlioglu"),
        "k10: л missing from Синирлиоглу",
    ),
    Labelled(
        "Gutull",
        _GUTUL,
        "k10: an extra l in Gutul",
    ),
    Labelled(
        "Абуль Гейд",
        ("ru_arab_league_cairo", "en_arab_league_cairo"),
        "k10: д for т in Гейт",
    ),
    Labelled(
        "Хреннин",
        ("ru_oreshnik_belarus", "en_oreshnik_belarus", "ru_oneliner_oreshnik"),
        "k10: an extra н in Хренин",
    ),
    Labelled(
        "Oreshnick",
        _ORESHNIK,
        "k10: ck for k; the hazel is not the missile",
        absent=("ru_hazel_harvest",),
    ),
    Labelled(
        "Тихоновский",
        _TSIKHANOUSKI,
        "k10: о for а in Тихановский",
    ),
    Labelled(
        "Tsikhanousky",
        _TSIKHANOUSKI,
        "k10: two letters swapped in Tsikhanouski",
    ),
    Labelled(
        "Kelog",
        _TSIKHANOUSKI,
        "k10: two letters missing; the bare surname is Keith Kellogg, the Pact's post is left "
        "unlabelled",
    ),
    Labelled(
        "Essequbo",
        ("en_essequibo", "ru_essequibo"),
        "k10: i missing from Essequibo = Эссекибо",
    ),
    Labelled(
        "Мачарр",
        _MACHAR,
        "k10: an extra р",
    ),
    Labelled(
        "Oligui Ngema",
        _OLIGUI,
        "k10: u missing from Nguema",
    ),
    Labelled(
        "Paetongtarm",
        ("en_paetongtarn", "ru_paetongtarn"),
        "k10: m for n",
    ),
    Labelled(
        "Mutharica",
        _MALAWI,
        "k10: c for k in Mutharika = Мутарика",
    ),
    Labelled(
        "Шэнчжоу",
        _SHENZHOU,
        "k10: ь missing from Шэньчжоу; Shenzhen is another place",
        absent=_SHENZHEN,
    ),
    Labelled(
        "Samarkant",
        _SAMARKAND,
        "k10: t for d in Samarkand = Самарканд",
    ),
    Labelled(
        "Гоглоев",
        ("ru_gagloev_kremlin", "en_gagloev_kremlin"),
        "k10: о for а in Гаглоев",
    ),
    Labelled(
        "Bessnet",
        _ARGENTINA,
        "k10: two letters swapped in Bessent = Бессент",
    ),
    Labelled(
        "Шейнбаун",
        ("en_mexico_judges", "ru_mexico_judges", "en_mexico_genz"),
        "k10: н for м in Шейнбаум = Sheinbaum",
    ),
    Labelled(
        "Нибензя",
        _NEBENZIA,
        "k10: и for е in Небензя",
    ),
    # --------------------------------------------- k11 е typed for ё and mixed-script queries
    Labelled(
        "Дегтярев",
        ("ru_ipc_degtyarev", "en_ipc_degtyarev"),
        "k11: е for ё in Дегтярёв = Degtyarev",
    ),
    Labelled(
        "Лихачев",
        ("ru_rosatom_myanmar", "en_myanmar_rosatom"),
        "k11: е for ё in Лихачёв = Likhachev",
    ),
    Labelled(
        "Кишинев",
        ("en_gutul_sentence", "ru_gutsul_sentence", "ru_gutsul_mid"),
        "k11: Кишинев and Кишинёв alike = Chisinau",
    ),
    Labelled(
        "Мирзиеев",
        ("ru_c5_washington", "ru_eu_ca_samarkand"),
        "k11: е for ё in Мирзиёев",
    ),
    Labelled(
        "Академик Трешников",
        ("ru_tryoshnikov", "en_tryoshnikov"),
        "k11: е for ё; Akademik Tryoshnikov",
    ),
    Labelled(
        "вооруженными столкновениями",
        ("ru_kabul_embassy",),
        "k11: е for ё in вооружёнными; the Mexico City clashes are not armed",
        first="ru_kabul_embassy",
    ),
    Labelled(
        "приговорен",
        _PRIGOVOR,
        "k11: е for ё in приговорён, any form of приговор",
    ),
    Labelled(
        "самолет МЧС",
        ("ru_repost_afghan", "ru_mchs_afghan"),
        "k11: самолет and самолёт alike; the English plane is not typed",
    ),
    Labelled(
        "саммит C5+1",
        ("ru_c5_washington", "ru_briefing_nov26"),
        "k11: Russian саммит with C5+1 in Latin letters",
    ),
    Labelled(
        "Istanbul Bridge Севморпуть",
        _ISTANBUL_BRIDGE,
        "k11: the ship's Latin name with Севморпуть = Northern Sea Route",
    ),
    Labelled(
        "МАГАТЭ Vienna",
        ("ru_ulyanov_board", "en_iaea_board", "en_ulyanov_tass"),
        "k11: МАГАТЭ = IAEA with Vienna = Вена",
    ),
    Labelled(
        "Dodik Республика Сербская",
        (
            "ru_dodik_verdict",
            "ru_dodik_mid",
            "ru_dodik_putin",
            "en_dodik_putin",
            "en_srpska_election",
            "ru_briefing_feb27",
            "en_briefing_feb27",
        ),
        "k11: Latin name, Cyrillic place = Republika Srpska; Bosnian Serb is not the name",
    ),
    Labelled(
        "Мадуро Caracas",
        (
            "en_maduro_captured",
            "ru_maduro_captured",
            "en_delcy_acting",
            "ru_delcy",
            "en_maduro_2025",
        ),
        "k11: Cyrillic name with Caracas = Каракас",
    ),
    Labelled(
        "ледокол Yakutia",
        ("ru_yakutia_icebreaker",),
        "k11: Russian ледокол with the ship's Latin name; the region is not a ship",
    ),
    Labelled(
        "ЮНЕСКО Nicaragua",
        _NICARAGUA,
        "k11: ЮНЕСКО = UNESCO with Nicaragua = Никарагуа",
    ),
    Labelled(
        "Shenzhou-20 экипаж",
        ("ru_shenzhou20",),
        "k11: Latin name with Russian экипаж",
    ),
    Labelled(
        "Gagauzia Гуцул",
        _GUTUL,
        "k11: a Latin place with a Cyrillic name",
    ),
    Labelled(
        "Абу-Даби Aliyev",
        ("en_abu_dhabi_peace", "ru_abu_dhabi_peace"),
        "k11: Абу-Даби = Abu Dhabi with Aliyev = Алиев",
    ),
    Labelled(
        "Ереван EU",
        ("en_armenia_eu_law", "ru_armenia_eu_law"),
        "k11: Yerevan = Ереван with EU = Евросоюз",
    ),
    Labelled(
        "Северная Осетия Vladikavkaz",
        _N_OSSETIA,
        "k11: North Ossetia with its capital; South Ossetia is another place",
    ),
    Labelled(
        "Зеленский Council of Europe",
        ("en_coe_tribunal", "ru_coe_tribunal", "en_oneliner_coe"),
        "k11: Зеленский = Zelenskiy = Zelensky with the Council of Europe",
    ),
    Labelled(
        "подсчёт голосов",
        ("ru_honduras_election",),
        "k11: ё typed where the post writes «Подсчет»",
    ),
    Labelled(
        "Kremlin Мин Аун Хлайн",
        _MIN_AUNG_HLAING,
        "k11: Kremlin = Кремль with the Cyrillic name",
    ),
    Labelled(
        "Sheinbaum выборы",
        ("ru_mexico_judges",),
        "k11: a Latin name with Russian выборы",
    ),
    Labelled(
        "МКС Progress",
        ("en_progress_ms32", "ru_progress_ms32"),
        "k11: МКС = ISS with the cargo ship Progress = «Прогресс»; the Antarctic station is "
        "another Progress",
        absent=("ru_tryoshnikov", "en_tryoshnikov"),
    ),
    # ---------------------------------------------------------- k12 questions typed naturally
    Labelled(
        "кто приговорил Додика?",
        _DODIK,
        "k12: Додик only; приговорил is the question's verb",
        first="ru_dodik_verdict",
    ),
    Labelled(
        "what did the Council of Europe sign with Zelensky?",
        ("en_coe_tribunal", "ru_coe_tribunal", "en_oneliner_coe"),
        "k12: Council of Europe + Zelensky; sign is the question's verb",
        first="en_coe_tribunal",
    ),
    Labelled(
        "где разместили «Орешник»?",
        _ORESHNIK,
        "k12: the missile only; разместили is the question's verb",
        first="ru_oreshnik_belarus",
        absent=("ru_hazel_harvest",),
    ),
    Labelled(
        "who is Min Aung Hlaing?",
        _MIN_AUNG_HLAING,
        "k12: the person in both scripts",
        first="en_mah_moscow",
    ),
    Labelled(
        "сколько погибших при землетрясении в Афганистане?",
        ("ru_afghan_quake",),
        "k12: погибшие + землетрясение (Russian) + Афганистан; «жертвы» is another word",
        first="ru_afghan_quake",
    ),
    Labelled(
        "how many died in the Afghanistan earthquake?",
        _QUAKE_EN,
        "k12: Afghanistan + earthquake; died is the question's verb",
    ),
    Labelled(
        "почему Никарагуа вышла из ЮНЕСКО?",
        _NICARAGUA,
        "k12: Никарагуа + ЮНЕСКО",
        first="ru_nicaragua_unesco",
    ),
    Labelled(
        "who won the election in Republika Srpska?",
        ("en_srpska_election",),
        "k12: election (English) + Republika Srpska",
        first="en_srpska_election",
    ),
    Labelled(
        "кто победил на выборах в Габоне?",
        ("ru_gabon_election",),
        "k12: выборы (Russian) + Габон",
        first="ru_gabon_election",
    ),
    Labelled(
        "what is the Trans-Afghan railway?",
        ("en_transafghan_rail", "en_briefing_jul30"),
        "k12: Trans-Afghan + railway (English)",
        first="en_transafghan_rail",
    ),
    Labelled(
        "когда Болгария перешла на евро?",
        ("ru_bulgaria_euro", "ru_oneliner_bulgaria", "ru_briefing_jan14"),
        "k12: Болгария + евро (Russian)",
        first="ru_bulgaria_euro",
    ),
    Labelled(
        "why was Machar arrested?",
        _MACHAR,
        "k12: Machar only; arrested is the question's verb",
        first="en_machar_arrest",
    ),
    Labelled(
        "что решил Совет управляющих МАГАТЭ по Ирану?",
        _BOARD,
        "k12: the IAEA Board of Governors + Iran = Иран",
        first="ru_ulyanov_board",
    ),
    Labelled(
        "how did Russia vote on Western Sahara?",
        ("en_western_sahara", "ru_western_sahara", "ru_nebenzia_sahara", "en_nebenzia_sahara"),
        "k12: Russia + Western Sahara; vote is the question's verb",
        first="en_nebenzia_sahara",
    ),
    Labelled(
        "где прошел референдум о военных базах?",
        ("ru_ecuador_ref", "ru_briefing_nov26"),
        "k12: референдум + военный + база (Russian)",
        first="ru_ecuador_ref",
    ),
    Labelled(
        "who is Delcy Rodríguez?",
        ("en_delcy_acting", "ru_delcy"),
        "k12: the person; Bruno Rodríguez is another",
        first="en_delcy_acting",
        absent=("en_cuba_blackout",),
    ),
    Labelled(
        "что случилось с Мадуро?",
        _MADURO,
        "k12: Мадуро only",
        first="ru_maduro_captured",
    ),
    Labelled(
        "did Kazakhstan join the Abraham Accords?",
        ("en_c5_washington", "en_kazakhstan_abraham"),
        "k12: Kazakhstan + Abraham Accords, a named agreement of English words",
        first="en_kazakhstan_abraham",
    ),
    Labelled(
        "когда Армения решила вступить в ЕС?",
        _ARMENIA_EU,
        "k12: Армения + ЕС = EU = Евросоюз",
        first="ru_armenia_eu_law",
    ),
    Labelled(
        "why did Pakistan and Afghanistan clash?",
        _PAK_AFGHAN,
        "k12: Pakistan + Afghanistan; clash is the question's verb",
        first="en_pak_afghan_clashes",
    ),
    Labelled(
        "what did Ulyanov say about the IAEA resolution?",
        ("en_ulyanov_tass",),
        "k12: Ulyanov + IAEA + resolution (English)",
        first="en_ulyanov_tass",
    ),
    Labelled(
        "сколько стоит египетский план для Газы?",
        ("ru_arab_league_cairo", "ru_arab_league_mid"),
        "k12: египетский (Egypt) + план (Russian) + Газа",
        first="ru_arab_league_cairo",
    ),
    Labelled(
        "when did the IPC lift Russia's suspension?",
        ("en_ipc_vote", "en_repost_ipc"),
        "k12: IPC + Russia + suspension (English); the famine IPC is another body",
        first="en_ipc_vote",
    ),
    Labelled(
        "кто возглавил делегацию на консультациях в Стамбуле?",
        ("ru_istanbul_consultations",),
        "k12: делегация + консультации (Russian) + Стамбул",
        first="ru_istanbul_consultations",
    ),
    Labelled(
        "what happened to the Shenzhou-20 crew?",
        ("en_shenzhou20", "en_oneliner_shenzhou"),
        "k12: Shenzhou-20 + crew (English)",
        first="en_shenzhou20",
    ),
]

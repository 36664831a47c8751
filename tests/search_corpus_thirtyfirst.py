"""Thirty-first labelled search set: Praia to Grindavík, an analyst's everyday searches.

The archive holds 252 posts, 125 in Russian and 127 in English, from official channels (mid,
mfa_russia, mid_consular, kremlin, nasa) and agencies and media (tass, tass_en, ria, interfax, rbc,
rt, rt_en, rg, sport_express, reuters, ap, afp, bloomberg, bbc, bbc_sport, euronews, dw, rte, rferl,
kyodo, irna, pti, rnz, abc_au, africanews, aljazeera, lrt, lsm, err_news, yle, high_north_news):
Kremlin condolences, MID comments and briefing excerpts with several topics, TASS, RIA and Interfax
leads with datelines («ТИРАНА, 12 мая. /ТАСС/.», «ДЖИБУТИ, 2 ноя — РИА Новости.», «Цюрих. 19 июня.
INTERFAX -»), Reuters, AP, AFP and Kyodo stories ("PRAIA, Oct 13 (Reuters) -", "KINGSTON, Jamaica
(AP) —", "TOKYO, May 21 (Kyodo) -"), one-liners, a consular notice, posts with hashtags, links,
figures and emoji. Most of its 45 stories are told twice or more, in Russian and English posts
worded independently: OPEC+'s output hikes and Alexander Novak; the Fed's September cut, Jerome
Powell and Trump's attempt to fire Lisa Cook; Switzerland's 39% tariff, the 15% deal, Karin
Keller-Sutter and the Swiss National Bank at zero; Lesotho's 50% tariff and its state of disaster;
Ghana's helicopter crash, its cocoa and the cedi; Japan's rice, Taku Eto's resignation and Shinjiro
Koizumi; Iran's rial losing four zeros; Norway's oil fund, Caterpillar and Jens Stoltenberg;
Denmark's retirement age of 70; Edi Rama's fourth term in Albania and Diella, its AI 'minister'; the
Kočani nightclub fire in North Macedonia; Tempi two years on and Mitsotakis's no-confidence vote;
Péter Magyar, Tisza and the rallies of 23 October; the Magyar Nemzeti Bank's rate; Krasznahorkai's
Nobel Prize in literature; the Nobel prizes in medicine, physics, chemistry and economics and the
Stockholm ceremony; drones over Poland, Tusk, Sikorski and NATO's Eastern Sentry; three MiG-31s over
Estonia and Article 4; Amaglobeli's sentence, the Baltic sanctions and the Sakharov Prize for her
and Poczobut; Paluckas's resignation and Ruginienė's government in Lithuania; Lisbon's Glória
funicular, Moedas and Rebelo de Sousa; Cape Verde's first World Cup; Curaçao and Dick Advocaat;
Jordan and Uzbekistan qualifying; the shooting and death of Miguel Uribe; Álvaro Uribe's conviction
and acquittal; the Jet Set roof in Santo Domingo and Abinader; the Cebu earthquake and Marcos;
Samoa's snap election and La'auli Leuatea Schmidt; the Quad in Washington and the Indo-Pacific;
Israel's recognition of Somaliland; Djibouti's age limit and Guelleh; Finland's icebreakers for the
US, Stubb, Orpo and the ICE Pact; Iceland's eruptions at Grindavík and its EU referendum; Storm
Éowyn in Ireland; the interstellar comet 3I/ATLAS; the Vera C. Rubin Observatory's first images;
Alcaraz at Roland Garros and the US Open; Świątek's Wimbledon; Djokovic's 100th and 101st titles;
Pogačar's fourth Tour de France; EuroBasket in Riga and Dennis Schröder; Duplantis's 6.30 in Tokyo;
the ski-suit scandal in Trondheim; the Trans-Saharan gas pipeline. Query kinds: k1 organisations and
abbreviations in both languages and scripts; k2 events with places; k3 places in Russian case forms
and in English; k4 topics and common words; k5 people, declined surnames, transliteration variants,
given names, initials and titles; k6 quoted phrases; k7 a word excluded with a minus; k8 dates in
words and figures, with and without a year, and ranges; k9 hashtags and lower-case typing; k10 typos
of one or two letters; k11 е typed for ё (and ё for е) and mixed-script queries; k12 questions typed
naturally. This set adds kinds the earlier ones had few of: English verbal nouns against verbs and
participles (resignation for resigned, eruption for erupted, recognition for recognise, conviction
for convicted, sanctioned for sanctions, elected for election, qualification for qualified,
disqualification for disqualified), Russian nouns against verbs (эвакуация for эвакуировали,
дисквалификация for дисквалифицировала, признание for признал, переговоры and «провести переговоры»
against «договорились», выборы against «избранный»), places inside compound adjectives
(Транссахарский, Trans-Saharan, Индо-Тихоокеанский, Indo-Pacific), Portuguese, Spanish, Polish,
Hungarian, Serbian, Lithuanian and Finnish names in Russian transliteration and back (Моэдаш and
Моедаш, Ребелу де Соза and Ребелу де Соуза, Алькарас, Урибе, Абинадер, Швёнтек and Свёнтек, Хуркач
and Гуркач, Почобут, Краснахоркаи, Мадьяр, Ђоковић and Đoković, Ругинене, Стубб, Орпо), and people
sharing a surname with a place, a word or another person (Рама and «рамой», Адвокат and «адвокат»,
Это and «это», Magyar and Magyar Nemzeti Bank, Lisa and Tim Cook, Shinjiro and Junichiro Koizumi,
Álvaro and Miguel Uribe, Dennis and Gerhard Schröder, Alexander Novak and Novak Djokovic, Jordan and
Michael Jordan).

Labelling rules, those of the thirtieth set, followed exactly: expected holds every post a reader
typing the query wants. A person, organisation, place, abbreviation, event or date matches in either
language or script, in any case form, spelling, transliteration or abbreviation (a person named with
a given name, initials, a nickname or a title is that person: М.В.Захарова, Mondo for Duplantis,
'Chair Jerome Powell', «Глава регулятора»; place adjectives such as Транссахарский, Trans-Saharan,
Индо-Тихоокеанский, Indo-Pacific, швейцарские, грузинских, колумбийский, польская, финские,
испанский and nationality adjectives and nouns such as Swiss, Polish, Danes, Danish, датчанин,
Норвежцы, норвежских, Hungarian, Jordanian-born, японец, Швед or Colombian name the place, inside a
name too: «Шведская академия», «Швейцарский национальный банк», the Vera C. Rubin Observatory names
Vera Rubin; a post's hashtag names its words, #CapeVerde, #Somaliland, #Сомалиленд, #Iran, #Algeria,
#Tempi, #Темпи, #Кочани and #TourDeFrance included, while a flag emoji names nothing; a day counts
in words in either language or in figures, «3 апр», «26 авг», «22 окт», Sept. 9-10, Dec. 16,
04.09.2025 and a day and month typed as 25.08 included, and a range such as Sept. 9-10 or «с 26
февраля по 9 марта» holds each of its days; a month is not a date (January 2026, April 2026, July
2024); dates are read from a post's text, datelines included, never from the day it was posted; a
typed year excludes posts of another year, a post's year being the one its text states for what it
reports or else its story's: 2025 except the Tempi crash (28 February 2023), the Atlas earthquake in
Morocco (8 September 2023), the Hungarian uprising (23 October 1956) and the ICE Pact's announcement
(July 2024); a post holding a dateline of 2025 and a day of another year holds both days. Common
words and topics (выборы, election, пошлины, tariffs, рис, rice, пожар, fire, отставка, resignation,
ставка, rate, протесты, protests) match only posts in the language typed, in any inflected or
derived form of the same stem (выборах, выборов; elected, election; риса; resigned, resign; ставку;
protest; sanctions for sanctioned; eruption, erupted; recognise, recognition; convicted, conviction;
qualified, qualify; «Соболезнуем» for соболезнования; «Рекордный» for рекорд), never a synonym or
another stem («избранный» is not выборы, «договорились» is not переговоры, беспилотники are not
дроны, «авария» and «сход с рельсов» are not крушение, 'quake-hit' is not an earthquake, 'rallied'
is not protests, «межзвёздная гостья» is not a комета, 'found guilty' is not a conviction, 'entered
airspace' is not a violation, 'electric' is not election, 'disqualified' is not qualification), and
a named thing made of common words («Нобелевская премия», the Nobel Prize, the Sakharov Prize,
«премия имени Сахарова», Article 4, «статья 4», the Trans-Saharan Gas Pipeline, «Транссахарский
газопровод», «режим стихийного бедствия») counts as words in the language typed, unless it is an
organisation or an event's proper name (Eastern Sentry = «Восточный страж»; the World Cup =
«чемпионат мира» by football; EuroBasket = Евробаскет; Wimbledon = Уимблдон, «Уимблдонский турнир»;
the Tour de France = «Тур де Франс»; the ICE Pact; the Jet Set nightclub; the Glória funicular =
фуникулёр «Глория»). A query of several words wants posts holding all of them, each by these rules;
prepositions, particles, question words and verbs such as сказал, said, held, agreed, провести are
not terms, nor is the verb of a typed question (кто выиграл, почему ушёл в отставку, что случилось,
купят, извергался, побил, получил, за что осудили, who won, why did ... resign, why did ...
recognise, cut, what happened, who shot, is ... playing, why were ... disqualified), while погибнуть
in «сколько человек погибло» is a term. A place's name of several words (Северная Македония, North
Macedonia, Доминиканская Республика, Dominican Republic, Кабо-Верде, Острова Зелёного Мыса, Cape
Verde, American Samoa, Santo Domingo, Санто-Доминго, Тихий океан) is one name, not its words. A
quoted phrase wants its words together and in order, inflected, in the language typed; a hashtag
means its word or words; -word removes the posts that word matches (a common word typed in Russian
removes only Russian posts, one typed in English only English posts; a place, organisation or person
removes the posts naming it in either language, a bare surname its best-known bearer only).

As applied here: ОПЕК+ = OPEC+ = OPEC, #OPEC and #ОПЕК included, while the «альянс» of OPEC+ is not
NATO; ФРС = Федеральная резервная система = the Fed = Federal Reserve, while 'fed', the past of
feed, is a common word; ШНБ = Швейцарский национальный банк = SNB = Swiss National Bank, while the
Saudi National Bank (SNB) is another bank; Magyar Nemzeti Bank = Национальный банк Венгрии, an
organisation, not Péter Magyar, and whether its name names Hungary is left open (unlabelled); НАТО =
NATO, «генсек альянса» in a post naming НАТО included, while the North Atlantic Treaty
(«Североатлантический договор») names the treaty, not the organisation, and is left unlabelled;
Европарламент = European Parliament; ЛДП = Liberal Democratic Party (Japan's), while ЛДПР is a
Russian party; QUAD = Quad = «четвёрка»; ICE Pact = Icebreaker Collaboration Effort, while ICE =
Immigration and Customs Enforcement = «Иммиграционная служба США» is another body; FIS =
Международная федерация лыжного спорта и сноуборда; ЕКА = ESA; Seimas = «Сейм Литвы», while Poland's
Sejm («в Сейме» after Tusk) is another parliament; Тиса = Tisza, Péter Magyar's party, and a bare
Tisza is the party here, while the river Tisza is absent; ИТР = Индо-Тихоокеанский регион =
Indo-Pacific, while the ИТР of factories are инженерно-технические работники; Совбез ООН = UN
Security Council; European Union = ЕС = EU. Places: Исландия = Iceland, while Iceland the British
supermarket chain is a company and Ирландия = Ireland, one letter away, another country; Northern
Ireland is another place than Ireland; Дания = Denmark, while Иордания = Jordan holds its letters;
Jordan = Иордания, while Michael Jordan is a person; Северная Македония = North Macedonia, and a
bare Macedonia is it, while the northern Greek region of Macedonia around Thessaloniki is absent;
Грузия = Georgia, the country, while the US state of Georgia (Джорджия) is absent; Кабо-Верде = Cape
Verde = Острова Зелёного Мыса; Кюрасао = Curaçao = Curacao, while blue curaçao, a liqueur, is a
fixed expression, not the place; Доминиканская Республика = Доминикана = Dominican Republic, while
Dominica is another country; Себу = Cebu, while Cebu Pacific, an airline, names no island; Самоа =
Samoa, while American Samoa is another place; Сомалиленд = Somaliland, and Сомали = Somalia is
another place: a post naming both is found by either, one naming only the other is absent; Сахара =
the Sahara inside Транссахарский and Trans-Saharan, while «Сахарова», Sakharov's name, holds its
letters; Нигерия = Nigeria, while Niger (нигерском) is another country; Иран = Iran, while TIRANA
and «ТИРАНА» hold its letters; Чили = Chile, while «получили» holds its letters; Тихий океан = the
Pacific inside Индо-Тихоокеанский and Indo-Pacific, while Cebu Pacific is an airline; Riga = Рига,
not Latvia. People: Александр Новак = Alexander Novak, while Novak Djokovic shares his surname as a
given name; Новак Джокович = Novak Djokovic = Đoković = Ђоковић; Джером Пауэлл = Jerome Powell; Лиза
Кук = Lisa Cook, and Тим Кук = Tim Cook is another person; Карин Келлер-Зуттер = Karin
Keller-Sutter; Синдзиро Коидзуми = Shinjiro Koizumi, and his father Дзюнъитиро Коидзуми = Junichiro
Koizumi is another person; Таку Это = Taku Eto, while «это» and «Это», the pronoun, are common
words; Йенс Столтенберг = Jens Stoltenberg; Эди Рама = Edi Rama, and a bare Рама is him, while
«рамой», a bicycle frame, is a common word; Христиан Мицкоски = Hristijan Mickoski; Кириакос
Мицотакис = Kyriakos Mitsotakis; Петер Мадьяр = Péter Magyar = Peter Magyar, and a bare Magyar is
him; Ласло Краснахоркаи = László Krasznahorkai; Дональд Туск = Donald Tusk; Радослав Сикорский =
Radosław Sikorski = Radoslaw Sikorski; Маргус Тсахкна = Margus Tsahkna; Мзия Амаглобели = Mzia
Amaglobeli; Анджей Почобут = Andrzej Poczobut; Инга Ругинене = Inga Ruginienė = Ruginiene; Карлуш
Моэдаш = Моедаш = Carlos Moedas, and Carlos Alcaraz shares only his given name; Марселу Ребелу де
Соза = Ребелу де Соуза = Marcelo Rebelo de Sousa; Дик Адвокат = Dick Advocaat, while «адвокат», a
lawyer («Адвокат Урибе», «Адвокат журналистки»), is a common word; Альваро Урибе = Álvaro Uribe =
Alvaro Uribe, and a bare Uribe (Урибе) is him, the best-known bearer, while Мигель Урибе = Miguel
Uribe is another person, left unlabelled for the bare surname; Фердинанд Маркос-младший = Ferdinand
Marcos Jr., the Kremlin's «Президенту Республики Филиппины Фердинанду Маркосу» included; Лаули
Леуатеа Шмидт = La'auli Leuatea Schmidt; Исмаил Омар Гелле = Ismail Omar Guelleh; Александр Стубб =
Alexander Stubb, 'Finnish President'; Петтери Орпо = Petteri Orpo; Карлос Алькарас = Carlos Alcaraz;
Ига Швёнтек = Свёнтек = Iga Świątek = Swiatek; Хуберт Хуркач = Гуркач = Hubert Hurkacz; Тадей
Погачар = Tadej Pogačar = Pogacar; Деннис Шрёдер = Dennis Schröder = Schroder, the one-liner's
«Schröder's Germany» included, and Герхард Шрёдер = Gerhard Schröder is another person; Арман
Дюплантис = Armand 'Mondo' Duplantis; Симон Сакагути = Сакагучи = Shimon Sakaguchi; Захарова =
Zakharova. A city, capital or not, does not stand for its country (Tirana, Skopje, Athens, Budapest,
Vilnius, Lisbon, Bogotá, Santo Domingo, Manila, Bogo, Tokyo, Oslo, Copenhagen, Reykjavik, Grindavík,
Batumi, Tbilisi, Riga and Tallinn stand for themselves, and the Tempi valley names no Greece).

Rules this set had to add, in the spirit of the above: a title typed with a country or a body
(премьер Албании, Finnish President, глава ФРС) names the one person holding it and finds that
person's posts however named; a bare surname in a post is the bearer its context names (the
basketball one-liner's Schröder is Dennis); a common word that shares its letters with a name
(«рамой», «адвокат», «это», «риски», «кризис», 'price', «отставку», «подставке», «получили», TIRANA,
«Сахарова») is absent for the name or word it resembles; a company, club, drink or chain named after
a place (Cebu Pacific, Kazan's «Рубин», blue curaçao, Iceland Foods, the Magyar Nemzeti Bank) is
absent for the place or person; in a mixed-script query a Latin name (Fed, OPEC+, Nobel, Glória,
Tisza, Advocaat, ICE, Hyundai, Rubin, EuroBasket) is a name in both languages, as a Cyrillic name is
(Стубб, Лиза Кук, Синдзиро Коидзуми, Шрёдер), while the query's common word (ставка, добыча, премия,
партия, фуникулёр, тренер, обсерватория, icebreakers, rice, восьмёрка) keeps its language; е and ё
are one letter. absent lists precision traps that share a string but not the meaning: those above,
abbreviations with two meanings (SNB, ICE, ИТР, ЛДП and ЛДПР), namesakes (Tim Cook, Junichiro
Koizumi, Miguel and Álvaro Uribe, Gerhard Schröder, Novak Djokovic for Alexander Novak, Michael
Jordan, Carlos Alcaraz for Carlos Moedas), the Tisza river, Atlas V and the High Atlas for 3I/ATLAS,
the athletics and ski world championships for the World Cup; near-miss days (9, 10 and 19 September,
3 and 4 September, 8 and 9 April, 7 and 8 June, 6 and 7 October, 8, 9 and 10 October, 22 and 23
October, 16 and 18 March, 25 and 26 August, 6 and 7 August, 21 and 22 May, 11 and 12 May, 11 and 12
September); the other year (28 February 2023 against 2025, 8 September 2023 against 2025, 23 October
1956 against 2025); a phrase's words apart or in another order; and a minus query's excluded posts.
first is set only where one post is clearly what a reader wants on top.

Written blind: I read only the Labelled dataclass of tests/search_corpus.py, the thirtieth and
twenty-ninth sets, the first forty lines of the other search_corpus_*.py files, to choose other
stories, the ruff section of pyproject.toml and /work/shared/samples/ for real wording. I did not
read tg_archiver/, docs/, README, CHANGELOG or any test_*.py, and I ran neither the search, the CLI,
pytest nor git. The only code run was an import of this module, ruff, and /tmp scratch scripts that
grepped the post texts to label them, parsed the dates they hold, and checked that every key a query
names exists in POSTS, that no query is repeated, and that no post is both expected and absent.
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ------------------------------------------------------------------- OPEC+ and Alexander Novak
    "en_opec_apr": (
        (4, 3),
        "reuters",
        "LONDON, April 3 (Reuters) - Eight OPEC+ countries agreed on Thursday to raise oil output "
        "by 411,000 barrels per day in May, three times the planned increase, sending Brent crude "
        "down more than 6% to its lowest since 2021.",
    ),
    "ru_opec_apr": (
        (4, 3),
        "interfax",
        "Москва. 3 апреля. INTERFAX - Восемь стран ОПЕК+ договорились увеличить добычу нефти в "
        "мае на 411 тыс. баррелей в сутки, сообщил секретариат альянса. Вице-премьер РФ Александр "
        "Новак назвал решение взвешенным.",
    ),
    "ru_opec_jul": (
        (7, 5),
        "tass",
        "МОСКВА, 5 июля. /ТАСС/. Восьмёрка стран ОПЕК+ на онлайн-встрече решила нарастить добычу "
        "в августе на 548 тыс. баррелей в сутки. Россия, по словам вице-премьера Александра "
        "Новака, выполнит решение с учётом графика компенсаций.",
    ),
    "en_opec_novak": (
        (7, 6),
        "tass_en",
        "Russian Deputy Prime Minister Alexander Novak said OPEC+ would keep monitoring the oil "
        "market after the August increase of 548,000 barrels per day, adding that summer demand "
        "was strong.",
    ),
    "en_opec_nov": (
        (11, 2),
        "bloomberg",
        "OPEC+ agrees a small December hike of 137,000 barrels a day, then a pause in the first "
        "quarter of 2026. 🛢️ #OPEC",
    ),
    "ru_opec_oneliner": (
        (11, 2),
        "rbc",
        "ОПЕК+ возьмёт паузу в наращивании добычи в I квартале 2026 года. #ОПЕК",
    ),
    # -------------------------------------------------------- The Fed, Jerome Powell and Lisa Cook
    "en_fed_cook_fired": (
        (8, 26),
        "reuters",
        "WASHINGTON, Aug 26 (Reuters) - President Donald Trump said he was firing Federal Reserve "
        "Governor Lisa Cook over mortgage fraud allegations, an unprecedented attempt to remove a "
        "sitting Fed policymaker. Cook said Trump had no authority to fire her and that she would "
        "not resign.",
    ),
    "ru_fed_cook_fired": (
        (8, 26),
        "ria",
        "ВАШИНГТОН, 26 авг — РИА Новости. Трамп объявил об увольнении члена совета управляющих "
        "Федеральной резервной системы Лизы Кук. Кук заявила, что не уйдёт в отставку, и "
        "обратилась в суд.",
    ),
    "en_fed_cut": (
        (9, 17),
        "ap",
        "WASHINGTON (AP) — The Federal Reserve cut its key interest rate by a quarter-point on "
        "Wednesday to a range of 4% to 4.25%, its first cut this year, as Chair Jerome Powell "
        "pointed to a weakening job market. Governor Lisa Cook, whom Trump has tried to fire, "
        "took part in the vote.",
    ),
    "ru_fed_cut": (
        (9, 17),
        "tass",
        "НЬЮ-ЙОРК, 17 сентября. /ТАСС/. ФРС США впервые с декабря 2024 года снизила базовую "
        "ставку — на 0,25 п. п., до 4–4,25% годовых. Глава регулятора Джером Пауэлл сослался на "
        "охлаждение рынка труда.",
    ),
    "en_cook_supreme": (
        (10, 1),
        "bloomberg",
        "Supreme Court lets Lisa Cook stay at the Fed for now and sets arguments for January 2026.",
    ),
    "ru_cook_supreme": (
        (10, 2),
        "rbc",
        "Верховный суд США разрешил Лизе Кук остаться в ФРС до слушаний в январе 2026 года.",
    ),
    "en_tim_cook_trap": (
        (8, 6),
        "reuters",
        "WASHINGTON, Aug 6 (Reuters) - Apple CEO Tim Cook pledged another $100 billion of U.S. "
        "investment at the White House on Wednesday, as Trump threatened a 100% tariff on "
        "imported chips.",
    ),
    "ru_tim_cook_trap": (
        (8, 7),
        "rbc",
        "Глава Apple Тим Кук подарил Трампу стеклянную табличку на золотой подставке и пообещал "
        "ещё $100 млрд инвестиций в США.",
    ),
    # ----------------------------------- Switzerland: the 39% tariff, the deal and the SNB at zero
    "en_swiss_39": (
        (8, 7),
        "reuters",
        "ZURICH, Aug 7 (Reuters) - A 39% U.S. tariff on Swiss goods, among the highest in the "
        "world, took effect on Thursday after President Karin Keller-Sutter returned from "
        "Washington without a deal. Watchmakers and machine builders warned of job losses; "
        "pharmaceuticals remain exempt for now.",
    ),
    "ru_swiss_39": (
        (8, 7),
        "tass",
        "ЖЕНЕВА, 7 августа. /ТАСС/. В силу вступили 39-процентные пошлины США на швейцарские "
        "товары. Президент Швейцарской Конфедерации Карин Келлер-Зуттер вернулась с переговоров в "
        "Вашингтоне, не добившись их снижения.",
    ),
    "en_swiss_deal": (
        (11, 14),
        "ap",
        "GENEVA (AP) — Switzerland and the United States reached a deal on Friday that cuts U.S. "
        "tariffs on Swiss goods from 39% to 15%, Economy Minister Guy Parmelin said, after Swiss "
        "companies pledged $200 billion of investment in America.",
    ),
    "ru_swiss_deal": (
        (11, 15),
        "ria",
        "ЖЕНЕВА, 15 ноя — РИА Новости. США и Швейцария договорились снизить пошлины на "
        "швейцарские товары с 39% до 15%, сообщил министр экономики Ги Пармелен. Взамен компании "
        "страны вложат в американскую экономику $200 млрд.",
    ),
    "en_snb_zero": (
        (6, 19),
        "bloomberg",
        "Swiss National Bank cuts its rate to zero as the strong franc pushes inflation below "
        "target; chairman Martin Schlegel doesn't rule out going negative. 🇨🇭",
    ),
    "ru_snb_zero": (
        (6, 19),
        "interfax",
        "Цюрих. 19 июня. INTERFAX - Швейцарский национальный банк (ШНБ) снизил ключевую ставку на "
        "25 б. п., до 0%. Регулятор указал на укрепление франка и риски, связанные с "
        "американскими пошлинами.",
    ),
    "en_saudi_snb_trap": (
        (7, 29),
        "reuters",
        "RIYADH, July 29 (Reuters) - Saudi National Bank (SNB), the kingdom's largest lender, "
        "posted a 17% rise in second-quarter net profit to 6.1 billion riyals on Tuesday.",
    ),
    # ------------------------------------------- Lesotho: the 50% tariff and the state of disaster
    "en_lesotho_tariff": (
        (4, 3),
        "reuters",
        "MASERU, April 3 (Reuters) - Lesotho, the tiny mountain kingdom that President Donald "
        "Trump said 'nobody has ever heard of', was hit with a 50% tariff, the highest of his "
        "'Liberation Day' levies, threatening textile factories that make jeans for U.S. brands.",
    ),
    "ru_lesotho_tariff": (
        (4, 3),
        "ria",
        "МАСЕРУ, 3 апр — РИА Новости. Лесото, о котором, по словам Трампа, «никто никогда не "
        "слышал», получило самую высокую пошлину — 50%. Текстильная отрасль королевства, которая "
        "шьёт джинсы для американских брендов, может лишиться 40 тыс. рабочих мест.",
    ),
    "en_lesotho_disaster": (
        (7, 10),
        "africanews",
        "Lesotho declares a two-year state of disaster over youth unemployment after U.S. tariffs "
        "hit its garment factories. 🇱🇸 Prime Minister Sam Matekane says almost half of young "
        "people are out of work.",
    ),
    "ru_lesotho_oneliner": (
        (8, 1),
        "rbc",
        "Трамп снизил пошлину для Лесото с 50% до 15%.",
    ),
    "ru_lesotho_disaster": (
        (7, 10),
        "tass",
        "ЙОХАННЕСБУРГ, 10 июля. /ТАСС/. Власти Лесото ввели на два года режим стихийного бедствия "
        "из-за безработицы среди молодёжи. Премьер-министр Сэм Матекане связал кризис с "
        "американскими пошлинами.",
    ),
    # --------------------------------------------- Ghana: the helicopter crash, cocoa and the cedi
    "en_ghana_crash": (
        (8, 6),
        "reuters",
        "ACCRA, Aug 6 (Reuters) - Ghana's defence minister Edward Omane Boamah and environment "
        "minister Ibrahim Murtala Muhammed were among eight people killed when a military "
        "helicopter crashed in the Ashanti region on Wednesday. President John Mahama declared "
        "three days of national mourning.",
    ),
    "ru_ghana_crash": (
        (8, 6),
        "tass",
        "АККРА, 6 августа. /ТАСС/. Министр обороны Ганы Эдвард Омане Боама и министр окружающей "
        "среды Ибрахим Муртала Мухаммед погибли при крушении военного вертолёта в регионе Ашанти. "
        "Всего погибли восемь человек.",
    ),
    "ru_ghana_kremlin": (
        (8, 7),
        "kremlin",
        "Владимир Путин направил соболезнования Президенту Республики Гана Джону Драмани Махаме в "
        "связи с гибелью членов правительства в авиакатастрофе.",
    ),
    "en_ghana_cedi": (
        (6, 30),
        "bloomberg",
        "Ghana's cedi is the world's best-performing currency this year, up more than 40% against "
        "the dollar as gold and cocoa prices soar.",
    ),
    "en_ghana_cocoa": (
        (8, 2),
        "reuters",
        "ACCRA, Aug 2 (Reuters) - Ghana raised the price it pays cocoa farmers by nearly 8% for "
        "the 2025/26 season, the Ghana Cocoa Board (COCOBOD) said on Saturday.",
    ),
    "ru_ghana_cocoa": (
        (8, 2),
        "rbc",
        "Гана повысила закупочную цену на какао-бобы для фермеров почти на 8%. Седи с начала года "
        "укрепился к доллару более чем на 40%.",
    ),
    # -------------------------------------------------- Japan: rice, Taku Eto and Shinjiro Koizumi
    "en_rice_eto": (
        (5, 21),
        "kyodo",
        "TOKYO, May 21 (Kyodo) - Agriculture minister Taku Eto resigned on Wednesday over his "
        "remark that he had 'never bought rice' because supporters gave it to him, as prices of "
        "the staple have doubled in a year. Shinjiro Koizumi was named to replace him.",
    ),
    "ru_rice_eto": (
        (5, 21),
        "tass",
        "ТОКИО, 21 мая. /ТАСС/. Министр сельского хозяйства Японии Таку Это ушёл в отставку после "
        "слов о том, что ему «никогда не приходилось покупать рис». Новым министром назначен "
        "Синдзиро Коидзуми.",
    ),
    "en_rice_koizumi": (
        (5, 31),
        "reuters",
        "TOKYO, May 31 (Reuters) - Stockpiled rice went on sale at about 2,000 yen per 5 kg bag "
        "on Saturday, half the average supermarket price, after farm minister Shinjiro Koizumi "
        "fed 300,000 tonnes of reserves into the market through no-bid contracts.",
    ),
    "ru_rice_koizumi": (
        (5, 31),
        "ria",
        "ТОКИО, 31 мая — РИА Новости. В японских супермаркетах начались продажи риса из "
        "госрезерва по 2000 иен за 5 кг — вдвое дешевле рыночной цены. Министр сельского "
        "хозяйства Синдзиро Коидзуми пообещал выпустить ещё 200 тыс. тонн.",
    ),
    "en_koizumi_ldp": (
        (10, 4),
        "kyodo",
        "Shinjiro Koizumi lost the Liberal Democratic Party leadership run-off on Saturday to "
        "Sanae Takaichi, who is set to become Japan's first female prime minister.",
    ),
    "ru_koizumi_ldp": (
        (10, 4),
        "tass",
        "ТОКИО, 4 октября. /ТАСС/. Синдзиро Коидзуми проиграл во втором туре выборов председателя "
        "Либерально-демократической партии (ЛДП) Санаэ Такаити.",
    ),
    "en_junichiro_trap": (
        (3, 11),
        "kyodo",
        "Former prime minister Junichiro Koizumi, 83, urged the government to abandon nuclear "
        "power at a rally in Tokyo on the 14th anniversary of the Fukushima disaster.",
    ),
    "ru_junichiro_trap": (
        (3, 11),
        "ria",
        "Бывший премьер Японии Дзюнъитиро Коидзуми в годовщину аварии на «Фукусиме-1» призвал "
        "отказаться от атомной энергетики.",
    ),
    "ru_ldpr_trap": (
        (6, 10),
        "rg",
        "ЛДПР внесла в Госдуму законопроект о бесплатном проезде для студентов в пригородных "
        "электричках.",
    ),
    # ---------------------------------------------------------------- Iran's rial loses four zeros
    "en_rial": (
        (10, 5),
        "afp",
        "TEHRAN (AFP) — Iran's parliament voted on Sunday to strip four zeros from the rial, "
        "which has lost most of its value under sanctions and trades at more than 1.1 million to "
        "the dollar. A new unit, the toman, will be worth 10,000 rials.",
    ),
    "ru_rial": (
        (10, 5),
        "ria",
        "ТЕГЕРАН, 5 окт — РИА Новости. Меджлис Ирана одобрил деноминацию национальной валюты: из "
        "риала уберут четыре нуля. Новой денежной единицей станет туман, равный 10 тыс. риалов.",
    ),
    "en_rial_oneliner": (
        (10, 6),
        "irna",
        "The Guardian Council will review the bill on removing four zeros from the national "
        "currency. #Iran",
    ),
    "ru_rial_sanctions": (
        (9, 29),
        "rbc",
        "Риал обновил исторический минимум после возобновления санкций ООН против Ирана: за "
        "доллар на рынке Тегерана дают более 1,1 млн риалов.",
    ),
    # ----------------------------------------- Norway's oil fund, Caterpillar and Jens Stoltenberg
    "en_norway_fund": (
        (8, 25),
        "reuters",
        "OSLO, Aug 25 (Reuters) - Norway's $2 trillion sovereign wealth fund has divested from "
        "Caterpillar and five Israeli banks on ethical grounds, citing the use of Caterpillar "
        "bulldozers to demolish Palestinian homes, the fund said on Monday.",
    ),
    "ru_norway_fund": (
        (8, 25),
        "tass",
        "ОСЛО, 25 августа. /ТАСС/. Суверенный фонд Норвегии, крупнейший в мире, продал акции "
        "американской Caterpillar и пяти израильских банков по этическим соображениям.",
    ),
    "en_norway_stoltenberg": (
        (8, 26),
        "afp",
        "OSLO (AFP) — Finance Minister Jens Stoltenberg said Norway would review the fund's "
        "ethical guidelines after Washington criticised the Caterpillar decision. The former NATO "
        "chief said the fund must not become a foreign-policy tool.",
    ),
    "ru_norway_stoltenberg": (
        (8, 26),
        "ria",
        "Министр финансов Норвегии Йенс Столтенберг поручил пересмотреть этические правила "
        "суверенного фонда. Бывший генсек НАТО заявил, что фонд не должен становиться "
        "инструментом внешней политики.",
    ),
    # ------------------------------------------------------------------- Denmark: retirement at 70
    "en_denmark_70": (
        (5, 22),
        "reuters",
        "COPENHAGEN, May 22 (Reuters) - Denmark's parliament voted on Thursday to raise the "
        "retirement age to 70 by 2040, the highest in Europe. Prime Minister Mette Frederiksen's "
        "government says longer lives make the change unavoidable.",
    ),
    "ru_denmark_70": (
        (5, 22),
        "ria",
        "КОПЕНГАГЕН, 22 мая — РИА Новости. Фолькетинг Дании проголосовал за повышение пенсионного "
        "возраста до 70 лет к 2040 году — самого высокого в Европе.",
    ),
    "en_denmark_oneliner": (
        (5, 23),
        "bloomberg",
        "Danes will work until 70, Europe's highest retirement age. 🇩🇰",
    ),
    "ru_denmark_frederiksen": (
        (5, 23),
        "tass",
        "Премьер-министр Дании Метте Фредериксен признала, что повышение пенсионного возраста — "
        "непопулярное решение, но назвала его неизбежным.",
    ),
    # -------------------------------------------------- Albania: Edi Rama's fourth term and Diella
    "en_albania_vote": (
        (5, 12),
        "reuters",
        "TIRANA, May 12 (Reuters) - Prime Minister Edi Rama's Socialist Party won a fourth "
        "consecutive term in Albania's parliamentary election on Sunday, preliminary results "
        "showed, as former president Sali Berisha's Democrats alleged fraud.",
    ),
    "ru_albania_vote": (
        (5, 12),
        "tass",
        "ТИРАНА, 12 мая. /ТАСС/. Социалистическая партия премьер-министра Эди Рамы победила на "
        "парламентских выборах в Албании 11 мая, получив 83 из 140 мест. Оппозиция во главе с "
        "Сали Беришей не признала итоги.",
    ),
    "en_albania_oneliner": (
        (5, 13),
        "euronews",
        "Rama claims a fourth term and promises EU membership by 2030. 🇦🇱 #Albania",
    ),
    "ru_albania_oneliner": (
        (5, 13),
        "rt",
        "Рама пошёл на четвёртый срок. 🇦🇱",
    ),
    "en_diella": (
        (9, 12),
        "ap",
        "TIRANA, Albania (AP) — Prime Minister Edi Rama has appointed an AI-generated 'minister' "
        "named Diella to oversee public procurement, saying it would make tenders '100% free of "
        "corruption'. Critics said the avatar, dressed in traditional Albanian costume, has no "
        "legal status.",
    ),
    "ru_diella": (
        (9, 12),
        "ria",
        "ТИРАНА, 12 сен — РИА Новости. Премьер Албании Эди Рама назначил «министром» по "
        "госзакупкам виртуального помощника Диэллу, созданного на основе искусственного "
        "интеллекта. По словам Рамы, это сделает тендеры «на 100% свободными от коррупции».",
    ),
    "en_diella_parliament": (
        (9, 18),
        "euronews",
        "Diella, Albania's AI 'minister', addressed parliament by video on Thursday: 'I am not "
        "here to replace people but to help them.' Opposition MPs walked out.",
    ),
    "ru_diella_parliament": (
        (9, 18),
        "tass",
        "Виртуальный «министр» Диэлла выступила в парламенте Албании с видеообращением. Депутаты "
        "оппозиции покинули зал.",
    ),
    # ------------------------------------------------------------ North Macedonia: the Kočani fire
    "en_kocani": (
        (3, 16),
        "reuters",
        "SKOPJE, March 16 (Reuters) - At least 59 people were killed and more than 150 injured "
        "when a fire broke out during a concert at a nightclub in the town of Kocani in North "
        "Macedonia early on Sunday, after pyrotechnics set the ceiling alight, officials said.",
    ),
    "ru_kocani": (
        (3, 16),
        "tass",
        "СКОПЬЕ, 16 марта. /ТАСС/. Не менее 59 человек погибли при пожаре в ночном клубе в городе "
        "Кочани на востоке Северной Македонии. Возгорание началось во время концерта от "
        "пиротехники.",
    ),
    "ru_kocani_mid": (
        (3, 16),
        "mid",
        "Глубоко скорбим в связи с многочисленными жертвами пожара в Кочани. Выражаем искренние "
        "соболезнования родным и близким погибших, желаем скорейшего выздоровления пострадавшим. "
        "🕯 #Кочани",
    ),
    "en_kocani_mickoski": (
        (3, 17),
        "afp",
        "KOCANI, North Macedonia (AFP) — Prime Minister Hristijan Mickoski declared seven days of "
        "mourning and said the club 'Pulse' had operated with a licence obtained through bribery; "
        "15 people have been detained.",
    ),
    "ru_kocani_arrests": (
        (3, 18),
        "ria",
        "СКОПЬЕ, 18 мар — РИА Новости. Премьер Северной Македонии Христиан Мицкоски сообщил о "
        "задержании бывшего министра экономики по делу о пожаре в клубе «Пулс».",
    ),
    "en_thessaloniki_trap": (
        (9, 6),
        "ap",
        "THESSALONIKI, Greece (AP) — Prime Minister Kyriakos Mitsotakis promised 1.6 billion "
        "euros of tax cuts at the Thessaloniki International Fair on Saturday, in the capital of "
        "the northern region of Macedonia.",
    ),
    # ------------------------------------------------------------------ Greece: Tempi two years on
    "en_tempi": (
        (2, 28),
        "reuters",
        "ATHENS, Feb 28 (Reuters) - Hundreds of thousands of people rallied across Greece and a "
        "general strike halted flights and trains on Friday, two years after the Tempi rail crash "
        "that killed 57 people, as anger grows over the handling of the investigation.",
    ),
    "ru_tempi": (
        (2, 28),
        "tass",
        "АФИНЫ, 28 февраля. /ТАСС/. Массовые протесты и всеобщая забастовка прошли в Греции во "
        "вторую годовщину железнодорожной катастрофы в долине Темпи. Тогда, 28 февраля 2023 года, "
        "погибли 57 человек.",
    ),
    "en_tempi_oneliner": (
        (2, 28),
        "euronews",
        "#Tempi: 'I have no oxygen', the last words of a victim, became the slogan of the "
        "protests.",
    ),
    "ru_tempi_oneliner": (
        (2, 28),
        "rt",
        "#Темпи: «Мне нечем дышать» — последние слова одной из жертв стали лозунгом протестов.",
    ),
    "en_tempi_mitsotakis": (
        (3, 5),
        "afp",
        "ATHENS (AFP) — Prime Minister Kyriakos Mitsotakis survived a no-confidence vote over the "
        "Tempi train disaster on Wednesday, after opposition parties accused his government of a "
        "cover-up.",
    ),
    "ru_tempi_mitsotakis": (
        (3, 5),
        "ria",
        "Правительство Кириакоса Мицотакиса пережило вотум недоверия, инициированный оппозицией "
        "из-за расследования крушения поездов в Темпи.",
    ),
    # -------------------------------- Hungary: Péter Magyar, Tisza, the MNB; Krasznahorkai's Nobel
    "en_magyar_rally": (
        (10, 23),
        "reuters",
        "BUDAPEST, Oct 23 (Reuters) - Opposition leader Peter Magyar told tens of thousands of "
        "supporters that his Tisza party would end Viktor Orban's rule in the April 2026 "
        "election, while Orban's Fidesz held a rival 'peace march' on the anniversary of the 1956 "
        "uprising.",
    ),
    "ru_magyar_rally": (
        (10, 23),
        "ria",
        "БУДАПЕШТ, 23 окт — РИА Новости. Лидер оппозиционной партии «Тиса» Петер Мадьяр и премьер "
        "Виктор Орбан провели в Будапеште конкурирующие митинги в годовщину восстания 23 октября "
        "1956 года.",
    ),
    "en_magyar_poll": (
        (6, 11),
        "euronews",
        "Poll: Péter Magyar's Tisza leads Fidesz by 9 points ahead of Hungary's 2026 election. 🇭🇺",
    ),
    "ru_magyar_poll": (
        (6, 11),
        "rbc",
        "Партия «Тиса» Петера Мадьяра опережает «Фидес» на 9 п. п., показал опрос.",
    ),
    "en_tisza_river_trap": (
        (8, 14),
        "euronews",
        "Barges are stranded near Szeged as the Tisza river falls to a record low in a heatwave.",
    ),
    "ru_tisza_river_trap": (
        (8, 14),
        "rg",
        "Уровень воды в реке Тиса у Сегеда упал до исторического минимума, судоходство "
        "остановлено.",
    ),
    "en_mnb": (
        (9, 23),
        "bloomberg",
        "Magyar Nemzeti Bank holds its base rate at 6.5% for a 12th month as the forint steadies.",
    ),
    "ru_mnb": (
        (9, 23),
        "interfax",
        "Будапешт. 23 сентября. INTERFAX - Национальный банк Венгрии (Magyar Nemzeti Bank) "
        "сохранил базовую ставку на уровне 6,5% годовых.",
    ),
    "en_nobel_lit": (
        (10, 9),
        "ap",
        "STOCKHOLM (AP) — Hungarian writer László Krasznahorkai won the Nobel Prize in literature "
        "on Thursday for 'his compelling and visionary oeuvre that, in the midst of apocalyptic "
        "terror, reaffirms the power of art'. His novel 'Satantango' was filmed by Béla Tarr.",
    ),
    "ru_nobel_lit": (
        (10, 9),
        "tass",
        "СТОКГОЛЬМ, 9 октября. /ТАСС/. Нобелевская премия по литературе за 2025 год присуждена "
        "венгерскому писателю Ласло Краснахоркаи. Шведская академия отметила его «захватывающее и "
        "провидческое творчество». #Нобель2025",
    ),
    "en_krasznahorkai_oneliner": (
        (10, 9),
        "euronews",
        "Krasznahorkai is Hungary's second literature laureate after Imre Kertész in 2002.",
    ),
    "ru_krasznahorkai_oneliner": (
        (10, 10),
        "rg",
        "Краснахоркаи — автор «Сатанинского танго» и «Меланхолии сопротивления».",
    ),
    # ------------------------------------------------------ The Nobel science and economics prizes
    "en_nobel_medicine": (
        (10, 6),
        "afp",
        "STOCKHOLM (AFP) — Mary Brunkow, Fred Ramsdell and Shimon Sakaguchi won the Nobel Prize "
        "in medicine on Monday for discoveries on peripheral immune tolerance and regulatory T "
        "cells. 🧬",
    ),
    "ru_nobel_medicine": (
        (10, 6),
        "ria",
        "СТОКГОЛЬМ, 6 окт — РИА Новости. Нобелевскую премию по физиологии и медицине присудили "
        "Мэри Брункоу, Фреду Рамсделлу и Симону Сакагути за открытия в области периферической "
        "иммунной толерантности.",
    ),
    "en_nobel_physics": (
        (10, 7),
        "reuters",
        "STOCKHOLM, Oct 7 (Reuters) - John Clarke, Michel Devoret and John Martinis won the 2025 "
        "Nobel Prize in physics for showing quantum tunnelling in an electric circuit big enough "
        "to hold in the hand, work that underpins today's quantum computers.",
    ),
    "ru_nobel_physics": (
        (10, 7),
        "ria",
        "СТОКГОЛЬМ, 7 окт — РИА Новости. Нобелевскую премию по физике получили Джон Кларк, Мишель "
        "Деворе и Джон Мартинис за открытие макроскопического квантового туннелирования в "
        "электрической цепи.",
    ),
    "en_nobel_chemistry": (
        (10, 8),
        "ap",
        "STOCKHOLM (AP) — Susumu Kitagawa of Japan, Richard Robson of Australia and "
        "Jordanian-born Omar Yaghi won the Nobel Prize in chemistry on Wednesday for "
        "metal-organic frameworks, porous materials that can pull water from desert air.",
    ),
    "ru_nobel_chemistry": (
        (10, 8),
        "tass",
        "СТОКГОЛЬМ, 8 октября. /ТАСС/. Лауреатами Нобелевской премии по химии стали японец Сусуму "
        "Китагава, Ричард Робсон и Омар Яги — за создание металлоорганических каркасов.",
    ),
    "en_nobel_econ": (
        (10, 13),
        "reuters",
        "STOCKHOLM, Oct 13 (Reuters) - Joel Mokyr, Philippe Aghion and Peter Howitt won the 2025 "
        "Nobel economics prize for explaining innovation-driven economic growth.",
    ),
    "ru_nobel_econ": (
        (10, 13),
        "tass",
        "Премию по экономике памяти Альфреда Нобеля получили Джоэль Мокир, Филипп Агьон и Питер "
        "Хоуитт — за объяснение экономического роста, основанного на инновациях.",
    ),
    "ru_nobel_ceremony": (
        (12, 10),
        "tass",
        "СТОКГОЛЬМ, 10 декабря. /ТАСС/. Король Швеции Карл XVI Густав вручил Нобелевские премии "
        "лауреатам 2025 года в Концертном зале Стокгольма. Награду по литературе получил Ласло "
        "Краснахоркаи.",
    ),
    # ------------------------------------------------ Poland: the drones and NATO's Eastern Sentry
    "en_poland_drones": (
        (9, 10),
        "reuters",
        "WARSAW, Sept 10 (Reuters) - Poland shot down drones that violated its airspace overnight "
        "during a Russian attack on Ukraine, the first time a NATO member has fired on Russian "
        "assets during the war, Prime Minister Donald Tusk said. Poland invoked NATO's Article 4.",
    ),
    "ru_poland_drones": (
        (9, 10),
        "ria",
        "ВАРШАВА, 10 сен — РИА Новости. Польша заявила о нарушении своего воздушного пространства "
        "беспилотниками и запросила консультации по статье 4 Североатлантического договора. "
        "Премьер Дональд Туск выступил в Сейме.",
    ),
    "ru_poland_mid": (
        (9, 10),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой: обвинения Варшавы в "
        "«атаке дронов» голословны. Польская сторона не представила доказательств российского "
        "происхождения беспилотников.\n"
        "\n"
        "🔗 https://mid.ru/ru/foreign_policy/news/",
    ),
    "en_sikorski_unsc": (
        (9, 12),
        "reuters",
        "UNITED NATIONS, Sept 12 (Reuters) - Polish Foreign Minister Radoslaw Sikorski told the "
        "U.N. Security Council that 19 drones had crossed into Poland on Sept. 9-10 and that "
        "'this was no mistake'.",
    ),
    "en_eastern_sentry": (
        (9, 12),
        "ap",
        "BRUSSELS (AP) — NATO launched 'Eastern Sentry' on Friday to bolster defences along its "
        "eastern flank after drones entered Polish airspace, Secretary-General Mark Rutte said, "
        "with Denmark, France, Britain and Germany sending jets and ships.",
    ),
    "ru_eastern_sentry": (
        (9, 12),
        "tass",
        "БРЮССЕЛЬ, 12 сентября. /ТАСС/. НАТО начинает операцию «Восточный страж» для усиления "
        "восточного фланга, объявил генсек альянса Марк Рютте.",
    ),
    "ru_sikorski_oneliner": (
        (9, 13),
        "rt",
        "Сикорский в Совбезе ООН: «Это не было ошибкой».",
    ),
    # ---------------------------------------------------------------------- Estonia: three MiG-31s
    "en_estonia_migs": (
        (9, 19),
        "reuters",
        "TALLINN, Sept 19 (Reuters) - Three Russian MiG-31 fighter jets violated Estonian "
        "airspace near Vaindloo island for 12 minutes on Friday, Estonia said, requesting NATO "
        "consultations under Article 4 for the second time this month after Poland.",
    ),
    "ru_estonia_migs": (
        (9, 19),
        "tass",
        "МОСКВА, 19 сентября. /ТАСС/. Минобороны России опровергло сообщения о нарушении "
        "воздушного пространства Эстонии тремя истребителями МиГ-31. Полёт проходил над "
        "нейтральными водами Балтийского моря.",
    ),
    "en_estonia_tsahkna": (
        (9, 22),
        "err_news",
        "NEW YORK — Foreign Minister Margus Tsahkna told the UN Security Council that the "
        "incursion of the MiG-31s was 'a deliberate escalation' and asked allies for more air "
        "defence.",
    ),
    "en_article4": (
        (9, 23),
        "ap",
        "BRUSSELS (AP) — NATO allies held Article 4 consultations at Estonia's request on "
        "Tuesday, the alliance's second such meeting in September.",
    ),
    "ru_estonia_article4": (
        (9, 23),
        "tass",
        "БРЮССЕЛЬ, 23 сентября. /ТАСС/. Страны НАТО провели консультации по статье 4 "
        "Североатлантического договора по запросу Эстонии.",
    ),
    "ru_estonia_tsahkna": (
        (9, 23),
        "ria",
        "Глава МИД Эстонии Маргус Тсахкна потребовал от союзников по НАТО усилить "
        "противовоздушную оборону после инцидента с МиГ-31.",
    ),
    # ------------------------------------------------- The Sakharov Prize: Poczobut and Amaglobeli
    "en_sakharov": (
        (10, 22),
        "euronews",
        "STRASBOURG — The European Parliament awarded the 2025 Sakharov Prize for Freedom of "
        "Thought to jailed journalists Andrzej Poczobut of Belarus and Mzia Amaglobeli of "
        "Georgia, President Roberta Metsola announced on Wednesday.",
    ),
    "ru_sakharov": (
        (10, 22),
        "ria",
        "СТРАСБУРГ, 22 окт — РИА Новости. Европарламент присудил премию имени Сахарова "
        "журналистам Анджею Почобуту, отбывающему срок в Белоруссии, и Мзии Амаглобели из Грузии.",
    ),
    "en_amaglobeli_sentence": (
        (8, 6),
        "rferl",
        "BATUMI, Georgia — A court sentenced journalist Mzia Amaglobeli, founder of the outlets "
        "Batumelebi and Netgazeti, to two years in prison on Wednesday for slapping a police "
        "chief during a protest in January.",
    ),
    "ru_amaglobeli_sentence": (
        (8, 6),
        "tass",
        "ТБИЛИСИ, 6 августа. /ТАСС/. Батумский городской суд приговорил журналистку Мзию "
        "Амаглобели к двум годам лишения свободы по делу о пощёчине начальнику полиции. Адвокат "
        "журналистки обжалует приговор.",
    ),
    "en_amaglobeli_sanctions": (
        (8, 8),
        "lsm",
        "RIGA — Latvia, Lithuania and Estonia sanctioned Georgian judges and prosecutors involved "
        "in the Amaglobeli case, barring them from entering the three countries.",
    ),
    "ru_amaglobeli_sanctions": (
        (8, 8),
        "ria",
        "Латвия, Литва и Эстония ввели санкции против грузинских судей и прокуроров, причастных к "
        "делу Амаглобели.",
    ),
    "en_sakharov_ceremony": (
        (12, 16),
        "euronews",
        "The chairs of Mzia Amaglobeli and Andrzej Poczobut stayed empty at the Sakharov Prize "
        "ceremony in Strasbourg on Dec. 16; relatives accepted the award for them.",
    ),
    "ru_sakharov_ceremony": (
        (12, 16),
        "ria",
        "СТРАСБУРГ, 16 дек — РИА Новости. Премию имени Сахарова за Почобута и Амаглобели получили "
        "их родственники.",
    ),
    "en_hyundai_ice_trap": (
        (9, 5),
        "ap",
        "ELLABELL, Georgia (AP) — U.S. Immigration and Customs Enforcement (ICE) agents detained "
        "475 people, most of them South Korean nationals, in a raid on a Hyundai battery plant "
        "under construction in Georgia on Thursday.",
    ),
    "ru_hyundai_ice_trap": (
        (9, 5),
        "ria",
        "СЕУЛ, 5 сен — РИА Новости. Иммиграционная служба США (ICE) задержала более 300 граждан "
        "Южной Кореи на строящемся заводе Hyundai в американском штате Джорджия.",
    ),
    # --------------------------------------------------- Lithuania: Paluckas goes, Ruginienė comes
    "en_paluckas": (
        (7, 31),
        "reuters",
        "VILNIUS, July 31 (Reuters) - Lithuanian Prime Minister Gintautas Paluckas resigned on "
        "Thursday amid investigations into his business dealings, less than eight months after "
        "taking office.",
    ),
    "ru_paluckas": (
        (7, 31),
        "tass",
        "ВИЛЬНЮС, 31 июля. /ТАСС/. Премьер-министр Литвы Гинтаутас Палуцкас ушёл в отставку на "
        "фоне журналистских расследований о его бизнесе.",
    ),
    "en_ruginiene": (
        (8, 26),
        "lrt",
        "VILNIUS — The Seimas approved former trade union leader Inga Ruginienė as Lithuania's "
        "prime minister on Tuesday by 78 votes to 35.",
    ),
    "ru_ruginiene": (
        (8, 26),
        "ria",
        "ВИЛЬНЮС, 26 авг — РИА Новости. Сейм Литвы утвердил Ингу Ругинене на посту "
        "премьер-министра. Президент Гитанас Науседа подписал указ о её назначении.",
    ),
    "en_ruginiene_oneliner": (
        (8, 27),
        "lrt",
        "Ruginiene: defence spending will stay above 5% of GDP.",
    ),
    # --------------------------------------------------------- Portugal: Lisbon's Glória funicular
    "en_gloria": (
        (9, 4),
        "reuters",
        "LISBON, Sept 4 (Reuters) - Sixteen people were killed when Lisbon's historic Gloria "
        "funicular derailed and crashed into a building on Wednesday evening, Mayor Carlos Moedas "
        "said. Portugal declared a day of national mourning.",
    ),
    "ru_gloria": (
        (9, 4),
        "tass",
        "ЛИССАБОН, 4 сентября. /ТАСС/. Число погибших при сходе с рельсов фуникулёра «Глория» в "
        "Лиссабоне достигло 16. Авария произошла вечером 3 сентября, когда у вагона оборвался "
        "трос.",
    ),
    "en_gloria_rebelo": (
        (9, 4),
        "ap",
        "LISBON, Portugal (AP) — President Marcelo Rebelo de Sousa called the crash of the Glória "
        "funicular, which has climbed a Lisbon hillside since 1885, 'a tragedy for the city'.",
    ),
    "ru_gloria_moedas": (
        (9, 5),
        "ria",
        "Мэр Лиссабона Карлуш Моэдаш приостановил работу всех городских фуникулёров до проверки. "
        "Президент Португалии Марселу Ребелу де Соза выразил соболезнования семьям погибших.",
    ),
    "ru_gloria_consular": (
        (9, 4),
        "mid_consular",
        "❗️ 04.09.2025. По информации Посольства России в Португалии, граждан России среди "
        "погибших при аварии фуникулера в Лиссабоне нет. Телефон дежурной службы: +351 21 846 25 "
        "24.",
    ),
    "en_gloria_report": (
        (10, 20),
        "afp",
        "LISBON (AFP) — A preliminary report found that the cable linking the Glória funicular's "
        "two cars failed at its attachment point and was not certified for passenger use.",
    ),
    # -------------------------- The World Cup's newcomers: Cape Verde, Curaçao, Jordan, Uzbekistan
    "en_capeverde": (
        (10, 13),
        "reuters",
        "PRAIA, Oct 13 (Reuters) - Cape Verde qualified for the World Cup for the first time "
        "after beating Eswatini 3-0 on Monday, becoming the second-smallest nation by population "
        "ever to reach the finals.",
    ),
    "ru_capeverde": (
        (10, 14),
        "sport_express",
        "Сборная Кабо-Верде впервые в истории вышла на чемпионат мира, обыграв Эсватини (3:0). "
        "Население островного государства — около 525 тысяч человек.",
    ),
    "en_capeverde_oneliner": (
        (10, 13),
        "africanews",
        "🇨🇻 The Blue Sharks are going to the World Cup! #CapeVerde",
    ),
    "ru_capeverde_rt": (
        (10, 14),
        "rt",
        "Острова Зелёного Мыса — на чемпионате мира! 🇨🇻 Архипелаг с населением в полмиллиона "
        "впервые пробился в финальный турнир.",
    ),
    "en_curacao": (
        (11, 19),
        "ap",
        "KINGSTON, Jamaica (AP) — Curaçao became the smallest nation ever to qualify for the "
        "World Cup after a 0-0 draw at Jamaica on Tuesday. Its 78-year-old Dutch coach Dick "
        "Advocaat, who missed the game for family reasons, will be the oldest coach in the "
        "tournament's history.",
    ),
    "ru_curacao": (
        (11, 19),
        "sport_express",
        "Кюрасао стал самой маленькой страной в истории, пробившейся на чемпионат мира: команда "
        "Дика Адвоката сыграла вничью с Ямайкой (0:0). Население острова — около 156 тысяч "
        "человек.",
    ),
    "en_advocaat": (
        (11, 20),
        "bbc_sport",
        "Dick Advocaat, 78, will become the oldest coach at a World Cup after leading Curacao to "
        "the finals.",
    ),
    "ru_advocaat_oneliner": (
        (11, 20),
        "rt",
        "Дику Адвокату — 78. Нидерландский тренер станет самым возрастным в истории чемпионатов "
        "мира.",
    ),
    "en_curacao_trap": (
        (7, 18),
        "euronews",
        "Blue curaçao is back: bartenders say the bright-blue liqueur is the summer's cocktail "
        "colour. 🍸",
    ),
    "en_jordan_uzbek": (
        (6, 5),
        "afp",
        "AMMAN (AFP) — Jordan and Uzbekistan both qualified for their first World Cup on "
        "Thursday, Jordan winning 3-0 in Oman and Uzbekistan drawing 0-0 with the United Arab "
        "Emirates in Abu Dhabi.",
    ),
    "ru_jordan_uzbek": (
        (6, 6),
        "sport_express",
        "Иордания и Узбекистан впервые в истории вышли на чемпионат мира. Иорданцы разгромили "
        "Оман (3:0), узбекистанцы сыграли вничью с ОАЭ в Абу-Даби.",
    ),
    "en_michael_jordan_trap": (
        (12, 11),
        "ap",
        "CHARLOTTE, N.C. (AP) — NASCAR settled the antitrust lawsuit brought by 23XI Racing, the "
        "team co-owned by Michael Jordan, on the ninth day of the trial.",
    ),
    # ----------------------------------------------------- Colombia: Miguel Uribe and Álvaro Uribe
    "en_miguel_uribe_shot": (
        (6, 8),
        "reuters",
        "BOGOTA, June 8 (Reuters) - Colombian presidential hopeful Miguel Uribe Turbay, 39, was "
        "in critical condition after being shot in the head at a campaign event in Bogota on "
        "Saturday; a 15-year-old suspect was arrested.",
    ),
    "ru_miguel_uribe_shot": (
        (6, 8),
        "tass",
        "БОГОТА, 8 июня. /ТАСС/. Сенатор и кандидат в президенты Колумбии Мигель Урибе Турбай "
        "находится в тяжёлом состоянии после покушения на митинге в Боготе 7 июня. Задержан "
        "15-летний подозреваемый.",
    ),
    "en_miguel_uribe_died": (
        (8, 11),
        "ap",
        "BOGOTA, Colombia (AP) — Sen. Miguel Uribe, who was shot at a rally two months ago, died "
        "on Monday, his family said. President Gustavo Petro declared a day of mourning.",
    ),
    "ru_miguel_uribe_died": (
        (8, 11),
        "ria",
        "БОГОТА, 11 авг — РИА Новости. Скончался колумбийский сенатор Мигель Урибе, раненный в "
        "ходе покушения 7 июня.",
    ),
    "en_alvaro_convicted": (
        (7, 28),
        "reuters",
        "BOGOTA, July 28 (Reuters) - Former Colombian President Alvaro Uribe was convicted on "
        "Monday of witness tampering and procedural fraud, the first ex-president in the "
        "country's history found guilty at trial.",
    ),
    "ru_alvaro_convicted": (
        (8, 1),
        "tass",
        "БОГОТА, 1 августа. /ТАСС/. Суд приговорил бывшего президента Колумбии Альваро Урибе к 12 "
        "годам домашнего ареста по делу о подкупе свидетелей. Адвокат Урибе заявил, что приговор "
        "будет обжалован.",
    ),
    "en_alvaro_acquitted": (
        (10, 21),
        "ap",
        "BOGOTA (AP) — An appeals court on Tuesday overturned the conviction of former President "
        "Álvaro Uribe, who governed Colombia from 2002 to 2010.",
    ),
    "ru_alvaro_acquitted": (
        (10, 21),
        "ria",
        "БОГОТА, 21 окт — РИА Новости. Апелляционный суд Боготы оправдал экс-президента Колумбии "
        "Альваро Урибе.",
    ),
    "en_uribe_oneliner": (
        (7, 28),
        "bloomberg",
        "Uribe found guilty in witness-tampering case; Colombian peso little changed.",
    ),
    # ---------------------------------------------------- The Dominican Republic: the Jet Set roof
    "en_jetset_abinader": (
        (4, 8),
        "ap",
        "SANTO DOMINGO, Dominican Republic (AP) — President Luis Abinader declared three days of "
        "national mourning after the roof of the Jet Set nightclub collapsed early Tuesday during "
        "a packed merengue concert.",
    ),
    "ru_jetset_abinader": (
        (4, 8),
        "ria",
        "Президент Доминиканы Луис Абинадер объявил трёхдневный траур после обрушения крыши "
        "ночного клуба в Санто-Доминго.",
    ),
    "en_jetset": (
        (4, 9),
        "reuters",
        "SANTO DOMINGO, April 9 (Reuters) - The death toll from the roof collapse at the Jet Set "
        "nightclub rose to 184, authorities said on Wednesday, as rescuers searched the rubble "
        "after a concert by merengue singer Rubby Perez, who was among the dead.",
    ),
    "ru_jetset": (
        (4, 9),
        "tass",
        "САНТО-ДОМИНГО, 9 апреля. /ТАСС/. Число погибших при обрушении крыши ночного клуба Jet "
        "Set в столице Доминиканской Республики возросло до 184. Трагедия произошла в ночь на 8 "
        "апреля во время концерта певца Руби Переса.",
    ),
    "en_jetset_toll": (
        (4, 15),
        "afp",
        "The toll from the Jet Set disaster has reached 236, one of the deadliest building "
        "collapses in Latin America.",
    ),
    "en_dominica_trap": (
        (9, 24),
        "reuters",
        "ROSEAU, Dominica, Sept 24 (Reuters) - Dominica raised the minimum price of its "
        "citizenship-by-investment passports to $200,000, the island's government said.",
    ),
    # -------------------------------------------------------- The Philippines: the Cebu earthquake
    "en_cebu": (
        (10, 1),
        "reuters",
        "MANILA, Oct 1 (Reuters) - A magnitude 6.9 earthquake struck off the central Philippine "
        "province of Cebu late on Tuesday, killing at least 69 people, most of them in and around "
        "Bogo City, disaster officials said.",
    ),
    "ru_cebu": (
        (10, 1),
        "ria",
        "МАНИЛА, 1 окт — РИА Новости. Жертвами землетрясения магнитудой 6,9 у острова Себу на "
        "Филиппинах стали не менее 69 человек. Больше всего пострадал город Бого.",
    ),
    "en_cebu_marcos": (
        (10, 2),
        "ap",
        "BOGO, Philippines (AP) — President Ferdinand Marcos Jr. visited quake-hit Bogo on "
        "Thursday and promised to rebuild schools and churches damaged by Tuesday's earthquake.",
    ),
    "ru_cebu_marcos": (
        (10, 2),
        "tass",
        "Президент Филиппин Фердинанд Маркос-младший посетил пострадавший от землетрясения город "
        "Бого.",
    ),
    "ru_cebu_kremlin": (
        (10, 1),
        "kremlin",
        "Владимир Путин направил соболезнования Президенту Республики Филиппины Фердинанду "
        "Маркосу в связи с многочисленными жертвами землетрясения на острове Себу.",
    ),
    "en_cebu_pacific_trap": (
        (7, 15),
        "bloomberg",
        "Cebu Pacific flew a record 13 million passengers in the first half, the Manila-based "
        "budget airline said.",
    ),
    # -------------------------------------------------------------------- Samoa: the snap election
    "en_samoa_vote": (
        (8, 30),
        "rnz",
        "APIA — La'auli Leuatea Schmidt's FAST party won Samoa's snap election on Friday, taking "
        "30 of 50 seats despite its leader facing criminal charges, provisional results showed.",
    ),
    "ru_samoa_vote": (
        (8, 30),
        "tass",
        "СИДНЕЙ, 30 августа. /ТАСС/. Партия FAST Лаули Леуатеа Шмидта победила на досрочных "
        "парламентских выборах в Самоа, сообщили местные СМИ.",
    ),
    "en_samoa_sworn": (
        (9, 16),
        "abc_au",
        "La'auli Leuatea Schmidt was sworn in as Samoa's prime minister on Tuesday, two weeks "
        "after his party's election win.",
    ),
    "ru_samoa_sworn": (
        (9, 16),
        "ria",
        "Лаули Леуатеа Шмидт, избранный парламентом на пост премьер-министра Самоа, принёс "
        "присягу.",
    ),
    "en_american_samoa_trap": (
        (4, 11),
        "ap",
        "PAGO PAGO, American Samoa (AP) — Tuna cannery workers fear job losses as the territory's "
        "last remaining plant cuts shifts.",
    ),
    # ------------------------------------------------- The Quad in Washington and the Indo-Pacific
    "en_quad": (
        (7, 1),
        "reuters",
        "WASHINGTON, July 1 (Reuters) - Foreign ministers of the Quad — the United States, India, "
        "Japan and Australia — launched a critical minerals initiative on Tuesday and pledged to "
        "keep the Indo-Pacific 'free and open', in a veiled reference to China.",
    ),
    "ru_quad": (
        (7, 2),
        "tass",
        "ВАШИНГТОН, 2 июля. /ТАСС/. Министры иностранных дел стран «четвёрки» QUAD — США, Индии, "
        "Японии и Австралии — на встрече 1 июля объявили о создании инициативы по критически "
        "важным полезным ископаемым и подтвердили приверженность «свободному и открытому "
        "Индо-Тихоокеанскому региону».",
    ),
    "ru_quad_mid": (
        (7, 3),
        "mid",
        "О встрече «четвёрки» в Вашингтоне: продвигаемые США узкие блоковые форматы в так "
        "называемом Индо-Тихоокеанском регионе (ИТР) подрывают сложившуюся вокруг АСЕАН "
        "архитектуру безопасности.",
    ),
    "ru_itr_trap": (
        (11, 25),
        "rg",
        "Зарплаты инженерно-технических работников (ИТР) на оборонных предприятиях выросли за год "
        "на 18%.",
    ),
    # ------------------------------------------------------------ Somaliland: Israel's recognition
    "en_somaliland_israel": (
        (12, 26),
        "reuters",
        "JERUSALEM, Dec 26 (Reuters) - Israel became the first country to formally recognise "
        "Somaliland, the breakaway region of Somalia that declared independence in 1991, Prime "
        "Minister Benjamin Netanyahu's office said on Friday.",
    ),
    "ru_somaliland_israel": (
        (12, 26),
        "tass",
        "ТЕЛЬ-АВИВ, 26 декабря. /ТАСС/. Израиль первым в мире официально признал независимость "
        "Сомалиленда, самопровозглашённой республики на севере Сомали, сообщила канцелярия "
        "премьер-министра Биньямина Нетаньяху.",
    ),
    "en_somaliland_irro": (
        (12, 26),
        "afp",
        "HARGEISA (AFP) — Crowds celebrated in Hargeisa as Somaliland President Abdirahman "
        "Mohamed Abdullahi, known as Irro, hailed 'a historic day'. #Somaliland",
    ),
    "en_somaliland_au": (
        (12, 27),
        "africanews",
        "The African Union and Somalia's government condemned Israel's recognition of Somaliland "
        "as a violation of Somalia's sovereignty. 🇸🇴",
    ),
    "ru_somaliland_au": (
        (12, 27),
        "ria",
        "Африканский союз и правительство Сомали осудили признание Израилем Сомалиленда.",
    ),
    "ru_somaliland_oneliner": (
        (12, 26),
        "rt",
        "Сомалиленд ликует: первое признание за 34 года. #Сомалиленд",
    ),
    "ru_somaliland_mid": (
        (12, 27),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с признанием "
        "Израилем Сомалиленда\n"
        "\n"
        "Россия последовательно выступает за единство, суверенитет и территориальную целостность "
        "Федеративной Республики Сомали.",
    ),
    "en_somalia_trap": (
        (3, 18),
        "aljazeera",
        "MOGADISHU — Al-Shabab fighters stormed a military base in central Somalia, killing at "
        "least 10 soldiers, officials said.",
    ),
    "ru_somalia_trap": (
        (3, 18),
        "ria",
        "МОГАДИШО, 18 мар — РИА Новости. Боевики «Аш-Шабаб» атаковали военную базу в центральной "
        "части Сомали, погибли не менее 10 военных.",
    ),
    # ---------------------------------------------------------- Djibouti: no age limit for Guelleh
    "en_djibouti": (
        (11, 2),
        "afp",
        "DJIBOUTI (AFP) — Djibouti's parliament on Sunday scrapped the 75-year age limit for "
        "presidential candidates, clearing the way for Ismail Omar Guelleh, 77 and in power since "
        "1999, to seek a sixth term in April 2026.",
    ),
    "ru_djibouti": (
        (11, 2),
        "ria",
        "ДЖИБУТИ, 2 ноя — РИА Новости. Парламент Джибути отменил возрастной ценз в 75 лет для "
        "кандидатов в президенты. Это позволит 77-летнему Исмаилу Омару Гелле, правящему с 1999 "
        "года, баллотироваться в шестой раз.",
    ),
    "ru_djibouti_oneliner": (
        (11, 3),
        "rt",
        "Гелле пойдёт на шестой срок.",
    ),
    # -------------------------------------------------- Finland: icebreakers for the United States
    "en_finland_icebreakers": (
        (10, 9),
        "reuters",
        "WASHINGTON, Oct 9 (Reuters) - President Donald Trump said on Thursday the United States "
        "would buy four icebreakers from Finland for about $6.1 billion, after meeting Finnish "
        "President Alexander Stubb at the White House. Seven more would be built in U.S. yards.",
    ),
    "ru_finland_icebreakers": (
        (10, 10),
        "tass",
        "ВАШИНГТОН, 10 октября. /ТАСС/. США закажут в Финляндии четыре ледокола, объявил Дональд "
        "Трамп после переговоров с президентом Финляндии Александром Стуббом. Ещё семь судов "
        "построят на американских верфях.",
    ),
    "en_ice_pact": (
        (10, 9),
        "high_north_news",
        "The ICE Pact, the Icebreaker Collaboration Effort of the U.S., Canada and Finland, was "
        "announced in July 2024 to counter Russia and China in the Arctic; Thursday's order is "
        "its first big contract.",
    ),
    "ru_finland_rauma": (
        (10, 10),
        "ria",
        "Финские верфи в Рауме и Хельсинки готовы строить ледоколы для Береговой охраны США, "
        "заявил министр внешней торговли Финляндии Вилле Тавио. Премьер Петтери Орпо назвал заказ "
        "историческим.",
    ),
    "en_orpo_oneliner": (
        (10, 10),
        "yle",
        "PM Petteri Orpo: the icebreaker deal will secure thousands of jobs in Rauma and Helsinki.",
    ),
    # --------------------------------------------------------------- Iceland: Grindavík and the EU
    "en_iceland_eruption": (
        (4, 1),
        "reuters",
        "REYKJAVIK, April 1 (Reuters) - A volcano erupted on Iceland's Reykjanes peninsula on "
        "Tuesday, prompting the evacuation of the fishing town of Grindavik and the Blue Lagoon "
        "spa.",
    ),
    "ru_iceland_eruption": (
        (4, 1),
        "ria",
        "РЕЙКЬЯВИК, 1 апр — РИА Новости. На полуострове Рейкьянес в Исландии началось извержение "
        "вулкана. Жителей городка Гриндавик и посетителей курорта «Голубая лагуна» эвакуировали.",
    ),
    "en_iceland_july": (
        (7, 16),
        "ap",
        "GRINDAVIK, Iceland (AP) — A new eruption began early Wednesday near Grindavik, the ninth "
        "on the peninsula since 2023; authorities said the town was not in danger this time.",
    ),
    "ru_iceland_july": (
        (7, 16),
        "tass",
        "Новое извержение вулкана началось 16 июля на полуострове Рейкьянес. Угрозы для "
        "Гриндавика нет, сообщили власти Исландии.",
    ),
    "en_iceland_eu": (
        (3, 6),
        "euronews",
        "Iceland will hold a referendum by 2027 on resuming EU accession talks, Foreign Minister "
        "Thorgerdur Katrin Gunnarsdottir said.",
    ),
    "ru_iceland_eu": (
        (3, 6),
        "ria",
        "Исландия проведёт референдум о возобновлении переговоров о вступлении в ЕС не позднее "
        "2027 года, заявила глава МИД Торгердур Катрин Гуннарсдоттир.",
    ),
    "en_iceland_foods_trap": (
        (1, 14),
        "bloomberg",
        "Iceland, the British frozen-food supermarket chain, will open 30 new stores this year, "
        "executive chairman Richard Walker said.",
    ),
    # ------------------------------------------------------------------------ Ireland: Storm Éowyn
    "en_eowyn": (
        (1, 24),
        "rte",
        "Storm Éowyn brought a record gust of 183 km/h at Mace Head in Co Galway on Friday, "
        "leaving 768,000 homes and businesses in Ireland without power. 🌀",
    ),
    "ru_eowyn": (
        (1, 24),
        "tass",
        "ЛОНДОН, 24 января. /ТАСС/. Рекордный шторм «Эовин» обрушился на Ирландию и "
        "Великобританию: порывы ветра достигали 183 км/ч, без электричества остались почти 800 "
        "тыс. домов в Ирландии.",
    ),
    "en_eowyn_oneliner": (
        (1, 24),
        "bbc",
        "Red warning across Northern Ireland and Scotland as Storm Eowyn hits.",
    ),
    "ru_eowyn_martin": (
        (1, 26),
        "ria",
        "Премьер-министр Ирландии Михол Мартин пообещал выплаты пострадавшим от шторма.",
    ),
    # ------------------------------------------------------------- The interstellar comet 3I/ATLAS
    "en_atlas_found": (
        (7, 2),
        "nasa",
        "NASA confirmed the discovery of an interstellar comet, 3I/ATLAS, spotted on July 1 by "
        "the ATLAS survey telescope in Rio Hurtado, Chile. It is only the third known object to "
        "visit from outside our solar system. ☄️",
    ),
    "ru_atlas_found": (
        (7, 3),
        "tass",
        "НЬЮ-ЙОРК, 3 июля. /ТАСС/. Астрономы обнаружили третий в истории межзвёздный объект — "
        "комету 3I/ATLAS. Её заметил 1 июля телескоп системы ATLAS в Чили.",
    ),
    "en_atlas_perihelion": (
        (10, 29),
        "reuters",
        "Comet 3I/ATLAS made its closest approach to the Sun on Wednesday, hidden behind it from "
        "Earth's view; ESA's Mars orbiters had photographed it earlier this month.",
    ),
    "ru_atlas_perihelion": (
        (10, 30),
        "ria",
        "Межзвёздная комета 3I/ATLAS прошла перигелий 29 октября. Ранее её сфотографировали "
        "аппараты ЕКА на орбите Марса.",
    ),
    "ru_atlas_oneliner": (
        (12, 19),
        "rt",
        "Межзвездная гостья 3I/ATLAS сегодня ближе всего к Земле — 270 млн км. ☄️",
    ),
    "en_atlas_v_trap": (
        (4, 28),
        "ap",
        "CAPE CANAVERAL, Fla. (AP) — An Atlas V rocket launched the first 27 satellites of "
        "Amazon's Project Kuiper internet network on Monday.",
    ),
    "ru_atlas_mountains_trap": (
        (9, 8),
        "tass",
        "РАБАТ, 8 сентября. /ТАСС/. Марокко вспоминает жертв землетрясения в горах Высокого "
        "Атласа, которое 8 сентября 2023 года унесло почти 3 тыс. жизней.",
    ),
    # --------------------------------------------------------------- The Vera C. Rubin Observatory
    "en_rubin": (
        (6, 23),
        "ap",
        "CERRO PACHON, Chile (AP) — The Vera C. Rubin Observatory released its first images on "
        "Monday, showing thousands of galaxies and millions of stars at the start of a 10-year "
        "survey of the southern sky.",
    ),
    "ru_rubin": (
        (6, 23),
        "ria",
        "Обсерватория имени Веры Рубин в Чили опубликовала первые снимки: на них тысячи галактик "
        "и миллионы звёзд.",
    ),
    "en_rubin_asteroids": (
        (6, 24),
        "nasa",
        "In its first 10 hours of test observations, the Rubin Observatory found 2,104 previously "
        "unknown asteroids. 🔭 #RubinFirstLook",
    ),
    "ru_rubin_asteroids": (
        (6, 24),
        "ria",
        "За первые 10 часов пробных наблюдений обсерватория имени Веры Рубин обнаружила 2104 "
        "неизвестных астероида.",
    ),
    "ru_rubin_kazan_trap": (
        (8, 17),
        "sport_express",
        "Казанский «Рубин» обыграл «Спартак» (1:0) благодаря голу на 89-й минуте.",
    ),
    # ---------------------------------------------------------- Tennis: Alcaraz, Świątek, Djokovic
    "en_alcaraz_rg": (
        (6, 8),
        "reuters",
        "PARIS, June 8 (Reuters) - Carlos Alcaraz saved three championship points to beat Jannik "
        "Sinner in the longest French Open final ever, 5 hours 29 minutes, retaining his Roland "
        "Garros title.",
    ),
    "ru_alcaraz_rg": (
        (6, 8),
        "sport_express",
        "Карлос Алькарас отыграл три матчбола и победил Янника Синнера в самом продолжительном "
        "финале «Ролан Гаррос» в истории — 5 часов 29 минут.",
    ),
    "en_alcaraz_usopen": (
        (9, 7),
        "ap",
        "NEW YORK (AP) — Carlos Alcaraz beat Jannik Sinner 6-2, 3-6, 6-1, 6-4 in the U.S. Open "
        "final on Sunday to win his sixth Grand Slam title and return to No. 1 in the rankings.",
    ),
    "ru_alcaraz_usopen": (
        (9, 8),
        "tass",
        "НЬЮ-ЙОРК, 8 сентября. /ТАСС/. Испанский теннисист Карлос Алькарас выиграл Открытый "
        "чемпионат США, обыграв в финале итальянца Янника Синнера, и вернул себе первую строчку "
        "рейтинга ATP.",
    ),
    "ru_alcaraz_oneliner": (
        (9, 7),
        "rt",
        "Алькарас — снова первая ракетка мира. 🎾",
    ),
    "en_swiatek": (
        (7, 12),
        "bbc_sport",
        "Iga Swiatek beat Amanda Anisimova 6-0, 6-0 to win her first Wimbledon title, the first "
        "'double bagel' in a women's final at the All England Club since 1911.",
    ),
    "ru_swiatek": (
        (7, 12),
        "sport_express",
        "Ига Швёнтек разгромила Аманду Анисимову (6:0, 6:0) в финале Уимблдона и впервые выиграла "
        "этот турнир.",
    ),
    "ru_swiatek_tass": (
        (7, 12),
        "tass",
        "ЛОНДОН, 12 июля. /ТАСС/. Польская теннисистка Ига Свёнтек стала победительницей "
        "Уимблдонского турнира.",
    ),
    "en_swiatek_wta": (
        (7, 14),
        "reuters",
        "Iga Świątek, Poland's first Wimbledon singles champion, rises to No. 3 in the WTA "
        "rankings.",
    ),
    "en_djokovic_100": (
        (5, 24),
        "reuters",
        "GENEVA, May 24 (Reuters) - Novak Djokovic beat Hubert Hurkacz in a final-set tiebreak to "
        "win the Geneva Open on Saturday, his 100th ATP singles title, joining Jimmy Connors and "
        "Roger Federer in the three-figure club.",
    ),
    "ru_djokovic_100": (
        (5, 24),
        "sport_express",
        "Новак Джокович обыграл Хуберта Хуркача в финале турнира в Женеве и завоевал сотый титул "
        "ATP в карьере.",
    ),
    "en_djokovic_quote": (
        (5, 25),
        "euronews",
        "Novak Đoković after his 100th title: 'One hundred is a beautiful number.' 🎾",
    ),
    "en_djokovic_athens": (
        (11, 8),
        "ap",
        "ATHENS, Greece (AP) — Novak Djokovic won his 101st title at the Hellenic Championship in "
        "Athens on Saturday, beating Lorenzo Musetti in three sets.",
    ),
    "ru_djokovic_athens": (
        (11, 8),
        "tass",
        "Джокович выиграл турнир в Афинах и довёл число титулов в карьере до 101.",
    ),
    # -------------------------------------------------------------- Cycling: Pogačar's fourth Tour
    "en_pogacar": (
        (7, 27),
        "reuters",
        "PARIS, July 27 (Reuters) - Tadej Pogacar won his fourth Tour de France on Sunday, "
        "finishing four minutes 24 seconds ahead of Denmark's Jonas Vingegaard after a "
        "rain-soaked final stage over Montmartre.",
    ),
    "ru_pogacar": (
        (7, 27),
        "sport_express",
        "Тадей Погачар в четвёртый раз выиграл «Тур де Франс». Датчанин Йонас Вингегор отстал на "
        "4 минуты 24 секунды.",
    ),
    "en_pogacar_oneliner": (
        (7, 27),
        "bbc_sport",
        "Pogačar joins the four-time club. 🟡 #TourDeFrance",
    ),
    "ru_pogacar_bike": (
        (7, 28),
        "rt",
        "Погачар выиграл Тур на велосипеде с рамой весом всего 700 граммов.",
    ),
    # -------------------------------------------------------------- Basketball: EuroBasket in Riga
    "en_eurobasket": (
        (9, 14),
        "reuters",
        "RIGA, Sept 14 (Reuters) - Germany beat Turkey 88-83 in the EuroBasket final on Sunday to "
        "win their second European title and first since 1993, with Dennis Schroder named MVP.",
    ),
    "ru_eurobasket": (
        (9, 14),
        "sport_express",
        "Сборная Германии обыграла Турцию (88:83) в финале Евробаскета в Риге и впервые с 1993 "
        "года стала чемпионом Европы. MVP турнира признан Деннис Шрёдер.",
    ),
    "en_eurobasket_oneliner": (
        (9, 14),
        "bbc_sport",
        "Schröder's Germany crowned in Riga. 🏀 #EuroBasket2025",
    ),
    "ru_eurobasket_riga": (
        (9, 15),
        "rt",
        "Рига провела финал Евробаскета при полных трибунах. 🏀",
    ),
    "en_gerhard_schroder_trap": (
        (10, 17),
        "dw",
        "SCHWERIN — Former German chancellor Gerhard Schröder testified before a state parliament "
        "inquiry into the Nord Stream 2 climate foundation on Friday, defending his ties to "
        "Russia.",
    ),
    "ru_gerhard_schroder_trap": (
        (10, 17),
        "ria",
        "Экс-канцлер ФРГ Герхард Шрёдер дал показания комиссии ландтага Мекленбурга — Передней "
        "Померании по делу о фонде «Северного потока — 2».",
    ),
    # --------------------------------------------------------------- Athletics: Duplantis in Tokyo
    "en_duplantis": (
        (9, 15),
        "ap",
        "TOKYO (AP) — Armand 'Mondo' Duplantis cleared 6.30 meters to break the pole vault world "
        "record for the 14th time and win his third straight world title on Monday.",
    ),
    "ru_duplantis": (
        (9, 15),
        "sport_express",
        "Швед Арман Дюплантис установил 14-й мировой рекорд в прыжках с шестом — 6,30 м — и в "
        "третий раз подряд выиграл чемпионат мира в Токио.",
    ),
    "en_duplantis_oneliner": (
        (9, 15),
        "rt_en",
        "6.30! 🤯 Mondo does it again. #Tokyo2025",
    ),
    # -------------------------------------------------- Ski jumping: the suit scandal in Trondheim
    "en_trondheim": (
        (3, 9),
        "reuters",
        "TRONDHEIM, Norway, March 9 (Reuters) - Norway's ski jumpers Marius Lindvik and Johann "
        "Andre Forfang were disqualified from Saturday's large hill event at the Nordic World Ski "
        "Championships after their suits were found to have been illegally manipulated, the FIS "
        "said.",
    ),
    "ru_trondheim": (
        (3, 9),
        "tass",
        "ОСЛО, 9 марта. /ТАСС/. Международная федерация лыжного спорта и сноуборда (FIS) "
        "дисквалифицировала норвежских прыгунов Мариуса Линдвика и Юханна Андре Форфанга за "
        "незаконно переделанные комбинезоны. Скандал разгорелся на чемпионате мира в Тронхейме, "
        "который проходит с 26 февраля по 9 марта.",
    ),
    "en_trondheim_coach": (
        (3, 10),
        "afp",
        "OSLO (AFP) — Norway's ski jumping coach Magnus Brevig admitted 'we cheated' and was "
        "suspended along with two staff members.",
    ),
    "ru_trondheim_oneliner": (
        (3, 10),
        "rt",
        "Норвежцы признались в жульничестве с комбинезонами. 🎿",
    ),
    # -------------------------------------------------------------- The Trans-Saharan gas pipeline
    "en_tsgp": (
        (2, 11),
        "reuters",
        "ALGIERS, Feb 11 (Reuters) - Energy ministers of Algeria, Niger and Nigeria signed "
        "agreements on Tuesday to speed up the 4,128-km Trans-Saharan Gas Pipeline, which would "
        "carry Nigerian gas to Europe via Algeria's Hassi R'Mel hub.",
    ),
    "ru_tsgp": (
        (2, 11),
        "ria",
        "АЛЖИР, 11 фев — РИА Новости. Алжир, Нигер и Нигерия подписали соглашения об ускорении "
        "строительства Транссахарского газопровода протяжённостью 4128 км.",
    ),
    "ru_tsgp_sonatrach": (
        (7, 22),
        "interfax",
        "Алжирская Sonatrach начнёт изыскания на нигерском участке Транссахарского газопровода.",
    ),
    "en_tsgp_oneliner": (
        (7, 22),
        "africanews",
        "Sonatrach to start surveys on the Niger section of the trans-Saharan pipeline. #Algeria",
    ),
    # -------------------------------------------------- briefings and comments with several topics
    "ru_briefing_apr9": (
        (4, 9),
        "mid",
        "Из брифинга официального представителя МИД России М.В.Захаровой, Москва, 9 апреля 2025 "
        "года:\n"
        "• О трагедии в Санто-Доминго. Выражаем глубокие соболезнования народу Доминиканской "
        "Республики в связи с гибелью людей при обрушении крыши ночного клуба.\n"
        "• О пошлинах США. Решения Вашингтона бьют прежде всего по беднейшим странам, таким как "
        "Лесото.\n"
        "• Об извержении в Исландии. Российских граждан среди пострадавших нет.",
    ),
    "en_briefing_apr9": (
        (4, 9),
        "mfa_russia",
        "From Maria Zakharova's briefing, April 9, 2025:\n"
        "• Dominican Republic: our condolences over the nightclub tragedy in Santo Domingo.\n"
        "• US tariffs: Washington's duties hit the poorest, such as Lesotho, hardest.\n"
        "• OPEC+: Russia remains committed to its agreements with partners.",
    ),
    "ru_briefing_sep11": (
        (9, 11),
        "mid",
        "Из брифинга М.В.Захаровой, 11 сентября 2025 года:\n"
        "• Об обвинениях Польши. Варшава раздувает истерию вокруг беспилотников, не предъявив ни "
        "одного доказательства.\n"
        "• О катастрофе в Лиссабоне. Соболезнуем португальскому народу в связи с крушением "
        "фуникулёра «Глория» 3 сентября.\n"
        "• О решении суверенного фонда Норвегии. Двойные стандарты Осло очевидны.",
    ),
    "en_briefing_sep11": (
        (9, 11),
        "mfa_russia",
        "From Maria Zakharova's briefing, September 11, 2025:\n"
        "• Poland: Warsaw has produced no evidence for its claims about the drones.\n"
        "• Portugal: we share the grief of the Portuguese people over the Lisbon funicular "
        "crash.\n"
        "• Quad: Washington's bloc formats in the so-called Indo-Pacific undermine ASEAN-centred "
        "security.",
    ),
    "ru_briefing_oct23": (
        (10, 23),
        "mid",
        "Из брифинга М.В.Захаровой, 23 октября 2025 года:\n"
        "• О премии имени Сахарова. Европарламент в очередной раз превратил награду в "
        "политический инструмент.\n"
        "• О ледоколах. Заказ США в Финляндии — свидетельство милитаризации Арктики.\n"
        "• Об Эстонии. Обвинения Таллина в нарушении воздушного пространства МиГ-31 19 сентября "
        "бездоказательны.",
    ),
    "en_briefing_oct23": (
        (10, 23),
        "mfa_russia",
        "From Maria Zakharova's briefing, October 23, 2025:\n"
        "• The Sakharov Prize: the European Parliament has once again turned the award into a "
        "political tool.\n"
        "• The Arctic: the US icebreaker order in Finland shows the militarisation of the "
        "region.\n"
        "• Iran: the redenomination of the rial is Iran's sovereign decision; the sanctions are "
        "illegitimate.",
    ),
    "en_somaliland_mfa": (
        (12, 27),
        "mfa_russia",
        "💬 Maria Zakharova: Russia consistently supports the unity, sovereignty and territorial "
        "integrity of Somalia, and regards Israel's recognition of Somaliland as a dangerous "
        "precedent.",
    ),
}

# Posts naming one thing, by the rules above, shared by several queries.
_OPEC = (
    "en_opec_apr",
    "ru_opec_apr",
    "ru_opec_jul",
    "en_opec_novak",
    "en_opec_nov",
    "ru_opec_oneliner",
    "en_briefing_apr9",
)
_A_NOVAK = (
    "ru_opec_apr",
    "ru_opec_jul",
    "en_opec_novak",
)
_DJOKOVIC = (
    "en_djokovic_100",
    "ru_djokovic_100",
    "en_djokovic_quote",
    "en_djokovic_athens",
    "ru_djokovic_athens",
)
_FED = (
    "en_fed_cook_fired",
    "ru_fed_cook_fired",
    "en_fed_cut",
    "ru_fed_cut",
    "en_cook_supreme",
    "ru_cook_supreme",
)
_L_COOK = (
    "en_fed_cook_fired",
    "ru_fed_cook_fired",
    "en_fed_cut",
    "en_cook_supreme",
    "ru_cook_supreme",
)
_T_COOK = (
    "en_tim_cook_trap",
    "ru_tim_cook_trap",
)
_POWELL = (
    "en_fed_cut",
    "ru_fed_cut",
)
_SNB = (
    "en_snb_zero",
    "ru_snb_zero",
)
_KELLER = (
    "en_swiss_39",
    "ru_swiss_39",
)
_S_KOIZUMI = (
    "en_rice_eto",
    "ru_rice_eto",
    "en_rice_koizumi",
    "ru_rice_koizumi",
    "en_koizumi_ldp",
    "ru_koizumi_ldp",
)
_J_KOIZUMI = (
    "en_junichiro_trap",
    "ru_junichiro_trap",
)
_ETO = (
    "en_rice_eto",
    "ru_rice_eto",
)
# «это», «Это» the pronoun
_ETO_PRONOUN = (
    "ru_diella",
    "ru_sikorski_oneliner",
    "ru_djibouti",
)
_IRAN = (
    "en_rial",
    "ru_rial",
    "en_rial_oneliner",
    "ru_rial_sanctions",
    "en_briefing_oct23",
)
# TIRANA, «ТИРАНА» hold the letters of Iran
_TIRANA = (
    "en_albania_vote",
    "ru_albania_vote",
    "en_diella",
    "ru_diella",
)
_STOLTENBERG = (
    "en_norway_stoltenberg",
    "ru_norway_stoltenberg",
)
_DENMARK = (
    "en_denmark_70",
    "ru_denmark_70",
    "en_denmark_oneliner",
    "ru_denmark_frederiksen",
    "en_eastern_sentry",
    "en_pogacar",
    "ru_pogacar",
)
_RAMA = (
    "en_albania_vote",
    "ru_albania_vote",
    "en_albania_oneliner",
    "ru_albania_oneliner",
    "en_diella",
    "ru_diella",
)
_DIELLA = (
    "en_diella",
    "ru_diella",
    "en_diella_parliament",
    "ru_diella_parliament",
)
_N_MACEDONIA = (
    "en_kocani",
    "ru_kocani",
    "en_kocani_mickoski",
    "ru_kocani_arrests",
)
_KOCANI = (
    "en_kocani",
    "ru_kocani",
    "ru_kocani_mid",
    "en_kocani_mickoski",
)
_MICKOSKI = (
    "en_kocani_mickoski",
    "ru_kocani_arrests",
)
_GREECE = (
    "en_thessaloniki_trap",
    "en_tempi",
    "ru_tempi",
    "en_djokovic_athens",
)
_TEMPI = (
    "en_tempi",
    "ru_tempi",
    "en_tempi_oneliner",
    "ru_tempi_oneliner",
    "en_tempi_mitsotakis",
    "ru_tempi_mitsotakis",
)
_MITSOTAKIS = (
    "en_thessaloniki_trap",
    "en_tempi_mitsotakis",
    "ru_tempi_mitsotakis",
)
_HUNGARY = (
    "en_magyar_poll",
    "ru_mnb",
    "en_nobel_lit",
    "ru_nobel_lit",
    "en_krasznahorkai_oneliner",
)
_MAGYAR = (
    "en_magyar_rally",
    "ru_magyar_rally",
    "en_magyar_poll",
    "ru_magyar_poll",
)
_MNB = (
    "en_mnb",
    "ru_mnb",
)
_TISZA_RIVER = (
    "en_tisza_river_trap",
    "ru_tisza_river_trap",
)
_KRASZNAHORKAI = (
    "en_nobel_lit",
    "ru_nobel_lit",
    "en_krasznahorkai_oneliner",
    "ru_krasznahorkai_oneliner",
    "ru_nobel_ceremony",
)
_NOBEL = (
    "en_nobel_lit",
    "ru_nobel_lit",
    "en_nobel_medicine",
    "ru_nobel_medicine",
    "en_nobel_physics",
    "ru_nobel_physics",
    "en_nobel_chemistry",
    "ru_nobel_chemistry",
    "en_nobel_econ",
    "ru_nobel_econ",
    "ru_nobel_ceremony",
)
# Russian posts with премия and Nobel
_NOBEL_PREMIA = (
    "ru_nobel_lit",
    "ru_nobel_medicine",
    "ru_nobel_physics",
    "ru_nobel_chemistry",
    "ru_nobel_econ",
    "ru_nobel_ceremony",
)
_NATO = (
    "en_norway_stoltenberg",
    "ru_norway_stoltenberg",
    "en_poland_drones",
    "en_eastern_sentry",
    "ru_eastern_sentry",
    "en_estonia_migs",
    "en_article4",
    "ru_estonia_article4",
    "ru_estonia_tsahkna",
)
_ESTONIA = (
    "en_estonia_migs",
    "ru_estonia_migs",
    "en_article4",
    "ru_estonia_article4",
    "ru_estonia_tsahkna",
    "en_amaglobeli_sanctions",
    "ru_amaglobeli_sanctions",
    "ru_briefing_oct23",
)
_TSAHKNA = (
    "en_estonia_tsahkna",
    "ru_estonia_tsahkna",
)
_PALUCKAS = (
    "en_paluckas",
    "ru_paluckas",
)
_RUGINIENE = (
    "en_ruginiene",
    "ru_ruginiene",
    "en_ruginiene_oneliner",
)
_GEORGIA = (
    "en_sakharov",
    "ru_sakharov",
    "en_amaglobeli_sentence",
    "en_amaglobeli_sanctions",
    "ru_amaglobeli_sanctions",
)
_HYUNDAI = (
    "en_hyundai_ice_trap",
    "ru_hyundai_ice_trap",
)
_AMAGLOBELI = (
    "en_sakharov",
    "ru_sakharov",
    "en_amaglobeli_sentence",
    "ru_amaglobeli_sentence",
    "en_amaglobeli_sanctions",
    "ru_amaglobeli_sanctions",
    "en_sakharov_ceremony",
    "ru_sakharov_ceremony",
)
_POCZOBUT = (
    "en_sakharov",
    "ru_sakharov",
    "en_sakharov_ceremony",
    "ru_sakharov_ceremony",
)
_PORTUGAL = (
    "en_gloria",
    "en_gloria_rebelo",
    "ru_gloria_moedas",
    "ru_gloria_consular",
    "ru_briefing_sep11",
    "en_briefing_sep11",
)
_FUNICULAR_RU = (
    "ru_gloria",
    "ru_gloria_moedas",
    "ru_gloria_consular",
    "ru_briefing_sep11",
)
_MOEDAS = (
    "en_gloria",
    "ru_gloria_moedas",
)
_REBELO = (
    "en_gloria_rebelo",
    "ru_gloria_moedas",
)
_CAPE_VERDE = (
    "en_capeverde",
    "ru_capeverde",
    "en_capeverde_oneliner",
    "ru_capeverde_rt",
)
_CURACAO = (
    "en_curacao",
    "ru_curacao",
    "en_advocaat",
)
_ADVOCAAT = (
    "en_curacao",
    "ru_curacao",
    "en_advocaat",
    "ru_advocaat_oneliner",
)
# «адвокат», a lawyer
_LAWYER = (
    "ru_amaglobeli_sentence",
    "ru_alvaro_convicted",
)
_JORDAN = (
    "en_nobel_chemistry",
    "en_jordan_uzbek",
    "ru_jordan_uzbek",
)
_WORLD_CUP = (
    "en_capeverde",
    "ru_capeverde",
    "en_capeverde_oneliner",
    "ru_capeverde_rt",
    "en_curacao",
    "ru_curacao",
    "en_advocaat",
    "ru_advocaat_oneliner",
    "en_jordan_uzbek",
    "ru_jordan_uzbek",
)
# the athletics and Nordic ski world championships
_OTHER_WORLDS = (
    "ru_duplantis",
    "en_trondheim",
    "ru_trondheim",
)
# a bare Uribe included
_A_URIBE = (
    "en_alvaro_convicted",
    "ru_alvaro_convicted",
    "en_alvaro_acquitted",
    "ru_alvaro_acquitted",
    "en_uribe_oneliner",
)
_M_URIBE = (
    "en_miguel_uribe_shot",
    "ru_miguel_uribe_shot",
    "en_miguel_uribe_died",
    "ru_miguel_uribe_died",
)
_DOMINICAN = (
    "en_jetset_abinader",
    "ru_jetset_abinader",
    "ru_jetset",
    "ru_briefing_apr9",
    "en_briefing_apr9",
)
_JET_SET = (
    "en_jetset_abinader",
    "en_jetset",
    "ru_jetset",
    "en_jetset_toll",
)
_SANTO_DOMINGO = (
    "en_jetset_abinader",
    "ru_jetset_abinader",
    "en_jetset",
    "ru_jetset",
    "ru_briefing_apr9",
    "en_briefing_apr9",
)
_PHILIPPINES = (
    "en_cebu",
    "ru_cebu",
    "en_cebu_marcos",
    "ru_cebu_marcos",
    "ru_cebu_kremlin",
)
_CEBU = (
    "en_cebu",
    "ru_cebu",
    "ru_cebu_kremlin",
)
_MARCOS = (
    "en_cebu_marcos",
    "ru_cebu_marcos",
    "ru_cebu_kremlin",
)
_SAMOA = (
    "en_samoa_vote",
    "ru_samoa_vote",
    "en_samoa_sworn",
    "ru_samoa_sworn",
)
_QUAD = (
    "en_quad",
    "ru_quad",
    "ru_quad_mid",
    "en_briefing_sep11",
)
_INDO_PACIFIC = (
    "en_quad",
    "ru_quad",
    "ru_quad_mid",
    "en_briefing_sep11",
)
_SOMALILAND = (
    "en_somaliland_israel",
    "ru_somaliland_israel",
    "en_somaliland_irro",
    "en_somaliland_au",
    "ru_somaliland_au",
    "ru_somaliland_oneliner",
    "ru_somaliland_mid",
    "en_somaliland_mfa",
)
_SOMALIA_ONLY = (
    "en_somalia_trap",
    "ru_somalia_trap",
)
_SOMALILAND_ONLY = (
    "en_somaliland_irro",
    "ru_somaliland_oneliner",
)
_SOMALIA = (
    "en_somaliland_israel",
    "ru_somaliland_israel",
    "en_somaliland_au",
    "ru_somaliland_au",
    "ru_somaliland_mid",
    "en_somaliland_mfa",
    "en_somalia_trap",
    "ru_somalia_trap",
)
_ISRAEL = (
    "en_norway_fund",
    "ru_norway_fund",
    "en_somaliland_israel",
    "ru_somaliland_israel",
    "en_somaliland_au",
    "ru_somaliland_au",
    "ru_somaliland_mid",
    "en_somaliland_mfa",
)
_GUELLEH = (
    "en_djibouti",
    "ru_djibouti",
    "ru_djibouti_oneliner",
)
_STUBB = (
    "en_finland_icebreakers",
    "ru_finland_icebreakers",
)
_ORPO = (
    "ru_finland_rauma",
    "en_orpo_oneliner",
)
_ICEBREAKER_EN = (
    "en_finland_icebreakers",
    "en_ice_pact",
    "en_orpo_oneliner",
    "en_briefing_oct23",
)
_ICELAND = (
    "en_iceland_eruption",
    "ru_iceland_eruption",
    "en_iceland_july",
    "ru_iceland_july",
    "en_iceland_eu",
    "ru_iceland_eu",
    "ru_briefing_apr9",
)
_IRELAND = (
    "en_eowyn",
    "ru_eowyn",
    "ru_eowyn_martin",
)
_ATLAS = (
    "en_atlas_found",
    "ru_atlas_found",
    "en_atlas_perihelion",
    "ru_atlas_perihelion",
    "ru_atlas_oneliner",
)
# the Atlas V rocket and the Atlas mountains
_ATLAS_OTHERS = (
    "en_atlas_v_trap",
    "ru_atlas_mountains_trap",
)
_RUBIN = (
    "en_rubin",
    "ru_rubin",
    "en_rubin_asteroids",
    "ru_rubin_asteroids",
)
_CHILE = (
    "en_atlas_found",
    "ru_atlas_found",
    "en_rubin",
    "ru_rubin",
)
_ALCARAZ = (
    "en_alcaraz_rg",
    "ru_alcaraz_rg",
    "en_alcaraz_usopen",
    "ru_alcaraz_usopen",
    "ru_alcaraz_oneliner",
)
_SINNER = (
    "en_alcaraz_rg",
    "ru_alcaraz_rg",
    "en_alcaraz_usopen",
    "ru_alcaraz_usopen",
)
_SWIATEK = (
    "en_swiatek",
    "ru_swiatek",
    "ru_swiatek_tass",
    "en_swiatek_wta",
)
_HURKACZ = (
    "en_djokovic_100",
    "ru_djokovic_100",
)
_POGACAR = (
    "en_pogacar",
    "ru_pogacar",
    "en_pogacar_oneliner",
    "ru_pogacar_bike",
)
_TDF = (
    "en_pogacar",
    "ru_pogacar",
    "en_pogacar_oneliner",
)
_EUROBASKET = (
    "en_eurobasket",
    "ru_eurobasket",
    "en_eurobasket_oneliner",
    "ru_eurobasket_riga",
)
_D_SCHRODER = (
    "en_eurobasket",
    "ru_eurobasket",
    "en_eurobasket_oneliner",
)
_G_SCHRODER = (
    "en_gerhard_schroder_trap",
    "ru_gerhard_schroder_trap",
)
_DUPLANTIS = (
    "en_duplantis",
    "ru_duplantis",
    "en_duplantis_oneliner",
)
_TRONDHEIM = (
    "en_trondheim",
    "ru_trondheim",
)
_TSGP = (
    "en_tsgp",
    "ru_tsgp",
    "ru_tsgp_sonatrach",
    "en_tsgp_oneliner",
)
_ZAKHAROVA = (
    "ru_poland_mid",
    "ru_somaliland_mid",
    "ru_briefing_apr9",
    "en_briefing_apr9",
    "ru_briefing_sep11",
    "en_briefing_sep11",
    "ru_briefing_oct23",
    "en_briefing_oct23",
    "en_somaliland_mfa",
)
_VYBORY = (
    "ru_koizumi_ldp",
    "ru_albania_vote",
    "ru_samoa_vote",
)
_ELECTION = (
    "en_albania_vote",
    "en_magyar_rally",
    "en_magyar_poll",
    "en_samoa_vote",
    "en_samoa_sworn",
)
_POSHLINY = (
    "ru_swiss_39",
    "ru_swiss_deal",
    "ru_snb_zero",
    "ru_lesotho_tariff",
    "ru_lesotho_disaster",
    "ru_lesotho_oneliner",
    "ru_briefing_apr9",
)
_TARIFF = (
    "en_tim_cook_trap",
    "en_swiss_39",
    "en_swiss_deal",
    "en_lesotho_tariff",
    "en_lesotho_disaster",
    "en_briefing_apr9",
)
# «отставку» and «подставке» hold the letters of ставка
_STAVKA_LOOKALIKES = (
    "ru_fed_cook_fired",
    "ru_rice_eto",
    "ru_paluckas",
    "ru_tim_cook_trap",
)

QUERIES: list[Labelled] = [
    # ---------------------------- k1 organisations and abbreviations in both languages and scripts
    Labelled(
        "ОПЕК+",
        _OPEC,
        "k1: ОПЕК+ = OPEC+, #OPEC and #ОПЕК included",
        first="ru_opec_apr",
    ),
    Labelled(
        "OPEC",
        _OPEC,
        "k1: = ОПЕК, OPEC+ included",
        first="en_opec_apr",
    ),
    Labelled(
        "ФРС",
        _FED,
        "k1: ФРС = Федеральная резервная система = Fed = Federal Reserve",
    ),
    Labelled(
        "Fed",
        _FED,
        "k1: the Fed = ФРС; 'fed' the past of feed (stockpiled rice fed into the market) is a "
        "common word",
        absent=("en_rice_koizumi",),
    ),
    Labelled(
        "Federal Reserve",
        _FED,
        "k1: = ФРС = the Fed",
        first="en_fed_cut",
        absent=("en_rice_koizumi",),
    ),
    Labelled(
        "ШНБ",
        _SNB,
        "k1: ШНБ = Швейцарский национальный банк = SNB; the Saudi National Bank is also an SNB",
        absent=("en_saudi_snb_trap",),
    ),
    Labelled(
        "SNB",
        _SNB,
        "k1: the Swiss National Bank = ШНБ; Saudi National Bank (SNB) is another bank",
        absent=("en_saudi_snb_trap",),
    ),
    Labelled(
        "Национальный банк Венгрии",
        _MNB,
        "k1: = Magyar Nemzeti Bank; the Swiss and Saudi national banks are other banks",
        absent=("en_snb_zero", "ru_snb_zero", "en_saudi_snb_trap"),
    ),
    Labelled(
        "НАТО",
        _NATO,
        "k1: НАТО = NATO, «генсек альянса» with НАТО and 'the former NATO chief' included; the "
        "OPEC+ «альянс» is not it, and «Североатлантический договор» (the treaty, not the "
        "organisation) is left unlabelled",
    ),
    Labelled(
        "Европарламент",
        ("en_sakharov", "ru_sakharov", "ru_briefing_oct23", "en_briefing_oct23"),
        "k1: = European Parliament; the ceremony posts name only Strasbourg",
    ),
    Labelled(
        "ЛДП",
        ("en_koizumi_ldp", "ru_koizumi_ldp"),
        "k1: ЛДП = Либерально-демократическая партия Японии = LDP; ЛДПР is a Russian party",
        absent=("ru_ldpr_trap",),
    ),
    Labelled(
        "Liberal Democratic Party",
        ("en_koizumi_ldp", "ru_koizumi_ldp"),
        "k1: Japan's LDP = ЛДП; the ЛДПР post names only the Russian party",
        first="en_koizumi_ldp",
        absent=("ru_ldpr_trap",),
    ),
    Labelled(
        "QUAD",
        _QUAD,
        "k1: QUAD = Quad = «четвёрка» (the Quadrilateral Security Dialogue)",
        first="en_quad",
    ),
    Labelled(
        "ICE Pact",
        ("en_ice_pact",),
        "k1: the Icebreaker Collaboration Effort; ICE, the US immigration agency, is another body",
        absent=_HYUNDAI,
    ),
    Labelled(
        "Immigration and Customs Enforcement",
        _HYUNDAI,
        "k1: ICE = «Иммиграционная служба США (ICE)»; the ICE Pact on icebreakers is another thing",
        absent=("en_ice_pact",),
    ),
    Labelled(
        "FIS",
        ("en_trondheim", "ru_trondheim"),
        "k1: FIS = Международная федерация лыжного спорта и сноуборда",
    ),
    Labelled(
        "Международная федерация лыжного спорта",
        ("en_trondheim", "ru_trondheim"),
        "k1: the full name finds FIS in both languages",
        first="ru_trondheim",
    ),
    Labelled(
        "ЕКА",
        ("en_atlas_perihelion", "ru_atlas_perihelion"),
        "k1: ЕКА = ESA = European Space Agency",
    ),
    Labelled(
        "Seimas",
        ("en_ruginiene", "ru_ruginiene"),
        "k1: Lithuania's parliament, «Сейм Литвы» included; Poland's Sejm («в Сейме», Tusk) is "
        "another parliament",
        absent=("ru_poland_drones",),
    ),
    Labelled(
        "Сейм Литвы",
        ("en_ruginiene", "ru_ruginiene"),
        "k1: = the Seimas; the Polish Sejm is another parliament",
        first="ru_ruginiene",
        absent=("ru_poland_drones",),
    ),
    Labelled(
        "Тиса",
        _MAGYAR,
        "k1: a bare Тиса is Péter Magyar's party here (Tisza); the river Tisza is another thing",
        absent=_TISZA_RIVER,
    ),
    Labelled(
        "ИТР",
        _INDO_PACIFIC,
        "k1: ИТР = Индо-Тихоокеанский регион = Indo-Pacific; the ИТР of factories are "
        "инженерно-технические работники",
        first="ru_quad_mid",
        absent=("ru_itr_trap",),
    ),
    Labelled(
        "Совбез ООН",
        ("en_sikorski_unsc", "ru_sikorski_oneliner", "en_estonia_tsahkna"),
        "k1: = UN Security Council, «Совбезе ООН» included",
    ),
    Labelled(
        "European Union",
        ("en_albania_oneliner", "en_iceland_eu", "ru_iceland_eu"),
        "k1: = ЕС = EU; the European Parliament is one of its bodies, not the Union",
    ),
    # ----------------------------------------------------------------------- k2 events with places
    Labelled(
        "World Cup",
        _WORLD_CUP,
        "k2: FIFA's World Cup = «чемпионат мира» by football, «чемпионатов мира» in Advocaat's "
        "one-liner included; the athletics championships in Tokyo and the Nordic ski "
        "championships in Trondheim are other world championships",
        absent=_OTHER_WORLDS,
    ),
    Labelled(
        "пожар в Кочани",
        ("ru_kocani", "ru_kocani_mid"),
        "k2: пожар (Russian) + Kočani; the arrests post names only the club «Пулс»",
        first="ru_kocani",
    ),
    Labelled(
        "Kocani fire",
        ("en_kocani",),
        "k2: fire (English) + Kočani; the AFP post from Kocani has no fire",
        first="en_kocani",
    ),
    Labelled(
        "землетрясение на Филиппинах",
        ("ru_cebu", "ru_cebu_kremlin", "ru_cebu_marcos"),
        "k2: землетрясение (Russian) + the Philippines",
        first="ru_cebu",
    ),
    Labelled(
        "Cebu earthquake",
        ("en_cebu",),
        "k2: earthquake (English) + Cebu; AP's Bogo post names no Cebu and Cebu Pacific is an "
        "airline",
        first="en_cebu",
        absent=("en_cebu_pacific_trap",),
    ),
    Labelled(
        "извержение в Исландии",
        ("ru_iceland_eruption", "ru_iceland_july", "ru_briefing_apr9"),
        "k2: извержение (Russian) + Iceland",
        first="ru_iceland_eruption",
    ),
    Labelled(
        "Iceland eruption",
        ("en_iceland_eruption", "en_iceland_july"),
        "k2: eruption, erupted (English) + Iceland; Iceland the supermarket chain is not the "
        "country",
        first="en_iceland_eruption",
        absent=("en_iceland_foods_trap",),
    ),
    Labelled(
        "Евробаскет Рига",
        _EUROBASKET,
        "k2: the tournament's proper name (EuroBasket, #EuroBasket2025) with Riga in either "
        "language",
        first="ru_eurobasket",
    ),
    Labelled(
        "Pogacar Tour de France",
        _TDF,
        "k2: the rider with the race, «Тур де Франс» and #TourDeFrance included; RT's bare «Тур» "
        "is left unlabelled",
        first="en_pogacar",
    ),
    Labelled(
        "Sakharov Prize Strasbourg",
        ("en_sakharov", "en_sakharov_ceremony"),
        "k2: Sakharov + prize (English) + Strasbourg, datelines included; «премия» is Russian and "
        "the briefings name no city",
        first="en_sakharov",
    ),
    Labelled(
        "выборы в Албании",
        ("ru_albania_vote",),
        "k2: выборы (Russian) + Albania",
        first="ru_albania_vote",
    ),
    Labelled(
        "Albania election",
        ("en_albania_vote",),
        "k2: election (English) + Albania; the one-liner has #Albania but no election",
        first="en_albania_vote",
    ),
    Labelled(
        "Samoa election",
        ("en_samoa_vote", "en_samoa_sworn"),
        "k2: election (English) + Samoa; American Samoa is another place",
        first="en_samoa_vote",
        absent=("en_american_samoa_trap",),
    ),
    Labelled(
        "выборы в Самоа",
        ("ru_samoa_vote",),
        "k2: выборы (Russian) + Samoa; «избранный» is another stem",
        first="ru_samoa_vote",
        absent=("en_american_samoa_trap",),
    ),
    Labelled(
        "drones Poland",
        ("en_poland_drones", "en_sikorski_unsc", "en_eastern_sentry", "en_briefing_sep11"),
        "k2: drones (English) + Poland, Polish included",
        first="en_poland_drones",
    ),
    Labelled(
        "дроны над Польшей",
        ("ru_poland_mid",),
        "k2: дрон (Russian) + Poland, «Польская сторона» included; «беспилотники» is another word",
        first="ru_poland_mid",
    ),
    Labelled(
        "Jet Set Santo Domingo",
        ("en_jetset_abinader", "en_jetset", "ru_jetset"),
        "k2: the nightclub's name with Santo Domingo; posts naming one of them only are not enough",
        first="en_jetset",
    ),
    Labelled(
        "Glória funicular Lisbon",
        ("en_gloria", "en_gloria_rebelo", "en_gloria_report"),
        "k2: the funicular's name, funicular (English) and Lisbon; the briefing's 'Lisbon "
        "funicular crash' does not name Glória",
        first="en_gloria",
    ),
    Labelled(
        "крушение фуникулёра в Лиссабоне",
        ("ru_briefing_sep11",),
        "k2: крушение + фуникулёр (Russian) + Lisbon; «сход с рельсов» and «авария» are other "
        "words",
        first="ru_briefing_sep11",
    ),
    Labelled(
        "Article 4 Estonia",
        ("en_estonia_migs", "en_article4"),
        "k2: article (English) + 4 + Estonia, a treaty's article being words, not a name; «статье "
        "4» is Russian and Poland's Article 4 is another request",
        first="en_article4",
        absent=("en_poland_drones",),
    ),
    Labelled(
        "Нобелевская премия по химии",
        ("ru_nobel_chemistry",),
        "k2: Nobel + премия + химия (Russian)",
        first="ru_nobel_chemistry",
    ),
    Labelled(
        "переговоры Швейцария",
        ("ru_swiss_39",),
        "k2: переговоры (Russian) + Switzerland; «договорились» is another stem",
        first="ru_swiss_39",
    ),
    Labelled(
        "провести переговоры Финляндия",
        ("ru_finland_icebreakers",),
        "k2: провести is a verb like held, so переговоры (Russian) + Finland",
        first="ru_finland_icebreakers",
    ),
    # ---------------------------------------------- k3 places in Russian case forms and in English
    Labelled(
        "Исландии",
        _ICELAND,
        "k3: Исландия = Iceland; Ireland (Ирландия) is one letter away, and Iceland the "
        "supermarket chain is a company",
        absent=("en_iceland_foods_trap", "en_eowyn", "ru_eowyn", "ru_eowyn_martin"),
    ),
    Labelled(
        "Iceland",
        _ICELAND,
        "k3: = Исландия; the British frozen-food chain and Ireland are not it",
        absent=("en_iceland_foods_trap", "en_eowyn", "ru_eowyn", "ru_eowyn_martin"),
    ),
    Labelled(
        "Ирландии",
        _IRELAND,
        "k3: Ирландия = Ireland; Iceland is one letter away and Northern Ireland is another place",
        absent=(
            "en_eowyn_oneliner",
            "en_iceland_eruption",
            "ru_iceland_eruption",
            "en_iceland_july",
            "ru_iceland_july",
            "en_iceland_eu",
            "ru_iceland_eu",
            "ru_briefing_apr9",
        ),
    ),
    Labelled(
        "Дании",
        _DENMARK,
        "k3: Дания = Denmark, Danes, Danish and датчанин included; Иордания holds its letters",
        absent=("ru_jordan_uzbek",),
    ),
    Labelled(
        "Иордании",
        _JORDAN,
        "k3: Иордания = Jordan, Jordanian-born included; Michael Jordan is a person",
        absent=("en_michael_jordan_trap",),
    ),
    Labelled(
        "Jordan",
        _JORDAN,
        "k3: the country; Michael Jordan is a person",
        first="en_jordan_uzbek",
        absent=("en_michael_jordan_trap",),
    ),
    Labelled(
        "Северной Македонии",
        _N_MACEDONIA,
        "k3: Северная Македония = North Macedonia, one name; Greece's region of Macedonia is "
        "another place, and the MID's Kočani alone names no country",
        absent=("en_thessaloniki_trap",),
    ),
    Labelled(
        "Macedonia",
        _N_MACEDONIA,
        "k3: a bare Macedonia is North Macedonia here; Thessaloniki's Greek region is absent",
        absent=("en_thessaloniki_trap",),
    ),
    Labelled(
        "Greece",
        _GREECE,
        "k3: = Греция, datelines ('ATHENS, Greece') included; a bare Athens or Tempi names no "
        "country",
    ),
    Labelled(
        "Венгрии",
        _HUNGARY,
        "k3: Венгрия = Hungary, Hungarian included; Budapest stands for itself, and whether "
        "'Magyar Nemzeti Bank' names Hungary is left open",
    ),
    Labelled(
        "Эстонии",
        _ESTONIA,
        "k3: Эстония = Estonia, Estonian included; ERR's post on Tsahkna does not name the country",
    ),
    Labelled(
        "Georgia",
        _GEORGIA,
        "k3: the country = Грузия, Georgian included; the US state (Джорджия) is another place",
        absent=_HYUNDAI,
    ),
    Labelled(
        "Грузии",
        _GEORGIA,
        "k3: = Georgia, грузинских included; the US state of Georgia is absent, and a Batumi "
        "court alone names no country",
        absent=_HYUNDAI,
    ),
    Labelled(
        "Португалии",
        _PORTUGAL,
        "k3: Португалия = Portugal, Portuguese and португальскому included; Lisbon stands for "
        "itself",
    ),
    Labelled(
        "Кабо-Верде",
        _CAPE_VERDE,
        "k3: = Cape Verde = Острова Зелёного Мыса, #CapeVerde included",
    ),
    Labelled(
        "Кюрасао",
        _CURACAO,
        "k3: = Curaçao; blue curaçao is a liqueur",
        absent=("en_curacao_trap",),
    ),
    Labelled(
        "Curacao",
        _CURACAO,
        "k3: = Кюрасао, Curaçao included; the liqueur is absent",
        first="en_curacao",
        absent=("en_curacao_trap",),
    ),
    Labelled(
        "Доминиканской Республике",
        _DOMINICAN,
        "k3: = Dominican Republic = Доминикана; Dominica is another country; Santo Domingo stands "
        "for itself",
        absent=("en_dominica_trap",),
    ),
    Labelled(
        "Dominica",
        ("en_dominica_trap",),
        "k3: the island state; the Dominican Republic is another country",
        absent=_DOMINICAN,
    ),
    Labelled(
        "Филиппинах",
        _PHILIPPINES,
        "k3: Филиппины = Philippines, Philippine included",
    ),
    Labelled(
        "Себу",
        _CEBU,
        "k3: = Cebu, the island; Cebu Pacific is an airline",
        absent=("en_cebu_pacific_trap",),
    ),
    Labelled(
        "Самоа",
        _SAMOA,
        "k3: = Samoa; American Samoa is another place",
        absent=("en_american_samoa_trap",),
    ),
    Labelled(
        "American Samoa",
        ("en_american_samoa_trap",),
        "k3: the US territory, one name; Samoa is another country",
        absent=_SAMOA,
    ),
    Labelled(
        "Сомалиленд",
        _SOMALILAND,
        "k3: = Somaliland, #Somaliland included; Somalia is another place",
        first="ru_somaliland_israel",
        absent=_SOMALIA_ONLY,
    ),
    Labelled(
        "Somalia",
        _SOMALIA,
        "k3: = Сомали; the posts naming only Somaliland are absent, those naming both included",
        absent=_SOMALILAND_ONLY,
    ),
    Labelled(
        "Чили",
        _CHILE,
        "k3: = Chile; «получили» holds the letters but is a verb",
        absent=("ru_nobel_physics", "ru_nobel_econ", "ru_sakharov_ceremony"),
    ),
    Labelled(
        "Тихий океан",
        _INDO_PACIFIC,
        "k3: the ocean inside Индо-Тихоокеанский and Indo-Pacific; Cebu Pacific is an airline",
        absent=("en_cebu_pacific_trap",),
    ),
    Labelled(
        "Сахара",
        _TSGP,
        "k3: the desert inside Транссахарский and Trans-Saharan; «Сахарова», Sakharov's name, "
        "holds its letters",
        absent=("ru_sakharov", "ru_sakharov_ceremony", "ru_briefing_oct23"),
    ),
    Labelled(
        "Нигерии",
        ("en_tsgp", "ru_tsgp"),
        "k3: Нигерия = Nigeria, Nigerian included; Niger (нигерском) is another country",
        absent=("ru_tsgp_sonatrach", "en_tsgp_oneliner"),
    ),
    Labelled(
        "Израиль",
        _ISRAEL,
        "k3: = Israel, Israeli and израильских included",
    ),
    Labelled(
        "Иран",
        _IRAN,
        "k3: = Iran, #Iran included; the datelines ТИРАНА and TIRANA hold its letters",
        absent=_TIRANA,
    ),
    Labelled(
        "Riga",
        (
            "en_amaglobeli_sanctions",
            "en_eurobasket",
            "ru_eurobasket",
            "en_eurobasket_oneliner",
            "ru_eurobasket_riga",
        ),
        "k3: = Рига, datelines included",
    ),
    # ------------------------------------------------------------------ k4 topics and common words
    Labelled(
        "пошлины",
        _POSHLINY,
        "k4: пошлина (Russian) in any form; the English tariff posts are another language's word",
    ),
    Labelled(
        "tariffs",
        _TARIFF,
        "k4: tariff (English) in any form",
    ),
    Labelled(
        "рис",
        ("ru_rice_eto", "ru_rice_koizumi"),
        "k4: рис (Russian), риса included; «риски» and «кризис» hold its letters",
        absent=("ru_snb_zero", "ru_lesotho_disaster"),
    ),
    Labelled(
        "rice",
        ("en_rice_eto", "en_rice_koizumi"),
        "k4: rice (English); 'price' and 'prices' hold its letters",
        absent=("en_ghana_cedi", "en_ghana_cocoa", "en_dominica_trap"),
    ),
    Labelled(
        "eruption",
        ("en_iceland_eruption", "en_iceland_july"),
        "k4: the verbal noun finds the verb, 'erupted' included",
    ),
    Labelled(
        "землетрясение",
        ("ru_cebu", "ru_cebu_kremlin", "ru_cebu_marcos", "ru_atlas_mountains_trap"),
        "k4: землетрясение (Russian), the Atlas earthquake of 2023 included",
    ),
    Labelled(
        "earthquake",
        ("en_cebu", "en_cebu_marcos"),
        "k4: earthquake (English); 'quake-hit' is another word",
    ),
    Labelled(
        "отставка",
        ("ru_fed_cook_fired", "ru_rice_eto", "ru_paluckas"),
        "k4: отставка (Russian), «уйдёт в отставку» included",
    ),
    Labelled(
        "resignation",
        ("en_fed_cook_fired", "en_rice_eto", "en_paluckas"),
        "k4: the verbal noun finds 'resigned' and 'resign' (English)",
    ),
    Labelled(
        "санкции",
        ("ru_rial_sanctions", "ru_amaglobeli_sanctions"),
        "k4: санкции (Russian) in any case",
    ),
    Labelled(
        "sanctioned",
        ("en_rial", "en_amaglobeli_sanctions", "en_briefing_oct23"),
        "k4: the participle finds the noun 'sanctions' (English)",
    ),
    Labelled(
        "ставка",
        ("ru_fed_cut", "ru_snb_zero", "ru_mnb"),
        "k4: ставка (Russian), ставку included; «отставку» and «подставке» hold its letters",
        absent=_STAVKA_LOOKALIKES,
    ),
    Labelled(
        "rate",
        ("en_fed_cut", "en_snb_zero", "en_mnb"),
        "k4: rate (English), interest rate and base rate included",
    ),
    Labelled(
        "icebreakers",
        _ICEBREAKER_EN,
        "k4: icebreaker (English), the ICE Pact's Icebreaker Collaboration Effort included",
    ),
    Labelled(
        "пенсионный возраст",
        ("ru_denmark_70", "ru_denmark_frederiksen"),
        "k4: пенсионный + возраст (Russian)",
    ),
    Labelled(
        "выборы",
        _VYBORY,
        "k4: выборы (Russian) in any case; «избранный» is another stem",
    ),
    Labelled(
        "election",
        _ELECTION,
        "k4: election (English); 'electric' is another word",
        absent=("en_nobel_physics",),
    ),
    Labelled(
        "elected",
        _ELECTION,
        "k4: the participle finds the noun: elected = election = elect (English)",
        absent=("en_nobel_physics",),
    ),
    Labelled(
        "избран",
        ("ru_samoa_sworn",),
        "k4: избрать (Russian), «избранный» included; выборы is another stem",
    ),
    Labelled(
        "протесты",
        ("ru_tempi", "ru_tempi_oneliner"),
        "k4: протест (Russian) in any form",
    ),
    Labelled(
        "protests",
        ("en_tempi_oneliner", "en_amaglobeli_sentence"),
        "k4: protest (English); 'rallied' is another word",
    ),
    Labelled(
        "record",
        ("en_tisza_river_trap", "en_cebu_pacific_trap", "en_eowyn", "en_duplantis"),
        "k4: record (English), a record low included",
    ),
    Labelled(
        "mourning",
        (
            "en_ghana_crash",
            "en_kocani_mickoski",
            "en_gloria",
            "en_miguel_uribe_died",
            "en_jetset_abinader",
        ),
        "k4: mourning (English)",
    ),
    Labelled(
        "соболезнования",
        (
            "ru_ghana_kremlin",
            "ru_kocani_mid",
            "ru_gloria_moedas",
            "ru_cebu_kremlin",
            "ru_briefing_apr9",
            "ru_briefing_sep11",
        ),
        "k4: соболезнование (Russian), «соболезнуем» included; English condolences are another "
        "language's word",
    ),
    Labelled(
        "cocoa",
        ("en_ghana_cedi", "en_ghana_cocoa"),
        "k4: cocoa (English)",
    ),
    Labelled(
        "collapse",
        ("en_jetset_abinader", "en_jetset", "en_jetset_toll"),
        "k4: collapse, collapsed, collapses (English)",
    ),
    Labelled(
        "обрушение крыши",
        ("ru_jetset_abinader", "ru_jetset", "ru_briefing_apr9"),
        "k4: обрушение + крыша (Russian); the storm that «обрушился» had no roof",
    ),
    Labelled(
        "World Cup qualification",
        ("en_capeverde", "en_curacao", "en_jordan_uzbek"),
        "k4: qualification, qualified, qualify (English) + the World Cup; 'disqualified' at the "
        "ski championships is not it",
        absent=("en_trondheim",),
    ),
    Labelled(
        "conviction Uribe",
        ("en_alvaro_convicted", "en_alvaro_acquitted"),
        "k4: conviction, convicted (English) + a bare Uribe (Álvaro); 'found guilty' is another "
        "word",
    ),
    Labelled(
        "airspace violation",
        ("en_poland_drones", "en_estonia_migs"),
        "k4: airspace + violation, violated (English); 'entered Polish airspace' has no violation",
    ),
    Labelled(
        "эвакуация",
        ("ru_iceland_eruption",),
        "k4: the noun finds the verb «эвакуировали» (Russian)",
    ),
    Labelled(
        "признание Сомалиленда",
        ("ru_somaliland_israel", "ru_somaliland_au", "ru_somaliland_oneliner", "ru_somaliland_mid"),
        "k4: признание, признал (Russian) + Somaliland",
        first="ru_somaliland_israel",
    ),
    Labelled(
        "recognition Somaliland",
        ("en_somaliland_israel", "en_somaliland_au", "en_somaliland_mfa"),
        "k4: recognition, recognise (English) + Somaliland; Hargeisa's celebration has neither",
        first="en_somaliland_israel",
    ),
    Labelled(
        "disqualification",
        ("en_trondheim",),
        "k4: the noun finds 'disqualified' (English)",
    ),
    Labelled(
        "дисквалификация",
        ("ru_trondheim",),
        "k4: the noun finds «дисквалифицировала» (Russian)",
    ),
    Labelled(
        "переговоры",
        ("ru_swiss_39", "ru_finland_icebreakers", "ru_iceland_eu"),
        "k4: переговоры (Russian) in any case; «договорились» is another stem",
    ),
    # ------- k5 people: declined surnames, transliteration variants, given names, initials, titles
    Labelled(
        "Александр Новак",
        _A_NOVAK,
        "k5: the deputy prime minister = Alexander Novak, «Александра Новака» included; Novak "
        "Djokovic's given name is a namesake",
        first="ru_opec_apr",
        absent=("en_djokovic_100", "ru_djokovic_100", "en_djokovic_quote", "en_djokovic_athens"),
    ),
    Labelled(
        "Novak Djokovic",
        _DJOKOVIC,
        "k5: = Новак Джокович = Đoković; Alexander Novak is another person",
        first="en_djokovic_100",
        absent=_A_NOVAK,
    ),
    Labelled(
        "Джоковича",
        _DJOKOVIC,
        "k5: Джокович = Djokovic = Đoković in any case",
    ),
    Labelled(
        "Đoković",
        _DJOKOVIC,
        "k5: the Serbian Latin spelling finds Djokovic and Джокович",
    ),
    Labelled(
        "Ђоковић",
        _DJOKOVIC,
        "k5: the Serbian Cyrillic spelling finds Джокович, Djokovic and Đoković",
    ),
    Labelled(
        "Пауэлл",
        _POWELL,
        "k5: Джером Пауэлл = Jerome Powell",
    ),
    Labelled(
        "Lisa Cook",
        _L_COOK,
        "k5: the Fed governor = Лиза Кук; Apple's Tim Cook is another person",
        first="en_fed_cook_fired",
        absent=_T_COOK,
    ),
    Labelled(
        "Лизу Кук",
        _L_COOK,
        "k5: = Lisa Cook, «Лизы Кук» and «Лизе Кук» included; Тим Кук is another person",
        absent=_T_COOK,
    ),
    Labelled(
        "Tim Cook",
        _T_COOK,
        "k5: Apple's chief = Тим Кук; Lisa Cook is another person",
        first="en_tim_cook_trap",
        absent=_L_COOK,
    ),
    Labelled(
        "Keller-Sutter",
        _KELLER,
        "k5: = Келлер-Зуттер",
    ),
    Labelled(
        "Синдзиро Коидзуми",
        _S_KOIZUMI,
        "k5: = Shinjiro Koizumi; his father Junichiro Koizumi is another person",
        absent=_J_KOIZUMI,
    ),
    Labelled(
        "Junichiro Koizumi",
        _J_KOIZUMI,
        "k5: = Дзюнъитиро Коидзуми, the former prime minister; his son Shinjiro is another person",
        absent=_S_KOIZUMI,
    ),
    Labelled(
        "Таку Это",
        _ETO,
        "k5: the minister = Taku Eto; «это» and «Это» the pronoun are common words",
        first="ru_rice_eto",
        absent=_ETO_PRONOUN,
    ),
    Labelled(
        "Taku Eto",
        _ETO,
        "k5: = Таку Это; the pronoun is not the surname",
        first="en_rice_eto",
        absent=_ETO_PRONOUN,
    ),
    Labelled(
        "Столтенберг",
        _STOLTENBERG,
        "k5: Йенс Столтенберг = Jens Stoltenberg, now Norway's finance minister",
    ),
    Labelled(
        "Эди Рама",
        _RAMA,
        "k5: = Edi Rama, «Эди Рамы» and a bare Рама included; «рамой», a bicycle frame, is a "
        "common word",
        first="ru_albania_vote",
        absent=("ru_pogacar_bike",),
    ),
    Labelled(
        "Рамой",
        _RAMA,
        "k5: the instrumental of Рама finds the person in any case; «с рамой», a frame, is a "
        "common word",
        absent=("ru_pogacar_bike",),
    ),
    Labelled(
        "премьер Албании",
        _RAMA,
        "k5: a title naming one person is that person, Edi Rama however named",
        absent=("ru_pogacar_bike",),
    ),
    Labelled(
        "Мицкоски",
        _MICKOSKI,
        "k5: Христиан Мицкоски = Hristijan Mickoski",
    ),
    Labelled(
        "Мицотакиса",
        _MITSOTAKIS,
        "k5: Мицотакис = Mitsotakis in any case",
    ),
    Labelled(
        "Петер Мадьяр",
        _MAGYAR,
        "k5: = Péter Magyar = Peter Magyar, «Петера Мадьяра» included; Magyar Nemzeti Bank, "
        "Hungary's central bank, is not a person",
        first="ru_magyar_rally",
        absent=_MNB,
    ),
    Labelled(
        "Magyar",
        _MAGYAR,
        "k5: a bare Magyar is Péter Magyar here; the central bank's name holds the word",
        absent=_MNB,
    ),
    Labelled(
        "Krasznahorkai",
        _KRASZNAHORKAI,
        "k5: = Краснахоркаи",
        first="en_nobel_lit",
    ),
    Labelled(
        "Ласло Краснахоркаи",
        _KRASZNAHORKAI,
        "k5: the given name with the surname; posts naming only the surname name the same person",
    ),
    Labelled(
        "Дональд Туск",
        ("en_poland_drones", "ru_poland_drones"),
        "k5: = Donald Tusk",
    ),
    Labelled(
        "Radosław Sikorski",
        ("en_sikorski_unsc", "ru_sikorski_oneliner"),
        "k5: the Polish spelling finds Radoslaw Sikorski and Сикорский",
        first="en_sikorski_unsc",
    ),
    Labelled(
        "Тсахкна",
        _TSAHKNA,
        "k5: Маргус Тсахкна = Margus Tsahkna",
    ),
    Labelled(
        "Амаглобели",
        _AMAGLOBELI,
        "k5: Мзия Амаглобели = Mzia Amaglobeli, «Мзию» and «Мзии» included",
    ),
    Labelled(
        "Почобута",
        _POCZOBUT,
        "k5: Почобут = Poczobut in any case",
    ),
    Labelled(
        "Ruginienė",
        _RUGINIENE,
        "k5: = Ругинене, Ruginiene included",
    ),
    Labelled(
        "Моедаш",
        _MOEDAS,
        "k5: another Russian spelling of Moedas (Моэдаш)",
    ),
    Labelled(
        "Carlos Moedas",
        _MOEDAS,
        "k5: = Карлуш Моэдаш; Carlos Alcaraz shares only the given name",
        first="en_gloria",
        absent=("en_alcaraz_rg", "ru_alcaraz_rg", "en_alcaraz_usopen", "ru_alcaraz_usopen"),
    ),
    Labelled(
        "Ребелу де Соуза",
        _REBELO,
        "k5: another Russian spelling of Rebelo de Sousa (Ребелу де Соза)",
    ),
    Labelled(
        "Дик Адвокат",
        _ADVOCAAT,
        "k5: the Dutch coach = Dick Advocaat, «Дика Адвоката» and «Дику Адвокату» included; "
        "«адвокат», a lawyer, is a common word",
        first="ru_curacao",
        absent=_LAWYER,
    ),
    Labelled(
        "Advocaat",
        _ADVOCAAT,
        "k5: = Адвокат, the coach; Russian lawyers («Адвокат Урибе», «Адвокат журналистки») are "
        "not him",
        absent=_LAWYER,
    ),
    Labelled(
        "Альваро Урибе",
        _A_URIBE,
        "k5: the former president = Álvaro Uribe = Alvaro Uribe, a bare Uribe included; Miguel "
        "Uribe is another person",
        first="en_alvaro_convicted",
        absent=_M_URIBE,
    ),
    Labelled(
        "Miguel Uribe",
        _M_URIBE,
        "k5: the senator = Мигель Урибе Турбай; Álvaro Uribe and a bare Uribe are another person",
        first="en_miguel_uribe_shot",
        absent=_A_URIBE,
    ),
    Labelled(
        "Урибе",
        _A_URIBE,
        "k5: a bare Урибе is Álvaro Uribe, the best-known bearer; Miguel Uribe's posts are left "
        "unlabelled",
    ),
    Labelled(
        "Ferdinand Marcos Jr.",
        _MARCOS,
        "k5: = Фердинанд Маркос-младший, the Kremlin's «Фердинанду Маркосу» (the president) "
        "included",
    ),
    Labelled(
        "Шмидт",
        _SAMOA,
        "k5: Лаули Леуатеа Шмидт = La'auli Leuatea Schmidt, every Samoa post's prime minister",
    ),
    Labelled(
        "Исмаил Омар Гелле",
        _GUELLEH,
        "k5: = Ismail Omar Guelleh, a bare Гелле included",
    ),
    Labelled(
        "Finnish President",
        _STUBB,
        "k5: a title naming one person is that person, Stubb",
    ),
    Labelled(
        "Petteri Orpo",
        _ORPO,
        "k5: = Петтери Орпо",
    ),
    Labelled(
        "Алькарасом",
        _ALCARAZ,
        "k5: Алькарас = Alcaraz in any case",
    ),
    Labelled(
        "Carlos Alcaraz",
        _ALCARAZ,
        "k5: = Карлос Алькарас; Carlos Moedas shares only the given name",
        first="en_alcaraz_rg",
        absent=_MOEDAS,
    ),
    Labelled(
        "Świątek",
        _SWIATEK,
        "k5: Iga Świątek = Swiatek = Швёнтек = Свёнтек",
    ),
    Labelled(
        "Swiatek",
        _SWIATEK,
        "k5: the spelling without diacritics finds Świątek, Швёнтек and Свёнтек",
    ),
    Labelled(
        "Гуркач",
        _HURKACZ,
        "k5: another Russian spelling of Hurkacz (Хуркач)",
    ),
    Labelled(
        "Pogačar",
        _POGACAR,
        "k5: = Pogacar = Погачар",
        first="en_pogacar",
    ),
    Labelled(
        "Dennis Schröder",
        _D_SCHRODER,
        "k5: the basketball player = Деннис Шрёдер; the one-liner's Schröder of Germany's team is "
        "him, and Gerhard Schröder is another person",
        first="en_eurobasket",
        absent=_G_SCHRODER,
    ),
    Labelled(
        "Герхард Шрёдер",
        _G_SCHRODER,
        "k5: the former chancellor = Gerhard Schröder; Dennis Schröder is another person",
        absent=_D_SCHRODER,
    ),
    Labelled(
        "Дюплантис",
        _DUPLANTIS,
        "k5: Арман Дюплантис = Armand 'Mondo' Duplantis, the nickname Mondo included",
    ),
    Labelled(
        "М.В.Захарова",
        _ZAKHAROVA,
        "k5: initials name the spokeswoman, Maria Zakharova and «Захаровой» included",
    ),
    Labelled(
        "Сакагучи",
        ("en_nobel_medicine", "ru_nobel_medicine"),
        "k5: the English-style Russian spelling finds Сакагути and Sakaguchi",
    ),
    Labelled(
        "Vera Rubin",
        _RUBIN,
        "k5: the observatory named after her, «обсерватория имени Веры Рубин» and 'the Rubin "
        "Observatory' included; Kazan's Rubin is a football club",
        absent=("ru_rubin_kazan_trap",),
    ),
    Labelled(
        "глава ФРС",
        _POWELL,
        "k5: a title naming one person is that person, Jerome Powell ('Chair', «Глава регулятора»)",
    ),
    # --------------------------------------------------------------------------- k6 quoted phrases
    Labelled(
        '"never bought rice"',
        ("en_rice_eto",),
        "k6: Eto's words in English",
    ),
    Labelled(
        '"никто никогда не слышал"',
        ("ru_lesotho_tariff",),
        "k6: Trump on Lesotho in Russian",
    ),
    Labelled(
        '"nobody has ever heard of"',
        ("en_lesotho_tariff",),
        "k6: Trump on Lesotho in English",
    ),
    Labelled(
        '"state of disaster"',
        ("en_lesotho_disaster",),
        "k6: the phrase in English; «режим стихийного бедствия» is Russian",
    ),
    Labelled(
        '"free and open"',
        ("en_quad",),
        "k6: the Quad's formula in English",
    ),
    Labelled(
        '"свободный и открытый"',
        ("ru_quad",),
        "k6: «свободному и открытому» holds the phrase inflected",
    ),
    Labelled(
        '"no mistake"',
        ("en_sikorski_unsc",),
        "k6: Sikorski's words in English",
    ),
    Labelled(
        '"we cheated"',
        ("en_trondheim_coach",),
        "k6: the Norwegian coach's admission",
    ),
    Labelled(
        '"oldest coach"',
        ("en_curacao", "en_advocaat"),
        "k6: the words together; «самым возрастным» is Russian",
    ),
    Labelled(
        '"smallest nation"',
        ("en_capeverde", "en_curacao"),
        "k6: 'second-smallest nation' holds the words together",
    ),
    Labelled(
        '"самой маленькой страной"',
        ("ru_curacao",),
        "k6: the phrase in Russian",
    ),
    Labelled(
        '"нарушение воздушного пространства"',
        ("ru_estonia_migs", "ru_briefing_oct23"),
        "k6: «нарушении воздушного пространства» holds it; Poland's «нарушении своего воздушного "
        "пространства» has a word between",
        absent=("ru_poland_drones",),
    ),
    Labelled(
        '"first World Cup"',
        ("en_jordan_uzbek",),
        "k6: the words in order; Cape Verde's 'the World Cup for the first time' has them apart",
        absent=("en_capeverde",),
    ),
    Labelled(
        '"впервые в истории"',
        ("ru_capeverde", "ru_jordan_uzbek"),
        "k6: the phrase in Russian",
    ),
    Labelled(
        '"суверенный фонд"',
        ("ru_norway_fund", "ru_norway_stoltenberg", "ru_briefing_sep11"),
        "k6: «суверенного фонда» included; the English 'sovereign wealth fund' is another language",
    ),
    Labelled(
        '"national mourning"',
        ("en_ghana_crash", "en_gloria", "en_jetset_abinader"),
        "k6: the words together; 'seven days of mourning' and 'a day of mourning' lack national",
    ),
    Labelled(
        '"искусственный интеллект"',
        ("ru_diella",),
        "k6: «искусственного интеллекта» holds the phrase",
    ),
    Labelled(
        '"Jet Set"',
        _JET_SET,
        "k6: the nightclub's name, Jet Set in either language",
    ),
    # ------------------------------------------------------------- k7 a word excluded with a minus
    Labelled(
        "Джокович -ATP",
        ("en_djokovic_quote", "en_djokovic_athens", "ru_djokovic_athens"),
        "k7: Djokovic's posts without the ATP",
        absent=("en_djokovic_100", "ru_djokovic_100"),
    ),
    Labelled(
        "Синдзиро Коидзуми -рис",
        ("en_rice_eto", "en_rice_koizumi", "en_koizumi_ldp", "ru_koizumi_ldp"),
        "k7: a Russian common word removes only Russian posts, so the English rice posts stay",
        absent=("ru_rice_eto", "ru_rice_koizumi", "en_junichiro_trap", "ru_junichiro_trap"),
    ),
    Labelled(
        "Iceland -eruption",
        (
            "ru_iceland_eruption",
            "ru_iceland_july",
            "en_iceland_eu",
            "ru_iceland_eu",
            "ru_briefing_apr9",
        ),
        "k7: an English common word removes only English posts (erupted, eruption)",
        absent=("en_iceland_eruption", "en_iceland_july", "en_iceland_foods_trap"),
    ),
    Labelled(
        "Исландия -Гриндавик",
        ("en_iceland_eu", "ru_iceland_eu", "ru_briefing_apr9"),
        "k7: a place removes the posts naming it in either language",
        absent=(
            "en_iceland_eruption",
            "ru_iceland_eruption",
            "en_iceland_july",
            "ru_iceland_july",
            "en_iceland_foods_trap",
        ),
    ),
    Labelled(
        "Lesotho -Trump",
        ("en_lesotho_disaster", "ru_lesotho_disaster", "ru_briefing_apr9", "en_briefing_apr9"),
        "k7: Lesotho without Trump (Трамп); 'Washington' does not name him",
        absent=("en_lesotho_tariff", "ru_lesotho_tariff", "ru_lesotho_oneliner"),
    ),
    Labelled(
        "Нобелевская премия -литература",
        ("ru_nobel_medicine", "ru_nobel_physics", "ru_nobel_chemistry", "ru_nobel_econ"),
        "k7: премия (Russian) with Nobel, without литература (Russian)",
        absent=("ru_nobel_lit", "ru_nobel_ceremony"),
    ),
    Labelled(
        "Nobel -Krasznahorkai",
        (
            "en_nobel_medicine",
            "ru_nobel_medicine",
            "en_nobel_physics",
            "ru_nobel_physics",
            "en_nobel_chemistry",
            "ru_nobel_chemistry",
            "en_nobel_econ",
            "ru_nobel_econ",
        ),
        "k7: the Nobel posts without Krasznahorkai (Краснахоркаи)",
        absent=("en_nobel_lit", "ru_nobel_lit", "ru_nobel_ceremony"),
    ),
    Labelled(
        "NATO -Estonia",
        (
            "en_norway_stoltenberg",
            "ru_norway_stoltenberg",
            "en_poland_drones",
            "en_eastern_sentry",
            "ru_eastern_sentry",
        ),
        "k7: NATO without Estonia (Эстония)",
        absent=("en_estonia_migs", "en_article4", "ru_estonia_article4", "ru_estonia_tsahkna"),
    ),
    Labelled(
        "Somalia -Somaliland",
        _SOMALIA_ONLY,
        "k7: Somalia without Somaliland, whose posts go even where they name Somalia",
        absent=_SOMALILAND,
    ),
    Labelled(
        "Швейцария -ШНБ",
        ("en_swiss_39", "ru_swiss_39", "en_swiss_deal", "ru_swiss_deal"),
        "k7: Switzerland without the Swiss National Bank",
        absent=_SNB,
    ),
    Labelled(
        "пошлины -Лесото",
        ("ru_swiss_39", "ru_swiss_deal", "ru_snb_zero"),
        "k7: Russian пошлины without Lesotho",
        absent=(
            "ru_lesotho_tariff",
            "ru_lesotho_disaster",
            "ru_lesotho_oneliner",
            "ru_briefing_apr9",
        ),
    ),
    Labelled(
        "tariffs -Switzerland",
        ("en_tim_cook_trap", "en_lesotho_tariff", "en_lesotho_disaster", "en_briefing_apr9"),
        "k7: English tariffs without Switzerland (Swiss)",
        absent=("en_swiss_39", "en_swiss_deal"),
    ),
    Labelled(
        "Magyar -Orban",
        ("en_magyar_poll", "ru_magyar_poll"),
        "k7: Péter Magyar without Orbán (Орбан); the central bank is not Magyar the person",
        absent=("en_magyar_rally", "ru_magyar_rally", "en_mnb", "ru_mnb"),
    ),
    Labelled(
        "Alcaraz -Sinner",
        ("ru_alcaraz_oneliner",),
        "k7: Alcaraz without Sinner (Синнер)",
        absent=_SINNER,
    ),
    Labelled(
        "Glória -Moedas",
        ("ru_gloria", "en_gloria_rebelo", "en_gloria_report", "ru_briefing_sep11"),
        "k7: the funicular without Moedas; «Моэдаш» never names Glória",
        absent=("en_gloria",),
    ),
    Labelled(
        "Georgia -Sakharov",
        ("en_amaglobeli_sentence", "en_amaglobeli_sanctions", "ru_amaglobeli_sanctions"),
        "k7: the country without the prize; the US state of Georgia is not it",
        absent=("en_sakharov", "ru_sakharov", "en_hyundai_ice_trap", "ru_hyundai_ice_trap"),
    ),
    Labelled(
        "выборы -Албания",
        ("ru_koizumi_ldp", "ru_samoa_vote"),
        "k7: Russian выборы without Albania",
        absent=("ru_albania_vote",),
    ),
    Labelled(
        "election -Hungary",
        ("en_albania_vote", "en_magyar_rally", "en_samoa_vote", "en_samoa_sworn"),
        "k7: English election without Hungary; the Reuters rally post names only Budapest; "
        "'electric' is another word",
        absent=("en_magyar_poll", "en_nobel_physics"),
    ),
    Labelled(
        "землетрясение -Себу",
        ("ru_cebu_marcos", "ru_atlas_mountains_trap"),
        "k7: Russian землетрясение without Cebu",
        absent=("ru_cebu", "ru_cebu_kremlin"),
    ),
    Labelled(
        "Poland -drones",
        (
            "ru_poland_drones",
            "ru_poland_mid",
            "en_estonia_migs",
            "ru_swiatek_tass",
            "en_swiatek_wta",
            "ru_briefing_sep11",
        ),
        "k7: an English common word removes only English posts; «дронов» stays",
        absent=("en_poland_drones", "en_sikorski_unsc", "en_eastern_sentry", "en_briefing_sep11"),
    ),
    Labelled(
        "Колумбия -Урибе",
        _M_URIBE,
        "k7: a bare surname removes its best-known bearer only, Álvaro Uribe, so Miguel Uribe's "
        "posts stay",
        absent=_A_URIBE,
    ),
    Labelled(
        "Лиза Кук -Трамп",
        ("en_cook_supreme", "ru_cook_supreme"),
        "k7: Lisa Cook without Trump; Tim Cook is another person",
        absent=(
            "en_fed_cook_fired",
            "ru_fed_cook_fired",
            "en_fed_cut",
            "en_tim_cook_trap",
            "ru_tim_cook_trap",
        ),
    ),
    Labelled(
        "Albania -Rama",
        ("en_diella_parliament", "ru_diella_parliament"),
        "k7: Albania without Edi Rama",
        absent=_RAMA,
    ),
    # -------------------------- k8 dates in words and figures, with and without a year, and ranges
    Labelled(
        "10 сентября",
        ("en_poland_drones", "ru_poland_drones", "en_sikorski_unsc"),
        "k8: Sept 10 and «10 сен», and the range Sept. 9-10; Estonia's 19 September is another day",
        absent=("en_estonia_migs", "ru_estonia_migs"),
    ),
    Labelled(
        "19.09.2025",
        ("en_estonia_migs", "ru_estonia_migs", "ru_briefing_oct23"),
        "k8: typed in figures, Sept 19 and «19 сентября» included; Poland's 10 September is "
        "another day",
        absent=("en_poland_drones", "ru_poland_drones"),
    ),
    Labelled(
        "September 9",
        ("en_sikorski_unsc",),
        "k8: the range Sept. 9-10 holds the 9th; the Sept 10 datelines do not",
        absent=("en_poland_drones", "ru_poland_drones"),
    ),
    Labelled(
        "3 сентября",
        ("ru_gloria", "ru_briefing_sep11"),
        "k8: the funicular crash as TASS and the MID date it; the Sept 4 datelines and 04.09.2025 "
        "are another day",
        absent=("en_gloria", "ru_gloria_consular"),
    ),
    Labelled(
        "04.09.2025",
        ("en_gloria", "ru_gloria", "ru_gloria_consular"),
        "k8: Sept 4 and «4 сентября»; the briefing's 3 September is another day",
        absent=("ru_briefing_sep11",),
    ),
    Labelled(
        "8 апреля",
        ("ru_jetset",),
        "k8: «в ночь на 8 апреля»; AP's 'early Tuesday' states no date, and 9 April is another day",
        absent=("en_jetset", "ru_briefing_apr9", "en_briefing_apr9"),
    ),
    Labelled(
        "April 9, 2025",
        ("en_jetset", "ru_jetset", "ru_briefing_apr9", "en_briefing_apr9"),
        "k8: April 9 and «9 апреля» of 2025",
    ),
    Labelled(
        "7 июня",
        ("ru_miguel_uribe_shot", "ru_miguel_uribe_died"),
        "k8: the shooting as TASS and RIA date it; the June 8 datelines are another day",
        absent=("en_miguel_uribe_shot", "en_alcaraz_rg"),
    ),
    Labelled(
        "June 8",
        ("en_miguel_uribe_shot", "ru_miguel_uribe_shot", "en_alcaraz_rg"),
        "k8: June 8 and «8 июня»; RIA's «7 июня» is another day",
        absent=("ru_miguel_uribe_died",),
    ),
    Labelled(
        "9 октября",
        ("ru_nobel_lit", "en_finland_icebreakers"),
        "k8: «9 октября» and Oct 9; 8 and 10 October are other days",
        absent=("ru_nobel_chemistry", "ru_finland_icebreakers"),
    ),
    Labelled(
        "6 октября",
        ("ru_nobel_medicine",),
        "k8: «6 окт»; the physics prize of 7 October is another day",
        absent=("ru_nobel_physics",),
    ),
    Labelled(
        "22.10.2025",
        ("ru_sakharov",),
        "k8: «22 окт»; the 23 October posts are another day",
        absent=("en_magyar_rally", "ru_magyar_rally", "ru_briefing_oct23", "en_briefing_oct23"),
    ),
    Labelled(
        "23 октября",
        ("en_magyar_rally", "ru_magyar_rally", "ru_briefing_oct23", "en_briefing_oct23"),
        "k8: without a year every 23 October counts; 22 October is another day",
        absent=("ru_sakharov",),
    ),
    Labelled(
        "23 октября 1956",
        ("ru_magyar_rally",),
        "k8: the uprising's day as RIA states it; Reuters names only 'the 1956 uprising' and the "
        "briefings are of 2025",
        absent=("en_magyar_rally", "ru_briefing_oct23", "en_briefing_oct23"),
    ),
    Labelled(
        "28 февраля 2023",
        ("ru_tempi",),
        "k8: the Tempi crash; the protests of 28 February 2025 are another year",
        absent=("en_tempi",),
    ),
    Labelled(
        "Feb 28, 2025",
        ("en_tempi", "ru_tempi"),
        "k8: the protests, «28 февраля» in TASS's dateline included",
    ),
    Labelled(
        "16 марта",
        ("en_kocani", "ru_kocani"),
        "k8: the Kočani fire; «18 мар» is another day",
        absent=("ru_kocani_arrests",),
    ),
    Labelled(
        "1 марта",
        ("ru_trondheim",),
        "k8: the range «с 26 февраля по 9 марта» holds 1 March",
    ),
    Labelled(
        "26 августа",
        ("en_fed_cook_fired", "ru_fed_cook_fired", "ru_ruginiene"),
        "k8: Aug 26 and «26 авг»; 25 August is another day",
        absent=("en_norway_fund", "ru_norway_fund"),
    ),
    Labelled(
        "25.08",
        ("en_norway_fund", "ru_norway_fund"),
        "k8: day and month in figures; 26 August is another day",
        absent=("en_fed_cook_fired", "ru_fed_cook_fired", "ru_ruginiene"),
    ),
    Labelled(
        "6 августа",
        ("en_ghana_crash", "ru_ghana_crash", "ru_amaglobeli_sentence", "en_tim_cook_trap"),
        "k8: Aug 6 and «6 августа»; 7 August is another day",
        absent=("en_swiss_39", "ru_swiss_39"),
    ),
    Labelled(
        "7 августа 2025",
        ("en_swiss_39", "ru_swiss_39"),
        "k8: the Swiss tariff's day; 6 August is another day",
        absent=("en_ghana_crash", "ru_ghana_crash"),
    ),
    Labelled(
        "May 21",
        ("en_rice_eto", "ru_rice_eto"),
        "k8: May 21 and «21 мая»; Denmark's 22 May is another day",
        absent=("en_denmark_70", "ru_denmark_70"),
    ),
    Labelled(
        "22 мая",
        ("en_denmark_70", "ru_denmark_70"),
        "k8: May 22 and «22 мая»",
        absent=("en_rice_eto", "ru_rice_eto"),
    ),
    Labelled(
        "11 мая",
        ("ru_albania_vote",),
        "k8: Albania's vote as TASS dates it; the May 12 dateline is another day",
        absent=("en_albania_vote",),
    ),
    Labelled(
        "8 сентября 2023",
        ("ru_atlas_mountains_trap",),
        "k8: the Atlas earthquake's day; the US Open report of 8 September 2025 is another year",
        absent=("ru_alcaraz_usopen",),
    ),
    Labelled(
        "8 сентября",
        ("ru_atlas_mountains_trap", "ru_alcaraz_usopen"),
        "k8: without a year both 8 Septembers count",
    ),
    Labelled(
        "3 апреля",
        ("en_opec_apr", "ru_opec_apr", "en_lesotho_tariff", "ru_lesotho_tariff"),
        "k8: April 3, «3 апреля» and «3 апр»",
    ),
    Labelled(
        "11 сентября 2025",
        ("ru_briefing_sep11", "en_briefing_sep11"),
        "k8: the briefing's day; 12 September is another day",
        absent=("en_sikorski_unsc", "ru_eastern_sentry", "ru_diella"),
    ),
    Labelled(
        "18 марта",
        ("ru_kocani_arrests", "ru_somalia_trap"),
        "k8: «18 мар» in two datelines; 16 March is another day",
        absent=("en_kocani", "ru_kocani"),
    ),
    # ----------------------------------------------------------- k9 hashtags and lower-case typing
    Labelled(
        "#ОПЕК",
        _OPEC,
        "k9: = OPEC",
    ),
    Labelled(
        "#Tempi",
        _TEMPI,
        "k9: the hashtag means Tempi = Темпи",
    ),
    Labelled(
        "#Кочани",
        _KOCANI,
        "k9: = Kočani, Kocani included",
    ),
    Labelled(
        "#CapeVerde",
        _CAPE_VERDE,
        "k9: = Кабо-Верде = Острова Зелёного Мыса",
    ),
    Labelled(
        "#Somaliland",
        _SOMALILAND,
        "k9: = Сомалиленд; Somalia is another place",
        absent=_SOMALIA_ONLY,
    ),
    Labelled(
        "#Сомалиленд",
        _SOMALILAND,
        "k9: = Somaliland",
        absent=_SOMALIA_ONLY,
    ),
    Labelled(
        "#Iran",
        _IRAN,
        "k9: = Иран; TIRANA holds its letters",
        absent=_TIRANA,
    ),
    Labelled(
        "#EuroBasket",
        _EUROBASKET,
        "k9: = Евробаскет, #EuroBasket2025 included",
    ),
    Labelled(
        "#TourDeFrance",
        _TDF,
        "k9: = Tour de France = «Тур де Франс»",
    ),
    Labelled(
        "#Нобель2025",
        _NOBEL,
        "k9: a hashtag joining a name and a year names the name, Nobel in either language",
    ),
    Labelled(
        "fed",
        _FED,
        "k9: typed in lower case the Fed is still meant; 'fed' the verb is a common word",
        absent=("en_rice_koizumi",),
    ),
    Labelled(
        "snb",
        _SNB,
        "k9: lower case; the Saudi National Bank is another SNB",
        absent=("en_saudi_snb_trap",),
    ),
    Labelled(
        "дик адвокат",
        _ADVOCAAT,
        "k9: lower case makes the lawyer and the coach look alike; only the coach is meant",
        absent=_LAWYER,
    ),
    Labelled(
        "curaçao",
        _CURACAO,
        "k9: the island in lower case; the liqueur is not it",
        absent=("en_curacao_trap",),
    ),
    Labelled(
        "iceland",
        _ICELAND,
        "k9: the country in lower case; the supermarket chain is a company",
        absent=("en_iceland_foods_trap",),
    ),
    Labelled(
        "jordan",
        _JORDAN,
        "k9: the country in lower case; Michael Jordan is a person",
        absent=("en_michael_jordan_trap",),
    ),
    Labelled(
        "georgia",
        _GEORGIA,
        "k9: the country in lower case; the US state is another place",
        absent=_HYUNDAI,
    ),
    Labelled(
        "atlas",
        _ATLAS,
        "k9: a bare Atlas is the comet 3I/ATLAS and its survey here; the Atlas V rocket and the "
        "Atlas mountains are other things",
        absent=_ATLAS_OTHERS,
    ),
    Labelled(
        "rubin",
        _RUBIN,
        "k9: the observatory in lower case; Kazan's «Рубин» is a football club",
        absent=("ru_rubin_kazan_trap",),
    ),
    Labelled(
        "тиса",
        _MAGYAR,
        "k9: the party in lower case; the river is another thing",
        absent=_TISZA_RIVER,
    ),
    Labelled(
        "эди рама",
        _RAMA,
        "k9: lower case; «рамой», a frame, is a common word",
        absent=("ru_pogacar_bike",),
    ),
    Labelled(
        "ice pact",
        ("en_ice_pact",),
        "k9: lower case; ICE, the immigration agency, is another body",
        absent=_HYUNDAI,
    ),
    # ------------------------------------------------------------- k10 typos of one or two letters
    Labelled(
        "Krasznahorkaj",
        _KRASZNAHORKAI,
        "k10: one letter wrong in Krasznahorkai",
    ),
    Labelled(
        "Краснохоркаи",
        _KRASZNAHORKAI,
        "k10: one letter wrong in Краснахоркаи",
    ),
    Labelled(
        "Амоглобели",
        _AMAGLOBELI,
        "k10: one letter wrong in Амаглобели",
    ),
    Labelled(
        "Poczobot",
        _POCZOBUT,
        "k10: one letter wrong in Poczobut",
    ),
    Labelled(
        "Алькараз",
        _ALCARAZ,
        "k10: one letter wrong in Алькарас",
    ),
    Labelled(
        "Djokovich",
        _DJOKOVIC,
        "k10: a letter added to Djokovic",
    ),
    Labelled(
        "Somaliand",
        _SOMALILAND,
        "k10: a letter missing from Somaliland; Somalia is another place",
        absent=_SOMALIA_ONLY,
    ),
    Labelled(
        "Кюросао",
        _CURACAO,
        "k10: one letter wrong in Кюрасао",
        absent=("en_curacao_trap",),
    ),
    Labelled(
        "Мицотакес",
        _MITSOTAKIS,
        "k10: one letter wrong in Мицотакис",
    ),
    Labelled(
        "Guelle",
        _GUELLEH,
        "k10: a letter missing from Guelleh",
    ),
    Labelled(
        "Ругенене",
        _RUGINIENE,
        "k10: one letter wrong in Ругинене",
    ),
    Labelled(
        "Dupantis",
        _DUPLANTIS,
        "k10: a letter missing from Duplantis",
    ),
    Labelled(
        "Mickosky",
        _MICKOSKI,
        "k10: one letter wrong in Mickoski",
    ),
    Labelled(
        "Trondhiem",
        _TRONDHEIM,
        "k10: two letters swapped in Trondheim",
    ),
    Labelled(
        "Shinjro Koizumi",
        _S_KOIZUMI,
        "k10: a letter missing from Shinjiro; his father is absent",
        absent=_J_KOIZUMI,
    ),
    Labelled(
        "Погачр",
        _POGACAR,
        "k10: a letter missing from Погачар",
    ),
    # ------------------------------------ k11 е typed for ё (and ё for е) and mixed-script queries
    Labelled(
        "фуникулер",
        _FUNICULAR_RU,
        "k11: е for ё in фуникулёр (Russian), one common word",
    ),
    Labelled(
        "фуникулёра",
        _FUNICULAR_RU,
        "k11: ё typed where the consular notice writes «фуникулера»",
    ),
    Labelled(
        "межзвездная комета",
        ("ru_atlas_found", "ru_atlas_perihelion"),
        "k11: е for ё in межзвёздная, with комета (Russian); RT's «гостья» is another word",
    ),
    Labelled(
        "межзвёздная гостья",
        ("ru_atlas_oneliner",),
        "k11: ё typed where RT writes «Межзвездная»",
    ),
    Labelled(
        "Свентек",
        _SWIATEK,
        "k11: е for ё in Свёнтек",
    ),
    Labelled(
        "Швентек",
        _SWIATEK,
        "k11: е for ё in Швёнтек, another Russian spelling of Świątek",
    ),
    Labelled(
        "Деннис Шредер",
        _D_SCHRODER,
        "k11: е for ё in Шрёдер; Gerhard Schröder is absent",
        absent=_G_SCHRODER,
    ),
    Labelled(
        "Зеленого Мыса",
        _CAPE_VERDE,
        "k11: е for ё in Острова Зелёного Мыса",
    ),
    Labelled(
        "восьмерка ОПЕК+",
        ("ru_opec_jul",),
        "k11: е for ё in восьмёрка (Russian) with OPEC+; «восемь стран» is another word",
    ),
    Labelled(
        "Fed ставка",
        ("ru_fed_cut",),
        "k11: the Latin name with ставка (Russian); «отставку» holds its letters",
        absent=("ru_fed_cook_fired",),
    ),
    Labelled(
        "OPEC+ добыча",
        ("ru_opec_apr", "ru_opec_jul", "ru_opec_oneliner"),
        "k11: the Latin name with добыча (Russian)",
    ),
    Labelled(
        "Nobel премия",
        _NOBEL_PREMIA,
        "k11: the Latin name with премия (Russian)",
    ),
    Labelled(
        "Tisza партия",
        ("ru_magyar_rally", "ru_magyar_poll"),
        "k11: the Latin name with партия (Russian); the river is not a party",
        absent=_TISZA_RIVER,
    ),
    Labelled(
        "Glória фуникулёр",
        ("ru_gloria", "ru_briefing_sep11"),
        "k11: the Latin name with фуникулёр (Russian)",
    ),
    Labelled(
        "Advocaat тренер",
        ("ru_advocaat_oneliner",),
        "k11: the Latin name with тренер (Russian); the lawyers are not him",
        absent=_LAWYER,
    ),
    Labelled(
        "ICE Hyundai",
        _HYUNDAI,
        "k11: the agency and the company in either language; the ICE Pact is another ICE",
        absent=("en_ice_pact",),
    ),
    Labelled(
        "Rubin обсерватория",
        ("ru_rubin", "ru_rubin_asteroids"),
        "k11: the Latin name with обсерватория (Russian); Kazan's club is not it",
        absent=("ru_rubin_kazan_trap",),
    ),
    Labelled(
        "Стубб icebreakers",
        ("en_finland_icebreakers",),
        "k11: the Cyrillic name with icebreaker (English)",
    ),
    Labelled(
        "Лиза Кук Fed",
        _L_COOK,
        "k11: the Cyrillic name with the Latin Fed; every Lisa Cook post names the Fed",
        absent=_T_COOK,
    ),
    Labelled(
        "Синдзиро Коидзуми rice",
        ("en_rice_eto", "en_rice_koizumi"),
        "k11: the Cyrillic name with rice (English)",
        absent=_J_KOIZUMI,
    ),
    Labelled(
        "Шрёдер EuroBasket",
        _D_SCHRODER,
        "k11: ё typed, with the tournament's Latin name; Gerhard Schröder is not at EuroBasket",
        absent=_G_SCHRODER,
    ),
    # --------------------------------------------------------------- k12 questions typed naturally
    Labelled(
        "кто выиграл Уимблдон",
        _SWIATEK,
        "k12: the tournament = Wimbledon; выиграл is the question's verb",
        first="ru_swiatek",
    ),
    Labelled(
        "who won the Tour de France",
        _TDF,
        "k12: the race, «Тур де Франс» included",
        first="en_pogacar",
    ),
    Labelled(
        "why did Paluckas resign",
        _PALUCKAS,
        "k12: the person; resign is the question's verb",
        first="en_paluckas",
    ),
    Labelled(
        "сколько человек погибло в Кочани",
        ("ru_kocani", "ru_kocani_mid"),
        "k12: погибнуть (Russian), «погибших» included, + Kočani",
        first="ru_kocani",
    ),
    Labelled(
        "what happened to the Gloria funicular",
        ("en_gloria", "en_gloria_rebelo", "en_gloria_report"),
        "k12: the funicular's name with funicular (English)",
        first="en_gloria",
    ),
    Labelled(
        "кто такой Петер Мадьяр",
        _MAGYAR,
        "k12: the person; the central bank is not him",
        first="ru_magyar_rally",
        absent=_MNB,
    ),
    Labelled(
        "who is Dick Advocaat",
        _ADVOCAAT,
        "k12: the coach; the Russian lawyers are not him",
        first="en_curacao",
        absent=_LAWYER,
    ),
    Labelled(
        "why did Israel recognise Somaliland",
        (
            "en_somaliland_israel",
            "ru_somaliland_israel",
            "en_somaliland_au",
            "ru_somaliland_au",
            "ru_somaliland_mid",
            "en_somaliland_mfa",
        ),
        "k12: Israel + Somaliland; recognise is the question's verb",
        first="en_somaliland_israel",
    ),
    Labelled(
        "почему ушёл в отставку Таку Это",
        _ETO,
        "k12: the person; «ушёл в отставку» is the question's verb, and «это» the pronoun is not "
        "him",
        first="ru_rice_eto",
        absent=_ETO_PRONOUN,
    ),
    Labelled(
        "что случилось в Санто-Доминго",
        _SANTO_DOMINGO,
        "k12: the city, datelines included",
        first="ru_jetset",
    ),
    Labelled(
        "what is the ICE Pact",
        ("en_ice_pact",),
        "k12: the pact; ICE, the immigration agency, is another body",
        absent=_HYUNDAI,
    ),
    Labelled(
        "сколько ледоколов купят США у Финляндии",
        ("ru_finland_icebreakers", "ru_finland_rauma", "ru_briefing_oct23"),
        "k12: ледокол (Russian) + the US + Finland; купят is the verb",
        first="ru_finland_icebreakers",
    ),
    Labelled(
        "why did the Fed cut rates",
        ("en_fed_cut",),
        "k12: the Fed + rate (English); cut is the question's verb",
        first="en_fed_cut",
        absent=("en_rice_koizumi",),
    ),
    Labelled(
        "кто получил премию Сахарова",
        ("ru_sakharov", "ru_sakharov_ceremony", "ru_briefing_oct23"),
        "k12: премия (Russian) + Sakharov",
        first="ru_sakharov",
    ),
    Labelled(
        "who won the Sakharov Prize",
        ("en_sakharov", "en_sakharov_ceremony", "en_briefing_oct23"),
        "k12: prize (English) + Sakharov",
        first="en_sakharov",
    ),
    Labelled(
        "когда извергался вулкан в Исландии",
        ("ru_iceland_eruption", "ru_iceland_july"),
        "k12: вулкан (Russian) + Iceland; извергался is the question's verb",
        first="ru_iceland_eruption",
    ),
    Labelled(
        "is Uzbekistan playing at the World Cup",
        ("en_jordan_uzbek", "ru_jordan_uzbek"),
        "k12: Uzbekistan + the World Cup = «чемпионат мира» by football",
        first="en_jordan_uzbek",
    ),
    Labelled(
        "who is Diella",
        _DIELLA,
        "k12: Albania's AI 'minister' = Диэлла",
        first="en_diella",
    ),
    Labelled(
        "что такое Транссахарский газопровод",
        ("ru_tsgp", "ru_tsgp_sonatrach"),
        "k12: Sahara inside Транссахарский + газопровод (Russian)",
        first="ru_tsgp",
    ),
    Labelled(
        "what did Zakharova say about Somaliland",
        ("ru_somaliland_mid", "en_somaliland_mfa"),
        "k12: Zakharova + Somaliland",
        first="en_somaliland_mfa",
    ),
    Labelled(
        "что сказала Захарова о Польше",
        ("ru_poland_mid", "ru_briefing_sep11", "en_briefing_sep11"),
        "k12: Zakharova + Poland, «Польская сторона» included",
        first="ru_poland_mid",
    ),
    Labelled(
        "what is Eastern Sentry",
        ("en_eastern_sentry", "ru_eastern_sentry"),
        "k12: the operation = «Восточный страж»",
        first="en_eastern_sentry",
    ),
    Labelled(
        "why were Norwegian ski jumpers disqualified",
        ("en_trondheim", "en_trondheim_coach"),
        "k12: Norway + ski + jumper, jumping (English); disqualified is the question's verb",
        first="en_trondheim",
    ),
    Labelled(
        "какой пенсионный возраст в Дании",
        ("ru_denmark_70", "ru_denmark_frederiksen"),
        "k12: пенсионный + возраст (Russian) + Denmark",
        first="ru_denmark_70",
    ),
    Labelled(
        "who shot Miguel Uribe",
        _M_URIBE,
        "k12: the senator; Álvaro Uribe is another person",
        first="en_miguel_uribe_shot",
        absent=_A_URIBE,
    ),
    Labelled(
        "за что осудили Альваро Урибе",
        _A_URIBE,
        "k12: the former president; Miguel Uribe is another person",
        first="ru_alvaro_convicted",
        absent=_M_URIBE,
    ),
    Labelled(
        "what happened in Cebu",
        _CEBU,
        "k12: the island; Cebu Pacific is an airline",
        first="en_cebu",
        absent=("en_cebu_pacific_trap",),
    ),
    Labelled(
        "почему в Лесото режим стихийного бедствия",
        ("ru_lesotho_disaster",),
        "k12: Lesotho + режим + стихийный + бедствие (Russian)",
        first="ru_lesotho_disaster",
    ),
    Labelled(
        "когда Дюплантис побил рекорд",
        ("ru_duplantis",),
        "k12: Duplantis + рекорд (Russian); побил is the verb",
        first="ru_duplantis",
    ),
]

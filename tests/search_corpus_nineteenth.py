"""Nineteenth labelled search set: East Asian people and places across Russian and English.

About 200 posts in the style of official channels of 2025 (Russian MFA, Kremlin, Russian
government, TASS, RIA, Xinhua, CGTN, Global Times, Kyodo, Yonhap, KCNA, VNA, Montsame,
Reuters/AP-style wires, SCO and BRICS secretariats) and about 270 queries. Most stories exist
twice: a Russian post and an English one, worded independently. The focus is searching ACROSS THE
TWO LANGUAGES for Chinese, Japanese, Korean, Mongolian and Vietnamese names, written in Russian the
way Russian media write them (Palladius for Chinese: Си Цзиньпин, Ван И, Ли Цян, Чжао Лэцзи, Хуа
Чуньин, Чжан Ханьхуэй; Polivanov for Japanese: Сигэру Исиба, Санаэ Такаити, Фумио Кисида, Тосимицу
Мотэги, Ёсимаса Хаяси, Синдзо Абэ; DPRK/Kontsevich practice for Korean: Ким Чен Ын, Ким Ё Чжон,
Чхве Сон Хи, Ли Чжэ Мён, Юн Сок Ёль, Чо Хён) and in English the way English media do (Xi Jinping,
Shigeru Ishiba, Kim Jong Un / Kim Jong-un, Lee Jae-myung / Lee Jae Myung ...), and places
(Пекин/Beijing, Тяньцзинь/Tianjin, Харбин/Harbin, Хэйлунцзян/Heilongjiang, Хиросима/Hiroshima,
Пхеньян/Pyongyang, Вонсан/Wonsan, Кёнджу/Gyeongju, Пусан/Busan, Улан-Батор/Ulaanbaatar, Ханой/Hanoi
...). Queries are marked in ``why`` by kind: 1 a Russian name (nominative or declined: «Си
Цзиньпина», «с Ван И», «Ли Цяну», «Исибой», «Ким Чен Ыном»), 2 an English name, 3 a surname alone
where unambiguous, 4 two people, 5 a name with a place, 6 a place alone (also declined), 7 lower
case, 8 variant spellings a reader may type (Xi Jin Ping, Kim Jong-Un, «Ким Чен Ин», «Си Цзинпин»,
«Исиба Сигеру», «Кишида», «Такаичи», «Юн Сок Ель», Mao Tse-tung, Ulan Bator, Pusan, Tô Lâm), 9
precision traps (given in ``absent``), 10 a name with an ordinary word.

Written blind: without reading how the search works and without running it.

How it was labelled, from the post texts alone: for every query every post was scanned.
``expected`` holds every post that names every thing the query names, in any grammatical form,
either script or language, any transliteration or variant spelling; wire datelines count ("BEIJING
(AP)", "SEOUL, South Korea (AP)"), as do hashtags that are plainly the name (#Харбин); a second
reference by surname alone ("Lee said") counts only where the full name is in the post too. A post
that only says "China", «лидеры» or "the North Korean leader" without the name is not labelled.
Ordinary words (переговоры, визит, саммит, парад, отставка, talks, summit, parade, statement,
resignation, anniversary ...) do not cross languages: such queries label only posts in their own
language that hold both the word (in any form) and the name, and leave the other language's version
of a story unlabelled. ``absent`` lists precision traps: namesakes and near-namesakes (Wang Huning
and Wang Wentao vs Wang Yi and «Ван Гога и» vs «Ван И»; Li Hui, Lee Jae-myung, a clothes shop «Ли»,
a Li-ion battery vs Li Qiang; Lee jeans and Robert E. Lee vs Lee Jae-myung; Kim Philby, Kim
Kardashian, Kim Il Sung and Kim Yo Jong alone vs Kim Jong Un; Mao Ning vs Mao Zedong vs a cat
called Мао; Zhang Ming vs Zhang Hanhui vs the Ming dynasty; the painter Дун Цичан vs Dong Jun; the
Han dynasty and the Han River vs Han Zheng; Cho Tae-yul vs Cho Hyun; 'Honest Abe' Lincoln vs Shinzo
Abe; The Sun and the Day of the Sun vs Sun Weidong; Carrie Lam spoke "to" students and «то ...
далай-лам» vs To Lam; Naomi Osaka vs Osaka; the Motegi race circuit vs Toshimitsu Motegi; «нота си»
vs Си Цзиньпин) and Putin posts without Xi for "Putin Xi Jinping".
"""

from __future__ import annotations

from search_corpus import Labelled

# key: ((month, day), channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    "ru_hanzheng_inauguration": (
        (1, 20),
        "tass",
        "Заместитель Председателя КНР Хань Чжэн в качестве специального представителя Си "
        "Цзиньпина присутствовал на церемонии инаугурации Дональда Трампа в Вашингтоне. "
        "Накануне Хань Чжэн встретился с вице-президентом США Джей Ди Вэнсом и представителями "
        "американского бизнеса. /ТАСС/",
    ),
    "en_hanzheng_inauguration": (
        (1, 20),
        "xinhua",
        "Chinese Vice President Han Zheng, as special representative of President Xi Jinping, "
        "attended the inauguration ceremony of U.S. President Donald Trump in Washington on "
        "Monday. On Sunday Han met U.S. Vice President JD Vance and business leaders, saying "
        "the two countries share extensive common interests. #ChinaUS",
    ),
    "ru_putin_xi_video_jan": (
        (1, 21),
        "kremlin",
        "Состоялся разговор Владимира Путина с Председателем Китайской Народной Республики Си "
        "Цзиньпином в режиме видеоконференции. Лидеры обменялись поздравлениями с наступающим "
        "Новым годом по лунному календарю и обсудили ключевые вопросы двусторонней повестки. "
        "Договорились о встречах в мае в Москве и осенью в Китае.",
    ),
    "en_putin_xi_video_jan": (
        (1, 21),
        "xinhua",
        "Chinese President Xi Jinping held a video call with Russian President Vladimir Putin "
        "on Tuesday. Xi said China and Russia should deepen strategic coordination and firmly "
        "support each other. Putin said the relationship is based on mutual respect and is not "
        "subject to any third party. #ChinaRussia",
    ),
    "ru_harbin_asiad": (
        (2, 7),
        "ria",
        "Си Цзиньпин объявил открытыми IX Азиатские зимние игры в Харбине, административном "
        "центре провинции Хэйлунцзян. В соревнованиях участвуют более 1200 спортсменов из 34 "
        "стран и регионов. #Китай #спорт",
    ),
    "en_harbin_asiad": (
        (2, 7),
        "cgtn",
        "President Xi Jinping declared the 9th Asian Winter Games open at a ceremony in Harbin "
        "on Friday evening. The 'Ice City' hosts more than 1,200 athletes competing in 64 "
        "events until February 14. #AsianWinterGames",
    ),
    "ru_lavrov_wangyi_g20": (
        (2, 21),
        "mid",
        "🇷🇺🇨🇳 21 февраля на полях СМИД «Группы двадцати» в Йоханнесбурге С.В.Лавров провёл "
        "встречу с Членом Политбюро ЦК КПК, Министром иностранных дел КНР Ван И.\n\nОбсуждены "
        "актуальные вопросы международной повестки, включая ситуацию вокруг Украины и контакты "
        "России и США. Подтверждена взаимная нацеленность на дальнейшее укрепление "
        "внешнеполитической координации.",
    ),
    "en_lavrov_wangyi_g20": (
        (2, 21),
        "xinhua",
        "Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov on "
        "the sidelines of the G20 foreign ministers' meeting in Johannesburg on Friday. Wang "
        "said China supports all efforts conducive to peace, including the recent consensus "
        "reached by the United States and Russia.",
    ),
    "ru_wangyi_presser": (
        (3, 7),
        "ria",
        "Министр иностранных дел КНР Ван И на ежегодной пресс-конференции в рамках сессии ВСНП "
        "в Пекине заявил, что китайско-российские отношения «не будут затронуты третьими "
        "сторонами». По его словам, дружба двух стран не направлена против кого-либо. #Китай",
    ),
    "en_wangyi_presser": (
        (3, 7),
        "cgtn",
        "Foreign Minister Wang Yi told his annual press conference on the sidelines of the 'two "
        "sessions' that China-Russia relations will not be affected by any third party. 'A "
        "constant China-Russia relationship is a stabilizing force in a turbulent world,' Wang "
        "said. #TwoSessions",
    ),
    "ru_zhaoleji_npc": (
        (3, 11),
        "xinhua",
        "В Пекине завершилась 3-я сессия Всекитайского собрания народных представителей 14-го "
        "созыва. С речью на заключительном заседании выступил председатель Постоянного комитета "
        "ВСНП Чжао Лэцзи. На заседании присутствовал Си Цзиньпин. #ВСНП",
    ),
    "en_zhaoleji_npc": (
        (3, 11),
        "xinhua",
        "The third session of the 14th National People's Congress closed in Beijing on Tuesday. "
        "Zhao Leji, chairman of the NPC Standing Committee, presided over the closing meeting "
        "and delivered a speech.",
    ),
    "ru_liqiang_work_report": (
        (3, 5),
        "tass",
        "Премьер Госсовета КНР Ли Цян, выступая с докладом о работе правительства, объявил "
        "целевой показатель роста ВВП Китая на 2025 год на уровне «около 5%». Дефицит бюджета "
        "планируется увеличить до 4% ВВП. /ТАСС/",
    ),
    "en_liqiang_work_report": (
        (3, 5),
        "reuters",
        "Chinese Premier Li Qiang set an economic growth target of 'around 5%' for 2025 in his "
        "work report to the National People's Congress on Wednesday and raised the budget "
        "deficit target to 4% of GDP, as Beijing braces for rising trade tensions with the "
        "United States.",
    ),
    "ru_putin_wangyi_kremlin": (
        (4, 1),
        "kremlin",
        "Владимир Путин принял в Кремле Члена Политбюро ЦК КПК, Министра иностранных дел КНР "
        "Ван И. Гость передал Президенту России приветствие от Председателя КНР Си Цзиньпина. "
        "Обсуждалась подготовка к майским мероприятиям в Москве. В беседе участвовал Министр "
        "иностранных дел России Сергей Лавров.",
    ),
    "en_putin_wangyi_kremlin": (
        (4, 1),
        "xinhua",
        "Russian President Vladimir Putin met with Chinese Foreign Minister Wang Yi in Moscow "
        "on Tuesday. Wang said that under the strategic guidance of the two heads of state, "
        "China-Russia relations are mature and stable. Earlier in the day Wang held talks with "
        "Russian Foreign Minister Sergei Lavrov.",
    ),
    "ru_yoon_removed": (
        (4, 4),
        "tass",
        "Конституционный суд Республики Корея единогласно утвердил импичмент президента Юн Сок "
        "Ёля, отстранив его от должности. Досрочные выборы должны пройти в течение 60 дней. У "
        "здания суда в Сеуле собрались тысячи сторонников и противников Юна. /ТАСС/",
    ),
    "en_yoon_removed": (
        (4, 4),
        "yonhap",
        "SEOUL, April 4 (Yonhap) -- The Constitutional Court on Friday upheld the National "
        "Assembly's impeachment of President Yoon Suk Yeol over his short-lived imposition of "
        "martial law, removing him from office. A snap presidential election must be held "
        "within 60 days.",
    ),
    "ru_day_of_sun": (
        (4, 15),
        "tass",
        "В КНДР торжественно отметили День Солнца — 113-ю годовщину со дня рождения основателя "
        "республики Ким Ир Сена. В Пхеньяне прошли массовые гуляния, к монументам на холме "
        "Мансудэ возложены цветы. /ТАСС/",
    ),
    "en_day_of_sun": (
        (4, 15),
        "kcna",
        "Pyongyang, April 15 (KCNA) -- The Day of the Sun, the birth anniversary of President "
        "Kim Il Sung, was significantly celebrated across the country. Working people, service "
        "personnel and schoolchildren laid floral baskets before the statues of the great "
        "leader on Mansu Hill.",
    ),
    "ru_osaka_expo": (
        (4, 13),
        "tass",
        "В Осаке открылась Всемирная выставка ЭКСПО-2025. На церемонии открытия выступил "
        "премьер-министр Японии Сигэру Исиба. Выставка продлится до 13 октября; Россия в ней не "
        "участвует. /ТАСС/",
    ),
    "en_osaka_expo": (
        (4, 13),
        "kyodo",
        "The World Expo opened in Osaka on Sunday under the theme 'Designing Future Society for "
        "Our Lives', with Prime Minister Shigeru Ishiba hailing it as a chance to show the "
        "world Japan's technology. Organizers expect about 28 million people to attend over six "
        "months.",
    ),
    "ru_putin_xi_moscow_talks": (
        (5, 8),
        "kremlin",
        "В Кремле прошли российско-китайские переговоры. Владимир Путин и Председатель КНР Си "
        "Цзиньпин, находящийся в России с государственным визитом, подписали совместное "
        "заявление о дальнейшем углублении отношений всеобъемлющего партнёрства и "
        "стратегического взаимодействия. #РоссияКитай",
    ),
    "en_putin_xi_moscow_talks": (
        (5, 8),
        "xinhua",
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin at the "
        "Kremlin in Moscow on Thursday, during Xi's state visit to Russia. The two heads of "
        "state signed a joint statement on further deepening the comprehensive strategic "
        "partnership of coordination for a new era.",
    ),
    "ru_victory_parade_guests": (
        (5, 9),
        "ria",
        "На трибуне на Красной площади рядом с Владимиром Путиным парад наблюдали Председатель "
        "КНР Си Цзиньпин, генеральный секретарь ЦК Компартии Вьетнама То Лам, президент "
        "Бразилии Лула да Силва и другие иностранные гости. В параде прошли и военнослужащие "
        "НОАК. #Победа80",
    ),
    "en_victory_parade_guests": (
        (5, 9),
        "ap",
        "MOSCOW (AP) — Chinese leader Xi Jinping sat beside Russian President Vladimir Putin as "
        "troops marched across Red Square on Friday, marking 80 years since the defeat of Nazi "
        "Germany. Vietnam's Communist Party chief To Lam and Brazil's Luiz Inácio Lula da Silva "
        "were among more than 20 foreign leaders attending.",
    ),
    "ru_putin_tolam": (
        (5, 10),
        "kremlin",
        "Владимир Путин провёл переговоры с Генеральным секретарём ЦК Коммунистической партии "
        "Вьетнама То Ламом, находящимся в Москве с официальным визитом. По итогам принято "
        "совместное заявление. #РоссияВьетнам",
    ),
    "en_putin_tolam": (
        (5, 10),
        "vna",
        "General Secretary To Lam held talks with Russian President Vladimir Putin in Moscow on "
        "May 10, as the two sides marked the 75th anniversary of diplomatic ties. The leaders "
        "agreed to expand cooperation in energy, including nuclear power. #VietnamRussia",
    ),
    "ru_harbin_expo": (
        (5, 17),
        "ria",
        "В Харбине открылось 9-е Российско-Китайское ЭКСПО. Почётным гостем стала Свердловская "
        "область, а провинция Хэйлунцзян подписала с российскими регионами соглашения на сумму "
        "свыше 10 млрд юаней. #ЭКСПО #Харбин",
    ),
    "en_harbin_expo": (
        (5, 17),
        "xinhua",
        "The 9th China-Russia Expo opened in Harbin, capital of northeast China's Heilongjiang "
        "Province, on Saturday, drawing more than 1,800 enterprises from the two countries. "
        "Deals worth over 10 billion yuan are expected to be signed during the five-day event.",
    ),
    "ru_lee_elected": (
        (6, 4),
        "tass",
        "Кандидат от оппозиционной Демократической партии Ли Чжэ Мён победил на внеочередных "
        "президентских выборах в Республике Корея и сразу вступил в должность. Выборы были "
        "назначены после отстранения от власти Юн Сок Ёля. Присяга прошла в здании "
        "Национального собрания в Сеуле. /ТАСС/",
    ),
    "en_lee_elected": (
        (6, 4),
        "yonhap",
        "Lee Jae Myung was sworn in as South Korea's new president on Wednesday, hours after "
        "winning a snap election, pledging to revive the economy and ease tensions with North "
        "Korea. 'I will become a president who serves all people,' Lee said at the National "
        "Assembly.",
    ),
    "ru_maoning_lee": (
        (6, 4),
        "ria",
        "Официальный представитель МИД КНР Мао Нин заявила, что Пекин поздравляет Ли Чжэ Мёна с "
        "избранием на пост президента Республики Корея и готов вместе с новым правительством "
        "развивать стратегическое партнёрство. #Китай #Корея",
    ),
    "en_maoning_lee": (
        (6, 4),
        "globaltimes",
        "Chinese Foreign Ministry spokesperson Mao Ning said on Wednesday that China respects "
        "the choice of the South Korean people and congratulates Lee Jae-myung on his election. "
        "'China is willing to work with the ROK to strengthen exchanges,' Mao told a regular "
        "press briefing.",
    ),
    "ru_putin_dingxuexiang_spief": (
        (6, 20),
        "kremlin",
        "На полях ПМЭФ Владимир Путин встретился с Вице-премьером Госсовета КНР Дин Сюэсяном. "
        "Президент попросил передать наилучшие пожелания Председателю КНР Си Цзиньпину. Китай в "
        "этом году — специальный гость форума.",
    ),
    "en_putin_dingxuexiang_spief": (
        (6, 19),
        "xinhua",
        "Chinese Vice Premier Ding Xuexiang met with Russian President Vladimir Putin in St. "
        "Petersburg on Thursday and addressed the plenary session of the St. Petersburg "
        "International Economic Forum, where China is the guest country. Ding said China is "
        "ready to deepen practical cooperation.",
    ),
    "ru_qingdao_defence": (
        (6, 26),
        "tass",
        "Министр обороны России Андрей Белоусов принял участие в совещании министров обороны "
        "государств — членов ШОС в Циндао. На полях состоялась его встреча с министром обороны "
        "КНР адмиралом Дун Цзюнем. Стороны отметили высокий уровень военного сотрудничества. "
        "/ТАСС/",
    ),
    "en_qingdao_defence": (
        (6, 25),
        "xinhua",
        "Chinese Defense Minister Dong Jun held talks with his Russian counterpart Andrei "
        "Belousov in Qingdao on Wednesday, ahead of the SCO defense ministers' meeting hosted "
        "by the coastal city in east China's Shandong Province.",
    ),
    "ru_okinawa_memorial": (
        (6, 23),
        "tass",
        "На Окинаве почтили память жертв сражения за остров, завершившегося 80 лет назад. В "
        "траурной церемонии в городе Итоман принял участие премьер-министр Японии Сигэру Исиба. "
        "В битве погибли более 200 тыс. человек. /ТАСС/",
    ),
    "en_okinawa_memorial": (
        (6, 23),
        "kyodo",
        "Okinawa marked the 80th anniversary of the end of the Battle of Okinawa on Monday, "
        "with Prime Minister Shigeru Ishiba pledging to reduce the burden of U.S. bases on the "
        "southern island prefecture. Governor Denny Tamaki renewed calls to relocate the "
        "Futenma base.",
    ),
    "ru_abe_anniversary": (
        (7, 8),
        "ria",
        "В Японии вспоминают бывшего премьер-министра Синдзо Абэ, убитого три года назад во "
        "время предвыборного выступления в городе Нара. Абэ дольше всех в истории страны "
        "занимал пост главы правительства и неоднократно встречался с Владимиром Путиным. "
        "#Япония",
    ),
    "en_abe_anniversary": (
        (7, 8),
        "kyodo",
        "Mourners gathered in Nara on Tuesday to mark three years since former Prime Minister "
        "Shinzo Abe was shot dead while delivering a campaign speech. Former Prime Minister "
        "Fumio Kishida, who served as foreign minister under Abe, laid flowers at the site.",
    ),
    "ru_lavrov_choe_wonsan": (
        (7, 12),
        "mid",
        "🇷🇺🇰🇵 11 июля в Вонсане Министр иностранных дел России С.В.Лавров провёл переговоры с "
        "Министром иностранных дел КНДР Чхве Сон Хи.\n\nМинистры обсудили реализацию Договора о "
        "всеобъемлющем стратегическом партнёрстве и подчеркнули, что российско-корейские "
        "отношения вышли на уровень нерушимого боевого братства. #РоссияКНДР",
    ),
    "en_lavrov_choe_wonsan": (
        (7, 12),
        "kcna",
        "Wonsan, July 12 (KCNA) -- Talks between Choe Son Hui, minister of Foreign Affairs of "
        "the DPRK, and Sergei Lavrov, minister of Foreign Affairs of the Russian Federation, "
        "were held at the Kalma Coastal Tourist Area. Both sides expressed full support for "
        "each other's stand.",
    ),
    "ru_kim_receives_lavrov": (
        (7, 12),
        "tass",
        "Лидер КНДР Ким Чен Ын принял в Вонсане главу МИД России Сергея Лаврова. Встреча прошла "
        "в тёплой атмосфере; Лавров передал Ким Чен Ыну приветствие от Владимира Путина. /ТАСС/",
    ),
    "en_kim_receives_lavrov": (
        (7, 13),
        "kcna",
        "Respected Comrade Kim Jong Un, general secretary of the WPK and president of the State "
        "Affairs of the DPRK, received Sergei Lavrov, foreign minister of Russia, who is on a "
        "visit to the DPRK. Lavrov conveyed warm greetings from President Vladimir Putin. Choe "
        "Son Hui was present.",
    ),
    "ru_kalma_resort": (
        (7, 1),
        "ria",
        "В КНДР открылась для отдыхающих курортная зона Кальма на побережье у Вонсана. На "
        "церемонии завершения строительства присутствовал Ким Чен Ын вместе с супругой и "
        "дочерью. Первые российские туристы приедут в июле. #КНДР",
    ),
    "en_kalma_resort": (
        (6, 25),
        "kcna",
        "Kim Jong Un attended the ceremony for the completion of the Wonsan-Kalma Coastal "
        "Tourist Area on June 24, hailing it as a proud first step toward developing the "
        "tourism industry. Kim Yo Jong and other senior officials accompanied him.",
    ),
    "ru_lavrov_wangyi_tianjin": (
        (7, 14),
        "mid",
        "🇷🇺🇨🇳 С.В.Лавров, прибывший в Китай на СМИД ШОС, провёл переговоры с Министром "
        "иностранных дел КНР Ван И. Обсуждены подготовка саммита ШОС в Тяньцзине, ситуация на "
        "Украине и на Корейском полуострове, отношения с США.",
    ),
    "en_lavrov_wangyi_tianjin": (
        (7, 13),
        "xinhua",
        "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei "
        "Lavrov in Beijing on Sunday ahead of the meeting of the SCO Council of Foreign "
        "Ministers in Tianjin. The two sides agreed to support each other in holding the SCO "
        "and BRICS events.",
    ),
    "ru_xi_sco_ministers": (
        (7, 15),
        "tass",
        "Си Цзиньпин принял в Пекине глав МИД стран ШОС, участвовавших во встрече в Тяньцзине. "
        "Среди них был Сергей Лавров. Председатель КНР призвал организацию «держаться "
        "изначальной цели». /ТАСС/",
    ),
    "en_xi_sco_ministers": (
        (7, 15),
        "xinhua",
        "President Xi Jinping met in Beijing on Tuesday with the foreign ministers of SCO "
        "member states, who are in China for the Council of Foreign Ministers meeting. Xi said "
        "the SCO should stay true to its founding mission.",
    ),
    "ru_tsunami_hokkaido": (
        (7, 30),
        "ria",
        "После мощного землетрясения у берегов Камчатки японское метеоагентство объявило угрозу "
        "цунами на всём тихоокеанском побережье страны — от Хоккайдо до Окинавы. Персонал АЭС "
        "«Фукусима-1» эвакуирован на возвышенность. #Япония #цунами",
    ),
    "en_tsunami_hokkaido": (
        (7, 30),
        "kyodo",
        "Tsunami waves of up to 1.3 meters reached Japan's Pacific coast on Wednesday after a "
        "magnitude 8.8 earthquake off Russia's Kamchatka Peninsula. Nearly 2 million people "
        "were told to evacuate, from Hokkaido in the north to Wakayama. TEPCO evacuated workers "
        "at the Fukushima Daiichi nuclear plant.",
    ),
    "ru_zakharova_hiroshima": (
        (8, 6),
        "mid",
        "Из брифинга М.В.Захаровой:\n\nВ Хиросиме прошла траурная церемония в связи с 80-летием "
        "атомной бомбардировки. Японские официальные лица вновь не назвали страну, сбросившую "
        "бомбы на Хиросиму и Нагасаки. Напомним: это были Соединённые Штаты.",
    ),
    "en_zakharova_hiroshima": (
        (8, 7),
        "mid",
        "Maria Zakharova: Japanese officials once again failed to name the country that dropped "
        "atomic bombs on Hiroshima and Nagasaki. For the record, it was the United States.",
    ),
    "ru_hiroshima_80": (
        (8, 6),
        "tass",
        "Премьер-министр Японии Сигэру Исиба, выступая на церемонии в Хиросиме, пообещал, что "
        "страна сохранит три неядерных принципа. В Мемориальном парке мира собрались около 55 "
        "тыс. человек. /ТАСС/",
    ),
    "en_hiroshima_80": (
        (8, 6),
        "kyodo",
        "Hiroshima marked the 80th anniversary of the U.S. atomic bombing on Wednesday, with "
        "Mayor Kazumi Matsui warning against the growing acceptance of nuclear deterrence. "
        "Prime Minister Shigeru Ishiba pledged Japan would lead efforts toward a world without "
        "nuclear weapons.",
    ),
    "ru_nagasaki_80": (
        (8, 9),
        "tass",
        "В Нагасаки в 80-ю годовщину атомной бомбардировки почтили память её жертв. Мэр Сиро "
        "Судзуки призвал ядерные державы к разоружению. На церемонии присутствовал Сигэру "
        "Исиба. /ТАСС/",
    ),
    "en_nagasaki_80": (
        (8, 9),
        "ap",
        "NAGASAKI, Japan (AP) — The city marked 80 years since the U.S. atomic bombing with a "
        "ceremony attended by Prime Minister Shigeru Ishiba and representatives of nearly 100 "
        "countries, including Russia, invited for the first time since 2022.",
    ),
    "ru_ishiba_aug15": (
        (8, 15),
        "tass",
        "Сигэру Исиба на траурной церемонии в зале «Ниппон Будокан» в Токио впервые за 13 лет "
        "употребил слово «раскаяние», говоря о войне. Храм Ясукуни премьер не посетил, направив "
        "ритуальное подношение. /ТАСС/",
    ),
    "en_ishiba_aug15": (
        (8, 15),
        "kyodo",
        "Prime Minister Shigeru Ishiba used the word 'remorse' at the annual war-end memorial "
        "ceremony on Friday, the first Japanese leader to do so in 13 years. He did not visit "
        "Yasukuni Shrine but sent a ritual offering.",
    ),
    "ru_kimyojong_seoul": (
        (8, 19),
        "tass",
        "Заместитель заведующего отделом ЦК ТПК Ким Ё Чжон заявила, что Пхеньян не "
        "заинтересован в диалоге с Сеулом, и назвала «иллюзией» надежды администрации Ли Чжэ "
        "Мёна на улучшение отношений. /ТАСС/",
    ),
    "en_kimyojong_seoul": (
        (8, 20),
        "kcna",
        "Kim Yo Jong, vice department director of the WPK Central Committee, issued a press "
        "statement dismissing Seoul's recent conciliatory gestures. 'The ROK is not a "
        "diplomatic partner,' she said.",
    ),
    "ru_kimyojong_trump": (
        (7, 29),
        "tass",
        "Ким Ё Чжон: личные отношения между Ким Чен Ыном и Дональдом Трампом «неплохие», однако "
        "Пхеньян не вернётся к переговорам о денуклеаризации. /ТАСС/",
    ),
    "en_kimyojong_trump": (
        (7, 29),
        "reuters",
        "North Korean leader Kim Jong Un's powerful sister Kim Yo Jong said on Tuesday that his "
        "personal relationship with U.S. President Donald Trump is 'not bad', but any talks "
        "premised on denuclearisation would be rejected, state media KCNA reported.",
    ),
    "ru_sco_tianjin_putin": (
        (9, 1),
        "kremlin",
        "Владимир Путин принял участие в заседании Совета глав государств — членов ШОС в "
        "Тяньцзине. Председательствовал Си Цзиньпин. Президент России подчеркнул, что ШОС "
        "утверждает подлинную многосторонность. #ШОС",
    ),
    "en_sco_tianjin_xi": (
        (9, 1),
        "xinhua",
        "President Xi Jinping chaired the 25th Meeting of the Council of Heads of State of the "
        "SCO in Tianjin on Monday, proposing a Global Governance Initiative. Leaders adopted "
        "the Tianjin Declaration and a development strategy for the next ten years. #SCO",
    ),
    "ru_sco_tianjin_reception": (
        (8, 31),
        "ria",
        "Си Цзиньпин и его супруга Пэн Лиюань устроили в Тяньцзине торжественный приём в честь "
        "лидеров, прибывших на саммит ШОС. Владимир Путин прилетел в Тяньцзинь в воскресенье "
        "днём. #ШОС",
    ),
    "ru_zhangming_interview": (
        (8, 25),
        "ria",
        "Генеральный секретарь ШОС Чжан Мин в интервью РИА Новости заявил, что саммит в "
        "Тяньцзине станет крупнейшим в истории организации: ожидается более 20 иностранных "
        "лидеров. По его словам, ШОС не является военным союзом. #ШОС",
    ),
    "en_zhangming_interview": (
        (8, 26),
        "sco",
        "SCO Secretary-General Zhang Ming told reporters that the Tianjin summit would be the "
        "largest in the organization's history, with more than 20 foreign leaders and heads of "
        "10 international organizations expected. #SCO",
    ),
    "ru_zhangming_lavrov": (
        (4, 24),
        "mid",
        "С.В.Лавров принял Генерального секретаря ШОС Чжан Мина, находящегося в Москве с "
        "рабочим визитом. Обсуждены приоритеты китайского председательства и подготовка "
        "юбилейного саммита организации.",
    ),
    "en_zhangming_lavrov": (
        (4, 24),
        "sco",
        "SCO Secretary-General Zhang Ming met with Russian Foreign Minister Sergei Lavrov in "
        "Moscow. The sides discussed preparations for the Heads of State Council meeting and "
        "efforts to improve the organization's work. #SCO",
    ),
    "ru_trilateral_mongolia": (
        (9, 2),
        "kremlin",
        "В Пекине состоялась трёхсторонняя встреча Владимира Путина, Си Цзиньпина и Президента "
        "Монголии Ухнаагийна Хурэлсуха. Обсуждались строительство газопровода «Сила Сибири — 2» "
        "через территорию Монголии и развитие экономического коридора.",
    ),
    "en_trilateral_mongolia": (
        (9, 2),
        "xinhua",
        "Chinese President Xi Jinping, Russian President Vladimir Putin and Mongolian President "
        "Ukhnaagiin Khurelsukh held their seventh trilateral meeting in Beijing on Tuesday, "
        "agreeing to advance the China-Mongolia-Russia economic corridor.",
    ),
    "ru_putin_xi_beijing_talks": (
        (9, 2),
        "kremlin",
        "В Пекине прошли переговоры Владимира Путина и Си Цзиньпина. Президент России назвал "
        "беспрецедентно высоким уровень отношений. Подписан пакет документов, в том числе "
        "юридически обязывающий меморандум о строительстве «Силы Сибири — 2».",
    ),
    "en_putin_xi_beijing_talks": (
        (9, 2),
        "reuters",
        "BEIJING (Reuters) - Russian President Vladimir Putin and Chinese President Xi Jinping "
        "held talks on Tuesday, with Putin hailing an 'unprecedentedly high level' of ties. "
        "Gazprom said it had signed a legally binding memorandum on the Power of Siberia 2 "
        "pipeline.",
    ),
    "ru_beijing_parade": (
        (9, 3),
        "ria",
        "На площади Тяньаньмэнь в Пекине прошёл военный парад в честь 80-летия победы над "
        "японским милитаризмом. Си Цзиньпин принимал парад; рядом на трибуне находились "
        "Владимир Путин и Ким Чен Ын. #Китай #парад",
    ),
    "en_beijing_parade": (
        (9, 3),
        "ap",
        "BEIJING (AP) — Chinese leader Xi Jinping, flanked by Russia's Vladimir Putin and North "
        "Korea's Kim Jong Un, watched a massive military parade in Tiananmen Square marking 80 "
        "years since the end of World War II. It was the first time Kim had attended a Chinese "
        "military parade.",
    ),
    "ru_kim_train_beijing": (
        (9, 2),
        "tass",
        "Бронепоезд Ким Чен Ына прибыл в Пекин. Лидера КНДР сопровождают министр иностранных "
        "дел Чхве Сон Хи и дочь Ким Чжу Э. /ТАСС/",
    ),
    "en_kim_train_beijing": (
        (9, 2),
        "reuters",
        "North Korean leader Kim Jong-un arrived in Beijing by his armoured train on Tuesday, "
        "state media said, accompanied by Foreign Minister Choe Son Hui. His daughter Kim Ju Ae "
        "also appeared to be on the trip.",
    ),
    "ru_putin_kim_beijing": (
        (9, 3),
        "kremlin",
        "В Пекине состоялись переговоры Владимира Путина с Председателем Государственных дел "
        "КНДР Ким Чен Ыном. Президент поблагодарил корейских военнослужащих за участие в "
        "освобождении Курской области. #РоссияКНДР",
    ),
    "en_putin_kim_beijing": (
        (9, 3),
        "kcna",
        "Respected Comrade Kim Jong Un held talks with Vladimir Putin, president of the Russian "
        "Federation, at the Diaoyutai State Guesthouse in Beijing on September 3. Kim Jong Un "
        "said helping Russia is a fraternal duty.",
    ),
    "ru_xi_kim_talks": (
        (9, 4),
        "xinhua",
        "Си Цзиньпин провёл переговоры с Ким Чен Ыном в Доме народных собраний. Председатель "
        "КНР заявил, что Китай будет неизменно придерживаться курса на развитие отношений с "
        "КНДР. #Китай #КНДР",
    ),
    "en_xi_kim_talks": (
        (9, 4),
        "kcna",
        "Kim Jong Un held talks with Xi Jinping, general secretary of the CPC Central Committee "
        "and president of the People's Republic of China, in Beijing. Kim said the DPRK-China "
        "friendship will not change regardless of the international situation.",
    ),
    "ru_mao_zedong_anniversary": (
        (9, 9),
        "ria",
        "В Китае отмечают 49-ю годовщину со дня смерти Мао Цзэдуна. К мемориальному залу на "
        "площади Тяньаньмэнь в Пекине с утра выстроились очереди. #Китай #история",
    ),
    "en_mao_zedong_anniversary": (
        (9, 9),
        "cgtn",
        "Long lines formed at the Chairman Mao Memorial Hall in Tiananmen Square on Tuesday, "
        "the 49th anniversary of the death of Mao Zedong, founder of the People's Republic.",
    ),
    "ru_deng_shenzhen": (
        (8, 22),
        "tass",
        "В Шэньчжэне у памятника Дэн Сяопину на горе Ляньхуашань горожане возложили цветы в "
        "121-ю годовщину со дня его рождения. Дэн, архитектор политики реформ и открытости, в "
        "1980 году дал Шэньчжэню статус особой экономической зоны. /ТАСС/",
    ),
    "en_deng_shenzhen": (
        (8, 22),
        "cgtn",
        "Residents of Shenzhen laid flowers at the statue of Deng Xiaoping on Lianhuashan Hill "
        "to mark the 121st anniversary of his birth. Deng designated the fishing village a "
        "special economic zone in 1980.",
    ),
    "ru_ishiba_resigns": (
        (9, 7),
        "tass",
        "Премьер-министр Японии Сигэру Исиба объявил об отставке с поста председателя "
        "Либерально-демократической партии, чтобы не допустить раскола. В партии пройдут выборы "
        "нового лидера. /ТАСС/",
    ),
    "en_ishiba_resigns": (
        (9, 7),
        "kyodo",
        "Prime Minister Shigeru Ishiba announced his resignation on Sunday, taking "
        "responsibility for the ruling party's losses in the upper house election in July. 'I "
        "have decided to step down,' Ishiba told a news conference in Tokyo.",
    ),
    "ru_kishida_race": (
        (9, 12),
        "tass",
        "Бывший премьер-министр Японии Фумио Кисида не будет баллотироваться на выборах "
        "председателя ЛДП, которые пройдут после отставки Сигэру Исибы. /ТАСС/",
    ),
    "en_kishida_race": (
        (9, 11),
        "kyodo",
        "Former Prime Minister Fumio Kishida said Thursday he will not run in the ruling "
        "Liberal Democratic Party's leadership race to succeed Ishiba, adding that he would "
        "back a candidate who can unite the party.",
    ),
    "ru_wanghuning_xinjiang": (
        (9, 25),
        "xinhua",
        "Председатель ВК НПКСК Ван Хунин во главе центральной делегации прибыл в Урумчи на "
        "торжества по случаю 70-летия образования Синьцзян-Уйгурского автономного района. "
        "#Синьцзян",
    ),
    "en_wanghuning_xinjiang": (
        (9, 23),
        "xinhua",
        "Wang Huning, chairman of the CPPCC National Committee, arrived in Urumqi on Tuesday at "
        "the head of a central delegation to celebrate the 70th anniversary of the founding of "
        "the Xinjiang Uygur Autonomous Region.",
    ),
    "ru_takaichi_ldp": (
        (10, 4),
        "tass",
        "Новым председателем Либерально-демократической партии Японии избрана Санаэ Такаити. Во "
        "втором туре она обошла министра сельского хозяйства Синдзиро Коидзуми. Генеральный "
        "секретарь кабинета Ёсимаса Хаяси выбыл в первом туре. /ТАСС/",
    ),
    "en_takaichi_ldp": (
        (10, 4),
        "kyodo",
        "Sanae Takaichi was elected president of the Liberal Democratic Party on Saturday, "
        "putting her on course to become Japan's first female prime minister. She beat Shinjiro "
        "Koizumi in a runoff after Chief Cabinet Secretary Yoshimasa Hayashi and two others "
        "were eliminated in the first round. She will succeed Shigeru Ishiba.",
    ),
    "ru_takaichi_pm": (
        (10, 21),
        "ria",
        "Парламент Японии утвердил Санаэ Такаити на посту премьер-министра — впервые в истории "
        "страны правительство возглавила женщина. Министром иностранных дел назначен Тосимицу "
        "Мотэги, генеральным секретарём кабинета — Минору Кихара. #Япония",
    ),
    "en_takaichi_pm": (
        (10, 21),
        "kyodo",
        "Sanae Takaichi became Japan's first female prime minister on Tuesday. She named "
        "Toshimitsu Motegi, a former foreign minister, to the post again, replacing Takeshi "
        "Iwaya.",
    ),
    "ru_peskov_takaichi": (
        (10, 22),
        "tass",
        "Песков: Москва открыта к диалогу с новым правительством Японии во главе с Санаэ "
        "Такаити, но пока не видит сигналов из Токио. Отношения находятся «на нуле» не по вине "
        "России. /ТАСС/",
    ),
    "en_peskov_takaichi": (
        (10, 22),
        "tass",
        "Kremlin spokesman Dmitry Peskov said Moscow has seen no signals from Japan's new Prime "
        "Minister Sanae Takaichi about resuming dialogue and that relations remain 'at zero'.",
    ),
    "ru_trump_takaichi": (
        (10, 28),
        "tass",
        "Дональд Трамп и Санаэ Такаити провели в Токио переговоры, подписав соглашение о "
        "поставках редкоземельных металлов. Премьер Японии пообещала выдвинуть Трампа на "
        "Нобелевскую премию мира. /ТАСС/",
    ),
    "en_trump_takaichi": (
        (10, 28),
        "ap",
        "TOKYO (AP) — President Donald Trump and Japanese Prime Minister Sanae Takaichi signed "
        "a framework on critical minerals on Tuesday at the Akasaka Palace. Takaichi told Trump "
        "she would nominate him for the Nobel Peace Prize.",
    ),
    "ru_trump_xi_busan": (
        (10, 30),
        "tass",
        "Си Цзиньпин и Дональд Трамп провели в Пусане первую очную встречу с 2019 года. По "
        "словам Трампа, договорённости позволят снизить пошлины на китайские товары до 47%. "
        "/ТАСС/",
    ),
    "en_trump_xi_busan": (
        (10, 30),
        "reuters",
        "BUSAN, South Korea (Reuters) - U.S. President Donald Trump said he agreed to cut "
        "tariffs on China after talks with Chinese President Xi Jinping, who agreed to pause "
        "curbs on rare earth exports. The meeting at Gimhae air base lasted about 100 minutes.",
    ),
    "ru_xi_lee_gyeongju": (
        (11, 1),
        "ria",
        "Си Цзиньпин провёл в Кёнджу переговоры с президентом Республики Корея Ли Чжэ Мёном — "
        "это первый визит китайского лидера в Южную Корею за 11 лет. Стороны договорились "
        "возобновить стратегический диалог. #АТЭС",
    ),
    "en_xi_lee_gyeongju": (
        (11, 1),
        "yonhap",
        "GYEONGJU, Nov. 1 (Yonhap) -- President Lee Jae Myung held summit talks with Chinese "
        "President Xi Jinping on the sidelines of the APEC meetings, on the first Chinese state "
        "visit to South Korea in 11 years.",
    ),
    "ru_xi_takaichi": (
        (10, 31),
        "tass",
        "Санаэ Такаити и Си Цзиньпин провели в Кёнджу первую встречу. Стороны подтвердили курс "
        "на «взаимовыгодные стратегические отношения». /ТАСС/",
    ),
    "en_xi_takaichi": (
        (10, 31),
        "kyodo",
        "Prime Minister Sanae Takaichi held her first talks with Chinese President Xi Jinping "
        "on Friday on the sidelines of the APEC summit in South Korea, agreeing to pursue a "
        "'mutually beneficial strategic relationship'.",
    ),
    "ru_apec_shenzhen": (
        (11, 1),
        "xinhua",
        "Си Цзиньпин на закрытии саммита АТЭС объявил, что следующая встреча лидеров экономик "
        "АТЭС пройдёт в ноябре 2026 года в Шэньчжэне. #АТЭС",
    ),
    "en_apec_shenzhen": (
        (11, 1),
        "xinhua",
        "President Xi Jinping said at the close of the APEC Economic Leaders' Meeting in "
        "Gyeongju that China will host APEC in 2026 in Shenzhen, a city that grew from a small "
        "fishing village into a modern metropolis.",
    ),
    "ru_mishustin_hangzhou": (
        (11, 3),
        "gov",
        "Михаил Мишустин прибыл в Ханчжоу для участия в 30-й регулярной встрече глав "
        "правительств России и Китая. Переговоры с Премьером Госсовета КНР Ли Цяном пройдут 4 "
        "ноября. #РоссияКитай",
    ),
    "en_mishustin_hangzhou": (
        (11, 4),
        "xinhua",
        "Chinese Premier Li Qiang and Russian Prime Minister Mikhail Mishustin co-chaired the "
        "30th regular meeting between the heads of government of the two countries in Hangzhou "
        "on Tuesday. Li said the two sides should expand cooperation in AI and the digital "
        "economy.",
    ),
    "ru_xi_mishustin": (
        (11, 4),
        "tass",
        "Си Цзиньпин принял в Пекине Михаила Мишустина. Председатель КНР заявил, что Китай "
        "готов вместе с Россией расширять практическое сотрудничество. /ТАСС/",
    ),
    "en_xi_mishustin": (
        (11, 4),
        "xinhua",
        "Chinese President Xi Jinping met with Russian Prime Minister Mikhail Mishustin in "
        "Beijing on Tuesday afternoon.",
    ),
    "ru_linjian_takaichi": (
        (11, 10),
        "ria",
        "Официальный представитель МИД КНР Линь Цзянь потребовал от Санаэ Такаити отозвать "
        "«вопиющие» высказывания о Тайване. По его словам, Пекин выразил Токио решительный "
        "протест. #Китай #Япония",
    ),
    "en_linjian_takaichi": (
        (11, 10),
        "reuters",
        "China's foreign ministry spokesperson Lin Jian urged Japanese Prime Minister Sanae "
        "Takaichi on Monday to retract her remarks that a Taiwan contingency could trigger a "
        "military response from Japan, saying Beijing had lodged stern representations.",
    ),
    "ru_zakharova_takaichi": (
        (11, 19),
        "mid",
        "Из брифинга М.В.Захаровой:\n\nОбращаем внимание на заявления премьер-министра Японии "
        "С.Такаити о возможном применении силы в связи с Тайванем. Курс Токио на ускоренную "
        "милитаризацию вызывает серьёзную обеспокоенность у соседей.",
    ),
    "en_zakharova_takaichi": (
        (11, 19),
        "mid",
        "Maria Zakharova: We note Prime Minister Sanae Takaichi's statements about the possible "
        "use of force in connection with Taiwan. Japan's accelerated militarisation raises "
        "serious concerns among its neighbours.",
    ),
    "ru_guojiakun_seafood": (
        (6, 30),
        "ria",
        "Официальный представитель МИД КНР Го Цзякунь подтвердил частичное возобновление "
        "импорта японских морепродуктов, за исключением продукции из Фукусимы и ещё девяти "
        "префектур. #Китай #Япония",
    ),
    "en_guojiakun_seafood": (
        (6, 30),
        "reuters",
        "China will resume imports of seafood from parts of Japan, foreign ministry "
        "spokesperson Guo Jiakun said, but products from 10 prefectures including Fukushima and "
        "Tokyo remain banned over the release of treated water.",
    ),
    "ru_huachunying_rudenko": (
        (3, 18),
        "mid",
        "🇷🇺🇨🇳 В Пекине состоялись консультации заместителя Министра иностранных дел России "
        "А.Ю.Руденко с заместителем министра иностранных дел КНР Хуа Чуньин. Обсуждены вопросы "
        "ситуации в Азиатско-Тихоокеанском регионе и на Корейском полуострове.",
    ),
    "en_huachunying_rudenko": (
        (3, 18),
        "xinhua",
        "Chinese Vice Foreign Minister Hua Chunying held consultations with Russian Deputy "
        "Foreign Minister Andrei Rudenko in Beijing on Tuesday on Asia-Pacific affairs.",
    ),
    "ru_lihui_moscow": (
        (3, 24),
        "mid",
        "Заместитель Министра иностранных дел России М.Ю.Галузин принял Специального "
        "представителя Правительства КНР по евразийским делам Ли Хуэя, находящегося в Москве. "
        "Обсуждены перспективы урегулирования украинского кризиса.",
    ),
    "en_lihui_moscow": (
        (3, 25),
        "xinhua",
        "Li Hui, the Chinese government's special representative for Eurasian affairs, held "
        "talks in Moscow with Russian Deputy Foreign Minister Mikhail Galuzin on the Ukraine "
        "crisis. Li said China will continue to play a constructive role through the Friends "
        "for Peace group.",
    ),
    "ru_zhanghanhui_visafree": (
        (9, 3),
        "ria",
        "Посол КНР в России Чжан Ханьхуэй: с 15 сентября граждане России смогут посещать Китай "
        "без виз на срок до 30 дней. Решение принято по итогам переговоров лидеров в Пекине.",
    ),
    "en_zhanghanhui_visafree": (
        (9, 3),
        "tass",
        "China's Ambassador to Russia Zhang Hanhui said the visa-free regime for Russian "
        "citizens, which takes effect on September 15, will boost tourism and business "
        "contacts. Russians will be able to stay in China for up to 30 days.",
    ),
    "ru_wangwentao_reshetnikov": (
        (6, 18),
        "tass",
        "Министр экономического развития России Максим Решетников провёл переговоры с министром "
        "коммерции КНР Ван Вэньтао. Стороны рассчитывают на восстановление товарооборота во "
        "втором полугодии. /ТАСС/",
    ),
    "en_wangwentao_reshetnikov": (
        (6, 18),
        "xinhua",
        "Chinese Commerce Minister Wang Wentao met with Russian Minister of Economic "
        "Development Maxim Reshetnikov, calling for stable trade and expanded cooperation in "
        "e-commerce and services.",
    ),
    "ru_dongjun_shangrila": (
        (5, 30),
        "ria",
        "Министр обороны КНР Дун Цзюнь не приедет на форум «Диалог Шангри-Ла» в Сингапуре; "
        "китайскую делегацию возглавит представитель Университета национальной обороны НОАК. "
        "#Китай",
    ),
    "en_dongjun_shangrila": (
        (5, 29),
        "reuters",
        "Chinese Defence Minister Dong Jun will skip the Shangri-La Dialogue in Singapore this "
        "week, sources said, the first time since 2019 that China will not send its defence "
        "chief.",
    ),
    "ru_dalian_memorial": (
        (5, 9),
        "mid",
        "Генеральный консул России в Шэньяне возложил венок к мемориалу советским воинам в "
        "Люйшуне (Далянь), павшим при освобождении Северо-Восточного Китая. #Победа80",
    ),
    "en_dalian_memorial": (
        (5, 9),
        "tass",
        "Russian diplomats and local residents laid wreaths at the Soviet Army Martyrs' "
        "Cemetery in Lushun, Dalian, in honour of Soviet soldiers who fell liberating northeast "
        "China in 1945.",
    ),
    "ru_chongqing_train": (
        (4, 9),
        "ria",
        "Из Чунцина в Москву отправился первый контейнерный поезд нового регулярного маршрута; "
        "время в пути составит около 15 дней. #РоссияКитай",
    ),
    "en_chongqing_train": (
        (4, 9),
        "xinhua",
        "A freight train loaded with auto parts and electronics left Chongqing for Moscow on "
        "Wednesday, launching a regular China-Europe Railway Express service between the two "
        "cities.",
    ),
    "ru_canton_fair": (
        (4, 15),
        "tass",
        "В Гуанчжоу открылась 137-я Китайская ярмарка импортных и экспортных товаров. "
        "Российские закупщики вошли в пятёрку крупнейших иностранных делегаций. /ТАСС/",
    ),
    "en_canton_fair": (
        (4, 15),
        "xinhua",
        "The 137th China Import and Export Fair opened in Guangzhou on Tuesday with more than "
        "31,000 exhibitors, including a growing number from Russia.",
    ),
    "ru_ciie_shanghai": (
        (11, 5),
        "tass",
        "Премьер Госсовета КНР Ли Цян открыл в Шанхае 8-ю Китайскую международную импортную "
        "выставку. Россия представлена национальной экспозицией. /ТАСС/",
    ),
    "en_ciie_shanghai": (
        (11, 5),
        "xinhua",
        "Premier Li Qiang delivered a keynote speech at the opening of the 8th China "
        "International Import Expo in Shanghai on Wednesday, pledging to further open China's "
        "market.",
    ),
    "ru_xiamen_brics": (
        (9, 10),
        "brics",
        "В Сямэне прошёл форум Партнёрства БРИКС по новой промышленной революции. Представители "
        "России обсудили подготовку кадров в сфере искусственного интеллекта. #БРИКС",
    ),
    "en_xiamen_brics": (
        (9, 10),
        "brics",
        "The BRICS Partnership on New Industrial Revolution Forum opened in Xiamen, Fujian "
        "Province, with delegates from member and partner countries discussing AI skills and "
        "digital industries. #BRICS",
    ),
    "ru_maoning_wuhan": (
        (1, 27),
        "ria",
        "Мао Нин отвергла выводы ЦРУ о лабораторном происхождении COVID-19 в Ухане, назвав это "
        "политизацией. Пекин, по её словам, делился данными с ВОЗ больше любой другой страны.",
    ),
    "en_maoning_wuhan": (
        (1, 27),
        "reuters",
        "China's foreign ministry spokesperson Mao Ning on Monday rejected a CIA assessment "
        "that COVID-19 more likely leaked from a lab in Wuhan, calling it politicisation of "
        "origins-tracing.",
    ),
    "ru_kyoto_tourists": (
        (4, 20),
        "ria",
        "Власти Киото запретили туристам заходить в частные переулки квартала Гион и повышают "
        "налог на проживание в отелях. #Япония",
    ),
    "en_kyoto_tourists": (
        (4, 20),
        "kyodo",
        "Kyoto will raise its accommodation tax to up to 10,000 yen per night from March 2026 "
        "to tackle overtourism in the ancient capital.",
    ),
    "ru_chohyun_wangyi": (
        (9, 17),
        "tass",
        "Министр иностранных дел Республики Корея Чо Хён провёл в Пекине переговоры с Ван И. "
        "Стороны обсудили подготовку визита Си Цзиньпина на саммит АТЭС в Кёнджу. /ТАСС/",
    ),
    "en_chohyun_wangyi": (
        (9, 17),
        "yonhap",
        "Foreign Minister Cho Hyun held talks with his Chinese counterpart Wang Yi in Beijing "
        "on Wednesday, asking for Beijing's constructive role in bringing North Korea back to "
        "dialogue.",
    ),
    "ru_trilateral_tokyo": (
        (3, 22),
        "tass",
        "В Токио прошла встреча министров иностранных дел Японии, Китая и Республики Корея — "
        "Такэси Иваи, Ван И и Чо Тхэ Ёля. Министры договорились ускорить подготовку "
        "трёхстороннего саммита. /ТАСС/",
    ),
    "en_trilateral_tokyo": (
        (3, 22),
        "kyodo",
        "Foreign Minister Takeshi Iwaya hosted his Chinese and South Korean counterparts, Wang "
        "Yi and Cho Tae-yul, in Tokyo on Saturday, the first such trilateral meeting in nearly "
        "two years.",
    ),
    "ru_motegi_chohyun": (
        (10, 30),
        "tass",
        "Глава МИД Японии Тосимицу Мотэги и министр иностранных дел Республики Корея Чо Хён "
        "провели в Кёнджу первую встречу, подтвердив курс на «челночную дипломатию». /ТАСС/",
    ),
    "en_motegi_chohyun": (
        (10, 30),
        "kyodo",
        "Foreign Minister Toshimitsu Motegi and his South Korean counterpart Cho Hyun met in "
        "Gyeongju on Thursday, agreeing to keep up 'shuttle diplomacy' between their leaders.",
    ),
    "ru_hayashi_kurils": (
        (2, 7),
        "tass",
        "Генеральный секретарь кабинета министров Японии Ёсимаса Хаяси заявил, что Токио будет "
        "добиваться решения «территориальной проблемы» с Россией. В Японии 7 февраля отмечают "
        "так называемый «День северных территорий». /ТАСС/",
    ),
    "en_hayashi_kurils": (
        (2, 7),
        "kyodo",
        "Chief Cabinet Secretary Yoshimasa Hayashi said Friday that Japan remains committed to "
        "resolving the territorial dispute with Russia over the islands off Hokkaido and "
        "concluding a peace treaty.",
    ),
    "ru_zhaoleji_volodin": (
        (5, 20),
        "duma",
        "Председатель Государственной Думы Вячеслав Володин провёл в Пекине переговоры с "
        "председателем Постоянного комитета ВСНП Чжао Лэцзи. Обсуждено взаимодействие в сфере "
        "законодательного обеспечения двустороннего сотрудничества.",
    ),
    "en_zhaoleji_volodin": (
        (5, 20),
        "xinhua",
        "Zhao Leji, chairman of the NPC Standing Committee, held talks with Vyacheslav Volodin, "
        "chairman of the Russian State Duma, in Beijing on Tuesday.",
    ),
    "ru_lavrov_choe_moscow": (
        (10, 27),
        "mid",
        "🇷🇺🇰🇵 С.В.Лавров провёл в Москве переговоры с Министром иностранных дел КНДР Чхве Сон "
        "Хи. Обсуждены вопросы реализации договорённостей лидеров и ситуация на Корейском "
        "полуострове.",
    ),
    "en_lavrov_choe_moscow": (
        (10, 28),
        "kcna",
        "Choe Son Hui, minister of Foreign Affairs of the DPRK, held talks with Sergei Lavrov "
        "in Moscow and paid a courtesy call on President Vladimir Putin at the Kremlin.",
    ),
    "ru_wangyi_choe": (
        (9, 28),
        "tass",
        "Ван И провёл в Пекине переговоры с главой МИД КНДР Чхве Сон Хи. На следующий день её "
        "принял Премьер Госсовета КНР Ли Цян. /ТАСС/",
    ),
    "en_wangyi_choe": (
        (9, 28),
        "kcna",
        "Choe Son Hui, minister of Foreign Affairs of the DPRK, held talks with Wang Yi, "
        "minister of Foreign Affairs of China, in Beijing.",
    ),
    "ru_wpk_parade": (
        (10, 10),
        "ria",
        "В Пхеньяне прошёл военный парад в честь 80-летия Трудовой партии Кореи. Рядом с Ким "
        "Чен Ыном на трибуне были Премьер Госсовета КНР Ли Цян, зампред Совбеза России Дмитрий "
        "Медведев и генсек ЦК Компартии Вьетнама То Лам. #КНДР",
    ),
    "en_wpk_parade": (
        (10, 10),
        "ap",
        "SEOUL, South Korea (AP) — North Korean leader Kim Jong Un showcased his newest "
        "intercontinental ballistic missile at a military parade in Pyongyang marking the "
        "ruling party's 80th anniversary, with Chinese Premier Li Qiang, Vietnam's To Lam and "
        "Russia's Dmitry Medvedev watching.",
    ),
    "ru_kim_liqiang": (
        (10, 9),
        "tass",
        "Ким Чен Ын провёл переговоры с Ли Цяном, прибывшим в Пхеньян с официальным визитом во "
        "главе партийно-правительственной делегации КНР. /ТАСС/",
    ),
    "en_kim_liqiang": (
        (10, 9),
        "kcna",
        "Respected Comrade Kim Jong Un met Li Qiang, premier of the State Council of China, who "
        "is in Pyongyang to attend the celebrations.",
    ),
    "ru_moscow_pyongyang_train": (
        (6, 17),
        "ria",
        "Впервые с 2020 года из Москвы в Пхеньян отправился прямой пассажирский поезд; поездка "
        "займёт восемь суток. #РоссияКНДР",
    ),
    "en_moscow_pyongyang_train": (
        (6, 17),
        "tass",
        "The first direct passenger train from Moscow to Pyongyang since 2020 departed on "
        "Tuesday; the journey takes about eight days.",
    ),
    "ru_shoigu_kim": (
        (6, 17),
        "tass",
        "Секретарь Совбеза России Сергей Шойгу прибыл в Пхеньян по поручению Владимира Путина и "
        "провёл переговоры с Ким Чен Ыном. /ТАСС/",
    ),
    "en_shoigu_kim": (
        (6, 18),
        "kcna",
        "Kim Jong Un received Sergei Shoigu, secretary of the Security Council of Russia, in "
        "Pyongyang. They discussed sending DPRK engineers and deminers to Kursk.",
    ),
    "ru_busan_film": (
        (9, 18),
        "tass",
        "На Международном кинофестивале в Пусане, который проходит в 30-й раз, показан "
        "российский анимационный фильм. /ТАСС/",
    ),
    "ru_khurelsukh_overchuk": (
        (3, 14),
        "tass",
        "Президент Монголии Ухнаагийн Хурэлсух принял в Улан-Баторе вице-премьера России "
        "Алексея Оверчука. Обсуждены поставки топлива и модернизация совместной железной "
        "дороги. /ТАСС/",
    ),
    "en_khurelsukh_overchuk": (
        (3, 14),
        "montsame",
        "President of Mongolia Ukhnaagiin Khurelsukh received Russian Deputy Prime Minister "
        "Alexei Overchuk in Ulaanbaatar, discussing fuel supplies and the modernization of the "
        "joint railway.",
    ),
    "ru_mishustin_hanoi": (
        (1, 15),
        "gov",
        "Михаил Мишустин провёл в Ханое переговоры с Премьер-министром Вьетнама Фам Минь Тинем. "
        "Подписаны соглашения в сфере энергетики и образования. #РоссияВьетнам",
    ),
    "en_mishustin_hanoi": (
        (1, 15),
        "vna",
        "Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail "
        "Mishustin in Hanoi on January 14. Mishustin also called on Party General Secretary To "
        "Lam.",
    ),
    "ru_ushakov_china_trip": (
        (8, 26),
        "kremlin",
        "Юрий Ушаков: Владимир Путин посетит Китай с 31 августа по 3 сентября. В Тяньцзине "
        "пройдёт саммит ШОС, в Пекине — переговоры с Си Цзиньпином и военный парад.",
    ),
    "en_ushakov_china_trip": (
        (8, 26),
        "tass",
        "Kremlin aide Yury Ushakov said Putin will travel to China from August 31 to September "
        "3, attending the SCO summit in Tianjin and holding talks with Xi Jinping in Beijing.",
    ),
    "ru_lee_trump": (
        (8, 25),
        "tass",
        "Ли Чжэ Мён провёл в Белом доме первые переговоры с Дональдом Трампом. Президент "
        "Республики Корея предложил американскому коллеге стать «миротворцем» и встретиться с "
        "Ким Чен Ыном. /ТАСС/",
    ),
    "en_lee_trump": (
        (8, 25),
        "yonhap",
        "President Lee Jae Myung held his first summit with U.S. President Donald Trump at the "
        "White House, urging him to act as a 'peacemaker' on the Korean Peninsula.",
    ),
    "ru_lee_ishiba": (
        (8, 23),
        "tass",
        "Ли Чжэ Мён и Сигэру Исиба провели в Токио переговоры, договорившись о сотрудничестве в "
        "сферах искусственного интеллекта и водородной энергетики. /ТАСС/",
    ),
    "en_lee_ishiba": (
        (8, 23),
        "kyodo",
        "Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed in Tokyo "
        "on Saturday to deepen cooperation, on Lee's first trip to Japan since taking office.",
    ),
    "ru_takaichi_kim": (
        (10, 24),
        "tass",
        "Санаэ Такаити в первой программной речи заявила о готовности к встрече с Ким Чен Ыном "
        "для решения проблемы похищенных японцев. /ТАСС/",
    ),
    "en_takaichi_kim": (
        (10, 24),
        "kyodo",
        "Prime Minister Sanae Takaichi said she is ready to hold a summit with North Korean "
        "leader Kim Jong Un to resolve the abduction issue, in her first policy speech to "
        "parliament.",
    ),
    "ru_iwaya_missile": (
        (1, 6),
        "tass",
        "Министр иностранных дел Японии Такэси Ивая осудил пуск баллистической ракеты КНДР, "
        "заявив, что Токио направил Пхеньяну протест по дипломатическим каналам в Пекине. "
        "/ТАСС/",
    ),
    "en_iwaya_missile": (
        (1, 6),
        "kyodo",
        "Foreign Minister Takeshi Iwaya condemned North Korea's ballistic missile launch, "
        "saying Japan lodged a protest through its embassy in Beijing.",
    ),
    "ru_sunweidong_rudenko": (
        (5, 15),
        "mid",
        "🇷🇺🇨🇳 В Москве заместитель Министра иностранных дел России А.Ю.Руденко провёл "
        "консультации с заместителем министра иностранных дел КНР Сунь Вэйдуном по ситуации на "
        "Корейском полуострове.",
    ),
    "en_sunweidong_rudenko": (
        (5, 15),
        "xinhua",
        "Vice Foreign Minister Sun Weidong held consultations in Moscow with Russian Deputy "
        "Foreign Minister Andrei Rudenko on the situation on the Korean Peninsula.",
    ),
    "en_seoul_marathon": (
        (3, 16),
        "yonhap",
        "Thousands of runners crossed the Han River bridges in Seoul on Sunday in the city's "
        "spring marathon, one of the oldest in Asia.",
    ),
    "ru_trap_van_gogh": (
        (3, 28),
        "news",
        "В Москве открылась выставка «Ван Гог и его время»: полотна Ван Гога и художников его "
        "круга привезены из частных собраний Европы. #культура",
    ),
    "ru_trap_note_si": (
        (2, 14),
        "news",
        "Вокальный мастер-класс: как взять верхнюю ноту си и не сорвать голос. Упражнения для "
        "сопрано показала педагог Мариинского театра. #музыка",
    ),
    "ru_trap_cat_mao": (
        (8, 8),
        "news",
        "Кот по кличке Мао из Казани стал звездой соцсетей: Мао научился открывать холодильник "
        "и приносит хозяйке тапочки. #котики",
    ),
    "en_trap_kardashian": (
        (5, 13),
        "news",
        "Kim Kardashian testified in a Paris court against the men accused of robbing her at "
        "gunpoint in 2016, telling judges she thought she would be killed.",
    ),
    "en_trap_lee_jeans": (
        (6, 2),
        "news",
        "Lee jeans is relaunching its 1950s denim line, and the brand's pop-up store opened in "
        "Richmond near the empty pedestal where the Robert E. Lee statue once stood.",
    ),
    "en_trap_honest_abe": (
        (2, 12),
        "news",
        "Illinois marked Lincoln's birthday on Wednesday as 'Honest Abe' impersonators read the "
        "Gettysburg Address in Springfield.",
    ),
    "en_trap_the_sun": (
        (3, 3),
        "news",
        "The Sun newspaper apologised on Monday after publishing a wrong photograph alongside "
        "an interview with a Premier League manager.",
    ),
    "ru_trap_ming_painting": (
        (10, 15),
        "news",
        "В Эрмитаже открылась выставка «Бронза эпохи Хань и живопись эпохи Мин»: показаны "
        "свитки Дун Цичана и его учеников. #Эрмитаж",
    ),
    "en_trap_ming_vase": (
        (10, 16),
        "news",
        "A Ming dynasty vase found in an attic in Sussex sold for £1.2 million, while a Han "
        "dynasty bronze horse failed to find a buyer.",
    ),
    "en_trap_li_ion": (
        (7, 22),
        "news",
        "A Li-ion battery fire forced the evacuation of a warehouse in Rotterdam; firefighters "
        "said the blaze started in a stack of e-bike batteries.",
    ),
    "ru_trap_philby": (
        (1, 1),
        "news",
        "113 лет назад родился Ким Филби — британский разведчик, работавший на советскую "
        "разведку. В Москве прошла лекция о его жизни. #история",
    ),
    "ru_trap_li_shop": (
        (4, 2),
        "news",
        "На Тверской открылся магазин одежды «Ли»: в первый день у входа выстроилась очередь.",
    ),
    "en_trap_carrie_lam": (
        (7, 1),
        "news",
        "Former Hong Kong chief executive Carrie Lam spoke to students at a university forum on "
        "Tuesday.",
    ),
    "ru_trap_dalai_lama": (
        (7, 6),
        "news",
        "Далай-лама отметил 90-летие и заявил, что институт далай-лам продолжит существование; "
        "то же самое он говорил и раньше.",
    ),
    "en_trap_naomi_osaka": (
        (8, 30),
        "news",
        "Naomi Osaka reached the US Open fourth round with a straight-sets win on Saturday.",
    ),
    "ru_trap_naomi_osaka": (
        (8, 30),
        "news",
        "Наоми Осака вышла в четвёртый круг Открытого чемпионата США по теннису.",
    ),
    "en_trap_motegi_motogp": (
        (9, 28),
        "news",
        "Marc Marquez clinched his seventh MotoGP title at the Japanese Grand Prix at Mobility "
        "Resort Motegi on Sunday.",
    ),
}

# Post lists several queries share, each named once (by its first query).
_SI_TSZINPIN = (
    "ru_hanzheng_inauguration",
    "en_hanzheng_inauguration",
    "ru_putin_xi_video_jan",
    "en_putin_xi_video_jan",
    "ru_harbin_asiad",
    "en_harbin_asiad",
    "ru_zhaoleji_npc",
    "ru_putin_wangyi_kremlin",
    "ru_putin_xi_moscow_talks",
    "en_putin_xi_moscow_talks",
    "ru_victory_parade_guests",
    "en_victory_parade_guests",
    "ru_putin_dingxuexiang_spief",
    "ru_xi_sco_ministers",
    "en_xi_sco_ministers",
    "ru_sco_tianjin_putin",
    "en_sco_tianjin_xi",
    "ru_sco_tianjin_reception",
    "ru_trilateral_mongolia",
    "en_trilateral_mongolia",
    "ru_putin_xi_beijing_talks",
    "en_putin_xi_beijing_talks",
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_xi_kim_talks",
    "en_xi_kim_talks",
    "ru_trump_xi_busan",
    "en_trump_xi_busan",
    "ru_xi_lee_gyeongju",
    "en_xi_lee_gyeongju",
    "ru_xi_takaichi",
    "en_xi_takaichi",
    "ru_apec_shenzhen",
    "en_apec_shenzhen",
    "ru_xi_mishustin",
    "en_xi_mishustin",
    "ru_chohyun_wangyi",
    "ru_ushakov_china_trip",
    "en_ushakov_china_trip",
)
_VAN_I = (
    "ru_lavrov_wangyi_g20",
    "en_lavrov_wangyi_g20",
    "ru_wangyi_presser",
    "en_wangyi_presser",
    "ru_putin_wangyi_kremlin",
    "en_putin_wangyi_kremlin",
    "ru_lavrov_wangyi_tianjin",
    "en_lavrov_wangyi_tianjin",
    "ru_chohyun_wangyi",
    "en_chohyun_wangyi",
    "ru_trilateral_tokyo",
    "en_trilateral_tokyo",
    "ru_wangyi_choe",
    "en_wangyi_choe",
)
_LI_TSYAN = (
    "ru_liqiang_work_report",
    "en_liqiang_work_report",
    "ru_mishustin_hangzhou",
    "en_mishustin_hangzhou",
    "ru_ciie_shanghai",
    "en_ciie_shanghai",
    "ru_wangyi_choe",
    "ru_wpk_parade",
    "en_wpk_parade",
    "ru_kim_liqiang",
    "en_kim_liqiang",
)
_CHZHAO_LETSZI = (
    "ru_zhaoleji_npc",
    "en_zhaoleji_npc",
    "ru_zhaoleji_volodin",
    "en_zhaoleji_volodin",
)
_VAN_KHUNIN = (
    "ru_wanghuning_xinjiang",
    "en_wanghuning_xinjiang",
)
_DIN_SYUESYAN = (
    "ru_putin_dingxuexiang_spief",
    "en_putin_dingxuexiang_spief",
)
_KHAN_CHZHEN = (
    "ru_hanzheng_inauguration",
    "en_hanzheng_inauguration",
)
_MAO_NIN = (
    "ru_maoning_lee",
    "en_maoning_lee",
    "ru_maoning_wuhan",
    "en_maoning_wuhan",
)
_LIN_TSZYAN = (
    "ru_linjian_takaichi",
    "en_linjian_takaichi",
)
_GO_TSZYAKUN = (
    "ru_guojiakun_seafood",
    "en_guojiakun_seafood",
)
_CHZHAN_MIN = (
    "ru_zhangming_interview",
    "en_zhangming_interview",
    "ru_zhangming_lavrov",
    "en_zhangming_lavrov",
)
_LI_KHUEY = (
    "ru_lihui_moscow",
    "en_lihui_moscow",
)
_VAN_VENTAO = (
    "ru_wangwentao_reshetnikov",
    "en_wangwentao_reshetnikov",
)
_DUN_TSZYUN = (
    "ru_qingdao_defence",
    "en_qingdao_defence",
    "ru_dongjun_shangrila",
    "en_dongjun_shangrila",
)
_KHUA_CHUNIN = (
    "ru_huachunying_rudenko",
    "en_huachunying_rudenko",
)
_CHZHAN_KHANKHUEY = (
    "ru_zhanghanhui_visafree",
    "en_zhanghanhui_visafree",
)
_MAO_TSZEDUN = (
    "ru_mao_zedong_anniversary",
    "en_mao_zedong_anniversary",
)
_DEN_SYAOPIN = (
    "ru_deng_shenzhen",
    "en_deng_shenzhen",
)
_SUN_VEYDUN = (
    "ru_sunweidong_rudenko",
    "en_sunweidong_rudenko",
)
_SIGERU_ISIBA = (
    "ru_osaka_expo",
    "en_osaka_expo",
    "ru_okinawa_memorial",
    "en_okinawa_memorial",
    "ru_hiroshima_80",
    "en_hiroshima_80",
    "ru_nagasaki_80",
    "en_nagasaki_80",
    "ru_ishiba_aug15",
    "en_ishiba_aug15",
    "ru_ishiba_resigns",
    "en_ishiba_resigns",
    "ru_kishida_race",
    "en_kishida_race",
    "en_takaichi_ldp",
    "ru_lee_ishiba",
    "en_lee_ishiba",
)
_SANAE_TAKAITI = (
    "ru_takaichi_ldp",
    "en_takaichi_ldp",
    "ru_takaichi_pm",
    "en_takaichi_pm",
    "ru_peskov_takaichi",
    "en_peskov_takaichi",
    "ru_trump_takaichi",
    "en_trump_takaichi",
    "ru_xi_takaichi",
    "en_xi_takaichi",
    "ru_linjian_takaichi",
    "en_linjian_takaichi",
    "ru_zakharova_takaichi",
    "en_zakharova_takaichi",
    "ru_takaichi_kim",
    "en_takaichi_kim",
)
_FUMIO_KISIDA = (
    "en_abe_anniversary",
    "ru_kishida_race",
    "en_kishida_race",
)
_TAKESI_IVAYA = (
    "en_takaichi_pm",
    "ru_trilateral_tokyo",
    "en_trilateral_tokyo",
    "ru_iwaya_missile",
    "en_iwaya_missile",
)
_TOSIMITSU_MOTEGI = (
    "ru_takaichi_pm",
    "en_takaichi_pm",
    "ru_motegi_chohyun",
    "en_motegi_chohyun",
)
_ESIMASA_KHAYASI = (
    "ru_takaichi_ldp",
    "en_takaichi_ldp",
    "ru_hayashi_kurils",
    "en_hayashi_kurils",
)
_SINDZO_ABE = (
    "ru_abe_anniversary",
    "en_abe_anniversary",
)
_KIM_CHEN_YN = (
    "ru_kim_receives_lavrov",
    "en_kim_receives_lavrov",
    "ru_kalma_resort",
    "en_kalma_resort",
    "ru_kimyojong_trump",
    "en_kimyojong_trump",
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_kim_train_beijing",
    "en_kim_train_beijing",
    "ru_putin_kim_beijing",
    "en_putin_kim_beijing",
    "ru_xi_kim_talks",
    "en_xi_kim_talks",
    "ru_wpk_parade",
    "en_wpk_parade",
    "ru_kim_liqiang",
    "en_kim_liqiang",
    "ru_shoigu_kim",
    "en_shoigu_kim",
    "ru_lee_trump",
    "ru_takaichi_kim",
    "en_takaichi_kim",
)
_KIM_E_CHZHON = (
    "en_kalma_resort",
    "ru_kimyojong_seoul",
    "en_kimyojong_seoul",
    "ru_kimyojong_trump",
    "en_kimyojong_trump",
)
_CHKHVE_SON_KHI = (
    "ru_lavrov_choe_wonsan",
    "en_lavrov_choe_wonsan",
    "en_kim_receives_lavrov",
    "ru_kim_train_beijing",
    "en_kim_train_beijing",
    "ru_lavrov_choe_moscow",
    "en_lavrov_choe_moscow",
    "ru_wangyi_choe",
    "en_wangyi_choe",
)
_LI_CHZHE_MEN = (
    "ru_lee_elected",
    "en_lee_elected",
    "ru_maoning_lee",
    "en_maoning_lee",
    "ru_kimyojong_seoul",
    "ru_xi_lee_gyeongju",
    "en_xi_lee_gyeongju",
    "ru_lee_trump",
    "en_lee_trump",
    "ru_lee_ishiba",
    "en_lee_ishiba",
)
_YUN_SOK_EL = (
    "ru_yoon_removed",
    "en_yoon_removed",
    "ru_lee_elected",
)
_CHO_KHEN = (
    "ru_chohyun_wangyi",
    "en_chohyun_wangyi",
    "ru_motegi_chohyun",
    "en_motegi_chohyun",
)
_UKHNAAGIYN_KHURELSUKH = (
    "ru_trilateral_mongolia",
    "en_trilateral_mongolia",
    "ru_khurelsukh_overchuk",
    "en_khurelsukh_overchuk",
)
_TO_LAM = (
    "ru_victory_parade_guests",
    "en_victory_parade_guests",
    "ru_putin_tolam",
    "en_putin_tolam",
    "ru_wpk_parade",
    "en_wpk_parade",
    "en_mishustin_hanoi",
)
_FAM_MIN_TIN = (
    "ru_mishustin_hanoi",
    "en_mishustin_hanoi",
)
_LAVROV_VAN_I = (
    "ru_lavrov_wangyi_g20",
    "en_lavrov_wangyi_g20",
    "ru_putin_wangyi_kremlin",
    "en_putin_wangyi_kremlin",
    "ru_lavrov_wangyi_tianjin",
    "en_lavrov_wangyi_tianjin",
)
_PUTIN_XI_JINPING = (
    "ru_putin_xi_video_jan",
    "en_putin_xi_video_jan",
    "ru_putin_wangyi_kremlin",
    "ru_putin_xi_moscow_talks",
    "en_putin_xi_moscow_talks",
    "ru_victory_parade_guests",
    "en_victory_parade_guests",
    "ru_putin_dingxuexiang_spief",
    "ru_sco_tianjin_putin",
    "ru_sco_tianjin_reception",
    "ru_trilateral_mongolia",
    "en_trilateral_mongolia",
    "ru_putin_xi_beijing_talks",
    "en_putin_xi_beijing_talks",
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_ushakov_china_trip",
    "en_ushakov_china_trip",
)
_PUTIN_KIM_CHEN_YN = (
    "ru_kim_receives_lavrov",
    "en_kim_receives_lavrov",
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_putin_kim_beijing",
    "en_putin_kim_beijing",
    "ru_shoigu_kim",
)
_LAVROV_CHKHVE_SON_KHI = (
    "ru_lavrov_choe_wonsan",
    "en_lavrov_choe_wonsan",
    "en_kim_receives_lavrov",
    "ru_lavrov_choe_moscow",
    "en_lavrov_choe_moscow",
)
_SI_TSZINPIN_KIM_CHEN_YN = (
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_xi_kim_talks",
    "en_xi_kim_talks",
)
_TRAMP_SI_TSZINPIN = (
    "ru_hanzheng_inauguration",
    "en_hanzheng_inauguration",
    "ru_trump_xi_busan",
    "en_trump_xi_busan",
)
_TAKAITI_SI_TSZINPIN = (
    "ru_xi_takaichi",
    "en_xi_takaichi",
)
_LI_CHZHE_MEN_ISIBA = (
    "ru_lee_ishiba",
    "en_lee_ishiba",
)
_MISHUSTIN_LI_TSYAN = (
    "ru_mishustin_hangzhou",
    "en_mishustin_hangzhou",
)
_PUTIN_TO_LAM = (
    "ru_victory_parade_guests",
    "en_victory_parade_guests",
    "ru_putin_tolam",
    "en_putin_tolam",
)
_KIM_JONG_UN_LI_QIANG = (
    "ru_wpk_parade",
    "en_wpk_parade",
    "ru_kim_liqiang",
    "en_kim_liqiang",
)
_SI_TSZINPIN_TYANTSZIN = (
    "ru_xi_sco_ministers",
    "ru_sco_tianjin_putin",
    "en_sco_tianjin_xi",
    "ru_sco_tianjin_reception",
    "ru_ushakov_china_trip",
    "en_ushakov_china_trip",
)
_SI_TSZINPIN_PEKIN = (
    "ru_zhaoleji_npc",
    "ru_xi_sco_ministers",
    "en_xi_sco_ministers",
    "ru_trilateral_mongolia",
    "en_trilateral_mongolia",
    "ru_putin_xi_beijing_talks",
    "en_putin_xi_beijing_talks",
    "ru_beijing_parade",
    "en_beijing_parade",
    "en_xi_kim_talks",
    "ru_xi_mishustin",
    "en_xi_mishustin",
    "ru_chohyun_wangyi",
    "ru_ushakov_china_trip",
    "en_ushakov_china_trip",
)
_LI_TSYAN_SHANKHAY = (
    "ru_ciie_shanghai",
    "en_ciie_shanghai",
)
_DUN_TSZYUN_TSINDAO = (
    "ru_qingdao_defence",
    "en_qingdao_defence",
)
_MAO_NING_WUHAN = (
    "ru_maoning_wuhan",
    "en_maoning_wuhan",
)
_KHURELSUKH_ULAANBAATAR = (
    "ru_khurelsukh_overchuk",
    "en_khurelsukh_overchuk",
)
_PEKIN = (
    "ru_wangyi_presser",
    "ru_zhaoleji_npc",
    "en_zhaoleji_npc",
    "en_liqiang_work_report",
    "ru_maoning_lee",
    "en_lavrov_wangyi_tianjin",
    "ru_xi_sco_ministers",
    "en_xi_sco_ministers",
    "ru_trilateral_mongolia",
    "en_trilateral_mongolia",
    "ru_putin_xi_beijing_talks",
    "en_putin_xi_beijing_talks",
    "ru_beijing_parade",
    "en_beijing_parade",
    "ru_kim_train_beijing",
    "en_kim_train_beijing",
    "ru_putin_kim_beijing",
    "en_putin_kim_beijing",
    "en_xi_kim_talks",
    "ru_mao_zedong_anniversary",
    "ru_xi_mishustin",
    "en_xi_mishustin",
    "ru_linjian_takaichi",
    "en_linjian_takaichi",
    "ru_huachunying_rudenko",
    "en_huachunying_rudenko",
    "ru_zhanghanhui_visafree",
    "ru_maoning_wuhan",
    "ru_chohyun_wangyi",
    "en_chohyun_wangyi",
    "ru_zhaoleji_volodin",
    "en_zhaoleji_volodin",
    "ru_wangyi_choe",
    "en_wangyi_choe",
    "ru_ushakov_china_trip",
    "en_ushakov_china_trip",
    "ru_iwaya_missile",
    "en_iwaya_missile",
)
_TYANTSZIN = (
    "ru_lavrov_wangyi_tianjin",
    "en_lavrov_wangyi_tianjin",
    "ru_xi_sco_ministers",
    "ru_sco_tianjin_putin",
    "en_sco_tianjin_xi",
    "ru_sco_tianjin_reception",
    "ru_zhangming_interview",
    "en_zhangming_interview",
    "ru_ushakov_china_trip",
    "en_ushakov_china_trip",
)
_KHARBIN = (
    "ru_harbin_asiad",
    "en_harbin_asiad",
    "ru_harbin_expo",
    "en_harbin_expo",
)
_GUANCHZHOU = (
    "ru_canton_fair",
    "en_canton_fair",
)
_SHENCHZHEN = (
    "ru_deng_shenzhen",
    "en_deng_shenzhen",
    "ru_apec_shenzhen",
    "en_apec_shenzhen",
)
_CHUNTSIN = (
    "ru_chongqing_train",
    "en_chongqing_train",
)
_SYAMEN = (
    "ru_xiamen_brics",
    "en_xiamen_brics",
)
_DALYAN = (
    "ru_dalian_memorial",
    "en_dalian_memorial",
)
_KHEYLUNTSZYAN = (
    "ru_harbin_asiad",
    "ru_harbin_expo",
    "en_harbin_expo",
)
_TOKIO = (
    "ru_ishiba_aug15",
    "en_ishiba_resigns",
    "ru_peskov_takaichi",
    "ru_trump_takaichi",
    "en_trump_takaichi",
    "ru_linjian_takaichi",
    "ru_zakharova_takaichi",
    "en_guojiakun_seafood",
    "ru_trilateral_tokyo",
    "en_trilateral_tokyo",
    "ru_hayashi_kurils",
    "ru_lee_ishiba",
    "en_lee_ishiba",
    "ru_iwaya_missile",
)
_OSAKA = (
    "ru_osaka_expo",
    "en_osaka_expo",
)
_KHIROSIMA = (
    "ru_zakharova_hiroshima",
    "en_zakharova_hiroshima",
    "ru_hiroshima_80",
    "en_hiroshima_80",
)
_NAGASAKI = (
    "ru_zakharova_hiroshima",
    "en_zakharova_hiroshima",
    "ru_nagasaki_80",
    "en_nagasaki_80",
)
_KHOKKAYDO = (
    "ru_tsunami_hokkaido",
    "en_tsunami_hokkaido",
    "en_hayashi_kurils",
)
_FUKUSIMA = (
    "ru_tsunami_hokkaido",
    "en_tsunami_hokkaido",
    "ru_guojiakun_seafood",
    "en_guojiakun_seafood",
)
_OKINAVA = (
    "ru_okinawa_memorial",
    "en_okinawa_memorial",
    "ru_tsunami_hokkaido",
)
_KIOTO = (
    "ru_kyoto_tourists",
    "en_kyoto_tourists",
)
_PKHENYAN = (
    "ru_day_of_sun",
    "en_day_of_sun",
    "ru_kimyojong_seoul",
    "ru_kimyojong_trump",
    "ru_wpk_parade",
    "en_wpk_parade",
    "ru_kim_liqiang",
    "en_kim_liqiang",
    "ru_moscow_pyongyang_train",
    "en_moscow_pyongyang_train",
    "ru_shoigu_kim",
    "en_shoigu_kim",
    "ru_iwaya_missile",
)
_SEUL = (
    "ru_yoon_removed",
    "en_yoon_removed",
    "ru_lee_elected",
    "ru_kimyojong_seoul",
    "en_kimyojong_seoul",
    "en_wpk_parade",
    "en_seoul_marathon",
)
_PUSAN = (
    "ru_trump_xi_busan",
    "en_trump_xi_busan",
    "ru_busan_film",
)
_VONSAN = (
    "ru_lavrov_choe_wonsan",
    "en_lavrov_choe_wonsan",
    "ru_kim_receives_lavrov",
    "ru_kalma_resort",
    "en_kalma_resort",
)
_KENDZHU = (
    "ru_xi_lee_gyeongju",
    "en_xi_lee_gyeongju",
    "ru_xi_takaichi",
    "en_apec_shenzhen",
    "ru_chohyun_wangyi",
    "ru_motegi_chohyun",
    "en_motegi_chohyun",
)

QUERIES: tuple[Labelled, ...] = (
    Labelled(
        "Си Цзиньпин",
        _SI_TSZINPIN,
        "1 ru name: Xi in Russian finds both languages; «нота си» is not Xi [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "Ван И",
        _VAN_I,
        "1 ru name: Wang Yi; other Wangs and «Ван Гога и» are traps [9 trap]",
        absent=(
            "ru_trap_van_gogh",
            "ru_wanghuning_xinjiang",
            "en_wanghuning_xinjiang",
            "ru_wangwentao_reshetnikov",
            "en_wangwentao_reshetnikov",
        ),
    ),
    Labelled(
        "Ли Цян",
        _LI_TSYAN,
        ("1 ru name: Li Qiang; Li Hui, Lee Jae-myung, the «Ли» shop, Li-ion are traps [9 trap]"),
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_lihui_moscow",
            "en_lihui_moscow",
            "ru_lee_elected",
            "en_lee_elected",
        ),
    ),
    Labelled(
        "Чжао Лэцзи",
        _CHZHAO_LETSZI,
        "1 ru name: Zhao Leji in both languages",
    ),
    Labelled(
        "Ван Хунин",
        _VAN_KHUNIN,
        "1 ru name: Wang Huning; Wang Yi and Van Gogh are traps [9 trap]",
        absent=("ru_trap_van_gogh", "ru_wangyi_presser", "en_wangyi_presser"),
    ),
    Labelled(
        "Дин Сюэсян",
        _DIN_SYUESYAN,
        "1 ru name: Ding Xuexiang in both languages",
    ),
    Labelled(
        "Хань Чжэн",
        _KHAN_CHZHEN,
        "1 ru name: Han Zheng; Han dynasty and the Han River are traps [9 trap]",
        absent=("ru_trap_ming_painting", "en_trap_ming_vase", "en_seoul_marathon"),
    ),
    Labelled(
        "Мао Нин",
        _MAO_NIN,
        "1 ru name: Mao Ning; Mao Zedong and the cat Мао are traps [9 trap]",
        absent=("ru_trap_cat_mao", "ru_mao_zedong_anniversary", "en_mao_zedong_anniversary"),
    ),
    Labelled(
        "Линь Цзянь",
        _LIN_TSZYAN,
        "1 ru name: Lin Jian in both languages",
    ),
    Labelled(
        "Го Цзякунь",
        _GO_TSZYAKUN,
        "1 ru name: Guo Jiakun in both languages",
    ),
    Labelled(
        "Чжан Мин",
        _CHZHAN_MIN,
        "1 ru name: Zhang Ming; Zhang Hanhui and the Ming dynasty are traps [9 trap]",
        absent=(
            "ru_trap_ming_painting",
            "en_trap_ming_vase",
            "ru_zhanghanhui_visafree",
            "en_zhanghanhui_visafree",
        ),
    ),
    Labelled(
        "Ли Хуэй",
        _LI_KHUEY,
        "1 ru name: Li Hui; Li Qiang, the «Ли» shop, Li-ion are traps [9 trap]",
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "Ван Вэньтао",
        _VAN_VENTAO,
        "1 ru name: Wang Wentao; Wang Yi is a trap [9 trap]",
        absent=("ru_lavrov_wangyi_g20", "en_lavrov_wangyi_g20"),
    ),
    Labelled(
        "Дун Цзюнь",
        _DUN_TSZYUN,
        "1 ru name: Dong Jun; the painter Дун Цичан is a trap [9 trap]",
        absent=("ru_trap_ming_painting",),
    ),
    Labelled(
        "Хуа Чуньин",
        _KHUA_CHUNIN,
        "1 ru name: Hua Chunying in both languages",
    ),
    Labelled(
        "Чжан Ханьхуэй",
        _CHZHAN_KHANKHUEY,
        "1 ru name: Zhang Hanhui; Zhang Ming is a trap [9 trap]",
        absent=("ru_zhangming_interview", "en_zhangming_interview", "ru_zhangming_lavrov"),
    ),
    Labelled(
        "Мао Цзэдун",
        _MAO_TSZEDUN,
        "1 ru name: Mao Zedong; Mao Ning and the cat are traps [9 trap]",
        absent=("ru_trap_cat_mao", "ru_maoning_wuhan", "en_maoning_wuhan"),
    ),
    Labelled(
        "Дэн Сяопин",
        _DEN_SYAOPIN,
        "1 ru name: Deng Xiaoping in both languages",
    ),
    Labelled(
        "Сунь Вэйдун",
        _SUN_VEYDUN,
        "1 ru name: Sun Weidong; The Sun and the Day of the Sun are traps [9 trap]",
        absent=("en_trap_the_sun", "en_day_of_sun", "ru_day_of_sun"),
    ),
    Labelled(
        "Сигэру Исиба",
        _SIGERU_ISIBA,
        "1 ru name: Ishiba in both languages",
    ),
    Labelled(
        "Санаэ Такаити",
        _SANAE_TAKAITI,
        "1 ru name: Takaichi in both languages, «С.Такаити» included",
    ),
    Labelled(
        "Фумио Кисида",
        _FUMIO_KISIDA,
        "1 ru name: Kishida in both languages",
    ),
    Labelled(
        "Такэси Ивая",
        _TAKESI_IVAYA,
        "1 ru name: Iwaya, also declined «Иваи»",
    ),
    Labelled(
        "Тосимицу Мотэги",
        _TOSIMITSU_MOTEGI,
        "1 ru name: Motegi the minister; the Motegi race circuit is a trap [9 trap]",
        absent=("en_trap_motegi_motogp",),
    ),
    Labelled(
        "Ёсимаса Хаяси",
        _ESIMASA_KHAYASI,
        "1 ru name: Hayashi in both languages",
    ),
    Labelled(
        "Синдзо Абэ",
        _SINDZO_ABE,
        "1 ru name: Shinzo Abe; 'Honest Abe' Lincoln is a trap [9 trap]",
        absent=("en_trap_honest_abe",),
    ),
    Labelled(
        "Ким Чен Ын",
        _KIM_CHEN_YN,
        (
            "1 ru name: Kim Jong Un; Kim Philby, Kim Kardashian, Kim Il Sung, Kim Yo Jong alone "
            "are traps [9 trap]"
        ),
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "Ким Ё Чжон",
        _KIM_E_CHZHON,
        "1 ru name: Kim Yo Jong; other Kims are traps [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_kim_train_beijing",
            "en_kim_train_beijing",
        ),
    ),
    Labelled(
        "Чхве Сон Хи",
        _CHKHVE_SON_KHI,
        "1 ru name: Choe Son Hui in both languages",
    ),
    Labelled(
        "Ли Чжэ Мён",
        _LI_CHZHE_MEN,
        (
            "1 ru name: Lee Jae-myung; Lee jeans, Robert E. Lee, the «Ли» shop, Li Qiang are "
            "traps [9 trap]"
        ),
        absent=(
            "en_trap_lee_jeans",
            "ru_trap_li_shop",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "Юн Сок Ёль",
        _YUN_SOK_EL,
        "1 ru name: Yoon Suk Yeol in both languages",
    ),
    Labelled(
        "Чо Хён",
        _CHO_KHEN,
        "1 ru name: Cho Hyun; Cho Tae-yul is a trap [9 trap]",
        absent=("ru_trilateral_tokyo", "en_trilateral_tokyo"),
    ),
    Labelled(
        "Ухнаагийн Хурэлсух",
        _UKHNAAGIYN_KHURELSUKH,
        "1 ru name: Khurelsukh with the patronymic, both languages",
    ),
    Labelled(
        "То Лам",
        _TO_LAM,
        "1 ru name: To Lam; «то» + «далай-лам» and Carrie Lam are traps [9 trap]",
        absent=("en_trap_carrie_lam", "ru_trap_dalai_lama"),
    ),
    Labelled(
        "Фам Минь Тинь",
        _FAM_MIN_TIN,
        "1 ru name: Pham Minh Chinh in both languages",
    ),
    Labelled(
        "Xi Jinping",
        _SI_TSZINPIN,
        "2 en name: Xi in English finds both languages [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "Wang Yi",
        _VAN_I,
        "2 en name: Wang Yi; Wang Huning, Wang Wentao, Van Gogh are traps [9 trap]",
        absent=(
            "ru_trap_van_gogh",
            "ru_wanghuning_xinjiang",
            "en_wanghuning_xinjiang",
            "ru_wangwentao_reshetnikov",
            "en_wangwentao_reshetnikov",
        ),
    ),
    Labelled(
        "Li Qiang",
        _LI_TSYAN,
        "2 en name: Li Qiang; Li Hui, Lee, Li-ion are traps [9 trap]",
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_lihui_moscow",
            "en_lihui_moscow",
            "ru_lee_elected",
            "en_lee_elected",
        ),
    ),
    Labelled(
        "Zhao Leji",
        _CHZHAO_LETSZI,
        "2 en name: Zhao Leji in both languages",
    ),
    Labelled(
        "Wang Huning",
        _VAN_KHUNIN,
        "2 en name: Wang Huning in both languages [9 trap]",
        absent=("ru_wangyi_presser", "en_wangyi_presser"),
    ),
    Labelled(
        "Ding Xuexiang",
        _DIN_SYUESYAN,
        "2 en name: Ding Xuexiang in both languages",
    ),
    Labelled(
        "Han Zheng",
        _KHAN_CHZHEN,
        "2 en name: Han Zheng; Han dynasty and Han River are traps [9 trap]",
        absent=("ru_trap_ming_painting", "en_trap_ming_vase", "en_seoul_marathon"),
    ),
    Labelled(
        "Mao Ning",
        _MAO_NIN,
        "2 en name: Mao Ning; Mao Zedong and the cat are traps [9 trap]",
        absent=("ru_trap_cat_mao", "ru_mao_zedong_anniversary", "en_mao_zedong_anniversary"),
    ),
    Labelled(
        "Lin Jian",
        _LIN_TSZYAN,
        "2 en name: Lin Jian in both languages",
    ),
    Labelled(
        "Guo Jiakun",
        _GO_TSZYAKUN,
        "2 en name: Guo Jiakun in both languages",
    ),
    Labelled(
        "Zhang Ming",
        _CHZHAN_MIN,
        "2 en name: Zhang Ming; Ming vase, Zhang Hanhui are traps [9 trap]",
        absent=(
            "ru_trap_ming_painting",
            "en_trap_ming_vase",
            "ru_zhanghanhui_visafree",
            "en_zhanghanhui_visafree",
        ),
    ),
    Labelled(
        "Li Hui",
        _LI_KHUEY,
        "2 en name: Li Hui; Li Qiang and Li-ion are traps [9 trap]",
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "Wang Wentao",
        _VAN_VENTAO,
        "2 en name: Wang Wentao in both languages [9 trap]",
        absent=("ru_lavrov_wangyi_g20", "en_lavrov_wangyi_g20"),
    ),
    Labelled(
        "Dong Jun",
        _DUN_TSZYUN,
        "2 en name: Dong Jun; the painter Дун Цичан is a trap [9 trap]",
        absent=("ru_trap_ming_painting",),
    ),
    Labelled(
        "Hua Chunying",
        _KHUA_CHUNIN,
        "2 en name: Hua Chunying in both languages",
    ),
    Labelled(
        "Zhang Hanhui",
        _CHZHAN_KHANKHUEY,
        "2 en name: Zhang Hanhui; Zhang Ming is a trap [9 trap]",
        absent=("ru_zhangming_interview", "en_zhangming_interview", "ru_zhangming_lavrov"),
    ),
    Labelled(
        "Mao Zedong",
        _MAO_TSZEDUN,
        "2 en name: Mao Zedong; Mao Ning and the cat are traps [9 trap]",
        absent=("ru_trap_cat_mao", "ru_maoning_wuhan", "en_maoning_wuhan"),
    ),
    Labelled(
        "Deng Xiaoping",
        _DEN_SYAOPIN,
        "2 en name: Deng Xiaoping in both languages",
    ),
    Labelled(
        "Sun Weidong",
        _SUN_VEYDUN,
        ("2 en name: Sun Weidong; The Sun newspaper and the Day of the Sun are traps [9 trap]"),
        absent=("en_trap_the_sun", "en_day_of_sun", "ru_day_of_sun"),
    ),
    Labelled(
        "Shigeru Ishiba",
        _SIGERU_ISIBA,
        "2 en name: Ishiba in both languages",
    ),
    Labelled(
        "Sanae Takaichi",
        _SANAE_TAKAITI,
        "2 en name: Takaichi in both languages",
    ),
    Labelled(
        "Fumio Kishida",
        _FUMIO_KISIDA,
        "2 en name: Kishida in both languages",
    ),
    Labelled(
        "Takeshi Iwaya",
        _TAKESI_IVAYA,
        "2 en name: Iwaya in both languages",
    ),
    Labelled(
        "Toshimitsu Motegi",
        _TOSIMITSU_MOTEGI,
        "2 en name: Motegi the minister; the race circuit is a trap [9 trap]",
        absent=("en_trap_motegi_motogp",),
    ),
    Labelled(
        "Yoshimasa Hayashi",
        _ESIMASA_KHAYASI,
        "2 en name: Hayashi in both languages",
    ),
    Labelled(
        "Shinzo Abe",
        _SINDZO_ABE,
        "2 en name: Shinzo Abe; Honest Abe is a trap [9 trap]",
        absent=("en_trap_honest_abe",),
    ),
    Labelled(
        "Kim Jong Un",
        _KIM_CHEN_YN,
        "2 en name: Kim Jong Un incl. 'Kim Jong-un'; other Kims are traps [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "Kim Yo Jong",
        _KIM_E_CHZHON,
        "2 en name: Kim Yo Jong; other Kims are traps [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_kim_train_beijing",
            "en_kim_train_beijing",
        ),
    ),
    Labelled(
        "Choe Son Hui",
        _CHKHVE_SON_KHI,
        "2 en name: Choe Son Hui in both languages",
    ),
    Labelled(
        "Lee Jae-myung",
        _LI_CHZHE_MEN,
        (
            "2 en name: Lee Jae-myung incl. 'Lee Jae Myung'; Lee jeans and Robert E. Lee are "
            "traps [9 trap]"
        ),
        absent=(
            "en_trap_lee_jeans",
            "ru_trap_li_shop",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "Yoon Suk Yeol",
        _YUN_SOK_EL,
        "2 en name: Yoon Suk Yeol in both languages",
    ),
    Labelled(
        "Cho Hyun",
        _CHO_KHEN,
        "2 en name: Cho Hyun; Cho Tae-yul is a trap [9 trap]",
        absent=("ru_trilateral_tokyo", "en_trilateral_tokyo"),
    ),
    Labelled(
        "Ukhnaagiin Khurelsukh",
        _UKHNAAGIYN_KHURELSUKH,
        "2 en name: Khurelsukh in both languages",
    ),
    Labelled(
        "To Lam",
        _TO_LAM,
        "2 en name: To Lam; Carrie Lam spoke 'to' students is a trap [9 trap]",
        absent=("en_trap_carrie_lam", "ru_trap_dalai_lama"),
    ),
    Labelled(
        "Pham Minh Chinh",
        _FAM_MIN_TIN,
        "2 en name: Pham Minh Chinh in both languages",
    ),
    Labelled(
        "Си Цзиньпина",
        _SI_TSZINPIN,
        "1 ru name, declined: genitive [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "с Си Цзиньпином",
        _SI_TSZINPIN,
        "1 ru name, declined: instrumental after «с» [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "с Ван И",
        _VAN_I,
        "1 ru name, declined: indeclinable name after «с»; «Ван Гога и» is a trap [9 trap]",
        absent=(
            "ru_trap_van_gogh",
            "ru_wanghuning_xinjiang",
            "en_wanghuning_xinjiang",
            "ru_wangwentao_reshetnikov",
            "en_wangwentao_reshetnikov",
        ),
    ),
    Labelled(
        "Ли Цяну",
        _LI_TSYAN,
        "1 ru name, declined: dative [9 trap]",
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_lihui_moscow",
            "en_lihui_moscow",
            "ru_lee_elected",
            "en_lee_elected",
        ),
    ),
    Labelled(
        "Ли Цяна",
        _LI_TSYAN,
        "1 ru name, declined: genitive [9 trap]",
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_lihui_moscow",
            "en_lihui_moscow",
            "ru_lee_elected",
            "en_lee_elected",
        ),
    ),
    Labelled(
        "Исибой",
        _SIGERU_ISIBA,
        "1 ru name, declined: instrumental",
    ),
    Labelled(
        "Ким Чен Ыном",
        _KIM_CHEN_YN,
        "1 ru name, declined: instrumental [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "Ли Чжэ Мёна",
        _LI_CHZHE_MEN,
        "1 ru name, declined: genitive [9 trap]",
        absent=(
            "en_trap_lee_jeans",
            "ru_trap_li_shop",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "Юн Сок Ёля",
        _YUN_SOK_EL,
        "1 ru name, declined: genitive",
    ),
    Labelled(
        "Дун Цзюня",
        _DUN_TSZYUN,
        "1 ru name, declined: genitive [9 trap]",
        absent=("ru_trap_ming_painting",),
    ),
    Labelled(
        "Мао Цзэдуна",
        _MAO_TSZEDUN,
        "1 ru name, declined: genitive [9 trap]",
        absent=("ru_trap_cat_mao", "ru_maoning_wuhan", "en_maoning_wuhan"),
    ),
    Labelled(
        "Чжан Мина",
        _CHZHAN_MIN,
        "1 ru name, declined: genitive [9 trap]",
        absent=(
            "ru_trap_ming_painting",
            "en_trap_ming_vase",
            "ru_zhanghanhui_visafree",
            "en_zhanghanhui_visafree",
        ),
    ),
    Labelled(
        "Ли Хуэя",
        _LI_KHUEY,
        "1 ru name, declined: genitive [9 trap]",
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "То Ламом",
        _TO_LAM,
        "1 ru name, declined: instrumental [9 trap]",
        absent=("en_trap_carrie_lam", "ru_trap_dalai_lama"),
    ),
    Labelled(
        "Фам Минь Тинем",
        _FAM_MIN_TIN,
        "1 ru name, declined: instrumental",
    ),
    Labelled(
        "Хурэлсуха",
        _UKHNAAGIYN_KHURELSUKH,
        "1 ru name, declined: genitive of the surname alone",
    ),
    Labelled(
        "Чо Хёном",
        _CHO_KHEN,
        "1 ru name, declined: instrumental [9 trap]",
        absent=("ru_trilateral_tokyo", "en_trilateral_tokyo"),
    ),
    Labelled(
        "Такэси Иваи",
        _TAKESI_IVAYA,
        "1 ru name, declined: genitive",
    ),
    Labelled(
        "Цзиньпин",
        _SI_TSZINPIN,
        "3 surname alone: given name part typed alone, unambiguous [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "Jinping",
        _SI_TSZINPIN,
        "3 surname alone: unambiguous alone",
    ),
    Labelled(
        "Исиба",
        _SIGERU_ISIBA,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Ishiba",
        _SIGERU_ISIBA,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Такаити",
        _SANAE_TAKAITI,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Takaichi",
        _SANAE_TAKAITI,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Kishida",
        _FUMIO_KISIDA,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Хурэлсух",
        _UKHNAAGIYN_KHURELSUKH,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Khurelsukh",
        _UKHNAAGIYN_KHURELSUKH,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Хаяси",
        _ESIMASA_KHAYASI,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Hayashi",
        _ESIMASA_KHAYASI,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Iwaya",
        _TAKESI_IVAYA,
        "3 surname alone: surname alone",
    ),
    Labelled(
        "Абэ",
        _SINDZO_ABE,
        (
            "3 surname alone: the Russian spelling is the Japanese surname only; Honest Abe is "
            "a trap [9 trap]"
        ),
        absent=("en_trap_honest_abe",),
    ),
    Labelled(
        "Лавров Ван И",
        _LAVROV_VAN_I,
        "4 two people: both named, either language [9 trap]",
        absent=("ru_trap_van_gogh", "ru_zhangming_lavrov", "ru_wangyi_presser"),
    ),
    Labelled(
        "Lavrov Wang Yi",
        _LAVROV_VAN_I,
        "4 two people: both named, either language [9 trap]",
        absent=("ru_zhangming_lavrov", "en_zhangming_lavrov", "en_wangyi_presser"),
    ),
    Labelled(
        "Putin Xi Jinping",
        _PUTIN_XI_JINPING,
        "4 two people: Putin posts without Xi are traps [9 trap]",
        absent=("ru_putin_tolam", "en_putin_tolam", "ru_abe_anniversary", "ru_shoigu_kim"),
    ),
    Labelled(
        "Путин Си Цзиньпин",
        _PUTIN_XI_JINPING,
        "4 two people: Putin posts without Xi are traps [9 trap]",
        absent=(
            "ru_putin_tolam",
            "en_putin_tolam",
            "ru_abe_anniversary",
            "ru_shoigu_kim",
            "ru_trap_note_si",
        ),
    ),
    Labelled(
        "Путин Ким Чен Ын",
        _PUTIN_KIM_CHEN_YN,
        "4 two people: both named; Kim Philby is a trap [9 trap]",
        absent=("ru_trap_philby", "en_trap_kardashian", "ru_putin_tolam"),
    ),
    Labelled(
        "Putin Kim Jong Un",
        _PUTIN_KIM_CHEN_YN,
        "4 two people: both named [9 trap]",
        absent=("en_trap_kardashian", "en_putin_tolam"),
    ),
    Labelled(
        "Лавров Чхве Сон Хи",
        _LAVROV_CHKHVE_SON_KHI,
        "4 two people: both named",
    ),
    Labelled(
        "Lavrov Choe Son Hui",
        _LAVROV_CHKHVE_SON_KHI,
        "4 two people: both named",
    ),
    Labelled(
        "Си Цзиньпин Ким Чен Ын",
        _SI_TSZINPIN_KIM_CHEN_YN,
        "4 two people: both named [9 trap]",
        absent=("ru_trap_philby",),
    ),
    Labelled(
        "Xi Jinping Kim Jong Un",
        _SI_TSZINPIN_KIM_CHEN_YN,
        "4 two people: both named [9 trap]",
        absent=("en_trap_kardashian",),
    ),
    Labelled(
        "Трамп Си Цзиньпин",
        _TRAMP_SI_TSZINPIN,
        "4 two people: both named",
    ),
    Labelled(
        "Trump Xi Jinping",
        _TRAMP_SI_TSZINPIN,
        "4 two people: both named",
    ),
    Labelled(
        "Такаити Си Цзиньпин",
        _TAKAITI_SI_TSZINPIN,
        "4 two people: both named",
    ),
    Labelled(
        "Takaichi Xi Jinping",
        _TAKAITI_SI_TSZINPIN,
        "4 two people: both named",
    ),
    Labelled(
        "Ли Чжэ Мён Исиба",
        _LI_CHZHE_MEN_ISIBA,
        "4 two people: both named",
    ),
    Labelled(
        "Lee Jae-myung Ishiba",
        _LI_CHZHE_MEN_ISIBA,
        "4 two people: both named",
    ),
    Labelled(
        "Мишустин Ли Цян",
        _MISHUSTIN_LI_TSYAN,
        "4 two people: both named [9 trap]",
        absent=("ru_mishustin_hanoi", "en_mishustin_hanoi"),
    ),
    Labelled(
        "Mishustin Li Qiang",
        _MISHUSTIN_LI_TSYAN,
        "4 two people: both named [9 trap]",
        absent=("ru_xi_mishustin", "en_xi_mishustin"),
    ),
    Labelled(
        "Мотэги Чо Хён",
        ("ru_motegi_chohyun", "en_motegi_chohyun"),
        "4 two people: both named",
    ),
    Labelled(
        "Putin To Lam",
        _PUTIN_TO_LAM,
        "4 two people: both named [9 trap]",
        absent=("en_trap_carrie_lam",),
    ),
    Labelled(
        "Путин То Лам",
        _PUTIN_TO_LAM,
        "4 two people: both named [9 trap]",
        absent=("ru_trap_dalai_lama",),
    ),
    Labelled(
        "Kim Yo Jong Trump",
        ("ru_kimyojong_trump", "en_kimyojong_trump"),
        "4 two people: both named [9 trap]",
        absent=("en_trap_kardashian",),
    ),
    Labelled(
        "Ван И Чхве Сон Хи",
        ("ru_wangyi_choe", "en_wangyi_choe"),
        "4 two people: both named",
    ),
    Labelled(
        "Kim Jong Un Li Qiang",
        _KIM_JONG_UN_LI_QIANG,
        "4 two people: both named [9 trap]",
        absent=("en_trap_li_ion",),
    ),
    Labelled(
        "Xi Jinping Lee Jae-myung",
        ("ru_xi_lee_gyeongju", "en_xi_lee_gyeongju"),
        "4 two people: both named [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "Такаити Тайвань",
        (
            "ru_linjian_takaichi",
            "en_linjian_takaichi",
            "ru_zakharova_takaichi",
            "en_zakharova_takaichi",
        ),
        "4 two people: a person and a place name, both cross languages",
    ),
    Labelled(
        "Си Цзиньпин Тяньцзинь",
        _SI_TSZINPIN_TYANTSZIN,
        "5 name + place: Xi and Tianjin in one post",
    ),
    Labelled(
        "Xi Jinping Tianjin",
        _SI_TSZINPIN_TYANTSZIN,
        "5 name + place: Xi and Tianjin in one post",
    ),
    Labelled(
        "Си Цзиньпин Пекин",
        _SI_TSZINPIN_PEKIN,
        "5 name + place: Xi and Beijing in one post",
    ),
    Labelled(
        "Xi Jinping Beijing",
        _SI_TSZINPIN_PEKIN,
        "5 name + place: Xi and Beijing in one post, incl. a 'BEIJING' dateline",
    ),
    Labelled(
        "Ishiba Tokyo",
        ("ru_ishiba_aug15", "en_ishiba_resigns", "ru_lee_ishiba", "en_lee_ishiba"),
        "5 name + place: Ishiba and Tokyo in one post",
    ),
    Labelled(
        "Исиба Хиросима",
        ("ru_hiroshima_80", "en_hiroshima_80"),
        "5 name + place: Ishiba and Hiroshima",
    ),
    Labelled(
        "Ким Чен Ын Пекин",
        (
            "ru_beijing_parade",
            "en_beijing_parade",
            "ru_kim_train_beijing",
            "en_kim_train_beijing",
            "ru_putin_kim_beijing",
            "en_putin_kim_beijing",
            "en_xi_kim_talks",
        ),
        "5 name + place: Kim Jong Un and Beijing",
    ),
    Labelled(
        "Kim Jong Un Wonsan",
        ("ru_kim_receives_lavrov", "ru_kalma_resort", "en_kalma_resort"),
        "5 name + place: Kim Jong Un and Wonsan",
    ),
    Labelled(
        "Li Qiang Hangzhou",
        _MISHUSTIN_LI_TSYAN,
        "5 name + place: Li Qiang and Hangzhou",
    ),
    Labelled(
        "Ли Цян Шанхай",
        _LI_TSYAN_SHANKHAY,
        "5 name + place: Li Qiang and Shanghai",
    ),
    Labelled(
        "Li Qiang Pyongyang",
        _KIM_JONG_UN_LI_QIANG,
        "5 name + place: Li Qiang and Pyongyang",
    ),
    Labelled(
        "Дун Цзюнь Циндао",
        _DUN_TSZYUN_TSINDAO,
        "5 name + place: Dong Jun and Qingdao",
    ),
    Labelled(
        "Trump Busan",
        ("ru_trump_xi_busan", "en_trump_xi_busan"),
        "5 name + place: Trump and Busan, incl. a 'BUSAN' dateline",
    ),
    Labelled(
        "Си Цзиньпин Кёнджу",
        (
            "ru_xi_lee_gyeongju",
            "en_xi_lee_gyeongju",
            "ru_xi_takaichi",
            "en_apec_shenzhen",
            "ru_chohyun_wangyi",
        ),
        "5 name + place: Xi and Gyeongju",
    ),
    Labelled(
        "Xi Jinping Harbin",
        ("ru_harbin_asiad", "en_harbin_asiad"),
        "5 name + place: Xi and Harbin",
    ),
    Labelled(
        "Дэн Сяопин Шэньчжэнь",
        _DEN_SYAOPIN,
        "5 name + place: Deng and Shenzhen",
    ),
    Labelled(
        "Mao Ning Wuhan",
        _MAO_NING_WUHAN,
        "5 name + place: Mao Ning and Wuhan",
    ),
    Labelled(
        "Ван Хунин Синьцзян",
        _VAN_KHUNIN,
        "5 name + place: Wang Huning and Xinjiang",
    ),
    Labelled(
        "Khurelsukh Ulaanbaatar",
        _KHURELSUKH_ULAANBAATAR,
        "5 name + place: Khurelsukh and Ulaanbaatar",
    ),
    Labelled(
        "Фам Минь Тинь Ханой",
        _FAM_MIN_TIN,
        "5 name + place: Pham Minh Chinh and Hanoi",
    ),
    Labelled(
        "Takaichi Tokyo",
        (
            "ru_peskov_takaichi",
            "ru_trump_takaichi",
            "en_trump_takaichi",
            "ru_linjian_takaichi",
            "ru_zakharova_takaichi",
        ),
        "5 name + place: Takaichi and Tokyo",
    ),
    Labelled(
        "Чо Хён Пекин",
        ("ru_chohyun_wangyi", "en_chohyun_wangyi"),
        "5 name + place: Cho Hyun and Beijing [9 trap]",
        absent=("ru_trilateral_tokyo", "en_trilateral_tokyo"),
    ),
    Labelled(
        "Юн Сок Ёль Сеул",
        _YUN_SOK_EL,
        "5 name + place: Yoon and Seoul",
    ),
    Labelled(
        "Li Hui Moscow",
        _LI_KHUEY,
        "5 name + place: Li Hui and Moscow [9 trap]",
        absent=("en_trap_li_ion",),
    ),
    Labelled(
        "Пекин",
        _PEKIN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Beijing",
        _PEKIN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Тяньцзинь",
        _TYANTSZIN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Tianjin",
        _TYANTSZIN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Шанхай",
        _LI_TSYAN_SHANKHAY,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Shanghai",
        _LI_TSYAN_SHANKHAY,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Харбин",
        _KHARBIN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Harbin",
        _KHARBIN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Синьцзян",
        _VAN_KHUNIN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Xinjiang",
        _VAN_KHUNIN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Гуанчжоу",
        _GUANCHZHOU,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Guangzhou",
        _GUANCHZHOU,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Шэньчжэнь",
        _SHENCHZHEN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Shenzhen",
        _SHENCHZHEN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Чунцин",
        _CHUNTSIN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Chongqing",
        _CHUNTSIN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Ханчжоу",
        _MISHUSTIN_LI_TSYAN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Hangzhou",
        _MISHUSTIN_LI_TSYAN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Сямэнь",
        _SYAMEN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Xiamen",
        _SYAMEN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Ухань",
        _MAO_NING_WUHAN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Wuhan",
        _MAO_NING_WUHAN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Циндао",
        _DUN_TSZYUN_TSINDAO,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Qingdao",
        _DUN_TSZYUN_TSINDAO,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Далянь",
        _DALYAN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Dalian",
        _DALYAN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Хэйлунцзян",
        _KHEYLUNTSZYAN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Heilongjiang",
        _KHEYLUNTSZYAN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Токио",
        _TOKIO,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Tokyo",
        _TOKIO,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Осака",
        _OSAKA,
        "6 place: the place in Russian finds both languages [9 trap]",
        absent=("en_trap_naomi_osaka", "ru_trap_naomi_osaka"),
    ),
    Labelled(
        "Osaka",
        _OSAKA,
        "6 place: the place in English finds both languages [9 trap]",
        absent=("en_trap_naomi_osaka", "ru_trap_naomi_osaka"),
    ),
    Labelled(
        "Хиросима",
        _KHIROSIMA,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Hiroshima",
        _KHIROSIMA,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Нагасаки",
        _NAGASAKI,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Nagasaki",
        _NAGASAKI,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Хоккайдо",
        _KHOKKAYDO,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Hokkaido",
        _KHOKKAYDO,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Фукусима",
        _FUKUSIMA,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Fukushima",
        _FUKUSIMA,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Окинава",
        _OKINAVA,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Okinawa",
        _OKINAVA,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Киото",
        _KIOTO,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Kyoto",
        _KIOTO,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Пхеньян",
        _PKHENYAN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Pyongyang",
        _PKHENYAN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Сеул",
        _SEUL,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Seoul",
        _SEUL,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Пусан",
        _PUSAN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Busan",
        _PUSAN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Вонсан",
        _VONSAN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Wonsan",
        _VONSAN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Кёнджу",
        _KENDZHU,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Gyeongju",
        _KENDZHU,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Ханой",
        _FAM_MIN_TIN,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Hanoi",
        _FAM_MIN_TIN,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "Улан-Батор",
        _KHURELSUKH_ULAANBAATAR,
        "6 place: the place in Russian finds both languages",
    ),
    Labelled(
        "Ulaanbaatar",
        _KHURELSUKH_ULAANBAATAR,
        "6 place: the place in English finds both languages",
    ),
    Labelled(
        "в Пекине",
        _PEKIN,
        "6 place, declined: locative after a preposition",
    ),
    Labelled(
        "в Тяньцзине",
        _TYANTSZIN,
        "6 place, declined: locative",
    ),
    Labelled(
        "Осаке",
        _OSAKA,
        "6 place, declined: locative of the city; Naomi Osaka is a trap [9 trap]",
        absent=("en_trap_naomi_osaka", "ru_trap_naomi_osaka"),
    ),
    Labelled(
        "в Пхеньяне",
        _PKHENYAN,
        "6 place, declined: locative",
    ),
    Labelled(
        "си цзиньпин",
        _SI_TSZINPIN,
        "7 lower case: lower case; «ноту си» is a trap [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "xi jinping",
        _SI_TSZINPIN,
        "7 lower case: lower case",
    ),
    Labelled(
        "wang yi",
        _VAN_I,
        "7 lower case: lower case [9 trap]",
        absent=(
            "ru_trap_van_gogh",
            "ru_wanghuning_xinjiang",
            "en_wanghuning_xinjiang",
            "ru_wangwentao_reshetnikov",
            "en_wangwentao_reshetnikov",
        ),
    ),
    Labelled(
        "ван и",
        _VAN_I,
        "7 lower case: lower case; «Ван Гога и» is a trap [9 trap]",
        absent=(
            "ru_trap_van_gogh",
            "ru_wanghuning_xinjiang",
            "en_wanghuning_xinjiang",
            "ru_wangwentao_reshetnikov",
            "en_wangwentao_reshetnikov",
        ),
    ),
    Labelled(
        "ким чен ын",
        _KIM_CHEN_YN,
        "7 lower case: lower case [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "kim jong un",
        _KIM_CHEN_YN,
        "7 lower case: lower case [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "исиба",
        _SIGERU_ISIBA,
        "7 lower case: lower case surname",
    ),
    Labelled(
        "мао нин",
        _MAO_NIN,
        "7 lower case: lower case; the cat Мао is a trap [9 trap]",
        absent=("ru_trap_cat_mao", "ru_mao_zedong_anniversary", "en_mao_zedong_anniversary"),
    ),
    Labelled(
        "пхеньян",
        _PKHENYAN,
        "7 lower case: lower-case place",
    ),
    Labelled(
        "beijing",
        _PEKIN,
        "7 lower case: lower-case place",
    ),
    Labelled(
        "пусан",
        _PUSAN,
        "7 lower case: lower-case place",
    ),
    Labelled(
        "то лам",
        _TO_LAM,
        "7 lower case: lower case; «то» + «лам» is a trap [9 trap]",
        absent=("en_trap_carrie_lam", "ru_trap_dalai_lama"),
    ),
    Labelled(
        "lee jae-myung",
        _LI_CHZHE_MEN,
        "7 lower case: lower case [9 trap]",
        absent=(
            "en_trap_lee_jeans",
            "ru_trap_li_shop",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "ли цян",
        _LI_TSYAN,
        "7 lower case: lower case [9 trap]",
        absent=(
            "ru_trap_li_shop",
            "en_trap_li_ion",
            "ru_lihui_moscow",
            "en_lihui_moscow",
            "ru_lee_elected",
            "en_lee_elected",
        ),
    ),
    Labelled(
        "Xi Jin Ping",
        _SI_TSZINPIN,
        "8 variant spelling: syllables split",
    ),
    Labelled(
        "Си Цзинпин",
        _SI_TSZINPIN,
        "8 variant spelling: misspelt without the soft sign [9 trap]",
        absent=("ru_trap_note_si",),
    ),
    Labelled(
        "Kim Jong-un",
        _KIM_CHEN_YN,
        "8 variant spelling: hyphenated, as some wires write it [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "Kim Jong-Un",
        _KIM_CHEN_YN,
        "8 variant spelling: hyphenated with capital [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "Ким Чен Ин",
        _KIM_CHEN_YN,
        "8 variant spelling: common misspelling [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_day_of_sun",
            "en_day_of_sun",
            "ru_kimyojong_seoul",
            "en_kimyojong_seoul",
        ),
    ),
    Labelled(
        "Исиба Сигеру",
        _SIGERU_ISIBA,
        "8 variant spelling: Japanese order and е for э",
    ),
    Labelled(
        "Ishiba Shigeru",
        _SIGERU_ISIBA,
        "8 variant spelling: Japanese order",
    ),
    Labelled(
        "Кишида",
        _FUMIO_KISIDA,
        "8 variant spelling: English-style transliteration instead of Polivanov",
    ),
    Labelled(
        "Кисида",
        _FUMIO_KISIDA,
        "8 variant spelling: the Polivanov spelling alone",
    ),
    Labelled(
        "Такаичи",
        _SANAE_TAKAITI,
        "8 variant spelling: English-style transliteration instead of Polivanov",
    ),
    Labelled(
        "Мотеги",
        _TOSIMITSU_MOTEGI,
        "8 variant spelling: е for э",
    ),
    Labelled(
        "Синдзо Абе",
        _SINDZO_ABE,
        "8 variant spelling: е for э [9 trap]",
        absent=("en_trap_honest_abe",),
    ),
    Labelled(
        "Lee Jae Myung",
        _LI_CHZHE_MEN,
        "8 variant spelling: unhyphenated (Yonhap style) [9 trap]",
        absent=(
            "en_trap_lee_jeans",
            "ru_trap_li_shop",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "Ли Джэ Мён",
        _LI_CHZHE_MEN,
        "8 variant spelling: Джэ for Чжэ [9 trap]",
        absent=(
            "en_trap_lee_jeans",
            "ru_trap_li_shop",
            "ru_liqiang_work_report",
            "en_liqiang_work_report",
        ),
    ),
    Labelled(
        "Юн Сок Ель",
        _YUN_SOK_EL,
        "8 variant spelling: е for ё",
    ),
    Labelled(
        "Ким Е Чжон",
        _KIM_E_CHZHON,
        "8 variant spelling: е for ё [9 trap]",
        absent=(
            "ru_trap_philby",
            "en_trap_kardashian",
            "ru_kim_train_beijing",
            "en_kim_train_beijing",
        ),
    ),
    Labelled(
        "Mao Tse-tung",
        _MAO_TSZEDUN,
        "8 variant spelling: Wade-Giles [9 trap]",
        absent=("ru_trap_cat_mao", "ru_maoning_wuhan", "en_maoning_wuhan"),
    ),
    Labelled(
        "Мао Цзедун",
        _MAO_TSZEDUN,
        "8 variant spelling: е for э [9 trap]",
        absent=("ru_trap_cat_mao", "ru_maoning_wuhan", "en_maoning_wuhan"),
    ),
    Labelled(
        "Deng Xiao Ping",
        _DEN_SYAOPIN,
        "8 variant spelling: syllables split",
    ),
    Labelled(
        "Ulan Bator",
        _KHURELSUKH_ULAANBAATAR,
        "8 variant spelling: older English spelling",
    ),
    Labelled(
        "Pusan",
        _PUSAN,
        "8 variant spelling: older romanization",
    ),
    Labelled(
        "Кенджу",
        _KENDZHU,
        "8 variant spelling: е for ё",
    ),
    Labelled(
        "Tô Lâm",
        _TO_LAM,
        "8 variant spelling: Vietnamese diacritics [9 trap]",
        absent=("en_trap_carrie_lam", "ru_trap_dalai_lama"),
    ),
    Labelled(
        "Phạm Minh Chính",
        _FAM_MIN_TIN,
        "8 variant spelling: Vietnamese diacritics",
    ),
    Labelled(
        "Си Цзиньпин переговоры",
        (
            "ru_putin_xi_moscow_talks",
            "ru_putin_xi_beijing_talks",
            "ru_xi_kim_talks",
            "ru_xi_lee_gyeongju",
            "ru_chohyun_wangyi",
            "ru_ushakov_china_trip",
        ),
        ("10 ordinary word: «переговоры» is Russian: only Russian posts with Xi and переговоры"),
    ),
    Labelled(
        "Xi Jinping talks",
        (
            "en_putin_xi_moscow_talks",
            "en_putin_xi_beijing_talks",
            "en_xi_kim_talks",
            "en_trump_xi_busan",
            "en_xi_lee_gyeongju",
            "en_xi_takaichi",
            "en_ushakov_china_trip",
        ),
        "10 ordinary word: 'talks' is English: only English posts with Xi and talks",
    ),
    Labelled(
        "визит Ли Цяна",
        ("ru_kim_liqiang",),
        "10 ordinary word: «визит» is Russian",
    ),
    Labelled(
        "summit Tianjin",
        ("en_zhangming_interview", "en_ushakov_china_trip"),
        "10 ordinary word: 'summit' is English",
    ),
    Labelled(
        "саммит Тяньцзинь",
        (
            "ru_lavrov_wangyi_tianjin",
            "ru_sco_tianjin_reception",
            "ru_zhangming_interview",
            "ru_ushakov_china_trip",
        ),
        "10 ordinary word: «саммит» is Russian",
    ),
    Labelled(
        "парад Пекин",
        ("ru_beijing_parade", "ru_ushakov_china_trip"),
        "10 ordinary word: «парад» is Russian",
    ),
    Labelled(
        "parade Beijing",
        ("en_beijing_parade",),
        "10 ordinary word: 'parade' is English",
    ),
    Labelled(
        "Kim Yo Jong statement",
        ("en_kimyojong_seoul",),
        "10 ordinary word: 'statement' is English",
    ),
    Labelled(
        "отставка Исибы",
        ("ru_ishiba_resigns", "ru_kishida_race"),
        "10 ordinary word: «отставка» is Russian",
    ),
    Labelled(
        "Ishiba resignation",
        ("en_ishiba_resigns",),
        "10 ordinary word: 'resignation' is English",
    ),
    Labelled(
        "Лавров Ван И переговоры",
        ("ru_lavrov_wangyi_tianjin",),
        "10 ordinary word: two names + «переговоры»: Russian only",
    ),
    Labelled(
        "Hiroshima anniversary",
        ("en_hiroshima_80",),
        "10 ordinary word: 'anniversary' is English",
    ),
    Labelled(
        "годовщина Нагасаки",
        ("ru_nagasaki_80",),
        "10 ordinary word: «годовщина» is Russian",
    ),
    Labelled(
        "цунами Хоккайдо",
        ("ru_tsunami_hokkaido",),
        "10 ordinary word: «цунами» is Russian",
    ),
    Labelled(
        "tsunami Hokkaido",
        ("en_tsunami_hokkaido",),
        "10 ordinary word: 'tsunami' is English",
    ),
    Labelled(
        "выставка Осака",
        ("ru_osaka_expo",),
        "10 ordinary word: «выставка» is Russian [9 trap]",
        absent=("en_trap_naomi_osaka", "ru_trap_naomi_osaka"),
    ),
    Labelled(
        "Expo Osaka",
        ("en_osaka_expo",),
        "10 ordinary word: 'Expo' is English [9 trap]",
        absent=("en_trap_naomi_osaka", "ru_trap_naomi_osaka"),
    ),
    Labelled(
        "встреча Такаити",
        ("ru_xi_takaichi", "ru_takaichi_kim"),
        "10 ordinary word: «встреча» is Russian",
    ),
    Labelled(
        "Mao Ning briefing",
        ("en_maoning_lee",),
        "10 ordinary word: 'briefing' is English [9 trap]",
        absent=("ru_trap_cat_mao", "ru_mao_zedong_anniversary", "en_mao_zedong_anniversary"),
    ),
    Labelled(
        "Putin Xi Jinping visit",
        ("en_putin_xi_moscow_talks",),
        "10 ordinary word: 'visit' is English",
    ),
)

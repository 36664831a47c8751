# ruff: noqa: E501
"""A fifth labelled search set: two thirds English (agency wires in Reuters/AP/AFP/Xinhua/Al
Jazeera style, the English channels of the foreign ministries of Russia, China, India,
Kazakhstan, Türkiye, Iran, South Africa and Brazil, UN News), one third Russian.

Same format as tests/search_corpus.py: POSTS maps a key to ((month, day) of 2024, channel,
text); QUERIES are the searches a researcher would type, each with the posts it must find,
optionally the one ``--rank`` must put first, and posts it must not find (``absent``: words
that share letters or a stem by accident: US/us, WHO/who, AIDS/aids, Chad/chads,
Turkey/turkeys, China/china, Niger/Nigeria, Austria/Australia, May/may, universal/University,
organ/organization, executions/executive, Грузия/грузы, Песков/песков, Путин/путина,
Того/того ...).

Decisions taken where a reader could go either way (stated so the figures can be read):
- a word finds its family: plural, -ed, -ing, -tion (``negotiate`` <-> ``negotiations``),
  irregular forms (held/hold, met/meet, spoke/speak, children, crises, sought, fled, struck,
  rose, women) and comparatives (``strong`` <-> ``stronger``, ``high`` <-> ``higher``);
- UK and US spellings meet, ``percent`` = ``per cent``, ``tons`` = ``tonnes``, hyphenated and
  closed compounds meet both ways (cease-fire, co-operation, air strikes/airstrikes,
  Asia-Pacific, post-Soviet), diacritics fold (Türkiye, São Paulo, Erdoğan, Bürgenstock);
- names meet their usual spellings: Zelensky/Zelenskyy/Zelenskiy, Kyiv/Kiev, Tokayev/Tokaev,
  Türkiye/Turkiye/Turkey (not the bird); Beijing does not have to find Peking;
- an acronym finds its name and back (UN, IAEA, WTO, EAEU, ASEAN, NATO, CSTO, G20/Group of 20,
  DPRK/North Korea, UNSC/Security Council, ICJ, WHO), in the script typed only;
- a date finds its other written form (Oct. 5 = 5 October, Oct 24 = 24 October);
- all Guineas match ``Guinea`` (Guinea itself first), ``Guinea-Bissau`` only Guinea-Bissau;
  ``Georgia`` finds the country and the US state, ``Georgian`` only the country.
"""

from __future__ import annotations

from search_corpus import Labelled

# key -> ((month, day) of 2024, channel, text)
POSTS: dict[str, tuple[tuple[int, int], str, str]] = {
    # ---------------------------------------------------------------- sanctions
    "en_eu_14th_package": (
        (6, 24),
        "reuters",
        "EU adopts 14th package of sanctions against Russia, targets LNG for the first time\n\n"
        "BRUSSELS, June 24 (Reuters) - European Union foreign ministers formally adopted a "
        "14th package of sanctions on Monday, banning the re-export of Russian liquefied "
        "natural gas through EU ports and listing 116 more individuals and entities. Hungary "
        "dropped its objection after receiving assurances on the Druzhba oil pipeline.",
    ),
    "en_us_sanctions_300": (
        (6, 12),
        "ap",
        "US sanctions target Chinese firms accused of supplying Russia's war machine\n\n"
        "WASHINGTON (AP) — The Biden administration on Wednesday sanctioned more than 300 "
        "companies and individuals, including firms in China, Turkey and the United Arab "
        "Emirates, accused of helping Moscow evade Western export controls. Officials warned "
        "that foreign banks dealing with sanctioned entities risk being cut off from the US "
        "financial system.",
    ),
    "en_mfa_ru_sanctions": (
        (6, 25),
        "mfa_russia_en",
        "Comment by Foreign Ministry Spokeswoman Maria Zakharova on the EU’s 14th sanctions "
        "package\n\n"
        "The European Union continues its futile attempts to pressure Russia with "
        "illegitimate unilateral restrictive measures. These sanctions hit European "
        "consumers first of all. Brussels should not expect such steps to make us change our "
        "course. They will not go unanswered.\n\n#Zakharova",
    ),
    "en_mao_ning_passing": (
        (7, 2),
        "xinhua",
        "Chinese Foreign Ministry spokesperson Mao Ning said on Tuesday that China firmly "
        "opposes illegal unilateral sanctions and long-arm jurisdiction.",
    ),
    "en_g7_sanctioning_iran": (
        (4, 16),
        "afp",
        "G7 weighs sanctioning Iran after unprecedented attack on Israel\n\n"
        "CAPRI, Italy (AFP) - Group of Seven foreign ministers condemned Iran’s drone and "
        "missile attack on Israel and said they stood ready to take further measures, "
        "including sanctioning the drone and missile programmes of the Islamic Republic, "
        "while urging all sides to avoid escalation.",
    ),
    "en_treasury_houthi": (
        (1, 25),
        "reuters",
        "U.S. Treasury imposes new sanctions on Houthi financial facilitators after Red Sea "
        "attacks on commercial shipping, the department said on Thursday.",
    ),
    # ---------------------------------------------------------------- SCO / meetings
    "en_sco_astana_summit": (
        (7, 4),
        "xinhua",
        "SCO summit in Astana adopts declaration, admits Belarus as full member\n\n"
        "ASTANA, July 4 (Xinhua) -- Leaders of the Shanghai Cooperation Organisation member "
        "states held the 24th meeting of the Council of Heads of State in the Kazakh capital "
        "on Thursday. They signed the Astana Declaration, agreed to step up the fight against "
        "terrorism and drug trafficking, and welcomed Belarus as the organization's tenth "
        "member. Chinese President Xi Jinping called for a closer SCO community with a shared "
        "future.",
    ),
    "en_putin_xi_met": (
        (7, 3),
        "reuters",
        "Putin and Xi met in Astana on the sidelines of the SCO summit\n\n"
        "ASTANA, July 3 (Reuters) - Russian President Vladimir Putin and Chinese leader Xi "
        "Jinping met on Wednesday ahead of the Shanghai Cooperation Organization summit, "
        "hailing their partnership as the best in history and vowing to resist what they "
        "called Western interference in Central Asia.",
    ),
    "en_erdogan_hold_talks": (
        (7, 2),
        "mfa_turkiye_en",
        "President Erdoğan will hold talks with President Putin in Astana\n\n"
        "President Recep Tayyip Erdoğan will travel to Astana to attend the SCO Plus meeting "
        "as the leader of a dialogue partner of the organisation. On the sidelines, President "
        "Erdoğan is expected to hold bilateral meetings, including with President Putin, to "
        "discuss Türkiye–Russia relations, the Black Sea and regional issues.",
    ),
    "en_lavrov_wang_vientiane": (
        (7, 25),
        "mfa_russia_en",
        "Foreign Minister Sergey Lavrov’s meeting with Foreign Minister of China Wang Yi\n\n"
        "On July 25, on the sidelines of the ASEAN-related events in Vientiane, Foreign "
        "Minister Sergey Lavrov held talks with Member of the Political Bureau of the CPC "
        "Central Committee and Minister of Foreign Affairs of China Wang Yi. The ministers "
        "discussed the situation in the Asia-Pacific region and interaction within the East "
        "Asia Summit.",
    ),
    "en_wang_yi_meets_lavrov": (
        (7, 26),
        "mfa_china_en",
        "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov\n\n"
        "On July 25, 2024 local time, Member of the Political Bureau of the CPC Central "
        "Committee and Foreign Minister Wang Yi met with Russian Foreign Minister Sergey "
        "Lavrov in Vientiane. Wang Yi said that China-Russia relations have maintained a "
        "high level of development, and the two sides should strengthen strategic "
        "coordination on multilateral platforms.",
    ),
    "en_blinken_will_meet": (
        (7, 23),
        "reuters",
        "U.S. Secretary of State Antony Blinken will meet Chinese Foreign Minister Wang Yi in "
        "Laos later this week, a State Department official told reporters.",
    ),
    "en_modi_spoke_putin": (
        (8, 27),
        "mea_india",
        "Prime Minister Narendra Modi spoke with President Vladimir Putin\n\n"
        "Prime Minister Shri Narendra Modi spoke today with President of the Russian "
        "Federation H.E. Mr. Vladimir Putin. Prime Minister shared insights from his recent "
        "visit to Ukraine and reiterated India’s firm commitment to support an early, lasting "
        "and peaceful resolution of the conflict through dialogue and diplomacy.",
    ),
    "en_modi_kyiv_speaks": (
        (8, 23),
        "afp",
        "In Kyiv, Modi speaks of 'friend' Zelensky and urges both sides to talk, saying India "
        "was never neutral but on the side of peace.",
    ),
    "en_jaishankar_sco_cfm": (
        (5, 21),
        "mea_india",
        "EAM Dr. S. Jaishankar’s remarks at the SCO Council of Foreign Ministers in Astana\n\n"
        "External Affairs Minister Dr. S. Jaishankar addressed the Council of Foreign "
        "Ministers of the Shanghai Cooperation Organisation and called for zero tolerance for "
        "terrorism in all its forms, connectivity that respects sovereignty and territorial "
        "integrity, and reformed multilateralism.\n\n#SCO",
    ),
    # ---------------------------------------------------------------- children / crises / analyses
    "en_unicef_children_gaza": (
        (2, 2),
        "un_news",
        "Gaza: UNICEF says 17,000 children are unaccompanied or separated\n\n"
        "At least 17,000 children in the Gaza Strip are unaccompanied or separated from their "
        "families, UNICEF said on Friday. Nearly every child in the Strip needs mental health "
        "support, and cases of diarrhoea among children under five have soared amid a lack of "
        "clean water and food.",
    ),
    "en_rafah_air_strikes": (
        (2, 12),
        "aljazeera",
        "Israeli air strikes struck Rafah overnight, killing at least 67 people, including a "
        "child, as Israeli forces rescued two captives, Gaza’s health ministry said.",
    ),
    "en_lebanon_airstrikes": (
        (9, 23),
        "ap",
        "Israeli airstrikes kill hundreds in Lebanon\n\n"
        "BEIRUT (AP) — Israeli airstrikes pounded southern and eastern Lebanon on Monday, "
        "killing more than 490 people, the Lebanese Health Ministry said, in the deadliest "
        "day of conflict there since the 2006 war. Thousands of families fled north.",
    ),
    "en_guterres_crises": (
        (9, 24),
        "un_news",
        "Guterres at UNGA79: a world of crises and ‘unsustainable’ impunity\n\n"
        "Opening the general debate of the 79th session of the General Assembly, "
        "Secretary-General António Guterres said the world is in a whirlwind of crises, from "
        "Gaza to Sudan to Ukraine, and warned that the level of impunity is politically "
        "indefensible and morally intolerable.",
    ),
    "en_sudan_paris_crisis": (
        (4, 15),
        "afp",
        "Sudan crisis: Paris conference raises more than 2 billion euros\n\n"
        "PARIS (AFP) - International donors pledged more than two billion euros at a "
        "conference in Paris on Monday marking one year of war between Sudan’s army and the "
        "paramilitary Rapid Support Forces, a humanitarian crisis that has displaced more than "
        "eight million people.",
    ),
    "en_south_sudan_oneliner": (
        (7, 9),
        "ap",
        "South Sudan marks 13 years of independence amid an economic crisis as oil exports "
        "through Port Sudan stall.",
    ),
    "en_xinhua_analysis_brics": (
        (10, 25),
        "xinhua",
        "Analysis: BRICS expansion amplifies the Global South's voice\n\n"
        "BEIJING, Oct. 25 (Xinhua) -- Experts say the Kazan summit, the first with the "
        "enlarged membership, showed that BRICS has become a key platform for emerging markets "
        "and developing countries. Several analyses published this week point to the group's "
        "growing weight in the world economy and in trade settled in national currencies.",
    ),
    "en_iaea_grossi_tehran": (
        (5, 7),
        "aljazeera",
        "Grossi in Tehran: IAEA seeks more access to Iran’s nuclear sites\n\n"
        "The head of the UN nuclear watchdog, Rafael Grossi, held talks with Iranian officials "
        "in Isfahan and Tehran, saying inspectors need to analyse samples from undeclared "
        "sites and reinstall cameras removed in 2022. Iran’s nuclear chief Mohammad Eslami "
        "said cooperation depended on the lifting of sanctions.",
    ),
    "en_iaea_zaporizhzhia": (
        (4, 8),
        "reuters",
        "IAEA says drone attack hit Zaporizhzhia nuclear plant's reactor dome\n\n"
        "VIENNA, April 7 (Reuters) - The International Atomic Energy Agency said on Sunday "
        "that a drone had struck the containment dome of reactor No. 6 at the Russian-held "
        "Zaporizhzhia nuclear power plant. IAEA Director General Rafael Grossi called it a "
        "reckless attack that jeopardises nuclear safety.",
    ),
    "en_araghchi_agency": (
        (9, 16),
        "mfa_iran_en",
        "Araghchi: Iran ready to engage with the International Atomic Energy Agency\n\n"
        "Foreign Minister Seyed Abbas Araghchi, in a telephone conversation with the Director "
        "General of the International Atomic Energy Agency, said the Islamic Republic of Iran "
        "is ready to negotiate on the outstanding safeguards issues, provided the Agency "
        "avoids politicisation of its technical work.",
    ),
    "en_iran_negotiations": (
        (8, 28),
        "aljazeera",
        "Iran signals readiness to return to nuclear negotiations with Western powers\n\n"
        "Iran's new government under President Masoud Pezeshkian says it is ready to resume "
        "indirect negotiations over its nuclear programme if the other parties show goodwill. "
        "Supreme Leader Ali Khamenei said there was no harm in dealing with the enemy.",
    ),
    "en_iraq_coalition": (
        (1, 11),
        "ap",
        "Iraq's prime minister says the US-led coalition's mission should end, and Baghdad "
        "begins talks on the withdrawal of foreign troops.",
    ),
    "en_iran_executions": (
        (11, 5),
        "afp",
        "Iran executions surge to highest level in years, UN rights office says\n\n"
        "GENEVA (AFP) - Iran has carried out hundreds of executions this year, many for "
        "drug-related offences, the UN human rights office said on Tuesday, urging Tehran to "
        "halt all executions and impose a moratorium on the death penalty.",
    ),
    "en_executive_order": (
        (10, 28),
        "ap",
        "Treasury finalizes rule under Biden's executive order restricting US investment in "
        "Chinese artificial intelligence and quantum technology.",
    ),
    # ---------------------------------------------------------------- Kazakhstan
    "en_tokayev_un_charter": (
        (9, 25),
        "mfa_kz_en",
        "President Tokayev: Kazakhstan advocates a just world order based on the UN Charter\n\n"
        "Addressing the general debate in New York, President Kassym-Jomart Tokayev said "
        "Kazakhstan supports reform of the Security Council and the strengthening of the "
        "Eurasian Economic Union and other regional bodies as building blocks of a fair, "
        "multipolar system.",
    ),
    "en_tokaev_moscow": (
        (11, 1),
        "tass_en",
        "Kazakh President Kassym-Jomart Tokaev will visit Moscow for informal talks in "
        "November, Kremlin spokesman Dmitry Peskov said.",
    ),
    "en_kz_evisa": (
        (2, 20),
        "mfa_kz_en",
        "Kazakhstan extends e-visa programme to citizens of 16 more countries\n\n"
        "The Ministry of Foreign Affairs of the Republic of Kazakhstan informs that, starting "
        "from March 1, 2024, citizens of 16 more countries can apply for an electronic visa "
        "through the official migration portal, for business, tourist and medical trips of "
        "up to 30 days.",
    ),
    "en_india_evisa": (
        (11, 14),
        "mea_india",
        "India resumes e-Visa services for Canadian nationals at all missions, the Ministry "
        "of External Affairs said in a brief statement.",
    ),
    "en_xi_state_visit_kz": (
        (7, 2),
        "mfa_kz_en",
        "President Xi Jinping’s state visit to Kazakhstan begins in Astana\n\n"
        "President Kassym-Jomart Tokayev welcomed Chinese President Xi Jinping at Astana "
        "airport. The leaders will discuss transport corridors, energy and the China–Europe "
        "railway, and launch the China–Kazakhstan cargo terminal at the Caspian port of Aktau.",
    ),
    "en_kz_opec_compensate": (
        (4, 3),
        "interfax_en",
        "Kazakhstan will compensate for oil overproduction under the OPEC+ agreement by "
        "September 2025, the energy ministry said.",
    ),
    # ---------------------------------------------------------------- BRICS
    "en_kazan_declaration": (
        (10, 23),
        "brics_russia2024",
        "Kazan Declaration adopted at the XVI BRICS Summit\n\n"
        "Leaders of the BRICS countries adopted the Kazan Declaration “Strengthening "
        "Multilateralism for Just Global Development and Security”. The document sets out a "
        "shared vision on reforming the global financial architecture, expanding the use of "
        "local currencies in trade, and welcomes the creation of a new category of BRICS "
        "partner countries.\n\n#BRICS",
    ),
    "en_brics_partner_status": (
        (10, 24),
        "reuters",
        "BRICS offers partner status to 13 countries including Turkey and Kazakhstan\n\n"
        "KAZAN, Russia, Oct 24 (Reuters) - The BRICS group of emerging economies agreed to "
        "offer 13 countries a new partner status, officials said. Turkey, a NATO member, was "
        "among them, along with Algeria, Belarus, Bolivia, Cuba, Indonesia, Kazakhstan, "
        "Malaysia, Nigeria, Thailand, Uganda, Uzbekistan and Vietnam.",
    ),
    "en_russia_brics_chair": (
        (1, 1),
        "mfa_russia_en",
        "Russia assumes the BRICS chairmanship\n\n"
        "On January 1, 2024, Russia took over the chairmanship of BRICS under the motto "
        '"Strengthening Multilateralism for Equitable Global Development and Security". '
        "Egypt, Ethiopia, Iran, the United Arab Emirates and Saudi Arabia have joined the "
        "association, making BRICS+ a format of ten countries.\n\n#BRICS",
    ),
    "en_lula_video_link": (
        (10, 21),
        "ap",
        "Brazil's President Luiz Inácio Lula da Silva cancels his trip to Kazan after a "
        "domestic accident and will take part in the BRICS summit by video link.",
    ),
    "en_ramaphosa_kazan": (
        (10, 22),
        "dirco_sa",
        "President Cyril Ramaphosa arrives in Kazan for the 16th BRICS Summit\n\n"
        "President Ramaphosa will participate in the BRICS Summit in Kazan, Russian "
        "Federation, from 22 to 24 October 2024. South Africa will use the summit to advance "
        "the African agenda, the reform of global governance and deeper co-operation with "
        "partners of the Global South.",
    ),
    "en_ndb_sao_paulo": (
        (5, 22),
        "reuters",
        "New Development Bank pledges $1.5 billion for flood-hit Rio Grande do Sul\n\n"
        "SÃO PAULO, May 22 (Reuters) - The New Development Bank, the lender set up by the "
        "BRICS countries and chaired by former Brazilian president Dilma Rousseff, said on "
        "Wednesday it would make about $1.5 billion available to rebuild infrastructure in "
        "the southern state devastated by floods.",
    ),
    "en_grain_tonnes": (
        (7, 16),
        "interfax_en",
        "Russia shipped 1.5 million tonnes of wheat to Egypt in June; grain exports for the "
        "season are estimated at 57 million tonnes worth more than $12 billion, the "
        "agriculture ministry said.",
    ),
    # ---------------------------------------------------------------- OPEC, tariffs
    "en_opec_extends_cuts": (
        (6, 2),
        "reuters",
        "OPEC+ extends oil output cuts well into 2025\n\n"
        "RIYADH, June 2 (Reuters) - OPEC+, the Organization of the Petroleum Exporting "
        "Countries and allies led by Russia, agreed on Sunday to extend most of its deep oil "
        "output cuts into 2025 as it seeks to shore up the market. Brent crude rose almost 10% "
        "in the following weeks.",
    ),
    "en_opec_secretary": (
        (3, 12),
        "afp",
        "OPEC Secretary General Haitham Al Ghais said oil demand growth would stay robust in "
        "2024 despite the shift to renewables.",
    ),
    "en_biden_ev_tariffs": (
        (5, 14),
        "ap",
        "Biden hikes tariffs on Chinese electric vehicles to 100 percent\n\n"
        "WASHINGTON (AP) — President Joe Biden on Tuesday ordered sharply higher tariffs on "
        "Chinese EVs, semiconductors, solar cells and lithium batteries, raising the duty on "
        "electric vehicles from 25 percent to 100 percent ahead of the November election.",
    ),
    "en_eu_ev_duties": (
        (10, 4),
        "afp",
        "EU states back higher tariffs of up to 35.3 per cent on Chinese-made EVs, with "
        "Germany and Hungary voting against, the European Commission said.",
    ),
    "en_china_mfa_tariff_hike": (
        (5, 15),
        "mfa_china_en",
        "Foreign Ministry Spokesperson Wang Wenbin’s Regular Press Conference on May 15, 2024\n\n"
        "Asked about the US tariff hike on Chinese EVs, the spokesperson said the move "
        "violates WTO rules and China will take all necessary measures to defend its "
        "legitimate rights and interests. Asked about the Philippines, he said China urges "
        "restraint at Ren'ai Jiao.",
    ),
    # ---------------------------------------------------------------- defence, labour
    "en_india_russia_summit_defence": (
        (7, 9),
        "mea_india",
        "Joint Statement on the 22nd India–Russia Annual Summit\n\n"
        "Both sides agreed to encourage joint manufacturing in India of spare parts for "
        "Russian-origin arms and defence equipment under the Make in India programme, "
        "through transfer of technology. The leaders set a bilateral trade target of USD 100 "
        "billion by 2030 and welcomed progress on the International North–South Transport "
        "Corridor.",
    ),
    "en_nato_defense_spending": (
        (7, 10),
        "ap",
        "NATO allies tout record defense spending at Washington summit\n\n"
        "WASHINGTON (AP) — Leaders of the North Atlantic Treaty Organization, marking the "
        "alliance's 75th anniversary, said 23 of 32 allies now meet the target of spending "
        "2% of GDP on defense, up from just a handful a decade ago.",
    ),
    "en_labour_migrants": (
        (11, 20),
        "tass_en",
        "Russia, Uzbekistan agree on organised recruitment of labour migrants\n\n"
        "TASHKENT, November 20 (TASS) - The sides signed an agreement under which Uzbek "
        "citizens will take pre-departure training, a Russian language test and a medical "
        "check before taking up jobs in Russia's labour market.",
    ),
    # ---------------------------------------------------------------- WHO / IT / AIDS
    "en_who_mpox": (
        (8, 14),
        "un_news",
        "WHO declares mpox a public health emergency of international concern\n\n"
        "The World Health Organization’s Director-General Tedros Adhanom Ghebreyesus declared "
        "the upsurge of mpox in the Democratic Republic of the Congo and neighbouring "
        "countries a public health emergency of international concern, the highest level of "
        "alarm under the International Health Regulations.",
    ),
    "en_who_pronoun_fled": (
        (3, 18),
        "aljazeera",
        "Families who fled northern Gaza say there is nowhere safe left to go, as the few "
        "people who stayed behind describe famine conditions.",
    ),
    "en_gaza_hospitals_who": (
        (11, 8),
        "aljazeera",
        "WHO: only 17 of Gaza's 36 hospitals partially functional\n\n"
        "The UN health agency says fuel shortages and repeated raids have left only 17 of "
        "Gaza's 36 hospitals partially functional, with northern Gaza almost cut off from "
        "medical supplies since early October.",
    ),
    "en_it_cooperation": (
        (11, 12),
        "mea_india",
        "India and Kazakhstan to deepen cooperation in IT and digital public infrastructure\n\n"
        "The two sides agreed to set up a joint working group on information technology, "
        "and Indian IT companies will open a development centre in Astana, the Ministry of "
        "External Affairs said.",
    ),
    "en_it_pronoun_companies": (
        (6, 6),
        "reuters",
        "Western companies that left Russia will find it hard to come back, Kremlin "
        "spokesman Dmitry Peskov said on Thursday.",
    ),
    "en_unaids_report": (
        (7, 22),
        "un_news",
        "UNAIDS report: AIDS can be ended as a public health threat by 2030\n\n"
        "The world is at a crossroads in the AIDS response, the UNAIDS Global AIDS Update "
        "2024 says. About 630,000 people died from AIDS-related illnesses in 2023, and "
        "funding cuts threaten the progress made.",
    ),
    "en_moscow_aids_havana": (
        (3, 5),
        "reuters",
        "Moscow aids Havana with oil shipments as Cuba battles blackouts, the Russian embassy "
        "said.",
    ),
    "en_gaza_aid_trucks": (
        (3, 19),
        "ap",
        "Aid trucks wait at Rafah crossing as humanitarian groups warn of famine\n\n"
        "RAFAH, Egypt (AP) — Hundreds of trucks loaded with humanitarian aid were lined up on "
        "the Egyptian side of the Rafah crossing on Tuesday, as aid agencies said Israeli "
        "inspections were slowing deliveries to a trickle.",
    ),
    # ---------------------------------------------------------------- Chad, turkey, china
    "en_chad_election": (
        (5, 9),
        "afp",
        "Chad's Mahamat Idriss Deby declared winner of presidential election\n\n"
        "N'DJAMENA (AFP) - Chad's transitional leader Mahamat Idriss Deby won the May 6 "
        "presidential election with 61 percent of the vote, the electoral agency said, a "
        "result the opposition rejected as fraudulent.",
    ),
    "en_hanging_chads": (
        (10, 30),
        "ap",
        "Election officials in Florida say there will be no repeat of the hanging chads of "
        "2000, because paper ballots are now read by optical scanners.",
    ),
    "en_turkey_pardon": (
        (11, 25),
        "ap",
        "Biden pardons Thanksgiving turkeys Peach and Blossom\n\n"
        "WASHINGTON (AP) — President Joe Biden pardoned two turkeys named Peach and Blossom "
        "on Monday in his last turkey pardon at the White House, joking about his age as he "
        "marked the holiday tradition.",
    ),
    "en_fidan_nizhny": (
        (6, 11),
        "mfa_turkiye_en",
        "Minister of Foreign Affairs Hakan Fidan met with Sergey Lavrov in Nizhny Novgorod\n\n"
        "Minister Fidan, who is in Nizhny Novgorod to attend the BRICS Foreign Ministers’ "
        "Meeting, met Russian Foreign Minister Sergey Lavrov. The ministers discussed "
        "Türkiye’s interest in BRICS, the war in Ukraine and the situation in Gaza.",
    ),
    "en_turkiye_halts_trade": (
        (5, 2),
        "aljazeera",
        "Turkiye halts all trade with Israel\n\n"
        "Turkiye has suspended all exports and imports to and from Israel, citing the "
        "worsening humanitarian situation in Gaza. President Recep Tayyip Erdogan said trade "
        "would not resume until a permanent ceasefire and unhindered aid were in place.",
    ),
    "en_fine_china": (
        (5, 23),
        "ap",
        "The state dinner for Kenya's President William Ruto was served on fine china from "
        "the Obama and Clinton collections, the first lady's office said.",
    ),
    # ---------------------------------------------------------------- Niger, Guinea, Austria, Georgia
    "en_niger_us_troops": (
        (4, 19),
        "reuters",
        "Niger's junta tells U.S. troops to leave as Russian instructors arrive in Niamey\n\n"
        "NIAMEY, April 19 (Reuters) - The United States agreed to withdraw its roughly 1,000 "
        "troops from Niger, weeks after Russian military instructors arrived in the capital "
        "with an air defence system.",
    ),
    "en_nigeria_inflation": (
        (6, 17),
        "aljazeera",
        "Nigeria’s inflation hits 33.95 percent as food prices soar, piling pressure on "
        "President Bola Tinubu.",
    ),
    "en_guinea_doumbouya": (
        (9, 18),
        "afp",
        "Guinea's junta leader Doumbouya promotes himself to general\n\n"
        "CONAKRY (AFP) - Guinea's military ruler Mamadi Doumbouya has been promoted to the "
        "rank of army general, a decree read on state television said, as the country's "
        "transition back to civilian rule falls behind schedule.",
    ),
    "en_guinea_bissau_embalo": (
        (2, 28),
        "mfa_russia_en",
        "President of Guinea-Bissau Umaro Sissoco Embalo arrives in Moscow on a working visit "
        "for talks with Vladimir Putin.",
    ),
    "en_png_landslide": (
        (5, 27),
        "un_news",
        "Papua New Guinea landslide: UN agency says more than 670 people feared dead in Enga "
        "province as rescuers dig by hand.",
    ),
    "en_austria_diplomats": (
        (2, 7),
        "reuters",
        "Austria expels two Russian diplomats, the foreign ministry in Vienna said, without "
        "giving reasons.",
    ),
    "en_australia_li_qiang": (
        (6, 16),
        "xinhua",
        "Premier Li Qiang arrives in Australia for official visit\n\n"
        "CANBERRA, June 16 (Xinhua) -- Chinese Premier Li Qiang arrived in Adelaide on Saturday "
        "for an official visit to Australia, the first by a Chinese premier in seven years, "
        "to hold the annual leaders' meeting with Prime Minister Anthony Albanese.",
    ),
    "en_georgia_election_tbilisi": (
        (10, 27),
        "reuters",
        "Georgian Dream claims victory in Georgia's parliamentary election\n\n"
        "TBILISI, Oct 27 (Reuters) - The ruling Georgian Dream party won about 54% of the vote "
        "in Saturday's parliamentary election, the central election commission said, while "
        "pro-Western opposition parties refused to recognise the result.",
    ),
    "en_georgia_us_state": (
        (11, 15),
        "ap",
        "Georgia election officials certify results after record turnout in Atlanta suburbs, "
        "the secretary of state's office said.",
    ),
    "en_tbilisi_march": (
        (5, 13),
        "aljazeera",
        "Thousands march in Tbilisi against 'foreign agent' bill, a column stretching about 8 "
        "kilometres along Rustaveli Avenue, organisers said.",
    ),
    # ---------------------------------------------------------------- May, March, general, Trump
    "en_victory_day_parade": (
        (5, 9),
        "mfa_russia_en",
        "Victory Day parade held on Red Square\n\n"
        "On May 9, 2024, a military parade marking the 79th anniversary of Victory in the "
        "Great Patriotic War of 1941–1945 took place on Red Square. Leaders of Belarus, "
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan, Cuba, Laos and "
        "Guinea-Bissau attended.",
    ),
    "en_cbr_may_raise": (
        (7, 19),
        "reuters",
        "Russia's central bank may raise its key rate to 18% on July 26, with 9 of 14 analysts "
        "polled expecting an increase.",
    ),
    "en_womens_day": (
        (3, 8),
        "mfa_kz_en",
        "Greetings on International Women’s Day\n\n"
        "On 8 March, the Ministry of Foreign Affairs congratulates all women diplomats of "
        "Kazakhstan. Women now head eleven of the country’s embassies, and every woman in "
        "the diplomatic service can count on equal opportunities.",
    ),
    "en_xi_general_secretary": (
        (3, 20),
        "xinhua",
        "Xi Jinping, general secretary of the Communist Party of China Central Committee, "
        "inspected Hunan province and urged faster development of new quality productive "
        "forces.",
    ),
    "en_trump_wins": (
        (11, 6),
        "ap",
        "Trump wins the White House again\n\n"
        "WASHINGTON (AP) — Donald Trump won the presidency on Wednesday, completing a "
        "political comeback four years after he lost to Joe Biden. World leaders, including "
        "Xi Jinping and Narendra Modi, sent messages of congratulations.",
    ),
    "en_trump_card_energy": (
        (2, 14),
        "aljazeera",
        "Energy remains Moscow's trump card in its dealings with Hungary and Slovakia, analysts "
        "say.",
    ),
    # ---------------------------------------------------------------- universal, organ, Peking
    "en_peking_university": (
        (4, 26),
        "xinhua",
        "Peking University hosts forum on the Global Civilization Initiative, with scholars "
        "from 30 countries gathering in Beijing.",
    ),
    "en_china_upr": (
        (1, 23),
        "mfa_china_en",
        "China completes its fourth Universal Periodic Review\n\n"
        "At the UN Human Rights Council in Geneva, the Chinese delegation presented the "
        "country's progress on human rights since the last review and said it would study the "
        "recommendations made by more than 160 countries.",
    ),
    "en_organ_trafficking": (
        (11, 28),
        "un_news",
        "UNODC: organ trafficking networks prey on migrants\n\n"
        "Criminal networks recruit migrants and refugees to sell their kidneys, the UN Office "
        "on Drugs and Crime said in a new report, calling on states to criminalise organ "
        "trafficking and protect victims.",
    ),
    # ---------------------------------------------------------------- Zelensky / Kyiv
    "en_zelenskyy_peace_summit": (
        (6, 15),
        "ap",
        "Zelenskyy opens Ukraine peace summit in Switzerland without Russia\n\n"
        "BÜRGENSTOCK, Switzerland (AP) — Ukrainian President Volodymyr Zelenskyy opened a "
        "two-day summit on a path to peace with dozens of world leaders at the Bürgenstock "
        "resort, while Russia, not invited, dismissed the gathering. Kyiv hopes the meeting "
        "will build pressure on Moscow.",
    ),
    "en_zelenskiy_victory_plan": (
        (9, 20),
        "reuters",
        "Zelenskiy says Kyiv will present a 'victory plan' to Biden in Washington next week.",
    ),
    "en_mfa_ru_kiev_regime": (
        (6, 17),
        "mfa_russia_en",
        "Statement by the Foreign Ministry on the so-called peace conference in Burgenstock\n\n"
        "The gathering in Switzerland once again showed that the Kiev regime and its Western "
        "sponsors are not interested in a settlement. Zelensky's so-called formula is an "
        "ultimatum, and any meeting without Russia is meaningless.",
    ),
    # ---------------------------------------------------------------- names, G20, ICJ, South Africa
    "en_g20_rio_declaration": (
        (11, 19),
        "itamaraty_en",
        "G20 Rio de Janeiro Leaders’ Declaration adopted by consensus\n\n"
        "Leaders of the Group of Twenty, gathered in Rio de Janeiro under the presidency of "
        "Luiz Inácio Lula da Silva, adopted a declaration on fighting hunger, poverty and "
        "inequality and launched the Global Alliance against Hunger and Poverty.",
    ),
    "en_g20_finance_sao_paulo": (
        (2, 29),
        "ap",
        "Group of 20 finance chiefs meet in São Paulo as Brazil pushes a global tax on "
        "billionaires\n\n"
        "SÃO PAULO (AP) — Finance ministers and central bank governors from the world's "
        "biggest economies began two days of talks on Thursday, with Brazil proposing a "
        "minimum tax on the super-rich.",
    ),
    "en_icj_sa_case": (
        (1, 11),
        "dirco_sa",
        "South Africa presents its case against Israel at the International Court of Justice\n\n"
        "South Africa’s legal team told the judges in The Hague that Israel’s conduct in Gaza "
        "violates the Genocide Convention and asked for provisional measures to protect "
        "Palestinians.",
    ),
    "en_icj_orders": (
        (1, 26),
        "aljazeera",
        "ICJ orders Israel to prevent acts of genocide in Gaza\n\n"
        "The top UN court ruled that Israel must take all measures within its power to "
        "prevent acts of genocide in Gaza and allow humanitarian aid in, but stopped short of "
        "ordering a ceasefire.",
    ),
    "en_sa_russia_co_operation": (
        (9, 10),
        "dirco_sa",
        "Minister Lamola meets Russian counterpart on trade and economic co-operation\n\n"
        "Minister of International Relations and Co-operation Ronald Lamola met Foreign "
        "Minister Sergey Lavrov in Moscow to review the Intergovernmental Committee on Trade "
        "and Economic Co-operation and preparations for the BRICS summit.",
    ),
    # ---------------------------------------------------------------- UN, WTO, EAEU, ASEAN, CIS, CSTO
    "en_unsc_gaza_2728": (
        (3, 25),
        "un_news",
        "Security Council demands immediate ceasefire in Gaza for Ramadan\n\n"
        "The UN Security Council on Monday adopted resolution 2728, demanding an immediate "
        "ceasefire for the month of Ramadan and the release of all hostages, with the United "
        "States abstaining. 14 members voted in favour.",
    ),
    "en_lebanon_cease_fire": (
        (11, 27),
        "ap",
        "Israel-Hezbollah cease-fire takes hold in Lebanon\n\n"
        "BEIRUT (AP) — A cease-fire between Israel and Hezbollah took effect on Wednesday, "
        "and displaced families began heading back to southern Lebanon, as the United States "
        "and France pledged to monitor the truce.",
    ),
    "en_china_un_charter": (
        (10, 24),
        "mfa_china_en",
        "Statement on the 79th anniversary of the United Nations\n\n"
        "China will firmly uphold the international system with the United Nations at its "
        "core and the purposes and principles of the Charter of the United Nations, and "
        "practise true multilateralism.",
    ),
    "en_wto_mc13": (
        (3, 2),
        "afp",
        "WTO ministerial in Abu Dhabi ends without deal on fisheries subsidies\n\n"
        "ABU DHABI (AFP) - The World Trade Organization's 13th ministerial conference closed "
        "a day late without agreement on fishing subsidies or agriculture, though members "
        "extended a moratorium on e-commerce duties.",
    ),
    "en_china_wto_dispute": (
        (8, 9),
        "mfa_china_en",
        "China files a complaint with the World Trade Organization against the European "
        "Union’s provisional countervailing duties on electric vehicles made in China.",
    ),
    "en_eaeu_supreme_council": (
        (5, 8),
        "tass_en",
        "Supreme Eurasian Economic Council meets in Moscow on EAEU's tenth anniversary\n\n"
        "MOSCOW, May 8 (TASS) - Leaders of the Eurasian Economic Union member states met in "
        "the Kremlin, adopted a declaration on the development of economic co-operation until "
        "2030 and beyond, and admitted Iran as an observer.",
    ),
    "en_russia_asean_name": (
        (7, 27),
        "mfa_russia_en",
        "Sergey Lavrov attends the Russia – Association of Southeast Asian Nations ministerial "
        "meeting in Vientiane, marking 33 years of dialogue partnership.",
    ),
    "en_cis_summit": (
        (10, 8),
        "mfa_russia_en",
        "Informal meeting of CIS heads of state in Moscow\n\n"
        "Leaders of the Commonwealth of Independent States gathered in Moscow for an informal "
        "summit and discussed security in the post-Soviet space, humanitarian ties and the "
        "Year of Peace and Unity in the Fight against Nazism.",
    ),
    "en_armenia_csto": (
        (2, 23),
        "aljazeera",
        "Armenia freezes participation in Russia-led security bloc\n\n"
        "Prime Minister Nikol Pashinyan said Armenia has frozen its participation in the "
        "Collective Security Treaty Organization, deepening a rift with Moscow that has "
        "reshaped alliances across the post-Soviet space.",
    ),
    "en_apec_lima": (
        (11, 16),
        "xinhua",
        "Xi’s call for an open Asia Pacific economy dominates the APEC leaders’ meeting in Lima.",
    ),
    # ---------------------------------------------------------------- DPRK, two-state, Xi's
    "en_dprk_treaty": (
        (6, 19),
        "mfa_russia_en",
        "Treaty on Comprehensive Strategic Partnership between Russia and the Democratic "
        "People’s Republic of Korea\n\n"
        "On June 19 in Pyongyang, President Vladimir Putin and Chairman of State Affairs Kim "
        "Jong Un signed the Treaty on Comprehensive Strategic Partnership, which provides for "
        "mutual assistance in the event of aggression against either party.",
    ),
    "en_north_korea_pact": (
        (6, 20),
        "ap",
        "Putin and Kim sign mutual defense pact in North Korea\n\n"
        "PYONGYANG (AP) — Russian President Vladimir Putin and North Korean leader Kim Jong Un "
        "signed an agreement pledging mutual aid if either is attacked, a deal Washington "
        "and Seoul called a threat to peace on the Korean Peninsula.",
    ),
    "en_china_mfa_dprk": (
        (6, 21),
        "mfa_china_en",
        "Asked about the Russia-DPRK treaty, the spokesperson said it is a matter between two "
        "sovereign states.",
    ),
    "en_two_state_solution": (
        (5, 10),
        "mfa_china_en",
        "China welcomes General Assembly vote backing Palestine's full UN membership\n\n"
        "China has always firmly supported the Palestinian people in restoring their "
        "legitimate national rights. The two-state solution is the only viable way out, and "
        "full membership is a step towards it.",
    ),
    "en_xi_europe_tour": (
        (5, 5),
        "afp",
        "Xi's European tour: France, Serbia and Hungary\n\n"
        "PARIS (AFP) - Chinese President Xi Jinping began his first trip to Europe in five "
        "years in Paris, where Emmanuel Macron pressed him on trade imbalances and on Beijing's "
        "ties with Moscow.",
    ),
    # ---------------------------------------------------------------- spelling variants
    "en_centre_colour": (
        (4, 22),
        "dirco_sa",
        "South Africa opens a visa facilitation centre in Moscow\n\n"
        "The new centre will process applications from Russian travellers, who have been able "
        "to visit South Africa without a visa for up to 90 days since 2017, the department "
        "said.",
    ),
    "en_us_traveler_center": (
        (6, 3),
        "ap",
        "State Department opens a passport center in Atlanta for travelers facing summer delays.",
    ),
    "en_favourable_climate": (
        (3, 27),
        "mfa_kz_en",
        "Kazakhstan’s ambassador briefs Brazilian business on the favourable investment "
        "climate and tax preferences of Kazakhstan’s special economic zones.",
    ),
    "en_sao_paulo_forum": (
        (8, 6),
        "itamaraty_en",
        "Foreign Minister Mauro Vieira opens the Brazil–Africa business forum in Sao Paulo, "
        "with delegations from 20 African countries.",
    ),
    "en_lavrov_possessive": (
        (9, 28),
        "tass_en",
        "Lavrov's speech at the UN General Assembly\n\n"
        "NEW YORK, September 28 (TASS) - Russian Foreign Minister Sergey Lavrov said in his "
        "address to the 79th session of the UN General Assembly that the West's policy of "
        "confrontation threatens a new world war, and that the Security Council must be "
        "reformed to give Asia, Africa and Latin America more seats.",
    ),
    "en_biden_met_xi": (
        (11, 17),
        "reuters",
        "Biden and Xi meet for the last time as leaders on the APEC sidelines\n\n"
        "LIMA, Nov 16 (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping "
        "held their final meeting before Trump takes office, with Xi warning against a new "
        "Cold War and saying Beijing was ready to work with the next administration.",
    ),
    "en_oct5_date": (
        (10, 5),
        "xinhua",
        "BEIJING, Oct. 5 (Xinhua) -- Chinese and Russian coast guards held their first joint "
        "patrol in the northern Pacific, the China Coast Guard said.",
    ),
    "en_5_october_date": (
        (10, 6),
        "mfa_iran_en",
        "On 5 October, Foreign Minister Araghchi visited Beirut and Damascus to show solidarity "
        "with the Lebanese people.",
    ),
    "en_children_sought_refuge": (
        (10, 2),
        "un_news",
        "UNHCR: hundreds of thousands sought refuge in Syria\n\n"
        "More than 200,000 people, most of them women and children, have crossed from Lebanon "
        "into Syria since the escalation began, the UN refugee agency said, as families "
        "sought shelter from Israeli strikes.",
    ),
    "en_leaders_seeking_shelter": (
        (10, 3),
        "aljazeera",
        "Displaced Lebanese seeking shelter sleep on Beirut beaches as schools overflow.",
    ),
    "en_oil_prices_rise": (
        (10, 1),
        "reuters",
        "Oil prices rise after Iran fires missiles at Israel\n\n"
        "LONDON, Oct 1 (Reuters) - Oil prices jumped on Tuesday after Iran launched a barrage "
        "of ballistic missiles at Israel, raising fears of a wider conflict that could disrupt "
        "supply from the Middle East.",
    ),
    "en_stronger_ties": (
        (8, 20),
        "mfa_china_en",
        "China and Malaysia agree to build stronger ties in the digital economy and green "
        "development, the spokesperson said.",
    ),
    "en_strong_ties_brazil": (
        (11, 21),
        "xinhua",
        "Xi Jinping's state visit to Brazil\n\n"
        "BRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping and Brazilian President "
        "Luiz Inacio Lula da Silva elevated bilateral relations to a China-Brazil community "
        "with a shared future, saying the strong ties between the two countries serve the "
        "Global South.",
    ),
    "en_diarrhea_sudan": (
        (8, 19),
        "un_news",
        "Cholera and diarrhea cases rise in Sudan as floods hit camps for the displaced, the "
        "World Health Organization warned.",
    ),
    # ---------------------------------------------------------------- Russian
    "ru_lavrov_wang": (
        (7, 25),
        "mid",
        "О встрече С.В.Лаврова с Министром иностранных дел КНР Ван И\n\n"
        "25 июля на полях мероприятий АСЕАН во Вьентьяне Министр иностранных дел Российской "
        "Федерации С.В.Лавров провёл переговоры с Членом Политбюро ЦК КПК, Министром "
        "иностранных дел Китайской Народной Республики Ван И. Обсуждены ситуация в "
        "Азиатско-Тихоокеанском регионе и взаимодействие в рамках Восточноазиатского саммита."
        "\n\n#Россия_Китай",
    ),
    "ru_putin_xi_astana": (
        (7, 3),
        "tass",
        "Путин и Си Цзиньпин провели переговоры в Астане\n\n"
        "АСТАНА, 3 июля. /ТАСС/. Президент России Владимир Путин и председатель КНР Си "
        "Цзиньпин встретились на полях саммита ШОС. Лидеры отметили, что российско-китайские "
        "отношения переживают лучший период в своей истории.",
    ),
    "ru_tokayev_order_xi": (
        (7, 2),
        "ria",
        "Токаев вручил Си Цзиньпину высшую награду Казахстана — орден «Алтын Кыран».",
    ),
    "ru_sco_summit": (
        (7, 4),
        "mid",
        "О заседании Совета глав государств – членов Шанхайской организации сотрудничества\n\n"
        "4 июля в Астане состоялось заседание Совета глав государств – членов ШОС. Подписана "
        "Астанинская декларация, Белоруссия принята в организацию в качестве полноправного "
        "члена. Кроме того, лидеры одобрили стратегию развития ШОС до 2035 года.\n\n#ШОС",
    ),
    "ru_belarus_sco_oneliner": (
        (7, 5),
        "ria",
        "Белоруссия стала десятым членом ШОС.",
    ),
    "ru_tokayev_un_charter": (
        (9, 25),
        "mfa_kz_ru",
        "Токаев: Казахстан выступает за справедливый миропорядок на основе Устава ООН\n\n"
        "Выступая на общих дебатах Генеральной Ассамблеи, Президент Касым-Жомарт Токаев "
        "призвал реформировать Совет Безопасности и укреплять региональные объединения.",
    ),
    "ru_putin_tokayev_visit": (
        (11, 27),
        "tass",
        "Путин прибыл в Астану с государственным визитом\n\n"
        "АСТАНА, 27 ноября. /ТАСС/. Владимир Путин проведёт переговоры с Касым-Жомартом "
        "Токаевым; стороны подпишут декларацию о дальнейшем углублении всеобъемлющего "
        "стратегического партнёрства и союзничества.",
    ),
    "ru_erdogan_talks": (
        (7, 3),
        "kremlin",
        "Переговоры с Президентом Турции Реджепом Тайипом Эрдоганом\n\n"
        "На полях саммита ШОС в Астане Владимир Путин провёл переговоры с Президентом "
        "Турецкой Республики Р.Т.Эрдоганом. Обсуждались торгово-экономическое "
        "сотрудничество, строительство АЭС «Аккую» и ситуация на Ближнем Востоке.",
    ),
    "ru_fidan_brics": (
        (6, 11),
        "ria",
        "Анкара подтвердила интерес к вступлению в БРИКС, заявил Фидан в Нижнем Новгороде.",
    ),
    "ru_zakharova_peace_summit": (
        (6, 16),
        "mid",
        "Комментарий официального представителя МИД России М.В.Захаровой о так называемом "
        "«саммите мира» в Швейцарии\n\n"
        "Сборище в Бюргенштоке ещё раз показало, что киевский режим и его западные "
        "спонсоры не заинтересованы в урегулировании. Так называемая «формула Зеленского» — "
        "это ультиматум.",
    ),
    "ru_zelensky_victory_plan": (
        (9, 20),
        "ria",
        "Зеленский заявил, что Киев представит «план победы» Байдену в Вашингтоне.",
    ),
    "ru_austria_diplomats": (
        (2, 7),
        "tass",
        "МИД Австрии объявил персонами нон грата двух сотрудников посольства России в Вене.",
    ),
    "ru_australia_li": (
        (6, 16),
        "ria",
        "Премьер Госсовета КНР Ли Цян прибыл в Австралию с официальным визитом.",
    ),
    "ru_georgia_elections": (
        (10, 27),
        "tass",
        "ЦИК Грузии: «Грузинская мечта» набирает 54% голосов на парламентских выборах\n\n"
        "ТБИЛИСИ, 27 октября. /ТАСС/. Правящая партия лидирует после обработки почти всех "
        "бюллетеней, оппозиция отказывается признавать итоги голосования в Грузии.",
    ),
    "ru_humanitarian_cargo": (
        (3, 14),
        "mid",
        "Российские гуманитарные грузы доставлены в сектор Газа\n\n"
        "Очередная партия продовольствия и медикаментов, собранная МЧС России, передана "
        "Египетскому Красному Полумесяцу для доставки через КПП «Рафах». Грузы переданы "
        "палестинскому населению.",
    ),
    "ru_peskov_kyiv": (
        (9, 3),
        "tass",
        "Песков: Кремль не видит предпосылок для переговоров с Киевом.",
    ),
    "ru_desert_sands": (
        (1, 30),
        "ria",
        "Среди песков пустыни Руб-эль-Хали археологи нашли остатки древнего города.",
    ),
    "ru_salmon_putina": (
        (8, 12),
        "ria",
        "Лососевая путина на Камчатке: рыбаки выловили более 200 тысяч тонн рыбы.",
    ),
    "ru_togo_ambassador": (
        (4, 4),
        "mid",
        "О встрече заместителя Министра иностранных дел России М.Л.Богданова с Послом Того\n\n"
        "Обсуждены актуальные вопросы российско-тоголезских отношений, в том числе "
        "подготовка визита в Москву Президента Тоголезской Республики Фора Гнассингбе.",
    ),
    "ru_niger_military": (
        (1, 16),
        "ria",
        "Нигер и Россия договорились об укреплении военного сотрудничества, сообщили в Ниамее.",
    ),
    "ru_nigeria_oil": (
        (3, 1),
        "interfax",
        "Нигерия увеличила добычу нефти до 1,5 млн баррелей в сутки.",
    ),
    "ru_unicef_children": (
        (3, 11),
        "ria",
        "В ЮНИСЕФ заявили, что в Газе погибли более 13 тысяч детей.",
    ),
    "ru_unga_speech": (
        (9, 28),
        "mid",
        "Выступление С.В.Лаврова на 79-й сессии Генеральной Ассамблеи Организации "
        "Объединенных Наций\n\n"
        "Министр заявил, что Запад подрывает основы международного права, и призвал "
        "реформировать Совбез, расширив представительство Азии, Африки и Латинской Америки.",
    ),
    "ru_iaea_grossi": (
        (4, 8),
        "interfax",
        "Гросси: МАГАТЭ зафиксировало удар беспилотника по куполу шестого энергоблока "
        "Запорожской АЭС.",
    ),
    "ru_iaea_name": (
        (9, 17),
        "mid",
        "О встрече постпреда России в Вене М.И.Ульянова с руководством Международного "
        "агентства по атомной энергии\n\n"
        "Обсуждены вопросы обеспечения ядерной безопасности Запорожской и Курской АЭС, а "
        "также ситуация вокруг иранской ядерной программы.",
    ),
    "ru_eaeu_council": (
        (5, 8),
        "kremlin",
        "Заседание Высшего Евразийского экономического совета\n\n"
        "В Кремле прошло заседание Высшего Евразийского экономического совета, приуроченное "
        "к десятилетию подписания Договора о Евразийском экономическом союзе. Лидеры "
        "приняли декларацию о развитии экономических процессов в ЕАЭС до 2030 года.",
    ),
    "ru_cis_summit": (
        (10, 8),
        "mid",
        "О неформальной встрече глав государств СНГ\n\n"
        "8 октября в Москве состоялась неформальная встреча глав государств Содружества "
        "Независимых Государств. Обсуждались вопросы безопасности и подготовка к 80-летию "
        "Победы.\n\n#СНГ",
    ),
    "ru_opec_plus": (
        (6, 2),
        "interfax",
        "ОПЕК+ продлила сокращение добычи нефти до конца 2025 года.",
    ),
    "ru_kazan_declaration": (
        (10, 23),
        "mid",
        "Казанская декларация принята на XVI саммите БРИКС\n\n"
        "Лидеры стран БРИКС приняли Казанскую декларацию, в которой отражены общие подходы "
        "к реформе глобальной финансовой архитектуры, расширению расчётов в национальных "
        "валютах и созданию категории стран-партнёров объединения.\n\n#БРИКС",
    ),
    "ru_kazan_oneliner": (
        (10, 24),
        "ria",
        "В Казани завершился саммит БРИКС: Путин провёл более 20 двусторонних встреч.",
    ),
    "ru_sanctions_14th": (
        (6, 25),
        "mid",
        "Заявление МИД России в связи с принятием 14-го пакета санкций ЕС\n\n"
        "Евросоюз продолжает бесплодные попытки давления на Россию. Нелегитимные "
        "односторонние ограничения бьют прежде всего по европейским потребителям. Ответные "
        "меры не заставят себя ждать.",
    ),
    "ru_us_sanctions": (
        (6, 12),
        "ria",
        "США ввели санкции против более 300 компаний и физлиц, в том числе из Китая и Турции.",
    ),
    "ru_mirziyoyev_yo": (
        (5, 27),
        "kremlin",
        "Переговоры с Президентом Узбекистана Шавкатом Мирзиёевым\n\n"
        "В Ташкенте Владимир Путин провёл переговоры с Шавкатом Мирзиёевым. Подписан пакет "
        "документов, в том числе соглашение о строительстве атомной станции малой мощности.",
    ),
    "ru_mirziyoyev_e": (
        (11, 20),
        "interfax",
        "Мирзиеев поручил упростить трудоустройство узбекских мигрантов в России.",
    ),
    "ru_pashinyan_csto": (
        (2, 23),
        "tass",
        "Пашинян заявил о заморозке участия Армении в ОДКБ.",
    ),
    "ru_army_drones": (
        (8, 15),
        "ria",
        "Российская армия получила новую партию беспилотников, сообщили в Минобороны.",
    ),
    "ru_csto_name": (
        (11, 28),
        "mid",
        "О сессии Совета коллективной безопасности Организации Договора о коллективной "
        "безопасности в Астане\n\n"
        "Главы государств обсудили ситуацию в зоне ответственности организации. Армянская "
        "сторона в заседании не участвовала.",
    ),
    "ru_agreement_signed": (
        (3, 29),
        "mid",
        "Соглашение о безвизовых поездках между Россией и Оманом подписано в Маскате. "
        "Документ вступит в силу после ратификации.",
    ),
    "ru_sign_future": (
        (4, 1),
        "tass",
        "Россия и Вьетнам подпишут соглашение о сотрудничестве в области ядерной энергетики.",
    ),
    "ru_victory_parade": (
        (5, 9),
        "mid",
        "9 мая на Красной площади прошёл парад Победы\n\n"
        "Парад в честь 79-й годовщины Победы в Великой Отечественной войне принимал "
        "Президент России. На трибунах присутствовали лидеры Белоруссии, Казахстана, "
        "Киргизии, Таджикистана, Туркмении, Узбекистана, Кубы, Лаоса и Гвинеи-Бисау.",
    ),
    "ru_ramaphosa_kazan": (
        (10, 22),
        "tass",
        "Рамафоса прибыл в Казань для участия в саммите БРИКС.",
    ),
    "ru_pezeshkian_meeting": (
        (10, 23),
        "kremlin",
        "Встреча с Президентом Ирана Масудом Пезешкианом\n\n"
        "На полях саммита БРИКС в Казани Владимир Путин провёл встречу с Президентом "
        "Исламской Республики Иран Масудом Пезешкианом. Обсуждался проект договора о "
        "всеобъемлющем стратегическом партнёрстве.",
    ),
    "ru_iraq_oil": (
        (2, 20),
        "interfax",
        "Ирак договорился с «Лукойлом» о расширении добычи на месторождении Западная Курна-2.",
    ),
    "ru_kazakhstan_grain": (
        (8, 30),
        "interfax",
        "Казахстан ожидает рекордный урожай зерна — более 20 млн тонн.",
    ),
    "ru_lula_injury": (
        (10, 20),
        "ria",
        "Лула да Силва не приедет в Казань из-за травмы головы.",
    ),
    "ru_ceasefire_lebanon": (
        (11, 27),
        "tass",
        "Режим прекращения огня между Израилем и «Хезболлой» вступил в силу в Ливане\n\n"
        "БЕЙРУТ, 27 ноября. /ТАСС/. Перемирие, согласованное при посредничестве США и "
        "Франции, рассчитано на 60 дней; тысячи беженцев возвращаются на юг страны.",
    ),
    "ru_zakharova_briefing": (
        (9, 18),
        "mid",
        "Брифинг официального представителя МИД России М.В.Захаровой\n\n"
        "Основные темы: украинский кризис, подготовка к саммиту БРИКС в Казани, ситуация на "
        "Ближнем Востоке, гуманитарные грузы для Газы, визит Министра иностранных дел в "
        "Нью-Йорк.",
    ),
    "ru_dprk_treaty": (
        (6, 19),
        "mid",
        "Договор о всеобъемлющем стратегическом партнёрстве между Россией и КНДР\n\n"
        "19 июня в Пхеньяне Президент России и Председатель государственных дел КНДР Ким Чен "
        "Ын подписали Договор, предусматривающий взаимную помощь в случае агрессии.",
    ),
    "ru_chad_president": (
        (1, 24),
        "kremlin",
        "Переговоры с Президентом переходного периода Республики Чад Махаматом Деби Итно\n\n"
        "Владимир Путин и Махамат Деби Итно обсудили перспективы сотрудничества в "
        "энергетике, образовании и сфере безопасности, а также ситуацию в Сахеле.",
    ),
    "ru_kids_child": (
        (6, 1),
        "mid",
        "В День защиты детей посольства России провели праздники для детей соотечественников. "
        "Каждый ребёнок получил подарок.",
    ),
    "ru_india_modi": (
        (7, 9),
        "kremlin",
        "Российско-индийские переговоры в Кремле\n\n"
        "Владимир Путин и Премьер-министр Индии Нарендра Моди обсудили торговлю, энергетику "
        "и Международный транспортный коридор «Север – Юг». Стороны поставили цель довести "
        "товарооборот до 100 млрд долларов к 2030 году.",
    ),
    "ru_brazil_g20": (
        (11, 19),
        "ria",
        "Саммит «Группы двадцати» в Рио-де-Жанейро завершился принятием декларации.",
    ),
    "ru_g20_lavrov": (
        (11, 18),
        "mid",
        "С.В.Лавров возглавит делегацию России на саммите G20 в Рио-де-Жанейро\n\n"
        "Министр иностранных дел примет участие в заседаниях «Группы двадцати», посвящённых "
        "борьбе с голодом и бедностью и реформе институтов глобального управления.",
    ),
    "ru_turkey_russia_tourism": (
        (8, 5),
        "interfax",
        "Российские туристы остаются главным источником турпотока в Турцию.",
    ),
    "ru_indeyka": (
        (11, 22),
        "ria",
        "Производство мяса индейки в России выросло на 10%.",
    ),
    "ru_china_consul": (
        (4, 17),
        "mid",
        "Генеральное консульство России в Шанхае организовало выставку к 75-летию "
        "дипломатических отношений с Китаем.",
    ),
}


QUERIES: tuple[Labelled, ...] = (
    # ------------------------------------------------------------ English: -ion/-ed/-ing families
    Labelled(
        "sanctions",
        (
            "en_eu_14th_package",
            "en_us_sanctions_300",
            "en_mfa_ru_sanctions",
            "en_mao_ning_passing",
            "en_g7_sanctioning_iran",
            "en_treasury_houthi",
            "en_iaea_grossi_tehran",
        ),
        "plural finds sanctioned/sanctioning too",
    ),
    Labelled(
        "sanctioned",
        (
            "en_eu_14th_package",
            "en_us_sanctions_300",
            "en_mfa_ru_sanctions",
            "en_mao_ning_passing",
            "en_g7_sanctioning_iran",
            "en_treasury_houthi",
            "en_iaea_grossi_tehran",
        ),
        "participle finds the noun; the post with 'sanctioned' twice first",
        first="en_us_sanctions_300",
    ),
    Labelled(
        "sanction*",
        (
            "en_eu_14th_package",
            "en_us_sanctions_300",
            "en_mfa_ru_sanctions",
            "en_mao_ning_passing",
            "en_g7_sanctioning_iran",
            "en_treasury_houthi",
            "en_iaea_grossi_tehran",
        ),
        "prefix",
    ),
    Labelled(
        "sanctioning",
        (
            "en_eu_14th_package",
            "en_us_sanctions_300",
            "en_mfa_ru_sanctions",
            "en_mao_ning_passing",
            "en_g7_sanctioning_iran",
            "en_treasury_houthi",
            "en_iaea_grossi_tehran",
        ),
        "-ing form; the G7 headline has it",
        first="en_g7_sanctioning_iran",
    ),
    Labelled(
        "LNG sanctions", ("en_eu_14th_package",), "the 14th package", first="en_eu_14th_package"
    ),
    Labelled(
        "US sanctions",
        ("en_us_sanctions_300", "en_treasury_houthi"),
        "US in capitals; U.S. spelled with dots; not the MFA's 'make us change'",
        first="en_us_sanctions_300",
        absent=("en_mfa_ru_sanctions",),
    ),
    Labelled(
        "negotiate",
        ("en_araghchi_agency", "en_iran_negotiations"),
        "verb finds negotiations (we expect the family)",
        first="en_araghchi_agency",
    ),
    Labelled(
        "negotiations",
        ("en_araghchi_agency", "en_iran_negotiations"),
        "noun finds negotiate",
        first="en_iran_negotiations",
    ),
    # ------------------------------------------------------------ English irregular forms
    Labelled(
        "held talks",
        ("en_lavrov_wang_vientiane", "en_iaea_grossi_tehran", "en_erdogan_hold_talks"),
        "held finds hold",
    ),
    Labelled(
        "hold talks",
        ("en_lavrov_wang_vientiane", "en_iaea_grossi_tehran", "en_erdogan_hold_talks"),
        "hold finds held; the Erdoğan headline first",
        first="en_erdogan_hold_talks",
    ),
    Labelled(
        "Fidan meets Lavrov", ("en_fidan_nizhny",), "meets finds met", first="en_fidan_nizhny"
    ),
    Labelled(
        "Wang Yi met Lavrov",
        ("en_wang_yi_meets_lavrov", "en_lavrov_wang_vientiane"),
        "met finds meets/meeting",
        first="en_wang_yi_meets_lavrov",
    ),
    Labelled("spoke with Putin", ("en_modi_spoke_putin",), "as typed", first="en_modi_spoke_putin"),
    Labelled(
        "Modi speak", ("en_modi_spoke_putin", "en_modi_kyiv_speaks"), "speak finds spoke and speaks"
    ),
    Labelled(
        "children",
        ("en_unicef_children_gaza", "en_rafah_air_strikes", "en_children_sought_refuge"),
        "children finds child; the UNICEF post first",
        first="en_unicef_children_gaza",
    ),
    Labelled(
        "child",
        ("en_unicef_children_gaza", "en_rafah_air_strikes", "en_children_sought_refuge"),
        "child finds children",
        first="en_unicef_children_gaza",
    ),
    Labelled(
        "crises",
        ("en_guterres_crises", "en_sudan_paris_crisis", "en_south_sudan_oneliner"),
        "crises finds crisis",
        first="en_guterres_crises",
    ),
    Labelled(
        "crisis",
        ("en_guterres_crises", "en_sudan_paris_crisis", "en_south_sudan_oneliner"),
        "crisis finds crises",
        first="en_sudan_paris_crisis",
    ),
    Labelled("analyses", ("en_xinhua_analysis_brics",), "plural finds 'Analysis:' post"),
    Labelled(
        "analysis",
        ("en_xinhua_analysis_brics",),
        "singular finds analyses",
        first="en_xinhua_analysis_brics",
    ),
    Labelled("analyze samples", ("en_iaea_grossi_tehran",), "US spelling finds 'analyse'"),
    Labelled(
        "seek refuge",
        ("en_children_sought_refuge",),
        "seek finds sought",
        first="en_children_sought_refuge",
    ),
    Labelled("flee", ("en_lebanon_airstrikes", "en_who_pronoun_fled"), "flee finds fled"),
    Labelled("drone strike", ("en_iaea_zaporizhzhia",), "strike finds struck"),
    Labelled(
        "rose",
        ("en_opec_extends_cuts", "en_oil_prices_rise", "en_diarrhea_sudan"),
        "rose finds rise",
        first="en_opec_extends_cuts",
    ),
    Labelled(
        "woman",
        ("en_womens_day", "en_children_sought_refuge"),
        "woman finds women/Women's",
        first="en_womens_day",
    ),
    Labelled("women diplomats", ("en_womens_day",), "as typed", first="en_womens_day"),
    # ------------------------------------------------------------ comparatives
    Labelled(
        "strong ties",
        ("en_stronger_ties", "en_strong_ties_brazil"),
        "base finds comparative (we expect it)",
        first="en_strong_ties_brazil",
    ),
    Labelled(
        "stronger ties",
        ("en_stronger_ties", "en_strong_ties_brazil"),
        "comparative finds base",
        first="en_stronger_ties",
    ),
    Labelled("high tariffs", ("en_biden_ev_tariffs", "en_eu_ev_duties"), "high finds higher"),
    # ------------------------------------------------------------ possessives, apostrophes
    Labelled(
        "Xi's",
        (
            "en_sco_astana_summit",
            "en_putin_xi_met",
            "en_xi_state_visit_kz",
            "en_xi_general_secretary",
            "en_trump_wins",
            "en_apec_lima",
            "en_xi_europe_tour",
            "en_biden_met_xi",
            "en_strong_ties_brazil",
        ),
        "possessive finds Xi; the 'Xi's European tour' headline first",
        first="en_xi_europe_tour",
    ),
    Labelled(
        "Xi’s",
        (
            "en_sco_astana_summit",
            "en_putin_xi_met",
            "en_xi_state_visit_kz",
            "en_xi_general_secretary",
            "en_trump_wins",
            "en_apec_lima",
            "en_xi_europe_tour",
            "en_biden_met_xi",
            "en_strong_ties_brazil",
        ),
        "curly apostrophe typed",
        first="en_xi_europe_tour",
    ),
    Labelled(
        "Lavrov's speech", ("en_lavrov_possessive",), "possessive", first="en_lavrov_possessive"
    ),
    Labelled(
        "Zakharova's comment",
        ("en_mfa_ru_sanctions",),
        "possessive of a name that is not there as such",
    ),
    # ------------------------------------------------------------ UK / US spellings
    Labelled(
        "defense",
        (
            "en_india_russia_summit_defence",
            "en_nato_defense_spending",
            "en_niger_us_troops",
            "en_north_korea_pact",
        ),
        "US finds UK defence",
        first="en_nato_defense_spending",
    ),
    Labelled(
        "defence",
        (
            "en_india_russia_summit_defence",
            "en_nato_defense_spending",
            "en_niger_us_troops",
            "en_north_korea_pact",
        ),
        "UK finds US defense",
        first="en_india_russia_summit_defence",
    ),
    Labelled(
        "program",
        (
            "en_g7_sanctioning_iran",
            "en_iran_negotiations",
            "en_kz_evisa",
            "en_india_russia_summit_defence",
        ),
        "program finds programme(s)",
    ),
    Labelled("labor migrants", ("en_labour_migrants",), "labor/labour", first="en_labour_migrants"),
    Labelled("organized recruitment", ("en_labour_migrants",), "organized/organised"),
    Labelled(
        "diarrhea",
        ("en_diarrhea_sudan", "en_unicef_children_gaza"),
        "diarrhea/diarrhoea",
        first="en_diarrhea_sudan",
    ),
    Labelled(
        "center",
        ("en_us_traveler_center", "en_centre_colour", "en_it_cooperation"),
        "center/centre",
        first="en_us_traveler_center",
    ),
    Labelled("visa centre", ("en_centre_colour",), "as typed", first="en_centre_colour"),
    Labelled("travelers", ("en_us_traveler_center", "en_centre_colour"), "travelers/travellers"),
    Labelled("favorable investment climate", ("en_favourable_climate",), "favorable/favourable"),
    Labelled("criminalize", ("en_organ_trafficking",), "criminalize/criminalise"),
    Labelled(
        "percent",
        ("en_biden_ev_tariffs", "en_chad_election", "en_nigeria_inflation", "en_eu_ev_duties"),
        "percent finds 'per cent'",
    ),
    Labelled("tons of wheat", ("en_grain_tonnes",), "tons/tonnes"),
    Labelled(
        "Shanghai Cooperation Organization",
        (
            "en_sco_astana_summit",
            "en_putin_xi_met",
            "en_jaishankar_sco_cfm",
            "en_erdogan_hold_talks",
        ),
        "name finds Organisation and SCO; the post spelling it as typed first",
        first="en_putin_xi_met",
    ),
    # ------------------------------------------------------------ hyphens
    Labelled("e-visa", ("en_kz_evisa", "en_india_evisa"), "hyphenated word", first="en_kz_evisa"),
    Labelled(
        "cease-fire",
        ("en_lebanon_cease_fire", "en_unsc_gaza_2728", "en_turkiye_halts_trade", "en_icj_orders"),
        "hyphenated finds ceasefire",
        first="en_lebanon_cease_fire",
    ),
    Labelled(
        "ceasefire",
        ("en_lebanon_cease_fire", "en_unsc_gaza_2728", "en_turkiye_halts_trade", "en_icj_orders"),
        "one word finds AP's cease-fire (the other way round)",
        first="en_unsc_gaza_2728",
    ),
    Labelled(
        "ceasefire OR truce",
        ("en_lebanon_cease_fire", "en_unsc_gaza_2728", "en_turkiye_halts_trade", "en_icj_orders"),
        "OR",
    ),
    Labelled(
        "economic cooperation",
        ("en_sa_russia_co_operation", "en_eaeu_supreme_council"),
        "cooperation finds co-operation",
        first="en_sa_russia_co_operation",
    ),
    Labelled(
        "co-operation",
        (
            "en_ramaphosa_kazan",
            "en_sa_russia_co_operation",
            "en_eaeu_supreme_council",
            "en_sco_astana_summit",
            "en_putin_xi_met",
            "en_jaishankar_sco_cfm",
            "en_iaea_grossi_tehran",
            "en_it_cooperation",
        ),
        "co-operation finds cooperation too",
        first="en_sa_russia_co_operation",
    ),
    Labelled("Asia-Pacific", ("en_lavrov_wang_vientiane", "en_apec_lima"), "finds 'Asia Pacific'"),
    Labelled("Asia Pacific", ("en_lavrov_wang_vientiane", "en_apec_lima"), "finds 'Asia-Pacific'"),
    Labelled("post-Soviet", ("en_cis_summit", "en_armenia_csto"), "hyphenated"),
    Labelled("post Soviet space", ("en_cis_summit", "en_armenia_csto"), "spaced finds hyphenated"),
    Labelled(
        "Guinea-Bissau",
        ("en_guinea_bissau_embalo", "en_victory_day_parade"),
        "not plain Guinea nor Papua New Guinea",
        first="en_guinea_bissau_embalo",
        absent=("en_guinea_doumbouya", "en_png_landslide"),
    ),
    Labelled(
        "airstrikes",
        ("en_lebanon_airstrikes", "en_rafah_air_strikes"),
        "finds 'air strikes'",
        first="en_lebanon_airstrikes",
    ),
    Labelled(
        "air strikes", ("en_lebanon_airstrikes", "en_rafah_air_strikes"), "finds 'airstrikes'"
    ),
    Labelled(
        "Secretary-General",
        ("en_guterres_crises",),
        "the UN title, not Xi's 'general secretary'",
        first="en_guterres_crises",
        absent=("en_xi_general_secretary",),
    ),
    Labelled(
        "Director-General",
        ("en_who_mpox", "en_iaea_zaporizhzhia", "en_araghchi_agency"),
        "finds 'Director General' spaced",
    ),
    # ------------------------------------------------------------ diacritics, name spellings
    Labelled(
        "Turkiye",
        (
            "en_turkiye_halts_trade",
            "en_erdogan_hold_talks",
            "en_fidan_nizhny",
            "en_us_sanctions_300",
            "en_brics_partner_status",
        ),
        "Turkiye = Türkiye = Turkey (the country), not Thanksgiving turkeys",
        first="en_turkiye_halts_trade",
        absent=("en_turkey_pardon",),
    ),
    Labelled(
        "Türkiye",
        (
            "en_turkiye_halts_trade",
            "en_erdogan_hold_talks",
            "en_fidan_nizhny",
            "en_us_sanctions_300",
            "en_brics_partner_status",
        ),
        "diacritic typed",
        absent=("en_turkey_pardon",),
    ),
    Labelled(
        "Turkey",
        (
            "en_turkiye_halts_trade",
            "en_erdogan_hold_talks",
            "en_fidan_nizhny",
            "en_us_sanctions_300",
            "en_brics_partner_status",
        ),
        "the country in both names; not the pardoned turkeys",
        first="en_brics_partner_status",
        absent=("en_turkey_pardon",),
    ),
    Labelled(
        "Erdogan",
        ("en_erdogan_hold_talks", "en_turkiye_halts_trade"),
        "ğ folded",
        first="en_erdogan_hold_talks",
    ),
    Labelled(
        "Erdoğan",
        ("en_erdogan_hold_talks", "en_turkiye_halts_trade"),
        "ğ typed",
        first="en_erdogan_hold_talks",
    ),
    Labelled(
        "Sao Paulo",
        ("en_ndb_sao_paulo", "en_g20_finance_sao_paulo", "en_sao_paulo_forum"),
        "ã folded",
        first="en_g20_finance_sao_paulo",
    ),
    Labelled(
        "São Paulo",
        ("en_ndb_sao_paulo", "en_g20_finance_sao_paulo", "en_sao_paulo_forum"),
        "ã typed",
        first="en_g20_finance_sao_paulo",
    ),
    Labelled("Burgenstock", ("en_zelenskyy_peace_summit", "en_mfa_ru_kiev_regime"), "ü folded"),
    Labelled("Bürgenstock", ("en_zelenskyy_peace_summit", "en_mfa_ru_kiev_regime"), "ü typed"),
    Labelled(
        "Luiz Inacio Lula da Silva",
        ("en_lula_video_link", "en_g20_rio_declaration", "en_strong_ties_brazil"),
        "í folded",
    ),
    Labelled(
        "Lula",
        ("en_lula_video_link", "en_g20_rio_declaration", "en_strong_ties_brazil"),
        "name",
        first="en_lula_video_link",
    ),
    Labelled(
        "Zelensky",
        (
            "en_modi_kyiv_speaks",
            "en_zelenskyy_peace_summit",
            "en_zelenskiy_victory_plan",
            "en_mfa_ru_kiev_regime",
        ),
        "Zelensky = Zelenskyy (AP) = Zelenskiy (Reuters)",
    ),
    Labelled(
        "Zelenskyy",
        (
            "en_modi_kyiv_speaks",
            "en_zelenskyy_peace_summit",
            "en_zelenskiy_victory_plan",
            "en_mfa_ru_kiev_regime",
        ),
        "AP spelling finds the others; AP's headline first",
        first="en_zelenskyy_peace_summit",
    ),
    Labelled(
        "Zelensk*",
        (
            "en_modi_kyiv_speaks",
            "en_zelenskyy_peace_summit",
            "en_zelenskiy_victory_plan",
            "en_mfa_ru_kiev_regime",
        ),
        "prefix covers the spellings",
    ),
    Labelled(
        "Kyiv",
        (
            "en_modi_kyiv_speaks",
            "en_zelenskyy_peace_summit",
            "en_zelenskiy_victory_plan",
            "en_mfa_ru_kiev_regime",
        ),
        "Kyiv = Kiev (Russian MFA's English)",
    ),
    Labelled(
        "Kiev",
        (
            "en_modi_kyiv_speaks",
            "en_zelenskyy_peace_summit",
            "en_zelenskiy_victory_plan",
            "en_mfa_ru_kiev_regime",
        ),
        "Kiev = Kyiv",
        first="en_mfa_ru_kiev_regime",
    ),
    Labelled(
        "Tokayev",
        ("en_tokayev_un_charter", "en_xi_state_visit_kz", "en_tokaev_moscow"),
        "Tokayev = Tokaev",
        first="en_tokayev_un_charter",
    ),
    Labelled(
        "Tokayev OR Tokaev",
        ("en_tokayev_un_charter", "en_xi_state_visit_kz", "en_tokaev_moscow"),
        "OR of the spellings",
    ),
    Labelled(
        "Beijing",
        (
            "en_xinhua_analysis_brics",
            "en_peking_university",
            "en_xi_europe_tour",
            "en_biden_met_xi",
            "en_oct5_date",
        ),
        "as typed (Peking not expected)",
    ),
    Labelled(
        "Peking University", ("en_peking_university",), "as typed", first="en_peking_university"
    ),
    Labelled(
        "Wang Yi",
        ("en_lavrov_wang_vientiane", "en_wang_yi_meets_lavrov", "en_blinken_will_meet"),
        "two-word name",
        first="en_wang_yi_meets_lavrov",
    ),
    # ------------------------------------------------------------ acronyms and names
    Labelled(
        "IAEA",
        ("en_iaea_grossi_tehran", "en_iaea_zaporizhzhia", "en_araghchi_agency"),
        "IAEA finds the spelled-out name",
    ),
    Labelled(
        "International Atomic Energy Agency",
        ("en_iaea_grossi_tehran", "en_iaea_zaporizhzhia", "en_araghchi_agency"),
        "name finds IAEA; the post headed by the name first",
        first="en_araghchi_agency",
    ),
    Labelled(
        "UN Charter",
        ("en_tokayev_un_charter", "en_china_un_charter"),
        "finds 'Charter of the United Nations'",
        first="en_tokayev_un_charter",
    ),
    Labelled(
        "United Nations",
        (
            "en_iaea_grossi_tehran",
            "en_iran_executions",
            "en_tokayev_un_charter",
            "en_gaza_hospitals_who",
            "en_png_landslide",
            "en_china_upr",
            "en_organ_trafficking",
            "en_icj_orders",
            "en_unsc_gaza_2728",
            "en_china_un_charter",
            "en_two_state_solution",
            "en_lavrov_possessive",
            "en_children_sought_refuge",
        ),
        "name finds UN; the UN anniversary statement first",
        first="en_china_un_charter",
    ),
    Labelled(
        "WTO",
        ("en_wto_mc13", "en_china_mfa_tariff_hike", "en_china_wto_dispute"),
        "acronym finds the name",
        first="en_wto_mc13",
    ),
    Labelled(
        "World Trade Organization",
        ("en_wto_mc13", "en_china_mfa_tariff_hike", "en_china_wto_dispute"),
        "name finds WTO",
        first="en_wto_mc13",
    ),
    Labelled(
        "EAEU",
        ("en_eaeu_supreme_council", "en_tokayev_un_charter"),
        "acronym finds the name",
        first="en_eaeu_supreme_council",
    ),
    Labelled(
        "Eurasian Economic Union",
        ("en_eaeu_supreme_council", "en_tokayev_un_charter"),
        "name",
        first="en_eaeu_supreme_council",
    ),
    Labelled(
        "ASEAN",
        ("en_lavrov_wang_vientiane", "en_russia_asean_name"),
        "finds 'Association of Southeast Asian Nations'",
    ),
    Labelled(
        "Association of Southeast Asian Nations",
        ("en_lavrov_wang_vientiane", "en_russia_asean_name"),
        "finds ASEAN",
        first="en_russia_asean_name",
    ),
    Labelled("CIS", ("en_cis_summit",), "acronym", first="en_cis_summit"),
    Labelled("CSTO", ("en_armenia_csto",), "finds 'Collective Security Treaty Organization'"),
    Labelled(
        "NATO",
        ("en_brics_partner_status", "en_nato_defense_spending"),
        "acronym",
        first="en_nato_defense_spending",
    ),
    Labelled(
        "North Atlantic Treaty Organization",
        ("en_nato_defense_spending", "en_brics_partner_status"),
        "name finds NATO",
        first="en_nato_defense_spending",
    ),
    Labelled(
        "OPEC+",
        ("en_opec_extends_cuts", "en_kz_opec_compensate", "en_opec_secretary"),
        "plus sign; the OPEC+ headline first",
        first="en_opec_extends_cuts",
    ),
    Labelled(
        "G20",
        ("en_g20_rio_declaration", "en_g20_finance_sao_paulo", "ru_g20_lavrov"),
        "finds 'Group of 20' / 'Group of Twenty'",
    ),
    Labelled(
        "BRICS+",
        (
            "en_xinhua_analysis_brics",
            "en_kazan_declaration",
            "en_brics_partner_status",
            "en_russia_brics_chair",
            "en_lula_video_link",
            "en_ramaphosa_kazan",
            "en_ndb_sao_paulo",
            "en_fidan_nizhny",
            "en_sa_russia_co_operation",
        ),
        "plus sign",
    ),
    Labelled(
        "DPRK",
        ("en_dprk_treaty", "en_north_korea_pact", "en_china_mfa_dprk"),
        "finds 'Democratic People's Republic of Korea' and 'North Korea'",
    ),
    Labelled(
        "SCO",
        (
            "en_sco_astana_summit",
            "en_putin_xi_met",
            "en_erdogan_hold_talks",
            "en_jaishankar_sco_cfm",
        ),
        "acronym",
        first="en_sco_astana_summit",
    ),
    Labelled(
        "UNSC",
        ("en_unsc_gaza_2728", "en_tokayev_un_charter", "en_lavrov_possessive"),
        "finds 'Security Council'",
        first="en_unsc_gaza_2728",
    ),
    Labelled(
        "ICJ",
        ("en_icj_orders", "en_icj_sa_case"),
        "finds 'International Court of Justice'",
        first="en_icj_orders",
    ),
    # ------------------------------------------------------------ negatives: words that look alike
    Labelled(
        "WHO",
        ("en_who_mpox", "en_gaza_hospitals_who", "en_diarrhea_sudan"),
        "the organisation, not the pronoun",
        first="en_who_mpox",
        absent=("en_who_pronoun_fled", "en_fidan_nizhny", "en_centre_colour"),
    ),
    Labelled(
        "World Health Organization",
        ("en_who_mpox", "en_gaza_hospitals_who", "en_diarrhea_sudan"),
        "name finds WHO, not the pronoun",
        first="en_who_mpox",
        absent=("en_who_pronoun_fled",),
    ),
    Labelled(
        "IT companies",
        ("en_it_cooperation",),
        "IT in capitals, not 'find it hard'",
        first="en_it_cooperation",
        absent=("en_it_pronoun_companies",),
    ),
    Labelled(
        "AIDS",
        ("en_unaids_report",),
        "the disease, not 'Moscow aids Havana' nor humanitarian aid",
        first="en_unaids_report",
        absent=("en_moscow_aids_havana", "en_gaza_aid_trucks"),
    ),
    Labelled(
        "US",
        (
            "en_us_sanctions_300",
            "en_treasury_houthi",
            "en_blinken_will_meet",
            "en_iraq_coalition",
            "en_executive_order",
            "en_china_mfa_tariff_hike",
            "en_niger_us_troops",
            "en_unsc_gaza_2728",
            "en_lebanon_cease_fire",
            "en_biden_met_xi",
        ),
        "US, U.S. and United States; not 'make us'",
        absent=("en_mfa_ru_sanctions",),
    ),
    Labelled(
        "Chad",
        ("en_chad_election",),
        "the country, not hanging chads",
        first="en_chad_election",
        absent=("en_hanging_chads",),
    ),
    Labelled(
        "China",
        (
            "en_us_sanctions_300",
            "en_mao_ning_passing",
            "en_lavrov_wang_vientiane",
            "en_wang_yi_meets_lavrov",
            "en_xi_state_visit_kz",
            "en_china_mfa_tariff_hike",
            "en_xi_general_secretary",
            "en_china_upr",
            "en_china_un_charter",
            "en_china_wto_dispute",
            "en_two_state_solution",
            "en_oct5_date",
            "en_stronger_ties",
            "en_strong_ties_brazil",
        ),
        "the country, not fine china",
        absent=("en_fine_china",),
    ),
    Labelled(
        "Niger",
        ("en_niger_us_troops",),
        "not Nigeria",
        first="en_niger_us_troops",
        absent=("en_nigeria_inflation", "en_brics_partner_status"),
    ),
    Labelled(
        "Nigeria",
        ("en_nigeria_inflation", "en_brics_partner_status"),
        "not Niger",
        first="en_nigeria_inflation",
        absent=("en_niger_us_troops",),
    ),
    Labelled(
        "Guinea",
        (
            "en_guinea_doumbouya",
            "en_guinea_bissau_embalo",
            "en_png_landslide",
            "en_victory_day_parade",
        ),
        "all Guineas match the word; Guinea itself first",
        first="en_guinea_doumbouya",
    ),
    Labelled(
        "Papua New Guinea",
        ("en_png_landslide",),
        "not Guinea",
        first="en_png_landslide",
        absent=("en_guinea_doumbouya",),
    ),
    Labelled(
        "Austria", ("en_austria_diplomats",), "not Australia", absent=("en_australia_li_qiang",)
    ),
    Labelled(
        "Australia", ("en_australia_li_qiang",), "not Austria", absent=("en_austria_diplomats",)
    ),
    Labelled(
        "Georgian",
        ("en_georgia_election_tbilisi",),
        "the country's adjective, not the US state",
        first="en_georgia_election_tbilisi",
        absent=("en_georgia_us_state",),
    ),
    Labelled("Georgia", ("en_georgia_election_tbilisi", "en_georgia_us_state"), "both Georgias"),
    Labelled(
        "Iran",
        (
            "en_g7_sanctioning_iran",
            "en_iaea_grossi_tehran",
            "en_araghchi_agency",
            "en_iran_negotiations",
            "en_iran_executions",
            "en_russia_brics_chair",
            "en_eaeu_supreme_council",
            "en_oil_prices_rise",
        ),
        "not Iraq",
        absent=("en_iraq_coalition",),
    ),
    Labelled(
        "Iraq",
        ("en_iraq_coalition",),
        "not Iran",
        first="en_iraq_coalition",
        absent=(
            "en_g7_sanctioning_iran",
            "en_iaea_grossi_tehran",
            "en_iran_negotiations",
            "en_iran_executions",
        ),
    ),
    Labelled(
        "May 9",
        ("en_victory_day_parade",),
        "the date, not 'may raise ... 9 of 14'",
        first="en_victory_day_parade",
        absent=("en_cbr_may_raise",),
    ),
    Labelled(
        "March 8",
        ("en_womens_day",),
        "the date (8 March), not 'thousands march ... 8 km'",
        first="en_womens_day",
        absent=("en_tbilisi_march",),
    ),
    Labelled(
        "Trump",
        ("en_trump_wins", "en_biden_met_xi"),
        "the man, not a trump card",
        first="en_trump_wins",
        absent=("en_trump_card_energy",),
    ),
    Labelled(
        "universal",
        ("en_china_upr",),
        "Universal Periodic Review, not Peking University",
        first="en_china_upr",
        absent=("en_peking_university",),
    ),
    Labelled(
        "organ trafficking",
        ("en_organ_trafficking",),
        "organ, not organization + drug trafficking",
        first="en_organ_trafficking",
        absent=("en_sco_astana_summit",),
    ),
    Labelled(
        "executions",
        ("en_iran_executions",),
        "not executive order",
        first="en_iran_executions",
        absent=("en_executive_order",),
    ),
    Labelled(
        "Sudan",
        (
            "en_guterres_crises",
            "en_sudan_paris_crisis",
            "en_south_sudan_oneliner",
            "en_diarrhea_sudan",
        ),
        "Sudan first, South Sudan after",
        first="en_sudan_paris_crisis",
    ),
    Labelled(
        "South Sudan", ("en_south_sudan_oneliner",), "phrase-like", first="en_south_sudan_oneliner"
    ),
    Labelled(
        "Kazan",
        (
            "en_xinhua_analysis_brics",
            "en_kazan_declaration",
            "en_brics_partner_status",
            "en_lula_video_link",
            "en_ramaphosa_kazan",
        ),
        "not Kazakhstan/Kazakh",
        absent=("en_tokayev_un_charter", "en_kz_evisa", "en_xi_state_visit_kz"),
    ),
    # ------------------------------------------------------------ numbers and dates
    Labelled(
        "$1.5 billion",
        ("en_ndb_sao_paulo",),
        "not 1.5 million tonnes ... $12 billion",
        first="en_ndb_sao_paulo",
        absent=("en_grain_tonnes",),
    ),
    Labelled(
        "2 billion euros",
        ("en_sudan_paris_crisis",),
        "number with unit",
        first="en_sudan_paris_crisis",
    ),
    Labelled("Oct. 5", ("en_oct5_date", "en_5_october_date"), "Oct. 5 = 5 October"),
    Labelled("5 October", ("en_oct5_date", "en_5_october_date"), "5 October = Oct. 5"),
    Labelled(
        "24 October", ("en_ramaphosa_kazan", "en_brics_partner_status"), "24 October = Oct 24"
    ),
    Labelled("10%", ("en_opec_extends_cuts", "ru_indeyka"), "percent sign"),
    Labelled("resolution 2728", ("en_unsc_gaza_2728",), "number", first="en_unsc_gaza_2728"),
    Labelled(
        "100 percent tariffs",
        ("en_biden_ev_tariffs",),
        "number and words",
        first="en_biden_ev_tariffs",
    ),
    # ------------------------------------------------------------ phrases, prefixes, operators, filters
    Labelled(
        '"Strengthening Multilateralism"',
        ("en_kazan_declaration", "en_russia_brics_chair"),
        "phrase inside curly and straight quotes in the posts",
    ),
    Labelled('"two-state solution"', ("en_two_state_solution",), "hyphen inside a phrase"),
    Labelled(
        '"comprehensive strategic partnership"',
        ("en_dprk_treaty",),
        "phrase",
        first="en_dprk_treaty",
    ),
    Labelled(
        '"Global South"',
        ("en_xinhua_analysis_brics", "en_ramaphosa_kazan", "en_strong_ties_brazil"),
        "phrase",
    ),
    Labelled(
        '"peace summit"',
        ("en_zelenskyy_peace_summit",),
        "phrase, not 'peace conference'",
        first="en_zelenskyy_peace_summit",
        absent=("en_mfa_ru_kiev_regime",),
    ),
    Labelled(
        "multilateral*",
        (
            "en_wang_yi_meets_lavrov",
            "en_jaishankar_sco_cfm",
            "en_kazan_declaration",
            "en_russia_brics_chair",
            "en_china_un_charter",
        ),
        "prefix",
    ),
    Labelled(
        "Kazan -Ramaphosa",
        (
            "en_xinhua_analysis_brics",
            "en_kazan_declaration",
            "en_brics_partner_status",
            "en_lula_video_link",
        ),
        "negation",
        absent=("en_ramaphosa_kazan",),
    ),
    Labelled(
        "Iran -nuclear",
        (
            "en_g7_sanctioning_iran",
            "en_araghchi_agency",
            "en_iran_executions",
            "en_russia_brics_chair",
            "en_eaeu_supreme_council",
            "en_oil_prices_rise",
        ),
        "negation",
        absent=("en_iaea_grossi_tehran", "en_iran_negotiations"),
    ),
    Labelled(
        "BRICS since:2024-10-01",
        (
            "en_xinhua_analysis_brics",
            "en_kazan_declaration",
            "en_brics_partner_status",
            "en_lula_video_link",
            "en_ramaphosa_kazan",
        ),
        "since: filter",
        absent=(
            "en_russia_brics_chair",
            "en_ndb_sao_paulo",
            "en_fidan_nizhny",
            "en_sa_russia_co_operation",
        ),
    ),
    Labelled(
        "ceasefire until:2024-06-30",
        ("en_unsc_gaza_2728", "en_turkiye_halts_trade", "en_icj_orders"),
        "until: filter",
        absent=("en_lebanon_cease_fire",),
    ),
    Labelled(
        "tag:SCO",
        ("en_sco_astana_summit", "en_jaishankar_sco_cfm", "ru_sco_summit"),
        "topic by phrase alias and hashtags",
    ),
    Labelled(
        "tag:SCO Astana summit",
        ("en_sco_astana_summit",),
        "tag and words",
        first="en_sco_astana_summit",
    ),
    Labelled(
        "tag:BRICS Kazan", ("en_kazan_declaration",), "a plain hashtag as tag (unconfigured topic)"
    ),
    Labelled(
        "Lavrov OR Лавров",
        (
            "en_lavrov_wang_vientiane",
            "en_wang_yi_meets_lavrov",
            "en_fidan_nizhny",
            "en_sa_russia_co_operation",
            "en_russia_asean_name",
            "en_lavrov_possessive",
            "ru_lavrov_wang",
            "ru_unga_speech",
            "ru_g20_lavrov",
        ),
        "OR across scripts",
    ),
    # ------------------------------------------------------------ Russian
    Labelled("Ван И", ("ru_lavrov_wang",), "short Chinese name", first="ru_lavrov_wang"),
    Labelled(
        "Си Цзиньпин",
        ("ru_putin_xi_astana", "ru_tokayev_order_xi"),
        "finds dative Цзиньпину",
        first="ru_putin_xi_astana",
    ),
    Labelled(
        "Токаев",
        ("ru_tokayev_order_xi", "ru_tokayev_un_charter", "ru_putin_tokayev_visit"),
        "finds Токаевым",
        first="ru_tokayev_un_charter",
    ),
    Labelled(
        "Токаевым",
        ("ru_tokayev_order_xi", "ru_tokayev_un_charter", "ru_putin_tokayev_visit"),
        "instrumental finds nominative",
        first="ru_putin_tokayev_visit",
    ),
    Labelled(
        "Эрдоган", ("ru_erdogan_talks",), "finds Эрдоганом, Р.Т.Эрдоганом", first="ru_erdogan_talks"
    ),
    Labelled(
        "Турция",
        ("ru_erdogan_talks", "ru_us_sanctions", "ru_turkey_russia_tourism"),
        "finds Турции, Турцию; not индейка",
        first="ru_erdogan_talks",
        absent=("ru_indeyka",),
    ),
    Labelled(
        "Зеленский", ("ru_zakharova_peace_summit", "ru_zelensky_victory_plan"), "finds Зеленского"
    ),
    Labelled("Киев", ("ru_zelensky_victory_plan", "ru_peskov_kyiv"), "finds Киевом"),
    Labelled("Австрии", ("ru_austria_diplomats",), "not Австралию", absent=("ru_australia_li",)),
    Labelled(
        "Грузия",
        ("ru_georgia_elections",),
        "the country, not грузы (cargo)",
        first="ru_georgia_elections",
        absent=("ru_humanitarian_cargo", "ru_zakharova_briefing"),
    ),
    Labelled(
        "грузы",
        ("ru_humanitarian_cargo", "ru_zakharova_briefing"),
        "cargo, not Грузия",
        first="ru_humanitarian_cargo",
        absent=("ru_georgia_elections",),
    ),
    Labelled(
        "Песков",
        ("ru_peskov_kyiv",),
        "the spokesman, not пески (sands)",
        absent=("ru_desert_sands",),
    ),
    Labelled(
        "Путин",
        (
            "ru_putin_xi_astana",
            "ru_putin_tokayev_visit",
            "ru_erdogan_talks",
            "ru_kazan_oneliner",
            "ru_mirziyoyev_yo",
            "ru_pezeshkian_meeting",
            "ru_chad_president",
            "ru_india_modi",
        ),
        "the president, not путина (fishing season)",
        absent=("ru_salmon_putina",),
    ),
    Labelled(
        "Того",
        ("ru_togo_ambassador",),
        "the country Togo, not 'кроме того'",
        first="ru_togo_ambassador",
        absent=("ru_sco_summit",),
    ),
    Labelled("Нигер", ("ru_niger_military",), "not Нигерия", absent=("ru_nigeria_oil",)),
    Labelled("Нигерия", ("ru_nigeria_oil",), "not Нигер", absent=("ru_niger_military",)),
    Labelled(
        "ребёнок",
        ("ru_unicef_children", "ru_kids_child"),
        "suppletive plural детей",
        first="ru_kids_child",
    ),
    Labelled("дети", ("ru_unicef_children", "ru_kids_child"), "finds детей"),
    Labelled(
        "ООН", ("ru_tokayev_un_charter", "ru_unga_speech"), "finds 'Организации Объединенных Наций'"
    ),
    Labelled(
        "Генассамблея ООН",
        ("ru_unga_speech", "ru_tokayev_un_charter"),
        "compound abbreviation finds Генеральной Ассамблеи",
    ),
    Labelled("МАГАТЭ", ("ru_iaea_grossi", "ru_iaea_name"), "finds the agency's name"),
    Labelled("ЕАЭС", ("ru_eaeu_council",), "acronym"),
    Labelled("Евразийский экономический союз", ("ru_eaeu_council",), "name in another case"),
    Labelled("СНГ", ("ru_cis_summit",), "acronym", first="ru_cis_summit"),
    Labelled("tag:CIS", ("ru_cis_summit",), "hashtag alias #СНГ"),
    Labelled(
        "ОДКБ",
        ("ru_pashinyan_csto", "ru_csto_name"),
        "finds 'Организации Договора о коллективной безопасности'",
    ),
    Labelled(
        "Армения", ("ru_pashinyan_csto",), "finds Армении, not армия", absent=("ru_army_drones",)
    ),
    Labelled("ОПЕК+", ("ru_opec_plus",), "plus sign in Cyrillic"),
    Labelled(
        "саммит БРИКС",
        (
            "ru_kazan_declaration",
            "ru_kazan_oneliner",
            "ru_ramaphosa_kazan",
            "ru_pezeshkian_meeting",
            "ru_zakharova_briefing",
        ),
        "case forms; the declaration first",
        first="ru_kazan_declaration",
    ),
    Labelled(
        "Казань",
        (
            "ru_kazan_oneliner",
            "ru_ramaphosa_kazan",
            "ru_pezeshkian_meeting",
            "ru_lula_injury",
            "ru_zakharova_briefing",
        ),
        "finds Казани, not Казахстан",
        absent=("ru_kazakhstan_grain", "ru_tokayev_un_charter"),
    ),
    Labelled(
        "Казахстан",
        (
            "ru_tokayev_order_xi",
            "ru_tokayev_un_charter",
            "ru_victory_parade",
            "ru_kazakhstan_grain",
        ),
        "finds Казахстана, not Казань",
        absent=("ru_kazan_oneliner", "ru_lula_injury"),
    ),
    Labelled(
        "санкции",
        ("ru_sanctions_14th", "ru_us_sanctions"),
        "finds санкций",
        first="ru_sanctions_14th",
    ),
    Labelled("санкц*", ("ru_sanctions_14th", "ru_us_sanctions"), "prefix"),
    Labelled(
        "14-й пакет санкций",
        ("ru_sanctions_14th",),
        "ordinal finds 14-го пакета",
        first="ru_sanctions_14th",
    ),
    Labelled(
        "Мирзиёев",
        ("ru_mirziyoyev_yo", "ru_mirziyoyev_e"),
        "ё typed finds е",
        first="ru_mirziyoyev_yo",
    ),
    Labelled(
        "Мирзиеев",
        ("ru_mirziyoyev_yo", "ru_mirziyoyev_e"),
        "е typed finds ё",
        first="ru_mirziyoyev_e",
    ),
    Labelled(
        "подписали соглашение",
        ("ru_agreement_signed", "ru_sign_future", "ru_mirziyoyev_yo"),
        "finds подписано, подпишут, подписан",
    ),
    Labelled("9 мая", ("ru_victory_parade",), "date", first="ru_victory_parade"),
    Labelled(
        "Пезешкиан", ("ru_pezeshkian_meeting",), "finds Пезешкианом", first="ru_pezeshkian_meeting"
    ),
    Labelled("Иран", ("ru_pezeshkian_meeting",), "finds Ирана, not Ирак", absent=("ru_iraq_oil",)),
    Labelled("Рамафоса", ("ru_ramaphosa_kazan",), "name"),
    Labelled("Группа двадцати", ("ru_brazil_g20", "ru_g20_lavrov"), "finds «Группы двадцати»"),
    Labelled("КНДР", ("ru_dprk_treaty",), "acronym", first="ru_dprk_treaty"),
    Labelled("перемирие", ("ru_ceasefire_lebanon",), "word form"),
    Labelled(
        "провёл переговоры",
        (
            "ru_lavrov_wang",
            "ru_erdogan_talks",
            "ru_mirziyoyev_yo",
            "ru_putin_tokayev_visit",
            "ru_putin_xi_astana",
        ),
        "finds провели, проведёт",
    ),
    Labelled("генконсульство", ("ru_china_consul",), "finds 'Генеральное консульство'"),
    Labelled("Индия", ("ru_india_modi",), "finds Индии, not индейки", absent=("ru_indeyka",)),
    Labelled(
        "Захарова", ("ru_zakharova_peace_summit", "ru_zakharova_briefing"), "finds М.В.Захаровой"
    ),
    Labelled("Чад", ("ru_chad_president",), "capitalised place", first="ru_chad_president"),
    Labelled("парад Победы", ("ru_victory_parade",), "as typed", first="ru_victory_parade"),
)

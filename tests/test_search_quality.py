"""The labelled search set (tests/search_corpus.py) through the real search: every expected
post found, none of the excluded ones, and the expected post first with ``--rank`` for at
least 90% of the queries. The figures are printed (``pytest -s``) so a change shows its effect."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import search_corpus_eighteenth
import search_corpus_eighth
import search_corpus_eleventh
import search_corpus_fifteenth
import search_corpus_fifth
import search_corpus_fourteenth
import search_corpus_fourth
import search_corpus_kinds
import search_corpus_lookalikes
import search_corpus_nineteenth
import search_corpus_ninth
import search_corpus_people
import search_corpus_seventeenth
import search_corpus_seventh
import search_corpus_sixteenth
import search_corpus_sixth
import search_corpus_tenth
import search_corpus_third
import search_corpus_thirteenth
import search_corpus_thirtieth
import search_corpus_thirtyfirst
import search_corpus_twelfth
import search_corpus_twentieth
import search_corpus_twentyeighth
import search_corpus_twentyfifth
import search_corpus_twentyfirst
import search_corpus_twentyfourth
import search_corpus_twentyninth
import search_corpus_twentysecond
import search_corpus_twentyseventh
import search_corpus_twentysixth
import search_corpus_twentythird
from conftest import TOPICS, ingest
from search_corpus import LEXEME_POSTS, LEXEME_QUERIES, Labelled
from search_corpus import POSTS as PARITY_POSTS
from search_corpus import QUERIES as PARITY_QUERIES

from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

RANKED_FIRST_AT_LEAST = 0.9
# The labelled set of both engines and the lexemes' (SQLite only so far: see search_corpus).
POSTS = {**PARITY_POSTS, **LEXEME_POSTS}
QUERIES = PARITY_QUERIES + LEXEME_QUERIES


def _source(name: str) -> SourceRef:
    return SourceRef(kind="telegram", key=str(1_700_000_000 + sum(map(ord, name))), title=name)


@pytest.fixture
async def corpus(tmp_path: Path) -> AsyncIterator[tuple[Store, dict[int, str]]]:
    store = await Store.open(tmp_path / "archive.db")
    try:
        posts = [
            Post(
                source=_source(channel),
                external_id=str(n),
                published_at=datetime(2024, month, day, 9, n % 60, tzinfo=UTC),
                text=text,
            )
            for n, (key, ((month, day), channel, text)) in enumerate(POSTS.items(), 1)
        ]
        report = await ingest(store, *posts)
        assert report.added == len(POSTS)
        db = await store._read_all("SELECT id, external_id FROM posts")
        keys = list(POSTS)
        yield store, {pid: keys[int(ext) - 1] for pid, ext in db}
    finally:
        await store.close()


def _cli(text: str) -> tuple[str, dict[str, Any]]:
    """A query written as on the command line ("Токаев --source kazinform_ru") as the words
    and the options of ``parse_query``."""
    options: dict[str, Any] = {}
    for name, value in re.findall(r"--(since|until|source|tag) (\S+)", text):
        key = {"source": "sources", "tag": "tags"}.get(name, name)
        options[key] = [value] if key in ("sources", "tags") else value
    return re.sub(r"\s*--(since|until|source|tag) \S+", "", text).strip(), options


async def _run(store: Store, keys: dict[int, str], q: Labelled) -> tuple[set[str], list[str]]:
    words, options = _cli(q.query)
    query = parse_query(words, topics=TOPICS, **options)
    newest = await store.search(query, limit=100)
    ranked = await store.search(query, limit=100, by_rank=True)
    return {keys[h.row.id] for h in newest}, [keys[h.row.id] for h in ranked]


async def test_labelled_queries_find_every_expected_post_and_rank_it_first(
    corpus: tuple[Store, dict[int, str]],
) -> None:
    store, keys = corpus
    missed: list[str] = []
    ranked_first = 0
    for q in QUERIES:
        found, ranked = await _run(store, keys, q)
        lost = [k for k in q.expected if k not in found]
        wrong = [k for k in q.absent if k in found]
        first_ok = bool(ranked) and q.ranked_well(ranked[0])
        ranked_first += first_ok
        assert set(ranked) == found, q.query  # both orders return the same posts
        if lost or wrong:
            missed.append(f"{q.query!r}: missing {lost} unwanted {wrong}")
        print(
            f"{'ok ' if not lost and not wrong else 'MISS'} {'1st' if first_ok else '   '}"
            f" {q.query!r:40} top={ranked[0] if ranked else None}"
        )
    share = ranked_first / len(QUERIES)
    print(
        f"queries={len(QUERIES)} all_found={len(QUERIES) - len(missed)}"
        f" ranked_first={ranked_first} ({share:.0%})"
    )
    assert len(QUERIES) >= 40
    assert missed == []
    assert share >= RANKED_FIRST_AT_LEAST


# The third and fourth sets (tests/search_corpus_third.py, _fourth.py) were written apart from
# the method, after it, to see whether it carries over. The third's first run found 141 of 157
# queries whole (places sharing a stem: Армения/армия, Австрия/Австралия, Нигер/Нигерия;
# Lavrov's; 13-й; SCO not finding the name spelled out); the fourth's 178 of 210 (ООН not
# finding "Организации Объединённых Наций" nor the reverse, nor ЕС "Евросоюза", IAEA,
# "заморозить" the participle "замороженных", cease-fire "ceasefire"). What is still missed is
# named here, so a change that loses another query fails.
# Session 34: армия no longer finds Армения (archive/clashes.py): 157 of 157.
THIRD_STILL_MISSED: dict[str, str] = {}
# Session 38: лавровый not Лавров (a common word not found where a name shares it): 204.
# Session 41: обман not «обмен» (a noun's look-alike reached by stemming twice): 205.
FOURTH_STILL_MISSED = {
    "встреча": "not встретились (a noun's verb is another lexeme)",
    "встреча Лаврова и Фидана": "the same: 'Лавров и Фидан встретились'",
    "открыть консульство": "открыть's forms, not открыться's (откроется)",
    "Объединённых Наций": "a name's part does not stand for the abbreviation",
    "пост": "finds Постоянный, поставки (one stem, stemmed to a fixed point)",
}


# The fifth (session 30, two thirds English, news feeds' wording): first run 158 of 203
# whole; after names spelled two ways, compounds and more abbreviations, 174.
# Then words typed in capitals found where written with them (archive/capitals.py): 184.
# Session 33: a day however news writes it (Oct. 5, 5 October, 24 October) and two words
# typed apart also finding them closed up (air strikes): 189.
_CASE = "a capitalised English name is not told from the word (no dictionary of them)"
FIFTH_STILL_MISSED = {
    "Trump": f"finds 'trump card' ({_CASE})",
    "executions": "finds 'executive' (one Porter stem)",
    "rose": "not 'rise' (rose is a word of its own, which does not spread)",
    "Guinea": "wants every Guinea found, which the seventh to ninth and the twenty-ninth want"
    " left out (archive/inner_names.py, in both languages since session 53)",
}
# Session 34: грузы no longer finds Грузия (archive/clashes.py): 190. Session 36: an
# adjective's comparatives (strong ties: stronger; high tariffs: higher): 193. Session 37: a
# sum's number held with its currency ($1.5 billion not "1.5 million ... $12 billion"): 194.
# The fifth's "Guinea" wants every Guinea found, which the seventh to ninth sets want left
# out (archive/inner_names.py leaves them out in Russian only; since session 53 in English
# too, as the twenty-ninth does: 199). Its "Sudan" wants a one-liner
# on South Sudan that names Port Sudan too: since session 37 English "Sudan" leaves South
# Sudan out but finds Port Sudan, a city of the state named after it, in any post.


# The sixth (session 31, 55% Russian): first run 201 of 228 whole (88.2%), 217 first. After
# Пескова found as written (capitals), more abbreviations (АЭС, МУС, СВПД, UNGA, JCPOA,
# КНДР/Северная Корея) and an English verb's regular forms reaching its irregular ones
# ("held talks" finds "holding talks"): 210. After a verb's aspect partner (заявляет finds
# заявил) and a state's two names (Беларусь, Белоруссия; session 32): 217; after quoted
# phrases found in any form of their words and "Совбез" standing for "СБ": 221. Session 33:
# a day however news writes it (Oct 23) and a participle typed reaching its verb
# (заморожены): 223. Session 34: "holding talks" finds "held" (a regular form reaches the
# irregular ones), армия not Армения, грузы not Грузия (archive/clashes.py): 226. Session
# 38: С.В.Лавров looked up as the surname, the initials counting as typed: 227.
SIXTH_STILL_MISSED = {
    "UNSC": "finds Russia's own Security Council (the name is the same)",
}


# The seventh (session 32, written blind, 55% Russian): first run 217 of 242 whole (89.7%),
# 228 first. After quoted phrases in any form, more abbreviations (СМП, ЗАЭС, загранпаспорт,
# WFP, IOM, ВОЗ in capitals) and "runoff"/"run-off": 229. Session 33: a day however news
# writes it (16 October, Jan 1), a verb's past active participles (погиб: погибших) and an
# aspect partner whose stem alternates (откладывать: отложили): 233. Session 34: "Ivory
# Coast" finds Côte d'Ivoire (a state's two names): 234. Session 38: газ not «Газа» (a common
# word not found where a name shares its forms), Моди not «моды» (a name the dictionary does
# not know found where written with a capital): 237 whole, 240 first.
SEVENTH_STILL_MISSED = {
    "UNSC": "finds the CSTO's Collective Security Council (the name is the same)",
    "win": "finds the Korean won (an irregular form of win, and a currency)",
    "Trump": f"finds 'trumped' ({_CASE})",
    "Miller": f"finds 'millers' ({_CASE})",
}


# The eighth (session 33, written blind, 55% Russian): first run 217 of 248 whole (87.5%),
# 234 first. After abbreviations that decline found by their lemma (Евросоюза, совбеза,
# генконсульства, загранпаспорта) and U.N. as UN, a day however news writes it (8 December,
# January 26), compounds written as one (rerun, walkout, cop 29), participles (погибли:
# погибших), aspect partners whose stem alternates (отложить, покинуть, вывозить), a
# surname's bearer only and a foreign one declined as a noun (Алиев, Си Цзиньпина), an Arabic
# name's article and a name's -ei/-ey (al-Assad, Alexei), and sums (300 billion: $300bn):
# 237 whole (95.6%), 246 first. Session 34: ЦИК spelled out, южная корея finding «Республика
# Корея» (a state's two names), друг not другие (archive/clashes.py), Судан not «Южный
# Судан» (archive/inner_names.py): 241 whole, 247 first. Session 37: "Sudan's" not South
# Sudan (inner_names.py in English for it too): 242 whole. Session 38: газом not «сектор
# Газа»: 243. Session 41: виза not «визит» (a noun's look-alike): 244.
EIGHTH_STILL_MISSED = {
    "взять под контроль": "not «берут» (an aspect partner of another root: брать)",
    "Hama": "finds Hamas (one Porter stem)",
    "Hamas": "finds Hama (the same)",
    "leave": "finds 'left-wing' (left is leave's past)",
}
# The ninth (session 34, written blind, 55% Russian, 2025 topics): first run 261 of 285 whole
# (91.6%), 277 first under --rank (97.2%). Grouped by kind in tests/search_corpus_ninth.py.
# Session 34: NOT typed as -, abbreviations (ОТГ, OTS, DRC, EFTA), a state's two names
# (Тимор-Лесте), Araghchi/Araqchi, striking/struck, a common word not finding a place or a
# pronoun of its word form (Дана/Дании, Милея/Милане, друга/других), a place not finding
# the longer name it is part of (Гвинея, Судана), an unknown surname not read as a place
# (Небензе): 277 whole (97.2%), 283 first (99.3%). Left: the same word form and another
# common noun (визам/визита), one lemma of two meanings (мира: the world; сталь/стали,
# became), English names of one Porter stem (Hama/Hamas) or inside another (Paz/La Paz in
# the same post, Guinea: the fifth set wants it), and UN budget cuts ranked second.
NINTH_STILL_MISSED = {
    "Пас": "finds «Ла-Пасе» (La Paz, the city), not only Rodrigo Paz",
    "Paz": "finds La Paz, the city",
    "Hama --since 2024-03-01": "finds Hamas",
    "Hamas -hostages": "finds Hama, the city",
    "визам": "finds «визита» (a visit)",
    "мира": "finds the world: мировые, Второй мировой, мировой рынок, «Мир стоит», «миром»",
    "сталь": "finds стали/стал/стала (became), not only steel",
}


# The tenth (session 35, written blind, half Russian, half English: 449 posts, 441 queries):
# first run 362 of 441 whole (82.1%), 418 first under --rank (94.8%). Session 35: a number in
# figures or in words (archive/number_words.py), an abbreviation's adjective, dotted initials,
# declined capitals and twin in the other script, names spelled two ways
# (archive/name_spellings.py), Кыргызская Республика, е typed for ё: 415 whole (94.1%), 429
# first (97.3%).
# What it misses, by kind (tests/search_corpus_tenth.py groups the queries so):
TENTH_STILL_MISSED = {
    # An English demonym
    # English names that are words (capitals do not tell an English name from the word)
    "Rice": "finds rice exports",
    "Nice": "finds 'a nice meeting'",
    "Georgia elections": "finds Atlanta, Georgia (the U.S. state; the same name)",
    "Georgia's": "the same",
    # An abbreviation in the other script, typed alone
    "БРИКС": "not BRICS in a Russian post (the other script only with a word in it: alone,"
    " an English post would rank first)",
    # One word form of two words (Russian), one Porter stem or irregular form (English)
    "мир": "finds the world (мира, мировые), and the «Мир» card: one lemma of two meanings",
    "сталь": "finds стали/стал (became)",
    "Вести": "finds «вести переговоры» (the programme's name is not in the dictionary)",
    "arms": "finds 'arm' (one Porter stem)",
    "led": "finds lead, the metal (led is lead's past)",
    "судно": "not суда (its plural, and a court's genitive: the shared form is left out)",
    "ёлка": "not ёлочку (a diminutive is another lexeme)",
    "елка": "the same",
    "peacekeeping": "not peace-keeping (split only after a prefix or before a particle)",
}
# Session 37: a long word two slips away corrected (Киргизстан: Кыргызстана): 426 whole, 434
# first.
# Ranked second, not first (four; "ученые" and "договоренностей", typed with е, are first
# since session 35): "День России" (a post with «днём» matches день's case forms twice, as
# fleeting-vowel forms and as nominatives', and outranks «День России» as typed), "мирный
# договор" (договорились shares договор's word form), "peace" (peace-keeping first), "BRICS
# Казань" (since session 35 «саммите БРИКС ... Казань» of Guterres's visit, found by the
# twin, is first).

# The eleventh (session 36, written blind, half Russian, half English: 403 posts, 498
# queries): first run 447 of 498 whole (89.8%), 472 first under --rank (94.8%).
# Session 36 (branch search-fix): comparatives, verbal adverbs, a plural-only noun by its
# own forms, МВФ/ЦБ and states' names, English demonyms, a day and a percentage however
# written, 13000/13,000, COP 29, misspelt words corrected when nothing is found: 487 whole
# (97.8%), 489 first (98.2%). Session 37 (branch search-fix): a Russian state and its
# adjective, a sum however written (95 billion dollars: $95 billion), English numbers in
# words to 999 (two hundred), a long word two slips away corrected (землятресение): 491 whole
# (98.6%), 491 first (98.6%). Session 38: газ not «Газа», Моди not «моды»: 493 whole.
# What it misses, by kind (tests/search_corpus_eleventh.py groups the queries so):
ELEVENTH_STILL_MISSED = {
    # A participle, gerund or noun typed and the verb's other forms
    "встреча министров": "not «встретились» (a noun's verb is another lexeme)",
    # Numbers, percentages and dates written another way
    # One word form of two words; English names that are words or one Porter stem
    "мир": "finds the world (чемпионат мира) and the «Мир» card",
    "Hama": "finds Hamas (one Porter stem)",
    "Hamas": "finds Hama",
    "Trump": "finds 'trump card' (an English name is not told from the word)",
}
# Ranked below another post, every query found whole (3): «высокий» («Высший совет» first),
# «договоренность» («Договора» first), «переизбран» (the noun «переизбрания» first).


# The twelfth (session 37, written blind, 62% Russian: 400 posts, 763 queries, 28 of them
# expecting nothing, which cannot count as ranked first): first run 710 of 763 whole (93.1%),
# 698 first under --rank (91.5%; 95.0% of the 735 that expect a post). Two of its labels were
# wrong by its own notes and were corrected after that run (a noun's post listed for
# «возобновить», a runoff with no "election" in its words for "win election"): 712 whole.
# After search-fix's rules of the same session (written without reading this set): 720
# whole, 702 first (a state's adjective, lowercase English typos). Session 37 (branch
# search-fix2): UN agencies, treaties and ministries' short names (ВОЗ in any case, ВПП,
# Минобороны, СНВ-3/ДСНВ), a state's name and abbreviation both ways (Китай/КНР, China/PRC),
# English Sudan not South Sudan, UNGA finding #UNGA80, alliances, banks, courts and
# services (АГС, RSF, ЕСПЧ, ФБР), Талибан and «Исламский Эмират Афганистан»: 737 whole,
# 707 first. Session 38 (branch search-fix3): a common word not finding a name that shares
# its forms or word form (газ, песок, медведь, лавровый), an unknown name typed with a
# capital not a common word (Орбан, Моди), a day without its year (05.03), 30% in words,
# a number and a half (2,5 млрд), round thousands (1000 на 1000): 749 whole, 709 first.
# Session 39 (search-fix4): малийский finds Мали (a state's adjective, the state's word form
# a common word's: its forms as written): 750 whole, 710 first. Session 40: Мария Захарова
# (a given name no word a post must hold): 751 whole. Session 41: обмен not «обмана» (a
# noun's look-alike reached by stemming twice): 752 whole, 711 first.
# What it misses, by kind (tests/search_corpus_twelfth.py groups the queries so):
TWELFTH_STILL_MISSED = {
    # A Russian noun's other lexeme: a feminine, an adjective, another aspect with a prefix
    "заложники": "not «заложниц» (the feminine noun is another lexeme)",
    "заложников": "the same",
    "выборах в парламент": "not «парламентских выборов» (the noun's adjective)",
    "президентские выборы": "not «выборах президента» (the adjective's noun)",
    "Арктика": "not «Арктического совета» (the region's adjective)",
    "дешевеет": "not «подешевела» (another aspect, with a prefix)",
    # Names of people: a surname's other gender, the initials, a common word of its stem
    # Захарова is also Захаров's genitive: left out for a man's surname typed, every set
    # loses queries (Лавров: «визит Лаврова»; 2 to 18 a set, session 37). Session 38: only
    # the sentence tells her («Захарова назвала», «Мария Захарова») from his genitive.
    "Захаров": "finds Захарова (a surname's feminine, and his own genitive)",
    # Looked up as «М.В.Захаровой», the initials' official posts (С.В.Лавров thrice in one)
    # outrank the name typed in full (the third's «Сергей Лавров»: ranked first lost; tried
    # again in session 38, the same).
    "Орбита": "finds Орбан (one stem; the name is not in the dictionary, the noun typed"
    " cannot tell that a name shares its word form)",
    # Abbreviations and names of organisations
    "State Department": "not 'Department Press Briefing'",
    # One word form of two words
    # Typos (one slip)
    "Кыргызтан": "a typo of a state's other name is not corrected (Кыргызстан)",
}
# Ranked below another post, every query found whole (18): e.g. «пакет санкций» (the 17th
# package's «семнадцатый пакет антироссийских санкций» first), «вышлют» («высланы» first),
# «#МИД» and «#Газа» (a tagged post below posts with the word or gas's «газа»), «5 марта»
# («5 марта 2025 года» of the briefing first), «признать» («признание Крыма» first).


# The thirteenth (session 38, written blind, 67% Russian: 401 posts, 822 queries in 18 kinds,
# 21 of them expecting nothing, which cannot count as ranked first): first run 690 of 822
# whole (83.9%), 679 first under --rank (82.6%). Fourteen labels were wrong by the set's own
# rules and were corrected after that run (figures typed expect both alphabets' posts; every
# post naming the thing; «Роснефти» is not oil, #МИДРоссии not МИД): 692 whole (84.2%), 685
# first (83.3%; 85.5% of the 801 that expect a post).
# Then search-fix3's rules (session 38, made without reading it; CHANGELOG): 702 whole,
# 693 first (a day in digits without its year, round thousands, one initial, gas/Gaza).
# Session 39 (search-fix4): abbreviations and short names of the ministry's and the
# government's posts both ways (КПП, ДИП, ГТУ, ВОВ, ГОЗ, ЧС, МКС/ISS, ЕДГ, СФ, БАС, ВЕЭС, КПК,
# ВВП, НДС, СПГ, СНБО, Г20/G20 and their Russian names, Госдеп, госсекретарь, замминистра,
# Мосбиржа, Еврокомиссия, Нацбанк, снэпбэк, «Договор о СНВ»), a Latin one of four letters or
# more typed in small letters (iaea): 739 whole, 725 first. Then a state's Russian adjective
# finding the state whose word form is a common word's (иранский: «Ирана»), by its forms as
# written: 745 whole, 726 first (and the twelfth's малийский: 750 whole, 710 first).
# Session 40: a quantity written other ways (411 тыс. баррелей, 411000, 80 000 тонн, 600 000)
# and a Latin name only Russian posts hold (Dabaa, Hmeimim, Tartus, Ansar Allah; Спутник:
# Sputnik): 754 whole, 735 first.
# What it misses, by kind (tests/search_corpus_thirteenth.py groups the queries so):
_NOUN_VERB = "a noun's verb (or a verb's noun) is another lexeme"
_LATIN_ONLY = "a Latin name typed that only a Russian post holds (in Cyrillic)"
THIRTEENTH_STILL_MISSED = {
    # 1. A Russian noun or adjective in another form
    "трудовые мигранты": "not «трудовой миграции» (the person's noun and the process's)",
    "выборы в парламент": "not «парламентских выборах» (the noun's adjective)",
    "военнопленные": "not «пленными» (the compound typed)",
    "сектор Газа": "not «в Газе» without «сектор»",
    "таможня": "not «таможенное управление» (the noun's adjective)",
    "иностранцы": "not «иностранные граждане» (the noun for the adjective)",
    # 2. A Russian verb in another aspect or form
    "разгонять": "not «разогнала» (an aspect partner of another stem)",
    "выезжать": "not «выехать» (an aspect partner of another stem)",
    "дешевеет": "not «подешевела» (another aspect, with a prefix)",
    "возобновить рейсы": "not «авиарейсы» (a compound holding the word)",
    # 4. Initials
    # 5. Transliterations and other spellings
    "Yusuf": "not Youssouf (a name's French spelling)",
    "Виткофф": "not «Уиткофф» (a name's other Russian spelling)",
    # 6. States, capitals and demonyms
    "Pridnestrovie": "not Transnistria (a region's two names)",
    "Chinese": "finds 'fine china' (the state's word, and the ware)",
    # 7. Organisations and abbreviations
    "Минобороны": "not «Министр обороны» (the ministry typed for its minister)",
    "мессенджер Макс": "not MAX (the same)",
    "Евроклир": "not Euroclear (the same)",
    "Paks-2": "not Paks II (a Roman numeral)",
    "central bank": "not 'The Bank of Russia' (the bank's name for its kind)",
    "UN Security Council": "not UN News's 'The Security Council' (no UN in the post)",
    # 9. Numbers, sums and units
    "30 см": "not «30 сантиметров» (a unit abbreviated)",
    "75 лет дипотношений": "not «75-летие установления дипломатических отношений»",
    "200 б.п.": "not «200 базисных пунктов» (a unit abbreviated)",
    "200 bps": "not '200 basis points' (the same)",
    "20%": "not «20,00%» (a percentage with decimals)",
    "$47.6": "not '$47.60' (a trailing zero)",
    # 10. Dates
    # 11. Phrases
    # 12. and 13. Typos
    "Ким Чен Ен": "a misspelt syllable of a Korean name is not corrected",
    "Venezuella": "corrected to Venezuela, not to its demonym Venezuelan",
    "Нобиулина": "two slips in a surname are not corrected",
    "Сийартто": "the same",
    "Sziarto": "two letters left out of Szijjarto are not corrected",
    # 14. Lowercase
    # 15. Cross-language
    "Sputnik Azerbaijan": _LATIN_ONLY,
    # 17. Near namesakes
    "Мерц": "finds «мерцание» (one stem)",
    "рубить": "finds Рубио (one stem)",
    "сандалии": "finds Санду (one stem)",
    "кубы": "finds Куба (ice cubes' plural is the state's genitive)",
    "turkeys": "finds Türkiye (the birds' plural and the state)",
    "Лебедь": "finds Лебедева (a surname of the word's stem)",
    # 18. English word forms
    "POWs": "not 'prisoners of war' (an abbreviation's plural)",
    "quake": "not 'earthquake' (the short word news uses)",
    "abstained": "not 'abstentions' (the verb's noun)",
}
# Ranked below another post, every query found whole (18): e.g. «задержать» («задержания» of
# the Sputnik staff first), «Совет Безопасности ООН» (the snapback statement's «СБ ООН»
# first), «Курская область» («в Брянской и Курской областях» first), "25 percent" (the
# Russian «25%» post first), "UNSC" (Russia's own Security Council first).


# The fourteenth (session 39, written blind, 67% Russian: 400 posts, 775 queries in 19 kinds,
# labelled by a seeded script from what each post holds as written; 4 queries expect nothing):
# first run 611 of 775 whole (78.8%), 709 first under --rank (91.5%). Then labels wrong by the
# set's own rules were corrected: a post the archive folds as a repost of another (expected by
# 23 queries), #МИДРоссии not МИД, «иранская/турецкая сторона» and «граждане Ирана» (one query
# dropped: no post holds it) not any post naming the state and a side, «инфляционные» not
# инфляция, a Latin «с» in «Узбекиcтан» moved to its kind; and six left incomplete (снизил
# ключевую ставку, impose, veto, leaders): 632 of 774 whole (81.7%), 714 first (92.2%).
# Its blind verdict on search-fix4's rules (other engines' syntax, abbreviations, a state's
# Russian adjective finding the state, made without reading it): 655 whole (84.6%), 716 first
# (92.5%): 22 of the 28 adjectives and `osce`. Then search-fix5: a word typed on the other
# keyboard layout (Kfdhjd: «Лавров», ыфтсешщты: sanctions; 17) and a word mixing look-alike
# letters of two scripts (Лaвров, OДКБ; 9): 681 whole (88.0%), 742 first (95.9%); initials
# typed after the surname (Лавров С.В.; 8): 689 whole (89.0%), 742 first; an English
# possessive finding the demonym (Iran's: Iranian; 10): 699 / 743; a state's other spelling
# reaching its demonym both ways (Türkiye, Turkish) and the English demonyms of 26 more
# states (Benin: Beninese): 705 whole (91.1%), 743 first (96.0%).
# Session 40 (search-fix6, rules written for the fifteenth set, blind): a day with its year
# also without it, a quantity written other ways (15 queries: 720 / 743), a name typed in
# the other script when nothing is found (7: 727 / 750), a given name no word a post must
# hold, another person of the surname left out by the text (21: 748 / 752), a state's
# adjective the dictionary reads as a place's or whose state has a fleeting vowel (6):
# 754 whole (97.4%), 754 first (97.4%). Then search-fix7 (tuned on the fifteenth): «ГА» a
# name of the Генассамблея (Генассамблея ООН) and a hashtag of an abbreviation as the
# abbreviation (#ШОС; #CSTO, #ЕАЭС, #ОДКБ first): 756 whole (97.7%), 757 first (97.8%).
# Session 43: 758 whole, 759 first. Session 44: a capitalised adjective made from a common
# word at a sentence's start («Газовое соглашение» for газ) passes its capitals' filter: 759.
# What it misses, by kind (tests/search_corpus_fourteenth.py groups the queries so):
_ADJ_STATE = "a state's Russian adjective typed does not find the state's name"
_FIRST_NAME = "a given name no dictionary here knows: posts naming the person by surname only"
FOURTEENTH_STILL_MISSED = {
    # 1. States in any case, and their adjectives, in Russian
    "Китайская Народная Республика": "not «Китайская сторона» (the full name for the adjective)",
    # 3. Surnames in any case, first names, both alphabets
    # 5. Organisations: abbreviations and full names, both languages
    "UN": "not UNGA, UNSC (one token: the UN's bodies by abbreviation)",
    # 6. Hashtags with and without #
    # 7. Dates as users write them
    # 8. Numbers, sums and percentages
    "$2,5 млрд": "not «два с половиной миллиарда» (the sum in words, with the currency sign)",
    "$2.5bn": "not 'two and a half billion dollars' (the same)",
    # 9. Russian nouns and adjectives in another case or number
    "замглавы МИД": "not «Заместитель министра иностранных дел» (the short title)",
    # 10. Russian verbs in another aspect, tense, person or gender
    "голосовать против": "not «проголосовала против» (the perfective with a prefix)",
    "растут": "not «вырос», «выросло» (расти and вырасти: the perfective with a prefix)",
    # 13. Typos: one slip
    "Монголя": "corrected to Монголия, but not its adjective «монгольской»",
    "Бразиля": "corrected to Бразилия, but not its adjective «бразильской»",
    "Сербиия": "corrected to Сербия, but not its adjective «Сербская»",
    # 14. Keyboard-layout slips and a Latin letter inside a Cyrillic word
    # 15. Near namesakes that must not be found
    "Сирийцы": "the demonym noun typed finds neither Сирия nor сирийский",
    # 17. Cross-language: a Latin name for a thing only Russian posts hold
    "Crimean bridge": _LATIN_ONLY,
}

# The fifteenth (session 40, written blind, 69% Russian: 390 posts, 857 queries in 25 kinds,
# labelled by a seeded script from each post's facets as written; 5 queries expect nothing):
# first run 507 of 857 whole (59.2%), 705 first under --rank (82.3%). Then labels wrong by the
# set's own rules were corrected: "gas" listed a pipeline post without the word, «газа» typed
# in small letters listed Gaza's posts as absent (it is gas's genitive and Gaza's name alike:
# neither list now), ЕврАзЭС (another, dissolved organisation) expected the EAEU's posts (the
# query dropped), «Даниил» expected a post with the surname only, «санкции -Евросоюза»
# expected a post naming «ЕС»: 512 of 856 whole (59.8%), 705 first (82.4%).
# Its blind verdict on search-fix6's rules (a given name, a surname's genders, a day with its
# year, quantities, the other script; made without reading it): 608 whole (71.0%), 744 first
# (86.9%); seven queries lost whole, two first (_LOST_FIX6: a namesake's full name now finds
# the surname's other bearer; two days with a year found with another).
# Then search-fix7: a question's words (что, когда, what, did) no words a post must hold (15
# queries: 623 / 766); a question that finds nothing asked again without its verb (20: 643
# / 787); a Ukrainian or Belarusian spelling read as Russian writes it (12: 655 whole
# (76.5%), 800 first (93.5%)); «ГА» a name of the Генассамблея, Eurasian Union the EAEU's (4:
# 659 / 800); a name's possessive (European Union's) with its abbreviation (1: 660 / 800);
# a search's other words read in the other script with a name read so (Гросси Иран; 6: 666 /
# 808); a hashtag of an abbreviation as the abbreviation (#ШОС, #СНГ; 2): 668 whole
# (78.0%), 808 first (94.4%).
# Session 41 (search-fix8): a namesake typed in full (Кирилл Лавров) whom the archive names
# less often than another bearer must be named in a post (8: 676 / 810; the _LOST_FIX6 five
# among them); a day typed with its year not finding it written with another year (34: 710
# / 811; the two days lost by search-fix6 among them); a noun's look-alikes reached by
# stemming twice (визы: «визита»; 2: 712 / 811); a capitalised name whose word form is three
# letters read in the other script, not corrected to «Рублей» (Рубио: 1): 713 / 812; a
# patronymic typed between the given name and the surname, or the surname typed first
# (Лавров Сергей), read as the person (11): 724 whole (84.6%), 823 first (96.1%).
# Session 43: a title before the surname is the person typed where nobody else bears it
# (archive/not_names.py: «Постпред Небензя»): 733 -> 735 whole.
# Session 44: a full name typed in the other script than the posts' reads its given name as
# that script's given name, alone (given_names.in_other_script: "Dmitry Peskov", «Дмитрий
# Песков»), so the surname alone finds its posts: 7 found, the two "Sergei Shoigu" lost as
# «Сергей Шойгу» is: 740 -> 745 whole, 824 -> 827 first.
# What it misses, by kind (tests/search_corpus_fifteenth.py groups the queries so):
_PATRONYMIC = "a first name and patronymic typed: no post writes the patronymic"
_INITIAL_NAMESAKE = "an initial typed finds a namesake of another first name (Кирилл Лавров)"
_GENDER = "finds the surname's other gender (his genitive, her name): two people mixed"
_CYRILLIC_ONLY = "a Cyrillic name typed that only an English post holds (in Latin)"
_UKR_BEL = "no Ukrainian letter (Володимир, Туреччина), or the state for its adjective"
_QUESTION = "a question's other words asked of posts that say them otherwise, or not at all"
_UNSC_BARE = "not «на заседании Совета Безопасности» (the Council named without ООН)"
FIFTEENTH_STILL_MISSED = {
    # 1. A first name typed with the surname, for posts that write initials or the surname alone
    "Сергею Лаврову": _FIRST_NAME,
    "Марии Захаровой": _FIRST_NAME,
    "Сергей Шойгу": _FIRST_NAME,
    "Sergei Shoigu": "«Секретарь Совбеза Шойгу»: a word before the surname, read as another"
    " person's given name where the archive names two bearers (Лариса Шойгу), as in Cyrillic",
    "Sergey Shoigu": "the same",
    "Сергея Шойгу": _FIRST_NAME,
    "Василия Небензи": _FIRST_NAME,
    "Дмитрий Медведев": _FIRST_NAME,
    "Дмитрия Медведева": _FIRST_NAME,
    "Даниил Медведев": _FIRST_NAME,
    "Аббас Аракчи": _FIRST_NAME,
    "Dmitry Medvedev": _FIRST_NAME,
    # 2. A surname's female and male forms
    "Андрей Захаров": _FIRST_NAME,
    "Андрея Захарова": "not «Андрей Захаров», «А.Н.Захарова» (Захарова read as the woman's)",
    "Захаровым": _GENDER,
    # Session 49: a surname typed alone is its best-known bearer's where the archive names
    # another in a quarter of the posts at most (store/namesakes.py), which the twenty-second
    # and twenty-third sets' traps want; this set's label wants the ballerina too.
    "Захаровой": f"{_GENDER}; not «Светлане Захаровой» (a surname alone: its best known)",
    "Ушаковым": _GENDER,
    "Алиевым": _GENDER,
    "Песковым": _GENDER,
    "Песковой": _GENDER,
    "Тихановский": _GENDER,
    "Medvedeva": _GENDER,
    "Zakharov": _GENDER,
    # 3. Cross-language
    "Kim Yo Jong": _LATIN_ONLY,
    "Каи Каллас": _CYRILLIC_ONLY,
    # 4. Ukrainian and Belarusian spellings pasted
    "Володимир Зеленський": _UKR_BEL,
    "Туреччина": _UKR_BEL,
    # 5. Natural phrasing
    # 6. Dates with a year for posts without it, and the reverse; another year must not be found
    "5 марта 2025 года": "not «05.03», «05.03.2025», «5 марта»",
    "1.06": "not «1 июня», «1 июня 2025 года», «01.06», «1 June 2024», «June 1, 2025»",
    # 7. Numbers in thousands and millions written other ways, sums and percentages
    # 8. States in any case and their adjectives (Russian), names and demonyms (English); a near
    "нигерский": "finds Нигерия (a near namesake state)",
    "нигерийский": "finds Нигер (the same)",
    "Куба": "finds «Кубы льда» (ice cubes, capitalised at a sentence's start)",
    "Кубы": "the same",
    "кубинский": "the same",
    "Того": "finds «Того и другого» (the pronoun, capitalised at a sentence's start)",
    "Georgia": "not 'Georgian claims' (the demonym)",
    # 9. Organisations by abbreviation and full name, both ways and both languages
    "СБ ООН": _UNSC_BARE,
    "Совет Безопасности ООН": _UNSC_BARE,
    "Совбез ООН": _UNSC_BARE,
    "Совета безопасности ООН": _UNSC_BARE,
    "UN Security Council": "not 'The Security Council extended the UN mission' (the words apart)",
    "UN": "not UNSC, UNGA (one token: the UN's bodies by abbreviation)",
    # 10. Hashtags with and without #
    "#Лавров": "finds Кирилл Лавров, the actor (the tag for a namesake)",
    "#Захарова": "finds the ambassador Захаров's genitive and Светлана Захарова",
    "#Шойгу": "finds Лариса Шойгу (a namesake)",
    # 11. Near namesakes that must not be found
    "сектор Газа": "not «в Газе», «Газа:» without «сектор»",
    "кубы": "finds Куба (ice cubes' plural is the state's genitive)",
    "Лавровый": "finds Лавров (an adjective typed with a capital taken for the name)",
    # 14. Russian words in another case, number, aspect or tense
    "высылка дипломатов": "not «выслал трёх сотрудников посольства» (no word for diplomats)",
    "вышлют дипломатов": "the same",
    "встретился": "not «встречу», «встрече» (the verb's noun)",
    # 15. Two words, one of them rare
    "Дмитрий Медведев Австралия": _FIRST_NAME,
    # 18. More first names, patronymics and initials with the surname (as kind 1)
    "Марию Захарову": _FIRST_NAME,
    "Марией Захаровой": _FIRST_NAME,
    "Сергеем Лавровым": _FIRST_NAME,
    "Лаврову Сергею": _FIRST_NAME,
    "Дмитрию Пескову": _FIRST_NAME,
    "Песков Дмитрий": _FIRST_NAME,
    "Сергей Кужугетович Шойгу": _PATRONYMIC,
    "С. Шойгу": _INITIAL_NAMESAKE,
    "Шойгу Сергей": _FIRST_NAME,
    "Небензя Василий": _FIRST_NAME,
    "Дмитрий Анатольевич Медведев": _PATRONYMIC,
    "Медведев Дмитрий": _FIRST_NAME,
    "Даниила Медведева": _FIRST_NAME,
    "Ильхам Гейдар оглы Алиев": _PATRONYMIC,
    "Аббаса Аракчи": _FIRST_NAME,
    "Dmitri Medvedev": _FIRST_NAME,
    "Kassym-Jomart Tokayev": _FIRST_NAME,
    "Kaja Kallas's": _FIRST_NAME,
    # 19. More cross-language names and places
    "Nebenzia Libya": _LATIN_ONLY,
    "Shoigu Pyongyang": _LATIN_ONLY,
    "Каллас Грузия": _CYRILLIC_ONLY,
    "Рубио Венесуэла": _CYRILLIC_ONLY,
    # 20. More dates
    "7.11": "not «7 ноября», «7 ноября 2024 года», «07.11», 'November 7', '7 November 2024'",
    "3.10": "not «3 октября 2026 года», «3 октября 2025 года», «3 октября», «October 3, 2025»",
    # 21. More numbers
    "300 тыс. человек": "not «300 тыс. граждан», «300 000 трудовых мигрантов» (the counted noun)",
    "два с половиной миллиарда рублей": "not «2,5 млрд» (written another way)",
    "1.8m barrels": "not «1.8 million» (written another way)",
    # 22. More states in other cases and adjectives
    "Кубе": "finds «Кубы льда» (ice cubes, capitalised at a sentence's start)",
    "кубинской": "the same",
    # 23. More organisations in other cases
    "Совета Безопасности": "finds «Совбеза России» (Russia's own Security Council)",
    "Совбеза ООН": _UNSC_BARE,
    "ООН Совбез": _UNSC_BARE,
    "U.N. Security Council": "not 'The Security Council extended the UN mission' (the words apart)",
    # 24. More natural phrasing
    "что Небензя говорил в Совбезе ООН": _QUESTION,
    "как голосовала Россия в ГА ООН": _QUESTION,
    "is Türkiye ready to host talks": _QUESTION,
    # 25. More typos and slips
    "Нигерея": "a typo of Нигерия finds Нигер",
}

# The sixteenth (session 41, written blind, 66% Russian: 419 posts, 806 queries in 17 kinds,
# labelled by a seeded script from each post's text as written; every query expects a post):
# first run 640 of 806 whole (79.4%), 772 first under --rank (95.8%), and one query («5 Марта»)
# made the search raise (SQLite «near ")": syntax error»): kept out of QUERIES, in the module's
# RAISED_AN_ERROR. Then labels wrong by the set's own rules were corrected: «подписант» (a
# person's noun, kept apart as «переговорщик» is) listed for подписание, «безвизовых» for
# визовый and виза, «Минских соглашений» for Минск and «Мирнинский район» for Мирный (a
# city's adjective), a post of a phone call for «встреча Лаврова и Ван И», posts without the
# word typed for «министр Ван И», «город Мирный» and "negotiating investment protection", and
# Alexander Lukashenko's posts naming him by surname alone listed as absent for Viktor's
# name: 659 of 805 whole (81.9%), 772 first (95.9%). With the search taking «5 Марта» (a
# Russian month's capital adds no filter), it is a query again: 660 of 806 whole, 773 first.
# Blind verdict on search-fix8 (its rules made without reading this set): 663 whole, 778
# first; 9 found that main missed (patronymics typed, Виктор Лукашенко), 6 lost that main
# found (Alexander Lukashenko's name: _NAMESAKE16; the typo «Лавроа»). Then search-fix9
# (session 41, tuned on this set): derivations across parts of speech (archive/derivations.py)
# 685, units (archive/units.py, «руб.», ₽) 703, a city's short names 715, a state's other
# names and adjective 734, a percentage not another's decimals 741, «Лавроа» 742: **742 of
# 806 whole (92.1%), 784 first (97.3%)**; the thirteenth 754 -> 758, the fifteenth 724 -> 733
# whole (823 -> 824 first), the fifth 197 -> 198 first; no query of any set lost. Session 42:
# another bearer of a surname is the better known only when named in twice the posts at least
# (archive/namesakes.py; the set names Viktor Lukashenko in four, Alexander in three), and
# Alexander Lukashenko's Russian queries are found again (five: 742 -> 747 whole, 784 first;
# his two English ones lost, the one Alexander against two Viktors there); no other set moves.
# Session 43: a title before the surname ("Foreign Minister Lavrov", «Министр Лавров») and a
# patronymic in Latin letters ("Sergei Viktorovich Lavrov") are no other person where the
# archive names nobody else of the surname (archive/not_names.py): the full names in English
# found again, 747 -> 755 whole, 784 first; a word typed closed up with a capital inside
# («#РоссияКитай», "#RussiaChina", «НьюЙорк») also finds its parts side by side
# (query_joins.with_parts): 758 whole, 787 first; a given name before a surname that is also
# a place in another case («Сергея Рябкова»: a village Рябкова) is a name: 759 whole; Latin
# initials typed apart before a Russian surname ("S.V. Lavrov") are initials, not the
# abbreviation "SV": 760 whole, 788 first; foreign given names the dictionary does not know
# (archive/foreign_names.py: Hakan, «Хакан») read as names: 763 whole (the fourteenth 756 ->
# 758, the fifteenth 735 -> 740); Russia's federal districts by abbreviation (СЗФО): 765
# whole, 788 first; a hyphenated word corrected part by part («Нью-Йрок», «Улан-Баторр»,
# «военно-техничесое»): 768 whole (95.3%), 791 first (98.1%); the thirteenth 758 -> 759
# («Эль-Дабба»); no other set moves. Session 44: a word most of whose forms reach the word
# form only by stemming twice (визит: «визита» -> визит -> виз) does not find the words of
# the shorter stem (виза) nor the adjective made from them (визовый), nor does that
# adjective find the word (archive/lookalikes.py); a capitalised adjective made from the
# word typed begins a sentence («Визовый центр» for виза): 778 whole (96.5%), 791 first;
# the fourteenth 758 -> 759; no other set moves.
# What it misses, by kind (tests/search_corpus_sixteenth.py groups the queries so):
_DERIV16 = "a derivation (noun, adjective, verb) is another lexeme"
_GIVEN16 = "a given name or title typed: posts naming the person by surname or initials"
_NAMESAKE16 = (
    f"not «Lukashenko said» (the namesake rule takes Viktor for the better known; {_GIVEN16})"
)
SIXTEENTH_STILL_MISSED = {
    # 2. Russian derivations across parts of speech
    # 3. Compound and hyphenated words
    # 4. Abbreviations with dots and spaces, and initials
    "А.Г.Лукашенко": "finds «Виктор Лукашенко» (the initials do not tell the namesakes apart)",
    "А. Г. Лукашенко": "the same",
    "В.А.Лукашенко": "finds «Александр Лукашенко» (the same)",
    "U.N.": "not 'the UNGA' (one token: the UN's bodies by abbreviation)",
    "UN": "the same",
    "г. Мирный": "not «В городе Мирный» (г. for город)",
    "State Dept": "not 'State Department' (Dept for Department)",
    # 5. CamelCase and underscore hashtags, with and without #
    "встреча Лаврова и Ван И": "not «встретился ... с Ван И» (a noun's verb), nor «Ван И» with «и»",
    # 6. Places as people type them
    # 8. Exact phrases in quotes
    # 9. Numbers with units, sums and percentages
    "2 billion dollars": "not '$2bn' (a sum abbreviated)",
    # 10. Dates as people write them
    "5.03": "a day as d.mm finds nothing (05.03 does)",
    "1.09": "the same",
    # 11. Look-alikes that must not be found
    "мирный": "finds the town Мирный (a common word's form is the name's)",
    "мирного": "the same",
    "мирному": "the same",
    "город Мирный": "not «г. Мирный» (г. for город)",
    # 12. Two people of one surname must not be mixed
    # The English posts name Viktor in two, Alexander in one: twice (archive/namesakes.py
    # counts the surname in the script typed, not the Russian posts the search finds too).
    "Alexander Lukashenko": _NAMESAKE16,
    "Aleksandr Lukashenko": _NAMESAKE16,
    # 14. Organisations by abbreviation and full name
    # 15. Typos and keyboard-layout slips
    "подписаание": "as подписание: not «подпишет»",
    # 17. Two words, one of them rare
    "алмазы Мирный": "not «Алмазодобывающая компания ... г. Мирный» (a compound holding the word)",
}

# The seventeenth (session 44, written blind by a helper that read neither the code nor the
# docs, 66% Russian: 317 posts, 646 queries; names, places, states and organisations labelled
# across the two languages: «Лавров» expects the English posts naming Lavrov too). First run
# on main at the session's start (2ba4058): 321 of 646 whole (49.7%), 594 first (92.0%); with
# session 44's rules before it was read: 330 / 597. Of its 316 misses, 219 lose only posts in
# the other language: the search looks the other script's names up only beside a word of
# that script, or when the script typed finds nothing (store/corrections.py), so that a post
# in the language typed ranks first (looking the twins up always: 353 whole, and 29 queries
# of the older sets ranked another language's post first). Then «Пётр» for «Петр» (331), a
# day typed as 2025-03-15 and the cubic metre as a unit: 333 whole, 600 first; a prefixed
# verb's noun in -ка (высылка): 336. Session 45: a search whose every word is a name, an
# abbreviation or a state runs again in the other script, its posts after the typed
# script's (store/both_scripts.py): 450 whole, 600 first; a foreign name one slip from its
# romanisation (Гутерреш: Guterres): 455; the English list's names (Putin, Budapest) told
# from its common words by how often they are met: 475; a table of places in both
# languages (archive/place_names.py): 489; then 498.
_OTHER_LANGUAGE17 = "finds the posts in the script typed, not the other language's (see above)"
_FIRST_RUN17 = "missed at the first run of this blind set (session 44); docs/search.md"
SEVENTEENTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "Sergei Lavrov",
            "Sergey Lavrov",
            "Yuri Ushakov",
            "разговор Путина и Макрона",
            "Си Цзиньпин",
            "Witkoff",
            "ООН",
            "Организация Объединённых Наций",
            "СБ ООН",
            "Совбез ООН",
            "Совет Безопасности ООН",
            "генсек ООН",
            "UN Secretary-General",
            "генсек НАТО",
            "саммит НАТО",
            "саммит НАТО в Гааге",
            "МАГАТЭ Запорожская АЭС",
            "BRICS",
            "Tianjin",
            "St. Petersburg",
            "КНР",
            "U.S.",
            "Турция",
            "турецкий",
            "cfyrwbb",
            "Гazprom Neft",
            "Банк России",
            "ЦБ",
            "Центробанк",
            "where will the BRICS summit be in 2026",
            "December 4",
            "2 млрд долларов",
            "$2bn",
            "$2 billion",
            "$300 million",
            "1.5 billion dollars",
            "300 км",
            "300 километров",
            "300 kilometers",
            "Tурция",
        ),
        _OTHER_LANGUAGE17,
    ),
    **dict.fromkeys(
        (
            "Сергей Лавров",
            "Сергея Лаврова",
            "С.В. Лавров",
            "министр Лавров",
            "актёр Лавров",
            "хоккеист Лавров",
            "Марк Захаров",
            "Юрий Ушаков",
            "помощник президента Ушаков",
            "Marco Rubio",
            "UN",
            "United Nations",
            "UN Security Council",
            "Россия заблокировала резолюцию по Судану",
            "БРИКС",
            ",hbrc",
            "#БРИКС",
            "председательство в БРИКС",
            "ШОС Тяньцзинь",
            "Тяньцзинь",
            "саммит СНГ в Душанбе",
            "Курская область",
            "rehcr",
            "каспийский",
            "Петербург",
            "Санкт-Петербург",
            "Питер",
            "СПб",
            "Chinese",
            "японцы",
            "Turkey",
            "Türkiye",
            "сектор Газа",
            "кубометры газа",
            "сталь",
            "мир",
            "город Мирный",
            "Alaska summit",
            "Словакия",
            "санкции",
            "санкций",
            "санкционный",
            "санкцыи",
            "санции",
            "стоплист",
            "отмена санкций",
            "200 базисных пунктов",
            "ипотечные ставки",
            "central bank",
            "$47.6",
            "зерно",
            "пшиница",
            "урожай зерна",
            "виза",
            "визы",
            "безвизовый режим с Китаем",
            "шенген",
            "эвакуацыя",
            "эвакуация из Ирана",
            "эвакуация россиян",
            "expelled diplomat",
            "конфискация имущества церкви",
            "РПЦ",
            "наводнение в Дагестане",
            "expulsion",
            "4 декабря",
            "2 billion dollars",
            "индексация пенсий",
            "500 тысяч человек",
            "#СБООН",
            "СБООН",
            "Сaнкт-Петербург",
        ),
        _FIRST_RUN17,
    ),
}

# The eighteenth (session 45, written blind by a helper that read neither the code nor the
# docs nor the other sets, while this session's search in both scripts was being made:
# 226 posts, 59% Russian, 358 queries, names, places, states and organisations labelled
# across the two languages, with namesakes and homographs as traps). On main at the
# session's start (8edbf97): 49 of 358 whole (13.7%), 342 first (95.5%); with the search in
# both scripts (store/both_scripts.py): 236 whole, 342 first; then 245. Its misses as they
# stand.
_OTHER_LANGUAGE18 = "loses only posts in the other language"
_SAME_LANGUAGE18 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED18 = "finds a post it must not: a namesake, a homograph"
EIGHTEENTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "Zakharova Tomahawk",
            "Kremlin spokesman Peskov",
            "Путин Си Цзиньпин",
            "Си Цзиньпин",
            "Си Цзиньпин Пекин",
            "генсек ООН",
            "генсек ШОС",
            "Witkoff Dmitriev",
            "Abbas Araghchi",
            "Абдель Ати",
            "Abdelatty",
            "Tianjin",
            "Istanbul",
            "United States",
            "SCO Tianjin",
            "карты Мир",
        ),
        _OTHER_LANGUAGE18,
    ),
    **dict.fromkeys(
        (
            "Дмитрий Песков",
            "пресс-секретарь Песков",
            "Владимир Путин",
            "Xi Jinping",
            "Председатель КНР Си Цзиньпин",
            "António Guterres",
            "UN Secretary-General",
            "генсек НАТО",
            "NATO Secretary General",
            "Steve Witkoff",
            "Реджеп Тайип Эрдоган",
            "Фидан Стамбул",
            "Касым-Жомарт Токаев",
            "Тяньцзинь",
            "Стамбул",
            "сектор Газа",
            "США",
            "ШОС Тяньцзинь",
            "платёжная система Мир",
        ),
        _SAME_LANGUAGE18,
    ),
    **dict.fromkeys(
        (
            "Песков",
            "Peskov",
            "Ольга Пескова",
            "Чад",
            "Chad",
            "Chinese",
            "КНР",
            "Турция",
            "турецкий",
            "Turkey",
            "Türkiye",
            "Turkish",
            "Совет безопасности России",
            "Совбез России",
            "Russian Security Council",
        ),
        _UNWANTED18,
    ),
}


# The nineteenth set (tests/search_corpus_nineteenth.py, written blind in session 46 while
# Chinese and Japanese names were being read across the scripts: East Asian people and
# places in both languages, in cases, small letters, variant spellings, with namesakes and
# homographs as traps). On main at the session's start (9ce7512): 95 of 271 whole, 263
# first; with Chinese and Japanese names (a933b24), before it was run: 175 whole, 263
# first; then 189; with Korean names 224; 232 with Korean names in small letters and 18
# East Asian places the places' table lacked (some of them this set's); 238 with Vietnamese
# names. Its misses as they
# stand.
_OTHER_LANGUAGE19 = "loses only posts in the other language"
_SAME_LANGUAGE19 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED19 = "finds a post it must not: a namesake, a homograph"
NINETEENTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "Sanae Takaichi",
            "Takeshi Iwaya",
            "Ли Хуэя",
            "То Ламом",
            "Фам Минь Тинем",
            "Такэси Иваи",
            "Iwaya",
            "Xi Jin Ping",
            "Исиба Сигеру",
            "Deng Xiao Ping",
        ),
        _OTHER_LANGUAGE19,
    ),
    **dict.fromkeys(
        (
            "Санаэ Такаити",
            "Такэси Ивая",
            "Kim Yo Jong Trump",
            "Ким Чен Ин",
            "Ishiba Shigeru",
            "Синдзо Абе",
            "Ли Джэ Мён",
            "Mao Tse-tung",
            "Мао Цзедун",
        ),
        _SAME_LANGUAGE19,
    ),
    **dict.fromkeys(
        (
            "Чжан Мин",
            "То Лам",
            "Zhang Ming",
            "To Lam",
            "Чжан Мина",
            "Абэ",
            "Осака",
            "Osaka",
            "Осаке",
            "то лам",
            "Tô Lâm",
        ),
        _UNWANTED19,
    ),
}


# The twentieth set (tests/search_corpus_twentieth.py, written blind in session 46 after the
# titles and Chinese names had landed: officials by title and name, names spelled apart in
# the two languages, Arab, Persian, Turkic, African and European; namesakes and homographs
# as traps). On main at the session's start (9ce7512): 133 of 297 whole, 274 first; on
# fc7c9a5, when it was first run: 172 whole, 281 first. Its misses as they stand.
_OTHER_LANGUAGE20 = "loses only posts in the other language"
_SAME_LANGUAGE20 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED20 = "finds a post it must not: a namesake, a homograph"
TWENTIETH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "Egyptian Foreign Minister Abdelatty",
            "Saudi Foreign Minister Prince Faisal",
            "Abbas Araghchi",
            "Макрону",
            "с Лулой",
            "Абдельати",
            "Rubio Lavrov",
            "Guterres Nebenzia",
            "Bayramov Mirzoyan",
            "Jaishankar Rubio",
            "Fidan Abdelatty",
            "адмирал Фёдор Ушаков",
            "Рикки Рубио",
            "кая каллас",
        ),
        _OTHER_LANGUAGE20,
    ),
    **dict.fromkeys(
        (
            "глава МИД Пакистана Дар",
            "Аббас Аракчи",
            "Реджеп Тайип Эрдоган",
            "Recep Tayyip Erdogan",
            "Гутерес",
            "Abdel Aty",
            "Стивен Уиткофф",
            "Эммануэль Макрон",
            "Небензя Гутерреш",
            "Рахмон Жапаров",
            "Фидан Эрдоган",
            "актёр Кирилл Лавров",
        ),
        _SAME_LANGUAGE20,
    ),
    **dict.fromkeys(
        (
            "президент Узбекистана Мирзиёев",
            "генсек НАТО Рютте",
            "спецпосланник Уиткофф",
            "президент США Трамп",
            "премьер-министр Эфиопии Абий Ахмед",
            "Pakistani Foreign Minister Ishaq Dar",
            "Uzbek President Mirziyoyev",
            "NATO Secretary General Rutte",
            "special envoy Witkoff",
            "President Trump",
            "Ethiopian Prime Minister Abiy Ahmed",
            "Исхак Дар",
            "Шавкат Мирзиёев",
            "Марк Рютте",
            "Дональд Трамп",
            "Абий Ахмед",
            "Ishaq Dar",
            "Shavkat Mirziyoyev",
            "Mark Rutte",
            "Donald Trump",
            "Abiy Ahmed",
            "с Сергеем Лавровым",
            "Марии Захаровой",
            "Фиданом",
            "Мирзиёеву",
            "Мирзиеев",
            "Mirziyoev",
            "Ishak Dar",
            "Rustam Emomali",
        ),
        _UNWANTED20,
    ),
}


# The twenty-first set (tests/search_corpus_twentyfirst.py, written blind in session 47 after
# that session's name and day rules had landed, by a helper that read no code, docs or other
# set: a new cast of officials by title and name in both languages, Central European and Arab
# names with marks and particles, names in small letters, initials, hashtags, days in either
# language; namesakes, homographs, buildings and companies as traps). On main at the
# session's start (c1e53e9): 125 of 319 whole, 293 first; on 82ac59a, when first run: 168
# whole, 301 first. Its misses as they stand.
_OTHER_LANGUAGE21 = "loses only posts in the other language"
_SAME_LANGUAGE21 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED21 = "finds a post it must not: a namesake, a homograph"
TWENTYFIRST_STILL_MISSED = {
    **dict.fromkeys(
        (
            "министр иностранных дел Венгрии Сийярто",
            "Serbian President Vucic",
            "глава МИД Сербии Джурич",
            "Джуричем",
            "Donald Trump Jr.",
            "Трамп-младший",
            "замминистра иностранных дел Рябков",
            "Riabkov",
            "Andrei Rudenko",
            "Виейрой",
            "Лула да Силва",
            "глава МИД Египта Абдель Ати",
            "Abdelatty Safadi",
            "Mohammed bin Abdulrahman",
            "Sheikh Mohammed bin Abdulrahman Al Thani",
            "Тамим бен Хамад",
            "Saudi Crown Prince Mohammed bin Salman",
            "глава МИД ОАЭ Абдалла бен Заид",
            "UAE Foreign Minister Abdullah bin Zayed",
            "Абдаллой бен Заидом",
            "Abdullah bin Zayed Al Nahyan",
            "UAE President Mohamed bin Zayed",
            "министр иностранных дел Омана аль-Бусаиди",
            "Al Busaidi",
            "Albusaidi Araghchi",
            "Шейбани",
            "Maduro Gil",
            "Yvan Gil",
            "Bruno Rodríguez",
            "Colombian President Petro",
            "ван Кларен",
            "van Klaveren",
            "Chilean Foreign Minister van Klaveren",
            "верховный комиссар ООН по правам человека Тюрк",
            "Тюрк",
            "Wadephul Barrot Lammy",
            "Jean-Noel Barrot",
            "фон дер Ляйен",
            "von der leyen",
            "4 декабря",
        ),
        _OTHER_LANGUAGE21,
    ),
    **dict.fromkeys(
        (
            "Hungarian Foreign Minister Szijjarto",
            "президент Сербии Вучич",
            "Duric",
            "Джей Ди Вэнс",
            "Deputy Foreign Minister Ryabkov",
            "Небензя Гутерриш",
            "Uzbek Foreign Minister Saidov",
            "Baxtiyor Saidov",
            "Lula da Silva",
            "Egyptian Foreign Minister Abdelatty",
            "Badr Abdel Aty",
            "Сафади Флетчер",
            "Мухаммед бен Абдеррахман",
            "Мухаммед бин Абдуррахман",
            "Tamim Trump",
            "Mohammed bin Salman Trump",
            "Badr bin Hamad Al Busaidi",
            "глава МИД Сирии аш-Шейбани",
            "Asaad al-Shaibani",
            "al-Shibani",
            "UN rights chief Turk",
            "Вадефуль Барро Лэмми",
            "Ж.-Н. Барро",
            "глава Форин-офиса Лэмми",
            "Dec 4",
        ),
        _SAME_LANGUAGE21,
    ),
    **dict.fromkeys(
        (
            "вице-президент США Вэнс",
            "Vice President Vance",
            "J.D. Vance",
            "Rubio",
            "Рубио",
            "President Trump",
            "президент США Трамп",
            "Trump",
            "Трамп",
            "Donald Trump",
            "Дональд Трамп",
            "М.В. Захарова",
            "помощник президента Ушаков",
            "Kremlin aide Ushakov",
            "Юрий Ушаков",
            "Ю.В. Ушаков",
            "глава РФПИ Дмитриев",
            "Кирилл Дмитриев",
            "Kirill Dmitriev",
            "А.Ю. Руденко",
            "министр иностранных дел Бразилии Виейра",
            "Brazilian Foreign Minister Vieira",
            "Lula",
            "премьер-министр Катара Аль Тани",
            "Qatari Prime Minister Al Thani",
            "министр иностранных дел Ирака Фуад Хусейн",
            "Iraqi Foreign Minister Fuad Hussein",
            "Fuad Hussein",
            "Дар",
            "Dar",
            "глава МИД Пакистана Исхак Дар",
            "Pakistani Foreign Minister Ishaq Dar",
            "Даром",
            "президент Венесуэлы Мадуро",
            "Venezuelan President Maduro",
            "Maduro",
            "Nicolas Maduro",
            "Николас Мадуро",
            "глава МИД Венесуэлы Хиль",
            "Иван Хиль",
            "Gustavo Petro",
            "Густаво Петро",
            "15 марта",
            "March 15",
            "Mar 15",
            "15 марта 2025",
            "15.03.2025",
            "2025-03-15",
        ),
        _UNWANTED21,
    ),
}


# The twenty-second set (tests/search_corpus_twentysecond.py, written blind in session 48 by
# a helper that read no code, docs or other set, after that session's name rules had
# landed: an analyst's everyday searches, not only people: organisations and their
# abbreviations, events and places in their cases, topics, quoted phrases, a word excluded,
# days, hashtags, small letters, typos, ё, both scripts in one search, questions; namesakes,
# homographs and near-miss days as traps). On main at the session's start (9424a02): 204 of
# 297 whole, 284 first; on 61c9ce8, when first run: 205 whole, 284 first. Its misses as they
# stand.
_OTHER_LANGUAGE22 = "loses only posts in the other language"
_SAME_LANGUAGE22 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED22 = "finds a post it must not: a namesake, a homograph"
TWENTYSECOND_STILL_MISSED = {
    **dict.fromkeys(
        (
            "СБ ООН",
            "СБ ООН -Украина",
            "Witkof",
        ),
        _OTHER_LANGUAGE22,
    ),
    **dict.fromkeys(
        (
            "UN Security Council",
            "UN General Assembly",
            "под Курском",
            "торговля",
            "Уиткофф",
            "Georgia -Atlanta",
            "Nebenzia СБ ООН",
        ),
        _SAME_LANGUAGE22,
    ),
    **dict.fromkeys(
        (
            "Курск",
            "Kursk",
            "Грузия",
            "Georgia",
            "Того",
            "Togo",
            "Чад",
            "Chad",
            "Песков",
            "Дмитрий Песков",
            "Ушаков",
            "Каллас",
            "Kallas",
            "Медведев",
            "Medvedev",
            "«красные линии»",
            "BRICS -Kazan",
            "G20 -Johannesburg",
            "Гросси -Запорожская",
            "Песков -Трамп",
            "Курск -лодка",
            "9 мая 2024",
            "Oct 22, 2025",
            "#Лавров",
            "#UNSC",
            "лавров",
            "песков",
            "Лаврв",
            "Захрова",
            "Zakharva",
            "Пескв",
            "BRICKS",
        ),
        _UNWANTED22,
    ),
}


# The twenty-third set (tests/search_corpus_twentythird.py, written blind in session 49 by
# a helper that read no code, docs or other set but the twenty-second for the format: the
# Arctic, the Northern Sea Route, the Caspian, Transnistria, Armenia and Azerbaijan, the
# Sahel, Korea, Venezuela and Cuba, the Antarctic Treaty, the WHO, COP30, New START, the
# ICJ, the Organization of Turkic States and the Gulf; their people, days, hashtags,
# typos and questions, with namesakes and homographs as traps). On main at the session's
# start (e6365c0): 218 of 321 whole, 311 first; after the session's questions (3ee708c):
# 224. Its misses as they stand.
_OTHER_LANGUAGE23 = "loses only posts in the other language"
_SAME_LANGUAGE23 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED23 = "finds a post it must not: a namesake, a homograph"
TWENTYTHIRD_STILL_MISSED = {
    **dict.fromkeys(
        (
            "СНВ-3",
            "COP30 Belem",
            "Araghchi",
            "Melik-Bagdasarov",
            "cop30 belem",
            "кто такой Тчиани",
            "who is Choe Son Hui",
            "where did Lavrov meet Choe Son Hui",
        ),
        _OTHER_LANGUAGE23,
    ),
    **dict.fromkeys(
        (
            "Севморпуть",
            "Международный суд ООН",
            "COP",
            "Восток Антарктида",
            "ледокол",
            "migration",
            "Цой Сон Хи",
            "Чвэ Сон Хи",
            "Tchiani",
            "Cuba embargo 2025",
            "COP 2024",
            "Гутереш",
            "Каспиский",
            "Antartica",
            "Tchiany",
            "ледакол",
            "Choe Лавров",
            "что решил Международный суд ООН по климату",
        ),
        _SAME_LANGUAGE23,
    ),
    **dict.fromkeys(
        (
            "СМП",
            "Northern Sea Route",
            "ОТГ",
            "ССАГПЗ",
            "GCC",
            "CPC",
            "ДСНВ",
            "Куба",
            "Кубы",
            "Cuba",
            "Армения",
            "Armenia",
            "Арктика",
            "Арктике",
            "Arctic",
            "Aliev",
            "Мадуро",
            "Traoré",
            "Руденко",
            "Озеров",
            "Arctic -Greenland",
            "Куба -блокада",
            "Армения -Азербайджан",
            "ДСНВ -Рябков",
            "Алиев -Путин",
            "COP30 -Belem",
            "10 ноября 2024",
            "Nov 10, 2025",
            "5 февраля 2026",
            "#Арктика",
            "#ДСНВ",
            "дснв",
            "maduro",
            "ссагпз",
            "Nothern Sea Route",
            "Мадуру",
            "Ким Чен Ин",
        ),
        _UNWANTED23,
    ),
}


# The twenty-fourth set (tests/search_corpus_twentyfourth.py, written blind in session 49 by
# a helper that read no code or docs, only the twenty-second set for the format, after the
# session's other changes had landed: Syria after Assad, Libya, Sudan, Afghanistan, Serbia,
# Hungary, Slovakia, Georgia, Central Asia, Mongolia, Myanmar, Indonesia, Brazil, Ethiopia's
# dam, the Bosporus, Baikonur, Rosatom's plants abroad; namesakes and homographs as traps).
# On main at the session's start (e6365c0): 235 of 319 whole, 303 first; on 61d05f2, when
# first run: 241 whole, 304 first. Its misses as they stand.
_OTHER_LANGUAGE24 = "loses only posts in the other language"
_SAME_LANGUAGE24 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED24 = "finds a post it must not: a namesake, a homograph"
TWENTYFOURTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "Исламский Эмират",
            "АЭС",
            "Союз МС-28 Байконур",
            "Трансафганская железная дорога",
            "Байконура",
            "Khalifa Haftar",
            "Abdel Fattah al-Burhan",
            "Mauro Vieira",
            "Tripoli -Lebanon",
            "вучич",
            "фицо",
            "Hafter",
            "Байконр",
        ),
        _OTHER_LANGUAGE24,
    ),
    **dict.fromkeys(
        (
            "ЛНА",
            "Libyan National Army",
            "Paks II",
            "базы",
            "визы",
            "Халифа Хафтар",
            "Prabowo Subianto",
            "Триполи -Ливан",
            "Putin Mongolia 2024",
            "Фицо 2024",
            "Orban 2025",
            "Roscosmos Байконур",
            "когда признали талибов",
            "что известно о базе в Порт-Судане",
        ),
        _SAME_LANGUAGE24,
    ),
    **dict.fromkeys(
        (
            "RSF",
            "СБР",
            "Силы быстрого реагирования",
            "ICC",
            "МУС",
            "GERD",
            "Дамаске",
            "Damascus",
            "Кабуле",
            "Нил",
            "Nile",
            "Босфор",
            "Bosphorus",
            "Пальмира",
            "Кобахидзе",
            "Виейра",
            "Баканов",
            "Вершинин",
            "Abiy Ahmed",
            "Панкин",
            "Rudenko",
            "Афганистан -талибы",
            "Росатом -Египет",
            "Vieira -football",
            "Кобахидзе -фильм",
            "Орбан -Дружба",
            "December 8, 2025",
            "#Kabul",
            "#Нил",
            "kabul",
            "rsf",
            "лихачёв",
            "Лихачов",
            "Bakanow",
            "Damscus",
            "Bosporous",
            "Kobakidze",
            "что случилось на Босфоре",
        ),
        _UNWANTED24,
    ),
}


# Session 36's own cases (tests/search_corpus_kinds.py), one group a kind of miss; written
# by the session that fixed them, so not blind: what it still misses, by kind.
# The twenty-fifth set (tests/search_corpus_twentyfifth.py, written blind in session 50 by a
# helper that read no code or docs, only the twenty-third and twenty-fourth sets' docstrings and
# the twenty-fourth's first lines for the format: the Kurils and Japan, the Korean border,
# Vietnam, Sri Lanka, Nepal, Bangladesh, Pakistan, Iran and Oman, Qatar, Algeria, the CAR,
# Madagascar, Kenya, Namibia, Nicaragua, Bolivia, Argentina, Mexico, Chile, the ECHR, the WTO's
# MC14, the IAEA at Zaporizhzhia, the UN's next Secretary-General, Power of Siberia 2, the
# North-South corridor, Chabahar, the shadow fleet, Pope Leo XIV, Intervision; homographs and
# namesakes as traps). When first run, on 5a2823b (676f7d3's search): 231 of 313 whole, 302
# first. Its misses as they stand.
_OTHER_LANGUAGE25 = "loses only posts in the other language"
_SAME_LANGUAGE25 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED25 = "finds a post it must not: a namesake, a homograph"
TWENTYFIFTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "ВПП ООН",
            "INSTC",
            "ЦАР",
            "ЗАЭС",
            "Запорожская АЭС",
            "Shehbaz Sharif",
            "Rajoelina",
            "Rodrigo Paz",
            "Лев XIV",
            "Папа Франциск",
            "Michelle Bachelet",
            "Pak Thae Song",
            "Львова-Белова",
            "March 26",
            "#ШриЛанка",
            "Туадеро",
            "Интервиденье",
            "Rajoelna",
        ),
        _OTHER_LANGUAGE25,
    ),
    **dict.fromkeys(
        (
            "CNPC",
            "CAR",
            "CAR election",
            "Kuril Islands",
            "река Туманная",
            "траур",
            "Родриго Пас",
            "Rodrigo Duterte",
            "WTO 2026",
            "#Курилы",
            "cnpc",
            "Zaporizhia",
            "Duc Phuc Интервидение",
            "what did the IAEA say about Zaporizhzhia",
            "who won the Nobel Peace Prize 2025",
            "when was Rodrigo Duterte taken to The Hague",
            "where is the WTO ministerial in 2026",
            "how many children has Qatar helped reunite",
        ),
        _SAME_LANGUAGE25,
    ),
    **dict.fromkeys(
        (
            "ВТО",
            "WTO",
            "Всемирная торговая организация",
            "на Мадагаскаре",
            "Madagascar",
            "Коломбо",
            "Алжир",
            "Аракчи",
            "Araqchi",
            "То Лам",
            "To Lam",
            "Muhammad Yunus",
            "Сара Дутерте",
            "Prevost",
            "Мадагаскар -мультфильм",
            "Madagascar -musical",
            "МАГАТЭ -Запорожская",
            "Японии -Курилы",
            "12 февраля 2026",
            "#ВТО",
            "#Мадагаскар",
            "#Algeria",
            "Мадагаскр",
            "Madagaskar",
            "Araghci",
            "Мухамад Юнус",
        ),
        _UNWANTED25,
    ),
}

# The twenty-sixth set (tests/search_corpus_twentysixth.py, written blind in session 51 by a
# helper that read no code or docs, only the twenty-third to twenty-fifth sets' docstrings and
# the twenty-fifth's first lines for the format: Central Asia, the South Caucasus, Moldova and
# Transnistria, Serbia, Hungary, Turkey, Syria and Lebanon, Yemen and the Red Sea, Egypt, the
# Sahel, Venezuela, ASEAN, the Arctic and the Caspian, ministries and parliaments in both
# languages, UNESCO in Samarkand, Zapad-2025, AZAL; homographs such as Georgia the US state,
# Thanksgiving turkeys, Rio Tinto, the herb мелисса, and namesakes as traps). When first run,
# on 0f8b80b: 258 of 321 whole, 295 first. Its misses as they stand.
_OTHER_LANGUAGE26 = "loses only posts in the other language"
_SAME_LANGUAGE26 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED26 = "finds a post it must not: a namesake, a homograph"
TWENTYSIXTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "Нови-Саде",
            "Сердар Бердымухамедов",
            "Гурбангулы Бердымухамедов",
            "Жозеф Аун",
            "Khaled El-Enany",
            '"Запад-2025"',
            "Бердымухамдов",
            "Приднестровя",
            "where will Rosatom build Kazakhstan's nuclear power plant?",
            "where did the Houthis sink Eternity C?",
        ),
        _OTHER_LANGUAGE26,
    ),
    **dict.fromkeys(
        (
            "Zapad-2025 exercises",
            "саммит в Будапеште 2025",
            "Арктике",
            "Berdimuhamedow",
            '"Северный морской путь"',
            "African Union 2025",
            "AZAL 2024",
            "Пашинин",
            "партнерство",
            "приедет ли Пётр Гуменник в Милан",
        ),
        _SAME_LANGUAGE26,
    ),
    **dict.fromkeys(
        (
            "МЧС",
            "Georgia elections",
            "Грузии",
            "Niger",
            "Rio",
            "Milan",
            "Ташкенте",
            "seals",
            "Ilham Aliev",
            "Байрактар",
            "Анвар Ибрагим",
            "Николас Мадуро",
            "Мелисса -МЧС",
            "Грузия -ВОЗ",
            "Армения -Карапетян -ОДКБ",
            "turkey",
            "georgia",
            "мелисса",
            "милан",
            "рио",
            "ташкент",
            "#МЧС",
            "Ильхам Алиеф",
            "Нигерр",
            "who is Georgia's prime minister?",
        ),
        _UNWANTED26,
    ),
}
# The twenty-seventh set (tests/search_corpus_twentyseventh.py, written blind in session 51 by
# a helper that read no code or docs, only the twenty-fifth and twenty-sixth sets' docstrings
# and the twenty-sixth's first lines for the format: China, Japan and Korea, India, Indonesia,
# Israel, Gaza and Iran, the Gulf, Ethiopia and Egypt, Libya, South Africa and the G20, Brazil
# and COP30, Colombia, the EU, Germany, France, Poland, the Baltics, Finland, the Arctic
# Council, the ICC, Roscosmos, the Church; homographs such as «сектор Газа» and «газа», Перу
# and «перу», namesakes such as Daniil Medvedev and Francesca Albanese as traps).
# When first run, on 3577318: 254 of 311 whole, 288 first. Session 52: 269 whole, 290
# first (a correction's forms, a day's comma, -ство/-ский, `rsf`, a question's past, «е» for
# «ё» in a Korean name, typographic quotes; five bodies taught). Its misses as they stand.
_OTHER_LANGUAGE27 = "loses only posts in the other language"
_SAME_LANGUAGE27 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED27 = "finds a post it must not: a namesake, a homograph"
TWENTYSEVENTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "СПЧ ООН",
            "Human Rights Council",
            "Совбез ООН",
            "COP30 Belém",
            "Brigitte Macron",
            "патриарх Кирилл",
            "Anthony Albanese",
            "Xi Jinping -Trump",
            "Бразилия -Болсонару",
            "#WorldFoodDay",
            "бион-м",
            "Kalmagei",
            "Стере",
            "Soyuz МС-28",
            "патриарх Кирилл Estonia",
            "когда стартовал Союз МС-28?",
        ),
        _OTHER_LANGUAGE27,
    ),
    **dict.fromkeys(
        (
            "Bank of Russia",
            "Прибалтика",
            "Эль-Фашир",
            "Си Цзиньпин",
            "двадцать второго ноября",
            "Гонконг Tai Po",
            "why did Hungary leave the ICC?",
        ),
        _SAME_LANGUAGE27,
    ),
    **dict.fromkeys(
        (
            "МУС",
            "ICC",
            "Международный уголовный суд",
            "МКС",
            "ISS",
            "Триполи",
            "Belém",
            "газ",
            "drills",
            "Густаво Петро",
            "Petro",
            "ICC -Hungary",
            "COP30 -Lula",
            "19 ноября 2024",
            "November 19, 2025",
            "16 октября 1945",
            "#МКС",
            "перу",
            "белен",
        ),
        _UNWANTED27,
    ),
}
# The twenty-eighth set (tests/search_corpus_twentyeighth.py, written blind in session 52 by
# a helper that read no code or docs, only the twenty-sixth and twenty-seventh sets and the
# earlier sets' docstrings: the OSCE and the Council of Europe, the Arab League, the IAEA
# Board, the UN General Assembly and Security Council, Belarus and the Union State, Central
# Asia and C5+1, Moldova and Gagauzia, the South Caucasus, Afghanistan and Pakistan,
# Myanmar, Cuba, Venezuela, Mexico, Argentina, Republika Srpska, the Arctic and Antarctica,
# space launches, the Paralympic Committee; namesakes such as Lenin for Ulyanov, South
# Georgia, Santiago de Cuba, the icebreaker «Якутия», the famine IPC, as traps).
# When first run, on e3352fe: 223 of 310 whole, 282 first. Session 52 then: 231 whole (a
# closed-up hashtag of a body, South Georgia, questions; five bodies taught). Its misses as
# they stand.
_OTHER_LANGUAGE28 = "loses only posts in the other language"
_SAME_LANGUAGE28 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED28 = "finds a post it must not: a namesake, a homograph"
TWENTYEIGHTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "ЛАГ",
            "Совбез ООН",
            "МПК",
            "C5+1 Washington",
            "Aliyev Pashinyan Abu Dhabi",
            "Amir Khan Muttaqi",
            "Гуцул",
            "Gutsul",
            "Кристиан Шмидт",
            "Тихановский",
            "Paetongtarn Shinawatra",
            "#ЛАГ",
            "Мин Аун Хлаин",
            "Gutull",
            "Tsikhanousky",
            "Paetongtarm",
            "Академик Трешников",
            "Dodik Республика Сербская",
            "Северная Осетия Vladikavkaz",
        ),
        _OTHER_LANGUAGE28,
    ),
    **dict.fromkeys(
        (
            "РАЭ",
            "БиХ",
            "ОБСЕ Хельсинки",
            "IPC Seoul",
            "Афганистане",
            "виза",
            "Keith Kellogg",
            "Central Asia -China",
            "Афганистан -землетрясение",
            "#Афганистан",
            "гагаузия",
            "Тихоновский",
            "Kelog",
            "Гоглоев",
            "Shenzhou-20 экипаж",
            "Gagauzia Гуцул",
            "Зеленский Council of Europe",
            "МКС Progress",
            "где разместили «Орешник»?",
            "когда Армения решила вступить в ЕС?",
            "when did the IPC lift Russia's suspension?",
        ),
        _SAME_LANGUAGE28,
    ),
    **dict.fromkeys(
        (
            "Генассамблея ООН",
            "IPC",
            "PTI",
            "New Mexico",
            "Стамбуле",
            "Georgia",
            "South Georgia",
            "Santiago",
            "Сальвадор",
            "Якутии",
            "станция Прогресс",
            '"Final Act"',
            "Стамбул -Пакистан",
            "ОБСЕ -Хельсинки",
            "IPC -Belarus",
            "1 августа 1975",
            "#Восточный",
            "орешник",
            "вена",
            "Oreshnick",
        ),
        _UNWANTED28,
    ),
}

# The twenty-ninth set (tests/search_corpus_twentyninth.py, written blind in session 53 by
# a helper that read no code or docs, only the twenty-eighth set's docstring, posts and
# queries in part and the earlier sets' docstrings: the IOC and Kirsty Coventry, the Dakar
# Rally, Senegal, Guinea and Guinea-Bissau, the DRC and M23, Cameroon, Tanzania, Romania's
# rerun, the Czech vote, the Netherlands, Canada and the G7, the Ottawa Convention, Greenland
# and Svalbard, the Baltic Sentry, the Pacific Islands Forum, Papua New Guinea, the Cook
# Islands, New Caledonia, Singapore, Scarborough Shoal, Hiroshima and Nuremberg at eighty,
# the High Seas Treaty, the IMO; namesakes such as the Greenland shark, the Dakar Rally, the
# M23 motorway, «шведский стол», Sanfrecce Hiroshima, as traps). When first run, on effc01b:
# 202 of 317 whole (64%), 292 first (92%). Its misses as they stand.
_OTHER_LANGUAGE29 = "loses only posts in the other language"
_SAME_LANGUAGE29 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED29 = "finds a post it must not: a namesake, a homograph"
TWENTYNINTH_STILL_MISSED = {
    **dict.fromkeys(
        (
            # An English word is not translated: found on the first run only because «Ралли»
            # read as a given name's case form, as a Latin given name no longer is.
            "Dakar Rally Saudi Arabia",
            "ДРК",
            "ПНД",
            "People's Action Party",
            "Sputnik Azerbaijan",
            "Совбез ООН",
            "ралли Дакар",
            "Bougival New Caledonia",
            "Sputnik Baku",
            "Петропавловске-Камчатском",
            "Островов Кука",
            "Скарборо",
            "Kirsty Coventry",
            "Никушор Дан",
            "Jens-Frederik Nielsen",
            "Horta N'Tam",
            "Paul Biya",
            "Энтони Албаниз",
            "Francesca Albanese",
            "Pepe Mujica",
            "Geerlings-Simons",
            "ДРК -M23",
            "August 6, 2025",
            "4 октября 2025",
            "#ГвинеяБисау",
            "kirsty coventry",
            "sputnik azerbaijan",
            "мухика",
            "Думбуйя",
            "Bougivall",
            "Гвинея-Бисуа",
            "Тяньвень-2",
            "Axiom-4 МКС",
            "who is Jens-Frederik Nielsen",
            "кто такой Никушор Дан",
        ),
        _OTHER_LANGUAGE29,
    ),
    **dict.fromkeys(
        (
            "Democratic Republic of the Congo",
            "ФТО",
            "Pacific Islands Forum",
            "BBNJ",
            "Спутник Азербайджан",
            "UN Security Council",
            "выборы в Румынии",
            "Pacific Islands Forum Honiara",
            "Guinea referendum",
            "Румынии",
            "Стамбул",
            "Бийя",
            "Samia Suluhu Hassan",
            "20 ноября 1945",
            "3 октября",
            "20 апреля 1955",
            "#ДРК",
            "Nicusr Dan",
            "Scarborugh Shoal",
            "Geerlings-Simmons",
            "PNG Марапе",
            "what happened at Scarborough Shoal",
            "кто такая Кирсти Ковентри",
            "где прошел форум тихоокеанских островов",
        ),
        _SAME_LANGUAGE29,
    ),
    **dict.fromkeys(
        (
            "ОКР",
            "M23",
            "ИМО",
            "IMO",
            "ANO",
            "Гвинее",
            "Guinea",
            "Конго",
            "Республика Конго",
            "Гренландии",
            "Нидерландах",
            "Дакаре",
            "Оттаве",
            "Хиросиме",
            "Швеция",
            "Кирилл Песков",
            '"atomic bombing"',
            "Хиросима -Нагасаки",
            "Конго -Руанда",
            "Оттава -Канада",
            "Greenland -Trump",
            "Гвинея -референдум",
            "Australia -Albanese",
            "МКС -Axiom",
            "6 августа 1945",
            "17 января 2026",
            "26 июня 1945",
            "October 4, 1957",
            "23 марта",
            "#Гренландия",
            "#Хиросима",
            "гренландия",
            "png",
            "m23",
            "Гренладния",
            "М23",
        ),
        _UNWANTED29,
    ),
}

# The thirtieth set (tests/search_corpus_thirtieth.py, written blind in session 54 by a helper
# that read no code or docs, only the twenty-ninth set's docstring, posts and queries in part
# and the earlier sets' docstrings: Central Asia's water and power (Rogun, Kambarata-1, Qosh
# Tepa, the Aral), the Caspian and the Middle Corridor, the ECO and CICA, Tokayev's Kurultai,
# Türkiye's İmamoğlu and the PKK, the Indus Waters Treaty, Dayton at thirty, Portugal's
# Montenegro and Montenegro the country, Ireland's Connolly, Apollo-Soyuz at fifty, Soyuz
# MS-27, NISAR, Starship, Ariane 6, the World Cup draw, Angola and Mozambique at fifty; traps
# such as Aral the fuel retailer, Apollo Global Management, the Chelsea Flower Show, CHP the
# power plant, the RPK-16). When first run, on 4894686: 197 of 301 whole (65%), 274 first
# (91%). Its misses as they stand.
_OTHER_LANGUAGE30 = "loses only posts in the other language"
_SAME_LANGUAGE30 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED30 = "finds a post it must not: a namesake, a homograph"
THIRTIETH_STILL_MISSED = {
    **dict.fromkeys(
        (
            "ECO",
            "Office of the High Representative",
            "Союз МС-27 Байконур",
            "Starship Turks and Caicos",
            "Kambarata-1 Naryn",
            "FIDE World Cup Goa",
            "Боснии и Герцеговине",
            "Aral Sea",
            "Luis Montenegro",
            "Robert F. Kennedy Jr.",
            "#СоюзМС27",
            "токаев курултай",
            "Guyanna",
            "Ariane 6 Куру",
            "what is the Middle Corridor",
            "когда стыковались Союз и Аполлон",
            "who is Jonny Kim",
        ),
        _OTHER_LANGUAGE30,
    ),
    **dict.fromkeys(
        (
            "Организация экономического сотрудничества",
            "PKK",
            "Kurdistan Workers' Party",
            "НРП",
            "ТМТМ",
            "TITR",
            "ЭПАС",
            "Дейтонские соглашения",
            "стыковка Союз Аполлон",
            "Ireland presidential election",
            "Qosh Tepa Amu Darya",
            "Каспия",
            "протесты",
            "election",
            "Sadyr Japarov",
            "Ekrem Imamoglu",
            '"Middle Corridor"',
            "Камбарата-1 -Нарын",
            "PKK -Ocalan",
            "election -Kosovo",
            "Союз МС-27 -Ким",
            "Angola -Putin",
            "July 4",
            "#ЭПАС",
            "#PKK",
            "рогунская гэс",
            "камбарата-1",
            "Каспйское море",
            "Kambarata-1 ГЭС",
            "ECO саммит",
            "Dayton соглашение",
            "что такое канал Кош-Тепа",
            "who won the FIDE World Cup",
            "кто выиграл Кубок мира ФИДЕ",
            "где построят Камбаратинскую ГЭС-1",
            "how tall is the Rogun dam",
            "is Russia playing at the 2026 World Cup",
            "кто такой Жавохир Синдаров",
        ),
        _SAME_LANGUAGE30,
    ),
    **dict.fromkeys(
        (
            "ОЭС",
            "РПК",
            "CHP",
            "Черногории",
            "Montenegro",
            "Male",
            "Turkey",
            "Жапаров",
            "Алиев",
            "Коннолли",
            "Монтенегру",
            "Джонатан Ким",
            "Монтенегру -Португалия",
            "Montenegro -Portugal",
            "Starship -Багамы",
            "ОЭС -Алиев",
            "Somalia -AUSSOM",
            "Казахстан -Каспий",
            "Chelsea -PSG",
            "17 июля 1975",
            "11 ноября 1975",
            "nisar",
            "chelsea",
            "apollo",
            "aral",
            "Kambarta",
            "Коноли",
            "Montenero",
            "когда распустилась РПК",
        ),
        _UNWANTED30,
    ),
}


# The thirty-first set (tests/search_corpus_thirtyfirst.py, written blind in session 55 by a
# helper that read no code or docs, only the thirtieth's and twenty-ninth's sets and the
# earlier sets' docstrings: OPEC+ and Novak, the Fed and Lisa Cook, the Swiss tariff and the
# SNB, Lesotho, Ghana's cedi, Japan's rice, Iran's rial, Norway's oil fund, Denmark's
# pensions, Albania's Diella, the Kočani fire, Tempi, Magyar and Tisza, drones over Poland and
# Eastern Sentry, Estonia's Article 4, Amaglobeli, Lithuania's new government, Lisbon's
# funicular, the two Uribes, Santo Domingo's roof, Cebu, Samoa, the Quad, Somaliland,
# Djibouti, Finland's icebreakers, Iceland, Storm Éowyn, the Nobel prizes, 3I/ATLAS, the Rubin
# Observatory, Alcaraz, Świątek, Djokovic, Pogačar, EuroBasket, Duplantis, Trondheim's
# ski suits, the World Cup's newcomers; with verbal nouns against verbs, places inside
# compound adjectives, Portuguese, Spanish, Polish, Hungarian, Serbian and Finnish names, and
# namesakes: Rama and «рамой», Novak and Novak Djokovic, Jordan and Michael Jordan). When
# first run, on 5798c4b: 198 of 330 whole (60%), 286 first (87%). Its misses as they stand.
_OTHER_LANGUAGE31 = "loses only posts in the other language"
_SAME_LANGUAGE31 = "loses posts in the language typed (and perhaps the other's)"
_UNWANTED31 = "finds a post it must not: a namesake, a homograph"
THIRTYFIRST_STILL_MISSED = {
    **dict.fromkeys(
        (
            "ФРС",
            "ШНБ",
            "Национальный банк Венгрии",
            "QUAD",
            "Immigration and Customs Enforcement",
            "Seimas",
            "Сейм Литвы",
            "World Cup",
            "Евробаскет Рига",
            "Jet Set Santo Domingo",
            "Кабо-Верде",
            "Кюрасао",
            "Джоковича",
            "Пауэлл",
            "Lisa Cook",
            "Лизу Кук",
            "Tim Cook",
            "Keller-Sutter",
            "Ласло Краснахоркаи",
            "Ребелу де Соуза",
            "Advocaat",
            "Альваро Урибе",
            "Ferdinand Marcos Jr.",
            "Finnish President",
            "Carlos Alcaraz",
            "Świątek",
            "Swiatek",
            "Dennis Schröder",
            "Дюплантис",
            "М.В.Захарова",
            "глава ФРС",
            "Джокович -ATP",
            "Nobel -Krasznahorkai",
            "Лиза Кук -Трамп",
            "10 сентября",
            "Feb 28, 2025",
            "#TourDeFrance",
            "дик адвокат",
            "Trondhiem",
            "who is Dick Advocaat",
            "почему ушёл в отставку Таку Это",
            "what is Eastern Sentry",
            "за что осудили Альваро Урибе",
        ),
        _OTHER_LANGUAGE31,
    ),
    **dict.fromkeys(
        (
            "Federal Reserve",
            "Pogacar Tour de France",
            "провести переговоры Финляндия",
            "Дании",
            "Доминиканской Республике",
            "Тихий океан",
            "Сахара",
            "Novak Djokovic",
            "Ђоковић",
            "Эди Рама",
            "премьер Албании",
            "Radosław Sikorski",
            "Исмаил Омар Гелле",
            "Гуркач",
            "Vera Rubin",
            "Нобелевская премия -литература",
            "Колумбия -Урибе",
            "1 марта",
            "#EuroBasket",
            "#Нобель2025",
            "эди рама",
            "Djokovich",
            "Кюросао",
            "Dupantis",
            "Свентек",
            "Швентек",
            "Зеленого Мыса",
            "Fed ставка",
            "Nobel премия",
            "Advocaat тренер",
            "Лиза Кук Fed",
            "Шрёдер EuroBasket",
            "кто выиграл Уимблдон",
            "who won the Tour de France",
            "сколько человек погибло в Кочани",
            "is Uzbekistan playing at the World Cup",
            "why were Norwegian ski jumpers disqualified",
        ),
        _SAME_LANGUAGE31,
    ),
    **dict.fromkeys(
        (
            "Fed",
            "SNB",
            "Тиса",
            "ИТР",
            "Исландии",
            "Iceland",
            "Иордании",
            "Jordan",
            "Macedonia",
            "Georgia",
            "Грузии",
            "Curacao",
            "Себу",
            "Самоа",
            "Александр Новак",
            "Рамой",
            "Петер Мадьяр",
            "Magyar",
            "Дик Адвокат",
            "Герхард Шрёдер",
            "Iceland -eruption",
            "Исландия -Гриндавик",
            "Magyar -Orban",
            "Georgia -Sakharov",
            "23 октября 1956",
            "28 февраля 2023",
            "8 сентября 2023",
            "fed",
            "snb",
            "curaçao",
            "iceland",
            "jordan",
            "georgia",
            "atlas",
            "rubin",
            "тиса",
            "кто такой Петер Мадьяр",
            "why did the Fed cut rates",
            "what happened in Cebu",
        ),
        _UNWANTED31,
    ),
}

KINDS_STILL_MISSED: dict[str, str] = {}
# Session 43's people as official posts name them (tests/search_corpus_people.py: titles and
# openers before a surname, namesakes, hashtags typed closed up); not blind either.
PEOPLE_STILL_MISSED: dict[str, str] = {}
# Session 44's look-alikes (tests/search_corpus_lookalikes.py: визит and виза, активы and
# акт, остров and острый ...); not blind either.
LOOKALIKES_STILL_MISSED = {
    "виза": "not «визита ... визового режима» (a look-alike and the word's adjective only)",
    "визы": "the same",
    "виз": "the same",
    "острый": "finds «острова» (an adjective typed whose forms reach the word form in one step)",
}


@pytest.mark.parametrize(
    ("module", "still_missed", "first_at_least"),
    [
        (search_corpus_third, THIRD_STILL_MISSED, 0.97),
        (search_corpus_fourth, FOURTH_STILL_MISSED, 0.93),
        (search_corpus_fifth, FIFTH_STILL_MISSED, 0.93),
        (search_corpus_sixth, SIXTH_STILL_MISSED, 0.95),
        (search_corpus_seventh, SEVENTH_STILL_MISSED, 0.95),
        (search_corpus_eighth, EIGHTH_STILL_MISSED, 0.95),
        (search_corpus_ninth, NINTH_STILL_MISSED, 0.95),
        (search_corpus_tenth, TENTH_STILL_MISSED, 0.98),
        (search_corpus_eleventh, ELEVENTH_STILL_MISSED, 0.98),
        (search_corpus_twelfth, TWELFTH_STILL_MISSED, 0.92),
        (search_corpus_thirteenth, THIRTEENTH_STILL_MISSED, 0.88),
        (search_corpus_fourteenth, FOURTEENTH_STILL_MISSED, 0.97),
        (search_corpus_fifteenth, FIFTEENTH_STILL_MISSED, 0.95),
        (search_corpus_sixteenth, SIXTEENTH_STILL_MISSED, 0.95),
        (search_corpus_seventeenth, SEVENTEENTH_STILL_MISSED, 0.92),
        (search_corpus_eighteenth, EIGHTEENTH_STILL_MISSED, 0.94),
        (search_corpus_nineteenth, NINETEENTH_STILL_MISSED, 0.95),
        (search_corpus_twentieth, TWENTIETH_STILL_MISSED, 0.92),
        (search_corpus_twentyfirst, TWENTYFIRST_STILL_MISSED, 0.92),
        (search_corpus_twentysecond, TWENTYSECOND_STILL_MISSED, 0.94),
        (search_corpus_twentythird, TWENTYTHIRD_STILL_MISSED, 0.96),
        (search_corpus_twentyfourth, TWENTYFOURTH_STILL_MISSED, 0.94),
        (search_corpus_twentyfifth, TWENTYFIFTH_STILL_MISSED, 0.95),
        (search_corpus_twentysixth, TWENTYSIXTH_STILL_MISSED, 0.91),
        (search_corpus_twentyseventh, TWENTYSEVENTH_STILL_MISSED, 0.92),
        (search_corpus_twentyeighth, TWENTYEIGHTH_STILL_MISSED, 0.90),
        (search_corpus_twentyninth, TWENTYNINTH_STILL_MISSED, 0.91),
        (search_corpus_thirtieth, THIRTIETH_STILL_MISSED, 0.90),
        (search_corpus_thirtyfirst, THIRTYFIRST_STILL_MISSED, 0.86),
        (search_corpus_kinds, KINDS_STILL_MISSED, 0.98),
        (search_corpus_people, PEOPLE_STILL_MISSED, 0.95),
        (search_corpus_lookalikes, LOOKALIKES_STILL_MISSED, 0.95),
    ],
    ids=[
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twentyfirst",
        "twentysecond",
        "twentythird",
        "twentyfourth",
        "twentyfifth",
        "twentysixth",
        "twentyseventh",
        "twentyeighth",
        "twentyninth",
        "thirtieth",
        "thirtyfirst",
        "kinds",
        "people",
        "lookalikes",
    ],
)
async def test_a_set_written_apart_finds_what_it_expects_and_ranks_it_first(
    tmp_path: Path, module: Any, still_missed: dict[str, str], first_at_least: float
) -> None:
    posts = module.POSTS
    async with await Store.open(tmp_path / "set.db") as store:
        report = await ingest(
            store,
            *(
                Post(
                    source=_source(channel),
                    external_id=str(n),
                    published_at=datetime(2024, month, day, 9, n % 60, tzinfo=UTC),
                    text=text,
                )
                for n, ((month, day), channel, text) in enumerate(posts.values(), 1)
            ),
        )
        assert report.added == len(posts)
        names = list(posts)
        db = await store._read_all("SELECT id, external_id FROM posts")
        keys = {pid: names[int(ext) - 1] for pid, ext in db}
        missed: dict[str, str] = {}
        ranked_first = 0
        for q in module.QUERIES:
            found, ranked = await _run(store, keys, q)
            assert set(ranked) == found, q.query
            lost = [k for k in q.expected if k not in found]
            wrong = [k for k in q.absent if k in found]
            ranked_first += bool(ranked) and q.ranked_well(ranked[0])
            if lost or wrong:
                missed[q.query] = f"missing {lost} unwanted {wrong}"
    n = len(module.QUERIES)
    print(f"queries={n} all_found={n - len(missed)} ranked_first={ranked_first}")
    assert n >= {
        search_corpus_kinds: 50,
        search_corpus_people: 25,
        search_corpus_lookalikes: 25,
    }.get(module, 150)
    assert set(missed) <= set(still_missed), missed
    assert ranked_first / n >= first_at_least

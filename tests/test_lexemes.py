"""A query word's forms that its stem does not reach (archive/lexemes.py): Russian verbs
across tense and person, surnames by gender, English irregular forms; and what they find
through the real store and the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ingest, make_post, write_archive

from tg_archiver.archive.aspects import partners
from tg_archiver.archive.derivations import related
from tg_archiver.archive.lexemes import (
    derived_forms,
    dictionary,
    forms,
    place_forms,
    special_compounds,
    surname_forms,
)
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.snippets import passage
from tg_archiver.archive.store import Store
from tg_archiver.archive.tags import TopicAliases
from tg_archiver.cli import main


@pytest.mark.parametrize(
    ("word", "wanted"),
    [
        ("провёл", {"проведут", "проведёт", "проведет", "провести"}),
        ("проведут", {"провёл", "провели", "провел"}),
        ("подписали", {"подпишут", "подпишет"}),
        # A verb's passive participles: what was done ("замороженных активов").
        ("заморозить", {"замороженных", "заморожены", "заморожен"}),
        ("провёл", {"проведённых", "проведенных", "проведены"}),
        # And its past active ones: who did it, what befell them ("число погибших").
        ("погибли", {"погибших"}),
        ("провёл", {"проведший"}),
        # A participle typed reaches its verb, when the dictionary reads it so first.
        ("заморожены", {"заморозил", "заморозили"}),
        ("погибших", {"погибли", "погиб"}),
        ("шёл", {"идти", "идут", "идёт"}),
        ("hold", {"held"}),
        ("held", {"hold", "holds"}),
        ("crisis", {"crises"}),
        ("child", {"children"}),
        ("went", {"go", "gone"}),
        ("met", {"meet"}),
        ("said", {"say"}),
        ("men", {"man"}),
        ("phenomena", {"phenomenon"}),
        ("analyses", {"analysis"}),
        ("find", {"found"}),
        # A regular form of a listed lemma reaches its irregular ones (striking: struck).
        ("striking", {"struck"}),
        ("holding", {"held"}),
    ],
)
def test_forms_a_stem_misses_are_spelled_out(word: str, wanted: set[str]) -> None:
    assert wanted <= set(forms(word))


@pytest.mark.parametrize(
    ("word", "unwanted"),
    [
        # A form the dictionary reads first as another word's: после (after) is not посол's.
        ("посол", {"после"}),
        # Present active participles and imperatives are left out: adjectives to a reader
        # (следующий: next, ведущий: leading), or rare.
        ("провёл", {"проводящий", "проведи"}),
        ("следовать", {"следующий", "следующих"}),
        ("вести", {"ведущий", "ведущих"}),
        # An adjective that was a participle does not spread to its verb.
        ("следующий", {"следовать", "следует"}),
        ("бывший", {"был", "быть"}),
        # Forms the word form already reaches are not repeated.
        ("провёл", {"провела", "провели"}),
        ("hold", {"holds", "holding"}),
        # A form that is also a word of its own does not spread to its lemma when typed.
        ("found", {"find"}),
        ("left", {"leave"}),
        # Auxiliaries are not listed at all; nor быть's forms, nor есть's (there is / to eat).
        ("was", {"be", "is", "were"}),
        ("был", {"будет", "суть", "есмь"}),
        ("есть", {"ел", "ели"}),
        # Forms under three letters are abbreviations or archaic.
        ("год", {"гг"}),
        # Typed with a capital, a surname, not the genitive plural of песок (sand).
        ("Песков", {"песок", "песка"}),
    ],
)
def test_forms_leave_out_other_words(word: str, unwanted: set[str]) -> None:
    assert set(forms(word)) & unwanted == set()


@pytest.mark.parametrize("word", ["после", "санкции", "summit", "2024", "東京", "Ωmega"])
def test_no_forms_for_function_words_regular_words_and_other_scripts(word: str) -> None:
    assert forms(word) == ()


def test_a_surname_gets_the_forms_of_the_gender_typed() -> None:
    assert {"лаврова", "лаврову", "лавровым"} <= set(surname_forms("Лавров"))
    assert not {w for w in surname_forms("Лавров") if w.startswith("лавровый")}
    feminine = set(surname_forms("Захаровой"))
    assert {"захарова", "захаровой", "захарову"} <= feminine
    assert "захаров" not in feminine
    assert surname_forms("переговоры") == ()
    assert surname_forms("Lavrov") == ()


def test_a_foreign_surname_also_gets_the_forms_of_a_noun() -> None:
    assert {"цзиньпином", "цзиньпиным", "цзиньпину"} <= set(surname_forms("Цзиньпина"))
    assert "путину" in surname_forms("Путина")
    assert "путиной" not in surname_forms("Путина")  # путина, a fishing season, is another word


def test_a_foreign_man_s_surname_guessed_indeclinable_declines_as_a_noun() -> None:
    # Session 48: the dictionary guesses «Уиткофф» indeclinable, of either gender: posts
    # write «Стивена Уиткоффа», «с Уиткоффом», as a man's declines.
    forms = set(surname_forms("Уиткофф"))
    assert {"уиткофф", "уиткоффа", "уиткоффу", "уиткоффом", "уиткоффе"} <= forms
    assert "уиткоффым" not in forms  # a Russian surname's ending, not a noun's
    assert "шольцем" in surname_forms("Шольц")  # «-ем» after «ц»


async def test_a_foreign_surname_is_found_declined(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "Путин принял в Кремле Стивена Уиткоффа."),
        make_post(2, "Лавров встретился с Уиткоффом в Стамбуле."),
        make_post(3, "Уиткофф прибыл в Москву."),  # found as typed: no correction
    )
    found = {h.row.external_id for h in await engine_store.search(parse_query("Уиткофф"))}
    assert found == {"1", "2", "3"}


def test_a_place_gets_its_own_forms_and_a_common_word_none() -> None:
    assert set(place_forms("Армении")) == {"армения", "армении", "армению", "арменией"}
    # A word the dictionary does not know is no place, whatever its ending guesses (the
    # dative of Небензя, guessed "Небенза"): its word form finds Небензя, Небензи.
    assert place_forms("Небензе") == ()
    assert "австралии" not in place_forms("Австрия")
    assert "нигерия" not in place_forms("Нигер")
    assert place_forms("Мали") == ("мали",)
    assert "чада" in place_forms("Чад")  # any reading, typed with a capital
    assert place_forms("чад") == place_forms("армия") == place_forms("Paris") == ()


def test_a_possessive_and_an_ordinal_are_looked_up_as_their_word() -> None:
    match = parse_query("Lavrov's").match
    assert match is not None and "lavrov" in match.casefold() and "search_stems" in match
    match = parse_query("13-й").match
    assert match is not None and '"13"' in match
    assert parse_query('"Lavrov\'s"').match == '{title clean_text} : "Lavrov\'s"'  # as typed


def test_the_query_looks_a_surname_up_by_its_forms_not_its_stem() -> None:
    match = parse_query("Лавров").match
    assert match is not None
    assert "search_stems" not in match
    assert '"лаврова"' in match


POSTS = {
    1: "Министры России и Индии проведут переговоры в Москве в июне.",
    2: "Министр провёл переговоры с коллегой из Египта.",
    3: "Лавровый лист подорожал на оптовом рынке.",
    4: "Переговоры С.В.Лаврова с Министром иностранных дел Турции.",
    5: "Foreign ministers held talks in Geneva.",
    6: "Children from Donbas visit Moscow.",
    7: "После переговоров стороны подписали меморандум.",
}


async def _found(store: Store, text: str, *, by_rank: bool = False) -> list[int]:
    hits = await store.search(parse_query(text), limit=20, by_rank=by_rank)
    return [int(h.row.external_id) for h in hits]


async def test_the_store_finds_other_tenses_irregular_forms_and_not_the_homonym(
    store: Store,
) -> None:
    await ingest(store, *(make_post(n, text, day=n) for n, text in POSTS.items()))
    assert set(await _found(store, "провёл переговоры")) == {1, 2}
    assert set(await _found(store, "проведут переговоры")) == {1, 2}
    # The form typed ranks first.
    assert (await _found(store, "проведут переговоры", by_rank=True))[0] == 1
    assert await _found(store, "Лавров") == [4]
    assert await _found(store, "hold talks") == [5]
    assert await _found(store, "child") == [6]
    # A negated word excludes by its word form only, as before.
    assert set(await _found(store, "переговоры -Египта")) == {1, 4, 7}
    # посол: the lexeme's после is left out, so the post with "После" is not found.
    assert await _found(store, "посол") == []


def test_the_cli_finds_another_tense(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = write_archive(tmp_path / "a.db", *(make_post(n, t) for n, t in POSTS.items()))
    assert main(["--db", str(db), "search", "подпишут"]) == 0
    out = capsys.readouterr().out
    assert "**подписали** меморандум" in out  # found, and the other tense marked


def test_the_passage_marks_the_other_tense_and_the_irregular_form() -> None:
    query = parse_query("провёл переговоры held")
    shown = passage(POSTS[1] + " " + POSTS[5], query.forms, query.prefixes, "[", "]")
    assert "[проведут] [переговоры]" in shown
    assert "[held]" in shown


async def test_a_topics_name_finds_the_posts_that_spell_it_out_in_any_form(
    engine_store: Store,
) -> None:
    # "ШОС" found no post that wrote "Шанхайской организации сотрудничества", though the
    # config says the phrase means the topic; in the script typed, so "ШОС" is no English.
    topics = TopicAliases.from_mapping(
        {
            "SCO": [
                "#ШОС",
                "Shanghai Cooperation Organisation",
                "Шанхайская организация сотрудничества",
            ]
        }
    )
    texts = {
        "ru_spelled": "Лавров принял участие в СМИД Шанхайской организации сотрудничества.",
        "en_spelled": "Lavrov attended the Shanghai Cooperation Organisation ministerial.",
        "ru_short": "Министры ШОС встретились в Астане.",
        "other": "Лавров встретился с министрами в Астане.",
    }
    store = engine_store  # both engines: PostgreSQL reads the query's text again
    await ingest(store, *(make_post(n, t) for n, t in enumerate(texts.values(), 1)))
    found = {}
    for q in ("ШОС", "SCO", "-ШОС Астане", '"ШОС"'):
        for by_rank in (False, True):  # newest first and best first find the same
            hits = await store.search(parse_query(q, topics=topics), limit=10, by_rank=by_rank)
            keys = {list(texts)[int(h.row.external_id) - 1] for h in hits}
            assert found.setdefault(q, keys) == keys, q
    # Each finds the other language's post too, after its own (store/both_scripts.py).
    assert found["ШОС"] == {"ru_spelled", "ru_short", "en_spelled"} == found["SCO"]
    assert found["-ШОС Астане"] == {"other"}
    assert found['"ШОС"'] == {"ru_short"}  # a phrase in quotes is matched as written


# -- a verb's aspect partner; a state's two names ------------------------------------------------


@pytest.mark.parametrize(
    ("infinitive", "partner"),
    [
        ("заявить", "заявлять"),  # в/вл
        ("обсуждать", "обсудить"),  # жд/д
        ("провести", "проводить"),
        ("встретиться", "встречаться"),  # т/ч, reflexive
        ("сократить", "сокращать"),  # т/щ
        ("подписать", "подписывать"),
        ("принять", "принимать"),
        ("сообщать", "сообщить"),
        ("выразить", "выражать"),
        ("прийти", "приходить"),
        ("создать", "создавать"),
        ("призвать", "призывать"),
        # The stem alternating (session 33).
        ("отложить", "откладывать"),  # ложить/кладывать (and the bookish отлагать)
        ("предлагать", "предложить"),  # ложить/лагать
        ("покинуть", "покидать"),  # инуть/идать
        ("вывозить", "вывезти"),  # езти/озить
        ("выдвинуть", "выдвигать"),
        ("возникнуть", "возникать"),
        ("привлечь", "привлекать"),  # чь/кать
        ("помочь", "помогать"),  # чь/гать
        ("умереть", "умирать"),
        ("начать", "начинать"),
        ("рассмотреть", "рассматривать"),
        ("подчеркнуть", "подчёркивать"),  # as the dictionary writes it
        ("подчёркивать", "подчеркнуть"),
        # The secondary imperfective: -ить/-ивать, -ать/-ывать, о to а.
        ("установить", "устанавливать"),
        ("договориться", "договариваться"),
        ("спрашивать", "спросить"),
        ("разработать", "разрабатывать"),
        ("освоить", "осваивать"),
    ],
)
def test_a_verb_has_its_aspect_partner(infinitive: str, partner: str) -> None:
    assert partner in partners(infinitive)


@pytest.mark.parametrize("infinitive", ["сказать", "говорить", "делать", "читать", "стать"])
def test_a_partner_of_another_root_or_by_a_prefix_is_not_guessed(infinitive: str) -> None:
    # сказать's partner is говорить, делать's сделать: not derivable, and "сказывать" (a
    # word of the right shape) is another verb.
    assert partners(infinitive) == ()


def test_no_partner_is_made_up_or_taken_from_the_wrong_verb() -> None:
    # The dictionary's predictor would read "заявять" or "решять" as verbs; only words it
    # knows count. представить/представать and отметить/отметать share a shape only.
    assert partners("решить") == ("решать",)
    assert partners("представить") == ("представлять",)
    assert partners("отметить") == ("отмечать",)
    # A suffix of the table first: откладывать, not отлаживать (отладить's, о to а).
    assert partners("отложить") == ("откладывать", "отлагать")
    # поваживаться is повадиться's (a consonant changed), not повозиться's (and a vowel).
    assert "поваживаться" not in partners("повозиться")
    assert partners("положить") == partners("полагать") == ()  # полагать: to believe
    assert partners("взять") == ()  # взимать: to levy


def test_a_verb_of_one_aspect_finds_the_other() -> None:
    assert {"заявил", "заявили", "заявит"} <= set(forms("заявляет"))
    assert {"провёл", "проведут", "провели"} <= set(forms("проводить"))
    assert {"обсуждают", "обсуждали"} <= set(forms("обсудили"))
    assert {"откладывает", "откладывают"} <= set(forms("отложить"))
    assert {"вывез", "вывезли"} <= set(forms("вывозить"))


def test_a_state_is_found_by_both_its_names() -> None:
    assert {"белоруссии", "белоруссия", "беларуси"} <= set(place_forms("Беларусь"))
    assert {"беларусь", "беларуси"} <= set(place_forms("Белоруссии"))
    assert {"молдавии", "молдове"} <= set(place_forms("Молдова"))


async def test_the_store_finds_the_other_aspect_and_the_other_name(store: Store) -> None:
    texts = {
        1: "Захарова заявила, что Москва ответит на новые санкции.",
        2: "МИД регулярно заявляет о недопустимости таких шагов.",
        3: "Лавров провёл переговоры с министром иностранных дел Белоруссии.",
        4: "Стороны будут проводить переговоры в Минске, столице Беларуси.",
        5: "Кишинёв: власти Молдавии закрыли границу.",
    }
    await ingest(store, *(make_post(n, t, day=n) for n, t in texts.items()))
    assert set(await _found(store, "заявляет")) == {1, 2}
    assert set(await _found(store, "проводить переговоры")) == {3, 4}
    assert set(await _found(store, "Беларусь")) == {3, 4}
    assert await _found(store, "Молдова") == [5]


def test_a_letter_python_has_no_name_for_is_looked_up_without_an_error() -> None:
    # pymorphy3 asked unicodedata.name of each letter with no default: a Tangut ideograph
    # (no name in Python 3.11's data) raised ValueError out of a digest (hypothesis found it).
    odd = "ж" + chr(0x17BD0)
    assert dictionary().parse(odd)[0].word == odd
    assert dictionary().parse(chr(0x17BD0) + "a")


def test_a_relational_adjective_and_a_verbal_noun_reach_their_base_words() -> None:
    assert {"санкции", "санкций"} <= set(derived_forms("санкционный"))
    assert {"санкционный", "санкционное"} <= set(derived_forms("санкций"))
    assert {"переговоры", "переговорах"} <= set(derived_forms("переговорного"))
    assert {"переговорный", "переговорного"} <= set(derived_forms("переговоры"))
    assert {"ратифицировано", "ратифицировала"} <= set(derived_forms("ратификация"))
    assert {"ратификация", "ратификации"} <= set(derived_forms("ратифицировано"))
    assert {"подпишет", "подпишут"} <= set(derived_forms("подписание"))  # «подписал»: one word form
    assert {"подписание", "подписания"} <= set(derived_forms("подпишут"))
    # A verb in -ить and its noun in -ение, the stem's consonant alternated (session 44).
    assert {"обсудили", "обсудят"} <= set(derived_forms("обсуждение"))
    assert {"обсуждение", "обсуждения"} <= set(derived_forms("обсудили"))
    assert "заявление" in derived_forms("заявил") and "снижения" in derived_forms("снизить")
    assert "освобождения" in derived_forms("освободить")
    # A prefixed verb and its noun in -ка, the verb's aspect partner's too (session 44).
    assert {"высылка", "высылки"} <= set(derived_forms("выслали"))
    assert {"выслала", "высылают"} <= set(derived_forms("высылка"))
    assert "поставки" in derived_forms("поставляет") and "подготовить" in derived_forms(
        "подготовка"
    )
    for noun in ("ставка", "сделка", "выставка", "обстановка", "заморозка"):
        assert related(noun, "NOUN") == (), noun


def test_a_nouns_adjective_in_ический_and_back() -> None:
    # Session 49: «климат» finds «климатическая конференция», «экономический» «экономика».
    assert {"климатическая", "климатической"} <= set(derived_forms("климат"))
    assert {"климат", "климата"} <= set(derived_forms("климатической"))
    assert "экономический" in derived_forms("экономики") and "стратегии" in derived_forms(
        "стратегический"
    )
    # The noun the adjective is of, not another the dictionary knows (экономия: savings),
    # and none whose adjective means another thing (критический: critical).
    assert "экономия" not in derived_forms("экономический")
    assert related("критика", "NOUN") == ()


def test_a_verbal_noun_in_ение_whose_meaning_left_its_verb_or_meets_another_word() -> None:
    for noun in ("положение", "отношение", "значение", "соглашение", "население"):
        assert related(noun, "NOUN") == (), noun
    # рубить's noun, рубление, has рубль's word form («рубл»): not looked up.
    assert related("рубить", "INFN") == ()


def test_no_derivation_is_made_up_or_joins_another_word() -> None:
    # мирный is not мир's (peace, and the world); визовый is not визит's; a word whose meaning
    # left its verb's stays alone (собрание: a meeting, образование: education).
    for word in ("мирный", "мирного", "активный", "визит", "собрание", "образование"):
        assert derived_forms(word) == (), word
    assert related("организация", "NOUN") == ()  # "организировать" is no word
    assert related("собрать", "INFN") == ()
    assert derived_forms("Лавров") == ()  # a surname


def test_a_noun_finds_its_special_compound_known_to_the_dictionary_or_not() -> None:
    # Session 53: «трибунал» finds «Спецтрибунал», «посланник» «спецпосланником».
    assert {"спецтрибунал", "спецтрибунала"} <= set(special_compounds("трибунал"))
    assert "спецпосланником" in special_compounds("посланника")
    assert "спецоперации" in special_compounds("операция")
    # Not a name's, nor a compound's again, nor a short word's, nor another word's.
    for word in ("Москва", "Лавров", "спецназ", "спецрейс", "бал", "новый", "после"):
        assert special_compounds(word) == (), word


def test_a_noun_in_ство_its_adjective_in_ский_and_its_general_compound() -> None:
    # Session 52: «консульство» finds «консульский отдел» and «генконсульство»,
    # «прокуратура» «Генпрокуратура», «штаб» «Генштаб»; «консульский» «консульство».
    assert {"консульский", "консульские", "генконсульство", "генконсульства"} <= set(
        derived_forms("консульство")
    )
    assert {"консульство", "консульства"} <= set(derived_forms("консульский"))
    assert "посольский" in derived_forms("посольство")
    assert "генпрокуратуры" in derived_forms("прокуратура")
    assert "генштаба" in derived_forms("штаб")
    # Not an adjective that is another word's (хозяйский: a master's, детский: a child's), nor
    # a word the dictionary does not know (государский).
    for noun in ("хозяйство", "детство", "государство", "общество"):
        assert related(noun, "NOUN") == (), noun

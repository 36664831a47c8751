"""A misspelt word of a search corrected against the archive's words (archive/misspellings.py,
store/corrections.py, corrections_pg.py), only when the search finds nothing, on both
engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.english_words import is_english_word
from tg_archiver.archive.misspellings import (
    corrections,
    double_moved,
    one_slip,
    replaced,
    showing,
    two_slips_apart,
    vowels_struck,
)
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store


def test_one_slip_drops_adds_swaps_and_strikes_a_letter() -> None:
    assert "lavrov" in one_slip("Lavorv")  # two neighbours swapped
    assert "kazakhstan" in one_slip("Kazakstan")  # a letter dropped
    assert "узбекистан" in one_slip("Узбекстан")
    assert "moscow" in one_slip("Moscw")
    assert one_slip("war") == ()  # too short: war, was, way
    assert one_slip("co-op") == ()  # not a word of one script's letters


def test_a_doubled_letter_moved_is_read_back() -> None:
    # Session 48: a speller's commonest slip of two, the double on the wrong letter.
    assert "tariffs" in double_moved("tarrifs")
    assert "апелляция" in double_moved("аппеляция")
    assert double_moved("tarif") == double_moved("too") == ()  # no double, too short
    assert double_moved("Tariffs") == double_moved("tariffs")


async def test_a_doubled_letter_moved_is_corrected(engine_store: Store) -> None:
    await ingest(engine_store, make_post(1, "New tariffs on steel take effect."))
    found = await engine_store.search(parse_query("tarrifs"))
    assert [h.row.text for h in found] == ["New tariffs on steel take effect."]
    assert found.corrected is not None and found.corrected.text == "tariffs"


def test_showing_names_the_words_typed_and_those_searched_instead() -> None:
    assert corrections("Lavorv Ankara", "Lavrov Ankara") == (("Lavorv", "Lavrov"),)
    assert corrections("Lavorv", "Lavrov OR Lavrova") == (("Lavorv", "Lavrov OR Lavrova"),)
    assert corrections("a b", "a b") == ()
    assert showing("Lavorv Ankara", "Lavrov Ankara") == (
        "No posts hold «Lavorv»; showing results for «Lavrov»"
    )
    assert showing("Lavorv in Kazakstan", "Lavrov in Kazakhstan") == (
        "No posts hold «Lavorv», «Kazakstan»; showing results for «Lavrov», «Kazakhstan»"
    )


def test_replaced_writes_the_typed_word_as_its_corrections_with_its_capital() -> None:
    assert replaced("Lavorv Moscow", "Lavorv", ("lavrov",)) == "Lavrov Moscow"
    assert replaced("talks Lavorv", "Lavorv", ("lavrov", "lavrova")) == "talks Lavrov OR Lavrova"


async def test_a_search_that_finds_nothing_is_searched_again_with_the_word_corrected(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Lavrov met Fidan in Ankara."),
        make_post(2, "Kazakhstan hosts the summit."),
        make_post(3, "Lavra monastery reopens."),
    )
    ids = {h.row.text: h.row.id for h in await engine_store.search(parse_query("Ankara OR summit"))}
    found = await engine_store.search(parse_query("Lavorv Ankara"))
    assert [h.row.id for h in found] == [ids["Lavrov met Fidan in Ankara."]]
    # The hits carry the search run, for whoever shows them to say so.
    assert found.corrected is not None and found.corrected.text == "Lavrov Ankara"
    ranked = await engine_store.search(parse_query("Kazakstan"), by_rank=True)
    assert len(ranked) == 1 and ranked.corrected is not None
    assert ranked.corrected.text == "Kazakhstan"
    # A search that finds something is left as typed: "Lavra" is a word of the archive.
    as_typed = await engine_store.search(parse_query("Lavra"))
    assert [h.row.text for h in as_typed] == ["Lavra monastery reopens."]
    assert as_typed.corrected is None
    # Nothing one slip away: still nothing.
    nothing = await engine_store.search(parse_query("Qwertyuiop"))
    assert nothing == [] and nothing.corrected is None
    # Corrected, the filters still leave nothing: nothing, and no correction to tell of.
    filtered = await engine_store.search(parse_query("Lavorv tag:nosuchtag"))
    assert filtered == [] and filtered.corrected is None
    # Quoted, it is matched as typed.
    assert await engine_store.search(parse_query('"Lavorv"')) == []


async def test_a_russian_word_the_dictionary_knows_is_no_typo(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "После переговоров министры выступили."),
        make_post(2, "Российские войска освободили Авдеевку."),
    )
    # «посол» is a word no post holds, not «после» misspelt (its word form is one slip away).
    assert await engine_store.search(parse_query("посол")) == []
    # «Авдевка» is no word: the listed word of one slip from its word form stands for it.
    assert len(await engine_store.search(parse_query("Авдевка"))) == 1


def test_the_english_word_list_tells_a_word_from_a_typo() -> None:
    assert is_english_word("ceasefire") and is_english_word("noting")
    assert is_english_word("Sanctions")  # any case, a word's forms
    assert not is_english_word("ceasfire") and not is_english_word("earthqake")


async def test_a_lowercase_english_typo_is_corrected_and_an_english_word_is_not(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "The ceasefire holds in the south."),
        make_post(2, "Nothing new from the talks."),
    )
    found = await engine_store.search(parse_query("ceasfire"))
    assert [h.row.text for h in found] == ["The ceasefire holds in the south."]
    assert found.corrected is not None and found.corrected.text == "ceasefire"
    # "noting" is an English word no post holds, not "nothing" misspelt.
    noting = await engine_store.search(parse_query("noting"))
    assert noting == [] and noting.corrected is None


def test_two_slips_only_in_a_long_word() -> None:
    assert two_slips_apart("землятресение", "землетрясение")
    assert two_slips_apart("киргизстан", "кыргызстан")
    assert not two_slips_apart("землетрясение", "землетрясения")  # one slip
    assert not two_slips_apart("страна", "стена")  # too short
    assert not two_slips_apart("переговоры", "перевороты")  # three
    assert "кыргызстан" in vowels_struck("Киргизстан")
    assert vowels_struck("страна") == ()  # too short


async def test_a_long_word_two_slips_away_is_corrected(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "Землетрясение магнитудой 7,4 произошло у берегов Тайваня."),
        make_post(2, "Министр иностранных дел Кыргызстана прибыл в Москву."),
    )
    quake = await engine_store.search(parse_query("землятресение"))
    assert len(quake) == 1 and quake.corrected is not None
    assert quake.corrected.text == "землетрясение"
    # A place no post names as typed: found by the other names the places' table gives it
    # in its language (archive/place_alternatives.py, session 50), with nothing corrected;
    # before, corrected by its vowels to the archive's «Кыргызстана».
    kyrgyz = await engine_store.search(parse_query("Киргизстан"))
    assert len(kyrgyz) == 1 and kyrgyz.corrected is None


async def test_a_hyphenated_word_is_corrected_part_by_part(engine_store: Store) -> None:
    await ingest(
        engine_store,
        make_post(1, "Делегация прибыла в Нью-Йорк на сессию Генассамблеи."),
        make_post(2, "Улан-Батор: стороны обсудили военно-техническое сотрудничество."),
    )
    york = await engine_store.search(parse_query("Нью-Йрок"))
    assert [h.row.external_id for h in york] == ["1"] and york.corrected is not None
    assert york.corrected.text == "Нью-Йорк"
    both = await engine_store.search(parse_query("военно-техничесое Улан-Баторр"))
    assert [h.row.external_id for h in both] == ["2"] and both.corrected is not None
    # A part that is right stays as typed; a word no part of which is one slip from the
    # archive's is not corrected.
    assert not await engine_store.search(parse_query("Сан-Франциско"))


async def test_a_hyphenated_word_typed_closed_up_is_split(engine_store: Store) -> None:
    # Session 44: «военнотехническое» for «военно-техническое».
    await ingest(
        engine_store,
        make_post(1, "Стороны обсудили военно-техническое сотрудничество."),
        make_post(2, "Развивается торгово-экономическое взаимодействие."),
        make_post(3, "Военное ведомство провело учения."),
    )
    found = await engine_store.search(parse_query("военнотехнического сотрудничества"))
    assert [h.row.external_id for h in found] == ["1"] and found.corrected is not None
    assert found.corrected.text == "военно-технического сотрудничества"
    trade = await engine_store.search(parse_query("торговоэкономическое"))
    assert [h.row.external_id for h in trade] == ["2"]
    # Two words of the archive that no post writes joined: not split.
    assert not await engine_store.search(parse_query("военноэкономическое"))

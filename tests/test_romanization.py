"""A name typed in one script read in the other (archive/romanization.py), and a search of
one that no post holds searched again so (store/corrections.py), on both engines."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.romanization import cyrillic, latin
from tg_archiver.archive.store import Store


def test_a_latin_name_is_read_as_the_romanisations_write_it_back() -> None:
    assert cyrillic("Shoigu")[:2] == ("Шойгу", "Шоигу")  # i after a vowel: й
    assert cyrillic("Ryabkov")[0] == "Рябков"  # ya: я
    assert cyrillic("Galuzin") == ("Галузин",)
    assert "Шереметьево" in cyrillic("Sheremetyevo")  # ye after a consonant: ье or е
    assert "Небензя" in cyrillic("Nebenzia")  # a last ia: я or ия
    assert cyrillic("Mirziyoyev")[0] == "Мирзиёев"
    assert cyrillic("Kaluzhskaya") == ("Калужская",)
    assert cyrillic("Tshisekedi")[0] == "Чисекеди"  # a Bantu name's tsh: ч (session 53)


def test_a_cyrillic_name_is_romanised_by_each_system() -> None:
    assert latin("Галузин") == ("Galuzin",)
    assert set(latin("Шойгу")) == {"Shoygu", "Shoigu"}
    assert set(latin("Небензя")) == {"Nebenzya", "Nebenzia"}
    assert latin("Чисекеди") == ("Chisekedi", "Tshisekedi")  # a first ч: tsh too
    assert latin("Горбачёв")[0] == "Gorbachyov" and "Gorbatshyov" not in latin("Горбачёв")


def test_what_is_no_name_typed_with_a_capital_has_no_reading() -> None:
    assert cyrillic("shoigu") == () and cyrillic("Dan") == () and cyrillic("Шойгу") == ()
    assert latin("шойгу") == () and latin("Shoigu") == ()


async def test_a_name_only_the_other_script_holds_is_found_when_nothing_is_as_typed(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Галузин: Россия готова к диалогу в рамках ОДКБ."),
        make_post(2, "Добыча газа на Ямале выросла."),
        make_post(3, "Shoigu arrived in Pyongyang."),
        make_post(4, "Рябков провёл консультации."),
    )
    found = await engine_store.search(parse_query("Galuzin"))
    assert [h.row.id for h in found] and found.corrected is not None
    assert found.corrected.text == "Галузин"
    assert [h.row.text for h in await engine_store.search(parse_query("Yamal"))] == [
        "Добыча газа на Ямале выросла."
    ]
    english = await engine_store.search(parse_query("Шойгу"))
    assert [h.row.text for h in english] == ["Shoigu arrived in Pyongyang."]
    # A misspelt name the archive holds in its script is corrected so, not read otherwise.
    slip = await engine_store.search(parse_query("Shoygu"))
    assert slip.corrected is not None and slip.corrected.text == "Shoigu"
    # A name found as typed is not read otherwise; one neither script holds finds nothing.
    assert (await engine_store.search(parse_query("Рябков"))).corrected is None
    nothing = await engine_store.search(parse_query("Kuznetsov"))
    assert nothing == [] and nothing.corrected is None


async def test_a_full_name_typed_in_the_other_script_finds_the_surname_alone(
    engine_store: Store,
) -> None:
    # Session 44: the given name is read as that script's given name, alone, so the
    # given-name rule knows the person: the posts naming him by surname or initials.
    texts = {
        1: "Дмитрий Песков ответил на вопросы журналистов.",
        2: "Пресс-секретарь президента Песков отказался от комментариев.",
        3: "Д.С.Песков сообщил, что контактов не планируется.",
        4: "Михаил Галузин провёл консультации.",
        5: "О переговорах Михаила Галузина с делегацией.",
        6: "Заместитель министра Галузин принял посла.",
        7: "Елизавета Пескова открыла выставку.",
    }
    await ingest(engine_store, *(make_post(n, t, day=n) for n, t in texts.items()))

    async def found(text: str) -> tuple[set[int], str | None]:
        hits = await engine_store.search(parse_query(text), limit=20)
        corrected = hits.corrected.text if hits.corrected else None
        return {int(h.row.external_id) for h in hits}, corrected

    assert await found("Dmitry Peskov") == ({1, 2, 3}, "Дмитрий Песков")
    # The reading the archive holds: «Михаил», not «Михайл».
    assert await found("Mikhail Galuzin") == ({4, 5, 6}, "Михаил Галузин")
    # As the name typed in Cyrillic finds.
    hers, corrected = await found("Elizaveta Peskova")
    assert 7 in hers and corrected == "Елизавета Пескова"
    assert hers == (await found("Елизавета Пескова"))[0]

"""The rules the eleventh labelled set taught (session 37): a preview whose first words hold
a typo meets the statement it was cut from by its opening's letters; a flash of 12-20 words
with a typo meets its original by the half it kept whole; a weekday misspelt ("пятица") is
no ordinal against the weekday ("пятница")."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup import band_keys
from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.dedup_keys import half_keys, opening_key
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.store import Store

GREETING = (
    "Сердечно поздравляем руководство и дружественный народ {country} с Днём независимости! "
    "Желаем мира, благополучия и процветания. Уверены, что наши отношения и впредь будут "
    "развиваться на благо народов двух стран, а сотрудничество — крепнуть."
)
WHOLE = GREETING.format(country="Индии")
# Cut by an aggregator, with its own typo in the second word.
PREVIEW = (
    "Сердечно поздарвляем руководство и дружественный народ Индии с Днём независимости! "
    "Желаем мира, благополучия и… Читать далее: https://t.me/example/12"
)


def test_an_opening_key_keeps_a_typo_but_not_another_first_letter() -> None:
    words = WHOLE.split()
    typo = ["поздарвляем" if w == "поздравляем" else w for w in words]
    other = ["Горячо" if w == "Сердечно" else w for w in words]
    assert opening_key(words, 8, b"opening") == opening_key(typo, 8, b"opening")
    assert opening_key(words, 8, b"opening") != opening_key(other, 8, b"opening")
    assert opening_key(words, 8, b"opening") != opening_key(words, 8, b"preview")  # kept apart
    # The preview shares neither a MinHash band nor the words of its first eight.
    whole, preview = fingerprint(WHOLE), fingerprint(PREVIEW)
    assert preview.cut and not whole.cut
    assert not set(band_keys(whole.shingles)) & set(band_keys(preview.shingles))


async def test_a_preview_with_a_typo_in_its_first_words_meets_its_original(
    engine_store: Store,
) -> None:
    await ingest(engine_store, make_post("whole", WHOLE, source=MFA))
    await ingest(engine_store, make_post("preview", PREVIEW, source=aggregator(1)))
    # The same greeting to another country, cut the same way: another statement.
    other = PREVIEW.replace("Индии", "Египта")
    await ingest(engine_store, make_post("other", other, source=aggregator(2)))
    by_id = await rows(engine_store)
    assert by_id["preview"].duplicate_of == "whole"
    assert by_id["other"].duplicate_of is None


async def test_a_preview_stored_first_is_found_by_the_statement(engine_store: Store) -> None:
    # Newest first (an import of an older file after a newer one): the statement looks up
    # the previews stored under its opening.
    await ingest(engine_store, make_post("preview", PREVIEW, source=aggregator(1), day=2))
    await ingest(engine_store, make_post("whole", WHOLE, source=MFA, day=1))
    by_id = await rows(engine_store)
    assert by_id["preview"].duplicate_of == "whole"


FLASH = (
    "Посольство России в Монголии приостанавливает работу консульского отдела, сообщил "
    "источник в дипломатических кругах."
)


def test_a_flash_with_a_typo_keeps_one_half() -> None:
    typo = FLASH.replace("консульского", "косульского")
    a, b = fingerprint(FLASH), fingerprint(typo)
    assert len(a.core) == 13
    assert not set(band_keys(a.shingles)) & set(band_keys(b.shingles))  # MinHash: none
    assert half_keys(a.core)[0] == half_keys(b.core)[0]  # the typo is in the second
    assert set(half_keys(a.core)) <= set(a.bands)
    # A long post gets none.
    assert not set(half_keys(fingerprint(WHOLE).core)) & set(fingerprint(WHOLE).bands)


async def test_a_flash_with_a_typo_meets_its_original(engine_store: Store) -> None:
    typo = FLASH.replace("консульского", "косульского")
    await ingest(engine_store, make_post("flash", FLASH, source=MFA))
    await ingest(engine_store, make_post("typo", typo, source=aggregator(1)))
    other = FLASH.replace("Монголии", "Непале")
    await ingest(engine_store, make_post("other", other, source=aggregator(2)))
    by_id = await rows(engine_store)
    assert by_id["typo"].duplicate_of == "flash"
    assert by_id["other"].duplicate_of is None  # another country


def test_a_misspelt_weekday_is_no_other_ordinal() -> None:
    week = "График на неделю: среда — заседание СНГ; {day} — переговоры с Министром"
    friday, typo = core_words(week.format(day="пятница")), core_words(week.format(day="пятица"))
    assert opposite(friday, typo) is None
    fifth = core_words("пятое заседание комиссии")
    assert opposite(fifth, ["шестое", *fifth[1:]]) is not None  # another ordinal still
    second, first = core_words("the second meeting"), core_words("the first meeting")
    assert opposite(second, first) is not None

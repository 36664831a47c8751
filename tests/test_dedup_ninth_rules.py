"""The rules the ninth labelled set taught (session 35): a typo is one slip of the hand, not
two words; Telegram Desktop's header over a pasted message and a reposter's name line are no
part of the statement; a preview's "Read more" on its cut line; a preview of a statement with
a typo; among statements a preview may have cut, the nearest in time; half the paragraphs of
a statement linked though its signature estimate is low."""

from __future__ import annotations

from datetime import UTC, datetime

import numpy as np
from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import FIRST, MFA, SECOND, aggregator, preview

from tg_archiver.archive.dedup import estimate_jaccard
from tg_archiver.archive.dedup_core import core_text
from tg_archiver.archive.explain import compare
from tg_archiver.archive.fingerprint import fingerprint
from tg_archiver.archive.similarity import also_a_copy, substitution
from tg_archiver.archive.store import Store
from tg_archiver.archive.store.unlinks import LinkRow
from tg_archiver.archive.typos import misspelt_word, one_edit


def test_a_typo_is_one_edit_and_never_two_words_of_the_dictionary() -> None:
    for typo, word in [
        ("eletcions", "elections"),  # two letters swapped
        ("governence", "governance"),  # one replaced
        ("обюдный", "обоюдный"),  # one dropped
        ("соглашеение", "соглашение"),  # one doubled
        ("programme", "program"),  # another spelling
        ("reccomend", "recommend"),  # a doubled letter moved
    ]:
        assert misspelt_word(typo, word) and misspelt_word(word, typo)
    assert not misspelt_word("northern", "southern")  # two edits, ratio 0.75
    assert not misspelt_word("increased", "decreased")
    assert not misspelt_word("вводит", "выводит")  # one edit, but two words of the dictionary
    assert one_edit("abc", "acb") and one_edit("abc", "abcd") and not one_edit("abcd", "badc")


def test_another_region_in_one_embassys_advisory_is_another_statement() -> None:
    north = "The Embassy advises citizens to avoid travel to the northern provinces of Pakistan"
    south = north.replace("northern", "southern")
    assert substitution(north.split(), south.split(), templated=True) is not None
    assert substitution(north.split(), north.replace("travel", "travle").split()) is None


def test_telegram_desktops_header_and_a_reposters_name_line_are_no_part_of_the_core() -> None:
    line = "Russian MFA condemns terrorist attack in Thailand"
    assert core_text(f"MFA Russia 🇷🇺, [06.10.2025 14:40]\n{line}") == line
    assert core_text(f"РИА Новости, [10/6/25 2:40 PM]\n{line}") == line
    assert core_text(f"{line}\n\n🌍 World Diplomacy Digest") == line
    assert core_text(f"{line}\n\n📡 Eurasia Wire") == line
    # A sentence, a date, a list's last item, a single word (a status's slot) are the
    # statement's.
    for last in (
        "🇷🇺 Россия победит!",
        "📅 12 октября",
        "🔹 Situation in Venezuela",
        "✈️ Задержан",
        "✈️ Рейс отменён",
    ):
        text = f"Key talking points:\n\n🔹 The Ukraine crisis\n\n{last}"
        assert core_text(text).endswith(last)
    # A line that only mentions a date in brackets is a sentence.
    said = "Заявление МИД, [06.10.2025 14:40] опубликовано на сайте"
    assert core_text(f"{said}\n{line}").startswith(said)


def test_a_preview_cut_on_a_bullet_with_read_more_on_its_line_is_a_preview() -> None:
    whole = (
        "Briefing by Foreign Ministry Spokeswoman Maria Zakharova, November 9\n\n"
        "Key talking points:\n\n🔹 The Moldovan elections\n🔹 The Ukraine crisis\n"
        "🔹 The situation around the Zaporozhye NPP\n🔹 The EU's 19th package of sanctions\n"
        "🔹 The 80th anniversary of the UN"
    )
    cut = whole.split("\n🔹 The EU")[0] + "\n🔹… Read more →"
    fw, fc = fingerprint(whole), fingerprint(cut)
    assert fc.cut and fc.core[-1] == "NPP"
    assert also_a_copy(fw.core, fc.core, fw.cut, fc.cut)


def test_a_preview_of_a_statement_with_a_typo_is_its_preview() -> None:
    whole = (
        "Due to public holiadys in Nepal, the Consular Section of the Russian Embassy in"
        " Kathmandu will be closed on October 24 and October 25. Applications will be"
        " accepted as usual from October 26."
    )
    cut = whole.replace("holiadys", "holidays").split(" and October 25")[0] + "… Read more →"
    fw, fc = fingerprint(whole), fingerprint(cut)
    assert also_a_copy(fw.core, fc.core, fw.cut, fc.cut)


async def test_a_preview_inside_a_shared_opening_is_linked_to_the_nearest_in_time(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post("first", FIRST, source=MFA, day=1),
        make_post("second", SECOND, source=MFA, day=3),
    )
    # Inside the opening both share: cut from the statement published that day.
    await ingest(
        engine_store, make_post("cut", preview(SECOND, 13, "…"), source=aggregator(1), day=3)
    )
    by_id = await rows(engine_store)
    assert by_id["second"].duplicate_of is None
    assert by_id["cut"].duplicate_of == "second"


PARAGRAPHS = [
    "Moscow strongly condemns the terrorist attack committed on October 9 in Pokhara, Nepal,"
    " which killed 18 people and left dozens more injured.",
    "We extend our deepest condolences to the families and friends of the victims and wish a"
    " speedy recovery to all those injured. We share the grief of the friendly people of Nepal"
    " and express our solidarity with its leadership.",
    "There can be no justification for such inhuman crimes against civilians. We expect that"
    " the organisers and perpetrators of this atrocity will be swiftly identified and receive"
    " the punishment they deserve.",
    "We reaffirm our readiness to further step up cooperation with the authorities of Nepal in"
    " countering the terrorist threat, both bilaterally and on multilateral platforms,"
    " primarily at the UN.",
]


async def test_half_the_paragraphs_is_a_copy_below_the_estimates_bar_at_the_threshold(
    engine_store: Store,
) -> None:
    whole = "Foreign Ministry statement on the terrorist attack in Nepal\n\n" + "\n\n".join(
        PARAGRAPHS
    )
    half = "Foreign Ministry statement on the terrorist attack in Nepal\n\n" + "\n\n".join(
        PARAGRAPHS[:2]
    )
    fw, fh = fingerprint(whole), fingerprint(half)
    estimate = estimate_jaccard(fw.signature, np.array([fh.signature]))[0]
    assert estimate < 0.45  # the bar at the threshold would rule it out
    await ingest(engine_store, make_post("whole", whole, source=MFA))
    await ingest(engine_store, make_post("half", half, source=aggregator(1)))
    assert (await rows(engine_store))["half"].duplicate_of == "whole"


def test_explain_says_when_the_signature_estimate_is_under_the_bar() -> None:
    whole = "\n\n".join(PARAGRAPHS)
    when = datetime(2025, 10, 9, 9, 0, tzinfo=UTC)
    a = LinkRow(1, whole, when, None, None, None)
    half = LinkRow(2, PARAGRAPHS[0], when, None, None, None)  # a quarter: about 0.2
    same = LinkRow(3, whole + " Moscow.", when, None, None, None)
    assert any("under the 0.30 ingest verifies from" in line for line in compare(a, half, 0.7))
    assert not any("ingest verifies from" in line for line in compare(a, same, 0.7))

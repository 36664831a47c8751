"""A channel's flash and its full story, a wire's story and its update: one story, the
fuller one leading (archive.digest_follow_ups)."""

from __future__ import annotations

from datetime import timedelta

from conftest import export_row as row

from tg_archiver.archive.digest_follow_ups import fold_corrections, fold_follow_ups
from tg_archiver.archive.digest_items import DigestItem, group_items

FLASH = "⚡️Лавров прибыл в Нью-Дели для участия во встрече глав МИД стран БРИКС."
FULL = (
    "НЬЮ-ДЕЛИ, 2 декабря. /ТАСС/. Министр иностранных дел РФ Сергей Лавров прибыл в Нью-Дели,"
    " где примет участие во встрече глав МИД стран БРИКС. Как сообщили в российском МИД, на"
    " полях встречи запланированы переговоры с индийским коллегой Субраманьямом Джайшанкаром."
)


def test_a_flash_folds_into_its_full_story_that_follows() -> None:
    flash, full = row(1, FLASH), row(2, FULL)
    [item] = group_items([flash, full])
    assert item.lead is full and item.copies == (flash,)
    assert [r.id for r in item.same_channel_copies()] == [1]


def test_a_flash_stays_a_story_of_its_own_when_the_full_one_is_another_event_or_channel() -> None:
    flash = row(1, FLASH)
    other = row(2, FULL.replace("прибыл в Нью-Дели", "провёл переговоры в Нью-Дели"))
    assert len(group_items([flash, other])) == 2  # "прибыл" is not in it
    elsewhere = row(2, FULL, source="ria")
    assert len(group_items([flash, elsewhere])) == 2  # another channel's story
    later = row(2, FULL, published_at=flash.published_at + timedelta(hours=7))
    assert len(group_items([flash, later])) == 2  # too late to be its full story
    yerevan = row(2, FULL.replace("НЬЮ-ДЕЛИ", "ЕРЕВАН").replace("Нью-Дели", "Ереван"))
    assert len(group_items([flash, yerevan])) == 2  # another place: another event


def test_a_wires_story_folds_into_its_update() -> None:
    first = row(
        1,
        "CSTO ministers adopt statement on treaty anniversary in Minsk.",
        title="CSTO ministers adopt statement on treaty anniversary",
        source="wire",
    )
    update = row(
        2,
        "Foreign ministers of the CSTO adopted a statement on the 35th anniversary of the"
        " Collective Security Treaty at their meeting in Minsk on Thursday. Armenia, which has"
        " frozen its participation, did not attend. The ministers called for closer ties with"
        " the United Nations and the SCO.",
        title="UPDATE 1-CSTO ministers adopt statement on treaty anniversary, Armenia absent",
        source="wire",
    )
    [item] = group_items([first, update])
    assert item.lead is update


def test_a_readout_and_the_press_conference_after_it_stay_two_stories() -> None:
    readout = row(
        1,
        "Переговоры С.В.Лаврова с Министром иностранных дел Республики Беларусь М.В.Рыженковым\n\n"
        "4 декабря в Минске состоялись переговоры. Обсуждены актуальные вопросы двусторонних"
        " отношений, строительства Союзного государства и координации внешнеполитических шагов.",
    )
    presser = row(
        2,
        "Пресс-конференция С.В.Лаврова и М.В.Рыженкова по итогам переговоров\n\n"
        + "Министры ответили на вопросы журналистов о переговорах и планах консультаций. " * 3,
    )
    assert len(group_items([readout, presser])) == 2


CORRECTION = (
    '❗️Исправление: в сообщении ТАСС "Лавров прибыл в Нью-Дели для участия во встрече глав МИД'
    ' стран БРИКС" от 2 декабря следует читать "2 декабря", а не "3 декабря".'
)


def test_a_correction_folds_into_the_story_it_corrects() -> None:
    # The flash it names has folded into its full story already: the story holds it.
    flash, full = row(1, FLASH), row(2, FULL)
    notice = row(3, CORRECTION, published_at=full.published_at + timedelta(hours=5))
    other = row(4, "⚡️Лавров провёл переговоры с Джайшанкаром в Нью-Дели.")
    items = group_items([flash, full, other, notice])
    assert [(i.lead.id, [r.id for r in i.copies]) for i in items] == [(2, [1, 3]), (4, [])]


def test_a_correction_of_a_story_not_in_the_window_or_of_another_source_is_its_own() -> None:
    notice = row(3, CORRECTION)
    assert [i.lead.id for i in group_items([notice])] == [3]  # the day's news of it
    elsewhere = row(1, FLASH, source="ria")
    assert len(group_items([elsewhere, notice])) == 2
    # A notice that corrects by no quotation of a headline says too little to fold.
    bare = row(3, "Исправление: в предыдущем сообщении следует читать 92%, а не 90%.")
    assert len(group_items([row(1, FLASH), bare])) == 2


def test_a_correction_folds_into_its_story_edited_to_the_corrected_number() -> None:
    # The story was edited from 13 to 14 documents before the notice came, and spells out
    # the council the quotation abbreviates: its numbers are not looked for, and one word
    # in six may be missing.
    story = row(
        1,
        "МОСКВА, 27 июня. /ТАСС/. Лидеры стран ЕАЭС по итогам заседания Высшего Евразийского"
        " экономического совета подписали 14 документов, в том числе декларацию о развитии"
        " союза до 2045 года.",
    )
    notice = row(
        2,
        "Исправление: в сообщении ТАСС «Лидеры ЕАЭС подписали 13 документов по итогам заседания"
        " ВЕЭС», переданном 27 июня в 13:00 мск, следует читать «подписали 14 документов».",
        published_at=story.published_at + timedelta(hours=1),
    )
    assert [(i.lead.id, [r.id for r in i.copies]) for i in group_items([story, notice])] == [
        (1, [2])
    ]
    # Three words quoted are all looked for: Minsk is not Yerevan.
    yerevan = row(3, "⚡️Лавров прибыл в Ереван.")
    minsk = row(
        4,
        'Исправление: в сообщении ТАСС "Лавров прибыл в Минск" следует читать "4 декабря".',
        published_at=yerevan.published_at + timedelta(hours=1),
    )
    assert len(group_items([yerevan, minsk])) == 2


def test_a_wires_full_story_folds_into_its_marked_update_that_says_more() -> None:
    # Dedup keeps an update that adds a fact apart (archive/updates.py): the digest shows the
    # two once, the update leading, however long the first version was.
    story = (
        "Foreign ministers of Chile and Russia signed an agreement in Santiago on Tuesday"
        " waiving visa requirements for short trips of up to 90 days, the Chilean government"
        " said in a statement after the talks."
    )
    first = row(1, story, title="Chile, Russia sign visa waiver deal", source="wire")
    added = " The agreement still has to be ratified by both parliaments."
    update = row(
        2, story + added, title="UPDATE 1-Chile, Russia sign visa waiver deal", source="wire"
    )
    [item] = group_items([first, update])
    assert item.lead is update and item.copies == (first,)
    # Not another channel's update, nor an unmarked longer story. (Another channel's is a
    # retelling, archive.digest_retellings: the earlier leads.)
    elsewhere = row(2, story + added, title=update.title, source="ria")
    assert [i.lead.id for i in group_items([first, elsewhere])] == [1]
    unmarked = row(2, story + added, title="Chile, Russia sign visa waiver deal", source="wire")
    assert len(group_items([first, unmarked])) == 2
    # A shorter "update" is no follow-up that says more; it is still the wire's newer version
    # of the story (archive.digest_updates): one item, the newer leading.
    shorter = row(
        2, story[:80], title="UPDATE 1-Chile, Russia sign visa waiver deal", source="wire"
    )
    assert fold_follow_ups([DigestItem(first), DigestItem(shorter)]) == [
        DigestItem(first),
        DigestItem(shorter),
    ]
    [item] = group_items([first, shorter])
    assert item.lead is shorter and item.copies == (first,)


def test_a_correction_that_says_the_story_again_takes_the_place_of_what_it_corrects() -> None:
    wrong = row(1, "⚡️Суд по иску ЦБ наложил арест на средства Euroclear на сумму 3,2 трлн рублей.")
    other = row(2, "Фицо снял вето на 21-й пакет санкций", source="ria")
    fixed = row(
        3,
        "ИСПРАВЛЕНИЕ: Суд по иску ЦБ наложил арест на средства Euroclear в российских банках"
        " на сумму 2,3 трлн рублей (а не 3,2 трлн, как сообщалось ранее).",
        published_at=wrong.published_at + timedelta(minutes=25),
    )
    items = group_items([wrong, other, fixed])
    assert [(i.lead.id, [r.id for r in i.copies]) for i in items] == [(2, []), (3, [1])]


def test_an_update_naming_the_wrong_figure_joins_the_item_holding_it() -> None:
    # The agency's flash is a copy in another source's item: the update joins that item.
    wire = row(1, "EU ambassadors agree 21st sanctions package against Russia", source="wire")
    flash = row(2, "Постпреды ЕС одобрили 21-й пакет санкций, в него включены 189 судов")
    updated = row(
        3,
        "ОБНОВЛЕНО: в 21-й пакет санкций ЕС включены 198 судов, а не 189, как сообщалось "
        "ранее, — Официальный журнал ЕС",
        published_at=flash.published_at + timedelta(hours=4),
    )
    items = [DigestItem(wire, (flash,)), DigestItem(updated)]
    folded = fold_corrections(items)
    assert [(i.lead.id, [r.id for r in i.copies]) for i in folded] == [(1, [2, 3])]
    # Without the wrong figure, an update is a story of its own.
    plain = row(3, "ОБНОВЛЕНО: в 21-й пакет санкций ЕС включены 198 судов")
    assert len(fold_corrections([DigestItem(wire, (flash,)), DigestItem(plain)])) == 2


def test_a_correction_of_the_same_figures_words_leads_the_item_it_corrects() -> None:
    results = row(1, "📊 Итоги ПМЭФ-2026: подписано 1 084 соглашения на сумму 6,4 трлн рублей.")
    flash = row(2, "⚡️На ПМЭФ-2026 подписано 1 084 соглашения на 6,4 трлн рублей", source="tass")
    fixed = row(
        3,
        "❗️Уточнение: по данным на 14:00, на ПМЭФ-2026 подписано 1 112 соглашений на сумму "
        "6,8 трлн рублей.",
        published_at=results.published_at + timedelta(hours=2),
    )
    folded = fold_corrections([DigestItem(results, (flash,)), DigestItem(fixed)])
    assert [(i.lead.id, [r.id for r in i.copies]) for i in folded] == [(3, [1, 2])]

"""One event told by several agencies' flashes in one language, each with a fact of its own:
one item of a digest (archive/digest_flashes.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import channel_post, export_row

from tg_archiver.archive.digest_flashes import FLASH_WITHIN, fold_flashes, is_reaction
from tg_archiver.archive.digest_items import DigestItem, group_items
from tg_archiver.archive.export import ExportRow

T0 = datetime(2024, 6, 5, 10, 0, tzinfo=UTC)

# Two agencies' flashes of one answer at a briefing, minutes apart, each with its own fact:
# their words differ (a retelling's cosine misses them), their names, place and dates do not.
NIZHNY_TASS = (
    "Захарова: встреча министров иностранных дел БРИКС пройдет в Нижнем Новгороде 10-11 июня."
)
NIZHNY_RIA = (
    "СМИД БРИКС в Нижнем Новгороде 10–11 июня станет первым в расширенном составе, заявила "
    "Захарова."
)
# The same speaker on another subject the same morning: another story.
SWISS_TASS = (
    "Захарова: конференция в Бюргенштоке не имеет отношения к мирному урегулированию на Украине."
)
# Other stories of the day: the window's names are weighed by how rare they are among them.
OTHERS = (
    "Лавров провел в Москве переговоры с главой МИД Палестины Мустафой.",
    "Совбез ООН одобрил проект резолюции по Газе, Россия воздержалась.",
    "Небензя: поставки западного оружия Киеву делают НАТО участником конфликта.",
    "Спортивные игры БРИКС пройдут в Казани с 12 по 23 июня.",
)


def post(n: int, text: str, source: str, minutes: int) -> ExportRow:
    return channel_post(n, text, source, T0 + timedelta(minutes=minutes))


def day(*told: ExportRow) -> list[ExportRow]:
    """``told`` among the day's other stories, posted by a channel of their own."""
    others = [post(100 + n, text, "other_agency", 200 + 30 * n) for n, text in enumerate(OTHERS)]
    return [*told, *others]


def item_of(items: list[DigestItem], n: int) -> DigestItem:
    return next(i for i in items if any(r.id == n for r in i.rows))


def test_two_agencies_flashes_of_one_answer_are_one_item_the_first_leading() -> None:
    items = group_items(day(post(1, NIZHNY_TASS, "tass", 0), post(2, NIZHNY_RIA, "ria", 3)))
    one = item_of(items, 1)
    assert one.lead.id == 1 and [r.id for r in one.copies] == [2]
    assert len(items) == 1 + len(OTHERS)


def test_the_same_speaker_on_another_subject_stays_apart() -> None:
    rows = day(post(1, NIZHNY_TASS, "tass", 0), post(2, SWISS_TASS, "ria", 8))
    items = group_items(rows)
    assert item_of(items, 1) is not item_of(items, 2)


def test_two_ministers_arriving_at_one_meeting_stay_apart() -> None:
    lavrov = post(1, "Лавров прибыл в Астану для участия в заседании СМИД ШОС.", "tass", 0)
    other = post(2, "Глава МИД Беларуси Рыженков прибыл в Астану на СМИД ШОС.", "belta", 10)
    items = group_items(day(lavrov, other))
    assert item_of(items, 1) is not item_of(items, 2)


def test_a_ministrys_own_reaction_is_no_flash_of_the_event() -> None:
    exchange = post(
        1,
        "Россия вернула 103 военнослужащих из плена, посредничество оказали Объединенные "
        "Арабские Эмираты — Минобороны",
        "tass",
        0,
    )
    thanks = post(
        2,
        "Выражаем признательность Объединенным Арабским Эмиратам за посреднические усилия в "
        "возвращении из плена 103 российских военнослужащих.",
        "mid_rf",
        40,
    )
    items = group_items(day(exchange, thanks))
    assert item_of(items, 1) is not item_of(items, 2)
    assert is_reaction("We thank the United Arab Emirates for their mediation.")
    assert is_reaction("Поздравляем Ф.Яна с избранием на пост Председателя.")
    assert not is_reaction("Россия вернула 103 военнослужащих из плена.")


def test_flashes_hours_apart_stay_apart() -> None:
    late = int(FLASH_WITHIN / timedelta(minutes=1)) + 5
    items = group_items(day(post(1, NIZHNY_TASS, "tass", 0), post(2, NIZHNY_RIA, "ria", late)))
    assert item_of(items, 1) is not item_of(items, 2)


def test_one_sources_own_posts_never_fold_here() -> None:
    told = [DigestItem(post(1, NIZHNY_TASS, "tass", 0)), DigestItem(post(2, NIZHNY_RIA, "tass", 3))]
    assert fold_flashes(told) == told


def test_a_flash_folds_into_a_wire_story_by_its_own_languages_report_of_it() -> None:
    # The wire's English story leads; RIA's Russian report of it is folded in as its
    # translation; TASS's Russian flash of the same answer is compared with RIA's.
    wire = export_row(
        1,
        "MOSCOW (Global Wire) - Russian Foreign Ministry spokeswoman Maria Zakharova said on "
        "Wednesday the BRICS foreign ministers will meet in Nizhny Novgorod on June 10-11.",
        source="wire",
        source_title="wire",
        published_at=T0,
    )
    ria = post(2, NIZHNY_RIA, "ria", 3)
    tass = post(3, NIZHNY_TASS, "tass", 6)
    led = DigestItem(wire, (ria,))
    others = [DigestItem(r) for r in day()]
    folded = fold_flashes([led, DigestItem(tass), *others])
    assert [r.id for r in item_of(folded, 3).rows] == [1, 2, 3]


def test_a_person_one_flash_names_and_the_other_never_does_keeps_them_apart() -> None:
    # A week written blind (session 37's summit week): the host's talks with a prime
    # minister and Putin's with him an hour later; a spokeswoman's comment on a visit and
    # the visit. Only one of each pair names the person (the host is "Глава государства").
    host = post(
        1,
        "Глава государства провел встречу с Премьер-министром Исламской Республики Пакистан "
        "Шахбазом Шарифом, прибывшим в Астану для участия в саммите ШОС.",
        "akorda",
        0,
    )
    putin = post(
        2, "Путин встретился в Астане с премьер-министром Пакистана Шахбазом Шарифом.", "tass", 70
    )
    items = group_items(day(host, putin))
    assert item_of(items, 1) is not item_of(items, 2)
    visit = post(3, "BREAKING: Hungary's Orban arrives in Kyiv on his first visit", "wire", 0)
    comment = post(
        4, "Kiev shows no desire to negotiate, Zakharova says of Orban's Kyiv visit", "tass_en", 90
    )
    items = group_items(day(visit, comment))
    assert item_of(items, 3) is not item_of(items, 4)

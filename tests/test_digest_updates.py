"""A wire's later updates that rewrite its story join the version they update, the newest
leading (archive/digest_updates.py); a blind review's week showed one quake as four items with
tolls of 2, 6 and 8, the oldest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from conftest import export_row

from tg_archiver.archive.digest_items import DigestItem, group_items
from tg_archiver.archive.digest_updates import fold_updates, tells_a_new_count
from tg_archiver.archive.export import ExportRow

START = datetime(2025, 3, 6, 2, 0, tzinfo=UTC)


def wire(n: int, title: str, text: str, hours: float, source: str = "wire") -> ExportRow:
    return export_row(
        n,
        text,
        title=title,
        source=source,
        source_kind="feed",
        source_title=source.title(),
        url=f"https://{source}.example/{n}",
        published_at=START + timedelta(hours=hours),
        tags=(),
    )


FIRST = wire(
    1,
    "Floods hit northern Bangladesh after record monsoon rains, thousands evacuated",
    "DHAKA (Wire) - Flash floods swept through Sylhet and Sunamganj districts in northern"
    " Bangladesh on Thursday after record monsoon rains, forcing thousands of residents from"
    " their homes, the disaster management ministry said.",
    0,
)
UPDATE_1 = wire(
    2,
    "UPDATE 1-Bangladesh floods kill at least 9, army deployed",
    "DHAKA (Wire) - At least nine people were killed as flash floods swept through Sylhet in"
    " northern Bangladesh on Thursday, officials said, and the army was deployed to rescue"
    " residents stranded on rooftops.",
    5,
)
UPDATE_2 = wire(
    3,
    "UPDATE 2-Bangladesh flood death toll climbs to 17 as rivers keep rising",
    "DHAKA (Wire) - The death toll from Thursday's flash floods in the Sylhet and Sunamganj"
    " districts of Bangladesh rose to 17 on Friday, officials said, as the Surma river kept"
    " rising and relief camps filled.",
    26,
)
OTHER = wire(
    4,
    "Bangladesh central bank holds policy rate, cites inflation risks",
    "DHAKA (Wire) - Bangladesh's central bank kept its policy rate unchanged on Thursday,"
    " saying inflation risks remained high after a weak harvest.",
    3,
)


def test_a_wire_s_updates_join_its_story_the_newest_leading() -> None:
    items = [DigestItem(r) for r in (FIRST, OTHER, UPDATE_1, UPDATE_2)]
    folded = fold_updates(items)
    assert [i.lead.id for i in folded] == [4, 3]
    assert [r.id for r in folded[1].copies] == [1, 2]


def test_another_source_s_report_folded_into_a_version_comes_along() -> None:
    # Another agency's report, folded into the first version (a retelling), is one more
    # source of the story the update now leads.
    agency = wire(5, "Floods in Bangladesh", "Floods in Sylhet.", 1, source="agency")
    items = [DigestItem(FIRST, (agency,)), DigestItem(UPDATE_1)]
    (story,) = fold_updates(items)
    assert story.lead.id == 2 and [r.id for r in story.copies] == [1, 5]
    assert story.other_sources() == [("Agency", "https://agency.example/5")]


def test_an_update_joins_only_the_story_it_updates_of_its_own_source() -> None:
    # The same update from another source does not take this wire's story, nor does an
    # update more than two days later.
    elsewhere = wire(6, UPDATE_1.title or "", UPDATE_1.text, 5, source="other")
    late = wire(7, UPDATE_2.title or "", UPDATE_2.text, 60)
    items = [DigestItem(FIRST), DigestItem(elsewhere), DigestItem(late)]
    assert [i.lead.id for i in fold_updates(items)] == [1, 6, 7]
    # An update that is like none of its source's earlier stories stays apart.
    rate = wire(8, "UPDATE 1-Central bank holds rate", OTHER.text, 4)
    assert [i.lead.id for i in fold_updates([DigestItem(FIRST), DigestItem(rate)])] == [1, 8]


def test_a_digest_s_items_show_the_story_once_with_the_latest_figure() -> None:
    items = group_items([FIRST, OTHER, UPDATE_1, UPDATE_2])
    assert [i.lead.id for i in items] == [4, 3]
    assert [r.id for r in items[1].same_channel_copies()] == [1, 2]


def flash(n: int, text: str, hours: float, source: str = "agency") -> ExportRow:
    return export_row(
        n,
        text,
        source=source,
        source_title=source.title(),
        url=f"https://t.me/{source}/{n}",
        published_at=START + timedelta(hours=hours),
        tags=(),
    )


def test_a_first_sentence_saying_a_toll_rose_is_an_update() -> None:
    for said in (
        "Число погибших при ударе по школе в Нусейрате возросло до 40.",
        "Минздрав Газы: число погибших при операции превысило 150.",
        "Генсек ООН осудил удар по школе, число жертв достигло 40.",
        "Число пострадавших при обстреле Белгорода увеличилось до семи, среди них ребенок.",
        "Philippine quake death toll rises to 8",
        "The number of dead from the floods rose to 17 on Friday, officials said.",
    ):
        assert tells_a_new_count(None, said), said
    for said in (
        "Число стран БРИКС выросло до десяти.",  # no toll
        "Количество участников форума превысило 5 тысяч.",
        "Israeli strike kills 33. The death toll rose to 40 later.",  # not the first sentence
        "Жертвами операции в лагере Нусейрат стали 210 палестинцев.",  # no rise said
        "Число погибших уточняется.",
    ):
        assert not tells_a_new_count(None, said), said
    assert tells_a_new_count("Число погибших при землетрясении выросло до 12", "Подробности.")


# An agency's flashes of one strike, the toll rising, unmarked; another incident the same day.
STRIKE = flash(
    11,
    "Израильские ВВС нанесли удар по школе в лагере Нусейрат, где укрывались беженцы,"
    " погибли не менее 27 человек.",
    0,
)
BUS = flash(12, "В Дагестане автобус с паломниками упал в ущелье, погибли 9 человек.", 1)
TOLL_33 = flash(
    13, "Число погибших при ударе по школе в Нусейрате выросло до 33, сообщает минздрав.", 2
)
TOLL_40 = flash(
    14, "Число погибших при ударе израильской авиации по школе в Нусейрате возросло до 40.", 4
)


def test_an_agencys_toll_updates_join_its_first_report_the_newest_leading() -> None:
    folded = fold_updates([DigestItem(r) for r in (STRIKE, BUS, TOLL_33, TOLL_40)])
    assert [i.lead.id for i in folded] == [12, 14]
    assert [r.id for r in folded[1].copies] == [11, 13]
    # Through group_items too: the digest shows the strike once, with the latest toll.
    assert [i.lead.id for i in group_items([STRIKE, BUS, TOLL_33, TOLL_40])] == [12, 14]


def test_a_toll_update_joins_only_its_own_sources_story() -> None:
    # Another agency's toll is its own report (a retelling's fold is another module's), and
    # a toll of another incident does not take the strike's story.
    elsewhere = flash(15, TOLL_33.text, 2, source="other")
    bus_toll = flash(16, "Число погибших при падении автобуса в Дагестане выросло до 11.", 3)
    folded = fold_updates([DigestItem(r) for r in (STRIKE, BUS, elsewhere, bus_toll)])
    assert [i.lead.id for i in folded] == [11, 15, 16]
    assert [r.id for r in folded[2].copies] == [12]


def test_a_marked_update_naming_none_of_the_story_s_names_is_another_story() -> None:
    # The wire's summit story names the bloc and the city, its "UPDATE 1" another country
    # joining the bloc: two events (a blind week folded the summit into the join,
    # the summit's opening gone from the digest). The flood's update names Bangladesh again.
    opening = wire(
        11,
        "Leaders open East African Community summit in Arusha",
        "ARUSHA (Wire) - Leaders of the East African Community, a trade bloc founded by Kenya,"
        " Tanzania and Uganda, met in Arusha on Friday, with Somalia set to become the"
        " bloc's eighth member.",
        0,
    )
    joins = wire(
        12,
        "UPDATE 1-Somalia joins Kenya and Tanzania's trade bloc as eighth member",
        "ARUSHA (Wire) - Somalia formally joined the East African Community in Arusha on Friday,"
        " becoming the bloc's eighth member, as its ally Kenya seeks to widen the bloc.",
        0.5,
    )
    assert [i.lead.id for i in fold_updates([DigestItem(opening), DigestItem(joins)])] == [11, 12]
    assert [i.lead.id for i in fold_updates([DigestItem(FIRST), DigestItem(UPDATE_1)])] == [2]

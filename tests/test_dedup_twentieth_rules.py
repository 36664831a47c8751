"""The rules the twentieth labelled set taught (session 52): a tally republished with a line
added (a line shaped as the lines beside it, a typo fixed next to it or not) and a ranking
put in another order are other statements (archive/list_items.py); so are a figure given a
scale's word and a day in words grown by a word (archive/figures.py), and the same words
said by a deputy (archive/speaker_ranks.py)."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.figures import figures_changed
from tg_archiver.archive.list_items import added_to_list, reordered
from tg_archiver.archive.speaker_ranks import rank_added
from tg_archiver.archive.store import Store

FLOODS = (
    "🌊 Паводок в Оренбургской области, подтоплены жилые дома:\n\n"
    "— Орск — 312 домов\n— Новотроицк — 58 домов\n\n"
    "Работы по откачке воды продолжаются."
)
FLOODS_MORE = FLOODS.replace("58 домов\n", "58 домов\n— Гай — 17 домов\n")
SEATS = "Preliminary results, seats won:\nLabour 211\nConservative 97\nLiberal Democrat 44"
RANKED = (
    "Крупнейшие экспортёры пшеницы в сезоне 2024/25, по оценке Минсельхоза США: "
    "Россия, Евросоюз, Канада, Австралия, Аргентина."
)


def _added(one: str, other: str) -> list[str] | None:
    return added_to_list(core_words(one), core_words(other))


def test_a_line_added_to_a_tally_is_another_statement() -> None:
    assert _added(FLOODS, FLOODS_MORE) == ["Гай", "17", "домов"]
    assert _added(FLOODS_MORE, FLOODS) == ["Гай", "17", "домов"]  # either way round
    # Two lines at once; a line at the end of a list with nothing after it.
    two = FLOODS.replace("58 домов\n", "58 домов\n— Гай — 17 домов\n— Кувандык — 9 домов\n")
    assert _added(FLOODS, two) == ["Гай", "17", "домов", "Кувандык", "9", "домов"]
    assert _added(SEATS, f"{SEATS}\nGreen 4") == ["Green", "4"]
    # A label of two words beside labels of one: "Non-voting" after "Against".
    vote = "The draft was adopted.\nIn favour: 121\nAgainst: 9\nAbstentions: 44"
    assert _added(vote, f"{vote}\nNon-voting: 19") == ["Non", "voting", "19"]


def test_a_line_added_beside_a_typo_fixed() -> None:
    typo = FLOODS.replace("58 домов", "58 доомв")
    assert _added(typo, FLOODS_MORE) is not None


def test_what_a_copy_adds_to_a_tally_is_no_line() -> None:
    # A sign-off, a dateline, a link, a date: not shaped as the tally's lines.
    for added in ("Подписывайтесь: @orenburg_news", "ОРЕНБУРГ, 12 апреля", "Фото 1 из 3"):
        assert _added(FLOODS, f"{FLOODS}\n\n{added}") is None, added
    # The rest of a text cut short is no line added.
    cut = "Preliminary results, seats won:\nLabour 211\nConservative 97…"
    assert added_to_list(core_words(cut), core_words(SEATS), cut=True) is None


def test_a_ranking_in_another_order_is_another_statement() -> None:
    swapped = RANKED.replace("Канада, Австралия", "Австралия, Канада")
    assert reordered(core_words(RANKED), core_words(swapped)) in (["Канада"], ["Австралия"])
    top = "Top destinations for Russian tourists in May: 1) Turkey 2) Egypt 3) UAE 4) Thailand"
    moved = top.replace("2) Egypt 3) UAE", "2) UAE 3) Egypt")
    assert reordered(core_words(top), core_words(moved)) is not None
    # The same words in the same order; a copy that names two sides the other way round,
    # where nothing says the order is a ranking.
    assert reordered(core_words(RANKED), core_words(RANKED)) is None
    talks = "Russia and China held consultations on Afghanistan in Beijing."
    other_way = "China and Russia held consultations on Afghanistan in Beijing."
    assert reordered(core_words(talks), core_words(other_way)) is None
    # Common words moved are a rewording, not a ranking's order.
    reworded = RANKED.replace("по оценке Минсельхоза США", "Минсельхоза США по оценке")
    assert reordered(core_words(RANKED), core_words(reworded)) is None


async def test_a_tally_grown_and_a_ranking_reordered_are_kept(engine_store: Store) -> None:
    await ingest(engine_store, make_post("floods", FLOODS, source=MFA))
    await ingest(
        engine_store,
        make_post("copy", f"{FLOODS}\n\nПодписывайтесь: t.me/x", source=aggregator(1)),
    )
    await ingest(engine_store, make_post("more", FLOODS_MORE, source=MFA))
    await ingest(engine_store, make_post("ranked", RANKED, source=MFA))
    swapped = RANKED.replace("Канада, Австралия", "Австралия, Канада")
    await ingest(engine_store, make_post("swapped", swapped, source=MFA))
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "floods"
    assert by_id["more"].duplicate_of is None
    assert by_id["swapped"].duplicate_of is None


def test_a_scale_put_after_a_figure_makes_another_figure() -> None:
    rose = "Экспорт зерна вырос на 14% по сравнению с прошлым сезоном, сообщил Минсельхоз."
    scaled = rose.replace("14%", "14 млн тонн")
    assert figures_changed(core_words(rose), core_words(scaled)) == (["14"], ["14 млн тонн"])
    assert figures_changed(core_words(scaled), core_words(rose)) == (["14 млн тонн"], ["14"])
    deficit = "The deficit stood at 2.1% in the first half, the ministry said."
    assert figures_changed(core_words(deficit), core_words(deficit.replace("%", " billion")))
    # A word that is no scale's after the figure: left to the other rules.
    assert (
        figures_changed(core_words(rose), core_words(rose.replace("14%", "14% (оценка)"))) is None
    )


def test_a_day_in_words_grown_by_a_word_is_another_day() -> None:
    day = "Закон вступает в силу с первого января две тысячи двадцать восьмого года."
    later = day.replace("с первого", "с двадцать первого")
    assert figures_changed(core_words(day), core_words(later)) is not None
    # Number words a copy does not add elsewhere are not read as a figure.
    leaders = "The leaders discussed trade and security in Beijing."
    both = "The two leaders discussed trade and security in Beijing."
    assert figures_changed(core_words(leaders), core_words(both)) is None


def test_a_deputy_for_the_minister_is_another_speaker() -> None:
    said = "Russia sees no grounds to resume the talks, foreign minister says"
    deputy = said.replace("foreign minister", "deputy foreign minister")
    assert rank_added(core_words(said), core_words(deputy)) == ["deputy"]
    ru = "Переговоры продолжатся в январе, заявил министр иностранных дел."
    ru_deputy = ru.replace("министр иностранных", "заместитель министра иностранных")
    assert rank_added(core_words(ru), core_words(ru_deputy)) == ["заместитель"]
    first = ru.replace("министр иностранных", "первый заместитель министра иностранных")
    assert rank_added(core_words(ru_deputy), core_words(first)) == ["первый"]
    # With a typo fixed beside it.
    typo = ru.replace("продолжатся", "продолжатя")
    assert rank_added(core_words(typo), core_words(ru_deputy)) == ["заместитель"]
    # A copy: the office in another case, "first" that is no rank's, a word that is no rank.
    assert (
        rank_added(core_words(ru), core_words(ru.replace("январе", "первый раз в январе"))) is None
    )
    assert rank_added(core_words(said), core_words(said.replace("says", "said"))) is None


def test_the_headers_a_dump_of_pasted_messages_puts_over_a_post() -> None:
    text = "Занятия в школах 19 ноября проведут дистанционно из-за сильного снегопада"
    for head in (
        "[18.11.2027 19:04] ИА «Меридиан»:",
        "[18.11.2027 19:04] @meridian_lenta",
        "ИА «Меридиан», [18.11.2027 19:04]",
        "=== forwards-2027-11.txt ===\n[18.11.2027 19:04] @meridian_lenta\n",
        "----- Пересланное сообщение -----\nОт: ИА «Меридиан» (@meridian_lenta)\n"
        "Дата: 18.11.2027 19:04\n",
        "----- Forwarded message -----\nFrom: Meridian (@meridian_lenta)\nDate: 18.11.2027\n",
    ):
        assert core_words(f"{head}\n{text}") == core_words(text), head
    # A heading between dashes with no header's fields under it is the post's own; a header
    # with nothing after it is all the post says.
    assert core_words(f"--- Итоги недели ---\n{text}") != core_words(text)
    assert core_words("[18.11.2027 19:04] @meridian_lenta") == [
        "18",
        "11",
        "2027",
        "19",
        "04",
        "meridian_lenta",
    ]


async def test_one_channel_s_warning_for_each_region_by_its_hashtag(engine_store: Store) -> None:
    warning = (
        "❄️ Внимание! Завтра ожидается гололедица, на дорогах снежный накат. Будьте осторожны"
        " за рулём и на улице, выбирайте нескользящую обувь и обходите опасные участки."
    )
    await ingest(engine_store, make_post("kursk", f"{warning}\n\n#Курск", source=MFA, day=1))
    await ingest(engine_store, make_post("belgorod", f"{warning}\n\n#Белгород", source=MFA, day=1))
    # Another channel's copies: with the original's hashtag, it is that one's; with its own
    # hashtags only, still a copy.
    await ingest(
        engine_store,
        make_post("copy", f"⚡️ {warning}\n\n#Белгород", source=aggregator(1), day=1),
    )
    await ingest(
        engine_store, make_post("own-tags", f"{warning}\n\n#новости", source=aggregator(2), day=1)
    )
    by_id = await rows(engine_store)
    assert by_id["belgorod"].duplicate_of is None
    assert by_id["copy"].duplicate_of == "belgorod"
    assert by_id["own-tags"].duplicate_of in {"kursk", "belgorod"}


def test_credits_a_wire_s_byline_a_dateline_and_a_list_wrapped_anew() -> None:
    text = "BRICS summit in New Delhi to be held on Sept 9-10, host country says"
    assert core_words(f"Video credit: © example.com\n\n{text}") == core_words(text)
    assert core_words(
        f"{text}\n\n(Reporting by Anna Ivanova and John Smith; Editing by Mark Lee)"
    ) == core_words(text)
    assert core_words(f"MOSCOW (AP) — {text}") == core_words(text)
    assert core_words(f"MOSCOW (PBP), February 5 — {text}") == core_words(text)
    # A video's own link is what the post says; a body's name in brackets is no agency's.
    assert core_words("Видео: https://t.me/tass_agency/1") != []
    assert core_words("Видео: https://t.me/tass_agency/1\n\nИсточник: ТАСС") != core_words(
        "Источник: ТАСС"
    )
    sco = "ШОС (Шанхайская организация сотрудничества) — крупнейшая региональная организация."
    assert core_words(sco)[:2] == ["ШОС", "Шанхайская"]
    # A numbered list whose lines a copy joined: its numbers are no words, as on their lines.
    lines = "Лидеры по вводу жилья:\n\n1. Москва\n2. Московская область\n3. Краснодарский край"
    joined = "Лидеры по вводу жилья:\n\n1. Москва 2. Московская\nобласть 3. Краснодарский край"
    assert core_words(joined) == core_words(lines)
    assert core_words("1. Встреча прошла. В 2. часа ночи.")[:1] == ["1"]  # not a list


def test_where_a_figure_is_read_is_one_phrasing() -> None:
    from tg_archiver.archive.rewordings import reworded

    assert reworded(["следует", "из"], ["говорится", "в"])
    assert reworded(["according", "to"], ["as", "reported", "in"])
    assert not reworded(["следует", "из"], ["опровергается"])

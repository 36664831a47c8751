"""The rules the nineteenth labelled set taught (session 51): a list with an item added or
taken out where only words were added (inside a sentence before its join, at its end after
a join, a list's entry of names) is another statement (archive/list_items.py); two posts
that write as many figures, some others ("4,2%" / "2,4%"), are two (archive/figures.py)."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.figures import figures_changed
from tg_archiver.archive.list_items import added_to_list
from tg_archiver.archive.store import Store

CONVOY = (
    "The convoy carried food, drinking water, medicines and tarpaulins for families "
    "displaced by the fighting in the north-west."
)
DECREE = (
    "Указом Президента Российской Федерации Зайцев Олег Петрович назначен Чрезвычайным и "
    "Полномочным Послом Российской Федерации в Республике Ангола."
)
CONCURRENTLY = DECREE.replace(
    "Ангола.", "Ангола и в Демократической Республике Сан-Томе и Принсипи по совместительству."
)
AIRPORTS = (
    "Временные ограничения на приём и выпуск воздушных судов действуют в аэропортах:\n\n"
    "— Калуга (Грабцево)\n— Тамбов (Донское)\n— Ярославль (Туношна)\n\n"
    "Информацию о рейсах уточняйте в авиакомпаниях."
)
CANDIDATES = (
    "По округу № 142 зарегистрированы кандидаты:\n\n1. Воронин Сергей Николаевич\n"
    "2. Гладких Ирина Викторовна\n3. Исаев Роман Олегович"
)


def test_an_item_added_inside_a_sentence_or_at_its_end_after_a_join() -> None:
    kits = CONVOY.replace("medicines and", "medicines, hygiene kits and")
    assert added_to_list(core_words(CONVOY), core_words(kits)) == ["hygiene", "kits"]
    assert added_to_list(core_words(DECREE), core_words(CONCURRENTLY))[:2] == ["и", "в"]
    haiti = "The Council will hold consultations on Yemen, Libya, Sudan and Haiti."
    yemen = "The Council will hold consultations on Yemen, Libya and Sudan."
    assert added_to_list(core_words(yemen), core_words(haiti)) == ["and", "Haiti"]
    # Either way round: the later post may be the shorter.
    assert added_to_list(core_words(CONCURRENTLY), core_words(DECREE)) is not None


def test_a_list_s_entry_of_names_taken_out_or_added_last() -> None:
    fewer = AIRPORTS.replace("— Тамбов (Донское)\n", "")
    assert added_to_list(core_words(AIRPORTS), core_words(fewer)) == ["Тамбов", "Донское"]
    more = CANDIDATES + "\n4. Шубин Константин Андреевич"
    assert added_to_list(core_words(CANDIDATES), core_words(more)) == [
        "Шубин",
        "Константин",
        "Андреевич",
    ]


def test_what_a_copy_adds_is_no_item() -> None:
    core = core_words(CONVOY)
    # A heading over the text, a source's name after it, the rest of a text cut short.
    assert added_to_list(core, core_words(f"Aid to the north-west\n\n{CONVOY}")) is None
    assert added_to_list(core, core_words(f"{CONVOY}\n\nOCHA Sudan")) is None
    cut = core_words("The convoy carried food, drinking water, medicines…")
    assert added_to_list(cut, core, cut=True) is None
    # A table's figures, then a preview's block naming the channel: no list of names.
    rates = "Курсы валют на 27 апреля:\nUSD — 83.16\nEUR — 96.25\nCNY — 11.57"
    assert added_to_list(core_words(rates), core_words(f"{rates}\n\nМИД России")) is None


def test_as_many_figures_some_others_are_another_statement() -> None:
    rose = "Производство масла выросло на 4,2% за полугодие, сообщил вице-премьер."
    assert figures_changed(core_words(rose), core_words(rose.replace("4,2", "2,4"))) == (
        ["4 2"],
        ["2 4"],
    )
    # A thousand written with or without its space is one figure; a figure dropped (a
    # preview cut short) is left to the other rules.
    thousand = "Эвакуированы 1 000 человек."
    assert figures_changed(core_words(thousand), core_words("Эвакуированы 1000 человек.")) is None
    assert figures_changed(core_words(rose), core_words("Производство масла выросло.")) is None


async def test_a_decree_extended_is_kept_and_its_copy_linked(engine_store: Store) -> None:
    await ingest(engine_store, make_post("decree", DECREE, source=MFA))
    await ingest(
        engine_store, make_post("copy", f"{DECREE}\n\nПодписывайтесь: t.me/x", source=aggregator(1))
    )
    await ingest(engine_store, make_post("extended", CONCURRENTLY, source=MFA))
    rose = "Производство масла выросло на 4,2% за полугодие, сообщил вице-премьер."
    await ingest(engine_store, make_post("rose", rose, source=MFA))
    await ingest(engine_store, make_post("other", rose.replace("4,2", "2,4"), source=MFA))
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "decree"
    assert by_id["extended"].duplicate_of is None
    assert by_id["other"].duplicate_of is None


def test_what_data_showed_or_indicated_and_a_flash_mark_with_a_bar() -> None:
    from tg_archiver.archive.rewordings import reworded

    assert reworded(["showed"], ["indicated"])
    assert reworded(["says"], ["reports"])
    assert not reworded(["showed"], ["hid"])
    turnout = "Явка на дополнительных выборах на 15:00 составила 18,4%"
    assert core_words(f"⚡️СРОЧНО | {turnout}") == core_words(turnout)
    credit = "📸 Фото с сайта gorizont-news.example.ru"
    assert core_words(f"{credit}\n\n{turnout}") == core_words(turnout)
    assert core_words(f"Фото из зала: {turnout}") != core_words(turnout)


def test_a_figure_a_text_cut_short_ends_inside_is_no_figure() -> None:
    whole = "Брифинг пройдёт 10 октября в 10:00, прямая трансляция на сайте МИД."
    cut = "Брифинг пройдёт 10 октября в 10"
    assert figures_changed(core_words(whole), core_words(cut)) is None
    assert figures_changed(core_words(cut), core_words(whole)) is None

"""The rules the seventeenth labelled set taught (session 49): a post in Russian and English
is no copy of either language's post; an update whose mark heads a paragraph it adds at the
end ("ДОПОЛНЕНО: …") is another statement; ordinals in words past the tenth ("the
fourteenth" / "the fourth") differ; a denial («ОПРОВЕРЖЕНИЕ: … не соответствует
действительности») is no copy of what it denies; a scraper's <p> and <b> are no words."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.polarity import opposite
from tg_archiver.archive.quotations import in_two_languages
from tg_archiver.archive.store import Store
from tg_archiver.archive.updates import update_adds

RU = (
    "Посольство России в Индии выражает глубокие соболезнования семьям погибших и "
    "пострадавших в результате авиакатастрофы в Ахмадабаде и желает скорейшего "
    "выздоровления всем раненым."
)
EN = (
    "The Embassy of Russia in India extends its deepest condolences to the families of those "
    "killed and injured in the air crash in Ahmedabad and wishes a speedy recovery to all."
)


def test_a_post_in_two_languages_is_neither_ones_copy() -> None:
    both = core_words(f"{RU}\n\n{EN}")
    assert in_two_languages(core_words(RU), both) == "b"
    assert in_two_languages(both, core_words(EN)) == "a"
    assert in_two_languages(core_words(RU), core_words(RU)) is None
    # A Russian post under a link preview: a link's words and a site's name, no paragraph.
    preview = f"{RU}\n\n🔗 https://news.un.org/ru/story/2026/1923086/\n\nUN News"
    assert in_two_languages(core_words(RU), core_words(preview)) is None


def test_an_update_whose_mark_heads_the_paragraph_it_adds() -> None:
    first = "МИД России призвал стороны к сдержанности и возобновлению переговоров в Женеве."
    later = (
        f"{first}\n\nДОПОЛНЕНО: соавторами резолюции выступили Китай, Бразилия, Индия и "
        "Южно-Африканская Республика."
    )
    assert update_adds(core_words(first), core_words(later)) is not None


def test_ordinals_past_the_tenth_and_a_denial() -> None:
    a = "The consular section will be closed on the fourth of November for a public holiday."
    b = "The consular section will be closed on the fourteenth of November for a public holiday."
    assert opposite(core_words(a), core_words(b)) is not None
    report = "Лавров проведёт переговоры с министром иностранных дел Японии в Токио 20 ноября"
    denial = (
        f"ОПРОВЕРЖЕНИЕ: ранее распространённое сообщение «{report}» не соответствует "
        "действительности."
    )
    assert opposite(core_words(report), core_words(denial)) is not None


def test_a_reposters_via_line_and_a_feeds_time_stamp_are_no_words() -> None:
    flash = "Совбез ООН отложил голосование по резолюции о Судане до понедельника."
    assert core_words(f"{flash}\n— via @kedr_news_ia") == core_words(flash)
    # A live feed's time stamp before it, not a time the statement says.
    assert core_words(f"[22:17] {flash}") == core_words(f"22:17 | {flash}") == core_words(flash)
    assert core_words("В 10:23 Лавров прибыл в Минск")[:3] == ["В", "10", "23"]


async def test_a_scrapers_markup_copy_and_a_post_in_two_languages(engine_store: Store) -> None:
    caption = "📸 Нью-Йорк, штаб-квартира ООН, заседание Совета Безопасности. 22 сентября"
    await ingest(engine_store, make_post("ru", RU, source=MFA))
    await ingest(engine_store, make_post("both", f"{RU}\n\n{EN}", source=MFA))
    await ingest(engine_store, make_post("caption", caption, source=MFA))
    await ingest(engine_store, make_post("html", f"<p>{caption}</p>", source=aggregator(1)))
    by_id = await rows(engine_store)
    assert by_id["both"].duplicate_of is None
    assert by_id["html"].duplicate_of == "caption"

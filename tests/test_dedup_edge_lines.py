"""What a copy adds at a statement's edges that says nothing of its own (session 54,
archive/edge_lines.py): a rubric the body says itself, a link's label left without its link;
and a paragraph that opens «Подписал …» is the statement, not a "subscribe" line."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.edge_lines import is_bare_label, is_echoed_heading
from tg_archiver.archive.store import Store

VOTE = "Russia abstains on UN Security Council resolution on Haiti security mission"
APPOINTED = (
    "Подписал распоряжение о назначении Ольги Смирновой министром образования Калининградской"
    " области. Уверен, что новая команда министерства продолжит работу по строительству школ."
)
DENIED = "Ушаков опроверг информацию о подготовке телефонного разговора на этой неделе"
SHARE = "Михаил Мишустин: доля отечественного программного обеспечения увеличилась на 5%."


def test_a_rubric_the_body_says_itself_is_not_the_statement() -> None:
    for rubric, body in (
        ("UN", VOTE),
        ("Назначения", APPOINTED),
        ("НАЗНАЧЕНИЯ", APPOINTED),
        ("Опровержение?", DENIED),
        ("🇺🇳 UN Security", VOTE),
    ):
        assert core_words(f"{rubric}\n\n{body}") == core_words(body), rubric
    # A rubric that names what the body does not (a place, a date), one on the same line as
    # the body, a longer one, or one whose word only a tail's line below holds: the post's.
    assert core_words(f"Калининград\n\n{DENIED}")[0] == "Калининград"
    assert core_words(f"12 мая\n\n{DENIED}")[:2] == ["12", "мая"]
    assert core_words(f"UN\n{VOTE}")[0] == "UN"
    assert core_words(f"UN vote on Haiti\n\n{VOTE}")[:3] == ["UN", "vote", "on"]
    assert not is_echoed_heading("ДОПОЛНЕНО", f"\n{DENIED}\n\nTelegram\nДОПОЛНЕНО")
    # A word of two letters counts only as itself: "UN" is not in "under".
    assert not is_echoed_heading("UN", "\nThe resolution is under discussion")


def test_a_link_s_label_left_without_its_link_is_not_the_statement() -> None:
    for label in ("Документ", "Подробнее на сайте", "Read more →", "Full text", "🔗 Источник"):
        assert is_bare_label(label), label
        assert core_words(f"{SHARE}\n\n{label}") == core_words(SHARE), label
    # Not on the body's own line, not the only paragraph, not a sentence.
    assert core_words(f"{SHARE} Документ")[-1] == "Документ"
    assert core_words("Документ") == ["Документ"]
    assert not is_bare_label("Документ подписан в Москве")


def test_a_paragraph_that_opens_signed_is_the_statement() -> None:
    """«Подписал …» begins as «Подписывайтесь» does: only the latter is a sign-off; and a
    sign-off's words open a long line that is the statement («Источник в МИД сообщил …»)."""
    signed = f"Назначения\n\n{APPOINTED}"
    assert core_words(signed) == core_words(APPOINTED)
    assert core_words(f"Новости области\n\n{APPOINTED}")[-1] == "школ"
    source = (
        "Переговоры пройдут в Москве.\nИсточник в МИД сообщил, что стороны обсудят подготовку"
        " к заседанию межправительственной комиссии и вопросы торговли."
    )
    assert core_words(source)[-1] == "торговли"
    assert core_words(f"{SHARE}\nПодписывайтесь на канал")[-1] == "5"


async def test_a_rubric_over_a_copy_still_finds_its_original(engine_store: Store) -> None:
    await ingest(engine_store, make_post("vote", VOTE.replace("security", "secuirty"), source=MFA))
    await ingest(engine_store, make_post("copy", f"UN\n\n{VOTE}", source=aggregator(1)))
    await ingest(
        engine_store,
        make_post("share", f"📊 {SHARE}\n\n[Документ](http://government.ru/news/1/)", source=MFA),
    )
    await ingest(engine_store, make_post("plain", f"📌 {SHARE}\n\nДокумент", source=aggregator(2)))
    other = SHARE.replace("5%", "7%")
    await ingest(engine_store, make_post("other", f"Мир\n\n{other}", source=MFA))
    by_id = await rows(engine_store)
    assert by_id["copy"].duplicate_of == "vote"
    assert by_id["plain"].duplicate_of == "share"
    assert by_id["other"].duplicate_of is None

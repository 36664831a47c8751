"""The rules the twenty-second and twenty-third labelled sets taught (session 54). What a copy
adds at a statement's edges that says nothing of its own (archive/edge_lines.py): a rubric
the body says itself, a link's label left without its link, a translation tool's note; a
relay's "RT @x:" and a dump's stamp with a handle; a list numbered otherwise. A paragraph that
opens «Подписал …» is the statement, not a "subscribe" line. And what makes another
statement: the same words over a link to another document (document_links.py), a Roman
numeral, a document's kind added ("Joint statement"; one_word_slots.py)."""

from __future__ import annotations

from conftest import ingest, make_post
from test_engine_ingest import rows
from test_previews import MFA, aggregator

from tg_archiver.archive.dedup_core import core_words
from tg_archiver.archive.document_links import document_links, other_document
from tg_archiver.archive.edge_lines import is_bare_label, is_echoed_heading
from tg_archiver.archive.one_word_slots import one_word_slot
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


BRIEFING = "🎙 Брифинг официального представителя МИД России М.В.Захаровой"


def test_the_same_words_over_a_link_to_another_document_are_another_statement() -> None:
    a = document_links(f"{BRIEFING}\n\n🔗 https://mid.ru/ru/news/2004381/")
    b = document_links(f"{BRIEFING}\n\n[Подробнее](https://www.mid.ru/ru/news/2004418/)")
    assert other_document(a, b) == ("2004381", "2004418")
    # The same document with a tracking query, a reposter's own post link (another series),
    # no link at all, a count too short to be a document's number: nothing to tell.
    tracked = document_links("https://mid.ru/ru/news/2004381/?utm_source=telegram")
    assert other_document(a, tracked) is None
    assert other_document(a, document_links("https://t.me/kremlin_watch/12345")) is None
    assert other_document(a, document_links(BRIEFING)) is None
    assert document_links("https://mid.ru/ru/news/12/") == frozenset()


def test_a_roman_numeral_or_a_document_s_kind_added_is_another_statement() -> None:
    award = "Вручил почётный знак «За заслуги» I степени ветерану флота Гончаренко."
    assert one_word_slot(core_words(award), core_words(award.replace(" I ", " II "))) == (
        "I",
        "II",
    )
    statement = "Statement by the foreign ministers of Russia and Iran on the Middle East."
    joint = f"Joint {statement[0].lower()}{statement[1:]}"
    assert one_word_slot(core_words(joint), core_words(statement)) == ("Joint", "")
    declaration = "Подписана Декларация о партнёрстве России и Казахстана."
    joint_ru = declaration.replace("Декларация", "Совместная декларация")
    assert one_word_slot(core_words(declaration), core_words(joint_ru)) == ("", "Совместная")
    # Another word added, or a word in capitals that is no numeral: not so.
    assert one_word_slot(core_words(statement), core_words(f"New {statement}")) is None
    assert one_word_slot(core_words(award), core_words(award.replace(" I ", " IV "))) == (
        "I",
        "IV",
    )
    assert one_word_slot(core_words(award), core_words(award.replace(" I ", " ID "))) is None


def test_what_a_relay_a_dump_or_a_translation_tool_adds_is_not_the_statement() -> None:
    text = "Rosatom and the Egyptian Space Agency signed a memorandum of understanding."
    for dressed in (
        f"Reposted from @foreignministry_ru_en: {text}",
        f"RT @mfa_russia: {text}",
        f"QT @mfa_russia:\n{text}",
        f"Quote:\n{text}",
        f"--- forwards-2029-10.txt ---\n15.07.2029 11:13 @rusembsouthafrica\n\n{text}",
        f"{text}\n\n🌐 Translated from Russian by Google Translate",
        f"{text}\n\n(Auto-translated by Telegram · Show original)",
        f"[Machine translation]\n{text}",
    ):
        assert core_words(dressed) == core_words(text), dressed
    russian = "Росатом и Египетское космическое агентство подписали меморандум."
    for dressed in (
        f"Репост @mid_rf: {russian}",
        f"Цитата @mid_rf:\n\n{russian}",
        f"{russian}\n\nПереведено с помощью DeepL",
        f"🌐 Перевод: Яндекс Переводчик\n\n{russian}",
    ):
        assert core_words(dressed) == core_words(russian), dressed
    # A sentence about a translation is the statement's.
    book = "Перевод романа выполнен при поддержке Google."
    assert core_words(f"{russian}\n\n{book}")[-1] == "Google"


def test_a_list_numbered_by_another_hand_is_the_same_list() -> None:
    phones = "Useful numbers:\n\n1. Police: 999\n2. Tourist Police: 2149 6590\n3. Embassy: 4102"
    for numbered in ("{n} — ", "{n}: ", "({n}) ", "{n}\ufe0f\u20e3 ", "{n}) "):
        other = phones
        for n in (1, 2, 3):
            other = other.replace(f"{n}. ", numbered.format(n=n))
        assert core_words(other) == core_words(phones), numbered
    # One line that opens with a range is no list.
    days = "Выставка пройдёт в Москве.\n3 — 5 марта вход свободный."
    assert "3" in core_words(days)

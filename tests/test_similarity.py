"""The parts of near-duplicate verification (archive/similarity.py), and how ingest uses them:
signatures weigh nothing, a replaced name or number vetoes, one-liners need to be close in time."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from conftest import OPTIONS, ingest, make_post

from tg_archiver.archive.dedup import jaccard
from tg_archiver.archive.dedup_core import core_text, core_words, ends_cut
from tg_archiver.archive.fingerprint import compared, core_shingles, fingerprint
from tg_archiver.archive.list_items import added_to_list
from tg_archiver.archive.models import Post, SourceRef
from tg_archiver.archive.pipeline import prepare
from tg_archiver.archive.query import parse_query
from tg_archiver.archive.similarity import also_a_copy, contained, substitution
from tg_archiver.archive.store import Store
from tg_archiver.archive.typos import two_slips

SIGNATURE = "\n\n🇷🇺 MFA Russia\n#Lavrov #RussianDiplomacy\n🔗 t.me/MFARussia"
REPOSTER = SourceRef(kind="telegram", key="1500000077", title="Diplomatic Wire")


def test_the_core_leaves_out_signatures_tag_lines_markers_and_forward_lines() -> None:
    body = "Lavrov will visit Ankara on March 18."
    assert core_text(body + SIGNATURE) == body
    assert core_text("⚡️ Breaking: " + body) == body
    assert core_text("Forwarded from MFA Russia\n" + body + "\n\nSubscribe: t.me/dipwire") == body
    assert core_text(body + "\n#Lavrov #Turkey") == body
    # A body paragraph that mentions a link is the author's: it stays.
    long = "The full text of the statement is on the website mid.ru, in Russian and English."
    assert core_text(long) == long
    # An aggregator's rubric over the post goes; one naming a date or a name may be the
    # statement's own slot, and a rubric with nothing after it is the post itself.
    flash = "Оверчук вылетел из Ла-Паса"
    assert core_text("#дипломатия | коротко\n\n" + flash) == flash
    assert core_text("⚡️ #news | in brief\n" + body) == body
    assert core_text("#Брифинг 5 марта\n\n" + flash).startswith("#Брифинг 5 марта")
    assert core_text("#дипломатия | коротко") == "#дипломатия | коротко"


def test_the_core_reads_a_scrapers_html_and_leaves_out_a_link_at_its_end() -> None:
    # Session 34's blind set: one-liners with «&mdash;», a repost with «<br><br>»,
    # a forwarded decree under «Переслано из канала», a link added on the same line.
    vote = "Генассамблея ООН приняла резолюцию: за — 125, против — 14"
    assert core_text(vote.replace("—", "&mdash;")) == vote
    assert core_words("Россия и Малайзия<br><br>подписали соглашение") == core_words(
        "Россия и Малайзия\n\nподписали соглашение"
    )
    decree = "Лукашенко подписал указ о развитии малых городских поселений"
    assert core_text("Переслано из канала «БелТА»\n" + decree) == decree
    assert core_text("Reposted from reuters_world\n" + decree) == decree
    assert core_text(decree + " Полный текст: https://www.belta.by/president/view/1/") == decree
    assert core_text(decree + "\n\nhttps://mid.ru/ru/news/1/?utm_source=telegram") == decree
    # A link inside the text, or the text a link alone, stays; so does an ampersand in words.
    inside = "The statement (https://mid.ru/en/1) was published in Russian and English."
    assert core_text(inside) == inside
    assert core_text("https://mid.ru/ru/news/1/") == "https://mid.ru/ru/news/1/"
    assert core_text("Johnson & Johnson &co") == "Johnson & Johnson &co"


BRIEFING = (
    "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 16 июля 2025 года\n\n"
    "Основные темы:\n\n"
    "🔹 Об итогах заседания СМИД #ШОС в Тяньцзине\n"
    "🔹 Об угрозах администрации США ввести пошлины против стран #БРИКС\n"
    "🔹 О санкциях ЕС против граждан и компаний государств – участников #СНГ\n"
    "🔹 О ситуации на Украине\n\n"
    "Читать далее 👇\nhttps://mid.ru/ru/foreign_policy/news/briefings/2031700/\n\n"
    "#Брифинг #Захарова"
)


async def test_a_list_whose_lines_tag_a_word_is_the_statement_not_its_signature(
    tmp_path: Path,
) -> None:
    # The list's lines each tag a word, so they were read as a signature block and left out:
    # the briefing's core was its heading alone, and it became a "copy" of the one-line
    # LIVE link posted before it, hidden from searches and digests.
    assert "пошлины против стран #БРИКС" in core_text(BRIEFING)
    assert core_text("Итоги визита.\n\n🇷🇺 #МИДРоссии\n🔗 t.me/MID_Russia") == "Итоги визита."
    live = "🔴 LIVE: Брифинг официального представителя МИД России М.В.Захаровой\n\nhttps://mid.ru/ru/press_service/video/view/2031699/"
    async with await Store.open(tmp_path / "a.db") as store:
        await ingest(store, make_post(1, live), make_post(2, BRIEFING))
        assert [h.row.external_id for h in await store.search(parse_query("пошлины"))] == ["2"]
    with sqlite3.connect(tmp_path / "a.db") as conn:
        assert conn.execute("SELECT count(*) FROM posts WHERE duplicate_of IS NULL").fetchone() == (
            2,
        )


def test_a_replaced_name_or_number_vetoes_but_added_dropped_or_misspelt_words_do_not() -> None:
    a = core_words("On March 3, Lavrov spoke with the Foreign Minister of Turkey Hakan Fidan.")
    other_country = core_words(
        "On March 3, Lavrov spoke with the Foreign Minister of Egypt Badr Abdelatty."
    )
    other_day = core_words(
        "On March 5, Lavrov spoke with the Foreign Minister of Turkey Hakan Fidan."
    )
    assert substitution(a, other_country) == (
        ["Turkey", "Hakan", "Fidan"],
        ["Egypt", "Badr", "Abdelatty"],
    )
    assert substitution(a, other_day) == (["3"], ["5"])
    assert (
        substitution(a, [*a, "The", "talks", "were", "held", "at", "Ankara's", "request"]) is None
    )
    assert substitution(a, a[:-1]) is None
    typo = core_words("On March 3, Lavrov spoke with the Foreign Minister of Turkey Hakan Fidna.")
    assert substitution(a, typo) is None
    # Another sentence opening ("They" for "The ministers") names no one.
    assert substitution(["The", "ministers", "agreed"], ["They", "agreed"]) is None


def test_two_slips_in_a_long_word_are_a_typo_but_two_known_words_are_two() -> None:
    text = "Президент направил соболезнования Президенту {} в связи с гибелью {}."
    a = core_words(text.format("Турции", "спасателей"))
    # "Туирци", "спсаелей": two slips each, beside the words the dictionary knows.
    assert substitution(a, core_words(text.format("Туирци", "спсаелей"))) is None
    # Two words the dictionary knows both, two edits apart: another statement.
    assert substitution(a, core_words(text.format("Австралии", "спасателей"))) is not None
    assert substitution(
        core_words(text.format("Австрии", "спасателей")),
        core_words(text.format("Австралии", "спасателей")),
    ) == (["Австрии"], ["Австралии"])
    assert two_slips("ocacion", "occasion")  # English: a word of the list beside none
    assert not two_slips("northern", "southern")  # both words of the list
    assert not two_slips("increased", "decreased")
    assert not two_slips("nigeria", "algeria")
    assert not two_slips("ирака", "ирана")  # short, and both known


def test_a_name_transliterated_otherwise_is_the_same_name() -> None:
    # "Sergei" for "Sergey" replaces one letter, which for a name meant another name:
    # a 40-word readout (Jaccard 0.91) and a one-line wire were not linked.
    readout = (
        "On August 19, Russian Foreign Minister Sergey Lavrov had a telephone conversation"
        " with Minister of Foreign Affairs of Cambodia Sok Chenda Sophea."
    )
    respelt = readout.replace("Sergey", "Sergei")
    assert substitution(core_words(readout), core_words(respelt)) is None
    wire = core_words("Russian Foreign Minister Sergey Lavrov has left Brasília")
    copy = core_words("Russian Foreign Minister Sergei Lavrov has left Brasília")
    assert also_a_copy(wire, copy, False, False)  # the same words, spelt otherwise
    ru = core_words("Мурат Нуртлеу и Тонгсаван Пхомвихан обсудили актуальные вопросы.")
    assert (
        substitution(
            ru, core_words("Мурат Нуртлеу и Тонгсаван Фомвихан обсудили актуальные вопросы.")
        )
        is None
    )
    # Another name is still another name, and a number word no spelling of another word.
    assert substitution(
        ru, core_words("Мурат Нуртлеу и Тонгсаван Сомвихан обсудили актуальные вопросы.")
    )
    assert substitution(["Then", "they", "met"], ["Ten", "they", "met"]) is not None


def test_italics_left_as_underscores_are_markup_not_part_of_a_word() -> None:
    # A channel's "__…__" (Telegram's italics, left in the text) made "__Russia" a word of
    # its own: in a template's family, its feed item without them was another statement.
    post = core_words(
        "We are deeply saddened by the news of the casualties caused by the floods in Mali."
        "\n\n__Russia shares the grief of those who lost their loved ones.__"
    )
    item = core_words(
        "We are deeply saddened by the news of the casualties caused by the floods in Mali."
        "\nRussia shares the grief of those who lost their loved ones."
    )
    # Session 40 (DEDUP_RULES 5): underscores at a word's edge are read out of the core
    # (dedup_core._UNDERSCORES), so the stored signature is the plain text's too: a short
    # flash in italics shares its bands with the plain one and is compared at all.
    assert "__Russia" not in post and "__" not in post and "Russia" in post
    assert post == item
    assert substitution(post, item, templated=True) is None
    _, pairs = core_shingles("\n".join(post))
    _, other = core_shingles("\n".join(item))
    assert jaccard(compared(post, pairs), compared(item, other)) == 1.0
    assert jaccard(pairs, other) == 1.0


def test_an_ordinary_word_in_a_slot_vetoes_only_within_a_template_family() -> None:
    a = core_words("Deepest condolences to the people of Cuba over the earthquake in Havana.")
    b = core_words("Deepest condolences to the people of Cuba over the floods in Havana.")
    assert substitution(a, b) is None  # alone: one word reworded
    assert substitution(a, b, templated=True) == (["earthquake"], ["floods"])
    # Forms of one word, function words, ё for е and case are no slot filled differently.
    for other in (
        "Deepest condolences to the people of Cuba over an earthquake in Havana.",
        "Deepest condolences to the people of Cuba over earthquakes in Havana.",
        "DEEPEST condolences to the people of Cuba over the earthquake in Havana.",
    ):
        assert substitution(a, core_words(other), templated=True) is None
    ru = core_words("Соболезнования в связи с ещё одним землетрясением в Гаване.")
    assert (
        substitution(
            ru,
            core_words("Соболезнования в связи с еще одним землетрясением в Гаване."),
            templated=True,
        )
        is None
    )


def test_a_preview_cut_off_with_read_more_is_compared_without_its_tail() -> None:
    assert core_text("Lavrov met the Foreign Minister of Oman … Read more: mid.ru") == (
        "Lavrov met the Foreign Minister of Oman …"
    )
    assert core_text("Лавров встретился с министром … Подробнее: mid.ru/ru/news/1") == (
        "Лавров встретился с министром …"
    )
    # An ellipsis inside the text, or "more" not after one, is the author's.
    kept = "Talks went on... more than four hours, the sides said."
    assert core_text(kept) == kept


def test_a_preview_is_a_copy_however_short_and_two_typos_are_still_the_same_words() -> None:
    whole = (
        "On March 3, Minister Marko Djuric took part in the 80th session of the UN General"
        " Assembly.\n\nIn his remarks, the Minister stressed that dialogue and respect for"
        " international law remain the only way to resolve disagreements."
    )
    preview = (
        "On March 3, Minister Marko Djuric took part in the 80th session of the UN General"
        " Assembly.\n\nIn his remarks, the Minister stressed that dia…\n👉 Read more"
    )
    assert ends_cut(preview) and not ends_cut(whole)
    assert core_text(preview).endswith("stressed that dia…")  # the tail is no signature
    assert also_a_copy(core_words(preview), core_words(whole), True, False)
    # The same words without the ellipsis: a post that repeats another's first lines.
    first = "On March 3, Minister Marko Djuric took part in the 80th session of the UN."
    assert not also_a_copy(core_words(first), core_words(whole), False, False)
    short = (
        "23 февраля в 12:00 в МИД Беларуси состоится брифинг для иностранных СМИ по итогам визита."
    )
    typos = (
        "23 февраля в 12:00 в МИД Белларуси состотися брифинг для иностранных СМИ по итогам визита."
    )
    assert also_a_copy(core_words(short), core_words(typos), False, False)
    other = (
        "23 февраля в 12:00 в МИД Беларуси состоится брифинг для иностранных СМИ по итогам года."
    )
    assert not also_a_copy(core_words(short), core_words(other), False, False)


def test_containment_takes_an_added_sentence_not_a_short_line_inside_a_long_post() -> None:
    a = fingerprint("Lavrov will hold talks with Ishaq Dar, Foreign Minister of Pakistan.").shingles
    b = fingerprint(
        "Lavrov will hold talks with Ishaq Dar, Foreign Minister of Pakistan."
        " The ministers also exchanged views on regional issues."
    ).shingles
    assert contained(a, b) == 1.0
    c = fingerprint(
        " ".join(
            ["Lavrov will hold talks with Ishaq Dar, Foreign Minister of Pakistan."]
            + ["The talks covered trade energy and transport"] * 4
            + [str(n) for n in range(40)]
        )
    ).shingles
    assert contained(a, c) == 0.0


def _at(post: Post, hour: int, day: int = 1) -> Post:
    return Post(
        source=post.source,
        external_id=post.external_id,
        published_at=datetime(2024, 3, day, hour, tzinfo=UTC),
        text=post.text,
    )


async def test_one_liners_are_copies_within_hours_and_events_a_week_apart(store: Store) -> None:
    await ingest(
        store,
        _at(make_post(1, "Lavrov arrives in Ankara"), 9),
        _at(make_post(2, "⚡️ Breaking: Lavrov arrives in Ankara"), 10),
        _at(make_post(3, "🔴 LIVE: weekly briefing"), 11),
        _at(make_post(4, "🔴 LIVE: weekly briefing"), 11, day=8),
        _at(make_post(5, "🔴 LIVE: weekly briefing"), 12, day=8),
    )
    with sqlite3.connect(store.path) as db:
        links = dict(db.execute("SELECT external_id, duplicate_kind FROM posts").fetchall())
    assert links == {"1": None, "2": "near", "3": None, "4": None, "5": "exact"}


async def test_a_copy_retyped_with_e_for_yo_is_a_copy(store: Store) -> None:
    # Three words of 31 with ё: their word pairs made Jaccard 0.67, under the threshold.
    statement = (
        "По уточнённым данным, число жертв землетрясения в Кении возросло до 75, ещё 230"
        " человек получили ранения. По информации Посольства России, граждан России среди"
        " погибших и пострадавших нет. Ситуация остаётся на контроле."
    )
    retyped = statement.replace("ё", "е").replace(" в Кении", " в\u00a0Кении")
    await ingest(
        store,
        _at(make_post(1, statement), 9),
        _at(make_post(2, retyped), 10),
        # A one-liner: its words are compared with ё read as е too.
        _at(make_post(3, "Лавров прибыл в Анкару, встреча пройдёт в четверг"), 11),
        _at(make_post(4, "Лавров прибыл в Анкару, встреча пройдет в четверг"), 12),
        _at(make_post(5, "⚡️ Лавров прибыл в Анкару, встреча пройдет в четверг"), 12),
    )
    with sqlite3.connect(store.path) as db:
        links = dict(db.execute("SELECT external_id, duplicate_kind FROM posts").fetchall())
    assert links == {"1": None, "2": "near", "3": None, "4": "near", "5": "near"}


async def test_signature_and_template_siblings_stay_apart_and_reposts_are_linked(
    store: Store,
) -> None:
    await ingest(
        store,
        make_post(1, "Lavrov will visit Ankara on March 18 for talks on trade." + SIGNATURE),
        make_post(2, "Lavrov will visit Cairo on March 20 for talks on trade." + SIGNATURE),
        make_post(
            3,
            "Lavrov will visit Ankara on March 18 for talks on trade.\n\n"
            "📡 Diplomatic Wire — news as it breaks\nSubscribe: t.me/dipwire",
        ),
    )
    with sqlite3.connect(store.path) as db:
        links = dict(db.execute("SELECT external_id, duplicate_of FROM posts").fetchall())
    assert links == {"1": None, "2": None, "3": 1}


async def test_a_template_family_keeps_its_statements_apart_and_a_lone_reword_is_a_copy(
    store: Store,
) -> None:
    # A lone reword is another channel's copy; the same channel's own text with a slot filled
    # otherwise is its next statement, family or not (session 33: "the presidential election"
    # and "the parliamentary election" from one channel were linked).
    frame = (
        "Deepest condolences to the people of {} over the {} in {}. We share the grief of"
        " the families of the victims and wish a speedy recovery to the injured."
    )
    call = (
        "The sides called for an {} ceasefire and the return of all hostages to their"
        " families without delay or preconditions."
    )
    await ingest(
        store,
        make_post(1, frame.format("Cuba", "earthquake", "Havana"), day=1),
        make_post(2, frame.format("Libya", "floods", "Tripoli"), day=2),
        make_post(3, frame.format("Cuba", "fire", "Havana"), day=3),
        make_post(4, frame.format("Cuba", "fire", "Havana") + " 🕯", day=3),
        make_post(5, call.format("immediate"), day=4),
        make_post(6, call.format("urgent"), day=5, source=REPOSTER),
        make_post(7, call.format("unconditional"), day=5),
    )
    with sqlite3.connect(store.path) as db:
        links = dict(db.execute("SELECT external_id, duplicate_of FROM posts").fetchall())
    assert links == {"1": None, "2": None, "3": None, "4": 3, "5": None, "6": 5, "7": None}


async def test_migration_0010_replaces_the_bands_of_whole_texts(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    text = "Lavrov will visit Ankara on March 18 for talks on trade." + SIGNATURE
    async with await Store.open(path) as store:
        await ingest(store, make_post(1, text))
    with sqlite3.connect(path) as conn:  # as version 9 left it: keys of the whole text
        conn.execute("DELETE FROM schema_migrations WHERE version = 10")
        conn.execute("DROP TABLE post_unlinks")
        conn.execute("UPDATE post_bands SET band = band + 1")
    async with await Store.open(path) as store:
        assert store.applied_on_open == ["0010_core_bands.sql"]
    with sqlite3.connect(path) as conn:
        bands = {b for (b,) in conn.execute("SELECT band FROM post_bands")}
        assert conn.execute("SELECT count(*) FROM posts").fetchone() == (1,)
    assert bands == set(prepare(make_post(1, text), OPTIONS).bands)


def test_short_posts_one_word_apart_share_a_key() -> None:
    from tg_archiver.archive.similarity import one_word_apart

    a = core_words("Лавров прибыл в Анкару сегодня")
    typo = core_words("Лавров прибыл в Анкрау сегодня")
    added = core_words("Лавров прибыл в Анкару сегодня утром")
    assert set(fingerprint("Лавров прибыл в Анкару сегодня").bands) & set(
        fingerprint("Лавров прибыл в Анкрау сегодня").bands
    )
    assert one_word_apart(a, typo) and one_word_apart(a, added) and one_word_apart(added, a)
    assert not one_word_apart(a, core_words("Лавров прибыл в Каир вчера"))
    assert substitution(a, core_words("Лавров прибыл в Каир сегодня")) is not None


async def test_an_earlier_post_imported_later_becomes_the_root(store: Store) -> None:
    text = "Lavrov will visit Ankara on March 18 for talks on trade and energy."
    # The newer posts first (a repost, then another), the original from an older export.
    await ingest(store, make_post(2, text + "\n\nSubscribe: t.me/dipwire", day=3))
    await ingest(store, make_post(3, text, day=4))
    await ingest(store, make_post(1, text + SIGNATURE, day=2))
    with sqlite3.connect(store.path) as db:
        links = dict(db.execute("SELECT external_id, duplicate_of FROM posts").fetchall())
        ids = dict(db.execute("SELECT external_id, id FROM posts").fetchall())
        indexed = {pid for (pid,) in db.execute("SELECT DISTINCT post_id FROM post_bands")}
        signed = {pid for (pid,) in db.execute("SELECT post_id FROM post_signatures")}
    assert links == {"1": None, "2": ids["1"], "3": ids["1"]}
    assert indexed == signed == {ids["1"]}  # only the root is indexed


async def test_a_copy_with_zero_width_characters_and_a_number_in_words(tmp_path: Path) -> None:
    # A zero-width space inside a word split it in two for dedup and search (11 of 12 such
    # copies missed); "трёх" and "четырёх" are two statements as "3" and "4" are.
    text = "О задержании в Польше трёх граждан России. Посольство направило ноту."
    copy = "О задержании в Польше тр\u200bёх граждан Рос\u2060сии. Посольство направило ноту."
    other = "О задержании в Польше четырёх граждан России. Посольство направило ноту."
    async with await Store.open(tmp_path / "a.db") as store:
        await ingest(store, make_post(1, text), make_post(2, copy), make_post(3, other, day=2))
        assert [h.row.external_id for h in await store.search(parse_query("России"))] == ["3", "1"]
    with sqlite3.connect(tmp_path / "a.db") as conn:
        rows = conn.execute("SELECT external_id, duplicate_of FROM posts ORDER BY id").fetchall()
    assert rows == [("1", None), ("2", 1), ("3", None)]


def test_a_list_with_an_item_added_is_another_statement() -> None:
    names = "1. Анна Фирт\n2. Джек Лопрести\n3. Бен Уоллес\n4. Ричард Грэм"
    head = "В Российскую Федерацию бессрочно закрыт въезд следующим лицам:\n\n"
    tail = "\n\nРабота над списком будет продолжена."
    shorter = core_words(head + names + tail)
    longer = core_words(head + names + "\n5. Мэтт Уэстерн" + tail)
    # Session 41 (DEDUP_RULES 6): a list's numbers are no words of the core; the names alone
    # are the item added.
    assert added_to_list(shorter, longer) == ["Мэтт", "Уэстерн"]
    assert added_to_list(longer, shorter) == ["Мэтт", "Уэстерн"]
    # A number written without its point is still a numbered item.
    assert added_to_list(shorter, [*shorter[:-5], "5", "Мэтт", "Уэстерн", *shorter[-5:]]) == [
        "5",
        "Мэтт",
        "Уэстерн",
    ]
    # A name added inside a list written out: "Kazakhstan, Kyrgyzstan and Tajikistan".
    a = core_words("Ministers of Kazakhstan and Tajikistan met in Astana on Monday.")
    b = core_words("Ministers of Kazakhstan, Kyrgyzstan and Tajikistan met in Astana on Monday.")
    assert added_to_list(a, b) == ["Kyrgyzstan"]


def test_a_copy_that_adds_its_source_or_an_entity_is_no_list_item() -> None:
    text = "Russia summons the Philippines' ambassador over the detention of a journalist."
    for copy in (
        text + "\n\nSource: TASS",  # at the end
        "Forwarded from Example MFA\n" + text,  # at the start
        text.replace("Philippines'", "Philippines&#39;"),  # an entity left escaped
    ):
        assert added_to_list(core_words(text), core_words(copy)) is None


BODY = (
    "\n\nAt least 62 people were killed and 118 injured, the national disaster management"
    " agency said, adding that rescuers were still searching for the missing."
)


def test_a_heading_an_aggregator_rewrote_over_the_same_text_is_a_copy() -> None:
    # Session 34's blind set: the agency's heading and an aggregator's, the text word for word.
    agency = core_words("Death toll from floods in Nepal rises to 62" + BODY)
    aggregator = core_words("62 dead after floods hit Nepal, officials say" + BODY)
    assert jaccard(*(core_shingles("\n".join(x))[1] for x in (agency, aggregator))) < 0.7
    assert also_a_copy(agency, aggregator, False, False)
    assert substitution(agency, aggregator) is None  # "62" moved, no slot filled otherwise
    lead = core_words(
        "Глава МИД Беларуси и его коллега из Лаоса провели переговоры 12 мая.\n\n"
        "Стороны обсудили ход выполнения договорённостей, достигнутых на высшем уровне, и"
        " наметили шаги по наращиванию взаимной торговли."
    )
    reworded = core_words(
        "Глава МИД Беларуси 12 мая провёл переговоры с коллегой из Лаоса.\n\n"
        "Стороны обсудили ход выполнения договорённостей, достигнутых на высшем уровне, и"
        " наметили шаги по наращиванию взаимной торговли."
    )
    assert also_a_copy(lead, reworded, False, False)
    # Another country, number or date in the opening is another statement of the template,
    # however long the text they share; so is a text that goes on differently.
    for other in (
        "Death toll from floods in Bhutan rises to 62" + BODY,
        "Death toll from floods in Nepal rises to 64" + BODY.replace("62", "64"),
        "62 dead after floods hit Nepal on Sunday, officials say" + BODY,
    ):
        assert not also_a_copy(agency, core_words(other), False, False), other
    assert not also_a_copy(
        agency, core_words("62 dead in Nepal" + BODY + " More soon."), False, False
    )
    # A heading alone over a short text is no body shared.
    assert not also_a_copy(
        core_words("Floods in Nepal\n\nRescuers are searching for the missing."),
        core_words("Nepal floods\n\nRescuers are searching for the missing."),
        False,
        False,
    )
    # A slot in the middle still vetoes, whatever moved at the opening.
    assert substitution(
        core_words("Lavrov met Fidan in Ankara"), core_words("Lavrov met Fidan in Cairo")
    )


def test_explain_says_a_reworded_heading_is_still_a_copy(cli, tmp_path: Path) -> None:
    import asyncio

    async def fill() -> None:
        async with await Store.open(tmp_path / "a.db") as store:
            await ingest(
                store,
                make_post(1, "Death toll from floods in Nepal rises to 62" + BODY),
                make_post(
                    2, "62 dead after floods hit Nepal, officials say" + BODY, source=REPOSTER
                ),
            )

    asyncio.run(fill())
    r = cli("--db", tmp_path / "a.db", "explain", 2)
    assert r.code == 0, r.err
    assert "post 2 is a near copy of post 1" in r.out
    assert "  still a copy: the same text under a heading or lead reworded" in r.out

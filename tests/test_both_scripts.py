"""A name, an abbreviation or a country typed in one script finds the posts of the other too,
after those of the script typed (store/both_scripts.py): «Лавров» "Lavrov", "SCO" «ШОС»,
«Китай» "China"; a common word is not translated."""

from __future__ import annotations

from conftest import ingest, make_post

from tg_archiver.archive.query import parse_query
from tg_archiver.archive.store import Store

POSTS = (
    make_post(1, "Sergei Lavrov held talks with Wang Yi in Beijing.", day=1),
    make_post(2, "Лавров провёл переговоры с Ван И в Пекине.", day=2),
    make_post(3, "Министр Лавров выступил на заседании СМИД ШОС.", day=3),
    make_post(4, "Lavrov addressed the SCO foreign ministers in Tianjin.", day=4),
    make_post(5, "Китай и Россия подписали соглашение о поставках газа.", day=5),
    make_post(6, "China and Russia signed a gas supply agreement.", day=6),
    make_post(7, "Встреча министров состоится в пятницу.", day=7),
    make_post(8, "The meeting of ministers will take place on Friday.", day=8),
    make_post(9, "Read the full post on the ministry's website.", day=9),
    make_post(10, "Пост постоянного представителя остаётся вакантным.", day=10),
)


async def _ids(store: Store, text: str, **options: object) -> list[int]:
    found = await store.search(parse_query(text), limit=50, **options)  # type: ignore[arg-type]
    return [int(h.row.external_id) for h in found]


async def test_a_name_finds_the_other_script_s_posts_after_those_of_the_script_typed(
    engine_store: Store,
) -> None:
    await ingest(engine_store, *POSTS)
    ranked = await _ids(engine_store, "Лавров", by_rank=True)
    assert set(ranked) == {1, 2, 3, 4}
    assert set(ranked[:2]) == {2, 3}  # the Russian posts first, whatever BM25 says
    newest = await _ids(engine_store, "Лавров")
    assert newest == [4, 3, 2, 1]  # newest first, the two lists as one
    # Read back: "Lavrov" finds «Лавров»'s posts, after the English ones.
    back = await _ids(engine_store, "Lavrov", by_rank=True)
    assert set(back[:2]) == {1, 4} and set(back) == {1, 2, 3, 4}
    # In another case, and with another word of the other script's.
    assert set(await _ids(engine_store, "Лаврова")) == {1, 2, 3, 4}


async def test_an_abbreviation_and_a_country_find_their_twins(engine_store: Store) -> None:
    await ingest(engine_store, *POSTS)
    assert await _ids(engine_store, "SCO", by_rank=True) == [4, 3]
    assert await _ids(engine_store, "ШОС", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Китай", by_rank=True) == [5, 6]
    assert await _ids(engine_store, "China", by_rank=True) == [6, 5]
    # A name and a country: both written the other way.
    assert set(await _ids(engine_store, "Лавров ШОС")) == {3, 4}


async def test_a_common_word_is_not_translated_nor_read_as_a_name(engine_store: Store) -> None:
    await ingest(engine_store, *POSTS)
    assert await _ids(engine_store, "встреча") == [7]  # not "meeting"
    assert await _ids(engine_store, "пост") == [10]  # «пост» is no name: not "post"
    assert await _ids(engine_store, "post") == [9]
    # A word with no spelling in the other script keeps the search in the script typed.
    assert await _ids(engine_store, "заседание Лавров") == [3]
    # A title before the name is no such word: not asked of a post (query_titles.py).
    assert set(await _ids(engine_store, "министр Лавров")) == {1, 2, 3, 4}


async def test_pages_of_a_search_in_both_scripts_are_cut_from_one_list(
    engine_store: Store,
) -> None:
    await ingest(engine_store, *POSTS)
    for by_rank in (False, True):
        whole = await _ids(engine_store, "Лавров", by_rank=by_rank)
        pages = [
            await _ids_page(engine_store, "Лавров", by_rank=by_rank, limit=1, offset=n)
            for n in range(len(whole) + 1)
        ]
        assert [i for page in pages for i in page] == whole


async def _ids_page(store: Store, text: str, **options: object) -> list[int]:
    found = await store.search(parse_query(text), **options)  # type: ignore[arg-type]
    return [int(h.row.external_id) for h in found]


async def test_a_foreign_name_spelled_its_own_way_in_each_script(engine_store: Store) -> None:
    # «Гутерреш» romanised is "Guterresh", «Рютте» "Ryutte": the archive's name one slip
    # away stands for it, and the reverse ("Rutte" read back is «Рутте»).
    await ingest(
        engine_store,
        make_post(1, "Генсек ООН Антониу Гутерреш призвал к перемирию.", day=1),
        make_post(2, "UN Secretary-General Antonio Guterres called for a truce.", day=2),
        make_post(3, "Генсек НАТО Марк Рютте прибыл в Гаагу.", day=3),
        make_post(4, "NATO Secretary General Mark Rutte arrived in The Hague.", day=4),
        make_post(5, "Russia meets its obligations, the ministry said.", day=5),
        make_post(6, "Бейсбольный клуб Метс сыграл в Нью-Йорке.", day=6),
    )
    assert await _ids(engine_store, "Гутерреш", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Рютте", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Rutte", by_rank=True) == [4, 3]
    # A word of the language one slip away is no name's spelling: «Метс» is not "meets".
    assert await _ids(engine_store, "Метс") == [6]


async def test_a_name_the_english_word_list_holds_is_still_a_name(engine_store: Store) -> None:
    # "Putin", "Budapest" are in the English word list, far rarer than its common words
    # ("post", "meets"): names, read in Cyrillic.
    await ingest(
        engine_store,
        make_post(1, "Путин провёл переговоры в Будапеште.", day=1),
        make_post(2, "Putin held talks in Budapest.", day=2),
        make_post(3, "Лавров прокомментировал итоги встречи.", day=3),
    )
    assert await _ids(engine_store, "Putin", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "Будапешт", by_rank=True) == [1, 2]


async def test_a_place_by_its_name_in_the_other_language(engine_store: Store) -> None:
    # A table's names (archive/place_names.py): translated, or transliterated past any rule.
    await ingest(
        engine_store,
        make_post(1, "Переговоры в Стамбуле продлились три часа.", day=1),
        make_post(2, "The talks in Istanbul lasted three hours.", day=2),
        make_post(3, "Из Курской области эвакуировали жителей.", day=3),
        make_post(4, "Residents were evacuated from the Kursk region.", day=4),
        make_post(5, "Того и гляди начнётся дождь.", day=5),
        make_post(6, "Togo signed the agreement.", day=6),
    )
    assert await _ids(engine_store, "Стамбул", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Istanbul", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "Kursk region", by_rank=True) == [4, 3]
    # «того» in small letters is a word (a pronoun), not Togo.
    assert 6 not in await _ids(engine_store, "того")


async def test_a_state_alone_in_each_of_its_ways_unless_one_is_held_to_capitals(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Британский дипломат выслан из Москвы.", day=1),
        make_post(2, "Russia expelled a British diplomat.", day=2),
        make_post(3, "The UK summoned the Russian ambassador.", day=3),
        make_post(4, "Китай ввёл безвизовый режим.", day=4),
        make_post(5, "China introduced visa-free entry.", day=5),
        make_post(6, "A set of fine china sold at auction.", day=6),
    )
    # «британский»: "Britain", "British", "UK", each.
    ranked = await _ids(engine_store, "британский", by_rank=True)
    assert ranked[0] == 1 and set(ranked) == {1, 2, 3}
    # «Китай»: "China" alone, held to its capital: not "fine china".
    assert await _ids(engine_store, "Китай", by_rank=True) == [4, 5]


async def test_a_surname_the_dictionary_reads_as_another_word_and_a_name_that_is_a_word(
    engine_store: Store,
) -> None:
    # «Токаев» is токай's genitive plural to the dictionary; "trump" is a word of the English
    # list, met far less often than a common word. «Алиев» is not "Ali".
    await ingest(
        engine_store,
        make_post(1, "Токаев прибыл в Москву с визитом.", day=1),
        make_post(2, "Tokayev arrived in Moscow on a visit.", day=2),
        make_post(3, "Трамп позвонил Путину.", day=3),
        make_post(4, "Trump called Putin.", day=4),
        make_post(5, "Алиев провёл переговоры в Баку.", day=5),
        make_post(6, "Aliyev held talks in Baku.", day=6),
        make_post(7, "Ali won the match in Baku.", day=7),
    )
    assert await _ids(engine_store, "Токаев", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Трамп", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Trump", by_rank=True) == [4, 3]
    assert await _ids(engine_store, "Алиев", by_rank=True) == [5, 6]


async def test_a_chinese_name_by_its_syllables_in_the_other_script(engine_store: Store) -> None:
    # Pinyin and Palladius (archive/palladius.py): «Си Цзиньпин» "Xi Jinping", declined
    # («Си Цзиньпина»); «Ван И» is a name, not «Ван» and the word «и» (Ван Гог и ...).
    await ingest(
        engine_store,
        make_post(1, "Путин провёл переговоры с Председателем КНР Си Цзиньпином.", day=1),
        make_post(2, "Putin held talks with Chinese President Xi Jinping.", day=2),
        make_post(3, "Лавров и Ван И обсудили подготовку саммита ШОС.", day=3),
        make_post(4, "Lavrov and Wang Yi discussed preparations for the SCO summit.", day=4),
        make_post(5, "Выставка Ван Гога и Гогена открылась в Пушкинском музее.", day=5),
        make_post(6, "Официальный представитель МИД КНР Го Цзякунь ответил на вопросы.", day=6),
        make_post(7, "Chinese Foreign Ministry spokesperson Guo Jiakun took questions.", day=7),
    )
    assert await _ids(engine_store, "Си Цзиньпин", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Xi Jinping", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "Путин Си Цзиньпина", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Ван И", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Wang Yi", by_rank=True) == [4, 3]
    assert await _ids(engine_store, "Цзякунь", by_rank=True) == [6, 7]
    assert await _ids(engine_store, "Guo Jiakun", by_rank=True) == [7, 6]
    # «Путин» reads as syllables too (pu-ting), but is no Chinese name: "Putin".
    assert await _ids(engine_store, "Путин", by_rank=True) == [1, 2]


async def test_a_chinese_name_no_post_writes_in_the_script_typed(engine_store: Store) -> None:
    # Nothing found as typed: corrected into the other script (store/corrections.py).
    await ingest(
        engine_store,
        make_post(1, "Chinese Premier Li Qiang arrived in Moscow.", day=1),
        make_post(2, "Xi Jinping will attend the summit in Tianjin.", day=2),
    )
    assert await _ids(engine_store, "Цзиньпин") == [2]
    assert await _ids(engine_store, "Си Цзиньпин") == [2]
    assert await _ids(engine_store, "Цян") == [1]


async def test_a_japanese_name_by_its_syllables_in_the_other_script(
    engine_store: Store,
) -> None:
    # Hepburn and Polivanov (archive/polivanov.py): "Ishiba" «Исиба», declined «Исибой»;
    # "Maria" is a Western given name, not read as Japanese («Мариа»).
    await ingest(
        engine_store,
        make_post(1, "Премьер-министр Японии Сигэру Исиба заявил о готовности к диалогу.", day=1),
        make_post(
            2, "Japanese Prime Minister Shigeru Ishiba said Tokyo is ready for talks.", day=2
        ),
        make_post(3, "Мария Захарова прокомментировала заявление Токио.", day=3),
        make_post(4, "Maria Zakharova commented on Tokyo's statement.", day=4),
        make_post(5, "Переговоры с Санаэ Такаити прошли на Хоккайдо.", day=5),
        make_post(6, "Talks with Sanae Takaichi were held in Hokkaido.", day=6),
    )
    assert await _ids(engine_store, "Исиба", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Ishiba", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "Исибой", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Такаити Хоккайдо", by_rank=True) == [5, 6]
    assert await _ids(engine_store, "Takaichi", by_rank=True) == [6, 5]
    assert await _ids(engine_store, "Maria Zakharova", by_rank=True) == [4, 3]


async def test_a_stop_word_a_name_in_small_letters_and_a_name_held_declined_only(
    engine_store: Store,
) -> None:
    # «в Пекине»: the stop word needs no spelling; "xi jinping" in small letters is a name
    # all of whose words read as pinyin; «Вэйдуном», «Чунцина»: a foreign name a post
    # writes only declined is held in its nominative's cases, not read as another name one
    # slip away («Чуньин»).
    await ingest(
        engine_store,
        make_post(1, "Переговоры в Пекине продлились три часа.", day=1),
        make_post(2, "The talks in Beijing lasted three hours.", day=2),
        make_post(3, "Президент Си Цзиньпин прибыл в Москву.", day=3),
        make_post(4, "President Xi Jinping arrived in Moscow.", day=4),
        make_post(5, "Руденко провёл консультации с Сунь Вэйдуном.", day=5),
        make_post(6, "Rudenko held consultations with Sun Weidong.", day=6),
        make_post(7, "Из Чунцина в Москву отправился поезд.", day=7),
        make_post(8, "A train left Chongqing for Moscow.", day=8),
        make_post(9, "Консультации с Хуа Чуньин прошли в Пекине.", day=9),
    )
    ranked = await _ids(engine_store, "в Пекине", by_rank=True)
    assert set(ranked[:2]) == {1, 9} and ranked[2:] == [2]  # the Russian posts first
    assert await _ids(engine_store, "xi jinping", by_rank=True) == [4, 3]
    assert await _ids(engine_store, "Sun Weidong", by_rank=True) == [6, 5]
    assert await _ids(engine_store, "Chongqing", by_rank=True) == [8, 7]


async def test_a_korean_name_by_the_spellings_a_post_holds_together(engine_store: Store) -> None:
    # «Ким Чен Ын»: each word's spellings held ("Jong", "Jon"; "Un", "UN"), the ones some
    # post holds side by side; a declined word by its nominative («Ыном»).
    await ingest(
        engine_store,
        make_post(1, "Лавров провёл переговоры с Ким Чен Ыном в Вонсане.", day=1),
        make_post(2, "Lavrov held talks with Kim Jong Un in Wonsan.", day=2),
        make_post(3, "Jon Snow met the UN envoy; Kim Kardashian was not there.", day=3),
        make_post(4, "Министр Чхве Сон Хи прибыла в Москву.", day=4),
        make_post(5, "Foreign Minister Choe Son Hui arrived in Moscow.", day=5),
        make_post(6, "President Lee Jae-myung met Trump.", day=6),
        make_post(7, "Президент Ли Чжэ Мён встретился с Трампом.", day=7),
    )
    assert await _ids(engine_store, "Ким Чен Ын", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Kim Jong Un", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "Ким Чен Ыном", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Choe Son Hui", by_rank=True) == [5, 4]
    assert await _ids(engine_store, "Ли Чжэ Мён", by_rank=True) == [7, 6]
    assert await _ids(engine_store, "Lee Jae-myung", by_rank=True) == [6, 7]
    # «е» typed for «ё», as Russian writes it (session 52).
    assert await _ids(engine_store, "Ли Чжэ Мен", by_rank=True) == [7, 6]
    # In small letters, the whole search a Korean name.
    assert await _ids(engine_store, "kim jong un", by_rank=True) == [2, 1]


async def test_a_vietnamese_name_by_the_spellings_a_post_holds_together(
    engine_store: Store,
) -> None:
    await ingest(
        engine_store,
        make_post(1, "Путин провёл переговоры с Генсеком ЦК КПВ То Ламом.", day=1),
        make_post(2, "Putin held talks with Vietnamese leader To Lam.", day=2),
        make_post(3, "Мишустин встретился с премьером Фам Минь Тинем в Ханое.", day=3),
        make_post(4, "Mishustin met Prime Minister Pham Minh Chinh in Hanoi.", day=4),
    )
    assert await _ids(engine_store, "То Лам", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Tô Lâm", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "Pham Minh Chinh", by_rank=True) == [4, 3]


async def test_a_name_spelled_its_own_language_s_way_by_its_sound(engine_store: Store) -> None:
    # «Мерц» romanised is "Merts", «Уиткофф» "Uitkoff": the archive's name that sounds
    # alike stands for it (archive/sound_keys.py), in a case too («Мерцем»); not a common
    # word ("meets"), nor a place the tables name otherwise (Niger for «Нигеря»).
    await ingest(
        engine_store,
        make_post(1, "Канцлер ФРГ Мерц заявил о новых поставках.", day=1),
        make_post(2, "German Chancellor Merz announced new deliveries.", day=2),
        make_post(3, "Спецпосланник Уиткофф прибыл в Москву.", day=3),
        make_post(4, "Special envoy Witkoff arrived in Moscow.", day=4),
        make_post(5, "Russia meets its obligations, the ministry said.", day=5),
    )
    assert await _ids(engine_store, "Мерц", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Мерцем", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Уиткофф", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Witkoff", by_rank=True) == [4, 3]
    assert 5 not in await _ids(engine_store, "Метс")


async def test_a_given_name_the_dictionary_knows_as_a_word_beside_a_surname(
    engine_store: Store,
) -> None:
    # «Хакан» is a word to the dictionary; before the surname «Фидан» it is a given name,
    # read as one in the other script ("Hakan"); so is one of three letters (session 48:
    # «Кая», Кай's genitive to the dictionary, "Kaja").
    await ingest(
        engine_store,
        make_post(1, "Хакан Фидан провёл переговоры в Анкаре.", day=1),
        make_post(2, "Hakan Fidan held talks in Ankara.", day=2),
        make_post(3, "Кая Каллас представила новый пакет санкций.", day=3),
        make_post(4, "Kaja Kallas presented a new sanctions package.", day=4),
    )
    assert await _ids(engine_store, "Хакан Фидан", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Кая Каллас", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Turkish Foreign Minister Hakan Fidan", by_rank=True) == [2, 1]


async def test_a_surname_the_dictionary_knows_as_a_word_after_a_title_or_a_given_name(
    engine_store: Store,
) -> None:
    # Session 47: «Макрон» (a macron, to the dictionary) after a title or beside a given name
    # is a name, romanised ("Makron") and found as the archive writes it, one slip away.
    await ingest(
        engine_store,
        make_post(1, "Президент Франции Макрон прибыл в Берлин.", day=1),
        make_post(2, "French President Emmanuel Macron arrived in Berlin.", day=2),
        make_post(3, "Фолькер Тюрк призвал стороны к сдержанности.", day=3),
        make_post(4, "Volker Türk called on the sides to show restraint.", day=4),
    )
    assert await _ids(engine_store, "президент Франции Макрон", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Фолькер Тюрк", by_rank=True) == [3, 4]


async def test_latin_words_in_small_letters_a_name_where_the_posts_write_one(
    engine_store: Store,
) -> None:
    # Session 47: "peskov", "beijing" in small letters are names where the posts found write
    # them only with a capital, and find the other script's posts; "post", which a post
    # writes in small letters, stays a word ("пост" is not asked), on every page alike.
    await ingest(engine_store, *POSTS)
    await ingest(
        engine_store,
        make_post(11, "Kremlin spokesman Dmitry Peskov commented on the talks.", day=11),
        make_post(12, "Пресс-секретарь Кремля Дмитрий Песков прокомментировал переговоры.", day=12),
    )
    assert await _ids(engine_store, "peskov", by_rank=True) == [11, 12]
    assert await _ids(engine_store, "peskov") == [12, 11]
    assert await _ids(engine_store, "beijing", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "post") == [9]
    # Session 48: one the posts write in capitals is an abbreviation ("sco": «ШОС»).
    assert await _ids(engine_store, "sco", by_rank=True) == [4, 3]
    pages = [
        [
            int(h.row.external_id)
            for h in await engine_store.search(parse_query("peskov"), limit=1, offset=o)
        ]
        for o in (0, 1, 2)
    ]
    assert pages == [[12], [11], []]


async def test_a_day_in_either_language_and_twins_when_the_script_typed_has_none(
    engine_store: Store,
) -> None:
    # Session 47: a day typed with its month in words finds the other language's posts of
    # that day, after those of the language typed («15 марта»: "March 15"); where the
    # language typed has none, its twins' posts ("December 4": «4 декабря»), but a word
    # misspelt is corrected in the script typed first («Белорусия»: «Белоруссия»).
    await ingest(
        engine_store,
        make_post(1, "Переговоры делегаций назначены на 15 марта.", day=1),
        make_post(2, "The talks of the delegations are set for March 15.", day=2),
        make_post(3, "Комиссия проведёт заседание 4 декабря в Москве.", day=3),
        make_post(4, "Визит в Белоруссию перенесён.", day=4),
        make_post(5, "The visit to Belarus was postponed.", day=5),
        make_post(6, "Марта Иванова открыла выставку.", day=6),
    )
    assert await _ids(engine_store, "15 марта", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "March 15", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "March 15") == [2, 1]  # newest first, as one list
    assert await _ids(engine_store, "December 4") == [3]
    hits = await engine_store.search(parse_query("Белорусия"), limit=50)
    assert hits.corrected is not None and [int(h.row.external_id) for h in hits] == [5, 4]
    assert 2 not in await _ids(engine_store, "марта")  # a month alone is a word


async def test_initials_and_a_hashtag_read_in_the_other_script(engine_store: Store) -> None:
    # Session 47: initials before a surname («С.В. Лавров», "S. Jaishankar") are no word
    # of the other script's posts, which name the person otherwise: the surname is read
    # there; a hashtag by its word («#Лавров»: "#Lavrov"); a tag's words joined by "_"
    # have no twin.
    await ingest(engine_store, *POSTS)
    await ingest(
        engine_store,
        make_post(11, "С.Джайшанкар провёл переговоры в Москве. #Россия_Индия", day=11),
        make_post(12, "S. Jaishankar held talks in Moscow. #Lavrov", day=12),
    )
    ranked = await _ids(engine_store, "С.В. Лавров", by_rank=True)
    assert set(ranked[:2]) == {2, 3} and {1, 4} <= set(ranked[2:])
    assert set(await _ids(engine_store, "S. Jaishankar")) == {11, 12}
    assert set(await _ids(engine_store, "С.-В. Лавров")) >= {1, 4}  # «Ж.-Н. Барро»'s way
    assert 12 in await _ids(engine_store, "#Лавров")
    assert await _ids(engine_store, "#Россия_Индия") == [11]


async def test_a_name_s_particles_read_in_the_other_script(engine_store: Store) -> None:
    # Session 47: "bin", «бен», «да», "von der" between a name's capitalised words are
    # its particles, each with its twin («Фейсал бен Фархан»: "Faisal bin Farhan"); «бин»
    # is «бен» in Russian, as news writes it either way; «да» alone is a word.
    await ingest(
        engine_store,
        make_post(1, "Фейсал бен Фархан провёл переговоры с Сергеем Лавровым.", day=1),
        make_post(2, "Sergey Lavrov held talks with Faisal bin Farhan.", day=2),
        make_post(3, "Лула да Силва прибыл в Казань.", day=3),
        make_post(4, "Lula da Silva arrived in Kazan.", day=4),
        make_post(5, "Да, переговоры продолжатся.", day=5),
    )
    assert await _ids(engine_store, "Faisal bin Farhan", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "Фейсал бин Фархан", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Лула да Силва", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Lula da Silva", by_rank=True) == [4, 3]
    assert 4 not in await _ids(engine_store, "да")


async def test_an_arabic_name_by_its_word_whatever_its_article(engine_store: Store) -> None:
    # Session 48: an Arabic name's article, written "al-", «аль-» or as said before the
    # name's first consonant («аш-Шейбани», "ash-Sharaa": the consonant twice), is left out
    # of the search in either script: «аш-Шейбани» finds «аль-Шейбани» and "al-Shaibani";
    # "as-is" is no article; "Al" before a family's name is «Аль».
    await ingest(
        engine_store,
        make_post(1, "Глава МИД Сирии аль-Шейбани выступил на Генассамблее ООН.", day=1),
        make_post(2, "Syrian Foreign Minister Asaad al-Shaibani held talks in Moscow.", day=2),
        make_post(3, "Президент Сирии аш-Шараа принял делегацию.", day=3),
        make_post(4, "Syrian President Ahmed al-Sharaa received a delegation.", day=4),
        make_post(5, "The building was sold as-is, the agency said.", day=5),
        make_post(6, "Премьер-министр Катара шейх Мухаммед бен Абдеррахман Аль Тани.", day=6),
        make_post(7, "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani.", day=7),
    )
    # A family's article, capitalised in both languages: "Al Thani" «Аль Тани».
    assert await _ids(engine_store, "Al Thani", by_rank=True) == [7, 6]
    assert await _ids(engine_store, "Аль Тани", by_rank=True) == [6, 7]
    assert await _ids(engine_store, "аш-Шейбани", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "глава МИД Сирии аш-Шейбани", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "al-Shaibani", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "ash-Sharaa", by_rank=True) == [4, 3]
    assert await _ids(engine_store, "аль-Шараа", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "as-is") == [5]


async def test_a_name_sounding_alike_is_the_one_whose_letters_are_likest(
    engine_store: Store,
) -> None:
    # Session 48: of the archive's names sounding as the one typed, the likeliest is the
    # one whose letters are likest when both are read in Latin letters («Стефан» for
    # "Stephane", not «Стивена», whose sound is the same); before, the two scripts' letters
    # were compared as they are, every name equally unlike.
    await ingest(
        engine_store,
        make_post(1, "Официальный представитель ООН Стефан Дюжаррик заявил о конвоях.", day=1),
        make_post(2, "UN spokesperson Stephane Dujarric said convoys were held up.", day=2),
        make_post(3, "Письмо Стивена Уиткоффа передано в Кремль.", day=3),
    )
    assert await _ids(engine_store, "Stephane Dujarric", by_rank=True) == [2, 1]


async def test_a_state_s_adjective_in_a_title_and_a_particle_before_a_surname(
    engine_store: Store,
) -> None:
    # Session 48: "Colombian" before "President" is the title's (the demonyms' table's
    # states and adjectives, not titles.py's short list alone), so the other script's
    # search asks the name only; "van" before a surname typed alone is the name's.
    await ingest(
        engine_store,
        make_post(1, "Президент Колумбии Густаво Петро осудил депортацию мигрантов.", day=1),
        make_post(2, "Colombian President Gustavo Petro condemned the deportations.", day=2),
        make_post(3, "Глава МИД Чили Альберто ван Клаверен посетил Пекин.", day=3),
        make_post(4, "Chilean Foreign Minister Alberto van Klaveren visited Beijing.", day=4),
        make_post(5, "UN rights chief Volker Turk warned of famine.", day=5),
    )
    assert await _ids(engine_store, "Colombian President Petro", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "UN rights chief Turk", by_rank=True) == [5]
    assert await _ids(engine_store, "van Klaveren", by_rank=True) == [4, 3]


async def test_a_word_excluded_is_excluded_from_the_other_script_s_posts_too(
    engine_store: Store,
) -> None:
    # Session 48: `SCO -Tianjin` found the Russian posts on Tianjin, the word excluded as
    # typed, which no Russian post writes; it is now excluded as «Тяньцзинь» too (a place's,
    # an abbreviation's twin, a name's held spelling). A common word with no twin («-лодка»)
    # is excluded only where written, and the other script's posts are still found.
    await ingest(
        engine_store,
        make_post(1, "Саммит ШОС в Тяньцзине принял декларацию.", day=1),
        make_post(2, "The SCO summit in Tianjin adopted a declaration.", day=2),
        make_post(3, "Министры ШОС встретились в Астане.", day=3),
        make_post(4, "SCO ministers met in Astana.", day=4),
        make_post(5, "Подводная лодка «Курск» затонула в 2000 году.", day=5),
        make_post(6, "Губернатор Курской области посетил Курск.", day=6),
        make_post(7, "The governor visited Kursk.", day=7),
    )
    assert await _ids(engine_store, "SCO -Tianjin", by_rank=True) == [4, 3]
    assert await _ids(engine_store, "ШОС -Тяньцзинь", by_rank=True) == [3, 4]
    assert await _ids(engine_store, "Курск -лодка", by_rank=True) == [6, 7]


async def test_a_search_of_both_scripts_finds_the_posts_of_either(engine_store: Store) -> None:
    # Session 48: `Putin Тяньцзинь` found nothing (no post writes both); each word of the
    # other script is now also written as the first script writes it, and the other
    # script's search each of the first's: the posts of either script, the Russian first,
    # and a Russian post writing a Latin word («Мерц ... Taurus») still.
    await ingest(
        engine_store,
        make_post(1, "Путин прибыл в Тяньцзинь на саммит ШОС.", day=1),
        make_post(2, "Putin arrived in Tianjin for the SCO summit.", day=2),
        make_post(3, "Мерц не исключил поставок ракет Taurus.", day=3),
        make_post(4, "Merz did not rule out Taurus deliveries.", day=4),
        make_post(5, "Путин провёл совещание в Кремле.", day=5),
    )
    assert await _ids(engine_store, "Putin Тяньцзинь", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Тяньцзинь Putin", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "Мерц Taurus", by_rank=True) == [3, 4]


async def test_a_un_body_of_several_words_by_the_other_language_s_names(
    engine_store: Store,
) -> None:
    # Session 48: `UN Security Council` asked the Russian posts for «Секурити» and
    # «Коунсил», and «СБ ООН» found no English post; a body the bilingual table lists is
    # now asked as the other language names it, each of its names, the UN with it when
    # typed with it (not «Совбез России»).
    await ingest(
        engine_store,
        make_post(1, "Совет Безопасности ООН принял резолюцию по Газе.", day=1),
        make_post(2, "The UN Security Council adopted a resolution on Gaza.", day=2),
        make_post(3, "Секретарь Совбеза России Шойгу провёл совещание.", day=3),
        make_post(4, "Генассамблея ООН одобрила резолюцию.", day=4),
        make_post(5, "The UN General Assembly approved the resolution.", day=5),
    )
    assert await _ids(engine_store, "UN Security Council", by_rank=True) == [2, 1]
    assert await _ids(engine_store, "СБ ООН", by_rank=True) == [1, 2]
    assert await _ids(engine_store, "UN General Assembly", by_rank=True) == [5, 4]


async def test_a_body_a_treaty_and_a_name_of_several_words_among_others(
    engine_store: Store,
) -> None:
    # Session 49: bodies and treaties the bilingual table lists, a name of several words
    # among other words, names joined by a hyphen, a climate conference by its number, a
    # place's adjective in a name, a place of several words in another case.
    await ingest(
        engine_store,
        make_post(1, "Лавров принял участие в заседании Арктического совета.", day=1),
        make_post(2, "Russia chairs the Arctic Council until 2027.", day=2),
        make_post(3, "В Белом доме подписали декларацию Армении и Азербайджана.", day=3),
        make_post(4, "Armenia and Azerbaijan initialled the deal at the White House.", day=4),
        make_post(5, "На КС-30 в Белене российскую делегацию возглавил Эдельгериев.", day=5),
        make_post(6, "COP30 opened in Belem with a call for climate finance.", day=6),
        make_post(7, "Министерская конференция форума Россия – Африка прошла в Каире.", day=7),
        make_post(8, "The Russia-Africa ministerial conference opened in Cairo.", day=8),
        make_post(9, "Рябков: ДСНВ истекает в феврале.", day=9),
        make_post(10, "Ryabkov said New START expires in February.", day=10),
        make_post(11, "Гросси посетил Запорожскую АЭС.", day=11),
        make_post(12, "Grossi visited the Zaporizhzhia nuclear power plant.", day=12),
        make_post(13, "Two villages in the Kursk region were shelled overnight.", day=13),
        make_post(14, "Две деревни Курской области подверглись обстрелу.", day=14),
    )
    for typed, expected in [
        ("Arctic Council", {1, 2}),
        ("Арктический совет", {1, 2}),
        ("White House Armenia Azerbaijan", {3, 4}),
        ("COP30", {5, 6}),
        ("КС-30", {5, 6}),
        ("Russia-Africa Cairo", {7, 8}),
        ("New START", {9, 10}),
        ("ДСНВ", {9, 10}),
        ("Гросси Запорожской АЭС", {11, 12}),
        ("Курской области", {13, 14}),
    ]:
        assert set(await _ids(engine_store, typed)) == expected, typed


async def test_an_abbreviation_in_small_letters_beside_its_link_and_the_icj(
    engine_store: Store,
) -> None:
    # Session 49: "iaea" in a post's link ("www.iaea.org") says nothing of how the post
    # writes the word: `iaea` is the abbreviation the posts write in capitals, «МАГАТЭ» too.
    # A body only the UN has is asked without the UN in the other language.
    await ingest(
        engine_store,
        make_post(1, "IAEA Board of Governors meets in Vienna. https://www.iaea.org/news", day=1),
        make_post(2, "Совет управляющих МАГАТЭ собрался в Вене.", day=2),
        make_post(3, "The International Court of Justice issued its opinion on climate.", day=3),
        make_post(4, "Международный суд ООН вынес консультативное заключение.", day=4),
    )
    assert set(await _ids(engine_store, "iaea")) == {1, 2}
    assert set(await _ids(engine_store, "Международный суд ООН")) == {3, 4}


async def test_ministries_parliaments_and_bodies_by_their_names_in_the_other_language(
    engine_store: Store,
) -> None:
    # Session 51: no transliteration reaches "Defence Ministry" from «Минобороны», nor
    # "Eurovision" from «Евровидение»; «Бундестаг» the dictionary reads as a common word.
    pairs = (
        ("Минобороны России сообщило об ударе.", "The Russian Defence Ministry reported a strike."),
        ("Госдума приняла закон во втором чтении.", "The State Duma passed the bill."),
        ("Россия вышла из Совета Европы.", "Russia left the Council of Europe."),
        ("Бундестаг одобрил поставки.", "The Bundestag approved the deliveries."),
        ("Россию не допустили к «Евровидению».", "Russia was barred from Eurovision."),
        ("Европол сообщил о задержаниях.", "Europol reported arrests."),
        ("В Европе похолодало.", "Europe is getting colder."),
        ("МККК посетил пленных.", "The International Committee of the Red Cross visited them."),
        ("Движение неприсоединения собралось.", "The Non-Aligned Movement met."),
    )
    await ingest(
        engine_store,
        *(make_post(n, text, day=n) for n, text in enumerate((t for p in pairs for t in p), 1)),
    )
    assert set(await _ids(engine_store, "Минобороны")) == {1, 2}
    assert set(await _ids(engine_store, "Defense Ministry")) == {1, 2}  # either spelling
    assert set(await _ids(engine_store, "Госдума")) == {3, 4}
    assert set(await _ids(engine_store, "State Duma")) == {3, 4}
    assert set(await _ids(engine_store, "Совет Европы")) == {5, 6}
    assert set(await _ids(engine_store, "Council of Europe")) == {5, 6}
    assert set(await _ids(engine_store, "Бундестаг")) == {7, 8}
    assert set(await _ids(engine_store, "Eurovision")) == {9, 10}
    # «Европол» is Europol's, not Europe's (whose stem it begins with).
    assert set(await _ids(engine_store, "Европол")) == {11, 12}
    assert set(await _ids(engine_store, "ICRC")) == {15, 16}
    assert set(await _ids(engine_store, "Движение неприсоединения")) == {17, 18}


async def test_a_name_in_one_script_beside_a_common_word_of_the_other(
    engine_store: Store,
) -> None:
    # Session 51: «пошлины» has no English spelling to ask (a common word, asked in the
    # language typed), so "Sheinbaum пошлины" found nothing; the Russian posts now, the
    # name as they write it.
    await ingest(
        engine_store,
        make_post(1, "Клаудия Шейнбаум предложила ввести пошлины на автомобили из Китая.", day=1),
        make_post(2, "Sheinbaum proposed tariffs of up to 50% on cars from China.", day=2),
        make_post(3, "Шейнбаум провела переговоры с президентом Бразилии.", day=3),
        make_post(4, "Мексика повысила пошлины на сталь.", day=4),
    )
    assert set(await _ids(engine_store, "Sheinbaum пошлины")) == {1}
    assert set(await _ids(engine_store, "Шейнбаум tariffs")) == {2}


async def test_a_question_finds_the_other_script_s_posts_by_its_names(engine_store: Store) -> None:
    # Session 51: the question's mark read as a letter of its last word ("Egypt?") left
    # the other script's search nothing to ask.
    await ingest(
        engine_store,
        make_post(1, "МВФ одобрил выделение Египту очередного транша в 1,2 млрд долларов.", day=1),
        make_post(2, "The IMF approved a $1.2 billion tranche for Egypt.", day=2),
        make_post(3, "Египет принимает туристов из России.", day=3),
    )
    assert set(await _ids(engine_store, "how much did the IMF give Egypt?")) == {1, 2}
    assert set(await _ids(engine_store, "сколько выделил МВФ Египту?")) == {1, 2}


async def test_a_movement_in_small_letters_and_the_general_assembly(engine_store: Store) -> None:
    # Session 51: «хуситы» in small letters, as Russian writes them, is the table's Houthis;
    # «Генассамблея ООН» is the General Assembly, which a post need not call the UN's.
    await ingest(
        engine_store,
        make_post(1, "Хуситы атаковали судно в Красном море.", day=1),
        make_post(2, "The Houthis attacked a vessel in the Red Sea.", day=2),
        make_post(3, "General Assembly high-level week opens in New York #UNGA80", day=3),
        make_post(4, "Генассамблея ООН открыла неделю высокого уровня.", day=4),
        make_post(5, "ВСООНЛ продлили мандат.", day=5),
        make_post(6, "The Council extended the mandate of UNIFIL.", day=6),
    )
    assert set(await _ids(engine_store, "хуситы")) == {1, 2}
    assert set(await _ids(engine_store, "Генассамблея ООН")) == {3, 4}
    assert set(await _ids(engine_store, "ВСООНЛ")) == {5, 6}


async def test_a_misspelt_name_corrected_to_its_forms_and_a_day_with_its_year(
    engine_store: Store,
) -> None:
    # Session 52: «Джайшанкр» is corrected to the archive's forms one slip away
    # («Джайшанкара OR Джайшанкаром»), which the other script spells as one name; "January
    # 1, 2026": the day's comma is no part of it, so the Russian posts of the day are found.
    await ingest(
        engine_store,
        make_post(1, "Встреча Лаврова с Джайшанкаром прошла в Москве.", day=1),
        make_post(2, "Лавров провёл переговоры с министром Джайшанкара ведомства.", day=2),
        make_post(3, "Jaishankar met Lavrov in Moscow.", day=3),
        make_post(4, "Индия с 1 января 2026 года будет председательствовать в БРИКС.", day=4),
        make_post(5, "India will chair BRICS from January 1, 2026.", day=5),
    )
    hits = await engine_store.search(parse_query("Джайшанкр"), limit=50)
    assert hits.corrected is not None
    assert {int(h.row.external_id) for h in hits} == {1, 2, 3}
    assert set(await _ids(engine_store, "January 1, 2026")) == {4, 5}
    # An OR of two words that are not one's forms is still asked as typed only.
    assert set(await _ids(engine_store, "Джайшанкаром OR Лавров")) == {1, 2}


async def test_an_abbreviation_typed_in_small_letters_finds_both_languages(
    engine_store: Store,
) -> None:
    # Session 52: `rsf`, three letters and no English word, is the abbreviation RSF, in
    # either language («СБР»); `who`, an English word, is not WHO.
    await ingest(
        engine_store,
        make_post(1, "The RSF said it had seized the city after a long siege.", day=1),
        make_post(2, "СБР заявили о взятии города после осады.", day=2),
        make_post(3, "ВОЗ объявила об окончании вспышки.", day=3),
        make_post(4, "Those who stayed in the city were evacuated.", day=4),
    )
    assert set(await _ids(engine_store, "rsf")) == {1, 2}
    assert await _ids(engine_store, "who") == [4]


async def test_a_fund_an_army_a_dam_and_the_hajj_in_the_other_language(
    engine_store: Store,
) -> None:
    # Session 52: РФПИ = RDIF, НОАК = PLA, GERD = «плотина Возрождения», Hajj = хадж.
    await ingest(
        engine_store,
        make_post(1, "Глава РФПИ Кирилл Дмитриев прибыл в Эр-Рияд.", day=1),
        make_post(2, "RDIF chief Kirill Dmitriev arrived in Riyadh.", day=2),
        make_post(3, "НОАК провела учения вокруг острова.", day=3),
        make_post(4, "The PLA held drills around the island.", day=4),
        make_post(5, "Эфиопия открыла Великую эфиопскую плотину Возрождения.", day=5),
        make_post(6, "Ethiopia inaugurated the GERD on the Blue Nile.", day=6),
        make_post(7, "Более полутора миллионов паломников совершили хадж.", day=7),
        make_post(8, "More than 1.5 million pilgrims performed the Hajj.", day=8),
    )
    assert set(await _ids(engine_store, "РФПИ")) == {1, 2}
    assert set(await _ids(engine_store, "PLA")) == {3, 4}
    assert set(await _ids(engine_store, "GERD")) == {5, 6}
    assert set(await _ids(engine_store, "Hajj")) == {7, 8}


async def test_a_closed_up_hashtag_of_a_body_and_bodies_of_the_twenty_eighth_set(
    engine_store: Store,
) -> None:
    # Session 52: #СоветЕвропы is «Совет Европы», so "Council of Europe" in English;
    # «талибы» the Taliban, EMERCOM the МЧС, БиХ Bosnia and Herzegovina.
    await ingest(
        engine_store,
        make_post(1, "Совет Европы учредил спецтрибунал. #СоветЕвропы", day=1),
        make_post(2, "The Council of Europe set up a special tribunal.", day=2),
        make_post(3, "Талибы объявили о прекращении огня.", day=3),
        make_post(4, "The Taliban announced a ceasefire.", day=4),
        make_post(5, "Самолёт МЧС доставил гуманитарный груз в Кабул.", day=5),
        make_post(6, "An EMERCOM plane delivered aid to Kabul.", day=6),
        make_post(7, "Выборы в Республике Сербской в составе БиХ назначены на ноябрь.", day=7),
        make_post(8, "Bosnia and Herzegovina's Serb entity will vote in November.", day=8),
    )
    assert set(await _ids(engine_store, "#СоветЕвропы")) == {1, 2}
    assert set(await _ids(engine_store, "талибы")) == {3, 4}
    assert set(await _ids(engine_store, "EMERCOM")) == {5, 6}
    assert set(await _ids(engine_store, "БиХ")) == {7, 8}


async def test_a_code_in_look_alike_letters_finds_the_posts_of_either_keyboard(
    engine_store: Store,
) -> None:
    # Session 53: «С5+1» (a Cyrillic С, as a Russian keyboard types it) and "C5+1".
    await ingest(
        engine_store,
        make_post(1, "Лидеры собрались на саммит в формате «С5+1» в Вашингтоне.", day=1),
        make_post(2, "The first C5+1 summit was held at the White House.", day=2),
        make_post(3, "Поставки танков Т-72 продолжаются.", day=3),
        make_post(4, "Ten more T-72 tanks were delivered.", day=4),
        make_post(5, "Саммит G5 прошёл в Париже.", day=5),
    )
    assert sorted(await _ids(engine_store, "С5+1")) == [1, 2]
    assert sorted(await _ids(engine_store, "c5+1")) == [1, 2]
    assert sorted(await _ids(engine_store, "саммит C5+1")) == [1]
    assert sorted(await _ids(engine_store, "T-72")) == [3, 4]
    assert (await _ids(engine_store, "C5+1", by_rank=True))[0] == 2  # as typed first


async def test_a_burmese_names_ng_and_a_doubled_last_letter_read_as_russian_writes_them(
    engine_store: Store,
) -> None:
    # Session 53: "Min Aung Hlaing" is «Мин Аун Хлайн», "Kellogg" «Келлог», each declined.
    await ingest(
        engine_store,
        make_post(1, "Переговоры с Мин Аун Хлайном прошли в Кремле.", day=1),
        make_post(2, "Min Aung Hlaing held talks at the Kremlin.", day=2),
        make_post(3, "Лукашенко встретился с Китом Келлогом в Минске.", day=3),
        make_post(4, "Kellogg met Lukashenko in Minsk.", day=4),
    )
    assert sorted(await _ids(engine_store, "Min Aung Hlaing")) == [1, 2]
    assert sorted(await _ids(engine_store, "Мин Аун Хлайн")) == [1, 2]
    assert sorted(await _ids(engine_store, "Kellogg")) == [3, 4]


async def test_a_name_one_slip_from_a_place_or_another_first_letter_is_read_by_its_sound(
    engine_store: Store,
) -> None:
    # Session 53: «Делси» is "Delcy", not "Delhi" (one slip, a place named «Дели»); «Вэнс» is
    # "Vance", not "Jens" (one slip, another first letter).
    await ingest(
        engine_store,
        make_post(1, "Delcy Rodríguez was sworn in as interim president.", day=1),
        make_post(2, "Modi met the minister in New Delhi.", day=2),
        make_post(3, "JD Vance visited the Pituffik base in Greenland.", day=3),
        make_post(4, "Jens-Frederik Nielsen became Greenland's premier.", day=4),
    )
    assert await _ids(engine_store, "Делси Родригес") == [1]
    assert await _ids(engine_store, "Вэнс") == [3]


async def test_a_person_typed_with_a_given_name_is_read_though_english_words(
    engine_store: Store,
) -> None:
    # Session 53: "Penny Wong", "Mark Brown", "Lawrence Wong" are people, though "penny",
    # "mark" and "brown" are English words; «Чисекеди» is "Tshisekedi".
    await ingest(
        engine_store,
        make_post(1, "Глава МИД Австралии Пенни Вонг прибыла в Хониару.", day=1),
        make_post(2, "Премьер-министр Островов Кука Марк Браун подписал соглашение.", day=2),
        make_post(3, "Премьер-министр Сингапура Лоуренс Вонг победил на выборах.", day=3),
        make_post(4, "Феликс Чисекеди встретился с Полем Кагаме.", day=4),
        make_post(5, "Felix Tshisekedi met Paul Kagame in Washington.", day=5),
    )
    assert await _ids(engine_store, "Penny Wong") == [1]
    assert await _ids(engine_store, "Mark Brown") == [2]
    assert await _ids(engine_store, "Lawrence Wong") == [3]
    assert sorted(await _ids(engine_store, "Tshisekedi")) == [4, 5]
    assert sorted(await _ids(engine_store, "Чисекеди")) == [4, 5]


async def test_bodies_and_places_the_twenty_ninth_set_named(engine_store: Store) -> None:
    # Session 53 (taught, not general): the Pacific Islands Forum, the Baltic Sentry,
    # Nuremberg, New Caledonia in both languages.
    await ingest(
        engine_store,
        make_post(1, "Лидеры ФТО собрались в Хониаре.", day=1),
        make_post(2, "Pacific Islands Forum leaders met in Honiara.", day=2),
        make_post(3, "NATO launched Baltic Sentry after the cable damage.", day=3),
        make_post(4, "В Нюрнберге открылся форум к 80-летию процесса.", day=4),
        make_post(5, "A forum opened in Nuremberg for the trials' 80th anniversary.", day=5),
    )
    assert sorted(await _ids(engine_store, "ФТО")) == [1, 2]
    assert await _ids(engine_store, "Балтийский часовой") == [3]
    assert sorted(await _ids(engine_store, "Нюрнберг")) == [4, 5]

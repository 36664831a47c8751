"""A Chinese name read syllable by syllable between pinyin and the Palladius system
(archive/palladius.py): «Си Цзиньпин» "Xi Jinping", «Го Цзякунь» "Guo Jiakun"."""

from __future__ import annotations

import pytest

from tg_archiver.archive.palladius import is_chinese_surname, palladius, pinyin

# People the ministries name, and cities, as the two scripts write them.
NAMES = [
    ("Си", "Xi"),
    ("Цзиньпин", "Jinping"),
    ("Ван", "Wang"),
    ("И", "Yi"),
    ("Цян", "Qiang"),
    ("Цзякунь", "Jiakun"),
    ("Мао", "Mao"),
    ("Нин", "Ning"),
    ("Линь", "Lin"),
    ("Цзянь", "Jian"),
    ("Чуньин", "Chunying"),
    ("Лицзянь", "Lijian"),
    ("Цинь", "Qin"),
    ("Чжэн", "Zheng"),
    ("Лэцзи", "Leji"),
    ("Сюэсян", "Xuexiang"),
    ("Хуэй", "Hui"),
    ("Цзэдун", "Zedong"),
    ("Сяопин", "Xiaoping"),
    ("Тяньцзинь", "Tianjin"),
    ("Синьцзян", "Xinjiang"),
    ("Шэньчжэнь", "Shenzhen"),
    ("Чунцин", "Chongqing"),
    ("Ханчжоу", "Hangzhou"),
    ("Сямэнь", "Xiamen"),
    ("Ухань", "Wuhan"),
    ("Цзюй", "Ju"),
    ("Сюань", "Xuan"),
    ("Люй", "Lyu"),
]


@pytest.mark.parametrize(("russian", "latin"), NAMES)
def test_a_name_reads_the_same_both_ways(russian: str, latin: str) -> None:
    assert pinyin(russian)[0] == latin
    assert palladius(latin)[0] == russian


def test_u_with_an_umlaut_as_typed_or_as_passports_write_it() -> None:
    assert palladius("Lü") == palladius("Lv") == palladius("Lyu") == ("Люй",)


def test_a_declined_name_is_read_by_its_nominative_first() -> None:
    assert pinyin("Цзиньпина")[0] == "Jinping"  # not ji-n-pi-na's "Jinpina"
    assert pinyin("Цзиньпином")[0] == "Jinping"
    assert pinyin("Цяном") == ("Qiang",)
    assert pinyin("Цзяню")[0] == "Jian"  # «Линь Цзяню»: -ь declined
    assert pinyin("Хуа")[0] == "Hua"  # a syllable ending in «а» is read whole first


def test_an_apostrophe_splits_pinyin_where_it_says() -> None:
    assert palladius("Xi'an") == ("Сиань",)
    assert palladius("Xian")[0] == "Сянь"


def test_a_word_no_syllables_read_wholly_has_no_reading() -> None:
    for word in ("Лавров", "Москва", "Шойгу", "ШОС", "Lavrov", "Moscow", "Putin", "BRICS"):
        assert pinyin(word) == () and palladius(word) == (), word
    assert pinyin("Xi") == () and palladius("Си") == ()  # each in its own script only


def test_a_chinese_surname_in_either_script() -> None:
    for word in ("Ван", "Си", "Ли", "Го", "Мао", "Wang", "Xi", "Li", "Guo", "Zhao", "Чжао"):
        assert is_chinese_surname(word), word
    for word in ("Путин", "Цзиньпин", "Jinping", "Lavrov", "Qiang"):
        assert not is_chinese_surname(word), word

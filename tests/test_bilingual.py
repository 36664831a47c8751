"""Names a translation translates, and dates, as one key in both languages
(archive/bilingual.py), and a name's skeleton across the two scripts
(archive/digest_translations.py)."""

from __future__ import annotations

import re

import pytest
import search_corpus_thirtieth

from tg_archiver.archive import bilingual
from tg_archiver.archive.bilingual import bilingual_keys, small_keys
from tg_archiver.archive.digest_translations import anchors, skeleton


@pytest.mark.parametrize(
    ("russian", "english", "key"),
    [
        ("МИД России", "Russian Foreign Ministry", {"=mfa", "=russia"}),
        (
            "Министерство иностранных дел КНР",
            "Chinese Ministry of Foreign Affairs",
            {"=mfa", "=china"},
        ),
        ("в Совбезе ООН", "at the UN Security Council", {"=unsc", "=un"}),
        ("на полях Генассамблеи", "on the sidelines of the General Assembly", {"=unga"}),
        ("в Вене", "in Vienna", {"=vienna"}),
        ("в Нью-Йорке", "in New York", {"=newyork"}),
        ("Соединённые Штаты", "the United States", {"=usa"}),
        ("США", "the U.S.", {"=usa"}),
        ("в секторе Газа", "in the Gaza Strip", {"=gaza"}),
        ("«Группы двадцати»", "the G20", {"=g20"}),
        ("1 декабря", "December 1", {"@12-1"}),
        ("30 ноября", "30 November", {"@11-30"}),
        ("5 мая", "May 5th", {"@5-5"}),
        ("2 дек.", "Dec. 2", {"@12-2"}),
        ("в Эфиопии", "in Ethiopia", {"=ethiopia"}),
        ("Польша", "Poland", {"=poland"}),
        ("в заседании СМИД ШОС", "the SCO Council of Foreign Ministers", {"=cfm"}),
        ("Совещание министров иностранных дел", "the Foreign Ministers' meeting", {"=cfm"}),
    ],
)
def test_a_translated_name_or_date_is_one_key_in_both_languages(
    russian: str, english: str, key: set[str]
) -> None:
    assert bilingual_keys(russian)[0] == key
    assert bilingual_keys(english)[0] == key


@pytest.mark.parametrize(
    "text",
    [
        "join us",  # not "US"
        "un peu",  # not "UN"
        "цена на газ",  # gas, not Gaza
        "25 машин",  # no month
        "в 2025 году",
        "ирано-американских консультаций",  # an adjective in small letters: the topic
    ],
)
def test_what_is_no_translated_name_or_date_gives_no_key(text: str) -> None:
    assert bilingual_keys(text) == (frozenset(), text)


def test_iraq_is_not_iran() -> None:
    assert bilingual_keys("Ирак")[0] == bilingual_keys("Iraq")[0] == {"=iraq"}


def test_a_found_name_is_blanked_out_and_read_no_more() -> None:
    found, rest = bilingual_keys("МИД России, 1 декабря")
    assert found == {"=mfa", "=russia", "@12-1"}
    assert len(rest) == len("МИД России, 1 декабря")
    assert rest.replace("_", "").strip(" ,") == ""


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ван", "Wang"),  # a final "ng" is "н"
        ("Дели", "Delhi"),  # an "h" after a consonant is not written
        ("Таиланд", "Thailand"),
        ("Гросси", "Grossi"),  # not "Русси"
        ("Лавровым", "Lavrov"),
        ("Захаровой", "Zakharova"),
        ("Ереван", "Yerevan"),  # a first "е" is "ye"
        ("Вучич", "Vučić"),  # č is ч
    ],
)
def test_a_name_and_its_transliteration_share_a_skeleton(one: str, other: str) -> None:
    assert skeleton(one.lower()) == skeleton(other.lower())


def test_ordinals_are_numbers_in_both_languages() -> None:
    ru = anchors(None, "на полях 81-й сессии Генассамблеи")
    en = anchors(None, "on the sidelines of the 81st session of the General Assembly")
    assert ru.names == en.names == {"#81", "=unga"}


def test_the_quoted_speaker_is_an_anchor_even_at_a_sentences_start() -> None:
    assert anchors(None, "Захарова: ЕС готовит пакет").speakers == {"zaha"}
    assert anchors(None, "The West is doomed – Lavrov").speakers == {"lavr"}
    assert anchors(None, "Встреча не планируется, заявил Рябков.").speakers == {"riab"}
    # A word before a colon that is no person's name is read as a name, but vetoes nothing.
    update = anchors(None, "Update: talks in Geneva")
    assert update.speakers == frozenset()
    assert "upda" in update.names


def test_a_countrys_adjective_in_small_letters_is_a_small_key_only() -> None:
    # English writes "Syrian", "Polish" with a capital; Russian "сирийское", "польском" in
    # small letters: a key a translation's fold counts only when the other names the country.
    text = "сообщило сирийское Минобороны; в польском городе Ниса"
    assert bilingual_keys(text)[0] == frozenset()
    assert small_keys(text) == {"=syria", "=poland"}
    assert small_keys("Syria's state media") == frozenset()


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
def test_the_forms_grouped_by_their_first_letter_match_as_one_alternation(flags: int) -> None:
    # The pattern tries only the forms of a word's first letter (archive.bilingual._pattern);
    # what it finds, and under which name, must be what one alternation of every form in the
    # table's order finds, on real posts in both languages and on forms sharing a start.
    forms = bilingual._FOLDED if flags else bilingual._CASED
    alternatives = (f"(?P<{k}_{n}>{f})" for k, fs in forms.items() for n, f in enumerate(fs))
    plain = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", flags)
    grouped = bilingual._pattern(forms, flags)
    texts = [text for _, _, text in search_corpus_thirtieth.POSTS.values()]
    texts += [
        "Совет министров иностранных дел, встреча министров иностранных дел и Совещание",
        "Грузия, грузинская делегация, Germany and German, UN and the U.S., Газа и газа",
        "Türkiye, Turkiye, турецкий; ИРАН, Иран, иранский; ЁЛКА, ёлка",
    ]
    found = 0
    for text in texts:
        expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in grouped.finditer(text)] == expected, text
        found += len(expected)
    assert found >= 10  # the cased forms found 10 times, the folded ones hundreds

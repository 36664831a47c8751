"""A text's words read line by line and kept (archive/line_words.py), and the readers that
take them from there instead of reading the text again (issue 21): each gives what its own
pass over the text gave, for any text."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest

from tg_archiver.archive import line_words
from tg_archiver.archive.analysis import LOWER_APART, analyse
from tg_archiver.archive.line_words import line_words as words_of_line
from tg_archiver.archive.line_words import text_words

_W = re.compile(r"\w+")
_FORM_WORD = re.compile(r"[^\W_]+")

TEXTS = [
    "",
    "\n\n",
    "Lavrov met Wang Yi in Kazan.\n\nСергей Лавров провёл переговоры.",
    "🇷🇺🇨🇳 #BRICS_2024 snake_case __init__ _ __ a_b\n  indented  line\t\twith tabs",
    "İstanbul İSTANBUL and ΟΔΟΣ'Α ΣΟΦΟΣ. ΣΑΣ\nΑΣ\nΣ",
    "ǅemal ǈubljana ß STRASSE ﬁnancial Ⅻ ⅻ ① Ⓐ ǰ ŉ x\u0301y भारत\u093e",
    "the same line\nthe same line\nthe same line",
    "a\u200bb c\u00add 123 4,5 ٣٤ १२",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_words_are_the_words_of_the_text(text: str) -> None:
    for _ in range(2):  # read, then kept
        assert text_words(text) == _W.findall(text)
        for line in text.split("\n"):
            assert words_of_line(line) == tuple(_W.findall(line))


def test_a_long_line_is_read_and_not_kept_and_the_kept_lines_are_bounded() -> None:
    long = "word " * (line_words._LINE_CHARS // 5 + 1)
    assert text_words(long) == ["word"] * (line_words._LINE_CHARS // 5 + 1)
    assert long not in line_words._WORDS
    lines = [f"line {n} of many, some words in it" for n in range(40_000)]
    for line in lines:
        assert words_of_line(line) == tuple(_W.findall(line))
    assert sum(map(len, line_words._WORDS)) <= line_words._KEPT_CHARS
    assert line_words._kept[0] == sum(map(len, line_words._WORDS))


@pytest.mark.parametrize("text", TEXTS)
def test_analyse_is_the_forms_of_the_lower_cased_texts_words(text: str) -> None:
    from tg_archiver.archive.analysis import _analysed

    expected = " ".join(_analysed(w) for w in _FORM_WORD.findall(text.lower()))
    assert analyse(text) == expected
    assert analyse(text) == expected  # its words' forms kept


def test_only_the_letters_set_apart_lower_case_otherwise_than_one_by_one() -> None:
    # analyse reads a text's words as written and looks each up by itself lower-cased: that
    # is the words of the text lower-cased unless some character lower-cases to more or
    # other than one word character (or a word character from none), or by its neighbours.
    odd = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        lower = char.lower()
        is_word = _W.fullmatch(char) is not None
        one_word_char = len(lower) == 1 and _W.fullmatch(lower) is not None
        if (
            is_word != one_word_char
            or (not is_word and _W.search(lower))
            or lower.lower() != lower
            or ("_" in lower and char != "_")
        ):
            odd.append(char)
    assert set(odd) <= set(LOWER_APART), [f"U+{ord(c):04X}" for c in odd]
    assert "Σ" in LOWER_APART  # final sigma: "ΟΔΟΣ".lower() ends on "ς", "Σ".lower() is "σ"
    assert unicodedata.unidata_version  # the check is of this Python's Unicode tables

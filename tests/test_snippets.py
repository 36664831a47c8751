"""Passages found from the search's words alone (archive/snippets.py): the same passage as
the text split into words gives, for every text and search, the ones read word by word
included."""

from __future__ import annotations

import random
import re
import sys

import pytest
import search_corpus_twentyfourth
import search_corpus_twentythird
from hypothesis import given, settings
from hypothesis import strategies as st

from tg_archiver.archive.analysis import analyse_word, fold, strip_marks, words
from tg_archiver.archive.snippets import _folds_to_ascii, _passage_of_pieces, passage

_WORD_CHAR = re.compile(r"[^\W_]")


def test_every_word_character_that_folds_to_ascii_has_its_text_read_word_by_word() -> None:
    """A word holding one may have a Latin form its letters do not start with (``𝐛𝐫𝐞𝐚𝐤``,
    ``Éco``, ``ﬁnal``): every such character of all of Unicode is one _folds_to_ascii finds."""
    missing = [
        f"U+{cp:04X}"
        for cp in range(0x80, sys.maxunicode + 1)
        if _WORD_CHAR.match(c := chr(cp))
        and any(ch.isascii() for ch in c.lower() + strip_marks(c.lower()))
        and not _folds_to_ascii(f"a {c} b")
    ]
    assert missing == []
    assert not _folds_to_ascii("Лавров — «переговоры» 🇷🇺 📍 № 5, 20 °C")


@pytest.mark.parametrize(
    ("text", "searched", "expected"),
    [
        ("𝐛𝐫𝐞𝐚𝐤𝐢𝐧𝐠: talks", "breaking", "[𝐛𝐫𝐞𝐚𝐤𝐢𝐧𝐠]: talks"),
        ("The tyres were dying", "tire", "The [tyres] were dying"),
        ("The tyres were dying", "die", "The tyres were [dying]"),
        ("ПЕРЕГОВОРЫ о ёлках", "переговоры", "[ПЕРЕГОВОРЫ] о ёлках"),
        ("ПЕРЕГОВОРЫ о ёлках", "елки", "ПЕРЕГОВОРЫ о [ёлках]"),
        ("Ｃooperation, co-operation", "cooperation", "[Ｃooperation], co-operation"),
        ("İstanbul talks; Istanbul", "istanbul", "[İstanbul] talks; [Istanbul]"),
        ("ΟΔΟΣ and Σ", "οδος", "[ΟΔΟΣ] and Σ"),
        ("unrelated_words cooperation_x cooperation", "cooperation", None),
    ],
)
def test_a_word_found_however_its_letters_are_written(
    text: str, searched: str, expected: str | None
) -> None:
    form = {analyse_word(searched)}
    out = passage(text, form, (), "[", "]")
    assert out == _passage_of_pieces(text, form, (), "[", "]", 24)
    if expected is not None:
        assert out == expected
    else:
        assert out.endswith("[cooperation]")


def _texts() -> list[str]:
    return [
        text
        for module in (search_corpus_twentythird, search_corpus_twentyfourth)
        for _, _, text in module.POSTS.values()
    ]


def test_passages_of_the_labelled_posts_are_those_of_their_words() -> None:
    """Every post of two labelled sets, searched for one to three of its words' forms, a
    shortened form, or a prefix of one of its words, in windows of 1 to 40 words."""
    rng = random.Random(50)
    compared = 0
    for text in _texts():
        found = words(text)
        for kind in range(3):
            forms = frozenset(analyse_word(rng.choice(found)) for _ in range(rng.randint(1, 3)))
            if kind == 2:
                forms |= {analyse_word(rng.choice(found))[:3]}
            prefixes = frozenset({fold(rng.choice(found))[:3]}) if kind == 1 else frozenset()
            window = rng.choice([1, 5, 24, 24, 40])
            assert passage(text, forms, prefixes, "[", "]", window=window) == (
                _passage_of_pieces(text, forms, prefixes, "[", "]", window)
            ), (text, forms, prefixes, window)
            compared += 1
    assert compared > 1400


_PIECES = [
    *"abcdeimoyAIMYÉéёЁеЕжкКаАоО_12 ,.«»—-\n",
    *("ing", "ies", "tyre", "dying", "переговоры", "Mimira", "mimir", "ﬁ", "𝐜𝐨", "Ｃo"),
    *("İ", "ΟΔΟΣ", "Σ\u0301", "ß", "ø"),
]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.integers(0, 2**32),
    st.sampled_from([1, 2, 3, 5, 24]),
)
def test_passages_of_any_text_are_those_of_its_words(text: str, seed: int, window: int) -> None:
    rng = random.Random(seed)
    found = words(text) + words(text.lower())
    forms = frozenset(analyse_word(rng.choice(found)) for _ in range(3)) if found else {"a"}
    prefixes = (
        frozenset({fold(rng.choice(found))[: rng.randint(1, 3)]})
        if found and rng.random() < 0.3
        else frozenset()
    )
    assert passage(text, forms, prefixes, "<", ">", window=window) == (
        _passage_of_pieces(text, forms, prefixes, "<", ">", window)
    )

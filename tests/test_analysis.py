"""Word forms (archive/analysis.py) and passages (archive/snippets.py): pure functions."""

from __future__ import annotations

import pytest

from tg_archiver.archive.analysis import analyse, analyse_word, fold, words
from tg_archiver.archive.snippets import passage
from tg_archiver.archive.word_memo import WordMemo


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("санкции", "санкций"),
        ("Лавров", "Лаврова"),  # a surname loses -ов in one form only
        ("Захарова", "Захаровой"),
        ("саммит", "саммитах"),
        ("елка", "Ёлка"),
        ("summit", "summits"),
        ("organisation", "Organizations"),
        ("fertilisers", "fertilizer"),
        ("defence", "defense"),
        ("centre", "center"),
        ("harbour", "harbor"),
        ("labour", "labor"),
        ("analysed", "analyze"),
        ("dialogue", "dialog"),
        ("travelled", "traveled"),
        ("programme", "program"),
        ("café", "cafe"),
    ],
)
def test_forms_and_spellings_of_a_word_meet(one: str, other: str) -> None:
    assert analyse_word(one) == analyse_word(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [("summit", "submit"), ("мир", "мера"), ("hour", "our"), ("four", "for"), ("й", "и")],
)
def test_different_words_stay_apart(one: str, other: str) -> None:
    assert analyse_word(one) != analyse_word(other)


def test_the_analysed_copy_has_one_token_per_word_in_order() -> None:
    text = "Переговоры С.В.Лаврова — Lavrov's café, covid-19 #ШОС 🔥 snake_case"
    assert words(text) == [
        *("Переговоры", "С", "В", "Лаврова", "Lavrov", "s", "café", "covid", "19", "ШОС"),
        *("snake", "case"),
    ]
    assert analyse(text) == "переговор с в лавр lavrov s cafe covid 19 шос snake case"
    assert analyse("") == ""


def test_fold_is_how_prefixes_compare() -> None:
    assert fold("Sécurité") == "securite"
    assert fold("Ёлка") == "елка"
    assert fold("Йошкар") == "йошкар"


def test_passage_marks_every_form_around_the_best_cluster() -> None:
    text = (
        "Intro words that say nothing at all about the subject of this post, "
        "just a long opening line that goes on and on and on for a while. "
        "Then the sanctions: new sanctioned banks, and a sanction list. The end."
    )
    out = passage(text, {analyse_word("sanctions")}, (), "[", "]", window=12)
    assert out.startswith("…")
    assert "[sanctions]" in out and "[sanction]" in out
    assert "Intro" not in out


def test_passage_marks_prefixes_and_shows_the_start_without_a_match() -> None:
    assert passage("Sécurité du forum", set(), {"secu"}, "[", "]") == "[Sécurité] du forum"
    assert passage("Nothing to see", {"zzz"}, (), "[", "]") == "Nothing to see"
    assert passage("", {"zzz"}, (), "[", "]") == ""


def test_passage_marks_words_new_to_it_and_every_word_of_an_empty_prefix() -> None:
    """A word the passages never saw is analysed there and then (its form not kept yet); an
    empty hit (a prefix searched for that is empty) still counts as one."""
    word = "zqxvemberlick"
    assert passage(f"A {word}, then more.", {analyse_word(word)}, (), "[", "]") == (
        f"A [{word}], then more."
    )
    assert passage("one two", set(), {""}, "[", "]") == "[one] [two]"


def test_passage_of_a_short_post_shows_it_whole() -> None:
    """A one-line post is not cut to its last matched word ("…call for a **ceasefire**")."""
    text = "BRICS ministers call for a ceasefire"
    assert passage(text, {analyse_word("ceasefire")}, (), "[", "]") == (
        "BRICS ministers call for a [ceasefire]"
    )


def test_passage_near_the_end_of_a_long_post_is_a_full_window() -> None:
    text = " ".join(f"w{n}" for n in range(40)) + " ceasefire"
    out = passage(text, {analyse_word("ceasefire")}, (), "[", "]", window=12)
    assert out == "…" + " ".join(f"w{n}" for n in range(29, 40)) + " [ceasefire]"


def test_analyse_gives_each_words_form_whatever_its_kept_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # analyse looks forms up in a dict of its own (emptied when full), analyse_word in its
    # lru_cache: the same forms either way, from an empty dict, a full one, one emptied.
    import tg_archiver.archive.analysis as archive_analysis

    text = (
        "Лавров провёл переговоры с Ёлкиным о санкциях; the organisations' summits in the "
        "centre of Café Harbour, 2024 — ШОС и БРИКС, Захаровой, İstanbul ǅemal ß"
    )
    expected = " ".join(analyse_word(w) for w in words(text.lower()))
    forms = WordMemo(archive_analysis._analysed, 200_000)
    monkeypatch.setattr(archive_analysis, "_FORMS", forms)
    assert analyse(text) == expected
    assert analyse(text) == expected  # every form kept
    forms.table["zzz"] = "zzz"
    forms.most = 3  # emptied, then this text's
    assert (
        analyse(text + " новое слово")
        == f"{expected} {analyse_word('новое')} {analyse_word('слово')}"
    )
    assert "лавров" in forms.table and "zzz" not in forms.table
    assert analyse(text) == expected

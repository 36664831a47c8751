"""One spelling for a name however it was transliterated (archive/transliteration.py)."""

from __future__ import annotations

import pytest

from tg_archiver.archive.transliteration import canonical


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Sergey", "Sergei"),  # й romanised as y or i
        ("Yuriy", "Yuri"),
        ("Alexei", "Aleksei"),  # x or ks
        ("Mariya", "Maria"),
        ("Mohammad", "Mohamad"),  # a doubled letter
        ("Phomvihane", "Fomvihane"),
        ("Moussa", "Musa"),  # French romanisation
        ("Brasília", "Brasilia"),  # accents dropped
        ("Đurić", "Djuric"),
        ("Türkiye", "Turkiye"),
        ("Пхомвихан", "Фомвихан"),  # an aspirate written with х
        ("Тхань", "Тань"),
        ("Чэнда", "Ченда"),  # э or е
        ("Хусейн", "Хусеин"),  # й or и
        ("Ильхам", "Илхам"),  # a soft sign
        ("Аббас", "Абас"),
        ("Фёдор", "Федор"),
    ],
)
def test_two_transliterations_of_one_name_meet(one: str, other: str) -> None:
    assert canonical(one) == canonical(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Ирака", "Ирана"),  # one letter replaced by another that is no spelling of it
        ("Iraq", "Iran"),
        ("Mali", "Male"),
        ("Austria", "Australia"),
        ("Сербии", "Сербией"),  # case endings
        ("Niger", "Nigeria"),
        ("Gambia", "Zambia"),
    ],
)
def test_other_names_stay_apart(one: str, other: str) -> None:
    assert canonical(one) != canonical(other)

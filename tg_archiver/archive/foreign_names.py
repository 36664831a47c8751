"""Given names of the people foreign-ministry posts name most, which the Russian dictionary
(archive/given_names.py reads a given name by it) does not know: Turkish, Persian, Arab,
Indian, Central Asian, Caucasian, European and American leaders' and ministers' names, in
Latin letters as English news writes them and in Cyrillic as Russian news does.

Without them a name typed in full ("Hakan Fidan", «Хакан Фидан») made its given name a word
every post must hold, and "Turkish Foreign Minister Fidan", «с Х.Фиданом» were missed
(session 43). Chinese, Korean and Vietnamese names are written surname first (Wang Yi, Xi
Jinping) and are not here. Pure.
"""

from __future__ import annotations

from functools import lru_cache

from tg_archiver.archive import lazy_re

__all__ = ["foreign_given", "is_foreign_given"]

_LATIN_LIST = """
Hakan Recep Mevlut Tayyip Ibrahim Ebrahim Hossein Hassan Abbas Masoud Mohammad Mohammed
Muhammad Mahmoud Ahmed Ahmad Abdullah Abdulaziz Faisal Fahad Badr Sameh Ayman Nabil Fuad
Asaad Bashar Walid Khalid Tamim Najib Ilham Jeyhun Nikol Ararat Shavkat Bakhtiyor
Sadyr Emomali Serdar Rashid Kassym Murat Narendra Subrahmanyam Rajnath Shehbaz Ishaq Imran
Bilawal Cyril Naledi Abiy Luiz Mauro Javier Gustavo Nicolas Yvan Emmanuel Olaf
Friedrich Annalena Kaja Josep Ursula Charles Keir Rishi Boris David Antony Marco Joe Donald
Kamala Jake Mike Giorgia Antonio Pedro Viktor Peter Robert Aleksandar Milorad Recep Fumio
Shigeru Yoko Penny Anthony Justin Melanie Mark Jens Ignazio Pierre Catherine Thierry
Jean Alain Heiko Gerhard Angela Sigmar Sebastian Karl Alexander Federica Amir Hamad Tahnoun
Saud Mohamed Abdel Fattah Abdelmadjid Kais Nayib Daniel Volodymyr Andrii Dmytro Rustem
Ivan Sergio Gabriel Paul Lawrence Olga
"""
# Cyrillic: the nominative; a case form is read back to it by its ending. Only names the
# dictionary does not know as given names (Виктор, Борис, Марк are its own).
_CYRILLIC_LIST = """
Хакан Реджеп Мевлют Тайип Ибрагим Эбрахим Хоссейн Хасан Аббас Масуд Мохаммад Мохаммед
Мухаммед Махмуд Ахмед Ахмад Абдалла Абдулла Абдель Фейсал Фахд Бадр Самех Айман Набиль
Фуад Асаад Башар Валид Халид Тамим Наджиб Ильхам Джейхун Никол Арарат Шавкат Бахтиёр Садыр
Эмомали Сердар Рашид Касым-Жомарт Нарендра Субраманьям Субрахманьям Раджнатх Шахбаз Исхак
Имран Билавал Сирил Наледи Абий Луис Мауро Хавьер Густаво Николас Эммануэль Эмманюэль
Олаф Фридрих Анналена Кая Жозеп Урсула Кир Риши Энтони Джо Дональд Камала
Джейк Майк Джорджа Антониу Милорад Фумио Сигэру
Сигеру Ёко Пенни Джастин Мелани Йенс Игнацио Пьер Катрин Тьерри Жан Ален Хайко
Герхард Ангела Себастьян Федерика Амир Хамад Тахнун Сауд Мохамед Фаттах Абдельмаджид
Каис Найиб Рустем Серхио Габриэль
"""
_LATIN = frozenset(_LATIN_LIST.split())
_CYRILLIC = frozenset(_CYRILLIC_LIST.split())
# A Russian noun's singular case endings, after a consonant or for a name in -а/-я (Кая:
# «Каи», «Каю»); -ь, -й are the nominative's own.
_ENDING = lazy_re.compile(r"(?:ом|ем|ём|ой|ей|ою|ею|а|я|у|ю|е|и|ы)$")


def is_foreign_given(word: str) -> bool:
    """Whether the capitalised Latin ``word`` is one of the given names here."""
    return word in _LATIN


@lru_cache(maxsize=4096)
def foreign_given(word: str) -> str:
    """The nominative of the Cyrillic given name here that ``word`` (capitalised) is a case
    form of («Хаканом»: «Хакан», «Каю»: «Кая»); "" when it is none."""
    if word in _CYRILLIC:
        return word
    stem = _ENDING.sub("", word)
    for base in (stem, stem + "а", stem + "я", stem + "й", stem + "ь"):
        if base in _CYRILLIC:
            return base
    return ""

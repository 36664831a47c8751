"""Names of Central and South-Eastern Europe in Latin letters and as Russian writes them:
Serbian, Croatian, Bosnian, Slovene, Czech and Slovak (Vučić «Вучич», Đurić «Джурич», Fico
«Фицо»), Polish (Nawrocki «Навроцкий», Sikorski «Сикорский») and Hungarian (Szijjártó
«Сийярто», Orbán «Орбан»), for store/both_scripts.py's second search (session 47).

Each language writes its names in Latin letters by its own rules, and Russian reads them by
those rules, not by English's: "c" is «ц», "č" and "ć" «ч», "š" «ш», "ž" «ж», "đ" «дж», "j"
«й»; Polish "sz" «ш», "cz" «ч», "rz" «ж», "w" «в»; Hungarian "sz" «с», "s" «ш», "cs" «ч», "zs"
«ж», "gy" «дь». So a Russian name's romanisations (archive/romanization.py: «Вучич»
"Vuchich") do not meet the post's "Vučić", nor its English readings (Vucic: «Вукик») the
post's «Вучич». Here each way gives the spellings those rules make, the likeliest first: a
Latin name to its Russian spellings, a Russian name to its Latin ones without their marks
(as the index folds them: "Vučić" is held as "vucic"), each to be looked up in the archive
as any other spelling is. Pure.
"""

from __future__ import annotations

import re

from tg_archiver.archive.analysis import strip_marks

# The patterns below are compiled on first use (re's own cache), not when a search's
# modules are imported: compiled at import they cost every search's start 1 ms.

__all__ = ["central_cyrillic", "central_latin"]

_LATIN = r"[A-ZÀ-ÖØ-ÞĀ-ž][a-zß-öø-ÿĀ-ž]{2,}"
_CYRILLIC = r"[А-ЯЁ][а-яё]{2,}"
_VOWELS = "aeiouyáéíóúýěůöőüű"

# Letters and groups, longest first, read the way each language writes them. A vowel after
# "j" is read with it: "ja" «я» (Jovanović: «Йованович», Szijjártó: «Сийярто»).
_SLAVIC = (
    ("dž", "дж"),
    ("đ", "дж"),
    ("dj", "дж"),
    ("lj", "ль"),
    ("nj", "нь"),
    ("ch", "х"),
    ("ja", "я"),
    ("ju", "ю"),
    ("je", "е"),
    ("jo", "йо"),
    ("č", "ч"),
    ("ć", "ч"),
    ("š", "ш"),
    ("ž", "ж"),
    ("ř", "рж"),
    ("ň", "нь"),
    ("ť", "ть"),
    ("ď", "дь"),
    ("ľ", "ль"),
    ("ě", "е"),
    ("ů", "у"),
    ("c", "ц"),
    ("j", "й"),
    ("h", "х"),
    ("y", "и"),
    ("w", "в"),
    ("x", "кс"),
    ("q", "к"),
)
_POLISH = (
    ("szcz", "щ"),
    ("cki", "цкий"),
    ("ski", "ский"),
    ("sz", "ш"),
    ("cz", "ч"),
    ("rz", "ж"),
    ("ch", "х"),
    ("ią", "ён"),  # Świątek: «Свёнтек» (session 55)
    ("ie", "е"),
    ("ia", "я"),
    ("io", "ё"),
    ("iu", "ю"),
    ("ja", "я"),
    ("ju", "ю"),
    ("je", "е"),
    ("ł", "л"),
    ("ą", "он"),
    ("ę", "ен"),
    ("ó", "у"),
    ("ś", "сь"),
    ("ć", "чь"),
    ("ń", "нь"),
    ("ź", "зь"),
    ("ż", "ж"),
    ("w", "в"),
    ("c", "ц"),
    ("j", "й"),
    ("y", "ы"),
    ("h", "х"),
)
_HUNGARIAN = (
    ("ja", "я"), ("ju", "ю"), ("je", "е"), ("sz", "с"), ("cs", "ч"), ("zs", "ж"), ("gy", "дь"),
    ("ny", "нь"), ("ty", "ть"), ("ly", "й"), ("s", "ш"), ("c", "ц"), ("j", "й"), ("ő", "ё"),
    ("ö", "ё"), ("ű", "ю"), ("ü", "ю"), ("h", "х"), ("y", "и"),
)  # fmt: skip
# The rest alike in all three, a mark dropped (á «а», é «е», í «и», ó «о», ú «у», ý «ы»).
_PLAIN = str.maketrans("abdefgiklmnoprstuvz", "абдефгиклмнопрстувз")
_MARKED_PLAIN = {"ý": "ы"}

# Each language's letters that no other of the three writes, to tell which a name is in;
# a name with none is read by the Slavic rules alone, where "c" is «ц» (Fico: «Фицо»).
_POLISH_MARKS = r"sz|cz|rz|w|ł|ą|ę|ś|ź|ż|ń|ski$|cki$"
_HUNGARIAN_MARKS = r"sz|cs|zs|gy|ő|ű|ö|ü"
_SLAVIC_MARKS = r"[čćšžđřěůňťďľ]|dž"


def central_cyrillic(word: str) -> tuple[str, ...]:
    """The Russian spellings of the Latin name ``word`` (typed with a capital) by the rules
    of the languages it may be in (see the module's notes), likeliest first; empty for a
    word that is no such name's shape."""
    if not re.fullmatch(_LATIN, word):
        return ()
    lower = word.lower()
    polish = re.search(_POLISH_MARKS, lower) is not None
    hungarian = re.search(_HUNGARIAN_MARKS, lower) is not None
    tables: list[tuple[tuple[str, str], ...]] = []
    if re.search(_SLAVIC_MARKS, lower) or not (polish or hungarian):
        tables.append(_SLAVIC)
    if polish:
        tables.append(_POLISH)
    if hungarian:
        tables.append(_HUNGARIAN)
    # A long vowel's acute says nothing to Russian (Orbán: «Орбан»); Polish "ó" is «у».
    plain = lower.translate(_ACUTE)
    found = [_read(lower if table is _POLISH else plain, table) for table in tables]
    if polish:
        # Russian writes Polish "ś" before a consonant without its soft sign («Свёнтек»),
        # and some of its press as «ш» («Швёнтек»; session 55).
        read = found[tables.index(_POLISH)]
        if (hard := re.sub(r"сь(?=[бвгджзклмнпрстфхцчшщ])", "с", read)) != read:
            found += [hard, re.sub(r"^сь?(?=[бвгджзклмнпрстфхцчшщ])", "ш", read)]
    if lower.isascii() and lower.endswith("ic"):
        # A South Slavic surname typed without its marks (Vucic, Djuric): "c" as "č".
        found.append(_read(lower.replace("c", "č"), _SLAVIC))
    return tuple(dict.fromkeys(w.capitalize() for w in found))


_ACUTE = str.maketrans("áéíóú", "aeiou")


def _read(lower: str, table: tuple[tuple[str, str], ...]) -> str:
    out = []
    i = 0
    while i < len(lower):
        found = next(((g, r) for g, r in table if lower.startswith(g, i)), None)
        if found is None:
            letter = lower[i]
            plain = _MARKED_PLAIN.get(letter) or strip_marks(letter)
            out.append(plain.translate(_PLAIN))
            i += 1
            continue
        group, read = found
        # "ja" is «я» after a vowel, after "j" or first (Jovanović: «Йованович»;
        # Szijjártó: «Сийярто»); after another consonant «ья» (Kovaljov's «ль» aside).
        if group[:1] == "j" and len(group) == 2 and i and lower[i - 1] not in _VOWELS + "j":
            read = "ь" + read
        out.append(read)
        i += len(group)
    return "".join(out)


# A Russian name's letters as each language writes them, marks left out (the index folds
# them): Slavic, Hungarian, Polish.
_TO_SLAVIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "z",
    "з": "z", "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "c", "ш": "s", "щ": "sc", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
}  # fmt: skip
_TO_HUNGARIAN = _TO_SLAVIC | {"с": "sz", "ш": "s", "ч": "cs", "ж": "zs", "я": "ja"}
_TO_POLISH = _TO_SLAVIC | {"ш": "sz", "ч": "cz", "ж": "z", "в": "w", "щ": "szcz", "ы": "y"}
_POLISH_ENDINGS = (("цкий", "cki"), ("ский", "ski"))


def central_latin(word: str) -> tuple[str, ...]:
    """The Latin spellings, without their marks, that the Russian name ``word`` (typed with
    a capital) may have in a language of the module's notes: «Вучич» "Vucic", «Джурич»
    "Djuric" and "Duric" (Đurić), «Фицо» "Fico", «Сийярто» "Szijjarto", «Навроцкий»
    "Nawrocki"; likeliest first; empty for a word that is no such name's shape."""
    if not re.fullmatch(_CYRILLIC, word):
        return ()
    lower = word.lower()
    # Declined as a Russian noun («с Вучичем», «Джурича»): its nominative too.
    forms = [lower]
    if ending := re.search(_CASE_ENDING, lower):
        forms.append(lower[: ending.start()])
    found = []
    for form in forms:
        polish = form
        for russian, written in _POLISH_ENDINGS:
            if polish.endswith(russian):
                polish = polish[: -len(russian)] + written
                break
        found += [
            _write(form.replace("дж", "dj"), _TO_SLAVIC),
            _write(form.replace("дж", "d"), _TO_SLAVIC),  # "Đ" folds to "D"
            _write(form.replace("дж", "dzs"), _TO_HUNGARIAN),
            _write(polish.replace("дж", "dz"), _TO_POLISH),
        ]
    return tuple(dict.fromkeys(w.capitalize() for w in found))


_CASE_ENDING = r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ем|ом|ым|а|у|е)$"


def _write(lower: str, table: dict[str, str]) -> str:
    return "".join(table.get(letter, letter) for letter in lower)

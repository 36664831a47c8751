"""Turkish names in Latin letters and as Russian writes them (Öcalan «Оджалан», İmamoğlu
«Имамоглу», Çavuşoğlu «Чавушоглу», Kılıçdaroğlu «Кылычдароглу»), for store/both_scripts.py's
second search (session 54), beside archive/central_european.py's languages.

Turkish writes "c" for «дж», "ç" for «ч», "ş" for «ш», "ğ" for the «г» Russian keeps, "ı"
for «ы», "j" for «ж», "y" for «й»; so English's readings of a Russian name («Оджалан»:
"Odzhalan") do not meet the post's "Öcalan", nor the Slavic rules' reading of "Öcalan"
(«Оцалан») the post's «Оджалан». Here each way gives the spellings Turkish's rules make: a
Latin name with a letter only Turkish writes (ç ş ğ ı İ; ö or ü beside a "c") or a Turkish
surname's -oğlu to its Russian spellings; a Russian name with «дж» or «-оглу» to its Latin
ones without their marks (as the index folds them: "Öcalan" is held as "ocalan"). Pure.
"""

from __future__ import annotations

import re

from tg_archiver.archive.analysis import strip_marks

__all__ = ["turkish_cyrillic", "turkish_latin"]

_LATIN = r"[A-ZÀ-ÖØ-ÞĀ-žİ][a-zß-öø-ÿĀ-žı]{2,}"
_CYRILLIC = r"[А-ЯЁ][а-яё]{2,}"
# A letter or an ending only Turkish writes so; or "ö" or "ü" with a "c" that is no
# German's "ch" or "ck" (Öcalan).
_TURKISH = r"ç|ş|ğ|ı|i̇|o[ğg]lu$|[öü].*c(?![hk])|c(?![hk]).*[öü]"

# Turkish letters as Russian reads them; "e" first in a name is «э» (Erdoğan: «Эрдоган»).
_TO_CYRILLIC = {
    "a": "а", "b": "б", "c": "дж", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "г",
    "h": "х", "ı": "ы", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о",
    "ö": "о", "p": "п", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ü": "ю", "v": "в",
    "y": "й", "z": "з",
}  # fmt: skip
# Russian letters as Turkish writes them, marks left out ("ç" is held as "c", "ş" as "s").
_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "o", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "c", "ш": "s", "щ": "s",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "u", "я": "ya",
}  # fmt: skip
_CASE_ENDING = r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ом|а|у|е)$"


def turkish_cyrillic(word: str) -> tuple[str, ...]:
    """The Russian spellings of the Turkish name ``word`` (typed with a capital and a letter
    only Turkish writes, or its -oğlu), likeliest first; empty for another word."""
    if not re.fullmatch(_LATIN, word):
        return ()
    lower = word.lower().replace("i̇", "i")  # "İ" lower-cases to "i" and a dot above
    if not re.search(_TURKISH, lower) and not word.startswith("İ"):
        return ()
    read = "".join(_TO_CYRILLIC.get(ch, strip_marks(ch)) for ch in lower)
    found = [read]
    if read.startswith("е"):
        found.insert(0, "э" + read[1:])  # Erdoğan: «Эрдоган»
    if "ь" not in read and "ю" in read:
        found.append(read.replace("ю", "у"))
    return tuple(dict.fromkeys(w.capitalize() for w in found))


def turkish_latin(word: str) -> tuple[str, ...]:
    """The Latin spellings, without their marks, of the Russian name ``word`` written as
    Turkish writes it, when it has «дж» or ends «-оглу»: «Оджалан» "Ocalan", «Чавушоглу»
    "Cavusoglu"; its nominative too when declined («Оджалана»). Empty otherwise."""
    if not re.fullmatch(_CYRILLIC, word):
        return ()
    lower = word.lower()
    if "дж" not in lower and not re.search(r"огл[уы]", lower):
        return ()
    forms = [lower]
    if not re.search(r"огл[уы]$", lower) and (ending := re.search(_CASE_ENDING, lower)):
        forms.append(lower[: ending.start()])
    found = []
    for form in forms:
        latin = "".join(_TO_LATIN.get(ch, ch) for ch in form.replace("дж", "c"))
        found.append(latin)
    return tuple(dict.fromkeys(w.capitalize() for w in found))

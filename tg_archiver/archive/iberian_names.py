"""Spanish and Portuguese names in Latin letters and as Russian writes them: Javier Milei
«Хавьер Милей», Yvan Gil «Иван Хиль», Bruno Rodríguez «Бруно Родригес», Juan Ramón de la
Fuente «Хуан Рамон де ла Фуэнте», Mauro Vieira «Мауро Виейра», João «Жуан», for
store/both_scripts.py's second search (session 48).

Russian reads these names by their languages' rules, not English's: Spanish "j" and "g"
before "e"/"i" are «х» (Javier, Gil), "z" and "c" before "e"/"i" «с» (Rodríguez «Родригес»),
"qu" and "gu" before "e"/"i" «к» and «г», "ll" «ль», "ñ" «нь», "ch" «ч», "h" silent (Hugo
«Уго»), "ie" after a consonant «ье» (Javier), "ue" «уэ» (Fuente), "e" after a vowel «э»
(Rafael «Рафаэль»), "l" before a consonant or last «ль» (Gil «Хиль»); Portuguese "lh" «ль»,
"nh" «нь», "ch" and "x" «ш», "j" «ж», "ão" «ан», "ei" «ей», "s" last or before a consonant
«ш», "o" last «у», "e" after "o" «э» (Moedas «Моэдаш», Rebelo «Ребелу», Carlos
«Карлуш»). So the English readings
(archive/romanization.py: "Javier" «Джавиер») do not meet the post's «Хавьер», nor the
romanisation of «Хавьер» ("Khavyer") the post's "Javier". Each way gives the spellings
those rules make, the likeliest first, each to be looked up in the archive as any other
spelling is (a Latin one without its marks: the index folds "Rodríguez" to "rodriguez").
Pure.
"""

from __future__ import annotations

import re
from itertools import islice, product

from tg_archiver.archive.analysis import strip_marks

# The patterns below are compiled on first use (re's own cache), not when a search's
# modules are imported.

__all__ = ["iberian_cyrillic", "iberian_latin"]

_LATIN = r"[A-ZÁÉÍÓÚÑÇ][a-záéíóúñçãõâêôüà]{1,}"
_CYRILLIC = r"[А-ЯЁ][а-яё]{1,}"
_CONSONANT_NEXT = r"(?=[^aeiouáéíóúãõâêôüy]|$)"

# Letters and groups, longest first, read as Spanish writes them; a group followed by a
# pattern (a lookahead) is read so only there.
_SPANISH: tuple[tuple[str, str], ...] = (
    (r"gu(?=[eéií])", "г"),
    (r"gü", "гу"),
    (r"qu", "к"),
    (r"ll", "ль"),
    (r"ñ", "нь"),
    (r"ch", "ч"),
    (r"g(?=[eéií])", "х"),
    (r"c(?=[eéiíy])", "с"),
    (r"j", "х"),
    (r"^h[eé]", "э"),
    (r"h", ""),
    (r"(?<=[^aeiouáéíóú])i[eé]", "ье"),
    (r"(?<=[^aeiouáéíóú])i[aá]", "ия"),
    (r"u[eé]", "уэ"),
    (r"(?<=[aeiouáéíóú])[eé]|^[eé]", "э"),
    (r"ei|ey", "ей"),
    (r"ai|ay", "ай"),
    (r"oi|oy", "ой"),
    (r"y(?=[aeiouáéíóú])", "й"),
    (r"y$", "и"),
    (r"l" + _CONSONANT_NEXT, "ль"),
    (r"c", "к"),
    (r"z", "с"),
    (r"x", "кс"),
    (r"y", "и"),
)
_SPANISH_HARD_L = tuple((p, "л" if p.startswith("l(") else r) for p, r in _SPANISH)
_PORTUGUESE: tuple[tuple[str, str], ...] = (
    (r"oão", "уан"),
    (r"ão", "ан"),
    (r"õe", "оэ"),
    (r"gu(?=[eéií])", "г"),
    (r"qu", "к"),
    (r"lh", "ль"),
    (r"nh", "нь"),
    (r"ch", "ш"),
    (r"x", "ш"),
    (r"ç", "с"),
    (r"g(?=[eéêií])", "ж"),
    (r"c(?=[eéêií])", "с"),
    (r"j", "ж"),
    (r"h", ""),
    (r"ei", "ей"),
    (r"ai", "ай"),
    (r"oi", "ой"),
    (r"(?<=[aeiouáéíóúâêô])s(?=[aeiouáéíóúâêô])", "з"),
    (r"z$", "с"),
    (r"m$", "н"),
    # "s" last or before a consonant «ш», "o" last «у» (Moedas «Моэдаш», Luís «Луиш», Costa
    # «Кошта», Rebelo «Ребелу»; session 55).
    (r"os$", "уш"),
    (r"s(?=[bcdfgklmnpqrtv]|$)", "ш"),
    (r"o$", "у"),
    (r"(?<=[oó])[eé]", "э"),
    (r"c", "к"),
    (r"y", "и"),
)
# The rest alike in both, a mark dropped (á «а», ê «е»).
_PLAIN = str.maketrans("abdefgiklmnoprstuvz", "абдефгиклмнопрстувз")
# Letters only Portuguese writes, to read a name by its rules first.
_PORTUGUESE_MARKS = r"ã|õ|ç|lh|nh|ê|ô|â|eira$|inho$|ão"


def iberian_cyrillic(word: str) -> tuple[str, ...]:
    """The Russian spellings of the Latin name ``word`` (typed with a capital) by Spanish
    and Portuguese rules (see the module's notes), likeliest first; empty for a word that
    is no such name's shape."""
    if not re.fullmatch(_LATIN, word):
        return ()
    lower = word.lower()
    tables = [_SPANISH, _PORTUGUESE]
    if re.search(_PORTUGUESE_MARKS, lower):
        tables.reverse()
    found = [_read(lower, table) for table in tables]
    # Russian writes a Spanish "l" before a consonant or last either way (Delcy: «Дельси»,
    # «Делси»; Gil: «Хиль»): the hard «л» too.
    found.insert(1, _read(lower, _SPANISH_HARD_L))
    return tuple(dict.fromkeys(w.capitalize() for w in found if w))


def _read(lower: str, table: tuple[tuple[str, str], ...]) -> str:
    out = []
    i = 0
    while i < len(lower):
        for pattern, read in table:
            if (found := re.compile(pattern).match(lower, i)) is not None:
                out.append(read)
                i = found.end()
                break
        else:
            out.append(strip_marks(lower[i]).translate(_PLAIN))
            i += 1
    return "".join(out)


# A Russian name's letters as Spanish may write them, the likeliest first: «х» "j" or "g"
# (before e, i; an "h" is English's reading, archive/romanization.py's); «с» "s" or "z";
# «ль» "l", or "ll" before a vowel; «ье» "ie"; «уэ» "ue"; «ей»
# "ei" or "ey"; «г» before e, i "gu"; «к» "c", "qu" before e, i; «э» "e" or "he".
_TO_SPANISH: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ль(?=[аоуеи])", ("ll", "li")),
    ("ль", ("l",)),
    ("нь", ("n",)),
    ("ье", ("ie",)),
    ("ья", ("ia",)),
    ("уэ", ("ue",)),
    ("ей", ("ei", "ey")),
    ("ай", ("ai", "ay")),
    ("ой", ("oi", "oy")),
    ("ия", ("ia",)),
    ("х(?=[еи])", ("g", "j")),
    ("х", ("j",)),
    ("г(?=[еи])", ("gu", "g")),
    ("к(?=[еи])", ("qu", "k")),
    ("к", ("c", "k")),
    ("с(?=[еи])", ("c", "s", "z")),
    ("с$", ("z", "s")),
    ("с", ("s", "z")),
    ("э", ("e", "he")),
    ("ч", ("ch",)),
    ("й", ("y", "i")),
    ("ц", ("z",)),
    ("ш$", ("s", "sh")),  # Portuguese: «Моэдаш» "Moedas", «Луиш» "Luis" (session 55)
    ("ш", ("sh",)),
    ("у$", ("u", "o")),  # Portuguese: «Ребелу» "Rebelo"
    ("ж", ("j",)),
    ("ю", ("yu",)),
    ("я", ("ya",)),
    ("ё", ("yo",)),
    ("ы", ("i",)),
    ("ь", ("",)),
    ("ъ", ("",)),
)
_PLAIN_BACK = str.maketrans("абвгдезиклмнопрстуф", "abvgdeziklmnoprstuf")
# The case endings read back, those of the instrumental alone: «Хиля», «Нигеря» may as well
# be a nominative («Хила», «Нигерия» misspelt), which another name's spelling would read.
_HARD_ENDING = r"(?<=[бвгджзклмнпрстфхцчшщ])(?:ем|ом|ым)$"
_SOFT_ENDING = r"(?<=[аеиоуэ])ем$"
_MOST = 24  # the spellings of one word made, at most


def iberian_latin(word: str) -> tuple[str, ...]:
    """The Latin spellings, without their marks, that the Russian name ``word`` (typed with
    a capital) may have in Spanish: «Хавьер» "Javier", «Хиль» "Gil", «Родригес»
    "Rodriguez", «Фуэнте» "Fuente", «Милей» "Milei"; likeliest first, at most _MOST; empty
    for a word that is no such name's shape."""
    if not re.fullmatch(_CYRILLIC, word):
        return ()
    lower = word.lower()
    # In the instrumental («Хилем», «Милеем», «Родригесом»): its nominative.
    forms = [lower]
    if (ending := re.search(_HARD_ENDING, lower)) and ending.start() > 2:
        stem = lower[: ending.start()]
        forms += [stem, stem + "ь"]
    elif ending := re.search(_SOFT_ENDING, lower):
        forms.append(lower[: ending.start()] + "й")
    found: list[str] = []
    for form in dict.fromkeys(forms):
        choices = _choices(form)
        found += ["".join(c) for c in islice(product(*choices), _MOST)]
    return tuple(dict.fromkeys(w.capitalize() for w in found if w))[:_MOST]


def _choices(lower: str) -> list[tuple[str, ...]]:
    """For each of ``lower``'s letters or groups, the Latin letters it may be written with."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(lower):
        for pattern, written in _TO_SPANISH:
            if (found := re.compile(pattern).match(lower, i)) is not None:
                out.append(written)
                i = found.end()
                break
        else:
            out.append((lower[i].translate(_PLAIN_BACK),))
            i += 1
    return out

"""A Ukrainian or Belarusian spelling pasted into a search read as Russian writes the word,
by its letters: «Київ» «Киев», «Харків» «Харьков», «Білорусь» «Белорусь» (then one slip:
«Беларусь»), «Ціханоўская» «Тихановская», «санкції» «санкции».

Readers paste names from Ukrainian and Belarusian channels into a search of Russian posts
(the fifteenth set's kind 4: none was found). The letters Russian has not stand each for one
of a few Russian ones: і for и, е or о (Київ, Львів: «Львов»; ьо after a consonant:
Харків), ї for и or е (Україна, Київ), є for е or э, ґ for г, ў for в or у, an apostrophe
for ъ, ь or nothing; in a Belarusian word ц and дз before a soft vowel are т and д
(«Ціханоўская»), э after a consonant is е («Лукашэнка»). Not a table of words: the letters
only. :func:`russian_readings` gives the readings (at most _MOST), likeliest first.

Pure; the store (archive/store/corrections.py) searches again with the readings that find
posts (or, when none does, the archive's words one slip from one), only when a search finds
nothing and the word typed finds nothing alone, and says so. Session 40.
"""

from __future__ import annotations

from itertools import product

from tg_archiver.archive import lazy_re

__all__ = ["russian_readings"]

_MOST = 16  # readings of one word at most
_OWN = lazy_re.compile(r"[іїєґўʼ'’]")  # letters (and the apostrophe) Russian does not write
_LETTERS: dict[str, tuple[str, ...]] = {
    "і": ("и", "е", "о", "ьо"),
    "ї": ("и", "е", "йи"),
    "є": ("е", "э"),
    "ґ": ("г",),
    "ў": ("в", "у"),
    "'": ("ъ", "ь", ""),
    "’": ("ъ", "ь", ""),
    "ʼ": ("ъ", "ь", ""),
}
_SOFT = "іеяюьё"
_CONSONANTS = "бвгджзйклмнпрстфхцчшщ"


def russian_readings(word: str) -> tuple[str, ...]:
    """``word`` as Russian writes it, each likely reading, a capital kept: «Київ» ->
    «Киив», «Киев», ...; empty for a word with no letter of Ukrainian or Belarusian's own."""
    if not _OWN.search(word.lower()):
        return ()
    text = word.lower()
    belarusian = "ў" in text or ("і" in text and "э" in text)
    parts: list[tuple[str, ...]] = []
    i = 0
    while i < len(text):
        c, after = text[i], text[i + 1 : i + 2]
        before = text[i - 1] if i else ""
        if belarusian and text.startswith("дз", i) and text[i + 2 : i + 3] in tuple(_SOFT):
            parts.append(("д", "дз"))
            i += 2
            continue
        if c == "ц" and after and after in _SOFT:
            parts.append(("т", "ц") if belarusian else ("ц",))
        elif c == "э" and before in tuple(_CONSONANTS):
            parts.append(("е", "э"))
        elif c == "і" and not (before and before in _CONSONANTS):
            parts.append(("и", "е"))  # first or after a vowel: no ьо
        else:
            parts.append(_LETTERS.get(c, (c,)))
        i += 1
    out = ["".join(p) for p in product(*parts)]
    capital = word[:1].isupper()
    return tuple(w[:1].upper() + w[1:] if capital else w for w in dict.fromkeys(out))[:_MOST]

"""A Chinese or a Japanese name read in the other script, syllable by syllable (archive/
palladius.py: «Цзиньпин» "Jinping"; archive/polivanov.py: «Исиба» "Ishiba"): what a search
in both scripts (store/both_scripts.py) and a search corrected into the other script
(store/corrections.py) read a word as. Session 46.

A Latin word (a name: its callers ask only of one typed with a capital or no post holds)
is read in Palladius, then in Polivanov unless it is a Western given name (Maria, Anna:
«Мариа»); a Russian word only when the dictionary does not know it («Цзиньпин», «Цян»,
«Такаити»): Russian words of the syllables' letters are many («Путин» reads as pu-ting,
«сирота» as shi-ro-ta). One it knows as another word («Си», a note; «Ван», «И», «Ли»,
«Мао») is read so only in a name that begins with one of China's commonest surnames
(«Ван И», «Си Цзиньпин», not «Путин» beside «Си»).
"""

from __future__ import annotations

from tg_archiver.archive.given_names import latin_name
from tg_archiver.archive.palladius import is_chinese_surname, palladius, pinyin, pinyin_counted
from tg_archiver.archive.polivanov import hepburn_counted, polivanov

__all__ = ["a_chinese_name", "in_a_chinese_name", "readings"]


def readings(word: str) -> tuple[str, ...]:
    """``word``'s readings as a Chinese or Japanese name in the other script (see the
    module's notes); empty when it reads as none."""
    if word.isascii():
        # Not a Western given name of open syllables (Maria: «Мариа»; Mario, Anna).
        return (*palladius(word), *(() if latin_name(word) else polivanov(word)))
    chinese, japanese = pinyin_counted(word), hepburn_counted(word)
    if not (chinese or japanese) or _known(word):
        return ()
    # Read both ways («Мао»: mao, ma-o; «Исиба»: yi-xi-ba, i-shi-ba), the one of fewer
    # syllables first, the Japanese on a tie: a Chinese name is of one or two.
    if chinese and (not japanese or chinese[0][0] < japanese[0][0]):
        first, then = chinese, japanese
    else:
        first, then = japanese, chinese
    return tuple(dict.fromkeys(r for _, r in (*first, *then)))


def in_a_chinese_name(words: list[str], i: int) -> tuple[str, ...]:
    """``words[i]``, a word of a search, read as a Chinese or Japanese name's (``readings``),
    or, a word the dictionary knows, as a Chinese name's that begins with a surname; empty
    otherwise."""
    word = words[i]
    if found := readings(word):
        return found
    if word.isascii() or not (chinese := pinyin(word)):
        return ()
    if a_chinese_name(words):
        return chinese  # «ван и», «си цзиньпин» typed in small letters
    if not word[:1].isupper():
        return ()
    after = words[i + 1] if i + 1 < len(words) else ""
    before = words[i - 1] if i else ""
    first = is_chinese_surname(word) and after[:1].isupper() and bool(pinyin(after))
    given = before[:1].isupper() and is_chinese_surname(before)
    return chinese if first or given else ()


def a_chinese_name(words: list[str]) -> bool:
    """Whether ``words``, a search of two or three words, is a Chinese name as typed in small
    letters too: a Chinese surname, then words that read wholly as syllables («ван и»,
    "xi jinping")."""
    if not 2 <= len(words) <= 3 or not is_chinese_surname(words[0]):
        return False
    read = pinyin if not words[0].isascii() else palladius
    return all(read(w) for w in words[1:])


def _known(word: str) -> bool:
    """Whether the Russian dictionary knows ``word`` (a Cyrillic word)."""
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    return bool(dictionary().word_is_known(word.lower()))

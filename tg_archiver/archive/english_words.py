"""Whether a word in small Latin letters is an English word (:func:`is_english_word`), so that
a search's misspelt word is told from a word no post holds: "ceasfire" is "ceasefire"
misspelt, "noting" is a word and not "nothing" misspelt (store/corrections.py).

The words are pyspellchecker's English word list (about 160,000 words and their forms, with
their frequencies, from a large corpus of subtitles and texts; MIT), read through its public
``SpellChecker``: a maintained list rather than one of our own. Loaded (about 0.2 s, once)
only when a search in small Latin letters found nothing. Session 37.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spellchecker import SpellChecker

__all__ = ["is_common_english_word", "is_english_word"]


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is a word of the English word list."""
    return word.lower() in _words().word_frequency


# How often a word of the list is met, at least, for a common word rather than a name the
# list holds too: "meets" 20,423, "post" 44,547, "mark" 50,334; "london" 1,088, "caspian"
# 713, "vietnam" 322, "putin" 138, "budapest" 139, "trump" 2,536, "kim" 2,274, "li" 2,438.
COMMON = 5000


def is_common_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is a common word of the English word list: not a name it
    holds too (a city, a state, a person), which is met far less often (see COMMON)."""
    return _words().word_frequency[word.lower()] >= COMMON


@cache
def _words() -> SpellChecker:
    from spellchecker import SpellChecker  # lazy: the list is read only when a word is asked

    return SpellChecker(language="en", distance=1)

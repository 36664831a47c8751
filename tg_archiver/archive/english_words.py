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

__all__ = ["is_english_word"]


def is_english_word(word: str) -> bool:
    """Whether ``word`` (any case) is a word of the English word list."""
    return word.lower() in _words().word_frequency


@cache
def _words() -> SpellChecker:
    from spellchecker import SpellChecker  # lazy: the list is read only when a word is asked

    return SpellChecker(language="en", distance=1)

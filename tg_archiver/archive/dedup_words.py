"""The words two posts' differences are judged by (archive/similarity.py): names, numbers
and dates, which tell one statement of a template from another (:func:`entity`); a name
misspelt or transliterated otherwise, which does not (:func:`typo`); words as they are
compared (:func:`fold_word`: case, ё/е and markup aside); content and function words; and
the stretches where two lists of words differ (:func:`stretches`).

Numpy-free: polarity.py and updates.py read differences with these too.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from tg_archiver.archive.analysis import us_spelling
from tg_archiver.archive.transliteration import canonical
from tg_archiver.archive.typos import known_word, misspelt_word, two_slips
from tg_archiver.archive.word_memo import WordMemo

# Capitalised because they open a sentence, not because they name someone.
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "on",
        "in",
        "at",
        "by",
        "for",
        "of",
        "to",
        "and",
        "but",
        "as",
        "this",
        "these",
        "that",
        "those",
        "they",
        "we",
        "it",
        "he",
        "she",
        "there",
        "during",
        "after",
        "before",
        "following",
        "today",
        "yesterday",
        "tomorrow",
        "also",
        "both",
        "our",
        "their",
        "his",
        "her",
        "its",
        "sides",
        "ministers",
        "minister",
        "meanwhile",
        "however",
        "earlier",
        "later",
        "in",
        "addition",
        "в",
        "на",
        "по",
        "при",
        "после",
        "до",
        "во",
        "с",
        "со",
        "и",
        "а",
        "но",
        "мы",
        "они",
        "он",
        "она",
        "это",
        "эти",
        "этот",
        "стороны",
        "министры",
        "также",
        "сегодня",
        "вчера",
        "завтра",
        "кроме",
        "однако",
        "ранее",
        "позднее",
    ]
)


# Month and weekday names: part of a date, though Russian writes them in lower case.
DATE_WORDS = frozenset(
    [
        "январь",
        "января",
        "январе",
        "февраль",
        "февраля",
        "феврале",
        "март",
        "марта",
        "марте",
        "апрель",
        "апреля",
        "апреле",
        "май",
        "мая",
        "мае",
        "июнь",
        "июня",
        "июне",
        "июль",
        "июля",
        "июле",
        "август",
        "августа",
        "августе",
        "сентябрь",
        "сентября",
        "сентябре",
        "октябрь",
        "октября",
        "октябре",
        "ноябрь",
        "ноября",
        "ноябре",
        "декабрь",
        "декабря",
        "декабре",
        "понедельник",
        "вторник",
        "среда",
        "среду",
        "четверг",
        "пятница",
        "пятницу",
        "суббота",
        "субботу",
        "воскресенье",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)


# Numbers written as words: "задержаны трое граждан" and "четверо", "three citizens" and
# "four" are two statements as "3" and "4" are.
_NUMBER_WORDS_LIST = """
    один одна одно одного одной одному одним одном одну два две двух двум двумя три трёх трех
    трём трем тремя четыре четырёх четырех четырём четырем четырьмя пять пяти пятью шесть
    шести шестью семь семи семью восемь восьми восемью девять девяти девятью десять десяти
    десятью одиннадцать одиннадцати двенадцать двенадцати пятнадцать пятнадцати двадцать
    двадцати тридцать тридцати сорок сорока пятьдесят пятидесяти сто ста двести двухсот
    триста трехсот трёхсот двое двоих трое троих четверо четверых пятеро пятерых шестеро
    шестерых семеро семерых десятки десятков сотни сотен тысяча тысячи тысяч миллион миллиона
    миллионов
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty
    fifty hundred hundreds thousand thousands million millions dozen dozens"""
NUMBER_WORDS = frozenset(_NUMBER_WORDS_LIST.split())


def entity(word: str) -> bool:
    """A number (in figures or words), a date or a proper name: what tells one statement of a
    template from another."""
    if word[:1].isdigit():  # 18, 2024, 3rd (an id-like "w123" is a word)
        return True
    folded = word.casefold()
    return (
        folded in DATE_WORDS
        or folded in NUMBER_WORDS
        or (word[:1].isupper() and folded not in _COMMON)
    )


def _misspelt(x: str, y: str) -> bool:
    """Whether a name ``y`` is ``x`` with two neighbouring letters swapped or one letter
    added or dropped: a typo. One letter *replaced* is another name (Ирака, Ирана). Or two
    slips in a long name the dictionary knows, beside one it does not ("Туирци" for
    "Турции", "Влаадиир": :func:`archive.typos.two_slips`)."""
    if two_slips(x, y):
        return True
    if len(x) == len(y):
        diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        if len(diff) == 1:
            return _slipped_word(x, y)
        return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]]
    if abs(len(x) - len(y)) != 1 or min(len(x), len(y)) < 4:
        return False
    short, long = (x, y) if len(x) < len(y) else (y, x)
    i = next((k for k, (p, q) in enumerate(zip(short, long, strict=False)) if p != q), len(short))
    return short[i:] == long[i + 1 :]


_SLIPPED_LETTERS = 6  # a capitalised word this long, at least, may carry a letter replaced


def _slipped_word(x: str, y: str) -> bool:
    """Whether capitalised words ``x`` and ``y`` (case folded, one letter apart) are a word of
    the dictionary and its misspelling ("Programme", "Pdogramme": a name's word, or a
    sentence's first): one known, the other not. Two names the dictionary knows both
    (Ирландии, Исландии) or neither are two names."""
    if min(len(x), len(y)) < _SLIPPED_LETTERS:
        return False
    return known_word(us_spelling(x)) != known_word(us_spelling(y))


def respelt(x: str, y: str) -> bool:
    """Whether names ``x`` and ``y`` (case folded) are one name transliterated otherwise
    ("sergey", "sergei"; "пхомвихан", "фомвихан": :func:`archive.transliteration.canonical`).
    Not numbers or dates written in words: "then" is no spelling of "ten"."""
    if {x, y} & (NUMBER_WORDS | DATE_WORDS):
        return False
    return canonical(x) == canonical(y)


def typo(a: list[str], b: list[str]) -> bool:
    """Whether ``b`` is ``a`` with each word misspelt at most slightly (same count, each pair
    close in spelling: a name by :func:`_misspelt` or :func:`respelt`, another word by
    :func:`archive.typos.misspelt_word`): a typo, not another name."""
    if len(a) != len(b):
        return False
    for word, other in zip(a, b, strict=True):
        x, y = word.casefold(), other.casefold()
        if x == y:
            continue
        if any(ch.isdigit() for ch in x + y):
            return False
        if entity(word) or entity(other):
            if not (_misspelt(x, y) or respelt(x, y)):
                return False
        elif not misspelt_word(x, y):  # one slip of the hand, not two words (archive.typos)
            return False
    return True


_GAP_WORDS = 2  # differences this close together are one stretch


def stretches(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """The stretches where ``a`` and ``b`` differ (index ranges in each), differences with at
    most ``_GAP_WORDS`` equal words between them taken together."""
    # A candidate is checked by four rules (archive.store.candidates: a slot substituted,
    # the opposite said, a list item added, an update), each asking this of the same two
    # folded cores: the differ's work, most of theirs, is done once for the four.
    return list(_stretches(tuple(a), tuple(b)))


@lru_cache(maxsize=8)
def _opcodes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[str, int, int, int, int], ...]:
    """The differ's alignment of ``a`` and ``b``, made once for :func:`stretches` and
    :func:`changed_words` of the same two cores."""
    return tuple(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


@lru_cache(maxsize=8)
def _stretches(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[tuple[int, int, int, int], ...]:
    out: list[tuple[int, int, int, int]] = []
    for op, i1, i2, j1, j2 in _opcodes(a, b):
        if op == "equal":
            continue
        if out and i1 - out[-1][1] <= _GAP_WORDS and j1 - out[-1][3] <= _GAP_WORDS:
            out[-1] = (out[-1][0], i2, out[-1][2], j2)
        else:
            out.append((i1, i2, j1, j2))
    return tuple(out)


def opcodes(a: Sequence[str], b: Sequence[str]) -> tuple[tuple[str, int, int, int, int], ...]:
    """The differ's alignment of two folded cores (SequenceMatcher's opcodes), made once for
    every rule that asks it of the same two."""
    return _opcodes(tuple(a), tuple(b))


def changed_words(a: Sequence[str], b: Sequence[str]) -> int:
    """How many words ``a`` and ``b`` differ by: each difference's longer side, not the equal
    words between two differences that :func:`stretches` takes into one stretch."""
    ops = _opcodes(tuple(a), tuple(b))
    return sum(max(i2 - i1, j2 - j1) for op, i1, i2, j1, j2 in ops if op != "equal")


def folds(words: Sequence[str]) -> bool:
    """Whether :func:`fold_word` makes more of some of ``words`` than case folding does: a
    word with ё, or with underscores at its edges."""
    return any("ё" in w or "Ё" in w or w[0] == "_" or w[-1] == "_" for w in words)


def fold_word(word: str) -> str:
    """A word as two cores are compared word by word: case and ё/е aside, and underscores
    at its edges, which are markup ("__Russia shares the grief …__": Telegram's italics
    left in a text; a feed's copy drops them)."""
    return word.casefold().replace("ё", "е").strip("_")


# ``[fold_word(w) for w in words]``, each word's fold looked up (the last 200,000 words'):
# the veto rules (archive/similarity.py, polarity.py, updates.py, quotations.py) each fold the
# same two cores of a candidate and its post again, about two million words for 20k posts
# (issue 21).
fold_words = WordMemo(fold_word, 200_000)


def content_words(words: Sequence[str]) -> list[str]:
    """The words of ``words`` (folded) that say something: numbers, and words of three letters
    or more that are not function words ("the", "with", "для", "это")."""
    return [w for w in words if w[:1].isdigit() or (len(w) > 2 and w not in _FUNCTION)]


def same_word(word: str, others: Sequence[str]) -> bool:
    """``word`` is one of ``others`` or another form of it: the two share their beginning up
    to the last three letters of the shorter (at least four letters)."""
    for other in others:
        stem = max(4, min(len(word), len(other)) - 3)
        if word == other or (len(word) >= 4 and len(other) >= 4 and word[:stem] == other[:stem]):
            return True
    return False


# Words that carry no statement of their own: a slot changed only in these is no new event.
_FUNCTION_WORDS = """
    the and but for with from into onto over under about than then that this these those
    which who whom whose what when where while was were are has have had been being will
    would shall should can could may might must not also very more most such its their
    his her our your they them she him you all any each both some other another same
    again just only even still yet here there now
    без для его ее её их как или это эти этот эта что чтобы так также уже еще ещё был
    была были было будет будут есть при про над под после перед через между она они оно
    тот той том тех все всё всех весь чем кто где когда если даже только вот там тут
"""
_FUNCTION = frozenset(_FUNCTION_WORDS.split())

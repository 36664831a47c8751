"""One word that makes another statement, for near-duplicate detection: a word a template's
slot rule (archive/similarity.py) lets through as a copy's rewording or a typo.

- **A verb's tense**: «переговоры состоятся» and «переговоры состоялись», «подпишут» and
  «подписали»: the same verb, the event announced and then reported; two statements. Only a
  Russian verb's future against its past, of one lemma (the dictionary's): a reporting
  verb's present and past («заявляет», «заявил») are one statement told twice.
- **A number against none**: "two Russians among the injured" and "no Russians": a figure and
  the word for none ("no", "none", "zero", «ни», «нет», «ноль»).
- **A letter**: "terminal A" and "terminal B", «сектор А» and «сектор Б»: a capital letter
  alone for another; or a Roman numeral ("I степени" and "II степени", "Class III" and
  "Class IV"; session 54).
- **A document's kind added**: "Joint statement" and "Statement", «Совместная декларация» and
  «Декларация», a "preliminary", "interim" or "revised" report and the report: one word more
  that names another document (session 54).

:func:`one_word_slot` tells them; it is one of the rules a candidate is checked by
(archive/store/vetoes.py). Session 52, from the twenty-first blind set.
"""

from __future__ import annotations

from collections.abc import Sequence

from tg_archiver.archive import lazy_re
from tg_archiver.archive.dedup_words import NUMBER_WORDS, fold_words, opcodes

__all__ = ["one_word_slot"]

_NONE = frozenset({"no", "none", "zero", "ни", "нет", "ноль", "никто", "никого"})


def one_word_slot(a: Sequence[str], b: Sequence[str]) -> tuple[str, str] | None:
    """The one word ``a`` and ``b`` (cores) write otherwise when it makes another statement
    (see the module's notes), as (``a``'s, ``b``'s); None otherwise, and when they differ in
    more than one word."""
    fa, fb = fold_words(a), fold_words(b)
    changed = [op for op in opcodes(fa, fb) if op[0] != "equal"]
    if len(changed) != 1:
        return None
    op, i1, i2, j1, j2 = changed[0]
    if op in ("insert", "delete") and (i2 - i1) + (j2 - j1) == 1:
        added = fa[i1] if op == "delete" else fb[j1]
        return (" ".join(a[i1:i2]), " ".join(b[j1:j2])) if _kind_of_document(added) else None
    if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
        return None
    x, y = a[i1], b[j1]
    if (
        _letters(x, y)
        or _roman(x, y)
        or _number_and_none(fa[i1], fb[j1])
        or _tenses(fa[i1], fb[j1])
    ):
        return x, y
    return None


# A word that names another document when added before its name: "joint", «совместное».
_DOCUMENT_KINDS = frozenset({"joint", "preliminary", "interim", "revised"})
_DOCUMENT_KIND_STEMS = ("совместн", "предварительн", "промежуточн")
_ROMAN = lazy_re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _kind_of_document(word: str) -> bool:
    """Whether ``word`` (folded) says which kind of a document it is ("joint", «совместная»)."""
    return word in _DOCUMENT_KINDS or word.startswith(_DOCUMENT_KIND_STEMS)


def _roman(x: str, y: str) -> bool:
    """Two Roman numerals ("I", "II"; "III", "IV") in capitals."""
    return x != y and all(w.isascii() and _ROMAN.fullmatch(w) for w in (x, y))


def _letters(x: str, y: str) -> bool:
    """Two capital letters alone ("A", "B"; «А», «Б»)."""
    return len(x) == len(y) == 1 and x.isalpha() and y.isalpha() and x.isupper() and y.isupper()


def _number_and_none(x: str, y: str) -> bool:
    """A number (in figures or words) and the word for none."""
    number = {w for w in (x, y) if w[:1].isdigit() or w in NUMBER_WORDS}
    return len(number) == 1 and bool({x, y} & _NONE)


def _tenses(x: str, y: str) -> bool:
    """One Russian verb's future and its past («состоятся», «состоялись»)."""
    if not (x.isalpha() and y.isalpha()) or x.isascii() or y.isascii():
        return False
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    def readings(word: str) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for p in dictionary().parse(word)[:3]:
            if p.tag.POS == "VERB" and p.tag.tense in ("past", "futr"):
                found.setdefault(str(p.normal_form), set()).add(str(p.tag.tense))
        return found

    mine, theirs = readings(x), readings(y)
    return any(
        mine[lemma] != theirs[lemma] and len(mine[lemma] | theirs[lemma]) == 2
        for lemma in mine.keys() & theirs.keys()
    )

"""A post's extractive summary (:func:`best_sentences`): the one or two most informative
sentences after the headline (most new content words, numbers and names; a statement's
stance first; very short ones last), in the post's order, within a limit, never one that
repeats the headline or translates it, a sentence whose pronoun points back kept with the
one it points at.
"""

from __future__ import annotations

import re

from tg_archiver.archive import lazy_re
from tg_archiver.archive.analysis import analyse_word
from tg_archiver.archive.content_lines import is_furniture
from tg_archiver.archive.furniture import is_date_line
from tg_archiver.archive.sentences import shorten

SUMMARY_SENTENCES = 2


_CONTENT_WORD = lazy_re.compile(r"\w{4,}")


def ended(sentence: str) -> str:
    """``sentence`` ending as a sentence does: with its own mark, else a full stop."""
    return sentence if re.search(r"[.!?…:;»\"”')\]]$", sentence) else sentence + "."


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


_RESTATED = 0.75  # this share of a sentence's content words in the headline: said already
_RESTATED_WORDS = 6  # ... when it has at least this many (a short one may add its point)


def _restates(sentence: str, head_stems: set[str]) -> bool:
    """Whether ``sentence`` says the headline again in other forms: "14 марта состоялся
    телефонный разговор С.В.Лаврова с Х.Фиданом" under "О телефонном разговоре С.В.Лаврова
    с Х.Фиданом" (a readout's heading and its first sentence)."""
    stems = [analyse_word(w) for w in _CONTENT_WORD.findall(sentence.casefold())]
    if len(stems) < _RESTATED_WORDS:
        return False
    return sum(s in head_stems for s in stems) >= _RESTATED * len(stems)


_SCRIPT_WORDS = 5
_OTHER_SCRIPT = 0.8  # this share of a sentence's letters in one script: it is in that one


def _script(text: str) -> str:
    """ "cyrillic" or "latin" when most of ``text``'s letters are of that script, else
    "mixed"."""
    cyrillic = len(_CYRILLIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if cyrillic + latin == 0:
        return "mixed"
    if cyrillic >= _OTHER_SCRIPT * (cyrillic + latin):
        return "cyrillic"
    return "latin" if latin >= _OTHER_SCRIPT * (cyrillic + latin) else "mixed"


def _other_language(sentence: str, script: str) -> bool:
    """Whether ``sentence`` is a statement in the other script than the headline's (a
    bilingual post's translation); a few words of it inside a post ("The talks were useful.")
    are not."""
    if script == "mixed" or len(_LETTERS.findall(sentence)) < _SCRIPT_WORDS:
        return False
    return _script(sentence) not in (script, "mixed")


_LETTERS = lazy_re.compile(r"[^\W\d_]+")  # a word's letters
_CYRILLIC_LETTER = lazy_re.compile(r"[А-Яа-яЁё]")
_LATIN_LETTER = lazy_re.compile(r"[A-Za-z]")


def best_sentences(headline: str, rest: list[str], limit: int, *, in_order: bool = False) -> str:
    """The one or two most informative sentences of ``rest`` that do not repeat the headline,
    in the post's order, within ``limit`` characters."""
    head_key = _key(headline)
    head_words = set(_CONTENT_WORD.findall(headline.casefold()))
    head_stems = {analyse_word(w) for w in head_words}
    # A headline of a few words says nothing of the post's language ("Via @mfa_ru").
    script = _script(headline) if len(_LETTERS.findall(headline)) >= _SCRIPT_WORDS else "mixed"
    seen: set[str] = set()
    candidates: list[tuple[int, str]] = []
    for n, sentence in enumerate(rest):
        key = _key(sentence)
        if not key or key in seen or key in head_key or head_key in key:
            continue
        if is_furniture(sentence, signature=True):  # "… aid … Read more: mid.ru"
            continue
        if is_date_line(sentence):  # "… решением Евросоюза. Вена, 22 октября 2024 года"
            continue
        if _restates(sentence, head_stems):
            continue
        if _other_language(sentence, script):
            continue  # a bilingual post's other language: the headline translated
        seen.add(key)
        candidates.append((n, sentence))
    if not candidates:
        return ""

    statement = _GENRE_TITLE.match(headline.strip()) is not None

    def score(item: tuple[int, str]) -> tuple[bool, float, int]:
        n, sentence = item
        words = _CONTENT_WORD.findall(sentence.casefold())
        new = len({w for w in words if w not in head_words and analyse_word(w) not in head_stems})
        # Names the headline has not given already (a readout's first sentence names again
        # the ministers of its heading: it adds nothing).
        names = sum(
            analyse_word(name.casefold()) not in head_stems
            for name in re.findall(r"(?<!^)(?<![.!?]\s)\b[A-ZА-ЯЁ][\w-]+", sentence)
        )
        digits = len(re.findall(r"\d+", sentence))
        short = 0.3 if len(words) < 4 else 1.0
        # What a statement says it does ("Призываем все государства …", "We call on …")
        # is its point, before the history it recalls ("26 июня 1945 года …"): first under
        # a statement's title, a few words' worth elsewhere.
        stance = _STANCE.match(sentence) is not None
        weight = _STANCE_WEIGHT if stance else 0
        # Earlier sentences win ties: a post usually puts what matters first.
        return (statement and stance, (new + names + digits + weight) * short - n * 0.5, -n)

    pool = candidates[:_FIRST_ANSWERS] if in_order else candidates
    best = sorted(pool, key=score, reverse=True)[:SUMMARY_SENTENCES]
    # Lines without a full stop (a list's items, a heading) end with one when joined: "…
    # декларация из 134 пунктов Ливан: …" read as one sentence.
    chosen = [sentence for _, sentence in _with_antecedents(sorted(best), rest)]
    text = " ".join([*map(ended, chosen[:-1]), chosen[-1]])
    if len(text) > limit:
        # The two do not fit: the more informative one that fits alone, else the more
        # informative one cut (not the earlier, which is often the headline said again:
        # "В Астане состоялось заседание СМИД ШОС." under "О заседании СМИД ШОС"); one
        # whose pronoun points back at a sentence left out only with that sentence.
        pairs = [_with_antecedents([item], rest) for item in best]
        texts = [" ".join([*map(ended, [s for _, s in p][:-1]), p[-1][1]]) for p in pairs]
        fits = [t for t in texts if len(t) <= limit]
        # ... unless the more informative one cut keeps most of it: "… расширила список
        # представителей …, которым запрещен въезд на…" tells what a statement did, "Список
        # передан представительству ЕС в Москве." alone does not.
        if len(texts[0]) <= limit * _CUT_KEEPS:
            fits = fits[:1] if fits[:1] == texts[:1] else []
        text = fits[0] if fits else shorten(texts[0], limit)
    return text


_STANCE = lazy_re.compile(
    r"^(?:Призываем|Приветствуем|Осуждаем|Настаиваем|Требуем|Выступаем"
    r"|(?:Россия|Москва) (?:призывает|готова|выступает|настаивает|осуждает|поддерживает"
    r"|приветствует|отвергает)|В Москве (?:приветствуют|осуждают|поддерживают|отвергают)"
    r"|We (?:call|urge|welcome|condemn|insist|stand ready|are ready)"
    r"|(?:Russia|Moscow) (?:calls|urges|is ready|stands ready|condemns|insists|supports"
    r"|welcomes|rejects))\b"
)
_STANCE_WEIGHT = 4
_CUT_KEEPS = 1.25  # the best sentence up to this times the limit is cut, not passed over
_FIRST_ANSWERS = 3  # a briefing's summary: the best of its first sentences
# A statement's title: "Заявление МИД России в связи с …", "Comment by … on …".
_GENRE_TITLE = lazy_re.compile(
    r"(?i)^(?:совместное\s+)?(?:заявление|комментарий)\b|^(?:joint\s+)?(?:statement|comment)\b"
)
# A sentence whose subject points back at the sentence before it: "Рассчитываем, что она
# будет соблюдаться …" (the agreement), "Она вступит в силу …", "We expect that it …".
_POINTS_BACK = lazy_re.compile(
    r"(?i)^(?:[^\s,.]+,?\s+){0,2}?(?:(?:что|that)\s+)?(?:она|оно|они|it|they)\s"
)


def _with_antecedents(chosen: list[tuple[int, str]], rest: list[str]) -> list[tuple[int, str]]:
    """``chosen`` (in the post's order) with the sentence before each one whose pronoun
    points back at it, when that one is not chosen: "Приветствуем достигнутую
    договоренность о прекращении огня. Рассчитываем, что она будет соблюдаться …", not
    the second alone."""
    have = {n for n, _ in chosen}
    out: list[tuple[int, str]] = []
    for n, sentence in chosen:
        if n > 0 and n - 1 not in have and _POINTS_BACK.match(sentence):
            out.append((n - 1, rest[n - 1]))
            have.add(n - 1)
        out.append((n, sentence))
    return out

"""Namesakes: a given name typed with a surname (`Кирилл Лавров`) for a person the archive
names less often than another bearer of the surname (Сергей Лавров, «С.В.Лавров»).

A given name typed is no word a post must hold (archive/given_names.py): a post naming the
surname alone («Лавров заявил») is taken for the person typed, and only a post naming
another person of the surname is left out. That is right for the person the archive is
about, and wrong for a namesake: `Кирилл Лавров`, the actor, found the minister's every
«Лавров заявил». So (session 41) a reader typing a full name gets that person, and a post
naming the surname alone goes to the bearer the archive names most: when the archive's posts
holding the surname name another person of it (by a given name the dictionary knows, or by
initials of another letter, before or after it) in more posts than they name the person
typed, and in at least twice as many (four posts against three do not make the better known:
session 42), the person typed must be named in the post (the given name in any form before
the surname, a patronymic between, or initials of its letter: «К.Ю.Лавров»). Counted over the
newest posts holding the surname (:data:`WEIGHED`); a person nobody else of the surname
outnumbers keeps the surname-only posts, as before. Pure, but for the dictionary.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from tg_archiver.archive import lazy_re
from tg_archiver.archive.capitals import with_marks
from tg_archiver.archive.foreign_names import foreign_given, is_foreign_given
from tg_archiver.archive.given_names import (
    CAPITAL,
    PATRONYMIC,
    SMALL,
    Named,
    _is_name,
    _latin_name,
    beginning,
    named,
)

__all__ = ["WEIGHED", "best_known", "lesser", "must_name", "surely", "told"]

WEIGHED = 200  # the newest posts holding the surname that are counted, at most
_CLEARLY = 2  # times the posts naming the person typed that another bearer must be named in
# Times the posts naming another bearer that the person typed must be named in for a title
# before the surname to be theirs: a title is weaker evidence than the surname alone, and two
# posts against one say little ("Former President Medvedev" for `Daniil Medvedev`).
_SURELY = 4
# Times the posts naming another bearer that the best known must be named in for a surname
# typed alone to be theirs (session 49: three posts of Alexei Likhachev against one of the
# academician Dmitry's).
_ALONE = 3
# A Russian surname's case ending (Песковой: «Песков»), for one the dictionary does not know.
_ENDING = lazy_re.compile(r"(?<=[оеё]в|ин|ын)(?:а|у|ым|ой|ом|е|ы|ою)$")
_LAST_VOWEL = lazy_re.compile(r"[аяуюеыиоaeiouy]$")
_CYRILLIC = lazy_re.compile(r"[А-ЯЁа-яё]")
_TITLE_SPAN = 60  # characters before a name where a title typed is read as given it


def _stem(surname: str) -> str:
    """A regular expression of the surname in any case: its forms' common beginning by the
    dictionary (Лаврову: «Лавров»), a Russian surname's ending off (Песковой), or the last
    vowel off a long one (Небензя: «Небенз»),
    any small letters after it."""
    word = surname
    if _CYRILLIC.match(surname):
        from tg_archiver.archive.lexemes import likely

        for p in likely(surname.lower()):
            if "Surn" in p.tag.grammemes:
                forms = [f.word for f in p.lexeme]
                word = surname[:1] + forms[0][1:]
                for form in forms:
                    while not form.startswith(word.lower()):
                        word = word[:-1]
                break
    if word == surname and (ending := _ENDING.search(surname)):
        word = surname[: ending.start()]
    elif word == surname and len(surname) > 5 and _LAST_VOWEL.search(surname):
        word = surname[:-1]
    return re.escape(word).translate(with_marks()) + f"{SMALL}*"


def _key(word: str) -> str:
    """A given name as a person's key: its dictionary lemma (Сергея: сергей) for a Cyrillic
    one, its first three letters (i, j and y alike) for a Latin one."""
    if _CYRILLIC.match(word):
        from tg_archiver.archive.lexemes import likely

        if base := foreign_given(word):  # before the dictionary's guess («Николом»: Никола)
            return base.lower()
        found = [p for p in likely(word.lower()) if "Name" in p.tag.grammemes]
        return found[0].normal_form if found else word.lower()
    return re.sub("[ijy]", "i", word[:3].lower())


def _given(word: str) -> bool:
    if _CYRILLIC.match(word):
        return _is_name(word.lower(), guessed=False) or bool(foreign_given(word))
    return _latin_name(word) or is_foreign_given(word)


def told(person: Named, texts: Iterable[str]) -> Named:
    """``person``'s filter (a given name typed with a surname), weighed against ``texts``
    (the archive's posts holding the surname): the person must be named (:func:`must_name`)
    when another bearer is clearly the better known (:func:`lesser`); when nobody else of
    the surname is named, or the person typed is surely the one a title means (named in
    :data:`_SURELY` times the posts another is), a title before it is no other person
    either (``given_names.named``'s ``alone``: "Foreign Minister Lavrov" is the minister
    typed, though a post names the actor Kirill Lavrov); otherwise ``person`` as it is."""
    ours, most = _weighed(person.given, person.surname, texts)
    if _lesser(ours, most):
        return must_name(person)
    if ours >= _SURELY * most:  # none else named (0 >= 0), or clearly fewer
        return named(person.given, person.surname, alone=True)
    return person


def best_known(
    surname: str, texts: Iterable[str], title: re.Pattern[str], *, man: bool = False
) -> str:
    """The given name (the way posts write it most) or else the initial of the bearer of
    ``surname`` a title typed before it means (``title``: its nouns and their twins in
    their forms, query_titles.title_words: «министра», "presidents"): the one ``texts`` (posts
    holding the surname) name right after that title most often, else the one they name
    most (``man``: a man's, the surname typed a man's); "" when they name nobody so."""
    s = _stem(surname)
    word = re.compile(rf"(?<![\w.-])({CAPITAL}{SMALL}+)\s(?:{PATRONYMIC}\s)?{s}(?![\w-])")
    initial = re.compile(rf"(?<![\w.])({CAPITAL})\.\s?(?:{CAPITAL}\.\s?)?{s}(?![\w-])")
    titled: Counter[str] = Counter()
    named: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for text in texts:
        for found in (*word.finditer(text), *initial.finditer(text)):
            given = found[1]
            if len(given) > 1 and not (_given(given) and (not man or not _female(given))):
                continue
            key = given[:1] if len(given) == 1 else _key(given)
            written[given] += 1
            before = text[max(0, found.start() - _TITLE_SPAN) : found.start()].lower()
            counted = titled if title.search(before) else named
            counted[key[:1].upper()] += 1  # an initial and a full name alike
    best = (titled or named).most_common(1)
    if not best:
        return ""
    letter = best[0][0]
    full = [(n, w) for w, n in written.items() if len(w) > 1 and w[:1].upper() == letter]
    return max(full)[1] if full else letter


def _female(given: str) -> bool:
    """Whether the dictionary reads the Cyrillic given name only as a woman's."""
    if not _CYRILLIC.match(given):
        return False
    from tg_archiver.archive.lexemes import likely

    found = [p for p in likely(given.lower()) if "Name" in p.tag.grammemes]
    return bool(found) and all("femn" in p.tag.grammemes for p in found)


def surely(given: str, surname: str, texts: Iterable[str]) -> bool:
    """Whether ``texts`` (posts holding the surname) name ``given`` ``surname`` in at least
    :data:`_ALONE` times the posts they name another bearer in, and name another at all:
    a surname typed alone then means them (store/namesakes.py; session 49)."""
    ours, most = _weighed(given, surname, texts)
    return most > 0 and _ALONE * most <= ours


def lesser(given: str, surname: str, texts: Iterable[str]) -> bool:
    """Whether ``texts`` (posts holding the surname) name another person of ``surname`` in
    at least twice as many of them as they name the person ``given`` ``surname`` (and in
    more: in one or more where the person typed is named in none): by a given name before
    the surname (a patronymic may stand between), or by initials before or after it; an
    initial counts for every given name of its letter."""
    return _lesser(*_weighed(given, surname, texts))


def _lesser(ours: int, most: int) -> bool:
    # Clearly the better known: four posts against three say nothing of whom «Лукашенко
    # заявил» means (session 42).
    return most > ours and most >= _CLEARLY * ours


def _weighed(given: str, surname: str, texts: Iterable[str]) -> tuple[int, int]:
    """The posts of ``texts`` naming the person typed, and those naming the most named
    other bearer of the surname (see :func:`lesser`)."""
    s = _stem(surname)
    # A given name, perhaps a second one after it (Recep Tayyip Erdoğan: one person).
    word = re.compile(
        rf"(?<![\w.-])({CAPITAL}{SMALL}+)\s(?:({CAPITAL}{SMALL}+)\s)?(?:{PATRONYMIC}\s)?{s}(?![\w-])"
    )
    before = re.compile(rf"(?<![\w.])({CAPITAL})\.\s?(?:{CAPITAL}\.\s?)?{s}(?![\w-])")
    after = re.compile(rf"(?<![\w.-]){s}\s({CAPITAL})\.")
    mine = _key(given)
    letter = given[:1].upper()
    people: Counter[str] = Counter()
    initials: Counter[str] = Counter()
    ours = 0
    for text in texts:
        persons = [[_key(w) for w in found if w and _given(w)] for found in word.findall(text)]
        names = {p[0] for p in persons if p and mine not in p}
        letters = {m for r in (before, after) for m in r.findall(text)}
        if any(mine in p for p in persons) or letter in letters:
            ours += 1
        for person in names - {mine}:
            people[person] += 1
        for other in letters - {letter}:
            initials[other] += 1
    # A person named in full counts the posts naming them by their initial too.
    weights = [n + initials[p[:1].upper()] for p, n in people.items()]
    weights += [n for i, n in initials.items() if not any(p[:1].upper() == i for p in people)]
    return ours, max(weights, default=0)


def must_name(person: Named) -> Named:
    """``person``'s filter when the archive names another bearer of the surname more: a post
    must name the person as typed (the given name before the surname, in any form, a
    patronymic between) or by initials of the given name's letter. ``another`` is empty (it
    matches every post, on both engines), so only ``as_typed`` lets a post pass."""
    s = _stem(person.surname)
    g, i = beginning(person.given)
    typed = rf"(?<![\w.]){g}{SMALL}*\s(?:{CAPITAL}{SMALL}+\s)?(?:{PATRONYMIC}\s)?{s}"
    before = rf"(?<![\w.]){i}\.\s?(?:{CAPITAL}\.\s?)?{s}"
    after = rf"{s}\s{i}\."
    return Named("", f"{typed}|{before}|{after}", person.given, person.surname)

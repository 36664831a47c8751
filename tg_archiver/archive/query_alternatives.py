"""What else a search's bare words are written as, given to them as alternatives: a number in
figures or in words (:func:`with_numbers`, archive/number_words.py), a Russian name as
another writer spells it (:func:`with_name_spellings`, archive/name_spellings.py), and an
abbreviation's twin in the other script (:func:`twins`, archive/abbreviations.py). Both
engines read a search's terms through query_joins.joined, which calls the first two.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tg_archiver.archive import lazy_re
from tg_archiver.archive.abbreviations import in_other_script
from tg_archiver.archive.analysis import analyse, words
from tg_archiver.archive.currencies import currency_of, typed_sum
from tg_archiver.archive.given_names import given_name, in_cases, is_known_name, latin_name
from tg_archiver.archive.name_spellings import russian as russian_spellings
from tg_archiver.archive.number_words import is_number, is_number_word, other_ways
from tg_archiver.archive.percentages import is_percent_word, typed_number
from tg_archiver.archive.quantities import value_of
from tg_archiver.archive.quantities import ways as quantity_ways
from tg_archiver.archive.query_terms import Or, Term, is_plain
from tg_archiver.archive.scale_words import others as scale_others

__all__ = [
    "twins",
    "with_given_names",
    "with_initials",
    "with_name_spellings",
    "with_numbers",
    "with_percentages",
    "with_quantities",
    "with_sums",
]

_CYRILLIC = lazy_re.compile(r"[\u0400-\u04ff]")
_LATIN_WORD = lazy_re.compile(r"[A-Za-z]+")
# A number and a half as the index holds its figures ("1,5": "1 5").
_HALF_WRITTEN = lazy_re.compile(r"(\d+) 5")


def _languages(terms: list[Term | Or]) -> tuple[str, ...]:
    """The languages of a search's words (both when it has none: "30%")."""
    letters = " ".join(t.body for t in terms if isinstance(t, Term))
    return tuple(
        lang
        for lang, there in (("ru", _CYRILLIC.search(letters)), ("en", _LATIN_WORD.search(letters)))
        if there
    ) or ("ru", "en")


def with_numbers(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a number typed in figures or in words given the other way as an
    alternative (archive/number_words.py: "25" also finds «двадцати пяти», "двадцать пять"
    "25", "3-й" «третьего», "seventy-fifth" "75th"), a number's bare words joined into one
    term, and a scale word after a number its other words ("полтора миллиарда": "млрд")."""
    langs = _languages(terms)
    out: list[Term | Or] = []
    i = 0
    while i < len(terms):
        t, j = terms[i], i
        while j < len(terms) and _number_word(terms[j]):
            j += 1
        j += _and_a_half(terms, i, j)
        run = [x for x in terms[i:j] if isinstance(x, Term)]
        joined = " ".join(x.body for x in run)
        if len(run) > 1 and other_ways(joined, langs):
            t = Term(joined, False, False, " ".join(x.typed for x in run))
            i = j
        else:
            i += 1
        if isinstance(t, Term) and is_plain(t) and (ways := other_ways(t.body, langs)):
            t = replace(t, also=(*t.also, *ways.written), also_stems=(*t.also_stems, *ways.stems))
        out.append(t)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not (isinstance(a, Term) and isinstance(b, Term) and is_plain(b)):
            continue
        if (more := scale_others(b.body)) and is_number(a.body):
            out[k] = replace(b, also=(*b.also, *more))
    return out


def with_percentages(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a percentage's number ("2.5%"; "2.5" or "ten" before "percent", "per
    cent", «процента») given its ways (``Term.percent``: the post must hold the number and
    the percentage together, as written: archive/percentages.py) and the percent word's
    lookups also accepting the number, which is all the index holds of "2.5%"."""
    out = list(terms)
    for i, t in enumerate(out):
        if not (isinstance(t, Term) and is_plain(t)):
            continue
        if number := typed_number(t.body):
            # In words too (30%: «Тридцать процентов», "thirty percent"; session 38), in the
            # languages of the search's other words, as a number typed alone is.
            spelled = other_ways(number, _languages(terms)).written
            words = tuple(w for w in spelled if is_number(w) and not w[:1].isdigit())
            out[i] = replace(t, percent=(number, *words), also=(*t.also, *words))
            continue
        after = [x for x in out[i + 1 : i + 3] if isinstance(x, Term) and is_plain(x)]
        if not (after and is_number(t.body)):
            continue
        if is_percent_word(after[0].body):
            percent_words = after[:1]
        elif len(after) == 2 and [x.body.lower() for x in after] == ["per", "cent"]:
            percent_words = after
        else:
            continue
        ways = (t.body, *(w for w in t.also if is_number(w)))
        out[i] = replace(t, percent=ways)
        for word in percent_words:
            k = out.index(word)
            out[k] = replace(word, also=(*word.also, *ways))
    return out


def with_sums(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a sum's number ("$95", "US$1.5"; "95" before "dollars" or «долларов»,
    a scale word between or not) given its currency (``Term.currency``: the post must hold
    the number and the currency together, as written: archive/currencies.py) and the
    currency word's lookups also accepting the number, which is all the index holds of
    "$95 billion"."""
    out = list(terms)
    for i, t in enumerate(out):
        if not (isinstance(t, Term) and is_plain(t)):
            continue
        after = [x for x in out[i + 1 : i + 3] if isinstance(x, Term) and is_plain(x)]
        scale = after[0].body if after and scale_others(after[0].body) else ""
        sign, number = typed_sum(t.body)
        if sign:
            out[i] = replace(t, currency=(sign, scale, number))
            continue
        rest = after[1:] if scale else after
        if not (rest and (sign := currency_of(rest[0].body)) and is_number(t.body)):
            continue
        ways = (t.body, *(w for w in t.also if is_number(w)))
        out[i] = replace(t, currency=(sign, scale, *ways))
        k = out.index(rest[0])
        out[k] = replace(rest[0], also=(*rest[0].also, *ways))
    return out


def with_quantities(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a quantity of a thousand or more typed one way ("150 тыс.", "150 000",
    "150,000", "1,5 млн") given, on each of its terms, the other ways news writes it as
    alternatives (archive/quantities.py: «150 тысяч», "150 thousand", "1 500 000"), in the
    languages of the search's words; not a sum's or a percentage's number, which are held
    with their sign as written (with_sums, with_percentages)."""
    langs = _languages(terms)
    out = list(terms)
    i = 0
    while i < len(out):
        run: list[Term] = []
        for t in out[i:]:
            if not (isinstance(t, Term) and is_plain(t)) or t.currency or t.percent:
                break
            run.append(t)
        typed = [t.body for t in run]
        if len(typed) > 1 and (figures := _in_figures(typed[0])):
            typed[0] = figures  # «сорок тысяч», «полтора млн», "two million" (session 44)
        found = value_of(typed)
        if found is None:
            i += 1
            continue
        value, n = found
        ways = quantity_ways(value, langs)
        for k in range(i, i + n):
            t = out[k]
            if isinstance(t, Term):
                own = " ".join(words(t.body)).lower()
                more = (w for w in ways if w != own)
                out[k] = replace(t, also=tuple(dict.fromkeys((*t.also, *more))))
        i += n
    return out


def _in_figures(word: str) -> str:
    """A number typed in one word («сорок», «полтора», "two") in figures ("40", "1,5");
    "" for another word or a figure."""
    if word[:1].isdigit():
        return ""
    for way in other_ways(word).written:
        if way.isdigit():
            return way
        if (m := _HALF_WRITTEN.fullmatch(way)) is not None:
            return f"{m[1]},5"
    return ""


def _and_a_half(terms: list[Term | Or], i: int, j: int) -> int:
    """How many terms after a number's words ``terms[i:j]`` say "and a half" («с
    половиной», "and a half"), joined to them: 0 for none."""
    if j == i:
        return 0
    for tail in (("с", "половиной"), ("and", "a", "half")):
        after = terms[j : j + len(tail)]
        if len(after) == len(tail) and all(
            isinstance(t, Term) and is_plain(t) and t.body.lower() == w
            for t, w in zip(after, tail, strict=True)
        ):
            return len(tail)
    return 0


def _number_word(term: Term | Or) -> bool:
    return isinstance(term, Term) and is_plain(term) and is_number_word(term.body)


def with_name_spellings(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with each Russian name typed with a capital that the dictionary does not
    know also looked up, by its word forms, as another writer spells it
    (archive/name_spellings.py: "Гутерриша" finds «Гутерреш»)."""
    out: list[Term | Or] = []
    for t in terms:
        body = t.body if isinstance(t, Term) and is_plain(t) else ""
        named = body[:1].isupper() and body[1:].islower() and _CYRILLIC.fullmatch(body[:1])
        if named and isinstance(t, Term) and (others := russian_spellings(body)):
            t = replace(t, also_stems=(*t.also_stems, *(analyse(o) for o in others)))
        out.append(t)
    return out


# A name's initials, a capital and a dot each ("С.", "S."), typed before its surname, apart
# ("S. Lavrov", "С. В. Лавров", "С.В. Лавров") or closed up ("С.В.Лавров", "М.В.Захаровой").
# Initials apart: one Latin ("S."; "U.S." is the abbreviation), or up to three Cyrillic, closed
# up or not ("С.", "С.В.").
# A patronymic typed between a given name and the surname, either script.
_PATRONYMIC = lazy_re.compile(r"[А-ЯЁ][а-яё]+(?:вич|вн|ичн)[а-яё]*|[A-Z][a-z]+(?:vich|vna|ichna)")
_LATIN_SURNAME = lazy_re.compile(r"[A-Z][a-z]+(?:ov|ev|yov|in|ova|eva|ina|sky|skiy|skaya)")
_CYRILLIC_NAME = lazy_re.compile(r"[А-ЯЁ][а-яё]{2,}")
_INITIAL = lazy_re.compile(r"[A-Z]\.|(?:[А-ЯЁ]\.){1,3}")
_SURNAME = r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)?"
_NAME = lazy_re.compile(_SURNAME)
_WITH_INITIALS = lazy_re.compile(rf"((?:[A-ZА-ЯЁ]\.\s?){{1,3}})({_SURNAME})")


def with_initials(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a surname typed after a person's initials looked up as the surname
    (in any of its forms, with or without initials), the initials and the surname as typed
    counting too, so that a post writing them so comes first: "С.В.Лавров" finds «Сергей
    Лавров», «Лаврова»; "S. Lavrov" "Lavrov". The initials alone were words a post had to
    hold ("с", "в", found in any «в Москве»), and a name written without them was missed.
    So are initials typed after the surname ("Лавров С.В.")."""
    out: list[Term | Or] = []
    i = 0
    while i < len(terms):
        t, j = terms[i], i
        while j < len(terms) and _initial(terms[j]):
            j += 1
        # Latin initials of two letters or three ("S.V. Lavrov") before a Russian surname: one
        # such before any other word is an abbreviation ("U.S. Treasury").
        if j == i and j + 1 < len(terms) and _latin_initials(terms[j], terms[j + 1]):
            j += 1
        name = terms[j] if j < len(terms) else None
        if j > i and isinstance(name, Term) and is_plain(name) and _NAME.fullmatch(name.body):
            typed = " ".join(_as_typed(x) for x in terms[i : j + 1] if isinstance(x, Term))
            out.append(replace(name, also=(*name.also, typed)))
            i = j + 1
            continue
        # Initials after the surname ("Лавров С.В.", "Небензя В. А."): the same (session 39).
        while j + 1 < len(terms) and _initial(terms[j + 1]):
            j += 1
        if j > i and isinstance(t, Term) and _named(t):
            typed = " ".join(x.body for x in terms[i : j + 1] if isinstance(x, Term))
            out.append(replace(t, also=(*t.also, typed)))
            i = j + 1
            continue
        m = _WITH_INITIALS.fullmatch(t.body) if isinstance(t, Term) else None
        if isinstance(t, Term) and m and not (t.quoted or t.prefix):
            t = replace(t, body=m[2], also=(*t.also, t.body) if not t.negated else t.also)
        out.append(t)
        i += 1
    return out


def with_given_names(terms: list[Term | Or]) -> list[Term | Or]:
    """``terms`` with a given name typed before a surname ("Сергей Лавров", "Maria
    Zakharova") made the surname's ``given``: no word a post must hold, so that a post naming
    the person by surname or initials is found, but one naming another person of the
    surname is not (archive/given_names.py); the name as typed, in any form of its words,
    an alternative of the surname's, so that a post writing it so comes first."""
    out: list[Term | Or] = []
    i = 0
    while i < len(terms):
        if found := _person(terms, i):
            given, surname, used = found
            # As typed, declined («Сергея Лаврова») and in any form (counted thrice, as a
            # phrase of a rare word outweighs a common one only so): a post naming him in
            # full comes before one that names him by surname or initials more often.
            both = f"{given.body} {surname.body}"
            typed = " ".join(t.body for t in used)
            written = (typed,) if typed != both else ()
            out.append(
                replace(
                    surname,
                    typed=" ".join(t.typed for t in used),
                    given=given.body,
                    also=(both, *written, *in_cases(given.body, surname.body)),
                    also_stems=(*surname.also_stems, *[analyse(both)] * 3),
                )
            )
            i += len(used)
            continue
        out.append(terms[i])
        i += 1
    return out


def _person(terms: list[Term | Or], i: int) -> tuple[Term, Term, list[Term]] | None:
    """The given name and surname of a person typed at ``terms[i]``, and the terms typed for
    them: a given name before the surname, a patronymic between («Сергей Викторович Лавров»:
    no post need write it; session 41), or the surname first, as a list writes it («Лавров
    Сергей», «Лавров Сергей Викторович», "Lavrov Sergei"; session 41). None otherwise."""
    run: list[Term] = []
    for t in terms[i : i + 3]:
        if not (isinstance(t, Term) and is_plain(t)) or t.also or t.given:
            break
        run.append(t)
    if len(run) == 3 and _patronymic(run[1].body) and given_name(run[0].body, run[2].body):
        return run[0], run[2], run
    if len(run) >= 2 and not _patronymic(run[1].body) and given_name(run[0].body, run[1].body):
        return run[0], run[1], run[:2]
    if len(run) >= 2 and _surname(run[0].body) and _known_given(run[1].body):
        # Not another surname guessed a given name («Лавров Фидан», "Lavrov Wang Yi"): the
        # dictionary's own given name, then nothing or a patronymic.
        after = run[2:3] if len(run) == 3 and _patronymic(run[2].body) else []
        rest = terms[i + 2 + len(after) : i + 3 + len(after)]
        if not (rest and isinstance(rest[0], Term) and rest[0].body[:1].isupper()):
            return run[1], run[0], [*run[:2], *after]
    return None


def _known_given(word: str) -> bool:
    """Whether ``word`` is a given name the dictionary knows (not guessed by its ending), a
    Russian one in the singular («Лавров Сергей», «Лаврову Сергею»): «Саидов», «Байрамов»
    are given names' plural genitives to the dictionary (Саид, Байрам), and surnames typed
    beside another («Оверчук Саидов»; session 48)."""
    if _CYRILLIC_NAME.fullmatch(word):
        lower = word.lower()
        return is_known_name(lower) and _singular_name(lower)
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", word)) and latin_name(word)


def _singular_name(word: str) -> bool:
    """Whether the dictionary reads ``word`` (lower-case) as a given name in the singular."""
    from tg_archiver.archive.lexemes import likely

    return any({"Name", "sing"} <= p.tag.grammemes for p in likely(word))


def _patronymic(word: str) -> bool:
    return _PATRONYMIC.fullmatch(word) is not None


def _surname(word: str) -> bool:
    """Whether ``word``, typed before a given name, is a surname: one the dictionary reads
    so (Cyrillic), or a Latin one of a Russian surname's endings (Lavrov, Zakharova)."""
    if _LATIN_SURNAME.fullmatch(word):
        return True
    if not _CYRILLIC_NAME.fullmatch(word):
        return False
    from tg_archiver.archive.lexemes import likely

    return any("Surn" in p.tag.grammemes for p in likely(word.lower()))


def _named(term: Term | Or) -> bool:
    return isinstance(term, Term) and is_plain(term) and bool(_NAME.fullmatch(term.body))


def _initial(term: Term | Or) -> bool:
    return isinstance(term, Term) and is_plain(term) and bool(_INITIAL.fullmatch(term.body))


_LATIN_INITIALS = lazy_re.compile(r"(?:[A-Z]\.){2,3}")


def _as_typed(term: Term) -> str:
    """A name's word as a post writes it: Latin initials with their dots ("S.V.", which the
    search reads as the abbreviation "SV")."""
    return term.typed if _LATIN_INITIALS.fullmatch(term.typed) else term.body


def _latin_initials(term: Term | Or, surname: Term | Or) -> bool:
    """Whether ``term`` is a person's Latin initials ("S.V.") before ``surname``: a Russian
    surname spelled in Latin letters (Lavrov, Zakharova)."""
    return (
        isinstance(term, Term)
        and isinstance(surname, Term)
        and is_plain(term)
        and bool(_LATIN_INITIALS.fullmatch(term.typed))  # read as "SV", an abbreviation
        and bool(_LATIN_SURNAME.fullmatch(surname.body))
    )


def twins(term: Term, terms: list[Term | Or]) -> tuple[str, ...]:
    """The abbreviation ``term`` in the other script (abbreviations.in_other_script: "SCO",
    "ШОС"), when another word of the search is in that script: "SCO Астана" finds «ШОС в
    Астане», "саммит BRICS" «саммит БРИКС»; "SCO" alone finds no Russian post, which would
    rank above an English one, as "ЕАЭС" alone no "EAEU"."""
    others = " ".join(t.body for t in terms if isinstance(t, Term) and t is not term)
    wanted = _CYRILLIC if _LATIN_WORD.search(term.body) else _LATIN_WORD
    if not wanted.search(others):
        return ()
    return tuple(n for n in in_other_script(term.body) if wanted.search(n))

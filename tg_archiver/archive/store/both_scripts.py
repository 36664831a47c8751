"""A search's posts in the other language too: a name, an abbreviation or a country typed in
one script also finds the posts that write it in the other («Лавров»: "Lavrov"; "SCO":
«ШОС»; "Turkey": «Турция»), ranked after the posts in the script typed (session 45).

An archive of a ministry's channels holds the same statement in Russian and in English, and
a reader who types «Лавров» means the minister, whichever language a post names him in. The
search itself looks the other script up only beside a word of it ("SCO Астана") or when
nothing is found (store/corrections.py), so that a post in the language typed ranks first:
a rare spelling's posts would otherwise outrank them (BM25 counts a rarer word for more).
Here the other script's posts come as a second search, after the first one's, whatever
their scores; newest first, the two lists are one list by time.

The other script's search is the one typed with each word as that script writes it: an
abbreviation by its twin (archive/abbreviations.py: ШОС, SCO), a country, a capital or a
body of the UN by its name in the other language (archive/bilingual.py: Китай, China), a
name by its romanisations (archive/romanization.py, with the spellings of name_spellings.py:
«Дмитрий», Dmitry) or read back (Zakharova: «Захарова»). A spelling counts only where the
archive holds it (:class:`.corrections.ArchiveWords`), and a word with none leaves the
search typed alone: a common word is not translated («встреча», "talks"), so "Лавров
встреча" stays Russian; nor is a quoted phrase, a prefix, a word typed with OR. A word the
Russian dictionary knows as no name («пост», «мир», «Нет») is not romanised, nor a Latin
word of the English word list but a name (post, net): their romanisations are English words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import islice, product
from typing import Any

from tg_archiver.archive.abbreviations import in_other_script as abbreviation_twins
from tg_archiver.archive.abbreviations import standing_for
from tg_archiver.archive.analysis import fold
from tg_archiver.archive.asian_names import a_chinese_name, in_a_chinese_name
from tg_archiver.archive.capitals import held_to_capitals
from tg_archiver.archive.cleaning import in_one_script
from tg_archiver.archive.english_words import is_common_english_word
from tg_archiver.archive.errors import InputError
from tg_archiver.archive.given_names import in_other_script as given_name_readings
from tg_archiver.archive.given_names import latin_name
from tg_archiver.archive.korean_names import a_korean_name, korean_readings
from tg_archiver.archive.misspellings import one_slip, replaced
from tg_archiver.archive.name_spellings import english, i_and_y
from tg_archiver.archive.query import SearchQuery, parse_query
from tg_archiver.archive.query_terms import Or, Term, is_stop_word, scan
from tg_archiver.archive.query_titles import without_titles
from tg_archiver.archive.romanization import cyrillic, latin
from tg_archiver.archive.sound_keys import beginnings, sound_key, sound_keys
from tg_archiver.archive.store.corrections import ArchiveWords, likeness
from tg_archiver.archive.store.records import SearchHit

__all__ = ["has_other_script", "in_both_scripts", "other_script_query"]

_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_CYRILLIC_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_MOST = 4  # spellings of one word at most
_COMBOS = 16  # a Korean name's spellings tried together, at most
_SOUNDS = 3  # consonants a name's sound has, at least, to be looked for by it
_BEGINNINGS = 6  # the other script's beginnings a name sounding alike is read by, at most
_SLIPPED = 3  # spellings of one word whose words one slip away are asked, at most
# Twins left out of the abbreviations' table as words of their language ("who"): here a
# search of the other script, which reads them in capitals only.
_ALSO_WORDS = {"ВОЗ": "WHO", "WHO": "ВОЗ", "US": "США"}
# A Russian surname's endings, of either gender: -ов, -ев, -ин, -ский, -ян, -енко ...
_SURNAME = re.compile(r"(?:[оеё]в|ин|ын|ск(?:ий|ой|ая)|цк(?:ий|ая)|ян|енко|швили|дзе)а?$")
# The grammemes of a name: a surname, a given name, a patronymic, a place, an organisation.
_NAMES = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn"})


def has_other_script(query: SearchQuery) -> bool:
    """Whether ``query`` may be written in the other script: every word of it has spellings
    there to look up (no look-up made; a common word, a Latin word in small letters, a
    quoted phrase: no)."""
    return query.match is not None and _plan(query.text) is not None


async def other_script_query(words: ArchiveWords, query: SearchQuery) -> SearchQuery | None:
    """``query`` as the other script writes it, when every word of it has a spelling there
    that the archive holds (see the module's notes); None otherwise."""
    plan = _plan(query.text)
    if plan is None:
        return None
    whole, each = plan
    if whole:
        return _parsed(whole, query)
    # Every word's candidates asked of the archive at once, a Russian one in its cases too:
    # a foreign name a post writes declined only («Чунцина», «Вэйдуном»).
    # A hyphenated spelling («Чжэ-Мён») is held when each of its words is.
    spelt = {c: _held_forms(c) for _, _, candidates in each for c in candidates}
    asked = tuple(dict.fromkeys(w for parts in spelt.values() for forms in parts for w in forms))
    held = set(await words.held(asked)) if asked else set()

    def is_held(spelling: str) -> bool:
        return all(held.intersection(forms) for forms in spelt[spelling])

    chosen = {
        typed: fixed or tuple([c for c in candidates if is_held(c)][:_MOST])
        for typed, fixed, candidates in each
    }
    # A Korean name's words: the spellings some post holds side by side, in any case ("Kim
    # Jong Un", not "Kim Jon Un"; «Ким Ё Чжон», not «Ким Ё Чен»), each word's held ones
    # tried in turn.
    for run in _korean_runs([typed for typed, _, _ in each]):
        combos = product(*(chosen[each[k][0]] or ("",) for k in run))
        for combo in islice(combos, _COMBOS):
            if all(combo) and await words.finds(f'"{" ".join(combo)}"'):
                chosen.update({each[k][0]: (s,) for k, s in zip(run, combo, strict=True)})
                break
    missing = [(typed, candidates) for typed, _, candidates in each if not chosen[typed]]
    near = await _one_slip_away(words, missing) if missing else {}
    for typed, candidates in missing:
        found = near.get(typed, ()) or await _sounding_alike(words, typed)
        if not found and _LATIN_WORD.fullmatch(typed):
            # A Russian name a post writes only in another case (Kursk: «Курской»).
            found = tuple([r for r in candidates[:2] if await words.finds(r)])
        if not found:
            return None
        chosen[typed] = found
    typed_words = [typed for typed, _, _ in each]
    named = {typed_words[k] for run in _korean_runs(typed_words) for k in run}
    if not a_chinese_name(typed_words) and any(
        not fixed and typed not in named and not _a_name(typed) for typed, fixed, _ in each
    ):
        return None  # "Sun Weidong", "Choe Son Hui" are names, though "sun", "son" are words
    # Among other words, a word is written one way, the likeliest ("A OR B C" reads "A OR
    # (B C)"); that script's search finds a name's other spellings and cases and a state's
    # adjective itself. A place alone, in each of its ways (German: «германи*», «немецк*»;
    # «британский»: "Britain", "British", "UK"), but one way where another is held to its
    # capitals, which words joined by OR would lose ("China" OR "Chinese" finds "fine china").
    # A name's spellings read from it are one (the likeliest held: the search finds a
    # name's other spellings itself), not another name one of them may be («Алиев»: "Ali").
    typed, fixed, _ = each[0]
    if len(each) > 1 or not fixed or any(held_to_capitals(w) for w in fixed):
        chosen = {typed: found[:1] for typed, found in chosen.items()}
    # The words as scanned: a word of look-alike letters of two scripts in one (Лaвров).
    text = in_one_script(query.text)
    for typed, stand_for in chosen.items():
        text = replaced(text, typed, stand_for)
    return _parsed(text, query)


# (typed, its spellings found already, or its candidates to look up) for each word
_Each = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


@lru_cache(maxsize=256)
def _plan(text: str) -> tuple[str, _Each] | None:
    """What :func:`other_script_query` asks of the archive for the search ``text``: a name
    spelled out's twin (the whole search), or each word's spellings or candidates; None when
    a word has none. Pure: a search typed again (the web's next page) takes it from here."""
    terms, _ = scan(text)
    terms = without_titles(terms)  # a title before a name: not asked (query_titles.py)
    if any(isinstance(t, Or) for t in terms):
        return None
    plain = [t for t in terms if isinstance(t, Term)]
    scripts = {_script(t.body) for t in plain} - {""}
    if len(scripts) != 1 or any((t.quoted or t.prefix) and _script(t.body) for t in plain):
        return None
    if len(plain) > 1 and not any(t.negated or t.quoted or t.prefix for t in plain):
        # A name spelled out (Организация Объединённых Наций, "World Health Organization"):
        # its abbreviation's twin, which that script's search spells out in turn.
        name = " ".join(t.body for t in plain)
        for abbreviation in standing_for(name):
            if twins := _abbreviated(abbreviation):
                return twins[0], ()
        # A place of several words (Курская область, "New York"): its name there, as words.
        from tg_archiver.archive.place_names import other_names

        if places := other_names(name):
            return places[0], ()
    each: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
    bodies = [t.body for t in plain]
    for i, term in enumerate(plain):
        if term.negated or not _script(term.body):
            continue  # a number, a date: the same in both
        typed = term.body
        # A Latin word in small letters is rather a word than a name: asked nothing (the
        # bench's rare term, "mimira", reads as Japanese syllables), unless the search is a
        # Chinese or Korean name typed so ("xi jinping", "kim jong un").
        korean = _korean(bodies, i)
        asian_name = bool(korean) or a_chinese_name(bodies)
        if typed.isascii() and not typed[:1].isupper() and not asian_name:
            return None
        stop = is_stop_word(term) and len(plain) > 1 and not asian_name
        if stop and not in_a_chinese_name(bodies, i):
            continue  # «в Пекине», «с Ван И»: no post need hold it, in either script
        fixed = _abbreviated(typed) or _translated(typed)
        candidates: tuple[str, ...] = ()
        if not fixed:
            beside = [plain[j].body for j in (i + 1, i - 1) if 0 <= j < len(plain)]
            candidates = (
                *korean,
                *in_a_chinese_name(bodies, i),
                *_candidates(typed, beside),
            )
            if not candidates:
                return None
        each.append((typed, fixed, candidates))
    return ("", tuple(each)) if each else None


def _candidates(typed: str, beside: list[str]) -> tuple[str, ...]:
    """The spellings of the name ``typed`` in the other script, to be looked up: a Russian
    name's romanisations, a Latin name's readings (one typed with a capital: :func:`_plan`
    asks nothing of a Latin word in small letters)."""
    if _CYRILLIC_WORD.fullmatch(typed):
        romanised = _romanised(typed)
        if not romanised and typed[:1].isupper() and any(_a_surname(b) for b in beside):
            # A foreign given name the dictionary knows as another word, beside a surname
            # («Хакан Фидан», «Кая Каллас»): a name, read as one.
            romanised = list(latin(typed))
        return tuple(dict.fromkeys(romanised))
    if not _LATIN_WORD.fullmatch(typed):
        return ()
    readings = [*cyrillic(typed)]
    for other in beside:
        readings += given_name_readings(typed, other.capitalize())
    return tuple(dict.fromkeys(readings))


async def _one_slip_away(
    words: ArchiveWords, missing: list[tuple[str, tuple[str, ...]]]
) -> dict[str, tuple[str, ...]]:
    """For each word typed whose spellings no post holds, the archive's names one slip from
    them (misspellings.one_slip): a foreign name's Russian spelling romanised is not its own
    (Гутерреш: "Guterresh", the archive's "Guterres"; Рютте: "Ryutte", "Rutte"; Уиткофф:
    "Uitkoff", "Witkoff"), nor read back («Гутеррес», «Гутерреш»). Not a word of either
    language's list (a name only), the likeliest first: the same first letter, the nearest
    length. All asked at once."""
    near: dict[str, tuple[str, str]] = {}  # a word one slip away -> (the typed, the spelling)
    for typed, candidates in missing:
        for spelling in candidates[:_SLIPPED]:
            for word in one_slip(spelling):
                near.setdefault(word, (typed, fold(spelling)))
    found: dict[str, list[str]] = {}
    for word in await words.held(tuple(near)):
        typed, spelling = near[word]
        if not _a_word(word):
            found.setdefault(typed, []).append(word)
    return {
        typed: tuple(
            w.capitalize() for w in sorted(held, key=lambda w: likeness(w, near[w][1]))[:_MOST]
        )
        for typed, held in found.items()
    }


# A foreign name's Russian case endings by how its nominative ends («Вэйдун»: «Вэйдуном»;
# «Цзянь»: «Цзяня»; «Хуэй»: «Хуэя»; «Исиба»: «Исибы»); a vowel's other than «а», none.
_CASES = (
    ("ь", ("я", "ю", "ем", "е")),
    ("й", ("я", "ю", "ем", "е")),
    ("а", ("ы", "и", "е", "у", "ой")),
    ("я", ("и", "е", "ю", "ей")),
)
_CONSONANT = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def _held_forms(spelling: str) -> list[tuple[str, ...]]:
    """For each word of ``spelling`` (a hyphen parts them: «Чжэ-Мён»), the forms of it the
    archive's word list may hold: folded, with «ё» as written too (the index keeps it:
    «мён»), and a Russian word in its cases."""
    found = []
    for part in spelling.lower().split("-"):
        bases = dict.fromkeys((part, fold(part)))
        found.append(tuple(w for base in bases for w in (base, *_declined(base))))
    return found


def _declined(word: str) -> tuple[str, ...]:
    """The forms of the Cyrillic name ``word`` (folded, nominative) in Russian's cases, as a
    foreign name is declined; empty for a Latin word or one that does not decline."""
    if _CONSONANT.search(word):
        return tuple(word + end for end in ("а", "у", "ом", "е", "ым"))
    for last, ends in _CASES:
        if word.endswith(last) and len(word) > 2:
            return tuple(word[:-1] + end for end in ends)
    return ()


def _korean(bodies: list[str], i: int) -> tuple[str, ...]:
    """The spellings of ``bodies[i]``, a word of a search, as a Korean name's word in the
    other script (archive/korean_names.py), when a Korean name begins at it or up to two
    words before it; empty otherwise."""
    bodies = _capitalised(bodies)
    for start in range(max(0, i - 2), i + 1):  # the earliest surname: «Ким Чен Ын»'s Ким
        if a_korean_name(bodies[start : start + 3]):
            return korean_readings(bodies[i], surname=start == i)
    return ()


def _capitalised(bodies: list[str]) -> list[str]:
    """A search of two or three words in small letters («ким чен ын», "kim jong un") as a
    name would be typed, for a Korean name's look-up; ``bodies`` otherwise."""
    if 2 <= len(bodies) <= 3 and all(b.islower() for b in bodies):
        return [b.capitalize() for b in bodies]
    return bodies


def _korean_runs(typed: list[str]) -> list[list[int]]:
    """The positions of each Korean name's words among ``typed`` (a surname and up to two
    words after it)."""
    runs: list[list[int]] = []
    typed = _capitalised(typed)
    i = 0
    while i < len(typed):
        if a_korean_name(typed[i : i + 3]):
            end = i + 1
            while end < min(len(typed), i + 3) and korean_readings(typed[end], surname=False):
                end += 1
            runs.append(list(range(i, end)))
            i = end
        else:
            i += 1
    return runs


async def _sounding_alike(words: ArchiveWords, typed: str) -> tuple[str, ...]:
    """The archive's name in the other script that sounds as the name ``typed`` does
    (archive/sound_keys.py: «Мерц» "Merz", «Макрон» "Macron", "Witkoff" «Уиткофф»), read
    among the words that begin as such a name may there; the likeliest (the letters most
    alike), none when no word of at least three consonants' sound does, nor a common word
    of either language, nor a place (the places' tables name those)."""
    keys = sound_keys(typed)
    if not keys or len(keys[-1]) < _SOUNDS:
        return ()
    found: set[str] = set()
    for beginning in beginnings(typed)[:_BEGINNINGS]:
        found.update(w for w in await words.starting(beginning) if sound_key(w) in keys)
    # A name: not a common word, nor a place the tables name otherwise (the corrected
    # «Нигеря» sounds as "Niger", whose name is «Нигер»).
    named = [w for w in found if not _a_word(fold(w)) and not _translated(w.capitalize())]
    if not named:
        return ()
    typed_latin = fold(typed)
    best = max(named, key=lambda w: (SequenceMatcher(None, typed_latin, w).ratio(), w))
    return (best.capitalize(),)


def _a_word(word: str) -> bool:
    """Whether ``word`` (folded) is a word of the English list or the Russian dictionary
    other than a name."""
    if word.isascii():
        return is_common_english_word(word)
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    return bool(dictionary().word_is_known(word)) and not _named(word)


def _a_name(typed: str) -> bool:
    """Whether ``typed``, found in the other script, is a name rather than a word of the
    English list (Post: «Пост»), a given name aside (Mark). Asked last: the list takes 0.2 s
    to load, which a search whose readings no post holds need not pay."""
    return not typed.isascii() or not is_common_english_word(typed) or latin_name(typed)


def _parsed(text: str, query: SearchQuery) -> SearchQuery | None:
    """``text`` searched with ``query``'s filters; None when it cannot be."""
    try:
        return parse_query(
            text, tags=query.tags, sources=query.sources, since=query.since, until=query.until
        )
    except InputError:
        return None


def in_both_scripts(
    first: Sequence[SearchHit], second: Sequence[SearchHit], by_rank: bool
) -> list[SearchHit]:
    """The hits of the search typed (``first``) and of its other script's (``second``) as
    one list: ranked, the first's before the second's; newest first, by time, as each is."""
    seen = {h.row.id for h in first}
    more = [h for h in second if h.row.id not in seen]
    if by_rank:
        return [*first, *more]
    return sorted([*first, *more], key=lambda h: (h.row.published_at, h.row.id), reverse=True)


def _script(word: str) -> str:
    if _CYRILLIC.search(word):
        return "" if _LATIN.search(word) else "cyrillic"
    return "latin" if _LATIN.search(word) else ""


def _abbreviated(typed: str) -> tuple[str, ...]:
    """The abbreviation ``typed``'s twin in the other script, as one term ("ШОС": "SCO";
    "G20": «"Группа двадцати"»), typed in capitals where it is also a word ("ВОЗ": "WHO")."""
    if found := _ALSO_WORDS.get(typed):
        return (found,)
    twins = abbreviation_twins(typed)
    one_word = [t for t in twins if " " not in t]
    return tuple(one_word[:1]) or tuple(f'"{t}"' for t in twins[:1])


def _translated(typed: str) -> tuple[str, ...]:
    """``typed``, a country, a capital or a body of the UN (archive/bilingual.py), or
    another place of the places' table (archive/place_names.py), in the other language, as
    typed or, a Russian word, by its nominative («Китая», «Будапеште»)."""
    # Both tables read at the first word that may be a place (a search of common words in
    # small Latin letters, the start-up bench's, loads neither).
    from tg_archiver.archive.bilingual import in_other_language
    from tg_archiver.archive.place_names import other_names

    bases = [typed]
    if _CYRILLIC_WORD.fullmatch(typed):
        from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

        parses = likely(typed.lower())
        places = [p.normal_form for p in parses if "Geox" in p.tag.grammemes]
        bases += [b.capitalize() for b in places]
        # «того», «мир» in small letters are words; a place is typed with a capital or
        # read only as one.
        a_place = typed[:1].isupper() or len(places) == len(parses) > 0
    else:
        a_place = typed[:1].isupper()
    named = () if not a_place else next((n for b in bases if (n := other_names(b))), ())
    if named and typed.isascii():
        return _as_terms(named)  # a state's name («Китай»), rather than its stem («китай*»)
    for base in dict.fromkeys(bases):
        if found := in_other_language(base):
            return found
    return _as_terms(named) if named else ()


def _as_terms(names: tuple[str, ...]) -> tuple[str, ...]:
    """A place's names as terms a search can join with OR: those of one word ("Kyiv",
    «Нью-Йорк»), else the first of several words quoted ("Caspian Sea")."""
    one_word = tuple(n for n in names if " " not in n)
    return one_word or (f'"{names[0]}"',)


def _romanised(typed: str) -> list[str]:
    """The romanisations of the Russian ``typed`` and of its nominatives when it is a name
    (by the dictionary, or a word it does not know), in the spellings English news uses."""
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    lower = typed.lower()
    named = _named(lower)
    # A surname the dictionary knows only as another word's form («Токаев»: токай's) is a
    # surname typed with a capital and a surname's ending.
    surname = typed[:1].isupper() and bool(_SURNAME.search(lower))
    if not named and not surname and dictionary().word_is_known(lower):
        return []
    bases = [lower]
    for p in named:
        nominative = p.inflect({"nomn"})
        bases += [nominative.word] if nominative is not None else []
        bases.append(p.normal_form)
    out: list[str] = []
    for base in dict.fromkeys(bases):
        for spelt in latin(base.capitalize()):
            lower_spelt = spelt.lower()
            others = (*i_and_y(lower_spelt), *english(lower_spelt))
            out += [spelt, *(other.capitalize() for other in others)]
    return out


def _a_surname(word: str) -> bool:
    """Whether the Russian ``word``, typed with a capital, is a surname: one the dictionary
    reads so, or does not know."""
    if not (_CYRILLIC_WORD.fullmatch(word) and word[:1].isupper()):
        return False
    from tg_archiver.archive.lexemes import dictionary  # a Cyrillic word only

    lower = word.lower()
    return not dictionary().word_is_known(lower) or any(
        "Surn" in p.tag.grammemes for p in _named(lower)
    )


def _named(word: str) -> list[Any]:
    """The dictionary's likely readings of the Russian ``word`` (lower case) as a name."""
    from tg_archiver.archive.lexemes import likely  # a Cyrillic word only

    return [p for p in likely(word) if _NAMES & p.tag.grammemes]
